"""The examiner's held-out set ``blind401`` (files ``*_om.*``): what the set promises.

Five horticulture labour-compliance desks (Covent Garden market authority, Rungis's
Semmaris, FEPEX flowers and plants, the Boquete growers, the Floriculture Sustainability
Initiative's digest). These tests check the files and their truth; none cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind401 import SOURCES as DESKS
from trendlib.samples._blind401 import make_blind401

VARIANT = "blind401"
SEED = 401
N_EVENTS = 1500
SMALL_SEED = 4011
SMALL_EVENTS = 400

SOURCES = (
    "cgma_flower_market",
    "rungis_semmaris",
    "fepex_flores_plantas",
    "boquete_flores_cafe",
    "fsi_floriculture",
)
#: Fields every row gives as the event has them (never blanked by any desk).
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


def _truth_rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth_rows(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index(rows["source_row"].astype(int))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_desks_are_the_five_sources() -> None:
    assert tuple(d.source for d in DESKS) == SOURCES
    assert {d.language for d in DESKS} == {"en", "fr", "es"}
    assert all(d.filename.startswith(d.source) for d in DESKS)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_om", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_om", n_events=SMALL_EVENTS)


@pytest.mark.parametrize("n_events", [300, SMALL_EVENTS, N_EVENTS])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind401(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth_rows(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth_rows(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_blanks_are_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin, destination and exploitation differ from the event only where a tag says."""
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
    unknown = tags.str.contains("unknown_word:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_bad_rows_of_every_desk(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["source"]) == set(SOURCES)  # every desk has its total row
    totals = garbage.loc[garbage["source_ref"].isin(["Total", "Total général", "TOTAL"])]
    assert len(totals) == len(SOURCES)
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"]) == {
        "cgma_flower_market",
        "rungis_semmaris",
        "boquete_flores_cafe",
    }


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
_DAY_FIRST = re.compile(r"^(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/20\d\d$")


def test_cgma_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cgma_flower_market"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident ref,Date identified,Site,Concern type")
    frame = pd.read_csv(paths["cgma_flower_market"], dtype=str, keep_default_na=False)
    dates = frame["Date identified"]
    assert dates.str.match(_DAY_FIRST).mean() > 0.5
    assert dates.str.match(r"^\d{1,2} [A-Z][a-z]+ 20\d\d$").sum() > 10
    assert dates.str.match(r"^[A-Z][a-z]+ 20\d\d$").sum() > 0  # month only
    assert frame["Nationality"].str.strip().isin(["Vietnamese", "Afghan", "Iranian"]).any()
    assert frame["Country identified"].isin(["England", "Scotland"]).any()
    assert frame["Route (countries transited)"].str.contains(" > ").any()
    assert frame["Suspected offenders"].isin(["Nil", "none identified"]).any()
    assert frame["Persons involved"].str.lower().isin(["one", "two", "three"]).any()
    assert "Latitude" not in header
    assert "Site" in header
    rows = _rows_of(truth, "cgma_flower_market")
    records = rows.loc[rows["expected_status"] != "quarantine"]
    assert records["tags"].str.contains("coords_missing").all()
    scot = frame.index[frame["Country identified"] == "Scotland"] + 2
    assert (rows.loc[scot, "detection_country"] == "GBR").all()


def test_rungis_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["rungis_semmaris"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a Windows-1252 file
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Qualification;")
    frame = pd.read_csv(
        paths["rungis_semmaris"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    dates = frame["Date des faits"]
    assert dates.str.match(r"^T[1-4] 20\d\d$").any()  # quarter only
    assert dates.str.match(r"^\d\d/\d\d/\d\d$").any()  # two-digit year
    assert "Ã" in text  # pasted from a UTF-8 web form
    assert frame["Latitude"].str.match(r"^\d{2},\d{5}$").sum() > 10
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert frame["Nationalité"].str.strip().str.lower().isin(["afghane", "iranien"]).any()
    rows = _rows_of(truth, "rungis_semmaris")
    quarter = frame.index[dates.str.match(r"^T[1-4] 20\d\d$")] + 2
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3


def test_fepex_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["fepex_flores_plantas"])
    sheet = book.worksheets[0]
    rows_ = list(sheet.iter_rows(values_only=True))
    header = list(rows_[0])
    assert header[:4] == [
        "Nº expediente",
        "Fecha detección",
        "Tipo de delito",
        "Forma de explotación",
    ]
    dates = [r[1] for r in rows_[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 100  # real Excel dates
    texts = [d for d in dates if isinstance(d, str)]
    assert any(_DAY_FIRST.match(d) for d in texts)
    assert any(re.match(r"^[a-z]+ de 20\d\d$", d) for d in texts)  # "mayo de 2023"
    lat = header.index("Latitud")
    assert sum(isinstance(r[lat], float) for r in rows_[1:]) > 100
    assert any(isinstance(r[lat], str) and "," in r[lat] for r in rows_[1:])
    mode = header.index("Medio de transporte")
    assert {"Patera", "Cayuco"} & {r[mode] for r in rows_[1:]}
    rows = _rows_of(truth, "fepex_flores_plantas")
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3


def test_boquete_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["boquete_flores_cafe"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.startswith("No. caso\tFecha\tLugar\tDelito\t")
    frame = pd.read_csv(
        paths["boquete_flores_cafe"],
        sep="\t",
        encoding="utf-16",
        dtype=str,
        keep_default_na=False,
    )
    rows = _rows_of(truth, "boquete_flores_cafe")
    serial = frame.index[frame["Fecha"].str.match(r"^4\d{4}$")]
    assert len(serial) > 10
    for i in serial:  # the truth reads an Excel serial as its day
        row = rows.loc[i + 2]
        if row["expected_status"] == "quarantine":
            continue
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(frame.loc[i, "Fecha"]))
        assert row["event_date"] == day.strftime("%Y-%m-%d")
    dms = re.compile(r"^(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EW])$")
    coords = frame["Coordenadas GPS"]
    hits = coords.str.match(dms)
    assert hits.sum() > 10
    assert coords.str.match(r"^\d+\.\d{5}, -\d+\.\d{5}$").any()
    for i in frame.index[hits]:
        m = dms.match(coords[i])
        assert m is not None
        g = m.groups()
        lat = (int(g[0]) + int(g[1]) / 60 + float(g[2]) / 3600) * (1 if g[3] == "N" else -1)
        lon = (int(g[4]) + int(g[5]) / 60 + float(g[6]) / 3600) * (1 if g[7] == "E" else -1)
        row = rows.loc[i + 2]
        if row["expected_status"] == "quarantine":
            continue
        assert abs(float(row["lat"]) - lat) < 1e-5
        assert abs(float(row["lon"]) - lon) < 1e-5
    assert frame["Nacionalidad"].str.strip().isin(["venezolano", "venezolana"]).any()
    assert frame["Edad"].str.contains("NNA").any()
    assert frame["Cantidad de personas"].str.match(r"^\d+ (personas|migrantes)$").any()


def test_fsi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["fsi_floriculture"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["alert_id", "incident_date", "category"]
    m49 = {r["country_m49"] for r in recs if r["country_m49"] is not None}
    assert m49 <= {"380", "300", "724", "191", "616", "250", "826", "591", "840"}
    assert {"380", "300", "191", "616", "840"} <= m49  # what no primary desk reports
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(re.match(r"^20\d\d-\d\d$", d) for d in dates)
    assert any(re.match(r"^Q[1-4] 20\d\d$", d) for d in dates)
    assert any(re.match(r"^20\d\d/\d\d/\d\d$", d) for d in dates)
    assert all(isinstance(r["persons"], int | str) for r in recs)
    assert any(r["transit_iso3"] and ", " in r["transit_iso3"] for r in recs)
    rows = _rows_of(truth, "fsi_floriculture")
    assert rows.index.min() == 1  # a JSON line counts from 1
    first = rows.loc[rows["expected_status"] == "record"].iloc[0]
    rec = recs[int(first["source_row"]) - 1]
    assert rec["alert_id"] == first["source_ref"]
