"""The examiner set ``blind198`` (files ``*_gr.*``): what its files and truth promise.

Five agencies (Metropolitan Police MSCE unit, SNCF railway security Nord, Diaconía
España, Plan International's monitoring in the Americas, Missing Children Europe's
network feed). These tests check the files' bytes and the ground truth; none cleans or
scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples import make_truth
from trendlib.samples._blind198 import SOURCES, make_blind198

VARIANT = "blind198"
SEED = 198
N_EVENTS = 1500
SMALL_SEED = 1981
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
EXACT_FIELDS = (
    "crime_type",
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


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """A CSV file's cells as text, its header row first (row 1), as the truth counts."""
    src = next(s for s in SOURCES if s.source == source)
    frame = pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_gr", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind198(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_exploitation_is_known_or_unknown_on_purpose(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    true = events.loc[ok["event_id"], "exploitation"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(true[~unknown])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_cross_source_reports_follow_the_agencies(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    first = cross["duplicate_of"].str.split(":").str[0]
    pairs = set(zip(first, cross["source_file"], strict=True))
    assert pairs <= {
        ("suge_nord_gr.csv", "met_msce_gr.csv"),
        ("met_msce_gr.csv", "mce_network_gr.jsonl"),
        ("diaconia_es_gr.xlsx", "mce_network_gr.jsonl"),
        ("mce_network_gr.jsonl", "diaconia_es_gr.xlsx"),
    }
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    seen = truth.loc[truth["expected_status"] == "record"]
    countries = seen.groupby("source_file")["event_id"].apply(
        lambda ids: set(events.loc[ids, "detection_country"])
    )
    assert countries["met_msce_gr.csv"] == {"GBR"}
    assert countries["suge_nord_gr.csv"] == {"FRA"}
    assert countries["diaconia_es_gr.xlsx"] == {"ESP"}
    assert countries["plan_intl_americas_gr.csv"] == {"PAN", "USA"}
    assert countries["mce_network_gr.jsonl"] <= {"ITA", "GRC", "HRV", "POL"}


# --------------------------------------------------------------------------------------
# Each agency's own habits, in the bytes
# --------------------------------------------------------------------------------------
def test_met_is_a_utf16_reporting_services_export(paths: dict[str, Path]) -> None:
    raw = paths["met_msce_gr"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with its byte-order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.startswith("CRN,Date of Encounter,Offence Classification,")
    assert '"Location (Lat, Long)"' in header
    rows = _rows(paths, "met_msce_gr")
    refs = rows["CRN"].loc[rows["CRN"].str.match(r"^52\d{5}/\d\d$")]
    assert len(refs) > 0.9 * len(rows)
    dates = rows["Date of Encounter"]
    assert dates.str.match(r"^\d\d/\d\d/20\d\d$").any()
    assert dates.str.match(r"^\d{1,2} [A-Z][a-z]+ 20\d\d$").any()  # 7 May 2023
    assert {"Vietnamese", "Nil", "NK", "Age disputed"} <= set(rows.to_numpy().ravel())
    assert rows["Offence Classification"].str.contains("s.25|s.2", regex=True).any()
    assert rows["Location (Lat, Long)"].str.match(r"^\d+\.\d{4,5}, -?\d+\.\d{4,5}$").any()


def test_suge_is_cp1252_semicolons_and_crlf(paths: dict[str, Path]) -> None:
    raw = paths["suge_nord_gr"].read_bytes()
    assert b"\r\n" in raw  # Windows line ends
    assert b"\xe2\x80" not in raw  # no UTF-8
    raw.decode("cp1252")
    assert "é".encode("cp1252") in raw
    rows = _rows(paths, "suge_nord_gr")
    assert rows.columns[:3].tolist() == ["N° fait", "Date/heure du fait", "Qualification"]
    dates = rows["Date/heure du fait"]
    assert dates.str.match(r"^\d\d/\d\d/20\d\d \d\d:\d\d$").any()
    assert dates.str.match(r"^\d\d/20\d\d$").any() or dates.str.match(r"^T\d 20\d\d$").any()
    assert rows["Latitude"].str.match(r"^5\d,\d{5}$").any()
    words = set(rows.to_numpy().ravel())
    assert {"aucun", "Angleterre"} <= words
    assert rows["Nationalité"].str.match(r"^[a-zéè]+ne$|^[a-zé]+e$").any()  # afghane


def test_diaconia_sheet_holds_real_dates_and_dms(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["diaconia_es_gr"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de detección", "Tipo de delito")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, str) and re.match(r"^\d\d/\d\d/20\d\d$", d) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]  # cells formatted as numbers
    assert serials
    assert all(44197 <= d <= 45292 for d in serials)  # 2021-01-01 .. 2024-01-01
    coords = [r[header.index("Coordenadas")] for r in rows[1:]]
    assert any(isinstance(c, str) and re.search(r"\d+°\d\d'\d\d\.\d\"O$", c) for c in coords)
    cells = {c for r in rows[1:] for c in r if isinstance(c, str)}
    assert any("Ã" in c for c in cells)  # names pasted from a UTF-8 export read as cp1252
    assert {"TSH", "ninguno", "senegalesa"} & cells
    counts = [r[header.index("Nº personas")] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    book.close()


def test_plan_is_a_kobo_export_from_spanish_excel(paths: dict[str, Path]) -> None:
    raw = paths["plan_intl_americas_gr"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(paths, "plan_intl_americas_gr")
    assert rows.columns[0] == "_id"
    assert rows.columns[-1] == "_submission_time"
    gps = rows["Ubicación GPS"]
    assert gps.str.match(r"^-?\d+\.\d+ -\d+\.\d+ \d+\.\d \d+\.\d$").any()  # lat lon alt acc
    dates = rows["Fecha del evento"]
    assert dates.str.match(r"^20\d\d-\d\d-\d\dT\d\d:\d\d:00\.000-0[57]:00$").any()
    assert dates.str.match(r"^\d\d/\d\d/20\d\d$").any()  # re-saved day-first by Excel
    assert not dates.str.match(r"^20\d\d-\d\d-\d\d$").any()
    assert {"NNA", "EE. UU."} <= set(rows.to_numpy().ravel())


def test_network_feed_is_json_lines(paths: dict[str, Path]) -> None:
    lines = _text(paths, "mce_network_gr").splitlines()
    records = [json.loads(line) for line in lines]
    body = [r for r in records if r["case_id"] != "TOTAL"]
    assert {r["reporting_country"] for r in body if r["reporting_country"]} <= {
        "IT",
        "GR",
        "HR",
        "PL",
        "ES",
        "GB",
    }
    assert any(isinstance(r["related_offences"], list) for r in body)
    assert any(r["route"] and "→" in r["route"] for r in body)
    assert any(re.match(r"^20\d\d-Q\d$", str(r["incident_date"])) for r in body)
    assert any(str(r["incident_date"]).endswith("T00:00:00Z") for r in body)
    assert any(re.match(r"^20\d\d/\d\d/\d\d$", str(r["incident_date"])) for r in body)
    assert any(re.match(r"^\d{3}$", str(r["country_of_origin"])) for r in body)
    assert {"The Smile of the Child", "SOS Il Telefono Azzurro"} <= {r["member_org"] for r in body}


def test_truth_reads_dms_and_decimal_commas_as_written(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    dms = truth.loc[tags.str.contains("coords_dms") & truth["expected_status"].ne("quarantine")]
    assert len(dms) > 0
    assert (dms["lon"].astype(float) < 30).all()
    west = dms.loc[dms["source_file"] == "diaconia_es_gr.xlsx"]
    assert west["lat"].notna().all()
    comma = truth.loc[
        tags.str.contains("decimal_comma") & truth["expected_status"].ne("quarantine")
    ]
    assert comma["lat"].astype(float).between(50, 52).all()
