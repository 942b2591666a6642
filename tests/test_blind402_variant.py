"""The examiner set ``blind402`` (files ``*_on.*``): five AML desks of pawnbrokers and gold buyers.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.schema import VOCABULARIES

VARIANT = "blind402"
SEED = 402
N_EVENTS = 1500
SMALL_SEED = 4021
SMALL_EVENTS = 400
SUFFIX = "_on"
SOURCES = (
    "ramsdens_mlro",
    "cnor_lcbft",
    "quickgold_pbc",
    "fundacion_donde_pld",
    "interpol_ifcacc",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")

Written = tuple[dict[str, Path], pd.DataFrame]


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Written:
    paths = write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)
    return paths, _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Written:
    paths = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    return paths, _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(big: Written) -> None:
    paths, _ = big
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small_set(small: Written) -> None:
    paths, truth = small
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    for source in SOURCES:  # every desk reports some events, even in a small set
        assert (_rows(truth, source)["expected_status"] == "record").any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(big: Written) -> None:
    paths, truth = big
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small_set(small: Written) -> None:
    paths, truth = small
    check_read_loses_no_row(paths, SOURCES, truth)


def test_placeholder_counts(big: Written) -> None:
    _, truth = big
    check_placeholder_counts(truth)


def test_expected_values(big: Written) -> None:
    """The truth expects each event's values but for what its row leaves out or hides."""
    paths, truth = big
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    missing = {
        "n_persons": tags.str.contains("count_placeholder"),
        "n_suspects": tags.str.contains("blank_n_suspects|suspects_placeholder"),
        "nationality": tags.str.contains("blank_nationality"),
        "detection_country": tags.str.contains("blank_detection_country"),
        "origin_country": tags.str.contains("unknown:origin_country"),
        "destination_country": tags.str.contains("unknown:destination_country"),
    }
    for col, blank in missing.items():
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
        assert blank.any(), col
    # vocabulary columns: the event's word, or "unknown" where the row does not say
    for col, tag in (
        ("gender", "blank_gender"),
        ("age_group", "na_word:age_group"),
        ("transport_mode", "na_word:transport_mode"),
        ("exploitation", "unknown:exploitation"),
    ):
        hidden = tags.str.contains(tag, regex=False)
        assert (ok.loc[hidden, col] == "unknown").all(), col
        assert ok.loc[~hidden, col].equals(ev.loc[~hidden, col]), col
        assert set(ok[col].dropna()) <= set(VOCABULARIES[col]), col
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    # places: none from the UK pawnbroker, none where a row gives none, else the true point
    no_place = tags.str.contains("blank_coordinates|coords_missing|coords_placeholder")
    no_place |= ok["source"].eq("ramsdens_mlro").to_numpy()
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 1e-3).all(), col
    # dates: the day (a second report may be a day off), or its month's or quarter's start
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    partial = prec != "day"
    assert set(ok.loc[partial, "source"]) == {"interpol_ifcacc"}
    assert not ok.loc[partial, "expected_reason"].eq("cross_source").any()


def test_routing(big: Written) -> None:
    """Each desk first reports its own country's events; INTERPOL compiles the rest."""
    paths, truth = big
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"GBR": "ramsdens_mlro", "FRA": "cnor_lcbft", "ESP": "quickgold_pbc"}
    want |= {"USA": "fundacion_donde_pld"}
    expected = [want.get(c, "interpol_ifcacc") for c in country]
    assert first["source"].tolist() == expected
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"ramsdens_mlro", "fundacion_donde_pld"}


def test_bad_rows_expect_nothing(big: Written) -> None:
    _, truth = big
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    reasons = {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    assert set(bad["expected_reason"]) == reasons
    fields = ["event_date", "crime_type", "n_persons", "nationality", "gender", "lat"]
    assert bad[fields].isna().all().all()


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ramsdens_bytes(big: Written) -> None:
    paths, truth = big
    raw = paths["ramsdens_mlro"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Internal SAR Ref,Date of Incident,Offence Type,")
    assert "Lat" not in header  # a pawnbroker's log holds no coordinates
    frame = pd.read_csv(paths["ramsdens_mlro"], dtype=str, encoding="utf-8-sig")
    dates = frame["Date of Incident"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").any()
    assert frame["Offence Type"].isin(["Organised Immigration Crime", "OIC"]).any()
    assert frame["Nationality"].isin(["Afghan", "Iranian", "Iraqi", "Vietnamese"]).any()
    assert frame["No. of Subjects"].isin(["Nil", "nil"]).any()
    assert frame["Method of Travel"].isin(["Small boat", "RHIB", "HGV"]).any()
    assert frame["Internal SAR Ref"].isin(["Total"]).sum() == 1
    tags = tags_of(_rows(truth, "ramsdens_mlro"))
    assert tags.str.contains("demonym:nationality").any()


def test_cnor_bytes(big: Written) -> None:
    paths, truth = big
    raw = paths["cnor_lcbft"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° déclaration;Date des faits;Qualification;")
    frame = pd.read_csv(paths["cnor_lcbft"], dtype=str, sep=";", encoding="cp1252")
    assert frame["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{5}|NC").all()
    assert frame["Nb mis en cause"].isin(["néant", "Néant"]).any()
    assert frame["Date des faits"].dropna().str.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}").any()
    assert re.search(r"Ã[©¨‰]", text)  # names pasted from a UTF-8 portal
    tags = tags_of(_rows(truth, "cnor_lcbft"))
    assert tags.str.contains("mojibake:").any()


def test_quickgold_cells(big: Written) -> None:
    paths, truth = big
    sheet = load_workbook(paths["quickgold_pbc"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de los hechos", "Tipología delictiva")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # lost their format
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    col = header.index("Coordenadas")
    pairs = [r[col] for r in rows[1:] if isinstance(r[col], str) and r[col] != "s/d"]
    assert pairs
    assert all(re.fullmatch(r"-?\d+,\d{5}; -?\d+,\d{5}", p) for p in pairs)
    sex = {r[header.index("Sexo")] for r in rows[1:]}
    assert {"H", "M"} <= sex
    tags = tags_of(_rows(truth, "quickgold_pbc"))
    assert tags.str.contains("serial_date").any()


def test_donde_bytes(big: Written) -> None:
    paths, _ = big
    raw = paths["fundacion_donde_pld"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("latin-1")
    assert text.splitlines()[0].startswith("Folio|Fecha del hecho|Delito|")
    frame = pd.read_csv(paths["fundacion_donde_pld"], dtype=str, sep="|", encoding="latin-1")
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"20\d{6}").mean() > 0.5  # AAAAMMDD, as in the avisos
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert frame["Nacionalidad"].str.fullmatch(r"[A-Z]{2}").mean() > 0.4
    countries = pd.concat([frame["País de destino"], frame["País donde se detectó"]])
    assert countries.isin(["EUA", "EE.UU."]).any()
    assert frame["Grupo de edad"].str.contains("NNA", na=False).any()
    assert frame["Delito"].str.isupper().any()  # rows captured by the system
    lat = pd.to_numeric(frame["Latitud"], errors="coerce")
    assert (lat.abs() > 90).any()  # a few pairs typed the other way round


def test_ifcacc_lines(big: Written) -> None:
    paths, truth = big
    lines = paths["interpol_ifcacc"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_ref", "incident_date", "crime_area"]
    assert {r["crime_area"] for r in recs} >= {"SOM", "THB"}
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    nat = [r["nationality"] for r in recs if isinstance(r["nationality"], str)]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", n)) for n in nat) > 0.5 * len(nat)
    assert any(re.fullmatch(r"\d{3}", n) for n in nat)  # ISO numeric codes
    assert all(isinstance(r["persons_concerned"], int | str) for r in recs)
    countries = set(_rows(truth, "interpol_ifcacc")["detection_country"].dropna())
    assert {"ITA", "GRC", "HRV", "POL", "PAN"} <= countries
