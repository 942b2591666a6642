"""The examiner set ``blind405`` (files ``*_oq.*``): five renewables-sector desks.

These tests check what the set promises (files, truth, the agencies' quirks in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pycountry
import pytest
from openpyxl import load_workbook

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind405"
SEED = 405
N_EVENTS = 1500
SMALL_SEED = 4051
SMALL_EVENTS = 400
SOURCES = (
    "engie_green_surete",
    "vattenfall_uk_msl",
    "grs_cumplimiento",
    "rwe_americas_security",
    "elecnor_seguridad",
)
#: Fields every non-quarantined row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: decimal minutes to 0.01' and 4-5 decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, with their tags, indexed by source row."""
    out = truth.assign(tags=tags_of(truth)).loc[truth["source"] == source]
    return out.set_index(out["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by source row (header = row 1)."""
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, 2 + len(frame))
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_oq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_oq", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_and_its_own_reference(truth: pd.DataFrame) -> None:
    patterns = {
        "engie_green_surete": r"EG-SUR-\d{4}-\d{4}",
        "vattenfall_uk_msl": r"MSR/\d{4}/\d{3}",
        "grs_cumplimiento": r"CUMP-\d{4}/\d{2}",
        "rwe_americas_security": r"IR-\d{4}-\d{5}",
        "elecnor_seguridad": r"SEG-\d{4}-\d{5}",
    }
    for source, pattern in patterns.items():
        rows = truth.loc[(truth["source"] == source) & truth["event_id"].notna()]
        assert (rows["expected_status"] == "record").sum() > 50, source
        assert rows["source_ref"].str.fullmatch(pattern).all(), source


def test_first_reports_follow_detection_country(truth: pd.DataFrame) -> None:
    primary = {
        "FRA": "engie_green_surete",
        "GBR": "vattenfall_uk_msl",
        "ESP": "grs_cumplimiento",
        "USA": "rwe_americas_security",
    }
    events = truth.loc[truth["expected_status"] == "record"]
    events = events.loc[events["detection_country"].notna()]
    want = events["detection_country"].map(primary).fillna("elecnor_seguridad")
    assert (events["source"] == want).all()


# --------------------------------------------------------------------------------------
# ENGIE Green: French, cp1252, semicolons
# --------------------------------------------------------------------------------------
def test_engie_bytes_are_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["engie_green_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date du constat;Qualification retenue;")
    assert "\r\n" in text
    assert "Nb passeurs / mis en cause" in text
    assert "Aide à l'entrée irrégulière" in text


def test_engie_writes_like_a_french_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["engie_green_surete"], "cp1252", ";")
    rows = _rows(truth, "engie_green_surete")
    kept = rows.loc[rows["expected_status"] == "record"]
    cells = frame.loc[kept.index]
    day = kept["date_precision"] == "day"
    parsed = pd.to_datetime(cells.loc[day, "Date du constat"].str[:10], format="%d/%m/%Y")
    assert (parsed == pd.to_datetime(kept.loc[day, "event_date"])).all()
    month = cells.loc[kept["date_precision"] == "month", "Date du constat"]
    assert len(month) > 0
    assert month.str.fullmatch(r"[a-zéû]+ \d{4}").all()
    assert cells["Latitude"].str.fullmatch(r"|\d+,\d{5}").all()
    nat = cells["Nationalité(s)"].str.strip().str.lower()
    assert nat.isin(["afghan", "afghane", "irakien", "kurde irakien", "érythréen"]).any()
    assert cells["Destination déclarée"].isin(["Angleterre", "UK"]).any()
    assert kept["tags"].str.contains("mojibake").any()
    assert cells.apply(lambda c: c.str.contains("Ã", regex=False)).any().any()
    units = cells["Nb personnes concernées"].str.endswith(" pers.")
    assert units.any()
    assert kept.loc[units, "n_persons"].notna().all()


# --------------------------------------------------------------------------------------
# Vattenfall UK: English XLSX
# --------------------------------------------------------------------------------------
def _sheet(path: Path) -> pd.DataFrame:
    book = load_workbook(path, read_only=True)
    values = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    width = len(values[0])
    body = [r + [None] * (width - len(r)) for r in values[1:]]
    frame = pd.DataFrame(body, columns=values[0], dtype=object)
    frame.index = range(2, 2 + len(frame))
    return frame


def test_vattenfall_sheet_holds_excel_dates_and_uk_words(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    frame = _sheet(paths["vattenfall_uk_msl"])
    assert list(frame.columns[:4]) == [
        "Incident ref",
        "Date of incident",
        "Category",
        "Exploitation type",
    ]
    rows = _rows(truth, "vattenfall_uk_msl")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Date of incident"]
    real = dates.map(lambda v: isinstance(v, datetime))
    assert real.mean() > 0.5
    assert (
        pd.to_datetime(dates[real].tolist())
        == pd.to_datetime(kept.loc[real, "event_date"]).tolist()
    ).all()
    typed = dates[~real].astype(str)
    assert typed.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|Q[1-4] \d{4}").all()
    assert set(frame["Country"].dropna()) & {"England", "Scotland"}
    words = {
        "FACILITATION (OIC)",
        "PEOPLE SMUGGLING",
        "OIC",
        "MODERN SLAVERY",
        "MSHT",
        "HUMAN TRAFFICKING",
        "MSHT / OIC",
        "MODERN SLAVERY + SMUGGLING",
    }
    assert frame.loc[kept.index, "Category"].str.strip().str.upper().isin(words).all()
    pair = frame.loc[kept.index, "Location (lat, long)"].dropna().astype(str)
    assert pair.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}|///\w+\.\w+\.\w+").all()
    w3w = pair.str.startswith("///")
    assert kept.loc[w3w[w3w].index, "lat"].isna().all()


# --------------------------------------------------------------------------------------
# GRS: Spanish, UTF-8 with BOM, semicolons
# --------------------------------------------------------------------------------------
def test_grs_bytes_and_spanish_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["grs_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfN\xc2\xba expediente;Fecha del hecho;")
    frame = _csv(paths["grs_cumplimiento"], "utf-8-sig", ";")
    rows = _rows(truth, "grs_cumplimiento")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    cells = frame.loc[kept.index]
    # Excel serial numbers in the date column are the days they stand for
    serial = kept["tags"].str.contains("excel_serial")
    assert serial.any()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        cells.loc[serial, "Fecha del hecho"].astype(int), unit="D"
    )
    assert (days == pd.to_datetime(kept.loc[serial, "event_date"])).all()
    pos = cells["Posición"]
    dmm = r"\d{2}º\d{2},\d{2}'[NS] \d{3}º\d{2},\d{2}'[EW]"
    assert pos.str.fullmatch(dmm + "|").all()
    assert cells["Tipología"].str.contains("318 bis", regex=False).any()
    # 'subsahariano' / 'magrebí' name no country: no nationality expected
    vague = cells["Nacionalidad"].str.strip().str.lower().isin(["subsahariano", "magrebí"])
    assert vague.any()
    assert kept.loc[vague, "nationality"].isna().all()
    big = kept["tags"].str.contains("thousands:n_persons")
    if big.any():
        assert cells.loc[big, "Nº personas"].str.fullmatch(r"\d\.\d{3}").all()


# --------------------------------------------------------------------------------------
# RWE: US English, month-first dates
# --------------------------------------------------------------------------------------
def test_rwe_dates_are_month_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["rwe_americas_security"].read_bytes()
    assert raw.startswith(b"Incident #,Date/Time,Incident Type,")
    frame = _csv(paths["rwe_americas_security"], "utf-8", ",")
    rows = _rows(truth, "rwe_americas_security")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    text = frame.loc[kept.index, "Date/Time"].str.split(" ").str[0]
    parsed = pd.to_datetime(text, format="%m/%d/%Y")
    assert (parsed == pd.to_datetime(kept["event_date"])).all()
    assert (text.str.split("/").str[1].astype(int) > 12).any()  # the order shows itself
    otm = frame.loc[kept.index, "Nationality"].str.strip().str.upper() == "OTM"
    assert otm.any()
    assert kept.loc[otm, "nationality"].isna().all()


# --------------------------------------------------------------------------------------
# Elecnor: Spanish JSON lines, codes
# --------------------------------------------------------------------------------------
def test_elecnor_json_lines_with_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["elecnor_seguridad"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"id_expediente", "fecha_hecho", "pais_deteccion", "latitud"}
    rows = _rows(truth, "elecnor_seguridad")
    for i, rec in enumerate(records, start=1):
        row = rows.loc[i]
        if row["expected_status"] == "quarantine" or pd.isna(row["detection_country"]):
            continue
        code = rec["pais_deteccion"]
        if isinstance(code, str) and code.isdigit():
            country = pycountry.countries.get(numeric=code)
            assert country is not None
            assert country.alpha_3 == row["detection_country"]
    quarter = rows["date_precision"] == "quarter"
    assert quarter.any()
    for i in rows.index[quarter]:
        assert re.fullmatch(r"T[1-4] \d{4}", records[i - 1]["fecha_hecho"])
    assert {"ITA", "GRC", "HRV", "POL", "PAN"} <= set(rows["detection_country"].dropna())
