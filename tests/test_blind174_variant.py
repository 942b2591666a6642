"""The examiner's held-out sample set ``blind174`` (files ``*_ft.*``).

These tests check what the set promises (files, truth, and each desk's habits in the
bytes written); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind174 import SOURCES, make_blind174

VARIANT = "blind174"
SEED = 174
N_EVENTS = 1500
SMALL_SEED = 1741
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives exactly as the event has them.
EXACT = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # GPS to four decimals, degrees-minutes-seconds to the second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _rows(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_text(path, encoding)), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ft", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_ft", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT, tolerance=TOLERANCE)


def test_small_set_reports_of_events(small: dict[str, Path]) -> None:
    check_reports_of_events(small, _truth(small), EXACT)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(3, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_desk_has_records(seed: int, n_events: int) -> None:
    subs = make_blind174(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_exploitation_is_read_as_written(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ev = events.loc[ok["event_id"]].reset_index()
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()  # "No aplica", "N/A", blank
    differs = ok["exploitation"].ne(ev["exploitation"]) & ~smuggling
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()


def test_every_bad_kind_and_garbage_row(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    totals = garbage.loc[garbage["source_ref"].str.upper().str.startswith("TOTAL", na=False)]
    assert len(totals) == len(NAMES)


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_pmh_panama_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["pmh_cep_panama"])
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:4] == ("N.º registro", "Fecha de atención", "Punto de atención", "País")
    col = {h: i for i, h in enumerate(head)}
    body = [r for r in rows[1:] if r[col["N.º registro"]] and str(r[0]).startswith("PMH-")]
    dates = [r[col["Fecha de atención"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)  # real date cells
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ \d{4}", d) for d in texts)  # "mayo 2023"
    nat = {str(r[col["Nacionalidad"]]).strip().lower() for r in body}
    assert {"venezolana", "haitiana"} <= nat
    ages = {r[col["Grupo etario"]] for r in body}
    assert "NNA" in ages
    gps = [str(r[col["Coordenadas GPS"]]) for r in body if r[col["Coordenadas GPS"]]]
    assert any(re.fullmatch(r"\d\.\d{4}, -77\.\d{4}", g) for g in gps)
    assert any("°" in g and g.endswith('"W') for g in gps)  # degrees-minutes-seconds
    assert any(isinstance(r[col["Personas atendidas"]], int) for r in body)


def test_cws_miami_intake_log(paths: dict[str, Path]) -> None:
    raw = paths["cws_miami"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = _rows(paths["cws_miami"], "utf-8-sig", ",")
    assert list(rows[0])[:3] == ["Case #", "Date of apprehension", "Port / Sector"]
    dates = [r["Date of apprehension"] for r in rows if r["Date of apprehension"]]
    us = [d.split("/") for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert all(int(m) <= 12 for m, _, _ in us)  # month first, throughout the file
    assert any(int(d) > 12 for _, d, _ in us)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)  # "May 2023"
    ages = {r["Age group"] for r in rows}
    assert {"UAC", "Family unit"} <= ages
    nat = {r["Nationality"] for r in rows}
    assert {"Mexican", "Guatemalan"} <= nat
    assert {"U.S.", "US", "USA"} & {r["Country of apprehension"] for r in rows}
    assert not {"Latitude", "Longitude", "Coordinates", "GPS"} & set(rows[0])


def test_consulado_ve_madrid_export(paths: dict[str, Path]) -> None:
    raw = paths["consulado_ve_madrid"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a Windows (cp1252) export
    assert b"\r\n" in raw
    rows = _rows(paths["consulado_ve_madrid"], "cp1252", ";")
    assert list(rows[0])[:3] == ["Nº expediente", "Fecha del hecho", "Provincia"]
    dates = [r["Fecha del hecho"] for r in rows if r["Fecha del hecho"]]
    dm = [d.split("/") for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert all(int(m) <= 12 for _, m, _ in dm)  # day first, throughout the file
    assert any(int(d) > 12 for d, _, _ in dm)
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"4\d{4}", d) for d in dates)  # Excel serials
    assert any(re.fullmatch(r"\d\.\d{3}", r["Nº personas"]) for r in rows)
    assert any(re.fullmatch(r"-?\d+,\d{4}", r["Latitud"]) for r in rows)
    assert {"TIM"} <= {r["Tipo delictivo"].strip() for r in rows}
    text = raw.decode("cp1252")
    assert "Ã" in text  # names pasted from a UTF-8 system


def test_consulat_co_paris_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["consulat_co_paris"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    rows = _rows(paths["consulat_co_paris"], "utf-16", "\t")
    assert list(rows[0])[:3] == ["Réf. dossier", "Date des faits", "Lieu"]
    quals = {r["Qualification"].strip().lower() for r in rows}
    assert "aide à l'entrée et au séjour irréguliers" in quals
    dates = [r["Date des faits"] for r in rows if r["Date des faits"]]
    assert any(re.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}", d) for d in dates)  # "17 mai 2023"
    spanish = {"Francia", "Reino Unido", "Afganistán", "trata y tráfico"}
    cells = {v.strip() for r in rows for v in r.values() if v}
    assert spanish & cells  # the desk's own language slips in
    nat = {r["Nationalité"].strip().lower() for r in rows}
    assert {"afghane", "irakienne"} & nat


def test_cancilleria_case_system(paths: dict[str, Path]) -> None:
    lines = paths["cancilleria_co_damcsc"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["radicado", "fecha_evento", "consulado", "pais_hechos"]
    body = [r for r in recs if str(r["radicado"]).startswith("S-DAMCSC-")]
    origin = [r["cod_pais_origen"] for r in body if r["cod_pais_origen"]]
    assert all(re.fullmatch(r"\d{3}", o) for o in origin)
    assert "004" in origin  # Afghanistan, zero-padded as text
    assert all(re.fullmatch(r"[A-Z]{2}", r["pais_hechos"]) for r in body if r["pais_hechos"])
    words = [r["tipo_delito"] for r in body]
    assert all(w == w.upper() for w in words)
    assert any("; " in (r["paises_transito"] or "") for r in body)
    assert any(isinstance(r["latitud"], float) for r in body)
    assert any(r["presuntos_responsables"] == "NINGUNO" for r in body)
