"""The examiner set ``blind248`` (files ``*_ip.*``): what its files and truth promise.

Five forest, park and coastal authorities and an Andean observatory; these tests check
the bytes (encodings, delimiters, header words, date and coordinate styles) and that the
truth expects what a careful analyst reads. Nothing here cleans or scores.
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

VARIANT = "blind248"
SEED = 248
N_EVENTS = 1500
SMALL_SEED = 2481
SMALL_EVENTS = 400

SOURCES = ("pnn_katios", "usfs_lei", "onf_littoral", "dgcm_costas", "idehpucp_observatorio")
FIELDS = ("crime_type", "exploitation", "origin_country", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


def _xlsx_rows(path: Path) -> tuple[list[str], dict[int, tuple[object, ...]]]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    width = len(rows[0])  # a row's trailing empty cells are not stored
    padded = {i + 2: tuple(r) + (None,) * (width - len(r)) for i, r in enumerate(rows[1:])}
    return [str(h) for h in rows[0]], padded


def _sexagesimal(text: str) -> float:
    m = re.fullmatch(r"(\d+)[°º] ?(\d+)' ?(\d+[.,]\d)(?:''|\") ?([NSEWO])", text.strip())
    assert m, text
    deg, minutes, sec, hemi = m.groups()
    value = int(deg) + int(minutes) / 60 + float(sec.replace(",", ".")) / 3600
    return -value if hemi in "SWO" else value


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ip", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ip", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.01)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.01)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(tmp_path: Path, seed: int, n_events: int) -> None:
    from trendlib.samples import write_samples

    p = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    truth = _truth(p)
    records = truth.loc[truth["expected_status"] == "record", "source_file"]
    assert set(records) == {p[s].name for s in SOURCES}


def test_destination_blanks_are_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    blank = tags.str.contains("blank_destination_country")
    assert blank.any()
    assert ok.loc[blank, "destination_country"].isna().all()
    true_dest = events.loc[ok["event_id"], "destination_country"].to_numpy()
    assert (ok.loc[~blank, "destination_country"].to_numpy() == true_dest[~blank]).all()


# --------------------------------------------------------------------------------------
# PNN Los Katíos: SMART export, UTF-8 without BOM, comma, X/Y
# --------------------------------------------------------------------------------------
def test_pnn_bytes(paths: dict[str, Path]) -> None:
    raw = paths["pnn_katios"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["ID Observación", "Fecha", "Lugar"]
    assert header[-3:] == ["X", "Y", "Otras conductas"]
    frame = pd.read_csv(paths["pnn_katios"], dtype=str, keep_default_na=False)
    dates = frame["Fecha"]
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.5
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}").any()
    assert frame["Nacionalidad"].isin(["venezolanos", "venezolana", "haitianos"]).any()
    assert frame["Destino declarado"].isin(["EE.UU.", "EEUU"]).any()
    body = frame.loc[frame["X"] != ""]
    assert body["X"].astype(float).between(-79, -76).all()  # X is the longitude
    assert body["Y"].astype(float).between(7, 10).all()
    rows = _rows_of(_truth(paths), paths["pnn_katios"].name)
    for i, cell in dates.items():
        row = rows.loc[int(str(i)) + 2]
        if re.fullmatch(r"\d\d/\d\d/\d{4}", cell) and row["expected_status"] != "quarantine":
            day = pd.to_datetime(cell, format="%d/%m/%Y")
            assert day == pd.Timestamp(row["event_date"])


# --------------------------------------------------------------------------------------
# USFS LEI: XLSX, Excel date cells, M/D/YYYY text, fiscal quarters, degrees-minutes
# --------------------------------------------------------------------------------------
def test_usfs_cells(paths: dict[str, Path]) -> None:
    header, cells = _xlsx_rows(paths["usfs_lei"])
    assert header[:4] == ["Incident No.", "Incident Date", "Forest / Unit", "Offense"]
    assert "# UDAs" in header
    rows = _rows_of(_truth(paths), paths["usfs_lei"].name)
    date_col, lat_col = header.index("Incident Date"), header.index("Latitude")
    kinds = {"cell": 0, "mdy": 0, "fy": 0, "ddm": 0}
    for r, values in cells.items():
        row = rows.loc[r]
        if row["expected_status"] == "quarantine":
            continue
        value, expected = values[date_col], pd.Timestamp(row["event_date"])
        if hasattr(value, "year"):
            kinds["cell"] += 1
            assert pd.Timestamp(value) == expected  # type: ignore[arg-type]
        elif isinstance(value, str) and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", value):
            kinds["mdy"] += 1
            assert pd.to_datetime(value, format="%m/%d/%Y") == expected
        elif isinstance(value, str) and value.startswith("FY"):
            kinds["fy"] += 1
            fy, q = int(value[2:4]) + 2000, int(value[-1])
            start = pd.Timestamp(f"{fy - 1}-10-01") + pd.DateOffset(months=3 * (q - 1))
            assert start == expected
            assert row["date_precision"] == "quarter"
        lat = values[lat_col]
        if isinstance(lat, str):
            kinds["ddm"] += 1
            deg, minutes = re.fullmatch(r"(\d+)°(\d+\.\d+)'N", lat).groups()  # type: ignore[union-attr]
            assert abs(int(deg) + float(minutes) / 60 - float(row["lat"])) < 1e-6
    assert all(kinds.values()), kinds
    mdy = [v[date_col] for v in cells.values() if isinstance(v[date_col], str)]
    assert any(int(m.split("/")[1]) > 12 for m in mdy if re.fullmatch(r"[\d/]+", m))


# --------------------------------------------------------------------------------------
# ONF: cp1252, semicolon, CRLF, one GPS cell in decimal or sexagesimal degrees
# --------------------------------------------------------------------------------------
def test_onf_bytes(paths: dict[str, Path]) -> None:
    raw = paths["onf_littoral"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° fiche;Date constat;Forêt / site;Qualification")
    assert ";;;;;;" in text  # the empty row
    frame = pd.read_csv(
        paths["onf_littoral"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    assert frame["Date constat"].str.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}").any()
    assert frame["Nationalité"].isin(["afghans", "irakiens", "Kurdes irakiens", "iraniens"]).any()
    assert frame["Destination"].isin(["Angleterre"]).any()
    rows = _rows_of(_truth(paths), paths["onf_littoral"].name)
    n_dms = 0
    for i, cell in frame["Coordonnées GPS"].items():
        row = rows.loc[int(str(i)) + 2]
        if "°" in cell and row["expected_status"] != "quarantine":
            n_dms += 1
            lat, lon = re.split(r"(?<=[NS]) ", cell)
            assert abs(_sexagesimal(lat) - float(row["lat"])) < 1e-6
            assert abs(_sexagesimal(lon) - float(row["lon"])) < 1e-6
    assert n_dms > 0


# --------------------------------------------------------------------------------------
# Costas: XLSX with Excel serials, decimal commas, "º ... O" positions, "1.250" counts
# --------------------------------------------------------------------------------------
def test_costas_cells(paths: dict[str, Path]) -> None:
    header, cells = _xlsx_rows(paths["dgcm_costas"])
    assert header[:2] == ["Nº expediente", "Fecha"]
    rows = _rows_of(_truth(paths), paths["dgcm_costas"].name)
    date_col, lon_col = header.index("Fecha"), header.index("Longitud")
    n_col = header.index("Nº ocupantes / personas")
    seen = {"serial": 0, "comma": 0, "dms_west": 0, "thousands": 0, "vague": 0}
    for r, values in cells.items():
        row = rows.loc[r]
        if row["expected_status"] == "quarantine":
            continue
        value = values[date_col]
        if isinstance(value, int):
            seen["serial"] += 1
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=value)
            assert day == pd.Timestamp(row["event_date"])
        lon = values[lon_col]
        if isinstance(lon, str) and re.fullmatch(r"-?\d+,\d+", lon):
            seen["comma"] += 1
            assert float(lon.replace(",", ".")) == pytest.approx(float(row["lon"]))
        elif isinstance(lon, str) and lon.endswith("O"):
            seen["dms_west"] += 1
            assert _sexagesimal(lon) == pytest.approx(float(row["lon"]), abs=1e-6)
        count = values[n_col]
        if isinstance(count, str) and re.fullmatch(r"\d\.\d{3}", count):
            seen["thousands"] += 1
            assert int(count.replace(".", "")) == int(row["n_persons"])
        nationality = values[header.index("Nacionalidad")]
        if nationality in ("subsaharianos", "subsahariana", "magrebíes"):
            seen["vague"] += 1
            assert pd.isna(row["nationality"])
    assert all(seen.values()), seen


# --------------------------------------------------------------------------------------
# IDEHPUCP observatory: JSON lines, M49 codes, arrays, mojibake, re-sent lines
# --------------------------------------------------------------------------------------
def test_observatory_lines(paths: dict[str, Path]) -> None:
    path = paths["idehpucp_observatorio"]
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"id", "fecha", "pais_deteccion_m49", "paises_transito"}
    body = [r for r in records if r["id"] != "TOTAL"]
    m49 = {380, 300, 191, 616, 826, 724, 250, 591, 840, None}  # None: a second report's blank
    assert {r["pais_deteccion_m49"] for r in body} <= m49
    assert all(isinstance(r["paises_transito"], list) for r in body)
    assert any(r["tipo_delito"] in ("TIM", "TdP") for r in body)
    assert any("Ã" in str(r["pais_origen"]) for r in body)  # UTF-8 names read as cp1252
    fechas = [str(r["fecha"]) for r in body if r["fecha"]]
    assert any(re.fullmatch(r"T[1-4] \d{4}", f) for f in fechas)
    assert any(re.fullmatch(r"\d{4}-\d\d", f) for f in fechas)
    truth = _truth(paths)
    rows = _rows_of(truth, path.name)
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for r, row in repeats.iterrows():
        first = int(str(row["duplicate_of"]).split(":")[1])
        assert lines[int(str(r)) - 1] == lines[first - 1]
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    for r, row in ok.iterrows():
        rec = records[int(str(r)) - 1]
        transit = "|".join(rec["paises_transito"]) or None
        assert transit == (None if pd.isna(row["transit_countries"]) else row["transit_countries"])
