"""The examiner's ``blind41`` sample set (files ``*_aq.*``): its files and its truth.

Five agencies (Carabineros de Chile OS-9, Tunisia's INLTP, Egypt's NCCPIM&TIP, the
Ethiopian Federal Police and Morocco's CNCLTP) write the same true events their own way.
These tests check the files and the truth only, with the shared checks of
:mod:`tests._blind_checks`, plus the languages, formats, encodings and a few of the quirks
each source is said to plant. None of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
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
from trendlib.samples._blind41 import BLIND41_SOURCES, Blind41Source, make_blind41

VARIANT = "blind41"
SEED = 41
N_EVENTS = 1500
SMALL_SEED = 411
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND41_SOURCES)
#: Fields every source writes exactly as the event has them (no placeholder words).
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Largest distance (degrees) between a written point and the true one: DMS to a tenth of
#: a second, maritime minutes to a hundredth, four decimals.
TOLERANCE = 0.0005


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _source(name: str) -> Blind41Source:
    return next(s for s in BLIND41_SOURCES if s.source == name)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --- the shared checks ------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_aq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_aq", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_make_blind41_returns_the_five_sources() -> None:
    subs = make_blind41(make_truth(seed=SMALL_SEED, n_events=200), seed=SMALL_SEED)
    assert [s.source for s in subs] == list(SOURCES)
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}


# --- languages, formats, encodings --------------------------------------------------------
def test_csv_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    csvs = [s for s in BLIND41_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) >= 3
    assert len({s.encoding for s in csvs}) >= 3
    os9 = paths["carabineros_os9_aq"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        os9.decode("utf-8")  # cp1252: "Nº", "PAÍS" are single bytes
    header = os9.decode("cp1252").splitlines()[0]
    assert header.startswith("Nº PARTE;FECHA DEL PROCEDIMIENTO (dd-mm-aaaa);")
    assert b"\r\n" in os9
    inltp = paths["inltp_tunisie_aq"].read_bytes()
    assert inltp.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    assert inltp.decode("utf-8-sig").splitlines()[0].count(";") == 15
    efp = paths["efp_ethiopia_aq"].read_bytes()
    assert efp[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with BOM
    assert efp.decode("utf-16").splitlines()[0].split("\t")[1] == (
        "Date of Interception (DD/MM/YYYY, G.C.)"
    )


def test_jsonl_and_xlsx(paths: dict[str, Path]) -> None:
    lines = _text(paths["nccpim_egypt_aq"], "utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all("incident_date" in r and "country_of_interception" in r for r in records)
    assert any(isinstance(r["persons_involved"], int) for r in records)
    assert any(isinstance(r["persons_involved"], str) for r in records)
    assert zipfile.is_zipfile(paths["cncltp_maroc_aq"])
    sheet = load_workbook(paths["cncltp_maroc_aq"], read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Réf.", "Date des faits", "Qualification juridique")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45291 for d in serials)


def test_languages_of_headers(paths: dict[str, Path]) -> None:
    assert _source("carabineros_os9_aq").language == "es"
    assert _source("inltp_tunisie_aq").language == "fr"
    assert _source("nccpim_egypt_aq").language == "en"
    assert _source("efp_ethiopia_aq").language == "en"
    assert _source("cncltp_maroc_aq").language == "fr"
    inltp = _text(paths["inltp_tunisie_aq"], "utf-8-sig").splitlines()[0]
    assert "الجنسية / Nationalité" in inltp  # bilingual Arabic / French headers


# --- quirks -------------------------------------------------------------------------------
def test_chilean_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths["carabineros_os9_aq"], "cp1252")
    assert "411 bis" in text
    assert "411 quáter" in text
    assert ";NNA;" in text  # niños, niñas y adolescentes
    assert " O;" in text  # a longitude west written with O (oeste)
    assert "sin detenidos" in text
    assert "trimestre" in text
    rows = truth.loc[truth["source_file"] == "carabineros_os9_aq.csv"]
    assert tags_of(rows).str.contains("hemisphere_o").any()
    lon = rows.loc[rows["expected_status"] == "record", "lon"].dropna().astype(float)
    assert len(lon) > 0
    assert lon.lt(0).all()


def test_tunisian_and_moroccan_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths["inltp_tunisie_aq"], "utf-8-sig")
    assert "néant" in text
    assert "'N 0" in text
    assert "'E" in text
    assert "N.C." in text
    sheet = load_workbook(paths["cncltp_maroc_aq"], read_only=True).active
    cells = {str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None}
    assert "MNA" in cells  # mineurs non accompagnés
    assert any(c.startswith("TEH") for c in cells)
    assert any("loi 02-03" in c for c in cells)


def test_egyptian_and_ethiopian_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths["nccpim_egypt_aq"], "utf-8")
    assert any("\u0660" <= ch <= "\u0669" for ch in text)  # Arabic-Indic digits
    assert "Law No. 82 of 2016" in text
    efp = _text(paths["efp_ethiopia_aq"], "utf-16")
    assert "Procl. 1178/2020" in efp
    assert "\tNil\t" in efp or "\tNIL\t" in efp
    assert "°" in efp
    assert '"N ' in efp
    tags = tags_of(truth)
    assert tags.str.contains("arabic_digits").any()
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("partial_quarter").any()
    repeated = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeated) == {"efp_ethiopia_aq.csv", "cncltp_maroc_aq.xlsx"}
