"""Examiner set ``blind397``: gaming operators' AML and safeguarding desks (``*_oi.*``).

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.schema import VOCABULARIES

VARIANT = "blind397"
SEED = 397
N_EVENTS = 1500
SMALL_SEED = 3971
SMALL_EVENTS = 400
SOURCES = (
    "entain_retail_fct",
    "fdj_conformite_lcbft",
    "selae_prevencion_blanqueo",
    "lnb_panama_cumplimiento",
    "wla_security_integrity",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_oi", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_oi", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every desk has event rows at this size too
        assert _rows_of(truth, source)["event_id"].notna().any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows_of(truth, source)
        assert (rows["expected_status"] == "record").sum() >= 20, source


# --------------------------------------------------------------------------------------
# What a kept row may leave out, and why
# --------------------------------------------------------------------------------------
def test_countries_left_out_only_when_unknown(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        differs = ok[col].fillna("").ne(ev[col].fillna(""))
        assert ok.loc[differs, col].isna().all(), col
        assert tags[differs].str.contains(f"unknown:{col}").all(), col
        assert differs.any(), col  # the desks do write "N/K", "NC", "S/D", "N/D"


def test_exploitation_reads_as_the_design_says(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    thb = ok["crime_type"].isin(["trafficking", "both"])
    assert ok.loc[~thb, "exploitation"].isna().all()  # pure smuggling: no form
    assert ok.loc[thb, "exploitation"].notna().all()
    assert set(ok.loc[thb, "exploitation"]) <= set(VOCABULARIES["exploitation"])
    differs = thb & ok["exploitation"].ne(ev["exploitation"])
    assert (ok.loc[differs, "exploitation"] == "unknown").all()


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def _tags(truth: pd.DataFrame, source: str) -> str:
    return ";".join(tags_of(truth).loc[truth["source"] == source])


def test_entain_is_a_windows_excel_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["entain_retail_fct"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\xa3" in raw  # the pound sign of the stakes column, in cp1252
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.count("\r\n") == len(_rows_of(truth, "entain_retail_fct")) + 1
    frame = pd.read_csv(paths["entain_retail_fct"], encoding="cp1252", dtype=str)
    assert frame.columns[:4].tolist() == ["FCT Ref", "Date of Incident", "Brand", "Shop No"]
    dates = frame["Date of Incident"].dropna()
    dates = dates[~frame.loc[dates.index, "FCT Ref"].eq("TOTAL")]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}( \d\d:\d\d)?").all()
    assert frame["Stakes 12m (£)"].dropna().str.fullmatch(r"£[\d,]+\.\d\d").all()
    assert frame["Route Via"].str.contains(" > ", regex=False).any()
    assert frame["No. of Associated Subjects"].isin(["None", "nil"]).any()
    assert frame.isin(["N/K", "Not known"]).any().any()
    assert (frame["Shop Lat"].eq("0") & frame["Shop Long"].eq("0")).any()
    assert frame["Intended Destination"].isin(["UK", "GB", "Great Britain"]).any()
    rows = _rows_of(truth, "entain_retail_fct")
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3  # the re-sent extract


def test_fdj_is_a_french_utf8_bom_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["fdj_conformite_lcbft"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["fdj_conformite_lcbft"], sep=";", encoding="utf-8-sig", dtype=str)
    assert frame.columns[:3].tolist() == ["N° signalement", "Date des faits", "Code PDV"]
    assert frame["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{5}").all()
    assert frame["Montant joué (€)"].dropna().str.fullmatch(r"[\d\u202f]+,\d\d €").all()
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}( \d\d:\d\d)?").mean() > 0.85
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[a-zéû]+ \d{4}").any()
    text = raw.decode("utf-8-sig")
    assert "Ã" in text  # names and words garbled by a UTF-8 import read as cp1252
    assert "aucun" in text or "néant" in text
    tags = _tags(truth, "fdj_conformite_lcbft")
    assert "mojibake:" in tags
    assert "partial_date" in tags


def test_selae_is_a_spreadsheet_with_real_dates(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = openpyxl.load_workbook(paths["selae_prevencion_blanqueo"])
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    header = rows[0]
    assert header[:3] == ("Expediente", "Fecha hecho", "Receptor")
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if r[0] != "TOTAL" and str(r[0]).startswith("PBC-")]
    dates = [r[col["Fecha hecho"]] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.6 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    persons = [r[col["Nº personas"]] for r in body]
    assert sum(isinstance(p, int) for p in persons) > 0.9 * len(persons)
    lats = [r[col["Latitud"]] for r in body]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "," in v for v in lats)
    assert any(r[col["Nacionalidad"]] == "MARRUECOS" for r in body)
    assert len(rows) == len(_rows_of(truth, "selae_prevencion_blanqueo")) + 1


def test_lnb_is_excel_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["lnb_panama_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its byte order mark
    frame = pd.read_csv(paths["lnb_panama_cumplimiento"], sep="\t", encoding="utf-16", dtype=str)
    assert frame.columns[:2].tolist() == ["No. Caso", "Fecha del hecho"]
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serial numbers
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    coords = frame["Coordenadas GPS"].dropna()
    assert coords.str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").mean() > 0.7
    assert coords.str.contains("°", regex=False).any()
    assert coords.isin(["N/D", "Sin GPS"]).any()
    assert frame["País de destino final"].isin(["EE.UU.", "EEUU"]).any()
    tags = _tags(truth, "lnb_panama_cumplimiento")
    for tag in ("excel_serial", "coords_dms", "coords_placeholder", "typo:"):
        assert tag in tags, tag


def test_wla_is_a_json_alert_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["wla_security_integrity"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(_rows_of(truth, "wla_security_integrity"))
    alerts = [json.loads(line) for line in lines]
    assert all(isinstance(a["transit_iso"], list | None) for a in alerts)
    codes = [c for a in alerts for c in (a["transit_iso"] or [])]
    assert all(re.fullmatch(r"[A-Z]{2,3}|\d{3}", c) for c in codes)
    nat = [a["nationality_iso"] for a in alerts if a["nationality_iso"]]
    assert any(re.fullmatch(r"\d{3}", c) for c in nat)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in nat)
    dates = [a["incident_date"] for a in alerts if a["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(a["persons_involved"] is None and a["alert_id"] for a in alerts)
    assert len(lines) > len(set(lines))  # re-pushed alerts: the same line again
    assert sum(a["alert_id"] == "EXPORT_SUMMARY" for a in alerts) == 1


def test_tags_cover_the_planted_habits(truth: pd.DataFrame) -> None:
    tags = ";".join(tags_of(truth).dropna())
    for tag in (
        "typo:",
        "alias:",
        "iso2:",
        "iso3:",
        "numeric:",
        "plain:",
        "mojibake:",
        "case:",
        "count_word",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "blank_gender",
        "blank_nationality",
        "na_word",
        "thousands:n_persons",
        "partial_date",
        "excel_serial",
        "coords_dms",
        "coords_missing",
        "coords_placeholder",
        "decimal_comma",
        "bad_row",
        "garbage_row",
    ):
        assert tag in tags, tag
