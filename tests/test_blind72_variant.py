"""The ``blind72`` examiner set: its files and truth (no cleaning, no scoring)."""

from __future__ import annotations

from pathlib import Path

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
from trendlib.samples._blind72 import BLIND72_SOURCES

SEED = 72
N_EVENTS = 1500
SMALL_SEED = 721
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND72_SOURCES]
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country",
          "transit_countries", "linked_offences")  # fmt: skip


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind72", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bv", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, "blind72", seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_bv", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind72", seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND72_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND72_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = {(s.encoding, s.delimiter) for s in BLIND72_SOURCES if s.format == "csv"}
    assert csvs == {("cp1252", ";"), ("utf-16", "\t"), ("utf-8-sig", "|")}


def test_encodings_in_bytes(paths: dict[str, Path]) -> None:
    cr = paths["guardacostas_cr_bv"].read_bytes()
    assert "Fecha interdicción".encode("cp1252") in cr
    assert b"\r\n" in cr
    vd = paths["policia_vaudoise_bv"].read_bytes()
    assert vd[:2] in (b"\xff\xfe", b"\xfe\xff")
    nav = paths["policia_foral_navarra_bv"].read_bytes()
    assert nav.startswith(b"\xef\xbb\xbf")
    assert b"|" in nav.splitlines()[0]


def test_quirks_in_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cr = paths["guardacostas_cr_bv"].read_text(encoding="cp1252")
    assert "Longitud Oeste" in cr
    assert "art. 249" in cr
    assert "trim." in cr
    vd = paths["policia_vaudoise_bv"].read_text(encoding="utf-16")
    assert "°" in vd
    assert "LEI" in vd
    assert "'" in vd
    gnr = paths["gnr_ucc_bv"].read_text(encoding="utf-8")
    assert "Art. 183" in gnr or "Art. 160" in gnr
    xlsx = pd.read_excel(paths["polfa_co_bv"], dtype=object)
    assert xlsx["FECHA HECHO"].map(lambda v: isinstance(v, int)).any()  # Excel serials
    tags = tags_of(truth)
    assert tags.str.contains("quarter_date").any()
    assert tags.str.contains("month_date").any()
