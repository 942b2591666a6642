"""Examiner blind set ``blind169`` (files ``*_fo.*``): North Sea and Channel lorry routes.

Five agencies never used before: the gendarmerie's Section de recherches de Lille (French,
cp1252, ``;``), the UK Organised Immigration Crime Taskforce (English, XLSX), the UK
Liaison Bureau at Europol (English, UTF-8 with BOM, ``,``), the Spanish Interior
counsellor in The Hague (Spanish, UTF-16, tab) and the Control Risks incident feed
(English, JSON lines). These tests check what the set promises (files, truth, each
agency's habits in the bytes); none of them cleans or scores.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind169 import BLIND169, SOURCES, make_blind169

VARIANT = "blind169"
SEED = 169
N_EVENTS = 1500
SMALL_SEED = 1691
SMALL_EVENTS = 400
SUFFIX = "_fo"
NAMES = [s.source for s in SOURCES]
#: Fields every row gives exactly as the event has them (no source blanks them).
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
#: Coordinates are written to 3-5 decimals or in decimal minutes.
TOLERANCE = 0.001

SR, UK, EP, ES, CR = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The full set, written once for the module."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A smaller set with another seed."""
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    """The truth rows of the full set."""
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, in file order."""
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    sub = {s.source: s for s in SOURCES}[source]
    return pd.read_csv(
        paths[source],
        sep=sub.delimiter,
        encoding=sub.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    """Five ``*_fo`` files (CSV, XLSX, JSONL) and a truth describing every row."""
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    """The same promises hold for a smaller set with another seed."""
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    truth = _truth(small)
    assert set(truth["source"]) == set(NAMES)
    assert (
        truth.groupby("source")["expected_status"].apply(lambda s: (s == "record").sum()) > 0
    ).all()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    """Same seed, same bytes."""
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """The reader gives exactly the rows the truth describes."""
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    """The reader gives exactly the rows of the smaller set too."""
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """The truth expects each event's values, but for what its row leaves out."""
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    """The same holds for the smaller set (its dates may lack a quarter-only one)."""
    check_reports_of_events(small, _truth(small), FIELDS)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    """'NC', 'TBC', 's/d' keep the record with no count; 'aucun', 'Nil' mean zero."""
    check_placeholder_counts(truth)


def test_exploitation_and_origin(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Exploitation: none for smuggling, 'unknown' when not determined; origin as given."""
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    keep = ~smuggling & ~unknown
    assert ok.loc[keep, "exploitation"].equals(ev.loc[keep, "exploitation"])
    no_origin = tags.str.contains("unknown:origin_country")
    assert no_origin.any()
    assert ok.loc[no_origin, "origin_country"].isna().all()
    assert ok.loc[~no_origin, "origin_country"].equals(ev.loc[~no_origin, "origin_country"])


def test_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each event first goes to its detection country's agency; duplicates as routed."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = [BLIND169.primary.get(d, BLIND169.compilation) for d in det]
    assert list(first["source"]) == want
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    ev = events.loc[cross["event_id"]]
    keys = zip(ev["corridor"], ev["detection_country"], strict=True)
    assert list(cross["source"]) == [BLIND169.secondary[k] for k in keys]


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_sr_lille_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """cp1252, ';', CRLF, French headers and words, day-first dates, decimal commas."""
    raw = paths[SR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° procédure;Date des faits;Lieu des faits;Qualification;")
    assert "\r\n" in text
    frame = _csv(paths, SR)
    rows = _rows(truth, SR)
    assert len(frame) == len(rows)
    good = rows["expected_status"] != "quarantine"
    dates = frame.loc[good, "Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{2}(\d{2})?|courant [a-zéû]+ \d{4}").all()
    assert frame["Destination"].isin(["Angleterre"]).any()
    assert frame["Nationalité"].isin(["afghane", "irakienne", "iranienne"]).any()
    lat = frame.loc[frame["Latitude"] != "", "Latitude"]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert "Ã" in text  # rows pasted from a UTF-8 tool
    assert "TOTAL GENERAL" in text
    assert "Extraction LRPGN" in text


def test_oictf_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Real Excel dates, some text dates and serials; UK wording; numbers as numbers."""
    sheet = load_workbook(paths[UK], read_only=True).active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))
    header = cells[0]
    body = [tuple(r) + (None,) * (len(header) - len(r)) for r in cells[1:]]
    assert header[:4] == ("OIC Ref", "Date of Encounter", "Location", "Country of Encounter")
    assert len(body) == len(_rows(truth, UK))
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date of Encounter"]] for r in body]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds
    text_dates = [d for d in dates if isinstance(d, str)]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in text_dates)
    words = {str(r[col["Offence Category"]]) for r in body}
    assert "Facilitation (s.25 IA 1971)" in words
    where = {r[col["Country of Encounter"]] for r in body}
    assert {"England", "UK", "France"} <= where
    ages = {r[col["Age Group"]] for r in body}
    assert {"UASC", "Age disputed"} & ages
    counts = [r[col["No. of Persons"]] for r in body[:-10]]
    assert any(isinstance(c, int) for c in counts)
    routes = [r[col["Route (transit)"]] for r in body if isinstance(r[col["Route (transit)"]], str)]
    assert any(" > " in r for r in routes)


def test_uklb_europol_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """UTF-8 with BOM, ',', ISO dates, EU country codes (EL, UK), lat-long pairs."""
    raw = paths[EP].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfUKLB ref,Date of event,Country of detection,")
    frame = _csv(paths, EP)
    rows = _rows(truth, EP)
    assert len(frame) == len(rows)
    good = (rows["expected_status"] != "quarantine").to_numpy()
    dates = frame.loc[good, "Date of event"]
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}").all()
    assert set(frame.loc[good, "Country of detection"]) - {""} <= {
        "PL",
        "HR",
        "EL",
        "UK",
        "IT",
        "ES",
    }
    assert "EL" in set(frame["Country of detection"])
    transit = frame.loc[frame["Transit countries"] != "", "Transit countries"]
    assert transit.str.fullmatch(r"[A-Z]{2}( - [A-Z]{2})*").all()
    pairs = frame.loc[frame["Location (lat, long)"] != "", "Location (lat, long)"]
    assert pairs.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").all()
    assert {"FII", "THB"} <= set(frame["Crime area"])


def test_consejeria_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """UTF-16 with BOM, tab, Spanish wording, quarters, thousands with '.', DM positions."""
    raw = paths[ES].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.startswith("Nº registro\tFecha\tPaís\tTipología\t")
    frame = _csv(paths, ES)
    rows = _rows(truth, ES)
    assert len(frame) == len(rows)
    good = (rows["expected_status"] != "quarantine").to_numpy()
    dates = frame.loc[good, "Fecha"]
    assert dates.str.contains("trimestre").any()
    assert dates.str.fullmatch(
        r"\d\d/\d\d/\d{4}|\d{1,2} de [a-z]+ de \d{4}|[a-z]+ de \d{4}|[1-4]º trimestre de \d{4}"
    ).all()
    big = rows["messiness"].fillna("").str.contains("thousands:n_persons").to_numpy()
    assert big.any()
    assert frame.loc[big, "Nº personas"].str.fullmatch(r"\d\.\d{3}").all()
    pos = frame.loc[frame["Posición"] != "", "Posición"]
    assert pos.str.fullmatch(r"\d\dº \d\d,\d\d' [NS] - \d{3}º \d\d,\d\d' [EW]").all()
    assert frame["Detenidos"].isin(["ninguno"]).any()


def test_control_risks_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """One JSON object a line; ISO dates; transit as an ordered list; re-sent incidents."""
    lines = paths[CR].read_text(encoding="utf-8").splitlines()
    rows = _rows(truth, CR)
    assert len(lines) == len(rows)
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incident_id", "incident_date", "category"]
    good = (rows["expected_status"] != "quarantine").to_numpy()
    for rec, ok in zip(recs, good, strict=True):
        if ok:
            assert re.fullmatch(r"\d{4}-\d\d(-\d\d(T\d\d:\d\d:00Z)?)?", rec["incident_date"])
        assert rec["transit"] is None or isinstance(rec["transit"], list)
    assert any(isinstance(r["persons_involved"], int) for r in recs)
    assert len(lines) - len(set(lines)) >= 3  # the feed re-sends some incidents


def test_repeats_are_exact(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each exact repeat's cells are those of the row it repeats."""
    rep = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert len(rep) >= 3
    assert set(rep["source"]) <= {UK, CR}
    lines = paths[CR].read_text(encoding="utf-8").splitlines()
    for row in rep.loc[rep["source"] == CR].itertuples():
        of = int(str(row.duplicate_of).split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[of - 1]


def test_make_blind169_in_memory() -> None:
    """The factory works on a small truth and gives every source some rows."""
    subs = make_blind169(make_truth(seed=5, n_events=300), seed=5)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.filename
        assert len(sub.frame) == len(sub.expected)
