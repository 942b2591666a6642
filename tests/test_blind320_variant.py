"""The examiner set ``blind320`` (files ``*_lj.*``): cruise lines' security desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind320 import SOURCES, make_blind320

VARIANT = "blind320"
SEED = 320
N_EVENTS = 1500
SMALL_SEED = 3201
SMALL_EVENTS = 400

CARNIVAL = "carnival_uk_fleet_security"
PONANT = "ponant_surete_flotte"
RCCL = "rccl_latam_seguridad"
COSTA = "costa_cruceros_seguridad"
CLIA = "clia_maritime_security"
NAMES = (CARNIVAL, PONANT, RCCL, COSTA, CLIA)
#: Fields every row that is kept reports exactly as the event has them.
EXACT_FIELDS = ("crime_type", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == name]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_desks() -> None:
    assert tuple(s.source for s in SOURCES) == NAMES
    assert {s.format for s in SOURCES} == {"csv", "xlsx", "jsonl"}
    assert {s.language for s in SOURCES} == {"en", "fr", "es"}


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lj", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_lj", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind320(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").any(), sub.filename


# --------------------------------------------------------------------------------------
# What the truth expects of the desks' words
# --------------------------------------------------------------------------------------
def test_unknown_words_expect_nothing_or_unknown(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    for col in ("origin_country", "destination_country"):
        hit = kept & tags.str.contains(f"unknown:{col}")
        assert hit.any(), col
        assert truth.loc[hit, col].isna().all(), col
    hit = kept & tags.str.contains("unknown:exploitation")
    assert hit.any()
    assert (truth.loc[hit, "exploitation"] == "unknown").all()
    smuggling = kept & truth["crime_type"].eq("smuggling")
    assert truth.loc[smuggling, "exploitation"].isna().all()


def test_costa_has_no_linked_offences(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    assert _rows_of(truth, COSTA)["linked_offences"].isna().all()
    others = truth.loc[truth["source"] != COSTA, "linked_offences"]
    assert others.notna().any()


def test_positions_read_as_written(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    ddm = kept & tags.str.contains("ddm_coords")
    assert ddm.any()
    events = pd.read_csv(paths["truth_events"], dtype={"event_id": str}).set_index("event_id")
    true_lat = events.loc[truth.loc[ddm, "event_id"], "lat"].to_numpy()
    assert (abs(truth.loc[ddm, "lat"].astype(float).to_numpy() - true_lat) < 0.0002).all()


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        (CARNIVAL, ("demonym:nationality", "ddm_coords", "excel_date", "text_date", "alias:")),
        (PONANT, ("upper:", "decimal_comma", "two_digit_year", "month_only", "iso2:")),
        (RCCL, ("iso2:", "iso3:", "iso_timestamp", "coord_pair", "month_only")),
        (COSTA, ("mojibake", "quarter_only", "month_only", "dash_date", "typo:")),
        (CLIA, ("numeric:detection_country", "quarter_only", "hemisphere_coords", "name:")),
    ],
)
def test_desk_habits_are_tagged(paths: dict[str, Path], name: str, wanted: tuple[str]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth).loc[truth["source"] == name]
    for tag in wanted:
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_carnival_excel_log(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[CARNIVAL])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Incident Ref", "Date of Incident", "Ship", "Incident Category")
    assert "No. of Facilitators" in header
    assert "Country of Incident" in header
    body = rows[1:]
    dates = [r[1] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(body)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    nat = header.index("Nationality")
    assert {"Vietnamese", "Albanian"} & {r[nat] for r in body}
    lat = header.index("Latitude")
    assert any(isinstance(r[lat], str) and "°" in r[lat] for r in body)
    assert any(isinstance(r[lat], float) for r in body)
    assert any(r[0] == "TOTAL" for r in body)


def test_ponant_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths[PONANT].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert lines[0].startswith("N° fiche;Date des faits;Navire;Nature des faits")
    assert "Pays de constatation" in lines[0].split(";")
    assert re.search(r";\d{2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    assert "aide à l'entrée irrégulière" in text
    assert "TOTAL GÉNÉRAL" in text
    assert ";" * 17 in lines  # the empty row


def test_rccl_json_lines(paths: dict[str, Path]) -> None:
    lines = paths[RCCL].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert set(rows[0]) >= {"id_caso", "fecha_hora", "fuente", "pais_evento", "coordenadas"}
    events = [r for r in rows if r["fecha_hora"]]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00", r["fecha_hora"]) for r in events)
    assert any(r["pais_evento"] == "PA" for r in events)
    assert any(r["grupo_etario"] == "NNA" for r in events)
    pair = re.compile(r"-?\d+\.\d{5}, -?\d+\.\d{5}")
    assert all(pair.fullmatch(r["coordenadas"]) for r in events if r["coordenadas"])
    assert any(isinstance(r["personas"], int) for r in rows)
    assert rows[-1]["id_caso"] == "TOTAL" or any(r["id_caso"] == "TOTAL" for r in rows)


def test_costa_bom_comma_mojibake(paths: dict[str, Path]) -> None:
    raw = paths[COSTA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Nº Parte,Fecha,Buque,Tipología")
    assert "Delitos" not in header
    assert "Ã" in text  # rows of the legacy import
    assert re.search(r",\d{4}T[1-4],", text)  # quarters as the INE writes them
    assert re.search(r",\d\d-\d\d-\d{4},", text)
    assert "Nota: datos provisionales" in text


def test_clia_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths[CLIA].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian, as Excel's Unicode text
    lines = raw.decode("utf-16").splitlines()
    assert lines[0].split("\t")[:3] == ["Digest Ref", "Date / Period", "Category"]
    assert all(len(line.split("\t")) == 16 for line in lines if line)
    text = "\n".join(lines)
    assert re.search(r"\tQ[1-4] 20\d\d\t", text)
    assert re.search(r"\t\d{1,2} [A-Z][a-z]+ 20\d\d\t", text)
    assert re.search(r"\t(380|300|191|616)\t", text)  # UN numeric codes
    assert re.search(r"\t\d+\.\d{4}[NS] \d+\.\d{4}[EW]\t", text)
    assert "Grand Total" in text
