"""The examiner set ``blind171`` (files ``*_fq.*``): what its files and truth promise.

Nothing here cleans or scores: the tests check that the files hold each agency's habits
(encodings, delimiters, header words, date styles, counts, coordinates) and that the truth
describes every row the way a careful analyst reads it.
"""

from __future__ import annotations

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

from trendlib.samples import make_truth
from trendlib.samples._blind171 import make_blind171

VARIANT = "blind171"
SEED = 171
N_EVENTS = 1500
SMALL_SEED = 1711
SMALL_EVENTS = 400

SOURCES = (
    "dhs_ccht",
    "make_the_road_ny",
    "ssi_ambafrance_washington",
    "state_jtip",
    "interpol_washington",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_fq", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (3, 300), (7, 400)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind171(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_exact_repeats_only_where_resent(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"dhs_ccht", "interpol_washington"}


# --------------------------------------------------------------------------------------
# DHS CCHT: an English workbook
# --------------------------------------------------------------------------------------
def test_ccht_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["dhs_ccht"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:5] == (
        "Case Number",
        "Encounter Date",
        "Case Category",
        "Trafficking Type",
        "# Victims/Aliens",
    )
    width = len(header)
    frame = pd.DataFrame([(*r, *[None] * (width - len(r))) for r in rows[1:]], columns=header)
    dates = frame["Encounter Date"].dropna()
    kinds = {type(v).__name__ for v in dates}
    assert {"datetime", "int", "str"} <= kinds  # real dates, bare serials, typed text
    typed = [v for v in dates if isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", v)]
    assert typed
    assert max(int(v[:2]) for v in typed) <= 12  # month first, as typed in the US
    assert max(int(v[3:5]) for v in typed) > 12
    assert any(isinstance(v, str) and re.fullmatch(r"[A-Z][a-z]+ \d{4}", v) for v in dates)
    serials = [v for v in dates if isinstance(v, int)]
    assert all(44197 <= v <= 45291 for v in serials)  # 2021-01-01 .. 2023-12-31
    assert {"Alien Smuggling", "Human Smuggling"} <= set(frame["Case Category"])
    assert "MEXICO" in set(frame["Country of Citizenship"])
    lat = [v for v in frame["Latitude"] if isinstance(v, float)]
    assert lat
    assert all(isinstance(v, float) for v in frame["Longitude"].dropna())
    assert any(v < -90 for v in lat)  # a swapped pair, put back by the truth
    assert "TOTAL" in set(frame["Case Number"])


def test_ccht_truth(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "dhs_ccht")
    tags = tags_of(truth).loc[rows.index]
    swapped = rows.loc[tags.str.contains("coords_swapped") & rows["lat"].notna()]
    assert len(swapped) > 0
    assert swapped["lat"].astype(float).between(25, 33).all()  # the true point
    serial = rows.loc[tags.str.contains("date:xl_serial") & rows["event_date"].notna()]
    assert (serial["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Make the Road New York: a Spanish CSV from a US Excel
# --------------------------------------------------------------------------------------
def test_mrny_bytes(paths: dict[str, Path]) -> None:
    raw = paths["make_the_road_ny"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    text = raw.decode("cp1252")
    assert text.startswith("No. de caso,Fecha del hecho,Tipo de caso,Forma de explotación,")
    assert "Latitud" not in text.splitlines()[0]
    assert "Ã" in text  # answers pasted from the UTF-8 form export
    frame = _csv(paths["make_the_road_ny"], "cp1252", ",")
    days = frame["Fecha del hecho"].str.extract(r"^(\d\d)/(\d\d)/(\d{2}|\d{4})$").dropna()
    assert days[0].astype(int).max() > 12  # day first
    assert days[1].astype(int).max() <= 12
    months = "|".join(["enero", "marzo", "julio", "octubre"])
    assert frame["Fecha del hecho"].str.fullmatch(rf"({months}) \d{{4}}").any()
    assert frame["Fecha del hecho"].str.fullmatch(r"\d\d/\d{4}").any()
    assert {"coyotaje", "tráfico de migrantes"} <= set(frame["Tipo de caso"])
    assert frame["Nacionalidad"].str.strip().isin(["venezolano", "venezolana"]).any()
    assert frame["Número de personas"].str.fullmatch(r"\d,\d{3}").any()
    assert frame["Presuntos responsables"].isin(["ninguno", "no hubo"]).any()
    assert frame["Presuntos responsables"].isin(["uno", "dos", "tres"]).any()


def test_mrny_truth(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "make_the_road_ny")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept["lat"].isna().all()  # no coordinates
    assert kept["lon"].isna().all()
    assert {"day", "month"} == set(kept["date_precision"])
    spelled = kept.loc[tags_of(truth).loc[kept.index].str.contains("spelled_count:n_suspects")]
    assert len(spelled) > 0
    assert spelled["n_suspects"].notna().all()


# --------------------------------------------------------------------------------------
# SSI Washington: a French CSV from French Excel
# --------------------------------------------------------------------------------------
def test_ssi_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ssi_ambafrance_washington"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(";")
    assert header[:3] == ["Référence", "Date des faits", "Qualification"]
    assert "Nb de mis en cause" in header
    assert "Pays de constatation" in header
    frame = _csv(paths["ssi_ambafrance_washington"], "utf-8-sig", ";")
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ \d{4}").any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}").any()  # decimal commas
    assert frame["Latitude"].str.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS]").any()
    assert frame["Nb de mis en cause"].isin(["néant", "aucun"]).any()
    destination = frame["Pays de destination"].str.strip().str.lower()
    assert destination.isin(["ru", "angleterre"]).any()


# --------------------------------------------------------------------------------------
# State J/TIP: UTF-16 text with tabs
# --------------------------------------------------------------------------------------
def test_jtip_bytes(paths: dict[str, Path]) -> None:
    raw = paths["state_jtip"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Tracker ID", "Incident Date", "Crime"]
    frame = _csv(paths["state_jtip"], "utf-16", "\t")
    dates = frame["Incident Date"]
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    typed = dates.str.extract(r"^(\d\d)/(\d\d)/\d{4}$").dropna().astype(int)
    assert typed[0].max() <= 12  # month first
    assert typed[1].max() > 12
    assert "official complicity" in " ".join(frame["Nexus Crimes"])
    assert frame["Nationality"].isin(["Nigerian", "Vietnamese", "Romanian"]).any()


def test_quarters_only_where_written(truth: pd.DataFrame) -> None:
    quarter = truth.loc[truth["date_precision"] == "quarter", "source"]
    assert set(quarter) == {"state_jtip", "ssi_ambafrance_washington"}


# --------------------------------------------------------------------------------------
# INTERPOL Washington: JSON lines
# --------------------------------------------------------------------------------------
def test_usncb_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _text(paths["interpol_washington"], "utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, "interpol_washington"))
    keys = list(records[0])
    assert keys[:4] == ["caseRef", "eventDate", "offenceType", "exploitationType"]
    assert any(isinstance(r["transitIso"], list) and len(r["transitIso"]) > 1 for r in records)
    assert any(isinstance(r["linkedOffences"], list) and r["linkedOffences"] for r in records)
    geo = [r["geo"] for r in records if r.get("geo")]
    assert all(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}", g) for g in geo)
    dates = [str(r["eventDate"]) for r in records if r.get("eventDate")]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{3}", str(r.get("originIso"))) for r in records)  # numeric
    assert {r["offenceType"] for r in records if r.get("offenceType")} >= {"SOM", "THB"}
    rows = _rows(truth, "interpol_washington")
    n_repeats = int(rows["expected_reason"].eq("exact_repeat").sum())
    assert records[-1 - n_repeats]["caseRef"] == "SUMMARY"  # the total, before the re-sent


# --------------------------------------------------------------------------------------
# What the truth expects
# --------------------------------------------------------------------------------------
def test_exploitation_expectations(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    smuggling = kept["crime_type"] == "smuggling"
    assert kept.loc[smuggling, "exploitation"].isna().all()
    assert kept.loc[~smuggling, "exploitation"].notna().all()
    unknown = tags_of(truth).loc[kept.index].str.contains("unknown:exploitation")
    assert (kept.loc[unknown, "exploitation"] == "unknown").all()


def test_linked_offences_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    want = events.loc[kept["event_id"], "linked_offences"].reset_index(drop=True)
    assert kept["linked_offences"].reset_index(drop=True).equals(want)


def test_bad_rows_of_every_kind_planted(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"].eq("garbage_row"), ["source", "expected_reason"]]
    assert set(garbage.loc[garbage["source"] == "interpol_washington", "expected_reason"]) == {
        "no_date"
    }
    csv_sources = {"make_the_road_ny", "ssi_ambafrance_washington", "state_jtip"}
    empty = set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"])
    assert empty == csv_sources
