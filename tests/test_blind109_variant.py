"""The ``blind109`` examiner set (files ``*_dg.*``): files, encodings, quirks and truth.

These tests check the written files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
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

from trendlib.samples import write_samples
from trendlib.samples._blind109 import BLIND109_SOURCES

SEED = 109
N_EVENTS = 1500
SMALL_SEED = 1091
SMALL_EVENTS = 400
VARIANT = "blind109"
SOURCES = [s.source for s in BLIND109_SOURCES]
BY_SOURCE = {s.source: s for s in BLIND109_SOURCES}
#: Fields every source gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 1e-5 degree, a tenth of a second or a thousandth of a minute.
TOLERANCE = 0.0005


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dg", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_dg", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_truth_names_the_sources(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    got = dict(zip(truth["source_file"], truth["source"], strict=True))
    assert got == {s.filename: s.source for s in BLIND109_SOURCES}


def test_other_seeds_run(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        assert {p.name for k, p in out.items() if k in SOURCES} == {
            s.filename for s in BLIND109_SOURCES
        }


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters claimed in the module docstring
# --------------------------------------------------------------------------------------
def test_coverage_of_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND109_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND109_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [(s.encoding, s.delimiter) for s in BLIND109_SOURCES if s.format == "csv"]
    assert len({e for e, _ in csv}) >= 3
    assert len({d for _, d in csv}) >= 3


def test_bpold_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    src = BY_SOURCE["bpold_muenchen_dg"]
    raw = paths[src.source].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "§", "ö" and "°" are single cp1252 bytes
    text = raw.decode("cp1252")
    assert b"\r\n" in raw
    header = text.split("\r\n")[0].split(";")
    assert header == list(src.headers.values())
    assert "Tatzeit / Date of detection" in header  # bilingual German / English headers


def test_burgenland_is_xlsx_with_excel_dates(paths: dict[str, Path]) -> None:
    src = BY_SOURCE["lpd_burgenland_dg"]
    raw = paths[src.source].read_bytes()
    assert raw[:2] == b"PK"
    rows = list(load_workbook(paths[src.source], read_only=True).active.iter_rows(values_only=True))
    assert list(rows[0]) == list(src.headers.values())
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 .. 2023-12-31
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dates)


def test_cgfr_is_french_jsonl(paths: dict[str, Path]) -> None:
    src = BY_SOURCE["cgfr_bale_dg"]
    text = paths[src.source].read_bytes().decode("utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    assert all(list(rec) == list(src.headers.values()) for rec in lines)
    assert "é" in text  # French accents written as UTF-8, not escaped
    assert re.search(r'"date_constat":"\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00"', text)
    assert re.search(r'"date_constat":"\d{1,2} (janvier|février|mars|avril|mai|juin)', text)


def test_csn_is_utf16_tab(paths: dict[str, Path]) -> None:
    src = BY_SOURCE["csn_panama_dg"]
    raw = paths[src.source].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM, as Excel's Unicode text
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header == list(src.headers.values())


def test_bka_is_utf8_pipe(paths: dict[str, Path]) -> None:
    src = BY_SOURCE["bka_vb_madrid_dg"]
    raw = paths[src.source].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0].split("|")
    assert header == list(src.headers.values())
    assert "Fecha hechos" in header


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_bpold_quirks_in_bytes(paths: dict[str, Path]) -> None:
    text = paths["bpold_muenchen_dg"].read_bytes().decode("cp1252")
    assert "§ 96 AufenthG" in text
    assert re.search(r";\d{1,2},\d{5} N / \d{1,3},\d{5} [EW];", text)  # decimal commas
    assert re.search(r";N \d\d° \d\d,\d{3}' E \d{3}° \d\d,\d{3}';", text)  # GPS minutes
    assert re.search(r";\d{1,2}\.\d{3};", text)  # thousands with a dot (1.250)
    assert re.search(r";\d\d\.\d\d\.\d\d;", text)  # two-digit years
    assert re.search(r";Q[1-4]/20\d\d;", text)


def test_burgenland_quirks_in_cells(paths: dict[str, Path]) -> None:
    rows = list(
        load_workbook(paths["lpd_burgenland_dg"], read_only=True).active.iter_rows(values_only=True)
    )
    cells = [str(v) for r in rows for v in r if v is not None]
    assert any("§ 114 FPG" in c for c in cells)
    assert "UMF" in cells
    assert any(re.fullmatch(r"\d\d°\d\d'\d\d\.\d\"[NE]", c) for c in cells)


def test_cgfr_quirks_in_bytes(paths: dict[str, Path]) -> None:
    text = paths["cgfr_bale_dg"].read_bytes().decode("utf-8")
    assert '"classe_age":"MNA"' in text
    assert re.search(r'"position_wgs84":"N \d\d°\d\d\.\d{3}\' [EW] \d{3}°\d\d\.\d{3}\'"', text)
    assert re.search(r'"date_constat":"(T[1-4]|1er|[2-4]e) ', text)  # quarters
    assert "CESEDA" in text


def test_csn_quirks_in_bytes(paths: dict[str, Path]) -> None:
    text = paths["csn_panama_dg"].read_bytes().decode("utf-16")
    assert re.search(r"\t(I|II|III|IV) trim(estre|\.) 20\d\d\t", text)  # Roman quarters
    assert "\tTIM\t" in text
    assert re.search(r"\d°\d\d'\d\d\.\d\"\"N \d{2,3}°\d\d'\d\d\.\d\"\"W", text)  # quoted DMS
    assert re.search(r"\t\d,\d{3}\t", text)  # comma thousands (1,250)
    assert "NNA" in text


def test_bka_quirks_in_bytes(paths: dict[str, Path]) -> None:
    text = paths["bka_vb_madrid_dg"].read_bytes().decode("utf-8")
    assert re.search(r"\|\d{1,2},\d{5}\|-\d{1,2},\d{5}\|", text)  # decimal commas
    assert re.search(r"\d°\d\d'\d\d,\d\"\" O", text)  # O for oeste
    assert "318 bis" in text
    assert "|cayuco|" in text


def test_tags_record_the_quirks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_file = {f: ";".join(tags[truth["source_file"] == f].dropna()) for f in truth["source_file"]}
    assert "date_serial" in by_file["lpd_burgenland_dg.xlsx"]
    assert "date_iso_offset" in by_file["cgfr_bale_dg.jsonl"]
    assert "coords_dms_oeste" in by_file["bka_vb_madrid_dg.csv"]
    assert "mojibake" in by_file["bpold_muenchen_dg.csv"] + by_file["bka_vb_madrid_dg.csv"]
    for name in by_file:  # each file has partial dates and legal references
        assert "date_month" in by_file[name], name
        assert "legal_ref" in by_file[name], name
