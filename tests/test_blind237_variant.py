"""The examiner's sample set ``blind237`` (files ``*_ie.*``) keeps what it promises.

Five North American desks (a Guatemalan consular network, a Spanish-language US newsroom,
a Montréal criminology database, a US forced-labour NGO and a private intelligence feed)
write the true events their own way. These tests check the files and the truth only:
nothing here cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind237"
SEED = 237
N_EVENTS = 1500
SMALL_SEED = 2371
SMALL_EVENTS = 400
SOURCES = (
    "minex_gt_consular",
    "telemundo_investiga",
    "cicc_udem",
    "verite_incidents",
    "rane_worldview",
)
#: Fields every kept row gives exactly as the event has them.
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _raw_csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ie", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ie", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every desk first reports some events, even in a small set
        assert (_rows(truth, source)["expected_status"] == "record").sum() > 0, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["source"]) == set(SOURCES)
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source"]
    assert set(empty) == {"telemundo_investiga", "cicc_udem", "verite_incidents"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"minex_gt_consular", "rane_worldview"}


# --------------------------------------------------------------------------------------
# Guatemala's consular network: XLSX, Spanish, Excel dates, demonyms, no coordinates
# --------------------------------------------------------------------------------------
def test_minex_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths["minex_gt_consular"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["No. Caso", "Fecha del hecho", "Lugar"]
    assert "Grupo etario" in header
    assert "Latitude" not in header
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 100
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(43000 < d < 46500 for d in serials)  # Excel day numbers of 2017-2027
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"(1[3-9]|2\d|3[01])/\d\d/\d{4}", d) for d in text)  # day first
    frame = pd.read_excel(paths["minex_gt_consular"], dtype=str)
    assert frame["Grupo etario"].isin(["NNA", "Adultos y NNA"]).any()
    assert {"guatemalteca", "mexicana", "hondureña"} <= set(frame["Nacionalidad"])
    assert (frame["Presuntos tratantes / coyotes"] == "ninguno").any()
    assert frame["Países de tránsito"].str.contains(" - ").any()
    own = _rows(truth, "minex_gt_consular")
    kept = own.loc[own["expected_status"] != "quarantine"]
    assert kept["lat"].isna().all()  # a consulate gives the town, not a point
    assert set(kept["detection_country"].dropna()) == {"USA"}


def test_minex_demonyms_expect_the_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_excel(paths["minex_gt_consular"], dtype=str)
    own = _rows(truth, "minex_gt_consular").reset_index(drop=True)
    assert len(frame) == len(own)
    demonym = {"guatemalteca": "GTM", "mexicana": "MEX", "hondureña": "HND"}
    for word, code in demonym.items():
        hit = frame["Nacionalidad"].eq(word) & own["expected_status"].ne("quarantine")
        assert hit.any(), word
        assert (own.loc[hit, "nationality"] == code).all(), word


# --------------------------------------------------------------------------------------
# Telemundo: UTF-8 without BOM, commas, Spanish dates, "lat, lon" cells
# --------------------------------------------------------------------------------------
def test_telemundo_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["telemundo_investiga"].read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert text.splitlines()[0].startswith("ID,Fecha,Delito,")
    frame = _raw_csv(paths["telemundo_investiga"], "utf-8", ",")
    coords = frame["Coordenadas (lat, long)"]
    assert coords.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").sum() > 300
    assert frame["Fecha"].str.contains(r"^\d{1,2} de [a-z]+ de \d{4}$").any()
    assert frame["Fecha"].str.fullmatch(r"[a-z]+ de \d{4}").any()  # month only
    assert frame["Ruta"].str.contains(" > ").any()
    assert frame["Delito"].isin(["Coyotaje", "Contrabando de personas"]).any()
    assert frame["Nacionalidad"].isin(["venezolanos", "senegaleses", "marroquíes"]).any()
    own = _rows(truth, "telemundo_investiga").reset_index(drop=True)
    assert len(frame) == len(own)
    several = own["linked_offences"].fillna("").str.contains("|", regex=False)
    offences = frame.loc[several, "Delitos relacionados"]
    assert offences.str.contains(" y ").all()  # "a, b y c", a sentence (when any)
    big = frame["Migrantes"].str.fullmatch(r"\d{1,2},\d{3}")
    assert big.any()  # US thousands: 1,250 persons
    assert (own.loc[big, "n_persons"].dropna().astype(int) >= 1000).all()


# --------------------------------------------------------------------------------------
# CICC: cp1252, semicolons, CRLF, decimal commas, quarters, "s.o.", mojibake
# --------------------------------------------------------------------------------------
def test_cicc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["cicc_udem"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert b"\r\n" in data
    text = data.decode("cp1252")
    assert text.splitlines()[0].startswith("No_fiche;Date_incident;Type_infraction;")
    frame = _raw_csv(paths["cicc_udem"], "cp1252", ";")
    assert frame["Nb_personnes"].str.fullmatch(r"\d{1,2} \d{3}").any()  # 1 250
    assert (frame["Nb_suspects"] == "aucun").any()
    lat = frame["Latitude"]
    assert lat.str.fullmatch(r"-?\d+,\d{4}").sum() > 200
    assert frame["Date_incident"].str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Date_incident"].str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ \d{4}").any()
    assert (frame["Forme_exploitation"] == "s.o.").any()
    assert frame["Type_infraction"].eq("Passage de clandestins").any()
    assert "Ã" in text  # UTF-8 pasted into the cp1252 file
    own = _rows(truth, "cicc_udem").reset_index(drop=True)
    assert len(frame) == len(own)
    quarter = frame["Date_incident"].str.fullmatch(r"T[1-4] \d{4}")
    kept = quarter & own["expected_status"].ne("quarantine")
    assert (own.loc[kept, "date_precision"] == "quarter").all()
    moji = tags_of(own).str.contains("mojibake")
    assert moji.any()


# --------------------------------------------------------------------------------------
# Verité: UTF-16 with BOM, tabs, US month-first dates
# --------------------------------------------------------------------------------------
def test_verite_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["verite_incidents"].read_bytes()
    assert data.startswith(b"\xff\xfe")  # Excel's "Unicode text"
    text = data.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Case ID", "Date Identified", "Case Type"]
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    slashed = frame["Date Identified"].str.extract(r"^(\d\d)/(\d\d)/(\d{4})$").dropna()
    assert (slashed[0].astype(int) <= 12).all()  # month first throughout
    assert (slashed[1].astype(int) > 12).any()
    own = _rows(truth, "verite_incidents").reset_index(drop=True)
    assert len(frame) == len(own)
    is_day = frame["Date Identified"].str.fullmatch(r"\d\d/\d\d/\d{4}") & own["expected_status"].ne(
        "quarantine"
    )
    want = pd.to_datetime(frame.loc[is_day, "Date Identified"], format="%m/%d/%Y")
    got = pd.to_datetime(own.loc[is_day, "event_date"])
    assert (want == got).all()
    assert frame["Country Where Identified"].isin(["UK", "Great Britain"]).any()
    assert not frame["Country Where Identified"].eq("England").any()


# --------------------------------------------------------------------------------------
# RANE: JSON lines, ISO codes, arrays, UTC timestamps
# --------------------------------------------------------------------------------------
def test_rane_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["rane_worldview"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    own = _rows(truth, "rane_worldview")
    assert len(recs) == len(own)
    codes = {r["country_code"] for r in recs if r.get("country_code")}
    assert codes
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert {"GR", "HR"} <= codes
    assert any(isinstance(r.get("route_iso3"), list) for r in recs)
    times = [r["event_time"] for r in recs if isinstance(r.get("event_time"), str)]
    assert any(t.endswith("Z") for t in times)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", t) for t in times)
    assert any(r.get("persons_involved") == "unknown" for r in recs)
    detected = set(own.loc[own["expected_status"] == "record", "detection_country"].dropna())
    assert {"GRC", "HRV", "POL"} <= detected
