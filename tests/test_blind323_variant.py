"""The examiner's ``blind323`` set (files ``*_lm.*``): five faith-based helplines and networks.

These tests check what the set promises (files, truth, each agency's quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
from trendlib.samples._blind323 import SOURCES, make_blind323

VARIANT = "blind323"
SEED = 323
N_EVENTS = 1500
SMALL_SEED = 3231
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
FR, ES, UK, MX, EU = NAMES
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if any(r)]


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lm", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_lm", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind323(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_routing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(where, index=first["source"].to_numpy())
    assert set(by_source[FR]) == {"FRA"}
    assert set(by_source[ES]) == {"ESP"}
    assert set(by_source[UK]) == {"GBR"}
    assert set(by_source[MX]) == {"USA", "PAN"}
    assert set(by_source[EU]) == {"ITA", "GRC", "HRV", "POL"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) <= {FR, ES, UK, EU}


def test_tags_cover_the_habits(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for tag in (
        "mojibake",
        "country_demonym",
        "country_alias",
        "country_typo",
        "country_iso2",
        "country_iso3",
        "date_month",
        "date_quarter",
        "date_serial",
        "date_time",
        "decimal_comma",
        "coords_pair",
        "coords_missing",
        "thousands",
        "count_word",
        "zero_word",
        "suspects_placeholder",
        "na_word",
        "blank_gender",
        "blank_nationality",
    ):
        assert tags.str.contains(tag).any(), tag
    # partial dates only where the report is not one of a duplicated pair
    partial = truth["date_precision"].isin(["month", "quarter"])
    assert not truth.loc[partial, "expected_reason"].eq("cross_source").any()


# --------------------------------------------------------------------------------------
# Fondation de l'Armée du Salut: French, cp1252, ';', day-first, decimal comma
# --------------------------------------------------------------------------------------
def test_armee_du_salut_bytes(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _rows(paths[FR], "cp1252", ";")
    assert rows[0][:3] == ["N° fiche", "Date du signalement", "Canal"]
    assert "Nationalité" in rows[0]
    assert "Pays de repérage" in rows[0]
    dates = [d for d in _column(rows, "Date du signalement") if d]
    day = re.compile(r"^\d\d/\d\d/\d{4}( \d\d:\d\d)?$")
    month = re.compile(r"^[a-zéû]+ \d{4}$")
    assert all(day.match(d) or month.match(d) for d in dates)
    # day first: some days above 12, no month above 12 (the impossible days are quarantined)
    assert any(int(d[:2]) > 12 for d in dates if day.match(d))
    assert all(int(d[3:5]) <= 12 for d in dates if day.match(d))
    lats = [x for x in _column(rows, "Latitude") if x]
    assert lats
    assert all(re.match(r"^\d+,\d{5}$", x) for x in lats)
    text = raw.decode("cp1252")
    assert "Ã©" in text  # rows pasted from a UTF-8 web form
    assert re.search(r";(afghane?|iranienne?|irakienne?|albanaise?|érythréenne?);", text)
    assert "Angleterre" in text or "Grande-Bretagne" in text
    assert "NB : extraction provisoire" in text
    assert rows[-1][0] == "TOTAL"


# --------------------------------------------------------------------------------------
# Hermanas Oblatas: Spanish Excel sheet with mixed date cells
# --------------------------------------------------------------------------------------
def test_oblatas_sheet(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[ES], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº caso", "Fecha", "Vía de contacto"]
    assert "Tipo (trata/tráfico)" in header
    assert "País donde se detecta" in header
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d) for d in dates}
    assert {datetime, int, str} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 .. 2023-12-31
    texts = [d for d in dates if isinstance(d, str) and d[0].isdigit()]
    assert texts
    assert all(re.match(r"^\d\d/\d\d/\d{4}$", d) for d in texts)
    words = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"Cayuco", "MENA"} <= words or {"Patera", "Menor"} <= words
    assert any(w in words for w in ("marroquí", "senegalesa", "rumana", "maliense"))
    assert any(isinstance(r[5], int) and r[5] >= 1000 for r in rows[1:])
    assert rows[-1][0] == "Total general"


# --------------------------------------------------------------------------------------
# Medaille Trust: English, UTF-8 with BOM, ',', UK dates
# --------------------------------------------------------------------------------------
def test_medaille_trust_bytes(paths: dict[str, Path]) -> None:
    raw = paths[UK].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(paths[UK], "utf-8-sig", ",")
    assert rows[0][:2] == ["Case ID", "Date identified"]
    assert "Country where identified" in rows[0]
    assert "No. of people" in rows[0]
    dates = [d for d in _column(rows, "Date identified") if d]
    dmy = re.compile(r"^\d\d/\d\d/\d{4}$")
    long = re.compile(r"^\d{1,2} [A-Z][a-z]{2} \d{4}$")
    assert any(dmy.match(d) for d in dates)
    assert any(long.match(d) for d in dates)
    assert all(int(d[3:5]) <= 12 for d in dates if dmy.match(d))
    text = raw.decode("utf-8-sig")
    assert re.search(r",(OIC|Organised immigration crime),", text)
    assert re.search(r",(Afghan|Iranian|Iraqi|Albanian|Eritrean|Syrian|Vietnamese),", text)
    assert " > " in text


# --------------------------------------------------------------------------------------
# Red Kawsay México: JSON lines of a web form, Mexican Spanish
# --------------------------------------------------------------------------------------
def test_red_kawsay_lines(paths: dict[str, Path]) -> None:
    lines = _jsonl(paths[MX])
    assert {"folio", "fecha_caso", "tipo_caso", "ubicacion", "pais_deteccion"} <= set(lines[0])
    places = [str(x["ubicacion"]) for x in lines if x.get("ubicacion")]
    assert places
    assert all(re.match(r"^-?\d+\.\d{5}, -?\d+\.\d{5}$", p) for p in places)
    values = {str(v) for x in lines for v in x.values() if v is not None}
    assert "tráfico de personas" in values
    assert {"EUA", "EE.UU."} & values
    assert "NNA" in values or "adultos y NNA" in values
    dates = [str(x["fecha_caso"]) for x in lines if x.get("fecha_caso")]
    assert any("T" in d for d in dates)
    assert any(re.match(r"^\d{4}-\d\d$", d) for d in dates)
    assert any(isinstance(x.get("num_personas"), int) for x in lines)


# --------------------------------------------------------------------------------------
# RENATE: English compilation, UTF-16 with BOM, tab-separated, ISO codes and quarters
# --------------------------------------------------------------------------------------
def test_renate_bytes(paths: dict[str, Path]) -> None:
    raw = paths[EU].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    rows = _rows(paths[EU], "utf-16", "\t")
    assert rows[0][:3] == ["Case no.", "Member code", "Date of identification"]
    dates = [d for d in _column(rows, "Date of identification") if d]
    assert any(re.match(r"^Q[1-4] \d{4}$", d) for d in dates)
    assert any(re.match(r"^\d{4}-\d\d-\d\d$", d) for d in dates)
    where = _column(rows, "Country of identification")
    assert {"IT", "GR", "HR", "PL"} & set(where)
    assert {"Hrvatska", "Polska", "Italia", "Hellas"} & set(where)
    lats = [x for x in _column(rows, "Lat") if x]
    assert all(re.match(r"^-?\d+\.\d{4}$", x) for x in lats)
    # a member's code names the country of identification it reports from
    members = _column(rows, "Member code")
    pairs = {(m[:2], w) for m, w in zip(members, where, strict=True) if m and w}
    assert ("HR", "Hrvatska") in pairs or ("HR", "HR") in pairs


def test_headers_are_the_agencies_words(paths: dict[str, Path]) -> None:
    canonical = {"event_date", "crime_type", "n_persons", "nationality", "detection_country"}
    heads = [
        _rows(paths[FR], "cp1252", ";")[0],
        [str(h) for h in next(load_workbook(paths[ES]).active.iter_rows(values_only=True))],
        _rows(paths[UK], "utf-8-sig", ",")[0],
        list(_jsonl(paths[MX])[0]),
        _rows(paths[EU], "utf-16", "\t")[0],
    ]
    for head in heads:
        assert not canonical & set(head), head
