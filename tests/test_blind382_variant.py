"""The examiner's held-out set ``blind382`` (files ``*_nt.*``): retail loss-prevention desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples._examiner import iso_codes

VARIANT = "blind382"
SEED = 382
N_EVENTS = 1500
SMALL_SEED = 3821
SMALL_EVENTS = 400
SUFFIX = "_nt"
SOURCES = ("nbcs_uk", "auchan_surete_fr", "aecc_seguridad", "clear_orc_us", "inditex_seguridad")
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 1e-3


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


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by their row number."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _read_text(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """Read a delimited file as text cells, indexed by the row number a person counts."""
    text = path.read_bytes().decode(encoding)
    frame = pd.read_csv(
        io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, len(frame) + 2)
    return frame


def _records(rows: pd.DataFrame) -> pd.Series:
    return rows["expected_status"].ne("quarantine") & rows["event_id"].notna()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", ["large", "small"])
def test_files_and_truth(size: str, paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    chosen, n = (paths, N_EVENTS) if size == "large" else (small_paths, SMALL_EVENTS)
    check_files_and_truth(chosen, SOURCES, suffix=SUFFIX, n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("size", ["large", "small"])
def test_read_loses_no_row(size: str, paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    chosen = paths if size == "large" else small_paths
    check_read_loses_no_row(chosen, SOURCES, _truth(chosen))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_reports_of_events(small_paths, _truth(small_paths), FIELDS)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_exploitation_and_offences_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, ("linked_offences",))
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # a pure smuggling row has no form of exploitation
    assert ok.loc[ev["crime_type"] == "smuggling", "exploitation"].isna().all()


def test_every_source_reports_at_every_size(
    paths: dict[str, Path], small_paths: dict[str, Path], tmp_path: Path
) -> None:
    from trendlib.samples import write_samples

    tiny = write_samples(tmp_path, seed=SEED, n_events=300, variant=VARIANT)
    for chosen in (paths, small_paths, tiny):
        rows = _truth(chosen)
        per_source = rows.loc[rows["expected_status"] == "record"].groupby("source").size()
        assert set(per_source.index) == set(SOURCES)
        assert (per_source > 0).all()


# --------------------------------------------------------------------------------------
# nbcs_uk: UTF-8 with BOM, commas, UK day-first dates, UK nations, one Lat/Long cell
# --------------------------------------------------------------------------------------
def test_nbcs_bytes_and_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["nbcs_uk"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.startswith("Incident Ref,Incident Date,Country,Crime Category")
    frame = _read_text(path, "utf-8-sig", ",")
    rows = _rows_of(truth, "nbcs_uk")
    rec = rows.loc[_records(rows)]
    cells = frame.loc[rec.index]
    # the site's UK nation is the United Kingdom
    for nation in ("England", "Scotland"):
        hit = cells["Country"].eq(nation)
        assert hit.any(), nation
        assert (rec.loc[hit[hit].index, "detection_country"].dropna() == "GBR").all()
    assert set(cells["Crime Category"].str.strip().str.lower()) >= {"msht", "oic"}
    # UK day-first dates, some with the time of the incident, some spelt out
    day = rec["date_precision"].eq("day")
    dates = cells.loc[day[day].index, "Incident Date"]
    with_time = dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d")
    spelt = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}")
    assert with_time.any()
    assert spelt.any()
    parsed = pd.to_datetime(dates.str[:10].where(~spelt, dates), format="mixed", dayfirst=True)
    assert (parsed.dt.normalize() == pd.to_datetime(rec.loc[dates.index, "event_date"])).all()
    # one "lat, lon" cell; "Nil" offenders are none
    pair = cells["Lat/Long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}")
    assert pair.mean() > 0.8
    nil = cells["No. Offenders"].str.lower().eq("nil")
    assert nil.any()
    assert (rec.loc[nil[nil].index, "n_suspects"] == "0").all()
    assert cells["Nationality"].isin(["Vietnamese", "Albanian", "Afghan", "Iranian"]).any()
    assert cells["Route Taken"].str.contains(" > ").any()


# --------------------------------------------------------------------------------------
# auchan_surete_fr: cp1252, semicolons, CRLF, decimal commas, mojibake rows
# --------------------------------------------------------------------------------------
def test_auchan_bytes_and_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["auchan_surete_fr"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    header = raw.split(b"\r\n", 1)[0].decode("cp1252")
    assert header.split(";")[:3] == ["N° fiche", "Date du constat", "Pays"]
    frame = _read_text(path, "cp1252", ";")
    rows = _rows_of(truth, "auchan_surete_fr")
    rec = rows.loc[_records(rows)]
    cells = frame.loc[rec.index]
    has_coords = rec["lat"].notna()
    lat = cells.loc[has_coords[has_coords].index, "Latitude"]
    assert lat.str.fullmatch(r"\d+,\d{5}").all()
    as_number = lat.str.replace(",", ".").astype(float)
    assert ((as_number - rec.loc[lat.index, "lat"].astype(float)).abs() < TOLERANCE).all()
    # rows typed into the web form come out as mojibake; the truth keeps the clean reading
    garbled = rec["messiness"].fillna("").str.contains("mojibake")
    assert garbled.any()
    assert cells.loc[garbled[garbled].index].apply(lambda c: c.str.contains("Ã")).any(axis=None)
    # "Angleterre" is the United Kingdom
    england = cells["Destination annoncée"].str.strip().eq("Angleterre")
    assert england.any()
    assert (rec.loc[england[england].index, "destination_country"] == "GBR").all()
    # a minor with no adult is an unaccompanied minor ("MNA")
    mna = cells["Majeur / mineur"].str.strip().eq("MNA")
    assert (rec.loc[mna[mna].index, "age_group"] == "child").all()
    # counts written as words or with a unit
    words = rec["messiness"].fillna("").str.contains("count_word")
    assert words.any()
    assert cells.loc[words[words].index, "Nb personnes concernées"].str.fullmatch(r"[a-z-]+").all()
    assert rec.loc[words[words].index, "n_persons"].astype(int).le(20).all()
    units = cells["Nb personnes concernées"].str.endswith(" pers.")
    assert units.any()
    assert (
        cells.loc[units[units].index, "Nb personnes concernées"].str[:-6]
        == rec.loc[units[units].index, "n_persons"]
    ).all()


# --------------------------------------------------------------------------------------
# aecc_seguridad: a workbook with real dates, serial numbers, text dates and DMS
# --------------------------------------------------------------------------------------
def test_aecc_workbook_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["aecc_seguridad"])
    values = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(values[0])
    assert header[:4] == ["Nº incidencia", "Fecha", "Tipología", "Finalidad"]
    col = {h: i for i, h in enumerate(header)}
    rows = _rows_of(truth, "aecc_seguridad")
    rec = rows.loc[_records(rows)]
    kinds: dict[str, int] = {}
    for r in rec.index:
        cell = values[r - 1][col["Fecha"]]
        want = pd.Timestamp(rec.at[r, "event_date"])
        if isinstance(cell, int):
            kinds["serial"] = kinds.get("serial", 0) + 1
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == want
        elif isinstance(cell, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", cell):
            kinds["text"] = kinds.get("text", 0) + 1
            assert pd.to_datetime(cell, format="%d/%m/%Y") == want
        elif isinstance(cell, str) and rec.at[r, "date_precision"] == "month":
            kinds["month"] = kinds.get("month", 0) + 1
            assert re.fullmatch(r"[a-z]+ \d{4}", cell)
        elif not isinstance(cell, str):
            kinds["date"] = kinds.get("date", 0) + 1
            assert pd.Timestamp(cell) == want
    assert set(kinds) == {"serial", "text", "month", "date"}, kinds
    dms = [values[r - 1][col["Latitud"]] for r in rec.index]
    assert any(isinstance(v, str) and re.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS]", v) for v in dms)
    assert any(isinstance(v, float) for v in dms)
    mena = [r for r in rec.index if values[r - 1][col["Edad"]] == "MENA"]
    assert mena
    assert (rec.loc[mena, "age_group"] == "child").all()
    big = rec["messiness"].fillna("").str.contains("thousands")
    for r in big[big].index:
        text = values[r - 1][col["Nº personas"]]
        assert isinstance(text, str)
        assert re.fullmatch(r"\d\.\d{3}", text)
        assert text.replace(".", "") == rec.at[r, "n_persons"]


# --------------------------------------------------------------------------------------
# clear_orc_us: UTF-16 with BOM, tabs, US month-first dates
# --------------------------------------------------------------------------------------
def test_clear_bytes_and_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["clear_orc_us"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = _read_text(path, "utf-16", "\t")
    assert list(frame.columns[:3]) == ["Case #", "Incident Date", "Offense"]
    rows = _rows_of(truth, "clear_orc_us")
    rec = rows.loc[_records(rows)]
    cells = frame.loc[rec.index]
    dates = cells["Incident Date"]
    numeric = dates.str.fullmatch(r"\d\d/\d\d/\d{4}")
    parsed = pd.to_datetime(dates[numeric], format="%m/%d/%Y")
    assert (parsed == pd.to_datetime(rec.loc[parsed.index, "event_date"])).all()
    assert (parsed.dt.day > 12).any()  # month-first, visibly
    spelt = dates.str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}")
    assert spelt.any()
    assert cells["Offense"].str.strip().str.lower().eq("alien smuggling").any()
    two_letter = cells["Citizenship"].str.fullmatch(r"[A-Z]{2}")
    assert two_letter.any()
    for r in two_letter[two_letter].index:
        assert iso_codes(str(rec.at[r, "nationality"]))[0] == cells.at[r, "Citizenship"]
    assert set(cells["Country"]) <= {"USA", "US", "U.S.", "United States", ""}


# --------------------------------------------------------------------------------------
# inditex_seguridad: JSON lines, enumeration codes, ISO codes, numeric country codes
# --------------------------------------------------------------------------------------
def test_inditex_lines_and_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["inditex_seguridad"].read_text(encoding="utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    assert list(objs[0])[:4] == [
        "id_incidencia",
        "fecha_hecho",
        "cod_pais_deteccion",
        "tipo_delito",
    ]
    rows = _rows_of(truth, "inditex_seguridad")
    rec = rows.loc[_records(rows)]
    quarter_rows = 0
    for r in rec.index:
        obj = objs[r - 1]
        det = rec.at[r, "detection_country"]
        if isinstance(det, str):
            assert obj["cod_pais_deteccion"] == iso_codes(det)[1]
        assert obj["tipo_delito"] in {"TRATA_PERSONAS", "TRAFICO_MIGRANTES", "TRATA_Y_TRAFICO"}
        if rec.at[r, "date_precision"] == "quarter":
            quarter_rows += 1
            assert re.fullmatch(r"T[1-4] 20\d\d", obj["fecha_hecho"])
            assert det in ("PAN", None) or pd.isna(det)
        if obj["lat"] is not None:
            assert isinstance(obj["lat"], float)
            assert isinstance(obj["lng"], float)
        nat = obj["nacionalidad_iso"]
        assert nat is None or re.fullmatch(r"[A-Z]{2,3}", nat)
    assert quarter_rows > 0
    assert any(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", o["fecha_hecho"] or "") for o in objs
    )


def test_cross_source_reports_keep_the_day(truth: pd.DataFrame) -> None:
    """Both reports of a duplicated event give the day, a day apart at most."""
    key = truth["source_file"] + ":" + truth["source_row"]
    date_of = dict(zip(key, truth["event_date"], strict=True))
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    assert len(cross) > 0
    assert cross["date_precision"].eq("day").all()
    first = pd.to_datetime(cross["duplicate_of"].map(date_of))
    assert ((pd.to_datetime(cross["event_date"]) - first).abs() <= pd.Timedelta(days=1)).all()


def test_csv_rows_parse_as_tables(paths: dict[str, Path]) -> None:
    """The two 8-bit/16-bit CSV files hold one record a line, with their own delimiter."""
    for source, enc, sep in (("auchan_surete_fr", "cp1252", ";"), ("clear_orc_us", "utf-16", "\t")):
        text = paths[source].read_bytes().decode(enc)
        widths = {len(row) for row in csv.reader(io.StringIO(text), delimiter=sep)}
        assert widths == {17}, (source, widths)
