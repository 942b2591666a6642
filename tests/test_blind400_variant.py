"""The examiner's ``blind400`` set (files ``*_ol.*``): five fuel-retail security desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

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
from trendlib.samples._blind400 import BLIND400_SOURCES, make_blind400

VARIANT = "blind400"
SEED = 400
N_EVENTS = 1500
SMALL_SEED = 4001
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND400_SOURCES]
FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 1e-3


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


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ol", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ol", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_gets_event_rows(n_events: int) -> None:
    subs = make_blind400(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == SOURCES
    for sub in subs:
        assert sub.expected["expected_status"].eq("record").sum() >= 5, sub.filename


# --------------------------------------------------------------------------------------
# Motor Fuel Group: UTF-8 with BOM, comma, English, day-first dates
# --------------------------------------------------------------------------------------
def test_mfg_bytes(paths: dict[str, Path]) -> None:
    raw = paths["mfg_security"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident No.,Date of Incident,Site,Country,Incident Category")
    assert "Lat/Long" in header
    assert "How Found" in header
    assert re.search(r'\n"?MFG-SEC-\d\d-\d{4}"?,\d\d/\d\d/20\d\d,', text)
    assert re.search(r",\d{1,2} (January|February|March|April|May|June|July|August|"
                     r"September|October|November|December) 20\d\d,", text)  # fmt: skip
    assert re.search(r',"\d\d\.\d{5}, -?\d\.\d{5}",', text)  # one Lat/Long cell
    assert ",England," in text
    assert ",UK," in text
    assert ",Kurdish," in text
    assert "\r\n" not in text


def test_mfg_truth(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "mfg_security")
    tags = tags_of(truth).loc[rows.index]
    kurdish = rows.loc[tags.str.contains("ambiguous:nationality")]
    assert len(kurdish) > 0
    assert kurdish["nationality"].isna().all()  # "Kurdish" names no country
    assert set(rows["date_precision"].dropna()) == {"day", "month"}
    # only modern-slavery cases are logged by month
    month = rows.loc[rows["date_precision"] == "month"]
    assert month["crime_type"].isin(["trafficking", "both"]).all()
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# TotalEnergies: cp1252, semicolon, CRLF, French, decimal commas
# --------------------------------------------------------------------------------------
def test_total_bytes(paths: dict[str, Path]) -> None:
    raw = paths["totalenergies_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Relais / secteur;Pays;Nature des faits")
    assert "\r\n" in text
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";5\d,\d{5};[12],\d{5};", text)  # decimal commas
    assert ";Angleterre;" in text or ";Royaume-Uni;" in text
    assert re.search(r";(Néant|aucun);", text)
    assert "Extraction provisoire" in text
    assert "Total général" in text


def test_total_truth(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "totalenergies_surete")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert set(kept["detection_country"].dropna()) <= {"FRA", "GBR"}
    assert kept["lat"].astype(float).dropna().between(50, 52).all()


# --------------------------------------------------------------------------------------
# Repsol: XLSX, Spanish, Excel dates and serials, mojibake
# --------------------------------------------------------------------------------------
def test_repsol_cells(paths: dict[str, Path]) -> None:
    path = paths["repsol_seguridad"]
    assert zipfile.is_zipfile(path)
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Nº Incidencia", "Fecha", "EESS", "País", "Tipología")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, serials and typed dates
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 45400 for d in serials)
    text = " ".join(str(c) for r in rows for c in r if isinstance(c, str))
    assert "Ã" in text  # rows pasted from a misread export
    assert "España (Canarias)" in text
    assert re.search(r"\b\d\.\d{3}\b", text) or not any(
        isinstance(r[6], int) and r[6] >= 1000 for r in rows[1:]
    )


def test_repsol_truth(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "repsol_seguridad")
    tags = tags_of(truth).loc[rows.index]
    assert tags.str.contains("mojibake").any()
    sub = rows.loc[tags.str.contains("ambiguous:nationality")]
    assert len(sub) > 0
    assert sub["nationality"].isna().all()
    placeholder = rows.loc[tags.str.contains("coords_placeholder")]
    assert len(placeholder) > 0
    assert placeholder["lat"].isna().all()
    kept = rows.loc[rows["expected_status"] == "record"]
    assert set(kept["detection_country"].dropna()) == {"ESP"}


# --------------------------------------------------------------------------------------
# Terpel Panamá: UTF-16 tab-separated, Spanish (Panama), DMS coordinates
# --------------------------------------------------------------------------------------
def test_terpel_bytes(paths: dict[str, Path]) -> None:
    raw = paths["terpel_pa_seguridad"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["Código", "Fecha del hecho", "Estación"]
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t20\d\d/\d\d/\d\d\t", text)
    assert re.search(r"\d°\d\d'\d\d\.\d\"\"N 7\d°\d\d'\d\d\.\d\"\"W", text)  # CSV-quoted DMS
    assert "\tEE.UU.\t" in text or "\tEEUU\t" in text
    assert re.search(r"\t(venezolanos|Venezolanos)\t", text)


def test_terpel_truth(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "terpel_pa_seguridad")
    tags = tags_of(truth).loc[rows.index]
    dms = rows.loc[tags.str.contains("coords_dms")]
    assert len(dms) > 0
    assert (dms["lon"].astype(float) < -77).all()  # west of Greenwich
    big = rows.loc[tags.str.contains("thousands:n_persons")]
    assert (big["n_persons"].astype(int) >= 1000).all()
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# Shell: JSON lines, ISO codes, timestamps, partners' monthly and quarterly returns
# --------------------------------------------------------------------------------------
def test_shell_lines(paths: dict[str, Path]) -> None:
    lines = _text(paths, "shell_mobility_security", "utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incident_id", "occurred_on", "site_country"]
    body = [r for r in recs if r["incident_id"] != "TOTAL"]
    countries = {r["site_country"] for r in body if r["site_country"]}
    assert countries <= {"IT", "GR", "HR", "PL", "US", "ES", "GB", "UK"}
    dates = {r["occurred_on"] for r in body if r["occurred_on"]}
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    transit = [r["transit_countries"] for r in body if r["transit_countries"]]
    assert all(isinstance(t, list) for t in transit)
    assert any(re.fullmatch(r"\d{3}", str(r["nationality"])) for r in body)  # UN M49 codes
    assert any(r["incident_id"] == "TOTAL" for r in recs)  # the export's summary line


def test_shell_truth(truth: pd.DataFrame) -> None:
    rows = _rows(truth, "shell_mobility_security")
    kept = rows.loc[rows["expected_status"] == "record"]
    assert set(kept["detection_country"].dropna()) == {"ITA", "GRC", "HRV", "POL", "USA"}
    assert {"day", "month", "quarter"} <= set(kept["date_precision"].dropna())
    dups = rows.loc[rows["expected_reason"] == "cross_source"]
    assert len(dups) > 0
    assert dups["duplicate_of"].str.split(":").str[0].ne(rows["source_file"].iloc[0]).all()
