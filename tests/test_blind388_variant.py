"""The ``blind388`` examiner set (files ``*_nz.*``): what the files and their truth promise.

Five health-sector sources (HTA UK, SAMU 62, Programa Nacional de Trasplante Panamá,
Kitrinos Healthcare, the DICG digest). These tests read the files' bytes and the truth;
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
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

VARIANT = "blind388"
SEED = 388
N_EVENTS = 1500
SMALL_SEED = 3881
SMALL_EVENTS = 400
SOURCES = ("hta_uk", "samu62_crra", "pnt_panama", "kitrinos_healthcare", "dicg_digest")
# Fields every source writes as the event has them (no blanks, no placeholders).
FIELDS = ("crime_type", "exploitation", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: coordinates are written with 4 or 5 decimals or in DMS
PRIMARY = {"hta_uk": "GBR", "samu62_crra": "FRA", "pnt_panama": "PAN", "kitrinos_healthcare": "GRC"}
EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows


def _csv_cells(path: Path, encoding: str, delimiter: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    return pd.read_csv(
        io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


def _cell(frame: pd.DataFrame, source_row: str, header: str, first: int = 2) -> object:
    return frame.iloc[int(source_row) - first][header]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small_paths"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(p, SOURCES, suffix="_nz", n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


@pytest.mark.parametrize("which", ["paths", "small_paths"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    check_expected_values(p, _truth(p), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


# --------------------------------------------------------------------------------------
# What the truth says beyond the shared checks
# --------------------------------------------------------------------------------------
def test_every_source_has_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400, 1500):
        p = write_samples(tmp_path / str(n), seed=SEED + n, n_events=n, variant=VARIANT)
        truth = _truth(p)
        counts = truth.loc[truth["expected_status"] == "record", "source"].value_counts()
        assert set(counts.index) == set(SOURCES), n
        assert (counts >= 5).all(), counts


def test_first_reports_follow_the_detection_country(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = _events(paths)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    for source, iso in PRIMARY.items():
        assert (country[first["source"].to_numpy() == source] == iso).all(), source
    digest = country[first["source"].to_numpy() == "dicg_digest"]
    assert not set(digest) & set(PRIMARY.values())
    # cross-source duplicates come from the sources that see the same corridor
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dup["source"]) == {"samu62_crra", "dicg_digest"}


def test_country_columns_expect_the_event_or_a_planted_blank(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = _events(paths)
    tags = tags_of(truth)
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[ok["event_id"]]
    lacks = {"origin_country": {"kitrinos_healthcare"}, "destination_country": {"hta_uk"}}
    for col, sources in lacks.items():
        same = ok[col].to_numpy() == ev[col].to_numpy()
        blank = ok[col].isna().to_numpy()
        planted = tags.loc[ok.index].str.contains(f"blank_{col}").to_numpy()
        no_column = ok["source"].isin(sources).to_numpy()
        assert (same | (blank & (planted | no_column | ev[col].isna().to_numpy()))).all(), col
        assert blank[no_column].all(), col
        assert planted.any(), col


def test_bad_rows_have_every_reason_and_expect_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert {"empty_row", "no_content", "no_date"} <= set(bad["expected_reason"])
    totals = bad.loc[bad["source_ref"].isin(["Total", "TOTAL", "TOTAL GENERAL"])]
    assert len(totals) == len(SOURCES)
    assert bad[["nationality", "lat", "lon", "gender"]].isna().all().all()


# --------------------------------------------------------------------------------------
# The agencies' quirks, read from the bytes
# --------------------------------------------------------------------------------------
def test_hta_uk_bytes(paths: dict[str, Path]) -> None:
    raw = paths["hta_uk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].decode("utf-8").splitlines()[0]
    assert header.startswith("HTA reference,Date concern raised,Concern type")
    assert '"Location (lat, long)"' in header
    cells = _csv_cells(paths["hta_uk"], "utf-8-sig", ",")
    truth = _truth(paths)
    rows = _rows(truth, "hta_uk")
    dates = cells["Date concern raised"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    assert cells["Route (countries transited)"].str.contains(" > ").any()
    assert cells["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert cells["Location (lat, long)"].str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").any()
    # the truth reads each date and pair as written
    for row in rows.loc[rows["expected_status"] == "record"].itertuples():
        cell = str(_cell(cells, row.source_row, "Date concern raised"))
        day = pd.Timestamp(row.event_date)
        if "date_month" in row.tags:
            assert pd.Timestamp(cell) == day, cell
        else:
            assert pd.to_datetime(cell, dayfirst=True) == day, cell
        where = str(_cell(cells, row.source_row, "Location (lat, long)"))
        if where:
            lat, lon = (float(x) for x in where.split(","))
            assert (lat, lon) == (float(row.lat), float(row.lon))
    # the re-sent rows are byte-identical lines
    lines = raw[3:].decode("utf-8").splitlines()
    repeats = truth.loc[
        (truth["source"] == "hta_uk") & (truth["expected_reason"] == "exact_repeat")
    ]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_samu62_bytes(paths: dict[str, Path]) -> None:
    raw = paths["samu62_crra"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.startswith("N° dossier;Date/heure appel;Contexte;")
    cells = _csv_cells(paths["samu62_crra"], "cp1252", ";")
    dates = cells["Date/heure appel"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").any()
    assert cells["Latitude"].str.fullmatch(r"\d+,\d{5}").any()
    assert cells["Destination annoncée"].isin(["Angleterre", "UK", "Grande-Bretagne"]).any()
    assert cells["Nationalité déclarée"].isin(["afghane", "irakienne", "iranienne"]).any()
    rows = _rows(_truth(paths), "samu62_crra")
    for row in rows.loc[rows["expected_status"] != "quarantine"].itertuples():
        cell = str(_cell(cells, row.source_row, "Date/heure appel"))
        day = pd.to_datetime(cell[:10], format="%d/%m/%Y")
        assert day == pd.Timestamp(row.event_date), cell
        lat = str(_cell(cells, row.source_row, "Latitude"))
        if lat:
            assert float(lat.replace(",", ".")) == float(row.lat)


def test_pnt_panama_bytes(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["pnt_panama"])
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header[:3] == ["N° de alerta", "Fecha de notificación", "Tipo de delito"]
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha de notificación"]] for r in values[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) for d in dates)  # General-formatted serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    lats = [r[col["Latitud"]] for r in values[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and v.endswith('"N') for v in lats)
    assert "NNA" in {r[col["Grupo etario"]] for r in values[1:]}
    rows = _rows(_truth(paths), "pnt_panama")
    for row in rows.loc[rows["expected_status"] == "record"].itertuples():
        cells = values[int(row.source_row) - 1]
        cell = cells[col["Fecha de notificación"]]
        if isinstance(cell, int):
            assert EXCEL_EPOCH + pd.Timedelta(days=cell) == pd.Timestamp(row.event_date)
        lat = cells[col["Latitud"]]
        if isinstance(lat, str):  # degrees, minutes, seconds
            d, m, s = (float(x) for x in re.findall(r"[\d.]+", lat))
            assert abs(d + m / 60 + s / 3600 - float(row.lat)) < 1e-5


def test_kitrinos_bytes(paths: dict[str, Path]) -> None:
    raw = paths["kitrinos_healthcare"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    header = next(csv.reader(io.StringIO(text), delimiter="\t"))
    assert header[:4] == ["Case #", "Date seen", "Protection flag", "Exploitation (if THB)"]
    cells = _csv_cells(paths["kitrinos_healthcare"], "utf-16", "\t")
    dates = cells["Date seen"]
    assert dates.str.fullmatch(r"\d{5}").any()
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}").any()
    assert cells["GPS"].str.fullmatch(r"N\d+\.\d{5} E\d+\.\d{5}").any()
    assert cells["M/F"].eq("M/F").any()
    rows = _rows(_truth(paths), "kitrinos_healthcare")
    for row in rows.loc[rows["expected_status"] == "record"].itertuples():
        cell = str(_cell(cells, row.source_row, "Date seen"))
        if cell.isdigit():
            day = EXCEL_EPOCH + pd.Timedelta(days=int(cell))
        else:
            day = pd.to_datetime(cell, dayfirst=True)
        assert day == pd.Timestamp(row.event_date), cell


def test_dicg_digest_bytes(paths: dict[str, Path]) -> None:
    lines = paths["dicg_digest"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"digest_ref", "incident_date", "offence", "transit", "country"}
    transit = [r["transit"] for r in records if r.get("transit")]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    text = "\n".join(lines)
    assert "Ã" in text  # partner names garbled on the way in
    dates = pd.Series([r["incident_date"] for r in records], dtype=object).dropna().astype(str)
    assert dates.str.fullmatch(r"Q[1-4] \d{4}|\d{4}-Q[1-4]").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"\d{4}/\d\d/\d\d").any()
    nat = pd.Series([r["nationality"] for r in records], dtype=object).dropna().astype(str)
    assert nat.str.fullmatch(r"\d{3}").any()  # M49 numeric codes
    rows = _rows(_truth(paths), "dicg_digest")
    for row in rows.loc[rows["expected_status"] != "quarantine"].itertuples():
        rec = records[int(row.source_row) - 1]
        cell = str(rec["incident_date"])
        quarter = re.fullmatch(r"Q([1-4]) (\d{4})|(\d{4})-Q([1-4])", cell)
        if quarter:
            q = int(quarter.group(1) or quarter.group(4))
            year = int(quarter.group(2) or quarter.group(3))
            assert pd.Timestamp(year=year, month=3 * q - 2, day=1) == pd.Timestamp(row.event_date)
            assert row.date_precision == "quarter"
        if isinstance(rec["transit"], list) and rec["transit"]:
            assert len(rec["transit"]) == len(str(row.transit_countries).split("|"))
