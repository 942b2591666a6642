"""The ``blind57`` examiner set (files ``*_bg.*``): its files and its ground truth.

Five desks (PNC DR Congo / NCB Kinshasa, Mauritius Police Force PIO, Tanzania Police
Force NCB Dar es Salaam, Burundi PNB-PAFE, El Salvador DGME-CAIM) write the truth in
their own way. These tests check the files and the truth only: none cleans or scores.
"""

from __future__ import annotations

import codecs
import csv
import io
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
from trendlib.samples._blind57 import BLIND57_SOURCES

VARIANT = "blind57"
SEED = 57
N_EVENTS = 1500
SMALL_SEED = 571
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND57_SOURCES]
BY_STYLE = {s.style: s for s in BLIND57_SOURCES}
#: Fields each reported row gives exactly as the event holds them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees between a written position and the true point (DMS to 0.1", 4 decimals).
TOLERANCE = 2e-4


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _csv_rows(path: Path, style: str) -> list[list[str]]:
    src = BY_STYLE[style]
    text = path.read_bytes().decode(src.encoding)
    return list(csv.reader(io.StringIO(text), delimiter=src.delimiter or ","))


def _file_truth(truth: pd.DataFrame, style: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == BY_STYLE[style].filename]
    return rows.set_index(rows["source_row"].astype(int))


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bg", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_bg", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small_paths, small, FIELDS, tolerance=TOLERANCE)
    check_placeholder_counts(small)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters as claimed
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND57_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND57_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND57_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    for s in BLIND57_SOURCES:
        assert s.filename == f"{s.source}.{s.format}"
        assert s.source.endswith("_bg")


def test_pnc_file_is_french_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["pnc_bcn_kinshasa_bg"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("N° PV / Réf. BCN;Date des faits;")
    assert header.count(";") == len(BY_STYLE["pnc"].headers) - 1
    assert "\r\n" in text
    assert "Nationalité" in header
    assert "Pays de provenance" in header


def test_mpf_file_is_english_utf8_comma(paths: dict[str, Path]) -> None:
    raw = paths["mpf_pio_mauritius_bg"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    rows = _csv_rows(paths["mpf_pio_mauritius_bg"], "mpf")
    assert rows[0][:3] == ["OB No.", "Date of Occurrence / Date des faits", "Offence"]
    assert all(len(r) == len(rows[0]) for r in rows if r)
    assert "\r\n" not in text


def test_tpf_file_is_english_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["tpf_ncb_dar_bg"].read_text(encoding="utf-8").splitlines()
    keys = list(BY_STYLE["tpf"].headers.values())
    recs = [json.loads(line) for line in lines]
    assert all(list(r) == keys for r in recs)
    refs = [r["rb_no"] for r in recs if r["date_of_incident"] is not None]
    assert any(re.fullmatch(r"CID-HQ/RB/\d{4}/20\d\d", str(x)) for x in refs)
    counts = [r["no_of_victims_or_migrants"] for r in recs]
    assert any(isinstance(c, int) for c in counts)  # JSON numbers, not text


def test_pafe_file_is_french_xlsx_with_excel_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["pnb_pafe_burundi_bg"])
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:2] == ("N° dossier PAFE", "Date d'interception")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    serials = [d for d in dates if isinstance(d, int) and 44000 <= d <= 45400]
    assert serials  # Excel serial numbers left unformatted
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d\.\d\d\.20\d\d", d) for d in dates)
    assert any(isinstance(r[4], int) for r in rows[1:])  # counts stored as numbers


def test_dgme_file_is_spanish_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["dgme_caim_sv_bg"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    rows = _csv_rows(paths["dgme_caim_sv_bg"], "dgme")
    assert rows[0][:3] == ["N.º expediente", "Fecha de intercepción", "Delito"]
    assert all(len(r) == len(rows[0]) for r in rows if r)


# --------------------------------------------------------------------------------------
# Characteristic quirks really appear in the bytes
# --------------------------------------------------------------------------------------
def test_pnc_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["pnc_bcn_kinshasa_bg"].read_bytes().decode("cp1252")
    assert re.search(r";TEH;|;TIM;|;TEH et TIM;", text)
    assert re.search(r";-?\d{1,2},\d{4,5};-?\d{1,3},\d{4,5};", text)  # decimal comma
    assert "Ã" in text  # UTF-8 pasted into a cp1252 file
    assert re.search(r";(idem|Idem|id\.);", text)
    assert re.search(r";(1er|[2-4]e) trimestre 20\d\d;|;T[1-4] 20\d\d;", text)
    tags = tags_of(truth)[truth["source_file"] == BY_STYLE["pnc"].filename]
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("idem").any()


def test_mpf_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["mpf_pio_mauritius_bg"].read_text(encoding="utf-8")
    assert re.search(r"\d\d°\d\d'\d\d\.\d\"\"[NS] \d{3}°\d\d'\d\d\.\d\"\"[EW]", text)
    assert re.search(r"\d\d°\d\d\.\d{3}'[NS] \d{3}°\d\d\.\d{3}'[EW]", text)
    assert re.search(r"^OB/\d{4}/20\d\d,", text, flags=re.MULTILINE)
    assert ",N/K," in text
    rows = _csv_rows(paths["mpf_pio_mauritius_bg"], "mpf")
    assert len(rows[1:]) > len(set(map(tuple, rows[1:])))  # re-sent rows


def test_tpf_quirks(paths: dict[str, Path]) -> None:
    recs = [
        json.loads(line)
        for line in paths["tpf_ncb_dar_bg"].read_text(encoding="utf-8").splitlines()
    ]
    dates = [str(r["date_of_incident"]) for r in recs]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]|Q[1-4] 20\d\d", d) for d in dates)
    gps = [str(r["gps_coordinates"]) for r in recs]
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", g) for g in gps)
    assert any(re.fullmatch(r"[A-Z]{3}", str(r["country_where_intercepted"])) for r in recs)


def test_pafe_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["pnb_pafe_burundi_bg"])
    rows = list(book.active.iter_rows(values_only=True))
    lats = [r[14] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{4}", v) for v in lats)
    assert any(isinstance(r[2], str) and "1/28" in r[2] for r in rows[1:])
    body = [tuple(r) for r in rows[1:]]
    assert len(body) > len(set(body))  # re-sent rows
    tags = tags_of(truth)[truth["source_file"] == BY_STYLE["pafe"].filename]
    assert tags.str.contains("excel_serial").any()


def test_dgme_quirks(paths: dict[str, Path]) -> None:
    text = paths["dgme_caim_sv_bg"].read_bytes().decode("utf-16")
    assert re.search(r"\d°\d\d'\d\d\.\d\"\"N, \d{2,3}°\d\d'\d\d\.\d\"\"O", text)  # O = oeste
    assert re.search(r"\t(I|II|III|IV) trimestre 20\d\d\t", text)
    assert "\tNNA\t" in text
    assert "Art. 367-A C.P." in text
    assert re.search(r"\t\d{1,2} de [a-z]+ de 20\d\d\t", text)


# --------------------------------------------------------------------------------------
# Cells read back, by hand, to the values the truth expects
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("style", "thousands"), [("pnc", "\xa0 "), ("mpf", ","), ("dgme", ".")])
def test_counts_read_back(
    paths: dict[str, Path], truth: pd.DataFrame, style: str, thousands: str
) -> None:
    src = BY_STYLE[style]
    rows = _csv_rows(paths[src.source], style)
    col = list(src.headers).index("n_persons")
    exp = _file_truth(truth, style)
    kept = exp["expected_status"] != "quarantine"
    checked = 0
    for row_no, want in exp.loc[kept, "n_persons"].items():
        cell = rows[row_no - 1][col]
        digits = "".join(ch for ch in cell if ch not in thousands)
        if digits.isdigit():
            assert int(digits) == int(want), (style, row_no, cell)
            checked += 1
        else:
            assert pd.isna(want), (style, row_no, cell)
    assert checked > 0.9 * kept.sum()


def test_day_first_dates_read_back(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for style in ("pnc", "mpf", "dgme"):
        src = BY_STYLE[style]
        rows = _csv_rows(paths[src.source], style)
        col = list(src.headers).index("event_date")
        exp = _file_truth(truth, style)
        exp = exp.loc[exp["date_precision"] == "day"]
        n = 0
        for row_no, want in exp["event_date"].items():
            cell = rows[row_no - 1][col]
            if re.fullmatch(r"\d\d/\d\d/20\d\d", cell):
                assert datetime.strptime(cell, "%d/%m/%Y").strftime("%Y-%m-%d") == want
                n += 1
        assert n > 0.3 * len(exp)
