"""The examiner set ``blind319`` (files ``*_li.*``): what its files and truth promise.

Five mountain-border sources (Tous Migrants, Irungo Harrera Sarea, No More Deaths, the
Darién community guides, Safe Passage International). These tests check the bytes and
the truth only; none of them cleans or scores.
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
from trendlib.samples._blind319 import SOURCES, make_blind319

VARIANT = "blind319"
SEED = 319
N_EVENTS = 1500
SMALL_SEED = 3191
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
TOUS, IRUN, NMD, DARIEN, SAFE = NAMES
#: Fields every report gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_li", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_li", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind319(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_compilation_and_second_reports(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.dropna(subset=["event_id"])
    country = first["event_id"].map(events.set_index("event_id")["detection_country"])
    by_country = first.groupby(country)["source"].agg(set)
    assert by_country["FRA"] == by_country["ITA"] == {TOUS}
    assert by_country["ESP"] == {IRUN}
    assert by_country["USA"] == {NMD}
    assert by_country["PAN"] == {DARIEN}
    for iso in ("GBR", "GRC", "HRV", "POL"):
        assert by_country[iso] == {SAFE}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {TOUS, SAFE}


# --------------------------------------------------------------------------------------
# Each agency's own bytes
# --------------------------------------------------------------------------------------
def test_tous_migrants_is_french_excel_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[TOUS].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.startswith("N° fiche;Date;Type de faits;".encode("cp1252"))
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    frame = pd.read_csv(paths[TOUS], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    assert dates.str.fullmatch(
        r"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) \d{4}"
    ).any()
    days = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")].str[:2].astype(int)
    assert (days > 12).any()  # day first
    assert frame["GPS lat."].dropna().str.contains(",").all()  # decimal commas
    assert frame["Parcours"].dropna().str.contains(" > ").any()
    assert frame["Nationalité"].isin(["afghane", "érythréenne", "irakienne"]).any()
    assert "Ã" in text  # mojibake pasted from a UTF-8 form
    assert frame["Nb passeurs"].eq("aucun").any()
    assert frame["Nb personnes"].isin(["NC", "non compté"]).any()
    words = frame["Nb personnes"].isin(["un", "deux", "trois", "quatre", "cinq", "six"])
    assert words.any()
    assert _rows(truth, TOUS).loc[words.to_numpy(), "n_persons"].notna().all()
    ours = _rows(truth, TOUS)
    assert ours["messiness"].str.contains("mojibake", na=False).any()
    assert {"TOTAL", "Remarque : tableau tenu par les bénévoles, chiffres non consolidés"} <= set(
        frame["N° fiche"].dropna()
    )


def test_irun_network_is_bilingual_google_sheet(paths: dict[str, Path]) -> None:
    raw = paths[IRUN].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("Zk. / Nº,Data / Fecha,Delitua / Delito,")
    assert "\r\n" not in text
    frame = pd.read_csv(paths[IRUN], dtype=str)
    dates = frame["Data / Fecha"].dropna()
    day = dates[dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}")]
    assert len(day) / len(dates) > 0.8
    assert day.str.fullmatch(r"\d/\d{1,2}/\d{4}").any()  # no zero padding
    assert (day.str.split("/").str[0].astype(int) > 12).any()  # day first
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.contains(
        r"^(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre)"
    ).any()
    assert {"H", "M"} <= set(frame["Sexua / Sexo"].str.strip())
    assert frame["Iritsiera / País de llegada"].isin(["Estado español", "Espainia"]).any()
    assert frame["Herritartasuna / Nacionalidad"].isin(["marroquí", "senegalés"]).any()
    assert "Latitud" not in header  # the shelter keeps no GPS
    assert "GPS" not in header
    assert frame["Pertsonak / Personas"].isin(["s/d", "¿?"]).any()


def test_no_more_deaths_writes_us_dates_and_garmin_gps(paths: dict[str, Path]) -> None:
    raw = paths[NMD].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfReport #,Date,Incident type,")
    frame = pd.read_csv(paths[NMD], dtype=str, encoding="utf-8-sig")
    dates = frame["Date"].dropna()
    day = dates[dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}")]
    parts = day.str.split("/")
    assert (parts.str[1].astype(int) > 12).any()  # month first
    assert (parts.str[0].astype(int) <= 12).all()
    gps = frame["GPS"].dropna()
    assert gps.str.fullmatch(r"N\d+ \d\d\.\d{3} W\d+ \d\d\.\d{3}").any()
    assert gps.str.fullmatch(r"\d+\.\d+, -\d+\.\d+").any()
    assert frame["Ages"].isin(["UAC", "Family unit"]).any()
    assert frame["Country"].isin(["US", "U.S.", "USA"]).any()
    assert frame["# Guides"].eq("none").any()


def test_darien_guides_kobo_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[DARIEN]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("Código de registro", "Fecha del encuentro")
    assert "_Ubicación GPS_latitude" in header
    body = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    dates = [r["Fecha del encuentro"] for r in body if r["Fecha del encuentro"] is not None]
    assert sum(hasattr(d, "year") for d in dates) >= len(dates) - 3  # real Excel dates
    counts = [r["¿Cuántas personas en el grupo?"] for r in body]
    assert sum(isinstance(c, int) for c in counts) > 0.95 * len(counts)
    lats = [r["_Ubicación GPS_latitude"] for r in body]
    assert any(isinstance(v, float) for v in lats)
    assert 0 in lats  # no fix: 0/0
    nats = {r["Nacionalidad principal del grupo"] for r in body}
    assert {"venezolana", "haitiana"} <= nats
    ours = _rows(truth, DARIEN)
    assert ours["expected_reason"].eq("exact_repeat").any()  # re-sent submissions
    place = ours.loc[ours["messiness"].str.contains("coords_placeholder", na=False)]
    assert place["lat"].isna().all()


def test_safe_passage_json_lines(paths: dict[str, Path]) -> None:
    lines = paths[SAFE].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"case_ref", "incident_date", "route", "lat", "lng"}
    routes = [r["route"] for r in recs if r.get("route") is not None]
    assert routes
    assert all(isinstance(r, list) for r in routes)
    dates = [r["incident_date"] for r in recs if isinstance(r.get("incident_date"), str)]
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\d", d)) for d in dates) > 0.8 * len(dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)
    nats = {r["nationality"] for r in recs}
    assert nats & {"AFG", "IRQ", "IRN", "SYR"}
    assert {"UASC"} <= {r["age_band"] for r in recs}
    assert recs[-1]["case_ref"] == "TOTAL (all cases)"


def test_partial_dates_and_their_sources(truth: pd.DataFrame) -> None:
    prec = truth.groupby("date_precision")["source"].agg(set)
    assert prec["quarter"] == {SAFE}
    assert prec["month"] == {TOUS, IRUN, NMD, SAFE}
    partial = truth.loc[tags_of(truth).str.contains("partial_date")]
    assert partial["expected_reason"].isin(["cross_source"]).sum() == 0


def test_gender_letters_follow_the_language(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """``M`` is a woman in the Irun (Spanish) file and a man in the Arizona (English) one."""
    for source, enc, col, want in (
        (IRUN, "utf-8", "Sexua / Sexo", "female"),
        (NMD, "utf-8-sig", "Sex", "male"),
    ):
        frame = pd.read_csv(paths[source], dtype=str, encoding=enc, keep_default_na=False)
        rows = _rows(truth, source)
        assert len(frame) == len(rows)
        is_m = (
            frame[col].str.strip().eq("M") & rows["expected_status"].ne("quarantine")
        ).to_numpy()
        assert is_m.any()
        assert (rows.loc[is_m, "gender"] == want).all()
