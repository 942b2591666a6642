"""The examiner set ``blind385`` (files ``*_nw.*``): what its files and truth promise.

Five staffing-sector compliance desks (UK umbrella payroll, French temporary-work group,
Spanish ETT, Mexican REPSE subcontractor, Panamanian employment agency). These tests check
the files' bytes and the truth's rows; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
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

from trendlib.samples import make_truth
from trendlib.samples._blind385 import SOURCES, make_blind385

VARIANT = "blind385"
SEED = 385
N_EVENTS = 1500
SMALL_SEED = 3851
SMALL_EVENTS = 400

UK = "giant_umbrella_uk"
FR = "synergie_vigilance"
ES = "adecco_es_cumplimiento"
MX = "manpowergroup_mx_repse"
PA = "grupo_verdeza_pa"
NAMES = (UK, FR, ES, MX, PA)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
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
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == name].copy()
    rows["row"] = rows["source_row"].astype(int)
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index("row")


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )
    frame.index = frame.index + 2  # the header is row 1
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_nw", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_nw", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind385(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 10, sub.filename


def test_make_blind385_is_deterministic() -> None:
    truth = make_truth(seed=7, n_events=300)
    a = make_blind385(truth, seed=7)
    b = make_blind385(truth, seed=7)
    for x, y in zip(a, b, strict=True):
        pd.testing.assert_frame_equal(x.frame, y.frame)
        pd.testing.assert_frame_equal(x.expected, y.expected)


def test_exploitation_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[ok["event_id"]]
    unknown = tags_of(truth).loc[ok.index].str.contains("exploitation_unknown").to_numpy()
    got = ok["exploitation"].to_numpy(dtype=object)
    want = ev["exploitation"].to_numpy(dtype=object)
    assert unknown.any()
    assert (got[unknown] == "unknown").all()
    assert pd.Series(got[~unknown]).equals(pd.Series(want[~unknown]))
    # pure smuggling never has a form of exploitation
    smuggling = ok["crime_type"].to_numpy(dtype=object) == "smuggling"
    assert pd.isna(got[smuggling]).all()


def test_sources_and_routing(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] == "record"]
    by_source = kept.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source[UK] == {"GBR"}
    assert by_source[ES] == {"ESP"}
    assert by_source[MX] == {"USA"}
    assert by_source[PA] == {"PAN"}
    assert by_source[FR] == {"FRA", "ITA", "GRC", "HRV", "POL"}
    assert [s.source for s in SOURCES] == list(NAMES)
    assert {s.format for s in SOURCES} == {"csv", "xlsx", "jsonl"}
    assert {s.language for s in SOURCES} == {"en", "fr", "es"}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_uk_umbrella_desk(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UK].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Referral ID,Date of Incident,Country Identified,Concern Category")
    assert "Latitude" not in header
    assert "Coordinates" not in header
    cells = _csv(paths[UK], "utf-8-sig", ",")
    rows = _rows_of(truth, UK)
    dates = cells["Date of Incident"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}|[A-Z][a-z]{2} \d{4}").any()
    assert (
        cells["Concern Category"]
        .dropna()
        .str.contains("Modern Slavery|Facilitat", case=False)
        .all()
    )
    assert {"Vietnamese", "Afghan"} <= set(cells["Nationality"].dropna())
    assert cells["Route Via"].str.contains(" > ", regex=False).any()
    assert {"UK", "England"} <= set(cells["Country Identified"].dropna())
    # "Nil" perpetrators is a count of none; "TBC" workers is no count
    nil = cells.index[cells["No. of Alleged Perpetrators"] == "Nil"]
    assert len(nil)
    assert (rows.loc[nil, "n_suspects"] == "0").all()
    tbc = cells.index[cells["No. of Workers"] == "TBC"]
    assert rows.loc[tbc, "n_persons"].isna().all()
    # a quarter is written Q2 2023 and read as its first day
    quarter = cells.index[cells["Date of Incident"].fillna("").str.fullmatch(r"Q[1-4] \d{4}")]
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    # no place column: no coordinates expected
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept["tags"].str.contains("coords_missing").all()
    assert kept[["lat", "lon"]].isna().all().all()
    assert (truth.loc[truth["source"] == UK, "expected_reason"] == "exact_repeat").sum() >= 3


def test_french_group_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[FR].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"id_signalement", "date_des_faits", "pays_des_faits", "sexe"}
    frame = pd.DataFrame(recs, dtype=object)
    frame.index = frame.index + 1  # JSON lines count from 1
    rows = _rows_of(truth, FR)
    dates = frame["date_des_faits"].dropna().astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    quarter = dates[dates.str.fullmatch(r"T[1-4] \d{4}")]
    assert len(quarter)
    assert (rows.loc[quarter.index, "date_precision"] == "quarter").all()
    assert (
        rows.loc[quarter.index, "event_date"].str[5:10].isin(["01-01", "04-01", "07-01", "10-01"])
    ).all()
    kept = rows.index[rows["expected_status"] != "quarantine"]
    lat = frame.loc[kept, "latitude"].dropna().astype(str)
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()  # decimal comma
    read = lat.str.replace(",", ".").astype(float)
    assert np.allclose(read, rows.loc[lat.index, "lat"].astype(float))
    text = "\n".join(lines)
    assert "Ã" in text  # mojibake of a subsidiary's file
    assert "sans objet" in text
    assert "aide à l'entrée" in text
    assert frame["pays_des_faits"].isin(["Italia", "Polska", "Hrvatska"]).any()
    assert rows["tags"].str.contains("mojibake").any()


def test_spanish_ett_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ES].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header = raw.decode("cp1252").splitlines()[0]
    assert header.startswith("Nº Expediente;Fecha hechos;Tipología")
    cells = _csv(paths[ES], "cp1252", ";")
    rows = _rows_of(truth, ES)
    assert cells["Tipología"].dropna().str.contains("318 bis|TSH|Trata", regex=True).all()
    assert {"Varón", "Mujer"} <= set(cells["Sexo"].dropna())
    assert cells["País detección"].eq("ESPAÑA").any()
    dates = cells["Fecha hechos"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    month = dates[dates.str.fullmatch(r"\d\d/\d{4}")]
    assert len(month)
    assert (rows.loc[month.index, "date_precision"] == "month").all()
    # thousands with a point are whole persons
    big = cells["Nº personas afectadas"].fillna("").str.fullmatch(r"\d{1,3}\.\d{3}")
    for row in cells.index[big]:
        written = int(cells.loc[row, "Nº personas afectadas"].replace(".", ""))
        assert rows.loc[row, "n_persons"] == str(written)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept["tags"].str.contains("coords_missing").all()
    assert kept[["lat", "lon"]].isna().all().all()


def test_mexican_repse_desk(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MX].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian, as Excel's "Unicode text"
    header = raw.decode("utf-16").splitlines()[0]
    assert header.split("\t")[:3] == ["Folio", "Fecha del evento", "Tipo de caso"]
    cells = _csv(paths[MX], "utf-16", "\t")
    rows = _rows_of(truth, MX)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    sex = cells.loc[kept.index, "Sexo"]
    assert (kept.loc[sex == "M", "gender"] == "female").all()  # M = mujer
    assert (kept.loc[sex == "H", "gender"] == "male").all()
    assert (sex == "M").any()
    assert (sex == "H").any()
    assert cells["Grupo de edad"].isin(["NNA", "Adultos y NNA"]).any()
    assert cells["País de destino"].isin(["EUA", "EE.UU."]).any()
    assert cells["Nacionalidad"].isin(["Hondureña", "Guatemalteca", "Mexicana"]).any()
    assert cells["Tipo de caso"].str.contains("Tráfico de personas").any()
    smuggling = cells.loc[kept.index, "Tipo de caso"].isin(["Tráfico de personas"])
    assert (kept.loc[smuggling, "crime_type"] == "smuggling").all()
    words = cells["Personas involucradas"].fillna("").str.fullmatch(r"\d+ personas?")
    assert words.any()
    for row in cells.index[words]:
        assert rows.loc[row, "n_persons"] == cells.loc[row, "Personas involucradas"].split()[0]
    geo = cells["Geolocalización"].dropna()
    assert geo.str.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}").all()
    assert (cells["Fecha del evento"] == "S/F").any() or (
        rows["expected_reason"] == "no_date"
    ).any()
    assert cells["Fecha del evento"].fillna("").str.fullmatch(r"\d\d/[a-z]{3}/\d{4}").any()
    assert (truth.loc[truth["source"] == MX, "expected_reason"] == "exact_repeat").sum() >= 3


def test_panama_agency_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[PA]).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert len({len(r) for r in values}) == 1
    header = list(values[0])
    assert header[:3] == ["No. de caso", "Fecha", "Delito"]
    rows = _rows_of(truth, PA)
    date_col, coord_col = header.index("Fecha"), header.index("Coordenadas")
    kinds = {type(r[date_col]).__name__ for r in values[1:] if r[date_col] is not None}
    assert {"datetime", "int", "str"} <= kinds
    for i, r in enumerate(values[1:], start=2):
        cell = r[date_col]
        if isinstance(cell, int) and rows.loc[i, "expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)  # an Excel serial
            assert rows.loc[i, "event_date"] == day.strftime("%Y-%m-%d")
    dms = re.compile(r"(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EW])")
    seen = 0
    for i, r in enumerate(values[1:], start=2):
        cell = r[coord_col]
        if cell is None or rows.loc[i, "expected_status"] == "quarantine":
            continue
        m = dms.fullmatch(str(cell))
        assert m, cell
        lat = int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600
        lon = -(int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600)
        assert abs(lat - float(rows.loc[i, "lat"])) < 1e-5
        assert abs(lon - float(rows.loc[i, "lon"])) < 1e-5
        seen += 1
    assert seen > 50
    nat = header.index("Nacionalidad")
    assert any(r[nat] in ("VEN", "ECU", "HTI", "COL", "CHN") for r in values[1:])
