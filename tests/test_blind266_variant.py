"""The examiner set ``blind266`` (files ``*_jh.*``): education child-protection leads.

These tests check what the set promises (files, truth, and each agency's habits in the
bytes); none of them cleans or scores.
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

VARIANT = "blind266"
SEED = 266
N_EVENTS = 1500
SMALL_SEED = 2661
SMALL_EVENTS = 400

KCC = "kcc_education_safeguarding_jh"
LILLE = "ac_lille_ssfe_jh"
MEDUCA = "meduca_darien_jh"
SONORA = "sec_sonora_convivencia_jh"
MCE = "missing_children_europe_jh"
SOURCES = (KCC, LILLE, MEDUCA, SONORA, MCE)
#: Fields every row gives as the event has them (no source leaves them out).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jh", n_events=N_EVENTS)


def test_small_set_keeps_every_promise(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_jh", n_events=SMALL_EVENTS)
    rows = _truth(small)
    for source in SOURCES:  # every source reports events of its own
        assert rows.loc[rows["source"] == source, "event_id"].notna().any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_linked_offences_only_where_the_agency_records_them(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    offences = dict(zip(events["event_id"], events["linked_offences"], strict=True))
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    for source in SOURCES:
        rows = ok.loc[ok["source"] == source]
        if source in (LILLE, MEDUCA):  # no column for linked offences
            assert rows["linked_offences"].isna().all(), source
        else:
            want = rows["event_id"].map(offences)
            assert rows["linked_offences"].fillna("").eq(want.fillna("")).all(), source


def test_every_source_plants_habits_and_bad_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source in SOURCES:
        mine = tags[truth["source"] == source]
        assert mine.str.contains("partial_date").any(), source
        assert mine.str.len().gt(0).mean() > 0.3, source
    reasons = set(truth.loc[truth["expected_status"] == "quarantine", "expected_reason"])
    assert {"empty_row", "no_content", "no_date"} <= reasons


# --------------------------------------------------------------------------------------
# Kent County Council: CPOMS export, UTF-8 with BOM, commas, UK dates, demonyms
# --------------------------------------------------------------------------------------
def test_kcc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[KCC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths[KCC], "utf-8-sig", ",")
    assert list(frame.columns[:4]) == [
        "CPOMS Ref",
        "Date/Time of Incident",
        "Concern Type",
        "Form of Exploitation",
    ]
    dates = frame["Date/Time of Incident"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").mean() > 0.4
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()  # "17 May 2023"
    assert frame["Nationality"].isin(["Afghan", "Iranian", "Iraqi", "Eritrean"]).any()
    assert frame["Nationality"].eq("Kurdish").any()
    assert frame["Journey Route"].str.contains(" > ").any()
    assert frame["Age Band"].isin(["Age disputed", "Age assessment pending"]).any()
    assert frame["Form of Exploitation"].isin(["CCE", "CSE"]).any()
    assert frame["CPOMS Ref"].str.fullmatch(r"ESS/20\d\d/\d{4}").mean() > 0.9
    rows = _rows_of(truth, KCC).assign(n=lambda t: t["source_row"].astype(int))
    rows = rows.sort_values("n").reset_index(drop=True)
    assert len(rows) == len(frame)
    kurdish = rows.loc[frame["Nationality"].eq("Kurdish").to_numpy()]
    assert kurdish["nationality"].isna().all()  # "Kurdish" names no one country


# --------------------------------------------------------------------------------------
# Académie de Lille: cp1252, semicolons, French wording, mojibake, decimal commas
# --------------------------------------------------------------------------------------
def test_lille_bytes(paths: dict[str, Path]) -> None:
    raw = paths[LILLE].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    frame = _csv(paths[LILLE], "cp1252", ";")
    assert frame.columns[0] == "N° de fiche"
    assert "Nb de personnes concernées" in frame.columns
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    text = _text(paths[LILLE], "cp1252")
    assert "Ã" in text  # UTF-8 pasted into a cp1252 file
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}").any()
    assert frame["Nationalité"].isin(["afghane", "irakienne", "iranienne"]).any()
    assert frame["Majeur / mineur"].isin(["MNA", "Mineur(s)", "Mineur non accompagné"]).any()
    assert frame["Nb d'auteurs présumés"].str.strip().str.lower().eq("aucun").any()
    counts = frame["Nb de personnes concernées"]
    assert counts.str.fullmatch(r"\d+ (mineurs?|personnes?)").any()  # "41 personnes"


# --------------------------------------------------------------------------------------
# MEDUCA Darién: UTF-16 tab-separated text, d/m/yyyy, DMS points with O (oeste)
# --------------------------------------------------------------------------------------
def test_meduca_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MEDUCA].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    frame = _csv(paths[MEDUCA], "utf-16", "\t")
    assert frame.columns[0] == "N° de caso"
    dates = frame["Fecha del hecho"]
    assert dates.str.fullmatch(r"\d/\d{1,2}/20\d\d|\d{1,2}/\d/20\d\d").any()  # no zero padding
    coords = frame["Coordenadas GPS"]
    assert coords.str.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"O").mean() > 0.7
    assert frame["Grupo etario"].isin(["NNA", "Adultos y NNA"]).any()
    assert frame["Nacionalidad"].str.strip().str.lower().eq("venezolana").any()
    big = _rows_of(truth, MEDUCA)["messiness"].fillna("").str.contains("thousands")
    if big.any():
        assert frame["Total de personas"].str.fullmatch(r"\d,\d{3}").any()


# --------------------------------------------------------------------------------------
# SEC Sonora: workbook with Excel dates, serials, typed dates, capitals, H/M
# --------------------------------------------------------------------------------------
def test_sonora_cells(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[SONORA]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Folio", "Fecha de detección", "Delito"]
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha de detección"]] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d-[A-Z]{3}-20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[A-Z]+ DE 20\d\d", d) for d in typed)
    sexes = {r[col["Sexo"]] for r in rows[1:]}
    assert {"H", "M"} <= sexes  # M = mujer in Mexican forms
    crimes = {r[col["Delito"]] for r in rows[1:]}
    assert "TRAFICO DE INDOCUMENTADOS" in crimes or "Tráfico de indocumentados" in crimes
    lons = [r[col["Longitud"]] for r in rows[1:] if isinstance(r[col["Longitud"]], float)]
    assert any(v < 0 for v in lons)
    assert any(v > 0 for v in lons)  # a west longitude written without its sign


# --------------------------------------------------------------------------------------
# Missing Children Europe: JSON lines, codes, arrays, EU country codes, ISO dates
# --------------------------------------------------------------------------------------
def test_mce_lines(paths: dict[str, Path]) -> None:
    lines = [json.loads(x) for x in _text(paths[MCE], "utf-8").splitlines()]
    assert set(lines[0]) >= {"case_id", "incident_date", "case_type", "transit_route", "lng"}
    dates = [d["incident_date"] for d in lines if isinstance(d["incident_date"], str)]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert sum(bool(re.fullmatch(r"20\d\d-\d\d-\d\d", d)) for d in dates) > 0.7 * len(dates)
    assert any(isinstance(d["transit_route"], list) for d in lines)
    assert {"EL", "GR", "IT", "ES"} <= {d["reporting_country"] for d in lines}
    assert any(isinstance(d["nationality"], str) and d["nationality"].isdigit() for d in lines)
    assert all(isinstance(d["lat"], float) for d in lines if d["lat"] is not None)
    assert lines[-1]["case_id"] == "TOTAL"
