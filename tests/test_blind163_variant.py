"""Examiner set ``blind163`` (files ``*_fi.*``): five financial-intelligence desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
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

try:  # tests/ on sys.path (rootdir conftest) or the repository root
    from _blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest was started
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
from trendlib.samples._blind163 import SOURCES, make_blind163

VARIANT = "blind163"
SEED = 163
N_EVENTS = 1500
SMALL_SEED = 1631
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
BY_NAME = {s.source: s for s in SOURCES}


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


def _raw(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as written (text), indexed by ``source_row``."""
    src = BY_NAME[source]
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
        frame = pd.read_excel(path, dtype=object)
        frame = frame.astype(object).where(frame.notna(), "")
        first = 2
    else:
        lines = path.read_text(encoding=src.encoding).splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame = frame.where(frame.notna(), "")
        first = 1
    frame.index = range(first, first + len(frame))
    return frame


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["row"] = rows["source_row"].astype(int)
    return rows.set_index("row")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_fi", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_fi", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, NAMES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type", "linked_offences"), tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("seed", [0, 1, 2, 163])
def test_every_desk_has_rows_at_300_events(seed: int) -> None:
    subs = make_blind163(make_truth(seed=seed, n_events=300), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.filename
        assert len(sub.frame) == len(sub.expected)


def test_fields_left_out_only_where_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth["expected_status"].ne("quarantine")
    ok = truth.loc[kept].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[kept].reset_index(drop=True)
    for col in ("origin_country", "destination_country", "transit_countries"):
        lost = tags.str.contains(f"empty:{col}|unknown:{col}")
        assert ok.loc[lost, col].isna().all(), col
        assert ok.loc[~lost, col].equals(ev.loc[~lost, col]), col
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # a pure smuggling case has no form of exploitation, whatever the desk wrote
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    assert tags.str.contains("na_exploitation").any()


def test_rows_to_quarantine_say_so(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    impossible = re.compile(r"(30|31)\D+(0?2|Feb)\D|31\D+(0?4|0?6|0?9|11|Apr|Jun|Sep|Nov)\D")
    impossible_iso = re.compile(r"^\d{4}-(02-3[01]|(04|06|09|11)-31)$")
    seen: set[str] = set()
    for name in NAMES:
        src = BY_NAME[name]
        raw = _raw(paths, name)
        rows = _rows(truth, name)
        date_col, count_col = src.headers["event_date"], src.headers["n_persons"]
        for row, reason in rows["expected_reason"].dropna().items():
            date, count = raw.at[row, date_col], raw.at[row, count_col]
            seen.add(str(reason))
            if reason == "no_date":
                assert str(date) in ("", "s/f"), (name, row, date)
            elif reason == "bad_date":
                text = str(date) + " "
                assert impossible.search(text) or impossible_iso.match(str(date)), date
            elif reason == "future_date":
                year = int(re.findall(r"\d{4}", str(date))[0])
                assert year > 2026, (name, row, date)
            elif reason == "negative_count":
                assert int(str(count).replace(",", "")) < 0, (name, row, count)
            elif reason == "bad_count":
                assert str(count) in src.bad_count, (name, row, count)
            elif reason == "empty_row":
                assert (raw.loc[row].astype(str) == "").all(), (name, row)
    assert seen >= {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}


def test_dates_keep_one_day_month_order(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for name in ("tracfin", "uaf_panama", "sepblac"):
        raw = _raw(paths, name)
        rows = _rows(truth, name)
        kept = rows.index[rows["expected_status"].ne("quarantine")]
        cells = raw.loc[kept, BY_NAME[name].headers["event_date"]].astype(str)
        pairs = cells.str.extract(r"^(\d\d)/(\d\d)/\d{2,4}$").dropna().astype(int)
        assert len(pairs) > 0, name
        assert (pairs[0] <= 31).all(), name
        assert (pairs[1] <= 12).all(), name
        assert (pairs[0] > 12).any(), name  # day-first is visible in the file


# --------------------------------------------------------------------------------------
# Each desk's habits, in its bytes
# --------------------------------------------------------------------------------------
def test_tracfin_writes_cp1252_semicolons_crlf(paths: dict[str, Path]) -> None:
    data = paths["tracfin"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° dossier", "Date des faits", "Qualification"]
    assert "Pays de constatation" in header
    assert "Latitude" in header
    assert "\r\n" in text
    assert not data.startswith(b"\xef\xbb\xbf")
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    months = "|".join(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"))
    assert re.search(rf";(T[1-4]|{months}|septembre|octobre|novembre|décembre) 20\d\d;", text)
    assert ";Royaume-Uni;" in text
    assert "Traite des êtres humains" in text
    assert re.search(r";(aucun|néant);", text)


def test_sepblac_writes_real_excel_dates_and_coded_countries(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["sepblac"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº Comunicación", "Fecha hechos", "Tipología"]
    assert "Latitude" not in header
    assert "Coordenadas" not in header
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) // 2
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and "trim." in d for d in dates)
    nat = header.index("Nacionalidad")
    assert any(isinstance(r[nat], str) and re.fullmatch(r"[A-Z]{2} - \S.*", r[nat]) for r in rows)
    count = header.index("Nº víctimas/migrantes")
    assert any(isinstance(r[count], int) for r in rows[1:])
    book.close()


def test_uaf_panama_writes_utf8_mojibake_dms_and_serials(paths: dict[str, Path]) -> None:
    data = paths["uaf_panama"].read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert text.split("\n")[0].startswith("No. ROS,Fecha del evento,Delito precedente")
    assert "Ã" in text  # double-encoded accents from the upstream system
    assert re.search(r"\d°\d\d'\d\d\"\"N \d{2}°\d\d'\d\d\"\"W", text)  # quoted DMS pairs
    raw = _raw(paths, "uaf_panama")
    dates = raw["Fecha del evento"].astype(str)
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serials pasted as text
    assert dates.str.fullmatch(r"[a-z]+ de 20\d\d").any()
    nat = raw["Nacionalidad"].astype(str)
    assert nat.str.fullmatch(r"\d{3}").any()  # ISO numeric codes
    assert raw["País de destino"].astype(str).str.contains("EE. ?UU|EEUU").any()


def test_fincen_writes_json_lines_with_alpha2_and_arrays(paths: dict[str, Path]) -> None:
    lines = paths["fincen"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0]) == list(BY_NAME["fincen"].headers.values())
    codes = [r["citizenship"] for r in recs if isinstance(r["citizenship"], str)]
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", c)) for c in codes) > 0.6 * len(codes)
    assert any(isinstance(r["transit_route"], list) for r in recs)
    assert any(isinstance(r["victim_or_migrant_count"], int) for r in recs)
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert any(re.fullmatch(r"20\d\d-\d\d", str(r["incident_date"])) for r in recs)
    assert recs[-1]["bsa_id"] == "TOTAL"


def test_wu_fiu_writes_utf16_tabs(paths: dict[str, Path]) -> None:
    data = paths["wu_fiu"].read_bytes()
    assert data.startswith(b"\xff\xfe")
    text = data.decode("utf-16")
    header = text.split("\n")[0].split("\t")
    assert header[:3] == ["Case ID", "Event Date", "Typology"]
    assert re.search(r"\t\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d\t", text)
    assert re.search(r"\t\d\d-[A-Z][a-z]{2}-\d\d\t", text)
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert re.search(r"\t[A-Za-z ]+ > [A-Za-z ]+", text)
    assert re.search(r"\t(AFG|SYR|IRQ|TUR|DEU|GBR)\t", text)
    assert "Grand Total" in text


def test_tags_match_the_desks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = truth["source"]
    assert set(by_source[tags.str.contains("mojibake")]) == {"uaf_panama"}
    assert set(by_source[tags.str.contains("serial_date")]) == {"uaf_panama"}
    assert set(by_source[tags.str.contains("coords_dms")]) == {"uaf_panama"}
    assert set(by_source[tags.str.contains("coords_comma")]) == {"tracfin"}
    assert set(by_source[tags.str.contains("coded:")]) == {"sepblac"}
    no_place = truth.loc[by_source.isin(["sepblac", "wu_fiu"]) & truth["event_id"].notna()]
    assert no_place[["lat", "lon"]].isna().all().all()
    partial = truth.loc[
        tags.str.contains("partial_date") & truth["expected_status"].ne("quarantine")
    ]
    assert set(partial["date_precision"]) == {"month", "quarter"}
    for tag in ("typo:", "alias:", "iso2:", "iso3:", "numeric:", "case:", "zero_word", "na_word"):
        assert tags.str.contains(tag).any(), tag
