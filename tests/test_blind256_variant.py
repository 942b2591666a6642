"""The examiner's ``blind256`` set: five health-sector registers (files ``*_ix.*``).

These tests check what the set promises (files, truth, and each register's habits in
the bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
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

VARIANT = "blind256"
SEED = 256
N_EVENTS = 1500
SMALL_SEED = 2561
SMALL_EVENTS = 400
SOURCES = (
    "nhse_safeguarding",
    "ch_dunkerque_pass",
    "aetsys_trabajo_social",
    "hst_trabajo_social",
    "heal_trafficking",
)
#: Fields every row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: The country whose events each register reports first (HEAL Trafficking: the rest).
PRIMARY = {
    "nhse_safeguarding": "GBR",
    "ch_dunkerque_pass": "FRA",
    "aetsys_trabajo_social": "ESP",
    "hst_trabajo_social": "PAN",
}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def _records(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[(truth["source"] == source) & (truth["expected_status"] == "record")]


# --------------------------------------------------------------------------------------
# The set as a whole
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ix", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_ix", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # coordinates are written to 4 decimals, so within 1e-4 of the true point
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_who_reports_what(truth: pd.DataFrame) -> None:
    """Each hospital register first reports its own country; HEAL compiles the rest."""
    for source, country in PRIMARY.items():
        rows = _records(truth, source)
        assert len(rows) > 0, source
        assert set(rows["detection_country"].dropna()) == {country}, source
    heal = _records(truth, "heal_trafficking")
    assert not set(heal["detection_country"].dropna()) & set(PRIMARY.values())
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"heal_trafficking", "nhse_safeguarding"}
    # the NHS sees again some casualties of Channel attempts detected in France
    nhse_dups = cross.loc[cross["source"] == "nhse_safeguarding", "detection_country"]
    assert set(nhse_dups.dropna()) <= {"FRA"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"ch_dunkerque_pass", "heal_trafficking"}


def test_partial_dates_only_where_a_register_gives_them(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day"]
    assert set(partial["source"]) == {"aetsys_trabajo_social", "heal_trafficking"}
    quarter = partial.loc[partial["date_precision"] == "quarter", "source"]
    assert set(quarter) == {"heal_trafficking"}


# --------------------------------------------------------------------------------------
# NHS England safeguarding: CSV UTF-8 with BOM, comma, English
# --------------------------------------------------------------------------------------
def test_nhse_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["nhse_safeguarding"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert raw[3:].startswith(b"Incident ref,Date of incident,Concern type,")
    rows = _csv_rows(paths["nhse_safeguarding"], "utf-8-sig", ",")
    assert "Latitude" not in rows[0]
    assert "Mode of entry to UK" in rows[0]
    dates = [r["Date of incident"] for r in rows if r["Date of incident"]]
    numeric = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{2}(\d{2})?", d)]
    worded = [d for d in dates if re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d)]
    assert len(numeric) + len(worded) >= len(dates) - 2  # the Total row has no date
    assert worded  # "17 May 2023"
    assert any(len(d) == 8 for d in numeric)  # "17/05/23"
    assert any(int(d[:2]) > 12 for d in numeric)  # day first
    identified = {r["Country identified"].strip() for r in rows}
    assert {"England", "UK", "United Kingdom"} <= identified
    nationalities = {r["Nationality (stated)"].strip() for r in rows}
    assert {"Vietnamese", "Albanian"} <= nationalities
    assert "Modern slavery" in {r["Concern type"] for r in rows}
    assert any(r["Countries travelled through"].count(", ") >= 2 for r in rows)
    assert {r["Concern type"] for r in rows if r["Incident ref"] == "Total"} == {""}
    tags = tags_of(truth.loc[truth["source"] == "nhse_safeguarding"])
    assert tags.str.contains("coords_missing").sum() >= len(_records(truth, "nhse_safeguarding"))


# --------------------------------------------------------------------------------------
# PASS of the Centre hospitalier de Dunkerque: CSV cp1252, semicolon, CRLF, French
# --------------------------------------------------------------------------------------
def test_pass_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ch_dunkerque_pass"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier PASS;Date de prise en charge;Situation repérée;")
    assert "\r\n" in text
    rows = _csv_rows(paths["ch_dunkerque_pass"], "cp1252", ";")
    lat = [r["Latitude (SMUR)"] for r in rows if r["Latitude (SMUR)"]]
    assert lat
    assert all(re.fullmatch(r"5\d,\d{4}", v) for v in lat)  # decimal comma
    nat = [r["Nationalité"] for r in rows]
    assert any(v in ("afghan", "érythréen", "iranien", "irakien", "syrien") for v in nat)
    assert any(v.isupper() and v.isascii() and len(v) > 3 for v in nat)  # ERYTHREEN
    assert "Ã" in text  # cells pasted from the UTF-8 patient record
    tags = tags_of(truth.loc[truth["source"] == "ch_dunkerque_pass"])
    assert tags.str.contains("mojibake").any()
    dates = [r["Date de prise en charge"] for r in rows if r["Date de prise en charge"]]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{2}(\d{2})?", d) for d in dates)


# --------------------------------------------------------------------------------------
# AETSYS register of hospital social work units: XLSX, Spanish
# --------------------------------------------------------------------------------------
def test_aetsys_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["aetsys_trabajo_social"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº registro", "Fecha de atención", "Tipo de situación")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha de atención"]] for r in rows[1:]]
    kinds = {type(d) for d in dates if d is not None}
    assert {dt.datetime, str, int} <= kinds  # Excel dates, typed dates, date serials
    serials = [d for d in dates if isinstance(d, int)]
    assert all(40000 < s < 46000 for s in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"[a-z]+ \d{4}", d) for d in texts)  # "mayo 2023"
    assert "Varón" in {r[col["Sexo"]] for r in rows[1:]}
    coords = [r[col["Coordenadas (112)"]] for r in rows[1:] if r[col["Coordenadas (112)"]]]
    assert all(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", c) for c in coords)
    assert "Directo" in {r[col["Países de tránsito"]] for r in rows[1:]}
    modes = {r[col["Medio de llegada"]] for r in rows[1:]}
    assert {"Cayuco", "Patera"} <= modes
    counts = [r[col["Nº personas atendidas"]] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    kept = _records(truth, "aetsys_trabajo_social")
    assert set(kept["date_precision"]) == {"day", "month"}


# --------------------------------------------------------------------------------------
# Hospital Santo Tomás (Panama) social work: Excel "Unicode text", UTF-16, tab, Spanish
# --------------------------------------------------------------------------------------
def test_hst_bytes(paths: dict[str, Path]) -> None:
    raw = paths["hst_trabajo_social"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:2] == ["No. de caso", "Fecha de ingreso"]
    rows = _csv_rows(paths["hst_trabajo_social"], "utf-16", "\t")
    dates = [r["Fecha de ingreso"] for r in rows if r["Fecha de ingreso"]]
    styled = [
        d
        for d in dates
        if re.fullmatch(r"\d\d/\d\d/\d{4}", d)
        or re.fullmatch(r"\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d{4}", d)
    ]
    assert len(styled) >= len(dates) - 5  # bad dates and the note row aside
    assert any("-" in d for d in styled)
    assert any(int(d[:2]) > 12 for d in styled)
    assert "NNA" in {r["Grupo etario"] for r in rows}
    assert "venezolano" in {r["Nacionalidad"] for r in rows}
    lat = [r["Latitud"] for r in rows if r["Latitud"]]
    assert lat
    assert all(re.fullmatch(r"\d\.\d{4}", v) for v in lat)
    assert any(re.fullmatch(r"\d,\d{3}", r["Cantidad de personas"]) for r in rows)


# --------------------------------------------------------------------------------------
# HEAL Trafficking case digest: JSON lines, English, ISO alpha-2 codes
# --------------------------------------------------------------------------------------
def test_heal_lines(paths: dict[str, Path]) -> None:
    lines = paths["heal_trafficking"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    cases = [r for r in recs if r["case_id"] != "_summary"]
    summary = [r for r in recs if r["case_id"] == "_summary"]
    assert len(summary) == 1
    assert isinstance(summary[0]["individuals"], int)
    assert all(isinstance(r["transit"], list) for r in cases)
    assert all(isinstance(r["co_occurring_crimes"], list) for r in cases)
    codes = [r["identified_in"] for r in cases if r["identified_in"]]
    assert sum(len(c) == 2 for c in codes) > 0.8 * len(codes)
    assert {"US", "IT", "GR", "HR", "PL"} <= set(codes)
    assert "UK" in {r["destination_country"] for r in cases}
    dates = [r["incident_date"] for r in cases if r["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(d.endswith("T00:00:00.000Z") for d in dates)
    assert "Sex trafficking" in {r["exploitation_type"] for r in cases}
    assert len(lines) > len(set(lines))  # overlapping export pages repeat a few cases
