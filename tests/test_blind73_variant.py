"""Examiner set ``blind73`` (files ``*_bw.*``): the files and their ground truth.

Five sources (Sénégal DNLT, Garde nationale Sfax, NIS liaison London, SRE México,
Moroccan DMSF) written by :mod:`trendlib.samples._blind73`. These tests check the files
and the truth only: they neither clean nor score.
"""

from __future__ import annotations

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

from trendlib.samples._blind73 import BLIND73_SOURCES

VARIANT = "blind73"
SUFFIX = "_bw"
SEED = 73
N_EVENTS = 1500
SMALL_SEED = 731
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND73_SOURCES)
#: Fields every row gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees between a written point and the true one (DMS to the second, DDM to 0.01').
TOLERANCE = 0.001

_DNLT = "dnlt_senegal_bw"
_SFAX = "garde_nationale_sfax_bw"
_NIS = "nis_liaison_london_bw"
_SRE = "sre_proteccion_consular_bw"
_DMSF = "dmsf_maroc_bw"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, indexed by their row number in the file."""
    rows = truth.loc[truth["source"] == source]
    return rows.set_index(rows["source_row"].astype(int))


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = next(s for s in BLIND73_SOURCES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
    )


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame, small: dict[str, Path]) -> None:
    check_placeholder_counts(truth)
    check_placeholder_counts(_truth(small))


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_sources_cover_languages_formats_and_encodings() -> None:
    assert {s.language for s in BLIND73_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND73_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND73_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) == 3
    assert {s.delimiter for s in csv} == {";", "\t", "|"}
    assert [s.language for s in BLIND73_SOURCES].count("fr") == 3


def test_dnlt_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths[_DNLT].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° PV;Date des faits;")
    assert header.count(";") == 15
    assert "\r\n" in text


def test_nis_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths[_NIS].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE byte order mark, as Excel writes it
    header = raw.decode("utf-16").splitlines()[0]
    assert header.split("\t")[:2] == ["Case Ref.", "Date of Incident (DD/MM/YYYY)"]


def test_dmsf_is_utf8_bom_pipe(paths: dict[str, Path]) -> None:
    raw = paths[_DMSF].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.split("|")[:3] == ["Réf.", "Date (jj/mm/aaaa)", "Infraction"]


def test_sre_is_spanish_json_lines(paths: dict[str, Path]) -> None:
    lines = paths[_SRE].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all("fecha_hechos" in r and "num_personas" in r for r in records)
    counts = [r["num_personas"] for r in records]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) for c in counts)
    assert "S/D" in counts or "N/D" in counts or "se desconoce" in counts


def test_sfax_xlsx_bilingual_headers_and_excel_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[_SFAX], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    arabic = re.compile("[\u0600-\u06ff]")
    assert all(" / " in str(h) and arabic.search(str(h)) for h in header)
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 .. 2023-12-31


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes and in the truth
# --------------------------------------------------------------------------------------
def test_dnlt_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, _DNLT)
    gps = frame["Position GPS"]
    assert gps.str.contains(r"^\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"O$", regex=True).any()
    assert gps.str.contains(r"^\d+,\d{5} / -\d+,\d{5}$", regex=True).any()
    dates = frame["Date des faits"]
    assert dates.str.startswith("courant ").any() or dates.str.contains("trimestre").any()
    assert frame["Nbre de mis en cause"].isin(["néant", "aucun", "Néant"]).any()
    assert frame["Qualification des faits"].str.contains("loi 2005-06").any()
    rows = _rows_of(truth, _DNLT)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_dnlt_positions_read_as_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each DMS cell, read by hand, gives the expected point (O and W are west)."""
    frame = _csv(paths, _DNLT)
    rows = _rows_of(truth, _DNLT)
    dms = re.compile(r"(\d+)°(\d\d)'(\d\d)\"([NS]) (\d+)°(\d\d)'(\d\d)\"([EOW])")
    checked = 0
    for i, cell in frame["Position GPS"].items():
        found = dms.fullmatch(cell)
        row = rows.loc[int(i) + 2]
        if found is None or row["expected_status"] == "quarantine":
            continue
        d, m, s, h, d2, m2, s2, h2 = found.groups()
        lat = (int(d) + int(m) / 60 + int(s) / 3600) * (-1 if h == "S" else 1)
        lon = (int(d2) + int(m2) / 60 + int(s2) / 3600) * (-1 if h2 in "OW" else 1)
        assert abs(lat - float(row["lat"])) < 1e-6
        assert abs(lon - float(row["lon"])) < 1e-6
        checked += 1
    assert checked > 50


def test_sfax_positions_read_as_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each degrees-and-decimal-minutes cell (``35°31,25'N``) gives the expected point."""
    book = load_workbook(paths[_SFAX], read_only=True)
    rows = _rows_of(truth, _SFAX)
    ddm = re.compile(r"(\d+)°(\d\d,\d\d)'([NSEW])")
    checked = 0
    for number, row_cells in enumerate(book.active.iter_rows(values_only=True), start=1):
        cells = (*row_cells, *[None] * 17)  # a read-only row stops at its last value
        if number == 1 or not isinstance(cells[14], str):
            continue
        lat_m, lon_m = ddm.fullmatch(cells[14]), ddm.fullmatch(str(cells[15]))
        if lat_m is None or lon_m is None:
            continue
        row = rows.loc[number]
        if row["expected_status"] == "quarantine":
            continue
        values = []
        for found in (lat_m, lon_m):
            deg, minutes, hemi = found.groups()
            value = int(deg) + float(minutes.replace(",", ".")) / 60
            values.append(-value if hemi in "SW" else value)
        assert abs(values[0] - float(row["lat"])) < 1e-6
        assert abs(values[1] - float(row["lon"])) < 1e-6
        checked += 1
    assert checked > 50


def test_sfax_excel_serials_are_the_expected_days(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = load_workbook(paths[_SFAX], read_only=True)
    rows = _rows_of(truth, _SFAX)
    checked = 0
    for number, cells in enumerate(book.active.iter_rows(values_only=True), start=1):
        if number > 1 and isinstance(cells[1], int) and not isinstance(cells[1], bool):
            row = rows.loc[number]
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cells[1])
            assert row["event_date"] == day.strftime("%Y-%m-%d")
            assert row["date_precision"] == "day"
            checked += 1
    assert checked > 20


def test_nis_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, _NIS)
    assert frame["No. of Persons"].eq("N/K").any() or frame["No. of Persons"].eq("not known").any()
    assert frame["No. of Suspects Arrested"].isin(["Nil", "None", "NIL"]).any()
    assert frame["Lat (DD)"].str.fullmatch(r"\d+\.\d{4}N").any()
    assert frame["Long (DD)"].str.fullmatch(r"\d+\.\d{4}W").any()
    assert frame["Offence"].str.contains("s.25").any()
    assert frame["Date of Incident (DD/MM/YYYY)"].str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}").any()
    assert frame["Transit Route"].str.contains(" > ").any()


def test_sre_quirks(paths: dict[str, Path]) -> None:
    records = [json.loads(x) for x in paths[_SRE].read_text(encoding="utf-8").splitlines()]
    frame = pd.DataFrame(records)
    assert frame["sexo"].isin(["H", "M"]).any()
    assert frame["grupo_edad"].isin(["NNA", "Adultos y NNA"]).any()
    places = frame["pais_de_los_hechos"].dropna()
    assert places.str.startswith(("EUA", "EE. UU.")).any()
    coords = frame["coordenadas"].dropna()
    assert coords.str.fullmatch(r"\d+\.\d{5} N, \d+\.\d{5} O").any()
    assert frame["delito"].dropna().str.contains("art. 159").any()
    assert frame["fecha_hechos"].dropna().str.contains(" de ").any()


def test_dmsf_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, _DMSF)
    assert frame["Itinéraire (transit)"].str.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+").any()
    assert frame["Nat."].str.fullmatch(r"[A-Z]{3}").any()
    assert frame["Lat."].str.fullmatch(r"\d+,\d{4}").any()
    assert frame["Vecteur"].str.startswith("vecteur ").any()
    text = paths[_DMSF].read_text(encoding="utf-8-sig")
    assert "Ã" in text  # mojibake: UTF-8 read as cp1252 somewhere upstream


def test_tags_cover_the_planted_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_month",
        "partial_quarter",
        "excel_serial",
        "coords_dms",
        "coords_ddm",
        "coords_hemisphere",
        "coords_decimal_comma",
        "place_in_country",
        "mojibake",
        "iso2",
        "iso3",
        "upper_no_accents",
        "na_word",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
    ):
        assert tags.str.contains(tag).any(), tag
    precision = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(precision) == {"day", "month", "quarter"}
