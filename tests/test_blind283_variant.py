"""The examiner's held-out sample set ``blind283`` (files ``*_jy.*``).

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind283 import BLIND283_SOURCES, make_blind283
from trendlib.samples._examiner import MONTHS

VARIANT = "blind283"
SEED = 283
N_EVENTS = 1500
SMALL_SEED = 2831
SMALL_EVENTS = 400

SOURCES = [s.source for s in BLIND283_SOURCES]
PC, BRC, EMB, ECD, IFU = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, paths: dict[str, Path], source: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == paths[source].name]


# --------------------------------------------------------------------------------------
# The shared promises of an examiner set
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jy", n_events=N_EVENTS)


def test_small_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_jy", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), ("crime_type",), tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), ("crime_type",), tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, 400), (7, 300)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind283(make_truth(seed=seed, n_events=n_events), seed=seed)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_columns_a_source_lacks_expect_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    pc = _rows_of(ok, paths, PC)
    emb = _rows_of(ok, paths, EMB)
    # the first-aid register has no origin, route, exploitation or offence column
    for col in ("origin_country", "transit_countries", "linked_offences"):
        assert pc[col].isna().all(), col
    thb = pc["crime_type"].isin(["trafficking", "both"])
    assert (pc.loc[thb, "exploitation"] == "unknown").all()
    assert pc.loc[~thb, "exploitation"].isna().all()
    assert emb["linked_offences"].isna().all()
    # where a source has the column, it expects the event's value or nothing
    for col in ("origin_country", "destination_country", "transit_countries"):
        got = ok[col]
        want = events.loc[ok["event_id"], col].to_numpy()
        same = got.to_numpy() == want
        assert (same | got.isna().to_numpy()).all(), col
    tags = tags_of(truth).loc[ok.index]
    lost = (
        ok["origin_country"].isna()
        & events.loc[ok["event_id"], "origin_country"].notna().to_numpy()
    )
    lost &= ~ok["source_file"].eq(paths[PC].name)
    assert tags[lost].str.contains("unknown:origin_country").all()


# --------------------------------------------------------------------------------------
# Protection Civile, littoral (French, cp1252, ;)
# --------------------------------------------------------------------------------------
def test_protection_civile_bytes(paths: dict[str, Path]) -> None:
    raw = paths[PC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° intervention;Date intervention;Nature des faits;")
    assert "Âge" in lines[0]
    assert all(line.count(";") == 12 for line in lines[1:] if line)
    body = "\n".join(lines[1:])
    assert re.search(r";5[01],\d{5};[12],\d{5}", body)  # decimal commas, Calais/Dunkirk
    assert re.search(r"\d{2}/\d{2}/20\d{2} \d{2}:\d{2};", body)  # register time stamps
    assert re.search(r";(afghane|iranienne|irakienne|érythréenne|albanaise|syrienne);", body)
    assert ";Angleterre;" in body
    assert re.search(r";(aucun|néant);", body)
    assert re.search(r";(small boat|embarcation pneumatique)", body)


def test_protection_civile_dates_day_first(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths[PC], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date intervention"].dropna()
    days = dates.str.extract(r"^(\d{2})/(\d{2})/(\d{4})")
    days = days.dropna().astype(int)
    assert (days[1] <= 12).all()
    assert (days[0] > 12).any()


# --------------------------------------------------------------------------------------
# British Red Cross (English, UTF-8, ,)
# --------------------------------------------------------------------------------------
def test_british_red_cross_bytes(paths: dict[str, Path]) -> None:
    raw = paths[BRC].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "\r\n" not in text
    header = text.split("\n")[0]
    assert header.startswith("Case Ref,Date of First Contact,Case Type,Exploitation Type,")
    frame = pd.read_csv(paths[BRC], dtype=str)
    dates = frame["Date of First Contact"].dropna()
    months = "|".join(MONTHS)
    assert dates.str.fullmatch(rf"\d{{1,2}} ({months}) \d{{4}}").any()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert frame["Location (Country)"].isin(["England", "Scotland"]).any()
    assert frame["Route (Countries Transited)"].dropna().str.contains(">").any()
    assert frame["Age Group"].isin(["UASC", "Under 18", "Child"]).any()
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Suspected Perpetrators"].isin(["None", "none"]).any()


# --------------------------------------------------------------------------------------
# Congreso General Emberá-Wounaan (Spanish, XLSX)
# --------------------------------------------------------------------------------------
def test_embera_wounaan_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[EMB], read_only=True).worksheets[0]
    rows = [(*r, *([None] * (14 - len(r)))) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:4] == ("N° de registro", "Fecha de llegada", "Situación", "Total de personas")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in text)
    assert any(re.fullmatch(r"[a-z]+ 20\d{2}", d) for d in text)  # "marzo 2022"
    coords = [r[13] for r in rows[1:] if isinstance(r[13], str)]
    assert coords
    assert all(re.fullmatch(r"\d\.\d{5}, -7\d\.\d{5}", c) for c in coords)
    ages = {r[6] for r in rows[1:]}
    assert {"NNA", "familias con niños"} & ages
    counts = [r[3] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.endswith(" personas") for c in counts)


# --------------------------------------------------------------------------------------
# El Confidencial, unidad de datos (Spanish, UTF-8 with BOM, ;)
# --------------------------------------------------------------------------------------
def test_ec_datos_bytes(paths: dict[str, Path]) -> None:
    raw = paths[ECD].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths[ECD], sep=";", encoding="utf-8-sig", dtype=str)
    assert frame.columns[:3].tolist() == ["ID", "Fecha", "Tipo de delito"]
    assert frame["Latitud"].dropna().str.fullmatch(r"-?\d+,\d{4}").all()
    dates = frame["Fecha"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}").any()
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}").any()
    assert frame["Medio"].isin(["cayuco", "patera", "salto de valla"]).any()
    assert frame["Nacionalidad"].isin(["marroquíes", "argelinos", "senegaleses"]).any()


# --------------------------------------------------------------------------------------
# Intelligence Fusion feed (English, JSON lines)
# --------------------------------------------------------------------------------------
def test_intelligence_fusion_lines(paths: dict[str, Path]) -> None:
    lines = paths[IFU].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"incident_id", "date", "category", "country_code", "lat", "lng"}
    codes = {r["country_code"] for r in recs if r["country_code"] is not None}
    assert codes <= {"IT", "GR", "HR", "PL", "US", "ES", "GB", "PA"}
    dates = [r["date"] for r in recs if isinstance(r["date"], str)]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z", d) for d in dates)
    assert any("Ã" in str(r["transit"]) for r in recs)  # mojibake of Türkiye
    assert any(r["lat"] == 0.0 and r["lng"] == 0.0 for r in recs)
    truth = _rows_of(_truth(paths), paths, IFU)
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        first = int(str(row.duplicate_of).split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_partial_dates_are_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    partial = tags_of(truth).loc[ok.index].str.contains("partial_date")
    assert (ok.loc[partial, "date_precision"] != "day").all()
    assert (ok.loc[~partial, "date_precision"] == "day").all()
    dups = ok["expected_reason"].eq("cross_source")
    assert (ok.loc[dups, "date_precision"] == "day").all()


def test_write_samples_names(tmp_path: Path) -> None:
    out = write_samples(tmp_path, seed=1, n_events=300, variant=VARIANT)
    assert sorted(p.name for k, p in out.items() if not k.startswith("truth")) == sorted(
        s.filename for s in BLIND283_SOURCES
    )
