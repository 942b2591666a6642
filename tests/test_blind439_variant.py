"""Examiner set ``blind439`` (files ``*_py.*``): cinema desks' safeguarding logs.

These tests check what the set promises (files, truth, and each desk's habits in the
bytes); none of them cleans or scores.
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

from trendlib.samples import make_truth
from trendlib.samples._blind439 import SOURCES, make_blind439

VARIANT = "blind439"
SEED = 439
N_EVENTS = 1500
SMALL_SEED = 4391
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
#: Fields every kept row reports exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: five-decimal coordinates and DMS to a tenth of a second


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, indexed by source row."""
    part = truth.loc[truth["source"] == source].copy()
    part.index = part["source_row"].astype(int)
    return part


def _csv(path: Path, sep: str, encoding: str) -> pd.DataFrame:
    """A CSV as text cells, indexed by source row (header = row 1)."""
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_py", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_py", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind439(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_each_desk_plants_its_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: set(";".join(tags[truth["source"] == s]).split(";")) for s in NAMES}
    assert {"count_word", "demonym", "date_en_long", "month_only"} <= by_source[NAMES[0]]
    assert {"mojibake", "quarter_only", "decimal_comma", "date_dmy2"} <= by_source[NAMES[1]]
    assert {"date_excel", "coords_dms", "iso2", "country_no_accent"} <= by_source[NAMES[2]]
    assert {"date_serial", "date_mx_short", "sex_letter_hm", "iso3"} <= by_source[NAMES[3]]
    assert {"iso_numeric", "iso2", "quarter_only", "month_only"} <= by_source[NAMES[4]]
    every = set().union(*by_source.values())
    assert {"country_typo", "country_alias", "na_word", "thousands_sep"} <= every


# --------------------------------------------------------------------------------------
# Cineworld (UK): English, UTF-8 with BOM, comma
# --------------------------------------------------------------------------------------
def test_cineworld_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["cineworld_safeguarding"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Concern Ref,Date of Incident,Concern Type,")
    frame = _csv(path, ",", "utf-8-sig")
    rows = _rows(truth, "cineworld_safeguarding")
    kept = rows.index[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept, "Date of Incident"]
    long_ = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d")
    dmy = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d")
    assert (long_ | dmy | month).all()
    assert long_.mean() > 0.6
    # day first: 07/05/2023 is 7 May
    for row in dmy[dmy].index:
        assert pd.Timestamp(rows.loc[row, "event_date"]) == pd.to_datetime(
            dates[row], format="%d/%m/%Y"
        )
    assert frame["Route Taken (if known)"].str.contains(" > ").any()
    assert frame["No. of Suspected Perpetrators"].isin(["Nil", "None"]).any()
    assert frame["No. of Individuals"].isin(["one", "two", "three", "four", "five"]).any()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Albanian", "Eritrean"]).any()
    # "M" is Male on this English form
    m_rows = frame.index[frame["Sex"] == "M"].intersection(kept)
    assert len(m_rows) > 0
    assert (rows.loc[m_rows, "gender"] == "male").all()


# --------------------------------------------------------------------------------------
# Pathé (France): French, cp1252, semicolon, CRLF
# --------------------------------------------------------------------------------------
def test_pathe_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["pathe_surete"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° fiche;Date des faits;Nature des faits;")
    assert "Ã©" in text  # a batch pasted from a UTF-8 web form
    frame = _csv(path, ";", "cp1252")
    rows = _rows(truth, "pathe_surete")
    kept = rows.index[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept, "Date des faits"]
    full = dates.str.fullmatch(r"\d\d/\d\d/(20)?\d\d")
    quarter = dates.str.fullmatch(r"T[1-4] 20\d\d")
    month = dates.str.fullmatch(r"[a-zéû]+ 20\d\d")
    assert (full | quarter | month).all()
    assert quarter.any()
    assert month.any()
    for row in quarter[quarter].index:
        q, year = dates[row][1], dates[row][3:]
        start = pd.Period(f"{year}Q{q}").start_time
        assert pd.Timestamp(rows.loc[row, "event_date"]) == start
    lat = frame.loc[kept, "Latitude"]
    assert lat[lat != ""].str.fullmatch(r"-?\d+,\d{5}").all()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert frame["Majeur/mineur"].eq("MNA").any() or frame["Majeur/mineur"].eq("mineur(s)").any()


# --------------------------------------------------------------------------------------
# Cinesa (Spain): Spanish workbook
# --------------------------------------------------------------------------------------
def test_cinesa_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["cinesa_seguridad"], read_only=True)
    sheet = book.worksheets[0]
    rows_ = [list(r) for r in sheet.iter_rows(values_only=True)]
    width = max(len(r) for r in rows_)
    cells = [r + [None] * (width - len(r)) for r in rows_]  # read-only drops trailing blanks
    header = cells[0]
    assert header[:3] == ["Nº expediente", "Fecha del incidente", "Tipo de delito"]
    rows = _rows(truth, "cinesa_seguridad")
    date_col = header.index("Fecha del incidente")
    coord_col = header.index("Coordenadas")
    kinds = {"excel": 0, "text_day": 0, "month": 0}
    for row in rows.index[rows["expected_status"] != "quarantine"]:
        value = cells[row - 1][date_col]
        expected = pd.Timestamp(rows.loc[row, "event_date"])
        if isinstance(value, datetime):
            kinds["excel"] += 1
            assert pd.Timestamp(value) == expected
        elif re.fullmatch(r"\d\d/\d\d/20\d\d", str(value)):
            kinds["text_day"] += 1
            assert pd.to_datetime(value, format="%d/%m/%Y") == expected
        else:
            kinds["month"] += 1
            assert re.fullmatch(r"[a-z]+ 20\d\d", str(value)), value
            assert expected.day == 1
    assert min(kinds.values()) > 0
    assert kinds["excel"] > kinds["text_day"]
    coords = [c[coord_col] for c in cells[1:] if isinstance(c[coord_col], str)]
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", c) for c in coords)
    assert any("°" in c and c.endswith(("E", "W")) for c in coords)
    assert any(r[0] == "Total general" for r in cells)


# --------------------------------------------------------------------------------------
# Cinépolis (Mexico; US and Panama complexes): UTF-16, tab
# --------------------------------------------------------------------------------------
def test_cinepolis_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["cinepolis_seguridad"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text" export
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Folio", "Fecha del evento", "Delito"]
    frame = _csv(path, "\t", "utf-16")
    rows = _rows(truth, "cinepolis_seguridad")
    kept = rows.index[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept, "Fecha del evento"]
    serial = dates.str.fullmatch(r"4\d{4}")
    assert serial.any()
    for row in serial[serial].index:
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(dates[row]))
        assert pd.Timestamp(rows.loc[row, "event_date"]) == day
    short = dates.str.fullmatch(r"\d\d-[a-z]{3}-20\d\d")
    assert short.any()
    # "M" is Mujer, "H" Hombre on this Mexican form
    sex = frame.loc[kept, "Sexo"]
    assert (rows.loc[sex.index[sex == "M"], "gender"] == "female").all()
    assert (rows.loc[sex.index[sex == "H"], "gender"] == "male").all()
    assert (sex == "M").any()
    countries = pd.concat([frame["País de destino"], frame["País donde se detectó"]])
    assert countries.isin(["EUA", "EE. UU.", "EEUU"]).any()
    assert countries.isin(["USA", "PAN"]).any()
    assert frame["Grupo de edad"].str.contains("NNA").any()


# --------------------------------------------------------------------------------------
# UNIC (Brussels): English JSON lines compilation
# --------------------------------------------------------------------------------------
def test_unic_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["unic_safeguarding"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_id", "date", "category"]
    rows = _rows(truth, "unic_safeguarding")
    assert len(records) == len(rows)
    kept = rows.index[rows["expected_status"] != "quarantine"]
    dates = pd.Series([records[i - 1]["date"] for i in kept], index=kept)
    assert dates.str.fullmatch(r"20\d\d-\d\d(-\d\d)?|20\d\d-Q[1-4]").all()
    assert dates.str.fullmatch(r"20\d\d-Q[1-4]").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    detection = {r["country_of_detection"] for r in records if r.get("country_of_detection")}
    assert {"ITA", "GRC", "HRV", "POL"} & detection
    assert detection & {"380", "300", "191", "616"}  # numeric codes
    located = [r["location"] for r in records if r.get("location")]
    assert all(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}", x) for x in located)
    # first lines of the future: a mistyped century is quarantined, not kept
    future = rows.index[rows["expected_reason"] == "future_date"]
    assert all(records[i - 1]["date"] >= "2100" for i in future)
