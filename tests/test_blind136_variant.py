"""The examiner sample set ``blind136`` (files ``*_eh.*``): five Asia-Pacific liaison desks.

These tests check what the set promises (files, truth, and each desk's way of writing);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
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
from trendlib.samples._blind136 import DESKS, make_blind136

VARIANT = "blind136"
SEED = 136
N_EVENTS = 1500
SMALL_SEED = 1361
SMALL_EVENTS = 400
SOURCES = (
    "vn_baoho_london",
    "cn_jingwu_paris",
    "kbri_madrid",
    "embachina_panama",
    "dfa_oumwa",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv_rows(paths: dict[str, Path], source: str) -> list[list[str]]:
    desk = next(d for d in DESKS if d.source == source)
    text = paths[source].read_bytes().decode(desk.encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=desk.delimiter or ","))


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    width = len(rows[0])
    return [tuple(r) + (None,) * (width - len(r)) for r in rows]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(big: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(big, SOURCES, suffix="_eh", n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_eh", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(big: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(big, SOURCES, _truth(big))
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(big: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(big, _truth(big), FIELDS, tolerance=1e-3)
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(big: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(big))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind136(make_truth(seed=7, n_events=n_events), seed=7)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.source


def test_routing(big: dict[str, Path]) -> None:
    truth = _truth(big)
    events = pd.read_csv(big["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    host = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"GBR": "vn_baoho_london", "FRA": "cn_jingwu_paris", "ESP": "kbri_madrid"}
    want["PAN"] = "embachina_panama"
    expected = [want.get(h, "dfa_oumwa") for h in host]
    assert first["source"].tolist() == expected
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"vn_baoho_london", "cn_jingwu_paris", "dfa_oumwa"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"kbri_madrid", "dfa_oumwa"}


# --------------------------------------------------------------------------------------
# Each desk's way of writing
# --------------------------------------------------------------------------------------
def test_london_desk_writes_utf16_tabs_and_vietnamese(big: dict[str, Path]) -> None:
    data = big["vn_baoho_london"].read_bytes()
    assert data[:2] == b"\xff\xfe"  # Excel "Unicode text": UTF-16 LE with its BOM
    rows = _csv_rows(big, "vn_baoho_london")
    header = rows[0]
    assert len(header) == 16
    assert "Nationality (Quốc tịch)" in header
    assert not any("lat" in h.lower() for h in header)  # a place, no coordinates
    text = data.decode("utf-16")
    for word in ("Việt Nam", " → ", "Trung Quốc", "Scotland", "Dover, Kent", "TOTAL (Tổng"):
        assert word in text, word
    dates = [r[1] for r in rows[1:] if len(r) > 1 and r[1]]
    day_first = [d for d in dates if re.fullmatch(r"\d{2}/\d{2}/\d{4}", d)]
    assert len(day_first) > 0.7 * len(dates)
    assert all(int(d[3:5]) <= 12 for d in day_first)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)
    counts = {r[6] for r in rows[1:] if len(r) > 6}
    assert counts & {"one", "two", "three"}


def test_london_desk_place_gives_no_point(big: dict[str, Path]) -> None:
    rows = _rows_of(_truth(big), "vn_baoho_london")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept[["lat", "lon"]].isna().all().all()
    scot = tags_of(_truth(big)).loc[rows.index].str.contains("country_nation")
    assert scot.any()
    assert (
        (rows.loc[scot & rows["expected_status"].ne("quarantine"), "detection_country"])
        .eq("GBR")
        .all()
    )


def test_paris_desk_writes_a_french_spreadsheet(big: dict[str, Path]) -> None:
    rows = _sheet_rows(big["cn_jingwu_paris"])
    header = [str(h) for h in rows[0]]
    assert header[:3] == ["N° de fiche", "Date des faits", "Nature de l'affaire"]
    col = {h: i for i, h in enumerate(header)}
    body = rows[1:]
    dates = [r[col["Date des faits"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) for d in dates)  # a bare serial number
    assert any(isinstance(d, str) and re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)
    suspects = {r[col["Nb mis en cause"]] for r in body}
    assert suspects & {"néant", "aucun"}
    assert "sans objet" in {r[col["Forme d'exploitation"]] for r in body}
    lats = [r[col["Latitude"]] for r in body if r[col["Latitude"]] is not None]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{5}", v) for v in lats)


def test_paris_serial_dates_are_read_as_excel_days(big: dict[str, Path]) -> None:
    rows = _sheet_rows(big["cn_jingwu_paris"])
    truth = _rows_of(_truth(big), "cn_jingwu_paris").set_index("source_row")
    serials = [(i, r[1]) for i, r in enumerate(rows[1:], start=2) if isinstance(r[1], int)]
    assert serials
    for row, serial in serials:
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=serial)
        got = truth.loc[str(row)]
        if got["expected_status"] != "quarantine":
            assert got["event_date"] == day.strftime("%Y-%m-%d")


def test_madrid_desk_writes_a_spanish_windows_csv(big: dict[str, Path]) -> None:
    data = big["kbri_madrid"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "\r\n" in text
    rows = _csv_rows(big, "kbri_madrid")
    header = rows[0]
    assert header[0] == "No. Surat / Ref."
    assert header[-1] == "Keterangan"
    for word in ("TPPO", "cayuco", "Ã", "Maroko", "Sumber: "):
        assert word in text, word
    dates = [r[1] for r in rows[1:] if len(r) > 1 and r[1]]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{2}-[a-z]{3}-\d{4}", d) for d in dates)
    lat = header.index("Latitud")
    lats = [r[lat] for r in rows[1:] if len(r) > lat and r[lat]]
    assert all(re.fullmatch(r"-?\d+,\d{4}", v) or v == "s/c" for v in lats)
    assert any(re.fullmatch(r"\d{1,2}\.\d{3}", r[5]) for r in rows[1:] if len(r) > 5)


def test_madrid_commas_are_decimal_commas(big: dict[str, Path]) -> None:
    rows = _csv_rows(big, "kbri_madrid")
    truth = _rows_of(_truth(big), "kbri_madrid").set_index("source_row")
    lat = rows[0].index("Latitud")
    checked = 0
    for i, row in enumerate(rows[1:], start=2):
        if len(row) > lat and re.fullmatch(r"-?\d+,\d{4}", row[lat]):
            want = truth.loc[str(i)]
            if want["expected_status"] != "quarantine":
                assert float(want["lat"]) == pytest.approx(float(row[lat].replace(",", ".")))
                checked += 1
    assert checked > 100


def test_mojibake_only_in_madrid(big: dict[str, Path]) -> None:
    truth = _truth(big)
    moj = tags_of(truth).str.contains("mojibake")
    assert set(truth.loc[moj, "source"]) == {"kbri_madrid"}


def test_panama_desk_writes_utf8_bom_and_chinese_glosses(big: dict[str, Path]) -> None:
    data = big["embachina_panama"].read_bytes()
    assert data[:3] == b"\xef\xbb\xbf"
    rows = _csv_rows(big, "embachina_panama")
    header = rows[0]
    assert header[0] == "Expediente"
    assert "Nacionalidad / 国籍" in header
    text = data.decode("utf-8-sig")
    for word in ("领保字", "偷渡", "EEUU", "NNA", "sin coordenadas", "°"):
        assert word in text, word
    dates = [r[1] for r in rows[1:] if len(r) > 1 and r[1]]
    assert all(re.fullmatch(r"\d{4}/\d{2}/\d{1,2}|\d{4}-\d{2}", d) for d in dates[:-1])
    coords = header.index("Coordenadas")
    pairs = [r[coords] for r in rows[1:] if len(r) > coords and r[coords]]
    assert (
        sum(bool(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", p)) for p in pairs) > len(pairs) * 0.7
    )
    assert any(re.fullmatch(r"\d{1,2},\d{3}", r[4]) for r in rows[1:] if len(r) > 4)


def test_panama_dms_points_are_read(big: dict[str, Path]) -> None:
    rows = _csv_rows(big, "embachina_panama")
    truth = _rows_of(_truth(big), "embachina_panama").set_index("source_row")
    coords = rows[0].index("Coordenadas")
    pattern = re.compile(r"(\d+)°(\d+)'([\d.]+)\"([NS]) (\d+)°(\d+)'([\d.]+)\"([EW])")
    seen = 0
    for i, row in enumerate(rows[1:], start=2):
        m = pattern.fullmatch(row[coords]) if len(row) > coords else None
        if m is None or truth.loc[str(i), "expected_status"] == "quarantine":
            continue
        lat = int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600
        lon = int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600
        lat = -lat if m[4] == "S" else lat
        lon = -lon if m[8] == "W" else lon
        assert float(truth.loc[str(i), "lat"]) == pytest.approx(lat, abs=1e-5)
        assert float(truth.loc[str(i), "lon"]) == pytest.approx(lon, abs=1e-5)
        seen += 1
    assert seen > 5


def test_compilation_writes_json_lines(big: dict[str, Path]) -> None:
    lines = big["dfa_oumwa"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["case_ref", "reporting_post", "incident_date", "host_country"]
    dates = [r["incident_date"] for r in records if r["incident_date"]]
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    hosts = {r["host_country"] for r in records}
    assert {"IT", "GR", "HR", "PL", "US"} & hosts
    assert {r["reporting_post"] for r in records} >= {"PE Rome", "PE Athens", "PE Warsaw"}
    assert any(isinstance(r["no_of_persons"], int) for r in records)
    assert any(isinstance(r["lat"], float) for r in records)
    assert "Direct" in {r["transit_route"] for r in records}


def test_precision_by_desk(big: dict[str, Path]) -> None:
    truth = _truth(big)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source")["date_precision"].agg(set)
    for source in SOURCES:
        assert "day" in prec[source]
    for source in ("vn_baoho_london", "cn_jingwu_paris", "kbri_madrid", "embachina_panama"):
        assert "month" in prec[source], source
    assert "quarter" in prec["kbri_madrid"]
    assert "quarter" in prec["dfa_oumwa"]
    assert "quarter" not in prec["vn_baoho_london"] | prec["embachina_panama"]


def test_pairs_give_the_day(big: dict[str, Path]) -> None:
    truth = _truth(big)
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (dup["date_precision"] == "day").all()
    key = truth["source_file"] + ":" + truth["source_row"]
    firsts = truth.set_index(key).loc[dup["duplicate_of"]]
    assert (firsts["date_precision"] == "day").all()
