"""The examiner's held-out sample set ``blind436`` (spa and wellness desks, ``*_pv.*``).

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples._blind436 import SOURCES, make_blind436

VARIANT = "blind436"
SEED = 436
N_EVENTS = 1500
SMALL_SEED = 4361
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
UK, FR, ES, MX, PA = NAMES
#: Fields every row gives as the event has them (no desk leaves them out).
FAITHFUL = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one desk, indexed by source row."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV as text cells, indexed by source row (header = row 1)."""
    frame = pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)
    frame.index = range(2, 2 + len(frame))
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_pv", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_pv", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FAITHFUL, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind436(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert sub.expected["expected_status"].eq("record").sum() > 0, (n, sub.filename)


def test_each_desk_has_its_own_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by = truth["source"]
    assert tags[by == UK].str.contains("demonym").any()
    assert not tags[by != UK].str.contains("demonym").any()
    assert tags[by == MX].str.contains("mojibake").any()
    assert not tags[by != MX].str.contains("mojibake").any()
    assert tags[by == MX].str.contains("excel_serial").any()
    assert tags[by == ES].str.contains("coords_dms").any()
    assert tags[by == FR].str.contains("decimal_comma").any()
    assert tags[by == PA].str.contains("iso_numeric").any()
    ok = truth["expected_status"] != "quarantine"
    prec = truth.loc[ok].groupby("source")["date_precision"].agg(set)
    assert prec[FR] == {"day", "quarter"}
    assert prec[ES] == prec[MX] == prec[PA] == {"day", "month"}
    assert prec[UK] == {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# The bytes of each desk
# --------------------------------------------------------------------------------------
def test_uk_log_is_an_excel_book(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths[UK]
    assert path.read_bytes()[:2] == b"PK"
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    head = rows[0]
    assert head[:3] == ("Case ref", "Date identified", "Country identified")
    assert "Location (lat, long)" in head
    assert "Route (via)" in head
    col = {h: i for i, h in enumerate(head)}
    body = rows[1:]
    dates = [r[col["Date identified"]] for r in body]
    assert sum(hasattr(d, "year") for d in dates) > 0.8 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    people = [r[col["No. of people"]] for r in body if r[0] != "TOTAL"]
    assert sum(isinstance(p, int) for p in people) > 0.9 * len(people)
    nats = {r[col["Nationality"]] for r in body}
    assert {"Vietnamese", "Albanian"} & nats
    assert any(" > " in str(r[col["Route (via)"]]) for r in body)
    assert {"UK", "GB"} <= {r[col["Country identified"]] for r in body}
    places = [r[col["Location (lat, long)"]] for r in body if r[col["Location (lat, long)"]]]
    assert all(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", p) for p in places)
    words = {r[col["Concern type"]] for r in body}
    assert {"Modern slavery", "People smuggling"} <= words
    # the rows re-sent after the total repeat earlier rows cell for cell
    total = next(i for i, r in enumerate(body) if r[0] == "TOTAL")
    assert all(r in body[:total] for r in body[total + 1 :])
    assert len(body) - total - 1 == _rows(truth, UK)["expected_reason"].eq("exact_repeat").sum()


def test_french_desk_is_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FR].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    first = text.split("\r\n")[0].split(";")
    assert first[:3] == ["N° fiche", "Date des faits", "Qualification"]
    assert "Nb mis en cause" in first
    assert "Latitude" in first
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";\d{2},\d{4};-?\d+,\d{4};", text)
    assert re.search(r";\d\xa0\d{3};|;\d \d{3};", text)
    frame = _csv(paths[FR], "cp1252", ";")
    rows = _rows(truth, FR)
    assert {"aucun", "néant"} & set(frame["Nb mis en cause"])
    assert {"H/F", "MNA"} <= set(frame["Sexe"]) | set(frame["Majeur/Mineur"])
    assert frame["Nationalité"].str.fullmatch(r"[A-Z]{3}").any()
    assert {"Italie", "Grèce", "Croatie", "Pologne", "France"} <= set(frame["Pays de constatation"])
    # the truth reads the day-first dates and the decimal commas as written
    day = rows["date_precision"].eq("day") & rows["expected_status"].ne("quarantine")
    for i in rows.index[day]:
        cell = frame.loc[i, "Date des faits"]
        fmt = "%d/%m/%Y" if len(cell) == 10 else "%d/%m/%y"
        assert pd.to_datetime(cell, format=fmt).strftime("%Y-%m-%d") == rows.loc[i, "event_date"]
    placed = rows["lat"].notna()
    lat = frame.loc[rows.index[placed], "Latitude"].str.replace(",", ".").astype(float)
    assert (lat - rows.loc[placed, "lat"].astype(float)).abs().max() < 1e-9


def test_spanish_desk_is_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ES].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    first = raw.decode("utf-16").splitlines()[0].split("\t")
    assert first[:2] == ["Nº expediente", "Fecha del hecho"]
    frame = _csv(paths[ES], "utf-16", "\t")
    rows = _rows(truth, ES)
    assert frame["Fecha del hecho"].str.fullmatch(r"\d\d/20\d\d").any()
    assert frame["Nº víctimas/migrantes"].str.fullmatch(r"\d{1,2}\.\d{3}").any()
    assert frame["Nacionalidad"].str.fullmatch(r"[A-Z]{2}").any()
    assert frame["Nacionalidad"].str.match(r"\s|.*\s$").any()
    assert {"Patera", "Cayuco"} <= set(frame["Medio de transporte"])
    # coordinates in degrees, minutes and seconds: the truth says what they say
    dms = re.compile(r"(\d+)º(\d\d)'(\d\d)\" ([NS]) (\d+)º(\d\d)'(\d\d)\" ([EO])")
    placed = rows["lat"].notna()
    assert placed.sum() > 100
    for i in rows.index[placed]:
        m = dms.fullmatch(frame.loc[i, "Coordenadas"])
        assert m is not None, frame.loc[i, "Coordenadas"]
        lat = int(m[1]) + int(m[2]) / 60 + int(m[3]) / 3600
        lon = (int(m[5]) + int(m[6]) / 60 + int(m[7]) / 3600) * (-1 if m[8] == "O" else 1)
        assert abs(lat - float(rows.loc[i, "lat"])) < 1e-9
        assert abs(lon - float(rows.loc[i, "lon"])) < 1e-9


def test_mexican_desk_is_utf8_bom_commas(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MX].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Folio,Fecha de detección,Tipo de delito,")
    assert "Ã" in text  # rows pasted from a mis-decoded export
    frame = _csv(paths[MX], "utf-8-sig", ",")
    rows = _rows(truth, MX)
    assert {"EUA", "E.U.A."} <= set(frame["País donde se detectó"])
    assert {"Trata de personas", "Tráfico de personas"} <= set(frame["Tipo de delito"])
    assert {"H", "M", "NNA"} <= set(frame["Sexo"]) | set(frame["Grupo de edad"])
    serial = frame["Fecha de detección"].str.fullmatch(r"4\d{4}")
    assert serial.any()
    for i in frame.index[serial]:
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(
            days=int(frame.loc[i, "Fecha de detección"])
        )
        assert day.strftime("%Y-%m-%d") == rows.loc[i, "event_date"]
    assert frame["Fecha de detección"].str.fullmatch(r"(?i:[a-z]+) 20\d\d").any()


def test_panama_desk_is_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[PA].read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines]
    assert list(docs[0])[:3] == ["id_reporte", "fecha_deteccion", "tipo_caso"]
    rows = _rows(truth, PA)
    assert len(docs) == len(rows)
    kept = [d for i, d in enumerate(docs, start=1) if rows.loc[i, "expected_status"] == "record"]
    assert {d["pais_deteccion"] for d in kept if d["pais_deteccion"]} == {"591"}
    assert all(isinstance(d["paises_transito"], list) for d in kept if d["paises_transito"])
    dates = [d["fecha_deteccion"] for d in kept]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT00:00:00", d) for d in dates)
    assert all(re.fullmatch(r"[A-Z]{2}", d["pais_origen"]) for d in kept)
    assert any(isinstance(d["cantidad_personas"], int) for d in kept)
    assert docs[-1]["id_reporte"] == "total"
