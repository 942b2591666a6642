"""The examiner set ``blind127`` (files ``*_dy.*``): what it promises, checked on its bytes.

Five desks (PSNI MSHTU, Garda HTICU, the French SSI in Dublin, the Spanish Consejería de
Interior in London, the Colombian police attaché in London). These tests check the files
and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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

VARIANT = "blind127"
SEED = 127
N_EVENTS = 1500
SMALL_SEED = 1271
SMALL_EVENTS = 400
SOURCES = (
    "psni_mshtu",
    "garda_hticu",
    "ssi_ambafrance_irlande",
    "consejeria_interior_londres",
    "ponal_agregaduria_londres",
)
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str, status: str = "record") -> pd.DataFrame:
    return truth.loc[(truth["source"] == source) & (truth["expected_status"] == status)]


def _csv(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def _by_ref(rows: list[dict[str, str]], ref: str) -> dict[str, dict[str, str]]:
    return {r[ref]: r for r in rows if r.get(ref)}


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dy", n_events=N_EVENTS)


def test_small_set_has_every_source_and_reason(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_dy", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_source_gets_events_at_small_sizes(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import write_samples

    out = write_samples(tmp_path / "s", seed=3, n_events=n_events, variant=VARIANT)
    rows = pd.read_csv(out["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_planted_habits_are_in_the_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "demonym:nationality",
        "home_nation:detection_country",
        "ethnicity_not_nationality",
        "iso2:",
        "alias:",
        "typo:",
        "mojibake",
        "excel_serial",
        "date_as_text",
        "coords_dms",
        "decimal_comma",
        "coords_placeholder",
        "coords_missing",
        "legal_reference:crime_type",
        "na_word",
        "blank_gender",
        "zero_word",
        "suspects_placeholder",
        "partial_date",
        "case:",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
    # an ethnicity ("Kurdish") gives no nationality
    kurd = truth.loc[tags.str.contains("ethnicity_not_nationality", regex=False)]
    assert kurd["nationality"].isna().all()
    # a month or quarter only: the truth says so
    kept = truth["expected_status"] != "quarantine"
    prec = set(truth.loc[kept & tags.str.contains("partial_date"), "date_precision"])
    assert prec == {"month", "quarter"}


# --------------------------------------------------------------------------------------
# The bytes show each desk's habits
# --------------------------------------------------------------------------------------
def test_psni_is_an_excel_csv_in_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["psni_mshtu"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.startswith("Occurrence Ref,Date of Occurrence,Offence Category,")
    rows = _csv(paths["psni_mshtu"], "cp1252", ",")
    by_ref = _by_ref(rows, "Occurrence Ref")
    recs = _rows(truth, "psni_mshtu")
    dates = [by_ref[r]["Date of Occurrence"] for r in recs["source_ref"]]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}|\d\d-[A-Z][a-z]{2}-\d{4}", d) for d in dates)
    assert any("-" in d for d in dates)
    assert {"Nil", "None"} & {r["No. of Suspects"] for r in rows}
    assert {"England", "Scotland"} <= {r["Location (Country)"] for r in rows}
    assert any(" > " in r["Route (via)"] for r in rows)
    assert {"Afghan", "Vietnamese"} & {r["Nationality"] for r in rows}
    assert any(r["Offence Category"].startswith("Organised Immigration Crime") for r in rows)
    assert all(
        re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|N/K|Not known|", r["Lat/Long"]) for r in rows
    )
    # a re-sent row repeats its first sending cell for cell
    repeats = truth.loc[
        (truth["source"] == "psni_mshtu") & (truth["expected_reason"] == "exact_repeat")
    ]
    assert len(repeats) >= 3
    lines = [line for line in text.split("\r\n") if line]
    for row in repeats.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_garda_is_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["garda_hticu"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert {"hticu_ref", "date_of_detection", "crime_category", "geo_point"} <= set(rows[0])
    by_ref = {r["hticu_ref"]: r for r in rows}
    recs = _rows(truth, "garda_hticu")
    dates = [by_ref[r]["date_of_detection"] for r in recs["source_ref"]]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d|\d{4}-\d\d|Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(d.startswith("Q") for d in dates)
    counts = [by_ref[r]["persons_count"] for r in recs["source_ref"]]
    assert sum(isinstance(c, int) for c in counts) > 0.95 * len(counts)
    assert {"GR", "HR", "IT", "PL", "US"} & {r["country_detected"] for r in rows}
    assert any("Act 2000" in str(r["crime_category"]) for r in rows)
    geo = [r["geo_point"] for r in rows if r.get("geo_point")]
    assert all(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}", g) for g in geo)


def test_ssi_is_french_utf8_bom_semicolon(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ssi_ambafrance_irlande"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = _csv(paths["ssi_ambafrance_irlande"], "utf-8-sig", ";")
    assert list(rows[0])[:3] == ["N° de fiche", "Date des faits", "Qualification"]
    assert "Nb mis en cause" in rows[0]
    lat = [r["Latitude"] for r in rows if r["Latitude"]]
    assert lat
    assert all(re.fullmatch(r"-?\d+,\d{5}", v) for v in lat)
    assert {"néant", "aucun"} & {r["Nb mis en cause"] for r in rows}
    assert {"afghane", "irakienne", "iranienne", "albanaise"} & {r["Nationalité"] for r in rows}
    by_ref = _by_ref(rows, "N° de fiche")
    recs = _rows(truth, "ssi_ambafrance_irlande")
    partial = tags_of(truth).loc[recs.index].str.contains("partial_date")
    for row in recs.itertuples():
        cell = by_ref[row.source_ref]["Date des faits"]
        if partial[row.Index]:  # "mai 2023" or "T2 2023": the truth reads a month or quarter
            assert re.fullmatch(r"T[1-4] \d{4}|[a-zéû]+ \d{4}", cell)
            assert row.date_precision == ("quarter" if cell.startswith("T") else "month")
        else:
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", cell)
            day = pd.Timestamp(f"{cell[6:]}-{cell[3:5]}-{cell[:2]}")
            assert day.strftime("%Y-%m-%d") == row.event_date
    assert any(" - " in r["Itinéraire (pays de transit)"] for r in rows)
    assert any(r["Qualification"] == "AESI" for r in rows)


def test_consejeria_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["consejeria_interior_londres"], read_only=True)
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header[:3] == ["Ref. Consejería", "Fecha de los hechos", "Tipo delictivo"]
    body = [dict(zip(header, v, strict=False)) for v in values[1:]]  # short rows
    by_ref = {r["Ref. Consejería"]: r for r in body}
    dates = [r["Fecha de los hechos"] for r in body]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # serial numbers
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any("Ã" in str(v) for r in body for v in r.values())
    assert any("177 bis" in str(r["Tipo delictivo"]) for r in body)
    # degrees, minutes and seconds: the truth holds what they read
    dms = re.compile(r"(\d+)Â?º(\d\d)'(\d\d),(\d)\" ([NS]) (\d+)Â?º(\d\d)'(\d\d),(\d)\" ([EW])")
    recs = _rows(truth, "consejeria_interior_londres").dropna(subset=["lat"])
    assert len(recs)
    for row in recs.itertuples():
        m = dms.fullmatch(str(by_ref[row.source_ref]["Coordenadas"]))
        assert m is not None
        g = m.groups()
        lat = int(g[0]) + int(g[1]) / 60 + (int(g[2]) + int(g[3]) / 10) / 3600
        lon = int(g[5]) + int(g[6]) / 60 + (int(g[7]) + int(g[8]) / 10) / 3600
        assert abs(lat * (1 if g[4] == "N" else -1) - float(row.lat)) < 1e-6
        assert abs(lon * (1 if g[9] == "E" else -1) - float(row.lon)) < 1e-6
    # an Excel serial number is read as the day it counts from 1899-12-30
    serial = recs.loc[tags_of(truth).loc[recs.index].str.contains("excel_serial")]
    assert len(serial)
    for row in serial.itertuples():
        cell = by_ref[row.source_ref]["Fecha de los hechos"]
        assert isinstance(cell, int)
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
        assert day.strftime("%Y-%m-%d") == row.event_date


def test_ponal_is_utf16_tab_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ponal_agregaduria_londres"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    rows = _csv(paths["ponal_agregaduria_londres"], "utf-16", "\t")
    assert list(rows[0])[:2] == ["No. Noticia Criminal", "Fecha del hecho"]
    assert "PANAMA" in {r["País donde se detecta"] for r in rows}
    assert {"NNA", "adultos y NNA"} & {r["Grupo etario"] for r in rows}
    assert "VENEZOLANO" in {r["Nacionalidad"] for r in rows}
    dates = {r["Fecha del hecho"] for r in rows}
    assert any(re.fullmatch(r"\d{4}/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    lat = [r["Latitud"] for r in rows if r["Latitud"]]
    assert lat
    assert all(re.fullmatch(r"-?\d+,\d{5}", v) for v in lat)
    big = [r["Cantidad de personas"] for r in rows]
    tags = tags_of(truth).loc[truth["source"] == "ponal_agregaduria_londres"]
    if tags.str.contains("thousands:n_persons").any():
        assert any(re.fullmatch(r"\d+\.\d{3}", c) for c in big)
