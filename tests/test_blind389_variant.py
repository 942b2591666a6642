"""The examiner set ``blind389`` (files ``*_oa.*``): veterinary and animal-welfare desks.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind389 import AGENCIES, make_blind389

VARIANT = "blind389"
SEED = 389
N_EVENTS = 1500
SMALL_SEED = 3891
SMALL_EVENTS = 400
SOURCES = (
    "rspca_inspectorate_oa",
    "spa_enquetes_oa",
    "cgcve_oa",
    "oirsa_oa",
    "animals_angels_oa",
)
FIELDS = ("crime_type", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


def _column(path: Path, encoding: str, sep: str, header: str) -> pd.Series:
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    return frame[header]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_oa", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_read_loses_no_row_full_set(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-4)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_every_size() -> None:
    for n, seed in ((300, 0), (400, SMALL_SEED), (1500, SEED)):
        subs = make_blind389(make_truth(seed=seed, n_events=n), seed=seed)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


def test_unknown_words_expect_nothing_or_unknown(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    ev = events.set_index("event_id").loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        lost = tags.str.contains(f"unknown:{col}")
        assert lost.any(), col
        assert ok.loc[lost, col].isna().all(), col
        assert ok.loc[~lost, col].equals(ev.loc[~lost, col]), col
    lost = tags.str.contains("unknown:exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    assert ok.loc[~lost, "exploitation"].equals(ev.loc[~lost, "exploitation"])
    # a smuggling case's "not applicable" word expects no exploitation at all
    na = tags.str.contains("not_applicable:exploitation")
    assert na.any()
    assert ok.loc[na, "exploitation"].isna().all()


def test_bad_rows_of_every_kind_in_every_source(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    for src in SOURCES:
        reasons = set(garbage.loc[garbage["source"] == src, "expected_reason"])
        assert "no_date" in reasons, src  # the total row
    assert set(garbage.loc[garbage["source"] == "oirsa_oa", "expected_reason"]) == {"no_date"}


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_rspca_is_a_windows_csv_with_day_first_dates(paths: dict[str, Path]) -> None:
    path = paths["rspca_inspectorate_oa"]
    raw = path.read_bytes()
    assert b"\r\n" in raw
    assert b"\x96" in raw  # the en dash of the note row, in cp1252
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = _lines(path, "cp1252")
    assert lines[0].startswith("Incident No.,Date of Visit,Premises Type,Concern Category")
    dates = _column(path, "cp1252", ",", "Date of Visit")
    numeric = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    day = numeric.str.slice(0, 2).astype(int)
    month = numeric.str.slice(3, 5).astype(int)
    assert (month <= 12).all()
    assert (day > 12).any()  # day first, all through the file
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    text = "\n".join(lines)
    for word in ("Vietnamese", "Afghan", " > ", "not known", "Livestock lorry", "Puppy farm"):
        assert word in text, word
    coords = _column(path, "cp1252", ",", "Lat/Long")
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").mean() > 0.8


def test_spa_is_a_french_workbook_with_excel_and_typed_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["spa_enquetes_oa"], read_only=True)
    got = list(book.worksheets[0].iter_rows(values_only=True))
    width = len(got[0])
    rows = [tuple(r) + (None,) * (width - len(r)) for r in got]  # read-only drops blank tails
    header = list(rows[0])
    assert header[:4] == ["N° dossier", "Date du constat", "Lieu / structure", "Qualification"]
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in typed)  # "mai 2023"
    cells = {c for r in rows[1:] for c in r if isinstance(c, str)}
    for word in ("afghane", "aucun", "bétaillère", "Total général", "sans objet"):
        assert word in cells, word
    lat = header.index("Latitude")
    assert any(isinstance(r[lat], float) for r in rows[1:])
    assert any(isinstance(r[lat], str) and "," in r[lat] for r in rows[1:])


def test_cgcve_is_a_spanish_csv_with_bom_semicolons_and_mojibake(paths: dict[str, Path]) -> None:
    path = paths["cgcve_oa"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = _lines(path, "utf-8-sig")
    assert lines[0].split(";")[:4] == ["Nº registro", "Colegio", "Fecha", "Tipo de delito"]
    text = "\n".join(lines)
    assert "Ã" in text  # rows of one colegio garbled by a cp1252 import
    dates = _column(path, "utf-8-sig", ";", "Fecha")
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}").any()  # "mayo de 2023"
    first = dates[dates.str.fullmatch(r"\d\d[/-]\d\d[/-]\d{4}")]
    assert (first.str.slice(3, 5).astype(int) <= 12).all()
    persons = _column(path, "utf-8-sig", ";", "Nº personas")
    assert persons.str.fullmatch(r"\d\.\d{3}").any()  # thousands with a dot
    lat = _column(path, "utf-8-sig", ";", "Latitud")
    assert lat.str.fullmatch(r"\d+,\d{5}").mean() > 0.8
    for word in ("Patera", "ninguno", "S/D", "Las Palmas", " / "):
        assert word in text, word


def test_oirsa_is_a_form_export_in_json_lines(paths: dict[str, Path]) -> None:
    lines = _lines(paths["oirsa_oa"], "utf-8")
    recs = [json.loads(line) for line in lines]
    assert {"folio", "fecha_inspeccion", "geopunto", "paises_transito"} <= set(recs[0])
    data = [r for r in recs if r["folio"] != "TOTAL"]
    assert all(isinstance(r["paises_transito"], list) for r in data)
    geo = [r["geopunto"] for r in data if r["geopunto"]]
    assert all(re.fullmatch(r"-?\d+\.\d{5} -?\d+\.\d{5} \d+\.\d \d+\.\d", g) for g in geo)
    assert {r["pais_deteccion"] for r in data} <= {"591", "840", None}
    dates = [r["fecha_inspeccion"] for r in data if isinstance(r["fecha_inspeccion"], str)]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00-05:00", d) for d in dates)
    old = [r for r in data if str(r["fecha_inspeccion"] or "9")[:10] < "2022-07-01"]
    new = [r for r in data if "2022-07-01" <= str(r["fecha_inspeccion"] or "0")[:10] < "2100"]
    assert any(r["nacionalidad"] == "venezuela" for r in old)  # choice names, first form
    assert any(r["nacionalidad"] == "VEN" for r in new)  # ISO alpha-3, second form
    words = {r["tipo_caso"] for r in data}
    assert "trafico_migrantes" in words
    assert any(r["num_personas"] is None for r in data)


def test_animals_angels_is_utf16_tab_text_with_partial_dates(paths: dict[str, Path]) -> None:
    path = paths["animals_angels_oa"]
    raw = path.read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    lines = _lines(path, "utf-16")
    assert lines[0].split("\t")[:3] == ["AA ref.", "Team", "Date observed"]
    dates = _column(path, "utf-16", "\t", "Date observed")
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.7
    gps = _column(path, "utf-16", "\t", "GPS")
    assert gps.str.fullmatch(r"\d+\.\d{5} [NS], \d+\.\d{5} [EW]").mean() > 0.8
    assert gps.str.endswith(" W").any()
    text = "\n".join(lines)
    for word in ("Kroatien", "unbekannt", "Schleusung", "livestock truck", " - "):
        assert word in text, word


def test_agencies_write_their_own_language() -> None:
    langs = {a.source: a.language for a in AGENCIES}
    assert langs == {
        "rspca_inspectorate_oa": "en",
        "spa_enquetes_oa": "fr",
        "cgcve_oa": "es",
        "oirsa_oa": "es",
        "animals_angels_oa": "en",
    }
    assert {a.encoding for a in AGENCIES} == {"cp1252", "utf-8", "utf-8-sig", "utf-16"}
