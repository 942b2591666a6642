"""The ``blind35`` examiner set (files ``*_ak.*``): files, truth and the writers' quirks.

These tests check the files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
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
from trendlib.samples._blind35 import BLIND35_SOURCES, make_blind35

VARIANT = "blind35"
SEED = 35
N_EVENTS = 1500
SMALL_SEED = 251
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND35_SOURCES)
BK, DCIPF, JIRS, CRE, SGCPI = SOURCES
#: Fields each kept row expects exactly as its event (the others may be left out).
SAME_AS_EVENT = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: DMS to the second, decimal minutes, 4-5 decimals


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


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ak", n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ak", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), SAME_AS_EVENT, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, SAME_AS_EVENT, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_duplicates_cross_files(truth: pd.DataFrame) -> None:
    files = {s.filename for s in BLIND35_SOURCES}
    records = truth.loc[truth["expected_status"] == "record", "source_file"]
    assert set(records) == files
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source_file"]) == {
        f"{BK}.jsonl",
        f"{DCIPF}.xlsx",
        f"{JIRS}.csv",
        f"{SGCPI}.csv",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {f"{BK}.jsonl", f"{SGCPI}.csv"}


def test_partial_dates_and_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = kept & tags.str.contains("partial_month")
    quarter = kept & tags.str.contains("partial_quarter")
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert pd.to_datetime(truth.loc[quarter, "event_date"]).dt.month.isin([1, 4, 7, 10]).all()
    for tag in ("excel_serial", "iso_datetime", "us_month_name", "excel_fr_date", "long_date"):
        assert tags.str.contains(tag).any(), tag
    assert truth["date_precision"].dropna().isin(["day", "month", "quarter"]).all()


# --------------------------------------------------------------------------------------
# Languages, formats and encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_blind35(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        f"{BK}.jsonl": ("en", "jsonl", "utf-8", None),
        f"{DCIPF}.xlsx": ("en", "xlsx", "utf-8", None),
        f"{JIRS}.csv": ("fr", "csv", "cp1252", ";"),
        f"{CRE}.csv": ("es", "csv", "utf-8-sig", ","),
        f"{SGCPI}.csv": ("es", "csv", "utf-16", "\t"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}


def test_jsonl_bytes(paths: dict[str, Path]) -> None:
    raw = paths[BK].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(set(r) == set(recs[0]) for r in recs)
    assert "detectionDate" in recs[0]
    assert "geom" in recs[0]
    assert "reportingPartner" in recs[0]
    assert sum(str(r["caseId"]).startswith("SUMMARY") for r in recs) == 1  # before re-sent rows
    counts = [r["migrantsOrVictims"] for r in recs]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) for c in counts)
    geoms = " ".join(str(r["geom"]) for r in recs)
    assert "POINT (" in geoms
    assert "SRID=4326;POINT(" in geoms
    offences = {str(r["offenceCategory"]) for r in recs}
    assert any("§ 114 FPG" in o for o in offences)
    assert any("104a StGB" in o for o in offences)
    dates = [str(r["detectionDate"]) for r in recs]
    assert any("T" in d and "+0" in d for d in dates)  # ISO with time and offset
    assert any(len(d) == 10 and d[2] == "." for d in dates)  # 14.03.2022
    assert any(d.endswith(("-Q1", "-Q2", "-Q3", "-Q4")) for d in dates)


def test_xlsx_cells(paths: dict[str, Path]) -> None:
    assert zipfile.is_zipfile(paths[DCIPF])
    sheet = load_workbook(paths[DCIPF]).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[1] == "Data evento / Event date"
    assert all(" / " in str(h) for h in header)  # bilingual Italian / English headers
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and "/" in d for d in dates)
    coords = " ".join(str(r[14]) for r in rows[1:])
    assert "°" in coords
    assert "'N 0" in coords
    assert any(r[0] == "TOTALE / TOTAL" for r in rows)
    offences = " ".join(str(r[2]) for r in rows[1:])
    assert "art. 12 TUI" in offences
    assert "601 c.p." in offences


def test_cp1252_semicolon_french(paths: dict[str, Path]) -> None:
    raw = paths[JIRS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # é, è, ° written as single cp1252 bytes
    assert b"\r\n" in raw
    rows = _csv_rows(paths[JIRS], "cp1252", ";")
    assert rows[0][:2] == ["N° procédure", "Date des faits"]
    text = raw.decode("cp1252")
    assert "art. L.622-1 CESEDA" in text
    assert "art. L.823-1 CESEDA" in text
    assert "Angleterre" in text
    assert "Total général" in text
    assert any(r[0] == "" and len(set(r)) == 1 for r in rows[1:])  # the empty row
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août")
    assert any(any(m in r[1] for m in months) for r in rows[1:])


def test_utf8_bom_comma_spanish(paths: dict[str, Path]) -> None:
    raw = paths[CRE].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(paths[CRE], "utf-8-sig", ",")
    header = rows[0]
    assert header[:2] == ["Nº intervención", "Fecha"]
    assert "Latitud" in header
    assert "Longitud" in header
    lon = [r[header.index("Longitud")] for r in rows[1:] if len(r) == len(header)]
    assert any(v.endswith("'' O") for v in lon)  # degrees with º, O for west
    assert any("," in v for v in lon)  # decimal commas, quoted
    text = raw.decode("utf-8-sig")
    assert "de enero de" in text or "de marzo de" in text
    assert "art. 318 bis CP" in text
    assert "TOTAL ATENDIDOS" in text


def test_utf16_tab_spanish(paths: dict[str, Path]) -> None:
    raw = paths[SGCPI].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    rows = _csv_rows(paths[SGCPI], "utf-16", "\t")
    header = rows[0]
    assert header[1] == "Fecha del hecho (dd/mm/aaaa)"
    assert "Consejería / Agregaduría" in header
    dates = [r[1] for r in rows[1:] if len(r) > 1]
    english = ("January", "February", "March", "April", "May", "June", "July", "August")
    assert any(d.startswith(english) and "," in d for d in dates)  # "March 14, 2022"
    assert any(" trim" in d for d in dates)
    text = raw.decode("utf-16")
    assert "8 U" in text
    assert "1324" in text
    assert "EE. UU." in text or "EEUU" in text


def test_quirks_in_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_file = truth.assign(tags=tags).groupby("source_file")["tags"].agg(";".join)
    assert "wkt" in by_file[f"{BK}.jsonl"]
    assert "iso2" in by_file[f"{BK}.jsonl"]
    assert "nautical_dm" in by_file[f"{DCIPF}.xlsx"]
    assert "demonym" in by_file[f"{JIRS}.csv"]
    assert "dms_ordinal_sign" in by_file[f"{CRE}.csv"]
    assert "demonym_plural" in by_file[f"{SGCPI}.csv"]
    # a count written "n/k", "NC", "s/d" ... keeps its record with no count
    placeholder = truth.loc[
        tags.str.contains("count_placeholder") & truth["expected_status"].ne("quarantine")
    ]
    assert placeholder["n_persons"].isna().all()
