"""The examiner's held-out set ``blind240`` (files ``*_ih.*``): what the files promise.

Five cash-programme agencies (WFP Panama, Mexican Red Cross, Hellenic Red Cross, CESVI
Italy, Action contre la Faim's protection watch). These tests check the files' bytes and
the truth they come with; none of them cleans or scores.
"""

from __future__ import annotations

import io
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

VARIANT = "blind240"
SEED = 240
N_EVENTS = 1500
SMALL_SEED = 2401
SMALL_EVENTS = 400
SOURCES = (
    "pma_rbp_tbm",
    "cruz_roja_mx_tem",
    "hellenic_rc_cva",
    "cesvi_it_cva",
    "acf_veille_protection",
)
#: Fields every kept row expects exactly as the true event has them.
FIELDS = ("crime_type", "origin_country", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(_text(path, encoding)), sep=sep, dtype=str, keep_default_na=False
    )


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ih", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_files_and_truth(small, SOURCES, suffix="_ih", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, rows)
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_every_source_reports_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400):
        got = write_samples(tmp_path / str(n), seed=SMALL_SEED, n_events=n, variant=VARIANT)
        rows = pd.read_csv(got["truth_rows"], dtype=str)
        kept = rows.loc[rows["expected_status"] == "record", "source_file"]
        assert set(kept) == {got[s].name for s in SOURCES}, n


# --------------------------------------------------------------------------------------
# What a row may leave out, and what it then expects
# --------------------------------------------------------------------------------------
def _kept(truth: pd.DataFrame, events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    return ok, ev


def test_destination_left_open_only_where_tagged(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok, ev = _kept(truth, events)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    open_ = tags.str.contains("blank_destination_country")
    assert open_.sum() > 0
    assert ok.loc[open_, "destination_country"].isna().all()
    assert ok.loc[~open_, "destination_country"].equals(ev.loc[~open_, "destination_country"])
    assert set(ok.loc[open_, "source_file"]) == {"hellenic_rc_cva_ih.csv"}


def test_exploitation_unknown_only_where_tagged(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok, ev = _kept(truth, events)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown_exploitation")
    assert unknown.sum() > 0
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ev.loc[unknown, "exploitation"].notna().all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_kind_of_bad_row(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert bad["event_id"].notna().all()
    garbage = truth.loc[truth["messiness"].fillna("").eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}


def test_month_and_quarter_dates_are_never_a_duplicated_event(truth: pd.DataFrame) -> None:
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert len(partial) > 0
    duplicated = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert not set(partial["event_id"]) & duplicated


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_wfp_panama_excel_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["pma_rbp_tbm"]
    assert path.suffix == ".xlsx"
    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:3] == ["N.º de caso", "Fecha del incidente", "Tipo de caso"]
    assert "Latitud" in head
    assert "Longitud" in head
    date_col = head.index("Fecha del incidente")
    dates = [r[date_col] for r in rows[1:] if r[date_col] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, bare serials, typed text
    serials = [d for d in dates if isinstance(d, int)]
    assert all(43000 < s < 46000 for s in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert all(re.fullmatch(r"\d{2}/\d{2}/\d{4}", t) for t in texts)
    lat = head.index("Latitud")
    assert all(isinstance(r[lat], float) for r in rows[1:] if r[lat] is not None)
    words = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"TIM", "Tráfico ilícito de migrantes", "NNA", "TOTAL GENERAL"} <= words
    assert "VEN" in words  # codes of its lists
    assert "Venezuela" in words  # and names
    tags = tags_of(_rows_of(truth, path.name))
    assert tags.str.contains("excel_serial").any()


def test_mexican_red_cross_csv(paths: dict[str, Path]) -> None:
    path = paths["cruz_roja_mx_tem"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a Windows "ANSI" export
    assert raw.startswith(b"Folio,Fecha del evento,Tipo de delito,Tipo de explotaci\xf3n,")
    assert b"\r\n" in raw
    frame = _csv(path, "cp1252", ",")
    dates = frame["Fecha del evento"]
    day = dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    month = dates.str.fullmatch(r"[a-z]+ \d{4}")
    assert day.mean() > 0.85
    assert month.any()
    assert set(dates[month].str.split().str[0]) <= {
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    }
    # day first: the first part never exceeds 31 and the second never exceeds 12
    parts = dates[day].str.split("/", expand=True).astype(int)
    assert parts[1].max() <= 12
    assert parts[0].max() > 12
    nationality = set(frame["Nacionalidad"].str.strip())
    assert {"Mexicana", "Hondureña", "Guatemalteca"} <= nationality
    assert "NNA" in set(frame["Edad"].str.strip())
    detected = set(frame["País donde se detectó"].str.strip())
    assert {"EUA", "EE.UU."} <= detected
    offences = " / ".join(frame["Delitos asociados"])
    assert "Delitos contra la salud" in offences or "Cohecho" in offences
    assert "Latitud" not in frame.columns
    assert "GPS" not in frame.columns


def test_hellenic_red_cross_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["hellenic_rc_cva"]
    raw = path.read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    frame = _csv(path, "utf-16", "\t")
    assert list(frame.columns[:3]) == ["Case No.", "Date of incident", "Case type"]
    assert "GPS" in frame.columns
    gps = frame["GPS"][frame["GPS"] != ""]
    assert gps.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").all()
    assert {"Afghan", "Syrian"} <= set(frame["Nationality"])
    assert "UASC" in set(frame["Age group"])
    assert frame["Transit route"].str.contains(" > ").any()
    # "Türkiye" only from June 2022 on
    dated = pd.to_datetime(frame["Date of incident"], format="%d/%m/%Y", errors="coerce")
    turkiye = frame.apply(lambda col: col.str.contains("Türkiye")).any(axis=1)
    assert turkiye.any()
    assert (dated[turkiye].dropna() >= "2022-06-01").all()
    tags = tags_of(_rows_of(truth, path.name))
    assert tags.str.contains("demonym:nationality").any()


def test_cesvi_kobo_export(paths: dict[str, Path]) -> None:
    path = paths["cesvi_it_cva"]
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["case_id", "incident_date", "case_type"]
    body = [r for r in rows if r["case_id"] != "TOTAL"]
    assert {r["case_type"] for r in body} <= {"thb", "smuggling", "thb_smuggling"}
    assert all(
        r["nationality"] is None or re.fullmatch(r"[A-Z]{3}", r["nationality"]) for r in body
    )
    transit = [r["transit_countries"] for r in body if r["transit_countries"]]
    assert all(re.fullmatch(r"[A-Z]{3}( [A-Z]{3})*", t) for t in transit)
    assert any(" " in t for t in transit)
    gps = [r["gps"] for r in body if r["gps"]]
    assert all(re.fullmatch(r"-?\d+\.\d+ -?\d+\.\d+ 0 0", g) for g in gps)
    dates = [r["incident_date"] for r in body if r["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert all(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d) for d in dates)
    assert any(isinstance(r["n_individuals"], int) for r in body)


def test_acf_watch_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["acf_veille_protection"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfR\xc3\xa9f. veille;")
    frame = _csv(path, "utf-8-sig", ";")
    dates = frame["Date de l'incident"]
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"1er [a-zéû]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    lat = frame["Latitude"][frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{4}").all()  # decimal commas
    counts = frame["Nb de personnes"]
    assert counts.str.contains("\u202f|\u00a0").any()
    text = raw.decode("utf-8-sig")
    assert "Ã" in text  # names pasted with their encoding broken
    assert "small boat" in text
    assert "MNA" in set(frame["Tranche d'âge"].str.strip())
    tags = tags_of(_rows_of(truth, path.name))
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("coords_swapped").any()


def test_hand_typed_cells_keep_their_meaning(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok, ev = _kept(truth, events)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for kind in ("typo:", "mojibake:", "demonym:", "upper:", "alias:", "iso3:", "case:"):
        assert tags.str.contains(kind).any(), kind
    typed = tags.str.contains("typo:|mojibake:|demonym:|upper:|alias:")
    assert ok.loc[typed, "origin_country"].equals(ev.loc[typed, "origin_country"])


def test_cross_source_reports_come_from_the_second_agency(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    first = cross["duplicate_of"].str.split(":").str[0]
    assert (first != cross["source_file"]).all()
    pairs = set(zip(first, cross["source_file"], strict=True))
    assert ("pma_rbp_tbm_ih.xlsx", "acf_veille_protection_ih.csv") in pairs
    assert ("cruz_roja_mx_tem_ih.csv", "pma_rbp_tbm_ih.xlsx") in pairs


def test_future_dates_are_a_decade_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    future = truth.loc[truth["expected_reason"] == "future_date"]
    assert len(future) > 0
    years = []
    for row in future.itertuples():
        name = row.source_file
        src = next(s for s in SOURCES if paths[s].name == name)
        path = paths[src]
        pos = int(row.source_row)
        if path.suffix == ".jsonl":
            cell = json.loads(path.read_text(encoding="utf-8").splitlines()[pos - 1])[
                "incident_date"
            ]
        elif path.suffix == ".xlsx":
            sheet = load_workbook(path).worksheets[0]
            cell = next(sheet.iter_rows(min_row=pos, max_row=pos, values_only=True))[1]
        else:
            enc = {"cruz_roja_mx_tem": "cp1252", "hellenic_rc_cva": "utf-16"}.get(src, "utf-8-sig")
            sep = {"cruz_roja_mx_tem": ",", "hellenic_rc_cva": "\t"}.get(src, ";")
            cell = _csv(path, enc, sep).iloc[pos - 2, 1]
        year = cell.year if isinstance(cell, datetime) else int(re.findall(r"\d{4}", cell)[0])
        years.append(year)
    assert all(y >= 2031 for y in years)
