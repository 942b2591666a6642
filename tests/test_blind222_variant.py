"""The examiner set ``blind222`` (files ``*_hp.*``): environmental-crime units.

These tests check what the set promises (its files, its truth, the habits planted in
the bytes); none of them cleans or scores.
"""

from __future__ import annotations

import io
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

from trendlib.samples import write_samples

VARIANT = "blind222"
SEED = 222
N_EVENTS = 1500
SMALL_SEED = 2221
SMALL_EVENTS = 400
SUFFIX = "_hp"
SOURCES = ("seprona", "oclaesp", "dinapart_pa", "usfws_ole", "interpol_ens")
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    text = paths[source].read_bytes().decode(encoding)
    return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_every_source_has_records_at_300_events(tmp_path: Path) -> None:
    small = write_samples(tmp_path, seed=1, n_events=300, variant=VARIANT)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_five_new_environmental_agencies(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    assert {s: paths[s].name for s in SOURCES} == {
        "seprona": "seprona_hp.xlsx",
        "oclaesp": "oclaesp_hp.csv",
        "dinapart_pa": "dinapart_pa_hp.csv",
        "usfws_ole": "usfws_ole_hp.csv",
        "interpol_ens": "interpol_ens_hp.jsonl",
    }
    assert set(truth["source"]) == set(SOURCES)


def test_compilation_reports_what_no_primary_source_does(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(where, index=first["source"].to_numpy())
    assert set(by_source["seprona"]) == {"ESP"}
    assert set(by_source["oclaesp"]) == {"FRA"}
    assert set(by_source["dinapart_pa"]) == {"PAN"}
    assert set(by_source["usfws_ole"]) == {"USA"}
    assert set(by_source["interpol_ens"]) == {"ITA", "GRC", "HRV", "POL", "GBR"}


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_seprona_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["seprona"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:3] == ["Nº Diligencias", "Fecha hecho", "Comandancia"]
    assert "Finalidad de explotación" in head
    assert "Infracción medioambiental" in head
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, pasted serials, typed text
    texts = [d for d in dates if isinstance(d, str)]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"marroquí", "no procede", "MENA", "TOTAL GENERAL"} <= cells
    assert any(c.startswith("art. 318 bis") for c in cells)
    assert any(" - " in str(r[head.index("Países de tránsito")]) for r in rows[1:])
    assert any(isinstance(r[head.index("Latitud")], float) for r in rows[1:])
    assert any(re.fullmatch(r"\d+,\d{5}", str(r[head.index("Latitud")])) for r in rows[1:])
    tags = tags_of(_rows_of(truth, "seprona"))
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("demonym").any()
    assert _rows_of(truth, "seprona")["expected_reason"].eq("exact_repeat").sum() >= 3


def test_oclaesp_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["oclaesp"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # Windows code page, not UTF-8
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, "oclaesp", "cp1252", ";")
    assert list(frame.columns[:3]) == ["N° procédure", "Date des faits", "Commune"]
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.contains(r"^(?:1er|\d{1,2}) [a-zéû]+ \d{4}$").any()
    assert frame["Latitude"].str.fullmatch(r"5\d,\d{5}").any()
    assert frame["Mis en cause"].isin(["néant", "aucun"]).any()
    assert frame["Nationalité"].isin(["afghane", "irakienne", "iranienne"]).any()
    assert frame["Qualification"].str.startswith("aide à l'entrée").any()
    assert frame["Qualification"].str.contains("Ã©").any()  # rows imported from UTF-8
    rows = _rows_of(truth, "oclaesp")
    garbled = rows.loc[tags_of(rows).str.contains("mojibake")]
    assert 0 < len(garbled) < 0.25 * len(rows)
    assert garbled["crime_type"].dropna().isin(["smuggling", "trafficking", "both"]).all()
    prec = _rows_of(truth, "oclaesp")["date_precision"]
    assert {"day", "month", "quarter"} <= set(prec.dropna())


def test_dinapart_unicode_text_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dinapart_pa"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    frame = _csv(paths, "dinapart_pa", "utf-16", "\t")
    assert list(frame.columns[:4]) == ["No. Informe", "Fecha", "Lugar", "Delito"]
    assert frame["Delito"].str.startswith("Trata de personas").any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["Aprehendidos"].str.fullmatch(r"[a-zé]+ \(\d+\)").any()
    assert frame["Fecha"].str.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}").any()
    dms = frame["Coordenadas"].str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"O")
    assert dms.any()
    assert frame["Coordenadas"].str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").any()
    assert frame["Ruta (países de tránsito)"].eq("Ecuador - Colombia").any()
    rows = _rows_of(truth, "dinapart_pa")
    dms_rows = rows.loc[tags_of(rows).str.contains("dms")]
    assert len(dms_rows) > 0
    assert (dms_rows["lon"].astype(float) < 0).all()


def test_usfws_us_dates(paths: dict[str, Path]) -> None:
    raw = paths["usfws_ole"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, "usfws_ole", "utf-8", ",")
    assert frame.columns[0] == "Case Number"
    assert "Citizenship" in frame.columns
    us = frame["Incident Date"].str.extract(r"^(\d\d)/(\d\d)/(\d{4})$").dropna().astype(int)
    assert (us[0] <= 12).all()  # month first, in every row of the file
    assert (us[1] > 12).any()
    assert frame["Incident Date"].str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}").any()
    assert frame["Age Category"].isin(["UAC", "Family unit"]).any()
    assert frame["Smugglers / Guides Arrested"].eq("None").any()
    assert frame["Offense Type"].str.startswith("Alien smuggling").any()
    assert frame["Transit Countries"].str.contains("; ").any()


def test_interpol_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["interpol_ens"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "date_of_event", "reporting_ncb"]
    transit = [r["transit_route"] for r in recs if r.get("transit_route")]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    assert all(re.fullmatch(r"[A-Z]{3}", c) for t in transit for c in t)
    dates = [str(r["date_of_event"]) for r in recs if r.get("date_of_event")]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    nat = [str(r.get("citizenship")) for r in recs]
    assert any(re.fullmatch(r"\d{3}", n) for n in nat)  # numeric codes
    assert any(re.fullmatch(r"[A-Z]{2}", n) for n in nat)
    assert any(isinstance(r.get("geo_lat"), float) for r in recs)
    tags = tags_of(_rows_of(truth, "interpol_ens"))
    assert tags.str.contains("numeric").any()
    assert not tags.str.contains("mojibake").any()


def test_bad_rows_read_as_bad(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    assert {"no_date", "bad_date", "future_date", "negative_count", "bad_count"} <= set(
        bad["expected_reason"]
    )
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert {"empty_row", "no_content", "no_date"} <= set(garbage["expected_reason"])
