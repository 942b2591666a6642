"""The examiner set ``blind226`` (files ``*_ht.*``): what it promises, byte for byte.

Five food-sector labour-exploitation desks (a Spanish union, the French labour
inspectorate's national unit, the UK labour providers' association, the US Labor
Department's inspector general and the global food workers' union federation). These
tests check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import openpyxl
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

VARIANT = "blind226"
SEED = 226
N_EVENTS = 1500
SMALL_SEED = 2261
SMALL_EVENTS = 400
SUFFIX = "_ht"
SOURCES = ("ugt_fica_ht", "dgt_gnvac_ht", "alp_uk_ht", "dol_oig_ht", "iuf_uita_ht")
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-6


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for source in SOURCES:  # every agency reports events at this size
        assert (rows.loc[rows["source"] == source, "expected_status"] == "record").any()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_every_source_has_rows_at_300_events(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    small = write_samples(tmp_path, seed=SEED, n_events=300, variant=VARIANT)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for source in SOURCES:
        assert (rows.loc[rows["source"] == source, "expected_status"] == "record").any()


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_fields_left_out_only_where_tagged(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    """Exploitation, origin and destination differ from the event only where a row says so."""
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col, tag, word in (
        ("exploitation", "unknown:exploitation", "unknown"),
        ("origin_country", "unknown:origin_country", None),
        ("destination_country", "unknown:destination_country", None),
    ):
        marked = tags.str.contains(tag, regex=False)
        assert marked.any(), col
        assert ok.loc[~marked, col].equals(ev.loc[~marked, col]), col
        if word is None:
            assert ok.loc[marked, col].isna().all(), col
        else:
            assert (ok.loc[marked, col] == word).all(), col
    # a pure smuggling case has no exploitation, whatever the cell says ("No aplica", N/A)
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_quarantine_reasons_in_every_kind_of_file(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad.loc[bad["expected_reason"] == "empty_row", "source"]) == {
        "ugt_fica_ht",
        "alp_uk_ht",
        "dol_oig_ht",
    }
    assert set(bad.loc[bad["expected_reason"] == "no_content", "source"]) == {
        "ugt_fica_ht",
        "dgt_gnvac_ht",
        "alp_uk_ht",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"ugt_fica_ht", "dol_oig_ht"}


# --------------------------------------------------------------------------------------
# The agencies' own habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ugt_fica_is_spanish_excel_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ugt_fica_ht"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    text = raw.decode("cp1252")
    assert text.count("\r\n") == text.count("\n")  # Windows line ends
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["Nº Expediente", "Fecha de los hechos", "Tipo de delito"]
    assert {"Latitud", "Longitud", "Nacionalidad", "Países de tránsito"} <= set(header)
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    dates = frame["Fecha de los hechos"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    assert day_first.mean() > 0.9
    assert (dates[day_first].str[:2].astype(int) > 12).any()  # the day comes first
    assert dates.str.fullmatch(
        r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre)( de)? 20\d\d"
    ).any()
    lat = frame["Latitud"].loc[frame["Latitud"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()  # decimal commas
    assert frame["Nacionalidad"].isin(["marroquí", "senegalesa", "rumana", "maliense"]).any()
    assert frame["Países de tránsito"].str.contains(" y ", regex=False).any()
    assert frame["Sexo"].isin(["H", "M"]).any()
    assert text.count("Ã") > 0  # names pasted from a UTF-8 page (mojibake)
    assert frame["Nº trabajadores afectados"].str.fullmatch(r"\d+ trabajador(es)?").any()
    tags = tags_of(_rows(truth, "ugt_fica_ht"))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("demonym:nationality").any()


def test_dgt_gnvac_is_french_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["dgt_gnvac_ht"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]  # short trailing rows
    assert header[:3] == ["Réf. dossier", "Date des faits", "Pays des faits"]
    assert not any("lat" in str(h).lower() or "coord" in str(h).lower() for h in header)
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds  # real dates, typed text, serial numbers
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    countries = {r[2] for r in rows[1:] if r[2]}
    assert "FRANCE" in countries
    qualif = {r[3] for r in rows[1:] if r[3]}
    assert "Aide à l'entrée irrégulière" in qualif
    sexes = {r[header.index("Sexe")] for r in rows[1:]}
    assert {"H", "F", "H/F"} & sexes


def test_alp_is_utf16_tab_separated(paths: dict[str, Path]) -> None:
    raw = paths["alp_uk_ht"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Intel ref", "Date of incident", "Offence category"]
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    dates = frame["Date of incident"]
    numeric = dates.loc[dates.str.fullmatch(r"\d\d/\d\d/20\d\d")]
    assert (numeric.str[:2].astype(int) > 12).any()  # day first, the UK way
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert frame["Nationality"].isin(["Vietnamese", "Albanian", "Afghan", "Iranian"]).any()
    assert (frame["Workers involved"] == "TBC").any() or (
        frame["Workers involved"] == "Not known"
    ).any()


def test_dol_oig_is_us_csv(paths: dict[str, Path]) -> None:
    raw = paths["dol_oig_ht"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"  # UTF-8 with BOM
    frame = pd.read_csv(paths["dol_oig_ht"], encoding="utf-8-sig", dtype=str, keep_default_na=False)
    dates = frame["Incident Date"].loc[frame["Incident Date"].str.contains("/")]
    parts = dates.str.split("/", expand=True).astype(int)
    assert (parts[0] <= 12).all()  # month first throughout the file
    assert (parts[1] > 12).any()
    coords = frame["Coordinates"]
    assert (coords == "0, 0").any()
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").mean() > 0.5
    assert frame["Country of Citizenship"].isin(["MEXICO", "GUATEMALA", "HONDURAS"]).any()
    assert frame["Country of Citizenship"].str.fullmatch(r"[A-Z]{3}").any()


def test_iuf_is_json_lines_with_iso2_and_arrays(paths: dict[str, Path]) -> None:
    raw = paths["iuf_uita_ht"].read_text(encoding="utf-8")
    lines = [json.loads(line) for line in raw.splitlines()]
    assert all(isinstance(rec, dict) for rec in lines)
    assert {"caseRef", "incidentDate", "transitCountries", "latitude"} <= set(lines[0])
    transit = [r["transitCountries"] for r in lines if r["transitCountries"]]
    assert all(isinstance(t, list) for t in transit)
    assert sum(r["countryOfIncident"] in ("IT", "GR", "HR", "PL", "PA") for r in lines) > 0.5 * (
        len(lines)
    )
    dates = [r["incidentDate"] for r in lines if r["incidentDate"]]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    # the Panama affiliate types its countries in Spanish
    panama = [r for r in lines if r["countryOfIncident"] in ("PA", "Panamá")]
    assert any(r["countryOfIncident"] == "Panamá" for r in panama)
