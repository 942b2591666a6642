"""The ``blind84`` examiner set (files ``*_ch.*``): files, truth, languages and quirks.

These tests check the files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

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
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples._blind84 import BLIND84_SOURCES

VARIANT = "blind84"
SEED = 84
N_EVENTS = 1500
SMALL_SEED = 841
SMALL_EVENTS = 400
SOURCES = [s.source for s in BLIND84_SOURCES]
#: Fields every source writes and every kept row expects as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND84_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ch", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ch", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND84_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND84_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND84_SOURCES if s.format == "csv"]
    assert {s.encoding for s in csv} == {"cp1252", "utf-8-sig", "utf-16"}
    assert {s.delimiter for s in csv} == {";", ",", "\t"}
    assert all(s.filename.rsplit(".", 1)[0].endswith("_ch") for s in BLIND84_SOURCES)


def test_encodings_in_the_bytes(paths: dict[str, Path]) -> None:
    gn = paths["gendarmerie_dz"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gn.decode("utf-8")  # cp1252 accents are not UTF-8
    assert gn.decode("cp1252").startswith("Réf. fiche;Date des faits;")
    assert b"\r\n" in gn
    oea = paths["oea"].read_bytes()
    assert oea.startswith(b"\xef\xbb\xbf")
    assert oea[3:].decode("utf-8").startswith("N.º de registro,Fecha del hecho,")
    oprogem = paths["oprogem_gn"].read_bytes()
    assert oprogem[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert oprogem.decode("utf-16").split("\n")[0].count("\t") == 15
    assert paths["eapcco"].read_bytes()[:2] == b"PK"
    lines = paths["rock"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_gendarmerie_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "gendarmerie_dz")
    assert "303 bis 30" in text  # Algerian Penal Code reference
    assert ";néant;" in text or ";Néant;" in text or ";NEANT;" in text
    assert re.search(r";\d+,\d{4,5} O;", text)  # longitude west with decimal comma
    assert re.search(r";H : \d+ / F : \d+;", text)  # sex as a head count
    assert re.search(r";\d{1,2} (janv\.|févr\.|avr\.|mai|juin|juil\.|sept\.|oct\.)", text)
    assert re.search(r";\d \d{3};", text)  # thousands separated by a space


def test_eapcco_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["eapcco"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert any("\n" in str(h) for h in header)  # wrapped headers
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"Q\d \d{4}", d) for d in dates)
    texts = {str(v) for r in rows[1:] for v in r}
    assert {"SOM", "TIP"} <= texts
    assert any(re.fullmatch(r"\d+\.\d{4,5}[NEW]", t) for t in texts)


def test_oea_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "oea")
    assert "U.S.C. §" in text
    assert re.search(r"\d+°\d\d'\d\d\"\" N, \d+°\d\d'\d\d\"\" O", text)  # DMS, O = oeste
    assert re.search(r",\d{1,2} de [a-z]+ de \d{4},", text)
    assert "NNA" in text
    assert re.search(r"\b[IV]+ trimestre \d{4}|\d\.º trimestre \d{4}", text)


def test_oprogem_quirks(paths: dict[str, Path]) -> None:
    text = _text(paths, "oprogem_gn")
    header = text.split("\n")[0]
    assert "Nationalité / Nationality" in header  # bilingual headers
    assert re.search(r"N \d{2}°\d{2},\d{3}' [EO] \d{3}°\d{2},\d{3}'", text)
    assert "Ã©" in text  # UTF-8 read as cp1252 somewhere upstream
    truth = _truth(paths)
    assert (
        truth.loc[truth["source_file"] == "oprogem_gn_ch.csv", "expected_reason"]
        .eq("exact_repeat")
        .sum()
        >= 3
    )


def test_rock_quirks(paths: dict[str, Path]) -> None:
    recs = [json.loads(x) for x in paths["rock"].read_text(encoding="utf-8").splitlines()]
    body = [r for r in recs if str(r["case_id"]).startswith("ROCK-")]
    assert all(re.fullmatch(r"[A-Z]{2}", r["nationality_iso2"] or "XX") for r in body)
    wkt = [r["geom_wkt"] for r in body if r["geom_wkt"]]
    assert wkt
    assert all(re.fullmatch(r"POINT \(-?\d+\.\d{5} -?\d+\.\d{5}\)", w) for w in wkt)
    assert any(">" in (r["transit_route"] or "") for r in body)
    assert any(re.fullmatch(r"\d{4}-Q\d", r["incident_date"] or "") for r in body)


def test_partial_dates_and_placeholders_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"].ne("quarantine")
    assert (truth.loc[tags.str.contains("partial_month") & kept, "date_precision"] == "month").all()
    assert (
        truth.loc[tags.str.contains("partial_quarter") & kept, "date_precision"] == "quarter"
    ).all()
    for src in SOURCES:  # every source writes month and quarter dates
        mine = truth.loc[truth["source"] == src, "date_precision"]
        assert {"month", "quarter"} <= set(mine.dropna()), src


def test_all_country_values_are_codes(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        assert truth[col].dropna().str.fullmatch(r"[A-Z]{3}").all(), col
    assert truth["transit_countries"].dropna().str.fullmatch(r"[A-Z]{3}(\|[A-Z]{3})*").all()
