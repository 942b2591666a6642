"""The ``blind33`` examiner set (files ``*_ai.*``): its files and its truth.

These tests check what was written and what the truth promises about it; none cleans or
scores the set.
"""

from __future__ import annotations

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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_messy, make_truth

SEED = 33
N_EVENTS = 1500
SMALL_SEED = 231
SMALL_EVENTS = 400
VARIANT = "blind33"
SOURCES = (
    "cid_bangladesh_ai",
    "dsi_thailand_ai",
    "gn_mauritanie_ai",
    "cicpc_venezuela_ai",
    "bali_process_rso_ai",
)
#: Fields every row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: decimals to 4-6 places, seconds of arc, 1/100 of a minute


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """Truth rows of one file, indexed by source row."""
    out = truth.loc[truth["source"] == source].copy()
    out.index = out["source_row"].astype(int)
    return out


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by source row (header = row 1)."""
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, len(frame) + 2)
    return frame


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ai", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ai", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_placeholder_counts(small_paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(small_paths))


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings() -> None:
    subs = make_messy(make_truth(seed=SEED, n_events=300), seed=SEED, variant=VARIANT)
    got = {s.source: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "cid_bangladesh_ai": ("en", "csv", "utf-8", ","),
        "dsi_thailand_ai": ("en", "csv", "utf-16", "\t"),
        "gn_mauritanie_ai": ("fr", "csv", "cp1252", ";"),
        "cicpc_venezuela_ai": ("es", "xlsx", "utf-8", None),
        "bali_process_rso_ai": ("en", "jsonl", "utf-8", None),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csvs}) == 3
    assert len({s.delimiter for s in csvs}) == 3


def test_bytes_match_the_encodings(paths: dict[str, Path]) -> None:
    cid = paths["cid_bangladesh_ai"].read_bytes()
    assert not cid.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    assert cid.decode("utf-8").splitlines()[0].startswith("Case No.,Date of Occurrence,")
    dsi = paths["dsi_thailand_ai"].read_bytes()
    assert dsi.startswith(b"\xff\xfe")  # UTF-16 LE with its BOM
    header = dsi.decode("utf-16").splitlines()[0]
    assert "\t" in header
    assert "วันที่เกิดเหตุ / Date of Incident" in header  # bilingual Thai / English
    gn = paths["gn_mauritanie_ai"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gn.decode("utf-8")
    text = gn.decode("cp1252")
    assert text.startswith("N° PV;Date des faits;")
    assert "\r\n" in text
    assert paths["cicpc_venezuela_ai"].read_bytes()[:2] == b"PK"  # a zip: a real workbook
    lines = paths["bali_process_rso_ai"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)


# --------------------------------------------------------------------------------------
# Each agency's quirks, in the bytes and in the truth
# --------------------------------------------------------------------------------------
def test_bangladesh_cid_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["cid_bangladesh_ai"], "utf-8", ",")
    rows = _rows(truth, "cid_bangladesh_ai")
    text = paths["cid_bangladesh_ai"].read_text(encoding="utf-8")
    for quirk in ("u/s", "PSHTA-2012", "dalal", "Nil", "Place of Occurrence"):
        assert quirk in text, quirk
    assert re.search(r"\b\d{1,2}(st|nd|rd|th) [A-Z][a-z]+, 20\d\d\b", text)  # 12th March, 2022
    assert re.search(r"\b\d\d\.\d\d\.20\d\d\b", text)  # 12.03.2022
    assert re.search(r"\b0\d \([a-z]+\)", text)  # 05 (five)
    # split sexes add up to the count of persons
    split = frame["Sex"].str.fullmatch(r"M-(\d+), F-(\d+)")
    assert split.sum() > 10
    for row, cell in frame.loc[split, "Sex"].items():
        males, females = (int(x) for x in re.findall(r"\d+", cell))
        assert str(males + females) == rows.loc[row, "n_persons"]
        assert rows.loc[row, "gender"] == "mixed"
    # "Nil" accused arrested is zero, "N/K" persons is no count
    nil = frame["Accused Arrested"].eq("Nil") & rows["expected_status"].ne("quarantine")
    assert (rows.loc[nil[nil].index, "n_suspects"] == "0").all()
    nk = frame["No. of Victims/Migrants"].isin(["N/K", "Not known"])
    assert nk.any()
    assert rows.loc[nk[nk].index, "n_persons"].isna().all()
    # no coordinates in this file
    assert rows["lat"].isna().all()


def test_thai_dsi_buddhist_era_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["dsi_thailand_ai"], "utf-16", "\t")
    rows = _rows(truth, "dsi_thailand_ai")
    dates = frame["วันที่เกิดเหตุ / Date of Incident"]
    be = dates.str.contains("B.E.", regex=False)
    assert be.sum() > 5
    kept = rows["expected_status"].ne("quarantine")
    for row, cell in dates[be & kept].items():
        year = int(re.findall(r"25\d\d", cell)[0])
        assert year - 543 == int(str(rows.loc[row, "event_date"])[:4]), cell
    assert dates.str.fullmatch(r"Q[1-4]/20\d\d|\d(st|nd|rd|th) quarter 20\d\d").any()
    lat = frame["ละติจูด / Latitude"]
    assert lat.str.contains(r"\d [NS]$").any()  # hemisphere letters
    zero = lat.eq("0.000000") & kept
    assert zero.any()
    assert rows.loc[zero[zero].index, "lat"].isna().all()  # 0/0 is no fix


def test_mauritanian_gendarmerie_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["gn_mauritanie_ai"], "cp1252", ";")
    rows = _rows(truth, "gn_mauritanie_ai")
    text = paths["gn_mauritanie_ai"].read_bytes().decode("cp1252")
    for quirk in ("Néant", "Pirogue", "loi n°2010-021", "émigration clandestine", "Ã"):
        assert quirk in text, quirk
    assert re.search(r"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août)", text)
    pos = frame["Position GPS"]
    ddm = pos.str.fullmatch(r"(\d\d)°(\d\d,\d\d)' N / (\d{3})°(\d\d,\d\d)' O")
    assert ddm.sum() > 20
    for row, cell in pos[ddm].items():
        if rows.loc[row, "expected_status"] == "quarantine":
            continue
        a, b, c, d = re.fullmatch(r"(\d\d)°(\d\d,\d\d)' N / (\d{3})°(\d\d,\d\d)' O", cell).groups()
        lat = int(a) + float(b.replace(",", ".")) / 60
        lon = -(int(c) + float(d.replace(",", ".")) / 60)  # O = ouest: west
        assert abs(lat - float(rows.loc[row, "lat"])) < 1e-6
        assert abs(lon - float(rows.loc[row, "lon"])) < 1e-6
    counts = frame["Nbre de personnes (migrants/victimes)"]
    big = counts.str.fullmatch(r"\d{1,2}[\xa0 ]\d{3}")  # 1 250, no-break space or space
    for row, cell in counts[big].items():
        if rows.loc[row, "expected_status"] != "quarantine":
            assert rows.loc[row, "n_persons"] == re.sub(r"\D", "", cell)


def test_venezuelan_cicpc_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["cicpc_venezuela_ai"], read_only=True).active
    assert sheet is not None
    rows = _rows(truth, "cicpc_venezuela_ai")
    cells = list(sheet.iter_rows(values_only=True))
    header = cells[0]
    assert header[1] == "Fecha del hecho"
    kinds = {type(r[1]).__name__ for r in cells[1:] if r[1] is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, serial numbers and text
    serial = [(n, r[1]) for n, r in enumerate(cells[1:], start=2) if isinstance(r[1], int)]
    assert serial
    for row, value in serial:
        if rows.loc[row, "expected_status"] == "quarantine":
            continue
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=value)
        assert day.strftime("%Y-%m-%d") == rows.loc[row, "event_date"]
    text = [str(v) for r in cells[1:] for v in r if isinstance(v, str)]
    for quirk in ("NNA", "EE.UU.", "Ninguno", "S/I", "Tráfico ilícito de migrantes"):
        assert any(quirk in t for t in text), quirk
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\"O", t) for t in text)  # DMS, O = oeste
    assert any(re.fullmatch(r"(I|II|III|IV) trimestre 20\d\d", t) for t in text)


def test_bali_process_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    records = _jsonl(paths["bali_process_rso_ai"])
    rows = _rows(truth, "bali_process_rso_ai")
    assert set(records[0]) >= {"caseRef", "incidentDate", "geom", "transitRoute"}
    points = 0
    for n, rec in enumerate(records, start=1):
        if rows.loc[n, "expected_status"] == "quarantine":
            continue
        geom = rec["geom"]
        if isinstance(geom, str) and geom != "POINT EMPTY":
            lon, lat = (float(x) for x in re.fullmatch(r"POINT \((\S+) (\S+)\)", geom).groups())
            assert abs(lat - float(rows.loc[n, "lat"])) < 1e-9  # WKT: longitude first
            assert abs(lon - float(rows.loc[n, "lon"])) < 1e-9
            points += 1
        route = rec["transitRoute"]
        assert route is None or isinstance(route, list)
        if route:
            assert len(route) == len(str(rows.loc[n, "transit_countries"]).split("|"))
    assert points > 100
    dates = [str(r["incidentDate"]) for r in records]
    assert any(d.endswith("+07:00") for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["incidentDate"], int) for r in records)  # epoch milliseconds
    keys = ("nationality", "countryOfOrigin", "intendedDestination", "detectionCountry")
    assert any("UK" in [r[k] for k in keys] for r in records)  # UK, not ISO's GB


def test_tags_cover_partial_dates_and_duplicates(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in ("partial_month", "partial_quarter", "buddhist_era", "excel_serial", "wkt"):
        assert tags.str.contains(tag).any(), tag
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dup["source"]) == {"bali_process_rso_ai", "cid_bangladesh_ai"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"cid_bangladesh_ai", "cicpc_venezuela_ai"}
