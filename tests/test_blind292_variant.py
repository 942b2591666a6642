"""The examiner's sample set ``blind292`` (files ``*_kh.*``): international-education desks.

These tests check what the set promises: its files, its truth, and that the bytes show each
office's habits. None of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
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

from trendlib.samples import make_truth
from trendlib.samples._blind292 import SOURCES, make_blind292

VARIANT = "blind292"
SEED = 292
N_EVENTS = 1500
SMALL_SEED = 2921
SMALL_EVENTS = 400
SUFFIX = "_kh"
NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives exactly as the event has them (nothing blanked on purpose).
EXACT_FIELDS = (
    "crime_type",
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


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    """The kept (not quarantined) truth rows of one file, indexed by their source row."""
    mine = truth.loc[(truth["source_file"] == name) & (truth["expected_status"] != "quarantine")]
    return mine.set_index(mine["source_row"].astype(int))


def _at(rows: pd.DataFrame, where: pd.Series | list[int], col: str) -> pd.Series:
    """Expected values of ``col`` at the kept rows where ``where`` holds (or at row numbers)."""
    index = where[where].index if isinstance(where, pd.Series) else pd.Index(where)
    return rows.loc[rows.index.intersection(index), col]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file as text cells, indexed as the truth counts rows (header = row 1)."""
    frame = pd.read_csv(
        path,
        encoding=encoding,
        sep=sep,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_the_tested_sizes() -> None:
    for n in (300, 400, 1500):
        subs = make_blind292(make_truth(seed=n, n_events=n), seed=n)
        assert [s.source for s in subs] == list(NAMES)
        for sub in subs:
            records = sub.expected["expected_status"].eq("record")
            assert records.sum() >= 10, (n, sub.filename)


def test_exploitation_unknown_only_where_planted(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    planted = tags.str.contains("unknown:exploitation")
    assert planted.sum() > 0
    assert (ok.loc[planted, "exploitation"] == "unknown").all()
    assert ok.loc[~planted, "exploitation"].equals(ev.loc[~planted, "exploitation"])


# --------------------------------------------------------------------------------------
# Each office's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_unikent_utf8_bom_comma_and_uk_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["unikent_sic"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.split(",")[:3] == ["Case ref", "Incident date", "Concern type"]
    frame = _csv(path, "utf-8-sig", ",")
    rows = _rows(truth, path.name)
    cells = frame["Incident date"]
    assert cells.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    assert cells.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()  # 17 May 2023
    assert cells.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()  # May 2023: a month
    month = cells.str.fullmatch(r"[A-Z][a-z]+ 20\d\d")
    assert (_at(rows, month, "date_precision") == "month").all()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Concern type"].eq("Facilitation (s.25 IA 1971)").any()
    where = frame["Location encountered"]
    assert where.isin(["England", "Scotland"]).any()
    regional = where.isin(["England", "Scotland"])
    assert (_at(rows, regional, "detection_country") == "GBR").all()
    assert frame["Route (transit countries)"].str.contains(" > ").any()


def test_campusfrance_xlsx_dates_mojibake_and_french_words(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    path = paths["campusfrance_vigilance"]
    book = load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = list(rows[0])
    assert header[:3] == ["N° signalement", "Date des faits", "Lieu"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.7 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(t.startswith("T") and t[1] in "1234" for t in texts)  # T2 2023
    assert any(t.split()[0] in ("mai", "juin", "mars", "août") for t in texts if " " in t)
    words = {str(v) for r in rows[1:] for v in r if v is not None}
    assert any("Ã" in w for w in words)  # UTF-8 names read as cp1252 on import
    assert {"H", "F"} & words
    assert "MNA" in words or "mineur(s)" in words
    assert any(w.count(", ") == 1 and w.replace(", ", "").replace(".", "").isdigit() for w in words)
    width = len(header)  # read-only sheets trim the empty cells at a row's end
    frame = pd.DataFrame([[*r, *[None] * (width - len(r))] for r in rows[1:]], columns=header)
    frame.index = frame.index + 2
    mine = _rows(truth, path.name)
    hf = frame["Sexe"].eq("H/F")
    assert (_at(mine, hf, "gender") == "mixed").all()
    mna = frame["Âge"].eq("MNA")
    assert (_at(mine, mna, "age_group") == "child").all()


def test_crue_cp1252_semicolon_decimal_comma(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["crue_internacionalizacion"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Nº expediente;".encode("cp1252") in raw
    assert b"\r\n" in raw
    frame = _csv(path, "cp1252", ";")
    rows = _rows(truth, path.name)
    assert frame["Latitud"].str.fullmatch(r"-?\d+,\d+").sum() > 0.8 * len(frame)
    assert frame["Fecha del hecho"].str.fullmatch(r"20\d\dT[1-4]").any()  # INE quarter
    ine = frame["Fecha del hecho"].str.fullmatch(r"20\d\dT[1-4]")
    assert (_at(rows, ine, "date_precision") == "quarter").all()
    assert frame["Tipología"].str.contains("318 bis").any()
    # "Sexo (H/M)": M is mujer, H is hombre
    m = frame["Sexo (H/M)"].eq("M")
    h = frame["Sexo (H/M)"].eq("H")
    assert m.any()
    assert h.any()
    assert (_at(rows, m, "gender") == "female").all()
    assert (_at(rows, h, "gender") == "male").all()
    assert frame["Países de tránsito"].str.contains(" - ").any()
    assert frame["Nacionalidad"].isin(["marroquí", "senegalesa", "argelina", "rumana"]).any()


def test_upanama_utf16_tab_dms_and_serials(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["up_relaciones_internacionales"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = _csv(path, "utf-16", "\t")
    rows = _rows(truth, path.name)
    assert frame.columns[:2].tolist() == ["No. de caso", "Fecha"]
    coords = frame["Coordenadas"]
    assert coords.str.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"O").sum() > 0.8 * len(frame)
    dms = coords.str.contains("O")
    assert (_at(rows, dms, "lon").astype(float) < 0).all()
    serial = frame["Fecha"].str.fullmatch(r"4\d{4}")
    assert serial.any()
    got = pd.to_datetime(_at(rows, serial, "event_date"))
    days = frame.loc[got.index, "Fecha"].astype(int)
    want = pd.Timestamp("1899-12-30") + pd.to_timedelta(days, unit="D")
    assert len(got) > 0
    assert (got.to_numpy() == want.to_numpy()).all()
    # "Sexo (M/F)": M is masculino here
    m = frame["Sexo (M/F)"].eq("M")
    assert m.any()
    assert (_at(rows, m, "gender") == "male").all()
    assert frame["Grupo etario"].eq("NNA").any()


def test_enic_jsonl_codes_and_arrays(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["enic_naric_fraud"]
    lines = path.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "reporting_centre", "incident_date"]
    rows = _rows(truth, path.name)
    body = [(i + 1, r) for i, r in enumerate(recs) if r["incident_date"]]
    assert all(isinstance(r["transit_route"], list | type(None)) for _, r in body)
    assert any(r["transit_route"] == [] for _, r in body)
    assert any(len(r["transit_route"] or []) >= 3 for _, r in body)
    detected = {r["country_of_detection"] for _, r in body}
    assert {"EL", "IT", "HR"} <= detected
    el = [i for i, r in body if r["country_of_detection"] == "EL"]
    assert (_at(rows, el, "detection_country").dropna() == "GRC").all()
    numeric = [i for i, r in body if str(r["nationality_code"]).isdigit()]
    assert numeric
    assert _at(rows, numeric, "nationality").str.fullmatch(r"[A-Z]{3}").all()
    months = [i for i, r in body if len(str(r["incident_date"])) == 7]
    assert months
    assert (_at(rows, months, "date_precision") == "month").all()
    assert any(isinstance(r["persons_involved"], int) for _, r in body)


def test_dates_are_day_first_in_every_slashed_file(paths: dict[str, Path]) -> None:
    files = {
        "unikent_sic": ("utf-8-sig", ",", "Incident date"),
        "crue_internacionalizacion": ("cp1252", ";", "Fecha del hecho"),
        "up_relaciones_internacionales": ("utf-16", "\t", "Fecha"),
    }
    for source, (enc, sep, col) in files.items():
        cells = _csv(paths[source], enc, sep)[col]
        slashed = cells[cells.str.fullmatch(r"\d\d/\d\d/\d{4}")]
        second = slashed.str.slice(3, 5).astype(int)
        assert (second <= 12).all(), source  # the month comes second
        assert (slashed.str.slice(0, 2).astype(int) > 12).any(), source


def test_thousands_separators_of_each_office(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    files = {
        "crue_internacionalizacion": ("cp1252", ";", "Nº personas", "."),
        "up_relaciones_internacionales": ("utf-16", "\t", "Cantidad de personas", ","),
    }
    for source, (enc, sep, col, mark) in files.items():
        frame = _csv(paths[source], enc, sep)
        rows = _rows(truth, paths[source].name)
        big = frame[col].str.fullmatch(r"\d{1,3}" + "\\" + mark + r"\d{3}")
        assert big.any(), source
        want = frame.loc[big[big].index, col].str.replace(mark, "", regex=False).astype(int)
        got = _at(rows, big, "n_persons").astype(int)
        assert got.equals(want.loc[got.index]), source
