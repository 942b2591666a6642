"""The examiner set ``blind297`` (files ``*_km.*``): au-pair, modelling and talent bodies.

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

try:
    from tests._blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )
except ImportError:  # tests/ itself on sys.path
    from _blind_checks import (  # type: ignore[no-redef]
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )

from trendlib.samples import make_truth
from trendlib.samples._blind297 import SOURCES, make_blind297

VARIANT = "blind297"
SEED = 297
N_EVENTS = 1500
SMALL_SEED = 2971
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
BAPAA, UFAP, ARTE, MICI, IAPA = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_km", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_km", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ["crime_type", "linked_offences"], tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("seed", "n_events"), [(0, 300), (3, 300), (SMALL_SEED, 400), (SEED, 1500)]
)
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind297(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 3, sub.filename


def test_what_rows_leave_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Countries, transit and exploitation are the event's, but for a word saying unknown."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country", "transit_countries"):
        gone = tags.str.contains(f"unknown_word:{col}")
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    unknown = tags.str.contains("unknown_word:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # a pure smuggling case has no exploitation, whatever the clerk wrote there
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    assert tags.str.contains("not_applicable:exploitation").any()


def test_every_quarantine_reason_and_duplicates_spread(truth: pd.DataFrame) -> None:
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert dup["source"].nunique() >= 3
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {BAPAA, MICI, IAPA}
    # the compilation reports what no national body does: none of their countries
    first = truth.loc[(truth["source"] == IAPA) & (truth["expected_status"] == "record")]
    assert not first["detection_country"].isin(["GBR", "FRA", "ESP", "PAN"]).any()


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_bapaa_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BAPAA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    frame = pd.read_csv(paths[BAPAA], encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert frame.columns[:4].tolist() == [
        "Case ID",
        "Date of incident",
        "Concern type",
        "Exploitation type",
    ]
    assert "Country where identified" in frame.columns
    dates = frame["Date of incident"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # a member gave the month only
    # day first throughout: no cell reads as month first with a day above 12 first
    slash = dates.loc[dates.str.fullmatch(r"\d\d/\d\d/\d{2,4}")]
    assert (slash.str[3:5].astype(int) <= 12).all()
    persons = frame["Persons affected"]
    assert persons.isin(["n/k", "not known"]).any()
    assert frame["Alleged perpetrators"].isin(["none", "None identified"]).any()
    assert frame["Intended destination"].isin(["UK", "Great Britain"]).any()
    rows = _rows(truth, BAPAA)
    approx = rows.loc[rows["messiness"].fillna("").str.contains("approx_count")]
    assert approx["n_persons"].notna().all()


def test_ufap_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UFAP].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a Windows French export, not UTF-8
    assert b"\r\n" in raw
    lines = _lines(paths[UFAP], "cp1252")
    assert lines[0].startswith("N° dossier;Date des faits;Qualification;")
    frame = pd.read_csv(paths[UFAP], sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}").any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Forme d'exploitation"].eq("Sans objet").any()
    assert frame["Nb de mis en cause"].isin(["néant", "aucun"]).any()
    assert "Ã" not in raw.decode("cp1252")  # no mojibake in this file
    rows = _rows(truth, UFAP)
    quarter = rows.loc[rows["date_precision"] == "quarter", "event_date"]
    assert quarter.str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()


def test_arte_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[ARTE])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True, max_col=sheet.max_column))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de los hechos", "Tipo de delito")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2  # real Excel dates
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in texts)
    assert any(re.fullmatch(r"T[1-4] \d{4}", t) for t in texts)
    counts = [r[4] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    cells = [str(v) for r in rows[1:] for v in r[8:12] if v is not None]
    assert any("Ã" in c for c in cells)  # names pasted from a UTF-8 file read as cp1252
    modes = {r[13] for r in rows[1:]}
    assert {"Patera", "Cayuco"} <= modes
    book.close()
    moji = _rows(truth, ARTE)
    moji = moji.loc[moji["messiness"].fillna("").str.contains("mojibake")]
    assert len(moji) > 0
    assert not tags_of(truth).loc[truth["source"] != ARTE].str.contains("mojibake").any()


def test_mici_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MICI].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE with its BOM
    lines = _lines(paths[MICI], "utf-16")
    header = lines[0].split("\t")
    assert header[:3] == ["NO. CASO", "FECHA DEL HECHO", "TIPO DE CASO"]
    assert "COORDENADAS" in header
    frame = pd.read_csv(paths[MICI], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False)
    dates = frame["FECHA DEL HECHO"]
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    coords = frame["COORDENADAS"]
    assert coords.str.contains(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W").any()
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert frame["GRUPO ETARIO"].str.contains("NNA").any()
    assert (frame["NACIONALIDAD"] == frame["NACIONALIDAD"].str.upper()).all()
    rows = _rows(truth, MICI)
    serial = rows.loc[rows["messiness"].fillna("").str.contains("serial_date")]
    assert set(serial["date_precision"]) == {"day"}


def test_iapa_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _lines(paths[IAPA], "utf-8")
    records = [json.loads(line) for line in lines]
    keys = set(records[0])
    assert {"incident_id", "date_of_incident", "nationality_iso2", "incident_country_m49"} <= keys
    assert {"lat", "lng"} <= keys
    body = [r for r in records if r["incident_id"] != "TOTAL"]
    nat = [r["nationality_iso2"] for r in body if r["nationality_iso2"]]
    assert sum(bool(re.fullmatch(r"[A-Za-z]{2}", n)) for n in nat) > 0.9 * len(nat)
    m49 = {r["incident_country_m49"] for r in body if r["incident_country_m49"]}
    assert m49 <= {"380", "300", "191", "616", "840", "724", "591", "826", "250"}
    dates = [str(r["date_of_incident"]) for r in body if r["date_of_incident"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(" > " in str(r["transit_route"]) for r in body)
    # a swapped pair shows as a latitude beyond 90 degrees, and the truth undoes it
    rows = _rows(truth, IAPA).set_index("source_row")
    swapped = [(i + 1, r) for i, r in enumerate(records) if r.get("lat") and abs(r["lat"]) > 90]
    assert swapped
    for row, rec in swapped:
        exp = rows.loc[str(row)]
        if exp["expected_status"] == "quarantine":
            continue
        assert (
            "coords_swapped"
            in tags_of(truth)
            .loc[(truth["source"] == IAPA) & (truth["source_row"] == str(row))]
            .iloc[0]
        )
        assert float(exp["lat"]) == pytest.approx(rec["lng"])
        assert float(exp["lon"]) == pytest.approx(rec["lat"])


def _date_cells(paths: dict[str, Path]) -> dict[tuple[str, int], object]:
    """Every file's date cell by (source, source_row), as the file holds it."""
    out: dict[tuple[str, int], object] = {}
    for source, sep, enc, col in (
        (BAPAA, ",", "utf-8-sig", "Date of incident"),
        (UFAP, ";", "cp1252", "Date des faits"),
        (MICI, "\t", "utf-16", "FECHA DEL HECHO"),
    ):
        frame = pd.read_csv(
            paths[source],
            sep=sep,
            encoding=enc,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        out.update({(source, i + 2): v for i, v in enumerate(frame[col])})
    sheet = load_workbook(paths[ARTE]).worksheets[0]
    for i, (cell,) in enumerate(sheet.iter_rows(min_row=2, min_col=2, max_col=2)):
        out[(ARTE, i + 2)] = cell.value
    lines = _lines(paths[IAPA], "utf-8")
    out.update({(IAPA, i + 1): json.loads(x)["date_of_incident"] for i, x in enumerate(lines)})
    return out


def test_bad_dates_in_each_agency_style(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    cells = _date_cells(paths)
    assert len(cells) == len(truth)
    bad = truth.loc[truth["expected_reason"].isin(["bad_date", "future_date", "no_date"])]
    assert set(bad["expected_status"]) == {"quarantine"}
    seen = set()
    for row in bad.loc[bad["event_id"].notna()].itertuples():
        cell = cells[(row.source, int(row.source_row))]
        seen.add((row.source, row.expected_reason))
        if row.expected_reason == "no_date":
            assert cell in ("", None), cell
        elif row.expected_reason == "future_date":
            year = cell.year if isinstance(cell, datetime) else int(re.findall(r"\d{4}", cell)[0])
            assert year >= 2031, cell
        else:  # a day the month does not have, in the agency's own order
            assert isinstance(cell, str)
            if row.source == IAPA:
                year, month, day = (int(x) for x in cell.split("-"))
            else:
                day, month, year = (int(x) for x in cell.split("/"))
            assert pd.Timestamp(year=year, month=month, day=1).days_in_month < day, cell
    assert {r for _, r in seen} == {"bad_date", "future_date", "no_date"}
