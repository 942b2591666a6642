"""The examiner sample set ``blind150`` (files ``*_ev.*``): what it promises, in its bytes.

These tests check the files and their truth only; none of them cleans or scores.
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
from trendlib.samples._blind150 import make_blind150

VARIANT = "blind150"
SEED = 150
N_EVENTS = 1500
SMALL_SEED = 1501
SMALL_EVENTS = 400
SOURCES = (
    "pk_cwa_athens_ev",
    "ote_attaches_sociaux_ev",
    "bh_moi_attache_ldn_ev",
    "dxb_police_enlace_mad_ev",
    "qa_nccht_ev",
)
#: Fields every kept row writes as the event has them.
FIELDS = ("crime_type", "exploitation", "linked_offences")
#: Coordinates are written to 4 decimals, 5 decimals or a tenth of an arc second.
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by their row number."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _csv(path: Path, *, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by row number (header = row 1)."""
    frame = pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, len(frame) + 2)
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ev", n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ev", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_countries_left_out_only_where_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth["expected_status"] != "quarantine"
    ok = truth.loc[kept].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[kept].reset_index(drop=True)
    for col in ("origin_country", "destination_country", "transit_countries"):
        unknown = tags.str.contains(f"unknown:{col}")
        assert ok.loc[~unknown, col].equals(ev.loc[~unknown, col]), col
        assert ok.loc[unknown, col].isna().all(), col
        assert unknown.any() or col == "transit_countries", col


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_source_reports_at_small_sizes(n_events: int) -> None:
    subs = make_blind150(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 5, sub.filename


def test_garbage_rows_where_the_agency_writes_them(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    by_file = garbage.groupby("source_file")["expected_reason"].agg(set)
    for name in ("pk_cwa_athens_ev.csv", "bh_moi_attache_ldn_ev.csv"):
        assert by_file[name] == {"empty_row", "no_content", "no_date"}
    assert by_file["dxb_police_enlace_mad_ev.csv"] == {"empty_row", "no_content", "no_date"}
    assert by_file["ote_attaches_sociaux_ev.xlsx"] == {"no_content", "no_date"}
    assert by_file["qa_nccht_ev.jsonl"] == {"no_date"}  # the system's summary line only


def test_every_agency_has_duplicates_or_repeats_planted(truth: pd.DataFrame) -> None:
    dup = truth.loc[truth["expected_status"] == "duplicate"]
    repeats = set(dup.loc[dup["expected_reason"] == "exact_repeat", "source_file"])
    assert repeats == {
        "ote_attaches_sociaux_ev.xlsx",
        "dxb_police_enlace_mad_ev.csv",
        "qa_nccht_ev.jsonl",
    }
    cross = set(dup.loc[dup["expected_reason"] == "cross_source", "source_file"])
    assert {"qa_nccht_ev.jsonl", "dxb_police_enlace_mad_ev.csv"} <= cross


# --------------------------------------------------------------------------------------
# Pakistan, Community Welfare Attaché Athens: cp1252, ",", CRLF, English
# --------------------------------------------------------------------------------------
def test_pk_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pk_cwa_athens_ev"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("Ref. No.,Date of Incident,Nature of Case,")
    cells = _csv(paths["pk_cwa_athens_ev"], encoding="cp1252", sep=",")
    rows = _rows(truth, "pk_cwa_athens_ev")
    records = cells.loc[rows.index[rows["expected_status"] == "record"]]
    dates = records["Date of Incident"]
    day_first = r"^(\d{2})/(\d{2})/\d{4}$|^\d{2}-[A-Z][a-z]{2}-\d{4}$|^[A-Z][a-z]{2}-\d{4}$"
    assert dates.str.match(day_first).all()
    slash = dates.str.extract(r"^(\d{2})/(\d{2})/").dropna().astype(int)
    assert (slash[0] > 12).any()  # the day comes first
    assert (slash[1] <= 12).all()
    assert records["No. of Agents/Facilitators"].isin(["Nil", "NIL"]).any()
    assert records["No. of Persons"].str.match(r"^\d{2} \([A-Z][a-z]+\)$").any()
    assert records["Route (Transit Countries)"].str.contains(" - ").any()
    assert records["Nationality"].isin(["Afghan", "Pakistani", "Syrian", "Iraqi"]).any()
    assert records["Location (Lat/Long)"].str.match(r"^\d+\.\d{4}, \d+\.\d{4}$").any()
    assert records["Type of Exploitation"].eq("N/A").any()  # smuggling: not applicable
    assert records["Other Offences"].str.contains("Forged documents|Fake visa").any()


def test_pk_dates_and_places_read_as_the_truth_says(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _csv(paths["pk_cwa_athens_ev"], encoding="cp1252", sep=",")
    rows = _rows(truth, "pk_cwa_athens_ev")
    day = rows.loc[rows["date_precision"] == "day"]
    written = pd.to_datetime(
        cells.loc[day.index, "Date of Incident"], format="mixed", dayfirst=True
    ).dt.strftime("%Y-%m-%d")
    assert written.equals(day["event_date"])
    month = rows.loc[rows["date_precision"] == "month"]
    assert len(month) > 0
    assert cells.loc[month.index, "Date of Incident"].str.match(r"^[A-Z][a-z]{2}-\d{4}$").all()
    placed = rows.loc[rows["lat"].notna()]
    pair = cells.loc[placed.index, "Location (Lat/Long)"].str.split(", ", expand=True)
    assert (pair[0].astype(float) - placed["lat"].astype(float)).abs().max() < 1e-9
    assert (pair[1].astype(float) - placed["lon"].astype(float)).abs().max() < 1e-9


# --------------------------------------------------------------------------------------
# Tunisia, OTE social attachés: French XLSX
# --------------------------------------------------------------------------------------
def test_ote_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["ote_attaches_sociaux_ev"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("N° dossier", "Date de l'interception", "Qualification des faits")
    assert "Latitude" in header
    assert "Longitude" in header
    exp = _rows(truth, "ote_attaches_sociaux_ev")
    width = len(header)
    body = {i + 2: tuple(r) + (None,) * (width - len(r)) for i, r in enumerate(rows[1:])}
    kept = [body[i] for i in exp.index[exp["expected_status"] != "quarantine"]]
    dates = [r[1] for r in kept]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.7 * len(dates)
    kinds = {type(d).__name__ for d in dates}
    assert kinds == {"datetime", "str", "int"}  # Excel dates, typed text, lost-format serials
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.match(r"^T[1-4] \d{4}$", d) for d in text)
    assert any(
        re.match(
            r"^(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
            r"|octobre|novembre|décembre) \d{4}$",
            d,
        )
        for d in text
    )
    assert all(re.match(r"^\d{2}/\d{2}/\d{4}$|^T[1-4] |^[a-zéû]+ \d{4}$", d) for d in text)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45292 for d in serials)  # 2021-01-01 .. 2024-01-01
    lat = [r[header.index("Latitude")] for r in kept]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.match(r"^\d+,\d{5}$", v) for v in lat)
    persons = [r[header.index("Nombre de personnes")] for r in kept]
    assert any(isinstance(v, str) and re.match(r"^\d[\u00a0 ]\d{3}$", v) for v in persons)
    suspects = [r[header.index("Passeurs présumés")] for r in kept]
    assert "néant" in suspects
    transit = [r[header.index("Pays de transit")] for r in kept]
    assert any(isinstance(v, str) and " / " in v for v in transit)


# --------------------------------------------------------------------------------------
# Bahrain, Police Attaché London: UTF-16 "Unicode Text", tab
# --------------------------------------------------------------------------------------
_DMS = re.compile(r"^(\d+)°(\d{2})'(\d{2}\.\d)\"([NS]) (\d+)°(\d{2})'(\d{2}\.\d)\"([EW])$")


def _from_dms(deg: str, minutes: str, sec: str, hemi: str) -> float:
    value = int(deg) + int(minutes) / 60 + float(sec) / 3600
    return -value if hemi in "SW" else value


def test_bh_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["bh_moi_attache_ldn_ev"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    first = raw.decode("utf-16").splitlines()[0]
    assert first.split("\t")[:3] == ["Case Ref", "Date of Detection", "Offence Category"]
    cells = _csv(paths["bh_moi_attache_ldn_ev"], encoding="utf-16", sep="\t")
    rows = _rows(truth, "bh_moi_attache_ldn_ev")
    kept = cells.loc[rows.index[rows["expected_status"] != "quarantine"]]
    dates = kept["Date of Detection"]
    assert dates.str.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$|^\d{2}/\d{2}/\d{4}$|^Q[1-4] \d{4}$").all()
    assert kept["Offence Category"].str.strip().str.upper().str.startswith(("OIC", "MSHT")).any()
    assert kept["Age Category"].str.contains("UASC").any()
    assert kept["Method"].isin(["Small boat", "RHIB", "HGV"]).any()
    assert kept["Transit Route"].str.contains(" > ").any()
    assert kept["Suspects"].str.lower().eq("none").any()


def test_bh_dms_reads_as_the_truth_says(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths["bh_moi_attache_ldn_ev"], encoding="utf-16", sep="\t")
    rows = _rows(truth, "bh_moi_attache_ldn_ev")
    placed = rows.loc[rows["lat"].notna()]
    assert len(placed) > 0
    for row, text in cells.loc[placed.index, "Location (DMS)"].items():
        m = _DMS.match(text)
        assert m is not None, text
        assert abs(_from_dms(*m.groups()[:4]) - float(placed.at[row, "lat"])) < 1e-9
        assert abs(_from_dms(*m.groups()[4:]) - float(placed.at[row, "lon"])) < 1e-9
    quarter = rows.loc[rows["date_precision"] == "quarter"]
    assert cells.loc[quarter.index, "Date of Detection"].str.match(r"^Q[1-4] \d{4}$").all()


# --------------------------------------------------------------------------------------
# Dubai Police liaison Madrid: Spanish, UTF-8 with BOM, ";"
# --------------------------------------------------------------------------------------
def test_dxb_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dxb_police_enlace_mad_ev"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Nº registro;Fecha del hecho;Tipología delictiva;")
    assert "Ã" in text  # a batch pasted from a mis-decoded export
    cells = _csv(paths["dxb_police_enlace_mad_ev"], encoding="utf-8-sig", sep=";")
    rows = _rows(truth, "dxb_police_enlace_mad_ev")
    kept = cells.loc[rows.index[rows["expected_status"] != "quarantine"]]
    assert (
        kept["Fecha del hecho"]
        .str.match(r"^\d{2}/\d{2}/\d{4}$|^\d{1,2} de [a-z]+ de \d{4}$|^[a-z]+ de \d{4}$")
        .all()
    )
    assert kept["Tipología delictiva"].str.contains("318 bis").any()
    assert kept["Edad"].str.contains("MENA").any()
    assert kept["Medio de transporte"].str.contains("Cayuco|Patera").any()
    assert kept["Nacionalidad"].str.contains("marroquí|argelina|venezolana").any()
    coords = kept["Coordenadas (lat / lon)"]
    assert coords[coords != ""].str.match(r"^-?\d+,\d{4} / -?\d+,\d{4}$").all()
    persons = kept["Nº personas"]
    assert persons.str.match(r"^\d\.\d{3}$").any()  # thousands with a dot
    mojibake = tags_of(truth).loc[truth["source"] == "dxb_police_enlace_mad_ev"]
    assert mojibake.str.contains("mojibake").any()


# --------------------------------------------------------------------------------------
# Qatar NCCHT: JSON lines, the compilation
# --------------------------------------------------------------------------------------
def test_qa_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["qa_nccht_ev"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    rows = _rows(truth, "qa_nccht_ev")
    assert len(records) == len(rows)
    assert list(records[0])[:3] == ["caseNumber", "incidentDate", "offenceType"]
    kept = [records[i - 1] for i in rows.index[rows["expected_status"] != "quarantine"]]
    dates = [r["incidentDate"] for r in kept]
    pattern = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+03:00)?$|^\d{4}-\d{2}$|^\d{4}-Q[1-4]$"
    assert all(re.match(pattern, d) for d in dates)
    assert any(d.endswith("+03:00") for d in dates)
    assert any(re.match(r"^\d{4}-Q[1-4]$", d) for d in dates)
    places = [r["location"] for r in kept if r["location"] is not None]
    assert all(re.match(r"^POINT \(-?\d+\.\d{5} -?\d+\.\d{5}\)$", p) for p in places)
    assert "XXX" in {r["nationality"] for r in kept}
    assert all(isinstance(r["personsCount"], int) for r in kept)
    detected = {r["countryOfDetection"] for r in kept}
    assert {"POL", "USA"} <= detected
    # the compilation first reports only what no other desk does
    first = rows.loc[rows["expected_status"] == "record", "detection_country"].dropna()
    assert set(first) <= {"POL", "USA"}
