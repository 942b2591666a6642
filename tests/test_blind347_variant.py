"""The examiner set ``blind347`` (files ``*_mk.*``): what the set promises, byte for byte.

Five online-harm and cyber reporting desks (17Cyber, INCIBE 017, Cifas, Te Protejo, the
ATII OSINT feed). These tests check the files and their truth; none of them cleans or
scores.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind347 import SOURCES, make_blind347

VARIANT = "blind347"
SEED = 347
N_EVENTS = 1500
SMALL_SEED = 3471
SMALL_EVENTS = 400
SOURCE_NAMES = [s.source for s in SOURCES]
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCE_NAMES, suffix="_mk", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCE_NAMES, suffix="_mk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCE_NAMES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    truth = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small_paths, SOURCE_NAMES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_reports_of_events(paths, truth, FIELDS)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("n_events", "seed"), [(300, 0), (300, 1), (300, 5), (400, SMALL_SEED), (1500, SEED)]
)
def test_every_desk_reports_events(n_events: int, seed: int) -> None:
    subs = make_blind347(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == SOURCE_NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


# --------------------------------------------------------------------------------------
# What the truth expects where a cell says less than the event
# --------------------------------------------------------------------------------------
def test_exploitation_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("exploitation_unknown")
    assert unknown.sum() > 0
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_linked_offences_in_event_order(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, _ = check_reports_of_events(paths, truth, ("linked_offences",))
    assert ok["linked_offences"].notna().sum() > 0


def test_bad_rows_and_garbage(truth: pd.DataFrame) -> None:
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
    # an empty row in each CSV, a note in each desk but the feed, a total everywhere
    assert (garbage["expected_reason"] == "empty_row").sum() == 3
    assert (garbage["expected_reason"] == "no_content").sum() == 4
    assert garbage["source_ref"].isin(["TOTAL", "Total general", "Total"]).sum() == 4
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"cifas_intel", "teprotejo_co"}


# --------------------------------------------------------------------------------------
# Each desk's bytes
# --------------------------------------------------------------------------------------
def test_17cyber_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["acyma_17cyber"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: é is one byte
    assert b"\r\n" in raw
    rows = _csv_rows(paths["acyma_17cyber"], "cp1252", ";")
    head = rows[0]
    assert head[:3] == ["N° signalement", "Date des faits", "Plateforme signalée"]
    assert "Pays de constatation" in head
    assert "Nb mis en cause" in head
    body = [r for r in rows[1:] if any(r)]
    dates = [r[1] for r in body if r[1]]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d", d) for d in dates)
    text = raw.decode("cp1252")
    assert re.search(r";\d\d,\d{5};-?\d,\d{5};", text)  # decimal commas
    assert "Aide à l'entrée et au séjour irréguliers" in text
    assert re.search(r"AFGHANE|afghane|ÉRYTHRÉENNE|érythréenne|IRAKIENNE|irakienne", text)
    assert "Angleterre" in text
    assert "néant" in text or "aucun" in text
    tags = tags_of(_rows_of(truth, "acyma_17cyber"))
    assert tags.str.contains("mojibake").any()
    assert "Ã" in text


def test_incibe_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["incibe_017"])
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nº caso", "Fecha del hecho", "Canal de contacto")
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"20\d\dT[1-4]", d) for d in dates)
    counts = [r[5] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and re.fullmatch(r"\d\.\d{3}", c) for c in counts)
    words = {c for r in rows[1:] for c in r if isinstance(c, str)}
    assert {"Tráfico ilícito de migrantes", "España"} <= words
    assert "MENA" in words or "Menor de edad" in words
    tags = tags_of(_rows_of(truth, "incibe_017"))
    assert tags.str.contains("typo:|no_accent:").any()


def test_cifas_utf16_tab_text(paths: dict[str, Path]) -> None:
    raw = paths["cifas_intel"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with its BOM, as Excel's "Unicode text"
    rows = _csv_rows(paths["cifas_intel"], "utf-16", "\t")
    assert rows[0][:4] == [
        "Case Ref",
        "Date of Detection",
        "Filing Member Sector",
        "Offence Category",
    ]
    text = raw.decode("utf-16")
    assert "Organised Immigration Crime" in text
    assert "Modern Slavery" in text
    assert "Vietnamese" in text
    assert " > " in text
    assert "\tNil\t" in text
    assert re.search(r"\t\d{1,2} [A-Z][a-z]+ 20\d\d\t", text)  # 17 May 2023
    assert re.search(r"\t\d\d/\d\d/20\d\d\t", text)


def test_teprotejo_bytes(paths: dict[str, Path]) -> None:
    raw = paths["teprotejo_co"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    rows = _csv_rows(paths["teprotejo_co"], "utf-8-sig", ",")
    head = rows[0]
    assert head[0] == "Radicado"
    assert "Coordenadas" in head
    body = [r for r in rows[1:] if any(r)]
    dates = [r[1] for r in body if r[1]]
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00-05:00", d) for d in dates)
    coords = head.index("Coordenadas")
    assert any(re.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}", r[coords]) for r in body)
    text = raw.decode("utf-8-sig")
    assert "NNA" in text
    assert "Panamá" in text


def test_atii_feed(paths: dict[str, Path]) -> None:
    lines = paths["atii_osint"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incident_id", "detected_on", "platform"]
    dates = [r["detected_on"] for r in recs if isinstance(r["detected_on"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    detected = {r["country_detected"] for r in recs}
    assert {"IT", "GR", "HR", "PL", "US"} <= detected
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert recs[-1]["incident_id"] == "TOTAL (all incidents)"


def test_language_of_each_desk() -> None:
    assert [(s.format, s.encoding, s.delimiter, s.language) for s in SOURCES] == [
        ("csv", "cp1252", ";", "fr"),
        ("xlsx", "utf-8", None, "es"),
        ("csv", "utf-16", "\t", "en"),
        ("csv", "utf-8-sig", ",", "es"),
        ("jsonl", "utf-8", None, "en"),
    ]
