"""The examiner set ``blind421`` (files ``*_pg.*``): five lift-industry security desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind421"
SEED = 421
N_EVENTS = 1500
SMALL_SEED = 4211
SMALL_EVENTS = 400
SOURCES = (
    "leia_safety_desk",
    "federation_ascenseurs_surete",
    "feeda_seguridad",
    "ascensores_panama_seguridad",
    "elevator_world_tracker",
)
FIELDS = ("crime_type",)
TOLERANCE = 1e-3
UK, FR, ES, PA, EWT = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as written (text, or the sheet's own types), with ``source_row``."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    elif path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=object)
        first = 2
    else:
        text = path.read_bytes()
        enc = {"utf-16": "utf-16", "cp1252": "cp1252"}.get(_encoding(source), "utf-8-sig")
        sep = {"\t": "\t", ";": ";"}.get(_delimiter(source), ",")
        frame = pd.read_csv(
            path, sep=sep, encoding=enc, dtype=str, keep_default_na=False, na_values=[""]
        )
        assert len(text) > 0
        first = 2
    frame["source_row"] = [str(first + i) for i in range(len(frame))]
    return frame


def _encoding(source: str) -> str:
    return {UK: "utf-8-sig", FR: "cp1252", PA: "utf-16"}.get(source, "utf-8")


def _delimiter(source: str) -> str:
    return {UK: ",", FR: ";", PA: "\t"}.get(source, "")


def _joined(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The file's cells (headers prefixed ``@``) beside its truth rows and their tags."""
    rows = truth.assign(tags=tags_of(truth))
    rows = rows.loc[rows["source_file"] == paths[source].name]
    cells = _cells(paths, source)
    cells.columns = [c if c == "source_row" else f"@{c}" for c in cells.columns]
    return cells.merge(rows, on="source_row", how="inner", validate="1:1")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pg", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_reports_of_events(paths, truth, FIELDS)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_every_desk_reports(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_pg", n_events=SMALL_EVENTS)
    rows = _truth(small)
    for source in SOURCES:
        mine = rows.loc[rows["source_file"] == small[source].name]
        assert (mine["expected_status"] == "record").sum() > 0, source


def test_other_fields_differ_only_where_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    file_of = {s: paths[s].name for s in SOURCES}
    no_column = {
        "destination_country": {file_of[UK]},
        "linked_offences": {file_of[PA]},
        "origin_country": set(),
        "transit_countries": set(),
        "exploitation": set(),
    }
    why = {
        "origin_country": "empty:origin_country",
        "destination_country": "empty:destination_country",
        "transit_countries": "empty:transit_countries",
        "exploitation": "unknown:exploitation",
        "linked_offences": "(?!)",
    }
    for col, files in no_column.items():
        differs = ok[col].fillna("").ne(ev[col].fillna(""))
        allowed = tags.str.contains(why[col]) | ok["source_file"].isin(files)
        assert not (differs & ~allowed).any(), col
        assert ok.loc[differs, col].isna().all() or col == "exploitation", col
    lost = ok["exploitation"].ne(ev["exploitation"].fillna("")) & ev["exploitation"].notna()
    assert (ok.loc[lost, "exploitation"] == "unknown").all()


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
_DMY = re.compile(r"^(\d\d)/(\d\d)/(\d{2}|\d{4})$")


def _day_first(dates: pd.Series) -> None:
    """Day/month order is the same in the whole file: day first."""
    parts = dates.dropna().astype(str).str.extract(_DMY).dropna()
    assert len(parts) > 0
    assert (parts[1].astype(int) <= 12).all()
    assert (parts[0].astype(int) > 12).any()


def test_uk_desk_writes_english_utf8_bom_commas(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[UK].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n")[0].decode("utf-8")
    assert header.startswith("Incident Ref,Date of Incident,Site Type,Incident Category")
    assert '"Location (Lat, Long)"' in header
    cells = _joined(paths, truth, UK)
    dates = cells["@Date of Incident"].dropna()
    long = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d")
    assert long.mean() > 0.4
    _day_first(dates)
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()  # month only
    assert cells["@Route / Transit Countries"].str.contains(" > ", regex=False).any()
    assert cells["@Nationality (as stated)"].isin(["Vietnamese", "Afghan", "Iraqi"]).any()
    approx = cells["@No. of Persons Found"].str.contains("approx|c\\.", na=False)
    assert approx.any()
    assert (cells.loc[approx, "n_persons"].notna()).all()
    found = cells["@No. of Persons Found"].str.extract(r"(\d+)")[0]
    assert (found[approx] == cells.loc[approx, "n_persons"]).all()
    assert cells["@Suspected Facilitators"].isin(["None", "Nil"]).any()
    point = cells["@Location (Lat, Long)"].dropna()
    assert point.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()


def test_uk_desk_kurdish_is_no_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _joined(paths, truth, UK)
    kurd = cells["@Nationality (as stated)"] == "Kurdish"
    kept = cells["expected_status"] != "quarantine"
    assert (kurd & kept).any()
    assert cells.loc[kurd & kept, "nationality"].isna().all()
    assert cells.loc[kurd & kept, "tags"].str.contains("ambiguous:nationality").all()
    iraqi_kurd = (cells["@Nationality (as stated)"] == "Iraqi Kurd") & kept
    assert (cells.loc[iraqi_kurd, "nationality"] == "IRQ").all()


def test_french_desk_writes_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date du constat;")
    assert "\r\n" in text
    cells = _joined(paths, truth, FR)
    dates = cells["@Date du constat"].dropna()
    _day_first(dates)
    quarter = cells["@Date du constat"].str.fullmatch(r"T[1-4] 20\d\d", na=False)
    assert quarter.any()
    assert (cells.loc[quarter, "date_precision"].dropna() == "quarter").all()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()  # "mai 2023"
    lat = cells["@Latitude"].dropna()
    assert lat.str.fullmatch(r"\d+,\d{5}").all()
    nat = cells["@Nationalité"].dropna().str.strip().str.lower()
    assert nat.isin(["afghane", "iranienne", "irakienne", "érythréenne", "albanaise"]).any()
    assert text.count("Ã") > 0  # mojibake of a UTF-8 web form
    garbled = cells["tags"].str.contains("mojibake:")
    assert garbled.any()


def test_french_desk_angleterre_is_united_kingdom(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _joined(paths, truth, FR)
    kept = cells["expected_status"] != "quarantine"
    dest = cells["@Destination déclarée"].fillna("").str.strip().str.lower()
    for word in ("angleterre", "royaume-uni", "ru"):
        rows = (dest == word) & kept
        assert (cells.loc[rows, "destination_country"] == "GBR").all(), word
    assert ((dest == "angleterre") & kept).any()


def test_spanish_desk_writes_a_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[ES], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = rows[0]
    assert header[:3] == ("Nº registro", "Fecha del hecho", "País")
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.6 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"\d\d/20\d\d", d) for d in typed)
    col = header.index("Nº personas")
    counts = [r[col] for r in rows[1:] if len(r) > col and r[col] is not None]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    cells = _joined(paths, truth, ES)
    kept = cells["expected_status"] != "quarantine"
    mena = (cells["@Edad"] == "MENA") & kept
    assert mena.any()
    assert (cells.loc[mena, "age_group"] == "child").all()
    valla = (cells["@Medio de llegada"] == "Salto de valla") & kept
    assert (cells.loc[valla, "transport_mode"] == "land").all()
    month = cells["@Fecha del hecho"].astype(str).str.fullmatch(r"\d\d/20\d\d") & kept
    assert (cells.loc[month, "date_precision"] == "month").all()
    big = cells["tags"].str.contains("thousands:n_persons") & kept
    for cell, n in zip(cells.loc[big, "@Nº personas"], cells.loc[big, "n_persons"], strict=True):
        assert str(cell).replace(".", "") == n


def test_panama_desk_writes_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[PA].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.split("\n")[0].startswith("No. de caso\tFecha\tDelito")
    cells = _joined(paths, truth, PA)
    kept = cells["expected_status"] != "quarantine"
    dates = cells["@Fecha"]
    _day_first(dates)
    serial = dates.str.fullmatch(r"4\d{4}", na=False) & kept
    assert serial.any()
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(cells.loc[serial, "@Fecha"].astype(int), "D")
    assert (day.dt.strftime("%Y-%m-%d") == cells.loc[serial, "event_date"]).all()
    nna = (cells["@Grupo etario"] == "NNA") & kept
    assert nna.any()
    assert (cells.loc[nna, "age_group"] == "child").all()
    m = (cells["@Sexo"] == "M") & kept
    assert (cells.loc[m, "gender"] == "male").all()
    dms = cells["@Coordenadas GPS"].str.contains("°", na=False) & kept
    assert dms.any()
    for cell, lat, lon in zip(
        cells.loc[dms, "@Coordenadas GPS"],
        cells.loc[dms, "lat"],
        cells.loc[dms, "lon"],
        strict=True,
    ):
        d, m_, s = re.findall(r"(\d+)°(\d+)'([\d.]+)\"", cell)[0]
        assert abs(int(d) + int(m_) / 60 + float(s) / 3600 - float(lat)) < 1e-6
        assert float(lon) < 0  # West
    big = cells["tags"].str.contains("thousands:n_persons") & kept
    assert cells.loc[big, "@Cantidad de personas"].str.fullmatch(r"\d,\d{3}").all()


def test_tracker_writes_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[EWT].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert {"item_id", "incident_date", "country", "route_via", "lat", "lng"} <= set(items[0])
    vias = [i["route_via"] for i in items if i["route_via"] is not None]
    assert vias
    assert all(isinstance(v, list) for v in vias)
    offences = [i["related_offences"] for i in items if i["related_offences"] is not None]
    assert offences
    assert all(isinstance(v, list) for v in offences)
    dates = [i["incident_date"] for i in items if isinstance(i["incident_date"], str)]
    assert sum(bool(re.fullmatch(r"20\d\d-\d\d-\d\d", d)) for d in dates) > 0.6 * len(dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", d) for d in dates)
    countries = [i["country"] for i in items if isinstance(i["country"], str)]
    assert sum(len(c) == 2 for c in countries) > 0.6 * len(countries)
    cells = _joined(paths, truth, EWT)
    kept = cells["expected_status"] != "quarantine"
    null_island = (cells["@lat"] == 0) & (cells["@lng"] == 0) & kept
    assert null_island.any()
    assert cells.loc[null_island, ["lat", "lon"]].isna().all().all()
    assert cells.loc[null_island, "tags"].str.contains("coords_placeholder").all()
    point = cells["@lat"].notna() & ~null_island & kept & cells["lat"].notna()
    assert (
        cells.loc[point, "@lat"].astype(float) - cells.loc[point, "lat"].astype(float)
    ).abs().max() < 1e-9


def test_tracker_reports_what_no_desk_does(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    desk = {"GBR": UK, "FRA": FR, "ESP": ES, "PAN": PA}
    for file, country in zip(first["source_file"], where, strict=True):
        assert file == paths[desk.get(country, EWT)].name
