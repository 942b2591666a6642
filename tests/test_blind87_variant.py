"""The ``blind87`` examiner set (files ``*_ck.*``): files, bytes and ground truth.

These tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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

from trendlib.samples._blind87 import BLIND87_SOURCES

VARIANT = "blind87"
SEED = 87
N_EVENTS = 1500
SMALL_SEED = 871
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND87_SOURCES]
#: Fields every row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ck", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ck", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    by = {s.source: s for s in BLIND87_SOURCES}
    assert {s.language for s in BLIND87_SOURCES} == {"fr", "es", "en"}
    assert sum(s.language == "fr" for s in BLIND87_SOURCES) == 3  # mostly French
    assert {s.format for s in BLIND87_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = {(s.encoding, s.delimiter) for s in BLIND87_SOURCES if s.format == "csv"}
    assert csvs == {("cp1252", ";"), ("utf-16", "\t"), ("utf-8", "|")}

    sr = paths["sr_guadeloupe_ck"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        sr.decode("utf-8")  # accented letters as single cp1252 bytes
    head = sr.decode("cp1252").split("\r\n")[0]
    assert head.startswith("N° procédure;Unité;Date des faits;")
    assert b"\r\n" in sr

    nc = paths["dtpn_nc_stpj_ck"].read_bytes()
    assert nc.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    assert nc.decode("utf-16").split("\n")[0].split("\t")[:3] == [
        "Réf. dossier",
        "Date de constatation",
        "Nature de l'infraction",
    ]

    bvi = paths["rvipf_cid_ck"].read_bytes()
    assert not bvi.startswith(b"\xef\xbb\xbf")
    first = bvi.decode("utf-8").split("\n")[0].split("|")
    assert first[:2] == ["Occurrence No.", "Date of Offence (dd/mm/yyyy)"]

    lines = paths["comgend_reunion_ck"].read_text(encoding="utf-8").splitlines()
    keys = set().union(*(json.loads(line).keys() for line in lines))
    assert {"num_fiche", "date_fait", "nationalite", "pays_constat"} <= keys

    sheet = load_workbook(paths["gc_ceuta_ck"]).active
    header = next(sheet.iter_rows(values_only=True))
    assert header[:3] == ("Nº Atestado", "Fecha del hecho", "Tipología delictiva")
    assert by["gc_ceuta_ck"].language == "es"


def test_french_quirks_in_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sr = paths["sr_guadeloupe_ck"].read_bytes().decode("cp1252")
    # the CESEDA article changes with the recasting of 1 May 2021
    assert "L.622-1 CESEDA" in sr
    assert "L.823-1 CESEDA" in sr
    # DMS coordinates with O (ouest) for a western longitude (Spain, UK secondaries)
    assert re.search(r"\d+°\d\d'\d\d\.\d(?:\"\"|'')O", sr)
    assert re.search(r"\ble 1er \w+ 20\d\d\b", sr) or "1er " in sr
    big = truth.loc[
        (truth["source_file"] == "sr_guadeloupe_ck.csv")
        & tags_of(truth).str.contains("thousands_sep")
    ]
    if len(big):  # a no-break space (or a space) as thousands separator
        assert re.search(r";\d{1,2}[\xa0 ]\d{3};", sr)
    nc = paths["dtpn_nc_stpj_ck"].read_bytes().decode("utf-16")
    assert "\u202f" in nc  # narrow no-break space as thousands separator
    assert re.search(r"\b\d\d°\d\d,\d{3}' N\t\d{3}°\d\d,\d{3}' E", nc)  # maritime DDM
    days = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    assert re.search(rf"\t(?:{days}) \d+ \w+ 20\d\d\t", nc)
    reunion = paths["comgend_reunion_ck"].read_text(encoding="utf-8")
    assert re.search(r"T\d\d:\d\d:00\+04:00", reunion)  # Réunion local time
    assert "Ã" in reunion  # mojibake from partner messages
    tags = tags_of(truth)
    assert tags.str.contains("mojibake").any()


def test_spanish_and_english_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["gc_ceuta_ck"]).active
    rows = list(sheet.iter_rows(values_only=True))
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, int) and 43000 < d < 46000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    coords = [r[14] for r in rows[1:] if isinstance(r[14], str)]
    assert any(re.search(r"º.*'' ?O\b", c) for c in coords)  # º and O for oeste
    # "Sexo (H/M)": M is mujer, i.e. female
    exp = truth.loc[truth["source_file"] == "gc_ceuta_ck.xlsx"].set_index("source_row")
    m_rows = [str(i + 2) for i, r in enumerate(rows[1:]) if r[6] == "M"]
    assert m_rows
    assert set(exp.loc[m_rows, "gender"]) == {"female"}
    bvi = paths["rvipf_cid_ck"].read_text(encoding="utf-8")
    assert re.search(r"\|\d+\.\d{4}[NS]\|\d+\.\d{4}[EW]\|", bvi)  # hemisphere letters
    assert re.search(r"\|\d+ pax\|", bvi)
    assert re.search(r"\|\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ 20\d\d\|", bvi)
    assert re.search(r"\|Q[1-4] 20\d\d\|", bvi) or "Qtr" in bvi


def test_partial_dates_and_bad_rows(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    per_file = kept.groupby("source_file")["date_precision"].agg(set)
    assert all("month" in p for p in per_file)  # every source writes month-only dates
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
