"""Examiner set ``blind342`` (files ``*_mf.*``): funeral directors and repatriation services.

These tests check what the set promises (files, truth, the agencies' habits as bytes on
disk); none of them cleans or scores.
"""

from __future__ import annotations

import csv
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
from trendlib.samples import make_truth
from trendlib.samples._blind342 import SOURCES, make_blind342

VARIANT = "blind342"
SEED = 342
N_EVENTS = 1500
SMALL_SEED = 3421
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
ROWLAND, PFG, MEMORA, GAYOSSO, GASSET = NAMES
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
_MX_MONTHS = "ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text_rows(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """The CSV's cells as written (blank lines kept), with their ``source_row``."""
    text = path.read_bytes().decode(encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    header, body = rows[0], rows[1:]
    frame = pd.DataFrame([r if r else [""] * len(header) for r in body], columns=header)
    frame["source_row"] = [str(i) for i in range(2, len(body) + 2)]
    return frame


def _jsonl_rows(path: Path) -> pd.DataFrame:
    lines = path.read_text(encoding="utf-8").splitlines()
    frame = pd.DataFrame([json.loads(line) for line in lines])
    frame["source_row"] = [str(i) for i in range(1, len(lines) + 1)]
    return frame


def _xlsx_rows(path: Path) -> pd.DataFrame:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    width = len(rows[0])
    body = [r + [None] * (width - len(r)) for r in rows[1:]]  # trailing blanks are trimmed
    frame = pd.DataFrame(body, columns=rows[0], dtype=object)
    frame["source_row"] = [str(i) for i in range(2, len(rows) + 1)]
    return frame


def _with_truth(cells: pd.DataFrame, truth: pd.DataFrame, source: str) -> pd.DataFrame:
    mine = truth.loc[truth["source"] == source]
    return cells.merge(mine, on="source_row", how="inner", suffixes=("", "_truth"))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_mf", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, SMALL_EVENTS), (0, 300)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind342(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_mf", n_events=SMALL_EVENTS)


def test_duplicates_follow_the_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    """Second reports come from the services that would see the same death."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(
        zip(
            cross["source"],
            events.loc[cross["event_id"], "corridor"],
            events.loc[cross["event_id"], "detection_country"],
            strict=True,
        )
    )
    allowed = {
        (ROWLAND, "channel", "FRA"),
        (PFG, "channel", "GBR"),
        (PFG, "wmed", "ESP"),
        (PFG, "watl", "ESP"),
    }
    assert pairs <= allowed
    reps = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(reps) == {MEMORA, GAYOSSO}


def test_every_bad_kind_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source"]
    assert set(empty) == {PFG, MEMORA, GAYOSSO}  # the three CSV files
    assert set(garbage.loc[garbage["expected_reason"] == "no_content", "source"]) == set(NAMES)


# --------------------------------------------------------------------------------------
# Each agency's habits, as bytes on disk
# --------------------------------------------------------------------------------------
def test_rowland_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ROWLAND].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    cells = _jsonl_rows(paths[ROWLAND])
    assert list(cells.columns[:3]) == ["case_ref", "incident_date", "case_category"]
    dates = cells["incident_date"].dropna().astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert cells["nationality"].isin(["Vietnamese", "vietnamese", "Afghan", "afghan"]).any()
    assert cells["country_of_recovery"].isin(["GB", "IT", "GR", "HR", "PL"]).any()
    assert cells["country_of_recovery"].isin(["UK", "Great Britain"]).any()
    assert cells["route_via"].dropna().str.contains(" > ").any()
    lat = cells["recovery_lat"]
    assert lat.map(lambda v: isinstance(v, float)).mean() > 0.9
    # a quarter written "Q3 2022" is read as the quarter's first day
    both = _with_truth(cells, truth, ROWLAND)
    q = both.loc[both["incident_date"].astype(str).str.fullmatch(r"Q[1-4] \d{4}")]
    q = q.loc[q["expected_status"] != "quarantine"]
    assert len(q) > 0
    assert (q["date_precision"] == "quarter").all()
    start = pd.PeriodIndex(
        [f"{t.split()[1]}{t.split()[0]}" for t in q["incident_date"]], freq="Q"
    ).start_time
    assert (pd.to_datetime(q["event_date"]).to_numpy() == start.to_numpy()).all()


def test_pfg_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PFG].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: "é" is one byte
    assert raw.startswith("N° dossier;Date des faits;".encode("cp1252"))
    assert b"\r\n" in raw
    cells = _text_rows(paths[PFG], "cp1252", ";")
    dates = cells["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(
        r"(janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) \d{4}"
    ).any()
    assert cells["Latitude"].str.fullmatch(r"-?\d+,\d{5}").any()
    assert cells["Nb d'interpellés"].isin(["néant", "aucun"]).any()
    assert cells["Pays de destination"].isin(["Angleterre", "Grande-Bretagne"]).any()
    # a decimal comma is read as the decimal point
    both = _with_truth(cells, truth, PFG)
    both = both.loc[both["Latitude"].str.fullmatch(r"-?\d+,\d{5}")]
    read = both["Latitude"].str.replace(",", ".").astype(float)
    assert ((read - both["lat"].astype(float)).abs() < 1e-9).all()


def test_memora_utf16_tab(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MEMORA].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with its BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].startswith("Nº expediente\tFecha del suceso\t")
    cells = _text_rows(paths[MEMORA], "utf-16", "\t")
    assert cells["Fecha del suceso"].str.fullmatch(r"\d{4}/\d\d/\d\d").any()
    assert cells["Medio de transporte"].isin(["Patera"]).any()
    assert cells["Medio de transporte"].isin(["Cayuco"]).any()
    assert cells["Sexo"].isin(["Varón", "Mujer"]).any()
    dms = re.compile(r"(\d+)[°º](\d\d)'(\d\d\.\d)\"([NS]) (\d+)[°º](\d\d)'(\d\d\.\d)\"([EW])")
    both = _with_truth(cells, truth, MEMORA)
    both = both.loc[both["expected_status"] != "quarantine"]
    n = 0
    for cell, lat, lon in zip(
        both["Coordenadas del hallazgo"], both["lat"], both["lon"], strict=True
    ):
        m = dms.fullmatch(cell)
        if m is None:
            continue
        n += 1
        g = m.groups()
        la = (int(g[0]) + int(g[1]) / 60 + float(g[2]) / 3600) * (1 if g[3] == "N" else -1)
        lo = (int(g[4]) + int(g[5]) / 60 + float(g[6]) / 3600) * (1 if g[7] == "E" else -1)
        assert abs(la - float(lat)) < 1e-5
        assert abs(lo - float(lon)) < 1e-5
    assert n > 100


def test_gayosso_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[GAYOSSO].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfFolio,Fecha de hechos,")
    cells = _text_rows(paths[GAYOSSO], "utf-8-sig", ",")
    assert cells["Fecha de hechos"].str.fullmatch(rf"\d\d/({_MX_MONTHS})/\d{{4}}").any()
    assert cells["País de origen"].str.contains("Ã").any()  # a file once opened as ANSI
    assert cells["País de destino"].isin(["EUA", "EE.UU."]).any()
    assert cells["Coordenadas"].str.fullmatch(r"-?\d+\.\d{5}, ?-?\d+\.\d{5}").any()
    # "3 (TRES)": the number is read, the words confirm it
    both = _with_truth(cells, truth, GAYOSSO)
    words = both.loc[both["Personas"].str.fullmatch(r"\d+ \([A-ZÉ]+\)")]
    words = words.loc[words["expected_status"] != "quarantine"]
    assert len(words) > 0
    assert (words["Personas"].str.split(" ").str[0] == words["n_persons"]).all()
    mx = both.loc[both["Fecha de hechos"].str.fullmatch(rf"\d\d/({_MX_MONTHS})/\d{{4}}")]
    mx = mx.loc[mx["expected_status"] != "quarantine"]
    month = (
        mx["Fecha de hechos"]
        .str.split("/")
        .str[1]
        .map({m: i + 1 for i, m in enumerate(_MX_MONTHS.split("|"))})
    )
    assert (pd.to_datetime(mx["event_date"]).dt.month.to_numpy() == month.to_numpy()).all()


def test_gasset_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _xlsx_rows(paths[GASSET])
    assert list(cells.columns[:3]) == ["No. de caso", "Fecha", "Delito"]
    kinds = cells["Fecha"].map(lambda v: type(v).__name__)
    assert {"datetime", "int", "str"} <= set(kinds)
    assert cells["Grupo etario"].isin(["NNA", "Adultos y NNA"]).any()
    assert cells["Sexo"].isin(["M", "F"]).any()
    assert cells["Nacionalidad"].isin(["VEN", "ECU", "HTI", "COL", "CHN"]).any()
    # a bare serial number is an Excel date
    both = _with_truth(cells, truth, GASSET)
    serial = both.loc[both["Fecha"].map(lambda v: isinstance(v, int))]
    serial = serial.loc[serial["expected_status"] != "quarantine"]
    assert len(serial) > 0
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha"].astype(int), unit="D")
    assert (day.dt.strftime("%Y-%m-%d").to_numpy() == serial["event_date"].to_numpy()).all()
    stamped = both.loc[both["Fecha"].map(lambda v: isinstance(v, datetime))]
    assert (stamped["date_precision"].dropna() == "day").all()
