"""The examiner set ``blind390`` (files ``*_ob.*``): five faith-based networks.

These tests check what the set promises (files, truth, each network's way of writing);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pandas as pd
import pycountry
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
from trendlib.samples._blind390 import SOURCES, make_blind390

VARIANT = "blind390"
SEED = 390
N_EVENTS = 1500
SMALL_SEED = 3901
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
EXACT = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written with 3 to 6 decimals.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ob", n_events=N_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_ob", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT, tolerance=TOLERANCE)
    check_expected_values(small, _truth(small), EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_network_has_rows_at_the_doctest_sizes(seed: int) -> None:
    for n in (300, 400):
        subs = make_blind390(make_truth(seed=seed, n_events=n), seed=seed)
        assert [s.source for s in subs] == NAMES
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() >= 3, (n, sub.source)


def test_every_network_plants_its_habits(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    want = {
        "clewer_initiative_ob.xlsx": (
            "excel_date",
            "excel_serial",
            "text_date",
            "demonym",
            "uk_nation",
            "number_word",
            "zero_word",
        ),
        "snpmpi_cef_ob.csv": ("two_digit_year", "alias", "upper_case", "zero_word", "mojibake"),
        "migrantes_con_derechos_ob.csv": (
            "month_abbr",
            "long_date",
            "demonym",
            "decimal_comma",
            "direct_word",
            "thousands_sep",
            "lower_case",
        ),
        "vicariato_darien_ob.csv": ("iso_date", "geopoint", "suspects_placeholder"),
        "coatnet_ob.jsonl": ("m49", "json_list", "month_only", "quarter_only", "alias"),
    }
    for filename, habits in want.items():
        mine = tags[truth["source_file"] == filename]
        for habit in habits:
            assert mine.str.contains(habit).any(), (filename, habit)
    # every quarantine reason and the exact repeats of the re-sent files
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"snpmpi_cef_ob.csv", "vicariato_darien_ob.csv"}
    assert (repeats.value_counts() >= 3).all()


# --------------------------------------------------------------------------------------
# The bytes of each network
# --------------------------------------------------------------------------------------
def test_clewer_workbook_mixes_excel_dates_serials_and_text(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["clewer_initiative"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Concern ID", "Date of encounter", "Diocese", "Country encountered in")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(43800 < d < 45400 for d in serials)  # 2020 .. 2024
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in text)
    col = {h: i for i, h in enumerate(header)}
    countries = {r[col["Country encountered in"]] for r in rows[1:]}
    assert {"England", "Scotland", "France"} <= countries
    routes = [r[col["Route (countries passed through)"]] for r in rows[1:]]
    assert any(isinstance(x, str) and " > " in x for x in routes)
    nats = {r[col["Nationality"]] for r in rows[1:]}
    assert "Vietnamese" in nats
    # the app's coordinates are real numbers in the sheet
    lats = [r[col["Latitude"]] for r in rows[1:] if r[col["Latitude"]] is not None]
    assert lats
    assert all(isinstance(x, float) for x in lats)


def test_snpmpi_is_cp1252_with_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["snpmpi_cef"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert lines[0].startswith("N° fiche;Date des faits;Diocèse;Lieu;Pays d'interception")
    frame = pd.read_csv(paths["snpmpi_cef"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert set(frame["Destination souhaitée"].dropna()) >= {"Angleterre", "Royaume-Uni"}
    assert (frame["Nb passeurs / exploiteurs"] == "aucun").any()
    assert frame["Âge"].eq("MNA").any()
    assert "Ã" in text  # names garbled: UTF-8 pasted into the cp1252 sheet
    assert set(frame["Diocèse"].dropna()) <= {"Arras", "Lille"}


def test_migrantes_is_utf16_tab_with_decimal_commas(paths: dict[str, Path]) -> None:
    raw = paths["migrantes_con_derechos"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == [
        "Nº expediente",
        "Fecha",
        "Delegación diocesana",
    ]
    frame = pd.read_csv(paths["migrantes_con_derechos"], sep="\t", encoding="utf-16", dtype=str)
    lat = frame["Latitud"].dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{4}").all()
    dates = frame["Fecha"].dropna()
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}").any()
    assert frame["Nº personas"].str.fullmatch(r"\d\.\d{3}").any()  # dotted thousands
    assert frame["Nacionalidad"].isin(["senegalés", "senegalesa", "maliense", "marroquí"]).any()
    assert frame["Sexo"].isin(["H", "M", "H y M"]).any()
    assert (frame["Finalidad de explotación"] == "No procede").any()


def test_vicariato_is_a_kobo_export(paths: dict[str, Path]) -> None:
    raw = paths["vicariato_darien"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("Código de registro,Fecha del encuentro,")
    frame = pd.read_csv(paths["vicariato_darien"], dtype=str)
    gps = frame["Ubicación GPS"].dropna()
    assert gps.str.fullmatch(r"-?\d+\.\d{6} -?\d+\.\d{6} \d+\.\d \d+\.\d").all()
    dates = frame["Fecha del encuentro"].dropna()
    dates = dates[~dates.str.startswith("TOTAL")]
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").all()
    assert set(frame["País"].dropna()) == {"Panamá"}
    # re-synced submissions: whole lines sent twice
    body = text.splitlines()[1:]
    assert len(body) - len(set(body)) >= 3


def test_coatnet_lines_are_json_with_codes(paths: dict[str, Path]) -> None:
    lines = paths["coatnet"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_ref", "date_identified", "member_org"]
    codes = {r["country_m49"] for r in recs if r["country_m49"] is not None}
    assert codes >= {"380", "300", "191", "840"}
    assert all(pycountry.countries.get(numeric=c) is not None for c in codes)
    assert all(isinstance(r["transit_iso2"], list) for r in recs if r["case_ref"].startswith("CN"))
    dates = [r["date_identified"] for r in recs if isinstance(r["date_identified"], str)]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    nats = {r["nationality_iso2"] for r in recs if r.get("nationality_iso2")}
    assert all(len(n) == 2 for n in nats)


# --------------------------------------------------------------------------------------
# The truth reads what the cells say
# --------------------------------------------------------------------------------------
def test_truth_reads_the_coatnet_codes(paths: dict[str, Path]) -> None:
    truth = _rows(_truth(paths), "coatnet_ob.jsonl")
    recs = [json.loads(x) for x in paths["coatnet"].read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(truth)
    kept = truth["expected_status"] != "quarantine"
    for rec, row in zip(recs, truth.itertuples(), strict=True):
        if row.expected_status == "quarantine":
            continue
        m49 = rec["country_m49"]
        want = None if m49 is None else pycountry.countries.get(numeric=m49).alpha_3
        assert want == (None if pd.isna(row.detection_country) else row.detection_country)
        transit = "|".join(pycountry.countries.get(alpha_2=c).alpha_3 for c in rec["transit_iso2"])
        assert transit == ("" if pd.isna(row.transit_countries) else row.transit_countries)
    assert kept.sum() > 0


def test_truth_reads_the_kobo_geopoints(paths: dict[str, Path]) -> None:
    truth = _rows(_truth(paths), "vicariato_darien_ob.csv")
    frame = pd.read_csv(paths["vicariato_darien"], dtype=str, keep_default_na=False)
    assert len(frame) == len(truth)
    for cell, row in zip(frame["Ubicación GPS"], truth.itertuples(), strict=True):
        if row.expected_status == "quarantine" or not cell:
            continue
        lat, lon = (float(x) for x in cell.split()[:2])
        assert abs(lat - float(row.lat)) < 1e-6
        assert abs(lon - float(row.lon)) < 1e-6


def test_unknown_words_expect_unknown(paths: dict[str, Path]) -> None:
    truth = _rows(_truth(paths), "snpmpi_cef_ob.csv")
    frame = pd.read_csv(
        paths["snpmpi_cef"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    kept = (truth["expected_status"] != "quarantine").to_numpy()
    age = frame.loc[kept, "Âge"].to_numpy()
    want = truth.loc[kept, "age_group"].to_numpy()
    for cell, exp in zip(age, want, strict=True):
        assert (cell in ("NR", "non connu")) == (exp == "unknown")
        if cell == "MNA":
            assert exp == "child"
