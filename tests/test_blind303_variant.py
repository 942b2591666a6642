"""The examiner's held-out sample set ``blind303`` (files ``*_ks.*``): what the set promises.

Five compliance desks of waste and recycling operators (Biffa, Paprec, FCC Medio Ambiente,
AAUD Panamá, Veolia's vigilance platform). These tests check the files and the truth only;
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

from trendlib.samples import make_truth
from trendlib.samples._blind303 import SOURCES as KS_SOURCES
from trendlib.samples._blind303 import make_blind303

VARIANT = "blind303"
SEED = 303
N_EVENTS = 1500
SMALL_SEED = 3031
SMALL_EVENTS = 400
SOURCES = ("biffa", "paprec", "fcc_medio_ambiente", "aaud", "veolia_vigilance")
#: Fields every kept row gives exactly as the event (never blanked nor unknown).
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


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


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_desks() -> None:
    assert tuple(s.source for s in KS_SOURCES) == SOURCES
    assert {Path(s.filename).suffix for s in KS_SOURCES} == {".csv", ".xlsx", ".jsonl"}
    assert all(Path(s.filename).stem == f"{s.source}_ks" for s in KS_SOURCES)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ks", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ks", n_events=SMALL_EVENTS)


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


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind303(make_truth(seed=seed, n_events=n_events), seed=seed)
    for sub in subs:
        kinds = set(sub.expected["expected_status"])
        assert "record" in kinds, sub.filename


def test_exploitation_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Exploitation is the event's, "unknown" where the row says not known, NA for smuggling."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    true = events.loc[kept["event_id"], "exploitation"].reset_index(drop=True)
    unknown = tags_of(truth).loc[truth["expected_status"] != "quarantine"]
    unknown = unknown.reset_index(drop=True).str.contains("unknown:exploitation")
    assert (kept.loc[unknown, "exploitation"] == "unknown").all()
    assert kept.loc[~unknown, "exploitation"].equals(true.loc[~unknown])
    smuggling = kept["crime_type"] == "smuggling"
    assert kept.loc[smuggling, "exploitation"].isna().all()


def test_partial_dates_only_in_single_reports(truth: pd.DataFrame) -> None:
    """Both reports of a duplicated event give the day; months and quarters are single reports."""
    pairs = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"]), "event_id"]
    assert not set(partial) & pairs
    assert set(_rows_of(truth, "veolia_vigilance")["date_precision"].dropna()) == {
        "day",
        "month",
        "quarter",
    }


def test_routing(truth: pd.DataFrame) -> None:
    """Each desk first reports its own country's events; Veolia compiles the rest."""
    first = truth.loc[truth["expected_status"] == "record"]
    own = {"biffa": {"GBR"}, "paprec": {"FRA"}, "fcc_medio_ambiente": {"ESP"}, "aaud": {"PAN"}}
    for source, countries in own.items():
        seen = set(_rows_of(first, source)["detection_country"].dropna())
        assert seen <= countries, source
    veolia = set(_rows_of(first, "veolia_vigilance")["detection_country"].dropna())
    assert veolia == {"ITA", "GRC", "HRV", "POL", "USA"}
    dup_sources = set(truth.loc[truth["expected_reason"] == "cross_source", "source"])
    assert dup_sources <= {"biffa", "veolia_vigilance"}
    repeats = set(truth.loc[truth["expected_reason"] == "exact_repeat", "source"])
    assert repeats == {"fcc_medio_ambiente", "veolia_vigilance"}


# --------------------------------------------------------------------------------------
# Each agency's quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_biffa_bytes(paths: dict[str, Path]) -> None:
    raw = paths["biffa"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident No.,Date of Incident,")
    assert '"Location (Lat, Long)"' in header
    frame = pd.read_csv(paths["biffa"], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date of Incident"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.5  # day first
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    assert frame["Country of Origin"].ne("").any()
    assert frame["Nationality"].isin(["Afghan", "Iranian", "Iraqi", "Albanian"]).any()
    assert frame["No. of Suspected Facilitators"].isin(["Nil", "None"]).any()
    assert frame["Route (Countries Transited)"].str.contains(" > ").any()
    pair = frame["Location (Lat, Long)"]
    assert pair.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").mean() > 0.8
    assert frame["Incident Category"].isin(["Clandestine entrants", "Modern slavery"]).any()
    assert frame["Incident No."].str.match(r"SHEQ-20\d\d-\d{4}").mean() > 0.9


def test_paprec_bytes(paths: dict[str, Path]) -> None:
    raw = paths["paprec"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a Windows code page, not UTF-8
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("N° de signalement;Date des faits;")
    frame = pd.read_csv(paths["paprec"], dtype=str, sep=";", encoding="cp1252")
    frame = frame.fillna("")
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    assert frame["Latitude"].str.fullmatch(r"\d+,\d{5}").mean() > 0.8  # decimal comma
    assert frame["Nationalité"].str.islower().any()  # afghane, irakien ...
    assert frame["Nombre de mis en cause"].isin(["Aucun", "Néant"]).any()
    assert frame["Pays de destination"].isin(["Angleterre", "Grande-Bretagne", "UK"]).any()
    assert frame["Sexe"].str.strip().isin(["H", "F", "Mixte", "H/F"]).mean() > 0.5


def test_fcc_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["fcc_medio_ambiente"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº Expediente", "Fecha del suceso", "Centro de trabajo / Contrata")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    lat = [r[header.index("Latitud")] for r in rows[1:]]
    assert sum(isinstance(v, float) for v in lat) > 0.6 * len(lat)
    words = {str(v) for r in rows[1:] for v in r if isinstance(v, str)}
    assert {"Cayuco", "Patera", "Polizones", "Directo"} <= words
    assert words & {"MENA", "Guinea Conakry", "Guinea-Conakry"}
    repeats = _rows_of(truth, "fcc_medio_ambiente")
    assert repeats["expected_reason"].eq("exact_repeat").sum() >= 3


def test_aaud_bytes(paths: dict[str, Path]) -> None:
    raw = paths["aaud"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("No. de Caso,Fecha,")
    assert "TrÃ¡fico" in text  # a batch of rows read through the wrong code page
    frame = pd.read_csv(paths["aaud"], dtype=str, keep_default_na=False)
    dates = frame["Fecha"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serials as text
    gps = frame["Coordenadas GPS"]
    assert gps.str.fullmatch(r"\d+°\d{2}'\d{2}\.\d\"N \d+°\d{2}'\d{2}\.\d\"W").any()
    assert gps.str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").any()
    assert frame["Grupo Etario"].str.contains("NNA").any()
    assert frame["Tipo de Caso"].str.contains("migrantes").mean() > 0.5


def test_aaud_dms_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """A degrees-minutes-seconds cell expects the point it writes (within a tenth second)."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    rows = truth.loc[tags_of(truth).str.contains("dms") & truth["expected_status"].ne("quarantine")]
    assert len(rows) > 10
    true_lat = events.loc[rows["event_id"], "lat"].astype(float).to_numpy()
    assert (abs(rows["lat"].astype(float).to_numpy() - true_lat) < 1e-4).all()


def test_veolia_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["veolia_vigilance"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"alert_id", "occurred_on", "persons_involved", "transit"}
    body = [r for r in recs if str(r["alert_id"]).startswith("VIG-")]
    assert all(isinstance(r["transit"], list) for r in body)
    assert all(isinstance(r["related_offences"], list) for r in body)
    codes = {c for r in body for c in r["transit"]}
    assert codes
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    nats = [r["nationality"] for r in body if r["nationality"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", n)) for n in nats) > 0.7 * len(nats)
    assert "XXX" in nats  # ICAO's unspecified nationality
    sites = {r["site_country"] for r in body}
    assert {"IT", "GR", "HR", "PL", "US"} <= sites
    assert any(re.fullmatch(r"\d{3}", str(s)) for s in sites)  # a few numeric codes
    dates = [str(r["occurred_on"]) for r in body]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(d.endswith("Z") for d in dates)
    words = {str(r["category"]) for r in body}
    assert words & {"Trafic de migrants", "Traite des êtres humains"}  # head-office French
    repeats = _rows_of(truth, "veolia_vigilance")
    assert repeats["expected_reason"].eq("exact_repeat").sum() >= 3


def test_each_desk_writes_its_own_words(paths: dict[str, Path]) -> None:
    """The desks' words: no design vocabulary word leaks into a vocabulary cell."""
    design = {"trafficking", "smuggling", "both", "forced_labour", "forced_criminality"}
    for source in SOURCES[:4]:
        path = paths[source]
        if path.suffix == ".xlsx":
            frame = pd.read_excel(path, dtype=str)
        else:
            enc = {"biffa": "utf-8-sig", "paprec": "cp1252"}.get(source, "utf-8")
            sep = ";" if source == "paprec" else ","
            frame = pd.read_csv(path, dtype=str, sep=sep, encoding=enc)
        cells = {str(v).strip().lower() for v in frame.iloc[:, 3:5].stack()}
        assert not cells & design, source
