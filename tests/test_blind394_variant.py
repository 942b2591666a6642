"""Examiner set ``blind394`` (files ``*_of.*``): five payment firms' financial-crime desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

VARIANT = "blind394"
SEED = 394
N_EVENTS = 1500
SMALL_SEED = 3941
SMALL_EVENTS = 400
SUFFIX = "_of"
UK, FR, ES, MX, PA = (
    "wise_fincrime",
    "lemonway_lcbft",
    "paycomet_pbc",
    "libertad_sofipo_pld",
    "paguelofacil_cumplimiento",
)
SOURCES = (UK, FR, ES, MX, PA)
#: Fields every kept row gives exactly as the event (no desk leaves them out).
ALWAYS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 1e-4


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].copy()


def _csv(path: Path, *, sep: str, encoding: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


def _cells(frame: pd.DataFrame, rows: pd.DataFrame, header: str, first: int) -> pd.Series:
    """The cells of ``header`` on the truth's ``rows`` (file row numbers)."""
    pos = rows["source_row"].astype(int) - first
    return pd.Series(frame[header].to_numpy()[pos.to_numpy()], index=rows.index)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ALWAYS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_desk_reports(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:
        rows = _rows_of(truth, source)
        assert (rows["expected_status"] == "record").sum() > 10, source
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_each_desk_has_garbage_and_bad_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["source"]) == set(SOURCES)  # every desk at least has its total row
    totals = garbage.loc[garbage["expected_reason"] == "no_date", "source_ref"]
    assert set(totals) == {"TOTAL", "TOTAL GENERAL", "Total general"}
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == {FR, ES, MX, PA}  # the JSON export has no note line
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {FR, MX}


def test_what_a_row_may_leave_out(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    # origin: the event's, or nothing where the cell said nothing
    blank = tags.str.contains("blank_origin_country")
    assert blank.any()
    assert ok.loc[blank, "origin_country"].isna().all()
    assert ok.loc[~blank, "origin_country"].equals(ev.loc[~blank, "origin_country"])
    # exploitation: none for smuggling, "unknown" where the cell says not known
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # partial dates: month and quarter in every desk but none in a duplicated pair
    partial = tags.str.contains("partial_date")
    assert set(ok.loc[partial, "source"]) == set(SOURCES)
    assert not ok.loc[partial, "expected_reason"].eq("cross_source").any()


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_uk_desk_writes_a_json_lines_case_export(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[UK].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["caseRef", "incidentDate", "typology", "exploitationType"]
    assert recs[-1]["caseRef"] == "TOTAL"
    assert recs[-1]["incidentDate"] is None
    rows = _rows_of(truth, UK)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    cells = [recs[int(r) - 1] for r in kept["source_row"]]
    dates = {str(c["incidentDate"]) for c in cells}
    pattern = r"\d{4}-\d\d-\d\d(T\d\d:\d\d:00Z)?|\d{4}-\d\d|\d{4}-Q[1-4]"
    assert all(re.fullmatch(pattern, d) for d in dates)
    assert any("T" in d for d in dates)
    assert any("-Q" in d for d in dates)
    transits = [c["transitCountries"] for c in cells if c["transitCountries"]]
    assert transits
    assert all(isinstance(t, list) for t in transits)
    assert all(re.fullmatch(r"[A-Z]{2}", code) for t in transits for code in t)
    assert {c["incidentCountry"] for c in cells} >= {"GB", "IT", "GR", "HR", "PL"}
    assert {"Small Boat", "Lorry/HGV"} & {c["travelMethod"] for c in cells}
    nationality = {c["primaryNationality"] for c in cells}
    assert {"Afghan", "Iraqi", "Vietnamese"} <= nationality
    assert all(isinstance(c["personsInvolved"], int) for c in cells if c["personsInvolved"])


def test_french_desk_writes_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("Réf. dossier;Date des faits;Typologie;")
    assert "Ã©" in text  # rows garbled by a UTF-8 tool on the way
    frame = _csv(paths[FR], sep=";", encoding="cp1252")
    rows = _rows_of(truth, FR)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = _cells(frame, kept, "Date des faits", 2)
    day = kept["date_precision"] == "day"
    for cell, want in zip(dates[day], kept.loc[day, "event_date"], strict=True):
        if re.fullmatch(r"\d\d/\d\d/\d{2,4}", cell):  # always day first
            got = datetime.strptime(cell, "%d/%m/%Y" if len(cell) == 10 else "%d/%m/%y")
            assert got.strftime("%Y-%m-%d") == want
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.contains(r"^(?:1er|\d{1,2}) [a-zéû]+ \d{4}$").any()
    lat = _cells(frame, kept, "Latitude", 2)
    assert lat[lat != ""].str.fullmatch(r"\d+,\d{5}").all()
    nat = _cells(frame, kept, "Nationalité", 2)
    assert {"afghan", "irakien"} <= set(nat)
    garbled = tags_of(truth).loc[kept.index].str.contains("mojibake_row")
    assert garbled.any()
    months = pd.to_datetime(kept.loc[garbled, "event_date"])
    assert months.between("2022-03-01", "2022-08-31").all()
    crime = _cells(frame, kept, "Typologie", 2)
    assert crime[garbled].str.contains("Ã").any()
    assert _cells(frame, kept, "Montant des flux (€)", 2).str.contains(",").all()


def test_spanish_desk_writes_excel_dates_and_no_place(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = load_workbook(paths[ES], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = list(rows[0])
    assert header[:3] == ["Nº expediente", "Fecha de los hechos", "Tipología"]
    assert not any("oorden" in str(h) or "Lat" in str(h) for h in header)
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any("trimestre" in d for d in typed)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    words = {str(r[13]) for r in rows[1:] if len(r) > 13}
    assert {"Patera", "Cayuco"} <= words
    kept = _rows_of(truth, ES)
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert kept[["lat", "lon"]].isna().all().all()


def test_mexican_desk_writes_capitals_with_pipes(
    paths: dict[str, Path], truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    raw = paths[MX].read_bytes()
    text = raw.decode("latin-1")
    first = text.splitlines()[0]
    assert first.startswith("FOLIO|FECHA EVENTO|TIPOLOGIA|")
    frame = _csv(paths[MX], sep="|", encoding="latin-1")
    for col in frame.columns:
        assert (frame[col] == frame[col].str.upper()).all(), col
    rows = _rows_of(truth, MX)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    crime = _cells(frame, kept, "TIPOLOGIA", 2)
    # "trafico de personas" is migrant smuggling in Mexican law (Ley de Migracion, art. 159)
    assert (kept.loc[crime == "TRAFICO DE PERSONAS", "crime_type"] == "smuggling").all()
    assert (kept.loc[crime == "TRATA DE PERSONAS", "crime_type"] == "trafficking").all()
    sex = _cells(frame, kept, "SEXO", 2)
    assert (kept.loc[sex == "M", "gender"] == "female").all()  # M = mujer
    assert (kept.loc[sex == "H", "gender"] == "male").all()  # H = hombre
    assert (sex == "M").any()
    assert (sex == "H").any()
    nat = _cells(frame, kept, "NACIONALIDAD", 2)
    assert (kept.loc[nat == "MEXICANA", "nationality"] == "MEX").all()
    swapped = tags_of(truth).loc[kept.index].str.contains("coords_swapped")
    assert swapped.any()
    lat = _cells(frame, kept, "LATITUD", 2)[swapped].astype(float)
    assert (lat.abs() > 90).all()  # visibly the longitude
    assert (kept.loc[swapped, "lat"].astype(float).abs() < 90).all()
    counts = _cells(frame, kept, "NUM PERSONAS", 2)
    assert counts.str.fullmatch(r"\d{1,3}(,\d{3})*|SIN DATO").all()


def test_panamanian_desk_writes_serials_and_pairs(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[PA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths[PA], sep=",", encoding="utf-8-sig")
    assert list(frame.columns[:3]) == ["No. de caso", "Fecha del hecho", "Delito"]
    rows = _rows_of(truth, PA)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = _cells(frame, kept, "Fecha del hecho", 2)
    serial = dates.str.fullmatch(r"\d{5}")
    assert serial.mean() > 0.5
    epoch = pd.Timestamp("1899-12-30")
    got = [(epoch + pd.Timedelta(days=int(d))).strftime("%Y-%m-%d") for d in dates[serial]]
    assert got == kept.loc[serial, "event_date"].tolist()
    assert dates.str.fullmatch(r"(I|II|III|IV) trimestre \d{4}").any()
    transit = _cells(frame, kept, "Ruta / tránsito", 2)
    two = kept["transit_countries"].fillna("").str.count(r"\|") == 1
    assert transit[two].str.contains(" y ").all()
    pair = _cells(frame, kept, "Coordenadas", 2)
    given = kept["lat"].notna()
    assert pair[given].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert pair[~given].isin(["", "sin coordenadas", "N/D"]).all()
    sex = _cells(frame, kept, "Sexo", 2)
    assert (kept.loc[sex == "M", "gender"] == "male").all()  # M = masculino here
    counts = _cells(frame, kept, "Cantidad de personas", 2)
    units = counts.str.fullmatch(r"[\d,]+ (migrantes?|víctimas?)")
    assert units.any()
    assert tags_of(truth).loc[kept.index][units].str.contains("count_unit").all()
