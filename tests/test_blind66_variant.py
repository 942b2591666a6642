"""The examiner set ``blind66`` (files ``*_bp.*``): its files and its ground truth.

These tests check the files and the truth only; none cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
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

from trendlib.samples import make_truth
from trendlib.samples._blind66 import BLIND66_SOURCES, make_blind66

VARIANT = "blind66"
SEED = 66
N_EVENTS = 1500
SMALL_SEED = 661
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND66_SOURCES]
#: Fields every row gives as the event has them (no placeholder is planted there).
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 4-5 decimals or to the tenth of a second of arc.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _path(paths: dict[str, Path], filename: str) -> Path:
    return next(p for p in paths.values() if p.name == filename)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bp", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_bp", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings() -> None:
    subs = make_blind66(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {(s.filename, s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        ("estat_crim_bp.jsonl", "en", "jsonl", "utf-8", None),
        ("homeoffice_irreg_bp.xlsx", "en", "xlsx", "utf-8", None),
        ("ssmsi_etrangers_bp.csv", "fr", "csv", "utf-8", ";"),
        ("opi_casos_bp.csv", "es", "csv", "cp1252", "\t"),
        ("ircc_mio_bp.csv", "en", "csv", "utf-8-sig", ","),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    csv_kinds = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert len(csv_kinds) == 3


def test_file_bytes_match_claims(paths: dict[str, Path]) -> None:
    ircc = _path(paths, "ircc_mio_bp.csv").read_bytes()
    assert ircc.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    assert b"Date d'interception" in ircc.splitlines()[0]
    opi = _path(paths, "opi_casos_bp.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        opi.decode("utf-8")  # ANSI (cp1252), not UTF-8
    opi_text = opi.decode("cp1252")
    assert opi_text.splitlines()[0].count("\t") == 15
    assert "Nº expediente" in opi_text
    assert "\r\n" in opi_text
    ssmsi = _path(paths, "ssmsi_etrangers_bp.csv").read_bytes().decode("utf-8")
    assert ssmsi.splitlines()[0].startswith("N° procédure;Date des faits;")
    lines = _path(paths, "estat_crim_bp.jsonl").read_text(encoding="utf-8").splitlines()
    keys = set(json.loads(lines[0]))
    assert {"TIME_PERIOD", "OBS_VALUE", "geo", "citizen", "geometry"} <= keys
    assert all(isinstance(json.loads(line), dict) for line in lines)
    with zipfile.ZipFile(_path(paths, "homeoffice_irreg_bp.xlsx")) as book:
        assert "xl/worksheets/sheet1.xml" in book.namelist()


def test_eurostat_quirks(paths: dict[str, Path]) -> None:
    rows = [
        json.loads(line)
        for line in _path(paths, "estat_crim_bp.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    geo = {r["geo"] for r in rows if r["geo"]}
    assert "EL" in geo or any(g.startswith("EL") for g in geo)  # Greece is EL, not GR
    assert not any(g.startswith("GR") for g in geo)
    assert any(re.search(r"\bEL\b", str(r["c_transit"])) for r in rows)  # TR>EL>MK>RS
    assert not any(re.search(r"\bGR\b", str(r["c_transit"])) for r in rows)
    assert any(re.fullmatch(r"\d{4}M\d\d", str(r["TIME_PERIOD"])) for r in rows)
    assert any(re.fullmatch(r"\d{4}-?Q[1-4]", str(r["TIME_PERIOD"])) for r in rows)
    points = [r["geometry"] for r in rows if r["geometry"] and "POINT (" in r["geometry"]]
    lon, lat = (float(v) for v in points[0].split("(")[1].rstrip(")").split())
    assert -20 < lon < 30 < lat < 60  # longitude first
    assert any(r["OBS_VALUE"] == ":" for r in rows)


def test_spanish_and_french_quirks(paths: dict[str, Path]) -> None:
    opi = _path(paths, "opi_casos_bp.csv").read_bytes().decode("cp1252")
    assert re.search(r"\d+º \d\d' \d\d'' N, \d+º \d\d' \d\d'' O", opi)  # oeste, not W
    assert re.search(r"\t20\d\dM\d\d\t", opi)
    assert re.search(r"\t20\d\dT[1-4]\t", opi)
    assert re.search(r"\t\d{1,2}\.\d{3}\t", opi)  # 1.234 persons
    assert "318 bis" in opi
    assert "177 bis" in opi
    ssmsi = _path(paths, "ssmsi_etrangers_bp.csv").read_text(encoding="utf-8")
    assert "L.823-1 CESEDA" in ssmsi or "L. 823-1 CESEDA" in ssmsi
    assert re.search(r"\d\d,\d{5} N / \d,\d{5} [EO]", ssmsi)  # decimal comma
    assert "Angleterre" in ssmsi


def test_uk_and_canadian_quirks(paths: dict[str, Path]) -> None:
    book = pd.read_excel(_path(paths, "homeoffice_irreg_bp.xlsx"), dtype=object)
    assert "Date of detection [note 3]" in book.columns
    text = book.astype(str)
    assert text.isin(["[x]", "[z]", "[c]"]).any().any()  # GSS symbols
    dates = book["Date of detection [note 3]"].dropna()
    assert any(isinstance(v, int) and 44000 < v < 46000 for v in dates)  # bare serial
    assert any(isinstance(v, dt.datetime) for v in dates)  # real Excel dates
    ircc = _path(paths, "ircc_mio_bp.csv").read_text(encoding="utf-8-sig")
    assert re.search(r",20\d\d/\d\d/\d\d,", ircc)  # GCMS dates
    assert "IRPA" in ircc


def test_fiscal_quarters_are_calendar_quarters(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    fiscal = truth.loc[tags_of(truth).str.contains("fiscal_quarter")]
    ircc = pd.read_csv(_path(paths, "ircc_mio_bp.csv"), dtype=str, encoding="utf-8-sig")
    cells = ircc.iloc[:, 1]
    assert cells.str.fullmatch(r"FY20\d\d-\d\d Q[1-4]").any()
    for row in fiscal.itertuples():
        cell = cells.iloc[int(row.source_row) - 2]
        start, quarter = int(cell[2:6]), int(cell[-1])
        year, month = (start, 3 * quarter + 1) if quarter < 4 else (start + 1, 1)
        assert row.event_date == f"{year}-{month:02d}-01"
        assert row.date_precision == "quarter"
