"""The examiner set ``blind288`` (files ``*_kd.*``): five sanitary border agencies.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
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

VARIANT = "blind288"
SEED = 288
N_EVENTS = 1500
SMALL_SEED = 2881
SMALL_EVENTS = 400

SOURCES = ("apha_bcp", "sivep_pcf", "senasica_oisa", "aupsa_darien", "sante_bcp_digest")
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _read_truth(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _read_truth(paths["truth_rows"])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = _read_truth(paths["truth_events"])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kd", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_kd", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _read_truth(small["truth_rows"]))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size() -> None:
    from trendlib.samples import make_truth
    from trendlib.samples._blind288 import make_blind288

    for n, seed in ((300, 3), (SMALL_EVENTS, SMALL_SEED), (N_EVENTS, SEED)):
        subs = make_blind288(make_truth(seed=seed, n_events=n), seed=seed)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() >= 5, (n, sub.filename)


def test_exploitation_is_read_as_written(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ev.loc[unknown, "exploitation"].notna().all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_routing(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    expected = pd.Series(where).map(
        {
            "GBR": "apha_bcp",
            "FRA": "sivep_pcf",
            "USA": "senasica_oisa",
            "PAN": "aupsa_darien",
        }
    )
    assert (first["source"].to_numpy() == expected.fillna("sante_bcp_digest").to_numpy()).all()
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"apha_bcp", "sivep_pcf"}
    assert set(events.loc[cross["event_id"], "corridor"]) == {"channel"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"senasica_oisa", "sante_bcp_digest"}


def test_every_bad_kind_and_garbage_row(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[tags.str.contains("garbage_row")]
    for source in SOURCES:
        total = garbage.loc[
            (garbage["source"] == source)
            & garbage["source_ref"].str.upper().str.startswith("TOTAL")
        ]
        assert len(total) == 1, source
        assert total["expected_reason"].iloc[0] == "no_date"
    csv_sources = {"sivep_pcf", "senasica_oisa", "aupsa_darien"}
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source"]
    assert set(empty) == csv_sources
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == set(SOURCES) - {"sante_bcp_digest"}


def test_tagged_blanks_expect_nothing(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    demonym = tags.str.contains("demonym:nationality")
    assert demonym.sum() > 20
    assert ok.loc[demonym, "nationality"].notna().all()
    for tag in ("coords_dms", "mojibake", "partial_date", "count_word", "zero_word"):
        assert tags.str.contains(tag).any(), tag
    dms = tags.str.contains("coords_dms")
    assert set(ok.loc[dms, "source"]) == {"senasica_oisa"}
    assert ok.loc[dms, ["lat", "lon"]].notna().all().all()


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_sivep_is_french_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["sivep_pcf"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° fiche;Date du constat;Poste de contrôle;")
    assert lines[0].count(";") == 18
    assert re.search(r";\d{2}/\d{2}/20\d{2};", text)
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarters
    assert re.search(r";(janvier|février|mars|avril|mai|juin|juillet|août) 20\d\d;", text)
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal commas
    for word in ("néant", ";NC;", "aide à l'entrée irrégulière", "sans objet", "TOTAL GÉNÉRAL"):
        assert word in text, word
    assert " / France;" in text  # transit lists, in order


def test_senasica_is_mexican_spanish_utf8_bom(paths: dict[str, Path]) -> None:
    raw = paths["senasica_oisa"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Folio,Fecha de detección,")
    for word in ("tráfico de personas", "NNA", "S/D", "Estados Unidos", "Ninguno"):
        assert word in text, word
    assert re.search(r"\b(EUA|E\.U\.A\.|EE\. UU\.)(,|\n)", text)
    assert re.search(r"\d{2}°\d{2}'\d{2}\.\d\"\"N \d{2,3}°\d{2}'\d{2}\.\d\"\"W", text)
    assert re.search(r"\d{2}\.\d{5}, -\d{2,3}\.\d{5}", text)
    assert re.search(r",\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d,", text)
    assert "Ã" in text  # rows garbled by an old import


def test_aupsa_is_utf16_tab_text(paths: dict[str, Path]) -> None:
    raw = paths["aupsa_darien"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["No. de informe", "Fecha", "Puesto de control"]
    assert re.search(r"\t4[45]\d{3}\t", text)  # Excel serial dates
    assert re.search(r"\t\d{2}/\d{2}/20\d{2}\t", text)
    assert re.search(r"\t(VEN|HTI|ECU|COL|CHN)\t", text)  # ISO alpha-3 from passports
    assert "tráfico ilícito de migrantes" in text
    assert re.search(r"\t\d+ migrantes\t", text)


def test_apha_workbook_dates_and_words(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["apha_bcp"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = rows[0]
    assert header[:3] == ("APHA ref", "Date found", "BCP / site")
    body = rows[1:]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 50
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in texts)
    cells = {str(c) for r in body for c in r if c is not None}
    assert {"Vietnamese", "Afghan", "Modern slavery", "Not known", "None"} <= cells
    assert cells & {"England", "Scotland"}
    assert any(" > " in c for c in cells)
    counts = [r[header.index("No. of persons found")] for r in body]
    assert sum(isinstance(c, int) for c in counts) > 50


def test_sante_digest_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["sante_bcp_digest"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in rows)
    keys = set(rows[0])
    assert {"notification_id", "event_date", "country_of_detection", "persons_found"} <= keys
    detection = {r["country_of_detection"] for r in rows}
    assert {"EL", "IT", "ES"} <= detection
    assert "GR" not in detection
    dates = [r["event_date"] for r in rows if isinstance(r["event_date"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    transit = [r["transit_countries"] for r in rows if r.get("transit_countries")]
    assert all(re.fullmatch(r"[A-Z]{2}(,[A-Z]{2})*", t) for t in transit)
    assert any(r["persons_found"] is None for r in rows)
