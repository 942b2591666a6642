"""Examiner set ``blind273`` (files ``*_jo.*``): mining and quarrying bodies.

The set promises five bodies of the extractive sector, each writing its export its own
way (Spanish mining inspectors' workbook, DREAL quarry inspectors' cp1252 CSV, the
Mineral Products Association's UTF-8-with-BOM log, MSHA's pipe-delimited capitals, the
IndustriALL tracker's JSON lines), and a truth that says what a careful analyst reads
from each row. These tests check that promise; none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
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
from trendlib.samples._blind273 import SOURCES as AGENCIES
from trendlib.samples._blind273 import make_blind273
from trendlib.samples._truth import make_truth

VARIANT = "blind273"
SEED = 273
N_EVENTS = 1500
SMALL_SEED = 2731
SMALL_EVENTS = 400
SUFFIX = "_jo"
SOURCES = [a.source for a in AGENCIES]
ES, FR, UK, US, IAL = SOURCES
FIELDS = ("crime_type", "origin_country", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: DMS to the second, MSHA to four decimals


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


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind273(make_truth(seed=5, n_events=n_events), seed=5)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_every_source_plants_its_bad_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[tags_of(truth).str.contains("garbage_row")]
    # a total row in every file, an empty row in every CSV, a note where the body writes one
    assert garbage.groupby("source")["expected_reason"].apply(set).to_dict() == {
        ES: {"no_date", "no_content"},
        FR: {"no_date", "no_content", "empty_row"},
        UK: {"no_date", "no_content", "empty_row"},
        US: {"no_date", "empty_row"},
        IAL: {"no_date"},
    }


def test_second_reports_and_repeats(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {ES, FR, IAL}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {FR, UK}


# --------------------------------------------------------------------------------------
# Spain: Subdirección General de Minas (XLSX)
# --------------------------------------------------------------------------------------
def test_minas_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[ES], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    width = len(header)
    rows = [(*r, *(None,) * (width - len(r))) for r in sheet.iter_rows(values_only=True)]
    assert header[:3] == ("Nº expediente", "Fecha de la actuación", "Explotación / T.M.")
    dates = [r[1] for r in rows[1:]]
    # real Excel dates, dates typed as text, bare serials and the INE quarter
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, int) and 44_000 < d < 45_400 for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"20\d\dT[1-4]", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in dates)
    lats = [r[header.index("Latitud (ETRS89)")] for r in rows[1:]]
    lons = [r[header.index("Longitud (ETRS89)")] for r in rows[1:]]
    assert any(isinstance(v, str) and re.fullmatch(r"\d+º\d\d'\d\d\" N", v) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+º\d\d'\d\d\" O", v) for v in lons)
    crimes = {r[header.index("Tipo penal")] for r in rows[1:]}
    assert {"Art. 318 bis CP", "Art. 177 bis CP"} <= crimes
    ways = {r[header.index("Vía de entrada")] for r in rows[1:]}
    assert {"Cayuco", "Patera"} <= ways
    # the serial and the text date give the day, the quarter its first day
    es = _rows_of(truth, ES)
    serial = es.loc[es["messiness"].fillna("").str.contains("serial_date")]
    assert len(serial)
    assert set(serial["date_precision"]) == {"day"}


def test_minas_nationality_as_demonym(truth: pd.DataFrame) -> None:
    es = _rows_of(truth, ES)
    demonym = es.loc[tags_of(es).str.contains("demonym:nationality")]
    assert len(demonym) > 20
    assert demonym["nationality"].str.fullmatch(r"[A-Z]{3}").all()


# --------------------------------------------------------------------------------------
# France: DREAL Hauts-de-France (CSV cp1252 ";")
# --------------------------------------------------------------------------------------
def test_dreal_bytes(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date du constat;Commune;Pays;Qualification pénale;")
    assert "\r\n" in text
    assert "Ã" in text  # cells pasted from a UTF-8 tool
    assert "Angleterre" in text
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str)
    dated = frame["Date du constat"].dropna()
    day_first = dated.str.extract(r"^(\d\d)/(\d\d)/20\d\d$").dropna().astype(int)
    assert (day_first[0] > 12).any()
    assert (day_first[1] <= 12).all()
    assert dated.str.contains(r"^\d{1,2}(?:er)? [a-zéû]+ 20\d\d$").any()
    assert frame["Latitude"].dropna().str.fullmatch(r"5\d,\d{5}").all()
    assert frame["Nationalité"].isin(["afghane", "Afghane", "irakienne", "Irakienne"]).any()


def test_dreal_mojibake_expects_the_country(truth: pd.DataFrame) -> None:
    fr = _rows_of(truth, FR)
    garbled = fr.loc[tags_of(fr).str.contains(r"mojibake:(?:nationality|origin_country)")]
    assert len(garbled) > 0
    assert garbled[["nationality", "origin_country"]].notna().any(axis=1).all()


# --------------------------------------------------------------------------------------
# UK: Mineral Products Association (CSV UTF-8 with BOM ",")
# --------------------------------------------------------------------------------------
def test_mpa_bytes(paths: dict[str, Path]) -> None:
    raw = paths[UK].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths[UK], encoding="utf-8-sig", dtype=str)
    assert frame.columns[:3].tolist() == ["Incident no.", "Date of incident", "Country"]
    dates = frame["Date of incident"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert frame["Lat/Long"].dropna().str.fullmatch(r"-?\d+\.\d{6}, -?\d+\.\d{6}").all()
    assert frame["Route (transit)"].dropna().str.contains(" > ").any()
    assert frame["Country"].isin(["England", "Scotland"]).any()
    assert frame["Suspects"].isin(["nil", "None"]).any()


# --------------------------------------------------------------------------------------
# US: MSHA special investigations (pipe-delimited latin-1, capitals)
# --------------------------------------------------------------------------------------
def test_msha_bytes(paths: dict[str, Path]) -> None:
    raw = paths[US].read_bytes()
    text = raw.decode("latin-1")
    lines = text.splitlines()
    header = lines[0].split("|")
    assert header[:3] == ["SI_CASE_NO", "MINE_ID", "EVENT_DT"]
    assert all(h == h.upper() and " " not in h for h in header)
    assert all(line.count("|") == len(header) - 1 for line in lines if line)
    frame = pd.read_csv(io.StringIO(text), sep="|", dtype=str)
    body = frame.loc[frame["SI_CASE_NO"].str.startswith("SI-", na=False)]
    parts = body["EVENT_DT"].dropna().str.extract(r"^(\d\d)/(\d\d)/(\d{4})$").dropna()
    month, day = parts[0].astype(int), parts[1].astype(int)
    # month first: the second number runs past 12, the first never does in a real date
    assert (day > 12).any()
    assert ((month <= 12) | (day == 30) | (day == 31)).all()
    assert (body["TIP_TYPE"] == "NO VALUE FOUND").any()
    assert body["MINE_ID"].str.fullmatch(r"\d{7}").all()
    assert body["AGE_GROUP"].isin(["UAC"]).any() or (body["AGE_GROUP"] == "MINOR").any()
    words = body[["REFERRAL_TYPE", "SEX", "CITIZENSHIP"]].stack()
    assert (words == words.str.upper()).all()


# --------------------------------------------------------------------------------------
# IndustriALL tracker (JSON lines, compilation)
# --------------------------------------------------------------------------------------
def test_industriall_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[IAL].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"case_id", "incident_date", "country", "workers_affected"}
    dates = [r["incident_date"] for r in records if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    transits = [r["transit"] for r in records if r["transit"] is not None]
    assert transits
    assert all(isinstance(t, list) for t in transits)
    countries = {r["country"] for r in records}
    assert {"ITA", "GRC", "HRV", "POL", "PAN"} <= countries
    assert any(isinstance(c, str) and c.isdigit() for c in countries)  # UN M49
    assert any(r["lat"] == 0 and r["lon"] == 0 for r in records)
    ial = _rows_of(truth, IAL)
    placeholder = ial.loc[tags_of(ial).str.contains("coords_placeholder")]
    assert len(placeholder)
    assert placeholder[["lat", "lon"]].isna().all().all()


def test_compilation_reports_what_no_national_body_does(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    national = {ES: "ESP", FR: "FRA", UK: "GBR", US: "USA"}
    for source, country in national.items():
        seen = first.loc[first["source"] == source, "detection_country"].dropna()
        assert set(seen) == {country}, source
    compiled = first.loc[first["source"] == IAL, "detection_country"].dropna()
    assert not set(compiled) & set(national.values())
