"""The examiner set ``blind279``: five women's-rights helplines and NGOs (files ``*_ju.*``).

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind279 import SOURCES as BLIND_SOURCES

VARIANT = "blind279"
SEED = 279
N_EVENTS = 1500
SMALL_SEED = 2791
SMALL_EVENTS = 400
SOURCES = ("dgvg_016", "fnsf_3919", "refuge_ndah", "ayuda_mujer_pa", "gaatw")
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-4


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_agencies() -> None:
    assert tuple(s.source for s in BLIND_SOURCES) == SOURCES


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ju", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ju", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_the_doctest_sizes(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400):
        paths = write_samples(tmp_path / str(n), seed=SEED, n_events=n, variant=VARIANT)
        rows = _truth(paths)
        kept = rows.loc[rows["expected_status"] == "record", "source"]
        assert set(kept) == set(SOURCES), n


# --------------------------------------------------------------------------------------
# What the truth expects of the fields the shared checks leave free
# --------------------------------------------------------------------------------------
def test_origin_destination_and_exploitation_only_lost_when_tagged(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        differs = ok[col].ne(ev[col]) & ev[col].notna()
        assert ok.loc[differs, col].isna().all(), col
        assert tags[differs].str.contains(f"empty:{col}").all(), col
    differs = ok["exploitation"].fillna("-").ne(ev["exploitation"].fillna("-"))
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()
    # a pure smuggling case expects no form of exploitation
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_partial_dates_only_where_the_agency_writes_them(truth: pd.DataFrame) -> None:
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert set(partial["source"]) == set(SOURCES)
    quarters = truth.loc[truth["date_precision"] == "quarter", "source"]
    assert set(quarters) == {"fnsf_3919", "gaatw"}


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_016_is_an_excel_export_with_date_cells(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["dgvg_016"]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº registro", "Fecha de los hechos", "Tipo de violencia")
    assert "Nº personas afectadas" in header
    dates = [r[1] for r in rows[1:]]
    kinds = pd.Series([type(d).__name__ for d in dates]).value_counts()
    assert kinds["datetime"] > 0.6 * len(dates)
    assert kinds["int"] > 0  # serial numbers left by a column formatted as number
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in text)  # "mayo de 2022"
    counts = [r[header.index("Nº personas afectadas")] for r in rows[1:-1]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    nationality = {str(r[header.index("Nacionalidad")]).lower() for r in rows[1:]}
    assert nationality & {"marroquí", "senegalés", "senegalesa", "rumana", "rumano"}
    assert {"No consta", "No procede"} <= {v for r in rows for v in r if isinstance(v, str)}
    assert rows[-1][0] == "TOTAL"


def test_3919_is_cp1252_semicolon_with_web_form_mojibake(paths: dict[str, Path]) -> None:
    raw = paths["fnsf_3919"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° fiche", "Date des faits", "Type de violence"]
    assert "Ã" in text  # rows that came in through the web form
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert "Sans objet" in text
    assert "Small boat" in text
    assert ";aucun;" in text


def test_refuge_is_utf16_tab_separated(paths: dict[str, Path]) -> None:
    raw = paths["refuge_ndah"].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Case ID", "Date of incident", "Abuse type"]
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    dates = frame["Date of incident"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert frame["Nationality"].isin(["Vietnamese", "Albanian", "Iraqi", "Iranian"]).any()
    assert frame["Exploitation type"].eq("N/A").any()


def test_panama_form_is_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["ayuda_mujer_pa"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["id_caso", "fecha_hecho", "pais_deteccion"]
    counts = [r["cantidad_personas"] for r in records[:-1]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    assert any(isinstance(c, str) and c.isalpha() for c in counts)  # "dos", "tres"
    gps = [r["ubicacion_gps"] for r in records if r["ubicacion_gps"]]
    assert all(re.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}", g) for g in gps)
    assert any(r["grupo_etario"] == "NNA" for r in records)
    dates = [r["fecha_hecho"] for r in records if r["fecha_hecho"]]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)  # the old form: month only
    # the form is sometimes submitted twice: same line, later in the file
    assert len(lines) > len(set(lines))


def test_gaatw_is_utf8_bom_comma_with_iso_codes(paths: dict[str, Path]) -> None:
    raw = paths["gaatw"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    frame = pd.read_csv(paths["gaatw"], dtype=str, encoding="utf-8-sig")
    assert list(frame.columns[:3]) == ["Record ID", "Incident date", "Country of identification"]
    assert frame["Citizenship"].str.fullmatch(r"[A-Z]{3}").mean() > 0.3
    assert frame["Route (transit)"].str.contains(" > ", regex=False).any()
    assert frame["Incident date"].str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert frame["Latitude"].str.contains(",", regex=False).any()  # pasted decimal commas
    detected = set(frame["Country of identification"].dropna().str.strip().str.upper())
    assert {"ITA", "GRC", "HRV", "POL", "USA"} & detected


def test_messiness_tags_cover_the_habits(truth: pd.DataFrame) -> None:
    tags = ";".join(truth["messiness"].dropna())
    for tag in (
        "demonym:nationality",
        "mojibake:",
        "typo:",
        "alias:",
        "iso2:",
        "iso3:",
        "numeric:",
        "count_word:",
        "decimal_comma",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "blank_gender",
        "na_word",
        "partial_date",
        "case:",
    ):
        assert tag in tags, tag
