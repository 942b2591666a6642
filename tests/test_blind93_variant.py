"""The ``blind93`` examiner set: Southern Cone, INTERPOL Buenos Aires and SCCOPOL files.

These tests check the files and their ground truth only (names, formats, encodings,
languages, the planted quirks, what the truth expects); none cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind93 import BLIND93_SOURCES

VARIANT = "blind93"
SEED = 93
N_EVENTS = 1500
SMALL_SEED = 931
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND93_SOURCES)
#: Fields every row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: DMS to a tenth of a second and decimal minutes to 0.001' are well within.
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cq", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_repeats_as_described(truth: pd.DataFrame) -> None:
    status = truth.groupby(["source_file", "expected_status"]).size().unstack(fill_value=0)
    assert (status["record"] > 100).all()
    assert (status["duplicate"] > 0).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"gendarmeria_ar_cq.csv", "rbba_interpol_cq.jsonl"}


def test_partial_dates_start_their_period(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = kept & tags.str.contains("date_month(?:;|$)")
    quarter = kept & tags.str.contains("date_quarter")
    assert month.sum() > 10
    assert quarter.sum() > 10
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert truth.loc[month | quarter, "event_date"].str.endswith("-01").all()
    starts = pd.to_datetime(truth.loc[quarter, "event_date"]).dt.month
    assert starts.isin([1, 4, 7, 10]).all()


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_formats_encodings_delimiters(paths: dict[str, Path]) -> None:
    gna = paths["gendarmeria_ar"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gna.decode("utf-8")  # cp1252: "°", "ó" are single bytes
    text = gna.decode("cp1252")
    assert text.startswith("N° Actuación;Fecha hecho (dd/mm/aaaa);")
    assert "\r\n" in text
    assert text.count("\r\n") == text.count("\n")

    py = paths["ufetesi_py"].read_bytes()
    assert py.startswith(codecs.BOM_UTF16_LE)
    lines = py.decode("utf-16").splitlines()
    assert lines[0].split("\t")[:3] == ["Carpeta fiscal N°", "Fecha del hecho", "Hecho punible"]
    assert len(lines[0].split("\t")) == 16

    fr = paths["sccopol_fr"].read_bytes()
    assert not fr.startswith(codecs.BOM_UTF8)
    head = fr.decode("utf-8").splitlines()[0]
    assert head.split("|")[:3] == ["Réf. message", "Date des faits", "Qualification pénale"]

    rb = paths["rbba_interpol"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in rb]
    assert list(rows[0])[:4] == ["case_ref", "date_of_event", "offence", "exploitation_type"]

    uy = paths["dgrtid_uy"]
    assert uy.read_bytes()[:2] == b"PK"
    sheet = load_workbook(uy, read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("Nº Novedad SGSP", "Fecha", "Delito (norma)")


def test_languages_of_the_files(paths: dict[str, Path]) -> None:
    gna = pd.read_csv(paths["gendarmeria_ar"], sep=";", encoding="cp1252", dtype=str)
    assert gna["Encuadre legal"].str.contains("Ley 25.871|145 bis", case=False).mean() > 0.5
    py = pd.read_csv(paths["ufetesi_py"], sep="\t", encoding="utf-16", dtype=str)
    assert py["País donde se detectó"].dropna().str.contains("Italia", case=False).mean() > 0.8
    fr = pd.read_csv(paths["sccopol_fr"], sep="|", encoding="utf-8", dtype=str)
    assert fr["Pays de constatation"].isin(["Grèce", "Croatie", "Pologne", "France"]).mean() > 0.5
    rb = pd.read_json(paths["rbba_interpol"], lines=True, dtype=False)
    assert rb["offence"].isin(["SOM", "THB", "Migrant smuggling", "People smuggling"]).mean() > 0.5
    uy = pd.read_excel(paths["dgrtid_uy"], dtype=object)
    assert uy["País de intervención"].dropna().astype(str).str.contains("España").mean() > 0.8


# --------------------------------------------------------------------------------------
# Quirks in the bytes
# --------------------------------------------------------------------------------------
def test_argentine_quirks(paths: dict[str, Path]) -> None:
    text = paths["gendarmeria_ar"].read_bytes().decode("cp1252")
    # degrees, minutes, seconds with a decimal comma and O (oeste) for west
    assert re.search(r"\d+°\d\d'\d\d,\d\"\" O", text)
    assert re.search(r"N \d+°\d\d'\d\d,\d\"\" O \d+°", text)
    assert re.search(r";[a-záéíóúñ]+ \(\d+\);", text)  # "doce (12)"
    assert re.search(r";\d{1,2}-[a-z]{3}-\d\d;", text)  # "14-mar-22"
    assert "Ley 25.871" in text
    assert "s/d" in text.lower()


def test_uruguayan_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_excel(paths["dgrtid_uy"], dtype=object)
    dates = frame["Fecha"].dropna()
    assert dates.map(lambda v: isinstance(v, int)).sum() > 5  # Excel serials lost format
    assert dates.map(lambda v: isinstance(v, dt.datetime)).mean() > 0.6  # real Excel dates
    countries = frame["Procedencia"].dropna().astype(str)
    cells = pd.concat([countries, frame["País de intervención"].dropna().astype(str)])
    assert cells.str.contains("Ã").any()  # UTF-8 read as cp1252
    assert frame["Delito (norma)"].astype(str).str.contains("art. 77 Ley 18.250").any()
    tags = tags_of(truth.loc[truth["source_file"] == "dgrtid_uy_cq.xlsx"])
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("mojibake").any()


def test_paraguayan_quirks(paths: dict[str, Path]) -> None:
    text = paths["ufetesi_py"].read_bytes().decode("utf-16")
    assert "\tde nacionalidad " in text
    assert re.search(r"\t-?\d+\.\d{5}, -?\d+\.\d{5}\t", text)  # map copy
    assert re.search(r"\t-?\d+,\d{5} ; -?\d+,\d{5}\t", text)  # decimal commas
    assert "Ley N° 4788/12" in text
    assert "\tNNA\t" in text


def test_interpol_quirks(paths: dict[str, Path]) -> None:
    rows = [json.loads(x) for x in paths["rbba_interpol"].read_text("utf-8").splitlines()]
    dates = [r["date_of_event"] for r in rows if r["date_of_event"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", d) for d in dates)
    assert any(re.fullmatch(r"\d\d [A-Z]{3} \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]|Q[1-4] \d{4}", d) for d in dates)
    counts = [r["persons_involved"] for r in rows]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.isdigit() for c in counts)
    assert any(r["country_of_detection"] in ("US", "GR", "FR", "GB", "PA") for r in rows)


def test_french_quirks(paths: dict[str, Path]) -> None:
    text = paths["sccopol_fr"].read_text(encoding="utf-8")
    assert re.search(r"\|\d\d°\d\d,\d{3}'N \d{3}°\d\d,\d{3}'[EWO]\|", text)  # deg. min. déc.
    assert re.search(r"\|N \d\d°\d\d\.\d{3}' / [EWO] \d{3}°\d\d\.\d{3}'\|", text)
    assert re.search(r"'O\|", text)  # O (ouest) for west, beside W
    assert "CESEDA" in text
    assert "|néant|" in text
    assert re.search(r"\|(lun|mar|mer|jeu|ven|sam|dim)\. \d\d/\d\d/\d{4}\|", text)
