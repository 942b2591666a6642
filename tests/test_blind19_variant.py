"""The examiner set ``blind19`` (files ``*_u.*``): files, bytes and ground truth.

These tests check what the set writes and what its truth promises; none of them cleans or
scores the files.
"""

from __future__ import annotations

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
from trendlib.samples._blind19 import BLIND19_SOURCES

SEED = 19
N_EVENTS = 1500
SMALL_SEED = 91
SMALL_EVENTS = 400
VARIANT = "blind19"
SOURCES = [s.source for s in BLIND19_SOURCES]
#: Fields every kept row reports exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: DMS to the second, DDM to a thousandth of a minute


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND19_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_u", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_u", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_of_each_kind(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for name, rows in truth.groupby("source_file"):
        assert (rows["expected_status"] == "record").sum() > 50, name
        assert (rows["expected_reason"] == "no_date").any(), name  # at least the total row
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"ttcg_u.xlsx", "gendarmerie_bf_u.csv", "dci_ahtcpu_u.jsonl"}


def test_other_seeds_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        assert all(out[s].stat().st_size > 0 for s in SOURCES)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    by_name = {s.filename: s for s in BLIND19_SOURCES}
    assert {s.language for s in BLIND19_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND19_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND19_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) == 3
    assert len({s.delimiter for s in csvs}) == 3
    assert by_name["guardacostas_arc_u.csv"].encoding == "cp1252"
    assert by_name["gendarmerie_bf_u.csv"].encoding == "utf-8-sig"
    assert by_name["gendarmerie_dj_u.csv"].encoding == "utf-16"


def test_arc_bytes_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["guardacostas_arc"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "í", "ó", "°" as single cp1252 bytes
    assert raw.startswith("No. Caso;Fecha Interdicción".encode("cp1252"))
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.count(";") == 16
    assert "Longitud (W)" in header
    assert "Latitud (N)" in header
    # navy positions in degrees and decimal minutes with a decimal comma
    assert re.search(r";0\d°\d\d,\d{2,3}'( N)?;07\d°\d\d,\d{2,3}'", text)
    assert re.search(r"Art\. 188-?A C\.?P", text)  # trata de personas by penal-code article
    assert re.search(r";\d\.\d{3};", text)  # thousands dot in a count
    assert re.search(r"(?i);(ídem|idem);", text)
    assert re.search(r";(s/d|sin dato|N\.D\.);", text)


def test_ttcg_xlsx_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["ttcg"], read_only=True)
    width = len(BLIND19_SOURCES[1].headers)
    rows = [(*r, *(None,) * (width - len(r))) for r in book.active.iter_rows(values_only=True)]
    header, body = rows[0], rows[1:]
    assert header[1] == "Date of Interdiction"
    assert header[14] == "Position (Lat, Long)"
    dates = [r[1] for r in body]
    kinds = {type(v).__name__ for v in dates}
    assert {"datetime", "int", "str"} <= kinds  # real dates, bare serials and text
    serials = [v for v in dates if isinstance(v, int)]
    assert all(44197 <= v <= 45292 for v in serials)  # 2021-01-01 .. 2024-01-01
    text = [v for v in dates if isinstance(v, str)]
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d", v) for v in text)
    positions = [r[14] for r in body if isinstance(r[14], str)]
    assert any(re.fullmatch(r"\d\d°\d\d\.\d{3}'N \d{3}°\d\d\.\d{3}'[EW]", p) for p in positions)
    assert any(r[0] == "GRAND TOTAL" for r in body)


def test_bf_bytes_bom_pipe(paths: dict[str, Path]) -> None:
    raw = paths["gendarmerie_bf"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = _text(paths, "gendarmerie_bf").lstrip("\ufeff")
    header = text.splitlines()[0]
    assert header.startswith("N° PV|Date des faits|")
    assert header.count("|") == 15
    assert " → " in text  # itineraries with arrows
    assert re.search(r"\|\d\d,\d{4,5} N ; \d{1,3},\d{4,5} O\|", text)  # O = ouest
    assert re.search(r"\|le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) ", text)
    assert re.search(r"\|(1er|2e|3e|4e) trimestre 20\d\d\|", text)
    assert "Ã©" in text  # a few mojibake cells
    assert re.search(r"\|(néant|aucun|Néant)\|", text)


def test_dj_bytes_utf16_tab_bilingual(paths: dict[str, Path]) -> None:
    raw = paths["gendarmerie_dj"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = _text(paths, "gendarmerie_dj")
    header = text.splitlines()[0].lstrip("\ufeff")
    assert header.count("\t") == 16
    assert "Date / التاريخ" in header
    assert "Nationalité / الجنسية" in header
    assert re.search(r"\t\d\d/\d\d/20\d\d à \d\dh\d\d\t", text)
    assert re.search(r"\t\d\d-(janv|févr|avr|juil|sept|oct|nov|déc)\.-\d\d\t", text)
    assert re.search(r"\t(N )?\d\d°\d\d'\d\d", text)  # degrees, minutes, seconds
    assert re.search(r"\t[A-Z]{2}(-[A-Z]{2})+\t", text)  # ISO alpha-2 transit routes


def test_dci_jsonl_keys_and_codes(paths: dict[str, Path]) -> None:
    lines = paths["dci_ahtcpu"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"CaseNo", "IncidentDate", "OffenceType", "GPS", "TransitRoute"}
    counts = [r["NoOfVictimsOrMigrants"] for r in recs]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) for c in counts)
    dates = [r["IncidentDate"] for r in recs if isinstance(r["IncidentDate"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"(Q[1-4] 20\d\d|20\d\d-Q[1-4])", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z]{3}", str(r["CountryOfDetection"])) for r in recs)
    assert any(re.fullmatch(r"[A-Z]{3}( ?> ?[A-Z]{3})+", str(r["TransitRoute"])) for r in recs)


def test_quirk_tags_present(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "partial_date",
        "excel_serial",
        "ddm",
        "dms",
        "decimal_comma",
        "west_by_header",
        "ouest",
        "mojibake",
        "idem",
        "iso2",
        "iso3",
        "demonym",
        "zero_word",
        "count_placeholder",
        "na_word",
        "coords_placeholder",
    ):
        assert tags.str.contains(tag).any(), tag
