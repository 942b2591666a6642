"""Examiner set ``blind239`` (files ``*_ig.*``): what the set promises, checked on its bytes.

Five agencies: ICIBI (UK inspectorate, XLSX), La Voix du Nord (French daily, cp1252 CSV),
Cadena SER (Spanish radio, UTF-16 tab CSV), the Spanish Interior attaché in Panama (XLSX)
and PA Media (UK news agency, JSON lines). None of these tests cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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

VARIANT = "blind239"
SEED = 239
N_EVENTS = 1500
SMALL_SEED = 2391
SMALL_EVENTS = 400
SOURCES = ("icibi_uk", "voix_du_nord", "cadena_ser", "agregaduria_interior_panama", "pa_media")
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("destination_country", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].assign(tags=tags_of(truth))


def _sheet(path: Path) -> pd.DataFrame:
    """The workbook's cells as written (Python values), indexed by row number."""
    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    width = len(rows[0])
    body = [list(r) + [None] * (width - len(r)) for r in rows[1:]]
    frame = pd.DataFrame(body, columns=list(rows[0]), dtype=object)
    frame.index = range(2, 2 + len(frame))
    return frame


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ig", n_events=N_EVENTS)


def test_small_set_has_rows_from_every_source(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_ig", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_origin_and_route_blank_only_when_the_row_says_nothing(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "transit_countries"):
        blank = tags.str.contains(f"blank_{col}")
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    ambiguous = tags.str.contains("ambiguous_crime")
    assert (ok.loc[ambiguous, "crime_type"] == "unknown").all()
    assert ok.loc[~ambiguous, "crime_type"].equals(ev.loc[~ambiguous, "crime_type"])
    assert set(ok.loc[ambiguous, "source"]) <= {"cadena_ser"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in its bytes
# --------------------------------------------------------------------------------------
def test_voix_du_nord_writes_cp1252_semicolons_and_french(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["voix_du_nord"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("Id;Date;Commune;Type de faits;")
    assert "Passeurs interpellés" in lines[0]
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal-comma coordinates
    assert re.search(r";\d\d/\d\d/202\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 202\d;",
        text,
    )
    for word in ("Angleterre", "Kurdes irakiens", "Afghans", ";aucun;"):
        assert word in text, word
    assert "Ã" in text  # names pasted from a UTF-8 source
    assert "\r\n;;;;;;;;;;;;;;;;;\r\n" in text  # the empty row
    rows = _rows_of(truth, "voix_du_nord")
    frame = pd.read_csv(paths["voix_du_nord"], sep=";", encoding="cp1252", dtype=str)
    frame.index = range(2, 2 + len(frame))
    garbled = rows.loc[rows["tags"].str.contains("mojibake"), "source_row"].astype(int)
    assert len(garbled) > 0
    assert frame.loc[garbled].apply(lambda r: r.str.contains("Ã").any(), axis=1).all()


def test_cadena_ser_writes_utf16_tabs_and_spanish(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["cadena_ser"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with a BOM
    text = raw.decode("utf-16")
    header = text.split("\n")[0].split("\t")
    assert header[:4] == ["ID", "Fecha", "Lugar", "Delito"]
    assert "Países de tránsito" in header
    assert re.search(r"\t\d{1,2}/\d{1,2}/202\d\t", text)
    assert re.search(r"\t\d/\d{1,2}/202\d\t|\t\d{1,2}/\d/202\d\t", text)  # unpadded days
    assert re.search(
        r"\t(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
        r"octubre|noviembre|diciembre) de 202\d\t",
        text,
    )
    for word in ("subsaharianos", "tráfico de personas", "ninguno", "cayuco", "patera", " y "):
        assert word in text, word
    rows = _rows_of(truth, "cadena_ser")
    frame = pd.read_csv(paths["cadena_ser"], sep="\t", encoding="utf-16", dtype=str)
    frame.index = range(2, 2 + len(frame))
    vague = rows.loc[rows["tags"].str.contains("vague_nationality"), "source_row"].astype(int)
    assert (frame.loc[vague, "Nacionalidad"] == "subsaharianos").all()
    assert rows.loc[rows["tags"].str.contains("vague_nationality"), "nationality"].isna().all()
    big = rows.loc[rows["tags"].str.contains("thousands:n_persons"), "source_row"].astype(int)
    assert frame.loc[big, "Personas"].str.fullmatch(r"\d{1,2}\.\d{3}").all()


def test_icibi_workbook_keeps_home_office_words(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    sheet = _sheet(paths["icibi_uk"])
    dates = sheet["Date of encounter"].dropna()
    assert any(isinstance(v, dt.datetime) for v in dates)
    text_dates = [v for v in dates if isinstance(v, str)]
    assert any(re.fullmatch(r"Q[1-4] 202\d", v) for v in text_dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 202\d", v) for v in text_dates)
    assert {"Nail bar", "Hand car wash", "Small boat arrival"} <= set(sheet["Sector / premises"])
    how = set(sheet["How encountered"].dropna())
    assert how & {"Safe Car Wash app tip-off", "Responsible Car Wash Scheme audit"}
    assert {"England", "UK"} <= set(sheet["Country of encounter"])
    assert "Nil" in set(sheet["Arrests (facilitators / exploiters)"])
    assert "Vietnamese" in set(sheet["Nationality"])
    assert sheet["Route (countries transited)"].dropna().str.contains(" > ").any()
    assert "N/A (in-country encounter)" in set(sheet["Method of entry"])
    rows = _rows_of(truth, "icibi_uk")
    quarter = rows.loc[rows["tags"].str.contains("partial_date:quarter")]
    assert (quarter["date_precision"] == "quarter").all()
    assert sheet.loc[quarter["source_row"].astype(int), "Date of encounter"].str.match("Q").all()


def test_agregaduria_workbook_mixes_date_kinds_and_codes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    sheet = _sheet(paths["agregaduria_interior_panama"])
    dates = sheet["Fecha del hecho"].dropna()
    serials = [v for v in dates if isinstance(v, int) and not isinstance(v, bool)]
    assert serials
    assert all(44197 <= v <= 45657 for v in serials)  # 2021 to 2024
    assert any(isinstance(v, dt.datetime) for v in dates)
    assert any(isinstance(v, str) and re.fullmatch(r"\d\d/\d\d/202\d", v) for v in dates)
    assert "NNA" in set(sheet["Grupo etario"])
    assert {"VEN", "COL"} & set(sheet["Nacionalidad"])
    assert {"EE.UU.", "EEUU"} & set(sheet["Destino declarado"])
    coords = sheet["Coordenadas"].dropna()
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}|sin GPS").all()
    assert (coords == "sin GPS").any()
    rows = _rows_of(truth, "agregaduria_interior_panama")
    serial = rows["tags"].str.contains("excel_serial") & rows["expected_status"].ne("quarantine")
    cells = sheet.loc[rows.loc[serial, "source_row"].astype(int), "Fecha del hecho"]
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(cells.astype(int).to_numpy(), unit="D")
    assert (day.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"].to_numpy()).all()


def test_pa_media_feed_is_json_lines_with_lists_and_repeats(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["pa_media"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert len(items) == int((truth["source"] == "pa_media").sum())
    routes = [i["route"] for i in items if i.get("route") is not None]
    assert routes
    assert all(isinstance(r, list) for r in routes)
    dates = [i["date"] for i in items if isinstance(i.get("date"), str)]
    assert any(re.fullmatch(r"202\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"202\d-\d\d", d) for d in dates)
    assert any(isinstance(i.get("lat"), float) for i in items)
    assert any(i["item_id"] == "FEED SUMMARY" for i in items)
    assert any(str(i["item_id"]).startswith("ADVISORY") for i in items)
    rows = _rows_of(truth, "pa_media").reset_index(drop=True)
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        first = int(str(row.duplicate_of).rsplit(":", 1)[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]
