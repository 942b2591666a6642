"""The examiner's ``blind212`` sample set (files ``*_hf.*``): what it promises, byte for byte.

Five international missions' incident logs (UN Panel of Experts on Libya, EUCAP Sahel
Mali, UN Verification Mission in Colombia, EUFOR Althea, UN Operations and Crisis
Centre). These tests check the files and their truth; none of them cleans or scores.
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

VARIANT = "blind212"
SEED = 212
N_EVENTS = 1500
SMALL_SEED = 2121
SMALL_EVENTS = 400
SUFFIX = "_hf"
PANEL, EUCAP, UNVMC, EUFOR, UNOCC = (
    "unpoe_libya_hf",
    "eucap_sahel_mali_hf",
    "unvmc_colombia_hf",
    "eufor_althea_hf",
    "unocc_hf",
)
SOURCES = (PANEL, EUCAP, UNVMC, EUFOR, UNOCC)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].set_index("source_row")


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    frame = pd.read_csv(
        io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, len(frame) + 2)  # source_row: header = 1
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)  # every source writes event rows


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_five_new_agencies_three_languages(paths: dict[str, Path]) -> None:
    names = sorted(paths[s].name for s in SOURCES)
    assert names == [
        "eucap_sahel_mali_hf.csv",
        "eufor_althea_hf.csv",
        "unocc_hf.jsonl",
        "unpoe_libya_hf.xlsx",
        "unvmc_colombia_hf.csv",
    ]


def test_every_quirk_is_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "excel_serial",
        "text_date",
        "approx_count",
        "coords_dms",
        "demonym:nationality",
        "mojibake:",
        "typo:",
        "no_accent:",
        "decimal_comma",
        "dtg",
        "iso3:",
        "m49:",
        "pair",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "blank_gender",
        "blank_nationality",
        "coords_missing",
        "partial_date",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# UN Panel of Experts on Libya: XLSX, English
# --------------------------------------------------------------------------------------
def test_panel_spreadsheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[PANEL]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Incident ref.", "Date of incident", "Activity")
    assert "Position (WGS 84)" in rows[0]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # pasted serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in dates)
    counts = [r[4] for r in rows[1:]]
    assert any(isinstance(c, str) and c.startswith("approx. ") for c in counts)
    pos = [r[14] for r in rows[1:] if isinstance(r[14], str)]
    dms = re.compile(r"(\d\d)°(\d\d)'(\d\d)\"([NS]) (\d{3})°(\d\d)'(\d\d)\"([EW])")
    assert pos
    assert all(dms.fullmatch(p) for p in pos)
    nats = {r[8] for r in rows[1:]}
    assert {"Bangladeshi", "Syrian Arab Republic"} & nats
    # a position reads as the latitude and longitude the truth expects
    own = _rows_of(truth, PANEL)
    for i, row in enumerate(rows[1:], start=2):
        m = dms.fullmatch(row[14]) if isinstance(row[14], str) else None
        if m is None or own.loc[str(i), "expected_status"] == "quarantine":
            continue
        lat = int(m[1]) + int(m[2]) / 60 + int(m[3]) / 3600
        lon = int(m[5]) + int(m[6]) / 60 + int(m[7]) / 3600
        assert abs(lat - float(own.loc[str(i), "lat"])) < 1e-5
        assert abs(lon - float(own.loc[str(i), "lon"])) < 1e-5


# --------------------------------------------------------------------------------------
# EUCAP Sahel Mali: CSV, cp1252, ";", French
# --------------------------------------------------------------------------------------
def test_eucap_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[EUCAP].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Qualification;")
    assert "\r\n" in text
    assert "Ã©" in text  # partners' UTF-8 pasted into the sheet
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,2},\d{5};", text)  # decimal commas
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert ";néant;" in text
    assert ";NC;" in text or ";non communiqué;" in text
    frame = _csv(paths[EUCAP], "cp1252", ";")
    own = _rows_of(truth, EUCAP)
    day_first = frame["Date des faits"].str.fullmatch(r"\d\d/\d\d/\d{4}")
    for row, cell in frame.loc[day_first, "Date des faits"].items():
        exp = own.loc[str(row)]
        if exp["expected_status"] != "quarantine":
            assert pd.Timestamp(exp["event_date"]) == pd.to_datetime(cell, format="%d/%m/%Y")


# --------------------------------------------------------------------------------------
# UN Verification Mission in Colombia: CSV, UTF-8 with BOM, ";", Spanish
# --------------------------------------------------------------------------------------
def test_unvmc_bytes(paths: dict[str, Path]) -> None:
    raw = paths[UNVMC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.split(";")[:3] == ["Código", "Fecha", "Delito"]
    assert "Actor armado con control" in header
    assert ";NNA;" in text or ";Adultos y NNA;" in text
    assert "EE. UU." in text
    assert re.search(r";\"?\d\.\d{5}, -77\.\d{5}\"?;", text)  # pair pasted from a map
    assert ";sin dato;" in text
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";20\d\d-\d\d-\d\d;", text)


# --------------------------------------------------------------------------------------
# EUFOR Althea: UTF-16 tab-separated, English capitals, date-time groups
# --------------------------------------------------------------------------------------
def test_eufor_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[EUFOR].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text"
    frame = _csv(paths[EUFOR], "utf-16", "\t")
    assert list(frame.columns[:3]) == ["SERIAL", "DTG", "EVENT TYPE"]
    dtg = re.compile(r"(\d\d)(\d\d)(\d\d)Z([A-Z]{3})(\d\d)")
    own = _rows_of(truth, EUFOR)
    n_dtg = 0
    for row, cell in frame["DTG"].items():
        m = dtg.fullmatch(cell)
        exp = own.loc[str(row)]
        if m is None or exp["expected_status"] == "quarantine":
            continue
        n_dtg += 1
        day = pd.Timestamp(2000 + int(m[5]), _MON.index(m[4]) + 1, int(m[1]))
        assert pd.Timestamp(exp["event_date"]) == day
    assert n_dtg > 0.6 * len(frame)
    assert frame["NATIONALITY"].str.fullmatch(r"[A-Z]{3}").mean() > 0.5
    assert frame["ROUTE"].str.fullmatch(r"[A-Z]{3}(-[A-Z]{3})*|").all()
    assert (frame["FACILITATORS"] == "NIL").any()
    assert (frame["PAX"] == "UNK").any()


# --------------------------------------------------------------------------------------
# UN Operations and Crisis Centre: JSON lines, M49 codes, re-sent items
# --------------------------------------------------------------------------------------
def test_unocc_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[UNOCC].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    m49 = [i["location_m49"] for i in items if i["location_m49"] is not None]
    assert all(isinstance(c, str) and re.fullmatch(r"\d{3}", c) for c in m49)
    assert any(c.startswith("0") for i in items for c in [i["nationality_m49"] or ""])
    assert any(re.fullmatch(r"20\d\d-\d\d", i["incident_date"] or "") for i in items)
    own = truth.loc[truth["source"] == UNOCC]
    repeats = own.loc[own["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]
    assert (own["expected_reason"] == "cross_source").sum() > 0
