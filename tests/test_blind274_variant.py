"""The examiner set ``blind274`` (files ``*_jp.*``): certification bodies' auditors.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples._blind274 import SOURCES, make_blind274

VARIANT = "blind274"
SEED = 274
N_EVENTS = 1500
SMALL_SEED = 2741
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives exactly as the event has them.
EXACT = ("crime_type", "origin_country", "destination_country", "transit_countries")
CAAE, ECOCERT, MSC, RA, PBN = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_jp", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_jp", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, (*EXACT, "linked_offences"), tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind274(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_exploitation_is_the_events_or_unknown(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.set_index("event_id").loc[ok["event_id"]].reset_index()
    unknown = tags_of(truth).loc[truth["expected_status"] != "quarantine"]
    unknown = unknown.str.contains("unknown:exploitation").reset_index(drop=True)
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    assert unknown.any()


def test_duplicates_and_repeats_where_promised(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {ECOCERT, MSC, PBN}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {ECOCERT, RA}
    notes = truth.loc[truth["expected_reason"] == "no_content"]
    assert set(notes["source"]) == {CAAE, ECOCERT, MSC, PBN}
    empty = truth.loc[truth["expected_reason"] == "empty_row"]
    assert set(empty["source"]) == {ECOCERT, MSC, PBN}


def test_the_compilation_reports_what_no_primary_source_does(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(where, index=first["source"].to_numpy())
    assert set(by_source.loc[CAAE]) == {"ESP"}
    assert set(by_source.loc[ECOCERT]) == {"FRA"}
    assert set(by_source.loc[MSC]) == {"ITA", "GRC"}
    assert set(by_source.loc[RA]) == {"PAN", "USA"}
    assert set(by_source.loc[PBN]) == {"POL", "HRV", "GBR"}


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_caae_workbook_holds_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[CAAE], read_only=True)
    rows = [(*r, *(None,) * (17 - len(r))) for r in book.active.iter_rows(values_only=True)]
    header = rows[0]
    assert header[:3] == ("Nº Expediente", "Fecha de la visita", "Tipo de incidencia")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds
    text = [d for d in dates if isinstance(d, str)]
    assert all(re.fullmatch(r"(\d\d/\d\d/\d{4}|[a-z]+ \d{4}|TOTAL)", d) for d in text), text
    assert any(re.fullmatch(r"(mayo|junio|enero|marzo|abril|julio) \d{4}", d) for d in text)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 45400 for d in serials)
    lats = [r[14] for r in rows[1:] if r[14] is not None]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{5}", v) for v in lats)
    words = {r[8] for r in rows[1:]}
    assert {"marroquí"} & words  # nationality as a demonym
    assert any(isinstance(r[12], str) and " - " in r[12] for r in rows[1:])


def test_ecocert_is_cp1252_semicolon_crlf_with_mojibake(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[ECOCERT].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° signalement;Date du constat;Qualification retenue")
    body = [ln.split(";") for ln in lines[1:] if ln]
    dates = {row[1] for row in body if len(row) > 1 and row[1]}
    day = re.compile(r"\d\d/\d\d/(\d{4}|\d\d)|T[1-4] \d{4}")
    assert all(day.fullmatch(d) for d in dates if not d.startswith("TOTAL")), dates
    assert any(d.startswith("T") for d in dates)
    assert re.search(r";\d\d,\d{5};-?\d,\d{5};", text)  # decimal commas
    tags = tags_of(_rows(truth, ECOCERT))
    assert tags.str.contains("mojibake").any()
    assert not tags_of(truth.loc[truth["source"] != ECOCERT]).str.contains("mojibake").any()
    assert "Ã" in text


def test_msc_is_bom_comma_with_positions_in_degrees_and_minutes(paths: dict[str, Path]) -> None:
    raw = paths[MSC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths[MSC], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    assert list(frame.columns[:3]) == ["Case ID", "Date identified", "Issue type"]
    pos = frame["Position"].loc[frame["Position"].ne("")]
    ddm = pos.str.fullmatch(r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]")
    assert ddm.mean() > 0.9
    assert set(pos.loc[~ddm]) <= {"n/a", "not recorded"}
    dates = frame["Date identified"].loc[frame["Case ID"].str.startswith("MSC")]
    styles = dates.str.fullmatch(r"\d\d/\d\d/\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}")
    assert (styles | dates.eq("")).all()
    assert frame["Nationality"].str.fullmatch(r"[A-Z]{3}").any()  # ISO alpha-3
    assert frame["Transit"].str.contains(" > ").any()
    assert frame["Workers / crew affected"].isin(["one", "two", "three"]).any()
    assert frame["Labour agents / facilitators"].isin(["none", "nil"]).any()


def test_rainforest_alliance_is_a_platform_export(paths: dict[str, Path]) -> None:
    lines = paths[RA].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(ln) for ln in lines]
    assert all(re.fullmatch(r"[a-z0-9_]+", k) for r in recs for k in r)
    findings = [r for r in recs if str(r["finding_id"]).startswith("RA-AA")]
    assert {r["unit_country_m49"] for r in findings} <= {"591", "840", None}
    assert all(isinstance(r["transit_iso2"], list) for r in findings if r["transit_iso2"])
    dates = {str(r["finding_date"]) for r in findings}
    iso = re.compile(r"\d{4}-\d\d(-\d\d(T\d\d:\d\d:00Z)?)?|\d{4}-02-3[01]|None")
    assert all(iso.fullmatch(d) for d in dates), dates
    assert any("T" in d for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert {r["issue_category"] for r in findings} <= {
        "human_trafficking",
        "migrant_smuggling",
        "trafficking_and_smuggling",
    }


def test_preferred_by_nature_is_utf16_tabs_with_dms(paths: dict[str, Path]) -> None:
    raw = paths[PBN].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = _text(paths[PBN], "utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Ref. no.", "Observation date", "Risk type"]
    frame = pd.read_csv(paths[PBN], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False)
    lat = frame["Latitude (DMS)"].loc[frame["Latitude (DMS)"].ne("")]
    assert lat.str.fullmatch(r"\d{1,2}°\d\d'\d\d\"[NS]").all()
    dates = frame["Observation date"].loc[frame["Ref. no."].str.startswith("PbN")]
    ok = dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}|Q[1-4] \d{4}|31\.02\.\d{4}|30\.02\.\d{4}")
    assert (ok | dates.eq("")).all()
    assert dates.str.startswith("Q").any()
    assert frame["Country of observation"].isin(["Polska", "Hrvatska", "UK"]).any()


def test_languages_and_encodings() -> None:
    got = {(s.format, s.encoding, s.delimiter, s.language) for s in SOURCES}
    assert got == {
        ("xlsx", "utf-8", None, "es"),
        ("csv", "cp1252", ";", "fr"),
        ("csv", "utf-8-sig", ",", "en"),
        ("jsonl", "utf-8", None, "en"),
        ("csv", "utf-16", "\t", "en"),
    }


def test_partial_dates_only_where_a_single_report(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    partial = truth.loc[
        tags.str.contains("partial_date") & truth["expected_status"].ne("quarantine")
    ]
    assert set(partial["date_precision"]) == {"month", "quarter"}
    assert partial["expected_reason"].ne("cross_source").all()
    by_source = partial.groupby("source")["date_precision"].agg(set)
    assert by_source[ECOCERT] == {"quarter"}
    assert by_source[PBN] == {"quarter"}
    assert by_source[CAAE] == {"month"}
    assert by_source[MSC] == {"month"}
