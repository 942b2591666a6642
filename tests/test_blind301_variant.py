"""The examiner set ``blind301`` (files ``*_kq.*``): what its files and truth promise.

Five football bodies' integrity desks (FFF agents' commission, The FA safeguarding, RFEF
integrity, FMF integrity, FEPAFUT). These tests check the bytes each body writes and that
the truth describes every row; none of them cleans or scores.
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

VARIANT = "blind301"
SEED = 301
N_EVENTS = 1500
SMALL_SEED = 3011
SMALL_EVENTS = 400
SUFFIX = "_kq"
SOURCES = (
    "fff_agents_sportifs",
    "the_fa_safeguarding",
    "rfef_integridad",
    "fmf_integridad",
    "fepafut",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: 5 decimals written, or seconds to a tenth


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source"] == source].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import write_samples

    p = write_samples(tmp_path, seed=SEED, n_events=n_events, variant=VARIANT)
    truth = _truth(p)
    kept = truth.loc[truth["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)


def test_origin_blank_only_where_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    blank = tags_of(truth).loc[truth["expected_status"] != "quarantine"]
    blank = blank.str.contains("blank_origin").reset_index(drop=True)
    assert blank.any()
    assert ok.loc[blank, "origin_country"].isna().all()
    assert ok.loc[~blank, "origin_country"].equals(ev.loc[~blank, "origin_country"])


def test_exploitation_is_na_for_smuggling_and_unknown_only_where_tagged(
    paths: dict[str, Path],
) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown_word:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    rest = ~unknown & ~smuggling
    assert ok.loc[rest, "exploitation"].equals(ev.loc[rest, "exploitation"])


# --------------------------------------------------------------------------------------
# Each body's own way of writing
# --------------------------------------------------------------------------------------
def test_fff_cp1252_semicolon_french(paths: dict[str, Path]) -> None:
    raw = paths["fff_agents_sportifs"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° signalement;Date des faits;Qualification retenue")
    assert "Nb mis en cause" in header
    assert "Pays de constatation" in header
    assert "\r\n" in text
    frame = pd.read_csv(paths["fff_agents_sportifs"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.contains(r"^T\d \d{4}$|trimestre").any()
    assert frame["Latitude"].dropna().str.contains(",").all()
    assert frame["Forme d'exploitation"].isin(["sans objet", "SO"]).any()
    assert frame["Catégorie d'âge"].isin(["U17", "U15", "seniors"]).any()
    assert frame["Nationalité"].dropna().str.contains("Ã").any()  # mojibake
    assert (frame["N° signalement"] == "TOTAL").sum() == 1


def test_fff_mojibake_is_tagged(paths: dict[str, Path]) -> None:
    tags = _rows(paths, "fff_agents_sportifs")["messiness"].fillna("")
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("swap:").any()


def test_fa_bom_comma_demonyms_and_route(paths: dict[str, Path]) -> None:
    raw = paths["the_fa_safeguarding"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["the_fa_safeguarding"], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:4]) == [
        "Case Ref",
        "Date Identified",
        "Referral Source",
        "Concern Type",
    ]
    dates = frame["Date Identified"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"Q\d \d{4}").any()
    assert frame["Nationality"].isin(["Afghan", "Iraqi", "Eritrean", "Vietnamese"]).any()
    assert frame["Transit Route"].dropna().str.contains(" > ").any()
    loc = frame["Location (lat, long)"].dropna()
    assert loc.str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+|N/K|not recorded").all()
    assert frame["Referral Source"].isin(["FIGC (Italy)", "HNS (Croatia)"]).any()
    assert frame["Age Band"].isin(["U18", "18+"]).any()


def test_fa_is_the_compilation(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "the_fa_safeguarding")
    firsts = rows.loc[rows["expected_status"] == "record", "detection_country"].dropna()
    assert {"GBR", "ITA", "GRC", "HRV"} <= set(firsts)


def test_rfef_workbook_real_dates_and_fifa_codes(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["rfef_integridad"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = rows[0]
    assert header[:3] == ("Nº Expediente", "Fecha de los hechos", "Tipo delictivo")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\dº trimestre \d{4}|\dT \d{4}", d) for d in text)
    assert any(re.fullmatch(r"[a-z]+ \d{4}", d) for d in text)  # "mayo 2023"
    nat = {r[8] for r in rows[1:]}
    assert nat & {"ALG", "GUI", "GAM", "MTN"}
    counts = [r[4] for r in rows[1:] if r[0] and str(r[0]).startswith("INT/")]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    crimes = {str(r[2]) for r in rows[1:]}
    assert any("318 bis" in c for c in crimes)


def test_rfef_fifa_codes_expect_iso(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "rfef_integridad")
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    fifa = rows["messiness"].fillna("").str.contains("fifa:nationality")
    assert fifa.any()
    assert rows.loc[fifa, "nationality"].str.fullmatch(r"[A-Z]{3}").all()
    assert not rows.loc[fifa, "nationality"].isin(["ALG", "GUI", "GAM", "MTN"]).any()


def test_fmf_jsonl_keys_numbers_and_sexo(paths: dict[str, Path]) -> None:
    lines = paths["fmf_integridad"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["folio", "fecha_hechos", "tipo_delito", "modalidad_explotacion"]
    body = [r for r in recs if str(r["folio"]).startswith("FMF-INT-")]
    assert all(isinstance(r["latitud"], float | type(None)) for r in body)
    assert any("T" in str(r["fecha_hechos"]) for r in body)
    assert {"H", "M"} <= {r["sexo"] for r in body}
    assert any(r["grupo_edad"] == "NNA" for r in body)
    assert any(r["pais_deteccion"] in ("EUA", "EE.UU.", "US") for r in body)
    truth = _rows(paths, "fmf_integridad")
    truth = truth.loc[truth["expected_status"] != "quarantine"]
    by_ref = dict(zip(truth["source_ref"], truth["gender"], strict=False))
    women = [r for r in body if r["sexo"] == "M" and r["folio"] in by_ref]
    assert women
    assert all(by_ref[r["folio"]] == "female" for r in women)  # M = mujer


def test_fepafut_utf16_tab_dms_serials(paths: dict[str, Path]) -> None:
    raw = paths["fepafut"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].split("\t")[:3] == ["No. Caso", "Fecha de detección", "Delito"]
    frame = pd.read_csv(paths["fepafut"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Fecha de detección"].dropna()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serial
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    coords = frame["Coordenadas"].dropna()
    assert coords.str.contains("°").any()
    assert coords.str.contains(r"\.\d+, -").any()
    assert frame["Nacionalidad"].str.fullmatch(r"[a-z]+(as|os|a|o)").any()
    assert frame["Cantidad de personas"].dropna().str.fullmatch(r"\d,\d{3}").any()
    truth = _rows(paths, "fepafut")
    assert (truth["expected_reason"] == "exact_repeat").sum() >= 3


def test_fepafut_dms_expects_decimal_degrees(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "fepafut")
    dms = rows["messiness"].fillna("").str.contains("dms")
    assert dms.any()
    lat = rows.loc[dms & rows["lat"].notna(), "lat"].astype(float)
    lon = rows.loc[dms & rows["lon"].notna(), "lon"].astype(float)
    assert lat.between(7, 10).all()
    assert lon.between(-79, -76).all()


def test_bad_rows_of_every_kind_quarantined(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert (bad["expected_status"] == "quarantine").all()
