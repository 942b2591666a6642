"""The examiner's sample set ``blind224`` (files ``*_hr.*``): what the set promises.

Five gig-economy desks and collectives (a riders' collective in Paris, a UK couriers'
union, a delivery platform's trust-and-safety desk in Barcelona, the Italian labour
inspectorate, a ride-hailing platform's law-enforcement response team). These tests
check the files and their truth; none of them cleans or scores.
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
from trendlib.samples._blind224 import AGENCIES, make_blind224

VARIANT = "blind224"
SEED = 224
N_EVENTS = 1500
SMALL_SEED = 2241
SMALL_EVENTS = 400
SOURCES = ("clap_livreurs", "iwgb_couriers", "glovo_trust_safety", "inl_ispettorato", "uber_lert")
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _kept(truth: pd.DataFrame, source: str, tag: str) -> pd.DataFrame:
    rows = _rows(truth, source)
    hit = tags_of(rows).str.contains(tag) & rows["expected_status"].ne("quarantine")
    return rows.loc[hit]


def _csv(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_five_new_agencies() -> None:
    assert tuple(a.source for a in AGENCIES) == SOURCES
    assert all(Path(a.filename).stem == f"{a.source}_hr" for a in AGENCIES)
    assert {a.language for a in AGENCIES} == {"en", "fr", "es"}


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hr", n_events=N_EVENTS)


def test_files_and_truth_small_set(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_hr", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small_set(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind224(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_every_source_has_bad_or_garbage_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "quarantine").any(), source


# --------------------------------------------------------------------------------------
# CLAP: French collective, UTF-8 with BOM, ";", decimal commas, month-only dates, mojibake
# --------------------------------------------------------------------------------------
def test_clap_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["clap_livreurs"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv(paths["clap_livreurs"], "utf-8-sig", ";")
    header = rows[0]
    assert header[:3] == ["N° fiche", "Date des faits", "Pays des faits"]
    assert "Nb loueurs / intermédiaires" in header
    body = [r for r in rows[1:] if r and r[0].startswith("CLAP-")]
    dates = [r[1] for r in body]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    months = "|".join(["janvier", "février", "mars", "avril", "mai", "juin", "juillet"])
    months += "|août|septembre|octobre|novembre|décembre"
    assert any(re.fullmatch(rf"({months}) 20\d\d", d) for d in dates)
    lat = header.index("Latitude")
    assert all(re.fullmatch(r"-?\d+,\d{4}|NC|", r[lat]) for r in body)
    text = raw.decode("utf-8-sig")
    assert "Ã©" in text  # rows pasted from a garbled export
    assert "Angleterre" in text or "Grande-Bretagne" in text
    tags = tags_of(_rows(truth, "clap_livreurs"))
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("month_only").any()
    assert "TOTAL" in text
    assert "Fiches saisies par les bénévoles" in text


# --------------------------------------------------------------------------------------
# IWGB: UK union, cp1252, ",", CRLF, UK dates, demonyms, "lat, long" cell
# --------------------------------------------------------------------------------------
def test_iwgb_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["iwgb_couriers"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the note's curly apostrophe and dash are cp1252 bytes
    assert b"\x92" in raw
    assert b"\r\n" in raw
    rows = _csv(paths["iwgb_couriers"], "cp1252", ",")
    header = rows[0]
    assert header[:3] == ["Case ref", "Date of incident", "Issue type"]
    assert "Location (lat, long)" in header
    body = [r for r in rows[1:] if r and r[0].startswith("IWGB/")]
    dates = [r[1] for r in body]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    loc = header.index("Location (lat, long)")
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", r[loc]) for r in body)
    nat = [r[header.index("Nationality")] for r in body]
    assert {"Vietnamese", "Albanian"} & set(nat)
    assert "Kurdish" in nat
    kurdish = _kept(truth, "iwgb_couriers", "ambiguous_nationality")
    assert len(kurdish) > 0
    assert kurdish["nationality"].isna().all()
    assert tags_of(_rows(truth, "iwgb_couriers")).str.contains("count_word").any()


# --------------------------------------------------------------------------------------
# Glovo: Spanish XLSX, Excel dates, text dates, quarters, numeric counts and places
# --------------------------------------------------------------------------------------
def test_glovo_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["glovo_trust_safety"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["ID caso", "Fecha hecho", "Tipología"]
    body = [r for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("TS-")]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"(T[1-4]|[1-4]T) 20\d\d", d) for d in texts)
    persons = header.index("Nº personas afectadas")
    assert sum(isinstance(r[persons], int) for r in body) > 0.9 * len(body)
    lat = header.index("Latitud")
    assert any(isinstance(r[lat], float) for r in body)
    nat = {r[header.index("Nacionalidad")] for r in body}
    assert {"MA", "SN", "DZ", "ML"} & nat  # ISO alpha-2 codes of the ID checks
    quarter = _kept(truth, "glovo_trust_safety", "quarter_only")
    assert (quarter["date_precision"] == "quarter").all()
    assert len(quarter) > 0


# --------------------------------------------------------------------------------------
# INL: UTF-16, tab, decimal commas, Italian words, Excel serials, alpha-3 codes
# --------------------------------------------------------------------------------------
def test_inl_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["inl_ispettorato"].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    rows = _csv(paths["inl_ispettorato"], "utf-16", "\t")
    header = rows[0]
    assert header[:3] == ["Protocol no.", "Date of inspection", "Country of detection"]
    body = [r for r in rows[1:] if r and re.fullmatch(r"\d+/20\d\d", r[0])]
    dates = [r[1] for r in body]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"4\d{4}", d) for d in dates)  # Excel serial numbers
    lat = header.index("Lat.")
    assert any(re.fullmatch(r"\d+,\d{4}", r[lat]) for r in body)
    text = raw.decode("utf-16")
    assert "caporalato" in text
    assert re.search(r"\t\d\.\d{3}\t", text)  # Italian thousands dot in a count
    serial = _kept(truth, "inl_ispettorato", "excel_serial")
    assert len(serial) > 0
    assert (serial["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Uber: JSON lines, snake_case keys, enums, UTC timestamps, ISO codes
# --------------------------------------------------------------------------------------
def test_uber_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["uber_lert"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, "uber_lert"))
    cases = [r for r in records if str(r["case_number"]).startswith("LERT-")]
    assert {"incident_ts", "incident_country_cc", "transit_cc"} <= set(cases[0])
    stamps = [r["incident_ts"] for r in cases if r["incident_ts"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ", s) for s in stamps)
    assert any(re.fullmatch(r"20\d\d-\d\d", s) for s in stamps)
    assert {r["incident_country_cc"] for r in cases} >= {"PA", "US", "GR"}
    assert {r["case_category"] for r in cases} <= {
        "HUMAN_TRAFFICKING",
        "HUMAN_SMUGGLING",
        "TRAFFICKING_AND_SMUGGLING",
    }
    counts = [r["affected_individuals"] for r in cases]
    assert sum(isinstance(c, int) for c in counts) >= len(counts) - 3
    repeats = _rows(truth, "uber_lert")
    assert (repeats["expected_reason"] == "exact_repeat").sum() >= 3


def test_routing(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    det = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert det["clap_livreurs"] == {"FRA"}
    assert det["glovo_trust_safety"] == {"ESP"}
    assert det["inl_ispettorato"] == {"ITA"}
    assert det["iwgb_couriers"] == {"GBR"}
    assert {"PAN", "USA", "GRC", "HRV"} <= det["uber_lert"]
    assert not det["uber_lert"] & {"FRA", "ESP", "ITA", "GBR"}
