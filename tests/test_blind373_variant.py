"""The examiner sample set ``blind373`` (files ``*_nk.*``): five heritage-security agencies.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind373 import AGENCIES, make_blind373

VARIANT = "blind373"
SEED = 373
N_EVENTS = 1500
SMALL_SEED = 3731
SMALL_EVENTS = 400
SOURCES = [a.source for a in AGENCIES]
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3

EH, CMN, MUSEOS, PPV, ICMS = SOURCES


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


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, with each row's ``source_row`` (header = 1)."""
    frame = pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    return frame.assign(source_row=range(2, 2 + len(frame)))


def _rows(truth: pd.DataFrame, path: Path) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == path.name].assign(
        source_row=lambda t: t["source_row"].astype(int)
    )


def _joined(cells: pd.DataFrame, truth: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Each written row beside its truth row (truth columns named like a cell get ``_true``)."""
    return cells.merge(
        _rows(truth, path), on="source_row", how="inner", validate="1:1", suffixes=("", "_true")
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_nk", n_events=N_EVENTS)
    check_files_and_truth(small_paths, SOURCES, suffix="_nk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_agency_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind373(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == SOURCES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename
        assert len(sub.frame) == len(sub.expected), sub.filename


def test_cross_source_duplicates_come_from_the_digest(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source_file"]) == {"icom_icms_nk.jsonl"}
    first_files = set(cross["duplicate_of"].str.split(":").str[0])
    assert first_files <= {
        "english_heritage_nk.csv",
        "cmn_surete_nk.xlsx",
        "museos_estatales_nk.csv",
        "patronato_panama_viejo_nk.csv",
    }
    assert len(first_files) >= 3
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"museos_estatales_nk.csv", "icom_icms_nk.jsonl"}


def test_every_bad_kind_is_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row") & truth["expected_status"].eq("quarantine")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[tags.str.contains("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}


# --------------------------------------------------------------------------------------
# English Heritage: UTF-8 with BOM, commas, UK day-first dates, demonyms, Google Maps pairs
# --------------------------------------------------------------------------------------
def test_english_heritage_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths[EH]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    first = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert first.startswith("Incident Ref,Date of Incident,Country,")
    assert '"Location (lat, long)"' in first
    cells = _csv(path, "utf-8-sig", ",")
    rows = _joined(cells, truth, path)
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    dates = ok["Date of Incident"]
    day_first = dates.str.extract(r"^(\d\d)/(\d\d)/(\d{4})")
    assert (day_first[1].dropna().astype(int) <= 12).all()
    assert (day_first[0].dropna().astype(int) > 12).any()  # the order shows in the file
    assert dates.str.match(r"^\d\d/\d\d/\d{4} \d\d:\d\d$").any()  # time of the call
    assert dates.str.match(r"^\d{1,2} [A-Z][a-z]+ \d{4}$").any()  # "17 May 2023"
    months = ok.loc[dates.str.match(r"^[A-Z][a-z]+ \d{4}$")]
    assert len(months) > 0
    assert (months["date_precision"] == "month").all()
    pairs = ok["Location (lat, long)"].loc[ok["lat"].notna()]
    assert pairs.str.match(r"^\d+\.\d{5}, -?\d+\.\d{5}$").all()
    demonyms = ok.loc[ok["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Eritrean"])]
    assert len(demonyms) > 0
    assert demonyms["nationality"].isin(["VNM", "AFG", "IRN", "ERI"]).all()
    words = ok.loc[ok["messiness"].str.contains("count_word:n_persons", na=False)]
    assert words["No. of Persons"].str.fullmatch(r"[a-z]+").all()
    assert set(ok["Route (via)"].str.contains(" > ")) == {True, False}


# --------------------------------------------------------------------------------------
# Centre des monuments nationaux: XLSX, Excel dates, French adjectives, "Angleterre"
# --------------------------------------------------------------------------------------
def test_cmn_surete_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths[CMN]
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    book.close()
    header = values[0]
    width = len(header)
    values = [tuple(r) + (None,) * (width - len(r)) for r in values]
    assert header[:3] == ("N° de fiche", "Date des faits", "Qualification des faits")
    frame = pd.DataFrame(values[1:], columns=list(header)).assign(
        source_row=range(2, len(values) + 1)
    )
    rows = _joined(frame, truth, path)
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    is_text = ok["Date des faits"].map(lambda v: isinstance(v, str))
    assert ok["Date des faits"].map(lambda v: isinstance(v, datetime)).mean() > 0.6
    text_dates = ok.loc[is_text, ["Date des faits", "date_precision"]]
    quarters = text_dates.loc[text_dates["Date des faits"].str.match(r"^T[1-4] \d{4}$")]
    assert (quarters["date_precision"] == "quarter").all()
    day_text = text_dates.loc[text_dates["Date des faits"].str.match(r"^\d\d/\d\d/\d{4}$")]
    assert (day_text["date_precision"] == "day").all()
    assert ok["Nombre de personnes"].map(lambda v: isinstance(v, int)).mean() > 0.8
    lat = ok["Latitude"].dropna()
    assert lat.map(lambda v: isinstance(v, float)).any()
    assert lat.map(lambda v: isinstance(v, str) and "," in v).any()
    adjectives = ok.loc[
        ok["Nationalité"].isin(["afghane", "iranienne", "irakienne", "érythréenne"])
    ]
    assert len(adjectives) > 0
    zero = ok.loc[ok["messiness"].str.contains("zero_word", na=False)]
    assert (zero["n_suspects"] == "0").all()


def test_cmn_surete_england_means_the_uk() -> None:
    subs = make_blind373(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED)
    cmn = subs[1]
    said = cmn.frame["Destination déclarée"].astype("string").str.strip().str.lower()
    england = said.eq("angleterre").fillna(False).to_numpy(dtype=bool)
    assert england.any()
    assert (cmn.expected.loc[england, "destination_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# Museos Estatales: cp1252, semicolons, CRLF, decimal commas, V/M for sex
# --------------------------------------------------------------------------------------
def test_museos_estatales_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths[MUSEOS]
    raw = path.read_bytes()
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header = raw.split(b"\r\n", 1)[0].decode("cp1252")
    assert header.startswith("Nº registro;Fecha del hecho;País;Tipología;")
    cells = _csv(path, "cp1252", ";")
    rows = _joined(cells, truth, path)
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    lat = ok.loc[ok["lat"].notna(), "Latitud"]
    assert lat.str.match(r"^-?\d+,\d{5}$").all()
    sex = ok.loc[ok["Sexo"].isin(["V", "M"])]
    assert set(sex["Sexo"]) == {"V", "M"}
    assert (sex.loc[sex["Sexo"] == "M", "gender"] == "female").all()
    assert (sex.loc[sex["Sexo"] == "V", "gender"] == "male").all()
    na = ok.loc[ok["Finalidad de la explotación"].isin(["No procede", "N/P"])]
    assert len(na) > 0
    assert na["exploitation"].isna().all()
    assert (na["crime_type"] == "smuggling").all()
    thousands = ok.loc[ok["Nº de personas"].str.match(r"^\d\.\d{3}$")]
    pd.testing.assert_series_equal(
        thousands["Nº de personas"].str.replace(".", "", regex=False),
        thousands["n_persons"],
        check_names=False,
    )
    months = ok.loc[ok["Fecha del hecho"].str.match(r"^\d\d/\d{4}$")]
    assert (months["date_precision"] == "month").all()
    direct = ok.loc[ok["Países de tránsito"].isin(["Directo", "Ruta directa"])]
    assert direct["transit_countries"].isna().all()


# --------------------------------------------------------------------------------------
# Patronato Panamá Viejo: UTF-16 with BOM, tabs, Excel serials, DMS coordinates
# --------------------------------------------------------------------------------------
def _dms_to_deg(text: str) -> tuple[float, float]:
    parts = re.findall(r"(\d+)°(\d+)'([\d.]+)\"([NSEW])", text)
    out = []
    for deg, minute, sec, hemi in parts:
        value = int(deg) + int(minute) / 60 + float(sec) / 3600
        out.append(-value if hemi in "SW" else value)
    return out[0], out[1]


def test_patronato_panama_viejo_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths[PPV]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian with its BOM
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].startswith("No. de informe\tFecha\tTipo de delito\t")
    cells = _csv(path, "utf-16", "\t")
    rows = _joined(cells, truth, path)
    ok = rows.loc[rows["expected_status"] != "quarantine"]
    serial = ok.loc[ok["Fecha"].str.fullmatch(r"\d{5}")]
    assert len(serial) > 0
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha"].astype(int), unit="D")
    assert (days.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    placed = ok.loc[ok["lat"].notna()]
    assert placed["Coordenadas GPS"].str.match(r"^\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W$").all()
    for cell, lat, lon in placed[["Coordenadas GPS", "lat", "lon"]].itertuples(index=False):
        got = _dms_to_deg(cell)
        assert abs(got[0] - float(lat)) < 1e-4
        assert abs(got[1] - float(lon)) < 1e-4
    nna = ok.loc[ok["Grupo etario"] == "NNA"]
    assert len(nna) > 0
    assert (nna["age_group"] == "child").all()
    male = ok.loc[ok["Sexo"] == "M"]
    assert (male["gender"] == "male").all()
    big = ok.loc[ok["Cantidad de personas"].str.match(r"^\d,\d{3}$")]
    pd.testing.assert_series_equal(
        big["Cantidad de personas"].str.replace(",", "", regex=False),
        big["n_persons"],
        check_names=False,
    )


# --------------------------------------------------------------------------------------
# ICOM ICMS digest: JSON lines, ISO dates and codes, mojibake from member reports
# --------------------------------------------------------------------------------------
def test_icom_icms_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths[ICMS]
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["incident_id", "date", "country", "category"]
    frame = pd.DataFrame(records).assign(source_row=range(1, len(records) + 1))
    rows = _joined(frame, truth, path)
    ok = rows.loc[rows["expected_status"] != "quarantine"].copy()
    dates = ok["date"].astype(str)
    assert dates.str.match(r"^\d{4}-(\d\d(-\d\d)?|Q[1-4])$").all()
    assert (ok.loc[dates.str.match(r"^\d{4}-Q\d$"), "date_precision"] == "quarter").all()
    assert (ok.loc[dates.str.fullmatch(r"\d{4}-\d\d"), "date_precision"] == "month").all()
    assert set(ok["country"]) >= {"IT", "GR", "US"}
    numeric = ok.loc[ok["country"].astype(str).str.fullmatch(r"\d{3}")]
    assert len(numeric) > 0
    garbled = ok.loc[ok["messiness"].str.contains("mojibake", na=False)]
    assert len(garbled) > 0
    assert any(
        "Ã" in str(v) for v in garbled[["nationality", "origin", "transit"]].to_numpy().ravel()
    )
    counts = ok.loc[~ok["messiness"].fillna("").str.contains("count_placeholder")]
    assert counts["persons"].map(lambda v: isinstance(v, int)).all()
    total = frame.loc[frame["incident_id"] == "TOTAL"]
    assert len(total) == 1
    assert total["date"].isna().all()
