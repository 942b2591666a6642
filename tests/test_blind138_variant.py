"""Examiner set ``blind138`` (files ``*_ej.*``): what the files and their truth promise.

Five North American desks (TRAC Immigration, Global Affairs Canada's anti-crime
programme in Panama, La Presse Canadienne, the IRB Research Directorate and the ICPC
press watch). These tests check the bytes on disk and the truth; none of them cleans
or scores.
"""

from __future__ import annotations

import csv
import io
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind138 import SOURCES, make_blind138

VARIANT = "blind138"
SEED = 138
N_EVENTS = 1500
SMALL_SEED = 1381
SMALL_EVENTS = 400
SUFFIX = "_ej"
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
EXACT = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


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
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_reports_of_events(small, _truth(small), EXACT)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind138(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 10, sub.filename


def test_what_rows_leave_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin and exploitation differ from the event only where a tag says why."""
    ok, ev = check_reports_of_events(paths, truth, EXACT)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    blank = tags.str.contains("blank_origin_country")
    assert blank.any()
    assert ok.loc[blank, "origin_country"].isna().all()
    assert ok.loc[~blank, "origin_country"].equals(ev.loc[~blank, "origin_country"])
    unknown = tags.str.contains("unknown_exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_routing(truth: pd.DataFrame) -> None:
    """Each desk first reports the events of its own countries; ICPC the rest."""
    events = truth.loc[truth["expected_status"] == "record"]
    own = {
        "trac_syracuse": {"USA"},
        "pfca_panama": {"PAN"},
        "presse_canadienne": {"FRA", "GBR"},
        "cisr_irb_recherche": {"GRC", "HRV", "POL"},
        "cipc_veille": {"ITA", "ESP"},
    }
    for source, countries in own.items():
        got = set(_rows(events, source)["detection_country"].dropna())
        assert got == countries, source
    second = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(second["source"]) <= {
        "pfca_panama",
        "presse_canadienne",
        "cisr_irb_recherche",
        "cipc_veille",
    }


def test_every_kind_of_row_is_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "us_date",
        "excel_date",
        "text_date",
        "long_date",
        "tz",
        "partial_date",
        "demonym:nationality",
        "mojibake:",
        "iso2:",
        "iso3:",
        "typo:",
        "french:",
        "alias:",
        "dms_coordinates",
        "decimal_comma",
        "thousands:n_persons",
        "json_list",
        "transit_none_word",
        "spanish_words",
        "na_word",
        "coords_placeholder",
        "coords_missing",
        "blank_coordinates",
        "blank_gender",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
    precision = set(truth["date_precision"].dropna())
    assert precision == {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# The bytes of each desk
# --------------------------------------------------------------------------------------
def test_trac_is_plain_utf8_with_us_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["trac_syracuse"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["Record ID", "Apprehension Date", "Border Patrol Sector"]
    dates = [r[1] for r in rows[1:] if r and re.match(r"\d\d/\d\d/\d{4}", r[1])]
    month_first = [d for d in dates if int(d[3:5]) > 12]
    assert month_first  # the day comes second
    assert all(int(d[:2]) <= 12 for d in dates if d[6:10] < "2030")
    assert "HONDURAS" in text
    assert "GUATEMALA, MEXICO" in text
    if _rows(truth, "trac_syracuse")["messiness"].str.contains("thousands").any():
        assert re.search(r'"\d,\d{3}"', text)
    assert {"M", "F", "M/F"} <= {r[7] for r in rows[1:] if len(r) > 7}


def test_pfca_is_a_spanish_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["pfca_panama"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = rows[0]
    assert header[:3] == ("N° de caso", "Fecha del evento", "Lugar / comunidad")
    col = {h: i for i, h in enumerate(header)}
    body = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows[1:]]
    dates = [r[col["Fecha del evento"]] for r in body]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    coords = [r[col["Coordenadas GPS"]] for r in body if r[col["Coordenadas GPS"]]]
    assert any(re.search(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W", c) for c in coords)
    nationality = {r[col["Nacionalidad"]] for r in body}
    assert {"venezolana", "Venezolana"} & nationality
    assert "No aplica" in {r[col["Forma de explotación"]] for r in body}
    assert any(r[col["N° de caso"]] == "TOTAL GENERAL" for r in body)


def test_presse_canadienne_is_quebec_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["presse_canadienne"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert all(isinstance(i, dict) for i in items)
    assert "date_evenement" in items[0]
    assert any(isinstance(i["pays_transit"], list) for i in items)
    dates = [i["date_evenement"] for i in items if i["date_evenement"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.search(r"T\d\d:\d\d:\d\d-04:00$", d) for d in dates)
    assert any(re.search(r"\d \w+ \d{4}$", d) for d in dates)
    words = {i["infraction"] for i in items}
    assert {"traite de personnes", "passage de clandestins"} <= words
    text = "\n".join(lines)
    assert "Angleterre" in text
    assert "recyclage des produits de la criminalité" in text


def test_irb_is_utf16_tab_text(paths: dict[str, Path]) -> None:
    raw = paths["cisr_irb_recherche"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert rows[0][0] == "RIR / Incident No."
    assert all(len(r) == len(rows[0]) for r in rows if r)
    dates = {r[1] for r in rows[1:] if len(r) > 1}
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)
    assert "Direct" in {r[10] for r in rows[1:] if len(r) > 10}
    assert re.search(r"\t-?\d+\.\d{4}, -?\d+\.\d{4}\t", text)


def test_cipc_is_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["cipc_veille"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:2] == ["No fiche", "Date de l'événement"]
    assert "Ã©" in text  # mojibake pasted from UTF-8 items
    assert re.search(r";-?\d+,\d{5};-?\d+,\d{5};", text)
    dates = {r[1] for r in rows[1:] if len(r) > 1}
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert "tráfico ilícito de migrantes" in text
    assert any(not any(r) for r in rows[1:])  # the empty row
