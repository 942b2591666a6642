"""The examiner set ``blind225`` (files ``*_hs.*``): what its files and truth promise.

Five supply-chain and labour-rights desks (a worker hotline, two clean-clothes
campaigns, a maquila solidarity network, an allegations tracker). These tests check the
files' bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pycountry
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

VARIANT = "blind225"
SEED = 225
N_EVENTS = 1500
SMALL_SEED = 2251
SMALL_EVENTS = 400
SOURCES = (
    "unseen_helpline",
    "ethique_etiquette",
    "ropa_limpia",
    "maquila_solidarity",
    "bhrrc_tracker",
)
#: Fields every report gives as the event has them (never left out by a desk).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 4 or 5 decimals, or to a tenth of an arc second.
TOLERANCE = 1e-3
_DMY = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")


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
    return pd.read_csv(path, dtype=str, encoding=encoding, sep=sep, keep_default_na=False)


def _rows_of(truth: pd.DataFrame, filename: str, frame: pd.DataFrame, first: int) -> pd.DataFrame:
    """The truth rows of one file, aligned with the file's rows read into ``frame``."""
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["i"] = rows["source_row"].astype(int) - first
    rows = rows.set_index("i").sort_index()
    assert len(rows) == len(frame)
    return rows


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hs", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_hs", n_events=SMALL_EVENTS)
    truth = _truth(small_paths)
    records = truth.loc[truth["expected_status"] == "record", "source_file"]
    assert set(records) == {small_paths[s].name for s in SOURCES}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_has_its_garbage_and_repeats(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    by_file = garbage.groupby("source_file")["expected_reason"].agg(set)
    assert by_file["unseen_helpline_hs.csv"] == {"empty_row", "no_content", "no_date"}
    assert by_file["ethique_etiquette_hs.csv"] == {"empty_row", "no_content", "no_date"}
    assert by_file["ropa_limpia_hs.xlsx"] == {"no_content", "no_date"}
    assert by_file["bhrrc_tracker_hs.jsonl"] == {"no_date"}  # an API has no note row
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"unseen_helpline_hs.csv", "maquila_solidarity_hs.csv"}
    assert repeats.value_counts().min() >= 3


# --------------------------------------------------------------------------------------
# Unseen UK helpline: UTF-8 with BOM, commas, UK dates, demonyms, map links
# --------------------------------------------------------------------------------------
def test_unseen_helpline_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["unseen_helpline"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfCase Ref,Date Reported,Situation Type,")
    frame = _csv(path, "utf-8-sig", ",")
    rows = _rows_of(truth, path.name, frame, 2)
    dates = frame["Date Reported"]
    dmy = dates.str.extract(_DMY).dropna().astype(int)
    assert (dmy[1] <= 12).all()  # day first, always
    assert (dmy[0] > 12).any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}").any()  # 17 May 2023
    assert dates.str.fullmatch(r"\d{2}-[A-Z][a-z]{2}-\d{2}").any()  # 17-May-23
    nat = set(frame["PV Nationality"])
    assert {"Vietnamese", "Afghan", "Iraqi"} & nat
    place = frame["Location Country"]
    assert {"England", "UK"} <= set(place)
    scotland = rows.loc[place.eq("Scotland")]
    assert (scotland["detection_country"] == "GBR").all()
    assert frame["Route via"].str.contains(" > ").any()
    link = frame["Geo-location"].str.startswith("https://maps.google.com/?q=")
    kept = rows["expected_status"] != "quarantine"
    assert link.any()
    assert rows.loc[link & kept, "lat"].notna().all()
    assert frame["Geo-location"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()


# --------------------------------------------------------------------------------------
# Éthique sur l'étiquette: cp1252, semicolons, CRLF, French dates, mojibake
# --------------------------------------------------------------------------------------
def test_ethique_etiquette_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["ethique_etiquette"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.startswith("N° signalement;Date des faits;".encode("cp1252"))
    assert raw.count(b"\r\n") == raw.count(b"\n")
    frame = _csv(path, "cp1252", ";")
    rows = _rows_of(truth, path.name, frame, 2)
    dates = frame["Date des faits"]
    quarter = dates.str.fullmatch(r"T[1-4] 20\d\d")
    month = dates.str.fullmatch(r"[a-zéû]+ 20\d\d")
    assert quarter.any()
    assert month.any()
    assert set(rows.loc[quarter, "date_precision"].dropna()) == {"quarter"}
    assert set(rows.loc[month, "date_precision"].dropna()) == {"month"}
    dmy = dates.str.extract(_DMY).dropna().astype(int)
    assert (dmy[1] <= 12).all()
    countries = pd.concat([frame["Nationalité"], frame["Pays d'origine"]])
    assert countries.str.contains("Ã").any()  # a UTF-8 web form read as cp1252
    web = rows["messiness"].fillna("").str.contains("web_form_row")
    garbled = frame.apply(lambda c: c.str.contains("Ã")).any(axis=1)
    assert garbled[web].any()
    assert not garbled[~web].any()
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{4}").all()
    assert "Total général" in set(frame["N° signalement"])


# --------------------------------------------------------------------------------------
# Campaña Ropa Limpia: XLSX with real dates, serials and text dates, H/M
# --------------------------------------------------------------------------------------
def test_ropa_limpia_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["ropa_limpia"]
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header[:3] == ["Nº caso", "Fecha", "Tipo de delito"]
    assert "Sexo (H/M/Mixto)" in header
    body = [list(r) + [None] * (len(header) - len(r)) for r in values[1:]]
    dates = [r[1] for r in body]
    assert any(isinstance(d, datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 46000 for d in serials)
    assert any(isinstance(d, str) and _DMY.match(d) for d in dates)
    sex = header.index("Sexo (H/M/Mixto)")
    frame = pd.DataFrame(body, columns=header)
    rows = _rows_of(truth, path.name, frame, 2)
    m = frame.iloc[:, sex].eq("M")
    assert m.any()  # M = mujer here
    assert (rows.loc[m, "gender"] == "female").all()
    assert frame["Nacionalidad"].isin(["MARRUECOS", "SENEGAL", "RUMANÍA", "MALÍ"]).any()
    assert frame["Lat."].map(lambda v: isinstance(v, float)).any()
    assert frame["Lat."].map(lambda v: isinstance(v, str) and "," in v).any()


# --------------------------------------------------------------------------------------
# Red de Solidaridad de la Maquila: UTF-16, tabs, Mexican wording, DMS coordinates
# --------------------------------------------------------------------------------------
def test_maquila_solidarity_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["maquila_solidarity"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 little endian
    text = raw.decode("utf-16")
    assert text.startswith("Folio\tFecha del hecho\tTipo de caso\t")
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    rows = _rows_of(truth, path.name, frame, 2)
    dmy = frame["Fecha del hecho"].str.extract(_DMY).dropna().astype(int)
    assert (dmy[1] <= 12).all()
    assert (dmy[0] > 12).any()
    assert frame["Fecha del hecho"].str.fullmatch(r"\d{2}-[a-z]{3}-\d{4}").any()
    dms = frame["Coordenadas"].str.fullmatch(r"\d+°\d{2}'\d{2}\.\d\"[NS] \d+°\d{2}'\d{2}\.\d\"[EW]")
    kept = rows["expected_status"] != "quarantine"
    assert dms.any()
    assert rows.loc[dms & kept, "lat"].notna().all()
    west = rows.loc[dms & kept, "lon"].astype(float)
    assert (west < 0).all()  # the Americas: "W" is a negative longitude
    place = frame["Lugar de detección"]
    assert place.str.contains("EUA").any()
    assert (rows.loc[place.str.contains("EUA") & kept, "detection_country"] == "USA").all()
    assert (rows.loc[place.str.contains("Panam") & kept, "detection_country"] == "PAN").all()
    assert frame["Edad"].str.contains("NNA").any()
    big = frame["Personas afectadas"].str.fullmatch(r"\d,\d{3}")
    assert (rows.loc[big & kept, "n_persons"].astype(int) >= 1000).all()


# --------------------------------------------------------------------------------------
# BHRRC tracker: JSON lines, M49 numeric countries, ISO alpha-3, partial dates
# --------------------------------------------------------------------------------------
def test_bhrrc_tracker_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["bhrrc_tracker"]
    lines = path.read_text(encoding="utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    frame = pd.DataFrame(objs)
    rows = _rows_of(truth, path.name, frame, 1)
    assert list(frame.columns[:3]) == ["id", "date", "allegation_type"]
    m49 = [o["country_m49"] for o in objs if o["country_m49"] is not None]
    assert m49
    assert all(isinstance(v, int) for v in m49)
    kept = rows["detection_country"].notna() & frame["country_m49"].notna()
    pairs = zip(frame.loc[kept, "country_m49"], rows.loc[kept, "detection_country"], strict=True)
    for code, iso in pairs:
        country = pycountry.countries.get(numeric=f"{int(code):03d}")
        assert country is not None
        assert country.alpha_3 == iso
    dates = frame["date"].dropna()
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.8
    assert dates.str.fullmatch(r"\d{4}-\d{2}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    nat = frame["nationality"].dropna()
    assert nat.str.fullmatch(r"[A-Za-z]{3}|not stated|unknown").all()
    transit = frame["transit"].dropna()
    assert transit.str.fullmatch(r"[A-Z]{3}(-[A-Z]{3})*").all()
    kept = rows.loc[transit.index, "expected_status"] != "quarantine"
    want = rows.loc[transit.index, "transit_countries"][kept]
    assert (want == transit.str.replace("-", "|")[kept]).all()


# --------------------------------------------------------------------------------------
# What the truth says of the planted habits
# --------------------------------------------------------------------------------------
def test_truth_of_planted_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = tags.str.contains("date_month") & kept
    quarter = tags.str.contains("date_quarter") & kept
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert (truth.loc[month, "event_date"].str[-2:] == "01").all()
    serial = tags.str.contains("date_serial") & kept
    assert serial.any()
    assert (truth.loc[serial, "date_precision"] == "day").all()
    na = tags.str.contains("na_word") & kept
    assert na.any()
    assert (truth.loc[na, ["age_group", "transport_mode"]] == "unknown").any(axis=1).all()
    missing = tags.str.contains("coords_missing") & kept
    assert missing.any()
    assert truth.loc[missing, ["lat", "lon"]].isna().all().all()
    for tag in ("_mojibake", "nationality_demonym", "nationality_typo", "thousands"):
        assert (tags.str.contains(tag) & kept).any(), tag
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
