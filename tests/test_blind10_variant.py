"""The ``blind10`` sample set (files ``*_l.*``), checked for what it promises.

``blind10`` is a held-out set written by an examiner without knowledge of the cleaner's
tables; the cleaner is scored on it once, by the lead, and nowhere in these tests. The
tests check only the files and their ground truth: every row described, the shared
checks of :mod:`tests._blind_checks`, and the mess each source plants (encodings,
delimiters, date styles whose day/month order is decidable per file, coordinate styles,
country and vocabulary wordings).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples._blind10 import BLIND10_SOURCES, Blind10Source

__all__: list[str] = []

VARIANT = "blind10"
SEED = 10
N_EVENTS = 1500
SMALL_SEED = 1010
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND10_SOURCES)
BY_NAME = {s.source: s for s in BLIND10_SOURCES}
#: Fields every kept row reports exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The blind10 files and truth of the main seed."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    """``truth_rows.csv`` of the main seed, as text."""
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _cells(paths: dict[str, Path], src: Blind10Source) -> pd.DataFrame:
    """The file's cells under the agency's headers, indexed by ``source_row``."""
    path = paths[src.source]
    if src.format == "csv":
        frame = pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        frame.index = frame.index + 2
    elif src.format == "xlsx":
        frame = pd.read_excel(path, dtype=object)
        frame.index = frame.index + 2
    else:
        lines = path.read_text(encoding=src.encoding).splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines])
        frame.index = frame.index + 1
    return frame


def _rows(truth: pd.DataFrame, src: Blind10Source) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == src.filename].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _kept(truth: pd.DataFrame, src: Blind10Source, index: pd.Index) -> pd.DataFrame:
    """The source's rows at ``index`` (source rows) that are not quarantined."""
    rows = _rows(truth, src)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    return rows.loc[rows.index.intersection(index)]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_l", n_events=N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_smaller_second_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_l", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


# --------------------------------------------------------------------------------------
# What the files plant
# --------------------------------------------------------------------------------------
def test_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    ucrif = paths["ucrif_es_l"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        ucrif.decode("utf-8")  # Spanish accents in cp1252
    assert ucrif.count(b"\r\n") == ucrif.count(b"\n")  # CRLF line ends
    assert ucrif.decode("cp1252").splitlines()[0].count(";") == 16

    paf = paths["paf_calais_l"].read_bytes()
    assert not paf.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        paf.decode("utf-8")  # French accents and degree signs in latin-1
    header = paf.decode("latin-1").splitlines()[0]
    assert header.count("\t") == 15
    assert "N° procédure" in header

    hsi = paths["hsi_us_l"].read_bytes()
    assert hsi.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    assert len(_cells(paths, BY_NAME["hsi_us_l"]).columns) == 17

    lines = paths["senafront_pa_l"].read_text(encoding="utf-8").splitlines()
    keys = set().union(*(json.loads(line).keys() for line in lines))
    assert keys == set(BY_NAME["senafront_pa_l"].headers.values())

    empact = _cells(paths, BY_NAME["empact_oap_l"])
    dates = empact["Date of detection"].dropna()
    assert dates.map(lambda v: isinstance(v, datetime)).mean() > 0.4  # real Excel dates
    assert dates.map(lambda v: isinstance(v, str)).any()  # and text typed in by hand


@pytest.mark.parametrize("name", SOURCES)
def test_day_month_order_decidable(paths: dict[str, Path], truth: pd.DataFrame, name: str) -> None:
    src = BY_NAME[name]
    cells = _cells(paths, src)[src.headers["event_date"]]
    parts = cells.astype(str).str.extract(_NUMERIC_DATE).dropna().astype(int)
    assert len(parts) > 0
    first, second = (1, 0) if src.date_style == "hsi" else (0, 1)  # month first in the US
    assert parts[first].max() > 12  # some day is past 12 ...
    assert parts[second].max() <= 12  # ... and the month never is
    rows = _rows(truth, src)
    kept = rows.loc[rows["expected_status"].ne("quarantine") & rows["date_precision"].eq("day")]
    numeric = parts.index.intersection(kept.index)
    years = parts.loc[numeric, 2].where(parts.loc[numeric, 2] >= 100, parts.loc[numeric, 2] + 2000)
    written = pd.to_datetime(
        {
            "year": years,
            "month": parts.loc[numeric, second],
            "day": parts.loc[numeric, first],
        }
    )
    assert written.dt.strftime("%Y-%m-%d").equals(kept.loc[numeric, "event_date"])


def test_partial_dates_by_source(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    got = {
        name: set(group) - {"day"} for name, group in kept.groupby("source_file")["date_precision"]
    }
    assert got["ucrif_es_l.csv"] == {"month", "quarter"}
    assert got["empact_oap_l.xlsx"] == {"month", "quarter"}
    assert got["paf_calais_l.csv"] == {"month"}
    assert got["hsi_us_l.csv"] == {"month"}
    assert got["senafront_pa_l.jsonl"] == set()


def test_future_dates_are_key_slips(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    future = truth.loc[truth["expected_reason"] == "future_date"]
    assert len(future) > 0
    for src in BLIND10_SOURCES:
        rows = future.loc[future["source_file"] == src.filename, "source_row"].astype(int)
        cells = _cells(paths, src).loc[rows, src.headers["event_date"]].astype(str)
        assert cells.str.contains(r"21[0-9]{2}").all(), src.source


def test_coordinates_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    dms = re.compile(r"(\d+)°(\d+)'([\d.]+)\"([NS]) (\d+)°(\d+)'([\d.]+)\"([EWO])")
    src = BY_NAME["senafront_pa_l"]
    text = _cells(paths, src)[src.headers["coordinates"]].dropna().astype(str)
    parts = text.str.extract(dms).dropna()
    assert parts[7].eq("O").any()  # "oeste" for west
    rows = _kept(truth, src, parts.index)
    parts = parts.loc[rows.index]
    assert len(parts) > 0
    lat = parts[0].astype(float) + parts[1].astype(float) / 60 + parts[2].astype(float) / 3600
    lon = parts[4].astype(float) + parts[5].astype(float) / 60 + parts[6].astype(float) / 3600
    assert ((lat - rows["lat"].astype(float)).abs() < 1e-6).all()
    assert ((-lon - rows["lon"].astype(float)).abs() < 1e-6).all()

    ddm = re.compile(r"(\d{2})°(\d{2},\d{3})'N (\d{3})°(\d{2},\d{3})'([EW])")
    src = BY_NAME["paf_calais_l"]
    text = _cells(paths, src)[src.headers["coordinates"]].astype(str)
    parts = text.str.extract(ddm).dropna()
    rows = _kept(truth, src, parts.index)
    parts = parts.loc[rows.index]
    assert len(parts) > 0
    lat = parts[0].astype(float) + parts[1].str.replace(",", ".").astype(float) / 60
    lon = parts[2].astype(float) + parts[3].str.replace(",", ".").astype(float) / 60
    lon = lon.where(parts[4] == "E", -lon)
    assert ((lat - rows["lat"].astype(float)).abs() < 1e-6).all()
    assert ((lon - rows["lon"].astype(float)).abs() < 1e-6).all()

    src = BY_NAME["ucrif_es_l"]
    cells = _cells(paths, src)
    assert cells[src.headers["lat"]].str.fullmatch(r"-?\d+,\d{5}").any()  # decimal comma


def test_wordings_planted(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "typo",
        "mojibake",
        "no_accents",
        "upper",
        "demonym",
        "iso2",
        "eu_code",
        "iso3",
        "thousands",
        "zero_word",
        "na_word",
        "no_transit_word",
        "expl_not_applicable",
        "coords_dms",
        "coords_ddm",
        "coords_pair",
        "coords_missing",
        "coords_placeholder",
        "transit_iso2",
        "date_excel",
        "date_dotted",
        "date_iso_time",
        "date_text_fr",
    ):
        assert tags.str.contains(tag).any(), tag

    empact = _cells(paths, BY_NAME["empact_oap_l"])
    detected = set(empact["Country of detection"].dropna().astype(str).str.strip())
    assert {"EL", "UK"} <= detected  # the EU convention for Greece and the United Kingdom
    hsi = _cells(paths, BY_NAME["hsi_us_l"])
    assert {"UAC", "Family Unit", "Single Adult"} <= set(hsi["Demographic"])
    ucrif = _cells(paths, BY_NAME["ucrif_es_l"])
    persons = ucrif["Nº víctimas / inmigrantes"]
    assert persons.str.fullmatch(r"\d{1,3}(\.\d{3})+").any()  # thousands with a dot
    paf = _cells(paths, BY_NAME["paf_calais_l"])
    assert paf["Nb mis en cause"].isin(["néant", "aucun"]).any()
    assert paf["Nationalité"].str.upper().isin(["AFGHANE", "ÉRYTHRÉENNE", "IRAKIENNE"]).any()
