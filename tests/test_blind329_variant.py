"""The examiner set ``blind329`` (files ``*_ls.*``): food-delivery platforms' desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
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

VARIANT = "blind329"
SEED = 329
N_EVENTS = 1500
SMALL_SEED = 3291
SMALL_EVENTS = 400
SOURCES = ("deliveroo_uk", "stuart_fr", "justeat_es", "rappi_mx", "pedidosya_pa")
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 5e-4  # degrees: 4-decimal and degrees-minutes-seconds coordinates


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].set_index(
        truth.loc[truth["source_file"] == filename, "source_row"].astype(int)
    )


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    """The file's lines as cells; element ``i`` is the line a person counts as ``i + 1``."""
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ls", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ls", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_desk_has_rows_and_its_bad_rows(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for src in SOURCES:
        rows = truth.loc[truth["source"] == src]
        assert (rows["expected_status"] == "record").sum() > 50, src
        garbage = rows.loc[rows["messiness"].fillna("").str.contains("garbage_row")]
        assert {"no_date"} <= set(garbage["expected_reason"]), src  # the total row


def test_duplicates_where_the_desks_overlap(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"deliveroo_uk", "stuart_fr"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"deliveroo_uk", "rappi_mx"}


def test_tags_where_the_habits_are(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_tag = {
        "mojibake": {"stuart_fr"},
        "coords_dms": {"pedidosya_pa"},
        "quarter_only": {"justeat_es"},
        "excel_serial": {"justeat_es"},
        "iso2": {"rappi_mx"},
        "iso3": {"deliveroo_uk"},
        "iso_datetime": {"rappi_mx"},
        "count_word": {"pedidosya_pa"},
        "thousands_dot": {"justeat_es"},
    }
    for tag, sources in by_tag.items():
        assert set(truth.loc[tags.str.contains(tag), "source"]) == sources, tag
    month = truth.loc[tags.str.contains("month_only"), "source"]
    assert set(month) == {"stuart_fr", "justeat_es"}
    for tag in ("demonym", "typo", "zero_word", "na_word", "coords_missing", "alias"):
        assert tags.str.contains(tag).sum() > 0, tag


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_deliveroo_case_export(paths: dict[str, Path]) -> None:
    path = paths["deliveroo_uk"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(path, "utf-8-sig", ",")
    header = rows[0]
    assert header[:3] == ["Case Number", "Incident Date", "Detection Method"]
    assert {"Nationality (IDV)", "Lat/Long", "Suspected Facilitators"} <= set(header)
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if len(r) == len(header) and r[0].startswith("LER-")]
    dates = [r[col["Incident Date"]] for r in body]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d-[A-Z][a-z]{2}-20\d\d", d) for d in dates)
    nat = [r[col["Nationality (IDV)"]] for r in body]
    assert any(re.fullmatch(r"[A-Z]{3}", n) for n in nat)
    assert any(n in ("Afghan", "Iranian", "Iraqi", "Albanian", "Vietnamese") for n in nat)
    assert any(" > " in r[col["Transit Route"]] for r in body)
    assert any(r[col["Suspected Facilitators"]] in ("Nil", "nil") for r in body)
    assert any(re.fullmatch(r"5\d\.\d{4,5}, ?-?\d\.\d{4,5}", r[col["Lat/Long"]]) for r in body)
    assert any(r[col["Concern Category"]] == "Organised Immigration Crime" for r in body)
    truth = _rows_of(_truth(paths), path.name)
    total = truth.loc[truth["source_ref"] == "Total"].index
    assert len(total) == 1
    assert rows[int(total[0]) - 1][0] == "Total"


def test_stuart_requisitions_log(paths: dict[str, Path]) -> None:
    path = paths["stuart_fr"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _csv_rows(path, "cp1252", ";")
    header = rows[0]
    assert header[0] == "N° dossier"
    assert {"Nb mis en cause", "Pays de constatation", "Latitude", "Longitude"} <= set(header)
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if len(r) == len(header) and r[0].startswith("RJ-")]
    assert all(re.fullmatch(r"-?\d+,\d{5}", r[col["Latitude"]]) for r in body if r[col["Latitude"]])
    text = "\n".join(";".join(r) for r in body)
    assert "Ã" in text  # a UTF-8 export re-read as cp1252
    assert any(r[col["Nb mis en cause"]] in ("aucun", "néant") for r in body)
    assert any(r[col["Qualification"]] == "TEH" for r in body)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert any(re.fullmatch(rf"({months}) 20\d\d", r[col["Date des faits"]]) for r in body)


def test_justeat_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["justeat_es"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha del hecho", "Tipología penal")
    assert {"Investigados", "País del hecho", "Localidad", "Otros delitos"} <= set(header)
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha del hecho"]] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # lost date format
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"(T\d|\dT|\dº trim\.) 20\d\d", d) for d in texts)
    counts = [r[col["Personas afectadas"]] for r in rows[1:]]
    assert any(isinstance(c, str) and re.fullmatch(r"\d\.\d{3}", c) for c in counts)
    lats = [r[col["Latitud"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{4}", v) for v in lats)
    places = {r[col["País del hecho"]] for r in rows[1:]}
    assert {"Italia", "Grecia", "Croacia", "España"} <= places


def test_rappi_api_export(paths: dict[str, Path]) -> None:
    lines = paths["rappi_mx"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["folio", "fecha_evento", "canal_deteccion"]
    assert {"presuntos_responsables", "pais_deteccion", "lat", "lng"} <= set(recs[0])
    body = [r for r in recs if str(r["folio"]).startswith("TKT-")]
    dates = [r["fecha_evento"] for r in body if r["fecha_evento"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    assert any(r["nacionalidad"] in ("MX", "GT", "HN", "VE", "EC") for r in body)
    assert any(r["pais_deteccion"] == "EUA" for r in body)
    assert any(isinstance(r["lat"], float) for r in body)
    assert any(r["grupo_edad"] in ("NNA", "adultos y NNA") for r in body)
    assert len(lines) > len(set(lines))  # a page of records sent twice


def test_pedidosya_unicode_text(paths: dict[str, Path]) -> None:
    path = paths["pedidosya_pa"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with BOM
    rows = _csv_rows(path, "utf-16", "\t")
    header = rows[0]
    assert header[:2] == ["Caso", "Fecha"]
    assert {"Cant. sospechosos", "Coordenadas", "País detección"} <= set(header)
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if len(r) == len(header) and r[0].startswith("PYA-")]
    coords = [r[col["Coordenadas"]] for r in body]
    dms = r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]"
    assert any(re.fullmatch(dms, c) for c in coords)
    assert any(re.fullmatch(r"\d\.\d{5}, -\d\d\.\d{5}", c) for c in coords)
    counts = [r[col["Cant. personas"]] for r in body]
    assert any(re.fullmatch(r"\d,\d{3}", c) for c in counts)
    assert any(c in ("dos", "tres", "cuatro", "cinco", "seis", "siete") for c in counts)


def test_letters_read_in_the_desks_language(paths: dict[str, Path]) -> None:
    """``M`` is a woman (mujer) at Just Eat España and a man (masculino) at PedidosYa."""
    truth = _truth(paths)
    ped = _rows_of(truth, paths["pedidosya_pa"].name)
    rows = _csv_rows(paths["pedidosya_pa"], "utf-16", "\t")
    sexo = rows[0].index("Sexo")
    seen = 0
    for row_no, exp in ped.iterrows():
        cells = rows[int(row_no) - 1]
        if exp["expected_status"] != "quarantine" and cells and cells[sexo] in ("M", "F"):
            assert exp["gender"] == {"M": "male", "F": "female"}[cells[sexo]]
            seen += 1
    assert seen > 10
    jet = _rows_of(truth, paths["justeat_es"].name)
    sheet = openpyxl.load_workbook(paths["justeat_es"]).worksheets[0]
    xrows = list(sheet.iter_rows(values_only=True))
    sexo = xrows[0].index("Sexo")
    seen = 0
    for row_no, exp in jet.iterrows():
        cell = xrows[int(row_no) - 1][sexo]
        if exp["expected_status"] != "quarantine" and cell in ("H", "M"):
            assert exp["gender"] == {"H": "male", "M": "female"}[cell]
            seen += 1
    assert seen > 10


def test_partial_dates_expect_their_period(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    month = truth.loc[tags.str.contains("month_only") & truth["event_date"].notna()]
    quarter = truth.loc[tags.str.contains("quarter_only") & truth["event_date"].notna()]
    assert len(month) > 10
    assert len(quarter) > 10
    assert (month["date_precision"] == "month").all()
    assert (quarter["date_precision"] == "quarter").all()
    assert month["event_date"].str.endswith("-01").all()
    assert quarter["event_date"].str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()
