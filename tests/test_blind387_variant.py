"""Held-out examiner set ``blind387`` (files ``*_ny.*``): what the set and its truth promise.

Five civil-status and marriage desks (register offices, the état civil of Gravelines, the
Registro Civil of Las Palmas, the Tahirih Justice Center and the Forced Marriage Unit).
These tests check the files' bytes and the truth written beside them; none of them cleans
or scores.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind387 import SOURCES_387, make_blind387

VARIANT = "blind387"
SEED = 387
N_EVENTS = 1500
SMALL_SEED = 3871
SMALL_EVENTS = 400
SOURCES = [s.source for s in SOURCES_387]
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
#: Degrees between a written point and the true one (4-5 decimals are written).
TOLERANCE = 1e-3

LRSA, GRAVELINES, LPGC, TAHIRIH, FMU = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The full set, written once for the module."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A smaller set with another seed."""
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    """The truth's rows of the full set."""
    return _truth(paths)


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The cells of one file as written (text, or what the spreadsheet holds), by row."""
    src = next(s for s in SOURCES_387 if s.source == source)
    path = paths[source]
    if src.format == "csv":
        frame = pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        first = 2
    elif src.format == "xlsx":
        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        width = len(rows[0])  # read-only sheets drop a row's trailing empty cells
        body = [list(r) + [None] * (width - len(r)) for r in rows[1:]]
        frame = pd.DataFrame(body, columns=list(rows[0]), dtype=object)
        first = 2
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    frame["source_row"] = [str(i) for i in range(first, first + len(frame))]
    return frame


def _joined(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The file's cells beside the truth's row for each of them."""
    name = paths[source].name
    rows = truth.loc[truth["source_file"] == name]
    cells = _cells(paths, source)
    out = cells.merge(rows, on="source_row", how="outer", suffixes=("", "_truth"), indicator=True)
    assert (out["_merge"] == "both").all()  # one truth row per written row
    return out


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.loc[frame["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ny", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ny", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_rows(n_events: int) -> None:
    subs = make_blind387(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_every_planted_habit_is_in_the_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth).fillna("")
    for habit in (
        "partial_date",
        "date_dmy_long",
        "date_dmy_mon_yy",
        "date_iso",
        "demonym:nationality",
        "subnational:detection_country",
        "alias:",
        "iso2:",
        "iso3:",
        "typo:",
        "noaccent:",
        "mojibake:row",
        "case:",
        "thousands:n_persons",
        "count_word:",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word:",
        "blank_gender",
        "blank_nationality",
        "direct_word",
        "coords_missing",
    ):
        assert tags.str.contains(habit, regex=False).any(), habit
    assert truth["messiness"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in SOURCES_387 if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


_DMY = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")


def _day_first(cells: pd.Series) -> None:
    """Every dd/mm/yyyy cell has its month second (a file keeps one order)."""
    found = cells.astype(str).str.extract(_DMY).dropna().astype(int)
    assert len(found) > 0
    assert (found[1] <= 12).all()
    assert (found[0] > 12).any()  # some day shows the order


def test_register_offices_write_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[LRSA].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE with its BOM
    header = _text(paths, LRSA).splitlines()[0]
    assert header.split("\t")[:3] == ["Referral ID", "Date identified", "Concern type"]
    rows = _joined(paths, truth, LRSA)
    dates = rows["Date identified"]
    _day_first(dates)
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()  # 17 May 2023
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # May 2023
    loc = rows["Location (lat, long)"].loc[rows["Location (lat, long)"] != ""]
    assert loc.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").all()
    assert rows["Route (countries transited)"].str.contains(" > ").any()
    kept = _kept(rows)
    words = {"Vietnamese": "VNM", "Afghan": "AFG", "Iraqi": "IRQ", "Iranian": "IRN"}
    for word, iso in words.items():
        hit = kept.loc[kept["Nationality"].str.strip().str.lower() == word.lower()]
        assert len(hit) > 0, word
        assert (hit["nationality"] == iso).all(), word
    uk = kept.loc[kept["Country identified in"].isin(["England", "Scotland", "UK"])]
    assert len(uk) > 0
    assert (uk["detection_country"] == "GBR").all()
    spelled = kept.loc[kept["No. of individuals"].str.fullmatch(r"[A-Za-z]+")]
    placeholder = spelled["No. of individuals"].isin(["Not known", "N/K"])
    assert (~placeholder).any()  # small counts written in words keep their number
    assert spelled.loc[~placeholder, "n_persons"].notna().all()
    assert spelled.loc[placeholder, "n_persons"].isna().all()


def test_gravelines_writes_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[GRAVELINES].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.count(b"\r\n") == raw.count(b"\n")  # Windows line ends
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("N° de signalement;Date des faits;Qualification")
    rows = _joined(paths, truth, GRAVELINES)
    _day_first(rows["Date des faits"])
    assert rows["Date des faits"].str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ \d{4}").any()
    lat = rows["Latitude"].loc[rows["Latitude"] != ""]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()  # decimal commas, five decimals
    kept = _kept(rows)
    garbled = kept.loc[kept["Qualification"].str.contains("Ã", regex=False)]
    assert len(garbled) > 0  # rows imported from a UTF-8 web form
    assert garbled["crime_type"].notna().all()
    adjectives = kept.loc[kept["Nationalité"].isin(["irakien", "irakienne", "afghan", "afghane"])]
    assert len(adjectives) > 0
    assert adjectives["nationality"].isin(["IRQ", "AFG"]).all()
    none = kept.loc[kept["Nombre de mis en cause"].isin(["Néant", "Aucun"])]
    assert len(none) > 0
    assert (none["n_suspects"] == "0").all()


def test_registro_civil_writes_excel(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[LPGC], read_only=True)
    assert book.active.title == "Casos"
    rows = _joined(paths, truth, LPGC)
    assert list(rows.columns[:3]) == ["Nº expediente", "Fecha del hecho", "Tipología delictiva"]
    dates = rows["Fecha del hecho"]
    real = _kept(rows).loc[dates.map(lambda v: isinstance(v, datetime))]
    assert len(real) > 0  # real Excel dates, read as the day they show
    shown = pd.to_datetime(real["Fecha del hecho"].tolist()).strftime("%Y-%m-%d")
    assert (shown == real["event_date"].to_numpy()).all()
    typed = dates.map(lambda v: isinstance(v, str))
    assert dates[typed].str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    month = dates[typed].str.fullmatch(r"[a-z]+ de \d{4}")
    assert month.any()
    assert (rows.loc[typed & month, "date_precision"] == "month").all()
    pts = rows["Coordenadas (lat; lon)"].dropna()
    assert pts.str.fullmatch(r"-?\d+,\d{4}; -?\d+,\d{4}").all()
    counts = rows["Nº de personas"]
    assert counts.map(lambda v: isinstance(v, int)).mean() > 0.9  # numbers, not text
    kept = _kept(rows)
    dotted = kept.loc[kept["Nº de personas"].map(lambda v: isinstance(v, str) and "." in v)]
    if len(dotted):  # thousands typed with a dot
        digits = dotted["Nº de personas"].str.replace(".", "", regex=False)
        assert (digits == dotted["n_persons"]).all()


def test_tahirih_writes_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[TAHIRIH].read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("{") for line in lines)
    first = json.loads(lines[0])
    assert list(first)[:3] == ["case_id", "incident_date", "matter_type"]
    rows = _joined(paths, truth, TAHIRIH)
    transit = rows["transit_countries"].dropna()
    assert transit.map(lambda v: isinstance(v, list)).all()  # JSON arrays, in order
    dates = rows["incident_date"].dropna().astype(str)
    found = dates.str.extract(_DMY).dropna().astype(int)
    assert (found[0] <= 12).all()  # US order: month first
    assert (found[1] > 12).any()
    kept = _kept(rows)
    us = kept.loc[kept["incident_date"].astype(str).str.fullmatch(r"\d{2}/\d{2}/\d{4}")]
    month = pd.to_datetime(us["event_date"]).dt.month
    assert (month == us["incident_date"].str[:2].astype(int)).all()
    assert rows["citizenship"].dropna().isin(["MX", "GT", "HN"]).any()  # ISO alpha-2
    assert rows["latitude"].dropna().map(lambda v: isinstance(v, float)).all()


def test_fmu_writes_utf8_bom_quarters(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FMU].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    assert _text(paths, FMU).splitlines()[0].startswith("FMU ref,Date reported,Case category")
    rows = _joined(paths, truth, FMU)
    dates = rows["Date reported"]
    _day_first(dates)
    assert dates.str.fullmatch(r"\d{2}-[A-Z][a-z]{2}-\d{2}").any()  # 17-May-23
    quarter = _kept(rows).loc[dates.str.fullmatch(r"Q[1-4] \d{4}")]
    assert len(quarter) > 0
    assert (quarter["date_precision"] == "quarter").all()
    starts = pd.to_datetime(quarter["event_date"])
    assert starts.dt.is_quarter_start.all()
    assert not {"lat", "lon", "Latitude", "Location"} & set(_cells(paths, FMU).columns)
    assert rows["lat"].isna().all()  # no location column: no point expected
    big = _kept(rows).loc[rows["Persons involved"].str.fullmatch(r"\d,\d{3}")]
    assert (big["Persons involved"].str.replace(",", "") == big["n_persons"]).all()


@pytest.mark.parametrize(
    ("source", "column", "read"),
    [
        (LRSA, "Sex", lambda v: v in ("Not known", "N/K")),
        (GRAVELINES, "Sexe", lambda v: v in ("Non renseigné", "Inconnu", "NC")),
        (FMU, "Gender", lambda v: v in ("Not known", "Unknown")),
    ],
)
def test_not_known_gender_is_unknown(
    paths: dict[str, Path],
    truth: pd.DataFrame,
    source: str,
    column: str,
    read: Callable[[str], bool],
) -> None:
    rows = _kept(_joined(paths, truth, source))
    said = rows.loc[rows[column].map(read)]
    assert (said["gender"] == "unknown").all()


def test_bad_rows_are_what_an_analyst_cannot_use(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    reasons: dict[str, set[str]] = {}
    for source in SOURCES:
        rows = _joined(paths, truth, source)
        bad = rows.loc[rows["expected_status"] == "quarantine"]
        for reason, group in bad.groupby("expected_reason"):
            reasons.setdefault(str(reason), set()).add(source)
            if reason == "future_date":
                col = next(s for s in SOURCES_387 if s.source == source).headers["event_date"]
                years = group[col].astype(str).str.extract(r"(20\d\d)")[0].astype(int)
                assert (years >= 2031).all()
    assert {"empty_row", "no_date", "no_content"} <= set(reasons)
