"""The examiner set ``blind424`` (files ``*_pj.*``): print and glass trade desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind424 import SOURCES, make_blind424

VARIANT = "blind424"
SEED = 424
N_EVENTS = 1500
SMALL_SEED = 4241
SMALL_EVENTS = 400
SUFFIX = "_pj"
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

BPIF, ARC, NEOBIS, VITRO, INTERGRAF = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small_paths, NAMES, small)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small_paths, small, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_gets_event_rows(n_events: int) -> None:
    subs = make_blind424(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_compilation_reports_what_no_desk_does(truth: pd.DataFrame) -> None:
    events = truth.loc[truth["expected_status"] == "record"]
    det = events.dropna(subset=["detection_country"])
    national = {"GBR": BPIF, "FRA": ARC, "ESP": NEOBIS, "USA": VITRO, "PAN": VITRO}
    for iso, source in national.items():
        assert set(det.loc[det["detection_country"] == iso, "source"]) == {source}, iso
    compiled = set(det.loc[det["source"] == INTERGRAF, "detection_country"])
    assert compiled == {"ITA", "GRC", "HRV", "POL"}


def test_every_bad_kind_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbage = truth.loc[tags.str.contains("garbage_row")]
    assert {"empty_row", "no_content", "no_date"} <= set(garbage["expected_reason"])
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {BPIF, INTERGRAF}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_bpif_utf8_bom_commas_uk_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BPIF].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("BPIF Ref,Date Identified,Concern Type")
    frame = pd.read_csv(paths[BPIF], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date Identified"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert frame["Route (via)"].str.contains(" > ").any()
    assert (
        frame["Nationality"]
        .isin(["Afghan", "Albanian", "Eritrean", "Iraqi", "Iranian", "Syrian", "Vietnamese"])
        .any()
    )
    assert frame["Country Identified"].isin(["UK", "England", "Scotland"]).any()
    assert frame["BPIF Ref"].str.match(r"BPIF-MS-\d{4}-\d{4}$").sum() > 50
    tags = tags_of(_rows(truth, BPIF))
    assert tags.str.contains("month_only|quarter_only").any()
    assert tags.str.contains("date_long").any()


def test_arc_cp1252_semicolons_decimal_comma(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ARC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° main courante;Date du constat;")
    frame = pd.read_csv(paths[ARC], dtype=str, sep=";", encoding="cp1252", keep_default_na=False)
    lat = frame["Latitude"]
    assert lat.str.fullmatch(r"\d+,\d{5}").sum() > 50
    assert frame["Pays traversés"].str.contains(" / ").any()
    assert frame["Destination déclarée"].str.contains("Royaume-Uni|Angleterre|RU").any()
    # rows pasted from a UTF-8 mail: accented words garbled, the truth reads through them
    rows = _rows(truth, ARC)
    garbled = rows.loc[tags_of(rows).str.contains("mojibake")]
    assert len(garbled) > 0
    assert "Ã" in text
    kept = garbled.loc[garbled["expected_status"] != "quarantine"]
    assert kept["crime_type"].notna().all()


def test_neobis_workbook_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[NEOBIS], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de detección", "Tipología")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds
    assert any(isinstance(d, str) and " de 20" in d for d in dates)  # "mayo de 2023"
    counts = [r[4] for r in rows[1:] if len(r) > 4]
    assert any(isinstance(c, int) for c in counts)
    words = {str(r[2]) for r in rows[1:] if len(r) > 2}
    assert any("318 bis" in w for w in words)
    tags = tags_of(_rows(truth, NEOBIS))
    assert tags.str.contains("excel_serial").any()


def test_vitro_utf16_tabs_mexican_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[VITRO].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.splitlines()[0].startswith("Folio\tFecha del incidente\t")
    frame = pd.read_csv(paths[VITRO], dtype=str, sep="\t", encoding="utf-16", keep_default_na=False)
    assert frame["País destino"].isin(["EUA", "E.U.A.", "EE.UU."]).any()
    assert frame["Nacionalidad"].isin(["guatemalteca", "hondureña", "mexicana", "venezolana"]).any()
    assert frame["Sexo"].isin(["H", "M"]).any()
    assert frame["Coordenadas (lat, long)"].str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").any()
    assert frame["Fecha del incidente"].str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    rows = _rows(truth, VITRO)
    placeholder = rows.loc[tags_of(rows).str.contains("coords_placeholder")]
    assert len(placeholder) > 0
    assert placeholder[["lat", "lon"]].isna().all().all()


def test_intergraf_json_lines_iso2(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[INTERGRAF].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_id", "date_detected", "offence_category"]
    det = {r["country_detected"] for r in records}
    assert {"IT", "GR", "HR", "PL"} <= det
    dates = [str(r["date_detected"]) for r in records if r["date_detected"]]
    assert any(d.startswith("Q") or "-Q" in d for d in dates)
    assert any(len(d) == 7 for d in dates)  # "2023-05"
    words = {r["offence_category"] for r in records}
    assert "traite des êtres humains" in words or "trafic de migrants" in words
    rows = _rows(truth, INTERGRAF)
    assert (rows["date_precision"] == "quarter").any()


def test_headers_in_each_desks_language() -> None:
    subs = make_blind424(make_truth(seed=SMALL_SEED, n_events=300), seed=SMALL_SEED)
    by = {s.source: s for s in subs}
    assert by[BPIF].language == "en"
    assert "Sex" in by[BPIF].frame.columns
    assert by[ARC].language == "fr"
    assert "Sexe" in by[ARC].frame.columns
    assert by[NEOBIS].language == "es"
    assert "Sexo" in by[NEOBIS].frame.columns
    assert by[VITRO].encoding == "utf-16"
    assert by[VITRO].delimiter == "\t"
    assert by[INTERGRAF].format == "jsonl"
    assert "sex" in by[INTERGRAF].frame.columns
