"""The ``blind80`` examiner set (files ``*_cd.*``): files and ground truth only.

Five humanitarian, health and shelter sources (PASS/SMUR Calais, CEAR, Kino Border
Initiative, HIAS Panamá, JRS Europe). These tests check that the files are written as
the module's reader's guide says and that the truth describes every row; none of them
cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind80 import BLIND80_SOURCES, make_blind80

VARIANT = "blind80"
SEED = 80
N_EVENTS = 1500
SMALL_SEED = 801
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND80_SOURCES)
#: Fields every row gives as the event has them (all five sources carry these columns).
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country",
          "transit_countries")  # fmt: skip
TOLERANCE = 0.001  # degrees: points are written to 4-5 decimals, 0.01' or 1"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cd", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cd", n_events=SMALL_EVENTS)
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small_paths, small, FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_date_precision_and_partial_dates(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    assert (truth.loc[tags.str.contains("partial_month") & kept, "date_precision"] == "month").all()
    quarter = truth.loc[tags.str.contains("partial_quarter") & kept]
    assert len(quarter) > 0
    assert (quarter["date_precision"] == "quarter").all()
    assert pd.to_datetime(quarter["event_date"]).dt.month.isin([1, 4, 7, 10]).all()
    # a pair of reports of one event always gives the day
    assert (truth.loc[truth["expected_reason"] == "cross_source", "date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_blind80(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    assert [s.filename for s in subs] == [s.filename for s in BLIND80_SOURCES]
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv_styles = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert csv_styles == {("cp1252", ";"), ("utf-16", "\t"), ("utf-8", "|")}
    assert all(s.filename.split(".")[0].endswith("_cd") for s in subs)


def test_pass_calais_is_french_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["pass_calais_cd"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accented letters are single cp1252 bytes
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° PEC;Date/heure PEC;Contexte (signalement);")
    assert "\r\n" in text
    assert "art. L823-1 CESEDA" in text
    assert "traite" in text or "TEH" in text
    assert re.search(r"N \d\d°\d\d\.\d{3}' E 00\d°\d\d\.\d{3}'", text)  # CROSS-style fix
    assert re.search(r"\d\d,\d{5} / \d,\d{5}", text)  # decimal commas
    assert re.search(r"\d\d/\d\d/20\d\d \d\dh\d\d", text)  # time of the call
    assert "Angleterre" in text or "UK" in text


def test_cear_is_spanish_xlsx_with_excel_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["cear_acogida_cd"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha llegada / detección", "Tipología delictiva")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 43000 < d < 46000 for d in dates)  # lost formats
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    cells = {str(v) for r in rows for v in r if v is not None}
    assert {"cayuco", "MENA"} & cells
    assert any("318 bis" in c for c in cells)
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\" O", c) for c in cells)  # oeste


def test_kino_is_utf16_tab_with_us_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["kino_nogales_cd"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with BOM, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert "\t" in header
    assert "Apprehension date (mm/dd/yyyy) / Fecha" in header
    for word in ("UAC", "Family unit", "8 USC 1324"):
        assert word in text
    frame = pd.read_csv(
        paths["kino_nogales_cd"], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False
    )
    rows = _rows_of(truth, "kino_nogales_cd.csv")
    data = rows.loc[rows["expected_status"] == "record"]
    # month first: a cell m/d/yyyy is the expected day
    cells = frame.loc[data.index, "Apprehension date (mm/dd/yyyy) / Fecha"]
    us = cells.str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d")
    got = pd.to_datetime(cells[us], format="%m/%d/%Y")
    want = pd.to_datetime(data.loc[us[us].index, "event_date"])
    assert len(got) > 20
    assert (got.to_numpy() == want.to_numpy()).all()
    assert (got.dt.day <= 12).any()  # the ambiguous-looking ones are there too


def test_hias_is_utf8_pipe_with_panama_numbers(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["hias_panama_cd"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.split("\n", 1)[0].startswith("Código de caso|Fecha del evento|")
    assert "NNA" in text
    assert "Ley 79 de 2011" in text
    assert "Ã" in text  # some double-encoded cells
    rows = _rows_of(truth, "hias_panama_cd.csv")
    tags = tags_of(truth).loc[truth["source_file"] == "hias_panama_cd.csv"].reset_index(drop=True)
    big = rows.loc[tags.str.contains("thousands_sep")]
    for n in big["n_persons"]:  # Panama writes 3,163 for three thousand...
        assert f"|{int(n):,}|" in text


def test_jrs_is_jsonl_with_sea_positions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["jrs_europe_cd"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_id", "incident_date", "offence_category"]
    rows = _rows_of(truth, "jrs_europe_cd.jsonl")
    assert len(records) == len(rows)
    tags = tags_of(truth).loc[truth["source_file"] == "jrs_europe_cd.jsonl"].reset_index(drop=True)
    ddm = re.compile(r"(\d+)°(\d\d\.\d\d)'([NS]) (\d+)°(\d\d\.\d\d)'([EW])")
    checked = 0
    for i in tags.index[tags.str.contains("ddm") & rows["lat"].notna()]:
        match = ddm.fullmatch(records[i]["position"])
        assert match is not None, records[i]["position"]
        lat = (int(match[1]) + float(match[2]) / 60) * (1 if match[3] == "N" else -1)
        lon = (int(match[4]) + float(match[5]) / 60) * (1 if match[6] == "E" else -1)
        assert abs(lat - float(rows.loc[i, "lat"])) < 1e-6
        assert abs(lon - float(rows.loc[i, "lon"])) < 1e-6
        checked += 1
    assert checked > 20
    counts = [r["persons_concerned"] for r in records]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.endswith(" POB") for c in counts)
    assert any("art. 12 TUI" in str(r["offence_category"]) for r in records)


def test_other_seeds_run(tmp_path: Path) -> None:
    a = write_samples(tmp_path / "a", seed=0, n_events=3000, variant=VARIANT)
    b = write_samples(tmp_path / "b", seed=5, n_events=1500, variant=VARIANT)
    for got in (a, b):
        assert {got[s].name for s in SOURCES} == {s.filename for s in BLIND80_SOURCES}
