"""Examiner set ``blind350`` (files ``*_mn.*``): what the files and their truth promise.

Five garment-sector agencies (Operation Tacit in Leicester, the CODAF de Paris, the
Inspecció de Treball de Catalunya, the Colón Free Zone labour inspection and the Worker
Rights Consortium). These tests check the files' bytes and the ground truth only; none of
them cleans or scores.
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

VARIANT = "blind350"
SEED = 350
N_EVENTS = 1500
SMALL_SEED = 3501
SMALL_EVENTS = 400

TACIT = "op_tacit_leicester"
CODAF = "codaf_paris_sentier"
ITC = "itc_catalunya"
ZLC = "zlc_colon_inspeccion"
WRC = "wrc_factory_cases"
SOURCES = (TACIT, CODAF, ITC, ZLC, WRC)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees; the DMS points are rounded to a tenth of a second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_mn", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_mn", n_events=SMALL_EVENTS)
    for source in SOURCES:  # every agency has event rows at the small size too
        rows = _rows_of(_truth(small_paths), source)
        assert rows["event_id"].notna().sum() > 0, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_exploitation_is_the_events_or_unknown(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    said_unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[said_unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~said_unknown, "exploitation"].equals(ev.loc[~said_unknown, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()  # "N/A", "sans objet": no form


def test_quarantine_rows_expect_nothing(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    fields = ["event_date", "crime_type", "n_persons", "nationality", "lat", "lon"]
    assert bad[fields].isna().all().all()
    garbage = bad.loc[bad["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}


def test_every_agency_has_a_total_row_last_but_the_repeats(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows_of(truth, source)
        body = rows.loc[rows["expected_reason"].ne("exact_repeat").fillna(True)]
        assert body["messiness"].iloc[-1] == "garbage_row", source
        assert body["expected_reason"].iloc[-1] == "no_date", source


def test_repeats_come_from_the_agencies_that_resend(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {TACIT, ZLC}
    assert (repeats.groupby("source").size() >= 3).all()


# --------------------------------------------------------------------------------------
# Operation Tacit (Leicester): English, UTF-8 with BOM, comma
# --------------------------------------------------------------------------------------
def test_tacit_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[TACIT].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths[TACIT], "utf-8-sig", ",")
    assert list(frame.columns[:3]) == ["Tacit ref", "Date of visit", "Offence type"]
    assert "Location (lat, long)" in frame.columns
    dates = frame["Date of visit"].dropna()
    slash = dates[dates.str.match(r"^\d{2}/\d{2}/\d{2,4}$")]
    long_form = dates[dates.str.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")]
    assert len(slash) > len(long_form) > 0
    day, month = slash.str[:2].astype(int), slash.str[3:5].astype(int)
    assert (month <= 12).all()
    assert (day > 12).any()  # day first, as a British clerk writes it
    points = frame["Location (lat, long)"].dropna()
    points = points[points != "N/K"]
    assert points.str.match(r"^-?\d+\.\d{5}, -?\d+\.\d{5}$").all()
    assert frame["Route (transit countries)"].dropna().str.contains(" > ").any()
    assert frame["Suspects"].isin(["Nil", "None identified"]).any()
    rows = _rows_of(truth, TACIT)
    assert rows["source_ref"].dropna().str.match(r"^(TACIT/\d{2}/\d{4}|TOTAL|Figures.*)$").all()


# --------------------------------------------------------------------------------------
# CODAF de Paris: French, cp1252, semicolon, decimal commas, mojibake
# --------------------------------------------------------------------------------------
def test_codaf_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CODAF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accented letters in cp1252
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Réf. CODAF;Date du contrôle;Qualification")
    frame = _csv(paths[CODAF], "cp1252", ";")
    lat = frame["Latitude"].dropna()
    assert lat.str.match(r"^-?\d+,\d{5}$").all()
    dates = frame["Date du contrôle"].dropna()
    assert dates.str.match(r"^\d{2}/\d{2}/\d{4}$").mean() > 0.7
    assert dates.str.contains(r"^\d{1,2}(?:er)? [a-zéû]+ \d{4}$").any()
    tags = tags_of(truth).loc[truth["source"] == CODAF]
    assert tags.str.contains("mojibake").any()
    assert "Ã" in text  # a UTF-8 paste read as cp1252
    expected_partial = truth.loc[(truth["source"] == CODAF) & tags.str.contains("partial_date")]
    assert set(expected_partial["date_precision"]) <= {"month", "quarter"}


# --------------------------------------------------------------------------------------
# Inspecció de Treball de Catalunya: XLSX, Spanish with Catalan slips
# --------------------------------------------------------------------------------------
def test_itc_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[ITC])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = rows[0]
    assert header[:3] == ("Nº Orden de Servicio", "Fecha actuación", "Tipo delictivo")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha actuación"]] for r in rows[1:]]
    real = [d for d in dates if isinstance(d, datetime)]
    typed = [d for d in dates if isinstance(d, str)]
    assert len(real) > 2 * len(typed) > 0  # real Excel dates, some typed as text
    counts = [r[col["Nº personas"]] for r in rows[1:-1]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    lats = [r[col["Latitud"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.match(r"^-?\d+,\d{5}$", v) for v in lats)
    words = {str(r[col["Sexo"]]) for r in rows[1:]} | {str(r[col["Nacionalidad"]]) for r in rows}
    assert words & {"homes", "dones", "Marroc", "Algèria", "Gàmbia", "Xina"}  # Catalan slips
    nats = {str(r[col["Nacionalidad"]]) for r in rows[1:]}
    assert any(re.fullmatch(r"[A-Z]{2}", n) for n in nats)  # ISO alpha-2 codes


# --------------------------------------------------------------------------------------
# Colón Free Zone labour inspection: UTF-16 "Unicode text", tab, serials, DMS points
# --------------------------------------------------------------------------------------
def test_zlc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ZLC].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    frame = _csv(paths[ZLC], "utf-16", "\t")
    assert list(frame.columns[:3]) == ["No. de caso", "Fecha de detección", "Delito"]
    dates = frame["Fecha de detección"].dropna()
    serial = dates[dates.str.fullmatch(r"\d{5}")]
    assert len(serial) > 0
    assert serial.astype(int).between(44197, 45291).all()  # 2021-01-01 .. 2023-12-31
    slash = dates[dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}")]
    assert (slash.str.split("/").str[1].astype(int) <= 12).all()  # day first
    points = frame["Coordenadas GPS"].dropna()
    dms = points[points != "SIN COORDENADAS"]
    assert dms.str.fullmatch(r"\d+°\d{2}'\d{2}\.\d\"[NS] \d+°\d{2}'\d{2}\.\d\"[EW]").all()
    assert (frame["Delito"].dropna().str.isupper()).mean() > 0.5
    tags = tags_of(truth).loc[truth["source"] == ZLC]
    assert tags.str.contains("serial_date").any()


# --------------------------------------------------------------------------------------
# Worker Rights Consortium: JSON lines, ISO codes, partial dates
# --------------------------------------------------------------------------------------
def test_wrc_lines(paths: dict[str, Path]) -> None:
    lines = paths[WRC].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["case_id", "incident_date", "case_type", "abuse_type"]
    body = [r for r in records if str(r["case_id"]).startswith("WRC-")]
    assert records[-1]["case_id"] == "TOTAL (export)"
    assert isinstance(records[-1]["workers_affected"], int)
    countries = pd.Series([r["country"] for r in body]).dropna()
    assert countries.str.fullmatch(r"[A-Z]{3}").mean() > 0.5
    assert countries.str.fullmatch(r"\d{3}").any()  # ISO numeric, a partner's habit
    dates = pd.Series([r["incident_date"] for r in body]).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.8
    assert dates.str.fullmatch(r"\d{4}-\d{2}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    lat = [r["latitude"] for r in body if r["latitude"] is not None]
    assert all(isinstance(v, float) for v in lat)
