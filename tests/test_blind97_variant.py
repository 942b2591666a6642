"""The ``blind97`` examiner sample set (files ``*_cu.*``): its files and its truth.

These tests check what the set promises (names, formats, languages, encodings, the
agencies' quirks in the bytes, and a truth that describes every row); none of them
cleans or scores the files.
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

from trendlib.samples import make_truth
from trendlib.samples._blind97 import BLIND97_SOURCES, make_blind97

SEED = 97
N_EVENTS = 1500
SMALL_SEED = 971
SMALL_EVENTS = 400
VARIANT = "blind97"
SOURCES = [s.source for s in BLIND97_SOURCES]
# Fields every row of this set gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
# Coordinates are written to 4 or 5 decimals or to the second of arc.
TOLERANCE = 0.001
ROMAN_DATE = re.compile(r"\b\d{1,2}\.(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.20\d\d\b")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cu", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_cu", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_is_messy(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for name in (s.filename for s in BLIND97_SOURCES):
        mine = truth["source_file"] == name
        assert (truth.loc[mine, "expected_status"] == "record").sum() > 50, name
        assert tags[mine].str.contains("partial_month|partial_quarter").any(), name
        assert tags[mine].str.contains("count_placeholder").any(), name
    planted = set(";".join(tags).split(";"))
    for tag in (
        "roman_month",
        "date_trailing_dot",
        "excel_serial",
        "iso_datetime",
        "weekday",
        "legal_article",
        "demonym",
        "local_spelling",
        "iso2",
        "mojibake",
        "dms",
        "west_as_O",
        "decimal_comma",
        "thousands_sep",
        "zero_word",
        "na_word",
    ):
        assert tag in planted, tag


def test_notes_and_totals_are_quarantined(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_status"]) == {"quarantine"}
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    totals = garbage.loc[garbage["expected_reason"].eq("no_date"), "source_ref"]
    assert set(totals) == {s.total for s in BLIND97_SOURCES}


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_sources_cover_languages_formats_and_encodings() -> None:
    subs = make_blind97(make_truth(seed=SMALL_SEED, n_events=300), seed=SMALL_SEED)
    got = {s.filename: (s.format, s.encoding, s.delimiter, s.language) for s in subs}
    assert got == {
        "sfa_bih_cu.csv": ("csv", "utf-16", "\t", "en"),
        "guam_vlec_cu.jsonl": ("jsonl", "utf-8", None, "en"),
        "gendarmerie_nord_cu.csv": ("csv", "cp1252", ";", "fr"),
        "obsica_sica_cu.xlsx": ("xlsx", "utf-8", None, "es"),
        "gc_fronteras_cu.csv": ("csv", "utf-8-sig", "|", "es"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv_styles = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert len({e for e, _ in csv_styles}) == 3
    assert len({d for _, d in csv_styles}) == 3


def test_sfa_file_is_utf16_tab_with_bosnian_quirks(paths: dict[str, Path]) -> None:
    raw = paths["sfa_bih_cu"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Case No.", "Date of apprehension", "Country of apprehension"]
    assert "Criminal offence (CC BiH)" in header
    assert "Art. 189 CC BiH" in text
    assert ROMAN_DATE.search(text)
    assert re.search(r"\t\d{2}\.\d{2}\.20\d\d\.\t", text)  # trailing dot after the year
    assert re.search(r"\t(?:Avganistan|Maroko|Sirija)\t", text)
    assert re.search(r"\t(?:unk\.|n/k)\t", text)  # a count not known


def test_gendarmerie_file_is_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["gendarmerie_nord_cu"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = _text(paths["gendarmerie_nord_cu"], "cp1252")
    header = text.splitlines()[0].split(";")
    assert header[0] == "N° PV"
    assert "Nb mis en cause (MEC)" in header
    assert "L622-1 CESEDA" in text  # before the recodification of 1 May 2021
    assert "L823-1 CESEDA" in text  # after it
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal-comma coordinates
    assert re.search(r";(?:néant|aucun);", text)


def test_guardia_civil_file_is_utf8_bom_pipe(paths: dict[str, Path]) -> None:
    raw = paths["gc_fronteras_cu"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split("|")
    assert header[:2] == ["Nº ATESTADO", "FECHA HECHOS"]
    assert "SEXO (V/M)" in header
    assert "318 BIS" in text
    assert re.search(r"\d{2}º\d{2}'\d{2}\"+N \d{3}º\d{2}'\d{2}\"+O", text)  # DMS, O = oeste
    assert re.search(r"\|(?:MARROQUÍES|SENEGALESES|GUINEANOS)\|", text)


def test_obsica_workbook_mixes_dates_serials_and_text(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["obsica_sica_cu"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][1] == "Fecha del hecho (dd/mm/aaaa)"
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(v, datetime) for v in dates)
    serials = [v for v in dates if isinstance(v, int)]
    assert serials
    assert all(44197 <= v <= 45300 or v < 0 for v in serials)  # 2021-01-01 .. 2024
    assert any(isinstance(v, str) and re.search(r"trimestre", v) for v in dates)
    assert any(isinstance(v, str) and "U.S.C." in v for r in rows for v in r)


def test_vlec_feed_is_json_lines_with_iso_codes(paths: dict[str, Path]) -> None:
    lines = paths["guam_vlec_cu"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"msg_ref", "incident_date", "incident_country", "citizenship"} <= set(recs[0])
    dates = {str(r["incident_date"]) for r in recs}
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00(?:[+-]\d\d:\d\d|Z)", d) for d in dates)
    countries = {r["incident_country"] for r in recs}
    assert {"IT", "EL"} <= countries  # the EU's code for Greece
    assert any(isinstance(r["persons_involved"], int) for r in recs)
