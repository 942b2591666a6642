"""The examiner set ``blind334``: five vehicle-hire desks (files ``*_lx.*``).

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

try:
    from tests._blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )
except ImportError:  # tests/ on sys.path instead of the repository root
    from _blind_checks import (  # type: ignore[no-redef]
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )

from trendlib.samples import make_truth
from trendlib.samples._blind334 import SOURCES, make_blind334

VARIANT = "blind334"
SEED = 334
N_EVENTS = 1500
SMALL_SEED = 3341
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 1e-3  # DMS to a tenth of a second, telematics to six decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == name]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_five_new_agencies() -> None:
    assert NAMES == [
        "bvrla_vehicle_crime",
        "ada_location_fr",
        "alquiber_seguridad_es",
        "amave_mx",
        "sixt_group_security",
    ]
    assert [s.language for s in SOURCES] == ["en", "fr", "es", "es", "en"]
    assert all(s.filename.startswith(s.source + "_lx.") for s in SOURCES)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lx", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SMALL_SEED, SMALL_EVENTS), (1, 300), (0, 300)])
def test_every_source_reports_events_at_small_sizes(seed: int, n_events: int) -> None:
    subs = make_blind334(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.filename


def test_each_desk_quarantines_only_what_it_writes(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    csvs = {"bvrla_vehicle_crime_lx.csv", "ada_location_fr_lx.csv", "amave_mx_lx.csv"}
    assert set(bad.loc[bad["expected_reason"] == "empty_row", "source_file"]) == csvs
    notes = set(bad.loc[bad["expected_reason"] == "no_content", "source_file"])
    assert notes == {
        "bvrla_vehicle_crime_lx.csv",
        "ada_location_fr_lx.csv",
        "alquiber_seguridad_es_lx.xlsx",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"amave_mx_lx.csv", "sixt_group_security_lx.jsonl"}


# --------------------------------------------------------------------------------------
# BVRLA: English, UTF-8 with BOM, comma
# --------------------------------------------------------------------------------------
def test_bvrla_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["bvrla_vehicle_crime"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("BVRLA ref,Date of incident,Incident type,")
    assert "Nationality (per police)" in header
    assert "Country of recovery" in header
    assert re.search(r"\n\"?VCI-2\d-\d{4}\"?,\d\d/\d\d/20\d\d,", text)
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|September"
        r"|October|November|December) 20\d\d,",
        text,
    )
    assert re.search(r",(Nil|None),", text)
    assert ",c. " in text
    for word in ("Vietnamese", "England", "Clandestine entrants", "Small boat", "Road (hire van)"):
        assert word in text, word
    rows = _rows(truth, "bvrla_vehicle_crime")
    scot = rows.loc[tags_of(truth).loc[rows.index].str.contains("uk_nation")]
    assert len(scot)
    assert (scot["detection_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# ADA: French, cp1252, semicolon, CRLF
# --------------------------------------------------------------------------------------
def test_ada_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ada_location_fr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° sinistre;Date des faits;Qualification;")
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years beside four-digit ones
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
        r"|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";5\d\.\d{6}, [12]\.\d{6};", text)  # the telematics pair
    for word in ("Angleterre", "aucun", "afghane", "aide à l'entrée irrégulière", ";NC;"):
        assert word in text, word
    rows = _rows(truth, "ada_location_fr")
    quarters = rows.loc[rows["date_precision"] == "quarter", "event_date"]
    assert len(quarters)
    assert quarters.str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()


# --------------------------------------------------------------------------------------
# Alquiber: Spanish workbook, mixed date cells, mojibake batch
# --------------------------------------------------------------------------------------
def test_alquiber_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["alquiber_seguridad_es"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nº incidencia", "Fecha", "Tipología")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45400 for d in serials)  # 2021 to 2024 as Excel serials
    cells = [c for r in rows for c in r if isinstance(c, str)]
    assert any("Ã" in c for c in cells)  # the garbled import batch
    assert any(re.fullmatch(r"-?\d+,\d{5}", c) for c in cells)  # decimal-comma degrees
    for word in ("Art. 318 bis CP", "ninguno", "s/d"):
        assert word in cells, word
    mine = _rows(truth, "alquiber_seguridad_es")
    garbled = mine.loc[tags_of(truth).loc[mine.index].str.contains("mojibake")]
    assert len(garbled)
    assert garbled["detection_country"].dropna().eq("ESP").all()


# --------------------------------------------------------------------------------------
# AMAVe: Mexican Spanish, UTF-16, tab
# --------------------------------------------------------------------------------------
def test_amave_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["amave_mx"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Folio", "Fecha de aseguramiento", "Delito"]
    assert re.search(r"\t\d\d/(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)/20\d\d\t", text)
    assert re.search(r"\t\d\d/(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)/20\d\d\t", text)
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"W", text)  # DMS, CSV-quoted
    for word in ("Tráfico de personas", "NNA", "EUA", "EE.UU.", " personas", "GUATEMALTECA"):
        assert word in text, word
    rows = _rows(truth, "amave_mx")
    tags = tags_of(truth).loc[rows.index]
    women = rows.loc[tags.str.contains("gender_m_mujer")]
    assert len(women)
    assert (women["gender"] == "female").all()
    # In Mexican law "tráfico de personas" is smuggling; "trata de personas" trafficking.
    cells = pd.read_csv(paths["amave_mx"], sep="\t", encoding="utf-16", dtype=str)
    crime_of = dict(zip(cells["Folio"], cells["Delito"].str.strip().str.lower(), strict=True))
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    written = kept["source_ref"].map(crime_of)
    assert (kept.loc[written == "tráfico de personas", "crime_type"] == "smuggling").all()
    assert (written == "tráfico de personas").sum() > 10
    assert (kept.loc[written == "trata de personas", "crime_type"] == "trafficking").all()


# --------------------------------------------------------------------------------------
# Sixt Group Security: JSON lines, enum values, ISO codes
# --------------------------------------------------------------------------------------
def test_sixt_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["sixt_group_security"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0]) == [
        "case_id",
        "incident_date",
        "category",
        "exploitation_type",
        "persons_involved",
        "suspects_detained",
        "persons_sex",
        "age_band",
        "nationality",
        "origin",
        "destination",
        "incident_country",
        "route",
        "mode",
        "lat",
        "lng",
        "linked_offences",
    ]
    cases = [r for r in recs if str(r["case_id"]).startswith("GS-")]
    assert {r["category"] for r in cases} >= {"SMUGGLING_OF_MIGRANTS", "HUMAN_TRAFFICKING"}
    assert {r["incident_country"] for r in cases} >= {"IT", "GR", "HR", "PL", "PA"}
    dates = [str(r["incident_date"]) for r in cases if r["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(" > " in str(r["route"]) for r in cases)
    assert all(isinstance(r["lat"], float) for r in cases if r["lat"] is not None)
