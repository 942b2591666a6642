"""The examiner's held-out set ``blind284`` (files ``*_jz.*``): what the set promises.

Five border-death and survivor datasets (Universidad de Cádiz, GISTI, University of
Amsterdam, Humane Borders, CIEPS Panamá). These tests check the files and their truth;
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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

VARIANT = "blind284"
SEED = 284
N_EVENTS = 1500
SMALL_SEED = 2841
SMALL_EVENTS = 400
SOURCES = (
    "uca_frontera_sur",
    "gisti_morts_frontiere",
    "uva_deaths_borders",
    "humane_borders",
    "cieps_darien",
)
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jz", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_jz", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)  # every source reports events


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_transit_and_offences_where_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Humane Borders keeps no transit or offence column; the others give them as they are."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    hb = ok["source"].eq("humane_borders")
    assert ok.loc[hb, ["transit_countries", "linked_offences"]].isna().all().all()
    for col in ("transit_countries", "linked_offences"):
        assert ok.loc[~hb, col].equals(ev.loc[~hb, col]), col


def test_vague_nationality_expects_none(truth: pd.DataFrame) -> None:
    """``subsahariana``, ``magrebí`` or ``Kurde`` name no country: no nationality expected."""
    tags = tags_of(truth)
    vague = truth.loc[tags.str.contains("vague_nationality") & truth["event_id"].notna()]
    assert len(vague) > 0
    assert vague["nationality"].isna().all()
    assert set(vague["source"]) <= {"uca_frontera_sur", "gisti_morts_frontiere"}


def test_routing_by_detection_country(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    where = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert where["uca_frontera_sur"] == {"ESP"}
    assert where["gisti_morts_frontiere"] <= {"FRA", "GBR"}
    assert where["humane_borders"] == {"USA"}
    assert where["cieps_darien"] == {"PAN"}
    assert where["uva_deaths_borders"] <= {"ITA", "GRC", "HRV", "POL"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"uva_deaths_borders"}


# --------------------------------------------------------------------------------------
# Each team's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_uca_cp1252_semicolon_decimal_comma(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["uca_frontera_sur"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Nº registro;Fecha;Lugar;País del suceso")
    assert "Supervivientes" in header
    assert "Delitos conexos" in header
    frame = _csv(paths["uca_frontera_sur"], "cp1252", ";")
    dates = frame["Fecha"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.7
    # day first all through the file: days above 12 stand before the month
    assert dates.str.fullmatch(r"(1[3-9]|2\d|3[01])/\d{2}/\d{4}").any()
    assert not dates.str.fullmatch(r"\d{2}/(1[3-9]|2\d|3[01])/\d{4}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()  # two-digit years
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serial numbers
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    lat = frame["Latitud"].loc[frame["Latitud"].str.contains(r"\d")]
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()
    assert frame["Nacionalidad"].str.contains("Ã").any()  # garbled by an old ANSI import
    assert frame["Nacionalidad"].isin(["subsahariana", "subsahariano", "magrebí"]).any()
    assert frame["Medio"].isin(["cayuco", "patera", "salto de valla"]).any()
    assert (
        frame["Supervivientes"].str.fullmatch(r"\d{1,2}\.\d{3}").any()
        or not (pd.to_numeric(_rows(truth, "uca_frontera_sur")["n_persons"]) >= 1000).any()
    )
    assert (frame["Nº registro"] == "TOTAL").sum() == 1
    tags = tags_of(_rows(truth, "uca_frontera_sur"))
    assert tags.str.contains("mojibake").any()


def test_gisti_xlsx_dates_and_french_words(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["gisti_morts_frontiere"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("N° fiche", "Date", "Lieu", "Pays")
    assert "Personnes (survivants)" in header
    assert "Passeurs interpellés" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in texts)
    nat = {r[col["Nationalité"]] for r in rows[1:]}
    assert nat & {"afghan", "Afghan", "érythréenne", "irakien", "Irakien", "iranien"}
    lat = [r[col["Latitude"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and "," in v for v in lat)
    pays = {r[col["Pays"]] for r in rows[1:]}
    assert {"France", "Royaume-Uni"} <= pays
    assert any(r[col["N° fiche"]] == "Total général" for r in rows)
    assert any(
        isinstance(r[col["Pays traversés"]], str) and " > " in r[col["Pays traversés"]]
        for r in rows
    )


def test_uva_utf16_tabs_numeric_country(paths: dict[str, Path]) -> None:
    raw = paths["uva_deaths_borders"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == ["Record ID", "Date of incident", "Location"]
    frame = _csv(paths["uva_deaths_borders"], "utf-16", "\t")
    country = frame["Country of incident (ISO 3166 num.)"]
    data = frame["Record ID"].str.startswith("DB")
    assert set(country[data & country.ne("")]) <= {"380", "300", "191", "616", "724", "250", "826"}
    dates = frame.loc[data, "Date of incident"]
    assert dates.str.fullmatch(r"\d{2}-\d{2}-\d{4}").mean() > 0.9
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert frame["Nationality"].str.fullmatch(r"[A-Z]{3}").any()
    assert frame["Survivors"].str.fullmatch(r"(c\.|approx\.) \d+").any()
    assert frame["Transit"].str.contains("; ").any()


def test_humane_borders_jsonl_us_dates(paths: dict[str, Path]) -> None:
    lines = paths["humane_borders"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["ML_Number", "Reporting_Date", "Corridor"]
    data = [r for r in recs if str(r["ML_Number"]).startswith("ML")]
    dates = [r["Reporting_Date"] for r in data if r["Reporting_Date"]]
    us = [d for d in dates if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    assert len(us) > 0.9 * len(dates)
    months = {int(d.split("/")[0]) for d in us if int(d.split("/")[2]) < 2030}
    assert months <= set(range(1, 13))
    assert any(int(d.split("/")[1]) > 12 for d in us)  # the day comes second
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(isinstance(r["Group_Size"], int) for r in data)
    assert any(isinstance(r["Latitude"], float) for r in data)
    assert {r["Country"] for r in data} <= {"US", "USA", None}
    assert any(r["Age_Group"] == "Juvenile" for r in data)
    assert "Transit" not in recs[0]


def test_cieps_bom_pairs_and_nna(paths: dict[str, Path]) -> None:
    raw = paths["cieps_darien"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["cieps_darien"], "utf-8-sig", ",")
    assert list(frame.columns[:3]) == ["Código", "Fecha del evento", "Lugar"]
    coords = frame["Coordenadas"].loc[frame["Coordenadas"].ne("")]
    pair = coords.str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}")
    dms = coords.str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W")
    assert (pair | dms).all()
    assert pair.any()
    assert dms.any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["Destino final"].isin(["EE.UU.", "EEUU"]).any()
    assert frame["Tipo de delito"].str.contains("tráfico").any()
    dates = frame["Fecha del evento"]
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").any()
    assert not dates.str.fullmatch(r"\d{2}/(1[3-9]|2\d|3[01])/\d{4}").any()
