"""The examiner set ``blind157`` (files ``*_fc.*``): what its files and truth promise.

These tests check the set itself (files, bytes, truth); none of them cleans or scores.
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
from trendlib.samples._blind157 import SOURCES, make_blind157

VARIANT = "blind157"
SEED = 157
N_EVENTS = 1500
SMALL_SEED = 1571
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
TCC, MADRID, PARIS, LONDON, NCB = NAMES
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# ------------------------------------------------------------------ the shared promises
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_fc", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_fc", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind157(make_truth(seed=3, n_events=n_events), seed=3)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_routing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    first = truth.loc[truth["expected_status"] == "record"]
    det = dict(zip(first["source"], first["detection_country"], strict=False))
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source[TCC] == {"GRC"}
    assert by_source[MADRID] == {"ESP"}
    assert by_source[PARIS] == {"FRA"}
    assert by_source[LONDON] == {"GBR"}
    assert not by_source[NCB] & {"GRC", "ESP", "FRA", "GBR"}
    assert det  # every source has records
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {NCB, PARIS, LONDON}
    assert set(_rows_of(truth, TCC)["expected_reason"].dropna()) >= {"exact_repeat"}
    assert set(_rows_of(truth, NCB)["expected_reason"].dropna()) >= {"exact_repeat"}


# ---------------------------------------------------------------- each agency's habits
def test_tcc_kapitan_andreevo_bytes(paths: dict[str, Path]) -> None:
    raw = paths[TCC].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the Bulgarian note and total are cp1251 bytes
    header = text.splitlines()[0]
    assert header.startswith("Ref. No;Date of detection;Country of detection;")
    assert "ОБЩО" in text
    assert "Забележка" in text
    frame = pd.read_csv(paths[TCC], sep=";", encoding="cp1251", dtype=str)
    dates = frame["Date of detection"].dropna()
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}|\d\d\.\d{4}").all()
    assert dates.str.fullmatch(r"\d\d\.\d{4}").any()  # a month alone
    assert frame["Latitude"].dropna().str.fullmatch(r"\d+,\d{5}").all()
    assert {"EL", "Greece"} <= set(frame["Country of detection"].dropna())
    assert frame["Route (transit)"].dropna().str.contains(" > ").any()
    assert frame["Citizenship"].isin(["Afghan", "Syrian", "Iraqi"]).any()


def test_madrid_bytes(paths: dict[str, Path]) -> None:
    raw = paths[MADRID].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with a BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Nº registro", "Fecha", "Tipología delictiva"]
    frame = pd.read_csv(paths[MADRID], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Fecha"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d-\d\d-\d{4}").any()
    assert dates.str.contains(r"^[a-z]+ de \d{4}$").any()
    assert dates.str.contains("trimestre").any()
    coords = frame["Coordenadas"].dropna()
    assert coords.str.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"[EW]|sin datos").all()
    counts = frame.loc[frame["Nº registro"].str.startswith("AGR", na=False), "Nº personas"]
    words = "|".join(["s/d", *SOURCES[1].bad_count])
    assert counts.dropna().str.fullmatch(rf"-?\d{{1,3}}(\.\d{{3}})?|{words}").all()
    assert counts.dropna().str.contains(r"\.").any()  # 2.785 = 2785
    assert "Ã" in text  # names garbled by an earlier cp1252 round trip
    assert {"varones", "mujeres"} <= set(frame["Sexo"].dropna())
    assert "directo" in set(frame["Países de tránsito"].dropna())


def test_paris_cells(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[PARIS], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]
    assert header[:3] == ("N° fiche", "Date des faits", "Pays de constatation")
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "str", "int"} <= kinds  # Excel dates, typed text, pasted serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in texts)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 46000 for d in serials)  # 2021-2025 as Excel serials
    nationalities = {r[9] for r in rows[1:]}
    assert nationalities & {"afghane", "irakienne", "iranienne", "érythréenne"}
    suspects = {r[6] for r in rows[1:]}
    assert "aucun" in suspects


def test_london_bytes(paths: dict[str, Path]) -> None:
    raw = paths[LONDON].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths[LONDON], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:4]) == ["Ref", "Date", "Crime type", "Exploitation type"]
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d").any()
    assert frame["Lat/Long"].dropna().str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|N/A").all()
    assert "Nil" in set(frame["Offenders"].dropna())
    assert {"UK", "United Kingdom"} <= set(frame["Location country"].dropna())


def test_ncb_lines(paths: dict[str, Path]) -> None:
    lines = paths[NCB].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"case_id", "incident_date", "country_detection", "transit"}
    dates = [r["incident_date"] for r in recs if r.get("incident_date")]
    assert all(re.fullmatch(r"\d{4}-\d\d(-\d\d(T00:00:00)?)?|\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    codes = {r["country_origin"] for r in recs if r.get("country_origin")}
    assert any(re.fullmatch(r"\d{3}", c) for c in codes)  # ISO numeric
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)  # ISO alpha-2
    assert any(isinstance(r.get("persons"), int) for r in recs)
    assert any(r.get("latitude") is None for r in recs if r.get("case_id", "").startswith("BG"))


def test_tags_where_promised(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by = truth.assign(tags=tags).groupby("source")["tags"].agg(";".join)
    assert "mojibake" in by[MADRID]
    assert all("mojibake" not in by[s] for s in (TCC, PARIS, LONDON, NCB))
    assert "dms_coords" in by[MADRID]
    assert "decimal_comma" in by[TCC]
    assert "excel_serial" in by[PARIS]
    assert "numeric_code" in by[NCB]
    assert "demonym" in by[TCC]
    assert "demonym" in by[PARIS]
    assert "gender_letter" in by[MADRID]
    # a Spanish "M" is a woman: the truth expects female wherever the letter stands alone
    mad = truth.loc[truth["source"] == MADRID]
    mad = mad.set_index(mad["source_row"].astype(int))
    frame = pd.read_csv(
        paths[MADRID], sep="\t", encoding="utf-16", dtype=str, skip_blank_lines=False
    )
    frame.index = frame.index + 2  # header = row 1
    women = frame.index[frame["Sexo"].eq("M")]
    assert len(women) > 0
    assert (mad.loc[women, "gender"] == "female").all()
