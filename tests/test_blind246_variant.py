"""The examiner sample set ``blind246`` (files ``*_in.*``): what it promises, byte for byte.

Five civil-status agencies (Spain's Registro Civil desk, the French Chancellery's civil
status bureau, the UK General Register Office, Panama's Registro Civil, the CIEC watch).
These tests check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

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
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind246"
SEED = 246
N_EVENTS = 1500
SMALL_SEED = 2461
SMALL_EVENTS = 400
SUFFIX = "_in"
SOURCES = (
    "dgsjfp_registro_civil",
    "dacs_etat_civil",
    "gro_section24",
    "te_registro_civil_pa",
    "ciec_veille",
)
#: Fields every kept row expects exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


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


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    small = pd.read_csv(small_paths["truth_rows"], dtype=str)
    for source in SOURCES:  # every agency reports events at this size too
        assert (_rows(small, source)["expected_status"] == "record").any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False)
    check_read_loses_no_row(small_paths, SOURCES, small)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_agency_has_records_duplicates_and_bad_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() > 50, source
        assert (rows["expected_status"] == "quarantine").any(), source
        assert (rows["expected_status"] == "duplicate").any(), source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"te_registro_civil_pa", "ciec_veille"}


def test_primary_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = first.set_index("event_id")["source"]
    country = events.loc[where.index, "detection_country"]
    owner = {
        "ESP": "dgsjfp_registro_civil",
        "FRA": "dacs_etat_civil",
        "GBR": "gro_section24",
        "PAN": "te_registro_civil_pa",
    }
    assert (where == country.map(owner).fillna("ciec_veille")).all()


# --------------------------------------------------------------------------------------
# Spain, Registro Civil (XLSX)
# --------------------------------------------------------------------------------------
def test_dgsjfp_sheet(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["dgsjfp_registro_civil"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]  # trailing blanks
    assert header[:4] == (
        "Nº expediente",
        "Fecha de detección",
        "Trámite registral",
        "Tipo delictivo",
    )
    body = rows[1:]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # pasted serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    crime = {r[3] for r in body if r[3]}
    assert any("177 bis" in c for c in crime)
    assert any("318 bis" in c for c in crime)
    detected = {r[12] for r in body if r[12]}
    assert {"ESPAÑA", "ESPANA"} <= detected  # capitals, some without the Ñ
    nationality = {r[9] for r in body if r[9]}
    assert {"marroquí", "senegalesa"} <= nationality  # adjectives
    assert any(isinstance(r[15], float) for r in body)  # coordinates as numbers
    assert body[-1][0] == "TOTAL GENERAL"  # the sheet's total row comes last
    assert isinstance(body[-1][5], int)


# --------------------------------------------------------------------------------------
# France, DACS (CSV cp1252 ;)
# --------------------------------------------------------------------------------------
def test_dacs_bytes(paths: dict[str, Path]) -> None:
    raw = paths["dacs_etat_civil"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    header = lines[0].split(";")
    assert header[:4] == [
        "N° signalement",
        "Date des faits",
        "Acte d'état civil concerné",
        "Qualification retenue",
    ]
    assert "Pays de constatation" in header
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(rf";({_MONTHS_FR}) 20\d\d;", text)  # month only
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit year
    assert "Angleterre" in text
    assert re.search(r";5\d,\d{5};[12],\d{5};", text)  # decimal commas
    assert "CESEDA" in text
    assert "taxi-boat" in text.lower()
    assert ";aucun;" in text
    assert ";NC;" in text
    assert "\r\n;;;;" in text  # the empty row


# --------------------------------------------------------------------------------------
# United Kingdom, GRO (UTF-16 tab text)
# --------------------------------------------------------------------------------------
def test_gro_bytes(paths: dict[str, Path]) -> None:
    raw = paths["gro_section24"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Referral ref", "Date identified", "Offence category"]
    assert re.search(rf"\t\d{{1,2}} ({_MONTHS_EN}) 20\d\d\t", text)
    assert re.search(r"\t\d\d/\d\d/20\d\d\t", text)
    assert " > " in text  # routes
    assert re.search(r"\tS24/20\d\d/\d{4}|^S24/20\d\d/\d{4}\t", text, re.M)
    assert "Grand total" in text
    assert "Figures are provisional" in text
    assert "\tnone\t" in text  # no suspects, in words


# --------------------------------------------------------------------------------------
# Panama, Tribunal Electoral (CSV UTF-8 ,)
# --------------------------------------------------------------------------------------
def test_te_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["te_registro_civil_pa"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("No. de caso,Fecha,Delito,")
    assert re.search(r",\d\d/\d\d/20\d\d,", text)
    assert re.search(r",20\d\d/\d\d/\d\d,", text)
    assert re.search(r',"\d\.\d{5}, -7\d\.\d{5}"', text)  # one coordinate cell
    assert "PanamÃ¡" in text  # double-encoded names
    assert ",NNA," in text
    assert "No aplica" in text
    tags = tags_of(truth)
    mojibake = truth.loc[tags.str.contains("mojibake"), "source"]
    assert set(mojibake) == {"te_registro_civil_pa"}


# --------------------------------------------------------------------------------------
# CIEC watch (JSON lines)
# --------------------------------------------------------------------------------------
def test_ciec_lines(paths: dict[str, Path]) -> None:
    lines = paths["ciec_veille"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    keys = set(recs[0])
    assert {"reference", "date_evenement", "pays_detection_m49", "pays_transit"} <= keys
    events = [r for r in recs if r["reference"] != "TOTAL"]
    codes = {r["pays_detection_m49"] for r in events if r["pays_detection_m49"]}
    assert {"380", "300", "191", "616", "840"} <= codes  # UN M49 numeric
    assert all(re.fullmatch(r"\d{3}", c) for c in codes)
    assert any(isinstance(r["pays_transit"], list) for r in events)
    dates = {r["date_evenement"] for r in events if r["date_evenement"]}
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert {r["type_infraction"] for r in events} <= {
        "traite_etres_humains",
        "trafic_illicite_migrants",
        "traite_et_trafic",
    }


def test_partial_dates_only_where_the_agency_writes_them(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day", "source"]
    assert set(partial) == {"dacs_etat_civil", "gro_section24", "ciec_veille"}
    quarter = kept.loc[kept["date_precision"] == "quarter", "source"]
    assert set(quarter) == {"ciec_veille"}
