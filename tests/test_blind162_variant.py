"""The examiner sample set ``blind162``: five air-hub desks, files ``*_fh.*``.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

from trendlib.samples import write_samples
from trendlib.samples._blind162 import SOURCES

VARIANT = "blind162"
SEED = 162
N_EVENTS = 1500
SMALL_SEED = 1621
SMALL_EVENTS = 400
SUFFIX = "_fh"
TOLERANCE = 1e-3
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = [tuple(r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    width = len(rows[0])  # a write-only sheet may end a row at its last value
    return [r + (None,) * (width - len(r)) for r in rows]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)  # every desk reports events at this size


def test_every_desk_reports_at_300_events(tmp_path: Path) -> None:
    for seed in (0, 1, 2):
        paths = write_small(tmp_path / str(seed), seed)
        rows = pd.read_csv(paths["truth_rows"], dtype=str)
        records = rows.loc[rows["expected_status"] == "record", "source"]
        assert set(records) == set(SOURCES), seed


def write_small(folder: Path, seed: int) -> dict[str, Path]:
    return write_samples(folder, seed=seed, n_events=300, variant=VARIANT)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_compilation_reports_what_no_desk_does(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    ilo = first.loc[first["source"] == "ilo_network_cairo", "detection_country"].dropna()
    assert set(ilo) == {"ITA"}
    others = first.loc[first["source"] != "ilo_network_cairo", "detection_country"].dropna()
    assert "ITA" not in set(others)


def test_garbage_and_bad_rows_per_desk(truth: pd.DataFrame) -> None:
    garbage = truth.loc[tags_of(truth).str.contains("garbage_row")]
    by_file = garbage.groupby("source")["expected_reason"].apply(set).to_dict()
    for csv_desk in ("thy_security_ist", "ram_surete_cmn"):
        assert by_file[csv_desk] == {"empty_row", "no_content", "no_date"}
    for xlsx_desk in ("ek_group_security", "aircop_gcia_pty"):
        assert by_file[xlsx_desk] == {"no_content", "no_date"}
    assert by_file["ilo_network_cairo"] == {"no_date"}  # the JSON export has no note
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"thy_security_ist", "ilo_network_cairo"}


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_thy_is_utf16_tab_text_with_airline_codes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["thy_security_ist"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode Text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["Occurrence No", "Occurrence Date", "Case Type"]
    assert "Pax Type" in lines[0]
    assert "Routing (Transit)" in lines[0]
    assert re.search(r"\t\d\d\.\d\d\.20\d\d\t", text)  # 17.05.2023
    assert re.search(r"\t\d\d\.20\d\d\t", text)  # month only: 05.2023
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert re.search(r"\t\d+\.\d{4}N \d+\.\d{4}[EW]\t", text)  # one-cell position
    assert re.search(r"\tTR-BG-RS(-BA)?\t", text)  # routing in alpha-2 codes
    for word in ("\tADT\t", "\tCHD\t", "\tADT+CHD\t", "\tNIL\t", "\tSOM\t", "\tUM\t"):
        assert word in text, word
    assert set(_rows(truth, "thy_security_ist")["source_ref"].dropna().str[:7]) >= {"CS-IST-"}


def test_ek_mixes_excel_dates_and_airline_dates(paths: dict[str, Path]) -> None:
    rows = _xlsx_rows(paths["ek_group_security"])
    header = rows[0]
    assert header[:3] == ("GS Reference", "Date of Occurrence", "Category")
    assert "Lat" in header
    assert "Long" in header
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d[A-Z]{3}\d\d", d) for d in dates)
    nat = [r[header.index("Nationality")] for r in rows[1:]]
    assert any(isinstance(v, str) and re.fullmatch(r"[A-Z]{3}", v) for v in nat)
    lats = [r[header.index("Lat")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    dest = {r[header.index("Intended Destination")] for r in rows[1:]}
    assert "UK" in dest or "Great Britain" in dest


def test_ram_is_french_cp1252_semicolon(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ram_surete_cmn"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0].split(";")
    assert header[:3] == ["N° dossier", "Date des faits", "Nature de l'affaire"]
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(
        r";\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";-?\d+,\d{4};-?\d+,\d{4};", text)  # decimal commas
    for word in (";néant;", ";Espagne;", ";mineurs;", ";Trafic de migrants;"):
        assert word in text, word
    tags = tags_of(_rows(truth, "ram_surete_cmn"))
    assert tags.str.contains("count_word").any()


def test_aircop_mixes_serials_text_and_m49_codes(paths: dict[str, Path]) -> None:
    rows = _xlsx_rows(paths["aircop_gcia_pty"])
    header = rows[0]
    assert header[:3] == ("N.º de caso", "Fecha del hecho", "Tipo de delito")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    nat = [str(r[header.index("Nacionalidad")]) for r in rows[1:]]
    assert any(re.fullmatch(r"\d{3}( - .+)?", v) for v in nat)
    coords = [str(r[header.index("Coordenadas")]) for r in rows[1:]]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W", c) for c in coords)
    assert any(re.fullmatch(r"-?\d+\.\d{6}, -?\d+\.\d{6}", c) for c in coords)
    ages = {r[header.index("Grupo etario")] for r in rows[1:]}
    assert {"NNA", "Adultos"} <= ages
    transit = {str(r[header.index("Países de tránsito")]) for r in rows[1:]}
    assert any(" / " in t for t in transit)  # Guatemala / México


def test_ilo_is_json_lines_with_lists_and_mojibake(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["ilo_network_cairo"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"case_ref", "incident_date", "transit", "lng"} <= set(recs[0])
    assert any(isinstance(r.get("transit"), list) for r in recs)
    assert any(isinstance(r.get("linked_offences"), list) for r in recs)
    dates = {str(r.get("incident_date")) for r in recs}
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert "Ã" in "".join(lines) or "Ã" in json.dumps(recs, ensure_ascii=False)
    tags = tags_of(truth)
    mojibake_sources = set(truth.loc[tags.str.contains("mojibake"), "source"])
    assert mojibake_sources == {"ilo_network_cairo"}


def test_expected_dates_follow_precision(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    assert (kept.loc[tags.str.contains("month_only"), "date_precision"] == "month").all()
    assert (kept.loc[tags.str.contains("quarter_only"), "date_precision"] == "quarter").all()
    assert set(truth.loc[tags_of(truth).str.contains("excel_serial"), "source"]) == {
        "aircop_gcia_pty"
    }
