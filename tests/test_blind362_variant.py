"""The examiner set ``blind362`` (files ``*_mz.*``): what its files and truth promise.

These tests read the bytes and the truth only; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import numpy as np
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
from trendlib.samples._blind362 import SOURCES, make_blind362

VARIANT = "blind362"
SEED = 362
N_EVENTS = 1500
SMALL_SEED = 3621
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = ("crime_type", "linked_offences", "transit_countries")
DOVER, DNRED, DGRIE, ECT, GUARDIAN = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, sep: str, encoding: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


def _cells(frame: pd.DataFrame, rows: pd.DataFrame, column: str, first: int) -> pd.Series:
    """Cells of ``column`` at the truth rows ``rows`` (``first`` = row number of index 0)."""
    idx = rows["source_row"].astype(int).to_numpy() - first
    return pd.Series(frame[column].to_numpy()[idx], index=rows.index)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_mz", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_gives_every_source_rows(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_mz", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    counts = rows.loc[rows["expected_status"] == "record", "source"].value_counts()
    assert set(counts.index) == set(NAMES)


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind362(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_routing(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"GBR": DOVER, "FRA": DNRED, "ESP": DGRIE, "USA": ECT, "PAN": ECT}
    expected = [want.get(d, GUARDIAN) for d in det]
    assert first["source"].tolist() == expected


# --------------------------------------------------------------------------------------
# Port of Dover Police: UTF-8 with BOM, comma, UK police wording
# --------------------------------------------------------------------------------------
def test_dover_bytes(paths: dict[str, Path], truth: pd.DataFrame, events: pd.DataFrame) -> None:
    raw = paths[DOVER].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = _csv(paths[DOVER], ",", "utf-8-sig")
    assert frame.columns[:3].tolist() == ["Occurrence No.", "Date/Time of Occurrence", "Offence"]
    assert "Lat/Long" in frame.columns
    assert not any("estination" in c for c in frame.columns)  # all UK-bound
    rows = _rows(truth, DOVER)
    rows = rows.loc[rows["expected_status"] == "record"]
    dates = _cells(frame, rows, "Date/Time of Occurrence", 2)
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d( \d\d:\d\d)?").all()
    day = pd.to_datetime(dates.str[:10], format="%d/%m/%Y")
    assert (day.dt.strftime("%Y-%m-%d") == rows["event_date"]).all()
    words = set(frame["Offence"]) | set(frame["Location (Country)"]) | set(frame["Age Group"])
    assert {"s.25 Facilitation", "England", "Scotland", "UASC"} <= words
    # demonyms in the nationality cell: "Afghan" is Afghanistan
    tags = tags_of(truth).loc[rows.index]
    demonym = rows.loc[tags.str.contains("demonym:nationality")]
    cells = _cells(frame, demonym, "Nationality", 2)
    assert cells.isin(
        ["Afghan", "Iranian", "Iraqi", "Albanian", "Eritrean", "Syrian", "Vietnamese"]
    ).all()
    assert (
        demonym["nationality"] == events.loc[demonym["event_id"], "nationality"].to_numpy()
    ).all()
    # "approx. 45" is read as 45; "England"/"Scotland" as the United Kingdom
    approx = rows.loc[tags.str.contains("approx_count")]
    assert len(approx) > 0
    counts = _cells(frame, approx, "No. of Persons", 2).str.extract(r"(\d+)")[0]
    assert (counts == approx["n_persons"]).all()
    home = rows.loc[tags.str.contains("home_nation")]
    assert (home["detection_country"] == "GBR").all()
    scot = _cells(frame, home, "Location (Country)", 2) == "Scotland"
    assert (home.loc[scot, "lat"].astype(float) > 55).all()


# --------------------------------------------------------------------------------------
# DNRED: cp1252, semicolon, decimal comma, French wording
# --------------------------------------------------------------------------------------
def test_dnred_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DNRED].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° de procédure;Date de constatation;")
    frame = _csv(paths[DNRED], ";", "cp1252")
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()
    values = set(frame["Nb mis en cause"]) | set(frame["Pays de destination"])
    values |= set(frame["Vecteur"]) | set(frame["Nationalité"])
    assert {"néant", "Angleterre", "ROYAUME-UNI", "PL", "small boat", "afghane"} <= values
    rows = _rows(truth, DNRED)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    dates = _cells(frame, rows, "Date de constatation", 2)
    day = rows["date_precision"] == "day"
    long_year = day & dates.str.fullmatch(r"\d\d/\d\d/\d{4}")
    short_year = day & dates.str.fullmatch(r"\d\d/\d\d/\d\d")
    assert (long_year | short_year | ~day).all()
    parsed = pd.to_datetime(dates[long_year], format="%d/%m/%Y").dt.strftime("%Y-%m-%d")
    assert (parsed == rows.loc[long_year, "event_date"]).all()
    parsed = pd.to_datetime(dates[short_year], format="%d/%m/%y").dt.strftime("%Y-%m-%d")
    assert (parsed == rows.loc[short_year, "event_date"]).all()
    month = rows["date_precision"] == "month"
    assert month.any()
    assert dates[month].str.fullmatch(r"[a-zéû]+ 20\d\d").all()
    angleterre = rows.loc[_cells(frame, rows, "Pays de destination", 2) == "Angleterre"]
    assert (angleterre["destination_country"] == "GBR").all()


def _grid(path: Path) -> list[list[object]]:
    """The sheet's cells, each row padded to the header's width."""
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    grid = [list(r) for r in sheet.iter_rows(values_only=True)]
    width = len(grid[0])
    return [r + [None] * (width - len(r)) for r in grid]


# --------------------------------------------------------------------------------------
# DGRIE: XLSX, Excel dates and serials, DMS coordinates, mojibake, Spanish wording
# --------------------------------------------------------------------------------------
def test_dgrie_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    grid = _grid(paths[DGRIE])
    header, body = grid[0], grid[1:]
    assert header[:3] == ["Nº Registro", "Fecha del hecho", "Tipología delictiva"]
    col = {h: i for i, h in enumerate(header)}
    rows = _rows(truth, DGRIE)
    rows = rows.loc[rows["expected_status"] == "record"]
    tags = tags_of(truth).loc[rows.index]
    kinds = {"datetime": 0, "serial": 0, "text": 0, "quarter": 0}
    for row, tag in zip(rows.itertuples(), tags, strict=True):  # a few hundred rows
        cell = body[int(row.source_row) - 2][col["Fecha del hecho"]]
        if hasattr(cell, "year"):
            kinds["datetime"] += 1
            assert cell.strftime("%Y-%m-%d") == row.event_date
        elif isinstance(cell, int):
            kinds["serial"] += 1
            assert "excel_serial" in tag
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
            assert day.strftime("%Y-%m-%d") == row.event_date
        elif re.fullmatch(r"T[1-4] 20\d\d", str(cell)):
            kinds["quarter"] += 1
            assert row.date_precision == "quarter"
        else:
            kinds["text"] += 1
            parsed = pd.to_datetime(str(cell), format="%d/%m/%Y").strftime("%Y-%m-%d")
            assert parsed == row.event_date
    assert all(v > 0 for v in kinds.values()), kinds
    coords = [r[col["Coordenadas"]] for r in body if r[col["Coordenadas"]]]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"[EW]", str(c)) for c in coords)
    words = {str(r[col[h]]) for r in body for h in ("Medio de transporte", "Edad", "Sexo")}
    assert {"patera", "cayuco", "MENA", "varones"} <= words
    moji = rows.loc[tags.str.contains("mojibake")]
    assert len(moji) > 0
    texts = {str(r[col[h]]) for r in body for h in ("Nacionalidad", "País de origen")}
    assert any("Ã" in t for t in texts)


def test_dgrie_dms_reads_to_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    grid = _grid(paths[DGRIE])
    col = grid[0].index("Coordenadas")
    rows = _rows(truth, DGRIE)
    rows = rows.loc[(rows["expected_status"] == "record") & rows["lat"].notna()]
    pattern = re.compile(r"(\d+)°(\d\d)'(\d\d)\"([NS]) (\d+)°(\d\d)'(\d\d)\"([EW])")
    seen = 0
    for row in rows.itertuples():  # a few hundred rows
        m = pattern.fullmatch(str(grid[int(row.source_row) - 1][col]))
        if m is None:
            continue
        seen += 1
        g = m.groups()
        lat = (int(g[0]) + int(g[1]) / 60 + int(g[2]) / 3600) * (1 if g[3] == "N" else -1)
        lon = (int(g[4]) + int(g[5]) / 60 + int(g[6]) / 3600) * (1 if g[7] == "E" else -1)
        assert abs(lat - float(row.lat)) < 1e-3
        assert abs(lon - float(row.lon)) < 1e-3
    assert seen > 100


# --------------------------------------------------------------------------------------
# ECT: UTF-16, tab, month-first US dates, CBP wording
# --------------------------------------------------------------------------------------
def test_ect_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ECT].read_bytes()
    assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    frame = _csv(paths[ECT], "\t", "utf-16")
    assert frame.columns[:3].tolist() == ["Case #", "Encounter Date", "Offense"]
    rows = _rows(truth, ECT)
    rows = rows.loc[rows["expected_status"] == "record"]
    dates = _cells(frame, rows, "Encounter Date", 2)
    us = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    iso = dates.str.fullmatch(r"20\d\d-\d\d-\d\d")
    assert (us | iso).all()
    first = dates[us].str[:2].astype(int)
    second = dates[us].str[3:5].astype(int)
    assert (first <= 12).all()
    assert (second > 12).any()  # the file shows it is month-first
    parsed = pd.to_datetime(dates[us], format="%m/%d/%Y").dt.strftime("%Y-%m-%d")
    assert (parsed == rows.loc[us, "event_date"]).all()
    words = set(frame["Demographic"]) | set(frame["Offense"]) | set(frame["Conveyance"])
    assert {"FMUA", "UC", "SA", "8 USC 1324 - Alien Smuggling", "Load vehicle"} <= words
    fmua = rows.loc[_cells(frame, rows, "Demographic", 2) == "FMUA"]
    assert (fmua["age_group"] == "mixed").all()
    partner = rows.loc[tags_of(truth).loc[rows.index].str.contains("partner_spanish")]
    assert len(partner) > 0
    assert set(events_country(partner)) == {"PAN"}
    big = rows.loc[tags_of(truth).loc[rows.index].str.contains("thousands:n_persons")]
    cells = _cells(frame, big, "Aliens Encountered", 2)
    assert cells.str.fullmatch(r"\d,\d{3}").all()
    assert (cells.str.replace(",", "") == big["n_persons"]).all()


def events_country(rows: pd.DataFrame) -> list[str]:
    """Detection countries the truth expects (blank ones left out)."""
    return rows["detection_country"].dropna().tolist()


# --------------------------------------------------------------------------------------
# The Guardian's data desk: JSON lines, ISO and partial dates, ISO3 countries
# --------------------------------------------------------------------------------------
def test_guardian_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[GUARDIAN].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["id", "date", "incident_type"]
    rows = _rows(truth, GUARDIAN)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    for row in rows.itertuples():  # a few hundred rows
        rec = recs[int(row.source_row) - 1]
        date = str(rec["date"])
        if row.date_precision == "day":
            assert date[:10] == row.event_date or abs(
                pd.Timestamp(date) - pd.Timestamp(row.event_date)
            ) <= pd.Timedelta(days=1)
        elif row.date_precision == "month":
            assert re.fullmatch(r"20\d\d-\d\d", date)
            assert row.event_date == f"{date}-01"
        else:
            m = re.fullmatch(r"(20\d\d)-Q([1-4])", date)
            assert m is not None
            month = 3 * int(m.group(2)) - 2
            assert row.event_date == f"{m.group(1)}-{month:02d}-01"
        if rec["country_iso3"] is not None:
            assert rec["country_iso3"] == row.detection_country
    iso3 = {r["country_iso3"] for r in recs if r.get("country_iso3")}
    assert {"ITA", "GRC", "HRV", "POL"} <= iso3
    names = {r.get("nationality") for r in recs} | {r.get("via") for r in recs}
    assert any(n and "Turkey" in n for n in names)


def test_exact_repeats_are_byte_copies(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    reps = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(reps["source"]) == {DNRED, GUARDIAN}
    lines = paths[GUARDIAN].read_text(encoding="utf-8").splitlines()
    for row in reps.loc[reps["source"] == GUARDIAN].itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]
    text = paths[DNRED].read_bytes().decode("cp1252").split("\r\n")
    for row in reps.loc[reps["source"] == DNRED].itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert text[int(row.source_row) - 1] == text[first - 1]


def test_garbage_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    per_source = garbage.groupby("source")["expected_reason"].agg(set)
    assert per_source[DNRED] == {"empty_row", "no_content", "no_date"}
    assert per_source[DGRIE] == {"no_content", "no_date"}
    assert per_source[GUARDIAN] == {"no_content", "no_date"}
    totals = garbage.loc[garbage["source_ref"].isin(["TOTAL", "TOTAL GÉNÉRAL", "Grand Total"])]
    assert len(totals) == 4


def test_unknown_words_expect_unknown(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    unknown = truth.loc[kept & tags.str.contains("unknown:exploitation")]
    assert len(unknown) > 0
    assert (unknown["exploitation"] == "unknown").all()
    smuggling = truth.loc[kept & (truth["crime_type"] == "smuggling")]
    assert smuggling["exploitation"].isna().all()
    na = truth.loc[kept & tags.str.contains("na_word:age_group")]
    assert len(na) > 0
    assert (na["age_group"] == "unknown").all()
    assert np.isin(truth.loc[kept, "date_precision"], ["day", "month", "quarter"]).all()
