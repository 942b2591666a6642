"""The held-out sample set ``blind409`` (files ``*_ou.*``): five timber-trade desks.

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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

from trendlib.samples import make_truth
from trendlib.samples._blind409 import SOURCES, make_blind409

VARIANT = "blind409"
SEED = 409
N_EVENTS = 1500
SMALL_SEED = 4091
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
TTF, FNB, CFM, CNIF, ANARAP = NAMES
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as text, with the truth's row number (``source_row``)."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    elif path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=object)
        first = 2
    else:
        src = next(s for s in SOURCES if s.source == source)
        frame = pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        first = 2
    frame["source_row"] = [str(i) for i in range(first, first + len(frame))]
    return frame


def _joined(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells beside the truth's expected values (``exp_`` columns)."""
    truth = _truth(paths)
    mine = truth.loc[truth["source"] == source].add_prefix("exp_")
    return _cells(paths, source).merge(
        mine, left_on="source_row", right_on="exp_source_row", validate="1:1"
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ou", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_ou", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    fields = ("crime_type", "transit_countries", "linked_offences")
    check_expected_values(paths, truth, fields, tolerance=TOLERANCE)
    # origin and destination are only ever left out (blank or "not known"), never changed
    ok, ev = check_reports_of_events(paths, truth, fields)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col, tag in (("origin_country", "empty:origin"), ("destination_country", "empty:dest")):
        gone = tags.str.contains(tag)
        assert gone.any(), col
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind409(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_every_bad_kind_and_garbage(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    # a CSV has its empty row; every file ends its own rows with a total
    for source in NAMES:
        mine = garbage.loc[garbage["source"] == source, "expected_reason"]
        assert ("empty_row" in set(mine)) == paths[source].name.endswith(".csv"), source
        assert "no_date" in set(mine), source


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    fnb = paths[FNB].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        fnb.decode("utf-8")
    text = fnb.decode("cp1252")
    assert text.startswith("N° fiche;Date du constat;Qualification;")
    assert "\r\n" in text
    cfm = paths[CFM].read_bytes()
    assert cfm.startswith(b"\xef\xbb\xbf")
    assert cfm.decode("utf-8-sig").startswith("Nº expediente,Fecha del hecho,Tipología,")
    cnif = paths[CNIF].read_bytes()
    assert cnif.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE, tabs
    assert cnif.decode("utf-16").startswith("Folio\tFecha del incidente\tTipo de delito\t")
    lines = paths[TTF].read_text(encoding="utf-8").splitlines()
    assert all(line.startswith('{"case_ref":') for line in lines)
    book = openpyxl.load_workbook(paths[ANARAP], read_only=True)
    header = next(book.worksheets[0].iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("No. Caso", "Fecha", "Delito")


def test_ttf_dates_codes_and_routes(paths: dict[str, Path]) -> None:
    j = _joined(paths, TTF)
    rows = j.loc[j["exp_event_id"].notna() & j["exp_event_date"].notna()]
    dates = rows["incident_date"].astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.6
    month = rows.loc[dates.str.fullmatch(r"\d{4}-\d{2}")]
    quarter = rows.loc[dates.str.fullmatch(r"Q[1-4] \d{4}")]
    assert len(month) > 0
    assert len(quarter) > 0
    assert (month["exp_date_precision"] == "month").all()
    assert (quarter["exp_date_precision"] == "quarter").all()
    assert (month["exp_event_date"] == month["incident_date"] + "-01").all()
    # ISO alpha-3 codes beside English names, aliases and UN M49 numeric codes
    det = rows[["country_of_detection", "exp_detection_country"]].dropna()
    assert (det["country_of_detection"] == det["exp_detection_country"]).mean() > 0.3
    numeric = det.loc[det["country_of_detection"].str.fullmatch(r"\d{3}")]
    assert len(numeric) > 0
    m49 = {"826": "GBR", "380": "ITA", "300": "GRC", "191": "HRV", "616": "POL", "250": "FRA"}
    assert numeric["country_of_detection"].map(m49).equals(numeric["exp_detection_country"])
    assert set(det.loc[det["country_of_detection"] == "UK", "exp_detection_country"]) == {"GBR"}
    route = rows.loc[rows["exp_transit_countries"].str.contains("|", regex=False, na=False)]
    assert route["route_via"].str.contains(" > ").all()
    hops = route["route_via"].str.count(" > ") + 1
    assert hops.equals(route["exp_transit_countries"].str.count(r"\|") + 1)


def test_fnb_french_habits(paths: dict[str, Path]) -> None:
    j = _joined(paths, FNB)
    rows = j.loc[j["exp_event_id"].notna() & j["exp_event_date"].notna()]
    day = rows.loc[rows["Date du constat"].str.fullmatch(r"\d{2}/\d{2}/\d{4}")]
    assert len(day) > 0.7 * len(rows)
    parsed = pd.to_datetime(day["Date du constat"], format="%d/%m/%Y").dt.strftime("%Y-%m-%d")
    assert parsed.equals(day["exp_event_date"])
    demonyms = {"afghane": "AFG", "irakienne": "IRQ", "iranienne": "IRN", "érythréenne": "ERI"}
    nat = rows.loc[rows["Nationalité"].isin(list(demonyms))]
    assert len(nat) > 0
    assert nat["Nationalité"].map(demonyms).equals(nat["exp_nationality"])
    assert (rows["Pays d'origine"] == rows["Pays d'origine"].str.upper()).any()
    lat = rows.loc[rows["Latitude"] != "", ["Latitude", "exp_lat"]]
    assert lat["Latitude"].str.fullmatch(r"\d{2},\d{5}").all()
    diff = lat["Latitude"].str.replace(",", ".").astype(float) - lat["exp_lat"].astype(float)
    assert (diff.abs() < TOLERANCE).all()
    assert (rows.loc[rows["Majeur/Mineur"] == "MNA", "exp_age_group"] == "child").all()
    smuggling = rows.loc[rows["exp_crime_type"] == "smuggling", "Forme d'exploitation"]
    assert set(smuggling) <= {"", "sans objet", "-"}


def test_confemadera_spanish_habits(paths: dict[str, Path]) -> None:
    j = _joined(paths, CFM)
    rows = j.loc[j["exp_event_id"].notna() & j["exp_event_date"].notna()]
    # H / M are hombre / mujer in a Spanish form
    assert set(rows.loc[rows["Sexo"] == "M", "exp_gender"]) == {"female"}
    assert set(rows.loc[rows["Sexo"] == "H", "exp_gender"]) == {"male"}
    # names double-encoded by an older tool still say the country
    garbled = rows.loc[rows["Nacionalidad"].str.contains("Ã", regex=False)]
    assert len(garbled) > 0
    fixed = garbled["Nacionalidad"].map(lambda t: t.encode("cp1252").decode("utf-8"))
    spanish = {"Rumanía": "ROU", "Malí": "MLI"}
    assert (
        fixed.map(spanish)
        .dropna()
        .equals(garbled.loc[fixed.isin(list(spanish)), "exp_nationality"])
    )
    iso2 = rows.loc[rows["País de detección"].str.fullmatch(r"[A-Z]{2}")]
    assert set(iso2["País de detección"]) <= {"ES", "IT"}
    pair = rows.loc[rows["Coordenadas (lat, long)"] != ""]
    lat = pair["Coordenadas (lat, long)"].str.split(", ").str[0].astype(float)
    assert ((lat - pair["exp_lat"].astype(float)).abs() < TOLERANCE).all()
    spans = rows.loc[rows["Fecha del hecho"].str.fullmatch(r"T[1-4] \d{4}")]
    assert len(spans) > 0
    assert (spans["exp_date_precision"] == "quarter").all()


def _dms(text: str) -> float:
    found = re.fullmatch(r"(\d+)°(\d+)'([\d.]+)\"([NSEW])", text)
    assert found is not None, text
    deg, mins, secs, hemi = found.groups()
    value = int(deg) + int(mins) / 60 + float(secs) / 3600
    return -value if hemi in "SW" else value


def test_cnif_mexican_habits(paths: dict[str, Path]) -> None:
    j = _joined(paths, CNIF)
    rows = j.loc[j["exp_event_id"].notna() & j["exp_event_date"].notna()]
    gps = rows.loc[rows["Coordenadas GPS"].str.contains("°", regex=False)]
    assert len(gps) > 0
    for cell, lat, lon in zip(gps["Coordenadas GPS"], gps["exp_lat"], gps["exp_lon"], strict=True):
        a, b = cell.split(" ")
        assert abs(_dms(a) - float(lat)) < TOLERANCE
        assert abs(_dms(b) - float(lon)) < TOLERANCE
    assert set(rows.loc[rows["Coordenadas GPS"] == "s/c", "exp_lat"].fillna("")) <= {""}
    usa = rows.loc[rows["Destino"].isin(["EUA", "E.U.A.", "EE.UU."]), "exp_destination_country"]
    assert len(usa) > 0
    assert set(usa) == {"USA"}
    # "tráfico de personas" is Mexican law's word for smuggling
    assert set(rows.loc[rows["Tipo de delito"] == "tráfico de personas", "exp_crime_type"]) == {
        "smuggling"
    }
    short = rows.loc[rows["Fecha del incidente"].str.fullmatch(r"\d{2}/\d{2}/\d{2}")]
    assert len(short) > 0
    parsed = pd.to_datetime(short["Fecha del incidente"], format="%d/%m/%y")
    assert parsed.dt.strftime("%Y-%m-%d").equals(short["exp_event_date"])
    assert (j["exp_expected_reason"] == "exact_repeat").sum() >= 3


def test_anarap_workbook_habits(paths: dict[str, Path]) -> None:
    j = _joined(paths, ANARAP)
    rows = j.loc[j["exp_event_id"].notna() & j["exp_event_date"].notna()]
    serial = rows.loc[rows["Fecha"].map(lambda v: isinstance(v, int))]
    assert len(serial) > 0
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["Fecha"].astype(int), unit="D")
    assert days.dt.strftime("%Y-%m-%d").equals(serial["exp_event_date"])
    typed = rows.loc[rows["Fecha"].map(lambda v: isinstance(v, str))]
    assert len(typed) > 0
    assert typed["Fecha"].str.fullmatch(r"\d{2}/\d{2}/\d{4}").all()
    assert rows["Fecha"].map(lambda v: hasattr(v, "year")).mean() > 0.5
    west = rows.loc[rows["Longitud"].map(lambda v: isinstance(v, str) and v.endswith(" O"))]
    assert len(west) > 0
    lon = -west["Longitud"].str.removesuffix(" O").astype(float)
    assert ((lon - west["exp_lon"].astype(float)).abs() < TOLERANCE).all()
    # M / F are masculino / femenino in a Panamanian form
    assert set(rows.loc[rows["Sexo"] == "M", "exp_gender"]) == {"male"}
    assert set(rows.loc[rows["Sexo"] == "F", "exp_gender"]) == {"female"}
    assert (j["exp_expected_reason"] == "exact_repeat").sum() >= 3
