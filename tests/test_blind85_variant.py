"""The ``blind85`` examiner set (files ``*_ci.*``): its files and truth, never a cleaning.

Five agencies (Danish NSK, Belgian DVZ/OE, Guardia Civil CECORVIGMAR, Lithuanian Criminal
Police Bureau, Dutch EMM) written by :mod:`trendlib.samples._blind85`. These tests check
that the files are what the module's docstring says (languages, formats, encodings,
delimiters, a few characteristic quirks) and that the truth describes every row.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
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
from trendlib.samples._blind85 import BLIND85_SOURCES, make_blind85

VARIANT = "blind85"
SEED = 85
N_EVENTS = 1500
SMALL_SEED = 851
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND85_SOURCES]
#: Fields every row writes in full (the truth expects the event's own values).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: decimal minutes to 1/1000', seconds to 1"


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


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if len(r) > i]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ci", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ci", n_events=SMALL_EVENTS)
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_quarantines(truth: pd.DataFrame) -> None:
    by_file = truth.groupby("source_file")["expected_status"].agg(set)
    assert len(by_file) == 5
    for statuses in by_file:
        assert {"record", "quarantine"} <= statuses
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source_file"]
    assert set(repeats) == {"nsk_dk_ci.csv", "cecorvigmar_es_ci.xlsx"}


def test_partial_dates_only_outside_duplicated_events(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    partial = tags.str.contains("partial_month|partial_quarter")
    assert partial.any()
    dup_events = set(truth.loc[truth["expected_reason"].eq("cross_source"), "event_id"])
    assert not truth.loc[partial, "event_id"].isin(dup_events).any()
    precision = truth.loc[partial & truth["expected_status"].ne("quarantine"), "date_precision"]
    assert set(precision) == {"month", "quarter"}


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_blind85(make_truth(seed=3, n_events=300), seed=3)
    claims = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert claims == {
        "nsk_dk_ci.csv": ("en", "csv", "cp1252", ";"),
        "dvz_oe_be_ci.csv": ("fr", "csv", "utf-16", "\t"),
        "cecorvigmar_es_ci.xlsx": ("es", "xlsx", "utf-8", None),
        "lkpb_lt_ci.csv": ("en", "csv", "utf-8-sig", ","),
        "emm_nl_ci.jsonl": ("en", "jsonl", "utf-8", None),
    }
    assert {c[0] for c in claims.values()} == {"en", "fr", "es"}
    assert {c[1] for c in claims.values()} == {"csv", "xlsx", "jsonl"}


def test_danish_file_is_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["nsk_dk_ci"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "§" and "°" are single cp1252 bytes
    assert b"\xa7 262 a" in raw  # § 262 a (Straffeloven)
    assert b"\r\n" in raw
    rows = _csv_rows(paths["nsk_dk_ci"], "cp1252", ";")
    assert rows[0][1] == "Date of detection (dd-mm-yyyy)"
    assert len(rows[0]) == 17
    lat = [v for v in _column(rows, "Lat. (WGS84)") if v]
    assert any(re.fullmatch(r"\d{2},\d{4,5}", v) for v in lat)  # decimal comma
    assert any(re.fullmatch(r"\d{2}° \d{2},\d{3}' N", v) for v in lat)  # decimal minutes
    offences = " ".join(_column(rows, "Offence (legal basis)"))
    assert "stk. 8" in offences
    dates = _column(rows, "Date of detection (dd-mm-yyyy)")
    assert any(re.fullmatch(r"\d{2}-\d{2}-\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d) for d in dates)


def test_danish_thousands_and_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _csv_rows(paths["nsk_dk_ci"], "cp1252", ";")
    transit = " ".join(_column(rows, "Transit countries"))
    assert "TÃ¼rkiye" in transit  # UTF-8 pasted into the ANSI sheet
    dk = truth.loc[truth["source_file"].eq("nsk_dk_ci.csv")]
    tags = tags_of(truth).loc[dk.index]
    persons = _column(rows, "No. of persons (migrants/victims)")
    dotted = [p for p in persons if re.fullmatch(r"\d{1,3}\.\d{3}", p)]
    assert len(dotted) == int(tags.str.contains("thousands_dot").sum())
    for cell in dotted:  # "1.234" is one thousand two hundred and thirty-four persons
        assert int(cell.replace(".", "")) >= 1000


def test_belgian_file_is_utf16_tab_bilingual(paths: dict[str, Path]) -> None:
    raw = paths["dvz_oe_be_ci"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    rows = _csv_rows(paths["dvz_oe_be_ci"], "utf-16", "\t")
    header = rows[0]
    assert "Datum vaststelling / Date du constat" in header
    assert all(" / " in h for h in header)  # Dutch / French
    offences = _column(rows, "Inbreuk / Infraction")
    assert any("77bis" in o for o in offences)
    assert any(o.startswith("trafic d'êtres humains") for o in offences)
    coords = _column(rows, "Coördinaten / Coordonnées")
    assert any(re.fullmatch(r"\d+°\d{2}'\d{2}\"[NS] \d+°\d{2}'\d{2}\"[EW]", c) for c in coords)
    assert any(re.fullmatch(r"-?\d+,\d{5} / -?\d+,\d{5}", c) for c in coords)
    exploitation = _column(rows, "Vorm van uitbuiting / Forme d'exploitation")
    assert "s.o." in exploitation


def test_spanish_workbook_has_excel_dates_and_serials(paths: dict[str, Path]) -> None:
    assert zipfile.is_zipfile(paths["cecorvigmar_es_ci"])
    sheet = load_workbook(paths["cecorvigmar_es_ci"]).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len({len(r) for r in rows}) == 1
    header = list(rows[0])
    assert header[:3] == ["Nº Atestado", "Fecha", "Tipo penal"]
    dates = [r[1] for r in rows[1:]]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(40000 < d < 50000 for d in serials)
    assert any(hasattr(d, "year") for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    pos = [str(r[header.index("Posición (lat/long)")]) for r in rows[1:]]
    assert any(re.fullmatch(r"\d{2}[º°] \d{2},\d{2}' N.+\d{3}[º°] \d{2},\d{2}' W", p) for p in pos)
    sexes = {r[header.index("Sexo (H/M)")] for r in rows[1:]}
    assert {"H", "M", "H/M"} <= sexes
    offences = " ".join(str(r[2]) for r in rows[1:])
    assert "318 bis" in offences


def test_lithuanian_file_is_utf8_bom_comma(paths: dict[str, Path]) -> None:
    raw = paths["lkpb_lt_ci"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(paths["lkpb_lt_ci"], "utf-8-sig", ",")
    assert rows[0][0] == "Pre-trial investigation No."
    assert "Latitude, °N" in rows[0]
    assert len(rows[0]) == 17
    articles = " ".join(_column(rows, "Article of the Criminal Code (LT)"))
    assert "292" in articles
    dates = _column(rows, "Date of event (YYYY-MM-DD)")
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)


def test_emm_jsonl_has_arrays_and_iso_dates(paths: dict[str, Path]) -> None:
    lines = paths["emm_nl_ci"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert {"caseNumber", "dateOfIncident", "transitCountries"} <= set(records[0])
    transit = [r["transitCountries"] for r in records]
    assert any(isinstance(t, list) and len(t) > 1 for t in transit)
    assert any(isinstance(r["relatedOffences"], list) and r["relatedOffences"] for r in records)
    dates = [r["dateOfIncident"] for r in records if isinstance(r["dateOfIncident"], str)]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:00", d) for d in dates)
    assert any(isinstance(r["numberOfPersons"], int) for r in records)
    stamped = [d for d in dates if re.fullmatch(r".+T\d{2}:\d{2}:00[+-]\d{2}:00", d)]
    local = pd.Series([d[:10] for d in stamped])
    utc = pd.Series(pd.to_datetime(stamped, utc=True).strftime("%Y-%m-%d"))
    assert local.equals(utc)  # the local day is the UTC day: no reading can shift it


def test_quarter_dates_in_each_language(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    quarter = truth.loc[
        tags_of(truth).str.contains("partial_quarter") & truth["expected_status"].ne("quarantine")
    ]
    assert set(quarter["date_precision"]) == {"quarter"}
    starts = pd.to_datetime(quarter["event_date"])
    assert starts.dt.month.isin([1, 4, 7, 10]).all()
    assert (starts.dt.day == 1).all()
    assert quarter["source_file"].nunique() >= 3
