"""The examiner's held-out sample set ``blind202`` (files ``*_gv.*``).

These tests check what the set promises (files, truth, each agency's quirks in the
bytes); none of them cleans or scores.
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

VARIANT = "blind202"
SEED = 202
N_EVENTS = 1500
SMALL_SEED = 2021
SMALL_EVENTS = 400
SUFFIX = "_gv"
SOURCES = (
    "justiceandcare_uk",
    "defenseurdesdroits_fr",
    "iridia_frontera",
    "picum_members",
    "hrw_incidents",
)
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


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every source reports events at this size too
        assert (_rows(truth, source)["expected_status"] == "record").sum() > 0, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_its_garbage(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    reasons = garbage.groupby("source")["expected_reason"].agg(set).to_dict()
    assert reasons["justiceandcare_uk"] == {"empty_row", "no_content", "no_date"}
    assert reasons["defenseurdesdroits_fr"] == {"empty_row", "no_content", "no_date"}
    assert reasons["picum_members"] == {"empty_row", "no_content", "no_date"}
    assert reasons["iridia_frontera"] == {"no_content", "no_date"}
    assert reasons["hrw_incidents"] == {"no_date"}  # a summary line, no note


def test_repeats_only_where_promised(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"defenseurdesdroits_fr", "picum_members"}


def test_compilation_and_primaries(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"] == "record"]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(where, index=first["source"].to_numpy()).groupby(level=0).agg(set)
    assert by_source["justiceandcare_uk"] == {"GBR"}
    assert by_source["defenseurdesdroits_fr"] == {"FRA"}
    assert by_source["iridia_frontera"] == {"ESP"}
    assert by_source["picum_members"] == {"ITA", "GRC", "HRV", "POL"}
    assert by_source["hrw_incidents"] == {"PAN", "USA"}


# --------------------------------------------------------------------------------------
# Each agency's quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_justiceandcare_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["justiceandcare_uk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Case ID,Date identified,Police force,Case type")
    assert "No. of potential victims" in header
    assert "Suspects identified" in header
    body = pd.read_csv(paths["justiceandcare_uk"], dtype=str, encoding="utf-8-sig")
    dates = body["Date identified"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d").any()
    assert body["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert body["Country identified"].isin(["England", "Scotland"]).any()
    assert body["Route (transit countries)"].str.contains(" / ", regex=False).any()
    assert body["Suspects identified"].isin(["Nil", "nil"]).any()
    assert body["Police force"].isin(["Kent Police", "Metropolitan Police Service"]).any()
    assert body["Exploitation type"].str.contains("domestic servitude", na=False).any()
    assert body["Case type"].isin(["Facilitation (OIC)", "Modern slavery", "MSHT"]).any()
    assert "Latitude" not in header
    assert "GPS" not in header
    ok = _rows(truth, "justiceandcare_uk")
    ok = ok.loc[ok["expected_status"] != "quarantine"]
    assert ok["lat"].isna().all()


def test_defenseurdesdroits_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["defenseurdesdroits_fr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.split(";")[:4] == [
        "N° de dossier",
        "Date des faits",
        "Lieu des faits",
        "Qualification des faits",
    ]
    body = pd.read_csv(paths["defenseurdesdroits_fr"], sep=";", dtype=str, encoding="cp1252")
    dates = body["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.contains(r"^(?:courant )?[a-zéû]+ \d{4}$").any()
    assert body["Nationalité"].isin(["afghane", "irakienne", "érythréenne", "iranienne"]).any()
    assert body["Nb d'auteurs présumés"].eq("aucun").any()
    assert body["Pays de constatation"].dropna().str.upper().str.startswith("FRANCE").all()
    assert body["Lieu des faits"].dropna().str.fullmatch(r".+ \((?:59|62)\)").all()
    assert "TOTAL GÉNÉRAL" in set(body["N° de dossier"])
    tags = tags_of(truth)
    mine = truth["source"] == "defenseurdesdroits_fr"
    assert (tags[mine].str.contains("mojibake")).any()
    assert re.search("Ã[\u0080-\u00ff\u2018-\u203a]", text)  # UTF-8 read as cp1252


def test_iridia_xlsx(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["iridia_frontera"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:5] == [
        "Nº registro",
        "Fecha",
        "Lugar",
        "Tipo de delito",
        "Finalidad de explotación",
    ]
    assert "Latitud" in header
    assert "Longitud" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    counts = [r[col["Nº personas"]] for r in rows[1:]]
    assert any(isinstance(c, str) and c.startswith("aprox. ") for c in counts)
    lats = [r[col["Latitud"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{4}", v) for v in lats)
    medio = {r[col["Medio"]] for r in rows[1:]}
    assert {"cayuco", "patera"} <= medio
    nat = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert {"marroquí", "Guinea Conakry"} & nat
    crimes = {r[col["Tipo de delito"]] for r in rows[1:]}
    assert "favorecimiento de la inmigración irregular (art. 318 bis CP)" in crimes


def test_picum_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["picum_members"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Submission ref", "Incident date", "Type of case"]
    assert "Country of incident (ISO)" in header
    body = pd.read_csv(
        paths["picum_members"], sep="\t", dtype=str, encoding="utf-16", keep_default_na=False
    )
    where = body["Country of incident (ISO)"]
    assert "EL" in set(where)
    assert "GR" not in set(where)
    dates = body["Incident date"]
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    transit = body["Transit (ISO, in order)"]
    assert transit.str.fullmatch(r"[A-Z]{2}(;[A-Z]{2})+").any()
    gps = body["GPS"]
    assert gps.str.fullmatch(r"\d+\.\d{4}[NS] \d+\.\d{4}[EW]").mean() > 0.8
    assert body["Form of exploitation / sector"].str.contains("au pair").any()


def test_hrw_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["hrw_incidents"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"incident_id", "date", "category", "people", "lat", "lng"}
    dates = pd.Series([r["date"] for r in records]).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.8
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    nat = pd.Series([r["nationality_iso3"] for r in records]).dropna()
    assert nat.str.fullmatch(r"[A-Z]{3}").all()
    transit = pd.Series([r["transit"] for r in records]).dropna()
    assert transit.str.contains(" → ", regex=False).any()
    assert any(isinstance(r["people"], int) for r in records)
    assert any(isinstance(r["lat"], float) for r in records)
    assert "→" in paths["hrw_incidents"].read_text(encoding="utf-8")  # real UTF-8, no escapes
    assert records[-1]["incident_id"] == "TOTAL"


def test_truth_expects_what_an_analyst_reads(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    # approximate counts keep their number; a "not known" count none
    approx = kept & tags.str.contains("count_approx")
    assert approx.any()
    assert truth.loc[approx, "n_persons"].notna().all()
    # the EU's "EL" is Greece, "UK" the United Kingdom
    picum = kept & (truth["source"] == "picum_members")
    greece = picum & truth["detection_country"].eq("GRC").fillna(False)
    assert greece.any()
    assert tags[greece].str.contains("eu_country_code").all()
    # month-only and quarter-only dates start their period
    month = kept & tags.str.contains("date_month")
    assert (
        truth.loc[month & ~tags.str.contains("date_month_word"), "date_precision"] == "month"
    ).all()
    quarter = kept & tags.str.contains("date_quarter")
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    # "England"/"Scotland" are the United Kingdom
    nation = kept & tags.str.contains("uk_nation")
    assert nation.any()
    assert (truth.loc[nation, "detection_country"] == "GBR").all()
