"""Examiner set ``blind166`` (files ``*_fl.*``): the files, their truth and each agency's habits.

None of these tests cleans or scores: they check what the set promises.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind166 import SOURCES

VARIANT = "blind166"
SEED = 166
N_EVENTS = 1500
SMALL_SEED = 1661
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
CRI, OA, C4C, ONM, ZWR = NAMES
# fields every kept row gives exactly as the event has them
FIELDS = [
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The set as a whole
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_fl", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_fl", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    counts = rows.loc[rows["expected_status"] != "quarantine", "source"].value_counts()
    assert set(counts.index) == set(NAMES)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["source"]) == set(NAMES)
    # the Zuwara log holds second reports only: departures that landed in Italy
    zwr = _rows(truth, ZWR)
    assert set(zwr["expected_status"]) == {"duplicate", "quarantine"}
    assert zwr["duplicate_of"].dropna().str.startswith("cri_lampedusa_fl.xlsx:").all()


def test_bad_rows_of_every_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}


def test_exact_repeats_are_in_resent_files(truth: pd.DataFrame) -> None:
    rep = truth.loc[truth["expected_reason"].eq("exact_repeat")]
    assert set(rep["source"]) == {C4C, ONM}


# --------------------------------------------------------------------------------------
# Each agency's file, read as bytes
# --------------------------------------------------------------------------------------
def test_cri_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[CRI], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Rif. CRI / Ref.", "Data evento / Event date", "Tipo (tratta/traffico)")
    assert "Presunti scafisti / facilitators" in header
    dates = [r[1] for r in rows[1:]]
    real = [d for d in dates if hasattr(d, "year")]
    serial = [d for d in dates if isinstance(d, int)]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.7 * len(dates)
    assert serial
    assert all(40000 < d < 47000 for d in serial)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in text)
    words = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"MSNA", "barchino", "TOTALE"} <= words
    assert words & {"Costa d'Avorio", "Egitto", "Tunisia"}
    assert any(re.fullmatch(r"\d{2},\d{4}", w) for w in words)  # decimal comma typed
    cri = _rows(truth, CRI)
    assert cri["detection_country"].dropna().eq("ITA").all()


def test_open_arms_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[OA].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    first = text.split("\r\n", 1)[0]
    assert first.startswith("Nº caso;Fecha;Tipología;")
    assert re.search(r"\d\d°\d\d,\d'N 0\d\d°\d\d,\d'[EW]", text)  # ship's positions
    assert re.search(r";\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d\d;", text)
    assert "marroquí" in text
    assert "No aplica" in text
    assert re.search(r";\d\.\d{3};", text)  # thousands dot
    oa = _rows(truth, OA)
    kept = oa.loc[oa["expected_status"] == "record"]
    assert kept["detection_country"].dropna().eq("ESP").all()
    # positions are read from degrees and decimal minutes
    tags = tags_of(truth).loc[oa.index]
    assert tags.str.contains("coords_dm").any()


def test_care4calais_bytes(paths: dict[str, Path]) -> None:
    raw = paths[C4C].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    assert text.startswith("Log ID,Date,Type,Exploitation type,No. of people,")
    assert re.search(r",\d{1,2} (January|February|March|April|May|June|July|August"
                     r"|September|October|November|December) 20\d\d,", text)  # fmt: skip
    assert re.search(r'"5\d\.\d{5}, ?-?\d\.\d{5}"', text)  # GPS pair, quoted
    assert "UASC" in text
    assert "Afghan" in text


def test_onm_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[ONM].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["ref", "date_evenement", "qualification"]
    dates = [str(r["date_evenement"]) for r in recs if r["date_evenement"]]
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    transits = [r["pays_transit"] for r in recs if r["pays_transit"]]
    assert all(isinstance(t, list) for t in transits)
    assert ["TUR", "BGR", "SRB", "BIH"] in transits
    text = "\n".join(lines)
    assert "Ã" in text  # double-encoded French names
    assert any(r["pays_interception"] in ("300", "840", "591") for r in recs)
    onm = _rows(truth, ONM)
    assert set(onm["date_precision"].dropna()) == {"day", "month", "quarter"}


def test_zuwara_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[ZWR].read_bytes()
    assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Serial", "Date of departure", "Case type"]
    assert "Lat" not in header
    assert "GPS" not in header
    assert re.search(r"\tBengali\t|\tGuinea Conakry\t|\tIvory Coast\t", text)


def test_partial_dates_and_coordinates_in_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    month = truth.loc[tags.str.contains("month_only") & truth["expected_status"].ne("quarantine")]
    assert (pd.to_datetime(month["event_date"]).dt.day == 1).all()
    assert month["date_precision"].eq("month").all()
    zwr = _rows(truth, ZWR)
    kept = zwr.loc[zwr["expected_status"] != "quarantine"]
    assert kept[["lat", "lon"]].isna().all().all()
