"""Examiner set ``blind64`` (files ``*_bn.*``): the files and their ground truth.

These tests check what the files hold and what the truth promises; none of them cleans
or scores the files.
"""

from __future__ import annotations

import json
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
from trendlib.samples import VARIANTS, make_truth, write_samples
from trendlib.samples._blind64 import BLIND64_SOURCES, make_blind64

VARIANT = "blind64"
SEED = 64
N_EVENTS = 1500
SMALL_SEED = 641
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND64_SOURCES]
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def test_variant_is_registered_and_five_sources() -> None:
    assert VARIANT in VARIANTS
    assert len(SOURCES) == 5
    assert len(set(SOURCES)) == 5
    subs = make_blind64(make_truth(seed=3, n_events=200), seed=3)
    assert [s.source for s in subs] == SOURCES
    assert all(s.filename.split(".")[0].endswith("_bn") for s in subs)


@pytest.mark.parametrize("size", ["full", "small"])
def test_files_and_truth(size: str, paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    chosen, n = (paths, N_EVENTS) if size == "full" else (small_paths, SMALL_EVENTS)
    check_files_and_truth(chosen, SOURCES, suffix="_bn", n_events=n)


@pytest.mark.parametrize("size", ["full", "small"])
def test_read_loses_no_row(size: str, paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    chosen = paths if size == "full" else small_paths
    check_read_loses_no_row(chosen, SOURCES, _truth(chosen))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("size", ["full", "small"])
def test_expected_values(size: str, paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    chosen = paths if size == "full" else small_paths
    check_expected_values(chosen, _truth(chosen), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    subs = {s.source: s for s in BLIND64_SOURCES}
    assert {s.language for s in BLIND64_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND64_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND64_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 2

    accem = paths["accem_es_bn"].read_bytes()
    assert accem.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    header = accem.decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[0] == subs["accem_es_bn"].headers["source_ref"]
    assert "Sexo (H/M)" in header
    assert "Nacionalidad" in header

    ofii = paths["ofii_lille_bn"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        ofii.decode("utf-8")  # cp1252: é is one byte
    text = ofii.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].split(";")[1] == "Date de l'évènement"

    salvation = paths["salvationarmy_uk_bn"].read_bytes()
    assert salvation.startswith(b"\xff\xfe")  # UTF-16 LE with BOM
    lines = salvation.decode("utf-16").splitlines()
    assert lines[0].split("\t")[:2] == ["Referral ID", "Date of first encounter"]
    assert all(line.count("\t") == 16 for line in lines if line.strip())

    assert zipfile.is_zipfile(paths["cruzroja_pa_bn"])
    sheet = load_workbook(paths["cruzroja_pa_bn"], read_only=True).active
    assert sheet is not None
    first = next(sheet.iter_rows(max_row=1, values_only=True))
    assert first[:2] == ("No. de registro", "Fecha de atención")

    records = [json.loads(x) for x in paths["irc_protection_bn"].read_text("utf-8").splitlines()]
    assert set(records[0]) == set(subs["irc_protection_bn"].headers.values())


def test_spanish_quirks(paths: dict[str, Path]) -> None:
    text = paths["accem_es_bn"].read_text("utf-8-sig")
    assert "'' O" in text  # degrees-minutes-seconds, O(este) for west
    assert "318 bis CP" in text
    assert "No procede" in text
    assert "MNA" in text
    rows = _rows(_truth(paths), "accem_es_bn")
    tags = tags_of(rows)
    idem = rows.loc[tags.str.contains("idem")]
    assert len(idem) > 0
    assert (idem["origin_country"] == idem["nationality"]).all()
    # "M" is mujer in Spain, masculino in Panama
    frame = pd.read_csv(
        paths["accem_es_bn"], sep=";", dtype=str, encoding="utf-8-sig", skip_blank_lines=False
    )
    ok = rows["expected_status"].ne("quarantine") & rows["source_row"].notna()
    sex = dict(zip(rows.loc[ok, "source_row"].astype(int), rows.loc[ok, "gender"], strict=True))
    m_rows = [i + 2 for i, v in enumerate(frame["Sexo (H/M)"]) if v == "M"]
    assert m_rows
    assert {sex[r] for r in m_rows if r in sex} == {"female"}


def test_panama_excel_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["cruzroja_pa_bn"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    dates = [r[1] for r in rows]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    truth = _rows(_truth(paths), "cruzroja_pa_bn")
    swapped = truth.loc[tags_of(truth).str.contains("coords_swapped")]
    assert len(swapped) > 0
    for row in swapped.itertuples():
        cells = rows[int(row.source_row) - 2]
        assert abs(float(cells[15]) - float(row.lon)) < 1e-6  # Latitud holds the longitude
    sexes = {r[7] for r in rows}
    assert "M" in sexes
    assert "F" in sexes
    assert any(r[8] == "NNA" for r in rows)


def test_french_and_english_quirks(paths: dict[str, Path]) -> None:
    ofii = paths["ofii_lille_bn"].read_text("cp1252")
    assert "L.823-1" in ofii
    # the CESEDA was recodified on 1 May 2021: L.622-1 before, L.823-1 after
    frame = pd.read_csv(
        paths["ofii_lille_bn"], sep=";", dtype=str, encoding="cp1252", skip_blank_lines=False
    )
    rows = _rows(_truth(paths), "ofii_lille_bn")
    day = rows.loc[rows["date_precision"].eq("day")]
    checked = 0
    for row in day.itertuples():
        qualification = str(frame.iloc[int(row.source_row) - 2, 3])
        if "CESEDA" in qualification:
            early = pd.Timestamp(str(row.event_date)) < pd.Timestamp("2021-05-01")
            assert ("L.622-1" if early else "L.823-1") in qualification
            checked += 1
    assert checked > 0
    assert "Angleterre" in ofii
    assert "néant" in ofii or "aucun" in ofii
    salvation = paths["salvationarmy_uk_bn"].read_text("utf-16")
    assert "s.25" in salvation
    assert "MSA 2015" in salvation
    assert "Scotland" in salvation or "England" in salvation
    irc = [json.loads(x) for x in paths["irc_protection_bn"].read_text("utf-8").splitlines()]
    dates = [str(r["incident_date"]) for r in irc]
    assert any("-Q" in d or d.startswith("Q") for d in dates)
    assert any(", 20" in d for d in dates)  # United States offices: "March 4, 2022"
    assert any(isinstance(r["no_of_individuals"], str) for r in irc)
    assert any(isinstance(r["no_of_individuals"], int) for r in irc)


def test_dates_and_repeats(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"ofii_lille_bn.csv", "irc_protection_bn.jsonl"}


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_write_samples_runs(tmp_path: Path, seed: int, n_events: int) -> None:
    out = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    assert {p.name for k, p in out.items() if k in SOURCES} == {
        "accem_es_bn.csv",
        "cruzroja_pa_bn.xlsx",
        "ofii_lille_bn.csv",
        "salvationarmy_uk_bn.csv",
        "irc_protection_bn.jsonl",
    }
