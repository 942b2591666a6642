"""The ``blind29`` held-out sample set (files ``*_ae.*``): its files and its truth.

These tests check what the set writes and what its truth promises; none of them cleans
or scores the files.
"""

from __future__ import annotations

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
from trendlib.samples import write_samples
from trendlib.samples._blind29 import BLIND29_SOURCES

SEED = 29
N_EVENTS = 1500
SMALL_SEED = 191
SMALL_EVENTS = 400
VARIANT = "blind29"
SOURCES = [s.source for s in BLIND29_SOURCES]
BY_SOURCE = {s.source: s for s in BLIND29_SOURCES}
#: Fields every row gives as the event has them (the rest are checked by their tags).
FIELDS = (
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
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _csv_cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """A CSV file's cells as text, with the truth's row numbers as index."""
    src = BY_SOURCE[source]
    frame = pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, 2 + len(frame))
    return frame


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ae", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ae", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_seeds_write(tmp_path: Path) -> None:
    paths = write_samples(tmp_path / "s5", seed=5, n_events=1500, variant=VARIANT)
    assert {p.name for p in paths.values()} >= {s.filename for s in BLIND29_SOURCES}


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_sources_cover_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND29_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND29_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND29_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) >= 3
    assert len({s.delimiter for s in csv}) >= 3
    assert all(s.filename.rsplit(".", 1)[0].endswith("_ae") for s in BLIND29_SOURCES)


def test_vsat_is_utf8_with_bom_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["vsat_lt"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(";")
    assert header == list(BY_SOURCE["vsat_lt"].headers.values())
    assert "pasienio rinktinė" in text  # Lithuanian frontier districts, in UTF-8


def test_slovenia_is_cp1250_tabs(paths: dict[str, Path]) -> None:
    raw = paths["policija_si"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1250")
    assert text.splitlines()[0].split("\t") == list(BY_SOURCE["policija_si"].headers.values())
    assert b"Zap. \x9at." in raw  # š is 0x9A in cp1250
    assert "Črnomelj".encode("cp1250") in raw  # Č = 0xC8, an È in cp1252


def test_dij_is_cp1252_commas_spanish(paths: dict[str, Path]) -> None:
    raw = paths["dij_pa"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.startswith("No. Noticia Criminal,Fecha del hecho,")
    assert "Cant. personas (víctimas/migrantes)" in header


def test_ccpd_is_french_dutch_xlsx(paths: dict[str, Path]) -> None:
    raw = paths["ccpd_tournai"].read_bytes()
    assert raw[:2] == b"PK"
    sheet = load_workbook(paths["ccpd_tournai"], read_only=True).active
    header = next(sheet.iter_rows(values_only=True))
    assert list(header) == list(BY_SOURCE["ccpd_tournai"].headers.values())
    assert "Date des faits / Datum feiten" in header


def test_ptn_is_json_lines_with_camel_case_keys(paths: dict[str, Path]) -> None:
    lines = paths["ptn_nordic"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == list(BY_SOURCE["ptn_nordic"].headers.values()) for r in records)
    assert any(isinstance(r["personsCount"], int) for r in records)
    assert any(isinstance(r["personsCount"], str) for r in records)


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_vsat_quirks(paths: dict[str, Path]) -> None:
    text = paths["vsat_lt"].read_text(encoding="utf-8-sig")
    assert "Art. 264 §3 PL CC" in text
    assert re.search(r";20\d\d\.\d\d\.\d\d;", text)  # dotted ISO order
    assert re.search(r";20\d\d-\d\d-\d\d \d\d:\d\d;", text)  # with the apprehension time
    assert re.search(r";\d+ \(driver\);|;\d+ \(guide\);", text)


def test_slovenia_quirks(paths: dict[str, Path]) -> None:
    cells = _csv_cells(paths, "policija_si")
    dates = cells["Datum / Date"]
    assert dates.str.fullmatch(r"\d{1,2}\. \d{1,2}\. 20\d\d").any()  # Slovene spaced day
    assert cells["Kaznivo dejanje / Criminal offence"].str.contains("KZ-1").any()
    assert (cells["Oblika izkoriščanja / Exploitation"] == "/").any()
    assert cells["GPS (WGS84)"].str.fullmatch(r"\d+,\d{5} \d+,\d{5}").any()  # decimal commas
    countries = cells["Država odkritja / Country of detection"]
    assert (countries == "EL").any() or cells["Tranzit / Transit"].str.contains("EL").any()


def test_dij_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv_cells(paths, "dij_pa")
    coords = cells["Coordenadas"]
    assert coords.str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"O").any()  # O = oeste
    assert (cells["Grupo etario"] == "NNA").any()
    assert cells.apply(lambda col: col.str.contains("Ã")).any().any()  # mojibake
    assert cells["Fecha del hecho"].str.contains(r"\d de [a-z]+ de 20\d\d").any()
    assert cells["Cant. personas (víctimas/migrantes)"].str.fullmatch(r"\d,\d{3}").any()
    # a sex split "H: 7 / M: 5" adds up to the persons the truth expects
    rows = _rows_of(truth, "dij_pa")
    split = cells["Sexo"].str.extract(r"^H: (\d+) / M: (\d+)$").dropna()
    assert len(split) > 0
    for row, (men, women) in split.iterrows():
        assert rows.loc[row, "gender"] == "mixed"
        assert int(men) + int(women) == int(rows.loc[row, "n_persons"])


def test_dij_coordinates_read_back_to_the_truth(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _csv_cells(paths, "dij_pa")
    rows = _rows_of(truth, "dij_pa")
    pattern = r"(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EO])"
    dms = cells["Coordenadas"].str.extract(pattern).dropna()
    assert len(dms) > 20
    for row, g in dms.iterrows():
        if rows.loc[row, "expected_status"] == "quarantine":
            continue
        lat = float(g[0]) + float(g[1]) / 60 + float(g[2]) / 3600
        lon = float(g[4]) + float(g[5]) / 60 + float(g[6]) / 3600
        lat = -lat if g[3] == "S" else lat
        lon = -lon if g[7] == "O" else lon
        assert abs(lat - float(rows.loc[row, "lat"])) < 1e-6
        assert abs(lon - float(rows.loc[row, "lon"])) < 1e-6


def test_ccpd_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["ccpd_tournai"]).active  # full-width rows
    rows = list(sheet.iter_rows(values_only=True))[1:]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) for d in dates)  # bare Excel serials
    french = (
        r"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    )
    assert any(isinstance(d, str) and re.search(french + r" 20\d\d", d) for d in dates)
    crimes = {r[3] for r in rows if isinstance(r[3], str)}
    assert any("77bis" in c for c in crimes)  # Belgian "trafic" = smuggling
    # a bare serial reads, as Excel counts days, to the day the truth expects
    expected = _rows_of(truth, "ccpd_tournai")
    for i, d in enumerate(dates, start=2):
        if isinstance(d, int) and expected.loc[i, "expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=d)
            assert day.strftime("%Y-%m-%d") == expected.loc[i, "event_date"]


def test_ptn_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["ptn_nordic"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    expected = _rows_of(truth, "ptn_nordic")
    stamps = 0
    for i, rec in enumerate(records, start=1):
        date = rec["incidentDate"]
        if isinstance(date, str) and re.fullmatch(r"20\d\d-\d\d-\d\dT.*[+-]\d\d:00", date):
            stamps += 1
            if expected.loc[i, "expected_status"] != "quarantine":
                utc = pd.Timestamp(date).tz_convert("UTC")  # same day locally and in UTC
                assert utc.strftime("%Y-%m-%d") == expected.loc[i, "event_date"]
    assert stamps > 50
    offences = [r["offenceCategory"] for r in records]
    assert any(isinstance(o, str) and o.startswith("THB – ") for o in offences)
    assert any(isinstance(r["incidentDate"], str) and "-Q" in r["incidentDate"] for r in records)


def test_tags_cover_the_quirks(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    wanted = {
        "date_month",
        "date_quarter",
        "excel_serial",
        "excel_date",
        "timestamp_offset",
        "dms",
        "degrees_minutes",
        "decimal_comma",
        "hemisphere",
        "sex_split",
        "mojibake",
        "na_word",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "coords_placeholder",
        "coords_missing",
        "expl_in_offence",
        "legal_article",
        "belgian_term",
        "iso2",
        "iso3",
        "demonym",
    }
    assert wanted <= tags, wanted - tags


def test_partial_dates_expect_period_starts(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = truth.loc[kept & tags.str.contains("date_month")]
    quarter = truth.loc[kept & tags.str.contains("date_quarter")]
    assert len(month) > 0
    assert len(quarter) > 0
    assert (month["date_precision"] == "month").all()
    assert (quarter["date_precision"] == "quarter").all()
    assert month["event_date"].str.endswith("-01").all()
    assert quarter["event_date"].str[5:7].isin(["01", "04", "07", "10"]).all()
