"""The examiner sample set ``blind184`` (files ``*_gd.*``): what it promises, checked.

Five agencies of Central America's southern land borders and their liaison desks
(:mod:`trendlib.samples._blind184`). These tests check the files and the truth only;
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind184 import SOURCES, make_blind184

VARIANT = "blind184"
SEED = 184
N_EVENTS = 1500
SMALL_SEED = 1841
SMALL_EVENTS = 400
SOURCE_IDS = [s.source for s in SOURCES]
#: Fields every agency writes as the event has them (nothing blanked, nothing unreadable).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.01  # degrees: three geocoded decimals, four French ones, DMS to 0.1"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth's rows of one source, indexed by their row number in the file."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _csv(path: Path, *, sep: str, encoding: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed by row number (header = 1)."""
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    frame.index = range(2, 2 + len(frame))
    return frame


def _records(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"].ne("quarantine")]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCE_IDS, suffix="_gd", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCE_IDS, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SMALL_SEED, SMALL_EVENTS), (SEED, 300), (3, 300)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind184(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == SOURCE_IDS
    for sub in subs:
        exp = sub.expected
        assert (exp["expected_status"] == "record").sum() >= 5, sub.filename
        assert len(sub.frame) == len(exp), sub.filename


def test_small_set_keeps_its_promises(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCE_IDS, suffix="_gd", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=TOLERANCE)


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].eq("record")]
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {
        "PAN": "pastoral_neily",
        "USA": "tciu_honduras",
        "FRA": "asi_sanjose",
        "GBR": "asi_sanjose",
        "ESP": "msp_cr_dai",
        "ITA": "msp_cr_dai",
    }
    got = pd.Series(first["source"].to_numpy(), index=det)
    for country, source in want.items():
        assert (got.loc[[country]] == source).all(), country
    others = got.loc[~got.index.isin(list(want))]
    assert len(others) > 0
    assert (others == "flacso_cr").all()


# --------------------------------------------------------------------------------------
# The agencies' own habits, in the bytes
# --------------------------------------------------------------------------------------
def test_tciu_month_first_dates_and_english_template(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["tciu_honduras"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    cells = _csv(paths["tciu_honduras"], sep=",", encoding="utf-8-sig")
    assert list(cells.columns[:4]) == [
        "TCIU Case #",
        "Date of Apprehension",
        "Sector / AOR",
        "Offense",
    ]
    assert "Lat, Long" in cells.columns
    rows = _records(_rows(truth, "tciu_honduras"))
    day = rows.loc[rows["date_precision"].eq("day")]
    written = cells.loc[day.index, "Date of Apprehension"]
    long_year = written.str.fullmatch(r"\d\d/\d\d/\d{4}")
    short_year = written.str.fullmatch(r"\d\d/\d\d/\d\d")
    assert (long_year | short_year).all()
    read = pd.Series(pd.NaT, index=written.index, dtype="datetime64[ns]")
    read[long_year] = pd.to_datetime(written[long_year], format="%m/%d/%Y")
    read[short_year] = pd.to_datetime(written[short_year], format="%m/%d/%y")
    assert (read == pd.to_datetime(day["event_date"])).all()
    # month-first is visible: some days above 12 sit in the second place
    assert written.str.slice(3, 5).astype(int).gt(12).any()
    offense = set(cells["Offense"].str.strip())
    assert {"Alien Smuggling", "Human Trafficking"} <= offense
    assert "Tráfico de migrantes" in offense  # a Spanish word slipped into the template
    assert {"UAC", "FMUA", "Single Adult"} <= set(cells["Demographic"])
    assert cells["Transit Route"].str.contains(" > ").any()
    assert cells["Citizenship"].str.fullmatch(r"[A-Z]{2}").any()  # ISO alpha-2
    assert cells["Lat, Long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()


def test_asi_french_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["asi_sanjose"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° fiche;Date des faits;Qualification;")
    cells = _csv(paths["asi_sanjose"], sep=";", encoding="cp1252")
    assert cells["Latitude"].str.fullmatch(r"-?\d+,\d{4}").any()
    assert not cells["Latitude"].str.contains(r"\.").any()
    assert {"AESI", "TEH"} <= set(cells["Qualification"].str.strip())
    assert "néant" in set(cells["Pays de transit"])
    assert "small boat" in set(cells["Mode opératoire"])
    assert "MNA" in set(cells["Majeurs / mineurs"])
    dates = cells["Date des faits"]
    assert dates.str.fullmatch(r"\d{1,2}(er)? [a-zéû]+ \d{4}").any()
    rows = _records(_rows(truth, "asi_sanjose"))
    quarter = rows.loc[rows["date_precision"].eq("quarter")]
    assert len(quarter) > 0
    assert cells.loc[quarter.index, "Date des faits"].str.fullmatch(r"T[1-4] \d{4}").all()
    assert text.count("Diffusion restreinte") == 1


def test_msp_utf16_tabs_serials_and_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["msp_cr_dai"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    cells = _csv(paths["msp_cr_dai"], sep="\t", encoding="utf-16")
    assert list(cells.columns[:3]) == ["Consecutivo", "Fecha", "País donde se detecta"]
    rows = _records(_rows(truth, "msp_cr_dai"))
    serial = rows.loc[rows["messiness"].fillna("").str.contains("serial_date")]
    assert len(serial) > 0
    days = pd.to_numeric(cells.loc[serial.index, "Fecha"])
    read = pd.Timestamp("1899-12-30") + pd.to_timedelta(days, unit="D")
    assert (read == pd.to_datetime(serial["event_date"])).all()
    roman = rows.loc[rows["messiness"].fillna("").str.contains("roman_quarter")]
    assert len(roman) > 0
    assert cells.loc[roman.index, "Fecha"].str.fullmatch(r"(I|II|III|IV) trimestre \d{4}").all()
    dms = cells["Coordenadas"].str.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EO]")
    assert dms.sum() > 0.8 * len(rows)
    assert cells["Coordenadas"].str.endswith('"O').any()  # Oeste, not W
    assert {"TdP", "PME"} <= set(cells["Delito"]) | set(cells["Grupo etario"])
    assert cells["Delitos conexos"].str.contains("Legitimación de capitales").any()


def test_pastoral_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["pastoral_neily"])
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    assert header[:3] == ["N° boleta", "Fecha del hecho", "Lugar del hecho"]
    assert not any("lat" in h.lower() or "coord" in h.lower() for h in header)
    dates = [r[1] for r in values[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    nat = {r[header.index("Nacionalidad")] for r in values[1:]}
    assert {"venezolano", "Venezolano"} & nat
    ages = {r[header.index("Edad")] for r in values[1:]}
    assert "NNA" in ages
    counts = [r[header.index("Personas atendidas")] for r in values[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert any(isinstance(c, str) and c.endswith("personas") for c in counts)
    rows = _rows(truth, "pastoral_neily")
    assert (
        tags_of(rows).str.contains("coords_missing").loc[rows["expected_status"].eq("record")].all()
    )


def test_flacso_jsonl_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["flacso_cr"].read_text(encoding="utf-8").splitlines()
    recs = {i + 1: json.loads(line) for i, line in enumerate(lines)}
    rows = _records(_rows(truth, "flacso_cr"))
    for row_no, row in rows.head(200).iterrows():
        rec = recs[int(row_no)]  # type: ignore[call-overload]
        assert rec["id_caso"] == row["source_ref"]
        assert rec["pais_deteccion"] in (row["detection_country"], None)
        if rec["pais_origen_m49"] is not None:
            assert re.fullmatch(r"\d{3}", rec["pais_origen_m49"])
    assert any("Ã" in str(r["nacionalidad"]) for r in recs.values())
    assert {r["tipo_delito"] for r in recs.values()} >= {"trafico_migrantes", "trata_personas"}
    lat = [r.get("latitud") for r in recs.values() if isinstance(r.get("latitud"), float)]
    assert lat
    assert all(round(v, 3) == v for v in lat)


def test_bad_rows_per_agency(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].fillna("").eq("garbage_row")]
    # a total row per file, a note for the four that write one, an empty row per CSV file
    assert garbage["expected_reason"].value_counts().to_dict() == {
        "no_date": 5,
        "no_content": 4,
        "empty_row": 3,
    }
    repeats = truth.loc[truth["expected_reason"].eq("exact_repeat"), "source"]
    assert set(repeats) == {"pastoral_neily", "tciu_honduras"}
