"""The examiner set ``blind247`` (files ``*_io.*``): hauliers' stowaway logs.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples import make_truth
from trendlib.samples._blind247 import make_blind247

VARIANT = "blind247"
SEED = 247
N_EVENTS = 1500
SMALL_SEED = 2471
SMALL_EVENTS = 400
SOURCES = ("rha_io", "fntr_io", "cetm_io", "canacar_io", "iru_io")
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_io", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_io", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
@pytest.mark.parametrize("seed", [0, 1, SEED])
def test_every_source_has_event_rows(n_events: int, seed: int) -> None:
    subs = make_blind247(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 3, sub.filename


# --------------------------------------------------------------------------------------
# What the truth expects beyond the shared checks
# --------------------------------------------------------------------------------------
def test_origin_only_from_the_compilation(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    iru = kept.loc[kept["source_file"] == "iru_io.jsonl"]
    assert iru["origin_country"].tolist() == events.loc[iru["event_id"], "origin_country"].tolist()
    assert kept.loc[kept["source_file"] != "iru_io.jsonl", "origin_country"].isna().all()


def test_exploitation_expected(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    true = events.loc[kept["event_id"], "exploitation"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    smuggling = kept["crime_type"] == "smuggling"
    assert kept.loc[smuggling, "exploitation"].isna().all()
    lost = tags.str.contains("no_column:exploitation|unknown:exploitation") & ~smuggling
    assert (kept.loc[lost, "exploitation"] == "unknown").all()
    assert kept.loc[~lost & ~smuggling, "exploitation"].equals(true[~lost & ~smuggling])
    no_column = kept["source_file"].isin(["rha_io.csv", "fntr_io.csv", "canacar_io.csv"])
    assert (kept.loc[no_column & ~smuggling, "exploitation"] == "unknown").all()


def test_every_row_tagged_with_its_gaps(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    canacar = truth["source_file"] == "canacar_io.csv"
    assert tags[canacar & kept].str.contains("coords_missing|blank_coordinates").all()
    assert truth.loc[canacar, ["lat", "lon"]].isna().all().all()
    for tag in ("partial_date", "demonym", "mojibake", "excel_serial", "iso_numeric"):
        assert tags.str.contains(tag).any(), tag


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_rha_csv_utf8_bom_comma_uk_words(paths: dict[str, Path]) -> None:
    raw = paths["rha_io"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Incident ref,Date found,Where found,Country,")
    assert "No. of clandestines" in header
    assert "Telematics position" in header
    frame = pd.read_csv(paths["rha_io"], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date found"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()  # 17 May 2023
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()  # May 2023
    assert {"England", "UK"} <= set(frame["Country"])
    assert frame["Nationality (as stated)"].isin(["Afghan", "Iranian", "Iraqi", "Vietnamese"]).any()
    assert frame["Adults/minors"].eq("UASC").any()
    assert frame["Arrests"].isin(["nil", "none", "Nil"]).any()
    assert frame["Route (countries)"].str.contains(" > ").any()
    assert frame["Telematics position"].str.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}").any()
    assert frame["Incident type"].eq("Clandestine entrants").any()
    assert frame["Incident ref"].str.fullmatch(r"RHA/CE/20\d\d/\d{4}|TOTAL|Note: .*|").all()


def test_fntr_csv_utf16_tab_french(paths: dict[str, Path]) -> None:
    raw = paths["fntr_io"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:4] == ["N° signalement", "Date des faits", "Lieu", "Pays"]
    assert "Nationalité déclarée" in header
    assert "Interpellations" in header
    frame = pd.read_csv(
        paths["fntr_io"], dtype=str, sep="\t", encoding="utf-16", keep_default_na=False
    )
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [a-zéû]+ 20\d\d").any()  # 17 mai 2023
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()  # mai 2023
    assert frame["Latitude"].str.fullmatch(r"\d+,\d{5}").any()
    assert frame["Interpellations"].isin(["aucune", "néant"]).any()
    assert frame["Majeurs / mineurs"].eq("MNA").any()
    assert frame["Destination"].isin(["Royaume-Uni", "Angleterre"]).any()
    assert frame["Nature des faits"].str.startswith("Intrusion").any()


def test_cetm_xlsx_dates_serials_mojibake(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["cetm_io"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["Nº registro", "Fecha", "País", "Lugar"]
    assert "Finalidad" in header
    assert "Detenidos" in header
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha"]] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, serials, typed text
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 45400 for d in serials)  # 2020 .. 2024
    nats = [str(r[col["Nacionalidad"]]) for r in rows[1:]]
    assert any("Ã" in n for n in nats)  # UTF-8 read as cp1252
    assert any(n in ("marroquí", "argelina", "senegalesa", "maliense") for n in nats)
    assert any(r[col["Sexo"]] == "M" for r in rows[1:])  # M = mujeres, beside H
    assert any(r[col["Edad"]] == "MENA" for r in rows[1:])
    persons = [r[col["Nº personas"]] for r in rows[1:]]
    assert any(isinstance(p, int) for p in persons)


def test_canacar_csv_latin1_pipe_upper_case(paths: dict[str, Path]) -> None:
    raw = paths["canacar_io"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("latin-1")
    header = text.splitlines()[0]
    assert header.startswith("FOLIO|FECHA DEL EVENTO|CRUCE / GARITA|PAÍS|")
    frame = pd.read_csv(
        paths["canacar_io"], dtype=str, sep="|", encoding="latin-1", keep_default_na=False
    )
    assert not any(c in frame.columns for c in ("LATITUD", "lat", "Latitud"))
    assert frame["NACIONALIDAD"].isin(["HONDUREÑA", "GUATEMALTECA", "MEXICANA"]).any()
    assert frame["PAÍS"].isin(["EUA", "ESTADOS UNIDOS", "EE.UU."]).sum() > 0.9 * len(frame) - 5
    assert frame["EDAD"].eq("NNA").any()
    assert frame["DETENIDOS"].eq("1 (OPERADOR)").any()
    assert frame["FECHA DEL EVENTO"].str.fullmatch(r"\d\d-[A-Z]{3}-20\d\d").any()
    values = frame.drop(columns=["FOLIO"]).to_numpy().ravel()
    assert all(v == v.upper() for v in values if isinstance(v, str))


def test_iru_jsonl_iso_codes_partial_dates(paths: dict[str, Path]) -> None:
    lines = paths["iru_io"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["incident_id", "date", "incident_country", "location"]
    dates = pd.Series([r["date"] for r in recs], dtype=object).dropna()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z").any()
    transit = [r["transit"] for r in recs if r["transit"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    nats = {r["nationality"] for r in recs if r["nationality"]}
    assert any(len(n) == 3 and n.isalpha() for n in nats)
    assert any(len(n) == 2 for n in nats)
    assert any(n.isdigit() for n in nats)
    assert any(isinstance(r["persons"], int) and r["persons"] >= 1000 for r in recs)
