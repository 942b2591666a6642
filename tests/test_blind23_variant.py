"""The ``blind23`` examiner set (files ``*_y.*``): files and truth only, no cleaning.

Five agencies (Sûreté du Québec liaison, Mossos d'Esquadra, Puerto Rico Police Bureau,
Police Nationale d'Haïti, Australian Border Force overseas network) write the true
events in their own way; these tests check that the files are what the module says
they are and that the truth describes every row. None of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind23 import BLIND23_SOURCES, make_blind23

SEED = 23
N_EVENTS = 1500
SMALL_SEED = 131
SMALL_EVENTS = 400
VARIANT = "blind23"
SOURCES = [s.source for s in BLIND23_SOURCES]
#: Fields every row gives as the event has them (the Haitian file has no linked offences).
FIELDS = ("crime_type", "exploitation", "origin_country", "destination_country")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_y", n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_y", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        check_expected_values(p, _truth(p), (*FIELDS, "transit_countries"), tolerance=0.01)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_no_linked_offences_where_the_file_has_none(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    assert truth.loc[truth["source_file"] == "pnh_y.jsonl", "linked_offences"].isna().all()
    others = truth.loc[truth["source_file"] != "pnh_y.jsonl", "linked_offences"]
    assert others.notna().sum() > 20


def test_formats_encodings_and_languages(paths: dict[str, Path]) -> None:
    by_name = {s.source: s for s in BLIND23_SOURCES}
    assert {s.format for s in BLIND23_SOURCES} == {"csv", "xlsx", "jsonl"}
    assert {s.language for s in BLIND23_SOURCES} == {"en", "fr", "es"}
    csv_kinds = {(s.encoding, s.delimiter) for s in BLIND23_SOURCES if s.format == "csv"}
    assert len(csv_kinds) >= 3

    sq = paths["surete_qc_y"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        sq.decode("utf-8")  # cp1252: é is one byte
    sq_text = sq.decode("cp1252")
    assert sq_text.startswith("No dossier SQ;Date de l'événement (AAAA-MM-JJ);")
    assert "\r\n" in sq_text
    assert by_name["surete_qc_y"].language == "fr"

    nppr = paths["nppr_y"].read_bytes()
    assert nppr[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with BOM
    nppr_text = nppr.decode("utf-16")
    assert nppr_text.split("\n", 1)[0].split("\t")[1] == "Fecha / Date (mm/dd/aaaa)"

    abf = paths["abf_y"].read_bytes()
    assert not abf.startswith(b"\xef\xbb\xbf")
    abf_text = abf.decode("utf-8")
    assert abf_text.split("\n", 1)[0].startswith("ABF Ref|Reporting Post|Date of Incident")

    lines = paths["pnh_y"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert {"date_faits", "qualification", "nationalite", "pays_constat"} <= set(first)
    assert all(isinstance(json.loads(line), dict) for line in lines)

    book = load_workbook(paths["mossos_y"], read_only=True)
    header = next(book.active.iter_rows(max_row=1, values_only=True))  # type: ignore[union-attr]
    assert header[:3] == ("Núm. atestado", "Fecha hecho", "Tipología penal")


def test_quirks_in_the_bytes(paths: dict[str, Path]) -> None:
    sq = paths["surete_qc_y"].read_bytes().decode("cp1252")
    assert "279.01 C.cr." in sq
    assert "LIPR" in sq
    assert ";s.o.;" in sq  # "sans objet"
    assert re.search(r";\d{2},\d{5};", sq)  # decimal comma coordinates
    assert re.search(r"\d+°\d{2}'\d{2}\"\"[NE]", sq)  # DMS (quotes doubled by CSV)
    assert "Ã" in sq  # UTF-8 read as cp1252

    nppr = paths["nppr_y"].read_bytes().decode("utf-16")
    # month-first dates whose second number can only be a day
    assert re.search(r"\t(0[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/20\d\d\t", nppr)
    assert "8 USC 1324" in nppr

    abf = paths["abf_y"].read_bytes().decode("utf-8")
    assert "|SIEV|" in abf
    assert re.search(r"\|\d+\.\d{5} [NS]\|\d+\.\d{5} [EW]\|", abf)
    assert re.search(r"\|(UNK|NFI|TBC)\|", abf)

    pnh = paths["pnh_y"].read_text(encoding="utf-8")
    assert "CL\\/2014-0010" in pnh  # JSON escapes the slash

    book = load_workbook(paths["mossos_y"], read_only=True)
    dates = [r[1] for r in book.active.iter_rows(min_row=2, values_only=True)]  # type: ignore[union-attr]
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)


def test_tags_cover_the_planted_messiness(paths: dict[str, Path]) -> None:
    tags = set(";".join(tags_of(_truth(paths)).dropna()).split(";"))
    wanted = {
        "partial_month",
        "partial_quarter",
        "date_serial",
        "date_month_first",
        "coords_dms",
        "coords_hemisphere",
        "decimal_comma",
        "mojibake",
        "typo",
        "zero_word",
        "count_placeholder",
        "na_word",
    }
    assert wanted <= tags, wanted - tags


def test_larger_sets_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert {Path(out[s]).name for s in SOURCES} == {s.filename for s in BLIND23_SOURCES}


def test_make_blind23_orders_sources() -> None:
    subs = make_blind23(make_truth(seed=SMALL_SEED, n_events=200), seed=SMALL_SEED)
    assert [s.source for s in subs] == SOURCES
