"""The examiner sample set ``blind339`` (files ``*_mc.*``): forest and protected-area agencies.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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

from trendlib.samples import make_truth
from trendlib.samples._blind339 import SOURCES, make_blind339

VARIANT = "blind339"
SEED = 339
N_EVENTS = 1500
SMALL_SEED = 3391
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
OFB, AEAF, ANCON, EUROPARC, EIA = NAMES
FIELDS = ("crime_type", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_mc", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SMALL_SEED, SMALL_EVENTS), (SEED, 300)])
def test_every_source_has_records_at_small_sizes(seed: int, n_events: int) -> None:
    subs = make_blind339(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_origin_and_destination_blank_only_when_said(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col


def test_exploitation_unknown_only_when_said(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    said = tags.str.contains("unknown:exploitation")
    assert said.any()
    assert (ok.loc[said, "exploitation"] == "unknown").all()
    assert ok.loc[~said, "exploitation"].equals(ev.loc[~said, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_vague_nationality_expects_none(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    vague = truth.loc[
        tags.str.contains("vague:nationality") & truth["expected_status"].ne("quarantine")
    ]
    assert len(vague) > 0
    assert vague["nationality"].isna().all()
    assert set(vague["source"]) <= {OFB, AEAF, EUROPARC}


def test_duplicates_land_in_several_sources(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) >= {EIA, EUROPARC}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {ANCON, EUROPARC}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ofb_writes_french_cp1252_with_semicolons(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[OFB].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° fiche;Date du constat;Commune;Qualification")
    assert "Nationalité déclarée" in header
    assert "Latitude (WGS84)" in header
    assert re.search(r";\d{2}/\d{2}/20\d{2};", text)  # day-first dates
    assert re.search(r";5\d,\d{5};[12],\d{5};", text)  # decimal-comma coordinates
    assert re.search(r";(afghane|iranienne|irakienne|érythréenne|syrienne|albanaise);", text)
    assert "Ã" in text  # UTF-8 names read as cp1252
    assert re.search(r";(H|F|H/F);", text)
    assert re.search(r";(aide à l'entrée irrégulière|ECSI|TEH);", text)
    assert "Extraction OSCEAN" in text
    tags = tags_of(_rows(truth, OFB))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("demonym:nationality").any()


def test_aeaf_writes_spanish_excel_with_mixed_date_cells(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    sheet = load_workbook(paths[AEAF]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Nº actuación", "Fecha", "Comunidad Autónoma", "País")
    assert "Coordenadas (GMS)" in header
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds  # real dates, typed text, bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/20\d{2}", d) for d in dates)
    coords = [str(r[header.index("Coordenadas (GMS)")]) for r in rows[1:]]
    assert any(re.fullmatch(r"\d+º\d{2}'\d{2}\" N \d+º\d{2}'\d{2}\" O", c) for c in coords)
    words = {str(c) for r in rows[1:] for c in r if c is not None}
    assert {"H", "Cayuco", "España"} <= words
    assert words & {"MENA", "Menores no acompañados"}
    assert words & {"ninguno", "s/d"}
    tags = tags_of(_rows(truth, AEAF))
    assert tags.str.contains("date_serial").any()
    assert tags.str.contains("dms_coordinates").any()


def test_ancon_writes_panamanian_spanish_utf8(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ANCON].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.split("\n", 1)[0]
    assert header.startswith("No. Reporte,Fecha,Sector,País,Tipo de caso")
    assert "Guías / coyotes" in header
    assert re.search(r",\d{2}/\d{2}/20\d{2} \d{2}:\d{2},", text)  # the tablet's time
    assert re.search(r",(venezolanos|ecuatorianos|haitianos|colombianos),", text)
    assert "EE.UU." in text
    assert "Sin señal GPS" in text
    assert re.search(r",\"[78]\.\d{5}, -7[67]\.\d{5}\",", text)
    assert re.search(r",\"\d,\d{3}\",", text)  # Panama's thousands comma, quoted
    assert re.search(r",(NNA|Adultos y NNA),", text)
    tags = tags_of(_rows(truth, ANCON))
    assert tags.str.contains("coords_placeholder").any()


def test_europarc_writes_utf16_tab_separated(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[EUROPARC].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 with its byte-order mark
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:4] == ["Ref", "Date", "Protected area", "Country"]
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d{2}\t",
        text,
    )
    assert re.search(r"\t\d{2}/\d{2}/20\d{2}\t", text)
    assert re.search(r"\tQ[1-4] 20\d{2}\t", text)
    assert re.search(r"\t[A-Za-z]+ > [A-Za-z]+", text)
    assert re.search(r"\t(Afghan|Syrian|Iraqi|Pakistani|Nigerian)\t", text)
    assert "Białowieża NP" in text or "Puszcza Knyszyńska" in text or "Plitvice" in text
    tags = tags_of(_rows(truth, EUROPARC))
    assert tags.str.contains("count_word").any()
    assert tags.str.contains("thousands:n_persons").any()


def test_eia_writes_json_lines_with_codes_and_un_names(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths[EIA].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, EIA))
    assert list(recs[0])[:3] == ["incident_id", "incident_date", "country"]
    dates = [r["incident_date"] for r in recs if r["incident_date"]]
    assert any(re.fullmatch(r"20\d{2}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"20\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"20\d{2}-Q[1-4]", d) for d in dates)
    countries = {r["country"] for r in recs}
    assert {"GBR", "USA"} <= countries
    assert countries & {
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
    }
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert any(r["persons"] is None and r["incident_id"] != "TOTAL" for r in recs)
    assert recs[-1]["incident_id"] == "TOTAL"
    cannabis = [r for r in recs if r["related_crimes"] and "cannabis" in r["related_crimes"]]
    assert cannabis
