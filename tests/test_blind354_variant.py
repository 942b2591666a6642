"""The examiner's held-out sample set ``blind354`` (files ``*_mr.*``).

Five agencies that find exploited and smuggled people in overcrowded housing (Shelter,
the Fondation Abbé Pierre in Hauts-de-France, Provivienda, Panama's tourism authority
inspecting lodgings) and a news data desk compiling the rest. These tests check what the
set promises: its files, bytes and truth. None of them cleans or scores.
"""

from __future__ import annotations

import datetime
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
from trendlib.samples import make_truth
from trendlib.samples._blind354 import SOURCES, make_blind354

VARIANT = "blind354"
SEED = 354
N_EVENTS = 1500
SMALL_SEED = 3541
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives as the event has them (never blanked by any agency).
FIELDS = ("crime_type", "destination_country", "transit_countries")
TOLERANCE = 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_mr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_mr", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind354(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_every_source_has_garbage_and_only_some_repeat(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").eq("garbage_row")]
    assert set(garbage["source"]) == set(NAMES)
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source"]
    assert set(repeats) == {"shelter_uk", "atp_hospedajes"}
    cross = truth.loc[truth["expected_reason"].eq("cross_source"), "source"]
    assert set(cross) == {"dw_migration_desk"}


# --------------------------------------------------------------------------------------
# Shelter: Excel export, UK dates, demonyms, the UK nation
# --------------------------------------------------------------------------------------
def test_shelter_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["shelter_uk"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]
    assert header[:3] == ("Case ID", "Date of visit", "Concern type")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date of visit"]] for r in rows[1:]]
    real = [d for d in dates if isinstance(d, datetime.datetime)]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > len(text) > 0
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in text)
    nations = {r[col["Nation"]] for r in rows[1:]} - {None}
    assert nations <= {"England", "Scotland", "UK"}
    assert {"England", "UK"} <= nations
    nationalities = {r[col["Nationality"]] for r in rows[1:]}
    assert "Vietnamese" in nationalities or "Afghan" in nationalities
    counts = [r[col["Occupants found"]] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    kept = _rows(truth, "shelter_uk").loc[lambda t: t["expected_status"] != "quarantine"]
    assert set(kept["detection_country"].dropna()) == {"GBR"}


# --------------------------------------------------------------------------------------
# Fondation Abbé Pierre: cp1252, semicolons, decimal commas, mojibake, French words
# --------------------------------------------------------------------------------------
def test_fap_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["fap_hdf"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier;Date de la visite;Type de situation;")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert any(set(line) == {";"} for line in lines[1:-1])  # the empty row
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal commas, Calais/Dunkirk
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years now and then
    assert "Ã" in text  # rows pasted from the UTF-8 web form
    assert re.search(r";(afghan|iranien|irakien|syrien|érythréen);", text, re.IGNORECASE)
    tags = tags_of(_rows(truth, "fap_hdf"))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("demonym:nationality").any()


# --------------------------------------------------------------------------------------
# Provivienda: UTF-16 tab-separated, Spanish dates and quarters, one-cell coordinates
# --------------------------------------------------------------------------------------
def test_provivienda_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["provivienda"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Expediente", "Fecha de la visita", "Tipología"]
    assert "Coordenadas" in header
    assert "Latitud" not in header
    assert re.search(r"\t\d{1,2} de [a-z]+ de 20\d\d\t", text)
    assert re.search(r"\t3[5-7]\.\d{5}, -[2-7]\.\d{5}\t", text)  # Andalusia, Ceuta, Melilla
    assert re.search(r"\t2[7-9]\.\d{5}, -1[3-8]\.\d{5}\t", text)  # the Canary Islands
    assert re.search(r"\t(marroquí|argelino|senegalés|maliense|rumano)\t", text)
    assert "NS/NC" in text or "Sin datos" in text or "Desconocido" in text
    partial = _rows(truth, "provivienda").loc[lambda t: t["date_precision"] != "day"]
    assert len(partial) > 0
    modes = {"Cayuco", "Patera", "Neumática", "Salto de valla", "A pie"}
    assert any(f"\t{m}\t" in text for m in modes)


# --------------------------------------------------------------------------------------
# Autoridad de Turismo de Panamá: BOM, capitals, serial dates, GPS minutes
# --------------------------------------------------------------------------------------
def test_atp_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["atp_hospedajes"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header == header.upper()
    assert header.startswith("NO. ACTA,FECHA INSPECCION,TIPO DE DELITO,")
    assert re.search(r",\d\d-\d\d-20\d\d,", text)
    assert re.search(r",4[45]\d{3},", text)  # Excel serial numbers
    assert re.search(r"N0[78]°\d\d\.\d{3}' W077°\d\d\.\d{3}'", text)
    assert "EE.UU." in text or "EEUU" in text
    assert re.search(r",(VENEZOLANA|ECUATORIANA|HAITIANA|COLOMBIANA),", text)
    body = "\n".join(text.splitlines()[1:])
    assert not re.search(r"[a-zÁÉÍÓÚáéíóúñ]", body.replace("°", ""))
    kept = _rows(truth, "atp_hospedajes").loc[lambda t: t["expected_status"] == "record"]
    placed = kept.dropna(subset=["lat"])
    assert placed["lat"].astype(float).between(7.5, 9.5).all()
    assert placed["lon"].astype(float).between(-78.5, -76.5).all()


def test_atp_thousands_read_as_counts(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    big = truth.loc[tags.str.contains("thousands:n_persons") & truth["n_persons"].notna()]
    assert len(big) > 0
    assert (big["n_persons"].astype(int) >= 1000).all()


# --------------------------------------------------------------------------------------
# The news data desk: JSON lines, ISO dates and codes
# --------------------------------------------------------------------------------------
def test_dw_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["dw_migration_desk"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["incident_id", "incident_date", "category"]
    dates = {r["incident_date"] for r in records if isinstance(r["incident_date"], str)}
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in dates)
    countries = {r["location_country"] for r in records} - {None}
    assert countries <= {"IT", "GR", "HR", "PL", "US", "GB", "FR", "ES", "PA"}
    assert {"IT", "GR", "US"} <= countries
    assert any(isinstance(r["people_count"], int) for r in records)
    assert any(r["sex"] in ("man", "woman") for r in records)
    rows = _rows(truth, "dw_migration_desk")
    assert rows["detection_country"].isin(["ITA", "GRC", "HRV", "POL", "USA"]).any()


def test_quarantined_dates_are_written_as_dates(truth: pd.DataFrame) -> None:
    reasons = set(truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"])
    assert {"no_date", "bad_date", "future_date", "negative_count", "bad_count"} == reasons
