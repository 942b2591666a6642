"""The ninetieth examiner's held-out set (variant ``blind90``, files ``*_cn.*``).

These tests check the files and their ground truth only: the names, languages, formats
and encodings the module promises, that the reader sees every row, that the truth
describes every row as the shared rules require, and that the set's characteristic
quirks are really in the bytes. None of them cleans or scores the files.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind90 import BLIND90_SOURCES, make_blind90

SEED = 90
N_EVENTS = 1500
SMALL_SEED = 901
SMALL_EVENTS = 400
VARIANT = "blind90"
SOURCES = [s.source for s in BLIND90_SOURCES]
#: Fields every row reports as the event has them (no blanks planted in these).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001


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


# --- the shared checks -----------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cn", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_cn", n_events=SMALL_EVENTS)
    check_placeholder_counts(_truth(small))


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --- languages, formats, encodings ------------------------------------------------------
def test_submissions_declare_languages_formats_encodings() -> None:
    subs = make_blind90(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "swbsc_opsg_cn.csv": ("en", "csv", "utf-8", ","),
        "prm_tracker_cn.jsonl": ("en", "jsonl", "utf-8", None),
        "dsn_inmigracion_cn.xlsx": ("es", "xlsx", "utf-8", None),
        "mops_partes_cn.csv": ("es", "csv", "cp1252", ";"),
        "cpco_situation_cn.csv": ("fr", "csv", "utf-16", "\t"),
    }
    assert {s.language for s in subs} == {"en", "es", "fr"}
    csv_styles = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert len(csv_styles) >= 3


def test_swbsc_is_utf8_comma_english(paths: dict[str, Path]) -> None:
    raw = paths["swbsc_opsg_cn"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("Booking No,Arrest Date/Time,Arresting Agency,Arrest Location")
    assert "# UDAs/Victims" in header


def test_prm_is_json_lines_with_sharepoint_keys(paths: dict[str, Path]) -> None:
    lines = paths["prm_tracker_cn"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    keys = set(rows[0])
    assert {"Incident_x0020_Date", "Country_x0020_of_x0020_Incident", "Modified"} <= keys
    assert all(
        isinstance(r["TransitCountries"], list)
        for r in rows
        if "Title" in r and r.get("IncidentType")
    )


def test_dsn_is_a_spanish_workbook(paths: dict[str, Path]) -> None:
    path = paths["dsn_inmigracion_cn"]
    assert zipfile.is_zipfile(path)
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Nº Registro", "Fecha del suceso", "Lugar", "País")


def test_mops_is_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["mops_partes_cn"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Nº PARTE;GDH;UNIDAD;ACTIVIDAD;TIPO EXPLOTACIÓN")
    assert "\r\n" in text


def test_cpco_is_utf16_tab_french(paths: dict[str, Path]) -> None:
    raw = paths["cpco_situation_cn"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Réf. CPCO", "DGH / date", "Qualification pénale"]


# --- characteristic quirks in the bytes -------------------------------------------------
def test_us_month_first_dates(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["swbsc_opsg_cn"], dtype=str)
    dates = frame["Arrest Date/Time"].dropna()
    month_first = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/")
    # the second number goes past 12, the first never does: month first
    assert (month_first[1].dropna().astype(int) > 12).any()
    assert (month_first[0].dropna().astype(int) <= 12).all()
    assert frame["Arrest Location"].dropna().str.contains(r", (?:TX|AZ)$").any()


def test_fiscal_quarters_and_modified_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["prm_tracker_cn"].read_text(encoding="utf-8")
    assert re.search(r'"Incident_x0020_Date":"FY\d{2,4} Q[1-4]"', text)
    tags = tags_of(truth)
    fiscal = truth.loc[tags.str.contains("fiscal_quarter")]
    assert len(fiscal) > 0
    assert (fiscal["date_precision"] == "quarter").all()


def test_dsn_serials_and_spanish_sex_letters(paths: dict[str, Path]) -> None:
    sheet = openpyxl.load_workbook(paths["dsn_inmigracion_cn"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    dates = [r[1] for r in rows]
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # 2021-2023
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    assert {"M", "H"} & {r[8] for r in rows if len(r) > 8}


def test_military_date_time_groups(paths: dict[str, Path]) -> None:
    text = paths["mops_partes_cn"].read_bytes().decode("cp1252")
    dtg = re.compile(
        r";\d{6}Z ?(?:ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC|JAN|APR|AUG|DEC) ?\d{2};"
    )
    assert len(dtg.findall(text)) > 100
    assert re.search(r"\d{4}\.\d{2}N \d{5}\.\d{2}E", text)


def test_french_legal_references_and_spaces(paths: dict[str, Path]) -> None:
    text = paths["cpco_situation_cn"].read_bytes().decode("utf-16")
    assert "L622-1 CESEDA" in text  # the article before the May 2021 recodification
    assert "L823-1 CESEDA" in text
    assert re.search(r"\t(?:T[1-4] \d{4}|(?:1er|2e|3e|4e) trimestre \d{4})\t", text)
    assert "néant" in text or "aucun" in text
