"""The thirteenth examiner's sample set (``blind13``, files ``*_o.*``).

blind13 is held out: it was written without reading the cleaner's tables, to measure
how well the cleaner generalises to wording and formats it was never tuned on. The
lead scores the cleaner on it once; these tests never run the cleaner on it. They check
only that the files and the ground truth say what they promise: every row readable,
the truth's expected values those of the true events but for what a row leaves out,
same seed -> same bytes, and the agencies' own formats as documented in
:mod:`trendlib.samples._blind13`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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
from trendlib.samples._blind13 import BLIND13_SOURCES, make_blind13

SEED = 13
N_EVENTS = 1500
SEED_SMALL = 131
N_SMALL = 400
VARIANT = "blind13"
SOURCES = [s.source for s in BLIND13_SOURCES]
BY_SOURCE = {s.source: s for s in BLIND13_SOURCES}
#: Fields every non-quarantined row expects exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _truth_rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth_rows(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED_SMALL, n_events=N_SMALL)


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """One CSV file as text cells, indexed by ``source_row`` (header = row 1)."""
    src = BY_SOURCE[source]
    frame = pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = pd.RangeIndex(2, len(frame) + 2)
    return frame


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index(rows["source_row"].astype(int))


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_o", n_events=N_EVENTS)


def test_files_and_truth_small_seed(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_o", n_events=N_SMALL)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small_seed(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth_rows(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED_SMALL)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_expected_values_small_seed(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth_rows(small), EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# What the agencies' files plant
# --------------------------------------------------------------------------------------
def test_sources_and_dispatch() -> None:
    subs = make_blind13(make_truth(seed=3, n_events=150), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND13_SOURCES]
    assert {s.language for s in subs} == {"fr", "es", "en"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    assert {s.encoding for s in subs} >= {"cp1252", "utf-8-sig", "latin-1"}
    assert all(Path(s.filename).stem.endswith("_o") for s in subs)


def test_file_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    ocriest = paths["ocriest_o"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        ocriest.decode("utf-8")
    text = ocriest.decode("cp1252")
    assert text.startswith("N° procédure;Date des faits;")
    assert "\r\n" in text
    r4v = paths["r4v_monitoreo_o"].read_bytes()
    assert r4v.startswith(b"\xef\xbb\xbf")
    assert r4v.decode("utf-8-sig").split("\n", 1)[0].split("\t")[:2] == [
        "ID caso",
        "Fecha de la entrevista",
    ]
    icmpd = paths["icmpd_mtm_o"].read_bytes()
    assert b"T\xfcrkiye" in icmpd  # latin-1, not UTF-8
    assert icmpd.decode("latin-1").startswith("Case ID,Date of detection,Phenomenon,")
    lines = paths["cbp_o"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_cbp_writes_us_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "cbp_o.jsonl")
    lines = paths["cbp_o"].read_text(encoding="utf-8").splitlines()
    cells = {i + 1: json.loads(line)["apprehension_date"] for i, line in enumerate(lines)}
    day_rows = rows.loc[rows["date_precision"] == "day"]
    assert len(day_rows) > 100
    late_days = 0
    for row, expected in zip(day_rows.index, day_rows["event_date"], strict=True):
        month, day, year = (int(p) for p in str(cells[int(row)]).split("/"))
        assert pd.Timestamp(year=year, month=month, day=day) == pd.Timestamp(expected)
        late_days += day > 12
    assert late_days > 50  # plenty of rows tell the month from the day
    quarters = rows.loc[rows["date_precision"] == "quarter"].index
    assert all(re.fullmatch(r"CY20\d\d Q[1-4]", str(cells[r])) for r in quarters)


def test_fiscalia_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["fiscalia_extranjeria_o"], read_only=True)
    sheet = book.worksheets[0]
    grid = list(sheet.iter_rows(values_only=True))
    header = list(grid[0])
    assert header[:2] == ["Nº Diligencias", "Fecha de los hechos"]
    dates = [r[1] for r in grid[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 150  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.search(r"(de 20\d\d|[1-4]T 20\d\d)$", d) for d in dates)
    rows = _rows_of(truth, "fiscalia_extranjeria_o.xlsx")
    pos = header.index("Posición (según atestado)")
    dm = rows.loc[rows["tags"].str.contains("coords_dm") & rows["lat"].notna()]
    assert len(dm) > 100
    pattern = re.compile(r"(\d+)º (\d\d,\d\d)' ([NS])  (\d+)º (\d\d,\d\d)' ([EW])")
    for row, want_lat, want_lon in zip(dm.index, dm["lat"], dm["lon"], strict=True):
        match = pattern.fullmatch(str(grid[int(row) - 1][pos]))
        assert match is not None
        lat = int(match[1]) + float(match[2].replace(",", ".")) / 60
        lon = int(match[4]) + float(match[5].replace(",", ".")) / 60
        lat, lon = (-lat if match[3] == "S" else lat), (-lon if match[6] == "W" else lon)
        assert abs(lat - float(want_lat)) < 1e-6
        assert abs(lon - float(want_lon)) < 1e-6


def test_thousands_separators(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ocriest = _csv(paths, "ocriest_o")
    fr_rows = _rows_of(truth, "ocriest_o.csv")
    seps = fr_rows.loc[fr_rows["tags"].str.contains("thousands_sep") & fr_rows["n_persons"].notna()]
    for row, persons in zip(seps.index, seps["n_persons"], strict=True):
        cell = str(ocriest.at[int(row), "Nb victimes / migrants"])
        assert re.fullmatch(r"\d[ \xa0]\d{3}", cell)
        assert int(re.sub(r"\D", "", cell)) == int(persons)
    icmpd = _csv(paths, "icmpd_mtm_o")
    en_rows = _rows_of(truth, "icmpd_mtm_o.csv")
    seps = en_rows.loc[en_rows["tags"].str.contains("thousands_sep") & en_rows["n_persons"].notna()]
    assert len(seps) > 0
    for row, persons in zip(seps.index, seps["n_persons"], strict=True):
        cell = str(icmpd.at[int(row), "No. of persons"])
        assert re.fullmatch(r"\d,\d{3}", cell)
        assert int(cell.replace(",", "")) == int(persons)


def test_placeholders_by_source(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    words = {
        "ocriest_o": ({"inconnu", "n.c.", "indéterminé"}, "Nb victimes / migrants"),
        "r4v_monitoreo_o": ({"NS/NR", "Sin dato"}, "Nº de personas en el grupo"),
        "icmpd_mtm_o": ({"n/k", "tbc"}, "No. of persons"),
    }
    for source, (allowed, header) in words.items():
        frame = _csv(paths, source)
        rows = _rows_of(truth, BY_SOURCE[source].filename)
        held = rows.loc[rows["tags"].str.contains("count_placeholder")]
        held = held.loc[held["expected_status"] != "quarantine"]
        assert len(held) > 0, source
        assert set(frame.loc[held.index, header]) <= allowed, source
        assert held["n_persons"].isna().all(), source


def test_partial_dates_in_each_language(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ocriest = _csv(paths, "ocriest_o")
    fr_rows = _rows_of(truth, "ocriest_o.csv")
    months = fr_rows.loc[fr_rows["date_precision"] == "month"].index
    assert len(months) > 0
    assert all(re.fullmatch(r"[a-zéû]+ 20\d\d", ocriest.loc[r, "Date des faits"]) for r in months)
    r4v = _csv(paths, "r4v_monitoreo_o")
    es_rows = _rows_of(truth, "r4v_monitoreo_o.csv")
    quarters = es_rows.loc[es_rows["date_precision"] == "quarter"].index
    assert len(quarters) > 0
    cells = r4v.loc[quarters, "Fecha de la entrevista"]
    assert all(re.fullmatch(r"(I|II|III|IV) trimestre 20\d\d", c) for c in cells)


def test_garbage_rows_written_the_agencies_way(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for src in BLIND13_SOURCES:
        rows = truth.loc[truth["source_file"] == src.filename]
        garbage = rows.loc[rows["messiness"] == "garbage_row"]
        assert set(garbage["expected_reason"].dropna()) >= {"no_content", "no_date"}
        assert set(garbage["source_ref"].dropna()) == {src.note, src.total}
        assert (garbage["expected_reason"] == "empty_row").any() == (src.format == "csv")


def test_second_reports_cross_languages(truth: pd.DataFrame) -> None:
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dups["source_file"]) == {"ocriest_o.csv", "icmpd_mtm_o.csv", "r4v_monitoreo_o.csv"}
    first_files = set(dups["duplicate_of"].str.split(":").str[0])
    assert {"cbp_o.jsonl", "fiscalia_extranjeria_o.xlsx", "icmpd_mtm_o.csv"} <= first_files
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"cbp_o.jsonl", "r4v_monitoreo_o.csv"}
