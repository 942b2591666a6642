"""Examiner set ``blind209`` (files ``*_hc.*``): the files and their truth keep their promises.

These tests read the written bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

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
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind209 import AGENCIES, make_blind209

VARIANT = "blind209"
SEED = 209
N_EVENTS = 1500
SMALL_SEED = 2091
SMALL_EVENTS = 400

DGIE = "dgie_ci_veille_hc"
HFJ = "hfj_ima_uk_hc"
HRC = "hrc_incident_tracker_hc"
FE = "fundacion_esperanza_co_hc"
COLIBRI = "colibri_familias_hc"
SOURCES = (DGIE, HFJ, HRC, FE, COLIBRI)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
_DESIGN_NAMES = {
    "source_ref",
    "event_date",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    out = truth.loc[truth["source"] == source].copy()
    out["row"] = out["source_row"].astype(int)
    return out.set_index("row")


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2  # header = row 1
    return frame


def _xlsx(path: Path) -> tuple[list[str], dict[int, list[object]]]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    width = len(header)  # read-only rows may stop at their last filled cell
    return header, {i + 2: [*r, *[None] * (width - len(r))] for i, r in enumerate(rows[1:])}


def _jsonl(path: Path) -> dict[int, dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {i + 1: json.loads(line) for i, line in enumerate(lines)}


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_hc", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_hc", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    kept = rows.loc[rows["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_agency_reports_events(n_events: int) -> None:
    subs = make_blind209(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 10, sub.source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# What the set promises beyond the shared checks
# --------------------------------------------------------------------------------------
def test_headers_are_the_agencies_own_words() -> None:
    for agency in AGENCIES:
        words = set(agency.headers.values())
        assert not words & _DESIGN_NAMES, agency.source
        assert len(words) == len(agency.headers), agency.source


def test_exploitation_of_sources_without_the_column(truth: pd.DataFrame) -> None:
    ok = truth.loc[(truth["source"] == COLIBRI) & (truth["expected_status"] != "quarantine")]
    thb = ok["crime_type"].isin(["trafficking", "both"])
    assert (ok.loc[thb, "exploitation"] == "unknown").all()
    assert ok.loc[~thb, "exploitation"].isna().all()
    assert ok["linked_offences"].isna().all()
    assert tags_of(truth).loc[ok.index].str.contains("blank_n_suspects").all()


def test_quarantine_rows_show_their_reason(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    dgie = _csv(paths[DGIE], "cp1252", ";")
    rows = _rows(truth, DGIE)
    date_col = "Date des faits"
    for row, rec in rows.iterrows():
        cell = dgie.loc[row, date_col]
        if rec["expected_reason"] == "bad_date":
            assert cell.startswith("31/02/"), cell
        elif rec["expected_reason"] == "future_date":
            assert pd.to_datetime(cell, format="%d/%m/%Y") > pd.Timestamp("2026-01-01")
        elif rec["expected_reason"] == "empty_row":
            assert (dgie.loc[row] == "").all()
    assert rows["expected_reason"].eq("no_content").sum() == 1
    assert dgie["N° fiche"].eq("TOTAL GENERAL").sum() == 1


def test_dgie_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DGIE].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date des faits;Nature des faits;")
    assert "\r\n" in text
    frame = _csv(paths[DGIE], "cp1252", ";")
    rows = _rows(truth, DGIE)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Date des faits"]
    day_first = dates.str.fullmatch(r"\d\d/\d\d/\d{4}")
    assert day_first.mean() > 0.7
    assert (dates[day_first].str[:2].astype(int) > 12).any()  # day first, not month
    assert dates.str.contains("1er ").any() or dates.str.contains(r"^\d{1,2} [a-zéû]+ \d{4}$").any()
    nat = frame.loc[kept.index, "Nationalité"]
    assert nat.isin(["Ivoirienne", "Guinéenne", "Tunisienne", "Bangladaise"]).any()
    assert frame.loc[kept.index, "Pays d'origine"].isin(["RCI", "Guinée Conakry"]).any()
    assert text.count("Ã") > 0  # country names pasted from a UTF-8 report
    assert frame["Nbre de passeurs / trafiquants interpellés"].isin(["néant", "Néant"]).any()
    assert frame["Nature des faits"].eq("TIM").any()
    tags = tags_of(truth).loc[truth["source"] == DGIE]
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("typo").any()


def test_dgie_positions_read_as_the_truth_says(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths[DGIE], "cp1252", ";")
    rows = _rows(truth, DGIE)
    ddm = re.compile(r"(\d+)°(\d\d\.\d\d)'([NS]) - (\d{3})°(\d\d\.\d\d)'([EW])")
    seen = 0
    for row, rec in rows.loc[rows["expected_status"] != "quarantine"].iterrows():
        cell = frame.loc[row, "Position (source MRCC)"]
        if not cell:
            assert pd.isna(rec["lat"])
            continue
        m = ddm.fullmatch(cell)
        assert m is not None, cell
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(lat - float(rec["lat"])) < 1e-6
        assert abs(lon - float(rec["lon"])) < 1e-6
        seen += 1
    assert seen > 100


def test_hfj_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    header, cells = _xlsx(paths[HFJ])
    assert header[:3] == ["Case Number", "Date Identified", "Case Type"]
    col = {h: i for i, h in enumerate(header)}
    rows = _rows(truth, HFJ)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = [cells[r][col["Date Identified"]] for r in kept.index]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    for r in kept.index:  # every typed full date is day first and says the truth's day
        d = cells[r][col["Date Identified"]]
        if isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d):
            day = pd.to_datetime(d, format="%d/%m/%Y").strftime("%Y-%m-%d")
            assert day == kept.loc[r, "event_date"]
    values = {str(cells[r][col["Case Type"]]) for r in kept.index}
    assert {"Organised Immigration Crime", "Modern Slavery"} <= values
    identified = {str(cells[r][col["Country Identified"]]) for r in kept.index}
    assert "England" in identified or "Scotland" in identified
    routes = [cells[r][col["Route (Transit Countries)"]] for r in kept.index]
    assert any(isinstance(x, str) and " > " in x for x in routes)
    ages = {cells[r][col["Age Category"]] for r in kept.index}
    assert ages & {"Minor", "Child (under 18)"}
    assert cells[max(cells)][0] == "Grand Total"  # the report's summary row comes last


def test_hrc_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _jsonl(paths[HRC])
    rows = _rows(truth, HRC)
    assert len(lines) == len(rows)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    for r in kept.index:
        line = lines[r]
        place = line["Country of incident"]
        assert place is None or re.fullmatch(r"[A-Z]{2}", str(place)), place
        date = str(line["Incident date"])
        assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?|\d{4}-Q[1-4]", date), date
        if re.fullmatch(r"\d{4}-Q[1-4]", date):
            assert kept.loc[r, "date_precision"] == "quarter"
    assert any(v.get("Transit route") == "direct" for v in lines.values())
    # re-ingested items: the same line twice
    text = paths[HRC].read_text(encoding="utf-8").splitlines()
    assert len(text) - len(set(text)) >= 3
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3


def test_esperanza_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    header, cells = _xlsx(paths[FE])
    assert header[0] == "Código del caso"
    col = {h: i for i, h in enumerate(header)}
    rows = _rows(truth, FE)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    serials = 0
    for r in kept.index:
        d = cells[r][col["Fecha del hecho"]]
        if isinstance(d, int):  # an Excel serial number the sheet shows as a number
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=d)
            assert day.strftime("%Y-%m-%d") == kept.loc[r, "event_date"]
            serials += 1
        elif isinstance(d, str) and "trimestre" in d:
            assert kept.loc[r, "date_precision"] == "quarter"
    assert serials > 0
    ages = {cells[r][col["Grupo etario"]] for r in kept.index}
    assert "NNA" in ages
    commas = [cells[r][col["Latitud"]] for r in kept.index]
    assert any(isinstance(c, str) and "," in c for c in commas)
    big = [cells[r][col["N° de víctimas / migrantes"]] for r in kept.index]
    for r, c in zip(kept.index, big, strict=True):
        if isinstance(c, str) and re.fullmatch(r"\d{1,2}\.\d{3}", c):
            assert int(c.replace(".", "")) == int(kept.loc[r, "n_persons"])


def test_colibri_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[COLIBRI].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little endian, as Excel's "Unicode text"
    frame = _csv(paths[COLIBRI], "utf-16", "\t")
    assert list(frame.columns[:3]) == ["No. de reporte", "Fecha del evento", "Tipo de caso"]
    rows = _rows(truth, COLIBRI)
    kept = rows.loc[(rows["expected_status"] != "quarantine") & (rows["date_precision"] == "day")]
    dates = frame.loc[kept.index, "Fecha del evento"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").all()
    assert (dates.str[:2].astype(int) <= 12).all()
    assert (dates.str[3:5].astype(int) > 12).any()  # month first
    parsed = pd.to_datetime(dates, format="%m/%d/%Y").dt.strftime("%Y-%m-%d")
    assert parsed.equals(kept["event_date"])
    assert frame["País donde ocurrió"].isin(["EE.UU.", "EUA"]).any()
    pairs = frame.loc[kept.index, "Coordenadas (última ubicación)"]
    pairs = pairs[pairs != ""]
    assert pairs.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()


def test_second_reports_point_at_other_agencies(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) >= {HRC, DGIE, HFJ}
    assert not (cross["duplicate_of"].str.split(":").str[0] == cross["source_file"]).any()
