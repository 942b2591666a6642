"""The examiner sample set ``blind165`` (files ``*_fk.*``): what the set promises.

These tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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

VARIANT = "blind165"
SEED = 165
N_EVENTS = 1500
SMALL_SEED = 1651
SMALL_EVENTS = 400

SOURCES = (
    "rtve_canarias_fk",
    "consulat_senegal_lpa_fk",
    "open_arms_fk",
    "eu_fra_bulletin_fk",
    "crisis24_alertes_fk",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries")
#: Positions are written to 0.1 minute or 4 decimals.
TOLERANCE = 0.01


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if len(r) > i and r[i]]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fk", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_fk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for name in (paths[s].name for s in SOURCES):
        rows = truth.loc[truth["source_file"] == name]
        assert rows["event_id"].notna().sum() >= 10, name


def test_sources_first_report_their_countries(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_file = first.groupby("source_file")["detection_country"].agg(lambda c: set(c.dropna()))
    assert by_file["rtve_canarias_fk.xlsx"] == {"ESP"}
    assert by_file["open_arms_fk.csv"] == {"ITA"}
    assert by_file["eu_fra_bulletin_fk.csv"] <= {"GRC", "HRV", "POL"}
    assert by_file["crisis24_alertes_fk.jsonl"] <= {"FRA", "GBR", "PAN", "USA"}
    consul = truth.loc[truth["source_file"] == "consulat_senegal_lpa_fk.csv"]
    assert set(consul["expected_status"]) == {"duplicate", "quarantine"}
    garbage = {"empty_row", "no_content", "no_date"}  # the blank line, the note, the total
    assert set(consul["expected_reason"].dropna()) <= {"cross_source", *garbage}


def test_partial_dates_only_where_written(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"].isin(["month", "quarter"])]
    assert set(partial["source_file"]) == {"rtve_canarias_fk.xlsx", "eu_fra_bulletin_fk.csv"}
    assert tags_of(truth).loc[partial.index].str.contains("partial_date").all()
    assert (pd.to_datetime(partial["event_date"]).dt.day == 1).all()


def test_sources_without_a_column_expect_nothing(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    no_origin = kept["source_file"].isin(
        ["rtve_canarias_fk.xlsx", "consulat_senegal_lpa_fk.csv", "crisis24_alertes_fk.jsonl"]
    )
    assert kept.loc[no_origin, "origin_country"].isna().all()
    no_offences = ~kept["source_file"].isin(["rtve_canarias_fk.xlsx", "eu_fra_bulletin_fk.csv"])
    assert kept.loc[no_offences, "linked_offences"].isna().all()
    c24 = kept.loc[kept["source_file"] == "crisis24_alertes_fk.jsonl"]
    thb = c24["crime_type"].isin(["trafficking", "both"])
    assert (c24.loc[thb, "exploitation"] == "unknown").all()
    assert c24.loc[~thb, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# Each agency's quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_rtve_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["rtve_canarias_fk"])
    rows = list(book.active.iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:4] == ["Nº registro", "Fecha", "Isla / lugar", "Hecho"]
    assert "Intervinientes" in head
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    assert sum(isinstance(d, datetime) for d in dates) > 0.8 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in text)  # "mayo de 2023"
    assert any("trimestre" in d for d in text)  # "2.º trimestre de 2023"
    places = {str(r[2]) for r in rows[1:] if r[2]}
    for island in ("El Hierro", "Lanzarote", "Gran Canaria", "Tenerife"):
        assert any(island in p for p in places), island
    nat = {str(r[head.index("Nacionalidad")]) for r in rows[1:]}
    assert {"senegalesa", "marroquí"} <= nat  # demonyms
    persons = [r[head.index("Personas")] for r in rows[1:]]
    assert sum(isinstance(p, int) for p in persons) > 0.9 * len(persons)
    assert any(str(r[0]).startswith("Fuente:") for r in rows[1:])  # the note row
    assert rows[-1][0] == "TOTAL GENERAL"


def test_consulate_csv(paths: dict[str, Path]) -> None:
    data = paths["consulat_senegal_lpa_fk"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert b"\r\n" in data
    rows = _rows(paths["consulat_senegal_lpa_fk"], "cp1252", ";")
    assert rows[0][:3] == ["N° fiche", "Date d'arrivée", "Île / port d'arrivée"]
    assert "Passeurs présumés interpellés" in rows[0]
    assert any(not any(r) for r in rows[1:])  # the empty row
    dates = _column(rows, "Date d'arrivée")
    assert all(re.fullmatch(r"\d\d/\d\d/(\d\d)?\d\d|\d{1,2} [a-zéû]+ 20\d\d", d) for d in dates)
    text = data.decode("cp1252")
    assert "Ã" in text  # names pasted from UTF-8 e-mails
    assert "pirogue" in text


def test_consulate_mojibake_in_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    consul = truth["source_file"] == "consulat_senegal_lpa_fk.csv"
    assert tags[consul].str.contains("mojibake").any()


def test_open_arms_csv(paths: dict[str, Path]) -> None:
    data = paths["open_arms_fk"].read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")
    rows = _rows(paths["open_arms_fk"], "utf-8", ",")
    assert rows[0][:3] == ["ID caso", "Fecha/hora", "Tipo de caso"]
    dates = _column(rows, "Fecha/hora")
    unpadded = [d for d in dates if re.match(r"\d/", d) or re.match(r"\d\d?/\d/", d)]
    assert unpadded
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d \d{1,2}:\d\d:00", d) for d in dates)
    positions = _column(rows, "Posición")
    pattern = r"\d\d°\d\d[.,]\d'[NS] \d{3}°\d\d[.,]\d'[EW]"
    assert positions
    assert all(re.fullmatch(pattern, p) for p in positions)
    assert any(" > " in r for r in _column(rows, "Ruta"))


def test_eu_fra_csv(paths: dict[str, Path]) -> None:
    data = paths["eu_fra_bulletin_fk"].read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16, little-endian
    rows = _rows(paths["eu_fra_bulletin_fk"], "utf-16", "\t")
    assert rows[0][:3] == ["Case ID", "Date / period", "Member State"]
    citizenship = set(_column(rows, "Citizenship"))
    assert {"AF", "SY"} <= citizenship
    routes = _column(rows, "Route (transit)")
    assert any("-EL-" in r for r in routes)  # Eurostat code of Greece
    assert "Green border" in _column(rows, "Border type")
    periods = _column(rows, "Date / period")
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", p) for p in periods)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", p) for p in periods)


def test_crisis24_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["crisis24_alertes_fk"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["id_alerte", "date_evenement", "categorie", "pays"]
    stamps = [r["date_evenement"] for r in recs if r["date_evenement"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", s) for s in stamps)
    assert any(isinstance(r["transit"], list) for r in recs)
    counts = [r["nb_personnes"] for r in recs]
    assert sum(isinstance(c, str) for c in counts) > 0.95 * len(counts)  # counts as text
    nat = {r["nationalites"] for r in recs}
    assert {"Vénézuéliens", "Afghans"} <= nat
    assert "é" in lines[0] or any("é" in line for line in lines)  # not ASCII-escaped


def test_exact_repeats_repeat_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source_file"]) <= {"open_arms_fk.csv", "crisis24_alertes_fk.jsonl"}
    lines = paths["crisis24_alertes_fk"].read_text(encoding="utf-8").splitlines()
    for row in repeats.loc[repeats["source_file"] == "crisis24_alertes_fk.jsonl"].itertuples():
        first = int(str(row.duplicate_of).split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]
