"""The ``blind42`` examiner set: its files and truth (files ``*_ar.*``).

These tests check the files and the ground truth only; none cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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

from trendlib.samples import make_messy, make_truth, write_samples

SEED = 42
N_EVENTS = 1500
SMALL_SEED = 421
SMALL_EVENTS = 400
VARIANT = "blind42"
SOURCES = ("usao_swb_ar", "siec_panama_ar", "sco_polizia_ar", "ris_greece_ar", "rcmp_cnctp_ar")
#: Fields every row of this set writes as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


def _sheet(paths: dict[str, Path]) -> list[tuple[object, ...]]:
    book = load_workbook(paths["rcmp_cnctp_ar"], read_only=True)
    rows = [tuple(r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    return rows


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ar", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ar", n_events=SMALL_EVENTS)
    check_placeholder_counts(_truth(small_paths))


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.0005)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.0005)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_seeds_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert sorted(p.name for k, p in out.items() if k in SOURCES) == sorted(
            [
                "usao_swb_ar.csv",
                "siec_panama_ar.csv",
                "sco_polizia_ar.jsonl",
                "ris_greece_ar.csv",
                "rcmp_cnctp_ar.xlsx",
            ]
        )


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_messy(make_truth(seed=3, n_events=300), seed=3, variant=VARIANT)
    got = {s.source: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "usao_swb_ar": ("en", "csv", "cp1252", ","),
        "siec_panama_ar": ("es", "csv", "utf-16", "\t"),
        "sco_polizia_ar": ("en", "jsonl", "utf-8", None),
        "ris_greece_ar": ("en", "csv", "utf-8-sig", ";"),
        "rcmp_cnctp_ar": ("fr", "xlsx", "utf-8", None),
    }
    assert {lang for lang, *_ in got.values()} == {"en", "fr", "es"}


def test_usao_is_cp1252_comma_crlf(paths: dict[str, Path]) -> None:
    raw = paths["usao_swb_ar"].read_bytes()
    assert b"\xa7" in raw  # the section sign of "8 U.S.C. § 1324" in cp1252
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.count(b"\r\n") > 200
    header = raw.decode("cp1252").splitlines()[0].split(",")
    assert header[:3] == ["USAO No.", "Arrest Date", "District"]


def test_siec_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["siec_panama_ar"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian byte order mark
    header = raw.decode("utf-16").splitlines()[0].split("\t")
    assert "País del hecho" in header
    assert len(header) == 17


def test_ris_is_utf8_bom_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["ris_greece_ar"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    header = raw.decode("utf-8-sig").splitlines()[0].split(";")
    assert header[:2] == ["Case No.", "Date of arrival / detection"]
    assert "Latitude" in header
    assert "Longitude" in header


def test_sco_is_json_lines(paths: dict[str, Path]) -> None:
    lines = _text(paths, "sco_polizia_ar", "utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all("sco_ref" in r and "date_of_event" in r for r in records)
    assert any(isinstance(r["lat"], float) for r in records)
    assert any(isinstance(r["lat"], str) for r in records)


def test_cnctp_is_bilingual_xlsx(paths: dict[str, Path]) -> None:
    assert zipfile.is_zipfile(paths["rcmp_cnctp_ar"])
    header = _sheet(paths)[0]
    assert all(" / " in str(h) for h in header)
    assert header[1] == "Date de l'événement / Event date"


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_usao_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "usao_swb_ar", "cp1252")
    # month-first dates that cannot be day-first, and Oracle-style DD-MON-YY
    assert re.search(r"(?m)^\d{4}R\d{5},(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/20\d\d,", text)
    assert re.search(r"(?m)^\d{4}R\d{5},\d\d-[A-Z]{3}-\d\d,", text)
    assert "8 USC 1324" in text
    assert re.search(r"\d+\.\d{4}N \d+\.\d{4}W", text)  # hemisphere letters


def test_siec_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "siec_panama_ar", "utf-16")
    assert re.search(r"\d+°\d\d'\d\d\"+ O", text)  # "O" (oeste) for west
    assert "trimestre" in text
    assert "\tTIM\t" in text
    assert "Ã" in text  # mojibake of an accented name
    assert re.search(r"\t\d+ de [a-z]+ de 20\d\d\t", text)


def test_sco_quirks(paths: dict[str, Path]) -> None:
    records = [json.loads(line) for line in _text(paths, "sco_polizia_ar", "utf-8").splitlines()]
    offences = " ".join(str(r["offence"]) for r in records)
    assert "art. 601 c.p." in offences
    assert "art. 12" in offences
    lats = [r["lat"] for r in records if isinstance(r["lat"], str)]
    assert any(re.fullmatch(r"\d{3}°\d\d\.\d{3}'[NS]", v) for v in lats)  # nautical
    assert any(re.fullmatch(r"\d+,\d{5}", v) for v in lats)  # decimal comma
    assert any(r["detection_country"] == "IT" for r in records)


def test_ris_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "ris_greece_ar", "utf-8-sig")
    assert re.search(r";\d{2},\d{5};\d{2},\d{5};", text)  # decimal commas
    assert re.search(r"(?m)^RIS/\d{4}/\d{6};\d{1,2}/\d{1,2}/20\d\d;", text)
    assert "323A" in text


def test_cnctp_quirks(paths: dict[str, Path]) -> None:
    rows = _sheet(paths)[1:]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    texts = [str(v) for r in rows for v in r if isinstance(v, str)]
    assert any(
        re.fullmatch(r"(T[1-4] 20\d\d|\d(er|e) trimestre 20\d\d|20\d\d-T[1-4])", t) for t in texts
    )
    assert any("LIPR" in t for t in texts)
    assert any("\n" in t for t in texts)  # several related offences on lines of a cell
    assert any(re.fullmatch(r"\d+,\d{4} [NS] ; \d+,\d{4} [EO]", t) for t in texts)


def test_truth_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_file = truth.assign(tags=tags).groupby("source_file")["tags"].apply(";".join)
    assert "us_date" in by_file["usao_swb_ar.csv"]
    assert "partial_quarter" in by_file["siec_panama_ar.csv"]
    assert "partial_quarter" in by_file["rcmp_cnctp_ar.xlsx"]
    assert "excel_serial" in by_file["rcmp_cnctp_ar.xlsx"]
    assert "coords_dmm" in by_file["sco_polizia_ar.jsonl"]
    for tag in ("typo", "demonym", "mojibake", "na_word", "zero_word", "count_placeholder"):
        assert tags.str.contains(tag).any(), tag
    months = truth.loc[truth["date_precision"] == "month", "event_date"]
    assert months.str.endswith("-01").all()
