"""The examiner set ``blind156`` (files ``*_fb.*``): what it promises, checked on the bytes.

Five agencies of the Channel seen from Kent and Brussels. These tests check the files and
the truth only; none of them cleans or scores.
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

VARIANT = "blind156"
SEED = 156
N_EVENTS = 1500
SMALL_SEED = 1561
SMALL_EVENTS = 400

ICE = "ie_ice_gb_fb"
BXL = "bxlrefugees_fb"
CONS = "consejeria_interior_bruselas_fb"
RTR = "reuters_migration_fb"
FED = "fedasil_fb"
SOURCES = (ICE, BXL, CONS, RTR, FED)
# Fields every kept row gives exactly as the event (the others may be blank on purpose).
EXACT_FIELDS = ("crime_type",)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, sep: str, encoding: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


def _cells_with_truth(
    frame: pd.DataFrame, truth: pd.DataFrame, source: str, *, first: int
) -> pd.DataFrame:
    """Join a file's rows (read as text) to their truth rows by row number."""
    rows = truth.loc[truth["source"] == source].set_index("source_row")
    frame = frame.copy()
    frame.index = [str(first + i) for i in range(len(frame))]
    return frame.merge(
        rows, how="inner", left_index=True, right_index=True, suffixes=("", "_truth")
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fb", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # Reuters writes the dateline's place to two decimals: within 0.005 degrees.
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_source_has_records(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_fb", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(kept) == set(SOURCES)


def test_every_quirk_kind_is_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "serial_date",
        "excel_date",
        "two_digit_year",
        "mojibake:",
        "typo:nationality",
        "demonym",
        "iso3:nationality",
        "iso2:",
        "alias:detection_country",
        "constituent:detection_country",
        "count_word:n_persons",
        "thousands:n_persons",
        "decimal_comma",
        "vague:destination_country",
        "via:transit_countries",
        "zero_word",
        "suspects_placeholder",
        "na_word",
        "blank_gender",
        "coords_missing",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
    # partial dates: months and quarters both
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert {"day", "month", "quarter"} == set(prec)


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_ice_teams_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[ICE], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("Encounter Ref", "Encounter Date", "Crime Category", "Exploitation Type")
    dates = [r[1] for r in rows[1:]]
    as_dates = sum(hasattr(d, "year") for d in dates)
    as_text = [d for d in dates if isinstance(d, str)]
    assert as_dates > 0.7 * len(dates)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in as_text)
    assert any(re.fullmatch(r"\d\d-[A-Z][a-z]{2}-20\d\d", d) for d in as_text)
    values = {str(v) for r in rows[1:] for v in r if v is not None}
    for word in ("UASC", "Nil", "England", "Small boat", "OIC - Facilitation", "MSHT"):
        assert word in values, word
    assert any(re.fullmatch(r"[A-Z]{3}", v) for v in values)  # Home Office nationality codes
    assert any(" > " in v for v in values)  # routes
    # "England" and "Scotland" are the United Kingdom; "UASC" an unaccompanied child
    width = len(rows[0])
    body = [tuple(r) + (None,) * (width - len(r)) for r in rows[1:]]
    frame = pd.DataFrame(body, columns=list(rows[0])).astype(object)
    joined = _cells_with_truth(frame, truth, ICE, first=2)
    uk = joined.loc[joined["Country"].isin(["England", "Scotland", "UK", "GB"])]
    assert len(uk) > 0
    assert (uk["detection_country"] == "GBR").all()
    uasc = joined.loc[joined["Age Category"] == "UASC"]
    assert (uasc["age_group"] == "child").all()


def test_bxlrefugees_kobo_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BXL].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert "date_evenement" in recs[0]
    assert "gps" in recs[0]
    gps = [r["gps"] for r in recs if r.get("gps")]
    assert gps
    assert all(re.fullmatch(r"-?\d+\.\d{6} -?\d+\.\d{6} 0\.0 \d+\.0", g) for g in gps)
    dates = [r["date_evenement"] for r in recs if r.get("date_evenement")]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ 20\d\d", d) for d in dates)  # "mai 2023"
    values = {str(v) for r in recs for v in r.values() if v is not None}
    assert {"Angleterre", "small boat", "tentative de passage"} <= values
    assert all(isinstance(r["nb_personnes"], str) for r in recs if r.get("date_evenement"))
    # Angleterre is the United Kingdom (as destination and as place of the event)
    frame = pd.DataFrame(recs).astype(object)
    joined = _cells_with_truth(frame, truth, BXL, first=1)
    eng = joined.loc[joined["destination"] == "Angleterre"]
    assert len(eng) > 0
    assert (eng["destination_country"] == "GBR").all()
    geo = joined.loc[joined["gps"].notna() & joined["lat"].notna()]
    lat = geo["gps"].str.split(" ").str[0].astype(float)
    assert ((lat - geo["lat"].astype(float)).abs() < 1e-4).all()


def test_consejeria_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CONS].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Texto Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº Reg.", "Fecha hechos", "Tipología"]
    frame = _csv(paths[CONS], "\t", "utf-16")
    dates = frame["Fecha hechos"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d\d-\d\d-20\d\d").any()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"[a-z]+ de 20\d\d").any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert frame["Latitud"].str.fullmatch(r"-?\d+,\d{5}").any()
    assert frame["Nº personas"].str.fullmatch(r"\d\.\d{3}").any()
    for word in ("MENA", "patera", "Art. 318 bis CP", "ninguno", "no consta"):
        assert frame.isin([word]).any().any(), word
    joined = _cells_with_truth(frame, truth, CONS, first=2)
    serial = joined.loc[joined["Fecha hechos"].str.fullmatch(r"4\d{4}")]
    serial = serial.loc[serial["event_date"].notna()]
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha hechos"].astype(int), "D")
    assert (days.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    big = joined.loc[joined["Nº personas"].str.fullmatch(r"\d\.\d{3}")]
    assert (big["Nº personas"].str.replace(".", "", regex=False) == big["n_persons"]).all()


def test_reuters_desk_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[RTR].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("Story ref,Date,Type,")
    frame = _csv(paths[RTR], ",", "utf-8-sig")
    dates = frame["Date"]
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, 20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert frame["People"].isin(["two", "three", "seven"]).any()
    assert frame["People"].str.fullmatch(r"\d,\d{3}").any()
    assert frame["Country"].isin(["U.S."]).any()
    assert frame["Lat"].str.fullmatch(r"-?\d+\.\d\d").any()
    joined = _cells_with_truth(frame, truth, RTR, first=2)
    europe = joined.loc[joined["Destination"] == "Europe"]
    assert len(europe) > 0
    assert europe["destination_country"].isna().all()
    us = joined.loc[joined["Country"] == "U.S."]
    assert (us["detection_country"].dropna() == "USA").all()
    words = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
    spelled = joined.loc[joined["People"].isin(list(words))]
    spelled = spelled.loc[spelled["n_persons"].notna()]
    assert (spelled["People"].map(words) == spelled["n_persons"]).all()


def test_fedasil_cp1252_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FED].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].split(";")[:3] == ["N° dossier", "Date des faits", "Qualification"]
    assert "Ã" in text  # names pasted from a UTF-8 export
    frame = _csv(paths[FED], ";", "cp1252")
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"(T[1-4]|1er|[2-4]e) (trim\. )?20\d\d").any()
    # Belgian wording: "trafic d'êtres humains" is smuggling, "exploitation économique" labour
    joined = _cells_with_truth(frame, truth, FED, first=2)
    trafic = joined.loc[joined["Qualification"].str.lower() == "trafic d'êtres humains"]
    assert len(trafic) > 0
    assert (trafic["crime_type"].dropna() == "smuggling").all()
    eco = joined.loc[joined["Forme d'exploitation"] == "exploitation économique"]
    assert len(eco) > 0
    assert (eco["exploitation"].dropna() == "forced_labour").all()
    garbled = joined.loc[joined["Pays d'interception"] == "GrÃ¨ce"]
    assert (garbled["detection_country"].dropna() == "GRC").all()
