"""The examiner sample set ``blind186`` (files ``*_gf.*``): what its files and truth promise.

These tests check the set itself (files, bytes, truth); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind186 import SOURCES, make_blind186

VARIANT = "blind186"
SEED = 186
N_EVENTS = 1500
SMALL_SEED = 1861
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row expects as the event has them (the desks always write these).
FAITHFUL = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gf", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FAITHFUL, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_gf", n_events=SMALL_EVENTS)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind186(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        first = sub.expected["expected_status"].isin(["record", "quarantine"])
        assert (first & sub.expected["event_id"].notna()).sum() > 0, sub.filename
        assert len(sub.frame) == len(sub.expected), sub.filename


def test_desks_report_their_countries(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = first["event_id"].map(events["detection_country"])
    desk = {
        "POL": "mswia_thb_gf.csv",
        "GBR": "kgp_lo_london_gf.xlsx",
        "FRA": "pzsr_attache_paris_gf.csv",
        "PAN": "onu_mujeres_darien_gf.csv",
    }
    want = country.map(desk).fillna("echo_ercc_flash_gf.jsonl")
    assert first["source_file"].equals(want)


def test_quirks_stay_in_their_desk(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    homes = {
        "own_language": {"mswia_thb_gf.csv"},
        "iso2": {"mswia_thb_gf.csv"},
        "date_suffix": {"mswia_thb_gf.csv"},
        "demonym": {
            "kgp_lo_london_gf.xlsx",
            "pzsr_attache_paris_gf.csv",
            "onu_mujeres_darien_gf.csv",
        },
        "uk_nation": {"kgp_lo_london_gf.xlsx"},
        "text_date": {"kgp_lo_london_gf.xlsx"},
        "mojibake": {"pzsr_attache_paris_gf.csv"},
        "excel_serial": {"onu_mujeres_darien_gf.csv"},
        "decimal_comma": {"onu_mujeres_darien_gf.csv"},
        "typo": {"onu_mujeres_darien_gf.csv"},
    }
    for tag, files in homes.items():
        where = set(truth.loc[tags.str.contains(tag), "source_file"])
        assert where == files, tag


# --------------------------------------------------------------------------------------
# Each desk's bytes
# --------------------------------------------------------------------------------------
def test_mswia_sheet(paths: dict[str, Path]) -> None:
    raw = paths["mswia_thb"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    head = text.splitlines()[0]
    assert head.split(";")[:3] == ["Case no.", "Date of detection", "Legal qualification"]
    body = pd.read_csv(paths["mswia_thb"], sep=";", dtype=str, encoding="utf-8-sig")
    dates = body["Date of detection"].dropna()
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}").mean() > 0.7
    assert dates.str.endswith(" r.").any()
    assert dates.str.fullmatch(r"\d\d\.\d{4}").any()  # month only
    assert dates.str.fullmatch(r"(I|II|III|IV) quarter \d{4}").any()
    assert body["Legal qualification"].str.contains("264", na=False).any()
    assert body["Legal qualification"].str.contains("189a", na=False).any()
    assert body["GPS"].dropna().str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert body["Citizenship"].isin(["IQ", "SY", "AF", "YE", "VN"]).any()
    assert body["Transit countries"].str.contains(" - ", na=False).any()
    polish = ("Afganistan", "Irak", "Jemen", "Białoruś", "Rosja", "Niemcy", "Polska", "Wietnam")
    assert any(word in text for word in polish)
    assert set(body["Sex"].dropna()) <= {"M", "F", "M/F", "male", "female", "mixed"}


def test_lo_london_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["kgp_lo_london"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    width = len(rows[0])
    rows = [tuple(r) + (None,) * (width - len(r)) for r in rows]  # short rows: blank tail
    head = rows[0]
    assert head[:3] == ("LO ref", "Date", "Crime type")
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "str"} <= kinds  # real Excel dates, and some typed as text
    assert any(isinstance(r[4], int) for r in rows[1:])
    col = {name: i for i, name in enumerate(head)}
    crimes = {r[col["Crime type"]] for r in rows[1:]}
    assert {"MSHT", "OIC"} <= crimes
    nats = {r[col["Nationality"]] for r in rows[1:]}
    assert "Vietnamese" in nats
    places = {r[col["Location (country)"]] for r in rows[1:]}
    assert "England" in places
    routes = [r[col["Route"]] for r in rows[1:] if isinstance(r[col["Route"]], str)]
    assert any(" > " in r for r in routes)
    assert any(r[col["No. of persons"]] == "b.d." for r in rows[1:]) or any(
        r[col["No. of persons"]] == "n/k" for r in rows[1:]
    )
    assert len(rows) - 1 == len(_rows(truth, "kgp_lo_london_gf.xlsx"))


def test_attache_paris_table(paths: dict[str, Path]) -> None:
    raw = paths["pzsr_attache_paris"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["Réf. SK", "Date des faits", "Qualification"]
    body = pd.read_csv(paths["pzsr_attache_paris"], sep="\t", dtype=str, encoding="utf-16")
    dates = body["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    gps = body["Coordonnées GPS"].dropna()
    dms = r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EO]"
    assert gps[gps != "NC"].str.fullmatch(dms).all()
    assert "néant" in set(body["Nombre de mis en cause"])
    assert "Ã" in text  # UTF-8 text read as ANSI by the desk
    assert body["Qualification"].str.contains("aide à l'entrée", na=False).any()


def test_un_women_tracker(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["onu_mujeres_darien"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].split(";")[:2] == ["N° de registro", "Fecha"]
    body = pd.read_csv(paths["onu_mujeres_darien"], sep=";", dtype=str, encoding="cp1252")
    dates = body["Fecha"].dropna()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serial numbers pasted in
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert body["Latitud"].dropna().str.fullmatch(r"-?\d+,\d{5}").all()
    assert "NNA" in set(body["Grupo etario"])
    assert "venezolana" in set(body["Nacionalidad"])
    assert body["N° de personas"].str.fullmatch(r"\d\.\d{3}", na=False).any()
    rows = _rows(truth, "onu_mujeres_darien_gf.csv")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_echo_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["echo_ercc_flash"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "echo_ercc_flash_gf.jsonl"))
    assert list(recs[0])[:3] == ["flash_id", "event_date", "category"]
    countries = {r["country"] for r in recs if r["flash_id"] != "TOTAL" and r["country"]}
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in countries)
    dates = [r["event_date"] for r in recs if isinstance(r["event_date"], str)]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["persons"], int) and r["persons"] >= 1000 for r in recs)
    repeats = _rows(truth, "echo_ercc_flash_gf.jsonl")
    repeated = repeats.loc[repeats["expected_reason"] == "exact_repeat"]
    assert len(repeated) >= 3
    for row in repeated.itertuples():
        first = int(str(row.duplicate_of).split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]
