"""The examiner set ``blind267`` (files ``*_ji.*``): air-surveillance logs, known truth.

These tests check what the set promises: its files, its truth, and that the bytes show
each agency's habits. None of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
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

from trendlib.samples import make_truth
from trendlib.samples._blind267 import SOURCES, make_blind267

VARIANT = "blind267"
SEED = 267
N_EVENTS = 1500
SMALL_SEED = 2671
SMALL_EVENTS = 400
SUFFIX = "_ji"
NAMES = tuple(s.source for s in SOURCES)
TOLERANCE = 0.001  # degrees: positions in decimal minutes or seconds, rounded


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _cells(path: Path) -> pd.DataFrame:
    """The file's cells as text, indexed by ``source_row`` (read without trendlib)."""
    src = next(s for s in SOURCES if s.filename == path.name)
    if src.format == "csv":
        frame = pd.read_csv(
            path, sep=src.delimiter, encoding=src.encoding, dtype=str, keep_default_na=False
        )
        frame.index = np.arange(2, 2 + len(frame))
    elif src.format == "xlsx":
        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        width = len(rows[0])
        body = [list(r) + [None] * (width - len(r)) for r in rows[1:]]
        frame = pd.DataFrame(body, columns=rows[0], dtype=object)
        frame.index = np.arange(2, 2 + len(frame))
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame.index = np.arange(1, 1 + len(frame))
    return frame


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    src = next(s for s in SOURCES if s.source == source)
    rows = truth.loc[truth["source_file"] == src.filename].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _header(source: str, column: str) -> str:
    return next(s for s in SOURCES if s.source == source).headers[column]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind267(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        records = sub.expected["expected_status"].eq("record")
        assert records.sum() > 0, sub.filename
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_every_source_has_garbage_and_one_has_repeats(truth: pd.DataFrame) -> None:
    for src in SOURCES:
        rows = truth.loc[truth["source_file"] == src.filename]
        assert rows["messiness"].fillna("").str.contains("garbage_row").any(), src.source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {s.filename for s in SOURCES if s.repeats}


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_flottille_csv_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["flottille_24f"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° CR;Date/heure (UTC);Qualification;Nb pers. à bord;")
    assert re.search(r";\d{6}Z (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d\d;", text)
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)
    assert re.search(r";\d\d°\d\d,\d'N - 00\d°\d\d,\d'[EW];", text)
    assert re.search(r";\d+ pax;", text)
    for word in ("néant", "afghane", "Angleterre", "Diffusion Restreinte"):
        assert word in text, word
    assert re.search(r";Kurde (irakien|iranien|syrien);", text)
    assert "Ã" in text  # rows pasted from a UTF-8 tool


def test_flottille_mojibake_rows_read_as_the_event(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _cells(paths["flottille_24f"])
    rows = _rows(truth, "flottille_24f")
    garbled = rows.loc[tags_of(rows).str.contains("mojibake")]
    assert len(garbled) > 0
    for row in garbled.index:
        line = ";".join(cells.loc[row].astype(str))
        assert "Ã" in line or "Â" in line or "â€" in line, line


def test_amoc_csv_is_utf16_tab_month_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["amoc_riverside"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    header = text.split("\n")[0].split("\t")
    assert header[:3] == ["Event #", "Event Date", "Activity"]
    cells = _cells(paths["amoc_riverside"])
    rows = _rows(truth, "amoc_riverside")
    dated = rows.loc[rows["event_date"].notna()]
    day_first_seen = False
    for row, expected in dated["event_date"].items():
        cell = str(cells.loc[row, "Event Date"])
        match = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})( \d{1,2}:\d\d [AP]M)?$", cell)
        assert match, cell
        month, day, year = (int(g) for g in match.groups()[:3])
        assert pd.Timestamp(year, month, day) == pd.Timestamp(expected)
        day_first_seen |= day > 12
    assert day_first_seen  # the order shows itself within the file
    for word in ("FMUA", "UAC", "Alien smuggling", "\tOTM\t", "LAW ENFORCEMENT SENSITIVE"):
        assert word in text, word
    assert re.search(r"\t\d+\.\d{4}W\t", text)


def test_amoc_vague_words_expect_no_value(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths["amoc_riverside"])
    rows = _rows(truth, "amoc_riverside")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    otm = kept.loc[cells.loc[kept.index, "Citizenship"].str.strip().str.upper() == "OTM"]
    assert len(otm) > 0
    assert otm["nationality"].isna().all()
    zero = kept.loc[(cells.loc[kept.index, "Lat"] == "0") & (cells.loc[kept.index, "Long"] == "0")]
    assert zero[["lat", "lon"]].isna().all().all()


def test_saer_workbook_has_excel_dates_and_numbers(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _cells(paths["saer_gc"])
    assert list(cells.columns[:3]) == ["Nº servicio", "Fecha", "Actividad / delito"]
    dates = cells["Fecha"].dropna()
    as_dates = dates.map(lambda v: hasattr(v, "year"))
    assert as_dates.mean() > 0.6
    text = dates.loc[~as_dates].astype(str)
    assert text.str.match(r"\d\d/\d\d/\d{4}$").any()
    counts = cells["Nº personas"].dropna()
    assert counts.map(lambda v: isinstance(v, int)).mean() > 0.8
    assert counts.astype(str).str.contains("aprox").any()
    words = set(cells["Medio"].dropna().astype(str).str.strip().str.lower())
    assert {"patera", "cayuco"} <= words
    nat = cells["Nacionalidad"].dropna().astype(str).str.strip().str.lower()
    assert nat.isin(["marroquíes", "subsaharianos"]).any()
    rows = _rows(truth, "saer_gc")
    vague = rows.loc[nat.reindex(rows.index).eq("subsaharianos")]
    assert vague["nationality"].isna().all()


def test_fac_csv_is_utf8_bom_with_dms_and_serials(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["fac_cacom5"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.split("\n")[0].startswith("Consecutivo;Fecha novedad;Tipo de novedad;")
    for word in ("venezolanos", "NNA", "EE. UU.", "+/- ", "trocha (a pie)"):
        assert word in text, word
    cells = _cells(paths["fac_cacom5"])
    rows = _rows(truth, "fac_cacom5")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    date = cells.loc[kept.index, "Fecha novedad"]
    serial = date.str.fullmatch(r"\d{5}")
    assert serial.any()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(date[serial].astype(int), unit="D")
    assert (days.to_numpy() == pd.to_datetime(kept.loc[serial, "event_date"]).to_numpy()).all()
    assert date.str.fullmatch(r"20\d\d/\d\d/\d\d").any()


_DMS = re.compile(r"(\d+)°(\d+)'(\d+)\"([NS]) (\d+)°(\d+)'(\d+)\"([EW])")
_DDM = re.compile(r"(\d+)°(\d+),(\d)'([NS]) - (\d+)°(\d+),(\d)'([EW])")


def test_positions_read_as_their_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source, pattern in (("fac_cacom5", _DMS), ("flottille_24f", _DDM)):
        cells = _cells(paths[source])[_header(source, "coordinates")]
        rows = _rows(truth, source)
        kept = rows.loc[rows["lat"].notna()]
        assert len(kept) > 0
        for row in kept.index:
            match = pattern.fullmatch(cells.loc[row])
            assert match, cells.loc[row]
            g = match.groups()
            if source == "fac_cacom5":
                lat = int(g[0]) + int(g[1]) / 60 + int(g[2]) / 3600
                lon = int(g[4]) + int(g[5]) / 60 + int(g[6]) / 3600
            else:
                lat = int(g[0]) + (int(g[1]) + int(g[2]) / 10) / 60
                lon = int(g[4]) + (int(g[5]) + int(g[6]) / 10) / 60
            lat = lat if g[3] == "N" else -lat
            lon = lon if g[7] == "E" else -lon
            assert abs(lat - float(rows.loc[row, "lat"])) < 1e-5
            assert abs(lon - float(rows.loc[row, "lon"])) < 1e-5


def test_lighthouse_jsonl_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["lighthouse_reports"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) == set(SOURCES[4].headers.values())
    dates = [str(r["date"]) for r in records if r["date"] is not None]
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in dates)
    people = [r["people"] for r in records]
    assert any(isinstance(p, int) for p in people)
    assert any(isinstance(p, str) and re.fullmatch(r"\d,\d{3}", p) for p in people)
    assert any(isinstance(p, str) and p in ("two", "three", "four") for p in people)
    origins = [r["origin"] for r in records if isinstance(r["origin"], str)]
    assert any(o.isdigit() for o in origins)  # M49 numeric codes
    rows = _rows(truth, "lighthouse_reports")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept["lat"].isna().mean() > 0.15
    prec = set(kept["date_precision"])
    assert prec == {"day", "month", "quarter"}


def test_estimates_and_words_expect_their_number(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    seen = 0
    for src in SOURCES:
        cells = _cells(paths[src.source])[src.headers["n_persons"]]
        rows = _rows(truth, src.source)
        rows = rows.loc[rows["expected_status"] != "quarantine"]
        approx = rows.loc[tags_of(rows).str.contains("approx_count")]
        for row in approx.index:
            digits = re.sub(r"\D", "", str(cells.loc[row]))
            assert digits == approx.loc[row, "n_persons"], cells.loc[row]
            seen += 1
        thousands = rows.loc[
            tags_of(rows).str.contains("thousands:n_persons") & rows["n_persons"].notna()
        ]
        for row in thousands.index:
            digits = re.sub(r"\D", "", str(cells.loc[row]))
            assert digits == thousands.loc[row, "n_persons"], cells.loc[row]
    assert seen > 10


def test_second_reports_give_the_day(truth: pd.DataFrame) -> None:
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dups["source"]) == {"flottille_24f", "lighthouse_reports"}
    assert (dups["date_precision"] == "day").all()
    first = truth.set_index(truth["source_file"] + ":" + truth["source_row"])
    assert (first.loc[dups["duplicate_of"], "date_precision"].to_numpy() == "day").all()
