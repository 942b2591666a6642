"""Examiner set ``blind86`` (files ``*_cj.*``): the files and their truth, not the cleaner.

Five sources: SSP Sonora's IPH register (Spanish, cp1252, ``,``), the Alcaldía de
Pinogana's Darién sheet (Spanish, XLSX), the Mexican SSPC attaché in Madrid (Spanish,
UTF-8 with BOM, ``;``), a US DSS liaison digest (English, JSON lines) and the Calais
municipal police log (French, UTF-16, tab). These tests check that the files are what
the module says and that the truth describes every row; none cleans or scores.
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

from trendlib.samples._blind86 import BLIND86_SOURCES

VARIANT = "blind86"
SEED = 86
N_EVENTS = 1500
SMALL_SEED = 861
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND86_SOURCES)
#: Fields every kept row gives exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
SONORA, PINOGANA, ATTACHE, DSS, CALAIS = SOURCES


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


# --------------------------------------------------------------------------------------
# What the module claims
# --------------------------------------------------------------------------------------
def test_sources_cover_languages_formats_and_encodings() -> None:
    assert len(BLIND86_SOURCES) == 5
    assert {s.language for s in BLIND86_SOURCES} == {"en", "fr", "es"}
    assert [s.language for s in BLIND86_SOURCES].count("es") == 3  # mostly Spanish
    assert {s.format for s in BLIND86_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = {(s.encoding, s.delimiter) for s in BLIND86_SOURCES if s.format == "csv"}
    assert csv == {("cp1252", ","), ("utf-8-sig", ";"), ("utf-16", "\t")}
    assert all(Path(s.filename).stem.endswith("_cj") for s in BLIND86_SOURCES)


# --------------------------------------------------------------------------------------
# The files and the truth, through the shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cj", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_cj", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=0.001)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_quirk_is_planted(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    wanted = {
        "date_serial",
        "date_excel",
        "date_mdy",
        "date_dotted",
        "date_words",
        "date_month",
        "date_quarter",
        "lon_positive_west",
        "coords_dms",
        "coords_ddm",
        "coords_decimal_comma",
        "italian_charge",
        "crime_article",
        "demonym",
        "iso3_code",
        "json_array",
        "na_word",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "approx_count",
        "mojibake",
    }
    assert wanted <= tags, sorted(wanted - tags)


# --------------------------------------------------------------------------------------
# The quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_sonora_is_cp1252_comma_crlf_with_its_wording(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[SONORA].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("FOLIO IPH,FECHA DEL HECHO,PROBABLE DELITO,FIN DE EXPLOTACIÓN")
    assert raw.count(b"\r\n") == text.count("\n")  # every line ends CRLF
    assert "ART. 159" in text
    assert "LGPSEDMTP" in text
    assert "NNA" in text
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"W", text)  # DMS, quoted
    assert re.search(r"\b\d{1,2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-2\d\b", text)
    # H/M: "M" is a woman in this register
    frame = pd.read_csv(
        paths[SONORA], encoding="cp1252", dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2
    rows = _rows_of(truth, SONORA)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    sex = frame.loc[rows.index, "SEXO"]
    assert set(rows.loc[sex.index[sex == "M"], "gender"]) == {"female"}
    assert set(rows.loc[sex.index[sex == "H"], "gender"]) == {"male"}


def test_pinogana_has_excel_dates_serials_and_positive_west_longitudes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    sheet = load_workbook(paths[PINOGANA]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[1] == "Fecha de llegada"
    assert header[15] == "Long. Oeste (grados)"
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    serials = [(i + 2, d) for i, d in enumerate(dates) if isinstance(d, int)]
    assert serials
    expected = _rows_of(truth, PINOGANA)
    expected = expected.loc[expected["expected_status"] != "quarantine"]
    serials = [(row, d) for row, d in serials if row in expected.index]
    for row, serial in serials:
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=serial)
        assert expected.loc[row, "event_date"] == day.strftime("%Y-%m-%d")
    west = [(i + 2, r[15]) for i, r in enumerate(rows[1:]) if isinstance(r[15], float)]
    west = [(row, v) for row, v in west if row in expected.index]
    assert west
    assert all(v > 0 for _, v in west)
    for row, value in west:
        assert float(expected.loc[row, "lon"]) == pytest.approx(-value)
    # M/F: "M" is a man in this sheet
    sexes = {i + 2: r[6] for i, r in enumerate(rows[1:]) if i + 2 in expected.index}
    assert {expected.loc[i, "gender"] for i, v in sexes.items() if v == "M"} == {"male"}
    assert {expected.loc[i, "gender"] for i, v in sexes.items() if v == "F"} == {"female"}


def test_attache_is_utf8_bom_semicolon_with_decimal_commas(paths: dict[str, Path]) -> None:
    raw = paths[ATTACHE].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.count(";") == 16
    assert header.startswith("Ref. Agregaduría;Fecha hecho")
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    assert re.search(r"\d+º\d\d'\d\d,\d\"\" [NS]", text)  # ordinal sign, comma seconds
    assert "318 bis" in text
    assert "177 bis" in text
    assert "art. 12 D.Lgs. 286/98" in text  # an Italian charge copied as is
    assert re.search(r";\d{2}\.\d{2}\.20\d\d;", text)  # dotted dates


def test_dss_is_jsonl_with_month_first_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[DSS].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["dss_case_number", "incident_date", "offense_category"]
    dates = [r["incident_date"] for r in records]
    mdy = [d for d in dates if isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert any(int(d[3:5]) > 12 for d in mdy)  # the day comes second
    assert not any(int(d[:2]) > 12 for d in mdy)
    expected = _rows_of(truth, DSS)
    for row, rec in enumerate(records, start=1):
        d = rec["incident_date"]
        if isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d):
            if expected.loc[row, "expected_status"] != "quarantine":
                want = pd.to_datetime(d, format="%m/%d/%Y").strftime("%Y-%m-%d")
                assert expected.loc[row, "event_date"] == want
    assert any(isinstance(r["transit_route"], list) for r in records)
    assert any(isinstance(r["migrants_or_victims"], int) for r in records)
    assert any(re.fullmatch(r"\d\d°\d\d\.\d{3}'[NS]", str(r["latitude"])) for r in records)


def test_calais_is_utf16_tab_with_french_wording(paths: dict[str, Path]) -> None:
    raw = paths[CALAIS].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian, with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.count("\t") == 15
    assert "Date des faits / Date" in header
    assert "CESEDA" in text or "TEH" in text
    assert re.search(r"\b\d{2},\d{5} / -?\d{1,3},\d{5}\b", text)  # decimal-comma GPS
    assert re.search(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d", text)
