"""Examiner set ``blind345`` (files ``*_mi.*``): the files and their truth keep the set's promises.

These tests read the written bytes and the truth only; none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind345 import SOURCES as AGENCIES
from trendlib.samples._blind345 import make_blind345

VARIANT = "blind345"
SEED = 345
N_EVENTS = 1500
SMALL_SEED = 3451
SMALL_EVENTS = 400

SOURCES = (
    "ofsted_notifications",
    "men_cmva",
    "mefpd_proteccion_alumnado",
    "sep_probem",
    "kind_casework",
)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
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


def _csv(path: Path, sep: str, encoding: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


def _rows_of(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == name].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_mi", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_mi", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events_at_every_size(n_events: int) -> None:
    subs = make_blind345(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_agencies_are_new_and_named_by_their_files() -> None:
    assert [a.source for a in AGENCIES] == list(SOURCES)
    for agency in AGENCIES:
        assert agency.filename.startswith(agency.source + "_mi.")


def test_file_refs_match_the_truth(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Row N of each file carries the reference the truth gives for row N."""
    for agency in AGENCIES:
        path = paths[agency.source]
        ref_header = agency.headers["source_ref"]
        if agency.format == "csv":
            assert agency.delimiter is not None
            refs = _csv(path, agency.delimiter, agency.encoding)[ref_header].tolist()
            first = 2
        elif agency.format == "xlsx":
            sheet = load_workbook(path).worksheets[0]
            rows = list(sheet.iter_rows(values_only=True))
            col = list(rows[0]).index(ref_header)
            refs = [("" if r[col] is None else str(r[col])) for r in rows[1:]]
            first = 2
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            refs = [json.loads(line)[ref_header] or "" for line in lines]
            first = 1
        rows_truth = _rows_of(truth, path.name)
        assert len(refs) == len(rows_truth), agency.source
        want = rows_truth.set_index(rows_truth["source_row"].astype(int))["source_ref"]
        got = pd.Series(refs, index=range(first, first + len(refs)))
        assert got.eq(want.fillna("")).all(), agency.source


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ofsted_utf8_bom_comma_uk_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["ofsted_notifications"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].split(b"\n")[0].startswith(b"Notification ID,Date of incident,")
    frame = _csv(path, ",", "utf-8-sig")
    assert not any("lat" in c.lower() or "coord" in c.lower() for c in frame.columns)
    dates = frame["Date of incident"]
    dm = dates.str.extract(r"^(\d\d)/(\d\d)/\d{4}$").dropna().astype(int)
    assert (dm[0] > 12).any()  # day first
    assert (dm[1] <= 12).all()
    assert dates.str.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$").any()  # "7 May 2023"
    assert frame["Nationality"].isin(["Afghan", "Albanian", "Eritrean", "Iraqi"]).any()
    assert frame["Country where identified"].isin(["England", "UK"]).any()
    assert frame["No. of alleged perpetrators"].isin(["None identified", "Nil"]).any()
    rows = _rows_of(truth, path.name)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    # no coordinates column: every row expects no place
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    assert ok[["lat", "lon"]].isna().all().all()


def test_cmva_cp1252_semicolon_crlf_decimal_comma(paths: dict[str, Path]) -> None:
    path = paths["men_cmva"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert raw.decode("cp1252").startswith("N° de fiche;Date des faits;Qualification;")
    frame = _csv(path, ";", "cp1252")
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.match(r"^-?\d+,\d{4}$").all()
    dates = frame["Date des faits"]
    assert dates.str.match(r"^\d\d/\d\d/\d{4} \d\d:\d\d$").any()
    assert dates.str.match(r"^(T[1-4]|[a-zéû]+) \d{4}$").any()  # "T2 2023", "mai 2023"
    assert frame["Nb d'auteurs présumés"].isin(["aucun", "néant"]).any()
    assert frame["Majeur / mineur"].isin(["mineur", "mineurs", "MNA"]).any()
    names = pd.concat([frame["Nationalité"], frame["Pays de destination"]])
    assert names.isin(["ROYAUME-UNI", "AFGHANISTAN", "IRAK", "ERYTHREE"]).any()


def test_mefpd_xlsx_excel_dates_and_numeric_codes(paths: dict[str, Path]) -> None:
    path = paths["mefpd_proteccion_alumnado"]
    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº expediente", "Fecha de detección", "Tipología"]
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha de detección"]] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, serial numbers, typed text
    nat = [r[col["Nacionalidad (cód. ISO - país)"]] for r in rows[1:]]
    coded = [n for n in nat if isinstance(n, str) and re.match(r"^\d{3} - [A-ZÁÉÍÓÚÑ ]+$", n)]
    assert len(coded) > 0.9 * sum(isinstance(n, str) for n in nat)
    assert "504 - MARRUECOS" in nat
    expl = [r[col["Finalidad de la explotación"]] for r in rows[1:]]
    assert "No procede" in expl
    lat = [r[col["Latitud"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.match(r"^-?\d+,\d{4}$", v) for v in lat)


def test_probem_utf16_tab_curp_sex_and_mojibake(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    path = paths["sep_probem"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, as Excel's "Texto Unicode"
    text = raw.decode("utf-16")
    assert text.split("\n")[0].split("\t")[:3] == ["Folio", "Fecha del evento", "Tipo de delito"]
    frame = _csv(path, "\t", "utf-16")
    dates = frame["Fecha del evento"]
    assert dates.str.match(r"^\d\d/(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)/\d{4}$").any()
    assert frame["Grupo de edad"].isin(["NNA", "NNA y adultos"]).any()
    assert frame["Nacionalidad"].str.lower().isin(["mexicana", "hondureña", "guatemalteca"]).any()
    assert frame["País de destino"].isin(["EUA", "E.U.A."]).any()
    assert "Ã" in text  # a UTF-8 web form pasted into a Latin-1 sheet
    assert frame["Coordenadas (lat, long)"].str.match(r"^-?\d+\.\d{5}, -?\d+\.\d{5}$").any()
    # CURP's letters: H = hombre (male), M = mujer (female)
    rows = _rows_of(truth, path.name)
    sex = frame["Sexo (H/M)"].reset_index(drop=True)
    record = rows["expected_status"] != "quarantine"
    assert set(rows.loc[record & sex.eq("M"), "gender"]) == {"female"}
    assert set(rows.loc[record & sex.eq("H"), "gender"]) == {"male"}


def test_kind_jsonl_iso2_and_partial_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["kind_casework"]
    lines = path.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in recs)
    nat = [r["nationality"] for r in recs if r["nationality"]]
    assert all(re.match(r"^[A-Za-z]{2}$", n) for n in nat if n not in ("unknown",))
    dates = [r["identified_on"] for r in recs if r["identified_on"]]
    assert any(re.match(r"^\d{4}-\d\d$", d) for d in dates)
    assert any(re.match(r"^Q[1-4] \d{4}$", d) for d in dates)
    assert any(re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$", d) for d in dates)
    assert any(" > " in (r["transit_route"] or "") for r in recs)
    rows = _rows_of(truth, path.name)
    prec = set(rows["date_precision"].dropna())
    assert {"day", "month", "quarter"} <= prec


def test_partial_dates_expect_their_first_day(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    month = ok & tags.str.contains("date_month")
    quarter = ok & tags.str.contains("date_quarter")
    assert month.any()
    assert quarter.any()
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert truth.loc[month, "event_date"].str.endswith("-01").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert truth.loc[quarter, "event_date"].str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()


def test_garbage_rows_are_where_the_agencies_put_them(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    by_file = garbage.groupby("source_file")["expected_reason"].apply(set).to_dict()
    for name in ("ofsted_notifications_mi.csv", "men_cmva_mi.csv", "sep_probem_mi.csv"):
        assert by_file[name] == {"empty_row", "no_content", "no_date"}, name
    assert by_file["mefpd_proteccion_alumnado_mi.xlsx"] == {"no_content", "no_date"}
    assert by_file["kind_casework_mi.jsonl"] == {"no_date"}
