"""The examiner's ``blind30`` sample set (files ``*_af.*``): files and truth only.

These tests check that the files are written as the module's reader's guide says
(languages, formats, encodings, delimiters, characteristic quirks) and that the truth
describes every row; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import datetime
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
from trendlib.samples import make_truth
from trendlib.samples._blind30 import BLIND30_SOURCES, make_blind30

VARIANT = "blind30"
SEED = 30
N_EVENTS = 1500
SMALL_SEED = 201
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND30_SOURCES)
DIJ, TXDPS, JIC, APDHA, UNHCR = SOURCES
#: Fields every kept row reports exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Largest distance (degrees) between a written point and the true one.
TOLERANCE = 0.01


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _by_row(truth: pd.DataFrame, source: str) -> dict[int, pd.Series]:
    rows = _rows(truth, source)
    return {int(r["source_row"]): r for _, r in rows.iterrows()}


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_af", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_af", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_and_bad_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() > 40, source
        assert rows["messiness"].fillna("").str.contains("bad_row|garbage_row").any(), source


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_sources_cover_languages_formats_and_encodings() -> None:
    assert {s.language for s in BLIND30_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND30_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND30_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    assert all(s.filename.rsplit(".", 1)[0] == s.source for s in BLIND30_SOURCES)
    subs = make_blind30(make_truth(seed=3, n_events=200), seed=3)
    assert [s.language for s in subs] == [s.language for s in BLIND30_SOURCES]
    assert [s.encoding for s in subs] == [s.encoding for s in BLIND30_SOURCES]


def test_txdps_is_plain_utf8_comma_english(paths: dict[str, Path]) -> None:
    raw = paths[TXDPS].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")  # strict
    rows = _csv(paths[TXDPS], "utf-8", ",")
    assert rows[0][1] == "Offense Date (MM/DD/YYYY)"
    assert all(len(r) in (0, len(rows[0])) for r in rows)
    text = raw.decode("utf-8")
    assert "PC 20.05" in text or "PC §20.05" in text


def test_jic_is_cp1252_semicolon_bilingual(paths: dict[str, Path]) -> None:
    raw = paths[JIC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _csv(paths[JIC], "cp1252", ";")
    header = rows[0]
    assert header[1] == "Date des faits / Date of event"
    assert sum(" / " in h for h in header) >= 10  # French / English headers
    assert all(len(r) == len(header) for r in rows if r)


def test_apdha_is_utf16_tab_spanish(paths: dict[str, Path]) -> None:
    raw = paths[APDHA].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its BOM
    rows = _csv(paths[APDHA], "utf-16", "\t")
    assert rows[0][:3] == ["Cód.", "Fecha", "Tipo penal"]
    assert all(len(r) == len(rows[0]) for r in rows if r)


def test_dij_is_spanish_workbook(paths: dict[str, Path]) -> None:
    assert zipfile.is_zipfile(paths[DIJ])
    sheet = openpyxl.load_workbook(paths[DIJ], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    assert header[:3] == ("N° de Expediente", "Fecha del Hecho", "Delito (C.P.)")


def test_unhcr_is_kobo_jsonl(paths: dict[str, Path]) -> None:
    lines = paths[UNHCR].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(k.startswith("grp_") and "/" in k for r in records for k in r)
    assert records[-1]["grp_meta/case_id"] == "TOTAL"


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_txdps_dates_are_month_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _csv(paths[TXDPS], "utf-8", ",")
    want = _by_row(truth, TXDPS)
    seen_late_day = False
    for number, row in enumerate(rows[1:], start=2):
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", row[1] if row else "")
        exp = want[number]
        if m is None or exp["expected_status"] == "quarantine":
            continue
        month, day, year = (int(g) for g in m.groups())
        assert month <= 12
        seen_late_day |= day > 12
        assert exp["event_date"] == f"{year}-{month:02d}-{day:02d}"
    assert seen_late_day
    text = paths[TXDPS].read_text(encoding="utf-8")
    assert re.search(r",Q[1-4] (CY)?20\d\d,", text)
    assert re.search(r",\d+\.\d+ W,", text)  # a longitude with its hemisphere letter


def test_jic_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths[JIC].read_bytes().decode("cp1252")
    assert "L622-1 CESEDA" in text
    assert "L823-1 CESEDA" in text
    assert "Ã" in text  # UTF-8 pasted into the cp1252 file
    assert (tags_of(_rows(truth, JIC)).str.contains("mojibake")).any()
    # degrees and decimal minutes with a decimal comma, read back as the truth says
    want = _by_row(truth, JIC)
    pattern = r"(\d{2})°(\d{2},\d)'([NS]) (\d{3})°(\d{2},\d)'([EW])"
    checked = 0
    for number, row in enumerate(_csv(paths[JIC], "cp1252", ";")[1:], start=2):
        m = re.fullmatch(pattern, row[14] if row else "")
        if m is None or want[number]["expected_status"] == "quarantine":
            continue
        lat = int(m[1]) + float(m[2].replace(",", ".")) / 60
        lon = int(m[4]) + float(m[5].replace(",", ".")) / 60
        lat, lon = (-lat if m[3] == "S" else lat), (-lon if m[6] == "W" else lon)
        assert abs(float(want[number]["lat"]) - lat) < 1e-6
        assert abs(float(want[number]["lon"]) - lon) < 1e-6
        checked += 1
    assert checked > 5


def test_apdha_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _csv(paths[APDHA], "utf-16", "\t")
    header = rows[0]
    lat_col, lon_col = header.index("Latitud"), header.index("Longitud")
    want = _by_row(truth, APDHA)
    comma = dms = 0
    for number, row in enumerate(rows[1:], start=2):
        if not row or want[number]["expected_status"] == "quarantine":
            continue
        lat_cell, lon_cell = row[lat_col], row[lon_col]
        if re.fullmatch(r"\d+,\d{5}", lat_cell):
            assert float(lat_cell.replace(",", ".")) == pytest.approx(float(want[number]["lat"]))
            assert float(lon_cell.replace(",", ".")) == pytest.approx(float(want[number]["lon"]))
            comma += 1
        m = re.fullmatch(r"(\d+)º (\d+)' (\d+)'' ([EWO])", lon_cell)
        if m is not None:
            lon = int(m[1]) + int(m[2]) / 60 + int(m[3]) / 3600
            lon = -lon if m[4] in "WO" else lon
            assert abs(float(want[number]["lon"]) - lon) < 1e-6
            dms += 1
    assert comma > 50
    assert dms > 20
    text = paths[APDHA].read_bytes().decode("utf-16")
    assert "318 bis" in text
    assert re.search(r"\t20\d\dT[1-4]\t|\t[1-4]T 20\d\d\t|trimestre 20\d\d", text)
    assert re.search(r"\t(Patera|Cayuco|Neumática)\t", text)


def test_dij_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths[DIJ], read_only=True).active
    assert sheet is not None
    want = _by_row(truth, DIJ)
    kinds: set[str] = set()
    for number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cell, exp = row[1], want[number]
        if exp["expected_status"] == "quarantine" or cell is None:
            continue
        if isinstance(cell, datetime):
            kinds.add("datetime")
            assert exp["event_date"] == cell.strftime("%Y-%m-%d")
        elif isinstance(cell, int | float):  # a bare Excel serial
            kinds.add("serial")
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(cell))
            assert exp["event_date"] == day.strftime("%Y-%m-%d")
        else:
            kinds.add("text")
    assert kinds == {"datetime", "serial", "text"}
    tags = tags_of(_rows(truth, DIJ))
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("coords_dms").any()


def test_unhcr_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[UNHCR].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    want = _by_row(truth, UNHCR)
    geopoints = 0
    for number, rec in enumerate(records, start=1):
        gps = rec.get("grp_location/gps")
        if gps is None or want[number]["expected_status"] == "quarantine":
            continue
        m = re.fullmatch(r"(-?\d+\.\d+) (-?\d+\.\d+) [\d.]+ [\d.]+", gps)
        assert m is not None, gps
        assert float(m[1]) == pytest.approx(float(want[number]["lat"]), abs=1e-9)
        assert float(m[2]) == pytest.approx(float(want[number]["lon"]), abs=1e-9)
        geopoints += 1
    assert geopoints > 500
    text = paths[UNHCR].read_text(encoding="utf-8")
    assert re.search(r"T\d\d:\d\d:00\.000[+-]\d\d:\d\d", text)  # Kobo date-times
    assert "Syrian Arab Republic" in text or "T\\u00fcrkiye" in text or "Türkiye" in text
