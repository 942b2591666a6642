"""Examiner variant ``blind52``: five Asian liaison desks (files ``*_bb.*``).

These tests check the files and their ground truth only: names, formats, encodings,
delimiters and languages as the module's guide says, the quirks really in the bytes,
and a truth that describes every row. None of them cleans or scores.
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
from trendlib.samples._blind52 import BLIND52_SOURCES

SEED = 52
N_EVENTS = 1500
SMALL_SEED = 521
SMALL_EVENTS = 400
VARIANT = "blind52"
SOURCES = tuple(s.source for s in BLIND52_SOURCES)
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
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bb", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_bb", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_and_encodings() -> None:
    got = {(s.language, s.format, s.encoding, s.delimiter) for s in BLIND52_SOURCES}
    assert {s.language for s in BLIND52_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND52_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = {(e, d) for _, f, e, d in got if f == "csv"}
    assert csv == {("utf-8-sig", "|"), ("cp1252", ";"), ("utf-16", "\t")}


def test_knpa_file_is_spanish_utf8_bom_pipes(paths: dict[str, Path]) -> None:
    raw = paths["agregaduria_knpa_bb"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.count("|") == 15
    assert "Fecha del hecho (AAAA.MM.DD)" in header
    assert re.search(r"\|20\d\d\.\d\d\.\d\d\|", text)  # Korean year.month.day
    assert re.search(r"\|20\d\d\. \d{1,2}\. \d{1,2}\.\|", text)  # 2023. 5. 17.
    assert "art. 159 Ley de Migración" in text
    assert "EE.UU." in text
    assert re.search(r"\|\"\d{1,2}°\d\d'\d\d\.\d\"\"N \d{1,3}°", text)  # DMS in one cell


def test_cambodge_file_is_french_cp1252(paths: dict[str, Path]) -> None:
    raw = paths["police_cambodge_bb"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].count(";") == 16
    assert re.search(r";\d\d,\d{5};-?\d{1,3},\d{5};", text)  # decimal-comma coordinates
    assert "Ã" in text  # mojibake country names
    assert "trimestre 20" in text
    assert "225-4-1" in text
    assert re.search(r";\d{1,2}\xa0\d{3};|;\d{1,2} \d{3};", text)  # 1 234 persons


def test_thai_file_is_utf16_tabs_buddhist_era(paths: dict[str, Path]) -> None:
    raw = paths["rtp_atpd_bb"].read_bytes()
    assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    frame = pd.read_csv(paths["rtp_atpd_bb"], sep="\t", encoding="utf-16", dtype=str)
    assert "Date of Incident (B.E.)" in frame.columns
    assert "Status" in frame.columns
    dates = frame["Date of Incident (B.E.)"].dropna()
    years = dates.str.extract(r"(25\d\d|26\d\d)")[0].dropna().astype(int)
    assert len(years) > 0.9 * len(dates)
    assert years.between(2563, 2567).mean() > 0.95
    assert dates.str.match(r"Q[1-4]/25\d\d$").any()
    text = _text(paths["rtp_atpd_bb"], "utf-16")
    assert "Immigration Act B.E. 2522 s.64" in text
    assert "Modern Slavery Act 2015 s.2" in text
    assert "\tM/F\t" in text


def test_nbi_workbook_has_excel_dates_and_numbers(paths: dict[str, Path]) -> None:
    assert paths["nbi_iacat_bb"].read_bytes()[:2] == b"PK"
    sheet = load_workbook(paths["nbi_iacat_bb"]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    dates = [r[header.index("Date Intercepted")] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.6 * len(dates)
    texts = {d for d in dates if isinstance(d, str)}
    assert any(re.match(r"[A-Z][a-z]+ \d{1,2}, 20\d\d$", d) for d in texts)
    assert any("Qtr" in d for d in texts)
    persons = [r[header.index("No. of Persons")] for r in rows[1:]]
    assert sum(isinstance(p, int) for p in persons) > 0.8 * len(persons)
    cases = {str(r[header.index("Nature of Case")]) for r in rows[1:]}
    assert "Migrant smuggling (Greek Law 4251/2014)" in cases
    assert any("Trafficking in Persons" in c for c in cases)


def test_npa_jsonl_keys_codes_and_spanish_articles(paths: dict[str, Path]) -> None:
    lines = paths["npa_liaison_bb"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"caseNo", "occurredOn", "personsInvolved", "lat", "lng"} <= set(recs[0])
    dates = [r["occurredOn"] for r in recs if isinstance(r["occurredOn"], str)]
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any("318 bis" in str(r["offenceCategory"]) for r in recs)
    assert any(r["nationality"] == "MAR" for r in recs)
    assert any(isinstance(r["personsInvolved"], int) for r in recs)


def test_partial_dates_and_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in ("month_date", "quarter_date", "zero_word", "na_word", "coords_placeholder"):
        assert tags.str.contains(tag).any(), tag
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
    month = kept.loc[kept["date_precision"] == "month", "event_date"]
    assert month.str.endswith("-01").all()
