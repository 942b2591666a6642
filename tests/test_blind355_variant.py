"""The examiner set ``blind355`` (files ``*_ms.*``): five AML reporting desks' exports.

These tests check what the set promises (files, truth, reader, the desks' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind355"
SEED = 355
N_EVENTS = 1500
SMALL_SEED = 3551
SMALL_EVENTS = 400
SOURCES = (
    "sra_aml_intel",
    "barreau_lille_lcbft",
    "crab_registradores",
    "cna_panama_cumplimiento",
    "acams_mlcom_digest",
)
# Fields every row gives exactly as the event has them (no blanks planted there).
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 0.001  # degrees: the digest keeps four decimals, DMS one tenth of a second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str, status: str = "record") -> pd.DataFrame:
    return truth.loc[(truth["source"] == source) & (truth["expected_status"] == status)]


def _sheet(path: Path) -> list[tuple[object, ...]]:
    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    width = len(rows[0])
    return [tuple(r) + (None,) * (width - len(r)) for r in rows]  # short total rows


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ms", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ms", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_records(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        truth = _truth(p)
        for source in SOURCES:
            assert len(_rows(truth, source)) > 0, source


def test_routing(paths: dict[str, Path]) -> None:
    """Each desk reports its own country; the digest every other one."""
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    own = {
        "GBR": "sra_aml_intel",
        "FRA": "barreau_lille_lcbft",
        "ESP": "crab_registradores",
        "PAN": "cna_panama_cumplimiento",
    }
    want = [own.get(c, "acams_mlcom_digest") for c in where]
    assert first["source"].tolist() == want
    assert {"ITA", "GRC", "HRV", "POL", "USA"} <= set(
        where[first["source"].to_numpy() == "acams_mlcom_digest"]
    )


def test_tags_planted(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "demonym:nationality",
        "iso2:",
        "iso3:",
        "legacy_name:",
        "alias:",
        "typo:",
        "no_accent:",
        "mojibake",
        "dms",
        "decimal_comma",
        "thousands",
        "count_word",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "month_date",
        "quarter_date",
        "excel_serial",
        "text_date",
        "long_date",
        "direct_word",
        "blank_",
        "coords_missing",
        "case:",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_sra_csv(paths: dict[str, Path]) -> None:
    raw = paths["sra_aml_intel"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["SRA reference", "Date identified", "Matter type"]
    assert "Predicate offence" in header
    assert "Country where identified" in header
    frame = pd.read_csv(paths["sra_aml_intel"], dtype=str, encoding="utf-8-sig")
    dates = frame["Date identified"].dropna()
    day_first = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    assert day_first.mean() > 0.7
    # day first throughout: some days above 12, no month above 12
    assert (dates[day_first].str[:2].astype(int) > 12).any()
    assert (dates[day_first].str[3:5].astype(int) <= 12).all()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert {"MSHT", "OIC"} & set(frame["Predicate offence"].str.strip())
    assert frame["Transit route"].str.contains(" > ", regex=False).any()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Transaction value (£)"].dropna().str.fullmatch(r"\d{1,3}(,\d{3})+").all()
    assert frame["No. of subjects"].isin(["None", "Nil"]).any()
    assert text.count("SRA/INT/") > 10


def test_barreau_csv(paths: dict[str, Path]) -> None:
    raw = paths["barreau_lille_lcbft"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:2] == ["N° registre DS", "Date des faits"]
    assert "Pays de constatation" in header
    assert "Nb mis en cause" in header
    frame = pd.read_csv(paths["barreau_lille_lcbft"], sep=";", dtype=str, encoding="cp1252")
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert frame["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{5}").all()
    assert frame["Montant (€)"].dropna().str.fullmatch(r"\d{1,3}\xa0\d{3},00").all()
    assert frame["Infraction sous-jacente"].str.contains("aide à l'entrée", regex=False).any()
    assert frame["Nationalité"].isin(["afghane", "iranienne", "irakienne", "érythréenne"]).any()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()


def test_crab_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["crab_registradores"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["num_expediente", "fecha_hechos", "tipo_operacion"]
    dated = [r for r in rows if r["fecha_hechos"] and r["num_expediente"].startswith("CRAB-")]
    dates = pd.Series([r["fecha_hechos"] for r in dated])
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d").mean() > 0.8
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    new = [r for r in dated if len(r["fecha_hechos"]) >= 7 and r["fecha_hechos"] >= "2022-04"]
    old = [r for r in dated if r["fecha_hechos"] < "2022-04"]
    assert new
    assert old
    assert all(r["pais_deteccion"] in (None, "ES", "IT") for r in new)
    assert {r["pais_deteccion"] for r in old} <= {None, "ESPAÑA", "ITALIA"}
    assert any(isinstance(r["latitud"], float) for r in rows)
    assert any(r["medio_transporte"] in ("patera", "cayuco") for r in rows)
    assert any("318 bis" in (r["tipologia_delictiva"] or "") for r in rows)


def test_cna_xlsx(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["cna_panama_cumplimiento"])
    header = rows[0]
    assert header[:2] == ("No. de reporte", "Fecha del hecho")
    assert "País donde se detectó" in header
    assert "Coordenadas" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha del hecho"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    cells = [str(v) for r in rows[1:] for v in r if v is not None]
    assert any("Ã" in v for v in cells)  # mojibake
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W", v) for v in cells)
    ages = {r[col["Grupo etario"]] for r in rows[1:]}
    assert {"NNA", "adultos y NNA"} & ages
    nats = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert "venezolana" in nats


def test_acams_xlsx(paths: dict[str, Path]) -> None:
    rows = _sheet(paths["acams_mlcom_digest"])
    header = rows[0]
    assert header[:3] == ("Item ID", "Date of events", "Jurisdiction")
    col = {h: i for i, h in enumerate(header)}
    dates = pd.Series([r[col["Date of events"]] for r in rows[1:]]).dropna().astype(str)
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    where = {r[col["Jurisdiction"]] for r in rows[1:]}
    assert {"USA", "ITA", "GRC"} & where
    assert {"Italy", "Greece", "Croatia", "Poland", "United States"} <= where
    persons = [r[col["Victims / migrants"]] for r in rows[1:]]
    assert any(p in ("one", "two", "three", "four", "five", "six") for p in persons)
    assert "Direct" in {r[col["Transit"]] for r in rows[1:]}
    crimes = {str(r[col["Predicate crime"]]).strip() for r in rows[1:]}
    assert "Alien smuggling" in crimes
