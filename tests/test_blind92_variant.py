"""The ``blind92`` examiner set: five Francophone-leaning agencies (files ``*_cp.*``).

These tests check the files and their ground truth only; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind92 import BLIND92_SOURCES

VARIANT = "blind92"
SEED = 92
N_EVENTS = 1500
SMALL_SEED = 921
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND92_SOURCES]
#: Fields every row of the set gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
BE, LU, CH, CA, MX = (
    "djsoc_teh_be_cp.csv",
    "parquet_lux_cp.xlsx",
    "fedpol_scott_cp.csv",
    "grc_rcmp_div_c_cp.jsonl",
    "fgebc_trata_cp.csv",
)


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


def _file(paths: dict[str, Path], name: str) -> Path:
    return next(paths[s] for s in SOURCES if paths[s].name == name)


def _csv(paths: dict[str, Path], name: str, encoding: str, sep: str) -> pd.DataFrame:
    raw = _file(paths, name).read_bytes().decode(encoding)
    frame = pd.read_csv(
        io.StringIO(raw), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.insert(0, "_row", range(2, len(frame) + 2))
    return frame


def _rows_of(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"].eq(name) & truth["expected_status"].ne("quarantine")]
    rows = rows.copy()
    rows["_row"] = rows["source_row"].astype(int)
    return rows


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cp", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_cp", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_writes_partial_dates_and_unknowns(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for name in (BE, LU, CH, CA, MX):
        mine = tags[truth["source_file"] == name]
        for tag in ("partial_month", "na_word", "coords_missing", "suspects_placeholder"):
            assert mine.str.contains(tag).any(), (name, tag)
    assert tags.str.contains("partial_quarter").sum() >= 10
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("typo").any()


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_formats_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    by_name = {paths[s].name: s for s in SOURCES}
    assert set(by_name) == {BE, LU, CH, CA, MX}

    be = _file(paths, BE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        be.decode("utf-8")  # a single-byte Windows file
    be_text = be.decode("cp1252")
    assert be_text.startswith("N° PV / Nr PV;Date des faits / Datum feiten;")
    assert "\r\n" in be_text
    assert len(be_text.split("\r\n")[0].split(";")) == 18

    ch = _file(paths, CH).read_bytes()
    assert ch.startswith(codecs.BOM_UTF16_LE)
    ch_header = ch.decode("utf-16").splitlines()[0]
    assert ch_header.split("\t")[:2] == ["Réf. fedpol", "Date de l'interpellation (JJ.MM.AAAA)"]
    assert len(ch_header.split("\t")) == 16

    mx = _file(paths, MX).read_bytes()
    assert not mx.startswith(codecs.BOM_UTF8)
    mx_header = mx.decode("utf-8").splitlines()[0]
    assert mx_header.startswith("NO. CARPETA DE INVESTIGACIÓN|FECHA DE LOS HECHOS (DD/MM/AAAA)|")
    assert len(mx_header.split("|")) == 17

    lines = _file(paths, CA).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(sum(" / " in key for key in rec) == 16 for rec in records)
    assert "Occurrence Date / Date de l'événement" in records[0]

    book = openpyxl.load_workbook(_file(paths, LU), read_only=True)
    header = next(book.active.iter_rows(values_only=True))
    assert header[:3] == ("N° notice", "Date des faits", "Qualification pénale")
    book.close()


def test_languages(paths: dict[str, Path]) -> None:
    be = _file(paths, BE).read_bytes().decode("cp1252")
    ch = _file(paths, CH).read_bytes().decode("utf-16")
    mx = _file(paths, MX).read_bytes().decode("utf-8")
    ca = _file(paths, CA).read_text(encoding="utf-8")
    assert "Traite des êtres humains" in be
    assert "exploitation économique" in be
    assert "traite d'êtres humains" in ch
    assert "embarcation" in ch
    assert "TRÁFICO DE PERSONAS" in mx
    assert "MENOR DE EDAD" in mx
    assert "Human smuggling" in ca
    assert "Commercial flight" in ca or "Vessel" in ca
    frame = pd.read_excel(_file(paths, LU), dtype=object)
    words = set(frame["Mode de transport"].dropna())
    assert {"routier", "maritime"} & words


# --------------------------------------------------------------------------------------
# Characteristic quirks, in the bytes and in the truth
# --------------------------------------------------------------------------------------
def test_belgian_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, BE, "cp1252", ";")
    rows = _rows_of(truth, BE).merge(frame, on="_row")
    # decimal commas in the coordinate columns
    lat = rows["Latitude (WGS84)"]
    assert lat.str.fullmatch(r"-?\d{1,2},\d{4,5}").sum() > 300
    # Belgian law: 77bis is smuggling, 433quinquies trafficking
    crime = rows["Qualification / Kwalificatie"]
    only_77 = crime.str.contains("77bis") & ~crime.str.contains("433quinquies")
    assert (rows.loc[only_77, "crime_type"] == "smuggling").all()
    assert (only_77 & crime.str.contains("Trafic d'êtres humains")).any()
    only_433 = crime.str.contains("433quinquies") & ~crime.str.contains("77bis")
    assert (rows.loc[only_433, "crime_type"] == "trafficking").all()
    # thousands with a dot or a space
    count = rows["Nbre victimes/migrants - Aantal slachtoffers/migranten"]
    grouped = count.str.fullmatch(r"\d{1,3}[. ]\d{3}")
    assert grouped.any()
    want = count[grouped].str.replace(r"[. ]", "", regex=True)
    assert want.tolist() == rows.loc[grouped, "n_persons"].tolist()
    # MENA is a minor; mojibake expects the clean country
    assert (
        rows.loc[rows["Majeur-Mineur / Meerderjarig-Minderjarig"] == "MENA", "age_group"]
        .isin(["child"])
        .all()
    )
    assert rows["Nationalité / Nationaliteit"].str.contains("Ã").any()


def test_swiss_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, CH, "utf-16", "\t")
    rows = _rows_of(truth, CH).merge(frame, on="_row")
    count = rows["Nbre de personnes (victimes / migrants)"]
    swiss = count.str.fullmatch(r"\d['’]\d{3}")
    assert swiss.any()
    assert count[swiss].str.replace(r"['’]", "", regex=True).tolist() == (
        rows.loc[swiss, "n_persons"].tolist()
    )
    place = rows["Coordonnées (WGS 84)"]
    assert place.str.contains(r"\d°\d\d'\d\d\"N, ").any()
    assert place.str.fullmatch(r"\d+\.\d{4} N / \d+\.\d{4} E").any()
    assert rows["Infraction (LEI / CP)"].str.contains("LEtr").any()
    assert (rows.loc[rows["Catégorie d'âge"] == "RMNA", "age_group"] == "child").all()


def test_luxembourg_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(_file(paths, LU), read_only=True)
    cells = [row for row in book.active.iter_rows(min_row=2, values_only=True)]
    book.close()
    dates = [row[1] for row in cells]
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(40000 < d < 50000 for d in serials)
    assert any(hasattr(d, "year") for d in dates)
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    rows = _rows_of(truth, LU).set_index("_row")
    x_at = [i + 2 for i, row in enumerate(cells) if len(row) > 5 and row[5] == "X"]
    x_rows = rows.loc[rows.index.intersection(x_at)]
    assert len(x_rows) > 0
    assert x_rows["n_suspects"].isna().all()


def test_mexican_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, MX, "utf-8", "|")
    rows = _rows_of(truth, MX).merge(frame, on="_row")
    sex = rows["SEXO"]
    assert (rows.loc[sex == "M", "gender"].isin(["female"])).all()
    assert (rows.loc[sex == "H", "gender"].isin(["male"])).all()
    assert (sex == "M").any()
    assert (sex == "H").any()
    lon = rows["LONGITUD"]
    west = lon.str.fullmatch(r"\d+\.\d{5} O")
    assert west.any()
    assert (rows.loc[west, "lon"].astype(float) < 0).all()
    assert rows["DELITOS CONEXOS"].str.contains("COHECHO|PROCEDENCIA ILÍCITA").any()


def test_canadian_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _file(paths, CA).read_text(encoding="utf-8").splitlines()
    records = pd.DataFrame([json.loads(line) for line in lines])
    records.index = range(1, len(records) + 1)  # JSON lines count rows from 1
    assert len(truth.loc[truth["source_file"] == CA]) == len(records)
    notes = records["File No. / No de dossier"].astype(str).str.startswith("PROTECTED B")
    assert notes.sum() == 1
    rows = _rows_of(truth, CA).set_index("_row")
    records = records.loc[rows.index]
    persons = records["Persons Involved / Personnes impliquées"]
    assert persons.map(lambda v: isinstance(v, int)).any()
    assert persons.map(lambda v: isinstance(v, str)).any()
    dates = records["Occurrence Date / Date de l'événement"].astype(str)
    assert dates.str.fullmatch(r"\d\d-[A-Z]{3}-\d{4}").any()
    quarter = dates.str.fullmatch(r"\d{4}-Q[1-4]|Q[1-4] \d{4}")
    assert quarter.any()
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    youth = records["Age Group / Groupe d'âge"].astype(str).str.startswith("Youth")
    assert youth.any()
    assert (rows.loc[youth, "age_group"] == "child").all()
    assert re.search("IRPA", " ".join(records["Offence / Infraction"].astype(str)))
