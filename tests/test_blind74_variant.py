"""The ``blind74`` examiner set (files ``*_bx.*``): files, truth and the quirks it claims.

These tests check the written files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples import write_samples
from trendlib.samples._blind74 import BLIND74_SOURCES, BLIND74_SUFFIX

VARIANT = "blind74"
SEED = 74
N_EVENTS = 1500
SMALL_SEED = 741
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND74_SOURCES]
#: Fields every source writes as the event has them (no placeholder, no blank).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
_BY = {s.source: s for s in BLIND74_SOURCES}
AZ, KENT, DDSP, CISC, MINSEG = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = _BY[source]
    return paths[source].read_bytes().decode(src.encoding)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == _BY[source].filename]


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=BLIND74_SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=BLIND74_SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_seeds_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert {p.name for p in out.values()} >= {s.filename for s in BLIND74_SOURCES}


def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    assert {s.language for s in BLIND74_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND74_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND74_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) == 3
    assert {s.encoding for s in csvs} == {"cp1252", "latin-1", "utf-16"}
    assert {s.delimiter for s in csvs} == {",", ";", "\t"}
    # cp1252 with Windows line ends; latin-1 is not UTF-8; UTF-16 starts with its BOM
    az = paths[AZ].read_bytes()
    assert az.count(b"\r\n") > 100
    assert az.decode("cp1252").splitlines()[0].split(",")[:2] == ["DR#", "Incident Date"]
    assert b"13-2319 \x96 Smuggling" in az  # a cp1252 en dash, not UTF-8
    with pytest.raises(UnicodeDecodeError):
        az.decode("utf-8")
    ddsp = paths[DDSP].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        ddsp.decode("utf-8")
    assert ddsp.decode("latin-1").startswith("N° de procédure;Date des faits;")
    minseg = paths[MINSEG].read_bytes()
    assert minseg.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert minseg.decode("utf-16").splitlines()[0].split("\t")[:2] == [
        "N° de caso",
        "Fecha del hecho",
    ]
    # the JSON digest is ASCII with \u escapes, one object per line
    cisc = paths[CISC].read_bytes()
    cisc.decode("ascii")
    assert b"\\u00e9" in cisc
    lines = cisc.decode("ascii").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert paths[KENT].read_bytes()[:2] == b"PK"


def test_quirk_tags_planted(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    claimed = {
        "partial_month",
        "partial_quarter",
        "fy_quarter",
        "date_serial",
        "date_epoch",
        "date_military",
        "year_2d",
        "coords_dms",
        "coords_ddm",
        "coords_wkt",
        "coords_hemisphere",
        "coords_swapped",
        "decimal_comma",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "mojibake",
        "iso2",
        "iso3",
        "demonym",
        "json_array",
        "thousands_sep",
        "count_unit",
        "count_approx",
    }
    assert claimed <= tags, claimed - tags


def test_arizona_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, AZ)
    assert "ARS 13-2319" in text
    # month-first dates: a day above 12 in the second place, and military style
    assert re.search(r"\n[^,]+,(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/\d{2,4},", text)
    assert re.search(r",\d{2}-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-20\d\d,", text)
    assert re.search(r"N\d\d\.\d{4} W\d{2,3}\.\d{4}", text)
    assert re.search(r"\d+ UDAs?", text)
    tags = tags_of(_rows(truth, AZ))
    assert tags.str.contains("coords_swapped").any()
    assert tags.str.contains("dest_city").any()


def test_kent_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[KENT], read_only=True).active
    assert sheet is not None
    dates = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # Excel serials
    assert any(
        isinstance(d, str) and re.fullmatch(r"\d+(st|nd|rd|th) \w+ 20\d\d", d) for d in dates
    )
    tags = tags_of(_rows(truth, KENT))
    assert tags.str.contains("coords_dms").any()
    fy = _rows(truth, KENT).loc[tags.str.contains("fy_quarter")]
    if len(fy):  # a financial-year quarter reads as the start of its calendar quarter
        assert (fy["date_precision"] == "quarter").all()


def test_ddsp_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, DDSP)
    assert "L823-1" in text
    assert "L622-1" in text  # the CESEDA article before its renumbering in May 2021
    assert re.search(r";\d\d,\d{5} / \d,\d{5};", text)  # decimal commas
    assert re.search(r"N 5\d°\d\d,\d{3}' E 00\d°\d\d,\d{3}'", text)
    assert re.search(
        r"\d+ (janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d",
        text,
    )
    tags = tags_of(_rows(truth, DDSP))
    assert tags.str.contains("decimal_comma").any()


def test_cisc_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    records = [json.loads(line) for line in _text(paths, CISC).splitlines()]
    wkt = [r["location_wkt"] for r in records if isinstance(r.get("location_wkt"), str)]
    assert any(w.startswith("POINT (") for w in wkt)
    assert any(isinstance(r.get("transit_route"), list) and r["transit_route"] for r in records)
    assert any(isinstance(r.get("date_of_incident"), int) for r in records)  # epoch ms
    assert any(" / " in str(r.get("offence_category")) for r in records)  # bilingual words
    rows = _rows(truth, CISC)
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3


def test_minseg_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, MINSEG)
    header = text.splitlines()[0].split("\t")
    assert "Sexo (H/M)" in header
    frame = pd.read_csv(paths[MINSEG], sep="\t", encoding="utf-16", dtype=str)
    rows = _rows(truth, MINSEG).set_index(pd.to_numeric(_rows(truth, MINSEG)["source_row"]))
    frame.index = frame.index + 2
    # "M" is mujer: every record written "M" expects female
    m_rows = frame.index[frame["Sexo (H/M)"] == "M"]
    assert len(m_rows) > 0
    assert (rows.loc[m_rows, "gender"] == "female").all()
    assert re.search(r"\d+\.\d{5} O\t", text)  # oeste
    assert "trimestre" in text or "T1-" in text or "T2-" in text
    assert tags_of(_rows(truth, MINSEG)).str.contains("mojibake").any()
