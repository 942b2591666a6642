"""The examiner set ``blind369`` (files ``*_ng.*``): visitor attractions' security desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind369"
SEED = 369
N_EVENTS = 1500
SMALL_SEED = 3691
SMALL_EVENTS = 400
SOURCES = ("alva_uk", "disneyland_paris", "portaventura", "parque_summit", "iaapa")
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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ng", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ng", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)  # every desk reports events at this size too


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    assert len(ok) == len(ev) > N_EVENTS * 0.95


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_cross_source_routing(truth: pd.DataFrame) -> None:
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    first_file = dups["duplicate_of"].str.split(":").str[0]
    assert (first_file != dups["source_file"]).all()
    # second reports come from the desks that meet the same people again
    assert set(dups["source"]) <= {"alva_uk", "disneyland_paris", "portaventura", "iaapa"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"alva_uk", "parque_summit"}


def test_every_desk_has_habits_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source, habit in [
        ("alva_uk", "country_demonym"),
        ("alva_uk", "coords_pair"),
        ("disneyland_paris", "decimal_comma"),
        ("disneyland_paris", "date_quarter"),
        ("portaventura", "excel_date"),
        ("portaventura", "date_month"),
        ("parque_summit", "mojibake"),
        ("parque_summit", "coords_dms"),
        ("parque_summit", "excel_serial"),
        ("iaapa", "country_numeric"),
        ("iaapa", "spanish_word"),
        ("iaapa", "coords_placeholder"),
    ]:
        assert tags[truth["source"] == source].str.contains(habit).any(), (source, habit)


# --------------------------------------------------------------------------------------
# The desks' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_alva_register_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["alva_uk"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" not in raw
    rows = _csv(paths["alva_uk"], "utf-8-sig", ",")
    header = rows[0]
    assert header[:3] == ["Incident ref", "Date of incident", "Concern type"]
    assert "Location (lat, long)" in header
    body = [r for r in rows[1:] if any(r)]
    dates = [r[1] for r in body]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)  # month only
    # day first throughout: no second field above 12 in a dd/mm/yyyy date
    assert all(int(d.split("/")[1]) <= 12 for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d))
    place = header.index("Location (lat, long)")
    assert any(re.fullmatch(r"-?\d+\.\d{5}, ?-?\d+\.\d{5}", r[place]) for r in body)
    transit = header.index("Countries transited")
    assert any(" > " in r[transit] for r in body)
    nationality = {r[header.index("Nationality")] for r in body}
    assert nationality & {"Afghan", "Albanian", "Iranian", "Iraqi", "Vietnamese", "Syrian"}
    assert rows[-1] != rows[1]  # re-sent rows come at the end
    assert any(r[0] == "TOTAL" for r in rows)


def test_disneyland_main_courante_bytes(paths: dict[str, Path]) -> None:
    raw = paths["disneyland_paris"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    assert b"\r\n" in raw
    rows = _csv(paths["disneyland_paris"], "cp1252", ";")
    header = rows[0]
    assert header[:2] == ["N° main courante", "Date des faits"]
    assert "Pays de détection" in header
    assert "Nb mis en cause" in header
    body = [r for r in rows[1:] if any(r)]
    dates = [r[1] for r in body]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)
    lat = header.index("Latitude")
    assert any(re.fullmatch(r"\d+,\d{5}", r[lat]) for r in body)
    assert all("." not in r[lat] for r in body)
    words = {c for r in body for c in r}
    assert {"Sans objet", "Aucun"} & words
    assert any(r[0] == "Total général" for r in rows)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for r in body for c in r[8:13])  # ISO alpha-2


def test_portaventura_workbook_cells(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["portaventura"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:2] == ["Nº expediente", "Fecha del hecho"]
    body = rows[1:]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.8 * len(dates)
    assert any(isinstance(d, datetime) and (d.hour or d.minute) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ \d{4}", d) for d in dates)
    lat = header.index("Latitud")
    assert any(isinstance(r[lat], float) for r in body)
    assert any(isinstance(r[lat], str) and "," in r[lat] for r in body)
    persons = header.index("Nº personas afectadas")
    assert sum(isinstance(r[persons], int) for r in body) > 0.9 * len(body)
    assert any(r[0] == "TOTAL" for r in body)


def test_summit_log_bytes(paths: dict[str, Path]) -> None:
    raw = paths["parque_summit"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    assert "Ã" in text  # rows keyed through the web form that garbles accents
    rows = _csv(paths["parque_summit"], "utf-8", ",")
    header = rows[0]
    assert header[:2] == ["No. de reporte", "Fecha"]
    body = [r for r in rows[1:] if any(r)]
    dates = [r[1] for r in body]
    assert any(re.fullmatch(r"\d\d-[a-z]{3}-\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"4\d{4}", d) for d in dates)  # Excel serials
    gps = header.index("Coordenadas GPS")
    assert any(re.search(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W", r[gps]) for r in body)
    assert any(re.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}", r[gps]) for r in body)
    transit = header.index("Ruta (países de tránsito)")
    assert any(" - " in r[transit] for r in body)
    nationality = {r[header.index("Nacionalidad")] for r in body}
    assert nationality & {"venezolano", "venezolana", "haitiano", "haitiana", "ecuatoriana"}


def test_iaapa_feed_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["iaapa"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(_rows(truth, "iaapa"))
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "incident_date", "category"]
    dates = [r["incident_date"] for r in recs if r["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    codes = [r["nationality"] for r in recs if isinstance(r["nationality"], str)]
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert any(re.fullmatch(r"\d{3}", c) for c in codes)
    assert any(r["latitude"] == 0 and r["longitude"] == 0 for r in recs)
    detected = {r["country_identified"] for r in recs}
    assert detected & {"ITA", "GRC", "HRV", "POL", "USA"}
    assert recs[-1]["case_id"] == "TOTAL (all members)"


def test_partial_dates_never_on_duplicated_events(truth: pd.DataFrame) -> None:
    events = truth.loc[truth["expected_reason"] == "cross_source", "event_id"]
    pair = truth.loc[truth["event_id"].isin(events) & truth["expected_status"].ne("quarantine")]
    assert (pair["date_precision"] == "day").all()
