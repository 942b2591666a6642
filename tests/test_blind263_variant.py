"""Examiner set ``blind263``: court-case trackers of five university law clinics.

These tests check what the set promises (files, truth, the clinics' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

from trendlib.samples import make_truth
from trendlib.samples._blind263 import CLINICS, make_blind263

VARIANT = "blind263"
SEED = 263
N_EVENTS = 1500
SMALL_SEED = 2631
SMALL_EVENTS = 400
SUFFIX = "_je"
SOURCES = [c.source for c in CLINICS]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
UV, SPO, ESSEX, ANDES, LYON = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    clinic = next(c for c in CLINICS if c.source == source)
    return pd.read_csv(
        paths[source],
        sep=clinic.delimiter,
        encoding=clinic.encoding,
        dtype=str,
        keep_default_na=False,
    )


def _sheet(paths: dict[str, Path]) -> list[tuple[object, ...]]:
    book = load_workbook(paths[UV], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    width = len(rows[0])
    return [tuple(r) + (None,) * (width - len(r)) for r in rows]


def _lines(paths: dict[str, Path]) -> list[dict[str, object]]:
    text = paths[LYON].read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_clinic_has_event_rows(n_events: int) -> None:
    subs = make_blind263(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_each_clinic_is_first_for_its_country(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"ESP": UV, "FRA": SPO, "GBR": ESSEX, "PAN": ANDES}
    got = first["source"].to_numpy()
    for country, src in zip(det, got, strict=True):
        assert src == want.get(country, LYON)


# --------------------------------------------------------------------------------------
# Valencia clinic: XLSX typed by students
# --------------------------------------------------------------------------------------
def test_uv_xlsx_headers_and_cells(paths: dict[str, Path]) -> None:
    rows = _sheet(paths)
    header = rows[0]
    assert header[:4] == ("Ref. sentencia", "Órgano judicial", "Fecha de los hechos", "Delito")
    dates = [r[2] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in dates)
    crimes = {str(r[3]) for r in rows[1:]}
    assert any("318 bis" in c for c in crimes)
    assert any("177 bis" in c for c in crimes)
    counts = [r[5] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and re.fullmatch(r"[a-z]+ \(\d+\)", c) for c in counts)
    words = {str(r[7]) for r in rows[1:]}
    assert "varones" in words or "varón" in words
    assert any(str(r[1]).startswith("AP ") for r in rows[1:])


def test_uv_future_dates_are_typed_years(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    fut = truth.loc[(truth["source"] == UV) & (truth["expected_reason"] == "future_date")]
    rows = _sheet(paths)
    for row in fut["source_row"].astype(int):
        cell = rows[row - 1][2]
        assert isinstance(cell, datetime)
        assert cell.year > 2100


# --------------------------------------------------------------------------------------
# Sciences Po clinic: French Excel CSV
# --------------------------------------------------------------------------------------
def test_spo_bytes(paths: dict[str, Path]) -> None:
    raw = paths[SPO].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° RG;Juridiction;Date des faits;Qualification;")
    assert "CESEDA" in text
    assert "225-4-1" in text
    assert re.search(r";5[01],\d{4};[12],\d{4};", text)  # decimal commas near Calais
    assert "Ã" in text  # country names garbled by a UTF-8 paste
    assert "courant " in text
    assert re.search(r"\n\d\d/\d{5};", text)  # RG numbers such as 23/00042


def test_spo_mojibake_rows_are_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    frame = _csv(paths, SPO)
    tags = tags_of(truth).loc[truth["source"] == SPO].reset_index(drop=True)
    garbled = frame.apply(lambda col: col.str.contains("Ã", regex=False)).any(axis=1)
    assert garbled.sum() > 0
    assert tags[garbled.to_numpy()].str.contains("mojibake").all()


# --------------------------------------------------------------------------------------
# Essex clinic: Excel "CSV UTF-8"
# --------------------------------------------------------------------------------------
def test_essex_bytes(paths: dict[str, Path]) -> None:
    raw = paths[ESSEX].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, ESSEX)
    assert frame.columns[:4].tolist() == ["Case ID", "Court", "Date of offence", "Offence"]
    dates = frame["Date of offence"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert frame["Route (transit)"].str.contains(" > ", regex=False).any()
    nat = frame["Victim nationality"].str.strip().str.lower()
    assert nat.isin(["vietnamese", "albanian", "iraqi", "afghan", "iranian"]).mean() > 0.3
    assert frame["Offence"].str.contains("s.25", regex=False).any()
    assert frame["No. of defendants"].isin(["nil", "none"]).any()


# --------------------------------------------------------------------------------------
# Los Andes clinic: Google Sheets CSV
# --------------------------------------------------------------------------------------
def test_andes_bytes(paths: dict[str, Path]) -> None:
    raw = paths[ANDES].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    frame = _csv(paths, ANDES)
    assert frame.columns[0] == "Radicado"
    assert frame["Coordenadas (lat, lon)"].str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").mean() > 0.8
    assert frame["Grupo etario"].str.contains("NNA", regex=False).any()
    assert frame["Fecha hechos"].str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.8
    assert frame["Nacionalidad"].str.strip().str.lower().isin(["venezolana", "haitiana"]).any()
    assert frame["Destino"].isin(["EE.UU.", "EEUU"]).any()


def test_andes_thousands_dot(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    frame = _csv(paths, ANDES)
    big = truth.loc[truth["source"] == ANDES, "n_persons"].astype("Float64") >= 1000
    cells = frame["Nº migrantes/víctimas"][big.fillna(False).to_numpy()]
    assert len(cells) > 0
    assert cells.str.fullmatch(r"\d\.\d{3}").all()


# --------------------------------------------------------------------------------------
# Lyon 3 clinic: JSON lines, French keys, codes
# --------------------------------------------------------------------------------------
def test_lyon_lines(paths: dict[str, Path]) -> None:
    lines = _lines(paths)
    assert next(iter(lines[0])) == "id_decision"
    det = {str(line["pays_detection"]) for line in lines if line.get("pays_detection")}
    assert {"EL", "IT", "HR", "PL", "US"} <= det
    assert "GR" not in det
    transit = [str(line["pays_transit"]) for line in lines if line.get("pays_transit")]
    assert all(re.fullmatch(r"[A-Z]{3}(, [A-Z]{3})*", t) for t in transit)
    counts = [line["nb_personnes"] for line in lines if line["id_decision"] != "TOTAL"]
    assert any(c is None for c in counts)
    assert all(isinstance(c, int | None) or isinstance(c, str) for c in counts)
    dates = [str(line["date_faits"]) for line in lines if line.get("date_faits")]
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)


def test_lyon_null_counts_are_placeholders(paths: dict[str, Path]) -> None:
    truth = _truth(paths).loc[lambda t: t["source"] == LYON].reset_index(drop=True)
    lines = _lines(paths)
    tags = tags_of(_truth(paths)).loc[lambda s: _truth(paths)["source"] == LYON]
    tags = tags.reset_index(drop=True)
    for i, line in enumerate(lines):
        if line["nb_personnes"] is None and truth.loc[i, "expected_status"] != "quarantine":
            assert "count_placeholder" in tags[i]


# --------------------------------------------------------------------------------------
# Truth honesty
# --------------------------------------------------------------------------------------
def test_bad_rows_expect_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    fields = ["event_date", "crime_type", "n_persons", "nationality", "lat"]
    assert bad[fields].isna().all().all()
    assert set(bad["source"]) == set(SOURCES)


def test_partial_dates_only_on_single_reports(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    dup_events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert len(partial) > 0
    assert not set(partial["event_id"]) & dup_events
