"""Examiner set ``blind168`` (files ``*_fn.*``): the files and the truth keep its promises.

Five agencies: the Spanish NGO network against trafficking (RECTP, XLSX), Panama's
anti-trafficking commission (cp1252 CSV), Care4Calais (UTF-8 CSV), the EU Agency for
Fundamental Rights' bulletin desk (JSON lines) and the French foreign ministry's migration
desk (UTF-16 tab-separated "CSV"). These tests check the bytes and the truth; none of them
cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind168"
SEED = 168
N_EVENTS = 1500
SMALL_SEED = 1681
SMALL_EVENTS = 400
SOURCES = (
    "rectp_trata",
    "comision_trata_pa",
    "care4calais",
    "eu_fra_bulletin",
    "meae_dgm_veille",
)
# Fields every source writes in full for every row it keeps.
FIELDS = ("crime_type", "exploitation")
# Fields a source has no column for: the truth expects nothing there.
ABSENT = {
    "care4calais": (
        "origin_country",
        "destination_country",
        "transit_countries",
        "linked_offences",
    ),
    "meae_dgm_veille": ("lat", "lon"),
}
TOLERANCE = 1e-3  # degrees: coordinates are rounded to 3-5 decimals or to 0.1"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fn", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_fn", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_source_has_event_rows(
    tmp_path_factory: pytest.TempPathFactory, seed: int, n_events: int
) -> None:
    paths = write(tmp_path_factory, VARIANT, seed=seed, n_events=n_events)
    truth = _truth(paths)
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["expected_status"] == "record").sum() >= 5, source


# --------------------------------------------------------------------------------------
# What each row expects
# --------------------------------------------------------------------------------------
def test_fields_follow_the_columns(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """A field the source writes is the event's; a field it has no column for is empty."""
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    for source in SOURCES:
        mine = (ok["source"] == source).to_numpy()
        for col in ("origin_country", "destination_country", "transit_countries"):
            got, want = ok.loc[mine, col], ev.loc[mine, col]
            if col in ABSENT.get(source, ()):
                assert got.isna().all(), (source, col)
            else:
                assert got.equals(want), (source, col)
        offences = ok.loc[mine, "linked_offences"]
        if "linked_offences" in ABSENT.get(source, ()):
            assert offences.isna().all(), source
        else:
            assert offences.equals(ev.loc[mine, "linked_offences"]), source
        if "lat" in ABSENT.get(source, ()):
            assert ok.loc[mine, ["lat", "lon"]].isna().all().all(), source


def test_ethnic_words_leave_nationality_blank(truth: pd.DataFrame) -> None:
    """'subsahariana' and 'Kurdish' name no country: the truth expects no nationality."""
    tags = tags_of(truth)
    for source, tag in (("rectp_trata", "subsaharan"), ("care4calais", "kurdish")):
        hit = (truth["source"] == source) & tags.str.contains(f"blank_nationality_{tag}")
        hit &= truth["expected_status"] != "quarantine"
        assert hit.sum() > 0, source
        assert truth.loc[hit, "nationality"].isna().all(), source


def test_duplicates_come_from_the_expected_second_sources(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {"eu_fra_bulletin", "care4calais", "meae_dgm_veille"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"comision_trata_pa"}
    assert len(repeats) >= 3


def test_partial_dates_start_their_period(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    day = pd.to_datetime(kept["event_date"])
    assert (day.loc[kept["date_precision"] == "month"].dt.day == 1).all()
    quarter = day.loc[kept["date_precision"] == "quarter"]
    assert ((quarter.dt.day == 1) & quarter.dt.month.isin([1, 4, 7, 10])).all()
    for source in ("comision_trata_pa", "eu_fra_bulletin", "meae_dgm_veille"):
        assert (_rows(kept, source)["date_precision"] == "quarter").any(), source


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_rectp_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["rectp_trata"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == [
        "Nº expediente",
        "Fecha de detección",
        "Lugar / municipio",
        "País de detección",
    ]
    col = {h: i for i, h in enumerate(header)}
    body = rows[1:]
    dates = [r[col["Fecha de detección"]] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(body) / 2  # real Excel dates
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)
    assert any(
        re.fullmatch(
            r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
            r"|octubre|noviembre|diciembre) 20\d\d",
            d,
        )
        for d in text
    )
    lat = [r[col["Latitud"]] for r in body]
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{4}", v) for v in lat)
    assert any(isinstance(v, float) for v in lat)
    words = {str(v) for r in body for v in r if v is not None}
    assert {"Cayuco", "No procede", "s/d", "ninguno"} <= words
    assert any(w.lower().startswith("subsahar") for w in words)
    assert any(w in ("senegalesa", "marroquí", "rumana", "gambiana") for w in words)
    assert any(re.fullmatch(r"\d\.\d{3}", w) for w in words)  # Spanish thousands
    assert any(" - " in w for w in (r[col["Países de tránsito"]] or "" for r in body))


def test_panama_commission_csv(paths: dict[str, Path]) -> None:
    raw = paths["comision_trata_pa"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1252")
    assert text.startswith("No. Caso,Fecha del hecho,Lugar,País,Delito,")
    frame = pd.read_csv(paths["comision_trata_pa"], sep=",", encoding="cp1252", dtype=str)
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # raw Excel serials
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"(I|II|III|IV) trimestre 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert (
        frame["Coordenadas (GPS)"]
        .dropna()
        .str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W")
        .all()
    )
    assert frame["Nacionalidad"].isin(["862", "218", "332", "170", "156"]).any()  # ISO numeric
    assert "Ã" in text  # mojibake of the cells pasted from UTF-8 reports
    assert frame["Cantidad de víctimas/migrantes"].dropna().str.fullmatch(r"\d,\d{3}").any()
    assert " / " in " ".join(frame["Ruta (tránsito)"].dropna())


def test_care4calais_csv(paths: dict[str, Path]) -> None:
    raw = paths["care4calais"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    frame = pd.read_csv(paths["care4calais"], dtype=str)
    assert list(frame.columns) == [
        "Log ID",
        "Date",
        "Location",
        "Country",
        "Category",
        "Exploitation type",
        "No. of people",
        "Arrests (per police)",
        "Gender",
        "Age",
        "Nationalities",
        "Means",
        "GPS",
    ]
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2}(st|nd|rd|th)? [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    # day-first throughout: no dd/mm/yyyy cell reads as a valid month-first date only
    dmy = dates.loc[dates.str.fullmatch(r"\d\d/\d\d/20\d\d")]
    assert pd.to_datetime(dmy, format="%d/%m/%Y").notna().all()
    assert frame["No. of people"].dropna().str.contains(r"approx|~|c\.").any()
    assert (frame["Nationalities"] == "Kurdish").any()
    assert frame["GPS"].dropna().str.fullmatch(r"\d+\.\d{5}, \d+\.\d{5}").all()


def test_eu_fra_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["eu_fra_bulletin"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert set(items[0]) >= {"item_id", "date_reported", "member_state", "citizenship"}
    states = {i["member_state"] for i in items}
    assert {"IT", "EL", "HR", "PL"} <= states  # the EU's code for Greece
    assert "GR" not in states
    dates = {str(i["date_reported"]) for i in items}
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(i["persons"] is None for i in items)
    assert any(", " in (i["transit"] or "") for i in items)


def test_meae_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["meae_dgm_veille"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM: Excel's Texte Unicode
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:4] == ["Réf. TD", "Date des faits", "Poste", "Lieu"]
    assert "Latitude" not in header
    frame = pd.read_csv(paths["meae_dgm_veille"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"1er [a-zéû]+ 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert frame["Mode"].eq("small boat").any()
    assert frame["Qualification"].eq("aide à l'entrée irrégulière").any()
    assert frame["Nationalité"].isin(["afghane", "vietnamienne", "mexicaine"]).any()
    assert set(frame["Poste"].dropna()) >= {"Londres", "CG Houston", "CG Los Angeles"}
