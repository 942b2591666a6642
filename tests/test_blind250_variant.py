"""The examiner's held-out set ``blind250`` (files ``*_ir.*``): what the files promise.

Five fire-and-rescue and risk-intelligence sources; these tests check the files, the
truth that describes them and each agency's habits in the bytes. None of them cleans or
scores: the lead scores the cleaner on this set once.
"""

from __future__ import annotations

import datetime as dt
import json
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

VARIANT = "blind250"
SEED = 250
N_EVENTS = 1500
SMALL_SEED = 2501
SMALL_EVENTS = 400
SOURCES = (
    "nfcc_protection_ir",
    "sdis62_codis_ir",
    "ume_operaciones_ir",
    "oba_bomberos_ir",
    "everbridge_rim_ir",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: DMS seconds and four-decimal feed coordinates


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _kept(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = _rows(truth, source)
    return rows.loc[rows["expected_status"] != "quarantine"]


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(paths[source], encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ir", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ir", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_reports_of_events(small, rows, EXACT_FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        assert (_rows(truth, source)["expected_status"] == "record").sum() >= 50, source


def test_exact_repeats_in_workbook_and_feed(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"ume_operaciones_ir", "everbridge_rim_ir"}
    assert (repeats.value_counts() >= 3).all()


def test_cross_source_reports_land_in_the_feed(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"everbridge_rim_ir"}
    assert not cross["duplicate_of"].str.startswith("everbridge_rim_ir").any()


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_nfcc_bom_commas_demonyms_and_uk_nations(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["nfcc_protection_ir"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, "nfcc_protection_ir", "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["Referral ref", "Date of incident", "Reporting FRS"]
    assert {"Reporting FRS", "Premises type"} <= set(frame.columns)
    nation = set(frame["Nation"]) - {""}
    assert nation == {"England", "Scotland"}
    assert {"Vietnamese", "Afghan"} <= set(frame["Nationality (as stated)"])
    assert frame["Date of incident"].str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert frame["Route (if known)"].str.contains(" > ").any()
    kurdish = _kept(truth, "nfcc_protection_ir")
    assert kurdish["nationality"].isna().any()  # "Kurdish" is expected blank
    assert frame["Safeguarding concern"].isin(["TOTAL"]).sum() == 0
    assert (frame["Referral ref"] == "TOTAL").sum() == 1


def test_sdis_cp1252_semicolons_times_and_mojibake(paths: dict[str, Path]) -> None:
    raw = paths["sdis62_codis_ir"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    frame = _csv(paths, "sdis62_codis_ir", "cp1252", ";")
    assert frame.columns[0] == "N° intervention"
    dates = frame["Date/heure appel"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").mean() > 0.6
    assert frame["Latitude"].str.contains(",").any()
    assert (
        frame["Latitude"].str.replace(",", ".").replace("", None).dropna().astype(float) < 3
    ).any()
    text = raw.decode("cp1252")
    assert "Ã" in text  # UTF-8 names misread as cp1252
    assert {"TEH", "AESI"} & set(frame["Motif (OPJ)"])
    assert frame["Itinéraire"].str.contains(" - ").any()


def test_ume_workbook_dates_dms_and_h_m(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["ume_operaciones_ir"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head, body = rows[0], rows[1:]
    assert head[:2] == ("Nº operación", "Fecha")
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Fecha"]] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 100
    assert any(isinstance(d, int) and 40_000 < d < 50_000 for d in dates)  # bare serials
    assert any(isinstance(d, str) and " de 20" in d for d in dates)  # "mayo de 2023"
    coords = [r[col["Coordenadas (GMS)"]] for r in body if r[col["Coordenadas (GMS)"]]]
    assert any(isinstance(c, str) and c.endswith('"O') for c in coords)
    sexes = {r[col["Sexo (H/M)"]] for r in body}
    assert {"H", "M"} <= sexes
    kept = _kept(truth, "ume_operaciones_ir")
    tags = tags_of(truth).loc[kept.index]
    vague = kept.loc[tags.str.contains("ambiguous_nationality")]
    assert len(vague) > 0
    assert vague["nationality"].isna().all()  # "subsahariano" names no one country


def test_oba_utf16_tabs_numeric_codes_and_quarters(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["oba_bomberos_ir"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    frame = _csv(paths, "oba_bomberos_ir", "utf-16", "\t")
    assert frame.columns[0] == "Código reporte"
    codes = set(frame["Código país (ISO)"])
    assert {"591", "840"} <= codes
    dates = frame["Fecha intervención"]
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["Coordenadas"].str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+").mean() > 0.8
    quarter = _kept(truth, "oba_bomberos_ir")
    assert (quarter["date_precision"] == "quarter").any()
    big = frame["Personas migrantes atendidas"].str.fullmatch(r"\d\.\d{3}")
    tags = tags_of(truth)
    assert (
        big.any() == tags.loc[_rows(truth, "oba_bomberos_ir").index].str.contains("thousands").any()
    )


def test_everbridge_feed_json_types(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["everbridge_rim_ir"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert len(items) == len(_rows(truth, "everbridge_rim_ir"))
    events = [i for i in items if i["incident_id"] != "summary"]
    assert {i["country_code"] for i in events} - {None} <= {
        "IT",
        "GR",
        "HR",
        "PL",
        "FR",
        "GB",
        "ES",
        "PA",
        "US",
    }
    assert any(isinstance(i["people_count"], int) for i in events)
    assert any(i["people_count"] is None for i in events)  # not known: kept, no count
    assert any(str(i["occurred_at"]).endswith("Z") for i in events)
    assert any(isinstance(i["latitude"], float) for i in events)
    assert sum(i["incident_id"] == "summary" for i in items) == 1


def test_bad_rows_of_every_kind_and_garbage(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert {"bad_date", "future_date", "negative_count", "bad_count", "no_date"} <= set(
        bad["expected_reason"]
    )
    garbage = bad.loc[bad["messiness"] == "garbage_row"]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    assert bad["event_id"].notna().sum() >= 5
