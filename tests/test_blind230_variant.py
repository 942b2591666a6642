"""The ``blind230`` examiner sample set (files ``*_hx.*``): what the files and truth promise.

Five agencies of the farm-audit and border-monitoring world; these tests check the set
itself (files, truth, each agency's habits in the bytes), never the cleaner.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples._blind230 import BLIND230, make_blind230

VARIANT = "blind230"
SEED = 230
N_EVENTS = 1500
SMALL_SEED = 2301
SMALL_EVENTS = 400
SOURCES = ("agrocolor_grasp", "msin_intel", "hpc_ibmm", "hfhr_border", "bv_veille_sociale")
FIELDS = ("crime_type",)
TOLERANCE = 0.001


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's rows that are not quarantined (records and duplicates)."""
    return truth.loc[truth["source"].eq(source) & truth["expected_status"].ne("quarantine")]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hx", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (3, 300), (SMALL_SEED, 400)])
def test_every_source_reports_events_at_small_sizes(seed: int, n_events: int) -> None:
    subs = make_blind230(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 3, sub.source


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_hx", n_events=SMALL_EVENTS)


def test_routing_primary_and_compilation(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    """Each event is first reported by its country's agency; the audit watch takes the rest."""
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = [BLIND230.primary.get(c, BLIND230.compilation) for c in country]
    assert first["source"].tolist() == want
    compiled = set(country[first["source"].eq("bv_veille_sociale").to_numpy()])
    assert compiled == {"ITA", "GRC", "FRA", "PAN", "USA"}


def test_duplicates_come_from_second_reporters(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    ev = events.loc[cross["event_id"]]
    keys = zip(ev["corridor"], ev["detection_country"], strict=True)
    assert [BLIND230.secondary[k] for k in keys] == cross["source"].tolist()
    assert set(cross["source"]) == {"bv_veille_sociale", "msin_intel"}


# --------------------------------------------------------------------------------------
# What each agency's rows expect
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("source", SOURCES)
def test_written_country_fields_expect_the_event(
    truth: pd.DataFrame, events: pd.DataFrame, source: str
) -> None:
    rows = _rows(truth, source)
    ev = events.loc[rows["event_id"]]
    headers = next(s.headers for s in BLIND230.sources if s.source == source)
    for col in ("origin_country", "destination_country", "transit_countries"):
        got = rows[col].reset_index(drop=True)
        true = ev[col].reset_index(drop=True)
        if col in headers:
            assert got.equals(true), (source, col)
        else:
            assert got.isna().all(), (source, col)
    off = rows["linked_offences"].reset_index(drop=True)
    assert off.equals(ev["linked_offences"].reset_index(drop=True)), source


@pytest.mark.parametrize("source", SOURCES)
def test_exploitation_expectations(truth: pd.DataFrame, events: pd.DataFrame, source: str) -> None:
    kept = _rows(truth, source)
    tags = tags_of(truth).loc[kept.index].reset_index(drop=True)
    rows = kept.reset_index(drop=True)
    ev = events.loc[rows["event_id"]].reset_index(drop=True)
    thb = ev["crime_type"].isin(["trafficking", "both"])
    assert rows.loc[~thb, "exploitation"].isna().all()
    if source == "hpc_ibmm":  # a border monitor keeps no form of exploitation
        assert (rows.loc[thb, "exploitation"] == "unknown").all()
        return
    unknown = tags.str.contains("unknown:exploitation")
    assert (rows.loc[thb & unknown, "exploitation"] == "unknown").all()
    assert rows.loc[thb & ~unknown, "exploitation"].equals(ev.loc[thb & ~unknown, "exploitation"])


def test_partial_dates_by_agency(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"].ne("quarantine")]
    prec = ok.groupby("source")["date_precision"].agg(lambda s: set(s))
    assert prec["agrocolor_grasp"] == {"day", "month", "quarter"}
    assert prec["msin_intel"] == {"day", "month", "quarter"}
    assert prec["bv_veille_sociale"] == {"day", "month", "quarter"}
    assert prec["hpc_ibmm"] <= {"day", "month"}
    assert prec["hfhr_border"] <= {"day", "month"}
    dup = truth.loc[truth["expected_reason"].eq("cross_source")]
    assert (dup["date_precision"] == "day").all()


def test_planted_tags_by_agency(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by = truth["source"]
    assert set(by[tags.str.contains("mojibake")]) == {"agrocolor_grasp"}
    assert set(by[tags.str.contains("demonym")]) == {"agrocolor_grasp", "msin_intel"}
    assert set(by[tags.str.contains("polish:")]) == {"hfhr_border"}
    assert set(by[tags.str.contains("excel_serial")]) == {"msin_intel"}
    assert set(by[tags.str.contains("thousands")]) == {"agrocolor_grasp"}
    for name in ("blank_nationality", "na_word", "blank_gender", "coords_missing", "zero_word"):
        assert tags.str.contains(name).sum() > 0, name


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_agrocolor_bytes(paths: dict[str, Path]) -> None:
    raw = paths["agrocolor_grasp"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("Nº Incidencia;Fecha detección;País;Tipología")
    body = [ln.split(";") for ln in lines[1:] if ln.startswith("INC-")]
    dates = {r[1] for r in body}
    assert sum(bool(re.fullmatch(r"\d\d/\d\d/\d{4}", d)) for d in dates) > 0.8 * len(dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\dº trimestre \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\.\d{3}", r[5]) for r in body)  # 1.250 persons
    assert any(re.fullmatch(r"-?\d+,\d{4}", r[12]) for r in body)  # decimal comma
    for word in ("s/d", "Directo", "ninguno", "Cayuco", "s/f", "No aplica"):
        assert word in text, word
    assert re.search(r"[A-Za-z]Ã[\xa0-\xbf]", text)  # UTF-8 names pasted into cp1252
    assert {"H", "M", "H y M"} <= {r[6] for r in body}


def test_msin_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["msin_intel"]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("MSIN Ref", "Date of incident", "Offence category")
    dates = [r[1] for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("MSIN-")]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in text)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", d) for d in text)
    nationality = {r[8] for r in rows[1:]}
    assert {"Vietnamese", "Albanian"} & nationality
    assert "Nil" in {r[5] for r in rows[1:]}
    assert "UK" in {r[9] for r in rows[1:]}


def test_hpc_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["hpc_ibmm"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["Case no.", "Date of event", "Country"]
    body = [ln.split("\t") for ln in lines[1:] if ln.startswith("IMM-")]
    assert all(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}\.|\d\d/\d{4}|", r[1]) for r in body)
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}\.", r[1]) for r in body)
    for word in ("TUR-BGR-SRB-BIH", "BiH", "UAM", "families", "Hrvatska"):
        assert word in text, word
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"E", text)


def test_hfhr_bytes(paths: dict[str, Path]) -> None:
    raw = paths["hfhr_border"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Incident ID,Date,Country,Legal qualification")
    for word in ("Sex (M/K)", "art. 264 § 3 k.k.", " → ", "Polska", "Afganistan"):
        assert word in text, word
    frame = pd.read_csv(paths["hfhr_border"], dtype=str, encoding="utf-8-sig")
    body = frame.loc[frame["Incident ID"].str.startswith("HFHR/", na=False)]
    assert body["Date"].str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.8
    assert body["Coordinates (lat, lon)"].dropna().str.fullmatch(r"\d+\.\d{5}, \d+\.\d{5}").all()
    assert body["Sex (M/K)"].str.contains("K", na=False).any()  # K = kobieta (woman)


def test_bv_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["bv_veille_sociale"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(ln) for ln in lines]
    assert list(records[0])[:4] == [
        "reference",
        "date_evenement",
        "pays_detection",
        "qualification",
    ]
    body = [r for r in records if str(r["reference"]).startswith("BV-VRS-")]
    assert {r["pays_detection"] for r in body} >= {"IT", "GR", "FR", "PA", "US"}
    assert all(r["pays_detection"] is None or len(r["pays_detection"]) == 2 for r in body)
    dates = [r["date_evenement"] for r in body if r["date_evenement"]]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)
    assert any(isinstance(r["nb_personnes"], int) for r in body)
    assert any(r["nb_mis_en_cause"] == "aucun" for r in body)
    assert "é" in "".join(lines)  # written as UTF-8, not \\u escapes
