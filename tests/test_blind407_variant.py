"""The examiner set ``blind407`` (files ``*_os.*``): what the set promises, byte by byte.

Five bakery compliance desks (Hovis, Brioche Pasquier, Europastry, Grupo Bimbo, EFFAT):
these tests check the files and their truth, never the cleaner.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind407"
SEED = 407
N_EVENTS = 1500
SMALL_SEED = 4071
SMALL_EVENTS = 400
SOURCES = (
    "hovis_ethical_trade",
    "pasquier_conformite_sociale",
    "europastry_cumplimiento",
    "bimbo_linea_etica",
    "effat_food_casework",
)
#: Fields every kept row expects exactly as the event has them.
FIELDS = ("crime_type", "exploitation", "transit_countries", "linked_offences")
#: Coordinates are written to 4 or 5 decimals.
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth's rows of one source, indexed by source row."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by the row number a person counts (header 1)."""
    frame = pd.read_csv(
        path,
        encoding=encoding,
        sep=sep,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, len(frame) + 2)
    return frame


def _event_rows(rows: pd.DataFrame) -> pd.Index:
    return rows.index[rows["event_id"].notna() & rows["expected_status"].ne("quarantine")]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_os", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_os", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"].eq("record")]
    assert set(kept["source"]) == set(SOURCES)  # every desk reports events


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_origin_and_destination_blank_only_when_written_so(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col


# --------------------------------------------------------------------------------------
# Hovis: an Excel case log in English
# --------------------------------------------------------------------------------------
def test_hovis_is_an_excel_case_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["hovis_ethical_trade"], read_only=True)
    cells = list(book.active.iter_rows(values_only=True))
    header = list(cells[0])
    assert header[:4] == ["Case ref", "Date identified", "Issue type", "Exploitation type"]
    assert "Country where identified" in header
    assert "Site latitude" in header
    rows = _rows_of(truth, "hovis_ethical_trade")
    events = _event_rows(rows)
    date = {r: cells[r - 1][1] for r in events}
    kinds = {type(v).__name__ for v in date.values()}
    assert {"datetime", "int", "str"} <= kinds  # real dates, pasted serials, typed text
    for r, v in date.items():
        if isinstance(v, int):  # an Excel serial number of the expected day
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=v)
            assert day == pd.Timestamp(rows.loc[r, "event_date"])
    assert any(isinstance(v, str) and re.fullmatch(r"Q[1-4] 20\d\d", v) for v in date.values())
    counts = [cells[r - 1][4] for r in events]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)  # numbers, not text
    nat = {cells[r - 1][8] for r in events}
    assert {"Vietnamese", "Afghan"} & nat  # nationalities as demonyms
    assert any(isinstance(v, str) and " > " in v for v in (cells[r - 1][12] for r in events))


def test_hovis_words_mean_one_thing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["hovis_ethical_trade"], read_only=True)
    cells = list(book.active.iter_rows(values_only=True))
    rows = _rows_of(truth, "hovis_ethical_trade")
    pairs = {(cells[r - 1][3], rows.loc[r, "exploitation"]) for r in _event_rows(rows)}
    assert ("Debt bondage", "forced_labour") in pairs
    assert ("Cannabis cultivation", "forced_criminality") in pairs
    words = [w for w, c in pairs if isinstance(w, str) and isinstance(c, str)]
    assert len(words) == len(set(words))  # each word one canonical value


# --------------------------------------------------------------------------------------
# Brioche Pasquier: cp1252, ";", decimal commas, French
# --------------------------------------------------------------------------------------
def test_pasquier_bytes(paths: dict[str, Path]) -> None:
    raw = paths["pasquier_conformite_sociale"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° alerte;Date du constat;Qualification;")
    assert "\r\n" in text
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarters, French style
    assert re.search(r";5[01],\d{5};[0-9],\d{5};", text)  # decimal commas (Calais, Dunkerque)
    assert "Ã" in text  # rows pasted from a UTF-8 tool
    assert "Servitude pour dettes" in text or "Travail forcé" in text


def test_pasquier_truth_reads_the_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["pasquier_conformite_sociale"], "cp1252", ";")
    rows = _rows_of(truth, "pasquier_conformite_sociale")
    events = _event_rows(rows)
    lat = frame.loc[events, "Latitude"].str.replace(",", ".")
    written = pd.to_numeric(lat.where(lat.ne("")), errors="coerce")
    expected = pd.to_numeric(rows.loc[events, "lat"])
    both = written.notna() & expected.notna()
    assert both.sum() > 0
    assert ((written[both] - expected[both]).abs() < 1e-9).all()
    assert (written.isna() == expected.isna()).all()
    crime = frame.loc[events, "Qualification"].str.strip().str.lower()
    smuggling = crime.str.startswith("aide à l'entrée")
    assert (rows.loc[events][smuggling]["crime_type"] == "smuggling").all()


# --------------------------------------------------------------------------------------
# Europastry: UTF-8 with BOM, ";", one coordinates cell, Spanish
# --------------------------------------------------------------------------------------
def test_europastry_bytes(paths: dict[str, Path]) -> None:
    raw = paths["europastry_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Nº expediente;Fecha de detección;Tipología;")
    assert re.search(r'"\d\d,\d{5}; -?\d{1,2},\d{5}"', text)  # "36,83121; -2,45873"
    assert re.search(r";\d\d-[a-z]{3}-20\d\d;", text)  # 17-may-2023
    assert re.search(r";[1-4]T 20\d\d;", text)  # 2T 2023
    assert re.search(r";(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
                     r"|octubre|noviembre|diciembre) 20\d\d;", text)  # fmt: skip
    assert "Cayuco" in text
    assert "Patera" in text


def test_europastry_counts_and_places(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["europastry_cumplimiento"], "utf-8-sig", ";")
    rows = _rows_of(truth, "europastry_cumplimiento")
    events = _event_rows(rows)
    count = frame.loc[events, "Nº personas afectadas"]
    big = count.str.fullmatch(r"\d{1,2}\.\d{3}")
    assert big.any()  # thousands written with a dot
    assert (count[big].str.replace(".", "").astype(int) == rows.loc[events][big]["n_persons"]
            .astype(int)).all()  # fmt: skip
    placeholder = frame.loc[events, "Coordenadas"].eq("s/d")
    assert placeholder.any()
    assert rows.loc[events][placeholder]["lat"].isna().all()


# --------------------------------------------------------------------------------------
# Grupo Bimbo: UTF-16 tab-separated, Spanish of Mexico, SAP country keys
# --------------------------------------------------------------------------------------
def test_bimbo_bytes(paths: dict[str, Path]) -> None:
    raw = paths["bimbo_linea_etica"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian with its BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Folio", "Fecha de detección", "Tipo de caso"]
    assert re.search(r"\t\d,\d{3}\t", text)  # 1,352 persons
    assert re.search(r"\t3\d\.\d{5}\t-1\d\d\.\d{5}\t", text)  # decimal points (Sonora)


def test_bimbo_truth_reads_the_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["bimbo_linea_etica"], "utf-16", "\t")
    rows = _rows_of(truth, "bimbo_linea_etica")
    events = _event_rows(rows)
    key = frame.loc[events, "Clave país planta"]
    assert set(key) == {"US", "PA"}
    assert (rows.loc[events, "detection_country"] == key.map({"US": "USA", "PA": "PAN"})).all()
    nat = frame.loc[events, "Nacionalidad"].str.strip().str.lower()
    expected = rows.loc[events, "nationality"]
    demonyms = {"hondureña": "HND", "venezolana": "VEN", "mexicana": "MEX", "haitiana": "HTI"}
    hit = nat.isin(list(demonyms))
    assert hit.sum() > 10
    assert (expected[hit] == nat[hit].map(demonyms)).all()
    crime = frame.loc[events, "Tipo de caso"].str.strip()
    mexican = crime.str.fullmatch("(?i)tráfico de personas")  # smuggling in Mexican law
    assert mexican.any()
    assert (rows.loc[events][mexican]["crime_type"] == "smuggling").all()
    dest = frame.loc[events, "País destino"].str.strip()
    assert dest.isin(["EUA", "E.U.A.", "EE.UU."]).any()
    assert (rows.loc[events][dest.isin(["EUA", "E.U.A."])]["destination_country"] == "USA").all()
    assert frame.loc[events, "Grupo de edad"].str.contains("NNA").any()


# --------------------------------------------------------------------------------------
# EFFAT: JSON lines, ISO codes, English
# --------------------------------------------------------------------------------------
def test_effat_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["effat_food_casework"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_no", "date_identified", "case_type"]
    assert len(records) == truth["source"].eq("effat_food_casework").sum()
    dates = [r["date_identified"] for r in records if isinstance(r["date_identified"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)  # month only
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)  # quarter only
    countries = {r["country"] for r in records if r["country"]}
    assert {"ITA", "GRC", "HRV", "POL"} <= countries
    assert any(isinstance(r["transit"], str) and ";" in r["transit"] for r in records)
    assert any(isinstance(r["workers_involved"], int) for r in records)
    rows = _rows_of(truth, "effat_food_casework")
    for i, rec in enumerate(records, start=1):  # a month-only date expects its month
        d = rec["date_identified"]
        kept = rows.loc[i, "expected_status"] != "quarantine"
        if isinstance(d, str) and re.fullmatch(r"20\d\d-\d\d", d) and kept:
            assert rows.loc[i, "event_date"] == d + "-01"
            assert rows.loc[i, "date_precision"] == "month"


def test_every_desk_plants_its_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = tags.groupby(truth["source"]).agg(";".join)
    assert "mojibake:" in by_source["pasquier_conformite_sociale"]
    assert "demonym:nationality" in by_source["bimbo_linea_etica"]
    assert "date_serial" in by_source["hovis_ethical_trade"]
    assert "coords_placeholder" in by_source["europastry_cumplimiento"]
    assert "iso3:detection_country" in by_source["effat_food_casework"]
    debt = tags.str.contains("debt_bondage") & truth["expected_status"].ne("quarantine")
    assert debt.any()
    assert (truth.loc[debt, "exploitation"] == "forced_labour").all()
