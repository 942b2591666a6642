"""Examiner set ``blind352`` (files ``*_mp.*``): what the files and their truth promise.

Five private-security sources (Spain's UCSP, Panama's DIASP, Mexico's DGSP, Seris's
compliance desk, the CoESS compilation). These tests check the bytes and the truth only:
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
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
from trendlib.samples._blind352 import SOURCES as BLIND_SOURCES
from trendlib.samples._blind352 import make_blind352

VARIANT = "blind352"
SEED = 352
N_EVENTS = 1500
SMALL_SEED = 3521
SMALL_EVENTS = 400
SOURCES = (
    "ucsp_policia_es",
    "diasp_pa",
    "dgsp_sspc_mx",
    "seris_conformite_fr",
    "coess_secretariat",
)
# Fields every row gives as the event has them (no blank planted in them).
FIELDS = ("crime_type", "exploitation", "transit_countries", "linked_offences")
TOLERANCE = 1e-3
EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(path: Path) -> dict[int, dict[str, object]]:
    """Cells of each written row by its source_row (header = 1 in CSV/XLSX; JSONL from 1)."""
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return {i: json.loads(line) for i, line in enumerate(lines, start=1)}
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path, read_only=True).active
        assert sheet is not None
        values = list(sheet.iter_rows(values_only=True))
        head = [str(h) for h in values[0]]
        width = len(head)  # a read-only sheet leaves out the empty cells at a row's end
        return {
            i: dict(zip(head, (*v, *[None] * (width - len(v))), strict=True))
            for i, v in enumerate(values[1:], start=2)
        }
    src = next(s for s in BLIND_SOURCES if s.filename == path.name)
    text = path.read_bytes().decode(src.encoding)
    reader = list(csv.reader(io.StringIO(text, newline=""), delimiter=src.delimiter or ","))
    head = reader[0]
    return {i: dict(zip(head, r, strict=True)) for i, r in enumerate(reader[1:], start=2)}


def _kept(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[
        (truth["source_file"] == filename) & (truth["expected_status"] != "quarantine")
    ]
    return rows.assign(tags=tags_of(truth).loc[rows.index])


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_mp", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_mp", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind352(make_truth(seed=7, n_events=n_events), seed=7)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_every_written_row_is_in_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source in SOURCES:
        path = paths[source]
        rows = _rows(path)
        mine = truth.loc[truth["source_file"] == path.name]
        assert sorted(rows) == sorted(mine["source_row"].astype(int)), path.name
        ref = next(h for h in next(iter(rows.values())))  # the reference column comes first
        for r in mine.itertuples():
            written = rows[int(r.source_row)][ref]
            assert (written or None) == (None if pd.isna(r.source_ref) else r.source_ref)


# --------------------------------------------------------------------------------------
# Spain, UCSP: cp1252, ";", CRLF, demonyms, article numbers, decimal commas
# --------------------------------------------------------------------------------------
def test_ucsp_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ucsp_policia_es"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0]
    assert head.startswith("Nº comunicación;Fecha de los hechos;Tipología delictiva;")
    assert "Latitud;Longitud" in head
    assert "País de destino" not in head  # a landing report does not know the destination
    rows = _rows(paths["ucsp_policia_es"])
    kept = _kept(truth, "ucsp_policia_es_mp.csv")
    for r in kept.itertuples():
        cells = rows[int(r.source_row)]
        assert re.fullmatch(r"RA-20\d\d-\d{5}", cells["Nº comunicación"])
        assert re.fullmatch(r"\d\d/\d\d/20\d\d( \d\d:\d\d)?", cells["Fecha de los hechos"])
        day = pd.Timestamp(datetime.strptime(cells["Fecha de los hechos"][:10], "%d/%m/%Y"))
        assert day == pd.Timestamp(r.event_date)
        if cells["Latitud"]:
            assert "," in cells["Latitud"]
            assert "." not in cells["Latitud"]
            assert abs(float(cells["Latitud"].replace(",", ".")) - float(r.lat)) < TOLERANCE
        crime = cells["Tipología delictiva"]
        if "318 bis" in crime and "177" not in crime and "TSH" not in crime:
            assert r.crime_type == "smuggling"
        if "thousands:n_persons" in r.tags:
            assert re.fullmatch(r"\d{1,3}\.\d{3}", cells["Nº personas (víctimas/migrantes)"])
            assert int(r.n_persons) >= 1000
        if cells["Países de tránsito"] == "DIRECTO":
            assert pd.isna(r.transit_countries)
    assert pd.isna(kept["destination_country"]).all()
    demonyms = kept.loc[kept["tags"].str.contains("demonym:nationality")]
    assert len(demonyms) > 50
    said = {rows[int(s)]["Nacionalidad"].strip().upper() for s in demonyms["source_row"]}
    assert {"MARROQUÍ", "SENEGALÉS"} & said


# --------------------------------------------------------------------------------------
# Panama, DIASP: workbook, date cells and serials, GPS in degrees-minutes-seconds
# --------------------------------------------------------------------------------------
def _from_dms(cell: str) -> tuple[float, float]:
    parts = re.findall(r"(\d+)°(\d\d)'(\d\d\.\d)\"([NSEW])", cell)
    assert len(parts) == 2, cell
    out = []
    for deg, minutes, sec, hemi in parts:
        value = int(deg) + int(minutes) / 60 + float(sec) / 3600
        out.append(-value if hemi in "SW" else value)
    return out[0], out[1]


def test_diasp_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(paths["diasp_pa"])
    kept = _kept(truth, "diasp_pa_mp.xlsx")
    kinds = {"cell": 0, "serial": 0, "dms": 0, "pair": 0}
    for r in kept.itertuples():
        cells = rows[int(r.source_row)]
        date = cells["Fecha del incidente"]
        if isinstance(date, datetime):
            kinds["cell"] += 1
            assert pd.Timestamp(date) == pd.Timestamp(r.event_date)
        else:
            assert isinstance(date, int)
            kinds["serial"] += 1
            assert EXCEL_EPOCH + pd.Timedelta(days=date) == pd.Timestamp(r.event_date)
        gps = cells["Coordenadas GPS"]
        if isinstance(gps, str) and "°" in gps:
            kinds["dms"] += 1
            lat, lon = _from_dms(gps)
            assert abs(lat - float(r.lat)) < 1e-4
            assert abs(lon - float(r.lon)) < 1e-4
        elif isinstance(gps, str) and re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", gps):
            kinds["pair"] += 1
        else:
            assert pd.isna(r.lat)
        if cells["Grupo etario"] == "NNA":
            assert r.age_group == "child"
        if cells["Sexo"] == "M":
            assert r.gender == "male"  # Masculino on a Panamanian form
        assert isinstance(cells["Cantidad de personas"], int) or "count_placeholder" in r.tags
    assert all(v > 0 for v in kinds.values()), kinds
    assert set(kept["detection_country"].dropna()) == {"PAN"}


# --------------------------------------------------------------------------------------
# Mexico, DGSP: JSON lines, capitals, Mexican legal words, month-only returns
# --------------------------------------------------------------------------------------
def test_dgsp_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dgsp_sspc_mx"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    assert b"\xc3\x81" in raw  # capital Á written as UTF-8, not escaped
    rows = _rows(paths["dgsp_sspc_mx"])
    assert all(list(r)[:2] == ["folio", "fecha_hechos"] for r in rows.values())
    kept = _kept(truth, "dgsp_sspc_mx_mp.jsonl")
    months = 0
    for r in kept.itertuples():
        cells = rows[int(r.source_row)]
        date = str(cells["fecha_hechos"])
        if re.fullmatch(r"20\d\d-\d\d", date):
            months += 1
            assert r.date_precision == "month"
            assert r.event_date == date + "-01"
        else:
            assert r.date_precision == "day"
            assert date[:10] == r.event_date
        crime = cells["tipo_delito"]
        assert crime == crime.upper()
        if crime in ("TRÁFICO DE PERSONAS", "TRÁFICO ILÍCITO DE MIGRANTES"):
            assert r.crime_type == "smuggling"
        if crime == "TRATA DE PERSONAS":
            assert r.crime_type == "trafficking"
        if cells["modalidad_explotacion"] == "NO APLICA":
            assert pd.isna(r.exploitation)
        if cells["probables_responsables"] == "NINGUNO":
            assert r.n_suspects == "0"
        if cells["latitud"] is not None:
            assert isinstance(cells["latitud"], float)
    assert months > 0
    assert set(kept["detection_country"].dropna()) == {"USA"}


# --------------------------------------------------------------------------------------
# France, Seris: UTF-8 with BOM, ",", French words, mojibake, hemisphere GPS
# --------------------------------------------------------------------------------------
def test_seris_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["seris_conformite_fr"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("N° signalement,Date des faits,Nature des faits,")
    assert "Pays d'origine" not in text.splitlines()[0]
    rows = _rows(paths["seris_conformite_fr"])
    kept = _kept(truth, "seris_conformite_fr_mp.csv")
    assert pd.isna(kept["origin_country"]).all()
    garbled = kept.loc[kept["tags"].str.contains("mojibake")]
    assert len(garbled) > 0
    for r in garbled.itertuples():
        assert any("Ã" in str(v) for v in rows[int(r.source_row)].values())
    for r in kept.itertuples():
        cells = rows[int(r.source_row)]
        date = cells["Date des faits"]
        assert re.fullmatch(r"\d\d/\d\d/20\d\d|\d{1,2} \S+ 20\d\d", date), date
        if "/" in date:
            assert pd.Timestamp(datetime.strptime(date, "%d/%m/%Y")) == pd.Timestamp(r.event_date)
        gps = cells["Coordonnées GPS"]
        hit = re.fullmatch(r"(\d+\.\d{5})([NS]), (\d+\.\d{5})([EW])", gps)
        if hit:
            lat = float(hit[1]) * (1 if hit[2] == "N" else -1)
            lon = float(hit[3]) * (1 if hit[4] == "E" else -1)
            assert abs(lat - float(r.lat)) < TOLERANCE
            assert abs(lon - float(r.lon)) < TOLERANCE
        else:
            assert gps in ("", "NC")
            assert pd.isna(r.lat)
        if cells["Pays de transit"]:
            assert cells["Pays de transit"].count(" > ") == str(r.transit_countries).count("|")


# --------------------------------------------------------------------------------------
# CoESS: English compilation, quarters, ISO codes, every other country
# --------------------------------------------------------------------------------------
def test_coess_compilation(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(paths["coess_secretariat"])
    kept = _kept(truth, "coess_secretariat_mp.xlsx")
    quarters = kept.loc[kept["date_precision"] == "quarter"]
    assert len(quarters) > 0
    for r in quarters.itertuples():
        cell = rows[int(r.source_row)]["Date of incident"]
        hit = re.fullmatch(r"Q([1-4]) (20\d\d)", str(cell))
        assert hit, cell
        start = pd.Period(f"{hit[2]}Q{hit[1]}", freq="Q").start_time
        assert pd.Timestamp(r.event_date) == start
    styles = {type(rows[int(s)]["Date of incident"]).__name__ for s in kept["source_row"]}
    assert styles == {"datetime", "str"}
    firsts = kept.loc[kept["expected_status"] == "record", "detection_country"].dropna()
    assert not set(firsts) & {"ESP", "PAN", "USA", "FRA"}
    assert {"ITA", "GRC", "GBR"} <= set(firsts)
    iso = kept.loc[kept["tags"].str.contains("iso3:nationality")]
    assert all(
        rows[int(s)]["Nationality"] == n
        for s, n in zip(iso["source_row"], iso["nationality"], strict=True)
    )


def test_second_reports_come_from_another_agency(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(zip(cross["source_file"], cross["duplicate_of"].str.split(":").str[0], strict=True))
    assert all(a != b for a, b in pairs)
    assert ("coess_secretariat_mp.xlsx", "seris_conformite_fr_mp.csv") in pairs
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"ucsp_policia_es_mp.csv", "coess_secretariat_mp.xlsx"}


def test_coess_eu_country_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(paths["coess_secretariat"])
    kept = _kept(truth, "coess_secretariat_mp.xlsx")
    eu = kept.loc[kept["tags"].str.contains("eu_code:detection_country")]
    assert len(eu) > 0
    codes = {
        "EL": "GRC",
        "UK": "GBR",
        "IT": "ITA",
        "HR": "HRV",
        "PL": "POL",
        "ES": "ESP",
        "FR": "FRA",
    }
    for r in eu.itertuples():
        assert codes[rows[int(r.source_row)]["Country of incident"]] == r.detection_country
