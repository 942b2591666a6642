"""The ``blind79`` examiner set: five judicial sources (files ``*_cc.*``).

These tests check the files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind79 import BLIND79_SOURCES

VARIANT = "blind79"
SEED = 79
N_EVENTS = 1500
SMALL_SEED = 791
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND79_SOURCES]
#: Fields every row writes as they are (the others may be left out by a row).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: decimal minutes and whole seconds are well inside


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


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cc", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_cc", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_first_reports_events(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record"]
    per_file = records.groupby("source_file").size()
    assert set(per_file.index) == {s.filename for s in BLIND79_SOURCES}
    assert (per_file >= 50).all(), per_file


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as the module docstring claims
# --------------------------------------------------------------------------------------
def test_formats_encodings_and_languages(paths: dict[str, Path]) -> None:
    by_name = {s.source: s for s in BLIND79_SOURCES}
    assert {s.language for s in BLIND79_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND79_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND79_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) >= 3
    for src in BLIND79_SOURCES:
        assert paths[src.source].name == src.filename
        assert src.filename.endswith(f"_cc.{src.format}")

    # Audiencia Nacional: Spanish, cp1252 (not UTF-8), ';', CRLF
    raw = paths["audiencia_nacional"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    first = raw.split(b"\r\n", 1)[0].decode("cp1252")
    assert first.split(";")[:3] == ["Nº Procedimiento", "Órgano judicial", "Fecha de los hechos"]
    assert by_name["audiencia_nacional"].language == "es"

    # tribunal judiciaire: UTF-16 with BOM, tab-delimited, French upper-case headers
    raw = paths["tj_dunkerque"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    head = raw.decode("utf-16").splitlines()[0].split("\t")
    assert head[:3] == ["N° PARQUET", "ORIENTATION", "DATE DES FAITS"]
    assert "NB MIS EN CAUSE" in head

    # BEPI: latin-1 (not UTF-8), '|', bilingual French/English headers
    raw = paths["bepi_entraide"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    head = raw.decode("latin-1").splitlines()[0].split("|")
    assert "Date des faits / Date of facts" in head
    assert "Âge / Age" in head

    # Crown Court: XLSX, English headers, offence and sentence dates
    sheet = load_workbook(paths["crown_court_uk"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Case number", "Court centre", "Offence date", "Sentence date")

    # U.S. dockets: JSON lines with snake_case keys
    lines = paths["usdc_dockets"].read_text(encoding="utf-8").splitlines()
    first_rec = json.loads(lines[0])
    assert list(first_rec)[:3] == ["case_number", "court_id", "offense_date"]
    assert all(isinstance(json.loads(line), dict) for line in lines)


# --------------------------------------------------------------------------------------
# Characteristic quirks in the bytes
# --------------------------------------------------------------------------------------
def test_spanish_court_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths["audiencia_nacional"], "cp1252")
    frame = pd.read_csv(paths["audiencia_nacional"], sep=";", encoding="cp1252", dtype=str)
    # H = hombre, M = mujer under a "Sexo (H/M)" header
    assert {"H", "M", "H/M"} <= set(frame["Sexo (H/M)"].dropna())
    # degrees with the masculine ordinal and O (oeste) for west, decimal-comma minutes
    assert re.search(r"\d\dº \d\d,\d\d' N - 0\d\dº \d\d,\d\d' O", text)
    assert "en fecha no determinada de " in text
    assert re.search(r"\b202\dT[1-4]\b", text)  # INE-style quarter
    assert "art. 318 bis CP" in text
    assert "177 bis" in text
    assert "DP 1/2021" in text


def test_french_court_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths["tj_dunkerque"], "utf-16")
    assert re.search(r"\n2[1-3]000\d{6}\t", text)  # Cassiopée parquet numbers
    assert re.search(r"\t[A-Z-]+ \((59|62)\)\t", text)  # place with its département
    assert "courant " in text
    assert "L.622-1 CESEDA" in text
    assert "L.823-1 CESEDA" in text
    assert re.search(r"\t(néant|NEANT|aucun)\t", text)


def test_crown_court_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["crown_court_uk"], read_only=True).active
    assert sheet is not None
    dates = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(d, datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)
    assert any(isinstance(d, str) and d.startswith("between ") for d in dates)
    tags = tags_of(truth)
    serial_rows = truth.loc[tags.str.contains("excel_serial")]
    assert set(serial_rows["source_file"]) == {"crown_court_uk_cc.xlsx"}


def test_us_docket_quirks(paths: dict[str, Path]) -> None:
    recs = [json.loads(line) for line in paths["usdc_dockets"].read_text().splitlines()]
    dates = [r["offense_date"] for r in recs if isinstance(r["offense_date"], str)]
    # month-first dates, some with a day above 12 so the order shows
    month_first = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert any(int(d[3:5]) > 12 for d in month_first)
    assert any(d.startswith("in or about ") for d in dates)
    statutes = " ".join(str(r["statute"]) for r in recs)
    assert "8 U.S.C. § 1324" in statutes
    assert "18 U.S.C. § 159" in statutes
    assert any(isinstance(r["longitude"], str) and r["longitude"].endswith(" W") for r in recs)
    assert any(r["apprehension_location"] == "Nogales, AZ" for r in recs)


def test_bepi_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths["bepi_entraide"], "latin-1")
    assert "Ã" in text  # UTF-8 read as cp1252 somewhere upstream
    assert "art. 264 § 3 kk" in text
    assert "art. 12 D.Lgs. 286/1998" in text
    assert re.search(r"\|\d\d\.\d\d\.20\d\d\|", text)  # dates as the requesting state wrote
    assert re.search(r"\|(DEE|MAE)\|", text)
    tags = tags_of(truth)
    garbled = truth.loc[tags.str.contains("mojibake")]
    assert len(garbled) > 0
    assert set(garbled["source_file"]) == {"bepi_entraide_cc.csv"}


def test_partial_dates_by_tag(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = kept & tags.str.contains("partial_month")
    quarter = kept & tags.str.contains("partial_quarter")
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert (truth.loc[kept & ~month & ~quarter, "date_precision"] == "day").all()
    assert month.sum() > 0
    assert quarter.sum() > 0


def test_repeats_only_in_resending_sources(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    resend = {s.filename for s in BLIND79_SOURCES if s.repeats}
    assert set(repeats) == resend
