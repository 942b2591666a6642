"""The examiner's ``blind106`` sample set (files ``*_dd.*``): files and truth only.

These tests check that the five files are written as the module's docstring promises
(languages, formats, encodings, delimiters, a few quirks in the bytes) and that the
ground truth describes every row consistently. None of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind106 import BLIND106_SOURCES

VARIANT = "blind106"
SEED = 106
N_EVENTS = 1500
SMALL_SEED = 1061
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND106_SOURCES)
BY_NAME = {s.source: s for s in BLIND106_SOURCES}
#: Fields every source writes for every event (the rest may be absent from a file).
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _text(paths: dict[str, Path], source: str) -> str:
    src = BY_NAME[source]
    return paths[source].read_bytes().decode(src.encoding)


# --------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dd", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_dd", n_events=SMALL_EVENTS)
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_transit_only_where_a_column_holds_it(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    transit = dict(zip(events["event_id"], events["transit_countries"], strict=True))
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    valais = ok["source_file"] == "polcant_valais_dd.csv"
    assert ok.loc[valais, "transit_countries"].isna().all()  # no such column in the file
    others = ok.loc[~valais]
    want = others["event_id"].map(transit)
    assert (others["transit_countries"].fillna("") == want.fillna("")).all()


def test_every_quirk_tag_is_planted(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    for tag in (
        "excel_serial",
        "excel_date",
        "partial_month",
        "partial_quarter",
        "two_digit_year",
        "month_name",
        "legal_article",
        "demonym",
        "iso2",
        "iso3",
        "mojibake",
        "thousands_sep",
        "count_with_text",
        "zero_word",
        "na_word",
        "dms",
        "ddm",
        "west_o",
        "decimal_comma",
        "coords_placeholder",
        "coords_missing",
        "via_words",
    ):
        assert tag in tags, tag


# --------------------------------------------------------------------------------------
# The files: languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND106_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND106_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND106_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) >= 3
    assert len({s.delimiter for s in csv}) >= 3
    assert {(s.encoding, s.delimiter) for s in csv} == {
        ("cp1252", ";"),
        ("utf-8-sig", "\t"),
        ("utf-8", "|"),
    }
    assert all(s.filename.startswith(s.source) for s in BLIND106_SOURCES)


def test_csv_bytes_match_their_encoding(paths: dict[str, Path]) -> None:
    mouscron = paths["zp_mouscron_dd"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        mouscron.decode("utf-8")  # accented French in cp1252 is not UTF-8
    assert b"\r\n" in mouscron
    assert "Cat. âge".encode("cp1252") in mouscron
    valais = paths["polcant_valais_dd"].read_bytes()
    assert valais.startswith(codecs.BOM_UTF8)
    assert not paths["fronteras_cr_dd"].read_bytes().startswith(codecs.BOM_UTF8)
    for source in ("zp_mouscron_dd", "polcant_valais_dd", "fronteras_cr_dd"):
        src = BY_NAME[source]
        header = _text(paths, source).lstrip("\ufeff").splitlines()[0]
        assert header.split(src.delimiter) == list(src.headers.values()), source


def test_jsonl_is_english_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["srec_lux_dd"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(list(r) == list(BY_NAME["srec_lux_dd"].headers.values()) for r in rows)
    assert any(isinstance(r["No. of persons"], int) for r in rows)
    assert any(r["SREC ref."].startswith("Note:") for r in rows)


def test_xlsx_holds_real_dates_and_serials(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["pjf_liege_dd"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert list(rows[0]) == list(BY_NAME["pjf_liege_dd"].headers.values())
    dates = [r[1] for r in rows[1:]]
    assert any(hasattr(v, "year") for v in dates)  # real Excel dates
    assert any(isinstance(v, int) and 44197 <= v <= 45291 for v in dates)  # 2021..2023
    assert any(isinstance(v, str) and re.match(r"^(T\d|\de\w* trim)", v) for v in dates)
    counts = [r[4] for r in rows[1:] if len(r) > 4]  # read-only mode trims empty cells
    assert any(isinstance(v, str) and "dont" in v for v in counts)


# --------------------------------------------------------------------------------------
# The files: characteristic quirks in the bytes
# --------------------------------------------------------------------------------------
def test_belgian_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "zp_mouscron_dd")
    assert "77bis" in text or "Trafic EH" in text  # Belgian smuggling offence
    assert "Angleterre" in text
    assert "MENA" in text
    assert "néant" in text
    assert "TO.57.L3." in text
    assert "°" in text
    assert "N5" in text  # degrees and decimal minutes


def test_swiss_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "polcant_valais_dd")
    assert "Date / Datum" in text
    assert "LEI" in text
    assert "182 CP" in text
    assert any(f"{k}'" in text or f"{k}’" in text for k in range(1, 4))  # 1'250
    assert "Ã" in text  # UTF-8 read as cp1252 somewhere
    assert ".VS\t" in text


def test_costa_rican_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "fronteras_cr_dd")
    assert '" O"' in text  # oeste: west written with an O
    assert "trimestre" in text
    assert "Ley 8764" in text
    assert "NNA" in text


def test_costa_rica_writes_setiembre(paths: dict[str, Path]) -> None:
    text = _text(paths, "fronteras_cr_dd")
    assert "septiembre" not in text
    assert "setiembre" in text or "-set-" in text
