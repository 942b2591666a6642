"""The examiner set ``blind117`` (files ``*_do.*``): files, truth and each agency's habits.

These tests check what the set promises (every row described, the truth honest about each
cell, the bytes written the way each agency writes); none of them cleans or scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import _blind117 as blind
from trendlib.schema import VOCABULARIES

VARIANT = "blind117"
SEED = 117
N_EVENTS = 1500
SMALL_SEED = 1171
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in blind.SOURCES)
AGENCY = {s.filename: s for s in blind.SOURCES}
JOO, VIE, TDH, NNK, AYS = blind.SOURCES
_EPOCH = pd.Timestamp("1899-12-30")


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _cells(paths: dict[str, Path], agency: blind.Agency) -> pd.DataFrame:
    """The agency's file as written (text cells), with each row's ``source_row``."""
    path = paths[agency.source]
    if agency.format == "jsonl":
        lines = path.read_text(encoding=agency.encoding).splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines])
        frame["source_row"] = range(1, len(frame) + 1)
    elif agency.format == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        rows = list(book.active.iter_rows(values_only=True))
        width = len(rows[0])
        body = [list(r) + [None] * (width - len(r)) for r in rows[1:]]
        frame = pd.DataFrame(body, columns=list(rows[0]))
        frame["source_row"] = range(2, len(frame) + 2)
    else:
        frame = pd.read_csv(
            path,
            sep=agency.delimiter,
            encoding=agency.encoding,
            dtype=str,
            keep_default_na=False,
        )
        frame["source_row"] = range(2, len(frame) + 2)
    return frame


def _joined(paths: dict[str, Path], truth: pd.DataFrame, agency: blind.Agency) -> pd.DataFrame:
    """The agency's cells beside the truth of their rows."""
    cells = _cells(paths, agency)
    rows = truth.loc[truth["source_file"] == agency.filename].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    out = cells.merge(rows, on="source_row", how="inner", validate="one_to_one")
    assert len(out) == len(cells) == len(rows)
    return out


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.loc[frame["expected_status"] != "quarantine"]


def _text(series: pd.Series) -> pd.Series:
    return series.map(lambda v: v.strip() if isinstance(v, str) else v)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_do", n_events=N_EVENTS)


def test_files_and_truth_small_set(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_do", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_agency_reports_and_only_primaries_have_bad_rows(truth: pd.DataFrame) -> None:
    per_file = truth.groupby("source_file")["expected_status"].value_counts().unstack(fill_value=0)
    assert set(per_file.index) == set(AGENCY)
    for name in (JOO.filename, VIE.filename):
        assert per_file.loc[name, "record"] > 100
    for agency in (TDH, NNK, AYS):
        assert per_file.loc[agency.filename, "duplicate"] >= 5
        assert "record" not in per_file.columns or per_file.loc[agency.filename, "record"] == 0
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "source_file"]
    assert set(bad) <= {JOO.filename, VIE.filename}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {VIE.filename}


def test_expected_values_say_what_each_cell_says(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    """Each kept row expects its event's values, but for what the agency leaves out."""
    ok, ev = check_reports_of_events(paths, truth, ())
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    headers = ok["source_file"].map(lambda f: set(AGENCY[f].headers))

    def has(col: str) -> pd.Series:
        return headers.map(lambda h: col in h).astype(bool)

    def tagged(pattern: str) -> pd.Series:
        return tags.str.contains(pattern, regex=True)

    # crime type and exploitation
    with_crime = has("crime_type")
    assert ok.loc[with_crime, "crime_type"].equals(ev.loc[with_crime, "crime_type"])
    assert (ok.loc[~with_crime, "crime_type"] == "unknown").all()
    thb = ok["crime_type"].isin(["trafficking", "both"])
    lost = tagged("empty:exploitation|unknown:exploitation")
    assert (ok.loc[thb & lost, "exploitation"] == "unknown").all()
    assert ok.loc[thb & ~lost, "exploitation"].equals(ev.loc[thb & ~lost, "exploitation"])
    assert ok.loc[~thb, "exploitation"].isna().all()
    # counts
    no_count = tagged("count_placeholder")
    assert ok.loc[no_count, "n_persons"].isna().all()
    assert ok.loc[~no_count, "n_persons"].equals(ev.loc[~no_count, "n_persons"])
    no_susp = ~has("n_suspects") | tagged("blank_n_suspects|suspects_placeholder")
    assert ok.loc[no_susp, "n_suspects"].isna().all()
    assert ok.loc[~no_susp, "n_suspects"].equals(ev.loc[~no_susp, "n_suspects"])
    # categories
    for col in ("gender", "age_group", "transport_mode"):
        gone = ~has(col) | tagged(f"empty:{col}|unknown:{col}|blank_{col}")
        assert (ok.loc[gone, col] == "unknown").all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
        assert set(ok[col]) <= set(VOCABULARIES[col]), col
    # countries
    for col in (
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
    ):
        gone = ~has(col) | tagged(f"empty:{col}|unknown:{col}|blank_{col}")
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    # place
    no_place = ~(has("lat") | has("coordinates")) | tagged("blank_coordinates|coords_missing")
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 1e-3).all(), col
    # linked offences
    with_off = has("linked_offences")
    assert ok.loc[with_off, "linked_offences"].equals(ev.loc[with_off, "linked_offences"])
    assert ok.loc[~with_off, "linked_offences"].isna().all()
    # dates: the day (a second report may be a day off), or the start of the month/quarter
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert (prec[tagged("partial_date")] != "day").all()


# --------------------------------------------------------------------------------------
# JOO Vienna: JSON lines, ISO codes (EU style), a few German words
# --------------------------------------------------------------------------------------
def test_joo_writes_json_lines_with_iso_and_eu_codes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[JOO.source].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first) == list(JOO.headers.values())
    got = _kept(_joined(paths, truth, JOO))
    assert isinstance(first["persons_involved"], int)
    country = _text(got["country_apprehension"])
    assert {"HRV", "GRC"} <= set(country)
    el = got.loc[country == "EL"]
    assert len(el) > 0
    assert (el["detection_country"] == "GRC").all()
    assert got["route_transit"].dropna().str.contains(" > ").any()
    dates = got["date_apprehension"].dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.6
    assert dates.str.contains("T").any()
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}").any()
    month = got.loc[dates.index[dates.str.fullmatch(r"\d{4}-\d\d")]]
    assert (month["date_precision"] == "month").all()
    schlepp = got.loc[got["offence_type"] == "Schlepperei"]
    assert len(schlepp) > 0
    assert (schlepp["crime_type"] == "smuggling").all()
    uam = got.loc[got["age_category"] == "UAM"]
    assert (uam["age_group"] == "child").all()


# --------------------------------------------------------------------------------------
# Consejería de Interior, Vienna: Spanish workbook
# --------------------------------------------------------------------------------------
def test_consejeria_workbook_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    got = _kept(_joined(paths, truth, VIE))
    assert list(_cells(paths, VIE).columns[:-1]) == list(VIE.headers.values())
    cell = got["Fecha hecho"]
    real = cell.map(lambda v: hasattr(v, "year"))
    serial = cell.map(lambda v: isinstance(v, int))
    text = cell.map(lambda v: isinstance(v, str))
    assert real.mean() > 0.6
    assert serial.sum() > 0
    assert text.sum() > 0
    want = got.loc[serial, "event_date"]
    assert (
        (_EPOCH + pd.to_timedelta(cell[serial].astype(int), unit="D")).dt.strftime("%Y-%m-%d")
        == want
    ).all()
    typed = cell[text]
    assert typed.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    quarter = got.loc[text & cell.astype(str).str.fullmatch(r"T\d \d{4}")]
    assert len(quarter) > 0
    assert (quarter["date_precision"] == "quarter").all()
    month = got.loc[text & cell.astype(str).str.contains(r"[a-z]", case=False)]
    month = month.loc[~month["Fecha hecho"].str.startswith("T")]
    assert len(month) > 0
    assert (month["date_precision"] == "month").all()


def test_consejeria_spanish_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    got = _kept(_joined(paths, truth, VIE))
    sex = _text(got["Sexo"]).map(lambda v: v.upper() if isinstance(v, str) else v)
    assert (got.loc[sex == "H", "gender"] == "male").all()
    assert (got.loc[sex == "M", "gender"] == "female").all()
    assert (sex == "M").sum() > 0
    assert (sex == "H").sum() > 0
    adjectives = set(blind._ADJECTIVES["es"].values())
    nat = _text(got["Nacionalidad"])
    assert nat.isin(adjectives).sum() > 50
    marroqui = got.loc[nat == "marroquí"]
    assert (marroqui["nationality"] == "MAR").all()
    code = got.loc[got["Tipología"].astype(str).str.contains("bis CP")]
    assert len(code) > 0
    assert (code["detection_country"] == "ESP").all()
    assert (code.loc[code["Tipología"].str.contains("318"), "crime_type"] == "smuggling").all()
    assert (code.loc[code["Tipología"].str.contains("177"), "crime_type"] == "trafficking").all()
    direct = got.loc[_text(got["Países de tránsito"]) == "directo"]
    assert len(direct) > 0
    assert direct["transit_countries"].isna().all()
    count = got["Nº personas (víctimas/migrantes)"]
    dotted = got.loc[count.astype(str).str.fullmatch(r"\d\.\d{3}")]
    assert len(dotted) > 0
    assert (dotted["n_persons"] == count[dotted.index].str.replace(".", "")).all()
    approx = got.loc[count.astype(str).str.startswith("aprox.")]
    assert (approx["n_persons"] == approx[count.name].str.removeprefix("aprox. ")).all()
    comma = got.loc[got["Latitud"].map(lambda v: isinstance(v, str))]
    assert len(comma) > 0
    lat = comma["Latitud"].str.replace(",", ".").astype(float)
    assert ((lat - comma["lat"].astype(float)).abs() < 1e-4).all()


# --------------------------------------------------------------------------------------
# Terre des hommes: French, cp1252, ';', DMS points, a pasted UTF-8 batch
# --------------------------------------------------------------------------------------
def test_tdh_french_cp1252_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[TDH.source].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].split(";")[:3] == [
        "N° fiche",
        "Date de l'interception",
        "Pays d'interception",
    ]
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    got = _kept(_joined(paths, truth, TDH))
    assert got["Date de l'interception"].str.fullmatch(r"\d\d/\d\d/\d{2}(\d{2})?|.+ .+ \d{4}").all()
    gps = got["Coordonnées GPS"].loc[got["Coordonnées GPS"] != ""]
    assert gps.str.contains("°").all()
    assert gps.str.contains('"N').all()
    garbled = got.loc[got["messiness"].fillna("").str.contains("mojibake")]
    assert len(garbled) > 0
    shown = [c for c in TDH.headers.values() if c in garbled.columns]
    assert garbled[shown].apply(lambda col: col.str.contains("Ã")).any(axis=1).all()
    assert (
        garbled.loc[garbled["Pays d'interception"] == "GrÃ¨ce", "detection_country"] == "GRC"
    ).all()
    mna = got.loc[_text(got["Âge"]).str.upper() == "MNA"]
    assert (mna["age_group"] == "child").all()
    adj = got.loc[_text(got["Nationalité"]) == "afghane"]
    assert (adj["nationality"] == "AFG").all()


# --------------------------------------------------------------------------------------
# No Name Kitchen: Spanish, UTF-8 with BOM, ';', unpadded day-first dates
# --------------------------------------------------------------------------------------
def test_nnk_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[NNK.source].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.split(";") == list(NNK.headers.values())
    got = _kept(_joined(paths, truth, NNK))
    assert (got["detection_country"].dropna() == "HRV").all()
    assert got["Fecha"].str.fullmatch(r"\d{1,2}/\d{1,2}/(\d{2}|\d{4})").all()
    assert got["Fecha"].str.fullmatch(r"\d/\d{1,2}/\d{4}|\d{1,2}/\d/\d{4}").any()
    assert (got["crime_type"] == "unknown").all()
    gps = got["GPS"].loc[got["GPS"] != ""]
    assert gps.str.fullmatch(r"4\d\.\d{5}, 1\d\.\d{5}").all()
    cro = got.loc[_text(got["País interceptación"]) == "CRO"]
    assert (cro["detection_country"] == "HRV").all()


# --------------------------------------------------------------------------------------
# Are You Syrious?: English digest, UTF-8, ','
# --------------------------------------------------------------------------------------
def test_ays_digest_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[AYS.source].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in raw
    assert raw.decode("utf-8").splitlines()[0].split(",") == list(AYS.headers.values())
    got = _kept(_joined(paths, truth, AYS))
    assert set(got["detection_country"].dropna()) <= {"FRA", "POL"}
    assert got["Date"].str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    demonyms = set(blind._ADJECTIVES["en"].values())
    nat = _text(got["Nationality"])
    assert nat.isin(demonyms).any()
    iraqi = got.loc[nat == "Iraqi"]
    assert (iraqi["nationality"] == "IRQ").all()
    approx = got.loc[got["People"].str.startswith("~")]
    assert (approx["n_persons"] == approx["People"].str.removeprefix("~")).all()
    assert not {"lat", "lon", "coordinates"} & set(AYS.headers)
    assert got[["lat", "lon"]].isna().all().all()
