"""Examiner set ``blind111`` (files ``*_di.*``): the files and their truth, no cleaning.

Five sources: Liberia Immigration Service (CSV, cp1252, ``,``), the Cameroon Police
anglophone desk in Buea (bilingual XLSX), the Nigeria Customs Service FOU digest (JSONL),
the INTERPOL NCB Brazzaville (French CSV, UTF-16, tab) and Ecuador's foreign ministry
consular register (Spanish CSV, UTF-8 with BOM, ``;``). See
:mod:`trendlib.samples._blind111`.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pandas as pd
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

from trendlib.samples._blind111 import BLIND111_SOURCES

VARIANT = "blind111"
SEED = 111
N_EVENTS = 1500
SMALL_SEED = 1111
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND111_SOURCES]
#: Fields every source writes as the truth has them (none is ever left out).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 4 or 5 decimals, to the second or the thousandth minute.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_di", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_di", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_repeats(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record"]
    assert records["source_file"].value_counts().min() >= 50
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"lis_liberia_di.csv", "ncs_fou_di.jsonl"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source_file"]
    assert cross.nunique() == 5


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters
# --------------------------------------------------------------------------------------
def test_formats_encodings_delimiters(paths: dict[str, Path]) -> None:
    names = {s.source: paths[s.source].name for s in BLIND111_SOURCES}
    assert names == {
        "lis_liberia": "lis_liberia_di.csv",
        "cmr_buea_desk": "cmr_buea_desk_di.xlsx",
        "ncs_fou": "ncs_fou_di.jsonl",
        "bcn_brazzaville": "bcn_brazzaville_di.csv",
        "mremh_ecuador": "mremh_ecuador_di.csv",
    }
    langs = {s.language for s in BLIND111_SOURCES}
    assert langs == {"en", "fr", "es"}

    lis = paths["lis_liberia"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        lis.decode("utf-8")  # the degree sign of the GPS cells is one cp1252 byte
    assert b"\xb0" in lis
    assert lis.count(b"\r\n") > 100
    assert (
        lis.decode("cp1252")
        .splitlines()[0]
        .startswith("Case No.,Date of Interception (MM/DD/YYYY),")
    )

    bcn = paths["bcn_brazzaville"].read_bytes()
    assert bcn[:2] == b"\xff\xfe"  # UTF-16 little-endian with its byte-order mark
    bcn_text = bcn.decode("utf-16")
    header = bcn_text.splitlines()[0].split("\t")
    assert header[:3] == ["N° message", "Date des faits", "Pays de détection"]

    ecu = paths["mremh_ecuador"].read_bytes()
    assert ecu[:3] == b"\xef\xbb\xbf"
    ecu_header = ecu.decode("utf-8-sig").splitlines()[0]
    assert ecu_header.split(";")[:3] == ["Nro. de caso", "Fecha del hecho", "Tipo penal"]

    assert zipfile.is_zipfile(paths["cmr_buea_desk"])
    lines = paths["ncs_fou"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:4] == ["ref_no", "date_of_interception", "offence", "exploitation_type"]
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_cameroon_sheet_is_bilingual_with_real_and_serial_dates(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = load_workbook(paths["cmr_buea_desk"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert all(" / " in str(h) or "WGS84" in str(h) for h in header)
    assert "Date of Facts / Date des faits" in header
    kept = _rows_of(truth, "cmr_buea_desk_di.xlsx")["expected_status"].ne("quarantine")
    assert len(kept) == len(rows) - 1
    dates = [r[1] for r, ok in zip(rows[1:], kept, strict=True) if ok]
    assert sum(isinstance(d, datetime) for d in dates) > 100
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 ... 2023-12-31
    texts = " ".join(str(d) for d in dates if isinstance(d, str))
    assert re.search(r"\b\d{2}/\d{2}/20\d\d\b", texts)
    values = " ".join(str(v) for r in rows[1:] for v in r if isinstance(v, str))
    assert "Traite des personnes" in values
    assert "Néant" in values


# --------------------------------------------------------------------------------------
# Characteristic quirks, seen in the bytes
# --------------------------------------------------------------------------------------
def test_liberia_month_first_dates_and_counts_in_words(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    text = paths["lis_liberia"].read_bytes().decode("cp1252")
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    rows = _rows_of(truth, "lis_liberia_di.csv")
    assert len(frame) == len(rows)
    mdy = tags_of(rows).str.contains("date_mdy") & rows["expected_status"].ne("quarantine")
    cells = frame.loc[mdy.to_numpy(), "Date of Interception (MM/DD/YYYY)"]
    parsed = pd.to_datetime(cells, format="%m/%d/%Y")
    assert (parsed.dt.strftime("%Y-%m-%d").to_numpy() == rows.loc[mdy, "event_date"]).all()
    assert (parsed.dt.day > 12).any()  # the day, never the month, can pass 12
    words = frame["No. of Victims/Migrants"].str.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)? \(\d+\)")
    assert words.sum() > 5
    assert re.search(r"[NS] \d+°\d\d\.\d{3}' [EW] \d{3}°\d\d\.\d{3}'", text)
    assert "Guinean (Conakry)" in text or "GUINEAN (CONAKRY)" in text


def test_brazzaville_french_law_and_decimal_commas(paths: dict[str, Path]) -> None:
    text = paths["bcn_brazzaville"].read_bytes().decode("utf-16")
    assert "art. 225-4-1 C. pén." in text or "L823-1 CESEDA" in text
    assert re.search(r"\d+,\d{5} ; -?\d+,\d{5}", text)
    assert "néant" in text
    assert "sans objet" in text
    assert re.search(r"\b(1er|2e|3e|4e) trimestre 20\d\d\b|\bT[1-4] 20\d\d\b", text)


def test_ecuador_coip_nna_and_west_as_oeste(paths: dict[str, Path]) -> None:
    text = paths["mremh_ecuador"].read_text(encoding="utf-8-sig")
    assert "COIP" in text
    assert "NNA" in text
    assert re.search(r"\d+°\d\d'\d\d\"\" O", text)  # quoted CSV: the seconds' mark doubled
    assert re.search(r";-?\d+,\d{5};-\d+,\d{5};", text)
    assert "Ã" in text  # some names went through a wrong decoding on the way


def test_nigeria_customs_codes_and_pax(paths: dict[str, Path]) -> None:
    recs = [json.loads(line) for line in paths["ncs_fou"].read_text(encoding="utf-8").splitlines()]
    countries = [r["intercepting_country"] for r in recs if r["intercepting_country"]]
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in countries)
    counts = [r["no_of_persons"] for r in recs]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.endswith(" PAX") for c in counts)
    dates = [str(r["date_of_interception"]) for r in recs]
    assert any(re.fullmatch(r"\d{2}-[A-Z]{3}-\d{2}", d) for d in dates)
