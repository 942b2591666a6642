"""The examiner's ``blind20`` sample set (files ``*_v.*``): the files and their truth.

These tests check what the set promises (five sources in three languages and three
formats, the encodings and delimiters it claims, the agencies' quirks really written in
the bytes, and a truth that describes every row); none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind20 import BLIND20_SOURCES, make_blind20

VARIANT = "blind20"
SUFFIX = "_v"
SEED = 20
N_EVENTS = 1500
SMALL_SEED = 101
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND20_SOURCES]
#: Fields every row of the set gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
CCPD = "ccpd_vintimille_v"
MUP = "mup_granicna_policija_v"
SELEC = "selec_v"
REDTRAM = "redtram_aiamp_v"
CRM = "crm_red_enlace_v"


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


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND20_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


# --------------------------------------------------------------------------------------
# The truth describes every row
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_placeholder_counts_small(small_paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(small_paths))


def test_larger_sets_are_written(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert {p.name for k, p in out.items() if k in SOURCES} == {
            s.filename for s in BLIND20_SOURCES
        }


# --------------------------------------------------------------------------------------
# Who reports what
# --------------------------------------------------------------------------------------
def test_sources_report_their_countries(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    home = {
        CCPD: {"ITA", "FRA"},
        MUP: {"HRV"},
        SELEC: {"GRC", "GBR", "POL"},
        REDTRAM: {"ESP"},
        CRM: {"PAN", "USA"},
    }
    for src in BLIND20_SOURCES:
        got = set(first.loc[first["source"] == src.source, "detection_country"].dropna())
        assert got == home[src.source], src.source
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {CCPD, MUP, SELEC, REDTRAM}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {CCPD, SELEC, CRM}


def test_second_reports_leave_fields_blank(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    cross = tags.loc[truth["expected_reason"] == "cross_source"]
    assert cross.str.contains("blank_").mean() > 0.15


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    subs = make_blind20(make_truth(seed=3, n_events=200), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND20_SOURCES]
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert csv == {("cp1252", ";"), ("cp1250", ";"), ("utf-16", "\t")}
    assert all(Path(s.filename).stem.endswith(SUFFIX) for s in subs)

    # French, Windows-1252 (not UTF-8), ';' and CRLF
    raw = paths[CCPD].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    head = raw.decode("cp1252").split("\r\n")[0]
    assert head.startswith("N° fiche CCPD;Date constat.;")
    assert "Qualification / Qualifica" in head
    # Croatian headers in Windows-1250: 'č' is byte 0xE8, 'ž' 0x9E
    raw = paths[MUP].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Osumnjičeni / Suspects".encode("cp1250") in raw
    assert b"Dr\x9eava otkrivanja / Detected in" in raw
    head = raw.decode("cp1250").splitlines()[0]
    assert head.split(";")[1] == "Datum / Date"
    # UTF-16 (little-endian, with BOM), tab delimited, bilingual headers
    raw = paths[CRM].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    head = raw.decode("utf-16").splitlines()[0].split("\t")
    assert head[:2] == ["Código / Code", "Fecha del evento / Event date"]
    assert "Latitud" in head
    assert "Longitud" in head
    # JSON lines in UTF-8 with camelCase keys
    lines = paths[SELEC].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert {"caseRef", "detectionDate", "geomWkt", "personsInvolved"} <= set(first)
    assert all(isinstance(json.loads(line), dict) for line in lines)
    # a real workbook with Spanish headers
    assert paths[REDTRAM].read_bytes()[:2] == b"PK"
    sheet = load_workbook(paths[REDTRAM], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("Nº causa (DP/PA)", "Fecha de los hechos", "País de detección")


# --------------------------------------------------------------------------------------
# The agencies' quirks are in the bytes
# --------------------------------------------------------------------------------------
def test_ccpd_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, CCPD)
    assert re.search(r"\d+ \(dont \d+ mineurs?\)", text)  # counts with their minors
    assert re.search(r"[NS] \d\d°\d\d,\d{3}' [EW] \d{3}°\d\d,\d{3}'", text)  # DDM, commas
    assert "L.823-1 CESEDA" in text
    assert "art. 601 c.p." in text
    assert re.search(
        r";(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )  # a month, no day
    assert re.search(r";(?:1er|[234]e) trim\. 20\d\d;|;T[1-4] 20\d\d;", text)
    assert re.search(r";\d\d/\d\d/20\d\d à \d\dh\d\d;", text)
    assert "néant" in text
    assert "TOTAL GÉNÉRAL" in text


def test_mup_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, MUP)
    assert re.search(r";\d\d\.\d\d\.20\d\d\.;", text)  # Croatian trailing dot
    assert re.search(r";\d{1,2}\. \d{1,2}\. 20\d\d\.;", text)
    assert "čl. 326. KZ" in text
    assert "Art. 326 CC" in text
    assert re.search(r";4[45],\d{5};1[59],\d{5};", text)  # decimal commas
    assert re.search(r";[A-Z]{2}(?:-[A-Z]{2})+;", text)  # transit as ISO alpha-2 codes
    assert "UKUPNO / TOTAL" in text


def test_selec_quirks(paths: dict[str, Path]) -> None:
    rows = [json.loads(line) for line in paths[SELEC].read_text("utf-8").splitlines()]
    detection = {r.get("detectionCountry") for r in rows}
    assert {"EL", "UK", "PL"} <= detection  # the EU's codes for Greece and the UK
    geoms = [r["geomWkt"] for r in rows if r.get("geomWkt")]
    assert any(g.startswith("POINT(") for g in geoms)
    assert any(g.startswith("SRID=4326;POINT (") for g in geoms)
    dates = {str(r.get("detectionDate")) for r in rows}
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d{6}", d) for d in dates)
    counts = [r.get("personsInvolved") for r in rows]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) for c in counts)


def test_redtram_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[REDTRAM], read_only=True).active
    assert sheet is not None
    width = len(BLIND20_SOURCES[3].headers)
    rows = [r + (None,) * (width - len(r)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # serials 2021-23
    assert any(isinstance(d, str) and re.fullmatch(r"[1-4]T 20\d\d", d) for d in dates)
    coords = [str(r[14]) for r in rows]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"O", c) for c in coords)
    assert "no consta" in coords
    crimes = {str(r[3]) for r in rows}
    assert any("318 bis" in c for c in crimes)
    assert any("177 bis" in c for c in crimes)
    assert any(isinstance(r[5], str) and "de ellos" in r[5] for r in rows)


def test_crm_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, CRM)
    assert re.search(r"\t\d\d-(?:ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-20\d\d\t", text)
    assert re.search(r"\t(?:I|II|III|IV) TRIMESTRE 20\d\d\t", text)
    assert re.search(r"\t\d+\.\d{5} [NS]\t\d+\.\d{5} [OW]\t", text)  # hemisphere letters
    assert "NNA" in text
    assert "8 U.S.C. § 1324" in text
    assert "TIM" in text
    assert re.search(r"\t\d,\d{3}\t", text)  # thousands with a comma
    assert "TrÃ¡fico ilÃ­cito de migrantes" in text  # a month's rows garbled once


def test_tags_describe_the_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: ";".join(tags.loc[truth["source"] == s]) for s in SOURCES}
    assert "exploitation_in_offence" in by_source[MUP]
    assert "trailing_dot_date" in by_source[MUP]
    assert "coords_wkt" in by_source[SELEC]
    assert "eu_code" in by_source[SELEC]
    assert "excel_serial" in by_source[REDTRAM]
    assert "coords_dms" in by_source[REDTRAM]
    assert "coords_ddm" in by_source[CCPD]
    assert "legal_ref" in by_source[CCPD]
    assert "coords_hemisphere" in by_source[CRM]
    assert "mojibake" in by_source[CRM]
    # a row giving only its month or quarter expects the start of it
    rows = truth.loc[tags.str.contains("quarter_date") & truth["event_date"].notna()]
    assert len(rows) > 0
    assert (pd.to_datetime(rows["event_date"]).dt.month.isin([1, 4, 7, 10])).all()
    assert (rows["date_precision"] == "quarter").all()


def test_west_longitudes_are_negative(truth: pd.DataFrame) -> None:
    """Spanish 'O' (oeste) and the WKT order (longitude first) read back as the truth."""
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    spain = ok.loc[(ok["source"] == REDTRAM) & ok["lon"].notna()]
    assert (spain["lon"].astype(float) < 0).all()
    selec = ok.loc[(ok["source"] == SELEC) & ok["lat"].notna()]
    assert (selec["lat"].astype(float) > 35).all()
