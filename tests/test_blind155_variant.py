"""The examiner set ``blind155`` (files ``*_fa.*``) keeps what it promises.

Five agencies of the Darién and its liaison desks: COMBIFRON (Colombia–Panama, XLSX),
Costa Rica's migration police at Paso Canoas (CSV, UTF-8 with BOM, comma), the DHS
intelligence desk on the Southwest Border (JSON lines, UTF-8), the French liaison bureau
at Europol (CSV, cp1252, semicolon) and an open-source event database (JSON lines, ASCII
escapes). These tests check the files and the truth; none of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind155 import make_blind155

VARIANT = "blind155"
SEED = 155
N_EVENTS = 1500
SMALL_SEED = 1551
SMALL_EVENTS = 400
SOURCES = ("combifron", "ppm_pasocanoas", "dhs_ia_swb", "bdl_france_europol", "janes_events")
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees-minutes-seconds rounding and the database's four decimals stay well within this.
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


def _csv_lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fa", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_fa", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, _ = check_reports_of_events(paths, truth, FIELDS)
    assert set(ok["source"]) == set(SOURCES)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, SMALL_EVENTS), (3, 300)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind155(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        kept = sub.expected["expected_status"].isin(["record", "duplicate"])
        assert kept.any(), sub.filename


def test_routing(truth: pd.DataFrame) -> None:
    firsts = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    firsts = firsts.loc[firsts["event_id"].notna()]
    by_country = firsts.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_country["combifron"] == {"PAN"}
    assert by_country["dhs_ia_swb"] == {"USA"}
    assert by_country["bdl_france_europol"] == {"FRA"}
    assert by_country["janes_events"].isdisjoint({"PAN", "USA", "FRA"})
    # Costa Rica's migration police only ever reports Darién events a second time.
    ppm = truth.loc[truth["source"] == "ppm_pasocanoas"]
    assert set(ppm["expected_status"]) == {"duplicate", "quarantine"}
    assert set(ppm.loc[ppm["expected_status"] == "quarantine", "messiness"]) == {"garbage_row"}
    assert set(ppm["detection_country"].dropna()) == {"PAN"}


def test_planted_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    joined = ";".join([*tags, *truth["messiness"].fillna("")])
    for tag in (
        "excel_date",
        "excel_serial",
        "date_text",
        "demonym_nationality",
        "no_accent",
        "coords_dms",
        "coords_placeholder",
        "coords_missing",
        "date_us",
        "iso_datetime",
        "iso2_nationality",
        "date_dmy_unpadded",
        "mojibake",
        "iso3_nationality",
        "decimal_comma",
        "date_quarter",
        "date_month",
        "alias",
        "typo",
        "count_words",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "unknown_word",
        "exact_repeat",
        "garbage_row",
        "bad_row",
    ):
        assert tag in joined, tag
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_combifron_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["combifron"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("No. REGISTRO", "FECHA DEL HECHO", "PAÍS DEL HECHO", "COORDENADAS")
    assert {"CAPTURADOS", "GRUPO ETARIO", "NACIONALIDAD", "DELITOS CONEXOS"} <= set(header)
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[A-Z]+ DE 20\d\d", d) for d in dates)
    dms = re.compile(r"\d\d°\d\d'\d\d\"[NS] \d{3}°\d\d'\d\d\"[EW]")
    coords = [r[3] for r in rows[1:] if isinstance(r[3], str)]
    assert sum(bool(dms.fullmatch(c)) for c in coords) > 0.9 * len(coords)
    values = {v for r in rows[1:] for v in r if isinstance(v, str)}
    assert {"VENEZOLANA", "NNA", "TOTAL GENERAL"} <= values
    assert any(isinstance(r[6], int) for r in rows[1:])  # counts are numbers
    assert any(isinstance(r[6], str) and r[6].endswith(" MIGRANTES") for r in rows[1:])


def test_ppm_csv(paths: dict[str, Path]) -> None:
    raw = paths["ppm_pasocanoas"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    lines = _csv_lines(paths["ppm_pasocanoas"], "utf-8-sig")
    header = lines[0].split(",")
    assert header[:3] == ["Número de caso", "Fecha de detección", "País de detección inicial"]
    assert not any("coorden" in h.lower() or "latitud" in h.lower() for h in header)
    frame = pd.read_csv(paths["ppm_pasocanoas"], encoding="utf-8-sig", dtype=str)
    dates = frame["Fecha de detección"].dropna()
    dates = dates[dates.str.match(r"^\d{1,2}[/-]\d{1,2}[/-]\d{4}$")]
    days = dates.str.split(r"[/-]", regex=True).str[0].astype(int)
    assert (days > 12).any()  # day first
    assert "Tráfico ilícito de migrantes" in set(frame["Tipo penal"])
    assert set(frame["País de detección inicial"].dropna()) <= {"Panamá", "panamá", "Panama"}


def test_dhs_jsonl(paths: dict[str, Path]) -> None:
    rows = _jsonl(paths["dhs_ia_swb"])
    assert list(rows[0])[:4] == [
        "incident_id",
        "incident_date",
        "activity_type",
        "exploitation_type",
    ]
    dates = [str(r["incident_date"]) for r in rows if r["incident_date"]]
    us = [d for d in dates if re.fullmatch(r"\d\d/\d\d/20\d\d", d)]
    assert us
    assert any(int(d[3:5]) > 12 for d in us)  # month first
    assert all(int(d[:2]) <= 12 for d in us)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT00:00:00", d) for d in dates)
    citizenship = {r["citizenship"] for r in rows}
    assert citizenship & {"MX", "GT", "HN", "VE", "EC"}
    kinds = {r["activity_type"] for r in rows}
    assert "Alien smuggling" in kinds
    geo = [str(r["geo"]) for r in rows if r["geo"]]
    assert all(re.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+", g) for g in geo)
    assert any(isinstance(r["total_individuals"], int) for r in rows)


def test_bdl_csv(paths: dict[str, Path]) -> None:
    raw = paths["bdl_france_europol"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0].split(";")
    assert header[:3] == ["Réf. BDL", "Date des faits", "Qualification"]
    assert {"Nb MEC", "Pays de constatation", "Latitude", "Longitude"} <= set(header)
    frame = pd.read_csv(paths["bdl_france_europol"], sep=";", encoding="cp1252", dtype=str)
    lat = frame["Latitude"].dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()  # decimal commas
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert "Ã" in text  # some names pasted from a UTF-8 export
    assert {"AESI", "néant"} <= set(frame.stack())


def test_janes_jsonl(paths: dict[str, Path]) -> None:
    raw = paths["janes_events"].read_bytes()
    raw.decode("ascii")  # non-ASCII letters are \u escapes, as the API sends them
    assert b"\\u00" in raw
    rows = _jsonl(paths["janes_events"])
    assert list(rows[0])[:4] == ["event_id", "date", "country", "event_type"]
    dates = [str(r["date"]) for r in rows if r["date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    names = {str(r["nationality"]) for r in rows} | {str(r["origin"]) for r in rows}
    assert names & {"Ivory Coast", "Turkey", "Syrian Arab Republic", "UK", "Viet Nam"}
    assert any(isinstance(r["latitude"], float) for r in rows)
