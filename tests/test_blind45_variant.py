"""The ``blind45`` examiner set: files ``*_au.*`` from five agencies, and their truth.

These tests check the files and the ground truth only (languages, formats, encodings,
quirks in the bytes, expected values); none cleans or scores.
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
from trendlib.samples._blind45 import BLIND45_SOURCES

VARIANT = "blind45"
SEED = 45
N_EVENTS = 1500
SMALL_SEED = 451
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND45_SOURCES]
#: Fields every row writes in full (the others may be blank or a placeholder).
FULL_FIELDS = (
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


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_au", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_au", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FULL_FIELDS, tolerance=0.01)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    tags = tags_of(rows)
    if not tags.str.contains("quarter_date").any():  # a small set may date no quarter
        pytest.skip("no quarter-dated row in the small set")
    check_expected_values(small, rows, FULL_FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    src = {s.source: s for s in BLIND45_SOURCES}
    assert {s.language for s in BLIND45_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND45_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND45_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3

    togo = paths["dcpj_togo_au"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        togo.decode("utf-8")  # cp1252: é is one byte
    text = togo.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.split(";")[0] == "N° PV"
    assert "Nationalité / Nationality" in header
    assert b"\r\n" in togo

    guyana = paths["gpf_guyana_au"].read_bytes()
    assert guyana[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    header = guyana.decode("utf-16").split("\n", 1)[0]
    assert header.split("\t")[:2] == ["Case #", "Date of Occurrence"]

    sva = paths["sva_aduanas_au"].read_bytes()
    assert sva[:3] == b"\xef\xbb\xbf"
    header = sva.decode("utf-8-sig").split("\n", 1)[0]
    assert header.split("|")[:3] == ["Nº Atestado/Diligencias", "Fecha", "Tipo penal"]
    assert "Sexo (H/M)" in header

    book = load_workbook(paths["rbpf_bahamas_au"], read_only=True)
    first = next(book.worksheets[0].iter_rows(max_row=1, values_only=True))
    assert list(first) == list(src["rbpf_bahamas_au"].headers.values())

    lines = paths["dzpaf_martinique_au"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) == set(src["dzpaf_martinique_au"].headers.values())
    assert any("CESEDA" in str(r["qualification"]) for r in recs)


def test_quirks_in_the_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    togo = paths["dcpj_togo_au"].read_bytes().decode("cp1252")
    assert "courant " in togo or "trimestre" in togo or "trim." in togo
    assert "°" in togo
    assert "TOTAL GÉNÉRAL" in togo
    assert "\u00a0" in togo or "pers." in togo
    sva = paths["sva_aduanas_au"].read_bytes().decode("utf-8-sig")
    assert "º " in sva  # degrees with the ordinal sign
    assert "' O" in sva  # O for oeste
    assert "318 bis" in sva
    assert "177 bis" in sva
    guyana = paths["gpf_guyana_au"].read_bytes().decode("utf-16")
    assert "Venezuela (Bolivarian Republic of)" in guyana
    assert "N/K" in guyana or "Not stated" in guyana
    # the workbook holds real dates and bare Excel serials in its date column
    book = load_workbook(paths["rbpf_bahamas_au"], read_only=True)
    dates = [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(v, int) and 44000 < v < 46000 for v in dates)
    assert any(hasattr(v, "year") for v in dates)
    recs = [
        json.loads(line)
        for line in paths["dzpaf_martinique_au"].read_text(encoding="utf-8").splitlines()
    ]
    transit = [r["pays_transit"] for r in recs if "pays_transit" in r]
    assert any(isinstance(t, list) and len(t) > 1 for t in transit)
    assert {"EL", "UK"} & {r.get("pays_constatation") for r in recs}
    tags = tags_of(truth)
    for tag in ("mojibake", "excel_serial", "coords_ddm", "coords_dms", "json_array"):
        assert tags.str.contains(tag).any(), tag


def test_every_source_first_reports_and_quarantines(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() > 50, source
        assert (rows["expected_status"] == "quarantine").any(), source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"dcpj_togo_au", "rbpf_bahamas_au"}
