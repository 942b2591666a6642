"""The examiner set ``blind344`` (files ``*_mh.*``): what its files and truth promise.

Five agencies: a French police unit of Calais (CSV, cp1252, ``;``), the Canary Islands'
inspection of public entertainment (CSV, UTF-16, tabs), a municipality of Darién in
Panama (XLSX), the Texas licensing regulator (CSV, UTF-8, ``,``) and a news desk's tracker
(JSON lines). These tests check the bytes and the truth; none of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind344 import SOURCES, make_blind344

VARIANT = "blind344"
SEED = 344
N_EVENTS = 1500
SMALL_SEED = 3441
SMALL_EVENTS = 400
SUFFIX = "_mh"
NAMES = tuple(s.source for s in SOURCES)
CALAIS, CANARIAS, SANTA_FE, TDLR, EURONEWS = NAMES
# Fields every kept row reports exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
# The written coordinates are the true point to 4 decimals, to the second, or to 3 decimals.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_reports_of_events(small_paths, _truth(small_paths), EXACT_FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(3, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind344(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 10, sub.source


def test_routing_of_events(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    home = {"FRA": CALAIS, "ESP": CANARIAS, "PAN": SANTA_FE, "USA": TDLR}
    want = [home.get(c, EURONEWS) for c in where]
    assert first["source"].tolist() == want
    # the news desk writes up again some Spanish landings and Channel crossings
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {EURONEWS}
    firsts = set(cross["duplicate_of"].str.split(":").str[0])
    assert firsts <= {f"{CALAIS}{SUFFIX}.csv", f"{CANARIAS}{SUFFIX}.csv"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {CANARIAS, TDLR}


def test_date_precisions_by_source(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source")["date_precision"].agg(set)
    assert prec[CALAIS] == {"day", "month", "quarter"}
    assert prec[CANARIAS] == {"day", "month"}
    assert prec[SANTA_FE] == {"day", "quarter"}
    assert prec[TDLR] == {"day", "month"}
    assert prec[EURONEWS] == {"day", "month"}


def test_bad_rows_of_every_kind(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert (bad["expected_status"] == "quarantine").all()
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    per_file = garbage.groupby("source")["expected_reason"].agg(set)
    assert per_file[CALAIS] == {"empty_row", "no_content", "no_date"}
    assert per_file[CANARIAS] == {"empty_row", "no_content", "no_date"}
    assert per_file[SANTA_FE] == {"no_content", "no_date"}
    assert per_file[TDLR] == {"empty_row", "no_date"}
    assert per_file[EURONEWS] == {"no_date"}


# --------------------------------------------------------------------------------------
# The agencies' bytes
# --------------------------------------------------------------------------------------
def test_calais_file_is_french_cp1252(paths: dict[str, Path]) -> None:
    raw = paths[CALAIS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° procédure", "Date des faits", "Commune"]
    assert "Majeurs / mineurs" in header
    assert "Infractions connexes" in header
    assert "Aide à l'entrée" in text
    assert "Traite des êtres humains" in text or "TEH" in text
    assert re.search(r";\d{5}/20\d\d;\d\d/\d\d/20\d\d;", "\n" + text.replace("\r\n", ";"))
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarters
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";5\d,\d{4};[12],\d{4};", text)  # decimal-comma coordinates
    assert "Ã" in text  # rows pasted from the UTF-8 web form
    assert "afghane" in text.lower()
    assert " > " in text  # ordered routes


def test_calais_day_first_throughout(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths[CALAIS], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date des faits"].dropna()
    full = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{2,4}")]
    assert (full.str.slice(3, 5).astype(int) <= 12).all()
    assert (full.str.slice(0, 2).astype(int) > 12).any()


def test_canarias_file_is_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[CANARIAS].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº Acta", "Fecha actuación", "Tipología delictiva"]
    assert "Coordenadas" in header
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\d+°\d\d'\d\d\"\"N \d+°\d\d'\d\d\"\"O", text)  # DMS, O = oeste
    assert re.search(
        r"\t(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
        r"|octubre|noviembre|diciembre) de 20\d\d\t",
        text,
    )
    assert "s/d" in text or "no consta" in text
    assert "TOTAL GENERAL" in text


def test_santa_fe_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[SANTA_FE], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("No. Informe", "Fecha", "Lugar", "Tipo de caso")
    col = header.index("Fecha")
    dates = [r[col] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and "Trimestre" in d for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    cells = {v for r in rows[1:] for v in r if isinstance(v, str)}
    assert {"NNA", "Adultos y NNA", "N/D"} <= cells
    assert cells & {"EE.UU.", "EEUU", "Estados Unidos de América"}
    lat = header.index("Latitud")
    assert any(isinstance(r[lat], float) for r in rows[1:])


def test_tdlr_month_first(paths: dict[str, Path]) -> None:
    raw = paths[TDLR].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    frame = pd.read_csv(paths[TDLR], dtype=str)
    assert list(frame.columns[:4]) == ["Case Number", "Incident Date", "City", "Violation"]
    dates = frame["Incident Date"].dropna()
    us = dates[dates.str.fullmatch(r"\d\d/\d\d/20\d\d")]
    assert (us.str.slice(0, 2).astype(int) <= 12).all()
    assert (us.str.slice(3, 5).astype(int) > 12).any()
    assert frame["Violation"].str.contains("PC 20.05", regex=False).any()
    assert frame["Nationality"].isin(["MX", "GT", "HN"]).any()  # ISO alpha-2


def test_euronews_lines(paths: dict[str, Path]) -> None:
    lines = paths[EURONEWS].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"id", "date", "category", "people", "lat", "lon", "route"}
    people = [r["people"] for r in recs if r["people"] is not None]
    assert sum(isinstance(p, int) for p in people) > 0.9 * len(people)
    dates = [r["date"] for r in recs if isinstance(r["date"], str)]
    assert sum(bool(re.fullmatch(r"20\d\d-\d\d-\d\d", d)) for d in dates) > 0.8 * len(dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(r["nationality"] == "Afghan" for r in recs)


def test_truth_reads_the_cells(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    # an unknown word for age or transport is read as "unknown"
    na = truth.loc[kept & tags.str.contains("na_word")]
    assert len(na) > 0
    assert ((na["age_group"] == "unknown") | (na["transport_mode"] == "unknown")).all()
    # the Calais unit's mojibake rows are read as the words they garble
    moji = truth.loc[kept & tags.str.contains("mojibake") & (truth["source"] == CALAIS)]
    assert len(moji) > 0
    assert moji["crime_type"].notna().all()
    # a second report of an event never gives a partial date
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (cross["date_precision"] == "day").all()
