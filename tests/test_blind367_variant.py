"""The examiner set ``blind367`` (files ``*_ne.*``): five food networks' submissions.

These tests check what the set promises (files, truth, each network's habits in the bytes);
none of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind367 import make_blind367

VARIANT = "blind367"
SEED = 367
N_EVENTS = 1500
SMALL_SEED = 3671
SMALL_EVENTS = 400
SOURCES = (
    "trussell_trust",
    "restos_du_coeur",
    "feba_foodbanks",
    "bamx_frontera",
    "banco_alimentos_pa",
)
#: Fields every row gives exactly as the event has them.
FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    return frame.assign(source_row=range(2, 2 + len(frame)))


def _with_truth(frame: pd.DataFrame, truth: pd.DataFrame, name: str) -> pd.DataFrame:
    mine = truth.assign(tags=tags_of(truth)).loc[truth["source_file"] == name].copy()
    mine["source_row"] = mine["source_row"].astype(int)
    return frame.merge(mine, on="source_row", suffixes=("", "_truth"), validate="1:1")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ne", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ne", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind367(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_fields_left_out_only_where_said(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin, destination, transit and exploitation differ from the event only on purpose."""
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    uk = ok["source"].eq("trussell_trust")  # no origin or destination column
    for col in ("origin_country", "destination_country", "transit_countries"):
        differs = ok[col].fillna("").ne(ev[col].fillna(""))
        said = tags.str.contains(f"blank_{col}") | (uk & (col != "transit_countries"))
        assert not (differs & ~said).any(), col
        assert ok.loc[differs, col].isna().all(), col
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    differs = ok["exploitation"].fillna("").ne(ev["exploitation"].fillna(""))
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()


def test_cross_source_pairs(truth: pd.DataFrame) -> None:
    """Second reports come from the food bank on the other side of the route."""
    dup = truth.loc[truth["expected_reason"].eq("cross_source")]
    first = dup["duplicate_of"].str.split(":").str[0]
    pairs = set(zip(first, dup["source_file"], strict=True))
    allowed = {
        ("restos_du_coeur_ne.csv", "trussell_trust_ne.csv"),
        ("trussell_trust_ne.csv", "restos_du_coeur_ne.csv"),
        ("banco_alimentos_pa_ne.csv", "bamx_frontera_ne.xlsx"),
    }
    assert pairs <= allowed
    assert len(pairs) == 3


def test_every_kind_of_bad_row(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}


# --------------------------------------------------------------------------------------
# Each network's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_trussell_trust_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["trussell_trust"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(path, "utf-8-sig", ",")
    assert list(frame.columns[:4]) == [
        "Concern ref",
        "Date of concern",
        "Food bank",
        "Concern type",
    ]
    assert not any("lat" in c.lower() for c in frame.columns)
    rows = _with_truth(frame, truth, path.name)
    dated = rows.loc[rows["event_date"].notna()]
    rows = rows.loc[rows["expected_status"].ne("quarantine")]
    day_first = dated["Date of concern"].str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    long_form = dated["Date of concern"].str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}")
    month = dated["Date of concern"].str.fullmatch(r"[A-Z][a-z]+ \d{4}")
    assert (day_first | long_form | month).all()
    assert long_form.any()
    assert month.any()
    read = pd.to_datetime(dated.loc[day_first, "Date of concern"], format="%d/%m/%Y")
    assert (read == pd.to_datetime(dated.loc[day_first, "event_date"])).all()
    assert (dated.loc[month, "date_precision"] == "month").all()
    # demonyms and the home nations read as the country they belong to
    viet = rows["Nationality"].str.strip().str.lower().eq("vietnamese")
    assert viet.any()
    assert (rows.loc[viet, "nationality"] == "VNM").all()
    home = rows["Country encountered"].isin(["England", "Scotland", "UK"])
    assert home.any()
    assert (rows.loc[home, "detection_country"] == "GBR").all()
    assert rows["Journey via"].str.contains(" > ").any()
    words = rows["People affected"].isin(["one", "two", "three", "four", "five"])
    assert (rows.loc[words & rows["n_persons"].notna(), "n_persons"].astype(int) <= 5).all()
    assert rows["Suspected exploiters"].isin(["none", "nil"]).any()
    assert rows["lat"].isna().all()
    assert frame["Concern ref"].iloc[-1] == "TOTAL"


def test_restos_du_coeur_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["restos_du_coeur"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° fiche;Date;Lieu de distribution;")
    frame = _csv(path, "cp1252", ";")
    rows = _with_truth(frame, truth, path.name)
    rows = rows.loc[rows["expected_status"].ne("quarantine")]
    assert rows["Nationalité"].str.contains("Ã").any()  # pasted from a UTF-8 sheet
    pasted = rows.loc[rows["tags"].str.contains("mojibake", na=False)]
    assert pasted["Date"].ne("").all()
    assert len(pasted) > 0
    coords = rows.loc[rows["lat"].notna(), "Latitude"]
    assert coords.str.fullmatch(r"\d{2},\d{5}").all()
    read = coords.str.replace(",", ".").astype(float)
    assert ((read - rows.loc[rows["lat"].notna(), "lat"].astype(float)).abs() < TOLERANCE).all()
    dated = rows.loc[rows["event_date"].notna() & rows["date_precision"].eq("day"), "Date"]
    assert dated.str.fullmatch(r"\d{2}/\d{2}/\d{2}(\d{2})?").all()
    assert dated.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    england = rows["Destination souhaitée"].str.strip().str.lower().eq("angleterre")
    assert england.any()
    assert (rows.loc[england, "destination_country"] == "GBR").all()
    none = rows["Nb passeurs / exploiteurs"].eq("aucun")
    assert none.any()
    assert (rows.loc[none, "n_suspects"] == "0").all()
    assert frame["N° fiche"].eq("Total général").sum() == 1  # re-sent rows come after it


def test_feba_foodbanks_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["feba_foodbanks"]
    lines = path.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    frame = pd.DataFrame(recs).assign(source_row=range(1, len(recs) + 1))
    rows = _with_truth(frame, truth, path.name)
    events = rows.loc[rows["event_id"].notna() & rows["country"].notna()]
    assert set(events["country"]) <= {"IT", "GR", "ES", "HR", "PL"}
    m49 = events.loc[events["origin_country"].notna(), "origin_m49"]
    assert m49.str.fullmatch(r"\d{3}").all()
    assert events["origin_m49"].eq("004").any()  # Afghanistan keeps its leading zeros
    transit = events["transit"].dropna()
    assert transit.map(lambda t: isinstance(t, list) and all(len(c) == 3 for c in t)).all()
    joined = events.loc[events["transit_countries"].notna(), "transit"].map("|".join)
    assert joined.eq(events.loc[events["transit_countries"].notna(), "transit_countries"]).all()
    zero = events["lat"].eq(0) & events["lng"].eq(0)
    assert zero.any()
    assert events.loc[zero, "lat_truth"].isna().all()  # the truth expects no place
    dates = events.loc[events["event_date"].notna(), "encounter_date"].dropna()
    assert dates.str.fullmatch(r"\d{4}-\d{2}(-\d{2})?|\d{4}-Q[1-4]").all()
    assert {"month", "quarter", "day"} <= set(events["date_precision"].dropna())
    assert recs[-1]["ref"] == "TOTAL"
    assert isinstance(recs[-1]["people"], int)


def test_feba_placeholder_point_means_no_place(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    placeholder = truth.loc[tags.str.contains("coords_placeholder")]
    assert len(placeholder) > 0
    assert placeholder[["lat", "lon"]].isna().all().all()


def test_bamx_frontera_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["bamx_frontera"]
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))
    width = len(cells[0])
    body = [list(r) + [None] * (width - len(r)) for r in cells[1:]]
    frame = pd.DataFrame(body, columns=list(cells[0]), dtype=object)
    frame = frame.assign(source_row=range(2, 2 + len(frame)))
    rows = _with_truth(frame, truth, path.name)
    rows = rows.loc[rows["expected_status"].ne("quarantine")]
    assert rows["Fecha de atención"].map(lambda v: hasattr(v, "year")).any()
    assert rows["Fecha de atención"].map(lambda v: isinstance(v, str)).any()
    # Mexican law's "tráfico de personas" is migrant smuggling, "trata" is trafficking
    crime = rows["Delito referido"].fillna("").str.strip().str.lower()
    assert (rows.loc[crime.eq("tráfico de personas"), "crime_type"] == "smuggling").all()
    assert crime.eq("tráfico de personas").any()
    assert (rows.loc[crime.eq("trata de personas"), "crime_type"] == "trafficking").all()
    eua = rows["País de detección"].eq("EUA")
    assert eua.any()
    assert (rows.loc[eua, "detection_country"] == "USA").all()
    nna = rows["Edad"].fillna("").str.strip().str.upper().eq("NNA")
    assert (rows.loc[nna, "age_group"] == "child").all()
    pairs = rows.loc[rows["lat"].notna(), ["Coordenadas", "lat", "lon"]]
    first = pairs["Coordenadas"].str.split(", ").str[0].astype(float)
    swapped = first.abs() > 90
    assert swapped.any()
    assert (pairs.loc[swapped, "lat"].astype(float) > 0).all()
    none = rows["Polleros / tratantes"].eq("ninguno")
    assert (rows.loc[none, "n_suspects"] == "0").all()
    assert none.any()


def test_banco_alimentos_pa_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["banco_alimentos_pa"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["No. caso", "Fecha", "Comunidad"]
    frame = _csv(path, "utf-16", "\t")
    rows = _with_truth(frame, truth, path.name)
    rows = rows.loc[rows["expected_status"].ne("quarantine")]
    fecha = rows.loc[rows["event_date"].notna(), ["Fecha", "event_date", "date_precision"]]
    serial = fecha["Fecha"].str.fullmatch(r"\d{5}")
    assert serial.any()
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        fecha.loc[serial, "Fecha"].astype(int), unit="D"
    )
    assert (day == pd.to_datetime(fecha.loc[serial, "event_date"])).all()
    quarter = fecha["Fecha"].str.fullmatch(r"T[1-4] \d{4}")
    assert quarter.any()
    assert (fecha.loc[quarter, "date_precision"] == "quarter").all()
    ddm = rows["Latitud"].str.fullmatch(r"\d{1,2}°\d{2}\.\d{3}'[NS]")
    assert ddm.any()
    for col, true in (("Latitud", "lat"), ("Longitud", "lon")):
        parts = rows.loc[ddm, col].str.extract(r"(\d+)°([\d.]+)'([NSEW])")
        value = parts[0].astype(float) + parts[1].astype(float) / 60
        value = value.where(parts[2].isin(["N", "E"]), -value)
        assert ((value - rows.loc[ddm, true].astype(float)).abs() < TOLERANCE).all()
    big = rows["Cantidad de personas"].str.fullmatch(r"\d{1,3}(,\d{3})+")
    read = rows.loc[big, "Cantidad de personas"].str.replace(",", "").astype(int)
    assert (read == rows.loc[big, "n_persons"].astype(int)).all()
    assert frame["No. caso"].iloc[-1] == "Total"


def test_small_set_has_big_darien_counts(small: dict[str, Path], paths: dict[str, Path]) -> None:
    """Somewhere in the two sets the Panamanian thousands comma is written."""
    found = 0
    for p in (small, paths):
        frame = _csv(p["banco_alimentos_pa"], "utf-16", "\t")
        found += int(frame["Cantidad de personas"].str.fullmatch(r"\d{1,3}(,\d{3})+").sum())
    assert found > 0


def test_languages_and_formats() -> None:
    subs = make_blind367(make_truth(seed=2, n_events=300), seed=2)
    got = {s.filename: (s.format, s.encoding, s.delimiter, s.language) for s in subs}
    assert got == {
        "trussell_trust_ne.csv": ("csv", "utf-8-sig", ",", "en"),
        "restos_du_coeur_ne.csv": ("csv", "cp1252", ";", "fr"),
        "feba_foodbanks_ne.jsonl": ("jsonl", "utf-8", None, "en"),
        "bamx_frontera_ne.xlsx": ("xlsx", "utf-8", None, "es"),
        "banco_alimentos_pa_ne.csv": ("csv", "utf-16", "\t", "es"),
    }
    assert re.search(r"_ne$", Path(subs[0].filename).stem)
