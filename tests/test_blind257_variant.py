"""The examiner set ``blind257`` (files ``*_iy.*``): what its files and its truth promise.

Five Caribbean and Gulf of Guinea desks (a Colombian port captaincy, two container
terminal security offices, a shipping association's port security committee and a
regional maritime security centre's watch bulletin). These tests check the bytes of
each file and the truth beside them; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind257 import SOURCES, make_blind257

VARIANT = "blind257"
SEED = 257
N_EVENTS = 1500
SMALL_SEED = 2571
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
DIMAR, APMT, ABIDJAN, CSA, CRESMAC = NAMES
FIELDS = ("crime_type", "origin_country", "transit_countries", "linked_offences")


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


def _file_truth(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_iy", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_iy", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_each_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind257(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").any(), (n, sub.filename)


def test_destination_blank_only_when_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    blank = tags.str.contains("blank_destination_country")
    assert blank.any()
    assert ok.loc[blank, "destination_country"].isna().all()
    assert ok.loc[~blank, "destination_country"].equals(ev.loc[~blank, "destination_country"])
    # an "unknown" exploitation word only on trafficking rows, and only when tagged
    unknown = ok["exploitation"].eq("unknown")
    assert tags[unknown].str.contains("unknown:exploitation").all()
    assert ok.loc[ok["crime_type"] == "smuggling", "exploitation"].isna().all()


def test_routing(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    assert set(first.loc[first["source"] == DIMAR, "detection_country"].dropna()) == {"PAN"}
    assert set(first.loc[first["source"] == CSA, "detection_country"].dropna()) == {"USA"}
    assert set(first.loc[first["source"] == APMT, "detection_country"].dropna()) == {"ESP"}
    assert set(first.loc[first["source"] == ABIDJAN, "detection_country"].dropna()) == {"ITA"}
    assert set(first.loc[first["source"] == CRESMAC, "detection_country"].dropna()) <= {
        "FRA",
        "GBR",
        "GRC",
        "HRV",
        "POL",
    }
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {CSA, APMT, ABIDJAN, CRESMAC}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {DIMAR, CSA}


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_dimar_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DIMAR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: "é" is one byte
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("Consecutivo;Fecha novedad;Sitio;País del hallazgo;")
    assert "\r\n\r\n" in text or any(set(line) <= {";"} for line in lines[1:-1])
    assert re.search(r";\d\d-(ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC)-20\d\d;", text)
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r';"\d\d°\d\d\'\d\d""N 07\d°\d\d\'\d\d""W";', text)
    assert "Art. 188A C.P." in text or "Art. 188 C.P." in text
    assert re.search(r";(venezolana|VENEZOLANA);", text)
    assert "Tapón del Darién" in text
    assert re.search(r";\d{1,2}\.\d{3};", text) or "aprox." in text
    assert ";Ninguno;" in text or ";Sin capturas;" in text
    tags = tags_of(_file_truth(truth, DIMAR))
    assert tags.str.contains("dms_coords").any()
    assert tags.str.contains("military_date").any()
    assert tags.str.contains("demonym:nationality").any()


def test_apmt_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[APMT])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("Incident No.", "Date of Incident", "Port / Location", "Country")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    lat = [r[4] for r in rows[1:] if isinstance(r[4], float)]
    assert lat
    assert all(27 < v < 46 for v in lat)
    values = {str(v) for r in rows[1:] for v in r if v is not None}
    assert "Nil" in values
    assert "Spain (Canary Islands)" in values
    assert any(v.endswith(" pax") for v in values)
    assert {"Senegalese", "Malian"} & values
    assert rows[-1][0] == "Grand Total"
    tags = tags_of(_file_truth(truth, APMT))
    assert tags.str.contains("ordinal_date").any()
    assert tags.str.contains("excel_date").any()


def test_abidjan_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ABIDJAN].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    recs = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert list(recs[0])[:4] == ["num_fiche", "date_constat", "pays_constat", "coordonnees_gps"]
    dates = [r["date_constat"] for r in recs if r["date_constat"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    counts = [r["nombre_personnes"] for r in recs]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and re.fullmatch(r"0\d", c) for c in counts)
    assert any(isinstance(c, str) and re.fullmatch(r"[a-zé]+ \(0\d\)", c) for c in counts)
    assert "Néant" in {r["nombre_mis_en_cause"] for r in recs}
    assert any(
        re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", r["coordonnees_gps"] or "") for r in recs
    )
    assert recs[-1]["num_fiche"] == "TOTAL FICHES"
    tags = tags_of(_file_truth(truth, ABIDJAN))
    assert tags.str.contains("count_words").any()
    assert tags.str.contains("iso2:").any()


def test_csa_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CSA].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    head = text.splitlines()[0].split("\t")
    assert head[:4] == ["Ref #", "Date", "Country", "Position"]
    assert re.search(r"\t\d\d-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-20\d\d\t", text)
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert re.search(r"\t\d\d\.\d{4}N \d{2,3}\.\d{4}W\t", text)
    assert "Alien smuggling" in text
    assert "\tUSA\t" in text or "\tU.S.\t" in text
    tags = tags_of(_file_truth(truth, CSA))
    assert tags.str.contains("quarter").any()
    quarter = _file_truth(truth, CSA)["date_precision"] == "quarter"
    assert quarter.any()


def test_cresmac_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CRESMAC].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("N° bulletin,Date de l'événement,Pays,Latitude,")
    assert re.search(r',"-?\d+,\d{5}","-?\d+,\d{5}",', text)  # decimal commas, quoted
    assert "Ã" in text  # names pasted from feeds keep their mojibake
    assert re.search(r",T[1-4] 20\d\d,", text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert re.search(rf",(\d{{1,2}}|1er) ({months}) 20\d\d,", text)
    assert " > " in text
    assert "\nTotal général," in text
    tags = tags_of(_file_truth(truth, CRESMAC))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("decimal_comma_coords").any()


def test_bad_rows_written_the_agencies_way(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
