"""The ``blind34`` examiner set (files ``*_aj.*``): its files and its ground truth.

These tests check what the files hold and what the truth promises; none of them cleans
or scores (the team measures the cleaner on this set separately).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import Submission, make_messy, make_truth
from trendlib.samples._blind34 import BLIND34_SOURCES

VARIANT = "blind34"
SUFFIX = "_aj"
SEED = 34
N_EVENTS = 1500
SMALL_SEED = 241
SMALL_EVENTS = 400
SOURCES = ("senan_pa", "hstc_us", "defensor_pueblo_es", "msoic_uk", "myria_be")
#: Fields every row of this set gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: What each file is claimed to be: (format, encoding, delimiter, language).
CLAIMS = {
    "senan_pa": ("csv", "cp1252", ",", "es"),
    "hstc_us": ("jsonl", "utf-8", None, "en"),
    "defensor_pueblo_es": ("xlsx", "utf-8", None, "es"),
    "msoic_uk": ("csv", "utf-8", "|", "en"),
    "myria_be": ("csv", "utf-8-sig", ";", "fr"),
}


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def subs() -> dict[str, Submission]:
    out = make_messy(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED, variant=VARIANT)
    return {s.source: s for s in out}


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.001)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_sources_as_declared() -> None:
    assert tuple(s.source for s in BLIND34_SOURCES) == SOURCES
    for src in BLIND34_SOURCES:
        assert Path(src.filename).stem == src.source + SUFFIX
        assert (src.format, src.encoding, src.delimiter, src.language) == CLAIMS[src.source]


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_and_csv_dialects() -> None:
    assert {c[3] for c in CLAIMS.values()} == {"en", "fr", "es"}
    assert {c[0] for c in CLAIMS.values()} == {"csv", "xlsx", "jsonl"}
    dialects = {(c[1], c[2]) for c in CLAIMS.values() if c[0] == "csv"}
    assert len(dialects) >= 3
    assert len({d[0] for d in dialects}) >= 3  # three encodings
    assert len({d[1] for d in dialects}) >= 3  # three delimiters


def test_senan_is_cp1252_with_commas(paths: dict[str, Path]) -> None:
    raw = paths["senan_pa"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.startswith("N° de Informe,Fecha,País,")
    assert b"\r\n" in raw
    for word in ("°", "Tráfico ilícito de migrantes", "Panamá"):
        assert word in text, word


def test_hstc_is_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["hstc_us"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all("encounter_date" in r and "offense_category" in r for r in rows)
    assert rows[-1]["hstc_case_id"] == "TOTAL PERSONS"
    assert any(isinstance(r["num_persons"], int) for r in rows)


def test_defensor_is_a_spanish_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["defensor_pueblo_es"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nº expediente", "Fecha llegada / detección", "País")
    kinds = {type(r[1]).__name__ for r in rows[1:] if r[1] is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, Excel serials, text dates


def test_msoic_is_utf8_pipes(paths: dict[str, Path]) -> None:
    raw = paths["msoic_uk"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8").splitlines()[0]
    assert header.split("|")[:3] == ["URN", "Date Recorded", "Offence Type"]


def test_myria_is_utf8_bom_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["myria_be"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[:3] == ["Réf. dossier", "Date des faits", "Qualification / prévention"]


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_senan_quirks(paths: dict[str, Path]) -> None:
    text = paths["senan_pa"].read_bytes().decode("cp1252")
    assert re.search(r"\d\d°\d\d'\d\d\.\d\"\"N 0\d\d°\d\d'\d\d\.\d\"\"W", text)  # DMS, quoted
    assert re.search(r"\d\d°\d\d\.\d{3}'N 0\d\d°\d\d\.\d{3}'W", text)  # decimal minutes
    for word in (",TIM,", ",NNA,", "EE.UU.", " PAX,", ",S/D,"):
        assert word in text, word
    assert re.search(r"\b(I|II|III|IV) trimestre 20\d\d", text) or "do trimestre" in text
    assert re.search(r",\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d,", text)


def test_hstc_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["hstc_us"].read_text(encoding="utf-8")
    assert re.search(r'"\d\d-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-\d\d"', text)
    assert re.search(r'"longitude":"\d+\.\d+W"', text)  # hemisphere letter, no minus
    for word in ('"SA"', '"FMUA"', '"UAC"', "1324", '"UNK"'):
        assert word in text, word
    rows = truth.loc[truth["source_file"] == "hstc_us_aj.jsonl"]
    fy = rows.loc[tags_of(rows).str.contains("fy_quarter")]
    assert len(fy) > 0
    assert (fy["date_precision"] == "quarter").all()


def test_hstc_month_first_dates_expect_month_first(subs: dict[str, Submission]) -> None:
    sub = subs["hstc_us"]
    frame, exp = sub.frame, sub.expected
    cells = frame["encounter_date"].astype("string")
    us = cells.str.fullmatch(r"\d\d/\d\d/\d{4}").fillna(False).to_numpy()
    us &= (exp["expected_status"] != "quarantine").to_numpy()
    assert us.sum() > 20
    want = pd.to_datetime(cells[us], format="%m/%d/%Y").dt.strftime("%Y-%m-%d")
    assert (want.to_numpy() == exp.loc[us, "event_date"].to_numpy()).all()


def test_fiscal_year_quarters_start_in_october(subs: dict[str, Submission]) -> None:
    sub = subs["hstc_us"]
    frame, exp = sub.frame, sub.expected
    cells = frame["encounter_date"].astype("string")
    for cell, day in zip(cells, exp["event_date"], strict=True):
        m = re.fullmatch(r"FY(\d{4}) Q([1-4])", str(cell))
        if m:
            fy, q = int(m.group(1)), int(m.group(2))
            start = pd.Timestamp(fy - 1, 10, 1) + pd.DateOffset(months=3 * (q - 1))
            assert day == start.strftime("%Y-%m-%d"), cell


def test_defensor_h_m_means_hombre_mujer(subs: dict[str, Submission]) -> None:
    sub = subs["defensor_pueblo_es"]
    frame, exp = sub.frame, sub.expected
    sex = frame["Sexo (H/M)"].astype("string")
    rec = (exp["expected_status"] != "quarantine").to_numpy()
    is_m = (sex == "M").fillna(False).to_numpy() & rec
    is_h = (sex == "H").fillna(False).to_numpy() & rec
    assert is_m.sum() > 0
    assert is_h.sum() > 0
    assert (exp.loc[is_m, "gender"] == "female").all()
    assert (exp.loc[is_h, "gender"] == "male").all()
    text = " ".join(str(v) for v in frame["Tipo penal"].dropna())
    for word in ("318 bis", "177 bis"):
        assert word in text, word
    coords = " ".join(str(v) for v in frame["Longitud"].dropna())
    assert re.search(r"\d+º \d\d' \d\d,\d'' O", coords)  # west as "Oeste"


def test_msoic_quirks(paths: dict[str, Path]) -> None:
    text = paths["msoic_uk"].read_text(encoding="utf-8")
    for word in ("|England|", "|Nil|", "s.25", "|MSHT|", "|TBC|", "Small boat (RHIB)"):
        assert word in text, word
    assert re.search(r"\|\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d\|", text)
    assert re.search(r"\|20\d\d-\d\d-\d\dT00:00:00\|", text)


def test_myria_quirks(paths: dict[str, Path]) -> None:
    text = paths["myria_be"].read_text(encoding="utf-8-sig")
    for word in ("77bis", "433quinquies", "néant", "exploitation économique", "n.c."):
        assert word in text, word
    assert re.search(r";\d{2},\d{5};-?\d{1,3},\d{5};", text)  # decimal-comma coordinates
    assert re.search(r";\d{1,2}[\u202f\xa0 ]\d{3};", text)  # French thousands
    assert "Ã" in text  # a few cells in mojibake


def test_messiness_is_varied(truth: pd.DataFrame) -> None:
    tags = set(";".join(truth["messiness"].fillna("")).split(";"))
    for tag in (
        "partial_month",
        "partial_quarter",
        "serial_date",
        "us_date",
        "oracle_date",
        "fy_quarter",
        "h_m_sex",
        "dms",
        "decimal_minutes",
        "hemisphere_letters",
        "decimal_comma",
        "thousands",
        "count_unit",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "coords_missing",
        "coords_placeholder",
        "mojibake",
        "typo",
        "iso2",
        "iso3",
        "no_transit_word",
        "exact_repeat",
        "garbage_row",
        "bad_row",
    ):
        assert tag in tags, tag
