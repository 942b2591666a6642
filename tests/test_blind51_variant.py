"""The ``blind51`` examiner set: five African liaison desks (files ``*_ba.*``).

These tests check the files and their ground truth only (names, formats, encodings,
languages, the quirks the module promises, and that the truth expects each event's
values but for what a row leaves out); none cleans or scores.
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
from trendlib.samples._blind51 import BLIND51_SOURCES

SEED = 51
N_EVENTS = 1500
SMALL_SEED = 511
SMALL_EVENTS = 400
VARIANT = "blind51"
SOURCES = tuple(s.source for s in BLIND51_SOURCES)
ZM, MG, UG, GQ, KM = SOURCES
#: Fields every row gives exactly as the event has them.
EXACT_FIELDS = (
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ba", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ba", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=0.001)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_formats_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    """Three CSV encodings and delimiters, one XLSX, one JSON lines file."""
    assert {paths[s].suffix for s in SOURCES} == {".csv", ".xlsx", ".jsonl"}
    zm = paths[ZM].read_bytes()
    assert zm.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    assert zm.decode("utf-8-sig").splitlines()[0].count("|") == 16
    mg = paths[MG].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        mg.decode("utf-8")  # Latin-1, not UTF-8
    assert mg.decode("latin-1").splitlines()[0].startswith("N° PV;Date des faits;")
    ug = paths[UG].read_bytes()
    assert b"\r\n" in ug
    assert ug.decode("cp1252").splitlines()[0].startswith("CRB No.\tDate of Offence\t")
    assert paths[GQ].read_bytes()[:2] == b"PK"
    lines = paths[KM].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"ref_bcn", "date_faits", "nb_personnes", "coord_gps"} <= set(recs[0])


def test_languages(paths: dict[str, Path]) -> None:
    """English (Zambia, Uganda), French (Madagascar, Comoros), Spanish (Equatorial Guinea)."""
    zm = paths[ZM].read_text(encoding="utf-8-sig")
    assert "Offence Category" in zm
    assert "Smuggling of Migrants" in zm or "SOM" in zm
    mg = paths[MG].read_text(encoding="latin-1")
    assert "Pays de constatation" in mg
    assert "Trafic illicite de migrants" in mg
    ug = paths[UG].read_text(encoding="cp1252")
    assert "Country of Interception" in ug
    head = next(load_workbook(paths[GQ], read_only=True).active.iter_rows(values_only=True))
    assert "Fecha de los hechos" in head
    assert "Nº detenidos" in head
    km = paths[KM].read_text(encoding="utf-8")
    assert "trafic de migrants" in km
    languages = {s.source: s.language for s in BLIND51_SOURCES}
    assert languages == {ZM: "en", MG: "fr", UG: "en", GQ: "es", KM: "fr"}


def test_quirks_in_the_bytes(paths: dict[str, Path]) -> None:
    """A few characteristic quirks really appear in the files."""
    zm = paths[ZM].read_text(encoding="utf-8-sig")
    assert re.search(r"\|(NCB Rome|NCB Manchester \(UK\)|INTERPOL Washington)\|", zm)
    assert re.search(r"\|\d{1,2}(st|nd|rd|th) [A-Z][a-z]+, 20\d\d\|", zm)
    assert "|Nil|" in zm
    mg = paths[MG].read_text(encoding="latin-1")
    assert re.search(r"\d\d°\d\d'\d\d,\d\"\" [NS] / \d{3}°\d\d'\d\d,\d\"\" [EW]", mg)
    assert re.search(r";1er trim\. 20\d\d;|;T\d 20\d\d;|;\de trim", mg)
    assert "PV n° " in mg
    ug = paths[UG].read_text(encoding="cp1252")
    assert re.search(r"c/s [34] PTIPA 2009", ug)
    assert re.search(r"^CRB \d+/20\d\d\t", ug, flags=re.MULTILINE)
    assert re.search(r"\tN\d\d\.\d{4} [EW]\d{3}\.\d{4}\t", ug)
    km = paths[KM].read_text(encoding="utf-8")
    assert "Ã" in km  # names garbled by a cp1252 round trip
    assert re.search(r'"pays_transit":"[A-Z]{2}( > [A-Z]{2})+"', km)


def test_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    """The Malabo workbook mixes real dates, bare serials and Spanish text dates."""
    sheet = load_workbook(paths[GQ], read_only=True).active
    dates = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    kinds = {type(v).__name__ for v in dates if v is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [v for v in dates if isinstance(v, int)]
    assert all(44197 <= v <= 45291 for v in serials)  # 2021-01-01 .. 2023-12-31
    assert any(isinstance(v, str) and " de " in v for v in dates)
    assert any(isinstance(v, str) and "trim" in v for v in dates)


def test_messiness_is_varied(paths: dict[str, Path]) -> None:
    """Partial dates, serials, unit counts, DMS, mojibake and re-sends all occur."""
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in (
        "month_date",
        "quarter_date",
        "excel_serial",
        "count_unit",
        "dms",
        "decimal_comma",
        "mojibake",
        "ncb_name",
        "na_word",
        "zero_word",
        "coords_placeholder",
    ):
        assert tags.str.contains(tag).any(), tag
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {paths[MG].name, paths[GQ].name}
    assert set(truth["date_precision"].dropna()) == {"day", "month", "quarter"}
