"""The examiner set ``blind173`` (files ``*_fs.*``): what it promises, without cleaning.

Five desks of the Nigerian and Ghanaian anti-trafficking system and of their partners
(:mod:`trendlib.samples._blind173`). These tests check the files and the truth only; the
cleaner is scored on the set elsewhere, once.
"""

from __future__ import annotations

import datetime as dt
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

VARIANT = "blind173"
SEED = 173
N_EVENTS = 1500
SMALL_SEED = 1731
SMALL_EVENTS = 400
SOURCES = (
    "npf_attache_rome_fs",
    "ssi_abuja_fs",
    "nga_agregaduria_madrid_fs",
    "gps_liaison_london_fs",
    "ncb_abuja_fs",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 4 or 5 decimals or to a tenth of a second of arc.
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fs", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_fs", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# What the truth says of the cells a reader cannot take as they are
# --------------------------------------------------------------------------------------
def test_exploitation_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert unknown.sum() > 0
    kept = ~smuggling & ~unknown
    assert ok.loc[kept, "exploitation"].equals(ev.loc[kept, "exploitation"])


def test_planted_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_file = truth.assign(tags=tags).groupby("source_file")["tags"].agg(";".join)
    rome = by_file["npf_attache_rome_fs.csv"]
    ssi = by_file["ssi_abuja_fs.xlsx"]
    madrid = by_file["nga_agregaduria_madrid_fs.csv"]
    london = by_file["gps_liaison_london_fs.csv"]
    ncb = by_file["ncb_abuja_fs.jsonl"]
    for needed in ("typo:", "alias:", "iso2:", "zero_word", "partial_date"):
        assert needed in rome, needed
    for needed in ("excel_serial", "date_as_text", "iso3:", "zero_word", "partial_date"):
        assert needed in ssi, needed
    for needed in ("mojibake:", "english:", "long_date", "typo:", "partial_date"):
        assert needed in madrid, needed
    for needed in ("short_date", "long_date", "alias:", "typo:", "zero_word"):
        assert needed in london, needed
    for needed in ("iso_datetime", "partial_date"):
        assert needed in ncb, needed
    # only the Madrid desk's cells went through a wrong code page
    assert "mojibake" not in rome + ssi + london + ncb
    assert tags.str.contains("coords_placeholder").any()
    assert tags.str.contains("coords_missing").any()
    assert tags.str.contains("na_word").any()
    assert tags.str.contains("blank_gender").any()


def test_precisions_per_desk(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    prec = ok.groupby("source_file")["date_precision"].agg(lambda s: set(s))
    assert prec["npf_attache_rome_fs.csv"] == {"day", "month"}
    assert prec["ssi_abuja_fs.xlsx"] == {"day", "month", "quarter"}
    assert prec["gps_liaison_london_fs.csv"] <= {"day", "quarter"}
    assert prec["ncb_abuja_fs.jsonl"] == {"day", "month", "quarter"}


def test_cross_source_reports(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    first_file = cross["duplicate_of"].str.split(":").str[0]
    pairs = set(zip(first_file, cross["source_file"], strict=True))
    allowed = {
        ("npf_attache_rome_fs.csv", "ncb_abuja_fs.jsonl"),
        ("nga_agregaduria_madrid_fs.csv", "ncb_abuja_fs.jsonl"),
        ("ssi_abuja_fs.xlsx", "gps_liaison_london_fs.csv"),
        ("gps_liaison_london_fs.csv", "ssi_abuja_fs.xlsx"),
    }
    assert pairs <= allowed
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source_file"]
    assert set(repeats) == {"npf_attache_rome_fs.csv", "ncb_abuja_fs.jsonl"}


# --------------------------------------------------------------------------------------
# The bytes of each desk
# --------------------------------------------------------------------------------------
def test_rome_italian_locale_csv(paths: dict[str, Path]) -> None:
    raw = paths["npf_attache_rome_fs"].read_bytes()
    assert raw.startswith(b"Case Ref.;Date of Incident;Offence;Form of Exploitation;")
    assert b"\r\n" in raw
    assert raw.count(b"\r\n") == raw.count(b"\n")
    text = raw.decode("cp1252")
    assert re.search(r";\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    assert re.search(r";\d{1,2}\.\d{3};", text)  # thousands with a dot
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d-\d\d-20\d\d;", text)
    assert re.search(r";(January|May|August|October) 20\d\d;", text)
    for word in ("Trafficking in Persons", "Smuggling of Migrants", ";Nil;", "NIGERIA", "N/K"):
        assert word in text, word
    assert " - " in text
    assert "GRAND TOTAL" in text
    assert "Côte d’Ivoire".encode("cp1252") in raw or b"Ivory Coast" in raw


def test_ssi_french_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["ssi_abuja_fs"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:4] == ("N° fiche", "Date des faits", "Qualification", "Forme d'exploitation")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # serial numbers
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in texts) or any(
        re.fullmatch(r"[a-zéû]+ 20\d\d", d) for d in texts
    )
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"[EO]", c) for c in cells)
    for word in ("néant", "sans objet", "Royaume-Uni"):
        assert any(word in c for c in cells), word
    assert rows[-1][0] == "TOTAL GÉNÉRAL"


def test_madrid_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["nga_agregaduria_madrid_fs"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with its BOM
    text = raw.decode("utf-16")
    assert text.startswith("Nº Registro\tFecha\tTipo delictivo\t")
    assert "EspaÃ±a" in text  # an earlier UTF-8 import read as ANSI
    assert re.search(r"\t\d{1,2} de [a-z]+ de 20\d\d\t", text)
    assert re.search(r"\t-?\d{1,2},\d{4}\t-?\d{1,3},\d{4}\t", text)
    for word in ("Trata de seres humanos", "No procede", "s/d", "Marruecos", "Male"):
        assert word in text, word


def test_london_csv(paths: dict[str, Path]) -> None:
    raw = paths["gps_liaison_london_fs"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfRef No.,Date of Detection,Category,")
    text = raw.decode("utf-8-sig")
    assert '"Location (lat, long)"' in text
    assert re.search(r',"\d{2}\.\d{5}, -?\d\.\d{5}",', text)
    assert re.search(r",\d\d-[A-Z][a-z]{2}-\d\d,", text)
    assert " > " in text
    for word in ("Small boat", ",nil,", "Viet Nam", "UK"):
        assert word.lower() in text.lower(), word


def test_ncb_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["ncb_abuja_fs"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["msg_ref", "incident_date", "offence_category"]
    body = [r for r in recs if r["msg_ref"] != "TOTAL"]
    assert {r["offence_category"] for r in body} <= {"THB", "SOM", "THB/SOM", "THB+SOM"}
    nat = {r["nationality_iso3"] for r in body} - {None, "UNKNOWN"}
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in nat)
    assert all(re.fullmatch(r"[A-Z]{2}", r["origin_iso2"]) for r in body if r["origin_iso2"])
    isonum = {r["reporting_country_isonum"] for r in body} - {None}
    assert isonum <= {"380", "300", "724", "191", "616", "250", "826", "591", "840"}
    assert {"591", "840", "300"} <= isonum
    assert any(str(r["incident_date"]).endswith("Z") for r in body)
