"""The ``blind115`` examiner set (files ``*_dm.*``): its files and its truth.

Five humanitarian and civil-society trackers (FTDES, Caminando Fronteras, Hope Border
Institute, GARR, Migreurop) written from the truth. These tests check what the files hold
and what the truth promises; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
import zipfile
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

from trendlib.samples._blind115 import BLIND115_SOURCES

VARIANT = "blind115"
SEED = 115
N_EVENTS = 1500
SMALL_SEED = 1151
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND115_SOURCES)
#: Fields every kept row gives exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
FTDES, CF, HOPE, GARR, MGR = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _csv_text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dm", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_dm", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.002)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    by_source = {s.source: s for s in BLIND115_SOURCES}
    assert {s.language for s in BLIND115_SOURCES} == {"en", "fr", "es"}
    assert sum(s.language == "fr" for s in BLIND115_SOURCES) == 3
    assert {s.format for s in BLIND115_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND115_SOURCES if s.format == "csv"]
    assert {s.encoding for s in csvs} == {"cp1252", "utf-16", "utf-8"}
    assert {s.delimiter for s in csvs} == {";", "\t", "|"}
    # FTDES: cp1252 (not UTF-8), ';' and CRLF, French headers
    raw = paths[FTDES].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    head = raw.decode("cp1252").splitlines()[0]
    assert head.split(";")[:2] == ["N° fiche", "Date (jj/mm/aaaa)"]
    # Caminando Fronteras: UTF-16 with its BOM, tab-delimited, Spanish headers
    raw = paths[CF].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    head = raw.decode("utf-16").splitlines()[0]
    assert head.split("\t")[:2] == ["Nº alerta", "Fecha (dd/mm/aa)"]
    # Migreurop: UTF-8 without BOM, '|'-delimited
    raw = paths[MGR].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    head = raw.decode("utf-8").splitlines()[0]
    assert head.split("|")[:3] == ["Réf.", "Date des faits", "Pays"]
    # Hope Border: one JSON object per line, English keys
    lines = paths[HOPE].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["case_id", "date_encountered", "location"]
    assert all(isinstance(json.loads(line), dict) for line in lines)
    # GARR: a real XLSX workbook with French headers
    assert zipfile.is_zipfile(paths[GARR])
    sheet = load_workbook(paths[GARR], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True))
    assert list(header) == list(by_source[GARR].headers.values())


def test_ftdes_quirks(paths: dict[str, Path]) -> None:
    text = _csv_text(paths[FTDES], "cp1252")
    assert re.search(r";\d{1,2}\xa0\d{3};", text)  # no-break space thousands separator
    assert re.search(r"\d{2}°\d{2},\d'N \d{3}°\d{2},\d'[EWO]", text)  # decimal minutes
    assert re.search(r";\d+,\d{4} / -?\d+,\d{4};", text)  # decimal commas
    assert re.search(r";(T[1-4]|[1-4]e[r]? trimestre) 20\d\d;", text)  # quarters
    assert "TOTAL GÉNÉRAL" in text
    assert "harga organisée" in text
    assert re.search(r";(aucun|néant);", text)


def test_caminando_quirks(paths: dict[str, Path]) -> None:
    text = _csv_text(paths[CF], "utf-16")
    assert re.search(r"\t\d{2}/\d{2}/\d{2}\t", text)  # two-digit years
    assert re.search(r"\t\d{1,2}\.\d{3}\t", text)  # dot thousands separator
    assert re.search(r"\t\d+,\d{5} O\t", text)  # west as 'O' (oeste), decimal comma
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\t(cayuco|patera)\t", text)


def test_hope_quirks(paths: dict[str, Path]) -> None:
    rows = [json.loads(line) for line in paths[HOPE].read_text(encoding="utf-8").splitlines()]
    dates = [str(r["date_encountered"]) for r in rows if r["date_encountered"] is not None]
    us = [d for d in dates if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    assert us
    assert any(int(d.split("/")[1]) > 12 for d in us)  # month first
    assert any(
        re.fullmatch(r"Q[1-4] \d{4}|\d{4}-Q[1-4]|\d(st|nd|rd|th) quarter \d{4}", d) for d in dates
    )
    counts = [r["people_involved"] for r in rows]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) for c in counts)  # "unk" / "unknown"
    ages = {r["age_category"] for r in rows}
    assert {"UAC", "FMUA"} & ages
    assert any(isinstance(r["lng"], str) and r["lng"].endswith(" W") for r in rows)


def test_garr_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[GARR], read_only=True).active
    assert sheet is not None
    dates = [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(40000 < d < 50000 for d in serials)  # Excel serial days
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    tags = tags_of(truth.loc[truth["source_file"] == paths[GARR].name])
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("coords_dms").any()


def test_migreurop_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _csv_text(paths[MGR], "utf-8")
    assert "Ã" in text  # cells pasted from a badly decoded export
    assert re.search(r"\|(NR|inconnu)\|", text)  # count or field not known
    assert re.search(r"\|\d{2}\.\d{2}\.\d{4}\|", text)  # dotted dates
    assert re.search(r"\|N \d+\.\d{4} [EW] \d+\.\d{4}\|", text)
    assert "L823-1 CESEDA" in text or "s.25 Immigration Act 1971" in text
    mine = tags_of(truth.loc[truth["source_file"] == paths[MGR].name])
    assert mine.str.contains("mojibake").any()
    assert (
        truth.loc[truth["source_file"] == paths[MGR].name, "expected_reason"]
        .eq("exact_repeat")
        .any()
    )


def test_partial_dates_and_precisions(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
    for source in SOURCES:  # every tracker writes some month-only and quarter-only dates
        mine = kept.loc[kept["source"] == source, "date_precision"]
        assert {"month", "quarter"} <= set(mine), source
