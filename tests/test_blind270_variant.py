"""The examiner's held-out set ``blind270``: five migrant-health teams (files ``*_jl.*``).

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

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
from trendlib.samples._blind270 import SOURCES, make_blind270

VARIANT = "blind270"
SEED = 270
N_EVENTS = 1500
SMALL_SEED = 2701
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
GSF, EODY, GORGAS, REDIVI, GEO = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if len(r) > i]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_jl", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_jl", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small_paths, NAMES, small)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind270(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_columns_the_team_keeps_are_read_as_written(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    """Origin, destination, transit and offences: the event's, unless the row says unknown."""
    ok, ev = check_reports_of_events(paths, truth, ("crime_type",))
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    keeps = {
        "origin_country": {EODY, GORGAS, REDIVI, GEO},
        "destination_country": set(NAMES),
        "transit_countries": set(NAMES),
        "linked_offences": {GORGAS, REDIVI, GEO},
    }
    for col, sources in keeps.items():
        has = ok["source"].isin(sources)
        unknown = tags.str.contains(f"unknown:{col}")
        assert ok.loc[has & ~unknown, col].equals(ev.loc[has & ~unknown, col]), col
        assert ok.loc[~has | unknown, col].isna().all(), col


def test_cross_source_reports_land_where_routed(truth: pd.DataFrame) -> None:
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dups["source"]) <= {GEO, REDIVI}
    first = dups["duplicate_of"].str.split(":").str[0]
    assert not (first == dups["source_file"]).any()


# --------------------------------------------------------------------------------------
# Gynécologie Sans Frontières: French, cp1252, ";", CRLF
# --------------------------------------------------------------------------------------
def test_gsf_bytes(paths: dict[str, Path]) -> None:
    raw = paths[GSF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accents written as cp1252 bytes
    assert raw.count(b"\r\n") == raw.count(b"\n")
    rows = _csv(paths[GSF], "cp1252", ";")
    assert rows[0] == [
        "N° fiche",
        "Date maraude",
        "Pays",
        "Nationalité",
        "Nb personnes",
        "Sexe",
        "Majeur / mineur",
        "Signalement",
        "Forme d'exploitation",
        "Parcours",
        "Destination souhaitée",
        "Mode de passage",
        "Latitude",
        "Longitude",
    ]
    body = [r for r in rows[1:] if r and r[0].startswith("GSF-")]
    dates = [r[1] for r in body if r[1]]
    assert all(re.fullmatch(r"\d\d/\d\d/(\d\d|\d{4})|\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    lats = [r[12] for r in body if r[12]]
    assert lats
    assert all(re.fullmatch(r"5\d,\d{4}", v) for v in lats)
    assert {"Angleterre", "UK"} <= {r[10] for r in body}
    nationalities = {r[3].strip().lower() for r in body}
    assert nationalities & {"afghan", "iranien", "irakien", "érythréen"}
    assert {r[11].strip().lower() for r in body} & {"small boat", "zodiac"}
    assert any(r[4].startswith("env. ") for r in body)


def test_gsf_mojibake_and_french_adjectives(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)[(truth["source"] == GSF) & (truth["expected_status"] == "record")]
    assert tags.str.contains("demonym:nationality").any()
    assert tags.str.contains("mojibake:nationality").any()
    assert tags.str.contains("blank_n_suspects").all()  # the outreach sheet has no such column


# --------------------------------------------------------------------------------------
# EODY: English, UTF-16 with BOM, tab-separated
# --------------------------------------------------------------------------------------
def test_eody_bytes(paths: dict[str, Path]) -> None:
    raw = paths[EODY].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    rows = _csv(paths[EODY], "utf-16", "\t")
    assert rows[0][:4] == ["Case ID", "Date of arrival", "Country", "Nationality (declared)"]
    assert {"Position", "Facilitators reported"} <= set(rows[0])
    country = set(_column(rows, "Country"))
    assert {"EL", "Greece"} <= country
    positions = [p for p in _column(rows, "Position") if p]
    dmm = r"\d{1,3}°\d\d\.\d\d'[NS] \d{1,3}°\d\d\.\d\d'[EW]"
    assert positions
    assert all(re.fullmatch(dmm, p) for p in positions)
    ages = set(_column(rows, "Age category"))
    assert {"UAM", "pending age assessment"} & ages
    assert {"none", "nil"} & set(_column(rows, "Facilitators reported"))
    refs = [r for r in _column(rows, "Case ID") if r.startswith("EODY/")]
    assert all(re.fullmatch(r"EODY/20\d\d/\d{5}", r) for r in refs)


def test_eody_positions_read_as_decimal_minutes(truth: pd.DataFrame) -> None:
    rows = _rows(truth, EODY)
    rows = rows.loc[tags_of(truth)[rows.index].str.contains("dmm_coords")]
    assert len(rows) > 0
    # hundredths of a minute: within 0.0002 degrees of the true point, Greek waters
    assert rows["lat"].astype(float).between(35, 42).all()
    assert rows["lon"].astype(float).between(20, 30).all()


# --------------------------------------------------------------------------------------
# ICGES (Gorgas): Spanish XLSX
# --------------------------------------------------------------------------------------
def test_gorgas_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[GORGAS], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Código", "Fecha de llegada", "País"]
    assert {"Grupo etario", "Guías / coyotes", "Delitos conexos"} <= set(header)
    body = [r for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("ICGES-ERM-")]
    dates = [r[1] for r in body]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    i = header.index("Grupo etario")
    assert "NNA" in {r[i] for r in body}
    j = header.index("Destino")
    assert {"EE.UU.", "EEUU"} & {r[j] for r in body}
    k = header.index("Personas atendidas")
    assert any(isinstance(r[k], int) for r in body)
    assert "s/d" in {r[k] for r in body} or "s/d" in {
        r[header.index("Guías / coyotes")] for r in body
    }


# --------------------------------------------------------------------------------------
# +Redivi: Spanish REDCap CSV, UTF-8 with BOM, ","
# --------------------------------------------------------------------------------------
def test_redivi_bytes(paths: dict[str, Path]) -> None:
    raw = paths[REDIVI].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    rows = _csv(paths[REDIVI], "utf-8-sig", ",")
    assert rows[0][:3] == ["ID registro", "Fecha de llegada", "País de llegada"]
    dates = [d for d in _column(rows, "Fecha de llegada") if d]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\d|\d{4}-\d\d|T[1-4] \d{4}|\d\d/\d\d/\d{4}", d) for d in dates
    )
    assert "España (Canarias)" in set(_column(rows, "País de llegada"))
    modes = set(_column(rows, "Medio de llegada"))
    assert {"cayuco", "patera"} <= modes
    coords = [c for c in _column(rows, "Coordenadas rescate") if c]
    assert coords
    assert all(re.fullmatch(r"-?\d+,\d{4}; -?\d+,\d{4}", c) for c in coords)
    assert {"directo", "ninguno"} & set(_column(rows, "Países de tránsito"))


def test_redivi_thousands_point(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    rows = _csv(paths[REDIVI], "utf-8-sig", ",")
    counts = _column(rows, "Nº personas")
    big = [c for c in counts if re.fullmatch(r"\d\.\d{3}", c)]
    tagged = _rows(truth, REDIVI)
    tagged = tagged.loc[tags_of(truth)[tagged.index].str.contains("thousands:n_persons")]
    assert len(big) >= len(tagged.loc[tagged["expected_status"] == "record"])
    assert (tagged["n_persons"].dropna().astype(int) >= 1000).all()


# --------------------------------------------------------------------------------------
# GeoSentinel: English JSON lines
# --------------------------------------------------------------------------------------
def test_geosentinel_lines(paths: dict[str, Path]) -> None:
    lines = paths[GEO].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["report_id", "date_seen", "country_seen"]
    body = [r for r in records if str(r["report_id"]).startswith("GS-")]
    dates = {r["date_seen"] for r in body if r["date_seen"]}
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    seen = {r["country_seen"] for r in body}
    assert {"IT", "US", "UK"} <= seen  # alpha-2, "UK" for the United Kingdom
    assert {"380", "840"} & seen  # ISO numeric codes from some clinics
    assert any(isinstance(r["group_size"], int) for r in body)
    assert any(isinstance(r["lat"], float) for r in body)
    routes = {r["travel_route"] for r in body if r["travel_route"]}
    assert any(re.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+", t) for t in routes)


def test_geosentinel_resends_records(truth: pd.DataFrame) -> None:
    repeats = _rows(truth, GEO)
    assert (repeats["expected_reason"] == "exact_repeat").sum() >= 3


def test_partial_dates_expect_period_start(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept["date_precision"]
    day = pd.to_datetime(kept["event_date"])
    assert (day[prec == "month"].dt.day == 1).all()
    assert day[prec == "quarter"].dt.month.isin([1, 4, 7, 10]).all()
    assert {GEO, REDIVI} <= set(kept.loc[prec == "quarter", "source"])
