"""The examiner sample set ``blind153`` (files ``*_ey.*``): what its files and truth promise.

Five agencies of the Strait of Gibraltar, Ceuta, Melilla and northern Morocco. These tests
check the bytes of each file (encodings, delimiters, header words, date styles, count and
coordinate styles) and that the truth describes every row; none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

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

VARIANT = "blind153"
SEED = 153
N_EVENTS = 1500
SMALL_SEED = 1531
SMALL_EVENTS = 400
SUFFIX = "_ey"
SOURCES = (
    "jsp_melilla_ey",
    "pmp_maroc_ey",
    "ddm_tanger_ey",
    "gibraltar_bca_ey",
    "map_depeches_ey",
)
#: Fields every non-quarantined row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)
#: Largest gap between a written position and the true one, in degrees.
TOLERANCE = 0.01


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source in SOURCES:
        assert _rows(truth, source)["event_id"].notna().sum() >= 5, source


# --------------------------------------------------------------------------------------
# Routing: who reports what
# --------------------------------------------------------------------------------------
def test_moroccan_sources_second_report_spanish_events(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    for source, corridor in (("pmp_maroc_ey", "watl"), ("ddm_tanger_ey", "wmed")):
        rows = _rows(truth, source).dropna(subset=["event_id"])
        assert (rows["expected_reason"] == "cross_source").all(), source
        assert rows["duplicate_of"].str.startswith("jsp_melilla_ey.xlsx:").all(), source
        assert (events.loc[rows["event_id"], "corridor"] == corridor).all(), source
    jsp = _rows(truth, "jsp_melilla_ey").dropna(subset=["event_id"])
    assert (events.loc[jsp["event_id"], "detection_country"] == "ESP").all()
    bca = _rows(truth, "gibraltar_bca_ey").dropna(subset=["event_id"])
    assert (events.loc[bca["event_id"], "detection_country"] == "GBR").all()


def test_repeats_only_where_the_agency_resends(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"gibraltar_bca_ey", "map_depeches_ey"}
    assert repeats.value_counts().min() >= 3


# --------------------------------------------------------------------------------------
# The bytes of each file
# --------------------------------------------------------------------------------------
def test_pmp_is_cp1252_semicolon_crlf(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pmp_maroc_ey"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("N° dossier;Juridiction;Date des faits;Qualification")
    assert "\r\n" in text
    assert re.search(r"\r\n\d+/2103/20\d\d;TPI |\r\n\d+/2103/20\d\d;CA ", text)
    for word in ("néant", "loi 02-03", "subsaharienne", "Îles Canaries", "ESPAGNE"):
        assert word in text, word
    # day-first dates only, with slashes or dashes
    frame = pd.read_csv(paths["pmp_maroc_ey"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d[/-]\d\d[/-]20\d\d").all()
    sub = _rows(truth, "pmp_maroc_ey")
    sub = sub.loc[sub["messiness"].fillna("").str.contains("blank_nationality")]
    assert len(sub) > 0
    assert sub["nationality"].isna().all()


def test_ddm_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["ddm_tanger_ey"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM, as Excel saves
    text = raw.decode("utf-16")
    assert text.split("\n")[0].split("\t")[:4] == [
        "Ficha",
        "Fecha",
        "Lugar de llegada",
        "País de llegada",
    ]
    assert re.search(r"\tDM\d\d-\d{3}\t|^DM\d\d-\d{3}\t|\nDM\d\d-\d{3}\t", text)
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t(marroquíes|argelinos|malienses|guineanos \(Conakry\))\t", text)
    assert "\tninguno\t" in text


def test_bca_is_utf8_bom_comma(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["gibraltar_bca_ey"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["gibraltar_bca_ey"], encoding="utf-8-sig", dtype=str)
    assert frame.columns[:3].tolist() == [
        "Occurrence No.",
        "Date of occurrence",
        "Offence category",
    ]
    dates = frame["Date of occurrence"].dropna()
    styles = {
        "dmy": r"\d\d/\d\d/20\d\d",
        "long": r"\d{1,2} [A-Z][a-z]+ 20\d\d",
        "month": r"[A-Z][a-z]+ 20\d\d",
        "quarter": r"Q[1-4] 20\d\d",
    }
    for name, pattern in styles.items():
        assert dates.str.fullmatch(pattern).any(), name
    positions = frame["Position"].dropna()
    assert positions.str.fullmatch(r"\d\d \d\d\.\dN \d{3} \d\d\.\d[EW]").any()
    assert positions.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").any()
    assert (frame["Suspects arrested"] == "nil").any()
    assert frame["Nationality"].isin(["AFG", "IRN", "IRQ", "VNM", "ALB", "ERI", "SYR"]).any()
    assert frame["Transit countries"].dropna().str.contains("; ").any()
    bca = _rows(truth, "gibraltar_bca_ey")
    assert set(bca["date_precision"].dropna()) == {"day", "month", "quarter"}


def test_jsp_is_a_hand_kept_sheet(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["jsp_melilla_ey"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Nº Atestado", "Fecha hechos", "Lugar", "Tipología delictiva")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # lost format
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    cells = [str(v) for r in rows[1:] for v in r if v is not None]
    assert any("318 bis" in c for c in cells)
    assert any("177 bis" in c for c in cells)
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"O", c) for c in cells)
    assert any(re.fullmatch(r"-?\d+,\d{4} / -?\d+,\d{4}", c) for c in cells)
    assert "Sin detenidos" in cells
    assert "MARRUECOS" in cells
    assert any(" - " in c and c.isupper() for c in cells)  # transit list
    assert any(isinstance(r[5], int) for r in rows[1:])  # counts are numbers


def test_map_is_a_json_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["map_depeches_ey"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["id_depeche", "date_evenement", "categorie"]
    dates = [r["date_evenement"] for r in records if r["date_evenement"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    geotags = {r["pays_detection"] for r in records if r["pays_detection"]}
    assert geotags <= {"IT", "GR", "HR", "PL", "FR", "PA", "US"}
    assert any(r["nb_personnes"] is None for r in records)
    assert any(isinstance(r["latitude"], float) for r in records)
    text = "\n".join(lines)
    assert "Ã" in text  # values the CMS double-encoded
    tags = tags_of(truth)
    assert set(truth.loc[tags.str.contains("mojibake"), "source"]) == {"map_depeches_ey"}


# --------------------------------------------------------------------------------------
# What the truth expects of each agency's habits
# --------------------------------------------------------------------------------------
def test_sources_without_coordinates_expect_none(truth: pd.DataFrame) -> None:
    for source in ("pmp_maroc_ey", "ddm_tanger_ey"):
        rows = _rows(truth, source).dropna(subset=["event_id"])
        assert rows[["lat", "lon"]].isna().all().all(), source


def test_linked_offences_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    has = ok.loc[ok["source"] != "ddm_tanger_ey"]
    want = events.loc[has["event_id"], "linked_offences"].reset_index(drop=True)
    assert has["linked_offences"].reset_index(drop=True).equals(want)
    assert ok.loc[ok["source"] == "ddm_tanger_ey", "linked_offences"].isna().all()


def test_partial_dates_only_where_the_agency_writes_them(truth: pd.DataFrame) -> None:
    prec = truth.dropna(subset=["date_precision"])
    partial = prec.loc[prec["date_precision"] != "day", "source"]
    assert set(partial) == {"gibraltar_bca_ey", "map_depeches_ey"}


def test_bad_rows_and_garbage(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    garbage = bad.loc[bad["messiness"] == "garbage_row"]
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"]) == {
        "pmp_maroc_ey",
        "ddm_tanger_ey",
        "gibraltar_bca_ey",
    }
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == set(SOURCES) - {"map_depeches_ey"}
    totals = garbage.loc[garbage["expected_reason"] == "no_date", "source_ref"]
    assert set(totals) == {"TOTAL", "Total général", "Total", "CUMUL"}
