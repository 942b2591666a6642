"""The examiner's ``blind55`` sample set (files ``*_be.*``): its files and its truth.

These tests check what the set writes and what its truth promises; none cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind55 import BLIND55_SOURCES, make_blind55

SEED = 55
N_EVENTS = 1500
SMALL_SEED = 551
SMALL_EVENTS = 400

VARIANT = "blind55"
SOURCES = [s.source for s in BLIND55_SOURCES]
#: Fields every kept row expects exactly as the true event has them.
EXACT_FIELDS = ("crime_type", "origin_country", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND55_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_be", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_be", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_sources_are_as_claimed() -> None:
    subs = make_blind55(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "usbp_tucson_be.csv": ("en", "csv", "cp1252", ","),
        "pg_douai_be.csv": ("fr", "csv", "latin-1", ";"),
        "delegaciones_gobierno_be.csv": ("es", "csv", "utf-16", "\t"),
        "fge_chihuahua_be.xlsx": ("es", "xlsx", "utf-8", None),
        "pf_brasil_be.jsonl": ("en", "jsonl", "utf-8", None),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv_kinds = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert len(csv_kinds) == 3


def test_usbp_bytes_are_cp1252_with_commas(paths: dict[str, Path]) -> None:
    raw = paths["usbp_tucson_be"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "§" is one cp1252 byte, not UTF-8
    assert b"\xa7" in raw
    assert b"\r\n" in raw
    header = raw.decode("cp1252").split("\r\n")[0]
    assert header.startswith("Event #,Apprehension Date,Sector,")


def test_douai_bytes_are_latin1_with_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["pg_douai_be"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header = raw.decode("latin-1").splitlines()[0]
    assert header.split(";")[:3] == ["N° parquet", "Parquet saisi", "Date des faits"]


def test_delegaciones_bytes_are_utf16_with_tabs(paths: dict[str, Path]) -> None:
    raw = paths["delegaciones_gobierno_be"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian byte-order mark
    header = raw.decode("utf-16").splitlines()[0]
    assert header.split("\t")[:3] == [
        "Nº parte",
        "Delegación/Subdelegación",
        "Fecha llegada/interceptación",
    ]


def test_fge_is_a_spanish_workbook_with_excel_dates(paths: dict[str, Path]) -> None:
    raw = paths["fge_chihuahua_be"].read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as book:
        assert "xl/worksheets/sheet1.xml" in book.namelist()
    frame = pd.read_excel(paths["fge_chihuahua_be"], dtype=object)
    assert "Fecha de los hechos" in frame.columns
    dates = frame["Fecha de los hechos"].dropna()
    assert any(isinstance(v, int) and 40000 < v < 50000 for v in dates)  # bare serials
    assert any(isinstance(v, datetime) for v in dates)  # real Excel dates
    assert any(isinstance(v, str) and " de " in v for v in dates)


def test_pf_lines_are_json_with_english_keys(paths: dict[str, Path]) -> None:
    lines = paths["pf_brasil_be"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"process_no", "event_date", "offence_type", "country_of_detection"}
    related = [r["related_offences"] for r in records if r["related_offences"] is not None]
    assert all(isinstance(v, list) for v in related)
    assert any(len(v) > 0 for v in related)


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes and in the truth
# --------------------------------------------------------------------------------------
def test_usbp_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, "usbp_tucson_be")
    assert re.search(r"N\d{2} \d{2}\.\d{3} W\d{2,3} \d{2}\.\d{3}", text)  # degrees, minutes
    assert re.search(r"\b\d{2}-[A-Z]{3}-\d{2}\b", text)  # 07-MAR-22
    assert "FMUA" in text
    assert "8 U.S.C. § 1324" in text
    rows = _rows_of(truth, "usbp_tucson_be")
    kept = rows["expected_status"] != "quarantine"
    ddm = rows.loc[kept & tags_of(rows).str.contains("coords_ddm")]
    assert len(ddm) > 0
    assert (ddm["lon"].astype(float) < 0).all()


def test_douai_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, "pg_douai_be")
    assert re.search(r"\d,\d{5} N / \d,\d{5} [EO]", text)  # decimal commas
    assert "CESEDA" in text
    assert re.search(r"courant [a-zéû]+ 20\d\d|trimestre 20\d\d|T\d 20\d\d", text)
    rows = _rows_of(truth, "pg_douai_be")
    quarters = rows.loc[rows["date_precision"] == "quarter", "event_date"]
    assert quarters.str.match(r"20\d\d-(01|04|07|10)-01").all()


def test_delegaciones_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = _text(paths, "delegaciones_gobierno_be")
    assert re.search(r"\d{2}º\d{2},\d{3}'N 0\d{2}º\d{2},\d{3}'W", text)  # nautical position
    assert "318 bis" in text
    assert "Cayuco" in text
    rows = _rows_of(truth, "delegaciones_gobierno_be")
    assert set(rows.loc[rows["expected_status"] != "quarantine", "detection_country"].dropna()) == {
        "ESP"
    }


def test_pf_quirks(paths: dict[str, Path]) -> None:
    records = [
        json.loads(line) for line in paths["pf_brasil_be"].read_text(encoding="utf-8").splitlines()
    ]
    lats = [r["latitude"] for r in records if isinstance(r["latitude"], str)]
    assert any(re.fullmatch(r"-?\d+,\d{5}", v) for v in lats)  # decimal comma
    dates = [r["event_date"] for r in records if isinstance(r["event_date"], str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q\d[ /]20\d\d|20\d\d-Q\d", d) for d in dates)
    counts = [r["migrants_victims"] for r in records]
    assert any(isinstance(c, str) and c.startswith(("approx.", "ca.")) for c in counts)


def test_partial_dates_expect_their_first_day(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    month = truth.loc[tags.str.contains("partial_month")]
    quarter = truth.loc[tags.str.contains("partial_quarter")]
    assert len(month) > 0
    assert len(quarter) > 0
    assert (month["date_precision"] == "month").all()
    assert month["event_date"].str.endswith("-01").all()
    assert (quarter["date_precision"] == "quarter").all()


def test_placeholders_expect_nothing_or_unknown(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    dest = truth.loc[kept & tags.str.contains("destination_placeholder")]
    assert len(dest) > 0
    assert dest["destination_country"].isna().all()
    expl = truth.loc[kept & tags.str.contains("exploitation_unknown")]
    assert len(expl) > 0
    assert (expl["exploitation"] == "unknown").all()
    smuggling = truth.loc[kept & truth["crime_type"].eq("smuggling")]
    assert smuggling["exploitation"].isna().all()


def test_second_reports_cross_languages(truth: pd.DataFrame) -> None:
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    first_file = dups["duplicate_of"].str.split(":").str[0]
    pairs = set(zip(dups["source_file"], first_file, strict=True))
    assert ("fge_chihuahua_be.xlsx", "usbp_tucson_be.csv") in pairs  # es <- en
    assert ("pg_douai_be.csv", "pf_brasil_be.jsonl") in pairs  # fr <- en
    assert ("pf_brasil_be.jsonl", "delegaciones_gobierno_be.csv") in pairs  # en <- es


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_write_samples_runs(tmp_path: Path, seed: int, n_events: int) -> None:
    out = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    assert {out[s].name for s in SOURCES} == {s.filename for s in BLIND55_SOURCES}
