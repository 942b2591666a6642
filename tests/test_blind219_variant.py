"""The ``blind219`` examiner sample set (files ``*_hm.*``): what it promises, checked.

Five anti-money-laundering desks of non-financial businesses and a notarial network
(Spain's notaries, France's notaries, Great Britain's Gambling Commission, Mexico's UIF,
the EU notariats) write the events their own way. These tests check the files and the
truth the set promises; none of them cleans or scores.
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

VARIANT = "blind219"
SEED = 219
N_EVENTS = 1500
SMALL_SEED = 2191
SMALL_EVENTS = 400
SOURCES = ("ocp_notariado", "csn_notaires", "ukgc_intel", "uif_mx_avisos", "cnue_aml")
#: Fields every kept row gives exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: the coordinates are written to 4-5 decimals or to a tenth of a second.
TOLERANCE = 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index(rows["source_row"].astype(int))


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hm", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_hm", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        t = _truth(p)
        kept = t.loc[t["expected_status"] == "record", "source"]
        assert set(kept) == set(SOURCES)


# --------------------------------------------------------------------------------------
# Spain's notaries (OCP): a spreadsheet
# --------------------------------------------------------------------------------------
def test_ocp_spreadsheet_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["ocp_notariado"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:3] == ["Ref. OCP", "Fecha de los hechos", "Tipología delictiva"]
    assert {"Latitud", "Longitud", "Países de tránsito", "Nº investigados"} <= set(head)
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    serials = [d for d in dates if isinstance(d, int) and not isinstance(d, bool)]
    assert serials
    assert all(44197 <= d <= 45400 for d in serials)  # 2021-2024 as serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    crimes = {r[2] for r in rows[1:] if isinstance(r[2], str)}
    assert {"177 bis CP", "318 bis CP"} <= crimes
    lat = [r[head.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{5}", v) for v in lat)
    # a serial in the sheet is the day the truth expects
    exp = _rows_of(truth, "ocp_notariado_hm.xlsx")
    for i, r in enumerate(rows[1:], start=2):
        if isinstance(r[1], int) and exp.loc[i, "expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=r[1])
            assert exp.loc[i, "event_date"] == day.strftime("%Y-%m-%d")


# --------------------------------------------------------------------------------------
# France's notaries (CSN): cp1252, ';'
# --------------------------------------------------------------------------------------
def test_csn_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["csn_notaires"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n")[0].split(";")
    assert head[:3] == ["N° dossier", "Date des faits", "Qualification"]
    assert "Coordonnées GPS" in head
    assert "Pays de constatation" in head
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(
        r";(1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août"
        r"|septembre|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"[NS] \d+°\d\d'\d\d\.\d\"\"[EW]", text)
    assert re.search(r";-?\d+,\d{4} / -?\d+,\d{4};", text)
    assert "Ã©" in text  # a batch read through a bad UTF-8 import
    exp = _rows_of(truth, "csn_notaires_hm.csv")
    assert exp["tags"].str.contains("mojibake").any()
    assert (
        not truth.loc[truth["source_file"] != "csn_notaires_hm.csv", "messiness"]
        .fillna("")
        .str.contains("mojibake")
        .any()
    )


def test_csn_partial_dates_expect_period_start(small: dict[str, Path]) -> None:
    t = _truth(small)
    frame = pd.read_csv(
        small["csn_notaires"],
        sep=";",
        encoding="cp1252",
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    exp = _rows_of(t, "csn_notaires_hm.csv")
    seen = 0
    for i, cell in enumerate(frame["Date des faits"], start=2):
        m = re.fullmatch(r"T([1-4]) (20\d\d)", cell)
        if m and exp.loc[i, "expected_status"] != "quarantine":
            month = 3 * int(m.group(1)) - 2
            assert exp.loc[i, "event_date"] == f"{m.group(2)}-{month:02d}-01"
            assert exp.loc[i, "date_precision"] == "quarter"
            seen += 1
    t_all = _truth(small)
    assert seen == int(
        (
            (t_all["source_file"] == "csn_notaires_hm.csv") & (t_all["date_precision"] == "quarter")
        ).sum()
    )


# --------------------------------------------------------------------------------------
# Gambling Commission: UTF-8 with BOM, ','
# --------------------------------------------------------------------------------------
def test_ukgc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ukgc_intel"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    head = text.split("\n")[0].split(",")
    assert head[:3] == ["Intel ref", "Date of incident", "Offence category"]
    assert not any("lat" in h.lower() or "coord" in h.lower() for h in head)
    for word in (",OIC,", ",MSHT,", ",Small boat,", " > "):
        assert word in text, word
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d,",
        text,
    )
    assert re.search(r",\d\d-[A-Z][a-z]{2}-\d\d,", text)
    assert re.search(r",(VNM|ALB|IRN|IRQ|AFG|ERI|SYR),", text)  # passport codes
    exp = _rows_of(truth, "ukgc_intel_hm.csv")
    kept = exp.loc[exp["expected_status"] != "quarantine"]
    assert kept["lat"].isna().all()
    assert kept["tags"].str.contains("coords_missing|blank_coordinates").all()


# --------------------------------------------------------------------------------------
# Mexico's UIF: JSON lines
# --------------------------------------------------------------------------------------
def test_uif_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["uif_mx_avisos"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["folio", "fecha_hechos", "tipo_delito"]
    dates = [r["fecha_hechos"] for r in recs if isinstance(r["fecha_hechos"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    values = {v for r in recs for v in r.values() if isinstance(v, str)}
    assert {"TRÁFICO DE PERSONAS", "NNA", "S/D"} <= values
    assert values & {"EUA", "E.U.A."}
    assert any(isinstance(r["num_personas"], int) for r in recs)
    exp = _rows_of(truth, "uif_mx_avisos_hm.jsonl")
    for i, r in enumerate(recs, start=1):
        row = exp.loc[i]
        if row["expected_status"] == "quarantine":
            continue
        if r["tipo_delito"].startswith("TRÁFICO"):  # Mexican law: smuggling
            assert row["crime_type"] == "smuggling"
        if r["pais_deteccion"] in ("EUA", "E.U.A."):
            assert row["detection_country"] == "USA"
        if r["latitud"] == "S/D":
            assert pd.isna(row["lat"])


# --------------------------------------------------------------------------------------
# EU notariats: UTF-16, tab
# --------------------------------------------------------------------------------------
def test_cnue_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cnue_aml"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = pd.read_csv(
        paths["cnue_aml"],
        sep="\t",
        encoding="utf-16",
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    assert frame.columns[:3].tolist() == ["Case No.", "Date", "Offence"]
    assert len(frame.columns) == 16
    states = set(frame["Member State"]) - {""}
    assert states <= {"IT", "EL", "HR", "PL", "ES"}
    assert "EL" in states
    assert "GR" not in states
    transit = frame["Transit"].loc[frame["Transit"] != ""]
    assert transit.str.fullmatch(r"[A-Z]{2}(-[A-Z]{2})*").all()
    assert transit.str.contains("-").any()
    assert frame["Date"].str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert frame["Date"].str.fullmatch(r"\d\d\.\d\d\.20\d\d").any()
    assert frame["Nationality"].str.fullmatch(r"\d{3}").any()  # UN numeric codes
    exp = _rows_of(truth, "cnue_aml_hm.csv")
    for i, state in enumerate(frame["Member State"], start=2):
        if state and exp.loc[i, "expected_status"] != "quarantine":
            want = {"IT": "ITA", "EL": "GRC", "HR": "HRV", "PL": "POL", "ES": "ESP"}[state]
            assert exp.loc[i, "detection_country"] == want


def test_bad_rows_of_every_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    assert garbage["source_file"].nunique() == len(SOURCES)
