"""The examiner set ``blind203`` (files ``*_gw.*``): what its files and truth promise.

These tests check the files' bytes and the truth only; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind203 import AGENCIES, make_blind203

VARIANT = "blind203"
SEED = 203
N_EVENTS = 1500
SMALL_SEED = 2031
SMALL_EVENTS = 400
SUFFIX = "_gw"
SOURCES = (
    "foot_solidaire",
    "karma_nirvana",
    "dgdia_infancia",
    "uefa_integrity",
    "concacaf_integridad",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(big: dict[str, Path]) -> None:
    check_files_and_truth(big, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(big: dict[str, Path], small: dict[str, Path]) -> None:
    for paths in (big, small):
        check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(big: dict[str, Path], small: dict[str, Path]) -> None:
    for paths in (big, small):
        check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(big: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(big))


@pytest.mark.parametrize("n_events", [300, SMALL_EVENTS, N_EVENTS])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind203(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


# --------------------------------------------------------------------------------------
# The truth: what a row leaves out is said by its tags
# --------------------------------------------------------------------------------------
def _kept(paths: dict[str, Path]) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    truth = _truth(paths)
    keep = truth["expected_status"] != "quarantine"
    ok = truth.loc[keep].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    return ok, ev, tags_of(truth).loc[keep].reset_index(drop=True)


def test_exploitation_only_unknown_where_planted(big: dict[str, Path]) -> None:
    ok, ev, tags = _kept(big)
    lost = tags.str.contains("empty:exploitation|unknown_word:exploitation")
    thb = ev["crime_type"].isin(["trafficking", "both"])
    assert (ok.loc[thb & lost, "exploitation"] == "unknown").all()
    assert ok.loc[thb & ~lost, "exploitation"].equals(ev.loc[thb & ~lost, "exploitation"])
    assert ok.loc[~thb, "exploitation"].isna().all()
    assert (thb & lost).sum() > 0


def test_countries_and_routes_only_missing_where_planted(big: dict[str, Path]) -> None:
    ok, ev, tags = _kept(big)
    for col in ("origin_country", "destination_country"):
        gone = tags.str.contains(f"blank_{col}")
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    gone = tags.str.contains("unknown_word:transit_countries")
    assert ok.loc[gone, "transit_countries"].isna().all()
    assert ok.loc[~gone, "transit_countries"].equals(ev.loc[~gone, "transit_countries"])
    direct = tags.str.contains("direct_word")
    assert direct.sum() > 0
    assert ok.loc[direct, "transit_countries"].isna().all()


def test_messiness_planted(big: dict[str, Path]) -> None:
    tags = tags_of(_truth(big))
    for tag in (
        "partial_date",
        "excel_serial",
        "mojibake:",
        "fifa:",
        "typo:",
        "alias:",
        "iso2:",
        "case:",
        "thousands:n_persons",
        "count_word",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "blank_gender",
        "na_word",
        "coords_ddm",
        "coords_dms",
        "coords_placeholder",
        "decimal_comma:coordinates",
        "direct_word",
        "bad_row",
        "garbage_row",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


def test_partial_dates_only_where_agency_writes_them(big: dict[str, Path]) -> None:
    truth = _truth(big)
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert set(partial["source_file"]) == {
        "foot_solidaire_gw.csv",
        "karma_nirvana_gw.csv",
        "dgdia_infancia_gw.xlsx",
        "uefa_integrity_gw.jsonl",
    }
    quarter = truth.loc[truth["date_precision"] == "quarter", "source_file"]
    assert set(quarter) == {"foot_solidaire_gw.csv", "uefa_integrity_gw.jsonl"}
    # both reports of a duplicated event give the day
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (dup["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# The bytes: each agency's habits
# --------------------------------------------------------------------------------------
def test_foot_solidaire_bytes(big: dict[str, Path]) -> None:
    raw = big["foot_solidaire"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° dossier;Date des faits;Qualification;")
    assert "Pays de repérage" in lines[0]
    assert ";;;;;;;;;;;;;;" in lines  # the empty row
    assert any(line.startswith("TOTAL;") for line in lines)
    assert any(line.startswith("Extraction base dossiers") for line in lines)
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    for word in ("Angleterre", "Royaume-Uni", "small boat", "majeur"):
        assert word in text, word
    assert re.search(r";\d{1,2}[\u00a0 ]\d{3};", text)  # 1 250, 2 030


def test_karma_nirvana_bytes(big: dict[str, Path]) -> None:
    raw = big["karma_nirvana"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["Case ref", "Date of incident", "Case type"]
    assert all(len(line.split("\t")) == 15 for line in lines)
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d\d\t",
        text,
    )
    assert re.search(r"\t\d\d-[A-Z][a-z]{2}-\d\d\t", text)
    assert re.search(r"\t\d\d/\d\d/20\d\d\t", text)
    assert " > " in text
    assert re.search(r"^KN\d\d/\d{5}\t", text, flags=re.MULTILINE)
    assert re.search(r"^Total\t", text, flags=re.MULTILINE)


def test_dgdia_workbook(big: dict[str, Path]) -> None:
    book = load_workbook(big["dgdia_infancia"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Nº expediente", "Fecha de llegada/detección")
    assert rows[0][-2:] == ("Latitud", "Longitud")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/20\d\d", d) for d in dates)
    cells = [str(v) for r in rows[1:] for v in r if isinstance(v, str)]
    assert any("Ã" in c for c in cells)  # mojibake
    assert any(re.fullmatch(r"-?\d+,\d{5}", c) for c in cells)  # decimal comma
    assert any(re.fullmatch(r"\d{2,3}º \d\d,\d\d' [NSEW]", c) for c in cells)
    assert any(r[0] == "TOTAL GENERAL" for r in rows)
    truth = _truth(big)
    assert (
        truth.loc[truth["source_file"] == "dgdia_infancia_gw.xlsx", "expected_reason"]
        .eq("exact_repeat")
        .sum()
        >= 3
    )


def test_uefa_lines(big: dict[str, Path]) -> None:
    lines = big["uefa_integrity"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"caseId", "incidentDate", "caseCategory", "transitCountries"}
    assert all(isinstance(r["transitCountries"], list | None) for r in recs)
    codes = {r["nationality"] for r in recs} | {r["destinationCountry"] for r in recs}
    assert {"GER", "BAN"} <= codes
    assert {r["countryOfDetection"] for r in recs} >= {"ITA", "GRE", "CRO", "POL"}
    dates = {str(r["incidentDate"]) for r in recs}
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(d.endswith("Z") for d in dates)
    # pages sent twice: the last lines repeat earlier ones
    truth = _truth(big)
    mine = truth.loc[truth["source_file"] == "uefa_integrity_gw.jsonl"]
    for row in mine.loc[mine["expected_reason"] == "exact_repeat"].itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_uefa_trigrams_read_as_iso(big: dict[str, Path]) -> None:
    truth = _truth(big)
    recs = [
        json.loads(line) for line in big["uefa_integrity"].read_text(encoding="utf-8").splitlines()
    ]
    mine = truth.loc[truth["source_file"] == "uefa_integrity_gw.jsonl"].reset_index(drop=True)
    pairs = {
        (rec["nationality"], exp)
        for rec, exp in zip(recs, mine["nationality"], strict=True)
        if isinstance(rec["nationality"], str) and isinstance(exp, str)
    }
    want = {"BAN": "BGD", "GUI": "GIN", "GRE": "GRC", "CRO": "HRV", "GER": "DEU"}
    for code, iso in pairs:
        assert want.get(code, code) == iso, (code, iso)
    det = {
        (rec["countryOfDetection"], exp)
        for rec, exp in zip(recs, mine["detection_country"], strict=True)
        if isinstance(exp, str)
    }
    assert ("GRE", "GRC") in det
    assert ("CRO", "HRV") in det


def test_concacaf_bytes_and_us_dates(big: dict[str, Path]) -> None:
    raw = big["concacaf_integridad"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    frame = pd.read_csv(big["concacaf_integridad"], dtype=str, keep_default_na=False)
    assert list(frame.columns[:3]) == ["ID de caso", "Fecha del incidente", "Tipo de delito"]
    assert frame.columns[-1] == "Coordenadas"
    truth = _truth(big)
    mine = truth.loc[truth["source_file"] == "concacaf_integridad_gw.csv"].reset_index(drop=True)
    assert len(mine) == len(frame)
    kept = mine["expected_status"] != "quarantine"
    written = pd.to_datetime(frame.loc[kept, "Fecha del incidente"], format="%m/%d/%Y")
    assert written.dt.strftime("%Y-%m-%d").tolist() == mine.loc[kept, "event_date"].tolist()
    first = frame.loc[kept, "Fecha del incidente"].str.split("/").str[1].astype(int)
    assert (first > 12).any()  # the day is second: month-first throughout
    coords = frame["Coordenadas"]
    assert coords.str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+").sum() > 0.6 * len(frame)
    assert coords.str.contains("°", regex=False).any()
    assert "EE. UU." in raw.decode("utf-8") or "EEUU" in raw.decode("utf-8")


def test_agencies_are_new_and_formats_mixed() -> None:
    assert {a.format for a in AGENCIES} == {"csv", "xlsx", "jsonl"}
    assert {a.language for a in AGENCIES} == {"en", "fr", "es"}
    assert {a.encoding for a in AGENCIES} == {"cp1252", "utf-16", "utf-8"}
    assert all(a.filename.startswith(a.source + SUFFIX + ".") for a in AGENCIES)
