"""Examiner set ``blind427``: five footwear and leather compliance desks (files ``*_pm.*``).

These tests check what the set promises (files, truth, and each desk's habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import csv
import json
import re
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
from trendlib.samples._blind427 import DESKS, make_blind427

VARIANT = "blind427"
SEED = 427
N_EVENTS = 1500
SMALL_SEED = 4271
SMALL_EVENTS = 400

SOURCES = (
    "clarks_ethical_trade",
    "ffc_chaussure_conformite",
    "avecal_elda_cumplimiento",
    "ciceg_leon_cumplimiento",
    "auzlc_calzado_cumplimiento",
)
#: Fields every row gives exactly as the event has them (no desk leaves them out).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
PRIMARY = {
    "clarks_ethical_trade": {"GBR", "ITA", "GRC", "HRV", "POL"},
    "ffc_chaussure_conformite": {"FRA"},
    "avecal_elda_cumplimiento": {"ESP"},
    "ciceg_leon_cumplimiento": {"USA"},
    "auzlc_calzado_cumplimiento": {"PAN"},
}


def _read_truth(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _read_truth(paths["truth_rows"])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv_rows(path: Path, encoding: str, delimiter: str) -> dict[int, dict[str, str]]:
    """Data rows of a CSV file by their row number (header = 1)."""
    with path.open(encoding=encoding, newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        return {i: row for i, row in enumerate(reader, start=2)}


def _tags(row: object) -> str:
    tags = getattr(row, "messiness", None)
    return tags if isinstance(tags, str) else ""


def _records(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = _rows_of(truth, source)
    return rows.loc[rows["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pm", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_pm", n_events=SMALL_EVENTS)
    rows = _read_truth(small["truth_rows"])
    for source in SOURCES:
        assert (_rows_of(rows, source)["expected_status"] == "record").any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind427(make_truth(seed=SMALL_SEED, n_events=n_events), seed=SMALL_SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = _read_truth(paths["truth_events"]).set_index("event_id")
    first = truth.loc[truth["expected_status"].eq("record") & truth["event_id"].notna()]
    for source, countries in PRIMARY.items():
        ids = first.loc[first["source"] == source, "event_id"]
        assert set(events.loc[ids, "detection_country"]) == countries, source
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert cross["source"].nunique() >= 3


def test_desks_have_their_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    want = {
        "clarks_ethical_trade": {
            "demonym",
            "uk_nation",
            "excel_date",
            "text_date",
            "month_date",
            "quarter_date",
            "count_word",
            "direct_word",
        },
        "ffc_chaussure_conformite": {"mojibake", "decimal_comma", "short_year", "demonym"},
        "avecal_elda_cumplimiento": {"long_date", "quarter_date", "month_date", "demonym"},
        "ciceg_leon_cumplimiento": {"iso3", "iso_datetime", "count_text", "alias"},
        "auzlc_calzado_cumplimiento": {"dms", "serial_date", "iso2", "month_date"},
    }
    for source, expected in want.items():
        have = set(";".join(tags[truth["source"] == source]).split(";"))
        assert expected <= have, (source, expected - have)
    # mojibake in one desk only
    moji = tags.str.contains("mojibake")
    assert set(truth.loc[moji, "source"]) == {"ffc_chaussure_conformite"}


# --------------------------------------------------------------------------------------
# Each desk's bytes
# --------------------------------------------------------------------------------------
def test_clarks_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["clarks_ethical_trade"]
    book = load_workbook(path, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Case ref", "Date identified", "Country identified", "Location")
    col = {h: i for i, h in enumerate(header)}
    width = len(header)
    data = {i: (*r, *(None,) * (width - len(r))) for i, r in enumerate(rows[1:], start=2)}
    recs = _records(truth, "clarks_ethical_trade")
    kinds = {"datetime": 0, "text": 0}
    for row in recs.itertuples():
        cells = data[int(row.source_row)]
        date = cells[col["Date identified"]]
        if "excel_date" in _tags(row):
            assert hasattr(date, "year")
            assert pd.Timestamp(date).strftime("%Y-%m-%d") == row.event_date
            kinds["datetime"] += 1
        else:
            assert isinstance(date, str)
            kinds["text"] += 1
    assert kinds["datetime"] > 2 * kinds["text"] > 0
    countries = {r[col["Country identified"]] for r in data.values()}
    assert {"England", "UK", "Italy"} <= countries
    routes = [r[col["Route (transit countries)"]] for r in data.values()]
    assert any(isinstance(v, str) and " > " in v for v in routes)
    counts = [r[col["No. of people affected"]] for r in data.values()]
    assert sum(isinstance(v, int) for v in counts) > 0.9 * len(counts)


def test_ffc_csv_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["ffc_chaussure_conformite"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date du constat;Qualification des faits;")
    assert "\r\n" in text
    assert "Ã" in text  # cells pasted from a UTF-8 export
    rows = _csv_rows(path, "cp1252", ";")
    recs = _records(truth, "ffc_chaussure_conformite")
    for row in recs.itertuples():
        cells = rows[int(row.source_row)]
        date = cells["Date du constat"]
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2}|\d{4})", date)
        if m:  # day first everywhere
            day = pd.Timestamp(row.event_date)
            assert (int(m[1]), int(m[2])) == (day.day, day.month)
        else:
            assert re.fullmatch(r"(T[1-4]|[a-zéû]+) \d{4}", date), date
        lat = cells["Latitude"]
        if lat:
            assert re.fullmatch(r"-?\d+,\d{5}", lat)
            assert abs(float(lat.replace(",", ".")) - float(row.lat)) < 1e-9


def test_avecal_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["avecal_elda_cumplimiento"]
    raw = path.read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Texto Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.split("\n")[0].split("\t")[:3] == [
        "Nº expediente",
        "Fecha de detección",
        "Tipo delictivo",
    ]
    rows = _csv_rows(path, "utf-16", "\t")
    recs = _records(truth, "avecal_elda_cumplimiento")
    quarters = 0
    for row in recs.itertuples():
        cells = rows[int(row.source_row)]
        date = cells["Fecha de detección"]
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", date)
        if m:
            day = pd.Timestamp(row.event_date)
            assert (int(m[1]), int(m[2]), int(m[3])) == (day.day, day.month, day.year)
        quarters += bool(re.fullmatch(r"\d{4}T[1-4]", date))
        if "thousands" in _tags(row):
            count = cells["Nº de víctimas / personas"]
            assert re.fullmatch(r"\d{1,3}(\.\d{3})+", count)
            assert int(count.replace(".", "")) == int(row.n_persons)
        coords = cells["Coordenadas"]
        if re.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+", coords):
            lat, lon = (float(v) for v in coords.split(", "))
            assert abs(lat - float(row.lat)) < 1e-9
            assert abs(lon - float(row.lon)) < 1e-9
    assert quarters > 0


def test_ciceg_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["ciceg_leon_cumplimiento"]
    lines = path.read_text(encoding="utf-8").splitlines()
    records = {i: json.loads(line) for i, line in enumerate(lines, start=1)}
    assert list(records[1])[:3] == ["folio", "fecha_hechos", "delito"]
    recs = _records(truth, "ciceg_leon_cumplimiento")
    words = set()
    for row in recs.itertuples():
        rec = records[int(row.source_row)]
        assert isinstance(rec["paises_transito"], list)
        assert rec["fecha_hechos"].startswith(row.event_date[:7])
        words.add(rec["pais_deteccion"])
        if row.expected_reason != "cross_source":
            assert row.detection_country in ("USA", None) or pd.isna(row.detection_country)
    assert words & {"EUA", "E.U.A.", "EE.UU."}
    assert "tráfico de personas" in {r["delito"] for r in records.values()}


def _dms(text: str) -> float:
    m = re.fullmatch(r"(\d+)°(\d{2})'(\d{2}\.\d)\"([NSEW])", text)
    assert m, text
    value = int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600
    return -value if m[4] in "SW" else value


def test_auzlc_csv_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["auzlc_calzado_cumplimiento"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8").startswith("No. de caso,Fecha del hecho,Delito,")
    rows = _csv_rows(path, "utf-8", ",")
    recs = _records(truth, "auzlc_calzado_cumplimiento")
    unpadded = serials = dms = 0
    for row in recs.itertuples():
        cells = rows[int(row.source_row)]
        date = cells["Fecha del hecho"]
        if re.fullmatch(r"\d{5}", date):
            serials += 1
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(date))
            assert day.strftime("%Y-%m-%d") == row.event_date
        elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", date):
            unpadded += len(m[1]) == 1 or len(m[2]) == 1
            day = pd.Timestamp(row.event_date)
            assert (int(m[1]), int(m[2]), int(m[3])) == (day.day, day.month, day.year)
        coords = cells["Coordenadas (lat, long)"]
        if "°" in coords:
            dms += 1
            lat_text, lon_text = coords.split(" ")
            assert abs(_dms(lat_text) - float(row.lat)) < 1e-9
            assert abs(_dms(lon_text) - float(row.lon)) < 1e-9
    assert unpadded > 0
    assert serials > 0
    assert dms > 0


def test_desks_match_their_files(paths: dict[str, Path]) -> None:
    for desk in DESKS:
        path = paths[desk.source]
        assert path.name == desk.filename
        assert path.suffix == "." + desk.format
