"""Examiner sample set ``blind154`` (files ``*_ez.*``): what the set promises.

Five eastern Mediterranean desks (see :mod:`trendlib.samples._blind154`). These tests check
the files and their truth only: nothing here cleans or scores.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

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
from trendlib.samples._blind154 import SOURCES as DESKS
from trendlib.samples._blind154 import make_blind154

VARIANT = "blind154"
SEED = 154
N_EVENTS = 1500
SMALL_SEED = 1541
SMALL_EVENTS = 400
SOURCES = ("elas_ddas", "libya_ago_liaison", "servimedia", "ocha_rolac", "eu_intcen_osint")
#: Fields every desk writes as they are (never left out, never unknown).
FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _read_csv(path: Path, encoding: str, sep: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text), delimiter=sep))


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_desks() -> None:
    assert tuple(d.source for d in DESKS) == SOURCES
    assert {d.language for d in DESKS} == {"en", "fr", "es"}
    assert all(Path(d.filename).stem == f"{d.source}_ez" for d in DESKS)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ez", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ez", n_events=SMALL_EVENTS)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events_at_every_size(n_events: int) -> None:
    subs = make_blind154(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        kinds = set(sub.expected["expected_status"])
        assert "record" in kinds, sub.filename
        assert sub.expected["event_id"].notna().sum() > 10, sub.filename


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_fields_expect_the_event_or_nothing(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    """Origin, destination, transit and exploitation: the event's value, or none when
    the cell says 'not known' (or 'direct' for the route)."""
    events = _events(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        unknown = tags.str.contains(f"unknown:{col}")
        assert ok.loc[unknown, col].isna().all(), col
        assert ok.loc[~unknown, col].equals(ev.loc[~unknown, col]), col
    assert ok["transit_countries"].equals(ev["transit_countries"])
    expl = tags.str.contains("unknown:exploitation")
    assert (ok.loc[expl, "exploitation"] == "unknown").all()
    assert ok.loc[~expl, "exploitation"].equals(ev.loc[~expl, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_quarantine_reason_in_every_garbage_kind(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    per_file = garbage.groupby("source_file")["expected_reason"].apply(set)
    assert per_file["elas_ddas_ez.xlsx"] == {"no_content", "no_date"}
    assert per_file["eu_intcen_osint_ez.jsonl"] == {"no_date"}  # no note in a JSON feed
    for name in ("libya_ago_liaison_ez.csv", "servimedia_ez.csv", "ocha_rolac_ez.csv"):
        assert per_file[name] == {"empty_row", "no_content", "no_date"}, name


def test_who_reports_what(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = _events(paths)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(country, index=first["source"].to_numpy())
    assert set(by_source["elas_ddas"]) == {"GRC", "HRV"}
    assert set(by_source["libya_ago_liaison"]) == {"ITA"}
    assert set(by_source["servimedia"]) == {"ESP"}
    assert set(by_source["ocha_rolac"]) == {"PAN"}
    assert set(by_source["eu_intcen_osint"]) == {"FRA", "GBR", "POL", "USA"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    corridor = events.loc[cross["event_id"], "corridor"].to_numpy()
    assert set(corridor[(cross["source"] == "servimedia").to_numpy()]) == {"cmed"}
    assert set(corridor[(cross["source"] == "ocha_rolac").to_numpy()]) == {"us_mex"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"libya_ago_liaison"}


# --------------------------------------------------------------------------------------
# Hellenic Police liaison desk: Excel, English
# --------------------------------------------------------------------------------------
def test_elas_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["elas_ddas"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Prot. No.", "Date of detection", "Country of detection")
    dates = [r[1] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(body) / 2
    text_dates = [d for d in dates if isinstance(d, str)]
    assert text_dates
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in text_dates)
    days = [int(d[:2]) for d in text_dates if not d.startswith(("30/02", "31/02"))]
    assert max(days) > 12  # day first
    cells = {str(v) for r in body for v in r if v is not None}
    assert {"UAM", "M/F", "nil", "Afghan", "Turkey"} <= cells
    assert any("BiH" in c for c in cells)
    assert any(re.fullmatch(r"\d+,\d{5}", c) for c in cells)  # Greek decimal comma
    assert isinstance(body[-1][5], int)
    assert body[-1][0] == "TOTAL"
    refs = _rows(truth, "elas_ddas")["source_ref"].dropna()
    assert refs.str.startswith("ΔΔΑΣ-").sum() > 100


# --------------------------------------------------------------------------------------
# Libyan Attorney General's liaison desk: UTF-16 tab-delimited text, English
# --------------------------------------------------------------------------------------
def test_libya_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["libya_ago_liaison"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    rows = _read_csv(paths["libya_ago_liaison"], "utf-16", "\t")
    header, body = rows[0], rows[1:]
    assert len(header) == 16
    assert "Date التاريخ" in header
    assert "Nationality الجنسية" in header
    dates = [r[1] for r in body if len(r) > 1 and r[1]]
    assert sum(bool(re.fullmatch(r"\d{4}/\d\d/\d\d", d)) for d in dates) > len(dates) / 3
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    cells = {c for r in body for c in r}
    assert any(re.search(r"\d+°\d\d\.\d\d'N \d{3}°\d\d\.\d\d'E", c) for c in cells)
    assert any(re.fullmatch(r"[٠-٩]+", c) for c in cells)  # Eastern Arabic digits
    assert {"EGY", "BGD", "Italia", "none"} <= cells
    tags = tags_of(_rows(truth, "libya_ago_liaison"))
    assert tags.str.contains("coords_dm").sum() > 20
    assert tags.str.contains("arabic_digits").sum() > 3


# --------------------------------------------------------------------------------------
# Servimedia press log: cp1252, ';', Spanish, mojibake
# --------------------------------------------------------------------------------------
def test_servimedia_windows_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["servimedia"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert b"Pa\xeds" in raw
    rows = _read_csv(paths["servimedia"], "cp1252", ";")
    header = rows[0]
    assert header[:4] == ["Ref.", "Fecha", "País", "Delito"]
    cells = {c for r in rows[1:] for c in r}
    assert {"subsahariano", "MENA", "cayuco", "salto de valla", "ninguno", "directo"} <= cells
    assert any("Ã" in c for c in cells)  # pasted from a mis-decoded feed
    assert any(re.fullmatch(r"\d+ de [a-z]+ de \d{4}", c) for c in cells)
    assert any(re.fullmatch(r"[a-z]+ de \d{4}", c) for c in cells)  # month only
    assert any(re.fullmatch(r"\d\.\d{3}", c) for c in cells)  # 1.250 persons
    assert any(" y " in c for c in cells)
    rows_t = _rows(truth, "servimedia")
    region = rows_t.loc[tags_of(rows_t).str.contains("region_word")]
    assert len(region) > 0
    assert region["nationality"].isna().all()
    words = rows_t.loc[tags_of(rows_t).str.contains("count_word")]
    assert len(words) > 0
    assert words["n_persons"].notna().all()


# --------------------------------------------------------------------------------------
# OCHA regional office: UTF-8, ',', Spanish locale
# --------------------------------------------------------------------------------------
def test_ocha_sheet_export(paths: dict[str, Path]) -> None:
    raw = paths["ocha_rolac"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    raw.decode("utf-8")
    rows = _read_csv(paths["ocha_rolac"], "utf-8", ",")
    header, body = rows[0], rows[1:]
    assert header[14:16] == ["Latitud", "Longitud"]
    lat = [r[14] for r in body if len(r) > 14 and r[14]]
    assert lat
    assert all(re.fullmatch(r"-?\d+,\d{5}", v) for v in lat)
    assert b'"8,' in raw  # decimal commas quoted
    cells = {c for r in body for c in r}
    assert {"NNA", "EE.UU.", "N/D", "PAN"} <= cells
    dates = [r[1] for r in body if len(r) > 1 and r[1]]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"4[45]\d{3}", d) for d in dates)  # Excel serials


# --------------------------------------------------------------------------------------
# EU INTCEN open-source cell: JSON lines, French
# --------------------------------------------------------------------------------------
def test_intcen_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["eu_intcen_osint"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    assert list(recs[0])[:3] == ["id_fiche", "date_fait", "pays_constatation"]
    assert "é" in paths["eu_intcen_osint"].read_text(encoding="utf-8")  # not \u escapes
    values = {str(v) for r in recs for v in r.values() if v is not None}
    assert {"kurde", "MNA", "small boat", "aucun", "Royaume-Uni"} <= values
    assert any(re.fullmatch(r"T[1-4] \d{4}", v) for v in values)
    assert any(v.startswith("1er ") for v in values)
    assert any(isinstance(r["nb_personnes"], int) for r in recs)
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert recs[-1]["id_fiche"] == "TOTAL"
    rows_t = _rows(truth, "eu_intcen_osint")
    assert set(rows_t["date_precision"].dropna()) == {"day", "month", "quarter"}
    kurd = rows_t.loc[tags_of(rows_t).str.contains("ethnicity_word")]
    assert len(kurd) > 0
    assert kurd["nationality"].isna().all()
