"""The examiner's held-out set ``blind333`` (files ``*_lw.*``): what its files promise.

Five workers' and monitoring desks (Unite, CGT, SUNTRACS, SINDJA, Euro-Med Monitor). These
tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples import make_truth
from trendlib.samples._blind333 import SOURCES, make_blind333

VARIANT = "blind333"
SEED = 333
N_EVENTS = 1500
SMALL_SEED = 3331
SMALL_EVENTS = 400

UNITE, CGT, SUNTRACS, SINDJA, EUROMED = (s.source for s in SOURCES)
NAMES = [s.source for s in SOURCES]
#: Fields every source writes as the event has them (no blanks planted in them).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # coordinates are written with four or five decimals


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by ``source_row``."""
    out = truth.loc[truth["source"] == source].copy()
    out.index = out["source_row"].astype(int)
    return out


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by row number as a person counts (header = 1)."""
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )
    frame.index = range(2, len(frame) + 2)
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lw", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_lw", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("seed", [0, 1, 2, 7])
def test_every_source_has_records_at_300_events(seed: int) -> None:
    subs = make_blind333(make_truth(seed=seed, n_events=300), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.filename


def test_each_source_writes_its_own_bad_rows(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["source"]) == set(NAMES)
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {UNITE, SUNTRACS}


# --------------------------------------------------------------------------------------
# Unite the Union's migrant-workers desk: UTF-8 with BOM, ",", English
# --------------------------------------------------------------------------------------
def test_unite_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UNITE].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.startswith("Case ref,Date of incident,Case type,No. of people,")
    assert "Exploitation" not in header  # the case type names the form of exploitation
    assert "Latitude" not in header
    assert "Town" in header
    frame = _csv(paths[UNITE], "utf-8-sig", ",")
    rows = _rows_of(truth, UNITE)
    dates = frame["Date of incident"].dropna()
    day_first = dates.str.fullmatch(r"\d\d/\d\d/\d{4}")
    long = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}")
    assert day_first.mean() > 0.6
    assert long.any()
    assert month.any()
    # day-first throughout: no valid date reads as month-first only
    days = dates[day_first].str.slice(0, 2).astype(int)
    assert (days > 12).any()
    assert (frame["Route"].dropna().str.contains(" > ")).any()
    assert {"England", "Scotland", "UK"} <= set(frame["Country identified in"].dropna())
    assert {"Vietnamese", "Afghan"} <= set(frame["Nationality"].dropna())
    # a Kurdish worker's nationality cannot be told: the truth leaves it blank
    kurdish = frame.index[frame["Nationality"] == "Kurdish"]
    assert len(kurdish) > 0
    assert rows.loc[kurdish, "nationality"].isna().all()
    # "Modern slavery - labour exploitation" is trafficking for forced labour
    case = frame["Case type"].reindex(rows.index)
    kept = rows["expected_status"] != "quarantine"
    slavery = case.str.contains("Modern slavery|MS -", na=False) & ~case.str.contains(
        "Smuggl", na=False
    )
    assert (rows.loc[slavery & kept, "crime_type"] == "trafficking").all()
    assert rows.loc[slavery & kept, "exploitation"].notna().all()
    smuggling = case.isin(["People smuggling", "Facilitated entry", "Smuggling"])
    assert (rows.loc[smuggling & kept, "crime_type"] == "smuggling").all()
    labour = case.str.contains("labour", na=False) & kept
    assert (rows.loc[labour, "exploitation"] == "forced_labour").all()
    # "N/A" for the journey of a labour case: transport unknown
    na = frame.index[frame["Travel"] == "N/A"]
    assert len(na) > 0
    assert (rows.loc[na, "transport_mode"] == "unknown").all()
    # no coordinates in a union's case log
    assert rows.loc[kept, ["lat", "lon"]].isna().all().all()
    assert frame["Case ref"].iloc[0].startswith("UMW/")


# --------------------------------------------------------------------------------------
# CGT travailleurs migrants: cp1252, ";", CRLF, French
# --------------------------------------------------------------------------------------
def test_cgt_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CGT].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° fiche;Date des faits;Qualification;Forme d'exploitation;")
    assert "Pays de constatation" in header
    assert "Âge" in header
    frame = _csv(paths[CGT], "cp1252", ";")
    rows = _rows_of(truth, CGT)
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert "sans objet" in set(frame["Forme d'exploitation"].dropna())
    assert "aucun" in set(frame["Nb passeurs / employeurs"].dropna())
    assert "Angleterre" in set(frame["Pays de destination"].dropna())
    angleterre = frame.index[frame["Pays de destination"] == "Angleterre"]
    assert (rows.loc[angleterre, "destination_country"] == "GBR").all()
    assert frame["Nationalité"].dropna().isin(["afghane", "irakienne", "iranienne"]).any()
    kurde = frame.index[frame["Nationalité"] == "kurde"]
    assert rows.loc[kurde, "nationality"].isna().all()
    mna = frame.index[frame["Âge"] == "MNA"]
    kept = rows["expected_status"] != "quarantine"
    assert (rows.loc[mna, "age_group"].where(kept.loc[mna]).dropna() == "child").all()
    placeholder = frame.index[frame["Nb personnes"].isin(["n.c.", "NC"])]
    assert rows.loc[placeholder, "n_persons"].isna().all()


# --------------------------------------------------------------------------------------
# SUNTRACS: Excel, Spanish, date cells + text + serials, mojibake batches, pins
# --------------------------------------------------------------------------------------
def test_suntracs_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[SUNTRACS], read_only=True)
    sheet = book.worksheets[0]
    width = len(SOURCES[2].headers)
    cells = [tuple(r) + (None,) * (width - len(r)) for r in sheet.iter_rows(values_only=True)]
    header, body = cells[0], cells[1:]
    assert header[:3] == ("No. de caso", "Fecha", "Tipo de caso")
    assert "Coordenadas" in header
    assert "Cant. de coyotes / tratantes" in header
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}", d) for d in dates)
    counts = [r[4] for r in body]
    assert sum(isinstance(c, int) for c in counts) > 0.8 * len(counts)
    text = [str(v) for r in body for v in r if isinstance(v, str)]
    assert any("PanamÃ¡" in t for t in text)  # a batch pasted from a misread UTF-8 file
    assert any("NNA" in t for t in text)
    assert any("venezolanos" == t for t in text)
    coords = [r[header.index("Coordenadas")] for r in body]
    assert any(isinstance(c, str) and re.fullmatch(r"\d+\.\d{4}, -\d+\.\d{4}", c) for c in coords)
    assert any(isinstance(c, str) and c.startswith("https://maps.google.com/?q=") for c in coords)
    # every garbled row reads back as Spanish, and the truth reads it so
    rows = _rows_of(truth, SUNTRACS)
    garbled = rows.index[tags_of(rows).str.contains("mojibake")]
    assert len(garbled) > 0
    for n in garbled:
        row = body[n - 2]
        for value in row:
            if isinstance(value, str) and "Ã" in value:
                fixed = value.encode("cp1252").decode("utf-8")
                assert "Ã" not in fixed
    kept = rows["expected_status"] != "quarantine"
    assert (rows.loc[kept & rows["detection_country"].notna(), "detection_country"] != "").all()


# --------------------------------------------------------------------------------------
# SINDJA: Google Forms responses, UTF-8 without BOM, ","
# --------------------------------------------------------------------------------------
def test_sindja_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SINDJA].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    raw.decode("utf-8")
    frame = _csv(paths[SINDJA], "utf-8", ",")
    assert frame.columns[0] == "Marca temporal"
    assert frame.columns[-1] == "Folio"
    assert "¿Cuántas personas venían en el grupo?" in frame.columns
    stamps = frame["Marca temporal"].dropna()
    pattern = r"\d{4}/\d\d/\d\d \d{1,2}:\d\d:\d\d [ap]\. m\. GMT-7"
    assert stamps.str.fullmatch(pattern).all()
    dates = frame["Fecha del cruce"].dropna()
    assert dates.str.fullmatch(r"\d{4}/\d\d/\d\d").mean() > 0.85
    assert dates.str.fullmatch(r"[a-z]+ \d{4}").any()
    rows = _rows_of(truth, SINDJA)
    kept = rows["expected_status"] != "quarantine"
    # the form's timestamp is when the form was sent, days after the crossing
    day = pd.to_datetime(rows.loc[kept, "event_date"])
    sent = pd.to_datetime(frame.loc[day.index, "Marca temporal"].str.slice(0, 10))
    assert (sent > day).all()
    persons = frame["¿Cuántas personas venían en el grupo?"].dropna()
    assert persons.str.fullmatch(r"\d+ personas?").any()
    assert persons.isin(["dos", "tres", "cuatro", "cinco", "seis", "siete"]).any()
    assert {"EUA", "EE.UU."} & set(frame["¿En qué país los detuvieron o rescataron?"].dropna())
    assert frame["¿Por qué países pasaron?"].dropna().str.contains(" y ").any()
    unit = frame.index[
        frame["¿Cuántas personas venían en el grupo?"].str.contains("persona", na=False)
    ]
    expected = frame.loc[unit, "¿Cuántas personas venían en el grupo?"].str.extract(r"(\d+)")[0]
    keep = kept.loc[unit]
    assert (rows.loc[unit, "n_persons"][keep] == expected[keep]).all()
    central = frame.index[frame["Nacionalidad"] == "centroamericana"]
    assert rows.loc[central, "nationality"].isna().all()


# --------------------------------------------------------------------------------------
# Euro-Med Monitor: JSON lines, ISO codes, M49 numeric country codes
# --------------------------------------------------------------------------------------
def test_euromed_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[EUROMED].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0]) == list(SOURCES[-1].headers.values())
    body = [r for r in records if r["incident_id"] != "TOTAL"]
    m49 = {r["country_m49"] for r in body if r["country_m49"] is not None}
    assert {"380", "300", "724", "191"} <= m49  # Italy, Greece, Spain, Croatia
    assert all(re.fullmatch(r"\d{3}", c) for c in m49)
    assert all(re.fullmatch(r"[A-Z]{2}", r["origin_cc"]) for r in body)
    dates = [r["date"] for r in body if r["date"] is not None]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(d.endswith("T00:00:00") for d in dates)
    assert any(isinstance(r["lat"], float) for r in body)
    assert any(r["transit"] and ";" in r["transit"] for r in body)
    rows = _rows_of(truth, EUROMED)
    quarter = rows.loc[rows["date_precision"] == "quarter", "event_date"]
    assert len(quarter) > 0
    assert pd.to_datetime(quarter).dt.month.isin([1, 4, 7, 10]).all()
    unk = [i + 1 for i, r in enumerate(records) if r.get("nationality") == "UNK"]
    assert len(unk) > 0
    assert rows.loc[unk, "nationality"].isna().all()
