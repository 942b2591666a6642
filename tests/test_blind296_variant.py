"""Examiner set ``blind296`` (files ``*_kl.*``): social-audit firms' exports.

These tests check what the set promises (files, truth, each body's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind296 import SOURCES as AUDIT_SOURCES
from trendlib.samples._blind296 import make_blind296

VARIANT = "blind296"
SEED = 296
N_EVENTS = 1500
SMALL_SEED = 2961
SMALL_EVENTS = 400
SOURCES = (
    "amfori_bsci",
    "sedex_smeta",
    "bureau_veritas_fr",
    "aenor_auditoria_social",
    "sgs_mesoamerica",
)
FILES = {
    "amfori_bsci": "amfori_bsci_kl.csv",
    "sedex_smeta": "sedex_smeta_kl.jsonl",
    "bureau_veritas_fr": "bureau_veritas_fr_kl.csv",
    "aenor_auditoria_social": "aenor_auditoria_social_kl.xlsx",
    "sgs_mesoamerica": "sgs_mesoamerica_kl.csv",
}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(path: Path) -> dict[int, dict[str, object]]:
    """The file's rows by ``source_row`` (header = 1 for CSV/XLSX, JSONL lines from 1)."""
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return {i + 1: json.loads(line) for i, line in enumerate(lines)}
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).active
        assert sheet is not None
        values = list(sheet.iter_rows(values_only=True))
        head = [str(h) for h in values[0]]
        return {i + 2: dict(zip(head, row, strict=True)) for i, row in enumerate(values[1:])}
    enc = {"amfori": "utf-8-sig", "bureau": "cp1252", "sgs": "utf-16"}[path.stem.split("_")[0]]
    sep = {"amfori": ",", "bureau": ";", "sgs": "\t"}[path.stem.split("_")[0]]
    text = path.read_bytes().decode(enc)
    reader = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    head = reader[0]
    out: dict[int, dict[str, object]] = {}
    for i, row in enumerate(reader[1:]):
        out[i + 2] = dict(zip(head, row, strict=True)) if row else {}
    return out


def _of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kl", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_kl", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_every_source_has_rows_at_300_events() -> None:
    subs = make_blind296(make_truth(seed=5, n_events=300), seed=5)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(
        paths,
        truth,
        ("crime_type", "transit_countries", "linked_offences"),
        tolerance=0.001,
    )


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_sources_are_the_modules() -> None:
    assert tuple(s.source for s in AUDIT_SOURCES) == SOURCES
    assert {s.source: s.filename for s in AUDIT_SOURCES} == FILES


# --------------------------------------------------------------------------------------
# amfori BSCI: English, UTF-8 with BOM, comma; quarter-dated desk reviews
# --------------------------------------------------------------------------------------
def test_amfori_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["amfori_bsci"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    head = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert head.startswith("Audit ID,Audit type,Audit date,Site location,Site country")
    assert '"GPS (lat, long)"' in head
    rows = _rows(paths["amfori_bsci"])
    body = [r for r in rows.values() if r.get("Audit type")]
    dates = [str(r["Audit date"]) for r in body]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    quarters = [r for r in body if re.fullmatch(r"Q[1-4] 20\d\d", str(r["Audit date"]))]
    assert quarters
    assert all(r["Audit type"] == "Desk review" for r in quarters)
    assert any(" > " in str(r["Recruitment / travel route"]) for r in body)
    assert {"Tunisian", "Syrian"} & {str(r["Nationality"]) for r in body}
    gps = [str(r["GPS (lat, long)"]) for r in body if r["GPS (lat, long)"]]
    assert sum(bool(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", g)) for g in gps) > 0.9 * len(gps)
    n_quarter = (_of(truth, "amfori_bsci")["date_precision"] == "quarter").sum()
    assert 0 < n_quarter <= len(quarters)  # a bad row keeps its cell but expects nothing


def test_amfori_young_workers_are_children(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(paths["amfori_bsci"])
    t = _of(truth, "amfori_bsci").loc[lambda d: d["expected_status"] == "record"]
    seen = 0
    for row in t.itertuples():
        cell = str(rows[int(row.source_row)]["Age group"]).strip().lower()
        if cell in ("young workers (<18)", "child labour", "under 18"):
            assert row.age_group == "child"
            seen += 1
        route = str(rows[int(row.source_row)]["Recruitment / travel route"]).strip().lower()
        if route == "direct":
            assert pd.isna(row.transit_countries)
    assert seen > 0


# --------------------------------------------------------------------------------------
# Sedex: JSON lines, ISO alpha-2 codes, arrays, month-only legacy dates
# --------------------------------------------------------------------------------------
def test_sedex_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["sedex_smeta"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"audit_ref", "audit_date", "site_country_code", "workers_affected"}
    body = [r for r in recs if r.get("issue_category")]
    codes = {r["site_country_code"] for r in body if r["site_country_code"]}
    assert codes <= {"GB", "UK", "US", "IT", "ES", "FR", "PA"}
    assert "UK" in codes
    assert all(isinstance(r["transit_countries"], list) for r in body)
    assert all(isinstance(r["linked_issues"], list) for r in body)
    assert any(len(r["transit_countries"]) >= 2 for r in body)
    dates = [str(r["audit_date"]) for r in body if r["audit_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert {r["issue_category"] for r in body} <= {
        "human_trafficking",
        "migrant_smuggling",
        "trafficking_and_smuggling",
    }
    # a 0.0, 0.0 fix is no position; exact repeats are re-sent pages
    t = _of(truth, "sedex_smeta").set_index("source_row")
    zero = [i + 1 for i, r in enumerate(recs) if r.get("site_lat") == 0.0]
    assert zero
    assert t.loc[[str(i) for i in zero], "lat"].isna().all()
    assert (t["expected_reason"] == "exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# Bureau Veritas: French, cp1252, semicolon, CRLF, mojibake, decimal commas
# --------------------------------------------------------------------------------------
def test_bureau_veritas_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["bureau_veritas_fr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0]
    assert head.startswith("N° rapport;Date d'audit;Pays du site;Commune")
    assert "Ã" in text  # UTF-8 country names pasted into the cp1252 file
    rows = _rows(paths["bureau_veritas_fr"])
    body = [r for r in rows.values() if r.get("Nature du constat")]
    assert any(re.fullmatch(r"-?\d+,\d{5}", str(r["Latitude"])) for r in body)
    assert not any("." in str(r["Latitude"]) for r in body)
    months = [r for r in body if re.fullmatch(r"[a-zéû]+ 20\d\d", str(r["Date d'audit"]))]
    t = _of(truth, "bureau_veritas_fr")
    assert 0 < (t["date_precision"] == "month").sum() <= len(months)
    tags = tags_of(truth)
    assert tags.str.contains("mojibake").groupby(truth["source"]).any().to_dict() == {
        s: s == "bureau_veritas_fr" for s in SOURCES
    }


def test_debt_bondage_is_forced_labour(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    words = {
        "bureau_veritas_fr": ("Forme d'exploitation", "servitude pour dettes"),
        "aenor_auditoria_social": ("Forma de explotación", "servidumbre por deudas"),
        "amfori_bsci": ("Type of exploitation", "debt bondage (recruitment fees)"),
    }
    seen = 0
    for source, (col, word) in words.items():
        rows = _rows(paths[source])
        t = _of(truth, source).loc[lambda d: d["expected_status"] != "quarantine"]
        for row in t.itertuples():
            if str(rows[int(row.source_row)].get(col) or "").strip().lower() == word:
                assert row.exploitation == "forced_labour"
                seen += 1
    assert seen > 0


# --------------------------------------------------------------------------------------
# AENOR: Spanish workbook, date cells, typed dates, serials, quarters
# --------------------------------------------------------------------------------------
def test_aenor_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(paths["aenor_auditoria_social"])
    head = list(next(iter(rows.values())))
    assert head[:3] == ["Nº informe", "Fecha auditoría", "País centro auditado"]
    body = {k: r for k, r in rows.items() if r.get("Tipo de hallazgo")}
    kinds = {type(r["Fecha auditoría"]) for r in body.values() if r["Fecha auditoría"]}
    assert {dt.datetime, int, str} <= kinds
    t = _of(truth, "aenor_auditoria_social").set_index("source_row")
    for k, r in body.items():
        cell = r["Fecha auditoría"]
        if isinstance(cell, int) and t.loc[str(k), "expected_status"] != "quarantine":
            serial = (pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)).strftime("%Y-%m-%d")
            assert t.loc[str(k), "event_date"] == serial
        if isinstance(cell, str) and re.fullmatch(r"T[1-4] 20\d\d", cell):
            assert t.loc[str(k), "date_precision"] == "quarter"
    coords = [str(r["Coordenadas (lat; long)"]) for r in body.values()]
    assert any(re.fullmatch(r"-?\d+,\d{5}; -?\d+,\d{5}", c) for c in coords)
    nats = {str(r["Nacionalidad"]).strip().lower() for r in body.values()}
    assert nats & {"marroquí", "senegalesa", "rumana", "argelina", "maliense"}
    assert (t["expected_reason"] == "exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# SGS Mesoamerica: UTF-16 tab text, numeric ISO codes, DMS coordinates
# --------------------------------------------------------------------------------------
def test_sgs_utf16(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["sgs_mesoamerica"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].startswith("No. de informe\tFecha de auditoría\t")
    rows = _rows(paths["sgs_mesoamerica"])
    body = {k: r for k, r in rows.items() if r.get("Tipo de caso")}
    codes = {str(r["Cód. país (ISO 3166)"]) for r in body.values()}
    assert codes <= {"591", "840", ""}
    assert "591" in codes
    dms = re.compile(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]")
    t = _of(truth, "sgs_mesoamerica").set_index("source_row")
    checked = 0
    for k, r in body.items():
        cell = str(r["Coordenadas GPS"])
        if dms.fullmatch(cell) and t.loc[str(k), "expected_status"] != "quarantine":
            lat = float(t.loc[str(k), "lat"])
            assert ("N" in cell) == (lat >= 0)
            checked += 1
    assert checked > 0.8 * len(body)
    nats = {str(r["Nacionalidad"]).strip().lower() for r in body.values()}
    assert nats & {"venezolana", "venezolano", "ecuatoriana", "haitiana", "colombiana"}


# --------------------------------------------------------------------------------------
# The truth says what the cells say
# --------------------------------------------------------------------------------------
def test_partial_dates_by_source(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    by = ok.groupby("date_precision")["source"].agg(set).to_dict()
    assert by["quarter"] == {"amfori_bsci", "aenor_auditoria_social"}
    assert by["month"] == {"sedex_smeta", "bureau_veritas_fr"}
    # both reports of an event seen twice give the day
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (cross["date_precision"] == "day").all()
    firsts = set(cross["duplicate_of"])
    key = truth["source_file"] + ":" + truth["source_row"]
    assert (truth.loc[key.isin(firsts), "date_precision"].dropna() == "day").all()


def test_bad_rows_expect_nothing(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    fields = ["event_date", "n_persons", "nationality", "gender", "lat"]
    assert bad[fields].isna().all().all()


def test_bad_count_cells_are_not_numbers(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cols = {
        "amfori_bsci": "Workers affected",
        "sedex_smeta": "workers_affected",
        "bureau_veritas_fr": "Nb travailleurs concernés",
        "aenor_auditoria_social": "Nº trabajadores afectados",
        "sgs_mesoamerica": "Trabajadores afectados",
    }
    bad = truth.loc[truth["expected_reason"] == "bad_count"]
    assert len(bad) > 0
    for row in bad.itertuples():
        cell = _rows(paths[row.source])[int(row.source_row)][cols[row.source]]
        assert isinstance(cell, str)
        assert not re.search(r"\d{2,}", cell)


def test_every_source_has_its_share(truth: pd.DataFrame) -> None:
    rec = truth.loc[truth["expected_status"] == "record"]
    det = rec.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert det["amfori_bsci"] <= {"ITA", "GRC", "HRV", "POL"}
    assert det["bureau_veritas_fr"] == {"FRA"}
    assert det["aenor_auditoria_social"] == {"ESP"}
    assert det["sgs_mesoamerica"] == {"PAN"}
    assert det["sedex_smeta"] == {"GBR", "USA"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert cross["duplicate_of"].str.split(":").str[0].ne(cross["source_file"]).all()
