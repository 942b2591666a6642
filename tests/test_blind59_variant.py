"""Examiner set ``blind59``: five regional and international bodies (files ``*_bi.*``).

These tests check the files and their ground truth only; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import datetime
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
from trendlib.samples._blind59 import BLIND59_SOURCES

SEED = 59
N_EVENTS = 1500
SMALL_SEED = 591
SMALL_EVENTS = 400
VARIANT = "blind59"
SOURCES = [s.source for s in BLIND59_SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
SSV = "interpol_ssv_bi"
MED = "dialogue5p5_bi"
SALZ = "salzburg_forum_bi"
EUBAM = "eubam_libya_bi"
JLT = "emsc_jltms_bi"
_MON = {m: i + 1 for i, m in enumerate(("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC").split())}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    """Rows of a CSV file keyed by header, as ``source_row`` (2 = first data row) order."""
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def _file_truth(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    out = truth.loc[truth["source_file"] == name].copy()
    out["source_row"] = out["source_row"].astype(int)
    return out.set_index("source_row")


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bi", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_bi", n_events=SMALL_EVENTS)
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.001)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_formats_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    ssv = paths[SSV].read_bytes()
    assert ssv[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM
    header = ssv.decode("utf-16").splitlines()[0]
    assert header.count("\t") == 16
    assert "Fecha del hecho / Date of event" in header

    med = paths[MED].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        med.decode("utf-8")
    med_text = med.decode("cp1252")
    assert med_text.splitlines()[0].startswith("N° fiche;Date constat.;")
    assert b"\r\n" in med

    eubam = paths[EUBAM].read_bytes()
    assert not eubam.startswith(b"\xef\xbb\xbf")
    eubam_header = eubam.decode("utf-8").splitlines()[0]
    assert eubam_header.count("|") == 16
    assert eubam_header.startswith("Incident ID|Date (DD-MMM-YYYY)|")

    assert zipfile.is_zipfile(paths[SALZ])
    sheet = load_workbook(paths[SALZ], read_only=True).active
    first = next(sheet.iter_rows(max_row=1, values_only=True))
    assert first[:3] == ("Case no.", "Date of apprehension", "Reporting MS")

    lines = paths[JLT].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert {"case_ref", "incident_date", "location_wkt"} <= set(records[0])


def test_languages(paths: dict[str, Path]) -> None:
    ssv = paths[SSV].read_bytes().decode("utf-16")
    assert re.search(r"\tTrata de personas", ssv)
    assert re.search(r"\t(venezolana|VENEZOLANA|Venezolana|venezolano)\t", ssv)
    med = paths[MED].read_bytes().decode("cp1252")
    assert "Traite des êtres humains" in med
    assert re.search(r";(marocain|marocaine|MAROCAIN|Marocain|Marocaine|MAROCAINE);", med)
    eubam = paths[EUBAM].read_text(encoding="utf-8")
    assert "|Smuggling of migrants" in eubam
    assert "|Tunisian|" in eubam


def test_sources_report_the_countries_they_claim(
    truth: pd.DataFrame, paths: dict[str, Path]
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_file = pd.Series(det, index=first["source_file"].to_numpy())
    assert set(by_file[f"{SSV}.csv"]) == {"PAN", "USA"}
    assert set(by_file[f"{MED}.csv"]) == {"ESP", "FRA"}
    assert set(by_file[f"{SALZ}.xlsx"]) == {"HRV", "POL"}
    assert set(by_file[f"{EUBAM}.csv"]) == {"ITA"}
    assert set(by_file[f"{JLT}.jsonl"]) == {"GBR", "GRC"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {f"{MED}.csv", f"{JLT}.jsonl"}


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes and in the truth
# --------------------------------------------------------------------------------------
def _ddm_o(text: str) -> tuple[float, float]:
    m = re.fullmatch(r"([NS]) (\d+)° (\d+\.\d+)' ([EO]) (\d+)° (\d+\.\d+)'", text)
    assert m, text
    lat = (int(m[2]) + float(m[3]) / 60) * (1 if m[1] == "N" else -1)
    lon = (int(m[5]) + float(m[6]) / 60) * (1 if m[4] == "E" else -1)
    return lat, lon


def test_interpol_west_as_oeste_and_spanish_dates(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    rows = _rows(paths[SSV], "utf-16", "\t")
    exp = _file_truth(truth, f"{SSV}.csv")
    coord_col = "Coordenadas (lat, long) / Coordinates"
    date_col = "Fecha del hecho / Date of event"
    n_ddm = 0
    n_mdy = 0
    for i, row in enumerate(rows, start=2):
        cell = row[coord_col]
        if re.search(r"' O \d", cell) and exp.loc[i, "expected_status"] != "quarantine":
            lat, lon = _ddm_o(cell)
            assert abs(lat - float(exp.loc[i, "lat"])) < 1e-6
            assert abs(lon - float(exp.loc[i, "lon"])) < 1e-6
            assert lon < 0
            n_ddm += 1
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", row[date_col])
        if m and int(m[2]) > 12 and exp.loc[i, "expected_status"] != "quarantine":
            # month-first (US NCB) only when the day cannot be a month
            assert exp.loc[i, "event_date"] == f"{m[3]}-{m[1]}-{m[2]}"
            n_mdy += 1
    assert n_ddm > 10
    assert n_mdy > 0
    text = paths[SSV].read_bytes().decode("utf-16")
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t(I|II|III|IV) trim\. 20\d\d\t", text)
    assert re.search(r"\t\d{1,3}(,\d{3})+\t", text)  # comma thousands


def test_dialogue_decimal_commas_and_ceseda_recoding(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    rows = _rows(paths[MED], "cp1252", ";")
    exp = _file_truth(truth, f"{MED}.csv")
    n_comma = 0
    for i, row in enumerate(rows, start=2):
        if exp.loc[i, "expected_status"] == "quarantine":
            continue
        if re.fullmatch(r"-?\d+,\d{4,5}", row["Lat. (°)"] or ""):
            assert abs(float(row["Lat. (°)"].replace(",", ".")) - float(exp.loc[i, "lat"])) < 1e-9
            assert abs(float(row["Long. (°)"].replace(",", ".")) - float(exp.loc[i, "lon"])) < 1e-9
            n_comma += 1
        qual = row["Qualification pénale"]
        if "CESEDA" in qual:
            day = pd.Timestamp(exp.loc[i, "event_date"])
            assert ("L.622-1" in qual) == (day < pd.Timestamp("2021-05-01")), (qual, day)
    assert n_comma > 50
    raw = paths[MED].read_bytes()
    assert b"n\xe9ant" in raw or b"N\xe9ant" in raw  # néant in cp1252
    assert re.search(rb"\d\xb0\d\d'\d\d\"\" O\"", raw)  # DMS with O (ouest), CSV-quoted
    assert re.search(rb";\d{1,3}[ \xa0]\d{3};", raw)  # space / no-break-space thousands


def test_eubam_dtg_and_navy_positions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(paths[EUBAM], "utf-8", "|")
    exp = _file_truth(truth, f"{EUBAM}.csv")
    n_dtg = n_navy = 0
    for i, row in enumerate(rows, start=2):
        m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)Z([A-Z]{3})(\d\d)", row["Date (DD-MMM-YYYY)"])
        if m and exp.loc[i, "expected_status"] != "quarantine":
            want = f"20{m[5]}-{_MON[m[4]]:02d}-{m[1]}"
            assert exp.loc[i, "event_date"] == want
            n_dtg += 1
        p = re.fullmatch(
            r"(\d\d) (\d\d\.\d\d)([NS]) (\d{3}) (\d\d\.\d\d)([EW])", row["Position (lat/long)"]
        )
        if p and exp.loc[i, "expected_status"] != "quarantine":
            lat = int(p[1]) + float(p[2]) / 60
            lon = (int(p[4]) + float(p[5]) / 60) * (1 if p[6] == "E" else -1)
            assert abs(lat - float(exp.loc[i, "lat"])) < 1e-6
            assert abs(lon - float(exp.loc[i, "lon"])) < 1e-6
            n_navy += 1
    assert n_dtg > 5
    assert n_navy > 20
    text = paths[EUBAM].read_text(encoding="utf-8")
    assert re.search(r"\|\d+ POB\|", text)
    assert re.search(r"\|(Zuwara|Sabratha|Zawiya|Tobruk|Benghazi|Garabulli|Sfax|Mahdia)", text)


def test_salzburg_excel_dates_serials_and_eu_codes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    sheet = load_workbook(paths[SALZ], read_only=True).active
    exp = _file_truth(truth, f"{SALZ}.xlsx")
    kinds: set[str] = set()
    for i, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cell = row[1]
        if exp.loc[i, "expected_status"] == "quarantine" or cell is None:
            continue
        if isinstance(cell, datetime):
            kinds.add("date")
            assert cell.strftime("%Y-%m-%d") == exp.loc[i, "event_date"]
        elif isinstance(cell, int):
            kinds.add("serial")
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
            assert day.strftime("%Y-%m-%d") == exp.loc[i, "event_date"]
    assert kinds == {"date", "serial"}
    reporting = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True) if len(row) > 2}
    assert "EL" in reporting  # Greece by its EU code
    tags = tags_of(truth)
    assert tags[truth["source_file"] == f"{SALZ}.xlsx"].str.contains("legal_article").any()


def test_jsonl_wkt_points_and_partial_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[JLT].read_text(encoding="utf-8").splitlines()
    exp = _file_truth(truth, f"{JLT}.jsonl")
    n_point = 0
    for i, line in enumerate(lines, start=1):
        rec = json.loads(line)
        if exp.loc[i, "expected_status"] == "quarantine":
            continue
        wkt = rec.get("location_wkt")
        m = re.fullmatch(r"POINT \((-?\d+\.\d+) (-?\d+\.\d+)\)", wkt or "")
        if m:  # longitude first
            assert abs(float(m[1]) - float(exp.loc[i, "lon"])) < 1e-9
            assert abs(float(m[2]) - float(exp.loc[i, "lat"])) < 1e-9
            n_point += 1
        if wkt == "POINT EMPTY":
            assert pd.isna(exp.loc[i, "lat"])
        date = rec.get("incident_date")
        if isinstance(date, str) and re.fullmatch(r"\d{4}-Q\d", date):
            assert exp.loc[i, "date_precision"] == "quarter"
    assert n_point > 200
    codes = {json.loads(line).get("reporting_country") for line in lines}
    assert {"EL", "UK"} <= codes


def test_tags_cover_the_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    joined = ";".join(tags.dropna())
    for tag in (
        "partial_month",
        "partial_quarter",
        "date_dtg",
        "date_serial",
        "date_mdy",
        "coords_wkt",
        "coords_ddm",
        "coords_navy",
        "coords_dms",
        "eu_code",
        "legal_article",
        "thousands_sep",
        "count_breakdown",
        "zero_word",
        "mojibake",
        "na_word",
        "exploitation_na",
        "departure_point",
    ):
        assert tag in joined, tag
    quarter = tags.str.contains("partial_quarter") & truth["expected_status"].ne("quarantine")
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
