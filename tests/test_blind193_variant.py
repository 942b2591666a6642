"""The examiner set ``blind193`` (files ``*_gm.*``): what its files and truth promise.

These tests write the set and check the bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples import make_truth
from trendlib.samples._blind193 import SOURCES, make_blind193

VARIANT = "blind193"
SEED = 193
N_EVENTS = 1500
SMALL_SEED = 1931
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gm", n_events=N_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_gm", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    fields = ("origin_country", "transit_countries")
    check_expected_values(paths, _truth(paths), fields, tolerance=0.002)
    check_expected_values(small, _truth(small), fields, tolerance=0.002)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_desk_reports_events_at_every_size() -> None:
    for n_events, seed in ((300, SEED), (400, SMALL_SEED), (1500, SEED), (300, 1)):
        subs = make_blind193(make_truth(seed=seed, n_events=n_events), seed=seed)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_languages_formats_and_encodings() -> None:
    got = {(s.filename, s.format, s.encoding, s.delimiter, s.language) for s in SOURCES}
    assert got == {
        ("procura_crotone_gm.xlsx", "xlsx", "utf-8", None, "en"),
        ("rsa_aegean_gm.jsonl", "jsonl", "utf-8", None, "en"),
        ("la_vie_active_gm.csv", "csv", "cp1252", ";", "fr"),
        ("fundacion_samu_gm.csv", "csv", "utf-8-sig", ",", "es"),
        ("trt_espanol_gm.csv", "csv", "utf-16", "\t", "es"),
    }


# --------------------------------------------------------------------------------------
# The truth of the planted cells
# --------------------------------------------------------------------------------------
def test_crime_type_is_the_event_s_unless_ambiguous(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    ambiguous = tags_of(truth).loc[truth["expected_status"] != "quarantine"]
    ambiguous = ambiguous.reset_index(drop=True).str.contains("ambiguous:crime_type")
    assert ambiguous.sum() > 0
    assert (ok.loc[ambiguous, "crime_type"] == "unknown").all()
    assert (ev.loc[ambiguous, "crime_type"] == "smuggling").all()
    assert set(ok.loc[ambiguous, "source_file"]) == {"trt_espanol_gm.csv"}
    assert ok.loc[~ambiguous, "crime_type"].equals(ev.loc[~ambiguous, "crime_type"])


def test_desks_without_coordinates_expect_none(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for name in ("la_vie_active_gm.csv", "trt_espanol_gm.csv"):
        rows = _rows_of(truth, name)
        assert rows[["lat", "lon"]].isna().all().all()
    samu = _rows_of(truth, "fundacion_samu_gm.csv")
    ev = _events(paths)
    kept = samu.loc[samu["expected_status"] != "quarantine"]
    not_sea = ev.loc[kept["event_id"], "transport_mode"].to_numpy() != "sea"
    assert kept.loc[not_sea, "lat"].isna().all()  # no rescue position on land or air


def test_linked_offences_only_where_the_desk_writes_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for name in ("rsa_aegean_gm.jsonl", "la_vie_active_gm.csv", "fundacion_samu_gm.csv"):
        assert _rows_of(truth, name)["linked_offences"].isna().all()
    for name in ("procura_crotone_gm.xlsx", "trt_espanol_gm.csv"):
        assert _rows_of(truth, name)["linked_offences"].notna().any()


def test_primary_routing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ev = _events(paths)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = ev.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"ITA": "procura", "GRC": "rsa", "FRA": "la_vie", "ESP": "fundacion"}
    for iso, file in zip(country, first["source_file"], strict=True):
        assert file.startswith(want.get(iso, "trt_espanol")), (iso, file)


# --------------------------------------------------------------------------------------
# The bytes show each desk's habits
# --------------------------------------------------------------------------------------
def test_la_vie_active_bytes(paths: dict[str, Path]) -> None:
    raw = paths["la_vie_active"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° fiche;Date de l'évènement;Qualification;")
    assert "Passeurs interpellés (source PAF)" in lines[0]
    assert "" in lines  # the empty row
    assert any(line.startswith("Total général;") for line in lines)
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert "Ã" in text  # the pasted, garbled block
    assert re.search(r";(afghane|iranienne|irakienne|érythréenne);", text, re.IGNORECASE)
    assert " / " in text
    assert "small boat" in text


def test_fundacion_samu_bytes(paths: dict[str, Path]) -> None:
    raw = paths["fundacion_samu"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.split("\n")[0]
    assert header.startswith("Nº expediente,Fecha de llegada,País de llegada,Tipología,")
    assert re.search(r",T[1-4] 20\d\d,", text)  # quarter-only rows
    assert re.search(r"\"\d\dº \d\d,\d' N - \d{3}º \d\d,\d' W\"", text)  # rescue positions
    assert re.search(r",\d{1,2}\.\d{3},", text)  # Spanish thousands
    assert "Cayuco" in text
    assert "Posible víctima de trata" in text


def test_trt_espanol_bytes(paths: dict[str, Path]) -> None:
    raw = paths["trt_espanol"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.split("\n")[0]
    assert header.split("\t")[:4] == ["Nº", "Fecha", "País", "Delito"]
    assert re.search(
        r"\t\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto"
        r"|septiembre|octubre|noviembre|diciembre) de 20\d\d\t",
        text,
    )
    assert re.search(r"\t\d\d\.\d\d\.20\d\d\t", text)  # the Turkish habit
    assert re.search(r"\t4[45]\d{3}\t", text)  # Excel serials
    assert "Türkiye" in text
    assert re.search(r"\t[^\t]+, [^\t]+ y [^\t]+\t", text)  # "A, B y C" lists
    assert "tráfico de personas" in text
    assert "unos " in text
    assert "venezolanos" in text


def test_rsa_aegean_bytes(paths: dict[str, Path]) -> None:
    lines = paths["rsa_aegean"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["incident_id", "date", "country"]
    events = [r for r in rows if str(r["incident_id"]).startswith("RSA-")]
    assert all(isinstance(r["people"], str) for r in events)  # a form tool: text only
    dates = [r["date"] for r in events if r["date"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d", d) for d in dates)
    assert any(" → " in (r["route"] or "") for r in events)
    coords = [r["coordinates"] for r in events if r["coordinates"]]
    assert all(re.fullmatch(r"\d\d\.\d{5}, \d\d\.\d{5}", c) for c in coords)
    assert {"Syrian", "Afghan"} <= {r["main_nationality"] for r in events}
    assert rows[-1]["incident_id"] == "TOTAL (all incidents)"


def test_procura_crotone_cells(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["procura_crotone"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:4] == ("RGNR No.", "Date of facts", "Country of interception", "Offence charged")
    dates = [r[1] for r in body if r[0] and str(r[0]).endswith("RGNR")]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, pasted serials, typed text
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in texts)
    cells = {str(v) for r in body for v in r if v is not None}
    assert {"Italia", "Italy"} <= cells
    assert any("veliero" in c for c in cells)
    assert any(re.fullmatch(r"\d\d,\d{4}", c) for c in cells)  # decimal commas
    assert any(c.startswith("art. ") or "(art. " in c for c in cells)
    assert "ignoti" in cells or "unknown persons (ignoti)" in cells
