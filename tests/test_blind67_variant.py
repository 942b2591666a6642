"""The ``blind67`` examiner set (files ``*_bq.*``): files, truth and planted quirks.

These tests check the written files and their ground truth only; none cleans or scores.
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
from trendlib.samples._blind67 import BLIND67_SOURCES, make_blind67

SEED = 67
N_EVENTS = 1500
SMALL_SEED = 671
SMALL_EVENTS = 400
VARIANT = "blind67"
SOURCES = tuple(s.source for s in BLIND67_SOURCES)
#: Fields every kept row gives as the event has it (blanks and placeholders aside).
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
    """The set at the test size."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The set at a small size, with another seed."""
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND67_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bq", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_bq", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small_paths"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    check_expected_values(p, _truth(p), FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings() -> None:
    subs = make_blind67(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "dha_inspectorate_bq.csv": ("en", "csv", "cp1252", ";"),
        "rop_dgpr_bq.xlsx": ("en", "xlsx", "utf-8", None),
        "gardecotes_dj_bq.csv": ("fr", "csv", "utf-16", "\t"),
        "sisme_mercosur_bq.jsonl": ("es", "jsonl", "utf-8", None),
        "elpaccto_bq.csv": ("es", "csv", "latin-1", ","),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in subs if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) == 3


def test_dha_bytes(paths: dict[str, Path]) -> None:
    raw = paths["dha_inspectorate_bq"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 en dashes (0x96) of the offence labels and note
    assert b"\x96" in raw
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0].split(";")
    assert header[1] == "Date of Detection (YYYY/MM/DD)"
    assert re.search(r";20\d\d/\d\d/\d\d;", text)  # year-first South African dates
    assert re.search(r";-?\d{1,2},\d{4};-?\d{1,2},\d{4};", text)  # decimal-comma coordinates
    assert ";Nil;" in text
    assert "s25" in text
    assert "MSA" in text or "PACOTIP" in text


def test_rop_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["rop_dgpr_bq"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert all(" / " in h for h in header)
    assert any(re.search(r"[\u0600-\u06ff]", h) for h in header)  # Arabic beside English
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert any(re.fullmatch(r"[NS] \d\d° \d\d\.\d{3}' [EW] \d{3}° \d\d\.\d{3}'", c) for c in cells)
    assert "Afghani" in cells
    assert any("infiltrators" in c for c in cells)


def test_gardecotes_bytes(paths: dict[str, Path]) -> None:
    raw = paths["gardecotes_dj_bq"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 with its byte-order mark
    text = raw.decode("utf-16")
    assert text.splitlines()[0].startswith("N° de procès-verbal\tDate de l'interception\t")
    assert "\tnéant\t" in text
    assert " puis " in text
    assert "Ã©" in text  # mojibake in some nationalities
    assert re.search(r"\t\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août)", text)


def test_sisme_lines(paths: dict[str, Path]) -> None:
    lines = paths["sisme_mercosur_bq"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert set(rows[0]) >= {"fecha_hecho", "figura_penal", "cantidad_personas"}
    persons = [r["cantidad_personas"] for r in rows]
    assert any(isinstance(p, int) for p in persons)
    assert any(isinstance(p, str) for p in persons)
    dates = {str(r["fecha_hecho"]) for r in rows}
    assert any(re.fullmatch(r"20\d\dT[1-4]", d) for d in dates) or any(
        "trimestre" in d for d in dates
    )
    assert any(r["pais_deteccion"] in ("PA", "US") for r in rows)  # ISO alpha-2 codes


def test_elpaccto_bytes(paths: dict[str, Path]) -> None:
    raw = paths["elpaccto_bq"].read_bytes()
    assert raw.startswith("Nº ficha,".encode("latin-1"))
    text = raw.decode("latin-1")
    assert '" O"' in text or '"" O"' in text  # west written O (oeste)
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r",(patera|cayuco|neumática),", text)


def test_tags_planted(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "date_excel_serial",
        "date_month",
        "date_quarter",
        "coords_ddm",
        "coords_dms",
        "coords_decimal_comma",
        "mojibake",
        "zero_word",
        "count_placeholder",
        "na_word",
    ):
        assert tags.str.contains(tag).any(), tag
