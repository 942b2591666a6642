"""The examiner set ``blind223`` (files ``*_hq.*``): what it promises, checked on its bytes.

Five geospatial desks: the EU Satellite Centre (JSON lines), ICube-SERTIT (cp1252 CSV),
the UK National Police Air Service (XLSX), CATHALAC (UTF-16 tab-separated) and CentroGeo
(UTF-8 CSV with BOM). None of these tests cleans or scores.
"""

from __future__ import annotations

import codecs
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

VARIANT = "blind223"
SEED = 223
N_EVENTS = 1500
SMALL_SEED = 2231
SMALL_EVENTS = 400
SUFFIX = "_hq"
SOURCES = ("eu_satcen", "icube_sertit", "npas_uk", "cathalac_pa", "centrogeo_mx")
#: Fields every kept row gives exactly as the event has them.
EXACT = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-4  # degrees: the desks write 5 decimals, 0.001' or 0.1"

_DMS = re.compile(r"^(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EOW])$")
_DDM = re.compile(r"^([NS])(\d\d) (\d\d\.\d{3}) ([EW])(\d{3}) (\d\d\.\d{3})$")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].set_index(
        truth.loc[truth["source_file"] == filename, "source_row"].astype(int)
    )


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2  # header = row 1
    return frame.fillna("")


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(got, SOURCES, suffix=SUFFIX, n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_read_loses_no_row(got, SOURCES, _truth(got))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_expected_values(got, _truth(got), EXACT, tolerance=TOLERANCE)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_placeholder_counts(which: str, request: pytest.FixtureRequest) -> None:
    check_placeholder_counts(_truth(request.getfixturevalue(which)))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import write_samples

    got = write_samples(tmp_path, seed=SEED, n_events=n_events, variant=VARIANT)
    truth = _truth(got)
    records = truth.loc[truth["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


# --------------------------------------------------------------------------------------
# EU SatCen: JSON lines, EU member-state codes, border types, UNK, numbers
# --------------------------------------------------------------------------------------
def test_satcen_json_lines(paths: dict[str, Path]) -> None:
    path = paths["eu_satcen"]
    lines = path.read_text(encoding="utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    truth = _rows(_truth(paths), path.name)
    assert len(objs) == len(truth)
    assert not path.read_bytes().startswith(codecs.BOM_UTF8)
    assert {"productId", "observationTimeUtc", "reportingMemberState", "borderType"} <= set(objs[0])
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$")
    kept = [o for i, o in enumerate(objs, 1) if truth.loc[i, "expected_status"] != "quarantine"]
    dates = [o["observationTimeUtc"] for o in kept]
    assert sum(bool(stamp.match(d)) for d in dates) > 0.7 * len(dates)
    assert all(re.match(r"^\d{4}-\d\d(-\d\d)?", d) for d in dates)
    states = {o["reportingMemberState"] for o in kept} - {None}
    assert "EL" in states  # the EU writes Greece EL
    assert "GR" not in states
    assert states <= {"IT", "EL", "ES", "HR", "PL", "FR"}
    assert {o["borderType"] for o in kept} <= {"SEA", "LAND", "AIR", "UNK"}
    assert all(isinstance(o["latitude"], float) for o in kept if o["latitude"] is not None)
    greek = [i for i, o in enumerate(objs, 1) if o["reportingMemberState"] == "EL"]
    assert set(truth.loc[greek, "detection_country"].dropna()) == {"GRC"}
    unk = [i for i, o in enumerate(objs, 1) if o["mainNationality"] == "UNK"]
    assert unk
    assert truth.loc[unk, "nationality"].isna().all()


def test_satcen_repeats_are_exact(paths: dict[str, Path]) -> None:
    path = paths["eu_satcen"]
    lines = path.read_text(encoding="utf-8").splitlines()
    truth = _rows(_truth(paths), path.name)
    rep = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert len(rep) >= 3
    for row, of in zip(rep.index, rep["duplicate_of"], strict=True):
        assert lines[row - 1] == lines[int(of.split(":")[1]) - 1]


# --------------------------------------------------------------------------------------
# ICube-SERTIT: cp1252, ';', CRLF, ten-letter fields, decimal commas, lon first, mojibake
# --------------------------------------------------------------------------------------
def test_sertit_bytes(paths: dict[str, Path]) -> None:
    path = paths["icube_sertit"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert all(len(h) <= 10 for h in header)  # shapefile (DBF) field names
    assert header.index("LON_WGS84") < header.index("LAT_WGS84")
    assert "Ã" in text  # UTF-8 names pasted into a cp1252 sheet
    frame = _csv(path, "cp1252", ";")
    lat = frame["LAT_WGS84"][frame["LAT_WGS84"] != ""]
    assert lat.str.fullmatch(r"\d\d,\d{5}").all()
    dates = frame["DATE_OBS"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()


def test_sertit_values_read_as_truth(paths: dict[str, Path]) -> None:
    path = paths["icube_sertit"]
    frame = _csv(path, "cp1252", ";")
    truth = _rows(_truth(paths), path.name)
    ok = truth.loc[truth["lat"].notna()].index
    lon = frame.loc[ok, "LON_WGS84"].str.replace(",", ".").astype(float)
    assert (lon - truth.loc[ok, "lon"].astype(float)).abs().max() < 1e-9
    month = frame["DATE_OBS"].str.fullmatch(r"[a-zéû]+ \d{4}")
    assert month.any()
    assert (truth.loc[month[month].index, "date_precision"] == "month").all()
    garbled = tags_of(truth.reset_index(drop=True)).str.contains("mojibake")
    assert garbled.any()


# --------------------------------------------------------------------------------------
# NPAS: Excel date-times, text dates, aviation positions, demonyms, England/Scotland
# --------------------------------------------------------------------------------------
def test_npas_workbook(paths: dict[str, Path]) -> None:
    path = paths["npas_uk"]
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    rows = [r + (None,) * (len(header) - len(r)) for r in rows]  # trailing blanks trimmed
    assert header[:3] == ("Incident No.", "Date/Time", "Callsign")
    truth = _rows(_truth(paths), path.name)
    col = {h: i for i, h in enumerate(header)}
    kinds = {type(r[col["Date/Time"]]).__name__ for r in rows[1:]}
    assert {"datetime", "str"} <= kinds
    texts = [r[col["Date/Time"]] for r in rows[1:] if isinstance(r[col["Date/Time"]], str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", t) for t in texts)
    for n, r in enumerate(rows[1:], 2):  # every position reads back to the truth
        cell = r[col["Position (lat/long)"]]
        m = _DDM.match(cell) if isinstance(cell, str) else None
        if m is None:
            assert pd.isna(truth.loc[n, "lat"])
            continue
        lat = (int(m[2]) + float(m[3]) / 60) * (1 if m[1] == "N" else -1)
        lon = (int(m[5]) + float(m[6]) / 60) * (1 if m[4] == "E" else -1)
        if truth.loc[n, "expected_status"] == "quarantine":
            continue
        assert abs(lat - float(truth.loc[n, "lat"])) < 1e-9
        assert abs(lon - float(truth.loc[n, "lon"])) < 1e-9
    country = {r[col["Country"]] for r in rows[1:]}
    assert {"England", "Scotland", "UK"} <= country
    nats = {r[col["Nationality"]] for r in rows[1:]}
    assert {"Vietnamese", "Albanian"} <= nats


# --------------------------------------------------------------------------------------
# CATHALAC: UTF-16 with BOM, tabs, serials, Roman quarters, numeric codes, NNA
# --------------------------------------------------------------------------------------
def test_cathalac_bytes(paths: dict[str, Path]) -> None:
    path = paths["cathalac_pa"]
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    frame = _csv(path, "utf-16", "\t")
    assert frame.columns[0] == "Código"
    truth = _rows(_truth(paths), path.name)
    serial = frame["Fecha"].str.fullmatch(r"4\d{4}")
    assert serial.any()
    days = pd.to_timedelta(frame.loc[serial, "Fecha"].astype(int), unit="D")
    read = (pd.Timestamp("1899-12-30") + days).dt.strftime("%Y-%m-%d")
    kept = truth.loc[serial[serial].index, "expected_status"] != "quarantine"
    assert (read[kept] == truth.loc[kept[kept].index, "event_date"]).all()
    quarter = frame["Fecha"].str.fullmatch(r"(I|II|III|IV) trim\. \d{4}")
    assert quarter.any()
    assert (truth.loc[quarter[quarter].index, "date_precision"] == "quarter").all()
    assert frame["Nacionalidad"].str.fullmatch(r"\d{3}").any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    big = frame["Personas"].str.fullmatch(r"\d,\d{3}")
    assert (truth.loc[big[big].index, "n_persons"].astype(int) >= 1000).all()


# --------------------------------------------------------------------------------------
# CentroGeo: UTF-8 BOM, ',', folios, Mexican words, DMS with O, EUA
# --------------------------------------------------------------------------------------
def test_centrogeo_bytes(paths: dict[str, Path]) -> None:
    path = paths["centrogeo_mx"]
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    frame = _csv(path, "utf-8-sig", ",")
    assert frame.columns[0] == "Folio"
    truth = _rows(_truth(paths), path.name)
    smug = frame["Delito"].str.strip().str.lower() == "tráfico de personas"
    assert smug.any()
    kept = smug & (truth["expected_status"] != "quarantine").reindex(frame.index)
    assert (truth.loc[kept[kept].index, "crime_type"] == "smuggling").all()
    assert frame["País de detección"].str.strip().isin(["EUA", "E.U.A.", "EE.UU."]).any()
    west = 0
    for n, cell in frame["Coordenadas (GMS)"].items():
        m = _DMS.match(cell)
        if m is None or truth.loc[n, "expected_status"] == "quarantine":
            continue
        west += m[8] == "O"
        lat = (int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600) * (1 if m[4] == "N" else -1)
        lon = (int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600) * (1 if m[8] == "E" else -1)
        assert abs(lat - float(truth.loc[n, "lat"])) < 1e-9
        assert abs(lon - float(truth.loc[n, "lon"])) < 1e-9
    assert west > 0
    no_place = frame["Coordenadas (GMS)"] == "sin coordenadas"
    assert no_place.any()
    assert truth.loc[no_place[no_place].index, "lat"].isna().all()


def test_duplicates_cross_desks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(zip(cross["source"], cross["duplicate_of"].str.split(":").str[0], strict=True))
    assert pairs <= {
        ("eu_satcen", "icube_sertit_hq.csv"),
        ("icube_sertit", "npas_uk_hq.xlsx"),
        ("centrogeo_mx", "cathalac_pa_hq.csv"),
    }
    assert len(pairs) == 3
