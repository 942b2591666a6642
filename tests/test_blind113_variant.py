"""The ``blind113`` examiner set (files ``*_dk.*``): its files and its truth.

These tests check what the set promises (names, formats, encodings, delimiters,
languages, planted quirks, a truth that describes every row); none of them cleans or
scores the files.
"""

from __future__ import annotations

import inspect
import json
import re
from datetime import datetime
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

from trendlib.samples import VARIANTS
from trendlib.samples._blind113 import BLIND113_SOURCES, make_blind113

VARIANT = "blind113"
SEED = 113
N_EVENTS = 1500
SMALL_SEED = 1131
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND113_SOURCES]
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: positions are written to a tenth of a minute at the coarsest.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _tags(truth: pd.DataFrame, source: str) -> set[str]:
    tags = tags_of(truth).loc[truth["source"] == source]
    return {t for cell in tags.dropna() for t in cell.split(";") if t}


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
def test_variant_is_registered_with_the_make_signature() -> None:
    assert VARIANT in VARIANTS
    params = inspect.signature(make_blind113).parameters
    assert list(params) == ["truth", "seed"]
    assert params["seed"].kind is inspect.Parameter.KEYWORD_ONLY


def test_sources_cover_languages_formats_and_encodings() -> None:
    assert len(SOURCES) == 5
    assert {s.language for s in BLIND113_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND113_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND113_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csv}) >= 3
    assert {s.encoding for s in csv} == {"utf-8", "cp1252", "utf-16"}
    assert {s.delimiter for s in csv} == {",", ";", "\t"}


# --------------------------------------------------------------------------------------
# Files and truth (shared checks)
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dk", n_events=N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_keeps_its_promises(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_dk", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)
    check_expected_values(small, rows, EXACT_FIELDS, tolerance=TOLERANCE)


def test_every_source_reports_and_repeats_where_it_says(truth: pd.DataFrame) -> None:
    for src in BLIND113_SOURCES:
        rows = _rows(truth, src.source)
        assert (rows["expected_status"] == "record").sum() > 50, src.source
        repeats = rows["expected_reason"].eq("exact_repeat").any()
        assert repeats == src.repeats, src.source
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) == set(SOURCES) - {"redodem_dk"}


# --------------------------------------------------------------------------------------
# Bytes: encodings, delimiters, languages and quirks
# --------------------------------------------------------------------------------------
def test_jrcc_is_english_utf8_comma_with_dtg_and_positions(paths: dict[str, Path]) -> None:
    raw = paths["jrcc_larnaca_dk"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("SAR Case No.,DTG / Date,Case type")
    assert len(header.split(",")) == 16
    assert re.search(r",\d{6}Z (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d\d,", text)
    assert re.search(r"\d\d°\d\d\.\d'N 0\d\d°\d\d\.\d'E", text)  # degrees, decimal minutes
    assert re.search(r",\d{4}\.\dN \d{5}\.\dE,", text)  # the compact plot form
    assert ",NIL," in text
    assert "Ã" in text  # mojibake names
    assert "TOTAL POB" in text


def test_fn_liban_is_a_french_workbook_with_excel_dates(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["fn_liban_dk"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert "Nationalité / Nationality" in header
    assert "Pays de constatation" in header
    dates = [r[header.index("Date des faits")] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.search(r"\d (janvier|février|mars|avril|mai|juin|juillet)", t) for t in texts)
    assert any("trim." in t or re.match(r"T\d \d{4}$", t) for t in texts)
    lat = [r[header.index("Latitude")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.match(r"\d+°\d\d'\d\d,\d\"N$", v) for v in lat)
    words = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"aucun", "syrienne"} & words
    assert any("loi 164/2011" in w for w in words)


def test_piba_is_json_lines_with_iso2_and_wkt(paths: dict[str, Path]) -> None:
    lines = paths["piba_liaison_dk"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["caseId", "incidentDate", "offenceCategory"]
    points = [r["geoPointWkt"] for r in records if isinstance(r["geoPointWkt"], str)]
    assert any(re.match(r"POINT ?\(-?\d+\.\d{5} -?\d+\.\d{5}\)$", p) for p in points)
    assert any(isinstance(r["transitRoute"], list) and r["transitRoute"] for r in records)
    assert any(r["citizenship"] in ("SY", "AF", "VE", "IQ") for r in records)
    dates = [r["incidentDate"] for r in records if isinstance(r["incidentDate"], str)]
    assert any(re.match(r"\d{4}-Q\d$", d) for d in dates)
    assert any(re.match(r"\d\d\.\d\d\.\d{4}$", d) for d in dates)
    assert any(isinstance(r["personsInvolved"], int) for r in records)


def test_covam_is_spanish_cp1252_semicolon_with_penal_code(paths: dict[str, Path]) -> None:
    raw = paths["covam_armada_dk"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.startswith("Nº Parte;Fecha/Hora (local);Tipificación")
    assert "Sexo (H/M)" in header
    assert "art. 318 bis CP" in text
    assert "177 bis" in text
    assert re.search(r";\d\dº \d\d,\d' N;0\d\dº \d\d,\d' [WO];", text)
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)
    assert re.search(r";(cayuco|patera|neumática);", text)


def test_redodem_is_mexican_spanish_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["redodem_dk"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["Folio", "Fecha del evento", "Delito"]
    assert "Tráfico de personas (art. 159 LM)" in text
    assert "\tEUA\t" in text
    assert "NNA" in text
    assert re.search(r"\d de (enero|febrero|marzo|abril|mayo|junio|julio) de 20\d\d", text)
    assert re.search(r"\t\d\.\d{5}, -7\d\.\d{5}\t", text)


def test_planted_quirks_are_tagged(truth: pd.DataFrame) -> None:
    assert {"dtg_date", "ddm_coords", "plot_form", "mojibake"} <= _tags(truth, "jrcc_larnaca_dk")
    assert {"excel_serial", "dms_coords", "partial_quarter"} <= _tags(truth, "fn_liban_dk")
    assert {"iso2_code", "wkt_point", "json_list"} <= _tags(truth, "piba_liaison_dk")
    assert {"legal_ref", "ddm_coords", "demonym"} <= _tags(truth, "covam_armada_dk")
    assert {"partial_month", "partial_quarter", "month_name"} <= _tags(truth, "redodem_dk")
    precision = set(truth["date_precision"].dropna())
    assert precision == {"day", "month", "quarter"}
