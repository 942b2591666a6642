"""The ``blind76`` examiner set: its files and truth (no cleaning, no scoring)."""

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
from trendlib.samples import make_truth
from trendlib.samples._blind76 import BLIND76_SOURCES, make_blind76

SEED = 76
N_EVENTS = 1500
SMALL_SEED = 761
SMALL_EVENTS = 400
VARIANT = "blind76"
SOURCES = tuple(s.source for s in BLIND76_SOURCES)
#: Fields every kept row reports exactly as the true event has them.
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
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bz", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_bz", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_encodings() -> None:
    subs = make_blind76(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "relatoria_trata_bz.xlsx": ("es", "xlsx", "utf-8", None),
        "ocrteh_traite_bz.csv": ("fr", "csv", "cp1252", ";"),
        "kent_essex_scd_bz.csv": ("en", "csv", "utf-16", "\t"),
        "blueprint_sitrep_bz.jsonl": ("en", "jsonl", "utf-8", None),
        "corett_casos_bz.csv": ("es", "csv", "utf-8", "|"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csvs = [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    assert len({e for e, _ in csvs}) == 3
    assert len({d for _, d in csvs}) == 3


def test_csv_bytes(paths: dict[str, Path]) -> None:
    fr = paths["ocrteh_traite_bz"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        fr.decode("utf-8")  # accents as single cp1252 bytes
    text = fr.decode("cp1252")
    assert text.startswith("N° de procédure;Service enquêteur;Date des faits;")
    assert "\r\n" in text
    uk = paths["kent_essex_scd_bz"].read_bytes()
    assert uk.startswith(codecs.BOM_UTF16_LE)
    assert uk.decode("utf-16").startswith("Force\tCrime Ref No\tOffence Date\t")
    pa = paths["corett_casos_bz"].read_bytes()
    assert not pa.startswith(codecs.BOM_UTF8)
    assert pa.decode("utf-8").startswith("No. caso|Fecha del evento|Delito|")


def test_jsonl_lines(paths: dict[str, Path]) -> None:
    lines = paths["blueprint_sitrep_bz"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert "incident_date" in records[0]
    assert records[-1]["incident_id"] == "TOTAL"
    assert any(isinstance(r["transit_countries"], list) and r["transit_countries"] for r in records)
    assert any(isinstance(r["persons_involved"], int) for r in records)


def test_xlsx_cells(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["relatoria_trata_bz"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Nº Atestado", "Fecha hechos")
    dates = [r[1] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    partial = [
        d for d in dates if isinstance(d, str) and re.search(r"trimestre|^\dT|[a-z] \d{4}$", d)
    ]
    assert partial  # month and quarter dates as text
    assert any(isinstance(r[5], int) for r in rows[1:])  # counts as numbers


def test_characteristic_quirks(paths: dict[str, Path]) -> None:
    fr = paths["ocrteh_traite_bz"].read_text(encoding="cp1252")
    assert "CESEDA" in fr
    assert "225-4-1" in fr
    assert "MNA" in fr or "mineur" in fr.lower()
    uk = paths["kent_essex_scd_bz"].read_text(encoding="utf-16")
    assert "Immigration Act 1971" in uk or "s25 IA 1971" in uk
    assert "\tEngland\t" in uk
    eu = paths["blueprint_sitrep_bz"].read_text(encoding="utf-8")
    assert '"location_country":"EL"' in eu  # Greece in EU protocol code
    assert '"location_wkt":"POINT' in eu
    pa = paths["corett_casos_bz"].read_text(encoding="utf-8")
    assert " O|" in pa  # west longitude written with O (oeste)
    assert "Ã" in pa  # a name gone through a UTF-8 / cp1252 round trip
    book = load_workbook(paths["relatoria_trata_bz"], read_only=True)
    cells = [str(c) for r in book.active.iter_rows(min_row=2, values_only=True) for c in r]
    assert any("318 bis" in c for c in cells)
    assert any("º" in c and "O" in c for c in cells)  # DMS with oeste


def test_tags_match_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    partial = truth.loc[kept & tags.str.contains("partial_month|partial_quarter"), "date_precision"]
    assert set(partial) == {"month", "quarter"}
    for tag in ("excel_serial", "dms", "wkt", "eu_code", "mojibake", "decimal_comma", "thousands"):
        assert tags.str.contains(tag).any(), tag
    garbled = truth.loc[kept & tags.str.contains("mojibake")]
    assert garbled["source_file"].eq("corett_casos_bz.csv").all()
    assert garbled["nationality"].dropna().str.fullmatch(r"[A-Z]{3}").all()
    assert set(truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]) == {
        "kent_essex_scd_bz.csv",
        "corett_casos_bz.csv",
    }
