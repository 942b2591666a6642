"""The examiner set ``blind330`` (files ``*_lt.*``): civil registrars and marriage-fraud units.

These tests check what the set promises (files, truth, each agency's way of writing);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
from trendlib.samples._blind330 import SOURCES, make_blind330
from trendlib.samples._truth import make_truth

VARIANT = "blind330"
SEED = 330
N_EVENTS = 1500
SMALL_SEED = 3301
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
#: Fields every report gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _rows(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_text(path, encoding)), delimiter=delimiter))


def _records(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[(truth["source"] == name) & (truth["expected_status"] == "record")]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lt", n_events=N_EVENTS)


def test_files_and_truth_small_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_lt", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # degrees-minutes-seconds to a tenth of a second: well inside 0.001 degree
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind330(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_routing_by_detection_country(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.dropna(subset=["event_id"])
    where = events.set_index("event_id")["detection_country"]
    detected = first["event_id"].map(where)
    own = {
        "GBR": "ho_mras",
        "FRA": "scec_nantes",
        "USA": "uscis_fdns",
        "PAN": "rnec_registro_civil",
    }
    want = detected.map(own).fillna("ce_dgjust_mariages")
    assert (first["source"] == want).all()
    dups = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(dups) == {"ho_mras", "scec_nantes", "uscis_fdns"}


def test_no_coordinates_in_the_civil_registry_log(truth: pd.DataFrame) -> None:
    scec = truth.loc[truth["source"] == "scec_nantes"]
    assert scec[["lat", "lon"]].isna().all().all()
    kept = scec["expected_status"] != "quarantine"
    assert tags_of(truth).loc[scec.index[kept]].str.contains("coords_missing").all()


# --------------------------------------------------------------------------------------
# Each agency's habits, as bytes
# --------------------------------------------------------------------------------------
def test_home_office_mras_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ho_mras"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(paths["ho_mras"], "utf-8-sig", ",")
    assert list(rows[0])[:4] == [
        "MRAS Ref",
        "Date Referred",
        "Case Type",
        "Exploitation Type (NRM)",
    ]
    dates = [r["Date Referred"] for r in rows]
    day_first = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert any(int(d[:2]) > 12 for d in day_first)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert {"Albanian", "Afghan", "Iranian", "Iraqi"} & {r["Nationality"] for r in rows}
    assert any(" > " in r["Route (Transit)"] for r in rows)
    assert {"OIC - Facilitation", "MSHT"} <= {r["Case Type"] for r in rows}
    assert any(r["Facilitators Identified"] in ("None", "Nil") for r in rows)
    assert "TOTAL" in {r["MRAS Ref"] for r in rows}


def test_french_scec_file(paths: dict[str, Path]) -> None:
    raw = paths["scec_nantes"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _rows(paths["scec_nantes"], "cp1252", ";")
    header = list(rows[0])
    assert header[:3] == ["N° signalement", "Date de constatation", "Qualification"]
    assert not any("lat" in h.lower() or "coord" in h.lower() for h in header)
    origins = [r["Pays d'origine"] for r in rows]
    assert any(re.fullmatch(r"[A-Z' -]+ \(99\d{3}\)", o) for o in origins)
    assert {"afghane", "iranienne", "irakienne"} & {r["Nationalité"] for r in rows}
    assert "ROYAUME-UNI" in {r["Pays de destination déclaré"] for r in rows}
    assert any("CESEDA" in r["Qualification"] for r in rows)
    assert any(r["Nb mis en cause"] in ("néant", "aucun") for r in rows)
    dates = [r["Date de constatation"] for r in rows]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert "Total général" in {r["N° signalement"] for r in rows}


def test_uscis_fdns_file(paths: dict[str, Path]) -> None:
    lines = paths["uscis_fdns"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["fdns_case_number", "date_identified", "lead_category"]
    dates = [r["date_identified"] for r in recs if isinstance(r["date_identified"], str)]
    month_first = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert any(int(d[3:5]) > 12 for d in month_first)  # the day comes second
    assert any(isinstance(r["transit_countries"], list) for r in recs)
    assert any(r["sex"] == "U" for r in recs)
    assert {"UNITED STATES", "U.S."} <= {r["intended_destination"] for r in recs}
    assert any(r["age_group"] in ("UAC", "Family Unit") for r in recs)
    assert any(isinstance(r["latitude"], float) for r in recs)


def test_colombian_registry_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["rnec_registro_civil"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    assert header[:3] == ["Radicado", "Fecha de detección", "Delito"]
    col = {h: i for i, h in enumerate(header)}
    body = rows[1:]
    dates = [r[col["Fecha de detección"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(body)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    coords = [str(r[col["Coordenadas"]]) for r in body if r[col["Coordenadas"]]]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d,\d\"N \d+°\d\d'\d\d,\d\"W", c) for c in coords)
    assert any("," in c and ";" in c for c in coords)
    texts = {str(v) for r in body for v in r if isinstance(v, str)}
    assert any("Ã" in t for t in texts)  # names pasted from an older system
    assert {"NNA", "Mayor de edad"} <= {str(r[col["Grupo etario"]]) for r in body}
    assert "TOTAL GENERAL" in {r[0] for r in body}


def test_commission_compilation_file(paths: dict[str, Path]) -> None:
    raw = paths["ce_dgjust_mariages"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 little-endian
    rows = _rows(paths["ce_dgjust_mariages"], "utf-16", "\t")
    assert list(rows[0])[:3] == ["Réf. notification", "État membre", "Date des faits"]
    states = {r["État membre"] for r in rows if r["État membre"]}
    assert "EL" in states
    assert "GR" not in states
    assert states <= {"IT", "EL", "HR", "PL", "ES", "FR"}
    lats = [r["Latitude"] for r in rows if r["Latitude"]]
    assert all(re.fullmatch(r"-?\d+,\d{5}", x) for x in lats)
    dates = [r["Date des faits"] for r in rows]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    big = [
        r["Personnes concernées"]
        for r in rows
        if re.search(r"\d\D\d{3}$", r["Personnes concernées"])
    ]
    assert big
    assert all(re.fullmatch(r"\d[\u00a0\u202f ]\d{3}", b) for b in big)


def test_truth_reads_each_agency_word(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    mras = truth["source"] == "ho_mras"
    assert tags[mras].str.contains("demonym:nationality").any()
    scec = truth["source"] == "scec_nantes"
    assert tags[scec].str.contains("insee_code:origin_country").any()
    assert tags[scec].str.contains("adjective:nationality").any()
    rnec = truth["source"] == "rnec_registro_civil"
    assert tags[rnec].str.contains("mojibake:").any()
    ec = truth["source"] == "ce_dgjust_mariages"
    greek = ec & tags.str.contains("eu_code:detection_country")
    assert (
        truth.loc[greek & (truth["expected_status"] != "quarantine"), "detection_country"] == "GRC"
    ).all()
    months = truth["date_precision"] == "month"
    assert (pd.to_datetime(truth.loc[months, "event_date"]).dt.day == 1).all()
    for name in NAMES:
        assert len(_records(truth, name)) > 0, name
