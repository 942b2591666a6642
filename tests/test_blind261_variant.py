"""The examiner set ``blind261`` (files ``*_jc.*``): five hospitality bodies' registers.

These tests check what the set promises (files, truth, the bodies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind261 import AGENCIES, make_blind261

VARIANT = "blind261"
SEED = 261
N_EVENTS = 1500
SMALL_SEED = 2611
SMALL_EVENTS = 400
SOURCES = ("umih_fr", "cehat_es", "federalberghi_it", "ahla_us", "wttc_taskforce")
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path)
    rows = [tuple(r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    return rows


def _column(rows: list[tuple[object, ...]], header: str) -> list[object]:
    at = rows[0].index(header)
    return [r[at] for r in rows[1:]]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jc", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_jc", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_the_doctest_sizes() -> None:
    for n in (300, 400, 1500):
        subs = make_blind261(make_truth(seed=n, n_events=n), seed=n)
        assert [s.source for s in subs] == list(SOURCES)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


# --------------------------------------------------------------------------------------
# What the truth leaves out, and why
# --------------------------------------------------------------------------------------
def test_origin_destination_and_exploitation(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    keep = truth["expected_status"].ne("quarantine")
    ok, tg = truth.loc[keep].reset_index(drop=True), tags.loc[keep].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country"):
        gone = tg.str.contains(f"unknown:{col}")
        assert gone.any(), col
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    lost = tg.str.contains("unknown:exploitation|empty:exploitation")
    assert (ok.loc[~smuggling & lost, "exploitation"] == "unknown").all()
    assert ok.loc[~smuggling & ~lost, "exploitation"].equals(
        ev.loc[~smuggling & ~lost, "exploitation"]
    )
    # a smuggling row saying "not applicable" is a smuggling row, not an unknown form
    assert tg[smuggling].str.contains("not_applicable").any()


def test_every_source_plants_its_quarantine_and_repeats(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    reasons = truth.groupby("source_file")["expected_reason"].apply(set)
    for name in ("umih_fr_jc.csv", "federalberghi_it_jc.csv"):
        assert {"empty_row", "no_content", "no_date"} <= reasons[name]
    for name in ("cehat_es_jc.xlsx", "wttc_taskforce_jc.xlsx"):
        assert {"no_content", "no_date"} <= reasons[name]
    assert "exact_repeat" in reasons["umih_fr_jc.csv"]
    assert "exact_repeat" in reasons["ahla_us_jc.jsonl"]
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source_file"]
    assert set(cross) == {"wttc_taskforce_jc.xlsx", "umih_fr_jc.csv"}


def test_mojibake_only_in_the_pasted_spanish_batch(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    moji = tags_of(truth).str.contains("mojibake")
    assert moji.any()
    assert set(truth.loc[moji, "source_file"]) == {"cehat_es_jc.xlsx"}
    cells = [str(v) for r in _sheet(paths["cehat_es"])[1:] for v in r if isinstance(v, str)]
    assert any("Ã" in c for c in cells)


# --------------------------------------------------------------------------------------
# The bodies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_umih_windows_1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["umih_fr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    header = lines[0].split(";")
    assert header[:3] == ["N° signalement", "Date des faits", "Nature des faits"]
    assert "Nb auteurs présumés" in header
    assert "Pays traversés" in header
    assert text.count("\n") == text.count("\r\n") > 0  # Windows line ends
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(
        r";(1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";5\d,\d{5};[12],\d{5};", text)  # decimal-comma coordinates
    assert "Sans objet" in text
    assert ";aucun;" in text or ";néant;" in text
    assert re.search(r";\d+ pers\.;", text)
    assert "Données provisoires" in text
    assert "\r\nTOTAL;" in text


def test_federalberghi_utf16_tab_italian_locale(paths: dict[str, Path]) -> None:
    raw = paths["federalberghi_it"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode text": UTF-16, BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Case ID", "Date of event", "Offence"]
    assert "Country of detection" in header
    assert "Long" in header
    body = text.splitlines()[1:]
    dates = [line.split("\t")[1] for line in body if line.startswith("FA")]
    days = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert any(int(d[:2]) > 12 for d in days)  # day-first
    assert all(int(d[3:5]) <= 12 for d in days)
    assert any(re.fullmatch(r"\d\d/\d{4}", d) for d in dates)  # month only
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert re.search(r"\t\d{2},\d{5}\t\d{1,2},\d{5}\t", text)  # decimal commas
    assert re.search(r"\t\d\.\d{3}\t", text)  # 1.250 persons
    assert "caporalato" in text


def test_cehat_excel_dates_demonyms_and_pairs(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["cehat_es"])
    assert rows[0][:3] == ("Nº incidencia", "Fecha del hecho", "Tipo de delito")
    dates = _column(rows, "Fecha del hecho")
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any("trimestre" in d or re.fullmatch(r"T[1-4] \d{4}", d) for d in texts)
    nats = {str(v).strip().lower() for v in _column(rows, "Nacionalidad") if v}
    assert nats & {"marroquí", "senegalesa", "senegalés", "maliense", "malienses", "rumana"}
    pairs = [v for v in _column(rows, "Coordenadas (lat, long)") if isinstance(v, str)]
    assert pairs
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", p) for p in pairs)
    modes = {str(v).strip() for v in _column(rows, "Medio de transporte") if v}
    assert {"Patera", "Cayuco"} <= modes


def test_ahla_json_lines_us_dates(paths: dict[str, Path]) -> None:
    lines = paths["ahla_us"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incidentId", "incidentDate", "incidentType"]
    dates = [r["incidentDate"] for r in recs if isinstance(r["incidentDate"], str)]
    us = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert any(int(d[3:5]) > 12 for d in us)  # month first
    assert all(int(d[:2]) <= 12 for d in us)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", d) for d in dates)
    assert any(isinstance(r["personsInvolved"], int) for r in recs)
    assert any(r["ageGroup"] == "UAC" for r in recs)
    assert any(isinstance(r["latitude"], float) for r in recs)


def test_wttc_iso3_routes_and_quarters(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["wttc_taskforce"])
    assert rows[0][:3] == ("Ref", "Date", "Category")
    where = [str(v) for v in _column(rows, "Location (country)") if v]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", w)) for w in where) > 0.4 * len(where)
    assert any(re.fullmatch(r"\d{3}", w) for w in where)  # a numeric ISO code now and then
    routes = [str(v) for v in _column(rows, "Route (transit)") if v]
    assert any(" > " in r for r in routes)
    dates = [d for d in _column(rows, "Date") if isinstance(d, str)]
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    cats = {str(v).strip() for v in _column(rows, "Category") if v}
    assert {"THB", "SOM"} <= cats


def test_agencies_are_the_five_sources() -> None:
    assert tuple(a.source for a in AGENCIES) == SOURCES
    assert {a.format for a in AGENCIES} == {"csv", "xlsx", "jsonl"}
    assert {a.language for a in AGENCIES} == {"en", "fr", "es"}
