"""The examiner set ``blind271`` (files ``*_jm.*``): insurers' fraud units.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind271 import SOURCES, make_blind271

VARIANT = "blind271"
SEED = 271
N_EVENTS = 1500
SMALL_SEED = 2711
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the true event has them.
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_jm", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_jm", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind271(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_left_out_values_are_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin and exploitation differ from the event only where the row leaves them out."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    blank = tags.str.contains("blank_origin_country")
    assert ok.loc[blank, "origin_country"].isna().all()
    assert ok.loc[~blank, "origin_country"].equals(ev.loc[~blank, "origin_country"])
    lost = tags.str.contains("blank_exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    assert ok.loc[~lost, "exploitation"].equals(ev.loc[~lost, "exploitation"])
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ifb_uk_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ifb_uk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["ifb_uk"], "utf-8-sig", ",")
    assert frame.columns[:4].tolist() == [
        "IFB Ref",
        "Date of Incident",
        "Line of Business",
        "Referral Category",
    ]
    dates = frame["Date of Incident"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()  # 17 May 2023
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()  # May 2023: month only
    assert frame["Country of Incident"].isin(["England", "Scotland"]).any()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Referral Category"].isin(["Clandestine entrants", "MSHT"]).any()
    pairs = frame["Lat/Long"].loc[frame["Lat/Long"] != ""]
    assert pairs.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert frame["IFB Ref"].str.fullmatch(r"(IFB-20\d\d-\d{5}|TOTAL|Extract from.*)?").all()
    rows = _rows(truth, "ifb_uk_jm.csv")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_alfa_csv(paths: dict[str, Path]) -> None:
    raw = paths["alfa_fraude"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert "Pays de découverte".encode("cp1252") in raw
    frame = _csv(paths["alfa_fraude"], "cp1252", ";")
    assert "Nb mis en cause" in frame.columns
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"\d+,\d{4,5}").all()  # decimal commas
    words = set(frame["Qualification"].str.strip().str.lower())
    assert {"aide à l'entrée irrégulière", "passagers clandestins"} & words
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()


def test_mapfre_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["mapfre_fraude"])
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["Nº expediente", "Entidad", "Ramo", "Fecha del siniestro"]
    dates = [r[header.index("Fecha del siniestro")] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, bare serials, typed-in text
    text = " ".join(str(v) for r in rows[1:] for v in r if isinstance(v, str))
    assert "Ã" in text  # UTF-8 read as ANSI on import
    entities = {r[1] for r in rows[1:]}
    assert {"MAPFRE ESPAÑA", "MAPFRE PANAMÁ"} <= entities
    sex = {r[header.index("Sexo")] for r in rows[1:]}
    assert {"H", "M"} <= sex  # hombre / mujer
    tags = tags_of(truth)
    assert tags.loc[truth["source_file"] == "mapfre_fraude_jm.xlsx"].str.contains("mojibake").any()


def test_nicb_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["nicb"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert list(records[0])[:3] == ["nicbCaseNumber", "incidentDate", "lossType"]
    dates = [r["incidentDate"] for r in records if r["incidentDate"]]
    us = [d for d in dates if re.fullmatch(r"\d\d/\d\d/20\d\d", d)]
    assert us
    assert all(int(d[:2]) <= 12 for d in us)  # month first
    assert any(int(d[3:5]) > 12 for d in us)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(isinstance(r["transitCountries"], list) and r["transitCountries"] for r in records)
    assert any(r["latitude"] == 0.0 and r["longitude"] == 0.0 for r in records)
    assert any(r["referralType"] == "Alien Smuggling" for r in records)


def test_tt_club_csv(paths: dict[str, Path]) -> None:
    raw = paths["tt_club"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian, as Excel's Unicode text
    frame = _csv(paths["tt_club"], "utf-16", "\t")
    assert frame.columns[:3].tolist() == ["Claim Ref", "Date of Loss", "Insured Type"]
    dates = frame["Date of Loss"]
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-20\d\d").any()
    assert dates.str.fullmatch(r"20\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    pos = frame["Position"].loc[frame["Position"] != ""]
    assert pos.str.fullmatch(r"\d\d°\d\d\.\d{3}'[NS] \d{3}°\d\d\.\d{3}'[EW]").all()
    countries = pd.concat([frame["Nationality"], frame["Destination"], frame["Origin"]])
    assert countries.str.fullmatch(r"\d{3}").any()  # ISO numeric
    assert countries.str.fullmatch(r"[A-Z]{2}").any()  # alpha-2
    assert frame["Transit Route"].str.contains(" -> ").any()


def test_encodings_hold_every_cell() -> None:
    subs = make_blind271(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED)
    for sub in subs:
        if sub.format != "csv":
            continue
        for value in sub.frame.to_numpy().ravel():
            if isinstance(value, str):
                value.encode(sub.encoding)
