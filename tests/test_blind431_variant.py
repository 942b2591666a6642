"""Examiner sample set ``blind431`` (files ``*_pq.*``): five coffee and spice sourcing desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
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
from trendlib.samples._blind431 import SOURCES, make_blind431

VARIANT = "blind431"
SEED = 431
N_EVENTS = 1500
SMALL_SEED = 4311
SMALL_EVENTS = 400
SUFFIX = "_pq"
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries",
          "linked_offences")  # fmt: skip
TOLERANCE = 1e-3  # degrees: 4 decimals, tenths of an arc second, thousandths of a minute


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 300), (0, 300),
                                                (SMALL_SEED, 400), (SEED, 1500)])  # fmt: skip
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind431(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_desks_route_as_promised(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    detected = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert detected["sfcafe_vigilance"] == {"FRA"}
    assert detected["fecafe_cumplimiento"] == {"ESP"}
    assert detected["amecafe_trazabilidad"] == {"USA"}
    assert detected["scap_cumplimiento"] == {"PAN"}
    assert {"GBR", "ITA", "GRC", "HRV", "POL"} <= detected["bca_ethical_trade"]
    assert not detected["bca_ethical_trade"] & {"FRA", "ESP", "USA", "PAN"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert cross["source"].nunique() >= 4


def test_planted_habits_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "demonym:nationality",
        "alias:",
        "typo:",
        "iso2:",
        "iso3:",
        "numeric:detection_country",
        "mojibake:",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "blank_gender",
        "blank_nationality",
        "na_word:",
        "coords_missing",
        "count_word",
        "case:",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
    assert set(truth["date_precision"].dropna()) == {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_bca_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["bca_ethical_trade"]
    assert path.name == "bca_ethical_trade_pq.xlsx"
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Log ref", "Incident date", "Issue category")
    assert "Lat / long" in header
    assert "Supply-chain link" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Incident date"]] for r in rows[1:]]
    real = [d for d in dates if hasattr(d, "year")]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > len(text) > 0
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in text)
    persons = [r[col["People affected"]] for r in rows[1:]]
    assert sum(isinstance(p, int) for p in persons) > 0.9 * len(persons)
    pairs = [r[col["Lat / long"]] for r in rows[1:] if r[col["Lat / long"]]]
    assert all(re.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}", p) for p in pairs)
    nats = {r[col["Nationality"]] for r in rows[1:]}
    assert {"Vietnamese", "Afghan"} & nats
    routes = [r[col["Transit route"]] for r in rows[1:] if r[col["Transit route"]]]
    assert any(" > " in r for r in routes)
    assert (
        truth.loc[truth["source"] == "bca_ethical_trade", "expected_reason"]
        .eq("exact_repeat")
        .sum()
        >= 3
    )


def test_sfc_csv_is_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["sfcafe_vigilance"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0]
    assert head.startswith("N° signalement;Date des faits;Qualification;")
    assert "Pays de constatation" in head
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [a-zéû]+ 20\d\d").any()
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()
    assert frame["Nationalité"].str.fullmatch(r"[a-zéè]+").any()  # "afghane", "syrienne"
    assert (frame["Nationalité"].str.isupper() & (frame["Nationalité"].str.len() > 3)).any()
    assert frame["Qualification"].str.contains("Aide à l'entrée irrégulière").any()


def test_fec_csv_is_excel_utf8_with_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["fecafe_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    assert frame.columns[:2].tolist() == ["Nº expediente", "Fecha de los hechos"]
    assert frame["País de detección"].str.contains("EspaÃ±a").any()
    assert (
        frame["País de detección"].eq("España").sum()
        > frame["País de detección"].eq("EspaÃ±a").sum()
    )
    coords = frame["Coordenadas"].loc[frame["Coordenadas"] != ""]
    dms = r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]"
    assert coords.str.fullmatch(dms).all()
    dates = frame["Fecha de los hechos"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"[1-4]º trimestre de 20\d\d").any()
    big = _rows_of(truth, "fecafe_cumplimiento")
    if big["messiness"].fillna("").str.contains("thousands:n_persons").any():
        assert frame["Nº de personas"].str.fullmatch(r"\d\.\d{3}").any()


def test_amecafe_jsonl_codes(paths: dict[str, Path]) -> None:
    lines = paths["amecafe_trazabilidad"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    keys = set(recs[0])
    assert {"folio", "fecha_evento", "tipo_delito", "pais_deteccion", "latitud"} <= keys
    body = [r for r in recs if r["folio"] != "TOTAL"]
    assert {r["pais_deteccion"] for r in body if r["pais_deteccion"]} <= {
        "USA",
        "840",
        "PAN",
        "591",
    }
    assert any(r["pais_destino"] == "840" for r in body)
    assert any(r["nacionalidad"] == "GTM" for r in body)
    assert {"H", "M"} <= {r["sexo"] for r in body}
    assert any(r["grupo_edad"] in ("NNA", "adultos y NNA") for r in body)
    assert any(r["tipo_delito"] in ("tráfico de personas", "coyotaje") for r in body)
    dates = [r["fecha_evento"] for r in body if isinstance(r["fecha_evento"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)
    assert any(isinstance(r["num_personas"], int) for r in body)
    assert all(isinstance(r["latitud"], float) for r in body if r["latitud"] is not None)


def test_scap_csv_is_utf16_tab(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["scap_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    assert frame.columns[:3].tolist() == ["Código", "Fecha", "Tipo de caso"]
    dates = frame["Fecha"]
    assert dates.str.fullmatch(r"4[45]\d{3}").mean() > 0.4  # Excel serials
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    coords = frame["Coordenadas GPS"].loc[frame["Coordenadas GPS"] != ""]
    assert coords.str.fullmatch(r"N\d+ \d\d\.\d{3} W\d+ \d\d\.\d{3}").all()
    assert frame["Nacionalidad"].str.fullmatch(r"[a-z]+s").any()  # "venezolanos"
    rows = _rows_of(truth, "scap_cumplimiento")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    if rows["messiness"].fillna("").str.contains("thousands:n_persons").any():
        assert frame["Cantidad de personas"].str.fullmatch(r"\d,\d{3}").any()


def test_headers_are_the_desks_own_words(paths: dict[str, Path]) -> None:
    canonical = {"event_date", "crime_type", "n_persons", "nationality", "lat", "lon"}
    for src in SOURCES:
        assert not canonical & set(src.headers.values()), src.source
        assert Path(src.filename).stem == src.source + SUFFIX
