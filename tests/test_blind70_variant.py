"""The seventieth examiner's held-out set (``blind70``, files ``*_bt.*``): files and truth.

These tests check what the files hold and what the truth promises about them; none of
them cleans or scores the files.
"""

from __future__ import annotations

import json
import re
import zipfile
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
from trendlib.samples._blind70 import BLIND70_SOURCES

VARIANT = "blind70"
SEED = 70
N_EVENTS = 1500
SMALL_SEED = 701
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND70_SOURCES)
#: Fields every source writes for every kept row, expected as the event has them.
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")
TOLERANCE = 0.001  # degrees: decimals to 4-5 places, seconds to a tenth, minutes to 1e-3


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bt", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_bt", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    files: dict[str, Path] = request.getfixturevalue(which)
    truth = _truth(files)
    check_expected_values(files, truth, FIELDS, tolerance=TOLERANCE)
    # transit: the event's ordered list ("direct" or blank when it has none)
    events = pd.read_csv(files["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[kept["event_id"]].reset_index()
    assert kept["transit_countries"].equals(ev["transit_countries"])
    # linked offences: as the event, but for Tonga, whose return has no such column
    tonga = kept["source"].eq("tonga_police_tcu")
    assert kept.loc[tonga, "linked_offences"].isna().all()
    assert kept.loc[~tonga, "linked_offences"].equals(ev.loc[~tonga, "linked_offences"])


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_reports_rows(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    counts = truth.loc[truth["expected_status"] == "record", "source"].value_counts()
    assert set(counts.index) == set(SOURCES)
    assert (counts >= 100).all()
    tags = tags_of(truth)
    for tag in ("partial_month", "partial_quarter", "excel_serial", "dms", "ddm", "mojibake"):
        assert tags.str.contains(tag).any(), tag


def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    by = {s.source: s for s in BLIND70_SOURCES}
    assert {s.language for s in BLIND70_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND70_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND70_SOURCES if s.format == "csv"]
    assert len({(s.encoding, s.delimiter) for s in csvs}) == 3
    # La Réunion: cp1252 (not UTF-8), semicolons, CRLF
    raw = paths["dzpaf_soi_reunion"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° procédure;Date des faits (jj/mm/aaaa);")
    assert "\r\n" in text
    # Tonga: UTF-16 with its byte-order mark, tab-separated
    raw = paths["tonga_police_tcu"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert raw.decode("utf-16").startswith("TCU Ref\tIncident date\t")
    # SERMIG: UTF-8 with a BOM, pipes
    raw = paths["sermig_chile"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").startswith("N° Folio|Fecha del hecho|")
    # Nouméa: one JSON object a line, French snake-case keys
    lines = paths["comgend_nc"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["num_procedure", "date_faits", "libelle_infraction"]
    assert all(isinstance(json.loads(line), dict) for line in lines)
    # Seychelles: a real workbook, English headers
    assert zipfile.is_zipfile(paths["spf_seychelles_tip"])
    sheet = openpyxl.load_workbook(paths["spf_seychelles_tip"], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    assert list(header) == list(by["spf_seychelles_tip"].headers.values())


def test_quirks_in_the_bytes(paths: dict[str, Path]) -> None:
    reunion = paths["dzpaf_soi_reunion"].read_text(encoding="cp1252")
    assert "L.823-1 CESEDA" in reunion
    assert "225-4-1" in reunion
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", reunion)  # decimal commas
    assert re.search(r"\d+°\d\d'\d+,\d\"\" [NS]", reunion)  # DMS, quoted by the CSV writer
    assert "TOTAL GÉNÉRAL" in reunion
    assert ";néant;" in reunion or ";aucun;" in reunion
    assert re.search(r";\d{2}/\d{2}/\d{4} à \d{2}h\d{2};", reunion)
    noumea = paths["comgend_nc"].read_text(encoding="utf-8")
    assert re.search(r"N \d\d°\d\d,\d{3}' [EO] \d{3}°\d\d,\d{3}'", noumea)
    assert "AIDE A L'ENTREE IRREGULIERE" in noumea
    assert re.search(r'"(20\d\d-T[1-4]|T[1-4] 20\d\d)"', noumea)  # quarters
    tonga = paths["tonga_police_tcu"].read_text(encoding="utf-16")
    assert re.search(r"\t\d+\.\d{5}N \d+\.\d{5}W(\t|\r?\n)", tonga)
    assert "CTTOC Act 2013" in tonga
    chile = paths["sermig_chile"].read_text(encoding="utf-8-sig")
    assert "411 bis" in chile
    assert "411 quáter" in chile
    assert re.search(r"\|\d{1,2}-\d{2}-\d{4}\|", chile)
    assert re.search(r"\|\d\.\d{3}\|", chile)  # thousands with a dot
    assert "Ã" in chile  # UTF-8 read as cp1252 in a few country names
    assert "|NNA|" in chile or "|adultos y NNA|" in chile
    sheet = openpyxl.load_workbook(paths["spf_seychelles_tip"], read_only=True).active
    assert sheet is not None
    dates = [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, serials, typed text
    refs = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(r, str) and re.fullmatch(r"OB \d+/\d\d", r) for r in refs)
