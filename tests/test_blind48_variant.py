"""The ``blind48`` examiner set (files ``*_ax.*``): its files and its truth.

These tests check what was written and what the truth promises; none cleans or scores.
"""

from __future__ import annotations

import json
import zipfile
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind48 import BLIND48_SOURCES, make_blind48

SEED = 48
N_EVENTS = 1500
SMALL_SEED = 481
SMALL_EVENTS = 400
VARIANT = "blind48"
SOURCES = ("epic_us", "defensoria_pa", "prefecture_62", "afp_intl", "mpfn_pe")
#: Fields each row gives as the event has them (the others may be blank or 'unknown').
EXACT_FIELDS = (
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
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --- the shared promises ---------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ax", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ax", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=1e-6)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), EXACT_FIELDS, tolerance=1e-6)


def test_placeholder_counts(paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))
    check_placeholder_counts(_truth(small_paths))


def test_larger_and_other_seeds_run(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        truth = _truth(out)
        assert set(truth["source_file"]) == {out[s].name for s in SOURCES}
        assert truth["expected_reason"].eq("cross_source").sum() > 0


# --- what the set claims about itself ----------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_blind48(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.source: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "epic_us": ("en", "csv", "utf-8", "|"),
        "defensoria_pa": ("es", "xlsx", "utf-8", None),
        "prefecture_62": ("fr", "csv", "cp1252", ";"),
        "afp_intl": ("en", "jsonl", "utf-8", None),
        "mpfn_pe": ("es", "csv", "utf-16", "\t"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    csv = [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    assert len({e for e, _ in csv}) >= 3
    assert len({d for _, d in csv}) >= 3
    assert [s.source for s in BLIND48_SOURCES] == list(SOURCES)


def test_bytes_match_the_encodings(paths: dict[str, Path]) -> None:
    epic = paths["epic_us"].read_bytes()
    assert not epic.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    epic.decode("utf-8")
    assert epic.split(b"\n", 1)[0].count(b"|") == 15
    pref = paths["prefecture_62"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        pref.decode("utf-8")  # accented letters are single cp1252 bytes
    assert b"\xe9" in pref  # 'é' in cp1252
    assert b"\r\n" in pref
    assert pref.decode("cp1252").split("\r\n", 1)[0].count(";") == 16
    peru = paths["mpfn_pe"].read_bytes()
    assert peru[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 BOM
    assert peru.decode("utf-16").split("\n", 1)[0].count("\t") == 15
    assert zipfile.is_zipfile(paths["defensoria_pa"])
    lines = paths["afp_intl"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_headers_are_in_the_agencies_languages(paths: dict[str, Path]) -> None:
    epic = _text(paths["epic_us"], "utf-8").splitlines()[0]
    assert "EVENT DT (MM/DD/YYYY)" in epic
    assert "COC (CITIZENSHIP)" in epic
    pref = _text(paths["prefecture_62"], "cp1252").splitlines()[0]
    assert "Qualification pénale" in pref
    assert "Passeurs interpellés" in pref
    peru = _text(paths["mpfn_pe"], "utf-16").splitlines()[0]
    assert "Cant. agraviados / migrantes objeto de tráfico" in peru
    assert "N° investigados" in peru
    sheet = load_workbook(paths["defensoria_pa"], read_only=True).worksheets[0]
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert "Tipificación" in header
    assert "Ubicación GPS (ERM / comunidad)" in header
    first = json.loads(paths["afp_intl"].read_text(encoding="utf-8").splitlines()[0])
    assert {"date_of_event", "suspects_poi_count", "geom_wkt"} <= set(first)


# --- a few characteristic quirks, in the bytes ---------------------------------------------
def test_epic_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths["epic_us"], "utf-8")
    assert "8 USC 1324" in text or "8 U.S.C. § 1324" in text
    assert any(w in text for w in ("|FMUA|", "|UAC|"))
    body = pd.read_csv(paths["epic_us"], sep="|", dtype=str, keep_default_na=False)
    dates = body["EVENT DT (MM/DD/YYYY)"]
    assert dates.str.fullmatch(r"\d\d[A-Z]{3}\d{4}").any()  # 04MAR2022
    assert dates.str.fullmatch(r"(CY\d{2,4} Q[1-4]|Q[1-4] CY\d{4}|FY\d\d Q[1-4])").any()
    assert body["LAT/LONG"].str.fullmatch(r"N\d+ \d\d\.\d{3} W\d+ \d\d\.\d{3}").any()
    assert body["FACILITATORS (#)"].eq("NONE").any()


def test_defensoria_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["defensoria_pa"], read_only=True).worksheets[0]
    width = sheet.max_column or 16
    rows = [(*r, *(None,) * (width - len(r))) for r in sheet.iter_rows(min_row=2, values_only=True)]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, int) and 40_000 < d < 50_000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    places = [str(r[13]) for r in rows if r[13] is not None]
    assert any(p.endswith('"O') or p.endswith(" O") for p in places)  # oeste
    assert any(r[7] == "venezolana" for r in rows)


def test_prefecture_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths["prefecture_62"], "cp1252")
    assert "CESEDA" in text
    assert "225-4-1" in text or "TEH" in text
    body = pd.read_csv(paths["prefecture_62"], sep=";", encoding="cp1252", dtype=str)
    assert body["Latitude (WGS84)"].dropna().str.fullmatch(r"5\d,\d{5}").any()  # 50,95125
    assert body["Passeurs interpellés"].isin(["néant", "Néant", "aucun"]).any()


def test_afp_quirks(paths: dict[str, Path]) -> None:
    recs = [json.loads(x) for x in paths["afp_intl"].read_text(encoding="utf-8").splitlines()]
    wkt = [r["geom_wkt"] for r in recs if isinstance(r.get("geom_wkt"), str)]
    assert any(w.startswith("SRID=4326;POINT") for w in wkt)
    assert "POINT EMPTY" in wkt
    assert any(str(r.get("suspects_poi_count")).lower() == "nil" for r in recs)
    assert any("Türkiye" in str(r.get("transit_route")) for r in recs)


def test_mpfn_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths["mpfn_pe"], "utf-16")
    assert "303-A" in text
    assert "Reino de España" in text
    assert "del 20" in text  # "14 de marzo del 2022"
    assert "Ã" in text  # UTF-8 read as cp1252 before the export


def test_tags_cover_partial_dates_and_placeholders(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in (
        "partial_month",
        "partial_quarter",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "coords_placeholder",
        "coords_missing",
        "mojibake",
        "excel_serial",
        "fiscal_quarter",
    ):
        assert tags.str.contains(tag).any(), tag
    month = truth["date_precision"].eq("month")
    assert pd.to_datetime(truth.loc[month, "event_date"]).dt.day.eq(1).all()
