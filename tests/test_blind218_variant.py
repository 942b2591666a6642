"""The examiner's set ``blind218`` (files ``*_hl.*``): five travel, visa and ticket-fraud desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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
from trendlib.samples._blind218 import SOURCES, make_blind218

VARIANT = "blind218"
SEED = 218
N_EVENTS = 1500
SMALL_SEED = 2181
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 0.001  # degrees; DMS to a tenth of a second is within 0.00003
_MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


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
    check_files_and_truth(paths, NAMES, suffix="_hl", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_hl", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("seed", "n_events"),
    [(0, 300), (1, 300), (3, 300), (SEED, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, N_EVENTS)],
)
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind218(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.filename


def test_exploitation_and_offences(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown_exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ev.loc[unknown, "exploitation"].notna().all()  # only trafficking rows say unknown
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    assert ok["linked_offences"].equals(ev["linked_offences"])


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_maec_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["maec_visados"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]  # short total row
    assert header[:3] == ["Nº expediente", "Fecha de detección", "Tipo delictivo"]
    assert "Itinerario / escalas" in header
    assert not any("Lat" in str(h) or "Coord" in str(h) for h in header)  # no positions
    dates = [r[1] for r in rows[1:]]
    real = sum(isinstance(d, datetime) for d in dates)
    text = [d for d in dates if isinstance(d, str)]
    assert real > 0.7 * len(dates)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[1-4]º trimestre de 20\d\d", d) for d in text)
    crimes = {str(r[2]) for r in rows[1:]}
    assert any("177 bis" in c for c in crimes)
    assert any("318 bis" in c for c in crimes)
    itineraries = [str(r[header.index("Itinerario / escalas")]) for r in rows[1:]]
    assert any(" - " in i for i in itineraries)
    assert any(isinstance(r[4], int) for r in rows[1:])  # counts are numbers


def test_mintur_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["mintur_ec"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    header = lines[0].split(";")
    assert header[:3] == ["N° caso", "Fecha del hecho", "Delito"]
    assert {"Latitud", "Longitud", "Grupo etario"} <= set(header)
    assert re.search(r"^MT-DCRT-\d\d-\d{4};4\d{4};", text, re.M)  # Excel serial dates
    assert re.search(r"^MT-DCRT-\d\d-\d{4};\d\d/\d\d/20\d\d;", text, re.M)
    assert re.search(r";(I|II|III|IV) trimestre 20\d\d;", text)
    assert re.search(r";-?\d+,\d{5};-\d+,\d{5};", text)  # decimal commas
    assert "NNA" in text
    assert "COIP" in text
    assert "Ã" in text  # a few names garbled by a UTF-8 round trip
    tags = tags_of(truth.loc[truth["source"] == "mintur_ec"])
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("excel_serial").any()


def test_fpp_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["ca_fpp"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["case_id", "encounter_date", "offense_type", "trafficking_type"]
    dates = [r["encounter_date"] for r in recs if r["encounter_date"]]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)  # month first
    assert all(int(d[3:5]) <= 31 and int(d[:2]) <= 12 for d in dates if d[2:3] == "/")
    assert any(re.fullmatch(r"FY20\d\d Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", r["gps"] or "") for r in recs)
    assert any(isinstance(r["subjects_count"], int) for r in recs)
    assert {"UAC", "Family unit"} & {r["age_category"] for r in recs}
    assert "UNITED STATES" in {r["encounter_country"] for r in recs}
    assert not any("É" in str(r["citizenship"]) for r in recs)


def test_dgef_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["dgef_visas"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["N° de signalement", "Date des faits", "Qualification pénale"]
    assert "L.823-1 CESEDA" in text
    assert "225-4-1" in text
    assert re.search(rf"\t(1er|\d{{1,2}}) ({_MONTHS_FR}) 20\d\d\t", text)
    assert re.search(r"\tT[1-4] 20\d\d\t", text)
    assert re.search(r"\t-?\d+,\d{5}\t-?\d+,\d{5}\t", text)
    assert "small boat" in text


def test_iata_compilation(paths: dict[str, Path]) -> None:
    raw = paths["iata_fraud"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["iata_fraud"], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:5]) == ["Incident ref", "Date", "Category", "Exploitation", "Pax"]
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"\d\d(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d\d").any()
    dms = frame["Position (DMS)"].dropna()
    assert dms.str.fullmatch(r"\d\d°\d\d'\d\d\.\d\"[NS] \d{3}°\d\d'\d\d\.\d\"[EW]").all()
    assert {"ADT", "CHD", "ADT+CHD"} <= set(frame["Pax type"].dropna().str.strip())
    nat = frame["Nationality (MRZ)"].dropna()
    assert nat.str.fullmatch(r"[A-Z]{3}").mean() > 0.8
    assert frame["Routing"].dropna().str.contains("/").any()


def test_rows_to_quarantine_look_like_the_desk(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    for name in NAMES:
        reasons = set(bad.loc[bad["source"] == name, "expected_reason"])
        assert "no_date" in reasons, name  # every desk closes with a total row
    partial = truth.loc[tags_of(truth).str.contains("fiscal_quarter")]
    assert (partial["date_precision"] == "quarter").all()
