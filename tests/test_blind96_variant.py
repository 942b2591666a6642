"""The ``blind96`` examiner set: five justice files, mostly French-speaking (``*_ct.*``).

These tests check the files and their ground truth only; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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

from trendlib.samples import make_truth
from trendlib.samples._blind96 import BLIND96_SOURCES, make_blind96

SEED = 96
N_EVENTS = 1500
SMALL_SEED = 961
SMALL_EVENTS = 400
VARIANT = "blind96"
SOURCES = ("parquet_gap", "tpi_bruxelles", "mp_geneve", "ts_sala_penal", "opdat")
# Fields every kept row expects exactly as its event has them.
EXACT_FIELDS = (
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
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ct", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ct", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_encodings() -> None:
    subs = make_blind96(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.source: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "parquet_gap": ("fr", "csv", "cp1252", ";"),
        "tpi_bruxelles": ("fr", "csv", "utf-16", "\t"),
        "mp_geneve": ("fr", "xlsx", "utf-8", None),
        "ts_sala_penal": ("es", "csv", "latin-1", "|"),
        "opdat": ("en", "jsonl", "utf-8", None),
    }
    assert [s.source for s in BLIND96_SOURCES] == list(SOURCES)
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert len(csv) == 3


def test_gap_bytes_are_cp1252_with_crlf(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["parquet_gap"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accented letters as single cp1252 bytes
    text = raw.decode("cp1252")
    assert text.startswith("N° parquet;Date des faits;Qualification principale;")
    assert "\r\n" in text
    # the CESEDA article changed with the recodification of 1 May 2021
    assert "L.622-1 CESEDA" in text
    assert "L.823-1 CESEDA" in text
    assert "225-4-1" in text
    assert re.search(r"\d{1,2}°\d\d'\d\d\"\"N", text)  # DMS, quotes doubled by CSV
    assert re.search(r"\d+,\d{5} / \d+,\d{5}", text)  # decimal comma
    assert re.search(r";courant [a-zéû]+ 20\d\d;", text)
    assert "(se disant)" in text
    assert "Ã©" in text  # UTF-8 read as cp1252
    assert ";MNA;" in text
    tags = tags_of(_rows_of(truth, "parquet_gap_ct.csv"))
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("quarter").any()


def test_bruxelles_bytes_are_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["tpi_bruxelles"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian BOM, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == [
        "N° de notice / Notitienummer",
        "Date des faits / Datum feiten",
        "Prévention / Tenlastelegging",
    ]
    assert "77bis" in text
    assert "433quinquies" in text
    assert re.search(r"\t\d{2},\d{5}\t\d,\d{5}\t", text)  # latitude, longitude with commas
    assert re.search(r"BR\.43\.L3\.\d{6}/\d\d\t", text)
    assert re.search(r"\t\d\d\.\d\d\.\d\d\t", text)  # dd.mm.yy


def test_geneve_workbook_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["mp_geneve"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[0] == "N° de procédure"
    dates = [r[1] for r in body]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 40_000 < d < 50_000 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d\.\d\d\.20\d\d", d) for d in dates)
    assert any(isinstance(r[0], str) and re.fullmatch(r"P/\d{5}/20\d\d", r[0]) for r in body)
    assert any(
        isinstance(r[12], str) and re.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+", r[12]) for r in body
    )
    assert any(isinstance(r[14], float) for r in body)
    tags = tags_of(_rows_of(truth, "mp_geneve_ct.xlsx"))
    assert tags.str.contains("excel_serial").any()


def test_supremo_bytes_are_latin1_pipe(paths: dict[str, Path]) -> None:
    raw = paths["ts_sala_penal"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("latin-1")
    assert text.startswith("Nº Recurso|Fecha de los hechos|Delito|")
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\d+º \d\d' \d\d'' N, \d+º \d\d' \d\d'' O", text)  # O = oeste
    assert "cayuco" in text
    assert "patera" in text
    assert re.search(r"\|\d{1,2} de [a-z]+ de 20\d\d\|", text)
    assert re.search(r"^REC \d{5}/20\d\d\|", text, flags=re.MULTILINE)


def test_opdat_records_are_json_with_month_first_dates(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["opdat"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all("case_number" in r and "incident_date" in r for r in recs)
    dates = [str(r["incident_date"]) for r in recs]
    # month first: some days above 12 sit in the middle
    assert any(re.fullmatch(r"(0[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/20\d\d", d) for d in dates)
    assert any(isinstance(r["persons_smuggled_or_trafficked"], int) for r in recs)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d|20\d\d-Q[1-4]", d) for d in dates)
    assert any("1324" in str(r["offense"]) for r in recs)
    tags = tags_of(_rows_of(truth, "opdat_ct.jsonl"))
    assert tags.str.contains("month_first").any()


def test_thousands_separators_in_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    big = truth.loc[tags.str.contains("thousands_sep") & truth["expected_status"].ne("quarantine")]
    assert len(big) > 0
    assert (big["n_persons"].astype(int) >= 1000).all()
