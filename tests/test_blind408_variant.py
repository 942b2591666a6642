"""The examiner set ``blind408`` (files ``*_ot.*``): what it promises, byte for byte.

Five mountain-tourism and resort desks (DSF, ATUDEM, SBiTO, Canopy Camp Darién, Club Med).
These tests check the files and the truth written for them; none of them cleans or scores.
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
from trendlib.samples._blind408 import _DEMONYMS, _NAMES, SOURCES

VARIANT = "blind408"
SEED = 408
N_EVENTS = 1500
SMALL_SEED = 4081
SMALL_EVENTS = 400

DSF, ATUDEM, SBITO, CANOPY, CLUBMED = (s.source for s in SOURCES)
NAMES = tuple(s.source for s in SOURCES)
#: Fields every row that is kept gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
GARMIN = re.compile(r"^([NS])(\d+)°(\d{2}\.\d{3})' ([EW])(\d+)°(\d{2}\.\d{3})'$")


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _csv(path: Path, sep: str, encoding: str) -> pd.DataFrame:
    """A CSV file's cells as text, rows numbered as the truth numbers them (header = 1)."""
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = range(2, len(frame) + 2)
    return frame


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _kept(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ot", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_ot", n_events=SMALL_EVENTS)
    rows = _truth(small_paths)
    assert rows.loc[rows["expected_status"] == "record"].groupby("source").size().min() > 0


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_routing(truth: pd.DataFrame) -> None:
    """Each desk first reports its own country's events; Club Med compiles the rest."""
    events = truth.loc[truth["expected_status"] == "record"]
    first = events.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert first[DSF] == {"FRA"}
    assert first[ATUDEM] == {"ESP"}
    assert first[SBITO] == {"GBR"}
    assert first[CANOPY] == {"PAN"}
    assert first[CLUBMED] == {"ITA", "GRC", "HRV", "POL", "USA"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {DSF, ATUDEM, SBITO, CLUBMED}


def test_every_quirk_is_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "excel_serial",
        "demonym:nationality",
        "alias:detection_country",
        "iso2:nationality",
        "iso2:transit_countries",
        "typo:",
        "no_accent:",
        "mojibake",
        "thousands:n_persons",
        "count_word",
        "approx_count",
        "zero_word",
        "suspects_placeholder",
        "count_placeholder",
        "blank_gender",
        "na_word",
        "unknown:exploitation",
        "coords_missing",
        "coords_placeholder",
        "dm_coords",
        "direct_word",
        "blank_",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# DSF: French, cp1252, ';', CRLF, day-first, decimal commas, adjectives
# --------------------------------------------------------------------------------------
def test_dsf_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DSF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° fiche", "Date des faits", "Qualification"]
    assert "Nb mis en cause" in header
    assert "Pays traversés" in header
    assert text.count("\r\n") == text.count("\n")
    cells = _csv(paths[DSF], ";", "cp1252")
    rows = _kept(_rows(truth, DSF))
    dates = cells.loc[rows.index, "Date des faits"]
    day = rows["date_precision"] == "day"
    assert dates[day].str.fullmatch(r"\d{2}/\d{2}/\d{2}(\d{2})?").all()
    assert dates[~day].str.fullmatch(r"(T[1-4]|[a-zéû]+) \d{4}").all()
    lat = cells.loc[rows.index, "Latitude"]
    assert lat[lat != ""].str.fullmatch(r"\d{2},\d{5}").all()
    adjectives = {w for pair in _DEMONYMS["fr"].values() for w in pair}
    nat = cells.loc[rows.index, "Nationalité"]
    assert nat.isin(adjectives).any()
    assert (cells["Nb mis en cause"] == "néant").any()
    assert cells["Qualification"].str.contains("séjour irréguliers").any()
    assert (cells["N° fiche"] == "TOTAL").sum() == 1


# --------------------------------------------------------------------------------------
# ATUDEM: Spanish workbook, real dates with typed ones and serials, garbled rows
# --------------------------------------------------------------------------------------
def test_atudem_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[ATUDEM], read_only=True)
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    book.close()
    header = list(values[0])
    assert header[:3] == ["Nº expediente", "Fecha del hecho", "Tipología"]
    col = {h: i for i, h in enumerate(header)}
    rows = _kept(_rows(truth, ATUDEM))
    kinds = {type(values[r - 1][col["Fecha del hecho"]]) for r in rows.index}
    assert {datetime, int, str} <= kinds
    tags = tags_of(truth).loc[truth["source"] == ATUDEM]
    tags.index = truth.loc[truth["source"] == ATUDEM, "source_row"].astype(int)
    serial = tags.loc[rows.index].str.contains("excel_serial")
    assert serial.any()
    for r in serial[serial].index:
        cell = values[r - 1][col["Fecha del hecho"]]
        assert isinstance(cell, int)
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
        assert day == pd.Timestamp(rows.loc[r, "event_date"])
    text = [str(v) for row in values[1:] for v in row if isinstance(v, str)]
    assert any("Ã" in v for v in text)  # rows pasted from a mis-decoded CSV
    assert "Cayuco" in text
    assert "directo" in text
    assert any("318 bis" in v for v in text)
    counts = [values[r - 1][col["Nº víctimas / migrantes"]] for r in rows.index]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)


# --------------------------------------------------------------------------------------
# SBiTO: JSON lines, ISO dates, demonyms, England/Scotland, '>' routes, re-sent cases
# --------------------------------------------------------------------------------------
def test_sbito_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[SBITO].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == [
        "case_ref",
        "incident_date",
        "concern_type",
        "exploitation_type",
    ]
    assert len(lines) - len(set(lines)) >= 3  # the overlapping batch
    rows = _kept(_rows(truth, SBITO))
    dates = pd.Series([records[r - 1]["incident_date"] for r in rows.index], index=rows.index)
    day = rows["date_precision"] == "day"
    assert dates[day].str.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4}").all()
    assert dates[~day].str.fullmatch(r"\d{4}-\d{2}|Q[1-4] \d{4}").all()
    places = {rec["location_country"] for rec in records}
    assert {"England", "United Kingdom"} <= places
    assert any(" > " in (rec["route_via"] or "") for rec in records)
    demonyms = {w for pair in _DEMONYMS["en"].values() for w in pair}
    assert any(rec["nationality"] in demonyms for rec in records)
    assert any(isinstance(rec["people_affected"], int) for rec in records)
    for r in rows.index:
        if records[r - 1]["location_country"] == "Scotland":
            assert rows.loc[r, "detection_country"] == "GBR"


# --------------------------------------------------------------------------------------
# Canopy Camp Darién: UTF-8 with BOM, ',', d/m/yyyy, Garmin positions, US thousands
# --------------------------------------------------------------------------------------
def test_canopy_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CANOPY].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").split("\n", 1)[0].split(",")
    assert header[:2] == ["No. reporte", "Fecha"]
    cells = _csv(paths[CANOPY], ",", "utf-8-sig")
    rows = _kept(_rows(truth, CANOPY))
    dates = cells.loc[rows.index, "Fecha"]
    day = rows["date_precision"] == "day"
    assert dates[day].str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}").all()
    assert dates[day].str.match(r"\d/").any()  # days are not zero-padded
    assert dates[~day].str.fullmatch(r"[a-z]+ de \d{4}").all()
    gps = cells.loc[rows.index, "Coordenadas GPS"]
    assert (gps == "sin GPS").any()
    checked = 0
    for r, cell in gps.items():
        m = GARMIN.match(cell)
        if m is None:
            assert cell in ("", "sin GPS")
            assert pd.isna(rows.loc[r, "lat"])
            continue
        lat = int(m[2]) + float(m[3]) / 60
        lon = -(int(m[5]) + float(m[6]) / 60)
        assert abs(lat - float(rows.loc[r, "lat"])) < 1e-4
        assert abs(lon - float(rows.loc[r, "lon"])) < 1e-4
        checked += 1
    assert checked > 0.8 * len(rows)
    counts = cells.loc[rows.index, "Cantidad de migrantes"]
    tags = tags_of(truth).loc[truth["source"] == CANOPY]
    tags.index = truth.loc[truth["source"] == CANOPY, "source_row"].astype(int)
    approx = tags.loc[rows.index].str.contains("approx_count")
    assert counts[approx].str.fullmatch(r"\d+ aprox\.").all()
    thousands = tags.loc[rows.index].str.contains("thousands:n_persons")
    assert counts[thousands].str.fullmatch(r"\d{1,3},\d{3}").all()
    for r in counts[thousands].index:
        assert counts[r].replace(",", "") == rows.loc[r, "n_persons"]
    adjectives = {w for pair in _DEMONYMS["es"].values() for w in pair}
    assert cells["Nacionalidad"].isin(adjectives).any()


# --------------------------------------------------------------------------------------
# Club Med: UTF-16, tab, 2023/05/17, ISO alpha-2 codes, TR/BG/RS routes, "lat, lon"
# --------------------------------------------------------------------------------------
def test_clubmed_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CLUBMED].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    header = raw.decode("utf-16").split("\n", 1)[0].split("\t")
    assert header[:3] == ["Réf. veille", "Date événement", "Typologie"]
    cells = _csv(paths[CLUBMED], "\t", "utf-16")
    rows = _kept(_rows(truth, CLUBMED))
    dates = cells.loc[rows.index, "Date événement"]
    day = rows["date_precision"] == "day"
    month = rows["date_precision"] == "month"
    assert dates[day].str.fullmatch(r"\d{4}/\d{2}/\d{2}").all()
    assert dates[month].str.fullmatch(r"\d{4}/\d{2}").all()
    assert dates[~day & ~month].str.fullmatch(r"T[1-4] \d{4}").all()
    nat = cells.loc[rows.index, "Nationalité (code)"]
    assert nat.str.fullmatch(r"[A-Z]{2}").mean() > 0.5
    transit = cells.loc[rows.index, "Pays de transit"]
    assert transit.str.fullmatch(r"[A-Z]{2}(/[A-Z]{2})+").any()
    pair = cells.loc[rows.index, "Coordonnées GPS"]
    given = pair != ""
    assert pair[given].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    lat = pair[given].str.split(", ").str[0].astype(float)
    assert (lat - rows.loc[given[given].index, "lat"].astype(float)).abs().max() < 1e-4
    counts = cells.loc[rows.index, "Nb personnes"]
    spaced = counts.str.fullmatch(r"\d{1,3} \d{3}")
    assert spaced.any()
    for r in counts[spaced].index:
        assert counts[r].replace(" ", "") == rows.loc[r, "n_persons"]
    assert (cells["Nb auteurs présumés"] == "aucun").any()


def test_names_cover_the_truth(truth: pd.DataFrame) -> None:
    """Every country the truth expects has a name in the desks' table."""
    cols = ["nationality", "origin_country", "destination_country", "detection_country"]
    seen = set(pd.unique(truth[cols].to_numpy().ravel()))
    for value in truth["transit_countries"].dropna():
        seen |= set(value.split("|"))
    assert {c for c in seen if isinstance(c, str)} <= set(_NAMES)
