"""The ``blind103`` examiner set: its files, their bytes and the truth beside them.

These tests check the files and the ground truth only; none cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
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
from trendlib.samples import make_truth
from trendlib.samples._blind103 import BLIND103_SOURCES, make_blind103

VARIANT = "blind103"
SEED = 103
N_EVENTS = 1500
SMALL_SEED = 1031
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND103_SOURCES]
#: Fields every non-quarantined row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
OCLTI, DDETS, OFMIN, DOL, SENNIAF = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_da", n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_da", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    # a point written to a tenth of a second of arc is within 0.00002 degrees
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.0001)
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.0001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_records_duplicates_and_bad_rows(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for source in SOURCES:
        rows = _rows_of(truth, source)
        assert (rows["expected_status"] == "record").sum() > 20, source
        second = (rows["expected_reason"] == "cross_source").any()
        assert second == (source in (OCLTI, DDETS, OFMIN)), source
        assert rows["messiness"].fillna("").str.contains("garbage_row").sum() >= 2, source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {DDETS, SENNIAF}


def test_partial_dates_and_quirks_are_planted(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "partial_month",
        "partial_quarter",
        "excel_serial",
        "month_first",
        "wkt_lon_first",
        "coords_dms",
        "coords_dmm",
        "decimal_comma",
        "demonym",
        "mojibake",
        "legal_article",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "thousands_sep",
        "transit_list",
        "offence_list",
    ):
        assert tags.str.contains(tag).any(), tag


# --------------------------------------------------------------------------------------
# Languages, formats and encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings() -> None:
    subs = make_blind103(make_truth(seed=2, n_events=200), seed=2)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "oclti_signalements_da.csv": ("fr", "csv", "cp1252", ";"),
        "ddets62_inspection_da.xlsx": ("fr", "xlsx", "utf-8", None),
        "ofmin_mineurs_da.csv": ("fr", "csv", "utf-16", "\t"),
        "dol_whd_da.jsonl": ("en", "jsonl", "utf-8", None),
        "senniaf_darien_da.csv": ("es", "csv", "utf-8-sig", ","),
    }
    assert {s.language for s in subs} == {"fr", "en", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    assert len({e for e, _ in csv}) == 3
    assert len({d for _, d in csv}) == 3


def test_oclti_is_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths[OCLTI].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("N° procédure;Date des faits;")
    assert "Nb MEC" in header.split(";")
    assert "\r\n" in text


def test_ddets_is_an_excel_book_with_dates_and_serials(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[DDETS])
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Réf. Wiki'T", "Date du contrôle")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(v, dt.datetime) for v in dates)
    serials = [v for v in dates if isinstance(v, int)]
    assert serials
    assert all(40000 < v < 50000 for v in serials)
    assert any(isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/\d{2,4}", v) for v in dates)
    counts = [r[4] for r in rows[1:-1]]
    assert any(isinstance(v, int) for v in counts)
    assert sum(r[0] == "Total" for r in rows) == 1  # re-sent rows follow the total


def test_ofmin_is_utf16_tab_bilingual(paths: dict[str, Path]) -> None:
    raw = paths[OFMIN].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert len(header) == 16
    assert "Date des faits / Date of events" in header
    assert re.search(r"\d+°\d\d'\d\d\.\d(''|\"\")[NS] \d+°\d\d'\d\d\.\d(''|\"\")[EWO]", text)
    assert re.search(r"\d\d/\d\d/\d{4} à \d{1,2}h\d\d", text)
    assert "MNA / UASC" in text or "mineur / minor" in text


def test_dol_is_json_lines_in_english(paths: dict[str, Path]) -> None:
    lines = paths[DOL].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all("ee_victim_cnt" in r and "subject_cnt" in r for r in recs)
    dates = [r["findings_start_date"] for r in recs if r["findings_start_date"]]
    # month-first US dates: some have a day above 12 in the middle
    assert any(re.fullmatch(r"\d\d/(1[3-9]|2\d|3[01])/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00", d) for d in dates)
    points = [r["geo_location"] for r in recs if r["geo_location"]]
    assert any(p.startswith("POINT (-") for p in points)
    assert any("1324" in (r["violation_cat"] or "") for r in recs)
    assert recs[-1]["case_id"] == "GRAND TOTAL"
    assert any(isinstance(r["ee_victim_cnt"], int) for r in recs)


def test_senniaf_is_utf8_bom_comma_spanish(paths: dict[str, Path]) -> None:
    raw = paths[SENNIAF].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["N° expediente", "Fecha de detección", "Delito"]
    assert "NNA" in text
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"O", text)  # west as "O" (oeste)


# --------------------------------------------------------------------------------------
# The cells say what the truth says
# --------------------------------------------------------------------------------------
def _oclti_frame(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(
        paths[OCLTI],
        sep=";",
        encoding="cp1252",
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


def _dmm(text: str) -> float:
    hemi, deg, minutes = re.fullmatch(r"([NSEWO]) (\d+)°(\d\d,\d{3})'", text.strip()).groups()
    value = int(deg) + float(minutes.replace(",", ".")) / 60
    return -value if hemi in "SWO" else value


def test_oclti_cells_match_their_truth(paths: dict[str, Path]) -> None:
    frame = _oclti_frame(paths)
    truth = _rows_of(_truth(paths), OCLTI)
    assert len(frame) == len(truth)
    row = truth["source_row"].astype(int) - 2
    assert (frame.loc[row, "N° procédure"].to_numpy() == truth["source_ref"].fillna("")).all()
    tags = tags_of(truth)
    good = ~tags.str.contains("bad_row")
    quarter = frame.loc[row[tags.str.contains("partial_quarter") & good], "Date des faits"]
    assert len(quarter) > 0
    assert quarter.str.fullmatch(r"(T[1-4]|(1er|[234]e) trim\.) \d{4}").all()
    month = frame.loc[row[tags.str.contains("partial_month") & good], "Date des faits"]
    assert len(month) > 0
    assert month.str.fullmatch(r"(\d\d/\d{4}|[a-zéû.]+ \d{4})").all()
    dmm = tags.str.contains("coords_dmm") & truth["expected_status"].ne("quarantine")
    cells = frame.loc[row[dmm], "Coord. GPS (lat / long)"]
    assert len(cells) > 0
    for cell, lat, lon in zip(cells, truth.loc[dmm, "lat"], truth.loc[dmm, "lon"], strict=True):
        la, lo = cell.split(" / ")
        assert abs(_dmm(la) - float(lat)) < 1e-5
        assert abs(_dmm(lo) - float(lon)) < 1e-5
    grouped = frame["Nb victimes / migrants"].str.fullmatch(r"\d{1,2}[\xa0 ]\d{3}")
    assert grouped.any()
    placeholder = tags.str.contains("count_placeholder") & ~tags.str.contains("bad_row")
    assert set(frame.loc[row[placeholder], "Nb victimes / migrants"]) <= {
        "n.c.",
        "NR",
        "inconnu",
        "non communiqué",
    }
    garbled = frame.loc[row[tags.str.contains("mojibake")]]
    assert garbled.apply(lambda r: r.str.contains("Ã").any(), axis=1).all()


def test_dol_wkt_is_longitude_first(paths: dict[str, Path]) -> None:
    recs = [json.loads(x) for x in paths[DOL].read_text(encoding="utf-8").splitlines()]
    truth = _rows_of(_truth(paths), DOL)
    assert len(recs) == len(truth)
    wkt = tags_of(truth).str.contains("wkt_lon_first") & truth["expected_status"].ne("quarantine")
    assert wkt.any()
    for i in truth.index[wkt]:
        x, y = re.fullmatch(r"POINT \((\S+) (\S+)\)", recs[i]["geo_location"]).groups()
        assert abs(float(x) - float(truth.at[i, "lon"])) < 1e-5
        assert abs(float(y) - float(truth.at[i, "lat"])) < 1e-5
