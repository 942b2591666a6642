"""The examiner's held-out set ``blind255`` (files ``*_iw.*``): what the files promise.

Five rescue and border services (Croatian mountain rescue, a Polish medical rescue team, a
US desert search-and-rescue group, Guardia Civil's mountain service and a Swiss French
compilation) write the true events their own way. These tests check the files, their bytes
and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
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
from trendlib.samples._blind255 import SOURCES, make_blind255

VARIANT = "blind255"
SEED = 255
N_EVENTS = 1500
SMALL_SEED = 2551
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
BY_NAME = {s.source: s for s in SOURCES}


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_iw", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_iw", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("transit_countries",), tolerance=0.001)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), ("transit_countries",), tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("seed", "n_events"), [(SEED, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, 1500)]
)
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind255(make_truth(seed=seed, n_events=n_events), seed=seed)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 3, sub.filename


# --------------------------------------------------------------------------------------
# What each source leaves out, and the fields it gives
# --------------------------------------------------------------------------------------
def test_fields_a_source_does_not_write(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    for name in NAMES:
        has = BY_NAME[name].headers
        rows = kept.loc[kept["source"] == name]
        ev = events.loc[rows["event_id"]]
        rows_tags = tags.loc[rows.index]
        if "crime_type" not in has:
            assert (rows["crime_type"] == "unknown").all(), name
            assert rows["exploitation"].isna().all(), name
        else:
            assert (rows["crime_type"].to_numpy() == ev["crime_type"].to_numpy()).all(), name
        for col in ("origin_country", "destination_country", "linked_offences"):
            if col not in has:
                assert rows[col].isna().all(), (name, col)
                continue
            same = rows[col].fillna("").to_numpy() == ev[col].fillna("").to_numpy()
            unknown = rows_tags.str.contains(f"unknown:{col}").to_numpy()
            assert (same | unknown).all(), (name, col)
            assert rows.loc[unknown, col].isna().all(), (name, col)
        thb = rows["crime_type"].isin(["trafficking", "both"]).to_numpy()
        if "exploitation" in has:
            same = rows["exploitation"].fillna("").to_numpy() == ev["exploitation"].fillna("")
            unknown = rows_tags.str.contains("unknown:exploitation").to_numpy()
            assert (same.to_numpy() | unknown).all(), name
            assert (rows.loc[unknown, "exploitation"] == "unknown").all(), name
        else:
            assert (rows.loc[thb, "exploitation"] == "unknown").all(), name
        assert rows.loc[~thb, "exploitation"].isna().all(), name


def test_partial_dates_only_in_the_compilation(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day"]
    assert set(partial["source"]) == {"src_berne"}
    assert set(partial["date_precision"]) == {"month", "quarter"}
    assert partial["expected_reason"].ne("cross_source").all()


def test_mojibake_only_in_the_spanish_log(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    assert set(truth.loc[tags.str.contains("mojibake"), "source"]) == {"greim_montana"}


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_hgss_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["hgss_hr"], read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Intervention No.", "Date of intervention", "Country", "GPS (WGS84)")
    body = [r for r in rows[1:] if r[0] and str(r[0]).startswith("HGSS-")]
    dates = [r[1] for r in body]
    real = sum(isinstance(d, dt.datetime) for d in dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert real > 0.7 * len(dates)
    assert typed
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}\.", d) for d in typed)
    gps = [r[3] for r in body if r[3]]
    assert all(re.fullmatch(r"N\d\d°\d\d\.\d{3}' E\d{3}°\d\d\.\d{3}'", g) for g in gps)
    assert all(isinstance(r[4], int) for r in body)  # persons found, a number cell
    routes = {r[8] for r in body if r[8]}
    assert any(re.fullmatch(r"[A-Z]{2}(-[A-Z]{2})+", x) for x in routes)
    assert {"Afghan", "Syrian", "Pakistani"} & {r[7] for r in body}
    assert any(r[0] == "TOTAL" for r in rows)


def test_pcpm_csv(paths: dict[str, Path]) -> None:
    raw = paths["pcpm_pl"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Case ID,Date/time of call,")
    frame = pd.read_csv(paths["pcpm_pl"], dtype=str, encoding="utf-8-sig")
    dates = frame["Date/time of call"].dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}").any()
    pairs = frame["Location (lat, long)"].dropna()
    assert pairs.str.fullmatch(r"5\d\.\d{5}, 2\d\.\d{5}").all()
    assert frame["Nationality"].str.contains("Kurdish", na=False).any()
    assert "crime" not in " ".join(frame.columns).lower()


def test_aguilas_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["aguilas_desierto"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["folio", "fecha_localizacion", "pais"]
    dates = [r["fecha_localizacion"] for r in recs if r["fecha_localizacion"]]
    numeric = [d for d in dates if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    assert len(numeric) > 0.8 * len(dates)
    assert all(int(d.split("/")[0]) <= 12 for d in numeric)  # month first, always
    assert any(int(d.split("/")[1]) > 12 for d in numeric)
    events = [r for r in recs if str(r["folio"]).startswith("AD")]
    assert all(isinstance(r["personas_localizadas"], str) for r in events)
    gps = [r["coordenadas_gps"] for r in events if r["coordenadas_gps"]]
    assert all(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W", g) for g in gps)
    assert len(lines) > len(set(lines))  # the form tool re-sent some submissions


def test_greim_csv(paths: dict[str, Path]) -> None:
    raw = paths["greim_montana"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("Nº Intervención;Fecha;Tipo de hecho;")
    frame = pd.read_csv(paths["greim_montana"], sep=";", dtype=str, encoding="cp1252")
    assert frame["Longitud"].dropna().str.fullmatch(r"\d+,\d{5} [EO]").all()
    assert frame["Longitud"].dropna().str.endswith(" O").any()
    assert frame["Fecha"].dropna().str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert frame["Nacionalidad"].dropna().str.isupper().mean() > 0.5
    assert "Ã" in text  # cells pasted from a UTF-8 tool
    assert frame["Sexo"].isin(["VARÓN", "VARONES"]).any()


def test_src_text_file(paths: dict[str, Path]) -> None:
    raw = paths["src_berne"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    frame = pd.read_csv(paths["src_berne"], sep="\t", dtype=str, encoding="utf-16")
    assert frame.columns[2] == "Pays de détection (code ONU)"
    codes = frame["Pays de détection (code ONU)"].dropna()
    assert codes.str.fullmatch(r"\d{3}").all()
    assert set(codes) <= {"380", "300", "724", "250", "826", "591", "840", "191", "616"}
    dates = frame["Date de l'événement"].dropna()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}").mean() > 0.5
    assert frame["Personnes concernées"].dropna().str.fullmatch(r"\d+'\d{3}").any()
    assert frame["Nationalité"].dropna().str.fullmatch(r"[A-Z]{3}").any()
