"""The examiner set ``blind337`` (files ``*_ma.*``): shipyards' security and compliance units.

These tests check what the set promises: its files, its truth, and that the bytes show each
agency's habits. None of them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind337 import SOURCES, make_blind337

VARIANT = "blind337"
SEED = 337
N_EVENTS = 1500
SMALL_SEED = 3371
SMALL_EVENTS = 400
SUFFIX = "_ma"
NAMES = [s.source for s in SOURCES]
HW, CDA, NAV, BALBOA, HRAS = NAMES
# fields every non-quarantined row gives exactly as the event has them
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_truth(small: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == name]


def _frame(path: Path, source: str) -> pd.DataFrame:
    """The file's cells as written, header row first (row numbers as in the truth)."""
    src = next(s for s in SOURCES if s.source == source)
    if src.format == "csv":
        return pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=False,
        )
    if src.format == "jsonl":
        return pd.DataFrame([json.loads(line) for line in path.read_text("utf-8").splitlines()])
    sheet = load_workbook(path, read_only=True).worksheets[0]
    values = [list(v) for v in sheet.iter_rows(values_only=True)]
    width = len(values[0])
    return pd.DataFrame([v + [None] * (width - len(v)) for v in values[1:]], columns=values[0])


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_read_loses_no_row(small, NAMES, small_truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_expected_values(small, small_truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind337(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_every_source_has_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for name in {s.filename for s in SOURCES}:
        rows = _rows(truth, name)
        assert (tags[rows.index] == "garbage_row").sum() >= 1, name
        assert (rows["expected_reason"] == "no_date").any(), name  # the total row at least


def test_exploitation_and_vocabularies(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[ok["event_id"]]
    smuggling = ev["crime_type"].eq("smuggling").to_numpy()
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags_of(truth)[ok.index].str.contains("unknown:exploitation").to_numpy()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    kept = ~smuggling & ~unknown
    got, want = ok.loc[kept, "exploitation"].to_numpy(), ev.loc[kept, "exploitation"].to_numpy()
    assert (got == want).all()
    assert ok["linked_offences"].fillna("").tolist() == ev["linked_offences"].fillna("").tolist()


# --------------------------------------------------------------------------------------
# Harland & Wolff: English workbook kept by hand
# --------------------------------------------------------------------------------------
def test_harland_wolff_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _frame(paths[HW], HW)
    assert list(frame.columns[:4]) == [
        "Incident Ref",
        "Date Identified",
        "Concern Type",
        "Exploitation Indicator",
    ]
    dates = frame["Date Identified"].dropna()
    assert dates.map(lambda v: isinstance(v, datetime)).mean() > 0.5  # real Excel dates
    text = dates[dates.map(lambda v: isinstance(v, str))]
    assert text.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert text.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert text.str.fullmatch(r"(Q[1-4]|[A-Z][a-z]+) \d{4}").any()
    assert frame["Persons Involved"].map(lambda v: isinstance(v, int)).mean() > 0.9
    assert frame["Incident Ref"].dropna().str.match(r"HW-GS-20\d\d-\d{4}$|TOTAL|Note").all()
    countries = set(frame["Country Identified"].dropna().str.strip().str.lower())
    assert {"uk", "united kingdom"} <= countries
    assert set(frame["Nationality (stated)"].dropna()) & {"Albanian", "Iranian", "Vietnamese"}
    assert (frame["Suspected Facilitators"].isin(["Nil", "None"])).any()
    rows = _rows(truth, paths[HW].name)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_harland_wolff_uk_nations(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(truth, paths[HW].name)
    nation = tags_of(truth)[rows.index].str.contains("constituent:detection_country")
    assert nation.any()
    assert (rows.loc[nation, "detection_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# Chantiers de l'Atlantique: French, cp1252, semicolons, decimal commas
# --------------------------------------------------------------------------------------
def test_chantiers_bytes(paths: dict[str, Path]) -> None:
    raw = paths[CDA].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    head = raw.split(b"\r\n", 1)[0].decode("cp1252")
    assert head.startswith("N° fiche;Date constat;Qualification;Forme d'exploitation;")
    text = raw.decode("cp1252")
    assert "traite des êtres humains" in text or "TEH" in text
    assert re.search(r";\d{2}/\d{2}/\d{4};", text)
    assert re.search(r";(T[1-4] \d{4}|[a-zéû]+ \d{4}|\d{2}/\d{4});", text)
    assert re.search(r";\d{2},\d{5};-?\d,\d{5};", text)  # decimal commas
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # single-byte accents, not UTF-8
    assert re.search(r";(néant|aucun);", text)  # no suspect, in words
    assert re.search(r";(H|F|H/F);", text)


def test_chantiers_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(truth, paths[CDA].name)
    garbled = tags_of(truth)[rows.index].str.contains("mojibake")
    assert garbled.any()
    assert "Ã" in _text(paths[CDA], "cp1252")


# --------------------------------------------------------------------------------------
# Navantia: SAP Unicode text, UTF-16 with BOM, tabs
# --------------------------------------------------------------------------------------
def test_navantia_bytes(paths: dict[str, Path]) -> None:
    raw = paths[NAV].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    assert raw.count(b"\xff\xfe") == 1
    text = raw.decode("utf-16")
    head = text.split("\n", 1)[0]
    assert head.split("\t")[:3] == ["Nº expediente", "Fecha detección", "Tipología"]
    assert re.search(r"\t\d{2}\.\d{2}\.\d{4}\t", text)  # SAP dates
    assert re.search(r"\t\d{2},\d{5}\t-?\d{1,2},\d{5}\t", text)
    assert "España (Canarias)" in text or "España (Ceuta)" in text or "España (Melilla)" in text


def test_navantia_hombre_mujer(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _frame(paths[NAV], NAV)
    rows = _rows(truth, paths[NAV].name)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    written = frame["Sexo"].reindex(rows["source_row"].astype(int).to_numpy() - 2)
    expected = rows["gender"].to_numpy()
    code = written.str.strip().str.upper().to_numpy()
    assert (expected[code == "M"] == "female").all()
    assert (expected[code == "H"] == "male").all()
    assert (code == "M").any()
    assert (code == "H").any()


# --------------------------------------------------------------------------------------
# Astillero Balboa: Panamanian workbook
# --------------------------------------------------------------------------------------
def test_balboa_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _frame(paths[BALBOA], BALBOA)
    assert "Posición (lat, long)" in frame.columns
    dates = frame["Fecha"].dropna()
    assert dates.map(lambda v: isinstance(v, datetime)).any()
    serials = dates[dates.map(lambda v: isinstance(v, int))]
    assert serials.between(44197, 45291).any()  # Excel serials of 2021-2023
    assert dates.map(lambda v: isinstance(v, str) and "trimestre" in v).any()
    pos = frame["Posición (lat, long)"].dropna()
    assert pos.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|N/D").all()
    assert (frame["Grupo etario"] == "NNA").any()
    rows = _rows(truth, paths[BALBOA].name)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    # the serials read as the day the truth expects
    exp = rows.set_index(rows["source_row"].astype(int) - 2)["event_date"]
    for i, v in serials.items():
        want = exp.get(i)
        if isinstance(want, str):
            got = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(v))
            assert got.strftime("%Y-%m-%d") == want


def test_balboa_masculino_femenino(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _frame(paths[BALBOA], BALBOA)
    rows = _rows(truth, paths[BALBOA].name)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    written = frame["Género"].reindex(rows["source_row"].astype(int).to_numpy() - 2)
    code = written.astype("string").str.strip().str.upper().to_numpy()
    expected = rows["gender"].to_numpy()
    assert (expected[code == "M"] == "male").all()
    assert (expected[code == "F"] == "female").all()


# --------------------------------------------------------------------------------------
# Human Rights at Sea: JSON lines, codes, degrees and decimal minutes
# --------------------------------------------------------------------------------------
def test_hras_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[HRAS].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "°".encode() in raw  # UTF-8 as such, not \u escapes
    lines = paths[HRAS].read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, paths[HRAS].name))
    assert set(records[0]) >= {"case_id", "incident_date", "position", "location_country"}
    frame = pd.DataFrame(records)
    dates = frame["incident_date"].dropna()
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{4}-\d{2}").any()
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    pos = frame["position"].dropna()
    ddm = r"\d{2}°\d{2}\.\d{3}'[NS] \d{3}°\d{2}\.\d{3}'[EW]"
    assert pos.str.fullmatch(ddm + "|not reported").all()
    assert frame["location_country"].dropna().str.fullmatch(r"[A-Z]{2,3}|[A-Z][A-Za-z ]+").all()


def test_hras_positions_read_back(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.DataFrame([json.loads(x) for x in paths[HRAS].read_text("utf-8").splitlines()])
    rows = _rows(truth, paths[HRAS].name).reset_index(drop=True)
    pat = re.compile(r"(\d+)°([\d.]+)'([NS]) (\d+)°([\d.]+)'([EW])")
    checked = 0
    for i, cell in frame["position"].items():
        m = pat.fullmatch(str(cell))
        if not m or pd.isna(rows.loc[i, "lat"]):
            continue
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(lat - float(rows.loc[i, "lat"])) < TOLERANCE
        assert abs(lon - float(rows.loc[i, "lon"])) < TOLERANCE
        checked += 1
    assert checked > 100


# --------------------------------------------------------------------------------------
# Planted habits across the set
# --------------------------------------------------------------------------------------
def test_habits_are_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "excel_serial",
        "month_name_date",
        "demonym:nationality",
        "alias:",
        "iso2:",
        "iso3:",
        "numeric:",
        "typo:",
        "mojibake:",
        "constituent:detection_country",
        "place:detection_country",
        "gender_code",
        "count_word",
        "thousands:n_persons",
        "zero_word",
        "suspects_placeholder",
        "count_placeholder",
        "na_word:",
        "blank_gender",
        "blank_nationality",
        "direct_word:transit_countries",
        "decimal_comma",
        "ddm",
        "case:",
        "coords_missing",
        "coords_placeholder",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


def test_duplicates_cross_agencies(truth: pd.DataFrame) -> None:
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    firsts = dup["duplicate_of"].str.split(":").str[0]
    assert (firsts != dup["source_file"]).all()
    assert dup["source_file"].nunique() >= 4
