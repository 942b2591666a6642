"""Examiner's blind set ``blind82`` (files ``*_cf.*``): the files and their ground truth.

Five Caribbean and Andean agencies (Ecuador UCDTPTIM, Peru MIGRACIONES, Venezuela SAIME,
Barbados Police Service, Haiti DIE). These tests check the files and the truth only;
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

VARIANT = "blind82"
SEED = 82
N_EVENTS = 1500
SMALL_SEED = 821
SMALL_EVENTS = 400
SOURCES = ("ucdtptim_ec", "migraciones_pe", "saime_ve", "bps_bb", "die_ht")
#: Fields every row reports exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cf", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cf", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_placeholder_counts(small_paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(small_paths))


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_file_names_and_formats(paths: dict[str, Path]) -> None:
    names = {s: paths[s].name for s in SOURCES}
    assert names == {
        "ucdtptim_ec": "ucdtptim_ec_cf.csv",
        "migraciones_pe": "migraciones_pe_cf.xlsx",
        "saime_ve": "saime_ve_cf.jsonl",
        "bps_bb": "bps_bb_cf.csv",
        "die_ht": "die_ht_cf.csv",
    }


def test_ecuador_is_cp1252_semicolon_spanish(paths: dict[str, Path]) -> None:
    raw = paths["ucdtptim_ec"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "País" is one byte 0xED in cp1252
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.split(";")[:3] == [
        "Nro. Parte Policial",
        "Fecha del hecho (dd/mm/aaaa)",
        "Delito (COIP)",
    ]
    assert "País de origen" in header
    assert "\r\n" in text


def test_barbados_is_utf8_bom_comma_english(paths: dict[str, Path]) -> None:
    raw = paths["bps_bb"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").split("\n", 1)[0]
    assert header.split(",")[:3] == ["CR No.", "Date of Occurrence", "Offence"]


def test_haiti_is_utf16_tab_french_and_creole(paths: dict[str, Path]) -> None:
    raw = paths["die_ht"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # a UTF-16 byte-order mark
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].split("\t")
    assert header[0] == "N° dossier / Nimewo dosye"
    assert "Nationalité / Nasyonalite" in header  # French / Kreyòl bilingual headers
    assert "Moyen de transport / Mwayen transpò" in header


def test_peru_is_xlsx_in_capitals(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["migraciones_pe"])
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("N° INFORME", "FECHA DE INTERVENCIÓN", "DELITO / FIGURA PENAL")
    crimes = {r[2] for r in rows[1:] if isinstance(r[2], str)}
    assert all(c == c.upper() for c in crimes)


def test_venezuela_is_jsonl_with_spanish_keys(paths: dict[str, Path]) -> None:
    lines = paths["saime_ve"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["nro_expediente", "fecha_hecho", "tipo_delito"]
    counts = [r["cant_personas"] for r in recs]
    assert any(isinstance(c, int) for c in counts)  # JSON numbers ...
    assert any(isinstance(c, str) for c in counts)  # ... and strings in one key


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_ecuador_quirks(paths: dict[str, Path]) -> None:
    text = paths["ucdtptim_ec"].read_bytes().decode("cp1252")
    assert "Art. 213 COIP" in text  # crime as the COIP article
    assert ";NNA;" in text or "Adultos y NNA" in text  # niñas, niños y adolescentes
    assert re.search(r"\d+°\d\d'\d\d,\d\"\"? ?O", text)  # DMS, decimal comma, O = oeste
    assert re.search(r";-?\d{1,3},\d{5};", text)  # decimal-comma degrees
    assert re.search(r";\d{1,2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d\d;", text)


def test_peru_quirks(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["migraciones_pe"])
    rows = list(book.active.iter_rows(values_only=True))[1:]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # bare serials
    quarters = [d for d in dates if isinstance(d, str) and "TRIM" in d]
    assert quarters
    assert all(re.match(r"(I{1,3}|IV|1ER|2DO|3ER|4TO) TRIM", q) for q in quarters)
    crimes = " ".join(str(r[2]) for r in rows)
    assert "303-A" in crimes  # smuggling article of the Código Penal
    assert "129-A" in crimes  # trafficking after Ley 31146 ...
    assert "153" in crimes  # ... and before it


def test_barbados_quirks(paths: dict[str, Path]) -> None:
    text = paths["bps_bb"].read_text(encoding="utf-8-sig")
    assert re.search(r"\d\d°\d\d\.\d{3}'[NS] \d{3}°\d\d\.\d{3}'[EW]", text)  # DDM
    assert re.search(r",Q[1-4] 20\d\d,|,20\d\d Q[1-4],|Quarter 20\d\d", text)
    assert "N/K" in text


def test_haiti_quirks(paths: dict[str, Path]) -> None:
    text = paths["die_ht"].read_bytes().decode("utf-16")
    assert "loi CL/2014-0010" in text
    assert (
        re.search(
            r"\t1er (janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
            r"octobre|novembre|décembre) 20\d\d\t",
            text,
        )
        or "trimestre" in text
    )
    assert re.search(r"\t-?\d{1,3},\d{5}\t", text)  # decimal-comma degrees
    assert re.search(r"\t\d{1,3},\d{5} O\t", text)  # O = ouest


def test_tags_cover_the_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_file = truth.assign(tags=tags).groupby("source_file")["tags"].agg(";".join)
    assert "excel_serial" in by_file["migraciones_pe_cf.xlsx"]
    assert "partial_quarter" in by_file["migraciones_pe_cf.xlsx"]
    assert "ddm" in by_file["bps_bb_cf.csv"]
    assert "mojibake" in by_file["ucdtptim_ec_cf.csv"] + by_file["saime_ve_cf.jsonl"]
    assert "zero_word" in by_file["die_ht_cf.csv"]
    assert "legal_ref" in by_file["ucdtptim_ec_cf.csv"]
