"""The ``blind98`` examiner set (files ``*_cv.*``): files, truth and the quirks they claim.

These tests check the written files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
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
from trendlib.samples._blind98 import BLIND98_SOURCES, make_blind98

SEED = 98
N_EVENTS = 1500
SMALL_SEED = 981
SMALL_EVENTS = 400
VARIANT = "blind98"
SOURCES = [s.source for s in BLIND98_SOURCES]
#: Fields every non-quarantined row gives exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: DMS to 0.1", minutes to 0.01' and three-decimal cells


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND98_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cv", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_cv", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_of_each_date_precision_it_claims(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source")["date_precision"].agg(set)
    for source in ("gobernacion_darien", "policia_local_sctf", "police_scotland_nhtu"):
        assert prec[source] == {"day", "month", "quarter"}, source
    assert prec["pima_sheriff"] == {"day", "month"}
    assert {"day", "month"} <= prec["pm_boulogne"]


def test_duplicates_come_from_the_sources_that_claim_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) <= {"police_scotland_nhtu", "pm_boulogne", "policia_local_sctf"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"gobernacion_darien", "police_scotland_nhtu"}


def test_make_blind98_matches_the_written_files(paths: dict[str, Path]) -> None:
    from trendlib.samples import make_truth

    subs = make_blind98(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED)
    assert [s.filename for s in subs] == [s.filename for s in BLIND98_SOURCES]
    truth = _truth(paths)
    for sub in subs:
        assert len(sub.expected) == (truth["source_file"] == sub.filename).sum()


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters
# --------------------------------------------------------------------------------------
def test_formats_languages_and_encodings() -> None:
    claimed = {(s.source, s.format, s.language, s.encoding, s.delimiter) for s in BLIND98_SOURCES}
    assert claimed == {
        ("gobernacion_darien", "xlsx", "es", "utf-8", None),
        ("pima_sheriff", "jsonl", "en", "utf-8", None),
        ("policia_local_sctf", "csv", "es", "cp1252", ";"),
        ("pm_boulogne", "csv", "fr", "utf-16", "\t"),
        ("police_scotland_nhtu", "csv", "en", "utf-8", "|"),
    }
    assert {s.language for s in BLIND98_SOURCES} == {"en", "fr", "es"}


def test_xlsx_is_a_workbook_with_spanish_headers(paths: dict[str, Path]) -> None:
    path = paths["gobernacion_darien"]
    assert zipfile.is_zipfile(path)
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("N.º de informe", "Fecha del evento", "País")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45500 for d in serials)  # Excel serials of 2021-2023
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    assert any(r[0] == "TOTAL GENERAL" for r in rows)


def test_jsonl_is_english_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["pima_sheriff"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_number", "occurred_on", "reporting_unit"]
    dates = [r["occurred_on"] for r in records if r["occurred_on"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00-07:00", d) for d in dates)
    month_first = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert month_first
    assert any(int(d[3:5]) > 12 for d in month_first)  # MM/DD/YYYY
    assert any(isinstance(r["victim_migrant_count"], int) for r in records)
    assert any(r["victim_migrant_count"] == "UNK" for r in records) or any(
        str(r["victim_migrant_count"]).lower() == "unknown" for r in records
    )
    assert any("13-2319" in str(r["offense_description"]) for r in records)


def test_cp1252_csv_is_spanish_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["policia_local_sctf"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("Nº Atestado;Fecha;")
    assert "\r\n" in text
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\d+º \d+,\d\d' N 0\d\dº \d+,\d\d' [WOE]", text)  # degrees, minutes
    assert re.search(r";\d\.\d{3};", text)  # Spanish thousands dot: 1.250
    assert re.search(r";20\d\dT[1-4];", text)  # INE quarter


def test_utf16_csv_is_french_tab(paths: dict[str, Path]) -> None:
    raw = paths["pm_boulogne"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE)
    text = _text(paths, "pm_boulogne")
    assert text.lstrip("\ufeff").startswith("N° MC\tDate des faits\t")
    assert "L622-1" in text  # before the CESEDA recast of May 2021
    assert "L823-1" in text  # after it
    assert "néant" in text.lower()
    dms = r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"[EOW]"  # CSV doubles the quotes
    assert re.search(dms, text)  # Google Maps style
    assert re.search(r"\tN \d+° \d\d\.\d{3}' [EOW] 0\d\d° \d\d\.\d{3}'\t", text)  # nautical
    assert "\tPL\t" in text  # poids lourd
    assert re.search(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d", text)


def test_pipe_csv_is_english_utf8(paths: dict[str, Path]) -> None:
    raw = paths["police_scotland_nhtu"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    assert text.startswith("Crime Ref|Originating Agency|Date Recorded|")
    assert "Türkiye" in text
    assert " > " in text
    assert "Immigration Act 1971" in text
    assert "HTE(S)A 2015" in text
    assert re.search(r"\|Q[1-4] 20\d\d\||\|20\d\d Q[1-4]\|", text)


def test_tags_describe_the_quirks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_source = tags.groupby(truth["source"]).agg(lambda t: set(";".join(t).split(";")))
    assert {"excel_serial", "dms", "approx"} <= by_source["gobernacion_darien"]
    assert {"coords_swapped", "coords_placeholder", "month_first"} <= by_source["pima_sheriff"]
    assert {"deg_dec_minutes", "decimal_comma", "thousands_sep"} <= by_source["policia_local_sctf"]
    assert {"dms", "month_name"} <= by_source["pm_boulogne"]
    assert {"coords_3dp", "demonym"} <= by_source["police_scotland_nhtu"]
