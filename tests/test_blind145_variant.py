"""The examiner sample set ``blind145`` (files ``*_eq.*``): five Nordic sources.

These tests check what the set promises: the files exist with each agency's format,
encoding, delimiter, headers and habits, the reader loses no row, and the truth says
what the cells say. None of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import write_samples

VARIANT = "blind145"
SEED = 145
N_EVENTS = 1500
SMALL_SEED = 1451
SMALL_EVENTS = 400
SOURCES = (
    "kustbevakningen",
    "krp_ol_paris",
    "pu_enlace_madrid",
    "nrc_panama",
    "migrationsverket_omvarld",
)
#: Fields every non-quarantined row gives as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees; the coarsest position is whole seconds of arc


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


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    return frame.assign(source_row=range(2, len(frame) + 2))


def _jsonl(path: Path) -> pd.DataFrame:
    lines = path.read_text(encoding="utf-8").splitlines()
    frame = pd.DataFrame([json.loads(line) for line in lines])
    return frame.assign(source_row=range(1, len(frame) + 1))


def _xlsx(path: Path) -> pd.DataFrame:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    width = len(rows[0])
    body = [r + [None] * (width - len(r)) for r in rows[1:]]
    frame = pd.DataFrame(body, columns=rows[0], dtype=object)
    return frame.assign(source_row=range(2, len(frame) + 2))


def _joined(cells: pd.DataFrame, truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    """The file's cells beside its truth rows (by row number)."""
    mine = truth.loc[truth["source_file"] == filename].copy()
    mine["source_row"] = mine["source_row"].astype(int)
    return cells.merge(mine, on="source_row", how="inner", suffixes=("", "_truth"))


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_eq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_eq", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)
    check_placeholder_counts(_truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_exploitation_is_given_or_unknown(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    differs = ok["exploitation"].fillna("-").ne(ev["exploitation"].fillna("-"))
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_source_reports_rows_at_each_size(tmp_path: Path) -> None:
    for n in (300, 400):
        got = write_samples(tmp_path / str(n), seed=SEED, n_events=n, variant=VARIANT)
        rows = _truth(got)
        for source in SOURCES:
            mine = rows.loc[rows["source"] == source]
            assert mine["expected_status"].eq("record").sum() > 0, (n, source)


# --------------------------------------------------------------------------------------
# Swedish Coast Guard: JSON lines of a Frontex deployment log
# --------------------------------------------------------------------------------------
def test_kustbevakningen_writes_a_frontex_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["kustbevakningen"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    raw.decode("utf-8")
    cells = _jsonl(paths["kustbevakningen"])
    assert list(cells.columns[:3]) == ["incident_id", "detected_utc", "asset"]
    body = cells.iloc[:-1]
    assert cells.iloc[-1]["incident_id"] == "SUMMARY"
    stamps = body["detected_utc"].dropna()
    assert stamps.str.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:00Z)?").mean() > 0.98
    assert stamps.str.endswith("Z").mean() > 0.8
    routes = body["transit_route"].dropna()
    assert routes.map(lambda r: isinstance(r, list) and all(len(c) == 3 for c in r)).all()
    ddm = r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]"
    pos = body["position"].dropna()
    assert pos[pos != "not recorded"].str.fullmatch(ddm).all()
    assert set(body["host_member_state"].dropna()) <= {"GR", "IT", "ES", "Greece", "Italy", "Spain"}
    assert body["persons_intercepted"].map(lambda v: isinstance(v, int)).mean() > 0.95
    assert body["means_of_transport"].isin(["Rubber boat", "Wooden boat", "Vehicle"]).any()
    both = _joined(cells, truth, "kustbevakningen_eq.jsonl")
    both = both.loc[both["expected_status"] != "quarantine"]
    xxx = both.loc[both["nationality_claimed"] == "XXX"]
    assert len(xxx) > 0
    assert xxx["nationality"].isna().all()
    boats = both.loc[both["means_of_transport"].isin(["Rubber boat", "Wooden boat", "Speedboat"])]
    assert (boats["transport_mode"] == "sea").all()
    uam = both.loc[both["age_category"] == "UAM"]
    assert (uam["age_group"] == "child").all()


def test_kustbevakningen_positions_read_as_degrees(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    both = _joined(_jsonl(paths["kustbevakningen"]), truth, "kustbevakningen_eq.jsonl")
    pat = re.compile(r"(\d+)°(\d\d\.\d\d)'([NS]) (\d+)°(\d\d\.\d\d)'([EW])")
    seen = 0
    for pos, lat, lon in zip(both["position"], both["lat"], both["lon"], strict=True):
        m = pat.fullmatch(pos) if isinstance(pos, str) else None
        if m is None or pd.isna(lat):
            continue
        la = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lo = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(la - float(lat)) < TOLERANCE
        assert abs(lo - float(lon)) < TOLERANCE
        seen += 1
    assert seen > 50


# --------------------------------------------------------------------------------------
# Finnish police liaison officer in Paris: French, cp1252, ;
# --------------------------------------------------------------------------------------
def test_krp_paris_writes_french_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["krp_ol_paris"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0].split(";")
    assert header[:3] == ["Réf. OL", "Date des faits", "Service saisi"]
    assert "Nb de mis en cause" in header
    cells = _csv(paths["krp_ol_paris"], "cp1252", ";")
    dates = cells["Date des faits"].loc[cells["Date des faits"] != ""]
    day = dates.str.fullmatch(r"\d\d/\d\d/(\d\d)?\d\d")
    month = dates.str.fullmatch(r"[a-zéû]+ \d{4}")
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert (day | month | quarter).all()
    assert month.any()
    assert quarter.any()
    assert cells["Latitude"].str.contains(",").any()
    assert not cells["Latitude"].str.contains(r"\.").any()
    assert cells["Nationalité"].isin(["afghane", "iranienne", "irakienne"]).any()
    assert (cells["Nb de mis en cause"] == "aucun").any()
    assert (cells["Mode de transport"] == "small boat").any()
    assert cells["Réf. OL"].str.startswith("NB :").sum() == 1


def test_krp_paris_truth_reads_french_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths["krp_ol_paris"], "cp1252", ";")
    both = _joined(cells, truth, "krp_ol_paris_eq.csv")
    kept = both.loc[both["expected_status"] != "quarantine"]
    adjectives = {"afghane": "AFG", "iranienne": "IRN", "irakienne": "IRQ", "syrienne": "SYR"}
    adj = kept.loc[kept["Nationalité"].isin(list(adjectives))]
    assert len(adj) > 10
    assert (adj["Nationalité"].map(adjectives) == adj["nationality"]).all()
    quarters = kept.loc[kept["Date des faits"].str.fullmatch(r"T[1-4] \d{4}")]
    assert (quarters["date_precision"] == "quarter").all()
    months = {"T1": "01", "T2": "04", "T3": "07", "T4": "10"}
    for cell, day in zip(quarters["Date des faits"], quarters["event_date"], strict=True):
        q, year = cell.split()
        assert day == f"{year}-{months[q]}-01"
    nc = kept.loc[kept["Nb de personnes (victimes/migrants)"].isin(["NC", "non communiqué"])]
    assert nc["n_persons"].isna().all()
    small_boat = kept.loc[kept["Mode de transport"] == "small boat"]
    assert (small_boat["transport_mode"] == "sea").all()


# --------------------------------------------------------------------------------------
# Norwegian police immigration liaison in Madrid: Spanish, UTF-8 with BOM, ;
# --------------------------------------------------------------------------------------
def test_pu_madrid_writes_spanish_excel_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pu_enlace_madrid"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    cells = _csv(paths["pu_enlace_madrid"], "utf-8-sig", ";")
    assert list(cells.columns[:3]) == ["Nº Ref.", "Fecha del hecho", "Unidad actuante"]
    assert "Sexo (H/M)" in cells.columns
    dates = cells["Fecha del hecho"].loc[cells["Fecha del hecho"] != ""]
    assert dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}|[a-z]+ \d{4}").all()
    assert dates.str.fullmatch(r"\d/\d{1,2}/\d{4}").any()  # no leading zero
    assert cells["Tipo penal"].str.contains("318 bis").any()
    assert cells["Coordenadas"].str.contains('"O').any()
    assert cells["Nacionalidad"].str.contains("Ã").any()  # an old encoding slip
    assert cells["Nº personas"].str.fullmatch(r"\d{1,3}(\.\d{3})+").any()
    both = _joined(cells, truth, "pu_enlace_madrid_eq.csv")
    kept = both.loc[both["expected_status"] != "quarantine"]
    art318 = kept.loc[kept["Tipo penal"] == "Art. 318 bis CP"]
    assert len(art318) > 0
    assert (art318["crime_type"] == "smuggling").all()
    art177 = kept.loc[kept["Tipo penal"] == "Art. 177 bis CP"]
    assert (art177["crime_type"] == "trafficking").all()
    mujer = kept.loc[kept["Sexo (H/M)"] == "M"]
    assert len(mujer) > 0
    assert (mujer["gender"] == "female").all()
    hombre = kept.loc[kept["Sexo (H/M)"] == "H"]
    assert (hombre["gender"] == "male").all()
    mena = kept.loc[kept["Edad"] == "MENA"]
    assert (mena["age_group"] == "child").all()
    thousands = kept.loc[kept["Nº personas"].str.fullmatch(r"\d{1,3}(\.\d{3})+")]
    assert (thousands["Nº personas"].str.replace(".", "") == thousands["n_persons"]).all()


def test_pu_madrid_positions_read_west_as_oeste(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _csv(paths["pu_enlace_madrid"], "utf-8-sig", ";")
    both = _joined(cells, truth, "pu_enlace_madrid_eq.csv")
    pat = re.compile(r"(\d+)°(\d\d)'(\d\d)\"([NS]) (\d+)°(\d\d)'(\d\d)\"([EO])")
    seen = 0
    for pos, lat, lon in zip(both["Coordenadas"], both["lat"], both["lon"], strict=True):
        m = pat.fullmatch(pos)
        if m is None or pd.isna(lat):
            continue
        la = (int(m[1]) + int(m[2]) / 60 + int(m[3]) / 3600) * (1 if m[4] == "N" else -1)
        lo = (int(m[5]) + int(m[6]) / 60 + int(m[7]) / 3600) * (1 if m[8] == "E" else -1)
        assert abs(la - float(lat)) < TOLERANCE
        assert abs(lo - float(lon)) < TOLERANCE
        seen += 1
    assert seen > 100


# --------------------------------------------------------------------------------------
# Norwegian Refugee Council, Panama: a KoBoToolbox export
# --------------------------------------------------------------------------------------
def test_nrc_panama_writes_a_kobo_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["nrc_panama"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    raw.decode("utf-8")
    cells = _csv(paths["nrc_panama"], "utf-8", ",")
    assert cells.columns[-2] == "_submission_time"
    assert "¿Cuántas personas componen el grupo?" in cells.columns
    dates = cells["Fecha de llegada a la ERM"].loc[cells["Fecha de llegada a la ERM"] != ""]
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").all()
    gps = cells["Ubicación (GPS)"].loc[cells["Ubicación (GPS)"] != ""]
    assert gps.str.fullmatch(r"-?\d+\.\d+ -?\d+\.\d+ \d+\.\d \d+\.\d").all()
    assert (cells["¿Cuántas personas componen el grupo?"] == "NS/NR").any()
    assert (cells["¿Cuántos guías o coyotes acompañaban al grupo?"] == "Ninguno").any()
    both = _joined(cells, truth, "nrc_panama_eq.csv")
    assert (both["expected_reason"] == "exact_repeat").sum() >= 3
    kept = both.loc[both["expected_status"] != "quarantine"]
    nna = kept.loc[kept["Composición del grupo por edad"] == "Solo NNA"]
    assert (nna["age_group"] == "child").all()
    ns = kept.loc[kept["¿Cuántas personas componen el grupo?"] == "NS/NR"]
    assert ns["n_persons"].isna().all()
    assert set(ns["expected_status"]) <= {"record", "duplicate"}
    lat = gps.str.split(" ").str[0].astype(float)
    assert lat.between(7, 10).all()  # the first number is the latitude in Darién


# --------------------------------------------------------------------------------------
# Swedish Migration Agency compilation: XLSX
# --------------------------------------------------------------------------------------
def test_migrationsverket_writes_a_compilation(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _xlsx(paths["migrationsverket_omvarld"])
    assert list(cells.columns[:3]) == ["Entry", "Date", "Incident type"]
    assert cells.columns[-2] == "Source (open)"
    dates = cells["Date"].dropna()
    real = dates.map(lambda v: isinstance(v, datetime))
    assert real.mean() > 0.8
    serial = dates.map(lambda v: isinstance(v, int))
    assert serial.any()
    text = dates[~real & ~serial].astype(str)
    assert text.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert text.str.fullmatch(r"\d{4}-\d\d").any()
    assert text.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert cells["Persons"].map(lambda v: isinstance(v, int)).mean() > 0.9
    both = _joined(cells, truth, "migrationsverket_omvarld_eq.xlsx")
    assert (both["expected_reason"] == "cross_source").sum() > 20
    assert (both["expected_reason"] == "exact_repeat").sum() >= 3
    kept = both.loc[both["expected_status"] != "quarantine"]
    swapped = kept.loc[kept["Lat"].map(lambda v: isinstance(v, float) and abs(v) > 90)]
    assert len(swapped) > 0
    assert (swapped["Long"].astype(float) - swapped["lat"].astype(float)).abs().max() < TOLERANCE
    serials = kept.loc[kept["Date"].map(lambda v: isinstance(v, int))]
    assert len(serials) > 0
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(serials["Date"].astype(int), unit="D")
    assert (days.dt.strftime("%Y-%m-%d") == serials["event_date"]).all()
    months = kept.loc[kept["Date"].astype(str).str.fullmatch(r"\d{4}-\d\d")]
    assert (months["date_precision"] == "month").all()
    assert (months["event_date"] == months["Date"].astype(str) + "-01").all()
    aliases = kept.loc[kept["Nationality"].isin(["Ivory Coast", "Syrian Arab Republic"])]
    assert set(aliases["nationality"]) <= {"CIV", "SYR"}
    none = kept.loc[kept["Suspects"] == "none"]
    assert len(none) > 0
    assert (none["n_suspects"] == "0").all()


def test_each_agency_writes_its_own_language(paths: dict[str, Path]) -> None:
    krp = _csv(paths["krp_ol_paris"], "cp1252", ";")
    pu = _csv(paths["pu_enlace_madrid"], "utf-8-sig", ";")
    nrc = _csv(paths["nrc_panama"], "utf-8", ",")
    assert (
        krp["Pays de constatation"]
        .str.strip()
        .str.lower()
        .isin(["france", "royaume-uni", "grande-bretagne", ""])
        .all()
    )
    assert pu["País"].str.contains("España|ESPAÑA|EspaÃ±a|ESPAÃ‘A|Italia|ITALIA").sum() > 0
    assert set(nrc["País"]) <= {"Panamá", ""}
    quals = krp["Qualification"].loc[krp["Qualification"] != ""]
    assert quals.str.contains("traite|aide à l'entrée|trafic|filière|TEH").all()
