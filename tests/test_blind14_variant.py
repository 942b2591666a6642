"""The fourteenth examiner's held-out sample set (variant ``blind14``, files ``*_p.*``).

blind14 is held out: it was written from the record contract without the cleaner's
tables, and the cleaner is scored on it once, by the lead, outside these tests. Nowhere
in the tests is the cleaner run on it: they check only that the files are written as
promised (names, formats, encodings, delimiters), that ``read_records`` reads every row
(the shared row check), that the truth describes every row, and what the five sources
plant (their wording, dates, counts, coordinates and placeholders).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import _blind_checks as checks
import numpy as np
import pandas as pd
import pytest

from trendlib.samples import VARIANTS, make_truth
from trendlib.samples._blind14 import BLIND14_SOURCES, make_blind14

SEED = 14
N_EVENTS = 1500
SMALL_SEED = 41
SMALL_N_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND14_SOURCES)
#: Fields every row that is not quarantined gives exactly as its event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return checks.write(tmp_path_factory, "blind14", seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return checks.write(tmp_path_factory, "blind14", seed=SMALL_SEED, n_events=SMALL_N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_truth(small_paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_registered_as_a_variant() -> None:
    assert "blind14" in VARIANTS
    assert VARIANTS["blind14"] == ()


def test_files_and_truth(paths: dict[str, Path]) -> None:
    checks.check_files_and_truth(paths, SOURCES, suffix="_p", n_events=N_EVENTS)


def test_files_and_truth_second_seed(small_paths: dict[str, Path]) -> None:
    checks.check_files_and_truth(small_paths, SOURCES, suffix="_p", n_events=SMALL_N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    checks.check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_second_seed(
    small_paths: dict[str, Path], small_truth: pd.DataFrame
) -> None:
    checks.check_read_loses_no_row(small_paths, SOURCES, small_truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    checks.check_same_seed_same_bytes(tmp_path, "blind14", seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    # DMS seconds are written to a tenth: about 3e-5 degrees off the true point
    checks.check_expected_values(paths, truth, FIELDS, tolerance=1e-4)


def test_expected_values_second_seed(
    small_paths: dict[str, Path], small_truth: pd.DataFrame
) -> None:
    checks.check_reports_of_events(small_paths, small_truth, FIELDS)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    checks.check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# What the five sources plant
# --------------------------------------------------------------------------------------
def test_formats_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    gt = paths["pnc_gt_p"].read_bytes()
    assert b"\r\n" in gt
    assert "Modalidad de explotación".encode("cp1252") in gt
    with pytest.raises(UnicodeDecodeError):
        gt.decode("utf-8")
    mr = paths["dgsn_mr_p"].read_bytes()
    assert "Tranche d'âge".encode("latin-1") in mr
    with pytest.raises(UnicodeDecodeError):
        mr.decode("utf-8")
    nl = paths["kmar_nl_p"].read_bytes()
    assert nl.startswith(b"\xef\xbb\xbf")
    assert nl.splitlines()[0].count(b"\t") == 15
    head = pd.read_excel(paths["naptip_ng_p"], nrows=1)
    assert head.columns[0] == "NAPTIP File No."
    first = json.loads(paths["i247_notices_p"].read_text(encoding="utf-8").splitlines()[0])
    assert first["notice_ref"].startswith("I247-")
    assert isinstance(first["persons_count"], int | str)


def test_pnc_writes_spanish_wording(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["pnc_gt_p"], sep=";", encoding="cp1252", dtype=str)
    crimes = set(frame["Delito"].dropna().str.strip().str.lower())
    assert "trata de personas (art. 202 ter cp)" in crimes
    assert {"nna", "menores de edad"} & set(frame["Rango de edad"].dropna().str.lower())
    nat = set(frame["Nacionalidad"].dropna())
    assert {"hondureño", "hondureña", "guatemalteco", "mexicano"} & nat
    assert {"EE. UU.", "EEUU"} & set(frame["País de destino"].dropna())
    assert frame["Coordenadas GPS"].dropna().str.match(r"^-?\d+\.\d{5}, ?-?\d+\.\d{5}$|^S/D$").all()
    counts = set(frame["Cantidad de víctimas / migrantes"].dropna())
    assert {"S/D", "Sin dato", "No determinado"} & counts


def test_naptip_mixes_excel_and_text_dates(paths: dict[str, Path]) -> None:
    frame = pd.read_excel(paths["naptip_ng_p"], dtype=object)
    dates = frame["Date of Interception/Rescue"].dropna()
    real = dates.map(lambda v: isinstance(v, dt.datetime))
    assert 0.5 < real.mean() < 0.95
    text = dates.loc[~real].astype(str)
    assert text.str.contains(r"^\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+, \d{4}$").any()
    assert text.str.contains(r"^Q[1-4] \d{4}$|Quarter").any()
    assert "Nil" in set(frame["No. of Suspects Arrested"].dropna().astype(str))
    assert frame["Transit Route"].dropna().astype(str).str.contains(" > ").any()


def test_dgsn_writes_french_numbers_and_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(paths["dgsn_mr_p"], encoding="latin-1", dtype=str)
    lat = frame["Latitude"].dropna()
    assert lat.str.match(r"^\d+,\d{5}$").mean() > 0.7
    assert lat.str.contains("°").any()
    assert frame["Longitude"].dropna().str.endswith('" O').any()  # ouest
    assert "néant" in set(frame["Nombre de mis en cause"].dropna())
    assert frame["Qualification"].dropna().str.contains("loi n° 2010-021").any()
    # a DMS cell expects the point it writes, within a tenth of an arc-second
    rows = _rows(truth, "dgsn_mr_p.csv")
    dms = rows.loc[rows["messiness"].fillna("").str.contains("dms") & rows["lat"].notna()]
    assert len(dms) > 0
    events = pd.read_csv(paths["truth_events"], dtype={"event_id": str}, index_col="event_id").loc[
        dms["event_id"]
    ]
    diff = np.abs(dms["lat"].astype(float).to_numpy() - events["lat"].to_numpy())
    assert diff.max() < 1e-4


def test_kmar_codes_and_positions(paths: dict[str, Path]) -> None:
    frame = pd.read_csv(paths["kmar_nl_p"], sep="\t", encoding="utf-8-sig", dtype=str)
    nat = frame["Nationality"].dropna()
    assert nat.str.fullmatch(r"[A-Z]{2}").mean() > 0.5
    pos = frame["Position (WGS84)"].dropna()
    assert pos.str.match(r"^[NS] \d+\.\d{5} [EW] \d+\.\d{5}$").mean() > 0.6
    assert pos.str.contains(" W ").any()  # Birmingham, London, Glasgow lie west of Greenwich
    assert frame["Offence (Sr)"].str.contains("197a Sr", na=False).any()


def test_interpol_wkt_puts_longitude_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["i247_notices_p"].read_text(encoding="utf-8").splitlines()
    notices = pd.DataFrame([json.loads(x) for x in lines])
    rows = _rows(truth, "i247_notices_p.jsonl").reset_index(drop=True)
    assert len(rows) == len(notices)
    wkt = notices["location_wkt"].astype("string")
    point = wkt.str.extract(r"^POINT \((-?[\d.]+) (-?[\d.]+)\)$").astype(float)
    has = point[0].notna() & rows["lon"].notna()
    assert has.mean() > 0.9
    assert np.allclose(point.loc[has, 0], rows.loc[has, "lon"].astype(float))
    assert np.allclose(point.loc[has, 1], rows.loc[has, "lat"].astype(float))
    assert (wkt == "POINT EMPTY").any()
    assert set(notices["offence_category"].dropna()) <= {"THB", "SOM", "SoM", "THB/SOM", "THB+SOM"}


def test_partial_dates_and_second_reports(truth: pd.DataFrame) -> None:
    tags = checks.tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = kept & tags.str.contains("month_date")
    quarter = kept & tags.str.contains("quarter_date")
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    # a cross-source report always gives the day
    cross = truth["expected_reason"] == "cross_source"
    assert (truth.loc[cross, "date_precision"] == "day").all()
    assert set(truth.loc[cross, "source_file"]) == {
        "pnc_gt_p.csv",
        "kmar_nl_p.csv",
        "i247_notices_p.jsonl",
    }


def test_every_source_plants_its_tags(truth: pd.DataFrame) -> None:
    tags = checks.tags_of(truth)
    want = {
        "pnc_gt_p.csv": ("demonym", "typo", "mojibake", "count_placeholder", "zero_word"),
        "naptip_ng_p.xlsx": ("excel_date", "text_date", "demonym", "zero_word"),
        "dgsn_mr_p.csv": ("dms", "decimal_comma", "demonym", "zero_word", "coords_placeholder"),
        "kmar_nl_p.csv": ("iso2", "hemisphere", "zero_word"),
        "i247_notices_p.jsonl": ("wkt", "iso2", "iso3", "coords_placeholder"),
    }
    for name, planted in want.items():
        of_file = tags.loc[truth["source_file"] == name]
        for tag in planted:
            assert of_file.str.contains(tag).any(), (name, tag)
    # the KMar and Interpol files re-send some of their rows
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"kmar_nl_p.csv", "i247_notices_p.jsonl"}


def test_make_blind14_is_deterministic() -> None:
    truth = make_truth(seed=3, n_events=150)
    a = make_blind14(truth, seed=3)
    b = make_blind14(truth, seed=3)
    assert [s.filename for s in a] == [s.filename for s in b]
    for x, y in zip(a, b, strict=True):
        pd.testing.assert_frame_equal(x.frame, y.frame)
        pd.testing.assert_frame_equal(x.expected, y.expected)
