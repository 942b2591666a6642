"""Examiner set ``blind410`` (files ``*_ov.*``): five funfair and showmen's desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind410 import SOURCES, make_blind410

VARIANT = "blind410"
SEED = 410
N_EVENTS = 1500
SMALL_SEED = 4101
SMALL_EVENTS = 400
SUFFIX = "_ov"
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
#: Coordinates are written to five decimals or to a tenth of a second of arc.
TOLERANCE = 1e-3

GB, FR, ES, MX, PA = NAMES


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's rows that are not bad rows (a bad row's cell was overwritten)."""
    keep = (truth["source"] == source) & ~truth["messiness"].fillna("").str.contains("bad_row")
    return truth.loc[keep].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )


def _cells(frame: pd.DataFrame, rows: pd.DataFrame, header: str) -> pd.Series:
    """The cells of ``header`` in the truth ``rows`` (CSV/XLSX: header = row 1)."""
    return frame[header].iloc[rows["source_row"].astype(int).to_numpy() - 2]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind410(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


# --------------------------------------------------------------------------------------
# The truth says what a careful analyst reads
# --------------------------------------------------------------------------------------
def test_partial_dates_and_their_desks(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    days = pd.to_datetime(kept["event_date"])
    partial = kept["date_precision"] != "day"
    assert (days[partial].dt.day == 1).all()
    quarter = kept["date_precision"] == "quarter"
    assert days[quarter].dt.month.isin([1, 4, 7, 10]).all()
    assert set(kept.loc[quarter, "source"]) == {FR}
    assert set(kept.loc[kept["date_precision"] == "month", "source"]) == {GB, FR, ES, MX}
    # both reports of a duplicated event give the day
    cross = kept["expected_reason"] == "cross_source"
    assert (kept.loc[cross, "date_precision"] == "day").all()


def test_tags_keep_to_their_desks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    assert set(truth.loc[tags.str.contains("mojibake:"), "source"]) == {FR}
    assert set(truth.loc[tags.str.contains("demonym:nationality"), "source"]) == {GB, FR, ES, MX}
    assert set(truth.loc[tags.str.contains("excel_serial"), "source"]) == {PA}
    assert set(truth.loc[tags.str.contains("coords_dms"), "source"]) == {PA}
    assert set(truth.loc[tags.str.contains("count_word"), "source"]) <= {FR, ES}
    # an unknown origin or a blank nationality expects nothing
    unknown_origin = tags.str.contains("unknown:origin_country") & (
        truth["expected_status"] != "quarantine"
    )
    assert unknown_origin.any()
    assert truth.loc[unknown_origin, "origin_country"].isna().all()
    # the Guild's log has no destination column
    assert _rows(truth, GB)["destination_country"].isna().all()


def test_cross_source_pairs(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    first = cross["duplicate_of"].str.split(":").str[0]
    pairs = set(zip(first, cross["source_file"], strict=True))
    files = {s.source: s.filename for s in SOURCES}
    allowed = {
        (files[FR], files[GB]),
        (files[GB], files[FR]),
        (files[ES], files[FR]),
        (files[FR], files[ES]),
        (files[PA], files[MX]),
    }
    assert pairs <= allowed
    assert set(truth.loc[truth["expected_reason"] == "exact_repeat", "source"]) == {GB, PA}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_guild_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[GB].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfLog ref,Date of incident,")
    text = raw.decode("utf-8-sig")
    assert "\r\n" not in text
    frame = _csv(paths[GB], "utf-8-sig", ",")
    rows = _rows(truth, GB)
    assert "Destination" not in " ".join(frame.columns)
    dates = frame["Date of incident"].dropna()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/20\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert frame["Route (via)"].str.contains(" > ", regex=False).any()
    assert {"Vietnamese", "Afghan"} & set(frame["Nationality"].str.strip())
    assert frame["Concern"].str.strip().isin(["Clandestine entrants", "Modern slavery"]).any()
    pins = frame["Location (lat, long)"].dropna()
    assert pins.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|n/k").all()
    placeholder = rows["messiness"].fillna("").str.contains("count_placeholder")
    assert set(_cells(frame, rows.loc[placeholder], "No. of people")) <= {"n/k", "Not known"}
    assert frame["Log ref"].dropna().str.fullmatch(r"SGGB/\d\d/\d{4}|TOTAL|Figures.*").all()


def test_forains_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Pays de constatation;")
    assert text.count("\r\n") == text.count("\n")
    assert "Ã" in text  # relayed UTF-8 alerts pasted into the ANSI sheet
    frame = _csv(paths[FR], "cp1252", ";")
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert dates.str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ 20\d\d").any()
    assert frame["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{5}|NC").all()
    assert frame["Pays traversés"].str.contains(" - ", regex=False).any()
    assert {"Italie", "Grèce", "Croatie", "Pologne", "France"} <= set(
        frame["Pays de constatation"].str.strip()
    )
    rows = _rows(truth, FR)
    tags = rows["messiness"].fillna("")
    big = _cells(frame, rows.loc[tags.str.contains("thousands:n_persons")], "Nb personnes")
    assert big.str.fullmatch(r"\d+\u00a0\d{3}").all()
    words = _cells(frame, rows.loc[tags.str.contains("count_word")], "Nb personnes")
    assert len(words) > 0
    assert words.str.fullmatch(r"[a-z]+").all()


def test_feriantes_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[ES])
    sheet = book.worksheets[0]
    data = list(sheet.iter_rows(values_only=True))
    book.close()
    header = list(data[0])
    assert header[:3] == ["Nº expediente", "Fecha del hecho", "Tipología"]
    col = {h: i for i, h in enumerate(header)}
    body = data[1:]
    dates = [r[col["Fecha del hecho"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    text_dates = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d\d", d) for d in text_dates)
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in text_dates)
    counts = [r[col["Nº personas"]] for r in body]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    lats = [r[col["Latitud"]] for r in body]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{5}", v) for v in lats)
    transit = [str(r[col["Países de tránsito"]] or "") for r in body]
    assert any(" y " in t for t in transit)
    rows = _rows(truth, ES)
    big = rows.loc[rows["messiness"].fillna("").str.contains("thousands:n_persons")]
    for row in big["source_row"].astype(int):
        assert re.fullmatch(r"\d+\.\d{3}", str(data[row - 1][col["Nº personas"]]))


def test_operadores_jsonl(paths: dict[str, Path]) -> None:
    lines = paths[MX].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    keys = set(recs[0])
    assert {"folio", "fecha_evento", "tipo_caso", "pais_deteccion", "punto_cruce"} <= keys
    assert all(set(r) == keys for r in recs)
    assert "\\u00" not in paths[MX].read_text(encoding="utf-8")  # accents as UTF-8
    body = [r for r in recs if str(r["folio"]).startswith("AMJM-")]
    dates = [r["fecha_evento"] for r in body if r["fecha_evento"] is not None]
    iso = sum(bool(re.fullmatch(r"20\d\d-\d\d-\d\d", d)) for d in dates)
    assert iso > 0.7 * len(dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert {"EUA", "Estados Unidos"} & {r["pais_deteccion"] for r in body}
    assert any(r["grupo_edad"] == "NNA" for r in body)
    assert sum(isinstance(r["num_personas"], int) for r in body) > 0.9 * len(body)
    assert all(r["latitud"] is None or isinstance(r["latitud"], float) for r in body)


def test_patronato_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PA].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.startswith("No. de reporte\tFecha\tPaís\tDelito\t")
    frame = _csv(paths[PA], "utf-16", "\t")
    dates = frame["Fecha"].dropna()
    assert dates.str.fullmatch(r"4[4-6]\d{3}").any()  # Excel serials of unformatted cells
    assert dates.str.fullmatch(r"\d{2}-[a-z]{3}-20\d\d").any()
    pins = frame["Coordenadas (Google Maps)"].dropna()
    assert pins.str.contains("°", regex=False).any()
    assert pins.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert frame["Nacionalidad"].str.strip().eq("VENEZUELA").any()
    rows = _rows(truth, PA)
    tags = rows["messiness"].fillna("")
    big = _cells(frame, rows.loc[tags.str.contains("thousands")], "Cantidad de personas")
    assert big.str.fullmatch(r"\d+,\d{3}").all()
    zero = _cells(frame, rows.loc[tags.str.contains("zero_word")], "Aprehendidos")
    assert len(zero) > 0
    assert (zero == "Ninguno").all()
