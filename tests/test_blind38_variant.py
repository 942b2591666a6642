"""The ``blind38`` examiner set: five held-out sources, files ``*_an.*``.

These tests check the files and their ground truth only; none cleans or scores.
"""

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
from trendlib.samples._blind38 import BLIND38_SOURCES

VARIANT = "blind38"
SEED = 38
N_EVENTS = 1500
SMALL_SEED = 281
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND38_SOURCES]
#: Fields every source writes as the event has them.
FIELDS = ("crime_type", "exploitation")
#: Coordinates are written to 4 or 5 decimals or to the second of arc.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_an", n_events=N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_is_complete(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_an", n_events=SMALL_EVENTS)


def test_languages_formats_encodings() -> None:
    by = {s.source: s for s in BLIND38_SOURCES}
    assert {s.language for s in BLIND38_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND38_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND38_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) >= 3
    assert len({s.encoding for s in csvs}) >= 3
    assert by["dirctptim_pe_an"].encoding == "latin-1"
    assert by["ecpat_signalements_an"].encoding == "cp1252"
    assert by["lastrada_ngo_an"].encoding == "utf-16"


def test_csv_bytes(paths: dict[str, Path]) -> None:
    pe = paths["dirctptim_pe_an"].read_bytes()
    assert pe.splitlines()[0].count(b"|") == 15
    with pytest.raises(UnicodeDecodeError):
        pe.decode("utf-8")  # latin-1 accents, not UTF-8
    text = pe.decode("latin-1")
    assert "PAÍS DE INTERVENCIÓN" in text
    assert "ART. 303-A" in text
    assert "153" in text
    assert "-SET-" in text  # Peruvian abbreviation of septiembre
    assert "NINGUNO" in text
    assert any(w in text for w in ("DOCE (12)", "DOS (02)", "TRES (03)", "UNO (01)"))

    fr = paths["ecpat_signalements_an"].read_bytes()
    assert b"\r\n" in fr
    assert fr.splitlines()[0].count(b";") == 14
    text = fr.decode("cp1252")
    assert "L823-1 CESEDA" in text
    assert "225-4-1" in text
    assert "°" in text
    assert '""N' in text
    assert "non géolocalisé" in text

    ls = paths["lastrada_ngo_an"].read_bytes()
    assert ls[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with BOM
    text = ls.decode("utf-16")
    header = text.splitlines()[0]
    assert header.count("\t") == 15
    assert "Data zdarzenia / Date of incident" in header
    assert "189a" in text
    assert "n/k" in text


def test_jsonl_and_xlsx(paths: dict[str, Path]) -> None:
    rows = [
        json.loads(line) for line in _text(paths["sarpcco_rbh_digest_an"], "utf-8").splitlines()
    ]
    assert "notice_ref" in rows[0]
    assert "date_of_incident" in rows[0]
    dates = [r["date_of_incident"] for r in rows if isinstance(r["date_of_incident"], str)]
    assert any(len(d) == 10 and d[4] == "/" for d in dates)  # 2022/03/12
    assert any(r["accused_arrested"] in ("Nil", "NIL") for r in rows)
    positions = [r["position"] for r in rows if isinstance(r["position"], str)]
    assert any(p.endswith("W") for p in positions)
    assert any(p.endswith("E") for p in positions)

    book = load_workbook(paths["red_acogida_apramp_an"], read_only=True)
    cells = [row[1] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(c, int) and 40000 < c < 50000 for c in cells)  # Excel serials
    assert any(hasattr(c, "year") for c in cells)  # real Excel dates
    assert any(isinstance(c, str) and " de " in c for c in cells)


def test_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_month",
        "partial_quarter",
        "excel_serial",
        "dms",
        "decimal_comma",
        "legal_article",
        "demonym",
        "iso2",
        "count_words",
        "coords_missing",
        "hemisphere",
    ):
        assert tags.str.contains(tag).any(), tag
