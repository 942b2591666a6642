"""The examiner set ``blind314``: five visa application centres' referral logs (``*_ld.*``).

These tests check what the set promises (files, truth, the desks' quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
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

from trendlib.samples._examiner import BAD_KINDS

VARIANT = "blind314"
SEED = 314
N_EVENTS = 1500
SMALL_SEED = 3141
SMALL_EVENTS = 400

LON = "vfs_global_london"
PAR = "tlscontact_paris"
MAD = "bls_international_madrid"
MEX = "vfs_global_mexico"
PTY = "vfs_global_panama"
SOURCES = (LON, PAR, MAD, MEX, PTY)
#: Fields every kept row gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
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


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ld", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ld", n_events=SMALL_EVENTS)
    truth = _truth(small)
    kept = truth.loc[truth["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)  # every desk has event rows


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_partial_dates_by_desk(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    prec = truth.groupby("source")["date_precision"].agg(lambda s: set(s.dropna()))
    assert prec[LON] == {"day", "month"}
    assert prec[PAR] == {"day", "quarter"}
    assert prec[MAD] == {"day", "month"}
    assert prec[MEX] == {"day"}
    assert prec[PTY] == {"day"}
    # a partial date is never one of a duplicated event's two reports
    partial = truth["date_precision"].isin(["month", "quarter"])
    assert not (partial & truth["expected_reason"].eq("cross_source")).any()
    assert tags[partial].str.contains("month_only|quarter_only").all()


def test_duplicates_follow_the_desks_routes(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {LON, PAR, MAD, MEX}
    firsts = cross["duplicate_of"].str.split(":").str[0]
    assert (firsts != cross["source_file"]).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {LON, MEX}
    assert (repeats.groupby("source").size() >= 3).all()


def test_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == set(BAD_KINDS)
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    by_source = garbage.groupby("source")["expected_reason"].agg(set)
    for src in (LON, PAR, PTY):  # CSV: an empty row, a note and a total
        assert by_source[src] == {"empty_row", "no_content", "no_date"}
    assert by_source[MAD] == {"no_content", "no_date"}
    assert by_source[MEX] == {"no_date"}  # the system's trailer record


def test_planted_habits(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    want = {
        "iso3",
        "iso2",
        "iso_numeric",
        "alias",
        "typo",
        "no_accent",
        "upper",
        "mojibake",
        "nationality_adjective",
        "dd_mon_yyyy",
        "two_digit_year",
        "text_date",
        "excel_serial",
        "excel_date",
        "iso_datetime",
        "d_m_yyyy",
        "month_only",
        "quarter_only",
        "count_words",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "coords_pair",
        "decimal_comma",
        "dms",
        "coords_missing",
        "coords_placeholder",
        "offence_list",
        "garbage_row",
        "bad_row",
    }
    assert want <= tags, sorted(want - tags)
    assert any(t.startswith("blank_") for t in tags)  # a second report leaves a field out


# --------------------------------------------------------------------------------------
# The desks' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_london_csv_bytes(paths: dict[str, Path]) -> None:
    data = paths[LON].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    frame = pd.read_csv(paths[LON], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    assert frame.columns[:3].tolist() == ["Referral ID", "Incident Date", "Concern Category"]
    assert "Caseworker Notes" in frame.columns
    dates = frame["Incident Date"]
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}").mean() > 0.9
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # referral month only
    assert frame["Nationality (MRZ)"].str.fullmatch(r"[A-Z]{3}").mean() > 0.8
    assert frame["Lat/Long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").mean() > 0.85
    assert frame["Transit Route"].str.contains(" > ").any()
    assert frame["Exploitation Type (NRM)"].isin(["Labour", "Sexual", "Criminal"]).any()
    assert frame["Agents/Facilitators"].isin(["None", "nil"]).any()
    assert (frame["Referral ID"] == "TOTAL").sum() == 1


def test_paris_csv_bytes(paths: dict[str, Path]) -> None:
    data = paths[PAR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # cp1252, not UTF-8
    assert b"\r\n" in data
    text = data.decode("cp1252")
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° signalement", "Date des faits", "Qualification"]
    frame = pd.read_csv(paths[PAR], sep=";", dtype=str, encoding="cp1252", keep_default_na=False)
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Latitude"].str.fullmatch(r"\d+,\d{5}").mean() > 0.8
    assert frame["Nationalité"].str.fullmatch(r"[a-zéèï]+").mean() > 0.5  # adjectives
    assert frame["Nombre de personnes"].str.endswith(" pers.").any()


def test_madrid_xlsx_cells(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[MAD])
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:2] == ["Nº Expediente", "Fecha del hecho"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 46500 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ \d{4}", d) for d in dates)
    lat = header.index("Latitud")
    assert sum(isinstance(r[lat], float) for r in rows[1:]) > 0.8 * len(rows)
    nat = header.index("Nacionalidad")
    assert any(isinstance(r[nat], str) and re.fullmatch(r"[A-Z]{2}", r[nat]) for r in rows)
    linked = header.index("Delitos conexos")
    assert any(r[linked] and " / " in str(r[linked]) for r in rows)


def test_mexico_jsonl_lines(paths: dict[str, Path]) -> None:
    lines = paths[MEX].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["folio", "fecha_evento", "tipo_delito"]
    body = [r for r in records if r["folio"] != "TOTAL"]
    assert {r["tipo_delito"] for r in body if r["tipo_delito"]} <= {
        "TRAFICO_MIGRANTES",
        "TRATA_PERSONAS",
        "TRATA_Y_TRAFICO",
    }
    codes = {r["pais_deteccion"] for r in body if r["pais_deteccion"]}
    assert codes <= {"840", "591"}
    assert any("Ã" in str(r["pais_origen"]) for r in body)  # UTF-8 read as cp1252
    assert any(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", str(r["fecha_evento"])) for r in body
    )
    assert any(r["latitud"] == 0 and r["longitud"] == 0 for r in body)
    assert all(isinstance(r["num_personas"], int | str | None) for r in body)


def test_panama_csv_bytes(paths: dict[str, Path]) -> None:
    data = paths[PTY].read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    frame = pd.read_csv(paths[PTY], sep="\t", dtype=str, encoding="utf-16", keep_default_na=False)
    assert frame.columns[:3].tolist() == ["N° CASO", "FECHA", "DELITO"]
    assert frame["FECHA"].str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}").mean() > 0.9
    dms = r"\d+°\d\d'\d\d\"[NS] \d+°\d\d'\d\d\"[EW]"
    assert frame["COORDENADAS"].str.fullmatch(dms).mean() > 0.85
    assert frame["NACIONALIDAD"].str.isupper().mean() > 0.9
    assert frame["PAÍS DE DESTINO"].isin(["EE.UU.", "EEUU"]).any()
