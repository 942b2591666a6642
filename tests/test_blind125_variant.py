"""The examiner's ``blind125`` sample set (files ``*_dw.*``): what it promises.

Five North African and Sahel desks (Tunisia's border directorate, the Spanish-Moroccan
police centre in Tanger, the Council of Arab Interior Ministers, the African Migration
Observatory, the Agadez prosecutor). These tests check the files and their truth; none
of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind125 import SOURCES, make_blind125

VARIANT = "blind125"
SEED = 125
N_EVENTS = 1500
SMALL_SEED = 1251
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def _csv(paths: dict[str, Path], source: str) -> list[list[str]]:
    src = next(s for s in SOURCES if s.source == source)
    return list(csv.reader(io.StringIO(_text(paths, source)), delimiter=src.delimiter or ","))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_dw", n_events=N_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_dw", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_reports_of_events(small: dict[str, Path]) -> None:
    ok, ev = check_reports_of_events(small, _truth(small), FIELDS)
    assert len(ok) == len(ev) > 0


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.01)
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.01)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind125(make_truth(seed=seed, n_events=n_events), seed=seed)
    for sub in subs:
        assert sub.expected["event_id"].notna().any(), sub.source
        assert (sub.expected["expected_status"] != "quarantine").any(), sub.source


def test_every_source_writes_its_garbage(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for src in SOURCES:
        rows = truth.loc[truth["source"] == src.source]
        total = rows.loc[rows["source_ref"] == src.total]
        assert len(total) == 1
        assert total["expected_reason"].iloc[0] == "no_date"
        notes = rows.loc[rows["expected_reason"] == "no_content"]
        assert len(notes) == (0 if src.note is None else 1)


# --------------------------------------------------------------------------------------
# dgfe_tn: Excel, French, real dates, decimal minutes, capitals, re-sent rows
# --------------------------------------------------------------------------------------
def test_dgfe_is_a_french_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["dgfe_tn"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Réf. dossier", "Date d'interception", "Lieu")
    assert "Coordonnées (lat - long)" in header
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in texts)  # "mai 2023"
    coords = [r[header.index("Coordonnées (lat - long)")] for r in rows[1:]]
    assert any(
        isinstance(c, str) and re.fullmatch(r"\d\d°\d\d,\d\d'N - \d{3}°\d\d,\d\d'[EO]", c)
        for c in coords
    )
    cells = {v for r in rows[1:] for v in r if isinstance(v, str)}
    assert {"néant", "N/D", "TOTAL GÉNÉRAL"} <= cells
    assert any(v.isupper() and len(v) > 5 for v in cells)  # clerks typing in capitals
    assert any(isinstance(v, int) for r in rows[1:] for v in r)


def test_dgfe_resends_rows(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "dgfe_tn")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    tags = tags_of(_truth(paths))
    assert tags.str.contains("coords_ddm").any()


# --------------------------------------------------------------------------------------
# ccp_tanger: cp1252, ";", CRLF, Spanish with French rows, decimal commas
# --------------------------------------------------------------------------------------
def test_ccp_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["ccp_tanger"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert "Nº Diligencias;Fecha;Lugar".encode("cp1252") in raw
    rows = _csv(paths, "ccp_tanger")
    assert {len(r) for r in rows} == {len(rows[0])}
    header = rows[0]
    dates = [r[1] for r in rows[1:] if r[1]]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    lat = [r[header.index("Latitud")] for r in rows[1:]]
    assert any(re.fullmatch(r"\d\d,\d{4}", v) for v in lat)
    cells = {v for r in rows[1:] for v in r}
    assert {"marroquí", "s/d", "ninguno", "Cayuco"} <= cells
    assert {"Espagne", "Trafic de migrants"} & cells  # a Moroccan officer's row
    assert {"H", "M"} <= cells  # hombre / mujer


def test_ccp_truth_reads_spanish_sexes(paths: dict[str, Path]) -> None:
    rows = _csv(paths, "ccp_tanger")
    truth = _rows(paths, "ccp_tanger")
    sex = rows[0].index("Sexo")
    for cells, (_, exp) in zip(rows[1:], truth.iterrows(), strict=True):
        if cells[sex] == "M":
            assert exp["gender"] == "female"
        elif cells[sex] == "H":
            assert exp["gender"] == "male"


# --------------------------------------------------------------------------------------
# cmai_tunis: JSON lines, ASCII escapes, ISO codes (alpha-2 in 2021), partial dates
# --------------------------------------------------------------------------------------
def test_cmai_is_ascii_json_lines(paths: dict[str, Path]) -> None:
    raw = paths["cmai_tunis"].read_bytes()
    raw.decode("ascii")
    assert b"\\u00" in raw
    lines = raw.decode("ascii").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert list(records[0])[:3] == ["case_id", "incident_date", "offence_category"]
    dates = [r["incident_date"] for r in records if r["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    codes = {r["detected_in"] for r in records}
    assert {"GR", "GRC"} <= codes
    assert any(r["persons_involved"] is None for r in records)
    assert any(isinstance(r["latitude"], float) for r in records)


# --------------------------------------------------------------------------------------
# oam_rabat: UTF-16 "Unicode text", tabs, quarters, serials, M49 codes
# --------------------------------------------------------------------------------------
def test_oam_is_utf16_tab_separated(paths: dict[str, Path]) -> None:
    raw = paths["oam_rabat"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    rows = _csv(paths, "oam_rabat")
    assert rows[0][:3] == ["OAM ID", "Date of event", "Data partner"]
    assert {len(r) for r in rows} == {len(rows[0])}
    dates = [r[1] for r in rows[1:] if r[1]]
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"4\d{4}", d) for d in dates)  # Excel serial numbers
    cells = {v for r in rows[1:] for v in r}
    assert {"n/a", "840", "none"} <= cells
    assert any(re.fullmatch(r"\d,\d{3}", v) for v in cells)


def test_oam_truth_of_partial_dates(paths: dict[str, Path]) -> None:
    truth = _rows(paths, "oam_rabat")
    tags = tags_of(_truth(paths)).loc[_truth(paths)["source"] == "oam_rabat"]
    quarter = tags.str.contains("quarter_only").to_numpy()
    kept = truth["expected_status"].ne("quarantine").to_numpy()
    assert (truth.loc[quarter & kept, "date_precision"] == "quarter").all()
    days = pd.to_datetime(truth.loc[quarter & kept, "event_date"])
    assert days.dt.month.isin([1, 4, 7, 10]).all()
    assert (days.dt.day == 1).all()


# --------------------------------------------------------------------------------------
# parquet_agadez: UTF-8 with BOM, ",", legal French counts, mojibake, no coordinates
# --------------------------------------------------------------------------------------
def test_agadez_is_legal_french_with_mojibake(paths: dict[str, Path]) -> None:
    raw = paths["parquet_agadez"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv(paths, "parquet_agadez")
    assert rows[0][:2] == ["N° RP", "Date des faits"]
    assert not any("oordonn" in h or "atitude" in h for h in rows[0])
    cells = [v for r in rows[1:] for v in r]
    assert any(re.fullmatch(r"[a-zé-]+ \(\d\d\)", v) for v in cells)  # "deux (02)"
    assert any("Ã" in v for v in cells)
    truth = _rows(paths, "parquet_agadez")
    assert truth["messiness"].fillna("").str.contains("mojibake").any()
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert kept[["lat", "lon"]].isna().all().all()
    assert set(kept["expected_reason"]) == {"cross_source"}
