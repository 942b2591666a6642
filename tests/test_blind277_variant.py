"""The ``blind277`` examiner set (files ``*_js.*``): what its files and its truth promise.

Five private-security and security-desk sources (Securitas France, Prosegur, Allied
Universal, Mitie Care & Custody, the OSAC RISC digest). These tests check the bytes on
disk and the ground truth only; none of them cleans or scores.
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
from trendlib.samples._examiner import MONTHS

VARIANT = "blind277"
SEED = 277
N_EVENTS = 1500
SMALL_SEED = 2771
SMALL_EVENTS = 400
SOURCES = (
    "securitas_opale",
    "prosegur_puertos",
    "allied_universal_swb",
    "mitie_care_custody",
    "osac_risc",
)
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    at = rows[0].index(header)
    return [r[at] for r in rows[1:] if any(r)]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_js", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_js", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_undetermined_exploitation_is_unknown(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    keep = truth["expected_status"] != "quarantine"
    ok = truth.loc[keep].reset_index(drop=True)
    tags = tags_of(truth).loc[keep].reset_index(drop=True)
    ev = _events(paths).set_index("event_id").loc[ok["event_id"]].reset_index()
    undetermined = tags.str.contains("unknown:exploitation")
    assert undetermined.sum() > 0
    assert (ok.loc[undetermined, "exploitation"] == "unknown").all()
    assert ok.loc[~undetermined, "exploitation"].equals(ev.loc[~undetermined, "exploitation"])
    # pure smuggling rows never expect a form of exploitation
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()


def test_routing_by_detection_country(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    first = truth.loc[truth["expected_status"] == "record"]
    by_file = first.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_file["securitas_opale_js.csv"] == {"FRA"}
    assert by_file["prosegur_puertos_js.xlsx"] == {"ESP"}
    assert by_file["allied_universal_swb_js.jsonl"] == {"USA"}
    assert by_file["mitie_care_custody_js.csv"] == {"GBR"}
    assert by_file["osac_risc_js.csv"] == {"ITA", "GRC", "HRV", "POL", "PAN"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source_file"]
    assert set(cross) == {"osac_risc_js.csv", "securitas_opale_js.csv"}


def test_partial_dates_only_in_the_digest(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    partial = truth.loc[tags_of(truth).str.contains("partial_date")]
    assert set(partial["source_file"]) == {"osac_risc_js.csv"}
    assert set(partial["date_precision"].dropna()) == {"month", "quarter"}
    assert (partial["expected_reason"].fillna("") != "cross_source").all()


# --------------------------------------------------------------------------------------
# Securitas France: French main courante, cp1252, ';', CRLF
# --------------------------------------------------------------------------------------
def test_securitas_bytes(paths: dict[str, Path]) -> None:
    raw = paths["securitas_opale"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = _rows(paths["securitas_opale"], "cp1252", ";")
    assert rows[0][:3] == ["N° MC", "Date / heure constat", "Pays"]
    assert "Nationalité déclarée" in rows[0]
    assert {len(r) for r in rows} == {len(rows[0])}
    dates = [d for d in _column(rows, "Date / heure constat") if d]
    day_first = re.compile(r"^(\d\d)/(\d\d)/(\d{4})( \d\d:\d\d)?$")
    assert all(day_first.match(d) for d in dates if not d.startswith("31/02"))
    assert any(int(day_first.match(d).group(1)) > 12 for d in dates if day_first.match(d))
    gps = [g for g in _column(rows, "Position GPS") if g and g != "non relevé"]
    ddm = re.compile(r"^N \d\d°\d\d,\d{3}' [EW] \d{3}°\d\d,\d{3}'$")
    assert gps
    assert sum(bool(ddm.match(g)) for g in gps) >= 0.8 * len(gps)
    nat = _column(rows, "Nationalité déclarée")
    assert {"afghane", "iranienne", "irakienne", "albanaise", "érythréenne"} & set(nat)
    counts = _column(rows, "Nb personnes découvertes")
    assert any(c.endswith(" pers.") for c in counts)
    assert {"aucun", "néant"} & set(_column(rows, "Nb passeurs interpellés"))
    assert any("Ã" in cell for r in rows for cell in r)  # the pasted UTF-8 batch


# --------------------------------------------------------------------------------------
# Prosegur: Spanish workbook
# --------------------------------------------------------------------------------------
def test_prosegur_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["prosegur_puertos"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:3] == ["Nº Parte", "Fecha", "Tipología"]
    assert {"Nacionalidad", "Latitud", "Longitud", "Otros ilícitos"} <= set(head)
    dates = [r[head.index("Fecha")] for r in rows[1:]]
    kinds = {type(d) for d in dates if d is not None}
    assert {dt.datetime, str, int} <= kinds
    texts = [d for d in dates if isinstance(d, str)]
    assert all(re.match(r"^\d\d/\d\d/\d{4}$", d) for d in texts)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 46000 for d in serials)  # 2020-2025 as Excel serials
    lat = [r[head.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.match(r"^\d+,\d{5}$", v) for v in lat)
    words = {r[head.index("Medio")] for r in rows[1:]}
    assert {"Patera", "Cayuco"} & words
    assert "ESPAÑA" in {r[head.index("País")] for r in rows[1:]} | {
        r[head.index("País destino")] for r in rows[1:]
    }


# --------------------------------------------------------------------------------------
# Allied Universal: JSON lines, US month-first timestamps
# --------------------------------------------------------------------------------------
def test_allied_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["allied_universal_swb"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incident_no", "reported_at", "incident_type"]
    stamps = [r["reported_at"] for r in recs if isinstance(r["reported_at"], str)]
    us = [m for s in stamps if (m := re.match(r"^(\d\d)/(\d\d)/(\d{4}) \d\d:\d\d$", s))]
    iso = [s for s in stamps if re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:00$", s)]
    assert us
    assert iso
    assert all(int(m.group(1)) <= 12 for m in us)  # month first in every row
    assert any(int(m.group(2)) > 12 for m in us)
    cit = {r["citizenship"] for r in recs if r.get("citizenship")}
    assert {"MEXICO", "GUATEMALA", "HONDURAS"} <= cit
    assert any(len(c) == 2 and c.isupper() for c in cit)
    ages = {r["age_category"] for r in recs}
    assert {"UAC", "Family unit"} & ages
    assert any(isinstance(r["subject_count"], int) for r in recs)
    assert "UNK" in {r["smugglers_apprehended"] for r in recs}


# --------------------------------------------------------------------------------------
# Mitie Care & Custody: UTF-8 with BOM, ',', UK dates, Home Office codes, re-sent rows
# --------------------------------------------------------------------------------------
def test_mitie_bytes_and_repeats(paths: dict[str, Path]) -> None:
    raw = paths["mitie_care_custody"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(paths["mitie_care_custody"], "utf-8-sig", ",")
    assert rows[0][:2] == ["Log Ref", "Date Encountered"]
    assert not any("lat" in h.lower() or "gps" in h.lower() for h in rows[0])
    dates = [d for d in _column(rows, "Date Encountered") if d]
    uk = re.compile(r"^\d\d/\d\d/\d{4}$|^\d{1,2} [A-Z][a-z]{2} \d{4}$")
    assert sum(bool(uk.match(d)) for d in dates) >= len(dates) - 5
    nat = set(_column(rows, "Nationality"))
    assert {"AFG", "IRN", "IRQ", "VNM", "ALB", "ERI", "SYR"} & nat
    assert {"Age disputed", "UASC"} & set(_column(rows, "Age Group"))
    body = [tuple(r) for r in rows[1:] if any(r)]
    assert len(body) - len(set(body)) >= 3  # the re-sent rows
    truth = _truth(paths)
    rep = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(rep["source_file"]) == {"mitie_care_custody_js.csv"}


# --------------------------------------------------------------------------------------
# OSAC RISC digest: UTF-16, tab-delimited, partial dates, thousands commas
# --------------------------------------------------------------------------------------
def test_osac_bytes(paths: dict[str, Path]) -> None:
    raw = paths["osac_risc"].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    rows = _rows(paths["osac_risc"], "utf-16", "\t")
    assert rows[0][:3] == ["Report ID", "Event Date", "Country"]
    dates = set(_column(rows, "Event Date"))
    months = "|".join(MONTHS)
    assert any(re.match(rf"^({months}) \d{{4}}$", d) for d in dates)
    assert any(re.match(r"^Q[1-4] \d{4}$", d) for d in dates)
    assert any(re.match(rf"^\d{{1,2}} ({months}) \d{{4}}$", d) for d in dates)
    counts = set(_column(rows, "Persons Involved"))
    assert any(re.match(r"^\d,\d{3}$", c) for c in counts)
    assert {"two", "three", "four", "five"} & counts
    places = [p for p in _column(rows, "Lat/Long") if p]
    assert all(re.match(r"^-?\d+\.\d{4}, -?\d+\.\d{4}$", p) for p in places)
    countries = set(_column(rows, "Country"))
    assert {"Italy", "Greece", "Croatia", "Poland", "Panama"} <= countries
