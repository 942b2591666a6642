"""Examiner set ``blind252`` (files ``*_it.*``): payment-app and crypto-exchange compliance desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind252 import SOURCES, make_blind252

VARIANT = "blind252"
SEED = 252
N_EVENTS = 1500
SMALL_SEED = 2521
SMALL_EVENTS = 400
DESKS = tuple(s.source for s in SOURCES)
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The desk's cells as written (text as text), with their ``source_row``."""
    path = paths[source]
    if path.suffix == ".csv":
        desk = next(s for s in SOURCES if s.source == source)
        frame = pd.read_csv(
            path,
            sep=desk.delimiter,
            encoding=desk.encoding,
            dtype=str,
            keep_default_na=False,
        )
        frame["source_row"] = range(2, 2 + len(frame))
        return frame
    if path.suffix == ".xlsx":
        rows = list(load_workbook(path).active.iter_rows(values_only=True))
        frame = pd.DataFrame(rows[1:], columns=list(rows[0]), dtype=object)
        frame["source_row"] = range(2, 2 + len(frame))
        return frame
    lines = path.read_text(encoding="utf-8").splitlines()
    frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
    frame["source_row"] = range(1, 1 + len(frame))
    return frame


def _joined(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The desk's cells beside the truth's rows (exact repeats carry their first row's tags)."""
    mine = truth.loc[truth["source"] == source].copy()
    mine["tags"] = tags_of(truth).loc[mine.index]
    mine["source_row"] = mine["source_row"].astype(int)
    return _cells(paths, source).merge(mine, on="source_row", how="inner", validate="1:1")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, DESKS, suffix="_it", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, DESKS, suffix="_it", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, DESKS, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, DESKS, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("seed", "n_events"), [(0, 300), (3, 300), (SMALL_SEED, 400), (SEED, 1500)]
)
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind252(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(DESKS)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 10, sub.source
        assert list(sub.frame.columns) == list(
            next(s for s in SOURCES if s.source == sub.source).headers.values()
        )


def test_exploitation_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    ev = events.set_index("event_id").loc[ok["event_id"]]
    smuggling = (ev["crime_type"] == "smuggling").to_numpy()
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags_of(truth).loc[ok.index].str.contains("exploitation_unknown").to_numpy()
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    keep = ~smuggling & ~unknown
    assert (
        ok.loc[keep, "exploitation"].to_numpy() == ev.loc[keep, "exploitation"].to_numpy()
    ).all()


def test_partial_dates_are_month_or_quarter_starts(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    month = ok & tags.str.contains("date_month")
    quarter = ok & tags.str.contains("date_quarter")
    assert month.sum() >= 10
    assert quarter.sum() >= 5
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert truth.loc[month, "event_date"].str.endswith("-01").all()
    assert truth.loc[~(month | quarter) & ok, "date_precision"].eq("day").all()


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_bitso_csv_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["bitso_cumplimiento"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Folio ROI,Fecha del hecho,Tipología,")
    assert "Núm. personas (migrantes/víctimas)" in header
    cells = _joined(paths, truth, "bitso_cumplimiento")
    rows = cells.loc[cells["Folio ROI"].str.startswith("BITSO-ROI-")]
    dated = rows.loc[rows["expected_status"] != "quarantine", "Fecha del hecho"]
    assert dated.str.fullmatch(r"\d\d/\d\d/(\d\d)?\d\d").all()
    # Mexican legal words: "tráfico de personas" is migrant smuggling
    trafico = rows.loc[rows["Tipología"] == "Tráfico de personas"]
    assert len(trafico) > 0
    assert set(trafico["crime_type"].dropna()) == {"smuggling"}
    assert rows["Edad"].str.contains("NNA").any()
    assert rows["Países de tránsito"].str.contains(" - ").any()
    persons = rows["Núm. personas (migrantes/víctimas)"]
    big = pd.to_numeric(rows["n_persons"]) >= 1000
    assert persons[big].str.fullmatch(r"\d{1,3}(,\d{3})+|\d{4}").all()  # 1,250 or 1250
    thousands = persons.str.fullmatch(r"\d{1,3}(,\d{3})+")
    assert (
        pd.to_numeric(persons[thousands].str.replace(",", ""))
        == pd.to_numeric(rows.loc[thousands, "n_persons"])
    ).all()
    assert rows["Nacionalidad"].str.fullmatch(r"\d{3}").any()  # ISO numeric from the KYC tool
    # "H"/"M" are hombre/mujer: "M" is a woman here
    one_m = rows.loc[rows["Sexo"] == "M"]
    assert set(one_m["gender"].dropna()) <= {"female"}
    assert (truth["expected_reason"] == "exact_repeat").groupby(truth["source"]).sum()[
        "bitso_cumplimiento"
    ] >= 3


def test_lydia_csv_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["lydia_conformite"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° dossier;Date des faits;Qualification retenue;")
    cells = _joined(paths, truth, "lydia_conformite")
    rows = cells.loc[cells["N° dossier"].str.startswith("LCB-")]
    garbled = rows.loc[rows["tags"].str.contains("mojibake")]
    assert len(garbled) > 0
    assert (
        garbled.drop(columns=["tags", "messiness"])
        .apply(lambda c: c.astype(str).str.contains("Ã"))
        .any(axis=None)
    )
    placed = rows.loc[rows["lat"].notna()]
    assert placed["Latitude"].str.fullmatch(r"-?\d+,\d{5}").all()
    months = rows.loc[rows["tags"].str.contains("date_month"), "Date des faits"]
    assert months.str.fullmatch(r"[a-zéû]+ 20\d\d").all()
    assert rows["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert (rows.loc[rows["Nb mis en cause"].isin(["aucun", "néant"]), "n_suspects"] == "0").all()
    assert rows["Mode de passage"].eq("Small boat").any()
    assert set(rows.loc[rows["Âge"] == "MNA", "age_group"].dropna()) == {"child"}


def test_bizum_xlsx_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _joined(paths, truth, "bizum_prevencion")
    assert "Latitud" not in cells.columns
    assert "Longitud" not in cells.columns
    rows = cells.loc[cells["Nº expediente"].astype(str).str.startswith("PF/")]
    dates = rows.loc[rows["expected_status"] != "quarantine", "Fecha de los hechos"]
    assert dates.map(lambda v: isinstance(v, datetime)).mean() > 0.7
    texts = dates.loc[dates.map(lambda v: isinstance(v, str))]
    assert texts.str.fullmatch(r"\d\d/\d\d/20\d\d|T[1-4] 20\d\d").all()
    assert texts.str.startswith("T").any()
    mode = rows["Medio de transporte"].astype(str)
    assert mode.isin(["Patera", "Cayuco"]).any()
    assert set(rows.loc[mode == "Salto de valla", "transport_mode"].dropna()) <= {"land"}
    assert set(rows.loc[mode == "Cayuco", "transport_mode"].dropna()) <= {"sea"}
    assert rows["lat"].isna().all()


def test_coinbase_xlsx_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _joined(paths, truth, "coinbase_fiu")
    rows = cells.loc[cells["Case ID"].astype(str).str.startswith("FIU-")]
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    serial = ok.loc[ok["Activity Date"].map(lambda v: isinstance(v, int))]
    assert len(serial) > 0
    assert serial["Activity Date"].between(44197, 45300).all()
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Activity Date"].astype(int), "D")
    assert (day.dt.strftime("%Y-%m-%d").to_numpy() == serial["event_date"].to_numpy()).all()
    assert ok["Activity Date"].map(lambda v: isinstance(v, datetime)).any()
    geo = ok.loc[ok["lat"].notna(), "Geo (lat, long)"].astype(str)
    assert geo.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert ok["Typology"].eq("Human Smuggling").any()
    assert set(ok.loc[ok["Victim Age Band"] == "UAC", "age_group"].dropna()) <= {"child"}


def test_kraken_jsonl_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["kraken_fiu"].read_text(encoding="utf-8").splitlines()
    assert all(line.startswith('{"case_ref":') for line in lines)
    cells = _joined(paths, truth, "kraken_fiu")
    rows = cells.loc[cells["case_ref"].astype(str).str.startswith("KRK-EU-")]
    dated = rows.loc[rows["expected_status"] != "quarantine", "incident_date"].astype(str)
    forms = r"20\d\d-\d\d-\d\d(T\d\d:\d\d:00Z)?|20\d\d-\d\d|Q[1-4] 20\d\d"
    assert dated.str.fullmatch(forms).all()
    assert dated.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert rows["transit_path"].dropna().str.contains(">").any()
    assert rows["victim_nationality"].dropna().str.fullmatch(r"[A-Z]{2}").mean() > 0.4
    assert set(rows["detection_country"].dropna()) <= {"ITA", "GRC", "HRV", "POL", "PAN", "ESP"}


def test_desk_routing(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_desk = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_desk["bitso_cumplimiento"] == {"PAN"}
    assert by_desk["lydia_conformite"] == {"FRA"}
    assert by_desk["bizum_prevencion"] == {"ESP"}
    assert by_desk["coinbase_fiu"] == {"USA", "GBR"}
    assert by_desk["kraken_fiu"] <= {"ITA", "GRC", "HRV", "POL"}
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert dup["source"].nunique() >= 4  # Bizum, a domestic app, seldom sees a case twice


def test_no_year_precision_and_no_text_in_iso_columns(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        assert ok[col].dropna().str.fullmatch(r"[A-Z]{3}").all(), col
    assert ok["transit_countries"].dropna().str.fullmatch(r"[A-Z]{3}(\|[A-Z]{3})*").all()
    assert "year" not in set(ok["date_precision"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", ok["event_date"].iloc[0])
