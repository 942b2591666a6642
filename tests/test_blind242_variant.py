"""The examiner sample set ``blind242`` (files ``*_ij.*``): five civil-protection logs.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
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

from trendlib.samples import make_truth
from trendlib.samples._blind242 import SOURCES, make_blind242

VARIANT = "blind242"
SEED = 242
N_EVENTS = 1500
SMALL_SEED = 2421
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
ENCODING = {s.source: s.encoding for s in SOURCES}
DELIMITER = {s.source: s.delimiter for s in SOURCES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as text, with the row number a person reads (header = 1)."""
    path = paths[source]
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path, read_only=True).active
        assert sheet is not None
        values = [list(v) for v in sheet.iter_rows(values_only=True)]
        width = len(values[0])
        body = [v + [None] * (width - len(v)) for v in values[1:]]
        frame = pd.DataFrame(body, columns=values[0], dtype=object)
        frame["source_row"] = range(2, 2 + len(frame))
    elif path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame["source_row"] = range(1, 1 + len(frame))
    else:
        text = path.read_bytes().decode(ENCODING[source])
        reader = csv.reader(io.StringIO(text), delimiter=DELIMITER[source] or ",")
        values = list(reader)
        frame = pd.DataFrame(values[1:], columns=values[0], dtype=object)
        frame["source_row"] = range(2, 2 + len(frame))
    return frame


def _with_truth(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = _rows(paths, source)
    mine = truth.loc[truth["source_file"] == paths[source].name].copy()
    mine["source_row"] = mine["source_row"].astype(int)
    mine["tags"] = tags_of(truth).loc[mine.index]
    return rows.merge(
        mine, on="source_row", how="left", validate="one_to_one", suffixes=("", "_truth")
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ij", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SMALL_SEED, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_source_reports_events_at_small_sizes(seed: int, n_events: int) -> None:
    subs = make_blind242(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        records = sub.expected.loc[sub.expected["expected_status"] == "record"]
        assert len(records) > 0, sub.source
        assert len(sub.frame) == len(sub.expected), sub.source


def test_every_source_has_its_own_rows(truth: pd.DataFrame) -> None:
    for source in NAMES:
        mine = truth.loc[truth["source"] == source]
        assert (mine["expected_status"] == "record").sum() >= 50, source
        assert mine["messiness"].eq("garbage_row").any(), source  # the total row at least


# --------------------------------------------------------------------------------------
# Spain: DGPCE / CENEM incident register (XLSX, Spanish)
# --------------------------------------------------------------------------------------
def test_dgpce_register_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _with_truth(paths, truth, "dgpce_cenem_ij")
    assert list(rows.columns[:5]) == [
        "Nº incidencia",
        "Fecha/hora aviso",
        "Lugar",
        "País",
        "Estado de la mar",
    ]
    dates = rows["Fecha/hora aviso"].dropna()
    stamps = [d for d in dates if isinstance(d, dt.datetime)]
    assert len(stamps) > 0.6 * len(dates)  # real Excel date-times: the time of the alert
    assert any(d.hour or d.minute for d in stamps)
    serials = [d for d in dates if isinstance(d, int | float)]
    assert serials  # dates pasted as serial numbers
    assert all(36000 < d < 47000 for d in serials)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    crime = rows["Tipología (FCSE)"].dropna().astype(str)
    assert crime.str.contains("318 bis").any()
    assert crime.str.contains("177 bis").any()
    sea = set(rows["Estado de la mar"].dropna())
    assert {"marejadilla", "marejada"} <= sea
    position = rows["Posición"].dropna().astype(str)
    assert position.str.fullmatch(r"\d\d°\d\d,\d'[NS] \d{3}°\d\d,\d'[EW]").any()
    country_cells = pd.concat([rows["Nacionalidad declarada"], rows["País de origen"]])
    assert country_cells.dropna().astype(str).str.contains("Ã").any()  # mojibake
    assert rows["Medio"].isin(["Cayuco", "Patera"]).any()
    # a region word is not a nationality: the truth expects none
    region = rows["Nacionalidad declarada"].isin(["subsahariana", "magrebí"])
    assert region.any()
    assert rows.loc[region, "nationality"].isna().all()
    # "no procede" is written on smuggling rows, which have no exploitation
    no = rows["Finalidad de explotación"] == "no procede"
    assert no.any()
    assert rows.loc[no, "exploitation"].isna().all()
    assert (rows.loc[no & rows["crime_type"].notna(), "crime_type"] == "smuggling").all()
    # the big Canary landings may be written with the Spanish thousands dot
    counts = rows["Nº personas"].dropna()
    assert any(isinstance(c, int) for c in counts)


# --------------------------------------------------------------------------------------
# Greece: North Aegean Region civil protection (CSV UTF-8 with BOM, English)
# --------------------------------------------------------------------------------------
def test_rna_log_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["rna_civprot_ij"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("Incident No,Date,Island / Area")
    rows = _with_truth(paths, truth, "rna_civprot_ij")
    dates = rows["Date"].astype(str)
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert (
        dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}").sum()
        > dates.str.fullmatch(r"\d\d/\d\d/\d{4}").sum()
    )  # some days or months without their leading zero
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert rows["Nationality"].isin(["Afghan", "Syrian", "Iraqi"]).any()
    assert rows["Route (via)"].str.contains(" > ").any()
    assert rows["Incident type"].eq("Migrants smuggling").any()
    assert rows["Wind / Sea state"].str.contains("Bft").any()
    assert rows["Position"].str.contains('"N ').any()  # DMS seconds
    assert rows["Country"].isin(["Greece", "GR", "GREECE", "Hellas"]).any()
    na = rows["Exploitation"] == "N/A"
    assert na.any()
    assert rows.loc[na, "exploitation"].isna().all()
    demonym = rows["Nationality"] == "Afghan"
    assert (rows.loc[demonym & rows["nationality"].notna(), "nationality"] == "AFG").all()
    # the part sent twice: exact repeats at the end of the file
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    others = rows.loc[rows["expected_reason"] != "exact_repeat", "source_row"]
    assert repeats["source_row"].min() > others.max()


# --------------------------------------------------------------------------------------
# France: COGIC main courante (CSV cp1252, French)
# --------------------------------------------------------------------------------------
def test_cogic_main_courante_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cogic_dgscgc_ij"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° main courante;Date/heure;")
    rows = _with_truth(paths, truth, "cogic_dgscgc_ij")
    dates = rows["Date/heure"].astype(str)
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert rows["Destination"].eq("Angleterre").any()
    england = rows["Destination"] == "Angleterre"
    assert (
        (rows.loc[england & rows["destination_country"].notna(), "destination_country"])
        .eq("GBR")
        .all()
    )
    assert rows["Nb personnes"].str.endswith(" pers.").any()
    assert rows["Nb interpellés"].isin(["aucun", "néant"]).any()
    zero = rows["Nb interpellés"].isin(["aucun", "néant"]) & rows["expected_status"].ne(
        "quarantine"
    )
    assert (rows.loc[zero, "n_suspects"] == "0").all()
    assert rows["Position (WGS84)"].str.fullmatch(r"\d\d°\d\d,\d'N 00\d°\d\d,\d'[EW]").any()
    assert rows["Position (WGS84)"].str.fullmatch(r"\d\d,\d+ / -?\d,\d+").any()
    # the boats followed into British waters, first reported as landed in Dover
    british = rows["Pays"].isin(["Royaume-Uni", "GB"])
    assert british.any()
    assert (rows.loc[british, "expected_reason"] == "cross_source").all()


# --------------------------------------------------------------------------------------
# Panama: fire brigade, Darién regional zone (CSV UTF-16, tab, Spanish)
# --------------------------------------------------------------------------------------
def test_bcbrp_unicode_text_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["bcbrp_darien_ij"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # Excel "Unicode text": UTF-16 with BOM
    header = raw.decode("utf-16").splitlines()[0]
    assert header.split("\t")[:3] == ["No. Reporte", "Fecha", "Lugar"]
    rows = _with_truth(paths, truth, "bcbrp_darien_ij")
    dates = rows["Fecha"].astype(str)
    months = "ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic"
    assert dates.str.fullmatch(rf"\d\d-({months})-\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert rows["Destino"].isin(["EE.UU.", "EEUU"]).any()
    usa = rows["Destino"].isin(["EE.UU.", "EEUU"]) & rows["destination_country"].notna()
    assert (rows.loc[usa, "destination_country"] == "USA").all()
    assert rows["Nacionalidad"].isin(["venezolana", "haitiana", "ecuatoriana"]).any()
    assert rows["Grupo etario"].str.contains("NNA").any()
    assert rows["Condición climática"].str.contains("Crecida").any()
    big = rows["Cant. migrantes"].str.fullmatch(r"\d{1,2},\d{3}")
    assert (rows.loc[big & rows["n_persons"].notna(), "n_persons"].astype(int) >= 1000).all()
    placeholder = rows["Cant. migrantes"].isin(["por confirmar", "s/d"])
    assert placeholder.any()
    kept = placeholder & rows["expected_status"].ne("quarantine")
    assert rows.loc[kept, "n_persons"].isna().all()


# --------------------------------------------------------------------------------------
# ACAPS crisis dataset (JSON lines, English, ISO alpha-3)
# --------------------------------------------------------------------------------------
def test_acaps_api_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["acaps_crisis_ij"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert {"acaps_id", "date", "country", "people", "lat", "lon"} <= set(records[0])
    rows = _with_truth(paths, truth, "acaps_crisis_ij")
    dates = rows["date"].dropna().astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.8
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    month = rows["date"].astype(str).str.fullmatch(r"\d{4}-\d\d")
    assert (
        (rows.loc[month & rows["expected_status"].ne("quarantine"), "date_precision"])
        .eq("month")
        .all()
    )
    countries = rows["country"].dropna().astype(str)
    assert countries.str.fullmatch(r"[A-Z]{3}").mean() > 0.7
    assert rows["transit"].dropna().astype(str).str.contains(";").any()
    numbers = [r["lat"] for r in records if isinstance(r.get("lat"), float)]
    assert len(numbers) > 0.5 * len(records)
    counts = rows["people"].dropna()
    assert counts.map(lambda c: isinstance(c, str)).any()  # "unknown", "dozens"
    # the pages fetched twice
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3
    # it reports what no primary source does
    first = rows.loc[rows["expected_status"] == "record"]
    assert {"ITA", "HRV", "POL", "GBR", "USA"} <= set(first["detection_country"].dropna())


def test_bad_rows_are_written_the_agencies_way(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    words = {s.source: set(s.bad_count) for s in SOURCES}
    for source, column, date_col in (
        ("rna_civprot_ij", "Persons", "Date"),
        ("cogic_dgscgc_ij", "Nb personnes", "Date/heure"),
        ("bcbrp_darien_ij", "Cant. migrantes", "Fecha"),
        ("dgpce_cenem_ij", "Nº personas", "Fecha/hora aviso"),
        ("acaps_crisis_ij", "people", "date"),
    ):
        rows = _with_truth(paths, truth, source)
        bad = rows.loc[rows["expected_reason"] == "bad_count", column]
        assert bad.isin(words[source]).all(), source
        future = rows.loc[rows["expected_reason"] == "future_date", date_col]
        assert future.map(lambda d: "22" in str(d)[:12]).all(), source
