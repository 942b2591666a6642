"""The examiner's held-out set ``blind324`` (files ``*_ln.*``): what it promises.

Five private investigation and corporate-security firms' case files: Kroll (London, English
XLSX), Duluc Détective (Paris, French cp1252 CSV), the APDPE liaison desk (Spain, Spanish
XLSX), GMSI (Mexico, Spanish JSON lines) and Müller & Madrid (Panama, Spanish UTF-16
tab-separated). These tests check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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
from trendlib.samples._blind324 import AGENCIES, make_blind324

VARIANT = "blind324"
SEED = 324
N_EVENTS = 1500
SMALL_SEED = 3241
SMALL_EVENTS = 400
SOURCES = ("kroll_uk", "duluc_detective", "apdpe_detectives", "gmsi_mx", "muller_madrid_pa")
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == filename].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as text, indexed by source_row (header = 1 or JSONL line 1 = 1)."""
    path = paths[source]
    if path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=object)
        frame.index = frame.index + 2
    elif path.suffix == ".jsonl":
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        frame = pd.DataFrame(recs, dtype=object)
        frame.index = frame.index + 1
    else:
        enc, sep = ("cp1252", ";") if source == "duluc_detective" else ("utf-16", "\t")
        frame = pd.read_csv(path, sep=sep, encoding=enc, dtype=str, keep_default_na=False)
        frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ln", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ln", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_agency_reports_events(n_events: int) -> None:
    subs = make_blind324(make_truth(seed=SEED, n_events=n_events), seed=SEED)
    assert [s.source for s in subs] == [a.source for a in AGENCIES] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_unknown_words_expect_nothing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Exploitation, origin and destination are the event's, or unknown where so written."""
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(ev.loc[~unknown, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    for col in ("origin_country", "destination_country"):
        lost = tags.str.contains(f"unknown:{col}")
        assert lost.any(), col
        assert ok.loc[lost, col].isna().all(), col
        assert ok.loc[~lost, col].equals(ev.loc[~lost, col]), col


# --------------------------------------------------------------------------------------
# Kroll (London): English workbook
# --------------------------------------------------------------------------------------
def test_kroll_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["kroll_uk"], read_only=True)
    sheet = book.worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:4] == ["Matter ref", "Incident date", "Offence category", "Exploitation type"]
    assert "Country of detection" in header
    cells = _cells(paths, "kroll_uk")
    rows = _rows(truth, "kroll_uk_ln.xlsx").loc[cells.index]
    kept = rows["expected_status"] != "quarantine"
    dates = cells.loc[kept, "Incident date"]
    real = dates.map(lambda v: hasattr(v, "year"))
    assert real.mean() > 0.6  # mostly real Excel dates
    text = dates.loc[~real].astype(str)
    assert text.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert text.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert text.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    quarter = text.loc[text.str.fullmatch(r"Q[1-4] \d{4}")].index
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    words = set(cells["Offence category"].dropna())
    assert {"Modern slavery", "Organised immigration crime"} <= words
    assert "Nil" in set(cells["Subjects identified"].dropna().astype(str))
    route = cells["Route (transit)"].dropna().astype(str)
    assert route.str.contains(" > ").any()
    assert (route == "Direct").any()
    assert (rows.loc[route.loc[route == "Direct"].index, "transit_countries"].isna()).all()
    # Kroll compiles the events no other agency covers: Italy, Greece, Croatia, Poland
    assert {"ITA", "GRC", "HRV"} <= set(rows.loc[kept, "detection_country"].dropna())


# --------------------------------------------------------------------------------------
# Duluc Détective (Paris): French cp1252 CSV
# --------------------------------------------------------------------------------------
def _dms(text: str) -> tuple[float, float]:
    parts = re.findall(r"(\d+)°(\d+)'([\d.]+)\"([NSEWO])", text)
    values = []
    for deg, minute, sec, hemi in parts:
        value = int(deg) + int(minute) / 60 + float(sec) / 3600
        values.append(-value if hemi in "SWO" else value)
    return values[0], values[1]


def test_duluc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["duluc_detective"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    first = text.split("\r\n", 1)[0]
    assert first.startswith("N° dossier;Date des faits;Nature des faits;")
    assert "\r\n" in text
    assert "\r\n;;;;;;;;;;;;;;;\r\n" in text  # the empty row
    cells = _cells(paths, "duluc_detective")
    rows = _rows(truth, "duluc_detective_ln.csv").loc[cells.index]
    kept = rows["expected_status"] != "quarantine"
    dates = cells.loc[kept, "Date des faits"]
    day = dates.str.fullmatch(r"\d\d/\d\d/(\d\d){1,2}")
    month = dates.str.fullmatch(r"(courant )?[a-zéû]+ \d{4}")
    assert (day | month).all()
    assert day.mean() > 0.85
    assert (rows.loc[dates.loc[month].index, "date_precision"] == "month").all()
    nat = cells.loc[kept, "Nationalité"]
    assert nat.str.fullmatch(r"(?i)afghane|irakienne|iranienne|érythréenne|albanaise").any()
    uk = cells["Pays des constatations"] == "Angleterre"
    assert uk.any()
    assert (rows.loc[cells.loc[uk].index, "detection_country"] == "GBR").all()
    dms = cells["Coordonnées GPS"].str.contains("°")
    assert dms.any()
    for idx in cells.loc[dms & kept].index:
        lat, lon = _dms(cells.at[idx, "Coordonnées GPS"])
        assert abs(lat - float(rows.at[idx, "lat"])) < 1e-4
        assert abs(lon - float(rows.at[idx, "lon"])) < 1e-4
    tags = tags_of(truth.loc[truth["source_file"] == "duluc_detective_ln.csv"])
    assert tags.str.contains("count_placeholder|zero_word").any()


# --------------------------------------------------------------------------------------
# APDPE (Spain): Spanish workbook
# --------------------------------------------------------------------------------------
def test_apdpe_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths, "apdpe_detectives")
    assert list(cells.columns[:3]) == ["Nº informe", "Fecha de los hechos", "Tipología delictiva"]
    rows = _rows(truth, "apdpe_detectives_ln.xlsx").loc[cells.index]
    kept = rows["expected_status"] != "quarantine"
    kinds = cells.loc[kept, "Tipología delictiva"].dropna().astype(str)
    assert kinds.str.contains("318 bis").any()
    smuggling = kinds.loc[kinds.str.contains("318 bis CP") & ~kinds.str.contains("177")].index
    assert (rows.loc[smuggling, "crime_type"] == "smuggling").all()
    countries = pd.concat(
        [cells[c] for c in ("Nacionalidad", "País de origen", "Países de tránsito")]
    ).dropna()
    assert countries.astype(str).str.contains("Ã").any()  # mojibake pasted from an export
    lat = cells["Latitud"].dropna()
    as_text = lat.map(lambda v: isinstance(v, str))
    assert as_text.any()
    assert lat.loc[as_text].str.fullmatch(r"-?\d+,\d+").all()
    for idx in lat.loc[as_text].index.intersection(rows.loc[kept].index):
        assert abs(float(lat[idx].replace(",", ".")) - float(rows.at[idx, "lat"])) < 1e-6
    assert rows.loc[kept, "detection_country"].isin(["ESP", "ITA"]).all()


# --------------------------------------------------------------------------------------
# GMSI (Mexico): JSON lines
# --------------------------------------------------------------------------------------
def test_gmsi_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["gmsi_mx"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in recs)
    assert "probables_responsables" in recs[0]
    cells = _cells(paths, "gmsi_mx")
    rows = _rows(truth, "gmsi_mx_ln.jsonl").loc[cells.index]
    kept = rows["expected_status"] != "quarantine"
    sex = cells.loc[kept, "sexo"]
    assert (rows.loc[sex.loc[sex == "M"].index, "gender"] == "female").all()  # M = mujer
    assert (rows.loc[sex.loc[sex == "H"].index, "gender"] == "male").all()  # H = hombre
    assert (sex == "M").any()
    crime = cells.loc[kept, "tipo_delito"]
    tp = crime.loc[crime == "tráfico de personas"].index
    assert len(tp) > 0
    assert (rows.loc[tp, "crime_type"] == "smuggling").all()
    transit = cells["paises_transito"].dropna()
    assert transit.map(lambda v: isinstance(v, list)).all()
    assert transit.map(lambda v: v == ["GT", "MX"]).any()
    det = cells.loc[kept, "pais_deteccion"].dropna()
    assert (det == "US").mean() > 0.7
    dest = pd.concat([cells[c] for c in ("pais_destino", "pais_deteccion")]).dropna()
    assert dest.isin(["EUA", "EE.UU."]).any()
    stamp = cells.loc[kept, "fecha_evento"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00")
    assert stamp.any()
    zero = (cells["latitud"] == 0.0) & (cells["longitud"] == 0.0)
    assert zero.any()
    assert rows.loc[cells.loc[zero].index, "lat"].isna().all()


# --------------------------------------------------------------------------------------
# Müller & Madrid (Panama): UTF-16 tab-separated text
# --------------------------------------------------------------------------------------
def _garmin(text: str) -> tuple[float, float]:
    parts = re.findall(r"([NSEW])(\d+)°(\d+\.\d+)'", text)
    values = []
    for hemi, deg, minute in parts:
        value = int(deg) + float(minute) / 60
        values.append(-value if hemi in "SW" else value)
    return values[0], values[1]


def test_muller_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["muller_madrid_pa"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    first = raw.decode("utf-16").split("\n", 1)[0]
    assert first.split("\t")[:3] == ["No. de reporte", "Fecha del incidente", "Tipo de delito"]
    cells = _cells(paths, "muller_madrid_pa")
    rows = _rows(truth, "muller_madrid_pa_ln.csv").loc[cells.index]
    kept = (rows["expected_status"] != "quarantine").to_numpy()
    dates = cells.loc[kept, "Fecha del incidente"]
    serial = dates.str.fullmatch(r"\d{5}")
    assert serial.any()
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates.loc[serial].astype(int), unit="D")
    assert (day.dt.strftime("%Y-%m-%d") == rows.loc[day.index, "event_date"]).all()
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d\d").any()
    counts = cells.loc[kept, "Cantidad de personas"]
    big = counts.str.fullmatch(r"\d,\d{3}")
    if big.any():
        want = counts.loc[big].str.replace(",", "")
        assert (rows.loc[want.index, "n_persons"] == want).all()
    nat = cells.loc[kept, "Nacionalidad"]
    assert nat.isin(["venezolanos", "venezolanas", "venezolano", "venezolana"]).any()
    fem = nat.loc[nat.isin(["venezolanas", "haitianas", "ecuatorianas", "colombianas"])].index
    assert (rows.loc[fem, "gender"] == "female").all()
    assert cells["Rango de edad"].str.contains("NNA").any()
    gps = cells.loc[kept, "Coordenadas GPS"]
    ddm = gps.str.fullmatch(r"N\d\d°\d\d\.\d{3}' W\d{3}°\d\d\.\d{3}'")
    assert ddm.mean() > 0.6
    for idx in gps.loc[ddm].index:
        lat, lon = _garmin(gps[idx])
        assert abs(lat - float(rows.at[idx, "lat"])) < 1e-4
        assert abs(lon - float(rows.at[idx, "lon"])) < 1e-4
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3
