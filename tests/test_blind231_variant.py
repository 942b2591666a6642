"""The examiner's held-out sample set ``blind231`` (files ``*_hy.*``).

Five emergency social services and shelters (SIAO 62 / 115, SAMUR Social Madrid, FEANTSA,
the Opportunity Center for the Homeless in El Paso, MIDES Panamá) write the true events
their own way. These tests check what the set promises: the files, their bytes, and a
truth that describes every row. None of them cleans or scores.
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

VARIANT = "blind231"
SEED = 231
N_EVENTS = 1500
SMALL_SEED = 2311
SMALL_EVENTS = 400
SOURCES = (
    "siao62_115",
    "samur_social_madrid",
    "feantsa",
    "oc_homeless_elpaso",
    "mides_panama",
)
# Fields every row gives exactly as the event has them (when it is not quarantined).
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 1e-3  # FEANTSA's pairs carry four decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        paths[source],
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
    )


def _sheet(paths: dict[str, Path], source: str) -> tuple[list[str], list[tuple[object, ...]]]:
    book = load_workbook(paths[source], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    width = len(rows[0])  # a read-only sheet leaves trailing empty cells out
    return [str(h) for h in rows[0]], [tuple(r) + (None,) * (width - len(r)) for r in rows[1:]]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hy", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_hy", n_events=SMALL_EVENTS)
    rows = _truth(small)
    for source in SOURCES:  # every agency has records at this size too
        assert (_rows(rows, source)["expected_status"] == "record").sum() >= 5, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_exploitation_and_origin_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """A smuggling case has no exploitation; an unknown one is 'unknown'; origin as read."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    keep = truth["expected_status"] != "quarantine"
    ok = truth.loc[keep].reset_index(drop=True)
    tags = tags_of(truth).loc[keep].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    lost = tags.str.contains("unknown:exploitation|empty:exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    assert ok.loc[~lost & ~smuggling, "exploitation"].equals(
        ev.loc[~lost & ~smuggling, "exploitation"]
    )
    gone = tags.str.contains("unknown:origin_country")
    assert gone.any()
    assert ok.loc[gone, "origin_country"].isna().all()
    assert ok.loc[~gone, "origin_country"].equals(ev.loc[~gone, "origin_country"])


def test_routing_and_duplicates(truth: pd.DataFrame) -> None:
    """Each agency reports its own country; FEANTSA compiles the rest and re-sends some."""
    first = truth.loc[truth["expected_status"].isin(["record"])]
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source["siao62_115"] == {"FRA"}
    assert by_source["samur_social_madrid"] == {"ESP"}
    assert by_source["oc_homeless_elpaso"] == {"USA"}
    assert by_source["mides_panama"] == {"PAN"}
    assert {"ITA", "GRC", "HRV", "POL", "GBR"} <= by_source["feantsa"]
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"feantsa"}
    assert {d.split(":")[0] for d in cross["duplicate_of"]} <= {
        "siao62_115_hy.csv",
        "samur_social_madrid_hy.xlsx",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"samur_social_madrid", "oc_homeless_elpaso"}
    assert repeats.value_counts().min() >= 3


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_siao_writes_a_french_excel_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["siao62_115"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date du signalement;")
    assert "\r\n" in text
    for header in ("Nationalité déclarée", "Pays traversés", "Latitude (GPS maraude)"):
        assert header in text
    frame = _csv(paths, "siao62_115", "cp1252", ";")
    rows = _rows(truth, "siao62_115").reset_index(drop=True)
    assert len(frame) == len(rows)
    nat = frame["Nationalité déclarée"].dropna().str.strip().str.lower()
    assert nat.isin(["afghane", "érythréen", "irakienne", "afghan", "iranien"]).sum() > 5
    assert frame["Destination souhaitée"].str.strip().isin(["Angleterre", "UK"]).any()
    assert frame["Moyen de passage"].eq("small boat").any()
    lat = frame["Latitude (GPS maraude)"].dropna()
    assert lat.str.fullmatch(r"5\d,\d{5}").all()
    assert frame["Nb personnes"].isin(["NC", "deux", "trois"]).any()
    assert frame["Nb passeurs / exploiteurs signalés"].eq("aucun").any()
    dates = frame["Date du signalement"]
    day = dates.str.fullmatch(r"\d\d/\d\d/\d{4}( \d\d:\d\d)?").fillna(False)
    month = dates.str.fullmatch(r"[a-zéû]+ \d{4}").fillna(False)
    assert day.any()
    assert month.any()
    assert dates.str.contains(":").any()
    # day-first throughout: what the truth expects is the day written first
    dated = day & rows["expected_status"].eq("record")
    read = pd.to_datetime(dates[dated].str[:10], format="%d/%m/%Y")
    assert (read == pd.to_datetime(rows.loc[dated, "event_date"])).all()
    assert (
        rows.loc[month & rows["expected_status"].eq("record"), "date_precision"].eq("month").all()
    )
    assert frame["N° fiche"].isin(["Total général"]).any()
    assert frame["N° fiche"].str.startswith("Extraction SI-SIAO").any()


def test_samur_writes_a_spanish_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    headers, cells = _sheet(paths, "samur_social_madrid")
    assert headers[:3] == [
        "Nº intervención",
        "Fecha de llegada / detección",
        "Lugar de llegada / detección",
    ]
    assert not any("lat" in h.lower() or "coord" in h.lower() for h in headers)
    col = {h: i for i, h in enumerate(headers)}
    dates = [r[col["Fecha de llegada / detección"]] for r in cells]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{2,4}", d) for d in dates)
    sex = {r[col["Sexo"]] for r in cells}
    assert {"H", "M", "Varón", "Mujer"} <= sex
    rows = _rows(truth, "samur_social_madrid").reset_index(drop=True)
    m_rows = [i for i, r in enumerate(cells) if r[col["Sexo"]] == "M"]
    m_kept = rows.loc[m_rows].loc[lambda t: t["expected_status"] != "quarantine"]
    assert set(m_kept["gender"]) == {"female"}  # M is mujer in this file
    nat = {r[col["Nacionalidad"]] for r in cells}
    assert {"marroquí", "senegalés"} <= nat
    ways = {r[col["Vía de entrada"]] for r in cells}
    assert {"Patera", "Cayuco", "Salto de valla"} <= ways
    counts = [r[col["Nº personas"]] for r in cells]
    assert any(isinstance(c, int) for c in counts)
    assert all(isinstance(c, int) or c is None or isinstance(c, str) for c in counts)
    assert rows["lat"].isna().all()


def test_feantsa_compiles_members_returns(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    headers, cells = _sheet(paths, "feantsa")
    col = {h: i for i, h in enumerate(headers)}
    assert "Member organisation" in col
    assert "Location (lat, long)" in col
    dates = [r[col["Date identified"]] for r in cells]
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in texts)
    assert any(isinstance(d, datetime) for d in dates)
    country = [r[col["Country"]] for r in cells]
    assert "EL" in country
    assert "UK" in country
    rows = _rows(truth, "feantsa").reset_index(drop=True)
    el = [i for i, c in enumerate(country) if c == "EL"]
    el_kept = rows.loc[el].loc[lambda t: t["expected_status"] != "quarantine"]
    assert set(el_kept["detection_country"]) == {"GRC"}
    values = [str(v) for r in cells for v in r if v is not None]
    assert any("Ã" in v for v in values)  # members' files misread somewhere
    pairs = [r[col["Location (lat, long)"]] for r in cells if r[col["Location (lat, long)"]]]
    assert all(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", str(p)) for p in pairs)
    quarter = rows["date_precision"].eq("quarter")
    assert quarter.any()


def test_elpaso_writes_us_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["oc_homeless_elpaso"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfIntake #,Date of encounter,")
    frame = _csv(paths, "oc_homeless_elpaso", "utf-8-sig", ",")
    rows = _rows(truth, "oc_homeless_elpaso").reset_index(drop=True)
    assert len(frame) == len(rows)
    dates = frame["Date of encounter"]
    numeric = dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}").fillna(False)
    ok = numeric & rows["expected_status"].eq("record")
    read = pd.to_datetime(dates[ok], format="%m/%d/%Y")
    assert (read == pd.to_datetime(rows.loc[ok, "event_date"])).all()
    assert (read.dt.day > 12).any()
    assert (read.dt.day <= 12).any()
    long = dates.str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}").fillna(False)
    assert long.any()
    assert frame["Age group"].isin(["UAC", "Family unit"]).any()
    assert frame["Screening outcome"].str.contains("coyote", case=False).any()
    assert "Latitude" not in frame.columns
    assert rows["lat"].isna().all()


def test_mides_writes_a_kobo_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["mides_panama"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    rows = _rows(truth, "mides_panama").reset_index(drop=True)
    assert len(records) == len(rows)
    assert all(k.startswith("grupo_") for k in records[0])
    gps = [r["grupo_ubicacion/gps"] for r in records if r.get("grupo_ubicacion/gps")]
    assert all(re.fullmatch(r"-?\d+\.\d{5} -?\d+\.\d{5} \d+\.\d \d+\.\d", g) for g in gps)
    for rec, (_, row) in zip(records, rows.iterrows(), strict=True):
        point = rec.get("grupo_ubicacion/gps")
        if point and row["expected_status"] == "record":
            lat, lon = (float(x) for x in point.split()[:2])
            assert abs(lat - float(row["lat"])) < TOLERANCE
            assert abs(lon - float(row["lon"])) < TOLERANCE
    kinds = {r["grupo_caso/tipo_caso"] for r in records} - {None}
    assert kinds <= {"trata_personas", "trafico_migrantes", "trata_y_trafico"}
    ages = {r["grupo_personas/grupo_etario"] for r in records}
    assert "nna" in ages
    nat = {r["grupo_personas/nacionalidad"] for r in records}
    assert "venezuela" in nat
    assert "VEN" in nat
    stamps = [r["grupo_caso/fecha_deteccion"] for r in records if r["grupo_caso/fecha_deteccion"]]
    assert any("T" in s and s.endswith("-05:00") for s in stamps)


def test_kobo_multiple_choices_are_space_joined(small: dict[str, Path]) -> None:
    rows = _truth(small)
    lines = small["mides_panama"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    mine = _rows(rows, "mides_panama").reset_index(drop=True)
    for rec, (_, row) in zip(records, mine.iterrows(), strict=True):
        written = rec.get("grupo_caso/delitos_conexos")
        if row["expected_status"] == "record":
            assert (written is None) == pd.isna(row["linked_offences"])
            if written:
                assert len(written.split(" ")) == len(row["linked_offences"].split("|"))
