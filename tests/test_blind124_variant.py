"""The examiner's held-out set ``blind124`` (files ``*_dv.*``): what it promises.

Five agencies of the Benelux and western Germany (the Belgian MIK, the German customs
liaison officer in Madrid, the CGRA's CEDOCA, PRO ASYL and the Clingendael tracker). These
tests check the files and their truth only; none of them cleans or scores.
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind124 import make_blind124
from trendlib.samples._examiner import BAD_KINDS

VARIANT = "blind124"
SEED = 124
N_EVENTS = 1500
SMALL_SEED = 1241
SMALL_EVENTS = 400
SOURCES = ("mik_zeebrugge", "zka_zvb_madrid", "cgra_cedoca", "pro_asyl", "clingendael_cru")
#: Fields every row gives exactly as the event has them.
FIELDS = ("crime_type", "destination_country", "linked_offences")
#: Degrees: CEDOCA writes four decimals, MIK minutes to the hundredth.
TOLERANCE = 1e-3
_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


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
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dv", n_events=N_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_dv", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind124(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_bad_rows_of_every_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(BAD_KINDS) <= set(bad["expected_reason"])
    assert (bad["expected_status"] == "quarantine").all()
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # the note rows are the French, Spanish and English clerks' own
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == {"zka_zvb_madrid", "cgra_cedoca", "pro_asyl"}


def test_who_reports_what(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_source = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source["mik_zeebrugge"] == {"FRA"}
    assert by_source["zka_zvb_madrid"] == {"ESP"}
    assert by_source["cgra_cedoca"] == {"GRC", "ITA"}
    assert by_source["pro_asyl"] == {"HRV", "POL"}
    assert by_source["clingendael_cru"] == {"GBR", "PAN", "USA"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"clingendael_cru"}


# --------------------------------------------------------------------------------------
# What a careful analyst reads where a row leaves something out
# --------------------------------------------------------------------------------------
def test_fields_left_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    mik = ok["source"].eq("mik_zeebrugge")
    # MIK has no exploitation, origin or transit column
    assert ok.loc[mik, ["origin_country", "transit_countries"]].isna().all().all()
    thb = ev["crime_type"].isin(["trafficking", "both"])
    assert (ok.loc[mik & thb, "exploitation"] == "unknown").all()
    assert ok.loc[mik & ~thb, "exploitation"].isna().all()
    # elsewhere the form is the event's, or "unknown" where the cell says so
    said = tags.str.contains("unknown:exploitation")
    assert (ok.loc[~mik & said, "exploitation"] == "unknown").all()
    assert ok.loc[~mik & ~said, "exploitation"].equals(ev.loc[~mik & ~said, "exploitation"])
    assert ok.loc[~mik, "transit_countries"].equals(ev.loc[~mik, "transit_countries"])
    blank = tags.str.contains("blank_origin_country")
    assert ok.loc[blank, "origin_country"].isna().all()
    keep = ~mik & ~blank
    assert ok.loc[keep, "origin_country"].equals(ev.loc[keep, "origin_country"])


def test_partial_dates_where_the_agency_writes_them(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    prec = ok.groupby("source")["date_precision"].agg(set)
    assert prec["mik_zeebrugge"] == {"day"}
    assert prec["zka_zvb_madrid"] == {"day"}
    assert prec["cgra_cedoca"] == {"day", "month", "quarter"}
    assert prec["pro_asyl"] == {"day", "month"}
    assert prec["clingendael_cru"] == {"day", "month", "quarter"}
    # both reports of a duplicated event give the day
    dup_events = set(truth.loc[truth["expected_reason"] == "cross_source", "event_id"])
    assert (ok.loc[ok["event_id"].isin(dup_events), "date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def _parse_ddm(text: str) -> tuple[float, float]:
    m = re.fullmatch(r"(\d{2})°(\d{2}\.\d{2})'([NS]) (\d{3})°(\d{2}\.\d{2})'([EW])", text)
    assert m is not None, text
    lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
    lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
    return lat, lon


def test_mik_watch_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["mik_zeebrugge"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("MIK Ref,DTG (Z),Incident type,Position")
    frame = pd.read_csv(paths["mik_zeebrugge"], dtype=str, encoding="utf-8-sig")
    exp = _rows(truth, "mik_zeebrugge").reset_index(drop=True)
    frame = frame.loc[frame.notna().any(axis=1)].reset_index(drop=True)
    exp = exp.loc[exp["expected_reason"] != "empty_row"].reset_index(drop=True)
    assert len(frame) == len(exp)
    rec = exp["expected_status"] != "quarantine"
    dtg = frame.loc[rec, "DTG (Z)"]
    assert dtg.str.fullmatch(r"\d{6}Z [A-Z]{3} \d{2}").all()
    for cell, day in zip(dtg, exp.loc[rec, "event_date"], strict=True):
        d = datetime(2000 + int(cell[-2:]), _MON.index(cell[8:11]) + 1, int(cell[:2]))
        assert abs((pd.Timestamp(d) - pd.Timestamp(day)).days) <= 1
    pos = frame.loc[rec, "Position"]
    given = pos.notna() & (pos != "N/K")
    for cell, lat, lon in zip(
        pos[given], exp.loc[rec][given]["lat"], exp.loc[rec][given]["lon"], strict=True
    ):
        got = _parse_ddm(cell)
        assert abs(got[0] - float(lat)) < TOLERANCE
        assert abs(got[1] - float(lon)) < TOLERANCE
    assert set(frame["Coastal State"].dropna()) <= {"FR", "UK"}
    assert "NIL" in set(frame["Facilitators held"])
    assert frame["Nationality (majority)"].isin(["AFGHAN", "IRAQI", "IRANIAN"]).any()
    assert frame["MIK Ref"].iloc[-1] == "TOTAL POB"


def test_zvb_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["zka_zvb_madrid"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Az.", "Fecha", "País detección", "Delito")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)  # Excel days of 2021-2023
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"k.A.", "Schleusung", "Marokko"} & cells
    assert "k.A." in cells
    assert any(re.fullmatch(r"-?\d+,\d+", c) for c in cells)  # coordinates typed as text
    exp = _rows(truth, "zka_zvb_madrid")
    assert exp["source_ref"].dropna().str.fullmatch(r"ZVB-MAD \d{3}/20\d\d|SUMA|Fuente.*").all()
    assert rows[-1][0] == "SUMA"


def test_cedoca_table(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cgra_cedoca"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert lines[0].startswith("Réf. COI;Date de l'incident;Pays de l'incident")
    assert "Ã" in text  # names pasted from UTF-8 pages
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";(janvier|février|mars|avril|mai|juin|juillet|août) 20\d\d;", text)
    assert re.search(r";\d{2},\d{4};-?\d{1,3},\d{4};", text)  # decimal commas
    assert ";aucun;" in text
    assert ";MENA;" in text
    frame = pd.read_csv(paths["cgra_cedoca"], sep=";", dtype=str, encoding="cp1252")
    exp = _rows(truth, "cgra_cedoca")
    exp = exp.loc[exp["expected_reason"] != "empty_row"].reset_index(drop=True)
    frame = frame.loc[frame.notna().any(axis=1)].reset_index(drop=True)
    assert len(frame) == len(exp)
    day = exp["date_precision"].eq("day") & exp["expected_status"].ne("quarantine")
    cells = frame.loc[day, "Date de l'incident"]
    numeric = cells.str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    parsed = pd.to_datetime(cells[numeric], format="%d/%m/%Y")
    true_day = pd.to_datetime(exp.loc[day, "event_date"][numeric])
    assert ((parsed - true_day).abs() <= pd.Timedelta(days=1)).all()


def test_pro_asyl_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pro_asyl"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:4] == ["Case ID", "Date of incident", "Country of incident", "GPS"]
    assert " → " in text
    assert re.search(r"\t\d{1,2} (January|February|March|April|May|June) 20\d\d\t", text)
    assert re.search(r"\t(two|three|four|five|six|seven|eight|nine)\t", text)
    assert re.search(r"\t\d{2}\.\d{5}, -?\d{1,3}\.\d{5}\t", text)
    assert "Hrvatska" in text
    tags = tags_of(_rows(truth, "pro_asyl"))
    assert tags.str.contains("count_word").any()


def test_cru_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["clingendael_cru"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    exp = _rows(truth, "clingendael_cru").reset_index(drop=True)
    assert len(recs) == len(exp)
    dates = [r["date"] for r in recs if r.get("date")]
    assert all(re.fullmatch(r"20\d\d-(\d\d-\d\d|\d\d|Q[1-4])", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    origins = [r["origin_m49"] for r in recs if r.get("origin_m49")]
    assert all(re.fullmatch(r"\d{3}", o) for o in origins)
    assert any(isinstance(r.get("transit_iso3"), list) for r in recs)
    assert {r["country_iso2"] for r in recs if r.get("country_iso2")} <= {
        "GB",
        "PA",
        "US",
        "FR",
        "IT",
    }
    # an exact repeat is the same line again
    for row in exp.loc[exp["expected_reason"] == "exact_repeat"].itertuples():
        first = int(str(row.duplicate_of).split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]
