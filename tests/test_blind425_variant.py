"""The examiner set ``blind425`` (files ``*_pk.*``): five beauty-industry desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind425"
SEED = 425
N_EVENTS = 1500
SMALL_SEED = 4251
SMALL_EVENTS = 400

UK = "ctpa_msl_horizon"
FR = "prodarom_grasse_vigilance"
ES = "stanpa_cumplimiento"
MX = "canipec_cumplimiento"
PA = "auzlc_perfumerias"
SOURCES = (UK, FR, ES, MX, PA)
# Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source"] == source]


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pk", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_pk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=1e-3)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_reports_events(small: dict[str, Path]) -> None:
    truth = _truth(small)
    for source in SOURCES:
        rows = truth.loc[truth["source"] == source]
        assert (rows["expected_status"] == "record").sum() >= 20, source


def test_compilation_covers_greece_croatia_poland(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(first["source"].to_numpy(), index=where)
    for iso in ("GRC", "HRV", "POL"):
        assert set(by_source.loc[[iso]]) == {UK}, iso
    assert set(by_source.loc[["FRA", "ITA"]]) == {FR}
    assert set(by_source.loc[["ESP"]]) == {ES}
    assert set(by_source.loc[["USA"]]) == {MX}
    assert set(by_source.loc[["PAN"]]) == {PA}


def test_truth_expects_nothing_for_unreadable_cells(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    na_age = tags.str.contains("na_word:age_group") & kept
    assert na_age.any()
    assert (truth.loc[na_age, "age_group"] == "unknown").all()
    placeholder = tags.str.contains("suspects_placeholder") & kept
    assert placeholder.any()
    assert truth.loc[placeholder, "n_suspects"].isna().all()
    no_place = tags.str.contains("coords_missing") & kept
    assert truth.loc[no_place, ["lat", "lon"]].isna().all().all()


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_uk_sharepoint_json_lines(paths: dict[str, Path]) -> None:
    raw = paths[UK].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    lines = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert list(lines[0])[:3] == ["CaseRef", "DateOfIncident", "IssueType"]
    dates = [d for d in (r["DateOfIncident"] for r in lines) if isinstance(d, str)]
    assert any(d.endswith("T00:00:00Z") for d in dates)
    assert any(len(d) == 7 for d in dates)  # "2023-05": month only
    assert any(d.startswith("Q") for d in dates)  # "Q2 2023"
    words = {r["IssueType"] for r in lines}
    assert {"OIC", "MSHT"} <= words
    assert {"HR", "GR", "PL", "GB"} <= {r["CountryIdentified"] for r in lines}
    assert any(" > " in (r["TransitRoute"] or "") for r in lines)
    assert {"Afghan", "Iraqi"} & {r["Nationality"] for r in lines}
    assert any(isinstance(r["PersonsInvolved"], int) for r in lines)
    assert any(isinstance(r["Lat"], float) for r in lines)
    assert sum(r["CaseRef"] == "TOTAL" for r in lines) == 1
    assert _rows(paths, UK)["expected_reason"].eq("exact_repeat").sum() >= 3


def test_french_watch_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.splitlines()[0].split(";")
    assert header[:3] == ["N° fiche", "Date des faits", "Nature de l'atteinte"]
    assert "Nb mis en cause" in header
    assert "Ã©" in text or "Ã‰" in text  # mojibake pasted from UTF-8 feeds
    assert "Sans objet" in text
    assert "néant" in text or "aucun" in text
    assert " / " in text  # transit list separator
    assert "T1 20" in text or "T2 20" in text or "T3 20" in text or "T4 20" in text
    assert any(f"{m} 202" in text for m in ("janvier", "mai", "juin", "juillet", "août"))
    body = pd.read_csv(paths[FR], sep=";", encoding="cp1252", dtype=str)
    lat = body["Latitude"].dropna()
    assert lat.str.contains(",").all()  # decimal commas
    counts = body["Nb personnes concernées"].dropna()
    assert counts.str.contains("\u00a0| ", regex=True).any()  # "1 250"
    assert body.isna().all(axis=1).sum() == 1  # one empty row
    assert (body["N° fiche"] == "TOTAL").sum() == 1


def test_spanish_compliance_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[ES])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha del hecho", "Tipología")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 100
    assert any(isinstance(d, str) and " de 20" in d for d in dates)  # "mayo de 2023"
    counts = [r[4] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    transport = {r[13] for r in rows[1:]}
    assert {"Cayuco", "Patera"} <= transport
    assert "Salto de valla" in transport
    assert any(isinstance(r[14], float) for r in rows[1:])
    assert any(r[0] == "Total general" for r in rows)
    crime = {r[2] for r in rows[1:]}
    assert "Inmigración irregular (318 bis CP)" in crime


def test_mexican_chamber_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[MX].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:2] == ["Folio", "Fecha"]
    assert "Probables responsables" in header
    assert "Tráfico de personas" in text
    assert "NNA" in text
    assert "EUA" in text or "EE.UU." in text
    assert any(f"-{m}-20" in text for m in ("ene", "feb", "mar", "abr", "may", "jun"))
    body = pd.read_csv(paths[MX], sep="\t", encoding="utf-16", dtype=str)
    pairs = body["Coordenadas"].dropna()
    assert pairs.str.fullmatch(r"-?\d+(\.\d+)?, -?\d+(\.\d+)?").all()
    nat = set(body["Nacionalidad"].dropna().str.strip())
    assert nat & {"mexicano", "mexicana", "mexicanos", "hondureña", "guatemaltecos"}


def test_panama_desk_utf8_bom_commas(paths: dict[str, Path]) -> None:
    raw = paths[PA].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    body = pd.read_csv(paths[PA], sep=",", encoding="utf-8-sig", dtype=str)
    assert list(body.columns[:2]) == ["No. reporte", "Fecha evento"]
    dates = body["Fecha evento"].dropna()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serial numbers
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    place = body["Ubicación (GPS)"].dropna()
    assert place.str.contains("°").all()
    assert place.str.contains("W").all()
    codes = set(body["País origen"].dropna()) | set(body["País destino"].dropna())
    assert codes & {"862", "840", "218", "332", "170", "156"}  # ISO numeric codes
    assert "ninguno" in set(body["Aprehendidos"].dropna())
    assert (body["No. reporte"] == "Totales").sum() == 1
    assert _rows(paths, PA)["expected_reason"].eq("exact_repeat").sum() >= 3


def test_tags_planted_in_each_desk(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    want = {
        UK: ("demonym:nationality", "iso2:detection_country", "date_iso_z", "coords_numbers"),
        FR: ("mojibake:", "plain:", "coords_comma", "thousands_sep", "zero_word"),
        ES: ("iso3:", "upper:", "coords_numbers", "month_only"),
        MX: ("alias:destination_country", "demonym:nationality", "date_dmon", "coords_pair"),
        PA: ("numeric:", "date_serial", "coords_dms", "count_word", "demonym:nationality"),
    }
    for source, marks in want.items():
        mine = tags.loc[truth["source"] == source]
        for mark in marks:
            assert mine.str.contains(mark, regex=False).any(), (source, mark)


def test_bad_rows_in_the_desks_styles(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert bad[["event_date", "crime_type", "n_persons"]].isna().all().all()
