"""The examiner's held-out sample set ``blind241`` (files ``*_ii.*``): what the set promises.

Five church and union agencies' partner logs (Manos Unidas, CAFOD, CCFD-Terre Solidaire,
AESCO, CIDSE). These tests check the files and their ground truth; none of them cleans
or scores.
"""

from __future__ import annotations

import datetime as dt
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind241"
SEED = 241
N_EVENTS = 1500
SMALL_SEED = 2411
SMALL_EVENTS = 400
SOURCES = ("manos_unidas", "cafod", "ccfd_terre_solidaire", "aesco", "cidse")
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ii", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SMALL_SEED, SMALL_EVENTS), (SEED, 300)])
def test_every_source_has_rows_at_small_sizes(
    tmp_path_factory: pytest.TempPathFactory, seed: int, n_events: int
) -> None:
    small = write(tmp_path_factory, VARIANT, seed=seed, n_events=n_events)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)
    assert kept["source"].value_counts().min() >= 5
    check_files_and_truth(small, SOURCES, suffix="_ii", n_events=n_events)


def test_each_source_first_reports_its_countries(paths: dict[str, Path]) -> None:
    rows = pd.read_csv(paths["truth_rows"], dtype=str)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = rows.loc[rows["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    home = {"PAN": "manos_unidas", "USA": "cafod", "FRA": "ccfd_terre_solidaire", "ESP": "aesco"}
    want = [home.get(c, "cidse") for c in where]
    assert first["source"].tolist() == want


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_manos_unidas_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["manos_unidas"], read_only=True)
    values = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    header = values[0]
    assert header[:4] == ("Nº registro", "Fecha del hecho", "País donde ocurre", "Tipo de caso")
    body = values[1:]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.6 * len(dates)  # real dates
    text_dates = {d for d in dates if isinstance(d, str)}
    assert any(len(d) == 10 and d[2] == "/" for d in text_dates)  # 17/05/2023 typed
    assert any(d.split()[0].lower() in ("mayo", "junio", "marzo", "enero") for d in text_dates)
    cells = {str(v) for r in body for v in r if v is not None}
    assert {"Trata de personas", "Tráfico ilícito de migrantes", "NNA", "s/d"} <= cells
    assert {"venezolanos", "EEUU"} <= cells
    assert any(isinstance(r[14], float) for r in body)
    assert any(isinstance(r[14], str) and "," in r[14] for r in body)  # "8,41830"
    assert "TOTAL" in {r[0] for r in body}
    assert _rows(truth, "manos_unidas")["detection_country"].dropna().isin(["PAN", "USA"]).all()


def test_cafod_log(paths: dict[str, Path]) -> None:
    raw = paths["cafod"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    lines = _text(paths["cafod"], "utf-8-sig")
    assert lines[0].startswith("Incident ref,Date of incident,Incident type,")
    assert '"GPS (lat, long)"' in lines[0]
    body = "\n".join(lines[1:])
    assert " > " in body  # route order
    assert "°" in body
    assert '""N ' in body
    for word in ("Venezuelan", "n/k", "none", "Trafficking & smuggling", "On foot"):
        assert word in body, word
    frame = pd.read_csv(paths["cafod"], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date of incident"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.4
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").mean() > 0.2
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # "May 2023"
    days = dates.str.extract(r"^(\d\d)/(\d\d)/").dropna().astype(int)
    assert (days[1] <= 12).all()
    assert (days[0] > 12).any()


def test_ccfd_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ccfd_terre_solidaire"].read_bytes()
    raw.decode("cp1252")
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "é" of the headers as cp1252 bytes
    lines = _text(paths["ccfd_terre_solidaire"], "cp1252")
    assert lines[0].split(";")[:3] == ["N° fiche", "Date des faits", "Pays des faits"]
    body = "\n".join(lines[1:])
    for word in ("Angleterre", "small boat", "aucun", "sans objet", "TOTAL GÉNÉRAL"):
        assert word in body, word
    assert any(re.search(r";T[1-4] 20\d\d;", line) for line in lines)  # "T2 2023"
    assert ";NC;" in body or ";inconnu;" in body
    frame = pd.read_csv(
        paths["ccfd_terre_solidaire"], sep=";", dtype=str, encoding="cp1252", keep_default_na=False
    )
    lat = frame["Lat."].loc[frame["Lat."] != ""]
    assert lat.str.fullmatch(r"\d+,\d{5}").all()  # decimal comma
    tags = tags_of(_rows(truth, "ccfd_terre_solidaire"))
    assert tags.str.contains("mojibake").any()
    assert "Ã" in body


def test_aesco_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["aesco"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with its BOM, as Excel's "Texto Unicode"
    lines = _text(paths["aesco"], "utf-16")
    assert lines[0].split("\t")[:3] == ["Expediente", "Fecha", "Tipología"]
    body = "\n".join(lines[1:])
    for word in ("Favorecimiento de la inmigración irregular", "TSH", "Varones", "Patera"):
        assert word in body, word
    frame = pd.read_csv(
        paths["aesco"], sep="\t", dtype=str, encoding="utf-16", keep_default_na=False
    )
    dates = frame["Fecha"].loc[frame["Fecha"].str.match(r"\d")]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d(\d\d)?").all()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    fence = frame["Vía de entrada"].str.strip().str.lower() == "salto de valla"
    lat = frame.loc[fence, "Lat"].loc[lambda s: s != ""].str.replace(",", ".").astype(float)
    assert (lat > 35).all()  # only at Ceuta and Melilla


def test_cidse_kobo_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["cidse"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert {"incident/ref", "incident/date", "people/total", "route/transit"} <= set(records[0])
    dates = [r["incident/date"] for r in records]
    assert any(isinstance(d, int) and 44000 < d < 45300 for d in dates)  # Excel day numbers
    texts = [d for d in dates if isinstance(d, str)]
    assert any(len(d) == 7 and d[4] == "-" and "Q" in d for d in texts)  # 2023-Q2
    assert any(len(d) == 7 and d[4] == "-" and d[5:].isdigit() for d in texts)  # 2023-05
    geo = [r["incident/location"] for r in records if isinstance(r["incident/location"], str)]
    assert sum(len(g.split(" ")) == 4 for g in geo) > 0.7 * len(geo)  # lat lon alt accuracy
    transit = [r["route/transit"] for r in records if r["route/transit"]]
    assert any(" " in t and "," not in t and t.replace(" ", "").isupper() for t in transit)
    countries = {r["incident/country"] for r in records if r["incident/country"]}
    assert {"IT", "GR"} <= countries
    assert "380" in countries  # imported sheets: UN M49 numbers
    slugs = {r["people/age"] for r in records}
    assert {"adults_only", "adults_and_minors"} <= slugs
    total = [r for r in records if r["incident/ref"] == "TOTAL"]
    assert len(total) == 1
    repeats = _rows(truth, "cidse")["expected_reason"].eq("exact_repeat").sum()
    assert repeats >= 3


def test_bad_rows_are_the_agencies_own_slips(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) >= {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
        "empty_row",
        "no_content",
    }
    # the empty rows come from the three CSV files only
    empty = bad.loc[bad["expected_reason"] == "empty_row", "source_file"]
    assert set(empty) == {"cafod_ii.csv", "ccfd_terre_solidaire_ii.csv", "aesco_ii.csv"}


def test_truth_reads_placeholders_as_an_analyst_would(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    words = truth.loc[kept & tags.str.contains("count_word")]
    assert len(words) > 0
    assert words["n_persons"].notna().all()
    thousands = truth.loc[kept & tags.str.contains("thousands:n_persons")]
    assert len(thousands) > 0
    assert (thousands["n_persons"].astype(int) >= 1000).all()
    na = truth.loc[kept & tags.str.contains("na_word:age_group")]
    assert len(na) > 0
    assert (na["age_group"] == "unknown").all()
    serial = truth.loc[kept & tags.str.contains("excel_serial")]
    assert len(serial) > 0
    assert (serial["date_precision"] == "day").all()
    demonyms = truth.loc[kept & tags.str.contains("demonym:nationality")]
    assert len(demonyms) > 0
    assert demonyms["nationality"].notna().all()
