"""The ``blind69`` examiner set (files ``*_bs.*``): its files and its truth.

These tests check the files as written and the ground truth that describes them; none
cleans or scores. The set's sources are described in :mod:`trendlib.samples._blind69`.
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
from trendlib.samples._blind69 import BLIND69_SOURCES, make_blind69

SEED = 69
N_EVENTS = 1500
SMALL_SEED = 691
SMALL_EVENTS = 400
VARIANT = "blind69"
SOURCES = [s.source for s in BLIND69_SOURCES]
#: Fields every row gives as the event has them (no placeholder, no blank planted).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 4 or 5 decimals or to a tenth of a second of arc.
TOLERANCE = 1e-4


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bs", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_bs", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_and_encodings() -> None:
    subs = make_blind69(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    assert [s.source for s in subs] == SOURCES
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert csv == {("utf-8", ","), ("cp1252", ";"), ("utf-16", "\t")}
    by_file = {s.filename: s for s in subs}
    assert by_file["migrinter_base_bs.csv"].language == "fr"
    assert by_file["oj_panama_causas_bs.csv"].language == "es"
    assert by_file["porcausa_fronteras_bs.xlsx"].language == "es"
    assert by_file["ispi_med_tracker_bs.csv"].language == "en"
    assert by_file["htsc_cases_bs.jsonl"].language == "en"


def test_encodings_in_the_bytes(paths: dict[str, Path]) -> None:
    ispi = paths["ispi_med_tracker"].read_bytes()
    assert not ispi.startswith(b"\xef\xbb\xbf")
    assert ispi.decode("utf-8").startswith("Incident ID,Date of event,")
    court = paths["organo_judicial_pa"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        court.decode("utf-8")  # accented capitals in cp1252: not UTF-8
    text = court.decode("cp1252")
    assert text.startswith("N° CARPETA;DESPACHO;FECHA DEL HECHO;")
    assert "\r\n" in text
    lab = paths["migrinter_base"].read_bytes()
    assert lab[:2] == b"\xff\xfe"  # UTF-16 little endian with its BOM
    assert lab.decode("utf-16").startswith("N° fiche / Record no.\tDate des faits / Date\t")
    first = json.loads(paths["htsc_case_database"].read_text(encoding="utf-8").splitlines()[0])
    assert {"case_id", "incident_date", "transit_route", "geom_wkt"} <= set(first)


def test_quirks_in_the_bytes(paths: dict[str, Path]) -> None:
    court = paths["organo_judicial_pa"].read_bytes().decode("cp1252")
    # degrees-minutes-seconds with O (oeste) for west, quotes doubled by the CSV writer
    assert re.search(r"\d°\d\d'\d\d\.\d\"\" N, 7\d°\d\d'\d\d\.\d\"\" O", court)
    assert re.search(r";[A-ZÉÍÚ]+ \(\d+\);", court)  # legal-style counts: DOCE (12)
    assert "NNA" in court
    lab = paths["migrinter_base"].read_bytes().decode("utf-16")
    assert re.search(r"\t5\d,\d{5}\t", lab)  # decimal commas
    assert "CESEDA" in lab
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    assert re.search(rf"\t(1er|\d\d?) ({months}|décembre) 20\d\d\t", lab)
    lines = paths["htsc_case_database"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert any(isinstance(r["transit_route"], list) for r in recs)
    assert any(str(r["geom_wkt"]).startswith("POINT (-") for r in recs)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", str(r["incident_date"])) for r in recs)
    sheet = load_workbook(paths["porcausa_fronteras"], read_only=True)["Casos"]
    dates = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d{4}T[1-4]", d) for d in dates)


def test_messiness_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_month",
        "partial_quarter",
        "mojibake",
        "dms_oeste",
        "dms",
        "wkt",
        "decimal_comma",
        "count_words",
        "thousands_sep",
        "date_serial",
        "iso2",
        "zero_word",
        "count_placeholder",
        "na_word",
    ):
        assert tags.str.contains(tag).any(), tag
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
