"""Examiner set ``blind316`` (files ``*_lf.*``): what the files and their truth promise.

Five bodies of the scrap-metal trade: the BMRA (UK, XLSX), FEDEREC (France, CSV cp1252
``;``), the FER (Spain, UTF-16 tab-delimited), ReMA's ScrapTheftAlert desk (US, CSV UTF-8,
month-first dates) and the BIR (Brussels, JSON lines compilation). These tests check the
bytes and the truth only; none of them cleans or scores.
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
from trendlib.samples._blind316 import SOURCES, make_blind316

VARIANT = "blind316"
SEED = 316
N_EVENTS = 1500
SMALL_SEED = 3161
SMALL_EVENTS = 400
SUFFIX = "_lf"
NAMES = [s.source for s in SOURCES]
#: Fields every row gives exactly as the event has them (none of them is left out).
EXACT_FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 0.001  # degrees: five decimals, four in the BMRA's sheet, DMS to a tenth


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], name: str, encoding: str) -> str:
    return paths[name].read_bytes().decode(encoding)


def _rows(paths: dict[str, Path], name: str, encoding: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(_text(paths, name, encoding)), delimiter=delimiter))


def _sheet(paths: dict[str, Path]) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(paths["bmra_compliance"], read_only=True)
    rows = [tuple(r) for r in book.active.iter_rows(values_only=True)]
    book.close()
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]


def _jsonl(paths: dict[str, Path]) -> list[dict[str, object]]:
    lines = paths["bir_brussels"].read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _of(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == name]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(got, NAMES, suffix=SUFFIX, n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_read_loses_no_row(got, NAMES, _truth(got))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_expected_values(got, _truth(got), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind316(make_truth(seed=5, n_events=n_events), seed=5)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 3, sub.source
        assert sub.language in ("en", "fr", "es")


def test_each_body_reports_its_countries(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    first = ok["expected_status"] == "record"
    where = dict.fromkeys(["GBR"], "bmra_compliance")
    where |= {"FRA": "federec_surete", "ESP": "fer_chatarra", "USA": "rema_scraptheft"}
    for iso in ("ITA", "GRC", "HRV", "POL", "PAN"):
        where[iso] = "bir_brussels"
    got = ok.loc[first, "source"].to_numpy()
    want = ev.loc[first, "detection_country"].map(where).to_numpy()
    assert (got == want).all()


def test_bad_rows_expect_nothing_and_dates_are_marked(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    fields = ["event_date", "n_persons", "nationality", "gender", "lat"]
    assert bad[fields].isna().all().all()
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = tags_of(truth).loc[kept.index].str.contains("partial_date")
    assert set(kept.loc[partial, "date_precision"]) == {"month", "quarter"}
    assert set(kept.loc[~partial, "date_precision"]) == {"day"}


# --------------------------------------------------------------------------------------
# BMRA (UK): XLSX, English
# --------------------------------------------------------------------------------------
def test_bmra_sheet(paths: dict[str, Path]) -> None:
    rows = _sheet(paths)
    head = rows[0]
    assert head[:3] == ("BMRA ref", "Date of visit / incident", "Offence category")
    assert "Nationality" in head
    assert "Country" in head
    assert "Latitude" in head
    body = [r for r in rows[1:] if isinstance(r[0], str) and r[0].startswith("BMRA-C/")]
    dates = [r[1] for r in body]
    # real Excel dates, typed UK dates, "17 May 2023", and a few General-formatted serials
    assert any(hasattr(d, "year") for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)
    # counts are numbers, a few typed as text
    counts = [r[4] for r in body]
    assert sum(isinstance(c, int) for c in counts) > 0.8 * len(counts)
    words = {str(c) for r in body for c in r[2:14] if isinstance(c, str)}
    assert {"Vietnamese", "Afghan"} & words  # demonyms, not country names
    assert {"England", "UK"} <= {str(r[9]) for r in body}
    assert any(w.startswith("Facilitation") for w in words)
    assert rows[-1][0] == "TOTAL"
    assert isinstance(rows[-1][4], int)


def test_bmra_truth_reads_nations_and_demonyms(paths: dict[str, Path]) -> None:
    truth = _of(_truth(paths), "bmra_compliance")
    rows = _sheet(paths)[1:]
    assert len(rows) == len(truth)
    got = pd.DataFrame({"country": [r[9] for r in rows], "nat": [r[8] for r in rows]})
    got.index = truth.index
    nations = got["country"].isin(["England", "Scotland", "UK", "United Kingdom"])
    assert nations.sum() > 0
    assert (truth.loc[nations, "detection_country"] == "GBR").all()
    viet = got["nat"].eq("Vietnamese")
    assert viet.sum() > 0
    assert (truth.loc[viet, "nationality"] == "VNM").all()
    serial = got.index[[isinstance(r[1], int) for r in rows]]
    day = pd.to_datetime(truth.loc[serial, "event_date"])
    excel = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        [r[1] for r in rows if isinstance(r[1], int)], unit="D"
    )
    assert (day.to_numpy() == excel.to_numpy()).all()


# --------------------------------------------------------------------------------------
# FEDEREC (France): CSV cp1252 ";" CRLF, French
# --------------------------------------------------------------------------------------
def test_federec_bytes(paths: dict[str, Path]) -> None:
    raw = paths["federec_surete"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _rows(paths, "federec_surete", "cp1252", ";")
    head = rows[0]
    assert head[0] == "N° signalement"
    assert "Pays des faits" in head
    assert len(head) == 16
    assert "Coordonnées GPS" in head
    assert "Nationalité" in head
    text = _text(paths, "federec_surete", "cp1252")
    assert "Ã" in text  # rows pasted from a UTF-8 form
    gps = {r[head.index("Coordonnées GPS")] for r in rows[1:] if len(r) == len(head)}
    dms = r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EO]"
    assert any(re.fullmatch(dms, g) for g in gps)
    assert any(re.fullmatch(r"\d\d,\d{5} / -?\d+,\d{5}", g) for g in gps)
    assert re.search(r";\d\d/\d\d/\d{4};", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) \d{4};",
        text,
    )
    assert re.search(r";T[1-4] \d{4};", text)
    assert "aide à l'entrée irrégulière" in text or "aide à l'entrée et au séjour" in text
    assert any(r[0] == "Total général" for r in rows)
    assert [] in rows or any(all(c == "" for c in r) for r in rows[1:])


def test_federec_truth_reads_quarters_and_mojibake(paths: dict[str, Path]) -> None:
    truth = _of(_truth(paths), "federec_surete")
    rows = _rows(paths, "federec_surete", "cp1252", ";")[1:]
    assert len(rows) == len(truth)
    dates = pd.Series([r[1] if r else "" for r in rows], index=truth.index)
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert quarter.sum() > 0
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    q_start = pd.to_datetime(truth.loc[quarter, "event_date"])
    assert q_start.dt.is_quarter_start.all()
    garbled = tags_of(truth).str.contains("mojibake")
    assert garbled.sum() > 0
    assert (
        truth.loc[garbled & truth["expected_status"].ne("quarantine"), "event_date"].notna().all()
    )


# --------------------------------------------------------------------------------------
# FER (Spain): UTF-16 with BOM, tab-delimited, Spanish
# --------------------------------------------------------------------------------------
def test_fer_bytes(paths: dict[str, Path]) -> None:
    raw = paths["fer_chatarra"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    rows = _rows(paths, "fer_chatarra", "utf-16", "\t")
    assert rows[0][:3] == ["Nº expediente", "Fecha del hecho", "Tipología"]
    assert "Latitud" in rows[0]
    assert "Países de tránsito" in rows[0]
    text = _text(paths, "fer_chatarra", "utf-16")
    assert re.search(r"\t\d{4}T[1-4]\t", text)  # INE-style quarter
    assert re.search(r"\t-?\d+,\d{5}\t", text)  # decimal commas
    assert re.search(r"\t[A-ZÑ]+ - ", text) or " - " in text  # transit joined by " - "
    assert "Cayuco" in text
    assert "art. 318 bis" in text
    assert re.search(r"\tV\t", text)
    assert re.search(r"\tM\t", text)
    assert re.search(r"\d{4}/20\d\d\t", text)  # Nº expediente 0042/2023


def test_fer_truth_reads_spanish_sex_letters(paths: dict[str, Path]) -> None:
    truth = _of(_truth(paths), "fer_chatarra")
    rows = _rows(paths, "fer_chatarra", "utf-16", "\t")
    head, body = rows[0], rows[1:]
    assert len(body) == len(truth)
    col = head.index("Sexo")
    sex = pd.Series([r[col] if len(r) > col else "" for r in body], index=truth.index).str.strip()
    assert (truth.loc[sex.eq("M"), "gender"] == "female").all()  # M = mujer
    assert (truth.loc[sex.eq("V"), "gender"] == "male").all()  # V = varón
    assert sex.eq("M").sum() > 0
    assert sex.eq("V").sum() > 0
    persons = pd.Series([r[4] if len(r) > 4 else "" for r in body], index=truth.index)
    dotted = persons.str.fullmatch(r"\d{1,2}\.\d{3}")
    if dotted.any():  # "1.250" is a thousand two hundred and fifty
        want = persons[dotted].str.replace(".", "", regex=False)
        assert (truth.loc[dotted, "n_persons"] == want).all()


# --------------------------------------------------------------------------------------
# ReMA (US): CSV UTF-8 ",", month-first dates, English
# --------------------------------------------------------------------------------------
def test_rema_bytes(paths: dict[str, Path]) -> None:
    raw = paths["rema_scraptheft"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    rows = _rows(paths, "rema_scraptheft", "utf-8", ",")
    head = rows[0]
    assert head[:3] == ["Alert ID", "Incident Date", "Incident Type"]
    assert "GPS (Lat, Long)" in head
    assert "Incident Location" in head
    body = [r for r in rows[1:] if r and r[0].startswith("STA-")]
    dates = [r[1] for r in body]
    month_first = [d for d in dates if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d)]
    assert month_first
    assert all(int(d.split("/")[0]) <= 12 for d in month_first)
    assert any(int(d.split("/")[1]) > 12 for d in month_first)
    places = {r[head.index("Incident Location")] for r in body}
    assert {p for p in places if re.fullmatch(r"[A-Za-z ]+,? (AZ|TX)", p)}
    assert "Alien smuggling" in {r[2] for r in body}


def test_rema_truth_reads_month_first_and_swapped_pairs(paths: dict[str, Path]) -> None:
    truth = _of(_truth(paths), "rema_scraptheft")
    rows = _rows(paths, "rema_scraptheft", "utf-8", ",")
    head, body = rows[0], rows[1:]
    assert len(body) == len(truth)
    cells = pd.Series([r[1] if r else "" for r in body], index=truth.index)
    day = cells.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}") & truth["date_precision"].eq("day")
    read = pd.to_datetime(cells[day], format="%m/%d/%Y")
    assert (read == pd.to_datetime(truth.loc[day, "event_date"])).all()
    gps = head.index("GPS (Lat, Long)")
    swapped = tags_of(truth).str.contains("coords_swapped") & truth["expected_status"].ne(
        "quarantine"
    )
    assert swapped.sum() > 0
    for i in truth.index[swapped]:
        first, second = (float(v) for v in body[truth.index.get_loc(i)][gps].split(","))
        assert abs(first) > 90
        assert float(truth.at[i, "lat"]) == pytest.approx(second)
        assert float(truth.at[i, "lon"]) == pytest.approx(first)


# --------------------------------------------------------------------------------------
# BIR (Brussels): JSON lines, the compilation
# --------------------------------------------------------------------------------------
def test_bir_lines(paths: dict[str, Path]) -> None:
    raw = paths["bir_brussels"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = _jsonl(paths)
    keys = list(lines[0])
    assert keys[:4] == ["case_id", "date", "offence", "exploitation_form"]
    dates = {str(x["date"]) for x in lines if x["date"]}
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    countries = {str(x["country"]) for x in lines if x["country"]}
    assert {"ITA", "GRC", "PAN"} <= countries
    assert any(c.isdigit() for c in countries)  # ISO numeric codes, e.g. 380
    assert any(" > " in str(x["transit"]) for x in lines if x["transit"])
    assert lines[-1]["case_id"] == "TOTAL"
    assert isinstance(lines[-1]["persons"], int)


def test_bir_truth_reads_numeric_codes(paths: dict[str, Path]) -> None:
    truth = _of(_truth(paths), "bir_brussels")
    lines = _jsonl(paths)
    assert len(lines) == len(truth)
    country = pd.Series([str(x["country"]) for x in lines], index=truth.index)
    assert (truth.loc[country.eq("380"), "detection_country"] == "ITA").all()
    assert (truth.loc[country.eq("591"), "detection_country"] == "PAN").all()
    assert country.isin(["380", "591", "300", "191", "616"]).sum() > 0
