"""The examiner set ``blind220`` (files ``*_hn.*``): what it promises, checked on its bytes.

Five base-security desks (NCIS Naples, Policía Naval Rota, Polish Military Gendarmerie at
Słupsk, the CTHB focal point of HQ Rapid Reaction Corps France, the DoD CTIP office).
These tests write the set and check the files and the truth; none of them cleans or
scores.
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind220"
SEED = 220
N_EVENTS = 1500
SMALL_SEED = 2201
SMALL_EVENTS = 400

NCIS = "ncis_euafcent_hn"
PN = "policia_naval_rota_hn"
ZW = "zw_redzikowo_hn"
CRR = "crr_fr_cthb_hn"
DOD = "dod_ctip_pmo_hn"
SOURCES = (NCIS, PN, ZW, CRR, DOD)
FIELDS = (
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


def _truth(p: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(p["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _tags_of_source(truth: pd.DataFrame, source: str) -> set[str]:
    tags = tags_of(truth).loc[truth["source"] == source].dropna()
    return {t for cell in tags for t in cell.split(";") if t}


# ----------------------------------------------------------------------------------------
# The shared promises
# ----------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hn", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_hn", n_events=SMALL_EVENTS)
    t = _truth(small)
    for source in SOURCES:  # every source has event rows at the small size
        assert (_rows_of(t, source)["expected_status"] == "record").any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    owner = {"ITA": NCIS, "GRC": NCIS, "ESP": PN, "POL": ZW, "FRA": CRR}
    want = [owner.get(c, DOD) for c in country]
    assert list(first["source"]) == want
    # the compilation reports what no primary source does
    assert {"PAN", "USA", "HRV", "GBR"} <= set(country[first["source"].to_numpy() == DOD])


# ----------------------------------------------------------------------------------------
# Each agency's habits, on the bytes
# ----------------------------------------------------------------------------------------
def test_ncis_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths[NCIS])
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:4] == ("CCN", "Date of Incident", "Host Nation", "Offense Category")
    assert "Lat/Long" in head
    assert "Subjects" in head
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.6 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    us = [d for d in text if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert us
    assert all(int(d[:2]) <= 12 for d in us)
    assert any(int(d[3:5]) > 12 for d in us)
    assert any(re.fullmatch(r"\d\d[A-Z]{3}\d{4}", d) for d in text)
    coords = [r[head.index("Lat/Long")] for r in rows[1:] if r[head.index("Lat/Long")]]
    assert all(re.fullmatch(r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]", c) for c in coords)
    counts = [r[head.index("Victims / Smuggled Persons")] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert "UNK" in {str(c)[:3] for c in counts}
    tags = _tags_of_source(truth, NCIS)
    assert {"date_excel", "date_text_us", "date_military", "nationality_demonym"} <= tags
    assert {"detection_iso2", "nationality_upper", "coords_ddm"} <= tags


def test_policia_naval_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PN].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0].split(";")
    assert head[:3] == ["Nº Atestado", "Fecha hecho", "Tipología delictiva"]
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\d\dº\d\d'\d\d\"\"[NS] \d\dº\d\d'\d\d\"\"[EW]", text)
    assert re.search(r";(1[3-9]|2\d|3[01])/(0\d|1[0-2])/20\d\d;", text)  # day first
    assert re.search(r";\d\.\d{3};", text)  # dotted thousands
    assert "trimestre" in text
    assert " de 20" in text
    assert "marroquí" in text.lower()
    assert "ninguno" in text
    tags = _tags_of_source(truth, PN)
    assert {"count_thousands", "date_quarter", "date_month", "coords_dms"} <= tags


def test_zw_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ZW].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    head = text.split("\n", 1)[0].split("\t")
    assert head[0] == "Nr sprawy / Case no."
    assert "Płeć / Sex" in head
    assert all(" / " in h for h in head if h != "GPS")
    body = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    dates = [r[1] for r in body]
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"4\d{4}", d) for d in dates)  # Excel serials
    assert any(re.fullmatch(r"[NS] \d+\.\d{5}, [EW] \d+\.\d{5}", r[14]) for r in body)
    assert "Białoruś" in text or "Polska" in text
    tags = _tags_of_source(truth, ZW)
    assert {"date_serial", "date_dotted", "coords_hemi"} <= tags


def test_crr_fr_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CRR].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    text = raw.decode("utf-8-sig")
    head = text.split("\n", 1)[0].split(";")
    assert head[:3] == ["Réf.", "Date des faits", "Pays de constatation"]
    assert re.search(r";-?\d+,\d{5};-?\d+,\d{5};", text)  # decimal commas
    assert re.search(
        r";\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert "Ã" in text  # mojibake
    tags = _tags_of_source(truth, CRR)
    assert {"mojibake", "decimal_comma", "date_long", "nationality_demonym"} <= tags


def test_dod_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[DOD].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"caseNumber", "incidentDate", "victimCount", "latitude"}
    dates = [r["incidentDate"] for r in recs if r["incidentDate"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert any(isinstance(r["victimCount"], int) for r in recs)
    codes = {r["incidentCountry"] for r in recs}
    assert {"PAN", "USA"} <= codes
    assert any(str(c).isdigit() for c in codes)
    assert recs[-1]["caseNumber"] == "REPORT TOTAL"
    tags = _tags_of_source(truth, DOD)
    assert {"nationality_iso3", "nationality_iso_numeric", "date_quarter"} <= tags


def test_bad_rows_are_written_the_agency_way(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_reason"].isin(["bad_date", "future_date"])]
    assert set(bad["source"]) <= set(SOURCES)
    assert len(bad) >= 2
    # exact repeats come from the files the desks re-sent
    rep = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert len(rep) >= 3
    assert set(rep) <= {PN, CRR}
