"""The examiner set ``blind285`` (files ``*_ka.*``): gaming regulators' and casinos' desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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

VARIANT = "blind285"
SEED = 285
N_EVENTS = 1500
SMALL_SEED = 2851
SMALL_EVENTS = 400
SOURCES = ("sccj_courses_jeux", "dgoj_es", "jcj_panama", "segob_dgjs_mx", "mga_compliance")
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-4


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ka", n_events=N_EVENTS)


def test_small_set_keeps_its_promises(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ka", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every desk has event rows, not only garbage
        assert _rows_of(truth, source)["expected_status"].eq("record").sum() > 0, source


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_source_has_event_rows_at_small_sizes(
    tmp_path_factory: pytest.TempPathFactory, n_events: int
) -> None:
    got = write(tmp_path_factory, VARIANT, seed=SEED, n_events=n_events)
    truth = _truth(got)
    for source in SOURCES:
        assert truth.loc[truth["source"] == source, "event_id"].notna().any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[tags_of(truth).str.contains("garbage_row")]
    assert set(garbage["source"]) == set(SOURCES)
    # the CSV desks leave an empty line; the total row closes every file
    empty = set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"])
    assert empty == {"sccj_courses_jeux", "segob_dgjs_mx", "mga_compliance"}
    totals = garbage.loc[garbage["expected_reason"] == "no_date", "source_ref"]
    assert set(totals) == {"TOTAL", "TOTAL GENERAL", "Grand total"}


def test_exact_repeats_only_in_resent_files(truth: pd.DataFrame) -> None:
    rep = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(rep) == {"segob_dgjs_mx", "mga_compliance"}


# --------------------------------------------------------------------------------------
# The SCCJ (France): cp1252, ';', CRLF, decimal commas, demonyms, mojibake
# --------------------------------------------------------------------------------------
def test_sccj_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["sccj_courses_jeux"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° procédure;Date des faits;Établissement de jeux;")
    assert "Mis en cause" in lines[0]
    assert ";" * (len(lines[0].split(";")) - 1) in lines  # the empty row: only ';'
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years now and then
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal commas
    assert "Ã" in text  # names of a UTF-8 extraction re-saved as cp1252
    assert re.search(r";(afghan|irakien|iranien|érythréen|albanais)e?;", text)
    assert "néant" in text or "aucun" in text
    assert "Casino de" in text
    tags = tags_of(_rows_of(truth, "sccj_courses_jeux"))
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("demonym:nationality").any()


# --------------------------------------------------------------------------------------
# The DGOJ (Spain): XLSX, Excel dates and serials, H/M, ISO alpha-3
# --------------------------------------------------------------------------------------
def test_dgoj_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["dgoj_es"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de los hechos", "Tipología delictiva")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha de los hechos"]] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.5 * len(dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    sexes = {r[col["Sexo"]] for r in rows[1:]}
    assert {"H", "M"} <= sexes
    words = {str(r[col["Tipología delictiva"]]) for r in rows[1:]}
    assert any("318 bis" in w for w in words)
    nat = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert nat & {"MAR", "DZA", "SEN", "MLI", "ROU", "GIN"}
    # an Excel serial is read as the day it counts from 1899-12-30
    exp = _rows_of(truth, "dgoj_es").set_index("source_row")
    for i, r in enumerate(rows[1:], start=2):
        d = r[col["Fecha de los hechos"]]
        if isinstance(d, int) and exp.loc[str(i), "expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=d)
            assert exp.loc[str(i), "event_date"] == day.strftime("%Y-%m-%d")


def test_dgoj_m_is_mujer(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["dgoj_es"])
    rows = list(book.active.iter_rows(values_only=True))
    col = rows[0].index("Sexo")
    exp = _rows_of(truth, "dgoj_es").set_index("source_row")
    for i, r in enumerate(rows[1:], start=2):
        if r[col] in ("M", "H") and exp.loc[str(i), "expected_status"] != "quarantine":
            assert exp.loc[str(i), "gender"] == {"M": "female", "H": "male"}[r[col]]


# --------------------------------------------------------------------------------------
# The Junta de Control de Juegos (Panama): JSON lines, ISO dates, demonyms, NNA
# --------------------------------------------------------------------------------------
def test_jcj_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["jcj_panama"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["no_caso", "fecha_hecho", "tipo_delito"]
    dates = [r["fecha_hecho"] for r in recs if isinstance(r["fecha_hecho"], str)]
    assert all(
        re.fullmatch(r"20\d\d-\d\d(-\d\d(T00:00:00)?)?|20\d\d-02-30|2\d{3}-.*", d) for d in dates
    )
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)  # month only
    assert any(isinstance(r["cantidad_personas"], int) for r in recs)
    assert {"venezolana", "ecuatoriana", "haitiana"} & {r["nacionalidad"] for r in recs}
    assert any(r["grupo_etario"] in ("NNA", "adultos y NNA") for r in recs)
    pair = [r["coordenadas"] for r in recs if r.get("coordenadas")]
    assert all(re.fullmatch(r"[5-9]\.\d{5}, -7[6-9]\.\d{5}", p) for p in pair)
    assert recs[-1]["no_caso"] == "TOTAL GENERAL"
    month = _rows_of(truth, "jcj_panama")
    assert (month["date_precision"] == "month").any()


# --------------------------------------------------------------------------------------
# SEGOB's gaming directorate (Mexico): BOM, capitals without accents, X,Y, EUA
# --------------------------------------------------------------------------------------
def test_segob_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["segob_dgjs_mx"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["segob_dgjs_mx"], encoding="utf-8-sig", dtype=str)
    assert frame.columns[:4].tolist() == ["FOLIO", "FECHA DEL EVENTO", "ESTABLECIMIENTO", "DELITO"]
    assert "COORDENADAS (X,Y)" in frame.columns
    text = raw.decode("utf-8-sig")
    body = text.split("\n", 1)[1]
    assert not re.search(r"[áéíóúÁÉÍÓÚ]", body)  # capitals without accents
    assert re.search(r",\d\d/(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)/20\d\d,", text)
    assert ",EUA," in text
    assert "TRAFICO DE PERSONAS" in text
    exp = _rows_of(truth, "segob_dgjs_mx").reset_index(drop=True)
    smuggling = frame["DELITO"].isin(["TRAFICO DE PERSONAS", "TRAFICO DE INDOCUMENTADOS"])
    ok = exp["expected_status"].ne("quarantine") & exp["event_id"].notna()
    assert (exp.loc[smuggling & ok, "crime_type"] == "smuggling").all()
    # coordinates are written longitude first; the truth reads them that way
    pairs = frame["COORDENADAS (X,Y)"].str.split(", ", expand=True)
    has = pairs[0].notna() & (frame["COORDENADAS (X,Y)"] != "0, 0") & ok
    assert has.sum() > 50
    x = pairs.loc[has, 0].astype(float)
    y = pairs.loc[has, 1].astype(float)
    assert ((x - exp.loc[has, "lon"].astype(float)).abs() < TOLERANCE).all()
    assert ((y - exp.loc[has, "lat"].astype(float)).abs() < TOLERANCE).all()
    zero = frame["COORDENADAS (X,Y)"] == "0, 0"
    assert zero.any()
    assert exp.loc[zero, ["lat", "lon"]].isna().all().all()


# --------------------------------------------------------------------------------------
# The Malta Gaming Authority (compilation): UTF-16 tab text, quarters, ISO alpha-2
# --------------------------------------------------------------------------------------
def test_mga_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["mga_compliance"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    head = text.split("\n", 1)[0]
    assert head.split("\t")[:3] == ["Case ID", "Date of event", "Offence category"]
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d\d\t",
        text,
    )
    assert re.search(r"\t\d\d/\d\d/20\d\d\t", text)
    assert re.search(r"\t(IT|GR|HR|PL|GB)\t", text)
    assert " > " in text
    mine = _rows_of(truth, "mga_compliance")
    assert (mine["date_precision"] == "quarter").any()
    assert set(mine["detection_country"].dropna()) >= {"ITA", "GRC", "HRV", "POL", "GBR"}


def test_primary_desks_by_detection_country(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    want = {
        "FRA": "sccj_courses_jeux",
        "ESP": "dgoj_es",
        "PAN": "jcj_panama",
        "USA": "segob_dgjs_mx",
    }
    for det, source in want.items():
        rows = first.loc[first["detection_country"] == det]
        assert set(rows["source"]) == {source}, det
