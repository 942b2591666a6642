"""The examiner set ``blind416`` (files ``*_pb.*``): five asparagus-trade labour desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind416"
SEED = 416
N_EVENTS = 1500
SMALL_SEED = 4161
SMALL_EVENTS = 400
SUFFIX = "_pb"

UK = "asparagus_growers_uk_sws"
FR = "asperges_landes_conformite"
ES = "esparrago_granada_cumplimiento"
MX = "esparrago_caborca_seguridad"
PA = "agroexportadoras_pa_cumplimiento"
SOURCES = (UK, FR, ES, MX, PA)
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


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells (headers as written), indexed by ``source_row``."""
    path = paths[source]
    if path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=object)
        frame.index = range(2, 2 + len(frame))
    elif path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame.index = range(1, 1 + len(frame))
    else:
        enc = {FR: "cp1252", ES: "utf-8-sig", MX: "utf-16"}[source]
        sep = {FR: ";", ES: ",", MX: "\t"}[source]
        frame = pd.read_csv(
            path,
            sep=sep,
            encoding=enc,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        frame.index = range(2, 2 + len(frame))
    return frame


def _rows(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The file's cells beside their truth rows (records and duplicates only)."""
    cells = _cells(paths, source)
    mine = truth.loc[truth["source"] == source].copy()
    mine.index = mine["source_row"].astype(int)
    assert len(cells) == len(mine)
    kept = mine["expected_status"] != "quarantine"
    return pd.merge(
        cells.loc[kept[kept].index],
        mine.loc[kept],
        left_index=True,
        right_index=True,
        suffixes=("", "_truth"),
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    truth = _truth(small_paths)
    for source in SOURCES:  # every desk reports events at the small size too
        mine = truth.loc[truth["source"] == source]
        assert (mine["expected_status"] == "record").any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_its_garbage(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    by_source = garbage.groupby("source")["expected_reason"].agg(set)
    for source in (FR, ES, MX):  # CSV: an empty row, a note and a total
        assert by_source[source] == {"empty_row", "no_content", "no_date"}, source
    assert by_source[UK] == {"no_content", "no_date"}
    assert by_source[PA] == {"no_date"}  # the web form's flow adds a total, no note
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {UK, PA}


def test_quirk_tags_are_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "country_demonym",
        "country_mojibake",
        "country_iso2",
        "country_iso3",
        "country_numeric",
        "country_typo",
        "country_alias",
        "mojibake",
        "coords_dms",
        "decimal_comma",
        "date_serial",
        "date_long_en",
        "date_dmmmy_es",
        "date_iso_dt",
        "date_month",
        "date_quarter",
        "thousands",
        "count_word",
        "zero_word",
        "na_word",
        "blank_gender",
    ):
        assert tags.str.contains(tag).any(), tag


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_uk_risk_log_is_an_english_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    assert paths[UK].read_bytes()[:2] == b"PK"
    rows = _rows(paths, truth, UK)
    assert list(rows.columns[:4]) == [
        "Log ref",
        "Date of incident",
        "Offence type",
        "Exploitation type",
    ]
    dates = rows["Date of incident"]
    real = dates.map(lambda v: isinstance(v, dt.datetime))
    assert real.mean() > 0.6  # mostly real Excel date cells
    text = dates[~real].astype(str)
    assert text.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()  # "17 May 2023"
    quarter = text.str.fullmatch(r"Q[1-4] \d{4}")
    assert quarter.any()
    assert (rows.loc[quarter[quarter].index, "date_precision"] == "quarter").all()
    assert rows["Nationality"].isin(["Afghan", "Iraqi", "Syrian", "Eritrean"]).any()
    assert rows["Route (transit)"].dropna().astype(str).str.contains(" > ").any()
    placeholder = rows["No. of potential victims"].isin(["n/k", "TBC", "unknown"])
    assert placeholder.any()
    assert rows.loc[placeholder, "n_persons"].isna().all()
    # the European digest: the UK lead also logs cases found in Italy, Greece, Croatia, Poland
    assert {"ITA", "GRC", "HRV", "POL", "GBR"} <= set(rows["detection_country"].dropna())


def test_landes_file_is_french_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Qualification;")
    assert "\r\n" in text
    assert re.search(r";\d{2},\d{5};-?\d{1,2},\d{5};", text)  # decimal-comma coordinates
    assert "Ã" in text  # cells pasted from a UTF-8 export
    rows = _rows(paths, truth, FR)
    dates = rows["Date des faits"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    month = dates.str.fullmatch(r"[a-zéû]+ \d{4}")
    assert (rows.loc[month, "date_precision"] == "month").all()
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert quarter.any()
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    assert (rows.loc[rows["Sexe"] == "H", "gender"] == "male").all()
    assert (rows.loc[rows["Sexe"] == "F", "gender"] == "female").all()
    assert rows["Nationalité"].str.isupper().any()
    assert rows["Pays de transit"].str.contains(" / ").any()


def test_granada_file_is_spanish_utf8_bom(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ES].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").startswith("Nº expediente,Fecha del hecho,Tipo de delito,")
    rows = _rows(paths, truth, ES)
    dates = rows["Fecha del hecho"]
    assert dates.str.fullmatch(r"\d{2}-[a-z]{3}-\d{4}").any()  # Excel's 17-may-2023
    quarter = dates.str.fullmatch(r"[1-4]T \d{4}")
    assert quarter.any()
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    pair = rows["Coordenadas"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}")
    assert pair.mean() > 0.85
    dotted = rows["Nº personas afectadas"].str.fullmatch(r"\d{1,2}\.\d{3}")
    assert dotted.any()  # 1.250 = one thousand two hundred and fifty
    big = rows.loc[dotted]
    assert (big["Nº personas afectadas"].str.replace(".", "") == big["n_persons"]).all()


def test_caborca_file_is_excel_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MX].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    assert text.split("\n")[0].split("\t")[:3] == ["Folio", "Fecha del evento", "Delito"]
    rows = _rows(paths, truth, MX)
    assert "Presuntos responsables" in rows.columns
    dates = rows["Fecha del evento"]
    serial = dates.str.fullmatch(r"4[4-5]\d{3}")
    assert serial.any()
    as_day = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates[serial].astype(int), unit="D")
    assert (as_day.dt.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"]).all()
    # Mexican usage: H = hombre, M = mujer
    assert (rows.loc[rows["Sexo"] == "M", "gender"] == "female").all()
    assert (rows.loc[rows["Sexo"] == "H", "gender"] == "male").all()
    assert rows["Sexo"].isin(["M", "H"]).any()
    assert (rows.loc[rows["Edad"] == "NNA", "age_group"] == "child").all()
    dms = rows["Coordenadas (Google Maps)"].str.fullmatch(
        r"\d+°\d{2}'\d{2}\.\d\"[NS] \d+°\d{2}'\d{2}\.\d\"[EW]"
    )
    assert dms.any()
    west = rows.loc[dms, "lon"].astype(float)
    assert (west < 0).all()
    assert rows["País donde se detectó"].isin(["EUA", "EE. UU.", "E.U.A."]).any()
    assert rows["Países de tránsito"].str.contains(", ").any()


def test_panama_file_is_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[PA].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["id_reporte", "fecha_evento", "tipo_delito"]
    rows = _rows(paths, truth, PA)
    dates = rows["fecha_evento"].dropna().astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}").any()
    month = rows["fecha_evento"].astype(str).str.fullmatch(r"\d{4}-\d{2}")
    assert month.any()
    assert (rows.loc[month, "date_precision"] == "month").all()
    nat = rows["nacionalidad"].dropna().astype(str)
    assert nat.str.fullmatch(r"[A-Z]{3}").mean() > 0.4
    numeric = nat.str.fullmatch(r"\d{3}")
    assert numeric.any()
    assert (nat[numeric] == "862").any()  # ISO 3166 numeric for Venezuela
    assert rows["cantidad_personas"].map(lambda v: isinstance(v, int)).mean() > 0.7
    assert rows["latitud"].map(lambda v: isinstance(v, float)).mean() > 0.7
