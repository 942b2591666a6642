"""The examiner set ``blind128`` (files ``*_dz.*``): what the files and the truth promise.

These tests check the set itself (names, truth, bytes, each desk's habits); none of them
cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

VARIANT = "blind128"
SEED = 128
N_EVENTS = 1500
SMALL_SEED = 1281
SMALL_EVENTS = 400

PFA = "pfa_agregaduria_madrid_dz"
PNA = "pna_agregaduria_roma_dz"
CLAMOR = "red_clamor_darien_dz"
OSINT = "border_report_osint_dz"
CIVIPOL = "civipol_eurofront_dz"
SOURCES = (PFA, PNA, CLAMOR, OSINT, CIVIPOL)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _column(path: Path, header: str) -> list[object]:
    book = load_workbook(path, read_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    heads = list(next(rows))
    i = heads.index(header)
    return [r[i] if i < len(r) else None for r in rows]  # read-only rows may end early


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dz", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_dz", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # positions are written to 4-5 decimals or a tenth of a nautical minute
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import make_messy, make_truth

    subs = make_messy(make_truth(seed=7, n_events=n_events), seed=7, variant=VARIANT)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_first_reports_follow_the_detection_country(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    desk = {"ESP": f"{PFA}.csv", "ITA": f"{PNA}.xlsx", "PAN": f"{CLAMOR}.csv"}
    desk["USA"] = f"{OSINT}.xlsx"
    want = [desk.get(c, f"{CIVIPOL}.jsonl") for c in country]
    assert first["source_file"].tolist() == want


def test_partial_dates_and_unknown_words_are_said(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = tags.str.contains("date_month") & kept
    quarter = tags.str.contains("date_quarter") & kept
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert month.sum() > 0
    assert quarter.sum() > 0
    na = tags.str.contains("na_word") & kept
    assert na.sum() > 0
    unknown = truth.loc[na, ["age_group", "transport_mode"]].eq("unknown").any(axis=1)
    assert unknown.all()
    # a news story gives no point: none of the OSINT desk's kept rows expects one
    osint = truth.loc[truth["source_file"].eq(f"{OSINT}.xlsx") & kept]
    assert osint[["lat", "lon"]].isna().all().all()


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_pfa_madrid_writes_cp1252_semicolons_and_rioplatense_words(
    paths: dict[str, Path],
) -> None:
    raw = paths[PFA].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0]
    assert head.split(";")[:3] == ["Nro. de actuación", "Fecha del hecho", "Tipo delictivo"]
    frame = pd.read_csv(paths[PFA], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Fecha del hecho"].dropna()
    dates = dates[~dates.str.startswith("Nota")]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}|\d{2}/\d{4}").all()
    assert dates.str.fullmatch(r"\d{2}/\d{4}").any()  # month-only rows
    body = frame.loc[frame["Nro. de actuación"].str.startswith("PFA-MAD", na=False)]
    assert body["Latitud"].dropna().str.fullmatch(r"\d{2},\d{4}").all()
    assert body["Longitud"].dropna().str.fullmatch(r"-?\d{1,2},\d{4}").all()
    assert {"varones", "mujeres"} <= set(body["Sexo"])
    assert body["Franja etaria"].str.contains("NNyA", na=False).any()
    assert {"marroquí", "senegalés"} <= set(body["Nacionalidad"])
    assert body["Detenidos"].eq("ninguno").any()
    assert body["Víctimas / migrantes"].eq("s/d").any()
    assert body["Delitos conexos"].str.contains("lavado de activos", na=False).any()
    assert body["Finalidad de explotación"].eq("no corresponde").any()
    assert body["Países de tránsito"].str.contains(" - ", na=False).any()
    assert body["Víctimas / migrantes"].str.fullmatch(r"\d\.\d{3}").any()  # thousands dot
    assert frame["Nro. de actuación"].isin(["TOTAL"]).sum() == 1


def test_pna_rome_keeps_excel_dates_quarters_and_nautical_positions(
    paths: dict[str, Path],
) -> None:
    dates = _column(paths[PNA], "Fecha")
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in texts)
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in texts)
    pos = [p for p in _column(paths[PNA], "Posición") if p is not None]
    dm = r"\d{2}°\d{2},\d'[NS] \d{3}°\d{2},\d'[EW]"
    assert all(re.fullmatch(dm, str(p)) for p in pos)
    names = set(_column(paths[PNA], "País de intervención"))
    assert {"ITALIA", "ITA"} <= names
    assert "LIBIA" in {t for v in _column(paths[PNA], "Tránsito") if v for t in v.split("/")}
    counts = [c for c in _column(paths[PNA], "Cantidad de personas") if c is not None]
    assert sum(isinstance(c, int) for c in counts) > len(counts) / 2


def test_red_clamor_pastes_two_kobo_exports_with_bom_and_mojibake(
    paths: dict[str, Path],
) -> None:
    raw = paths[CLAMOR].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.split("\n", 1)[0].startswith("_id,fecha_llegada,tipo_caso")
    assert "Ã" in text  # labels that went through a cp1252 sheet
    frame = pd.read_csv(paths[CLAMOR], encoding="utf-8-sig", dtype=str)
    body = frame.loc[frame["_id"].str.fullmatch(r"\d{9}", na=False)]
    dates = body["fecha_llegada"].dropna()
    v1 = dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    v2 = dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}")
    assert (v1 | v2 | dates.str.fullmatch(r"\d{4}-13-\d{2}")).all()
    assert v1.any()
    assert v2.any()
    assert "pa" in set(body["pais_registro"])
    assert "a_pie" in set(body["medio_desplazamiento"])
    gps = body["_gps"].dropna()
    assert gps.str.fullmatch(r"-?\d+\.\d{5} -?\d+\.\d{5} 0 [\d.]+").any()  # KoBo geopoint
    assert gps.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()


def test_osint_desk_writes_ap_style(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[OSINT], read_only=True)
    heads = next(book.worksheets[0].iter_rows(values_only=True))
    assert heads[:3] == ("Ref #", "Date", "Offense")
    assert len(heads) == 15  # no coordinates at all: a story names a town, not a point
    dates = _column(paths[OSINT], "Date")
    texts = [d for d in dates if isinstance(d, str)]
    assert any(isinstance(d, datetime) for d in dates)
    ap = r"(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}"
    assert any(re.fullmatch(ap, d) for d in texts)
    counts = _column(paths[OSINT], "Migrants / victims")
    assert {"one", "two", "three"} & set(counts)
    assert "none" in set(_column(paths[OSINT], "Arrested"))
    assert {"Mexican", "Guatemalan"} <= set(_column(paths[OSINT], "Nationality"))
    assert "U.S." in set(_column(paths[OSINT], "Country"))


def test_civipol_writes_french_json_lines_with_codes_and_arrays(
    paths: dict[str, Path],
) -> None:
    lines = paths[CIVIPOL].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:4] == ["ref", "date_constat", "infraction", "finalite_exploitation"]
    transit = [r["pays_transit"] for r in rows if r.get("pays_transit")]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    codes = {r.get("pays_constat") for r in rows}
    assert {"EL", "UK"} & codes
    assert {"GRC", "GBR", "HRV"} <= codes
    dates = {str(r.get("date_constat")) for r in rows}
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert "NC" in {r.get("nb_personnes") for r in rows} | {r.get("nb_mis_en_cause") for r in rows}
    words = {r.get("infraction") for r in rows}
    assert "aide à l'entrée et au séjour irréguliers" in words
    assert "tráfico ilícito de migrantes" in words  # copied from Darién partners
