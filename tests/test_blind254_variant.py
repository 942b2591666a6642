"""The examiner set ``blind254`` (files ``*_iv.*``): what the files and the truth promise.

These tests write the set and read its bytes; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
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

VARIANT = "blind254"
SEED = 254
N_EVENTS = 1500
SMALL_SEED = 2541
SMALL_EVENTS = 400

SIA = "sia_intel_uk"
CNAPS = "cnaps_dt_nord"
ANDALUCIA = "inspeccion_espectaculos_and"
PRO_NINOS = "pro_ninos_darien"
CIRQUE = "cirque_soleil_surete"
SOURCES = (SIA, CNAPS, ANDALUCIA, PRO_NINOS, CIRQUE)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type",)
TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_iv", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_iv", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    check_read_loses_no_row(p, SOURCES, _truth(p))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    p = request.getfixturevalue(which)
    check_expected_values(p, _truth(p), FIELDS, tolerance=TOLERANCE)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_placeholder_counts(which: str, request: pytest.FixtureRequest) -> None:
    check_placeholder_counts(_truth(request.getfixturevalue(which)))


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(tmp_path: Path, seed: int, n_events: int) -> None:
    from trendlib.samples import write_samples

    p = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    truth = _truth(p)
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() > 0, source


def test_routing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"GBR": SIA, "FRA": CNAPS, "ESP": ANDALUCIA, "PAN": PRO_NINOS}
    expected_source = [want.get(c, CIRQUE) for c in where]
    assert list(first["source"]) == expected_source
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {SIA, CNAPS, CIRQUE}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {CNAPS, CIRQUE}


# --------------------------------------------------------------------------------------
# Each desk's own habits, in the bytes
# --------------------------------------------------------------------------------------
def test_sia_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[SIA]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("SIA Case No.", "Date of Incident", "Offence Type")
    assert "Nationality" in header
    assert "Transit Route" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date of Incident"]] for r in rows[1:]]
    real = [d for d in dates if hasattr(d, "year")]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.7 * len(dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in text)
    nats = {r[col["Nationality"]] for r in rows[1:]}
    assert {"Afghan", "Iraqi", "Vietnamese"} & nats
    routes = [r[col["Transit Route"]] for r in rows[1:] if isinstance(r[col["Transit Route"]], str)]
    assert any(" > " in r for r in routes)
    lats = [r[col["Latitude"]] for r in rows[1:-1] if r[col["Latitude"]] is not None]
    assert all(isinstance(v, float) for v in lats)
    assert any(r[col["No. Suspects Identified"]] in ("Nil", "None") for r in rows[1:])
    assert rows[-1][0] == "Grand Total"


def test_cnaps_csv(paths: dict[str, Path]) -> None:
    raw = paths[CNAPS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _csv(paths[CNAPS], "cp1252", ";")
    header = rows[0]
    assert header[:3] == ["N° signalement", "Date des faits", "Qualification"]
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if len(r) == len(header)]
    dates = [r[col["Date des faits"]] for r in body]
    assert sum(bool(re.fullmatch(r"\d\d/\d\d/\d{4}", d)) for d in dates) > 0.8 * len(dates)
    gps = [r[col["Coordonnées GPS"]] for r in body if r[col["Coordonnées GPS"]]]
    dms = re.compile(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]")
    assert sum(bool(dms.fullmatch(g)) for g in gps) > 0.9 * len(gps)
    assert any(r[col["Pays de destination"]] == "Angleterre" for r in body)
    assert any("aide à l'entrée" in r[col["Qualification"]].lower() for r in body)
    assert [""] * len(header) in rows or [] in rows  # the empty row
    assert any(r[0] == "TOTAL" for r in rows)


def test_andalucia_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[ANDALUCIA].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    rows = _csv(paths[ANDALUCIA], "utf-16", "\t")
    header = rows[0]
    assert header[:3] == ["Nº Acta", "Fecha de los hechos", "Tipo penal (indicios)"]
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if len(r) == len(header) and r[col["Latitud"]]]
    assert all(re.fullmatch(r"-?\d+,\d{5}", r[col["Latitud"]]) for r in body)
    crimes = " ".join(r[col["Tipo penal (indicios)"]] for r in body)
    assert "318 bis" in crimes
    dates = [r[col["Fecha de los hechos"]] for r in rows[1:] if len(r) == len(header)]
    assert any("trimestre" in d for d in dates)
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in dates)
    nats = {r[col["Nacionalidad"]] for r in body}
    assert "marroquí" in nats or "senegalés" in nats


def test_pro_ninos_kobo(paths: dict[str, Path]) -> None:
    raw = paths[PRO_NINOS].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = _csv(paths[PRO_NINOS], "utf-8", ",")
    header = rows[0]
    col = {h: i for i, h in enumerate(header)}
    assert "Ubicación GPS" in header
    assert "Delitos conexos" not in header
    body = [r for r in rows[1:] if len(r) == len(header)]
    gps = [r[col["Ubicación GPS"]] for r in body if r[col["Ubicación GPS"]]]
    assert all(re.fullmatch(r"-?\d+\.\d{6} -?\d+\.\d{6} \d+\.\d \d+\.\d", g) for g in gps)
    dates = [r[col["Fecha del registro"]] for r in body if r[col["Fecha del registro"]]]
    assert sum(bool(re.fullmatch(r"20\d\d-\d\d-\d\d", d)) for d in dates) >= len(dates) - 10
    assert any(r[col["País de destino declarado"]] == "EE.UU." for r in body)
    assert "Ã" in raw.decode("utf-8")  # the re-imported batch
    assert any(r[col["Número de personas en el grupo"]] == "ns/nr" for r in body)


def test_cirque_feed(paths: dict[str, Path]) -> None:
    lines = paths[CIRQUE].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    keys = set(items[0])
    assert {"id_incident", "date_incident", "pays_incident", "pays_transit"} <= keys
    body = [i for i in items if i["date_incident"] is not None]
    assert {i["pays_incident"] for i in body if i["pays_incident"]} <= {
        "IT", "GR", "HR", "PL", "US", "PA", "ES", "GB",
    }  # fmt: skip
    transit = [i["pays_transit"] for i in body if i["pays_transit"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for t in transit for c in t)
    assert any(re.fullmatch(r"20\d\d-\d\dT?", str(i["date_incident"])) for i in body)
    assert any("T" in str(i["date_incident"])[10:] for i in body)
    assert any(isinstance(i["latitude"], float) for i in body)
    assert items[-1]["id_incident"] != "Total de la période"  # repeats come after the total
    assert any(i["id_incident"] == "Total de la période" for i in items)


def test_tags_record_the_habits(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_source = {s: ";".join(tags[truth["source"] == s]) for s in SOURCES}
    assert "demonym:nationality" in by_source[SIA]
    assert "dms" in by_source[CNAPS]
    assert "alias:destination_country" in by_source[CNAPS]
    assert "penal_code" in by_source[ANDALUCIA]
    assert "decimal_comma:coordinates" in by_source[ANDALUCIA]
    assert "geopoint" in by_source[PRO_NINOS]
    assert "mojibake:" in by_source[PRO_NINOS]
    assert "iso2:detection_country" in by_source[CIRQUE]
    assert "iso2_array:transit_countries" in by_source[CIRQUE]
    kept = truth["expected_status"] != "quarantine"
    partial = truth.loc[kept & tags.str.contains("partial_date"), "date_precision"]
    assert set(partial) == {"month", "quarter"}
    assert (truth.loc[kept & ~tags.str.contains("partial_date"), "date_precision"] == "day").all()


def test_bad_rows_as_written(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    rows = _csv(paths[CNAPS], "cp1252", ";")
    by_ref = {r[0]: r for r in rows[1:] if r}
    cn = bad.loc[bad["source"] == CNAPS]
    for ref, reason in zip(cn["source_ref"], cn["expected_reason"], strict=True):
        date, count = by_ref[ref][1], by_ref[ref][4]
        if reason == "bad_date":
            assert re.fullmatch(r"(29|30)/02/20\d\d", date)
        elif reason == "future_date":
            assert int(date[-4:]) >= 2030
        elif reason == "no_date":
            assert date == ""
        elif reason == "negative_count":
            assert count.startswith("-")
        else:
            assert count in ("plusieurs", "une dizaine")
