"""The examiner sample set ``blind151`` (files ``*_ew.*``): what it promises, not a score.

Five desks around southern Italy and beyond: the Catania prosecutors' DDA desk (XLSX,
English with Italian legal terms), the EUAA operational desk (JSON lines, EU country
codes), Andalucía Acoge (Google Sheets CSV, UTF-8, comma), the IILA security desk (XLSX,
Spanish, mixed country codes) and the Order of Malta's anti-trafficking desk (cp1252,
semicolon, French). These tests check the files and the truth; none cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind151"
SEED = 151
N_EVENTS = 1500
SMALL_SEED = 1511
SMALL_EVENTS = 400
SUFFIX = "_ew"
SOURCES = ("procura_catania", "euaa_ops", "andalucia_acoge", "iila_seguridad", "ordre_malte_teh")
# Fields every desk writes in full (only their wording varies).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: the desks write 4-5 decimals or whole seconds


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path)
    return [tuple(r) for r in book.active.iter_rows(values_only=True)]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    assert len(ok) == len(ev) > N_EVENTS * 0.9


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        t = _truth(p)
        for source in SOURCES:
            assert (_rows(t, source)["expected_status"] == "record").sum() >= 20, source


def test_exact_repeats_only_in_resent_files(truth: pd.DataFrame) -> None:
    rep = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(rep) == {"andalucia_acoge", "ordre_malte_teh"}


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    primary = {
        "ITA": "procura_catania",
        "GRC": "euaa_ops",
        "ESP": "andalucia_acoge",
        "PAN": "iila_seguridad",
        "USA": "iila_seguridad",
    }
    want = [primary.get(c, "ordre_malte_teh") for c in country]
    assert first["source"].tolist() == want
    dup = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(dup) <= {"euaa_ops", "ordre_malte_teh"}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_procura_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet(paths["procura_catania"])
    header, body = rows[0], rows[1:]
    assert header[:3] == ("RGNR no.", "Date of facts", "Offence (legal basis)")
    assert not any("lat" in str(h).lower() or "coord" in str(h).lower() for h in header)
    dates = [r[1] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 200
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in dates)
    offences = {str(r[2]) for r in body if r[2]}
    assert any("art. 12" in o.lower() for o in offences)
    assert any("601 c.p." in o for o in offences)
    refs = [str(r[0]) for r in body if r[0] and "RGNR" in str(r[0])]
    assert all(re.fullmatch(r"\d{4}/20\d\d RGNR mod\.21", x) for x in refs)
    words = {str(v) for r in body for v in r if isinstance(v, str)}
    assert {"Tunisian", "Egitto", "gommone (dinghy)"} & words
    assert "TOTALE" in words
    rows_of_events = _rows(truth, "procura_catania").dropna(subset=["event_id"])
    assert tags_of(rows_of_events).str.contains("coords_missing").all()


def test_euaa_json_lines(paths: dict[str, Path]) -> None:
    raw = paths["euaa_ops"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(x) for x in raw.decode("utf-8").splitlines()]
    assert set(lines[0]) >= {"case_id", "member_state", "citizenship", "route_countries"}
    states = {x["member_state"] for x in lines if x["member_state"]}
    assert "EL" in states
    assert states <= {"EL", "IT", "ES"}
    codes = {x["citizenship"] for x in lines if x["citizenship"]}
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert any(" > " in (x["route_countries"] or "") for x in lines)
    dates = [x["arrival_or_detection_date"] for x in lines if x["case_id"] != "TOTAL"]
    ok = [d for d in dates if d and re.fullmatch(r"20\d\d-\d\d(-\d\d)?", d)]
    assert len(ok) >= len(dates) - 6
    assert any(d and len(d) == 7 for d in dates)  # month only
    assert any(isinstance(x["latitude"], float) for x in lines)
    assert lines[-1]["case_id"] == "TOTAL"


def test_acoge_google_sheets_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["andalucia_acoge"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "\r\n" not in text
    header = text.splitlines()[0]
    assert header.startswith("Nº expediente,Fecha llegada/detección,Tipo de delito")
    assert re.search(r'"\d{2}\.\d{5}, -\d{1,2}\.\d{5}"', text)
    assert "177 bis CP" in text or "318 bis CP" in text
    assert re.search(r",\d{1,2}/\d{1,2}/20\d\d,", text)
    assert re.search(
        r",(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
        r"|octubre|noviembre|diciembre) 20\d\d,",
        text,
    )
    tags = tags_of(_rows(truth, "andalucia_acoge"))
    assert tags.str.contains("demonym").any()
    assert tags.str.contains("thousands_sep").any()
    assert re.search(r",\d\.\d{3},", text)  # 1.250 persons


def test_iila_sheet(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["iila_seguridad"])
    header, body = rows[0], rows[1:]
    assert header[0] == "Código"
    assert {"Latitud", "Longitud"} <= set(header)
    dates = [r[1] for r in body]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-2023 in Excel days
    assert any(isinstance(d, str) and re.fullmatch(r"(T\d|\dº trimestre) 20\d\d", d) for d in dates)
    countries = {str(r[9]) for r in body if r[9]}
    assert any(re.fullmatch(r"\d{3}", c) for c in countries)  # ISO numeric
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in countries)  # ISO alpha-3
    assert any(c in ("Venezuela", "Ecuador", "México", "Guatemala") for c in countries)
    words = {str(v) for r in body for v in r if isinstance(v, str)}
    assert {"NNA", "Adultos y NNA"} & words
    lat = [r[header.index("Latitud")] for r in body]
    assert any(isinstance(v, str) and "," in v for v in lat)  # pasted decimal comma
    assert any(isinstance(v, float) for v in lat)


def test_malte_cp1252_semicolon(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ordre_malte_teh"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° fiche;Date des faits;Qualification")
    assert "Ã©" in text or "Ã‰" in text or "Ãª" in text  # UTF-8 pasted into cp1252
    assert re.search(r"\d{1,3}°\d\d'\d\d\"\"[NS] \d{1,3}°\d\d'\d\d\"\"[EO]", text)
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(
        r";\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert "TOTAL GÉNÉRAL" in text
    tags = tags_of(_rows(truth, "ordre_malte_teh"))
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("coords_dms").any()
    assert tags.str.contains("zero_word").any()


def test_bad_rows_as_the_desks_write_them(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) >= {"no_date", "bad_date", "future_date"}
    # every desk has its total row last among its own rows, before any repeats
    for source in SOURCES:
        rows = _rows(truth, source)
        firsts = rows.loc[rows["expected_reason"] != "exact_repeat"]
        assert firsts["messiness"].iloc[-1] == "garbage_row", source
