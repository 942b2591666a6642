"""The examiner set ``blind318``: five protocol desks' files (``*_lh.*``) and their truth.

These tests check what the set promises (files, truth, the agencies' quirks in the
bytes); none of them cleans or scores.
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
from trendlib.samples._blind318 import SOURCES, make_blind318

VARIANT = "blind318"
SEED = 318
N_EVENTS = 1500
SMALL_SEED = 3181
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
FCDO, MEAE, MAEC, SRE, PANAMA = NAMES
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
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# ------------------------------------------------------------------ shared checks
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lh", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set_reads_whole(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_desk_reports_events_at_small_sizes(seed: int, n_events: int) -> None:
    subs = make_blind318(make_truth(seed=seed, n_events=n_events), seed=seed)
    for sub in subs:
        exp = sub.expected
        assert (exp["expected_status"] == "record").sum() > 0, sub.filename


def test_cross_source_duplicates_only_between_desks(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    first_file = cross["duplicate_of"].str.split(":").str[0]
    assert (first_file != cross["source_file"]).all()
    assert set(cross["source"]) <= {FCDO, MEAE, MAEC, SRE}


def test_bad_rows_of_every_kind_are_quarantined_without_values(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert (bad["expected_status"] == "quarantine").all()
    assert bad[["crime_type", "n_persons", "nationality"]].isna().all().all()


# ------------------------------------------------------------------ UK FCDO PSDH (JSONL)
def test_fcdo_jsonl_keys_arrays_and_dates(paths: dict[str, Path]) -> None:
    lines = paths[FCDO].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"case_ref", "incident_date", "case_category", "no_of_persons"} <= set(recs[0])
    assert all(r["case_ref"].startswith("PSDH/") or r["case_ref"] == "TOTAL" for r in recs)
    assert any(isinstance(r.get("transit_countries"), list) for r in recs)
    assert any(isinstance(r.get("associated_offences"), list) for r in recs)
    dates = [r["incident_date"] for r in recs if isinstance(r.get("incident_date"), str)]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)  # month only
    words = {r["case_category"] for r in recs if r.get("case_category")}
    assert "Organised immigration crime" in words
    countries = {r["country_of_detection"] for r in recs if r.get("country_of_detection")}
    assert {"ITA", "GRC", "HRV", "POL"} & countries  # the compilation's partners


def test_fcdo_oic_is_smuggling_and_domestic_servitude_forced_labour(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    recs = [json.loads(x) for x in paths[FCDO].read_text(encoding="utf-8").splitlines()]
    rows = _rows(truth, FCDO)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    crime_of = dict(zip(kept["source_row"].astype(int), kept["crime_type"], strict=True))
    oic = [
        crime_of[i]
        for i, r in enumerate(recs, start=1)
        if i in crime_of and str(r.get("case_category")).startswith(("Organised", "OIC"))
    ]
    assert oic
    assert set(oic) == {"smuggling"}
    serv = rows.loc[tags_of(truth).loc[rows.index].str.contains("domestic_servitude")]
    assert len(serv) > 0
    assert (
        serv.loc[serv["expected_status"] != "quarantine", "exploitation"] == "forced_labour"
    ).all()


# ------------------------------------------------------------------ France MEAE (CSV)
def test_meae_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths[MEAE].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° dossier", "Date des faits", "Qualification"]
    assert "Pays de constatation" in header
    assert re.search(r";\d\d/\d\d/\d{4};", text)
    assert re.search(r";T[1-4] \d{4};", text)  # quarter only
    assert re.search(r";-?\d+,\d{4};-?\d+,\d{4};", text)  # decimal commas
    assert "aide à l'entrée irrégulière" in text
    assert ";néant;" in text
    assert "TOTAL GÉNÉRAL" in text


def test_meae_quarters_expect_quarter_start(truth: pd.DataFrame) -> None:
    rows = _rows(truth, MEAE)
    quarter = rows.loc[rows["date_precision"] == "quarter", "event_date"]
    assert len(quarter) > 0
    assert pd.to_datetime(quarter).dt.month.isin([1, 4, 7, 10]).all()


# ------------------------------------------------------------------ Spain MAEC (XLSX)
def test_maec_workbook_dates_dms_and_318_bis(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[MAEC]).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº expediente", "Fecha", "Tipo de delito"]
    dates = [r[1] for r in rows[1:]]
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ \d{4}", d) for d in dates)
    col = header.index("Coordenadas")
    coords = [r[col] for r in rows[1:]]
    assert any(isinstance(c, str) and re.search(r"\d+°\d\d'\d\d\"O", c) for c in coords)
    crimes = {r[2] for r in rows[1:] if r[2]}
    assert crimes & {"art. 318 bis CP", "inmigración clandestina (318 bis)"}
    exp = _rows(truth, MAEC)
    located = exp.dropna(subset=["lat"])
    assert (located["lon"].astype(float) < 0).any()  # "O" read as west


# ------------------------------------------------------------------ Mexico SRE (UTF-16)
def test_sre_utf16_tab_demonyms_and_nna(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SRE].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Folio", "Fecha del evento", "Delito"]
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d{4}\t", text)
    assert "\tNNA\t" in text
    assert re.search(r"\t(GUATEMALTECA|HONDUREÑA|MEXICANA)\t", text)
    assert re.search(r"\tE\.?U\.?A\.?\t", text)
    assert re.search(r"\t-?\d+\.\d{5}, -?\d+\.\d{5}\t", text)
    rows = _rows(truth, SRE)
    demonym = rows.loc[tags_of(truth).loc[rows.index].str.contains("demonym")]
    kept = demonym.loc[demonym["expected_status"] != "quarantine", "nationality"].dropna()
    assert kept.str.fullmatch(r"[A-Z]{3}").all()


# ------------------------------------------------------------------ Panama (UTF-8 BOM)
def test_panama_bom_mojibake_serials_and_repeats(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths[PANAMA].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("No. de caso,Fecha de detección,Tipo de delito")
    assert "Ã" in text  # mojibake from a cp1252 round trip
    assert re.search(r",4\d{4},", text)  # Excel serial dates
    rows = _rows(truth, PANAMA)
    assert (rows["expected_reason"] == "exact_repeat").sum() >= 3
    moji = rows.loc[tags_of(truth).loc[rows.index].str.contains("mojibake")]
    assert len(moji) > 0
    assert (
        moji.loc[moji["expected_status"] == "record", "detection_country"].dropna() == "PAN"
    ).all()
