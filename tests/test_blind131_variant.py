"""The examiner sample set ``blind131`` (files ``*_ec.*``): what it promises, byte for byte.

These tests check the set and its truth; none of them cleans or scores.
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
from trendlib.samples._blind131 import DESKS, make_blind131

VARIANT = "blind131"
SEED = 131
N_EVENTS = 1500
SMALL_SEED = 1311
SMALL_EVENTS = 400
SOURCES = (
    "uz_aelm_london_ec",
    "mcs_armenie_paris_ec",
    "dmx_azerbaiyan_madrid_ec",
    "psg_georgia_intl_ec",
    "caricc_almaty_ec",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 4 or 5 decimals or to the second of arc.
TOLERANCE = 0.001


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


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_desks() -> None:
    assert tuple(d.source for d in DESKS) == SOURCES
    assert {d.filename.rsplit(".", 1)[0] for d in DESKS} == set(SOURCES)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ec", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ec", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(3, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind131(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_each_desk_has_its_garbage_and_bad_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows_of(truth, source)
        tags = tags_of(rows)
        assert tags.str.contains("garbage_row").sum() >= 1, source
        # the total row is the last row before any re-sent rows
        total = rows.loc[rows["messiness"].fillna("").eq("garbage_row")].iloc[-1]
        assert total["expected_reason"] == "no_date"
    csv_sources = [s for s in SOURCES if not s.startswith(("dmx", "caricc"))]
    empty = truth.loc[truth["expected_reason"] == "empty_row", "source"]
    assert sorted(empty) == sorted(csv_sources)
    notes = truth.loc[truth["expected_reason"] == "no_content", "source"]
    assert "caricc_almaty_ec" not in set(notes)
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"uz_aelm_london_ec", "caricc_almaty_ec"}


def test_partial_dates_expect_period_start(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source")["date_precision"].agg(set)
    assert "month" in prec["uz_aelm_london_ec"]
    assert "quarter" in prec["mcs_armenie_paris_ec"] or "quarter" in prec["psg_georgia_intl_ec"]
    assert "month" in prec["caricc_almaty_ec"]
    partial = kept.loc[kept["date_precision"] != "day", "event_date"]
    assert partial.str.endswith("-01").all()


# --------------------------------------------------------------------------------------
# The desks' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_aelm_is_utf16_tab_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["uz_aelm_london_ec"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    lines = text.splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["AELM case no.", "Date identified", "Case category"]
    assert "Country where identified" in header
    assert "Case status" in header
    body = "\n".join(lines[1:])
    assert re.search(r"\t\d{2}/\d{2}/20\d{2}\t", body)
    assert re.search(r"\t\d{1,2} [A-Z][a-z]+ 20\d{2}\t", body)
    assert re.search(r"\t\d{1,2}-[A-Z][a-z]{2}-\d{2}\t", body)  # Excel's d-mmm-yy
    assert re.search(
        r"\t(January|February|March|April|May|June|July|August|September"
        r"|October|November|December) 20\d{2}\t",
        body,
    )
    assert re.search(r"\t(none|nil)\t", body)
    assert re.search(r" > ", body)
    assert "Total\t" in text
    assert "Note: provisional figures" in text
    rows = _rows_of(truth, "uz_aelm_london_ec")
    tags = tags_of(rows).loc[rows["event_id"].notna()]
    assert tags.str.contains("coords_missing").all()  # a labour office keeps no coordinates


def test_mcs_is_cp1252_semicolon_crlf(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["mcs_armenie_paris_ec"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° dossier", "Date des faits", "Qualification"]
    assert {"Latitude", "Longitude", "Pays de détection", "Nb mis en cause"} <= set(header)
    assert re.search(r";\d{2}\.\d{2}\.20\d{2};", text)
    assert re.search(r";\d{2}/\d{2}/20\d{2};", text)
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    assert "Total général" in text
    tags = tags_of(_rows_of(truth, "mcs_armenie_paris_ec"))
    assert tags.str.contains("mojibake:").any()
    assert "Ã" in text  # UTF-8 names read as cp1252


def test_dmx_is_a_workbook_with_excel_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["dmx_azerbaiyan_madrid_ec"])
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[0] == "Qeydiyyat № / Nº registro"
    assert "Tarix / Fecha del hecho" in header
    assert "Vətəndaşlıq / Nacionalidad" in header
    dates = [r[header.index("Tarix / Fecha del hecho")] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44_000 < d < 46_000 for d in dates)  # serials
    text_dates = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}\.\d{2}\.20\d{2}", d) for d in text_dates)
    assert any(re.fullmatch(r"[a-z]+ 20\d{2}", d) for d in text_dates)  # "mayo 2023"
    coords = [r[header.index("Coordenadas (lat / lon)")] for r in rows[1:]]
    assert any(isinstance(c, str) and re.fullmatch(r"-?\d+,\d{4} / -?\d+,\d{4}", c) for c in coords)
    counts = [r[header.index("Nº de personas")] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    tags = tags_of(_rows_of(truth, "dmx_azerbaiyan_madrid_ec"))
    assert tags.str.contains("iso2:").any()
    assert tags.str.contains("excel_serial").any()


def test_psg_is_utf8_bom_with_articles_and_dms(paths: dict[str, Path]) -> None:
    raw = paths["psg_georgia_intl_ec"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["Criminal case #", "Date of offence", "Article (CCG)"]
    assert "Place of detection (GPS)" in header
    assert re.search(r"Art\. ?344(¹|-1)", text)
    assert re.search(r"N\d{2}°\d{2}'\d{2}'' E\d{3}°\d{2}'\d{2}''", text)
    assert re.search(r",\d{2}\.\d{2}\.20\d{2},", text)
    assert re.search(r",20\d{2}-\d{2}-\d{2},", text)
    assert " -> " in text


def test_caricc_is_json_lines_with_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["caricc_almaty_ec"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows_of(truth, "caricc_almaty_ec"))
    keys = set(recs[0])
    assert {"record_no", "incident_date", "offence_code", "citizenship_oksm", "transit_iso"} <= keys
    events = [r for r in recs if r["incident_date"] is not None]
    assert {r["offence_code"] for r in events} <= {"THB", "SOM", "THB+SOM", None}
    assert all(isinstance(r["transit_iso"], list) for r in events)
    assert any(r["transit_iso"] == [] for r in events)  # direct journeys
    oksm = [r["citizenship_oksm"] for r in events if r["citizenship_oksm"]]
    assert any(re.fullmatch(r"\d{3}", c) for c in oksm)
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in oksm)
    assert any(re.fullmatch(r"20\d{2}-\d{2}", str(r["incident_date"])) for r in events)
    rows = _rows_of(truth, "caricc_almaty_ec")
    n_repeats = int(rows["expected_reason"].eq("exact_repeat").sum())
    total_at = [r["record_no"] for r in recs].index("TOTAL")
    assert total_at == len(recs) - 1 - n_repeats


def test_dms_expects_the_value_it_says(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "psg_georgia_intl_ec").set_index("source_row")
    pattern = re.compile(r"([NS])(\d{2})°(\d{2})'(\d{2})'' ([EW])(\d{3})°(\d{2})'(\d{2})''")
    checked = 0
    frame = pd.read_csv(
        paths["psg_georgia_intl_ec"], dtype=str, encoding="utf-8-sig", skip_blank_lines=False
    )
    assert "Place of detection (GPS)" in frame.columns
    for i, cell in frame["Place of detection (GPS)"].items():
        hit = pattern.fullmatch(str(cell))
        if hit is None:
            continue
        row = rows.loc[str(int(i) + 2)]  # type: ignore[call-overload]
        if row["expected_status"] == "quarantine":
            continue
        h1, d1, m1, s1, h2, d2, m2, s2 = hit.groups()
        lat = (1 if h1 == "N" else -1) * (int(d1) + int(m1) / 60 + int(s1) / 3600)
        lon = (1 if h2 == "E" else -1) * (int(d2) + int(m2) / 60 + int(s2) / 3600)
        assert abs(float(row["lat"]) - lat) < 1e-5
        assert abs(float(row["lon"]) - lon) < 1e-5
        checked += 1
    assert checked > 50


def test_words_and_codes_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "count_placeholder",
        "zero_word",
        "suspects_placeholder",
        "na_word:",
        "blank_gender",
        "typo:",
        "mojibake:",
        "iso3:",
        "numeric:nationality",
        "case:",
        "dms",
        "decimal_comma",
        "thousands:n_persons",
        "partial_date",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
