"""The examiner set ``blind357`` (files ``*_mu.*``): files, truth and each agency's habits.

These tests check what the set promises (every row described, the agencies' encodings,
separators, header words, date styles and wordings really in the bytes, the truth
reading each planted habit as a careful analyst would); none of them cleans or scores.
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

from trendlib.samples import make_truth
from trendlib.samples._blind357 import AGENCIES, make_blind357

VARIANT = "blind357"
SEED = 357
N_EVENTS = 1500
SMALL_SEED = 3571
SMALL_EVENTS = 400

SOURCES = [a.source for a in AGENCIES]
IASC, CRF, ATIME, HR360, INFOBAE = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path)
    return [tuple(r) for r in book.active.iter_rows(values_only=True)]


def _column(rows: list[tuple[object, ...]], header: str) -> list[object]:
    i = list(rows[0]).index(header)
    return [r[i] for r in rows[1:]]


def _csv(path: Path, encoding: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=";", encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_mu", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_mu", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=1e-3)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), ("crime_type",), tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind357(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == SOURCES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_every_row_has_its_event_or_is_garbage(truth: pd.DataFrame) -> None:
    garbage = tags_of(truth).str.contains("garbage_row")
    assert truth.loc[~garbage, "event_id"].notna().all()
    assert truth.loc[garbage, "event_id"].isna().all()
    assert set(truth.loc[garbage, "expected_reason"]) == {"empty_row", "no_content", "no_date"}


def test_cross_source_reports_come_from_the_news_desk(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {INFOBAE}
    firsts = cross["duplicate_of"].str.split(":").str[0]
    assert set(firsts) <= {
        f"{s}.{e}" for s, e in zip(SOURCES, ["xlsx", "csv", "csv", "jsonl", "xlsx"], strict=True)
    }
    assert not firsts.str.startswith(INFOBAE).any()


# --------------------------------------------------------------------------------------
# IASC partner return (English, Excel)
# --------------------------------------------------------------------------------------
def test_iasc_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet(paths[IASC])
    assert rows[0][:4] == ("IASC ref", "Date identified", "Crime type", "Exploitation type")
    dates = _column(rows, "Date identified")
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in text)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in text)
    place = set(_column(rows, "Identified in"))
    assert {"England", "Scotland", "UK"} <= place
    assert {"Vietnamese", "Afghan"} & set(_column(rows, "Nationality"))
    assert any(isinstance(r, str) and " > " in r for r in _column(rows, "Route (transit)"))
    pairs = [c for c in _column(rows, "Lat / Long") if c is not None]
    assert all(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", str(c)) for c in pairs[:-1])
    crime = set(_column(rows, "Crime type"))
    assert {"Modern slavery", "Organised immigration crime"} <= crime
    mine = _rows(truth, IASC)
    assert (mine["expected_reason"] == "exact_repeat").sum() >= 3


def test_iasc_truth_reads_places_and_quarters(truth: pd.DataFrame) -> None:
    mine = _rows(truth, IASC)
    tags = tags_of(truth).loc[mine.index]
    region = mine.loc[tags.str.contains("region:detection_country")]
    assert len(region) > 0
    assert (region["detection_country"] == "GBR").all()
    quarter = mine.loc[tags.str.contains("quarter") & mine["expected_status"].ne("quarantine")]
    assert len(quarter) > 0
    assert (quarter["date_precision"] == "quarter").all()
    starts = pd.to_datetime(quarter["event_date"])
    assert starts.dt.month.isin([1, 4, 7, 10]).all()
    assert (starts.dt.day == 1).all()
    demonym = mine.loc[tags.str.contains("demonym:nationality")]
    assert len(demonym) > 0
    assert demonym["nationality"].str.fullmatch(r"[A-Z]{3}").all()


# --------------------------------------------------------------------------------------
# French Red Cross, Littoral mission (French, cp1252, ;)
# --------------------------------------------------------------------------------------
def test_crf_bytes(paths: dict[str, Path]) -> None:
    raw = paths[CRF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.startswith("N° fiche;Date intervention;Qualification;".encode("cp1252"))
    assert b"\r\n" in raw
    assert "Tranche d'âge".encode("cp1252") in raw
    frame = _csv(paths[CRF], "cp1252")
    assert "Linked offences" not in frame.columns
    assert len(frame.columns) == 16
    dates = frame["Date intervention"]
    body = dates[frame["N° fiche"].str.startswith("ML-")]
    assert body.str.fullmatch(r"(\d\d/\d\d/(\d{4}|\d\d))?").all()
    lat = frame["Latitude"][frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"\d+,\d{4}").all()
    assert {"Angleterre", "Royaume-Uni"} & set(frame["Destination souhaitée"])
    assert "TOTAL" in set(frame["N° fiche"])


def test_crf_truth_reads_french_words(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    frame = _csv(paths[CRF], "cp1252")
    mine = _rows(truth, CRF).reset_index(drop=True)
    assert len(frame) == len(mine)
    ok = mine["expected_status"].ne("quarantine")
    persons = frame.loc[ok, "Nb personnes"]
    unit = persons.str.endswith(" pers.")
    assert (persons[unit].str.removesuffix(" pers.") == mine.loc[ok & unit, "n_persons"]).all()
    mna = ok & frame["Tranche d'âge"].eq("MNA")
    assert (mine.loc[mna, "age_group"] == "child").all()
    aucun = ok & frame["Passeurs signalés"].eq("aucun")
    assert len(mine.loc[aucun]) > 0
    assert (mine.loc[aucun, "n_suspects"] == "0").all()
    england = ok & frame["Destination souhaitée"].eq("Angleterre")
    assert (mine.loc[england, "destination_country"] == "GBR").all()
    decimal = ok & frame["Latitude"].ne("")
    written = frame.loc[decimal, "Latitude"].str.replace(",", ".").astype(float)
    assert (written - mine.loc[decimal, "lat"].astype(float)).abs().max() < 1e-9


# --------------------------------------------------------------------------------------
# ATIME (Spanish, UTF-8 with BOM, ;)
# --------------------------------------------------------------------------------------
def test_atime_bytes(paths: dict[str, Path]) -> None:
    raw = paths[ATIME].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + "Nº expediente;Fecha;".encode())
    frame = _csv(paths[ATIME], "utf-8-sig")
    assert not {"Latitud", "Longitud", "Coordenadas"} & set(frame.columns)
    dates = frame["Fecha"][frame["Nº expediente"].str.startswith("ATIME/")]
    assert dates.str.contains(r"^\d{1,2} de [a-z]+ de \d{4}$").any()
    assert dates.str.contains(r"^\d\d-\d\d-\d{4}$").any()
    assert dates.str.contains(r"^[a-z]+ \d{4}$").any()
    assert {"marroquí", "senegalés"} <= set(frame["Nacionalidad"])
    assert "directo" in set(frame["Países de tránsito"])
    assert frame["Países de tránsito"].str.contains(" - ").any()


def test_atime_truth(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    frame = _csv(paths[ATIME], "utf-8-sig")
    mine = _rows(truth, ATIME).reset_index(drop=True)
    assert len(frame) == len(mine)
    ok = mine["expected_status"].ne("quarantine")
    direct = ok & frame["Países de tránsito"].eq("directo")
    assert mine.loc[direct, "transit_countries"].isna().all()
    moroccan = ok & frame["Nacionalidad"].eq("marroquí")
    assert (mine.loc[moroccan, "nationality"] == "MAR").all()
    month = ok & frame["Fecha"].str.fullmatch(r"[a-z]+ \d{4}")
    assert (mine.loc[month, "date_precision"] == "month").all()
    assert mine.loc[ok, ["lat", "lon"]].isna().all().all()
    no_procede = ok & frame["Tipo de explotación"].eq("No procede")
    assert mine.loc[no_procede, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# HumanRights360 (English JSON lines)
# --------------------------------------------------------------------------------------
def test_hr360_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[HR360].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, HR360))
    cases = [r for r in records if str(r["case_id"]).startswith("HR360-")]
    assert list(cases[0])[:3] == ["case_id", "incident_date", "case_type"]
    assert all(isinstance(r["persons_affected"], int) for r in cases[:20] if r["persons_affected"])
    dates = [str(r["incident_date"]) for r in cases if r["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any("T" in d for d in dates)
    assert {"GR"} <= {r["location_country"] for r in cases}
    nat = {r["nationality"] for r in cases}
    assert {"SY", "AF"} <= nat
    assert all(isinstance(r["latitude"], float) for r in cases if r["latitude"] is not None)
    assert records[-1]["case_id"] == "TOTAL"


def test_hr360_truth(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    lines = paths[HR360].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    mine = _rows(truth, HR360).reset_index(drop=True)
    for rec, exp in zip(records, mine.itertuples(), strict=True):
        if exp.expected_status == "quarantine":
            continue
        if rec["location_country"] in ("GR", "Hellas"):
            assert exp.detection_country == "GRC"
        if re.fullmatch(r"\d{4}-\d\d", str(rec["incident_date"])):
            assert exp.date_precision == "month"
            assert exp.event_date == f"{rec['incident_date']}-01"


# --------------------------------------------------------------------------------------
# Infobae migration tracker (Spanish, Excel, the compilation)
# --------------------------------------------------------------------------------------
def test_infobae_sheet(paths: dict[str, Path]) -> None:
    rows = _sheet(paths[INFOBAE])
    assert rows[0][:3] == ("ID", "Fecha del hecho", "Delito")
    dates = _column(rows, "Fecha del hecho")
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ \d{4}", d) for d in dates)
    cells = [str(c) for r in rows[1:] for c in r if isinstance(c, str)]
    assert any("Ã" in c for c in cells)  # mojibake pasted from a mis-decoded feed
    assert any(re.fullmatch(r"\d{1,2}\.\d{3}", c) for c in cells)  # "1.250" persons
    assert "EE.UU." in cells or "EEUU" in cells or "EE. UU." in cells
    lat = [c for c in _column(rows, "Latitud") if c is not None]
    assert all(isinstance(c, int | float) and round(c, 3) == c for c in lat)
    assert "Total general" in _column(rows, "ID")


def test_infobae_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet(paths[INFOBAE])
    mine = _rows(truth, INFOBAE).reset_index(drop=True)
    assert len(rows) - 1 == len(mine)
    tags = tags_of(truth).loc[_rows(truth, INFOBAE).index].reset_index(drop=True)
    dates = _column(rows, "Fecha del hecho")
    for cell, exp in zip(dates, mine.itertuples(), strict=True):
        if exp.expected_status == "quarantine" or exp.event_date is None:
            continue
        if isinstance(cell, int) and cell > 40000:  # an Excel serial
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == pd.Timestamp(
                exp.event_date
            )
    moji = mine.loc[
        tags.str.contains("mojibake:nationality") & mine["expected_status"].ne("quarantine")
    ]
    assert len(moji) > 0
    assert moji["nationality"].str.fullmatch(r"[A-Z]{3}").all()
    eeuu = [
        i
        for i, c in enumerate(_column(rows, "País del hecho"))
        if c in ("EE.UU.", "EEUU", "EE. UU.")
    ]
    assert (mine.loc[eeuu, "detection_country"].dropna() == "USA").all()


def test_dates_day_first_within_each_file(paths: dict[str, Path]) -> None:
    for source in (CRF, ATIME):
        enc = "cp1252" if source == CRF else "utf-8-sig"
        frame = _csv(paths[source], enc)
        dates = frame.iloc[:, 1]
        dmy = dates[dates.str.fullmatch(r"\d\d[/-]\d\d[/-]\d{2,4}")]
        assert (dmy.str[3:5].astype(int) <= 12).all(), source
        assert (dmy.str[:2].astype(int) > 12).any(), source  # a day only a day can be
