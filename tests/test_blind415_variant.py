"""The examiner set ``blind415`` (files ``*_pa.*``): five sugar-sector desks.

These tests check what the set promises (files, truth, each agency's quirks in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind415 import SOURCES, make_blind415

VARIANT = "blind415"
SEED = 415
N_EVENTS = 1500
SMALL_SEED = 4151
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
_FR_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


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


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by their row number in the file."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by row number (header = 1)."""
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_pa", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_pa", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_has_records(seed: int, n_events: int) -> None:
    subs = make_blind415(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_each_kind_of_bad_row_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbage = truth.loc[tags.str.contains("garbage_row")]
    # an empty row in each CSV, a note in each file but the platform's, a total in each
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"]) == {
        "tereos_vigilance_pa",
        "tate_lyle_ethical_trade_pa",
        "calesa_cumplimiento_pa",
    }
    notes = set(garbage.loc[garbage["expected_reason"] == "no_content", "source"])
    assert notes == set(NAMES) - {"asr_group_security_digest_pa"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"tate_lyle_ethical_trade_pa", "calesa_cumplimiento_pa"}


def test_quirks_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source, quirks in {
        "tereos_vigilance_pa": ("mojibake_row", "decimal_comma", "_only", "zero_word"),
        "acor_cumplimiento_pa": ("excel_date", "text_date", "demonym", "coords_pair"),
        "tate_lyle_ethical_trade_pa": ("long_date", "count_word", "alias", "none_word"),
        "calesa_cumplimiento_pa": ("excel_serial", "demonym", "thousands_sep"),
        "asr_group_security_digest_pa": ("iso2", "json_list", "iso_datetime", "uac"),
    }.items():
        mine = tags.loc[truth["source"] == source]
        for quirk in quirks:
            assert mine.str.contains(quirk).any(), (source, quirk)


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_tereos_is_french_cp1252_semicolon(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["tereos_vigilance_pa"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date constat;Pays du constat;Qualification;")
    assert "\r\n" in text
    assert "Ã" in text  # a UTF-8 export reopened as cp1252
    assert re.search(r";5\d,\d{5};-?\d{1,2},\d{5}\r\n", text)  # decimal commas
    assert re.search(rf";(T[1-4]|{_FR_MONTHS}) 20\d\d;", text)  # partial dates
    assert re.search(r";(Angleterre|Grande-Bretagne|Royaume-Uni);", text)
    cells = _csv(paths["tereos_vigilance_pa"], "cp1252", ";")
    rows = _rows_of(truth, "tereos_vigilance_pa")
    _day_first_dates_match(cells["Date constat"], rows)


def test_acor_workbook_is_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["acor_cumplimiento_pa"], read_only=True)
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    values = [tuple(r) + (None,) * (len(header) - len(r)) for r in values]  # short rows
    assert header[:3] == ("Nº expediente", "Fecha del hecho", "Tipología")
    body = values[1:]
    dates = [r[1] for r in body]
    real = sum(isinstance(d, dt.datetime) for d in dates)
    text = [d for d in dates if isinstance(d, str)]
    assert real > len(body) // 2
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in text)
    nationality = {r[8] for r in body if isinstance(r[8], str)}
    assert nationality & {"marroquí", "argelino", "maliense", "senegalés", "rumano"}
    coords = [r[13] for r in body if isinstance(r[13], str) and r[13] != "no consta"]
    assert coords
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", c) for c in coords)
    rows = _rows_of(truth, "acor_cumplimiento_pa")
    for number, row in enumerate(body, start=2):  # real Excel dates are the event's day
        want = rows.loc[number]
        if isinstance(row[1], dt.datetime) and want["expected_status"] in (
            "record",
            "duplicate",
        ):
            assert pd.Timestamp(row[1]).strftime("%Y-%m-%d") == want["event_date"]


def test_tate_lyle_is_english_utf8_bom(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["tate_lyle_ethical_trade_pa"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfCase ref,Date identified,Case category,")
    text = raw.decode("utf-8-sig")
    assert re.search(rf",\d{{1,2}} ({_EN_MONTHS}) 20\d\d,", text)
    assert re.search(r",Q[1-4] 20\d\d,", text)
    assert " > " in text
    cells = _csv(paths["tate_lyle_ethical_trade_pa"], "utf-8-sig", ",")
    rows = _rows_of(truth, "tate_lyle_ethical_trade_pa")
    _day_first_dates_match(cells["Date identified"], rows)
    long = cells["Date identified"].str.fullmatch(rf"\d{{1,2}} ({_EN_MONTHS}) 20\d\d")
    kept = rows["expected_status"].ne("quarantine")
    for number in cells.index[long.to_numpy()]:
        if kept.get(number, False):
            day = pd.to_datetime(cells.loc[number, "Date identified"], format="%d %B %Y")
            assert day.strftime("%Y-%m-%d") == rows.loc[number, "event_date"]


def test_calesa_is_utf16_tab_with_excel_serials(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["calesa_cumplimiento_pa"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with its BOM, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    assert text.startswith("No. reporte\tFecha\tPaís\tLatitud\tLongitud\t")
    assert "trimestre 20" in text
    cells = _csv(paths["calesa_cumplimiento_pa"], "utf-16", "\t")
    rows = _rows_of(truth, "calesa_cumplimiento_pa")
    serial = cells["Fecha"].str.fullmatch(r"4\d{4}")
    assert serial.sum() > len(cells) // 3
    kept = rows["expected_status"].ne("quarantine")
    for number in cells.index[serial.to_numpy()]:
        if kept.get(number, False):
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(cells.loc[number, "Fecha"]))
            assert day.strftime("%Y-%m-%d") == rows.loc[number, "event_date"]
    _day_first_dates_match(cells["Fecha"], rows)
    assert cells["Grupo etario"].str.contains("NNA").any()
    assert set(cells["Sexo"]) >= {"M", "F"}


def test_asr_digest_is_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["asr_group_security_digest_pa"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert list(records[0])[:3] == ["incident_id", "event_date", "country"]
    lists = [r["transit_countries"] for r in records if r.get("transit_countries")]
    assert lists
    assert all(isinstance(v, list) for v in lists)
    assert all(len(code) == 2 for v in lists for code in v)
    nat = [r["nationality"] for r in records if isinstance(r.get("nationality"), str)]
    assert sum(len(v) == 2 for v in nat) > len(nat) // 2
    iso = re.compile(r"20\d\d-(Q[1-4]|\d\d(-\d\d(T\d\d:\d\d:\d\d)?)?)")
    rows = _rows_of(truth, "asr_group_security_digest_pa")
    for number, rec in enumerate(records, start=1):
        if rows.loc[number, "expected_status"] != "quarantine":
            assert iso.fullmatch(rec["event_date"]), rec["event_date"]
            if len(rec["event_date"]) >= 10:
                assert rec["event_date"][:10] == rows.loc[number, "event_date"]


def _day_first_dates_match(cells: pd.Series, rows: pd.DataFrame) -> None:
    """Every dd/mm/yyyy (or dd/mm/yy) date of a kept row is its expected day."""
    full = cells.str.fullmatch(r"\d{2}/\d{2}/\d{2}(\d{2})?")
    assert full.any()
    seen_day_over_12 = False
    for number in cells.index[full.to_numpy()]:
        row = rows.loc[number]
        if row["expected_status"] == "quarantine":
            continue
        text = cells.loc[number]
        fmt = "%d/%m/%Y" if len(text) == 10 else "%d/%m/%y"
        assert pd.to_datetime(text, format=fmt).strftime("%Y-%m-%d") == row["event_date"]
        seen_day_over_12 |= int(text[:2]) > 12
    assert seen_day_over_12  # the file's order is readable: day first
