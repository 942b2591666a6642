"""The sixty-third examiner's held-out set (``blind63``, files ``*_bm.*``): files and truth.

These tests check what the files hold and what the truth promises; none cleans or scores.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pandas as pd
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
from trendlib.samples import write_samples
from trendlib.samples._blind63 import BLIND63_SOURCES

VARIANT = "blind63"
SEED = 63
N_EVENTS = 1500
SMALL_SEED = 631
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND63_SOURCES)
#: Fields every kept row reports exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: coordinates are written to four decimals or to a tenth of a second of arc.
TOLERANCE = 0.001

GEORGIA, ARMENIA, UZBEKISTAN, BELARUS, KAZAKHSTAN = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv_rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bm", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_bm", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    langs = {s.source: s.language for s in BLIND63_SOURCES}
    assert set(langs.values()) == {"en", "fr", "es"}
    assert {s.format for s in BLIND63_SOURCES} == {"csv", "xlsx", "jsonl"}
    # Georgia: UTF-8 with BOM, comma, bilingual Georgian/English headers
    raw = paths[GEORGIA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(raw.decode("utf-8-sig"), ",")
    assert len(rows[0]) == 16  # one "GPS (lat, long)" column
    assert "თარიღი / Date of incident (dd.mm.yyyy)" in rows[0]
    # Armenia: cp1252 (not UTF-8), semicolon, CRLF, French headers
    raw = paths[ARMENIA].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _csv_rows(raw.decode("cp1252"), ";")
    assert rows[0][:3] == ["N° de fiche", "Date des faits", "Qualification pénale"]
    assert len(rows[0]) == 17
    # Uzbekistan: a real XLSX workbook with Spanish headers
    assert paths[UZBEKISTAN].read_bytes()[:2] == b"PK"
    sheet = load_workbook(paths[UZBEKISTAN], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("Folio", "Fecha del evento", "Delito")
    # Belarus digest: JSON lines with English keys
    lines = paths[BELARUS].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in recs)
    assert {"case_id", "date", "offence", "persons", "detected_in", "coords"} <= set(recs[0])
    # Kazakhstan: UTF-16 with BOM, tab-delimited, Spanish headers
    raw = paths[KAZAKHSTAN].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    rows = _csv_rows(raw.decode("utf-16"), "\t")
    assert rows[0][:3] == ["Nº Ref.", "Fecha de los hechos", "Tipificación"]
    assert len(rows[0]) == 17


def test_quirks_in_the_bytes(paths: dict[str, Path]) -> None:
    # Georgia: day-first dotted dates, DMS points, "nil" suspects
    text = paths[GEORGIA].read_text(encoding="utf-8-sig")
    assert re.search(r",\d\d\.\d\d\.20\d\d,", text)
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N", text)
    assert re.search(r",[Nn]il,", text)
    # Armenia: decimal commas and DMS with O (ouest) for west
    text = paths[ARMENIA].read_text(encoding="cp1252")
    assert re.search(r";\d{2},\d{4,5};-?\d{1,2},\d{4,5};", text)
    assert re.search(r"(?m)^AM-LO-PAR/\d\d/\d{3};(T\d 20\d\d|\d(er|e) trimestre 20\d\d);", text)
    # Uzbekistan: Excel dates, Excel serial numbers and text dates in one column
    sheet = load_workbook(paths[UZBEKISTAN], read_only=True).active
    assert sheet is not None
    dates = [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)
    assert any(isinstance(d, str) and "de 20" in d for d in dates)
    cells = [c for r in sheet.iter_rows(min_row=2, values_only=True) for c in r]
    assert any(isinstance(c, str) and "Ã" in c for c in cells)  # mojibake
    assert any(isinstance(c, str) and c.endswith('"O') for c in cells)  # west as "oeste"
    # Belarus digest: transit as JSON arrays of ISO alpha-2 codes, partial ISO dates
    recs = [json.loads(line) for line in paths[BELARUS].read_text("utf-8").splitlines()]
    assert any(isinstance(r["route_transit"], list) and "BY" in r["route_transit"] for r in recs)
    assert any(isinstance(r["date"], str) and re.fullmatch(r"20\d\d-\d\d", r["date"]) for r in recs)
    # Kazakhstan: decimal commas, DMS with O, Spanish month names
    text = paths[KAZAKHSTAN].read_text(encoding="utf-16")
    assert re.search(r"\t\d{2},\d{4,5}\t-\d{1,3},\d{4,5}\t", text)
    assert '"" O"' in text
    assert re.search(r"\t\d{1,2} de [a-z]+ de 20\d\d\t", text)


def test_messiness_tags(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in (
        "partial_month",
        "partial_quarter",
        "date_excel_serial",
        "mojibake",
        "coords_dms",
        "coords_ddm",
        "decimal_comma",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "thousands",
        "bad_row",
    ):
        assert tags.str.contains(tag).any(), tag
    # a partial date is only written where the event is not reported twice
    partial = tags.str.contains("partial_") & truth["expected_status"].eq("duplicate")
    assert not (partial & truth["expected_reason"].eq("cross_source")).any()


def test_other_seeds_run(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        paths = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        truth = _truth(paths)
        assert set(truth["source_file"]) == {paths[s].name for s in SOURCES}
