"""The examiner's held-out set ``blind167`` (files ``*_fm.*``): what the set promises.

These tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
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

from trendlib.samples._blind167 import SOURCES

VARIANT = "blind167"
SEED = 167
N_EVENTS = 1500
SMALL_SEED = 1671
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


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth's rows of one source, indexed by their row number."""
    part = truth.loc[truth["source"] == source].copy()
    part.index = part["source_row"].astype(int)
    return part


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV as text cells, indexed by row number (header = row 1)."""
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = range(2, len(frame) + 2)
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_fm", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_fm", n_events=SMALL_EVENTS)
    check_reports_of_events(small, _truth(small), FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import make_truth
    from trendlib.samples._blind167 import make_blind167

    for n in (300, 400, 1500):
        subs = make_blind167(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() >= 5, (n, sub.source)


def test_planted_habits(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth)).split(";"))
    planted = {
        "us_date",
        "dotted_date",
        "trailing_dot",
        "roman_month",
        "quarter",
        "month_only",
        "courant",
        "long_date",
        "excel_serial",
        "excel_date",
        "text_date",
        "iso_datetime",
        "country_demonym",
        "country_local",
        "country_iso3",
        "country_iso2",
        "country_typo",
        "country_upper",
        "country_spaces",
        "mojibake",
        "sex_h_m",
        "zero_word",
        "zero_padded",
        "thousands_dot",
        "count_placeholder",
        "suspects_placeholder",
        "dms",
        "degrees_minutes",
        "decimal_comma",
        "coords_placeholder",
        "coords_missing",
        "transit_iso2",
        "transit_iso3",
        "na_word",
        "blank_gender",
        "blank_nationality",
    }
    assert planted <= tags, sorted(planted - tags)


# --------------------------------------------------------------------------------------
# Each desk's bytes
# --------------------------------------------------------------------------------------
def test_eurtf_sharepoint_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["eurtf_piraeus"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfIncident ID,Date of Incident,Crime Area,")
    frame = _csv(path, "utf-8-sig", ",")
    rows = _rows(truth, "eurtf_piraeus")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Date of Incident"]
    parts = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/(\d{4})$").dropna().astype(int)
    assert len(parts) > 0.9 * len(kept)
    assert (parts[0] <= 12).all()  # month first, every row
    assert (parts[1] > 12).any()
    for row in parts.index:  # the truth reads them month first
        m, d, y = parts.loc[row]
        assert kept.loc[row, "event_date"] == f"{y:04d}-{m:02d}-{d:02d}"
    # "EL" is the EU's code of Greece; adjectives are nationalities
    el = frame["Country of Detection"].eq("EL")
    assert el.any()
    assert (rows.loc[frame.index[el], "detection_country"] == "GRC").all()
    syrian = frame["Main Nationality"].eq("Syrian")
    assert (rows.loc[frame.index[syrian], "nationality"] == "SYR").all()
    assert frame["Transit Route"].str.contains(" > ").any()
    assert frame["Facilitators Apprehended"].eq("Nil").any()
    nil = frame.index[frame["Facilitators Apprehended"].eq("Nil")]
    assert (rows.loc[nil, "n_suspects"] == "0").all()


def test_north_macedonian_unit_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["mk_nu_smuggling"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == [
        "Case No.",
        "Date of apprehension",
        "Criminal offence",
    ]
    frame = _csv(path, "utf-16", "\t")
    rows = _rows(truth, "mk_nu_smuggling")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Date of apprehension"]
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}\.").any()  # the Balkan final dot
    assert dates.str.fullmatch(r"[IVX]+\.\d{4}").any()
    quarter = dates.str.fullmatch(r"Q[1-4]/\d{4}")
    assert quarter.any()
    assert (kept.loc[dates.index[quarter], "date_precision"] == "quarter").all()
    assert frame["Criminal offence"].str.contains("Art. 418-b CC", regex=False).any()
    assert frame["Route"].str.fullmatch(r"[A-Z]{2}(-[A-Z]{2})+").any()
    assert frame["GPS (WGS84)"].str.contains("°").any()
    local = frame.index[frame["Citizenship"].eq("Avganistan")]
    assert len(local) > 0
    assert (rows.loc[local, "nationality"] == "AFG").all()


def test_french_attache_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["asi_tirana"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Qualification;")
    assert "\r\n" in text
    for word in ("néant", "small boat", "courant ", "sans objet", "Ã"):
        assert word in text, word
    frame = _csv(path, "cp1252", ";")
    rows = _rows(truth, "asi_tirana")
    neant = frame.index[frame["Nb mis en cause"].eq("néant")]
    assert (rows.loc[neant, "n_suspects"] == "0").all()
    padded = frame.index[frame["Nb mis en cause"].str.fullmatch(r"0[1-9]")]
    assert len(padded) > 0
    kept = rows.loc[padded]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    written = frame.loc[kept.index, "Nb mis en cause"].astype(int)
    assert (kept["n_suspects"].astype(int) == written).all()
    courant = frame.index[frame["Date des faits"].str.startswith("courant ")]
    assert (rows.loc[courant, "date_precision"] == "month").all()
    assert frame["Coordonnées GPS"].str.fullmatch(r"\d+,\d+ / -?\d+,\d+").any()
    irakienne = frame.index[frame["Nationalité"].eq("irakienne")]
    assert (rows.loc[irakienne, "nationality"] == "IRQ").all()


def test_spanish_attache_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["agregaduria_interior_atenas"])
    sheet = book.active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))
    header = list(cells[0])
    assert header[:3] == ["Nº Registro", "Fecha", "Tipología delictiva"]
    assert "Sexo (H/M)" in header
    body = {i + 2: dict(zip(header, r, strict=True)) for i, r in enumerate(cells[1:])}
    rows = _rows(truth, "agregaduria_interior_atenas")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    kinds = {type(body[r]["Fecha"]) for r in kept.index}
    assert {datetime, int, str} <= kinds  # real dates, lost formats, typed text
    for r in kept.index:
        date = body[r]["Fecha"]
        if isinstance(date, int):  # an Excel serial: days since 1899-12-30
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=date)
            assert kept.loc[r, "event_date"] == day.strftime("%Y-%m-%d")
        sex = body[r]["Sexo (H/M)"]
        if sex in ("H", "M", "H/M"):  # hombre / mujer, as the header says
            assert kept.loc[r, "gender"] == {"H": "male", "M": "female", "H/M": "mixed"}[sex]
    texts = [str(body[r]["Fecha"]) for r in kept.index]
    assert any(re.fullmatch(r"(T[1-4]|[1-4]º trimestre) \d{4}", t) for t in texts)
    assert any("º" in str(body[r]["Posición"]) for r in kept.index)
    big = [r for r in kept.index if re.fullmatch(r"\d\.\d{3}", str(body[r]["Nº personas"]))]
    assert big
    for r in big:
        assert kept.loc[r, "n_persons"] == str(body[r]["Nº personas"]).replace(".", "")


def test_ncb_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["ncb_podgorica"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"ncb_ref", "date_of_event", "crime_area", "citizenship"}
    rows = _rows(truth, "ncb_podgorica")
    assert len(records) == len(rows)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = pd.Series([records[r - 1]["date_of_event"] for r in kept.index], index=kept.index)
    assert dates.str.fullmatch(r"\d{4}-\d\d(-\d\d(T\d\d:\d\d:\d\d)?)?").all()
    month = dates.str.fullmatch(r"\d{4}-\d\d")
    assert (kept.loc[month, "date_precision"] == "month").all()
    iso3 = [records[r - 1]["citizenship"] for r in kept.index]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", str(c))) for c in iso3) > 0.4 * len(iso3)
    zero = [r for r in kept.index if records[r - 1]["latitude"] == 0.0]
    assert zero
    assert kept.loc[zero, "lat"].isna().all()
