"""The examiner set ``blind88`` (files ``*_cl.*``): its files and its ground truth.

These tests check what the set promises (file names, languages, formats, encodings,
delimiters, the quirks described in :mod:`trendlib.samples._blind88`, and a truth that
describes every written row); none of them cleans or scores.
"""

from __future__ import annotations

import json
import zipfile
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
from trendlib.samples._blind88 import BLIND88_SOURCES, make_blind88

SEED = 88
N_EVENTS = 1500
SMALL_SEED = 881
SMALL_EVENTS = 400
VARIANT = "blind88"
SOURCES = ("inl_carsi_pa", "eu_bmvi_logframe", "coe_rssg", "observalatrata", "tahub")
#: Fields every source writes as the truth has them (but for what a row's tags say).
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
TOLERANCE = 0.001  # degrees: the coarsest style writes four decimals or tenths of seconds


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


def test_sources_are_the_five_documented() -> None:
    assert tuple(s.source for s in BLIND88_SOURCES) == SOURCES
    assert all(Path(s.filename).stem.endswith("_cl") for s in BLIND88_SOURCES)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cl", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cl", n_events=SMALL_EVENTS)
    truth = _truth(small_paths)
    check_read_loses_no_row(small_paths, SOURCES, truth)
    check_expected_values(small_paths, truth, FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_transit_and_linked_offences(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Every source but the log-frame (no transit column) gives the true transit route."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index(drop=True)
    logframe = ok["source"].eq("eu_bmvi_logframe")
    assert ok.loc[logframe, "transit_countries"].isna().all()
    assert ok.loc[~logframe, "transit_countries"].equals(ev.loc[~logframe, "transit_countries"])
    assert ok["linked_offences"].equals(ev["linked_offences"])


def test_languages_formats_encodings() -> None:
    subs = make_blind88(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    assert {s.language for s in subs} == {"es", "fr", "en"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = {s.source: (s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert csv == {
        "inl_carsi_pa": ("utf-16", "\t"),
        "coe_rssg": ("cp1252", ";"),
        "observalatrata": ("utf-8", "|"),
    }
    lang = {s.source: s.language for s in subs}
    assert lang == {
        "inl_carsi_pa": "es",
        "eu_bmvi_logframe": "en",
        "coe_rssg": "fr",
        "observalatrata": "es",
        "tahub": "en",
    }


def test_csv_bytes(paths: dict[str, Path]) -> None:
    carsi = paths["inl_carsi_pa"].read_bytes()
    assert carsi.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = carsi.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["N° Caso", "Fecha del hecho (dd/mm/aaaa)", "Delito"]
    assert "\tTIM\t" in text
    assert "\tTdP" in text
    assert "\tNNA\t" in text  # niños, niñas y adolescentes
    assert " 0:00\t" in text  # Excel's midnight after a day-first date

    coe = paths["coe_rssg"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        coe.decode("utf-8")  # cp1252 accents are not UTF-8
    text = coe.decode("cp1252")
    assert text.splitlines()[0].startswith("Réf. annexe;Date des faits;")
    assert "\r\n" in text
    assert "CESEDA" in text
    assert "c.p. italien" in text
    assert " janv. " in text
    assert "trimestre" in text
    assert ";néant;" in text or ";aucun;" in text

    olt = paths["observalatrata"].read_bytes()
    assert not olt.startswith(b"\xef\xbb\xbf")
    text = olt.decode("utf-8")
    assert text.splitlines()[0].startswith("ID registro|Fecha|Tipo penal|")
    assert "318 bis" in text
    assert "177 bis" in text
    assert "Ã" in text  # some names went through a cp1252 round trip
    assert any(line.split("|")[1].endswith(("T1", "T2", "T3", "T4")) for line in text.splitlines())


def test_xlsx_cells(paths: dict[str, Path]) -> None:
    path = paths["eu_bmvi_logframe"]
    assert zipfile.is_zipfile(path)
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["MoV ref.", "Output", "Date of event (dd/mm/yyyy)", "MS"]
    dates = [r[2] for r in rows[1:]]
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and d.startswith("Q") for d in dates)
    ms = {r[3] for r in rows[1:] if len(r) > 3}
    assert "EL" in ms  # the EU (Eurostat) code of Greece
    assert "GR" not in ms


def test_jsonl_lines(paths: dict[str, Path]) -> None:
    lines = paths["tahub"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["incident_id", "incident_date", "incident_type"]
    geoms = [r["geom"] for r in recs if r["geom"]]
    assert geoms
    assert all(g.startswith("POINT (") for g in geoms)
    # longitude first: every point of the UK, the US and the EU has y > 25
    lon, lat = (float(v) for v in geoms[0][7:-1].split())
    assert lat > 25
    assert -120 < lon < 30
    assert {r["incident_country"] for r in recs} >= {"GB", "US"}
    assert any("§ 1324" in str(r["incident_type"]) for r in recs)
    assert any(isinstance(r["persons_involved"], int) for r in recs)


def test_tags_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "excel_serial",
        "wkt_point",
        "legal_ref",
        "quarter_date",
        "month_date",
        "dms",
        "decimal_comma",
        "mojibake",
        "zero_word",
        "count_placeholder",
        "na_word",
        "blank_gender",
    ):
        assert tags.str.contains(tag).any(), tag
