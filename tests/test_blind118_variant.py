"""The examiner's held-out set ``blind118`` (files ``*_dp.*``): what it promises.

These tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
import zipfile
from datetime import datetime
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
from trendlib.samples._blind118 import BLIND118_SOURCES, make_blind118

VARIANT = "blind118"
SEED = 118
N_EVENTS = 1500
SMALL_SEED = 1181
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND118_SOURCES]
CRE, IM, DAKAR, SOS, NIGER = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dp", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_dp", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # degrees and decimal minutes to a tenth of a minute, decimals to four places
    check_expected_values(paths, truth, (), tolerance=0.005)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    "column",
    [
        "crime_type",
        "exploitation",
        "origin_country",
        "destination_country",
        "transit_countries",
        "linked_offences",
    ],
)
def test_every_difference_from_the_event_is_explained(
    truth: pd.DataFrame, events: pd.DataFrame, column: str
) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"], column].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    differs = ~(ok[column].eq(ev).fillna(False) | (ok[column].isna() & ev.isna()))
    assert differs.any(), column  # each field is left out somewhere
    assert tags[differs].str.contains(f"blank_{column}").all(), column
    if column == "crime_type":
        assert set(ok.loc[differs, column]) == {"unknown"}


def test_routing(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    assert set(det[first["source"].to_numpy() == CRE]) == {"ESP"}
    assert "ESP" not in set(det[first["source"].to_numpy() == IM])
    assert set(first["source"]) == {CRE, IM}  # the others only report a second time
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = events.loc[dups["event_id"], ["corridor", "detection_country"]]
    where = {
        DAKAR: {("watl", "ESP")},
        SOS: {("cmed", "ITA")},
        NIGER: {("thb_nga_ita", "ITA")},
        IM: {("wmed", "ESP"), ("thb_rou_esp", "ESP")},
    }
    for src, got in zip(dups["source"], map(tuple, pairs.to_numpy()), strict=True):
        assert got in where[src], (src, got)
    assert set(dups["source"]) >= {DAKAR, SOS, IM}


def test_partial_dates_only_in_first_reports(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    partial = ok.loc[ok["date_precision"] != "day"]
    assert set(partial["source"]) <= {CRE, IM}
    assert set(partial["expected_status"]) <= {"record", "duplicate"}
    assert not partial["expected_reason"].eq("cross_source").any()


def test_make_blind118_is_deterministic() -> None:
    truth = make_truth(seed=3, n_events=300)
    a, b = make_blind118(truth, seed=3), make_blind118(truth, seed=3)
    for x, y in zip(a, b, strict=True):
        pd.testing.assert_frame_equal(x.frame, y.frame)
        pd.testing.assert_frame_equal(x.expected, y.expected)


# --------------------------------------------------------------------------------------
# Cruz Roja Española: XLSX, Spanish
# --------------------------------------------------------------------------------------
def test_cre_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths[CRE]
    assert zipfile.is_zipfile(path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    head, body = rows[0], rows[1:]
    assert head[:4] == ("Nº Registro", "Fecha de atención", "País", "Tipología")
    assert "Medio de llegada" in head
    assert "Personas atendidas" in head
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 40000 < d < 46000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in dates)
    modes = {r[head.index("Medio de llegada")] for r in body}
    assert {"Cayuco", "Patera", "Neumática"} <= modes
    sexes = {r[head.index("Sexo")] for r in body}
    assert {"H", "M", "Mujeres", "Hombres"} <= sexes
    assert body[-1][0] == "TOTAL"
    rows_truth = _rows(truth, CRE)
    assert len(rows_truth) == len(body)
    serial = tags_of(rows_truth).str.contains("excel_serial")
    assert serial.sum() == sum(isinstance(d, int) for d in dates)


def test_cre_records_no_suspects_nor_places(truth: pd.DataFrame) -> None:
    ok = _rows(truth, CRE).loc[lambda f: f["expected_status"] == "record"]
    assert ok["n_suspects"].isna().all()
    assert ok[["lat", "lon", "linked_offences"]].isna().all().all()
    assert set(ok["detection_country"]) == {"ESP"}


# --------------------------------------------------------------------------------------
# InfoMigrants press monitoring: JSON lines, French
# --------------------------------------------------------------------------------------
def test_infomigrants_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[IM].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert len(lines) == len(_rows(truth, IM))
    assert list(lines[0])[:4] == ["ref", "date_faits", "qualification", "forme_exploitation"]
    dates = [d["date_faits"] for d in lines if isinstance(d["date_faits"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [a-zéû]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ 20\d\d", d) for d in dates)  # a month
    assert any(re.fullmatch(r"T[1-4] 20\d\d|(1er|[234]e) trimestre 20\d\d", d) for d in dates)
    counts = [d["nb_personnes"] for d in lines]
    assert any(isinstance(c, str) and "\u202f" in c for c in counts)
    assert any(c in ("non communiqué", "inconnu") for c in counts)
    assert "aucun" in {d["passeurs_interpelles"] for d in lines}
    assert any(isinstance(d["latitude"], float) for d in lines)
    assert "Libye" in {d["pays_transit"] for d in lines}
    assert any(d["ref"] == "TOTAL période" for d in lines)


def test_infomigrants_repeats_are_exact(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[IM].read_text(encoding="utf-8").splitlines()
    rows = _rows(truth, IM)
    rep = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(rep) >= 3
    for row, of in zip(rep["source_row"], rep["duplicate_of"], strict=True):
        assert lines[int(row) - 1] == lines[int(of.split(":")[1]) - 1]


# --------------------------------------------------------------------------------------
# Consejería de Interior, Dakar: cp1252, semicolons, Spanish with French names
# --------------------------------------------------------------------------------------
def test_dakar_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DAKAR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n")[0].split(";")
    assert head[:3] == ["Ref.", "Fecha llegada", "Tipo delictivo"]
    assert {"Patrones/detenidos", "Latitud", "Longitud", "País llegada"} <= set(head)
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";-1\d,\d{4};", text)  # decimal comma, west of Greenwich
    rows = _rows(truth, DAKAR)
    tags = tags_of(rows)
    assert tags.str.contains("mojibake").any() == ("Ã" in text)
    assert "s/d" in text or not tags.str.contains("placeholder").any()


def test_mojibake_only_in_the_liaison_file(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    assert set(truth.loc[tags.str.contains("mojibake"), "source"]) <= {DAKAR}


# --------------------------------------------------------------------------------------
# SOS MEDITERRANEE: UTF-8 with BOM, commas, English
# --------------------------------------------------------------------------------------
def test_sos_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SOS].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths[SOS], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:3]) == ["Rescue ID", "Date/time (UTC)", "Survivors"]
    assert "Rescue position" in frame.columns
    assert "Place of safety (country)" in frame.columns
    refs = frame["Rescue ID"].dropna()
    data = frame.loc[refs.loc[refs.str.startswith("OV-")].index]
    assert data["Date/time (UTC)"].str.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d").all()
    pos = data["Rescue position"].dropna()
    assert pos.str.fullmatch(r"\d\d°\d\d\.\d'[NS] \d{3}°\d\d\.\d'[EW]").all()
    assert set(data["Boat type"].dropna()) <= {
        "Rubber boat",
        "Wooden boat",
        "Fibreglass boat",
        "Metal boat",
        "Unknown",
        "Not known",
        "Rubber boat ",
        "Wooden boat ",
        "Fibreglass boat ",
        "Metal boat ",
        "RUBBER BOAT",
        "WOODEN BOAT",
        "FIBREGLASS BOAT",
        "METAL BOAT",
    }
    ok = _rows(truth, SOS).loc[lambda f: f["expected_status"] != "quarantine"]
    assert set(ok["crime_type"]) == {"unknown"}
    assert ok["n_suspects"].isna().all()


# --------------------------------------------------------------------------------------
# ANLTP/TIM Niger: UTF-16 text export, tabs, French
# --------------------------------------------------------------------------------------
def test_niger_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[NIGER].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["N° dossier", "Date des faits", "Infraction"]
    assert {"Présumés auteurs", "Forme d'exploitation", "Pays de détection"} <= set(head)
    assert "TOTAL GÉNÉRAL" in text
    assert "NB : données provisoires" in text
    rows = _rows(truth, NIGER)
    assert len(text.splitlines()) == len(rows) + 1
    data = rows.loc[rows["expected_status"] == "duplicate"]
    assert set(data["nationality"].dropna()) <= {"NGA"}
