"""The examiner set ``blind236`` (files ``*_id.*``): five vehicle-rental security desks.

These tests check what the set promises (its files, its truth, each desk's habits in
the bytes); none of them cleans or scores.
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

VARIANT = "blind236"
SEED = 236
N_EVENTS = 1500
SMALL_SEED = 2361
SMALL_EVENTS = 400
SOURCES = (
    "europcar_surete_fr",
    "northgate_vri_uk",
    "centauro_seguridad_es",
    "traficar_security_pl",
    "avis_budget_gsoc",
)
FR, UK, ES, PL, US = SOURCES


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


def _csv(paths: dict[str, Path], source: str, sep: str, encoding: str) -> pd.DataFrame:
    """A desk's CSV as text cells, indexed by source row (header = row 1)."""
    frame = pd.read_csv(paths[source], sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = range(2, len(frame) + 2)
    return frame


def _jsonl(paths: dict[str, Path]) -> pd.DataFrame:
    lines = paths[US].read_text(encoding="utf-8").splitlines()
    frame = pd.DataFrame([json.loads(line) for line in lines])
    frame.index = range(1, len(frame) + 1)
    return frame


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The desk's truth rows with their events' values, indexed by source row."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    rows["tags"] = tags_of(truth).loc[truth["source"] == source].to_numpy()
    return rows


def _kept_days(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"].ne("quarantine") & rows["date_precision"].eq("day")]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_id", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_id", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), ("crime_type",), tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_reports_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import make_messy, make_truth

    for seed, n in ((SEED, 300), (SMALL_SEED, SMALL_EVENTS), (3, 300), (0, 300)):
        subs = make_messy(make_truth(seed=seed, n_events=n), seed=seed, variant=VARIANT)
        assert [s.source for s in subs] == list(SOURCES)
        for s in subs:
            assert (s.expected["expected_status"] == "record").sum() > 0, (seed, n, s.source)


def test_desks_keep_their_columns(truth: pd.DataFrame) -> None:
    """A column the desk does not have is expected empty, never guessed."""
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    for source in (FR, UK, PL):
        assert kept.loc[kept["source"] == source, "origin_country"].isna().all(), source
    for source in (FR, UK):
        assert kept.loc[kept["source"] == source, "transit_countries"].isna().all(), source
    assert kept.loc[kept["source"] == PL, "linked_offences"].isna().all()
    for source in (ES, US):
        assert kept.loc[kept["source"] == source, "origin_country"].notna().mean() > 0.95


# --------------------------------------------------------------------------------------
# Europcar France: cp1252, ";", French words, day-first dates, decimal commas
# --------------------------------------------------------------------------------------
def test_europcar_bytes(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("N° dossier sûreté;Date des faits;")
    assert "Nationalité" in header
    assert "Pays de découverte" in header
    assert "\r\n" in text
    for word in ("Angleterre", "afghane", "Aide à l'entrée irrégulière", "néant"):
        assert word in text, word
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # Calais, Dunkirk: decimal commas


def test_europcar_dates_are_day_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths, FR, ";", "cp1252")
    rows = _kept_days(_rows(truth, FR))
    for row, day in rows["event_date"].items():
        cell = cells.loc[row, "Date des faits"]
        fmt = "%d/%m/%y" if len(cell) == 8 else "%d/%m/%Y"
        assert datetime.strptime(cell, fmt).strftime("%Y-%m-%d") == day, (row, cell)
    month = _rows(truth, FR).query("date_precision == 'month'")
    assert all(" " in cells.loc[r, "Date des faits"] for r in month.index)


def test_europcar_nationality_adjectives(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths, FR, ";", "cp1252")
    rows = _rows(truth, FR)
    adj = rows.loc[rows["tags"].str.contains("adjective:nationality")]
    assert len(adj) > 10
    words = {"AFG": "afghane", "IRQ": "irakienne", "IRN": "iranienne", "VNM": "vietnamienne"}
    for row, iso in adj["nationality"].items():
        if iso in words:
            assert cells.loc[row, "Nationalité"] == words[iso]


# --------------------------------------------------------------------------------------
# Northgate: XLSX, real Excel dates (some text), England / Scotland, UK words
# --------------------------------------------------------------------------------------
def test_northgate_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[UK]).active
    assert sheet is not None
    table = list(sheet.iter_rows(values_only=True))
    header = table[0]
    assert header[:3] == ("Incident ref", "Incident date", "Vehicle type")
    col = {h: i for i, h in enumerate(header)}
    rows = _rows(truth, UK)
    kinds = {type(r[col["Incident date"]]) for r in table[1:]}
    assert datetime in kinds
    assert str in kinds
    for row, day in _kept_days(rows)["event_date"].items():
        cell = table[row - 1][col["Incident date"]]
        if isinstance(cell, datetime):
            assert cell.strftime("%Y-%m-%d") == day
        elif "/" in str(cell):
            assert datetime.strptime(str(cell), "%d/%m/%Y").strftime("%Y-%m-%d") == day
        else:
            assert datetime.strptime(str(cell), "%d %B %Y").strftime("%Y-%m-%d") == day
    values = {v for r in table[1:] for v in r if isinstance(v, str)}
    for word in ("England", "Vietnamese", "Modern slavery", "No tracker"):
        assert word in values, word
    persons = [r[col["No. of persons found"]] for r in table[1:]]
    assert sum(isinstance(p, int) for p in persons) > 0.9 * len(persons)


def test_northgate_scotland_is_glasgow(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    sheet = load_workbook(paths[UK]).active
    assert sheet is not None
    table = list(sheet.iter_rows(values_only=True))
    col = table[0].index("Country")
    rows = _rows(truth, UK)
    scot = [r for r in rows.index if table[r - 1][col] == "Scotland"]
    assert scot
    for r in scot:
        assert events.loc[rows.loc[r, "event_id"], "hotspot"] == "Glasgow"
        if rows.loc[r, "expected_status"] != "quarantine":
            assert rows.loc[r, "detection_country"] == "GBR"


# --------------------------------------------------------------------------------------
# Centauro: UTF-8 with BOM, ",", Spanish words, mojibake, thousands dots, GPS pair
# --------------------------------------------------------------------------------------
def test_centauro_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ES].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Nº expediente,Fecha del hecho,")
    assert "Ã" in text  # mojibake of re-imported branch sheets
    for word in ("Art. 318 bis CP", "patera", "marroquí", "MENA"):
        assert word in text, word
    assert re.search(r'"\d{2}\.\d{5}, -\d{1,2}\.\d{5}"', text)
    rows = _rows(truth, ES)
    assert rows["tags"].str.contains("mojibake").sum() >= 3


def test_centauro_cells_match_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths, ES, ",", "utf-8-sig")
    rows = _rows(truth, ES)
    for row, day in _kept_days(rows)["event_date"].items():
        cell = cells.loc[row, "Fecha del hecho"]
        if cell.isdigit():  # an Excel serial
            got = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(cell))
        else:
            got = pd.Timestamp(datetime.strptime(cell[:10], "%d/%m/%Y"))
        assert got.strftime("%Y-%m-%d") == day, (row, cell)
    assert rows["tags"].str.contains("excel_serial").any()
    big = rows.loc[rows["tags"].str.contains("thousands:n_persons")]
    for row, n in big["n_persons"].items():
        assert cells.loc[row, "Nº personas"].replace(".", "") == n
    women = rows.loc[
        rows["expected_status"].ne("quarantine") & cells["Sexo"].reindex(rows.index).eq("M")
    ]
    assert len(women) > 0
    assert (women["gender"] == "female").all()


# --------------------------------------------------------------------------------------
# Traficar: UTF-16 tab-separated, telematics times, Polish words
# --------------------------------------------------------------------------------------
def test_traficar_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PL].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    cells = _csv(paths, PL, "\t", "utf-16")
    assert list(cells.columns[:3]) == ["Alert ID", "Alert time (UTC)", "Car model"]
    rows = _rows(truth, PL)
    for row, day in _kept_days(rows)["event_date"].items():
        cell = cells.loc[row, "Alert time (UTC)"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", cell)
        assert cell[:10] == day
    text = raw.decode("utf-16")
    assert "Niemcy" in text or "Polska" in text
    assert re.search(r"\t5[23]\.\d{6},23\.\d{6}", text)
    assert set(rows.loc[rows["expected_status"] == "record", "detection_country"]) == {"POL"}


# --------------------------------------------------------------------------------------
# Avis Budget GSOC: JSON lines, month-first dates, the compilation
# --------------------------------------------------------------------------------------
def test_avis_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _jsonl(paths)
    assert "incident_number" in cells.columns
    assert "transit_route" in cells.columns
    rows = _rows(truth, US)
    kept = _kept_days(rows)
    for row, day in kept["event_date"].items():
        cell = cells.loc[row, "incident_date"]
        fmt = "%Y-%m-%d" if "-" in cell else "%m/%d/%Y"
        assert datetime.strptime(cell, fmt).strftime("%Y-%m-%d") == day, (row, cell)
    first = cells.loc[kept.index, "incident_date"].str.extract(r"^\d\d/(\d\d)/")[0].dropna()
    assert (first.astype(int) > 12).mean() > 0.4  # month-first is plain from the days
    quarter = rows.loc[rows["date_precision"] == "quarter"].index
    assert len(quarter) > 0
    assert cells.loc[quarter, "incident_date"].str.fullmatch(r"Q[1-4] 20\d\d").all()
    detected = set(rows.loc[rows["expected_status"] == "record", "detection_country"].dropna())
    assert {"USA", "ITA", "GRC", "HRV", "PAN"} <= detected


def test_exact_repeats_are_the_same_line(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[US].read_text(encoding="utf-8").splitlines()
    rows = _rows(truth, US)
    rep = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(rep) >= 3
    for row, of in rep["duplicate_of"].items():
        assert lines[row - 1] == lines[int(of.split(":")[1]) - 1]
