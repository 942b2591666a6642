"""Examiner set ``blind404`` (files ``*_op.*``): five mobile operators' fraud desks.

These tests check what the set promises (files, truth, the operators' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

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

from trendlib.samples import write_samples

VARIANT = "blind404"
SEED = 404
N_EVENTS = 1500
SMALL_SEED = 4041
SMALL_EVENTS = 400

VF, BY, MM, TG, AT = (
    "vodafone_uk_led",
    "bouygues_crj",
    "masmovil_requerimientos",
    "tigo_pa_fraude",
    "att_mx_justicia",
)
SOURCES = (VF, BY, MM, TG, AT)
FIELDS = ("crime_type", "exploitation", "transit_countries", "linked_offences")
# Operators whose export has the column (the others expect nothing in it).
HAS_ORIGIN = {BY, MM, AT}
HAS_DESTINATION = set(SOURCES)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's truth rows in file order."""
    mine = truth.loc[truth["source"] == source]
    return mine.iloc[mine["source_row"].astype(int).argsort()]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_op", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_origin_and_destination_only_where_the_operator_writes_them(
    truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[ok["event_id"]]
    for col, has in (("origin_country", HAS_ORIGIN), ("destination_country", HAS_DESTINATION)):
        written = ok["source"].isin(has).to_numpy()
        got = ok[col].reset_index(drop=True)
        want = ev[col].reset_index(drop=True)
        assert got[written].equals(want[written]), col
        assert got[~written].isna().all(), col


@pytest.mark.parametrize("n_events", [300, SMALL_EVENTS])
def test_every_operator_has_records_at_small_sizes(tmp_path: Path, n_events: int) -> None:
    small = write_small(tmp_path, n_events)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    per_source = rows.loc[rows["expected_status"] == "record", "source"].value_counts()
    assert set(per_source.index) == set(SOURCES)
    assert (per_source >= 5).all()


def write_small(tmp_path: Path, n_events: int) -> dict[str, Path]:
    return write_samples(tmp_path / "s", seed=SMALL_SEED, n_events=n_events, variant=VARIANT)


def test_every_operator_plants_its_share_of_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source in SOURCES:
        mine = tags[truth["source"] == source]
        assert mine.str.contains("partial_date").any(), source
        assert mine.str.contains("count_placeholder|suspects_placeholder").any(), source
        assert mine.str.contains("garbage_row").any(), source
    # the day, the month and the quarter are all read somewhere
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# Vodafone UK: UTF-8 with BOM, commas, UK police wording, demonyms
# --------------------------------------------------------------------------------------
def test_vodafone_uk_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[VF].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.split("\n", 1)[0]
    assert header.startswith("LED Ref,Date of Incident,Requesting Agency,Crime Type")
    frame = pd.read_csv(paths[VF], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date of Incident"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/20\d\d( \d\d:\d\d)?")
    assert day_first.mean() > 0.75
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert {"MSHT", "OIC"} <= set(frame["Crime Type"].str.strip().str.upper())
    assert frame["Nationality"].str.strip().isin(["Afghan", "Vietnamese", "Iraqi", "Syrian"]).any()
    assert frame["Country of Incident"].isin(["UK", "England", "GB"]).any()
    assert frame["Known Route"].str.contains(" > ").any()
    # UK numbers roaming in Croatia and Poland: no cell site
    abroad = frame["Country of Incident"].str.strip().str.upper().isin(["CROATIA", "POLAND"])
    assert abroad.any()
    assert (frame.loc[abroad, "Cell Site Lat"] == "").all()
    mine = tags_of(truth)[truth["source"] == VF]
    assert mine.str.contains("demonym:nationality").sum() > 50


# --------------------------------------------------------------------------------------
# Bouygues Telecom: cp1252, semicolons, CRLF, decimal commas, mojibake
# --------------------------------------------------------------------------------------
def test_bouygues_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BY].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° réquisition;Date des faits;Service requérant;Qualification")
    frame = pd.read_csv(paths[BY], dtype=str, sep=";", encoding="cp1252", keep_default_na=False)
    assert frame["Latitude antenne"].str.fullmatch(r"5\d,\d{5}").any()
    assert not frame["Latitude antenne"].str.contains(r"\.").any()
    assert frame["Qualification"].str.contains("séjour irréguliers").any()
    assert frame["Majeur / mineur"].eq("MNA").any()
    assert frame["Nationalité"].str.strip().str.lower().isin(["afghane", "érythréenne"]).any()
    assert frame["Date des faits"].str.contains("courant ").any()
    mine = tags_of(truth)[truth["source"] == BY]
    assert mine.str.contains("mojibake:").any()
    assert "Ã" in text
    others = truth.loc[truth["source"] != BY, "messiness"].fillna("")
    assert not others.str.contains("mojibake").any()  # mojibake in one source only


# --------------------------------------------------------------------------------------
# MásMóvil: Excel, real dates mixed with typed dates and serials, code articles
# --------------------------------------------------------------------------------------
def test_masmovil_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[MM])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Nº expediente", "Fecha hechos", "Órgano requirente", "Tipo delictivo")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha hechos"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(43000 < d < 45500 for d in serials)  # 2017-2024 as Excel day numbers
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    crimes = {r[col["Tipo delictivo"]] for r in rows[1:]}
    assert any("177 bis" in str(c) for c in crimes)
    assert any("318 bis" in str(c) for c in crimes)
    coords = [r[col["Coordenadas BTS"]] for r in rows[1:] if r[col["Coordenadas BTS"]]]
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", c) for c in coords)
    means = {r[col["Medio"]] for r in rows[1:]}
    assert {"Cayuco", "Patera", "Salto de valla"} <= means
    serial_rows = tags_of(truth)[truth["source"] == MM].str.contains("excel_serial")
    assert (truth.loc[serial_rows[serial_rows].index, "date_precision"].dropna() == "day").all()


# --------------------------------------------------------------------------------------
# Tigo Panamá: UTF-16 tab-separated text, DMS coordinates, pivot total, re-sent rows
# --------------------------------------------------------------------------------------
def test_tigo_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[TG].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].split("\t")[:3] == [
        "No. de caso",
        "Fecha",
        "Autoridad solicitante",
    ]
    frame = pd.read_csv(paths[TG], dtype=str, sep="\t", encoding="utf-16", keep_default_na=False)
    assert frame["Latitud"].str.fullmatch(r"\d°\d\d'\d\d\.\d\"N").any()
    assert frame["Longitud"].str.fullmatch(r"\d\d°\d\d'\d\d\.\d\"W").any()
    assert frame["Latitud"].eq("Sin cobertura").any()
    assert frame["Fecha"].str.fullmatch(r"\d\d-[a-z]{3}-20\d\d").any()
    assert frame["Nacionalidad"].str.strip().str.lower().eq("venezolanos").any()
    assert frame["No. de caso"].eq("Total general").sum() == 1
    mine = _rows(truth, TG)
    assert mine["expected_reason"].eq("exact_repeat").sum() >= 3


def test_tigo_dms_reads_as_the_place(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(paths[TG], dtype=str, sep="\t", encoding="utf-16", keep_default_na=False)
    mine = _rows(truth, TG).reset_index(drop=True)
    dms = frame["Latitud"].str.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS]")
    assert dms.sum() > 20
    for cell, lat in zip(frame.loc[dms, "Latitud"], mine.loc[dms, "lat"], strict=True):
        if pd.isna(lat):  # a row to quarantine
            continue
        d, m, s = re.findall(r"[\d.]+", cell)
        assert abs(int(d) + int(m) / 60 + float(s) / 3600 - float(lat)) < 1e-6


# --------------------------------------------------------------------------------------
# AT&T México: JSON lines, ISO dates, Mexican legal wording
# --------------------------------------------------------------------------------------
def test_att_mexico_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _text(paths[AT], "utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["folio", "fecha_hechos", "autoridad_requirente", "delito"]
    dates = [r["fecha_hechos"] for r in records if r["fecha_hechos"]]
    iso = r"20\d\d-\d\d(-\d\d(T\d\d:\d\d:\d\d)?)?"
    assert all(re.fullmatch(iso, d) for d in dates)
    assert any(isinstance(r["personas_involucradas"], int) for r in records)
    mine = _rows(truth, AT).reset_index(drop=True)
    assert len(mine) == len(records)
    # "tráfico de personas" is the smuggling of migrants in Mexican law
    words = pd.Series([str(r["delito"] or "") for r in records])
    smuggling_word = words.str.lower().str.strip().str.startswith("tráfico de personas")
    kept = mine["expected_status"].ne("quarantine")
    assert (smuggling_word & kept).sum() > 20
    assert (mine.loc[smuggling_word & kept, "crime_type"] == "smuggling").all()
    assert pd.Series([r["edad"] for r in records]).eq("NNA").any()
    nat = pd.Series([str(r["nacionalidad"]) for r in records]).str.lower()
    assert nat.isin(["guatemalteca", "hondureña", "mexicana"]).any()


def test_each_operator_in_its_own_language(paths: dict[str, Path]) -> None:
    heads = {
        VF: _text(paths[VF], "utf-8-sig").split("\n", 1)[0],
        BY: _text(paths[BY], "cp1252").split("\r\n", 1)[0],
        TG: _text(paths[TG], "utf-16").split("\n", 1)[0],
        AT: ",".join(json.loads(_text(paths[AT], "utf-8").splitlines()[0])),
    }
    assert "Nationality" in heads[VF]
    assert "Nationalité" in heads[BY]
    assert "Nacionalidad" in heads[TG]
    assert "nacionalidad" in heads[AT]
