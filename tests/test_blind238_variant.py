"""The examiner's sample set ``blind238`` (files ``*_if.*``): what the files and truth promise.

Five maritime and port-side agencies: the French Affaires maritimes (DIRM MEMN), the
Spanish fisheries inspection (SGP), the Paris MoU secretariat, the Panama Maritime
Authority and the IMO GISIS compilation. None of these tests cleans or scores.
"""

from __future__ import annotations

import codecs
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind238 import make_blind238

VARIANT = "blind238"
SEED = 238
N_EVENTS = 1500
SMALL_SEED = 2381
SMALL_EVENTS = 400
SUFFIX = "_if"
SOURCES = ("dirm_memn", "sgp_inspeccion_pesquera", "paris_mou", "amp_panama", "imo_gisis")
FIELDS = (
    "crime_type",
    "exploitation",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # a tenth of a minute of arc is 0.0017 degree of latitude / 60


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    truth = _truth(small)
    assert all((truth["source"] == s).any() for s in SOURCES)


def test_every_source_has_records_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind238(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


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


def test_origin_is_true_but_for_unknown_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags_of(truth).loc[truth["expected_status"] != "quarantine"]
    unknown = unknown.str.contains("unknown_word").reset_index(drop=True)
    true_origin = events.loc[ok["event_id"], "origin_country"].reset_index(drop=True)
    assert ok.loc[unknown, "origin_country"].isna().all()
    assert ok.loc[~unknown, "origin_country"].equals(true_origin[~unknown])
    assert unknown.sum() > 0


def test_compilation_reports_what_no_primary_does(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.dropna(subset=["detection_country"])
    by_source = first.groupby("source")["detection_country"].agg(set)
    assert by_source["dirm_memn"] == {"FRA"}
    assert by_source["sgp_inspeccion_pesquera"] == {"ESP"}
    assert by_source["paris_mou"] == {"ITA", "GRC", "HRV", "POL"}
    assert by_source["amp_panama"] == {"PAN"}
    assert by_source["imo_gisis"] == {"GBR", "USA"}


def test_every_quarantine_reason_and_garbage(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for source in SOURCES:
        rows = truth.loc[truth["source"] == source]
        assert rows["messiness"].fillna("").str.contains("garbage_row").any(), source
    bad = truth.loc[tags.str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"dirm_memn", "amp_panama"}


# --------------------------------------------------------------------------------------
# The agencies' quirks, in the bytes
# --------------------------------------------------------------------------------------
def test_dirm_is_cp1252_semicolon_crlf_french(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dirm_memn"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° fiche", "Date du constat", "Qualification"]
    assert "Nationalité déclarée" in header
    assert "Position" in header
    body = pd.read_csv(paths["dirm_memn"], sep=";", encoding="cp1252", dtype=str)
    dates = body["Date du constat"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    assert dates.str.contains(r"^\d{1,2} [a-zéû]+ \d{4}$").any()  # "17 mai 2023"
    nat = body["Nationalité déclarée"].dropna().str.lower()
    assert nat.isin(["afghane", "iranienne", "irakienne", "albanaise", "érythréenne",
                     "syrienne", "vietnamienne"]).mean() > 0.8  # fmt: skip
    pos = body["Position"].dropna()
    dmm = r"\d\d°\d\d,\d'[NS] \d{3}°\d\d,\d'[EW]"
    assert pos.str.fullmatch(dmm).mean() > 0.8
    assert body["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert "TOTAL GÉNÉRAL" in set(body["N° fiche"])
    rows = _rows(truth, "dirm_memn")
    assert rows["messiness"].fillna("").str.contains("coords_dmm").any()


def test_dirm_position_reads_as_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    body = pd.read_csv(paths["dirm_memn"], sep=";", encoding="cp1252", dtype=str)
    rows = _rows(truth, "dirm_memn")
    dmm = re.compile(r"(\d+)°(\d\d),(\d)'([NS]) (\d+)°(\d\d),(\d)'([EW])")
    checked = 0
    for cell, lat, lon in zip(body["Position"], rows["lat"], rows["lon"], strict=True):
        m = dmm.fullmatch(str(cell))
        if m is None or pd.isna(lat):
            continue
        d1, m1, t1, h1, d2, m2, t2, h2 = m.groups()
        want_lat = (int(d1) + (int(m1) + int(t1) / 10) / 60) * (1 if h1 == "N" else -1)
        want_lon = (int(d2) + (int(m2) + int(t2) / 10) / 60) * (1 if h2 == "E" else -1)
        assert abs(float(lat) - want_lat) < 1e-5
        assert abs(float(lon) - want_lon) < 1e-5
        checked += 1
    assert checked > 30


def test_sgp_workbook_dates_codes_and_decimal_commas(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    book = openpyxl.load_workbook(paths["sgp_inspeccion_pesquera"])
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº acta", "Fecha inspección", "Buque / embarcación"]
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "str", "int"} <= kinds  # real dates, typed text, serial numbers
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"[a-z]+ \d{4}", d) for d in texts)  # "mayo 2023"
    nat = [r[header.index("Nacionalidad")] for r in rows[1:]]
    assert sum(isinstance(n, str) and re.fullmatch(r"[A-Z]{3}", n) is not None for n in nat) > 50
    assert "senegalesa" in nat or "marroquí" in nat
    lat = [r[header.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{4}", v) for v in lat)
    transit = [r[header.index("Escalas / tránsito")] for r in rows[1:]]
    assert "MRT" in transit or any(isinstance(t, str) and "-" in t for t in transit)
    tags = _rows(truth, "sgp_inspeccion_pesquera")["messiness"].fillna("")
    assert tags.str.contains("date_month").any()
    assert tags.str.contains("excel_serial").any()


def test_paris_mou_is_utf16_tab_english(paths: dict[str, Path]) -> None:
    raw = paths["paris_mou"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE)
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].rstrip("\r").split("\t")
    assert header[:3] == ["Referral no.", "Date of inspection", "Port State"]
    body = pd.read_csv(paths["paris_mou"], sep="\t", encoding="utf-16", dtype=str)
    state = body["Port State"].dropna()
    assert state.isin(["IT", "GR", "HR", "PL"]).mean() > 0.4
    route = body["Route (transit)"].dropna()
    assert route.str.contains(" > ").any()
    assert route.str.fullmatch(r"[A-Z]{2}( > [A-Z]{2})*|direct").all()
    assert (route == "direct").any()
    persons = body["Persons concerned"].dropna()
    assert persons.str.fullmatch(r"\d{1,3}(,\d{3})+").any()  # "1,204"
    assert persons.isin(["one", "two", "three"]).any()
    dates = body["Date of inspection"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert body["Nationality"].isin(["Turkey", "Ivory Coast", "Syria", "Iran"]).any()


def test_amp_is_bom_comma_with_serials_and_mojibake(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["amp_panama"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    assert text.split("\n", 1)[0].startswith("No. de informe,Fecha del hecho,Tipo de delito")
    assert "Ã" in text  # a cp1252 round trip of UTF-8 names
    body = pd.read_csv(paths["amp_panama"], encoding="utf-8-sig", dtype=str)
    dates = body["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.5
    assert body["Grupo etario"].str.contains("NNA").any()
    coords = body["Coordenadas"].dropna()
    assert coords.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").any()
    assert coords.str.contains("°").any()
    tags = _rows(truth, "amp_panama")["messiness"].fillna("")
    assert tags.str.contains("mojibake").any()


def test_amp_serials_read_as_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    body = pd.read_csv(paths["amp_panama"], encoding="utf-8-sig", dtype=str)
    rows = _rows(truth, "amp_panama")
    serial = body["Fecha del hecho"].fillna("").str.fullmatch(r"4\d{4}")
    serial &= rows["expected_status"].ne("quarantine").to_numpy()
    days = pd.to_numeric(body.loc[serial, "Fecha del hecho"])
    want = pd.Timestamp("1899-12-30") + pd.to_timedelta(days, unit="D")
    got = pd.to_datetime(rows.loc[serial, "event_date"])
    assert (got.to_numpy() == want.to_numpy()).all()
    assert serial.sum() > 10


def test_imo_jsonl_un_names_and_partial_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["imo_gisis"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"incident_ref", "date_of_incident", "reporting_state"}
    states = {r.get("reporting_state") for r in recs}
    assert "United Kingdom of Great Britain and Northern Ireland" in states
    assert "United States of America" in states
    dates = [str(r.get("date_of_incident")) for r in recs]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(r.get("suspected_smugglers") in ("nil", "Nil") for r in recs)
    rows = _rows(truth, "imo_gisis")
    assert set(rows["date_precision"].dropna()) == {"day", "month", "quarter"}
    quarter = rows["date_precision"] == "quarter"
    starts = pd.to_datetime(rows.loc[quarter, "event_date"])
    assert starts.dt.is_quarter_start.all()


def test_languages_of_the_headers() -> None:
    subs = make_blind238(make_truth(seed=5, n_events=300), seed=5)
    langs = {s.source: s.language for s in subs}
    assert langs == {
        "dirm_memn": "fr",
        "sgp_inspeccion_pesquera": "es",
        "paris_mou": "en",
        "amp_panama": "es",
        "imo_gisis": "en",
    }
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    assert len({(s.encoding, s.delimiter) for s in subs if s.format == "csv"}) == 3
