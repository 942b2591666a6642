"""The examiner sample set ``blind393`` (files ``*_oe.*``): what it promises, not a score.

Five road-sector and border sources (National Highways, DIR Nord, FMCSA, MOP Darién, the
ASECAP digest). These tests check the files and the truth only; none of them cleans.
"""

from __future__ import annotations

import codecs
import json
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
from trendlib.samples._blind393 import SOURCES, make_blind393

VARIANT = "blind393"
SEED = 393
N_EVENTS = 1500
SMALL_SEED = 3931
SMALL_EVENTS = 400
SUFFIX = "_oe"
NAMES = [s.source for s in SOURCES]
#: Fields every row gives as the event has them (the rest: check_expected_values).
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees: 4-5 decimals or seconds to a tenth


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind393(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_each_source_file_format(paths: dict[str, Path]) -> None:
    formats = {s.source: (s.format, s.encoding, s.delimiter, s.language) for s in SOURCES}
    assert formats == {
        "national_highways_roc": ("csv", "utf-8-sig", ",", "en"),
        "dir_nord_cigt": ("csv", "cp1252", ";", "fr"),
        "fmcsa_border_inspections": ("jsonl", "utf-8", None, "en"),
        "mop_darien": ("xlsx", "utf-8", None, "es"),
        "asecap_secwg": ("csv", "utf-16", "\t", "en"),
    }
    assert len({s.source for s in SOURCES}) == 5


def test_bad_rows_are_empty_in_truth(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    kinds = {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    assert kinds <= set(bad["expected_reason"])


# --------------------------------------------------------------------------------------
# National Highways: UTF-8 with BOM, comma, English, day-first with a clock time
# --------------------------------------------------------------------------------------
def test_national_highways_bytes(paths: dict[str, Path]) -> None:
    raw = paths["national_highways_roc"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident Ref,Date/Time Reported,Incident Category")
    assert "Nationality (stated)" in header
    frame = pd.read_csv(paths["national_highways_roc"], dtype=str, encoding="utf-8-sig")
    dates = frame["Date/Time Reported"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}( \d\d:\d\d)?").mean() > 0.95
    assert (pd.to_numeric(dates.str.slice(0, 2), errors="coerce") > 12).any()  # day first
    nat = set(frame["Nationality (stated)"].dropna())
    assert nat & {"Afghan", "Iraqi", "Iranian", "Eritrean", "Vietnamese", "Iraqi Kurd"}
    assert "UASC" in set(frame["Age Group"])
    assert frame["Route Travelled"].dropna().str.contains(" > ").any()
    assert set(frame["No. Persons Found"].dropna()) & {"One", "Two", "Three", "Four"}


# --------------------------------------------------------------------------------------
# DIR Nord: cp1252, semicolon, CRLF, French words, decimal commas
# --------------------------------------------------------------------------------------
def test_dir_nord_bytes(paths: dict[str, Path]) -> None:
    raw = paths["dir_nord_cigt"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° main courante;Date et heure;Nature de")
    frame = pd.read_csv(paths["dir_nord_cigt"], sep=";", dtype=str, encoding="cp1252")
    assert frame["Latitude"].dropna().str.fullmatch(r"5\d,\d{5}").all()
    assert frame["Date et heure"].dropna().str.contains(r" à \d\dh\d\d$").any()
    assert {"H/F", "MNA"} <= set(frame["Sexe"]) | set(frame["Âge"])
    assert frame["Véhicule / moyen"].str.startswith("PL").any()
    assert frame["Pays traversés"].dropna().str.contains(" / ").any()
    assert "Total général" in set(frame["N° main courante"])


# --------------------------------------------------------------------------------------
# FMCSA: JSON lines, ISO date-times, ISO alpha-2 codes, a "lat,lon" string
# --------------------------------------------------------------------------------------
def test_fmcsa_lines(paths: dict[str, Path]) -> None:
    lines = paths["fmcsa_border_inspections"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert set(rows[0]) >= {"report_number", "event_datetime", "citizenship", "gps"}
    dates = [r["event_datetime"] for r in rows if isinstance(r["event_datetime"], str)]
    assert sum("T" in d for d in dates) > len(dates) / 2
    codes = {r["citizenship"] for r in rows}
    assert {"MX", "GT", "HN"} & codes
    gps = [r["gps"] for r in rows if r["gps"]]
    assert all(g.count(",") == 1 for g in gps)
    assert any(r["drivers_arrested"] is None for r in rows)
    assert any(isinstance(r["persons_found"], int) for r in rows)
    assert {"UAC", "Juvenile"} & {r["age_category"] for r in rows}


# --------------------------------------------------------------------------------------
# MOP Darién: XLSX with real dates, text dates and serials; DMS coordinates
# --------------------------------------------------------------------------------------
def test_mop_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["mop_darien"])
    rows = list(book.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("N° de informe", "Fecha del hecho", "Tipo de caso")
    dates = [r[1] for r in body]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and d.count("/") == 2 for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # serials
    coords = [r[header.index("Coordenadas")] for r in body if r[header.index("Coordenadas")]]
    assert sum("°" in c and '"N' in c for c in coords) > len(coords) / 2
    ages = {r[header.index("Grupo etario")] for r in body}
    assert "NNA" in ages
    nats = {r[header.index("Nacionalidad")] for r in body}
    assert {"venezolanos", "venezolana", "Venezolanos"} & nats


# --------------------------------------------------------------------------------------
# ASECAP digest: UTF-16 tab text, long English dates, months and quarters, mojibake
# --------------------------------------------------------------------------------------
def test_asecap_digest_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["asecap_secwg"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Digest ref", "Date", "Incident type"]
    frame = pd.read_csv(paths["asecap_secwg"], sep="\t", dtype=str, encoding="utf-16")
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert "Ã" in text  # Spanish members' names garbled
    rows = truth.loc[truth["source_file"] == paths["asecap_secwg"].name]
    assert tags_of(rows).str.contains("mojibake").any()
    assert set(rows["date_precision"].dropna()) == {"day", "month", "quarter"}


def test_partial_dates_only_outside_duplicate_pairs(truth: pd.DataFrame) -> None:
    partial = truth["date_precision"].isin(["month", "quarter"])
    paired = truth["event_id"].isin(
        truth.loc[truth["expected_reason"] == "cross_source", "event_id"]
    )
    assert not (partial & paired).any()
