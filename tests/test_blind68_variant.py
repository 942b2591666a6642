"""The examiner's ``blind68`` sample set (files ``*_br.*``): files and truth only.

These tests check that the five files are written as the module says (languages,
formats, encodings, delimiters, characteristic quirks) and that the ground truth
describes every row; none cleans or scores.
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples._blind68 import BLIND68_SOURCES

SEED = 68
N_EVENTS = 1500
SMALL_SEED = 681
SMALL_EVENTS = 400
VARIANT = "blind68"
SOURCES = [s.source for s in BLIND68_SOURCES]
#: Fields every source writes in full (never blanked, never a placeholder).
FULL_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _bytes(paths: dict[str, Path], source: str) -> bytes:
    return paths[source].read_bytes()


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_br", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_br", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


@pytest.mark.parametrize("which", ["paths", "small_paths"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    check_expected_values(p, _truth(p), FULL_FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_sources_cover_languages_formats_and_encodings() -> None:
    assert {s.language for s in BLIND68_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND68_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND68_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) >= 3
    assert len({s.delimiter for s in csv}) >= 3
    assert all(s.filename.rsplit(".", 1)[0].endswith("_br") for s in BLIND68_SOURCES)


def test_almeria_is_spanish_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = _bytes(paths, "policia_local_almeria")
    assert not raw.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Nº Atestado;Fecha de los hechos;Tipificación (C.P.)")
    assert "\r\n" in text
    # legal articles, decimal-comma coordinates with O (oeste), DMS with the ordinal sign
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\d{2},\d{4} N / \d{1,2},\d{4} O", text)
    assert re.search(r"\d+º \d+' \d+'' N - \d+º \d+' \d+'' O", text)
    assert re.search(r";\d{1,2}\.\d{3};", text)  # thousands with a dot
    assert "TOTAL GENERAL" in text


def test_grande_synthe_is_french_utf16_tab(paths: dict[str, Path]) -> None:
    raw = _bytes(paths, "pm_grande_synthe")
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == [
        "N° main courante",
        "Date constatation",
        "Qualification pénale",
    ]
    assert "L823-1 CESEDA" in text
    assert "225-4-1" in text
    assert re.search(r"N \d{2}° \d{2}\.\d{3}' E \d{3}° \d{2}\.\d{3}'", text)
    assert "néant" in text or "aucun" in text
    assert re.search(r"\t(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{2}/", text)


def test_coach_log_is_english_utf8_pipe(paths: dict[str, Path]) -> None:
    raw = _bytes(paths, "coach_security_uk")
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    assert text.split("\n", 1)[0].startswith("Incident No.|Date of Incident|Incident Category")
    assert "s.25" in text
    assert "MSA" in text
    assert re.search(r"\|\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d\|", text)
    assert re.search(r"\d+°\d{2}'\d{2}\.\d\"\"[NS] \d+°\d{2}'\d{2}\.\d\"\"[EW]", text)


def test_itf_hotline_is_english_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["itf_hotline"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["caseNumber", "incidentDate", "concernType"]
    assert rows[-1]["caseNumber"] == "TOTAL"
    positions = [r["position"] for r in rows if isinstance(r["position"], str)]
    assert any(
        re.fullmatch(r"\d{2}°\d{2}\.\d{2}'[NS] \d{3}°\d{2}\.\d{2}'[EW]", p) for p in positions
    )
    assert any(re.fullmatch(r"[A-Z]{2}", str(r["incidentCountry"])) for r in rows)
    assert any(isinstance(r["personsInvolved"], int) for r in rows)


def test_meteti_xlsx_has_dates_serials_and_numbers(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["hospital_meteti_ts"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("N° Caso TS", "Fecha de atención", "Situación identificada")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    assert any(isinstance(r[14], float) for r in rows[1:])
    assert any(r[7] == "NNA" for r in rows[1:])


def test_truth_tags_match_quirks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in ("excel_serial", "coords_dms", "coords_gps_dm", "coords_maritime_dm", "mojibake"):
        assert tags.str.contains(tag).any(), tag
    meteti = truth["source_file"] == "hospital_meteti_ts_br.xlsx"
    assert truth.loc[meteti, "linked_offences"].isna().all()  # no such column in the file
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"hospital_meteti_ts_br.xlsx", "coach_security_log_br.csv"}
