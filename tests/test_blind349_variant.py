"""Examiner set ``blind349`` (files ``*_mm.*``): five festival security and welfare desks.

These tests check what the set promises (files, truth, bytes, each desk's habits); none
of them cleans or scores.
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

VARIANT = "blind349"
SEED = 349
N_EVENTS = 1500
SMALL_SEED = 3491
SMALL_EVENTS = 400
SUFFIX = "_mm"

GLASTO = "glastonbury_safeguarding"
MSF = "main_square_surete"
PS = "primavera_sound_seguridad"
CPA = "carnaval_panama_seguridad"
GSOC = "live_nation_gsoc"
SOURCES = (GLASTO, MSF, PS, CPA, GSOC)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "linked_offences")
#: Columns a row may leave out or change, and the tags that say so.
FREE = {
    "exploitation": "unknown:exploitation",
    "origin_country": "empty:origin_country|unknown:origin_country",
    "destination_country": "empty:destination_country|unknown:destination_country",
    "transit_countries": "empty:transit_countries",
}


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(paths[source], sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every desk reports events at this size too
        assert (_rows(truth, source)["expected_status"] == "record").any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_rows_differ_from_events_only_where_tagged(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[kept["event_id"]].reset_index()
    for col, tag in FREE.items():
        differs = kept[col].fillna("<NA>").ne(ev[col].fillna("<NA>"))
        assert not (differs & ~tags.str.contains(tag)).any(), col
        if col == "exploitation":
            assert (kept.loc[differs, col] == "unknown").all()
        else:
            assert kept.loc[differs, col].isna().all(), col
    smuggling = ev["crime_type"] == "smuggling"
    assert kept.loc[smuggling, "exploitation"].isna().all()


def test_every_desk_has_its_share(truth: pd.DataFrame) -> None:
    status = truth.groupby(["source", "expected_status"]).size().unstack(fill_value=0)
    assert set(status.index) == set(SOURCES)
    assert (status["record"] > 0).all()
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) == {GLASTO, MSF, GSOC}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {CPA, GSOC}
    notes = truth.loc[truth["expected_reason"] == "no_content", "source"]
    assert set(notes) == {GLASTO, MSF, PS}
    empty = truth.loc[truth["expected_reason"] == "empty_row", "source"]
    assert set(empty) == {MSF, PS, CPA}


# --------------------------------------------------------------------------------------
# Glastonbury: English Excel log kept by hand
# --------------------------------------------------------------------------------------
def test_glastonbury_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    assert paths[GLASTO].read_bytes()[:2] == b"PK"
    book = load_workbook(paths[GLASTO])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Log ref", "Date of concern", "Concern category", "Exploitation type")
    assert {"Country identified in", "Lat", "Long"} <= set(header)
    body = rows[1:]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2  # real Excel dates
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in text)  # a month only
    lat = [r[header.index("Lat")] for r in body]
    assert any(isinstance(v, float) for v in lat)
    words = {str(r[header.index("Country identified in")]) for r in body}
    assert {"UK", "England"} <= words
    nat = {str(r[header.index("Nationality")]).strip() for r in body}
    assert nat & {"Afghan", "Iraqi", "Iranian", "Eritrean", "Vietnamese", "Albanian"}
    counts = {r[header.index("No. of persons")] for r in body}
    assert counts & {"one", "two", "three"}
    words = {"one", "two", "three", "TBC", "n/k", "Unknown", "#REF!", "see notes"}
    assert all(c is None or isinstance(c, int) or c in words for c in counts)
    assert any("Modern slavery" in str(r[2]) for r in body)
    rows_of = _rows(truth, GLASTO)
    words_tag = rows_of["messiness"].fillna("").str.contains("count_word")
    assert words_tag.any()
    assert rows_of.loc[words_tag, "n_persons"].astype(int).le(3).all()


# --------------------------------------------------------------------------------------
# Main Square: French Excel export, cp1252, semicolons
# --------------------------------------------------------------------------------------
def test_main_square_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MSF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    first = text.split("\r\n", 1)[0]
    assert first.startswith("N° fiche;Date des faits;Qualification;")
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, MSF, "cp1252", ";")
    assert frame["Latitude"].str.fullmatch(r"5\d,\d+|").all()  # decimal commas
    assert frame["Date des faits"].str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert frame["Date des faits"].str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    places = set(frame["Pays de destination"]) | set(frame["Pays de constatation"])
    assert "Angleterre" in places or "ANGLETERRE" in places
    assert frame["Nationalité"].str.fullmatch(r"[A-Z ]{4,}").any()  # capitals
    assert {"néant", "aucun"} & set(frame["Nb mis en cause"])


def test_main_square_dates_are_day_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, MSF, "cp1252", ";")
    rows = _rows(truth, MSF).reset_index(drop=True)
    full = frame["Date des faits"].str.fullmatch(r"\d\d/\d\d/20\d\d") & rows["expected_status"].ne(
        "quarantine"
    )
    read = pd.to_datetime(frame.loc[full, "Date des faits"], format="%d/%m/%Y")
    assert (read.dt.strftime("%Y-%m-%d") == rows.loc[full, "event_date"]).all()
    assert (read.dt.day > 12).any()


# --------------------------------------------------------------------------------------
# Primavera Sound: Spanish, UTF-8 with BOM, semicolons, Google Maps positions
# --------------------------------------------------------------------------------------
def test_primavera_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PS].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").startswith("Nº incidencia;Fecha;Tipología;")
    frame = _csv(paths, PS, "utf-8-sig", ";")
    coords = frame["Coordenadas"]
    assert coords.str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+").any()
    assert coords.str.contains("°").any()
    assert coords.str.contains('"N').any()
    assert frame["Fecha"].str.fullmatch(r"T[1-4] 20\d\d").any()
    assert frame["Fecha"].str.fullmatch(r"\d\d-\d\d-20\d\d").any()
    assert {"H", "M"} <= set(frame["Sexo"].str.strip())
    assert frame["Nacionalidad"].str.strip().isin(["marroquí", "maliense", "senegalés"]).any()
    assert frame["Medio de transporte"].str.strip().str.lower().isin(["cayuco", "patera"]).any()
    big = frame["Nº personas"].str.fullmatch(r"\d\.\d{3}")
    rows = _rows(truth, PS).reset_index(drop=True)
    if big.any():  # the dot groups thousands: 1.250 persons, not one and a quarter
        assert (rows.loc[big, "n_persons"].astype(int) >= 1000).all()


def test_primavera_dms_positions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, PS, "utf-8-sig", ";")
    rows = _rows(truth, PS).reset_index(drop=True)
    dms = re.compile(r"(\d+)°(\d+)'([\d.]+)\"([NS]) (\d+)°(\d+)'([\d.]+)\"([EW])")
    seen = 0
    for cell, lat, lon in zip(frame["Coordenadas"], rows["lat"], rows["lon"], strict=True):
        m = dms.fullmatch(cell)
        if m is None:
            continue
        seen += 1
        d1, m1, s1, h1, d2, m2, s2, h2 = m.groups()
        y = (int(d1) + int(m1) / 60 + float(s1) / 3600) * (1 if h1 == "N" else -1)
        x = (int(d2) + int(m2) / 60 + float(s2) / 3600) * (1 if h2 == "E" else -1)
        assert abs(y - float(lat)) < 1e-6
        assert abs(x - float(lon)) < 1e-6
    assert seen > 10


# --------------------------------------------------------------------------------------
# Carnaval de Panamá: Google form answers, UTF-8, commas, mojibake, serial dates
# --------------------------------------------------------------------------------------
def test_carnaval_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CPA].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.startswith("No. de caso,Fecha del hecho,Delito,")
    assert "Ã" in text  # rows re-saved through Excel
    frame = _csv(paths, CPA, "utf-8", ",")
    rows = _rows(truth, CPA).reset_index(drop=True)
    serial = frame["Fecha del hecho"].str.fullmatch(r"4\d{4}")
    assert serial.any()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        frame.loc[serial, "Fecha del hecho"].astype(int), unit="D"
    )
    assert (days.dt.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"]).all()
    assert frame["Nacionalidad"].isin(["Venezolana", "Ecuatoriana", "Haitiana"]).any()
    assert frame["Grupo etario"].isin(["NNA", "Adultos y NNA"]).any()
    tags = tags_of(_truth(paths)).loc[truth["source"] == CPA]
    assert tags.str.contains("mojibake").any()
    mojis = frame.loc[tags.reset_index(drop=True).str.contains("mojibake:detection_country")]
    assert mojis["País donde se detectó"].str.contains("Ã").all()


# --------------------------------------------------------------------------------------
# Live Nation GSOC: English JSON lines feed, ISO codes
# --------------------------------------------------------------------------------------
def test_gsoc_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[GSOC].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, GSOC))
    assert set(records[0]) >= {"incident_id", "occurred_on", "category", "country", "route"}
    dates = [str(r["occurred_on"]) for r in records if r["occurred_on"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    countries = {r["country"] for r in records if r["country"]}
    assert countries <= {"IT", "GR", "HR", "PL", "US", "GB", "ES"}
    assert any(isinstance(r["persons_involved"], int) for r in records)
    assert any(r["route"] and " > " in r["route"] for r in records)
    assert any("smuggling" in str(r["category"]) for r in records)


def test_partial_dates_only_on_single_reports(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    partial = truth.loc[
        tags.str.contains("partial_date") & truth["expected_status"].ne("quarantine")
    ]
    assert set(partial["date_precision"]) == {"month", "quarter"}
    paired = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert not partial["event_id"].isin(paired).any()
