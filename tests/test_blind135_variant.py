"""The examiner's sample set ``blind135`` (files ``*_eg.*``): what the files promise.

These tests write the set and check its files and its truth; none of them cleans or
scores (the lead scores the cleaner on the set once).
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

VARIANT = "blind135"
SEED = 135
N_EVENTS = 1500
SMALL_SEED = 1351
SMALL_EVENTS = 400
SOURCES = (
    "politia_ro_madrid_eg",
    "cctp_md_roma_eg",
    "npu_ua_london_eg",
    "marri_skopje_eg",
    "occrp_digest_eg",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_eg", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_eg", n_events=SMALL_EVENTS)
    truth = _truth(small)
    kept = truth.loc[truth["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)  # every desk has event rows


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# Who reports what
# --------------------------------------------------------------------------------------
def test_each_desk_first_reports_its_countries(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, ())
    first = ok["expected_status"].eq("record").to_numpy()
    by = pd.crosstab(ev.loc[first, "detection_country"], ok.loc[first, "source"])
    home = {
        "ESP": "politia_ro_madrid_eg",
        "ITA": "cctp_md_roma_eg",
        "GBR": "npu_ua_london_eg",
        "FRA": "npu_ua_london_eg",
        "HRV": "marri_skopje_eg",
        "GRC": "occrp_digest_eg",
        "POL": "occrp_digest_eg",
        "PAN": "occrp_digest_eg",
        "USA": "occrp_digest_eg",
    }
    for country, source in home.items():
        row = by.loc[country]
        assert row[row > 0].index.tolist() == [source], country


def test_second_reports_come_from_another_desk(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    # every desk but the London one (first on the Channel) sends some second reports
    assert set(cross["source"]) == set(SOURCES) - {"npu_ua_london_eg"}
    first_file = cross["duplicate_of"].str.split(":").str[0]
    assert (first_file != cross["source_file"]).all()
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source"]
    assert set(repeats) == {"npu_ua_london_eg", "occrp_digest_eg"}


def test_bad_rows_of_every_kind_expect_nothing(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert {"no_date", "bad_date", "future_date", "negative_count", "bad_count"} <= set(
        bad["expected_reason"]
    )
    assert (bad["expected_status"] == "quarantine").all()
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    totals = garbage.loc[garbage["source_ref"].isin(["TOTAL GENERAL", "TOTAL", "Total"])]
    assert len(totals) == 4  # the four spreadsheets; the feed has its own digest total


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_romanian_desk_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["politia_ro_madrid_eg"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:3] == ["Nr. dosar", "Fecha del hecho", "País de detección"]
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(43000 < d < 46000 for d in serials)  # bare serials of 2021-2024
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\dº trimestre 20\d\d", d) for d in dates)
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"marroquí", "România", "TOTAL GENERAL"} <= cells
    assert any(" - " in c and "Marruecos" in c for c in cells)  # transit, in order
    nat = head.index("Nacionalidad")
    assert "demonym:nationality" in ";".join(truth["messiness"].dropna())
    assert any(r[nat] == "ES" or r[head.index("País de detección")] == "ES" for r in rows[1:])
    lat = head.index("Latitud")
    assert any(isinstance(r[lat], float) for r in rows[1:])  # numbers, not text


def test_moldovan_desk_csv(paths: dict[str, Path]) -> None:
    raw = paths["cctp_md_roma_eg"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert lines[0].startswith("N° fiche CCTP;Date des faits;Infraction;")
    assert lines[0].count(";") == 15
    assert re.search(r";\d\d\.\d\d\.20\d\d;", text)  # Moldovan day-first dates
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";T\d 20\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";\d+,\d{5} [NS] / \d+,\d{5} [EO];", text)  # one GPS cell
    assert " > " in text  # the route, in order
    assert "Ã" in text  # rows pasted from a UTF-8 export
    assert re.search(r";\d\xa0\d{3};", text)  # thousands with a no-break space
    assert ";;;;;;;;;;;;;;;\r\n" in text  # the empty row


def test_ukrainian_desk_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["npu_ua_london_eg"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with BOM
    text = raw.decode("utf-16")
    lines = text.splitlines()
    head = lines[0].split("\t")
    assert head[:3] == ["Ref. No.", "Date of detection", "Country of detection"]
    assert len(head) == 18
    body = [line.split("\t") for line in lines[1:] if line.strip()]
    lat = head.index("Lat")
    assert any(re.fullmatch(r"5\d,\d{5}", r[lat]) for r in body)  # decimal comma
    dates = {r[1] for r in body}
    assert any(re.fullmatch(r"\d\d\.\d\d\.20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert "Illegal transfer of persons across the border" in text
    assert {"UK", "Great Britain"} & {c for r in body for c in r}
    assert ", Poland, Germany, France" in text  # transit, in order


def test_marri_csv(paths: dict[str, Path]) -> None:
    raw = paths["marri_skopje_eg"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    frame = pd.read_csv(paths["marri_skopje_eg"], dtype=str, encoding="utf-8-sig")
    assert frame.columns[:2].tolist() == ["MARRI ref", "Date of apprehension"]
    dates = frame["Date of apprehension"].dropna()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any() or dates.str.fullmatch(r"20\d\d-Q\d").any()
    assert frame["Route"].dropna().str.fullmatch(r"[A-Z]{3}(-[A-Z]{3})*").all()
    gps = frame["GPS"].dropna()
    assert gps.str.fullmatch(r"\d+\.\d{5}, \d+\.\d{5}").all()
    assert frame["Citizenship (ISO)"].dropna().str.fullmatch(r"[A-Z]{3}|[A-Z]{2}|[A-Za-z ]+").all()


def test_occrp_feed(paths: dict[str, Path]) -> None:
    lines = paths["occrp_digest_eg"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"story_id", "incident_date", "people", "route", "related_crimes"}
    assert all(isinstance(r["route"], list) for r in recs if r["route"] is not None)
    people = [r["people"] for r in recs]
    assert "undisclosed" in people
    assert {"two", "three", "four"} & set(people)
    assert any(isinstance(p, int) for p in people)
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q\d 20\d\d", d) for d in dates)
    nats = {r["nationality"] for r in recs}
    assert {"Venezuelan", "Afghan"} <= nats
    assert {"U.S.", "US"} & {r["destination"] for r in recs}


def test_planted_habits_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: ";".join(tags[truth["source"] == s]) for s in SOURCES}
    assert "excel_serial" in by_source["politia_ro_madrid_eg"]
    assert "typed_date" in by_source["politia_ro_madrid_eg"]
    assert "own_language" in by_source["politia_ro_madrid_eg"]
    assert "mojibake" in by_source["cctp_md_roma_eg"]
    assert "no_accent" in by_source["cctp_md_roma_eg"]
    assert "coords_hemisphere" in by_source["cctp_md_roma_eg"]
    assert "decimal_comma" in by_source["npu_ua_london_eg"]
    assert "iso2" in by_source["npu_ua_london_eg"]
    assert "name:" in by_source["marri_skopje_eg"]
    assert "count_word" in by_source["occrp_digest_eg"]
    assert "demonym:nationality" in by_source["occrp_digest_eg"]
    for s in SOURCES:
        assert "partial_date" in by_source[s], s
    prec = truth.loc[tags.str.contains("partial_date"), "date_precision"]
    assert set(prec.dropna()) == {"month", "quarter"}


def test_unreadable_cells_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"].ne("quarantine")
    na = kept & tags.str.contains("na_word:age_group")
    assert (truth.loc[na, "age_group"] == "unknown").all()
    missing = kept & tags.str.contains("coords_missing")
    assert truth.loc[missing, ["lat", "lon"]].isna().all().all()
    place = kept & tags.str.contains("suspects_placeholder")
    assert truth.loc[place, "n_suspects"].isna().all()
