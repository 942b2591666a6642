"""The examiner set ``blind375`` (files ``*_nm.*``): five sports-ground security bodies.

These tests check what the set promises (its files, its truth and each agency's habits
in the bytes); none of them cleans or scores.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind375 import SOURCES, make_blind375

VARIANT = "blind375"
SEED = 375
N_EVENTS = 1500
SMALL_SEED = 3751
SMALL_EVENTS = 400
SUFFIX = "_nm"
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_truth(small: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_reports_of_events(small, small_truth, FIELDS)
    check_expected_values(small, small_truth, FIELDS, tolerance=1e-4)
    check_placeholder_counts(small_truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_read_loses_no_row(small, NAMES, small_truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind375(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_exact_repeats_in_resent_files(truth: pd.DataFrame) -> None:
    rep = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(rep["source"]) == {"sdf_surete", "pandeportes_rommel"}
    assert rep.groupby("source").size().min() >= 3


def test_fifa_compiles_what_no_body_reports(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(det, index=first["source"].to_numpy())
    assert set(by_source.loc["fifa_safety_security"]) == {"ITA", "GRC", "HRV", "POL", "USA"}
    assert set(by_source.loc["sgsa_ground_safety"]) == {"GBR"}
    assert set(by_source.loc["sdf_surete"]) == {"FRA"}
    assert set(by_source.loc["laliga_seguridad"]) == {"ESP"}
    assert set(by_source.loc["pandeportes_rommel"]) == {"PAN"}


# --------------------------------------------------------------------------------------
# Sports Grounds Safety Authority: UTF-8 with BOM, comma, UK day-first dates
# --------------------------------------------------------------------------------------
def test_sgsa_bytes(paths: dict[str, Path]) -> None:
    raw = paths["sgsa_ground_safety"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("SGSA ref,Date identified,Concern category,")
    assert "Lat/Long" in header
    assert "Suspected facilitators" in header
    assert re.search(r"\nSGSA/\d{4}/\d{4},\d{2}/\d{2}/\d{4},", text)
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{4},",
        text,
    )
    assert re.search(r",\d{2}-[A-Z][a-z]{2}-\d{2},", text)
    assert re.search(r",Q[1-4] 20\d\d,", text)
    assert re.search(r'"\d{2}\.\d{5}, -?\d{1,2}\.\d{5}"', text)
    assert " > " in text
    for word in ("Organised immigration crime", "Afghan", "Iraqi", "n/k"):
        assert word in text, word


# --------------------------------------------------------------------------------------
# Stade de France sûreté: cp1252, semicolon, CRLF, decimal commas, mojibake
# --------------------------------------------------------------------------------------
def test_sdf_bytes(paths: dict[str, Path]) -> None:
    raw = paths["sdf_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.startswith("N° MC;Date des faits;Nature de l'affaire;")
    assert "Pays de constatation" in header
    assert "Nombre de mis en cause" in header
    assert re.search(r";\d{2}/\d{2}/20\d\d;", text)
    assert re.search(r";\d{2}/\d{2}/\d\d;", text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    assert re.search(rf";(T[1-4]|{months}|décembre) 20\d\d;", text)
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)
    assert "Ã" in text  # rows keyed in through a UTF-8 form
    for word in ("Aide à l'entrée irrégulière", "aucun", "NC", "Total général"):
        assert word in text, word


def test_sdf_mojibake_rows_expect_clean_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(truth, "sdf_surete")
    garbled = rows.loc[tags_of(rows).str.contains("mojibake")]
    assert len(garbled) > 0
    assert garbled["nationality"].dropna().str.fullmatch(r"[A-Z]{3}").all()
    lines = _text(paths["sdf_surete"], "cp1252").split("\r\n")
    rows_with_mojibake = {i + 1 for i, line in enumerate(lines) if "Ã" in line}
    assert set(garbled["source_row"].astype(int)) <= rows_with_mojibake


# --------------------------------------------------------------------------------------
# LaLiga: a workbook with real Excel dates and typed ones
# --------------------------------------------------------------------------------------
def test_laliga_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["laliga_seguridad"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(c) for c in rows[0]]
    assert header[:3] == ["Nº expediente", "Fecha del hecho", "Tipología delictiva"]
    assert "Nº investigados" in header
    assert "Latitud" in header
    dates = [r[1] for r in rows[1:]]
    real = [d for d in dates if isinstance(d, dt.datetime)]
    typed = [d for d in dates if isinstance(d, str)]
    assert len(real) > len(typed) > 0
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"\d{2}-\d{2}-20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[1-4]T 20\d\d", d) for d in typed)
    sexes = {r[header.index("Sexo")] for r in rows[1:]}
    assert {"H", "M", "Hombre", "Mujer"} <= sexes
    persons = [r[header.index("Nº personas")] for r in rows[1:]]
    assert sum(isinstance(p, int) for p in persons) > 0.9 * len(persons)


def test_laliga_sex_letters_read_as_spanish(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    frame = pd.read_excel(paths["laliga_seguridad"], dtype=object)
    rows = _rows(truth, "laliga_seguridad").reset_index(drop=True)
    sex = frame["Sexo"].iloc[rows["source_row"].astype(int) - 2].reset_index(drop=True)
    kept = rows["expected_status"] != "quarantine"
    assert (rows.loc[kept & (sex == "M"), "gender"] == "female").all()
    assert (rows.loc[kept & (sex == "H"), "gender"] == "male").all()


# --------------------------------------------------------------------------------------
# Estadio Rommel Fernández: Excel "Unicode text" (UTF-16, tab), serials, DMS
# --------------------------------------------------------------------------------------
def test_pandeportes_bytes(paths: dict[str, Path]) -> None:
    raw = paths["pandeportes_rommel"].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["No. de informe", "Fecha", "Delito"]
    assert "Coordenadas" in header
    assert re.search(
        r"\tERF-\d{3}-20\d\d\t\d{1,2}/\d{1,2}/20\d\d\t|\nERF-\d{3}-20\d\d\t"
        r"\d{1,2}/\d{1,2}/20\d\d\t",
        text,
    )
    assert re.search(r"\nERF-\d{3}-20\d\d\t4[45]\d{3}\t", text)
    assert re.search(r"\t(I|II|III|IV) trimestre 20\d\d\t", text)
    assert re.search(r"\d°\d{2}'\d{2}\.\d\"\"N 7\d°\d{2}'\d{2}\.\d\"\"W", text)
    for word in ("NNA", "VENEZUELA", "Ninguno", "S/D", "TOTAL GENERAL"):
        assert word in text, word


def test_pandeportes_serials_expect_their_day(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(
        paths["pandeportes_rommel"], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False
    )
    rows = _rows(truth, "pandeportes_rommel").reset_index(drop=True)
    frame = frame.iloc[rows["source_row"].astype(int) - 2].reset_index(drop=True)
    serial = frame["Fecha"].str.fullmatch(r"4\d{4}") & (rows["expected_status"] != "quarantine")
    assert serial.sum() > 0
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(frame.loc[serial, "Fecha"].astype(int), "D")
    assert (day.dt.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"]).all()


# --------------------------------------------------------------------------------------
# FIFA Safety & Security: JSON lines, ISO and FIFA codes, ISO dates
# --------------------------------------------------------------------------------------
def test_fifa_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["fifa_safety_security"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "fifa_safety_security"))
    assert list(recs[0])[:3] == ["case_no", "incident_date", "category"]
    dates = {str(r["incident_date"]) for r in recs}
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    countries = {str(r["incident_country"]) for r in recs}
    assert {"GRE", "CRO"} & countries
    assert {"GRC", "HRV"} & countries
    assert any(isinstance(r["persons_involved"], int) for r in recs)


def test_fifa_codes_expect_iso(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["fifa_safety_security"].read_text(encoding="utf-8").splitlines()
    recs = pd.DataFrame([json.loads(line) for line in lines])
    rows = _rows(truth, "fifa_safety_security").reset_index(drop=True)
    recs = recs.iloc[rows["source_row"].astype(int) - 1].reset_index(drop=True)
    kept = rows["expected_status"] != "quarantine"
    fifa_iso = {"GRE": "GRC", "CRO": "HRV", "GER": "DEU", "ALG": "DZA", "BAN": "BGD"}
    for col, exp_col in (
        ("incident_country", "detection_country"),
        ("destination", "destination_country"),
    ):
        for code, iso in fifa_iso.items():
            hit = kept & (recs[col] == code)
            assert (rows.loc[hit, exp_col] == iso).all(), (col, code)
    assert tags_of(rows).str.contains("fifa_code").sum() > 20


# --------------------------------------------------------------------------------------
# Habits across the set
# --------------------------------------------------------------------------------------
def test_planted_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "demonym",
        "typo",
        "alias",
        "iso2",
        "iso3",
        "upper",
        "no_accent",
        "month_only",
        "quarter_only",
        "date_excel",
        "date_serial",
        "date_long",
        "date_dmony",
        "coords_dms",
        "decimal_comma",
        "coords_pair",
        "count_word",
        "zero_word",
        "na_word",
        "blank_gender",
        "transit_list",
    ):
        assert tags.str.contains(tag).any(), tag


def test_demonyms_expect_the_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(
        paths["sgsa_ground_safety"], encoding="utf-8-sig", dtype=str, keep_default_na=False
    )
    rows = _rows(truth, "sgsa_ground_safety").reset_index(drop=True)
    frame = frame.iloc[rows["source_row"].astype(int) - 2].reset_index(drop=True)
    kept = rows["expected_status"] != "quarantine"
    for word, iso in (("Afghan", "AFG"), ("Iraqi", "IRQ"), ("Vietnamese", "VNM")):
        hit = kept & (frame["Nationality"] == word)
        assert (rows.loc[hit, "nationality"] == iso).all(), word


def test_partial_dates_only_outside_duplicate_pairs(truth: pd.DataFrame) -> None:
    partial = truth["date_precision"].isin(["month", "quarter"])
    events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert not (partial & truth["event_id"].isin(events)).any()
    assert partial.sum() > 0
