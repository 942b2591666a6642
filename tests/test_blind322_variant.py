"""The examiner set ``blind322`` (files ``*_ll.*``): what it promises, checked on its bytes.

Five fishing-sector desks: Seafish RFP (UK), the Boulogne-sur-Mer criée (FR), CEPESCA
(ES), ARAP Vacamonte (PA) and the EJF fisheries incident log. Nothing here cleans or
scores: these tests read the written files back and check that the truth says what a
careful analyst reads from each cell.
"""

from __future__ import annotations

import csv
import datetime as dt
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

VARIANT = "blind322"
SEED = 322
N_EVENTS = 1500
SMALL_SEED = 3221
SMALL_EVENTS = 400
SOURCES = ("seafish_rfp", "criee_boulogne", "cepesca", "arap_vacamonte", "ejf_fisheries")
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 0.01

_EN = "January February March April May June July August September October November December"
_EN_MONTHS = _EN.split()
_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_ES_ABBR = "ene feb mar abr may jun jul ago sep oct nov dic".split()


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


# --------------------------------------------------------------------------------------
# Reading the written cells back, row by row (source_row as the truth counts it)
# --------------------------------------------------------------------------------------
_CSV = {
    "seafish_rfp": ("utf-8-sig", ","),
    "criee_boulogne": ("cp1252", ";"),
    "arap_vacamonte": ("utf-16", "\t"),
}


def _rows(paths: dict[str, Path], source: str) -> dict[int, dict[str, object]]:
    path = paths[source]
    if source in _CSV:
        enc, sep = _CSV[source]
        with path.open(encoding=enc, newline="") as fh:
            table = list(csv.reader(fh, delimiter=sep))
        head = table[0]
        return {
            i + 1: dict(zip(head, (v if v != "" else None for v in row), strict=True))
            for i, row in enumerate(table)
            if i
        }
    if source == "cepesca":
        book = openpyxl.load_workbook(path, read_only=True)
        sheet = book.worksheets[0]
        values = list(sheet.iter_rows(values_only=True))
        book.close()
        head = [str(h) for h in values[0]]
        width = len(head)  # read-only sheets drop a row's trailing empty cells
        return {
            i + 1: dict(zip(head, (*row, *[None] * (width - len(row))), strict=True))
            for i, row in enumerate(values)
            if i
        }
    lines = path.read_text(encoding="utf-8").splitlines()
    return {i + 1: json.loads(line) for i, line in enumerate(lines)}


def _kept(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's rows that are records or cross-source duplicates."""
    file_rows = truth.loc[truth["source"] == source]
    return file_rows.loc[file_rows["expected_status"].ne("quarantine")]


def _read_date(value: object) -> tuple[pd.Timestamp, str]:
    """Read a date cell of any of the five desks (all day-first); return (date, precision)."""
    if isinstance(value, dt.datetime):
        return pd.Timestamp(value), "day"
    if isinstance(value, int):
        return pd.Timestamp("1899-12-30") + pd.Timedelta(days=value), "day"
    text = str(value).strip()
    if m := re.fullmatch(r"Q([1-4]) (\d{4})", text):
        return pd.Timestamp(int(m[2]), 3 * int(m[1]) - 2, 1), "quarter"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return pd.Timestamp(int(m[1]), int(m[2]), 1), "month"
    if m := re.fullmatch(r"(\w+)(?: de)? (\d{4})", text):
        for names in (_EN_MONTHS, _FR_MONTHS, _ES_MONTHS):
            if m[1] in names:
                return pd.Timestamp(int(m[2]), names.index(m[1]) + 1, 1), "month"
    if m := re.fullmatch(r"(\d{1,2})[ -](\w+)[ -](\d{2,4})", text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        for names in (_EN_MONTHS, [n[:3] for n in _EN_MONTHS], _ES_ABBR):
            if m[2] in names:
                return pd.Timestamp(year, names.index(m[2]) + 1, int(m[1])), "day"
        return pd.Timestamp(year, int(m[2]), int(m[1])), "day"  # 17-05-2023
    for fmt in ("%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d/%m/%y"):
        try:
            return pd.Timestamp(dt.datetime.strptime(text, fmt)).normalize(), "day"
        except ValueError:
            continue
    raise AssertionError(f"unreadable date {text!r}")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ll", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_ll", n_events=SMALL_EVENTS)
    truth = _truth(small_paths)
    for source in SOURCES:  # every desk reports events at this size too
        assert truth.loc[truth["source"] == source, "expected_status"].eq("record").any()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_and_repeats(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = truth.loc[truth["source"] == source]
        assert rows["expected_status"].eq("record").sum() >= 30, source
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source"]
    assert set(repeats) == {"seafish_rfp", "cepesca"}
    cross = truth.loc[truth["expected_reason"].eq("cross_source"), "source"]
    assert {"seafish_rfp", "criee_boulogne", "ejf_fisheries"} <= set(cross)


# --------------------------------------------------------------------------------------
# What the truth expects beyond the shared checks
# --------------------------------------------------------------------------------------
def test_exploitation_and_linked_offences(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"].ne("quarantine")].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    blank = tags_of(truth).loc[truth["expected_status"].ne("quarantine")]
    blank = blank.reset_index(drop=True).str.contains("blank_exploitation")
    assert blank.any()
    assert (ok.loc[blank, "exploitation"] == "unknown").all()
    assert ev.loc[blank, "exploitation"].notna().all()  # only trafficking rows lose the form
    assert ok.loc[~blank, "exploitation"].equals(ev.loc[~blank, "exploitation"])
    # smuggling rows never expect a form, whatever the cell says ("N/A", "sans objet")
    smug = ok["crime_type"].eq("smuggling")
    assert ok.loc[smug, "exploitation"].isna().all()
    assert ok["linked_offences"].equals(ev["linked_offences"])


def test_written_dates_are_the_expected_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source in SOURCES:
        cells = _rows(paths, source)
        header = {
            "seafish_rfp": "Date of incident",
            "criee_boulogne": "Date constat",
            "cepesca": "Fecha",
            "arap_vacamonte": "FECHA DEL HECHO",
            "ejf_fisheries": "date",
        }[source]
        for row in _kept(truth, source).itertuples():
            day, precision = _read_date(cells[int(row.source_row)][header])
            assert day == pd.Timestamp(row.event_date), (source, row.source_row)
            assert precision == row.date_precision, (source, row.source_row)


def test_written_counts_are_the_expected_counts(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    header = {
        "seafish_rfp": "No. of persons",
        "criee_boulogne": "Nb personnes",
        "cepesca": "Nº personas",
        "arap_vacamonte": "CANTIDAD DE PERSONAS",
        "ejf_fisheries": "persons_affected",
    }
    for source in SOURCES:
        cells = _rows(paths, source)
        for row in _kept(truth, source).itertuples():
            value = cells[int(row.source_row)][header[source]]
            if pd.isna(row.n_persons):
                assert value is None or not re.search(r"\d", str(value))
                continue
            text = re.sub(r"[\s.,\u00a0]|migrantes", "", str(value))
            assert int(text) == int(row.n_persons), (source, row.source_row, value)


def test_seafish_positions_read_as_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _rows(paths, "seafish_rfp")
    pattern = re.compile(r"(\d{2})°(\d{2}\.\d)'([NS]) (\d{3})°(\d{2}\.\d)'([EW])")
    seen = 0
    for row in _kept(truth, "seafish_rfp").itertuples():
        text = cells[int(row.source_row)]["Position (lat/long)"]
        if pd.isna(row.lat):
            assert text is None or not pattern.fullmatch(str(text))
            continue
        m = pattern.fullmatch(str(text))
        assert m is not None, text
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(lat - float(row.lat)) < 1e-6
        assert abs(lon - float(row.lon)) < 1e-6
        seen += 1
    assert seen > 50


# --------------------------------------------------------------------------------------
# Each desk's quirks, in its bytes
# --------------------------------------------------------------------------------------
def test_seafish_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["seafish_rfp"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfRFP ref,Date of incident,Country,Position (lat/long)")
    text = raw.decode("utf-8-sig")
    assert "Nationality ," in text.splitlines()[0]  # a stray space in a header
    assert re.search(r"\d{2}/\d{2}/20\d\d,", text)
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d\d,",
        text,
    )
    assert re.search(r",\d{2}-[A-Z][a-z]{2}-\d{2},", text)
    assert " > " in text
    for word in ("Modern slavery", "Facilitation", "Vietnamese", "Fishing vessel"):
        assert word in text, word
    tags = tags_of(truth).loc[truth["source"] == "seafish_rfp"]
    assert tags.str.contains("demonym:nationality").any()
    assert tags.str.contains("alias:").any()
    assert not tags.str.contains("mojibake").any()


def test_criee_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["criee_boulogne"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: é is one byte
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date constat;Qualification;")
    assert "\r\n" in text
    assert re.search(r";\d{2}/\d{2}/20\d\d \d{2}:\d{2};", text)  # the auction log's clock
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal commas
    assert "Ã" in text  # rows pasted from a UTF-8 extract
    for word in ("néant", "small boat", "TEH", "Royaume-Uni"):
        assert word in text, word
    tags = tags_of(truth).loc[truth["source"] == "criee_boulogne"]
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("demonym:nationality").any()
    others = tags_of(truth).loc[truth["source"] != "criee_boulogne"]
    assert not others.str.contains("mojibake").any()


def test_cepesca_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _rows(paths, "cepesca")
    first = next(iter(cells.values()))
    assert list(first)[:3] == ["Nº expediente", "Fecha", "País de detección"]
    dates = [r["Fecha"] for r in cells.values()]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) for d in dates)  # serial numbers left in General format
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    crimes = {str(r["Tipo delictivo"]) for r in cells.values()}
    assert any("318 bis" in c for c in crimes)
    assert any(isinstance(r["Latitud"], float) for r in cells.values())
    assert any(isinstance(r["Latitud"], str) and "," in r["Latitud"] for r in cells.values())
    countries = {r["Nacionalidad"] for r in cells.values()}
    assert "MAR" in countries or "SEN" in countries  # ISO alpha-3, as on a flag register
    tags = tags_of(truth).loc[truth["source"] == "cepesca"]
    assert tags.str.contains("serial_date").any()


def test_arap_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["arap_vacamonte"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["NO. INFORME", "FECHA DEL HECHO", "PAIS"]
    assert all(h == h.upper() for h in head)
    assert re.search(r"\t\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t\d\.\d{4} N\t\d{2}\.\d{4} O\t", text)
    for word in ("NNA", "migrantes", "VENEZUELA", "Tráfico ilícito de migrantes"):
        assert word in text, word
    tags = tags_of(truth).loc[truth["source"] == "arap_vacamonte"]
    assert tags.str.contains("count_unit").any()


def test_ejf_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["ejf_fisheries"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["incident_id", "date", "country_iso"]
    iso = [r["nationality_iso"] for r in records if r["nationality_iso"]]
    assert all(re.fullmatch(r"[A-Z]{2,3}", c) for c in iso)
    dates = {str(r["date"]) for r in records}
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    counts = [r["persons_affected"] for r in records if r["incident_id"] != "SUMMARY"]
    assert any(isinstance(c, int) for c in counts)
    assert any(c is None for c in counts)  # not known: null, never a made-up zero
    prec = truth.loc[truth["source"] == "ejf_fisheries", "date_precision"]
    assert {"day", "month", "quarter"} <= set(prec.dropna())
