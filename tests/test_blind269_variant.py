"""The examiner sample set ``blind269`` (files ``*_jk.*``): what it promises, checked.

None of these tests cleans or scores: they check the files' bytes (each agency's
encoding, delimiter, header words, date styles, codes) and that the truth describes
every row as promised.
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
from trendlib.samples import make_truth
from trendlib.samples._blind269 import AGENCIES, make_blind269

VARIANT = "blind269"
SEED = 269
N_EVENTS = 1500
SMALL_SEED = 2691
SMALL_EVENTS = 400
SOURCES = ("interfresa_jk", "msa_npdc_jk", "hops_labour_jk", "stps_sne_jk", "eti_digest_jk")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(_text(path, encoding)), sep=sep, dtype=str, keep_default_na=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jk", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_jk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type", "linked_offences"), tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_fields_left_out_only_where_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    keep = truth["expected_status"] != "quarantine"
    ok = truth.loc[keep].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[keep].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    assert ok["transit_countries"].equals(ev["transit_countries"])
    blank = tags.str.contains("blank_exploitation")
    assert ok.loc[~blank, "exploitation"].equals(ev.loc[~blank, "exploitation"])
    assert (ok.loc[blank, "exploitation"] == "unknown").all()
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind269(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_bad_rows_of_every_kind_and_garbage(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # every file ends (before its re-sent rows) with its own total row
    totals = {"TOTAL CAMPAÑA", "Total général", "Total", "TOTAL GENERAL"}
    assert set(garbage.loc[garbage["expected_reason"] == "no_date", "source_ref"]) <= totals


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_interfresa_excel_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["interfresa_jk"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha incidencia", "Tipo de caso")
    assert "Nº trabajadores/as afectados" in header
    assert "Latitud" not in header
    body = pd.DataFrame(rows[1:], columns=header)
    dates = body["Fecha incidencia"].dropna()
    assert dates.map(lambda v: isinstance(v, dt.datetime)).mean() > 0.7
    typed = dates[dates.map(lambda v: isinstance(v, str))]
    assert typed.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert typed.str.fullmatch(
        r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre) \d{4}"
    ).any()
    nat = body["Nacionalidad"].dropna().astype(str)
    assert nat.isin(["marroquí", "senegalés", "maliense", "rumana", "rumano"]).any()
    assert nat.str.contains("Ã").any()  # pasted from a UTF-8 file read as cp1252
    assert body["Países de tránsito"].dropna().astype(str).str.contains(" - ").any()
    assert body["Medio de llegada"].dropna().isin(["Cayuco", "Patera"]).any()
    counts = body["Nº trabajadores/as afectados"].dropna()
    assert counts.map(lambda v: isinstance(v, int)).mean() > 0.8
    mine = truth.loc[truth["source_file"] == "interfresa_jk.xlsx"]
    assert (
        tags_of(mine)
        .str.contains("coords_missing")
        .loc[mine["expected_status"] != "quarantine"]
        .all()
    )


def test_mojibake_only_in_interfresa(truth: pd.DataFrame) -> None:
    moji = truth.loc[tags_of(truth).str.contains("mojibake")]
    assert len(moji) > 0
    assert set(moji["source_file"]) == {"interfresa_jk.xlsx"}


def test_msa_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["msa_npdc_jk"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    first = text.splitlines()[0]
    assert first.startswith("Réf. contrôle;Date du constat;Qualification retenue;")
    assert first.count(";") == 16
    frame = _csv(paths["msa_npdc_jk"], "cp1252", ";")
    assert frame["Latitude"].str.fullmatch(r"|\d\d,\d{5}").all()
    dates = frame["Date du constat"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Sexe"].isin(["H", "F", "H/F"]).any()
    assert (frame["Pays de destination"] == "Angleterre").any()
    assert frame["Nationalité"].str.fullmatch(r"[A-ZÉÈÊÎÔÛÇ' -]{4,}").any()  # capitals


def test_hops_bom_and_day_first_dates(paths: dict[str, Path]) -> None:
    raw = paths["hops_labour_jk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfIncident no.,Date reported,")
    frame = _csv(paths["hops_labour_jk"], "utf-8-sig", ",")
    assert frame["Location (lat, long)"].str.fullmatch(r"|-?\d+\.\d{4}, -?\d+\.\d{4}").all()
    dates = frame["Date reported"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d").any()
    # day first throughout: no day-first cell could be read month first only
    dmy = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    assert (dmy.str[3:5].astype(int) <= 12).all()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Albanian"]).any()
    assert frame["Route via"].str.contains(" > ").any()
    assert frame["Workers involved"].isin(["TBC", "n/k", "unknown"]).any()


def test_stps_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["stps_sne_jk"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Folio", "Fecha del evento", "Tipo de delito"]
    frame = _csv(paths["stps_sne_jk"], "utf-16", "\t")
    assert frame["Tipo de delito"].str.strip().str.lower().eq("tráfico de personas").any()
    assert frame["Sexo"].isin(["H", "M"]).any()
    assert frame["Grupo de edad"].str.contains("NNA").any()
    assert frame["País donde ocurrió"].isin(["EUA", "E.U.A."]).any()
    dates = frame["Fecha del evento"]
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d\d/\d{4}").any()  # month only
    assert frame["Longitud"].str.fullmatch(r"|-?\d+\.\d{5}").all()


def test_stps_serials_are_the_right_day(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["stps_sne_jk"], "utf-16", "\t")
    mine = truth.loc[truth["source_file"] == "stps_sne_jk.csv"].reset_index(drop=True)
    serial = frame["Fecha del evento"].str.fullmatch(r"4\d{4}")
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        frame.loc[serial, "Fecha del evento"].astype(int), unit="D"
    )
    assert (days.dt.strftime("%Y-%m-%d").to_numpy() == mine.loc[serial, "event_date"]).all()


def test_eti_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["eti_digest_jk"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"case_id", "reported_on", "nationality_iso3", "incident_country"}
    body = [r for r in recs if r["case_id"] != "Total"]
    assert all(isinstance(r["route_via"], list) for r in body)
    assert {r["incident_country"] for r in body} >= {"IT", "GR", "HR", "PA"}
    assert all(
        r["origin_m49"] is None or re.fullmatch(r"\d{3}|[Uu]nknown", r["origin_m49"]) for r in body
    )
    dates = [r["reported_on"] for r in body if r["reported_on"]]
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(d.endswith("T00:00:00Z") for d in dates)


def test_duplicates_cross_agencies(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(zip(cross["source_file"], cross["duplicate_of"].str.split(":").str[0], strict=True))
    assert ("hops_labour_jk.csv", "msa_npdc_jk.csv") in pairs
    assert ("eti_digest_jk.jsonl", "stps_sne_jk.csv") in pairs
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"hops_labour_jk.csv", "stps_sne_jk.csv"}


def test_agencies_are_declared_as_written(paths: dict[str, Path]) -> None:
    for agency in AGENCIES:
        assert paths[agency.source].name == agency.filename
        assert agency.filename.endswith(f"_jk.{agency.format}")
