"""The examiner set ``blind272`` (files ``*_jn.*``): education-sector safeguarding registers.

These tests check what the set promises (files, truth, and each body's habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import io
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
from trendlib.samples._blind272 import SOURCES, make_blind272

VARIANT = "blind272"
SEED = 272
N_EVENTS = 1500
SMALL_SEED = 2721
SMALL_EVENTS = 400
SOURCE_NAMES = tuple(s.source for s in SOURCES)
BC, FLE, IC, CIEE, EAQ = SOURCE_NAMES
# Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "transit_countries", "linked_offences")


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


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    return pd.read_csv(
        io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCE_NAMES, suffix="_jn", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCE_NAMES, suffix="_jn", n_events=SMALL_EVENTS)
    rows = _truth(small)
    for source in SOURCE_NAMES:
        assert (_rows(rows, source)["expected_status"] == "record").any(), source


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_source_has_records_at_small_sizes(n_events: int) -> None:
    subs = make_blind272(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCE_NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_blank_destination_and_exploitation_only_when_tagged(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[kept["event_id"]].reset_index()
    blank = tags.str.contains("blank_destination")
    assert blank.any()
    assert kept.loc[blank, "destination_country"].isna().all()
    assert kept.loc[~blank, "destination_country"].equals(ev.loc[~blank, "destination_country"])
    unknown = tags.str.contains("unknown:exploitation")
    assert (kept.loc[unknown, "exploitation"] == "unknown").all()
    assert kept.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert kept.loc[smuggling, "exploitation"].isna().all()


def test_every_quirk_is_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date:month",
        "partial_date:quarter",
        "date_serial",
        "date_excel",
        "date_salesforce",
        "mojibake:",
        "typo:",
        "alias:",
        "iso2:",
        "iso3:",
        "count_word",
        "zero_word",
        "suspects_placeholder",
        "count_placeholder",
        "na_word",
        "blank_gender",
        "blank_nationality",
        "coords_missing",
        "comma_coords",
        "dms_coords",
        "direct_word",
        "thousands:n_persons",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


def test_partial_dates_have_their_precision(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = kept & tags.str.contains("partial_date:month")
    quarter = kept & tags.str.contains("partial_date:quarter")
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert (truth.loc[kept & ~month & ~quarter, "date_precision"] == "day").all()
    cross = truth["expected_reason"] == "cross_source"
    assert (truth.loc[cross, "date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# The bytes: each body's habits
# --------------------------------------------------------------------------------------
def test_accreditation_uk_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths[BC], "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["Concern ref", "Date of incident", "Concern type"]
    assert "Town / area" in frame.columns
    dates = frame["Date of incident"]
    dated = dates[frame["Concern ref"].str.startswith("AUK-SG-")]
    styles = (
        dated.str.fullmatch(r"\d\d/\d\d/\d{4}")
        | dated.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}")
        | dated.str.fullmatch(r"[A-Z][a-z]+ \d{4}")
        | dated.eq("")
    )
    assert styles.all()
    assert dated.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert frame["Route (countries transited)"].str.contains(" > ", regex=False).any()
    assert frame["Latitude"].str.fullmatch(r"-?\d+\.\d+|").all()
    assert frame["Concern ref"].isin(["TOTAL"]).sum() == 1
    assert frame["No. of alleged perpetrators"].isin(["none", "None", "nil"]).any()
    assert len(frame) + 1 == int(_rows(truth, BC)["source_row"].astype(int).max())


def test_label_qualite_fle_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FLE].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    header = raw.split(b"\r\n")[0].decode("cp1252")
    assert header.startswith("N° signalement;Date des faits;Qualification")
    frame = _csv(paths[FLE], "cp1252", ";")
    dates = frame["Date des faits"]
    dated = dates[frame["N° signalement"].str.startswith("QFLE/")]
    ok = dated.str.fullmatch(r"\d\d/\d\d/(\d\d){1,2}|T[1-4] \d{4}") | dated.eq("")
    assert ok.all()
    assert dated.str.fullmatch(r"T[1-4] \d{4}").any()
    gps = frame["Coordonnées GPS"]
    assert gps.str.fullmatch(r"-?\d+,\d+ / -?\d+,\d+|").all()
    moji = tags_of(truth).str.contains("mojibake:") & (truth["source"] == FLE)
    assert moji.any()
    text = raw.decode("cp1252")
    assert "Ã" in text
    assert "Total général" in frame["N° signalement"].tolist()


def test_cervantes_xlsx(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[IC])
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nº de expediente", "Fecha de los hechos", "Tipo de caso")
    dates = [r[1] for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("SACIC-")]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    texts = [d for d in dates if isinstance(d, str)]
    assert all(
        re.fullmatch(r"\d\d/\d\d/\d{4}|\d{1,2} de [a-z]+ de \d{4}|[a-z]+ de \d{4}|\d{4}T[1-4]", t)
        for t in texts
    ), texts
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < s < 45400 for s in serials)  # 2020-2024 as Excel serials
    assert any(isinstance(d, datetime) for d in dates)
    lats = [r[15] for r in rows[1:] if r[15] is not None]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "," in v for v in lats)
    modes = {r[13] for r in rows[1:]}
    assert {"cayuco", "patera"} & modes


def test_ciee_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[CIEE].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, CIEE))
    assert list(recs[0])[:3] == ["caseNumber", "incidentDate", "incidentCategory"]
    dates = [r["incidentDate"] for r in recs if str(r["caseNumber"]).startswith("CAS-")]
    us = [d for d in dates if isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    sf = [d for d in dates if isinstance(d, str) and "T" in d]
    assert us
    assert sf
    assert all(int(d[:2]) <= 12 for d in us)  # month first
    assert any(int(d[3:5]) > 12 for d in us)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000\+0000", d) for d in sf)
    assert sum(isinstance(r["citizenship"], str) and len(r["citizenship"]) == 2 for r in recs) > 50
    assert any(";" in str(r["transitCountries"]) for r in recs)
    assert any(isinstance(r["participantsInvolved"], int) for r in recs)
    repeats = _rows(truth, CIEE)["expected_reason"].eq("exact_repeat").sum()
    assert repeats >= 3
    assert len({json.dumps(r, sort_keys=True) for r in recs}) == len(recs) - repeats


def test_eaquals_utf16_tab(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[EAQ].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = _csv(paths[EAQ], "utf-16", "\t")
    assert frame.columns[:3].tolist() == ["Alert ID", "Date of event", "Category (THB/SoM)"]
    assert len(frame) + 1 == int(_rows(truth, EAQ)["source_row"].astype(int).max())
    dated = frame.loc[frame["Alert ID"].str.startswith("EQ"), "Date of event"]
    ok = dated.str.fullmatch(
        r"\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d\d-\d\d|\d{4}-\d\d|Q[1-4] \d{4}"
    ) | dated.eq("")
    assert ok.all()
    gps = frame["GPS (lat, long)"]
    assert gps.str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+").any()
    assert gps.str.contains("°", regex=False).any()
    assert frame["Country of event"].isin(["ITA", "GRC", "HRV", "POL", "Italy", "Greece"]).any()
