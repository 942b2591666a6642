"""The examiner's held-out set ``blind227`` (files ``*_hu.*``): what the set promises.

These tests check the files and their ground truth only; none of them cleans or scores.
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind227"
SEED = 227
N_EVENTS = 1500
SMALL_SEED = 2271
SMALL_EVENTS = 400
SOURCES = (
    "brp_prefecture_police",
    "eas_inspectorate_uk",
    "emume_guardia_civil",
    "inamu_panama",
    "ocn_interpol_mexico",
)
# fields every kept row gives exactly as the event has them
FIELDS = ("crime_type",)
TOLERANCE = 0.01


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hu", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_hu", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_of_its_own(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() >= 20, source


def test_every_bad_kind_and_repeat_where_promised(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"eas_inspectorate_uk", "inamu_panama"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) == {"brp_prefecture_police", "emume_guardia_civil", "ocn_interpol_mexico"}
    # only CSV files have an empty row; the JSON lines export has no note row
    empty = truth.loc[truth["expected_reason"] == "empty_row", "source"]
    assert set(empty) == {"brp_prefecture_police", "emume_guardia_civil", "inamu_panama"}
    notes = truth.loc[truth["expected_reason"] == "no_content", "source"]
    assert "ocn_interpol_mexico" not in set(notes)


# --------------------------------------------------------------------------------------
# Paris vice squad: French, cp1252, ';', CRLF, demonyms, mojibake
# --------------------------------------------------------------------------------------
def test_brp_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["brp_prefecture_police"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° procédure;Date des faits;Qualification retenue;")
    assert "\r\n" in text
    assert "\u00c3" in text  # UTF-8 pasted into a cp1252 file: mojibake
    frame = _csv(paths["brp_prefecture_police"], "cp1252", ";")
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.contains(r"^(?:1er|\d{1,2}) [a-zéû]+ \d{4}$").any()
    nat = frame["Nationalité"].str.strip()
    assert nat.isin(["afghan", "afghane", "érythréen", "érythréenne", "irakien"]).any()
    assert frame["Qualification retenue"].str.contains("CESEDA").any()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()
    brp = _rows(truth, "brp_prefecture_police")
    tags = tags_of(truth).loc[brp.index]
    assert tags.str.contains("mojibake:").any()
    events = brp["event_id"].notna()
    assert tags[events].str.contains("coords_missing|blank_coordinates").all()  # no position


# --------------------------------------------------------------------------------------
# UK inspectorate: XLSX with real and typed dates, routes with '>', one lat/long cell
# --------------------------------------------------------------------------------------
def test_eas_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["eas_inspectorate_uk"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Case ID", "Date of visit / detection", "Offence category")
    body = rows[1:]
    col = header.index("Date of visit / detection")
    kinds = {type(r[col]).__name__ for r in body}
    assert {"datetime", "str"} <= kinds
    typed = [r[col] for r in body if isinstance(r[col], str)]
    assert any(re.fullmatch(r"(?:Q[1-4]|[A-Z][a-z]+) 20\d\d", t) for t in typed)  # partial
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", t) for t in typed)
    counts = [r[header.index("No. of workers/persons")] for r in body]
    assert any(isinstance(c, int) for c in counts)
    routes = [r[header.index("Route (transit)")] for r in body]
    assert any(isinstance(r, str) and " > " in r for r in routes)
    pairs = [r[header.index("Lat/Long")] for r in body if r[header.index("Lat/Long")]]
    assert all(re.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+", p) for p in pairs)


# --------------------------------------------------------------------------------------
# Guardia Civil EMUME: UTF-8 with BOM, ';', decimal commas, degrees and minutes
# --------------------------------------------------------------------------------------
def test_emume_bytes(paths: dict[str, Path]) -> None:
    raw = paths["emume_guardia_civil"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["emume_guardia_civil"], "utf-8-sig", ";")
    assert frame.columns[:2].tolist() == ["Nº Atestado", "Fecha hechos"]
    lat = frame["Latitud"]
    assert lat.str.fullmatch(r"\d\d,\d{5}").any()
    assert lat.str.fullmatch(r"\d\dº \d\d,\d' [NS]").any()
    assert frame["Longitud"].str.fullmatch(r"0\d\dº \d\d,\d' [EW]").any()
    assert frame["Nº víctimas/migrantes"].str.fullmatch(r"\d{1,2}\.\d{3}").any()
    dates = frame["Fecha hechos"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}|\dº trimestre \d{4}").any()
    assert frame["Medio de transporte"].str.strip().isin(["Cayuco", "Patera"]).any()
    assert frame["Finalidad de explotación"].str.contains("club", case=False).any()


# --------------------------------------------------------------------------------------
# INAMU Panama: UTF-16 tab-separated "Unicode text", Excel serials, capitals, NNA
# --------------------------------------------------------------------------------------
def test_inamu_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["inamu_panama"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = _csv(paths["inamu_panama"], "utf-16", "\t")
    assert "Cantidad de personas" in frame.columns
    assert "latitud" not in [c.lower() for c in frame.columns]
    dates = frame["Fecha de atención"]
    serial = dates.str.fullmatch(r"4[4-5]\d{3}")
    assert serial.mean() > 0.1
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"(?:I|II|III|IV) trimestre \d{4}|[a-z]+/\d{4}").any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["País donde se detectó"].str.isupper().mean() > 0.3
    inamu = _rows(truth, "inamu_panama")
    tags = tags_of(truth).loc[inamu.index]
    assert tags[inamu["event_id"].notna()].str.contains("blank_n_suspects").all()  # not counted


# --------------------------------------------------------------------------------------
# INTERPOL Mexico: JSON lines, ISO codes (alpha-3, alpha-2, numeric), H/M for sex
# --------------------------------------------------------------------------------------
def test_ocn_lines(paths: dict[str, Path]) -> None:
    lines = paths["ocn_interpol_mexico"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all("folio" in r and "fecha_evento" in r for r in records)
    countries = [r["pais_deteccion"] for r in records if r["pais_deteccion"]]
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in countries)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in countries)
    assert any(re.fullmatch(r"\d{3}", c) for c in countries)
    assert {"H", "M"} <= {r["sexo"] for r in records}
    dates = [r["fecha_evento"] for r in records if r["fecha_evento"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-T[1-4]", d) for d in dates)
    assert any(isinstance(r["num_personas"], int) for r in records)
    assert any(isinstance(r["latitud"], float) for r in records)
    assert any(r["delito"] == "Tráfico de personas" for r in records)


def test_sex_letters_mean_what_each_agency_means(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    """'M' is a man in the UK file and a woman (mujer) in the Mexican one."""
    lines = paths["ocn_interpol_mexico"].read_text(encoding="utf-8").splitlines()
    ocn = _rows(truth, "ocn_interpol_mexico").reset_index(drop=True)
    sexo = pd.Series([json.loads(line)["sexo"] for line in lines])
    sexo = sexo.where(ocn["expected_status"] != "quarantine")
    assert (ocn.loc[sexo == "M", "gender"] == "female").all()
    assert (ocn.loc[sexo == "H", "gender"] == "male").all()
    book = load_workbook(paths["eas_inspectorate_uk"])
    rows = list(book.active.iter_rows(values_only=True))
    sex = pd.Series([r[rows[0].index("Sex")] for r in rows[1:]])
    eas = _rows(truth, "eas_inspectorate_uk").reset_index(drop=True)
    sex = sex.where(eas["expected_status"] != "quarantine")
    assert (eas.loc[sex == "M", "gender"] == "male").all()
    assert (eas.loc[sex == "F", "gender"] == "female").all()
