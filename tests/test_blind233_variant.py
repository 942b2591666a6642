"""The examiner set ``blind233`` (files ``*_ia.*``): anti-corruption and oversight bodies.

These tests check what the set promises: its files, its truth, and that the bytes show each
agency's habits (encodings, delimiters, header words, date styles, coordinates). None of
them cleans or scores.
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
from trendlib.samples._blind233 import SOURCES

VARIANT = "blind233"
SEED = 233
N_EVENTS = 1500
SMALL_SEED = 2331
SMALL_EVENTS = 400
SUFFIX = "_ia"
NAMES = [s.source for s in SOURCES]
# Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: 4 or 5 decimals, or tenths of an arc second


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


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by ``source_row``."""
    rows = truth.loc[truth["source_file"] == filename].copy()
    return rows.set_index(rows["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by the row number a person counts (header 1)."""
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import write_samples

    got = write_samples(tmp_path, seed=SEED + n_events, n_events=n_events, variant=VARIANT)
    rows = _truth(got)
    records = rows.loc[rows["expected_status"] == "record", "source"].value_counts()
    assert set(records.index) == set(NAMES)
    assert (records >= 5).all()


def test_sources_are_the_five_bodies(truth: pd.DataFrame) -> None:
    assert set(truth["source"]) == set(NAMES)
    assert len(NAMES) == 5
    files = {s.filename for s in SOURCES}
    assert files == set(truth["source_file"])
    formats = {s.format for s in SOURCES}
    assert formats == {"csv", "xlsx", "jsonl"}


def test_repeats_only_where_the_agency_resends(truth: pd.DataFrame) -> None:
    repeated = set(truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"])
    assert repeated == {"igpn_ia.csv", "globe_network_ia.jsonl"}


# --------------------------------------------------------------------------------------
# Spain: Fiscalía contra la Corrupción y la Criminalidad Organizada (XLSX)
# --------------------------------------------------------------------------------------
def test_fiscalia_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["fiscalia_anticorrupcion_ia"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº Diligencias", "Fecha hechos", "Tipo penal")
    assert "Finalidad de explotación" in header
    assert "Delitos conexos" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha hechos"]] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, bare serials, typed text
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"\d\d/20\d\d", d) for d in texts)  # month only
    crimes = {str(r[col["Tipo penal"]]).strip().lower() for r in rows[1:]}
    assert any("318 bis" in c for c in crimes)
    nats = {str(r[col["Nacionalidad"]]).strip() for r in rows[1:]}
    assert nats & {"marroquí", "argelino", "senegalés", "maliense", "rumano"}
    assert "No consta" in {str(r[col["Edad"]]) for r in rows[1:]} | nats
    lats = [r[col["Latitud"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{5}", v) for v in lats)
    # a bare serial is the day the truth expects
    mine = _rows(truth, "fiscalia_anticorrupcion_ia.xlsx")
    for i, d in enumerate(dates, start=2):
        if isinstance(d, int) and mine.loc[i, "expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=d)
            assert day.strftime("%Y-%m-%d") == mine.loc[i, "event_date"]


# --------------------------------------------------------------------------------------
# France: IGPN (cp1252, ";")
# --------------------------------------------------------------------------------------
def test_igpn_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["igpn_ia"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° saisine;Date des faits;Pays de constatation;Qualification;")
    assert "\r\n" in text
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarters the French way
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";-?\d+,\d{5};-?\d+,\d{5};", text)  # decimal commas
    assert "aide à l'entrée" in text.lower()
    assert "sans objet" in text
    assert "Ã" in text  # names pasted from a UTF-8 mail
    mine = tags_of(truth).loc[truth["source_file"] == "igpn_ia.csv"]
    assert mine.str.contains("mojibake").any()
    others = tags_of(truth).loc[truth["source_file"] != "igpn_ia.csv"]
    assert not others.str.contains("mojibake").any()


def test_igpn_coordinates_are_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths["igpn_ia"], "cp1252", ";")
    mine = _rows(truth, "igpn_ia.csv")
    kept = mine.loc[mine["lat"].notna()]
    assert len(kept) > 20
    for row, exp in kept.iterrows():
        lat = float(cells.loc[row, "Latitude"].replace(",", "."))
        lon = float(cells.loc[row, "Longitude"].replace(",", "."))
        assert abs(lat - float(exp["lat"])) < TOLERANCE
        assert abs(lon - float(exp["lon"])) < TOLERANCE


# --------------------------------------------------------------------------------------
# United Kingdom: IOPC (UTF-8 with BOM, ",")
# --------------------------------------------------------------------------------------
def test_iopc_bytes(paths: dict[str, Path]) -> None:
    raw = paths["iopc_ia"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("IOPC reference,Date of incident,Offence category,")
    assert '"Location (lat, long)"' in text.splitlines()[0]
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d,",
        text,
    )
    assert re.search(r",\d\d-[A-Z][a-z]{2}-20\d\d,", text)
    assert re.search(r',"\d+\.\d{5}, -?\d+\.\d{5}"', text)
    assert "Facilitation (s.25 IA 1971)" in text
    assert "Modern slavery" in text


def test_iopc_dates_are_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths["iopc_ia"], "utf-8-sig", ",")
    mine = _rows(truth, "iopc_ia.csv")
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    seen = 0
    for row, exp in kept.iterrows():
        cell = cells.loc[row, "Date of incident"]
        if exp["date_precision"] == "day":
            fmt = "%d/%m/%Y" if "/" in cell else "%d-%b-%Y" if "-" in cell else "%d %B %Y"
            got = pd.to_datetime(cell, format=fmt)
        else:
            got = pd.to_datetime(cell, format="%B %Y")
        assert got.strftime("%Y-%m-%d") == exp["event_date"], (row, cell)
        seen += 1
    assert seen > 50


# --------------------------------------------------------------------------------------
# Panama: ANTAI (UTF-16, tab)
# --------------------------------------------------------------------------------------
def _dms(text: str) -> tuple[float, float]:
    parts = re.findall(r"(\d+)°(\d+)'([\d.]+)\"([NSEW])", text)
    out = []
    for deg, minutes, sec, hem in parts:
        value = int(deg) + int(minutes) / 60 + float(sec) / 3600
        out.append(-value if hem in "SW" else value)
    return out[0], out[1]


def test_antai_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["antai_ia"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text"
    text = raw.decode("utf-16")
    assert text.startswith("No. Expediente\tFecha del hecho\tTipo de delito\t")
    assert re.search(r"\t\d{1,2}/\d/20\d\d\t", text)  # months not zero-padded
    assert re.search(r"\t\d\d/\d\d/20\d\d 00:00:00\t", text)
    assert "NNA" in text
    assert "Tráfico ilícito de migrantes" in text
    cells = _csv(paths["antai_ia"], "utf-16", "\t")
    mine = _rows(truth, "antai_ia.csv")
    kept = mine.loc[mine["lat"].notna()]
    assert len(kept) > 50
    for row, exp in kept.iterrows():
        lat, lon = _dms(cells.loc[row, "Coordenadas GPS"])
        assert abs(lat - float(exp["lat"])) < TOLERANCE
        assert abs(lon - float(exp["lon"])) < TOLERANCE
    big = mine.loc[mine["n_persons"].notna() & (mine["n_persons"].astype(float) >= 1000)]
    for row, exp in big.iterrows():  # thousands with a comma, the Panamanian way
        assert cells.loc[row, "Cantidad de personas"] == f"{int(exp['n_persons']):,}"


# --------------------------------------------------------------------------------------
# GlobE Network compilation (JSON lines)
# --------------------------------------------------------------------------------------
def test_globe_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["globe_network_ia"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == (truth["source_file"] == "globe_network_ia.jsonl").sum()
    assert list(recs[0])[:3] == ["case_id", "date_of_offence", "country_of_offence"]
    dates = [r["date_of_offence"] for r in recs if r["date_of_offence"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    countries = {r["nationality"] for r in recs} | {r["country_of_origin"] for r in recs}
    assert "Syrian Arab Republic" in countries
    assert any(isinstance(c, str) and re.fullmatch(r"\d{3}", c) for c in countries)  # M49
    assert any(isinstance(r["persons_involved"], int) for r in recs)
    assert any(r["latitude"] == 0 and r["longitude"] == 0 for r in recs)  # "not given"
    mine = _rows(truth, "globe_network_ia.jsonl")
    zero = mine.loc[
        tags_of(truth)
        .loc[truth["source_file"] == "globe_network_ia.jsonl"]
        .str.contains("coords_placeholder")
        .to_numpy()
    ]
    assert len(zero) > 0
    assert zero["lat"].isna().all()


def test_detection_countries_route_to_their_body(truth: pd.DataFrame) -> None:
    firsts = truth.loc[truth["expected_status"] == "record"]
    by_country = firsts.dropna(subset=["detection_country"]).groupby("detection_country")
    owner = by_country["source"].agg(lambda s: s.value_counts().index[0])
    assert owner["ESP"] == "fiscalia_anticorrupcion_ia"
    assert owner["FRA"] == "igpn_ia"
    assert owner["GBR"] == "iopc_ia"
    assert owner["PAN"] == "antai_ia"
    assert owner["ITA"] == owner["USA"] == owner["POL"] == "globe_network_ia"
