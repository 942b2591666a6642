"""The examiner sample set ``blind177`` (files ``*_fw.*``): what it promises, byte for byte.

Five desks never used before: the Hainaut prosecutor (French cp1252 CSV), Payoke Antwerp
(English XLSX), the Spanish labour and migration counsellor in Brussels (Spanish UTF-16
tab-delimited CSV), EEPA Brussels (English UTF-8 CSV) and a Belga wire monitoring feed
(French JSON lines). These tests check the files and the truth; none cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind177 import SOURCES, make_blind177

VARIANT = "blind177"
SEED = 177
N_EVENTS = 1500
SMALL_SEED = 1771
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
FIELDS = ("crime_type",)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    ev = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return ev.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_fw", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_gives_every_source_rows(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(NAMES)
    for size in (300, 400):
        subs = make_blind177(make_truth(seed=SMALL_SEED, n_events=size), seed=SMALL_SEED)
        assert all(s.expected["event_id"].notna().any() for s in subs)


def test_every_other_field_is_the_event_unless_tagged(
    truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    """Origin, destination, transit, exploitation, offences: the event, or what the tag says."""
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        lost = tags.str.contains(f"unknown:{col}")
        assert ok.loc[~lost, col].equals(ev.loc[~lost, col]), col
        assert ok.loc[lost, col].isna().all(), col
    assert ok["transit_countries"].equals(ev["transit_countries"])
    tbd = tags.str.contains("unknown:exploitation")
    assert (ok.loc[tbd, "exploitation"] == "unknown").all()
    assert ok.loc[~tbd, "exploitation"].equals(ev.loc[~tbd, "exploitation"])
    payoke = ok["source"] == "payoke_antwerpen"  # a victim centre: no offence column
    assert ok.loc[payoke, "linked_offences"].isna().all()
    assert ok.loc[~payoke, "linked_offences"].equals(ev.loc[~payoke, "linked_offences"])


def test_sources_report_their_countries(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(det, index=first["source"].to_numpy())
    assert set(by_source.loc["parquet_hainaut"]) == {"FRA"}
    assert set(by_source.loc["payoke_antwerpen"]) == {"GBR"}
    assert set(by_source.loc["consejeria_trabajo_bruselas"]) == {"ESP"}
    assert set(by_source.loc["eepa_bruxelles"]) <= {"ITA", "GRC"}
    assert not set(by_source.loc["belga_veille"]) & {"FRA", "GBR", "ESP", "ITA", "GRC"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"consejeria_trabajo_bruselas", "belga_veille"}


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_hainaut_prosecutor_writes_belgian_french_cp1252(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["parquet_hainaut"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    lines = raw.decode("cp1252").splitlines()
    assert lines[0].split(";")[:4] == [
        "N° de notice",
        "Date des faits",
        "Prévention",
        "Finalité d'exploitation",
    ]
    body = "\n".join(lines[1:])
    assert re.search(r"TO\.55\.L7\.\d{6}/2\d;\d{1,2}/\d{1,2}/20\d\d;", body)
    assert "art. 77bis" in body  # Belgian "trafic d'êtres humains" = smuggling
    assert "courant " in body  # month-only dates
    assert ";néant;" in body or ";X;" in body
    assert re.search(r";5\d,\d{5};[12],\d{5};", body)  # decimal-comma coordinates
    assert "Extraction MaCH" in body
    assert any(line == ";" * 16 for line in lines)  # the empty row
    rows = _rows(truth, "parquet_hainaut")
    assert set(rows["crime_type"].dropna()) <= {"smuggling", "both", "trafficking"}


def test_payoke_sheet_mixes_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["payoke_antwerpen"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Case no.", "Date of identification", "Case type")
    assert "GPS (lat, long)" in header
    dates = [r[1] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    texts = {d for d in dates if isinstance(d, str)}
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", t) for t in texts)
    assert any(re.fullmatch(r"(Q[1-4]|[A-Z][a-z]+) 20\d\d", t) for t in texts)
    nat = {r[header.index("Nationality")] for r in rows[1:]}
    assert {"Vietnamese", "Iraqi"} & nat
    gps = {r[header.index("GPS (lat, long)")] for r in rows[1:]} - {None}
    assert all(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", g) for g in gps)


def test_consejeria_is_utf16_tab_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["consejeria_trabajo_bruselas"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little endian with BOM
    lines = _lines(paths["consejeria_trabajo_bruselas"], "utf-16")
    assert lines[0].split("\t")[:3] == [
        "Nº de expediente",
        "Fecha del hecho",
        "País donde se detecta",
    ]
    body = "\n".join(lines[1:])
    assert re.search(r"\t\d{1,2}\.\d{3}\t", body)  # "1.234" persons
    assert re.search(r"\t20\d\dT[1-4]\t", body)  # INE quarters
    assert re.search(r"\d\d°\d\d'\d\d\"\"O", body)  # DMS, O = oeste
    assert "\tmarroquí\t" in body or "\tsenegalesa\t" in body
    assert "\tH\t" in body  # hombre
    assert "\tM\t" in body  # mujer
    assert "TOTAL GENERAL" in body
    tags = tags_of(truth).loc[truth["source"] == "consejeria_trabajo_bruselas"]
    assert tags.str.contains("coords_dms").any()


def test_eepa_writes_english_sitrep_positions(paths: dict[str, Path]) -> None:
    raw = paths["eepa_bruxelles"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    assert lines[0].startswith("Incident ID,Date,Position,Detected in,")
    body = "\n".join(lines[1:])
    assert re.search(r",\d{1,2} [A-Z][a-z]+ 20\d\d,", body)
    assert re.search(r"\d\d°\d\d\.\d\d'N 0\d\d°\d\d\.\d\d'E", body)
    assert re.search(r"(approx\.|c\.) \d+", body)
    assert " -> " in body


def test_belga_feed_is_json_with_lists_and_mojibake(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["belga_veille"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert list(items[0])[:3] == ["ref_depeche", "date_faits", "type_infraction"]
    assert any(isinstance(i["transit"], list) for i in items)
    assert any(isinstance(i["nb_personnes"], str) and i["nb_personnes"].isalpha() for i in items)
    assert any("\u00a0" in str(i["nb_personnes"]) for i in items)
    text = "\n".join(lines)
    assert "Ã" in text  # UTF-8 read as cp1252 by the feed
    tags = tags_of(truth).loc[truth["source"] == "belga_veille"]
    assert tags.str.contains("mojibake").sum() > 20
    assert tags.str.contains("count_word").any()
