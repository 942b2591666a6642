"""The ``blind120`` examiner set (files ``*_dr.*``): what the files and their truth promise.

These tests check the set itself (files, truth, the agencies' habits in the bytes); none
of them cleans or scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind120"
SEED = 120
N_EVENTS = 1500
SMALL_SEED = 1201
SMALL_EVENTS = 400
SUFFIX = "_dr"
SOURCES = ("bd_labour_wing_rome", "jirs_lille", "joo_vienna", "liberty_shared", "sgcpi_es")
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


def _rows_of(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(p, SOURCES, suffix=SUFFIX, n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    check_expected_values(p, _truth(p), FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_garbage_and_the_repeats_are_its_own(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for source in SOURCES:
        rows = truth.loc[truth["source"] == source]
        reasons = set(rows["expected_reason"].dropna())
        assert "no_date" in reasons, source  # the total row at least
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"joo_vienna", "sgcpi_es"}
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dups["source"]) <= {"liberty_shared", "sgcpi_es"}


def test_detection_countries_follow_the_routing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    first = truth.loc[truth["expected_status"] == "record"].dropna(subset=["detection_country"])
    where = first.groupby("source")["detection_country"].agg(set).to_dict()
    assert where["bd_labour_wing_rome"] == {"ITA"}
    assert where["jirs_lille"] == {"FRA", "GBR"}
    assert where["joo_vienna"] == {"GRC", "HRV", "POL"}
    assert where["liberty_shared"] == {"PAN", "USA"}
    assert where["sgcpi_es"] == {"ESP"}


# --------------------------------------------------------------------------------------
# Labour Wing, Embassy of Bangladesh, Rome
# --------------------------------------------------------------------------------------
def test_bd_labour_wing_bytes(paths: dict[str, Path]) -> None:
    raw = paths["bd_labour_wing_rome"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Memo No.,Date of Detection,Nature of Offence")
    assert "GPS Location" in header
    for word in ("Bangladeshi", "Ivorian", ",Nil,", " Nos.", "Sexual Exploitation", "By Sea"):
        assert word in text, word
    assert "°" in text  # degrees and decimal minutes
    assert "'N 0" in text
    assert "-Libya" in text or "Libya-" in text  # routes joined by hyphens
    assert "Grand Total" in text
    assert "LW/ROM/2023/" in text


def test_bd_labour_wing_dates_are_day_first(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["bd_labour_wing_rome"], dtype=str, encoding="utf-8-sig")
    dates = frame["Date of Detection"].dropna()
    dotted = dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}")
    abbr = dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}")
    assert dotted.any()
    assert abbr.any()
    days = dates[dotted].str[:2].astype(int)
    assert (days > 12).any()  # the day comes first
    tags = tags_of(_rows_of(paths, "bd_labour_wing_rome"))
    assert tags.str.contains("demonym").mean() > 0.6


# --------------------------------------------------------------------------------------
# JIRS de Lille
# --------------------------------------------------------------------------------------
def test_jirs_lille_bytes(paths: dict[str, Path]) -> None:
    raw = paths["jirs_lille"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    text = raw.decode("cp1252")
    assert b"\r\n" in raw
    header = text.splitlines()[0]
    assert header.split(";")[:3] == ["N° parquet", "Date des faits", "Qualification principale"]
    for word in ("aide à l'entrée", "afghane", "small boat", ";aucun;", "Royaume-Uni"):
        assert word in text, word
    assert "Angleterre" in text
    assert "Ã" in text  # the pasted batch with mojibake
    tags = tags_of(_rows_of(paths, "jirs_lille"))
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("decimal_comma").mean() > 0.8


# --------------------------------------------------------------------------------------
# Joint Operational Office, Vienna
# --------------------------------------------------------------------------------------
def test_joo_vienna_bytes(paths: dict[str, Path]) -> None:
    raw = paths["joo_vienna"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["Case-ID", "Date of apprehension", "Offence (Delikt)"]
    assert all(line.count("\t") == 16 for line in lines if line)
    for word in ("Schlepperei", "\tEL\t", "TR-BG-RS-BA", "truck (LKW)", "Total / Gesamt"):
        assert word in text, word
    frame = pd.read_csv(paths["joo_vienna"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Date of apprehension"].dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").any()
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}").any()
    assert frame["Sex"].isin(["w", "m/w"]).any()  # Austrian: weiblich


# --------------------------------------------------------------------------------------
# Liberty Shared
# --------------------------------------------------------------------------------------
def test_liberty_shared_lines(paths: dict[str, Path]) -> None:
    lines = paths["liberty_shared"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    keys = set().union(*(r.keys() for r in recs))
    assert {"case_id", "incident_date", "origin_m49", "location_country"} <= keys
    dates = pd.Series([r["incident_date"] for r in recs]).dropna()
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.endswith("T00:00:00Z").any()
    counts = [r["persons_count"] for r in recs]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    origins = {r["origin_m49"] for r in recs if r["origin_m49"]}
    assert {"862", "484"} <= origins  # Venezuela, Mexico as UN M49 codes
    assert {r["location_country"] for r in recs if r["location_country"]} >= {"PA", "US"}


# --------------------------------------------------------------------------------------
# SGCPI, Ministerio del Interior
# --------------------------------------------------------------------------------------
def test_sgcpi_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["sgcpi_es"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº Registro", "Fecha hechos", "Tipología")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, serials and typed dates
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= s <= 45292 for s in serials)  # 2021-01-01 .. 2024-01-01
    cells = {str(c) for r in rows[1:] for c in r if c is not None}
    for word in ("marroquí", "cayuco", "EE. UU.", "ninguno", "TOTAL GENERAL"):
        assert word in cells, word
    assert any("º trimestre" in c for c in cells)
    assert any("318 bis" in c for c in cells)
    assert any(c.endswith('"W') and "º" in c for c in cells)  # DMS with the ordinal sign
    assert "M" in {r[6] for r in rows[1:]}  # Mujer


def test_quarter_and_month_dates_expect_the_period_start(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    q = truth.loc[truth["date_precision"] == "quarter", "event_date"]
    assert len(q) > 0
    assert pd.to_datetime(q).dt.is_quarter_start.all()
    m = truth.loc[truth["date_precision"] == "month", "event_date"]
    assert pd.to_datetime(m).dt.is_month_start.all()
