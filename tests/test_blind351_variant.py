"""The examiner's held-out set ``blind351`` (files ``*_mo.*``): what the set promises.

Five salon and barbershop inspection desks (Westminster licensing, CODAF du Pas-de-Calais,
Policía Local de Las Palmas, Alcaldía de Panamá) and a Dataminr alert feed. These tests
check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime
import io
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

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
except ImportError:  # tests/ on sys.path instead of the repository root
    from _blind_checks import (  # type: ignore[no-redef]
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )

from trendlib.samples import make_truth
from trendlib.samples._blind351 import SOURCES, make_blind351

VARIANT = "blind351"
SEED = 351
N_EVENTS = 1500
SMALL_SEED = 3511
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
WCC, CODAF, LPGC, MUPA, FEED = NAMES
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


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


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_mo", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_mo", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind351(make_truth(seed=7, n_events=n_events), seed=7)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_every_quarantine_reason_and_tag(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "mojibake:",
        "iso2:",
        "iso3:",
        "alias:",
        "typo:",
        "case:",
        "count_word",
        "zero_word",
        "na_word",
        "thousands",
        "coords_dms",
        "coords_placeholder",
        "decimal_comma",
        "excel_date",
        "excel_serial",
        "partial_date:month",
        "partial_date:quarter",
        "blank_",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
    # mojibake only in the CODAF file, whose batch came from a UTF-8 extract
    garbled = truth.loc[tags.str.contains("mojibake:"), "source_file"]
    assert set(garbled) == {f"{CODAF}_mo.csv"}


# --------------------------------------------------------------------------------------
# Each desk's bytes
# --------------------------------------------------------------------------------------
def test_westminster_csv_bytes(paths: dict[str, Path]) -> None:
    raw = paths[WCC].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Case Ref,Visit Date,Offence Category,")
    assert "Workers Found" in header
    assert "Lat/Long" in header
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    dates = frame["Visit Date"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()  # "7 May 2023"
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    # day-first throughout: no field before the first slash is above 31, the second above 12
    full = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{2,4}")].str.split("/", expand=True)
    assert (full[1].astype(int) <= 12).all()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian"]).any()
    assert frame["Lat/Long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").mean() > 0.8
    assert frame["Workers Found"].isin(["one", "two", "three"]).any()
    assert frame["Case Ref"].str.fullmatch(r"\d\d/\d{5}/LIPREM").mean() > 0.9


def test_codaf_csv_bytes(paths: dict[str, Path]) -> None:
    raw = paths[CODAF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # é, è, ° written as single cp1252 bytes
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.split(";")[:3] == ["N° dossier", "Date du contrôle", "Qualification"]
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    assert frame["Latitude"].str.fullmatch(r"\d+,\d{5}").mean() > 0.8
    assert (frame["Latitude"] == "0").any()  # the form's default left in place
    assert frame["Date du contrôle"].str.fullmatch(r"T[1-4] \d{4}").any()
    assert frame["Date du contrôle"].str.fullmatch(r"[a-zéû]+ \d{4}").any()
    assert frame["Pays d'origine"].str.isupper().any()
    assert frame.apply(lambda c: c.str.contains("Ã", regex=False)).any().any()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()


def test_las_palmas_xlsx(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[LPGC])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Nº Acta", "Fecha actuación", "Tipología")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime.datetime) for d in dates) > 0.5 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    assert any("º trimestre" in d for d in typed)
    sex = {r[6] for r in rows[1:]}
    assert {"H", "M"} <= sex  # hombre / mujer
    boats = {r[13] for r in rows[1:]}
    assert {"patera", "cayuco"} <= boats
    assert any(isinstance(r[14], float) for r in rows[1:])


def test_panama_csv_bytes(paths: dict[str, Path]) -> None:
    raw = paths[MUPA].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:2] == ["No. de Expediente", "Fecha de Inspección"]
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    coords = frame["Coordenadas"]
    assert coords.str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W").mean() > 0.4
    assert frame["Cantidad de Personas"].str.fullmatch(r"\d,\d{3}").any()  # 1,234
    dates = frame["Fecha de Inspección"]
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"I{1,3}V? trimestre \d{4}").any()
    assert frame["Nacionalidad"].str.fullmatch(r"[A-Z]{3}").any()
    assert frame["País de Destino"].eq("EE.UU.").any()
    # the re-sent rows are byte-for-byte repeats of earlier ones
    body = text.splitlines()[1:]
    assert len(body) - len(set(body)) >= 3


def test_dataminr_jsonl(paths: dict[str, Path]) -> None:
    lines = paths[FEED].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["alert_id", "event_time", "topic"]
    alerts = [r for r in records if r["alert_id"] != "TOTAL"]
    assert all(r["country_code"] is None or len(r["country_code"]) == 2 for r in alerts)
    routes = [r["transit_route"] for r in alerts if r["transit_route"] is not None]
    assert routes
    assert all(isinstance(v, list) for v in routes)
    assert any(len(v) > 1 for v in routes)  # the order of the route is kept
    times = [r["event_time"] for r in alerts if isinstance(r["event_time"], str)]
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", t)) for t in times) > 0.5 * len(
        times
    )
    assert records[-1]["alert_id"] == "TOTAL"
