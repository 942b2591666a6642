"""The examiner set ``blind372`` (files ``*_nj.*``): files, truth and each agency's habits.

These tests check what the set promises (files, ground truth, the bytes of each agency's
export); none of them cleans or scores.
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

VARIANT = "blind372"
SEED = 372
N_EVENTS = 1500
SMALL_SEED = 3721
SMALL_EVENTS = 400
SOURCES = (
    "sopra_steria_ukvcas",
    "capago_integrite",
    "idata_visa_integrity",
    "sre_dgsc_visas",
    "fiiapp_eci",
)
# Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: coordinates are written to 4 decimals or to the second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_nj", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_nj", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for source in SOURCES:  # every agency reports events of its own
        assert (rows.loc[rows["source"] == source, "expected_status"] == "record").any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source in SOURCES:
        rows = truth.loc[truth["source"] == source]
        assert (rows["expected_status"] == "record").sum() > 20, source
        garbage = rows.loc[tags.loc[rows.index].str.contains("garbage_row")]
        assert "no_date" in set(garbage["expected_reason"]), source  # the total row
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"sopra_steria_ukvcas", "sre_dgsc_visas"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ukvcas_csv_utf8_bom_comma_day_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["sopra_steria_ukvcas"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Referral ID,Date of Encounter,Concern Type")
    assert '"Location (Lat, Long)"' in header
    frame = pd.read_csv(paths["sopra_steria_ukvcas"], dtype=str, encoding="utf-8-sig")
    dates = frame["Date of Encounter"].dropna()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}|[A-Z][a-z]+ \d{4}").any()
    assert (
        frame["Location (Lat, Long)"].dropna().str.contains(r"^-?\d+\.\d{4}, -?\d+\.\d{4}$").any()
    )
    assert (frame["Travel Route (via)"].dropna().str.contains(" > ")).any()
    crimes = set(frame["Concern Type"].dropna())
    assert {"Organised immigration crime", "Modern slavery"} <= crimes
    assert "Not known" in set(frame["No. of Individuals"].dropna())
    assert frame["Intended Destination"].eq("UK").any()


def test_capago_csv_cp1252_semicolon_french(paths: dict[str, Path]) -> None:
    raw = paths["capago_integrite"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° signalement;Date des faits;Qualification")
    frame = pd.read_csv(paths["capago_integrite"], sep=";", dtype=str, encoding="cp1252")
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{4}").any()
    assert frame["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{4}").all()
    assert "Aide à l'entrée et au séjour irréguliers" in set(frame["Qualification"])
    assert frame["Pays de détection"].isin(["IT", "FR"]).any()  # ISO alpha-2 codes
    assert frame["Pays d'origine"].dropna().str.isupper().any()
    assert "aucun" in set(frame["Nb de mis en cause"].dropna())
    assert (frame["Pays de transit"].dropna().str.contains(" / ")).any()


def test_idata_jsonl_keys_codes_and_mojibake(paths: dict[str, Path]) -> None:
    lines = paths["idata_visa_integrity"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_no", "incident_date", "case_category"]
    dated = [r["incident_date"] for r in records if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dated)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00", d) for d in dated)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dated)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dated)
    m49 = {r["detected_in_m49"] for r in records if r.get("detected_in_m49")}
    assert {"300", "191"} <= m49  # Greece, Croatia as UN M49 / ISO numeric codes
    nat = {r["nationality_iso3"] for r in records if r.get("nationality_iso3")}
    assert all(re.fullmatch(r"[A-Z]{3}", n) for n in nat)
    assert any("TÃ¼rkiye" in (r.get("transit_route") or "") for r in records)
    assert any(isinstance(r["persons_involved"], int) for r in records)
    assert {"migrant_smuggling", "human_trafficking"} <= {r["case_category"] for r in records}


def test_sre_xlsx_excel_dates_and_mexican_words(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["sre_dgsc_visas"])  # not read-only: rows padded to width
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Folio", "Fecha del evento", "Tipo de delito")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 100  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # bare serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ \d{4}", d) for d in texts)
    assert any(re.fullmatch(r"\dº trimestre \d{4}", d) for d in texts)
    crimes = {r[2] for r in rows[1:]}
    assert "Tráfico de personas" in crimes
    countries = {r[header.index("País de detección")] for r in rows[1:]}
    assert "EUA" in countries
    ages = {r[header.index("Grupo de edad")] for r in rows[1:]}
    assert "NNA" in ages
    assert any(isinstance(r[header.index("Latitud")], float) for r in rows[1:])


def test_fiiapp_utf16_tab_dms(paths: dict[str, Path]) -> None:
    raw = paths["fiiapp_eci"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].startswith("Ref. ECI\tFecha de los hechos\tTipología delictiva")
    frame = pd.read_csv(paths["fiiapp_eci"], sep="\t", dtype=str, encoding="utf-16")
    coords = frame["Coordenadas"].dropna()
    dms = r"\d{1,3}°\d{2}'\d{2}\"[NS] \d{1,3}°\d{2}'\d{2}\"[EW]"
    assert coords.str.fullmatch(dms).mean() > 0.9
    assert {"Cayuco", "Patera"} <= set(frame["Medio de transporte"])
    assert frame["Tipología delictiva"].str.contains("318 bis").mean() > 0.3
    dates = frame["Fecha de los hechos"].dropna()
    assert dates.str.fullmatch(r"\d{2}-\d{2}-\d{4}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.6
    assert frame["Nº de personas"].dropna().str.fullmatch(r"\d{1,3}(\.\d{3})+").any()


def test_truth_reads_periods_and_words(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    assert set(kept.loc[tags.str.contains("date_quarter"), "date_precision"]) == {"quarter"}
    assert set(kept.loc[tags.str.contains("date_month"), "date_precision"]) == {"month"}
    na = kept.loc[tags.str.contains("na_word")]
    assert len(na) > 0
    assert ((na["age_group"] == "unknown") | (na["transport_mode"] == "unknown")).all()
    assert kept.loc[tags.str.contains("coords_placeholder"), "lat"].isna().all()
    for source in SOURCES:
        rows = _rows_of(truth, source)
        assert rows["expected_status"].eq("record").any(), source
