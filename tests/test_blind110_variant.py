"""The ``blind110`` examiner set (files ``*_dh.*``): files, truth and claimed quirks.

These tests check the written files and their ground truth only; none of them cleans or
scores (the reader is run once, to check that it sees every row).
"""

from __future__ import annotations

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
from trendlib.samples._blind110 import BLIND110_SOURCES

SEED = 110
N_EVENTS = 1500
SMALL_SEED = 1101
SMALL_EVENTS = 400
VARIANT = "blind110"
SOURCES = [s.source for s in BLIND110_SOURCES]
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)
#: What each file claims to be: (format, encoding, delimiter, language).
CLAIMS = {
    "cesfront_do": ("csv", "utf-8-sig", ",", "es"),
    "minint_cu": ("xlsx", "utf-8", None, "es"),
    "ice_sanjuan": ("jsonl", "utf-8", None, "en"),
    "comgend_martinique": ("csv", "cp1252", ";", "fr"),
    "prefecture_saint_martin": ("csv", "utf-16", "\t", "fr"),
}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dh", n_events=N_EVENTS)
    check_files_and_truth(small_paths, SOURCES, suffix="_dh", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    for p in (paths, small_paths):
        check_expected_values(p, _truth(p), EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_linked_offences_only_where_a_column_holds_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    linked = dict(zip(events["event_id"], events["linked_offences"], strict=True))
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    pref = kept["source_file"] == "prefecture_saint_martin_dh.csv"
    assert kept.loc[pref, "linked_offences"].isna().all()
    others = kept.loc[~pref]
    want = others["event_id"].map(linked)
    assert (others["linked_offences"].fillna("") == want.fillna("")).all()


def test_every_source_has_partial_dates_only_outside_duplicate_pairs(
    paths: dict[str, Path],
) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    for src in BLIND110_SOURCES:
        prec = set(kept.loc[kept["source_file"] == src.filename, "date_precision"])
        assert {"day", "month", "quarter"} <= prec, src.filename
    paired = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    rows = kept.loc[kept["event_id"].isin(paired)]
    assert (rows["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Formats, encodings, delimiters, languages
# --------------------------------------------------------------------------------------
def test_sources_cover_the_languages_formats_and_encodings() -> None:
    langs = {s.language for s in BLIND110_SOURCES}
    formats = {s.format for s in BLIND110_SOURCES}
    assert langs == {"en", "fr", "es"}
    assert formats == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND110_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) == 3
    assert len({s.delimiter for s in csvs}) == 3
    for s in BLIND110_SOURCES:
        assert (s.format, s.encoding, s.delimiter, s.language) == CLAIMS[s.source]
        assert Path(s.filename).stem.endswith("_dh")


def test_csv_bytes_match_their_encodings(paths: dict[str, Path]) -> None:
    ces = paths["cesfront_do"].read_bytes()
    assert ces.startswith(b"\xef\xbb\xbf")
    head = ces[3:].decode("utf-8").splitlines()[0]
    assert head.split(",")[:3] == ["No. Reporte", "Fecha del Hecho", "País del Hecho"]

    com = paths["comgend_martinique"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        com.decode("utf-8")  # accented letters are single cp1252 bytes
    text = com.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° procédure;Date des faits;Lieu des faits;")

    pre = paths["prefecture_saint_martin"].read_bytes()
    assert pre.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    first = pre.decode("utf-16").splitlines()[0].split("\t")
    assert first[:3] == ["Réf. / Ref.", "Date", "Pays / Country"]
    assert "Nationalité / Nationality" in first


def test_xlsx_and_jsonl_are_what_they_claim(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["minint_cu"], read_only=True)
    header = next(book.active.iter_rows(values_only=True))
    assert header[:4] == ("No. Expediente", "Fecha", "Delito", "Modalidad de explotación")
    lines = paths["ice_sanjuan"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert {"case_number", "encounter_date", "citizenship", "conveyance"} <= set(first)
    assert len(lines) == len(_rows_of(_truth(paths), "ice_sanjuan_dh.jsonl"))


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_cesfront_quirks(paths: dict[str, Path]) -> None:
    text = paths["cesfront_do"].read_text(encoding="utf-8-sig")
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"O", text)  # DMS with O(este), quoted by the CSV
    assert ",TIM," in text
    assert "Ninguno" in text
    assert re.search(r"\d{1,2} de [a-z]+ del 20\d\d", text)
    assert "Ã" in text  # a name garbled by a double UTF-8 decoding
    assert re.search(r",(I|II|III|IV|1er|2do|3er|4to) trimestre 20\d\d,", text)


def test_comgend_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths["comgend_martinique"], "cp1252", ";")
    assert "Nb MEC" in frame.columns
    assert frame["Nb MEC"].str.fullmatch("néant|aucun").any()
    quals = frame["Qualification"]
    assert quals.str.contains("L.622-1").any()  # the CESEDA article before May 2021
    assert quals.str.contains("L.823-1").any()
    assert quals.str.contains("225-4-1").any()
    assert (
        frame["Coord. GPS (WGS84)"]
        .str.fullmatch(r"N \d\d°\d\d,\d{3}' [EO] \d{3}°\d\d,\d{3}'")
        .any()
    )
    assert frame["Date des faits"].str.match(r"(lun|mar|mer|jeu|ven|sam|dim)\. \d\d/").any()


def test_minint_dates_are_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows_of(truth, "minint_cu_dh.xlsx").set_index("source_row")
    book = load_workbook(paths["minint_cu"], read_only=True)
    kinds = set()
    for i, row in enumerate(book.active.iter_rows(min_row=2, values_only=True), start=2):
        cell, want = row[1], rows.loc[str(i)]
        if want["expected_status"] == "quarantine" or want["date_precision"] != "day":
            continue
        day = pd.Timestamp(want["event_date"])
        if isinstance(cell, datetime):
            kinds.add("date")
            assert pd.Timestamp(cell) == day
        elif isinstance(cell, int):
            kinds.add("serial")
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == day
        else:
            kinds.add("text")
            assert pd.Timestamp(datetime.strptime(cell.replace("-", "/"), "%d/%m/%Y")) == day
    assert kinds == {"date", "serial", "text"}


def test_ice_quirks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows_of(truth, "ice_sanjuan_dh.jsonl").reset_index(drop=True)
    records = [
        json.loads(line) for line in paths["ice_sanjuan"].read_text(encoding="utf-8").splitlines()
    ]
    us = 0
    for rec, (_, want) in zip(records, rows.iterrows(), strict=True):
        if "us_date" in want["tags"] and want["expected_status"] != "quarantine":
            got = datetime.strptime(rec["encounter_date"], "%m/%d/%Y")
            assert pd.Timestamp(got) == pd.Timestamp(want["event_date"])
            us += 1
    assert us > 20
    assert any(
        isinstance(r.get("transit_countries"), list) and r["transit_countries"] for r in records
    )
    ages = {r.get("age_category") for r in records}
    assert {"UAC", "FMUA"} & ages
    assert any("U.S.C. § 1324" in str(r.get("violation")) for r in records)


def test_prefecture_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths["prefecture_saint_martin"], "utf-16", "\t")
    assert frame["Transit"].str.contains("→").any()
    assert (
        frame["Nb personnes / Persons"].eq("NR").any()
        or frame["Passeurs-auteurs / Facilitators"].eq("NR").any()
    )
    lat = frame["Lat. N (°)"]
    assert lat.str.fullmatch(r"\d+,\d{4}").any()  # decimal comma
    assert lat.str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N").any()  # degrees, minutes, seconds
    assert frame["Date"].str.fullmatch(r"Q[1-4] 20\d\d").any()


def test_coordinates_in_the_files_match_the_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows_of(truth, "comgend_martinique_dh.csv").set_index("source_row")
    frame = _csv(paths["comgend_martinique"], "cp1252", ";")
    checked = 0
    for i, cell in enumerate(frame["Coord. GPS (WGS84)"], start=2):
        m = re.fullmatch(r"(-?\d+,\d{4}) / (-?\d+,\d{4})", cell)
        want = rows.loc[str(i)]
        if m is None or want["expected_status"] == "quarantine":
            continue
        lat, lon = (float(g.replace(",", ".")) for g in m.groups())
        assert abs(lat - float(want["lat"])) < 1e-6
        assert abs(lon - float(want["lon"])) < 1e-6
        checked += 1
    assert checked > 50


def test_bad_rows_and_garbage_rows_are_in_every_file(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for src in BLIND110_SOURCES:
        rows = truth.loc[truth["source_file"] == src.filename]
        reasons = set(rows["expected_reason"].dropna())
        assert "no_date" in reasons, src.filename  # at least the total row
        total = rows.loc[rows["source_ref"] == src.total]
        assert len(total) == 1, src.filename
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"cesfront_do_dh.csv", "ice_sanjuan_dh.jsonl"}
