"""The examiner set ``blind433`` (files ``*_ps.*``): childcare and domestic-work desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples import make_truth
from trendlib.samples._blind433 import SOURCES, make_blind433

VARIANT = "blind433"
SEED = 433
N_EVENTS = 1500
SMALL_SEED = 4331
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ps", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, (*FIELDS, "linked_offences"), tolerance=1e-3)


def test_exploitation_is_the_event_s_unless_not_yet_known(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    open_case = tags.str.contains("expl_unknown")
    assert open_case.any()
    assert (ok.loc[open_case, "exploitation"] == "unknown").all()
    assert ok.loc[~open_case, "exploitation"].equals(ev.loc[~open_case, "exploitation"])
    # a smuggling case has no form of exploitation, even where the desk wrote "N/A"
    na = tags.str.contains("expl_na_word")
    assert na.any()
    assert ok.loc[na, "exploitation"].isna().all()


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_reports_at_every_size() -> None:
    for n_events, seed in ((300, 0), (SMALL_EVENTS, SMALL_SEED), (N_EVENTS, SEED)):
        subs = make_blind433(make_truth(seed=seed, n_events=n_events), seed=seed)
        assert [s.source for s in subs] == list(NAMES)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() >= 5, (n_events, sub)


def test_small_set_keeps_its_promises(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)
    check_reports_of_events(small, rows, FIELDS)


def test_duplicates_come_from_the_desks_that_would_know(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    first = truth.set_index(truth["source_file"] + ":" + truth["source_row"])["source"]
    pairs = set(zip(first.loc[cross["duplicate_of"]], cross["source"], strict=True))
    assert ("kangourou_kids", "norland_agency") in pairs  # Calais, seen from Bath
    assert ("norland_agency", "kangourou_kids") in pairs  # Dover, seen from France
    assert ("sintradomes_pa", "ina_nanny_alerts") in pairs  # the Darién, US-bound
    assert all(a != b for a, b in pairs)


# --------------------------------------------------------------------------------------
# Norland Agency: UTF-16 "Unicode text", tabs, UK dates, demonyms, England/Scotland
# --------------------------------------------------------------------------------------
def test_norland_is_utf16_tab_separated(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["norland_agency"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Concern ref", "Date identified", "Concern type"]
    assert "Lat/long" in header
    assert "No. of alleged perpetrators" in header
    assert re.search(r"\tSG-20\d\d-\d{4}\t|^SG-20\d\d-\d{4}\t", text, re.M)


def test_norland_writes_the_way_a_uk_log_does(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, "norland_agency", "utf-16")
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d\t",
        text,
    )
    assert re.search(r"\t\d\d-[A-Z][a-z]{2}-\d\d\t", text)  # 07-May-23
    assert re.search(r"\t\d\d/\d\d/20\d\d\t", text)
    for word in ("\tVietnamese\t", "\tnil\t", "\tNot known\t", " > ", "\tScotland\t"):
        assert word in text, word
    assert "\tEngland\t" in text
    rows = _rows(truth, "norland_agency")
    scot = tags_of(truth).loc[rows.index].str.contains("uk_nation")
    assert scot.any()
    assert (
        rows.loc[scot & rows["expected_status"].ne("quarantine"), "detection_country"]
        .dropna()
        .eq("GBR")
        .all()
    )
    assert re.search(r"\t\d{2}\.\d{5}, -?\d{1,2}\.\d{5}\t", text)


# --------------------------------------------------------------------------------------
# Kangourou Kids: cp1252, ';', CRLF, French words, T2 2023, decimal commas
# --------------------------------------------------------------------------------------
def test_kangourou_is_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["kangourou_kids"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0].split(";")
    assert header[:3] == ["N° signalement", "Date des faits", "Qualification"]
    assert "Nb mis en cause" in header
    assert "Pays de repérage" in header


def test_kangourou_writes_the_french_way(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, "kangourou_kids", "cp1252")
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    for word in (";aucun;", ";Royaume-Uni;", ";sans objet;", "aide à l'entrée irrégulière"):
        assert word in text, word
    assert re.search(r";(afghan|irakien|iranien|érythréen|albanais|syrien);", text)
    # the re-sent extraction repeats some of its rows
    assert _rows(truth, "kangourou_kids")["expected_reason"].eq("exact_repeat").sum() >= 1


# --------------------------------------------------------------------------------------
# Interdomicilio: Excel dates, a few serials and typed texts, ISO alpha-2 codes
# --------------------------------------------------------------------------------------
def test_interdomicilio_is_a_spanish_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["interdomicilio"])
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº expediente", "Fecha de los hechos", "Tipo de delito"]
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 .. 2023-12-31
    texts = [d for d in dates if isinstance(d, str)]
    months = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto")
    assert any(t.split(" ")[0] in months for t in texts)
    counts = [r[4] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    countries = {r[8] for r in rows[1:]} | {r[9] for r in rows[1:]}
    assert {"MA", "España"} & countries


# --------------------------------------------------------------------------------------
# SINTRADOMES: UTF-8, ',', ISO dates, feminine nationalities, NNA, mojibake
# --------------------------------------------------------------------------------------
def test_sintradomes_writes_the_panamanian_way(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["sintradomes_pa"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["Caso", "Fecha", "Tipo de caso"]
    assert re.search(r"^ST-\d{3}-2\d,20\d\d-\d\d-\d\d,", text, re.M)
    assert re.search(r"^ST-\d{3}-2\d,20\d\d/\d\d/\d\d,", text, re.M)
    assert re.search(r"^ST-\d{3}-2\d,20\d\d-\d\d,", text, re.M)  # month only
    for word in (",venezolana,", ",NNA,", "Ã", ",ninguno,"):
        assert word in text, word
    assert re.search(r',"\d{1,2}\.\d{4}, -\d{2}\.\d{4}",', text)
    garbled = tags_of(truth).loc[_rows(truth, "sintradomes_pa").index].str.contains("mojibake")
    assert garbled.any()


# --------------------------------------------------------------------------------------
# International Nanny Association: JSON lines, US dates, case types, arrays
# --------------------------------------------------------------------------------------
def test_ina_writes_json_lines_the_us_way(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["ina_nanny_alerts"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "ina_nanny_alerts"))
    assert list(recs[0])[:3] == ["Report ID", "Incident Date", "Case Type"]
    dates = [r["Incident Date"] for r in recs if isinstance(r["Incident Date"], str)]
    us = [d for d in dates if re.fullmatch(r"\d\d/\d\d/20\d\d", d)]
    assert any(int(d[3:5]) > 12 for d in us)  # month first: 05/17/2023
    assert not any(int(d[:2]) > 12 for d in us)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    types = {r["Case Type"] for r in recs}
    assert {"Sex Trafficking", "Alien Smuggling"} <= types
    assert any(isinstance(r["Transit Countries"], list) for r in recs)
    assert any(r["Location Country"] in ("US", "USA", "United States") for r in recs)
    assert any(isinstance(r["Persons Involved"], int) for r in recs)


def test_ina_case_type_and_exploitation_agree(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "ina_nanny_alerts")
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    assert rows["crime_type"].notna().all()
    smuggling = rows["crime_type"] == "smuggling"
    assert rows.loc[smuggling, "exploitation"].isna().all()
