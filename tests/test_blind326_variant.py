"""The examiner's held-out set ``blind326`` (files ``*_lp.*``): health-side sources.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind326"
SEED = 326
N_EVENTS = 1500
SMALL_SEED = 3261
SMALL_EVENTS = 400
SUFFIX = "_lp"
SOURCES = (
    "chb_umj_boulogne",
    "helen_bamber_fdn",
    "ccaes_sanidad",
    "hospital_yaviza",
    "phr_case_log",
)
#: Fields every row gives as the event has them (no source leaves them out).
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
#: Coordinates are written to 4 decimals (PHR) or as degrees and tenths of minutes (CCAES).
TOLERANCE = 0.002


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


# ------------------------------------------------------------------------------------------
# Shared checks
# ------------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_reports_of_events(small, _truth(small), FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_records(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record", "source_file"]
    assert set(records) == {f"{s}{SUFFIX}" + ext for s, ext in _EXT.items()}
    assert records.value_counts().min() >= 30


_EXT = {
    "chb_umj_boulogne": ".csv",
    "helen_bamber_fdn": ".xlsx",
    "ccaes_sanidad": ".csv",
    "hospital_yaviza": ".csv",
    "phr_case_log": ".jsonl",
}


# ------------------------------------------------------------------------------------------
# What the truth expects where a row leaves a value out
# ------------------------------------------------------------------------------------------
def test_exploitation_unknown_only_where_written_so(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = _events(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown_exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_offences_only_from_sources_that_write_them(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = _events(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    writes = ok["source"].isin(["helen_bamber_fdn", "phr_case_log"])
    assert ok.loc[writes, "linked_offences"].equals(ev.loc[writes, "linked_offences"])
    assert ok.loc[~writes, "linked_offences"].isna().all()
    assert ok.loc[writes, "linked_offences"].notna().sum() > 20


def test_hospitals_without_coordinates(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    no_coords = ok["source"].isin(["chb_umj_boulogne", "helen_bamber_fdn", "hospital_yaviza"])
    assert ok.loc[no_coords, ["lat", "lon"]].isna().all().all()
    assert ok.loc[~no_coords, "lat"].notna().mean() > 0.85


def test_partial_dates_only_in_the_compilation(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    partial = ok["date_precision"] != "day"
    assert set(ok.loc[partial, "source"]) == {"phr_case_log"}
    # both reports of a duplicated event give the day
    pair = ok["expected_reason"].eq("cross_source")
    assert (ok.loc[pair, "date_precision"] == "day").all()


def test_messiness_tags_planted(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    for tag in (
        "demonym:nationality",
        "local:destination_country",
        "local:detection_country",
        "mojibake",
        "excel_serial",
        "dm_coords",
        "partial_date",
        "thousands:n_persons",
        "na_word:age_group",
        "na_word:transport_mode",
        "zero_word",
        "suspects_placeholder",
        "count_placeholder",
        "blank_nationality",
        "unknown_exploitation",
        "iso3:nationality",
        "iso2:detection_country",
        "typo:nationality",
        "date_with_time",
    ):
        assert tag in tags, tag


# ------------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# ------------------------------------------------------------------------------------------
def test_umj_boulogne_bytes(paths: dict[str, Path]) -> None:
    raw = paths["chb_umj_boulogne"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° réquisition", "Date/heure prise en charge", "Service requérant"]
    assert "Nationalité déclarée" in header
    frame = pd.read_csv(paths["chb_umj_boulogne"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date/heure prise en charge"].dropna()
    dated = dates[dates.str.match(r"^\d\d/\d\d/\d{4}( \d\d:\d\d)?$")]
    assert len(dated) >= len(dates) - 3  # only the bad rows differ
    assert dates.str.contains(" ").mean() > 0.5
    nat = frame["Nationalité déclarée"].dropna().str.strip().str.lower()
    assert nat.isin(["afghane", "irakienne", "érythréenne", "iranienne"]).any()
    assert frame["Destination déclarée"].str.strip().eq("Angleterre").any()
    assert frame["Pays traversés"].dropna().str.contains(" - ").any()
    assert frame["N° réquisition"].eq("TOTAL").iloc[-1]


def test_helen_bamber_bytes(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["helen_bamber_fdn"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Client ref", "Date identified", "Referral route")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date identified"]] for r in rows[1:] if r[col["Date identified"]] is not None]
    real = [d for d in dates if not isinstance(d, str)]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.7 * len(dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", t) for t in text)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in text)
    where = {r[col["Country identified in"]] for r in rows[1:]}
    assert {"England", "UK"} <= {str(w).strip() for w in where}
    journeys = [r[col["Journey (countries in order)"]] for r in rows[1:]]
    assert any(isinstance(j, str) and " > " in j for j in journeys)
    counts = [r[col["No. of people"]] for r in rows[1:-1]]
    assert any(isinstance(c, int) for c in counts)
    assert rows[-1][0] == "Total"


def test_ccaes_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ccaes_sanidad"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, as Excel's "Texto Unicode"
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:2] == ["Nº notificación", "Fecha de atención"]
    assert "Latitud (lugar de detección)" in header
    frame = pd.read_csv(paths["ccaes_sanidad"], sep="\t", encoding="utf-16", dtype=str)
    assert frame["Sexo"].str.strip().eq("Varón").any()
    assert frame["Vía de llegada"].str.strip().isin(["Cayuco", "Patera"]).any()
    assert frame["Fecha de atención"].dropna().str.match(r"^\d\d-[a-z]{3}-\d{4}$").any()
    persons = frame["Nº personas atendidas"].dropna()
    # plain counts, or thousands with a dot (1.234) in the big Canary landings
    assert persons.str.match(r"^-?\d+$|^\d{1,3}(\.\d{3})+$").mean() > 0.95
    lat = frame["Latitud (lugar de detección)"].dropna()
    assert lat.str.match(r"^-?\d+,\d{5}$").mean() > 0.5
    assert lat.str.contains("º").any()
    assert frame["Finalidad de explotación"].eq("No procede").any()


def test_yaviza_bytes(paths: dict[str, Path]) -> None:
    raw = paths["hospital_yaviza"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "Ã" in text  # rows pasted from a mis-decoded export
    frame = pd.read_csv(paths["hospital_yaviza"], sep=",", encoding="utf-8", dtype=str)
    assert list(frame.columns[:2]) == ["No. de caso", "Fecha de atención"]
    dates = frame["Fecha de atención"].dropna()
    assert dates.str.match(r"^4[45]\d{3}$").any()  # bare Excel serials
    assert dates.str.match(r"^\d\d/\d\d/\d\d$").any()
    assert frame["Grupo etario"].str.strip().eq("NNA").any()
    assert frame["Destino final"].str.strip().eq("EE.UU.").any()
    assert frame["Cant. personas"].eq("s/d").any()
    # the re-sent rows are byte-for-byte repeats of earlier rows
    body = frame.loc[frame["No. de caso"].notna() & frame["No. de caso"].str.startswith("TS-")]
    assert body.duplicated().sum() >= 3


def test_phr_bytes(paths: dict[str, Path]) -> None:
    lines = paths["phr_case_log"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert set(rows[0]) >= {"case_id", "incident_date", "lat", "lng", "transit_route"}
    dates = [r["incident_date"] for r in rows if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    routes = [r["transit_route"] for r in rows if r["transit_route"] is not None]
    assert all(isinstance(r, list) for r in routes)
    assert any(r == ["TUR", "BGR", "SRB", "BIH"] for r in routes)
    assert any(isinstance(r["associated_offences"], list) for r in rows)
    assert any(r["perpetrators_count"] == "none" for r in rows)
    assert any(isinstance(r["lat"], float) for r in rows)
    assert rows[-1]["case_id"] == "TOTAL"
