"""The ``blind112`` examiner set (files ``*_dj.*``): files and ground truth only.

Five agencies (:mod:`trendlib.samples._blind112`): the Guardia Civil's Comandancia de
Algeciras (Spanish, cp1252 ``;``), Cáritas Panamá in Darién (Spanish, XLSX), the CCPD of
Modane (French, UTF-16 tab-separated), the Border Five incident feed (English, JSON lines)
and Europa Press's documentation desk (Spanish, UTF-8 ``,``). None of these tests cleans
or scores the files; they check that the files are written as the module says and that
the truth describes every row.
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
from trendlib.samples._blind112 import BLIND112_SOURCES

VARIANT = "blind112"
SEED = 112
N_EVENTS = 1500
SMALL_SEED = 1121
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND112_SOURCES)
#: Fields every non-quarantined row reports exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees; minutes to 1/100 and seconds to 1/10 are well inside


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND112_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def _csv_rows(paths: dict[str, Path], source: str) -> list[list[str]]:
    src = next(s for s in BLIND112_SOURCES if s.source == source)
    return list(csv.reader(io.StringIO(_text(paths, source)), delimiter=src.delimiter or ","))


def _column(paths: dict[str, Path], source: str, column: str) -> list[str]:
    src = next(s for s in BLIND112_SOURCES if s.source == source)
    rows = _csv_rows(paths, source)
    at = rows[0].index(src.headers[column])
    return [r[at] for r in rows[1:] if r]


# ------------------------------------------------------------------------------------------
# The machinery's promises
# ------------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dj", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_dj", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)
    check_placeholder_counts(_truth(small))


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_reports_and_some_report_twice(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    per_file = truth.groupby("source_file")["expected_status"].value_counts().unstack()
    assert (per_file["record"] > 50).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"gc_cmd_algeciras_dj.csv", "border_five_dj.jsonl"}
    # second reports come from several agencies, not from one
    assert truth.loc[truth["expected_reason"] == "cross_source", "source_file"].nunique() >= 3


# ------------------------------------------------------------------------------------------
# Languages, formats, encodings
# ------------------------------------------------------------------------------------------
def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    by = {s.source: s for s in BLIND112_SOURCES}
    assert {s.language for s in BLIND112_SOURCES} == {"es", "fr", "en"}
    assert sum(s.language == "es" for s in BLIND112_SOURCES) == 3
    assert {s.format for s in BLIND112_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = {(s.encoding, s.delimiter) for s in BLIND112_SOURCES if s.format == "csv"}
    assert csvs == {("cp1252", ";"), ("utf-16", "\t"), ("utf-8", ",")}

    gc = paths["gc_cmd_algeciras"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gc.decode("utf-8")  # single-byte accents and "º"
    assert gc.startswith("Nº Atestado;Fecha hecho;".encode("cp1252"))
    assert b"\r\n" in gc

    ccpd = paths["ccpd_modane"].read_bytes()
    assert ccpd[:2] == b"\xff\xfe"  # UTF-16 little endian, with its BOM
    header = ccpd.decode("utf-16").splitlines()[0].split("\t")
    assert header[:3] == ["N° fiche CCPD", "Date des faits", "Qualification pénale"]
    assert len(header) == len(by["ccpd_modane"].headers)

    ep = paths["europa_press"].read_bytes()
    assert not ep.startswith(b"\xef\xbb\xbf")
    assert _csv_rows(paths, "europa_press")[0][:3] == ["Ref. teletipo", "Fecha", "País del suceso"]
    assert "Ã" in ep.decode("utf-8")  # mojibake names pasted into a UTF-8 sheet

    lines = paths["border_five"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) == set(by["border_five"].headers.values())
    assert "detected_on" in records[0]

    book = load_workbook(paths["caritas_darien"], read_only=True)
    head = next(book.active.iter_rows(max_row=1, values_only=True))
    assert head[:3] == ("Fecha de atención", "Código caso", "País de registro")


# ------------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# ------------------------------------------------------------------------------------------
def test_guardia_civil_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "gc_cmd_algeciras")
    assert "318 bis" in text
    assert "177 bis" in text
    position = _column(paths, "gc_cmd_algeciras", "coordinates")
    assert any(re.fullmatch(r"\d\dº \d\d,\d\d' N.+\d{3}º \d\d,\d\d' O", p) for p in position)
    assert any(re.search(r"º\d\d'\d\d,\d\"N", p) for p in position)  # seconds with a comma
    dates = _column(paths, "gc_cmd_algeciras", "event_date")
    assert any(
        re.fullmatch(r"\d{1,2}-(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)-20\d\d", d)
        for d in dates
    )
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/2\d", d) for d in dates)  # two-digit years
    assert "No procede" in _column(paths, "gc_cmd_algeciras", "exploitation")
    assert {"Ninguno", "Sin detenidos"} & set(_column(paths, "gc_cmd_algeciras", "n_suspects"))


def test_ccpd_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "ccpd_modane")
    assert "CESEDA" in text
    assert "art. 601 c.p." in text
    assert "néant" in _column(paths, "ccpd_modane", "n_suspects")
    assert {"SO", "sans objet"} & set(_column(paths, "ccpd_modane", "exploitation"))
    lat = [v for v in _column(paths, "ccpd_modane", "lat") if v not in ("", "NC")]
    assert lat
    assert all(re.fullmatch(r"-?\d+,\d{4,5}", v) for v in lat)
    counts = _column(paths, "ccpd_modane", "n_persons")
    assert any(re.fullmatch(r"\d[\u202f\xa0 ]\d{3}", c) for c in counts)
    dates = _column(paths, "ccpd_modane", "event_date")
    assert any(re.fullmatch(r"T[1-4] 20\d\d|\d(er|e) trimestre 20\d\d", d) for d in dates)


def test_border_five_quirks(paths: dict[str, Path]) -> None:
    records = [json.loads(x) for x in paths["border_five"].read_text("utf-8").splitlines()]
    wkt = [r["location_wkt"] for r in records if r.get("location_wkt")]
    assert any(w.startswith("SRID=4326;POINT") for w in wkt)
    for w in wkt:  # longitude first
        lon, lat = map(float, re.findall(r"-?\d+\.\d+", w))
        assert abs(lat) <= 90
        assert lon < -90 or lon > -10
    assert any(isinstance(r.get("transit_route"), list) for r in records)
    assert any(r.get("facilitators_arrested") in ("nil", "none") for r in records)
    assert any(r.get("persons_involved") in ("N/K", "unk.") for r in records)
    assert any("1324" in str(r.get("offence")) for r in records)
    assert any(
        re.fullmatch(r"20\d\d-Q[1-4]|Q[1-4] 20\d\d", str(r.get("detected_on"))) for r in records
    )


def test_caritas_quirks(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["caritas_darien"])
    rows = list(book.active.iter_rows(values_only=True))
    dates = [r[0] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # serials, 2021-23
    assert any(isinstance(d, str) and re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    gps = [r[3] for r in rows[1:] if isinstance(r[3], str)]
    assert any(len(g.split()) == 4 for g in gps)  # Kobo geopoint: lat lon alt precision
    words = {str(v) for r in rows[1:] for v in r}
    assert {"NNA", "estados_unidos"} <= words


def test_europa_press_quirks(paths: dict[str, Path]) -> None:
    dates = _column(paths, "europa_press", "event_date")
    assert any(
        re.match(r"(lunes|martes|miércoles|jueves|viernes|sábado|domingo), ", d) for d in dates
    )
    assert any(re.fullmatch(r"\w+ trimestre de 20\d\d|20\d\dT[1-4]", d) for d in dates)
    where = _column(paths, "europa_press", "coordinates")
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]", w) for w in where)
    nat = set(_column(paths, "europa_press", "nationality"))
    assert {"sirios", "afganos"} & nat


def test_quirk_tags_are_recorded(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "legal_ref",
        "dm_coords",
        "dms_coords",
        "wkt",
        "kobo_geopoint",
        "excel_serial",
        "partial_month",
        "partial_quarter",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "mojibake",
        "na_word",
    ):
        assert tags.str.contains(tag).any(), tag
