"""Examiner set ``blind392`` (files ``*_od.*``): five shipping agents' port desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind392 import make_blind392

VARIANT = "blind392"
SEED = 392
N_EVENTS = 1500
SMALL_SEED = 3921
SMALL_EVENTS = 400

SOURCES = (
    "cory_brothers_uk",
    "umep_le_havre",
    "berge_maritima",
    "wilhelmsen_pa",
    "fonasba_digest",
)
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename]
    return rows.set_index(rows["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2  # the row number a person counts (header = 1)
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_od", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.002)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("seed", "n_events"),
    [(SMALL_SEED, SMALL_EVENTS), (SMALL_SEED, 300), (3, 300), (SEED, N_EVENTS)],
)
def test_every_desk_gets_rows(seed: int, n_events: int) -> None:
    subs = make_blind392(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_what_a_row_leaves_out_is_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Exploitation, origin and destination differ from the event only where planted."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col, tag in (
        ("origin_country", "empty:origin_country"),
        ("destination_country", "empty:destination_country"),
    ):
        planted = tags.str.contains(tag)
        assert ok.loc[~planted, col].equals(ev.loc[~planted, col]), col
        assert ok.loc[planted, col].isna().all(), col
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ev.loc[unknown, "crime_type"].isin(["trafficking", "both"]).all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_secondary_reports_come_from_another_desk(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (cross["duplicate_of"].str.split(":").str[0] != cross["source_file"]).all()
    # exact repeats only in the Panamá export (two overlapping extractions)
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"wilhelmsen_pa_od.csv"}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_cory_brothers_uk_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["cory_brothers_uk"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as Excel saves "CSV UTF-8"
    assert raw[3:].split(b"\n")[0].startswith(b"Incident No.,Date of Discovery,Incident Type")
    frame = _csv(path, "utf-8-sig", ",")
    rows = _rows_of(truth, path.name)
    rec = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[rec, "Date of Discovery"]
    day_first = r"^(\d\d/\d\d/\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d\d-[A-Z][a-z]{2}-\d\d)$"
    assert dates.str.match(day_first).all()
    assert pd.to_datetime(dates.str.slice(0, 10), format="%d/%m/%Y", errors="coerce").notna().any()
    pos = frame.loc[rec, "Position"]
    dm = r"^\d\d°\d\d\.\d'[NS] \d{3}°\d\d\.\d'[EW]$"
    assert pos[pos != ""].str.match(dm).mean() > 0.95
    nat = set(frame.loc[rec, "Nationality (claimed)"].str.strip())
    assert {"Afghan", "Iranian", "Vietnamese"} & nat
    assert any(re.fullmatch(r"[A-Z]{3}", n) for n in nat)  # Home Office three-letter codes
    text = raw.decode("utf-8-sig")
    assert "UASC" in text
    assert {"nil", "None"} & set(frame["Facilitators Detained"])  # no suspect
    placeholder = rows["messiness"].fillna("").str.contains("count_placeholder")
    assert (frame.loc[rows.index[placeholder], "No. of Persons"] == "TBC").all()


def test_umep_le_havre_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["umep_le_havre"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: "é" is one byte
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier;Date du constat;Qualification;")
    assert "\r\n" in text
    assert "Ã©" in text or "Ã" in text  # cells pasted from UTF-8 mails
    frame = _csv(path, "cp1252", ";")
    rows = _rows_of(truth, path.name)
    rec = rows.loc[rows["expected_status"] != "quarantine"].index
    lat = frame.loc[rec, "Latitude"]
    assert lat[lat != ""].str.match(r"^\d\d,\d{5}$").all()  # decimal comma
    dates = frame.loc[rec, "Date du constat"]
    assert dates.str.match(r"^(\d\d/\d\d/(\d\d)?\d\d|[a-zéû]+ \d{4})$").all()
    partial = rows.loc[rec, "date_precision"] == "month"
    assert partial.any()
    assert dates[partial].str.match(r"^[a-zéû]+ \d{4}$").all()
    nat = set(frame.loc[rec, "Nationalité"].str.strip().str.lower())
    assert {"afghane", "irakienne", "érythréenne"} & nat
    assert "MNA" in text
    assert "néant" in text


def test_berge_maritima_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["berge_maritima"]
    sheet = load_workbook(path).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    assert header[:3] == ("Ref. expediente", "Fecha detección", "Tipo de hecho")
    rows = _rows_of(truth, path.name)
    rec = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = [values[i - 1][1] for i in rec]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds  # real dates, bare serials, typed text
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 46000 for d in serials)
    crimes = {values[i - 1][2] for i in rec}
    assert any("318 bis" in str(c) for c in crimes)
    positions = [values[i - 1][14] for i in rec if values[i - 1][14] not in (None, "s/d")]
    dm = r"^\d\dº \d\d,\d' [NS] - \d{3}º \d\d,\d' [EW]$"
    assert all(re.match(dm, str(p)) for p in positions)
    words = {str(v) for row in values[1:] for v in row if v is not None}
    assert "MENA" in words
    assert any(re.fullmatch(r"\d\.\d{3}", w) for w in words)


def test_wilhelmsen_pa_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["wilhelmsen_pa"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.startswith("No. Reporte;Fecha/Hora;Tipo de incidente;")
    frame = _csv(path, "utf-8", ";")
    rows = _rows_of(truth, path.name)
    rec = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[rec, "Fecha/Hora"]
    assert dates.str.match(r"^(\d{4}-\d\d-\d\d \d\d:\d\d|\d\d/\d\d/\d{4})$").all()
    assert dates.str.contains(" ").any()
    coords = frame.loc[rec, "Coordenadas"]
    gps = coords.str.match(r"^-?\d+\.\d{5}, -?\d+\.\d{5}$")
    dms = coords.str.match(r"^\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]$")
    assert (gps | dms | coords.isin(["", "N/D"])).all()
    assert dms.any()
    assert "NNA" in text
    assert "venezolana" in text


def test_fonasba_digest_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["fonasba_digest"]
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = _rows_of(truth, path.name)
    assert len(lines) == len(rows)
    rec = [lines[i - 1] for i in rows.loc[rows["expected_status"] != "quarantine"].index]
    assert all(isinstance(r["via"], list) for r in rec)
    assert all(isinstance(r["related_offences"], list) for r in rec)
    dates = {r["date"] for r in rec}
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    codes = [r["incident_country"] for r in rec if r["incident_country"]]
    assert sum(len(c) == 2 for c in codes) > 0.5 * len(codes)
    assert lines[-1]["ref"] == "TOTAL (all members)"
