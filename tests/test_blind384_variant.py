"""Examiner set ``blind384`` (files ``*_nv.*``): five ethical-trade registers.

These tests check what the set promises: its files, its truth, and that the bytes show
each agency's habits. None of them cleans or scores.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
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
from trendlib.samples._blind384 import AGENCIES, make_blind384

VARIANT = "blind384"
SEED = 384
N_EVENTS = 1500
SMALL_SEED = 3841
SMALL_EVENTS = 400

SOURCES = [a.source for a in AGENCIES]
APPLUS, ICS, FNET, AHIFORES, FLOCERT = SOURCES
FLOCERT_HEADERS = AGENCIES[4].headers
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The set and its truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_nv", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_nv", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-6)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_agency_reports_events(n_events: int) -> None:
    subs = make_blind384(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == SOURCES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_every_agency_has_its_garbage_rows(truth: pd.DataFrame) -> None:
    for src in AGENCIES:
        rows = _rows(truth, src.source)
        reasons = set(rows.loc[rows["messiness"] == "garbage_row", "expected_reason"])
        want = {"no_date"} | ({"empty_row"} if src.format == "csv" else set())
        want |= {"no_content"} if src.note is not None else set()
        assert reasons == want, src.source


def test_exploitation_and_linked_offences(
    paths: dict[str, Path], truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.set_index("event_id").loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    assert ok["linked_offences"].equals(ev["linked_offences"])
    # pure smuggling has no form of exploitation; an unknown one is said so, and tagged
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    differs = ok["exploitation"].ne(ev["exploitation"]) & ~smuggling
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()
    assert differs.sum() > 0


def test_partial_dates_are_never_in_a_duplicated_pair(truth: pd.DataFrame) -> None:
    dup_events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    pairs = truth.loc[truth["event_id"].isin(dup_events)]
    assert (pairs["date_precision"].dropna() == "day").all()
    assert {"day", "month", "quarter"} <= set(truth["date_precision"].dropna())


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_applus_is_spanish_cp1252_semicolon(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[APPLUS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert not raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    rows = _csv_rows(paths[APPLUS], "cp1252", ";")
    assert rows[0][:3] == ["Nº alerta", "Fecha detección", "Tipología"]
    body = [r for r in rows[1:] if r and re.match(r"ALR-\d{4}-\d{4}$", r[0])]
    dates = {r[1] for r in body}
    assert all(re.fullmatch(r"\d\d/\d\d/(\d{4}|\d\d)|\d\d/\d{4}|", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d{4}", d) for d in dates)  # month only
    text = raw.decode("cp1252")
    for word in ("Tráfico ilícito de migrantes", "Cayuco", "MARRUECOS", "Salto de valla"):
        assert word in text, word
    assert re.search(r";\d{2},\d{5};-\d{1,2},\d{5};", text)  # decimal-comma lat;lon
    big = _rows(truth, APPLUS)["messiness"].fillna("").str.contains("thousands:n_persons")
    if big.any():
        assert re.search(r";\d\.\d{3};", text)


def test_ics_is_french_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[ICS].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    rows = _csv_rows(paths[ICS], "utf-16", "\t")
    assert rows[0][:3] == ["N° alerte", "Date du constat", "Qualification"]
    assert "Coordonnées GPS" in rows[0]
    assert re.search(r"\t\d\d/\d\d/\d{4}\t", text)
    assert re.search(r"\tT[1-4] 20\d\d\t", text)  # quarters
    assert re.search(r"\t(janvier|février|mars|avril|mai|juin|juillet|août|septembre)", text)
    assert re.search(r"\t\d{2},\d{5} / -?\d{1,2},\d{5}\t", text)
    assert " > " in text
    assert "Aide à l'entrée et au séjour irréguliers" in text


def test_fnet_is_english_json_lines(paths: dict[str, Path]) -> None:
    lines = paths[FNET].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["alert_id", "incident_date", "issue_type"]
    dates = [r["incident_date"] for r in recs if r["incident_date"]]
    assert all(re.fullmatch(r"(\d{1,2} )?[A-Z][a-z]+ \d{4}|Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    counts = [r["people_affected"] for r in recs]
    assert any(isinstance(c, int) for c in counts)
    assert any(c in ("one", "two", "three", "four", "five") for c in counts)
    places = {r["country_of_incident"] for r in recs}
    assert {"UK", "HRV"} & places
    assert all(isinstance(r["lat"], float) for r in recs if r["lat"] is not None)
    assert recs[-1]["alert_id"] == "TOTAL"


def test_ahifores_is_mexican_utf8_comma_with_mojibake(paths: dict[str, Path]) -> None:
    raw = paths[AHIFORES].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    rows = _csv_rows(paths[AHIFORES], "utf-8", ",")
    assert rows[0][:2] == ["Folio", "Fecha del hallazgo"]
    assert "MÃ©xico" in text  # a UTF-8 register once read as cp1252
    assert "NNA" in text
    assert re.search(r",\d{4}-\d\d-\d\d,", text)
    assert re.search(r",\d{4}-\d\d,", text)  # month only
    assert re.search(r'"\d{2}\.\d{5}, -\d{2,3}\.\d{5}"', text)
    assert any(r[10] in ("EUA", "EE. UU.", "Estados Unidos de América") for r in rows[1:] if r)


def test_flocert_is_an_english_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[FLOCERT], read_only=True)
    sheet = book.worksheets[0]
    width = len(FLOCERT_HEADERS)
    rows = [(*r, *[None] * (width - len(r))) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ("Case ID", "Date of finding", "Issue category")
    kinds = {type(r[1]) for r in rows[1:] if r[1] is not None}
    assert {dt.datetime, int, str} <= kinds  # Excel dates, bare serials, 17.05.2023 text
    texts = [r[1] for r in rows[1:] if isinstance(r[1], str)]
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", t) for t in texts)
    assert any(isinstance(r[15], float) for r in rows[1:])
    words = {r[11] for r in rows[1:]}
    assert {"Panama", "Panamá", "PA"} <= words  # English, the auditors' Spanish, ISO alpha-2
    book.close()


def test_cross_source_reports_keep_the_day(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    assert len(set(dups["source"])) >= 4
    true_day = pd.to_datetime(events.set_index("event_id").loc[dups["event_id"], "event_date"])
    delta = (pd.to_datetime(dups["event_date"]).to_numpy() - true_day.to_numpy()).astype(
        "timedelta64[D]"
    )
    assert (abs(delta.astype(int)) <= 1).all()
