"""The ``blind102`` examiner set: five Amazon / Guiana river border services (``*_cz.*``).

These tests check the files and their ground truth only; none cleans or scores.
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
from trendlib.samples._blind102 import BLIND102_SOURCES

SEED = 102
N_EVENTS = 1500
SMALL_SEED = 1021
SMALL_EVENTS = 400
VARIANT = "blind102"
SOURCES = [s.source for s in BLIND102_SOURCES]
#: Fields every row gives as the event has them (no source blanks or rewords them).
KEPT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: File -> (format, encoding, delimiter, language) as the module docstring claims.
CLAIMS = {
    "policia_fluvial_pe": ("csv", "cp1252", ";", "es"),
    "armada_leticia_co": ("xlsx", None, None, "es"),
    "fronteriza_guayaramerin_bo": ("jsonl", "utf-8", None, "es"),
    "coastguard_gy": ("csv", "utf-16", "\t", "en"),
    "gendarmerie_guyane_fr": ("csv", "utf-8-sig", ";", "fr"),
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


def _text(paths: dict[str, Path], source: str) -> str:
    fmt, encoding, _, _ = CLAIMS[source]
    assert fmt != "xlsx"
    return paths[source].read_bytes().decode(encoding or "utf-8")


def _sheet(paths: dict[str, Path], source: str) -> list[tuple[object, ...]]:
    book = load_workbook(paths[source], read_only=True)
    rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]  # short rows: trailing blanks


# --------------------------------------------------------------------------------------
# The files and their truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cz", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cz", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, KEPT_FIELDS, tolerance=0.001)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), KEPT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_repeats(truth: pd.DataFrame) -> None:
    by_file = truth.groupby("source_file")["expected_status"].value_counts().unstack(fill_value=0)
    assert (by_file["record"] > 50).all()
    assert (by_file["duplicate"] > 0).all()
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source_file"]
    assert set(repeats) == {"policia_fluvial_pe_cz.csv", "fronteriza_guayaramerin_bo_cz.jsonl"}


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_formats_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    formats = {CLAIMS[s][0] for s in SOURCES}
    assert formats == {"csv", "xlsx", "jsonl"}
    assert {CLAIMS[s][3] for s in SOURCES} == {"es", "en", "fr"}
    csv_styles = {(CLAIMS[s][1], CLAIMS[s][2]) for s in SOURCES if CLAIMS[s][0] == "csv"}
    assert len(csv_styles) >= 3
    for source in SOURCES:
        fmt, encoding, delimiter, _ = CLAIMS[source]
        path = paths[source]
        assert path.suffix == f".{fmt}"
        raw = path.read_bytes()
        if fmt == "xlsx":
            assert raw[:2] == b"PK"
            continue
        if encoding == "utf-16":
            assert raw[:2] == b"\xff\xfe"
        elif encoding == "utf-8-sig":
            assert raw[:3] == b"\xef\xbb\xbf"
        else:
            assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe"))
        text = raw.decode(encoding or "utf-8")
        if fmt == "csv":
            header = text.splitlines()[0]
            assert header.count(delimiter or ",") >= 15, header
        if encoding == "cp1252":
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")  # accented capitals written as single cp1252 bytes
            assert b"\r\n" in raw


def test_languages_of_headers(paths: dict[str, Path]) -> None:
    pe = _text(paths, "policia_fluvial_pe").splitlines()[0]
    assert "FECHA DEL HECHO" in pe
    assert "PAÍS DE INTERVENCIÓN" in pe
    gy = _text(paths, "coastguard_gy").splitlines()[0]
    assert "Country of Interception" in gy
    assert "Suspects Arrested" in gy
    gf = _text(paths, "gendarmerie_guyane_fr").splitlines()[0]
    assert "Date des faits" in gf
    assert "Nb MEC (mis en cause)" in gf
    first = json.loads(_text(paths, "fronteriza_guayaramerin_bo").splitlines()[0])
    assert {"fecha_hecho", "tipificacion", "aprehendidos", "pais_deteccion"} <= set(first)
    header = _sheet(paths, "armada_leticia_co")[0]
    assert "GFH / DTG" in header
    assert "CAPTURADOS / ARRESTED" in header


def test_jsonl_lines_are_json(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _text(paths, "fronteriza_guayaramerin_bo").splitlines()
    rows = [json.loads(line) for line in lines]
    n = int(truth["source_file"].eq("fronteriza_guayaramerin_bo_cz.jsonl").sum())
    assert len(rows) == n
    assert any(isinstance(r["cant_personas"], int) for r in rows)
    assert any(isinstance(r["cant_personas"], str) for r in rows)


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_peru_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "policia_fluvial_pe")
    assert re.search(r";\d{2} \([a-záéíóú ]+\);", text)  # 03 (tres)
    assert re.search(r"\d+°\d{2}'\d{2}(\.\d)?\"\"\s?[NS]", text)  # DMS, quoted in CSV
    assert re.search(r"\"\"\s?O[\";]", text)  # Spanish O(este) hemisphere
    assert re.search(r";(I|II|III|IV) (TRIM\.|Trimestre) 20\d\d;", text)
    assert "Art. 129-A" in text
    assert "TIM" in text
    assert re.search(r";\d{1,3}\.\d{3};", text)  # 1.234 persons


def test_colombian_navy_quirks(paths: dict[str, Path]) -> None:
    rows = _sheet(paths, "armada_leticia_co")
    header = rows[0]
    dates = [r[header.index("GFH / DTG")] for r in rows[1:]]
    assert any(
        isinstance(d, str) and re.fullmatch(r"\d{6}R [A-Z]{3} (\d{2}|\d{4})", d) for d in dates
    )
    assert any(isinstance(d, int) and 40000 < d < 47000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    lats = [r[header.index("LAT (WGS84)")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.search(r"°\d{2},\d{3}' [NS]", v) for v in lats)


def test_guyana_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "coastguard_gy")
    assert "\tNil\t" in text or "\tnil\t" in text
    assert "\tN/K\t" in text
    assert re.search(r"\t\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d\t", text)
    assert re.search(r"\t\d{4}\.\d{3}[NS] \d{5}\.\d{3}[EW]\t", text)  # compact GPS position
    assert "\t18+\t" in text or "\tU18\t" in text


def test_gendarmerie_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "gendarmerie_guyane_fr")
    assert ";néant;" in text or ";Néant;" in text
    assert re.search(r";\d{1,2},\d{4,5};-?\d{1,3},\d{4,5};", text)  # decimal commas
    assert re.search(r";\d{1,3}[ \u00a0\u202f]\d{3};", text)  # 1 234
    assert "225-4-1" in text
    assert "CESEDA" in text


def test_bolivia_quirks(paths: dict[str, Path]) -> None:
    rows = [json.loads(line) for line in _text(paths, "fronteriza_guayaramerin_bo").splitlines()]
    kinds = {r["tipificacion"] for r in rows if r["tipificacion"]}
    assert any("321 bis" in k for k in kinds)
    assert any(
        isinstance(r["pais_origen"], str) and re.fullmatch(r"[A-Z]{2}", r["pais_origen"])
        for r in rows
    )
    assert any(
        isinstance(r["cant_personas"], str) and r["cant_personas"].endswith(("personas", "pers."))
        for r in rows
    )


def test_partial_dates_and_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    assert tags.str.contains("partial_quarter").sum() >= 10
    assert tags.str.contains("partial_month").sum() >= 20
    for tag in ("dms", "ddm", "dtg", "excel_serial", "demonym", "iso2", "zero_word", "typo"):
        assert tags.str.contains(tag).any(), tag
    kept = truth["expected_status"] != "quarantine"
    prec = truth.loc[kept, "date_precision"]
    assert prec.eq("quarter").sum() == tags[kept].str.contains("partial_quarter").sum()
