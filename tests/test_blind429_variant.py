"""The examiner set ``blind429`` (files ``*_po.*``): five drinks-industry security desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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

VARIANT = "blind429"
SEED = 429
N_EVENTS = 1500
SMALL_SEED = 4291
SMALL_EVENTS = 400

FR = "heineken_fr_surete"
UK = "diageo_global_security"
ES = "mahou_sanmiguel_cumplimiento"
MX = "grupo_modelo_seguridad"
PA = "cerveceria_nacional_pa"
SOURCES = (FR, UK, ES, MX, PA)
#: Fields every kept row states exactly as the event has them.
FIELDS = (
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


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_po", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_po", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every desk writes event rows, even in a small set
        assert (_rows_of(truth, source)["expected_status"] == "record").sum() > 0, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_routing(truth: pd.DataFrame) -> None:
    """Each desk first reports its own country; Diageo compiles the European markets."""
    first = truth.loc[truth["expected_status"] == "record"]
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source[FR] == {"FRA"}
    assert by_source[ES] == {"ESP"}
    assert by_source[MX] == {"USA"}
    assert by_source[PA] == {"PAN"}
    assert by_source[UK] == {"GBR", "ITA", "GRC", "HRV", "POL"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {UK, FR, MX}
    # Modelo's second reports are Darién events, Heineken's Channel events seen at Dover
    assert set(cross.loc[cross["source"] == MX, "detection_country"].dropna()) <= {"PAN"}
    assert set(cross.loc[cross["source"] == FR, "detection_country"].dropna()) <= {"GBR"}


def test_tags_cover_the_habits(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    planted = {
        "partial_month",
        "partial_quarter",
        "date_time",
        "excel_date",
        "serial_date",
        "text_date",
        "demonym",
        "country_iso2",
        "country_iso3",
        "country_alias",
        "country_typo",
        "country_noaccent",
        "country_upper",
        "country_mojibake",
        "mojibake",
        "thousands_sep",
        "count_word",
        "count_unit",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "exploitation_na",
        "none_word",
        "transit_direct_word",
        "transit_list",
        "decimal_comma",
        "coords_missing",
        "coords_dms",
        "coords_swapped",
        "coords_hemisphere",
        "blank_gender",
        "blank_nationality",
        "blank_n_suspects",
        "bad_row",
        "garbage_row",
    }
    assert planted <= tags, planted - tags


def test_not_applicable_exploitation_expects_none(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    na = truth.loc[tags.str.contains("exploitation_na") & truth["expected_status"].ne("quarantine")]
    assert len(na) > 0
    assert na["exploitation"].isna().all()
    assert (na["crime_type"] == "smuggling").all()


# --------------------------------------------------------------------------------------
# Each desk's bytes
# --------------------------------------------------------------------------------------
def test_heineken_fr_writes_a_french_excel_csv(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date constat;Pays du constat;Qualification retenue;")
    assert "\r\n" in text
    body = text.split("\r\n")[1:]
    assert all(line.count(";") == 16 for line in body if line)
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)  # main courante with the hour
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert re.search(rf";(({months})|T[1-4]) 20\d\d;", text)  # month or quarter only
    assert re.search(r";5\d,\d{4};[12],\d{4};", text)  # decimal-comma coordinates
    assert "Ã©" in text  # UTF-8 pasted into the cp1252 sheet
    assert "Angleterre" in text or "Grande-Bretagne" in text
    assert re.search(r";(afghane?|irakienne?|iranienne?|érythréenne?|syrienne?);", text)
    assert ";aucun;" in text or ";néant;" in text
    assert "sans objet" in text


def test_diageo_writes_json_lines_with_a_compiled_digest(paths: dict[str, Path]) -> None:
    lines = paths[UK].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_ref", "incident_date", "case_category"]
    dates = [r["incident_date"] for r in records if r["incident_date"] is not None]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    countries = {r["incident_country"] for r in records}
    assert {"ITA", "GRC", "HRV", "POL"} <= countries  # ISO3 in the compiled digest
    assert any(" > " in (r["transit_route"] or "") for r in records)
    counts = [r["persons_involved"] for r in records]
    assert any(isinstance(c, int) and c >= 1000 for c in counts)
    assert any(c in ("unknown", "not known") for c in counts)
    places = [r["gps_location"] for r in records if r["gps_location"]]
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", p) for p in places)
    assert any(r["case_category"] == "Modern slavery" for r in records)


def test_mahou_writes_unicode_text_with_tabs(paths: dict[str, Path]) -> None:
    raw = paths[ES].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº expediente", "Fecha hechos", "Tipificación"]
    assert "Art. 318 bis CP" in text
    assert "Art. 177 bis CP" in text
    assert re.search(r"\t\d\.\d{3}\t", text)  # 1.250 persons
    assert re.search(r"\t(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\t", text)
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"W", text)  # DMS, quoted
    assert re.search(r"\t[1-4]T 20\d\d\t", text)
    assert re.search(r"\t(marroquí|argelin[oa]|maliense|senegales[a]?|rumana?)\t", text)
    assert "\tH\t" in text  # hombre
    assert "\tM\t" in text  # mujer


def test_grupo_modelo_writes_an_excel_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[MX]).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Folio", "Fecha del evento", "Tipo de delito")
    body = [r for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("GM-SEG-")]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # serial numbers
    crimes = {r[2] for r in body}
    assert "Tráfico de personas" in crimes
    lat = [r[header.index("Latitud")] for r in body]
    assert any(isinstance(v, float) and v < -90 for v in lat)  # typed in the wrong column
    words = {v for r in body for v in r if isinstance(v, str)}
    assert {"EUA", "EE.UU."} & words
    assert {"mexicana", "hondureña", "guatemalteca"} & words
    assert "NNA" in words or "Adultos y NNA" in words
    assert any(r[0] == "Total general" for r in rows)


def test_cerveceria_nacional_writes_a_plain_utf8_csv(paths: dict[str, Path]) -> None:
    raw = paths[PA].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.startswith("Código,Fecha,País de detección,Delito,")
    assert re.search(r"^CN-SEG-\d{6},4[45]\d{3},", text, flags=re.M)  # Excel serial dates
    assert re.search(r"^CN-SEG-\d{6},\d\d/\d\d/20\d\d,", text, flags=re.M)
    assert re.search(r"\"\d\.\d{4} N, 7\d\.\d{4} W\"", text)
    assert re.search(r",\"\d,\d{3}\",", text)  # 1,250 persons
    assert re.search(r",(PA|VE|CO|EC|HT|CN|US),", text)
    assert ",M," in text  # masculino
    assert ",F," in text  # femenino
