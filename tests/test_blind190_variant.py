"""The examiner set ``blind190`` (files ``*_gj.*``): immigration-detention screening.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

VARIANT = "blind190"
SEED = 190
N_EVENTS = 1500
SMALL_SEED = 1901
SMALL_EVENTS = 400
SOURCES = ("pueblos_unidos_cie", "cimade_cra", "bid_uk_detention", "firrp_az", "gdp_geneva")
# fields every kept row gives exactly as the event has them
EXACT = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # the compilation geocodes to four decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")


def _sheet(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    return [str(h) for h in rows[0]], rows[1:]


def _column(path: Path, header: str) -> list[object]:
    heads, rows = _sheet(path)
    i = heads.index(header)
    return [r[i] if i < len(r) else None for r in rows]


def _csv(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_gj", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_gj", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400):
        got = write_samples(tmp_path / str(n), seed=SEED + n, n_events=n, variant=VARIANT)
        truth = _truth(got)
        kept = truth.loc[truth["expected_status"] == "record"]
        assert set(kept["source"]) == set(SOURCES), n


# --------------------------------------------------------------------------------------
# Who reports what
# --------------------------------------------------------------------------------------
def test_routing_by_detection_country(paths: dict[str, Path]) -> None:
    truth, events = _truth(paths), _events(paths)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    primary = {"ESP": "pueblos_unidos_cie", "FRA": "cimade_cra", "GBR": "bid_uk_detention"}
    primary["USA"] = "firrp_az"
    want = [primary.get(c, "gdp_geneva") for c in country]
    assert list(first["source"]) == want
    # second reports: the compilation re-reports the detention NGOs' events, and La Cimade
    # the Western Mediterranean crossings of people later held in southern French CRAs
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"gdp_geneva", "cimade_cra"}
    corridors = events.loc[cross.loc[cross["source"] == "cimade_cra", "event_id"], "corridor"]
    assert set(corridors) == {"wmed"}
    assert set(truth.loc[truth["expected_reason"] == "exact_repeat", "source"]) == {
        "cimade_cra",
        "gdp_geneva",
    }


def test_only_the_compilation_has_coordinates(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    detention = ok.loc[ok["source"] != "gdp_geneva"]
    assert detention[["lat", "lon"]].isna().all().all()
    gdp = ok.loc[ok["source"] == "gdp_geneva"]
    assert gdp["lat"].notna().mean() > 0.85


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_pueblos_unidos_writes_a_spanish_workbook(paths: dict[str, Path]) -> None:
    path = paths["pueblos_unidos_cie"]
    heads, _ = _sheet(path)
    assert heads[:3] == ["Nº expediente", "Centro / ámbito", "Fecha llegada / interceptación"]
    assert "Finalidad de explotación" in heads
    assert "Ruta (países de tránsito)" in heads
    dates = _column(path, "Fecha llegada / interceptación")
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in text)
    assert any(re.fullmatch(r"[a-z]+ de \d{4}", d) for d in text)  # "mayo de 2023"
    nat = {str(v).strip() for v in _column(path, "Nacionalidad") if v}
    assert {"marroquí", "Guinea Conakry"} & nat
    assert nat & {"argelina", "senegalesa", "guineana", "gambiana", "marfileña", "rumana"}
    expl = {str(v).strip().lower() for v in _column(path, "Finalidad de explotación") if v}
    assert "no procede" in expl
    route = [str(v) for v in _column(path, "Ruta (países de tránsito)") if v]
    assert any(" - " in v for v in route)
    assert "directo" in route
    counts = [v for v in _column(path, "Nº personas (embarcación / grupo)") if v is not None]
    assert any(isinstance(v, int) for v in counts)
    assert any(isinstance(v, str) and v.endswith(" personas") for v in counts)
    assert "s/d" in counts
    assert "ninguno" in _column(path, "Nº pasadores / captadores")
    assert "TOTAL" in _column(path, "Nº expediente")


def test_cimade_writes_a_french_cp1252_export(paths: dict[str, Path]) -> None:
    raw = paths["cimade_cra"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = _csv(paths["cimade_cra"], "cp1252", ";")
    heads = list(rows[0])
    assert heads[:3] == ["N° dossier", "CRA", "Date interpellation"]
    assert "Pays traversés" in heads
    assert "Âge" in heads
    dates = [r["Date interpellation"] for r in rows if r["Date interpellation"]]
    assert all(not re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d\d", d) for d in dates)
    assert any(re.fullmatch(r"4[45]\d{3}", d) for d in dates)  # Excel serials
    days = [int(d[:2]) for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert max(days) > 12  # day first, throughout
    text = "\n".join(";".join(r.values()) for r in rows)
    assert "Ã©" in text or "Ã¨" in text  # rows that went through a UTF-8/cp1252 mix-up
    assert "Angleterre" in text
    assert "sans objet" in text.lower()
    assert "aucun" in {r["Nb passeurs"] for r in rows}
    assert " / " in text
    assert any(r["N° dossier"] == "Total général" for r in rows)
    assert any(not any(r.values()) for r in rows)  # the empty row


def test_bid_writes_an_english_workbook(paths: dict[str, Path]) -> None:
    path = paths["bid_uk_detention"]
    heads, _ = _sheet(path)
    assert heads[:3] == ["BID case no.", "IRC", "Date of arrest / encounter"]
    dates = _column(path, "Date of arrest / encounter")
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    text = {d for d in dates if isinstance(d, str)}
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in text)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in text)  # month only
    places = set(_column(path, "Country encountered"))
    assert {"England", "UK"} <= places
    nat = set(_column(path, "Nationality"))
    assert nat & {"Afghan", "Iraqi", "Iraqi Kurdish", "Vietnamese", "Eritrean", "Iranian"}
    assert "age disputed" in {str(v).strip().lower() for v in _column(path, "Age") if v}
    route = [str(v) for v in _column(path, "Route (countries)") if v]
    assert any(" > " in v for v in route)
    assert "none" in _column(path, "Facilitators named")


def test_bid_scotland_is_the_united_kingdom(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    scot = truth.loc[tags.str.contains("uk_nation:detection_country")]
    assert len(scot) > 0
    assert set(scot.loc[scot["expected_status"] != "quarantine", "detection_country"]) == {"GBR"}


def test_florence_project_writes_utf16_tabs_and_us_dates(paths: dict[str, Path]) -> None:
    raw = paths["firrp_az"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, Excel's "Unicode text"
    rows = _csv(paths["firrp_az"], "utf-16", "\t")
    heads = list(rows[0])
    assert heads[:3] == ["Case ID", "Facility", "Apprehension Date"]
    dates = [r["Apprehension Date"] for r in rows if r["Apprehension Date"]]
    us = [d for d in dates if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    assert len(us) >= len(dates) - 3  # all but the bad ones
    assert max(int(d.split("/")[1]) for d in us) > 12  # month first, throughout
    assert any(re.fullmatch(r"\d/\d{1,2}/\d{4}", d) for d in us)  # no zero padding
    cit = {r["Country of Citizenship"] for r in rows}
    assert {"MX", "México"} <= cit or {"GT", "México"} <= cit
    ages = {r["Age Group"].strip() for r in rows}
    assert {"UAC", "Family unit"} & ages
    assert "unk" in {r["# in Group"] for r in rows}


def test_gdp_writes_json_lines_with_lists_and_quarters(paths: dict[str, Path]) -> None:
    lines = paths["gdp_geneva"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["gdp_id", "incident_date", "country"]
    dates = {r["incident_date"] for r in recs if r["incident_date"]}
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["transit"], list) and len(r["transit"]) > 1 for r in recs)
    assert any(isinstance(r["related_offences"], list) for r in recs)
    codes = [r["citizenship"] for r in recs if r["citizenship"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", c)) for c in codes) > 0.6 * len(codes)
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert {"ITA", "GRC", "HRV", "POL", "PAN"} <= {r["country"] for r in recs}


def test_truth_records_the_planted_habits(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_source = {s: ";".join(tags[truth["source"] == s]) for s in SOURCES}
    assert "demonym:nationality" in by_source["pueblos_unidos_cie"]
    assert "count_words" in by_source["pueblos_unidos_cie"]
    assert "excel_serial" in by_source["cimade_cra"]
    assert "mojibake:" in by_source["cimade_cra"]
    assert "alias:destination_country" in by_source["cimade_cra"]
    assert "iso2:" in by_source["firrp_az"]
    assert "spanish:" in by_source["firrp_az"]
    assert "iso3:" in by_source["gdp_geneva"]
    # partial dates only where the source writes them, and never on a second report
    partial = truth.loc[tags.str.contains("partial_date")]
    assert set(partial["source"]) == {"pueblos_unidos_cie", "bid_uk_detention", "gdp_geneva"}
    assert not partial["expected_reason"].eq("cross_source").any()
    # smuggling rows expect no form of exploitation; undetermined forms are unknown
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()
    undetermined = ok.loc[tags_of(truth).loc[ok.index].str.contains("unknown_exploitation")]
    assert len(undetermined) > 0
    assert (undetermined["exploitation"] == "unknown").all()
