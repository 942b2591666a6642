"""The examiner set ``blind276`` (files ``*_jr.*``): what its files and its truth promise.

Five bodies publishing case annexes: the UK Home Affairs Committee (CSV, UTF-8 with BOM),
the Assemblée nationale's commission d'enquête (CSV, cp1252, ``;``), the Congreso de los
Diputados (XLSX), Panama's Asamblea Nacional (Excel "Unicode text": UTF-16, tab) and the
UN Special Rapporteur on the human rights of migrants (JSON lines). None of these tests
cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind276 import SOURCES, make_blind276

VARIANT = "blind276"
SEED = 276
N_EVENTS = 1500
SMALL_SEED = 2761
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives exactly as the event has them.
EXACT = ("crime_type", "transit_countries", "linked_offences")


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


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_jr", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_small_set_gives_every_body_rows(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"] == "record", "source_file"]
    assert set(kept) == {small[s].name for s in NAMES}
    for n in (300, 400):
        subs = make_blind276(make_truth(seed=SMALL_SEED, n_events=n), seed=SMALL_SEED)
        assert all((s.expected["expected_status"] == "record").any() for s in subs)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# What the truth says of the fields a row may leave out
# --------------------------------------------------------------------------------------
def test_blank_fields_only_where_tagged(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.set_index("event_id").loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert blank.any(), col
    lost = tags.str.contains("blank_exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    assert ok.loc[~lost, "exploitation"].equals(ev.loc[~lost, "exploitation"])
    # a pure smuggling case has no form of exploitation, whatever the body wrote there
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    assert ok.loc[~smuggling, "exploitation"].notna().all()


def test_every_quarantine_reason_in_the_small_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    bad = rows.loc[rows["expected_status"] == "quarantine", "expected_reason"]
    assert {"empty_row", "no_content", "no_date", "bad_date", "future_date"} <= set(bad)
    assert {"negative_count", "bad_count"} <= set(bad)


def test_routing_by_detection_country(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    where = first.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert where["hasc_uk_jr.csv"] == {"GBR"}
    assert where["an_commission_enquete_jr.csv"] == {"FRA"}
    assert where["congreso_interior_jr.xlsx"] == {"ESP"}
    assert where["asamblea_pa_jr.csv"] == {"PAN"}
    assert where["sr_migrants_hrc_jr.jsonl"] == {"ITA", "GRC", "HRV", "POL", "USA"}


# --------------------------------------------------------------------------------------
# The bytes show each body's habits
# --------------------------------------------------------------------------------------
def test_home_affairs_committee_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["hasc_uk_jr"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Case ref,Date of detection,Offence category,")
    assert "Intended destination" in header
    assert "Suspects arrested" in header
    assert re.search(r",\d{2}/\d{2}/20\d{2},", text)  # day first
    assert re.search(r",\d{1,2} (January|May|June|July|August) 20\d{2},", text)
    assert re.search(r",Q[1-4] 20\d{2},", text)
    assert "Organised immigration crime" in text
    assert "Modern slavery" in text
    assert ",UASC," in text
    assert "Small boat" in text
    assert "Vietnamese" in text
    assert " > " in text
    assert re.search(r",(approx\.|c\.) \d+,", text)
    assert re.search(r",(none|nil|None),", text)
    kinds = truth.loc[truth["source_file"] == "hasc_uk_jr.csv", "messiness"].fillna("")
    assert kinds.str.contains("demonym:nationality").any()
    assert kinds.str.contains("alias:detection_country").any()


def test_assemblee_nationale_csv(paths: dict[str, Path]) -> None:
    raw = paths["an_commission_enquete_jr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.startswith("N° de fiche;Date des faits;Qualification retenue;")
    assert "Pays de constatation" in header
    assert "Nb de mis en cause" in header
    assert re.search(r";\d{2}/\d{2}/20\d{2};", text)
    assert re.search(r";5\d,\d{5};[12],\d{5};", text)  # decimal commas
    assert "Angleterre" in text
    assert "CESEDA" in text
    assert re.search(r";(afghane|érythréenne|irakienne|iranienne|syrienne);", text)
    assert "Ã" in text  # UTF-8 pasted in, read as cp1252
    assert re.search(r";(néant|aucun);", text)


def test_congreso_xlsx(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["congreso_interior_jr"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº registro", "Fecha de los hechos", "Tipo penal")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/20\d{2}", d) for d in dates)
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    lat = [r[14] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"\d{2}º \d{2},\d' N", v) for v in lat)
    words = {str(v) for r in rows[1:] for v in r if isinstance(v, str)}
    assert {"Cayuco", "Patera"} <= words
    assert any("318 bis" in w for w in words)
    assert any("177 bis" in w for w in words)


def test_asamblea_panama_utf16(paths: dict[str, Path]) -> None:
    raw = paths["asamblea_pa_jr"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["No. Caso", "Fecha", "Delito"]
    assert "Coordenadas (lat, long)" in header
    assert re.search(r"\t[78]\.\d{5}, -7[6-9]\.\d{5}\t", text)
    assert "\tPANAMA\t" in text
    assert "\tVENEZUELA\t" in text
    assert "ECUADOR - COLOMBIA" in text or "ECUADOR-COLOMBIA" in text
    assert "\tNNA\t" in text
    assert re.search(r"\t\d{2}/\d{2}/20\d{2}\t", text)


def test_special_rapporteur_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["sr_migrants_hrc_jr"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"communication_ref", "incident_date", "state_concerned"}
    dates = [r["incident_date"] for r in records if r["incident_date"]]
    assert any(re.fullmatch(r"20\d{2}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"20\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d{2}", d) for d in dates)
    origins = {r["country_of_origin"] for r in records}
    assert origins & {"004", "760", "368"}  # M49 numeric codes
    states = {r["state_concerned"] for r in records}
    assert {"GRC", "Greece", "United States of America"} <= states
    assert any(isinstance(r["latitude"], float) for r in records)
    assert records[-1]["communication_ref"] == "TOTAL"
