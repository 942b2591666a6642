"""The ``blind313`` examiner set (files ``*_lc.*``): what its files and truth promise.

Five vehicle and freight desks (NaVCIS Freight, Sanef A16, ANEAC, Asociación de Grúas de
Panamá, TAPA IIS). These tests check the bytes and the truth only; none cleans or scores.
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

VARIANT = "blind313"
SEED = 313
N_EVENTS = 1500
SMALL_SEED = 3131
SMALL_EVENTS = 400
SOURCES = ("navcis_freight", "sanef_pc_a16", "aneac_auxilio", "gruas_panama", "tapa_iis")
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source_file"] == paths[source].name].reset_index(drop=True)


def _xlsx(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]  # short rows: trailing blanks


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_lc", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_lc", n_events=SMALL_EVENTS)


def test_every_source_has_event_rows(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        truth = _truth(p)
        for source in SOURCES:
            rows = truth.loc[truth["source_file"] == p[source].name]
            assert (rows["expected_status"] == "record").sum() > 5, source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        check_expected_values(p, _truth(p), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_duplicate_share_and_repeats(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    reasons = truth["expected_reason"].value_counts()
    assert 0.03 * N_EVENTS <= reasons["cross_source"] <= 0.05 * N_EVENTS
    assert reasons["exact_repeat"] >= 3
    repeated = set(truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"])
    assert repeated == {"aneac_auxilio_lc.csv", "gruas_panama_lc.xlsx"}


# --------------------------------------------------------------------------------------
# NaVCIS Freight (UK): an Excel log
# --------------------------------------------------------------------------------------
def test_navcis_excel_log(paths: dict[str, Path]) -> None:
    rows = _xlsx(paths["navcis_freight"])
    head = rows[0]
    assert head[:4] == ("NaVCIS Ref", "Incident Date", "Offence Category", "Exploitation Type")
    assert "Nationality (claimed)" in head
    assert "Conveyance" in head
    body = rows[1:]
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Incident Date"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(body)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in texts)  # UK day-first
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in texts)  # "May 2023"
    refs = [r[col["NaVCIS Ref"]] for r in body]
    assert all(isinstance(r, str) for r in refs)
    assert sum(bool(re.fullmatch(r"NVF/\d{2}/\d{4}", str(r))) for r in refs) > 0.95 * len(body)
    assert "N/A" in {r[col["Exploitation Type"]] for r in body}  # on smuggling rows
    nats = {r[col["Nationality (claimed)"]] for r in body}
    assert nats & {"Afghan", "Iranian", "Iraqi", "Vietnamese", "Eritrean", "Albanian"}
    assert {"UK", "Great Britain"} & {r[col["Country"]] for r in body}
    lats = [r[col["Latitude"]] for r in body if r[col["Latitude"]] is not None]
    assert all(isinstance(v, float) for v in lats)
    assert {"None", "Nil"} & {r[col["Suspects"]] for r in body}


# --------------------------------------------------------------------------------------
# Sanef PC sécurité A16 (France): a main courante extract
# --------------------------------------------------------------------------------------
def test_sanef_bytes(paths: dict[str, Path]) -> None:
    raw = paths["sanef_pc_a16"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n")[0].split(";")
    assert head[0] == "N° main courante"
    assert "Nationalité déclarée" in head
    assert "Pays traversés" in head
    assert not any("Pays de d" in h or h == "Pays" for h in head)  # no country column
    frame = pd.read_csv(paths["sanef_pc_a16"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date / heure"].dropna()
    dated = dates.str.fullmatch(r"\d{2}/\d{2}/(\d{4} \d{2}:\d{2}|\d{2})")
    assert dated.mean() > 0.95
    lat = frame["Latitude"].dropna()
    assert lat.str.fullmatch(r"5\d,\d{5}").all()  # decimal comma, Calais-Dunkerque
    assert "Angleterre" in set(frame["Destination déclarée"].str.strip())
    assert {"afghane", "iranienne", "irakienne", "érythréenne"} & set(
        frame["Nationalité déclarée"].dropna().str.strip()
    )
    assert frame["Nb personnes découvertes"].dropna().str.contains(" pers.").any()
    assert "aucun" in set(frame["Nb passeurs interpellés"].dropna())


def test_sanef_mojibake_and_no_country(paths: dict[str, Path]) -> None:
    rows = _rows_of(paths, "sanef_pc_a16")
    tags = tags_of(rows)
    assert tags.str.contains("mojibake:").any()
    text = paths["sanef_pc_a16"].read_bytes().decode("cp1252")
    assert "Ã©" in text or "Ã‰" in text
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept["detection_country"].isna().all()  # the file never names the country
    assert tags.loc[kept.index].str.contains("blank_detection_country").all()


# --------------------------------------------------------------------------------------
# ANEAC (Spain): Excel "Unicode text"
# --------------------------------------------------------------------------------------
def test_aneac_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["aneac_auxilio"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little endian with its BOM
    text = raw.decode("utf-16")
    head = text.split("\n")[0].split("\t")
    assert head[:3] == ["Nº parte", "Fecha del servicio", "Tipo de delito"]
    assert "Coordenadas GPS" in head
    assert not any("delitos" in h.lower() for h in head)  # no linked offences column
    frame = pd.read_csv(paths["aneac_auxilio"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Fecha del servicio"].dropna()
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.5
    assert dates.str.fullmatch(r"\d{2}-[a-z]{3}-\d{4}").any()  # "17-may-2023"
    assert dates.str.fullmatch(r"[a-z]+ \d{4}").any()  # "mayo 2023"
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()  # "T2 2023"
    pairs = frame["Coordenadas GPS"].dropna()
    assert pairs.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    counts = frame["Personas localizadas"].dropna()
    assert counts.str.fullmatch(r"\d{1,3}\.\d{3}").any()  # "1.250"
    assert "MENA" in set(frame["Edad"].dropna().str.strip())


def test_aneac_h_and_m_are_hombre_and_mujer(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["aneac_auxilio"], sep="\t", encoding="utf-16", dtype=str)
    rows = _rows_of(paths, "aneac_auxilio")
    assert len(frame) == len(rows)
    kept = rows["expected_status"] != "quarantine"
    sex = frame["Sexo"].str.strip()
    assert (rows.loc[kept & (sex == "M"), "gender"] == "female").all()
    assert (rows.loc[kept & (sex == "H"), "gender"] == "male").all()
    assert (kept & sex.isin(["H", "M"])).sum() > 10
    assert rows["linked_offences"].isna().all()


# --------------------------------------------------------------------------------------
# Asociación de Grúas de Panamá: an Excel book
# --------------------------------------------------------------------------------------
def test_gruas_panama_excel(paths: dict[str, Path]) -> None:
    rows = _xlsx(paths["gruas_panama"])
    head = rows[0]
    assert head[:3] == ("No. de reporte", "Fecha", "Delito")
    col = {h: i for i, h in enumerate(head)}
    body = rows[1:]
    dates = [r[col["Fecha"]] for r in body]
    assert any(isinstance(d, datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44190 <= d <= 45300 for d in serials)  # 2021-2023 as Excel serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d) for d in texts)
    lats = [r[col["Latitud"]] for r in body if isinstance(r[col["Latitud"]], str)]
    assert any(re.fullmatch(r"\d+°\d{2}'\d{2}\.\d\"N", v) for v in lats)  # from a GPS
    assert "EE.UU." in {r[col["Destino final"]] for r in body}
    counts = [r[col["Cantidad de personas"]] for r in body]
    assert any(isinstance(c, str) and re.fullmatch(r"\d,\d{3}", c) for c in counts)


def test_gruas_panama_m_is_masculino(paths: dict[str, Path]) -> None:
    body = _xlsx(paths["gruas_panama"])
    sex = pd.Series([r[body[0].index("Sexo")] for r in body[1:]], dtype=object)
    sex = sex.map(lambda v: v.strip() if isinstance(v, str) else v)
    rows = _rows_of(paths, "gruas_panama")
    kept = rows["expected_status"] != "quarantine"
    assert (rows.loc[kept & (sex == "M"), "gender"] == "male").all()
    assert (rows.loc[kept & (sex == "F"), "gender"] == "female").all()


def test_dms_coordinates_expect_the_point(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    dms = tags_of(truth).str.contains("coords_dms") & truth["expected_status"].ne("quarantine")
    assert dms.sum() > 0
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    got = truth.loc[dms, "lat"].astype(float).to_numpy()
    want = events.loc[truth.loc[dms, "event_id"], "lat"].astype(float).to_numpy()
    assert (abs(got - want) < TOLERANCE).all()


# --------------------------------------------------------------------------------------
# TAPA IIS: the compilation, JSON lines
# --------------------------------------------------------------------------------------
def test_tapa_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["tapa_iis"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows_of(paths, "tapa_iis"))
    keys = set(records[0])
    assert {"incident_id", "incident_date", "persons_involved", "lat", "lng"} <= keys
    assert not any(r["incident_id"] == "TOTAL" for r in records)  # an API has no total
    countries = {r["country"] for r in records}
    assert {"IT", "GR", "HR", "PL", "US"} <= countries
    dates = pd.Series([r["incident_date"] for r in records], dtype=object).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.6
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d{4}-\d{2}").any()
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z").any()
    assert any(isinstance(r["persons_involved"], int) for r in records)


def test_partial_dates_by_agency(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source_file")["date_precision"].agg(lambda s: set(s))
    assert prec["sanef_pc_a16_lc.csv"] == {"day"}  # a main courante always has the day
    assert prec["gruas_panama_lc.xlsx"] == {"day"}
    assert prec["aneac_auxilio_lc.csv"] == {"day", "month", "quarter"}
    assert prec["tapa_iis_lc.jsonl"] == {"day", "month", "quarter"}
    assert prec["navcis_freight_lc.xlsx"] == {"day", "month"}
    partial = tags_of(kept).str.contains("partial_date")
    assert (kept.loc[partial, "date_precision"] != "day").all()
    assert (kept.loc[~partial, "date_precision"] == "day").all()


def test_bad_rows_of_every_kind_per_file(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    garbage = bad.loc[bad["messiness"] == "garbage_row", ["source_file", "expected_reason"]]
    csvs = {"sanef_pc_a16_lc.csv", "aneac_auxilio_lc.csv"}
    empty = set(garbage.loc[garbage["expected_reason"] == "empty_row", "source_file"])
    assert empty == csvs
    notes = set(garbage.loc[garbage["expected_reason"] == "no_content", "source_file"])
    assert notes == {paths[s].name for s in SOURCES if s != "tapa_iis"}
