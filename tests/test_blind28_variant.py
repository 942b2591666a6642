"""Held-out examiner sample set ``blind28`` (files ``*_ad.*``): files and ground truth."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
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
from trendlib.samples import write_samples
from trendlib.samples._blind28 import BLIND28_SOURCES

SEED = 28
N_EVENTS = 1500
SMALL_SEED = 181
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND28_SOURCES]
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
    return write(tmp_path_factory, "blind28", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind28", seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ad", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ad", n_events=SMALL_EVENTS)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.01)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind28", seed=SMALL_SEED)


def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    assert {s.language for s in BLIND28_SOURCES} == {"en", "fr", "es"}
    csvs = {(s.encoding, s.delimiter) for s in BLIND28_SOURCES if s.format == "csv"}
    assert len(csvs) >= 3
    cnltp = paths["cnltp_senegal"].read_bytes()
    assert b"\r\n" in cnltp
    assert b"N\xb0 dossier;" in cnltp
    cnltp.decode("cp1252")
    anltp = paths["anltp_niger"].read_bytes()
    assert anltp.startswith(b"\xef\xbb\xbfR\xc3\xa9f.,")  # UTF-8 with a BOM, commas
    pn = paths["pn_nicaragua"].read_bytes()
    assert b"Pa\xeds de origen\t" in pn  # latin-1, tabs
    with pytest.raises(UnicodeDecodeError):
        pn.decode("utf-8")
    lines = paths["uscg_d7"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(x), dict) for x in lines)
    with zipfile.ZipFile(paths["mrcc_rome"]) as z:
        assert "xl/worksheets/sheet1.xml" in z.namelist()


def test_quirks_in_the_bytes(paths: dict[str, Path]) -> None:
    cnltp = paths["cnltp_senegal"].read_bytes().decode("cp1252")
    for quirk in ("trimestre", "néant", "\u00a0", "Ã©", " / O ", "loi 2005-06", "Total général"):
        assert quirk in cnltp, quirk
    anltp = paths["anltp_niger"].read_text(encoding="utf-8-sig")
    for quirk in ("afghane", "T", "Ord. 2010-86", "n.c.", "03/20", '","'):
        assert quirk in anltp, quirk
    assert any(d in anltp for d in ("lundi", "mardi", "mercredi", "jeudi", "vendredi"))
    pn = paths["pn_nicaragua"].read_bytes().decode("latin-1")
    for quirk in ("NNA", "trimestre", "Ley 896", "s/d", "ninguno", "TOTAL GENERAL", '"W'):
        assert quirk in pn, quirk
    uscg = paths["uscg_d7"].read_text(encoding="utf-8")
    for quirk in ("-05:00", "CY20", "8 USC 1324", "UNK", 'W"'):
        assert quirk in uscg, quirk
    sheet = pd.read_excel(paths["mrcc_rome"], dtype=object)
    col = sheet["DTG (UTC)"].dropna()
    assert any(isinstance(v, datetime) for v in col)
    assert col.astype(str).str.contains(r"^\d{6}Z [A-Z]{3} \d\d$").any()
    assert sheet["Position (lat/long, DDM)"].astype(str).str.contains("'N").any()
    assert sheet["Suspected facilitators/skippers"].astype(str).eq("NIL").any()


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_other_sizes_write(tmp_path: Path, seed: int, n_events: int) -> None:
    out = write_samples(tmp_path, seed=seed, n_events=n_events, variant="blind28")
    truth = _truth(out)
    assert set(truth["expected_status"]) == {"record", "duplicate", "quarantine"}
