"""The examiner set ``blind430`` (files ``*_pp.*``): cocoa and confectionery desks.

These tests check what the set promises (files, bytes, truth); none of them cleans or
scores: the lead scores the cleaner on this set once.
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

VARIANT = "blind430"
SEED = 430
N_EVENTS = 1500
SMALL_SEED = 4301
SMALL_EVENTS = 400

UK = "fdf_confectionery_msl"
FR = "syndicat_chocolat_vigilance"
ES = "produlce_cumplimiento"
MX = "chocolateras_oax_tab_ctpat"
PA = "cocabo_ddhh"
SOURCES = (UK, FR, ES, MX, PA)
#: Fields every kept row gives exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.002  # degrees: decimal minutes to a tenth are within 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def _records(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[(truth["source"] == source) & truth["event_id"].notna()]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pp", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_has_every_source(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_pp", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(kept) == set(SOURCES)


# --------------------------------------------------------------------------------------
# What the truth promises beyond the shared checks
# --------------------------------------------------------------------------------------
def test_exploitation_only_for_trafficking(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    assert ok.loc[~smuggling, "exploitation"].notna().all()
    unknown = ok["exploitation"] == "unknown"
    tags = tags_of(truth).loc[ok.index]
    assert unknown.any()
    assert (unknown == tags.str.contains("unknown:exploitation")).all()


def test_sector_words_expect_the_design_words(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    child = ok & tags.str.contains("child_labour_word")
    assert child.any()
    assert (truth.loc[child, "exploitation"] == "forced_labour").all()
    assert (truth.loc[child, "age_group"] == "child").all()
    cannabis = ok & tags.str.contains("cannabis_word")
    assert cannabis.any()
    assert (truth.loc[cannabis, "exploitation"] == "forced_criminality").all()
    nation = ok & tags.str.contains("subnational:detection_country")
    assert nation.any()
    assert (truth.loc[nation, "detection_country"] == "GBR").all()


def test_positions_read_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    for tag in ("degrees_minutes", "coords_swapped", "geopoint", "decimal_comma"):
        rows = truth.loc[ok & tags.str.contains(tag)]
        assert len(rows) > 0, tag
        true = events.loc[rows["event_id"]]
        for col in ("lat", "lon"):
            diff = rows[col].astype(float).to_numpy() - true[col].astype(float).to_numpy()
            assert (abs(diff) < TOLERANCE).all(), (tag, col)


def test_every_desk_has_bad_and_garbage_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["source"]) == set(SOURCES)  # every desk ends with its total row
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == {FR, ES, MX}
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source"]
    assert set(empty) == {FR, MX, PA}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {FR, MX}


# --------------------------------------------------------------------------------------
# The bytes show each desk's habits
# --------------------------------------------------------------------------------------
def test_uk_leads_platform_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UK].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert len(lines) == (truth["source"] == UK).sum()
    assert set(lines[0]) >= {"caseRef", "dateIdentified", "countryIdentified", "transitRoute"}
    routes = [r["transitRoute"] for r in lines if r["transitRoute"] is not None]
    assert routes
    assert all(isinstance(r, list) for r in routes)
    offences = [r["linkedOffences"] for r in lines if r["linkedOffences"] is not None]
    assert offences
    assert all(isinstance(r, list) for r in offences)
    dates = [r["dateIdentified"] for r in lines if r["dateIdentified"]]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates[:3])
    assert any(d.endswith("T00:00:00Z") for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    values = {str(v) for r in lines for v in r.values()}
    assert {"Vietnamese", "England", "TBC", "Small boat", "HGV", "MS/HT"} <= values
    persons = [r["personsInvolved"] for r in lines if r["caseRef"] != "TOTAL"]
    assert any(isinstance(p, int) for p in persons)
    countries = {r["countryIdentified"] for r in lines}
    assert {"Italy", "Greece", "Croatia", "Poland"} <= countries  # the compilation's alerts


def test_french_cell_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° alerte;Date du constat;Qualification;")
    assert "\r\n" in text
    rows = _csv_rows(paths[FR], "cp1252", ";")
    dates = [r["Date du constat"] for r in rows if r["Date du constat"]]
    assert sum(bool(re.fullmatch(r"\d\d/\d\d/\d{4}", d)) for d in dates) > 0.7 * len(dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}", d) for d in dates)
    lat = [r["Latitude"] for r in rows if r["Latitude"]]
    assert all("," in v and "." not in v for v in lat)
    cells = {v for r in rows for v in r.values() if v}
    assert {"Angleterre", "H", "F", "TEH"} & cells
    assert any("Ã" in v for v in cells)  # names pasted from a UTF-8 file
    assert any(v != v.strip() for v in cells)  # spacing slips


def test_spanish_makers_xlsx(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[ES]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    head = [str(h) for h in rows[0]]
    assert head[:3] == ["Nº expediente", "Fecha del hecho", "País"]
    col = {h: i for i, h in enumerate(head)}
    body = rows[1:]
    dates = [r[col["Fecha del hecho"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    counts = [r[col["Nº personas afectadas"]] for r in body]
    assert any(isinstance(c, int) for c in counts)
    sexes = {r[col["Sexo"]] for r in body}
    assert {"H", "M"} <= sexes  # hombre, mujer
    lats = [r[col["Latitud"]] for r in body]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"\d\dº \d\d,\d' N", v) for v in lats)
    words = {str(v) for r in body for v in r}
    assert {"no aplica", "Inmigración ilegal (art. 318 bis CP)"} <= words


def test_mexican_ctpat_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths[MX].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with its BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == [
        "Folio",
        "Fecha del evento",
        "País de detección",
    ]
    rows = _csv_rows(paths[MX], "utf-16", "\t")
    cells = {v.strip() for r in rows for v in r.values() if v}
    assert {"EUA", "NNA", "Tráfico de personas", "caja seca"} <= cells
    dates = [r["Fecha del evento"] for r in rows if r["Fecha del evento"]]
    assert any(re.fullmatch(r"4[4-6]\d{3}", d) for d in dates)  # Excel serials
    assert any(re.fullmatch(r"\d\d-[a-z]{3}-\d{4}", d) for d in dates)
    counts = [r["Personas localizadas"] for r in rows if r["Personas localizadas"]]
    assert any(re.fullmatch(r"\d+ personas?", c) for c in counts)
    pairs = [r["Coordenadas GPS"] for r in rows if r["Coordenadas GPS"]]
    assert any(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}", p) for p in pairs)
    assert any(p.startswith("-1") for p in pairs)  # a few written longitude first
    assert "sin GPS" in pairs


def test_panama_cooperative_kobo_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(paths[PA], "utf-8-sig", ",")
    bad = set(
        truth.loc[(truth["source"] == PA) & (truth["expected_reason"] == "bad_date"), "source_ref"]
    )
    dates = [r["Fecha del hecho"] for r in rows if r["Código de caso"] not in bad]
    dates = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert len(dates) > 0.9 * len(rows)
    for d in dates:  # month first throughout, as Excel writes in Panama
        datetime.strptime(d, "%m/%d/%Y")
    assert max(int(d[3:5]) for d in dates) > 12
    points = [r["Ubicación GPS"] for r in rows if r["Ubicación GPS"]]
    assert points
    assert all(len(p.split(" ")) == 4 for p in points)
    assert {r["País"] for r in rows} >= {"Panamá"}
    assert any(r["Países de tránsito"] == "Ecuador Colombia" for r in rows)
