"""The ``blind129`` examiner set: five Horn-of-Africa and Nile-route desks (``*_ea.*``).

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind129 import AGENCIES, make_blind129

VARIANT = "blind129"
SEED = 129
N_EVENTS = 1500
SMALL_SEED = 1291
SMALL_EVENTS = 400
SOURCES = (
    "sudan_ncb_khartoum",
    "somalia_cid_hts",
    "bcn_djibouti",
    "egipto_agregaduria_madrid",
    "igad_ssp_toc",
)
# Fields every row that is kept gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
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


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _column(paths: dict[str, Path], source: str, header: str) -> pd.Series:
    src = next(a for a in AGENCIES if a.source == source)
    frame = pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
    )
    return frame[header]


# ---------------------------------------------------------------------------------------
# The shared promises
# ---------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ea", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ea", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.01)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    assert len(ok) == len(ev) > N_EVENTS * 0.95


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(
    ("seed", "n_events"), [(3, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, N_EVENTS)]
)
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind129(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_bad_rows_of_every_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}


def test_second_reports_come_from_the_planned_desks(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) == {"igad_ssp_toc", "bcn_djibouti", "somalia_cid_hts"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"somalia_cid_hts", "bcn_djibouti"}


# ---------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# ---------------------------------------------------------------------------------------
def test_sudan_register_is_an_excel_book_with_real_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["sudan_ncb_khartoum"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Ref. No.", "Date of Incident", "Type of Crime")
    assert "GPS (Lat, Long)" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date of Incident"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    typed = {d for d in dates if isinstance(d, str)}
    assert any(len(d.split("/")) == 3 for d in typed)  # 17/05/2023
    assert any(len(d.split("-")) == 3 and d[3:6].isalpha() for d in typed)  # 17-May-2023
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in typed)  # May 2023
    nat = {r[col["Nationality"]] for r in rows[1:]}
    assert {"Eritrean", "Egyptian", "Nigerian"} <= nat
    assert "Nil" in {r[col["No. of Accused"]] for r in rows[1:]}
    gps = [r[col["GPS (Lat, Long)"]] for r in rows[1:] if r[col["GPS (Lat, Long)"]]]
    assert all(", " in g for g in gps)
    transit = {r[col["Transit Countries"]] for r in rows[1:]}
    assert "Niger - Libya" in transit
    assert "Direct" in transit
    assert rows[-1][0] == "GRAND TOTAL"


def test_somali_file_is_utf16_tab_separated(paths: dict[str, Path]) -> None:
    raw = paths["somalia_cid_hts"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian byte order mark
    text = raw.decode("utf-16")
    first = text.splitlines()[0]
    assert first.split("\t")[:2] == ["Case No.", "Date of Interception"]
    dates = _column(paths, "somalia_cid_hts", "Date of Interception")
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").sum() > 100  # 9 January 2021
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").sum() > 100
    persons = _column(paths, "somalia_cid_hts", "Persons")
    assert persons.isin(["two", "three", "four"]).any()
    assert _column(paths, "somalia_cid_hts", "Intercepted In").isin(["GREECE", "CROATIA"]).any()
    assert _column(paths, "somalia_cid_hts", "Suspects Arrested").eq("nil").any()
    assert _column(paths, "somalia_cid_hts", "Latitude").eq("N/A").any()


def test_djibouti_file_is_cp1252_french(paths: dict[str, Path]) -> None:
    raw = paths["bcn_djibouti"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    first = raw.split(b"\r\n")[0]
    assert first.startswith(b"N\xb0 dossier;Date des faits;")  # ° in cp1252
    text = raw.decode("cp1252")
    assert "Tranche d'âge" in text
    assert "TOTAL GÉNÉRAL" in text
    assert "Ã©" in text  # rows pasted from a UTF-8 extraction
    dates = _column(paths, "bcn_djibouti", "Date des faits")
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()  # quarter, French style
    assert dates.str.contains(r"^\d{1,2}(?:er)? [a-zéû]+ 20\d\d$").any()  # 17 mai 2023
    gps = _column(paths, "bcn_djibouti", "Coordonnées GPS (lat / long)")
    assert gps.str.fullmatch(r"\d+,\d{4} / -?\d+,\d{4}").sum() > 0.8 * (gps != "").sum()
    assert _column(paths, "bcn_djibouti", "Nb mis en cause").eq("néant").any()


def test_egyptian_attache_file_is_spanish_with_bom(paths: dict[str, Path]) -> None:
    raw = paths["egipto_agregaduria_madrid"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = _text(paths["egipto_agregaduria_madrid"], "utf-8-sig")
    assert text.splitlines()[0].startswith("Nº Ref.;Fecha;Tipo de delito;")
    dates = _column(paths, "egipto_agregaduria_madrid", "Fecha")
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serial numbers
    assert dates.str.fullmatch(r"\d\d-\d\d-20\d\d").any()
    lat = _column(paths, "egipto_agregaduria_madrid", "Latitud")
    assert lat.str.fullmatch(r"\d+,\d{4}").sum() > 100  # decimal commas
    crime = _column(paths, "egipto_agregaduria_madrid", "Tipo de delito")
    assert crime.isin(["Smuggling", "Human trafficking"]).any()  # the attaché's English
    assert _column(paths, "egipto_agregaduria_madrid", "Nº de detenidos").eq("ninguno").any()


def test_igad_compilation_is_json_lines_with_codes(paths: dict[str, Path]) -> None:
    lines = paths["igad_ssp_toc"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert set(rows[0]) >= {"incident_ref", "incident_date", "reporting_state_m49"}
    m49 = {r["reporting_state_m49"] for r in rows if r["reporting_state_m49"]}
    assert {"826", "591", "840"} <= m49
    dates = pd.Series([r["incident_date"] for r in rows if r["incident_date"]])
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d").mean() > 0.7
    nat = {r["nationality_iso"] for r in rows if r["nationality_iso"]}
    assert any(len(n) == 2 for n in nat)
    assert any(len(n) == 3 for n in nat)
    assert any(" > " in (r["transit_route"] or "") for r in rows)
    assert rows[-1]["incident_ref"] == "TOTAL"


def test_truth_expects_design_words_for_desk_words(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in ("demonym", "m49", "mojibake", "excel_date", "serial_date", "zero_word"):
        assert tags.str.contains(tag).any(), tag
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
    assert kept["nationality"].dropna().str.fullmatch(r"[A-Z]{3}").all()
