"""Examiner set ``blind422`` (files ``*_ph.*``): packaging makers' compliance desks.

These tests check what the set promises (its files, its truth and the habits each
desk shows in its bytes). None of them cleans or scores.
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
from trendlib.samples._blind422 import SOURCES, make_blind422

VARIANT = "blind422"
SEED = 422
N_EVENTS = 1500
SMALL_SEED = 4221
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
DS_SMITH, PGS, SAICA, GONDI, SMURFIT = NAMES
#: Fields every non-quarantined row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # coordinates are written with four or five decimals


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


def _rows(truth: pd.DataFrame, source: str, tag: str) -> pd.DataFrame:
    """Truth rows of ``source`` whose messiness (or the repeated row's) has ``tag``."""
    tags = tags_of(truth)
    return truth.loc[(truth["source"] == source) & tags.str.contains(tag)]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ph", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_ph", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    small = _truth(small_paths)
    check_expected_values(small_paths, small, FIELDS, tolerance=TOLERANCE)
    check_placeholder_counts(small)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind422(make_truth(seed=7, n_events=n_events), seed=7)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_who_reports_what(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source[DS_SMITH] == {"GBR"}
    assert by_source[PGS] == {"FRA"}
    assert by_source[SAICA] == {"ESP"}
    assert by_source[GONDI] == {"USA"}
    # the group digest is the compilation: it first reports only the other countries
    assert by_source[SMURFIT] == {"ITA", "GRC", "HRV", "POL", "PAN"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {DS_SMITH, PGS, SAICA, SMURFIT}
    assert cross["duplicate_of"].str.split(":").str[0].ne(cross["source_file"]).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {PGS, GONDI}


def test_bad_rows_and_garbage(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    csvs = [f"{s}_ph.csv" for s in (DS_SMITH, PGS, GONDI)]
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source_file"]
    assert sorted(empty) == sorted(csvs)
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == {DS_SMITH, PGS, SAICA, GONDI}  # the digest writes no note
    totals = garbage.loc[garbage["expected_reason"] == "no_date", "source_ref"]
    assert set(totals) == {"TOTAL", "Total général", "Total"}


# --------------------------------------------------------------------------------------
# Each desk's habits, in its bytes
# --------------------------------------------------------------------------------------
def test_ds_smith_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DS_SMITH].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as Excel's "CSV UTF-8"
    frame = _csv(paths[DS_SMITH], "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["Case ref", "Date identified", "Issue type"]
    assert "Country identified" in frame.columns
    assert "Long" in frame.columns
    dates = frame["Date identified"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()  # 17 May 2023
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d").any()  # 17-May-23
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()  # May 2023 (month only)
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Transit route"].str.contains(" > ").any()
    assert frame["Issue type"].str.startswith("Clandestine entrants").any()
    assert frame["Country identified"].isin(["UK", "U.K."]).any()
    assert frame["Lat"].str.fullmatch(r"5\d\.\d{4}").any()
    words = _rows(truth, DS_SMITH, "count_word")
    assert len(words) > 0
    assert set(frame["No. potential victims / persons found"]) & {"one", "two", "three"}


def test_pgs_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PGS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 accents
    assert b"\r\n" in raw
    assert raw.count(b"\r\n") == raw.count(b"\n")
    frame = _csv(paths[PGS], "cp1252", ";")
    assert frame.columns[:3].tolist() == ["N° signalement", "Date des faits", "Qualification"]
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert frame["Latitude"].str.fullmatch(r"-?\d+,\d{5}").any()
    assert not frame["Latitude"].str.contains(r"\.").any()
    assert frame["Nb mis en cause"].eq("NC").any()
    assert frame["Qualification"].str.startswith("Passagers clandestins").any()
    assert frame["Pays de transit"].str.contains(" / ").any()
    assert frame.isin(["Angleterre", "Royaume-Uni"]).any().any()
    plain = _rows(truth, PGS, "country_plain")
    assert len(plain) > 0


def test_saica_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[SAICA], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    body = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows[1:]]  # trailing blanks
    assert header[:3] == ("Nº expediente", "Fecha del hecho", "Tipología")
    dates = [r[1] for r in body]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45500 for d in serials)  # Excel serials of 2021-2024
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(isinstance(r[14], float) for r in body)
    assert any(isinstance(r[14], str) and "," in r[14] for r in body)
    assert any(r[2] in ("Polizones", "Polizones en la carga") for r in body)
    assert len(_rows(truth, SAICA, "excel_serial")) == len(serials)


def test_gondi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[GONDI].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, Excel's "Texto Unicode"
    frame = _csv(paths[GONDI], "utf-16", "\t")
    assert frame.columns[:3].tolist() == ["Folio", "Fecha del incidente", "Tipo de delito"]
    assert frame.apply(lambda c: c.str.contains("Ã")).any().any()  # double-encoded names
    assert len(_rows(truth, GONDI, "country_mojibake")) > 0
    assert frame["País donde se detectó"].isin(["EUA", "EE.UU."]).any()
    assert frame["Edad"].str.contains("NNA").any()
    assert frame["Tipo de delito"].eq("Tráfico de personas").any()
    assert frame["Tipo de delito"].str.startswith("Trata").any()  # trafficking
    dates = frame["Fecha del incidente"]
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").any()
    assert frame["Coordenadas"].str.fullmatch(r"\d+\.\d{5},-\d+\.\d{5}").any()
    assert frame["Personas localizadas"].str.fullmatch(r"\d+ personas?").any()


def test_smurfit_digest_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[SMURFIT].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == (truth["source"] == SMURFIT).sum()
    assert "caseId" in records[0]
    assert "countryOfIncident" in records[0]
    dates = pd.Series([r["incidentDate"] for r in records], dtype=object).dropna().astype(str)
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    nats = pd.Series([r["nationality"] for r in records], dtype=object).dropna()
    assert nats.str.fullmatch(r"[A-Z]{2}|unknown").all()
    transit = pd.Series([r["transitCountries"] for r in records], dtype=object).dropna()
    assert transit.str.fullmatch(r"[A-Z]{2}(-[A-Z]{2})*").all()
    lats = [r["latitude"] for r in records if r.get("latitude") is not None]
    assert all(isinstance(v, float) for v in lats)


def test_partial_dates_expect_period_start(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    month = kept.loc[tags.str.contains("date_month")]
    quarter = kept.loc[tags.str.contains("date_quarter")]
    assert set(month["date_precision"]) == {"month"}
    assert set(quarter["date_precision"]) == {"quarter"}
    assert month["event_date"].str.endswith("-01").all()
    starts = pd.to_datetime(quarter["event_date"])
    assert starts.dt.month.isin([1, 4, 7, 10]).all()
    assert (starts.dt.day == 1).all()
    # partial dates come only from the desks that write them
    assert set(month["source"]) <= {DS_SMITH, PGS, SMURFIT}
    assert set(quarter["source"]) <= {PGS, SMURFIT}


def test_unknown_words_expect_unknown(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    na = kept.loc[tags.str.contains("na_word")]
    assert len(na) > 0
    assert (na[["age_group", "transport_mode"]] == "unknown").any(axis=1).all()
    unknown_nat = kept.loc[tags.str.contains("unknown_word")]
    assert unknown_nat["nationality"].isna().all()
    smuggling = kept.loc[kept["crime_type"] == "smuggling"]
    assert smuggling["exploitation"].isna().all()
    hidden = kept.loc[tags.str.contains("hidden_in_load")]
    assert set(hidden["crime_type"]) == {"smuggling"}
    assert set(hidden["transport_mode"]) <= {"land", "unknown"}
    assert np.isin(hidden["source"].unique(), [DS_SMITH, PGS, SAICA, GONDI]).all()
