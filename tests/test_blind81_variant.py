"""Held-out examiner set ``blind81`` (files ``*_ce.*``): its files and truth only.

Five agencies (Croatian PNUSKOK, Bulgarian GDBOP, French PJ Lille, Spanish Policía
Nacional BPEF/CATE, Mexican CNI) written by :mod:`trendlib.samples._blind81`. These tests
check that the files are what the module says and that the truth describes every row;
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

from trendlib.samples import make_messy, make_truth
from trendlib.samples._blind81 import BLIND81_SOURCES

SEED = 81
N_EVENTS = 1500
SMALL_SEED = 811
SMALL_EVENTS = 400
VARIANT = "blind81"
SOURCES = [s.source for s in BLIND81_SOURCES]
# Fields every row gives exactly as the event has them (no blanks, no placeholders).
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: filename -> (language, format, encoding, delimiter) as the module's docstring says.
CLAIMED = {
    "pnuskok_hr_ce.csv": ("en", "csv", "cp1250", ";"),
    "gdbop_bg_ce.jsonl": ("en", "jsonl", "utf-8", None),
    "pj_lille_fr_ce.xlsx": ("fr", "xlsx", "utf-8", None),
    "bpef_cate_es_ce.csv": ("es", "csv", "latin-1", "|"),
    "cni_mx_ce.csv": ("es", "csv", "utf-16", "\t"),
}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """The file's cells as text, indexed by source row (header = row 1)."""
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, 2 + len(frame))
    return frame


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ce", n_events=N_EVENTS)


def test_files_and_truth_small_set(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ce", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_partial_dates(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] == "record"]
    for name in CLAIMED:
        prec = set(_rows(kept, name)["date_precision"])
        assert prec == {"day", "month", "quarter"}, (name, prec)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_submissions_are_as_claimed() -> None:
    subs = make_messy(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=3, variant=VARIANT)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == CLAIMED
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csv}) == 3
    assert len({s.delimiter for s in csv}) == 3


def test_croatian_csv_is_windows_1250(paths: dict[str, Path]) -> None:
    raw = paths["pnuskok_hr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1250")
    header = text.splitlines()[0].split(";")
    assert "Citizenship / Državljanstvo" in header
    assert "čl. 326 KZ".encode("cp1250") in raw
    assert "Njemačka".encode("cp1250") in raw or "Grčka".encode("cp1250") in raw


def test_croatian_quirks(paths: dict[str, Path]) -> None:
    text = paths["pnuskok_hr"].read_bytes().decode("cp1250")
    assert re.search(r";\d{2}\.\d{2}\.20\d\d\.;", text)  # the trailing dot
    assert re.search(r";\d{1,2}\. \d{1,2}\. 20\d\d\.;", text)  # spaced day-month
    assert re.search(r"\d{1,2}°\d{2}'\d{2}\.\d\"\"N \d{1,2}°\d{2}'\d{2}\.\d\"\"E", text)  # DMS
    assert re.search(r";TR-BG-RS(-BA)?;", text)
    assert ";UAM;" in text
    frame = _csv(paths["pnuskok_hr"], "cp1250", ";")
    crime = frame["Criminal offence (CC RH)"]
    assert crime.str.fullmatch(r"Art\. 326 CC").any()  # a bare article


def test_bulgarian_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["gdbop_bg"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in rows)
    assert {"caseRef", "detectionDate", "nationalityIso2", "transitCountries"} <= set(rows[0])
    dates = [r["detectionDate"] for r in rows if isinstance(r["detectionDate"], str)]
    assert any(d.endswith(" г.") for d in dates)  # Bulgarian year mark, in Cyrillic
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["transitCountries"], list) and r["transitCountries"] for r in rows)
    assert any(
        isinstance(r["transitCountries"], str) and " > " in r["transitCountries"] for r in rows
    )
    nat = [r["nationalityIso2"] for r in rows if isinstance(r["nationalityIso2"], str)]
    assert sum(len(n) == 2 for n in nat) > 0.8 * len(nat)
    total = [r for r in rows if r["caseRef"] == "TOTAL"]
    assert len(total) == 1
    assert isinstance(total[0]["personsDetected"], int)


def test_french_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths["pj_lille_fr"], read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Date des faits"
    assert "Nb de mis en cause" in rows[0]
    dates = [r[0] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    cells = {str(v) for r in rows for v in r if v is not None}
    assert "Angleterre" in cells
    assert "TOTAL GÉNÉRAL" in cells
    assert any(re.fullmatch(r"\d+ \(dont \d+ mineurs?\)", c) for c in cells)
    assert any(re.fullmatch(r"\d+ H / \d+ F", c) for c in cells)
    assert any(re.search(r"L\.?(622|823)-1", c) for c in cells)  # CESEDA, both numberings


def test_spanish_latin1_pipe(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["bpef_cate_es"].read_bytes()
    text = raw.decode("latin-1")
    assert text.splitlines()[0].startswith("Nº Diligencias|Fecha intervención|")
    assert re.search(r"\d{2}º \d{2},\d{3}' N \d{3}º \d{2},\d{3}' W", text)  # nautical
    assert "318 bis" in text
    assert "salto de valla" in text
    frame = _csv(paths["bpef_cate_es"], "latin-1", "|")
    rows = _rows(truth, "bpef_cate_es_ce.csv")
    female = rows.loc[rows["gender"] == "female", "source_row"].astype(int)
    assert (frame.loc[female, "Sexo (H/M)"] == "M").any()  # M = mujer
    garbled = rows.loc[tags_of(truth).loc[rows.index].str.contains("mojibake"), "source_row"]
    assert len(garbled) > 0
    cells = frame.loc[garbled.astype(int), ["Nacionalidad", "País origen"]]
    assert cells.apply(lambda col: col.str.contains("Ã")).any(axis=1).all()


def test_mexican_utf16_tab(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cni_mx"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:2] == ["Folio", "Fecha del evento"]
    frame = _csv(paths["cni_mx"], "utf-16", "\t")
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert (frame["País de destino"] == "EUA").any()
    assert frame["Delito"].str.fullmatch("tráfico de personas").any()
    assert frame["Fecha del evento"].str.fullmatch(r"\d{2}-[A-Z]{3}-20\d\d").any()
    big = _rows(truth, "cni_mx_ce.csv")
    big = big.loc[big["n_persons"].astype(float) >= 1000, "source_row"].astype(int)
    if len(big):  # thousands written with a comma
        assert frame.loc[big, "Personas (migrantes / víctimas)"].str.contains(",").all()


def test_bad_rows_as_the_agencies_write_them(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) >= {"bad_date", "future_date", "no_date"}
    notes = bad.loc[bad["expected_reason"] == "no_content", "source_file"]
    assert set(notes) == {n for n in CLAIMED if not n.endswith(".jsonl")}
