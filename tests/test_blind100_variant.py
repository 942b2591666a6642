"""The ``blind100`` examiner set: five NGO and international case logs (files ``*_cx.*``).

These tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples._blind100 import BLIND100_SOURCES

VARIANT = "blind100"
SEED = 100
N_EVENTS = 1500
SMALL_SEED = 1001
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND100_SOURCES)
TAHUB, MDM, HRF, BVMN, SC = SOURCES
#: Fields every source writes as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)
#: Sources with a column of linked offences.
WITH_OFFENCES = {TAHUB, MDM, HRF}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """Read a CSV as text, keeping empty rows, indexed by source row (header = 1)."""
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cx", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cx", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_linked_offences_only_where_a_column_holds_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    with_col = kept.loc[kept["source"].isin(WITH_OFFENCES)]
    want = events.loc[with_col["event_id"], "linked_offences"].reset_index(drop=True)
    assert with_col["linked_offences"].reset_index(drop=True).equals(want)
    assert with_col["linked_offences"].notna().any()
    assert kept.loc[~kept["source"].isin(WITH_OFFENCES), "linked_offences"].isna().all()


def test_every_source_reports_and_partial_dates_are_records(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    records = truth.loc[truth["expected_status"] == "record"]
    assert set(records["source"]) == set(SOURCES)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert {TAHUB, HRF, SC} <= set(cross["source"]) <= set(SOURCES) - {BVMN}
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert set(partial["expected_status"]) <= {"record", "duplicate"}
    assert not partial["expected_reason"].eq("cross_source").any()
    quarters = set(truth.loc[truth["date_precision"] == "quarter", "source"])
    assert quarters == {TAHUB, MDM, HRF, SC}
    months = set(truth.loc[truth["date_precision"] == "month", "source"])
    assert months == set(SOURCES)


# --------------------------------------------------------------------------------------
# Languages, formats and encodings
# --------------------------------------------------------------------------------------
def test_formats_encodings_and_languages(paths: dict[str, Path]) -> None:
    by_source = {s.source: s for s in BLIND100_SOURCES}
    assert {s.language for s in BLIND100_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND100_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND100_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) == 3
    assert {s.encoding for s in csvs} == {"cp1252", "utf-8", "utf-16"}
    assert {s.delimiter for s in csvs} == {";", ",", "\t"}
    assert (by_source[MDM].language, by_source[SC].language) == ("es", "fr")

    # JSON lines, UTF-8 with the accents written as they are
    raw = paths[TAHUB].read_bytes()
    text = raw.decode("utf-8")
    lines = text.splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert "Türkiye" in text or "Côte d'Ivoire" in text
    assert json.loads(lines[0]).keys() >= {"incident_ref", "incident_date", "geom_wkt"}

    # Spanish, cp1252 (not UTF-8), semicolons, CRLF
    raw = paths[MDM].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("Nº Expte.;Fecha detección;")
    assert "\r\n" in text
    assert "Sexo (H/M)" in text.splitlines()[0]

    # US English, UTF-8 without BOM, commas
    raw = paths[HRF].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    head = raw.decode("utf-8").splitlines()[0]
    assert head.startswith("Incident ID,Date of Incident (MM/DD/YYYY),")

    # XLSX: a zip with a real workbook, English headers
    assert zipfile.is_zipfile(paths[BVMN])
    sheet = load_workbook(paths[BVMN], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert header[:2] == ("Testimony code", "Date of incident")

    # French, UTF-16 LE with BOM, tab-delimited
    raw = paths[SC].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    head = raw.decode("utf-16").splitlines()[0].split("\t")
    assert head[:2] == ["N° fiche", "Date des faits"]
    assert len(head) == len(by_source[SC].headers)


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_tahub_wkt_is_lon_first_and_codes_are_alpha2(paths: dict[str, Path]) -> None:
    rows = _rows_of(_truth(paths), TAHUB)
    lines = paths[TAHUB].read_text(encoding="utf-8").splitlines()
    seen = 0
    for no, line in enumerate(lines, start=1):
        rec = json.loads(line)
        wkt = rec["geom_wkt"]
        if wkt is None or rows.loc[no, "expected_status"] == "quarantine":
            continue
        x, y = map(float, re.fullmatch(r"POINT \((\S+) (\S+)\)", wkt).groups())  # type: ignore[union-attr]
        assert abs(x - float(rows.loc[no, "lon"])) < 1e-6
        assert abs(y - float(rows.loc[no, "lat"])) < 1e-6
        seen += 1
    assert seen > 100
    text = "\n".join(lines)
    assert re.search(r'"transit_iso2":"[A-Z]{2} > [A-Z]{2}', text)
    assert '"incident_country_iso2":"GB"' in text
    assert re.search(r'"incident_date":"\d{4}-Q[1-4]"', text)


def test_mdm_spanish_sex_articles_and_coordinates(paths: dict[str, Path]) -> None:
    text = paths[MDM].read_bytes().decode("cp1252")
    assert "art. 318 bis CP" in text
    assert "177 bis" in text
    assert re.search(r"\d+º\d\d'\d\d''N \d+º\d\d'\d\d''O", text)  # O (oeste) for west
    assert re.search(r"\d+,\d{4} / -\d+,\d{4}", text)
    frame = _csv(paths[MDM], "cp1252", ";")
    rows = _rows_of(_truth(paths), MDM)
    if rows["messiness"].fillna("").str.contains("count_thousands").any():
        assert re.search(r";\d{1,2}\.\d{3};", text)  # 1.204 persons
    sex = frame["Sexo (H/M)"]
    is_m = sex.eq("M") & rows["expected_status"].reindex(sex.index).ne("quarantine")
    assert is_m.sum() > 5
    assert (rows.loc[is_m[is_m].index, "gender"] == "female").all()
    is_h = sex.eq("H") & rows["expected_status"].reindex(sex.index).ne("quarantine")
    assert (rows.loc[is_h[is_h].index, "gender"] == "male").all()


def test_hrf_month_first_statutes_and_hemispheres(paths: dict[str, Path]) -> None:
    text = paths[HRF].read_text(encoding="utf-8")
    assert "8 U.S.C. § 1324" in text
    assert re.search(r"\b\d{1,2}/(1[3-9]|2\d|3[01])/20\d\d\b", text)  # day after month
    assert re.search(r",\d+\.\d{4} W,", text)
    frame = _csv(paths[HRF], "utf-8", ",")
    rows = _rows_of(_truth(paths), HRF)
    dates = frame["Date of Incident (MM/DD/YYYY)"]
    numeric = dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    kept = numeric & rows["expected_status"].reindex(dates.index).eq("record")
    kept &= rows["date_precision"].reindex(dates.index).eq("day")
    assert kept.sum() > 50
    read = pd.to_datetime(dates[kept], format="%m/%d/%Y").dt.strftime("%Y-%m-%d")
    assert read.equals(rows.loc[kept[kept].index, "event_date"])


def test_bvmn_excel_serials_date_cells_and_age_ranges(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[BVMN]).active
    assert sheet is not None
    rows = _rows_of(_truth(paths), BVMN)
    kinds: set[str] = set()
    for no, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        cell = row[1]
        if rows.loc[no, "expected_status"] == "quarantine" or cell is None:
            continue
        if isinstance(cell, int):
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
            assert day.strftime("%Y-%m-%d") == rows.loc[no, "event_date"]
            kinds.add("serial")
        elif not isinstance(cell, str):
            assert pd.Timestamp(cell).strftime("%Y-%m-%d") == rows.loc[no, "event_date"]
            kinds.add("date_cell")
        elif re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", cell):
            kinds.add("dotted")
    assert kinds == {"serial", "date_cell", "dotted"}
    tags = tags_of(_truth(paths))
    assert tags.str.contains("age_range").any()
    assert tags.str.contains("approx_count").any()


def test_sc_utf16_articles_demonyms_and_decimal_commas(paths: dict[str, Path]) -> None:
    text = paths[SC].read_bytes().decode("utf-16")
    assert "L823-1 CESEDA" in text
    assert "L622-1 CESEDA" in text  # the article before the May 2021 recast
    assert re.search(r"\t\d{2},\d{4}\t-?\d,\d{4}", text)
    assert "\taucun\t" in text
    frame = _csv(paths[SC], "utf-16", "\t")
    rows = _rows_of(_truth(paths), SC)
    kept = rows["expected_status"].reindex(frame.index).ne("quarantine")
    women = frame["Sexe (H/F)"].isin(["F", "femme", "femmes"]) & kept
    assert (rows.loc[women[women].index, "gender"] == "female").all()
    men = frame["Sexe (H/F)"].isin(["H", "homme", "hommes"]) & kept
    assert men.sum() > 5
    assert (rows.loc[men[men].index, "gender"] == "male").all()
