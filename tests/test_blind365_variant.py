"""The examiner set ``blind365``: five pharmacy bodies' referrals (files ``*_nc.*``).

These tests check what the set promises (files, truth, each body's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
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
from trendlib.samples._blind365 import SOURCES, make_blind365
from trendlib.samples._truth import make_truth

VARIANT = "blind365"
SEED = 365
N_EVENTS = 1500
SMALL_SEED = 3651
SMALL_EVENTS = 400

GPHC, CNOP, CGCOF, COLEGIO, FIP = (s.source for s in SOURCES)
NAMES = [s.source for s in SOURCES]
#: Fields every row gives as the event has them (the others may be left out).
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, indexed by their row number."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _csv(path: Path, *, sep: str, encoding: str) -> pd.DataFrame:
    """A CSV as text cells, indexed by row number (header = row 1)."""
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, len(frame) + 2)
    return frame


def _kept(rows: pd.DataFrame) -> pd.Series:
    return rows["expected_status"].ne("quarantine") & rows["event_id"].notna()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_nc", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_nc", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, SMALL_EVENTS), (0, 1500)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind365(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_first_reports_by_detection_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"GBR": GPHC, "FRA": CNOP, "ESP": CGCOF, "PAN": COLEGIO}
    expected = [want.get(c, FIP) for c in country]
    assert first["source"].tolist() == expected


def test_exploitation_only_for_trafficking(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    assert ok.loc[~smuggling, "exploitation"].notna().all()
    unknown = tags_of(truth).loc[ok.index].str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert unknown.any()


# --------------------------------------------------------------------------------------
# General Pharmaceutical Council: English, UTF-8 with BOM, commas
# --------------------------------------------------------------------------------------
def test_gphc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[GPHC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.startswith("Concern ref,Date seen,Concern category,Type of exploitation")
    cells = _csv(paths[GPHC], sep=",", encoding="utf-8-sig")
    rows = _rows(truth, GPHC)
    kept = rows.loc[_kept(rows)]
    dates = cells.loc[kept.index, "Date seen"]
    long_form = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}")
    slash = dates.str.fullmatch(r"\d\d/\d\d/\d{4}")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}")
    assert long_form.mean() > 0.4
    assert slash.mean() > 0.2
    assert month.any()
    assert (long_form | slash | month | dates.str.fullmatch(r"\d\d [A-Z][a-z]{2} \d{4}")).all()
    assert (kept.loc[month[month].index, "date_precision"] == "month").all()
    # demonyms are their countries
    demonym = cells.loc[kept.index, "Nationality"].isin(["Vietnamese", "Afghan", "Iraqi"])
    assert demonym.any()
    assert kept.loc[demonym[demonym].index, "nationality"].isin(["VNM", "AFG", "IRQ"]).all()
    # England and Scotland are the United Kingdom
    home = cells.loc[kept.index, "Country where seen"].isin(["England", "Scotland"])
    assert home.any()
    assert (kept.loc[home[home].index, "detection_country"] == "GBR").all()
    # "None"/"nil" suspects are 0; small counts in words are numbers
    nil = cells.loc[kept.index, "No. of suspected exploiters"].str.lower().isin(["none", "nil"])
    assert nil.any()
    assert (kept.loc[nil[nil].index, "n_suspects"] == "0").all()
    word = cells.loc[kept.index, "No. of people"].str.lower().isin(["one", "two", "three", "four"])
    assert word.any()
    assert kept.loc[word[word].index, "n_persons"].astype(int).between(1, 4).all()
    # one "lat, long" cell
    pair = cells.loc[kept.index, "Premises lat/long"]
    written = pair.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}")
    assert written.mean() > 0.7
    assert kept.loc[~written, "lat"].isna().all()


# --------------------------------------------------------------------------------------
# Ordre des pharmaciens: French, cp1252, semicolons, decimal commas, mojibake
# --------------------------------------------------------------------------------------
def test_cnop_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CNOP].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date des faits;Nature des faits;")
    assert "\r\n" in text
    cells = _csv(paths[CNOP], sep=";", encoding="cp1252")
    rows = _rows(truth, CNOP)
    kept = rows.loc[_kept(rows)]
    lat = cells.loc[kept.index, "Latitude officine"]
    written = lat.str.fullmatch(r"\d+,\d{5}")
    assert written.mean() > 0.8
    as_float = lat[written].str.replace(",", ".").astype(float)
    assert (as_float - kept.loc[written[written].index, "lat"].astype(float)).abs().max() < 1e-4
    # UTF-8 text of the web form read as cp1252
    tags = tags_of(truth).loc[truth["source"] == CNOP]
    assert tags.str.contains("mojibake").any()
    assert text.count("Ã") > 0
    # quarters and months, first day expected
    dates = cells.loc[kept.index, "Date des faits"]
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert quarter.any()
    assert (kept.loc[quarter[quarter].index, "date_precision"] == "quarter").all()
    # "Sans objet" exploitation of a smuggling case is no exploitation
    na = cells.loc[kept.index, "Forme d'exploitation"] == "Sans objet"
    assert na.any()
    assert kept.loc[na[na].index, "exploitation"].isna().all()
    # re-sent rows are exact repeats of rows of the same file
    rep = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(rep) >= 3
    for row, of in zip(rep.index, rep["duplicate_of"], strict=True):
        assert cells.loc[row].tolist() == cells.loc[int(of.split(":")[1])].tolist()


# --------------------------------------------------------------------------------------
# Consejo General de Colegios Farmacéuticos: Spanish workbook
# --------------------------------------------------------------------------------------
def test_cgcof_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[CGCOF], read_only=True).active
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    assert header[:3] == ("Nº de caso", "Fecha de detección", "Tipología")
    rows = _rows(truth, CGCOF)
    kept = rows.loc[_kept(rows)]
    by_row = {i + 1: v for i, v in enumerate(values)}
    kinds = {"datetime": 0, "serial": 0, "text": 0}
    for row, exp in kept.iterrows():
        cell = by_row[int(row)][1]
        want = pd.Timestamp(exp["event_date"])
        if isinstance(cell, dt.datetime):
            kinds["datetime"] += 1
            assert abs(pd.Timestamp(cell) - want) <= pd.Timedelta(days=1)
        elif isinstance(cell, int):
            kinds["serial"] += 1
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == want
        else:
            kinds["text"] += 1
    assert kinds["datetime"] > 0.6 * len(kept)
    assert kinds["serial"] > 0
    assert kinds["text"] > 0
    nat = pd.Series({int(r): by_row[int(r)][8] for r in kept.index})
    gentilicio = nat.isin(["marroquí", "senegalés", "senegalesa", "argelino", "argelina"])
    assert gentilicio.any()
    assert kept.loc[gentilicio[gentilicio].index, "nationality"].isin(["MAR", "SEN", "DZA"]).all()
    counts = [by_row[int(r)][4] for r in kept.index]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)


# --------------------------------------------------------------------------------------
# Colegio Nacional de Farmacéuticos de Panamá: UTF-16, tabs
# --------------------------------------------------------------------------------------
def test_colegio_pa_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[COLEGIO].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.startswith("No. de reporte\tFecha de atención\tTipo de caso\t")
    cells = _csv(paths[COLEGIO], sep="\t", encoding="utf-16")
    rows = _rows(truth, COLEGIO)
    kept = rows.loc[_kept(rows)]
    place = cells.loc[kept.index, "Ubicación (coordenadas)"]
    dms = place.str.contains("°")
    assert dms.any()
    for row, cell in place[dms].items():
        d, m, s, hemi = re.match(r"(\d+)°(\d+)'([\d.]+)\"([NS])", cell).groups()  # type: ignore[union-attr]
        lat = (int(d) + int(m) / 60 + float(s) / 3600) * (1 if hemi == "N" else -1)
        assert abs(lat - float(kept.loc[row, "lat"])) < 1e-4
    unit = cells.loc[kept.index, "Cantidad de personas"].str.endswith(("persona", "personas"))
    assert unit.any()
    got = cells.loc[unit[unit].index, "Cantidad de personas"].str.split().str[0]
    assert (got.str.replace(",", "") == kept.loc[unit[unit].index, "n_persons"]).all()
    dates = cells.loc[kept.index, "Fecha de atención"]
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    month = dates.str.fullmatch(r"[a-z]{3}-\d{4}")
    assert (kept.loc[month[month].index, "date_precision"] == "month").all()


# --------------------------------------------------------------------------------------
# International Pharmaceutical Federation: JSON lines of codes
# --------------------------------------------------------------------------------------
def test_fip_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[FIP].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["alert_ref", "date_observed", "category"]
    rows = _rows(truth, FIP)
    assert len(records) == len(rows)
    kept = rows.loc[_kept(rows)]
    arrays = 0
    for row, exp in kept.iterrows():
        rec = records[int(row) - 1]
        transit = rec["transit"]
        if isinstance(transit, list):
            arrays += 1
            assert "|".join(transit) == exp["transit_countries"]
        else:
            assert transit is None
            assert pd.isna(exp["transit_countries"])
    assert arrays > 0.5 * len(kept)
    dates = pd.Series([records[int(r) - 1]["date_observed"] for r in kept.index], index=kept.index)
    quarter = dates.str.fullmatch(r"\d{4}-Q[1-4]")
    assert quarter.any()
    assert (kept.loc[quarter[quarter].index, "date_precision"] == "quarter").all()
    codes = pd.Series([records[int(r) - 1]["country_seen"] for r in kept.index])
    assert codes.dropna().str.fullmatch(r"[A-Z]{2,3}|\d{3}|[A-Za-z ]+").all()
    assert {"ITA", "GRC", "USA"} <= set(kept["detection_country"].dropna())
