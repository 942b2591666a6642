"""The examiner's held-out set ``blind208`` (files ``*_hb.*``): what the files promise.

These tests check the files and their truth only; they neither clean nor score.
"""

from __future__ import annotations

import codecs
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

VARIANT = "blind208"
SEED = 208
N_EVENTS = 1500
SMALL_SEED = 2081
SMALL_EVENTS = 400
SOURCES = (
    "haropa_surete",
    "armas_trasmed_proteccion",
    "felixstowe_port_police",
    "northstandard_pandi",
    "bsi_screen_intel",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
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
    check_files_and_truth(paths, SOURCES, suffix="_hb", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_hb", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # positions in degrees and decimal minutes are read to 0.01' (< 0.0002 degree)
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events(truth: pd.DataFrame, small: dict[str, Path]) -> None:
    small_truth = pd.read_csv(small["truth_rows"], dtype=str)
    for frame in (truth, small_truth):
        records = frame.loc[frame["expected_status"] == "record", "source"]
        assert set(records) == set(SOURCES)


def test_primary_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {
        "FRA": "haropa_surete",
        "ESP": "armas_trasmed_proteccion",
        "GBR": "felixstowe_port_police",
        "GRC": "northstandard_pandi",
        "ITA": "northstandard_pandi",
    }
    expected = [want.get(c, "bsi_screen_intel") for c in country]
    assert list(first["source"]) == expected


def test_mojibake_only_in_the_french_port_file(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    hit = truth.loc[tags.str.contains("mojibake"), "source"]
    assert len(hit) > 0
    assert set(hit) == {"haropa_surete"}


# --------------------------------------------------------------------------------------
# HAROPA PORT sûreté: French, cp1252, ";"
# --------------------------------------------------------------------------------------
def test_haropa_bytes(paths: dict[str, Path]) -> None:
    raw = paths["haropa_surete"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # é written as one cp1252 byte
    assert b"\r\n" in raw
    rows = _csv(paths["haropa_surete"], "cp1252", ";")
    header = rows[0]
    assert header[:3] == ["N° événement", "Date constat", "Lieu / zone portuaire"]
    assert "Nb passeurs interpellés" in header
    assert "Qualification pénale" in header
    body = [r for r in rows[1:] if any(r)]
    assert all(len(r) == len(header) for r in body)
    text = raw.decode("cp1252")
    assert "aide à l'entrée" in text
    assert "Ã©" in text  # UTF-8 text copied in from a web tool
    assert re.search(r";(afghane|irakienne|iranienne|érythréenne|albanaise|syrienne);", text)
    assert re.search(r";\d+,\d{5};\d+,\d{5};", text)  # decimal-comma coordinates


def test_haropa_dates_day_first(paths: dict[str, Path]) -> None:
    rows = _csv(paths["haropa_surete"], "cp1252", ";")
    dates = [r[1] for r in rows[1:] if len(r) > 1 and r[1]]
    styles = {
        "long": re.compile(r"^\d\d/\d\d/\d{4}$"),
        "short": re.compile(r"^\d\d/\d\d/\d\d$"),
        "month": re.compile(r"^[a-zéû]+ \d{4}$"),
    }
    for name, pattern in styles.items():
        assert any(pattern.match(d) for d in dates), name
    for d in dates:
        if "/" in d:
            day, month = (int(x) for x in d.split("/")[:2])
            assert 1 <= month <= 12, d
            assert 1 <= day <= 31, d


# --------------------------------------------------------------------------------------
# Naviera Armas Trasmediterránea: Spanish XLSX
# --------------------------------------------------------------------------------------
def test_armas_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["armas_trasmed_proteccion"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº parte", "Fecha", "Puerto / lugar"]
    assert "Finalidad de explotación" in header
    assert "Delitos conexos" in header
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds  # real dates, bare serials, typed text
    serials = [d for d in dates if isinstance(d, int)]
    assert all(40000 < s < 46000 for s in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.match(r"^(T[1-4] |[1-4]º trimestre )\d{4}$", t) for t in texts)
    counts = [r[5] for r in rows[1:-1] if len(r) > 5 and r[5] is not None]
    assert any(isinstance(c, int) for c in counts)
    words = {str(v) for r in rows[1:] for v in r if isinstance(v, str)}
    assert "MENA" in words
    assert {"patera", "cayuco"} <= words
    assert any(w.isupper() and len(w) > 3 for w in words)  # country names in capitals


# --------------------------------------------------------------------------------------
# Port of Felixstowe Police: English, UTF-8 with BOM, ","
# --------------------------------------------------------------------------------------
def test_felixstowe_bytes(paths: dict[str, Path]) -> None:
    raw = paths["felixstowe_port_police"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = _csv(paths["felixstowe_port_police"], "utf-8-sig", ",")
    header = rows[0]
    assert header[:2] == ["Occurrence No", "Date Found"]
    assert "Lat/Long" in header
    assert "Nationality (claimed)" in header
    text = raw.decode("utf-8-sig")
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{4},",
        text,
    )
    assert " > " in text  # routes
    assert re.search(r'"-?\d+\.\d{5}, -?\d+\.\d{5}"', text)
    assert "Facilitation" in text or "s25" in text
    dates = [r[1] for r in rows[1:] if len(r) > 1 and "/" in r[1]]
    assert dates
    assert all(1 <= int(d.split("/")[1]) <= 12 for d in dates)


# --------------------------------------------------------------------------------------
# NorthStandard P&I (Piraeus): English, UTF-16, tab
# --------------------------------------------------------------------------------------
def test_northstandard_bytes(paths: dict[str, Path]) -> None:
    raw = paths["northstandard_pandi"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    rows = _csv(paths["northstandard_pandi"], "utf-16", "\t")
    header = rows[0]
    assert header[:2] == ["Club Ref", "Incident Date"]
    assert "Position" in header
    assert "Country of Incident" in header
    text = raw.decode("utf-16")
    assert re.search(r"\t\d\d-[A-Z][a-z]{2}-\d{4}\t", text)
    assert re.search(r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]", text)
    assert "approx. " in text


# --------------------------------------------------------------------------------------
# BSI supply-chain intelligence feed: JSON lines
# --------------------------------------------------------------------------------------
def test_bsi_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["bsi_screen_intel"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "bsi_screen_intel"))
    keys = set(recs[0])
    assert {"incidentId", "incidentDate", "personsInvolved", "country", "transitCountries"} <= keys
    events = [r for r in recs if r.get("incidentDate")]
    assert all(isinstance(r["transitCountries"], list) for r in events)
    assert all(re.fullmatch(r"[A-Z]{2}", r["country"]) for r in events if r["country"])
    dates = {r["incidentDate"] for r in events}
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(d.endswith("T00:00:00Z") for d in dates)
    # the feed re-sends some incidents: identical lines
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat")]
    assert set(repeats["source"]) == {"bsi_screen_intel"}
    assert len(lines) - len(set(lines)) == len(repeats)


def test_partial_dates_only_outside_duplicate_pairs(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    assert (cross["date_precision"] == "day").all()
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert len(partial) > 0
    assert not partial["event_id"].isin(cross["event_id"]).any()
