"""The examiner's held-out sample set ``blind137`` (files ``*_ei.*``).

Five agencies of the Aegean and Türkiye's western coast, or reading the picture from
there, that no other sample set uses. These tests check what the set promises: its
files, its truth and the quirks each agency's bytes really show. None of them cleans
or scores.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind137 import SOURCES, make_blind137

VARIANT = "blind137"
SEED = 137
N_EVENTS = 1500
SMALL_SEED = 1371
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
#: Fields every kept row reports exactly as the event has them.
FIELDS = [
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
]
TOLERANCE = 0.001  # degrees: the positions are written to 1/100 minute or 5 decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == name]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ei", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_ei", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind137(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert sub.expected["event_id"].notna().any(), sub.filename


def test_who_reports_what(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    det = first.assign(det=events.loc[first["event_id"], "detection_country"].to_numpy())
    by_file = det.groupby("source_file")["det"].agg(set).to_dict()
    assert by_file["ncc_eurosur_gr_ei.xlsx"] == {"GRC"}
    assert by_file["ana_mpa_en_ei.csv"] <= {"ITA", "ESP", "FRA", "GBR", "HRV", "POL"}
    assert by_file["anadolu_fr_ei.jsonl"] <= {"PAN", "USA"}
    # the Turkish migration authority and A21 only report again what others reported
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    corridors = events.loc[dups["event_id"], "corridor"].to_numpy()
    pmm = corridors[(dups["source_file"] == "goc_idaresi_tr_ei.csv").to_numpy()]
    a21 = corridors[(dups["source_file"] == "a21_thessaloniki_ei.csv").to_numpy()]
    assert len(pmm) > 0
    assert set(pmm) == {"emed"}
    assert len(a21) > 0
    assert set(a21) <= {"thb_nga_ita", "thb_vnm_gbr", "thb_rou_esp"}


def test_repeats_and_garbage(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"ncc_eurosur_gr_ei.xlsx", "anadolu_fr_ei.jsonl"}
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    empty = set(garbage.loc[garbage["expected_reason"] == "empty_row", "source_file"])
    assert empty == {"goc_idaresi_tr_ei.csv", "ana_mpa_en_ei.csv", "a21_thessaloniki_ei.csv"}
    notes = set(garbage.loc[garbage["expected_reason"] == "no_content", "source_file"])
    assert notes == {"ncc_eurosur_gr_ei.xlsx", "goc_idaresi_tr_ei.csv", "ana_mpa_en_ei.csv"}
    totals = garbage.loc[garbage["expected_reason"] == "no_date", "source_ref"]
    assert set(totals) == {"TOTAL", "TOPLAM", "Total", "Grand Total"}


def test_partial_dates_only_from_the_wires(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day", "source_file"]
    assert set(partial) == {"ana_mpa_en_ei.csv", "anadolu_fr_ei.jsonl"}


def test_press_and_case_files_give_no_position(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for name in ("ana_mpa_en_ei.csv", "anadolu_fr_ei.jsonl", "a21_thessaloniki_ei.csv"):
        rows = _rows(truth, name)
        kept = rows.loc[rows["expected_status"] != "quarantine"]
        assert kept[["lat", "lon"]].isna().all().all(), name
        assert tags.loc[kept.index].str.contains("coords_missing").all(), name


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_ncc_greece_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["ncc_eurosur_gr"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Event ID", "Event date/time (UTC)", "Event type")
    assert "Position" in header
    assert "Main nationality (claimed)" in header
    body = [r for r in rows[1:] if str(r[0]).startswith("GR-NCC-")]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) >= 0.9 * len(dates)
    assert any(isinstance(d, dt.datetime) and (d.hour or d.minute) for d in dates)
    pos = [r[header.index("Position")] for r in body if r[header.index("Position")]]
    dm = re.compile(r"^\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]$")
    assert sum(bool(dm.match(str(p))) for p in pos) >= 0.95 * len(pos)
    assert "N/A" in pos or truth["messiness"].str.contains("coords_missing").any()
    nat = [str(r[header.index("Main nationality (claimed)")]) for r in body]
    assert any(re.fullmatch(r"\d{3}", v) for v in nat)  # ISO numeric (004, 760, ...)
    assert any(re.fullmatch(r"[A-Z]{3}", v) for v in nat)
    counts = [r[header.index("No. of migrants")] for r in body]
    assert sum(isinstance(c, int) for c in counts) >= 0.9 * len(counts)
    assert "TOTAL" in [r[0] for r in rows]


def test_pmm_turkiye_csv(paths: dict[str, Path]) -> None:
    raw = paths["goc_idaresi_tr"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1254")
    lines = text.splitlines()
    assert lines[0].startswith("Case No;Date of apprehension;Offence;")
    body = [ln for ln in lines if ln.startswith("PMM-")]
    assert all(re.match(r"PMM-\d{4}/\d{4};\d\d\.\d\d\.\d{4};", ln) for ln in body)
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str)
    lat = frame["Lat."].dropna()
    assert lat.str.fullmatch(r"\d+,\d{5}").all()  # decimal comma
    words = set(frame["Nationality"].dropna()) | set(frame["Country of interception"].dropna())
    assert words & {"Suriye", "Afganistan", "Irak", "Kamerun", "Yunanistan"}
    assert "Türkiye" in text
    assert "TOPLAM" in text
    assert frame["Route (transit)"].dropna().str.contains(" - ").any() or "İran" not in text


def test_ana_mpa_csv(paths: dict[str, Path]) -> None:
    raw = paths["ana_mpa_en"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "Ã" in text  # mojibake of Türkiye / Côte d’Ivoire in wire copy
    frame = pd.read_csv(io.StringIO(text), dtype=str)
    assert list(frame.columns[:4]) == ["Item ID", "Date", "Category", "Exploitation"]
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").mean() > 0.85
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    people = frame["People"].dropna()
    assert people.str.fullmatch(r"\d{1,3}(,\d{3})+").any()
    assert people.isin(["one", "two", "three", "four", "five", "six", "seven"]).any()
    assert frame["Arrests"].isin(["none", "no arrests"]).any()
    assert frame["Via"].dropna().str.contains("; ").any()


def test_anadolu_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["anadolu_fr"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(ln) for ln in lines]
    assert set(items[0]) >= {"id_depeche", "date_faits", "qualification", "nb_personnes"}
    dates = [i["date_faits"] for i in items if i["date_faits"]]
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\d", d)) for d in dates) > 0.85 * len(dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    counts = [i["nb_personnes"] for i in items]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    assert any(isinstance(c, str) and "\u00a0" in c for c in counts)
    assert any(i["nationalite"] in ("vénézuélienne", "haïtienne", "équatorienne") for i in items)
    assert any(i["nb_passeurs_interpelles"] == "aucun" for i in items)
    assert "é" in paths["anadolu_fr"].read_text(encoding="utf-8")  # not \u escapes


def test_a21_csv(paths: dict[str, Path]) -> None:
    raw = paths["a21_thessaloniki"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.StringIO(raw.decode("utf-8-sig")), dtype=str)
    assert frame.columns[0] == "Case #"
    dates = frame["Date identified"].dropna()
    serial = dates.str.fullmatch(r"4\d{4}")
    month_first = dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}")
    assert serial.any()
    assert month_first.any()
    assert (serial | month_first).all()
    days = dates[month_first].str.split("/").str[1].astype(int)
    months = dates[month_first].str.split("/").str[0].astype(int)
    assert months.max() <= 12
    assert days.max() > 12 or len(days) < 5
    assert frame["Citizenship"].isin(["NG", "VN", "RO"]).any()
    assert "Grand Total" in set(frame["Case #"].dropna())
    assert frame["Transit route"].dropna().str.contains(" > ").any()
