"""The examiner's held-out set ``blind228`` (files ``*_hv.*``): aviation passenger-data units.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind228 import SOURCES as AGENCIES
from trendlib.samples._blind228 import make_blind228

VARIANT = "blind228"
SEED = 228
N_EVENTS = 1500
SMALL_SEED = 2281
SMALL_EVENTS = 400
SOURCES = ("gta_fr", "nbtc_uk", "iberia_seguridad", "copa_seguridad", "airpol")
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-4


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


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index(rows["source_row"].astype(int))


def _csv_cells(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, 2 + len(frame))
    return frame


def _jsonl_cells(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hv", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_hv", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_exploitation_unknown_only_where_planted(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    planted = tags.str.contains("unknown_exploitation")
    assert planted.any()
    assert (ok.loc[planted, "exploitation"] == "unknown").all()
    assert set(ok.loc[planted, "source_file"]) == {"nbtc_uk_hv.xlsx"}
    assert ok.loc[~planted, "exploitation"].equals(ev.loc[~planted, "exploitation"])
    # pure smuggling rows expect no exploitation form at all
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind228(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename
        assert sub.expected["expected_status"].eq("record").sum() > 0, sub.filename


def test_every_bad_kind_planted(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"].fillna("").eq("garbage_row"), "expected_reason"]
    assert set(garbage) == {"empty_row", "no_content", "no_date"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_gta_fr_cp1252_semicolon_day_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["gta_fr"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accented letters are single cp1252 bytes
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:4] == ["Réf. GTA", "Date des faits", "Qualification", "Forme d'exploitation"]
    cells = _csv_cells(path, "cp1252", ";")
    rows = _rows_of(truth, "gta_fr_hv.csv")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    day = kept.loc[kept["date_precision"] == "day"].index
    dates = cells.loc[day, "Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/(\d\d){1,2}").all()
    # day first: the written day is the expected date's day
    want = pd.to_datetime(kept.loc[day, "event_date"])
    assert (dates.str[:2].astype(int) == want.dt.day).all()
    month = kept.loc[kept["date_precision"] == "month"].index
    assert cells.loc[month, "Date des faits"].str.fullmatch(r"[a-zéû]+ 20\d\d").all()
    lat = cells.loc[kept.index, "Latitude"]
    assert lat[lat != ""].str.fullmatch(r"\d+,\d{5}").all()
    assert cells["Nombre de mis en cause"].isin(["aucun", "néant"]).any()


def test_nbtc_uk_xlsx_dates_and_demonyms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["nbtc_uk"], read_only=True)
    sheet = book.worksheets[0]
    table = list(sheet.iter_rows(values_only=True))
    header = list(table[0])
    assert header[:3] == ["NBTC Ref", "Encounter Date", "Offence Type"]
    assert "No. of Facilitators" in header
    assert "Exploitation Type (NRM)" in header
    col = {h: i for i, h in enumerate(header)}
    rows = _rows_of(truth, "nbtc_uk_hv.xlsx")
    by_row = {i + 2: r for i, r in enumerate(table[1:])}
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = [by_row[i][col["Encounter Date"]] for i in kept.index]
    real = [d for d in dates if isinstance(d, dt.datetime)]
    assert len(real) >= 0.75 * len(dates)  # real Excel dates, a few typed as text
    assert any(isinstance(d, str) for d in dates)
    demonym = kept.loc[kept["tags"].str.contains("demonym:nationality")]
    assert len(demonym) > 0
    words = {str(by_row[i][col["Nationality"]]) for i in demonym.index}
    assert words <= {"Afghan", "Iranian", "Iraqi", "Albanian", "Eritrean", "Syrian", "Vietnamese"}
    counts = [by_row[i][col["No. of Persons"]] for i in kept.index]
    assert sum(isinstance(c, int) for c in counts) >= 0.9 * len(counts)
    offences = {by_row[i][col["Offence Type"]] for i in kept.index}
    assert offences & {"Facilitation", "OIC - Facilitation", "Section 25 Facilitation"}


def test_iberia_utf16_tab_upper_case(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["iberia_seguridad"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº Informe", "Fecha detección", "Tipo de delito"]
    cells = _csv_cells(path, "utf-16", "\t")
    rows = _rows_of(truth, "iberia_seguridad_hv.csv")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    upper = kept.loc[kept["tags"].str.contains("upper:nationality")].index
    assert len(upper) > 0
    assert (cells.loc[upper, "Nacionalidad"] == cells.loc[upper, "Nacionalidad"].str.upper()).all()
    coords = cells.loc[kept.index, "Coordenadas (lat ; long)"]
    assert coords[coords != ""].str.fullmatch(r"-?\d+,\d{5} ; -?\d+,\d{5}").all()
    big = kept.loc[kept["tags"].str.contains("thousands:n_persons")].index
    assert cells.loc[big, "Nº personas"].str.fullmatch(r"\d{1,2}\.\d{3}").all()
    quarter = kept.loc[kept["date_precision"] == "quarter"].index
    assert cells.loc[quarter, "Fecha detección"].str.fullmatch(r"[1-4]T 20\d\d").all()
    assert cells["Nº presuntos autores"].eq("ninguno").any()


def test_copa_utf8_mojibake_and_serials(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["copa_seguridad"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    cells = _csv_cells(path, "utf-8", ",")
    assert list(cells.columns[:3]) == ["Código reporte", "Fecha del evento", "Delito"]
    rows = _rows_of(truth, "copa_seguridad_hv.csv")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    garbled = kept.loc[kept["tags"].str.contains("mojibake:")].index
    assert len(garbled) > 0
    assert cells.loc[garbled].apply(lambda r: "Ã" in "".join(r), axis=1).all()
    serial = kept.loc[kept["tags"].str.contains("date_serial")]
    assert len(serial) > 0
    written = cells.loc[serial.index, "Fecha del evento"].astype(int)
    got = pd.Timestamp("1899-12-30") + pd.to_timedelta(written, unit="D")
    assert (got.to_numpy() == pd.to_datetime(serial["event_date"]).to_numpy()).all()
    alpha2 = kept.loc[kept["tags"].str.contains("iso2:nationality")].index
    assert cells.loc[alpha2, "Nacionalidad"].str.fullmatch(r"[A-Z]{2}").all()
    place = kept.loc[kept["tags"].str.contains("coords_placeholder")].index
    assert (cells.loc[place, "Latitud"] == "S/D").all()


def test_airpol_jsonl_codes_and_positions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _jsonl_cells(paths["airpol"])
    rows = _rows_of(truth, "airpol_hv.jsonl")
    assert len(lines) == len(rows)
    first = lines[0]
    assert list(first)[:4] == ["case_id", "date", "crime_area", "exploitation_form"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    pos = [lines[i - 1]["position"] for i in kept.index if lines[i - 1]["position"] is not None]
    assert all(re.fullmatch(r"\d+\.\d{5}[NS] \d+\.\d{5}[EW]", str(p)) for p in pos)
    zulu = [lines[i - 1]["date"] for i in kept.index if "date_zulu" in kept.at[i, "tags"]]
    assert zulu
    assert all(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\dZ", str(d)) for d in zulu)
    pax = [lines[i - 1]["pax"] for i in kept.index if "pax_word" in kept.at[i, "tags"]]
    assert pax
    assert all(re.fullmatch(r"\d+ pax", str(p)) for p in pax)
    alpha2 = [lines[i - 1]["nationality"] for i in kept.index if "iso2:nat" in kept.at[i, "tags"]]
    assert alpha2
    assert all(re.fullmatch(r"[A-Z]{2}", str(c)) for c in alpha2)
    months = [lines[i - 1]["date"] for i in kept.index if kept.at[i, "date_precision"] == "month"]
    assert months
    assert all(re.fullmatch(r"20\d\d-\d\d", str(m)) for m in months)


def test_agencies_are_new_and_in_their_languages() -> None:
    langs = {a.source: (a.language, a.format, a.encoding, a.delimiter) for a in AGENCIES}
    assert langs == {
        "gta_fr": ("fr", "csv", "cp1252", ";"),
        "nbtc_uk": ("en", "xlsx", "utf-8", None),
        "iberia_seguridad": ("es", "csv", "utf-16", "\t"),
        "copa_seguridad": ("es", "csv", "utf-8", ","),
        "airpol": ("en", "jsonl", "utf-8", None),
    }
    assert all(a.filename.startswith(a.source + "_hv.") for a in AGENCIES)
