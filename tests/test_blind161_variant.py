"""The examiner set ``blind161`` (files ``*_fg.*``): what its files and truth promise.

Five cyber-enabled recruitment desks (PHAROS/OFAC, Action Fraud/NFIB, the Spanish
prosecutors' cybercrime office, Europol's EU IRU, Mexico's Policía Cibernética). These
tests check the files' bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
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
from trendlib.schema import VOCABULARIES

VARIANT = "blind161"
SEED = 161
N_EVENTS = 1500
SMALL_SEED = 1611
SMALL_EVENTS = 400
SUFFIX = "_fg"
SOURCES = (
    "ofac_pharos",
    "nfib_action_fraud",
    "fiscalia_criminalidad_informatica",
    "europol_eu_iru",
    "sspc_policia_cibernetica",
)
#: Fields every kept row gives exactly as the event has them.
EXACT = ("crime_type", "origin_country", "destination_country", "transit_countries")
EXACT = (*EXACT, "linked_offences")
TOLERANCE = 0.01


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


# --------------------------------------------------------------------------------------
# The shared promises, at both sizes
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame, small: dict[str, Path]) -> None:
    check_placeholder_counts(truth)
    check_placeholder_counts(_truth(small))


def test_every_source_has_records_at_each_size(tmp_path: Path, small: dict[str, Path]) -> None:
    from trendlib.samples import write_samples

    tiny = write_samples(tmp_path / "t", seed=3, n_events=300, variant=VARIANT)
    for p in (small, tiny):
        t = _truth(p)
        kept = t.loc[t["expected_status"] == "record", "source_file"]
        assert {Path(p[s]).name for s in SOURCES} <= set(kept)


def test_exploitation_is_the_events_or_unknown(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    unknown = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = unknown.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    assert set(ok["exploitation"].dropna()) <= set(VOCABULARIES["exploitation"])


def test_repeats_only_in_resent_extracts(truth: pd.DataFrame) -> None:
    rep = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(rep) == {"nfib_action_fraud_fg.csv", "sspc_policia_cibernetica_fg.csv"}


def test_compilation_reports_what_no_desk_does(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_file: dict[str, set[str]] = defaultdict(set)
    for f, c in zip(first["source_file"], where, strict=True):
        by_file[f].add(c)
    assert by_file["ofac_pharos_fg.csv"] == {"FRA"}
    assert by_file["nfib_action_fraud_fg.csv"] == {"GBR"}
    assert by_file["fiscalia_criminalidad_informatica_fg.xlsx"] == {"ESP"}
    assert by_file["sspc_policia_cibernetica_fg.csv"] == {"PAN", "USA"}
    assert by_file["europol_eu_iru_fg.jsonl"] == {"ITA", "GRC", "HRV", "POL"}


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_pharos_is_french_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["ofac_pharos"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° signalement;Date des faits;Qualification;")
    assert "Pays de constatation" in header
    assert "\r\n" in text
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)  # the report's time
    assert re.search(r";\d\d/\d\d/2\d;", text)  # two-digit years
    assert re.search(r";(0[1-9]|1[0-2])/20\d\d;", text)  # a month only
    assert "AFGHANE" in text
    assert "Ã" in text  # country names pasted from the web form (mojibake)
    assert re.search(r";(néant|NEANT|aucun);", text)
    assert "Aide à l'entrée irrégulière" in text
    assert "Small boat" in text


def test_nfib_is_english_utf8_bom(paths: dict[str, Path]) -> None:
    raw = paths["nfib_action_fraud"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["nfib_action_fraud"], dtype=str, encoding="utf-8-sig")
    assert frame.columns[:3].tolist() == ["Crime Reference", "Date of Offence", "Offence Category"]
    refs = frame["Crime Reference"].dropna()
    assert refs.str.match(r"^(NFRC\d{9}|Total|NFIB extract .*)$").all()
    dates = frame["Date of Offence"].dropna()
    assert dates.str.match(r"^\d\d/\d\d/\d{4}$").any()
    assert dates.str.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$").any()
    assert dates.str.match(r"^Q[1-4] \d{4}$").any()
    assert frame["Offence Category"].isin(["OIC", "Organised Immigration Crime"]).any()
    assert frame["Victim Nationality"].isin(["AFG", "IRN", "IRQ", "ALB", "VNM"]).any()
    assert frame["Transit Route"].dropna().str.contains(" > ").any()


def test_fiscalia_is_a_spanish_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["fiscalia_criminalidad_informatica"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº Diligencias", "Fecha de los hechos", "Tipo delictivo"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ de \d{4}", d) for d in texts)
    pos = [r[header.index("Posición (lat. / long.)")] for r in rows[1:]]
    dms = [p for p in pos if isinstance(p, str)]
    assert dms
    assert all(re.fullmatch(r"\d\dº \d\d,\d' [NS] - \d{3}º \d\d,\d' [EWO]", p) for p in dms)
    counts = [r[header.index("Nº víctimas / migrantes")] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    crimes = {r[2] for r in rows[1:]}
    assert any(isinstance(c, str) and "318 bis" in c for c in crimes)


def test_iru_is_json_lines_with_eu_codes(paths: dict[str, Path]) -> None:
    lines = paths["europol_eu_iru"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["referral_ref", "incident_date", "crime_area"]
    detected = {r["detected_in"] for r in recs}
    assert "EL" in detected  # Greece, the EU's way
    assert "GRC" not in detected
    assert any(isinstance(r["route_via"], list) and r["route_via"] for r in recs)
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["latitude"], float) for r in recs)


def test_sspc_is_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["sspc_policia_cibernetica"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian, Excel's "Texto Unicode"
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].split("\t")
    assert header[:3] == ["Folio", "Fecha del hecho", "Delito"]
    assert "Probables responsables" in header
    frame = pd.read_csv(paths["sspc_policia_cibernetica"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert frame["Grupo de edad"].isin(["NNA", "Adultos y NNA"]).any()
    assert frame["Delito"].str.contains("Tráfico de personas", na=False).any()
    assert (frame["Latitud"] == "0.000000").any()
    assert frame["País de destino"].isin(["EE. UU.", "EE.UU."]).any()


def test_truth_reads_positions_as_written(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    dms = truth.loc[tags.str.contains("coords_dms") & truth["expected_status"].ne("quarantine")]
    assert len(dms) > 0
    assert dms["lat"].notna().all()
    assert (dms["source_file"] == "fiscalia_criminalidad_informatica_fg.xlsx").all()
    placeholder = truth.loc[tags.str.contains("coords_placeholder")]
    assert placeholder["lat"].isna().all()
