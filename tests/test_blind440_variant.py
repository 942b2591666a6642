"""The examiner set ``blind440``: library and community-centre safeguarding desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind440 import SOURCES, make_blind440

VARIANT = "blind440"
SEED = 440
N_EVENTS = 1500
SMALL_SEED = 4401
SMALL_EVENTS = 400

UK = "libraries_connected_safeguarding"
FR = "fcsf_signalements"
ES = "ccb_bibliotecas_inclusion"
PA = "micultura_casas_cultura_pa"
BSF = "bibliotheques_sans_frontieres"
NAMES = (UK, FR, ES, PA, BSF)
#: Fields every row gives as the event has them (no desk leaves these out or garbles them).
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if len(r) > i and r[i]]


# --------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_desks() -> None:
    assert tuple(s.source for s in SOURCES) == NAMES
    assert {s.format for s in SOURCES} == {"csv", "xlsx", "jsonl"}
    assert {s.language for s in SOURCES} == {"en", "fr", "es"}
    assert all(s.filename.rsplit(".", 1)[0].endswith("_pz") for s in SOURCES)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, N_EVENTS), (SMALL_SEED, SMALL_EVENTS)])
def test_files_and_truth(
    tmp_path_factory: pytest.TempPathFactory, seed: int, n_events: int
) -> None:
    paths = write(tmp_path_factory, VARIANT, seed=seed, n_events=n_events)
    check_files_and_truth(paths, NAMES, suffix="_pz", n_events=n_events)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_reports_of_events(small, _truth(small), EXACT_FIELDS)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_desk_has_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind440(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


def test_first_report_comes_from_the_desk_of_the_detection_country(
    paths: dict[str, Path],
) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    desk = {"GBR": UK, "FRA": FR, "ESP": ES, "PAN": PA}
    want = [desk.get(c, BSF) for c in country]
    assert first["source"].tolist() == want


def test_planted_habits_are_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_file = tags.groupby(truth["source"]).agg(";".join)
    for tag in ("month_only", "quarter_only", "country_demonym"):
        assert tag in by_file[UK], tag
        assert tag in by_file[FR], tag
    for tag in ("count_word", "zero_word"):
        assert tag in by_file[PA], tag
        assert tag in by_file[UK] + by_file[FR], tag
    assert "mojibake" in by_file[ES]
    assert "mojibake" not in ";".join(by_file.drop(ES))
    assert "country_iso2" in by_file[BSF]
    assert "coords_placeholder" in by_file[PA]
    assert "direct_word" in by_file[ES]  # "Directo", "Sin tránsito": no transit country
    assert "na_word" in tags.str.cat(sep=";")
    # the UK desk records no coordinates: its rows expect none
    uk = truth.loc[(truth["source"] == UK) & truth["expected_status"].ne("quarantine")]
    assert uk[["lat", "lon"]].isna().all().all()


def test_smuggling_rows_expect_no_exploitation(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    smug = truth.loc[truth["crime_type"] == "smuggling"]
    assert len(smug) > 0
    assert smug["exploitation"].isna().all()


# --------------------------------------------------------------------------------------
# The bytes: each desk's quirks
# --------------------------------------------------------------------------------------
def test_uk_library_file(paths: dict[str, Path]) -> None:
    raw = paths[UK].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    rows = _csv_rows(paths[UK], "utf-8-sig", ",")
    assert rows[0][:3] == ["Concern ref", "Date of concern", "Type of concern"]
    assert not any("lat" in h.lower() for h in rows[0])
    dates = _column(rows, "Date of concern")
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in dates)
    assert not any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    routes = _column(rows, "Route (countries passed through)")
    assert any(" > " in r for r in routes)
    nats = set(_column(rows, "Nationality (as given)"))
    assert nats & {"Afghan", "Eritrean", "Iraqi", "Iranian", "Vietnamese", "Albanian"}
    assert set(_column(rows, "Type of concern")) & {"People smuggling", "Suspected trafficking"}
    assert "England" in _column(rows, "Intended destination")
    assert "England" not in _column(rows, "Country where encountered")  # Glasgow is not


def test_french_centres_sociaux_file(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _csv_rows(paths[FR], "cp1252", ";")
    assert rows[0][0] == "N° fiche"
    assert "Date de repérage" in rows[0]
    dates = _column(rows, "Date de repérage")
    assert all(not re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[a-zéû]+ 20\d\d", d) for d in dates)
    lats = _column(rows, "Latitude")
    assert lats
    assert all("," in v and "." not in v for v in lats)
    places = set(_column(rows, "Destination souhaitée"))
    assert "Angleterre" in places or "Royaume-Uni" in places
    nats = " ".join(_column(rows, "Nationalité"))
    assert re.search(r"\b(afghan|érythréen|irakien|iranien|sénégalais|malien)", nats)


def test_spanish_library_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[ES]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert len({len(r) for r in rows}) == 1
    head = list(rows[0])
    assert head[:2] == ["Nº registro", "Fecha de detección"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)
    assert any(re.fullmatch(r"\d\d/20\d\d", d) for d in text)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in text)
    counts = [r[head.index("Nº de personas")] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    cells = [c for r in rows for c in r if isinstance(c, str)]
    assert any("Ã" in c for c in cells)  # mojibake of pasted rows
    lats = [r[head.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "," in v for v in lats)


def test_panama_casas_de_la_cultura_file(paths: dict[str, Path]) -> None:
    raw = paths[PA].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    rows = _csv_rows(paths[PA], "utf-16", "\t")
    assert rows[0][:2] == ["No. de caso", "Fecha"]
    dates = _column(rows, "Fecha")
    assert any(re.fullmatch(r"\d/\d{1,2}/20\d\d", d) for d in dates)  # no zero padding
    assert any(re.fullmatch(r"[a-z]+-20\d\d", d) for d in dates)
    coords = [c for c in _column(rows, "Coordenadas (lat, long)") if c != "N/D"]
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", c) for c in coords)
    assert "NNA" in _column(rows, "Grupo de edad")
    nats = _column(rows, "Nacionalidad")
    assert sum(n.isupper() for n in nats) > 0.4 * len(nats)


def test_bsf_jsonl_file(paths: dict[str, Path]) -> None:
    lines = paths[BSF].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"numero_fiche", "date_observation", "geolocalisation"}
    body = [r for r in recs if r["date_observation"]]
    assert all(re.fullmatch(r"20\d\d-\d\d(-\d\d)?", r["date_observation"]) for r in body)
    assert any(re.fullmatch(r"20\d\d-\d\d", r["date_observation"]) for r in body)
    codes = [r["pays_observation"] for r in body if r["pays_observation"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", c)) for c in codes) > 0.7 * len(codes)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    points = [r["geolocalisation"] for r in body if r["geolocalisation"]]
    assert all(len(p.split(" ")) == 4 for p in points)
    assert {r["type_situation"] for r in body} <= {"traite", "trafic_migrants", "traite_et_trafic"}
    counts = [r["nb_personnes"] for r in body if r["nb_personnes"] is not None]
    assert sum(isinstance(c, str) for c in counts) > 0.95 * len(counts)  # a form's strings
