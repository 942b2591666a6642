"""The examiner set ``blind391`` (files ``*_oc.*``): five exhibition-venue security desks.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples._blind391 import SOURCES, make_blind391

VARIANT = "blind391"
SEED = 391
N_EVENTS = 1500
SMALL_SEED = 3911
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
EXCEL, VIPARIS, IFEMA, PANAMA, UFI = NAMES


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
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """The file as written, every cell text, row i of the frame = source_row i + 2."""
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_oc", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_oc", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    for seed in (0, 3, SEED, SMALL_SEED):
        subs = make_blind391(make_truth(seed=seed, n_events=n_events), seed=seed)
        assert [s.source for s in subs] == list(NAMES)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").any(), (seed, sub.source)


def test_exploitation_as_read(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Smuggling rows expect no form; a form 'still to be determined' expects unknown."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    undetermined = tags.str.contains("unknown_exploitation")
    assert undetermined.sum() > 0
    assert (ok.loc[undetermined, "exploitation"] == "unknown").all()
    assert ok.loc[~undetermined, "exploitation"].equals(ev.loc[~undetermined, "exploitation"])
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()


def test_every_kind_of_bad_row_in_the_set(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    # an empty row in each CSV, a note in each desk but UFI's feed, a total everywhere
    assert (garbage["expected_reason"] == "empty_row").sum() == 3
    assert (garbage["expected_reason"] == "no_content").sum() == 4
    assert set(truth.loc[truth["expected_reason"] == "exact_repeat", "source"]) == {VIPARIS, UFI}


def test_date_precisions_by_desk(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    prec = ok.groupby("source")["date_precision"].agg(set)
    assert prec[EXCEL] == {"day", "month"}
    assert prec[IFEMA] == {"day", "month"}
    for desk in (VIPARIS, PANAMA, UFI):
        assert prec[desk] == {"day", "month", "quarter"}, desk


# --------------------------------------------------------------------------------------
# ExCeL London: UTF-8 with BOM, ",", English, day-first dates, demonyms
# --------------------------------------------------------------------------------------
def test_excel_london_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[EXCEL].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Incident Ref,Date of Incident,Incident Category,")
    assert "\r\n" not in text
    frame = _csv(paths[EXCEL], "utf-8-sig", ",")
    rows = _rows(truth, EXCEL)
    assert len(frame) == len(rows)
    dates = frame["Date of Incident"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    long_form = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d")
    month = dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d")
    assert day_first.sum() > long_form.sum() > month.sum() > 0
    # day-first: some days above 12, never a month above 12 in a good row
    good = (rows["expected_status"] != "quarantine").to_numpy()
    parts = dates[day_first & good].str.split("/", expand=True).astype(int)
    assert (parts[0] > 12).any()
    assert (parts[1] <= 12).all()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Country of Detection"].isin(["UK", "GB", "England"]).any()
    assert frame["Transit Route"].str.contains(" > ").any()
    pair = frame["Location (Lat, Long)"]
    assert pair.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").sum() > 0.8 * len(pair)
    assert frame["Incident Category"].str.strip().str.lower().isin(["msht", "facilitation"]).any()


def test_excel_london_counts_in_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths[EXCEL], "utf-8-sig", ",")
    rows = _rows(truth, EXCEL)
    words = tags_of(truth).loc[truth["source"] == EXCEL].reset_index(drop=True)
    word_rows = words.str.contains("count_word") & rows["expected_status"].ne("quarantine")
    assert word_rows.any()
    assert frame.loc[word_rows, "Persons Involved"].str.fullmatch(r"[a-z]+").all()
    assert (rows.loc[word_rows, "n_persons"].astype(int) <= 12).all()


# --------------------------------------------------------------------------------------
# Viparis: cp1252, ";", CRLF, French, decimal commas, mojibake
# --------------------------------------------------------------------------------------
def test_viparis_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[VIPARIS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° de signalement;Date des faits;Qualification des faits;")
    assert text.count("\r\n") == len(text.splitlines())
    frame = _csv(paths[VIPARIS], "cp1252", ";")
    assert len(frame) == len(_rows(truth, VIPARIS))
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    lat = frame["Latitude"]
    assert lat.str.fullmatch(r"\d+,\d{5}").sum() > 0.8 * len(frame)
    assert not lat.str.contains(r"\.").any()
    assert text.count("Ã") > 0  # names pasted from a UTF-8 tool
    assert frame["Nationalité"].isin(["afghane", "afghan", "irakien", "irakienne"]).any()
    assert frame["Nombre de mis en cause"].isin(["aucun", "néant"]).any()


def test_mojibake_only_in_viparis(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    moji = truth.loc[tags.str.contains("mojibake")]
    assert len(moji) > 0
    assert set(moji["source"]) == {VIPARIS}


# --------------------------------------------------------------------------------------
# IFEMA MADRID: XLSX, Spanish, Excel dates, serials and text dates
# --------------------------------------------------------------------------------------
def test_ifema_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[IFEMA])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº de expediente", "Fecha del hecho", "Tipología delictiva")
    assert len(rows) - 1 == len(_rows(truth, IFEMA))
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.5 * len(dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in texts)
    lats = [r[header.index("Latitud")] for r in rows[1:]]
    assert sum(isinstance(v, float) for v in lats) > 0.8 * len(lats)
    nat = {r[header.index("Nacionalidad")] for r in rows[1:]}
    assert nat & {"MAR", "SEN", "MLI", "ROU"}
    assert nat & {"marroquí", "senegalés", "rumano", "rumana", "maliense", "marroquíes"}


def test_ifema_serials_expect_their_day(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[IFEMA])
    dates = [r[1] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    rows = _rows(truth, IFEMA)
    assert len(dates) == len(rows)
    pairs = rows[["expected_status", "event_date"]].to_numpy()
    for cell, (status, day) in zip(dates, pairs, strict=True):
        if isinstance(cell, int) and status != "quarantine":
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == pd.Timestamp(day)


# --------------------------------------------------------------------------------------
# Panama Convention Center: UTF-16, tab, DMS coordinates, plural demonyms
# --------------------------------------------------------------------------------------
def test_ccpanama_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PANAMA].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["No. de caso", "Fecha", "Tipo de delito"]
    frame = _csv(paths[PANAMA], "utf-16", "\t")
    rows = _rows(truth, PANAMA)
    assert len(frame) == len(rows)
    dates = frame["Fecha"]
    assert dates.str.fullmatch(r"\d\d-[a-z]{3,4}-20\d\d").any()
    assert dates.str.fullmatch(r"(I|II|III|IV) trimestre 20\d\d").any()
    coords = frame["Coordenadas"]
    dms = coords.str.fullmatch(r"\d+°\d\d'\d\d\"N \d+°\d\d'\d\d\"O")
    assert dms.sum() > 0.8 * len(frame)
    # the point said in DMS is what the truth expects (to the second)
    said = rows.loc[dms & rows["expected_status"].ne("quarantine"), ["lat", "lon"]].astype(float)
    assert (said["lat"].between(7, 10)).all()
    assert (said["lon"].between(-79, -76)).all()
    assert frame["Nacionalidad"].isin(["venezolanos", "venezolanas", "haitianos"]).any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["Cantidad de personas"].str.fullmatch(r"[\d,]+ personas?").any()


# --------------------------------------------------------------------------------------
# UFI: JSON lines, codes in each member's system, arrays
# --------------------------------------------------------------------------------------
def test_ufi_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[UFI].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, UFI))
    assert list(records[0])[:3] == ["case_id", "incident_date", "offence_type"]
    members = {r["member_country"] for r in records}
    assert {"ITA", "GR", "HRV", "616", "US"} <= members
    transit = [r["transit_codes"] for r in records if r["transit_codes"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    offences = [r["related_offences"] for r in records if r["related_offences"] is not None]
    assert offences
    assert all(isinstance(o, list) for o in offences)
    dates = pd.Series([r["incident_date"] for r in records], dtype=object).dropna()
    assert dates.str.fullmatch(r"20\d\d-Q[1-4]").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\dT00:00:00Z").any()
    polish = [r for r in records if r["member_country"] == "616"]
    assert all(re.fullmatch(r"\d{3}", r["origin_code"]) for r in polish)
    assert any(isinstance(r["persons_involved"], str) for r in records)


def test_future_dates_are_ten_years_ahead(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    rows = _rows(truth, UFI)
    lines = paths[UFI].read_text(encoding="utf-8").splitlines()
    future = rows.index[rows["expected_reason"] == "future_date"]
    for i in future:
        day = json.loads(lines[i])["incident_date"]
        assert int(day[:4]) >= 2031
