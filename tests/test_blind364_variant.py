"""The ``blind364`` examiner set (files ``*_nb.*``): what the files and the truth promise.

Five fire and rescue (or emergency) sources: Kent Fire and Rescue Service, SDIS du Nord,
the Spanish APTB, SUME 911 Panamá and the CTIF digest. These tests check the files' bytes
show each agency's habits and that the truth describes every row; none cleans or scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from tests._blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind364"
SEED = 364
N_EVENTS = 1500
SMALL_SEED = 3641
SMALL_EVENTS = 400
SUFFIX = "_nb"
KFRS = "kfrs_safeguarding_nb"
SDIS = "sdis59_cta_codis_nb"
APTB = "aptb_intervenciones_nb"
SUME = "sume911_pa_nb"
CTIF = "ctif_incident_digest_nb"
SOURCES = (KFRS, SDIS, APTB, SUME, CTIF)
#: Fields every row gives as the event has them (the others may be left out).
FIELDS = ("crime_type", "exploitation")
TOLERANCE = 0.001  # the digest rounds coordinates to three decimals


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    check_reports_of_events(small, _truth(small), FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_reports_events(tmp_path: Path, n_events: int) -> None:
    from trendlib.samples import write_samples

    got = write_samples(tmp_path, seed=1, n_events=n_events, variant=VARIANT)
    rows = _truth(got)
    for source in SOURCES:
        mine = rows.loc[rows["source"] == source]
        assert mine["expected_status"].eq("record").sum() > 0, source


def test_route_columns_only_where_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    ev = events.loc[ok["event_id"]].reset_index()
    ok = ok.reset_index(drop=True)
    kfrs = ok["source"].eq(KFRS)
    # the fire service's log has no route: origin, destination and transit are not given
    assert (
        ok.loc[kfrs, ["origin_country", "destination_country", "transit_countries"]]
        .isna()
        .all()
        .all()
    )
    writes = ~kfrs & ok["source"].ne(SDIS)
    for col in ("origin_country", "destination_country", "transit_countries", "linked_offences"):
        assert ok.loc[writes, col].equals(ev.loc[writes, col]), col
    sdis = ok["source"].eq(SDIS)
    assert ok.loc[sdis, "destination_country"].equals(ev.loc[sdis, "destination_country"])
    assert ok.loc[sdis, "origin_country"].isna().all()
    assert ok["linked_offences"].equals(ev["linked_offences"])


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_kfrs_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[KFRS].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident No,Date/Time of Call,Nation,Safeguarding Concern")
    frame = pd.read_csv(paths[KFRS], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date/Time of Call"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").mean() > 0.6
    assert dates.str.match(r"(1[3-9]|2\d|3[01])/").any()  # days above 12 first: day-first
    assert {"England", "UK"} <= set(frame["Nation"])
    assert {"Afghan", "Vietnamese"} & set(frame["Nationality (as stated)"])
    assert "N/A - premises" in set(frame["Conveyance"])
    kurdish = _rows(truth, KFRS).loc[tags_of(_rows(truth, KFRS)).str.contains("kurdish")]
    assert kurdish.loc[kurdish["expected_status"] != "quarantine", "nationality"].isna().all()


def test_sdis_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SDIS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° intervention;Date/heure appel;Motif du signalement")
    frame = pd.read_csv(paths[SDIS], sep=";", dtype=str, encoding="cp1252", keep_default_na=False)
    assert frame["Latitude"].str.fullmatch(r"\d+,\d{5}|").all()  # decimal commas
    assert frame["Date/heure appel"].str.contains(r"^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d$").any()
    assert {"Angleterre", "Royaume-Uni"} & set(frame["Destination déclarée"])
    assert "aucun" in set(frame["Nb passeurs présumés"])
    assert set(frame["Nationalité déclarée"]) & {"afghane", "iranienne", "irakienne"}
    rows = _rows(truth, SDIS)
    zero = rows.loc[
        tags_of(rows).str.contains("zero_word") & rows["expected_status"].ne("quarantine")
    ]
    assert (zero["n_suspects"] == "0").all()


def test_aptb_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[APTB]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº registro", "Servicio de bomberos", "Fecha intervención"]
    kinds = {type(r[2]).__name__ for r in rows[1:] if r[2] is not None}
    assert {"datetime", "str", "int"} <= kinds  # real dates, typed dates, bare serials
    texts = [r[2] for r in rows[1:] if isinstance(r[2], str)]
    assert any(t.split()[0] in ("enero", "mayo", "julio", "octubre", "marzo") for t in texts)
    coords = [r[header.index("Coordenadas")] for r in rows[1:]]
    assert any(isinstance(c, str) and ", -" in c for c in coords)
    mine = _rows(truth, APTB)
    month = mine.loc[tags_of(mine).str.contains("month_only")]
    assert len(month) > 0
    assert (month.loc[month["expected_status"] != "quarantine", "date_precision"] == "month").all()
    region = mine.loc[tags_of(mine).str.contains("blank_nationality_region")]
    assert region.loc[region["expected_status"] != "quarantine", "nationality"].isna().all()


def test_sume_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[SUME].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["id_incidente", "fecha_hora", "lugar"]
    assert any(isinstance(r["paises_transito"], list) for r in recs)
    stamps = [r["fecha_hora"] for r in recs if isinstance(r["fecha_hora"], str)]
    assert all(s.endswith("-05:00") for s in stamps)
    assert any("Ã" in line for line in lines)  # text garbled upstream
    mine = _rows(truth, SUME)
    moji = mine.loc[
        tags_of(mine).str.contains("mojibake") & mine["expected_status"].ne("quarantine")
    ]
    assert len(moji) > 0
    assert moji["crime_type"].notna().all()
    assert mine["expected_reason"].eq("exact_repeat").sum() >= 1


def test_ctif_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CTIF].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Digest ID", "Date", "Country"]
    frame = pd.read_csv(paths[CTIF], sep="\t", dtype=str, encoding="utf-16", keep_default_na=False)
    assert frame["Date"].str.fullmatch(r"Q[1-4] \d{4}").any()
    assert frame["Date"].str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert frame["Date"].str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").mean() > 0.7
    assert frame["Route (transit)"].str.contains(" > ").any()
    mine = _rows(truth, CTIF)
    assert mine["expected_reason"].eq("cross_source").sum() > 0
    quarter = mine.loc[
        tags_of(mine).str.contains("quarter_only") & mine["expected_status"].ne("quarantine")
    ]
    assert (quarter["date_precision"] == "quarter").all()
    assert set(mine["detection_country"].dropna()) >= {"ITA", "GRC", "HRV", "POL", "USA"}
