"""The sixty-second examiner's held-out set (``variant="blind62"``, files ``*_bl.*``).

These tests check the files and their ground truth only: names, formats, languages,
encodings and delimiters, that every row is described, that the truth expects each
event's own values, and that the agencies' characteristic quirks are really in the bytes.
None of them cleans the files or scores a cleaning.
"""

from __future__ import annotations

import json
import zipfile
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
from trendlib.samples._blind62 import BLIND62_SOURCES, make_blind62

SEED = 62
N_EVENTS = 1500
SMALL_SEED = 621
SMALL_EVENTS = 400
VARIANT = "blind62"
SOURCES = [s.source for s in BLIND62_SOURCES]
#: Fields every non-quarantined row reports exactly as the event has them.
FAITHFUL = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Widest gap (degrees) between a written point and the true one (DMS to 0.1 second).
TOLERANCE = 0.0005


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The full-size set."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A smaller set with another seed."""
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND62_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bl", n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_bl", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    got: dict[str, Path] = request.getfixturevalue(which)
    check_expected_values(got, _truth(got), FAITHFUL, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings() -> None:
    by = {s.source: s for s in BLIND62_SOURCES}
    assert {s.language for s in BLIND62_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND62_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND62_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csv}) >= 3
    assert (by["dzpaf_nord"].encoding, by["dzpaf_nord"].delimiter) == ("cp1252", ";")
    assert (by["gc_edati"].encoding, by["gc_edati"].delimiter) == ("utf-16", "\t")
    assert (by["dhs_jtf_west"].encoding, by["dhs_jtf_west"].delimiter) == ("utf-8", ",")
    assert all(s.filename.rsplit(".", 1)[0].endswith("_bl") for s in BLIND62_SOURCES)


def test_bytes_are_what_is_claimed(paths: dict[str, Path]) -> None:
    # UTF-16 with its byte-order mark, tab-delimited
    raw = paths["gc_edati"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert _text(paths, "gc_edati").splitlines()[0].startswith("Nº Diligencias\tFecha\t")
    # cp1252 (not UTF-8), semicolons, CRLF line ends
    fr = paths["dzpaf_nord"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        fr.decode("utf-8")
    assert b"\r\n" in fr
    assert fr.decode("cp1252").splitlines()[0].startswith("N° procédure;Date des faits;")
    # plain UTF-8 without a BOM, commas
    us = paths["dhs_jtf_west"].read_bytes()
    assert not us.startswith(b"\xef\xbb\xbf")
    assert us.decode("utf-8").startswith("JTF-W Case #,Event Date (MM/DD/YYYY),")
    # an XLSX workbook and JSON lines
    assert zipfile.is_zipfile(paths["migracion_col_antioquia"])
    lines = paths["ho_iei_liaison"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert {"iei_ref", "date_of_incident", "offence_type", "location"} <= set(first)


def test_characteristic_quirks(paths: dict[str, Path]) -> None:
    fr = _text(paths, "dzpaf_nord")
    assert "CESEDA" in fr
    assert "L823-1" in fr
    assert "225-4-1" in fr
    assert "°" in fr  # degrees and decimal minutes
    assert "/ 1," in fr  # decimal commas, latitude / longitude
    us = _text(paths, "dhs_jtf_west")
    assert "8 USC 1324" in us or "8 U.S.C. 1324" in us
    assert "FY20" in us or "CY20" in us  # fiscal or calendar quarters
    gc = _text(paths, "gc_edati")
    assert "318 bis" in gc  # the penal code's article
    assert "º " in gc  # the ordinal sign for degrees
    assert "'' N" in gc  # two quotes for seconds
    assert "Cayuco" in gc
    iei = _text(paths, "ho_iei_liaison")
    assert "s.25 IA 1971" in iei or "MSA 2015" in iei
    with zipfile.ZipFile(paths["migracion_col_antioquia"]) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        shared = (
            book.read("xl/sharedStrings.xml").decode("utf-8")
            if any(n == "xl/sharedStrings.xml" for n in book.namelist())
            else sheet
        )
    assert "188A" in shared or "188A" in sheet
    assert "NNA" in shared or "NNA" in sheet


def test_truth_tags_the_quirks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in (
        "excel_serial",
        "partial_month",
        "partial_quarter",
        "dms",
        "ddm",
        "decimal_comma",
        "thousands",
        "zero_word",
        "count_placeholder",
        "mojibake",
    ):
        assert tags.str.contains(tag).any(), tag
    col = truth.loc[truth["source_file"] == "migracion_col_antioquia_bl.xlsx"]
    serial = col.loc[tags.loc[col.index].str.contains("excel_serial")]
    assert len(serial) > 0
    assert (serial["date_precision"] == "day").all()


def test_fiscal_quarters_mean_calendar_quarters(paths: dict[str, Path]) -> None:
    # US federal fiscal year N runs from October N-1: FY2022 Q1 = Oct-Dec 2021
    truth = _truth(paths)
    us = pd.read_csv(paths["dhs_jtf_west"], dtype=str, keep_default_na=False)
    cells = us["Event Date (MM/DD/YYYY)"]
    fy = cells.str.extract(r"^FY(\d{4}) Q(\d)$").dropna().astype(int)
    assert len(fy) > 0
    rows = truth.loc[truth["source_file"] == "dhs_jtf_west_bl.csv"].set_index("source_row")
    for i, (year, quarter) in fy.iterrows():
        month = 10 + 3 * (quarter - 1)  # 10, 13, 16, 19: October of the year before ...
        want = pd.Timestamp(year=year - 1, month=1, day=1) + pd.DateOffset(months=month - 1)
        row = rows.loc[str(int(str(i)) + 2)]
        assert row["date_precision"] == "quarter"
        assert pd.Timestamp(row["event_date"]) == want


def test_make_blind62_is_deterministic() -> None:
    truth = make_truth(seed=3, n_events=300)
    a = make_blind62(truth, seed=3)
    b = make_blind62(truth, seed=3)
    assert [s.filename for s in a] == [s.filename for s in b]
    for x, y in zip(a, b, strict=True):
        pd.testing.assert_frame_equal(x.frame, y.frame)
        pd.testing.assert_frame_equal(x.expected, y.expected)
