"""The examiner set ``blind419`` (files ``*_pe.*``): five building-trade compliance desks.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
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

from trendlib.samples._blind419 import SOURCES

VARIANT = "blind419"
SEED = 419
N_EVENTS = 1500
SMALL_SEED = 4191
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
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


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_pe", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_pe", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_at_every_size(tmp_path_factory: pytest.TempPathFactory) -> None:
    for seed, n in ((SMALL_SEED, 300), (3, 300), (SEED, 300), (SMALL_SEED, SMALL_EVENTS)):
        small = write(tmp_path_factory, VARIANT, seed=seed, n_events=n)
        rows = pd.read_csv(small["truth_rows"], dtype=str)
        records = rows.loc[rows["expected_status"] == "record", "source"]
        assert set(records) == set(NAMES), n


def test_planted_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_file = {f: ";".join(t) for f, t in tags.groupby(truth["source_file"])}
    want = {
        "nasc_msl_pe.csv": (
            "country_demonym",
            "country_region",
            "country_typo",
            "date_long",
            "date_month",
            "date_quarter",
            "coords_pair",
            "count_word",
            "zero_word",
        ),
        "sfece_conformite_sociale_pe.csv": (
            "country_upper",
            "date_dmy2",
            "date_quarter",
            "decimal_comma",
            "zero_word",
        ),
        "cnc_cumplimiento_laboral_pe.xlsx": (
            "country_variant",
            "date_serial",
            "date_text",
            "date_excel",
            "date_quarter",
        ),
        "fiic_asuntos_laborales_pe.csv": (
            "mojibake",
            "country_demonym",
            "date_abbr",
            "date_iso",
            "coords_dms",
            "thousands",
        ),
        "fiec_social_affairs_pe.jsonl": ("eu_code", "country_iso2", "date_quarter"),
    }
    for name, habits in want.items():
        for habit in habits:
            assert habit in by_file[name], (name, habit)
    for habit in ("na_word", "count_placeholder", "suspects_placeholder", "coords_missing"):
        assert tags.str.contains(habit).any(), habit
    blanks = tags.loc[truth["expected_reason"].eq("cross_source")].str.contains("blank_")
    assert blanks.any()


def test_nasc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["nasc_msl"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = _csv(paths["nasc_msl"], "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["NASC Ref", "Date Identified", "Country Identified"]
    dates = frame["Date Identified"]
    dmy = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    assert (dmy.str[:2].astype(int) > 12).any()  # day first
    assert (dmy.str[3:5].astype(int) <= 12).all()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert {"England", "Scotland"} <= set(frame["Country Identified"])
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Route (via)"].str.contains(" > ").any()
    pair = frame["Site Location (lat, long)"].replace("", pd.NA).dropna()
    assert pair.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert frame["No. of Suspects"].isin(["none", "nil", "None"]).any()
    assert frame["NASC Ref"].eq("TOTAL").sum() == 1
    assert frame["NASC Ref"].str.startswith("Note:").sum() == 1


def test_sfece_bytes(paths: dict[str, Path]) -> None:
    raw = paths["sfece_conformite_sociale"].read_bytes()
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    frame = _csv(paths["sfece_conformite_sociale"], "cp1252", ";")
    assert frame.columns[0] == "N° signalement"
    dates = frame["Date du constat"]
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.contains(r"^(?:1er|\d{1,2}) [a-zéû]+ \d{4}$").any()
    lat = frame["Latitude"].replace("", pd.NA).dropna()
    assert lat.str.fullmatch(r"\d+,\d{5}").all()
    assert frame["Nationalité"].isin(["AFGHANISTAN", "ERYTHREE", "IRAK", "ALBANIE"]).any()
    assert (frame["Pays de destination"] == "Angleterre").any()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()


def test_cnc_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["cnc_cumplimiento_laboral"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:2] == ("Nº expediente", "Fecha detección")
    dates = [r[1] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # bare serials
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    text = {str(v) for r in body for v in r if isinstance(v, str)}
    assert any("318 bis" in v for v in text)
    assert {"Varón", "Cayuco", "Patera"} <= text or {"Varones", "Cayuco", "Patera"} <= text
    assert "Guinea Conakry" in text or "Marrueco" in text


def test_fiic_bytes(paths: dict[str, Path]) -> None:
    raw = paths["fiic_asuntos_laborales"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = _text(paths["fiic_asuntos_laborales"], "utf-16")
    assert text.splitlines()[0].split("\t")[:2] == ["Folio", "Fecha del hallazgo"]
    frame = _csv(paths["fiic_asuntos_laborales"], "utf-16", "\t")
    assert "Ã" in text  # members' UTF-8 text read as cp1252 before it was pasted
    assert frame["País de destino"].eq("EUA").any()
    assert frame["Grupo de edad"].str.contains("NNA").any()
    assert frame["Fecha del hallazgo"].str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    coords = frame["Coordenadas"]
    assert coords.str.contains("°").any()
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert frame["Personas"].str.fullmatch(r"\d,\d{3}").any()


def test_fiec_lines(paths: dict[str, Path]) -> None:
    lines = paths["fiec_social_affairs"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "date_of_detection", "country_of_detection"]
    countries = {r["country_of_detection"] for r in recs}
    assert {"IT", "EL", "HR", "PL"} <= countries
    assert any(isinstance(r["transit_countries"], list) for r in recs)
    assert any(isinstance(r["linked_offences"], list) for r in recs)
    dates = [r["date_of_detection"] for r in recs if r["date_of_detection"]]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert recs[-1]["case_id"].startswith("TOTAL")
