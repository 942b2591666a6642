"""The examiner set ``blind180`` (files ``*_fz.*``): what its files and truth promise.

Nothing here cleans or scores: the tests check that the bytes show each agency's habits
and that the truth expects what a careful analyst reads from the cells.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

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
from trendlib.samples._blind180 import SOURCES, make_blind180

VARIANT = "blind180"
SEED = 180
N_EVENTS = 1500
SMALL_SEED = 1801
SMALL_EVENTS = 400
SOURCE_NAMES = [s.source for s in SOURCES]
SNSM, STELLA, AMBREY, IBWC, MIAMBIENTE = SOURCE_NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if len(r) > i]


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(got, SOURCE_NAMES, suffix="_fz", n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_read_loses_no_row(got, SOURCE_NAMES, _truth(got))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_expected_values(got, _truth(got), ("crime_type",), tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_every_size() -> None:
    for n, seed in ((300, 3), (400, SMALL_SEED), (1500, SEED)):
        subs = make_blind180(make_truth(seed=seed, n_events=n), seed=seed)
        for sub in subs:
            records = sub.expected["expected_status"].eq("record").sum()
            assert records >= 5, (n, sub.filename)


def test_routing(paths: dict[str, Path]) -> None:
    """Each primary reports its own country's events; Ambrey all others and the repeats."""
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    own = {SNSM: {"FRA"}, STELLA: {"ESP"}, IBWC: {"USA"}, MIAMBIENTE: {"PAN"}}
    for source, countries in own.items():
        assert set(det[(first["source"] == source).to_numpy()]) == countries
    rest = set(det[(first["source"] == AMBREY).to_numpy()])
    assert rest.isdisjoint({"FRA", "ESP", "USA", "PAN"})
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    assert set(cross["source"]) == {AMBREY}


# --------------------------------------------------------------------------------------
# SNSM: French, cp1252, ";", CRLF, DDM positions with a decimal comma
# --------------------------------------------------------------------------------------
def test_snsm_bytes(paths: dict[str, Path]) -> None:
    raw = paths[SNSM].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(paths[SNSM], "cp1252", ";")
    assert rows[0][:3] == ["N° CRI", "Date/heure alerte", "Station SNSM"]
    dates = [d for d in _column(rows, "Date/heure alerte") if d]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4} \d\dh\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    pos = [p for p in _column(rows, "Position (WGS84)") if p]
    assert pos
    assert all(re.fullmatch(r"\d\d°\d\d,\d\d'[NS] \d{3}°\d\d,\d\d'[EW]", p) for p in pos)
    nats = {v.strip().lower() for v in _column(rows, "Nationalité déclarée")}
    assert {"afghane", "irakienne", "érythréenne"} & nats
    assert "Angleterre" in _column(rows, "Destination déclarée")
    assert {"aucun", "néant"} & set(_column(rows, "Passeurs présumés remis à la PAF"))
    assert "" in _column(rows, "N° CRI")  # the blank line of the export
    assert any(r and r[0].startswith("TOTAL") for r in rows)


def test_snsm_truth_reads_the_positions(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _csv_rows(paths[SNSM], "cp1252", ";")
    mine = _rows_of(truth, SNSM).set_index("source_row")
    pos = rows[0].index("Position (WGS84)")
    for line, row in enumerate(rows[1:], start=2):
        m = re.fullmatch(r"(\d+)°([\d,]+)'N (\d+)°([\d,]+)'E", row[pos]) if row else None
        if m is None or mine.loc[str(line), "expected_status"] == "quarantine":
            continue
        lat = int(m[1]) + float(m[2].replace(",", ".")) / 60
        lon = int(m[3]) + float(m[4].replace(",", ".")) / 60
        assert abs(float(mine.loc[str(line), "lat"]) - lat) < 1e-6
        assert abs(float(mine.loc[str(line), "lon"]) - lon) < 1e-6


# --------------------------------------------------------------------------------------
# Stella Maris: Spanish XLSX, Excel dates, serials, months and quarters, demonyms
# --------------------------------------------------------------------------------------
def test_stella_maris_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[STELLA])
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº registro", "Fecha", "Delegación"]
    assert not {"x", "y", "Latitud", "Posición"} & set(header)  # no position kept
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 100  # real Excel dates
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)  # 2021-2023
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.search(r"trimestre|^T[1-4] ", t) for t in texts)
    assert any(re.fullmatch(r"[a-z]+ \d{4}|\d\d/\d{4}", t) for t in texts)
    col = {h: i for i, h in enumerate(header)}
    nats = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert {"marroquí", "senegalesa", "senegalés"} & nats
    assert "M" in {r[col["Sexo"]] for r in rows[1:]}
    assert "MENA" in {r[col["Edad"]] for r in rows[1:]}
    counts = [r[col["Nº personas atendidas"]] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.isdigit() for c in counts)


def test_stella_maris_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    mine = _rows_of(truth, STELLA)
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
    assert kept["lat"].isna().all()
    assert kept["n_suspects"].isna().all()
    book = openpyxl.load_workbook(paths[STELLA])
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    sex = rows[0].index("Sexo")
    by_row = kept.set_index("source_row")
    for line, row in enumerate(rows[1:], start=2):
        if str(line) in by_row.index and row[sex] in ("M", "mujer", "mujeres"):
            assert by_row.loc[str(line), "gender"] == "female"  # M = mujer


# --------------------------------------------------------------------------------------
# Ambrey: JSON lines, ISO 8601 UTC, ISO alpha-2 ("UK"), transit "TR, BG, RS"
# --------------------------------------------------------------------------------------
def test_ambrey_feed(paths: dict[str, Path]) -> None:
    raw = paths[AMBREY].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(x) for x in raw.decode("utf-8").splitlines()]
    assert all(isinstance(x, dict) for x in lines)
    dates = [x["incident_date"] for x in lines if isinstance(x.get("incident_date"), str)]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    codes = {x["country_iso2"] for x in lines if x.get("country_iso2")}
    assert codes >= {"IT", "GR", "HR", "UK"}
    assert "GB" not in codes
    transit = [x["transit_states"] for x in lines if x.get("transit_states")]
    assert any(re.fullmatch(r"[A-Z]{2}(, [A-Z]{2}){2,}", t) for t in transit)
    assert any(isinstance(x.get("latitude"), float) for x in lines)
    assert lines[-1]["incident_id"] == "FEED TOTAL"


def test_ambrey_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    lines = [json.loads(x) for x in paths[AMBREY].read_text(encoding="utf-8").splitlines()]
    mine = _rows_of(truth, AMBREY).set_index("source_row")
    for line, obj in enumerate(lines, start=1):
        row = mine.loc[str(line)]
        if row["expected_status"] == "quarantine":
            continue
        if obj.get("country_iso2") == "UK":
            assert row["detection_country"] == "GBR"
        d = obj.get("incident_date")
        if isinstance(d, str) and re.fullmatch(r"\d{4}-Q[1-4]", d):
            assert row["date_precision"] == "quarter"
            year, q = int(d[:4]), int(d[-1])
            assert row["event_date"] == f"{year}-{3 * q - 2:02d}-01"


# --------------------------------------------------------------------------------------
# IBWC: UTF-16 with BOM, tab, month-first dates, Garmin positions, "OTM"
# --------------------------------------------------------------------------------------
def test_ibwc_bytes(paths: dict[str, Path]) -> None:
    raw = paths[IBWC].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    rows = _csv_rows(paths[IBWC], "utf-16", "\t")
    assert rows[0][:2] == ["Log No.", "Date of Encounter"]
    dates = [d for d in _column(rows, "Date of Encounter") if d]
    assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}( \d\d:\d\d)?", d) for d in dates)
    assert any(int(d.split("/")[1]) > 12 for d in dates)  # month first: the day runs to 31
    assert all(int(d.split("/")[0]) <= 12 for d in dates)
    pos = [p for p in _column(rows, "GPS Position") if p]
    assert all(re.fullmatch(r"N\d\d \d\d\.\d{3} W\d{3} \d\d\.\d{3}", p) for p in pos)
    assert "OTM" in _column(rows, "Nationality")
    assert {"U.S.", "US", "USA"} >= {s for s in _column(rows, "Side") if s}
    assert "N/A" in _column(rows, "TIP Type")
    assert "Grand Total" in _column(rows, "Log No.")


def test_ibwc_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _csv_rows(paths[IBWC], "utf-16", "\t")
    mine = _rows_of(truth, IBWC).set_index("source_row")
    nat = rows[0].index("Nationality")
    day = rows[0].index("Date of Encounter")
    for line, row in enumerate(rows[1:], start=2):
        if not row or not row[0] or mine.loc[str(line), "expected_status"] == "quarantine":
            continue
        if row[nat] == "OTM":
            assert pd.isna(mine.loc[str(line), "nationality"])
        if row[day]:
            m, d, y = (int(x) for x in row[day].split(" ")[0].split("/"))
            assert mine.loc[str(line), "event_date"] == f"{y}-{m:02d}-{d:02d}"


# --------------------------------------------------------------------------------------
# MiAmbiente: Survey123 export, UTF-8 with BOM, x/y, codes by form version, mojibake
# --------------------------------------------------------------------------------------
def test_miambiente_bytes(paths: dict[str, Path]) -> None:
    raw = paths[MIAMBIENTE].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(paths[MIAMBIENTE], "utf-8-sig", ",")
    assert rows[0][-2:] == ["x", "y"]
    dates = [d for d in _column(rows, "Fecha y hora del avistamiento") if d]
    assert any(int(d[:2]) > 12 for d in dates if re.match(r"\d\d/", d))  # day first
    country = set(_column(rows, "País"))
    assert {"Panamá", "PAN", "591", "PanamÃ¡"} <= country
    text = raw.decode("utf-8-sig")
    assert "HaitÃ" in text or "DariÃ©n" in text
    assert "EE.UU." in _column(rows, "Destino declarado")
    assert "ninguno" in _column(rows, "Guías / coyotes observados")
    xs = [float(x) for x in _column(rows, "x") if x]
    assert xs
    assert all(-79 < x < -76 for x in xs)  # longitude comes first


def test_miambiente_repeats_and_mojibake_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    mine = _rows_of(truth, MIAMBIENTE)
    assert mine["expected_reason"].eq("exact_repeat").sum() >= 3
    tags = tags_of(truth).loc[mine.index]
    garbled = mine.loc[tags.str.contains("mojibake") & mine["expected_status"].ne("quarantine")]
    assert len(garbled) > 0
    assert garbled["detection_country"].dropna().eq("PAN").all()
