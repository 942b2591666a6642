"""The ``blind36`` examiner set (files ``*_al.*``): its files and its ground truth.

These tests check what the files hold and what the truth promises; none of them cleans
or scores (the team measures the cleaner on this set separately).
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

from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind36 import BLIND36_SOURCES, make_blind36

VARIANT = "blind36"
SUFFIX = "_al"
SEED = 36
N_EVENTS = 1500
SMALL_SEED = 261
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND36_SOURCES)
#: Fields every non-quarantined row expects exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.0005  # degrees: a point written to the whole second of arc is 0.00014 off
SRC = {s.source: s for s in BLIND36_SOURCES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_other_seeds_and_sizes_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        names = sorted(out[s].name for s in SOURCES)
        assert all(Path(name).stem.endswith(SUFFIX) for name in names)


def test_make_blind36_matches_the_sources() -> None:
    subs = make_blind36(make_truth(seed=3, n_events=300), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND36_SOURCES]
    for sub, src in zip(subs, BLIND36_SOURCES, strict=True):
        assert sub.frame.columns.tolist() == list(src.headers.values())
        assert (sub.language, sub.format, sub.encoding) == (src.language, src.format, src.encoding)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings_claimed() -> None:
    assert {s.language for s in BLIND36_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND36_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND36_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) >= 3
    assert {s.encoding for s in csvs} == {"latin-1", "cp1252", "utf-16"}
    assert {s.delimiter for s in csvs} == {"|", ";", "\t"}


def test_oij_is_latin1_pipe_delimited(paths: dict[str, Path]) -> None:
    src = SRC["oij_costarica"]
    raw = paths[src.source].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("latin-1")
    assert text.splitlines()[0].split("|") == list(src.headers.values())
    assert "\r\n" not in text
    assert "País del hecho".encode("latin-1") in raw


def test_ocpm_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    src = SRC["ocpm_benin"]
    raw = paths[src.source].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].split(";") == list(src.headers.values())
    assert raw.count(b"\r\n") >= len(text.splitlines()) - 1
    assert "Nationalité / Nationality".encode("cp1252") in raw  # bilingual header


def test_tocu_is_utf16_tab_delimited(paths: dict[str, Path]) -> None:
    src = SRC["tocu_sierraleone"]
    raw = paths[src.source].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE byte-order mark
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t") == list(src.headers.values())


def test_fgj_is_an_excel_book(paths: dict[str, Path]) -> None:
    src = SRC["fgj_tamaulipas"]
    assert paths[src.source].read_bytes()[:2] == b"PK"
    sheet = load_workbook(paths[src.source]).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(src.headers.values())


def test_digest_is_utf8_json_lines(paths: dict[str, Path]) -> None:
    src = SRC["case_digest"]
    lines = paths[src.source].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == list(src.headers.values()) for r in records)
    assert len(records) == len(_rows_of(_truth(paths), paths[src.source].name))


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes and in the truth
# --------------------------------------------------------------------------------------
def _dms(deg: str, minutes: str, sec: str, hemi: str) -> float:
    value = int(deg) + int(minutes) / 60 + float(sec) / 3600
    return -value if hemi in "SOW" else value


def test_oij_dms_coordinates_with_oeste(paths: dict[str, Path]) -> None:
    src = SRC["oij_costarica"]
    frame = pd.read_csv(
        paths[src.source], sep="|", encoding="latin-1", dtype=str, keep_default_na=False
    )
    truth = _rows_of(_truth(paths), paths[src.source].name)
    pattern = re.compile(
        r"(\d+)°(\d\d)'(\d\d(?:\.\d)?)\"([NS]) (\d+)°(\d\d)'(\d\d(?:\.\d)?)\"([EOW])"
    )
    seen_oeste = 0
    for i, cell in enumerate(frame[src.headers["coordinates"]]):
        m = pattern.fullmatch(cell)
        if m is None:
            continue
        seen_oeste += m.group(8) == "O"
        want = truth.loc[i + 2]
        if want["expected_status"] == "quarantine":
            continue
        assert abs(_dms(*m.group(1, 2, 3, 4)) - float(want["lat"])) < 1e-5
        assert abs(_dms(*m.group(5, 6, 7, 8)) - float(want["lon"])) < 1e-5
    assert seen_oeste > 20
    column = frame[src.headers["age_group"]]
    assert column.isin(["PME", "Adultos y PME"]).any()


def test_fgj_serial_dates_and_west_positive_longitude(paths: dict[str, Path]) -> None:
    src = SRC["fgj_tamaulipas"]
    sheet = load_workbook(paths[src.source]).active
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    date_col = head.index(src.headers["event_date"])
    lon_col = head.index(src.headers["lon"])
    truth = _rows_of(_truth(paths), paths[src.source].name)
    kinds = {"serial": 0, "datetime": 0, "text": 0}
    checked = 0
    for n, row in enumerate(rows[1:], start=2):
        want = truth.loc[n]
        cell = row[date_col]
        if isinstance(cell, datetime):
            kinds["datetime"] += 1
        elif isinstance(cell, int):
            kinds["serial"] += 1
            if want["expected_status"] != "quarantine":
                day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
                assert day.strftime("%Y-%m-%d") == want["event_date"]
        elif isinstance(cell, str):
            kinds["text"] += 1
        lon = row[lon_col]
        if isinstance(lon, float) and want["expected_status"] != "quarantine":
            assert lon > 0
            assert abs(float(want["lon"]) + lon) < 1e-9
            checked += 1
    assert min(kinds.values()) > 5, kinds
    assert checked > 50
    genders = {row[head.index(src.headers["gender"])] for row in rows[1:]}
    assert {"H", "M"} <= genders
    ages = {row[head.index(src.headers["age_group"])] for row in rows[1:]}
    assert "NNA" in ages


def test_ocpm_french_placeholders_and_decimal_commas(paths: dict[str, Path]) -> None:
    src = SRC["ocpm_benin"]
    text = paths[src.source].read_bytes().decode("cp1252")
    assert "Néant" in text
    assert re.search(r";\d+,\d{5} / -?\d+,\d{5};", text)
    assert re.search(r"[NS] \d\d°\d\d,\d{3}' [EW] \d{3}°\d\d,\d{3}'", text)
    assert re.search(r";(T[1-4]|[1-4](er|e) trimestre) 20\d\d;", text)
    assert "Pirogue" in text


def test_tocu_west_african_english(paths: dict[str, Path]) -> None:
    src = SRC["tocu_sierraleone"]
    text = paths[src.source].read_bytes().decode("utf-16")
    assert "\tNil" in text
    assert re.search(r"\t\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d\t", text)
    assert re.search(r"\t(TIP|SOM|TIP & SOM)\t", text)
    assert re.search(r"\t\d+\.\d{4}N \d+\.\d{4}[EW]\t", text)


def test_digest_wkt_points_are_lon_lat(paths: dict[str, Path]) -> None:
    src = SRC["case_digest"]
    lines = paths[src.source].read_text(encoding="utf-8").splitlines()
    truth = _rows_of(_truth(paths), paths[src.source].name)
    checked = 0
    for n, line in enumerate(lines, start=1):
        cell = json.loads(line)[src.headers["coordinates"]]
        m = re.fullmatch(r"POINT \((-?\d+\.\d+) (-?\d+\.\d+)\)", cell or "")
        if m is None or truth.loc[n, "expected_status"] == "quarantine":
            continue
        assert float(m.group(1)) == pytest.approx(float(truth.loc[n, "lon"]))
        assert float(m.group(2)) == pytest.approx(float(truth.loc[n, "lat"]))
        checked += 1
    assert checked > 300
    dates = [json.loads(line)[src.headers["event_date"]] for line in lines]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d or "") for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d or "") for d in dates)


def test_truth_tags_cover_the_quirks(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "excel_serial",
        "excel_date",
        "lon_west_positive",
        "coords_dms",
        "coords_ddm",
        "coords_wkt",
        "decimal_comma",
        "mojibake",
        "demonym",
        "iso2",
        "place_in_country",
        "date_month",
        "date_quarter",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "legal_ref",
    ):
        assert tags.str.contains(tag).any(), tag
