"""The examiner set ``blind420`` (files ``*_pf.*``): wedding and event-catering desks.

These tests check what the set promises: its files, its truth, and that the bytes show
each desk's habits. None of them cleans or scores.
"""

from __future__ import annotations

import csv
import datetime as dt
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
from trendlib.samples import make_truth
from trendlib.samples._blind420 import EXAMINER, make_blind420

VARIANT = "blind420"
SEED = 420
N_EVENTS = 1500
SMALL_SEED = 4201
SMALL_EVENTS = 400
SOURCES = (
    "traiteurs_de_france",
    "shiva_foundation",
    "hosteleria_espana_cumplimiento",
    "canirac_salones",
    "camtur_bodas",
)
#: Fields every desk writes as they are (its own words, but nothing left out).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TDF = "traiteurs_de_france_pf.csv"
SHIVA = "shiva_foundation_pf.xlsx"
HOSTE = "hosteleria_espana_cumplimiento_pf.csv"
CANIRAC = "canirac_salones_pf.csv"
CAMTUR = "camtur_bodas_pf.jsonl"


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    """All lines of a CSV file as cells, the header first (blank lines kept)."""
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _cells(
    path: Path, encoding: str, delimiter: str, truth: pd.DataFrame, header: str
) -> pd.DataFrame:
    """The truth rows of a CSV file with the cell of one column beside them."""
    rows = _csv_rows(path, encoding, delimiter)
    col = rows[0].index(header)
    mine = truth.loc[truth["source_file"] == path.name].copy()
    mine["cell"] = [
        (rows[int(r) - 1] + [""] * len(rows[0]))[col] for r in mine["source_row"].astype(int)
    ]
    return mine


def _ungarble(cell: str) -> str:
    """Undo mojibake (a cell left as it was stays so)."""
    try:
        return cell.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return cell


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pf", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_pf", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_truth_expects_each_event_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_small_set_truth_expects_each_event(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events_at_every_size(n_events: int) -> None:
    subs = make_blind420(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_desks_report_their_countries(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_file = first.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_file[TDF] == {"FRA"}
    assert by_file[HOSTE] == {"ESP"}
    assert by_file[CANIRAC] == {"USA"}
    assert by_file[CAMTUR] == {"PAN"}
    assert by_file[SHIVA] == {"GBR", "ITA", "GRC", "HRV", "POL"}  # the compilation
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(zip(cross["source_file"], cross["detection_country"].fillna(""), strict=True))
    assert {f for f, _ in pairs} <= {TDF, SHIVA, HOSTE, CANIRAC}
    assert len(EXAMINER.secondary) == 9


def test_smuggling_cases_expect_no_exploitation(truth: pd.DataFrame) -> None:
    smuggling = truth.loc[truth["crime_type"] == "smuggling"]
    assert len(smuggling) > 0
    assert smuggling["exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_traiteurs_de_france_is_french_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["traiteurs_de_france"]
    raw = path.read_bytes()
    assert raw.startswith("N° signalement;Date du constat;".encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert raw.count(b"\r\n") == raw.count(b"\n")
    text = raw.decode("cp1252")
    for word in ("Royaume-Uni", "sans objet", "aide à l'entrée irrégulière", "Pays traversés"):
        assert word in text, word
    assert re.search(r";\d{1,2},\d{5};", text)  # latitude with a decimal comma
    assert re.search(r"\b(afghane?|iranienne?|irakienne?|érythréenne?)\b", text)
    # mojibake of the rows pasted from a UTF-8 form, in this desk only
    tags = tags_of(truth)
    moji = truth.loc[tags.str.contains("mojibake"), "source_file"]
    assert len(moji) > 0
    assert set(moji) == {TDF}
    assert "Ã" in text
    cells = _cells(path, "cp1252", ";", truth, "Date du constat")
    # a garbled cell reads back once its bytes are taken as UTF-8 again
    garbled = tags_of(truth).loc[cells.index].str.contains("mojibake")
    cells.loc[garbled, "cell"] = [_ungarble(c) for c in cells.loc[garbled, "cell"]]
    quarter = cells.loc[cells["date_precision"] == "quarter", "cell"]
    month = cells.loc[cells["date_precision"] == "month", "cell"]
    assert quarter.str.fullmatch(r"T[1-4] 20\d\d").all()
    assert month.str.fullmatch(r"[a-zéû]+ 20\d\d").all()
    day = cells.loc[cells["date_precision"] == "day", "cell"]
    day_style = r"\d\d/\d\d/20\d\d( \d\d:\d\d)?|(1er|\d{1,2}) [a-zéû]+ 20\d\d"
    assert day.str.fullmatch(day_style).all()


def test_shiva_foundation_is_an_english_workbook(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = openpyxl.load_workbook(paths["shiva_foundation"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Case ID", "Date of incident", "Offence category")
    assert "Location (lat, long)" in header
    dates = [r[1] for r in rows[1:]]
    real = sum(isinstance(d, dt.datetime) for d in dates)
    assert real > 0.7 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in typed)
    values = {v for r in rows[1:] for v in r if isinstance(v, str)}
    assert "Organised immigration crime" in values
    assert values & {"Afghan", "Albanian", "Syrian", "Iraqi", "Eritrean"}
    assert values & {"AFG", "SYR", "IRQ", "ITA", "GRC"}
    coords = [r[header.index("Location (lat, long)")] for r in rows[1:]]
    assert any(
        isinstance(c, str) and re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", c) for c in coords
    )
    counts = [r[header.index("No. of potential victims / migrants")] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    reps = truth.loc[(truth["source_file"] == SHIVA) & (truth["expected_reason"] == "exact_repeat")]
    assert len(reps) >= 3
    for row in reps.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert rows[int(row.source_row) - 1] == rows[first - 1]


def test_hosteleria_is_utf16_tab_separated(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["hosteleria_espana_cumplimiento"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Texto Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.startswith("Nº expediente\tFecha de los hechos\t")
    for word in ("Art. 318 bis CP", "Cayuco", "Patera", "MENA", "No procede", "TOTAL GENERAL"):
        assert word in text, word
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N", text)  # degrees, minutes, seconds (quoted)
    assert re.search(r"\t\d{2},\d{5} / -?\d{1,2},\d{5}\t", text)
    cells = _cells(path, "utf-16", "\t", truth, "Nº víctimas / personas")
    big = cells.loc[cells["messiness"].fillna("").str.contains("thousands"), "cell"]
    assert len(big) > 0
    assert big.str.fullmatch(r"\d{1,3}\.\d{3}").all()
    dates = _cells(path, "utf-16", "\t", truth, "Fecha de los hechos")
    quarter = dates.loc[dates["date_precision"] == "quarter", "cell"]
    assert len(quarter) > 0
    assert quarter.str.fullmatch(r"T[1-4] 20\d\d").all()
    month = dates.loc[dates["date_precision"] == "month", "cell"]
    assert month.str.fullmatch(r"[a-z]+ de 20\d\d").all()


def test_canirac_is_mexican_spanish_utf8(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["canirac_salones"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.startswith("Folio,Fecha del hecho,Tipo de delito,")
    assert "\r\n" not in text
    for word in ("Tráfico de indocumentados", "NNA", "Giro del establecimiento"):
        assert word in text, word
    assert re.search(r",(EUA|EE\.UU\.|E\.U\.A\.),", text)
    assert re.search(r",\d+\.\d{5} O,", text)  # longitude west as "O" (oeste)
    dates = _cells(path, "utf-8", ",", truth, "Fecha del hecho")
    day = dates.loc[dates["date_precision"] == "day", "cell"]
    assert day.str.fullmatch(r"\d\d/\d\d/20\d\d|\d\d/[a-z]{3}/20\d\d|4[4-5]\d{3}").all()
    assert day.str.fullmatch(r"4[4-5]\d{3}").any()  # Excel serials of a sheet saved as CSV
    assert day.str.fullmatch(r"\d\d/[a-z]{3}/20\d\d").any()
    month = dates.loc[dates["date_precision"] == "month", "cell"]
    assert month.str.fullmatch(r"[a-z]+ 20\d\d").all()


def test_camtur_writes_json_lines_with_arrays(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["camtur_bodas"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == (truth["source_file"] == CAMTUR).sum()
    assert "codigo" in records[0]
    assert "fecha_hecho" in records[0]
    events = [r for r in records if r.get("codigo") != "TOTAL"]
    assert all(isinstance(r["paises_transito"], list) for r in events)
    assert all(isinstance(r["delitos_relacionados"], list) for r in events)
    dates = [r["fecha_hecho"] for r in events if isinstance(r["fecha_hecho"], str)]
    assert any(d.endswith("-05:00") for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert sum(isinstance(r["cantidad_personas"], int) for r in events) > 0.9 * len(events)
    assert any(r["pais_deteccion"] == "PAN" for r in events)  # drop-down codes
    reps = truth.loc[
        (truth["source_file"] == CAMTUR) & (truth["expected_reason"] == "exact_repeat")
    ]
    assert len(reps) >= 3
    for row in reps.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_dates_with_an_offset_keep_the_local_day(paths: dict[str, Path]) -> None:
    # office hours at UTC-5: the date part is the same day in UTC, nothing to shift
    lines = paths["camtur_bodas"].read_text(encoding="utf-8").splitlines()
    stamps = [json.loads(x).get("fecha_hecho") for x in lines]
    hours = [int(s[11:13]) for s in stamps if isinstance(s, str) and s.endswith("-05:00")]
    assert hours
    assert max(hours) < 19
