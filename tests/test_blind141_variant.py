"""Examiner set ``blind141`` (files ``*_em.*``): what the set promises, checked on its bytes.

Nothing here cleans or scores: the lead scores the cleaner on this set once.
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

VARIANT = "blind141"
SEED = 141
N_EVENTS = 1500
SMALL_SEED = 1411
SMALL_EVENTS = 400
SOURCES = (
    "agregaduria_nuakchot_em",
    "croissant_rouge_ndb_em",
    "amdh_laayoune_em",
    "eudel_nouakchott_em",
    "antislavery_intl_em",
)
#: Fields every kept row gives exactly as the event has them.
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


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_em", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_em", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records(truth: pd.DataFrame, small: dict[str, Path]) -> None:
    for frame in (truth, _truth(small)):
        records = frame.loc[frame["expected_status"] == "record", "source_file"]
        assert set(records.str.rsplit(".", n=1).str[0]) == set(SOURCES)


def test_exact_repeats_in_resent_files(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"agregaduria_nuakchot_em.xlsx", "eudel_nouakchott_em.jsonl"}


def test_planted_habits_in_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date_month",
        "partial_date_quarter",
        "zero_word",
        "suspects_placeholder",
        "count_placeholder",
        "na_word",
        "coords_missing",
        "transit_list",
    ):
        assert tags.str.contains(tag).any(), tag
    blanks = tags.str.extractall(r"(blank_\w+)")[0].unique()
    assert len(blanks) >= 3


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_agregaduria_xlsx(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["agregaduria_nuakchot_em"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº Registro", "Fecha llegada/interceptación", "Lugar")
    assert "Detenidos (patrones/captadores)" in header
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert texts
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    flat = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"art. 318 bis CP", "Cayuco", "MENA"} <= flat
    assert any(re.fullmatch(r"\d\dº\d\d,\d\d'[NS]", v) for v in flat)  # maritime lat
    assert any(re.fullmatch(r"\d{3}º\d\d,\d\d'[EW]", v) for v in flat)  # maritime lon
    assert any(re.fullmatch(r"\d{1,2}\.\d{3}", v) for v in flat)  # 1.203 persons
    assert "TOTAL" in flat


def test_croissant_rouge_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["croissant_rouge_ndb_em"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    first = text.splitlines()[0]
    assert first.startswith("N° fiche;Date de l'incident;Lieu;Nature des faits")
    assert "Coordonnées GPS" in first
    assert re.search(r";\d{1,2}/\d\d/\d{4};", text)
    assert re.search(r";(1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août)", text)
    assert re.search(r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre) \d{4};", text)
    assert re.search(r";-?\d+,\d{5} / -?\d+,\d{5};", text)
    assert ";RIM" in text or "/ RIM" in text or "RIM /" in text
    assert "Pirogue" in text
    assert "sans objet" in text
    assert "Total général" in text


def test_amdh_tab_bom_mojibake(paths: dict[str, Path]) -> None:
    raw = paths["amdh_laayoune_em"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    first = text.splitlines()[0]
    assert first.split("\t")[:3] == ["Réf.", "Date", "Type de cas"]
    assert "\tT1 20" in text or "\tT2 20" in text or "\tT3 20" in text or "\tT4 20" in text
    assert re.search(r"\t\d\d-\d\d-\d{4}\t", text)
    assert re.search(r"\t\d{4}-\d\d-\d\d\t", text)
    assert "Ã" in text  # country cells from a mis-decoded export
    assert re.search(r"\t-?\d+,\d{5}\t-?\d+,\d{5}\t", text)
    assert re.search(r"\t[A-Z]{2}\t", text)  # ISO alpha-2 codes


def test_eudel_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["eudel_nouakchott_em"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["ref", "incident_date", "offence"]
    dates = {str(r["incident_date"]) for r in rows if r["incident_date"] is not None}
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    countries = {str(r["country_of_detection"]) for r in rows}
    assert countries & {"300", "191", "616", "591", "840"}  # ISO numeric codes
    assert any(" > " in str(r["transit_route"]) for r in rows)
    assert any(isinstance(r["persons"], int) for r in rows)
    assert any(isinstance(r["lat"], float) for r in rows)


def test_antislavery_csv(paths: dict[str, Path]) -> None:
    raw = paths["antislavery_intl_em"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["antislavery_intl_em"], dtype=str, encoding="utf-8-sig")
    assert list(frame.columns[:3]) == ["Case ID", "Date identified", "Case type"]
    cells = frame["Location (lat, long)"].dropna()
    assert cells.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").all()
    dates = frame["Date identified"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert frame["Case type"].str.contains("Modern slavery", na=False).any()
