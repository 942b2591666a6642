"""The examiner set ``blind264`` (files ``*_jf.*``): what its files and truth promise.

Nothing here cleans or scores: the tests check the bytes each agency writes and that the
truth describes every row as a careful analyst would read it.
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
from trendlib.samples import make_truth
from trendlib.samples._blind264 import SOURCES as SOURCE_SPECS
from trendlib.samples._blind264 import make_blind264

VARIANT = "blind264"
SEED = 264
N_EVENTS = 1500
SMALL_SEED = 2641
SMALL_EVENTS = 400
SUFFIX = "_jf"
SOURCES = (
    "ville_calais_solidarites",
    "femp_migraciones",
    "elpaso_oem",
    "meteti_junta_comunal",
    "uclg_migration",
)
#: Fields every row gives as the event has them (no source blanks or drops them).
EXACT_FIELDS = ("crime_type", "transit_countries")
TOLERANCE = 1e-4  # degrees: four decimals (Calais) or a tenth of an arc second (DMS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_files(paths: dict[str, Path]) -> None:
    assert [s.source for s in SOURCE_SPECS] == list(SOURCES)
    assert all(paths[s].name.startswith(s) for s in SOURCES)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size() -> None:
    for seed, n in ((3, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, N_EVENTS)):
        subs = make_blind264(make_truth(seed=seed, n_events=n), seed=seed)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


# --------------------------------------------------------------------------------------
# What the truth expects where an agency leaves something out
# --------------------------------------------------------------------------------------
def test_columns_an_agency_does_not_keep(truth: pd.DataFrame) -> None:
    assert _rows(truth, "ville_calais_solidarites")["origin_country"].isna().all()
    assert _rows(truth, "meteti_junta_comunal")["linked_offences"].isna().all()
    others = truth.loc[truth["source"].isin(["femp_migraciones", "elpaso_oem", "uclg_migration"])]
    assert others["origin_country"].notna().any()


def test_smuggling_has_no_form_of_exploitation(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert kept.loc[kept["crime_type"] == "smuggling", "exploitation"].isna().all()
    thb = kept.loc[kept["crime_type"].isin(["trafficking", "both"]), "exploitation"]
    assert thb.notna().all()


def test_readings_of_the_agencies_words(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    demonym = kept & tags.str.contains("demonym:nationality")
    assert demonym.sum() > 20
    assert truth.loc[demonym, "nationality"].str.fullmatch(r"[A-Z]{3}").all()
    dms = kept & tags.str.contains("dms")
    assert dms.sum() > 10
    assert truth.loc[dms, "lon"].astype(float).lt(0).all()  # "W" and Spanish "O"
    partial = kept & tags.str.contains("partial_date")
    assert set(truth.loc[partial, "date_precision"]) == {"month", "quarter"}
    for tag in ("mojibake:", "typo:", "iso2:", "numeric:", "excel_serial", "count_words"):
        assert tags.str.contains(tag).any(), tag


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_calais_writes_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["ville_calais_solidarites"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° fiche;Date constat;Lieu;Qualification")
    assert "Pays de constat" in lines[0]
    frame = pd.read_csv(paths["ville_calais_solidarites"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date constat"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{2}(\d{2})?|[a-zéû]+ \d{4}").mean() > 0.97
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert frame["Latitude"].dropna().str.contains(",").mean() > 0.9
    assert frame["Nationalité"].isin(["afghan", "irakien", "iranien", "érythréen"]).any()
    assert frame["Nb passeurs présumés"].isin(["aucun", "néant", "0 (aucun)"]).any()
    assert frame["Pays de destination"].isin(["Angleterre", "UK", "Royaume Uni"]).any()
    assert (frame["Pays de constat"] == "Royaume-Uni").any()  # Dover landings reported again
    assert frame["N° fiche"].str.startswith("Total général").any()


def test_femp_workbook_mixes_date_cells(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["femp_migraciones"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]
    assert header[:4] == ("Nº registro", "Fecha", "Municipio", "Tipología")
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d) for d in dates}
    assert {datetime, str, int} <= kinds
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in text)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in text)
    cells = [str(v) for r in rows[1:] for v in r if v is not None]
    assert any("Ã" in c for c in cells)  # a municipality's badly imported CSV
    assert any(" y " in c for c in (r[13] for r in rows[1:] if r[13]))
    coords = [r[15] for r in rows[1:] if isinstance(r[15], str) and r[15] != "sin datos"]
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", c) for c in coords)


def test_elpaso_writes_month_first_with_bom(paths: dict[str, Path]) -> None:
    raw = paths["elpaso_oem"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["elpaso_oem"], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:3]) == ["Case #", "Date", "Border Patrol Sector"]
    days = frame["Date"].dropna()
    days = days.loc[days.str.match(r"\d")]
    parts = days.str.split("/", expand=True).astype(int)
    assert (parts[0] <= 12).all()
    assert (parts[1] > 12).any()  # the day comes second
    assert frame["Age Group"].eq("UAC").any()
    counts = frame["Number of Migrants"].dropna()
    assert counts.str.fullmatch(r"-?\d+|\d{1,3}(,\d{3})+|UNK|several|dozens|a few").all()
    assert frame["Suspected Smugglers"].isin(["None identified", "no suspects"]).any()
    assert frame["Citizenship"].isin(["MX", "GT", "HN", "VE", "EC"]).any()
    assert frame["Latitude"].str.contains("°", na=False).any()
    reps = frame.duplicated(keep=False)
    assert reps.sum() >= 6  # re-sent rows


def test_meteti_writes_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["meteti_junta_comunal"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.splitlines()[0].startswith("N°\tFecha\tComunidad\tDelito")
    frame = pd.read_csv(paths["meteti_junta_comunal"], sep="\t", encoding="utf-16", dtype=str)
    assert frame["Fecha"].str.fullmatch(r"\d\d-[a-z]{3}-\d{4}", na=False).any()
    assert frame["Nacionalidad"].isin(["venezolano", "ecuatoriano", "haitiano"]).any()
    gps = frame["Ubicación GPS"].dropna()
    assert gps.str.contains('"O', regex=False).any()  # oeste
    assert frame["Cantidad de personas"].str.endswith("migrantes", na=False).any()
    assert "Delitos" not in " ".join(frame.columns)


def test_uclg_writes_json_lines_with_iso_codes(paths: dict[str, Path]) -> None:
    lines = paths["uclg_migration"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"report_id", "date", "city", "persons", "country", "lat", "lon"}
    body = [r for r in recs if r["date"] is not None]
    iso3 = sum(bool(re.fullmatch(r"[A-Z]{3}", r["country"] or "")) for r in body)
    assert iso3 / len(body) > 0.5
    dates = [str(r["date"]) for r in body]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(r["report_id"].startswith("TOTAL") for r in recs if r["report_id"])
    assert {"Kuźnica", "Lampedusa e Linosa"} <= {r["city"] for r in recs}
