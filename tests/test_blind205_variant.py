"""The ``blind205`` examiner set (files ``*_gy.*``): what the files and their truth promise.

Five agencies that meet the boats or the people first: Talitha Kum Italia (English XLSX),
the Spanish fishermen's guilds (cp1252 ``;`` CSV), the Hauts-de-France fishermen's
committee (French XLSX), the Hellenic Rescue Team (UTF-16 tab-separated text) and a risk
intelligence feed (JSON lines). These tests check the bytes and the truth; none cleans.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples._blind205 import SOURCES

VARIANT = "blind205"
SEED = 205
N_EVENTS = 1500
SMALL_SEED = 2051
SMALL_EVENTS = 400
SUFFIX = "_gy"
NAMES = tuple(s.source for s in SOURCES)
HEADERS = {s.source: s.headers for s in SOURCES}
COUNTRY_COLS = (
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
)


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


def _cells(path: Path) -> dict[int, dict[str, object]]:
    """The file's rows as the agency wrote them, by source row (header = row 1)."""
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return {i: json.loads(line) for i, line in enumerate(lines, start=1)}
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        head = [str(h) for h in rows[0]]
        pad = [(*r, *([None] * (len(head) - len(r)))) for r in rows[1:]]  # short total row
        return {i: dict(zip(head, r, strict=True)) for i, r in enumerate(pad, start=2)}
    src = next(s for s in SOURCES if s.filename == path.name)
    text = path.read_bytes().decode(src.encoding)
    rows_csv = list(csv.reader(io.StringIO(text, newline=""), delimiter=src.delimiter or ","))
    head = rows_csv[0]
    return {i: dict(zip(head, r, strict=True)) for i, r in enumerate(rows_csv[1:], start=2)}


def _rows_of(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, with the cells written in each of its columns."""
    cells = _cells(paths[source])
    mine = truth.loc[truth["source"] == source].copy()
    heads = HEADERS[source]
    for key, head in heads.items():
        values = [cells[int(r)].get(head) for r in mine["source_row"]]
        mine[f"cell:{key}"] = pd.Series(values, index=mine.index, dtype=object)
    return mine


def _kept(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_keeps_its_promises(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = _truth(small)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(NAMES)  # every agency reports events of its own


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_truth_expects_what_each_row_gives(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """The event's values, but for what the agency does not keep or did not write."""
    ok, ev = check_reports_of_events(paths, truth, ())
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    has = {col: ok["source"].map(lambda s, c=col: c in HEADERS[s]) for col in HEADERS["riskintel"]}
    has["coordinates"] = ok["source"].map(
        lambda s: "lat" in HEADERS[s] or "coordinates" in HEADERS[s]
    )

    def lost(col: str) -> pd.Series:
        return tags.str.contains(f"blank_{col}|unknown:{col}|vague:{col}|empty:{col}")

    # crime type: the agency's word, or unknown when it keeps none (the lifeboat crews)
    assert ok.loc[has["crime_type"], "crime_type"].equals(ev.loc[has["crime_type"], "crime_type"])
    assert (ok.loc[~has["crime_type"], "crime_type"] == "unknown").all()
    assert set(ok.loc[~has["crime_type"], "source"]) == {"hrt_gr"}
    # exploitation: trafficking rows only; unknown when not written
    thb = ok["crime_type"].isin(["trafficking", "both"])
    assert ok.loc[~thb, "exploitation"].isna().all()
    unknown_expl = thb & (tags.str.contains("unknown:exploitation") | ~has["exploitation"])
    assert (ok.loc[unknown_expl, "exploitation"] == "unknown").all()
    told = thb & ~unknown_expl
    assert ok.loc[told, "exploitation"].equals(ev.loc[told, "exploitation"])
    # counts
    no_count = tags.str.contains("count_placeholder|count_missing")
    assert ok.loc[no_count, "n_persons"].isna().all()
    assert ok.loc[~no_count, "n_persons"].equals(ev.loc[~no_count, "n_persons"])
    no_susp = ~has["n_suspects"] | tags.str.contains("blank_n_suspects")
    assert ok.loc[no_susp, "n_suspects"].isna().all()
    assert ok.loc[~no_susp, "n_suspects"].equals(ev.loc[~no_susp, "n_suspects"])
    # vocabularies: unknown when the agency keeps no such column or left it blank
    for col in ("gender", "age_group", "transport_mode"):
        gone = ~has[col] | lost(col)
        assert (ok.loc[gone, col] == "unknown").all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    # countries: nothing when not kept, blank, "s/d" or a region ("subsaharianos")
    for col in COUNTRY_COLS:
        gone = ~has[col] | lost(col)
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    # linked offences
    assert ok.loc[~has["linked_offences"], "linked_offences"].isna().all()
    kept = has["linked_offences"]
    assert ok.loc[kept, "linked_offences"].equals(ev.loc[kept, "linked_offences"])
    # places: the point written (degrees and minutes read back), within 0.01 degree
    no_place = ~has["coordinates"] | tags.str.contains(
        "blank_coordinates|coords_missing|coords_placeholder"
    )
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)
        assert (diff.abs() < 0.01).all(), col
    # dates: the day (a second report may be a day off), or the month or quarter start
    day, true_day = pd.to_datetime(ok["event_date"]), pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert set(ok.loc[prec != "day", "source"]) == {"talithakum_it", "riskintel"}


def test_every_quarantine_reason_and_duplicate_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"fncp_cofradias", "riskintel"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) <= {"riskintel", "crpmem_hdf"}


# --------------------------------------------------------------------------------------
# The agencies' habits, as the bytes show them
# --------------------------------------------------------------------------------------
def test_cofradias_write_ansi_semicolons_and_positions(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["fncp_cofradias"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # Windows "ANSI", not UTF-8
    text = raw.decode("cp1252")
    first = text.split("\r\n", 1)[0]
    assert first.startswith("Nº parte;Fecha;Cofradía;País;Tipo de hecho;Finalidad;Nº personas")
    assert "\r\n" in text
    assert text.count("\r\n") == text.count("\n")
    rows = _kept(_rows_of(paths, truth, "fncp_cofradias"))
    dates = rows["cell:event_date"].astype(str)
    assert dates.str.fullmatch(r"\d\d[/-]\d\d[/-](\d\d|\d{4})").all()
    day_first = pd.to_datetime(dates.str.replace("-", "/"), format="mixed", dayfirst=True)
    assert ((day_first - pd.to_datetime(rows["event_date"])).abs().dt.days <= 0).all()
    # positions: degrees and decimal minutes, decimal comma, W or O (oeste)
    pos = rows["cell:coordinates"].dropna().loc[lambda s: s != ""]
    pattern = r"(\d+)º(\d\d,\d)' ([NS]) - (\d+)º(\d\d,\d)' ([EWO])"
    parts = pos.str.extract(pattern)
    assert parts.notna().all().all()
    assert set(parts[5]) == {"W", "O"}
    lat = parts[0].astype(int) + parts[1].str.replace(",", ".").astype(float) / 60
    lon = -(parts[3].astype(int) + parts[4].str.replace(",", ".").astype(float) / 60)
    assert ((lat - rows.loc[pos.index, "lat"].astype(float)).abs() < 1e-4).all()
    assert ((lon - rows.loc[pos.index, "lon"].astype(float)).abs() < 1e-4).all()
    # counts: "1.250" for thousands, "aprox. 45" when estimated at sea, "s/d" when unknown
    counts = rows["cell:n_persons"].astype(str)
    big = rows["n_persons"].astype(float) >= 1000
    assert counts[big].str.fullmatch(r"\d\.\d{3}").all()
    approx = counts.str.contains(r"^(?:aprox\.?|unos) \d+$")
    assert approx.any()
    assert (counts[approx].str.extract(r"(\d+)$")[0] == rows.loc[approx, "n_persons"]).all()
    # nationality: plural demonyms; a region word means no nationality; guilds' mojibake
    nat = rows["cell:nationality"].astype(str)
    region = nat.isin(["subsaharianos", "magrebíes"])
    assert region.any()
    assert rows.loc[region, "nationality"].isna().all()
    assert nat.isin(["marroquíes", "senegaleses", "malienses"]).any()
    assert text.count("Ã") > 0
    assert rows["cell:transport_mode"].isin(["patera", "cayuco", "salto de valla"]).any()


def test_fishermens_committee_writes_french_excel(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = openpyxl.load_workbook(paths["crpmem_hdf"], read_only=True)
    head = next(book.worksheets[0].iter_rows(values_only=True))
    assert head[:4] == ("Réf. signalement", "Date", "Port d'attache du navire", "Pays")
    rows = _kept(_rows_of(paths, truth, "crpmem_hdf"))
    kinds = {type(v).__name__ for v in rows["cell:event_date"]}
    assert kinds == {"datetime", "int", "str"}  # Excel dates, serial numbers, typed text
    serial = rows.loc[rows["cell:event_date"].map(lambda v: isinstance(v, int))]
    read = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["cell:event_date"], unit="D")
    assert (read.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    text = rows["cell:event_date"].map(lambda v: isinstance(v, str))
    assert (
        rows.loc[text, "cell:event_date"]
        .str.contains(r"^\d\d/\d\d/\d{4}$|^\d+ [a-zéû]+ \d{4}$")
        .all()
    )
    assert (rows["cell:n_suspects"] == "aucun").any()
    assert rows.loc[rows["cell:n_suspects"] == "aucun", "n_suspects"].eq("0").all()
    env = rows["cell:n_persons"].map(lambda v: isinstance(v, str) and v.startswith("env. "))
    assert env.any()
    assert (rows.loc[env, "cell:n_persons"].str[5:] == rows.loc[env, "n_persons"]).all()
    angl = rows["cell:destination_country"] == "Angleterre"
    assert angl.any()
    assert (rows.loc[angl, "destination_country"] == "GBR").all()
    assert rows["cell:nationality"].isin(["afghane", "iranienne", "irakienne"]).any()
    kurde = rows["cell:nationality"] == "kurde"
    assert rows.loc[kurde, "nationality"].isna().all()
    lat = rows["cell:lat"].dropna()
    assert lat.str.fullmatch(r"\d\d°\d\d,\d\d'N").all()
    assert rows["cell:lon"].dropna().str.fullmatch(r"00\d°\d\d,\d\d'E").all()
    # second reports: boats the skippers met that were stopped at Dover (the UK, in French)
    cross = rows.loc[rows["expected_reason"] == "cross_source"]
    assert (cross["detection_country"].dropna() == "GBR").all()


def test_sisters_write_english_case_sheets(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_rows_of(paths, truth, "talithakum_it"))
    cells = rows["cell:event_date"]
    is_text = cells.map(lambda v: isinstance(v, str))
    assert is_text.any()
    assert (~is_text).any()
    text = cells[is_text]
    assert text.str.fullmatch(r"\d\d/\d\d/\d{4}|[A-Z][a-z]+ \d{4}|Q[1-4] \d{4}").all()
    prec = rows.loc[is_text, "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert (prec[text.str.startswith("Q")] == "quarter").all()
    nat = rows["cell:nationality"]
    assert nat.isin(["Nigerian", "Tunisian", "Egyptian", "Bangladeshi"]).any()
    assert (rows.loc[nat == "Nigerian", "nationality"] == "NGA").all()
    route = rows["cell:transit_countries"].dropna()
    assert route.str.contains(" > ").any()
    direct = route == "direct"
    assert direct.any()
    assert rows.loc[direct.index[direct], "transit_countries"].isna().all()
    assert "cell:lat" not in rows  # no positions kept
    assert rows["lat"].isna().all()
    smuggling = rows["crime_type"] == "smuggling"
    assert rows.loc[smuggling, "cell:exploitation"].isin([None, "n/a"]).all()
    assert (rows["cell:n_suspects"] == "none").any()
    assert rows.loc[rows["cell:n_suspects"] == "none", "n_suspects"].eq("0").all()


def test_lifeboat_crews_write_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["hrt_gr"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little endian, as Excel's "Unicode text"
    first = raw.decode("utf-16").split("\n", 1)[0]
    assert first.split("\t")[:4] == ["Incident No", "Date/Time (local)", "Station", "Country"]
    rows = _kept(_rows_of(paths, truth, "hrt_gr"))
    assert rows["cell:event_date"].str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").all()
    assert (rows["crime_type"] == "unknown").all()  # a rescue log names no offence
    various = rows["cell:nationality"] == "Various"
    assert various.any()
    assert rows.loc[various, "nationality"].isna().all()
    craft = rows["cell:transport_mode"]
    assert (rows.loc[craft == "Rubber dinghy", "transport_mode"] == "sea").all()
    assert (rows.loc[craft == "On foot", "transport_mode"] == "land").all()
    assert rows["cell:transit_countries"].str.contains("Iran - Turkey").any()


def test_risk_feed_writes_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["riskintel"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(set(r) == set(HEADERS["riskintel"].values()) for r in records)
    rows = _kept(_rows_of(paths, truth, "riskintel"))
    code = rows["cell:detection_country"].dropna()
    assert code.map(lambda v: isinstance(v, int)).all()
    numeric = {826: "GBR", 591: "PAN", 840: "USA", 191: "HRV", 616: "POL", 380: "ITA"}
    mapped = code.map(numeric)
    assert (mapped.dropna() == rows.loc[mapped.dropna().index, "detection_country"]).all()
    nat = rows["cell:nationality"].dropna()
    assert nat.str.fullmatch(r"[A-Z]{2}").all()
    transit = rows["cell:transit_countries"].dropna()
    assert transit.map(lambda v: isinstance(v, list)).all()
    joined = transit.map("|".join)
    assert (joined == rows.loc[transit.index, "transit_countries"]).all()
    dates = rows["cell:event_date"]
    assert dates.str.fullmatch(r"\d{4}-\d\d(-\d\d(T\d\d:\d\d:00Z)?)?|\d{4}-Q[1-4]").all()
    assert (rows.loc[dates.str.fullmatch(r"\d{4}-Q\d"), "date_precision"] == "quarter").all()
    assert (rows.loc[dates.str.fullmatch(r"\d{4}-\d\d"), "date_precision"] == "month").all()
    assert re.search(r'"id":"TOTAL"', paths["riskintel"].read_text(encoding="utf-8"))
