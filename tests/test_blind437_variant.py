"""Held-out sample set ``blind437``: five micromobility operators' desks (files ``*_pw.*``).

These tests check what the set promises (files, encodings, the agencies' habits in the
bytes, and a truth that says what a careful analyst reads); none of them cleans or scores.
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

VARIANT = "blind437"
SEED = 437
N_EVENTS = 1500
SMALL_SEED = 4371
SMALL_EVENTS = 400
SUFFIX = "_pw"
SOURCES = (
    "voi_uk_fieldops",
    "dott_fr_terrain",
    "cooltra_seguridad",
    "metrobici_pa",
    "lime_trust_safety",
)
TOLERANCE = 1e-4  # degrees; DMS cells are written to a tenth of a second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, in file order."""
    rows = truth.loc[truth["source"] == source].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.sort_values("source_row").reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(
        paths,
        truth,
        ["crime_type", "transit_countries", "linked_offences"],
        tolerance=TOLERANCE,
    )


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_has_every_source(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


# --------------------------------------------------------------------------------------
# What the truth leaves out, and only where the cell says so
# --------------------------------------------------------------------------------------
def test_unknown_words_expect_unknown_or_nothing(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col, tag in (
        ("origin_country", "blank_origin"),
        ("destination_country", "blank_destination"),
    ):
        blank = tags.str.contains(tag)
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # pure smuggling has no form of exploitation
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_each_source_plants_every_quarantine_kind_it_can(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        reasons = set(truth.loc[truth["source"] == source, "expected_reason"].dropna())
        assert "no_date" in reasons, source  # the total row at least
        if source != "lime_trust_safety":
            assert "no_content" in reasons, source  # the note row
    csv_sources = ("dott_fr_terrain", "cooltra_seguridad", "metrobici_pa")
    empty = truth.loc[truth["expected_reason"] == "empty_row", "source"]
    assert sorted(empty) == sorted(csv_sources)


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_voi_xlsx_dates_demonyms_and_uk_nations(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = load_workbook(paths["voi_uk_fieldops"])
    rows = list(book.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Incident ref", "Incident date", "Concern type")
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in texts)  # month only
    country = {r[11] for r in body}
    assert {"England", "Scotland"} <= country
    assert "Vietnamese" in {r[8] for r in body}
    assert any(isinstance(r[12], str) and " > " in r[12] for r in body)
    assert any(r[5] == "none" for r in body)
    exp = _rows(truth, "voi_uk_fieldops")
    for cell, (_, row) in zip(dates, exp.iterrows(), strict=True):
        if isinstance(cell, datetime) and row["expected_status"] == "record":
            assert cell.strftime("%Y-%m-%d") == row["event_date"]


def test_dott_cp1252_semicolon_decimal_comma(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dott_fr_terrain"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° remontée;Date du constat;Qualification;")
    assert "\r\n" in text
    assert "Angleterre" in text
    frame = _csv(paths["dott_fr_terrain"], "cp1252", ";")
    lat = frame["Latitude"][frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"\d+,\d{5}").all()
    exp = _rows(truth, "dott_fr_terrain")
    assert len(frame) == len(exp)
    days = exp["date_precision"].eq("day") & exp["expected_status"].ne("quarantine")
    cells = frame.loc[days.to_numpy(), "Date du constat"]
    assert cells.str.fullmatch(r"\d\d/\d\d/(\d\d)?\d\d").all()
    parsed = pd.to_datetime(cells, format="mixed", dayfirst=True)
    assert (parsed.dt.strftime("%Y-%m-%d").to_numpy() == exp.loc[days, "event_date"]).all()
    assert (cells.str[:2].astype(int) > 12).any()  # day first: the order shows


def test_cooltra_utf16_tab_gps_and_quarters(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cooltra_seguridad"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].split("\t")[:3] == [
        "Nº incidencia",
        "Fecha del hecho",
        "Tipología",
    ]
    frame = _csv(paths["cooltra_seguridad"], "utf-16", "\t")
    exp = _rows(truth, "cooltra_seguridad")
    assert len(frame) == len(exp)
    gps = frame["Coordenadas GPS"][frame["Coordenadas GPS"] != ""]
    assert gps.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    quarter = exp["date_precision"].eq("quarter").to_numpy()
    assert quarter.any()
    assert frame.loc[quarter, "Fecha del hecho"].str.fullmatch(r"T[1-4] 20\d\d").all()
    big = tags_of(truth).loc[truth["source"] == "cooltra_seguridad"].str.contains("thousands")
    if big.any():  # Spanish thousands: 1.250
        assert frame["Nº de personas"].str.fullmatch(r"\d\.\d{3}").any()


def test_metrobici_bom_mojibake_serials_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["metrobici_pa"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "PanamÃ¡" in text  # an earlier cp1252 round trip
    assert re.search(r"EE\.?UU\.?", text)
    frame = _csv(paths["metrobici_pa"], "utf-8-sig", ",")
    exp = _rows(truth, "metrobici_pa")
    assert len(frame) == len(exp)
    serial = frame["Fecha"].str.fullmatch(r"4\d{4}").to_numpy()
    assert serial.any()
    ok = serial & exp["expected_status"].eq("record").to_numpy()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(frame.loc[ok, "Fecha"].astype(int), "D")
    assert (days.dt.strftime("%Y-%m-%d").to_numpy() == exp.loc[ok, "event_date"]).all()
    dms = frame["Coordenadas"].str.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]")
    assert dms.any()


def test_lime_jsonl_codes_arrays_and_repeats(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["lime_trust_safety"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"incident_id", "occurred_at", "country_code", "transit_countries"} <= set(recs[0])
    dated = [r["occurred_at"] for r in recs if isinstance(r.get("occurred_at"), str)]
    assert sum(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) is not None for d in dated) > (
        len(dated) / 2
    )
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dated)
    codes = {r["country_code"] for r in recs if r.get("country_code")}
    assert codes <= {"IT", "GR", "HR", "PL", "US", "GB", "ES", "PA"}
    transit = [r["transit_countries"] for r in recs if isinstance(r.get("transit_countries"), list)]
    assert any(len(t) > 1 for t in transit)
    assert all(all(re.fullmatch(r"[A-Z]{2}", c) for c in t) for t in transit)
    exp = _rows(truth, "lime_trust_safety")
    repeats = exp.loc[exp["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[row.source_row - 1] == lines[first - 1]
