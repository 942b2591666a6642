"""Examiner sample set ``blind123`` (files ``*_du.*``): files, truth and each agency's habits.

None of these tests cleans or scores: they check what the set promises (every row described
by the truth, the truth honest about each cell) and that the bytes on disk show the habits
of the five agencies (encodings, delimiters, header words, date styles, count words).
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind123 import SOURCES, make_blind123

VARIANT = "blind123"
SEED = 123
N_EVENTS = 1500
SMALL_SEED = 1231
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
TNP, CAAT, MIRE, STC, G7 = NAMES
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """A file's cells as written (text, or the XLSX values), indexed by ``source_row``."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame.index = range(1, len(frame) + 1)
        return frame
    if path.suffix == ".xlsx":
        rows = list(load_workbook(path).active.iter_rows(values_only=True))
        frame = pd.DataFrame([list(r) for r in rows[1:]], columns=list(rows[0]), dtype=object)
        frame.index = range(2, len(frame) + 2)
        return frame
    src = SOURCES[NAMES.index(source)]
    frame = pd.read_csv(
        path,
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, len(frame) + 2)
    return frame


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index(rows["source_row"].astype(int))


def _day(cell: object, source: str) -> tuple[pd.Timestamp, str]:
    """Read a date cell the way the agency writes it: (first day, precision)."""
    if isinstance(cell, dt.datetime):
        return pd.Timestamp(cell), "day"  # a real Excel date
    if isinstance(cell, int):
        return pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell), "day"
    text = str(cell).strip()
    lang = {CAAT: "fr", MIRE: "es"}.get(source, "en")
    if re.fullmatch(r"\d{5}", text):
        return pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(text)), "day"
    if m := re.fullmatch(r"Q([1-4]) (\d{4})", text):
        return pd.Timestamp(int(m[2]), 3 * int(m[1]) - 2, 1), "quarter"
    if re.fullmatch(r"\d{4}-\d\d", text):
        return pd.Timestamp(text + "-01"), "month"
    if m := re.fullmatch(r"([^\d\s]+) (\d{4})", text):
        return pd.Timestamp(int(m[2]), MONTHS[lang].index(m[1].lower()) + 1, 1), "month"
    if m := re.fullmatch(r"(\d{1,2}) ([^\d\s]+) (\d{4})", text):
        return pd.Timestamp(int(m[3]), MONTHS[lang].index(m[2].lower()) + 1, int(m[1])), "day"
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return pd.Timestamp(pd.to_datetime(text[:10], format=fmt)), "day"
        except ValueError:
            continue
    raise AssertionError(f"{source}: unreadable date {cell!r}")


# --------------------------------------------------------------------------------------
# The set as a whole
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_du", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_du", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("seed", "n_events"), [(0, 300), (1, 300), (SMALL_SEED, 300), (SMALL_SEED, SMALL_EVENTS)]
)
def test_every_source_reports_events_at_small_sizes(seed: int, n_events: int) -> None:
    subs = make_blind123(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_duplicates_are_g7_reports_of_other_sources(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {G7}
    first = cross["duplicate_of"].str.split(":").str[0]
    assert f"{G7}.csv" not in set(first)
    assert set(truth.loc[truth["expected_reason"] == "exact_repeat", "source"]) == {TNP, G7}


# --------------------------------------------------------------------------------------
# The truth says what each cell says
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("source", NAMES)
def test_dates_of_kept_rows_read_as_the_truth_says(
    paths: dict[str, Path], truth: pd.DataFrame, source: str
) -> None:
    cells = _cells(paths, source)
    rows = _rows(truth, source)
    date_col = SOURCES[NAMES.index(source)].headers["event_date"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    for row_no, row in kept.iterrows():  # a few hundred rows
        day, precision = _day(cells.loc[row_no, date_col], source)
        assert day == pd.Timestamp(row["event_date"]), (source, row_no)
        assert precision == row["date_precision"], (source, row_no)


@pytest.mark.parametrize("source", NAMES)
def test_counts_of_kept_rows_read_as_the_truth_says(
    paths: dict[str, Path], truth: pd.DataFrame, source: str
) -> None:
    src = SOURCES[NAMES.index(source)]
    cells = _cells(paths, source)
    rows = _rows(truth, source)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    for col in ("n_persons", "n_suspects"):
        written = cells.loc[kept.index, src.headers[col]]
        known = kept[col].notna()
        digits = written[known].map(lambda v: re.sub(r"[\s,\u00a0]", "", str(v)))
        zero = kept.loc[known, "tags"].str.contains("zero_word") & (col == "n_suspects")
        assert (digits[zero] == src.suspects_zero).all(), col
        assert (digits[~zero].astype(int) == kept.loc[known, col][~zero].astype(int)).all(), col
        unknown = written[~known]
        allowed = {None, "", src.count_placeholder, src.suspects_unknown}
        assert set(unknown) <= allowed, (col, set(unknown))


def test_bad_rows_hold_what_their_reason_says(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    for source in NAMES:
        src = SOURCES[NAMES.index(source)]
        cells = _cells(paths, source)
        for _, row in bad.loc[bad["source"] == source].iterrows():
            cell = cells.loc[int(row["source_row"])]
            date, count = cell[src.headers["event_date"]], cell[src.headers["n_persons"]]
            reason = row["expected_reason"]
            if reason == "no_date":
                assert date in (None, "") or pd.isna(date)
            elif reason == "bad_date":
                assert re.search(r"(30|31)\D0?(2|4|6|9)\D|-0?(2|4|6|9)-(30|31)", str(date))
            elif reason == "future_date":
                day, _ = _day(date, source)
                assert day > pd.Timestamp("2026-01-01")
            elif reason == "negative_count":
                assert int(count) < 0
            else:
                assert count in src.bad_count


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_istanbul_desk_writes_json_lines_under_the_turkish_locale(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[TNP].read_bytes()
    text = raw.decode("utf-8")
    lines = text.splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) == set(SOURCES[0].headers.values())
    for word in ("SYRİA", "AFGHANİSTAN", "MİGRANT SMUGGLİNG"):  # Turkish-locale upper case
        assert word in text
    assert "TCK 79" in text
    assert "+03:00" in text
    assert re.search(r'"incident_date":"\d\d\.\d\d\.20\d\d"', text)
    assert isinstance(records[0]["irregular_migrants"], int)
    assert any(r["case_no"].startswith("GENEL TOPLAM") for r in records)
    assert len(set(lines)) < len(lines)  # the export re-sends a few lines
    upper = truth.loc[truth["messiness"].fillna("").str.contains("turkish_upper")]
    assert 0.6 < len(upper) / (truth["source"] == TNP).sum() < 0.8


def test_dakar_cell_writes_a_french_windows_register(paths: dict[str, Path]) -> None:
    raw = paths[CAAT].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.split(";")[:3] == ["N° signalement", "Date des faits", "Qualification"]
    assert "\r\n" in text
    assert "\n\n" not in text
    cells = _cells(paths, CAAT)
    assert cells["Nbre mis en cause"].eq("néant").any()
    assert cells["Nationalité"].str.strip().str.lower().isin(["malienne", "sénégalaise"]).any()
    assert cells["Lieu d'interception"].str.contains(r"Espagne \(").any()
    assert cells["Moyen de transport"].str.contains("pirogue").any()
    assert cells["Latitude"].str.fullmatch(r"-?\d+,\d{5}").any()
    assert cells["Nbre migrants/victimes"].str.fullmatch(r"0\d").any()
    assert "Ã" in text  # cells pasted from UTF-8 e-mails
    assert "TOTAL GÉNÉRAL" in text
    assert "signalements des partenaires" in text


def test_panama_desk_writes_excel_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MIRE].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.split("\n")[0].split("\t")[:3] == ["No. Registro", "Fecha", "Delito"]
    cells = _cells(paths, MIRE)
    assert cells["Grupo etario"].str.contains("NNA").any()
    assert cells["Fecha"].str.fullmatch(r"4\d{4}").any()  # a date cell that lost its format
    assert cells["Nacionalidad"].str.strip().str.lower().isin(["venezolana", "haitiana"]).any()
    rows = _rows(truth, MIRE)
    big = rows.loc[rows["tags"].str.contains("thousands:n_persons")].index
    assert cells.loc[big, "Cant. personas"].str.fullmatch(r"\d,\d{3}").all()


def test_save_the_children_sheet_mixes_real_dates_serials_and_text(
    paths: dict[str, Path],
) -> None:
    cells = _cells(paths, STC)
    dates = cells["Date"]
    assert dates.map(lambda v: hasattr(v, "year")).mean() > 0.6
    assert dates.map(lambda v: isinstance(v, int)).any()
    assert dates.map(lambda v: isinstance(v, str) and "/" in v).any()
    assert cells["Age group"].astype(str).str.contains("UASC").any()
    gps = cells["GPS (lat, long)"].dropna().astype(str)
    assert gps.str.fullmatch(r"\d+\.\d{5}, \d+\.\d{5}").mean() > 0.8
    assert gps.str.contains("°").any()
    assert cells["No. of people"].eq("tbc").any()
    assert cells["Nationality (main group)"].isin(["Tunisian", "Egyptian", "Bangladeshi"]).any()


def test_g7_compilation_uses_codes_and_partial_dates(paths: dict[str, Path]) -> None:
    raw = paths[G7].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    header = raw.decode("utf-8-sig").split("\n")[0]
    assert header.startswith("Ref.,Date of detection,Offence category")
    cells = _cells(paths, G7)
    assert cells["Date of detection"].str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert cells["Date of detection"].str.fullmatch(r"20\d\d-\d\d").any()
    assert cells["Nationality"].str.fullmatch(r"[A-Z]{3}").mean() > 0.4
    assert cells["Nationality"].str.fullmatch(r"\d{3}").any()  # UN M49 / ISO numeric
    assert cells["Country of detection"].isin(["UK", "GB", "GBR"]).any()
    assert cells["Arrests"].eq("nil").any()
    assert cells["Transit"].str.contains(r"[A-Z]{3}; [A-Z]{3}").any()
    assert "Latitude" not in cells.columns  # the compilation gives no positions
