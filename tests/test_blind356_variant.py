"""The examiner set ``blind356`` (files ``*_mt.*``): files, truth and each agency's quirks.

These tests check what the set promises (files, bytes, truth rows); none of them cleans
or scores.
"""

from __future__ import annotations

import json
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
from trendlib.samples._blind356 import BLIND356_SOURCES, make_blind356

VARIANT = "blind356"
SEED = 356
N_EVENTS = 1500
SMALL_SEED = 3561
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND356_SOURCES]
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_mt", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_mt", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_agency_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind356(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == SOURCES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_duplicates_cross_the_channel(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source_file"]) <= {"gir_lille_mt.csv", "jstac_uk_mt.xlsx"}
    assert set(cross["duplicate_of"].str.split(":").str[0]) <= {
        "gir_lille_mt.csv",
        "jstac_uk_mt.xlsx",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"jstac_uk_mt.xlsx", "une_europol_es_mt.csv"}


def test_unknown_words_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    unknown_expl = kept & tags.str.contains("unknown:exploitation")
    assert unknown_expl.any()
    assert (truth.loc[unknown_expl, "exploitation"] == "unknown").all()
    smuggling = kept & truth["crime_type"].eq("smuggling")
    assert truth.loc[smuggling, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# Each agency's quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_gir_lille_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["gir_lille"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("N° dossier;Date des faits;Qualification")
    frame = _csv(paths["gir_lille"], "cp1252", ";")
    assert len(frame) == len(_rows(truth, "gir_lille_mt.csv"))
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    assert frame["Nationalité"].str.strip().str.lower().isin(["afghane", "irakienne"]).any()
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}").any()  # decimal comma
    assert (frame["Nb mis en cause"] == "aucun").any()
    assert frame["N° dossier"].str.startswith("Extraction GIR Lille").any()  # note row
    assert frame["N° dossier"].iloc[-1] == "TOTAL"


def test_jstac_uk_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["jstac_uk"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("JSTAC ref", "Date of encounter", "Offence category")
    assert "Lat/Long" in header
    assert len(rows) == len(_rows(truth, "jstac_uk_mt.xlsx")) + 1
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(d.startswith("Q") for d in typed) or any(" " in d for d in typed)
    col = {h: i for i, h in enumerate(header)}
    places = [r[col["Lat/Long"]] for r in rows[1:] if isinstance(r[col["Lat/Long"]], str)]
    assert any(", " in p for p in places)
    routes = [r[col["Route (transit)"]] for r in rows[1:] if r[col["Route (transit)"]]]
    assert any(" > " in str(r) for r in routes)
    assert any(r[col["Nationality"]] == "Vietnamese" for r in rows[1:])
    assert any(r[0] == "Grand Total" for r in rows[1:])


def test_ohss_dhs_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["ohss_dhs"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "ohss_dhs_mt.jsonl"))
    assert list(recs[0])[:3] == ["encounter_id", "encounter_date", "case_category"]
    body = [r for r in recs if r["encounter_id"] != "TOTAL"]
    assert {r["encounter_country"] for r in body if r["encounter_country"]} == {"UNITED STATES"}
    assert any(isinstance(r["persons_encountered"], int) for r in body)
    assert any(str(r["encounter_date"]).count("T") == 1 for r in body)
    assert {"SINGLE ADULTS", "FMUA"} <= {r["demographic"] for r in body}
    assert all(r["case_category"] is None or r["case_category"].isupper() for r in body)


def test_ponal_panama_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ponal_agregaduria_panama"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["ponal_agregaduria_panama"], "utf-8-sig", ";")
    assert list(frame.columns[:3]) == ["No. radicado", "Fecha del hecho", "Delito"]
    assert len(frame) == len(_rows(truth, "ponal_agregaduria_panama_mt.csv"))
    dates = frame["Fecha del hecho"]
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serial numbers
    assert dates.str.fullmatch(r"\d/\d{1,2}/\d{4}|\d{1,2}/\d/\d{4}").any()  # unpadded
    suspects = frame["Presuntos responsables"]
    assert suspects.str.fullmatch(r"[a-z]+ \(\d\d\)").any()  # "dos (02)"
    assert frame["País del hecho"].str.contains("Darién").any()
    assert frame["Latitud"].str.fullmatch(r"\d,\d{5}").any()


def test_une_europol_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["une_europol_es"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    frame = _csv(paths["une_europol_es"], "utf-16", "\t")
    assert list(frame.columns[:3]) == ["Ref. UNE", "Fecha detección", "Ruta"]
    assert len(frame) == len(_rows(truth, "une_europol_es_mt.csv"))
    body = frame.loc[frame["Ref. UNE"].str.startswith("UNE/")]
    nat = body["Nacionalidad"].str.strip()
    assert nat.str.fullmatch(r"[A-Z]{2}").any()  # ISO alpha-2
    assert nat.str.fullmatch(r"[A-Z]{3}").any()  # ISO alpha-3
    text = "\n".join(body.astype(str).agg(" ".join, axis=1))
    assert "Ã" in text  # mojibake of an earlier import
    assert body["Fecha detección"].str.fullmatch(r"T[1-4] \d{4}").any()
    assert body["Sexo"].isin(["H", "M"]).any()
    assert body["Coordenadas (lat; lon)"].str.fullmatch(r"-?\d+,\d{4}; -?\d+,\d{4}").any()
    assert body["Ruta"].eq("Mediterráneo Central").any()
    tags = tags_of(_rows(truth, "une_europol_es_mt.csv"))
    assert tags.str.contains("mojibake:").any()
