"""The twelfth examiner's sample set (variant ``blind12``, files ``*_n.*``).

``blind12`` is held out: it was written without looking at the cleaner's tables, and the
lead scores the cleaner on it exactly once. These tests therefore never run the cleaner;
they check that the files are written as promised (names, formats, encodings, the rows
the truth describes) and that every row is read, through the shared checks of
``tests/_blind_checks.py``, plus a few checks of what the files plant.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind12 import BLIND12_SOURCES

VARIANT = "blind12"
SEED = 12
N_EVENTS = 1500
SMALL_SEED = 1212
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND12_SOURCES]
#: Fields every row gives as the event has them (no blanks planted in them).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-4  # degrees: DMS to a tenth of a second, DDM to a thousandth of a minute


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_n", n_events=N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_second_seed(small: dict[str, Path]) -> None:
    truth = _truth(small)
    check_files_and_truth(small, SOURCES, suffix="_n", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, truth)
    check_expected_values(small, truth, FIELDS, tolerance=TOLERANCE)
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# What the files plant
# --------------------------------------------------------------------------------------
def test_formats_and_encodings(paths: dict[str, Path]) -> None:
    tn = paths["garde_nationale_tn_n"].read_bytes()
    assert tn.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    be = paths["police_federale_be_n"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        be.decode("utf-8")  # cp1252, not UTF-8
    assert be.decode("cp1252").splitlines()[0].count(";") == 15
    assert "Date des faits / Datum feiten" in be.decode("cp1252")  # bilingual headers
    gr = paths["hellenic_police_n"].read_bytes()
    assert "\t" in gr.decode("latin-1").splitlines()[0]
    assert b"\xb0" in gr  # the degree sign, one latin-1 byte
    lines = paths["eurojust_casework_n"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert any(isinstance(r["transitCountries"], list) and r["transitCountries"] for r in rows)
    assert {"EL", "UK"} & {r["countryOfDestination"] for r in rows}
    sheet = load_workbook(paths["fgr_mexico_n"], read_only=True).worksheets[0]
    dates = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.7 * len(dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/[A-Z]{3}/\d{4}", d) for d in dates)


def test_planted_messiness(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    wanted = {
        "partial_month",
        "partial_quarter",
        "mojibake",
        "dms",
        "ddm",
        "lon_first",
        "thousands",
        "iso2",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "coords_missing",
        "coords_placeholder",
        "time_of_day",
        "two_digit_year",
        "approx_count",
    }
    assert wanted <= tags, wanted - tags


def _ddm_value(text: str) -> float:
    deg, minutes, hemi = re.fullmatch(r"(\d+)°(\d+[.,]\d+)'([NSEW])", text).groups()  # type: ignore[union-attr]
    value = int(deg) + float(minutes.replace(",", ".")) / 60
    return -value if hemi in "SW" else value


def test_degrees_minutes_match_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(paths["garde_nationale_tn_n"], dtype=str, encoding="utf-8-sig")
    rows = truth.loc[truth["source_file"] == "garde_nationale_tn_n.csv"].reset_index(drop=True)
    ddm = rows["messiness"].fillna("").str.contains("ddm") & rows["lat"].notna()
    assert ddm.sum() > 50
    picked = rows.loc[ddm]
    cells = frame.iloc[picked["source_row"].astype(int).to_numpy() - 2]
    for col, field in (("Latitude", "lat"), ("Longitude", "lon")):
        got = cells[col].map(_ddm_value).to_numpy()
        want = picked[field].astype(float).to_numpy()
        assert abs(got - want).max() < 1e-9, col


def test_count_words_are_missing_counts_not_bad_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    words = truth.loc[tags.str.contains("count_placeholder")]
    assert (words["expected_status"] != "quarantine").all()
    approx = truth.loc[
        tags.str.contains("approx_count") & truth["expected_status"].ne("quarantine")
    ]
    assert approx["n_persons"].notna().all()


def test_each_source_reports_its_countries(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_file = {
        name: set(group["detection_country"].dropna())
        for name, group in first.groupby("source_file")
    }
    assert by_file["fgr_mexico_n.xlsx"] == {"USA", "PAN"}
    assert by_file["police_federale_be_n.csv"] == {"FRA", "GBR"}
    assert by_file["garde_nationale_tn_n.csv"] == {"ITA"}
    assert by_file["hellenic_police_n.csv"] == {"GRC"}
    assert {"ESP", "POL", "HRV"} <= by_file["eurojust_casework_n.jsonl"]
