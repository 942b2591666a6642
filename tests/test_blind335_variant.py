"""The examiner's held-out sample set ``blind335`` (files ``*_ly.*``).

Five agencies: Dover Port Health Authority (English XLSX), COFEPRIS (Mexican Spanish, cp1252
CSV), COPEG Darién (Spanish ODK JSON lines), AICA (Spanish, UTF-8 with BOM, ``;``) and the
EuroMed Droits compilation (French, UTF-16, tab). These tests check what the set promises
(files, bytes, truth); none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
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
from trendlib.samples._blind335 import SOURCES, make_blind335

VARIANT = "blind335"
SEED = 335
N_EVENTS = 1500
SMALL_SEED = 3351
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
# Fields every non-quarantined row gives exactly as the event has them.
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
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


def _csv(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# ---------------------------------------------------------------------------------------
# What every examiner set promises
# ---------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ly", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_ly", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind335(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_sources_are_new_and_routed(truth: pd.DataFrame) -> None:
    firsts = truth.loc[truth["expected_status"] == "record"]
    by_country = firsts.groupby("detection_country")["source"].agg(set)
    assert by_country["GBR"] == {"dover_pha"}
    assert by_country["USA"] == {"cofepris_cos"}
    assert by_country["PAN"] == {"copeg_darien"}
    assert by_country["ESP"] == {"aica_inspeccion"}
    for iso in ("FRA", "ITA", "GRC", "HRV", "POL"):
        assert by_country[iso] == {"euromed_droits"}, iso
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert {"dover_pha", "euromed_droits"} <= set(cross)


# ---------------------------------------------------------------------------------------
# Dover Port Health Authority: English XLSX
# ---------------------------------------------------------------------------------------
def test_dover_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["dover_pha"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:5] == (
        "PHA Ref",
        "Date of Inspection",
        "Referral Type",
        "Exploitation Type",
        "No. of Persons",
    )
    body = rows[1:]
    dates = [r[1] for r in body if r[0] and str(r[0]).startswith("DPHA/")]
    real = [d for d in dates if hasattr(d, "year")]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.7 * len(dates)
    assert any("/" in d for d in text)  # typed as text, day first
    nat = header.index("Nationality (as stated)")
    assert {"Afghan", "Vietnamese"} & {r[nat] for r in body}
    found = header.index("Country Found In")
    assert {"UK", "GB"} <= {r[found] for r in body}
    suspects = header.index("Drivers / Suspects Held")
    assert "Nil" in {r[suspects] for r in body}
    route = header.index("Route Travelled")
    assert any(isinstance(r[route], str) and " > " in r[route] for r in body)
    crime = header.index("Referral Type")
    assert any(str(r[crime]).startswith("Clandestine") for r in body)
    rows_truth = _rows(truth, "dover_pha_ly.xlsx")
    assert rows_truth["expected_reason"].eq("exact_repeat").sum() >= 3


# ---------------------------------------------------------------------------------------
# COFEPRIS: Mexican Spanish, cp1252, ","
# ---------------------------------------------------------------------------------------
def test_cofepris_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cofepris_cos"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _csv(paths["cofepris_cos"], "cp1252", ",")
    header = rows[0]
    assert header[:3] == ["Folio del acta", "Fecha de verificación", "Hecho detectado"]
    assert "Sexo (H/M)" in header
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if r and r[0].startswith("COS/VS/")]
    dates = [r[col["Fecha de verificación"]] for r in body]
    assert any(d.isdigit() and len(d) == 5 for d in dates)  # Excel serials
    assert any(len(d) == 16 for d in dates)  # dd/mm/yyyy hh:mm
    assert any("(" in r[col["Personas localizadas"]] for r in body)  # "3 (tres)"
    assert {"EUA", "E.U.A."} <= {r[col["País donde se detectó"]] for r in body}
    assert any(r[col["Nacionalidad"]] in ("HONDUREÑA", "Hondureña") for r in body)
    assert "M" in {r[col["Sexo (H/M)"]] for r in body}
    assert any(r[col["Hecho detectado"]].startswith("Tráfico de") for r in body)
    tags = tags_of(_rows(truth, "cofepris_cos_ly.csv"))
    for tag in ("serial_date", "count_word", "gentilicio", "sex_letter", "coords_swapped"):
        assert tags.str.contains(tag).any(), tag
    swapped = truth.loc[tags_of(truth).str.contains("coords_swapped") & truth["lat"].notna()]
    assert (swapped["lat"].astype(float) > 20).all()  # expected as the true point


# ---------------------------------------------------------------------------------------
# COPEG Darién: ODK JSON lines
# ---------------------------------------------------------------------------------------
def test_copeg_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["copeg_darien"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(set(r) == set(recs[0]) for r in recs)
    assert "gps_punto" in recs[0]
    assert "fecha_inspeccion" in recs[0]
    data = [r for r in recs if str(r["meta_instance_id"]).startswith("uuid:")]
    assert {r["tipo_caso"] for r in data} <= {
        "trafico_migrantes",
        "trata_personas",
        "trata_y_trafico",
    }
    assert any(str(r["fecha_inspeccion"]).endswith("-05:00") for r in data)
    gps = [r["gps_punto"] for r in data if r["gps_punto"]]
    assert all(len(g.split(" ")) == 4 for g in gps)
    assert all(-9 < -float(g.split(" ")[0]) < -7 for g in gps)
    assert "estados_unidos" in {r["pais_destino"] for r in data}
    assert any(isinstance(r["cantidad_personas"], int) for r in data)


# ---------------------------------------------------------------------------------------
# AICA: Spanish, UTF-8 with BOM, ";"
# ---------------------------------------------------------------------------------------
def test_aica_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["aica_inspeccion"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _csv(paths["aica_inspeccion"], "utf-8-sig", ";")
    header = rows[0]
    assert header[:2] == ["Nº expediente", "Fecha actuación"]
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if r and r[0].startswith("AICA-")]
    lats = [r[col["Latitud"]] for r in body if r[col["Latitud"]]]
    assert all("," in v and "." not in v for v in lats)
    text = raw.decode("utf-8-sig")
    assert "Ã" in text  # mojibake in pasted country names
    dates = {r[col["Fecha actuación"]] for r in body}
    assert any(d.startswith("T") for d in dates)
    assert any(len(d) == 7 and d[2] == "/" for d in dates)  # mm/yyyy
    assert any("bis CP" in r[col["Tipo de delito"]] for r in body)
    rows_truth = _rows(truth, "aica_inspeccion_ly.csv")
    month = rows_truth.loc[tags_of(rows_truth).str.contains("month")]
    assert set(month.loc[month["expected_status"] == "record", "date_precision"]) == {"month"}


# ---------------------------------------------------------------------------------------
# EuroMed Droits: French, UTF-16, tab
# ---------------------------------------------------------------------------------------
def test_euromed_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["euromed_droits"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    rows = _csv(paths["euromed_droits"], "utf-16", "\t")
    header = rows[0]
    assert header[:3] == ["N° fiche", "Date de l'incident", "Qualification"]
    col = {h: i for i, h in enumerate(header)}
    body = [r for r in rows[1:] if r and r[0].startswith("EMD-")]
    dates = {r[col["Date de l'incident"]] for r in body}
    assert any(" mai " in d or d.startswith("mai ") for d in dates)
    assert any(d.startswith("T") for d in dates)
    counts = {r[col["Nombre de personnes"]] for r in body}
    assert any(c.startswith("env. ") for c in counts)
    assert any("\u202f" in c or "\u00a0" in c for c in counts)
    assert any(", " in r[col["Coordonnées GPS"]] for r in body)
    assert "Tunisiens" in {r[col["Nationalité(s)"]] for r in body}
    rows_truth = _rows(truth, "euromed_droits_ly.csv")
    approx = rows_truth.loc[tags_of(rows_truth).str.contains("count_approx")]
    assert approx["n_persons"].notna().all()


def test_quarter_and_month_dates_expect_period_start(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    quarter = kept.loc[kept["date_precision"] == "quarter", "event_date"]
    assert len(quarter) > 0
    assert pd.to_datetime(quarter).dt.is_quarter_start.all()
    month = kept.loc[kept["date_precision"] == "month", "event_date"]
    assert pd.to_datetime(month).dt.is_month_start.all()
