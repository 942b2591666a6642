"""The examiner's held-out set ``blind178`` (files ``*_fx.*``): files, truth and quirks.

These tests check what the set promises (every row described, the agencies' habits
really in the bytes); none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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

VARIANT = "blind178"
SEED = 178
N_EVENTS = 1500
SMALL_SEED = 1781
SMALL_EVENTS = 400
SOURCES = ("tt_ctu", "kustwacht_cg", "mp_ve_dcdo", "asi_caracas", "rss_asoc")
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: decimal minutes to 0.001', four or five decimals


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].reset_index(drop=True)


def _csv(paths: dict[str, Path], source: str, encoding: str, delimiter: str) -> list[list[str]]:
    text = paths[source].read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fx", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_fx", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_every_source_has_event_rows(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        t = _truth(p)
        for source in SOURCES:
            assert t.loc[t["source"] == source, "expected_status"].eq("record").sum() >= 10


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_planted_habits_are_in_the_truth(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    wanted = {
        "demonym",
        "alias",
        "typo",
        "upper",
        "iso2",
        "iso3",
        "iso_numeric",
        "mojibake",
        "excel_serial",
        "excel_date",
        "date_month",
        "date_quarter",
        "date_long",
        "count_word",
        "approx_count",
        "thousands",
        "zero_word",
        "na_word",
        "coords_ddm",
        "decimal_comma",
        "coords_placeholder",
        "transit_list",
        "blank_gender",
    }
    assert wanted <= tags, wanted - tags


# --------------------------------------------------------------------------------------
# The agencies' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_tt_ctu_is_an_excel_cp1252_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["tt_ctu"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the en dash of the note row is cp1252 0x96
    assert b"\x96" in raw
    assert raw.count(b"\r\n") == raw.count(b"\n")
    rows = _csv(paths, "tt_ctu", "cp1252", ",")
    assert rows[0][:3] == ["CTU Ref No.", "Date of Incident", "Offence Category"]
    text = raw.decode("cp1252")
    for word in ("Nil", "Pirogue", "SOM", "TIP", "M/F", "TOTAL"):
        assert word in text, word
    assert re.search(r",(Afghan|Iranian|Iraqi|Eritrean|Vietnamese|Albanian),", text)  # demonyms
    assert re.search(r",(One|Two|Three|Four|Five|Six|Seven|Eight|Nine) \(\d\),", text)
    assert re.search(r",\d{2}-[A-Z][a-z]{2}-20\d\d,", text)  # 17-May-2023
    assert " / " in text  # transit countries, in order


def test_tt_ctu_dates_are_day_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _csv(paths, "tt_ctu", "cp1252", ",")[1:]
    exp = _rows(truth, "tt_ctu_fx.csv")
    assert len(rows) == len(exp)
    checked = 0
    for cells, (_, want) in zip(rows, exp.iterrows(), strict=True):
        if want["expected_status"] == "quarantine" or want["date_precision"] != "day":
            continue
        day = pd.to_datetime(cells[1], format="mixed", dayfirst=True)
        assert day.strftime("%Y-%m-%d") == want["event_date"], cells[1]
        checked += 1
    assert checked > 50


def test_kustwacht_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["kustwacht_cg"]).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Incident #", "Date (UTC)", "Category")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 45400 for d in serials)  # 2020-2024 as Excel serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d-\d\d-20\d\d", t) for t in texts)
    positions = [r[14] for r in rows[1:] if isinstance(r[14], str)]
    ddm = re.compile(r"\d\d°\d\d\.\d{3}'[NS] \d{3}°\d\d\.\d{3}'[EW]")
    assert positions
    assert all(ddm.fullmatch(p) for p in positions)
    counts = [r[4] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.startswith("approx. ") for c in counts)
    assert {"SY", "AF"} & {r[8] for r in rows[1:]}  # ISO alpha-2 beside names
    assert rows[-1][0] == "Grand Total"


def test_mp_ve_is_a_libreoffice_utf8_csv(paths: dict[str, Path]) -> None:
    raw = paths["mp_ve_dcdo"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    rows = _csv(paths, "mp_ve_dcdo", "utf-8", ";")
    assert rows[0][:3] == ["N° Expediente", "Fecha del hecho", "Tipo de delito"]
    assert "Ã" in text  # mojibake of a Windows step
    for word in ("NNA", "Peñero", "ninguno", "Legitimación de capitales", "trimestre"):
        assert word in text, word
    assert re.search(r";\d{1,2} de [a-z]+ de 20\d\d;", text)
    assert re.search(r";\d\.\d{3};", text)  # 1.250 persons
    lat = [r[14] for r in rows[1:] if len(r) > 14 and r[14]]
    assert lat
    assert all(re.fullmatch(r"-?\d+,\d{5}", v) for v in lat)


def test_asi_caracas_is_excel_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["asi_caracas"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with its BOM
    text = raw.decode("utf-16")
    rows = _csv(paths, "asi_caracas", "utf-16", "\t")
    assert rows[0][:4] == ["Réf. ASI", "Date des faits", "Qualification", "Forme d'exploitation"]
    assert "Nb mis en cause" in rows[0]
    for word in ("néant", "afghane", "N.C.", "TEH", "TOTAL GÉNÉRAL"):
        assert word in text, word
    assert re.search(r"\tT[1-4] 20\d\d\t", text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    assert re.search(rf"\t(1er|\d{{1,2}}) ({months}|décembre) 20\d\d\t", text)
    assert re.search(r"\t\d{2},\d{4}\t-?\d{1,2},\d{4}\t", text)


def test_rss_asoc_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["rss_asoc"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incident_id", "date_of_event", "crime_category"]
    transit = [r["transit"] for r in recs if r["transit"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    codes = {r["nationality_iso"] for r in recs if r["nationality_iso"]}
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    places = {r["country_of_detection"] for r in recs} | {r["origin"] for r in recs}
    assert any(isinstance(c, str) and re.fullmatch(r"\d{3}", c) for c in places)
    dates = {r["date_of_event"] for r in recs if isinstance(r["date_of_event"], str)}
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(r["latitude"] == 0 and r["longitude"] == 0 for r in recs)
    assert any(r["persons"] is None for r in recs)
    assert any(r["incident_id"] == "TOTAL (all records)" for r in recs)
