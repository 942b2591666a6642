"""The ``blind107`` examiner set: files, truth and the quirks its module promises.

These tests check the written files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
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
from trendlib.samples._blind107 import BLIND107_SOURCES

VARIANT = "blind107"
SEED = 107
N_EVENTS = 1500
SMALL_SEED = 1071
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND107_SOURCES)
#: Fields every source writes as the truth has them (the others may be left out).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Degrees between a written position and the true point (DMS to 0.1", DDM to 0.001').
TOLERANCE = 0.0005


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_de", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_de", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_reports_and_repeats(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    per_file = truth.groupby("source_file")["expected_status"].value_counts().unstack(fill_value=0)
    assert (per_file["record"] > 100).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"hkpf_liaison_de.csv", "coguar_ec_de.csv"}
    tags = tags_of(truth)
    for tag in ("month_only", "quarter_only", "mojibake", "na_word", "zero_word", "count_note"):
        assert tags.str.contains(tag).any(), tag
    quarters = truth.loc[truth["date_precision"] == "quarter", "source_file"]
    assert set(quarters) == {
        "ica_sg_de.xlsx",
        "rop_cg_de.jsonl",
        "marine_royale_de.csv",
        "coguar_ec_de.csv",
    }


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters
# --------------------------------------------------------------------------------------
def test_sources_declare_languages_formats_encodings() -> None:
    by_name = {s.filename: s for s in BLIND107_SOURCES}
    assert {s.language for s in BLIND107_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND107_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND107_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) == 3
    assert len({s.delimiter for s in csv}) == 3
    assert by_name["hkpf_liaison_de.csv"].encoding == "utf-8-sig"
    assert by_name["marine_royale_de.csv"].encoding == "cp1252"
    assert by_name["coguar_ec_de.csv"].encoding == "utf-16"


def test_hong_kong_file_is_utf8_bom_comma_english(paths: dict[str, Path]) -> None:
    raw = paths["hkpf_liaison_de"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("LB Ref. No. 檔案編號,")
    assert "Nationality 國籍" in header
    assert "(dd/mm/yyyy)" in header
    assert "No. of IIs / Victims" in header
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert frame.shape[1] == 16
    dates = frame.iloc[:, 1]
    assert dates.str.fullmatch(r"xx/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}").any()
    assert dates.str.fullmatch(r"\d/\d{1,2}/\d{4}|\d{1,2}/\d/\d{4}").any()
    assert re.search(r"\d\d°\d\d\.\d{3}'N \d{3}°\d\d\.\d{3}'[EW]", text)
    assert "s.25 IA 1971" in text
    assert "CESEDA L.823-1" in text
    assert frame.iloc[:, 7].isin(["Nil", "NIL"]).any()
    assert frame.iloc[:, 6].str.contains(r"\(incl\. \d+ juv\.\)").any()
    assert "Grand Total" in frame.iloc[:, 0].tolist()


def test_singapore_file_is_xlsx_with_excel_dates_serials_and_text(
    paths: dict[str, Path],
) -> None:
    path = paths["ica_sg_de"]
    assert zipfile.is_zipfile(path)
    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:5] == ("ICA Ref", "Date Detected", "Offence", "Exploitation Type", "No. of Pax")
    assert "Lat (DD)" in header
    assert "Long (DD)" in header
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(40_000 < d < 47_000 for d in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"Q\d \d{4}|\dQ \d{4}|\d{4} Q\d", d) for d in texts)
    assert any(re.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d{4}", d) for d in texts)
    transit = [r[header.index("Transit Via")] for r in rows[1:]]
    assert any(isinstance(t, str) and "\n" in t for t in transit)
    offences = " ".join(str(r[2]) for r in rows[1:])
    assert "Art. 12 D.Lgs. 286/1998" in offences
    assert "Art. 326 KZ" in offences
    assert "Art. 264 §3 KK" in offences


def test_oman_file_is_jsonl_with_english_keys(paths: dict[str, Path]) -> None:
    lines = _text(paths["rop_cg_de"], "utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"incident_no", "incident_date", "no_of_persons", "position"}
    dates = [r["incident_date"] for r in records if isinstance(r["incident_date"], str)]
    assert any(d.endswith("+04:00") for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{8}", d) for d in dates)
    counts = {type(r["no_of_persons"]).__name__ for r in records}
    assert {"int", "str"} <= counts
    positions = [r["position"] for r in records if isinstance(r["position"], str)]
    assert any(re.fullmatch(r"\d\d \d\d\.\d{3}N \d{3} \d\d\.\d{3}E", p) for p in positions)
    assert records[-1]["incident_no"] == "SUMMARY"
    assert any("infiltrators" in str(r["offence_category"]) for r in records)


def test_moroccan_navy_file_is_cp1252_semicolon_french(paths: dict[str, Path]) -> None:
    raw = paths["marine_royale_de"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.splitlines()[0]
    assert header.split(";")[:3] == [
        "N° Réf.",
        "Date de l'interception",
        "Pays (lieu d'interception)",
    ]
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    assert frame.shape[1] == 16
    assert frame["Nbre passeurs interpellés"].isin(["néant", "aucun"]).any()
    assert frame["Majeurs / Mineurs"].eq("MNA").any()
    assert re.search(r"\d+,\d{5} / -\d+,\d{5}", text)
    assert re.search(
        r"\d+°\d\d'\d\d,\d\"N \d+°\d\d'\d\d,\d\"O", frame["Position (lat. / long.)"].str.cat()
    )
    assert "art. 52 loi 02-03" in text
    assert "Ã©" in text  # UTF-8 read as cp1252, kept by the clerk
    assert frame["Date de l'interception"].str.contains(r"^\d{1,2}(?:er)? [a-zéû]+ \d{4}$").any()
    assert frame["Date de l'interception"].str.contains("trimestre|^T\\d ").any()
    assert "TOTAL GÉNÉRAL" in frame["N° Réf."].tolist()


def test_ecuador_file_is_utf16_tab_spanish(paths: dict[str, Path]) -> None:
    raw = paths["coguar_ec_de"].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t")[:3] == ["Nro. Parte", "Fecha evento", "Delito (tipificación)"]
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    assert frame.shape[1] == 16
    dates = frame["Fecha evento"]
    assert dates.str.contains(r"^\d{1,2} de [a-z]+ de \d{4}$").any()
    assert dates.str.contains(r"^(?:I|II|III|IV|1er|2do|3er|4to) trimestre \d{4}$").any()
    assert frame["Cant. migrantes / víctimas"].str.fullmatch(r"\d{1,3}(\.\d{3})+").any()
    assert frame["Presuntos infractores"].eq("ninguno").any()
    assert frame["Grupo etario"].str.contains("NNA").any()
    assert "Art. 213 COIP" in text
    positions = frame["Coordenadas (Lat/Long)"]
    assert positions.str.fullmatch(r"N \d+°\d\d'\d\d\.\d\" O \d+°\d\d'\d\d\.\d\"").any()
    assert positions.isin(["S/C", "sin coordenadas"]).any()
    assert "TOTAL" in frame["Nro. Parte"].tolist()
