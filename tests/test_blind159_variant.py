"""The examiner set ``blind159`` (files ``*_fe.*``): what the files and the truth promise.

Five desks of the Hungary–Romania–Serbia region (see :mod:`trendlib.samples._blind159`).
These tests check the written bytes and the truth only; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
from datetime import datetime
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
from trendlib.samples import make_truth
from trendlib.samples._blind159 import make_blind159

VARIANT = "blind159"
SEED = 159
N_EVENTS = 1500
SMALL_SEED = 1591
SMALL_EVENTS = 400
SOURCES = (
    "tok_srbija_fe",
    "birn_balkan_fe",
    "mri_budapest_fe",
    "magistrat_liaison_bucarest_fe",
    "magistrado_enlace_ro_madrid_fe",
)
#: Fields every desk writes as they are (no blank, no placeholder).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: DMS to 0.1 s, 3 to 5 decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fe", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_desk_reports(tmp_path_factory: pytest.TempPathFactory) -> None:
    paths = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(paths, SOURCES, suffix="_fe", n_events=SMALL_EVENTS)
    truth = pd.read_csv(paths["truth_rows"], dtype=str)
    for source in SOURCES:
        assert (_rows(truth, source)["expected_status"] == "record").sum() >= 5, source


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_has_event_rows(n_events: int) -> None:
    subs = make_blind159(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert sub.expected["event_id"].notna().any(), sub.source


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].eq("record")]
    detected = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(detected, index=first["source"].to_numpy())
    assert set(by_source.loc["tok_srbija_fe"]) == {"HRV"}
    assert set(by_source.loc["birn_balkan_fe"]) == {"GRC"}
    assert set(by_source.loc["magistrat_liaison_bucarest_fe"]) == {"FRA"}
    assert set(by_source.loc["magistrado_enlace_ro_madrid_fe"]) == {"ESP"}
    assert not set(by_source.loc["mri_budapest_fe"]) & {"HRV", "GRC", "FRA", "ESP"}


def test_quarantine_reasons_of_garbage(truth: pd.DataFrame) -> None:
    garbage = truth.loc[tags_of(truth).eq("garbage_row")]
    # a note row in four desks, a total in all five, an empty line in each CSV
    assert garbage["expected_reason"].value_counts().to_dict() == {
        "no_date": 5,
        "no_content": 4,
        "empty_row": 3,
    }


# --------------------------------------------------------------------------------------
# Each desk's own habits, in the bytes
# --------------------------------------------------------------------------------------
def test_tok_xlsx_dates_dms_and_formal_names(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["tok_srbija_fe"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Case No. (KTO)", "Date of offence", "Criminal offence")
    assert "GPS location" in header
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 43000 < d < 46000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d\.\d\d\.\d{4}\.", d) for d in dates)
    refs = [r[0] for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("KTO ")]
    assert all(re.fullmatch(r"KTO \d+/\d\d", x) for x in refs)
    gps = [r[header.index("GPS location")] for r in rows[1:]]
    assert any(
        isinstance(g, str) and re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"E", g)
        for g in gps
    )
    text = {str(v) for r in rows[1:] for v in r if isinstance(v, str)}
    assert any("Art. 350" in t for t in text)
    assert any(t.startswith(("Islamic Republic of", "Republic of", "Syrian Arab")) for t in text)
    assert any(" - " in str(r[header.index("Route (countries of transit)")]) for r in rows[1:])
    assert "none" in {r[header.index("No. of defendants")] for r in rows[1:]}


def test_birn_csv_utf8_comma_long_dates(paths: dict[str, Path]) -> None:
    raw = paths["birn_balkan_fe"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" not in raw
    frame = _csv(paths["birn_balkan_fe"], "utf-8", ",")
    assert frame.columns[:3].tolist() == ["ID", "Date", "Type"]
    dates = frame["Date"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # monthly round-ups
    assert frame["Nationality"].isin(["Afghan", "Syrian", "Iraqi", "Pakistani"]).any()
    assert frame["Route"].str.contains(" > ").any()
    assert frame["Lat"].str.fullmatch(r"\d+\.\d{5}").any()
    assert frame["Gender"].eq("").sum() > 5  # gender often not given


def test_mri_jsonl_codes_arrays_partial_dates_mojibake(paths: dict[str, Path]) -> None:
    lines = paths["mri_budapest_fe"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"incident_id", "incident_date", "citizenship", "transit"}
    events = [r for r in recs if r["incident_id"] != "TOTAL"]
    dates = [r["incident_date"] for r in events if r["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\d", d)) for d in dates) > 0.7 * len(dates)
    assert any(isinstance(r["transit"], list) and len(r["transit"]) > 1 for r in events)
    codes = [r["reporting_country"] for r in events if r["reporting_country"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", c)) for c in codes) > 0.7 * len(codes)
    assert any("Ã" in str(r["citizenship"]) for r in events)  # UTF-8 read as cp1252
    assert any(r["persons_involved"] is None for r in events)  # figure not given


def test_magistrat_cp1252_semicolon_french(paths: dict[str, Path]) -> None:
    raw = paths["magistrat_liaison_bucarest_fe"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    frame = _csv(paths["magistrat_liaison_bucarest_fe"], "cp1252", ";")
    assert frame.columns[:3].tolist() == ["N° parquet", "Date des faits", "Qualification pénale"]
    assert "Latitude" not in frame.columns  # a proceedings table holds no coordinates
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.startswith("courant ").any()
    nat = frame["Nationalité"]
    assert nat.isin(["afghane", "irakienne", "iranienne", "érythréenne", "AFGHANE"]).any()
    assert frame["Nombre de mis en cause"].isin(["aucun", "néant"]).any()
    assert frame["Finalité de l'exploitation"].eq("sans objet").any()


def test_magistrado_bom_semicolon_spanish(paths: dict[str, Path]) -> None:
    raw = paths["magistrado_enlace_ro_madrid_fe"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = _csv(paths["magistrado_enlace_ro_madrid_fe"], "utf-8-sig", ";")
    assert frame.columns[0] == "Nr. dosar / DP"  # a Romanian word in a Spanish table
    refs = frame["Nr. dosar / DP"]
    assert refs.str.fullmatch(r"DP \d+/\d{4}").sum() > 0.9 * len(frame) - 5
    dates = frame["Fecha de los hechos"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}").any()
    assert frame["Latitud"].str.fullmatch(r"-?\d+,\d{4}").mean() > 0.8
    assert frame["Nº víctimas / migrantes"].str.fullmatch(r"\d\.\d{3}").any()
    assert frame["Tipo penal"].str.contains("318 bis").any()
    assert frame["Nacionalidad"].str.fullmatch(r"[A-Z]{2}").any()  # ISO alpha-2
    assert frame["Países de tránsito"].str.contains(" / ").any()


def test_truth_marks_what_cannot_be_read(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = truth["expected_status"].ne("quarantine")
    fr = truth["source"].eq("magistrat_liaison_bucarest_fe")
    assert truth.loc[fr & ok, ["lat", "lon"]].isna().all().all()
    month = truth["date_precision"].eq("month")
    assert tags[month].str.contains("month_only").all()
    quarter = truth["date_precision"].eq("quarter")
    assert quarter.any()
    assert set(truth.loc[quarter, "source"]) == {"mri_budapest_fe"}
    na = tags.str.contains("na_word") & ok
    assert na.any()
