"""Examiner set ``blind243`` (files ``*_ik.*``): labour-recruitment desks.

The files must show each desk's habits (encodings, delimiters, header words, date
styles, country spellings, count words) and the truth must say what a careful analyst
reads from each cell. Nothing here cleans or scores.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind243"
SEED = 243
N_EVENTS = 1500
SMALL_SEED = 2431
SMALL_EVENTS = 400
SOURCES = (
    "sepe_eures",
    "anapec_dii",
    "spe_colombia",
    "pasei_welfare",
    "ituc_recruitment_advisor",
)
#: Fields every non-quarantined row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
FIELDS += ("linked_offences",)
TOLERANCE = 1e-3


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ik", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_desk_reports(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ik", n_events=SMALL_EVENTS)
    truth = _truth(small)
    check_read_loses_no_row(small, SOURCES, truth)
    check_reports_of_events(small, truth, FIELDS)
    for source in SOURCES:
        assert (_rows(truth, source)["expected_status"] == "record").sum() >= 10, source


def test_exploitation_as_read(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown_exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # pure smuggling has no form of exploitation, whatever the desk wrote ("No procede")
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    # debt bondage is read as forced labour
    bondage = tags.str.contains("debt_bondage")
    assert bondage.any()
    assert (ok.loc[bondage, "exploitation"] == "forced_labour").all()


def test_partial_dates_only_on_single_reports(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    partial = truth.loc[tags.str.contains("partial_date")]
    assert set(partial["date_precision"]) == {"month", "quarter"}
    reported_twice = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert not set(partial["event_id"]) & reported_twice
    day = truth.loc[~tags.str.contains("partial_date") & truth["event_date"].notna()]
    assert (day["date_precision"] == "day").all()


def test_habits_stay_with_their_desk(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: tags[truth["source"] == s] for s in SOURCES}
    assert by_source["anapec_dii"].str.contains("mojibake").any()
    assert not tags[truth["source"] != "anapec_dii"].str.contains("mojibake").any()
    assert by_source["pasei_welfare"].str.contains("month_first_date").any()
    assert not tags[truth["source"] != "pasei_welfare"].str.contains("month_first_date").any()
    assert by_source["sepe_eures"].str.contains("serial_date").any()
    assert by_source["spe_colombia"].str.contains("numeric:detection_country").any()
    assert by_source["ituc_recruitment_advisor"].str.contains("eu_code").any()
    assert by_source["sepe_eures"].str.contains("demonym:nationality").any()
    assert by_source["pasei_welfare"].str.contains("demonym:nationality").any()
    assert tags.str.contains("na_word").any()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"pasei_welfare"}
    assert len(repeats) >= 3


# --------------------------------------------------------------------------------------
# The bytes of each desk
# --------------------------------------------------------------------------------------
def test_sepe_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["sepe_eures"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de detección", "Tipología")
    assert "Nº investigados" in header
    assert "País donde se detecta" in header
    body = [r for r in rows[1:] if r[0] and str(r[0]).startswith("EURES-ES/")]
    dates = [r[1] for r in body if r[1] is not None]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    assert any(re.fullmatch(r"[a-z]+ de \d{4}", d) for d in typed)  # month only
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    assert all(isinstance(r[4], int) or isinstance(r[4], str) for r in body)
    col = header.index("Nacionalidad")
    nats = {r[col] for r in body if r[col]}
    assert nats & {"marroquí", "argelina", "senegalesa", "maliense", "rumana"}
    assert nats & {"MARRUECOS", "ARGELIA", "SENEGAL", "MALÍ", "RUMANÍA"}
    modes = {r[header.index("Medio de transporte")] for r in body}
    assert {"Cayuco", "Patera"} <= modes
    lat = [r[header.index("Latitud")] for r in body if r[header.index("Latitud")] is not None]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d+", v) for v in lat)
    assert rows[-1][0] == "TOTAL GENERAL"


def test_anapec_bytes(paths: dict[str, Path]) -> None:
    raw = paths["anapec_dii"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert lines[0].startswith("N° signalement;Date du constat;Nature des faits;")
    assert "Tranche d'âge" in lines[0]
    assert "Ã©" in text  # rows keyed in through a UTF-8 web form
    cells = [line.split(";") for line in lines[1:] if line.startswith("DII/")]
    dates = [c[1] for c in cells]
    assert sum(bool(re.fullmatch(r"\d\d/\d\d/\d{4}", d)) for d in dates) > 0.7 * len(dates)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)
    assert {"aucun", "NC"} & {c[5] for c in cells}
    assert any(re.fullmatch(r"\d{2},\d{5}", c[14]) for c in cells)  # decimal comma
    assert any(c[8] in ("sénégalaise", "marocaine", "afghane", "syrienne") for c in cells)
    assert lines[-2].startswith("Total;")


def test_spe_export(paths: dict[str, Path]) -> None:
    raw = paths["spe_colombia"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    header = lines[0].split("|")
    assert header[:2] == ["CONSECUTIVO_ALERTA", "FECHA_HECHO"]
    assert all(h == h.upper() and " " not in h for h in header)
    cells = [line.split("|") for line in lines[1:] if line.startswith("SPE-AL-")]
    assert all(len(c) == len(header) for c in cells)
    assert {c[header.index("COD_PAIS_HECHO")] for c in cells} <= {"591", "840", ""}
    dates = [c[1] for c in cells if c[1]]
    assert all(re.fullmatch(r"\d{4}/\d\d(/\d\d)?", d) for d in dates if "/02/3" not in d)
    assert any(re.fullmatch(r"\d{4}/\d\d", d) for d in dates)
    values = " ".join(" ".join(c[2:14]) for c in cells)
    assert values == values.upper()
    assert not re.search(r"[ÁÉÍÓÚáéíóú]", values)  # the system strips accents
    assert "NNA" in values
    assert "EE.UU." in values


def test_pasei_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["pasei_welfare"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode Text": UTF-16 LE with BOM
    lines = raw.decode("utf-16").splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["Case No.", "Date of Incident", "Nature of Case"]
    assert "GPS Coordinates (Lat, Long)" in header
    cells = [line.split("\t") for line in lines[1:] if line.startswith("PASEI-WC-")]
    numeric = [c[1] for c in cells if re.fullmatch(r"\d\d/\d\d/\d{4}", c[1])]
    first = [int(d[:2]) for d in numeric if not d.startswith("02/3")]
    second = [int(d[3:5]) for d in numeric]
    assert max(first) <= 12  # month first, all the file long
    assert max(second) > 12
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", c[1]) for c in cells)
    gps = [c[header.index("GPS Coordinates (Lat, Long)")] for c in cells]
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", g) for g in gps)
    assert "nil" in {c[5] for c in cells}
    assert any(re.fullmatch(r"\d,\d{3}", c[4]) for c in cells)
    assert any(c[8] in ("Afghan", "Syrian", "Iraqi", "Pakistani") for c in cells)


def test_ituc_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["ituc_recruitment_advisor"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["case_id", "incident_date", "issue_category"]
    cases = [r for r in rows if str(r["case_id"]).startswith("RA-")]
    codes = {r["country_of_incident"] for r in cases} | {r["nationality"] for r in cases}
    assert {"UK", "EL"} <= codes
    assert not {"GB", "GR"} & codes
    dates = [r["incident_date"] for r in cases if r["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert all(isinstance(r["lat"], float) or r["lat"] is None for r in cases)
    assert rows[-1]["case_id"] == "TOTAL"
