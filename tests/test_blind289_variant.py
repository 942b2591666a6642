"""The examiner sample set ``blind289`` (files ``*_ke.*``): five transplant authorities.

These tests check what the set promises (files, bytes, truth); none of them cleans or
scores.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind289 import AGENCIES, make_blind289

VARIANT = "blind289"
SEED = 289
N_EVENTS = 1500
SMALL_SEED = 2891
SMALL_EVENTS = 400
SOURCES = tuple(a.source for a in AGENCIES)
ONT, ABM, NHSBT, CENATRA, EDQM = SOURCES
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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
    return truth.loc[truth["source_file"] == Path(source).name]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ke", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ke", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_exploitation_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("exploitation_unknown")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # a smuggling row has no form of exploitation, whatever the agency writes there
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_agency_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind289(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_repeats_only_where_resent(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"abm_biovigilance_ke.csv", "cenatra_sirnt_ke.jsonl"}


def test_partial_dates_by_agency(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source_file")["date_precision"].agg(set)
    assert prec["cenatra_sirnt_ke.jsonl"] == {"day", "month"}  # SIRNT has no quarters
    for name in ("ont_trasplantes_ke.xlsx", "edqm_cdpto_ke.csv", "nhsbt_ods_ke.csv"):
        assert prec[name] == {"day", "month", "quarter"}, name
    # a cross-source report always gives the day
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (dup["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Each agency's habits, read from the bytes
# --------------------------------------------------------------------------------------
def test_ont_excel_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[ONT], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == (
        "Nº comunicación",
        "Fecha detección",
        "Centro notificante",
        "País detección",
    )
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in texts)  # "mayo 2023"
    assert any("trimestre" in d for d in texts)
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert any("177 bis" in c for c in cells)
    assert any("318 bis" in c for c in cells)
    assert {"Patera", "Cayuco", "Ninguno", "No procede", "marroquí"} <= cells
    assert any(re.fullmatch(r"-?\d+,\d{5}", c) for c in cells)  # typed with a decimal comma
    assert rows[-1][0] == "TOTAL"
    assert isinstance(rows[-1][6], int)


def test_abm_csv_cp1252(paths: dict[str, Path]) -> None:
    raw = paths[ABM].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° signalement", "Date de constatation", "Établissement déclarant"]
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(
        r";\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"E", text)  # DMS, quoted
    for word in ("Sans objet", "aucun", "afghane", "Angleterre", "L.823-1 CESEDA", "SIG-2"):
        assert word in text, word


def test_nhsbt_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[NHSBT].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its byte order mark
    text = raw.decode("utf-16")
    lines = text.split("\n")
    assert lines[0].split("\t")[:3] == ["Referral ID", "Date identified", "Concern type"]
    assert all(len(line.split("\t")) == 17 for line in lines if line)
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d\t",
        text,
    )
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert " > " in text
    for word in ("MSHT", "OIC", "England", "None identified", "Vietnamese", "Grand Total"):
        assert word in text, word


def test_cenatra_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[CENATRA].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, str(paths[CENATRA])))
    assert list(records[0])[:3] == ["folio", "fecha_evento", "tipo_delito"]
    kept = [r for r in records if r["folio"] != "TOTAL"]
    assert all(isinstance(r["paises_transito"], list) for r in kept)
    dates = [r["fecha_evento"] for r in kept if r["fecha_evento"]]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in dates)
    assert {r["grupo_edad"] for r in kept} >= {"NNA", "Adultos"}
    countries = {r["pais_destino"] for r in kept}
    assert {"EUA", "EE. UU."} & countries
    assert any(r["numero_personas"] is None for r in kept)  # the count is not known
    assert any("Ley de Migración" in (r["tipo_delito"] or "") for r in kept)


def test_edqm_compilation(paths: dict[str, Path]) -> None:
    raw = paths[EDQM].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    frame = pd.read_csv(paths[EDQM], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    assert list(frame.columns[:3]) == ["Case no.", "Country of detection", "Date of detection"]
    text = raw.decode("utf-8-sig")
    assert "Ã" in text  # national files read in the wrong encoding
    dates = frame["Date of detection"]
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serial days
    assert dates.str.fullmatch(r"\d\d\.\d\d\.20\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert frame["Citizenship"].str.fullmatch(r"\d{3}").any()  # numeric codes
    assert {"Polska", "Hrvatska"} & set(frame["Country of detection"])
    assert (frame["GPS"] == "0, 0").any()
    assert (frame["Alleged offenders"] == "nil").any()


def test_mojibake_in_one_source_only(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbled = truth.loc[tags.str.contains("mojibake"), "source_file"]
    assert set(garbled) == {"edqm_cdpto_ke.csv"}
