"""The ``blind78`` examiner set (files ``*_cb.*``): its files and its ground truth.

These tests check what the set writes and what its truth promises; none of them cleans
or scores (the reader is run once, to check that no row is lost on the way in).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

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
from trendlib.samples._blind78 import BLIND78_SOURCES, make_blind78

VARIANT = "blind78"
SEED = 78
N_EVENTS = 1500
SMALL_SEED = 781
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND78_SOURCES]
#: Fields every source writes in full (the others may be absent from a source's file).
FIELDS = ("crime_type", "exploitation", "destination_country", "linked_offences")
TOLERANCE = 0.001  # degrees: DMS to a tenth of a second, minutes to 2 or 3 decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _path(paths: dict[str, Path], name: str) -> Path:
    return paths[name.removesuffix(Path(name).suffix)]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cb", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_cb", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_make_blind78_returns_the_five_sources() -> None:
    subs = make_blind78(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    assert [s.filename for s in subs] == [s.filename for s in BLIND78_SOURCES]
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in subs if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csv}) >= 3
    assert len({s.encoding for s in csv}) >= 3
    assert len({s.delimiter for s in csv}) >= 3


# --------------------------------------------------------------------------------------
# Formats, encodings, languages
# --------------------------------------------------------------------------------------
def test_port_police_is_spanish_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = _path(paths, "policia_portuaria_cb.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "º" and "í" are single cp1252 bytes
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Nº Parte;Fecha del hecho;País;Tipo penal;")
    assert "Latitud (WGS84)" in header
    assert "\r\n" in text  # a Windows export


def test_bus_cooperative_is_spanish_utf16_tab(paths: dict[str, Path]) -> None:
    raw = _path(paths, "cooperativa_darien_cb.csv").read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["No. despacho", "Fecha", "País"]
    assert "Coordenadas GPS" in header


def test_ferry_desk_is_english_json_lines(paths: dict[str, Path]) -> None:
    lines = _path(paths, "ferry_group_security_cb.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert set(rows[0]) >= {"incident_ref", "occurred", "persons_found", "position", "sex"}
    counts = [r["persons_found"] for r in rows if r["persons_found"] is not None]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) for c in counts)  # some counts typed as text


def test_railroad_is_english_utf8_pipe(paths: dict[str, Path]) -> None:
    raw = _path(paths, "railroad_police_cb.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("CASE_NO|INCIDENT_DATE (MM/DD/YYYY)|OFFENSE_DESC|")


def test_bank_is_french_xlsx_with_bilingual_headers(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(_path(paths, "banque_lcbft_cb.xlsx"), read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[1] == "Date des faits / Date of facts"
    assert all(" / " in str(h) for h in header if h not in ("Transit", "Destination"))
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.search(r"[a-zé]+\.? 20\d\d$", d) for d in dates)


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_port_police_quirks(paths: dict[str, Path]) -> None:
    text = _path(paths, "policia_portuaria_cb.csv").read_bytes().decode("cp1252")
    assert "318 bis" in text  # articles of the Código Penal
    assert "177 bis" in text
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    assert re.search(r"\d+º\d\d'\d\d,\d\"\" O\"", text)  # DMS with "O" for oeste
    assert re.search(r";\d\.\d{3};", text)  # thousands with a dot
    assert "Ã" in text  # UTF-8 read as cp1252


def test_bus_cooperative_quirks(paths: dict[str, Path]) -> None:
    text = _path(paths, "cooperativa_darien_cb.csv").read_bytes().decode("utf-16")
    assert re.search(r"\tN\d \d\d\.\d{3} W77 \d\d\.\d{3}\t", text)  # Garmin-style minutes
    assert "NNA" in text  # niños, niñas y adolescentes
    assert re.search(r"\d{2}-(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-20\d\d", text)
    assert re.search(r"\t\d,\d{3}\t", text)  # comma thousands


def test_ferry_desk_quirks(paths: dict[str, Path]) -> None:
    rows = [
        json.loads(line)
        for line in _path(paths, "ferry_group_security_cb.jsonl").read_text("utf-8").splitlines()
    ]
    positions = [r["position"] for r in rows if r["position"]]
    assert any(re.fullmatch(r"\d\d°\d\d\.\d\d'N \d{3}°\d\d\.\d\d'[EW]", p) for p in positions)
    occurred = [r["occurred"] for r in rows if r["occurred"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in occurred)
    assert any("s.25 IA 1971" in str(r["incident_category"]) for r in rows)


def test_railroad_quirks(paths: dict[str, Path]) -> None:
    text = _path(paths, "railroad_police_cb.csv").read_text("utf-8")
    assert "8 USC 1324" in text or "8 U.S.C. § 1324" in text
    assert re.search(r"\|\d\d-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d\d\|", text)
    assert re.search(r"\|(0\d|1[0-2])/([0-2]\d|3[01])/20\d\d", text)  # month first
    assert re.search(r"\|1\d\d\.\d{5} W\|", text)  # longitude with a hemisphere letter


def test_bank_quirks(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(_path(paths, "banque_lcbft_cb.xlsx"), read_only=True)
    cells = [str(v) for row in book.active.iter_rows(values_only=True) for v in row if v]
    assert any("CESEDA" in c for c in cells)
    assert any(" > " in c for c in cells)  # transit countries in order
    assert any(c in ("néant", "Néant", "aucun") for c in cells)
    assert any(re.fullmatch(r"\d{1,2}[\u202f\u00a0]\d{3}", c) for c in cells)  # French thousands


def test_tags_name_the_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_file = truth["source_file"]
    for name, wanted in {
        "policia_portuaria_cb.csv": ("dms", "decimal_comma", "mojibake", "approx"),
        "cooperativa_darien_cb.csv": ("ddm", "dms", "coords_placeholder", "date_long"),
        "ferry_group_security_cb.jsonl": ("ddm", "date_iso_time", "count_as_text"),
        "railroad_police_cb.csv": ("date_mdy", "date_oracle", "hemisphere_letter", "statute"),
        "banque_lcbft_cb.xlsx": ("excel_serial", "excel_date", "coords_missing", "thousands"),
    }.items():
        file_tags = ";".join(tags[by_file == name])
        for tag in wanted:
            assert tag in file_tags, (name, tag)


def test_bank_has_no_coordinates(truth: pd.DataFrame) -> None:
    bank = truth.loc[truth["source_file"] == "banque_lcbft_cb.xlsx"]
    assert bank[["lat", "lon"]].isna().all().all()


def test_cooperative_has_no_origin_and_ferry_no_transit(truth: pd.DataFrame) -> None:
    coop = truth.loc[truth["source_file"] == "cooperativa_darien_cb.csv"]
    ferry = truth.loc[truth["source_file"] == "ferry_group_security_cb.jsonl"]
    assert coop["origin_country"].isna().all()
    assert ferry["transit_countries"].isna().all()
