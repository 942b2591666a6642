"""The examiner's held-out set ``blind229`` (files ``*_hw.*``): what the set promises.

Five sources trendlib has not read before: three coach operators' security desks
(Greyhound, Tica Bus, FlixBus), ALSA's desk and RFI's press-monitoring desk. These tests
check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
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

VARIANT = "blind229"
SEED = 229
N_EVENTS = 1500
SMALL_SEED = 2291
SMALL_EVENTS = 400
SUFFIX = "_hw"
SOURCES = (
    "greyhound_security",
    "tica_bus_seguridad",
    "flixbus_security",
    "alsa_seguridad",
    "rfi_veille_migrations",
)
#: Fields every row that is not quarantined gives exactly as the event has them.
EXACT = ("crime_type", "destination_country", "linked_offences")
TOLERANCE = 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's cells as written (text), row for row beside its truth rows."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        cells = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    elif path.suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).worksheets[0]
        values = list(sheet.iter_rows(values_only=True))
        width = len(values[0])
        body = [list(v) + [None] * (width - len(v)) for v in values[1:]]
        cells = pd.DataFrame(body, columns=list(values[0]), dtype=object)
        first = 2
    else:
        enc = {"alsa_seguridad": "cp1252", "rfi_veille_migrations": "utf-16"}.get(source, "utf-8")
        sep = {"alsa_seguridad": ";", "rfi_veille_migrations": "\t"}.get(source, ",")
        cells = pd.read_csv(
            path, sep=sep, encoding=enc, dtype=str, keep_default_na=False, skip_blank_lines=False
        )
        first = 2
    cells["source_row"] = [str(i) for i in range(first, first + len(cells))]
    mine = truth.loc[truth["source_file"] == path.name].reset_index(drop=True)
    assert len(mine) == len(cells)
    return cells.merge(mine, on="source_row", suffixes=("", "_truth"), validate="1:1")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_and_bad_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        mine = truth.loc[truth["source"] == source]
        assert (mine["expected_status"] == "record").sum() > 20, source
        assert mine["messiness"].fillna("").str.contains("garbage_row").any(), source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"greyhound_security", "flixbus_security", "alsa_seguridad"}


def test_other_fields_expect_the_event_or_say_why(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    """Origin, transit and exploitation: the event's value, unless the row says why not."""
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown_origin = tags.str.contains("unknown:origin_country")
    assert unknown_origin.any()
    assert ok.loc[unknown_origin, "origin_country"].isna().all()
    assert ok.loc[~unknown_origin, "origin_country"].equals(
        ev.loc[~unknown_origin, "origin_country"]
    )
    # the US desk keeps no route; every other desk writes it in order
    us = ok["source"] == "greyhound_security"
    assert ok.loc[us, "transit_countries"].isna().all()
    assert ok.loc[~us, "transit_countries"].equals(ev.loc[~us, "transit_countries"])
    # exploitation: none for smuggling; "unknown" only where the desk wrote so
    unknown_expl = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown_expl, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown_expl, "exploitation"].equals(ev.loc[~unknown_expl, "exploitation"])
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_greyhound_writes_us_dates_demonyms_and_otm(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["greyhound_security"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    head = raw.decode("utf-8").splitlines()[0]
    assert head.startswith("Incident No.,Incident Date,Terminal / Location,Country,")
    rows = _rows(paths, truth, "greyhound_security")
    records = rows.loc[rows["expected_status"] == "record"]
    numeric = records["Incident Date"].str.extract(r"^(\d{1,2})/(\d{1,2})/(\d{4})$").dropna()
    assert (numeric[0].astype(int) <= 12).all()  # month first, throughout the file
    assert (numeric[1].astype(int) > 12).any()
    spelled = records["Incident Date"].str.match(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$")
    assert spelled.any()
    day = pd.to_datetime(records["Incident Date"], format="mixed")
    assert (day.dt.strftime("%Y-%m-%d") == records["event_date"]).all()
    assert records["Nationality"].isin(["Mexican", "Guatemalan", "Honduran"]).any()
    otm = rows.loc[rows["Nationality"] == "OTM"]
    assert len(otm) > 0
    assert otm["nationality"].isna().all()
    swapped = records.loc[records["messiness"].str.contains("coords_swapped", na=False)]
    assert len(swapped) > 0
    first = swapped["Lat/Long"].str.split(",").str[0].astype(float)
    assert (first.abs() > 90).all()  # a longitude, so it reads back
    null_fix = rows.loc[rows["Lat/Long"] == "0.00000, 0.00000"]
    assert len(null_fix) > 0
    assert null_fix[["lat", "lon"]].isna().all().all()
    assert set(records["Country"]) <= {"USA", "US", "United States"}


def test_tica_bus_writes_excel_dates_serials_and_nna(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = load_workbook(paths["tica_bus_seguridad"], read_only=True)
    assert book.sheetnames == ["Casos"]
    rows = _rows(paths, truth, "tica_bus_seguridad")
    records = rows.loc[rows["expected_status"] == "record"]
    kinds = {type(v).__name__ for v in records["Fecha"]}
    assert {"datetime", "int", "str"} <= kinds
    serial = records.loc[records["Fecha"].map(lambda v: isinstance(v, int))]
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha"].astype(int), unit="D")
    assert (day.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    text = records.loc[records["Fecha"].map(lambda v: isinstance(v, str)), "Fecha"]
    assert text.str.match(r"^\d{2}/\d{2}/\d{4}$").all()  # day first
    nna = rows.loc[rows["Grupo etario"] == "NNA"]
    assert len(nna) > 0
    assert (nna["age_group"] == "child").all()
    counts = records["Cant. migrantes"].map(lambda v: isinstance(v, int))
    assert counts.mean() > 0.9  # numbers, as a spreadsheet holds them
    alias = records.loc[records["Destino final"] == "EE.UU.", "destination_country"]
    assert set(alias) == {"USA"}


def test_flixbus_writes_json_lines_iso2_and_offsets(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["flixbus_security"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:4] == ["case_id", "incident_date", "stop_or_segment", "country"]
    assert "lng" in first
    rows = _rows(paths, truth, "flixbus_security")
    records = rows.loc[rows["expected_status"].isin(["record", "duplicate"])]
    assert set(records["country"].dropna()) <= {"HR", "PL"}
    stamped = records["incident_date"].str.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$")
    assert stamped.mean() > 0.5
    assert (records["incident_date"].str[:10] == records["event_date"]).all()
    route = records["route_transit"].dropna()
    assert route.str.fullmatch(r"[A-Z]{2}( > [A-Z]{2})*").all()
    coded = records["route_transit"].notna()
    assert (
        records.loc[coded, "route_transit"].str.count(">") + 1
        == records.loc[coded, "transit_countries"].str.count(r"\|") + 1
    ).all()


def test_alsa_writes_cp1252_semicolons_and_spanish_codes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["alsa_seguridad"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("Nº Incidencia;Fecha;Estación / Punto;")
    assert "\r\n" in text
    rows = _rows(paths, truth, "alsa_seguridad")
    assert set(rows.loc[rows["Sexo"] == "M", "gender"].dropna()) == {"female"}  # mujer
    assert set(rows.loc[rows["Sexo"] == "H", "gender"].dropna()) == {"male"}  # hombre
    big = rows.loc[rows["messiness"].str.contains("thousands", na=False)]
    assert len(big) > 0
    written = big["Nº personas"].str.replace(".", "", regex=False).astype(int)
    assert (written.astype(str) == big["n_persons"]).all()
    garbled = rows.loc[rows["messiness"].str.contains("mojibake", na=False)]
    assert len(garbled) > 0
    assert (
        garbled["Nacionalidad"].str.contains("Ã").any()
        or garbled["País origen"].str.contains("Ã").any()
    )
    coords = rows.loc[rows["lat"].notna(), "Latitud"]
    assert coords.str.match(r"^-?\d+,\d{5}$").all()
    dates = rows.loc[rows["expected_status"] == "record", "Fecha"]
    day = pd.to_datetime(dates, format="mixed", dayfirst=True)
    wanted = rows.loc[rows["expected_status"] == "record", "event_date"]
    assert (day.dt.strftime("%Y-%m-%d") == wanted).all()


def test_rfi_writes_utf16_tabs_and_french_dates(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["rfi_veille_migrations"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, Excel's "Unicode text"
    head = raw.decode("utf-16").splitlines()[0]
    assert head.split("\t")[:3] == ["Réf. veille", "Date des faits", "Lieu"]
    rows = _rows(paths, truth, "rfi_veille_migrations")
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    month = ok["Date des faits"].str.match(r"^[a-zéû]+ \d{4}$")
    quarter = ok["Date des faits"].str.match(r"^T[1-4] \d{4}$")
    assert month.any()
    assert quarter.any()
    assert (ok.loc[month, "date_precision"] == "month").all()
    assert (ok.loc[quarter, "date_precision"] == "quarter").all()
    assert (ok.loc[~month & ~quarter, "date_precision"] == "day").all()
    assert ok["Date des faits"].str.startswith("1er ").any()
    words = ok.loc[ok["messiness"].str.contains("count_word", na=False)]
    assert len(words) > 0
    assert words["Nombre de personnes"].str.fullmatch(r"[a-zé]+").all()
    coords = ok.loc[ok["lat"].notna(), "Coordonnées (lat ; long)"]
    assert coords.str.match(r"^-?\d+,\d{5} ; -?\d+,\d{5}$").all()
    countries = set(rows.loc[rows["expected_status"] == "record", "detection_country"].dropna())
    assert countries == {"ITA", "GRC", "FRA", "GBR"}
    seconds = rows.loc[rows["expected_reason"] == "cross_source", "detection_country"]
    assert set(seconds.dropna()) <= {"USA", "PAN", "HRV", "POL", "ESP"}
