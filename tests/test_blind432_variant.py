"""The examiner's held-out set ``blind432`` (files ``*_pr.*``): what its files promise.

Five dairy-sector desks and a risk feed (Arla Foods UK, Sodiaal, Capsa Food, Grupo Lala,
Everstream). These tests check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
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
from trendlib.samples import make_truth
from trendlib.samples._blind432 import SOURCES, make_blind432

VARIANT = "blind432"
SEED = 432
N_EVENTS = 1500
SMALL_SEED = 4321
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
ISO3 = re.compile(r"^[A-Z]{3}$")


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(paths: dict[str, Path], source: str) -> list[list[str]]:
    """A CSV source's rows (header first), decoded with its own encoding and delimiter."""
    src = next(s for s in SOURCES if s.source == source)
    text = paths[source].read_bytes().decode(src.encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=src.delimiter or ","))


def _column(paths: dict[str, Path], source: str, header: str) -> list[str]:
    rows = _rows(paths, source)
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if len(r) > i]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_pr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_pr", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, NAMES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_gets_event_rows(n_events: int) -> None:
    subs = make_blind432(make_truth(seed=7, n_events=n_events), seed=7)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


# --------------------------------------------------------------------------------------
# The fields the shared checks leave to the variant
# --------------------------------------------------------------------------------------
def test_other_fields_are_the_events_or_left_out(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    no_destination = ok["source_file"].eq("arla_uk_msl_pr.csv")  # the UK log has no column
    for col in ("origin_country", "destination_country", "transit_countries"):
        blank = tags.str.contains(f"blank_{col}")
        if col == "destination_country":
            blank = blank | no_destination
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    assert ok["linked_offences"].equals(ev["linked_offences"])
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    assert ok.loc[ev["crime_type"] == "smuggling", "exploitation"].isna().all()
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        assert ok[col].dropna().str.match(ISO3).all(), col


def test_kurdish_names_no_state(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kurdish = truth.loc[tags.str.contains("kurdish") & truth["expected_status"].ne("quarantine")]
    assert len(kurdish) > 0
    assert kurdish["nationality"].isna().all()
    assert set(kurdish["source_file"]) == {"arla_uk_msl_pr.csv"}


def test_partial_dates_only_where_clerks_write_them(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"].isin(["month", "quarter"])]
    assert set(partial["source_file"]) <= {
        "arla_uk_msl_pr.csv",
        "sodiaal_conformite_pr.csv",
        "capsa_cumplimiento_pr.csv",
        "lala_seguridad_pr.xlsx",
    }
    assert partial["expected_reason"].ne("cross_source").all()
    month = pd.to_datetime(partial.loc[partial["date_precision"] == "month", "event_date"])
    assert (month.dt.day == 1).all()
    quarter = pd.to_datetime(partial.loc[partial["date_precision"] == "quarter", "event_date"])
    assert quarter.dt.month.isin([1, 4, 7, 10]).all()


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_arla_uk_csv_utf8_bom_comma(paths: dict[str, Path]) -> None:
    raw = paths["arla_uk_msl"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(paths, "arla_uk_msl")
    assert rows[0][:3] == ["Log Ref", "Date of Incident", "Concern Category"]
    assert "Location (Lat, Long)" in rows[0]
    assert {len(r) for r in rows if r} == {len(rows[0])}
    dates = [d for d in _column(paths, "arla_uk_msl", "Date of Incident") if d]
    day_first = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert all(int(d[3:5]) <= 12 for d in day_first)
    assert any(int(d[:2]) > 12 for d in day_first)  # day first, never month first
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    nationality = set(_column(paths, "arla_uk_msl", "Nationality"))
    assert {"Vietnamese", "Afghan", "Kurdish"} <= nationality
    assert any(" > " in r for r in _column(paths, "arla_uk_msl", "Known Route (transit)"))
    assert {"nil", "none"} & set(_column(paths, "arla_uk_msl", "Suspects (No.)"))
    assert {"UK", "GB"} <= set(_column(paths, "arla_uk_msl", "Country (Location)"))
    coords = [c for c in _column(paths, "arla_uk_msl", "Location (Lat, Long)") if c]
    assert all(re.fullmatch(r"-?\d+\.\d+, ?-?\d+\.\d+", c) for c in coords)


def test_sodiaal_csv_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["sodiaal_conformite"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _rows(paths, "sodiaal_conformite")
    assert rows[0][:2] == ["N° fiche", "Date des faits"]
    lat = [c for c in _column(paths, "sodiaal_conformite", "Latitude") if c]
    assert lat
    assert all(re.fullmatch(r"-?\d+,\d{5}", c) for c in lat)
    text = raw.decode("cp1252")
    assert "Ã" in text  # the batch pasted from a UTF-8 partner file
    assert "érythréenne" in text or "afghane" in text
    assert " / " in "".join(_column(paths, "sodiaal_conformite", "Pays traversés"))
    suspects = set(_column(paths, "sodiaal_conformite", "Nb mis en cause"))
    assert {"aucun", "néant"} & suspects
    dates = [d for d in _column(paths, "sodiaal_conformite", "Date des faits") if d]
    assert any(re.fullmatch(r"T[1-4] \d{4}|\d(er|e) trimestre \d{4}", d) for d in dates)


def test_capsa_csv_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["capsa_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    rows = _rows(paths, "capsa_cumplimiento")
    assert rows[0][:3] == ["Nº Expediente", "Fecha hechos", "Tipo penal"]
    assert "Sexo (V/M)" in rows[0]
    crimes = set(_column(paths, "capsa_cumplimiento", "Tipo penal"))
    assert "Art. 318 bis CP" in crimes
    coords = [c for c in _column(paths, "capsa_cumplimiento", "Coordenadas") if c]
    dms = [c for c in coords if "º" in c]
    assert dms
    assert any(c.endswith(" O") for c in dms)  # oeste: west of Greenwich
    counts = _column(paths, "capsa_cumplimiento", "Nº personas")
    assert any(re.fullmatch(r"\d\.\d{3}", c) for c in counts)  # 1.234 = one thousand...
    dates = [d for d in _column(paths, "capsa_cumplimiento", "Fecha hechos") if d]
    assert any(re.fullmatch(r"\d{4}/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dates)


def test_lala_xlsx_excel_dates_and_serials(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["lala_seguridad"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Folio", "Fecha del evento", "Tipo de incidente")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", d) for d in dates)
    words = {v for r in rows[1:] for v in r if isinstance(v, str)}
    assert "Tráfico de personas" in words  # Mexican law's word for smuggling
    assert {"EUA", "E.U.A.", "EE.UU."} & words
    assert "NNA" in words
    assert any(isinstance(r[4], int) for r in rows[1:])


def test_everstream_jsonl_api_feed(paths: dict[str, Path]) -> None:
    lines = paths["everstream_alerts"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    m49 = {r["incident_country_m49"] for r in records} - {None}
    assert m49 <= {"380", "300", "191", "616", "591", "826", "724", "840"}
    times = [r["event_time_utc"] for r in records if r["event_time_utc"]]
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", t)) for t in times) > 0
    transit = [r["transit_iso2"] for r in records if r["transit_iso2"]]
    assert any(";" in t for t in transit)
    assert all(re.fullmatch(r"[A-Z]{2}(;[A-Z]{2})*", t) for t in transit)
    assert "Syrian Arab Republic" in {r["nationality"] for r in records}
    assert any(isinstance(r["people_affected"], int) for r in records)
