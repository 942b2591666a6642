"""The examiner sample set ``blind340`` (files ``*_md.*``): what it promises, byte for byte.

Five agencies: Panama's mining inspectorate (DNRM, XLSX, Spanish), the Office français de
la biodiversité in Hauts-de-France (CSV cp1252 ``;``, French), SOS Racismo (CSV UTF-8
``,``, Spanish), Choose Love (CSV UTF-8 with BOM ``,``, English) and the Factal newswire
(JSON lines, English). These tests check the files and the truth; none cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind340"
SEED = 340
N_EVENTS = 1500
SMALL_SEED = 3401
SMALL_EVENTS = 400
SOURCES = ("dnrm_panama", "ofb_hdf", "sos_racismo_es", "choose_love", "factal")
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    out = truth.loc[truth["source_file"] == paths[source].name].copy()
    out["source_row"] = out["source_row"].astype(int)
    return out.set_index("source_row")


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by the row number a person counts (header = 1)."""
    frame = pd.read_csv(
        paths[source], sep=sep, encoding=encoding, dtype=str, keep_default_na=False,
        skip_blank_lines=False,
    )  # fmt: skip
    frame.index = range(2, len(frame) + 2)
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_md", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_md", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every agency reports events, even in a small set
        rows = truth.loc[truth["source_file"] == small[source].name]
        assert rows["expected_status"].eq("record").sum() >= 5, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_habits_are_planted(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "excel_date", "excel_serial", "text_date", "month_only", "quarter_only",
        "two_digit_year", "long_date", "iso_datetime", "demonym", "own_name", "iso2",
        "iso3", "alias", "typo", "mojibake", "upper_row", "dms", "decimal_comma",
        "latlon_pair", "coords_missing", "count_placeholder", "zero_word", "na_word",
        "count_word",
    ):  # fmt: skip
        assert tags.str.contains(tag).any(), tag


# --------------------------------------------------------------------------------------
# OFB Hauts-de-France: cp1252, ";", CRLF, French words, decimal commas
# --------------------------------------------------------------------------------------
def test_ofb_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ofb_hdf"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert not text.startswith("\ufeff")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° fiche;Date constat;")
    assert "Nationalité déclarée" in header
    assert "Pays traversés" in header
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    assert re.search(r";\d{2},\d{5};[12],\d{5};", text)  # Calais / Gravelines, decimal comma
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    for word in (";Angleterre;", ";NC;", ";afghane;", ";Small boat;"):
        assert word in text, word


def test_ofb_cells_read_as_the_truth_says(paths: dict[str, Path]) -> None:
    cells = _csv(paths, "ofb_hdf", "cp1252", ";")
    truth = _rows_of(paths, "ofb_hdf")
    kept = truth.loc[truth["expected_status"] != "quarantine"].index
    cells = cells.loc[kept]
    england = cells.index[cells["Destination"] == "Angleterre"]
    assert len(england) > 0
    assert (truth.loc[england, "destination_country"] == "GBR").all()
    afghan = cells.index[cells["Nationalité déclarée"] == "afghane"]
    assert (truth.loc[afghan, "nationality"] == "AFG").all()
    nc = cells.index[cells["Nb personnes"] == "NC"]
    assert truth.loc[nc, "n_persons"].isna().all()
    with_lat = cells.index[cells["Latitude (WGS84)"] != ""]
    lat = cells.loc[with_lat, "Latitude (WGS84)"].str.replace(",", ".").astype(float)
    assert (lat - truth.loc[with_lat, "lat"].astype(float)).abs().max() < 1e-9


# --------------------------------------------------------------------------------------
# SOS Racismo: UTF-8 without BOM, ",", mojibake, quarters, Spanish words, no coordinates
# --------------------------------------------------------------------------------------
def test_sos_racismo_bytes(paths: dict[str, Path]) -> None:
    raw = paths["sos_racismo_es"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.startswith("Nº registro,Fecha,Lugar,País,Tipo,")
    assert "Ã" in text  # cells pasted from a mis-decoded e-mail
    assert re.search(r",(T[1-4]|[1-4]º trimestre) 20\d\d,", text)
    assert re.search(r",(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
                     r"octubre|noviembre|diciembre) de 20\d\d,", text)  # fmt: skip
    for word in (",cayuco,", ",MENA,", ",salto de valla,", ",ninguno,"):
        assert word in text, word
    assert "\r\n" not in text


def test_sos_racismo_cells_read_as_the_truth_says(paths: dict[str, Path]) -> None:
    cells = _csv(paths, "sos_racismo_es", "utf-8", ",")
    truth = _rows_of(paths, "sos_racismo_es")
    kept = truth.loc[truth["expected_status"] != "quarantine"].index
    cells, truth = cells.loc[kept], truth.loc[kept]
    assert truth[["lat", "lon"]].isna().all().all()  # place names only
    quarter = cells["Fecha"].str.match(r"(T[1-4]|[1-4]º trimestre) 20\d\d$")
    assert quarter.any()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert truth.loc[quarter, "event_date"].str.match(r"20\d\d-(01|04|07|10)-01$").all()
    garbled = cells["País"].str.contains("Ã")
    assert garbled.any()
    assert (truth.loc[garbled, "detection_country"] == "ESP").all()
    mena = cells["Edad"] == "MENA"
    assert (truth.loc[mena, "age_group"] == "child").all()


# --------------------------------------------------------------------------------------
# Choose Love: UTF-8 with BOM, Google Maps pairs, "Q2 2023", routes with ">"
# --------------------------------------------------------------------------------------
def test_choose_love_bytes(paths: dict[str, Path]) -> None:
    raw = paths["choose_love"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Report ID,Date of incident,Location,Lat/long,Country,")
    assert re.search(r",Q[1-4] 20\d\d,", text)
    assert re.search(r",\d{1,2} (January|February|March|April|May|June|July|August|"
                     r"September|October|November|December) 20\d\d,", text)  # fmt: skip
    assert re.search(r',"\d{2}\.\d{5}, \d{1,2}\.\d{5}",', text)
    assert " > " in text
    assert ",UASC," in text


def test_choose_love_cells_read_as_the_truth_says(paths: dict[str, Path]) -> None:
    cells = _csv(paths, "choose_love", "utf-8-sig", ",")
    truth = _rows_of(paths, "choose_love")
    kept = truth.loc[truth["expected_status"] != "quarantine"].index
    cells, truth = cells.loc[kept], truth.loc[kept]
    pair = cells["Lat/long"] != ""
    lat = cells.loc[pair, "Lat/long"].str.split(", ").str[0].astype(float)
    assert (lat - truth.loc[pair, "lat"].astype(float)).abs().max() < 1e-9
    route = cells["Route (transit)"].str.count(" > ") + 1
    has = cells["Route (transit)"] != ""
    assert (route[has] == truth.loc[has, "transit_countries"].str.count(r"\|") + 1).all()
    words = cells["No. of people"].isin(["one", "two", "three", "four", "five"])
    assert words.any()
    assert truth.loc[words, "n_persons"].astype(int).le(5).all()


# --------------------------------------------------------------------------------------
# DNRM Panamá: a real Excel book with date cells, serials and DMS coordinates
# --------------------------------------------------------------------------------------
def test_dnrm_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["dnrm_panama"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº de acta", "Fecha de inspección", "Sitio / paraje")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, str) and re.match(r"\d\d/\d\d/20\d\d$", d) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    coords = [r[3] for r in rows[1:] if isinstance(r[3], str)]
    assert coords
    dms = re.compile(r"\d°\d\d'\d\d\.\d\"N \d\d°\d\d'\d\d\.\d\"O$")
    assert all(dms.match(c) for c in coords)
    values = {v for r in rows[1:] for v in r if isinstance(v, str)}
    assert {"NNA", "EE.UU.", "No aplica"} <= values


def test_dnrm_cells_read_as_the_truth_says(paths: dict[str, Path]) -> None:
    cells = pd.read_excel(paths["dnrm_panama"], dtype=object)
    cells.index = range(2, len(cells) + 2)
    truth = _rows_of(paths, "dnrm_panama")
    kept = truth.loc[truth["expected_status"] != "quarantine"].index
    cells, truth = cells.loc[kept], truth.loc[kept]
    dms = cells["Coordenadas (GMS)"].dropna().astype(str)
    parts = dms.str.extract(r"(\d+)°(\d+)'([\d.]+)\"N (\d+)°(\d+)'([\d.]+)\"O").astype(float)
    lat = parts[0] + parts[1] / 60 + parts[2] / 3600
    lon = -(parts[3] + parts[4] / 60 + parts[5] / 3600)
    assert (lat - truth.loc[dms.index, "lat"].astype(float)).abs().max() < 1e-6
    assert (lon - truth.loc[dms.index, "lon"].astype(float)).abs().max() < 1e-6
    serial = cells["Fecha de inspección"].map(lambda v: isinstance(v, int))
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        cells.loc[serial, "Fecha de inspección"].astype(int), unit="D"
    )
    assert (day.dt.strftime("%Y-%m-%d") == truth.loc[serial, "event_date"]).all()
    nna = cells["Grupo etario"].astype(str).str.upper().eq("NNA")
    assert (truth.loc[nna, "age_group"] == "child").all()
    usa = cells["Destino declarado"].isin(["EE.UU.", "EEUU"])
    assert (truth.loc[usa, "destination_country"] == "USA").all()


# --------------------------------------------------------------------------------------
# Factal: JSON lines, ISO 8601 UTC timestamps, ISO alpha-2 codes, JSON numbers
# --------------------------------------------------------------------------------------
def test_factal_lines(paths: dict[str, Path]) -> None:
    lines = paths["factal"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["id", "occurred_at", "place_name"]
    events = [r for r in records if r["occurred_at"] is not None]
    stamp = re.compile(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
    assert sum(bool(stamp.match(r["occurred_at"])) for r in events) >= len(events) - 5
    codes = {r["country_code"] for r in events if r["country_code"]}
    assert {"GB", "US"} <= codes
    assert all(isinstance(r["people_count"], int) for r in records if r["people_count"])
    assert any(r["subcategory"] == "forced labor" for r in records)  # US spelling
    truth = _rows_of(paths, "factal")
    assert (truth["source_ref"].dropna() != "").all()
    total = [r for r in records if r["id"] == "TOTAL"]
    assert len(total) == 1
    assert total[0]["occurred_at"] is None
