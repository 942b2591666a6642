"""The examiner's held-out sample set ``blind146`` (files ``*_er.*``).

Five agencies around the Belarus–Poland border, Brandenburg and Berlin: the Białystok
prosecutor's office (English XLSX), the POPH volunteers of Podlasie (English JSON lines),
GASIM in Potsdam (English with German words, UTF-16, tab), dpa's Spanish service (UTF-8
with BOM, ``;``) and the Centre Marc Bloch's French research base (cp1252, ``;``). These
tests check what the set promises: its files, its truth and the agencies' habits in the
bytes. None of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from tests._blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind146 import SOURCES, make_blind146
from trendlib.schema import VOCABULARIES

VARIANT = "blind146"
SEED = 146
N_EVENTS = 1500
SMALL_SEED = 1461
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
HAS = {s.source: set(s.headers) for s in SOURCES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_er", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_er", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_every_source_reports_events() -> None:
    for seed, n in ((SEED, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, N_EVENTS)):
        subs = make_blind146(make_truth(seed=seed, n_events=n), seed=seed)
        assert [s.source for s in subs] == list(NAMES)
        for sub in subs:
            assert sub.expected["event_id"].notna().any(), (seed, n, sub.source)


def test_who_reports_what(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    firsts = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[firsts["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(where).groupby(firsts["source"].to_numpy()).agg(set)
    assert by_source["po_bialystok"] == {"POL"}
    assert by_source["dpa_es"] == {"ESP", "PAN", "USA"}
    assert by_source["cmb_berlin"] == {"ITA", "GRC", "HRV", "FRA", "GBR"}
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    corridors = events.loc[dups["event_id"], "corridor"].to_numpy()
    by_dup = pd.Series(corridors).groupby(dups["source"].to_numpy()).agg(set)
    assert by_dup["poph_podlasie"] == {"blr_pol"}
    assert by_dup["gasim_potsdam"] == {"wbal", "channel"}
    # the volunteers and GASIM only ever report an event a second time
    for name in ("poph_podlasie", "gasim_potsdam"):
        assert not _rows(truth, name)["expected_status"].eq("record").any()


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """The truth expects each event's values, but for what its row leaves out or hides."""
    ok, ev = check_reports_of_events(paths, truth, ())
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    src = ok["source"]

    def lacks(col: str) -> pd.Series:
        return src.map(lambda s: col not in HAS[s])

    def tagged(*names: str) -> pd.Series:
        return tags.str.contains("|".join(re.escape(n) for n in names))

    # dates: the day (a second report may be a day off) or the start of month or quarter
    day, true_day = pd.to_datetime(ok["event_date"]), pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert (tagged("partial_date") == (prec != "day")).all()

    # vocabularies: the event's word, or unknown when the row does not say it
    for col in ("crime_type", "gender", "age_group", "transport_mode"):
        hidden = lacks(col) | tagged(f"blank_{col}", f"unknown_word:{col}")
        assert ok.loc[~hidden, col].equals(ev.loc[~hidden, col]), col
        assert (ok.loc[hidden, col] == "unknown").all(), col
        assert set(ok[col]) <= set(VOCABULARIES[col]), col
    smuggling = ok["crime_type"].isin(["smuggling", "unknown"])
    assert ok.loc[smuggling, "exploitation"].isna().all()
    thb = ~smuggling
    hidden = thb & (lacks("exploitation") | tagged("blank_exploitation"))
    assert (ok.loc[hidden, "exploitation"] == "unknown").all()
    assert ok.loc[thb & ~hidden, "exploitation"].equals(ev.loc[thb & ~hidden, "exploitation"])

    # counts: a placeholder or a blank expects no count
    gone = tagged("count_placeholder")
    assert ok.loc[gone, "n_persons"].isna().all()
    assert ok.loc[~gone, "n_persons"].equals(ev.loc[~gone, "n_persons"])
    gone = lacks("n_suspects") | tagged("blank_n_suspects", "suspects_placeholder")
    assert ok.loc[gone, "n_suspects"].isna().all()
    assert ok.loc[~gone, "n_suspects"].equals(ev.loc[~gone, "n_suspects"])
    assert (ok.loc[tagged("zero_word"), "n_suspects"] == "0").all()

    # countries: ISO alpha-3 codes, none where the cell is blank or says "unknown"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        gone = lacks(col) | tagged(f"blank_{col}", f"unknown_word:{col}")
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col
    gone = lacks("transit_countries")
    assert ok.loc[gone, "transit_countries"].isna().all()
    assert ok.loc[~gone, "transit_countries"].equals(ev.loc[~gone, "transit_countries"])
    gone = lacks("linked_offences")
    assert ok.loc[gone, "linked_offences"].isna().all()
    assert ok.loc[~gone, "linked_offences"].equals(ev.loc[~gone, "linked_offences"])

    # places: the true point (as rounded by the agency), none where it is not given
    no_place = (lacks("lat") & lacks("coordinates")) | tagged(
        "blank_coordinates", "coords_missing", "coords_placeholder"
    )
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 1e-3).all(), col


def test_bad_rows_expect_nothing(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert bad[["event_date", "n_persons", "crime_type", "nationality"]].isna().all().all()
    # the bad rows are the first reports of their events: the files that first report
    assert set(bad["source"]) <= {"po_bialystok", "dpa_es", "cmb_berlin"}


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_prosecutor_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["po_bialystok"]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:3] == ["Case file no.", "Date of offence", "Offence (legal qualification)"]
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds  # Excel dates, typed text, a bare serial
    text_dates = [d for d in dates if isinstance(d, str)]
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in text_dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44_000 < d < 46_000 for d in serials)
    # a serial number is the day the truth expects
    exp = _rows(truth, "po_bialystok")
    serial_rows = exp.loc[exp["messiness"].fillna("").str.contains("excel_serial")]
    by_row = {i + 1: r for i, r in enumerate(rows)}  # 1-based, header = 1
    for row in serial_rows.itertuples():
        cell = by_row[int(row.source_row)][1]
        assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == pd.Timestamp(row.event_date)
    offences = {str(r[2]) for r in rows[1:] if r[2]}
    assert any("264 § 3" in o or "264 §3" in o for o in offences)
    cells = {str(v) for r in rows[1:] for v in r if isinstance(v, str)}
    assert cells & {"Irak", "Afganistan", "Niemcy", "Jemen", "Polska"}
    assert any("Białoruś" in c or "Rosja" in c for c in cells)
    assert rows[-1][0] == "Total"


def test_volunteers_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["poph_podlasie"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(truth, "poph_podlasie"))
    assert set(recs[0]) >= {"intervention_id", "date", "people_in_group", "gps", "needs"}
    gps = [r["gps"] for r in recs if r["gps"]]
    assert any(re.fullmatch(r"\d+\.\d{5}, \d+\.\d{5}", g) for g in gps)
    assert any(g in ("withheld", "not shared") or "°" in g for g in gps)
    nats = {r["nationalities"] for r in recs if r["nationalities"]}
    assert nats & {"Iraqi", "Iraqi Kurdish", "Kurdish (Iraq)", "Syrian", "Afghan", "Yemeni"}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", r["date"]) for r in recs if r["date"])
    assert recs[-1]["intervention_id"] == "SUMMARY"


def test_gasim_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["gasim_potsdam"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[3] == "Persons (Geschleuste)"
    body = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    lat = [r[12] for r in body if len(r) > 12 and r[12]]
    assert lat
    assert all(re.fullmatch(r"\d+,\d{5}", v) for v in lat)  # decimal commas
    assert any(re.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+", r[9]) for r in body if len(r) > 9)
    assert any(r[8] in ("Kroatien", "Frankreich") for r in body if len(r) > 8)
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", r[1]) for r in body if r[1])


def test_dpa_spanish_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dpa_es"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Id despacho;Fecha;Delito;")
    assert re.search(
        r";\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre) de 20\d\d;",
        text,
    )
    assert re.search(r";(enero|mayo|julio|octubre|[a-z]+) de 20\d\d;", text)
    assert "tráfico de migrantes" in text
    assert "trata de personas" in text or "trata de seres humanos" in text
    assert re.search(r";\d{1,2}\.\d{3};", text)  # thousands with a dot
    assert re.search(r";(una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez);", text)
    assert "EE.UU." in text or "EEUU" in text
    words = tags_of(_rows(truth, "dpa_es"))
    assert words.str.contains("count_word").any()


def test_cmb_research_base(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cmb_berlin"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("N° fiche;Date;Qualification;")
    assert "\r\n" in text
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
        r"novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert "Ã" in text  # names pasted from UTF-8 pages
    assert re.search(r";-?\d+,\d{4};", text)  # decimal commas
    assert "aide à l'entrée irrégulière" in text or "trafic de migrants" in text
    frame = pd.read_csv(
        paths["cmb_berlin"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    exp = _rows(truth, "cmb_berlin")
    exp = exp.loc[exp["expected_status"] != "quarantine"].set_index("source_row")
    swapped = exp.loc[exp["messiness"].fillna("").str.contains("coords_swapped")]
    assert len(swapped) > 0
    for row, rec in swapped.iterrows():
        cells = frame.iloc[int(row) - 2]
        assert float(cells["Latitude"].replace(",", ".")) == pytest.approx(float(rec["lon"]))
        assert float(cells["Longitude"].replace(",", ".")) == pytest.approx(float(rec["lat"]))


def test_languages_and_encodings() -> None:
    subs = make_blind146(make_truth(seed=SMALL_SEED, n_events=300), seed=SMALL_SEED)
    got = {s.source: (s.format, s.encoding, s.delimiter, s.language) for s in subs}
    assert got == {
        "po_bialystok": ("xlsx", "utf-8", None, "en"),
        "poph_podlasie": ("jsonl", "utf-8", None, "en"),
        "gasim_potsdam": ("csv", "utf-16", "\t", "en"),
        "dpa_es": ("csv", "utf-8-sig", ";", "es"),
        "cmb_berlin": ("csv", "cp1252", ";", "fr"),
    }
