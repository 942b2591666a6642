"""The examiner's held-out set ``blind265`` (files ``*_jg.*``): five construction-sector desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples import make_messy, make_truth

VARIANT = "blind265"
SEED = 265
N_EVENTS = 1500
SMALL_SEED = 2651
SMALL_EVENTS = 400
SOURCES = ("flc_es", "oppbtp", "hse_construction", "capac_pa", "cica_intl")
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# ----------------------------------------------------------------------------------------
# The set and its truth
# ----------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jg", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_jg", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_has_event_rows(n_events: int) -> None:
    subs = make_messy(make_truth(seed=n_events, n_events=n_events), seed=3, variant=VARIANT)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    primary = {"ESP": "flc_es", "FRA": "oppbtp", "GBR": "hse_construction", "PAN": "capac_pa"}
    want = [primary.get(c, "cica_intl") for c in country]
    assert first["source"].tolist() == want
    # the compilation holds only the countries no desk covers
    assert set(country[first["source"].to_numpy() == "cica_intl"]) <= {
        "ITA",
        "GRC",
        "HRV",
        "POL",
        "USA",
    }
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert cross["source"].nunique() >= 3


def test_bad_rows_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    # an empty row in each CSV, a note in all but the compilation, a total everywhere
    assert (garbage["expected_reason"] == "empty_row").sum() == 3
    assert (garbage["expected_reason"] == "no_content").sum() == 4
    assert (garbage["expected_reason"] == "no_date").sum() == 5
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"oppbtp", "capac_pa"}


# ----------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# ----------------------------------------------------------------------------------------
def test_flc_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["flc_es"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = rows[0]
    assert head[:3] == ("Nº expediente", "Fecha de la visita", "Tipo de caso")
    assert "Latitud obra" in head
    assert "Otros delitos asociados" in head
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)  # real date cells
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44197 <= d <= 45300 for d in serials)  # 2021-2023 as bare numbers
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ 20\d\d", d) for d in dates)  # mayo
    lat = [r[head.index("Latitud obra")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{5}", v) for v in lat)
    words = {r[head.index("Tipo de caso")] for r in rows[1:]}
    assert "Tráfico ilícito de migrantes" in words
    assert "España" in {r[head.index("País de detección")] for r in rows[1:]}
    assert _rows(truth, "flc_es")["source_ref"].dropna().str.match(r"FLC/20\d\d/\d{4}$").any()


def test_oppbtp_bytes(paths: dict[str, Path]) -> None:
    raw = paths["oppbtp"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: é is one byte
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0]
    assert head.startswith("N° signalement;Date du constat;Nature du signalement;")
    assert "Nb de mis en cause" in head
    assert "Tranche d'âge" in head
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(
        r";(1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août"
        r"|septembre|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert re.search(rf";(({months}) 20\d\d|T[1-4] 20\d\d);", text)  # month or quarter only
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # Channel coast, decimal commas
    assert "Ã" in text  # UTF-8 names misread as cp1252
    assert ";aucun;" in text or ";néant;" in text
    assert "Aide à l'entrée et au séjour irréguliers" in text


def test_hse_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["hse_construction"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Notice ref,Date of visit,Concern type,")
    assert '"Site location (lat, long)"' in text.splitlines()[0]
    assert re.search(rf",\d{{1,2}} ({_MONTHS_EN}) 20\d\d,", text)
    assert re.search(r',"5[0-5]\.\d{5}, -?\d\.\d{5}"', text)
    assert re.search(r",(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve),", text)
    assert ",UK," in text
    assert " > " in text  # transit route
    tags = tags_of(_rows(truth, "hse_construction"))
    assert tags.str.contains("count_word:n_persons").any()


def test_capac_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["capac_pa"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 little-endian
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:3] == ["NO. REPORTE", "FECHA", "DELITO"]
    assert all(h == h.upper() for h in head)
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t\d\.\d{4} N\t7\d\.\d{4} O\t", text)
    assert "\tVENEZOLANA\t" in text
    assert "\tNINGUNO\t" in text
    body = text.splitlines()[1:]
    assert not any(re.search(r"[a-z]", line.split("\t", 2)[2]) for line in body if line)
    rows = _rows(truth, "capac_pa")
    assert rows["source_ref"].dropna().str.match(r"SSO-\d{4}-\d\d$").any()


def test_cica_lines(paths: dict[str, Path]) -> None:
    lines = paths["cica_intl"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_ref", "detection_date", "offence_category"]
    dates = [r["detection_date"] for r in recs if r["detection_date"]]
    assert all(re.fullmatch(r"20\d\d-\d\d(-\d\d)?|Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    codes = {r["detection_country_code"] for r in recs if r["detection_country_code"]}
    assert {"ITA", "IT", "380"} <= codes
    assert any(isinstance(r["transit_route"], list) for r in recs)
    assert any(isinstance(r["linked_crimes"], list) for r in recs)
    assert recs[-1]["case_ref"].startswith("TOTAL")


def test_dates_read_day_first(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    """A dd/mm/yyyy day of 13 or more proves the order: day first in every desk writing it."""
    for source, enc, sep in (("oppbtp", "cp1252", ";"), ("hse_construction", "utf-8-sig", ",")):
        text = _text(paths[source], enc)
        days = re.findall(rf"{sep}(\d\d)/(\d\d)/20\d\d{sep}", text)
        assert any(int(d) > 12 for d, _ in days), source
        assert all(int(m) <= 12 for _, m in days), source
