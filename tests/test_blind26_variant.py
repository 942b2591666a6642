"""The ``blind26`` examiner set (files ``*_ab.*``): files and truth only, no cleaning."""

from __future__ import annotations

import json
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
from trendlib.samples._blind26 import BLIND26_SOURCES

SEED = 26
N_EVENTS = 1500
SMALL_SEED = 161
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND26_SOURCES]
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
    return write(tmp_path_factory, "blind26", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ab", n_events=N_EVENTS)


def test_small_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, "blind26", seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_ab", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind26", seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_encodings() -> None:
    by = {s.source: s for s in BLIND26_SOURCES}
    assert {s.language for s in BLIND26_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND26_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND26_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) == 3
    assert (by["paf_roissy_cdg"].encoding, by["paf_roissy_cdg"].delimiter) == ("cp1252", ";")
    assert by["glaa_intel"].encoding == "utf-16"
    assert by["glaa_intel"].delimiter == "\t"


def test_bytes_as_claimed(paths: dict[str, Path]) -> None:
    paf = paths["paf_roissy_cdg"].read_bytes()
    assert "Nationalité;".encode("cp1252") in paf
    assert b"\r\n" in paf
    paf.decode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        paf.decode("utf-8")
    uk = paths["ukbf_juxtaposed"].read_bytes()
    assert uk.startswith(b"\xef\xbb\xbf")
    assert b"s.25" in uk
    glaa = paths["glaa_intel"].read_bytes()
    assert glaa[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert "Intel Ref\tDate of Encounter" in glaa.decode("utf-16")
    lines = paths["defensoria_ec"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert "fecha_hecho" in rows[0]
    assert any(isinstance(r.get("paises_transito"), list) for r in rows)


def test_quirks_in_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    paf = paths["paf_roissy_cdg"].read_bytes().decode("cp1252")
    assert " N / " in paf
    assert "225-4-1" in paf
    assert "néant" in paf
    book = load_workbook(paths["pf_barajas"], read_only=True)
    sheet = book.active
    assert sheet is not None
    rows = [(*row, *[None] * 16)[:16] for row in sheet.iter_rows(min_row=2, values_only=True)]
    dates = [row[1] for row in rows]
    coords = [row[14] for row in rows]
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)
    assert any(isinstance(c, str) and "º" in c and '" O' in c for c in coords)
    tags = tags_of(truth)
    for tag in ("partial_month", "partial_quarter", "zero_word", "thousands", "json_list"):
        assert tags.str.contains(tag).any(), tag
