"""Examiner set ``blind328`` (files ``*_lr.*``): what the files and their truth promise.

Five farm-labour and migration sources written by :mod:`trendlib.samples._blind328`.
These tests check the bytes and the truth only; none of them cleans or scores.
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

VARIANT = "blind328"
SEED = 328
N_EVENTS = 1500
SMALL_SEED = 3281
SMALL_EVENTS = 400

SOURCES = ("stronger_together_uk", "cdm_jornaleros", "asnuci_lepe", "miprof_teh", "walk_free")
#: Fields every source writes as the event has them (its own way).
FIELDS = ("crime_type", "exploitation", "origin_country", "transit_countries")
TOLERANCE = 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_lr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_lr", n_events=SMALL_EVENTS)
    truth = _truth(small)
    assert set(truth["source"]) == set(SOURCES)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert rows["event_id"].notna().sum() > 0, source


# --------------------------------------------------------------------------------------
# Columns an agency does not keep: the truth expects nothing there
# --------------------------------------------------------------------------------------
def test_columns_left_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    st = kept.loc[kept["source"] == "stronger_together_uk"]
    assert st["destination_country"].isna().all()  # the UK log has no destination column
    asn = kept.loc[kept["source"] == "asnuci_lepe"]
    assert asn["linked_offences"].isna().all()  # the Huelva sheet notes no offences
    others = kept.loc[kept["source"] != "stronger_together_uk"]
    want = events.loc[others["event_id"], "destination_country"].reset_index(drop=True)
    assert others["destination_country"].reset_index(drop=True).equals(want)
    rest = kept.loc[kept["source"] != "asnuci_lepe"]
    want = events.loc[rest["event_id"], "linked_offences"].reset_index(drop=True)
    assert rest["linked_offences"].reset_index(drop=True).equals(want)


def test_primary_sources_by_detection_country(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].eq("record") & truth["detection_country"].notna()]
    by_source = first.groupby("source")["detection_country"].agg(set).to_dict()
    assert by_source["stronger_together_uk"] == {"GBR"}
    assert by_source["cdm_jornaleros"] == {"USA"}
    assert by_source["asnuci_lepe"] == {"ESP"}
    assert by_source["miprof_teh"] == {"FRA"}
    assert {"ITA", "GRC", "PAN"} <= by_source["walk_free"]
    assert not by_source["walk_free"] & {"GBR", "USA", "ESP", "FRA"}


def test_partial_dates_by_file(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source")["date_precision"].agg(set).to_dict()
    assert prec["asnuci_lepe"] == {"day", "month"}
    assert prec["cdm_jornaleros"] == {"day", "month"}
    assert {"month", "quarter"} <= prec["walk_free"]
    assert {"month", "quarter"} <= prec["stronger_together_uk"]


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_asnuci_spanish_excel_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["asnuci_lepe"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.count(b"\r\n") >= len(_rows(truth, "asnuci_lepe"))
    text = raw.decode("cp1252")
    header = text.splitlines()[0].split(";")
    assert header[:2] == ["Nº expediente", "Fecha"]
    assert {"País de origen", "Países de tránsito", "Medio de llegada"} <= set(header)
    body = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    dates = {row[1] for row in body if len(row) > 1}
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)  # two-digit years
    assert any(re.fullmatch(r"[a-z]{3}-\d\d|[a-z]+ \d{4}", d) for d in dates)  # months
    assert re.search(r";-?\d+,\d{4};-?\d+,\d{4}\r\n", text)  # decimal commas
    assert "patera" in text or "cayuco" in text
    tags = tags_of(_rows(truth, "asnuci_lepe"))
    if tags.str.contains("mojibake").any():
        assert "Ã" in text
    if tags.str.contains("thousands_sep").any():
        assert re.search(r";\d{1,2}\.\d{3};", text)


def test_miprof_french_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["miprof_teh"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(";")
    assert header[:2] == ["N° de fiche", "Date des faits"]
    assert "Coordonnées GPS" in header
    assert "Qualification retenue" in header
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"[EO]", text)  # DMS
    assert "aide à l'entrée" in text
    assert re.search(r";(afghane|irakienne|iranienne|érythréenne|syrienne|albanaise);", text)
    tags = tags_of(_rows(truth, "miprof_teh"))
    if tags.str.contains("date_quarter").any():
        assert re.search(r";(T[1-4] \d{4}|(1er|[2-4]e) trimestre \d{4});", text)


def test_cdm_jsonl_export(paths: dict[str, Path]) -> None:
    lines = paths["cdm_jornaleros"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = {k for r in records for k in r}
    assert {"folio", "fecha_hechos", "tipo_caso", "num_personas", "pais_deteccion"} <= keys
    dates = [r["fecha_hechos"] for r in records if isinstance(r.get("fecha_hechos"), str)]
    assert all(re.fullmatch(r"\d{4}-\d\d(-\d\d(T00:00:00)?)?", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)  # month only
    counts = [r["num_personas"] for r in records]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    text = "\n".join(lines)
    assert '"EUA"' in text or '"EE. UU."' in text
    assert "coyotaje" in text
    assert "NNA" in text
    zero_points = [r for r in records if r.get("latitud") == 0 and r.get("longitud") == 0]
    assert zero_points  # the intake app's default point


def test_stronger_together_excel_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["stronger_together_uk"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Case ref", "Date identified", "Reported by")
    assert "Travelled via" in header
    assert "How they arrived" in header
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    where = header.index("Country identified")
    assert {"England", "Scotland"} <= {r[where] for r in rows[1:]}
    nat = {r[header.index("Nationality")] for r in rows[1:]}
    assert "Vietnamese" in nat
    via = [r[header.index("Travelled via")] for r in rows[1:]]
    assert any(isinstance(v, str) and " > " in v for v in via)
    tags = tags_of(_rows(truth, "stronger_together_uk"))
    if tags.str.contains("count_word").any():
        people = {r[header.index("No. of people")] for r in rows[1:]}
        assert people & {"one", "two", "three", "four", "five"}


def test_walk_free_compilation_csv(paths: dict[str, Path]) -> None:
    text = paths["walk_free"].read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert list(frame.columns[:3]) == ["Incident ID", "Date", "Crime category"]
    dates = frame["Date"]
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert frame["Nationality (ISO3)"].str.fullmatch(r"[A-Z]{3}").mean() > 0.7
    assert frame["Transit countries"].str.contains(";").any()
    assert (frame["Form of exploitation"] == "Forced commercial sexual exploitation").any()
