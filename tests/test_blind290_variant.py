"""Examiner sample set ``blind290`` (files ``*_kf.*``): housing-enforcement agencies.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
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
from trendlib.samples._blind290 import SOURCES

VARIANT = "blind290"
SEED = 290
N_EVENTS = 1500
SMALL_SEED = 2901
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
PSH, ORTHI, MIVAU, MIVIOT, HLRN = NAMES
# Fields every report gives as the event has them (others may be left out on purpose).
FIELDS = ("crime_type", "exploitation", "destination_country", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The file's cells as text, joined row for row with its truth rows."""
    path = paths[source]
    src = next(s for s in SOURCES if s.source == source)
    if src.format == "csv":
        cells = pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        first = 2
    elif src.format == "xlsx":
        cells = pd.read_excel(path, dtype=object).astype(object)
        cells = cells.where(cells.notna(), "")
        first = 2
    else:
        lines = path.read_text(encoding="ascii").splitlines()
        cells = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    cells.insert(0, "source_row", [str(first + i) for i in range(len(cells))])
    rows = truth.assign(tags=tags_of(truth)).loc[truth["source_file"] == path.name]
    out = rows.merge(cells, on="source_row", how="left", validate="one_to_one")
    assert len(out) == len(cells) == len(rows)
    return out


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.loc[frame["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_kf", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_kf", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_at_every_size() -> None:
    from trendlib.samples import make_truth
    from trendlib.samples._blind290 import make_blind290

    for n in (300, 400, 1500):
        subs = make_blind290(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_left_out_fields_expect_nothing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    ok = _kept(truth)
    ev = events.set_index("event_id").loc[ok["event_id"]].reset_index()
    ok = ok.reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    blank = tags.str.contains("blank_origin")
    assert ok.loc[blank, "origin_country"].isna().all()
    assert ok.loc[~blank, "origin_country"].equals(ev.loc[~blank, "origin_country"])
    # linked offences are written in full by every agency
    assert ok["linked_offences"].equals(ev["linked_offences"])


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_psh_uk_council_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PSH].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.startswith("Case Ref,Date of Inspection,Nation,Lat/Long,")
    rows = _kept(_rows(paths, truth, PSH))
    dates = rows["Date of Inspection"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/\d{4}|\d\d-[A-Z][a-z]{2}-\d{4}|[A-Z][a-z]+ \d{4}")
    assert day_first.all()
    assert dates.str.contains("-").any()
    assert set(rows["Nation"]) <= {"England", "Scotland", "UK", ""}
    assert {"England", "Scotland"} <= set(rows["Nation"])
    on_map = rows["Nation"] != ""
    assert (rows.loc[on_map, "detection_country"] == "GBR").all()
    assert rows["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    kurd = rows["Nationality"] == "Kurdish"
    assert rows.loc[kurd, "nationality"].isna().all()
    iraqi_kurd = rows["Nationality"] == "Iraqi Kurd"
    assert (rows.loc[iraqi_kurd, "nationality"] == "IRQ").all()
    assert rows["Route to UK (if known)"].str.contains(" > ").any()
    assert rows["Concern Category"].isin(["OIC", "Organised immigration crime"]).any()
    pair = rows["Lat/Long"].str.fullmatch(r"-?\d+\.\d+, ?-?\d+\.\d+")
    assert (pair | rows["Lat/Long"].eq("")).all()


def test_orthi_french_extraction(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ORTHI].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: "é" is one byte
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.split("\r\n", 1)[0].startswith("N° dossier ORTHI;Date de visite;")
    rows = _kept(_rows(paths, truth, ORTHI))
    assert rows["Date de visite"].str.fullmatch(r"\d\d/\d\d/(\d\d|\d{4})|\d\d/\d{4}").all()
    lat = rows["Latitude"].loc[rows["Latitude"] != ""]
    assert lat.str.fullmatch(r"\d+,\d+").all()
    eng = rows["Pays de destination"] == "Angleterre"
    assert eng.any()
    assert (rows.loc[eng, "destination_country"] == "GBR").all()
    nc = rows["Nb d'occupants"].isin(["NC", "inconnu"])
    assert rows.loc[nc, "n_persons"].isna().all()
    garbled = rows["tags"].str.contains("mojibake")
    assert garbled.any()
    text = ["Qualification pénale", "Forme d'exploitation", "Nationalité", "Pays d'origine"]
    text += ["Mode de passage prévu"]
    has_garble = pd.concat([rows[c].str.contains("Ã") for c in text], axis=1).any(axis=1)
    assert has_garble[garbled].all()


def test_mivau_spanish_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[MIVAU], read_only=True).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Nº expediente", "Fecha de inspección", "País")
    dates = [r[1] for r in values[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    rows = _kept(_rows(paths, truth, MIVAU))
    crime = rows["Tipo delictivo"]
    assert (rows.loc[crime == "art. 177 bis CP", "crime_type"] == "trafficking").all()
    assert (rows.loc[crime == "art. 318 bis CP", "crime_type"] == "smuggling").all()
    assert (crime == "art. 318 bis CP").any()
    # Spain writes H (hombre) and M (mujer)
    assert (rows.loc[rows["Sexo"] == "M", "gender"] == "female").all()
    assert (rows.loc[rows["Sexo"] == "H", "gender"] == "male").all()
    assert (rows["Sexo"] == "H").any()
    unit = rows["Nº de moradores"].astype(str).str.endswith(" moradores")
    assert unit.any()
    assert (
        rows.loc[unit, "Nº de moradores"].str.split().str[0] == rows.loc[unit, "n_persons"]
    ).all()


def test_miviot_unicode_text_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[MIVIOT].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    header = raw.decode("utf-16").split("\n", 1)[0]
    assert header.split("\t")[:3] == ["No. de Informe", "Fecha", "Delito"]
    rows = _kept(_rows(paths, truth, MIVIOT))
    serial = rows["Fecha"].str.fullmatch(r"\d{5}")
    assert serial.any()
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        rows.loc[serial, "Fecha"].astype(int), unit="D"
    )
    assert (day.dt.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"]).all()
    # Panama writes M (masculino) and F (femenino)
    assert (rows.loc[rows["Sexo"] == "M", "gender"] == "male").all()
    assert (rows.loc[rows["Sexo"] == "F", "gender"] == "female").all()
    assert (rows.loc[rows["Grupo etario"] == "NNA", "age_group"] == "child").all()
    dms = rows["Coordenadas"].str.contains("°")
    assert dms.any()
    assert rows.loc[dms, "Coordenadas"].str.endswith('"O').all()
    assert (rows.loc[dms, "lon"].astype(float) < 0).all()
    adj = rows["Nacionalidad"].str.lower() == "venezolana"
    assert adj.any()
    assert (rows.loc[adj, "nationality"] == "VEN").all()


def test_hlrn_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[HLRN].read_bytes()
    assert raw.isascii()
    assert b"\\u00fc" in raw  # Türkiye, escaped
    records = [json.loads(line) for line in raw.decode("ascii").splitlines()]
    assert all(isinstance(r, dict) for r in records)
    assert any(isinstance(r["transit"], list) for r in records)
    rows = _kept(_rows(paths, truth, HLRN))
    dates = rows["date"].astype(str)
    month = dates.str.fullmatch(r"\d{4}-\d\d")
    quarter = dates.str.fullmatch(r"Q[1-4] \d{4}")
    assert month.any()
    assert quarter.any()
    assert (rows.loc[month, "date_precision"] == "month").all()
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    assert (
        rows.loc[quarter, "event_date"].str[5:].isin(["01-01", "04-01", "07-01", "10-01"])
    ).all()
    null_island = (rows["latitude"] == 0) & (rows["longitude"] == 0)
    assert null_island.any()
    assert rows.loc[null_island, ["lat", "lon"]].isna().all().all()


def test_cross_source_reports_go_to_the_compilation(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source_file"]) == {f"{HLRN}.jsonl"}
    firsts = set(cross["duplicate_of"].str.split(":").str[0])
    assert firsts <= {f"{PSH}.csv", f"{ORTHI}.csv", f"{MIVAU}.xlsx"}
