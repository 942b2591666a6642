"""The ``blind58`` examiner set: five Caribbean / Central American sources (``*_bh.*``).

These tests check the files and their truth only (nothing is cleaned or scored): names,
formats, languages and encodings as the module's docstring claims, the truth's account of
every row, its expected values against the true events, and a few of each source's
characteristic quirks as they appear in the bytes on disk.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind58 import BLIND58_SOURCES, make_blind58

VARIANT = "blind58"
SUFFIX = "_bh"
SEED = 58
N_EVENTS = 1500
SMALL_SEED = 581
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND58_SOURCES]
#: Fields every kept row reports exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to the second of arc or the hundredth of a minute at worst.
TOLERANCE = 0.001


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


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The files and their truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_records_and_bad_rows(truth: pd.DataFrame) -> None:
    for name in (s.filename for s in BLIND58_SOURCES):
        rows = truth.loc[truth["source_file"] == name]
        assert (rows["expected_status"] == "record").sum() > 50, name
        assert rows["expected_reason"].eq("no_date").any(), name  # at least the total row
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"belize_police_bh.csv", "armada_rd_bh.csv"}


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_submissions_declare_languages_formats_encodings() -> None:
    subs = make_blind58(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "belize_police_bh.csv": ("en", "csv", "cp1252", ","),
        "dgme_sv_bh.xlsx": ("es", "xlsx", "utf-8", None),
        "armada_rd_bh.csv": ("es", "csv", "utf-16", "\t"),
        "paf_guadeloupe_bh.csv": ("fr", "csv", "utf-8-sig", ";"),
        "impacs_jrcc_bh.jsonl": ("en", "jsonl", "utf-8", None),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    assert len({e for e, _ in csv}) == 3
    assert len({d for _, d in csv}) == 3


def test_belize_is_cp1252_comma_crlf(paths: dict[str, Path]) -> None:
    raw = paths["belize_police_bh"].read_bytes()
    assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    if not raw.isascii():  # accented names, if any, are single cp1252 bytes
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    text = raw.decode("cp1252")
    head = text.split("\r\n", 1)[0]
    assert head.startswith("Occurrence No.,Date of Occurrence,Offence,")
    assert "\r\n" in text
    assert text.count("\r\n") == text.count("\n")
    assert re.search(r",\d{2}-[A-Z][a-z]{2}-\d{2},", text)  # 14-Mar-22
    assert re.search(r",\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d,", text)  # 14th March 2022
    assert "TIP (Prohibition) Act 2013" in text
    assert "Immigration Act Cap. 156" in text
    assert re.search(r",\d+\.\d{4,5} [NS],\d+\.\d{4,5} [EW],", text)  # hemisphere letters
    assert ",Nil," in text or ",None," in text
    assert "\r\nGRAND TOTAL," in text
    assert "\r\n,,,,,,,,,,,,,,,,\r\n" in text  # an empty row


def test_dgme_workbook_cells(paths: dict[str, Path]) -> None:
    path = paths["dgme_sv_bh"]
    assert zipfile.is_zipfile(path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    assert "Delito y modalidad" in head
    assert "Longitud (W)" in head
    assert not any("xplotaci" in str(h) for h in head)  # no exploitation column
    dates = [r[head.index("Fecha del hecho")] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # bare serials
    assert any(isinstance(d, str) and " de " in d for d in dates)  # 14 de marzo de 2022
    lon = [r[head.index("Longitud (W)")] for r in rows[1:]]
    numbers = [v for v in lon if isinstance(v, float)]
    assert numbers
    assert all(v > 0 for v in numbers)  # west written positive
    assert any(isinstance(v, str) and v.endswith('"W') for v in lon)  # DMS with W
    crimes = " ".join(str(r[head.index("Delito y modalidad")]) for r in rows[1:])
    assert "367-A C.Pn." in crimes
    assert "explotación" in crimes


def test_armada_is_utf16_tab_with_naval_dates(paths: dict[str, Path]) -> None:
    raw = paths["armada_rd_bh"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 byte order mark
    text = _text(paths["armada_rd_bh"], "utf-16")
    assert text.split("\n", 1)[0].split("\t")[:2] == ["No. Caso", "GDH / Fecha"]
    dtg = r"\t\d{6}[ZQ] (ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC) \d{2}\t"
    assert re.search(dtg, text)
    assert re.search(r"\t\d{2}°\d{2}\.\d{2}'[NS] \d{3}°\d{2}\.\d{2}'[EW]\t", text)
    assert re.search(r"\t\d{4}\.\d{2}[NS] \d{5}\.\d{2}[EW]\t", text)  # compact nautical
    assert "VIAJE ILEGAL" in text.upper()
    assert "Ley 137-03" in text
    assert re.search(r"\t[A-Z]+(-[A-Z ]+)+\t", text)  # TURQUIA-GRECIA transit


def test_paf_guadeloupe_is_utf8_bom_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["paf_guadeloupe_bh"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    head = text.split("\n", 1)[0].split(";")
    assert head[:3] == ["N° de procédure", "Date des faits", "Qualification"]
    assert "Nb de mis en cause" in head
    assert ";néant;" in text  # no suspect
    assert re.search(r";T[1-4] 20\d\d;|;(1er|[2-4]e) trimestre 20\d\d;", text)
    assert re.search(r";(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) ", text)
    assert re.search(r";-?\d+,\d{5};", text)  # decimal comma
    assert "Ã" in text  # UTF-8 read as cp1252 in a few cells
    assert "L. 823-1 CESEDA" in text or "225-4-1" in text


def test_impacs_is_kobo_style_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["impacs_jrcc_bh"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = set(records[0])
    assert {"case/id", "case/incident_date", "route/gps", "route/transit"} <= keys
    gps = [r["route/gps"] for r in records if r["route/gps"]]
    assert all(len(g.split()) == 4 for g in gps)  # lat lon altitude accuracy
    assert "0 0 0 0" in gps
    dates = [r["case/incident_date"] for r in records if r["case/incident_date"]]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(d.endswith("-04:00") for d in dates)
    assert records[-1]["case/id"] == "TOTAL"
    assert any(isinstance(r["persons/total"], int) for r in records)


# --------------------------------------------------------------------------------------
# The truth's tags
# --------------------------------------------------------------------------------------
def test_quirks_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "excel_serial",
        "dtg",
        "quarter_date",
        "month_date",
        "west_positive",
        "nautical_compact",
        "crime_with_exploitation",
        "mojibake",
        "demonym",
        "zero_word",
        "na_word",
        "iso2",
    ):
        assert tags.str.contains(tag).any(), tag


def test_west_positive_rows_expect_negative_longitude(truth: pd.DataFrame) -> None:
    rows = truth.loc[tags_of(truth).str.contains("west_positive") & truth["lon"].notna()]
    assert len(rows) > 0
    assert (rows["lon"].astype(float) < 0).all()
