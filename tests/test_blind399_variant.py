"""The examiner's sample set ``blind399``: five production-industry desks (files ``*_ok.*``).

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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

from trendlib.samples import make_truth
from trendlib.samples._blind399 import SOURCES, make_blind399

VARIANT = "blind399"
SEED = 399
N_EVENTS = 1500
SMALL_SEED = 3991
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
#: Fields every kept row reports exactly as the event has them.
FIELDS = [
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ok", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_ok", n_events=SMALL_EVENTS)


@pytest.mark.parametrize(
    ("seed", "n_events"), [(3, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, N_EVENTS)]
)
def test_every_desk_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind399(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_duplicates_come_from_the_routed_desks(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source_file"]) <= {
        "pact_safeguarding_ok.xlsx",
        "film_france_cnc_ok.csv",
        "estudios_churubusco_ok.csv",
        "spain_film_commission_ok.csv",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"pact_safeguarding_ok.xlsx", "estudios_churubusco_ok.csv"}


def test_pact_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["pact_safeguarding"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:3] == ("Incident ref", "Date of incident", "Production (working title)")
    assert "Location (lat, long)" in head
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    text = {str(d) for d in dates if isinstance(d, str)}
    assert any(re.fullmatch(r"(Q[1-4]|[A-Z][a-z]+) \d{4}", t) for t in text)  # month/quarter
    assert any("/" in t for t in text)  # typed day first
    body = " ".join(str(v) for r in rows[1:] for v in r if v is not None)
    for word in ("Afghan", "Vietnamese", "England", "Small boat", " > ", "TOTAL"):
        assert word in body, word
    tags = tags_of(_rows(truth, "pact_safeguarding_ok.xlsx"))
    assert tags.str.contains("nationality:demonym").any()
    assert tags.str.contains("zero_word").any()


def test_film_france_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["film_france_cnc"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° de signalement;Date des faits;Qualification retenue;")
    assert "\r\n" in text
    assert "Ã" in text  # mojibake of partners' UTF-8 returns
    assert "Total général" in text
    assert "Extraction provisoire" in text
    frame = pd.read_csv(paths["film_france_cnc"], sep=";", encoding="cp1252", dtype=str)
    lat = frame["Latitude"].dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{4}").all()  # decimal commas
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    tags = tags_of(_rows(truth, "film_france_cnc_ok.csv"))
    assert tags.str.contains("mojibake").any()


def test_spain_film_commission_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["spain_film_commission"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Nº expediente;Fecha;Comisión fílmica;")
    frame = pd.read_csv(paths["spain_film_commission"], sep=";", encoding="utf-8-sig", dtype=str)
    coords = frame["Coordenadas (GMS)"].dropna()
    assert coords.str.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]").all()
    dates = frame["Fecha"].dropna()
    assert dates.str.fullmatch(r"\d{5}").any()  # Excel serials
    assert dates.str.contains(" de ").any()
    assert frame["Tipo delictivo"].str.contains("318 bis", na=False).any()
    tags = tags_of(_rows(truth, "spain_film_commission_ok.csv"))
    assert tags.str.contains("excel_serial").any()


def test_panama_portal_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["comision_filmica_pa"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all("fecha_incidente" in r and "pais_origen_iso_num" in r for r in recs)
    kept = [r for r in recs if r["id_reporte"] != "TOTAL"]
    assert {r["pais_deteccion"] for r in kept} <= {"PA", None}
    assert any(isinstance(r["paises_transito"], list) for r in kept)
    assert any(r["grupo_etario"] == "NNA" for r in kept)
    assert any(r["cantidad_personas"] == "por confirmar" for r in kept) or len(kept) < 200
    assert all(r["pais_origen_iso_num"] is None or r["pais_origen_iso_num"].isdigit() for r in kept)


def test_churubusco_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["estudios_churubusco"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["Folio", "Fecha del incidente", "Producción"]
    frame = pd.read_csv(paths["estudios_churubusco"], sep="\t", encoding="utf-16", dtype=str)
    assert frame["Fecha del incidente"].str.fullmatch(r"\d\d/[A-Z]{3}/\d{4}").any()
    assert frame["Longitud"].str.fullmatch(r"\d+\.\d{4} O").any()
    assert frame["Destino"].eq("EUA").any()
    assert frame["Tipo de incidente"].eq("Tráfico de personas").any()
    kept = _rows(truth, "estudios_churubusco_ok.csv")
    smuggling = kept.loc[kept["crime_type"].eq("smuggling")]
    assert len(smuggling) > 0  # "tráfico de personas" is smuggling in Mexican law
