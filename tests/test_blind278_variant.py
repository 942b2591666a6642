"""The examiner set ``blind278`` (files ``*_jt.*``): five food-safety inspectorates.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind278 import BLIND278_SOURCES, make_blind278

VARIANT = "blind278"
SEED = 278
N_EVENTS = 1500
SMALL_SEED = 2781
SMALL_EVENTS = 400
SOURCES = ("ddpp_littoral", "aesan_control_oficial", "fsa_nfcu", "mida_dinasa", "opson_desk")
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "linked_offences")
TOLERANCE = 1e-3  # degrees: DMS seconds to a tenth, four or five decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_truth(small_paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_agencies() -> None:
    assert tuple(s.source for s in BLIND278_SOURCES) == SOURCES
    assert all(Path(s.filename).stem.endswith("_jt") for s in BLIND278_SOURCES)
    assert {s.language for s in BLIND278_SOURCES} == {"en", "fr", "es"}


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jt", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_jt", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind278(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small_paths: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_read_loses_no_row(small_paths, SOURCES, small_truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path], small_truth: pd.DataFrame) -> None:
    check_expected_values(small_paths, small_truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_fields_left_out_expect_nothing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country", "transit_countries"):
        same = ok[col].eq(ev[col]).fillna(False) | (ok[col].isna() & ev[col].isna())
        unknown = tags.str.contains(f"unknown:{col}")
        no_column = ok["source"].eq("fsa_nfcu") & (col == "destination_country")
        assert (same | ((unknown | no_column) & ok[col].isna())).all(), col
        assert ok.loc[no_column, col].isna().all()
    # exploitation: the event's form, "unknown" where the cell says nothing, NA for smuggling
    smuggling = ok["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()
    expl = ok.loc[~smuggling, "exploitation"]
    lost = tags.loc[~smuggling].str.contains("unknown:exploitation")
    assert (expl[lost] == "unknown").all()
    assert expl[~lost].equals(ev.loc[~smuggling, "exploitation"][~lost])


def test_duplicates_and_bad_rows_by_source(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat")]
    assert set(repeats["source"]) == {"aesan_control_oficial"}
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    assert {"ddpp_littoral", "fsa_nfcu", "opson_desk"} <= set(cross["source"])
    reasons = truth.groupby("source")["expected_reason"].agg(lambda s: set(s.dropna()))
    for src in ("ddpp_littoral", "fsa_nfcu", "mida_dinasa"):  # CSV: empty row and a note
        assert {"empty_row", "no_content", "no_date"} <= reasons[src], src
    assert "no_content" not in reasons["opson_desk"]  # the desk writes no note row


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ddpp_writes_cp1252_semicolons_and_french(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    data = paths["ddpp_littoral"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].split(";")[:3] == ["N° fiche", "Date du contrôle", "Type d'établissement"]
    assert "\r\n;;;" in text  # the empty row
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)  # the time of the check
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";5\d,\d{5};[12],\d{5};", text)  # decimal commas
    for word in ("néant", "Angleterre", "afghane", "small boat", "RESYTAL", "Royaume-Uni"):
        assert word in text, word
    assert lines[-2].startswith("TOTAL;")
    tags = tags_of(_rows(truth, "ddpp_littoral"))
    assert tags.str.contains("demonym:nationality").any()
    assert tags.str.contains("alias:destination_country").any()


def test_aesan_writes_excel_dates_and_garbled_template(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = openpyxl.load_workbook(paths["aesan_control_oficial"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de inspección", "Comunidad autónoma")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.5 * len(dates)
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and " de 20" in d for d in dates)
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    counts = [r[6] for r in rows[1:-1] if r[4] is not None]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    cells = [str(c) for r in rows[1:] for c in r if isinstance(c, str)]
    assert any("Ã" in c for c in cells)  # the old template's mojibake
    for word in ("MENA", "Directo", "Cayuco", "MARRUECOS", "marroquí", "TOTAL GENERAL"):
        assert any(word in c for c in cells), word
    mojibake_rows = _rows(truth, "aesan_control_oficial")
    assert tags_of(mojibake_rows).str.contains("mojibake").sum() >= 5


def test_fsa_writes_utf16_tabs_and_uk_wording(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["fsa_nfcu"].read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16 LE with its byte-order mark
    text = data.decode("utf-16")
    header = text.split("\n")[0].split("\t")
    assert header[:3] == ["NFCU Reference", "Date of Encounter", "Premises Type"]
    assert "Location (lat, long)" in header
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d\t",
        text,
    )
    assert re.search(r"\t\d\d-[A-Z][a-z]{2}-\d\d\t", text)
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert re.search(r"\t5\d\.\d{4,5}, -?\d\.\d{4,5}\t", text)
    assert re.search(r"China > Russia > (Poland|Belarus)", text)
    for word in ("Vietnamese", "England", "nil", "Modern slavery", "Facilitation"):
        assert word in text, word
    tags = tags_of(_rows(truth, "fsa_nfcu"))
    assert tags.str.contains("count_word").any()


def test_mida_writes_latin1_dms_and_us_numbers(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths["mida_dinasa"].read_bytes()
    assert b"\xb0" in data  # the degree sign, latin-1
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("latin-1")
    assert text.split("\n")[0].startswith("N° de acta,Fecha,Puesto de control,")
    assert re.search(r"\"\d°\d\d'\d\d\.\d\"\"N 7\d°\d\d'\d\d\.\d\"\"W\"", text)
    assert re.search(r",\d\d-\d\d-20\d\d,", text)
    assert re.search(r",20\d\d/\d\d/\d\d,", text)
    assert re.search(r",\d\d/20\d\d,", text)  # month only
    for word in ("venezolana", "NNA", "Panamá", "PCC Metetí"):
        assert word in text, word
    rows = _rows(truth, "mida_dinasa")
    big = rows.loc[tags_of(rows).str.contains("thousands")]
    assert len(big) > 0
    assert (big["n_persons"].astype(int) >= 1000).all()
    assert re.search(r",\"\d,\d{3}\",", text)  # 1,250 people: quoted, comma thousands


def test_opson_writes_json_lines_with_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["opson_desk"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:4] == ["case_id", "detection_date", "reporting_partner", "sector"]
    det = {r["detection_country_code"] for r in records} - {None}
    assert det
    assert all(re.fullmatch(r"[A-Z]{2}", d) for d in det)
    assert {"IT", "GR", "HR", "US"} <= det
    dates = [r["detection_date"] for r in records if r["detection_date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    origins = {r["country_of_origin"] for r in records} - {None}
    assert any(re.fullmatch(r"\d{3}", o) for o in origins)  # M49 numeric codes
    assert {"THB", "SOM"} <= {r["crime_category"] for r in records}
    assert records[-1]["case_id"] == "SUMMARY_TOTAL"
    assert isinstance(records[1]["persons_involved"], int)
    assert any("-" in (r["transit_route"] or "") for r in records)


def test_partial_dates_start_their_period(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[kept.index]
    partial = kept.loc[tags.str.contains("partial_date")]
    assert set(partial["date_precision"]) == {"month", "quarter"}
    day = pd.to_datetime(partial["event_date"])
    assert (day.dt.day == 1).all()
    quarter = partial["date_precision"].eq("quarter")
    assert day[quarter].dt.month.isin([1, 4, 7, 10]).all()
    # a second report always gives the day
    assert kept.loc[kept["expected_reason"].eq("cross_source"), "date_precision"].eq("day").all()
