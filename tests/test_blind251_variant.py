"""Examiner set ``blind251`` (files ``*_is.*``): domestic workers' protection desks.

These tests check what the set promises (files, truth, and each agency's habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind251 import make_blind251

VARIANT = "blind251"
SEED = 251
N_EVENTS = 1500
SMALL_SEED = 2511
SMALL_EVENTS = 400
SOURCES = ("kalayaan", "ccem", "sedoac", "conlactraho", "idwf")
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "linked_offences")
#: Design column names no agency writes as a header.
DESIGN_NAMES = {"event_date", "crime_type", "n_persons", "detection_country", "source_ref"}


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
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_is", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_is", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind251(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


# --------------------------------------------------------------------------------------
# What the truth expects where a row leaves something out
# --------------------------------------------------------------------------------------
def test_unknown_words_expect_nothing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country", "transit_countries"):
        lost = tags.str.contains(f"unknown:{col}")
        assert lost.any(), col
        assert ok.loc[lost, col].isna().all(), col
        assert ok.loc[~lost, col].equals(ev.loc[~lost, col]), col
    lost = tags.str.contains("unknown:exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    assert ok.loc[~lost, "exploitation"].equals(ev.loc[~lost, "exploitation"])
    assert ok.loc[ev["crime_type"] == "smuggling", "exploitation"].isna().all()


def test_partial_dates_in_every_source_but_on_duplicated_events(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    for source in SOURCES:
        prec = set(ok.loc[ok["source"] == source, "date_precision"])
        assert prec == {"day", "month", "quarter"}, source
    pairs = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    paired = ok.loc[ok["event_id"].isin(pairs)]
    assert (paired["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_headers_are_the_agencies_words(paths: dict[str, Path]) -> None:
    for source in SOURCES:
        path = paths[source]
        if path.suffix == ".xlsx":
            sheet = load_workbook(path, read_only=True).worksheets[0]
            header = [str(c) for c in next(sheet.iter_rows(values_only=True))]
        elif path.suffix == ".jsonl":
            header = list(json.loads(path.read_text("utf-8").splitlines()[0]))
        else:
            enc = "utf-16" if source == "conlactraho" else "utf-8-sig"
            enc = "cp1252" if source == "sedoac" else enc
            first = path.read_text(encoding=enc).splitlines()[0]
            header = re.split("[,;\t]", first)
        assert not DESIGN_NAMES & set(header), source


def test_kalayaan_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["kalayaan"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    lines = text.split("\n")
    assert lines[0].startswith("Case ID,Date identified,Case type,")
    assert re.search(r"^KAL/2\d/\d{4},\d{2}/\d{2}/20\d\d,", text, re.M)
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d\d,",
        text,
    )
    assert re.search(r",Q[1-4] 20\d\d,", text)
    assert re.search(r",(May|June|July) 20\d\d,", text)
    assert " > " in text
    for word in ("Vietnamese", "Modern slavery", ",UK,", "Domestic servitude", "Not known"):
        assert word in text, word
    # day first: no written dd/mm/yyyy has a month above 12 but the planted bad dates
    bad = set(_rows_of(truth, "kalayaan").query("expected_reason == 'bad_date'")["source_ref"])
    frame = pd.read_csv(paths["kalayaan"], dtype=str, encoding="utf-8-sig")
    for ref, day in zip(frame["Case ID"], frame["Date identified"], strict=True):
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", str(day))
        if m and ref not in bad:
            datetime(int(m[3]), int(m[2]), int(m[1]))  # raises if not a day-first date


def test_ccem_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["ccem"], read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["N° dossier", "Date de repérage", "Qualification"]
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[a-zéû]+ 20\d\d", d) for d in texts)
    cells = {str(c).strip().lower() for r in rows[1:] for c in r if isinstance(c, str)}
    assert cells & {"h", "f"}
    assert cells & {"traite des êtres humains", "teh", "traite", "teh et trafic de migrants"}
    assert cells & {"aide à l'entrée irrégulière", "trafic de migrants"}
    assert any(c.endswith(("ienne", "aise", "ane")) for c in cells)  # French demonyms
    assert any(isinstance(r[4], int) for r in rows[1:])  # counts are numbers
    assert any(r[0] == "Total général" for r in rows)


def test_sedoac_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["sedoac"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("Nº expediente;Fecha;Tipo de caso;")
    assert re.search(r";\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d;", text)
    assert re.search(r";\d{2}/\d{2}/\d{2};", text)
    assert re.search(r";[1-4]º trimestre 20\d\d;", text)
    assert re.search(
        r";(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
        r"octubre|noviembre|diciembre) 20\d\d;",
        text,
    )
    assert "Ã" in text  # mojibake of a UTF-8 web form
    assert re.search(r";[HM];", text)  # hombre / mujer
    for word in ("servidumbre doméstica", "marroquí", "directo", "ninguno", "patera"):
        assert word in text, word
    tags = tags_of(_rows_of(truth, "sedoac"))
    assert tags.str.contains("mojibake").any()
    assert "exact_repeat" in set(_rows_of(truth, "sedoac")["expected_reason"].dropna())


def test_conlactraho_bytes(paths: dict[str, Path]) -> None:
    raw = paths["conlactraho"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:2] == ["Código", "Fecha del hecho"]
    assert "Latitud" in header
    assert "Longitud" in header
    assert re.search(r"\t\d{1,2}/\d{1,2}/20\d\d\t", text)
    assert re.search(r"\t20\d\d-\d{2}-\d{2}\t", text)
    assert re.search(r"\t20\d\d/\d{2}/\d{2}\t", text)
    assert re.search(r"\t\d{2}/20\d\d\t", text)
    assert re.search(r"\t(I|II|III|IV) trimestre 20\d\d\t", text)
    assert re.search(r"\t-?\d{1,3},\d{4}\t-?\d{1,3},\d{4}\t", text)  # decimal commas
    assert re.search(r"\tEE\.? ?UU\.?\t", text)
    for word in ("Panamá", "coyotaje", "venezolan", "ninguno"):
        assert word in text, word


def test_idwf_lines(paths: dict[str, Path]) -> None:
    lines = paths["idwf"].read_text("utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_code", "incident_date", "case_type"]
    body = [r for r in recs if r["case_code"] != "TOTAL"]
    m49 = {r["country_m49"] for r in body if r["country_m49"]}
    assert m49 <= {"380", "300", "191", "616", "724", "826", "250", "591", "840"}
    assert {"380", "300", "191", "616"} <= m49
    assert all(
        re.fullmatch(r"[A-Z]{3}|dont_know|unknown", r["nationality_iso3"])
        for r in body
        if r["nationality_iso3"]
    )
    assert all(
        re.fullmatch(r"[A-Z]{2}|dont_know|unknown", r["destination_iso2"])
        for r in body
        if r["destination_iso2"]
    )
    assert any(isinstance(r["transit_iso3"], list) and len(r["transit_iso3"]) > 1 for r in body)
    gps = [r["gps"] for r in body if r["gps"]]
    assert gps
    assert all(len(g.split(" ")) == 4 for g in gps)
    dates = {r["incident_date"] for r in body if r["incident_date"]}
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d{2}", d) for d in dates)
    assert any(isinstance(r["persons_affected"], int) for r in body)
    assert {"trafficking_smuggling", "smuggling"} <= {r["case_type"] for r in body}


def test_bad_rows_in_each_agency_style(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) >= {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
        "empty_row",
        "no_content",
    }
    # empty rows only in the CSV files; every file ends with its total row
    empty = bad.loc[bad["expected_reason"] == "empty_row", "source_file"]
    assert set(empty) == {"kalayaan_is.csv", "sedoac_is.csv", "conlactraho_is.csv"}
    for source in SOURCES:
        last = _rows_of(truth, source)
        last = last.loc[last["expected_reason"] != "exact_repeat"].iloc[-1]
        assert last["expected_reason"] == "no_date", source
