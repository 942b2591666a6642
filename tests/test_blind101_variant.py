"""The ``blind101`` examiner set: its files, its truth and its quirks (nothing is cleaned)."""

from __future__ import annotations

import datetime as dt
import json
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
from trendlib.samples._blind101 import BLIND101_SOURCES, make_blind101

SEED = 101
N_EVENTS = 1500
SMALL_SEED = 1011
SMALL_EVENTS = 400
VARIANT = "blind101"
SOURCES = [s.source for s in BLIND101_SOURCES]
#: Fields every non-quarantined row reports as the event has them.
KEPT_FIELDS = (
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


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cy", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_cy", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, KEPT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_sizes_and_seeds_run(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        rows = pd.read_csv(out["truth_rows"], dtype=str)
        assert set(rows["source_file"]) == {s.filename for s in BLIND101_SOURCES}


def test_make_blind101_is_the_variant() -> None:
    subs = make_blind101(make_truth(seed=3, n_events=200), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND101_SOURCES]
    assert {s.language for s in subs} == {"en", "fr", "es"}


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_formats_languages_encodings() -> None:
    by = {(s.format, s.language) for s in BLIND101_SOURCES}
    assert {f for f, _ in by} == {"csv", "xlsx", "jsonl"}
    assert {lang for _, lang in by} == {"en", "fr", "es"}
    csv = [(s.encoding, s.delimiter) for s in BLIND101_SOURCES if s.format == "csv"]
    assert len({e for e, _ in csv}) >= 3
    assert len({d for _, d in csv}) >= 3


def test_uhcp_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["uhcp_sk"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE byte-order mark, as Excel's Unicode text
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[0] == "Ref. No. (ČVS)"
    assert "Criminal offence (CC §)" in header
    assert "§ 355" in text
    assert "§ 179" in text


def test_ggd_is_latin9_pipe(paths: dict[str, Path]) -> None:
    raw = paths["gendarmerie_ggd62"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("iso-8859-15")
    header = text.splitlines()[0].split("|")
    assert "Nb MEC" in header
    assert "Date des faits" in header
    assert "225-4-1" in text
    assert "CESEDA" in text
    assert "néant" in text.lower()


def test_cgef_is_utf8_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["cgef_policia_nacional"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0].split(";")
    assert header[0] == "Nº atestado"
    assert "318 bis" in text
    assert "º" in text
    assert "'' O" in text  # DMS with "O" (oeste) for west


def test_nuc_is_bilingual_xlsx_with_serials(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["rigspolitiet_nuc"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert all(" / " in str(h) for h in header)
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 40_000 < d < 50_000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and "kvartal" in d for d in dates)


def test_pu_is_jsonl_with_wkt_and_arrays(paths: dict[str, Path]) -> None:
    records = _jsonl(paths["pu_ilo_norway"])
    points = [r["geom_wkt"] for r in records if isinstance(r["geom_wkt"], str)]
    assert any(p.startswith("POINT (") for p in points)
    assert "POINT EMPTY" in points
    assert any(isinstance(r["transit"], list) and len(r["transit"]) > 1 for r in records)
    assert any(str(r["date_of_incident"]).endswith(("-Q1", "-Q2", "-Q3", "-Q4")) for r in records)


# --------------------------------------------------------------------------------------
# Characteristic quirks, with the values the truth expects for them
# --------------------------------------------------------------------------------------
def test_wkt_points_are_longitude_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    records = _jsonl(paths["pu_ilo_norway"])
    rows = truth.loc[truth["source_file"] == "pu_ilo_digest_cy.jsonl"].reset_index(drop=True)
    assert len(rows) == len(records)
    seen = 0
    for rec, (_, row) in zip(records, rows.iterrows(), strict=True):
        wkt = rec["geom_wkt"]
        if isinstance(wkt, str) and wkt.startswith("POINT (") and pd.notna(row["lat"]):
            lon, lat = (float(v) for v in wkt[7:-1].split())
            assert abs(lat - float(row["lat"])) < 1e-6
            assert abs(lon - float(row["lon"])) < 1e-6
            seen += 1
    assert seen > 100


def test_partial_dates_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    roman = truth.loc[tags.str.contains("month_roman")]
    assert (roman["date_precision"] == "month").all()
    assert (pd.to_datetime(roman["event_date"]).dt.day == 1).all()
    quarter = truth.loc[tags.str.contains("partial_quarter") & truth["event_date"].notna()]
    assert len(quarter) > 0
    assert pd.to_datetime(quarter["event_date"]).dt.month.isin([1, 4, 7, 10]).all()


def test_counts_and_words_in_bytes(paths: dict[str, Path]) -> None:
    uhcp = _text(paths["uhcp_sk"], "utf-16")
    ggd = _text(paths["gendarmerie_ggd62"], "iso-8859-15")
    cgef = _text(paths["cgef_policia_nacional"], "utf-8")
    assert "n/k" in uhcp or "not established" in uhcp
    assert any(w in ggd for w in ("\tNC|", "|NC|", "|ND|", "|inconnu|"))
    assert "|MNA|" in ggd or "|mineurs|" in ggd
    assert "s/d" in cgef
    assert "MENA" in cgef or "menores" in cgef


def test_mojibake_rows_expect_clean_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbled = truth.loc[tags.str.contains("mojibake") & truth["expected_status"].ne("quarantine")]
    assert len(garbled) > 0
    assert garbled["detection_country"].dropna().str.fullmatch(r"[A-Z]{3}").all()
    assert "Ã" in _text(paths["cgef_policia_nacional"], "utf-8")
