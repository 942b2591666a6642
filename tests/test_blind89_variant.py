"""The ``blind89`` examiner set (files ``*_cm.*``): its files and its ground truth.

These tests check what was written and what the truth promises; none of them cleans or
scores the set.
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
from trendlib.samples._blind89 import BLIND89_SOURCES
from trendlib.samples._examiner import ExaminerSource

SEED = 89
N_EVENTS = 1500
SMALL_SEED = 891
SMALL_EVENTS = 400
VARIANT = "blind89"
SOURCES = [s.source for s in BLIND89_SOURCES]
#: Fields every kept row reports exactly as the event has them.
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


def _src(name: str) -> ExaminerSource:
    return next(s for s in BLIND89_SOURCES if s.source == name)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cm", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_cm", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    claimed = {s.source: (s.format, s.encoding, s.delimiter, s.language) for s in BLIND89_SOURCES}
    assert {v[3] for v in claimed.values()} == {"en", "fr", "es"}
    assert {v[0] for v in claimed.values()} == {"csv", "xlsx", "jsonl"}
    csv = {(v[1], v[2]) for v in claimed.values() if v[0] == "csv"}
    assert len(csv) >= 3
    assert len({enc for enc, _ in csv}) >= 3
    assert len({sep for _, sep in csv}) >= 3

    dnaa = paths["dnaa_sidna"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        dnaa.decode("utf-8")  # cp1252: the degree sign is one byte
    header = dnaa.decode("cp1252").split("\r\n")[0]
    assert header.split(";") == list(_src("dnaa_sidna").headers.values())

    esperto = paths["esperto_madrid"].read_bytes()
    assert esperto[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    lines = esperto.decode("utf-16").split("\n")
    assert lines[0].split("\t") == list(_src("esperto_madrid").headers.values())

    darien = paths["pn_darien"].read_bytes()
    assert darien[:3] == b"\xef\xbb\xbf"  # UTF-8 with BOM
    first = darien.decode("utf-8-sig").split("\n")[0]
    assert first.split(",") == list(_src("pn_darien").headers.values())

    assert paths["hcg_lesvos"].read_bytes()[:2] == b"PK"
    sheet = openpyxl.load_workbook(paths["hcg_lesvos"], read_only=True).active
    assert sheet is not None
    head = next(sheet.iter_rows(values_only=True))
    assert list(head) == list(_src("hcg_lesvos").headers.values())

    scip = paths["scip_liaison"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in scip]
    assert list(rows[0]) == list(_src("scip_liaison").headers.values())
    assert rows[-1]["ref_dossier"] == "TOTAL GÉNÉRAL"


def test_dnaa_quirks(paths: dict[str, Path]) -> None:
    text = paths["dnaa_sidna"].read_bytes().decode("cp1252")
    assert "art. 12" in text
    assert "601 c.p." in text
    assert re.search(r"\d+°\d\d'\d\d\"\"N", text)  # DMS, quote doubled inside a CSV field
    assert re.search(r";\d{1,2}-(gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)-\d\d;", text)
    assert re.search(r";\d\.\d{3};", text)  # Italian thousands dot
    assert "MSNA" in text
    assert "\r\n" in text


def test_hcg_quirks(paths: dict[str, Path]) -> None:
    sheet = openpyxl.load_workbook(paths["hcg_lesvos"], read_only=True).active
    assert sheet is not None
    dates = [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(d, dt.datetime) and d.hour for d in dates)  # the hour of the incident
    assert any(isinstance(d, int) and 40_000 < d < 50_000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"Q[1-4]/\d{4}", d) for d in dates)
    sheet = openpyxl.load_workbook(paths["hcg_lesvos"], read_only=True).active
    assert sheet is not None
    cells = [c for r in sheet.iter_rows(min_row=2, values_only=True) for c in r]
    assert any(
        isinstance(c, str) and re.fullmatch(r"\d\d°\d\d\.\d{3}'N 0\d\d°\d\d\.\d{3}'E", c)
        for c in cells
    )
    assert "TÜRKIYE" in " ".join(c for c in cells if isinstance(c, str))


def test_spanish_sources_quirks(paths: dict[str, Path]) -> None:
    esperto = paths["esperto_madrid"].read_bytes().decode("utf-16")
    assert "318 bis" in esperto
    assert "177 bis" in esperto
    assert re.search(r"\t\d+,\d{5} O\t", esperto)  # oeste, decimal comma
    assert "º" in esperto
    assert "trimestre" in esperto
    darien = paths["pn_darien"].read_bytes().decode("utf-8-sig")
    assert re.search(r',"\d{1,2},\d{3}",', darien)  # US-style thousands, quoted
    assert re.search(r"\b(I|II|III|IV) trimestre \d{4}", darien)
    assert "NNA" in darien


def test_messiness_tags(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    for tag in (
        "italian_month",
        "italian_name",
        "excel_serial",
        "datetime",
        "dms",
        "ddm",
        "decimal_comma",
        "partial_month",
        "partial_quarter",
        "sex_breakdown",
        "approx_count",
        "zero_word",
        "count_placeholder",
    ):
        assert tag in tags, tag
    assert truth["expected_reason"].eq("exact_repeat").sum() >= 6  # two files re-send rows


def test_header_legends_decide_the_letter_m(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    """``M`` is a woman in the Madrid file (``Sexo (H/M)``), a man in Darién (``Sexo (M/F)``)."""
    esperto = pd.read_csv(
        paths["esperto_madrid"],
        sep="\t",
        encoding="utf-16",
        dtype=str,
        skip_blank_lines=False,
        keep_default_na=False,
    )
    darien = pd.read_csv(
        paths["pn_darien"],
        encoding="utf-8-sig",
        dtype=str,
        skip_blank_lines=False,
        keep_default_na=False,
    )
    for frame, col, name, want in (
        (esperto, "Sexo (H/M)", "esperto_madrid_cm.csv", "female"),
        (darien, "Sexo (M/F)", "pn_darien_cm.csv", "male"),
    ):
        rows = truth.loc[truth["source_file"] == name].set_index("source_row")
        written = frame[col].set_axis([str(i + 2) for i in range(len(frame))])
        assert set(written.index) == set(rows.index)
        m_rows = rows.loc[written.index[written.eq("M")]]
        m_rows = m_rows.loc[m_rows["expected_status"].ne("quarantine")]
        assert len(m_rows) > 0
        assert set(m_rows["gender"]) == {want}
