"""The examiner's held-out set ``blind413`` (files ``*_oy.*``): what the set promises.

Five mushroom-sector compliance desks (UK, France, Spain, Mexico, Panama) write the true
events their own way. These tests check the files and the truth beside them; none of them
cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind413 import DESKS, make_blind413

VARIANT = "blind413"
SEED = 413
N_EVENTS = 1500
SMALL_SEED = 4131
SMALL_EVENTS = 400
SOURCES = (
    "monaghan_msl_uk",
    "anicc_conformite_sociale",
    "asochamp_cumplimiento",
    "monteblanco_etica_mx",
    "aprohchi_pa",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _raw(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """A file's cells as text, indexed by ``source_row`` (header = 1 in CSV and XLSX)."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame.index = range(1, len(frame) + 1)
    else:
        if path.suffix == ".xlsx":
            frame = pd.read_excel(path, dtype=object)
        else:
            desk = next(d for d in DESKS if d.source == source)
            frame = pd.read_csv(
                path,
                sep=desk.delimiter,
                encoding=desk.encoding,
                dtype=str,
                keep_default_na=False,
                skip_blank_lines=False,
            )
        frame.index = range(2, len(frame) + 2)
    return frame.astype(object).where(frame.notna(), None)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_oy", n_events=N_EVENTS)
    check_files_and_truth(small_paths, SOURCES, suffix="_oy", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (7, 300), (2, 400), (5, 1500)])
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind413(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        status = sub.expected["expected_status"]
        assert (status == "record").sum() >= 3, sub.filename


def test_rows_leave_out_only_what_they_say(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin, destination and exploitation: the event's value, but for a 'not known' word."""
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_duplicates_and_bad_rows_per_desk(truth: pd.DataFrame) -> None:
    by_file = truth.groupby("source_file")["expected_reason"]
    cross = by_file.apply(lambda s: s.eq("cross_source").sum())
    # the French, Spanish, Mexican and UK desks each re-report another desk's events
    assert (cross.drop("aprohchi_pa_oy.jsonl") > 0).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"anicc_conformite_sociale_oy.csv", "aprohchi_pa_oy.jsonl"}
    garbage = truth.loc[tags_of(truth).str.contains("garbage_row")]
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source_file"]) == {
        "anicc_conformite_sociale_oy.csv",
        "asochamp_cumplimiento_oy.csv",
        "monteblanco_etica_mx_oy.csv",
    }


def test_same_words_mean_the_same(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Within a desk, one written word never expects two different values."""
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    for source in SOURCES:
        desk = next(d for d in DESKS if d.source == source)
        raw = _raw(paths, source)
        rows = kept.loc[kept["source_file"] == desk.filename]
        for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
            seen: dict[str, set[str]] = defaultdict(set)
            cells = raw.loc[rows["source_row"].astype(int), desk.headers[col]]
            for cell, want in zip(cells, rows[col].fillna("<NA>"), strict=True):
                if cell is not None and str(cell).strip():
                    seen[str(cell).strip().lower()].add(want)
            clash = {w: v for w, v in seen.items() if len(v) > 1}
            assert not clash, (source, col, clash)


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_uk_excel_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["monaghan_msl_uk"]
    assert path.name == "monaghan_msl_uk_oy.xlsx"
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Log ref", "Date of incident", "Location", "Country of incident")
    assert "Reported via" in header
    assert "No. of PVs / migrants" in header
    dates = [r[1] for r in rows[1:]]
    real = sum(isinstance(d, dt.datetime) for d in dates)
    assert real > 0.7 * len(dates)  # real Excel dates, a few typed by hand
    text = [d for d in dates if isinstance(d, str)]
    assert any(d.startswith("Q") for d in text)  # "Q2 2023"
    assert any(d.split()[0] in ("January", "May", "June", "July", "March") for d in text)
    raw = _raw(paths, "monaghan_msl_uk")
    nat = raw["Nationality"].dropna().astype(str)
    assert nat.isin(["Afghan", "Vietnamese", "Syrian", "Iraqi", "Eritrean"]).sum() > 20
    assert raw["Route"].dropna().astype(str).str.contains(" > ").any()
    assert raw["Country of incident"].isin(["England", "Scotland"]).any()
    lat = raw["Lat"].dropna()
    assert lat.map(lambda v: isinstance(v, float)).all()
    # the European alerts no other desk logs
    kept = truth.loc[truth["source_file"] == path.name, "detection_country"].dropna()
    assert {"ITA", "GRC", "HRV", "GBR"} <= set(kept)


def test_french_csv_bytes(paths: dict[str, Path]) -> None:
    data = paths["anicc_conformite_sociale"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Lieu;Pays de constatation;")
    assert "\r\n" in text
    raw = _raw(paths, "anicc_conformite_sociale")
    lat = raw["Latitude"].dropna()
    assert lat[lat != ""].str.fullmatch(r"-?\d+,\d{5}").all()  # decimal comma
    dates = raw["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert raw["Nationalité"].isin(["AFGHANISTAN", "IRAK", "ERYTHREE", "VIET NAM", "SYRIE"]).any()
    assert raw["Sexe"].isin(["H", "F"]).any()
    assert raw["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert raw["Pays de transit"].str.contains(" - ").any()


def test_spanish_utf16_tab_bytes(paths: dict[str, Path]) -> None:
    data = paths["asochamp_cumplimiento"].read_bytes()
    assert data[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    text = data.decode("utf-16")
    assert text.split("\n")[0].split("\t")[:3] == ["Nº expediente", "Fecha hechos", "Tipología"]
    raw = _raw(paths, "asochamp_cumplimiento")
    dates = raw["Fecha hechos"].dropna()
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serials
    assert dates.str.contains("trimestre").any()
    assert dates.str.fullmatch(r"\d\d/\d{4}").any()  # month only
    assert raw["Sexo"].isin(["V", "M"]).any()
    lon = raw["Longitud"].dropna()
    assert lon[lon != ""].str.fullmatch(r"-?\d+,\d{4}").all()
    assert raw["Medio transporte"].isin(["cayuco", "patera"]).any()


def test_mexican_csv_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["monteblanco_etica_mx"].read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert text.startswith("Folio,Fecha del evento,Delito,")
    assert "Ã" in text  # rows garbled by an earlier cp1252 round trip
    tags = tags_of(truth)
    assert tags.str.contains("mojibake").any()
    raw = _raw(paths, "monteblanco_etica_mx")
    rows = truth.loc[(truth["source_file"] == paths["monteblanco_etica_mx"].name)]
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    delito = raw.loc[rows["source_row"].astype(int), "Delito"].str.strip().str.lower()
    smug = rows["crime_type"].to_numpy() == "smuggling"
    assert (delito[smug] == "tráfico de personas").any()  # smuggling in Mexican law
    assert raw["Sexo"].isin(["H", "M"]).any()
    assert raw["Personas"].str.endswith("personas").any()
    assert raw["Fecha del evento"].str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()


def test_panama_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["aprohchi_pa"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in recs)
    gps = [r["ubicacion_gps"] for r in recs if r.get("ubicacion_gps")]
    assert all(len(g.split(" ")) == 4 for g in gps)  # ODK geopoint: lat lon alt accuracy
    dates = [r["fecha_evento"] for r in recs if r.get("fecha_evento")]
    assert any(d.endswith("-05:00") for d in dates)
    assert any(len(d) == 7 for d in dates)  # "2023-05"
    assert any(r["pais_deteccion"] == "591" for r in recs)  # ISO numeric of Panama
    assert any(r["pais_deteccion"] == "PA" for r in recs)
    assert "í" in paths["aprohchi_pa"].read_text(encoding="utf-8")  # not \\u escapes
