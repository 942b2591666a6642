"""The examiner set ``blind50`` (files ``*_az.*``): its files and its truth.

These tests check what the set promises (names, languages, formats, encodings, the
agencies' quirks in the bytes, and a truth that describes every row); none cleans or
scores.
"""

from __future__ import annotations

import codecs
import json
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
from trendlib.samples import make_truth
from trendlib.samples._blind50 import BLIND50_SOURCES, make_blind50

VARIANT = "blind50"
SEED = 50
N_EVENTS = 1500
SMALL_SEED = 501
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND50_SOURCES]
#: Fields every non-quarantined row gives exactly as the event has them.
FAITHFUL = (
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


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _file(paths: dict[str, Path], stem: str) -> Path:
    return paths[stem]


def _xlsx_cells(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_az", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_az", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FAITHFUL, tolerance=0.001)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small_paths, small, FAITHFUL, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_first_reports_events(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record"]
    counts = records["source"].value_counts()
    assert set(counts.index) == set(SOURCES)
    assert (counts >= 50).all(), counts.to_dict()
    dups = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert dups.nunique() >= 4  # second reports come from most of the agencies


def test_make_blind50_matches_the_files() -> None:
    subs = make_blind50(make_truth(seed=3, n_events=300), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND50_SOURCES]
    assert [s.language for s in subs] == ["es", "es", "en", "fr", "es"]
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    for sub in subs:
        assert len(sub.frame) == len(sub.expected)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_formats_and_encodings(paths: dict[str, Path]) -> None:
    cps = _file(paths, "cps_uk_az").read_bytes()
    assert cps.startswith(codecs.BOM_UTF8)
    first = cps[len(codecs.BOM_UTF8) :].split(b"\n", 1)[0].decode("utf-8")
    assert first.startswith("URN,Offence Date (DD/MM/YYYY),")

    sirasco = _file(paths, "sirasco_fr_az").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        sirasco.decode("utf-8")
    text = sirasco.decode("cp1252")
    assert "\r\n" in text
    assert text.split("\r\n", 1)[0].startswith("N° fiche;Date des faits;Qualification;")

    protex = _file(paths, "protex_ar_az").read_bytes()
    assert protex.startswith(codecs.BOM_UTF16_LE)
    lines = protex.decode("utf-16").splitlines()
    assert lines[0].split("\t")[:3] == ["Nro. de legajo", "Fecha del hecho", "Calificación legal"]
    assert all(line.count("\t") == 16 for line in lines if line)

    jsonl = _file(paths, "linea_trata_mx_az").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in jsonl.splitlines()]
    assert list(rows[0])[:3] == ["folio", "fecha_hechos", "delito"]
    assert "á" in jsonl  # written as UTF-8, not as \\u escapes

    xlsx = _file(paths, "conatt_cr_az")
    assert xlsx.read_bytes()[:2] == b"PK"
    header = _xlsx_cells(xlsx)[0]
    assert header[:3] == ("N° de caso", "Fecha de detección", "Delito (TIM / TdP)")


def test_languages_of_the_wording(paths: dict[str, Path]) -> None:
    cps = _file(paths, "cps_uk_az").read_text(encoding="utf-8-sig")
    assert "Immigration Act 1971" in cps
    assert "Modern Slavery Act 2015" in cps or "MSA 2015" in cps
    sirasco = _file(paths, "sirasco_fr_az").read_text(encoding="cp1252")
    assert "Traite des êtres humains" in sirasco or "TEH" in sirasco
    assert "Italie" in sirasco
    protex = _file(paths, "protex_ar_az").read_text(encoding="utf-16")
    assert "Tráfico" in protex
    assert "España" in protex


# --------------------------------------------------------------------------------------
# The agencies' quirks really are in the bytes
# --------------------------------------------------------------------------------------
def test_conatt_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _xlsx_cells(_file(paths, "conatt_cr_az"))
    values = [v for row in cells[1:] for v in row]
    dates = [row[1] for row in cells[1:]]
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    assert "TIM" in values
    assert "PME" in values or "Adultos y PME" in values
    assert any(isinstance(v, str) and v.endswith(" O") for v in values)  # west = oeste
    tags = tags_of(truth.loc[truth["source"] == "conatt_cr_az"])
    assert tags.str.contains("excel_serial").any()


def test_linea_quirks(paths: dict[str, Path]) -> None:
    rows = [
        json.loads(line)
        for line in _file(paths, "linea_trata_mx_az").read_text(encoding="utf-8").splitlines()
    ]
    assert any(isinstance(r["paises_transito"], list) for r in rows)
    assert any(isinstance(r["num_victimas"], int) for r in rows)
    assert any(isinstance(r["num_victimas"], str) for r in rows)
    assert any(r["pais_destino"] in ("EUA", "E.U.A.") for r in rows)
    assert any(r["sexo_victimas"] == "M" for r in rows)  # M = mujer
    assert any(r["medio_transporte"] in ("tractocamión", "caja de tráiler") for r in rows)


def test_cps_quirks(paths: dict[str, Path]) -> None:
    text = _file(paths, "cps_uk_az").read_text(encoding="utf-8-sig")
    frame = pd.read_csv(_file(paths, "cps_uk_az"), dtype=str, encoding="utf-8-sig")
    assert frame["URN"].dropna().str.match(r"^46KE\d{7}$|^Grand Total$|^CMS extract").all()
    assert "Nil" in set(frame["No. of Suspects"])
    assert frame["Adult/Child"].str.contains("UASC").any()
    assert "Türkiye" in text or "Viet Nam" in text
    assert frame["Incident Location (lat, long)"].str.contains('"N ', regex=False).any()


def test_sirasco_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _file(paths, "sirasco_fr_az").read_text(encoding="cp1252")
    assert "néant" in text
    assert "L.622-1" in text or "L.823-1" in text
    assert "AESI" in text
    assert "\u00a0" in text  # thousands with a no-break space
    assert "' N;" in text  # degrees and decimal minutes
    tags = tags_of(truth.loc[truth["source"] == "sirasco_fr_az"])
    assert tags.str.contains("mojibake").any()
    assert "Ã" in text


def test_protex_quirks(paths: dict[str, Path]) -> None:
    text = _file(paths, "protex_ar_az").read_text(encoding="utf-16")
    assert "s/d" in text or "S/D" in text
    assert "Varón" in text or "Varones" in text
    assert "Cayuco" in text or "Patera" in text
    assert "318 bis" in text or "177 bis" in text
    assert "trimestre" in text


def test_partial_dates_are_marked(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    month = kept["date_precision"] == "month"
    quarter = kept["date_precision"] == "quarter"
    assert tags[month].str.contains("month_partial").all()
    assert tags[quarter].str.contains("quarter_partial").all()
    assert month.sum() > 20
    assert quarter.sum() > 10
