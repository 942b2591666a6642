"""The ``blind91`` examiner set (files ``*_co.*``): its files and truth, never its cleaning."""

from __future__ import annotations

import json
import re
import zipfile
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
from trendlib.samples._blind91 import BLIND91_SOURCES, make_blind91

SEED = 91
N_EVENTS = 1500
SMALL_SEED = 911
SMALL_EVENTS = 400
VARIANT = "blind91"
SOURCES = [s.source for s in BLIND91_SOURCES]
#: Fields every source writes as the event has them (no source leaves them out).
FIELDS = ("crime_type", "exploitation", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: a point written to the tenth of a second or 4 decimals

CGAE, SINAPROC, SHERIFFS, CRS, EFE = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_truth(small_paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_co", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_co", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_read_loses_no_row(small_paths, SOURCES, small_truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_expected_values(small_paths, small_truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters as claimed
# --------------------------------------------------------------------------------------
def test_submissions_claim_languages_formats_encodings() -> None:
    subs = make_blind91(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {(s.source, s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        (CGAE, "es", "xlsx", "utf-8", None),
        (SINAPROC, "es", "csv", "latin-1", "|"),
        (SHERIFFS, "en", "csv", "utf-16", "\t"),
        (CRS, "fr", "csv", "cp1252", ";"),
        (EFE, "es", "jsonl", "utf-8", None),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csv}) == 3
    assert len({s.delimiter for s in csv}) == 3


def test_xlsx_file(paths: dict[str, Path]) -> None:
    path = paths[CGAE]
    assert path.suffix == ".xlsx"
    assert zipfile.is_zipfile(path)
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    assert header[:3] == ("Nº asistencia", "Colegio", "Fecha llegada/detención")
    assert "Sexo (H/M)" in header


def test_latin1_pipe_file(paths: dict[str, Path]) -> None:
    raw = paths[SINAPROC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accented capitals as single latin-1 bytes
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("latin-1")
    header = text.splitlines()[0].split("|")
    assert header[:4] == ["N° INFORME", "FECHA", "LUGAR / COMUNIDAD", "PAÍS"]
    assert "PAÍS DE ORIGEN" in header
    assert b"\xb0" in raw  # the degree sign of the GPS positions, one latin-1 byte


def test_utf16_tab_file(paths: dict[str, Path]) -> None:
    raw = paths[SHERIFFS].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 byte order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[0] == "Incident #"
    assert "Incident Date (MM/DD/YYYY)" in header
    assert len(header) == 17


def test_cp1252_semicolon_file(paths: dict[str, Path]) -> None:
    raw = paths[CRS].read_bytes()
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0].split(";")
    assert header[:2] == ["N° MCI", "Date des faits"]
    assert "Finalité (TEH)" in header
    assert "é".encode("cp1252") in raw


def test_jsonl_file(paths: dict[str, Path]) -> None:
    lines = paths[EFE].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert {"id_doc", "fecha_suceso", "pais", "delito", "personas"} <= set(records[0])
    assert any(isinstance(r["personas"], int) for r in records)
    assert any(isinstance(r["personas"], str) for r in records)


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_cgae_excel_serials_and_text_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths[CGAE], read_only=True).active
    assert sheet is not None
    dates = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(43000 < d < 46500 for d in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2}-[a-z]{3}-\d{4}", t) for t in texts)
    assert any(re.search(r"trimestre|\dT \d{4}", t) for t in texts)
    rows = _rows(truth, CGAE)
    assert rows["messiness"].fillna("").str.contains("excel_serial").any()


def test_cgae_m_means_woman(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_excel(paths[CGAE], dtype=str)
    rows = _rows(truth, CGAE)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    sex = frame["Sexo (H/M)"].iloc[[int(r) - 2 for r in rows["source_row"]]].to_numpy()
    assert (sex == "M").any()
    assert (rows.loc[sex == "M", "gender"] == "female").all()
    assert (rows.loc[sex == "H", "gender"] == "male").all()


def test_sinaproc_m_means_man_and_gps(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(paths[SINAPROC], sep="|", encoding="latin-1", dtype=str)
    rows = _rows(truth, SINAPROC)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    sex = frame["SEXO (M/F)"].iloc[[int(r) - 2 for r in rows["source_row"]]].to_numpy()
    assert (sex == "M").any()
    assert (rows.loc[sex == "M", "gender"] == "male").all()
    assert (rows.loc[sex == "F", "gender"] == "female").all()
    text = _text(paths[SINAPROC], "latin-1")
    assert re.search(r"\d°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"W", text)  # quoted DMS
    assert re.search(r"\|N0\d \d\d\.\d{3} W07\d \d\d\.\d{3}\|", text)
    assert re.search(r"\|\d\d-(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-\d\d\|", text)
    assert "NNA" in text


def test_sheriffs_month_first_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(paths[SHERIFFS], sep="\t", encoding="utf-16", dtype=str)
    rows = _rows(truth, SHERIFFS)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    cells = frame["Incident Date (MM/DD/YYYY)"].iloc[[int(r) - 2 for r in rows["source_row"]]]
    full = cells.str.fullmatch(r"\d\d/\d\d/\d{4}").to_numpy()
    written = pd.to_datetime(cells[full], format="%m/%d/%Y")
    want = pd.to_datetime(rows.loc[full, "event_date"])
    assert (written.to_numpy() == want.to_numpy()).all()
    assert (written.dt.day > 12).any()  # unreadable day first
    text = _text(paths[SHERIFFS], "utf-16")
    assert re.search(r"\t\d+\.\d{5} W\t", text)  # a west longitude with its letter
    assert "A.R.S. 13-2319" in text
    assert "20.05" in text


def test_crs_articles_weekdays_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths[CRS], "cp1252")
    assert re.search(
        r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} [a-zéû]+ \d{4}", text
    )
    assert "L.823-1 CESEDA" in text
    assert "Ã" in text  # UTF-8 read as cp1252, e.g. "Ã©rythrÃ©enne"
    assert re.search(r"\d\d,\d{5} / \d,\d{5}", text)  # decimal commas
    rows = _rows(truth, CRS)
    assert rows["messiness"].fillna("").str.contains("mojibake").any()
    assert (rows["detection_country"] == "GBR").any()  # crossings that reached the UK


def test_efe_dates_and_phrases(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths[EFE].read_text(encoding="utf-8")
    assert re.search(r'"\d{4}-\d\d-\d\dT(0[89]|1\d):\d\d:00\+0[12]:00"', text)
    assert "trimestre de" in text
    assert re.search(r'"\d{1,2} de [a-z]+ de \d{4}"', text)
    assert "con fines de explotación" in text
    rows = _rows(truth, EFE)
    dup = rows.loc[rows["expected_reason"] == "cross_source"]
    assert len(dup) > 0
    assert set(dup["detection_country"].dropna()) <= {"ESP", "PAN", "USA", "FRA"}


def test_partial_dates_are_month_or_quarter_starts(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[ok.index]
    month = ok.loc[tags.str.contains("date_month")]
    quarter = ok.loc[tags.str.contains("date_quarter")]
    assert (month["date_precision"] == "month").all()
    assert (quarter["date_precision"] == "quarter").all()
    assert pd.to_datetime(month["event_date"]).dt.day.eq(1).all()
    assert pd.to_datetime(quarter["event_date"]).dt.month.isin([1, 4, 7, 10]).all()
    assert set(ok["date_precision"]) == {"day", "month", "quarter"}


def test_origin_and_destination_only_where_written(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    has_origin = set(ok.loc[ok["origin_country"].notna(), "source"])
    assert has_origin == {SINAPROC}
    has_dest = set(ok.loc[ok["destination_country"].notna(), "source"])
    assert has_dest == {CGAE, SINAPROC, SHERIFFS, CRS}
    assert ok.loc[ok["source"] == CGAE, ["lat", "lon"]].isna().all().all()
