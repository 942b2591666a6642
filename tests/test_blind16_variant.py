"""The sixteenth examiner's sample set (variant ``blind16``, files ``*_r.*``).

``blind16`` is held out: it was written without reading the cleaner's tables, and the
lead scores the cleaner on it once. These tests check the files and their truth only;
none of them cleans or scores the set.
"""

from __future__ import annotations

import json
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
from trendlib.samples import make_truth
from trendlib.samples._blind16 import BLIND16_SOURCES, make_blind16

__all__: list[str] = []

SEED = 16
N_EVENTS = 1500
SMALL_SEED = 61
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND16_SOURCES]
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
    """The blind16 files for the main seed."""
    return write(tmp_path_factory, "blind16", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    """The truth rows of the main seed, as text."""
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_r", n_events=N_EVENTS)


def test_files_and_truth_small_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, "blind16", seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_r", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind16", seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_and_encodings() -> None:
    subs = make_blind16(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = {s.filename: (s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert csv == {
        "salvamento_maritimo_r.csv": ("cp1252", "\t"),
        "carabinieri_r.csv": ("utf-8-sig", ","),
        "gendarmerie_nationale_r.csv": ("latin-1", ";"),
    }


def test_csv_bytes_in_their_encoding(paths: dict[str, Path]) -> None:
    raw = paths["gendarmerie_nationale"].read_bytes()
    assert "Nationalité".encode("latin-1") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert paths["carabinieri"].read_bytes().startswith(b"\xef\xbb\xbf")
    head = paths["salvamento_maritimo"].read_bytes().split(b"\r\n")[0].decode("cp1252")
    assert head.split("\t")[:2] == ["Nº Expediente", "Fecha del suceso"]


def test_nautical_positions_and_legal_references(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(
        paths["salvamento_maritimo"], sep="\t", encoding="cp1252", dtype=str
    ).dropna(how="all")
    pos = frame["Posición (lat / long)"].dropna()
    assert pos.str.fullmatch(
        r"\d\dº \d\d,\d\d' [NS]  \d{3}º \d\d,\d\d' [EW]|s/d|sin posición"
    ).all()
    assert frame["Tipificación"].str.contains("318 bis", na=False).any()


def test_seepag_writes_iso2_and_arrays(paths: dict[str, Path]) -> None:
    lines = paths["seepag"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    codes = {r["reporting_country"] for r in rows if r.get("reporting_country")}
    assert codes <= {"GR", "HR", "PL", "IT", "gr", "hr", "pl", "it"}
    assert any(isinstance(r.get("route_via"), list) for r in rows)


def test_partial_dates_and_typos_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in ("month_date", "quarter_date", "typo", "no_accent", "mojibake", "zero_word"):
        assert tags.str.contains(tag).any(), tag
    quarter = truth.loc[
        tags.str.contains("quarter_date") & truth["expected_status"].ne("quarantine")
    ]
    assert (quarter["date_precision"] == "quarter").all()
