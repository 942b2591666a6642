"""Held-out examiner set ``blind27`` (files ``*_ac.*``): the files and their truth.

None of these tests cleans or scores; they check that the files are written as
promised and that the truth describes every row.
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
    check_same_seed_same_bytes,
    write,
)
from trendlib.samples._blind27 import BLIND27_SOURCES

SEED = 27
N_EVENTS = 1500
SMALL_SEED = 171
SMALL_EVENTS = 400
VARIANT = "blind27"
SOURCES = [s.source for s in BLIND27_SOURCES]
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ac", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_ac", n_events=SMALL_EVENTS)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_formats_and_encodings_in_bytes(paths: dict[str, Path]) -> None:
    canaria = paths["policia_canaria"].read_bytes()
    assert "Nº Atestado;Fecha hecho".encode("cp1252") in canaria
    with pytest.raises(UnicodeDecodeError):
        canaria.decode("utf-8")
    assert b"\r\n" in canaria
    zp = paths["zp_bruxelles_midi"].read_bytes()
    assert zp.startswith(b"\xef\xbb\xbf")
    assert "N° PV\tDate des faits".encode() in zp
    garda = paths["garda_gnpsb"].read_bytes().decode("utf-8")
    assert garda.startswith("PULSE Incident No.,Date Detected,")
    malta = paths["malta_police"].read_text(encoding="utf-8").splitlines()
    assert {"case_no", "position", "offence"} <= set(json.loads(malta[0]))
    assert paths["texas_oag_httoc"].read_bytes()[:2] == b"PK"
    sheet = pd.read_excel(paths["texas_oag_httoc"], dtype=object)
    assert "GPS (lat, long)" in sheet.columns
    assert "Transit" not in " ".join(sheet.columns)


def test_quirks_in_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    canaria = paths["policia_canaria"].read_bytes().decode("cp1252")
    assert "318 bis" in canaria
    assert "177 bis" in canaria
    assert "TOTAL;" in canaria
    assert any(w in canaria for w in ("patera", "cayuco", "neumática"))
    zp = paths["zp_bruxelles_midi"].read_bytes().decode("utf-8-sig")
    assert "433quinquies" in zp
    assert "77bis" in zp
    assert "°" in zp
    assert "Total général" in zp
    assert "Ã" in zp  # some names read as cp1252 (mojibake)
    malta = paths["malta_police"].read_text(encoding="utf-8")
    assert "337A" in malta
    assert "248A" in malta
    assert "N 0" in malta
    tags = truth["messiness"].fillna("")
    for tag in (
        "month_date",
        "quarter_date",
        "thousands",
        "zero_word",
        "na_word",
        "coords_placeholder",
        "mojibake",
    ):
        assert tags.str.contains(tag).any(), tag
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"policia_canaria_ac.csv", "garda_gnpsb_ac.csv"}
