"""The examiner's ``blind122`` sample set (files ``*_dt.*``): what its files and truth promise.

Five agencies on the Gulf of Guinea to Europe beat and beyond: the Palermo DDA's JIT case
list (XLSX, English with Italian legal words), Caminando Fronteras (Spanish, cp1252,
``;``), the Pas-de-Calais territorial intelligence service (French, UTF-16, tab),
Migrant Help (English, UTF-8 with BOM, ``,``) and BBC Monitoring's digest (JSON lines).
These tests check the files and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

VARIANT = "blind122"
SEED = 122
N_EVENTS = 1500
SMALL_SEED = 1221
SMALL_EVENTS = 400
SOURCES = (
    "dda_palermo",
    "caminando_fronteras",
    "sdrt62_littoral",
    "migrant_help_uk",
    "bbc_monitoring",
)
#: Fields every row that is kept gives exactly as the event is.
EXACT_FIELDS = ("crime_type", "transit_countries")


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def kept(paths: dict[str, Path], truth: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows kept (tags of the row an exact repeat repeats) and, row for row, their events."""
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    return ok.assign(messiness=tags), ev


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dt", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_dt", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, 300), (0, 300)])
def test_every_source_reports_events(
    tmp_path_factory: pytest.TempPathFactory, seed: int, n_events: int
) -> None:
    t = _truth(write(tmp_path_factory, VARIANT, seed=seed, n_events=n_events))
    records = t.loc[t["expected_status"] == "record", "source_file"]
    assert set(records.str.replace(r"_dt\.\w+$", "", regex=True)) == set(SOURCES)


# --------------------------------------------------------------------------------------
# What the truth expects of each agency
# --------------------------------------------------------------------------------------
def _by_source(ok: pd.DataFrame, source: str) -> pd.Series:
    return (ok["source"] == source).to_numpy()


def test_exploitation_only_for_trafficking(kept: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    ok, ev = kept
    thb = ok["crime_type"].isin(["trafficking", "both"])
    assert ok.loc[~thb, "exploitation"].isna().all()
    assert ok.loc[thb, "exploitation"].notna().all()
    tags = ok["messiness"].fillna("")
    differs = ok["exploitation"].ne(ev["exploitation"]) & thb
    # the French service has no exploitation column; elsewhere only "not known" cells differ
    no_column = _by_source(ok, "sdrt62_littoral")
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert not (differs & ~no_column & ~tags.str.contains("unknown:exploitation")).any()
    assert (ok.loc[no_column & thb, "exploitation"] == "unknown").all()


def test_columns_an_agency_lacks(kept: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    ok, ev = kept
    tags = ok["messiness"].fillna("")
    french = _by_source(ok, "sdrt62_littoral")
    spanish = _by_source(ok, "caminando_fronteras")
    assert ok.loc[french, "origin_country"].isna().all()
    assert ok.loc[spanish, "linked_offences"].isna().all()
    assert ok.loc[~spanish, "linked_offences"].equals(ev.loc[~spanish, "linked_offences"])
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"empty:{col}") | (french & (col == "origin_country"))
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col


def test_partial_dates_by_agency(kept: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    ok, _ = kept
    prec = ok.groupby("source")["date_precision"].agg(lambda s: set(s))
    assert prec["sdrt62_littoral"] == {"day"}  # a daily situation report
    assert prec["migrant_help_uk"] == {"day", "month", "quarter"}
    assert prec["caminando_fronteras"] == {"day", "month", "quarter"}
    assert "quarter" not in prec["dda_palermo"] | prec["bbc_monitoring"]
    # a recalled exploitation is dated by month or quarter, a small boat never
    mh = ok.loc[ok["source"] == "migrant_help_uk"]
    assert (mh.loc[mh["crime_type"] == "smuggling", "date_precision"] == "day").all()


def test_planted_habits_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: ";".join(tags[truth["source"] == s]) for s in SOURCES}
    wanted = {
        "dda_palermo": ("excel_serial", "text_date", "demonym:nationality", "decimal_comma"),
        "caminando_fronteras": ("thousands:n_persons", "approx_count", "decimal_comma"),
        "sdrt62_littoral": ("coords_dms", "demonym:nationality", "alias:destination_country"),
        "migrant_help_uk": ("nation:detection_country", "na_word", "alias:"),
        "bbc_monitoring": ("mojibake:", "word:n_persons", "iso3:origin_country"),
    }
    for source, habits in wanted.items():
        for habit in habits:
            assert habit in by_source[source], (source, habit)
    for tag in ("zero_word", "count_placeholder", "blank_nationality", "partial_date"):
        assert tag in ";".join(tags), tag


# --------------------------------------------------------------------------------------
# What the bytes show
# --------------------------------------------------------------------------------------
def test_caminando_fronteras_bytes(paths: dict[str, Path]) -> None:
    raw = paths["caminando_fronteras"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 accents
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["Nº alerta", "Fecha", "Tipo de caso"]
    assert "Posición (lat / lon)" in header
    body = pd.read_csv(paths["caminando_fronteras"], sep=";", encoding="cp1252", dtype=str)
    dates = body["Fecha"].dropna()
    assert dates.str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d").mean() > 0.9
    assert dates.str.fullmatch(r"(T\d|\dº trimestre) 20\d\d").any()
    assert dates.str.fullmatch(r"[a-z]+ 20\d\d").any()  # "mayo 2022"
    counts = body["Nº personas"].dropna()
    assert counts.str.fullmatch(r"\d\.\d{3}").any()
    assert counts.str.fullmatch(r"\d+ aprox\.").any()
    place = body["Posición (lat / lon)"].dropna()
    assert place.str.fullmatch(r"-?\d+,\d{5} / -?\d+,\d{5}|s/d").all()
    assert body["Medio"].isin(["cayuco", "patera", "neumática"]).any()
    assert body["País de llegada"].str.contains(r"España \(Canarias\)", na=False).any()
    assert body["Países de tránsito"].str.contains(", ", regex=False, na=False).any()


def test_sdrt62_bytes(paths: dict[str, Path]) -> None:
    raw = paths["sdrt62_littoral"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Texte Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["N° fiche", "Date constat", "Qualification"]
    assert "Forme d'exploitation" not in header
    assert "Pays d'origine" not in header
    body = pd.read_csv(paths["sdrt62_littoral"], sep="\t", encoding="utf-16", dtype=str)
    dates = body["Date constat"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\dh\d\d").mean() > 0.5
    assert body["Qualification"].isin(["AESI", "TEH + AESI", "TEH"]).any()
    gps = body["Coordonnées GPS"].dropna()
    assert gps.str.fullmatch(r"N \d+°\d\d'\d\d\" [EO] \d+°\d\d'\d\d\"").all()
    assert body["Nationalité dominante"].isin(["afghane", "irakienne", "iranienne"]).any()
    assert body["Destination"].isin(["Angleterre", "UK"]).any()


def test_migrant_help_bytes(paths: dict[str, Path]) -> None:
    raw = paths["migrant_help_uk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    body = pd.read_csv(paths["migrant_help_uk"], encoding="utf-8-sig", dtype=str)
    assert list(body.columns[:3]) == ["Case ID", "Date of encounter", "Case type"]
    dates = body["Date of encounter"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"Q\d 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert body["Route"].str.contains(" > ", regex=False, na=False).any()
    assert body["Country identified in"].isin(["England", "Scotland"]).any()
    assert body["Age band"].eq("Age disputed").any()
    loc = body["Location (lat, long)"].dropna()
    assert loc.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()


def test_dda_palermo_cells(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["dda_palermo"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Proc. n. (R.G.N.R.)", "Date of facts", "Offence (c.p. / T.U.I.)")
    body = rows[1:]
    dates = [r[1] for r in body if r[1] is not None]
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    offences = {str(r[2]) for r in body}
    assert any("601 c.p." in o for o in offences)
    assert any("286/98" in o for o in offences)
    assert any(str(r[0]).endswith("RGNR") for r in body)
    lat = [r[header.index("Lat")] for r in body]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{5}", v) for v in lat)
    nat = {r[header.index("Nationality")] for r in body}
    assert "Nigerian" in nat
    assert "caporalato" in " ".join(str(r[3]) for r in body)


def test_bbc_monitoring_lines(paths: dict[str, Path]) -> None:
    lines = paths["bbc_monitoring"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    keys = list(items[0])
    assert keys[:4] == ["story_id", "incident_date", "category", "exploitation_type"]
    assert all(list(i) == keys for i in items)
    dates = [i["incident_date"] for i in items if i["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    codes = {i["country_code"] for i in items if i["country_code"]}
    assert {"PA", "US", "GR"} <= codes
    assert all(len(c) == 2 for c in codes)
    text = "\n".join(lines)
    assert "Ã" in text  # scraped pages read with the wrong encoding
    assert any(i["persons"] in ("one", "two", "three") for i in items)
