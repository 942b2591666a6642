"""The ``blind105`` examiner set (files ``*_dc.*``): its files and its ground truth.

These tests check what the set writes and what its truth promises; none of them cleans
or scores the files.
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
from trendlib.samples._blind105 import BLIND105_SOURCES

VARIANT = "blind105"
SEED = 105
N_EVENTS = 1500
SMALL_SEED = 1051
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND105_SOURCES)
BY_SOURCE = {s.source: s for s in BLIND105_SOURCES}
#: Fields every row gives exactly as the event (nothing of them is ever left out).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: a point written to the minute is within 1/120 degree of the true one.
TOLERANCE = 0.0085


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, source: str) -> str:
    return path.read_bytes().decode(BY_SOURCE[source].encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dc", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_dc", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_who_reports_what(paths: dict[str, Path]) -> None:
    """Each source first reports the events of its detection countries, as documented."""
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    got: dict[str, set[str]] = {s: set() for s in SOURCES}
    for src, country in zip(first["source"], where, strict=True):
        got[src] = got[src] | {country}
    assert got["fgjnl_uetp_dc"] == {"USA"}
    assert got["ioam_oaxaca_dc"] == {"PAN"}
    assert got["spdunkerque_dc"] == {"FRA"}
    assert got["fgever_feam_dc"] == set()  # second reports only
    assert got["wco_rilo_we_dc"] >= {"ESP", "ITA", "GRC", "GBR", "HRV", "POL"}
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dup["source"]) == {
        "fgever_feam_dc",
        "ioam_oaxaca_dc",
        "spdunkerque_dc",
        "wco_rilo_we_dc",
    }


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    assert {s.language for s in BLIND105_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND105_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND105_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    for src in BLIND105_SOURCES:
        path = paths[src.source]
        assert path.name == src.filename
        assert path.suffix == f".{src.format}"
    raw = {s.source: paths[s.source].read_bytes() for s in BLIND105_SOURCES}
    # UTF-8 with BOM, ',' (Nuevo León)
    assert raw["fgjnl_uetp_dc"].startswith(b"\xef\xbb\xbf")
    header = raw["fgjnl_uetp_dc"].decode("utf-8-sig").splitlines()[0]
    assert header.split(",") == list(BY_SOURCE["fgjnl_uetp_dc"].headers.values())
    # Latin-1, '|' (Veracruz): not UTF-8, and its accents are single bytes
    with pytest.raises(UnicodeDecodeError):
        raw["fgever_feam_dc"].decode("utf-8")
    header = raw["fgever_feam_dc"].decode("latin-1").splitlines()[0]
    assert header.split("|") == list(BY_SOURCE["fgever_feam_dc"].headers.values())
    assert "Investigación Ministerial".encode("latin-1") in raw["fgever_feam_dc"]
    # cp1252, ';', CRLF (Dunkerque): the en dash of the note is cp1252's 0x96
    with pytest.raises(UnicodeDecodeError):
        raw["spdunkerque_dc"].decode("utf-8")
    assert b"\r\n" in raw["spdunkerque_dc"]
    assert "provisoires – ne pas".encode("cp1252") in raw["spdunkerque_dc"]
    header = raw["spdunkerque_dc"].decode("cp1252").splitlines()[0]
    assert header.split(";") == list(BY_SOURCE["spdunkerque_dc"].headers.values())
    # JSON lines, UTF-8, camelCase keys (WCO)
    lines = raw["wco_rilo_we_dc"].decode("utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first) == list(BY_SOURCE["wco_rilo_we_dc"].headers.values())
    # XLSX with the institute's own headers (Oaxaca)
    sheet = load_workbook(paths["ioam_oaxaca_dc"], read_only=True).active
    assert sheet is not None
    top = next(sheet.iter_rows(values_only=True))
    assert list(top) == list(BY_SOURCE["ioam_oaxaca_dc"].headers.values())


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes and in the truth
# --------------------------------------------------------------------------------------
def test_mexican_quirks_in_bytes(paths: dict[str, Path]) -> None:
    nl = _text(paths["fgjnl_uetp_dc"], "fgjnl_uetp_dc")
    assert "ART. 159" in nl
    assert "LGPSEDMTP" in nl
    assert re.search(r"\b\d{2}-(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-20\d\d\b", nl)
    assert re.search(r"\b\d{1,2} DE [A-Z]+ DE 20\d\d\b", nl)
    assert "NNA" in nl
    assert re.search(r",(EUA|E\.U\.A\.|EE\.UU\.),", nl)
    assert "TRAFICO" in nl  # upper case without accents
    ver = _text(paths["fgever_feam_dc"], "fgever_feam_dc")
    assert re.search(r"\|(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d", ver)
    assert re.search(r"\|-?\d+\.\d{5}, -\d+\.\d{5}\|", ver)  # one 'lat, long' cell
    assert "Tráfico de Indocumentados" in ver


def test_oaxaca_sheet_cells(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["ioam_oaxaca_dc"], read_only=True).active
    assert sheet is not None
    rows = [(*r, *([None] * 16))[:16] for r in sheet.iter_rows(min_row=2, values_only=True)]
    dates = [r[1] for r in rows]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"[a-z]+ (de )?20\d\d", t) for t in texts)  # month only
    assert any("trimestre" in t or re.match(r"[a-z]+-[a-z]+ 20", t) for t in texts)
    coords = [str(r[14]) for r in rows if r[14]]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\"N, \d+°\d\d'\d\d\"O", c) for c in coords)
    assert any(re.fullmatch(r"\d+°\d\d'N, \d+°\d\d'O", c) for c in coords)
    counts = [r[4] for r in rows]
    assert any(isinstance(c, str) and c.startswith(("aprox.", "unas ")) for c in counts)


def test_dunkerque_quirks_in_bytes(paths: dict[str, Path]) -> None:
    dk = _text(paths["spdunkerque_dc"], "spdunkerque_dc")
    assert "L823-1 CESEDA" in dk
    assert re.search(r";\d{2},\d{4,5};\d,\d{4,5};", dk)  # decimal-comma coordinates
    assert ";néant;" in dk
    assert "small boat" in dk
    assert "Angleterre" in dk
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        dk,
    )
    assert re.search(r";(1er|2e|3e|4e) trimestre 20\d\d;|;T[1-4] 20\d\d;", dk)


def test_wco_quirks_in_bytes(paths: dict[str, Path]) -> None:
    recs = [
        json.loads(line)
        for line in paths["wco_rilo_we_dc"].read_text(encoding="utf-8").splitlines()
    ]
    pos = [r["position"] for r in recs if isinstance(r["position"], str)]
    assert any(re.fullmatch(r"\d\d°\d\d\.\d{3}'N \d{3}°\d\d\.\d{3}'[EW]", p) for p in pos)
    assert any(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}", p) for p in pos)
    countries = {r["detectionCountry"] for r in recs}
    assert {"IT", "ES", "GR", "HR", "PL"} <= countries
    assert countries & {"UK", "UK - United Kingdom"}
    dates = {str(r["detectionDate"]) for r in recs}
    assert any(re.fullmatch(r"20\d\d-Q[1-4]|Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d-[A-Z]{3}-20\d\d", d) for d in dates)
    assert {"nil", "none"} & {str(r["suspectsArrested"]) for r in recs}
    assert any(str(r["transitCountries"]).count("-") >= 2 for r in recs)


def test_tags_in_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_src = {s: ";".join(tags[truth["source"] == s]) for s in SOURCES}
    assert "dms_coords" in by_src["ioam_oaxaca_dc"]
    assert "excel_serial" in by_src["ioam_oaxaca_dc"]
    assert "approx_count" in by_src["ioam_oaxaca_dc"]
    assert "ddm_coords" in by_src["wco_rilo_we_dc"]
    assert "iso2_code" in by_src["wco_rilo_we_dc"]
    assert "decimal_comma" in by_src["spdunkerque_dc"]
    assert "no_accents" in by_src["fgjnl_uetp_dc"]
    assert "mojibake" in by_src["fgjnl_uetp_dc"] + by_src["fgever_feam_dc"]
    # partial dates only outside duplicated events, at the documented precisions
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    dup = truth.loc[truth["expected_reason"] == "cross_source", "date_precision"]
    assert set(dup) == {"day"}


def test_exact_repeats_are_in_the_resent_files(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rep = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(rep["source"]) == {s.source for s in BLIND105_SOURCES if s.repeats}
