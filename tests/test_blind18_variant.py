"""The examiner set ``blind18`` (files ``*_t.*``): files, bytes and ground truth.

These tests check what the set writes and what its truth promises; none of them cleans or
scores the files.
"""

from __future__ import annotations

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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind18 import BLIND18_SOURCES, make_blind18

SEED = 18
N_EVENTS = 1500
SMALL_SEED = 81
SMALL_EVENTS = 400
VARIANT = "blind18"
SOURCES = tuple(s.source for s in BLIND18_SOURCES)
BY_STYLE = {s.style: s for s in BLIND18_SOURCES}
#: Fields every row of the set gives as the event has them (the rest may be left out).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.005  # degrees: decimal minutes to 0.1', whole seconds, 4 decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].set_index(
        truth.loc[truth["source_file"] == filename, "source_row"].astype(int)
    )


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_t", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_t", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    small = pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small_paths, small, FIELDS, tolerance=TOLERANCE)
    check_placeholder_counts(small)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_make_blind18_is_the_variant() -> None:
    subs = make_blind18(make_truth(seed=3, n_events=200), seed=3)
    assert [s.source for s in subs] == list(SOURCES)
    assert [s.filename for s in subs] == [s.filename for s in BLIND18_SOURCES]


def test_other_sizes_run(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        assert {p.name for k, p in out.items() if k in SOURCES} == {
            s.filename for s in BLIND18_SOURCES
        }


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_sources_cover_languages_formats_and_encodings() -> None:
    assert {s.language for s in BLIND18_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND18_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [(s.encoding, s.delimiter) for s in BLIND18_SOURCES if s.format == "csv"]
    assert len({e for e, _ in csv}) >= 3
    assert len({d for _, d in csv}) >= 3
    assert all(s.filename.split(".")[0].endswith("_t") for s in BLIND18_SOURCES)


def test_dgsn_is_french_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["dgsn_maroc_t"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° P.V.;Date des faits;Qualification pénale;")
    assert "Nationalité" in header
    assert "\r\n" in text
    # maritime degrees and decimal minutes with a decimal comma, DMS with "O" for west
    assert re.search(r"\d{2}°\d{2},\d'N \d{3}°\d{2},\d'W", text)
    assert re.search(r"\d+°\d{2}'\d{2}\"\"N \d+°\d{2}'\d{2}\"\"O", text)
    assert "art. 52 loi 02-03" in text
    assert "néant" in text.lower()


def test_npf_is_english_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["npf_ahtu_t"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == ["Case Ref. No", "Date of Incident", "Nature of Offence"]
    assert "Lat (N)\tLong (E)" in header
    assert re.search(r"\t\d{1,2}(st|nd|rd|th) [A-Z][a-z]+, 20\d\d\t", text)
    assert re.search(r"\tFHQ/AHTU/CR\.\d{3}/20\d\d\t|^FHQ/AHTU/CR\.\d{3}/20\d\d\t", text, re.M)
    assert "\tNil\t" in text


def test_fia_is_english_utf8_pipe(paths: dict[str, Path]) -> None:
    raw = paths["fia_pk_t"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.split("\n", 1)[0]
    assert header.split("|")[:3] == ["FIR No.", "Date of Occurrence", "Offence (Section of Law)"]
    assert "u/s 3 PSMA 2018" in text
    assert "|Afghani|" in text
    assert re.search(r"\|\d{2}-\d{2}-20\d\d\|", text)


def test_dijin_is_spanish_xlsx(paths: dict[str, Path]) -> None:
    path = paths["dijin_co_t"]
    assert path.read_bytes()[:2] == b"PK"
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("No. Noticia Criminal (SPOA)", "Fecha Hechos", "Delito")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(v, int) and 40000 < v < 50000 for v in dates)  # bare serials
    assert any(hasattr(v, "year") for v in dates)  # real Excel dates
    assert any(isinstance(v, str) and "trimestre" in v for v in dates)
    refs = [r[0] for r in rows[1:] if isinstance(r[0], str) and r[0].isdigit()]
    assert refs
    assert all(len(r) == 21 for r in refs)  # SPOA criminal-case numbers
    crimes = {r[2] for r in rows[1:]}
    assert any(isinstance(c, str) and "188A" in c for c in crimes)


def test_afripol_is_french_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["afripol_t"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == [
        "ref_message",
        "date_evenement",
        "infraction",
        "forme_exploitation",
    ]
    text = "\n".join(lines)
    assert '"POINT (' in text
    assert re.search(r'"pays_transit":"[A-Z]{2}(;[A-Z]{2})+"', text)
    assert any(isinstance(r["nb_personnes"], int) for r in records)
    assert any(isinstance(r["nb_personnes"], str) for r in records)


# --------------------------------------------------------------------------------------
# The truth reads the cells exactly
# --------------------------------------------------------------------------------------
def test_excel_serials_are_the_expected_days(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "dijin_co_t.xlsx")
    sheet = openpyxl.load_workbook(paths["dijin_co_t"]).active
    seen = 0
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cell = row[1]
        if (
            number == 1
            or not isinstance(cell, int)
            or rows.loc[number, "expected_status"] == "quarantine"
        ):
            continue
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
        assert rows.loc[number, "event_date"] == day.strftime("%Y-%m-%d")
        seen += 1
    assert seen > 10


def test_dgsn_positions_are_read_exactly(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "dgsn_maroc_t.csv")
    frame = pd.read_csv(
        paths["dgsn_maroc_t"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    ddm = re.compile(r"(\d+)°(\d+,\d)'([NS]) (\d+)°(\d+,\d)'([EW])")
    seen = 0
    for i, cell in enumerate(frame["Position (lat./long.)"]):
        m = ddm.fullmatch(cell)
        if m is None or rows.loc[i + 2, "expected_status"] == "quarantine":
            continue
        lat = (int(m[1]) + float(m[2].replace(",", ".")) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5].replace(",", ".")) / 60) * (1 if m[6] == "E" else -1)
        assert abs(float(rows.loc[i + 2, "lat"]) - lat) < 1e-9
        assert abs(float(rows.loc[i + 2, "lon"]) - lon) < 1e-9
        seen += 1
    assert seen > 10


def test_characteristic_quirks_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "excel_serial",
        "partial_month",
        "partial_quarter",
        "legal_reference",
        "coords_ddm",
        "coords_dms_ouest",
        "coords_wkt",
        "iso2",
        "zero_word",
        "count_placeholder",
        "na_word",
        "colloquial_demonym",
        "mojibake",
    ):
        assert tags.str.contains(tag).any(), tag
    # partial dates only where the event is not reported twice
    pairs = truth["expected_reason"].eq("cross_source")
    assert truth.loc[pairs, "date_precision"].eq("day").all()
