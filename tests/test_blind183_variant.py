"""The examiner's held-out set ``blind183`` (files ``*_gc.*``): what its files promise.

These tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind183"
SEED = 183
N_EVENTS = 1500
SMALL_SEED = 1831
SMALL_EVENTS = 400
SOURCES = (
    "jirs_marseille",
    "magistrada_enlace_es_paris",
    "reach_initiative",
    "dacg_remontees",
    "forum_refugies",
)
#: Fields every kept row gives exactly as the event has them.
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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_gc", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_gc", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows(tmp_path_factory: pytest.TempPathFactory) -> None:
    for seed, n in ((1, 300), (SMALL_SEED, SMALL_EVENTS)):
        small = write(tmp_path_factory, VARIANT, seed=seed, n_events=n)
        rows = pd.read_csv(small["truth_rows"], dtype=str)
        kept = rows.loc[rows["expected_status"] == "record"]
        assert set(kept["source"]) == set(SOURCES), (seed, n)


def test_bad_rows_of_every_kind_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[tags.str.contains("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # empty rows only in the CSV files; no note row in the KoBo export
    empty = set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"])
    assert empty == {"jirs_marseille", "dacg_remontees", "forum_refugies"}
    notes = set(garbage.loc[garbage["expected_reason"] == "no_content", "source"])
    assert "reach_initiative" not in notes
    assert len(notes) == 4


def test_partial_dates_expect_period_start(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    month = kept.loc[tags.str.contains("month_only")]
    quarter = kept.loc[tags.str.contains("quarter_only")]
    assert len(month) > 10
    assert len(quarter) > 5
    assert (month["date_precision"] == "month").all()
    assert month["event_date"].str.endswith("-01").all()
    assert (quarter["date_precision"] == "quarter").all()
    assert quarter["event_date"].str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()
    # quarters only where the agency writes them (Spanish courts, the compilation)
    assert set(quarter["source"]) <= {"magistrada_enlace_es_paris", "forum_refugies"}


# --------------------------------------------------------------------------------------
# Parquet de Marseille, JIRS: French, cp1252, ";", CRLF
# --------------------------------------------------------------------------------------
def test_jirs_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["jirs_marseille"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° parquet;Date des faits;Qualification retenue;")
    assert "\r\n" in text
    frame = _csv(paths["jirs_marseille"], "cp1252", ";")
    assert "Latitude" not in frame.columns  # prosecutors do not geocode
    dates = frame["Date des faits"].dropna()
    assert dates.str.match(r"^courant [a-zéû]+ 20\d\d$").any()
    day_first = dates.loc[dates.str.match(r"^\d\d/\d\d/\d{2,4}$")]
    assert (day_first.str[3:5].astype(int) <= 12).all()
    assert day_first.str[:2].astype(int).gt(12).any()  # day first, not month first
    nat = set(frame["Nationalité"].dropna())
    assert {"nigériane", "tunisienne"} <= nat
    assert any(v.isupper() for v in nat)
    assert "NC" in set(frame["Nb victimes / étrangers concernés"])
    assert "aucun" in set(frame["Nb mis en cause"])
    assert frame["Pays de transit"].dropna().str.contains(", ").any()
    assert frame["Infractions connexes"].dropna().str.contains("association de malfaiteurs").any()
    rows = _rows(truth, "jirs_marseille")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept[["lat", "lon"]].isna().all().all()
    tags = tags_of(truth).loc[truth["source"] == "jirs_marseille"]
    assert tags.str.contains("adjective").mean() > 0.5


def test_jirs_bad_rows_are_unreadable(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["jirs_marseille"], "cp1252", ";")
    rows = _rows(truth, "jirs_marseille")
    body = rows.loc[rows["expected_reason"].isin(["bad_date", "future_date"])]
    for row in body.itertuples():
        cell = frame.iloc[int(row.source_row) - 2]["Date des faits"]
        if row.expected_reason == "bad_date":
            day, month, _ = cell.split("/")
            assert (int(day), int(month)) in {(31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (31, 2)}
        else:
            assert int(cell[-4:]) >= 2031


# --------------------------------------------------------------------------------------
# Magistrada de enlace de España en Francia: Spanish XLSX
# --------------------------------------------------------------------------------------
def test_magistrada_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["magistrada_enlace_es_paris"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:3] == ["Ref. expediente", "Fecha de los hechos", "Delito"]
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Fecha de los hechos"]] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2  # real Excel dates
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.match(r"^\d\d/\d\d/20\d\d$", d) for d in text)
    assert any("trimestre de" in d for d in text)
    assert any(re.match(r"^[a-z]+ de 20\d\d$", d) for d in text)
    counts = [r[col["Nº víctimas / migrantes"]] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert "s/d" in counts
    sexes = {r[col["Sexo"]] for r in rows[1:]}
    assert {"H", "M"} <= sexes  # hombre / mujer
    lats = [r[col["Latitud"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "," in v for v in lats)  # decimal comma typed as text
    nat = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert {"marroquí", "MA"} & nat
    assert "España" in {r[col["País de los hechos"]] for r in rows[1:]}
    book.close()


def test_magistrada_gender_code_is_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_excel(paths["magistrada_enlace_es_paris"], dtype=object)
    rows = _rows(truth, "magistrada_enlace_es_paris")
    for row in rows.itertuples():
        if row.expected_status == "quarantine" or row.expected_reason == "exact_repeat":
            continue
        cell = frame.iloc[int(row.source_row) - 2]["Sexo"]
        if cell == "M":
            assert row.gender == "female"
        elif cell == "H":
            assert row.gender == "male"


# --------------------------------------------------------------------------------------
# REACH: KoBo JSON lines
# --------------------------------------------------------------------------------------
def test_reach_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["reach_initiative"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["_id", "incident_date", "incident_type"]
    body = [r for r in records if r["_id"] != "TOTAL"]
    sizes = {type(r["group_size"]) for r in body}
    assert str in sizes  # KoBo's API writes every answer as text
    assert {r["incident_type"] for r in body} >= {"smuggling", "smuggling_and_trafficking"}
    pcodes = {r["admin0_pcode"] for r in body if r["admin0_pcode"]}
    assert pcodes >= {"GR", "HR", "PL", "PA"}
    assert all(
        re.fullmatch(r"[a-z]{3}|[A-Z]{3}", r["nationality_main"])
        for r in body
        if r["nationality_main"]
    )
    assert any(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000[+-]\d\d:00", str(r["incident_date"]))
        for r in body
    )
    assert any(re.fullmatch(r"\d{4}-\d\d", str(r["incident_date"])) for r in body)
    assert any("dont_know" == r["group_size"] for r in body)
    rows = _rows(truth, "reach_initiative")
    for row, rec in zip(rows.itertuples(), records, strict=True):
        if row.expected_status == "quarantine":
            continue
        if rec["route_transit"]:
            assert rec["route_transit"].upper().replace(" ", "|") == row.transit_countries
        if rec["gps"]:
            lat, lon, _alt, _acc = rec["gps"].split(" ")
            assert float(lat) == pytest.approx(float(row.lat), abs=1e-9)
            assert float(lon) == pytest.approx(float(row.lon), abs=1e-9)
        else:
            assert pd.isna(row.lat)


# --------------------------------------------------------------------------------------
# DACG: UTF-16 (Excel "Texte Unicode"), tab
# --------------------------------------------------------------------------------------
def test_dacg_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dacg_remontees"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:2] == ["N° remontée", "Date des faits"]
    frame = pd.read_csv(
        io.StringIO(text), sep="\t", dtype=str, keep_default_na=False, na_values=[""]
    )
    dates = frame["Date des faits"].dropna()
    assert dates.str.match(r"^(1er|\d{1,2}) [a-zéû]+ 20\d\d$").any()
    assert frame["Destination"].eq("Angleterre").any()
    assert frame["Moyen de transport"].eq("small boat").any()
    suspects = set(frame["Nombre de mis en cause"].dropna())
    assert {"aucun", "deux"} & suspects
    assert frame["Itinéraire (pays traversés)"].dropna().str.contains(" > ").any()
    # words for numbers expect the number
    rows = _rows(truth, "dacg_remontees")
    words = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "aucun": 0}
    for row in rows.itertuples():
        if row.expected_status == "quarantine" or row.expected_reason == "exact_repeat":
            continue
        cell = frame.iloc[int(row.source_row) - 2]["Nombre de mis en cause"]
        if cell in words and isinstance(row.n_suspects, str):
            assert int(row.n_suspects) == words[cell]


# --------------------------------------------------------------------------------------
# Forum réfugiés: Google Sheets CSV (UTF-8, ",")
# --------------------------------------------------------------------------------------
def test_forum_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["forum_refugies"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # Google Sheets writes no BOM
    text = raw.decode("utf-8")
    assert text.startswith("ID,Date,Type,")
    assert "Ã" in text  # pasted from a mis-decoded file
    frame = _csv(paths["forum_refugies"], "utf-8", ",")
    dates = frame["Date"].dropna()
    assert dates.str.match(r"^T[1-4] 20\d\d$").any()
    assert dates.str.match(r"^\d{5}$").any()  # the sheet's serial day
    assert dates.str.match(r"^20\d\d-\d\d-\d\d$").any()
    coords = frame["Coordonnées GPS"].dropna()
    assert coords.str.contains("°").any()
    assert coords.str.match(r"^-?\d+\.\d{5}, -?\d+\.\d{5}$").any()
    assert frame["Type"].isin(["people smuggling", "smuggling", "human trafficking"]).any()
    assert frame["Pays"].isin(["GBR", "USA"]).any()


def test_forum_coordinates_expect_what_is_written(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    frame = _csv(paths["forum_refugies"], "utf-8", ",")
    rows = _rows(truth, "forum_refugies")
    seen_dms = 0
    for row in rows.itertuples():
        if row.expected_status == "quarantine":
            continue
        cell = frame.iloc[int(row.source_row) - 2]["Coordonnées GPS"]
        if not isinstance(cell, str):
            assert pd.isna(row.lat)
            assert pd.isna(row.lon)
            continue
        if "°" in cell:
            seen_dms += 1
            parts = re.findall(r"(\d+)°(\d+)'([\d.]+)\"([NSEW])", cell)
            values = []
            for deg, minutes, sec, hemi in parts:
                v = int(deg) + int(minutes) / 60 + float(sec) / 3600
                values.append(-v if hemi in "SW" else v)
            lat, lon = values
        else:
            lat, lon = (float(v) for v in cell.split(", "))
        assert lat == pytest.approx(float(row.lat), abs=1e-5)
        assert lon == pytest.approx(float(row.lon), abs=1e-5)
    assert seen_dms > 0


def test_forum_repeats_and_cross_source(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "forum_refugies")
    assert rows["expected_reason"].eq("cross_source").sum() > 20
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"reach_initiative", "dacg_remontees", "forum_refugies"}
