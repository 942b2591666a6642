"""Examiner set ``blind435`` (files ``*_pu.*``): the files, their truth and each desk's habits.

These tests check what the set promises; none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
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
from trendlib.samples._blind435 import AGENCIES, make_blind435

VARIANT = "blind435"
SEED = 435
N_EVENTS = 1500
SMALL_SEED = 4351
SMALL_EVENTS = 400
SOURCES = [a.source for a in AGENCIES]

NTIA, CSCAD, SPAIN, INA, CATW = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pu", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_pu", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    rows = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small_paths, SOURCES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type", "linked_offences"), tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind435(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == SOURCES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_partial_dates_expect_their_period(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"].ne("quarantine")
    partial = truth.loc[kept & tags.str.contains("partial_date")]
    assert set(partial["date_precision"]) == {"month", "quarter"}
    assert (truth.loc[kept & ~tags.str.contains("partial_date"), "date_precision"] == "day").all()
    # a duplicated event is given with its day by both reports
    dup = truth.loc[truth["expected_reason"].eq("cross_source"), "event_id"]
    assert (truth.loc[truth["event_id"].isin(dup) & kept, "date_precision"] == "day").all()


def test_every_bad_kind_in_truth(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"].eq("garbage_row"), "expected_reason"]
    assert set(garbage) == {"empty_row", "no_content", "no_date"}


# --------------------------------------------------------------------------------------
# Night Time Industries Association (UK): UTF-8 with BOM, commas, British wording
# --------------------------------------------------------------------------------------
def test_ntia_bytes_and_headers(paths: dict[str, Path]) -> None:
    raw = paths[NTIA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    first = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert first.startswith("Incident Ref,Date of Incident,Incident Category,")
    assert "Location (lat, long)" in first


def test_ntia_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _text(paths[NTIA], "utf-8-sig", ",")
    dates = frame["Date of Incident"].loc[frame["Incident Ref"].str.startswith("SG/")]
    day_first = r"\d\d/\d\d/\d{4}( \d\d:\d\d)?"
    long_day = r"\d{1,2} [A-Z][a-z]+ \d{4}"
    month = r"[A-Z][a-z]+ \d{4}"
    other = r"TBC|30/02/\d{4}|31/0[469]/\d{4}|31/11/\d{4}|"
    pattern = f"^({day_first}|{long_day}|{month}|{other})$"
    assert dates.str.match(pattern).all(), dates[~dates.str.match(pattern)].tolist()
    assert dates.str.contains(" ").any()
    assert dates.str.contains(":").any()
    assert set(frame["Country"]) & {"England", "Scotland"}
    assert "UK" in set(frame["Country"])
    assert {"Nil", "None"} & set(frame["Suspects"])
    assert {"Vietnamese", "Afghan", "Iranian", "Iraqi", "Albanian"} & set(frame["Nationality"])
    assert frame["Incident Category"].isin(["OIC", "MSHT"]).any()
    places = frame["Location (lat, long)"].loc[frame["Location (lat, long)"] != ""]
    assert places.str.match(r"^-?\d+\.\d{5}, -?\d+\.\d{5}$").all()
    assert frame["Route (via)"].str.contains(" > ").any()


def test_ntia_scotland_is_glasgow(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _text(paths[NTIA], "utf-8-sig", ",")
    rows = _rows(truth, NTIA).reset_index(drop=True)
    body = frame.reset_index(drop=True)
    scot = body["Country"].eq("Scotland")
    assert (rows.loc[scot, "detection_country"].dropna() == "GBR").all()
    lat = rows.loc[scot, "lat"].astype(float)
    assert (lat > 55).all()  # only Glasgow lies in Scotland


# --------------------------------------------------------------------------------------
# CSCAD (France): cp1252, semicolons, CRLF, decimal commas, French wording
# --------------------------------------------------------------------------------------
def test_cscad_bytes_and_headers(paths: dict[str, Path]) -> None:
    raw = paths[CSCAD].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.split("\r\n", 1)[0].startswith("N° signalement;Date des faits;Qualification;")
    assert "\r\n" in text


def test_cscad_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _text(paths[CSCAD], "cp1252", ";")
    dates = frame["Date des faits"]
    assert dates.str.match(r"^T[1-4] \d{4}$").any()
    assert dates.str.match(r"^\d{1,2} [a-zéû]+ \d{4}$").any()
    assert dates.str.match(r"^\d\d/\d\d/\d{4}$").mean() > 0.6
    lat = frame["Latitude"].loc[~frame["Latitude"].isin(["", "N.C."])]
    assert lat.str.match(r"^-?\d+,\d{5}$").all()
    assert (frame["Latitude"] == "N.C.").any()
    assert {"aucun", "néant"} & set(frame["Nb mis en cause"])
    assert frame["Pays de constatation"].str.isupper().any()
    assert {"afghane", "iranienne", "irakienne", "érythréenne"} & set(frame["Nationalité"])
    assert frame["Qualification"].str.contains("séjour irréguliers").any()
    rows = _rows(truth, CSCAD)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# Spain Nightlife: XLSX with real dates, serials, DMS coordinates and garbled imports
# --------------------------------------------------------------------------------------
def test_spain_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[SPAIN], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    width = max(len(r) for r in rows)
    rows = [tuple(r) + (None,) * (width - len(r)) for r in rows]  # trailing blanks trimmed
    head, body = rows[0], rows[1:]
    assert head[:3] == ("Nº expediente", "Fecha del hecho", "Tipo delictivo")
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Fecha del hecho"]] for r in body if str(r[0]).startswith("SN-")]
    real = sum(isinstance(d, dt.datetime) for d in dates)
    assert real / len(dates) > 0.6
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.match(r"^\d\d[/-]\d\d[/-]\d{4}$", d) for d in dates)
    coords = [r[col["Coordenadas (GMS)"]] for r in body if r[col["Coordenadas (GMS)"]]]
    dms = re.compile(r"^\d{1,2}Â?°\d\d'\d\d\"[NS] \d{1,3}Â?°\d\d'\d\d\"[EO]$")
    assert all(dms.match(str(c)) for c in coords), coords[:5]
    assert any(str(c).endswith('"O') for c in coords)
    text = [str(v) for r in body for v in r if isinstance(v, str)]
    assert any("Ã" in v for v in text)  # a wrong import of UTF-8 rows
    assert any("318 bis" in v for v in text)
    assert any(v in ("Patera", "Cayuco") for v in text)
    persons = [r[col["Nº víctimas / personas"]] for r in body if str(r[0]).startswith("SN-")]
    assert sum(isinstance(p, int) for p in persons) / len(persons) > 0.9
    tags = tags_of(truth).loc[truth["source"] == SPAIN]
    assert tags.str.contains("mojibake").any()


def test_spain_dms_expects_what_it_says(truth: pd.DataFrame) -> None:
    rows = _rows(truth, SPAIN)
    dms = rows.loc[tags_of(truth).loc[rows.index].str.contains("coords_dms")]
    seconds = (dms["lat"].dropna().astype(float).abs() * 3600).round(3)
    assert len(seconds) > 0
    assert ((seconds - seconds.round()).abs() < 0.025).all()


# --------------------------------------------------------------------------------------
# International Nightlife Association: JSON lines, ISO and EU codes
# --------------------------------------------------------------------------------------
def test_ina_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[INA].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, INA))
    assert list(recs[0])[:3] == ["alert_id", "incident_date", "category"]
    alerts = [r for r in recs if str(r["alert_id"]).startswith("INA-ALR-")]
    dates = {str(r["incident_date"]) for r in alerts if r["incident_date"]}
    assert any(re.match(r"^\d{4}-\d\d$", d) for d in dates)
    assert any(re.match(r"^\d{4}-Q[1-4]$", d) for d in dates)
    assert any(re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$", d) for d in dates)
    countries = {r["country_iso"] for r in alerts}
    assert "EL" in countries  # the EU's code for Greece
    assert any(str(c).isdigit() for c in countries)  # ISO numeric
    assert any(isinstance(r["persons"], int) for r in alerts)
    assert any(isinstance(r["latitude"], float) for r in alerts)
    assert {r["category"] for r in alerts} <= {"THB", "SOM", "THB_SOM"}
    assert sum(r["alert_id"] == "_summary" for r in recs) == 1
    assert _rows(truth, INA)["expected_reason"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# CATW-LAC (Mexico City): UTF-16 with BOM, tabs, Mexican wording
# --------------------------------------------------------------------------------------
def test_catw_bytes_and_headers(paths: dict[str, Path]) -> None:
    raw = paths[CATW].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].startswith("Folio\tFecha\tDelito\t")


def test_catw_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _text(paths[CATW], "utf-16", "\t")
    cases = frame.loc[frame["Folio"].str.startswith("F-")]
    assert set(cases["País de detección"]) & {"EUA", "EE. UU."}
    assert cases["Fecha"].str.match(r"^\d{1,2} de [a-z]+ de \d{4}$").any()
    assert cases["Fecha"].str.match(r"^[a-z]+ de \d{4}$").any()
    assert cases["Fecha"].str.match(r"^\d{5}$").any()  # Excel serials
    assert cases["Fecha"].str.match(r"^\d{4}/\d\d/\d\d$").any()
    words = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"}
    words |= {"once", "doce"}
    assert set(cases["Personas"]) & words
    counts = cases["Personas"].loc[~cases["Personas"].isin(words)]
    ok = counts.str.match(r"^(-?\d+|\d{1,3},\d{3}|se desconoce|N/D|varias|un grupo|muchas)$")
    assert ok.all(), counts[~ok].tolist()
    assert {"venezolana", "venezolano", "ecuatoriana", "ecuatoriano"} & set(cases["Nacionalidad"])
    assert cases["Grupo de edad"].str.contains("NNA").any()
    assert (cases["Modalidad de explotación"] == "No aplica").any()
    places = cases["Coordenadas"].loc[~cases["Coordenadas"].isin(["", "N/D"])]
    assert places.str.match(r"^-?\d+\.\d{5},-?\d+\.\d{5}$").all()
    rows = _rows(truth, CATW)
    word_rows = tags_of(truth).loc[rows.index].str.contains("count_word:n_persons")
    assert word_rows.any()
    assert rows.loc[word_rows & rows["expected_status"].ne("quarantine"), "n_persons"].notna().all()
