"""The examiner set ``blind363`` (files ``*_na.*``): what its files and truth promise.

These tests check the set itself (files, bytes, truth rows); none of them cleans or
scores: the lead scores the cleaner on this set once, apart.
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind363"
SEED = 363
N_EVENTS = 1500
SMALL_SEED = 3631
SMALL_EVENTS = 400
SOURCES = (
    "ukrpa_referrals_na",
    "idaan_fraudes_na",
    "aqualia_fraudes_na",
    "grdf_fraude_na",
    "iurpa_exchange_na",
)
#: Fields every report gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)

Paths = dict[str, Path]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """The full set, written once for the module."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A smaller set with another seed."""
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: Paths) -> pd.DataFrame:
    """The truth rows of the full set."""
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: Paths) -> None:
    """Five ``*_na`` files (CSV, XLSX, JSONL) and a truth describing every row."""
    check_files_and_truth(paths, SOURCES, suffix="_na", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: Paths) -> None:
    """The promises hold at another seed and size too."""
    check_files_and_truth(small, SOURCES, suffix="_na", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    """Two writes with one seed give the same bytes."""
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: Paths, truth: pd.DataFrame) -> None:
    """The reader returns exactly the rows the truth describes."""
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: Paths, truth: pd.DataFrame) -> None:
    """The truth expects each event's values but for what its row leaves out."""
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_small_expected_values(small: Paths) -> None:
    """The same at the small size."""
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    """'not known' keeps the record without a count; 'none' suspects is zero."""
    check_placeholder_counts(truth)


def test_every_source_has_records_and_bad_rows(truth: pd.DataFrame) -> None:
    """Each source reports events; each writes its garbage rows."""
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() > 20, source
        assert rows["messiness"].fillna("").str.contains("garbage_row").any(), source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"ukrpa_referrals_na", "iurpa_exchange_na"}


def test_compilation_reports_the_other_countries(paths: Paths, truth: pd.DataFrame) -> None:
    """IURPA first reports the events no national member reports (USA, ITA, GRC, ...)."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(country, index=first["source"].to_numpy())
    assert set(by_source["iurpa_exchange_na"]) == {"USA", "ITA", "GRC", "HRV", "POL"}
    assert set(by_source["ukrpa_referrals_na"]) == {"GBR"}
    assert set(by_source["idaan_fraudes_na"]) == {"PAN"}
    assert set(by_source["aqualia_fraudes_na"]) == {"ESP"}
    assert set(by_source["grdf_fraude_na"]) == {"FRA"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ukrpa_bytes(paths: Paths, truth: pd.DataFrame) -> None:
    """UTF-8 with BOM, commas, English headers, UK nations, demonyms, word counts."""
    raw = paths["ukrpa_referrals_na"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["ukrpa_referrals_na"], "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["Referral ID", "Date of visit", "Premises type"]
    assert {"England", "Scotland"} <= set(frame["Country"])
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["No. of people found"].isin(["one", "two", "three"]).any()
    assert (frame["No. of suspects"] == "none").any()
    assert frame["Date of visit"].str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert frame["Date of visit"].str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert frame["Lat, Long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert frame["Other offences"].str.contains("cannabis cultivation").any()
    assert frame["Referral ID"].str.fullmatch(r"RP-\d\d-\d{5}").any()
    rows = _rows(truth, "ukrpa_referrals_na")
    nation = rows.loc[tags_of(rows).str.contains("uk_nation")]
    assert (nation["detection_country"].dropna() == "GBR").all()


def test_idaan_workbook(paths: Paths) -> None:
    """Real Excel dates, some text dates and serials, uppercase names, NNA, DMS points."""
    sheet = load_workbook(paths["idaan_fraudes_na"]).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    head = list(values[0])
    assert head[:3] == ["No. Expediente", "Fecha de inspección", "Tipo de inmueble"]
    body = values[1:]
    dates = [r[1] for r in body]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    col = {h: i for i, h in enumerate(head)}
    nats = {r[col["Nacionalidad"]] for r in body}
    assert {"VENEZOLANA", "VENEZUELA"} & nats
    assert "NNA" in {r[col["Grupo etario"]] for r in body}
    gps = [str(r[col["Coordenadas GPS"]]) for r in body if r[col["Coordenadas GPS"]]]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W", g) for g in gps)
    assert any(isinstance(r[col["Cantidad de personas"]], int) for r in body)


def test_aqualia_bytes(paths: Paths) -> None:
    """cp1252, semicolons, decimal commas, Penal Code articles, ISO alpha-2 codes."""
    raw = paths["aqualia_fraudes_na"].read_bytes()
    raw.decode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    frame = _csv(paths["aqualia_fraudes_na"], "cp1252", ";")
    assert frame.columns[:2].tolist() == ["Nº Acta", "Fecha inspección"]
    assert frame["Latitud"].str.fullmatch(r"-?\d+,\d{5}").any()
    assert frame["Tipología"].str.contains("318 bis").any()
    assert frame["Nacionalidad"].isin(["MA", "SN", "ML", "DZ"]).any()
    assert frame["Fecha inspección"].str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert frame["Fecha inspección"].str.fullmatch(r"\d\d/\d{4}").any()
    assert (frame["Nº implicados"] == "ninguno").any()
    assert (frame["País inspección"].isin(["Italia", "ITALIA", "IT"])).any()


def test_grdf_bytes(paths: Paths) -> None:
    """UTF-16 with tabs, French headers, quarters and months, adjectives, decimal commas."""
    raw = paths["grdf_fraude_na"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    frame = _csv(paths["grdf_fraude_na"], "utf-16", "\t")
    assert frame.columns[:2].tolist() == ["N° signalement", "Date du constat"]
    dates = frame["Date du constat"]
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[a-zéû]+ \d{4}").any()
    assert frame["Nationalité"].isin(["afghane", "irakienne", "iranienne", "érythréenne"]).any()
    assert (frame["Nb mis en cause"] == "aucun").any()
    coords = frame["Coordonnées GPS (lat ; long)"]
    assert coords.str.fullmatch(r"\d+,\d{5} ; -?\d+,\d{5}").any()


def test_iurpa_lines(paths: Paths, truth: pd.DataFrame) -> None:
    """JSON lines, English keys, ISO alpha-2 countries, US long dates, quarters, mojibake."""
    lines = paths["iurpa_exchange_na"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    assert list(recs[0])[:3] == ["incident_no", "incident_date", "category"]
    countries = {r["country"] for r in recs}
    assert {"US", "IT", "GR", "HR", "PL"} <= countries
    dates = [str(r["incident_date"]) for r in recs if r["incident_date"]]
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(isinstance(r["latitude"], float) for r in recs)
    rows = _rows(truth, "iurpa_exchange_na")
    assert tags_of(rows).str.contains("mojibake").any()
    assert any("Ã" in str(r["nationality"]) or "Ã" in str(r["via"]) for r in recs)


def test_dates_are_day_first_where_numeric(paths: Paths) -> None:
    """The CSV files write day/month/year only: no day above 31, no month above 12."""
    for source, enc, sep, col in (
        ("ukrpa_referrals_na", "utf-8-sig", ",", "Date of visit"),
        ("aqualia_fraudes_na", "cp1252", ";", "Fecha inspección"),
        ("grdf_fraude_na", "utf-16", "\t", "Date du constat"),
    ):
        frame = _csv(paths[source], enc, sep)
        parts = frame[col].str.extract(r"^(\d\d)/(\d\d)/(\d{2,4})$").dropna().astype(int)
        ok = parts[1] <= 12
        assert ok.mean() > 0.98, source  # the few others are planted bad dates
