"""The examiner's held-out sample set ``blind311`` (files ``*_la.*``).

Five seafarers' labour regulators and helplines (UK MCA, France DAM, Spain DGMM, Mexico
SEMAR/UNICAPAM, ISWAN SeafarerHelp). These tests check what the set promises: the files,
their bytes and quirks, and a truth that describes every row. None of them cleans or
scores.
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
from trendlib.samples._blind311 import SOURCES, make_blind311

VARIANT = "blind311"
SEED = 311
N_EVENTS = 1500
SMALL_SEED = 3111
SMALL_EVENTS = 400
SUFFIX = "_la"
NAMES = [s.source for s in SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
MCA, DAM, DGMM, UNICAPAM, ISWAN = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.01)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.01)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind311(make_truth(seed=SMALL_SEED, n_events=n_events), seed=SMALL_SEED)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_every_source_reports_first_and_again(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for name in NAMES:
        rows = _rows_of(truth, name)
        assert (rows["expected_status"] == "record").sum() > 10, name
    dup_sources = set(truth.loc[truth["expected_reason"] == "cross_source", "source"])
    assert len(dup_sources) >= 4
    repeats = set(truth.loc[truth["expected_reason"] == "exact_repeat", "source"])
    assert repeats == {UNICAPAM, ISWAN}


def test_primary_routing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    first = truth.loc[truth["expected_status"] == "record"]
    det = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert det[MCA] == {"GBR"}
    assert det[DAM] == {"FRA"}
    assert det[DGMM] == {"ESP"}
    assert det[UNICAPAM] == {"USA"}
    assert {"ITA", "GRC", "HRV", "POL", "PAN"} <= det[ISWAN]
    assert not det[ISWAN] & {"GBR", "FRA", "ESP", "USA"}


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_mca_bytes(paths: dict[str, Path]) -> None:
    raw = paths[MCA].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert b"\xb0" in raw  # the degree sign, in cp1252
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.splitlines()[0]
    assert header.startswith("MLC Complaint Ref,Date Identified,Concern Category")
    assert "Position" in header
    assert "Port / Area" in header
    assert re.search(r"\d\d°\d\d\.\d\d'N \d{3}°\d\d\.\d\d'[EW]", text)
    assert re.search(r"\n[^,\n]*,\d\d/\d\d/20\d\d,", text)
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d\d,",
        text,
    )
    assert " > " in text
    for word in ("Facilitation", "Modern slavery / THB", "Labour exploitation", "Nil"):
        assert word in text


def test_mca_positions_read_as_expected(paths: dict[str, Path]) -> None:
    frame = _csv(paths[MCA], "cp1252", ",")
    truth = _rows_of(_truth(paths), MCA).reset_index(drop=True)
    assert len(frame) == len(truth)
    pat = re.compile(r"(\d+)°([\d.]+)'([NS]) (\d+)°([\d.]+)'([EW])")
    seen = 0
    for cell, lat, lon in zip(frame["Position"], truth["lat"], truth["lon"], strict=True):
        m = pat.fullmatch(cell)
        if m is None:
            continue
        seen += 1
        la = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lo = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(la - float(lat)) < 1e-5
        assert abs(lo - float(lon)) < 1e-5
    assert seen > 20


def test_dam_bytes(paths: dict[str, Path]) -> None:
    raw = paths[DAM].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.split(";")[:3] == ["N° signalement", "Date du constat", "Service instructeur"]
    assert "Ã" in text  # mojibake planted by an earlier import
    assert re.search(r";\d\d,\d{5};-?\d{1,2},\d{5};", text)  # decimal commas
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
        r"novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    for word in ("aide à l'entrée irrégulière", "Total général", "small boat", "néant"):
        assert word in text


def test_dam_mojibake_only_there(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    truth = _truth(paths)
    moji = truth.loc[tags.str.contains("mojibake"), "source"]
    assert len(moji) > 0
    assert set(moji) == {DAM}


def test_dgmm_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[DGMM])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de la actuación", "Capitanía Marítima")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, bare serials, typed text
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", t) for t in texts)
    assert any(re.fullmatch(r"\d\d/20\d\d", t) for t in texts)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= s <= 45400 for s in serials)  # 2021-2024
    lats = [r[header.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "," in v for v in lats)
    nat = {r[header.index("Nacionalidad")] for r in rows[1:]}
    assert {"MAR", "SEN"} & nat  # ISO alpha-3 codes beside names
    capitanias = {r[2] for r in rows[1:]}
    assert {"Las Palmas", "Almería", "Ceuta"} <= capitanias


def test_unicapam_bytes(paths: dict[str, Path]) -> None:
    raw = paths[UNICAPAM].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["Folio", "Fecha del evento", "Delito"]
    assert re.search(r"\t20\d\d/\d\d/\d\d\t", text)
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    for word in ("tráfico de personas", "mexicana", "EUA", "NNA", "TOTAL GENERAL"):
        assert word in text, word
    assert re.search(r"\t\d{1,2}\.\d{5}, -\d{2,3}\.\d{5}\t", text)


def test_unicapam_smuggling_word_means_smuggling(paths: dict[str, Path]) -> None:
    frame = _csv(paths[UNICAPAM], "utf-16", "\t")
    truth = _rows_of(_truth(paths), UNICAPAM).reset_index(drop=True)
    said = frame["Delito"].str.lower().str.strip()
    ok = truth["expected_status"] != "quarantine"
    assert (truth.loc[ok & said.eq("tráfico de personas"), "crime_type"] == "smuggling").all()
    assert (truth.loc[ok & said.eq("trata de personas"), "crime_type"] == "trafficking").all()


def test_iswan_lines(paths: dict[str, Path]) -> None:
    lines = paths[ISWAN].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["caseRef", "incidentDate", "caseType"]
    dates = [r["incidentDate"] for r in records if r["incidentDate"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    nats = [r["nationality"] for r in records if r["nationality"]]
    assert any(re.fullmatch(r"[A-Z]{2}", n) for n in nats)
    assert any(re.fullmatch(r"\d{3}", n) for n in nats)
    assert any(isinstance(r["personsAffected"], int) for r in records)
    assert any(r["caseRef"] == "EXPORT TOTAL" for r in records)


def test_partial_dates_only_where_written(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    prec = truth.groupby("source")["date_precision"].agg(lambda s: set(s.dropna()))
    assert prec[MCA] == {"day", "month"}
    assert prec[DAM] == {"day", "month", "quarter"}
    assert prec[DGMM] == {"day", "month"}
    assert prec[UNICAPAM] == {"day"}
    assert prec[ISWAN] == {"day", "month", "quarter"}
    # both reports of a duplicated event give the day
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (dup["date_precision"] == "day").all()


def test_quarantine_rows_by_source(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    by = bad.groupby("source")["expected_reason"].agg(set)
    for name in (MCA, DAM, UNICAPAM):
        assert {"empty_row", "no_content", "no_date"} <= by[name], name
    assert "empty_row" not in by[DGMM]
    assert "no_content" in by[DGMM]
    assert "no_content" not in by.get(ISWAN, set())


def test_same_seed_same_frames() -> None:
    truth = make_truth(seed=5, n_events=300)
    a = make_blind311(truth, seed=5)
    b = make_blind311(truth, seed=5)
    for x, y in zip(a, b, strict=True):
        pd.testing.assert_frame_equal(x.frame, y.frame)
        pd.testing.assert_frame_equal(x.expected, y.expected)
