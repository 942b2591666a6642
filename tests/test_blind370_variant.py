"""The examiner set ``blind370`` (files ``*_nh.*``): campsite, caravan-park and hostel sources.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
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
from trendlib.samples._blind370 import SOURCES, make_blind370

VARIANT = "blind370"
SEED = 370
N_EVENTS = 1500
SMALL_SEED = 3701
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_nh", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_source_reports(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_nh", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for n_events in (300, 400, 1500):
        subs = make_blind370(make_truth(seed=SMALL_SEED, n_events=n_events), seed=SMALL_SEED)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").any(), (n_events, sub.filename)
    assert set(rows["source"]) == set(NAMES)


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(country, index=first["source"].to_numpy()).groupby(level=0).unique()
    assert set(by_source["camc_safeguarding"]) == {"GBR"}
    assert set(by_source["fnhpa_vigilance"]) == {"FRA"}
    assert set(by_source["feec_campings"]) == {"ESP"}
    assert set(by_source["nps_imars_le"]) == {"USA"}
    assert set(by_source["hi_safeguarding_digest"]) <= {"ITA", "GRC", "HRV", "POL", "PAN"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"hi_safeguarding_digest"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_camc_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["camc_safeguarding"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    rows = [tuple(r) + (None,) * (len(head) - len(r)) for r in rows]  # short total row
    assert head[:3] == ["Incident No.", "Date of incident", "Concern category"]
    assert "Site country" in head
    assert "Site latitude" in head
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Date of incident"]] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[A-Z][a-z]{2,3} 20\d\d", d) for d in typed)
    nations = {r[col["Site country"]] for r in rows[1:]}
    assert {"England", "Scotland"} <= nations
    nats = {r[col["Nationality"]] for r in rows[1:]}
    assert nats & {"Afghan", "Vietnamese", "Iranian", "Iraqi", "Eritrean", "Albanian"}
    counts = [r[col["No. of persons"]] for r in rows[1:] if r[col["No. of persons"]] is not None]
    assert any(isinstance(c, int) for c in counts)
    assert "Nil" in {r[col["No. of suspected perpetrators"]] for r in rows[1:]}
    assert "Organised immigration crime" in {r[col["Concern category"]] for r in rows[1:]}


def test_fnhpa_csv(paths: dict[str, Path]) -> None:
    raw = paths["fnhpa_vigilance"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date des faits;")
    assert "\r\n" in text
    assert "Ã" in text  # names imported as mojibake
    frame = _csv(paths["fnhpa_vigilance"], "cp1252", ";")
    lat = frame["Latitude"].loc[frame["Latitude"].str.contains(r"\d")]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()  # decimal commas
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    nats = set(frame["Nationalité"].str.lower())
    assert nats & {"afghan", "afghane", "iranien", "irakien", "érythréen", "érythréenne"}
    assert set(frame["Nb de mis en cause"]) & {"aucun", "néant"}
    assert set(frame["Destination déclarée"]) & {"Angleterre", "Royaume-Uni"}


def test_feec_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["feec_campings"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with BOM, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    assert text.startswith("Nº expediente\tFecha de los hechos\t")
    frame = _csv(paths["feec_campings"], "utf-16", "\t")
    dates = frame["Fecha de los hechos"]
    assert dates.str.fullmatch(r"20\d\dT[1-4]").any()  # INE quarter
    assert dates.str.fullmatch(r"4[4-5]\d{3}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d\d-\d\d-20\d\d").any()
    assert dates.str.fullmatch(r"[a-z]+ de 20\d\d").any()
    assert {"H", "M"} <= set(frame["Sexo"])
    coords = frame["Coordenadas (lat, long)"]
    assert coords.str.contains("°").any()  # degrees, minutes, seconds
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d+").any()
    assert frame["Nº de personas"].str.fullmatch(r"\d\.\d{3}").any()  # 1.250
    nats = set(frame["Nacionalidad"])
    assert nats & {"marroquí", "senegalés", "senegalesa", "maliense", "argelino", "rumana"}
    assert "ninguno" in set(frame["Nº de presuntos autores"])


def test_nps_month_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["nps_imars_le"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8").startswith("Case/Incident Number,Incident Date,Offense,")
    frame = _csv(paths["nps_imars_le"], "utf-8", ",")
    days = frame["Incident Date"].str.extract(r"^(\d\d)/(\d\d)/(20\d\d)").dropna().astype(int)
    assert (days[0] <= 12).all()  # month first
    assert (days[1] > 12).any()
    assert frame["Offense"].str.contains("8 USC 1324").any()
    assert frame["Citizenship"].isin(["MEXICO", "GUATEMALA", "HONDURAS"]).any()
    assert frame["GPS Location"].str.fullmatch(r"N\d+\.\d{5} W\d+\.\d{5}").any()
    assert frame["Age Category"].isin(["Juvenile", "UAC"]).any()
    # month-first dates in the truth too: a written day matches its expected day
    rows = _rows(truth, "nps_imars_le")
    day = rows.loc[rows["date_precision"] == "day"]
    assert len(day) > 100


def test_hi_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["hi_safeguarding_digest"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "incident_date", "case_category"]
    data = [r for r in recs if r["case_id"] != "TOTAL"]
    assert all(r["transit"] is None or isinstance(r["transit"], list) for r in data)
    assert any(isinstance(r["transit"], list) and len(r["transit"]) > 1 for r in data)
    origins = {r["origin_m49"] for r in data}
    assert all(re.fullmatch(r"\d{3}", o) for o in origins)
    countries = {r["country"] for r in data if r["country"]}
    assert {"IT", "GR", "HR", "PL", "PA", "UK"} <= countries
    dates = [r["incident_date"] for r in data if r["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert recs[-1]["case_id"] == "TOTAL" or any(r["case_id"] == "TOTAL" for r in recs)


def test_tags_say_what_was_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    planted = set(";".join(tags.dropna()).split(";"))
    for tag in (
        "demonym",
        "adjective",
        "mojibake",
        "nation_name",
        "month_first",
        "excel_serial",
        "quarter_ine",
        "quarter_t",
        "quarter_q",
        "m49",
        "dms",
        "hemisphere",
        "decimal_comma",
        "city_destination",
        "count_word",
        "json_list",
        "zero_word",
        "na_word",
        "blank_gender",
        "count_placeholder",
    ):
        assert tag in planted, tag


def test_unknown_cells_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    city = ok & tags.str.contains("city_destination")
    assert (truth.loc[city, "destination_country"] == "USA").all()
    nation = ok & tags.str.contains("nation_name")
    assert (truth.loc[nation, "detection_country"] == "GBR").all()
    placeholder = ok & tags.str.contains("coords_placeholder|coords_missing")
    assert truth.loc[placeholder, ["lat", "lon"]].isna().all().all()
