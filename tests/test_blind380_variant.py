"""Examiner sample set ``blind380`` (files ``*_nr.*``): ferry and cruise security desks.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples._blind380 import AGENCIES

VARIANT = "blind380"
SEED = 380
N_EVENTS = 1500
SMALL_SEED = 3801
SMALL_EVENTS = 400

PO = "po_ferries_fleet_security"
IF = "irish_ferries_calais_surete"
FRS = "frs_iberia_proteccion"
ATT = "attica_group_cso"
NCL = "ncl_global_security"
SOURCES = (PO, IF, FRS, ATT, NCL)
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


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = next(s for s in AGENCIES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_agencies() -> None:
    assert tuple(s.source for s in AGENCIES) == SOURCES
    assert {s.format for s in AGENCIES} == {"csv", "xlsx", "jsonl"}
    assert {s.language for s in AGENCIES} == {"en", "fr", "es"}


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_nr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_nr", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every agency has event rows at this size too
        assert (_rows_of(truth, source)["expected_status"] == "record").sum() > 0, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_reports_of_events(paths, truth, EXACT_FIELDS)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # positions in degrees and decimal minutes come back within 0.0001 degree
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_its_garbage_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    totals = garbage.loc[garbage["expected_reason"].eq("no_date"), "source"]
    assert set(totals) == set(SOURCES)  # each file closes with its total row
    empty = garbage.loc[garbage["expected_reason"].eq("empty_row"), "source"]
    assert set(empty) == {PO, IF, ATT}  # the CSV exports keep a blank line
    notes = garbage.loc[garbage["expected_reason"].eq("no_content"), "source"]
    assert set(notes) == {PO, IF, FRS, ATT}
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source"]
    assert set(repeats) == {PO, NCL}


def test_tags_belong_to_their_agency(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_tag = {
        "mojibake": {IF},
        "vague_nationality": {FRS},
        "degrees_minutes": {FRS},
        "excel_serial": {FRS},
        "wkt": {NCL},
        "partial_quarter": {IF, NCL},
        "decimal_comma": {IF},
        "with_time": {ATT},
    }
    for tag, sources in by_tag.items():
        assert set(truth.loc[tags.str.contains(tag), "source"]) == sources, tag


# --------------------------------------------------------------------------------------
# P&O Ferries, Fleet Security: English, UTF-8 with BOM, commas
# --------------------------------------------------------------------------------------
def test_po_bytes(paths: dict[str, Path]) -> None:
    data = paths[PO].read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.split(",")[:3] == ["Incident Ref", "Date of Incident", "Incident Category"]
    assert "Facilitators Detained" in header
    assert "Lat/Long" in header


def test_po_values(paths: dict[str, Path]) -> None:
    frame = _csv(paths, PO)
    dates = frame["Date of Incident"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    abbrev = dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d")
    assert day_first.sum() > abbrev.sum() > 0
    assert month.sum() > 0
    days = dates[day_first].str[:2].astype(int)
    months = dates[day_first].str[3:5].astype(int)
    assert days.max() > 12
    assert months.max() <= 12
    assert {"Nil", "TBC"} <= set(frame["Facilitators Detained"])
    assert frame["Route (countries transited)"].str.contains(" > ").any()
    assert frame["Lat/Long"].str.fullmatch(r"5\d\.\d{4}, -?\d\.\d{4}").sum() > 50
    words = set(frame["Incident Category"])
    assert {"MSHT", "Facilitation (s.25)"} <= words
    assert "UASC" in set(frame["Age Category"])
    assert "Age disputed" in set(frame["Age Category"])
    assert "Vietnamese" in set(frame["Claimed Nationality"])


# --------------------------------------------------------------------------------------
# Irish Ferries, Calais: French, cp1252, semicolons, decimal commas
# --------------------------------------------------------------------------------------
def test_irish_ferries_bytes(paths: dict[str, Path]) -> None:
    data = paths[IF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° fiche;Date constatation;Nature des faits")
    assert "Ã" in text  # names garbled by an earlier UTF-8 import


def test_irish_ferries_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, IF)
    dates = frame["Date constatation"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").sum() > 20
    assert dates.str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ 20\d\d").any()
    quarter = dates.str.fullmatch(r"T[1-4] 20\d\d")
    assert quarter.any() or _rows_of(truth, IF)["date_precision"].eq("quarter").sum() == 0
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}").sum() > 20
    assert frame["Nb passeurs interpellés"].str.lower().eq("néant").any()
    assert {"AESI", "TEH"} & set(frame["Nature des faits"])
    assert {"PL", "Poids lourd", "Small boat"} & set(frame["Mode de passage"])
    assert "Angleterre" in set(frame["Destination déclarée"])


# --------------------------------------------------------------------------------------
# FRS Iberia: Spanish Excel
# --------------------------------------------------------------------------------------
def test_frs_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[FRS], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]  # short rows
    assert header[:3] == ("Nº Incidencia", "Fecha", "Tipología")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha"]] for r in rows[1:]]
    kinds = {type(v) for v in dates}
    assert {datetime, int, str} <= kinds  # real dates, bare serials and typed text
    serials = [v for v in dates if isinstance(v, int)]
    assert all(44197 <= v <= 45291 for v in serials)  # 2021-01-01 .. 2023-12-31
    position = [r[col["Posición"]] for r in rows[1:] if isinstance(r[col["Posición"]], str)]
    dms = re.compile(r"\d\dº \d\d,\d\d' [NS] - \d{3}º \d\d,\d\d' [EW]")
    assert len(position) > 100
    assert all(dms.fullmatch(p) for p in position)
    sexes = {r[col["Sexo"]] for r in rows[1:]}
    assert {"H", "M"} <= sexes  # hombre, mujer
    rows_frs = _rows_of(truth, FRS)
    m_rows = [i for i, r in enumerate(rows[1:]) if r[col["Sexo"]] == "M"]
    written_m = rows_frs.iloc[m_rows]
    assert set(written_m.loc[written_m["expected_status"] != "quarantine", "gender"]) == {"female"}
    vague = rows_frs.loc[tags_of(truth).loc[rows_frs.index].str.contains("vague_nationality")]
    assert len(vague) > 0
    assert vague["nationality"].isna().all()


# --------------------------------------------------------------------------------------
# Attica Group CSO: English, UTF-16, tabs
# --------------------------------------------------------------------------------------
def test_attica_bytes(paths: dict[str, Path]) -> None:
    data = paths[ATT].read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE)
    text = data.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Report No", "Date", "Case type"]


def test_attica_values(paths: dict[str, Path]) -> None:
    frame = _csv(paths, ATT)
    dates = frame["Date"]
    plain = dates.str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d")
    timed = dates.str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d \d\d:\d\d")
    assert plain.sum() > timed.sum() > 0
    assert dates[plain].str.fullmatch(r"\d/\d{1,2}/20\d\d").any()  # no zero padding
    assert (frame["Lat"] == "0.00000").any()  # GPS fix not taken
    assert {"none", "None"} & set(frame["Smugglers arrested"])
    assert "UAM" in set(frame["Adults/Minors"])


# --------------------------------------------------------------------------------------
# NCL Global Security & Intelligence: JSON lines
# --------------------------------------------------------------------------------------
def test_ncl_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[NCL].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows_of(truth, NCL))
    body = [r for r in records if r["report_id"] != "SUMMARY"]
    dates = pd.Series([r["event_dt"] for r in body], dtype="string").dropna()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z").sum() > 100
    assert dates.str.fullmatch(r"20\d\d-Q[1-4]").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    codes = {r["country_code"] for r in body} - {None}
    assert codes <= {"IT", "HR", "PL", "US", "PA", "GR", "ES"}
    assert all(re.fullmatch(r"[A-Z]{3}", r["nationality_iso"] or "XXX") for r in body)
    assert all(isinstance(r["transit_route"], list) for r in body)
    for r in body:  # WKT: longitude first
        if r["country_code"] == "PA" and r["geo_wkt"]:
            lon, lat = map(float, r["geo_wkt"][len("POINT (") : -1].split())
            assert lon < -70
            assert 5 < lat < 11
    assert "Alien Smuggling" in {r["category"] for r in body}
    assert {"UAC", "Family Unit"} <= {r["age_band"] for r in body}
