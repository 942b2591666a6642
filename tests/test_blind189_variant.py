"""The examiner set ``blind189`` (files ``*_gi.*``): five health-sector sources.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind189 import SOURCES, make_blind189

VARIANT = "blind189"
SEED = 189
N_EVENTS = 1500
SMALL_SEED = 1891
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
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


def _truth(p: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(p["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(p: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(p)
    return truth.loc[truth["source_file"] == p[source].name]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gi", n_events=N_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_gi", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_reports_of_events(small: dict[str, Path]) -> None:
    check_reports_of_events(small, _truth(small), FIELDS)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind189(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename
        assert (sub.expected["expected_status"] == "record").any(), sub.filename


def test_duplicates_pair_the_agencies_that_see_the_same_event(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(zip(cross["duplicate_of"].str.split(":").str[0], cross["source_file"], strict=True))
    allowed = {
        ("ars_hdf_veille_gi.csv", "ukhsa_migrant_health_gi.csv"),
        ("ukhsa_migrant_health_gi.csv", "ars_hdf_veille_gi.csv"),
        ("sanidad_dgsp_gi.xlsx", "who_phm_digest_gi.jsonl"),
        ("minsa_epi_pa_gi.csv", "who_phm_digest_gi.jsonl"),
    }
    assert pairs <= allowed
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"ukhsa_migrant_health_gi.csv", "minsa_epi_pa_gi.csv"}


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ars_is_cp1252_semicolon_crlf_with_samu_positions(paths: dict[str, Path]) -> None:
    raw = paths["ars_hdf_veille"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° signalement;Date/heure de l'appel;Déclarant;")
    assert "\r\n" in text
    assert re.search(r";\d{2}/\d{2}/20\d\d \d{2}:\d{2};", text)  # time of the call
    assert re.search(r"\d{2}°\d{2},\d{2}'N \d{3}°\d{2},\d{2}'[EW]", text)  # at sea
    assert re.search(r"5\d,\d{5} / [0-3],\d{5}", text)  # ashore, decimal commas
    assert "Ã" in text  # cells pasted from a UTF-8 tool
    for word in ("MNA", "sans objet", "aucun", "trafic de migrants"):
        assert word in text, word
    rows = _rows(paths, "ars_hdf_veille")
    tags = tags_of(rows)
    assert tags.str.contains("mojibake").sum() >= 3
    hospital = rows.loc[tags.str.contains("coords_missing") & rows["lat"].notna()]
    assert hospital.empty


def test_ukhsa_is_utf8_bom_with_uk_words(paths: dict[str, Path]) -> None:
    raw = paths["ukhsa_migrant_health"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    assert text.split("\n", 1)[0].startswith("Case ID,Date seen,Concern type,")
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d,",
        text,
    )
    assert re.search(r",\d{2}-[A-Z][a-z]{2}-\d{2},", text)
    for word in ("UASC", "Suspected MSHT", " > ", "England", "Not known"):
        assert word in text, word
    rows = _rows(paths, "ukhsa_migrant_health")
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    assert ok[["lat", "lon"]].isna().all().all()  # no coordinates in a health log
    assert set(ok["date_precision"]) == {"day"}
    frame = pd.read_csv(paths["ukhsa_migrant_health"], dtype=str, encoding="utf-8-sig")
    assert "Latitude" not in frame.columns


def test_sanidad_xlsx_has_excel_dates_serials_and_quarters(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["sanidad_dgsp"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]
    assert header[:3] == ("Nº registro", "CC.AA.", "Fecha de atención")
    dates = [r[2] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # serials
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in dates)
    sexes = {r[header.index("Sexo")] for r in rows[1:]}
    assert {"Varón", "Mujer", "V", "M"} <= sexes
    lats = [r[header.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "," in v for v in lats)
    cells = {v for r in rows[1:] for v in r}
    assert "No consta" in cells
    truth = _rows(paths, "sanidad_dgsp")
    assert {"day", "quarter", "month"} <= set(truth["date_precision"].dropna())


def test_minsa_is_utf16_tab_with_panama_habits(paths: dict[str, Path]) -> None:
    raw = paths["minsa_epi_pa"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].startswith("No. de caso\tFecha de atención\t")
    assert re.search(r"\t\d{1,2}/\d{1,2}/20\d\d\t", text)
    assert re.search(r"\d°\d{2}'\d{2}\.\d\"\"N 77°\d{2}'\d{2}\.\d\"\"W", text)  # DMS
    for word in ("NNA", "VEN", "ESTADOS UNIDOS", "S/D", "Tráfico ilícito de migrantes"):
        assert word in text, word
    assert re.search(r"\tvenezolana\t", text)


def test_who_digest_is_jsonl_with_codes_and_partial_dates(paths: dict[str, Path]) -> None:
    lines = paths["who_phm_digest"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["signal_id", "date_of_event", "category"]
    dates = {str(r["date_of_event"]) for r in recs}
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT00:00:00Z", d) for d in dates)
    places = {r["location_country"] for r in recs}
    assert {"ITA", "IT", "380", "Italy"} <= places  # ISO alpha-3 / alpha-2 / M49 / name
    assert "United States of America" in places
    assert any(isinstance(r["transit_route"], list) and r["transit_route"] for r in recs)
    assert recs[-1]["signal_id"] == "TOTAL"
    nationalities = {r["nationality"] for r in recs}
    assert "Syrian Arab Republic" in nationalities


def test_partial_dates_only_where_the_agencies_write_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    partial = ok.loc[ok["date_precision"].isin(["month", "quarter"]), "source_file"]
    assert set(partial) == {"sanidad_dgsp_gi.xlsx", "who_phm_digest_gi.jsonl"}
    assert "year" not in set(ok["date_precision"])
