"""The examiner's held-out set ``blind341`` (files ``*_me.*``): what its bytes and truth promise.

Nothing here cleans or scores: the tests check that the files are written the way each
agency writes them and that the truth describes every row as promised.
"""

from __future__ import annotations

import io
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind341"
SEED = 341
N_EVENTS = 1500
SMALL_SEED = 3411
SMALL_EVENTS = 400
SOURCES = (
    "menzies_uk_me",
    "groupe3s_surete_me",
    "groundforce_seguridad_me",
    "comite_handling_tocumen_me",
    "aci_world_facsec_me",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees; a DMS cell to a tenth of a second is ~3e-5 off


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source]
    return rows.set_index(rows["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    frame.index = frame.index + 2  # header = row 1
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_me", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_me", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_reports_of_events(paths: dict[str, Path]) -> None:
    ok, _ = check_reports_of_events(paths, _truth(paths), EXACT_FIELDS)
    assert len(ok) > N_EVENTS


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    where: dict[str, Path] = request.getfixturevalue(which)
    check_expected_values(where, _truth(where), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400, 1500):
        got = write_samples(tmp_path / str(n), seed=n, n_events=n, variant=VARIANT)
        truth = _truth(got)
        kept = truth.loc[truth["expected_status"] == "record"]
        assert set(kept["source"]) == set(SOURCES), n


def test_who_reports_what(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by = pd.Series(first["source"].to_numpy(), index=where)
    assert set(by.loc["GBR"]) == {"menzies_uk_me"}
    assert set(by.loc["FRA"]) == {"groupe3s_surete_me"}
    assert set(by.loc["ESP"]) == {"groundforce_seguridad_me"}
    assert set(by.loc["PAN"]) == {"comite_handling_tocumen_me"}
    others = by.loc[~by.index.isin(["GBR", "FRA", "ESP", "PAN"])]
    assert set(others) == {"aci_world_facsec_me"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"menzies_uk_me", "comite_handling_tocumen_me"}


# --------------------------------------------------------------------------------------
# Menzies Aviation UK: cp1252, ",", CRLF, day-first, MRZ nationality codes, no GPS
# --------------------------------------------------------------------------------------
def test_menzies_bytes(paths: dict[str, Path]) -> None:
    raw = paths["menzies_uk_me"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 bytes of a Windows desk (the note's en dash)
    text = raw.decode("cp1252")
    assert text.startswith("Incident Ref,Date of Incident,Incident Category,")
    assert "\r\n" in text
    assert "Latitude" not in text.splitlines()[0]
    frame = _csv(paths["menzies_uk_me"], "cp1252", ",")
    truth = _rows_of(_truth(paths), "menzies_uk_me")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Date of Incident"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    assert frame["Nationality"].str.strip().str.fullmatch(r"[A-Z]{3}").mean() > 0.3
    assert {"UK", "GB"} <= set(frame["Country of Detection"].str.strip())
    assert frame["Route (countries transited)"].str.contains(" > ").any()
    assert frame["No. of Suspects"].isin(["none", "nil"]).any()
    tags = tags_of(_truth(paths)).loc[_truth(paths)["source"] == "menzies_uk_me"]
    assert (
        tags.loc[_truth(paths)["expected_status"] != "quarantine"]
        .str.contains("coords_missing")
        .all()
    )


# --------------------------------------------------------------------------------------
# Groupe 3S: XLSX, real dates and typed ones, French words, mojibake rows, GPS cells
# --------------------------------------------------------------------------------------
def test_groupe3s_sheet(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["groupe3s_surete_me"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("N° de fiche", "Date des faits", "Qualification")
    header = list(rows[0])
    body = pd.DataFrame([list(r) + [None] * (len(header) - len(r)) for r in rows[1:]])
    body.columns = header
    dates = body["Date des faits"].dropna()
    assert dates.map(lambda v: hasattr(v, "year")).mean() > 0.7
    typed = dates.loc[dates.map(lambda v: isinstance(v, str))]
    assert typed.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    gps = body["Coordonnées GPS"].dropna().astype(str)
    assert gps.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert gps.str.contains("°").any()
    assert gps.str.contains(r"\"[NS] ").any()
    text = " ".join(str(v) for r in rows for v in r if isinstance(v, str))
    assert "Ã" in text  # rows pasted from a mis-read CSV
    assert body["Nombre de mis en cause"].isin(["aucun"]).any()
    assert "Royaume-Uni" in text


def test_groupe3s_partial_dates(small: dict[str, Path], paths: dict[str, Path]) -> None:
    words = []
    for where in (paths, small):
        sheet = load_workbook(where["groupe3s_surete_me"], read_only=True).active
        assert sheet is not None
        words += [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    typed = pd.Series([w for w in words if isinstance(w, str)], dtype=object)
    assert typed.str.fullmatch(r"T[1-4] \d{4}|[^\d\s]+ \d{4}|\d\d/\d\d/\d{4}").all()


# --------------------------------------------------------------------------------------
# Groundforce: UTF-8 with BOM, ";", decimal commas, "1.234", H/M = hombre/mujer
# --------------------------------------------------------------------------------------
def test_groundforce_bytes(paths: dict[str, Path]) -> None:
    raw = paths["groundforce_seguridad_me"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["groundforce_seguridad_me"], "utf-8-sig", ";")
    assert list(frame.columns[:3]) == ["Nº Parte", "Fecha del hecho", "Tipología"]
    lat = frame["Latitud"].loc[frame["Latitud"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()
    dates = frame["Fecha del hecho"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}").any()
    truth = _rows_of(_truth(paths), "groundforce_seguridad_me")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    sex = frame.loc[kept.index, "Sexo"].str.strip()
    # "M" is mujer in this file: a careful reader expects female
    assert (kept.loc[sex == "M", "gender"] == "female").all()
    assert (kept.loc[sex == "H", "gender"] == "male").all()
    assert (sex == "M").any()
    counts = frame.loc[kept.index, "Nº personas"]
    big = kept["n_persons"].fillna("0").astype(int) >= 1000
    dotted = counts.str.fullmatch(r"\d{1,2}\.\d{3}")
    assert (dotted <= big).all()
    exp = kept.loc[dotted, "n_persons"].astype(int)
    assert (exp == counts.loc[dotted].str.replace(".", "").astype(int)).all()
    assert frame["Medio de transporte"].isin(["Cayuco", "Patera"]).any()


# --------------------------------------------------------------------------------------
# Tocumen handling agents: UTF-16 tab text, capitals, 17-MAY-2023 and Excel serials
# --------------------------------------------------------------------------------------
def test_tocumen_bytes(paths: dict[str, Path]) -> None:
    raw = paths["comite_handling_tocumen_me"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = _csv(paths["comite_handling_tocumen_me"], "utf-16", "\t")
    assert list(frame.columns[:3]) == ["NO. REPORTE", "FECHA", "TIPO DE DELITO"]
    truth = _rows_of(_truth(paths), "comite_handling_tocumen_me")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "FECHA"]
    oracle = dates.str.fullmatch(r"\d\d-(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-\d{4}")
    serial = dates.str.fullmatch(r"4\d{4}")
    assert (oracle | serial).all()
    assert oracle.any()
    assert serial.any()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates[serial].astype(int), unit="D")
    assert (days.dt.strftime("%Y-%m-%d") == kept.loc[serial[serial].index, "event_date"]).all()
    words = frame[["TIPO DE DELITO", "NACIONALIDAD", "PAIS DONDE SE DETECTO"]].stack()
    words = words.loc[words != ""]
    assert (words == words.str.upper()).all()
    assert not words.str.contains("[ÁÉÍÓÚ]").any()
    sex = frame.loc[kept.index, "SEXO"]
    assert (kept.loc[sex == "M", "gender"] == "male").all()  # M = masculino here
    assert frame["GRUPO ETARIO"].isin(["NNA"]).any()


# --------------------------------------------------------------------------------------
# ACI World: JSON lines, camelCase keys, codes, arrays, partial ISO dates, 0/0 = no place
# --------------------------------------------------------------------------------------
def test_aci_lines(paths: dict[str, Path]) -> None:
    lines = paths["aci_world_facsec_me"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["caseRef", "detectionDate", "offenceType"]
    body = [r for r in recs if r["caseRef"] != "TOTAL"]
    assert {r["offenceType"] for r in body} <= {
        "HUMAN_TRAFFICKING",
        "MIGRANT_SMUGGLING",
        "TRAFFICKING_AND_SMUGGLING",
    }
    assert all(isinstance(r["transitStates"], list) for r in body)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for r in body for c in r["transitStates"])
    assert all(r["nationality"] is None or len(r["nationality"]) in (3, 7) for r in body)
    dates = pd.Series([r["detectionDate"] for r in body]).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z").any()
    assert any(str(r["stateOfDetection"]).isdigit() for r in body)  # numeric ISO codes
    truth = _truth(paths)
    aci = truth.loc[truth["source"] == "aci_world_facsec_me"]
    zero = [i + 1 for i, r in enumerate(recs) if r["latitude"] == 0.0 and r["longitude"] == 0.0]
    assert zero
    rows = aci.set_index(aci["source_row"].astype(int)).loc[zero]
    assert rows["lat"].isna().all()
    assert recs[-1]["caseRef"] == "TOTAL" or any(r["caseRef"] == "TOTAL" for r in recs)


def test_duplicates_cross_sources(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert {"menzies_uk_me", "groupe3s_surete_me", "aci_world_facsec_me"} <= set(cross["source"])
    assert (cross["duplicate_of"].str.split(":").str[0] != cross["source_file"]).all()
