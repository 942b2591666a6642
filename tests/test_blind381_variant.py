"""The ``blind381`` examiner set (files ``*_ns.*``): five trade-union migrant-worker desks.

These tests check what the set promises (files, truth, and each desk's habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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

VARIANT = "blind381"
SEED = 381
N_EVENTS = 1500
SMALL_SEED = 3811
SMALL_EVENTS = 400
SUFFIX = "_ns"
SOURCES = (
    "gmb_migrant_helpline",
    "cfdt_hdf_migrants",
    "uso_atencion_migrantes",
    "conato_pa_migrantes",
    "glj_ilrf_casefile",
)
#: Fields every kept row gives exactly as its event has them.
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """The file's cells as text, row for row (``source_row`` = index + 2)."""
    return pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


def _cell_of(frame: pd.DataFrame, header: str, source_row: str) -> str:
    return str(frame.iloc[int(source_row) - 2][header])


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_source_reports(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for source in SOURCES:
        mine = rows.loc[rows["source"] == source, "expected_status"]
        assert (mine == "record").sum() >= 5, source
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_other_fields_differ_only_where_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# GMB migrant workers' helpline: cp1252 CSV from the CRM, English, no coordinates
# --------------------------------------------------------------------------------------
def test_gmb_bytes(paths: dict[str, Path]) -> None:
    raw = paths["gmb_migrant_helpline"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Case ref,Incident date,Case type,Type of exploitation,Sector,")
    assert "Latitude" not in header
    frame = _csv(paths["gmb_migrant_helpline"], "cp1252", ",")
    where = set(frame["Where identified"])
    assert {"England", "Scotland"} <= where
    assert {"Vietnamese", "Kurdish"} <= set(frame["Nationality"].str.strip())
    dates = frame["Incident date"]
    day_first = dates.str.fullmatch(r"(\d\d)/(\d\d)/\d{2}(\d{2})?( \d\d:\d\d)?")
    long_form = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d")
    assert (day_first | long_form | dates.eq("")).all()
    assert dates.str.contains(r" \d\d:\d\d$").any()  # the CRM's time of logging
    assert (dates.str.extract(r"^(\d\d)/")[0].dropna().astype(int) > 12).any()
    assert frame["Case ref"].str.contains("TOTAL CASES").any()


def test_gmb_ethnicity_and_uk_nations_read_as_promised(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    frame = _csv(paths["gmb_migrant_helpline"], "cp1252", ",")
    rows = _rows_of(truth, "gmb_migrant_helpline")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    for row in kept.itertuples():
        nat = _cell_of(frame, "Nationality", row.source_row)
        where = _cell_of(frame, "Where identified", row.source_row)
        if nat == "Kurdish":
            assert pd.isna(row.nationality)  # an ethnicity names no country
        if where in ("England", "Scotland"):
            assert row.detection_country == "GBR"
    assert kept[["lat", "lon"]].isna().all().all()  # the helpline records no coordinates


# --------------------------------------------------------------------------------------
# CFDT Hauts-de-France: French Excel CSV (UTF-8 BOM, semicolons, decimal commas)
# --------------------------------------------------------------------------------------
def test_cfdt_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cfdt_hdf_migrants"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.split("\n", 1)[0].startswith("N° fiche;Date des faits;Qualification;")
    frame = _csv(paths["cfdt_hdf_migrants"], "utf-8-sig", ";")
    lat = frame["Latitude"]
    assert lat.str.fullmatch(r"5\d,\d{5}").sum() > 0.7 * len(frame) - 10
    assert "Angleterre" in set(frame["Pays de destination"])
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert dates.str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ 20\d\d").any()
    rows = _rows_of(truth, "cfdt_hdf_migrants")
    quarter = rows["messiness"].fillna("").str.contains("partial_date") & rows["date_precision"].eq(
        "quarter"
    )
    assert quarter.any()
    assert rows.loc[quarter, "event_date"].str.fullmatch(r"20\d\d-(01|04|07|10)-01").all()


def test_cfdt_zero_point_is_no_place(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["cfdt_hdf_migrants"], "utf-8-sig", ";")
    rows = _rows_of(truth, "cfdt_hdf_migrants")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    zero = [r for r in kept.itertuples() if _cell_of(frame, "Latitude", r.source_row) == "0"]
    assert zero
    assert all(pd.isna(r.lat) and pd.isna(r.lon) for r in zero)


# --------------------------------------------------------------------------------------
# USO: Excel "Unicode text" (UTF-16, tabs), Spanish, H/M, map pairs
# --------------------------------------------------------------------------------------
def test_uso_bytes(paths: dict[str, Path]) -> None:
    raw = paths["uso_atencion_migrantes"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº expediente", "Fecha de los hechos", "Tipo de delito"]
    assert "Sexo (H/M)" in header
    frame = _csv(paths["uso_atencion_migrantes"], "utf-16", "\t")
    pairs = frame["Coordenadas"]
    assert pairs.str.fullmatch(r"-?\d+\.\d{6}, -?\d+\.\d{6}").sum() > 0.8 * len(frame) - 10
    assert frame["Nº de trabajadores/as"].str.fullmatch(r"\d\.\d{3}").any()
    assert frame["Fecha de los hechos"].str.fullmatch(r"\d\d-[a-z]{3}-20\d\d").any()
    assert {"Salto de valla", "Patera", "Cayuco"} <= set(frame["Medio de llegada"].str.strip())


def test_uso_h_m_read_as_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["uso_atencion_migrantes"], "utf-16", "\t")
    rows = _rows_of(truth, "uso_atencion_migrantes")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    want = {"M": "female", "H": "male", "H y M": "mixed"}
    seen = set()
    for row in kept.itertuples():
        cell = _cell_of(frame, "Sexo (H/M)", row.source_row).strip()
        if cell in want:
            assert row.gender == want[cell], (row.source_row, cell)
            seen.add(cell)
    assert seen == set(want)


# --------------------------------------------------------------------------------------
# CONATO Panamá: XLSX with real dates, serials, DMS and mojibake
# --------------------------------------------------------------------------------------
def test_conato_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["conato_pa_migrantes"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["No. de caso", "Fecha", "Tipo de caso"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # date serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in dates)
    lon = [r[header.index("Longitud")] for r in rows[1:]]
    assert any(isinstance(x, str) and x.endswith('" O') for x in lon)  # oeste
    assert any(isinstance(x, float) for x in lon)
    cells = [str(c) for r in rows[1:] for c in r if isinstance(c, str)]
    assert any("Ã" in c for c in cells)  # rows pasted from a mis-decoded partner file
    ages = {r[header.index("Grupo etario")] for r in rows[1:]}
    assert "NNA" in ages
    mine = _rows_of(truth, "conato_pa_migrantes")
    dms = mine.loc[mine["messiness"].fillna("").str.contains("dms:coordinates")]
    assert len(dms) > 0
    assert (dms["lon"].astype(float) < -77).all()


# --------------------------------------------------------------------------------------
# GLJ-ILRF compiled case file: JSON lines, M49 codes, ISO / US / partial dates
# --------------------------------------------------------------------------------------
def test_glj_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["glj_ilrf_casefile"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = {tuple(r) for r in records}
    assert len(keys) == 1
    assert next(iter(keys))[:3] == ("case_id", "incident_date", "case_category")
    codes = {r["incident_country_m49"] for r in records if r["incident_country_m49"]}
    assert codes <= {"380", "300", "191", "616", "840", "591", "724", "826"}
    assert all(re.fullmatch(r"\d{3}", c) for c in codes)
    dates = [r["incident_date"] for r in records if r["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, 20\d\d", d) for d in dates)
    assert any(d.endswith("T00:00:00.000Z") for d in dates)
    assert any("caporalato" in (r["exploitation_type"] or "") for r in records)
    mine = _rows_of(truth, "glj_ilrf_casefile")
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    m49 = {"380": "ITA", "300": "GRC", "191": "HRV", "616": "POL", "840": "USA", "591": "PAN"}
    by_row = {i + 1: r for i, r in enumerate(records)}
    for row in kept.itertuples():
        code = by_row[int(row.source_row)]["incident_country_m49"]
        if code in m49:
            assert row.detection_country == m49[code]


def test_every_source_plants_its_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: tags.loc[truth["source"] == s] for s in SOURCES}
    assert by_source["gmb_migrant_helpline"].str.contains("ethnicity_word").any()
    assert by_source["gmb_migrant_helpline"].str.contains("uk_nation").any()
    assert by_source["cfdt_hdf_migrants"].str.contains("alias:destination_country").any()
    assert by_source["uso_atencion_migrantes"].str.contains("noaccent").any()
    assert by_source["uso_atencion_migrantes"].str.contains("thousands:n_persons").any()
    assert by_source["conato_pa_migrantes"].str.contains("mojibake").any()
    assert by_source["conato_pa_migrantes"].str.contains("excel_serial").any()
    assert by_source["glj_ilrf_casefile"].str.contains("m49:detection_country").any()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"gmb_migrant_helpline", "uso_atencion_migrantes", "conato_pa_migrantes"}
