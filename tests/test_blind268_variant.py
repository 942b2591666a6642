"""The ``blind268`` examiner set (files ``*_jj.*``): what the files and their truth promise.

Five agencies that police advertisements: Milanuncios (cp1252, ``;``), the UK ASA
(UTF-8 with BOM, ``,``), leboncoin (JSON lines), PROFECO (XLSX) and the econsumer.gov
compilation (UTF-16, tab). These tests check the files and the truth; none cleans or scores.
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

from trendlib.samples import make_truth
from trendlib.samples._blind268 import make_blind268

VARIANT = "blind268"
SEED = 268
N_EVENTS = 1500
SMALL_SEED = 2681
SMALL_EVENTS = 400
SOURCES = (
    "milanuncios_moderacion",
    "asa_uk",
    "leboncoin_trust_safety",
    "profeco_mx",
    "econsumer_icpen",
)
#: Fields every row that is not quarantined gives as the event has them.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, indexed by their row number, with their tags."""
    out = truth.loc[truth["source"] == source].copy()
    out["tags"] = tags_of(truth).loc[out.index]
    return out.set_index(out["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = frame.index + 2  # header = row 1
    return frame


def _jsonl(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _xlsx(path: Path) -> tuple[list[str], dict[int, tuple[object, ...]]]:
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    width = len(rows[0])
    padded = {i + 2: tuple(r) + (None,) * (width - len(r)) for i, r in enumerate(rows[1:])}
    return [str(h) for h in rows[0]], padded


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jj", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_jj", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind268(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_who_first_reports_what(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    primary = {
        "ESP": "milanuncios_moderacion",
        "GBR": "asa_uk",
        "FRA": "leboncoin_trust_safety",
        "USA": "profeco_mx",
    }
    want = [primary.get(c, "econsumer_icpen") for c in where]
    assert first["source"].tolist() == want
    second = truth.loc[truth["expected_reason"].eq("cross_source"), "source"]
    assert second.nunique() == len(SOURCES)  # every agency re-reports some events


def test_garbage_rows_where_the_agency_has_them(truth: pd.DataFrame) -> None:
    garbage = truth.loc[tags_of(truth).str.contains("garbage_row")]
    by_file = garbage.groupby("source")["expected_reason"].apply(set).to_dict()
    assert by_file["milanuncios_moderacion"] == {"empty_row", "no_content", "no_date"}
    assert by_file["econsumer_icpen"] == {"empty_row", "no_content", "no_date"}
    assert by_file["profeco_mx"] == {"no_content", "no_date"}
    assert by_file["leboncoin_trust_safety"] == {"no_date"}  # a TOTAL object, no note
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source"]
    assert set(repeats) == {"milanuncios_moderacion", "econsumer_icpen"}


# --------------------------------------------------------------------------------------
# Milanuncios: cp1252, ";", CRLF, day-first, decimal commas, mojibake
# --------------------------------------------------------------------------------------
def test_milanuncios_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["milanuncios_moderacion"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["ID incidencia", "Fecha detección", "Tipo de delito"]
    assert "Nº víctimas potenciales" in header
    assert text.count("\r\n") == text.count("\n")  # CRLF only
    frame = _csv(path, "cp1252", ";")
    rows = _rows(truth, "milanuncios_moderacion")
    ok = rows.loc[rows["expected_status"] != "quarantine"].index
    lat = frame.loc[ok, "Latitud"]
    assert lat[lat != ""].str.fullmatch(r"-?\d+,\d{5}").all()  # decimal commas
    day = frame.loc[ok, "Fecha detección"].str.extract(r"^(\d\d)/(\d\d)/(\d{2,4})")
    full = day.dropna().astype(int)
    assert (full[1] <= 12).all()  # day first, always
    assert (full[0] > 12).any()
    month_only = frame.loc[ok, "Fecha detección"].str.contains(" de 20")
    assert (rows.loc[ok[month_only.to_numpy()], "date_precision"] == "month").all()
    assert month_only.any()
    moji = rows["tags"].str.contains("mojibake")
    assert moji.any()
    assert frame.loc[rows.index[moji]].apply(lambda r: "Ã" in "".join(r), axis=1).all()
    big = frame.loc[ok, "Nº víctimas potenciales"].str.fullmatch(r"\d{1,2}\.\d{3}")
    if big.any():  # Spanish thousands point: 1.250 persons
        got = rows.loc[ok[big.to_numpy()], "n_persons"].astype(int)
        assert (got >= 1000).all()


# --------------------------------------------------------------------------------------
# ASA: UTF-8 BOM, ",", English day-first dates, demonyms, typos, counts in words
# --------------------------------------------------------------------------------------
_DEMONYMS = {
    "Vietnamese": "VNM",
    "Afghan": "AFG",
    "Iranian": "IRN",
    "Iraqi": "IRQ",
    "Albanian": "ALB",
    "Eritrean": "ERI",
    "Syrian": "SYR",
}


def test_asa_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["asa_uk"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(path, "utf-8-sig", ",")
    assert list(frame.columns[:3]) == ["ASA ref", "Date flagged", "Harm type"]
    rows = _rows(truth, "asa_uk")
    ok = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[ok, "Date flagged"]
    styles = (r"\d{1,2} [A-Z][a-z]+ \d{4}", r"\d\d/\d\d/\d{4}", r"\d\d-[A-Z][a-z]{2}-\d\d")
    assert dates.str.fullmatch("|".join(styles)).all()
    for style in styles:
        assert dates.str.fullmatch(style).any(), style
    for parsed, want in zip(
        pd.to_datetime(dates.loc[dates.str.fullmatch(styles[1])], format="%d/%m/%Y"),
        rows.loc[dates.index[dates.str.fullmatch(styles[1])], "event_date"],
        strict=True,
    ):
        assert parsed.strftime("%Y-%m-%d") == want
    nat = frame.loc[ok, "Nationality"]
    dem = nat.isin(list(_DEMONYMS))
    assert dem.mean() > 0.5  # nationality written as a demonym
    assert (rows.loc[ok[dem.to_numpy()], "nationality"] == nat[dem].map(_DEMONYMS)).all()
    assert rows["tags"].str.contains("count_word").any()
    assert rows["tags"].str.contains("zero_word").any()
    typo = rows["tags"].str.contains("en_typo")
    assert typo.any()


# --------------------------------------------------------------------------------------
# leboncoin: JSON lines, French keys, ISO dates with offsets, ISO alpha-2, "lat,lon"
# --------------------------------------------------------------------------------------
def test_leboncoin_json(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    records = _jsonl(paths["leboncoin_trust_safety"])
    rows = _rows(truth, "leboncoin_trust_safety")
    assert len(records) == len(rows)
    assert list(records[0])[:3] == ["id_signalement", "date_constat", "qualification"]
    offsets = 0
    for line, rec in enumerate(records, start=1):
        row = rows.loc[line]
        if row["expected_status"] == "quarantine":
            continue
        assert isinstance(rec["nb_victimes_potentielles"], int | None)
        date = str(rec["date_constat"])
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?", date)
        assert m is not None, date
        assert m.group(1) == row["event_date"]  # the local day of the timestamp
        offsets += m.group(2) is not None
        for key in ("pays_origine", "pays_destination"):
            assert re.fullmatch(r"[A-Z]{2}", str(rec[key])), rec[key]
        geo = rec["geoloc"]
        if geo is not None and geo != "0.0,0.0":
            lat, lon = (float(v) for v in str(geo).split(","))
            assert abs(lat - float(row["lat"])) < 1e-3
            assert abs(lon - float(row["lon"])) < 1e-3
    assert offsets > 0
    adjectives = [r["nationalite"] for r in records if str(r["nationalite"]).endswith("ne")]
    assert adjectives  # "afghane", "syrienne" ...


# --------------------------------------------------------------------------------------
# PROFECO: XLSX, date cells, serials, text dates, Mexican words, DMS coordinates
# --------------------------------------------------------------------------------------
def _from_dms(cell: str) -> float:
    m = re.fullmatch(r"(\d+)°(\d\d)'(\d\d\.\d)\"([NSEO])", cell)
    assert m is not None, cell
    value = int(m.group(1)) + int(m.group(2)) / 60 + float(m.group(3)) / 3600
    return -value if m.group(4) in "SO" else value


def test_profeco_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    header, cells = _xlsx(paths["profeco_mx"])
    assert header[:4] == ["Folio", "Fecha de detección", "Delito", "Fin de explotación"]
    col = {h: i for i, h in enumerate(header)}
    rows = _rows(truth, "profeco_mx")
    kinds: set[str] = set()
    for r, row in rows.iterrows():
        if row["expected_status"] == "quarantine":
            continue
        cell = cells[int(r)]
        date = cell[col["Fecha de detección"]]
        if isinstance(date, datetime):
            kinds.add("date cell")
            assert date.strftime("%Y-%m-%d") == row["event_date"]
        elif isinstance(date, int):
            kinds.add("serial")
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=date)
            assert day.strftime("%Y-%m-%d") == row["event_date"]
        elif re.fullmatch(r"\d\d/\d\d/\d{4}", str(date)):
            kinds.add("text")
            assert pd.to_datetime(date, format="%d/%m/%Y").strftime("%Y-%m-%d") == row["event_date"]
        else:
            kinds.add("month")
            assert row["date_precision"] == "month"
        crime = str(cell[col["Delito"]]).strip().lower()
        if crime == "tráfico de personas":  # Mexican law: smuggling of migrants
            assert row["crime_type"] == "smuggling"
        if crime == "trata de personas":
            assert row["crime_type"] == "trafficking"
        if cell[col["Grupo de edad"]] == "NNA":
            assert row["age_group"] == "child"
        lat = cell[col["Latitud"]]
        if isinstance(lat, str):
            assert abs(_from_dms(lat) - float(row["lat"])) < 1e-3
            assert abs(_from_dms(str(cell[col["Longitud"]])) - float(row["lon"])) < 1e-3
    assert kinds == {"date cell", "serial", "text", "month"}
    detected = [c[col["País donde se detectó"]] for c in cells.values()]
    assert "EUA" in detected


# --------------------------------------------------------------------------------------
# econsumer.gov: UTF-16, tab, US month-first dates, months and quarters, ISO alpha-3
# --------------------------------------------------------------------------------------
def test_econsumer_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["econsumer_icpen"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    assert raw.decode("utf-16").split("\n")[0].count("\t") == 16
    frame = _csv(path, "utf-16", "\t")
    rows = _rows(truth, "econsumer_icpen")
    ok = rows.loc[rows["expected_status"] != "quarantine"].index
    dates = frame.loc[ok, "Incident date"]
    us = dates.str.extract(r"^(\d\d)/(\d\d)/(\d{4})$").dropna().astype(int)
    assert (us[0] <= 12).all()  # month first, always
    assert (us[1] > 12).any()
    quarter = dates.str.fullmatch(r"Q[1-4] \d{4}")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}")
    assert quarter.any()
    assert month.any()
    prec = rows.loc[ok, "date_precision"]
    assert (prec[quarter.to_numpy()] == "quarter").all()
    assert (prec[month.to_numpy()] == "month").all()
    assert (prec[~(quarter | month).to_numpy()] == "day").all()
    iso3 = frame.loc[ok, "Location country"].str.fullmatch(r"[A-Z]{3}")
    assert iso3.any()
    assert (
        rows.loc[ok[iso3.to_numpy()], "detection_country"]
        == frame.loc[ok, "Location country"][iso3]
    ).all()
