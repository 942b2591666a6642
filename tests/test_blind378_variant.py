"""The examiner set ``blind378`` (files ``*_np.*``): rail security teams and COLPOFER.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
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

from trendlib.samples._blind378 import SOURCES

VARIANT = "blind378"
SEED = 378
N_EVENTS = 1500
SMALL_SEED = 3781
SMALL_EVENTS = 400
SUFFIX = "_np"
NAMES = [s.source for s in SOURCES]
# Fields every kept row gives exactly as the event has them.
EXACT = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # DMS to a tenth of a second, four or five decimals elsewhere


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == name].reset_index(drop=True)


def _text(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events(truth: pd.DataFrame) -> None:
    for src in SOURCES:
        rows = _rows(truth, src.filename)
        assert (rows["expected_status"] == "record").sum() > 20, src.filename


def test_bad_rows_expect_nothing(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert len(bad) >= 5
    assert set(bad["expected_status"]) == {"quarantine"}
    assert bad["n_persons"].isna().all()


# --------------------------------------------------------------------------------------
# DB Cargo France, sûreté: French, cp1252, ';', CRLF
# --------------------------------------------------------------------------------------
def test_dbcargo_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dbcargo_fr_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # é, è, ° in cp1252
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° main courante", "Date constat", "Site"]
    assert "Nationalité déclarée" in header
    lines = text.split("\r\n")
    assert any(line == ";" * (len(header) - 1) for line in lines)  # the empty row
    assert any("Extraction provisoire" in line for line in lines)
    assert any(line.startswith("TOTAL;") for line in lines)
    body = "\n".join(lines)
    assert re.search(r";\d{2}/\d{2}/\d{4} \d{2}:\d{2};", body)  # hour of discovery
    assert re.search(r";\d{2}/\d{2}/\d{2};", body)  # two-digit year
    assert re.search(r";5[01],\d{5};[0-2],\d{5};", body)  # decimal commas
    assert "afghane" in body or "irakienne" in body or "érythréenne" in body
    assert "Angleterre" in body or "Grande-Bretagne" in body
    rows = _rows(truth, "dbcargo_fr_surete_np.csv")
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 1


def test_dbcargo_french_adjectives_read_as_countries(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["dbcargo_fr_surete"], sep=";", encoding="cp1252", dtype=str)
    adjectives = {"afghane", "iranienne", "irakienne", "albanaise", "érythréenne", "syrienne"}
    assert frame["Nationalité déclarée"].isin(adjectives).sum() > 5


# --------------------------------------------------------------------------------------
# Rail Delivery Group, Safeguarding on Rail: English XLSX
# --------------------------------------------------------------------------------------
def test_rdg_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["rdg_safeguarding"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["Incident ref", "Date of incident", "Location", "Country of incident"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 50  # real Excel dates
    text_dates = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in text_dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in text_dates)  # month only
    countries = {r[3] for r in rows[1:]}
    assert {"England", "Scotland"} & countries
    counts = [r[6] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert any(r[0] == "Grand Total" for r in rows)
    mine = _rows(truth, "rdg_safeguarding_np.xlsx")
    month = mine.loc[tags_of(mine).str.contains("month_only")]
    assert len(month) > 0
    assert set(month["date_precision"].dropna()) == {"month"}
    assert month["event_date"].dropna().str.endswith("-01").all()


def test_rdg_words_for_counts(truth: pd.DataFrame) -> None:
    mine = _rows(truth, "rdg_safeguarding_np.xlsx")
    worded = mine.loc[tags_of(mine).str.contains("count_word") & mine["n_persons"].notna()]
    assert len(worded) > 0
    assert worded["n_persons"].astype(int).between(1, 3).all()


# --------------------------------------------------------------------------------------
# Ferromex, protección patrimonial: UTF-16 (Excel "Unicode text"), tab
# --------------------------------------------------------------------------------------
def test_ferromex_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ferromex_proteccion"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little endian with its BOM
    lines = _text(paths["ferromex_proteccion"], "utf-16")
    header = lines[0].split("\t")
    assert header[:3] == ["Folio", "Fecha del evento", "Tipo de hecho"]
    assert "Coordenadas (lat, long)" in header
    body = "\n".join(lines[1:])
    assert re.search(r"\t\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d{4}\t", body)
    assert "\tEUA\t" in body
    assert re.search(r"\t3\d\.\d{5}, -1\d{2}\.\d{5}\t", body)  # one lat, long cell
    assert "Hondureña" in body or "Guatemalteca" in body
    assert lines[-1].startswith("TOTAL GENERAL\t")


def test_ferromex_h_and_m_are_hombre_and_mujer(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(
        paths["ferromex_proteccion"], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False
    )
    truth = _truth(paths)
    mine = _rows(truth, "ferromex_proteccion_np.csv")
    mine = mine.loc[mine["messiness"].fillna("").str.contains("gender_h_m")]
    assert len(mine) > 0
    for row in mine.itertuples():
        cell = frame.iloc[int(row.source_row) - 2]["Sexo"]
        assert row.gender == {"H": "male", "M": "female"}[cell]


def test_ferromex_unknown_exploitation(truth: pd.DataFrame) -> None:
    mine = _rows(truth, "ferromex_proteccion_np.csv")
    unknown = mine.loc[tags_of(mine).str.contains("exploitation_unknown")]
    assert set(unknown["exploitation"]) <= {"unknown"}


# --------------------------------------------------------------------------------------
# Panama Canal Railway, seguridad: UTF-8 with BOM, ',', mojibake, DMS, serials
# --------------------------------------------------------------------------------------
def test_pcrc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pcrc_seguridad"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    frame = pd.read_csv(paths["pcrc_seguridad"], encoding="utf-8-sig", dtype=str)
    assert frame.columns[:3].tolist() == ["No. Informe", "Fecha", "Delito"]
    lat = frame["Latitud"].dropna()
    lon = frame["Longitud"].dropna()
    assert lat.str.fullmatch(r"\d+°\d{2}'\d{2}\.\d\" N|N/D").all()
    assert lon.str.fullmatch(r"\d+°\d{2}'\d{2}\.\d\" O|N/D").all()
    assert frame["Fecha"].dropna().str.fullmatch(r"\d{5}").any()  # Excel serials
    assert frame["Cantidad de migrantes"].dropna().str.fullmatch(r"\d\.\d{3}").any()
    text = raw.decode("utf-8-sig")
    assert "Ã" in text  # the batch decoded twice
    mine = _rows(truth, "pcrc_seguridad_np.csv")
    assert tags_of(mine).str.contains("mojibake").sum() > 5
    thousands = mine.loc[tags_of(mine).str.contains("count_thousands") & mine["n_persons"].notna()]
    assert (thousands["n_persons"].astype(int) >= 1000).all()


def test_pcrc_dms_expected_west_is_negative(truth: pd.DataFrame) -> None:
    mine = _rows(truth, "pcrc_seguridad_np.csv")
    dms = mine.loc[mine["messiness"].fillna("").str.contains("coords_dms")]
    assert len(dms) > 50
    assert (dms["lon"].astype(float) < -77).all()
    assert (dms["lat"].astype(float).between(7, 10)).all()


# --------------------------------------------------------------------------------------
# COLPOFER incident exchange: English JSON lines
# --------------------------------------------------------------------------------------
def test_colpofer_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _text(paths["colpofer_digest"], "utf-8")
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["incident_id", "date", "reporting_member", "incident_country"]
    dates = [r["date"] for r in records if r["date"]]
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}|\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    countries = {r["incident_country"] for r in records}
    assert {"IT", "GR", "HR", "PL", "ES"} & countries
    assert any(isinstance(r["persons"], str) and "," in r["persons"] for r in records)
    transits = {r["transit"] for r in records if r["transit"]}
    assert any(">" in t for t in transits)
    assert any("-" in t for t in transits)
    assert records[-1]["incident_id"] == "TOTAL"
    mine = _rows(truth, "colpofer_digest_np.jsonl")
    assert mine["source_row"].astype(int).min() == 1
    quarter = mine.loc[mine["date_precision"] == "quarter", "event_date"]
    assert len(quarter) > 0
    assert quarter.str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()
