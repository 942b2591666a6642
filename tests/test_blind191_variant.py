"""The examiner's held-out sample set ``blind191`` (files ``*_gk.*``): what it promises.

Five private-sector reporters (CMA CGM group security, Baleària, Truckers Against
Trafficking, Banistmo's compliance office, Revolut's financial-crime team). These tests
check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path

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
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind191 import SOURCES, make_blind191

VARIANT = "blind191"
SEED = 191
N_EVENTS = 1500
SMALL_SEED = 1911
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
HEADERS = {s.source: list(s.headers.values()) for s in SOURCES}
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "transit_countries", "linked_offences")
CMA, BALEARIA, TAT, BANISTMO, REVOLUT = NAMES


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["row"] = rows["source_row"].astype(int)
    return rows.set_index("row")


# ---------------------------------------------------------------------------- shared checks
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gk", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_gk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_expected_values_small_set(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(3, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind191(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 10, sub.source


def test_duplicates_come_from_the_two_second_reporters(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) == {CMA, REVOLUT}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {TAT}


def test_what_a_row_leaves_out_is_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.set_index("event_id").loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    # exploitation: the event's form, "unknown" when the cell says so, none for smuggling
    differs = ok["exploitation"].fillna("") != ev["exploitation"].fillna("")
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown_exploitation").all()
    assert ok.loc[ev["crime_type"] == "smuggling", "exploitation"].isna().all()
    # destination: the event's country, or nothing where the cell says "not known"
    differs = ok["destination_country"].fillna("") != ev["destination_country"].fillna("")
    assert ok.loc[differs, "destination_country"].isna().all()
    assert tags[differs].str.contains("blank_destination").all()
    assert differs.sum() > 0
    # a bank's log gives no place of detection
    bank = ok["source"] == BANISTMO
    assert ok.loc[bank, ["lat", "lon"]].isna().all().all()


def test_planted_habits_are_in_the_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "us_date",
        "excel_date",
        "text_date",
        "mojibake",
        "typo",
        "adjective",
        "demonym",
        "code_label",
        "padded",
        "iso2",
        "alias",
        "thousands",
        "approx_count",
        "count_word",
        "coords_dm",
        "coords_text",
        "coords_pair",
        "json_list",
        "direct_word",
        "none_word",
        "na_word",
    ):
        assert tags.str.contains(tag).any(), tag
    prec = truth.loc[truth["expected_status"] != "quarantine"].groupby("source")["date_precision"]
    assert set(prec.get_group(BANISTMO)) == {"day", "month", "quarter"}
    assert set(prec.get_group(CMA)) == {"day", "month", "quarter"}
    assert set(prec.get_group(TAT)) == {"day", "month"}


# ---------------------------------------------------------------------------- the bytes
def test_cma_cgm_is_french_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CMA].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].split(";") == HEADERS[CMA]
    assert lines[0].startswith("Réf. incident;Date/heure de l'événement;")
    assert re.search(r"\d{2}°\d{2},\d'[NS] \d{3}°\d{2},\d'[EW]", text)  # ship's position
    assert re.search(r"\d{2},\d{5} / -?\d{1,3},\d{5}", text)  # land position, decimal comma
    assert "Ã©" in text  # a UTF-8 tool's accents read as cp1252
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";\d{2}/20\d\d;", text)
    assert re.search(r";\d{1,2}[\u00a0 ]\d{3};", text)  # 1 200 persons
    assert ";env. " in text
    assert ";aucun;" in text
    assert re.search(r";(érythréenne|Érythréenne|afghane|Afghane);", text)
    # every day-precision date reads day first, as the truth expects
    body = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False, na_values=[""])
    rows = _rows_of(truth, CMA)
    cells = body["Date/heure de l'événement"]
    checked = 0
    for i, cell in cells.items():
        row = rows.loc[int(i) + 2]  # type: ignore[call-overload]
        if row["date_precision"] == "day" and re.fullmatch(r"\d\d/\d\d/\d{4}( .*)?", str(cell)):
            day = datetime.strptime(str(cell)[:10], "%d/%m/%Y")
            assert day.strftime("%Y-%m-%d") == row["event_date"]
            checked += 1
    assert checked > 400


def test_balearia_is_a_spanish_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[BALEARIA]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS[BALEARIA]
    body = rows[1:]
    head = HEADERS[BALEARIA]
    dates = [r[head.index("Fecha")] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 200  # real Excel dates
    assert any(isinstance(d, datetime) and d.hour for d in dates)  # with the hour
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    counts = [r[head.index("Nº personas")] for r in body]
    assert sum(isinstance(c, int) for c in counts) > 200
    lat = [r[head.index("Latitud")] for r in body]
    assert any(isinstance(x, float) for x in lat)
    assert any(isinstance(x, str) and "," in x for x in lat)
    words = {str(v) for r in body for v in r if isinstance(v, str)}
    assert {"Cayuco", "Patera", "ninguno", "Directo"} <= words
    assert words & {"senegalés", "senegalesa", "SENEGALÉS", "SENEGALESA", "marroquí"}
    assert {"H", "M"} <= {str(r[head.index("Sexo")]) for r in body}  # hombre / mujer


def test_tat_is_json_lines_with_us_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[TAT].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(list(r) == HEADERS[TAT] for r in recs)
    assert len(lines) - len(set(lines)) >= 3  # tips exported twice
    rows = _rows_of(truth, TAT)
    us = late = 0
    for n, rec in enumerate(recs, start=1):
        cell = rec["incidentDate"]
        if isinstance(cell, str) and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", cell):
            month, day, _ = (int(x) for x in cell.split("/"))
            assert month <= 12  # month first throughout the file
            late += day > 12  # cells that show the order to a reader
            if rows.loc[n, "expected_status"] != "quarantine":
                want = datetime.strptime(cell, "%m/%d/%Y").strftime("%Y-%m-%d")
                assert rows.loc[n, "event_date"] == want
                us += 1
    assert us > 100
    assert late > 50
    assert any(isinstance(r["routeCountries"], list) for r in recs)
    assert any(isinstance(r["relatedCrimes"], list) for r in recs)
    assert {"Tractor-trailer", "On foot"} <= {r["conveyance"] for r in recs}
    assert any(r["victimCount"] in ("one", "two", "three") for r in recs)


def test_banistmo_is_utf16_tab_separated(paths: dict[str, Path]) -> None:
    raw = paths[BANISTMO].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    lines = text.split("\n")
    assert lines[0].split("\t") == HEADERS[BANISTMO]
    assert re.search(r"\t[A-Z]{2} - [A-Z ]+\t", text)  # VE - VENEZUELA
    assert re.search(r"\t(I|II|III|IV) trimestre 20\d\d\t", text)
    assert re.search(r"\t\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t\d,\d{3}\t", text)  # 1,250 persons
    assert re.search(r"[A-Z] {3,}\t", text)  # padded core-banking field
    assert "\tNNA\t" in text
    assert "\tNo aplica\t" in text
    assert "Narcotráfico" in text


def test_revolut_is_utf8_bom_commas(paths: dict[str, Path]) -> None:
    raw = paths[REVOLUT].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == HEADERS[REVOLUT]
    head = rows[0]
    dates = [r[head.index("Activity date")] for r in rows[1:] if len(r) == len(head)]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    geo = [r[head.index("Geo (lat,lon)")] for r in rows[1:] if len(r) == len(head)]
    assert any(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}", g) for g in geo)
    where = {r[head.index("Location country")] for r in rows[1:] if len(r) == len(head)}
    assert {"UK", "HR", "PL"} <= where
