"""The examiner set ``blind423`` (files ``*_pi.*``): five steel-trade desks, known truth.

These tests check what the set promises (files, truth, the desks' quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pycountry
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind423 import SOURCES, make_blind423

VARIANT = "blind423"
SEED = 423
N_EVENTS = 1500
SMALL_SEED = 4231
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
UK, FR, ES, MX, INTL = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as text, indexed by the truth's ``source_row``."""
    path = paths[source]
    if path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=object)
        frame.index = frame.index + 2
    elif path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame.index = frame.index + 1
    else:
        src = next(s for s in SOURCES if s.source == source)
        frame = pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=False,
        )
        frame.index = frame.index + 2
    return frame


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's rows that are kept (records and duplicates), by ``source_row``."""
    of_source = truth["source"].eq(source) & truth["expected_status"].ne("quarantine")
    rows = truth.loc[of_source].copy()
    rows.index = rows["source_row"].astype(int)
    rows["tags"] = tags_of(truth).loc[of_source].to_numpy()
    return rows


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_pi", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_pi", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind423(make_truth(seed=7, n_events=n_events), seed=7)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_other_seed_other_rows() -> None:
    truth = make_truth(seed=1, n_events=300)
    a = make_blind423(truth, seed=1)
    b = make_blind423(truth, seed=2)
    assert any(not x.frame.equals(y.frame) for x, y in zip(a, b, strict=True))


def test_truth_tags_match_expected(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"].ne("quarantine")
    month = tags.str.contains("month_date") & kept
    quarter = tags.str.contains("quarter_date") & kept
    assert month.any()
    assert quarter.any()
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert set(truth.loc[month | quarter, "source"]) == {INTL}
    na = truth.loc[kept & tags.str.contains("na_word")]
    assert len(na) > 0
    assert (na["age_group"].eq("unknown") | na["transport_mode"].eq("unknown")).all()
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }


# --------------------------------------------------------------------------------------
# The desks' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_british_steel_windows_csv(paths: dict[str, Path]) -> None:
    raw = paths[UK].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Incident Ref,Date of Incident,Category,Type of Exploitation")
    assert '"Location (Lat, Long)"' in header
    frame = _cells(paths, UK)
    rows = _rows(_truth(paths), UK)
    dates = frame.loc[rows.index, "Date of Incident"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}|\d\d-[A-Z][a-z]{2}-\d\d").all()
    assert dates.str.contains("-").any()
    assert frame["Category"].str.strip().str.lower().eq("clandestine entrants").any()
    found = frame.loc[rows.index[rows["tags"].str.contains("home_nation")], "Country Found"]
    assert len(found) > 0
    assert set(found) <= {"England", "Scotland"}
    assert (rows.loc[found.index, "detection_country"] == "GBR").all()
    coords = frame["Location (Lat, Long)"].dropna()
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    zero = rows.index[rows["tags"].str.contains("zero_word")]
    assert set(frame.loc[zero, "No. Suspects"]) <= {"Nil", "None"}
    assert frame["Incident Ref"].isin(["Grand Total"]).sum() == 1
    assert frame["Incident Ref"].str.startswith("Extract from MSL").sum() == 1


def test_arcelormittal_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[FR], read_only=True)
    sheet = book.worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:4] == [
        "N° main courante",
        "Date et heure des faits",
        "Qualification",
        "Forme d'exploitation",
    ]
    dates = [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    stamps = [d for d in dates if isinstance(d, datetime)]
    assert stamps
    assert any(d.hour or d.minute for d in stamps)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    book.close()
    frame = _cells(paths, FR)
    rows = _rows(_truth(paths), FR)
    comma = rows.index[rows["tags"].str.contains("decimal_comma")]
    assert len(comma) > 0
    assert frame.loc[comma, "Latitude (WGS84)"].str.fullmatch(r"\d+,\d{5}").all()
    words = set(frame["Qualification"].dropna().str.strip().str.lower())
    assert "aide à l'entrée irrégulière" in words
    assert frame["Destination déclarée"].eq("Angleterre").any()
    assert (
        rows.loc[frame.index[frame["Destination déclarée"].eq("Angleterre")], "destination_country"]
        == "GBR"
    ).all()


def test_acerinox_bom_semicolon_csv(paths: dict[str, Path]) -> None:
    raw = paths[ES].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    header = raw.decode("utf-8-sig").split("\n", 1)[0]
    assert header.startswith("Nº Expediente;Fecha del hecho;Tipología;")
    frame = _cells(paths, ES)
    rows = _rows(_truth(paths), ES)
    assert frame["Tipología"].str.contains("318 bis", na=False).any()
    lat = frame["Latitud"].dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()
    serial = rows.index[rows["tags"].str.contains("excel_serial")]
    assert len(serial) > 0
    days = pd.to_numeric(frame.loc[serial, "Fecha del hecho"])
    want = pd.to_datetime(rows.loc[serial, "event_date"])
    assert (pd.Timestamp("1899-12-30") + pd.to_timedelta(days, unit="D")).eq(want).all()
    big = rows.index[rows["tags"].str.contains("thousands")]
    assert frame.loc[big, "Nº víctimas / personas"].str.fullmatch(r"\d{1,2}\.\d{3}").all()


def test_ternium_unicode_text_export(paths: dict[str, Path]) -> None:
    raw = paths[MX].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].split("\t")
    assert header[:3] == ["Folio", "Fecha de evento", "Tipo de incidente"]
    frame = _cells(paths, MX)
    rows = _rows(_truth(paths), MX)
    assert (
        frame.loc[rows.index, "Fecha de evento"].str.fullmatch(r"\d\d/(\d\d|[a-z]{3})/\d{4}").all()
    )
    assert frame["Destino"].isin(["EUA", "E.U.A.", "EE.UU."]).any()
    letters = rows.index[rows["tags"].str.contains("sex_letter")]
    pairs = set(zip(frame.loc[letters, "Sexo"], rows.loc[letters, "gender"], strict=True))
    assert pairs <= {("H", "male"), ("M", "female")}
    assert ("M", "female") in pairs
    smuggling = rows.index[rows["crime_type"] == "smuggling"]
    assert (
        frame.loc[smuggling, "Tipo de incidente"]
        .str.strip()
        .str.lower()
        .str.startswith("tráfico")
        .all()
    )
    coords = frame["Coordenadas"].dropna()
    assert coords.str.fullmatch(r"\d+\.\d{5}, ?-\d+\.\d{5}").all()


def test_responsiblesteel_json_lines(paths: dict[str, Path]) -> None:
    lines = paths[INTL].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["alert_id", "incident_date", "issue_category"]
    frame = _cells(paths, INTL)
    rows = _rows(_truth(paths), INTL)
    iso2 = frame["country_detected"].dropna()
    assert iso2.isin(["IT", "GR", "HR", "PL", "PA"]).mean() > 0.5
    months = rows.index[rows["tags"].str.contains("month_date")]
    assert frame.loc[months, "incident_date"].str.fullmatch(r"\d{4}-\d\d").all()
    quarters = rows.index[rows["tags"].str.contains("quarter_date")]
    assert frame.loc[quarters, "incident_date"].str.fullmatch(r"Q[1-4] \d{4}").all()
    garbled = rows.index[rows["tags"].str.contains("mojibake")]
    assert len(garbled) > 0
    assert frame.loc[garbled, "nationality"].str.contains("Ã").any()
    numeric = rows.index[rows["tags"].str.contains("iso_numeric")]
    assert len(numeric) > 0
    for cell, want in zip(
        frame.loc[numeric, "country_of_origin"], rows.loc[numeric, "origin_country"], strict=True
    ):
        assert pycountry.countries.get(numeric=cell).alpha_3 == want


def test_transit_in_order(paths: dict[str, Path]) -> None:
    frame = _cells(paths, INTL)
    rows = _rows(_truth(paths), INTL)
    kept = rows.index[rows["transit_countries"].notna()]
    for cell, want in zip(
        frame.loc[kept, "transit_route"], rows.loc[kept, "transit_countries"], strict=True
    ):
        codes = [pycountry.countries.get(alpha_2=c).alpha_3 for c in str(cell).split(" > ")]
        assert "|".join(codes) == want


def test_encodings_are_what_the_tools_write() -> None:
    truth = make_truth(seed=5, n_events=300)
    subs = {s.source: s for s in make_blind423(truth, seed=5)}
    assert [(subs[n].format, subs[n].encoding, subs[n].delimiter) for n in NAMES] == [
        ("csv", "cp1252", ","),
        ("xlsx", "utf-8", None),
        ("csv", "utf-8-sig", ";"),
        ("csv", "utf-16", "\t"),
        ("jsonl", "utf-8", None),
    ]
    assert [subs[n].language for n in NAMES] == ["en", "fr", "es", "es", "en"]
    buf = io.StringIO()
    subs[UK].frame.to_csv(buf, index=False)
    buf.getvalue().encode("cp1252")  # every British cell fits the Windows code page
