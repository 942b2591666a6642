"""The examiner's held-out set ``blind428`` (files ``*_pn.*``): five toy-trade desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
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

VARIANT = "blind428"
SEED = 428
N_EVENTS = 1500
SMALL_SEED = 4281
SMALL_EVENTS = 400
SOURCES = (
    "btha_modern_slavery",
    "fjp_conformite_sociale",
    "aiju_cumplimiento",
    "amiju_cumplimiento",
    "auzlc_importadores",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
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


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The desk's rows as written (all text), with their ``source_row``."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame["source_row"] = range(1, len(frame) + 1)
        return frame
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        values = list(book.active.iter_rows(values_only=True))
        width = len(values[0])
        body = [list(r) + [None] * (width - len(r)) for r in values[1:]]  # short total row
        frame = pd.DataFrame(body, columns=list(values[0]), dtype=object)
    else:
        enc, sep = {
            "fjp_conformite_sociale": ("cp1252", ";"),
            "amiju_cumplimiento": ("utf-16", "\t"),
            "auzlc_importadores": ("utf-8-sig", ","),
        }[source]
        frame = pd.read_csv(
            path, sep=sep, encoding=enc, dtype=str, keep_default_na=False, skip_blank_lines=False
        )
    frame["source_row"] = range(2, len(frame) + 2)
    return frame


def _with_truth(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    truth = truth.loc[truth["source_file"] == paths[source].name]
    truth = truth.assign(source_row=truth["source_row"].astype(int))
    return _rows(paths, source).merge(truth, on="source_row", suffixes=("", "_truth"))


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pn", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        check_read_loses_no_row(p, SOURCES, _truth(p))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        check_expected_values(p, _truth(p), EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400])
def test_every_desk_reports_events_at_small_sizes(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import write_samples

    p = write_samples(tmp_path, seed=SMALL_SEED, n_events=n_events, variant=VARIANT)
    truth = _truth(p)
    for source in SOURCES:
        mine = truth.loc[truth["source"] == source]
        assert (mine["expected_status"] == "record").sum() > 0, source


def test_every_kind_of_bad_row_and_garbage(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[tags.str.contains("garbage_row")]
    # a total row in each file, an empty row in each CSV, a note where the desk writes one
    assert garbage.groupby("source_file").size().to_dict() == {
        "btha_modern_slavery_pn.jsonl": 1,
        "fjp_conformite_sociale_pn.csv": 3,
        "aiju_cumplimiento_pn.xlsx": 2,
        "amiju_cumplimiento_pn.csv": 3,
        "auzlc_importadores_pn.csv": 2,
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"btha_modern_slavery_pn.jsonl", "aiju_cumplimiento_pn.xlsx"}


def test_partial_dates_only_where_a_desk_writes_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}
    # both reports of a duplicated event give the day
    dup = kept.loc[kept["expected_reason"] == "cross_source"]
    assert (dup["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_btha_json_lines(paths: dict[str, Path]) -> None:
    raw = paths["btha_modern_slavery"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:5] == [
        "case_ref",
        "date_identified",
        "case_type",
        "exploitation_type",
        "people_affected",
    ]
    assert "lng" in first
    rows = _with_truth(paths, "btha_modern_slavery")
    kept = rows.loc[rows["expected_status"] == "record"]
    dates = kept["date_identified"].astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d|[A-Z][a-z]+ \d{4}").any()
    counts = kept["people_affected"]
    assert counts.map(lambda v: isinstance(v, int)).mean() > 0.95
    assert kept["route_via"].dropna().str.contains(" > ").any()
    # UK usage: "OIC" is smuggling, "MSHT" trafficking
    oic = kept.loc[kept["case_type"].isin(["OIC", "Organised immigration crime"])]
    assert (oic["crime_type"] == "smuggling").all()
    assert (kept.loc[kept["case_type"] == "MSHT", "crime_type"] == "trafficking").all()
    # it compiles what no other desk reports
    assert {"ITA", "GRC", "HRV", "POL"} <= set(kept["detection_country"].dropna())


def test_fjp_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["fjp_conformite_sociale"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° fiche;Date du constat;Qualification;")
    assert "Âge" in header
    assert "\r\n" in text
    assert re.search(r"\r\n;{16}\r\n", text)  # an empty row
    assert "Données provisoires" in text
    rows = _with_truth(paths, "fjp_conformite_sociale")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = kept["Date du constat"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any() or dates.str.fullmatch(r"\S+ \d{4}").any()
    lat = kept["Latitude"].loc[kept["Latitude"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{4}").all()
    # a few UTF-8 country names pasted in and garbled; the truth still reads the country
    garbled = kept.loc[tags_of(kept).str.contains("country_mojibake")]
    assert len(garbled) > 0
    assert garbled.filter(like="Pays").apply(lambda c: c.str.contains("Ã")).any(axis=None)


def test_aiju_workbook(paths: dict[str, Path]) -> None:
    rows = _with_truth(paths, "aiju_cumplimiento")
    assert list(rows.columns[:3]) == ["Nº expediente", "Fecha de detección", "Tipo delictivo"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = kept["Fecha de detección"]
    is_date = dates.map(lambda v: hasattr(v, "year"))
    assert is_date.mean() > 0.7
    text = dates.loc[~is_date].astype(str)
    assert text.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert kept["Tipo delictivo"].str.contains("318 bis").any()
    coords = kept["Coordenadas (GPS)"].dropna()
    dms = r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]"
    assert coords.str.fullmatch(dms).all()
    # 2°27'36.0"W is west: the truth reads a negative longitude
    west = kept.loc[kept["Coordenadas (GPS)"].fillna("").str.endswith('"W'), "lon"]
    assert (west.astype(float) < 0).all()
    mena = kept.loc[kept["Edad"] == "MENA", "age_group"]
    assert (mena == "child").all()


def test_amiju_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["amiju_cumplimiento"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].split("\t")[:3] == ["Folio", "Fecha del evento", "Delito"]
    rows = _with_truth(paths, "amiju_cumplimiento")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    # Mexican law: "tráfico de personas" is migrant smuggling, "trata" trafficking
    trafico = kept.loc[kept["Delito"].str.startswith("Tráfico")]
    assert len(trafico) > 0
    assert (trafico["crime_type"] == "smuggling").all()
    words = kept.loc[kept["Personas localizadas"].str.contains("persona")]
    assert len(words) > 0
    assert words["n_persons"].notna().all()
    assert kept["Fecha del evento"].str.fullmatch(r"\d\d/[a-z]{3}/\d{4}").any()
    coords = kept["Coordenadas"].loc[kept["Coordenadas"].str.match(r"\d")]
    assert coords.str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").all()
    eua = kept.loc[kept["País del hallazgo"].isin(["EUA", "EEUU", "EE. UU."]), "detection_country"]
    assert (eua == "USA").all()


def test_auzlc_bom_comma_serials(paths: dict[str, Path]) -> None:
    raw = paths["auzlc_importadores"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").split("\n", 1)[0].startswith("No. Caso,Fecha,Tipo de delito")
    rows = _with_truth(paths, "auzlc_importadores")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    serial = kept.loc[kept["Fecha"].str.fullmatch(r"\d{5}")]
    assert len(serial) > 0
    read = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha"].astype(int), unit="D")
    assert (read.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    roman = kept.loc[kept["Fecha"].str.fullmatch(r"I{1,3}V? trimestre \d{4}")]
    assert (roman["date_precision"] == "quarter").all()
    numeric = kept.loc[kept["País de procedencia"].str.fullmatch(r"\d{3}")]
    assert len(numeric) > 0
    big = kept.loc[kept["Cantidad de personas"].str.fullmatch(r"\d,\d{3}")]
    assert len(big) > 0
    assert (big["Cantidad de personas"].str.replace(",", "") == big["n_persons"]).all()
