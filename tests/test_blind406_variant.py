"""The examiner's held-out sample set ``blind406`` (files ``*_or.*``).

Five private security sources never used before: Corps Security's control room (UK),
Fiducial Sécurité's PC sécurité (France), Trablisa's central receptora de alarmas
(Spain), the Cámara Panameña de Seguridad Privada's consolidated novedades (Panama)
and Atalian's group security desk (compilation). These tests check what the set
promises: its files, its truth, and that the bytes show each agency's habits. None of
them cleans or scores.
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

VARIANT = "blind406"
SEED = 406
N_EVENTS = 1500
SMALL_SEED = 4061
SMALL_EVENTS = 400
SOURCES = (
    "corps_security_control",
    "fiducial_securite_pc",
    "trablisa_cra",
    "capasep_novedades",
    "atalian_group_security",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees: a cell rounded to 4 decimals, or to a tenth of a second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """Cells of a CSV as text, row for row (an empty row kept), with ``source_row``."""
    frame = pd.read_csv(
        path,
        encoding=encoding,
        sep=sep,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    return frame.assign(source_row=[str(i + 2) for i in range(len(frame))])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_or", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_or", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small_paths, SOURCES, small)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_and_bad_rows(truth: pd.DataFrame) -> None:
    by_file = truth.groupby("source_file")["expected_status"]
    assert all(by_file.apply(lambda s: (s == "record").sum() > 20))
    assert all(by_file.apply(lambda s: (s == "quarantine").sum() >= 2))
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"corps_security_control_or.csv"}


# --------------------------------------------------------------------------------------
# Corps Security (UK): UTF-8 with BOM, ",", control-room words
# --------------------------------------------------------------------------------------
def test_corps_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["corps_security_control"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Incident No.,Date/Time of Occurrence,Incident Category")
    cells = _csv(paths["corps_security_control"], "utf-8-sig", ",")
    dates = cells["Date/Time of Occurrence"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert {"Clandestine entrants", "Modern slavery"} <= set(cells["Incident Category"])
    assert {"Afghan", "Vietnamese"} & set(cells["Nationality (as stated)"])
    assert "Scotland" in set(cells["Site Country"])
    assert cells["Route Travelled"].str.contains(" > ").any()
    assert cells["Site GPS (lat, long)"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert {"nil", "none", "Nil"} & set(cells["Suspects / Drivers Detained"])
    words = {"one", "two", "three", "four", "five", "One", "Two", "Three", "Four", "Five"}
    assert words & set(cells["No. of Persons Found"])
    # a written number of persons is the number the truth expects
    rows = _rows_of(truth, "corps_security_control_or.csv")
    merged = rows.merge(cells, on="source_row")
    worded = merged.loc[merged["tags"].str.contains("count_word") & merged["n_persons"].notna()]
    numbers = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five"))}
    got = worded["No. of Persons Found"].str.lower().map(numbers)
    assert len(worded) > 0
    assert (got.astype(str) == worded["n_persons"]).all()


# --------------------------------------------------------------------------------------
# Fiducial Sécurité (France): cp1252, ";", CRLF, main-courante habits
# --------------------------------------------------------------------------------------
def test_fiducial_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["fiducial_securite_pc"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° main courante;Date des faits;Nature des faits")
    cells = _csv(paths["fiducial_securite_pc"], "cp1252", ";")
    dates = cells["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} à \d\dh\d\d").any()
    assert cells["Latitude"].str.fullmatch(r"\d+,\d{4,5}").any()
    assert {"néant", "aucun"} & set(cells["Nb de passeurs / auteurs signalés"])
    countries = set(cells["Pays d'origine"]) | set(cells["Nationalité déclarée"])
    assert {"ERYTHREE", "ÉRYTHRÉE", "AFGHANISTAN", "IRAK"} & countries
    assert {"afghane", "Afghane", "irakienne", "Irakienne"} & countries
    # decimal commas read as the truth says
    rows = _rows_of(truth, "fiducial_securite_pc_or.csv").merge(cells, on="source_row")
    placed = rows.loc[rows["tags"].str.contains("decimal_comma") & rows["lat"].notna()]
    lat = placed["Latitude"].str.replace(",", ".").astype(float)
    assert len(placed) > 0
    assert ((lat - placed["lat"].astype(float)).abs() < 1e-9).all()


# --------------------------------------------------------------------------------------
# Trablisa (Spain): a workbook with Excel date-times, V/M, mojibake
# --------------------------------------------------------------------------------------
def test_trablisa_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["trablisa_cra"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Nº Incidencia", "Fecha/Hora", "Tipo de hecho")
    dates = [r[1] for r in body]
    stamped = [d for d in dates if isinstance(d, datetime)]
    assert len(stamped) > 0.7 * len(body)
    assert any(d.hour or d.minute for d in stamped)  # the CRA logs the time of the alarm
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(r[4], int) for r in body)
    texts = " ".join(str(v) for r in body for v in r if isinstance(v, str))
    assert "Ã" in texts  # rows imported from the alarm software as mojibake
    assert "MENA" in texts
    assert "Patera" in texts or "Cayuco" in texts
    # "M" is mujer in this file
    expected = _rows_of(truth, "trablisa_cra_or.xlsx").set_index("source_row")
    sexo = {str(i + 2): r[6] for i, r in enumerate(body)}
    m_rows = [k for k, v in sexo.items() if v == "M" and k in expected.index]
    v_rows = [k for k, v in sexo.items() if v == "V" and k in expected.index]
    assert m_rows
    assert v_rows
    assert set(expected.loc[m_rows, "gender"].dropna()) == {"female"}
    assert set(expected.loc[v_rows, "gender"].dropna()) == {"male"}


# --------------------------------------------------------------------------------------
# Capasep (Panama): UTF-16, tab, serial dates, degrees-minutes-seconds
# --------------------------------------------------------------------------------------
def _dms(text: str) -> tuple[float, float]:
    parts = re.findall(r"(\d+)°(\d+)'([\d.]+)\"([NSEW])", text)
    out = []
    for deg, minutes, sec, hemi in parts:
        value = int(deg) + int(minutes) / 60 + float(sec) / 3600
        out.append(-value if hemi in "SW" else value)
    return out[0], out[1]


def test_capasep_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["capasep_novedades"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["No. Novedad", "Fecha", "Tipo de novedad"]
    cells = _csv(paths["capasep_novedades"], "utf-16", "\t")
    dates = cells["Fecha"]
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"[a-z]+ \d{4}").any()  # month only
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    assert "NNA" in set(cells["Edad"])
    assert {"venezolanos", "Venezolanos"} & set(cells["Nacionalidad"])
    rows = _rows_of(truth, "capasep_novedades_or.csv").merge(cells, on="source_row")
    # a serial is the day the truth expects
    serial = rows.loc[rows["tags"].str.contains("excel_serial") & rows["event_date"].notna()]
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha"].astype(int), unit="D")
    assert len(serial) > 0
    assert (days.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    # degrees, minutes and seconds read as the truth says
    placed = rows.loc[rows["tags"].str.contains("dms") & rows["lat"].notna()]
    assert len(placed) > 0
    coords = zip(placed["Coordenadas del puesto"], placed["lat"], placed["lon"], strict=True)
    for cell, lat, lon in coords:
        got_lat, got_lon = _dms(cell)
        assert abs(got_lat - float(lat)) < 1e-5
        assert abs(got_lon - float(lon)) < 1e-5
    # "M" is masculino in this file
    m_rows = rows.loc[(rows["Sexo"] == "M") & rows["gender"].notna()]
    assert set(m_rows["gender"]) == {"male"}


# --------------------------------------------------------------------------------------
# Atalian (compilation): JSON lines, codes of several systems, partial dates
# --------------------------------------------------------------------------------------
def test_atalian_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["atalian_group_security"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert {"incident_id", "reported_on", "persons_involved", "transit"} <= set(records[0])
    dates = pd.Series([r["reported_on"] for r in records], dtype=object).dropna().astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    nat = pd.Series([r["nationality"] for r in records], dtype=object).dropna().astype(str)
    assert nat.str.fullmatch(r"[A-Z]{3}").any()
    assert nat.str.fullmatch(r"[A-Z]{2}").any()
    assert nat.str.fullmatch(r"\d{3}").any()
    assert {"IT", "GR", "HR", "PL", "US"} <= {r["country"] for r in records}
    transit = [r["transit"] for r in records if isinstance(r["transit"], str)]
    assert any(re.fullmatch(r"[A-Z]{2,3}(,[A-Z]{2,3})+", t) for t in transit)
    # partial dates expect the start of their month or quarter
    rows = _rows_of(truth, "atalian_group_security_or.jsonl")
    quarter = rows.loc[rows["tags"].str.contains("quarter_only")]
    assert len(quarter) > 0
    assert set(quarter["date_precision"].dropna()) == {"quarter"}
    month = rows.loc[rows["tags"].str.contains("month_only")]
    assert set(month["date_precision"].dropna()) == {"month"}
