"""The examiner set ``blind359`` (files ``*_mw.*``): company registries' front-company reports.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples._blind359 import SOURCES, make_blind359

VARIANT = "blind359"
SEED = 359
N_EVENTS = 1500
SMALL_SEED = 3591
SMALL_EVENTS = 400
SUFFIX = "_mw"
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3


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
    return truth.loc[truth["source"] == source].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind359(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_no_character_lost_to_a_code_page(paths: dict[str, Path]) -> None:
    assert not tags_of(_truth(paths)).str.contains("replaced_char").any()


def test_unknown_words_expect_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    unknown = kept & tags.str.contains("unknown_word")
    assert unknown.sum() > 0
    nat = unknown & tags.str.contains("blank_nationality")
    assert truth.loc[nat, "nationality"].isna().all()
    smuggling = kept & truth["crime_type"].eq("smuggling")
    assert truth.loc[smuggling, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# INPI (France): cp1252, ";", CRLF, French words, decimal commas
# --------------------------------------------------------------------------------------
def test_inpi_bytes(paths: dict[str, Path]) -> None:
    raw = paths["inpi_rne"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° signalement;SIREN;Date des faits constatés;Qualification")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    assert "TOTAL GÉNÉRAL" in text
    assert re.search(r";\d{2},\d{5};-?\d{1,2},\d{5};", text)  # decimal commas
    assert re.search(r";\d{2}/\d{2}/\d{4};", text)
    assert "aide à l'entrée" in text
    assert re.search(r";(afghane|irakienne|iranienne|albanaise|érythréenne|syrienne);", text)
    sirens = re.findall(r"^RNE-SIG-\d{4}-\d{5};(\d{9});", text, flags=re.M)
    assert sirens


def test_inpi_french_dates(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["inpi_rne"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date des faits constatés"].dropna()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()  # two-digit years
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.5  # day first, slashes
    rows = _rows(paths, "inpi_rne")
    assert rows["date_precision"].dropna().eq("day").any()


# --------------------------------------------------------------------------------------
# The Insolvency Service (UK): Excel workbook, date cells and typed dates, re-sent rows
# --------------------------------------------------------------------------------------
def test_ies_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["insolvency_service_ies"])
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:4] == (
        "IES case ref",
        "Company number",
        "Date of linked detection",
        "Offence category",
    )
    dates = [r[2] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)  # real date cells
    assert any(isinstance(d, str) and re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    words = {r[3] for r in rows[1:] if r[3]}
    assert {"Organised immigration crime", "OIC"} & words
    assert any(r[0] == "Grand total" for r in rows)
    truth = _rows(paths, "insolvency_service_ies")
    assert truth["expected_reason"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# Secretaría de Economía (Mexico): JSON lines, Mexican wording, mojibake
# --------------------------------------------------------------------------------------
def test_se_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["se_dgnm_siger"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["folio", "fme", "fecha_hechos", "delito"]
    text = "\n".join(lines)
    assert "Ã" in text  # UTF-8 misread as cp1252 in some cells
    assert re.search(r'"(E\.U\.A\.|EUA)"', text)
    assert "tráfico de personas" in text.lower()
    assert re.search(r'"\d{4}-\d{2}-\d{2}T00:00:00"', text)
    assert re.search(r'"coordenadas":"-?\d+\.\d{5},-?\d+\.\d{5}"', text)
    truth = _rows(paths, "se_dgnm_siger")
    assert tags_of(truth).str.contains("mojibake").any()
    smuggling = truth["crime_type"].eq("smuggling")
    assert smuggling.sum() > 0  # Mexico's "tráfico de personas" is smuggling


# --------------------------------------------------------------------------------------
# Intendencia (Panama): UTF-16 "Unicode text", tabs, Excel serials, hemispheres
# --------------------------------------------------------------------------------------
def test_intendencia_bytes(paths: dict[str, Path]) -> None:
    raw = paths["intendencia_snf_pa"].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["No. de Reporte", "Folio Registro Público", "Fecha del hecho"]
    frame = pd.read_csv(paths["intendencia_snf_pa"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert frame["Longitud"].dropna().str.endswith(" O").any()
    assert frame["Cantidad de personas"].dropna().str.fullmatch(r"[a-z]+ \(\d+\)").any()
    truth = _rows(paths, "intendencia_snf_pa")
    assert truth["expected_reason"].eq("exact_repeat").sum() >= 3
    west = tags_of(truth).str.contains("coords_hemisphere")
    assert (truth.loc[west, "lon"].astype(float) < 0).all()


# --------------------------------------------------------------------------------------
# Europol EFECC (compilation): UTF-8 with BOM, EU country codes, dashed routes
# --------------------------------------------------------------------------------------
def test_efecc_bytes(paths: dict[str, Path]) -> None:
    raw = paths["europol_efecc"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    frame = pd.read_csv(paths["europol_efecc"], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:3]) == ["EFECC ref", "Detection date", "Country of detection"]
    assert frame["Country of detection"].eq("EL").any()
    assert frame["Transit"].dropna().str.fullmatch(r"[A-Z]{2}(-[A-Z]{2})+").any()
    assert frame["Detection date"].dropna().str.fullmatch(r"\d{4}-Q[1-4]").any()
    truth = _rows(paths, "europol_efecc")
    el = frame["Country of detection"].eq("EL").to_numpy()
    refs = set(frame.loc[el, "EFECC ref"])
    got = truth.loc[truth["source_ref"].isin(refs), "detection_country"].dropna()
    assert set(got) == {"GRC"}
