"""The ``blind374`` examiner set (files ``*_nl.*``): what its files and truth promise.

Five agencies new to trendlib: Project Kraken (UK marinas and harbour masters), the
French marinas' federation FFPP, the Spanish marinas' federation FEAPDT, the Caribbean
Safety and Security Net (Panama) and the Santa Marta Group secretariat. These tests check
the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
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

from trendlib.samples import make_truth
from trendlib.samples._blind374 import SOURCES, make_blind374

VARIANT = "blind374"
SEED = 374
N_EVENTS = 1500
SMALL_SEED = 3741
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
KRAKEN, FFPP, FEAPDT, CSSN, SMG = NAMES
#: Fields every kept row gives exactly as the true event has them.
EXACT_FIELDS = (
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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_nl", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_nl", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind374(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_routing(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_country = first.groupby("detection_country")["source"].agg(set)
    assert by_country["GBR"] == {KRAKEN}
    assert by_country["FRA"] == {FFPP}
    assert by_country["ESP"] == {FEAPDT}
    assert by_country["PAN"] == {CSSN}
    for code in ("ITA", "GRC", "HRV", "POL", "USA"):
        assert by_country[code] == {SMG}, code
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) <= {KRAKEN, FFPP, SMG}


def test_bad_rows_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    assert bad[["event_date", "n_persons", "nationality", "lat"]].isna().all().all()


# --------------------------------------------------------------------------------------
# Project Kraken: UTF-8 with BOM, commas, UK words, day-first dates, one lat/long cell
# --------------------------------------------------------------------------------------
def test_kraken_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[KRAKEN].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv(paths[KRAKEN], "utf-8-sig", ",")
    assert list(rows[0])[:3] == ["Kraken Ref", "Date of Sighting", "Reporting Marina / Harbour"]
    assert "Position (Lat, Long)" in rows[0]
    dates = [r["Date of Sighting"] for r in rows]
    slashed = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    parsed = [datetime.strptime(d, "%d/%m/%Y") for d in slashed]  # day first, always
    assert any(p.day > 12 for p in parsed)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    activity = {r["Suspected Activity"] for r in rows}
    assert {"Organised immigration crime", "Modern slavery / human trafficking"} <= activity
    counts = {r["No. of Persons"] for r in rows}
    assert any(c.startswith("approx. ") for c in counts)
    positions = [r["Position (Lat, Long)"] for r in rows if r["Position (Lat, Long)"]]
    assert "0, 0" in positions
    assert all(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}|0, 0", p) for p in positions)
    # "0, 0" is a form's empty GPS box: no place expected
    ok = _rows(truth, KRAKEN)
    zero = ok["messiness"].fillna("").str.contains("coords_placeholder")
    assert zero.any()
    assert ok.loc[zero, ["lat", "lon"]].isna().all().all()


# --------------------------------------------------------------------------------------
# FFPP: cp1252, semicolons, CRLF, French words, decimal commas
# --------------------------------------------------------------------------------------
def test_ffpp_bytes(paths: dict[str, Path]) -> None:
    raw = paths[FFPP].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert raw.count(b"\r\n") == raw.count(b"\n")
    rows = _csv(paths[FFPP], "cp1252", ";")
    assert list(rows[0])[:3] == ["N° fiche", "Date du constat", "Capitainerie"]
    dates = [r["Date du constat"] for r in rows]
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert any(re.fullmatch(rf"({months}) \d{{4}}", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    lats = [r["Latitude"] for r in rows if r["Latitude"]]
    assert lats
    assert all(re.fullmatch(r"\d+,\d{5}", v) for v in lats)
    smuggling = [r["Forme d'exploitation"] for r in rows if "passage" in r["Nature des faits"]]
    assert "Sans objet" in smuggling
    assert any(r["Infractions connexes"] == "Néant" for r in rows)


# --------------------------------------------------------------------------------------
# FEAPDT: XLSX with real dates, serials, typed text and a mis-decoded batch
# --------------------------------------------------------------------------------------
def test_feapdt_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths[FEAPDT], read_only=True)
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header[:3] == ["Nº registro", "Fecha incidencia", "Puerto deportivo"]
    dates = [row[1] for row in values[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 .. 2023-12-31
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[1-4]T \d{4}", d) for d in texts)
    cells = [v for row in values[1:] for v in row if isinstance(v, str)]
    assert any("EspaÃ±a" in v or "TrÃ¡fico" in v for v in cells)
    ok = _rows(truth, FEAPDT)
    garbled = ok["messiness"].fillna("").str.contains("mojibake")
    assert garbled.any()
    # a garbled row still expects the clean values
    assert ok.loc[garbled & ok["expected_status"].eq("record"), "crime_type"].notna().all()


# --------------------------------------------------------------------------------------
# CSSN: UTF-16 tab-delimited text, month-first dates, degrees and decimal minutes
# --------------------------------------------------------------------------------------
def test_cssn_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CSSN].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    rows = _csv(paths[CSSN], "utf-16", "\t")
    assert list(rows[0])[:4] == ["Report #", "Date", "Location", "Incident Type"]
    dates = [r["Date"] for r in rows]
    slashed = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    parsed = [datetime.strptime(d, "%m/%d/%Y") for d in slashed]  # month first, always
    assert any(p.day > 12 for p in parsed)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", d) for d in dates)
    pattern = re.compile(r"(\d\d)°(\d\d\.\d\d)'([NS]) (\d{3})°(\d\d\.\d\d)'([EW])")
    ok = _rows(truth, CSSN)
    by_ref = {r["Report #"]: r for r in rows}
    checked = 0
    for row in ok.loc[ok["lat"].notna()].itertuples():
        match = pattern.fullmatch(by_ref[row.source_ref]["Position"])
        assert match is not None
        lat = int(match[1]) + float(match[2]) / 60
        lon = -(int(match[4]) + float(match[5]) / 60)
        assert abs(lat - float(row.lat)) < 1e-9
        assert abs(lon - float(row.lon)) < 1e-9
        checked += 1
    assert checked > 100
    assert any(r["# Persons"] in ("two", "three", "four", "five") for r in rows)


# --------------------------------------------------------------------------------------
# Santa Marta Group: JSON lines, ISO codes, partial dates, lists of linked crimes
# --------------------------------------------------------------------------------------
def test_smg_lines(paths: dict[str, Path]) -> None:
    lines = paths[SMG].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(set(r) >= {"case_ref", "date_detected", "country_detected"} for r in records)
    dates = [r["date_detected"] for r in records if r["date_detected"]]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    events = [r for r in records if r["case_ref"] != "TOTAL"]
    assert all(isinstance(r["linked_crimes"], list) for r in events)
    codes = [r["citizenship"] for r in events if r["citizenship"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", c)) for c in codes) > 0.7 * len(codes)
    assert any(re.fullmatch(r"\d{3}", c) for c in codes)
    assert any(r["offence_category"] == "Alien smuggling" for r in events)
