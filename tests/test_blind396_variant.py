"""The examiner set ``blind396``: five dental bodies (files ``*_oh.*``) and their truth.

These tests check what the set promises (files, truth, the agencies' quirks in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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

VARIANT = "blind396"
SEED = 396
N_EVENTS = 1500
SMALL_SEED = 3961
SMALL_EVENTS = 400
SOURCES = (
    "gdc_uk",
    "oncd_fr",
    "cgdentistas_es",
    "colegio_odontologico_pa",
    "fdi_safeguarding",
)
#: Fields every kept row reports exactly as the event has them.
EXACT_FIELDS = ("crime_type", "linked_offences")
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """The file's cells as text, with the row number a person counts (header = 1)."""
    frame = pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, 2 + len(frame))
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_oh", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_oh", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=0.01)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size(tmp_path_factory: pytest.TempPathFactory) -> None:
    for n in (300, 400):
        got = _truth(write(tmp_path_factory, VARIANT, seed=SEED + n, n_events=n))
        kept = got.loc[got["expected_status"] == "record", "source"]
        assert set(kept) == set(SOURCES), n


def test_differences_from_the_event_are_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """A kept row differs from its event only where a tag says the cell gives nothing."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country", "transit_countries"):
        differs = ok[col].fillna("").ne(ev[col].fillna(""))
        assert ok.loc[differs, col].isna().all(), col
        assert tags[differs].str.contains(f"blank_{col}").all(), col
    differs = ok["exploitation"].fillna("").ne(ev["exploitation"].fillna(""))
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()
    # each body of this set writes the crime type of every row
    assert ok["crime_type"].ne("unknown").all()


# --------------------------------------------------------------------------------------
# The bodies' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_gdc_log_is_utf8_bom_comma_english(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["gdc_uk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.startswith("Concern ref,Date concern raised,Concern category,")
    assert '"Practice location (lat, long)"' in header
    cells = _csv(paths["gdc_uk"], "utf-8-sig", ",")
    text = raw.decode("utf-8-sig")
    for word in ("Vietnamese", "None identified", " > "):
        assert word in text, word
    assert re.search(r"^\w.*,England,", text, flags=re.MULTILINE)
    rows = _rows_of(truth, "gdc_uk_oh.csv")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    written = cells.loc[kept["source_row"].astype(int), "Date concern raised"].to_numpy()
    for cell, want, prec in zip(written, kept["event_date"], kept["date_precision"], strict=True):
        if prec == "month":
            assert re.fullmatch(rf"({_EN_MONTHS}) \d{{4}}", cell), cell
            day = pd.to_datetime("1 " + cell, format="%d %B %Y")
        elif "/" in cell:
            day = pd.to_datetime(cell, format="%d/%m/%Y")  # always day first
        else:
            day = pd.to_datetime(cell, format="%d %B %Y")
        assert day == pd.Timestamp(want), cell
    assert any(re.fullmatch(rf"\d{{1,2}} ({_EN_MONTHS}) \d{{4}}", c) for c in written)
    words = cells["No. of patients"].isin(["one", "two", "three"])
    assert words.any()


def test_oncd_sheet_is_cp1252_semicolon_french(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["oncd_fr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date du signalement;Qualification;")
    assert "\r\n" in text
    cells = _csv(paths["oncd_fr"], "cp1252", ";")
    lat = cells["Latitude"].loc[cells["Latitude"] != ""]
    assert lat.str.fullmatch(r"5[01],\d{5}").all()
    for word in ("aucun", "Angleterre", "afghane", "Aide à l'entrée irrégulière"):
        assert word in text, word
    assert "Ã" in text  # cells pasted from the UTF-8 form
    tags = tags_of(truth)
    rows = truth["source_file"] == "oncd_fr_oh.csv"
    assert tags[rows].str.contains("mojibake").any()
    assert truth.loc[rows, "expected_reason"].eq("exact_repeat").sum() >= 3
    kept = truth.loc[rows & truth["expected_status"].ne("quarantine")]
    written = cells.loc[kept["source_row"].astype(int), "Date du signalement"]
    for cell, want in zip(written, kept["event_date"], strict=True):
        if re.fullmatch(r"\d\d/\d\d/\d{4}", cell):
            assert pd.to_datetime(cell, format="%d/%m/%Y") == pd.Timestamp(want), cell
        elif re.fullmatch(r"\d\d/\d\d/\d\d", cell):
            assert pd.to_datetime(cell, format="%d/%m/%y") == pd.Timestamp(want), cell


def test_cgd_workbook_holds_excel_dates_and_numbers(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = openpyxl.load_workbook(paths["cgdentistas_es"])
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Nº expediente", "Fecha", "País de detección", "Tipo delictivo")
    dates = [r[1] for r in rows[1:]]
    real = [d for d in dates if isinstance(d, dt.datetime)]
    assert len(real) > 0.7 * len(dates)
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    counts = [r[5] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    text = json.dumps(rows, default=str, ensure_ascii=False)
    for word in ("318 bis", "Patera", "Cayuco", "Menor no acompañado", "No aplica"):
        assert word in text, word


def test_cop_file_is_utf16_tab_with_excel_serials(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["colegio_odontologico_pa"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].split("\t")[:3] == [
        "No. de caso",
        "Fecha de atención",
        "Lugar de atención",
    ]
    for word in ("NNA", "EE.UU.", "0.0, 0.0", "ERM Lajas Blancas", "venezolana"):
        assert word in text, word
    cells = _csv(paths["colegio_odontologico_pa"], "utf-16", "\t")
    rows = _rows_of(truth, "colegio_odontologico_pa_oh.csv")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    written = cells.loc[kept["source_row"].astype(int), "Fecha de atención"]
    serials = 0
    for cell, want, prec in zip(written, kept["event_date"], kept["date_precision"], strict=True):
        if re.fullmatch(r"4\d{4}", cell):
            serials += 1
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(cell))
        elif prec == "month":
            day = pd.to_datetime("01/" + cell, format="%d/%m/%Y")
        else:
            day = pd.to_datetime(cell, format="%d/%m/%Y")  # d/m/yyyy, never month first
        assert day == pd.Timestamp(want), cell
    assert serials > 0.15 * len(written)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_fdi_digest_is_json_lines_with_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["fdi_safeguarding"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["case_id", "reported_date", "country_m49", "category"]
    m49 = {r["country_m49"] for r in recs} - {None}
    assert m49 <= {"380", "300", "191", "616", "840", "826", "250", "724", "591"}
    assert {"380", "300", "191", "616", "840"} <= m49
    written = [r["reported_date"] for r in recs if isinstance(r["reported_date"], str)]
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in written)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in written)
    iso = [r["nationality"] for r in recs if isinstance(r["nationality"], str)]
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in iso)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in iso)
    rows = _rows_of(truth, "fdi_safeguarding_oh.jsonl")
    assert rows["expected_reason"].eq("cross_source").sum() > 0
    assert rows["source_row"].astype(int).min() == 1
