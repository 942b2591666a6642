"""The examiner set ``blind147`` (files ``*_es.*``): what it promises, checked on its bytes.

These tests write the set and check its files and its truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
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
from trendlib.samples._blind147 import SOURCES, make_blind147

VARIANT = "blind147"
SEED = 147
N_EVENTS = 1500
SMALL_SEED = 1471
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --- the shared promises ----------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_es", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.006)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_es", n_events=SMALL_EVENTS)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (3, 300), (SEED, 300)])
def test_every_source_gets_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind147(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert sub.expected["event_id"].notna().any(), sub.filename


def test_routing(truth: pd.DataFrame) -> None:
    events = truth.loc[truth["expected_status"] == "record"]
    by_source = events.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source["insight_crime"] == {"USA"}
    assert by_source["acnudh_ropan"] == {"PAN"}
    assert not by_source["amc_igc_veille"] & {"USA", "PAN"}
    for second in ("conadeh_hn", "mp_gt_fctp"):  # second reports only
        rows = _rows(truth, second)
        assert set(rows["expected_status"]) == {"duplicate", "quarantine"}
        assert set(rows.loc[rows["expected_status"] == "duplicate", "expected_reason"]) == {
            "cross_source"
        }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"insight_crime"}


# --- InSight Crime: English JSON lines --------------------------------------------------
def test_insight_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["insight_crime"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "insight_crime"))
    assert list(recs[0])[:3] == ["incident_id", "incident_date", "crime_category"]
    values = {str(v) for r in recs for v in r.values()}
    assert {"Guatemalan", "U.S.", "Human smuggling"} <= values
    assert any(v.endswith("T00:00:00") for v in values)
    assert {"none", "two"} & values
    assert any(r["incident_id"] == "TOTAL" for r in recs)
    assert any(isinstance(r["latitude"], float) for r in recs)
    tags = tags_of(_rows(truth, "insight_crime"))
    assert tags.str.contains("demonym").any()
    assert tags.str.contains("month").any()


# --- OHCHR Panama: Spanish XLSX ---------------------------------------------------------
def test_acnudh_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["acnudh_ropan"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("N.º de registro", "Fecha del hecho")
    dates = [r[1] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, int) for d in dates)  # serials left as numbers
    assert any(isinstance(d, str) and "/" in d for d in dates)
    assert any(isinstance(d, str) and d.split()[0] in ("enero", "mayo", "julio") for d in dates)
    cells = {str(c) for r in rows for c in r}
    assert {"NNA", "venezolana"} <= cells
    assert any("°" in c and "O" in c for c in cells)  # degrees-minutes-seconds, O = west
    assert any(r[0] == "TOTAL" for r in rows)
    assert any(str(r[0]).startswith("Nota:") for r in rows)


# --- Global Affairs Canada: French, UTF-16, tabs ----------------------------------------
def test_amc_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["amc_igc_veille"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with BOM, as Excel's Unicode text
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["No de fiche", "Date de l'événement", "Type d'infraction"]
    assert "passage de clandestins" in text.lower()
    assert "traite de personnes" in text.lower()
    for word in ("T2 20", " mai 20", "s.o.", "n.d.", "aucun", "Total général", "Remarque :"):
        assert word in text, word
    frame = pd.read_csv(paths["amc_igc_veille"], sep="\t", encoding="utf-16", dtype=str)
    assert frame["Latitude"].dropna().str.contains(",").all()  # decimal commas
    tags = tags_of(_rows(truth, "amc_igc_veille"))
    for tag in ("quarter", "iso3", "alias", "long_date", "decimal_comma"):
        assert tags.str.contains(tag).any(), tag


# --- CONADEH Honduras: UTF-8 with BOM, semicolons, mojibake -----------------------------
def test_conadeh_bom_semicolon_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["conadeh_hn"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Correlativo;Fecha del hecho;")
    assert "Ã" in text  # rows pasted from a mis-decoded import
    tags = tags_of(_rows(truth, "conadeh_hn"))
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("short_year").any()


# --- Guatemala's prosecutors: cp1252, commas, CRLF --------------------------------------
def test_mp_gt_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["mp_gt_fctp"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("No. Caso MP,Fecha de los hechos,Delito,")
    assert "MP001-20" in text
    assert "TOTAL GENERAL" in text
    tags = tags_of(_rows(truth, "mp_gt_fctp"))
    assert tags.str.contains("iso2").any()


def test_day_first_dates_consistent(paths: dict[str, Path]) -> None:
    for name, enc, sep in (("conadeh_hn", "utf-8-sig", ";"), ("mp_gt_fctp", "cp1252", ",")):
        frame = pd.read_csv(paths[name], sep=sep, encoding=enc, dtype=str)
        dates = frame.iloc[:, 1].dropna()
        dates = dates.loc[dates.str.match(r"^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$")]
        assert len(dates) > 0
        month = dates.str.split(r"[/-]").str[1].astype(int)
        assert (month <= 12).all(), name  # day first, month second, in every row


def test_expected_reads(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    na = tags.str.contains("na_word") & kept
    assert na.any()
    month = truth["date_precision"] == "month"
    assert pd.to_datetime(truth.loc[month, "event_date"]).dt.day.eq(1).all()
    quarter = truth["date_precision"] == "quarter"
    assert quarter.any()
    assert pd.to_datetime(truth.loc[quarter, "event_date"]).dt.month.isin([1, 4, 7, 10]).all()
