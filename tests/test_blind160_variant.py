"""The examiner's held-out sample set ``blind160`` (files ``*_ff.*``).

Five sources of the Gulf route north (a Chiapas human-rights centre, the Mexican
bishops' shelter register, a Tabasco shelter's form, the ICRC delegation in Mexico) and a
news agency's migration desk. These tests check what the set promises: its files, its
truth and the agencies' habits in the bytes. None of them cleans or scores.
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

VARIANT = "blind160"
SEED = 160
N_EVENTS = 1500
SMALL_SEED = 1601
SMALL_EVENTS = 400
SOURCES = ("cdh_fray_matias", "dpmh_cem", "la72_tenosique", "cicr_mexico", "ap_migration")
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
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(paths: dict[str, Path], source: str, sep: str, encoding: str) -> pd.DataFrame:
    return pd.read_csv(paths[source], sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The set as a whole
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ff", n_events=N_EVENTS)


def test_small_set_has_rows_from_every_source(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ff", n_events=SMALL_EVENTS)
    truth = _truth(small)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    assert set(kept["source"]) == set(SOURCES)
    check_read_loses_no_row(small, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    assert set(where[first["source"].eq("cdh_fray_matias").to_numpy()]) == {"PAN"}
    assert set(where[first["source"].eq("dpmh_cem").to_numpy()]) == {"USA"}
    assert not {"PAN", "USA"} & set(where[first["source"].eq("ap_migration").to_numpy()])
    # the shelter and the ICRC delegation only report events a second time
    second = truth.loc[truth["source"].isin(["la72_tenosique", "cicr_mexico"])]
    assert set(second["expected_status"]) == {"duplicate", "quarantine"}
    assert set(second.loc[second["expected_status"] == "quarantine", "messiness"]) == {
        "garbage_row"
    }


def test_planted_habits_in_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "month_only",
        "quarter_only",
        "excel_serial",
        "date_text",
        "ap_style_date",
        "mojibake",
        "demonym_nationality",
        "iso3_nationality",
        "typo",
        "count_word",
        "zero_word",
        "count_placeholder",
        "na_word",
        "blank_gender",
        "coords_missing",
    ):
        assert tags.str.contains(tag).any(), tag
    kept = truth["expected_status"] != "quarantine"
    quarter = tags.str.contains("quarter_only") & kept
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    # mojibake only in the shelter's 2021 rows, which still expect the true values
    moji = truth.loc[tags.str.contains("mojibake")]
    assert set(moji["source"]) == {"la72_tenosique"}
    assert (moji["event_date"] < "2022-01-02").all()


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_dpmh_is_mexican_windows_excel(paths: dict[str, Path]) -> None:
    raw = paths["dpmh_cem"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("No. registro,Fecha del evento,Delito,")
    assert "\r\n" in text
    rows = _rows(paths, "dpmh_cem", ",", "cp1252")
    assert "Núm. polleros" in rows.columns
    sexes = set(rows["Sexo"]) - {""}
    assert {"H", "M", "H y M"} <= sexes
    assert sexes <= {"H", "M", "H y M", "Mixto", "N/D", "no sabe"}
    dates = rows["Fecha del evento"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d\d").any()
    assert dates.str.fullmatch(r"T[1-4][ -]\d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d{4}").any()
    assert rows["País de detención"].isin(["EUA", "EE.UU.", "E.U.A."]).any()
    assert rows["No. registro"].eq("Total general").sum() == 1


def test_la72_is_a_google_form(paths: dict[str, Path]) -> None:
    raw = paths["la72_tenosique"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(paths, "la72_tenosique", ",", "utf-8")
    assert rows.columns[0] == "Marca temporal"
    stamps = rows["Marca temporal"].loc[rows["Marca temporal"] != ""]
    assert stamps.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d").all()
    old = rows["Fecha del incidente"].str.endswith("/2021")
    text = rows.loc[old].apply(lambda r: " ".join(r), axis=1)  # a few dozen rows
    assert text.str.contains("Ã").any()
    assert not rows.loc[~old].apply(lambda r: " ".join(r), axis=1).str.contains("Ã").any()


def test_cicr_is_french_excel_utf8(paths: dict[str, Path]) -> None:
    raw = paths["cicr_mexico"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(paths, "cicr_mexico", ";", "utf-8-sig")
    assert rows.columns[0] == "Réf. incident"
    lat = rows["Latitude"].loc[rows["Latitude"] != ""]
    assert lat.str.fullmatch(r"\d+,\d{4}").all()
    assert rows["Longitude"].loc[rows["Longitude"] != ""].str.startswith("-").all()
    assert rows["Nationalité"].str.fullmatch(r"[A-Z]{3}").any()
    assert rows["Date de l'incident"].str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.5


def test_ap_tracker_is_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["ap_migration"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["story_id", "incident_date", "dateline"]
    assert any(isinstance(r["via"], list) and len(r["via"]) > 1 for r in recs)
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(
        re.fullmatch(r"(Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d+, \d{4}", d) for d in dates
    )
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(r["country"] == "Britain" for r in recs)
    assert any(r["nationality"] in ("Afghan", "Syrian", "Tunisian") for r in recs)
    lines_with_place = [r["dateline"] for r in recs if r["dateline"]]
    assert all(re.fullmatch(r"[^a-z]+, [A-Z][\w. ]+", p) for p in lines_with_place)
    assert recs[-1]["story_id"] == "TOTAL"


def test_fray_matias_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["cdh_fray_matias"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    head = list(rows[0])
    dates = [r[head.index("Fecha de los hechos")] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[A-Za-z]+ (de )?\d{4}", d) for d in dates)
    ages = {r[head.index("Grupo de edad")] for r in rows[1:]}
    assert "NNA" in ages
    counts = [r[head.index("Personas afectadas")] for r in rows[1:]]
    assert any(c in ("dos", "tres", "cuatro", "cinco") for c in counts)
    nats = {r[head.index("Nacionalidad")] for r in rows[1:]}
    assert "venezolana" in nats
