"""Held-out examiner set ``blind321`` (files ``*_lk.*``): five telecom compliance desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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

from trendlib.samples import make_truth
from trendlib.samples._blind321 import SOURCES, make_blind321

VARIANT = "blind321"
SEED = 321
N_EVENTS = 1500
SMALL_SEED = 3211
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
LEBARA, SFR, DIGI, ASEP, LYCA = NAMES


def _truth_rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth_rows(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lk", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_lk", n_events=SMALL_EVENTS)
    rows = _truth_rows(small)
    for name in NAMES:  # every desk writes event rows at the small size too
        assert (_rows(rows, name)["expected_status"] == "record").any(), name


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ["crime_type", "linked_offences"], tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_doctest_size() -> None:
    for n in (300, 400):
        subs = make_blind321(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").any(), (n, sub.filename)


def test_routing(truth: pd.DataFrame) -> None:
    """Each event is first reported by the desk of its detection country, else Lycamobile."""
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna() & first["detection_country"].notna()]
    home = {LEBARA: {"GBR"}, SFR: {"FRA"}, DIGI: {"ESP"}, ASEP: {"PAN"}}
    for name, countries in home.items():
        assert set(_rows(first, name)["detection_country"]) <= countries, name
    assert not set(_rows(first, LYCA)["detection_country"]) & {"GBR", "FRA", "ESP", "PAN"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) <= {LEBARA, SFR, LYCA}


def test_bad_rows_carry_no_values(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert bad[["event_date", "n_persons", "nationality"]].isna().all().all()


# --------------------------------------------------------------------------------------
# Lebara Mobile UK: UTF-8 with BOM, commas, UK wording
# --------------------------------------------------------------------------------------
def test_lebara_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[LEBARA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("LEL Case Ref,Incident Date,Requesting Force,Offence Category")
    frame = pd.read_csv(paths[LEBARA], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Incident Date"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.5
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert (
        dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
        or dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    )
    assert {"OIC", "MSHT"} <= set(frame["Offence Category"])
    assert {"Vietnamese", "Afghan"} & set(frame["Nationality"])
    assert {"England", "UK"} <= set(frame["Country of Incident"])
    assert {"Nil", "None"} & set(frame["Suspects"])
    england = truth.loc[(truth["source"] == LEBARA) & tags_of(truth).str.contains("subnational")]
    assert len(england) > 0
    assert set(england["detection_country"].dropna()) == {"GBR"}


# --------------------------------------------------------------------------------------
# SFR: cp1252, semicolons, CRLF, DMS coordinates, mojibake
# --------------------------------------------------------------------------------------
def test_sfr_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SFR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° dossier SOL;Date des faits;Service requérant")
    frame = pd.read_csv(paths[SFR], sep=";", dtype=str, encoding="cp1252", keep_default_na=False)
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").any()
    partial = r"T[1-4] 20\d\d|\d\d/20\d\d|[a-zéû]+ 20\d\d"
    assert dates.str.fullmatch(partial).any()
    coords = frame["Coordonnées relais (WGS84)"]
    dms = r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EO]"
    assert coords[coords != ""].str.fullmatch(dms).all()
    assert {"AESI", "Aide à l'entrée et au séjour irréguliers"} <= set(frame["Qualification"])
    assert "Néant" in set(frame["Nb mis en cause"])
    assert frame["Pays de transit"].str.contains(" - ").any()
    assert "Ã" in text  # country names pasted from a UTF-8 form
    moji = truth.loc[(truth["source"] == SFR) & tags_of(truth).str.contains("mojibake")]
    assert len(moji) > 0


# --------------------------------------------------------------------------------------
# Digi Spain: XLSX with real dates, typed dates and serials; repeated rows
# --------------------------------------------------------------------------------------
def test_digi_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths[DIGI], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    width = len(rows[0])
    rows = [tuple(r) + (None,) * (width - len(r)) for r in rows]
    header = rows[0]
    assert header[:3] == ("Nº requerimiento", "Fecha de los hechos", "Órgano requirente")
    col = header.index("Fecha de los hechos")
    kinds = {type(r[col]).__name__ for r in rows[1:] if r[col] is not None}
    assert {"datetime", "int", "str"} <= kinds
    texts = [r[col] for r in rows[1:] if isinstance(r[col], str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", t) for t in texts)
    assert any("trimestre" in t or re.fullmatch(r"T[1-4] 20\d\d", t) for t in texts)
    sexes = {r[header.index("Sexo")] for r in rows[1:]}
    assert "Varón" in sexes
    lat = [r[header.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and "," in v for v in lat)
    nat = {r[header.index("Nacionalidad")] for r in rows[1:]}
    assert {"marroquí", "rumana"} & nat
    repeats = _rows(truth, DIGI)["expected_reason"].eq("exact_repeat").sum()
    assert repeats >= 3


# --------------------------------------------------------------------------------------
# ASEP Panama: UTF-16 tab-separated, Panamanian wording
# --------------------------------------------------------------------------------------
def test_asep_bytes(paths: dict[str, Path]) -> None:
    raw = paths[ASEP].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:2] == ["No. de caso", "Fecha del hallazgo"]
    frame = pd.read_csv(paths[ASEP], sep="\t", dtype=str, encoding="utf-16", keep_default_na=False)
    assert frame["Grupo etario"].isin(["NNA", "Adultos y NNA"]).any()
    assert frame["Fecha del hallazgo"].str.contains(" trimestre de ").any()
    assert frame["Fecha del hallazgo"].str.fullmatch(r"\d{1,2} de [a-z]+ de 20\d\d").any()
    assert frame["Cantidad de personas"].str.fullmatch(r"\d+ personas?").any()
    assert frame["Cantidad de personas"].str.fullmatch(r"\d,\d{3}").any()
    pair = frame["Coordenadas (lat, long)"]
    assert pair[pair != ""].str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").all()
    assert frame["Nacionalidad"].isin(["VEN", "ECU", "HTI", "COL", "CHN"]).any()


# --------------------------------------------------------------------------------------
# Lycamobile: JSON lines, ISO alpha-2 codes, arrays
# --------------------------------------------------------------------------------------
def test_lyca_lines(paths: dict[str, Path]) -> None:
    lines = [json.loads(x) for x in _text(paths[LYCA], "utf-8").splitlines()]
    body = [r for r in lines if r["case_id"] != "SUMMARY"]
    assert lines[-1]["case_id"] == "SUMMARY"
    transit = [r["transit_iso2"] for r in body if r["transit_iso2"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    codes = {r["country_iso2"] for r in body if r["country_iso2"] is not None}
    assert all(len(c) == 2 for c in codes)
    assert "EL" in codes
    destinations = {r["destination_iso2"] for r in body}
    assert "UK" in codes | destinations
    dates = [r["incident_date"] for r in body if r["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
