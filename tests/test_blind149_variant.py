"""The examiner set ``blind149`` (files ``*_eu.*``): what its files and truth promise.

Five agencies around Portugal: the CCPA Castro Marim–Ayamonte (Spanish with Portuguese
words, cp1252, ``;``), the Polícia Marítima's Frontex log (English XLSX), the French
COFGC (UTF-16, tab), the Brazilian embassy in Panama (Spanish with Brazilian words,
UTF-8, ``,``) and Portugal's PUC-CPI (English JSON lines). These tests read the bytes and
the truth only; none of them cleans or scores.
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind149 import SOURCES, make_blind149

VARIANT = "blind149"
SEED = 149
N_EVENTS = 1500
SMALL_SEED = 1491
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees: positions are written to 4-5 decimals or to a hundredth of a minute.
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = _text(path, encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _column(rows: list[list[str]], header: str) -> list[str]:
    i = rows[0].index(header)
    return [r[i] for r in rows[1:] if len(r) > i]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_eu", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_eu", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 149])
def test_every_source_has_rows_at_300_events(seed: int) -> None:
    subs = make_blind149(make_truth(seed=seed, n_events=300), seed=seed)
    for sub in subs:
        kept = sub.expected["expected_status"].isin(["record", "duplicate"])
        assert kept.sum() >= 3, sub.filename


# --------------------------------------------------------------------------------------
# Who reports what
# --------------------------------------------------------------------------------------
def test_first_reports_follow_the_detection_country(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"ESP": "ccpa_castro_marim", "GRC": "policia_maritima_pt", "FRA": "cofgc_sgmer"}
    want["PAN"] = "embaixada_brasil_pa"
    expected = [want.get(c, "puc_cpi_lisboa") for c in country]
    assert first["source"].tolist() == expected


def test_second_reports_come_from_plausible_desks(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    ev = events.loc[cross["event_id"]]
    pairs = set(zip(cross["source"], ev["corridor"], ev["detection_country"], strict=True))
    allowed = {
        ("policia_maritima_pt", "cmed", "ITA"),
        ("cofgc_sgmer", "channel", "GBR"),
        *(
            ("puc_cpi_lisboa", c, d)
            for c, d in [
                ("channel", "FRA"),
                ("emed", "GRC"),
                ("wmed", "ESP"),
                ("watl", "ESP"),
                ("thb_rou_esp", "ESP"),
                ("darien", "PAN"),
            ]
        ),
    }
    assert pairs <= allowed
    assert {p[0] for p in pairs} == {"policia_maritima_pt", "cofgc_sgmer", "puc_cpi_lisboa"}


def test_tags_cover_the_planted_habits(truth: pd.DataFrame) -> None:
    tags = set(";".join(tags_of(truth).dropna()).split(";"))
    planted = {
        "country_alt",
        "country_iso2",
        "country_iso3",
        "country_numeric",
        "country_demonym",
        "country_eu",
        "country_mojibake",
        "country_typo",
        "country_case",
        "country_alias",
        "date_dmy",
        "date_dmy_yy",
        "date_long_fr",
        "date_dtg",
        "date_xl_datetime",
        "date_serial",
        "date_month_fr",
        "date_month_es",
        "date_month_iso",
        "date_quarter_en",
        "thousands_sep",
        "count_suffix",
        "count_placeholder",
        "zero_word",
        "suspects_placeholder",
        "na_word",
        "decimal_comma",
        "coords_ddm",
        "coords_pair",
        "coords_missing",
        "blank_coordinates",
        "transit_list",
        "offences",
        "bad_row",
        "garbage_row",
    }
    assert planted <= tags, planted - tags


def test_partial_dates_only_where_the_desk_lacks_the_day(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    partial = ok.loc[ok["date_precision"] != "day"]
    assert set(partial["source"]) == {"cofgc_sgmer", "embaixada_brasil_pa", "puc_cpi_lisboa"}
    assert set(partial.loc[partial["source"] != "puc_cpi_lisboa", "date_precision"]) == {"month"}
    # both reports of a duplicated event give the day
    assert (truth.loc[truth["expected_reason"] == "cross_source", "date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_ccpa_is_spanish_cp1252_semicolon_with_portuguese_words(paths: dict[str, Path]) -> None:
    path = paths["ccpa_castro_marim"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    rows = _rows(path, "cp1252", ";")
    assert rows[0][:3] == ["N.º Registo CCPA", "Fecha hecho", "Tipología delictiva"]
    assert "Latitud" in rows[0]
    assert "Longitud" in rows[0]
    text = _text(path, "cp1252")
    assert re.search(r"Espanha|Marrocos|Roménia|Argélia", text)
    assert "Auxílio à imigração ilegal" in text or "Tráfico de pessoas" in text
    assert "Ã" in text  # names pasted from a UTF-8 system
    dates = [d for d in _column(rows, "Fecha hecho") if d]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d-\d\d-\d{4}", d) for d in dates)
    lats = [v for v in _column(rows, "Latitud") if v]
    assert lats
    assert all(re.fullmatch(r"-?\d+,\d{4}", v) for v in lats)
    assert any(" - " in v for v in _column(rows, "Países tránsito"))


def test_policia_maritima_log_is_english_xlsx_with_dtg(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["policia_maritima_pt"])
    rows = list(book.active.iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:2] == ["Ocorrência n.º", "DTG / Date"]
    assert "POB" in head
    assert "Host MS" in head
    assert "Position" in head
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    assert any(isinstance(d, datetime) for d in dates)
    dtg = [d for d in dates if isinstance(d, str)]
    assert dtg
    assert any(re.fullmatch(r"\d{6}Z [A-Z]{3} \d\d", d) for d in dtg)
    pob = [r[head.index("POB")] for r in rows[1:]]
    assert any(isinstance(v, int) for v in pob)
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"Nil", "EL"} & cells
    assert any(c in cells for c in ("Syrian", "Afghan", "Iraqi"))
    positions = [r[head.index("Position")] for r in rows[1:] if r[head.index("Position")]]
    assert all(re.fullmatch(r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]", p) for p in positions)


def test_cofgc_is_french_utf16_tab(paths: dict[str, Path]) -> None:
    path = paths["cofgc_sgmer"]
    raw = path.read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM, as Excel writes it
    rows = _rows(path, "utf-16", "\t")
    assert rows[0][:3] == ["N° événement", "Date", "Qualification"]
    assert "Pays de constatation" in rows[0]
    text = _text(path, "utf-16")
    assert re.search(r"\bAESI\b|\bTEH\b", text)
    assert re.search(r"\bnéant\b|\baucun\b", text)
    dates = [d for d in _column(rows, "Date") if d]
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert any(re.fullmatch(rf"(1er|\d{{1,2}}) ({months}) \d{{4}}", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    positions = [p for p in _column(rows, "Position") if p]
    assert positions
    assert all(re.fullmatch(r"\d\d°\d\d,\d\d'N - \d{3}°\d\d,\d\d'[EW]", p) for p in positions)


def test_embassy_is_spanish_utf8_comma_with_brazilian_words(paths: dict[str, Path]) -> None:
    path = paths["embaixada_brasil_pa"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(path, "utf-8", ",")
    assert rows[0][:3] == ["Nº", "Fecha", "Delito"]
    text = _text(path, "utf-8")
    assert re.search(r"Colômbia|Equador|EUA|feminino|nenhum", text)
    dates = [d for d in _column(rows, "Fecha") if d]
    assert any(re.fullmatch(r"4[45]\d{3}", d) for d in dates)  # Excel serials
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    pairs = [c for c in _column(rows, "Coordenadas") if c]
    assert pairs
    assert all(re.fullmatch(r"\d\.\d{5}, -7\d\.\d{5}", c) for c in pairs)
    assert any(" > " in v for v in _column(rows, "Ruta (tránsito)"))


def test_puc_cpi_is_english_jsonl_with_codes(paths: dict[str, Path]) -> None:
    lines = paths["puc_cpi_lisboa"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["puc_ref", "occurrence_date", "crime_area"]
    dates = {r["occurrence_date"] for r in recs if r["occurrence_date"]}
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}|\d{4}-Q[1-4]", d) for d in dates)
    codes = {r["country_of_detection"] for r in recs if r["country_of_detection"]}
    assert codes & {"ITA", "IT", "380"}
    assert codes & {"USA", "US", "840"}
    assert any(c.isdigit() for c in codes)  # ISO numeric codes
    assert any(">" in (r["transit_route"] or "") for r in recs)
    assert any(isinstance(r["persons_involved"], int) for r in recs)
    assert any(r["persons_involved"] in ("unknown", "n/k") for r in recs)


def test_future_dates_are_years_typed_with_swapped_digits(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    future = truth.loc[truth["expected_reason"] == "future_date"]
    assert len(future) > 0
    readers = {
        "ccpa_castro_marim": ("cp1252", ";", "Fecha hecho"),
        "cofgc_sgmer": ("utf-16", "\t", "Date"),
        "embaixada_brasil_pa": ("utf-8", ",", "Fecha"),
    }
    seen = 0
    for row in future.itertuples():
        if row.source in readers:
            enc, sep, head = readers[row.source]
            rows = _rows(paths[row.source], enc, sep)
            cell = rows[int(row.source_row) - 1][rows[0].index(head)]
        elif row.source == "puc_cpi_lisboa":
            lines = paths[row.source].read_text(encoding="utf-8").splitlines()
            cell = json.loads(lines[int(row.source_row) - 1])["occurrence_date"]
        else:
            book = load_workbook(paths[row.source])
            value = book.active.cell(row=int(row.source_row), column=2).value
            cell = value.strftime("%d/%m/%Y") if isinstance(value, datetime) else str(value)
        assert re.search(r"220[123]", cell), cell
        seen += 1
    assert seen == len(future)
