"""The examiner set ``blind348`` (files ``*_ml.*``): five trust-and-safety desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind348"
SEED = 348
N_EVENTS = 1500
SMALL_SEED = 3481
SMALL_EVENTS = 400

GUMTREE = "gumtree_uk_trust_safety"
FRANCE_TRAVAIL = "france_travail_offres"
INFOJOBS = "infojobs_confianza_seguridad"
ENCUENTRA24 = "encuentra24_moderacion_pa"
INDEED = "indeed_trust_safety"
SOURCES = (GUMTREE, FRANCE_TRAVAIL, INFOJOBS, ENCUENTRA24, INDEED)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 1e-3


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(paths[source], sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ml", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ml", n_events=SMALL_EVENTS)
    check_reports_of_events(small, _truth(small), FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() >= 10, source


def test_exploitation_and_linked_offences(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, ("linked_offences",))
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_gumtree_cp1252_commas_demonyms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[GUMTREE].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the en dash of the note row is cp1252's 0x96
    frame = _csv(paths, GUMTREE, "cp1252", ",")
    assert frame.columns[:4].tolist() == [
        "Case Ref",
        "Incident Date",
        "Ad Category",
        "Abuse Category",
    ]
    nat = frame["Nationality"].str.strip()
    assert nat.isin(["Afghan", "Iranian", "Iraqi", "Vietnamese", "Eritrean"]).sum() > 10
    dates = frame["Incident Date"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").sum() > 30
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert frame["Location (Lat, Long)"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").sum() > 30
    assert frame["Case Ref"].str.match(r"GT-TS-20\d\d-\d{5}$").sum() > 30
    assert frame["Intended Destination"].str.strip().isin(["UK", "United Kingdom"]).any()
    assert _rows(truth, GUMTREE)["expected_reason"].eq("exact_repeat").sum() >= 3


def test_france_travail_bom_semicolons_comma_decimals(paths: dict[str, Path]) -> None:
    raw = paths[FRANCE_TRAVAIL].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = _csv(paths, FRANCE_TRAVAIL, "utf-8-sig", ";")
    assert "Date des faits" in frame.columns
    assert "Pays de constatation" in frame.columns
    assert frame["Latitude"].str.fullmatch(r"\d+,\d{5}").sum() > 30
    assert frame["Date des faits"].str.fullmatch(r"\d\d/\d\d/\d{2}(\d\d)?").sum() > 30
    assert frame["Pays de transit"].str.contains(" - ").any()
    words = " ".join(frame["Qualification"]).lower()
    assert "aide à l'entrée irrégulière" in words


def test_infojobs_excel_dates_and_numbers(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[INFOJOBS], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]  # short total row
    assert header[:3] == ["ID incidencia", "Fecha de los hechos", "Tipología"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 100
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    persons = [r[header.index("Nº personas")] for r in rows[1:]]
    assert sum(isinstance(p, int) for p in persons) > 100
    lat = [r[header.index("Latitud")] for r in rows[1:]]
    assert sum(isinstance(v, float) for v in lat) > 100
    tags = tags_of(_rows(truth, INFOJOBS))
    assert tags.str.contains("excel_serial").any()


def test_encuentra24_utf16_tabs_mojibake_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ENCUENTRA24].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    frame = _csv(paths, ENCUENTRA24, "utf-16", "\t")
    assert "Fecha y hora" in frame.columns
    assert "País donde se detectó" in frame.columns
    text = raw.decode("utf-16")
    assert "Ã" in text  # rows of the older import
    assert frame["Coordenadas"].str.contains(r"\d+°\d\d'\d\d\.\d\"[NS]", regex=True).sum() > 30
    assert frame["Fecha y hora"].str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").sum() > 30
    assert frame["Fecha y hora"].str.fullmatch(r"\d\d/\d{4}").any()
    tags = tags_of(_rows(truth, ENCUENTRA24))
    assert tags.str.contains("mojibake").any()


def test_indeed_jsonl_iso2_and_timestamps(paths: dict[str, Path]) -> None:
    lines = paths[INDEED].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"case_id", "incident_date", "violation_type", "interception_country_code"} <= set(
        recs[0]
    )
    codes = {r["interception_country_code"] for r in recs} - {None}
    assert codes <= {"IT", "GR", "HR", "PL", "US", "UK", "GB", "ES", "PA"}
    stamps = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s)) for s in stamps) > 100
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", s) for s in stamps)
    assert any(isinstance(r["persons_count"], int) for r in recs)
    assert {r["violation_type"] for r in recs} - {None} <= {
        "HUMAN_TRAFFICKING",
        "HUMAN_SMUGGLING",
        "TRAFFICKING_AND_SMUGGLING",
    }


def test_partial_dates_by_desk(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    by = kept.groupby("source")["date_precision"].agg(set)
    assert {"day", "month", "quarter"} <= by[GUMTREE]
    assert {"day", "month", "quarter"} <= by[INDEED]
    assert {"day", "month"} <= by[ENCUENTRA24]


def test_hand_typed_cells_vary_in_case(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source in (GUMTREE, FRANCE_TRAVAIL, ENCUENTRA24):
        assert tags[truth["source"] == source].str.contains("case:").any(), source
    for source in (INFOJOBS, INDEED):  # drop-down lists and enums
        assert not tags[truth["source"] == source].str.contains("case:").any(), source


def test_second_reports_leave_fields_blank(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert cross["messiness"].fillna("").str.contains("blank_").any()
    assert set(cross["source"]) >= {GUMTREE, INDEED, ENCUENTRA24}
