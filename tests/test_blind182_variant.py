"""Examiner set ``blind182`` (files ``*_gb.*``): what the set promises, checked on its bytes.

Five East African desks and partners (Kenya police liaison in London, the French
embassy's security service in Djibouti, Spain's Interior attaché in Nairobi, the Italian
security expert in Addis Ababa, INTERPOL NCB Nairobi). These tests check the files and
the truth only; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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

from trendlib.samples import make_truth
from trendlib.samples._blind182 import AGENCIES, make_blind182
from trendlib.samples._tables import CORRIDORS

VARIANT = "blind182"
SEED = 182
N_EVENTS = 1500
SMALL_SEED = 1821
SMALL_EVENTS = 400
SOURCES = (
    "knps_london",
    "ssi_djibouti",
    "agregaduria_interior_nairobi",
    "esperto_addis_abeba",
    "ncb_nairobi",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _column(paths: dict[str, Path], source: str, header: str) -> pd.Series:
    sub = {a.source: a for a in AGENCIES}[source]
    if sub.format == "xlsx":
        frame = pd.read_excel(paths[source], dtype=object)
    elif sub.format == "jsonl":
        frame = pd.read_json(paths[source], lines=True, dtype=False)
    else:
        frame = pd.read_csv(
            paths[source],
            sep=sub.delimiter,
            encoding=sub.encoding,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
        )
    return frame[header]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_gb", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_gb", n_events=SMALL_EVENTS)
    check_reports_of_events(small, _truth(small), FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# What this set adds to the truth
# --------------------------------------------------------------------------------------
def test_every_source_has_records_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind182(make_truth(seed=n, n_events=n), seed=n)
        assert [s.source for s in subs] == list(SOURCES)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


def test_places_and_exploitation_left_out_only_when_said(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        differs = ok[col].ne(ev[col]) & ev[col].notna()
        assert ok.loc[differs, col].isna().all(), col
        assert tags[differs].str.contains(f"unknown:{col}").all(), col
        assert ok.loc[ev[col].isna(), col].isna().all(), col
    differs = ok["exploitation"].ne(ev["exploitation"]) & ev["exploitation"].notna()
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()
    # pure smuggling rows expect no form of exploitation
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()


def test_routing(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record"]
    by_file = records.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_file["knps_london_gb.csv"] == {"GBR"}
    assert by_file["ssi_djibouti_gb.xlsx"] == {"FRA"}
    assert by_file["agregaduria_interior_nairobi_gb.csv"] == {"ESP"}
    assert by_file["esperto_addis_abeba_gb.csv"] == {"ITA"}
    assert by_file["ncb_nairobi_gb.jsonl"] == {"GRC", "HRV", "POL", "PAN", "USA"}


def test_country_tables_cover_the_truth() -> None:
    from trendlib.samples import _blind182 as mod

    isos = set()
    for c in CORRIDORS:
        isos |= set(c.nationality) | set(c.destination) | {h.country for h in c.hotspots}
        isos |= {p for t in c.transit for p in t.split("|") if p}
    assert isos <= set(mod._NAMES)
    nats = set().union(*(set(c.nationality) for c in CORRIDORS))
    assert nats <= set(mod._DEMONYMS)


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_knps_london_bytes(paths: dict[str, Path]) -> None:
    raw = paths["knps_london"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("OB No.,Date of Incident,Offence,")
    assert re.search(r"^LDN/OB/\d{3}/202[123],\d{2}/\d{2}/202[123],", text, re.M)
    assert re.search(r",\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 202[123],", text)
    assert re.search(r",(one|two|three|four|five) \(\d\),", text)
    assert ",Nil," in text or ",NIL," in text
    assert re.search(r',"\d{2}\.\d{5}, -?\d\.\d{5}",', text)  # GPS lat, lon in one cell
    assert " / " in text
    dates = _column(paths, "knps_london", "Date of Incident").dropna()
    numeric = dates[dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}")]
    months = numeric.str[3:5].astype(int)
    assert (numeric.str[:2].astype(int) <= 31).all()
    assert (months <= 13).all()  # day first; month 13 only in the planted impossible dates
    assert (numeric.str[:2].astype(int) > 12).any()


def test_ssi_djibouti_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["ssi_djibouti"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("N° signalement", "Date des faits", "Qualification")
    dates = [r[1] for r in rows[1:]]
    import datetime as dt

    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # General-format serial
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4] 202[123]", d) for d in dates)
    words = {str(v) for r in rows[1:] for v in r if v is not None}
    assert words & {"aucun", "néant"}
    assert any(w.endswith("ienne") or w.endswith("aise") for w in words)
    assert any(re.fullmatch(r"5\d,\d{5}", w) for w in words)  # decimal-comma latitude
    assert rows[-1][0] == "TOTAL GÉNÉRAL"


def test_agregaduria_bytes(paths: dict[str, Path]) -> None:
    raw = paths["agregaduria_interior_nairobi"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Nº Atestado;Fecha hechos;Tipología delictiva;")
    assert "\r\n" in text
    assert re.search(r";\d{2}/\d{2}/\d{2};", text)  # two-digit years
    assert re.search(r";202[123]T[1-4];", text)  # INE-style quarter
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,2},\d{5};", text)  # decimal commas
    assert "Ã" in text  # UTF-8 pasted into a cp1252 sheet
    assert ";ninguno;" in text or ";ninguno/a;" in text


def test_esperto_bytes(paths: dict[str, Path]) -> None:
    raw = paths["esperto_addis_abeba"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with BOM, tabs
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["Prot. n.", "Event date", "Offence"]
    assert re.search(r"\t\d{2}\.\d{2}\.202[123]\t", text)
    assert re.search(r"\t3\d°\d{2}\.\d{2}'N 01\d°\d{2}\.\d{2}'E\t", text)
    assert re.search(r"\t\d\.\d{3}\t", text)  # Italian thousands: 1.250 persons
    assert re.search(r"\b(Libia|Egitto|Tunisia|Germania|Francia|Italia)\b", text)
    assert "art. 12 TUI" in text
    assert "n.d." in text


def test_ncb_nairobi_lines(paths: dict[str, Path]) -> None:
    lines = paths["ncb_nairobi"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["msg_ref", "offence_date", "offence_type"]
    dates = [r["offence_date"] for r in rows if r["offence_date"]]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}/\d{2}/\d{2}", d) for d in dates)
    nats = {r["nationality"] for r in rows if r["nationality"]}
    assert {"SY", "AF"} <= nats
    assert any(n.isdigit() for n in nats)  # ISO numeric codes of older records
    assert any(isinstance(r["persons_involved"], int) for r in rows)
    assert rows[-1]["msg_ref"] == "TOTAL"


def test_partial_dates_are_month_or_quarter(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day"]
    days = pd.to_datetime(partial["event_date"])
    assert (days.dt.day == 1).all()
    assert set(partial["source_file"]) >= {
        "ssi_djibouti_gb.xlsx",
        "agregaduria_interior_nairobi_gb.csv",
        "ncb_nairobi_gb.jsonl",
    }
    assert tags_of(truth).loc[partial.index].str.contains("partial_date").all()
