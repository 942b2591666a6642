"""The examiner set ``blind287`` (files ``*_kc.*``): five dating apps' trust-and-safety desks.

These tests check what the set promises (files, truth, the bytes of each desk's habits);
none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
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
from trendlib.samples._blind287 import SOURCES, make_blind287

VARIANT = "blind287"
SEED = 287
N_EVENTS = 1500
SMALL_SEED = 2871
SMALL_EVENTS = 400
SUFFIX = "_kc"
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001

MEETIC = "meetic_moderation"
BADOO = "badoo_trust_safety"
MATCH = "match_group_ler"
TINDER = "tinder_latam_desk"
BUMBLE = "bumble_safety_integrity"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    # a small set may lack a quarter-only date: check the reports of the events only
    check_reports_of_events(small, _truth(small), FIELDS)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_gets_event_rows(n_events: int) -> None:
    subs = make_blind287(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_every_desk_has_its_habits_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    want = {
        MEETIC: ("mojibake", "decimal_comma", "date_quarter", "zero_word", "demonym"),
        BADOO: ("excel_serial", "excel_date", "date_text", "pair", "alias", "demonym"),
        MATCH: ("date_monthfirst", "date_ymd_slash", "demonym", "iso2"),
        TINDER: ("dms", "date_time", "date_quarter", "demonym", "zero_word"),
        BUMBLE: ("iso2", "iso3", "iso_numeric", "transit_list", "date_timestamp"),
    }
    for source, needed in want.items():
        mine = tags[truth["source"] == source]
        for tag in needed:
            assert mine.str.contains(tag).any(), (source, tag)


# --------------------------------------------------------------------------------------
# Meetic: French CSV, cp1252, semicolons, CRLF, decimal commas, mojibake
# --------------------------------------------------------------------------------------
def test_meetic_bytes(paths: dict[str, Path]) -> None:
    raw = paths[MEETIC].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:4] == ["N° signalement", "Date des faits", "Plateforme", "Catégorie"]
    assert "Nationalité" in header
    assert "Pays des faits" in header
    assert "Ã©" in text  # UTF-8 names re-read as cp1252 on the way
    assert re.search(r";-?\d{1,3},\d{4};-?\d{1,3},\d{4};", text)
    assert "Total général" in text
    assert "Sans objet" in text
    assert "aucun" in text


def test_meetic_dates_are_day_first(paths: dict[str, Path]) -> None:
    frame = _csv(paths[MEETIC], "cp1252", ";")
    dates = frame["Date des faits"]
    full = dates.str.extract(r"^(\d\d)/(\d\d)/(\d{2}|\d{4})$").dropna().astype(int)
    assert (full[1] <= 12).all()
    assert (full[0] > 12).any()
    assert dates.str.contains(r"^\d\d/\d\d/\d\d$").any()  # two-digit years
    assert dates.str.contains(r"^(?:janvier|février|mars|avril|mai|juin) \d{4}$").any()
    assert dates.str.contains(r"^\de trimestre \d{4}$").any()


def test_meetic_mojibake_rows_expect_the_country(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    frame = _csv(paths[MEETIC], "cp1252", ";")
    mine = _rows_of(truth, MEETIC).reset_index(drop=True)
    assert len(frame) == len(mine)
    garbled = frame["Pays d'origine"].str.contains("Ã", regex=False)
    assert garbled.any()
    ok = mine["expected_status"] != "quarantine"
    assert mine.loc[garbled & ok, "origin_country"].str.fullmatch(r"[A-Z]{3}").all()


# --------------------------------------------------------------------------------------
# Badoo: English XLSX, Excel dates and serials, "lat, lon", " > " routes
# --------------------------------------------------------------------------------------
def test_badoo_spreadsheet(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[BADOO])
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Case ID", "Incident date", "Platform"]
    assert "Last known location" in header
    assert "Transit route" in header
    dates = [r[1] for r in rows[1:]]
    real = [d for d in dates if hasattr(d, "year")]
    serial = [d for d in dates if isinstance(d, int)]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > len(serial) + len(text)
    assert serial
    assert all(40000 < s < 47000 for s in serial)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", t) for t in text)
    loc = [r[header.index("Last known location")] for r in rows[1:]]
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", v) for v in loc)
    route = [r[header.index("Transit route")] for r in rows[1:]]
    assert any(isinstance(v, str) and " > " in v for v in route)
    counts = [r[header.index("No. of persons")] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    totals = [r for r in rows if r[0] == "Total"]
    assert len(totals) == 1
    assert isinstance(totals[0][header.index("No. of persons")], int)


# --------------------------------------------------------------------------------------
# Match Group: US English, UTF-16 tab-delimited, month-first dates, 0/0 locations
# --------------------------------------------------------------------------------------
def test_match_bytes(paths: dict[str, Path]) -> None:
    raw = paths[MATCH].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["LER Number", "Incident Date", "Brand"]
    assert "Citizenship" in header
    assert "# Individuals" in header
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    dates = frame["Incident Date"]
    us = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/(\d{4})$").dropna().astype(int)
    assert (us[0] <= 12).all()
    assert (us[1] > 12).any()
    assert dates.str.contains(r"^\d{4}/\d\d/\d\d$").any()
    assert (frame["Lat"] == "0.000000").any()
    assert frame["Citizenship"].isin(["Mexican", "Guatemalan", "Honduran", "Venezuelan"]).any()
    assert frame["Brand"].isin(["Tinder", "Hinge"]).any()


# --------------------------------------------------------------------------------------
# Tinder LatAm: Spanish CSV, UTF-8 with BOM, commas, times, DMS coordinates
# --------------------------------------------------------------------------------------
def test_tinder_bytes(paths: dict[str, Path]) -> None:
    raw = paths[TINDER].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths[TINDER], "utf-8-sig", ",")
    assert list(frame.columns[:4]) == [
        "ID caso",
        "Fecha del incidente",
        "Canal de reporte",
        "Tipo de delito",
    ]
    dates = frame["Fecha del incidente"]
    assert dates.str.contains(r"^\d\d/\d\d/\d{4} \d\d:\d\d$").any()
    day_first = dates.str.extract(r"^(\d\d)/(\d\d)/\d{4}").dropna().astype(int)
    assert (day_first[1] <= 12).all()
    assert (day_first[0] > 12).any()
    assert dates.str.contains(r"^T[1-4] \d{4}$").any()
    assert (dates == "s/f").any() or dates.str.contains("/02/").any()
    dms = r"^\d{1,3}°\d\d'\d\d\.\d\"[NS] \d{1,3}°\d\d'\d\d\.\d\"[EW]$"
    assert frame["Coordenadas"].str.contains(dms).any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["Tipo de delito"].str.strip().str.lower().eq("coyotaje").any()


def test_tinder_dms_expects_decimal_degrees(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    mine = _rows_of(truth, TINDER).reset_index(drop=True)
    frame = _csv(paths[TINDER], "utf-8-sig", ",")
    cell = frame["Coordenadas"]
    parts = cell.str.extract(r"^(\d+)°(\d+)'([\d.]+)\"([NS]) (\d+)°(\d+)'([\d.]+)\"([EW])$")
    has = parts[0].notna() & mine["lat"].notna()
    lat = parts.loc[has, 0].astype(float) + parts.loc[has, 1].astype(float) / 60
    lat += parts.loc[has, 2].astype(float) / 3600
    lat = lat.where(parts.loc[has, 3] == "N", -lat)
    assert ((lat - mine.loc[has, "lat"].astype(float)).abs() < 1e-6).all()


# --------------------------------------------------------------------------------------
# Bumble: JSON lines, enums, ISO codes, arrays
# --------------------------------------------------------------------------------------
def test_bumble_lines(paths: dict[str, Path]) -> None:
    lines = paths[BUMBLE].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert {"signal_id", "incident_date", "harm_category", "transit_country_codes"} <= set(rows[0])
    cats = {r["harm_category"] for r in rows if r["harm_category"]}
    assert cats <= {"HUMAN_TRAFFICKING", "MIGRANT_SMUGGLING", "TRAFFICKING_AND_SMUGGLING"}
    transit = [r["transit_country_codes"] for r in rows if r["transit_country_codes"]]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    codes = [r["incident_country_code"] for r in rows if r["incident_country_code"]]
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    nat = [r["nationality_code"] for r in rows if r.get("nationality_code")]
    assert any(re.fullmatch(r"\d{3}", c) for c in nat + codes)
    dates = [r["incident_date"] for r in rows if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) for d in dates)
    assert any(r["signal_id"] == "TOTAL" for r in rows)
    # the feed re-sends a few signals, byte for byte
    assert len(lines) - len(set(lines)) >= 3


def test_future_dates_are_a_century_off(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    future = truth.loc[truth["expected_reason"] == "future_date"]
    assert len(future) > 0
    assert future[["event_date", "n_persons"]].isna().all().all()
