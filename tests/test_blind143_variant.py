"""The examiner set ``blind143`` (files ``*_eo.*``): what it promises, checked on its bytes.

Nothing here cleans or scores: the lead scores the cleaner on this set once.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
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
from trendlib.samples._blind143 import SOURCES

VARIANT = "blind143"
SEED = 143
N_EVENTS = 1500
SMALL_SEED = 1431
SMALL_EVENTS = 400
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_eo", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SMALL_SEED, SMALL_EVENTS), (SMALL_SEED, 300)])
def test_every_source_reports_events_at_small_sizes(
    tmp_path_factory: pytest.TempPathFactory, seed: int, n_events: int
) -> None:
    small = write(tmp_path_factory, VARIANT, seed=seed, n_events=n_events)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_every_source_plants_its_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    want = {
        "wmrocu_riu": {"demonym", "home_nation", "datetime", "month_only", "nil_word"},
        "prefecture_nord_blii": {"demonym", "decimal_comma", "upper", "coords_placeholder"},
        "sem_migraciones_es": {"mojibake", "excel_serial", "quarter_only", "iso2"},
        "rjm_cana": {"numeric_code", "geopoint", "month_only"},
        "ecre_weekly": {"eu_code", "iso3", "quarter_only", "coords_missing"},
    }
    for source, habits in want.items():
        planted = set(";".join(tags[truth["source"] == source]).split(";"))
        assert habits <= planted, (source, habits - planted)
    for col in ("nationality", "n_suspects", "coordinates", "gender", "detection_country"):
        assert tags.str.contains(f"blank_{col}").any(), col


def test_wmrocu_writes_a_uk_police_log(paths: dict[str, Path]) -> None:
    raw = paths["wmrocu_riu"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("RIU URN,Date of Incident,MSHT/OIC Category")
    frame = pd.read_csv(paths["wmrocu_riu"], dtype=str, encoding="utf-8-sig")
    dates = frame["Date of Incident"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7  # UK day-first
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").any()  # time of the log entry
    assert {"OIC", "Modern Slavery"} & set(frame["MSHT/OIC Category"])
    assert {"England", "Scotland", "UK"} & set(frame["Location (Country)"])
    assert frame["No. of Nominals"].isin(["Nil"]).any()
    assert frame["RIU URN"].dropna().str.match(r"WMR/\d\d/MS/\d{4}$|TOTAL$|OFFICIAL").all()


def test_prefecture_writes_cp1252_semicolons_and_decimal_commas(paths: dict[str, Path]) -> None:
    raw = paths["prefecture_nord_blii"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.split(";")[:3] == ["N° fiche", "Date des faits", "Qualification"]
    frame = pd.read_csv(paths["prefecture_nord_blii"], sep=";", dtype=str, encoding="cp1252")
    lat = frame["Latitude"].dropna()
    assert lat.str.fullmatch(r"\d+,\d{5}|NC").all()
    assert frame["Mode"].isin(["small boat"]).any()
    assert frame["Nationalité déclarée"].isin(["afghane", "iranienne", "irakienne"]).any()
    assert frame["Finalité d'exploitation"].isin(["sans objet"]).any()


def test_sem_writes_excel_dates_serials_and_mojibake(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["sem_migraciones_es"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha llegada/detección", "Tipología")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 0.7 * len(dates)
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # lost date format
    assert any(isinstance(d, str) and d.startswith("T") for d in dates)  # "T2 2023"
    text = " ".join(str(v) for r in rows for v in r if isinstance(v, str))
    assert "Ã" in text
    assert "art. 318 bis CP" in text


def test_rjm_writes_kobo_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["rjm_cana"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"folio", "fecha_evento", "tipo_caso", "ubicacion_gps"} <= set(recs[0])
    kinds = {r["tipo_caso"] for r in recs if r["tipo_caso"]}
    assert "trafico_migrantes" in kinds
    gps = [r["ubicacion_gps"] for r in recs if r.get("ubicacion_gps")]
    assert gps
    assert all(len(g.split(" ")) == 4 for g in gps)
    origins = {r["pais_origen"] for r in recs if r.get("pais_origen")}
    assert origins <= {"862", "218", "332", "170", "156", "484", "320", "340", "840"}
    assert len(lines) > len(set(lines))  # re-sent submissions


def test_ecre_writes_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["ecre_weekly"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Item ID", "Date", "Category"]
    frame = pd.read_csv(paths["ecre_weekly"], sep="\t", dtype=str, encoding="utf-16")
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").mean() > 0.8
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert frame["Route"].dropna().str.contains(" → ").any()
    assert {"EL", "IT", "HR"} & set(frame["Country"])


def test_truth_reads_each_agency_word(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] == "record"]
    assert set(_rows(ok, "wmrocu_riu")["detection_country"].dropna()) <= {"GBR", "FRA"}
    assert set(_rows(ok, "rjm_cana")["detection_country"].dropna()) <= {"PAN", "USA"}
    assert set(_rows(ok, "sem_migraciones_es")["detection_country"].dropna()) == {"ESP"}
    assert "quarter" in set(_rows(ok, "ecre_weekly")["date_precision"])
