"""The ``blind17`` examiner set (files ``*_s.*``): files, truth and planted quirks.

These tests check the files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples._blind17 import BLIND17_SOURCES, make_blind17

SEED = 17
N_EVENTS = 1500
SMALL_SEED = 71
SMALL_EVENTS = 400
VARIANT = "blind17"
SOURCES = tuple(s.source for s in BLIND17_SOURCES)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to at least a tenth of a second or a hundredth of a minute.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND17_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = next(s for s in BLIND17_SOURCES if s.source == source)
    return pd.read_csv(
        paths[source], sep=src.delimiter, encoding=src.encoding, dtype=str, keep_default_na=False
    )


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_s", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_s", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_other_seeds_write(tmp_path: Path, seed: int, n_events: int) -> None:
    paths = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    check_files_and_truth(paths, SOURCES, suffix="_s", n_events=n_events)


def test_every_source_has_rows_of_each_kind(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for name in (s.filename for s in BLIND17_SOURCES):
        status = set(truth.loc[truth["source_file"] == name, "expected_status"])
        assert {"record", "quarantine"} <= status, name
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {s.filename for s in BLIND17_SOURCES if s.repeats}


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_blind17(make_truth(seed=SEED, n_events=300), seed=SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "swb_hidta_s.csv": ("en", "csv", "utf-16", "\t"),
        "snm_darien_s.xlsx": ("es", "xlsx", "utf-8", None),
        "sec_interior_s.csv": ("es", "csv", "latin-1", "|"),
        "ho_cfi_s.jsonl": ("en", "jsonl", "utf-8", None),
        "dcis_filieres_s.csv": ("fr", "csv", "cp1252", ";"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    csvs = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csvs}) == 3
    assert len({s.delimiter for s in csvs}) == 3


def test_hidta_is_utf16_tab_month_first(paths: dict[str, Path]) -> None:
    raw = paths["swb_hidta_s"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian byte-order mark
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header = _text(paths, "swb_hidta_s").splitlines()[0].lstrip("\ufeff")
    assert header.split("\t")[:2] == ["Event No.", "Event Date (MM/DD/YYYY)"]
    frame = _csv(paths, "swb_hidta_s")
    dates = frame["Event Date (MM/DD/YYYY)"]
    us = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/\d{2,4}$").dropna().astype(int)
    assert (us[0] <= 12).all()  # month first
    assert (us[1] > 12).any()
    assert dates.str.match(r"^\d{2}[A-Z]{3}\d{4}$").any()  # military 14MAR2022
    assert frame["Latitude (WGS84)"].str.match(r"^N\d+ \d{2}\.\d{3}$").any()  # GPS DDM
    statutes = frame["Charge / Statute"]
    assert statutes.str.contains("8 USC 1324").any()
    assert statutes.str.contains("ARS 13-2319|TX PC 20.05").any()
    assert frame["Adult/Juv"].isin(["UAC", "FMUA"]).any()


def test_snm_xlsx_mixes_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["snm_darien_s"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[1] == "Fecha / Date"
    kinds = {type(r[1]).__name__ for r in body if r[1] is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [r[1] for r in body if isinstance(r[1], int)]
    assert all(44197 <= s <= 45291 for s in serials)  # 2021-01-01 .. 2023-12-31
    texts = [r[1] for r in body if isinstance(r[1], str)]
    assert any(re.search(r"trimestre", t) for t in texts)
    col = {name: i for i, name in enumerate(header)}
    cells = [dict(zip(header, r, strict=False)) for r in body]
    coords = [c["Coordenadas GPS"] for c in cells if isinstance(c.get("Coordenadas GPS"), str)]
    assert any(re.search(r"\"O$", c) for c in coords)  # DMS with O for oeste
    assert any(c.get("Grupo etario") == "NNA" for c in cells)
    assert "Nacionalidad / Nationality" in col  # bilingual header


def test_sec_is_latin1_pipe_with_penal_code(paths: dict[str, Path]) -> None:
    raw = paths["sec_interior_s"].read_bytes()
    assert raw.splitlines()[0].startswith(b"N\xba ATESTADO|")  # "Nº" in latin-1
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    frame = _csv(paths, "sec_interior_s")
    assert frame["TIPOLOGÍA PENAL"].str.contains("318 bis", case=False).any()
    assert frame["TIPOLOGÍA PENAL"].str.contains("177 bis", case=False).any()
    assert frame["LATITUD"].str.match(r"^\d+,\d+$").any()  # decimal comma
    assert frame["LONGITUD"].str.match(r"^\d+º\d{2}'\d{2}''O$").any()
    assert frame["Nº VÍCTIMAS/PERSONAS"].str.match(r"^\d\.\d{3}$").any()
    assert frame["MEDIO"].isin(["CAYUCO", "PATERA"]).any()


def test_cfi_jsonl_has_arrays_and_mixed_types(paths: dict[str, Path]) -> None:
    lines = paths["ho_cfi_s"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all("case_ref" in r and "encounter_date" in r for r in records)
    assert any(isinstance(r["linked_offences"], list) for r in records)
    counts = {type(r["no_of_persons"]).__name__ for r in records}
    assert {"int", "str"} <= counts
    assert any(str(r["offence"]).startswith("s.25") for r in records)
    assert any(r["suspects_arrested"] in ("nil", "Nil") for r in records)


def test_dcis_is_cp1252_semicolon_with_nautical_coordinates(paths: dict[str, Path]) -> None:
    raw = paths["dcis_filieres_s"].read_bytes()
    assert b"\r\n" in raw
    assert b"\xb0" in raw  # the degree sign in cp1252
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    frame = _csv(paths, "dcis_filieres_s")
    coords = frame["Coordonnées"]
    assert coords.str.match(r"^\d{2}°\d{2},\d{2}'N \d{3}°\d{2},\d{2}'[EWO]$").any()
    assert frame["Qualification"].isin(["TEH"]).any()
    assert frame["Majeurs/Mineurs"].eq("MNA").any()
    assert frame["Date des faits"].str.startswith("courant ").any()
    assert frame["Nationalité"].str.contains("Ã").any()  # mojibake


def test_tags_name_the_planted_quirks(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "excel_serial",
        "gps_ddm",
        "nautical_ddm",
        "dms",
        "decimal_comma",
        "json_array",
        "legal_ref",
        "mojibake",
        "partial_month",
        "partial_quarter",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "blank_gender",
        "na_word",
        "coords_placeholder",
        "coords_missing",
    ):
        assert tags.str.contains(tag).any(), tag
