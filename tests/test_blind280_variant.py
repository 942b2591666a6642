"""The examiner set ``blind280`` (files ``*_jv.*``): registries tracing shell companies.

These tests check what the set promises (files, truth, the agencies' quirks in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
from trendlib.samples import make_truth
from trendlib.samples._blind280 import SOURCES, make_blind280

VARIANT = "blind280"
SEED = 280
N_EVENTS = 1500
SMALL_SEED = 2801
SMALL_EVENTS = 400
SUFFIX = "_jv"
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)

CH, GREFFE, REGISTRO, UIFAND, GFIU = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _rows(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_text(path, encoding)), delimiter=delimiter))


def _column(rows: list[dict[str, str]], header: str) -> list[str]:
    return [r[header] for r in rows if r.get(header)]


# --------------------------------------------------------------------------------------
# Files and truth
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
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind280(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert sub.expected["event_id"].notna().sum() > 0, (n, sub.filename)


def test_every_source_plants_its_messiness(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for name in NAMES:
        mine = tags[truth["source"] == name]
        assert mine.str.contains("bad_row|garbage_row").any(), name
        assert mine.str.contains("country_").any(), name
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("country_demonym").any()
    assert tags.str.contains("coords_placeholder").any()
    assert tags.str.contains("blank_coordinates|coords_missing").any()


def test_compilation_reports_what_no_primary_does(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source[GFIU] >= {"ITA", "GRC", "HRV"}
    assert not by_source[GFIU] & {"GBR", "FRA", "PAN", "USA", "ESP"}
    assert by_source[CH] == {"GBR"}
    assert by_source[GREFFE] == {"FRA"}
    assert by_source[REGISTRO] <= {"PAN", "USA"}
    assert by_source[UIFAND] == {"ESP"}


def test_partial_dates_only_in_first_reports(truth: pd.DataFrame) -> None:
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert len(partial) > 0
    assert set(partial["expected_status"]) <= {"record", "duplicate"}
    assert not partial["expected_reason"].eq("cross_source").any()
    assert set(partial["source"]) <= {GREFFE, REGISTRO, UIFAND, GFIU}


# --------------------------------------------------------------------------------------
# The agencies' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_companies_house_csv(paths: dict[str, Path]) -> None:
    path = paths[CH]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8": a BOM
    rows = _rows(path, "utf-8-sig", ",")
    assert list(rows[0])[:3] == ["Intel Ref", "Date of Incident", "Offence Category"]
    dates = _column(rows, "Date of Incident")
    assert all(
        re.fullmatch(r"\d\d/\d\d/\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d\d-[A-Z][a-z]{2}-\d\d", d)
        for d in dates
    )
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert {"Nil", "None"} & set(_column(rows, "No. Suspects"))
    assert any(" > " in t for t in _column(rows, "Transit Route"))
    assert {"Afghan", "Iranian", "Iraqi", "Vietnamese", "Albanian"} & set(
        _column(rows, "Nationality")
    )
    assert {"MSHT", "OIC - facilitation"} <= set(_column(rows, "Offence Category"))
    assert any(re.fullmatch(r"(SC|OC)?\d{6,8}", c) for c in _column(rows, "Linked Company No."))
    assert any(r["Intel Ref"] == "Total" for r in rows)
    lines = raw.decode("utf-8-sig").splitlines()
    body = lines[1:]
    assert len(body) > len(set(body))  # re-sent rows: exact repeats


def test_greffes_csv(paths: dict[str, Path]) -> None:
    path = paths[GREFFE]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _rows(path, "cp1252", ";")
    assert list(rows[0])[:2] == ["N° de signalement", "Date des faits"]
    dates = _column(rows, "Date des faits")
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"(T[1-4]|[a-zéû]+) \d{4}", d) for d in dates)
    coords = _column(rows, "Coordonnées (lat / long)")
    assert all(re.fullmatch(r"-?\d+,\d{4} / -?\d+,\d{4}", c) for c in coords)
    text = raw.decode("cp1252")
    assert "Ã" in text  # country names garbled by a UTF-8 -> cp1252 round trip
    assert {"afghane", "irakienne", "iranienne", "érythréenne", "albanaise"} & set(
        _column(rows, "Nationalité")
    )
    assert {"aucun", "néant"} & set(_column(rows, "Mis en cause"))
    assert any(re.fullmatch(r"\d{3} \d{3} \d{3}", s) for s in _column(rows, "SIREN société"))
    assert any(r["N° de signalement"] == "TOTAL GÉNÉRAL" for r in rows)


def test_registro_publico_xlsx(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[REGISTRO])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["N° de expediente", "Fecha del hecho", "Delito"]
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds  # date cells, raw serials and text
    serials = [d for d in dates if isinstance(d, int)]
    assert all(40_000 < s < 50_000 for s in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"[a-z]+ de \d{4}", t) for t in texts)
    col = {h: i for i, h in enumerate(header)}
    age = {r[col["Grupo etario"]] for r in rows[1:]}
    assert "NNA" in age
    countries = {r[col["País de destino"]] for r in rows[1:]}
    assert {"EE.UU.", "EEUU", "Estados Unidos de América", "USA"} & countries
    lat = [r[col["Latitud"]] for r in rows[1:] if isinstance(r[col["Latitud"]], float)]
    assert len(lat) > 0.8 * len(rows)
    assert any(str(f).startswith("Folio ") for f in (r[col["Folio / sociedad"]] for r in rows))


def test_uifand_csv(paths: dict[str, Path]) -> None:
    path = paths[UIFAND]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM: Excel's "Unicode text"
    rows = _rows(path, "utf-16", "\t")
    assert list(rows[0])[:2] == ["Ref. UIFAND", "Fecha de los hechos"]
    dates = _column(rows, "Fecha de los hechos")
    assert any(re.fullmatch(r"\d{4}T[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dates)
    lats = _column(rows, "Lat.")
    assert all(re.fullmatch(r"-?\d+,\d{4}", v) for v in lats if v != "TOTAL")
    counts = _column(rows, "Nº víctimas / migrantes")
    assert any(re.fullmatch(r"\d\.\d{3}", c) for c in counts)  # 1.250 persons
    assert {"cap", "ninguno"} & set(_column(rows, "Nº investigados"))
    codes = set(_column(rows, "Nacionalidad")) | set(_column(rows, "País origen"))
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert any(re.fullmatch(r"L-\d{6}-[A-Z]", c) for c in _column(rows, "NRT sociedad"))


def test_gfiu_jsonl(paths: dict[str, Path]) -> None:
    lines = paths[GFIU].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["caseReference", "incidentDate", "offenceType"]
    dates = [r["incidentDate"] for r in recs if r["incidentDate"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00\.000Z", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    places = {r["incidentCountry"] for r in recs if r["incidentCountry"]}
    assert {"IT", "GR", "HR"} <= places
    assert any(re.fullmatch(r"\d{3}", p) for p in places)  # ISO numeric codes
    assert any(r["latitude"] == 0 and r["longitude"] == 0 for r in recs)
    assert any(isinstance(r["personsCount"], int) for r in recs)
    assert {"MIGRANT_SMUGGLING", "HUMAN_TRAFFICKING"} <= {r["offenceType"] for r in recs}
    assert any("," in (r["transitCountries"] or "") for r in recs)
