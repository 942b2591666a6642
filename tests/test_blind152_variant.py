"""The examiner set ``blind152`` (files ``*_ex.*``): what the files and their truth promise.

Five South-East Asian liaison desks (PCTC Manila, the Lao police attaché in Paris, the
Malaysian immigration liaison in London, the Philippine police attaché in Madrid, the
Indonesian immigration attaché in Mexico City). These tests check the files' bytes and
the ground truth; none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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

VARIANT = "blind152"
SEED = 152
N_EVENTS = 1500
SMALL_SEED = 1521
SMALL_EVENTS = 400

SOURCES = ("pctc_manila", "lao_msp_paris", "jim_london", "pnp_madrid", "imigrasi_mexico")
#: Fields every desk writes as the event has them (no gap planted).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: four decimals, or decimal minutes to 0.01'.
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV as written, every cell text, the empty row kept; index = source_row."""
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, 2 + len(frame))
    return frame


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index(rows["source_row"].astype(int))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ex", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ex", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_reports_events(small: dict[str, Path]) -> None:
    rows = _truth(small)
    firsts = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(firsts) == set(SOURCES)


def test_exact_repeats_only_in_resent_files(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"pctc_manila_ex.jsonl", "jim_london_ex.xlsx"}
    assert repeats.value_counts().min() >= 3


# --------------------------------------------------------------------------------------
# PCTC Manila: JSON lines, UTF-8, ISO codes, ISO dates, degrees and decimal minutes
# --------------------------------------------------------------------------------------
def test_pctc_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pctc_manila"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert list(lines[0])[:3] == ["pctc_ref", "incident_date", "offense"]
    rows = _rows_of(truth, "pctc_manila_ex.jsonl")
    assert len(lines) == len(rows)
    dates = {str(r["incident_date"]) for r in lines if r["incident_date"] is not None}
    assert all(re.fullmatch(r"\d{4}-\d\d(-\d\d)?|Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    positions = [r["position"] for r in lines if r["position"]]
    assert all(re.fullmatch(r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]", p) for p in positions)
    nats = {r["nationality"] for r in lines}
    assert {"AFG", "BGD", "TUN"} <= nats  # ISO alpha-3 mostly
    assert any(
        isinstance(r["victims_or_migrants"], str) and "pax" in r["victims_or_migrants"]
        for r in lines
    )
    assert any(isinstance(r["victims_or_migrants"], int) for r in lines)
    numeric = {r["origin"] for r in lines} & {"012", "004", "368", "760", "788", "050"}
    assert numeric  # UN M49 / ISO numeric codes now and then
    smuggling = [
        r
        for r, (_, t) in zip(lines, rows.iterrows(), strict=True)
        if t["crime_type"] == "smuggling"
    ]
    assert {r["exploitation_type"] for r in smuggling} == {"N/A"}


# --------------------------------------------------------------------------------------
# Lao police attaché, Paris: French, cp1252, ";", CRLF, mojibake
# --------------------------------------------------------------------------------------
def test_lao_csv_bytes(paths: dict[str, Path]) -> None:
    raw = paths["lao_msp_paris"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accented letters are single cp1252 bytes
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° de dossier", "Date des faits", "Nature de l'infraction"]
    assert "Pays de constatation" in header
    assert "Tranche d'âge" in header
    assert "Ã" in text  # names pasted from a UTF-8 system


def test_lao_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["lao_msp_paris"], "cp1252", ";")
    rows = _rows_of(truth, "lao_msp_paris_ex.csv")
    assert len(frame) == len(rows)
    ok = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[ok, "Date des faits"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/\d\d(\d\d)?")
    month = dates.str.fullmatch(r"[a-zéû]+ \d{4}")
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert (day_first | month | quarter).all()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    days = pd.to_datetime(dates[day_first], format="mixed", dayfirst=True)
    true = pd.to_datetime(rows.loc[dates[day_first].index, "event_date"])
    assert ((days - true).abs() <= pd.Timedelta(days=0)).all()
    lat = frame.loc[ok, "Latitude"]
    assert lat[lat != ""].str.fullmatch(r"\d+,\d{4}").all()
    moji = rows.loc[rows["tags"].str.contains("mojibake")].index
    assert len(moji) > 0
    assert frame.loc[moji].apply(lambda r: r.str.contains("Ã").any(), axis=1).all()
    assert frame.loc[ok, "Nationalité"].isin(["afghane", "irakienne", "iranienne"]).any()


# --------------------------------------------------------------------------------------
# Malaysian immigration liaison, London: XLSX, Malay / English headers, Excel dates
# --------------------------------------------------------------------------------------
def test_jim_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["jim_london"]).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    assert all(" / " in h for h in header)  # Malay / English
    assert header[1] == "Tarikh Kejadian / Date of Incident"
    body = values[1:]
    rows = _rows_of(truth, "jim_london_ex.xlsx")
    assert len(body) == len(rows)
    dates = [r[1] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2
    texts = {d for d in dates if isinstance(d, str)}
    assert any(re.fullmatch(r"Q[1-4] \d{4}", t) for t in texts)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in texts)
    sexes = {r[6] for r in body}
    assert {"Lelaki / Male", "Perempuan / Female"} & sexes
    transit = {r[12] for r in body if r[12]}
    assert any(" > " in t for t in transit)
    assert any(r[5] in ("nil", "Tiada / nil") for r in body)
    lats = [r[14] for r in body[:-1] if r[14] is not None]
    assert all(isinstance(v, float) for v in lats)


# --------------------------------------------------------------------------------------
# Philippine police attaché, Madrid: UTF-16 "Unicode text", tab, Spanish legal words
# --------------------------------------------------------------------------------------
def test_pnp_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pnp_madrid"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    frame = _csv(paths["pnp_madrid"], "utf-16", "\t")
    assert frame.columns[:3].tolist() == ["Nº Ref.", "Fecha de los hechos", "Tipología delictiva"]
    rows = _rows_of(truth, "pnp_madrid_ex.csv")
    assert len(frame) == len(rows)
    ok = rows.loc[rows["expected_status"] != "quarantine"].index
    coords = frame.loc[ok, "Coordenadas"]
    pairs = coords[~coords.isin(["", "s/d"])]
    assert pairs.str.fullmatch(r"-?\d+,\d{4} / -?\d+,\d{4}").all()
    assert (coords == "s/d").any()
    sex = frame.loc[ok, "Sexo"]
    female = rows.loc[ok, "gender"] == "female"
    assert set(sex[female]) - {"", "desconocido", "s/d"} <= {
        "mujeres",
        "M",
        "femenino",
        "MUJERES",
        "FEMENINO",
        "m",
    }
    assert (sex[female] == "M").any()  # M = mujer in a Spanish file
    months = frame.loc[ok, "Fecha de los hechos"].str.fullmatch(r"[a-z]+ de \d{4}")
    assert months.any()
    assert (rows.loc[ok[months.to_numpy()], "date_precision"] == "month").all()
    assert frame["Tipología delictiva"].str.contains("ciudadanos extranjeros").any()


# --------------------------------------------------------------------------------------
# Indonesian immigration attaché, Mexico City: UTF-8 BOM, ",", Excel serials, N/D
# --------------------------------------------------------------------------------------
def test_imigrasi_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["imigrasi_mexico"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNo. Laporan (Folio),")
    frame = _csv(paths["imigrasi_mexico"], "utf-8-sig", ",")
    rows = _rows_of(truth, "imigrasi_mexico_ex.csv")
    assert len(frame) == len(rows)
    ok = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[ok, "Fecha del evento"]
    serial = dates.str.fullmatch(r"\d{5}")
    assert serial.mean() > 0.5
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates[serial].astype(int), unit="D")
    true = pd.to_datetime(rows.loc[dates[serial].index, "event_date"])
    assert (days.to_numpy() == true.to_numpy()).all()
    assert (
        dates.str.fullmatch(r"\d\d/\d\d/\d{4}") | serial | dates.str.fullmatch(r"\d\d/\d{4}")
    ).all()
    transit = frame.loc[ok, "Países de tránsito"]
    assert transit[transit != ""].str.fullmatch(r"[A-Z]{2}(/[A-Z]{2})*").all()
    assert (frame.loc[ok, "Grupo de edad"] == "NNA").any()
    assert (frame.loc[ok, "Latitud"] == "N/D").any()
    placeholder = rows.loc[ok][rows.loc[ok, "tags"].str.contains("count_placeholder")].index
    assert frame.loc[placeholder, "Núm. de personas"].isin(["N/D", "por confirmar"]).all()
    bad = rows.loc[rows["expected_reason"] == "bad_date"].index
    assert frame.loc[bad, "Fecha del evento"].eq("#¡VALOR!").all()


# --------------------------------------------------------------------------------------
# The truth of the planted habits
# --------------------------------------------------------------------------------------
def test_partial_dates_never_on_duplicated_events(truth: pd.DataFrame) -> None:
    partial = truth["date_precision"].isin(["month", "quarter"])
    dup_events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert not truth.loc[partial, "event_id"].isin(dup_events).any()


def test_words_for_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    na = ok & tags.str.contains("na_word")
    assert na.any()
    assert (truth.loc[na, ["age_group", "transport_mode"]] == "unknown").any(axis=1).all()
    unknown_nat = ok & tags.str.contains("blank_nationality")
    assert truth.loc[unknown_nat, "nationality"].isna().all()
    coords = ok & tags.str.contains("coords_placeholder")
    assert coords.any()
    assert truth.loc[coords, ["lat", "lon"]].isna().all().all()


def test_country_styles_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth).str.split(";").explode()
    for tag in ("demonym", "iso2", "iso3", "numeric", "alias", "typo", "mojibake", "upper"):
        assert (tags == tag).any(), tag
    for tag in ("excel_serial", "two_digit_year", "month_only", "quarter_only", "ddm"):
        assert (tags == tag).any(), tag
