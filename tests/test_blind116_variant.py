"""Files and ground truth of the examiner's ``blind116`` set (files ``*_dn.*``).

These tests check what the set promises (names, formats, languages, encodings, the
agencies' quirks in the bytes, and that the truth describes every row); none of them
cleans or scores.
"""

from __future__ import annotations

import json
import re
import zipfile
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

from trendlib.samples._blind116 import BLIND116_SOURCES

VARIANT = "blind116"
SEED = 116
N_EVENTS = 1500
SMALL_SEED = 1161
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND116_SOURCES]
BY_KEY = {s.key: s for s in BLIND116_SOURCES}
#: Degrees within which a written point must fall of the true one.
TOLERANCE = 0.001
#: Fields every source writes exactly as the event has them.
FIELDS = ("crime_type", "exploitation", "destination_country")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _path(paths: dict[str, Path], key: str) -> Path:
    return paths[BY_KEY[key].source]


def _text(paths: dict[str, Path], key: str) -> str:
    src = BY_KEY[key]
    return paths[src.source].read_text(encoding=src.encoding)


def _xlsx_strings(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/"))


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dn", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_dn", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    langs = {s.language for s in BLIND116_SOURCES}
    assert langs == {"en", "fr", "es"}
    assert {s.format for s in BLIND116_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND116_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) >= 3
    dover = _path(paths, "dover").read_bytes()
    assert dover.startswith(b"\xef\xbb\xbf")
    assert dover[3:].split(b"\n", 1)[0].count(b",") == len(BY_KEY["dover"].headers) - 1
    getlink = _path(paths, "getlink").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        getlink.decode("utf-8")
    header = getlink.decode("cp1252").split("\r\n", 1)[0]
    assert header.startswith("N° MC / Log no.;Date / Date;")
    assert b"\r\n" in getlink
    gc = _path(paths, "gc").read_bytes()
    assert gc.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    gc_header = gc.decode("utf-16").split("\n", 1)[0]
    assert gc_header.split("\t")[:2] == ["Nº Atestado", "Fecha intervención"]
    with zipfile.ZipFile(_path(paths, "jtfn")) as book:
        assert "xl/workbook.xml" in book.namelist()
    lines = _path(paths, "fcdo").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert {"incident_date", "people_involved", "location_latlon"} <= set(records[0])
    assert sum(r["ref"] == "Total" for r in records) == 1  # re-sent rows come after it


def test_english_quirks(paths: dict[str, Path]) -> None:
    dover = _text(paths, "dover")
    assert re.search(r"\d{2}°\d{2}\.\d{2}'N \d{3}°\d{2}\.\d{2}'[EW]", dover)  # DDM positions
    assert "s.25 IA 1971" in dover or "S25 IA71" in dover
    assert "UASC" in dover
    book = _xlsx_strings(_path(paths, "jtfn"))
    assert re.search(r"\d{6}Z(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}", book)
    assert re.search(r"\b(0[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/20\d\d\b", book)  # month-first
    assert "1324" in book
    fcdo = _text(paths, "fcdo")
    assert "Türkiye" in fcdo
    assert re.search(r'"\d{4}-Q[1-4]"|"Q[1-4] \d{4}"', fcdo)


def test_french_and_spanish_quirks(paths: dict[str, Path]) -> None:
    getlink = _text(paths, "getlink")
    assert "CESEDA" in getlink
    assert re.search(r"\d{2},\d{5} / \d,\d{5}", getlink)  # decimal commas
    assert re.search(r"N \d{2}°\d{2}'\d{2}''", getlink)  # DMS, seconds as two quotes
    gc = _text(paths, "gc")
    assert "318 bis" in gc or "318bis" in gc
    assert re.search(r"\d{2}º \d{2},\d{2}' [OW]", gc)  # west as O (oeste) or W
    assert re.search(r"\t-?\d{1,2},\d{5}\t", gc)
    assert re.search(r"\d{1,2} de [a-z]+ de 20\d\d", gc)


def test_spanish_m_is_mujer(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    rows = truth.loc[tags.str.contains("es_m_mujer") & truth["expected_status"].ne("quarantine")]
    assert len(rows) > 0
    assert (rows["gender"] == "female").all()


def test_partial_dates_and_dtg_dates(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"].ne("quarantine")
    for tag, precision in (("partial_month", "month"), ("partial_quarter", "quarter")):
        rows = truth.loc[tags.str.contains(tag) & kept]
        assert len(rows) > 0
        assert (rows["date_precision"] == precision).all()
    for tag in ("dtg", "us_date", "excel_serial", "excel_date"):
        rows = truth.loc[tags.str.contains(tag) & kept]
        assert len(rows) > 0, tag
        assert (rows["source_file"] == BY_KEY["jtfn"].filename).all(), tag


def test_each_source_reports_rows(truth: pd.DataFrame) -> None:
    counts = truth.groupby("source_file")["expected_status"].value_counts().unstack(fill_value=0)
    assert (counts["record"] >= 40).all()
    assert set(counts.index) == {s.filename for s in BLIND116_SOURCES}
