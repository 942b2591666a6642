"""The examiner's held-out set ``blind249`` (files ``*_iq.*``): what the set promises.

Five utilities' and security desks' exports (UK Power Networks revenue protection, Enedis
fraud, Endesa security, ENSA/EPM loss control, the Dragonfly intelligence feed). These
tests check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind249 import SOURCES, make_blind249

VARIANT = "blind249"
SEED = 249
N_EVENTS = 1500
SMALL_SEED = 2491
SMALL_EVENTS = 400
SUFFIX = "_iq"
NAMES = tuple(s.source for s in SOURCES)
#: Fields every row writes as the event has them (no "not known" planted in them).
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3  # degrees: the DMS cells are rounded to a tenth of a second


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    truth = _truth(small)
    prec = set(truth["date_precision"].dropna())
    if prec == {"day", "month", "quarter"}:
        check_expected_values(small, truth, FIELDS, tolerance=TOLERANCE)
    else:  # a small set may draw no quarter; the rest still holds
        check_reports_of_events(small, truth, FIELDS)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (1, 300), (0, 400), (SEED, 1500)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind249(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_each_source_has_its_garbage_rows(truth: pd.DataFrame) -> None:
    for src in SOURCES:
        rows = _rows(truth, src.source)
        garbage = rows.loc[tags_of(rows).str.contains("garbage_row")]
        reasons = set(garbage["expected_reason"])
        assert "no_date" in reasons  # the total row
        assert ("empty_row" in reasons) == (src.format == "csv")
        assert ("no_content" in reasons) == (src.note is not None)
        assert rows["source_ref"].eq(src.total).sum() == 1


def test_repeats_only_where_the_agency_resends(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {s.source for s in SOURCES if s.repeats}


# --------------------------------------------------------------------------------------
# Each agency's quirks, in the bytes
# --------------------------------------------------------------------------------------
def _by(name: str) -> str:
    return next(s.filename for s in SOURCES if s.source == name)


def test_ukpn_is_excel_csv_utf8_with_bom(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ukpn_rps_iq"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("RP Case Ref,Date of Visit,Interference Type,")
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    dates = frame["Date of Visit"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    mon = dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d")
    month_only = dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d")
    assert day_first.any()
    assert mon.any()
    assert month_only.any()
    # dd/mm: some day above 12, never a month above 12
    parts = dates[day_first].str.split("/", expand=True).astype(int)
    assert (parts[0] > 12).any()
    assert (parts[1] <= 12).all()
    assert frame["Occupant Nationality"].isin(["Vietnamese", "Afghan", "Iraqi", "Iranian"]).any()
    assert frame["Route Travelled"].str.contains(" > ").any()
    assert frame["Police Referral Category"].isin(["OIC", "Organised Immigration Crime"]).any()
    assert frame["Arrests"].eq("none").any()
    assert frame["Interference Type"].isin(["Meter bypass", "Cut-out tampered"]).any()


def test_enedis_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["enedis_fraude_iq"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° dossier;Date constat;Qualification pénale;")
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}").any()  # decimal commas
    assert frame["Date constat"].str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").any()
    assert frame["Pays de destination"].eq("ROYAUME-UNI").any()
    assert frame["Nb mis en cause"].eq("aucun").any()
    assert frame["N° dossier"].eq("Total général").sum() == 1


def test_enedis_writes_quarters_in_a_larger_set() -> None:
    subs = make_blind249(make_truth(seed=SEED, n_events=3000), seed=SEED)
    fr = next(s for s in subs if s.source == "enedis_fraude_iq")
    dates = fr.frame["Date constat"].dropna().astype(str)
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    quarter = fr.expected.loc[fr.expected["date_precision"] == "quarter", "event_date"]
    assert pd.to_datetime(quarter).dt.is_quarter_start.all()


def test_endesa_is_a_spreadsheet_with_real_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["endesa_seguridad_iq"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha inspección", "Tipo de anomalía")
    body = rows[1:]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[1-4]T 20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in typed)
    persons = [r[header.index("Personas")] for r in body]
    assert sum(isinstance(p, int) for p in persons) > 0.9 * len(persons)
    nat = [r[header.index("Nacionalidad")] for r in body]
    assert {"MAR", "DZA", "SEN"} & set(nat)
    lat = [r[header.index("Latitud")] for r in body]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{5}", v) for v in lat)


def test_ensa_is_excel_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["ensa_perdidas_iq"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, as Excel's "Texto Unicode"
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["No. Caso", "Fecha", "Tipo de delito"]
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    assert frame["Fecha"].str.fullmatch(r"4[4-5]\d{3}").any()  # Excel serials
    assert frame["País de detección"].eq("PanamÃ¡").any()  # mojibake
    assert frame["Coordenadas GPS"].str.contains("°").any()
    assert frame["Coordenadas GPS"].str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["Cantidad de personas"].str.startswith("aprox. ").any()


def test_ensa_serials_and_dms_expect_what_they_say() -> None:
    sub = make_blind249(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED)[3]
    tags = sub.expected["messiness"].fillna("")
    serial = tags.str.contains("excel_serial") & sub.expected["event_date"].notna()
    cells = sub.frame.loc[serial.to_numpy(), "Fecha"].astype(int)
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(cells.to_numpy(), unit="D")
    assert (days == pd.to_datetime(sub.expected.loc[serial, "event_date"]).to_numpy()).all()
    dms = tags.str.contains("coords_dms")
    assert dms.any()
    assert sub.expected.loc[dms, ["lat", "lon"]].notna().all().all()


def test_dragonfly_is_a_json_lines_feed(paths: dict[str, Path]) -> None:
    lines = paths["dragonfly_sias_iq"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = list(records[0])
    assert keys[:3] == ["incident_id", "occurred_at", "category"]
    codes = {r["country_code"] for r in records if r["country_code"]}
    assert {"GR", "HR", "US"} <= codes
    assert "UK" in codes
    stamps = [r["occurred_at"] for r in records if r["occurred_at"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", s) for s in stamps)
    assert any(re.fullmatch(r"20\d\d-\d\d", s) for s in stamps)
    assert any(isinstance(r["people_involved"], int) for r in records)
    assert any(r["transit"] and "," in r["transit"] for r in records)


def test_compilation_reports_what_no_utility_does(truth: pd.DataFrame) -> None:
    firsts = truth.loc[truth["expected_status"] == "record"]
    feed = firsts.loc[firsts["source"] == "dragonfly_sias_iq", "detection_country"].dropna()
    assert set(feed) <= {"GRC", "HRV", "POL", "USA"}
    utilities = firsts.loc[firsts["source"] != "dragonfly_sias_iq", "detection_country"].dropna()
    assert set(utilities) <= {"GBR", "FRA", "ESP", "ITA", "PAN"}
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dups["source"]) == {"dragonfly_sias_iq"}
