"""The examiner set ``blind195`` (files ``*_go.*``): what its files and truth promise.

These tests check the files' bytes and the ground truth only; none of them cleans or
scores (the lead scores the cleaner on this set once).
"""

from __future__ import annotations

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
from trendlib.samples._blind195 import SOURCES, make_blind195

VARIANT = "blind195"
SEED = 195
N_EVENTS = 1500
SMALL_SEED = 1951
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: 4 decimals, or seconds to a tenth


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_go", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_go", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind195(make_truth(seed=7, n_events=n_events), seed=7)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_compilation_reports_what_no_mission_does(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_file = dict(zip(first["source_file"], country, strict=False))
    assert by_file  # sanity
    mission = {
        "hci_london_go.csv": "GBR",
        "ambinde_paris_go.csv": "FRA",
        "embindia_panama_go.xlsx": "PAN",
        "eoi_washington_go.csv": "USA",
    }
    for filename, iso in mission.items():
        mine = country[first["source_file"].to_numpy() == filename]
        assert set(mine) == {iso}, filename
    rest = set(country[first["source_file"].to_numpy() == "punjab_police_nri_go.jsonl"])
    assert rest
    assert not rest & set(mission.values())


# --------------------------------------------------------------------------------------
# High Commission of India, London: UTF-8 with BOM, ",", Indian English
# --------------------------------------------------------------------------------------
def test_london_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["hci_london"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("File No.,Date of apprehension,Nature of case,")
    assert '"Location (lat, long)"' in header
    assert re.search(r",\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d,", text)
    assert re.search(r",\d\d\.\d\d\.20\d\d,", text)
    assert re.search(r",\d+ Nos\.,", text)
    assert ",Nil," in text or text.count(",Nil\n")
    assert re.search(r',"-?\d+\.\d{5}, -?\d+\.\d{5}",', text)
    assert re.search(r',"[A-Z][a-z]+, [A-Z][a-z]+', text)  # ordered transit list
    for word in ("Afghan", "Iraqi", "N.A.", "Human smuggling"):
        assert word in text, word
    rows = _rows(truth, "hci_london_go.csv")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    assert rows["expected_reason"].eq("empty_row").sum() == 1


def test_direct_and_nil_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    direct = truth.loc[tags.str.contains("transit_direct")]
    assert len(direct) > 0
    assert direct["transit_countries"].isna().all()
    zero = truth.loc[tags.str.contains("zero_word") & truth["expected_status"].ne("quarantine")]
    assert set(zero["source_file"]) == {s.filename for s in SOURCES}
    assert (zero["n_suspects"] == "0").all()


# --------------------------------------------------------------------------------------
# Ambassade de l'Inde en France: cp1252, ";", French, mojibake
# --------------------------------------------------------------------------------------
def test_paris_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ambinde_paris"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.startswith("N° dossier;Date de l'interpellation;Nature de l'affaire;")
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";\d+,\d{5};\d+,\d{5};", text)  # decimal-comma coordinates
    assert "Ã©" in text or "Ã " in text  # UTF-8 pasted into the cp1252 register
    for word in ("afghane", "irakienne", "Royaume-Uni", "néant", "aide à l'entrée"):
        assert word in text, word
    tags = tags_of(truth).loc[_rows(truth, "ambinde_paris_go.csv").index]
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("quarter_only").any()


# --------------------------------------------------------------------------------------
# Embajada de la India en Panamá: XLSX, Excel dates and serials, DMS coordinates
# --------------------------------------------------------------------------------------
def test_panama_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["embindia_panama"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("No. de expediente", "Fecha del evento", "Tipo de delito")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    coords = [r[header.index("Coordenadas")] for r in rows[1:]]
    dms = [c for c in coords if isinstance(c, str) and "°" in c]
    assert dms
    assert all(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]", c) for c in dms)
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    for word in ("NNA", "s/d", "venezolana", "tráfico ilícito de migrantes", "VE"):
        assert word in cells or any(word in c for c in cells), word
    tags = tags_of(truth).loc[_rows(truth, "embindia_panama_go.xlsx").index]
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("month_only").any()


def test_panama_serials_are_the_days_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["embindia_panama"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))[1:]
    mine = _rows(truth, "embindia_panama_go.xlsx").reset_index(drop=True)
    body = mine.loc[mine["source_row"].astype(int) - 2 < len(rows)]
    checked = 0
    for _, row in body.iterrows():
        cell = rows[int(row["source_row"]) - 2][1]
        if isinstance(cell, int) and row["expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
            assert day.strftime("%Y-%m-%d") == row["event_date"]
            checked += 1
    assert checked > 0


# --------------------------------------------------------------------------------------
# Embassy of India, Washington: UTF-16 tab-delimited, US month-first dates
# --------------------------------------------------------------------------------------
def test_washington_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["eoi_washington"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["Case Ref", "Apprehension Date", "Offense Category"]
    dates = [line.split("\t")[1] for line in text.splitlines()[1:] if "\t" in line]
    us = [d for d in dates if re.fullmatch(r"\d\d/\d\d/20\d\d", d)]
    assert us
    # one order in the whole file: month first, and some days show it beyond doubt
    assert all(int(d[:2]) <= 12 for d in us)
    assert any(int(d[3:5]) > 12 for d in us)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    for word in ("\tFMUA\t", "\tSA\t", "\tM/F\t", " > ", "\tUNITED STATES\t", "8 USC 1324"):
        assert word in text, word
    mine = _rows(truth, "eoi_washington_go.csv")
    first = mine.loc[tags_of(truth).loc[mine.index].str.contains("month_first")]
    assert (first["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Punjab Police, NRI Affairs Wing: JSON lines, numeric nationality codes
# --------------------------------------------------------------------------------------
def test_punjab_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["punjab_police_nri"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["complaint_no", "incident_date", "case_category"]
    codes = [r["nationality_code"] for r in recs if r.get("nationality_code")]
    assert sum(bool(re.fullmatch(r"\d{3}", c)) for c in codes) > 0.7 * len(codes)
    dates = [r["incident_date"] for r in recs if isinstance(r.get("incident_date"), str)]
    assert any(re.fullmatch(r"\d\d\.\d\d\.20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    offences = " ".join(str(r.get("other_offences")) for r in recs)
    assert "Hawala" in offences or "Forged passport/visa" in offences
    assert any(r.get("accused_agents") == "Nil" for r in recs)
    assert len(recs) == len(_rows(truth, "punjab_police_nri_go.jsonl"))
    mine = _rows(truth, "punjab_police_nri_go.jsonl")
    assert mine["expected_reason"].eq("exact_repeat").sum() >= 3
    assert (mine["source_row"].astype(int).iloc[0]) == 1  # JSON lines count from 1


def test_quarantine_rows_written_in_each_agency_style(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) >= {
        "empty_row",
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
        "no_content",
    }
    totals = bad.loc[bad["source_ref"].isin(["Total", "TOTAL GÉNÉRAL", "TOTAL", "Grand Total"])]
    assert len(totals) == len(NAMES)
    assert set(totals["expected_reason"]) == {"no_date"}
