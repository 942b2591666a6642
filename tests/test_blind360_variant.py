"""Examiner's held-out set ``blind360`` (files ``*_mx.*``): five prison intelligence units.

These tests check what the set promises: the files, their encodings, delimiters and
words, and that the truth expects what a careful analyst reads from each cell. None of
them cleans or scores.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples._blind360 import SOURCES, fiscal_quarter, french_number

VARIANT = "blind360"
SEED = 360
N_EVENTS = 1500
SMALL_SEED = 3601
SMALL_EVENTS = 400

BOP, INPEC, CAT, EPI, ICPA = (s.source for s in SOURCES)
NAMES = (BOP, INPEC, CAT, EPI, ICPA)
#: Fields every non-quarantined row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3  # degrees: DMS to a tenth of a second, decimals to 4 or 5 places


# --------------------------------------------------------------------------------------
# Fixtures and readers
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _csv_rows(path: Path, encoding: str, delimiter: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    frame = pd.DataFrame(rows[1:], columns=rows[0])
    frame["source_row"] = range(2, 2 + len(frame))
    return frame


def _xlsx_rows(path: Path) -> pd.DataFrame:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    book.close()
    width = len(rows[0])
    body = [list(r) + [None] * (width - len(r)) for r in rows[1:]]
    frame = pd.DataFrame(body, columns=rows[0], dtype=object)
    frame["source_row"] = range(2, 2 + len(frame))
    return frame


def _jsonl_rows(path: Path) -> pd.DataFrame:
    lines = path.read_text(encoding="utf-8").splitlines()
    frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
    frame["source_row"] = range(1, 1 + len(frame))
    return frame


def _joined(rows: pd.DataFrame, truth: pd.DataFrame, name: str) -> pd.DataFrame:
    """The file's cells beside the truth's rows of the same file, row for row."""
    mine = truth.loc[truth["source_file"].str.startswith(name + ".")].copy()
    mine["source_row"] = mine["source_row"].astype(int)
    assert len(mine) == len(rows)
    return rows.merge(mine, on="source_row", suffixes=("", "_truth"), validate="1:1")


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.loc[frame["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_mx", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_mx", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, NAMES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events(small_paths: dict[str, Path]) -> None:
    truth = _truth(small_paths)
    records = truth.loc[truth["expected_status"] == "record", "source_file"]
    assert set(records.str.split(".").str[0]) == set(NAMES)


def test_unknown_words_only_blank_what_they_say(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = _kept(truth).reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    # exploitation: none for smuggling, "unknown" only where the unit wrote an unknown word
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown_word:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown & ~smuggling, "exploitation"].equals(
        ev.loc[~unknown & ~smuggling, "exploitation"]
    )
    for col in ("origin_country", "destination_country"):
        unknown = tags.str.contains(f"unknown_word:{col}")
        assert unknown.any(), col
        assert ok.loc[unknown, col].isna().all(), col
        assert ok.loc[~unknown, col].equals(ev.loc[~unknown, col]), col


def test_exact_repeats_repeat_their_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for src in (s for s in SOURCES if s.repeats):
        rows = _csv_rows(paths[src.source], src.encoding, src.delimiter or ",")
        by_row = rows.set_index("source_row")
        mine = truth.loc[
            (truth["source_file"] == src.filename) & (truth["expected_reason"] == "exact_repeat")
        ]
        assert len(mine) >= 3
        for rep, first in zip(mine["source_row"], mine["duplicate_of"], strict=True):
            first_row = int(first.split(":")[1])
            assert by_row.loc[int(rep)].tolist() == by_row.loc[first_row].tolist()


# --------------------------------------------------------------------------------------
# US Federal Bureau of Prisons, SIS referrals: UTF-8 CSV, month-first dates, fiscal year
# --------------------------------------------------------------------------------------
def test_bop_utf8_comma_us_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BOP].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.startswith(b"SIS Referral No.,Incident Date,Institution,Offense Category")
    text = raw.decode("utf-8")
    for word in ("8 U.S.C. 1324", "Juvenile", "UAC", "Tractor-trailer", "LAW ENFORCEMENT"):
        assert word in text, word
    rows = _joined(_csv_rows(paths[BOP], "utf-8", ","), truth, BOP)
    kept = _kept(rows)
    # country names are mostly upper case, the way the legacy system keeps them
    upper = kept["Country of Encounter"].str.fullmatch(r"[A-Z .]+")
    assert upper.mean() > 0.4
    # the coordinates are one "lat, long" cell
    pair = kept["Lat/Long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}")
    assert pair.sum() > 0.9 * len(kept)


def test_bop_dates_are_month_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_csv_rows(paths[BOP], "utf-8", ","), truth, BOP))
    parts = rows["Incident Date"].str.extract(r"^(\d{1,2})/(\d{1,2})/(\d{4})$").dropna()
    assert len(parts) > 0.85 * len(rows)
    month, day, year = (parts[i].astype(int) for i in range(3))
    assert (day > 12).sum() > 20  # the order shows in the file
    assert (month <= 12).all()
    written = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": day}))
    expected = pd.to_datetime(rows.loc[parts.index, "event_date"])
    assert (written == expected).all()
    assert (rows["Incident Date"].str.fullmatch(r"\d/\d{1,2}/\d{4}")).any()  # unpadded


def test_bop_fiscal_quarters(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_csv_rows(paths[BOP], "utf-8", ","), truth, BOP))
    fy = rows.loc[rows["Incident Date"].str.startswith("FY")]
    assert len(fy) > 0
    assert (fy["date_precision"] == "quarter").all()
    for cell, day in zip(fy["Incident Date"], fy["event_date"], strict=True):
        start = pd.Timestamp(day)
        assert start.is_quarter_start
        assert fiscal_quarter(start) == cell  # the calendar quarter the fiscal one names
    assert fiscal_quarter(pd.Timestamp("2021-10-01")) == "FY2022 Q1"


# --------------------------------------------------------------------------------------
# INPEC prison intelligence: XLSX, Colombian Spanish
# --------------------------------------------------------------------------------------
def _dms(cell: str) -> tuple[float, float]:
    pat = r"(\d+)°(\d+)'([\d.]+)\"([NS]) (\d+)°(\d+)'([\d.]+)\"([EWO])"
    m = re.fullmatch(pat, cell)
    assert m is not None, cell
    g = m.groups()
    lat = (int(g[0]) + int(g[1]) / 60 + float(g[2]) / 3600) * (1 if g[3] == "N" else -1)
    lon = (int(g[4]) + int(g[5]) / 60 + float(g[6]) / 3600) * (1 if g[7] == "E" else -1)
    return lat, lon


def test_inpec_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_xlsx_rows(paths[INPEC]), truth, INPEC))
    dates = rows["Fecha del hecho"]
    is_dt = dates.map(lambda v: isinstance(v, dt.datetime))
    is_serial = dates.map(lambda v: isinstance(v, int))
    assert is_dt.mean() > 0.5
    assert is_serial.any()
    assert (
        pd.to_datetime(dates[is_dt].tolist()).normalize()
        == pd.to_datetime(rows.loc[is_dt, "event_date"])
    ).all()
    serial_day = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates[is_serial].astype(int), "D")
    assert (serial_day.to_numpy() == pd.to_datetime(rows.loc[is_serial, "event_date"])).all()
    roman = dates.astype(str).str.fullmatch(r"(I|II|III|IV) trimestre de \d{4}")
    assert roman.any()
    assert (rows.loc[roman, "date_precision"] == "quarter").all()
    # words of the Colombian penal code and of its child-protection law
    assert rows["Delito"].str.contains("188").any()
    assert (rows["Grupo etario"] == "NNA").any()
    assert (rows.loc[rows["Grupo etario"] == "NNA", "age_group"] == "child").all()
    adjectives = rows["Nacionalidad"].astype(str).str.lower() == "venezolana"
    assert adjectives.any()
    assert (rows.loc[adjectives, "nationality"] == "VEN").all()


def test_inpec_coordinates_in_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_xlsx_rows(paths[INPEC]), truth, INPEC))
    cells = rows["Coordenadas"].dropna().astype(str)
    dms = cells.loc[cells.str.contains("°")]
    assert len(dms) > 0.5 * len(cells)
    assert dms.str.endswith('"O').any()  # Oeste
    assert dms.str.endswith('"W').any()
    for idx, cell in dms.items():
        lat, lon = _dms(cell)
        assert abs(lat - float(rows.at[idx, "lat"])) < 1e-6
        assert abs(lon - float(rows.at[idx, "lon"])) < 1e-6
        assert lon < 0


# --------------------------------------------------------------------------------------
# Catalonia's prison administration: JSON lines, Spanish keys, WKT points
# --------------------------------------------------------------------------------------
def test_catalan_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CAT].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    first = json.loads(raw.decode("utf-8").splitlines()[0])
    assert list(first)[:4] == [
        "expediente",
        "fecha_hecho",
        "centro_penitenciario",
        "tipologia_delictiva",
    ]
    rows = _kept(_joined(_jsonl_rows(paths[CAT]), truth, CAT))
    assert rows["paises_transito"].map(lambda v: isinstance(v, list)).all()
    direct = rows["paises_transito"].map(len) == 0
    assert rows.loc[direct, "transit_countries"].isna().all()
    assert rows["delitos_conexos"].map(lambda v: isinstance(v, list)).all()
    assert rows["tipologia_delictiva"].str.contains("318 bis").any()


def test_catalan_points_are_lon_lat(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_jsonl_rows(paths[CAT]), truth, CAT))
    pts = rows["geometria"].dropna().str.extract(r"^POINT \((-?[\d.]+) (-?[\d.]+)\)$").dropna()
    assert len(pts) > 0.9 * len(rows)
    assert ((pts[0].astype(float) - rows.loc[pts.index, "lon"].astype(float)).abs() < 1e-9).all()
    assert ((pts[1].astype(float) - rows.loc[pts.index, "lat"].astype(float)).abs() < 1e-9).all()
    empty = rows["geometria"] == "POINT EMPTY"
    assert rows.loc[empty, ["lat", "lon"]].isna().all().all()


def test_catalan_sex_letters_are_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_jsonl_rows(paths[CAT]), truth, CAT))
    assert (rows.loc[rows["sexo"] == "M", "gender"] == "female").all()  # M = mujer
    assert (rows.loc[rows["sexo"] == "H", "gender"] == "male").all()  # H = hombre
    assert (rows["sexo"] == "M").any()
    assert (rows["sexo"] == "H").any()
    numeric = rows["nacionalidad"].astype(str).str.fullmatch(r"\d{3}")
    assert numeric.any()  # ISO 3166 numeric codes, kept as text with their zeros
    assert rows.loc[numeric, "nationality"].notna().all()


# --------------------------------------------------------------------------------------
# Belgium's prison administration: cp1252, semicolons, CRLF, Belgian legal French
# --------------------------------------------------------------------------------------
def test_belgian_cp1252_semicolon(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[EPI].read_bytes()
    assert raw.startswith("N° fiche;Date des faits;Établissement".encode("cp1252"))
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rows = _kept(_joined(_csv_rows(paths[EPI], "cp1252", ";"), truth, EPI))
    lat = rows["Latitude"].loc[rows["Latitude"] != ""]
    assert lat.str.fullmatch(r"\d+,\d{5}").all()  # decimal commas
    text = "\n".join(rows.drop(columns=list(truth.columns)).astype(str).sum(axis=1))
    assert "Ã" in text  # some rows pasted from a UTF-8 file


def test_belgian_legal_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_csv_rows(paths[EPI], "cp1252", ";"), truth, EPI))
    qual = rows["Qualification"].str.lower()
    trafic = qual.str.contains("trafic d") & ~qual.str.contains("traite|teh")
    assert trafic.any()
    assert (rows.loc[trafic, "crime_type"] == "smuggling").all()  # Belgian law: smuggling
    traite = qual.str.contains("traite") & ~qual.str.contains("trafic")
    assert (rows.loc[traite, "crime_type"] == "trafficking").all()
    mena = rows["Âge"].str.strip().str.lower() == "mena"
    assert (rows.loc[mena, "age_group"] == "child").all()


def test_belgian_counts_in_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(_csv_rows(paths[EPI], "cp1252", ";"), truth, EPI))
    words = {french_number(n): n for n in range(100)}
    spelt = rows["Nbre suspects"].isin(list(words))
    assert spelt.any()
    got = rows.loc[spelt, "Nbre suspects"].map(words).astype(str)
    assert got.equals(rows.loc[spelt, "n_suspects"])
    assert french_number(75) == "septante-cinq"
    assert french_number(91) == "nonante et un"


# --------------------------------------------------------------------------------------
# ICPA members' digest: UTF-16 tab-separated text, British English
# --------------------------------------------------------------------------------------
def test_digest_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ICPA].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with its mark
    header = raw.decode("utf-16").splitlines()[0]
    assert header.split("\t")[:3] == ["Digest ref", "Reporting member", "Date of event"]
    rows = _kept(_joined(_csv_rows(paths[ICPA], "utf-16", "\t"), truth, ICPA))
    route = rows["Route (transit)"]
    arrows = route.str.contains(" > ")
    assert arrows.any()
    n_written = route.loc[arrows].str.count(" > ") + 1
    n_true = rows.loc[arrows, "transit_countries"].str.count(r"\|") + 1
    assert n_written.equals(n_true)  # in order, one name per country
    west = rows["Location (lat/long)"].str.contains(r"\d\s?°?W$|W$", regex=True)
    assert west.any()
    assert (rows.loc[west, "lon"].astype(float) < 0).all()
    assert set(rows["Reporting member"]) >= {"IT", "EL", "HR", "PL", "UK"}
