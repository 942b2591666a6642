"""The examiner's held-out sample set ``blind211`` (files ``*_he.*``).

Five agencies that meet trafficking and smuggling in hotels, short-term rentals and online
adverts: Accor's hotel security alerts (French, XLSX), Fundación Amaranta (Spanish, cp1252
CSV with ``;``), Airbnb's law-enforcement escalations (English, JSON lines), the UK Modern
Slavery and Human Rights Policing Unit (English, UTF-16 tab-separated) and Meta's human
exploitation escalations (English, UTF-8 CSV with BOM). These tests check what the set
promises about its files and its truth; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

VARIANT = "blind211"
SEED = 211
N_EVENTS = 1500
SMALL_SEED = 2111
SMALL_EVENTS = 400
SUFFIX = "_he"
SOURCES = ("accor_surete", "amaranta_adoratrices", "airbnb_lert", "mshrpu_uk", "meta_hex")
FILES = {
    "accor_surete": "accor_surete_he.xlsx",
    "amaranta_adoratrices": "amaranta_adoratrices_he.csv",
    "airbnb_lert": "airbnb_lert_he.jsonl",
    "mshrpu_uk": "mshrpu_uk_he.csv",
    "meta_hex": "meta_hex_he.csv",
}
# Fields every row gives exactly as the event has them.
EXACT = ("crime_type", "exploitation", "linked_offences")
# Sources whose export has no column for the route or the means of travel.
NO_ROUTE = {
    "accor_surete": ("transit_countries",),
    "airbnb_lert": ("origin_country", "destination_country", "transit_countries"),
}
TOLERANCE = 6e-4  # Meta writes three decimals, the others four or five


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def reports(
    paths: dict[str, Path], truth: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    ok, ev = check_reports_of_events(paths, truth, EXACT)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    return ok, ev, tags


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    assert {s: paths[s].name for s in SOURCES} == FILES
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_keeps_its_promises(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)
    check_placeholder_counts(rows)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_every_source_has_records_at_300_events(tmp_path_factory: pytest.TempPathFactory) -> None:
    tiny = write(tmp_path_factory, VARIANT, seed=SEED, n_events=300)
    rows = pd.read_csv(tiny["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source_file"]
    assert set(records) == set(FILES.values())


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# The truth says what a careful analyst reads
# --------------------------------------------------------------------------------------
def test_rows_report_their_events(
    truth: pd.DataFrame, reports: tuple[pd.DataFrame, pd.DataFrame, pd.Series]
) -> None:
    ok, ev, tags = reports
    blanks = {
        "n_persons": tags.str.contains("count_placeholder"),
        "n_suspects": tags.str.contains("blank_n_suspects|suspects_placeholder"),
        "nationality": tags.str.contains("blank_nationality"),
        "detection_country": tags.str.contains("blank_detection_country"),
    }
    for col, blank in blanks.items():
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    for col in ("gender", "age_group"):
        unknown = tags.str.contains(f"blank_{col}|unknown_{col}")
        assert (ok.loc[unknown, col] == "unknown").all(), col
        assert ok.loc[~unknown, col].equals(ev.loc[~unknown, col]), col
    assert tags.str.contains("unknown_age_group").any()


def test_route_fields_only_where_the_source_has_them(
    reports: tuple[pd.DataFrame, pd.DataFrame, pd.Series],
) -> None:
    ok, ev, _ = reports
    for col in ("origin_country", "destination_country", "transit_countries"):
        missing = ok["source"].map(lambda s, c=col: c in NO_ROUTE.get(s, ()))
        assert ok.loc[missing, col].isna().all(), col
        assert ok.loc[~missing, col].equals(ev.loc[~missing, col]), col
    no_mode = ok["source"].isin(["accor_surete", "airbnb_lert"])
    assert (ok.loc[no_mode, "transport_mode"] == "unknown").all()
    assert ok.loc[~no_mode, "transport_mode"].equals(ev.loc[~no_mode, "transport_mode"])


def test_places_and_dates(reports: tuple[pd.DataFrame, pd.DataFrame, pd.Series]) -> None:
    ok, ev, tags = reports
    no_place = tags.str.contains("blank_coordinates|coords_missing|coords_placeholder")
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < TOLERANCE).all(), col
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    # a partial date is never written for an event that another source also reports
    paired = ok["expected_status"].eq("duplicate") & ok["expected_reason"].eq("cross_source")
    assert (prec[paired] == "day").all()


def test_thousands_and_words_read_as_counts(
    reports: tuple[pd.DataFrame, pd.DataFrame, pd.Series],
) -> None:
    ok, _, tags = reports
    thousands = tags.str.contains("thousands_sep")
    assert thousands.sum() > 0
    assert (ok.loc[thousands, "n_persons"].astype(int) >= 1000).all()
    words = tags.str.contains("count_word")
    assert (ok.loc[words, "n_persons"].astype(int) <= 5).all()


def test_bad_rows_of_each_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # the JSON export has no note row; the CSV files have an empty row each
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source_file"]
    assert set(notes) == set(FILES.values()) - {FILES["airbnb_lert"]}
    empties = garbage.loc[garbage["expected_reason"] == "empty_row", "source_file"]
    assert set(empties) == {f for f in FILES.values() if f.endswith(".csv")}


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_amaranta_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["amaranta_adoratrices"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].split(";")[:4] == [
        "Nº expediente",
        "Fecha de detección",
        "Provincia",
        "País de detección",
    ]
    assert re.search(r";\d{2}/\d{2}/20\d\d;", text)  # day first
    assert re.search(r";\d{1,2}/\d{1,2}/20\d\d;", text)
    assert re.search(
        r";(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
        r"|octubre|noviembre|diciembre) 20\d\d;",
        text,
    )
    assert re.search(r";\dº trimestre 20\d\d;", text)
    assert re.search(r";-?\d{1,2},\d{4};-?\d{1,2},\d{4};", text)  # decimal commas
    assert re.search(r";\d{1,2}\.\d{3};", text)  # thousands dot
    for word in ("Cayuco", "Patera", "ninguno", "s/d", "No aplica", "Trata", "Ã"):
        assert word in text, word
    tags = tags_of(truth).loc[truth["source_file"] == FILES["amaranta_adoratrices"]]
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("typo").any()


def test_mshrpu_utf16_tabs(paths: dict[str, Path]) -> None:
    data = paths["mshrpu_uk"].read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE)
    text = data.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:4] == ["URN", "Offence Date", "Force", "Offence"]
    assert "Lat/Long" in header
    assert re.search(r"\t\d{2}/\d{2}/20\d\d \d{2}:\d{2}\t", text)
    assert re.search(r"\t\d{1,2} [A-Z][a-z]+ 20\d\d\t", text)
    assert re.search(r"\t5\d\.\d{5},-?\d\.\d{5}\t", text)
    for word in ("MSA 2015 s2", "s25", "Nil", "Vietnamese", "Small boat", " > ", "N/A"):
        assert word in text, word


def test_meta_bom_commas(paths: dict[str, Path]) -> None:
    data = paths["meta_hex"].read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    frame = pd.read_csv(paths["meta_hex"], dtype=str, encoding="utf-8-sig", sep=",")
    assert frame.columns[:3].tolist() == ["escalation_id", "incident_date", "harm_type"]
    dates = frame["incident_date"].dropna()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, 20\d\d").any()
    assert frame["country_code"].dropna().str.fullmatch(r"[A-Z]{2}").mean() > 0.99
    assert frame["transit"].dropna().str.contains(", ").any()
    assert ((frame["lat"] == "0") & (frame["lng"] == "0")).any()
    assert frame["persons_referenced"].dropna().str.fullmatch(r"\d,\d{3}").any()
    assert {"HS", "HT"} <= set(frame["harm_type"].dropna())


def test_airbnb_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["airbnb_lert"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["case_id", "incident_date", "report_category"]
    cases = [r for r in rows if str(r["case_id"]).startswith("LERT-")]
    assert all(re.fullmatch(r"[A-Z]{2}", r["listing_country"] or "XX") for r in cases)
    dates = [r["incident_date"] for r in cases if r["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(
        isinstance(r["related_policy_violations"], list) and r["related_policy_violations"]
        for r in cases
    )
    assert all(isinstance(r["individuals_affected"], int | str) for r in cases)
    assert "origin" not in " ".join(rows[0])


def test_accor_xlsx_dates_and_passport_codes(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["accor_surete"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("N° alerte", "Date de l'alerte", "Établissement", "Pays")
    dates = [r[1] for r in rows[1:] if str(r[0]).startswith("WATCH-")]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int | float) and 40000 < d < 46000 for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in dates)
    nat = [r[10] for r in rows[1:] if str(r[0]).startswith("WATCH-") and r[10]]
    assert any(re.fullmatch(r"[A-Z]{3}", n) for n in nat)
    assert any(n in ("Irak", "Afghanistan", "Nigéria", "Iran", "Albanie") for n in nat)
    cells = {c for r in rows[1:] for c in r if isinstance(c, str)}
    assert {"Sans objet", "aucun", "Royaume-Uni"} <= cells
    assert any(re.fullmatch(r"\d{2}\.\d{4}, -?\d\.\d{4}", c) for c in cells)
