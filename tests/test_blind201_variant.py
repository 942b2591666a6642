"""The examiner's held-out sample set ``blind201`` (files ``*_gu.*``): what it promises.

Five agencies that follow migrant and seasonal farm workers (a Spanish union's advice
centres, the European Labour Authority, a London workers' charity, France's national
rapporteur on trafficking, and the Solidarity Center's Americas desk) each write the
true events their own way. These tests check the files and their truth; none cleans or
scores.
"""

from __future__ import annotations

import codecs
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

VARIANT = "blind201"
SEED = 201
N_EVENTS = 1500
SMALL_SEED = 2011
SMALL_EVENTS = 400
SUFFIX = "_gu"
SOURCES = (
    "ccoo_cite",
    "ela_inspections",
    "workrights_uk",
    "cncdh_rapporteur",
    "solidarity_center",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "linked_offences")
#: Degrees within which a written point lies of the true one (DMS rounds to the second).
TOLERANCE = 0.001


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


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows_of(truth, source)
        assert (rows["expected_status"] == "record").sum() > 20, source


def test_routing(truth: pd.DataFrame) -> None:
    """Who reports what first: Spain, the EU desk's four states, the UK, France, the rest."""
    first = truth.loc[truth["expected_status"] == "record"]
    det = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert det["ccoo_cite"] == {"ESP"}
    assert det["ela_inspections"] == {"ITA", "GRC", "HRV", "POL"}
    assert det["workrights_uk"] == {"GBR"}
    assert det["cncdh_rapporteur"] == {"FRA"}
    assert det["solidarity_center"] == {"USA", "PAN"}
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dups["source"]) == {"ela_inspections", "cncdh_rapporteur"}


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_ccoo_cite_spanish_windows_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ccoo_cite"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 bytes (ñ, í, º), not UTF-8
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:4] == ["Nº Expte.", "Fecha hechos", "Provincia", "Tipología"]
    assert "Nº investigados" in header
    assert "Países tránsito" in header
    frame = pd.read_csv(paths["ccoo_cite"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Fecha hechos"].dropna()
    day_first = dates.str.fullmatch(r"\d{2}[/-]\d{2}[/-](\d{4}|\d{2})")
    months = dates.str.fullmatch(r"[a-z]+ \d{4}")  # "mayo 2023"
    assert (day_first | months).mean() > 0.95
    assert months.any()
    assert frame["Nº personas afectadas"].str.fullmatch(r"\d{1,3}\.\d{3}").any()  # 1.234
    assert frame["Nacionalidad"].isin(["marroquí", "senegalesa", "maliense"]).any()
    assert frame["País detección"].isin(["ESPAÑA", "Espana"]).any()
    assert frame["Medio"].eq("Cayuco").any()
    assert frame["Medio"].eq("Patera").any()
    assert frame["Nº investigados"].eq("Ninguno").any()
    assert "s/d" in text or "No consta" in text
    assert "Ã" in text  # names garbled by a UTF-8 import
    tags = tags_of(_rows_of(truth, "ccoo_cite"))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("demonym:nationality").any()


def test_ela_inspections_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["ela_inspections"])
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["Case ID", "Date of detection", "Member State", "Crime area"]
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds  # real dates, lost formats, typed text
    text_dates = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in text_dates)
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in text_dates)
    states = {r[2] for r in rows[1:]}
    assert "EL" in states
    assert "Greece" in states
    gps = [r[header.index("GPS")] for r in rows[1:] if r[header.index("GPS")]]
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", g) for g in gps)
    assert any("°" in g and "'" in g for g in gps)
    persons = [r[header.index("Persons concerned")] for r in rows[1:]]
    assert any(isinstance(p, int) for p in persons)
    tags = tags_of(_rows_of(truth, "ela_inspections"))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("serial_date").any()
    assert _rows_of(truth, "ela_inspections")["expected_reason"].eq("exact_repeat").sum() >= 3


def test_workrights_uk_case_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["workrights_uk"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = pd.read_csv(paths["workrights_uk"], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:3]) == ["Case ref", "Date of incident", "Location"]
    dates = frame["Date of incident"].dropna()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()  # 17 May 2023
    assert dates.str.fullmatch(r"\d{2}-[A-Z][a-z]{2}-\d{2}").any()  # 17-May-23
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iraqi", "Albanian"]).any()
    assert frame["Route"].str.contains(" > ", regex=False).any()
    persons = frame["No. of workers/people"].dropna()
    assert persons.str.contains(r"^(?:approx\. |c\. |around )\d+$").any()
    assert persons.isin(["one", "two", "three", "four", "five", "six"]).any()  # words
    assert frame["Location"].eq("Dover, Kent").any()
    assert "Latitude" not in frame.columns  # the charity keeps no coordinates
    rows = _rows_of(truth, "workrights_uk")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept["lat"].isna().all()
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_kurdish_is_no_nationality(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """A caseworker's "Kurdish" names an ethnicity: the truth expects no nationality."""
    tags = tags_of(truth)
    kurdish = truth.loc[tags.str.contains("ethnicity_word")]
    assert kurdish["nationality"].isna().all()
    assert set(kurdish["source"]) <= {"workrights_uk"}


def test_cncdh_unicode_text_save(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cncdh_rapporteur"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["N° fiche", "Date des faits", "Lieu"]
    assert "Nb mis en cause" in header
    assert "Pays de constatation" in header
    frame = pd.read_csv(paths["cncdh_rapporteur"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[a-zéû]+ \d{4}").any()  # "mai 2023"
    assert frame["Latitude"].dropna().str.fullmatch(r"\d+,\d{5}").all()
    assert frame["Nb mis en cause"].eq("aucun").any()
    assert frame["Pays de constatation"].isin(["France", "Royaume-Uni"]).any()
    rows = _rows_of(truth, "cncdh_rapporteur")
    assert rows["expected_status"].eq("duplicate").sum() > 10


def test_solidarity_center_kobo_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["solidarity_center"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all("incident_id" in r for r in recs)
    dates = [r["incident_date"] for r in recs if isinstance(r.get("incident_date"), str)]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    gps = [r["gps"] for r in recs if r.get("gps")]
    assert all(re.fullmatch(r"-?\d+\.\d{6} -?\d+\.\d{6} [\d.]+ [\d.]+", g) for g in gps)
    countries = {r.get("country") for r in recs}
    assert {"USA", "PAN"} & countries
    assert {"840", "591"} & countries
    assert any(isinstance(r.get("persons_affected"), int) for r in recs)
    assert any(r.get("travel_mode") == "a pie" for r in recs)
    assert "Ã" not in paths["solidarity_center"].read_text(encoding="utf-8")


def test_mojibake_in_the_two_sources_that_have_it(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbled = set(truth.loc[tags.str.contains("mojibake:"), "source"])
    assert garbled == {"ccoo_cite", "ela_inspections"}


def test_partial_dates_only_outside_duplicated_pairs(truth: pd.DataFrame) -> None:
    dup_events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert len(partial) > 0
    assert not partial["event_id"].isin(dup_events).any()
