"""The examiner sample set ``blind302`` (files ``*_kr.*``): what the set promises.

Five facility-services compliance desks (ISS UK, Onet, Clece, Eulen Américas, Sodexo
Group). These tests check the files and their truth only; none of them cleans or scores.
"""

from __future__ import annotations

import io
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
from trendlib.samples import make_truth
from trendlib.samples._blind302 import SOURCES, make_blind302

VARIANT = "blind302"
SEED = 302
N_EVENTS = 1500
SMALL_SEED = 3021
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_kr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_kr", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), ("crime_type", "linked_offences"), tolerance=1e-3)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), ("crime_type", "linked_offences"), tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, 1500)])
def test_every_desk_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind302(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


# --------------------------------------------------------------------------------------
# What a row leaves out, and what the truth then expects
# --------------------------------------------------------------------------------------
def test_optional_fields_expect_the_event_or_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country", "transit_countries"):
        emptied = tags.str.contains(f"empty:{col}")
        if col == "destination_country":  # ISS UK's register has no destination column
            emptied |= ok["source"].eq("iss_uk_speakup")
        assert ok.loc[~emptied, col].equals(ev.loc[~emptied, col]), col
        assert ok.loc[emptied, col].isna().all(), col
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ev.loc[unknown, "exploitation"].notna().all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    # pure smuggling: no form of exploitation, whatever "not applicable" word is written
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_bad_kind_and_garbage_row(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[tags.str.contains("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # one total row per desk, the last row before the re-sent ones
    totals = garbage.loc[garbage["source_ref"].isin(["Total", "TOTAL", "TOTAL GENERAL"])]
    assert len(totals) + (garbage["source_ref"] == "Grand total").sum() == len(SOURCES)
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"iss_uk_speakup_kr.csv", "eulen_denuncias_kr.jsonl"}


def test_planted_habits_are_tagged(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "demonym:nationality",
        "alias:",
        "typo:",
        "iso2:",
        "iso3:",
        "numeric:",
        "code_name:",
        "subnational:detection_country",
        "mojibake",
        "coords_dms",
        "coords_text",
        "coords_placeholder",
        "thousands:n_persons",
        "count_as_text",
        "date_serial",
        "date_iso_tz",
        "na_word",
        "zero_word",
        "suspects_placeholder",
        "blank_",
        "none_word:linked_offences",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# The bytes show each desk's habits
# --------------------------------------------------------------------------------------
def test_iss_uk_is_excel_csv_utf8_with_bom(paths: dict[str, Path]) -> None:
    raw = paths["iss_uk_speakup"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.StringIO(raw.decode("utf-8-sig")), dtype=str, sep=",")
    assert list(frame.columns[:3]) == ["Case Ref", "Date Identified", "Concern Category"]
    assert "Intended Destination" not in frame.columns  # no destination column
    dates = frame["Date Identified"].dropna()
    day_first = dates.str.fullmatch(r"\d\d/\d\d/\d{4}")
    assert day_first.mean() > 0.5
    # day-first throughout: a first part above 12 occurs, a second part above 12 never
    parts = dates[day_first].str.split("/", expand=True).astype(int)
    assert (parts[0] > 12).any()
    assert not (parts[1] > 12).any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()  # "17 May 2023"
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # "May 2023"
    assert frame["Site Lat/Long"].dropna().str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+|Not known").all()
    assert frame["Route Travelled"].str.contains(" > ", regex=False).any()
    assert frame["Country of Site"].isin(["England", "Scotland"]).any()
    counts = frame.loc[frame["Case Ref"] != "Total", "No. of Workers Affected"].dropna()
    assert counts.str.fullmatch(r"\d{1,3}(,\d{3})?|Not known|TBC|Unknown|-\d+|#VALUE!|#REF!").all()


def test_onet_is_a_french_workbook_with_date_cells(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["onet_conformite"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = rows[0]
    rows = [tuple(r) + (None,) * (len(head) - len(r)) for r in rows]  # trailing blanks
    assert head[:3] == ("N° de l'alerte", "Date des faits", "Qualification retenue")
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds  # date cells, bare serials, typed text
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] \d{4}", t) for t in texts)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in texts)
    lat = head.index("Latitude (site)")
    assert any(isinstance(r[lat], float) for r in rows[1:])
    assert any(isinstance(r[lat], str) and "," in r[lat] for r in rows[1:])
    nat = head.index("Nationalité")
    assert {"afghane", "irakien"} & {r[nat] for r in rows[1:]}


def test_clece_is_cp1252_semicolon_with_decimal_commas(paths: dict[str, Path]) -> None:
    raw = paths["clece_cumplimiento"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    frame = pd.read_csv(io.StringIO(text), dtype=str, sep=";", keep_default_na=False)
    assert frame.columns[0] == "Nº Expediente"
    assert frame["Latitud"].str.fullmatch(r"-?\d+,\d{5}").any()
    dates = frame["Fecha de los hechos"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"[1-4]º trimestre \d{4}").any()
    assert dates.str.fullmatch(r"[a-z]+ \d{4}").any()  # "mayo 2023"
    assert (dates == "s/f").any() or (dates == "").any()
    assert frame["Sexo"].isin(["H", "M"]).any()
    assert text.count("Ã") > 5  # the rows pasted from a UTF-8 web form
    big = frame["Nº personas afectadas"].str.fullmatch(r"\d{1,2}\.\d{3}")
    assert big.any()


def test_eulen_is_json_lines_with_offsets_and_codes(paths: dict[str, Path]) -> None:
    lines = _text(paths, "eulen_americas", "utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert set(rows[0]) >= {"folio", "fecha_hechos", "coordenadas", "paises_transito"}
    dates = [r["fecha_hechos"] for r in rows if r["fecha_hechos"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00-05:00", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(r["pais_hechos"] == "PA" for r in rows)
    assert any(r["grupo_etario"] == "NNA" for r in rows)
    assert any(isinstance(r["personas_involucradas"], int) for r in rows)
    assert any(isinstance(r["personas_involucradas"], str) for r in rows)
    coords = [r["coordenadas"] for r in rows if r.get("coordenadas")]
    assert all(re.fullmatch(r"-?\d+\.\d+,-?\d+\.\d+|s/d", c) for c in coords)


def test_sodexo_is_utf16_tab_text_with_dms(paths: dict[str, Path]) -> None:
    raw = paths["sodexo_group_hr"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    frame = pd.read_csv(io.StringIO(raw.decode("utf-16")), dtype=str, sep="\t")
    assert frame.columns[:2].tolist() == ["Case ID", "Incident Date"]
    assert frame["Latitude"].dropna().str.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS]").any()
    assert frame["Country / Pays"].dropna().str.fullmatch(r"[A-Z]{2} - .+").any()
    dates = frame["Incident Date"].dropna()
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}").any()
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    assert frame["Transit"].str.contains("; ", regex=False).any()
