"""The ``blind104`` examiner set: five labour-migration desks (files ``*_db.*``).

These tests check the files and their ground truth only; none cleans or scores.
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
from trendlib.samples._blind104 import BLIND104_SOURCES, make_blind104

SEED = 104
N_EVENTS = 1500
SMALL_SEED = 1041
SMALL_EVENTS = 400
VARIANT = "blind104"
SOURCES = tuple(s.source for s in BLIND104_SOURCES)
#: Fields every source writes as the event has them (no blanks, no placeholders).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: file -> (format, encoding, delimiter, language) as the module docstring claims.
CLAIMS = {
    "dmw_mwpb_db.csv": ("csv", "utf-8-sig", ",", "en"),
    "dofe_nepal_db.xlsx": ("xlsx", "utf-8", None, "en"),
    "nea_kenya_db.jsonl": ("jsonl", "utf-8", None, "en"),
    "oclti_fr_db.csv": ("csv", "cp1252", ";", "fr"),
    "mitradel_pa_db.csv": ("csv", "utf-16", "\t", "es"),
}


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
    """The file's rows that expect values (no bad or garbage row), by row number."""
    keep = truth["source_file"].eq(filename) & truth["expected_status"].ne("quarantine")
    rows = truth.loc[keep].copy()
    rows["row"] = rows["source_row"].astype(int)
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index("row")


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """Read one CSV as text, indexed by the row number a person counts (header = 1)."""
    name = paths[source].name
    _, encoding, sep, _ = CLAIMS[name]
    frame = pd.read_csv(paths[source], sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_db", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_db", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    small_truth = pd.read_csv(
        small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""]
    )
    check_read_loses_no_row(small_paths, SOURCES, small_truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 3000), (5, 1500)])
def test_write_samples_runs(tmp_path: Path, seed: int, n_events: int) -> None:
    out = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    assert {out[s].name for s in SOURCES} == set(CLAIMS)
    rows = pd.read_csv(out["truth_rows"], dtype=str)
    assert set(rows["source_file"]) == set(CLAIMS)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_sources_are_as_claimed() -> None:
    subs = make_blind104(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.format, s.encoding, s.delimiter, s.language) for s in subs}
    assert got == CLAIMS
    assert {c[3] for c in CLAIMS.values()} == {"en", "fr", "es"}
    assert {c[0] for c in CLAIMS.values()} == {"csv", "xlsx", "jsonl"}
    csv_kinds = {(c[1], c[2]) for c in CLAIMS.values() if c[0] == "csv"}
    assert len({e for e, _ in csv_kinds}) == 3
    assert len({d for _, d in csv_kinds}) == 3


def test_bytes_match_the_encodings(paths: dict[str, Path]) -> None:
    dmw = paths["dmw_mwpb_db"].read_bytes()
    assert dmw.startswith(b"\xef\xbb\xbf")
    assert dmw.decode("utf-8-sig").splitlines()[0].startswith("Case Control No.,")

    oclti = paths["oclti_fr_db"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        oclti.decode("utf-8")  # cp1252 accents are not UTF-8
    text = oclti.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].split(";")[:3] == [
        "N° procédure",
        "Date des faits",
        "Qualification pénale",
    ]

    mitradel = paths["mitradel_pa_db"].read_bytes()
    assert mitradel.startswith(b"\xff\xfe")  # UTF-16 LE with BOM
    header = mitradel.decode("utf-16").splitlines()[0].split("\t")
    assert header[:2] == ["N.º de expediente", "Fecha del hecho (dd/mm/aaaa)"]

    lines = paths["nea_kenya_db"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["incident_no", "date_of_incident", "offence_category"]
    assert all(isinstance(json.loads(line), dict) for line in lines)

    assert paths["dofe_nepal_db"].read_bytes()[:2] == b"PK"
    sheet = openpyxl.load_workbook(paths["dofe_nepal_db"], read_only=True).active
    assert sheet is not None
    head = next(sheet.iter_rows(max_row=1, values_only=True))
    assert "मिति / Date (A.D.)" in head
    assert "राष्ट्रियता / Nationality" in head


# --------------------------------------------------------------------------------------
# Characteristic quirks, read back from the bytes
# --------------------------------------------------------------------------------------
def test_dmw_dates_are_month_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths, "dmw_mwpb_db")["Date of Interception (mm/dd/yyyy)"]
    rows = _rows_of(truth, "dmw_mwpb_db.csv")
    mf = rows.loc[rows["tags"].str.contains("month_first") & rows["event_date"].notna()]
    assert len(mf) > 100
    read = pd.to_datetime(cells.loc[mf.index], format="%m/%d/%Y")
    assert (read.dt.strftime("%Y-%m-%d") == mf["event_date"]).all()
    # both kinds of day: a day-first reading would fail or give another date
    assert (read.dt.day > 12).any()
    assert ((read.dt.day <= 12) & (read.dt.day != read.dt.month)).any()


def test_dmw_number_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _csv(paths, "dmw_mwpb_db")["No. of Victims/Migrants"]
    rows = _rows_of(truth, "dmw_mwpb_db.csv")
    words = cells.str.fullmatch(r"[A-Z][a-z]+ \(\d+\)")
    assert words.sum() > 10
    said = cells[words & cells.index.isin(rows.index)].str.extract(r"\((\d+)\)")[0]
    assert len(said) > 10
    assert (said == rows.loc[said.index, "n_persons"]).all()
    assert cells.str.contains(r"^\d{1,3}(?:,\d{3})+$").any()  # thousands with a comma


def test_dofe_excel_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths["dofe_nepal_db"]).active
    assert sheet is not None
    rows = _rows_of(truth, "dofe_nepal_db.xlsx")
    serials = dates = 0
    for r, (cell,) in enumerate(sheet.iter_rows(min_row=2, min_col=2, max_col=2), start=2):
        if r not in rows.index:  # a bad or garbage row
            continue
        exp = rows.loc[r, "event_date"]
        value = cell.value
        if isinstance(value, int):
            serials += 1
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=value)
            assert day.strftime("%Y-%m-%d") == exp
        elif hasattr(value, "year"):
            dates += 1
            assert value.strftime("%Y-%m-%d") == exp
    assert serials > 20
    assert dates > 50


def test_oclti_french_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, "oclti_fr_db")
    rows = _rows_of(truth, "oclti_fr_db.csv")
    comma = rows.loc[rows["tags"].str.contains("decimal_comma")]
    assert len(comma) > 10
    lat = frame.loc[comma.index, "Latitude (WGS84)"].str.replace(",", ".").astype(float)
    assert ((lat - comma["lat"].astype(float)).abs() < 1e-9).all()
    dmm = rows.loc[rows["tags"].str.contains("dmm")]
    assert frame.loc[dmm.index, "Latitude (WGS84)"].str.fullmatch(r"\d+° \d\d,\d{3}' [NS]").all()
    sexes = set(frame["Sexe"])
    assert {"H", "F"} & sexes
    assert frame["Nb MEC"].str.lower().eq("néant").any()
    assert frame["Maj./Min."].eq("MNA").any()
    assert re.search(r"art\. L\. 823-1 CESEDA", paths["oclti_fr_db"].read_bytes().decode("cp1252"))


def test_mitradel_spanish_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, "mitradel_pa_db")
    rows = _rows_of(truth, "mitradel_pa_db.csv")
    dms = rows.loc[rows["tags"].str.contains("dms")]
    assert len(dms) > 20
    pattern = r"(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EO])"
    parts = frame.loc[dms.index, "Coordenadas (lat., long.)"].str.extract(pattern)
    assert parts.notna().all().all()
    assert (parts[7] == "O").all()  # Panama lies west: "oeste"
    lon = -(parts[4].astype(float) + parts[5].astype(float) / 60 + parts[6].astype(float) / 3600)
    assert ((lon - dms["lon"].astype(float)).abs() < 1e-5).all()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["Fecha del hecho (dd/mm/aaaa)"].str.endswith(" 0:00").any()


def test_nea_quarters_and_hemispheres(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["nea_kenya_db"].read_text(encoding="utf-8").splitlines()
    records = {i: json.loads(line) for i, line in enumerate(lines, start=1)}
    rows = _rows_of(truth, "nea_kenya_db.jsonl")
    quarters = rows.loc[rows["date_precision"] == "quarter"]
    assert len(quarters) > 3
    months = {m: i for i, m in enumerate(["Jan", "Apr", "Jul", "Oct"])}
    for r, row in quarters.iterrows():
        text = records[int(str(r))]["date_of_incident"]
        start = re.match(r"([A-Z][a-z]{2})[a-z]*[-–]", text)
        assert start is not None, text
        q = months[start.group(1)]
        assert row["event_date"] == f"{text[-4:]}-{3 * q + 1:02d}-01"
    hemi = rows.loc[rows["tags"].str.contains("hemisphere")]
    assert len(hemi) > 50
    for r, row in hemi.head(30).iterrows():
        gps = records[int(str(r))]["gps"]
        lat_text = re.match(r"([\d.]+)([NS])", gps)
        assert lat_text is not None
        sign = 1 if lat_text.group(2) == "N" else -1
        assert abs(sign * float(lat_text.group(1)) - float(row["lat"])) < 1e-9
