"""The examiner set ``blind377`` (files ``*_no.*``): airport retail concessions' desks.

These tests check what the set promises (files, bytes, the truth of every row); none of
them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind377 import make_blind377

VARIANT = "blind377"
SEED = 377
N_EVENTS = 1500
SMALL_SEED = 3771
SMALL_EVENTS = 400

SOURCES = (
    "wdf_uk_safeguarding",
    "lagardere_tr_surete",
    "aena_concesiones_seguridad",
    "attenza_duty_free_pa",
    "avolta_group_security",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3


def _truth_rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth_rows(paths)


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _of_file(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    out = truth.loc[truth["source"] == source].copy()
    out["tags"] = tags_of(truth).loc[out.index]
    out["row"] = out["source_row"].astype(int)
    return out


def _cells(rows: list[list[str]], header: str, truth_rows: pd.DataFrame) -> pd.Series:
    """The cells of one column for the truth's rows (CSV: header is row 1)."""
    col = rows[0].index(header)
    return pd.Series([rows[r - 1][col] for r in truth_rows["row"]], index=truth_rows.index)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_no", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_no", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth_rows(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth_rows(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (SMALL_SEED, 400), (7, 1500)])
def test_every_desk_gets_events(seed: int, n_events: int) -> None:
    subs = make_blind377(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source
        assert len(sub.frame) == len(sub.expected)


def test_compilation_reports_what_no_desk_does(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source["wdf_uk_safeguarding"] == {"GBR"}
    assert by_source["lagardere_tr_surete"] == {"FRA"}
    assert by_source["aena_concesiones_seguridad"] == {"ESP"}
    assert by_source["attenza_duty_free_pa"] == {"PAN"}
    assert by_source["avolta_group_security"] == {"ITA", "GRC", "HRV", "POL", "USA"}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_wdf_uk_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["wdf_uk_safeguarding"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(path, "utf-8-sig", ",")
    assert rows[0][:3] == ["Referral Ref", "Date of Incident", "Concern Category"]
    assert "Location (Lat, Long)" in rows[0]
    mine = _of_file(truth, "wdf_uk_safeguarding")
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    dates = _cells(rows, "Date of Incident", kept)
    day = kept["date_precision"] == "day"
    read = [
        datetime.strptime(d, "%d/%m/%Y" if "/" in d else "%d %B %Y").strftime("%Y-%m-%d")
        for d in dates[day]
    ]
    assert read == kept.loc[day, "event_date"].tolist()
    assert dates[~day].str.fullmatch(r"[A-Z][a-z]+ 20\d\d").all()
    nat = _cells(rows, "Nationality", kept)
    assert nat.isin(["Afghan", "Iraqi", "Eritrean", "Vietnamese"]).sum() > 10
    suspects = _cells(rows, "Suspected Exploiters/Facilitators", kept)
    zero = kept["tags"].str.contains("zero_word")
    assert zero.any()
    assert set(suspects[zero]) <= {"Nil", "None identified"}
    pairs = _cells(rows, "Location (Lat, Long)", kept)
    assert pairs[pairs != ""].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    route = _cells(rows, "Route Travelled", kept)
    assert route.str.contains(" > ").any()
    bad = mine.loc[mine["expected_reason"] == "bad_count"]
    assert set(_cells(rows, "No. of Individuals", bad)) <= {"#VALUE!", "#REF!"}


def test_lagardere_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["lagardere_tr_surete"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(path, "cp1252", ";")
    assert rows[0][:3] == ["N° signalement", "Date des faits", "Qualification"]
    mine = _of_file(truth, "lagardere_tr_surete")
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    lat = _cells(rows, "Latitude", kept)
    assert lat[lat != ""].str.fullmatch(r"5\d,\d{5}").all()
    dates = _cells(rows, "Date des faits", kept)
    prec = kept["date_precision"]
    assert dates[prec == "day"].str.fullmatch(r"\d\d/\d\d/(\d\d)?\d\d").all()
    assert dates[prec == "quarter"].str.fullmatch(r"T[1-4] 20\d\d").all()
    assert dates[prec == "month"].str.fullmatch(r"[a-zéû]+ 20\d\d").all()
    garbled = kept["tags"].str.contains("mojibake")
    assert garbled.any()
    text = pd.concat(
        [
            _cells(rows, h, kept)
            for h in (
                "Qualification",
                "Finalité d'exploitation",
                "Nationalité",
                "Pays de provenance",
                "Pays traversés",
            )
        ],
        axis=1,
    )
    assert text[garbled].apply(lambda r: r.str.contains("Ã").any(), axis=1).all()
    assert not text[~garbled].apply(lambda r: r.str.contains("Ã").any(), axis=1).any()


def test_mojibake_only_in_the_french_file(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    where = set(truth.loc[tags.str.contains("mojibake"), "source"])
    assert where == {"lagardere_tr_surete"}


def test_aena_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["aena_concesiones_seguridad"], read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    header = rows[0]
    rows = [r + [None] * (len(header) - len(r)) for r in rows]  # empty cells are not stored
    assert header[:3] == ["Nº expediente", "Fecha del hecho", "Tipo de delito"]
    mine = _of_file(truth, "aena_concesiones_seguridad")
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    col = header.index("Fecha del hecho")
    kinds = {type(rows[r - 1][col]).__name__ for r in kept["row"]}
    assert {"datetime", "int", "str"} <= kinds
    for r, want in zip(kept["row"], kept["event_date"], strict=True):
        cell = rows[r - 1][col]
        if isinstance(cell, int):  # a date cell that lost its format: the serial
            assert (pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)).strftime(
                "%Y-%m-%d"
            ) == want
    count = header.index("Nº víctimas / migrantes")
    big = kept.loc[kept["tags"].str.contains("thousands")]
    assert all(re.fullmatch(r"\d\.\d{3}", rows[r - 1][count]) for r in big["row"])
    lat = header.index("Latitud")
    assert all(isinstance(rows[r - 1][lat], float | type(None)) for r in kept["row"])
    nat = {rows[r - 1][header.index("Nacionalidad")] for r in kept["row"]}
    assert {"marroquí", "senegalés", "senegalesa", "argelino", "rumana"} & nat


def test_attenza_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["attenza_duty_free_pa"]
    assert path.read_bytes()[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE
    rows = _csv_rows(path, "utf-16", "\t")
    assert rows[0][1] == "Fecha (mm/dd/aaaa)"
    mine = _of_file(truth, "attenza_duty_free_pa")
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    dates = _cells(rows, "Fecha (mm/dd/aaaa)", kept)
    day = kept["date_precision"] == "day"
    read = [datetime.strptime(d, "%m/%d/%Y").strftime("%Y-%m-%d") for d in dates[day]]
    assert read == kept.loc[day, "event_date"].tolist()
    assert dates[day].str.slice(3, 5).astype(int).gt(12).any()  # the order shows in the file
    assert dates[~day].str.fullmatch(r"\d\d/20\d\d").all()
    count = _cells(rows, "Cantidad de personas", kept)
    big = kept["tags"].str.contains("thousands")
    assert big.any()
    assert count[big].str.fullmatch(r"\d,\d{3}").all()
    words = kept["tags"].str.contains("count_word")
    assert words.any()
    assert count[words].str.fullmatch(r"[a-zé]+").all()
    repeats = mine.loc[mine["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row, of in zip(repeats["row"], repeats["duplicate_of"], strict=True):
        assert rows[row - 1] == rows[int(of.split(":")[1]) - 1]


def test_avolta_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["avolta_group_security"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incidentRef", "occurredOn", "category"]
    mine = _of_file(truth, "avolta_group_security")
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    got = [recs[r - 1] for r in kept["row"]]
    codes = {g["countryCode"] for g in got}
    assert codes - {None} <= {"IT", "GR", "HR", "PL", "US", "USA", "ES", "GB", "PA"}
    assert all(isinstance(g["transitCountries"], list) for g in got)
    assert all(isinstance(g["relatedOffences"], list) for g in got)
    zero = kept["tags"].str.contains("coords_placeholder").to_numpy()
    assert zero.any()
    assert all(
        g["latitude"] == 0 and g["longitude"] == 0 for g, z in zip(got, zero, strict=True) if z
    )
    stamps = [g["occurredOn"] for g in got]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", s) for s in stamps)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", s) for s in stamps)
    assert recs[-1]["incidentRef"] != "BATCH TOTAL"  # the replayed incidents come last
    assert any(r["incidentRef"] == "BATCH TOTAL" for r in recs)


# --------------------------------------------------------------------------------------
# What the truth expects of a cell
# --------------------------------------------------------------------------------------
def test_exploitation_as_read(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[kept["event_id"]]
    smuggling = (ev["crime_type"] == "smuggling").to_numpy()
    assert kept.loc[smuggling, "exploitation"].isna().all()
    thb = kept.loc[~smuggling]
    same = thb["exploitation"].to_numpy() == ev.loc[~smuggling, "exploitation"].to_numpy()
    unknown = tags_of(truth).loc[thb.index].str.contains("unknown:exploitation").to_numpy()
    assert (same | unknown).all()
    assert (thb.loc[unknown, "exploitation"] == "unknown").all()


def test_quarantined_rows_expect_nothing(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    fields = ["event_date", "crime_type", "n_persons", "nationality", "lat"]
    assert bad[fields].isna().all().all()
    assert set(bad["expected_reason"]) >= {"bad_date", "future_date", "negative_count"}
