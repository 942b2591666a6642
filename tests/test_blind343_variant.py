"""The examiner set ``blind343`` (files ``*_mg.*``): what its files and its truth promise.

These tests read the written bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind343 import SOURCES as AGENCIES
from trendlib.samples._blind343 import make_blind343

try:
    from tests._blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )
except ImportError:  # tests/ on sys.path rather than the repository root
    from _blind_checks import (  # type: ignore[no-redef]
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )

VARIANT = "blind343"
SEED = 343
N_EVENTS = 1500
SMALL_SEED = 3431
SMALL_EVENTS = 400
SOURCES = ("loves_soc", "sous_prefecture_calais", "cimacc091_pn", "diip_panama", "riskline_alerts")
#: Fields every row gives exactly as the event has them (the others may be left out).
EXACT_FIELDS = ("crime_type", "linked_offences")
LOVES, SPC, CIMACC, DIIP, RISKLINE = (f"{s}_mg" for s in SOURCES)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    ev = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return ev.set_index("event_id")


def _csv(path: Path, encoding: str, delimiter: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    return pd.read_csv(
        io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False, na_values=[""]
    )


def _rows(truth: pd.DataFrame, stem: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by their row number."""
    rows = truth.loc[truth["source_file"].str.startswith(stem + ".")].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _kept(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_mg", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_mg", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400])
@pytest.mark.parametrize("seed", [0, 1, 2, SEED, SMALL_SEED])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind343(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.filename


def test_optional_fields_follow_the_cells(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    """Exploitation, origin, destination and transit: the event's, or nothing if unwritten."""
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    for agency in AGENCIES:
        mine = ok & (truth["source_file"] == agency.filename)
        rows, row_tags = truth.loc[mine], tags.loc[mine]
        ev = events.loc[rows["event_id"]].reset_index()
        rows, row_tags = rows.reset_index(drop=True), row_tags.reset_index(drop=True)
        unknown = row_tags.str.contains("unknown:exploitation")
        assert (rows.loc[unknown, "exploitation"] == "unknown").all()
        assert rows.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
        for col in ("origin_country", "destination_country", "transit_countries"):
            if col not in agency.headers:  # the agency has no such column
                assert rows[col].isna().all(), (agency.source, col)
                continue
            lost = row_tags.str.contains(f"unknown:{col}")
            assert rows.loc[lost, col].isna().all(), (agency.source, col)
            assert rows.loc[~lost, col].equals(ev.loc[~lost, col]), (agency.source, col)


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_loves_truck_stop_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["loves_soc"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Incident #,Incident Date/Time,Store,Country,Incident Type")
    frame = _csv(paths["loves_soc"], "utf-8-sig", ",")
    frame.index = range(2, 2 + len(frame))
    rows = _kept(_rows(truth, LOVES))
    cells = frame.loc[rows.index]
    # month-first US dates, with or without a time: each reads as the expected day
    day = pd.to_datetime(cells["Incident Date/Time"].str.split(" ").str[0], format="%m/%d/%Y")
    assert (day.dt.strftime("%Y-%m-%d") == rows["event_date"]).all()
    assert (day.dt.day > 12).any()
    assert cells["Incident Date/Time"].str.contains(r" \d{1,2}:\d\d$").any()
    words = set(frame["Age Category"].dropna()) | set(frame["Incident Type"].dropna())
    assert {"UAC", "Family unit", "Alien smuggling"} <= words
    assert frame["Nationality (as reported)"].isin(["Mexican", "Guatemalan", "Honduran"]).any()
    assert frame["Store"].dropna().str.startswith("Love's #").all()
    assert frame["# Individuals Found"].str.contains(r"approx|~", na=False).any()
    assert frame.iloc[-1]["Incident #"] == "TOTAL INDIVIDUALS"


def test_calais_weekly_sheets(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["sous_prefecture_calais"]).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    assert header[:4] == (
        "N° fiche",
        "Date des faits",
        "Lieu de découverte",
        "Qualification retenue",
    )
    body = values[1:]
    dates = [r[1] for r in body if r[1] is not None]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)  # typed day-first text
    col = {h: i for i, h in enumerate(header)}
    coords = [r[col["Coordonnées GPS (lat ; long)"]] for r in body]
    assert any(isinstance(c, str) and re.fullmatch(r"5\d,\d{5} ; [12],\d{5}", c) for c in coords)
    counts = [r[col["Nb de personnes"]] for r in body]
    assert any(isinstance(c, int) for c in counts)
    assert any(
        isinstance(c, str) and c.endswith(("migrants", "pers.", "personnes")) for c in counts
    )
    words = {r[col["Mode de passage"]] for r in body} | {r[col["Destination"]] for r in body}
    assert {"PL", "small boat", "Angleterre"} <= words
    rows = _rows(truth, SPC)
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row_no, of in zip(repeats.index, repeats["duplicate_of"], strict=True):
        assert values[row_no - 1] == values[int(of.split(":")[1]) - 1]


def test_cimacc_cp1252_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cimacc091_pn"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 bytes (é, ñ, º), not UTF-8
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("Nº incidente;Fecha/hora hecho;Tipología;")
    frame = _csv(paths["cimacc091_pn"], "cp1252", ";")
    frame.index = range(2, 2 + len(frame))
    rows = _kept(_rows(truth, CIMACC))
    cells = frame.loc[rows.index]
    day = pd.to_datetime(cells["Fecha/hora hecho"].str[:10], format="%d/%m/%Y")
    assert (day.dt.strftime("%Y-%m-%d") == rows["event_date"]).all()
    lat = cells["Latitud"].dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()  # decimal commas
    # country names garbled by a UTF-8 feed read as cp1252, and the penal code's articles
    assert frame["País destino"].str.contains("Ã", na=False).any()
    assert frame["Tipología"].str.contains("318 bis", na=False).any()
    assert {"V", "M", "MENA", "Bajo camión"} <= set(frame["Sexo"].dropna().str.strip()) | set(
        frame["Mayor/menor edad"].dropna().str.strip()
    ) | set(frame["Medio empleado"].dropna().str.strip())
    tags = tags_of(truth).loc[truth["source_file"] == "cimacc091_pn_mg.csv"]
    assert tags.str.contains("mojibake:").any()


def test_diip_unicode_text_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["diip_panama"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    frame = _csv(paths["diip_panama"], "utf-16", "\t")
    assert list(frame.columns[:4]) == ["N° de informe", "Fecha", "País", "Delito"]
    frame.index = range(2, 2 + len(frame))
    rows = _kept(_rows(truth, DIIP))
    cells = frame.loc[rows.index]
    dates = cells["Fecha"]
    assert dates.str.fullmatch(r"\d{5}").any()  # Excel serial numbers
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    assert dates.str.contains("trimestre").any()
    assert dates.str.contains(" de 20").any()
    serial = dates.str.fullmatch(r"\d{5}")
    as_day = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates[serial].astype(int), unit="D")
    assert (as_day.dt.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"]).all()
    # degrees, minutes and seconds read as the expected point
    dms = re.compile(r"(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EW])")
    found = 0
    for row_no, cell in cells["Coordenadas"].dropna().items():
        m = dms.fullmatch(cell)
        if m is None:
            continue
        found += 1
        lat = (int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600) * (1 if m[4] == "N" else -1)
        lon = (int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600) * (1 if m[8] == "E" else -1)
        assert abs(lat - float(rows.loc[row_no, "lat"])) < 1e-5
        assert abs(lon - float(rows.loc[row_no, "lon"])) < 1e-5
    assert found > 0
    assert frame["Ruta (tránsito)"].str.contains(" > ", na=False).any()
    assert frame["Grupo etario"].str.strip().isin(["NNA", "adultos y NNA"]).any()


def test_riskline_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["riskline_alerts"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"alert_id", "event_date", "country", "category", "lng"}
    dates = pd.Series([r["event_date"] for r in records if r["event_date"]], dtype=str)
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    countries = pd.Series([r["country"] for r in records if r["country"]], dtype=str)
    assert countries.str.fullmatch(r"[A-Z]{2}").mean() > 0.5  # ISO alpha-2 codes
    transit = pd.Series([r["transit"] for r in records if r["transit"]], dtype=str)
    assert transit.str.fullmatch(r"[A-Z]{2}(, [A-Z]{2})*").all()
    assert any(isinstance(r["lat"], float) for r in records)
    rows = _rows(truth, RISKLINE)
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3
    assert (rows["expected_reason"] == "cross_source").sum() > 0
    # the compilation first reports what no primary source covers
    first = rows.loc[rows["expected_status"] == "record", "detection_country"].dropna()
    assert set(first) >= {"GBR", "ITA", "GRC", "HRV", "POL"}
    assert not set(first) & {"USA", "FRA", "ESP", "PAN"}


def test_delimiters_and_quoting(paths: dict[str, Path]) -> None:
    for key, encoding, delimiter in (
        ("loves_soc", "utf-8-sig", ","),
        ("cimacc091_pn", "cp1252", ";"),
        ("diip_panama", "utf-16", "\t"),
    ):
        text = paths[key].read_bytes().decode(encoding)
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
        assert dialect.delimiter == delimiter, key
