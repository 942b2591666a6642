"""The examiner set ``blind300`` (files ``*_kp.*``): what its files and truth promise.

Five forensic offices (a coroner, a French forensic unit, a Spanish forensic institute,
a forensic anthropology team and a border-violence research group) write the true
events their own way; these tests check the files' bytes show each office's habits and
that the truth describes every row. None of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind300 import SOURCES, make_blind300

VARIANT = "blind300"
SEED = 300
N_EVENTS = 1500
SMALL_SEED = 3001
SMALL_EVENTS = 400
SUFFIX = "_kp"
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
KENT, UMJ, IML, EAAF, BF = NAMES


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
    """The truth rows of one file, in file order (source_row 2, 3, ... or 1, 2, ...)."""
    rows = truth.loc[truth["source"] == source].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.sort_values("source_row").reset_index(drop=True)


def _xlsx(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    return [str(h) for h in rows[0]], rows[1:]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(3, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_office_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind300(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 5, sub.filename
        assert len(sub.frame) == len(sub.expected), sub.filename


def test_quarantine_and_duplicates_spread(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["source"]) == set(NAMES)  # every office sends a row to quarantine
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert {KENT, UMJ, BF} <= set(cross)  # Channel cases seen on both shores
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {UMJ, EAAF}  # the re-sent files


# --------------------------------------------------------------------------------------
# HM Senior Coroner for Kent and Medway (XLSX, English)
# --------------------------------------------------------------------------------------
def test_kent_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    headers, rows = _xlsx(paths[KENT])
    assert headers[:3] == ["Coroner ref", "Date of incident", "Inquest status"]
    assert "Persons in group (total)" in headers
    assert "Of whom deceased" in headers
    assert Path(paths[KENT]).suffix == ".xlsx"
    col = {h: i for i, h in enumerate(headers)}
    dates = [r[col["Date of incident"]] for r in rows]
    real = [d for d in dates if isinstance(d, dt.datetime)]
    typed = [d for d in dates if isinstance(d, str)]
    assert len(real) > len(typed) > 0
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in typed)
    nats = {r[col["Nationality"]] for r in rows}
    assert {"Afghan", "Vietnamese"} & nats or {"Iranian", "Iraqi", "Albanian"} & nats
    assert {"None", "Nil"} & {r[col["Arrests"]] for r in rows}
    # deaths never exceed the group; a coroner's case has at least one death
    exp = _rows_of(truth, KENT)
    for r, status in zip(rows, exp["expected_status"], strict=True):
        deaths, group = r[col["Of whom deceased"]], r[col["Persons in group (total)"]]
        if status != "quarantine" and isinstance(group, int):
            assert 1 <= int(deaths) <= group  # type: ignore[call-overload]
    # "N/A" in the exploitation column is a smuggling case: no form expected
    na = [i for i, r in enumerate(rows) if r[col["Exploitation type"]] == "N/A"]
    assert na
    assert exp.loc[na, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# UMJ Calais (CSV, French, cp1252, ";")
# --------------------------------------------------------------------------------------
def test_umj_calais_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UMJ].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:2] == ["N° dossier", "Date des faits"]
    assert "Âge" in header
    assert "dont décédés" in header
    frame = pd.read_csv(paths[UMJ], sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    exp = _rows_of(truth, UMJ)
    kept = exp["expected_status"].ne("quarantine").to_numpy()
    dates = frame.loc[kept, "Date des faits"]
    day = dates.str.fullmatch(r"\d\d/\d\d/(\d\d)?\d\d")
    month = dates.str.fullmatch(r"[a-zéû]+ 20\d\d|\d\d/20\d\d")
    assert (day | month).all()
    assert day.mean() > 0.85
    lat = frame.loc[kept & frame["Latitude"].ne("").to_numpy(), "Latitude"]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()  # decimal comma
    words = set(frame["Qualification"])
    assert {"AESI", "aide à l'entrée irrégulière"} & words
    assert {"aucun", "néant"} & set(frame["Mis en cause interpellés"])
    assert {"MNA", "mineur"} & set(frame["Âge"]) or (exp["age_group"] != "child").all()


def test_umj_demonyms_read_as_countries(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(paths[UMJ], sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    exp = _rows_of(truth, UMJ)
    kept = exp["expected_status"].ne("quarantine")
    demonym = (tags_of(exp).str.contains("demonym") & kept).to_numpy()
    assert demonym.any()
    words = frame.loc[demonym, "Nationalité"].str.strip()
    assert words.str.fullmatch(r"[a-zé]+").all()  # written in lower case, French style
    assert exp.loc[demonym, "nationality"].notna().all()


# --------------------------------------------------------------------------------------
# IMLCF Las Palmas (Excel "Unicode text": UTF-16, tab, Spanish)
# --------------------------------------------------------------------------------------
def test_iml_las_palmas_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[IML].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].split("\t")
    assert header[:2] == ["Nº expediente", "Fecha del suceso"]
    assert "Coordenadas (recuperación)" in header
    frame = pd.read_csv(paths[IML], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False)
    exp = _rows_of(truth, IML)
    kept = exp["expected_status"].ne("quarantine").to_numpy()
    coords = frame.loc[kept, "Coordenadas (recuperación)"]
    coords = coords[coords != ""]
    dms = r"\d{1,2}°\d\d'\d\d\"[NS] \d{1,3}°\d\d'\d\d\"[EOW]"
    assert coords.str.fullmatch(dms).all()
    assert coords.str.endswith('"O').mean() > 0.5  # "oeste" for west
    dates = frame.loc[kept, "Fecha del suceso"]
    assert dates.str.fullmatch(r"\d\d[/-]\d\d[/-]20\d\d|[a-z]+ de 20\d\d").all()
    assert set(frame.loc[kept, "Sexo"]) & {"varón", "varones", "mujer", "mujeres"}
    assert {"art. 318 bis CP", "favorecimiento de la inmigración ilegal"} & set(
        frame["Tipología delictiva"]
    )
    big = exp["n_persons"].notna() & (exp["n_persons"].fillna("0").astype(int) >= 1000)
    if big.any():  # thousands with a dot: "1.250" is one thousand two hundred and fifty
        cells = frame.loc[big.to_numpy(), "Personas en el grupo"]
        assert cells.str.fullmatch(r"\d\.\d{3}").all()


# --------------------------------------------------------------------------------------
# EAAF Proyecto Frontera (XLSX, Spanish of Latin America)
# --------------------------------------------------------------------------------------
def test_eaaf_case_base(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    headers, rows = _xlsx(paths[EAAF])
    assert headers[:2] == ["Código de caso", "Fecha del hallazgo"]
    col = {h: i for i, h in enumerate(headers)}
    exp = _rows_of(truth, EAAF)
    dates = [r[col["Fecha del hallazgo"]] for r in rows]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45300 for d in serials)  # 2021-2023 as serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    ages = {r[col["Grupo etario"]] for r in rows}
    assert {"NNA", "adultos y NNA", "niños, niñas y adolescentes"} & ages
    places = [str(r[col[h]]) for r in rows for h in ("Nacionalidad", "País del hallazgo")]
    assert any("Ã" in p for p in places)  # a partner's file read with the wrong encoding
    assert {"EE. UU.", "EEUU", "Estados Unidos de América"} & {
        r[col["País de destino"]] for r in rows
    }
    text_lat = [r[col["Latitud"]] for r in rows if isinstance(r[col["Latitud"]], str)]
    assert text_lat
    assert all("," in v for v in text_lat)
    nn = [i for i, r in enumerate(rows) if r[col["Nacionalidad"]] in ("NN", "sin identificar")]
    assert nn
    assert exp.loc[nn, "nationality"].isna().all()


# --------------------------------------------------------------------------------------
# Border Forensics (JSON lines, English, ISO codes)
# --------------------------------------------------------------------------------------
def test_border_forensics_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[BF].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    exp = _rows_of(truth, BF)
    assert len(recs) == len(exp)
    assert list(recs[0])[:3] == ["case_id", "incident_date", "offence"]
    assert recs[-1]["case_id"] == "EXPORT TOTAL"
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]|Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    prec = exp["date_precision"].dropna()
    assert {"day", "month", "quarter"} <= set(prec)
    codes = [r["incident_country"] for r in recs if r["incident_country"]]
    assert sum(len(c) == 3 for c in codes) > 0.8 * len(codes)
    transit = [r["transit"] for r in recs if r["transit"]]
    assert any(" > " in t for t in transit)
    assert all(isinstance(r["lat"], float) for r in recs if r["lat"] is not None)


def test_month_and_quarter_dates_are_tagged(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    assert (kept.loc[tags.str.contains("month_date"), "date_precision"] == "month").all()
    assert (kept.loc[tags.str.contains("quarter_date"), "date_precision"] == "quarter").all()
    assert set(kept.loc[kept["date_precision"] == "quarter", "source"]) == {BF}
