"""The ``blind37`` examiner set (files ``*_am.*``): its files and its ground truth.

These tests check what the files hold and what the truth promises; none of them cleans
or scores (the team measures the cleaner on this set separately).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

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
from openpyxl import load_workbook

from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind37 import BLIND37_SOURCES, make_blind37

VARIANT = "blind37"
SUFFIX = "_am"
SEED = 37
N_EVENTS = 1500
SMALL_SEED = 271
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND37_SOURCES)
#: Fields every non-quarantined row expects exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "linked_offences",
)
#: Degrees: the truth expects the point as written (decimal minutes to 0.001', seconds
#: to 0.1", five decimals), never more than a few hundred-thousandths off the event.
TOLERANCE = 0.0001
SRC = {s.source: s for s in BLIND37_SOURCES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = SRC[source]
    return paths[source].read_bytes().decode(src.encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_spvm_gives_no_transit_chain(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    spvm = truth.loc[truth["source_file"] == "spvm_am.csv"]
    assert spvm["transit_countries"].isna().all()
    others = truth.loc[truth["source_file"] != "spvm_am.csv"]
    assert others["transit_countries"].notna().any()


def test_every_source_has_partial_dates_and_tags(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for src in BLIND37_SOURCES:
        mine = truth["source_file"] == src.filename
        assert {"day", "month"} <= set(truth.loc[mine, "date_precision"].dropna()), src.source
    for word in ("mojibake", "coords_ddm", "coords_dms", "excel_serial", "iso2", "gulf_usage"):
        assert tags.str.contains(word).any(), word


def test_make_blind37_is_the_variant() -> None:
    subs = make_blind37(make_truth(seed=3, n_events=200), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND37_SOURCES]


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_other_seeds_write(tmp_path: Path, seed: int, n_events: int) -> None:
    out = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    assert all(out[s].exists() for s in SOURCES)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND37_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND37_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND37_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) >= 3
    assert {s.encoding for s in csvs} == {"cp1252", "utf-16", "utf-8-sig"}
    assert {s.delimiter for s in csvs} == {";", "\t", "|"}


def test_csv_bytes(paths: dict[str, Path]) -> None:
    itss = paths["itss_am"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        itss.decode("utf-8")  # cp1252: º and accents are single bytes
    assert b"\r\n" in itss
    assert itss.decode("cp1252").splitlines()[0].count(";") == len(SRC["itss_am"].headers) - 1
    spvm = paths["spvm_am"].read_bytes()
    assert spvm[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM
    assert spvm.decode("utf-16").splitlines()[0].count("\t") == len(SRC["spvm_am"].headers) - 1
    cid = paths["lk_cid_am"].read_bytes()
    assert cid[:3] == b"\xef\xbb\xbf"
    assert cid.decode("utf-8-sig").splitlines()[0].count("|") == len(SRC["lk_cid_am"].headers) - 1


def test_itss_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "itss_am")
    assert "art. 318 bis CP" in text
    assert "177 bis" in text
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal-comma degrees
    assert re.search(r";\d{1,2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d;", text)
    assert re.search(r";\d\.\d{3};", text)  # 1.234 persons
    assert "TOTAL GENERAL" in text
    assert "Ã" in text  # a few names garbled as UTF-8 read as cp1252


def test_spvm_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "spvm_am")
    assert "AAAA-MM-JJ" in text.splitlines()[0]
    assert "LIPR" in text
    assert "279.01 C.cr." in text
    assert re.search(r"\t20\d\d-\d\d-\d\d\t", text)
    assert re.search(
        r"\t\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d\t",
        text,
    )
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"[NS]", text)  # DMS, quotes doubled by CSV
    assert "aucun" in text


def test_cid_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "lk_cid_am")
    assert re.search(r"\|20\d\d\.\d\d\.\d\d\|", text)  # 2022.03.15
    assert re.search(r"\|\d\d°\d\d\.\d{3}'[NS] \d{3}°\d\d\.\d{3}'[EW]\|", text)
    assert "360C" in text
    assert "45C I&E" in text
    assert "|Nil|" in text


def test_uae_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["uae_moi_am"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert any(re.search(r"[\u0600-\u06ff]", str(h)) for h in header)  # Arabic beside English
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)  # Excel serials of 2020-2024
    assert any(isinstance(d, str) and re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert "Grand Total" in [r[0] for r in rows]
    assert any(r[3] == "Domestic servitude" for r in rows)


def test_ahtb_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["nepal_ahtb_am"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) == set(SRC["nepal_ahtb_am"].headers.values())
    counts = [r["victims_total"] for r in recs]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.isalpha() for c in counts)  # "unknown"
    assert any(
        isinstance(r["date_of_incident"], str)
        and re.fullmatch(r"20\d\d-Q[1-4]", r["date_of_incident"])
        for r in recs
    )
    assert any(isinstance(r["gps"], str) and r["gps"].startswith(("N", "S")) for r in recs)
    assert any(r["offence"] and "HTTCA" in r["offence"] for r in recs)
