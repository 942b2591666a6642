"""The examiner set ``blind294`` (files ``*_kj.*``): taxi and ride-hail regulators.

These tests check what the set promises (files, truth, each agency's quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind294 import AGENCIES, make_blind294

VARIANT = "blind294"
SEED = 294
N_EVENTS = 1500
SMALL_SEED = 2941
SMALL_EVENTS = 400
SOURCES = (
    "tfl_tph_compliance",
    "dgitm_registre_vtc",
    "mitms_inspeccion_tt",
    "pn_dot_panama",
    "iatr_incident_exchange",
)
# Fields every row gives as the event has them (the others may be left out by a source).
FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _records(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = _rows_of(truth, source)
    return rows.loc[rows["expected_status"] != "quarantine"]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2  # a person's row number: header = 1
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kj", n_events=N_EVENTS)


def test_sources_are_the_agencies() -> None:
    assert tuple(a.source for a in AGENCIES) == SOURCES
    assert {a.language for a in AGENCIES} == {"en", "fr", "es"}
    assert len({a.encoding for a in AGENCIES}) >= 4


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, SMALL_EVENTS])
def test_every_source_reports_events_at_small_sizes(n_events: int) -> None:
    subs = make_blind294(make_truth(seed=SMALL_SEED, n_events=n_events), seed=SMALL_SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_kj", n_events=SMALL_EVENTS)


def test_every_quarantine_reason_and_repeat_files(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"tfl_tph_compliance", "pn_dot_panama"}
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert {"no_date", "bad_date", "future_date", "negative_count", "bad_count"} <= set(bad)


def test_primary_countries(truth: pd.DataFrame) -> None:
    firsts = truth.loc[truth["expected_status"] == "record"]
    det = firsts.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert det["tfl_tph_compliance"] == {"GBR"}
    assert det["dgitm_registre_vtc"] == {"FRA"}
    assert det["mitms_inspeccion_tt"] == {"ESP"}
    assert det["pn_dot_panama"] == {"PAN"}
    assert det["iatr_incident_exchange"] == {"ITA", "GRC", "HRV", "POL", "USA"}


# --------------------------------------------------------------------------------------
# Transport for London: UTF-8 with BOM, ",", UK day-first dates
# --------------------------------------------------------------------------------------
def test_tfl_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["tfl_tph_compliance"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfCase Reference,Incident Date,Licence Type,")
    frame = _csv(paths["tfl_tph_compliance"], "utf-8-sig", ",")
    dates = frame["Incident Date"]
    day = dates.str.fullmatch(r"\d{2}/\d{2}/20\d{2}")
    long = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d{2}")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ 20\d{2}")
    assert day.sum() > long.sum() > 0
    assert month.sum() > 0
    # day-first: some days above 12, never a month above 12
    parts = dates[day].str.split("/", expand=True).astype(int)
    assert (parts[0] > 12).any()
    assert (parts[1] <= 12).all()
    assert {"England", "UK", "France"} <= set(frame["Country of Incident"])
    assert {"one", "two"} & set(frame["Persons Involved"])
    assert "None" in set(frame["Suspects Arrested"])
    assert frame["Location (lat, long)"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|").all()
    assert {"Vietnamese", "Afghan"} & set(frame["Nationality (as stated)"].str.strip())
    rec = _records(truth, "tfl_tph_compliance")
    words = rec.loc[tags_of(truth).loc[rec.index].str.contains("count_word")]
    assert len(words) > 0
    assert words["n_persons"].isin(["1", "2", "3"]).all()


# --------------------------------------------------------------------------------------
# DGITM: cp1252, ";", CRLF, French wording, decimal commas
# --------------------------------------------------------------------------------------
def test_dgitm_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dgitm_registre_vtc"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date des faits;Qualification;")
    assert "\r\n" in text
    assert text.count("\n") == text.count("\r\n")
    frame = _csv(paths["dgitm_registre_vtc"], "cp1252", ";")
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/20\d{2}").sum() > len(frame) // 2
    assert "néant" in set(frame["Nb mis en cause"])
    assert {"afghane", "érythréenne", "irakienne", "iranienne"} & set(frame["Nationalité"])
    assert "Angleterre" in set(frame["Destination déclarée"])
    assert "Sans objet" in set(frame["Forme d'exploitation"])
    lat = frame["Latitude"]
    assert lat.str.fullmatch(r"5\d,\d{5}|").all()
    # the truth reads the decimal comma
    rec = _records(truth, "dgitm_registre_vtc")
    rows = frame.loc[rec["source_row"].astype(int)]
    has = rows["Latitude"] != ""
    got = rows.loc[has, "Latitude"].str.replace(",", ".").astype(float).to_numpy()
    want = rec.loc[has.to_numpy(), "lat"].astype(float).to_numpy()
    assert abs(got - want).max() < 1e-6


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    width = len(rows[0])
    return [tuple(r) + (None,) * (width - len(r)) for r in rows]


# --------------------------------------------------------------------------------------
# MITMS: Excel dates, serials and text; a misread Canary batch; Spanish wording
# --------------------------------------------------------------------------------------
def test_mitms_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet_rows(paths["mitms_inspeccion_tt"])
    header = rows[0]
    assert header[:3] == ("Nº acta", "Fecha inspección", "CCAA / Ciudad")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha inspección"]] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(40000 < s < 46000 for s in serials)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/20\d{2}", d) for d in dates)
    ages = {r[col["Edad"]] for r in rows[1:]}
    assert "MENA" in ages
    modes = {r[col["Medio"]] for r in rows[1:]}
    assert {"Cayuco", "Patera"} <= modes
    # the misread batch: mojibake in Canary rows of 2022 only, tagged in the truth
    garbled = [r for r in rows[1:] if any(isinstance(v, str) and "Ã" in v for v in r)]
    assert garbled
    assert {r[col["CCAA / Ciudad"]] for r in garbled} == {"Canarias"}
    tagged = _rows_of(truth, "mitms_inspeccion_tt")
    assert tags_of(truth).loc[tagged.index].str.contains("mojibake").any()


def test_mitms_serials_read_as_the_truth_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet_rows(paths["mitms_inspeccion_tt"])
    rec = _records(truth, "mitms_inspeccion_tt").set_index("source_row")
    checked = 0
    for i, row in enumerate(rows[1:], start=2):
        cell = row[1]
        if isinstance(cell, int) and str(i) in rec.index:
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
            assert day == pd.Timestamp(rec.loc[str(i), "event_date"])
            checked += 1
    assert checked > 0


# --------------------------------------------------------------------------------------
# Policía Nacional de Panamá (DOT): UTF-16 tab export, GPS degree-minutes
# --------------------------------------------------------------------------------------
_GPS = re.compile(r"([NS]) (\d+)°(\d{2}\.\d{3})' ([EW]) (\d+)°(\d{2}\.\d{3})'")


def test_pn_dot_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pn_dot_panama"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.startswith("No. Novedad\tFecha\tPuesto / Sector\t")
    frame = _csv(paths["pn_dot_panama"], "utf-16", "\t")
    assert (
        frame["Fecha"]
        .str.fullmatch(r"\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d{2}")
        .any()
    )
    assert {"NNA", "Adultos y NNA"} & set(frame["Grupo etario"])
    assert "EE.UU." in set(frame["Destino final"])
    assert frame["Cantidad de migrantes"].str.fullmatch(r"\d,\d{3}").any()
    rec = _records(truth, "pn_dot_panama")
    rows = frame.loc[rec["source_row"].astype(int)]
    for cell, lat, lon in zip(rows["Coordenadas GPS"], rec["lat"], rec["lon"], strict=True):
        m = _GPS.fullmatch(cell)
        if m is None:
            assert cell in ("", "sin GPS")
            assert pd.isna(lat)
            continue
        ns, d1, m1, ew, d2, m2 = m.groups()
        got_lat = (int(d1) + float(m1) / 60) * (1 if ns == "N" else -1)
        got_lon = (int(d2) + float(m2) / 60) * (1 if ew == "E" else -1)
        assert abs(got_lat - float(lat)) < 1e-5
        assert abs(got_lon - float(lon)) < 1e-5


# --------------------------------------------------------------------------------------
# IATR exchange: JSON lines, ISO dates and periods, ISO alpha-2 transit lists
# --------------------------------------------------------------------------------------
def test_iatr_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["iatr_incident_exchange"].read_text(encoding="utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    assert all(next(iter(o)) == "incident_id" for o in objs)
    dates = pd.Series([o["incident_date"] for o in objs], dtype=object).dropna()
    assert dates.str.fullmatch(r"20\d{2}-Q[1-4]").any()
    assert dates.str.fullmatch(r"20\d{2}-\d{2}").any()
    assert dates.str.fullmatch(r"20\d{2}/\d{2}/\d{2}").any()
    transit = [o["transit"] for o in objs if o.get("transit")]
    assert any(re.fullmatch(r"[A-Z]{2}( > [A-Z]{2})+", t) for t in transit)
    assert {"alien smuggling", "human smuggling"} <= {o["offense_type"] for o in objs}
    assert "juvenile" in {o["age_category"] for o in objs}
    assert "191" in {o["country"] for o in objs}
    rec = _records(truth, "iatr_incident_exchange")
    prec = set(rec["date_precision"])
    assert {"day", "month", "quarter"} <= prec
    quarter = rec.loc[rec["date_precision"] == "quarter", "event_date"]
    assert pd.to_datetime(quarter).dt.month.isin([1, 4, 7, 10]).all()
