"""The examiner's ``blind134`` sample set (files ``*_ef.*``): what it promises.

Five West African missions and desks: the Guinean embassy in Rome (French, cp1252, ``;``),
the Malian embassy in Madrid (Spanish XLSX), the Sierra Leone High Commission in London
(English, UTF-16, tab), the Burkinabè embassy in Paris (French, UTF-8, ``,``) and the
ECOWAS Commission's incident digest (English JSON lines). These tests check the files and
their truth; none of them cleans or scores.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind134"
SEED = 134
N_EVENTS = 1500
SMALL_SEED = 1341
SMALL_EVENTS = 400
SOURCES = ("ambaguinee_rome", "embamali_madrid", "slhc_london", "ambabf_paris", "ecowas_fmm")
#: Fields every row that is not quarantined gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees and decimal minutes to the tenth of a minute are within 0.001 degree.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source"] == source].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ef", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ef", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_reports_of_events(paths: dict[str, Path]) -> None:
    ok, ev = check_reports_of_events(paths, _truth(paths), FIELDS)
    assert len(ok) == len(ev) > N_EVENTS * 0.95


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_records_and_bad_rows(small: dict[str, Path]) -> None:
    truth = _truth(small)
    for source in SOURCES:
        rows = truth.loc[truth["source"] == source]
        assert (rows["expected_status"] == "record").sum() > 5, source
        assert (rows["expected_status"] == "quarantine").any(), source


def test_who_reports_what(paths: dict[str, Path]) -> None:
    """Each mission first reports its host country; ECOWAS the rest."""
    truth = _truth(paths)
    first = truth.loc[truth["expected_status"] == "record"]
    host = {
        "ambaguinee_rome": {"ITA"},
        "embamali_madrid": {"ESP"},
        "slhc_london": {"GBR"},
        "ambabf_paris": {"FRA"},
        "ecowas_fmm": {"GRC", "HRV", "POL", "PAN", "USA"},
    }
    for source, countries in host.items():
        seen = set(first.loc[first["source"] == source, "detection_country"].dropna())
        assert seen == countries, source
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"ecowas_fmm", "slhc_london", "ambabf_paris"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {"embamali_madrid", "ambabf_paris"}


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_guinea_rome_is_cp1252_semicolon_with_mojibake(paths: dict[str, Path]) -> None:
    raw = paths["ambaguinee_rome"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° dossier;Date des faits;Qualification;")
    assert "Pays d'interception" in header
    assert "\r\n" in text
    assert "GuinÃ©e" in text or "CÃ´te" in text  # UTF-8 mails pasted into a cp1252 file
    assert re.search(r";\d{2}/\d{2}/\d{4};", text)  # day-first dates
    assert re.search(r";T[1-4] 20\d\d;", text)  # a quarter only
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,2},\d{5};", text)  # decimal commas
    assert re.search(r";(TDP|TIM|TDP \+ TIM);", text)
    assert " / " in text
    assert "néant" in text
    assert " pers.;" in text
    assert ";direct;" in text or ";voie directe;" in text


def test_mali_madrid_is_spanish_xlsx(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["embamali_madrid"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de llegada/detección", "Tipología delictiva")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, serials left as numbers, text
    cells = [str(c) for r in rows[1:] for c in r if c is not None]
    assert any(re.fullmatch(r"\d{2}º \d{2},\d' [NS] / \d{3}º \d{2},\d' [EW]", c) for c in cells)
    words = set(cells)
    assert {"cayuco", "MENA", "Directo"} <= words
    assert any(c in words for c in ("Guinée", "Sénégal", "Côte d'Ivoire"))  # the mission's French
    assert words & {"MLI", "SEN", "GIN", "MAR"}  # police ISO alpha-3 codes


def test_sierra_leone_london_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["slhc_london"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with BOM (Excel "Unicode Text")
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].split("\t")
    assert header[:3] == ["Case Ref", "Date of incident", "Offence type"]
    assert not any("Lat" in h or "Coord" in h for h in header)  # no coordinates
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d\t",
        text,
    )
    assert re.search(r"\t(one|two|three|four|five|six|seven|eight|nine)\t", text)  # words
    for word in ("\tnil\t", "Modern slavery", "Small boat"):
        assert word in text, word


def test_burkina_paris_is_google_sheet_csv(paths: dict[str, Path]) -> None:
    raw = paths["ambabf_paris"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.split("\n", 1)[0].startswith("Référence,Date,Type d'infraction,")
    assert re.search(r',"\d{2}\.\d{5}, -?\d{1,2}\.\d{5}",', text)  # pasted map position
    assert re.search(r",20\d\d-\d\d-\d\d,", text)
    assert re.search(r",\d\d/\d\d/20\d\d,", text)
    assert re.search(r",(T[1-4]|[a-zéû]{3,9}) 20\d\d,", text)  # a quarter or a month only
    assert re.search(r",(FR|GB|IQ|AF|IR),", text)  # ISO alpha-2 codes now and then
    assert re.search(r",(Allemagne|ALLEMAGNE|allemagne|DE); (France|FRANCE|france|FR),", text)


def test_ecowas_digest_is_jsonl_with_arrays(paths: dict[str, Path]) -> None:
    lines = paths["ecowas_fmm"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"incident_ref", "incident_date", "transit_route", "lat", "lng"}
    routes = [r["transit_route"] for r in records if r.get("transit_route")]
    assert routes
    assert all(isinstance(r, list) for r in routes)
    nats = {r["nationality"] for r in records if isinstance(r.get("nationality"), str)}
    assert {"SYR", "AFG", "VEN"} <= nats
    assert any(re.fullmatch(r"\d{3}", n) for n in nats)  # UN M49 numeric codes
    dates = {r["incident_date"] for r in records if isinstance(r.get("incident_date"), str)}
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d/\d\d/\d\d", d) for d in dates)


# --------------------------------------------------------------------------------------
# What the truth says of the agencies' habits
# --------------------------------------------------------------------------------------
def test_partial_dates_are_month_or_quarter_starts(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    part = truth.loc[tags_of(truth).str.contains("partial_date")]
    part = part.loc[part["expected_status"] != "quarantine"]
    assert set(part["date_precision"]) == {"month", "quarter"}
    days = pd.to_datetime(part["event_date"]).dt.day
    assert (days == 1).all()
    assert set(part["source"]) == set(SOURCES)


def test_sierra_leone_rows_have_no_place(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "slhc_london")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept[["lat", "lon"]].isna().all().all()


def test_not_applicable_and_direct_words_expect_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    na = truth.loc[tags.str.contains("na_word:exploitation") & kept]
    assert len(na) > 0
    assert na["exploitation"].isna().all()
    assert (na["crime_type"] == "smuggling").all()
    direct = truth.loc[tags.str.contains("direct_word") & kept]
    assert len(direct) > 0
    assert direct["transit_countries"].isna().all()


def test_bad_rows_of_every_kind(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    kinds = {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    assert set(bad["expected_reason"]) == kinds
    assert bad["event_id"].notna().all()
