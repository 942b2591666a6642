"""The examiner sample set ``blind234`` (files ``*_ib.*``): what the files and truth promise.

Five cruise-port and maritime desks (Puertos del Estado, Port Boulogne Calais, SOUTHCOM J2,
Univision's data unit, Drum Cussac). These tests check the files' bytes show each desk's
habits and that the truth describes every row; none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind234"
SEED = 234
N_EVENTS = 1500
SMALL_SEED = 2341
SMALL_EVENTS = 400
SOURCES = (
    "puertos_estado_proteccion_ib",
    "port_boulogne_calais_surete_ib",
    "southcom_j2_ib",
    "univision_datos_ib",
    "drum_cussac_gim_ib",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: decimal minutes to 0.01', seconds to 1", 4 decimals


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _text(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


# ---------------------------------------------------------------------------------------
# Shared promises
# ---------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ib", n_events=N_EVENTS)


def test_files_and_truth_small_set(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ib", n_events=SMALL_EVENTS)
    truth = _truth(small)
    check_expected_values(small, truth, FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_every_source_has_event_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import make_messy, make_truth

    for n in (300, 400, 1500):
        subs = make_messy(make_truth(seed=3, n_events=n), seed=3, variant=VARIANT)
        assert [s.source for s in subs] == list(SOURCES)
        for sub in subs:
            assert sub.expected["event_id"].notna().sum() > 0, (n, sub.source)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_what_rows_leave_out(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin, destination and exploitation are the event's, but for tagged gaps."""
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        gap = tags.str.contains(f"unknown:{col}")
        assert gap.any(), col
        assert ok.loc[gap, col].isna().all(), col
        assert ok.loc[~gap, col].equals(ev.loc[~gap, col]), col
    gap = tags.str.contains("unknown:exploitation")
    assert (ok.loc[gap, "exploitation"] == "unknown").all()
    assert ok.loc[~gap, "exploitation"].equals(ev.loc[~gap, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    vague = tags.str.contains("blank_nationality:vague")
    assert vague.sum() >= 3
    assert ok.loc[vague, "nationality"].isna().all()


def test_truth_plants_every_kind_of_gap(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "blank_gender",
        "na_word:age_group",
        "na_word:transport_mode",
        "coords_missing",
        "coords_placeholder",
        "blank_nationality:vague",
        "demonym:nationality",
        "mojibake",
        "typo",
        "dtg_date",
        "ddm_coords",
        "dms_coords",
        "excel_serial",
        "count_word",
        "thousands:n_persons",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
    prec = truth.loc[truth["expected_status"] != "quarantine", "date_precision"]
    assert {"day", "month", "quarter"} <= set(prec)


def test_sources_route_by_detection_country(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    by_file = first.groupby("source_file")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_file["puertos_estado_proteccion_ib.xlsx"] == {"ESP"}
    assert by_file["port_boulogne_calais_surete_ib.csv"] == {"FRA"}
    assert by_file["southcom_j2_ib.csv"] == {"PAN"}
    assert by_file["univision_datos_ib.jsonl"] == {"USA"}
    assert {"ITA", "GRC", "HRV", "POL", "GBR"} <= by_file["drum_cussac_gim_ib.csv"]
    assert not {"ESP", "FRA", "PAN", "USA"} & by_file["drum_cussac_gim_ib.csv"]


# ---------------------------------------------------------------------------------------
# Each desk's bytes
# ---------------------------------------------------------------------------------------
def test_puertos_del_estado_xlsx(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["puertos_estado_proteccion_ib"])
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    head = rows[0]
    assert head[:3] == ("Nº incidencia", "Fecha", "Puerto / zona")
    assert "Cód. país (ISO 3166)" in head
    assert "Posición (lat / long)" in head
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Fecha"]] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 150  # real Excel date cells
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and "trimestre" in d for d in dates)
    codes = {str(r[col["Cód. país (ISO 3166)"]]).strip() for r in rows[1:-1]}
    assert "724" in codes
    pos = [r[col["Posición (lat / long)"]] for r in rows[1:]]
    ddm = re.compile(r"\d\dº \d\d,\d\d' [NS] / \d{3}º \d\d,\d\d' [EW]")
    assert sum(bool(isinstance(p, str) and ddm.fullmatch(p)) for p in pos) > 100
    words = {str(r[col["Tipo de incidencia"]]).strip() for r in rows[1:]}
    assert "Art. 318 bis CP" in words
    nats = {str(r[col["Nacionalidad"]]) for r in rows[1:]}
    assert "marroquí" in nats
    assert rows[-1][0] == "TOTAL"


def test_port_boulogne_calais_csv(paths: dict[str, Path]) -> None:
    raw = paths["port_boulogne_calais_surete_ib"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 accents
    lines = raw.decode("cp1252").splitlines()
    assert lines[0].startswith("N° MC;Date / heure;Lieu;Qualification;")
    body = "\n".join(lines[1:])
    assert re.search(r";\d\d/\d\d/\d\d;", body)  # two-digit years
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", body)  # with the hour
    assert re.search(r";\d\d,\d{5};\d,\d{5};", body)  # decimal-comma coordinates
    assert "Ã" in body  # names garbled by an earlier UTF-8 -> cp1252 round trip
    assert ";kurde;" in body
    assert any(line == ";" * 17 for line in lines)  # the empty row
    assert lines[-1].startswith("Total général;")


def test_southcom_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["southcom_j2_ib"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    lines = raw.decode("utf-16").splitlines()
    head = lines[0].split("\t")
    assert head[:4] == ["SERIAL", "DTG", "LOCATION", "CTRY"]
    assert "PAX" in head
    assert "COORD" in head
    cells = [line.split("\t") for line in lines[1:]]
    dtg = [c[1] for c in cells if len(c) > 1 and re.fullmatch(r"\d{6}Z[A-Z]{3}\d\d", c[1])]
    assert len(dtg) > 150
    assert any(len(c) > 1 and re.fullmatch(r"Q\d CY20\d\d", c[1]) for c in cells)
    coord = head.index("COORD")
    dms = [c for c in cells if len(c) > coord and re.fullmatch(r"\d{6}N\d{7}W", c[coord])]
    assert len(dms) > 150
    assert any("UAC" in c for c in cells)


def test_univision_jsonl(paths: dict[str, Path]) -> None:
    raw = paths["univision_datos_ib"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert list(rows[0])[:4] == ["id", "fecha", "lugar", "pais_hecho"]
    fechas = [r["fecha"] for r in rows if isinstance(r["fecha"], str)]
    assert any(re.fullmatch(r"\d{1,2} de [a-z]+ de 20\d\d", f) for f in fechas)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", f) for f in fechas)
    assert any(isinstance(r["otros_delitos"], list) for r in rows)
    assert any(isinstance(r["personas"], str) and r["personas"] in ("dos", "tres") for r in rows)
    assert any(r["delito"] == "tráfico de personas" for r in rows)
    assert {"EE.UU.", "Panamá"} <= {r["pais_hecho"] for r in rows}
    assert any(str(r["nacionalidad"]).endswith("venezolanos") for r in rows)


def test_drum_cussac_csv(paths: dict[str, Path]) -> None:
    raw = paths["drum_cussac_gim_ib"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    frame = pd.read_csv(paths["drum_cussac_gim_ib"], dtype=str, encoding="utf-8-sig")
    assert list(frame.columns[:4]) == ["Alert ID", "Event Date", "Country", "Location"]
    dates = frame["Event Date"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").sum() > 100
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").sum() > 100
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d UTC").sum() > 20
    assert (frame["Persons"].dropna().str.contains(r"^\d{1,2},\d{3}$")).any()
    assert {"Ivory Coast", "Afghan", "UK"} & set(frame["Nationality"].dropna())
    assert "UASC" in set(frame["Age Profile"].dropna().str.strip())
    assert frame["Alert ID"].duplicated().sum() >= 3  # re-exported alerts
