"""The ``blind77`` examiner set (files ``*_ca.*``): its files and its ground truth.

These tests check the files and the truth only; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
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
from trendlib.samples._blind77 import BLIND77_SOURCES

SEED = 77
N_EVENTS = 1500
SMALL_SEED = 771
SMALL_EVENTS = 400
VARIANT = "blind77"
SOURCES = tuple(s.source for s in BLIND77_SOURCES)
#: Fields every row gives as the event holds them (no placeholder in this set).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Within this many degrees of the true point: DMS to the second, minutes to 0.1'.
TOLERANCE = 0.001

CCPAO, QUITO, APMM, FARAJA, EADS = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


def _xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------------------
# The truth describes every row, as the shared checks ask
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ca", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ca", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_records_duplicates_and_bad_rows(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for src in BLIND77_SOURCES:
        rows = truth.loc[truth["source_file"] == src.filename]
        assert (rows["expected_status"] == "record").sum() > 100, src.filename
        assert rows["expected_reason"].isin(["no_date", "bad_date", "future_date"]).any() or (
            rows["expected_reason"].isin(["negative_count", "bad_count"]).any()
        ), src.filename
    dup_files = set(truth.loc[truth["expected_reason"] == "cross_source", "source_file"])
    assert len(dup_files) >= 4
    repeats = set(truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"])
    assert repeats == {"faraja_athens_ca.csv", "aseanapol_eads_ca.jsonl"}


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as the module docstring claims
# --------------------------------------------------------------------------------------
def test_formats_and_languages() -> None:
    got = {(s.filename, s.format, s.language, s.encoding, s.delimiter) for s in BLIND77_SOURCES}
    assert got == {
        ("ccpao_abidjan_ca.csv", "csv", "fr", "cp1252", ";"),
        ("proceso_quito_ca.csv", "csv", "es", "utf-8", "|"),
        ("apmm_maritime_desk_ca.xlsx", "xlsx", "en", "utf-8", None),
        ("faraja_athens_ca.csv", "csv", "en", "utf-16", "\t"),
        ("aseanapol_eads_ca.jsonl", "jsonl", "en", "utf-8", None),
    }


def test_ccpao_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths[CCPAO].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0]
    assert header.split(";")[:3] == [
        "N° réf.",
        "Date des faits",
        "Qualification des faits (infraction / finalité)",
    ]
    assert "Nationalité" in header
    assert "\r\n;;;;;;;;;;;;;;\r\n" in text  # the empty row
    assert "TOTAL GÉNÉRAL" in text


def test_quito_is_utf8_pipe(paths: dict[str, Path]) -> None:
    raw = paths[QUITO].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    header = text.split("\n", 1)[0]
    assert header.count("|") == 16
    assert header.startswith("Cód. caso|Fecha del hecho (dd/mm/aaaa)|Tipo penal")
    assert "Nacionalidad" in header


def test_faraja_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths[FARAJA].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:2] == ["Sl. No./File No.", "Date of Apprehension"]
    assert "Latitude (N)\tLongitude (E)" in header


def test_apmm_is_xlsx(paths: dict[str, Path]) -> None:
    assert zipfile.is_zipfile(paths[APMM])
    rows = _xlsx_rows(paths[APMM])
    assert rows[0][:3] == ("Ser. / Ref No.", "DTG / Date of Interception", "Offence Category")
    assert rows[-1][0] in ("GRAND TOTAL", *(r[0] for r in rows[1:-1]))


def test_eads_is_jsonl_with_english_keys(paths: dict[str, Path]) -> None:
    records = _jsonl(paths[EADS])
    keys = set(records[0])
    assert {"case_ref", "date_detected", "nationality_code", "geo_point"} <= keys
    assert all(set(r) == keys for r in records)
    assert any(r["case_ref"] == "TOTAL" for r in records)


# --------------------------------------------------------------------------------------
# Characteristic quirks really are in the bytes
# --------------------------------------------------------------------------------------
def test_ccpao_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths[CCPAO], "cp1252", ";")
    dates = frame["Date des faits"]
    assert dates.str.match(r"^1er [a-zéû]+ 20\d\d$").any()  # "1er août 2022"
    assert dates.str.match(r"^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) ").any()
    assert dates.str.contains("trim").any()
    crime = frame["Qualification des faits (infraction / finalité)"]
    assert crime.str.contains("aux fins d").any()
    assert crime.str.contains("art. 318 bis CP espagnol", regex=False).any()
    coords = frame["Coordonnées GPS (lat. / long.)"]
    assert coords.str.match(r"^\d+°\d\d'\d\d\" N – \d+°\d\d'\d\d\" O$").any()  # O = ouest
    assert coords.str.match(r"^\d+,\d{5} / -\d+,\d{5}$").any()
    assert frame["Nationalité"].str.contains("Ã").any()  # mojibake
    assert frame["Nbre mis en cause"].isin(["aucun", "néant"]).any()


def test_quito_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths[QUITO], "utf-8", "|")
    assert (frame["Grupo etario"] == "NNA").any()
    assert frame["Fecha del hecho (dd/mm/aaaa)"].str.contains(" trimestre ").any()
    assert frame["Fecha del hecho (dd/mm/aaaa)"].str.match(r"^\d\d? de [a-z]+ de 20\d\d$").any()
    assert frame["Longitud"].str.match(r"^\d+°\d\d'\d\d[,.]\d\" O$").any()
    assert frame["Longitud"].str.match(r"^-\d+,\d{5}$").any()
    assert frame["Tipo penal"].str.contains("(8 U.S.C. § 1324)", regex=False).any()
    assert frame["Fin de explotación"].isin(["No aplica", "—"]).any()


def test_apmm_quirks(paths: dict[str, Path]) -> None:
    rows = _xlsx_rows(paths[APMM])[1:]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # Excel serials
    dtg = re.compile(r"^\d{6}Z (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d\d$")
    assert any(isinstance(d, str) and dtg.match(d) for d in dates)
    positions = [r[14] for r in rows if isinstance(r[14], str)]
    assert any(re.match(r"^\d{4}\.\d[NS] \d{5}\.\d[EW]$", p) for p in positions)
    assert any(re.match(r"^\d\d° \d\d\.\d' [NS] \d{3}° \d\d\.\d' [EW]$", p) for p in positions)
    assert any(r[5] in ("NIL", "Nil") for r in rows)
    assert any(r[2] in ("SOM", "TIP", "TIP / SOM") for r in rows)


def test_faraja_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths[FARAJA], "utf-16", "\t")
    dates = frame["Date of Apprehension"]
    assert dates.str.match(r"^\d\d?(st|nd|rd|th) [A-Z][a-z]+ 20\d\d$").any()
    assert dates.str.match(r"^20\d\d/\d\d/\d\d$").any()
    assert (frame["Citizenship"] == "Afghani").any()
    assert frame["No. of Smugglers/Traffickers Arrested"].isin(["Nil", "None"]).any()
    assert frame["Latitude (N)"].str.match(r"^\d+°\d\d'\d\d\"$").any()
    assert frame["Route (Transit Countries)"].str.contains(r"\bBG\b").any()


def test_eads_quirks(paths: dict[str, Path]) -> None:
    records = _jsonl(paths[EADS])
    points = [r["geo_point"] for r in records if isinstance(r["geo_point"], str)]
    assert any(p.startswith("POINT(") for p in points)
    assert any(re.match(r"^-?\d+\.\d{5},-?\d+\.\d{5}$", p) for p in points)
    dates = [r["date_detected"] for r in records if isinstance(r["date_detected"], str)]
    assert any(re.match(r"^20\d{6}$", d) for d in dates)
    assert any(re.match(r"^20\d\d-Q[1-4]$", d) for d in dates)
    assert any(isinstance(r["persons_involved"], int) for r in records)


def test_tags_name_the_quirks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in (
        "dtg_date",
        "excel_serial",
        "ddm_compact",
        "wkt_point",
        "mojibake",
        "law_article",
        "exploitation_in_offence",
        "ordinal_date",
        "partial_quarter",
        "partial_month",
    ):
        assert tags.str.contains(tag).any(), tag
    # a partial date is never written for an event reported twice
    dup_events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"]), "event_id"]
    assert not set(partial) & dup_events
