"""The examiner set ``blind398`` (files ``*_oj.*``): five restaurant-franchise desks.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind398 import SOURCES, make_blind398

VARIANT = "blind398"
SEED = 398
N_EVENTS = 1500
SMALL_SEED = 3981
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
UK, FR, ES, NOLAD, SFA = NAMES
#: Fields every desk writes exactly as the event has them (never blanked).
EXACT = ("crime_type", "exploitation", "linked_offences")
TOLERANCE = 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


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
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_oj", n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_oj", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_has_event_rows(n_events: int) -> None:
    subs = make_blind398(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_places_read_as_the_events_or_left_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin, destination and transit: the event's codes, or nothing where left out."""
    events = _events(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    no_column = {"destination_country": ok["source"] == UK}
    for col in ("origin_country", "destination_country", "transit_countries"):
        left_out = tags.str.contains(f"unknown:{col}|blank:{col}", regex=True)
        left_out = left_out | no_column.get(col, pd.Series(False, index=ok.index))
        assert ok.loc[~left_out, col].equals(ev.loc[~left_out, col]), col
        assert ok.loc[left_out, col].isna().all(), col
    assert ok.loc[ok["source"] == UK, "destination_country"].isna().all()


def test_cross_source_reports_come_from_the_second_desk(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {UK, FR, SFA}
    assert cross["duplicate_of"].str.split(":").str[0].ne(cross["source_file"]).all()


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def test_dpg_uk_bom_commas_demonyms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UK].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths[UK], encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert frame.columns[:3].tolist() == ["Case ref", "Date identified", "Concern category"]
    assert "Site lat/long" in frame.columns
    dates = frame["Date identified"]
    long_date = dates.str.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
    dated = dates.str.match(r"^\d{2}/\d{2}/\d{4}$") | long_date
    rows = _rows(truth, UK)
    written = rows.loc[rows["messiness"] != "garbage_row"]
    assert dated.sum() >= len(written) - 10  # bad rows and the note may be undated
    assert long_date.any()
    nat = set(frame["Nationality"])
    assert {"Vietnamese", "Afghan"} & nat
    assert frame["Site country"].isin(["England", "Scotland"]).any()
    pair = frame["Site lat/long"].str.match(r"^-?\d+\.\d{4}, -?\d+\.\d{4}$")
    assert pair.sum() > 0.9 * (frame["Site lat/long"] != "").sum()
    assert tags_of(rows).str.contains("count_word").any()


def test_bertrand_cp1252_semicolons_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0]
    assert header.split(";")[:3] == ["N° signalement", "Date des faits", "Nature du signalement"]
    assert re.search(r";\d{2},\d{5};-?\d,\d{5};", text)  # decimal commas
    rows = _rows(truth, FR)
    tags = tags_of(rows)
    assert tags.str.contains("mojibake").any()
    assert "Ã©" in text or "Ã" in text
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert re.search(rf";(?:{months}) 20\d\d;", text)
    assert (rows.loc[tags.str.contains("partial_date"), "date_precision"] == "month").all()
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 1


def test_telepizza_xlsx_real_dates_gentilicios(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[ES], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = list(rows[0])
    width = len(header)
    rows = [tuple(r) + (None,) * (width - len(r)) for r in rows]  # trailing blanks dropped
    assert header[:3] == ["Nº expediente", "Fecha de los hechos", "Tipología"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.75 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in texts)
    nat = {r[header.index("Nacionalidad")] for r in rows[1:]}
    assert nat & {"marroquí", "senegalés", "senegalesa", "maliense", "rumana", "rumano"}
    sexes = {r[header.index("Sexo")] for r in rows[1:]}
    assert "Varón" in sexes
    truth_es = _rows(truth, ES)
    quarter = truth_es["date_precision"].eq("quarter")
    assert quarter.sum() == 0 or any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in texts)
    counts = [r[header.index("Nº personas afectadas")] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)


def test_nolad_utf16_tabs_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[NOLAD].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Texto Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Folio", "Fecha del evento", "Tipo de caso"]
    assert re.search(r"\d{1,3}°\d{2}'\d{2}\.\d\"\"N \d{1,3}°\d{2}'\d{2}\.\d\"\"W", text)
    frame = pd.read_csv(paths[NOLAD], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False)
    dates = frame["Fecha del evento"]
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d{2}-[a-z]{3}-\d{4}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.5
    assert frame["País"].isin(["EUA", "EE. UU.", "Estados Unidos"]).any()
    assert frame["Grupo etario"].isin(["NNA", "Adultos y NNA"]).any()
    assert _rows(truth, NOLAD)["expected_reason"].eq("exact_repeat").sum() >= 1


def test_sfa_jsonl_codes_arrays_partial_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[SFA].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = set(records[0])
    assert {"case_id", "identified_on", "victims", "transit", "country_identified"} <= keys
    events = [r for r in records if r.get("identified_on") and r.get("case_category")]
    assert all(isinstance(r["transit"], list) for r in events)
    assert all(isinstance(r["related_offences"], list) for r in events)
    dates = {str(r["identified_on"]) for r in events}
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    countries = {r["country_identified"] for r in events}
    assert {"IT", "GR", "HR", "PL"} & countries
    assert {"380", "300", "191", "616"} & countries  # UN M49 numbers
    rows = _rows(truth, SFA)
    assert set(rows["date_precision"].dropna()) == {"day", "month", "quarter"}
