"""The examiner set ``blind65`` (files ``*_bo.*``): its files and its ground truth.

These tests check the files and the truth only; none cleans or scores.
"""

from __future__ import annotations

import json
import re
import zipfile
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
from trendlib.samples._blind65 import BLIND65_SOURCES

SEED = 65
N_EVENTS = 1500
SMALL_SEED = 651
SMALL_EVENTS = 400
VARIANT = "blind65"
SOURCES = tuple(s.source for s in BLIND65_SOURCES)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: positions are written to 0.1' (GC, SM), 0.01', 1" or 4-5 decimals.
TOLERANCE = 0.001

GC, SM, GM, HM, UN = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = next(s for s in BLIND65_SOURCES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


def _sheet(path: Path) -> list[tuple[object, ...]]:
    """Rows of the workbook's first sheet, header first, padded to the header's width."""
    book = load_workbook(path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    width = len(rows[0])
    return [tuple(r) + (None,) * (width - len(r)) for r in rows]


def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bo", n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_bo", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    langs = {s.language for s in BLIND65_SOURCES}
    assert langs == {"en", "fr", "es"}
    assert {s.format for s in BLIND65_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND65_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    # Salvamento Marítimo: cp1252 (not UTF-8), ';', Spanish headers
    raw = paths[SM].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    head = raw.decode("cp1252").splitlines()[0]
    assert head.startswith("Nº Expediente;Fecha (dd/mm/aaaa);Tipo delito (CP)")
    assert b"\r\n" in raw
    # Gendarmerie maritime: UTF-16 with BOM, tab, French headers
    raw = paths[GM].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    head = raw.decode("utf-16").splitlines()[0]
    assert head.split("\t")[:3] == ["N° procédure", "Date des faits", "Qualification (NATINF)"]
    # HM Coastguard: UTF-8 without BOM, '|', English headers
    raw = paths[HM].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    head = raw.decode("utf-8").splitlines()[0]
    assert head.split("|")[:2] == ["Incident Ref", "Date/Time Opened"]
    # Guardia Costiera: a real workbook with English headers
    assert zipfile.is_zipfile(paths[GC])
    header = _sheet(paths[GC])[0]
    assert header[:3] == (
        "SAR event no. (N. evento)",
        "Date of event (UTC)",
        "Offence (Italian law ref.)",
    )
    # UNODC GMCP digest: one JSON object a line, English keys
    lines = paths[UN].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["incident_id", "date_of_incident", "offence_category"]
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_workbook_dates_are_mixed(paths: dict[str, Path]) -> None:
    dates = [row[1] for row in _sheet(paths[GC])[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(43000 < d < 46000 for d in serials)  # Excel serials of 2017-2025
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", t) for t in texts)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} 20\d\d", t) for t in texts)


def test_spanish_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, SM)
    truth = _truth(paths)
    rows = truth.loc[truth["source_file"] == Path(paths[SM]).name].reset_index(drop=True)
    assert len(frame) == len(rows)
    # 'M' is mujeres in this file: every row written 'M' expects female
    female = rows["gender"].eq("female")
    assert (frame.loc[frame["Sexo (H/M)"] == "M"].index.isin(rows.index[female])).all()
    assert (frame["Sexo (H/M)"] == "M").any()
    assert frame["Tipo delito (CP)"].str.contains("318 bis").any()
    assert frame["Tipo delito (CP)"].str.contains("177 bis").any()
    assert frame["Latitud"].str.contains("º").any()
    assert frame["Longitud"].str.endswith("' O").any()
    assert frame["Fecha (dd/mm/aaaa)"].str.fullmatch(r"[1-4]T 20\d\d").any()
    assert tags_of(rows).str.contains("mojibake").any()
    assert frame.iloc[-1, 0] == "Total general"


def test_french_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, GM)
    dates = frame["Date des faits"]
    crime = frame["Qualification (NATINF)"]
    assert crime.str.contains("L622-1").any()  # before the May 2021 recodification
    assert crime.str.contains("L823-1").any()
    assert crime.str.contains("225-4-1|TEH").any()
    assert dates.str.contains(r"[a-zé]+ 20\d\d", regex=True).any()
    assert frame["Pays de destination"].eq("Angleterre").any()
    assert frame["Position (WGS84)"].str.contains(r"\d°\d\d,\d\d'N", regex=True).any()


def test_english_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, HM)
    assert frame["Date/Time Opened"].str.fullmatch(r"[A-Z][a-z]{2}-[A-Z][a-z]{2} 20\d\d").any()
    assert frame["Date/Time Opened"].str.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z").any()
    assert frame["Offence (legislation)"].str.contains("Immigration Act 1971|IA 1971").any()
    assert frame["Lat"].str.fullmatch(r"\d\d \d\d\.\d\d[NS]").any()
    lines = [json.loads(x) for x in paths[UN].read_text(encoding="utf-8").splitlines()]
    assert any(str(r["date_of_incident"]).endswith(("-Q1", "-Q2", "-Q3", "-Q4")) for r in lines)
    assert {"SOM", "TIP"} <= {r["offence_category"] for r in lines}


def test_written_positions_decode_to_expected(paths: dict[str, Path]) -> None:
    """Each DDM position the Coast Guard writes reads back to the truth's lat/lon."""
    cells = [row[14] for row in _sheet(paths[GC])[1:]]
    truth = _truth(paths)
    rows = truth.loc[truth["source_file"] == Path(paths[GC]).name].reset_index(drop=True)
    pattern = re.compile(r"(\d+)[° ](\d+\.\d)'?([NS])[ -]+(\d+)[° ](\d+\.\d)'?([EW])")
    checked = 0
    for cell, lat, lon, status in zip(
        cells, rows["lat"], rows["lon"], rows["expected_status"], strict=True
    ):
        match = pattern.fullmatch(str(cell)) if cell else None
        if match is None or status == "quarantine":  # a bad row expects no values
            continue
        d1, m1, h1, d2, m2, h2 = match.groups()
        got_lat = (int(d1) + float(m1) / 60) * (1 if h1 == "N" else -1)
        got_lon = (int(d2) + float(m2) / 60) * (1 if h2 == "E" else -1)
        assert abs(got_lat - float(lat)) < 1e-6
        assert abs(got_lon - float(lon)) < 1e-6
        checked += 1
    assert checked > 100
