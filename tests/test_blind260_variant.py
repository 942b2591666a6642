"""The examiner set ``blind260`` (files ``*_jb.*``): five labour-world desks.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind260 import make_blind260

VARIANT = "blind260"
SEED = 260
N_EVENTS = 1500
SMALL_SEED = 2601
SMALL_EVENTS = 400
SUFFIX = "_jb"
SOURCES = (
    "soc_sat_almeria",
    "ugtt_migrations",
    "atleu_london",
    "icm_bwi_panama",
    "ilo_roas_beirut",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: 4 decimals, 5 decimals or whole seconds


def _read_truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _read_truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _column(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _read_truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _read_truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind260(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_every_source_has_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source in SOURCES:
        rows = truth["source"] == source
        assert (rows & tags.str.contains("garbage_row")).any(), source
    reasons = truth.loc[truth["expected_status"] == "quarantine", "expected_reason"]
    assert reasons.value_counts().min() >= 1


def test_duplicates_come_from_the_planned_desks(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {
        "ilo_roas_beirut",
        "atleu_london",
        "ugtt_migrations",
        "soc_sat_almeria",
    }
    first = cross["duplicate_of"].str.split(":").str[0]
    assert (first != cross["source_file"]).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"ugtt_migrations"}


def test_tags_cover_the_planted_habits(truth: pd.DataFrame) -> None:
    tags = ";".join(tags_of(truth).dropna())
    for tag in (
        "iso2",
        "iso3",
        "m49",
        "alias",
        "typo",
        "mojibake",
        "case_or_accent",
        "date_month",
        "date_quarter",
        "date_serial",
        "date_text",
        "date_two_digit_year",
        "thousands",
        "count_word",
        "zero_word",
        "count_placeholder",
        "na_word",
        "dms",
        "decimal_comma",
        "coords_pair",
        "coords_missing",
        "transit_list",
        "word_variant",
    ):
        assert tag in tags, tag


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_sat_is_cp1252_semicolon_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["soc_sat_almeria"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("Nº Expediente;Fecha;Tipo de caso;")
    assert "Latitud;Longitud" in lines[0]
    body = "\r\n".join(lines[1:])
    assert re.search(r";\d\d/\d\d/20\d\d;", body)
    assert re.search(r";\d\d/\d\d/\d\d;", body)  # two-digit years
    assert re.search(
        r";(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
        r"|octubre|noviembre|diciembre) 20\d\d;",
        body,
    )
    assert re.search(r";-?\d+,\d{4};-?\d+,\d{4};", body)  # decimal commas
    for word in ("Patera", "Cayuco", "Marruecos", "MENA", "SAT-AL ", "TOTAL"):
        assert word in body, word
    assert (
        re.search(r";\d{1,3}\.\d{3};", body)
        or not (pd.to_numeric(_column(truth, "soc_sat_almeria")["n_persons"]) >= 1000).any()
    )
    assert re.search(r"\r\n;+\r\n", body)  # the empty row
    assert "Datos provisionales" in body


def test_ugtt_is_utf16_tab_french(paths: dict[str, Path]) -> None:
    raw = paths["ugtt_migrations"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["N° dossier", "Date des faits", "Nature de l'affaire"]
    assert "Coordonnées GPS" in header
    assert re.search(r"\t\d\d/\d\d/20\d\d\t", text)
    assert re.search(r"\tT[1-4] 20\d\d\t", text)  # quarters, French style
    # degrees-minutes-seconds, the cell quoted (its seconds sign doubled) by the CSV writer
    assert re.search(r"\t\"\d+°\d\d'\d\d\"\"N \d+°\d\d'\d\d\"\"[EO]\"\t", text)
    for word in ("Ã", "Tunisie", "Embarcation", "Libye", "Total général", "UGTT/DM/"):
        assert word in text, word
    assert re.search(r"\t\d+[\u202f ]\d{3}\t", text)  # thousands with (narrow) spaces
    assert " / " in text  # transit separator


def test_atleu_is_xlsx_with_excel_and_typed_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["atleu_london"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Client ref", "Date identified", "Case type", "Type of exploitation")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in texts)
    flat = {str(v) for r in rows for v in r if v is not None}
    for word in ("Modern slavery", "Small boat", "Age disputed", "UK", "Total"):
        assert word in flat, word
    assert any(" > " in v for v in flat)
    assert any(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", v) for v in flat)
    counts = [r[4] for r in rows[1:] if len(r) > 4]
    assert any(isinstance(c, int) for c in counts)
    assert any(c in ("one", "two", "three") for c in counts)


def test_bwi_is_utf8_bom_comma_spanish(paths: dict[str, Path]) -> None:
    raw = paths["icm_bwi_panama"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Código,Fecha del hecho,Tipo de delito,")
    assert re.search(r",20\d\d-\d\d-\d\d,", text)
    assert re.search(r",20\d\d/\d\d/\d\d,", text)
    assert re.search(r",4[45]\d{3},", text)  # Excel serial dates of 2021-2023
    assert re.search(r",20\d\d-\d\d,", text)  # months
    for word in ("EE. UU.", "NNA", "A pie", "Coyotaje", "TOTAL GENERAL", "ICM-PA-"):
        assert word in text, word
    assert re.search(r",[89]\.\d{5},-7\d\.\d{5},", text)  # Darién, decimal points
    assert re.search(r'"\d{1,3},\d{3}"', text)  # thousands with commas, quoted


def test_ilo_is_jsonl_with_codes_numbers_and_arrays(paths: dict[str, Path]) -> None:
    lines = paths["ilo_roas_beirut"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"case_id", "incident_date", "persons_affected", "transit_route"}
    counts = [r["persons_affected"] for r in recs]
    assert any(isinstance(c, int) for c in counts)
    assert any(c is None for c in counts)  # a count not recorded
    assert any(isinstance(r["transit_route"], list) and r["transit_route"] for r in recs)
    nat = {r["nationality"] for r in recs if isinstance(r.get("nationality"), str)}
    assert {"SYR", "AFG"} <= nat
    assert any(re.fullmatch(r"\d{3}", n) for n in nat)  # M49 numeric codes
    assert "Syrian Arab Republic" in nat
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert recs[-1]["case_id"] == "TOTAL"
    assert recs[-1]["persons_affected"] > 0
