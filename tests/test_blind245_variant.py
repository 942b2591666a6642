"""The ``blind245`` examiner set (files ``*_im.*``): what its files and truth promise.

Five social-security and tax-fraud desks (URSSAF, TGSS, INPS, DWP and the FATF
secretariat's case compilation). These tests check the files' bytes and the truth; none
of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from tests._blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.schema import VOCABULARIES

VARIANT = "blind245"
SEED = 245
N_EVENTS = 1500
SMALL_SEED = 2451
SMALL_EVENTS = 400
SOURCES = ("urssaf_lcti_im", "tgss_fraude_im", "inps_vigilanza_im", "dwp_cfcd_im", "fatf_cases_im")
#: Fields every kept row gives as the event has them.
FAITHFUL = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _sheet(path: Path) -> list[tuple[object, ...]]:
    return list(load_workbook(path).active.iter_rows(values_only=True))


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
# The truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_im", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_im", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_every_source_reports_events(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_cross_source_reports_come_from_the_planned_desks(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {"fatf_cases_im", "inps_vigilanza_im", "tgss_fraude_im"}
    first_file = cross["duplicate_of"].str.split(":").str[0]
    assert (first_file != cross["source_file"]).all()


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FAITHFUL)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)

    def same_but(col: str, pattern: str, then: str | None) -> None:
        differs = tags.str.contains(pattern)
        assert ok.loc[~differs, col].equals(ev.loc[~differs, col]), col
        if then is None:
            assert ok.loc[differs, col].isna().all(), col
        else:
            assert (ok.loc[differs, col] == then).all(), col

    same_but("n_persons", "count_placeholder|count_null", None)
    same_but("n_suspects", "blank_n_suspects|suspects_placeholder", None)
    same_but("nationality", "blank_nationality|nationality_unknown", None)
    same_but("detection_country", "blank_detection_country", None)
    same_but("gender", "blank_gender|gender_unknown", "unknown")
    same_but("age_group", "age_unknown", "unknown")
    same_but("transport_mode", "transport_unknown", "unknown")
    # exploitation: none for a smuggling case, "unknown" where the desk did not know
    smuggling = ok["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("exploitation_unknown")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    keep = ~smuggling & ~unknown
    assert ok.loc[keep, "exploitation"].equals(ev.loc[keep, "exploitation"])
    # coordinates: none where the desk keeps an address or left them out
    no_place = tags.str.contains(
        "no_coordinates|blank_coordinates|coords_missing|coords_placeholder"
    )
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 1e-3).all(), col
    assert ok.loc[ok["source"].isin(["tgss_fraude_im", "dwp_cfcd_im"]), "lat"].isna().all()
    # dates: the day (a second report may be a day off), or the month's or quarter's start
    day, true_day = pd.to_datetime(ok["event_date"]), pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert not ok.loc[ok["expected_reason"].eq("cross_source"), "date_precision"].ne("day").any()
    for col, words in VOCABULARIES.items():
        assert set(ok[col].dropna()) <= set(words), col


def test_quarantine_rows_of_every_kind_per_set(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert bad["messiness"].str.contains("bad_row|garbage_row").all()
    garbage = bad.loc[bad["messiness"] == "garbage_row"]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # the CSV files have an empty row; every desk but the FATF a note row; all a total
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source"]
    assert sorted(empty) == ["inps_vigilanza_im", "urssaf_lcti_im"]
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == set(SOURCES) - {"fatf_cases_im"}


def test_tags_show_each_desks_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)

    def some(source: str, tag: str) -> bool:
        return bool(tags[truth["source"] == source].str.contains(tag).any())

    assert some("urssaf_lcti_im", "mojibake")
    assert some("urssaf_lcti_im", "nationality_adjective")
    assert some("urssaf_lcti_im", "decimal_comma")
    assert some("tgss_fraude_im", "excel_serial")
    assert some("tgss_fraude_im", "own_offence")
    assert some("inps_vigilanza_im", "iso2")
    assert some("inps_vigilanza_im", "typo")
    assert some("inps_vigilanza_im", "thousands")
    assert some("dwp_cfcd_im", "demonym")
    assert some("dwp_cfcd_im", "zero_word")
    assert some("fatf_cases_im", "iso_numeric")
    assert some("fatf_cases_im", "date_quarter")


# --------------------------------------------------------------------------------------
# The bytes
# --------------------------------------------------------------------------------------
def test_urssaf_is_french_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    data = paths["urssaf_lcti_im"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° dossier;Date du contrôle;Qualification pénale;")
    assert "Nb mis en cause" in lines[0]
    assert "Pays du contrôle" in lines[0]
    frame = pd.read_csv(
        paths["urssaf_lcti_im"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    dates = frame["Date du contrôle"]
    day_first = dates.str.fullmatch(r"\d{2}/\d{2}/(\d{2}|\d{4})")
    month = dates.str.fullmatch(r"[a-zéû]+ \d{4}")
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert (day_first | month | quarter | dates.eq("")).mean() > 0.97
    assert day_first.mean() > 0.85
    assert frame["Latitude"].str.fullmatch(r"\d{2},\d{4}|").mean() > 0.97
    assert "Ã" in text  # text pasted from a UTF-8 form
    words = set(frame["Nb mis en cause"])
    assert words & {"aucun", "néant"}
    assert frame["Nationalité"].str.lower().str.endswith(("ien", "ienne", "an", "ane")).any()
    assert frame["Pays de transit"].str.contains(" / ").any()


def test_tgss_is_spanish_xlsx_with_dates_of_three_kinds(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["tgss_fraude_im"])
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha actuación", "Dirección Provincial")
    assert "Nacionalidad" in header
    assert "Países de tránsito" in header
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"\d{2}/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"\d{4}T[1-4]", d) for d in texts)
    nat = header.index("Nacionalidad")
    nats = {r[nat] for r in rows[1:] if isinstance(r[nat], str) and r[nat] != "No consta"}
    assert nats
    assert all(n.isupper() and n.isascii() for n in nats)
    assert any(isinstance(r[5], str) and re.fullmatch(r"\d\.\d{3}", r[5]) for r in rows[1:])
    flat = {v for r in rows for v in r if isinstance(v, str)}
    assert "No consta" in flat
    assert "Ninguno" in flat
    assert any("318 bis" in v for v in flat)
    assert "TOTAL GENERAL" in flat


def test_inps_is_utf16_tab_text(paths: dict[str, Path]) -> None:
    data = paths["inps_vigilanza_im"].read_bytes()
    assert data[:2] == b"\xff\xfe"  # Excel's "Unicode text"
    text = data.decode("utf-16")
    header = text.split("\n")[0].split("\t")
    assert header[:3] == ["Case No.", "Date of detection", "Offence"]
    assert "Coordinates (lat, long)" in header
    frame = pd.read_csv(
        paths["inps_vigilanza_im"], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False
    )
    assert frame["Transit countries"].str.contains(" > ").any()
    assert frame["Coordinates (lat, long)"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert frame["Date of detection"].str.fullmatch(r"\d{2}\.\d{2}\.\d{4}").any()
    assert frame["Date of detection"].str.fullmatch(r"Q[1-4] \d{4}").any()
    assert frame["No. of persons"].str.fullmatch(r"\d\.\d{3}").any()
    assert frame["Nationality"].str.fullmatch(r"[A-Z]{2}").any()
    assert frame["No. of suspects"].isin(["none"]).any()


def test_dwp_is_english_xlsx_in_uk_terms(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["dwp_cfcd_im"])
    header = rows[0]
    assert header[:3] == ("FRAIMS Ref", "Date Identified", "Crime Category")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in texts)
    flat = {v.strip() for r in rows for v in r if isinstance(v, str)}
    assert flat & {"Organised Immigration Crime", "OIC", "People Smuggling"}
    assert flat & {"Modern Slavery", "Human Trafficking"}
    assert "Nil" in flat
    assert "Vietnamese" in flat
    assert "UK" in flat
    assert any("Benefit fraud" in v for v in flat)
    assert any(r[0] == "Grand Total" for r in rows)


def test_fatf_is_json_lines_with_iso_codes(paths: dict[str, Path]) -> None:
    lines = paths["fatf_cases_im"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "detection_date", "predicate_offence"]
    dates = [r["detection_date"] for r in recs if r["detection_date"] is not None]
    assert all(re.fullmatch(r"\d{4}-(\d{2}(-\d{2})?|Q[1-4]|13-\d{2})", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    juris = {r["jurisdiction_of_detection"] for r in recs}
    assert {"USA", "PAN", "GRC", "HRV", "POL"} <= juris
    assert any(
        r["transit_route"] and re.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+", r["transit_route"])
        for r in recs
    )
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert any(isinstance(r["nationality"], str) and r["nationality"].isdigit() for r in recs)
    assert any(r["case_id"].startswith("TOTAL") for r in recs)
