"""The examiner's held-out set ``blind235`` (files ``*_ic.*``): interpreting agencies' logs.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
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

try:
    from tests._blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )
except ImportError:  # tests/ itself on sys.path
    from _blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )

VARIANT = "blind235"
SEED = 235
N_EVENTS = 1500
SMALL_SEED = 2351
SMALL_EVENTS = 400
SUFFIX = "_ic"
SOURCES = (
    "thebigword_uk",
    "ism_interpretariat",
    "seprotec_interior",
    "languageline_cbp",
    "respond_crisis_translation",
)
#: Fields every kept row expects exactly as the event has them.
EXACT_FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 0.01  # degrees: positions in decimal minutes are read to 0.1'


# --------------------------------------------------------------------------------------
# Fixtures and readers
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_truth(small_paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(small_paths)


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


def _csv_rows(path: Path, encoding: str, delimiter: str) -> dict[int, dict[str, str]]:
    """Rows of a CSV file by source row (header = row 1)."""
    text = path.read_bytes().decode(encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = rows[0]
    return {i + 1: dict(zip(header, r, strict=True)) for i, r in enumerate(rows) if i > 0}


def _xlsx_rows(path: Path) -> dict[int, dict[str, object]]:
    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return {i + 1: dict(zip(header, r, strict=True)) for i, r in enumerate(rows) if i > 0}


def _jsonl_rows(path: Path) -> dict[int, dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {i + 1: json.loads(line) for i, line in enumerate(lines)}


def _kept(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth's non-quarantined rows of one source, with their tags."""
    rows = truth.assign(tags=tags_of(truth))
    return rows.loc[(rows["source"] == source) & (rows["expected_status"] != "quarantine")]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_read_loses_no_row(small_paths, SOURCES, small_truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_expected_values(small_paths, small_truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_source_has_rows_at_small_sizes(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import write_samples

    got = write_samples(tmp_path, seed=SMALL_SEED, n_events=n_events, variant=VARIANT)
    rows = _truth(got)
    kept = rows.loc[rows["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)


def test_places_and_exploitation_unless_not_known(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    """Origin, destination, route and exploitation are the event's unless tagged not known."""
    events = _events(paths)
    ok = truth.assign(tags=tags_of(truth)).loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[ok["event_id"]]
    for col in ("origin_country", "destination_country", "transit_countries", "exploitation"):
        unknown = ok["tags"].str.contains(f"unknown:{col}").to_numpy()
        got = ok[col].to_numpy(dtype=object)
        want = ev[col].to_numpy(dtype=object)
        assert unknown.any(), col
        same = [g == w or (pd.isna(g) and pd.isna(w)) for g, w in zip(got, want, strict=True)]
        assert all(s for s, u in zip(same, unknown, strict=True) if not u), col
        if col == "exploitation":
            assert set(ok.loc[unknown, col]) == {"unknown"}
        else:
            assert ok.loc[unknown, col].isna().all(), col


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_thebigword_utf8_bom_comma_uk_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["thebigword_uk"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    head = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert head.startswith("Job ref,Date of encounter,Country of encounter")
    rows = _csv_rows(path, "utf-8-sig", ",")
    kept = _kept(truth, "thebigword_uk")
    for r in kept.itertuples():
        cell = rows[int(r.source_row)]["Date of encounter"]
        day = re.sub(r" \d\d:\d\d$", "", cell)
        fmt = "%d/%m/%Y" if "/" in day else "%d %B %Y"
        assert datetime.strptime(day, fmt).strftime("%Y-%m-%d") == r.event_date, cell
    cells = [row["Age category"] for row in rows.values()]
    assert any(c.startswith("Age disput") for c in cells)
    disputed = kept["tags"].str.contains("na_word:age_group")
    assert (kept.loc[disputed, "age_group"] == "unknown").all()
    statute = {row["Concern type"].strip().lower() for row in rows.values()}
    assert "facilitation (s.25)" in statute
    assert "modern slavery" in statute
    routes = [row["Route (countries transited)"] for row in rows.values()]
    assert any(" > " in x for x in routes)
    # the re-sent rows are byte-for-byte repeats of earlier rows
    repeats = truth.loc[
        (truth["source"] == "thebigword_uk") & (truth["expected_reason"] == "exact_repeat")
    ]
    assert len(repeats) >= 1
    for r in repeats.itertuples():
        first = int(str(r.duplicate_of).split(":")[1])
        assert rows[int(r.source_row)] == rows[first]


def test_ism_cp1252_semicolon_crlf_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["ism_interpretariat"]
    raw = path.read_bytes()
    assert b"\r\n" in raw
    assert "N° intervention;Donneur d'ordre;Date des faits".encode("cp1252") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "Ã" in text  # names garbled by a UTF-8 form read as cp1252
    rows = _csv_rows(path, "cp1252", ";")
    kept = _kept(truth, "ism_interpretariat")
    moji = kept.loc[kept["tags"].str.contains("mojibake:")]
    assert len(moji) > 0
    assert moji[["nationality", "origin_country"]].notna().any(axis=None)
    months = {
        m: i + 1
        for i, m in enumerate(
            [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ]
        )
    }
    seen = set()
    for r in kept.itertuples():
        row = rows[int(r.source_row)]
        cell = row["Date des faits"]
        if r.date_precision == "day":
            fmt = "%d/%m/%Y" if "/" in cell else "%d-%m-%Y"
            assert datetime.strptime(cell, fmt).strftime("%Y-%m-%d") == r.event_date, cell
        elif r.date_precision == "month":
            name, year = cell.split()
            assert f"{year}-{months[name]:02d}-01" == r.event_date
            seen.add("month")
        else:
            quarter, year = re.fullmatch(r"T([1-4]) (\d{4})", cell).groups()
            assert f"{year}-{3 * int(quarter) - 2:02d}-01" == r.event_date
            seen.add("quarter")
        if row["Latitude"]:
            assert "," in row["Latitude"]
            assert float(row["Latitude"].replace(",", ".")) == pytest.approx(float(r.lat))
            assert float(row["Longitude"].replace(",", ".")) == pytest.approx(float(r.lon))
        else:
            assert pd.isna(r.lat)
    assert seen  # facts told in an asylum interview: a month or a quarter


def _dm(text: str) -> float:
    deg, minutes, hemi = re.fullmatch(r"(\d+)º(\d\d,\d)'([NSEW])", text).groups()
    value = int(deg) + float(minutes.replace(",", ".")) / 60
    return -value if hemi in "SW" else value


def test_seprotec_xlsx_dates_and_positions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _xlsx_rows(paths["seprotec_interior"])
    header = next(iter(rows.values())).keys()
    assert list(header)[:3] == ["Nº de servicio", "Fecha del hecho", "Unidad solicitante"]
    kept = _kept(truth, "seprotec_interior")
    kinds = set()
    for r in kept.itertuples():
        row = rows[int(r.source_row)]
        cell = row["Fecha del hecho"]
        if isinstance(cell, datetime):
            kinds.add("excel")
            day = cell
        elif isinstance(cell, int):
            kinds.add("serial")
            day = datetime(1899, 12, 30) + pd.Timedelta(days=cell)
        else:
            kinds.add("text")
            day = datetime.strptime(str(cell), "%d/%m/%Y")
        assert day.strftime("%Y-%m-%d") == r.event_date
        pos = row["Coordenadas"]
        if pos is None:
            assert pd.isna(r.lat)
            continue
        if "º" in str(pos):
            kinds.add("dm")
            lat_t, lon_t = str(pos).split()
            lat, lon = _dm(lat_t), _dm(lon_t)
        else:
            lat, lon = (float(x) for x in str(pos).split(", "))
        assert lat == pytest.approx(float(r.lat), abs=1e-5)
        assert lon == pytest.approx(float(r.lon), abs=1e-5)
    assert kinds == {"excel", "serial", "text", "dm"}
    penal = " ".join(str(row["Tipo penal"]) for row in rows.values())
    assert "177 bis" in penal
    assert "318 bis" in penal


def test_languageline_utf16_tab_month_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["languageline_cbp"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")
    rows = _csv_rows(path, "utf-16", "\t")
    assert "Encounter Date" in next(iter(rows.values()))
    kept = _kept(truth, "languageline_cbp")
    day_first_impossible = 0
    for r in kept.itertuples():
        row = rows[int(r.source_row)]
        cell = row["Encounter Date"]
        assert datetime.strptime(cell, "%m/%d/%Y").strftime("%Y-%m-%d") == r.event_date
        day_first_impossible += int(cell.split("/")[1]) > 12
        gps = row["Apprehension GPS"]
        if "coords_swapped" in r.tags:
            lon, lat = (float(x) for x in gps.split(","))
            assert abs(lon) > 90
            assert (lat, lon) == (pytest.approx(float(r.lat)), pytest.approx(float(r.lon)))
        elif "coords_placeholder" in r.tags:
            assert gps == "0.000000,0.000000"
            assert pd.isna(r.lat)
    assert day_first_impossible > 0  # the file shows its month-first order
    citizenship = [row["Citizenship"] for row in rows.values() if row["Citizenship"]]
    words = [c for c in citizenship if len(c) > 2 and c not in ("TOTAL",)]
    assert sum(c.isupper() for c in words) / len(words) > 0.9
    demo = {row["Demographic"] for row in rows.values()}
    assert {"UAC", "FMUA", "Single Adult"} <= demo
    tags = " ".join(kept["tags"])
    assert "coords_swapped" in tags
    assert "coords_placeholder" in tags


def test_rct_jsonl_iso_and_partial_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _jsonl_rows(paths["respond_crisis_translation"])
    kept = _kept(truth, "respond_crisis_translation")
    forms = set()
    for r in kept.itertuples():
        row = rows[int(r.source_row)]
        cell = str(row["incident_date"])
        if re.fullmatch(r"\d{4}-\d\d-\d\d", cell):
            forms.add("day")
            assert cell == r.event_date
        elif re.fullmatch(r"\d{4}-\d\d", cell):
            forms.add("month")
            assert f"{cell}-01" == r.event_date
            assert r.date_precision == "month"
        else:
            quarter, year = re.fullmatch(r"Q([1-4]) (\d{4})", cell).groups()
            forms.add("quarter")
            assert f"{year}-{3 * int(quarter) - 2:02d}-01" == r.event_date
        if isinstance(row["people_affected"], int):
            assert str(row["people_affected"]) == r.n_persons
        if row["gps_lat"] is not None:
            assert row["gps_lat"] == pytest.approx(float(r.lat))
    assert forms == {"day", "month", "quarter"}
    assert any(isinstance(row.get("people_affected"), str) for row in rows.values())
    assert any(" -> " in str(row.get("route")) for row in rows.values())


def test_countries_written_many_ways(truth: pd.DataFrame) -> None:
    tags = " ".join(tags_of(truth).fillna(""))
    for kind in ("demonym", "iso2", "iso3", "alias", "typo", "mojibake", "noaccent", "upper"):
        assert f"{kind}:" in tags, kind
    for habit in (
        "count_word",
        "thousands:n_persons",
        "zero_word",
        "na_word:transport_mode",
        "coords_dm",
        "us_date",
        "excel_serial",
        "text_date",
        "long_date",
    ):
        assert habit in tags, habit


def test_duplicates_cross_agencies(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    first_files = cross["duplicate_of"].str.split(":").str[0]
    assert (first_files != cross["source_file"]).all()
    assert cross["source"].nunique() >= 3
