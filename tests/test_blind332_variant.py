"""The examiner set ``blind332`` (postal and courier security teams, files ``*_lv.*``).

These tests check what the set promises (files, truth, each agency's habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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

VARIANT = "blind332"
SEED = 332
N_EVENTS = 1500
SMALL_SEED = 3321
SMALL_EVENTS = 400
SOURCES = (
    "dhl_express_uk",
    "chronopost_surete",
    "seur_seguridad",
    "cotel_panama",
    "fedex_security",
)
#: Fields every kept row gives exactly as the event (no agency leaves them out).
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_lv", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_lv", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_every_source_has_event_rows(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] == "record"]
    for src in SOURCES:
        assert (kept["source_file"] == paths[src].name).sum() > 0, src


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_repeats_are_in_the_resent_files(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {paths["dhl_express_uk"].name, paths["seur_seguridad"].name}


def test_planted_habits_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for habit in (
        "country_demonym",
        "country_iso2",
        "country_iso3",
        "country_mojibake",
        "country_alias",
        "country_typo",
        "country_noaccent",
        "date_serial",
        "date_excel",
        "date_d_month_y",
        "date_quarter_iso",
        "thousands_sep",
        "coords_missing",
        "zero_word",
        "na_word",
        "blank_gender",
    ):
        assert tags.str.contains(habit).any(), habit


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_dhl_uk_csv(paths: dict[str, Path]) -> None:
    raw = paths["dhl_express_uk"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Case Ref,Date of Detection,Crime Category")
    assert "Latitude" not in header
    assert "Coordinates" not in header
    frame = pd.read_csv(paths["dhl_express_uk"], encoding="utf-8-sig", dtype=str)
    words = set(frame["Crime Category"].dropna().str.strip().str.lower())
    assert {"organised immigration crime", "modern slavery"} <= words
    assert frame["Nationality"].isin(["Afghan", "Iraqi", "Iranian", "Vietnamese"]).any()
    assert frame["Transit Countries"].str.contains(" > ", regex=False).any()
    assert frame["Date of Detection"].str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert frame["Date of Detection"].str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert (frame["Persons Involved"] == "TBC").any() or (
        frame["Suspects Identified"] == "TBC"
    ).any()
    assert frame["Suspects Identified"].isin(["Nil", "None"]).any()


def test_chronopost_csv(paths: dict[str, Path]) -> None:
    raw = paths["chronopost_surete"].read_bytes()
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("N° signalement;Date du constat;Qualification")
    frame = pd.read_csv(paths["chronopost_surete"], sep=";", encoding="cp1252", dtype=str)
    assert frame["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{5}").any()
    assert frame["Date du constat"].str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert "Ã" in text  # a few names pasted from a UTF-8 tool
    assert frame["Pays du constat"].isin(["FRANCE", "France", "FRA"]).any()
    assert frame["Pays de transit"].str.contains(" / ", regex=False).any()
    assert frame["Nb mis en cause"].isin(["néant", "aucun"]).any()
    assert frame["Type d'exploitation"].isin(["Sans objet", "S.O."]).any()


def test_seur_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["seur_seguridad"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº Expediente", "Fecha detección", "Tipología")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha detección"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/20\d\d", d) for d in dates)
    counts = [r[col["Nº personas"]] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    coords = [r[col["Coordenadas"]] for r in rows[1:] if r[col["Coordenadas"]]]
    assert all(re.fullmatch(r"-?\d+\.\d{6}, -?\d+\.\d{6}", c) for c in coords)
    sexes = {r[col["Sexo"]] for r in rows[1:]}
    assert {"H", "M"} & sexes
    crimes = {str(r[col["Tipología"]]).strip() for r in rows[1:]}
    assert "318 bis CP" in crimes


def test_cotel_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["cotel_panama"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == [
        "No. de Caso",
        "Fecha del hecho",
        "Tipo de delito",
    ]
    frame = pd.read_csv(paths["cotel_panama"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serial numbers
    assert frame["Nacionalidad"].str.lower().isin(["venezolana", "haitiana"]).any()
    assert frame["Grupo etario"].str.contains("NNA", regex=False).any()
    assert frame["Latitud"].dropna().str.fullmatch(r"\d+\.\d+").all()


def test_fedex_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["fedex_security"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["caseId", "incidentDate", "caseType"]
    dates = [r["incidentDate"] for r in records if isinstance(r["incidentDate"], str)]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(r["incidentCountry"] in ("GR", "IT", "HR", "PL", "US") for r in records)
    assert any(isinstance(r["personsCount"], int) for r in records)
    assert any(r["personsCount"] == "UNK" for r in records)
    transit = [r["transitCountries"] for r in records if r["transitCountries"]]
    assert any(re.fullmatch(r"[A-Z]{2}(,[A-Z]{2})+", t) for t in transit)
    assert {r["caseType"] for r in records} >= {"Human Smuggling", "Alien Smuggling"}
