"""The examiner set ``blind338``: five horse-racing integrity and welfare desks (``*_mb.*``).

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind338 import SOURCES, make_blind338

VARIANT = "blind338"
SEED = 338
N_EVENTS = 1500
SMALL_SEED = 3381
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
BHA, GALOP, ZARZUELA, AMERICAS, REMON = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_mb", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_mb", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type", "linked_offences"), tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), ("crime_type", "linked_offences"), tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind338(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


# --------------------------------------------------------------------------------------
# The truth says what a careful analyst reads
# --------------------------------------------------------------------------------------
def test_partial_dates_only_where_the_desk_writes_them(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"].isin(["month", "quarter"]), "source"]
    assert set(partial) == {BHA, GALOP}
    first = pd.to_datetime(kept.loc[kept["date_precision"] == "quarter", "event_date"])
    assert (first.dt.month.isin([1, 4, 7, 10]) & (first.dt.day == 1)).all()


def test_readable_oddities_keep_their_values(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    home = kept & tags.str.contains("home_nation")
    assert home.any()
    assert (truth.loc[home, "detection_country"] == "GBR").all()
    for tag, col in [
        ("adjective:nationality", "nationality"),
        ("iso3:nationality", "nationality"),
        ("typo:detection_country", "detection_country"),
        ("alias:destination_country", "destination_country"),
    ]:
        rows = kept & tags.str.contains(tag, regex=False)
        assert rows.any(), tag
        assert truth.loc[rows, col].str.fullmatch(r"[A-Z]{3}").all(), tag
    for tag in ("excel_serial", "month_abbr", "two_digit_year", "text_date", "coords_dms"):
        assert (kept & tags.str.contains(tag)).any(), tag
    dms = kept & tags.str.contains("coords_dms")
    assert truth.loc[dms, ["lat", "lon"]].notna().all().all()
    direct = kept & tags.str.contains("direct_word")
    assert direct.any()
    assert truth.loc[direct, "transit_countries"].isna().all()
    mojibake = kept & tags.str.contains("mojibake")
    assert mojibake.any()
    assert set(truth.loc[mojibake, "source"]) == {REMON}


def test_smuggling_rows_expect_no_exploitation(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    smuggling = kept["crime_type"] == "smuggling"
    assert kept.loc[smuggling, "exploitation"].isna().all()
    assert kept.loc[~smuggling, "exploitation"].notna().all()


def test_bad_rows_of_every_kind_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"].fillna("").eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {AMERICAS, REMON}


# --------------------------------------------------------------------------------------
# The desks' habits are in the bytes
# --------------------------------------------------------------------------------------
def test_bha_json_lines(paths: dict[str, Path]) -> None:
    raw = paths[BHA].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert all(isinstance(rec, dict) for rec in lines)
    assert list(lines[0])[:3] == ["intel_ref", "date_of_information", "concern_category"]
    dates = [str(rec["date_of_information"]) for rec in lines]
    for pattern in (
        r"\d{4}-\d\d-\d\d",
        r"\d{4}-\d\d",
        r"Q[1-4] \d{4}",
        r"\d{1,2} [A-Z][a-z]+ \d{4}",
    ):
        assert any(re.fullmatch(pattern, d) for d in dates), pattern
    encounter = {rec["country_of_encounter"] for rec in lines}
    assert {"England", "GB", "Italy", "HR"} <= encounter
    assert any(isinstance(rec["latitude"], float) for rec in lines)
    assert any(" > " in str(rec["route_via"]) for rec in lines)
    assert "Vietnamese" in {rec["nationality"] for rec in lines}


def test_galop_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths[GALOP].read_bytes()
    assert raw.startswith("N° dossier;Date des faits;".encode("cp1252"))
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert re.search(r";\d{2},\d{5};-?\d{1,2},\d{5};", text)  # decimal-comma coordinates
    assert re.search(r";\d{1,2}/\d\d/\d{4};", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
        r"novembre|décembre) \d{4};",
        text,
    ) or re.search(r";T[1-4] \d{4};", text)
    for word in ("mis en cause", "aucun", "Néant", "afghane", "TOTAL GÉNÉRAL", "Sans objet"):
        assert word in text, word


def test_zarzuela_excel_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[ZARZUELA])
    sheet = book.worksheets[0]
    width = sheet.max_column
    rows = [tuple(r) + (None,) * (width - len(r)) for r in sheet.iter_rows(values_only=True)]
    header = list(rows[0])
    assert header[:3] == ["Nº Expediente", "Fecha del hecho", "Tipología"]
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "str"} <= kinds
    text_dates = [d for d in dates if isinstance(d, str)]
    assert all(re.fullmatch(r"\d\d[/-]\d\d[/-]\d{4}|s/f", d) for d in text_dates)
    coords = [r[header.index("Coordenadas")] for r in rows[1:]]
    assert any(isinstance(c, str) and re.fullmatch(r"\d+\.\d{5}, -?\d+\.\d{5}", c) for c in coords)
    persons = [r[header.index("Nº víctimas/migrantes")] for r in rows[1:]]
    assert any(isinstance(p, int) for p in persons)
    words = {str(v) for r in rows[1:] for v in r if isinstance(v, str)}
    assert {"No consta", "Varón"} & words


def test_americas_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[AMERICAS].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[0] == "FOLIO"
    assert all(h == h.upper() for h in header)
    assert "PROBABLES RESPONSABLES" in header
    assert re.search(r"\t\d\d/(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)/\d{4}\t", text)
    for word in ("TRÁFICO DE PERSONAS", "NNA", "E.U.A."):
        assert word in text, word


def test_remon_bom_dms_serials(paths: dict[str, Path]) -> None:
    raw = paths[REMON].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("No. de caso,Fecha,")
    assert re.search(r"\d°\d\d'\d\d\.\d\"\"N 7\d°\d\d'\d\d\.\d\"\"W", text)  # quoted in CSV
    assert re.search(r"^HPR-\d\d-\d{4},4\d{4},", text, flags=re.MULTILINE)  # Excel serials
    assert re.search(r"^HPR-\d\d-\d{4},20\d\d/\d\d/\d\d,", text, flags=re.MULTILINE)
    assert "Ã" in text  # rows imported with mojibake
