"""The ``blind25`` examiner set: files, languages, encodings, quirks and truth (no cleaning)."""

from __future__ import annotations

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
from trendlib.samples._blind25 import BLIND25_SOURCES

SEED = 25
N_EVENTS = 1500
SMALL_SEED = 151
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND25_SOURCES]
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind25", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, "blind25", seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(p: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(p["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_aa", n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_aa", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, "blind25", seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    check_expected_values(p, _truth(p), FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings() -> None:
    langs = {s.language for s in BLIND25_SOURCES}
    formats = {s.format for s in BLIND25_SOURCES}
    csv = [(s.encoding, s.delimiter) for s in BLIND25_SOURCES if s.format == "csv"]
    assert langs == {"en", "fr", "es"}
    assert formats == {"csv", "xlsx", "jsonl"}
    assert len({e for e, _ in csv}) >= 3
    assert len({d for _, d in csv}) >= 3


def test_bytes_match_claimed_encodings(paths: dict[str, Path]) -> None:
    by = {s.source: s for s in BLIND25_SOURCES}
    sngc = paths["sngc_dz"].read_bytes()
    assert b"\r\n" in sngc
    assert "Nationalité".encode("cp1252") in sngc
    with pytest.raises(UnicodeDecodeError):
        sngc.decode("utf-8")
    felcc = paths["felcc_bo"].read_bytes()
    assert b"\t" in felcc.splitlines()[0]
    assert "País".encode("latin-1") in felcc
    saps = paths["saps_za"].read_bytes()
    assert saps.startswith(b"\xef\xbb\xbf")
    assert saps.splitlines()[0].count(b",") >= len(by["saps_za"].headers) - 1
    lines = paths["tgf_cu"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert paths["gcm_mr"].read_bytes()[:2] == b"PK"


def test_characteristic_quirks(paths: dict[str, Path]) -> None:
    sngc = paths["sngc_dz"].read_bytes().decode("cp1252")
    assert re.search(r"\d\d°\d\d'\d\d\"\"N \d{3}°\d\d'\d\d\"\"[EW]", sngc)  # DMS position
    assert "303 bis 30" in sngc
    assert "néant" in sngc or "aucun" in sngc
    assert "Ã©" in sngc  # mojibake pasted into the cp1252 sheet
    felcc = paths["felcc_bo"].read_bytes().decode("latin-1")
    assert "NNA" in felcc
    assert "trimestre" in felcc
    assert re.search(r"\t\d\d/\d\d/\d\d\t", felcc)  # two-digit years
    assert re.search(r"\d+,\d{5} N / \d+,\d{5} O", felcc)
    saps = paths["saps_za"].read_text(encoding="utf-8-sig")
    assert re.search(r",20\d\d/\d\d/\d\d,", saps)
    assert "PACOTIP" in saps
    assert re.search(r"[A-Z]{3}>[A-Z]{3}", saps)
    tgf = paths["tgf_cu"].read_text(encoding="utf-8")
    assert "EE.UU." in tgf or "EEUU" in tgf
    sheet = load_workbook(paths["gcm_mr"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "Date / التاريخ"
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(re.fullmatch(r"\d\d°\d\d,\d\d' [NS]", str(r[3])) for r in rows[1:])


def test_tags_recorded(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in ("mojibake", "excel_serial", "coords_dms", "partial_quarter", "thousands"):
        assert tags.str.contains(tag).any(), tag
