"""The examiner set ``blind327`` (files ``*_lq.*``): money-transfer compliance units.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples._blind327 import SOURCES as SOURCES_327
from trendlib.samples._blind327 import _date
from trendlib.schema import VOCABULARIES

VARIANT = "blind327"
SEED = 327
N_EVENTS = 1500
SMALL_SEED = 3271
SMALL_EVENTS = 400

REMITLY = "remitly_fiu"
HMRC = "hmrc_amls_msb"
NICKEL = "nickel_conformite"
SMALLWORLD = "smallworld_es_pbc"
PRONTO = "prontogiros_pa"
SOURCES = (REMITLY, HMRC, NICKEL, SMALLWORLD, PRONTO)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _read_truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _read_truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    text = _text(paths, source, encoding)
    return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_lq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_lq", n_events=SMALL_EVENTS)
    truth = _read_truth(small)
    records = truth.loc[truth["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)  # every agency reports events at this size


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_vocabularies_and_codes(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    for col, words in VOCABULARIES.items():
        assert set(ok[col].dropna()) <= set(words), col
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        assert ok[col].dropna().str.fullmatch(r"[A-Z]{3}").all(), col
    # pure smuggling rows carry no form of exploitation
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_quarantine_reasons_per_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # one empty row per CSV file, a note in every file but the case API's
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source"]
    assert sorted(empty) == sorted([NICKEL, SMALLWORLD, PRONTO])
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert sorted(notes) == sorted([HMRC, NICKEL, SMALLWORLD, PRONTO])


def test_exact_repeats_only_in_the_nickel_file(truth: pd.DataFrame) -> None:
    rep = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert len(rep) >= 3
    assert set(rep["source"]) == {NICKEL}


def test_routing(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source[HMRC] == {"GBR"}
    assert by_source[NICKEL] == {"FRA"}
    assert by_source[SMALLWORLD] == {"ESP"}
    assert by_source[PRONTO] == {"PAN"}
    assert by_source[REMITLY] <= {"ITA", "GRC", "HRV", "POL", "USA"}


# --------------------------------------------------------------------------------------
# Remitly GFIU: JSON lines of its case API
# --------------------------------------------------------------------------------------
def test_remitly_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[REMITLY].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert len(lines) == len(_rows_of(truth, REMITLY))
    keys = set(lines[0])
    assert {"case_id", "linked_event_date", "typology", "interdiction_country_iso2"} <= keys
    assert {"transit_route_iso2", "interdiction_lat", "interdiction_lng", "amount_usd"} <= keys
    cases = [r for r in lines if str(r["case_id"]).startswith("FIU-")]
    assert {r["typology"] for r in cases} <= {
        "HUMAN_SMUGGLING",
        "HUMAN_TRAFFICKING",
        "HUMAN_TRAFFICKING_AND_SMUGGLING",
    }
    codes = {r["interdiction_country_iso2"] for r in cases} - {None}
    assert all(re.fullmatch(r"[A-Za-z]{2}", c) for c in codes)
    routes = [r["transit_route_iso2"] for r in cases if r["transit_route_iso2"]]
    assert all(re.fullmatch(r"[A-Z]{2}(,[A-Z]{2})*", t) for t in routes)
    assert "TR,BG,RS,BA" in routes
    dates = {str(r["linked_event_date"]) for r in cases if r["linked_event_date"]}
    assert all(re.fullmatch(r"\d{4}-(\d\d-\d\d|\d\d|Q[1-4])", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["interdiction_lat"], float) for r in cases)
    assert [r for r in lines if r["case_id"] == "SUMMARY"]


# --------------------------------------------------------------------------------------
# HMRC AML supervision (MSB): a hand-kept workbook
# --------------------------------------------------------------------------------------
def test_hmrc_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths[HMRC], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("HMRC case ref", "Date of LEA event", "Crime category")
    assert "Location" in header
    assert not any("lat" in str(h).lower() for h in header)  # no coordinates
    assert len(rows) - 1 == len(_rows_of(truth, HMRC))
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if str(r[0]).startswith("AMLS/MSB/")]
    dates = [r[col["Date of LEA event"]] for r in body]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    texts = {d for d in dates if isinstance(d, str)}
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)  # day first
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in texts)
    crimes = {r[col["Crime category"]] for r in body}
    assert {"OIC", "MSHT"} <= crimes
    nationalities = {r[col["Nationality"]] for r in body}
    assert {"Vietnamese", "Albanian"} & nationalities
    assert "Nil" in {r[col["No. of suspects"]] for r in body}
    assert any(str(r[0]).startswith("OFFICIAL-SENSITIVE") for r in rows)
    assert ("Total",) == tuple(r[0] for r in rows if r[0] == "Total")


# --------------------------------------------------------------------------------------
# Nickel compliance: a French cp1252 export
# --------------------------------------------------------------------------------------
def test_nickel_french_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[NICKEL].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    frame = _csv(paths, NICKEL, "cp1252", ";")
    assert frame.columns[:3].tolist() == ["N° dossier", "Date des faits", "Qualification"]
    assert len(frame) == len(_rows_of(truth, NICKEL))  # the empty row is a row of ";"
    cases = frame.loc[frame["N° dossier"].str.startswith("LCB-")]
    assert {"AESI", "TEH"} & set(cases["Qualification"])
    dates = cases["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert cases["Latitude"].str.fullmatch(r"-?\d+,\d{5}").sum() > 0.9 * len(cases)
    assert cases["Nationalité (pièce d'identité)"].str.fullmatch(r"[A-Z]{3}").any()
    assert (cases["Pays d'interpellation"] == "FRANCE").any()
    assert (cases["Nb mis en cause"] == "aucun").any()


# --------------------------------------------------------------------------------------
# Small World Spain: UTF-8 with BOM, commas, Spanish and some mojibake
# --------------------------------------------------------------------------------------
def test_smallworld_spanish_bom(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SMALLWORLD].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, SMALLWORLD, "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["Nº expediente", "Fecha del hecho", "Tipología"]
    cases = frame.loc[frame["Nº expediente"].str.startswith("SWES/PBC/")]
    assert cases["Fecha del hecho"].str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.9
    assert cases["Fecha del hecho"].str.fullmatch(r"\d\d/\d{4}").any()
    assert cases["Importe operaciones (EUR)"].str.fullmatch(r"[\d.]+,\d\d").all()
    countries = pd.concat([cases[c] for c in ("Nacionalidad", "País de origen")])
    assert countries.str.contains("Ã").any()  # mojibake from the agent-network import
    tags = tags_of(truth)
    assert set(truth.loc[tags.str.contains("mojibake"), "source"]) == {SMALLWORLD}


# --------------------------------------------------------------------------------------
# Pronto Giros Panama: UTF-16 text with tabs
# --------------------------------------------------------------------------------------
def test_pronto_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PRONTO].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = _csv(paths, PRONTO, "utf-16", "\t")
    assert frame.columns[:3].tolist() == ["No. Caso", "Fecha", "Tipo de delito"]
    cases = frame.loc[frame["No. Caso"].str.startswith("PG-")]
    dates = cases["Fecha"]
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serial numbers
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert set(cases["País destino (cód. ISO)"]) - {""} <= {"840", "484"}
    assert cases["Grupo etario"].str.contains("NNA").any()
    assert cases["Coordenadas GPS"].str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").any()
    assert cases["Ruta (tránsito)"].str.contains(" > ").any()


def test_dates_read_back_to_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Serial numbers and day-first dates say the expected day (day/month never swapped)."""
    frame = _csv(paths, PRONTO, "utf-16", "\t")
    rows = _rows_of(truth, PRONTO).reset_index(drop=True)
    assert len(frame) == len(rows)
    kept = rows["event_date"].notna().to_numpy()
    cells = frame.loc[kept, "Fecha"].to_numpy()
    expected = pd.to_datetime(rows.loc[kept, "event_date"]).to_numpy()
    serial = [(c, e) for c, e in zip(cells, expected, strict=True) if re.fullmatch(r"\d{5}", c)]
    assert serial
    epoch = pd.Timestamp("1899-12-30")
    assert all(epoch + pd.Timedelta(days=int(c)) == e for c, e in serial)
    dmy = [(c, e) for c, e in zip(cells, expected, strict=True) if "/" in c]
    assert dmy
    assert all(pd.Timestamp(e).strftime("%d/%m/%Y") == c for c, e in dmy)
    tags = tags_of(truth)
    assert set(truth.loc[tags.str.contains("excel_serial"), "source"]) == {PRONTO}
    quarter = set(truth.loc[tags.str.contains("date_quarter"), "source"])
    assert {REMITLY, HMRC} <= quarter <= {REMITLY, HMRC, NICKEL}


@pytest.mark.parametrize(
    ("source", "month", "quarter"),
    [
        (REMITLY, "2023-05", "2023-Q2"),
        (HMRC, "May 2023", "Q2 2023"),
        (NICKEL, "mai 2023", "T2 2023"),
    ],
)
def test_partial_dates_in_the_agency_words(source: str, month: str, quarter: str) -> None:
    """A date known to the month or quarter only, as each agency writes it."""
    src = next(s for s in SOURCES_327 if s.source == source)
    day = pd.Timestamp("2023-05-17")
    seen: dict[str, tuple[object, pd.Timestamp]] = {}
    rng = np.random.default_rng(0)
    for _ in range(2000):  # draws until both partial forms have appeared
        cell, when, prec, _tags = _date(src, day, rng, partial_ok=True)
        seen.setdefault(prec, (cell, when))
    assert seen["month"] == (month, pd.Timestamp("2023-05-01"))
    assert seen["quarter"] == (quarter, pd.Timestamp("2023-04-01"))
    never = {_date(src, day, rng, partial_ok=False)[2] for _ in range(200)}
    assert never == {"day"}
