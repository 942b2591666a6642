"""The examiner's held-out set ``blind366``: casinos' and gaming regulators' AML desks.

These tests check what the set promises (files, truth, the agencies' own habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind366 import SOURCES, make_blind366

VARIANT = "blind366"
SEED = 366
N_EVENTS = 1500
SMALL_SEED = 3661
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
RANK, PARTOUCHE, CIRSA, CROWN, IAGR = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_nd", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_nd", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for name in NAMES:  # every desk reports events at the small size too
        assert (_rows(truth, name)["expected_status"] == "record").sum() > 5, name


def test_every_desk_has_rows_at_300_events() -> None:
    subs = make_blind366(make_truth(seed=SMALL_SEED, n_events=300), seed=SMALL_SEED)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 3, sub.source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(
        paths,
        _truth(paths),
        ("crime_type", "transit_countries", "linked_offences"),
        tolerance=1e-4,
    )


def test_expected_values_small(small: dict[str, Path]) -> None:
    ok, _ = check_reports_of_events(
        small, _truth(small), ("crime_type", "transit_countries", "linked_offences")
    )
    assert len(ok) > SMALL_EVENTS * 0.9
    assert ok["event_date"].notna().all()


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_words_the_truth_leaves_out(paths: dict[str, Path]) -> None:
    """An unknown exploitation is 'unknown'; an unknown country of origin or destination
    is missing; every other value is the event's own."""
    truth = _truth(paths)
    ok, ev = check_reports_of_events(paths, truth, ("crime_type",))
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    for col in ("origin_country", "destination_country"):
        gone = tags.str.contains(f"unknown:{col}")
        assert gone.any(), col
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    # a smuggling case has no form of exploitation, whatever the cell says ("N/A")
    smug = ok["crime_type"] == "smuggling"
    assert ok.loc[smug, "exploitation"].isna().all()


def test_sources_and_primary_countries(paths: dict[str, Path]) -> None:
    """Each desk first reports the events of its own country; the exchange the rest."""
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    home = {"GBR": RANK, "FRA": PARTOUCHE, "ESP": CIRSA, "PAN": CROWN}
    want = [home.get(c, IAGR) for c in country]
    assert list(first["source"]) == want


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_rank_grosvenor_sar_log(paths: dict[str, Path]) -> None:
    """English Excel log: real date cells mostly, typed UK dates, demonyms, ``A > B``."""
    sheet = load_workbook(paths[RANK], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("SAR ref", "Date of event", "Suspected predicate offence")
    body = [r for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("GRV/SAR/")]
    dates = [r[1] for r in body]
    real = sum(isinstance(d, datetime) for d in dates)
    assert real > 0.7 * len(body)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in typed)
    assert all(isinstance(r[4], int) for r in body if r[4] not in ("Not known", "TBC", None))
    nationality = {r[8] for r in body}
    assert nationality & {"Afghan", "Vietnamese", "Iraqi", "Iranian", "Eritrean", "Albanian"}
    assert any(isinstance(r[12], str) and " > " in r[12] for r in body)
    assert {"Nil", "None"} & {r[5] for r in body}
    assert rows[-1][0] == "TOTAL"


def test_partouche_cp1252_semicolon(paths: dict[str, Path]) -> None:
    """French cp1252 export: ``;``, CRLF, day-first dates, T-quarters, decimal commas."""
    raw = paths[PARTOUCHE].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier LCB-FT;Date des faits;Infraction d'origine;")
    assert "\r\n" in text
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}|").all()
    assert frame["Mis en cause"].isin(["néant", "aucun"]).any()
    assert text.count("Ã") > 3  # a few cells pasted from a UTF-8 extract
    assert frame["Infraction d'origine"].str.contains("CESEDA").any()
    # day/month order: every record's day-first date is the truth's date
    truth = _rows(_truth(paths), PARTOUCHE)
    rec = truth.loc[truth["expected_status"].eq("record") & truth["date_precision"].eq("day")]
    cells = dates.iloc[rec["source_row"].astype(int) - 2]
    parsed = [
        datetime.strptime(c, "%d/%m/%Y" if len(c) == 10 else "%d/%m/%y").strftime("%Y-%m-%d")
        for c in cells
    ]
    assert parsed == list(rec["event_date"])


def test_cirsa_utf16_tab(paths: dict[str, Path]) -> None:
    """Excel 'Unicode text': UTF-16 with BOM, tabs, ``2023/05/17`` dates, Penal Code."""
    raw = paths[CIRSA].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[0] == "Nº expediente"
    assert len(header) == 16
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    dates = frame["Fecha de los hechos"]
    assert dates.str.fullmatch(r"20\d\d/\d\d/\d\d").mean() > 0.5
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"[a-z]+ de 20\d\d").any()
    coords = frame["Coordenadas (según atestado)"]
    assert coords.str.fullmatch(r"-?\d+,\d{5}; -?\d+,\d{5}|").all()
    assert frame["Delito subyacente"].str.contains("318 bis").any()
    modes = set(frame["Medio de transporte"].str.strip().str.lower())
    assert {"cayuco", "patera"} <= modes
    assert frame["Nº víctimas / migrantes"].str.fullmatch(r"\d{1,2}\.\d{3}").any()


def test_crown_utf8_bom_serial_dates(paths: dict[str, Path]) -> None:
    """Panama: UTF-8 with BOM, ``,``, Excel serials beside typed day-first dates, re-sends."""
    raw = paths[CROWN].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["No. ROS", "Fecha", "Delito precedente"]
    body = [r for r in rows[1:] if r and r[0].startswith("ROS-")]
    serial = [r[1] for r in body if re.fullmatch(r"4\d{4}", r[1])]
    typed = [r[1] for r in body if re.fullmatch(r"\d\d/\d\d/20\d\d", r[1])]
    assert len(serial) > len(typed) > 0
    truth = _rows(_truth(paths), CROWN)
    rec = truth.loc[truth["expected_status"].eq("record")].set_index("source_ref")
    for r in body:  # a serial counts days from 1899-12-30; typed dates are day-first
        if r[0] in rec.index and re.fullmatch(r"4\d{4}", r[1]):
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(r[1]))
            assert day.strftime("%Y-%m-%d") == rec.loc[r[0], "event_date"]
        elif r[0] in rec.index and re.fullmatch(r"\d\d/\d\d/20\d\d", r[1]):
            day = pd.Timestamp(datetime.strptime(r[1], "%d/%m/%Y"))
            assert day.strftime("%Y-%m-%d") == rec.loc[r[0], "event_date"]
    values = {c.strip() for r in body for c in r}
    assert {"NNA", "ninguno"} <= values or {"Adultos y NNA", "ninguno"} <= values
    assert values & {"EE.UU.", "EEUU"}
    lines = text.splitlines()
    assert len(lines) > len(set(lines))  # rows re-sent as they were


def test_iagr_jsonl_codes(paths: dict[str, Path]) -> None:
    """The exchange: JSON lines, ISO alpha-3 mostly, ISO dates, months, quarters, numbers."""
    lines = paths[IAGR].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"notice_id", "incident_date", "offence_category", "detected_in"}
    notices = [r for r in recs if str(r["notice_id"]).startswith("IAGR-")]
    dates = [str(r["incident_date"]) for r in notices]
    assert sum(bool(re.fullmatch(r"20\d\d-\d\d-\d\d", d)) for d in dates) > 0.8 * len(dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    nat = [r["nationality"] for r in notices if isinstance(r["nationality"], str)]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", n)) for n in nat) > 0.7 * len(nat)
    assert any(re.fullmatch(r"\d{3}", n) for n in nat)  # ISO numeric
    assert all(isinstance(r["persons_involved"], int | str | None) for r in notices)
    assert any(isinstance(r["lat"], float) for r in notices)
    assert {r["offence_category"] for r in notices} >= {"THB", "SOM"}
    assert len(lines) > len(set(lines))  # notices pushed twice


def test_mojibake_only_in_partouche(paths: dict[str, Path]) -> None:
    truth = tags_of(_truth(paths))
    files = _truth(paths)["source"]
    moji = truth.str.contains("mojibake")
    assert moji.any()
    assert set(files[moji]) == {PARTOUCHE}
