"""Examiner set ``blind221`` (files ``*_ho.*``): prison and probation services.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples import make_truth
from trendlib.samples._blind221 import make_blind221

VARIANT = "blind221"
SEED = 221
N_EVENTS = 1500
SMALL_SEED = 2211
SMALL_EVENTS = 400
SOURCES = ("hmpps_niu", "sgip_fies", "snrp", "dap_nic", "oadprs_uip")
# Columns a file does not have: the truth expects nothing there.
NO_COLUMN = {"hmpps_niu": ("destination_country",), "snrp": ("origin_country",)}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_truth(small_paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ho", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ho", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_read_loses_no_row(small_paths, SOURCES, small_truth)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind221(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each kept row expects its event's values but for what its tags say it leaves out."""
    ok, ev = check_reports_of_events(paths, truth, ("crime_type", "linked_offences"))
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)

    def same(col: str, excused: pd.Series) -> None:
        differs = ~((ok[col] == ev[col]) | (ok[col].isna() & ev[col].isna()))
        assert not (differs & ~excused).any(), col

    for col in ("nationality", "origin_country", "destination_country", "transit_countries"):
        blank = tags.str.contains(f"blank_{col}|unknown_word:{col}")
        absent = ok["source"].isin([s for s, cols in NO_COLUMN.items() if col in cols])
        same(col, blank | absent)
        assert ok.loc[blank | absent, col].isna().all(), col
    same("detection_country", tags.str.contains("blank_detection_country"))
    for col in ("gender", "age_group", "transport_mode"):
        excused = tags.str.contains(f"blank_{col}|unknown_word:{col}")
        same(col, excused)
        assert (ok.loc[excused, col] == "unknown").all(), col
    expl_unknown = tags.str.contains("unknown_word:exploitation")
    same("exploitation", expl_unknown)
    assert (ok.loc[expl_unknown, "exploitation"] == "unknown").all()
    assert ok.loc[ev["crime_type"] == "smuggling", "exploitation"].isna().all()
    same("n_persons", tags.str.contains("count_placeholder"))
    same("n_suspects", tags.str.contains("blank_n_suspects|suspects_placeholder"))
    # positions: only the Italian and Mexican services give one, to 4-5 decimals
    gone = tags.str.contains("blank_coordinates|coords_missing|coords_placeholder")
    with_place = ok["source"].isin(["dap_nic", "oadprs_uip"]) & ~gone
    assert ok.loc[~with_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[with_place, col].astype(float) - ev.loc[with_place, col].astype(float)).abs()
        assert (diff < 1e-4).all(), col
    # dates: the day (a second report may be a day off), or the start of month or quarter
    day, true_day = pd.to_datetime(ok["event_date"]), pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert tags[prec != "day"].str.contains("partial_date").all()


def test_cross_source_pairs_give_the_day(truth: pd.DataFrame) -> None:
    """Both reports of a duplicated event give the day, so they can be matched."""
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    first = truth.set_index(truth["source_file"] + ":" + truth["source_row"])
    assert (dup["date_precision"] == "day").all()
    assert (first.loc[dup["duplicate_of"], "date_precision"] == "day").all()
    assert len(set(dup["source"])) >= 3


def test_bad_rows_of_every_kind_per_truth(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_hmpps_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["hmpps_niu"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("NIU Ref,Establishment,Offence Date,Offence Category")
    assert "Victim Nationality" in header
    assert re.search(r",\d\d/\d\d/20\d\d,", text)
    assert re.search(r",\d\d-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-20\d\d,", text)
    assert "People smuggling (s.25 IA 1971)" in text
    assert re.search(r",(Afghan|Iranian|Iraqi|Vietnamese|Eritrean|Albanian),", text)
    assert re.search(r",(England|UK),", text)
    assert " > " in text
    assert "HMP " in text
    assert "OFFICIAL-SENSITIVE" in text
    rows = _rows(truth, "hmpps_niu")
    assert rows["detection_country"].dropna().isin(["GBR", "FRA"]).all()


def test_sgip_bytes(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["sgip_fies"])
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    assert header[:4] == ("Nº Ficha", "Centro Penitenciario", "Fecha hechos", "Delito")
    dates = [r[2] for r in values[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds  # real dates, typed text, bare serials
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in text)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 46000 for d in serials)
    cells = {str(v) for r in values[1:] for v in r if v is not None}
    assert any("318 bis" in c for c in cells)
    assert "Cayuco" in cells
    assert "ESPAÑA" in cells
    assert {"s/d", "sin determinar"} & cells
    assert "ninguno" in cells


def test_snrp_bytes(paths: dict[str, Path]) -> None:
    raw = paths["snrp"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: é is one byte
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.split(";")[:4] == ["N° fiche", "Établissement", "Date des faits", "Qualification"]
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years, still day first
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert ";aucun;" in text or ";néant;" in text
    assert "Angleterre" in text or "Grande-Bretagne" in text
    assert re.search(r";[A-Z' -]{4,};", text)  # upper-case names without accents
    assert "sans objet" in text


def test_dap_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["dap_nic"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["protocollo", "istituto", "date_of_facts"]
    dates = [r["date_of_facts"] for r in records if r["date_of_facts"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    countries = {r["country"] for r in records if r["country"]}
    assert {"IT", "GR", "HR", "PL"} <= countries
    assert any(isinstance(r["lat"], str) and "," in r["lat"] for r in records)
    assert any(isinstance(r["lat"], float) for r in records)
    assert any(r["lat"] == 0 and r["lon"] == 0 for r in records)
    words = {str(r["exploitation"]) for r in records} | {str(r["offence"]) for r in records}
    assert "caporalato" in words or "sfruttamento sessuale" in words
    assert any(isinstance(r["persons"], str) and "." in r["persons"] for r in records)
    rows = _rows(truth, "dap_nic")
    assert {"ITA", "GRC", "HRV", "POL"} <= set(rows["detection_country"].dropna())


def test_oadprs_bytes(paths: dict[str, Path]) -> None:
    raw = paths["oadprs_uip"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Texto Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["FOLIO", "CENTRO_PENITENCIARIO", "FECHA_HECHOS"]
    assert all(h == h.upper() for h in header)
    assert re.search(r"\t\d\d/\d\d/20\d\d\t", text)
    assert re.search(r"\t\d\d/\d\d/20\d\d 00:00\t", text)
    assert re.search(
        r"\t(ENERO|FEBRERO|MARZO|ABRIL|MAYO|JUNIO|JULIO|AGOSTO|SEPTIEMBRE|"
        r"OCTUBRE|NOVIEMBRE|DICIEMBRE) 20\d\d\t",
        text,
    )
    assert "\tVENEZOLANA\t" in text
    assert "\tNNA\t" in text or "\tADULTOS Y NNA\t" in text
    assert "\tEUA\t" in text
    assert "Ã" in text  # UTF-8 text misread as cp1252 upstream
    assert re.search(r"\t-?\d{1,3}\.\d{5}\t", text)


def test_mojibake_only_in_the_mexican_file(truth: pd.DataFrame) -> None:
    moji = truth.loc[tags_of(truth).str.contains("mojibake")]
    assert len(moji) > 0
    assert set(moji["source"]) == {"oadprs_uip"}
