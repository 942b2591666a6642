"""The examiner's ``blind44`` sample set (files ``*_at.*``): files and truth only.

These tests check that the five files are written as promised (languages, formats,
encodings, delimiters, a few characteristic quirks in the bytes) and that the truth
describes every row; none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import io
import json
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind44 import BLIND44_SOURCES, make_blind44

VARIANT = "blind44"
SEED = 44
N_EVENTS = 1500
SMALL_SEED = 441
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND44_SOURCES)
FIELDS = ("crime_type", "exploitation", "transit_countries", "linked_offences")
TOLERANCE = 0.001


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


# --------------------------------------------------------------------------------------
# The truth describes every row
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_at", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_at", n_events=SMALL_EVENTS)
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_origin_and_destination_are_the_events_or_a_placeholder(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"{col}_placeholder")
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col


def test_every_source_reports_and_duplicates_cross_languages(truth: pd.DataFrame) -> None:
    per_file = truth.groupby("source_file")["expected_status"].value_counts().unstack(fill_value=0)
    assert (per_file["record"] > 0).all()
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    # the Channel and Viet Nam - UK second reports: French prosecutor and Vietnamese police
    assert set(cross["source_file"]) == {"parquet_boulogne_at.csv", "mps_vn_at.csv"}
    first_file = cross["duplicate_of"].str.split(":").str[0]
    assert (first_file != cross["source_file"]).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"cndh_mx_at.xlsx", "pdrm_my_at.jsonl"}


def test_partial_dates_only_outside_duplicate_pairs(truth: pd.DataFrame) -> None:
    partial = truth["date_precision"].isin(["month", "quarter"])
    dup_events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert partial.sum() > 0
    assert not truth.loc[partial, "event_id"].isin(dup_events).any()
    kept = truth["expected_status"] != "quarantine"
    tags = tags_of(truth)
    month = kept & tags.str.contains("partial_month")
    quarter = kept & tags.str.contains("partial_quarter")
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters as claimed
# --------------------------------------------------------------------------------------
def test_submissions_claim_languages_formats_encodings() -> None:
    subs = make_blind44(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {(s.filename, s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        ("fiscalia_co_at.csv", "es", "csv", "cp1252", ";"),
        ("cndh_mx_at.xlsx", "es", "xlsx", "utf-8", None),
        ("pdrm_my_at.jsonl", "en", "jsonl", "utf-8", None),
        ("mps_vn_at.csv", "en", "csv", "utf-16", "\t"),
        ("parquet_boulogne_at.csv", "fr", "csv", "latin-1", "|"),
    }
    assert {s.language for s in subs} == {"en", "es", "fr"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv_styles = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert len(csv_styles) == 3


def test_fiscalia_is_cp1252_semicolon_spanish(paths: dict[str, Path]) -> None:
    raw = paths["fiscalia_co_at"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.startswith("NUNC;FECHA HECHOS;DELITO;")
    assert "PAÍS HECHOS" in header
    assert "\r\n" in text
    # Colombian Penal Code articles, decimal-comma coordinates, DMS with O for west
    assert "ART. 188 C.P." in text
    assert "188A" in text
    assert ";-77," in text
    assert '"" O"' in text
    assert "SIN DATO" in text or "S/D" in text
    assert "TOTAL GENERAL" in text


def test_fiscalia_nunc_is_21_digits(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["fiscalia_co_at"], sep=";", encoding="cp1252", dtype=str)
    refs = frame["NUNC"].dropna()
    nunc = refs[refs.str.fullmatch(r"\d+")]
    assert len(nunc) > 0.9 * len(refs)
    assert (nunc.str.len() == 21).all()


def test_cndh_is_xlsx_with_excel_dates_and_serials(paths: dict[str, Path]) -> None:
    path = paths["cndh_mx_at"]
    assert zipfile.is_zipfile(path)
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[0] == "Núm. de expediente"
    assert "Coordenadas (lat., long.)" in header
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(43000 < d < 46000 for d in serials)
    texts = " ".join(str(c) for r in rows for c in r if isinstance(c, str))
    assert "art. 159 Ley de Migración" in texts
    assert "NNA" in texts
    assert '"N, ' in texts
    assert '"O' in texts  # DMS with O (oeste) for west


def test_pdrm_is_json_lines_english(paths: dict[str, Path]) -> None:
    lines = paths["pdrm_my_at"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in recs)
    assert "no_of_victims_or_migrants" in recs[0]
    assert any(r["report_no"] == "GRAND TOTAL" for r in recs)
    offences = {str(r["offence_act_section"]) for r in recs}
    assert any("26A" in o for o in offences)
    assert any("ATIPSOM" in o for o in offences)
    assert any(r["no_of_suspects"] in ("NIL", "Nil") for r in recs)
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert any(isinstance(r["latitude"], str) and "°" in r["latitude"] for r in recs)


def test_mps_is_utf16_tab_bilingual(paths: dict[str, Path]) -> None:
    raw = paths["mps_vn_at"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert "\t" in header
    assert "Detection date / Ngày phát hiện" in header
    assert "Art. 150" in text
    assert "→" in text
    assert "(Nữ)" in text or "(Nam)" in text


def test_boulogne_is_latin1_pipe_french(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["parquet_boulogne_at"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("latin-1")
    header = text.splitlines()[0]
    assert header.split("|")[:3] == ["N° parquet", "Date des faits", "Qualification(s)"]
    assert "CESEDA" in text
    assert "néant" in text or "aucun" in text
    frame = pd.read_csv(io.StringIO(text), sep="|", dtype=str)
    assert "Nb mis en cause" in frame.columns
    # the CESEDA article follows the 2021 recodification of the code
    mine = truth.loc[
        (truth["source_file"] == "parquet_boulogne_at.csv") & truth["event_date"].notna()
    ]
    row_of = dict(zip(mine["source_row"].astype(int), mine["event_date"], strict=True))
    for i, qual in enumerate(frame["Qualification(s)"].fillna(""), start=2):
        if i in row_of and "L.622-1" in qual:
            assert row_of[i] < "2021-05-01"
        if i in row_of and "L.823-1" in qual:
            assert row_of[i] >= "2021-04-01"  # a quarter of 2021 starts on its first day


def test_other_seeds_write(tmp_path: Path) -> None:
    paths = write_samples(tmp_path, seed=5, n_events=1500, variant=VARIANT)
    assert {paths[s].name for s in SOURCES} == {s.filename for s in BLIND44_SOURCES}
