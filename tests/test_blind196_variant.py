"""The examiner set ``blind196`` (files ``*_gp.*``): files, ground truth and agency habits.

These tests check what the set promises (every row described, the truth honest, each
agency's bytes as it writes them); none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

VARIANT = "blind196"
SEED = 196
N_EVENTS = 1500
SMALL_SEED = 1961
SMALL_EVENTS = 400
SOURCES = (
    "habeshia_casework",
    "auberge_migrants_calais",
    "cruz_blanca_acogida",
    "rsa_aegean_monitoring",
    "amnesty_incidents",
)
TOLERANCE = 0.01  # degrees; the widest rounding is Amnesty's three decimals


def _rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _rows(paths)


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _kept(truth: pd.DataFrame) -> pd.DataFrame:
    return truth.loc[truth["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_gp", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_gp", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize(("seed", "n_events"), [(196, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_agency_reports_events(tmp_path: Path, seed: int, n_events: int) -> None:
    from trendlib.samples import write_samples

    got = _rows(write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT))
    records = got.loc[got["expected_status"] == "record"]
    assert set(records["source"]) == set(SOURCES)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _rows(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _rows(small), ("crime_type",), tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_routing(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    primary = {
        "ITA": "habeshia_casework",
        "FRA": "auberge_migrants_calais",
        "ESP": "cruz_blanca_acogida",
        "GRC": "rsa_aegean_monitoring",
    }
    want = [primary.get(c, "amnesty_incidents") for c in country]
    assert first["source"].tolist() == want
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(
        zip(
            cross["source"],
            events.loc[cross["event_id"], "corridor"],
            events.loc[cross["event_id"], "detection_country"],
            strict=True,
        )
    )
    allowed = {
        ("amnesty_incidents", "cmed", "ITA"),
        ("amnesty_incidents", "thb_nga_ita", "ITA"),
        ("amnesty_incidents", "emed", "GRC"),
        ("amnesty_incidents", "wmed", "ESP"),
        ("amnesty_incidents", "watl", "ESP"),
        ("habeshia_casework", "channel", "FRA"),
        ("auberge_migrants_calais", "channel", "GBR"),
    }
    assert pairs <= allowed


# --------------------------------------------------------------------------------------
# What the truth expects of the cells it describes
# --------------------------------------------------------------------------------------
def test_fields_left_out_or_unknown(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok = _kept(truth).reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country", "transit_countries"):
        unknown = tags.str.contains(f"unknown:{col}")
        assert unknown.any(), col
        assert ok.loc[unknown, col].isna().all(), col
        assert ok.loc[~unknown, col].equals(ev.loc[~unknown, col]), col
    # a smuggling case has no form of exploitation; a trafficking one may be "unknown"
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    rest = ~smuggling & ~unknown
    assert ok.loc[rest, "exploitation"].equals(ev.loc[rest, "exploitation"])
    # L'Auberge keeps no column of linked offences; the others write the event's
    auberge = ok["source"] == "auberge_migrants_calais"
    assert ok.loc[auberge, "linked_offences"].isna().all()
    assert ok.loc[~auberge, "linked_offences"].equals(ev.loc[~auberge, "linked_offences"])


def test_partial_dates_and_pairs(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = _kept(truth)
    partial = tags.loc[ok.index].str.contains("partial_date")
    assert (ok.loc[partial, "date_precision"] != "day").all()
    assert (ok.loc[~partial, "date_precision"] == "day").all()
    # both reports of a duplicated event give the day
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (cross["date_precision"] == "day").all()
    firsts = truth.set_index(truth["source_file"] + ":" + truth["source_row"])
    assert (firsts.loc[cross["duplicate_of"], "date_precision"].dropna() == "day").all()


def test_places_and_coordinates(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = _kept(truth)
    t = tags.loc[ok.index]
    habeshia = ok["source"] == "habeshia_casework"
    # positions come from the boats' satellite phones only
    sea = pd.Series(
        events.loc[ok["event_id"], "transport_mode"].to_numpy() == "sea", index=ok.index
    )
    no_place = t.str.contains("coords_missing|blank_coordinates")
    assert ok.loc[habeshia & ~sea, ["lat", "lon"]].isna().all().all()
    assert ok.loc[habeshia & ~no_place, ["lat", "lon"]].notna().all().all()
    assert t.loc[ok["source"] == "rsa_aegean_monitoring"].str.contains("coords_placeholder").any()


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def _cells(truth: pd.DataFrame, source: str, tag: str) -> pd.DataFrame:
    rows = _of(truth, source)
    return rows.loc[tags_of(truth).loc[rows.index].str.contains(tag, regex=False)]


def test_habeshia_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["habeshia_casework"])
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:4] == ("Case No.", "Date", "Case type", "Nationality")
    assert "GPS position (sat phone)" in head
    body = [dict(zip(head, r, strict=True)) for r in rows[1:]]
    dates = [r["Date"] for r in body if r["Date"] is not None]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in text)
    assert any(re.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d", d) for d in text)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in text)
    gps = [r["GPS position (sat phone)"] for r in body if r["GPS position (sat phone)"]]
    assert gps
    assert all(re.fullmatch(r"\d\d°\d\d\.\d'[NS] \d{3}°\d\d\.\d'[EW]", g) for g in gps)
    nats = {r["Nationality"] for r in body}
    assert {"Eritrean", "Tunisian", "Egyptian"} <= nats
    arrival = {r["Country of arrival"] for r in body}
    assert {"Italy", "Italia"} <= arrival
    routes = [r["Route (transit)"] for r in body if r["Route (transit)"]]
    assert any(" > " in x for x in routes)
    assert "direct" in routes
    assert {"none", "one"} & {r["Smugglers/traffickers named"] for r in body}
    counts = [r["No. of persons"] for r in body[:-1]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    assert body[-1]["Case No."] == "TOTAL"


def test_auberge_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["auberge_migrants_calais"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Pays;Latitude;Longitude;Nature")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert "" in lines[1:-1] or ";" * 15 in lines  # the empty row
    assert re.search(r";5[01],\d{4};[12],\d{4};", text)
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d/\d\d/20\d\d 00:00;", text)
    assert re.search(r";\d\d/\d\d/\d\d;", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    for word in ("érythréenne", "Angleterre", ";aucun;", "small boat", "sans objet"):
        assert word in text, word
    assert "kurde irak" in text or "kurde iran" in text
    assert "NB : données recueillies" in text
    # no column of linked offences
    assert "Infraction" not in lines[0]


def test_cruz_blanca_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cruz_blanca_acogida"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    head = text.split("\n", 1)[0]
    assert head.startswith("Nº expediente;Fecha de llegada / detección;País de detección")
    assert "318 bis" in text
    assert re.search(r";-?\d\d\.\d{5}, -?\d{1,2}\.\d{5};", text)  # Google Maps pairs
    assert re.search(r";4[45]\d{3};", text)  # an Excel serial in the date column
    assert re.search(r";\d\d-\d\d-20\d\d;", text)
    assert re.search(
        r";(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
        r"octubre|noviembre|diciembre) de 20\d\d;",
        text,
    )
    for word in ("patera", "cayuco", "maliense", "marroquí", ";ninguno;", "España"):
        assert word in text, word
    moji = _cells(truth, "cruz_blanca_acogida", "mojibake")
    assert len(moji) > 0
    assert "Ã" in text
    big = _cells(truth, "cruz_blanca_acogida", "thousands:n_persons")
    assert len(big) > 0
    assert re.search(r";\d\.\d{3};", text)


def test_rsa_file(paths: dict[str, Path]) -> None:
    raw = paths["rsa_aegean_monitoring"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    head = text.split("\n", 1)[0]
    assert head.split("\t")[:3] == ["Incident ID", "Date of incident", "Country"]
    assert "\t0\t0\t" in text  # no GPS fix
    assert re.search(r"\t\d/\d{1,2}/20\d\d\t|\t\d{1,2}/\d/20\d\d\t", text)
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    for word in ("Türkiye", "Turkey", "Greece", "Source: RSA field monitoring"):
        assert word in text, word


def test_amnesty_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["amnesty_incidents"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    assert recs[0].keys() >= {"incident_id", "incident_date", "incident_country"}
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    for pattern in (
        r"20\d\d-\d\d-\d\d",
        r"20\d\d-\d\d-\d\dT00:00:00Z",
        r"20\d\d-\d\d",
        r"20\d\d-Q[1-4]",
        r"20\d\d/\d\d/\d\d",
    ):
        assert any(re.fullmatch(pattern, d) for d in dates), pattern
    countries = {r["incident_country"] for r in recs if r["incident_country"]}
    assert countries >= {"PA", "US", "HR", "GB"}
    assert all(len(c) == 2 for c in countries)
    nats = {r["nationality_iso3"] for r in recs if r["nationality_iso3"]}
    assert all(re.fullmatch(r"[A-Za-z]{3}", n) for n in nats)
    origins = {r["origin_country"] for r in recs}
    assert {"Haití", "Venezuela", "Afghanistan"} <= origins
    assert any(isinstance(r["people_affected"], int) for r in recs)
    assert recs[-1]["incident_id"] == "TOTAL"
    assert any("," in (r["transit_route"] or "") for r in recs)
