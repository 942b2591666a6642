"""Examiner set ``blind232``: five postal and parcel security desks (files ``*_hz.*``).

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

try:
    from tests._blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )
except ImportError:  # tests/ is not a package: pytest puts it on sys.path
    from _blind_checks import (  # type: ignore[no-redef]
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )

VARIANT = "blind232"
SEED = 232
N_EVENTS = 1500
SMALL_SEED = 2321
SMALL_EVENTS = 400
SOURCES = (
    "laposte_surete",
    "royal_mail_security",
    "correos_seguridad",
    "uspis_cii",
    "upu_psg",
)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: five decimals, or DMS to a tenth of a second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


def _csv(path: Path, sep: str, encoding: str) -> pd.DataFrame:
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = frame.index + 2  # header = row 1
    return frame


def _xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = [tuple(r) for r in book.active.iter_rows(values_only=True)]
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]  # trailing blanks are not stored


def _s10_ok(item: str) -> bool:
    digits = [int(d) for d in item[2:10]]
    total = sum(d * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return int(item[10]) == check


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(got, SOURCES, suffix="_hz", n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_read_loses_no_row(got, SOURCES, _truth(got))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_expected_values(got, _truth(got), FIELDS, tolerance=TOLERANCE)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_placeholder_counts(which: str, request: pytest.FixtureRequest) -> None:
    check_placeholder_counts(_truth(request.getfixturevalue(which)))


def test_every_desk_reports_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import make_truth
    from trendlib.samples._blind232 import make_blind232

    for n in (300, 400, 1500):
        subs = make_blind232(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_every_bad_kind_and_garbage_row(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    reasons = Counter(truth["expected_reason"].dropna())
    for reason in ("no_date", "bad_date", "future_date", "negative_count", "bad_count"):
        assert reasons[reason] >= 1, reason
    # an empty row in each CSV, a note in each desk that writes one, a total in every file
    assert reasons["empty_row"] == 3
    assert reasons["no_content"] == 4
    totals = truth.loc[
        truth["messiness"].eq("garbage_row") & truth["expected_reason"].eq("no_date")
    ]
    assert len(totals) == 5
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"laposte_surete_hz.csv", "upu_psg_hz.jsonl"}


def test_compilation_reports_what_no_desk_does(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_file = pd.Series(country, index=first["source_file"].to_numpy())
    assert set(by_file.loc["laposte_surete_hz.csv"]) == {"FRA"}
    assert set(by_file.loc["royal_mail_security_hz.xlsx"]) == {"GBR"}
    assert set(by_file.loc["correos_seguridad_hz.csv"]) == {"ESP"}
    assert set(by_file.loc["uspis_cii_hz.csv"]) == {"USA"}
    assert set(by_file.loc["upu_psg_hz.jsonl"]) == {"ITA", "GRC", "HRV", "POL", "PAN"}


# --------------------------------------------------------------------------------------
# La Poste, Direction de la Sûreté: French, cp1252, ";", CRLF
# --------------------------------------------------------------------------------------
def test_laposte_bytes(paths: dict[str, Path]) -> None:
    raw = paths["laposte_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° signalement;N° envoi;Date des faits;Qualification;")
    assert "Coordonnées GPS" in header
    assert "Majeur / Mineur" in header
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarters
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";\d\d,\d{5} / -?\d,\d{5};", text)  # decimal commas
    # degrees, minutes, seconds; the CSV doubles the seconds' quote
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"E", text)
    assert ";aucun;" in text or ";néant;" in text
    assert "aide à l'entrée" in text
    assert "small boat" in text


def test_laposte_dates_are_day_first(paths: dict[str, Path]) -> None:
    frame = _csv(paths["laposte_surete"], ";", "cp1252")
    rows = _rows_of(_truth(paths), "laposte_surete_hz.csv")
    day = rows.loc[rows["date_precision"].eq("day")]
    cells = frame.loc[day.index, "Date des faits"]
    long = cells.str.len() == 10
    parsed = pd.concat(
        [
            pd.to_datetime(cells[long], format="%d/%m/%Y"),
            pd.to_datetime(cells[~long], format="%d/%m/%y"),
        ]
    ).sort_index()
    assert (parsed.dt.strftime("%Y-%m-%d") == day["event_date"]).all()
    assert (~long).sum() > 0  # a few two-digit years


def test_laposte_item_numbers_are_s10(paths: dict[str, Path]) -> None:
    frame = _csv(paths["laposte_surete"], ";", "cp1252")
    items = frame["N° envoi"].loc[frame["N° envoi"].ne("")]
    assert len(items) > 0.5 * len(frame)
    assert items.str.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}").all()
    assert items.map(_s10_ok).all()


# --------------------------------------------------------------------------------------
# Royal Mail Group Security: English, XLSX
# --------------------------------------------------------------------------------------
def test_royal_mail_cells(paths: dict[str, Path]) -> None:
    rows = _xlsx_rows(paths["royal_mail_security"])
    header = rows[0]
    assert header[:3] == ("Case Ref", "Item Barcode", "Date of Incident")
    assert "Adult/Child" in header
    assert "Route (Transit)" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date of Incident"]] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # pasted serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in texts)
    suspects = [r[col["Suspects Identified"]] for r in rows[1:]]
    assert "Nil" in suspects
    nats = {r[col["Nationality"]] for r in rows[1:]}
    assert {"Vietnamese", "Albanian"} & nats
    lats = [r[col["Latitude"]] for r in rows[1:] if r[col["Latitude"]] is not None]
    assert all(isinstance(v, float) for v in lats)
    crimes = {r[col["Offence Category"]] for r in rows[1:]}
    assert "Organised immigration crime" in crimes


def test_royal_mail_serials_and_text_dates_are_true(paths: dict[str, Path]) -> None:
    rows = _xlsx_rows(paths["royal_mail_security"])
    col = {h: i for i, h in enumerate(rows[0])}
    truth = _rows_of(_truth(paths), "royal_mail_security_hz.xlsx")
    checked = 0
    for number, row in enumerate(rows[1:], start=2):
        exp = truth.loc[number]
        if exp["date_precision"] != "day":
            continue
        cell = row[col["Date of Incident"]]
        if isinstance(cell, datetime):
            day = pd.Timestamp(cell)
        elif isinstance(cell, int):
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
        elif re.fullmatch(r"\d\d/\d\d/20\d\d", str(cell)):
            day = pd.to_datetime(cell, format="%d/%m/%Y")
        else:
            day = pd.to_datetime(cell, format="%d %B %Y")
        assert day.strftime("%Y-%m-%d") == exp["event_date"], number
        checked += 1
    assert checked > 0.8 * (len(rows) - 1)


# --------------------------------------------------------------------------------------
# Correos, Seguridad Corporativa: Spanish, UTF-8 with BOM, ","
# --------------------------------------------------------------------------------------
def test_correos_bytes(paths: dict[str, Path]) -> None:
    raw = paths["correos_seguridad"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.split("\n", 1)[0]
    assert header.startswith("Nº Expediente,Fecha del hecho,Tipología,")
    assert re.search(r',"-?\d+,\d{5}","-?\d+,\d{5}",', text)  # decimal commas, quoted
    assert "Ã" in text  # rows carried over from the old system
    assert re.search(r",[1-4]º trimestre 20\d\d,", text)  # quarters
    assert "no consta" in text or "s/d" in text or "sin datos" in text
    assert ",ninguno," in text
    frame = _csv(paths["correos_seguridad"], ",", "utf-8-sig")
    assert frame["Nacionalidad"].str.contains("marroquí|senegalés|maliense").any()


def test_correos_mojibake_only_in_tagged_rows(paths: dict[str, Path]) -> None:
    frame = _csv(paths["correos_seguridad"], ",", "utf-8-sig")
    truth = _truth(paths)
    rows = _rows_of(truth, "correos_seguridad_hz.csv")
    tags = tags_of(truth).loc[truth["source_file"] == "correos_seguridad_hz.csv"]
    tags.index = rows.index
    garbled = frame.apply(lambda col: col.str.contains("Ã", regex=False)).any(axis=1)
    assert garbled.sum() > 0
    assert (garbled == tags.str.contains("mojibake")).all()
    for name, sub in truth.groupby("source_file"):
        if name != "correos_seguridad_hz.csv":
            assert not tags_of(truth).loc[sub.index].str.contains("mojibake").any()


# --------------------------------------------------------------------------------------
# USPIS Contraband Interdiction and Investigations: UTF-16, tab, capitals, month first
# --------------------------------------------------------------------------------------
def test_uspis_bytes(paths: dict[str, Path]) -> None:
    raw = paths["uspis_cii"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its BOM
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == ["CASE NUMBER", "INCIDENT DATE", "VIOLATION"]
    frame = _csv(paths["uspis_cii"], "\t", "utf-16")
    body = frame.drop(columns=["INCIDENT DATE"])
    assert (body.apply(lambda c: c.str.upper()) == body).all().all()  # all capitals
    assert frame["VIOLATION"].str.contains("ALIEN SMUGGLING").any()
    assert frame["AGE CATEGORY"].isin(["JUVENILE", "UAC"]).any()
    assert frame["LAT/LONG"].str.fullmatch(r"\d+\.\d{4}N \d+\.\d{4}W").any()
    assert frame["LAT/LONG"].str.fullmatch(r"\d+\.\d{5}, -\d+\.\d{5}").any()


def test_uspis_dates_are_month_first(paths: dict[str, Path]) -> None:
    frame = _csv(paths["uspis_cii"], "\t", "utf-16")
    rows = _rows_of(_truth(paths), "uspis_cii_hz.csv")
    day = rows.loc[rows["date_precision"].eq("day")]
    cells = frame.loc[day.index, "INCIDENT DATE"]
    iso = cells.str.contains("-")
    us = cells[~iso]
    assert us.str.fullmatch(r"\d\d/\d\d/20\d\d").all()
    assert (us.str[:2].astype(int) <= 12).all()
    assert (us.str[3:5].astype(int) > 12).any()  # the day second, and it shows
    parsed = pd.concat(
        [pd.to_datetime(us, format="%m/%d/%Y"), pd.to_datetime(cells[iso], format="%Y-%m-%d")]
    ).sort_index()
    assert (parsed.dt.strftime("%Y-%m-%d") == day["event_date"]).all()


# --------------------------------------------------------------------------------------
# UPU Postal Security Group: JSON lines, ISO codes, arrays
# --------------------------------------------------------------------------------------
def test_upu_lines(paths: dict[str, Path]) -> None:
    lines = paths["upu_psg"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    keys = set(records[0])
    assert {"incident_id", "incident_date", "incident_country_iso", "transit_iso"} <= keys
    events = [r for r in records if r.get("incident_country_iso")]
    # the compilation's own countries, and the events it repeats after a national desk
    codes = {r["incident_country_iso"] for r in events}
    assert {"IT", "GR", "HR", "PL", "PA"} <= codes
    assert all(re.fullmatch(r"[A-Z]{2,3}", c) for c in codes)
    assert all(isinstance(r["transit_iso"], list) for r in events)
    assert all(isinstance(r["related_offences"], list) for r in events)
    dates = [str(r["incident_date"]) for r in events if r["incident_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    nats = {str(r["nationality_iso"]) for r in events if r["nationality_iso"]}
    assert any(re.fullmatch(r"[A-Z]{2}", n) for n in nats)
    assert any(re.fullmatch(r"[A-Z]{3}", n) for n in nats)
    assert any(re.fullmatch(r"\d{3}", n) for n in nats)  # ISO numeric
    assert "Hrvatska pošta" in {r.get("reporting_operator") for r in records}


def test_upu_partial_dates_expect_period_start(paths: dict[str, Path]) -> None:
    lines = paths["upu_psg"].read_text(encoding="utf-8").splitlines()
    rows = _rows_of(_truth(paths), "upu_psg_hz.jsonl")
    for number, line in enumerate(lines, start=1):
        cell = json.loads(line)["incident_date"]
        exp = rows.loc[number]
        if exp["expected_status"] == "quarantine" or cell is None:
            continue
        if re.fullmatch(r"20\d\d-Q[1-4]", cell):
            start = pd.Period(cell.replace("-", ""), freq="Q").start_time
            assert exp["date_precision"] == "quarter"
            assert start.strftime("%Y-%m-%d") == exp["event_date"]
        elif re.fullmatch(r"20\d\d-\d\d", cell):
            assert exp["date_precision"] == "month"
            assert exp["event_date"] == cell + "-01"
        else:
            assert exp["date_precision"] == "day"
            assert exp["event_date"] == cell[:10]


# --------------------------------------------------------------------------------------
# Habits planted, by tag
# --------------------------------------------------------------------------------------
def test_habits_are_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_file = {
        f: tags[truth["source_file"] == f].str.cat(sep=";") for f in set(truth["source_file"])
    }
    assert "dms" in by_file["laposte_surete_hz.csv"]
    assert "quarter_only" in by_file["laposte_surete_hz.csv"]
    assert "demonym" in by_file["royal_mail_security_hz.xlsx"]
    assert "excel_serial" in by_file["royal_mail_security_hz.xlsx"]
    assert "mojibake" in by_file["correos_seguridad_hz.csv"]
    assert "thousands" in by_file["correos_seguridad_hz.csv"]
    assert "date_us" in by_file["uspis_cii_hz.csv"]
    assert "hemisphere" in by_file["uspis_cii_hz.csv"]
    assert "iso_numeric" in by_file["upu_psg_hz.jsonl"]
    assert "datetime_iso" in by_file["upu_psg_hz.jsonl"]
    for needle in ("na_word", "blank_gender", "coords_missing", "typo", "alias"):
        assert needle in tags.str.cat(sep=";"), needle
