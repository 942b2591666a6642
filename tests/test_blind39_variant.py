"""The examiner set ``blind39`` (files ``*_ao.*``): its files and its ground truth.

These tests check what the set writes and what its truth promises; none of them cleans
or scores.
"""

from __future__ import annotations

import codecs
import csv
import io
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
from trendlib.samples import write_samples
from trendlib.samples._blind39 import BLIND39_SOURCES
from trendlib.samples._examiner import ExaminerSource

SEED = 39
N_EVENTS = 1500
SMALL_SEED = 391
SMALL_EVENTS = 400
VARIANT = "blind39"
SOURCES = tuple(s.source for s in BLIND39_SOURCES)
BY_SOURCE = {s.source: s for s in BLIND39_SOURCES}
#: Fields every file writes as the event has them.
FIELDS = ("crime_type", "exploitation", "destination_country", "transit_countries")
ZERO_WORDS = {"Nil", "None", "NIL", "néant", "Néant", "aucun", "Aucun", "ninguno", "Ninguno"}


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


def _rows(path: Path, src: ExaminerSource) -> list[list[object]]:
    """Every row of a file as written, header first (JSONL: the values of each line)."""
    if src.format == "csv":
        text = path.read_bytes().decode(src.encoding)
        return [
            list(r)
            for r in csv.reader(io.StringIO(text, newline=""), delimiter=src.delimiter or ",")
        ]
    if src.format == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    lines = [json.loads(line) for line in path.read_text(encoding=src.encoding).splitlines()]
    return [list(lines[0])] + [list(d.values()) for d in lines]


def _cells(
    paths: dict[str, Path], truth: pd.DataFrame, source: str, tag: str, col: str
) -> list[object]:
    """The cells of column ``col`` in the rows of ``source`` carrying ``tag``."""
    src = BY_SOURCE[source]
    rows = _rows(paths[source], src)
    header = rows[0]
    j = header.index(src.headers[col])
    sel = truth.loc[(truth["source"] == source) & tags_of(truth).str.contains(tag)]
    # CSV / XLSX: header = row 1, data from row 2; JSONL: line 1 = row 1 (rows[1])
    return [rows[int(r) - 1 if src.format != "jsonl" else int(r)][j] for r in sel["source_row"]]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ao", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ao", n_events=SMALL_EVENTS)
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.001)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_sizes_and_seeds_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        assert {out[s].name for s in SOURCES} == {s.filename for s in BLIND39_SOURCES}


# --------------------------------------------------------------------------------------
# What this set claims
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings(paths: dict[str, Path]) -> None:
    assert {s.language for s in BLIND39_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND39_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND39_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    for src in BLIND39_SOURCES:
        path = paths[src.source]
        assert path.name == src.filename
        assert path.suffix == f".{src.format}"
        assert _rows(path, src)[0] == list(src.headers.values())


def test_csv_bytes(paths: dict[str, Path]) -> None:
    jcf = paths["jcf_ctoc_ao"].read_bytes()  # cp1252, CRLF, comma
    assert b"\r\n" in jcf
    with pytest.raises(UnicodeDecodeError):
        jcf.decode("utf-8")
    assert "Darién".encode("cp1252") in jcf
    paf = paths["ddpaf_guyane_ao"].read_bytes()  # UTF-8 without BOM, semicolon
    assert not paf.startswith(codecs.BOM_UTF8)
    assert (
        paf.decode("utf-8").splitlines()[0].count(";")
        == len(BY_SOURCE["ddpaf_guyane_ao"].headers) - 1
    )
    gnq = paths["policia_gq_fronteras_ao"].read_bytes()  # UTF-16 with BOM, tab
    assert gnq.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert "\t" in gnq.decode("utf-16").splitlines()[0]


def test_columns_a_file_lacks_are_expected_empty(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    for col, lacking in (
        ("origin_country", "gccpol_digest_ao"),
        ("linked_offences", "dgdi_gabon_ao"),
    ):
        assert ok.loc[ok["source"] == lacking, col].isna().all(), col
        rest = ok.loc[ok["source"] != lacking]
        want = events.loc[rest["event_id"], col].to_numpy()
        assert (rest[col].fillna("-").to_numpy() == pd.Series(want).fillna("-").to_numpy()).all(), (
            col
        )


def test_partial_dates_in_every_file(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(ok["date_precision"]) == {"day", "month", "quarter"}
    for source in SOURCES:
        precisions = set(ok.loc[ok["source"] == source, "date_precision"])
        assert "day" in precisions, source
        assert precisions & {"month", "quarter"}, source


# --------------------------------------------------------------------------------------
# Characteristic quirks, found in the bytes
# --------------------------------------------------------------------------------------
_DMS = re.compile(r"^(\d+)°(\d\d)'(\d\d)\"([NS]) (\d+)°(\d\d)'(\d\d)\"([EO])$")


def test_paf_dms_with_french_west_matches_truth(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _cells(paths, truth, "ddpaf_guyane_ao", "coords_dms", "coordinates")
    sel = truth.loc[
        (truth["source"] == "ddpaf_guyane_ao") & tags_of(truth).str.contains("coords_dms")
    ]
    assert len(cells) > 20
    west = 0
    for cell, lat, lon in zip(
        cells, sel["lat"].astype(float), sel["lon"].astype(float), strict=True
    ):
        m = _DMS.match(str(cell))
        assert m, cell
        d1, m1, s1, ns, d2, m2, s2, eo = m.groups()
        read_lat = (int(d1) + int(m1) / 60 + int(s1) / 3600) * (1 if ns == "N" else -1)
        read_lon = (int(d2) + int(m2) / 60 + int(s2) / 3600) * (1 if eo == "E" else -1)
        west += eo == "O"
        assert abs(read_lat - lat) < 1e-9
        assert abs(read_lon - lon) < 1e-9
    assert west > 0  # west of Greenwich written with the French "O" (ouest)
    assert re.search(r"\d\"\"O", paths["ddpaf_guyane_ao"].read_text(encoding="utf-8"))


def test_paf_mojibake_and_zero_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["ddpaf_guyane_ao"].read_text(encoding="utf-8")
    assert "Ã" in text
    assert tags_of(truth.loc[truth["source"] == "ddpaf_guyane_ao"]).str.contains("mojibake").any()
    for source in SOURCES:
        zero = _cells(paths, truth, source, "zero_word", "n_suspects")
        assert zero, source
        assert set(map(str, zero)) <= ZERO_WORDS, source


def test_dgdi_excel_serials(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    serials = _cells(paths, truth, "dgdi_gabon_ao", "excel_serial", "event_date")
    sel = truth.loc[
        (truth["source"] == "dgdi_gabon_ao") & tags_of(truth).str.contains("excel_serial")
    ]
    assert len(serials) > 5
    for cell, day in zip(serials, sel["event_date"], strict=True):
        assert isinstance(cell, int)
        assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == pd.Timestamp(day)


def test_gcc_local_timestamps(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    stamps = _cells(paths, truth, "gccpol_digest_ao", "date_timestamp_offset", "event_date")
    sel = truth.loc[
        (truth["source"] == "gccpol_digest_ao")
        & tags_of(truth).str.contains("date_timestamp_offset")
    ]
    assert len(stamps) > 5
    for cell, day in zip(stamps, sel["event_date"], strict=True):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT(0[89]|1\d):\d\d:00\+04:00", str(cell)), cell
        assert str(cell)[:10] == day


def test_gnq_never_writes_a_bare_guinea(paths: dict[str, Path]) -> None:
    src = BY_SOURCE["policia_gq_fronteras_ao"]
    cells = [str(c) for row in _rows(paths[src.source], src)[1:] for c in row]
    guinea = [c for c in cells if "guine" in c.lower()]
    assert guinea  # Guinean nationals travel the Atlantic route
    assert all("conakry" in c.lower() for c in guinea)


def test_jcf_coordinates_and_thousands(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    hemi = _cells(paths, truth, "jcf_ctoc_ao", "coords_hemisphere", "coordinates")
    assert hemi
    assert all(re.fullmatch(r"\d+\.\d{5} [NS], \d+\.\d{5} [EW]", str(c)) for c in hemi)
    for source, pattern in (
        ("jcf_ctoc_ao", r"\d{1,3}(,\d{3})+"),
        ("policia_gq_fronteras_ao", r"\d{1,3}(\.\d{3})+"),
        ("ddpaf_guyane_ao", r"\d{1,3}([\u202f\xa0 ]\d{3})+"),
    ):
        tag = {"jcf_ctoc_ao": "thousands_sep", "policia_gq_fronteras_ao": "thousands_dot"}.get(
            source, "thousands_space"
        )
        for cell in _cells(paths, truth, source, tag, "n_persons"):
            assert re.fullmatch(pattern, str(cell)), (source, cell)
