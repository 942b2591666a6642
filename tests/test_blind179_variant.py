"""The examiner's held-out set ``blind179`` (files ``*_fy.*``): what it promises.

Five German and Austrian desks (Bavarian border police, the Austrian interior ministry's
operations centre, two Austrian police attachés abroad and the Austrian asylum office's
country-information unit) write the true events their own way. These tests check the files
and the truth only: nothing here cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
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
from trendlib.samples import make_truth
from trendlib.samples._blind179 import SOURCES, make_blind179

VARIANT = "blind179"
SEED = 179
N_EVENTS = 1500
SMALL_SEED = 1791
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # DMS seconds and decimal minutes round to ~0.0002 degree


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _xlsx(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    book.close()
    width = len(rows[0])  # read-only mode drops a row's trailing empty cells
    return [r + (None,) * (width - len(r)) for r in rows]


def _by_ref(rows: list[tuple[object, ...]]) -> dict[object, dict[str, object]]:
    head = [str(h) for h in rows[0]]
    return {r[0]: dict(zip(head, r, strict=True)) for r in rows[1:]}


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_fy", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_fy", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events_at_every_size(n_events: int) -> None:
    subs = make_blind179(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        status = sub.expected["expected_status"]
        assert (status == "record").sum() >= 10, sub.filename
        assert len(sub.frame) == len(sub.expected), sub.filename


def test_routing_by_detection_country(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    """Each desk first reports the detections of the partners it follows."""
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    owner = {
        "HRV": "dbgp_passau",
        "POL": "dbgp_passau",
        "ITA": "bmi_ekc_wien",
        "GRC": "bmi_ekc_wien",
        "FRA": "at_attache_paris",
        "GBR": "at_attache_paris",
        "ESP": "at_agregado_madrid",
        "PAN": "bfa_staatendokumentation",
        "USA": "bfa_staatendokumentation",
    }
    assert set(country) <= set(owner)
    assert (first["source"].to_numpy() == pd.Series(country).map(owner).to_numpy()).all()


def test_duplicates_come_from_another_desk(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    other = cross["duplicate_of"].str.split(":").str[0] != cross["source_file"]
    assert other.all()
    assert set(cross["source"]) >= {"bfa_staatendokumentation", "bmi_ekc_wien", "dbgp_passau"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"dbgp_passau", "bmi_ekc_wien"}
    assert repeats.value_counts().min() >= 3


# --------------------------------------------------------------------------------------
# Bavarian border police: German Excel CSV in English
# --------------------------------------------------------------------------------------
def test_dbgp_is_german_excel_csv(paths: dict[str, Path]) -> None:
    raw = paths["dbgp_passau"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: "Türkei", "Österreich" as single bytes
    text = raw.decode("cp1252")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert lines[0].startswith("File ref. (Az.);Date of interception;State of interception;")
    body = pd.read_csv(paths["dbgp_passau"], sep=";", encoding="cp1252", dtype=str)
    dates = body["Date of interception"].dropna()
    day = dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}")
    assert day.mean() > 0.85
    assert dates.str.fullmatch(r"\d\d/\d{4}").any()  # month only
    assert dates.str.fullmatch(r"Q\d/\d{4}").any()  # quarter only
    assert dates.str.fullmatch(r"4[4-5]\d{3}").any()  # Excel serials of 2021-2023
    assert body["Lat"].dropna().str.fullmatch(r"\d+,\d{5}").all()  # decimal comma
    assert body["Offence (legal basis)"].str.contains("AufenthG", na=False).any()
    countries = pd.concat([body["Main nationality"], body["Country of origin"]])
    assert countries.isin(["Türkei", "Syrien", "Irak", "Marokko"]).any()  # German slips
    assert body["Route (transit states)"].str.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+", na=False).any()
    assert body["Persons apprehended"].str.startswith("ca. ", na=False).any()
    assert (body["File ref. (Az.)"] == "Total (Summe)").sum() == 1
    assert body.isna().all(axis=1).sum() == 1  # the empty line


def test_dbgp_truth_reads_approximate_counts_and_german_names(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    body = pd.read_csv(paths["dbgp_passau"], sep=";", encoding="cp1252", dtype=str)
    rows = _rows(truth, "dbgp_passau").reset_index(drop=True)
    assert len(body) == len(rows)
    approx = body["Persons apprehended"].str.extract(r"^ca\. (\d+)$")[0]
    hit = approx.notna() & rows["expected_status"].ne("quarantine")
    assert hit.any()
    assert (rows.loc[hit, "n_persons"] == approx[hit]).all()
    german = body["Main nationality"].isin(["Syrien", "Irak", "Türkei", "Jemen"])
    german &= rows["expected_status"].ne("quarantine")
    want = body.loc[german, "Main nationality"].map(
        {"Syrien": "SYR", "Irak": "IRQ", "Türkei": "TUR", "Jemen": "YEM"}
    )
    assert (rows.loc[german, "nationality"] == want).all()


# --------------------------------------------------------------------------------------
# Austrian operations centre: JSON lines of a web log
# --------------------------------------------------------------------------------------
def test_ekc_is_a_json_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["bmi_ekc_wien"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "bmi_ekc_wien"))
    assert set(recs[0]) >= {"ekc_ref", "incident_time_local", "reporting_country", "route_via"}
    times = [r["incident_time_local"] for r in recs if r["incident_time_local"]]
    ok = [re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", t) is not None for t in times]
    assert sum(ok) >= len(ok) - 10  # the few impossible or mistyped dates aside
    assert {r["reporting_country"] for r in recs} >= {"IT", "GR"}
    routes = [r["route_via"] for r in recs if r["route_via"] is not None]
    assert routes
    assert all(isinstance(v, list) for v in routes)
    assert any(r["main_nationality"] == "XXX" for r in recs)
    assert any(r["ekc_ref"] == "SUMMARY" and r["persons_total"] > 0 for r in recs)


def test_ekc_truth_reads_icao_unspecified_as_no_nationality(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["bmi_ekc_wien"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    rows = _rows(truth, "bmi_ekc_wien").reset_index(drop=True)
    xxx = pd.Series([r["main_nationality"] == "XXX" for r in recs])
    xxx &= rows["expected_status"].ne("quarantine")
    assert xxx.any()
    assert rows.loc[xxx, "nationality"].isna().all()
    routed = pd.Series([isinstance(r["route_via"], list) for r in recs])
    routed &= rows["expected_status"].ne("quarantine")
    joined = pd.Series(["|".join(r["route_via"] or []) for r in recs])
    assert (rows.loc[routed, "transit_countries"] == joined[routed]).all()


# --------------------------------------------------------------------------------------
# Austrian attaché in Paris: French workbook
# --------------------------------------------------------------------------------------
def test_paris_is_a_french_workbook(paths: dict[str, Path]) -> None:
    rows = _xlsx(paths["at_attache_paris"])
    head = rows[0]
    assert head[:3] == ("N° fiche", "Date des faits", "Qualification")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 50  # real Excel dates
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"[a-zéû]+ 20\d\d", d) for d in text)
    cells = [c for r in rows[1:] for c in r if isinstance(c, str)]
    assert any("Ã" in c for c in cells)  # pasted from a UTF-8 export read as cp1252
    assert "AESI" in cells
    assert "aucun" in cells
    positions = [r[14] for r in rows[1:] if isinstance(r[14], str) and "Â" not in r[14]]
    assert positions
    assert all(re.search(r"\d\d°\d\d,\d{3}'N 00\d°\d\d,\d{3}'[EW]", p) for p in positions)


def test_paris_truth_reads_words_and_positions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(truth, "at_attache_paris").set_index("source_ref")
    cells = _by_ref(_xlsx(paths["at_attache_paris"]))
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    n_aucun = n_pos = n_quarter = 0
    for ref, row in kept.iterrows():  # a few hundred rows
        cell = cells[ref]
        if cell["Nb passeurs interpellés"] == "aucun":
            assert row["n_suspects"] == "0"
            n_aucun += 1
        pos = cell["Position (CROSS)"]
        if isinstance(pos, str) and "Â" not in pos:  # not a garbled row
            m = re.fullmatch(r"(\d\d)°(\d\d,\d{3})'N 0(\d\d)°(\d\d,\d{3})'([EW])", pos)
            assert m is not None, pos
            lat = int(m[1]) + float(m[2].replace(",", ".")) / 60
            lon = int(m[3]) + float(m[4].replace(",", ".")) / 60
            lon = -lon if m[5] == "W" else lon
            assert abs(lat - float(row["lat"])) < TOLERANCE
            assert abs(lon - float(row["lon"])) < TOLERANCE
            n_pos += 1
        date = cell["Date des faits"]
        if isinstance(date, str) and date.startswith("T"):
            assert row["date_precision"] == "quarter"
            q, year = int(date[1]), int(date[3:])
            assert row["event_date"] == f"{year}-{3 * q - 2:02d}-01"
            n_quarter += 1
    assert n_aucun
    assert n_pos
    assert n_quarter


# --------------------------------------------------------------------------------------
# Austrian attaché in Madrid: Excel "Unicode text"
# --------------------------------------------------------------------------------------
def _madrid(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(
        paths["at_agregado_madrid"], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False
    ).replace("", None)


def test_madrid_is_utf16_tab_text(paths: dict[str, Path]) -> None:
    raw = paths["at_agregado_madrid"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    head = raw.decode("utf-16").splitlines()[0]
    assert head.split("\t")[:3] == ["Nº Ref.", "Fecha", "Tipología delictiva"]
    body = _madrid(paths)
    dates = body["Fecha"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.85
    assert dates.str.contains("trimestre").any()
    assert dates.str.fullmatch(r"[a-z]+ \d{4}").any()
    assert body["Tipología delictiva"].str.contains("318 bis", na=False).any()
    assert body["Medio de transporte"].isin(["patera", "cayuco"]).any()
    assert body["Nacionalidad"].isin(["subsahariano", "magrebí"]).any()
    coords = body["Coordenadas"].dropna()
    assert coords.str.fullmatch(r"\d\dº\d\d'\d\d''N 0\d\dº\d\d'\d\d''W").all()
    assert body["Sexo"].isin(["H", "M"]).any()


def test_madrid_truth_reads_spanish_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    body = _madrid(paths)
    rows = _rows(truth, "at_agregado_madrid").reset_index(drop=True)
    assert len(body) == len(rows)
    kept = rows["expected_status"].ne("quarantine")
    region = body["Nacionalidad"].isin(["subsahariano", "magrebí"]) & kept
    assert region.any()
    assert rows.loc[region, "nationality"].isna().all()
    woman = body["Sexo"].eq("M") & kept
    assert woman.any()
    assert (rows.loc[woman, "gender"] == "female").all()
    none = body["Nº detenidos"].eq("ninguno") & kept
    assert none.any()
    assert (rows.loc[none, "n_suspects"] == "0").all()
    direct = body["Países de tránsito"].eq("directo") & kept
    assert direct.any()
    assert rows.loc[direct, "transit_countries"].isna().all()
    big = body["Nº personas"].str.fullmatch(r"\d\.\d{3}", na=False) & kept
    got = body.loc[big, "Nº personas"].str.replace(".", "", regex=False)
    assert (rows.loc[big, "n_persons"] == got).all()


# --------------------------------------------------------------------------------------
# Austrian asylum office's country-information unit: open-source workbook
# --------------------------------------------------------------------------------------
def test_bfa_is_an_english_compilation(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _xlsx(paths["bfa_staatendokumentation"])
    assert rows[0][:3] == ("ID", "Date of incident", "Type")
    text_dates = [r[1] for r in rows[1:] if isinstance(r[1], str)]
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in text_dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in text_dates)
    counts = [r[4] for r in rows[1:] if isinstance(r[4], str)]
    assert any(re.fullmatch(r"\d,\d{3}", c) for c in counts)
    assert any(c in ("two", "three", "four", "five") for c in counts)
    incident = {r[12] for r in rows[1:]}
    assert {"Panama", "United States"} <= incident
    sources = set(_rows(truth, "bfa_staatendokumentation")["expected_reason"].dropna())
    assert "cross_source" in sources


def test_serials_and_count_words_expect_what_they_say(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    body = pd.read_csv(paths["dbgp_passau"], sep=";", encoding="cp1252", dtype=str)
    rows = _rows(truth, "dbgp_passau").reset_index(drop=True)
    serial = body["Date of interception"].str.fullmatch(r"\d{5}", na=False)
    serial &= rows["expected_status"].ne("quarantine")
    assert serial.any()
    days = pd.to_numeric(body.loc[serial, "Date of interception"]).astype(int)
    want = (pd.Timestamp("1899-12-30") + pd.to_timedelta(days, unit="D")).dt.strftime("%Y-%m-%d")
    assert (rows.loc[serial, "event_date"] == want).all()
    words = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
    words |= {"seven": "7", "eight": "8", "nine": "9", "ten": "10"}
    bfa = _rows(truth, "bfa_staatendokumentation").set_index("source_ref")
    cells = _by_ref(_xlsx(paths["bfa_staatendokumentation"]))
    seen = 0
    for ref, row in bfa.loc[bfa["expected_status"] != "quarantine"].iterrows():
        count = cells[ref]["Number of persons"]
        if isinstance(count, str) and count in words:
            assert row["n_persons"] == words[count]
            seen += 1
    assert seen


def test_tags_describe_the_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: " ".join(tags[truth["source"] == s]) for s in NAMES}
    assert "german_name" in by_source["dbgp_passau"]
    assert "approx_count" in by_source["dbgp_passau"]
    assert "json_array" in by_source["bmi_ekc_wien"]
    assert "mojibake" in by_source["at_attache_paris"]
    assert "coords_ddm" in by_source["at_attache_paris"]
    assert "coords_dms" in by_source["at_agregado_madrid"]
    assert "gender_letter" in by_source["at_agregado_madrid"]
    assert "thousands" in by_source["bfa_staatendokumentation"]
    assert "count_word" in by_source["bfa_staatendokumentation"]
    assert "excel_serial" in by_source["dbgp_passau"]
    assert set(truth["date_precision"].dropna()) == {"day", "month", "quarter"}
