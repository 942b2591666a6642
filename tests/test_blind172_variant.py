"""The examiner's held-out set ``blind172`` (files ``*_fr.*``): what the files promise.

Five desks in Athens (Hellenic Police Aliens & Border Protection Branch, the French
embassy's internal security attaché, a Spanish Policía Nacional liaison at the JO Poseidon
coordination centre in Piraeus, the Italian embassy's security expert, the ELIAMEP
open-source tracker). These tests check the files and their truth; none cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind172 import SOURCES, make_blind172

VARIANT = "blind172"
SEED = 172
N_EVENTS = 1500
SMALL_SEED = 1721
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: DMS seconds and 4-decimal tracker points


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_fr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_fr", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind172(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert sub.expected["expected_status"].eq("record").sum() > 0, sub.filename


def test_every_source_first_reports_and_some_re_report(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"].groupby("source").size()
    assert set(first.index) == set(NAMES)
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert {"pn_icc_pireo", "ssi_athenes", "eliamep_tracker"} <= set(cross)
    # exact repeats come from the two desks that re-send their exports
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"pn_icc_pireo", "eliamep_tracker"}


def test_primary_detection_countries(truth: pd.DataFrame) -> None:
    rec = truth.loc[truth["expected_status"] == "record"].dropna(subset=["detection_country"])
    by = rec.groupby("source")["detection_country"].agg(set)
    assert by["hp_aliens_branch"] == {"GRC"}
    assert by["ssi_athenes"] == {"FRA"}
    assert by["pn_icc_pireo"] == {"ESP"}
    assert by["esperto_atene"] == {"ITA"}
    assert by["eliamep_tracker"] <= {"HRV", "POL", "GBR", "PAN", "USA"}


# --------------------------------------------------------------------------------------
# Hellenic Police, Aliens and Border Protection Branch: UTF-8 with BOM, comma, English
# --------------------------------------------------------------------------------------
def test_hellenic_police_bytes(paths: dict[str, Path]) -> None:
    raw = paths["hp_aliens_branch"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Case No.,Date of apprehension,Police Directorate,Offence")
    assert "Arrested facilitators" in header
    assert "Coordinates (WGS84)" in header
    assert "L.4251/2014 art. 29" in text
    assert re.search(r",\d\d/\d\d/20\d\d,", text)
    assert not re.search(r",20\d\d-\d\d-\d\d,", text)  # day-first only
    assert re.search(r'"\d\d\.\d{5}, \d\d\.\d{5}"', text)  # one "lat, lon" cell
    assert "TURKEY" in text or "Turkey" in text
    assert re.search(r",(Afghan|Syrian|Iraqi|Pakistani),", text)  # demonyms
    assert " - " in text  # transit route separator
    assert ",n/k," in text
    assert ",none," in text
    assert "Provisional data" in text
    assert "\nTOTAL," in text.replace("\r\n", "\n")


# --------------------------------------------------------------------------------------
# SSI Ambassade de France à Athènes: French XLSX, Excel dates and text dates
# --------------------------------------------------------------------------------------
def test_ssi_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["ssi_athenes"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Réf. SSI", "Date des faits", "Service saisi", "Pays de constatation")
    assert "Nb d'interpellés" in header
    assert "Majeurs / mineurs" in header
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds  # real dates, typed text, lost serials
    words = {str(c) for r in rows[1:] for c in r if c is not None}
    assert {"AESI", "NC", "aucun"} & words
    assert any(re.fullmatch(r"\d\d,\d{5}", w) for w in words)  # decimal comma typed
    assert any(
        re.fullmatch(
            r"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
            r"octobre|novembre|décembre) 20\d\d",
            w,
        )
        for w in words
    )
    assert rows[-1][0] == "Total général" or any(r[0] == "Total général" for r in rows)
    ssi = _rows(truth, "ssi_athenes")
    assert set(ssi["date_precision"].dropna()) >= {"day", "month"}


# --------------------------------------------------------------------------------------
# Policía Nacional at ICC Piraeus: cp1252, semicolon, Spanish, decimal comma
# --------------------------------------------------------------------------------------
def test_policia_nacional_bytes(paths: dict[str, Path]) -> None:
    raw = paths["pn_icc_pireo"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.startswith("Nº Diligencias;Fecha intervención;Unidad actuante")
    assert "Tipología delictiva" in header
    assert "Delitos conexos" in header
    assert "318 bis" in text
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,2},\d{5};", text)  # decimal comma
    assert re.search(r";(Patera|Cayuco|Neumática);", text)
    assert ";s/d;" in text
    assert "Nota: datos provisionales" in text


def test_policia_nacional_thousands(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    pn = _rows(truth, "pn_icc_pireo")
    big = pn.loc[tags_of(truth).loc[pn.index].str.contains("thousands_dot")]
    if len(big):
        text = _text(paths, "pn_icc_pireo", "cp1252")
        for n in big["n_persons"].dropna():
            value = int(n)
            assert f";{value // 1000}.{value % 1000:03d};" in text


# --------------------------------------------------------------------------------------
# Esperto per la Sicurezza, Embassy of Italy: UTF-16 tab-separated, bilingual headers
# --------------------------------------------------------------------------------------
def test_esperto_bytes(paths: dict[str, Path]) -> None:
    raw = paths["esperto_atene"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Prot. n.", "Data / Date", "Ufficio / Office"]
    assert "Posizione / Position" in header
    assert re.search(r"\t20\d\d-\d\d-\d\d\t", text)
    assert re.search(r"\t20\d\d-\d\d\t", text)  # month only
    assert re.search(r"\d\d°\d\d'\d\d\"\"N \d{3}°\d\d'\d\d\"\"[EW]", text)  # DMS, CSV-quoted
    assert "\tItalia\t" in text
    assert "art. 12 T.U. Immigrazione" in text
    assert "\tn.d.\t" in text


# --------------------------------------------------------------------------------------
# ELIAMEP tracker: JSON lines, English, M49 origins, mojibake, partial dates
# --------------------------------------------------------------------------------------
def test_eliamep_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["eliamep_tracker"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"incident_id", "incident_date", "origin_m49", "route_via"}
    origins = {r["origin_m49"] for r in recs if r.get("origin_m49")}
    assert all(re.fullmatch(r"\d{3}", o) for o in origins)
    dates = [str(r["incident_date"]) for r in recs if r.get("incident_date")]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    text = "\n".join(lines)
    assert "TÃ¼rkiye" in text or "â€" in text  # a broken ingest garbled some rows
    assert " > " in text
    assert any(isinstance(r.get("people_involved"), str) for r in recs)
    el = _rows(truth, "eliamep_tracker")
    assert tags_of(truth).loc[el.index].str.contains("mojibake").any()
    assert set(el["date_precision"].dropna()) == {"day", "month", "quarter"}


def test_mojibake_rows_still_expect_iso_codes(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbled = truth.loc[tags.str.contains("mojibake") & truth["expected_status"].ne("quarantine")]
    assert len(garbled) > 0
    assert garbled["detection_country"].dropna().str.fullmatch(r"[A-Z]{3}").all()
    assert set(garbled["source"]) == {"eliamep_tracker"}


def test_quarantine_reasons_by_desk(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    csv = bad.loc[bad["source_file"].str.endswith(".csv")]
    assert set(csv["expected_reason"]) >= {"empty_row", "no_content", "no_date"}
    assert "empty_row" not in set(
        bad.loc[~bad["source_file"].str.endswith(".csv"), "expected_reason"]
    )
    notes = bad.loc[bad["expected_reason"] == "no_content", "source"]
    assert "eliamep_tracker" not in set(notes)  # the tracker writes no note row
