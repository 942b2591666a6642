"""The examiner sample set ``blind176`` (files ``*_fv.*``): what the set promises.

Five desks (PAM CGS, CEPAL-CELADE, APCE, CEI secretariat, UNICRI) write the true events in
their own formats; these tests check the files and the truth only. None of them cleans or
scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind176 import AGENCIES, make_blind176

VARIANT = "blind176"
SEED = 176
N_EVENTS = 1500
SMALL_SEED = 1761
SMALL_EVENTS = 400

SOURCES = (
    "pam_cgs_fv",
    "cepal_celade_fv",
    "apce_migrations_fv",
    "cei_secretariat_fv",
    "unicri_fv",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees: four decimals (PAM) or whole seconds of arc (APCE)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_desks() -> None:
    assert tuple(a.source for a in AGENCIES) == SOURCES
    assert {a.format for a in AGENCIES} == {"csv", "xlsx", "jsonl"}
    assert {a.language for a in AGENCIES} == {"en", "fr", "es"}


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fv", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_fv", n_events=SMALL_EVENTS)
    check_expected_values(small_paths, _truth(small_paths), EXACT_FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events_at_every_size(n_events: int) -> None:
    subs = make_blind176(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        records = sub.expected["expected_status"].eq("record")
        assert records.sum() > 0, (n_events, sub.source)


def test_every_desk_sends_every_kind_of_row(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows_of(truth, source)
        assert {"record", "quarantine"} <= set(rows["expected_status"]), source
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source"]
    assert set(repeats) == {"apce_migrations_fv", "cei_secretariat_fv"}


# --------------------------------------------------------------------------------------
# CEPAL-CELADE: an R write.csv2 export
# --------------------------------------------------------------------------------------
def test_cepal_is_an_r_csv2_export(paths: dict[str, Path]) -> None:
    raw = paths["cepal_celade_fv"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # R writes UTF-8 without a BOM
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("id_evento;fecha_evento;tipo_delito;finalidad_explotacion")
    assert "pais_deteccion_m49" in header
    frame = pd.read_csv(paths["cepal_celade_fv"], sep=";", dtype=str, keep_default_na=False)
    body = frame.loc[frame["id_evento"].str.startswith("CEL-")]
    assert (body == "NA").any().sum() >= 5  # NA in many columns
    assert body["latitud"].str.fullmatch(r"-?\d+,\d{5}|NA").all()
    assert set(body["pais_deteccion_m49"]) - {"NA"} <= {"591", "840"}
    dates = body["fecha_evento"]
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d|\d{4}-\d\d|T[1-4] \d{4}|NA|\d{4}-02-30").all()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert body["grupo_edad"].str.contains("NNA").any()
    assert "Tráfico ilícito de migrantes" in set(body["tipo_delito"])


# --------------------------------------------------------------------------------------
# APCE: French Excel CSV in cp1252 with DMS positions and mojibake
# --------------------------------------------------------------------------------------
def test_apce_is_french_excel_cp1252(paths: dict[str, Path]) -> None:
    raw = paths["apce_migrations_fv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Qualification;")
    frame = pd.read_csv(
        paths["apce_migrations_fv"], sep=";", dtype=str, encoding="cp1252", keep_default_na=False
    )
    body = frame.loc[frame["N° fiche"].str.startswith("AS/MIG/")]
    dms = r"\d{1,3}°\d\d'\d\d\" [NS], \d{1,3}°\d\d'\d\d\" [EW]"
    assert body["Position (DMS)"].str.fullmatch(dms + "|").all()
    assert text.count("Ã") > 0  # names pasted from a UTF-8 page
    assert (body["Auteurs présumés"] == "aucun").any()
    days = body["Date des faits"].str.extract(r"^(\d\d)/(\d\d)/\d{4}$").dropna().astype(int)
    assert (days[0] > 12).any()  # day first ...
    assert (days[1] <= 12).all()  # ... always
    assert body["Date des faits"].str.fullmatch(r"[a-zéû]+ \d{4}").any()  # "mai 2023"


def test_apce_dms_reads_as_the_point(truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "apce_migrations_fv")
    dms = rows.loc[tags_of(truth).loc[rows.index].str.contains("dms:coordinates")]
    assert len(dms) > 0
    # whole seconds of arc: the value read is a multiple of 1/3600 degree
    secs = dms["lat"].astype(float).abs() * 3600
    assert ((secs - secs.round()).abs() < 1e-2).all()


def test_apce_mojibake_is_read_as_the_country(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    moji = truth.loc[tags.str.contains("mojibake:nationality") & truth["source"].eq(SOURCES[2])]
    assert len(moji) > 0
    assert moji["nationality"].str.fullmatch(r"[A-Z]{3}").all()


# --------------------------------------------------------------------------------------
# UNICRI: Excel "Unicode Text" (UTF-16, tab) with UN names and UN table signs
# --------------------------------------------------------------------------------------
def test_unicri_is_utf16_tab_text(paths: dict[str, Path]) -> None:
    raw = paths["unicri_fv"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Case ID", "Date of detection", "Offence"]
    frame = pd.read_csv(
        paths["unicri_fv"], sep="\t", dtype=str, encoding="utf-16", keep_default_na=False
    )
    body = frame.loc[frame["Case ID"].str.startswith("UNICRI/")]
    names = set(body["Country of detection"]) | set(body["Country of destination"])
    assert "United Kingdom of Great Britain and Northern Ireland" in names
    assert (body["Offenders"] == "-").any()
    dates = body["Date of detection"]
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert body["Countries of transit"].str.contains("; ").any()


def test_unicri_signs_mean_nil_and_not_available(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    rows = truth.loc[truth["source"].eq("unicri_fv") & truth["expected_status"].ne("quarantine")]
    nil = rows.loc[tags.loc[rows.index].str.contains("zero_word")]
    assert len(nil) > 0
    assert (nil["n_suspects"] == "0").all()
    assert tags.loc[rows.index].str.contains("un_name").mean() > 0.9


# --------------------------------------------------------------------------------------
# CEI: a database export as JSON lines
# --------------------------------------------------------------------------------------
def test_cei_is_a_database_export(paths: dict[str, Path]) -> None:
    lines = paths["cei_secretariat_fv"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    body = [r for r in rows if str(r["record_uid"]).startswith("CEI-")]
    assert set(rows[0]) >= {"record_uid", "detected_at", "geo_point", "route_iso"}
    day = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:00Z)?|\d{4}-\d\d|0000-00-00")
    assert all(r["detected_at"] is None or day.fullmatch(r["detected_at"]) for r in body)
    assert any("T" in str(r["detected_at"]) for r in body)
    points = [r["geo_point"] for r in body if r["geo_point"] is not None]
    assert all(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}|0,0", p) for p in points)
    assert any(" > " in str(r["route_iso"]) for r in body)
    counts = [r["persons_count"] for r in body if r["persons_count"] is not None]
    words = [c for c in counts if not isinstance(c, int)]  # a count to quarantine
    assert len(words) < len(counts) / 20
    assert set(words) <= {"TBC", "see narrative"}
    codes = {r["citizenship_iso"] for r in body} - {None}
    assert all(re.fullmatch(r"[A-Za-z]{2,3}", c) for c in codes)
    assert any(len(c) == 2 for c in codes)


# --------------------------------------------------------------------------------------
# PAM CGS: a hand-kept workbook
# --------------------------------------------------------------------------------------
def test_pam_workbook_mixes_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["pam_cgs_fv"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("PAM-CGS ref.", "Date of incident")
    body = [r for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("CGS/")]
    kinds = {type(r[1]).__name__ for r in body}
    assert {"datetime", "int", "str"} <= kinds
    texts = [r[1] for r in body if isinstance(r[1], str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", t) for t in texts)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", t) for t in texts)
    lat = header.index("Lat")
    assert all(isinstance(r[lat], float) or r[lat] is None for r in body)
    suspects = header.index("Alleged smugglers / traffickers")
    assert any(r[suspects] == "none" for r in body)


def test_serial_dates_read_as_their_day(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    serial = truth.loc[tags.str.contains("date_serial") & truth["expected_status"].ne("quarantine")]
    assert len(serial) > 0
    assert set(serial["date_precision"]) == {"day"}
