"""The examiner set ``blind293`` (files ``*_ki.*``): what the files and their truth promise.

Five boating-trade desks (British Marine, the FIN, ANEN, the Cámara Marítima de Panamá and
ICOMIA's digest). These tests read the bytes and the truth only; none cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pycountry
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

VARIANT = "blind293"
SEED = 293
N_EVENTS = 1500
SMALL_SEED = 2931
SMALL_EVENTS = 400
SUFFIX = "_ki"
SOURCES = (
    "british_marine",
    "fin_nautisme",
    "anen_nautica",
    "camara_maritima_pa",
    "icomia_digest",
)
TOLERANCE = 1e-3  # degrees; the British log's decimal minutes keep three decimals


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source, indexed by their row number in the file."""
    rows = truth.loc[truth["source"] == source].copy()
    rows["tags"] = tags_of(truth).loc[rows.index]
    return rows.set_index(rows["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file as text cells, indexed by the row number a person counts (header = 1)."""
    frame = pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = range(2, len(frame) + 2)
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_every_source_reports_events_at_every_size(
    paths: dict[str, Path], small: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    tiny = write(tmp_path_factory, VARIANT, seed=SEED, n_events=300)
    for p in (paths, small, tiny):
        rows = _truth(p)
        records = rows.loc[rows["expected_status"] == "record", "source"]
        assert set(records) == set(SOURCES)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    fields = ("crime_type", "transit_countries", "linked_offences")
    check_expected_values(paths, truth, fields, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_fields_follow_the_event(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin and destination are the event's unless left empty; exploitation its form."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(truth).loc[ok.index]
    ev = events.loc[ok["event_id"]].set_index(ok.index)
    for col in ("origin_country", "destination_country"):
        empty = tags.str.contains(f"empty:{col}")
        assert ok.loc[~empty, col].equals(ev.loc[~empty, col]), col
        assert ok.loc[empty, col].isna().all(), col
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    kept = ~smuggling & ~unknown
    assert ok.loc[kept, "exploitation"].equals(ev.loc[kept, "exploitation"])


def test_every_quarantine_reason_and_both_precisions(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    assert set(truth.loc[ok, "date_precision"]) == {"day", "month", "quarter"}
    for tag in ("count_placeholder", "zero_word", "suspects_placeholder", "na_word"):
        assert tags.str.contains(tag).any(), tag
    bad = truth.loc[tags.str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}


# --------------------------------------------------------------------------------------
# British Marine: UTF-8 with BOM, commas, UK wording, positions in decimal minutes
# --------------------------------------------------------------------------------------
_DDM = re.compile(r"^(\d{2})°(\d{2}\.\d{3})'([NS]) (\d{3})°(\d{2}\.\d{3})'([EW])$")


def test_british_marine_bytes_and_wording(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["british_marine"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfLog ref,Date of incident,Offence category,")
    frame = _csv(paths["british_marine"], "utf-8-sig", ",")
    rows = _rows_of(truth, "british_marine")
    assert len(frame) == len(rows)
    dates = frame["Date of incident"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert frame["Offence category"].str.contains("s.25 IA 1971", regex=False).any()
    assert frame["Route (via)"].str.contains(" > ", regex=False).any()
    assert frame["No. of suspects"].isin(["Nil", "none"]).any()
    nat = frame["Nationality"]
    assert nat.isin(["Afghan", "Iranian", "Iraqi", "Albanian", "Eritrean", "Syrian"]).any()
    assert (nat == "Vietnamese").any()
    # "Kurdish" says neither Iraq nor Iran: the truth expects no nationality
    kurdish = nat.index[nat == "Kurdish"]
    assert len(kurdish) > 0
    assert rows.loc[kurdish, "nationality"].isna().all()
    # England and Scotland are the United Kingdom
    home = frame["Country of incident"].isin(["England", "Scotland"])
    assert home.any()
    assert (rows.loc[frame.index[home], "detection_country"] == "GBR").all()


def test_british_marine_positions_are_decimal_minutes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    frame = _csv(paths["british_marine"], "utf-8-sig", ",")
    rows = _rows_of(truth, "british_marine")
    written = frame["Position"].loc[rows.index[rows["tags"].str.contains("ddm:coordinates")]]
    assert len(written) > 20
    for row, cell in written.items():  # a few dozen rows
        m = _DDM.match(cell)
        assert m is not None, cell
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        if rows.loc[row, "expected_status"] != "quarantine":
            assert abs(lat - float(rows.loc[row, "lat"])) < TOLERANCE
            assert abs(lon - float(rows.loc[row, "lon"])) < TOLERANCE
    no_fix = frame["Position"].isin(["TBC", "n/k"])
    kept = rows.loc[frame.index[no_fix]]
    assert kept.loc[kept["expected_status"] != "quarantine", ["lat", "lon"]].isna().all().all()


# --------------------------------------------------------------------------------------
# FIN: a workbook with real Excel dates, numbers and some cells typed as text
# --------------------------------------------------------------------------------------
def test_fin_workbook_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["fin_nautisme"])
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    head = list(values[0])
    assert head[:3] == ["N° de signalement", "Date des faits", "Qualification"]
    assert "Nombre de mis en cause" in head
    col = {h: i for i, h in enumerate(head)}
    body = values[1:]
    dates = [r[col["Date des faits"]] for r in body]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    rows = _rows_of(truth, "fin_nautisme")
    partial = rows.loc[rows["tags"].str.contains("partial_date")]
    assert set(partial["date_precision"]) <= {"month", "quarter"}
    persons = [r[col["Nombre de personnes"]] for r in body]
    assert sum(isinstance(p, int) for p in persons) > len(body) / 2  # numbers, not text
    lats = [r[col["Latitude"]] for r in body]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and "," in v for v in lats)  # typed with a decimal comma
    nat = {r[col["Nationalité"]] for r in body}
    assert nat & {"afghane", "iranienne", "irakienne", "albanaise", "érythréenne", "syrienne"}
    assert {"aucun", "néant"} & {r[col["Nombre de mis en cause"]] for r in body}
    # 0 / 0 is no place: the truth expects none
    for i, r in enumerate(body, start=2):
        if r[col["Latitude"]] == 0 and r[col["Longitude"]] == 0:
            assert pd.isna(rows.loc[i, "lat"])


# --------------------------------------------------------------------------------------
# ANEN: cp1252, semicolons, CRLF, H/M for sex, prose lists, pasted mojibake
# --------------------------------------------------------------------------------------
def test_anen_bytes_and_wording(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["anen_nautica"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("Nº aviso;Fecha hechos;Tipo delictivo;")
    assert "\r\n" in text
    frame = _csv(paths["anen_nautica"], "cp1252", ";")
    rows = _rows_of(truth, "anen_nautica")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    sex = frame.loc[kept.index, "Sexo"]
    # Spanish forms: H = hombre, M = mujer
    assert (kept.loc[sex.index[sex == "M"], "gender"] == "female").all()
    assert (kept.loc[sex.index[sex == "H"], "gender"] == "male").all()
    assert (sex == "M").any()
    assert (sex == "H").any()
    assert frame["Países de tránsito"].str.contains(r"\w y \w", regex=True).any()
    assert frame["Latitud"].str.fullmatch(r"-?\d+,\d{5}").any()
    mojibake = rows["tags"].str.contains("mojibake")
    assert mojibake.any()
    assert frame.loc[rows.index[mojibake]].apply(lambda r: "Ã" in "".join(r), axis=1).all()
    assert frame["Fecha hechos"].str.fullmatch(r"\d{2}-[a-z]{3}-\d{4}").any()


def test_anen_swapped_coordinates_expect_the_true_point(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    frame = _csv(paths["anen_nautica"], "cp1252", ";")
    rows = _rows_of(truth, "anen_nautica")
    swapped = rows.loc[rows["tags"].str.contains("coords_swapped")]
    swapped = swapped.loc[swapped["expected_status"] != "quarantine"]
    for row in swapped.index:  # a handful of rows
        lat = float(frame.loc[row, "Latitud"].replace(",", "."))
        assert abs(lat - float(swapped.loc[row, "lon"])) < TOLERANCE


# --------------------------------------------------------------------------------------
# Cámara Marítima de Panamá: UTF-16, tabs, Excel serials, hemisphere letters
# --------------------------------------------------------------------------------------
def test_panama_bytes_and_wording(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["camara_maritima_pa"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with its byte-order mark
    text = raw.decode("utf-16")
    assert text.startswith("No. de reporte\tFecha\tTipo de delito\t")
    frame = _csv(paths["camara_maritima_pa"], "utf-16", "\t")
    rows = _rows_of(truth, "camara_maritima_pa")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    serial = frame.loc[kept.index, "Fecha"].str.fullmatch(r"\d{5}")
    assert serial.any()
    days = pd.to_numeric(frame.loc[kept.index[serial], "Fecha"])
    read = pd.Timestamp("1899-12-30") + pd.to_timedelta(days, unit="D")
    assert (read.dt.strftime("%Y-%m-%d") == kept.loc[serial.index[serial], "event_date"]).all()
    coords = frame.loc[kept.index, "Coordenadas"]
    west = coords.str.fullmatch(r"\d+\.\d{5} [NS], \d+\.\d{5} [EO]")
    assert west.any()
    for row, cell in coords[west].items():  # about half of the rows
        lat_t, lon_t = cell.split(", ")
        lon = float(lon_t[:-2]) * (-1 if lon_t.endswith("O") else 1)
        assert abs(lon - float(kept.loc[row, "lon"])) < TOLERANCE
        assert abs(float(lat_t[:-2]) - float(kept.loc[row, "lat"])) < TOLERANCE
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert frame["País de destino"].isin(["EE.UU.", "EEUU"]).any()
    big = kept.loc[kept["tags"].str.contains("thousands")]
    for row in big.index:  # Panama writes thousands with a comma
        assert frame.loc[row, "Cantidad de personas"].replace(",", "") == big.loc[row, "n_persons"]


# --------------------------------------------------------------------------------------
# ICOMIA: JSON lines, ISO codes (alpha-2, numeric, alpha-3), partial dates
# --------------------------------------------------------------------------------------
def test_icomia_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["icomia_digest"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    rows = _rows_of(truth, "icomia_digest")
    assert len(recs) == len(rows)
    assert list(recs[0])[:3] == ["report_id", "reporting_member", "incident_date"]
    dates = {str(r["incident_date"]) for r in recs}
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    countries = {r["incident_country"] for r in recs if r["incident_country"]}
    assert {"ITA", "GRC", "USA"} <= countries
    numeric = 0
    for i, rec in enumerate(recs, start=1):
        code = rec["nationality_code"]
        exp = rows.loc[i]
        if exp["expected_status"] == "quarantine" or not isinstance(code, str):
            continue
        if code.isdigit():  # ISO numeric, zero-padded as text
            numeric += 1
            assert len(code) == 3
            assert pycountry.countries.get(numeric=code).alpha_3 == exp["nationality"]
        elif code == "XX":
            assert pd.isna(exp["nationality"])
        else:
            assert pycountry.countries.get(alpha_2=code).alpha_3 == exp["nationality"]
    assert numeric > 10
    assert any(isinstance(r["persons_involved"], int) for r in recs)
    assert any("-" in str(r["transit_route"] or "") for r in recs)
