"""The ``blind47`` examiner set (files ``*_aw.*``): its files and its truth, never cleaned.

Five sources: Guardia Civil SIVE (Spanish XLSX), the Lesvos / Samos / Orestiada police
directorates (bilingual Greek-English headers, UTF-16 tab-separated), Utopia 56 (French,
UTF-8 comma-separated), MSF OCBA's Kobo register (Spanish JSON lines) and Alarm Phone
(English on German-locale Excel: cp1252, semicolons). These tests check that the files
are written as the module says and that the truth describes every row; none cleans or
scores the set.
"""

from __future__ import annotations

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
from trendlib.samples._blind47 import BLIND47_SOURCES, make_blind47

VARIANT = "blind47"
SEED = 47
N_EVENTS = 1500
SMALL_SEED = 471
SMALL_EVENTS = 400
SOURCES = (
    "guardia_civil_sive_aw",
    "north_aegean_police_aw",
    "utopia56_littoral_aw",
    "msf_ocba_kobo_aw",
    "alarm_phone_aw",
)
#: Fields every row (but a quarantined one) gives exactly as the true event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)
TOLERANCE = 0.001  # degrees: a position written to a tenth of a minute of arc


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_aw", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_aw", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_linked_offences_except_alarm_phone(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    offences = dict(zip(events["event_id"], events["linked_offences"], strict=True))
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    ap = kept["source_file"] == "alarm_phone_aw.csv"
    assert kept.loc[ap, "linked_offences"].isna().all()  # Alarm Phone has no such column
    others = kept.loc[~ap]
    want = others["event_id"].map(offences)
    assert others["linked_offences"].fillna("").equals(want.fillna(""))
    assert others["linked_offences"].notna().any()


def test_alarm_phone_only_reports_again(truth: pd.DataFrame) -> None:
    ap = truth.loc[truth["source_file"] == "alarm_phone_aw.csv"]
    assert len(ap) > 0
    assert set(ap["expected_status"]) == {"duplicate", "quarantine"}
    assert set(ap.loc[ap["expected_status"] == "duplicate", "expected_reason"]) == {"cross_source"}
    assert set(ap.loc[ap["expected_status"] == "quarantine", "messiness"]) == {"garbage_row"}
    # a second report gives the day: no partial dates there
    assert set(ap["date_precision"].dropna()) == {"day"}


def test_partial_dates_only_in_first_reports(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert {"month", "quarter"} <= set(partial["date_precision"])
    assert set(partial["expected_status"]) <= {"record", "duplicate"}
    assert not partial["expected_reason"].eq("cross_source").any()
    assert tags.loc[partial.index].str.contains("partial_month|partial_quarter").all()


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_submissions_declare_language_format_encoding() -> None:
    subs = make_blind47(make_truth(seed=3, n_events=300), seed=3)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "guardia_civil_sive_aw.xlsx": ("es", "xlsx", "utf-8", None),
        "north_aegean_police_aw.csv": ("en", "csv", "utf-16", "\t"),
        "utopia56_littoral_aw.csv": ("fr", "csv", "utf-8", ","),
        "msf_ocba_kobo_aw.jsonl": ("es", "jsonl", "utf-8", None),
        "alarm_phone_aw.csv": ("en", "csv", "cp1252", ";"),
    }
    assert [s.source for s in BLIND47_SOURCES] == list(SOURCES)
    assert {s.language for s in subs} == {"en", "fr", "es"}


def test_greek_sheet_is_utf16_tab_with_bilingual_headers(paths: dict[str, Path]) -> None:
    raw = paths["north_aegean_police_aw"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert len(header) == 16
    assert "Ημερομηνία / Date" in header
    assert all(" / " in h for h in header)  # Greek / English
    assert re.search(r"\t\d{2}\.\d{2}\.20\d{2}\t", text)  # 14.03.2023
    assert "art. 30 L. 4251/2014" in text
    assert "323A" in text
    assert re.search(r"\d{2}°\d{2}'\d{2}\"\"N", text)  # DMS, quotes doubled by CSV


def test_utopia56_is_french_utf8_comma(paths: dict[str, Path]) -> None:
    raw = paths["utopia56_littoral_aw"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("N° alerte,Date,Pays,Qualification,")
    assert "CESEDA" in text
    assert re.search(r",(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d", text)
    assert "Ã" in text  # cells pasted through a wrong encoding
    assert re.search(r'"5\d,\d{4} ; \d,\d{4}"', text)  # decimal commas in the position


def test_alarm_phone_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["alarm_phone_aw"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the degree sign is one cp1252 byte
    text = raw.decode("cp1252")
    assert b"\r\n" in raw
    assert text.splitlines()[0].startswith("Case no.;Date of case;")
    assert re.search(r";\d{2}\.\d{2}\.20\d{2}[; ]", text)
    assert re.search(r"[NS] \d{2}°\d{2},\d' [EW] \d{3}°\d{2},\d'", text)  # German comma


def test_msf_is_kobo_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["msf_ocba_kobo_aw"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all("evento/fecha_evento" in r for r in rows)
    dates = [str(r["evento/fecha_evento"]) for r in rows if r["evento/fecha_evento"]]
    assert any(re.fullmatch(r"20\d{2}-\d{2}", d) for d in dates)  # Kobo month-year
    assert any(re.search(r"T\d{2}:\d{2}:00\.000[+-]\d{2}:00$", d) for d in dates)
    points = [str(r["evento/ubicacion_gps"]) for r in rows if r["evento/ubicacion_gps"]]
    assert any(re.fullmatch(r"-?\d+\.\d{6} -?\d+\.\d{6} [\d.]+ [\d.]+", p) for p in points)
    kinds = {r["evento/tipologia"] for r in rows}
    assert {"trafico_migrantes", "Tráfico ilícito de migrantes"} <= kinds
    offences = " ".join(str(r["evento/delitos_conexos"] or "") for r in rows)
    assert "falsificacion_documentos" in offences


def test_guardia_civil_xlsx_cells(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["guardia_civil_sive_aw"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº Atestado", "Fecha interceptación", "País del hecho"]
    dates = [r[1] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # bare serials
    assert any(isinstance(d, str) and "trim" in d for d in dates)
    lat = [str(r[header.index("Latitud")]) for r in rows[1:]]
    assert any(re.fullmatch(r"\d{2}º \d{2},\d' N", v) for v in lat)
    crimes = " ".join(str(r[header.index("Tipo delictivo")]) for r in rows[1:])
    assert "318 bis" in crimes
    assert "177 bis" in crimes
