"""The ``blind40`` examiner set (files ``*_ap.*``): its files and ground truth.

These tests check the files and the truth only; none cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind40 import BLIND40_SOURCES, make_blind40

SEED = 40
N_EVENTS = 1500
SMALL_SEED = 401
SMALL_EVENTS = 400
VARIANT = "blind40"
SOURCES = tuple(s.source for s in BLIND40_SOURCES)
#: Fields every kept row reports exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: a point written to the second of arc


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ap", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ap", n_events=SMALL_EVENTS)
    small = _truth(small_paths)
    check_expected_values(small_paths, small, EXACT_FIELDS, tolerance=TOLERANCE)
    check_placeholder_counts(small)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_make_blind40_matches_the_dispatch() -> None:
    subs = make_blind40(make_truth(seed=3, n_events=300), seed=3)
    assert [s.source for s in subs] == list(SOURCES)
    assert [s.filename for s in subs] == [s.filename for s in BLIND40_SOURCES]


@pytest.mark.slow
def test_other_sizes_and_seeds_run(tmp_path: Path) -> None:
    a = write_samples(tmp_path / "a", seed=0, n_events=3000, variant=VARIANT)
    b = write_samples(tmp_path / "b", seed=5, n_events=1500, variant=VARIANT)
    for got in (a, b):
        assert {got[s].name for s in SOURCES} == {s.filename for s in BLIND40_SOURCES}


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    by = {s.key: s for s in BLIND40_SOURCES}
    assert {s.language for s in BLIND40_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND40_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND40_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) == 3
    assert len({s.delimiter for s in csv}) == 3
    assert (by["ch"].language, by["ch"].encoding, by["ch"].delimiter) == ("fr", "cp1252", ";")
    assert (by["lv"].encoding, by["lv"].delimiter) == ("utf-8", "|")
    assert (by["se"].encoding, by["se"].delimiter) == ("utf-16", "\t")
    assert (by["ca"].language, by["ca"].format) == ("es", "jsonl")
    assert (by["fi"].language, by["fi"].format) == ("en", "xlsx")


def test_csv_bytes_are_in_the_claimed_encoding(paths: dict[str, Path]) -> None:
    for src in BLIND40_SOURCES:
        if src.format != "csv":
            continue
        raw = paths[src.source].read_bytes()
        lines = _lines(paths[src.source], src.encoding)
        assert lines[0].split(src.delimiter) == list(src.headers.values())
        if src.encoding == "utf-16":
            assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        if src.encoding == "cp1252":
            assert "é".encode("cp1252") in raw
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
        if src.encoding == "utf-8":
            assert not raw.startswith(b"\xef\xbb\xbf")


def test_headers_are_in_the_sources_languages(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["rajavartiolaitos_ap"], read_only=True)
    head = next(book.active.iter_rows(max_row=1, values_only=True))
    assert "Pvm / Date" in head
    assert "Kansalaisuus / Nationality" in head
    french = _lines(paths["ofdf_ro_ap"], "cp1252")[0]
    assert "Nationalité" in french
    assert "Coordonnées WGS84 (lat, lon)" in french
    first = json.loads(_lines(paths["ocam_siemca_ap"], "utf-8")[0])
    assert {"fecha_hecho", "nacionalidad", "paises_transito", "cant_personas"} <= set(first)


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_finnish_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["rajavartiolaitos_ap"], read_only=True)
    dates = [r[1] for r in book.active.iter_rows(min_row=2, values_only=True)]
    serials = [d for d in dates if isinstance(d, int) and 40_000 < d < 50_000]
    assert len(serials) > 20
    assert sum(hasattr(d, "year") for d in dates) > 100
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} klo \d\d\.\d\d", d) for d in text)
    assert any(re.fullmatch(r"Q[1-4]/\d{4}", d) for d in text)


def test_latvian_oracle_dates_and_decimal_commas(paths: dict[str, Path]) -> None:
    text = paths["vrs_latvija_ap"].read_text(encoding="utf-8")
    assert re.search(r"\|\d\d-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-20\d\d\|", text)
    assert re.search(r"\|\d\d,\d{5}\|\d\d,\d{5}\|", text)
    assert "CL s.285" in text or "Section 285" in text


def test_swiss_french_quirks(paths: dict[str, Path]) -> None:
    text = paths["ofdf_ro_ap"].read_bytes().decode("cp1252")
    assert "néant" in text
    assert "art. 116" in text
    assert re.search(r";\d{1,2}\.\d{1,2}\.\d\d;", text)  # 14.3.22
    assert re.search(r"\d+\.\d{5} N / \d+\.\d{5} O", text)  # O = ouest


def test_swedish_quirks(paths: dict[str, Path]) -> None:
    text = paths["polisen_noa_ap"].read_bytes().decode("utf-16")
    assert re.search(r"\d{4}-\d\d-\d\d kl\. \d\d:\d\d", text)
    assert re.search(r"N \d\d°\d\d\.\d{3}' [EW] \d{3}°\d\d\.\d{3}'", text)
    assert "5000-K" in text
    assert "UtlL 20:8" in text or "BrB 4:1a" in text


def test_ocam_quirks_and_paging_repeats(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _lines(paths["ocam_siemca_ap"], "utf-8")
    rows = [json.loads(line) for line in lines]
    counts = [r["cant_personas"] for r in rows]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) for c in counts)
    assert any(isinstance(c, float) for c in counts)
    assert any(str(r["longitud"]).endswith(" O") for r in rows)
    assert "Ã" in "".join(lines)  # mojibake
    mine = truth.loc[truth["source_file"] == "ocam_siemca_ap.jsonl"]
    repeats = mine.loc[mine["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 1
    for row in repeats.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_quarantined_rows_are_marked(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    future = truth.loc[truth["expected_reason"] == "future_date"]
    assert len(future) >= 1
    totals = truth.loc[truth["source_ref"].isin([s.total for s in BLIND40_SOURCES])]
    assert set(totals["expected_reason"]) == {"no_date"}
    assert len(totals) == len(BLIND40_SOURCES)


def test_partial_dates_only_outside_duplicate_pairs(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    paired = set(kept.loc[kept["expected_reason"] == "cross_source", "event_id"])
    partial = kept.loc[kept["date_precision"] != "day"]
    assert not set(partial["event_id"]) & paired
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
