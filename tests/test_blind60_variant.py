"""The ``blind60`` examiner set: files, truth, languages, encodings and quirks.

These tests check the files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
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
from trendlib.samples import make_truth
from trendlib.samples._blind60 import BLIND60_SOURCES, make_blind60

SEED = 60
N_EVENTS = 1500
SMALL_SEED = 601
SMALL_EVENTS = 400
VARIANT = "blind60"
SOURCES = [s.source for s in BLIND60_SOURCES]
#: Event fields every row of the set gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
BY_NAME = {s.filename: s for s in BLIND60_SOURCES}


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(paths: dict[str, Path], truth: pd.DataFrame, name: str) -> pd.DataFrame:
    """A CSV file's cells beside its truth rows (joined on the row number)."""
    src = BY_NAME[name]
    cells = pd.read_csv(
        paths[src.source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    cells["source_row"] = range(2, 2 + len(cells))
    mine = truth.loc[truth["source_file"] == name].copy()
    mine["source_row"] = mine["source_row"].astype(int)
    return mine.merge(cells, on="source_row", how="inner", validate="one_to_one")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bj", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_bj", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_make_blind60_is_the_variant() -> None:
    subs = make_blind60(make_truth(seed=3, n_events=300), seed=3)
    assert [s.filename for s in subs] == [s.filename for s in BLIND60_SOURCES]
    assert all(Path(s.filename).stem.endswith("_bj") for s in subs)


def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND60_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND60_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = {(s.encoding, s.delimiter) for s in BLIND60_SOURCES if s.format == "csv"}
    assert len(csv) >= 3
    assert {e for e, _ in csv} == {"cp1252", "utf-16", "utf-8-sig"}
    assert {d for _, d in csv} == {";", "\t", ","}


def test_bytes_match_the_claimed_encodings(paths: dict[str, Path]) -> None:
    junalco = paths["parquet_paris_junalco"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        junalco.decode("utf-8")  # cp1252 accents are not UTF-8
    text = junalco.decode("cp1252")
    assert text.startswith("N° Parquet;Date des faits;")
    assert "\r\n" in text
    belgian = paths["parquet_federal_be"].read_bytes()
    assert belgian.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    header = belgian.decode("utf-16").splitlines()[0].split("\t")
    assert len(header) == len(BY_NAME["parquet_federal_be_bj.csv"].headers)
    assert "Prévention / Tenlastelegging" in header
    dutch = paths["om_landelijk_parket_nl"].read_bytes()
    assert dutch.startswith(b"\xef\xbb\xbfParket no.,")
    assert zipfile.is_zipfile(paths["cgpj_cendoj_es"])
    lines = paths["iberred_comjib"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) == set(BY_NAME["iberred_comjib_bj.jsonl"].headers.values())


def test_junalco_cites_the_ceseda_article_of_the_date(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    rows = _rows_of(paths, truth, "junalco_parquet_paris_bj.csv")
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    crime = rows["Qualification principale (texte)"]
    day = pd.to_datetime(rows["event_date"])
    old = crime.str.contains("L.622-", regex=False)
    new = crime.str.contains("L.823-", regex=False)
    assert old.any()
    assert new.any()
    assert (day[old] < "2021-05-01").all()
    assert (day[new] >= "2021-04-01").all()  # a partial date of the change's quarter
    assert (
        rows["Date des faits"].str.startswith("courant ").any()
        or rows["Date des faits"].str.contains("trimestre").any()
    )


def test_belgian_trafic_is_smuggling(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows_of(paths, truth, "parquet_federal_be_bj.csv")
    crime = rows["Prévention / Tenlastelegging"]
    smuggling = rows.loc[rows["crime_type"] == "smuggling"]
    assert len(smuggling) > 0
    cell = crime[smuggling.index]
    assert cell.str.contains("77bis|smokkel", case=False).all()
    assert not cell.str.contains("traite", case=False).any()
    assert crime.str.contains("Mensenhandel").any()
    assert (
        rows["Nbre de personnes / Aantal personen"].str.match(r"^\d\.\d{3}$").any()
        or not (rows["n_persons"].astype(float) >= 1000).any()
    )


def test_cgpj_dates_and_sex_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["cgpj_cendoj_es"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[1] == "Fecha de los hechos"
    dates = [r[1] for r in body]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    serials = [d for d in dates if isinstance(d, int) and not isinstance(d, bool)]
    assert serials  # bare Excel serials
    assert all(40_000 < d < 50_000 for d in serials)
    mine = truth.loc[truth["source_file"] == "cgpj_cendoj_sentencias_bj.xlsx"]
    assert len(mine) == len(body)
    assert mine["source_row"].astype(int).tolist() == list(range(2, 2 + len(body)))
    mine = mine.assign(sex=[r[6] for r in body])
    kept = mine.loc[mine["expected_status"] != "quarantine"]
    assert (kept.loc[kept["sex"] == "M", "gender"] == "female").all()  # M = mujer
    assert (kept.loc[kept["sex"] == "H", "gender"] == "male").all()
    assert (kept["sex"] == "M").any()
    assert kept["lat"].isna().all()  # judgments give no coordinates


def test_iberred_iso2_and_roman_quarters(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["iberred_comjib"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    places = {r["pais_hechos"] for r in records}
    assert {"PA", "US"} <= places
    mine = truth.loc[truth["source_file"] == "iberred_comjib_bj.jsonl"]
    assert len(mine) == len(records)
    assert any(
        str(r["fecha_hechos"]).startswith(("I ", "II ", "III ", "IV ")) for r in records
    ) or (not (mine["date_precision"] == "quarter").any())
    assert any(isinstance(r["num_personas"], int) for r in records)


def test_tags_cover_the_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_month",
        "partial_quarter",
        "count_placeholder",
        "zero_word",
        "coords_dms",
        "coords_ddm",
        "decimal_comma",
        "demonym",
        "na_word",
        "blank_",
    ):
        assert tags.str.contains(tag).any(), tag
