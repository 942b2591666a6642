"""The examiner sample set ``blind298`` (files ``*_kn.*``): staffing-industry compliance desks.

These tests check what the set promises (files, truth, each desk's quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind298"
SEED = 298
N_EVENTS = 1500
SMALL_SEED = 2981
SMALL_EVENTS = 400

REC = "rec_compliance_kn"
PRISM = "prismemploi_fraude_kn"
ASEMPLEO = "asempleo_cumplimiento_kn"
AMECH = "amech_observatorio_kn"
WEC = "wec_members_digest_kn"
SOURCES = (REC, PRISM, ASEMPLEO, AMECH, WEC)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type",)


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
    check_files_and_truth(paths, SOURCES, suffix="_kn", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_kn", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400, 1500):
        got = _truth(write_samples(tmp_path / str(n), seed=n, n_events=n, variant=VARIANT))
        kept = got.loc[got["expected_status"] == "record"]
        assert set(kept["source"]) == set(SOURCES), n


# --------------------------------------------------------------------------------------
# What the truth expects where a cell says less than the event
# --------------------------------------------------------------------------------------
def test_what_a_row_leaves_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    tags = tags_of(truth)
    ok = truth["expected_status"].ne("quarantine")
    ev = events.loc[truth.loc[ok, "event_id"]].reset_index()
    rows = truth.loc[ok].reset_index(drop=True)
    tg = tags.loc[ok].reset_index(drop=True)
    # the REC log has no destination column and no location
    rec = rows["source"].eq(REC)
    assert rows.loc[rec, ["destination_country", "lat", "lon"]].isna().all().all()
    # a smuggling case has no form of exploitation; an unknown one of a trafficking case
    # is "unknown"
    smug = ev["crime_type"].eq("smuggling")
    assert rows.loc[smug, "exploitation"].isna().all()
    lost = tg.str.contains("unknown:exploitation")
    assert (rows.loc[lost, "exploitation"] == "unknown").all()
    assert rows.loc[~smug & ~lost, "exploitation"].equals(ev.loc[~smug & ~lost, "exploitation"])
    # origin, destination and transit are the event's unless the cell says "not known"
    for col in ("origin_country", "destination_country", "transit_countries"):
        has = ~rec if col == "destination_country" else pd.Series(True, index=rows.index)
        unknown = tg.str.contains(f"unknown:{col}")
        keep = has & ~unknown
        assert rows.loc[keep, col].equals(ev.loc[keep, col]), col
        assert rows.loc[unknown, col].isna().all(), col
    assert rows["linked_offences"].equals(ev["linked_offences"])


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_rec_log_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[REC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfConcern ID,Date identified,Concern category")
    text = raw.decode("utf-8-sig")
    assert "\r\n" not in text
    frame = pd.read_csv(paths[REC], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    assert "Latitude" not in frame.columns
    assert "Destination" not in " ".join(frame.columns)
    dates = frame["Date identified"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()  # "17 May 2023"
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    assert frame["Nationality"].isin(["Afghan", "Vietnamese", "Iraqi", "Iranian"]).any()
    assert frame["Known route (via)"].str.contains(" > ").any()
    assert frame["Country identified in"].isin(["UK", "Great Britain", "GB"]).any()
    tags = tags_of(_rows(truth, REC))
    assert tags.str.contains("count_word").any()
    assert tags.str.contains("demonym:nationality").any()
    assert truth.loc[truth["source"] == REC, "expected_reason"].eq("exact_repeat").sum() >= 3


def test_prismemploi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PRISM].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date des faits;Qualification des faits")
    assert "\r\n" in text
    frame = pd.read_csv(paths[PRISM], sep=";", dtype=str, encoding="cp1252", keep_default_na=False)
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    lat = frame["Latitude"]
    assert lat.str.fullmatch(r"-?\d+,\d{5}").any()
    assert not lat.str.contains(r"\.").any()
    assert text.count("Ã") > 0  # member exports garbled in the federation's sheet
    assert "TOTAL GÉNÉRAL" in text
    tags = tags_of(_rows(truth, PRISM))
    assert tags.str.contains("mojibake:").any()


def test_asempleo_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[ASEMPLEO], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Nº expediente", "Fecha de detección", "Tipo delictivo")
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, str) and d.count("/") == 2 for d in dates)  # typed as text
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # bare serial
    assert any(isinstance(d, datetime) and d.year > 2100 for d in dates)  # "2123" typo
    assert any(isinstance(r[4], int) for r in body)
    assert any(isinstance(r[14], float) for r in body)
    assert any(r[2] == "Inmigración clandestina (art. 318 bis)" for r in body)
    assert any(r[13] in ("Patera", "Cayuco") for r in body)
    assert truth.loc[truth["source"] == ASEMPLEO, "expected_reason"].eq("exact_repeat").sum() >= 3


def test_amech_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[AMECH].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    text = raw.decode("utf-16")
    assert text.startswith("Folio\tFecha de los hechos\tTipo de caso")
    frame = pd.read_csv(paths[AMECH], sep="\t", dtype=str, encoding="utf-16", keep_default_na=False)
    assert frame["Nacionalidad"].isin(["mexicana", "guatemalteca", "hondureña"]).any()
    assert frame["Grupo de edad"].str.contains("NNA").any()
    assert frame["Coordenadas"].str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").any()
    assert frame["País donde se detectó"].isin(["EUA", "EE. UU.", "EEUU"]).any()
    dates = frame["Fecha de los hechos"]
    assert dates.str.fullmatch(r"\d{4}/\d{2}/\d{2}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.5


def test_wec_digest_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[WEC].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["caseRef", "dateOfDetection", "caseCategory"]
    assert any(isinstance(r["transitRoute"], list) for r in recs)
    assert any(isinstance(r["relatedOffences"], list) for r in recs)
    detected = {r["detectedIn"] for r in recs}
    assert "EL" in detected  # Eurostat's code for Greece
    assert "GR" not in detected
    dates = pd.Series([r["dateOfDetection"] for r in recs]).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d{2}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.5
    # the compilation reports every event of the countries no national desk covers
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    country = events.loc[first["event_id"].dropna(), "detection_country"]
    by = first.dropna(subset=["event_id"]).assign(country=country.to_numpy())
    others = by.loc[by["country"].isin(["ITA", "GRC", "HRV", "POL", "PAN"])]
    assert set(others["source"]) == {WEC}


def test_partial_dates_only_where_no_other_report_gives_the_day(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"].isin(["month", "quarter"])]
    paired = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert len(partial) > 0
    assert not set(partial["event_id"]) & paired
