"""The ``blind114`` examiner set (files ``*_dl.*``): files, truth and the quirks it promises.

These tests check the written files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

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

from trendlib.samples import make_messy, make_truth

VARIANT = "blind114"
SEED = 114
N_EVENTS = 1500
SMALL_SEED = 1141
SMALL_EVENTS = 400
SOURCES = (
    "defensoria_co_dl",
    "personeria_cucuta_dl",
    "fiscalia_narino_dl",
    "jtfn_dl",
    "ofpra_dl",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees between a written point and the true one (DMS to a tenth of a second).
TOLERANCE = 0.001


def _truth_rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth_rows(paths)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dl", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_dl", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth_rows(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth_rows(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_partial_dates_where_promised(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["source"]) == set(SOURCES)
    prec = kept.groupby("source")["date_precision"].agg(set)
    assert prec["fiscalia_narino_dl"] == {"day", "month"}  # SPOA: a month at most
    for src in ("defensoria_co_dl", "personeria_cucuta_dl", "jtfn_dl", "ofpra_dl"):
        assert prec[src] == {"day", "month", "quarter"}, src
    tags = tags_of(truth)
    assert tags.str.contains("fiscal_quarter").any()
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("mojibake").any()


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_messy(make_truth(seed=SMALL_SEED, n_events=300), seed=SMALL_SEED, variant=VARIANT)
    got = {s.source: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "defensoria_co_dl": ("es", "xlsx", "utf-8", None),
        "personeria_cucuta_dl": ("es", "csv", "cp1252", ";"),
        "fiscalia_narino_dl": ("es", "csv", "utf-8", "|"),
        "jtfn_dl": ("en", "jsonl", "utf-8", None),
        "ofpra_dl": ("fr", "csv", "utf-16", "\t"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv_kinds = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert len(csv_kinds) == 3


def test_personeria_is_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["personeria_cucuta_dl"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # Ñ and accents as single cp1252 bytes
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("No. RADICADO;FECHA HECHOS (DD/MM/AAAA);")
    assert header.count(";") == 16
    assert "CICLO VITAL" in header
    assert "\r\n" in text


def test_fiscalia_is_utf8_pipes(paths: dict[str, Path]) -> None:
    raw = paths["fiscalia_narino_dl"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("NUNC|FECHA_HECHOS|DELITO|")
    assert header.count("|") == 16
    first_ref = text.splitlines()[1].split("|")[0]
    assert re.fullmatch(r"\d{21}", first_ref)  # the 21-digit NUNC


def test_ofpra_is_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["ofpra_dl"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.startswith("N° dossier\tDate des faits (déclarée)\t")
    assert header.count("\t") == 16


def test_defensoria_is_a_bilingual_workbook(paths: dict[str, Path]) -> None:
    path = paths["defensoria_co_dl"]
    assert zipfile.is_zipfile(path)
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    assert all(" / " in h for h in header)  # Spanish / English
    dates = [r[1] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # serial numbers
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)


def test_jtfn_is_json_lines(paths: dict[str, Path]) -> None:
    lines = _text(paths["jtfn_dl"], "utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"sitrep_id", "dtg", "pax", "age_cat", "loc"} <= set(recs[0])
    assert len(recs) == len(_truth_rows_for(paths, "jtfn_dl.jsonl"))


def _truth_rows_for(paths: dict[str, Path], name: str) -> pd.DataFrame:
    rows = _truth_rows(paths)
    return rows.loc[rows["source_file"] == name]


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_quirks_in_the_bytes(paths: dict[str, Path]) -> None:
    jtfn = _text(paths["jtfn_dl"], "utf-8")
    assert re.search(r'"dtg":"\d{6}Z[A-Z]{3}\d{2}"', jtfn)  # military date-time groups
    assert re.search(r'"dtg":"FY\d{2} Q[1-4]"', jtfn)  # US federal fiscal quarters
    assert '"FMUA"' in jtfn
    assert re.search(r'"loc":"\d{2} \d{2}\.\d{3}N \d{2,3} \d{2}\.\d{3}W"', jtfn)
    assert "8 USC 1324" in jtfn

    personeria = _text(paths["personeria_cucuta_dl"], "cp1252")
    assert re.search(r"N \d+°\d{2}'\d{2}\.\d'' O \d+°", personeria)  # O = oeste
    assert "ESPANA" in personeria
    assert "ESPAÑA" in personeria
    assert "ADULTEZ" in personeria

    fiscalia = _text(paths["fiscalia_narino_dl"], "utf-8")
    assert "ART. 188A C.P." in fiscalia
    assert re.search(r"\|\d{2},\d{5}\|", fiscalia)  # decimal-comma latitude
    assert "Ã" in fiscalia  # mojibake

    ofpra = _text(paths["ofpra_dl"], "utf-16")
    assert "L.823-1 CESEDA" in ofpra
    assert re.search(r"\t(courant )?[a-zéû]+ 20\d{2}\t", ofpra)  # month-only dates
    assert re.search(r"\d+,\d{5} N ; \d+,\d{5} [EO]", ofpra)
    assert "\taucun\t" in ofpra or "\tnéant\t" in ofpra

    sheet = load_workbook(paths["defensoria_co_dl"], read_only=True).worksheets[0]
    cells = [c for row in sheet.iter_rows(min_row=2, values_only=True) for c in row]
    assert any(isinstance(c, str) and re.fullmatch(r"\d\.\d{3}", c) for c in cells) or any(
        isinstance(c, str) and c.endswith(" personas") for c in cells
    )
    assert "NNA" in {c for c in cells if isinstance(c, str)}
