"""The examiner set ``blind295`` (files ``*_kk.*``): what its files and truth promise.

Five inspectorates and a monitoring desk (see :mod:`trendlib.samples._blind295`). These
tests read the bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
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

from trendlib.samples import write_samples

VARIANT = "blind295"
SEED = 295
N_EVENTS = 1500
SMALL_SEED = 2951
SMALL_EVENTS = 400
SOURCES = (
    "nts_intel_kk",
    "dreets_hdf_uracti_kk",
    "dgconsumo_es_kk",
    "acodeco_pa_kk",
    "frontex_fsc_kk",
)
# fields every agency gives exactly as the event has them
FIELDS = ("crime_type", "transit_countries", "linked_offences")
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


def _text(paths: dict[str, Path], source: str, encoding: str) -> str:
    return paths[source].read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kk", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_kk", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_every_source_has_event_rows(tmp_path: Path) -> None:
    for seed, n in ((0, 300), (SMALL_SEED, SMALL_EVENTS)):
        out = write_samples(tmp_path / f"s{seed}", seed=seed, n_events=n, variant=VARIANT)
        truth = _truth(out)
        counts = truth.loc[truth["expected_status"] == "record", "source"].value_counts()
        assert set(counts.index) == set(SOURCES), counts


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_routing(paths: dict[str, Path]) -> None:
    """Each agency first reports the events of its own country; the desk all others."""
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    home = {
        "GBR": "nts_intel_kk",
        "FRA": "dreets_hdf_uracti_kk",
        "ESP": "dgconsumo_es_kk",
        "PAN": "acodeco_pa_kk",
    }
    want = [home.get(c, "frontex_fsc_kk") for c in where]
    assert first["source"].tolist() == want
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {"frontex_fsc_kk", "dreets_hdf_uracti_kk"}


def test_tagged_blanks_expect_nothing(paths: dict[str, Path]) -> None:
    """Origin, destination and exploitation left out or unknown are expected so."""
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}|no_column:{col}") & kept
        assert truth.loc[blank, col].isna().all(), col
    blank = tags.str.contains("blank_exploitation") & kept
    assert (truth.loc[blank, "exploitation"] == "unknown").all()
    smuggling = kept & truth["crime_type"].eq("smuggling")
    assert truth.loc[smuggling, "exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# National Trading Standards intelligence (XLSX, English)
# --------------------------------------------------------------------------------------
def test_nts_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["nts_intel_kk"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("IDB Log Ref", "Incident Date", "Premises Type", "Crime Category")
    assert "Location (UK Nation)" in header
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    real = [d for d in dates if hasattr(d, "year")]
    typed = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.7 * len(dates)
    assert any("/" in d for d in typed)  # typed day-first text
    counts = [r[5] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert {"Nil", "None"} & {r[6] for r in rows[1:]}
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"England", "UK"} <= cells
    assert any(" > " in c for c in cells)
    assert {"Vietnamese", "Modern Slavery", "Small boat"} <= cells
    premises = {r[2] for r in rows[1:]}
    assert {"Nail bar", "Car wash"} & premises


def test_nts_truth(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "nts_intel_kk")
    kept = rows.loc[rows["expected_status"] == "record"]
    assert (kept["detection_country"] == "GBR").all()
    assert kept["destination_country"].isna().all()  # the log has no destination column
    tags = kept["messiness"].fillna("")
    assert tags.str.contains("demonym:nationality").any()
    assert tags.str.contains("subnational:detection_country").any()
    month = kept["date_precision"] == "month"
    assert month.any()
    assert pd.to_datetime(kept.loc[month, "event_date"]).dt.day.eq(1).all()


# --------------------------------------------------------------------------------------
# DREETS Hauts-de-France (CSV, cp1252, ';', French)
# --------------------------------------------------------------------------------------
def test_dreets_bytes(paths: dict[str, Path]) -> None:
    raw = paths["dreets_hdf_uracti_kk"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° de procédure", "Date du contrôle", "Qualification retenue"]
    assert "irréguliers" in text
    assert any(w in text for w in ("afghane", "irakienne", "iranienne", "vietnamienne"))
    assert "aucun" in text or "néant" in text


def test_dreets_dates_and_commas(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(
        paths["dreets_hdf_uracti_kk"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    dates = frame["Date du contrôle"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any() or dates.str.contains("20").all()
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.contains(",").all()
    rows = _rows(paths, "dreets_hdf_uracti_kk")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) <= {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# Dirección General de Consumo (CSV, UTF-8 BOM, '|', Spanish, mojibake batch)
# --------------------------------------------------------------------------------------
def test_consumo_bytes(paths: dict[str, Path]) -> None:
    raw = paths["dgconsumo_es_kk"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.split("\n", 1)[0].split("|")
    assert header[:3] == ["Nº Acta", "Fecha de la actuación", "Provincia / Isla"]
    assert "Ã" in text  # a regional batch arrived garbled
    assert "318 bis" in text or "177 bis" in text
    assert "Latitud" not in text  # inspections are filed by address


def test_consumo_truth(paths: dict[str, Path]) -> None:
    rows = _rows(paths, "dgconsumo_es_kk")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert (kept["detection_country"].dropna() == "ESP").all()
    assert kept[["lat", "lon"]].isna().all().all()
    assert kept["expected_reason"].eq("exact_repeat").sum() >= 3  # a batch sent twice
    tags = tags_of(rows).loc[kept.index]
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("coords_missing").all()
    big = kept["n_persons"].dropna().astype(int) >= 1000
    frame = pd.read_csv(
        paths["dgconsumo_es_kk"], sep="|", encoding="utf-8-sig", dtype=str, keep_default_na=False
    )
    if big.any():
        assert frame["Nº de personas"].str.fullmatch(r"\d\.\d{3}").any()


# --------------------------------------------------------------------------------------
# ACODECO Darién (UTF-16 tab text, Spanish)
# --------------------------------------------------------------------------------------
def test_acodeco_bytes(paths: dict[str, Path]) -> None:
    raw = paths["acodeco_pa_kk"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0].split("\t")
    assert header[:3] == ["N° de Acta", "Fecha", "Lugar de la diligencia"]
    assert "NNA" in text
    assert "°" in text
    assert '"N' in text.replace('""', '"')  # degrees-minutes-seconds


def test_acodeco_serial_dates(paths: dict[str, Path]) -> None:
    """Excel serial numbers among the dates expect the day they count from 1899-12-30."""
    frame = pd.read_csv(
        paths["acodeco_pa_kk"],
        sep="\t",
        encoding="utf-16",
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame["source_row"] = (frame.index + 2).astype(str)
    serial = frame.loc[frame["Fecha"].str.fullmatch(r"4\d{4}")]
    assert len(serial) > 0
    truth = _rows(paths, "acodeco_pa_kk").set_index("source_row")
    exp = truth.loc[serial["source_row"]]
    keep = (exp["expected_status"] != "quarantine").to_numpy()
    assert keep.any()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha"].astype(int), unit="D")
    got = pd.to_datetime(exp["event_date"]).to_numpy()[keep]
    assert (got == days.to_numpy()[keep]).all()
    assert (exp.loc[keep, "date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# Frontex Situation Centre desk (JSON lines, English, ISO codes)
# --------------------------------------------------------------------------------------
def test_fsc_lines(paths: dict[str, Path]) -> None:
    lines = _text(paths, "frontex_fsc_kk", "utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["incidentId", "eventDate", "migratoryRoute"]
    assert any(isinstance(r["transitCountries"], list) and r["transitCountries"] for r in records)
    assert any(str(r["eventDate"]).endswith("Z") for r in records)
    nat = [r["mainNationality"] for r in records if isinstance(r["mainNationality"], str)]
    assert sum(len(n) == 3 and n.isupper() for n in nat) > 0.7 * len(nat)
    rows = _rows(paths, "frontex_fsc_kk")
    assert len(rows) == len(records)
    kept = rows.loc[rows["expected_status"] == "record"]
    assert {"ITA", "GRC", "HRV", "POL", "USA"} <= set(kept["detection_country"].dropna())
