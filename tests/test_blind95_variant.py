"""The examiner set ``blind95`` (files ``*_cs.*``): its files and its ground truth.

These tests check what the set promises (formats, languages, encodings, quirks in the
bytes, a truth that describes every row); none of them cleans or scores.
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
from trendlib.samples._blind95 import BLIND95_SOURCES, make_blind95

VARIANT = "blind95"
SEED = 95
N_EVENTS = 1500
SMALL_SEED = 951
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND95_SOURCES)
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND95_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cs", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_cs", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.001)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings() -> None:
    subs = make_blind95(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {(s.filename, s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        ("serocu_oic_cs.csv", "en", "csv", "cp1252", ","),
        ("swb_prosecutors_cs.jsonl", "en", "jsonl", "utf-8", None),
        ("rgp_gibraltar_cs.xlsx", "en", "xlsx", "utf-8", None),
        ("parquet_stomer_cs.csv", "fr", "csv", "utf-8-sig", ";"),
        ("fge_uci_cs.csv", "es", "csv", "utf-16", "\t"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}


def test_encodings_in_the_bytes(paths: dict[str, Path]) -> None:
    serocu = paths["serocu_oic_cs"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        serocu.decode("utf-8")  # cp1252: the en dash of the offence wording is one byte
    assert b"\x96" in serocu
    assert b"\r\n" in serocu
    assert serocu.decode("cp1252").splitlines()[0].startswith("CRN,Incident Date,")
    stomer = paths["parquet_stomer_cs"].read_bytes()
    assert stomer.startswith(b"\xef\xbb\xbf")
    assert stomer.decode("utf-8-sig").splitlines()[0].startswith("N° parquet;Date des faits;")
    fge = paths["fge_uci_cs"].read_bytes()
    assert fge[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert fge.decode("utf-16").splitlines()[0].startswith("Nº Diligencias\tAutoridad requirente")
    swb = paths["swb_prosecutors_cs"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in swb)


def test_serocu_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "serocu_oic_cs")
    assert "s.25" in text
    assert "Modern Slavery Act 2015" in text
    assert re.search(r"\b\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d\b", text)  # 4th March 2021
    assert re.search(r",\d{2}-[A-Z][a-z]{2}-\d{2},", text)  # 03-Jun-21
    assert re.search(r",\d+\.\d+W,", text)  # hemisphere letters, west
    assert re.search(r",(N/K|TBC|Unknown),", text)  # count / suspects placeholders
    assert re.search(r",(Nil|NIL|None),", text)  # no suspects
    assert "Grand Total" in text


def test_us_prosecutors_quirks(paths: dict[str, Path]) -> None:
    lines = paths["swb_prosecutors_cs"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    dates = [r["offense_date"] for r in recs if isinstance(r["offense_date"], str)]
    # month-first US dates: some have a "day" above 12 in second place
    assert any(re.fullmatch(r"(0\d|1[0-2])/(1[3-9]|2\d|3[01])/20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)  # month-only
    assert any(isinstance(r["transit_route"], list) and r["transit_route"] for r in recs)
    assert any(r["related_charges"] == [] for r in recs)
    assert any("PC 20.05" in str(r["offense_desc"]) for r in recs)


def test_gibraltar_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["rgp_gibraltar_cs"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:2] == ["RGP Occurrence No.", "Date of Detection"]
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    pos = header.index("Position (Lat/Long, WGS84)")
    assert any(
        re.search(r"\d+° \d\d\.\d\d' [NS], \d{3}° \d\d\.\d\d' [EW]", str(r[pos])) for r in rows
    )
    offence = header.index("Offence (Spanish CP ref.)")
    assert any("318 bis" in str(r[offence]) for r in rows)


def test_saint_omer_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "parquet_stomer_cs")
    assert "L.823-1 CESEDA" in text
    assert "L.622-1 CESEDA" in text  # old numbering, facts before May 2021
    assert re.search(r"\d+,\d{5} / \d+,\d{5}", text)  # decimal commas
    assert "trimestre" in text
    assert "sans objet" in text


def test_fge_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "fge_uci_cs")
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\d+ de [a-z]+ de 20\d\d", text)
    assert re.search(r"\d+\.\d{3}\t", text)  # dot thousands separator
    assert re.search(r"\d+°\d\d'\d\d\"\" N, \d+°\d\d'\d\d\"\" O", text)  # west = oeste
    assert "trimestre" in text


def test_truth_tags(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in (
        "month_only_date",
        "quarter_date",
        "excel_serial",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "coords_missing",
        "coords_dms",
        "coords_ddm",
        "decimal_comma",
        "mojibake",
        "thousands_separator",
    ):
        assert tags.str.contains(tag).any(), tag
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
