"""The examiner set ``blind309``: five night-time economy regulators (files ``*_ky.*``).

These tests check what the set promises (files, truth, each agency's habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind309"
SEED = 309
N_EVENTS = 1500
SMALL_SEED = 3091
SMALL_EVENTS = 400
SUFFIX = "_ky"
SOURCES = (
    "national_pubwatch",
    "tabc_htu",
    "efus_nightlife",
    "ceuta_espectaculos",
    "chepigana_licencias",
)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees: the written points are rounded to 4-5 decimals or 0.1"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The full-size set."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A smaller set with another seed."""
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]  # trailing blanks are not stored


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    truth = _rows(small)
    for source in SOURCES:  # every agency reports events of its own
        assert (_of(truth, source)["expected_status"] == "record").sum() > 0, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _rows(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _rows(paths), FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _rows(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_rows(paths))


def test_routing(paths: dict[str, Path]) -> None:
    """Each regulator first reports its own country; Efus the rest of Europe."""
    truth = _rows(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"] == "record"]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    home = {
        "national_pubwatch": {"GBR"},
        "tabc_htu": {"USA"},
        "ceuta_espectaculos": {"ESP"},
        "chepigana_licencias": {"PAN"},
        "efus_nightlife": {"FRA", "ITA", "GRC", "HRV", "POL"},
    }
    for source, countries in home.items():
        assert set(country[(first["source"] == source).to_numpy()]) <= countries, source
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {"national_pubwatch", "efus_nightlife"}


# --------------------------------------------------------------------------------------
# National Pubwatch: CSV, UTF-8 with BOM, ",", UK habits
# --------------------------------------------------------------------------------------
def test_pubwatch_bytes(paths: dict[str, Path]) -> None:
    raw = paths["national_pubwatch"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident No,Date & Time,Incident Category,")
    assert '"Location (lat, long)"' in header
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    dates = frame["Date & Time"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} (2[0-3]):[0-5]\d").sum() > 20  # the night
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}").sum() > 5
    day_first = dates.str.extract(r"^(\d\d)/\d\d/\d{4}")[0].dropna().astype(int)
    assert (day_first > 12).any()
    assert {"England", "Scotland"} <= set(frame["Nation"])
    assert frame["Route (via)"].str.contains(" > ").any()
    assert {"Vietnamese", "Afghan"} <= set(frame["Nationality"])
    assert frame["Location (lat, long)"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").sum() > 50
    assert frame["Suspects"].isin(["none", "nil"]).any()
    assert frame["Incident No"].str.fullmatch(r"PW/20\d\d/\d{5}|TOTAL|Figures.*|").all()


def test_pubwatch_truth(paths: dict[str, Path]) -> None:
    truth = _of(_rows(paths), "national_pubwatch")
    tags = tags_of(truth)
    nations = truth.loc[tags.str.contains("detection_uk_nation")]
    kept = nations.loc[nations["expected_status"] != "quarantine", "detection_country"]
    assert len(kept) > 0
    assert kept.eq("GBR").all()
    assert truth["expected_reason"].eq("exact_repeat").sum() >= 1
    assert set(truth["date_precision"].dropna()) == {"day"}


# --------------------------------------------------------------------------------------
# TABC: XLSX from an SSRS report, US habits
# --------------------------------------------------------------------------------------
def test_tabc_cells(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["tabc_htu"])
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Case Number", "Offense Date", "Offense")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Offense Date"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 100
    typed = [d for d in dates if isinstance(d, str) and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    assert typed
    assert any(int(d.split("/")[1]) > 12 for d in typed)  # month first
    assert all(int(d.split("/")[0]) <= 12 for d in typed)
    offense = {r[col["Offense"]] for r in body}
    assert "Smuggling of Persons" in offense
    lat = [r[col["Latitude"]] for r in body if r[col["Latitude"]] is not None]
    assert all(isinstance(v, float) for v in lat)
    assert "Juvenile" in {r[col["Age Category"]] for r in body}
    assert "MEXICO" in {r[col["Citizenship"]] for r in body}
    assert body[-1][0] == "Grand Total"


def test_tabc_truth(paths: dict[str, Path]) -> None:
    truth = _of(_rows(paths), "tabc_htu")
    typed = truth.loc[tags_of(truth).str.contains("date_mdy") & truth["event_date"].notna()]
    assert len(typed) > 0
    assert set(truth["date_precision"].dropna()) == {"day"}


# --------------------------------------------------------------------------------------
# Efus: JSON lines in French, codes, mojibake, partial dates, WKT points
# --------------------------------------------------------------------------------------
def test_efus_lines(paths: dict[str, Path]) -> None:
    lines = paths["efus_nightlife"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["ref", "date_faits", "qualification", "forme_exploitation"]
    dates = [r["date_faits"] for r in recs if r["date_faits"]]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any("Ã" in str(r["pays_constat"]) or "Ã" in str(r["pays_origine"]) for r in recs)
    assert {"GR", "IT"} <= {r["pays_constat"] for r in recs}
    assert any(isinstance(r["nb_personnes"], int) for r in recs)
    assert recs[-1]["ref"] == "TOTAL"


def test_efus_points_are_lon_lat(paths: dict[str, Path]) -> None:
    truth = _of(_rows(paths), "efus_nightlife").set_index("source_row")
    lines = paths["efus_nightlife"].read_text(encoding="utf-8").splitlines()
    checked = 0
    for row, line in enumerate(lines, start=1):
        geom = json.loads(line)["geom"]
        exp = truth.loc[str(row)]
        if geom is None or pd.isna(exp["lat"]):
            continue
        lon, lat = (float(v) for v in re.findall(r"-?\d+\.\d+", geom))
        assert abs(lat - float(exp["lat"])) < TOLERANCE
        assert abs(lon - float(exp["lon"])) < TOLERANCE
        checked += 1
    assert checked > 100


def test_efus_partial_dates_only_here(paths: dict[str, Path]) -> None:
    truth = _rows(paths)
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert len(partial) > 0
    assert set(partial["source"]) == {"efus_nightlife"}


# --------------------------------------------------------------------------------------
# Ceuta: CSV, cp1252, ";", CRLF, Spanish inspection habits
# --------------------------------------------------------------------------------------
def test_ceuta_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ceuta_espectaculos"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Nº Acta;Fecha inspección;Hechos;")
    frame = pd.read_csv(
        io.StringIO(text), sep=";", dtype=str, keep_default_na=False, lineterminator="\n"
    )
    frame.columns = [c.strip() for c in frame.columns]
    frame = frame.apply(lambda s: s.str.rstrip("\r"))
    assert frame["Latitud"].str.fullmatch(r"\d+,\d{4}").sum() > 100
    assert frame["Longitud"].str.fullmatch(r"-\d+,\d{4}").sum() > 100
    assert frame["Hechos"].str.contains("318 bis").any()
    assert frame["Medio de entrada"].isin(["Cayuco", "Patera", "Salto de valla"]).sum() > 50
    women = frame.loc[frame["Sexo"].isin(["Mujeres", "Mujer"]), "Nacionalidad"]
    men = frame.loc[frame["Sexo"].isin(["Hombres", "Varón"]), "Nacionalidad"]
    assert women.str.endswith(("a", "í", "e")).any()
    assert not men.str.endswith("esa").any()
    assert frame["Nº personas afectadas"].str.fullmatch(r"\d\.\d{3}").any()
    assert frame["Fecha inspección"].str.fullmatch(r"\d\d/\d\d/\d{4}").sum() > 100
    assert frame["Fecha inspección"].str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()


# --------------------------------------------------------------------------------------
# Chepigana: XLSX, a municipal clerk's workbook in Darién
# --------------------------------------------------------------------------------------
def test_chepigana_cells(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["chepigana_licencias"])
    header, body = rows[0], rows[1:]
    assert header[:3] == ("No. Informe", "Fecha", "Delito")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha"]] for r in body]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # 2021-2023 serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    gps = [r[col["Coordenadas GPS"]] for r in body if isinstance(r[col["Coordenadas GPS"]], str)]
    assert gps
    assert all(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"O", g) for g in gps)
    assert "NNA" in {r[col["Edad"]] for r in body}
    assert "PANAMA" in {r[col["País"]] for r in body}
    assert "Total general" in {r[0] for r in body}


def test_chepigana_dms_truth(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["chepigana_licencias"])
    col = {h: i for i, h in enumerate(rows[0])}
    truth = _of(_rows(paths), "chepigana_licencias").set_index("source_row")
    checked = 0
    for n, row in enumerate(rows[1:], start=2):
        cell = row[col["Coordenadas GPS"]]
        exp = truth.loc[str(n)]
        if not isinstance(cell, str) or pd.isna(exp["lat"]):
            continue
        parts = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", cell)]
        lat = parts[0] + parts[1] / 60 + parts[2] / 3600
        lon = -(parts[3] + parts[4] / 60 + parts[5] / 3600)
        assert abs(lat - float(exp["lat"])) < 1e-4
        assert abs(lon - float(exp["lon"])) < 1e-4
        checked += 1
    assert checked > 100
