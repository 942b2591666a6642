"""The examiner's held-out set ``blind308`` (files ``*_kx.*``): airline crews' reports.

These tests check what the set promises (files, truth, the agencies' quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples import make_truth
from trendlib.samples._blind308 import SOURCES, make_blind308

VARIANT = "blind308"
SEED = 308
N_EVENTS = 1500
SMALL_SEED = 3081
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
EXACT_FIELDS = (
    "crime_type",
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


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == name]


def _text(paths: dict[str, Path], name: str, encoding: str) -> str:
    return paths[name].read_bytes().decode(encoding)


# ----------------------------------------------------------------------------------------
# The shared promises
# ----------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_kx", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_kx", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    for seed in (0, 1, SEED, SMALL_SEED):
        subs = make_blind308(make_truth(seed=seed, n_events=n_events), seed=seed)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (seed, sub.filename)


def test_each_source_has_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for name in NAMES:
        rows = _rows(truth, name)
        assert (rows["expected_reason"] == "no_date").any(), name  # at least the total row
        assert tags[rows.index].str.contains("garbage_row").any(), name
    csvs = truth.loc[truth["source_file"].str.endswith(".csv")]
    assert set(csvs.loc[csvs["expected_reason"] == "empty_row", "source"]) == {
        "easyjet_cabin_crew",
        "air_france_pnc",
        "vueling_tcp",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"aeromexico_tierra", "airline_ambassadors"}


def test_compilation_reports_what_no_airline_does(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    aai = first.loc[first["source"] == "airline_ambassadors", "detection_country"].dropna()
    others = first.loc[first["source"] != "airline_ambassadors", "detection_country"].dropna()
    assert set(aai) == {"HRV", "POL"}
    assert not set(aai) & set(others)


# ----------------------------------------------------------------------------------------
# easyJet cabin crew: UTF-8 with BOM, ",", UK dates, Pax jargon, geotag pairs
# ----------------------------------------------------------------------------------------
def test_easyjet_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["easyjet_cabin_crew"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Report No,Date of Flight,Flight No,Country Reported In,")
    assert '"Location (Lat, Long)"' in header
    body = pd.read_csv(paths["easyjet_cabin_crew"], dtype=str, encoding="utf-8-sig")
    dates = body["Date of Flight"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    # day-first: some days above 12 in the first place, never a month above 12 second
    days = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")].str.split("/", expand=True)
    assert (days[0].astype(int) > 12).any()
    assert (days[1].astype(int) <= 12).all()
    assert body["Concern Type"].isin(["Facilitation"]).any()
    assert body["Pax Nationality (Passport)"].isin(["Afghan", "Iraqi", "Vietnamese"]).any()
    assert body["No. of Pax of Concern"].isin(["one", "two", "three"]).any()
    assert body["No. of Suspected Traffickers/Escorts"].isin(["None", "Nil"]).any()
    assert body["Location (Lat, Long)"].str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+").mean() > 0.85
    assert body["Location (Lat, Long)"].isin(["0.0, 0.0", "0, 0"]).any()
    assert body["Travelled Via"].str.contains(" > ", regex=False).any()
    assert body["Flight No"].str.fullmatch(r"(EZY|U2 )\d{4}").mean() > 0.95
    rows = _rows(truth, "easyjet_cabin_crew")
    placeholder = rows.loc[tags_of(truth)[rows.index].str.contains("coords_placeholder")]
    assert len(placeholder) > 0
    assert placeholder["lat"].isna().all()


# ----------------------------------------------------------------------------------------
# Air France PNC: cp1252, ";", CRLF, French words, ISO3 passport codes, decimal commas
# ----------------------------------------------------------------------------------------
def test_air_france_bytes(paths: dict[str, Path]) -> None:
    raw = paths["air_france_pnc"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.startswith("N° fiche;Date du vol;Pays du signalement;Nature de la suspicion;")
    body = pd.read_csv(paths["air_france_pnc"], sep=";", dtype=str, encoding="cp1252")
    dates = body["Date du vol"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(
        r"(janvier|février|mars|avril|mai|juin|juillet|août"
        r"|septembre|octobre|novembre|décembre) \d{4}"
    ).any()
    assert body["Nationalité (passeport)"].str.fullmatch(r"[A-Z]{3}").mean() > 0.15
    assert body["Sexe"].str.strip().isin(["H", "M", "F"]).any()
    assert body["Nb accompagnateurs suspects"].isin(["aucun", "néant"]).any()
    assert body["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{5}").all()
    assert body["Longitude"].dropna().str.fullmatch(r"-?\d+,\d{5}").all()
    countries = pd.concat([body["Destination finale déclarée"], body["Pays de provenance"]])
    assert countries.isin(["Angleterre"]).any()
    big = body["Nb passagers concernés"].dropna()
    assert big.str.fullmatch(r"\d{1,2}[\u00a0 ]\d{3}").any()


# ----------------------------------------------------------------------------------------
# Vueling TCP: UTF-16 tab-separated, mojibake, Excel serials, DMS coordinates
# ----------------------------------------------------------------------------------------
def test_vueling_bytes(paths: dict[str, Path]) -> None:
    raw = paths["vueling_tcp"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº parte", "Fecha del vuelo", "Tipo de sospecha"]
    body = pd.read_csv(paths["vueling_tcp"], sep="\t", dtype=str, encoding="utf-16")
    dates = body["Fecha del vuelo"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"\d\d-\d\d-\d{4}").any()
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serial numbers, 2021-2023
    assert dates.str.fullmatch(r"[a-z]+ \d{4}").any()
    assert "EspaÃ±a" in text
    assert "trÃ¡fico" in text
    coords = body["Coordenadas"].dropna()
    assert coords.str.fullmatch(r"\d+°\d\d'\d\d\"[NS] \d+°\d\d'\d\d\"[EO]").all()
    assert coords.str.contains('"O', regex=False).any()
    assert body["Nº acompañantes sospechosos"].isin(["ninguno", "cero"]).any()
    assert body["Nº pasajeros afectados"].dropna().str.fullmatch(r"\d{1,2}\.\d{3}").any()


# ----------------------------------------------------------------------------------------
# Aeroméxico ground staff: JSON lines, Mexican wording, arrays, overlapping pages
# ----------------------------------------------------------------------------------------
def test_aeromexico_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _text(paths, "aeromexico_tierra", "utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["folio", "fecha_evento", "vuelo"]
    dates = pd.Series([r["fecha_evento"] for r in recs]).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.5
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    transit = [r["paises_transito"] for r in recs if r["paises_transito"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    values = {v for r in recs for v in r.values() if isinstance(v, str)}
    assert {"venezolana", "NNA", "EUA", "H", "M"} <= values
    assert {"narcóticos", "contrabando"} & values
    assert "num_probables_responsables" in recs[0]
    assert any(isinstance(r["num_personas"], int) for r in recs)
    assert any(isinstance(r["num_personas"], str) for r in recs)
    rows = _rows(truth, "aeromexico_tierra")
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3
    assert recs[-1] in recs[:-1]  # an exact repeat


# ----------------------------------------------------------------------------------------
# Airline Ambassadors International: XLSX, real Excel dates and US text dates
# ----------------------------------------------------------------------------------------
def test_airline_ambassadors_cells(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["airline_ambassadors"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    header = list(rows[0])
    assert header[:4] == ["AAI Ref #", "Incident Date", "Country of Incident", "Incident Category"]
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    assert sum(isinstance(d, datetime) for d in dates) / len(dates) > 0.6
    texts = [d for d in dates if isinstance(d, str)]
    us = [d for d in texts if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    assert us
    assert any(int(d.split("/")[1]) > 12 for d in us)  # month first
    assert all(int(d.split("/")[0]) <= 12 for d in us if not d.startswith("2/30/"))
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in texts)
    assert any(isinstance(r[5], int) for r in rows[1:])
    assert any(isinstance(r[14], float) for r in rows[1:])
    words = {v for r in rows[1:] for v in r if isinstance(v, str)}
    assert "Labor trafficking" in words or "Forced labor" in words
    assert str(rows[-1][0]).startswith("AAI")  # a pasted repeat


# ----------------------------------------------------------------------------------------
# The truth is what a careful analyst reads
# ----------------------------------------------------------------------------------------
def test_partial_dates_only_where_written(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    partial = kept & truth["date_precision"].isin(["month", "quarter"])
    assert (tags[partial].str.contains("partial_date")).all()
    assert not tags[kept & ~partial].str.contains("partial_date").any()
    # both reports of a duplicated event give the day
    assert (truth.loc[truth["expected_reason"] == "cross_source", "date_precision"] == "day").all()


def test_vocabulary_cells_expect_design_words(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    not_known = tags[kept.index].str.contains("exploitation_not_known")
    assert (kept.loc[not_known, "exploitation"] == "unknown").all()
    smuggling = kept["crime_type"] == "smuggling"
    assert kept.loc[smuggling, "exploitation"].isna().all()
    assert kept.loc[~smuggling, "exploitation"].notna().all()


def test_mojibake_only_in_vueling(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    moji = truth.loc[tags.str.contains("mojibake")]
    assert len(moji) > 0
    assert set(moji["source"]) == {"vueling_tcp"}
