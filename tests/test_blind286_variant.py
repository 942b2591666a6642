"""The examiner's held-out set ``blind286`` (files ``*_kb.*``): prisons and detention.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples._blind286 import BLIND286_SOURCES, make_blind286

VARIANT = "blind286"
SEED = 286
N_EVENTS = 1500
SMALL_SEED = 2861
SMALL_EVENTS = 400
SOURCES = (
    "disp_lille_kb",
    "ho_detention_gatekeeper_kb",
    "dgsp_panama_kb",
    "usms_prisoner_ops_kb",
    "europris_kb",
)
#: Fields every kept row gives as the event has them (every agency writes them).
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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_match_module() -> None:
    assert tuple(s.source for s in BLIND286_SOURCES) == SOURCES
    assert all(s.filename.startswith(s.source) for s in BLIND286_SOURCES)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kb", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_kb", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind286(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_routing(paths: dict[str, Path]) -> None:
    """Each detection country goes to its own administration; the rest to EuroPris."""
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"FRA": "disp_lille_kb", "GBR": "ho_detention_gatekeeper_kb"}
    want |= {"PAN": "dgsp_panama_kb", "USA": "usms_prisoner_ops_kb"}
    expected = [want.get(c, "europris_kb") for c in country]
    assert list(first["source"]) == expected
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"disp_lille_kb", "usms_prisoner_ops_kb", "europris_kb"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"europris_kb"}


# --------------------------------------------------------------------------------------
# DISP Lille: French prison administration, cp1252, ";"
# --------------------------------------------------------------------------------------
def test_disp_bytes(paths: dict[str, Path]) -> None:
    raw = paths["disp_lille_kb"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Réf. CIRP;Date des faits;Infraction principale;")
    assert "Nb mis en cause écroués" in header
    assert "\r\n" in text
    assert ";néant;" in text
    assert "Ã‰rythrÃ©e" in text or "ViÃªt Nam" in text  # UTF-8 names read as cp1252
    assert re.search(r";(afghane|irakienne|iranienne|albanaise|érythréenne|syrienne);", text)
    assert "TOTAL GÉNÉRAL" in text
    assert "\r\n;;;;;;;;;;;;\r\n" in text  # the empty row of the spreadsheet export


def test_disp_dates(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["disp_lille_kb"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date des faits"].dropna()
    day_first = dates.str.fullmatch(r"(\d\d)/(\d\d)/(\d{4})")
    assert day_first.mean() > 0.6
    assert (dates[day_first].str[3:5].astype(int) <= 12).all()
    assert (dates[day_first].str[:2].astype(int) > 12).any()
    assert dates.str.fullmatch(
        r"(janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d\d"
    ).any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()


def test_disp_truth(paths: dict[str, Path]) -> None:
    rows = _rows(_truth(paths), "disp_lille_kb")
    tags = tags_of(_truth(paths)).loc[rows.index]
    assert tags.str.contains("demonym:nationality").any()
    assert tags.str.contains("mojibake:nationality").any()
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
    assert kept["lat"].isna().all()  # a prison register has no coordinates


# --------------------------------------------------------------------------------------
# Home Office Detention Gatekeeper: English, XLSX
# --------------------------------------------------------------------------------------
def test_ho_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["ho_detention_gatekeeper_kb"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == (
        "DGK ref",
        "Encounter date",
        "Referral / offence",
        "NRM exploitation type",
    )
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    words = {c for r in rows[1:] for c in r if isinstance(c, str)}
    assert words & {"Facilitation (s.25 IA 1971)", "s25 facilitation"}
    assert words & {"Labour exploitation", "Criminal exploitation"}
    assert words & {"Nil", "None"}
    assert isinstance(rows[-1][4], int)
    assert rows[-1][0] == "Total"


def test_ho_age_disputed_expects_unknown(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows(truth, "ho_detention_gatekeeper_kb")
    disputed = rows.loc[tags_of(truth).loc[rows.index].str.contains("age_disputed")]
    disputed = disputed.loc[disputed["expected_status"] != "quarantine"]
    assert len(disputed) > 0
    assert (disputed["age_group"] == "unknown").all()


# --------------------------------------------------------------------------------------
# DGSP Panamá: Spanish, UTF-8 with BOM, ","
# --------------------------------------------------------------------------------------
def test_dgsp_bytes(paths: dict[str, Path]) -> None:
    raw = paths["dgsp_panama_kb"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("N° Expediente,Fecha de los hechos,Delito,")
    assert "PPL vinculados" in text.split("\n", 1)[0]
    assert re.search(r"\"\d{2}°\d{2}'\d{2}\"\"N \d{3}°\d{2}'\d{2}\"\"O\"", text)  # DMS, O = west
    assert re.search(r"\"\d\.\d{5}, -\d{2}\.\d{5}\"", text)  # decimal pairs
    assert re.search(r",\"\d,\d{3}\",", text)  # thousands with a comma
    assert re.search(r",(venezolana|ecuatoriana|haitiana|colombiana),", text)
    assert ",NNA," in text or ",Adultos y NNA," in text
    assert re.search(
        r"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre) de 20\d\d",
        text,
    )


def test_dgsp_coordinates_expected(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["dgsp_panama_kb"], encoding="utf-8-sig", dtype=str)
    truth = _truth(paths)
    rows = _rows(truth, "dgsp_panama_kb").reset_index(drop=True)
    cells = frame["Coordenadas aprehensión"]
    dms = cells.str.fullmatch(r"(\d+)°(\d+)'(\d+)\"N (\d+)°(\d+)'(\d+)\"O", na=False)
    parts = cells[dms].str.extract(r"(\d+)°(\d+)'(\d+)\"N (\d+)°(\d+)'(\d+)\"O").astype(int)
    lat = parts[0] + parts[1] / 60 + parts[2] / 3600
    lon = -(parts[3] + parts[4] / 60 + parts[5] / 3600)
    want = rows.loc[dms[dms].index]
    ok = want["expected_status"] != "quarantine"
    assert ((want.loc[ok, "lat"].astype(float) - lat[ok]).abs() < 1e-5).all()
    assert ((want.loc[ok, "lon"].astype(float) - lon[ok]).abs() < 1e-5).all()


# --------------------------------------------------------------------------------------
# U.S. Marshals: English, UTF-16 tab-separated, month-first dates
# --------------------------------------------------------------------------------------
def test_usms_bytes(paths: dict[str, Path]) -> None:
    raw = paths["usms_prisoner_ops_kb"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte order mark
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == ["Case No.", "Arrest Date", "Offense Charged"]
    assert "8 USC 1324" in text
    assert re.search(r"\t\d\d/\d\d/\d{4} \d\d:\d\d\t", text)  # with the booking time


def test_usms_month_first(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["usms_prisoner_ops_kb"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Arrest Date"].dropna().str.extract(r"^(\d\d)/(\d\d)/(\d{4})").dropna()
    assert (dates[0].astype(int) <= 12).all()
    assert (dates[1].astype(int) > 12).any()


def test_usms_charge_names_purpose(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["usms_prisoner_ops_kb"], sep="\t", encoding="utf-16", dtype=str)
    truth = _truth(paths)
    rows = _rows(truth, "usms_prisoner_ops_kb").reset_index(drop=True)
    charge = frame["Offense Charged"].fillna("")
    kept = rows["expected_status"] != "quarantine"
    sex = charge.str.contains("1591") & kept
    labour = charge.str.contains("1589") & kept
    assert (rows.loc[sex, "exploitation"] == "sexual").all()
    assert (rows.loc[labour, "exploitation"] == "forced_labour").all()
    smuggling_only = charge.str.fullmatch(r"8 USC 1324[^;]*") & kept
    assert (rows.loc[smuggling_only, "crime_type"] == "smuggling").all()
    assert rows.loc[smuggling_only, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# EuroPris: the compilation, JSON lines, EU country codes
# --------------------------------------------------------------------------------------
def test_europris_lines(paths: dict[str, Path]) -> None:
    lines = paths["europris_kb"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"caseId", "offenceDate", "offenceType", "countryOfDetection", "route"}
    detection = {r["countryOfDetection"] for r in recs if r["countryOfDetection"]}
    assert "EL" in detection  # the EU's code for Greece
    assert "GR" not in detection
    routes = [r["route"] for r in recs if r["route"]]
    assert any(" > " in r for r in routes)
    assert "direct" in routes
    dates = pd.Series([r["offenceDate"] for r in recs if r["offenceDate"]], dtype=str)
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d").mean() > 0.8
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-Q[1-4]").any()
    assert any(isinstance(r["personsInvolved"], int) for r in recs)


def test_europris_el_is_greece(paths: dict[str, Path]) -> None:
    lines = paths["europris_kb"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    rows = _rows(_truth(paths), "europris_kb").reset_index(drop=True)
    el = [i for i, r in enumerate(recs) if r["countryOfDetection"] == "EL"]
    kept = rows.loc[el]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert len(kept) > 0
    assert (kept["detection_country"] == "GRC").all()
