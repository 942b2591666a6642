"""Examiner sample set ``blind126`` (files ``*_dx.*``): the US–Mexico border, from both sides.

These tests check what the set promises: the files, the truth, and that the bytes show
each agency's habits. None of them cleans or scores.
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
from trendlib.samples._blind126 import AGENCIES, make_blind126

VARIANT = "blind126"
SEED = 126
N_EVENTS = 1500
SMALL_SEED = 1261
SMALL_EVENTS = 400

SOURCES = tuple(a.source for a in AGENCIES)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _read_truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _read_truth(paths)


def _cells(paths: dict[str, Path], source: str) -> dict[int, dict[str, object]]:
    """The file's cells as written, by source row (header words as keys), read plainly."""
    agency = next(a for a in AGENCIES if a.source == source)
    path = paths[source]
    if agency.format == "xlsx":
        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        head = [str(h) for h in rows[0]]
        pad = (None,) * len(head)  # read-only mode drops a row's trailing empty cells
        return {
            i + 2: dict(zip(head, (*r, *pad)[: len(head)], strict=True))
            for i, r in enumerate(rows[1:])
        }
    if agency.format == "jsonl":
        lines = path.read_text(encoding=agency.encoding).splitlines()
        return {i + 1: json.loads(line) for i, line in enumerate(lines)}
    frame = pd.read_csv(
        path,
        sep=agency.delimiter,
        encoding=agency.encoding,
        dtype=str,
        keep_default_na=False,
    )
    return {i + 2: rec for i, rec in enumerate(frame.to_dict("records"))}


def _kept(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    mine = truth.loc[truth["source"] == source]
    return mine.loc[mine["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_dx", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_dx", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _read_truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _read_truth(small_paths), FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (3, 300), (SMALL_SEED, 400)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind126(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert sub.expected["event_id"].notna().any(), sub.filename


def test_every_source_has_event_rows_large(truth: pd.DataFrame) -> None:
    rows = truth.loc[truth["event_id"].notna()]
    assert set(rows["source"]) == set(SOURCES)


def test_who_reports_what(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    src = first["source"].to_numpy()
    assert set(src[det == "USA"]) == {"actic_az"}
    assert set(src[det == "PAN"]) == {"al_otro_lado_tj"}
    assert set(src[(det != "USA") & (det != "PAN")]) == {"colef_observatorio"}
    # the shelter and the consular desk only report again what another source reported
    for second in ("senda_de_vida_reynosa", "consulat_haiti_mx"):
        mine = truth.loc[(truth["source"] == second) & truth["event_id"].notna()]
        assert (mine["expected_reason"] == "cross_source").all()
    corridor = events["corridor"]
    senda = truth.loc[(truth["source"] == "senda_de_vida_reynosa") & truth["event_id"].notna()]
    haiti = truth.loc[(truth["source"] == "consulat_haiti_mx") & truth["event_id"].notna()]
    assert set(corridor.loc[senda["event_id"]]) == {"us_mex"}
    assert set(corridor.loc[haiti["event_id"]]) == {"darien"}


def test_dates_read_in_each_agency_style(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each dated cell, read in its agency's one day/month order, gives the expected day."""

    def read(source: str, cell: object) -> tuple[pd.Timestamp, str]:
        if isinstance(cell, datetime):
            return pd.Timestamp(cell), "day"
        text = str(cell)
        if source in ("actic_az", "al_otro_lado_tj"):
            if m := re.fullmatch(r"([A-Z][a-z]+) (\d{4})", text):
                return pd.Timestamp(int(m[2]), _EN_MONTHS.index(m[1]) + 1, 1), "month"
            return pd.Timestamp(datetime.strptime(text, "%m/%d/%Y")), "day"
        if source == "senda_de_vida_reynosa":
            if m := re.fullmatch(r"(\d\d)-([a-z]{3})-(\d{4})", text):
                return pd.Timestamp(int(m[3]), _ES_ABBR.index(m[2]) + 1, int(m[1])), "day"
            return pd.Timestamp(datetime.strptime(text, "%d/%m/%Y")), "day"
        if source == "consulat_haiti_mx":
            if m := re.fullmatch(r"(\d+)(?:er)? (\S+) (\d{4})", text):
                return pd.Timestamp(int(m[3]), _FR_MONTHS.index(m[2]) + 1, int(m[1])), "day"
            return pd.Timestamp(datetime.strptime(text, "%d/%m/%Y")), "day"
        if m := re.fullmatch(r"T([1-4]) (\d{4})", text):
            return pd.Timestamp(int(m[2]), 3 * int(m[1]) - 2, 1), "quarter"
        if re.fullmatch(r"\d{4}-\d\d", text):
            return pd.Timestamp(text + "-01"), "month"
        return pd.Timestamp(datetime.strptime(text, "%Y-%m-%d")), "day"

    header = {a.source: a.headers["event_date"] for a in AGENCIES}
    for source in SOURCES:
        cells = _cells(paths, source)
        kept = _kept(truth, source)
        assert len(kept) > 0
        seen_day_over_12 = False
        for row in kept.itertuples():
            day, precision = read(source, cells[int(row.source_row)][header[source]])
            assert day == pd.Timestamp(row.event_date), (source, row.source_row)
            assert precision == row.date_precision, (source, row.source_row)
            seen_day_over_12 |= precision == "day" and day.day > 12
        assert seen_day_over_12, source  # the day/month order can be told from the file


def test_actic_xlsx_fusion_center_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["actic_az"]
    assert path.name == "actic_az_dx.xlsx"
    cells = _cells(paths, "actic_az")
    head = list(next(iter(cells.values())))
    assert head[:3] == ["ACTIC Ref #", "Incident Date", "Offense Category"]
    kept = _kept(truth, "actic_az")
    rows = [cells[int(r)] for r in kept["source_row"]]
    dates = [r["Incident Date"] for r in rows]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert all(isinstance(r["# Migrants/Victims"], int | str) for r in rows)
    assert {"UNK", "Unknown"} & {r["# Migrants/Victims"] for r in rows}
    assert {"None identified", "NONE"} & {r["# Suspects"] for r in rows}
    assert {"USA", "US", "U.S.", "United States"} >= {r["Country of Incident"] for r in rows} - {
        None
    }
    nats = {r["Nationality (Primary)"] for r in rows}
    assert "MEXICO" in nats  # upper-case names
    assert "MX" in nats  # and ISO alpha-2 codes
    lats = [r["Latitude"] for r in rows if r["Latitude"] is not None]
    lons = [r["Longitude"] for r in rows if r["Longitude"] is not None]
    assert all(isinstance(v, float) and 25 < v < 33 for v in lats)
    assert all(isinstance(v, float) and -112.5 < v < -97 for v in lons)
    assert {r["Offense Category"] for r in rows} >= {"HUMAN SMUGGLING", "Alien Smuggling"}
    assert truth.loc[truth["source"] == "actic_az", "expected_reason"].eq("exact_repeat").any()


def test_senda_de_vida_utf16_tab_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["senda_de_vida_reynosa"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Texto Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    first = text.splitlines()[0]
    assert first.split("\t")[:4] == [
        "Folio",
        "Fecha del incidente",
        "Nacionalidad",
        "País de origen",
    ]
    assert ";" not in first
    assert "," not in first
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t(hondureñ|guatemaltec|mexican|venezolan|ecuatorian)[oa]s?\t", text)
    assert re.search(r"\t(EUA|E\.U\.A\.)\t", text)
    assert re.search(r"\t(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\t", text)
    assert "\tNNA\t" in text or "adultos y NNA" in text
    assert "\tninguno\t" in text or "\tnadie\t" in text
    assert "Guatemala - México" in text  # the route, in order, with its own separator
    tags = tags_of(truth).loc[truth["source"] == "senda_de_vida_reynosa"]
    assert tags.str.contains("typo").any()
    assert tags.str.contains("demonym").any()


def test_al_otro_lado_utf8_bom_intake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["al_otro_lado_tj"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Case ID,Date of incident,Country where it happened")
    assert re.search(r",\d{1,2}/\d{1,2}/20\d\d,", text)
    assert not re.search(r",0\d/\d\d/20\d\d,", text)  # months never zero-padded
    assert re.search(
        r",(January|February|March|April|May|June|July|August|September|"
        r"October|November|December) 20\d\d,",
        text,
    )
    assert "Ecuador → Colombia" in text
    assert re.search(r",(Venezuelan|Haitian|Ecuadorian|Colombian|Chinese),", text)
    assert "approx. " in text
    tags = tags_of(truth).loc[truth["source"] == "al_otro_lado_tj"]
    assert tags.str.contains("month_date").any()


def test_consulat_haiti_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["consulat_haiti_mx"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.splitlines()[0].split(";")
    assert head[:4] == ["N° dossier", "Date des faits", "Pays des faits", "Qualification"]
    assert re.search(
        r";\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert ";aucun;" in text
    assert re.search(r";(Équateur|Equateur) / Colombie;", text)
    assert re.search(r";(États-Unis|Etats-Unis);", text)


def test_colef_jsonl_observatory(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["colef_observatorio"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"id_nota", "fecha_evento", "tipo_delito", "pais_deteccion"}
    dates = {str(r["fecha_evento"]) for r in recs}
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    texts = " ".join(str(v) for r in recs for v in r.values())
    assert "Ã" in texts  # names copied from pages read in the wrong encoding
    coords = [r["coordenadas"] for r in recs if r.get("coordenadas")]
    assert all(re.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+", c) for c in coords)
    assert any(
        isinstance(r["personas"], str) and re.fullmatch(r"\d,\d{3}", r["personas"]) for r in recs
    )
    assert {"ESP", "ITA", "GRC"} & {r["pais_deteccion"] for r in recs}
    tags = tags_of(truth).loc[truth["source"] == "colef_observatorio"]
    for tag in ("mojibake", "iso3", "alias", "quarter_date", "month_date"):
        assert tags.str.contains(tag).any(), tag


def test_unreadable_cells_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    na = kept & tags.str.contains("na_word")
    assert na.any()
    assert (truth.loc[na, ["age_group", "transport_mode"]] == "unknown").any(axis=1).all()
    missing = kept & tags.str.contains("coords_missing")
    assert truth.loc[missing, ["lat", "lon"]].isna().all().all()
    # sources with no place column expect no coordinates at all
    for source in ("senda_de_vida_reynosa", "al_otro_lado_tj", "consulat_haiti_mx"):
        assert truth.loc[kept & (truth["source"] == source), "lat"].isna().all()
