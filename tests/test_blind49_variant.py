"""Examiner set ``blind49``: five inland-police liaison desks (files ``*_ay.*``).

These tests check the files and their truth only; none cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind49 import BLIND49_SOURCES, make_blind49

SEED = 49
N_EVENTS = 1500
SMALL_SEED = 491
SMALL_EVENTS = 400
VARIANT = "blind49"
SOURCES = [s.source for s in BLIND49_SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _by_name(paths: dict[str, Path]) -> dict[str, Path]:
    return {paths[s].name: paths[s] for s in SOURCES}


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ay", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ay", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_records_duplicates_and_garbage(truth: pd.DataFrame) -> None:
    for name, rows in truth.groupby("source_file"):
        status = set(rows["expected_status"])
        assert status == {"record", "duplicate", "quarantine"}, name
        garbage = rows.loc[tags_of(rows).str.contains("garbage_row")]
        assert {"no_content", "no_date"} <= set(garbage["expected_reason"]), name
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source_file"]
    assert set(repeats) == {"pjf_anvers_ay.csv", "ertzaintza_ay.xlsx"}


def test_characteristic_tags_planted(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    wanted = {
        "date_month",
        "date_quarter",
        "excel_serial",
        "excel_date",
        "date_timestamp",
        "dms",
        "ddm",
        "decimal_comma",
        "mojibake",
        "iso2",
        "demonym",
        "transit_y",
        "zero_word",
        "suspects_placeholder",
        "na_word",
        "coords_placeholder",
        "coords_missing",
    }
    assert wanted <= tags, wanted - tags
    assert set(truth["date_precision"].dropna()) == {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings_claimed() -> None:
    subs = make_blind49(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    assert [s.filename for s in subs] == [s.filename for s in BLIND49_SOURCES]
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    claimed = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert claimed == {
        "politie_avim_ay.csv": ("en", "csv", "utf-16", "\t"),
        "pjf_anvers_ay.csv": ("fr", "csv", "cp1252", ";"),
        "lka_bw_ay.jsonl": ("en", "jsonl", "utf-8", None),
        "ertzaintza_ay.xlsx": ("es", "xlsx", "utf-8", None),
        "police_geneve_ay.csv": ("fr", "csv", "utf-8", "|"),
    }


def test_avim_is_utf16_tab_with_dutch_english_headers(paths: dict[str, Path]) -> None:
    raw = _by_name(paths)["politie_avim_ay.csv"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert len(header) == 17
    assert "Datum constatering / Date detected" in header
    assert "Geslacht / Sex (M=man, V=vrouw)" in header
    assert "\tV\t" in text  # V = vrouw (female)
    assert "273f" in text
    assert "197a" in text
    assert re.search(r"\t\d{2}-\d{2}-20\d\d\t", text)  # day-first with dashes
    assert re.search(r"\tQ[1-4] 20\d\d\t|\t20\d\d-Q[1-4]\t", text)  # quarter dates
    assert "Totaal / Total" in text


def test_pjf_is_cp1252_semicolon_with_belgian_wording(paths: dict[str, Path]) -> None:
    raw = _by_name(paths)["pjf_anvers_ay.csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accented letters are single cp1252 bytes
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.startswith("N° PV;Date des faits;")
    assert "433quinquies" in text
    assert "77bis" in text
    assert "exploitation économique" in text or "MENA" in text
    assert re.search(r";\d{1,2},\d{5};", text)  # decimal-comma latitude
    assert re.search(r"\d+°\d\d,\d{3}' [NSEO]", text)  # degrees and decimal minutes
    assert "TOTAL GÉNÉRAL" in text


def test_lka_jsonl_keys_and_german_references(paths: dict[str, Path]) -> None:
    path = _by_name(paths)["lka_bw_ay.jsonl"]
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(
        "Tatzeit/date" in r and "Koordinaten/coordinates (WGS84 lat, lon)" in r for r in rows
    )
    offences = " ".join(str(r["Delikt/offence (§)"]) for r in rows)
    assert "AufenthG" in offences
    assert "StGB" in offences
    dates = [str(r["Tatzeit/date"]) for r in rows]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", d) for d in dates)
    persons = [r["Anzahl Geschleuste-Opfer/persons"] for r in rows]
    assert any(isinstance(p, int) for p in persons)
    sexes = {r["Geschlecht/sex (m/w)"] for r in rows}
    assert "w" in sexes


def test_ertzaintza_xlsx_dates_and_spanish_coordinates(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(_by_name(paths)["ertzaintza_ay.xlsx"], read_only=True)
    sheet = book.active
    assert sheet is not None
    width = 16  # a read-only sheet drops the trailing empty cells of a row
    rows = [tuple(r) + (None,) * (width - len(r)) for r in sheet.iter_rows(values_only=True)]
    header = rows[0]
    assert header[1] == "Data / Fecha hecho"
    assert header[6] == "Sexua / Sexo (H/M)"
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, int) and 44197 <= d <= 45400 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"20\d\dT[1-4]", d) for d in dates)
    coords = " ".join(str(r[14]) for r in rows[1:] if r[14] is not None)
    assert re.search(r"\d+º \d\d' \d\d\" N \d+º \d\d' \d\d\" O", coords)  # O = oeste
    transit = [str(r[10]) for r in rows[1:] if r[10]]
    assert any(" y " in t for t in transit)


def test_geneva_is_utf8_pipe_with_swiss_wording(paths: dict[str, Path]) -> None:
    raw = _by_name(paths)["police_geneve_ay.csv"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM
    text = raw.decode("utf-8")
    header = text.splitlines()[0].split("|")
    assert header[1] == "Date du constat (jj.mm.aaaa)"
    assert len(header) == 16
    assert "182 CP" in text
    assert "116 LE" in text
    assert re.search(r"\|\d{2}\.\d{2}\.20\d\d\|", text)
    assert "Ã©" in text  # names garbled by a wrong re-encoding
    assert "→" in text


def test_second_seed_writes(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        assert all(out[s].exists() for s in SOURCES)
