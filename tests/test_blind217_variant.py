"""The examiner set ``blind217`` (files ``*_hk.*``): what the files and their truth promise.

Five agencies: Annunciation House (El Paso, English CSV in cp1252), the Casa del Migrante
of Ciudad Juárez (Spanish XLSX), Salam Nord/Pas-de-Calais (French CSV, UTF-8 with BOM,
``;``), the El País data desk (Spanish, UTF-16 tab-separated) and an ACLED API export
(English JSON lines, the compilation). These tests check the files and the truth; none
of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
from trendlib.samples._blind217 import SOURCES, make_blind217

VARIANT = "blind217"
SEED = 217
N_EVENTS = 1500
SMALL_SEED = 2171
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
#: Fields every source writes as the event has them (no planted unknowns or gaps).
EXACT_FIELDS = ("crime_type", "destination_country", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_hk", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_hk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (SMALL_SEED, 400)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind217(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


# --------------------------------------------------------------------------------------
# Annunciation House: cp1252, comma, US dates, demonyms, garbled Spanish names
# --------------------------------------------------------------------------------------
def test_annunciation_house_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["annunciation_house"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # Spanish names in cp1252 (é = one byte)
    text = data.decode("cp1252")
    assert text.startswith("Case #,Apprehension date,Nationality,")
    assert "\r\n" in text
    body = list(csv.reader(io.StringIO(text)))
    dates = [r[1] for r in body[1:] if len(r) > 1 and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", r[1])]
    assert dates
    assert all(int(d.split("/")[0]) <= 12 for d in dates)  # month first
    assert any(int(d.split("/")[1]) > 12 for d in dates)
    assert "MÃ©xico" in text or "PanamÃ¡" in text  # UTF-8 read as cp1252 by the old database
    assert re.search(r",(Venezuelan|Mexican|Guatemalan|Honduran),", text)
    assert "Family unit" in text
    rows = _rows(truth, "annunciation_house")
    demonym = rows.loc[tags_of(rows).str.contains("country_demonym")]
    assert len(demonym) > 0
    assert demonym["nationality"].notna().all()
    assert rows.loc[rows["expected_status"] != "quarantine", "lat"].isna().all()


# --------------------------------------------------------------------------------------
# Casa del Migrante, Ciudad Juárez: XLSX with Excel dates, serials, text dates, H/M
# --------------------------------------------------------------------------------------
def test_casa_migrante_juarez_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["casa_migrante_juarez"]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["Folio", "Fecha del hecho", "País donde ocurrió", "Delito"]
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[A-Za-z]+ (de )?\d{4}", d) for d in dates)
    col = header.index("Sexo")
    assert {"H", "M"} <= {r[col] for r in rows[1:]}
    truth_rows = _rows(truth, "casa_migrante_juarez")
    hm = truth_rows.loc[tags_of(truth_rows).str.contains("gender_h_m")]
    assert set(hm["gender"].dropna()) <= {"male", "female"}
    assert "Tráfico de personas" in {r[header.index("Delito")] for r in rows[1:]}
    ok = truth_rows["expected_status"] == "record"
    assert set(truth_rows.loc[ok, "detection_country"].dropna()) <= {"PAN"}


# --------------------------------------------------------------------------------------
# Salam: UTF-8 with BOM, semicolon, GPS pairs and DMS, "small boat", no origin column
# --------------------------------------------------------------------------------------
def test_salam_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["salam_npdc"].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.startswith("N° fiche;Date;Pays;Coordonnées GPS;")
    assert re.search(r";\d\d/\d\d/\d{4};", text)
    assert re.search(r";5\d\.\d{5}, [12]\.\d{5};", text)
    assert re.search(r"\d+°\d\d'\d\d\.\d", text)  # degrees-minutes-seconds
    assert re.search(r";5\d,\d{5} / [12],\d{5};", text)  # decimal commas
    assert "small boat" in text
    rows = _rows(truth, "salam_npdc")
    assert rows["origin_country"].isna().all()  # the association writes no origin
    assert set(rows["detection_country"].dropna()) <= {"FRA"}


# --------------------------------------------------------------------------------------
# El País: UTF-16 with BOM, tab, long Spanish dates and quarters
# --------------------------------------------------------------------------------------
def test_elpais_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["elpais_datos"].read_bytes()
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = data.decode("utf-16")
    assert text.startswith("ID\tFecha\tPaís\tDelito\t")
    assert re.search(r"\t\d{1,2} de [a-z]+ de \d{4}\t", text)
    assert "trimestre de" in text
    assert "cayuco" in text or "patera" in text
    rows = _rows(truth, "elpais_datos")
    quarter = rows["date_precision"] == "quarter"
    assert quarter.any()
    assert set(rows.loc[quarter, "crime_type"]) <= {"trafficking", "both"}
    assert rows["linked_offences"].isna().all()  # the table has no such column


# --------------------------------------------------------------------------------------
# ACLED: JSON lines of strings, numeric ISO country, repeated lines across pages
# --------------------------------------------------------------------------------------
def test_acled_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["acled_migration"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    events = [r for r in records if r["event_id_cnty"] != "TOTAL"]
    # every value a string, as the API gives them (but the negative counts of bad rows)
    loose = [(k, v) for r in events for k, v in r.items() if not (v is None or isinstance(v, str))]
    assert all(k == "persons_involved" and v < 0 for k, v in loose)
    isos = {r["iso"] for r in events if r["iso"]}
    assert all(re.fullmatch(r"\d{3}", i) for i in isos)
    assert {"380", "300"} <= isos  # Italy, Greece
    assert any(re.fullmatch(r"Q[1-4] \d{4}", r["event_date"] or "") for r in events)
    assert len(lines) > len(set(lines))  # overlapping pages repeat some lines
    rows = _rows(truth, "acled_migration")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    placed = rows.loc[rows["expected_status"] != "quarantine"]
    assert placed["lat"].notna().mean() > 0.9
