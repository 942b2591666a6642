"""The examiner set ``blind418``: five short-let platforms' trust-and-safety desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
from trendlib.samples._blind418 import SOURCES, make_blind418

VARIANT = "blind418"
SEED = 418
N_EVENTS = 1500
SMALL_SEED = 4181
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv_frame(path: Path, encoding: str, delimiter: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return pd.DataFrame(rows[1:], columns=rows[0])


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_pd", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_pd", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, NAMES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-4)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=1e-4)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_gets_event_rows(n_events: int) -> None:
    subs = make_blind418(make_truth(seed=7, n_events=n_events), seed=7)
    for sub in subs:
        status = sub.expected["expected_status"]
        assert (status == "record").sum() > 0, (sub.source, n_events)


def test_exploitation_is_lost_only_where_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    true = events.loc[ok["event_id"], "exploitation"].reset_index(drop=True)
    lost = tags.str.contains("unknown:exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    assert ok.loc[~lost, "exploitation"].fillna("").equals(true.loc[~lost].fillna(""))
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_bad_dates_are_impossible_or_future(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_reason"].isin(["bad_date", "future_date"])]
    assert set(bad["expected_reason"]) == {"bad_date", "future_date"}
    gites = _csv_frame(paths["gites_de_france_signalements"], "cp1252", ";")
    for row in _rows(truth, "gites_de_france_signalements").itertuples():
        cell = gites.iloc[int(row.source_row) - 2]["Date des faits"]
        if row.expected_reason == "future_date":
            assert pd.to_datetime(cell, dayfirst=True) > pd.Timestamp("2026-01-01")
        elif row.expected_reason == "bad_date":
            with pytest.raises(ValueError):  # 30 February, 31 April ...
                pd.to_datetime(cell, format="%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_booking_json_lines(paths: dict[str, Path]) -> None:
    raw = paths["booking_trust_safety"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(x) for x in raw.decode("utf-8").splitlines()]
    assert list(lines[0]) == [
        "case_id",
        "incident_date",
        "case_category",
        "exploitation_type",
        "persons_involved",
        "suspects_count",
        "persons_gender",
        "persons_age_band",
        "persons_nationality",
        "origin_country",
        "destination_country",
        "listing_country",
        "transit_countries",
        "arrival_mode",
        "listing_lat",
        "listing_lng",
        "related_offences",
    ]
    dates = [d["incident_date"] for d in lines if isinstance(d["incident_date"], str)]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert "0000-00-00" in dates or any(re.fullmatch(r"\d{4}-(02-30|\d\d-31)", d) for d in dates)
    countries = {d["listing_country"] for d in lines} - {None}
    assert {"IT", "GR", "HR", "PL", "US"} <= countries
    assert all(isinstance(d["listing_lat"], float) for d in lines if d["listing_lat"] is not None)
    assert all(
        isinstance(d["persons_involved"], int) for d in lines if d["persons_involved"] is not None
    )
    categories = {d["case_category"] for d in lines} - {None}
    assert categories <= {
        "human_trafficking",
        "migrant_smuggling",
        "human_smuggling",
        "trafficking_and_smuggling",
    }
    assert any(d["case_id"] == "TOTAL" for d in lines)
    transit = [d["transit_countries"] for d in lines if d["transit_countries"]]
    assert any(re.fullmatch(r"[A-Z]{2}(, [A-Z]{2})+", t) for t in transit)
    repeats = _truth(paths).query("expected_reason == 'exact_repeat'")
    assert (repeats["source"] == "booking_trust_safety").sum() >= 3


def test_passthekeys_uk_log(paths: dict[str, Path]) -> None:
    path = paths["passthekeys_safeguarding"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv_frame(path, "utf-8", ",")
    assert list(frame.columns[:4]) == [
        "Safeguarding ref",
        "Date of incident",
        "Concern type",
        "Exploitation type",
    ]
    dates = frame["Date of incident"]
    day_first = dates.str.extract(r"^(\d\d)/(\d\d)/\d{2,4}$").dropna().astype(int)
    assert (day_first[1] <= 12).all()
    assert (day_first[0] > 12).any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert frame["Property country"].isin(["England", "Scotland"]).any()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["No. of suspects"].isin(["Nil", "None", "nil"]).any()
    coords = frame["Location (lat, long)"]
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").mean() > 0.9
    assert (frame["Exploitation type"] == "N/A").any()
    assert frame["Route (via)"].str.contains(" > ").any()
    assert frame["Safeguarding ref"].isin(["TOTAL"]).any()
    assert frame["Safeguarding ref"].str.startswith("OFFICIAL-SENSITIVE").any()


def test_gites_french_register(paths: dict[str, Path]) -> None:
    path = paths["gites_de_france_signalements"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    frame = _csv_frame(path, "cp1252", ";")
    assert frame.columns[0] == "N° signalement"
    assert "Pays du gîte" in frame.columns
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.6
    assert dates.str.fullmatch(
        r"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d\d"
    ).any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert frame["Pays de destination"].eq("Angleterre").any()
    assert frame["Nationalité"].isin(["afghane", "irakienne", "iranienne", "érythréenne"]).any()
    assert frame["Nombre de mis en cause"].isin(["aucun", "néant"]).any()
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"\d+,\d{5}").all()
    assert frame["Nature des faits"].str.contains("entrée irrégulière|passeurs").any()
    assert frame["N° signalement"].eq("Total général").any()


def test_rentalia_spanish_export(paths: dict[str, Path]) -> None:
    path = paths["rentalia_seguridad"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv_frame(path, "utf-8-sig", ";")
    assert frame.columns[0] == "Nº incidencia"
    dates = frame["Fecha del hecho"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d\d-\d\d-20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"[1-4]T 20\d\d").any()
    coords = frame["Coordenadas"].loc[frame["Coordenadas"] != ""]
    assert coords.str.fullmatch(r"-?\d+\.\d{6},-?\d+\.\d{6}").all()
    assert frame["Países de tránsito"].str.lower().eq("directo").any()
    assert frame["Países de tránsito"].str.contains(" - ").any()
    assert frame["Nacionalidad"].isin(["marroquí", "senegalesa", "maliense", "rumana"]).any()
    # the old back office's rows: UTF-8 read as cp1252, the truth reads through it
    truth = _rows(_truth(paths), "rentalia_seguridad")
    garbled = tags_of(truth).str.contains("mojibake")
    assert garbled.sum() >= 5
    assert frame.apply(lambda col: col.str.contains("Ã")).any(axis=1).sum() >= 5
    assert truth.loc[garbled & truth["expected_status"].eq("record"), "crime_type"].notna().all()


def test_compreoalquile_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["compreoalquile_moderacion_pa"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("N° de caso", "Fecha del hecho", "Categoría del reporte")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha del hecho"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 46000 for d in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in texts)
    ages = {r[col["Grupo etario"]] for r in rows[1:]}
    assert {"NNA", "Adultos y NNA"} & ages
    nats = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert {"venezolana", "ecuatoriana", "haitiana", "colombiana"} & nats
    assert any(r[col["Cantidad de sospechosos"]] == "ninguno" for r in rows)
    assert all(
        isinstance(r[col["Latitud"]], float) for r in rows[1:] if r[col["Latitud"]] is not None
    )


def test_truth_reads_what_the_desks_wrote(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    # a demonym, a UK nation, Angleterre and a zero word are read as what they mean
    for tag in ("demonym:nationality", "nation:detection_country", "alias:destination_country"):
        rows = truth.loc[kept & tags.str.contains(tag)]
        assert len(rows) > 0, tag
    nations = truth.loc[kept & tags.str.contains("nation:detection_country")]
    assert (nations["detection_country"] == "GBR").all()
    angleterre = truth.loc[
        kept
        & tags.str.contains("alias:destination_country")
        & truth["source"].eq("gites_de_france_signalements")
    ]
    assert (angleterre["destination_country"] == "GBR").all()
    direct = truth.loc[kept & tags.str.contains("direct_word")]
    assert len(direct) > 0
    assert direct["transit_countries"].isna().all()
    partial = truth.loc[kept & tags.str.contains("partial_date")]
    assert set(partial["date_precision"]) == {"month", "quarter"}
