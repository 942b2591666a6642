"""The examiner set ``blind304`` (files ``*_kt.*``): labour-court registries and unions.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind304 import SOURCES as KT_SOURCES
from trendlib.samples._blind304 import make_blind304

VARIANT = "blind304"
SEED = 304
N_EVENTS = 1500
SMALL_SEED = 3041
SMALL_EVENTS = 400
TOLERANCE = 1e-3  # DMS to a tenth of a second is within 2e-5 degrees

SOURCES = tuple(s.source for s in KT_SOURCES)
ET, CPH, JS, CSA, UMN = SOURCES
#: Fields every row gives as the event has them (nothing blanked, no placeholder).
FIELDS = (
    "crime_type",
    "exploitation",
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


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kt", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_kt", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_placeholder_counts_small(small_paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(small_paths))


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind304(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 10, sub.source


def test_second_reports_go_where_the_workers_went(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {ET, CPH, JS, UMN}
    first_file = cross["duplicate_of"].str.split(":").str[0]
    assert (first_file != cross["source_file"]).all()


# --------------------------------------------------------------------------------------
# Employment Tribunals (GB): UTF-8 with BOM, commas, English
# --------------------------------------------------------------------------------------
def test_employment_tribunals_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ET].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.split("\n", 1)[0]
    assert header.startswith("Case Number,Date encountered by authorities,")
    assert "No. of claimants" in header
    assert re.search(r"^22\d{5}/202\d,\d{1,2} [A-Z][a-z]+ 202\d,", text, re.M)
    assert re.search(r"^22\d{5}/202\d,\d\d/\d\d/202\d,", text, re.M)
    assert re.search(r",(Vietnamese|Afghan|Iranian|Iraqi|Albanian|Eritrean|Syrian),", text)
    assert re.search(r",(England|Scotland),", text)
    assert "Facilitation (IA 1971 s.25)" in text or "People smuggling" in text
    assert "Not known" in text
    tags = tags_of(_rows_of(truth, ET))
    assert tags.str.contains("demonym").any()
    assert (_rows_of(truth, ET)["lat"].isna()).all()


# --------------------------------------------------------------------------------------
# Conseil de prud'hommes de Calais: cp1252, semicolons, CRLF, French
# --------------------------------------------------------------------------------------
def test_prudhommes_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CPH].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° RG;Date des faits (constatation);")
    assert header.count(";") == 14
    assert re.search(r"^F 2\d/\d{5};\d\d/\d\d/202\d;", text, re.M)
    assert re.search(r"^F 2\d/\d{5};\d\d/\d\d/2\d;", text, re.M)  # two-digit years
    assert re.search(r";(afghan|iranien|irakien|érythréen|albanais|syrien)e?;", text)
    assert "aide à l'entrée et au séjour irréguliers" in text
    assert ";aucun;" in text
    assert (_rows_of(truth, CPH)["lat"].isna()).all()


# --------------------------------------------------------------------------------------
# Juzgados de lo Social: XLSX, Spanish, Excel dates, mojibake, DMS
# --------------------------------------------------------------------------------------
def test_juzgados_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[JS], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("N.º autos", "Fecha de los hechos (atestado)", "País de detección")
    dates = [r[1] for r in rows[1:]]
    real = sum(isinstance(d, dt.datetime) for d in dates)
    typed = sum(
        isinstance(d, str) and re.fullmatch(r"\d\d[/-]\d\d[/-]20\d\d", d) is not None for d in dates
    )
    assert real > typed > 0
    cells = [str(v) for r in rows[1:] for v in r if isinstance(v, str)]
    assert any("Ã" in c for c in cells)  # a UTF-8 list pasted as cp1252
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]", c) for c in cells)
    assert any(re.fullmatch(r"-?\d+,\d{5} / -?\d+,\d{5}", c) for c in cells)
    assert any("318 bis" in c for c in cells)
    assert any(c.isupper() and c in ("MARRUECOS", "SENEGAL", "MALÍ", "ESPAÑA") for c in cells)
    assert any(isinstance(r[5], int) for r in rows[1:])
    js = _rows_of(truth, JS)
    assert js["lat"].notna().mean() > 0.8


# --------------------------------------------------------------------------------------
# CSA-TUCA migrant-workers desk: JSON lines, Spanish keys, serials, arrays
# --------------------------------------------------------------------------------------
def test_csa_json_lines(paths: dict[str, Path]) -> None:
    lines = paths[CSA].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"id_caso", "fecha_deteccion", "paises_transito", "latitud"}
    dates = [r["fecha_deteccion"] for r in recs]
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # sheet serials
    assert any(isinstance(d, str) and re.fullmatch(r"202\d/\d\d/\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4]-202\d", d) for d in dates)
    transit = [r["paises_transito"] for r in recs if r["id_caso"] != "TOTAL"]
    assert all(isinstance(t, list) for t in transit)
    assert any(t[:2] == ["GTM", "MEX"] for t in transit)
    assert any(r["nacionalidad"] in ("VEN", "HTI", "ECU") for r in recs)
    assert any(r["pais_deteccion"] in ("Panamá", "Estados Unidos") for r in recs)
    assert any(r["personas_afectadas"] == "s/d" for r in recs)
    assert recs[-1]["id_caso"] == "TOTAL"


# --------------------------------------------------------------------------------------
# UnionMigrantNet: UTF-16 tab-separated, English, ISO alpha-2, quarters
# --------------------------------------------------------------------------------------
def test_unionmigrantnet_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UMN].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == ["Case ID", "Country", "Date of detection"]
    assert re.search(r"\tQ[1-4] 202\d\t", text)
    assert re.search(r"\t\d\d\.\d\d\.202\d\t", text)
    assert re.search(r"\t(TR|Turkey) > ", text)
    assert re.search(r"^UMN/2\d/\d{4}\t(IT|GR|HR|PL)\t", text, re.M)
    tags = tags_of(_rows_of(truth, UMN))
    assert tags.str.contains("quarter_only").any()
    assert tags.str.contains("iso2").any()


# --------------------------------------------------------------------------------------
# What the truth says about partial dates, places and bad rows
# --------------------------------------------------------------------------------------
def test_partial_dates_by_source(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source")["date_precision"].agg(set)
    assert prec[ET] == {"day", "month"}  # a claimant recalls the month, never a quarter
    assert prec[CPH] <= {"day", "month", "quarter"}  # few rows: partial dates are rare
    for src in (JS, CSA, UMN):
        assert prec[src] == {"day", "month", "quarter"}, src
    dup = kept.loc[kept["expected_reason"] == "cross_source"]
    assert (dup["date_precision"] == "day").all()  # both reports of a pair give the day


def test_places_only_where_written(truth: pd.DataFrame) -> None:
    for src in (ET, CPH, UMN):
        assert _rows_of(truth, src)["lat"].isna().all(), src
    kept = truth.loc[truth["expected_status"] == "record"]
    for src in (JS, CSA):
        assert kept.loc[kept["source"] == src, "lat"].notna().mean() > 0.8, src


def test_bad_rows_of_every_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"]) == {ET, CPH, UMN}
