"""The ``blind54`` examiner set: five South / South-East Asian and Pacific liaison desks.

These tests check the files and their truth only; none cleans or scores.
"""

from __future__ import annotations

import csv
import io
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

from trendlib.samples import write_samples
from trendlib.samples._blind54 import BLIND54_SOURCES

SEED = 54
N_EVENTS = 1500
SMALL_SEED = 541
SMALL_EVENTS = 400
VARIANT = "blind54"
SOURCES = [s.source for s in BLIND54_SOURCES]
BY_SOURCE = {s.source: s for s in BLIND54_SOURCES}
# fields every row writes exactly as the event has them (when not quarantined)
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


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column(paths: dict[str, Path], source: str, field: str) -> list[object]:
    """The cells of one canonical column of a source's file, as written."""
    src = BY_SOURCE[source]
    header = src.headers[field]
    path = paths[source]
    if src.format == "csv":
        assert src.delimiter is not None
        rows = _csv_rows(path, src.encoding, src.delimiter)
        at = rows[0].index(header)
        return [r[at] for r in rows[1:] if len(r) > at]
    if src.format == "jsonl":
        lines = path.read_text(encoding=src.encoding).splitlines()
        return [json.loads(line).get(header) for line in lines]
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    at = list(rows[0]).index(header)
    return [r[at] if len(r) > at else None for r in rows[1:]]  # short: empty tail


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bd", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_bd", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=0.001)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


# --------------------------------------------------------------------------------------
# What the set claims about itself
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings() -> None:
    assert {s.language for s in BLIND54_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND54_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND54_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    assert all(s.filename.rsplit(".", 1)[0].endswith("_bd") for s in BLIND54_SOURCES)
    assert len({s.source for s in BLIND54_SOURCES}) == 5


def test_csv_bytes_are_in_the_claimed_encoding(paths: dict[str, Path]) -> None:
    for src in BLIND54_SOURCES:
        if src.format != "csv":
            continue
        assert src.delimiter is not None
        raw = paths[src.source].read_bytes()
        rows = _csv_rows(paths[src.source], src.encoding, src.delimiter)
        assert rows[0] == list(src.headers.values()), src.source
        widths = {len(r) for r in rows if r}
        assert widths == {len(src.headers)}, src.source
        if src.encoding == "utf-16":
            assert raw[:2] == b"\xff\xfe"  # Excel "Unicode text": UTF-16 LE with BOM
            assert b"\t\x00" in raw[:400]
        elif src.encoding == "cp1252":
            assert b"\r\n" in raw[:2000]
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")  # cp1252 bytes of é, ô, ü... are no UTF-8
        else:
            assert not raw.startswith(b"\xef\xbb\xbf")
            raw.decode("utf-8")


def test_jsonl_and_xlsx_shapes(paths: dict[str, Path]) -> None:
    nz = BY_SOURCE["police_nz"]
    lines = paths["police_nz"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == list(nz.headers.values()) for r in records)
    assert any(isinstance(r["transitRoute"], list) and r["transitRoute"] for r in records)
    assert any(isinstance(r["personCount"], int) for r in records)
    book = load_workbook(paths["mps_mv"], read_only=True)
    assert len(book.worksheets) == 1


def test_bareskrim_quirks(paths: dict[str, Path]) -> None:
    refs = _column(paths, "bareskrim_id", "source_ref")
    assert sum(bool(re.fullmatch(r"LP/B/\d{4}/20\d\d/BARESKRIM", str(r))) for r in refs) > 100
    assert "JUMLAH (TOTAL)" in refs
    lats = [str(v) for v in _column(paths, "bareskrim_id", "lat")]
    assert sum(bool(re.fullmatch(r"\d{1,2},\d{4,5}", v)) for v in lats) > 100  # decimal comma
    dates = [str(v) for v in _column(paths, "bareskrim_id", "event_date")]
    assert sum(bool(re.fullmatch(r"\d\d-\d\d-20\d\d", v)) for v in dates) > 50
    offences = " ".join(str(v) for v in _column(paths, "bareskrim_id", "crime_type"))
    assert "UU 6/2011" in offences
    assert "21/2007" in offences


def test_maldives_quirks(paths: dict[str, Path]) -> None:
    dates = _column(paths, "mps_mv", "event_date")
    serials = [v for v in dates if isinstance(v, int) and 44197 <= v <= 45291]  # 2021-2023
    assert len(serials) > 20  # Excel serial numbers
    assert any(hasattr(v, "year") for v in dates)  # real Excel dates
    assert any(isinstance(v, str) and re.search(r"\d(st|nd|rd|th) [A-Z]", v) for v in dates)
    gps = [str(v) for v in _column(paths, "mps_mv", "coordinates")]
    assert sum(bool(re.fullmatch(r"\d\d°\d\d\.\d\d'N \d{3}°\d\d\.\d\d'[EW]", v)) for v in gps) > 50
    gender = [str(v) for v in _column(paths, "mps_mv", "gender")]
    assert any(re.fullmatch(r"\d+M / \d+F", v) for v in gender)


def test_nz_quirks(paths: dict[str, Path]) -> None:
    offences = [str(v) for v in _column(paths, "police_nz", "crime_type")]
    assert any("s98C" in v for v in offences)
    assert any("s98D" in v for v in offences)
    citizenship = [str(v) for v in _column(paths, "police_nz", "nationality")]
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", v)) for v in citizenship) > 50  # ISO alpha-2
    dates = [str(v) for v in _column(paths, "police_nz", "event_date")]
    assert any(v.endswith("T00:00:00Z") for v in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", v) for v in dates)


def test_vanuatu_quirks(paths: dict[str, Path]) -> None:
    gps = [str(v) for v in _column(paths, "vtcu_vu", "coordinates")]
    assert any(re.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"O", v) for v in gps)  # O = ouest
    dates = " | ".join(str(v) for v in _column(paths, "vtcu_vu", "event_date"))
    assert "trimestre" in dates or "trim." in dates
    assert re.search(r"\d\d-(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)-2\d", dates)
    nationality = set(_column(paths, "vtcu_vu", "nationality"))
    assert nationality & {"afghane", "syrienne", "nigériane", "roumaine", "vietnamienne"}
    refs = _column(paths, "vtcu_vu", "source_ref")
    assert "TOTAL GÉNÉRAL" in refs


def test_india_desk_quirks(paths: dict[str, Path]) -> None:
    refs = [str(v) for v in _column(paths, "nia_in", "source_ref")]
    assert sum(bool(re.fullmatch(r"RC-\d{2,}/20\d\d/NIA/DLI", r)) for r in refs) > 100
    offences = " ".join(str(v) for v in _column(paths, "nia_in", "crime_type"))
    assert "dunki" in offences
    counts = [str(v) for v in _column(paths, "nia_in", "n_persons")]
    assert any(re.fullmatch(r"\d+ \(\d+ H / \d+ M\)", v) for v in counts)
    countries = " ".join(
        str(v)
        for f in ("nationality", "origin_country", "destination_country")
        for v in _column(paths, "nia_in", f)
    )
    assert "Ã" in countries  # UTF-8 read as cp1252 somewhere upstream
    partners = set(_column(paths, "nia_in", "partner"))
    assert "SENAFRONT" in partners


def test_partial_dates_and_tags(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    assert set(truth.loc[kept, "date_precision"]) == {"day", "month", "quarter"}
    for tag in ("partial_month", "partial_quarter", "excel_serial", "dms", "ddm", "mojibake"):
        assert tags.str.contains(tag).any(), tag
    per_file = truth.groupby("source_file")["expected_reason"].apply(set)
    assert all("no_content" in r and "no_date" in r for r in per_file)
    repeated = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeated) == {"bareskrim_tppo_bd.csv", "vtcu_vanuatu_bd.csv"}


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_other_seeds_run(tmp_path: Path, seed: int, n_events: int) -> None:
    out = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    assert {p.name for k, p in out.items() if k in SOURCES} == {s.filename for s in BLIND54_SOURCES}
