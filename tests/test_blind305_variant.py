"""The ``blind305`` examiner set (files ``*_ku.*``): what its files and truth promise.

Five child-protection and adoption bodies: the Intercountry Adoption Centre (XLSX,
English), the Mission de l'adoption internationale (CSV cp1252 ``;``, French), Fundación
ANAR (Excel "Unicode text": UTF-16, tabs, Spanish), the IIN-OAS focal points (CSV UTF-8
with BOM, ``,``, Spanish) and Defence for Children International's Kobo compilation
(JSON lines, English). These tests check the files and the truth; none of them cleans.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind305 import SOURCES, make_blind305

VARIANT = "blind305"
SEED = 305
N_EVENTS = 1500
SMALL_SEED = 3051
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
#: Fields every kept row gives exactly as the event has them (only the spelling differs).
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 0.001  # degrees-minutes-seconds round to 1/3600 degree


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
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ku", n_events=N_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_ku", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(n_events: int) -> None:
    subs = make_blind305(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_exploitation_and_offences_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    assert ok["linked_offences"].equals(ev["linked_offences"])
    differs = ok["exploitation"].ne(ev["exploitation"]) & ev["exploitation"].notna()
    assert differs.any()
    assert differs.equals(tags.str.contains("unknown_exploitation")), "only 'not determined'"
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert ok.loc[ev["exploitation"].isna(), "exploitation"].isna().all()  # smuggling: NA
    adoption = tags.str.contains("illegal_adoption")
    assert adoption.any()
    assert (ok.loc[adoption, "exploitation"] == "other").all()
    assert ok.loc[adoption, "age_group"].isin(["child", "mixed", "unknown"]).all()


def test_duplicates_and_repeats_by_source(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"iin_oea", "defence_children_intl"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) == set(NAMES) - {"iin_oea"}  # its focal points report first
    quarantined = truth.loc[truth["expected_status"] == "quarantine", "source"]
    assert set(quarantined) == set(NAMES)


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_iac_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["iac_london"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["IAC ref", "Date identified", "Concern category"]
    assert "Location (lat, long)" in header
    width = len(header)  # a row's empty trailing cells are not stored
    body = [dict(zip(header, (*r, *[None] * (width - len(r))), strict=True)) for r in rows[1:]]
    dates = [r["Date identified"] for r in body if r["Date identified"] is not None]
    real = [d for d in dates if not isinstance(d, str)]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > 2 * len(text) > 0  # date cells, some typed as text
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", t) for t in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", t) for t in text)
    assert any(isinstance(r["No. of individuals"], int) for r in body)
    points = [r["Location (lat, long)"] for r in body if r["Location (lat, long)"]]
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", p) for p in points)
    nats = {r["Nationality"] for r in body}
    assert {"Vietnamese", "Albanian"} & nats
    routes = [r["Route (transit countries)"] for r in body if r["Route (transit countries)"]]
    assert any(" > " in x for x in routes)
    tags = tags_of(_rows(truth, "iac_london"))
    assert tags.str.contains("excel_date").any()
    assert tags.str.contains("demonym:nationality").any()


def test_mai_csv_bytes(paths: dict[str, Path]) -> None:
    raw = paths["mai_meae"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: é is one byte
    assert raw.count(b"\r\n") >= raw.count(b"\n") - 1
    text = raw.decode("cp1252")
    assert text.startswith("N° de signalement;Date des faits;Pays de constatation;")
    frame = _csv(paths["mai_meae"], "cp1252", ";")
    assert frame["Latitude"].str.fullmatch(r"|-?\d+,\d{5}").all()
    dates = frame["Date des faits"]
    day_first = dates.str.extract(r"^(\d{2})/(\d{2})/(\d{2}|\d{4})$").dropna().astype(int)
    assert (day_first[1] <= 12).all()
    assert (day_first[0] > 12).any()
    partial = dates.str.fullmatch(r"T[1-4] 20\d\d") | dates.str.fullmatch(r"[a-zéû]+ 20\d\d")
    assert partial.any()  # a post that gives only the quarter or the month
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()  # two-digit years
    assert "Angleterre" in set(frame["Pays de destination"])
    assert frame["Nationalité"].isin(["afghane", "érythréenne", "albanaise", "iranienne"]).any()
    assert "Ã" in text  # a post's UTF-8 export pasted into the cp1252 sheet
    assert frame["Nombre de mis en cause"].isin(["aucun", "néant"]).any()
    assert "Total général" in set(frame["N° de signalement"])


def test_anar_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["fundacion_anar"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with its BOM, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    assert text.split("\n")[0].split("\t")[:3] == ["Nº expediente", "Fecha", "Tipo de caso"]
    frame = _csv(paths["fundacion_anar"], "utf-16", "\t")
    assert not {"Latitud", "Longitud", "Coordenadas"} & set(frame.columns)
    assert frame["Tipo de caso"].str.contains("318 bis").any()
    assert frame["Ruta (países de tránsito)"].str.contains(", .+ y ").any()
    dates = frame["Fecha"]
    assert dates.str.fullmatch(r"\d{2}-[a-z]{3}-20\d\d").any()
    assert dates.str.fullmatch(r"[1-4]º trimestre 20\d\d").any()
    assert dates.str.fullmatch(r"[a-z]+ de 20\d\d").any()
    assert frame["Nº personas"].str.fullmatch(r"\d{1,2}\.\d{3}").any()  # 1.234
    assert frame["Nacionalidad"].isin(["marroquí", "senegalesa", "maliense"]).any()
    assert frame["Medio de llegada"].isin(["Patera", "Cayuco"]).any()


def test_iin_csv_bytes(paths: dict[str, Path]) -> None:
    raw = paths["iin_oea"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    frame = _csv(paths["iin_oea"], "utf-8-sig", ",")
    assert frame.columns[1] == "Fecha del evento (aaaa/mm/dd)"
    dates = frame["Fecha del evento (aaaa/mm/dd)"]
    assert dates.str.fullmatch(r"20\d\d/\d\d/\d\d").mean() > 0.9
    assert dates.str.fullmatch(r"20\d\d/\d\d").any()
    assert dates.str.fullmatch(r"I{1,3}V? trimestre 20\d\d").any()
    dms = frame["Coordenadas (GMS)"]
    assert dms.str.fullmatch(r"\d+°\d\d'\d\d\"[NS] \d+°\d\d'\d\d\"[EO]").mean() > 0.8
    assert dms.str.endswith('"O').any()
    assert not dms.str.endswith('"W').any()
    assert frame["Grupo etario"].isin(["NNA", "NNA y adultos"]).any()
    assert frame["Delito"].str.strip().isin(["TdP", "TIM"]).any()
    assert frame["Destino previsto"].isin(["EE.UU.", "EEUU"]).any()
    assert frame["Total de personas"].str.fullmatch(r"\d,\d{3}").any()  # 1,234


def test_dci_kobo_lines(paths: dict[str, Path]) -> None:
    lines = paths["defence_children_intl"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    keys = list(rows[0])
    assert keys[:3] == ["case_id", "date_of_incident", "country_of_identification"]
    gps = [r["gps"] for r in rows if r.get("gps")]
    assert all(re.fullmatch(r"-?\d+\.\d{5} -?\d+\.\d{5} 0\.0 \d+\.\d", g) for g in gps)
    dates = [r["date_of_incident"] for r in rows if isinstance(r.get("date_of_incident"), str)]
    stamp = r"20\d\d-\d\d-\d\dT\d\d:\d\d:00\.000\+0[12]:00"
    assert any(re.fullmatch(stamp, d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert {r["case_type"] for r in rows} >= {"thb", "som", "thb_som"}
    assert any(r.get("exploitation_purpose") == "dont_know" for r in rows)
    assert {r["country_of_identification"] for r in rows} >= {"IT", "GR", "HR", "PL"}
    offences = [r["related_offences"] for r in rows if r.get("related_offences")]
    assert any(" " in o and "_" in o for o in offences)  # Kobo select_multiple
    assert any(isinstance(r["persons_affected"], int) for r in rows)
    assert any(isinstance(r["persons_affected"], str) for r in rows)
    assert any(r["case_id"] == "TOTAL" for r in rows)
    assert any(r.get("route") == "direct" for r in rows)  # no transit country
    assert any(" → " in str(r.get("route")) for r in rows)
