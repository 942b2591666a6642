"""The examiner set ``blind307``: five freight and customs-broker desks (files ``*_kw.*``).

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
from trendlib.samples import make_truth
from trendlib.samples._blind307 import AGENCIES, make_blind307

VARIANT = "blind307"
SEED = 307
N_EVENTS = 1500
SMALL_SEED = 3071
SMALL_EVENTS = 400
SOURCES = ("bifa_uk", "tlf_douane", "cgaa_es", "caaarem_mx", "fiata_desk")
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
BY_SOURCE = {a.source: a for a in AGENCIES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(path: Path, source: str) -> dict[int, dict[str, object]]:
    """The file's rows by source row number (header = row 1; JSON line = its number)."""
    agency = BY_SOURCE[source]
    if agency.format == "jsonl":
        lines = path.read_text(encoding=agency.encoding).splitlines()
        return {i: json.loads(line) for i, line in enumerate(lines, start=1)}
    if agency.format == "xlsx":
        sheet = load_workbook(path, read_only=True).active
        assert sheet is not None
        values = list(sheet.iter_rows(values_only=True))
        head = [str(h) for h in values[0]]
        width = len(head)
        return {
            i: dict(zip(head, (*row, *([None] * (width - len(row)))), strict=True))
            for i, row in enumerate(values[1:], start=2)
        }
    text = path.read_bytes().decode(agency.encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=agency.delimiter or ",")
    table = list(reader)
    head = table[0]
    out: dict[int, dict[str, object]] = {}
    for i, row in enumerate(table[1:], start=2):
        out[i] = dict(zip(head, row, strict=True)) if row else dict.fromkeys(head, "")
    return out


def _cells(paths: dict[str, Path], source: str, column: str) -> list[object]:
    header = BY_SOURCE[source].headers[column]
    return [r.get(header) for r in _rows(paths[source], source).values()]


def _texts(paths: dict[str, Path], source: str, column: str) -> list[str]:
    return [str(v) for v in _cells(paths, source, column) if v not in (None, "")]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kw", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_gives_every_desk_rows(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_kw", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_desk_reports_at_small_sizes(n_events: int) -> None:
    subs = make_blind307(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


# --------------------------------------------------------------------------------------
# What a row may leave out, beyond the shared checks
# --------------------------------------------------------------------------------------
def test_unknown_words_expect_unknown_or_nothing(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    # exploitation: the event's form, "unknown" where the desk wrote a not-known word,
    # nothing for pure smuggling (a BIFA "N/A" included)
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert (
        ok.loc[~unknown, "exploitation"]
        .fillna("")
        .equals(ev.loc[~unknown, "exploitation"].fillna(""))
    )
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()
    # origin: the event's, but nothing where the desk has no such column or wrote unknown
    no_origin = tags.str.contains("unknown:origin_country") | ok["source"].eq("bifa_uk")
    assert ok.loc[no_origin, "origin_country"].isna().all()
    assert ok.loc[~no_origin, "origin_country"].equals(ev.loc[~no_origin, "origin_country"])


def test_every_quarantine_reason_is_planted_in_the_bytes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    rows = {s: _rows(paths[s], s) for s in SOURCES}
    source_of = {a.filename: a.source for a in AGENCIES}
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    for row in bad.itertuples():
        src = BY_SOURCE[source_of[row.source_file]]
        cells = rows[src.source][int(row.source_row)]
        date = cells.get(src.headers["event_date"])
        persons = cells.get(src.headers["n_persons"])
        reason = row.expected_reason
        if reason == "empty_row":
            assert all(v in (None, "") for v in cells.values())
        elif reason == "no_date":
            assert date in (None, "")
        elif reason == "bad_date":
            assert isinstance(date, str)
            assert re.search(r"(31|30)[/-](02|04|06|09|11|feb|abr|jun|sep|nov)", date) or re.match(
                r"\d{4}-(02|04|06|09|11)-3[01]$", date
            ), date
        elif reason == "future_date":
            year = date.year if hasattr(date, "year") else int(re.findall(r"\d{4}", str(date))[0])
            assert year >= 2030, date
        elif reason == "negative_count":
            assert str(persons).startswith("-")
        elif reason == "bad_count":
            assert str(persons) in src.bad_count
        else:  # a note row: a date and words, nothing else
            assert reason == "no_content"
            assert cells.get(src.headers["source_ref"]) == src.note
            assert date not in (None, "")


def test_totals_close_each_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source in SOURCES:
        src = BY_SOURCE[source]
        rows = _rows(paths[source], source)
        refs = [str(r.get(src.headers["source_ref"])) for r in rows.values()]
        assert src.total in refs, source
        if src.repeats:  # re-sent rows come after the total
            assert refs[-1] != src.total
        else:
            assert refs[-1] == src.total


def test_exact_repeats_are_byte_for_byte(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"caaarem_mx", "fiata_desk"}
    for row in repeats.itertuples():
        rows = _rows(paths[row.source], row.source)
        first = int(row.duplicate_of.split(":")[1])
        assert rows[int(row.source_row)] == rows[first]


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_bifa_writes_a_uk_form_export(paths: dict[str, Path]) -> None:
    raw = paths["bifa_uk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfIncident No.,Date Found,")
    assert b'"Trailer GPS (lat, long)"' in raw.splitlines()[0]
    dates = _texts(paths, "bifa_uk", "event_date")
    styles = {
        "dmy": r"\d\d/\d\d/\d{4}",
        "d_mon_yy": r"\d\d-[A-Z][a-z]{2}-\d\d",
        "long": r"\d{1,2} [A-Z][a-z]+ \d{4}",
        "month": r"[A-Z][a-z]+ \d{4}",
        "quarter": r"Q[1-4] \d{4}",
    }
    for name, pattern in styles.items():
        assert any(re.fullmatch(pattern, d) for d in dates), name
    found = set(_texts(paths, "bifa_uk", "detection_country"))
    assert {"UK", "England"} <= found
    assert {"Afghan", "Iraqi"} <= set(_texts(paths, "bifa_uk", "nationality"))
    persons = _texts(paths, "bifa_uk", "n_persons")
    assert any(re.fullmatch(r"\d+ \(incl\. \d+ minors\)", p) for p in persons)
    assert {"Nil", "None"} & set(_texts(paths, "bifa_uk", "n_suspects"))
    gps = _texts(paths, "bifa_uk", "coordinates")
    assert any(re.fullmatch(r"5\d\.\d{4,5}, ?-?\d\.\d{4,5}", g) for g in gps)
    assert any(" > " in t for t in _texts(paths, "bifa_uk", "transit_countries"))


def test_tlf_writes_a_french_excel_csv(paths: dict[str, Path]) -> None:
    raw = paths["tlf_douane"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date de découverte;")
    assert "\r\n" in text
    dates = _texts(paths, "tlf_douane", "event_date")
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)
    lat = _texts(paths, "tlf_douane", "lat")
    assert any(re.fullmatch(r"5\d,\d{4,5}", v) for v in lat)
    assert "Ã©" in text  # rows pasted from the members' UTF-8 web form
    assert {"Angleterre"} <= set(_texts(paths, "tlf_douane", "destination_country"))
    assert {"aucun", "néant"} & set(_texts(paths, "tlf_douane", "n_suspects"))


def test_cgaa_keeps_a_spreadsheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    dates = _cells(paths, "cgaa_es", "event_date")
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{4}T[1-4]", d) for d in texts)
    assert any(re.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}", d) for d in texts)
    lat = _cells(paths, "cgaa_es", "lat")
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and "," in v for v in lat)
    cgaa = truth.loc[truth["source"] == "cgaa_es"]
    big = cgaa.loc[tags_of(cgaa).str.contains("thousands:n_persons")]
    persons = _rows(paths["cgaa_es"], "cgaa_es")
    for row in big.itertuples():
        cell = persons[int(row.source_row)]["Nº personas"]
        assert re.fullmatch(r"\d\.\d{3}", str(cell)), cell
        assert int(str(cell).replace(".", "")) == int(row.n_persons)
    assert {"España", "ES", "ESP"} & set(_texts(paths, "cgaa_es", "detection_country"))


def test_caaarem_writes_a_pipe_latin1_file(paths: dict[str, Path]) -> None:
    raw = paths["caaarem_mx"].read_bytes()
    assert raw.startswith(b"Folio|Fecha del evento|Aduana / garita|Pa\xeds de detecci\xf3n|")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    dates = _texts(paths, "caaarem_mx", "event_date")
    assert any(re.fullmatch(r"\d\d-[a-z]{3}-\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", d) for d in dates)
    assert any(re.fullmatch(r"(1er|2do|3er|4to) trimestre \d{4}", d) for d in dates)
    assert {"EUA", "E.U.A."} <= set(_texts(paths, "caaarem_mx", "detection_country"))
    nats = set(_texts(paths, "caaarem_mx", "nationality"))
    assert {"mexicana", "guatemalteca"} <= nats
    assert nats & {"MEX", "GTM", "HND"}
    assert "NNA" in set(_texts(paths, "caaarem_mx", "age_group"))


def test_fiata_pages_are_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["fiata_desk"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["alert_id", "incident_date", "site"]
    events = [r for r in records if r["alert_id"] != "TOTAL"]
    countries = {r["country"] for r in events if r["country"]}
    assert countries <= {"IT", "GR", "HR", "PL", "PA", "ES", "US"}
    assert {"IT", "GR", "HR", "PL", "PA"} <= countries
    dates = [str(r["incident_date"]) for r in events if r["incident_date"]]
    for pattern in (
        r"\d{4}-\d\d-\d\d",
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z",
        r"\d{4}-\d\d",
        r"\d{4}-Q[1-4]",
    ):
        assert any(re.fullmatch(pattern, d) for d in dates), pattern
    assert {r["category"] for r in events} == {
        "migrant_smuggling",
        "human_trafficking",
        "trafficking_and_smuggling",
    }
    counts = [r["persons_found"] for r in events if r["persons_found"] is not None]
    assert all(isinstance(c, int) or c in BY_SOURCE["fiata_desk"].bad_count for c in counts)
    assert any(str(r["origin"]).isdigit() for r in events)  # a few ISO numeric codes
