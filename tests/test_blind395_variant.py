"""Examiner's held-out set ``blind395`` (files ``*_og.*``): the files and the truth it promises.

Five storage and warehouse security desks (UK Self Storage Association, AFILOG, UNO,
World BASC Organization, FEDESSA). These tests check the bytes of each file show the
desk's habits and that the truth reads each cell as a careful analyst would; none of them
cleans or scores.
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
from trendlib.samples._blind395 import SOURCES, make_blind395

VARIANT = "blind395"
SEED = 395
N_EVENTS = 1500
SMALL_SEED = 3951
SMALL_EVENTS = 400
SUFFIX = "_og"
NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
_MON_ES = "ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source]
    return rows.set_index(rows["source_row"].astype(int))


def _csv_cells(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """The file's cells as text, indexed by source_row (header = row 1)."""
    text = path.read_bytes().decode(encoding)
    frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind395(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_every_quarantine_reason_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbage = truth.loc[tags.str.contains("garbage_row")]
    # each CSV has an empty row; all but the JSON digest a note row; every file a total
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"]) == {
        "ssa_uk_incidents",
        "afilog_surete",
        "basc_alertas",
    }
    assert garbage["expected_reason"].eq("no_content").sum() == 4
    assert set(garbage.loc[garbage["expected_reason"] == "no_date", "source"]) == set(NAMES)


def test_duplicates_cross_the_channel_and_the_digest(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {"afilog_surete", "fedessa_digest"}
    assert set(cross["source"]) == {"afilog_surete", "fedessa_digest"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"ssa_uk_incidents", "basc_alertas"}


# --------------------------------------------------------------------------------------
# UK Self Storage Association: UTF-16 tab-separated "Unicode Text"
# --------------------------------------------------------------------------------------
def test_ssa_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ssa_uk_incidents"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Incident No.", "Date discovered", "Country"]
    assert "Site lat/long" in header
    cells = _csv_cells(paths["ssa_uk_incidents"], "utf-16", "\t")
    rows = _rows(truth, "ssa_uk_incidents")
    dated = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = cells.loc[dated, "Date discovered"]
    long_date = r"\d{1,2} (January|February|March|April|May|June|July|August|September"
    long_date += r"|October|November|December) \d{4}"
    assert dates.str.fullmatch(rf"\d\d/\d\d/\d{{4}}|{long_date}").all()
    assert dates.str.fullmatch(long_date).any()
    assert cells["Country"].isin(["England", "Scotland"]).any()
    assert cells["Nationality (stated)"].str.strip().eq("Vietnamese").any()
    assert cells["Site lat/long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|").all()


def test_ssa_truth_reads_words_and_home_nations(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _csv_cells(paths["ssa_uk_incidents"], "utf-16", "\t")
    rows = _rows(truth, "ssa_uk_incidents")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    words = ["one", "two", "three", "four", "five", "six"]
    words += ["seven", "eight", "nine", "ten", "eleven", "twelve"]
    said = cells.loc[kept.index, "No. of people found"].str.lower()
    in_words = said.isin(words)
    assert in_words.any()
    got = kept.loc[in_words, "n_persons"].astype(int)
    assert (got == said[in_words].map(lambda w: words.index(w) + 1)).all()
    approx = said.str.match(r"(approx\.?|c\.) \d+$")
    assert (kept.loc[approx, "n_persons"] == said[approx].str.split().str[-1]).all()
    home = cells.loc[kept.index, "Country"].isin(["England", "Scotland", "UK", "GB"])
    assert (kept.loc[home, "detection_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# AFILOG: cp1252, ";", CRLF, French
# --------------------------------------------------------------------------------------
def test_afilog_bytes(paths: dict[str, Path]) -> None:
    raw = paths["afilog_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.count("\r\n") == text.count("\n")
    assert text.splitlines()[0].split(";")[:3] == [
        "N° fiche",
        "Date/heure du constat",
        "Pays du constat",
    ]
    cells = _csv_cells(paths["afilog_surete"], "cp1252", ";")
    assert cells["Date/heure du constat"].str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").any()
    assert cells["Latitude"].str.fullmatch(r"\d+,\d{5}").any()
    assert cells["Latitude"].str.contains("°").any()  # degrees, minutes, seconds
    assert cells.apply(lambda c: c.str.contains("Ã")).any().any()  # pasted UTF-8 text
    assert cells["Destination déclarée"].str.contains("Angleterre", case=False).any()


def test_afilog_truth_reads_counts_and_coordinates(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _csv_cells(paths["afilog_surete"], "cp1252", ";")
    rows = _rows(truth, "afilog_surete")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    said = cells.loc[kept.index, "Nb de personnes découvertes"]
    note = said.str.contains("dont")
    assert note.any()
    assert (kept.loc[note, "n_persons"] == said[note].str.split().str[0]).all()
    comma = cells.loc[kept.index, "Latitude"].str.fullmatch(r"\d+,\d+")
    lat = cells.loc[kept.index, "Latitude"][comma].str.replace(",", ".").astype(float)
    assert (lat - kept.loc[comma, "lat"].astype(float)).abs().max() < 1e-9
    dms = cells.loc[kept.index, "Latitude"].str.contains("°")
    assert kept.loc[dms, "lat"].notna().all()


# --------------------------------------------------------------------------------------
# UNO: Spanish workbook
# --------------------------------------------------------------------------------------
def test_uno_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["uno_logistica_seguridad"], read_only=True)
    values = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(values[0])
    assert header[:3] == ["Nº expediente", "Fecha del hallazgo", "País del hallazgo"]
    dates = [r[1] for r in values[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 46000 for d in serials)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in text)
    assert any(re.fullmatch(r"[a-z]+ \d{4}", d) for d in text)
    lat = header.index("Latitud")
    assert any(isinstance(r[lat], float) for r in values[1:])
    assert any(isinstance(r[lat], str) and "," in r[lat] for r in values[1:])
    rows = _rows(truth, "uno_logistica_seguridad")
    for number, row in enumerate(values[1:], start=2):
        if isinstance(row[1], int) and rows.loc[number, "expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=row[1])
            assert rows.loc[number, "event_date"] == day.strftime("%Y-%m-%d")
        if isinstance(row[1], str) and re.fullmatch(r"T[1-4] \d{4}", row[1]):
            assert rows.loc[number, "date_precision"] == "quarter"


# --------------------------------------------------------------------------------------
# World BASC Organization: UTF-8, ",", Spanish of the Americas
# --------------------------------------------------------------------------------------
def test_basc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["basc_alertas"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = next(csv.reader(io.StringIO(text)))
    assert header[:3] == ["No. alerta", "Fecha del evento", "País del evento"]
    cells = _csv_cells(paths["basc_alertas"], "utf-8", ",")
    rows = _rows(truth, "basc_alertas")
    kept = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = cells.loc[kept, "Fecha del evento"]
    pattern = rf"\d{{4}}/\d\d/\d\d|\d\d-({_MON_ES})-\d{{4}}|({_MON_ES})-\d{{4}}"
    assert dates.str.fullmatch(pattern).all()
    assert cells["Grupo etario"].str.contains("NNA").any()
    assert cells["País del evento"].isin(["EE.UU.", "EEUU", "US", "USA"]).any()
    pair = cells.loc[kept, "Coordenadas (lat, long)"]
    assert pair.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|N/D|S/C|").all()
    month = dates.str.fullmatch(rf"({_MON_ES})-\d{{4}}")
    assert (rows.loc[month[month].index, "date_precision"] == "month").all()


# --------------------------------------------------------------------------------------
# FEDESSA: JSON lines digest
# --------------------------------------------------------------------------------------
def test_fedessa_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["fedessa_digest"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["case_id", "incident_date", "member_country", "category"]
    rows = _rows(truth, "fedessa_digest")
    countries = {r["member_country"] for r in records}
    assert {"EL", "IT", "HR", "PL"} <= countries
    for number, rec in enumerate(records, start=1):
        row = rows.loc[number]
        if row["expected_status"] == "quarantine":
            continue
        if rec["member_country"] == "EL":
            assert row["detection_country"] == "GRC"
        date = str(rec["incident_date"])
        if re.fullmatch(r"\d{4}-Q[1-4]", date):
            assert row["date_precision"] == "quarter"
            start = pd.Period(date.replace("-", ""), freq="Q").start_time
            assert row["event_date"] == start.strftime("%Y-%m-%d")
        elif re.fullmatch(r"\d{4}-\d\d", date):
            assert row["date_precision"] == "month"
            assert row["event_date"] == f"{date}-01"
        else:
            assert row["event_date"] == date
        if isinstance(rec["persons_found"], int):
            assert row["n_persons"] == str(rec["persons_found"])


def test_tags_cover_the_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for habit in (
        "demonym:nationality",
        "mojibake",
        "typo",
        "alias",
        "iso2",
        "iso3",
        "eu_code:detection_country",
        "home_nation:detection_country",
        "date_serial",
        "date_quarter",
        "date_month",
        "date_time",
        "dms",
        "decimal_comma",
        "count_word",
        "count_note",
        "na_word",
        "zero_word",
        "blank_gender",
    ):
        assert tags.str.contains(habit, regex=False).any(), habit
