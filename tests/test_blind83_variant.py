"""The ``blind83`` examiner set: its files and its truth (nothing here cleans or scores).

Five exports written the agencies' way (see :mod:`trendlib.samples._blind83`): a Power BI
XLSX of the Home Office Border Security Command, an LRP-PN extraction of the DIPN du Nord
(cp1252, ``;``), a Salesforce-style report of Fundación Cepaim (latin-1, ``,``), a SEGOB
UPMRIP open-data CSV (UTF-8 with BOM, ``|``) and a KoboToolbox JSON export of the Danish
Refugee Council's protection monitoring.
"""

from __future__ import annotations

import json
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

from trendlib.samples._blind83 import BLIND83_SOURCES, Blind83Source

SEED = 83
N_EVENTS = 1500
SMALL_SEED = 831
SMALL_EVENTS = 400
VARIANT = "blind83"
SOURCES = [s.source for s in BLIND83_SOURCES]
#: Fields every report gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: DMS to a tenth of a second and decimal minutes to a thousandth are within it.
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _src(name: str) -> Blind83Source:
    return next(s for s in BLIND83_SOURCES if s.source == name)


def _read_csv(paths: dict[str, Path], name: str) -> pd.DataFrame:
    src = _src(name)
    return pd.read_csv(
        paths[name],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
    )


def _rows_of(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    """The truth rows of a source, in file order, indexed from 0 like a pandas read."""
    rows = truth.loc[truth["source"] == name].copy()
    rows["_pos"] = rows["source_row"].astype(int) - 2
    return rows.set_index("_pos").sort_index()


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --- the shared checks -------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cg", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cg", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --- languages, formats, encodings ---------------------------------------------------------
def test_sources_cover_languages_formats_and_encodings() -> None:
    assert {s.language for s in BLIND83_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND83_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND83_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) >= 3
    assert len({s.delimiter for s in csvs}) >= 3
    assert all(Path(s.filename).stem.endswith("_cg") for s in BLIND83_SOURCES)


def test_csv_files_are_in_their_claimed_encodings(paths: dict[str, Path]) -> None:
    for src in BLIND83_SOURCES:
        if src.format != "csv":
            continue
        raw = paths[src.source].read_bytes()
        text = raw.decode(src.encoding)
        header = text.splitlines()[0]
        assert header == str(src.delimiter).join(src.headers.values()), src.source
        if src.encoding == "utf-8-sig":
            assert raw.startswith(b"\xef\xbb\xbf")
        else:  # a one-byte code page: its accents are not UTF-8
            assert not raw.startswith(b"\xef\xbb\xbf")
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
    dipn = paths["dipn_nord"].read_bytes()
    assert dipn.count(b"\r\n") == dipn.count(b"\n")  # Windows line ends throughout
    assert "N° procédure".encode("cp1252") in dipn
    assert "Número de expediente".encode("latin-1") in paths["cepaim"].read_bytes()


def test_xlsx_is_a_power_bi_export(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["homeoffice_bsc"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:2] == ("Incident Date", "Incident Ref")
    dates = [r[0] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # serials
    assert any(isinstance(d, str) and "Qtr" in d for d in dates)  # Power BI quarters
    assert any(isinstance(r[1], str) and r[1].startswith("Applied filters:") for r in rows)
    assert rows[-1][1] == "Total"
    assert any(r[4] == "(Blank)" for r in rows[1:])


def test_jsonl_is_a_kobo_export(paths: dict[str, Path]) -> None:
    src = _src("drc_prm")
    lines = paths["drc_prm"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == list(src.headers.values()) for r in records)
    assert list(records[0])[-1] == "_id"
    gps = [r["grp_location/gps"] for r in records if r["grp_location/gps"]]
    assert gps
    assert all(len(g.split()) == 4 for g in gps)
    assert any("T" in str(r["grp_incident/incident_date"]) for r in records)
    assert {"som", "thb", "smuggling"} <= {r["grp_incident/incident_type"] for r in records}
    counts = [r["grp_people/people_total"] for r in records[:-1]]
    assert sum(isinstance(c, str) for c in counts) > 0.95 * len(counts)  # strings, as Kobo


# --- the sources' quirks ----------------------------------------------------------------------
def test_dipn_legend_row_and_cesada_recodification(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    frame = _read_csv(paths, "dipn_nord")
    rows = _rows_of(truth, "dipn_nord")
    assert len(frame) == len(rows)
    legend = frame["N° procédure"].fillna("").str.startswith("Légende")
    assert legend.sum() == 1
    kept = rows["expected_status"].ne("quarantine")
    day = pd.to_datetime(rows["event_date"])
    crime = frame["Qualification"].fillna("")
    old, new = crime.str.contains("L622-1"), crime.str.contains("L823-1")
    assert (old & kept).any()
    assert (new & kept).any()
    assert (day[old & kept] < "2021-05-01").all()
    assert (day[new & kept] >= "2021-05-01").all()
    vector = frame["Vecteur"].fillna("")
    assert "M" in set(vector)  # the legend's code for maritime
    assert (rows.loc[vector.eq("M") & kept, "transport_mode"] == "sea").all()


def test_upmrip_trafico_de_personas_is_smuggling(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    frame = _read_csv(paths, "upmrip_segob")
    rows = _rows_of(truth, "upmrip_segob")
    assert len(frame) == len(rows)
    crime = frame["DELITO"].fillna("")
    trafico = crime.str.match(r"TR[AÁ]FICO DE PERSONAS") & ~crime.str.contains("TRATA")
    kept = rows["expected_status"].ne("quarantine")
    assert (trafico & kept).sum() > 20
    assert (rows.loc[trafico & kept, "crime_type"] == "smuggling").all()
    assert (rows.loc[crime.eq("TRATA DE PERSONAS") & kept, "crime_type"] == "trafficking").all()
    # quarters written the Mexican way
    quarter = frame["FECHA_EVENTO"].fillna("").str.contains("TRIMESTRE|-T")
    assert quarter.any()
    assert rows.loc[quarter & kept, "date_precision"].eq("quarter").all()
    assert (
        frame["PERSONAS"].fillna("").str.fullmatch(r"\d{1,3}(,\d{3})+").any()
        or not (rows["n_persons"].dropna().astype(int) >= 1000).any()
    )


def test_cepaim_sex_codes_are_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _read_csv(paths, "cepaim")
    rows = _rows_of(truth, "cepaim")
    assert len(frame) == len(rows)
    kept = rows["expected_status"].ne("quarantine")
    sex = frame["Sexo"].fillna("")
    assert (sex.eq("M") & kept).any()
    assert (sex.eq("H") & kept).any()
    assert (rows.loc[sex.eq("M") & kept, "gender"] == "female").all()  # M = mujer
    assert (rows.loc[sex.eq("H") & kept, "gender"] == "male").all()  # H = hombre
    lat = frame["Ubicación (Latitud)"].fillna("")
    assert lat.str.fullmatch(r"-?\d+,\d{6}").sum() > 0.9 * kept.sum()  # decimal commas


def test_partial_dates_and_tags(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    prec = truth.groupby("source")["date_precision"].agg(lambda s: set(s.dropna()))
    assert "quarter" in prec["homeoffice_bsc"]
    assert "quarter" in prec["upmrip_segob"]
    assert "month" in prec["dipn_nord"]
    assert "month" in prec["cepaim"]
    for tag in ("excel_serial", "dms", "ddm", "geopoint", "datetime_offset", "legal_article"):
        assert tags.str.contains(tag).any(), tag


def test_cepaim_old_import_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    garbled = tags_of(truth).str.contains("mojibake") & truth["source"].eq("cepaim")
    assert garbled.any()
    assert "Ã".encode("latin-1") in paths["cepaim"].read_bytes()
