"""The examiner's ``blind148`` sample set (files ``*_et.*``): what the files and truth promise.

Five eastern-Mediterranean reporters (SBA Police in Cyprus, the Cypriot Deputy Ministry of
Migration's MED5 desk, Refugees Platform in Egypt, L'Orient-Le Jour's press watch and
MPDL). These tests check the files and their ground truth; none of them cleans or scores.
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

VARIANT = "blind148"
SEED = 148
N_EVENTS = 1500
SMALL_SEED = 1481
SMALL_EVENTS = 400
SOURCES = ("sba_police_et", "cy_dmmip_et", "rpe_egypt_et", "olj_veille_et", "mpdl_et")
#: Fields every kept row gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
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


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_et", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_source_reports(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_et", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source_file"]
    assert set(records) == {small[s].name for s in SOURCES}


def test_each_agency_reports_its_own_countries(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] == "record"]
    by_file = kept.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_file["sba_police_et.csv"] == {"GBR"}
    assert by_file["rpe_egypt_et.jsonl"] == {"ITA"}
    assert by_file["olj_veille_et.csv"] == {"FRA"}
    assert by_file["mpdl_et.csv"] == {"ESP", "PAN", "USA"}
    assert by_file["cy_dmmip_et.xlsx"] == {"GRC", "HRV", "POL"}


def test_planted_habits_are_in_the_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "demonym",
        "eu_code",
        "iso3",
        "iso_numeric",
        "excel_serial",
        "date_text",
        "mojibake",
        "adjective",
        "count_word",
        "thousands_sep",
        "month_only",
        "quarter_only",
        "na_word",
        "coords_missing",
    ):
        assert tags.str.contains(tag).any(), tag


# --------------------------------------------------------------------------------------
# The agencies' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_sba_police_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["sba_police_et"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Occurrence No.,Date of Occurrence,Offence Category")
    assert "Lat/Long" in header
    assert re.search(r"\n SBAP/\d\d/\d{4},\d\d/\d\d/\d{4},".replace(" ", ""), text)
    assert re.search(r",\d{1,2} [A-Z][a-z]+ 20\d\d,", text)  # "17 May 2023"
    assert re.search(r",\d{1,2}\.\d{4}N \d{1,3}\.\d{4}[EW],", text)
    assert re.search(r",(Iraqi|Afghan|Iranian|Vietnamese|Albanian|Eritrean|Syrian),", text)
    assert " > " in text  # routes in order
    assert ",Nil," in text or ",nil," in text
    assert "TOTAL" in text
    assert "Figures provisional" in text


def test_cy_dmmip_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["cy_dmmip_et"], read_only=True).worksheets[0]
    rows = [r + (None,) * (17 - len(r)) for r in sheet.iter_rows(values_only=True)]
    header = list(rows[0])
    assert header[:3] == ["Case ID", "Date of Incident", "Category"]
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # serial numbers
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d\.\d\d\.20\d\d", d) for d in dates)
    ms = header.index("Reporting MS")
    assert "EL" in {r[ms] for r in rows[1:]}  # Greece, the EU way
    cit = header.index("Citizenship")
    assert {"AFG", "SYR"} <= {r[cit] for r in rows[1:]}
    lat = header.index("Latitude")
    assert any(isinstance(r[lat], float) for r in rows[1:])
    el = _rows(truth, "cy_dmmip_et.xlsx")
    assert "GRC" in set(el["detection_country"].dropna())


def test_rpe_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["rpe_egypt_et"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"incident_id", "date", "people", "route", "lat", "lng"}
    dates = [r["date"] for r in recs if isinstance(r["date"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)  # month only
    assert any(isinstance(r["people"], int) for r in recs)
    assert any(r["route"] and " - " in r["route"] for r in recs)


def test_olj_press_watch_csv(paths: dict[str, Path]) -> None:
    raw = paths["olj_veille_et"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date de l'événement;Infraction;")
    assert "Ã" in text  # pasted UTF-8 read as cp1252
    assert re.search(r";\d{1,2}(er)? [a-zéû]+ 20\d\d;", text)  # "1er mai 2023"
    assert re.search(r";-?\d+,\d{4} / -?\d+,\d{4};", text)  # decimal commas
    assert ";aucun;" in text


def test_mpdl_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["mpdl_et"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº expediente", "Fecha", "Delito"]
    assert len(header) == 16
    assert "\tNNA\t" in text or "\tmenores\t" in text
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"[NS]", text)  # DMS, quotes doubled by CSV
    assert "EE. UU." in text or "EEUU" in text
    assert re.search(r"\t\d{1,2} de [a-z]+ de 20\d\d\t", text)
    assert re.search(r"\t(venezolana|marroquí|senegalesa|mexicana)\t", text)
