"""The ``blind282`` examiner set (files ``*_jx.*``): money-transfer compliance desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
from datetime import datetime
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

VARIANT = "blind282"
SEED = 282
N_EVENTS = 1500
SMALL_SEED = 2821
SMALL_EVENTS = 400
SOURCES = ("moneygram_gfiu", "ria_pbc", "efecty_sarlaft", "elektra_pld", "moneytrans_lcbft")
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jx", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_jx", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-6)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-6)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400):
        got = write_samples(tmp_path / str(n), seed=n, n_events=n, variant=VARIANT)
        rows = _truth(got)
        kept = rows.loc[rows["expected_status"] == "record", "source"]
        assert set(kept) == set(SOURCES), n


def test_every_bad_kind_and_both_duplicates(truth: pd.DataFrame) -> None:
    reasons = truth["expected_reason"].value_counts()
    for kind in ("no_date", "bad_date", "future_date", "negative_count", "bad_count"):
        assert reasons[kind] >= 2, kind
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"moneygram_gfiu", "efecty_sarlaft"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert len(set(cross)) >= 4


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_moneygram_english_us_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["moneygram_gfiu"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("GFIU Case #,Interdiction Date,Typology,")
    frame = _csv(paths["moneygram_gfiu"], "utf-8", ",")
    dates = frame["Interdiction Date"]
    us = dates[dates.str.fullmatch(r"\d\d/\d\d/\d\d(\d\d)?")]
    first = us.str.slice(0, 2).astype(int)
    second = us.str.slice(3, 5).astype(int)
    assert (first <= 12).all()  # month first, in every row
    assert (second > 12).any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"(January|May|June|July|August|October) 20\d\d").any()
    assert frame["Typology"].isin(["Human Smuggling", "HS", "Alien Smuggling"]).any()
    assert frame["Transit Countries"].str.contains(" > ").any()
    assert frame["Nationality"].str.fullmatch(r"[A-Z]{2}").any()
    assert frame["Total Principal (USD)"].str.fullmatch(r"[\d,]+\.\d\d").sum() > 100
    assert frame["Latitude"].str.fullmatch(r"-?\d+\.\d{5}").sum() > 300


def test_ria_xlsx_mixed_dates_and_spanish_words(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["ria_pbc"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    rows = [tuple(r) + (None,) * (len(head) - len(r)) for r in rows]  # short rows
    assert head[:3] == ["Nº Expediente", "Fecha del hecho", "País de detección"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 200
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # serial numbers
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[1-4]T 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in texts)
    sex = {r[head.index("Sexo")] for r in rows[1:]}
    assert {"H", "M", "Hombre", "Mujer"} <= sex
    transport = {r[head.index("Medio de transporte")] for r in rows[1:]}
    assert {"Cayuco", "Patera"} & transport
    lat = [r[head.index("Latitud")] for r in rows[1:]]
    assert sum(isinstance(v, float) for v in lat) > 300


def test_efecty_cp1252_semicolon_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["efecty_sarlaft"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Radicado ROS;Fecha evento;Tipología;")
    assert "Ã" in text  # rows pasted from a UTF-8 extract
    frame = _csv(paths["efecty_sarlaft"], "cp1252", ";")
    dates = frame["Fecha evento"]
    dmy = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/20\d\d")
    dmy = dmy.dropna().astype(int)
    assert (dmy[1] <= 12).all()  # day first
    assert (dmy[0] > 12).any()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").any()
    assert frame["Latitud"].str.fullmatch(r"\d+,\d{5}").sum() > 100
    assert frame["Rango de edad"].eq("NNA").any()
    written = frame["Nacionalidad"].str.len().gt(0).sum()
    assert frame["Nacionalidad"].str.isupper().sum() > written / 3
    tags = tags_of(truth)
    garbled = truth.loc[tags.str.contains("mojibake"), "source"]
    assert set(garbled) == {"efecty_sarlaft"}


def test_elektra_json_lines_mexican_words(paths: dict[str, Path]) -> None:
    lines = paths["elektra_pld"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["folio", "fecha_evento", "tipologia"]
    assert "lat" not in recs[0]
    assert "latitud" not in recs[0]
    body = [r for r in recs if r["folio"] != "TOTAL"]
    detection = {r["pais_deteccion"] for r in body}
    assert detection <= {"840", "591", None}
    assert "840" in detection
    dates = [r["fecha_evento"] for r in body if r["fecha_evento"]]
    assert any(d.endswith("-06:00") for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    words = {r["tipologia"] for r in body}
    assert "tráfico de personas" in words
    assert any(isinstance(r["num_migrantes"], int) for r in body)
    assert any(r["num_migrantes"] == "ND" for r in body)


def test_moneytrans_utf16_tab_french(paths: dict[str, Path]) -> None:
    raw = paths["moneytrans_lcbft"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["Réf. dossier", "Date des faits", "Qualification"]
    frame = _csv(paths["moneytrans_lcbft"], "utf-16", "\t")
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ 20\d\d").any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert frame["Coordonnées GPS"].str.fullmatch(r"\d+\.\d{5}, -?\d+\.\d{5}").sum() > 30
    assert frame["Nb mis en cause"].eq("aucun").any()
    assert frame["Majeur/Mineur"].isin(["Majeur", "Mineur", "MNA"]).any()


def test_unknown_words_are_unknown_in_the_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    assert (truth.loc[kept & tags.str.contains("blank_gender"), "gender"] == "unknown").all()
    assert truth.loc[kept & tags.str.contains("count_placeholder"), "n_persons"].isna().all()
    elektra = truth.loc[kept & truth["source"].eq("elektra_pld")]
    assert elektra[["lat", "lon"]].isna().all().all()
