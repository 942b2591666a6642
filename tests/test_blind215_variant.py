"""The examiner's held-out set ``blind215`` (files ``*_hi.*``): telecom and mobile-money desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples._blind215 import SOURCES, make_blind215

VARIANT = "blind215"
SEED = 215
N_EVENTS = 1500
SMALL_SEED = 2151
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives exactly as the event has them.
EXACT = ("crime_type", "transit_countries", "linked_offences")


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_hi", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_hi", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind215(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_duplicates_go_to_the_second_desks(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"orange_requisitions", "gsma_fasg", "telcel_autoridades"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"orange_requisitions", "telcel_autoridades"}


def test_unknowns_are_said_in_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        differs = ok[col].fillna("-").ne(ev[col].fillna("-"))
        assert ok.loc[differs, col].isna().all(), col
        blank = tags.str.contains(f"blank_{col}")
        no_column = ok["source"].eq("telefonica_es_fraude") & (col == "destination_country")
        assert not (differs & ~blank & ~no_column).any(), col
    thb = ok["crime_type"].isin(["trafficking", "both"])
    same = ok["exploitation"].eq(ev["exploitation"])
    unknown = ok["exploitation"].eq("unknown")
    assert (same | unknown)[thb].all()
    assert ok.loc[~thb, "exploitation"].isna().all()
    assert (ok.loc[ok["source"].eq("telcel_autoridades") & thb, "exploitation"] == "unknown").all()


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_telefonica_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["telefonica_es_fraude"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[0] == "Nº Expediente"
    assert "Fecha del hecho" in header
    assert "Finalidad de explotación" in header
    dates = [r[header.index("Fecha del hecho")] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ 20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    text = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"Total general", "Ninguno", "Cayuco", "España"} <= text
    assert text & {"marroquí", "Marroquí", "senegalés", "Senegalés", "argelino", "Argelino"}
    assert any(" - " in v for v in text)  # transit countries
    assert any("318 bis" in v for v in text)
    rows_truth = _rows(truth, "telefonica_es_fraude")
    assert rows_truth["destination_country"].isna().all()  # the desk does not know it
    assert (rows_truth["detection_country"].dropna() == "ESP").all()


def test_orange_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["orange_requisitions"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:2] == ["N° réquisition", "Date des faits"]
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)
    assert re.search(r";-?\d+,\d{4};-?\d+,\d{4};", text)  # decimal commas
    assert "Ã" in text  # mojibake of the African platforms' cells
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert "AESI" in text or "Aide à l'entrée" in text
    assert "Angleterre" in text or "Royaume-Uni" in text
    tags = tags_of(_rows(truth, "orange_requisitions"))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("decimal_comma").any()


def test_telcel_csv(paths: dict[str, Path]) -> None:
    raw = paths["telcel_autoridades"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    first = text.split("\n", 1)[0]
    assert first.startswith("Folio,Autoridad solicitante,Fecha de los hechos,")
    assert re.search(r",\d\d-(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-\d\d,", text)
    assert re.search(r',"-?\d+\.\d{4}, -?\d+\.\d{4}",', text)  # coordinates in one cell
    assert "NNA" in text
    assert "GUATEMALTECA" in text
    assert "EUA" in text or "EE.UU." in text
    assert "Tráfico de indocumentados" in text
    assert re.search(r",M,", text)  # M = mujer


def test_nequi_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["nequi_sarlaft"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all("radicado_ros" in r for r in recs)
    body = [r for r in recs if r["radicado_ros"].startswith("ROS-")]
    assert all(isinstance(r["paises_transito"], list) for r in body)
    assert all(isinstance(r["delitos_asociados"], list) for r in body)
    dates = [r["fecha_evento"] for r in body if r["fecha_evento"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00-05:00", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    codes = {r["pais_deteccion"] for r in body if r["pais_deteccion"]}
    assert {"PA", "PAN", "591"} & codes
    assert "PA" in codes
    assert any(r["personas"] is None for r in body)  # count not known: a JSON null
    assert {r["sexo"] for r in body} >= {"M", "F"}
    assert (_rows(truth, "nequi_sarlaft")["detection_country"].dropna() == "PAN").all()


def test_gsma_csv(paths: dict[str, Path]) -> None:
    raw = paths["gsma_fasg"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].split("\t")
    assert header[:3] == ["Incident ID", "Reporting member", "Incident date"]
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d\t",
        text,
    )
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert " > " in text
    assert re.search(r"\t\d,\d{3}\t", text)  # thousands separator
    assert "UASC" in text
    assert "n/k" in text
    assert "TLP:AMBER" in text
