"""The ``blind32`` examiner set (files ``*_ah.*``): files, truth and quirks.

These tests check the written files and their ground truth only; none of them cleans
or scores the files.
"""

from __future__ import annotations

import json
import re
import zipfile
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind32 import (
    _DEMONYM_EN,
    _DEMONYM_ES,
    _DEMONYM_FR,
    _NAMES,
    BLIND32_SOURCES,
)

SEED = 32
N_EVENTS = 1500
SMALL_SEED = 221
SMALL_EVENTS = 400
VARIANT = "blind32"
SOURCES = tuple(s.source for s in BLIND32_SOURCES)
#: Fields every source gives exactly as the true event holds them.
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
#: Degrees: DMS with whole seconds, decimal minutes, 3-decimal rounding.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ah", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ah", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_optional_fields_follow_the_columns(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Transit and linked offences are expected only where a source has the column."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    with_offences = ok["source"].isin(["ucrif_brigadas_ah", "hotline_us_ah"])
    assert ok.loc[with_offences, "linked_offences"].equals(ev.loc[with_offences, "linked_offences"])
    assert ok.loc[~with_offences, "linked_offences"].isna().all()
    assert ok["transit_countries"].equals(ev["transit_countries"])


def test_other_seeds_and_sizes_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        assert {out[s].name for s in SOURCES} == {s.filename for s in BLIND32_SOURCES}


def test_wording_tables_cover_the_truth() -> None:
    truth = make_truth(seed=SEED, n_events=20000)
    nationals = set(truth["nationality"].dropna())
    countries = nationals | set(truth["origin_country"]) | set(truth["destination_country"])
    countries |= set(truth["detection_country"])
    for codes in truth["transit_countries"].dropna().unique():
        countries |= set(codes.split("|"))
    for lang in ("es", "fr", "en"):
        assert countries <= set(_NAMES[lang]), lang
    for table in (_DEMONYM_ES, _DEMONYM_FR, _DEMONYM_EN):
        assert nationals <= set(table)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_formats_encodings_and_languages(paths: dict[str, Path]) -> None:
    by = {s.source: s for s in BLIND32_SOURCES}
    assert {s.language for s in BLIND32_SOURCES} == {"es", "fr", "en"}
    assert {s.format for s in BLIND32_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = {(s.encoding, s.delimiter) for s in BLIND32_SOURCES if s.format == "csv"}
    assert csvs == {("cp1252", ";"), ("utf-16", "\t"), ("utf-8", "|")}

    ucrif = paths["ucrif_brigadas_ah"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        ucrif.decode("utf-8")  # single-byte accents
    head = ucrif.decode("cp1252").split("\r\n")[0]
    assert head.split(";")[:3] == ["Nº Atestado", "F. Hechos", "Tipificación (CP)"]
    assert len(head.split(";")) == len(by["ucrif_brigadas_ah"].headers)

    cross = paths["cross_grisnez_ah"].read_bytes()
    assert cross[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM
    head = cross.decode("utf-16").split("\n")[0]
    assert head.split("\t")[:3] == [
        "N° opération",
        "Date/heure (locale)",
        "Qualification retenue (PJ)",
    ]

    dtm = paths["oim_dtm_darien_ah"].read_bytes()
    assert not dtm.startswith(b"\xef\xbb\xbf")
    head = dtm.decode("utf-8").split("\n")[0]
    assert head.split("|")[:3] == ["ID_Registro", "Fecha_evento", "Tipo_caso (TdP/TIM)"]

    assert zipfile.is_zipfile(paths["hotline_us_ah"])
    sheet = load_workbook(paths["hotline_us_ah"], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("Case ID", "Date of Incident", "Case Type")

    lines = paths["mmc_4mi_ah"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["incident_id", "incident_date", "incident_type"]
    assert all(isinstance(json.loads(line), dict) for line in lines)


# --------------------------------------------------------------------------------------
# Quirks in the bytes
# --------------------------------------------------------------------------------------
def test_ucrif_quirks(paths: dict[str, Path]) -> None:
    text = paths["ucrif_brigadas_ah"].read_bytes().decode("cp1252")
    assert re.search(r"\d+º \d\d' \d\d'' N - \d+º \d\d' \d\d'' O", text)  # DMS, O = oeste
    assert re.search(r";-?\d+,\d{4} / -?\d+,\d{4};", text)  # decimal commas
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r";\d\.\d{3};", text)  # 1.234 persons
    assert re.search(r";(\d)T \d{4};|;T\d/\d{4};|;\dº trim\. \d{4};", text)
    assert "Ã" in text  # UTF-8 read as cp1252 somewhere upstream
    assert "TOTAL GENERAL" in text
    assert "\r\n;;;;;;;;;;;;;;;\r\n" in text  # the empty row


def test_cross_quirks(paths: dict[str, Path]) -> None:
    text = paths["cross_grisnez_ah"].read_bytes().decode("utf-16")
    assert re.search(r"\d\d°\d\d,\d\d' N - 00\d°\d\d,\d\d' E", text)
    assert re.search(r"N \d\d \d\d\.\d{3} E 00\d \d\d\.\d{3}", text)
    assert re.search(r"\d\d/\d\d/\d{4} \d\dh\d\d", text)
    for word in ("CESEDA", "Angleterre", "néant", "familles avec enfants"):
        assert word in text, word


def test_hotline_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["hotline_us_ah"], read_only=True).active
    assert sheet is not None
    dates = [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2}/(1[3-9]|2\d|3[01])/\d{4}", d) for d in texts)  # m/d/Y
    assert any(
        re.fullmatch(r"(Q\d \d{4}|\d{4} Q\d|\d(st|nd|rd|th) Quarter \d{4})", d) for d in texts
    )
    lons = [r[15] for r in sheet.iter_rows(min_row=2, values_only=True) if len(r) > 15]
    assert any(isinstance(v, str) and v.endswith("° W") for v in lons)


def test_dtm_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["oim_dtm_darien_ah"].read_text(encoding="utf-8")
    assert re.search(r"\|4[4-5]\d{3}\|", text)  # Excel serial dates left as text
    assert re.search(r"\|(I|II|III|IV) trimestre \d{4}\|", text)
    for word in ("|TIM|", "|NNA|", "|ND|ND"):
        assert word in text, word
    rows = truth.loc[truth["source"] == "oim_dtm_darien_ah"]
    assert (rows["n_persons"].dropna().astype(int) >= 1000).any()
    assert re.search(r"\|\d,\d{3}\|", text)  # 3,185 persons


def test_mmc_quirks(paths: dict[str, Path]) -> None:
    records = [json.loads(x) for x in paths["mmc_4mi_ah"].read_text("utf-8").splitlines()]
    gps = [r["incident_gps"] for r in records if r["incident_gps"]]
    assert all(re.fullmatch(r"-?\d+\.\d+ -?\d+\.\d+ \d+\.\d \d+\.\d", g) for g in gps)
    assert any(r["incident_type"] == "smuggling trafficking" for r in records)
    assert any(re.fullmatch(r"[a-z]{3}( [a-z]{3})+", r["transit_countries"] or "") for r in records)
    assert any(
        re.fullmatch(r".+T\d\d:\d\d:\d\d\.000[+-]\d\d:00", r["incident_date"] or "")
        for r in records
    )
    assert any(r["num_people"] == "dont_know" for r in records)


def test_messiness_tags(truth: pd.DataFrame) -> None:
    tags = ";".join(tags_of(truth).dropna())
    for tag in (
        "demonym",
        "mojibake",
        "dms_coords",
        "deg_dec_min",
        "kobo_geopoint",
        "excel_serial",
        "us_month_first",
        "month_only",
        "quarter_only",
        "zero_word",
        "na_word",
        "count_placeholder",
        "suspects_placeholder",
        "coords_placeholder",
        "blank_gender",
    ):
        assert tag in tags, tag
