"""The ``blind21`` examiner set (files ``*_w.*``): files and ground truth only.

These tests check what the files hold and what the truth promises about them; none of
them cleans or scores the files.
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind21 import BLIND21_SOURCES, Blind21Source, make_blind21

VARIANT = "blind21"
SEED = 21
N_EVENTS = 1500
SMALL_SEED = 111
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND21_SOURCES)
#: Fields every row of the set writes as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Each coordinate the truth expects is the one its cell spells, within this of the event's.
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _source(name: str) -> Blind21Source:
    return next(s for s in BLIND21_SOURCES if s.source == name)


def _text(paths: dict[str, Path], name: str) -> str:
    src = _source(name)
    return paths[name].read_bytes().decode(src.encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_w", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_w", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_and_bad_rows(truth: pd.DataFrame) -> None:
    for name in SOURCES:
        rows = truth.loc[truth["source"] == name]
        assert (rows["expected_status"] == "record").sum() > 100, name
        assert (rows["expected_status"] == "quarantine").any(), name
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) >= {"dgsn_cameroun_w", "pnp_paraguay_w", "gis_ghana_w", "gs_lebanon_w"}


def test_other_seeds_run(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert {out[s].name for s in SOURCES} == {s.filename for s in BLIND21_SOURCES}


def test_make_blind21_matches_the_sources() -> None:
    subs = make_blind21(make_truth(seed=3, n_events=300), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND21_SOURCES]
    for sub, src in zip(subs, BLIND21_SOURCES, strict=True):
        assert list(sub.frame.columns) == list(src.headers.values())
        assert len(sub.frame) == len(sub.expected)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings() -> None:
    assert {s.language for s in BLIND21_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND21_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND21_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) >= 3
    assert len({s.delimiter for s in csv}) >= 3
    for src in BLIND21_SOURCES:
        assert Path(src.filename).stem == src.source
        assert Path(src.filename).stem.endswith("_w")


def test_cameroon_file_is_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["dgsn_cameroun_w"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # French accents as single cp1252 bytes
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° Fiche / Ref. No.;Date des faits / Date of facts;")
    assert header.count(";") == len(_source("dgsn_cameroun_w").headers) - 1
    assert "Nationalité / Nationality" in header  # bilingual headers
    assert "\r\n" in text


def test_paraguay_file_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["pnp_paraguay_w"].read_bytes()
    assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == ["Nro. Legajo", "Fecha Interv.", "Hecho punible"]


def test_ghana_file_is_utf8_bom_comma(paths: dict[str, Path]) -> None:
    raw = paths["gis_ghana_w"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    header = raw.decode("utf-8-sig").split("\n", 1)[0]
    assert header.startswith("Case Ref. No.,Date of Interception (DD/MM/YYYY),Offence Type,")


def test_argentina_file_is_xlsx(paths: dict[str, Path]) -> None:
    assert zipfile.is_zipfile(paths["dnm_argentina_w"])
    sheet = load_workbook(paths["dnm_argentina_w"], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    assert header[:2] == ("N° Expediente (GDE)", "Fecha del hecho")


def test_lebanon_file_is_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["gs_lebanon_w"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = set(_source("gs_lebanon_w").headers.values())
    assert all(set(r) == keys for r in records)
    assert records[-1]["case_ref"] == "TOTAL"


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_cameroon_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "dgsn_cameroun_w")
    assert re.search(r"\d{1,2}°\d\d'\d\d,\d\"\"[NS] \d{1,3}°\d\d'\d\d,\d\"\"[EW]", text)  # DMS
    assert re.search(r"N \d{1,2}°\d\d\.\d{3}' [EW] \d{1,3}°\d\d\.\d{3}'", text)  # GPS minutes
    assert re.search(r";1er \w+ 20\d\d;", text)  # "1er mars 2022"
    assert re.search(r";(1er|[234]e) trimestre 20\d\d;|;T[1-4] 20\d\d;", text)
    assert re.search(r";\d \d{3};|;\d\xa0\d{3};", text)  # French thousands
    assert "TOTAL GÉNÉRAL" in text
    assert "NB : données provisoires" in text
    assert "Ã" in text  # mojibake merged from a UTF-8 sheet
    assert ";néant;" in text or ";aucun;" in text


def test_argentina_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["dnm_argentina_w"], read_only=True).active
    assert sheet is not None
    rows = [row + (None,) * 18 for row in sheet.iter_rows(min_row=2, values_only=True)]
    dates = [row[1] for row in rows]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45291 for d in serials)  # Excel serials of 2021-2023
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    refs = [row[0] for row in rows]
    assert any(isinstance(r, str) and re.fullmatch(r"EX-20\d\d-\d{8}-APN-DNM#MI", r) for r in refs)
    counts = [row[4] for row in rows]
    assert any(isinstance(c, str) and re.fullmatch(r"\d\.\d{3}", c) for c in counts)


def test_paraguay_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "pnp_paraguay_w")
    assert "setiembre" in text.lower()
    assert "septiembre" not in text.lower()
    assert re.search(r"\t\d{1,2},\d{5}; -?\d{1,3},\d{5}\t", text)  # decimal commas
    assert re.search(r"\t(I|II|III|IV) Trim\. 20\d\d\t", text)
    assert "318 BIS" in text.upper()


def test_ghana_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "gis_ghana_w")
    assert re.search(r'"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+, 20\d\d"', text)
    assert re.search(r",\d{1,2}\.\d{4,5} ?N,\d{1,3}\.\d{4,5} ?[EW],", text)
    assert re.search(r",(Nil|None|NIL),", text)
    assert "GRAND TOTAL" in text
    frame = pd.read_csv(paths["gis_ghana_w"], dtype=str, encoding="utf-8-sig")
    assert frame.duplicated().sum() >= 3  # re-sent rows


def test_lebanon_quirks(paths: dict[str, Path]) -> None:
    lines = paths["gs_lebanon_w"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert any(
        isinstance(r["transit_route"], list) and len(r["transit_route"]) > 1 for r in records
    )
    dates = [r["incident_date"] for r in records if r["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z]{2}", str(r["nationality"])) for r in records)


def test_tags_describe_the_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_file = truth["source_file"]
    for file, tag in (
        ("dgsn_cameroun_w.csv", "dms"),
        ("dgsn_cameroun_w.csv", "mojibake"),
        ("dnm_argentina_w.xlsx", "excel_serial"),
        ("pnp_paraguay_w.csv", "decimal_comma"),
        ("gis_ghana_w.csv", "hemisphere_letter"),
        ("gs_lebanon_w.jsonl", "iso_numeric"),
    ):
        assert tags[by_file == file].str.contains(tag).any(), (file, tag)
    partial = truth["date_precision"].isin(["month", "quarter"])
    assert tags[partial].str.contains("partial_").all()
