"""The ``blind24`` examiner set (files ``*_z.*``): its files and its ground truth.

These tests check what the set promises (languages, formats, encodings, the agencies'
quirks in the bytes, and a truth that describes every row); none of them cleans or scores.
"""

from __future__ import annotations

import io
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
from trendlib.samples._blind24 import BLIND24_SOURCES, make_blind24

SEED = 24
N_EVENTS = 1500
SMALL_SEED = 141
SMALL_EVENTS = 400
VARIANT = "blind24"
SOURCES = tuple(s.source for s in BLIND24_SOURCES)
#: Fields every row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_z", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_z", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_placeholder_counts(rows)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_encodings() -> None:
    subs = make_blind24(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert csv == {("utf-8", ","), ("cp1252", ";"), ("utf-16", "\t")}
    assert all(s.filename.rsplit(".", 1)[0].endswith("_z") for s in subs)


def test_sar_log_is_utf8_comma_with_ddm_and_dtg(paths: dict[str, Path]) -> None:
    raw = paths["sar_log_z"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("Case ID,Date/time (UTC),")
    assert re.search(r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]", text)  # DDM
    assert re.search(r",\d{6}Z [A-Z]{3} \d\d,", text)  # date-time group
    assert "TOTAL POB" in text
    assert "UASC" in text


def test_guinea_is_cp1252_semicolon_with_decimal_commas(paths: dict[str, Path]) -> None:
    raw = paths["dcpaf_gn_z"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = _lines(paths["dcpaf_gn_z"], "cp1252")
    assert lines[0].startswith("N° PV;Date des faits;Qualification;")
    assert b"\r\n" in raw  # CRLF
    assert b"N\xe9ant" in raw  # "Néant" in cp1252
    text = "\n".join(lines)
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)
    assert "PV n°" in text
    assert "TOTAL GÉNÉRAL" in text
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )


def test_honduras_is_spanish_jsonl(paths: dict[str, Path]) -> None:
    lines = _lines(paths["inm_hn_z"], "utf-8")
    rows = [json.loads(line) for line in lines]
    assert "fecha_evento" in rows[0]
    assert "presuntos_responsables" in rows[0]
    values = {str(v) for r in rows for v in r.values()}
    assert any("trimestre" in v for v in values)
    assert "NNA" in values
    assert "EE.UU." in values
    assert any("Ã" in v for v in values)  # mojibake
    assert any(v.startswith("Tráfico ilícito de personas") for v in values)


def test_fribourg_xlsx_has_bilingual_headers_and_serials(paths: dict[str, Path]) -> None:
    path = paths["police_fribourg_z"]
    assert zipfile.is_zipfile(io.BytesIO(path.read_bytes()))
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert "Date des faits / Tatdatum" in header
    assert all(" / " in str(h) for h in header)
    day = header.index("Date des faits / Tatdatum")
    dates = [r[day] for r in rows[1:] if len(r) > day]
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dates)
    col = header.index("Infraction / Straftat")
    crimes = {str(r[col]) for r in rows[1:] if len(r) > col}
    assert any("116 LEI" in c for c in crimes)
    assert any("182 CP" in c for c in crimes)


def test_naatip_is_utf16_tab_with_quarters(paths: dict[str, Path]) -> None:
    raw = paths["naatip_gm_z"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    lines = _lines(paths["naatip_gm_z"], "utf-16")
    assert lines[0].split("\t")[:3] == ["Ref. No.", "Date of Incident", "Offence"]
    text = "\n".join(lines)
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert " → " in text
    assert "\tNil\t" in text
    assert "GRAND TOTAL" in text


def test_quirks_are_tagged(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    for tag in (
        "dtg",
        "ddm",
        "dms",
        "decimal_comma",
        "excel_serial",
        "partial_month",
        "quarter",
        "mojibake",
        "demonym",
        "iso2",
        "iso3",
        "thousands_sep",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "coords_missing",
        "coords_placeholder",
    ):
        assert tag in tags, tag


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_other_sizes_write(tmp_path: Path, seed: int, n_events: int) -> None:
    out = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    assert {p.name for k, p in out.items() if k in SOURCES} == {s.filename for s in BLIND24_SOURCES}
