"""The examiner's held-out sample set ``blind164`` (files ``*_fj.*``): what it promises.

Five child-protection sources (Spanish juvenile prosecutors, the Pas-de-Calais child
welfare service, INTERSOS's Kobo export, Aldeas Infantiles SOS Panamá, Child Helpline
International). These tests check the files and the truth only; none cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind164 import AGENCIES, make_blind164

VARIANT = "blind164"
SEED = 164
N_EVENTS = 1500
SMALL_SEED = 1641
SMALL_EVENTS = 400
SOURCES = [a.source for a in AGENCIES]
#: Fields every kept row gives exactly as the event has them.
EXACT = ["crime_type", "transit_countries", "linked_offences"]
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    agency = next(a for a in AGENCIES if a.source == source)
    return pd.read_csv(
        paths[source],
        sep=agency.delimiter,
        encoding=agency.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_fj", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_fj", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_reports_of_events(paths: dict[str, Path]) -> None:
    ok, ev = check_reports_of_events(paths, _truth(paths), EXACT)
    assert len(ok) == len(ev) > N_EVENTS


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind164(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_routing(paths: dict[str, Path]) -> None:
    """Each detection country has its first reporter; the compilation has the rest."""
    truth = _truth(paths)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_country = pd.crosstab(det, first["source"].to_numpy())
    assert set(by_country.loc["ESP"][by_country.loc["ESP"] > 0].index) == {"fiscalia_menores_es"}
    assert set(by_country.loc["PAN"][by_country.loc["PAN"] > 0].index) == {"aldeas_sos_pa"}
    for iso in ("ITA", "GRC"):
        assert set(by_country.loc[iso][by_country.loc[iso] > 0].index) == {"intersos_cp"}
    for iso in ("GBR", "POL", "HRV", "USA"):
        assert set(by_country.loc[iso][by_country.loc[iso] > 0].index) == {"child_helpline_intl"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(cross) <= {"child_helpline_intl", "cd62_ase_mna"}


def test_every_source_sends_garbage_rows(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    garbage = truth.loc[truth["messiness"].fillna("").str.contains("garbage_row")]
    assert set(garbage["source"]) == set(SOURCES)
    csvs = {"cd62_ase_mna", "aldeas_sos_pa", "child_helpline_intl"}
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"]) == csvs
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == set(SOURCES) - {"intersos_cp"}  # a Kobo export has no note line
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"intersos_cp", "aldeas_sos_pa", "child_helpline_intl"}


# --------------------------------------------------------------------------------------
# Spain: Fiscalía de Menores (XLSX)
# --------------------------------------------------------------------------------------
def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    """The sheet's rows, each padded to the header's width (trailing blanks are cut)."""
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]


def test_fiscalia_workbook(paths: dict[str, Path]) -> None:
    rows = _sheet_rows(paths["fiscalia_menores_es"])
    header = list(rows[0])
    assert header[:3] == ["Nº Diligencias", "Fecha de localización", "Tipo delictivo"]
    assert "Medio de llegada" in header
    assert "Latitud" not in header
    body = rows[1:]
    dates = [r[1] for r in body if r[1] is not None]
    real = sum(isinstance(d, datetime) for d in dates)
    assert real / len(dates) > 0.75  # mostly real Excel dates
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)  # day first, as text
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in text)  # "mayo 2023"
    crimes = {r[2] for r in body if r[2]}
    assert any("177 bis" in c for c in crimes)
    assert any("318 bis" in c for c in crimes)
    ages = {r[header.index("Edad")] for r in body}
    assert "MENA" in ages
    nats = {r[header.index("Nacionalidad")] for r in body}
    assert {"marroquí", "senegalesa"} & nats
    counts = [r[header.index("Nº víctimas / personas")] for r in body[:50]]
    assert sum(isinstance(c, int) for c in counts) > 40  # numbers, not text
    modes = {r[header.index("Medio de llegada")] for r in body}
    assert "Cayuco" in modes or "Patera" in modes


def test_fiscalia_truth_reads_the_words(paths: dict[str, Path]) -> None:
    rows = _sheet_rows(paths["fiscalia_menores_es"])
    rows_t = _rows(paths, "fiscalia_menores_es")
    assert len(rows) - 1 == len(rows_t)
    header = list(rows[0])
    for row, exp in zip(rows[1:], rows_t.itertuples(), strict=True):
        if exp.expected_status == "quarantine":
            continue
        age = row[header.index("Edad")]
        if age == "MENA":
            assert exp.age_group == "child"
        if isinstance(age, str) and "determinación" in age:
            assert exp.age_group == "unknown"
        nat = row[header.index("Nacionalidad")]
        if nat == "marroquí":
            assert exp.nationality == "MAR"
        crime = row[header.index("Tipo delictivo")]
        if crime == "Art. 318 bis CP":
            assert exp.crime_type == "smuggling"
        assert pd.isna(exp.lat)
        assert pd.isna(exp.destination_country)


# --------------------------------------------------------------------------------------
# France: Pas-de-Calais ASE (cp1252, ";")
# --------------------------------------------------------------------------------------
def test_cd62_bytes(paths: dict[str, Path]) -> None:
    raw = paths["cd62_ase_mna"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier;Date de repérage;")
    assert "\r\n" in text
    frame = _csv(paths, "cd62_ase_mna")
    dates = frame["Date de repérage"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    assert (
        dates.str.fullmatch(r"T[1-4] 20\d\d").any() or dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    )
    assert {"afghane", "irakienne"} & set(frame["Nationalité déclarée"])
    assert frame["Pays de destination"].str.strip().str.lower().isin(["angleterre"]).any()
    assert frame["Nb de passeurs interpellés"].str.lower().eq("aucun").any()


def test_cd62_partial_dates_expect_period_start(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "cd62_ase_mna")
    truth = _rows(paths, "cd62_ase_mna")
    assert len(frame) == len(truth)
    quarter = frame["Date de repérage"].str.fullmatch(r"T[1-4] 20\d\d")
    for cell, exp in zip(
        frame.loc[quarter, "Date de repérage"], truth.loc[quarter].itertuples(), strict=True
    ):
        if exp.expected_status == "quarantine":
            continue
        q, year = int(cell[1]), int(cell[3:])
        assert exp.event_date == f"{year}-{3 * q - 2:02d}-01"
        assert exp.date_precision == "quarter"


# --------------------------------------------------------------------------------------
# Italy and Greece: INTERSOS Kobo export (JSON lines)
# --------------------------------------------------------------------------------------
def test_intersos_kobo_lines(paths: dict[str, Path]) -> None:
    lines = paths["intersos_cp"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert len(recs) == len(_rows(paths, "intersos_cp"))
    keys = set(recs[0])
    assert {"incident/date_identification", "incident/gps", "group/nationality"} <= keys
    gps = [r["incident/gps"] for r in recs if r.get("incident/gps")]
    assert all(re.fullmatch(r"-?\d+\.\d+ -?\d+\.\d+ \d+\.\d \d+\.\d", g) for g in gps)
    assert {r["incident/country"] for r in recs} >= {"italy", "greece"}
    nats = {r["group/nationality"] for r in recs}
    assert "cote_d_ivoire" in nats or "nigeria" in nats
    assert any(isinstance(r["incident/persons_concerned"], int) for r in recs)
    both = [r["incident/protection_concern"] for r in recs]
    assert any(isinstance(c, str) and " " in c for c in both)  # select-multiple answer
    stamps = [r["incident/date_identification"] for r in recs]
    assert any(isinstance(s, str) and s.endswith("+02:00") for s in stamps)


def test_intersos_geopoints_expect_the_point(paths: dict[str, Path]) -> None:
    lines = paths["intersos_cp"].read_text(encoding="utf-8").splitlines()
    truth = _rows(paths, "intersos_cp")
    for line, exp in zip(lines, truth.itertuples(), strict=True):
        gps = json.loads(line).get("incident/gps")
        if gps and exp.expected_status != "quarantine":
            lat, lon = (float(v) for v in gps.split()[:2])
            assert abs(lat - float(exp.lat)) < TOLERANCE
            assert abs(lon - float(exp.lon)) < TOLERANCE


# --------------------------------------------------------------------------------------
# Panama: Aldeas Infantiles SOS (UTF-8 with BOM, ",")
# --------------------------------------------------------------------------------------
def test_aldeas_bytes(paths: dict[str, Path]) -> None:
    raw = paths["aldeas_sos_pa"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, "aldeas_sos_pa")
    assert list(frame.columns[:2]) == ["Código", "Fecha de atención"]
    dates = frame["Fecha de atención"]
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d\d").any()  # Excel's "17-may-23"
    assert frame["Grupo etario"].str.strip().isin(["NNA", "Grupo familiar"]).any()
    assert frame["Nacionalidad"].str.strip().eq("venezolana").any()
    assert frame["Coordenadas"].str.contains("°").any()  # copied from a map in DMS
    assert frame.apply(lambda c: c.str.contains("Ã")).any().any()  # a mojibake import
    assert frame["Presuntos tratantes / coyotes"].str.lower().eq("ninguno").any()


def test_aldeas_dms_and_words_expect_their_reading(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "aldeas_sos_pa")
    truth = _rows(paths, "aldeas_sos_pa")
    assert len(frame) == len(truth)
    pattern = re.compile(r"(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EW])")
    seen = 0
    for cell, exp in zip(frame["Coordenadas"], truth.itertuples(), strict=True):
        m = pattern.fullmatch(cell)
        if not m or exp.expected_status == "quarantine":
            continue
        lat = (int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600) * (1 if m[4] == "N" else -1)
        lon = (int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600) * (1 if m[8] == "E" else -1)
        assert abs(lat - float(exp.lat)) < TOLERANCE
        assert abs(lon - float(exp.lon)) < TOLERANCE
        seen += 1
    assert seen > 0
    words = frame["Total personas"].str.endswith(" personas")
    kept = truth["expected_status"].ne("quarantine")
    got = frame.loc[words & kept, "Total personas"].str.split().str[0]
    assert got.tolist() == truth.loc[words & kept, "n_persons"].tolist()
    nna = frame["Grupo etario"].str.strip().str.upper().eq("NNA") & kept
    assert (truth.loc[nna, "age_group"] == "child").all()


# --------------------------------------------------------------------------------------
# Child Helpline International compilation (UTF-16, tab)
# --------------------------------------------------------------------------------------
def test_chi_bytes(paths: dict[str, Path]) -> None:
    raw = paths["child_helpline_intl"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little endian with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Case ref", "Date of incident", "Case category"]
    frame = _csv(paths, "child_helpline_intl")
    dates = frame["Date of incident"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").mean() > 0.3
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert frame["Country of incident"].str.strip().isin(["GB", "PL", "HR", "US"]).any()
    assert frame["Transit countries"].str.contains(" > ").any()
    assert frame["Gender"].str.strip().isin(["Girls", "Boys", "Girl(s)", "Boy(s)"]).any()


def test_chi_month_and_quarter_cells(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "child_helpline_intl")
    truth = _rows(paths, "child_helpline_intl")
    month = frame["Date of incident"].str.fullmatch(r"[A-Z][a-z]+ 20\d\d")
    kept = truth["expected_status"].ne("quarantine")
    assert (truth.loc[month & kept, "date_precision"] == "month").all()
    assert truth.loc[month & kept, "event_date"].str.endswith("-01").all()


# --------------------------------------------------------------------------------------
# Tags say what each row leaves out
# --------------------------------------------------------------------------------------
def test_tags_cover_the_quirks(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "partial_date",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "blank_gender",
        "blank_nationality",
        "coords_missing",
        "coords_placeholder",
        "coords_dms",
        "mojibake",
        "count_words",
        "bad_row",
    ):
        assert tags.str.contains(tag).any(), tag
