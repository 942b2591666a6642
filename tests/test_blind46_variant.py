"""The examiner set ``blind46`` (files ``*_av.*``): its files and its ground truth.

These tests check what the set promises (languages, formats, encodings, quirks in the
bytes, expected values); none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind46 import BLIND46_SOURCES, make_blind46

VARIANT = "blind46"
SEED = 46
N_EVENTS = 1500
SMALL_SEED = 461
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND46_SOURCES]
#: Fields each row reports as the event has them (no blanks, placeholders or N/A words).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
SRB, UKR, MDA, GTM, JOR = SOURCES


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


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_av", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_av", n_events=SMALL_EVENTS)
    check_placeholder_counts(_truth(small))


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # DMS with whole seconds (Guatemala) is the coarsest: 1" = 0.00028 degrees
    check_expected_values(paths, truth, FIELDS, tolerance=0.0003)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.0003)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_partial_dates_and_duplicates(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
    month = kept.loc[kept["date_precision"] == "month", "event_date"]
    assert pd.to_datetime(month).dt.day.eq(1).all()
    quarter = pd.to_datetime(kept.loc[kept["date_precision"] == "quarter", "event_date"])
    assert quarter.dt.month.isin([1, 4, 7, 10]).all()
    assert quarter.dt.day.eq(1).all()
    by_file = kept.groupby("source_file")["date_precision"].agg(set)
    assert all("month" in p for p in by_file), by_file
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source_file"]
    assert {p.name for p in (Path(f) for f in cross)} >= {
        "granicna_policija_srb_av.csv",
        "dpsu_ukr_av.csv",
        "igpf_mda_av.csv",
        "psd_jor_av.jsonl",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"igm_gtm_av.xlsx", "psd_jor_av.jsonl"}


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    subs = make_blind46(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "granicna_policija_srb_av.csv": ("en", "csv", "utf-8", ";"),
        "dpsu_ukr_av.csv": ("en", "csv", "utf-8-sig", ","),
        "igpf_mda_av.csv": ("fr", "csv", "utf-16", "\t"),
        "igm_gtm_av.xlsx": ("es", "xlsx", "utf-8", None),
        "psd_jor_av.jsonl": ("en", "jsonl", "utf-8", None),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    csvs = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csvs}) == 3
    assert len({s.delimiter for s in csvs}) == 3


def test_bytes_match_encodings(paths: dict[str, Path]) -> None:
    srb = paths[SRB].read_bytes()
    assert not srb.startswith(b"\xef\xbb\xbf")
    srb_text = srb.decode("utf-8")
    assert srb_text.splitlines()[0].count(";") == 17
    assert "Državljanstvo / Citizenship" in srb_text

    ukr = paths[UKR].read_bytes()
    assert ukr.startswith(b"\xef\xbb\xbf")
    ukr_head = ukr.decode("utf-8-sig").splitlines()[0]
    assert ukr_head.startswith("ERDR No.,Date/time of detection,")

    mda = paths[MDA].read_bytes()
    assert mda.startswith(b"\xff\xfe")  # UTF-16 little endian, with its BOM
    mda_text = mda.decode("utf-16")
    head = mda_text.splitlines()[0].split("\t")
    assert head[:2] == ["N° de dossier", "Date des faits"]
    assert "Nationalité" in head
    assert "Pays de constatation" in head

    book = load_workbook(paths[GTM], read_only=True)
    header = next(book.active.iter_rows(max_row=1, values_only=True))
    assert header[:2] == ("No. de expediente", "Fecha del evento")
    assert "Nacionalidad" in header
    assert "País de detección" in header

    lines = paths[JOR].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["case_ref", "date_of_incident", "reporting_unit"]
    assert all(isinstance(json.loads(line), dict) for line in lines)


# --------------------------------------------------------------------------------------
# Characteristic quirks, found in the bytes
# --------------------------------------------------------------------------------------
def test_serbian_quirks(paths: dict[str, Path]) -> None:
    text = paths[SRB].read_text(encoding="utf-8")
    assert re.search(r"\nKP-\d{4}/\d\d;\d\d\.\d\d\.20\d\d\.;", text)  # trailing-dot dates
    assert re.search(r";\d{1,2}\. \d{1,2}\. 20\d\d\.;", text)  # spaced dates
    assert re.search(r";\d\d,\d{4,5};\d\d,\d{4,5};", text)  # decimal commas
    assert "čl. 350 st. 2 KZ" in text
    assert ";/;" in text
    assert re.search(r";(Sirija|Avganistan|Turska|Maroko|Pakistan|Irak);", text)


def test_ukrainian_quirks(paths: dict[str, Path]) -> None:
    text = paths[UKR].read_text(encoding="utf-8-sig")
    assert re.search(r",\d\d\.\d\d\.20\d\d \d\d:\d\d,", text)  # time of detection
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"E", text)  # DMS, CSV-quoted
    assert re.search(r"N\d\d°\d\d\.\d{3}' E0\d\d°\d\d\.\d{3}'", text)  # decimal minutes
    assert "Art. 332 CCU" in text or "Part 3 of Art. 332 CCU" in text
    assert "Republic of " in text
    assert re.search(r"^1\d{16},", text, flags=re.MULTILINE)  # 17-digit ERDR numbers


def test_french_quirks(paths: dict[str, Path]) -> None:
    text = paths[MDA].read_bytes().decode("utf-16")
    assert "\tnéant" in text
    assert "\tsans objet\t" in text
    assert re.search(r"\t\d{1,2},\d{4} O\t", text)  # longitude west written "O" (ouest)
    assert re.search(
        r"\t(\d{1,2}|1er) (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d\d\t",
        text,
    )
    assert re.search(r"\t(T[1-4]|[1-4](er|e) trimestre) 20\d\d\t", text)
    assert re.search(r"\t(guinéenne|ivoirienne|syrienne|nigériane|roumaine|érythréenne)\t", text)


def test_guatemalan_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[GTM], read_only=True)
    dates = [row[1] for row in book.active.iter_rows(min_row=2, values_only=True)]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44_196 <= d <= 45_292 for d in serials)
    assert any(hasattr(d, "year") for d in dates)  # and real Excel dates
    assert "S/F" in dates
    cells = {str(v) for row in book.active.iter_rows(min_row=2, values_only=True) for v in row if v}
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"O", c) for c in cells)
    assert {"coyotaje", "S/D"} <= cells
    gtm = truth.loc[truth["source_file"] == "igm_gtm_av.xlsx"]
    assert tags_of(gtm).str.contains("mojibake").any()
    assert any("Ã" in c for c in cells)


def test_jordanian_quirks(paths: dict[str, Path]) -> None:
    rows = [json.loads(line) for line in paths[JOR].read_text(encoding="utf-8").splitlines()]
    assert any(re.search(r"[\u0600-\u06ff]", json.dumps(r, ensure_ascii=False)) for r in rows)
    assert any(isinstance(r["no_of_persons"], str) for r in rows)
    assert any(isinstance(r["no_of_persons"], int) for r in rows)
    assert any(r["no_of_suspects"] in ("nil", "none") for r in rows)
    assert any(
        re.fullmatch(r"Q[1-4]-20\d\d|20\d\d Q[1-4]", str(r["date_of_incident"])) for r in rows
    )
    assert any(r["offence_category"] in ("THB", "SoM", "THB & SoM") for r in rows)
