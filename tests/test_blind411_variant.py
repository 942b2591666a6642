"""The examiner's held-out set ``blind411`` (files ``*_ow.*``): what the set promises.

Five brick, tile and ceramics compliance desks (FFTB, BDA, ASCER, SIP Panamá, Intertek).
These tests check the files and their ground truth; none of them cleans or scores.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind411"
SEED = 411
N_EVENTS = 1500
SMALL_SEED = 4111
SMALL_EVENTS = 400

FFTB = "fftb_conformite_sociale"
BDA = "bda_ethical_sourcing"
ASCER = "ascer_rsc_castellon"
SIP = "sip_panama_cumplimiento"
INTERTEK = "intertek_wca_findings"
SOURCES = (FFTB, BDA, ASCER, SIP, INTERTEK)
#: Fields every row that is not quarantined gives exactly as the event has them.
EXACT_FIELDS = (
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
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    return pd.read_csv(
        io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


def _rows_of(truth: pd.DataFrame, path: Path) -> pd.DataFrame:
    """The truth rows of one file, indexed by their 0-based position in the data."""
    rows = truth.assign(messiness=tags_of(truth)).loc[truth["source_file"] == path.name]
    first = 1 if path.suffix == ".jsonl" else 2
    rows.index = rows["source_row"].astype(int) - first
    return rows.sort_index()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ow", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_ow", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source_file"].value_counts()
    assert len(records) == len(SOURCES)
    assert (records >= 5).all()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_exploitation_is_the_events_or_unknown(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ev.loc[unknown, "crime_type"].isin(["trafficking", "both"]).all()
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_source_reports_first_and_again(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record", "source"].value_counts()
    assert set(first.index) == set(SOURCES)
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert {FFTB, BDA, INTERTEK} <= set(cross)
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {ASCER, INTERTEK}


def test_first_reports_follow_the_detection_country(
    truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    home = {"FRA": FFTB, "GBR": BDA, "ESP": ASCER, "PAN": SIP}
    want = [home.get(c, INTERTEK) for c in country]
    assert first["source"].tolist() == want


# --------------------------------------------------------------------------------------
# FFTB: French, cp1252, ";", CRLF
# --------------------------------------------------------------------------------------
def test_fftb_bytes(paths: dict[str, Path]) -> None:
    raw = paths[FFTB].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.count("\r\n") == text.count("\n")
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:4] == [
        "N° fiche",
        "Date du constat",
        "Qualification des faits",
        "Forme d'exploitation",
    ]
    assert "Nb travailleurs concernés" in header
    assert "Suivi" in header


def test_fftb_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths[FFTB], "cp1252", ";")
    rows = _rows_of(truth, paths[FFTB])
    dates = frame["Date du constat"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(
        r"(janvier|février|mars|avril|mai|juin|juillet|août"
        r"|septembre|octobre|novembre|décembre) 20\d\d"
    ).any()
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()  # decimal commas
    nat = frame["Nationalité"].str.strip().str.lower()
    assert nat.isin(["afghane", "irakienne", "érythréenne", "albanaise", "iranienne"]).any()
    assert frame.apply(lambda c: c.str.contains("Ã")).any().any()  # mojibake
    assert (rows["messiness"].fillna("").str.contains("mojibake")).any()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert (frame["Qualification des faits"] == "aide à l'entrée et au séjour irréguliers").any()


def test_fftb_truth_reads_french_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths[FFTB], "cp1252", ";")
    rows = _rows_of(truth, paths[FFTB])
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    cells = frame.loc[ok.index]
    sexe = cells["Sexe"].str.strip().str.lower()
    assert (ok.loc[sexe == "h", "gender"] == "male").all()
    assert (ok.loc[sexe == "h/f", "gender"] == "mixed").all()
    assert (
        ok.loc[cells["Forme d'exploitation"] == "servitude pour dettes", "exploitation"]
        == "forced_labour"
    ).all()
    quarter = cells["Date du constat"].str.fullmatch(r"T[1-4] 20\d\d")
    assert (ok.loc[quarter, "date_precision"] == "quarter").all()
    assert quarter.any()


# --------------------------------------------------------------------------------------
# BDA: English workbook with Excel dates and DMS map pins
# --------------------------------------------------------------------------------------
def test_bda_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[BDA]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Case ref", "Date identified", "Category"]
    assert "Location (lat, long)" in header
    assert "No. of workers affected" in header
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in text)
    counts = [r[4] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    place = [r[header.index("Location (lat, long)")] for r in rows[1:]]
    assert any(isinstance(p, str) and re.search(r"\d+°\d\d'\d\d\.\d\"[NS]", p) for p in place)
    nat = {r[header.index("Nationality")] for r in rows[1:]}
    assert {"Vietnamese", "Afghan"} & nat
    tagged = _rows_of(truth, paths[BDA])["messiness"].fillna("")
    assert tagged.str.contains("coords_dms").any()


# --------------------------------------------------------------------------------------
# ASCER: Spanish, UTF-8 with BOM, ";"
# --------------------------------------------------------------------------------------
def test_ascer_bytes_and_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ASCER].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths[ASCER], "utf-8-sig", ";")
    assert list(frame.columns[:3]) == ["Nº expediente", "Fecha de detección", "Tipología"]
    assert "Observaciones" in frame.columns
    dates = frame["Fecha de detección"]
    assert dates.str.fullmatch(r"[1-4]T 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-20\d\d").any()
    assert frame["Latitud"].loc[frame["Latitud"] != ""].str.fullmatch(r"-?\d+,\d{5}").all()
    rows = _rows_of(truth, paths[ASCER])
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    sexo = frame.loc[ok.index, "Sexo"].str.strip().str.upper()
    assert (ok.loc[sexo == "M", "gender"] == "female").all()  # M = mujer beside H = hombre
    assert (ok.loc[sexo == "H", "gender"] == "male").all()
    assert (sexo == "M").any()
    big = frame["Nº trabajadores afectados"].str.fullmatch(r"\d{1,2}\.\d{3}")
    assert (ok.loc[big.loc[ok.index], "n_persons"].astype(int) >= 1000).all()


# --------------------------------------------------------------------------------------
# SIP Panamá: Spanish, UTF-16, tab
# --------------------------------------------------------------------------------------
def test_sip_bytes_and_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SIP].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    frame = _csv(paths[SIP], "utf-16", "\t")
    assert list(frame.columns[:3]) == ["No. Caso", "Fecha", "Tipo de delito"]
    dates = frame["Fecha"]
    serial = dates.str.fullmatch(r"4\d{4}")
    assert serial.mean() > 0.3
    assert dates.str.fullmatch(r"20\d\d/\d\d/\d\d").mean() > 0.3
    assert dates.str.fullmatch(r"(I|II|III|IV) trimestre 20\d\d").any()
    rows = _rows_of(truth, paths[SIP])
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    on_serial = serial.loc[ok.index]
    want = (
        pd.Timestamp("1899-12-30")
        + pd.to_timedelta(dates.loc[ok.index][on_serial].astype(int), unit="D")
    ).dt.strftime("%Y-%m-%d")
    assert ok.loc[on_serial, "event_date"].equals(want)
    cells = frame.loc[ok.index]
    assert (ok.loc[cells["Grupo etario"].str.strip() == "NNA", "age_group"] == "child").all()
    sexo = cells["Sexo"].str.strip().str.upper()
    assert (ok.loc[sexo == "M", "gender"] == "male").all()  # M = masculino beside F
    assert frame["Coordenadas (lat, long)"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()


# --------------------------------------------------------------------------------------
# Intertek: JSON lines of English enum codes and ISO / M49 codes
# --------------------------------------------------------------------------------------
def test_intertek_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[INTERTEK].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in recs)
    assert list(recs[0])[:3] == ["finding_id", "identified_on", "audit_type"]
    body = [r for r in recs if r["finding_id"] != "SUMMARY"]
    assert any(r["finding_id"] == "SUMMARY" for r in recs)
    sites = {r["site_country_iso2"] for r in body} - {None}
    assert sites <= {"IT", "GR", "HR", "PL", "US", "GB", "ES", "PA"}
    dest = {r["destination_m49"] for r in body} - {None}
    assert all(re.fullmatch(r"\d{3}", d) for d in dest)
    assert "040" in dest
    assert any(isinstance(r["workers_affected"], int) for r in body)
    assert any(r["site_lat"] == 0 and r["site_lon"] == 0 for r in body)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", str(r["identified_on"])) for r in body)
    rows = _rows_of(truth, paths[INTERTEK])
    zero = [i for i, r in enumerate(recs) if r["site_lat"] == 0 and r["site_lon"] == 0]
    assert rows.loc[zero, "lat"].isna().all()
    assert rows.loc[zero, "messiness"].str.contains("coords_placeholder").all()
    assert zero
