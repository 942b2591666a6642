"""Examiner set ``blind417`` (files ``*_pc.*``): five food-delivery platform sources.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

VARIANT = "blind417"
SEED = 417
N_EVENTS = 1500
SMALL_SEED = 4171
SMALL_EVENTS = 400

GOPUFF = "gopuff_uk_courier_integrity"
FRICHTI = "frichti_conformite_livreurs"
RXD = "ridersxderechos_registro"
NURM = "ni_un_repartidor_menos"
DPE = "delivery_platforms_europe"
SOURCES = (GOPUFF, FRICHTI, RXD, NURM, DPE)
#: Fields every row that is not quarantined gives exactly as the event has them.
FIELDS = ("crime_type", "exploitation", "origin_country", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pc", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_pc", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-4)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-4)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_records_at_every_size(tmp_path_factory: pytest.TempPathFactory) -> None:
    for n, seed in ((300, 1), (400, SMALL_SEED), (1500, SEED)):
        sized = write(tmp_path_factory, VARIANT, seed=seed, n_events=n)
        truth = _truth(sized)
        kept = truth.loc[truth["expected_status"] == "record", "source"]
        assert set(kept) == set(SOURCES), n


def test_destination_where_the_source_has_the_column(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    gopuff = ok["source"] == GOPUFF  # the UK tracker has no destination column
    assert ok.loc[gopuff, "destination_country"].isna().all()
    other = ok.loc[~gopuff]
    want = events.loc[other["event_id"], "destination_country"].to_numpy()
    assert (other["destination_country"].to_numpy() == want).all()


def test_routing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(where).groupby(first["source"].to_numpy()).unique()
    assert set(by_source[GOPUFF]) == {"GBR"}
    assert set(by_source[FRICHTI]) == {"FRA"}
    assert set(by_source[RXD]) == {"ESP"}
    assert set(by_source[NURM]) == {"PAN", "USA"}
    assert set(by_source[DPE]) == {"ITA", "GRC", "HRV", "POL"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {DPE}
    assert set(events.loc[cross["event_id"], "detection_country"]) <= {"FRA", "ESP"}


def test_exact_repeats_only_in_resent_files(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {FRICHTI, DPE}
    assert len(repeats) >= 3


# --------------------------------------------------------------------------------------
# Gopuff UK: Excel export, English
# --------------------------------------------------------------------------------------
def test_gopuff_excel_cells(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[GOPUFF], read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[0]
    rows = [r + [None] * (len(header) - len(r)) for r in rows]  # short rows: trailing blanks
    assert header[:3] == ["Case Ref", "Date Identified", "Case Category"]
    assert "No. Suspects (Account Holders/Facilitators)" in header
    assert "Destination" not in " ".join(str(h) for h in header)
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)  # typed, day first
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # Excel serials
    count_col = header.index("No. Individuals")
    assert any(isinstance(r[count_col], int) for r in rows[1:])
    nat = header.index("Nationality")
    assert {"Vietnamese", "Iranian"} & {r[nat] for r in rows[1:]}
    route = header.index("Transit Route")
    assert any(isinstance(r[route], str) and " > " in r[route] for r in rows[1:])
    lat = header.index("Last GPS Lat")
    assert any(isinstance(r[lat], float) and 50 < r[lat] < 56 for r in rows[1:])
    crime = {r[header.index("Case Category")] for r in rows[1:]}
    assert {"MSHT", "Facilitation"} <= crime


def test_gopuff_month_dates_expect_month_start(paths: dict[str, Path]) -> None:
    rows = _rows_of(paths, GOPUFF)
    month = rows.loc[tags_of(rows).str.contains("month_date")]
    month = month.loc[month["expected_status"] != "quarantine"]
    assert len(month) > 0
    assert (month["date_precision"] == "month").all()
    assert month["event_date"].str.endswith("-01").all()


# --------------------------------------------------------------------------------------
# Frichti: French Excel CSV
# --------------------------------------------------------------------------------------
def test_frichti_bytes(paths: dict[str, Path]) -> None:
    raw = paths[FRICHTI].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier;Date des faits;Qualification;")
    assert "\r\n" in text
    frame = _csv(paths[FRICHTI], "cp1252", ";")
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}|").all()  # decimal comma
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert {"Aide à l'entrée irrégulière", "TEH"} & set(frame["Qualification"])
    assert frame["Nationalité"].isin(["Afghane", "Iranien", "Irakien", "Afghan"]).any()


def test_frichti_short_years_and_words_are_read_as_the_event(paths: dict[str, Path]) -> None:
    rows = _rows_of(paths, FRICHTI)
    tags = tags_of(rows)
    short = rows.loc[tags.str.contains("short_year") & (rows["expected_status"] != "quarantine")]
    assert len(short) > 0
    assert (short["date_precision"] == "day").all()
    quarter = rows.loc[tags.str.contains("quarter_date") & (rows["expected_status"] == "record")]
    assert (quarter["date_precision"] == "quarter").all()


# --------------------------------------------------------------------------------------
# Riders x Derechos: Google Sheets CSV
# --------------------------------------------------------------------------------------
def test_rxd_bytes(paths: dict[str, Path]) -> None:
    raw = paths[RXD].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # Google Sheets writes no BOM
    text = raw.decode("utf-8")
    assert text.startswith("Marca temporal,Nº caso,Fecha de los hechos (aprox.),")
    assert "Ã" in text  # the rows pasted from an older sheet
    frame = _csv(paths[RXD], "utf-8", ",")
    assert not any("Latitud" in c or "Coordenadas" in c for c in frame.columns)
    dates = frame["Fecha de los hechos (aprox.)"]
    assert dates.str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d").mean() > 0.8
    assert dates.str.fullmatch(r"\d/\d{1,2}/20\d\d").any()  # unpadded day
    assert dates.str.fullmatch(r"[a-z]+ de 20\d\d").any()
    assert frame["Marca temporal"].str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d \d\d:\d\d:\d\d|").all()
    assert frame["Países por los que pasó (en orden)"].str.contains(", ").any()


def test_rxd_stamp_is_not_the_event_date(paths: dict[str, Path]) -> None:
    frame = _csv(paths[RXD], "utf-8", ",")
    rows = _rows_of(paths, RXD)
    assert len(frame) == len(rows)
    kept = (rows["expected_status"] == "record") & (rows["date_precision"] == "day")
    stamp = pd.to_datetime(frame.loc[kept, "Marca temporal"], format="%d/%m/%Y %H:%M:%S")
    day = pd.to_datetime(rows.loc[kept, "event_date"])
    assert (stamp.dt.normalize() > day).all()  # sent after the facts, never the event date


def test_rxd_mojibake_rows_expect_the_true_values(paths: dict[str, Path]) -> None:
    frame = _csv(paths[RXD], "utf-8", ",")
    rows = _rows_of(paths, RXD)
    garbled = tags_of(rows).str.contains("mojibake").to_numpy()
    assert garbled.any()
    assert frame.loc[garbled].stack().str.contains("Ã").any()
    ok = rows.loc[garbled & (rows["expected_status"] != "quarantine").to_numpy()]
    assert ok["detection_country"].dropna().eq("ESP").all()


# --------------------------------------------------------------------------------------
# Ni Un Repartidor Menos: Excel "Unicode text" (UTF-16, tabs)
# --------------------------------------------------------------------------------------
def test_nurm_bytes(paths: dict[str, Path]) -> None:
    raw = paths[NURM].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with its BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Folio", "Fecha del evento", "Tipo de delito"]
    frame = _csv(paths[NURM], "utf-16", "\t")
    coords = frame["Coordenadas (lat, long)"]
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -\d+\.\d{5}").mean() > 0.8
    assert (coords == "S/D").any()
    assert frame["País de detección"].isin(["EUA", "EE.UU."]).any()
    assert frame["Nacionalidad"].isin(["venezolana", "venezolano", "hondureño"]).any()
    assert frame["Grupo de edad"].isin(["NNA", "Adultos y NNA"]).any()


def test_nurm_h_m_letters_are_hombre_mujer(paths: dict[str, Path]) -> None:
    frame = _csv(paths[NURM], "utf-16", "\t")
    rows = _rows_of(paths, NURM)
    assert len(frame) == len(rows)
    kept = (rows["expected_status"] != "quarantine").to_numpy()
    sex = frame["Sexo"].to_numpy()
    assert (rows.loc[kept & (sex == "M"), "gender"] == "female").all()
    assert (rows.loc[kept & (sex == "H"), "gender"] == "male").all()
    assert (kept & (sex == "M")).any()
    assert (kept & (sex == "H")).any()


# --------------------------------------------------------------------------------------
# Delivery Platforms Europe: JSON lines
# --------------------------------------------------------------------------------------
def test_dpe_lines(paths: dict[str, Path]) -> None:
    lines = paths[DPE].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"referral_id", "incident_date", "transit_route", "linked_flags"} <= set(recs[0])
    dates = {str(r["incident_date"]) for r in recs}
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert all(isinstance(r["transit_route"], list | None) for r in recs)
    codes = {r["nationality"] for r in recs if r["nationality"]}
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert any(re.fullmatch(r"\d{3}", c) for c in codes)  # ISO numeric, zero-padded
    for r in recs:  # each member platform keeps one convention
        if r["member_platform"] and r["member_platform"].startswith("Bolt"):
            assert re.fullmatch(r"\d{3}", r["detection_country"])


def test_dpe_precision_field_matches_truth(paths: dict[str, Path]) -> None:
    recs = [json.loads(x) for x in paths[DPE].read_text(encoding="utf-8").splitlines()]
    rows = _rows_of(paths, DPE)
    assert len(recs) == len(rows)
    for rec, (_, row) in zip(recs, rows.iterrows(), strict=True):
        if row["expected_status"] != "quarantine":
            assert rec["incident_date_precision"] == row["date_precision"]
