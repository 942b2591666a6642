"""The examiner set ``blind199`` (files ``*_gs.*``): what it promises, checked on its bytes.

None of these tests cleans or scores: they check the files, the truth that describes them,
and that each agency's habits really are in its file.
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

VARIANT = "blind199"
SEED = 199
N_EVENTS = 1500
SMALL_SEED = 1991
SMALL_EVENTS = 400
SOURCES = (
    "met_msce_gs",
    "proyecto_esperanza_gs",
    "fondation_scelles_gs",
    "eunavfor_irini_gs",
    "oxfam_intermon_gs",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.01  # degrees; IRINI writes tenths of a minute


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str, status: str = "record") -> pd.DataFrame:
    return truth.loc[(truth["source"] == source) & (truth["expected_status"] == status)]


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_gs", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_gs", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every source has event rows even at this size
        assert len(_rows(truth, source)) > 0, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_who_first_reports_what(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    owner = {"GBR": SOURCES[0], "ESP": SOURCES[1], "FRA": SOURCES[2], "ITA": SOURCES[3]}
    want = [owner.get(c, SOURCES[4]) for c in where]
    assert list(first["source"]) == want


def test_tags_cover_the_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "date_dtg",
        "date_long_fr",
        "date_excel",
        "demonym:nationality",
        "iso3:nationality",
        "iso2:",
        "numeric:",
        "alias:detection_country",
        "typo:",
        "mojibake",
        "coords_dm",
        "geopoint",
        "decimal_comma:coordinates",
        "coords_missing",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "blank_gender",
        "blank_nationality",
        "count_text",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# Each agency's habits, in its bytes
# --------------------------------------------------------------------------------------
def test_met_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet(paths["met_msce_gs"])
    head = rows[0]
    assert head[:4] == ("CRIS Number", "Date Committed", "Offence", "Exploitation Type")
    assert "Victim Nationality" in head
    assert "Latitude" in head
    body = [dict(zip(head, r, strict=True)) for r in rows[1:]]
    refs = [r["CRIS Number"] for r in body if r["CRIS Number"] != "TOTAL"]
    assert all(re.fullmatch(r"44\d{5}/\d{2}|OFFICIAL-SENSITIVE.*", str(x)) for x in refs)
    dates = [r["Date Committed"] for r in body]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)
    offences = {str(r["Offence"]) for r in body}
    assert any("s.2" in o for o in offences)
    assert any("s.25" in o for o in offences)
    nats = {r["Victim Nationality"] for r in body}
    assert {"Vietnamese", "Afghan"} & nats
    assert "Nil" in {r["No. of Suspects"] for r in body}
    assert "UK" in {r["Country"] for r in body}
    assert any(isinstance(r["Latitude"], float) for r in body)
    assert all(
        isinstance(r["Persons Involved"], int)
        or r["Persons Involved"] in (None, "TBC", "Unknown", "Multiple", "Several", "Large group")
        for r in body
    )


def test_esperanza_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["proyecto_esperanza_gs"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # Spanish Excel's "CSV (delimitado por comas)": cp1252
    text = raw.decode("cp1252")
    assert text.startswith("Nº Expediente;Fecha detección;Tipo de delito;")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert lines[0].count(";") == 14
    body = "\n".join(lines[1:])
    assert re.search(r";\d\d/\d\d/\d{4};", body)
    assert re.search(r";\d\d/\d\d/\d\d;", body)
    assert re.search(
        r";(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
        r"octubre|noviembre|diciembre) de \d{4};",
        body,
    )
    assert "318 bis" in body
    assert "177 bis" in body
    assert re.search(r";(rumana|senegalés|maliense|marroquí|guineano|nigeriana);", body)
    assert "sin determinar" in body or "s/d" in body
    assert ";;;;;;;;;;;;;;" in text  # the empty row
    assert "TOTAL PERSONAS" in body
    big = _rows(truth, "proyecto_esperanza_gs")["n_persons"].dropna().astype(int)
    if (big >= 1000).any():
        assert re.search(r";\d\.\d{3};", body)  # thousands with a full stop


def test_scelles_csv(paths: dict[str, Path]) -> None:
    raw = paths["fondation_scelles_gs"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Texte Unicode": UTF-16 LE with BOM, tabs
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["Réf. CRIDES", "Date des faits", "Infraction"]
    assert "Nationalité" in head
    assert "Pays des faits" in head
    body = text.splitlines()[1:]
    dates = [line.split("\t")[1] for line in body if line.startswith("CRIDES-")]
    assert any(re.fullmatch(r"\d{1,2}(er)? [a-zéû]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\de?r? trimestre \d{4}", d) for d in dates)
    words = {c for line in body for c in line.split("\t")}
    assert {"deux", "trois"} & words
    assert "aucun" in words
    assert "Royaume-Uni" in words
    assert "France" in words
    assert "aide à l'entrée et au séjour irréguliers" in words


def test_irini_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["eunavfor_irini_gs"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["report_id", "dtg", "assessed_activity"]
    dtg = [r["dtg"] for r in recs if r["report_id"].startswith("IRINI/")]
    assert sum(bool(re.fullmatch(r"\d{6}Z[A-Z]{3}\d\d", str(d))) for d in dtg) > len(dtg) / 2
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\dZ", str(d)) for d in dtg)
    pos = [r["position"] for r in recs if r["position"]]
    assert all(re.fullmatch(r"\d{4}\.\dN \d{5}\.\d[EW]", p) for p in pos)
    assert {r["country"] for r in recs if r["country"]} == {"ITA"}
    assert any(isinstance(r["pob"], int) for r in recs)
    assert "NIL" in {r["suspected_facilitators"] for r in recs}
    assert recs[-1]["report_id"] == "SUMMARY"


def test_oxfam_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet(paths["oxfam_intermon_gs"])
    head = rows[0]
    assert head[:2] == ("ID registro", "Fecha del incidente")
    body = [dict(zip(head, r, strict=True)) for r in rows[1:]]
    gps = [str(r["Ubicación GPS"]) for r in body if r["Ubicación GPS"]]
    assert any(re.fullmatch(r"-?\d+\.\d{6} -?\d+\.\d{6} -?[\d.]+ [\d.]+", g) for g in gps)
    assert any(re.fullmatch(r"-?\d+,\d{5} / -?\d+,\d{5}", g) for g in gps)
    dates = [r["Fecha del incidente"] for r in body]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    cells = {str(v) for r in body for v in r.values() if v is not None}
    assert any("Ã" in c for c in cells)  # partners' UTF-8 pasted as cp1252
    assert "NNA" in cells
    assert "No aplica" in cells
    assert {"591", "840"} & cells or {"PA", "US"} & cells  # codes of the pasted rows


def test_quarantined_rows_are_bad_in_the_file(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad.loc[bad["messiness"] == "garbage_row", "expected_reason"]) == {
        "empty_row",
        "no_content",
        "no_date",
    }
    tags = tags_of(truth)
    kinds = set(truth.loc[tags.str.contains("bad_row"), "expected_reason"])
    assert kinds == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
