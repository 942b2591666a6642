"""The examiner's held-out set ``blind216`` (files ``*_hj.*``): forensic institutes' registers.

These tests check what the set promises (files, truth, each institute's habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples import write_samples

VARIANT = "blind216"
SEED = 216
N_EVENTS = 1500
SMALL_SEED = 2161
SMALL_EVENTS = 400
SOURCES = ("pcome_ubc", "imelcf_pa", "intcf_es", "iml_chu_lille", "icmp_idms")
#: Fields every institute writes in full (checked against the true events as they are).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: coordinates are written to 4-5 decimals or to a tenth of a second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The truth's rows of one source."""
    truth = _truth(paths)
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(paths[source], sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hj", n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_hj", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(tmp_path: Path, n_events: int) -> None:
    out = write_samples(tmp_path, seed=SEED, n_events=n_events, variant=VARIANT)
    truth = _truth(out)
    records = truth.loc[truth["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_partial_dates_expect_period_start(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = truth.loc[kept & tags.str.contains("month_only")]
    quarter = truth.loc[kept & tags.str.contains("quarter_only")]
    assert len(month) > 0
    assert len(quarter) > 0
    assert (month["date_precision"] == "month").all()
    assert month["event_date"].str.endswith("-01").all()
    assert (quarter["date_precision"] == "quarter").all()
    assert quarter["event_date"].str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()
    # only the Spanish, French and ICMP registers write a month or a quarter alone
    assert set(month["source"]) | set(quarter["source"]) <= {
        "intcf_es",
        "iml_chu_lille",
        "icmp_idms",
    }


def test_unknown_words_expect_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    undetermined = truth.loc[kept & tags.str.contains("sex_undetermined")]
    assert len(undetermined) > 0
    assert (undetermined["gender"] == "unknown").all()
    no_nat = truth.loc[kept & tags.str.contains("nationality_unknown_word")]
    assert len(no_nat) > 0
    assert no_nat["nationality"].isna().all()
    direct = truth.loc[kept & tags.str.contains("transit_direct_word")]
    assert len(direct) > 0
    assert direct["transit_countries"].isna().all()


# --------------------------------------------------------------------------------------
# Each institute's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_pcome_utf8_bom_comma_month_first(paths: dict[str, Path]) -> None:
    raw = paths["pcome_ubc"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = _csv(paths, "pcome_ubc", "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["ML Number", "Reporting Date", "Circumstance"]
    dates = frame["Reporting Date"]
    us = dates[dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}")].str.split("/", expand=True)
    assert len(us) > 0.6 * len(frame)
    first, second = us[0].astype(int), us[1].astype(int)
    assert (first <= 12).all()  # month first, always
    assert (second > 12).any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}").any()
    text = raw.decode("utf-8-sig")
    assert "8 USC 1324" in text
    assert ",N/A," in text
    assert re.search(r",(Mexican|Guatemalan|Honduran|Venezuelan|Ecuadorian),", text)
    assert frame["Latitude"].str.fullmatch(r"(\d+\.\d{5})?").all()


def test_imelcf_excel_dates_serials_and_dms(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["imelcf_pa"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("N.º de caso", "Fecha del hecho")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    coords = [str(r[header.index("Coordenadas")]) for r in rows[1:]]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W", c) for c in coords)
    assert "sin coordenadas" in coords
    values = {str(v) for r in rows[1:] for v in r}
    assert {"NNA", "s/d", "Tráfico ilícito de migrantes"} <= values


def test_intcf_cp1252_semicolon_statutes(paths: dict[str, Path]) -> None:
    raw = paths["intcf_es"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Nº Registro;Fecha hallazgo;")
    assert "\r\n" in text
    assert "318 bis CP" in text
    assert "177 bis CP" in text
    assert "Ã" in text  # mojibake of rows taken from a UTF-8 export
    frame = _csv(paths, "intcf_es", "cp1252", ";")
    assert frame["Latitud"].str.fullmatch(r"(-?\d+,\d{4})?").all()
    assert frame["Nº personas"].str.fullmatch(r"\d\.\d{3}").any()
    assert {"cayuco", "patera", "salto de valla"} <= set(frame["Medio"])
    assert {"Varón", "MENA", "no consta"} & set(frame.stack()) == {"Varón", "MENA", "no consta"}


def test_lille_utf16_tab_french(paths: dict[str, Path]) -> None:
    raw = paths["iml_chu_lille"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE)
    frame = _csv(paths, "iml_chu_lille", "utf-16", "\t")
    assert frame.columns[:2].tolist() == ["N° dossier", "Date de découverte"]
    assert frame["Qualification (réquisition)"].str.contains("aide à l'entrée").any()
    assert "Angleterre" in set(frame["Destination"])
    coords = frame["Coordonnées GPS"]
    assert coords.str.fullmatch(r"N \d+°\d\d\.\d{3}' E \d+°\d\d\.\d{3}'").any()
    assert coords.str.fullmatch(r"\d+\.\d{5}, -?\d+\.\d{5}").any()
    dates = frame["Date de découverte"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.contains(r"\d (?:janvier|février|mars|avril|mai|juin|juillet|août)").any()


def test_icmp_jsonl_codes_and_lists(paths: dict[str, Path]) -> None:
    lines = paths["icmp_idms"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert list(records[0])[:2] == ["case_id", "incident_date"]
    transit = [r["transit_route"] for r in records if r["transit_route"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    countries = {r["country_of_incident"] for r in records}
    assert {"ITA", "GRC", "HRV"} <= countries
    assert countries & {"380", "300", "191", "616", "826"}  # ISO numeric codes
    assert any(str(r["incident_date"]).endswith(("-Q1", "-Q2", "-Q3", "-Q4")) for r in records)
    assert any(r["nationality"] == "Syrian Arab Republic" for r in records)


def test_cross_source_duplicates_reach_icmp(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"icmp_idms"}
    firsts = cross["duplicate_of"].str.split(":").str[0]
    assert set(firsts) <= {
        "intcf_es_hj.csv",
        "iml_chu_lille_hj.csv",
        "imelcf_pa_hj.xlsx",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"pcome_ubc", "icmp_idms"}
    assert len(_rows(paths, "pcome_ubc")) > 0
