"""The ``blind75`` examiner set (files ``*_by.*``): files, truth and planted quirks.

These tests check the written files and their ground truth only; none cleans or scores.
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

from trendlib.samples._blind75 import BLIND75_SOURCES

SEED = 75
N_EVENTS = 1500
SMALL_SEED = 751
SMALL_EVENTS = 400
VARIANT = "blind75"
SOURCES = [s.source for s in BLIND75_SOURCES]
#: Fields every non-quarantined row gives exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.0005  # degrees: the cells are written to 4-5 decimals or to the second


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_by", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_by", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_writes_records_partial_dates_and_bad_rows(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() > 40, source
        assert rows["expected_reason"].eq("no_date").any(), source  # the total row at least
        assert tags[rows.index].str.contains("partial_month").any(), source
    assert set(truth["date_precision"].dropna()) == {"day", "month", "quarter"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"sre_pc_mx_by", "uco_gc_es_by"}


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    by = {s.source: s for s in BLIND75_SOURCES}
    assert {s.language for s in BLIND75_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND75_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND75_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    for source, src in by.items():
        assert paths[source].name == src.filename
        assert paths[source].suffix == f".{src.format}"

    factra = paths["factra_cr_by"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        factra.decode("utf-8")  # accented Spanish in cp1252
    head = factra.decode("cp1252").split("\r\n")[0]
    assert head.startswith("N° Expediente;Fecha del hecho;Delito (tipo penal)")
    assert factra.count(b"\r\n") >= len(_rows(_truth(paths), "factra_cr_by"))

    btp = paths["btp_uk_by"].read_bytes()
    assert btp.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    assert btp.decode("utf-8-sig").split("\n")[0].startswith("Crime Ref,Offence Date,")

    sem = paths["sem_ch_by"].read_bytes()
    assert sem.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    head = sem.decode("utf-16").split("\n")[0]
    assert head.split("\t")[:2] == ["N° dossier / Dossier-Nr.", "Date des faits / Tatdatum"]

    lines = paths["sre_pc_mx_by"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["folio", "fecha_evento", "tipo_delito"]
    assert all(isinstance(json.loads(line), dict) for line in lines)

    book = load_workbook(paths["uco_gc_es_by"], read_only=True)
    header = next(book.active.iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("Nº Atestado", "Fecha hechos", "Tipificación (CP)")


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes
# --------------------------------------------------------------------------------------
def _dms_read(text: str) -> float:
    m = re.fullmatch(r"(\d+)[°º](\d\d)'(\d\d(?:\.\d)?)\" ?([NSEWO])", text.strip())
    assert m is not None, text
    value = int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600
    return -value if m[4] in "SWO" else value


def test_factra_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["factra_cr_by"].read_bytes().decode("cp1252")
    frame = pd.read_csv(
        paths["factra_cr_by"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    assert "art. 249 Ley 8764" in text
    assert "Art. 172 C.P." in text
    assert "PME" in set(frame["Grupo etario (adulto/PME)"])
    coords = frame["Coordenadas (lat, long)"]
    assert coords.str.contains(r"\d+°\d\d'\d\d\" O$", regex=True).any()  # O for oeste
    assert re.search(r"\b\d{1,2}-(ene|feb|mar|abr|may|jun|jul|ago|set|oct|nov|dic)-\d\d\b", text)
    assert re.search(r"\b(I|II|III|IV) trimestre 20\d\d|Trim\. (I|II|III|IV)-20\d\d", text)
    assert "Ã" in text  # mojibake planted in the cp1252 file
    rows = _rows(truth, "factra_cr_by")
    garbled = rows.loc[tags_of(truth)[rows.index].str.contains("mojibake")]
    assert len(garbled) > 0
    # the truth reads the DMS coordinates as written
    dms = frame["Coordenadas (lat, long)"].str.contains("°")
    cells = frame.loc[dms, "Coordenadas (lat, long)"]
    want = rows.set_index(rows["source_row"].astype(int))
    checked = 0
    for row, cell in cells.items():
        exp = want.loc[int(row) + 2]
        if pd.isna(exp["lat"]):  # a bad row expects nothing
            continue
        lat_text, lon_text = cell.split(", ")
        assert abs(_dms_read(lat_text) - float(exp["lat"])) < 1e-6
        assert abs(_dms_read(lon_text) - float(exp["lon"])) < 1e-6
        checked += 1
    assert checked > 20


def test_sre_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    recs = [json.loads(line) for line in paths["sre_pc_mx_by"].read_text("utf-8").splitlines()]
    frame = pd.DataFrame(recs)
    transit = frame["paises_transito"].dropna()
    assert transit.map(lambda v: isinstance(v, list)).any()  # JSON arrays
    assert transit.map(lambda v: isinstance(v, str)).any()
    assert "SE IGNORA" in set(frame["num_personas"].astype(str))
    assert "NINGUNO" in set(frame["num_probables_responsables"].astype(str))
    assert frame["nacionalidad"].isin(["MEXICANA", "HONDUREÑA", "GUATEMALTECA"]).any()
    assert frame["tipo_delito"].str.contains("ART. 159 LM", regex=False).any()
    assert ((frame["latitud"] == 0) & (frame["longitud"] == 0)).any()  # "no location"
    lat = pd.to_numeric(frame["latitud"], errors="coerce")
    assert (lat < -90).any()  # a few swapped coordinates
    rows = _rows(truth, "sre_pc_mx_by").reset_index(drop=True)
    tags = tags_of(truth)[_rows(truth, "sre_pc_mx_by").index].reset_index(drop=True)
    sw = tags.str.contains("coords_swapped") & rows["lat"].notna()
    assert sw.any()
    line_of = {i + 1: rec for i, rec in enumerate(recs)}
    for _, row in rows.loc[sw].iterrows():
        rec = line_of[int(row["source_row"])]
        assert float(rec["latitud"]) == pytest.approx(float(row["lon"]))
        assert float(rec["longitud"]) == pytest.approx(float(row["lat"]))
    assert frame["fecha_evento"].astype(str).str.fullmatch(r"\d\d/[A-Z]{3}/20\d\d").any()


def test_btp_quirks(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["btp_uk_by"], encoding="utf-8-sig", dtype=str, keep_default_na=False)
    offence = frame["Offence (legislation)"]
    assert offence.str.contains("s.25", regex=False).any()
    assert offence.str.contains("MSA 2015|HTE\\(S\\)A", regex=True).any()
    dates = frame["Offence Date"]
    assert dates.str.fullmatch(r"\d\d-[A-Z]{3}-\d\d").any()  # Oracle style
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").any()
    assert frame["Location (Lat/Long)"].str.contains(r"\d\"[NS] ", regex=True).any()
    assert frame["No. Suspects"].isin(["Nil", "None"]).any()


def test_sem_quirks(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(
        paths["sem_ch_by"], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False
    )
    dates = frame["Date des faits / Tatdatum"]
    assert dates.str.fullmatch(r"\d\d\.\d\d\.20\d\d").mean() > 0.4  # Swiss dotted dates
    assert dates.str.contains("1er ", regex=False).any() or dates.str.contains(r"^T\d ").any()
    persons = frame["Nb de personnes / Anzahl Personen"]
    assert persons.str.contains(r"^\d['’\u202f]\d{3}$", regex=True).any()  # 1'250
    assert frame["Nb de prévenus / Anzahl Beschuldigte"].isin(["néant", "aucun"]).any()
    assert frame["Infraction (base légale) / Delikt"].str.contains("116", regex=False).any()
    coords = frame["Coordonnées WGS84 / Koordinaten"]
    assert coords.str.fullmatch(r"\d+,\d{4} [NS] / \d+,\d{4} [EO]").any()  # decimal commas


def test_uco_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["uco_gc_es_by"], read_only=True)
    width = len(BLIND75_SOURCES[-1].headers)
    rows = [
        tuple(r) + (None,) * (width - len(r))  # read-only mode drops empty trailing cells
        for r in book.active.iter_rows(min_row=2, values_only=True)
    ]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= s <= 45291 for s in serials)  # 2021-2023 as serials
    lat_text = [r[14] for r in rows if isinstance(r[14], str)]
    dm = [t for t in lat_text if re.fullmatch(r"\d\dº \d\d,\d{3}' [NS]", t)]
    assert dm  # degrees and decimal minutes with a decimal comma
    crimes = {r[2] for r in rows if r[2]}
    assert any("318 bis" in str(c) for c in crimes)
    assert any("177 bis" in str(c) for c in crimes)
    assert any(r[7] == "MENA" for r in rows) or any(r[6] == "V" for r in rows)
    # the truth reads the decimal minutes as written
    want = _rows(truth, "uco_gc_es_by").set_index(
        _rows(truth, "uco_gc_es_by")["source_row"].astype(int)
    )
    checked = 0
    for i, r in enumerate(rows, start=2):
        if isinstance(r[14], str) and re.fullmatch(r"\d\dº \d\d,\d{3}' [NS]", r[14]):
            exp = want.loc[i]
            if isinstance(exp, pd.DataFrame) or pd.isna(exp["lat"]):
                continue
            deg, minutes = r[14][:2], r[14][4:10].replace(",", ".")
            assert abs(int(deg) + float(minutes) / 60 - float(exp["lat"])) < 1e-6
            checked += 1
    assert checked > 10
