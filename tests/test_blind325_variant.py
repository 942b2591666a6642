"""Examiner sample set ``blind325`` (files ``*_lo.*``): what the files and the truth promise.

These tests check the set itself (files, truth, the agencies' quirks in the bytes); none
of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
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
from trendlib.samples._blind325 import SOURCES, make_blind325

VARIANT = "blind325"
SEED = 325
N_EVENTS = 1500
SMALL_SEED = 3251
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = ("crime_type", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    ev = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return ev.set_index("event_id")


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lo", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_lo", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_every_source_has_event_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind325(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert sub.expected["event_id"].notna().sum() > 0, (n, sub.filename)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    check_placeholder_counts(truth)
    tags = tags_of(truth)
    placeholder = tags.str.contains("count_placeholder") & ~tags.str.contains("bad_row")
    assert truth.loc[placeholder, "source_file"].nunique() >= 3
    zero = tags.str.contains("zero_word")
    assert truth.loc[zero, "source_file"].nunique() == len(NAMES)


def test_other_fields_differ_only_where_the_row_says_so(paths: dict[str, Path]) -> None:
    """Origin, destination, transit and exploitation are the event's, but where left out."""
    truth = _truth(paths)
    keep = truth["expected_status"] != "quarantine"
    ok = truth.loc[keep].reset_index(drop=True)
    tags = tags_of(truth).loc[keep].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    for col, tag in (
        ("origin_country", "unknown:origin_country"),
        ("destination_country", "unknown:destination_country"),
        ("transit_countries", "blank_transit"),
    ):
        blank = tags.str.contains(tag)
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    unknown = tags.str.contains("unknown:exploitation")
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ev.loc[unknown, "exploitation"].notna().all()  # only trafficking rows


def test_partial_dates_only_in_the_compilation(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    partial = truth["date_precision"].isin(["month", "quarter"])
    assert set(truth.loc[partial, "source_file"]) == {"roadpol_truck_bus_lo.jsonl"}
    # a partial date never stands in a pair of reports (only in exact repeats)
    assert not truth.loc[partial, "expected_reason"].eq("cross_source").any()


# --------------------------------------------------------------------------------------
# The agencies' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_nx_log_is_utf8_bom_comma_with_uk_wording(paths: dict[str, Path]) -> None:
    raw = paths["nx_vcs_security"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident No.,Date/Time Reported,Incident Category")
    frame = pd.read_csv(paths["nx_vcs_security"], dtype=str, encoding="utf-8-sig")
    assert (
        frame["Incident No."]
        .dropna()
        .str.match(r"^(VCS/\d{4}/\d{5}|TOTAL|Shift handover.*)$")
        .all()
    )
    cats = set(frame["Incident Category"].dropna().str.strip().str.lower())
    assert {"organised immigration crime", "modern slavery / human trafficking"} <= cats
    nat = set(frame["Nationality"].dropna())
    assert {"Vietnamese", "Iraqi"} & nat
    assert {"England", "Scotland"} <= set(frame["Location (Country)"].dropna())
    gps = frame["GPS (lat, long)"].dropna()
    assert gps.str.match(r"^-?\d+\.\d{5}, -?\d+\.\d{5}$").all()
    assert (gps == "0.00000, 0.00000").any()
    dates = frame["Date/Time Reported"].dropna()
    assert dates.str.match(r"^\d\d/\d\d/\d{4} \d\d:\d\d$").any()
    assert dates.str.match(r"^\d\d-[A-Z][a-z]{2}-\d{4}$").any()


def test_bercy_log_is_cp1252_semicolon_with_french_police_wording(
    paths: dict[str, Path],
) -> None:
    raw = paths["bercy_seine_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° main courante;Date des faits;Qualification")
    frame = pd.read_csv(
        paths["bercy_seine_surete"], sep=";", dtype=str, encoding="cp1252", skip_blank_lines=False
    )
    assert frame.isna().all(axis=1).any()  # the empty row
    assert frame["N° main courante"].str.startswith("Extraction logiciel").any()
    assert frame["Nb mis en cause"].isin(["néant", "aucun"]).any()
    assert frame["Latitude"].dropna().str.match(r"^\d+,\d{5}$").all()
    dates = frame["Date des faits"].dropna()
    assert dates.str.match(r"^\d\d/\d\d/\d\d$").any()
    assert dates.str.contains(r"^\d{1,2} [a-zéû]+ \d{4}$").any()
    countries = pd.concat([frame["Pays d'origine"], frame["Nationalité"]]).dropna()
    assert countries.str.isupper().any()  # upper-case names, often without accents
    assert frame["Qualification"].str.contains("ESI|séjour irréguliers", na=False).any()


def test_tufesa_export_is_utf16_tab_month_first(paths: dict[str, Path]) -> None:
    raw = paths["tufesa_seguridad"].read_bytes()
    assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    frame = pd.read_csv(paths["tufesa_seguridad"], sep="\t", dtype=str, encoding="utf-16")
    assert frame.columns[:3].tolist() == ["Folio", "Fecha del evento", "Tipo de delito"]
    dates = frame["Fecha del evento"].dropna()
    day_first = dates.str.extract(r"^(\d\d)/(\d\d)/\d{4}").dropna().astype(int)
    assert (day_first[1] > 12).any()  # month first: the second number goes past 12
    assert (day_first[0] <= 12).all()
    assert frame["País de detección"].isin(["EUA", "E.U.A."]).any()
    gps = frame["Coordenadas GPS"].dropna()
    assert gps.str.match(r"^N\d+\.\d{5} W\d+\.\d{5}$").any()
    assert gps.str.match(r"^W\d+\.\d{5} N\d+\.\d{5}$").any()
    assert frame["Tipo de delito"].str.contains("Tráfico de personas", na=False).any()


def test_albrook_book_has_excel_dates_serials_and_mojibake(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["albrook_tta_seguridad"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("N° de reporte", "Fecha", "Delito")
    dates = [r[1] for r in body]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46500 for d in dates)  # serials
    assert any(isinstance(d, str) and d[2] == "/" for d in dates if d)
    text = " ".join(str(v) for r in body for v in r if isinstance(v, str))
    assert "Ã" in text  # the batch pasted from a mis-decoded export
    assert "NNA" in text
    lat = [r[header.index("Latitud")] for r in body]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) for v in lat)


def test_roadpol_feed_is_jsonl_with_codes_and_partial_dates(paths: dict[str, Path]) -> None:
    lines = paths["roadpol_truck_bus"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "date", "offence"]
    dates = pd.Series([r["date"] for r in recs], dtype=object).dropna().astype(str)
    assert dates.str.match(r"^\d{4}-\d\d-\d\d$").any()
    assert dates.str.match(r"^\d{4}-\d\d$").any()
    assert dates.str.contains(r"Q[1-4]").any()
    assert dates.str.match(r"^\d\d\.\d\d\.\d{4}$").any()
    where = {str(r["reporting_country"]) for r in recs}
    assert {"ITA", "GRC"} & where
    assert {"Hrvatska", "Polska", "Hellas", "Italia", "España"} & where
    assert any(w.isdigit() for w in where)  # numeric ISO codes
    persons = [r["persons"] for r in recs]
    assert any(isinstance(p, str) and "." in p for p in persons)  # 1.234 from ES/IT
    assert any(isinstance(p, int) for p in persons)


def test_second_reports_may_leave_a_field_blank(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    cross = truth["expected_reason"] == "cross_source"
    blanked = tags.str.contains(
        "blank_(?:nationality|n_suspects|coordinates|gender|detection_country)"
    )
    assert (cross & blanked).any()
    assert set(truth.loc[cross, "date_precision"]) == {"day"}
