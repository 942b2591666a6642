"""The ``blind31`` examiner set: files and ground truth only (nothing here cleans or scores).

Five sources (files ``*_ag.*``): the Lebanese FSI (French, cp1252, ``;``), the Spanish
conviction registry SIRAJ (Spanish, XLSX), the Chadian police judiciaire (French, UTF-8,
``|``), the KRG Ministry of Interior liaison cell (English, UTF-16, tab) and an open-source
incident dataset (English, JSON lines).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
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

from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind31 import BLIND31_SOURCES, make_blind31

VARIANT = "blind31"
SEED = 31
N_EVENTS = 1500
SMALL_SEED = 211
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND31_SOURCES)
#: Fields every row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates as written are within this many degrees of the true point.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv_frame(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    return pd.DataFrame(rows[1:], columns=rows[0])


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ag", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ag", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small_paths, small, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_seeds_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert {p.name for k, p in out.items() if k in SOURCES} == {
            s.filename for s in BLIND31_SOURCES
        }


# --------------------------------------------------------------------------------------
# Languages, formats, encodings as claimed
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_blind31(make_truth(seed=SEED, n_events=300), seed=SEED)
    claimed = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in BLIND31_SOURCES}
    assert {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs} == claimed
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3


def test_fsi_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["fsi_liban"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("N° Procès-verbal;Date des faits;")
    assert "\r\n" in text


def test_tchad_is_utf8_pipe(paths: dict[str, Path]) -> None:
    raw = paths["pn_tchad"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("N° PV|Date interpellation|Nature infraction")


def test_krg_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["krg_moi"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:2] == ["Case No.", "Date of incident (dd/mm/yyyy) / بەروار"]
    assert "Nationality / ڕەگەزنامە" in header  # bilingual English / Kurdish (Sorani)


def test_siraj_is_spanish_xlsx(paths: dict[str, Path]) -> None:
    assert paths["siraj_penados"].read_bytes()[:2] == b"PK"
    sheet = load_workbook(paths["siraj_penados"]).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    assert header[:3] == ("Nº Ejecutoria", "Órgano sentenciador", "F. Hechos")


def test_gitoc_is_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["gitoc_osint"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert {"incident_id", "incident_date", "geom_wkt", "transit"} <= set(records[0])


# --------------------------------------------------------------------------------------
# Quirks in the bytes, and the truth that goes with them
# --------------------------------------------------------------------------------------
def test_fsi_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv_frame(paths["fsi_liban"], "cp1252", ";")
    coords = frame["Coordonnées du lieu"]
    assert coords.str.contains(r"^\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"E$", regex=True).any()
    assert coords.str.contains(r"^N \d\d°\d\d,\d{3}' E \d{3}°\d\d,\d{3}'$", regex=True).any()
    assert frame["Finalité de l'exploitation"].eq("s.o.").any()
    assert frame["Nb personnes concernées"].str.contains(r"\(dont \d+ mineurs\)").any()
    assert frame["Nb mis en cause"].isin(["néant", "aucun"]).any()
    assert frame["Qualification pénale"].str.contains("164/2011").any()
    # A DMS cell says the expected point to the second of arc.
    rows = _rows_of(truth, "fsi_liban")
    dms = re.compile(r"^(\d+)°(\d\d)'(\d\d)\"N (\d+)°(\d\d)'(\d\d)\"E$")
    checked = 0
    for i, cell in enumerate(coords):
        m = dms.match(cell)
        if m is None or rows.loc[i, "expected_status"] == "quarantine":
            continue
        d1, m1, s1, d2, m2, s2 = (int(g) for g in m.groups())
        assert abs(d1 + m1 / 60 + s1 / 3600 - float(rows.loc[i, "lat"])) < 1e-9
        assert abs(d2 + m2 / 60 + s2 / 3600 - float(rows.loc[i, "lon"])) < 1e-9
        checked += 1
    assert checked > 20


def test_siraj_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["siraj_penados"]).active
    assert sheet is not None
    body = list(sheet.iter_rows(values_only=True))[1:]
    dates = [r[2] for r in body]
    oracle = re.compile(r"^\d\d-(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-\d\d$")
    assert any(isinstance(d, str) and oracle.match(d) for d in dates)
    assert any(isinstance(d, datetime.datetime) for d in dates)
    rows = _rows_of(truth, "siraj_penados")
    serials = [(i, d) for i, d in enumerate(dates) if isinstance(d, int)]
    assert serials
    for i, d in serials:  # a bare Excel serial is the expected day
        want = rows.loc[i, "event_date"]
        if rows.loc[i, "expected_status"] != "quarantine":
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=d) == pd.Timestamp(want)
    crimes = [str(r[3]) for r in body]
    assert any("318 bis" in c.lower() for c in crimes)
    assert any(re.search(r"177 bis\.1\.[a-e]\) CP", c) for c in crimes)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept[["lat", "lon"]].isna().all().all()  # the registry holds no coordinates
    assert tags_of(kept).str.contains("coords_missing").all()


def test_tchad_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv_frame(paths["pn_tchad"], "utf-8", "|")
    assert frame["N° PV"].str.contains(r"^\d{3}/MSPI/DGPN/DPJ/\d{4}$").any()
    assert frame["Latitude"].str.contains(r"^\d+,\d{4,5}$").any()
    assert frame["Sexe"].isin(["M", "F"]).any()
    assert frame["Sexe"].eq("M et F").any()
    assert frame["Nationalité"].eq("Nigérian").any()
    rows = _rows_of(truth, "pn_tchad")
    kept = rows["expected_status"].ne("quarantine")
    comma = frame["Latitude"].str.fullmatch(r"\d+,\d{4,5}").fillna(False) & kept
    lat = frame.loc[comma, "Latitude"].str.replace(",", ".").astype(float)
    assert (lat - rows.loc[comma, "lat"].astype(float)).abs().max() < 1e-9


def test_krg_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv_frame(paths["krg_moi"], "utf-16", "\t")
    assert frame["Country of origin"].str.contains(r"\(KRI\)").any()
    assert frame["No. of smugglers/suspects"].isin(["nil", "none"]).any()
    assert frame["Route (transit countries)"].str.contains(" > ").any()
    assert (
        frame["Date of incident (dd/mm/yyyy) / بەروار"]
        .str.contains(r"^Q\d \d{4}$|^Q\d/\d{4}$")
        .any()
    )
    rows = _rows_of(truth, "krg_moi")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 1
    kept = rows["expected_status"].ne("quarantine")
    gps = frame["GPS (lat, long)"]
    plain = gps.str.fullmatch(r"-?\d+\.\d+, ?-?\d+\.\d+").fillna(False) & kept
    lat = gps[plain].str.split(",").str[0].astype(float)
    assert (lat - rows.loc[plain, "lat"].astype(float)).abs().max() < 1e-9


def test_gitoc_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["gitoc_osint"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    rows = _rows_of(truth, "gitoc_osint")
    assert len(records) == len(rows)
    wkt = re.compile(r"^POINT \((-?\d+\.\d+) (-?\d+\.\d+)\)$")
    checked = 0
    for rec, (_, row) in zip(records, rows.iterrows(), strict=True):
        m = wkt.match(rec.get("geom_wkt") or "")
        if m and row["expected_status"] != "quarantine":  # WKT is (lon lat)
            assert abs(float(m.group(1)) - float(row["lon"])) < 1e-9
            assert abs(float(m.group(2)) - float(row["lat"])) < 1e-9
            checked += 1
    assert checked > 100
    assert any(isinstance(r.get("transit"), list) and len(r["transit"]) > 1 for r in records)
    dates = {r.get("incident_date") for r in records}
    assert any(isinstance(d, str) and re.fullmatch(r"\d{4}-Q\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 1


def test_partial_dates_are_month_or_quarter_starts(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    for prec, rule in (("month", "MS"), ("quarter", "QS")):
        days = pd.to_datetime(kept.loc[kept["date_precision"] == prec, "event_date"])
        assert len(days) > 0
        assert (days == days.dt.to_period(rule[0]).dt.start_time).all()
