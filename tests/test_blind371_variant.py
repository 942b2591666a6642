"""Examiner set ``blind371`` (files ``*_ni.*``): lifeguard and beach-safety services.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
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

VARIANT = "blind371"
SEED = 371
N_EVENTS = 1500
SMALL_SEED = 3711
SMALL_EVENTS = 400
SOURCES = (
    "ffss62_postes_secours",
    "rnli_lifesaving",
    "rfess_registro_playas",
    "proemaid_lesvos",
    "ils_incident_exchange",
)
DDM = re.compile(r"(\d{2})°(\d{2}\.\d{2})'([NS]) (\d{3})°(\d{2}\.\d{2})'([EW])")


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source]
    return rows.set_index(rows["source_row"].astype(int))


def _kept(rows: pd.DataFrame, at: pd.Index | list[int]) -> pd.DataFrame:
    """The truth rows at ``at`` that are not quarantined."""
    got = rows.loc[list(at)]
    return got.loc[got["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ni", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ni", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for source in SOURCES:  # every source reports events at this size too
        rows = truth.loc[truth["source"] == source]
        assert (rows["expected_status"] == "record").sum() >= 5, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_each_source_has_its_garbage_rows(truth: pd.DataFrame) -> None:
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    by_source = garbage.groupby("source")["expected_reason"].apply(set).to_dict()
    assert by_source["ffss62_postes_secours"] == {"empty_row", "no_content", "no_date"}
    assert by_source["rnli_lifesaving"] == {"empty_row", "no_content", "no_date"}
    assert by_source["rfess_registro_playas"] == {"no_content", "no_date"}
    assert by_source["proemaid_lesvos"] == {"no_date"}  # a Kobo export has no note row
    assert by_source["ils_incident_exchange"] == {"empty_row", "no_content", "no_date"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"rfess_registro_playas", "ils_incident_exchange"}


# --------------------------------------------------------------------------------------
# FFSS 62: French, cp1252, ';', CRLF
# --------------------------------------------------------------------------------------
def test_ffss_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ffss62_postes_secours"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° intervention;Date;Poste de secours;Nature de l'intervention;")
    assert "\r\n" in text
    assert re.search(r";\d\d/\d\d/20\d\d \d\dh\d\d;", text)  # time written 14h32
    assert re.search(r";5\d,\d{5};[12],\d{5}", text)  # decimal commas
    assert re.search(r";(afghane|iranienne|irakienne|albanaise|érythréenne|syrienne);", text)
    assert ";Angleterre;" in text
    assert re.search(r"^FFSS62/20\d\d/\d{4};", text, re.MULTILINE)
    rows = _rows(truth, "ffss62_postes_secours")
    frame = pd.read_csv(paths["ffss62_postes_secours"], sep=";", encoding="cp1252", dtype=str)
    angl = frame.index[frame["Destination déclarée"].eq("Angleterre")] + 2
    assert len(_kept(rows, angl)) > 0
    assert (_kept(rows, angl)["destination_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# RNLI: English, UTF-8 with BOM, ','
# --------------------------------------------------------------------------------------
def test_rnli_bytes_and_positions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["rnli_lifesaving"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfROS number,Date of incident,Station,")
    frame = pd.read_csv(paths["rnli_lifesaving"], encoding="utf-8-sig", dtype=str)
    assert frame["Date of incident"].str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert {"England", "Scotland", "France"} <= set(frame["Location country"].dropna())
    assert frame["Stated nationality"].isin(["Afghan", "Iranian", "Iraqi", "Eritrean"]).any()
    rows = _rows(truth, "rnli_lifesaving")
    read = 0
    for i, pos in frame["Position"].items():
        m = DDM.fullmatch(str(pos))
        if m is None:
            continue
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        want = rows.loc[int(i) + 2]  # type: ignore[call-overload]
        if want["expected_status"] == "quarantine":
            continue
        assert abs(lat - float(want["lat"])) < 1e-5
        assert abs(lon - float(want["lon"])) < 1e-5
        read += 1
    assert read > 50
    words = frame.index[frame["POB"].isin(["one", "two", "three", "four", "five"])] + 2
    assert len(words) > 0
    assert _kept(rows, words)["n_persons"].notna().all()
    home = frame.index[frame["Location country"].isin(["England", "Scotland"])] + 2
    assert (_kept(rows, home)["detection_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# RFESS: Spanish workbook
# --------------------------------------------------------------------------------------
def test_rfess_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["rfess_registro_playas"])
    sheet = book.active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))
    header = list(cells[0])
    assert header[:3] == ["Nº registro", "Fecha", "Playa / municipio"]
    dates = [r[1] for r in cells[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    counts = [r[header.index("Nº de personas")] for r in cells[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    rows = _rows(truth, "rfess_registro_playas")
    sexo = header.index("Sexo")
    for value, gender in (("H", "male"), ("M", "female")):  # Spanish H = hombre, M = mujer
        at = [i + 2 for i, r in enumerate(cells[1:]) if r[sexo] == value]
        got = _kept(rows, at)["gender"]
        assert len(got) > 10
        assert (got == gender).all(), value
    text = " ".join(str(v) for r in cells[1:] for v in r if isinstance(v, str))
    assert "Ã" in text  # rows pasted from a UTF-8 export read as ANSI
    assert "subsahariana" in text
    assert "MENA" in text
    assert "a nado" in text or "salto de valla" in text


def test_region_word_and_other_choice_expect_no_country(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in ("region_word", "other_choice:nationality"):
        hit = truth.loc[tags.str.contains(tag) & truth["expected_status"].ne("quarantine")]
        assert len(hit) > 0, tag
        assert hit["nationality"].isna().all(), tag
        assert tags[hit.index].str.contains("blank_nationality").all(), tag


# --------------------------------------------------------------------------------------
# PROEM-AID: Kobo JSON lines
# --------------------------------------------------------------------------------------
def test_proem_kobo_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["proemaid_lesvos"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["registro", "fecha", "zona", "tipo_caso"]
    rows = _rows(truth, "proemaid_lesvos")
    points = 0
    for n, rec in enumerate(recs, start=1):
        gps = rec.get("gps")
        if gps is None or rows.loc[n, "expected_status"] == "quarantine":
            continue
        assert re.fullmatch(r"-?\d+\.\d{5} -?\d+\.\d{5} [\d.]+ [\d.]+", gps)
        lat, lon = (float(v) for v in gps.split()[:2])
        assert abs(lat - float(rows.loc[n, "lat"])) < 1e-9
        assert abs(lon - float(rows.loc[n, "lon"])) < 1e-9
        points += 1
    assert points > 50
    stamps = [str(r["fecha"]) for r in recs if r.get("fecha")]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0[23]:00", s) for s in stamps)
    transit = {str(r.get("transito")) for r in recs}
    assert "iran turquia" in transit or "libia tunez" in transit  # select_multiple: spaces
    assert any(r.get("nacionalidad") == "otra" for r in recs)
    assert {r.get("tipo_caso") for r in recs} >= {"trafico_migrantes"}


# --------------------------------------------------------------------------------------
# ILS: UTF-16 tab-delimited compilation
# --------------------------------------------------------------------------------------
def test_ils_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ils_incident_exchange"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.startswith("Record ID\tIncident date\tIncident type\t")
    frame = pd.read_csv(paths["ils_incident_exchange"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Incident date"].dropna()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials pasted as numbers
    assert frame["Transit route"].dropna().str.contains(" > ").any()
    assert frame["Persons involved"].dropna().str.fullmatch(r"\d{1,2}[, ]\d{3}").any()
    rows = _rows(truth, "ils_incident_exchange")
    for i, d in dates.items():
        if not re.fullmatch(r"4\d{4}", d):
            continue
        want = rows.loc[int(i) + 2]  # type: ignore[call-overload]
        if want["expected_status"] == "quarantine":
            continue
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(d))
        assert want["event_date"] == f"{day:%Y-%m-%d}"
        assert want["date_precision"] == "day"
    partial = rows.loc[rows["date_precision"].isin(["month", "quarter"])]
    assert len(partial) > 0
    # never one of a cross-source pair (both reports give the day); exact repeats may be
    assert not partial["expected_reason"].eq("cross_source").any()


def test_planted_habits_are_in_the_truth(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    by_source = {s: ";".join(tags[truth["source"] == s]) for s in SOURCES}
    wanted = {
        "ffss62_postes_secours": ("adjective:nationality", "date_time", "decimal_comma"),
        "rnli_lifesaving": ("home_nation", "coords_ddm", "count_word", "date_long"),
        "rfess_registro_playas": ("mojibake:", "region_word", "date_text", "mode_local_word"),
        "proemaid_lesvos": ("kobo_geopoint", "other_choice:nationality", "date_time"),
        "ils_incident_exchange": ("partial_date", "excel_serial", "thousands:n_persons"),
    }
    for source, words in wanted.items():
        for word in words:
            assert word in by_source[source], (source, word)
    assert "na_word" in by_source["ils_incident_exchange"]
    assert "zero_word" in ";".join(by_source.values())
