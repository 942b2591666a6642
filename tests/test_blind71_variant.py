"""The ``blind71`` examiner set: five foreign liaison desks, files ``*_bu.*``.

These tests check the files and their truth only; none cleans or scores.
"""

from __future__ import annotations

import json
from pathlib import Path

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
from trendlib.samples import write_samples
from trendlib.samples._blind71 import BLIND71_SOURCES

SEED = 71
N_EVENTS = 1500
SMALL_SEED = 711
SMALL_EVENTS = 400
VARIANT = "blind71"
SOURCES = [s.source for s in BLIND71_SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "age_group",
    "transport_mode",
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


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bu", n_events=N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_writes(tmp_path: Path) -> None:
    out = write_samples(tmp_path, seed=SMALL_SEED, n_events=SMALL_EVENTS, variant=VARIANT)
    for src in BLIND71_SOURCES:
        assert out[src.source].name == src.filename


def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND71_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND71_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND71_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) >= 3
    assert {s.encoding for s in csvs} == {"utf-16", "utf-8-sig", "cp1252"}
    assert {s.delimiter for s in csvs} == {"\t", ",", ";"}


def test_csv_bytes(paths: dict[str, Path]) -> None:
    by = {s.source: s for s in BLIND71_SOURCES}
    cn = paths["mps_liaison_bue"].read_bytes()
    assert cn[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 byte-order mark
    text = cn.decode("utf-16")
    assert "日期 Fecha\t" in text
    assert "年" in text
    assert "Ley 25.871" in text
    ph = paths["mwo_rome"].read_bytes()
    assert ph.startswith(b"\xef\xbb\xbf")
    ph_text = ph.decode("utf-8-sig")
    assert "Smuggling of migrants" in ph_text
    assert "°" in ph_text
    assert '""W' in ph_text  # seconds mark doubled inside a quoted DMS cell
    iq = paths["attache_irak_paris"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        iq.decode("utf-8")  # cp1252 accents
    iq_text = iq.decode(by["attache_irak_paris"].encoding)
    assert "Date des faits;" in iq_text
    assert "CESEDA" in iq_text
    assert "néant" in iq_text
    assert "N 4" in iq_text  # "N 45,1659 / E 15,8340" positions with decimal commas
    assert "trimestre" in iq_text


def test_xlsx_dates_and_jsonl(paths: dict[str, Path]) -> None:
    book = pd.read_excel(paths["jandarma_liaison_mad"], dtype=object)
    dates = book["Fecha del hecho"].dropna()
    kinds = {type(v).__name__ for v in dates}
    assert "int" in kinds  # raw Excel serial numbers
    assert any(isinstance(v, str) and v.count(".") == 2 for v in dates)
    assert book["Tipo penal (TCK)"].astype(str).str.contains("TCK").any()
    lines = paths["india_liaison_mex"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all("date_of_occurrence" in r for r in recs)
    when = [str(r["date_of_occurrence"]) for r in recs if r["date_of_occurrence"]]
    assert any(w.endswith("T00:00:00") for w in when)
    assert any(w[2] == "-" and w[5] == "-" for w in when)  # day first


def test_quirk_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in ("partial_month", "partial_quarter", "demonym", "iso2", "mojibake", "thousands"):
        assert tags.str.contains(tag).any(), tag
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
