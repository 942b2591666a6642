"""The examiner's sample set ``blind368`` (files ``*_nf.*``): what its files promise.

Five bodies overseeing massage parlours, spas, beauty and fitness venues (the French
Ordre des masseurs-kinésithérapeutes, Spain's local-police chiefs' union, the UK
Institute of Licensing, the US Federation of State Massage Therapy Boards and the
Fresha booking platform's trust-and-safety desk). These tests check the files and the
truth, and that the bytes show each agency's habits; none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
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

VARIANT = "blind368"
SEED = 368
N_EVENTS = 1500
SMALL_SEED = 3681
SMALL_EVENTS = 400
SOURCES = (
    "cnomk_signalements_nf",
    "unijepol_centros_masaje_nf",
    "iol_special_treatments_nf",
    "fsmtb_discipline_nf",
    "fresha_trust_safety_nf",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3  # degrees: 5 decimals, or DMS to a tenth of a second


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


# --------------------------------------------------------------------------------------
# The set as a whole
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_nf", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_nf", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size(tmp_path_factory: pytest.TempPathFactory) -> None:
    p = write(tmp_path_factory, VARIANT, seed=5, n_events=300)
    t = _truth(p)
    kept = t.loc[t["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)


def test_origin_and_destination_unknown_only_where_tagged(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        unknown = tags.str.contains(f"unknown_{col}")
        assert unknown.any(), col
        assert ok.loc[unknown, col].isna().all(), col
        assert ok.loc[~unknown, col].equals(ev.loc[~unknown, col]), col
    # exploitation: the event's form, "unknown" where the clerk wrote "not known"
    unk = tags.str.contains("unknown_exploitation")
    assert (ok.loc[unk, "exploitation"] == "unknown").all()
    assert ok.loc[~unk, "exploitation"].equals(ev.loc[~unk, "exploitation"])


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_country = pd.crosstab(first["source"].to_numpy(), country)
    assert set(by_country.loc["cnomk_signalements_nf"].loc[lambda s: s > 0].index) == {"FRA"}
    assert set(by_country.loc["unijepol_centros_masaje_nf"].loc[lambda s: s > 0].index) == {"ESP"}
    assert set(by_country.loc["iol_special_treatments_nf"].loc[lambda s: s > 0].index) == {"GBR"}
    assert set(by_country.loc["fsmtb_discipline_nf"].loc[lambda s: s > 0].index) == {"USA"}
    compiled = set(by_country.loc["fresha_trust_safety_nf"].loc[lambda s: s > 0].index)
    assert compiled == {"ITA", "GRC", "HRV", "POL", "PAN"}


def test_quarantine_kinds_spread_over_sources(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].fillna("").eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # the three CSV files carry an empty row; the XLSX and JSON lines files do not
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source"]
    assert set(empty) == {
        "cnomk_signalements_nf",
        "iol_special_treatments_nf",
        "fsmtb_discipline_nf",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"iol_special_treatments_nf", "fresha_trust_safety_nf"}


# --------------------------------------------------------------------------------------
# Each agency's quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_cnomk_is_cp1252_semicolons_crlf(paths: dict[str, Path]) -> None:
    raw = paths["cnomk_signalements_nf"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0]
    assert header.split(";")[:3] == ["N° signalement", "Date du constat", "Département"]
    assert "Nb de mis en cause" in header
    assert "Pays de transit" in header


def test_cnomk_words_dates_and_numbers(paths: dict[str, Path]) -> None:
    text = paths["cnomk_signalements_nf"].read_bytes().decode("cp1252")
    assert re.search(r";\d\d/\d\d/20\d\d;", text)  # day-first, four-digit years
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # and some two-digit years
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarter-only dates
    assert re.search(r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
                     r"|octobre|novembre|décembre) 20\d\d;", text)  # fmt: skip
    assert re.search(r";-?\d+,\d{5};-?\d+,\d{5};", text)  # decimal-comma coordinates
    assert "aide à l'entrée" in text
    assert re.search(r";(afghane|irakienne|albanaise|érythréenne|iranienne|syrienne);", text)
    assert "Ã" in text  # UTF-8 read as cp1252 in a few names
    assert ";aucun;" in text or ";néant;" in text


def test_unijepol_xlsx_dates_and_wording(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["unijepol_centros_masaje_nf"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Nº acta", "Fecha inspección", "Tipo de establecimiento", "Tipificación")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 43000 < d < 46000 for d in dates)  # serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert any("318 bis" in c for c in cells)
    assert {"cayuco", "patera"} <= cells
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]", c) for c in cells)
    assert "marroquí" in cells or "senegalesa" in cells or "argelina" in cells
    counts = [r[5] for r in rows[1:] if r[0] and str(r[0])[0].isdigit()]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)


def test_iol_is_utf8_bom_commas_uk_dates(paths: dict[str, Path]) -> None:
    raw = paths["iol_special_treatments_nf"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:3]) == ["Return ref", "Date of visit", "Local authority"]
    dates = frame["Date of visit"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    days = dates.str.extract(r"^(\d\d)/(\d\d)/")[0].dropna().astype(int)
    assert (days > 12).any()  # day first
    assert frame["Country"].isin(["England", "Scotland", "UK"]).any()
    assert frame["Lat/Long"].dropna().str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert frame["Offence category"].str.contains("s.25 IA 1971", regex=False).any()


def test_fsmtb_is_utf16_tabs_month_first(paths: dict[str, Path]) -> None:
    raw = paths["fsmtb_discipline_nf"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    frame = pd.read_csv(io.BytesIO(raw), encoding="utf-16", sep="\t", dtype=str)
    assert list(frame.columns[:2]) == ["Case Number", "Action Date"]
    dates = frame["Action Date"].dropna()
    parts = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/20\d\d$").dropna().astype(int)
    assert (parts[0] <= 12).all()  # month first throughout
    assert (parts[1] > 12).any()
    assert dates.str.fullmatch(r"\d\d/20\d\d").any()  # month-only
    assert frame["Citizenship"].dropna().str.fullmatch(r"[A-Z]{3}").any()  # ISO alpha-3
    assert frame["Country of Encounter"].dropna().isin(["USA", "United States", "US"]).all()


def test_fresha_jsonl_enums_iso2_arrays(paths: dict[str, Path]) -> None:
    lines = paths["fresha_trust_safety_nf"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    body = [r for r in recs if r["case_id"] != "TOTAL"]
    assert {r["category"] for r in body} <= {
        "human_trafficking",
        "migrant_smuggling",
        "trafficking_and_smuggling",
    }
    countries = {r["venue_country"] for r in body if r["venue_country"]}
    assert {"IT", "GR", "HR", "PL", "PA"} <= countries
    assert countries <= {"IT", "GR", "HR", "PL", "PA", "ES", "GB", "US"}  # + second reports
    assert all(isinstance(r["transit_countries"], list) for r in body)
    assert all(isinstance(r["linked_offences"], list) for r in body)
    dated = [r["reported_at"] for r in body if isinstance(r["reported_at"], str)]
    assert all(re.fullmatch(r"2\d{3}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) for d in dated)
    located = [r["location"] for r in body if r["location"] is not None]
    assert all(set(loc) == {"lat", "lng"} for loc in located)


def test_tags_show_the_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "demonym:nationality",
        "mojibake:",
        "no_accent:",
        "nation:detection_country",
        "iso3:",
        "iso2:",
        "typo:",
        "excel_serial",
        "coords_dms",
        "decimal_comma",
        "boat_word",
        "us_date",
        "partial_date",
        "transit_list",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
