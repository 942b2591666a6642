"""Examiner set ``blind206`` (files ``*_gz.*``): five research event databases.

These tests check what the set promises (files, truth, each team's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

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

VARIANT = "blind206"
SEED = 206
N_EVENTS = 1500
SMALL_SEED = 2061
SMALL_EVENTS = 400
SUFFIX = "_gz"
SOURCES = ("rightslab_nott_gz", "cemyri_ual_gz", "icmigrations_gz", "prami_ibero_gz", "eui_mpc_gz")
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.01  # degrees: the coarsest team geocodes to three decimals

Cells = dict[int, dict[str, object]]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text_rows(path: Path, encoding: str, delimiter: str) -> Cells:
    """Rows of a CSV file by source row (header = 1), as the csv module reads them."""
    text = path.read_bytes().decode(encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = rows[0]
    return {i + 1: dict(zip(header, r, strict=True)) for i, r in enumerate(rows) if i}


def _xlsx_rows(path: Path) -> Cells:
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    pad = (None,) * len(header)  # read-only sheets drop a row's trailing empty cells
    return {
        i + 1: dict(zip(header, (*r, *pad)[: len(header)], strict=True))
        for i, r in enumerate(rows)
        if i
    }


def _jsonl_rows(path: Path) -> Cells:
    lines = path.read_text(encoding="ascii").splitlines()
    return {i + 1: json.loads(line) for i, line in enumerate(lines)}


@pytest.fixture(scope="module")
def cells(paths: dict[str, Path]) -> dict[str, Cells]:
    return {
        "rightslab_nott_gz": _xlsx_rows(paths["rightslab_nott_gz"]),
        "cemyri_ual_gz": _text_rows(paths["cemyri_ual_gz"], "cp1252", ";"),
        "icmigrations_gz": _jsonl_rows(paths["icmigrations_gz"]),
        "prami_ibero_gz": _text_rows(paths["prami_ibero_gz"], "utf-16", "\t"),
        "eui_mpc_gz": _text_rows(paths["eui_mpc_gz"], "utf-8", ","),
    }


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"].str.startswith(source)].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    rows["row"] = rows["source_row"].astype(int)
    return rows


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_reports_of_events(small, rows, FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n, seed in ((300, 1), (400, SMALL_SEED), (1500, SEED)):
        p = write_samples(tmp_path / str(n), seed=seed, n_events=n, variant=VARIANT)
        rows = pd.read_csv(p["truth_rows"], dtype=str)
        kept = rows.loc[rows["expected_status"] == "record", "source_file"]
        assert {Path(p[s]).name for s in SOURCES} <= set(kept), n


# --------------------------------------------------------------------------------------
# Each team's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    cem = paths["cemyri_ual_gz"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        cem.decode("utf-8")  # cp1252 bytes (é = 0xE9)
    assert cem.decode("cp1252").startswith("Nº registro;Fecha del hecho;Tipología;")
    assert b"\r\n" in cem
    assert cem.count(b"\r\n") == cem.count(b"\n")

    prami = paths["prami_ibero_gz"].read_bytes()
    assert prami.startswith(b"\xff\xfe")  # UTF-16 little endian with BOM
    assert prami.decode("utf-16").startswith("Folio\tFecha del evento\tDelito\t")

    icm = paths["icmigrations_gz"].read_bytes()
    assert icm.isascii()  # JSON escapes, no raw accents
    assert b"\\u00e9" in icm
    first = json.loads(icm.splitlines()[0])
    assert list(first)[:3] == ["id_evenement", "date_evenement", "qualification"]

    eui = paths["eui_mpc_gz"].read_bytes()
    assert not eui.startswith(b"\xef\xbb\xbf")
    assert eui.decode("utf-8").startswith("event_id,date,crime,exploitation_form,n_people,")


def test_rightslab_sheet(cells: dict[str, Cells], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "rightslab_nott_gz")
    sheet = cells["rightslab_nott_gz"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = [sheet[r]["Date of incident"] for r in kept["row"]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.7 * len(dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}|[A-Z][a-z]+ \d{4}|Q[1-4] \d{4}", d) for d in texts)
    nat = {sheet[r]["Nationality"] for r in kept["row"]}
    assert {"Vietnamese", "Afghan"} & nat
    routes = [sheet[r]["Route (transit countries)"] for r in kept["row"]]
    assert any(" > " in str(x) for x in routes)
    assert "None identified" in {sheet[r]["No. of suspects"] for r in kept["row"]}
    where = {sheet[r]["Country where identified"] for r in kept["row"]}
    assert {"England", "UK"} <= where


def test_cemyri_file(cells: dict[str, Cells], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "cemyri_ual_gz")
    table = cells["cemyri_ual_gz"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    day = kept.loc[kept["date_precision"] == "day"]
    for r, iso in zip(day["row"], day["event_date"], strict=True):
        d, m, y = (int(x) for x in str(table[r]["Fecha del hecho"]).split("/"))
        assert dt.date(y, m, d).isoformat() == iso  # day first, always
    assert any(
        re.fullmatch(r"\d/\d{1,2}/\d{4}", str(table[r]["Fecha del hecho"])) for r in kept["row"]
    )
    garbled = kept.loc[kept["tags"].str.contains("mojibake")]
    assert len(garbled) > 0
    assert all("Ã" in "".join(str(v) for v in table[r].values()) for r in garbled["row"])
    smuggling = kept.loc[kept["crime_type"] == "smuggling"]
    assert {table[r]["Finalidad de la explotación"] for r in smuggling["row"]} == {"No procede"}
    lat = [table[r]["Latitud"] for r in kept["row"] if table[r]["Latitud"]]
    assert lat
    assert all(re.fullmatch(r"-?\d+,\d{4}", str(x)) for x in lat)
    big = kept.loc[kept["tags"].str.contains("thousands")]
    for r, n in zip(big["row"], big["n_persons"], strict=True):
        assert str(table[r]["Nº de personas"]).replace(".", "") == n


def test_icm_database(cells: dict[str, Cells], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "icmigrations_gz")
    lines = cells["icmigrations_gz"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    for row in kept.itertuples():
        rec = lines[row.row]
        date = str(rec["date_evenement"])
        assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?|T[1-4] \d{4}", date)
        transit = rec["pays_transit"]
        assert transit is None or isinstance(transit, list)
        assert (transit is None) == pd.isna(row.transit_countries)
        if isinstance(transit, list):
            assert len(transit) == len(str(row.transit_countries).split("|"))
        place = rec["coordonnees"]
        if place is not None:
            lon, lat = (float(v) for v in re.fullmatch(r"POINT\((\S+) (\S+)\)", place).groups())
            assert (lat, lon) == (float(row.lat), float(row.lon))  # WKT: longitude first
        else:
            assert pd.isna(row.lat)
    ages = {lines[r]["classe_age"] for r in kept["row"]}
    assert ages <= {"mineurs", "MNA", "majeurs", "adultes", "majeurs et mineurs", None}
    assert "small boat" in {lines[r]["mode_transport"] for r in kept["row"]}


def test_prami_file(cells: dict[str, Cells], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "prami_ibero_gz")
    table = cells["prami_ibero_gz"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = [str(table[r]["Fecha del evento"]) for r in kept["row"]]
    assert any(re.fullmatch(r"\d\d-[a-z]{3}-\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    # "Tráfico de personas" is the Mexican legal name of smuggling
    crime = {table[r]["Delito"]: c for r, c in zip(kept["row"], kept["crime_type"], strict=True)}
    assert crime["Tráfico de personas"] == "smuggling"
    assert crime.get("Trata de personas", "trafficking") == "trafficking"
    words = {str(table[r]["País de destino"]) for r in kept["row"]}
    assert "EUA" in words
    assert "NNA" in {table[r]["Grupo de edad"] for r in kept["row"]}
    swapped = kept.loc[kept["tags"].str.contains("coords_swapped")]
    assert len(swapped) > 0
    for row in swapped.itertuples():
        first, second = (
            float(v) for v in str(table[row.row]["Coordenadas (lat, long)"]).split(",")
        )
        assert (second, first) == (float(row.lat), float(row.lon))
    big = kept.loc[kept["tags"].str.contains("thousands")]
    for r, n in zip(big["row"], big["n_persons"], strict=True):
        assert re.fullmatch(r"\d,\d{3}", str(table[r]["Número de personas migrantes"]))
        assert str(table[r]["Número de personas migrantes"]).replace(",", "") == n


def test_eui_export(cells: dict[str, Cells], truth: pd.DataFrame) -> None:
    rows = _rows_of(truth, "eui_mpc_gz")
    table = cells["eui_mpc_gz"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    nat = [str(table[r]["nationality_iso3"]) for r in kept["row"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", x)) for x in nat) > 0.8 * len(nat)
    assert "NA" in nat
    serial = kept.loc[kept["tags"].str.contains("excel_serial")]
    assert len(serial) > 0
    for r, iso in zip(serial["row"], serial["event_date"], strict=True):
        day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(str(table[r]["date"])))
        assert day.strftime("%Y-%m-%d") == iso
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        of = int(str(row.duplicate_of).split(":")[1])
        assert table[row.row] == table[of]


def test_placeholders_are_in_the_cells(cells: dict[str, Cells], truth: pd.DataFrame) -> None:
    count_col = {
        "rightslab_nott_gz": "No. of potential victims / migrants",
        "cemyri_ual_gz": "Nº de personas",
        "icmigrations_gz": "nb_personnes",
        "prami_ibero_gz": "Número de personas migrantes",
        "eui_mpc_gz": "n_people",
    }
    said_nothing = {None, "Not reported", "Not stated", "s/d", "Sin datos", "Sin dato", "NA"}
    for source, col in count_col.items():
        rows = _rows_of(truth, source)
        hold = rows.loc[rows["tags"].str.contains("count_placeholder") & rows["n_persons"].isna()]
        assert {cells[source][r][col] for r in hold["row"]} <= said_nothing, source
    zero_words = {"None identified", "Ninguno"}
    for source in ("rightslab_nott_gz", "cemyri_ual_gz", "prami_ibero_gz"):
        rows = _rows_of(truth, source)
        zero = rows.loc[rows["tags"].str.contains("zero_word") & rows["n_suspects"].eq("0")]
        col = {
            "rightslab_nott_gz": "No. of suspects",
            "cemyri_ual_gz": "Nº de detenidos/investigados",
            "prami_ibero_gz": "Probables responsables",
        }[source]
        assert {cells[source][r][col] for r in zero["row"]} <= zero_words, source
