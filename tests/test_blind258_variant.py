"""The examiner set ``blind258`` (files ``*_iz.*``): files, truth and each agency's quirks.

These tests check what the set promises (its files, its ground truth and the habits
planted in the bytes); none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind258 import SOURCES, make_blind258

VARIANT = "blind258"
SEED = 258
N_EVENTS = 1500
SMALL_SEED = 2581
SMALL_EVENTS = 400
SOURCE_NAMES = [s.source for s in SOURCES]
# fields every row gives as the event has it (all five agencies have these columns)
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees: DMS seconds to one decimal, Transcrime's four decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCE_NAMES, suffix="_iz", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCE_NAMES, suffix="_iz", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, EXACT_FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCE_NAMES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    assert len(ok) == len(ev) > N_EVENTS


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind258(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_routing_by_detection_country(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_file = first.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_file["ons_cjc_iz.csv"] == {"GBR"}
    assert by_file["sdse_justice_iz.csv"] == {"FRA"}
    assert by_file["inec_pa_iz.xlsx"] == {"PAN"}
    assert by_file["bjs_fjsp_iz.jsonl"] == {"USA"}
    assert by_file["transcrime_iz.csv"] == {"ITA", "GRC", "ESP", "HRV", "POL"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"transcrime_iz.csv"}


# --------------------------------------------------------------------------------------
# ONS Centre for Crime and Justice
# --------------------------------------------------------------------------------------
def test_ons_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ons_cjc"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[0] == "Incident reference"
    assert header.index("Longitude") < header.index("Latitude")  # data.police.uk order
    frame = pd.read_csv(paths["ons_cjc"], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date recorded"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"(Jan to Mar|Apr to Jun|Jul to Sep|Oct to Dec) \d{4}").any()
    assert {"[x]", "[c]"} & set(frame["Number of people"])
    assert "[z]" in set(frame["Exploitation type"])
    assert {"Afghan", "Iranian", "Iraqi", "Vietnamese"} & set(frame["Nationality"])
    assert {"England", "Scotland"} & set(frame["Country where detected"])
    rows = _rows(truth, "ons_cjc_iz.csv")
    tags = tags_of(truth).loc[rows.index]
    home = rows.loc[tags.str.contains("home_nation") & rows["expected_status"].ne("quarantine")]
    assert len(home) > 0
    assert (home["detection_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# SDSE (Ministère de la Justice)
# --------------------------------------------------------------------------------------
def test_sdse_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["sdse_justice"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° parquet;Juridiction;Date des faits;")
    frame = pd.read_csv(
        paths["sdse_justice"], dtype=str, sep=";", encoding="cp1252", keep_default_na=False
    )
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"courant [a-zéû]+ \d{4}").any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Nature d'infraction"].str.startswith(("TRAITE", "AIDE")).sum() > 50
    assert "aucun" in set(frame["Nombre de mis en cause"])
    assert frame[["Nationalité", "Pays d'origine"]].stack().str.contains("Ã").any()
    assert not any("Latitude" in c or "GPS" in c for c in frame.columns)
    rows = _rows(truth, "sdse_justice_iz.csv")
    tags = tags_of(truth).loc[rows.index]
    garbled = rows.loc[tags.str.contains("mojibake") & rows["expected_status"].ne("quarantine")]
    assert len(garbled) > 0
    assert garbled["nationality"].str.fullmatch(r"[A-Z]{3}").all()
    month = rows.loc[tags.str.contains("month_only") & rows["expected_status"].ne("quarantine")]
    assert (month["date_precision"] == "month").all()
    assert month["event_date"].str.endswith("-01").all()


# --------------------------------------------------------------------------------------
# INEC Panamá
# --------------------------------------------------------------------------------------
def test_inec_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["inec_pa"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("No. de registro", "Fecha del hecho")
    col = {h: i for i, h in enumerate(header)}
    body = rows[1:]
    dates = [r[col["Fecha del hecho"]] for r in body]
    real_dates = sum(isinstance(d, dt.datetime) for d in dates)
    assert real_dates > 0.8 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"(I|II|III|IV) trimestre \d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ de \d{4}", d) for d in texts)
    suspects = {r[col["Imputados"]] for r in body}
    assert {"-", "..."} <= suspects
    notes = [r[0] for r in body if isinstance(r[0], str) and r[0].startswith("Nota")]
    assert len(notes) == 1
    assert "(-) cantidad nula o cero" in notes[0]
    lats = [r[col["Latitud"]] for r in body]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "°" in v for v in lats)
    origin = {r[col["País de origen (código)"]] for r in body} - {None}
    assert origin <= {"862", "218", "332", "170", "156"}
    expected = _rows(truth, "inec_pa_iz.xlsx")
    tags = tags_of(truth).loc[expected.index]
    nil = expected.loc[tags.str.contains("zero_word")]
    assert len(nil) > 0
    assert (nil["n_suspects"] == "0").all()


# --------------------------------------------------------------------------------------
# U.S. Bureau of Justice Statistics
# --------------------------------------------------------------------------------------
def test_bjs_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["bjs_fjsp"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    expected = _rows(truth, "bjs_fjsp_iz.jsonl")
    assert len(recs) == len(expected)
    kept = [r for r, s in zip(recs, expected["expected_status"], strict=True) if s != "quarantine"]
    assert "latitude" not in recs[0]
    assert list(recs[0])[:3] == ["case_number", "district", "arrest_date"]
    dates = [r["arrest_date"] for r in kept]
    days = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert len(days) > 0.8 * len(dates)
    assert any(int(d[3:5]) > 12 for d in days)  # month first, as U.S. agencies write
    assert all(int(d[:2]) <= 12 for d in days)
    assert any(re.fullmatch(r"\d\d/\d{4}", d) for d in dates)
    codes = {r["apprehension_country"] for r in recs} - {None}
    assert codes <= {"US", "PA"}
    cit = {r["citizenship"] for r in recs} - {None}
    assert all(c == c.upper() for c in cit)
    assert any(isinstance(r["aliens_or_victims"], int) for r in recs)


# --------------------------------------------------------------------------------------
# Transcrime
# --------------------------------------------------------------------------------------
def test_transcrime_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["transcrime"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["ID", "Date", "Route"]
    frame = pd.read_csv(
        paths["transcrime"], dtype=str, sep="\t", encoding="utf-16", keep_default_na=False
    )
    assert frame["Lat"].str.fullmatch(r"-?\d+,\d{4}").mean() > 0.8
    dates = frame["Date"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"4[4-5]\d{3}").any()  # Excel serials
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert frame["Transit"].str.contains(" > ").any()
    assert {"Italia", "Grecia", "Croazia", "Polonia", "Spagna"} & set(frame["Country of detection"])
    big = frame["No. of persons"].str.fullmatch(r"\d{1,2}\.\d{3}")
    assert big.any()
    rows = _rows(truth, "transcrime_iz.csv")
    tags = tags_of(truth).loc[rows.index]
    serial = rows.loc[tags.str.contains("excel_serial") & rows["expected_status"].ne("quarantine")]
    assert len(serial) > 0
    assert (serial["date_precision"] == "day").all()
    thousands = rows.loc[tags.str.contains("thousands") & rows["expected_status"].ne("quarantine")]
    assert (thousands["n_persons"].astype(int) >= 1000).all()
    # an exact repeat is the same line again
    lines = text.splitlines()
    for row in rows.loc[rows["expected_reason"] == "exact_repeat"].itertuples():
        first = int(str(row.duplicate_of).split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_bad_rows_look_like_agency_slips(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert bad[["event_date", "n_persons", "nationality"]].isna().all().all()
