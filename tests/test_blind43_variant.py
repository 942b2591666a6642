"""The ``blind43`` examiner set: files, encodings, quirks and ground truth (no cleaning)."""

from __future__ import annotations

import json
import re
from datetime import datetime
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

from trendlib.samples import VARIANTS, make_truth, write_samples
from trendlib.samples._blind43 import BLIND43_SOURCES, Blind43Source, make_blind43

SEED = 43
N_EVENTS = 1500
SMALL_SEED = 431
SMALL_EVENTS = 400
VARIANT = "blind43"
SOURCES = tuple(s.source for s in BLIND43_SOURCES)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.0005  # degrees: points are written to 4 decimals or finer


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _src(name: str) -> Blind43Source:
    return next(s for s in BLIND43_SOURCES if s.source == name)


def test_variant_is_registered() -> None:
    assert VARIANT in VARIANTS
    assert len(SOURCES) == 5
    assert {s.language for s in BLIND43_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND43_SOURCES} == {"csv", "xlsx", "jsonl"}
    csvs = [s for s in BLIND43_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csvs}) == 3
    assert len({s.delimiter for s in csvs}) == 3


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_as", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_as", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_other_seeds_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert {out[s].name for s in SOURCES} == {s.filename for s in BLIND43_SOURCES}


def test_make_blind43_matches_sources() -> None:
    subs = make_blind43(make_truth(seed=SMALL_SEED, n_events=200), seed=SMALL_SEED)
    assert [s.filename for s in subs] == [s.filename for s in BLIND43_SOURCES]
    for sub, src in zip(subs, BLIND43_SOURCES, strict=True):
        assert (sub.format, sub.encoding, sub.language) == (src.format, src.encoding, src.language)
        assert list(sub.frame.columns) == list(src.headers.values())


# --------------------------------------------------------------------------------------
# Encodings, delimiters and languages as claimed
# --------------------------------------------------------------------------------------
def test_hungarian_file_is_cp1250_semicolon(paths: dict[str, Path]) -> None:
    raw = paths["orfk_nebek"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1250")
    header = text.splitlines()[0]
    assert header.split(";") == list(_src("orfk_nebek").headers.values())
    assert "Bűncselekmény / Offence" in header  # ű exists in cp1250, not in cp1252
    assert b"B\xfbncselekm\xe9ny" in raw


def test_czech_file_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["policie_cr"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # byte-order mark of UTF-16
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.split("\t") == list(_src("policie_cr").headers.values())
    assert "ŘSCP-" in text
    assert "/ČJ-" in text


def test_french_file_is_utf8_bom_comma(paths: dict[str, Path]) -> None:
    raw = paths["ccpd_le_perthus"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["ccpd_le_perthus"], encoding="utf-8-sig", dtype=str)
    assert list(frame.columns) == list(_src("ccpd_le_perthus").headers.values())
    text = raw.decode("utf-8-sig")
    assert "Date des faits / Fecha hechos" in text
    assert re.search(r"aide à l'entrée|traite des êtres humains|TEH", text)


def test_spanish_jsonl_keys_and_values(paths: dict[str, Path]) -> None:
    lines = paths["cjpcamcc"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(list(r) == list(_src("cjpcamcc").headers.values()) for r in rows)
    crimes = " ".join(str(r["delito"]) for r in rows)
    assert "trata" in crimes.lower()
    assert "tráfico" in crimes.lower()


def test_bosnian_workbook_english_headers_and_dates(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["granicna_policija_bih"], read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(_src("granicna_policija_bih").headers.values())
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d\.\d\d\.\d{4}\.", d) for d in dates)


# --------------------------------------------------------------------------------------
# Characteristic quirks really are in the bytes
# --------------------------------------------------------------------------------------
def test_hungarian_quirks(paths: dict[str, Path]) -> None:
    text = paths["orfk_nebek"].read_bytes().decode("cp1250")
    assert re.search(r";\d{4}\.\d\d\.\d\d\.;", text)  # 2022.03.14.
    assert re.search(r";\d{4}\. \d\d\. \d\d\.;", text)  # 2022. 03. 14.
    assert "Btk. 353. §" in text
    assert "Btk. 192. §" in text
    assert re.search(r";\d+,\d{5};-?\d+,\d{5};", text)  # decimal-comma lat;lon
    assert re.search(r";\d+ fő;", text)


def test_czech_quirks(paths: dict[str, Path]) -> None:
    text = paths["policie_cr"].read_bytes().decode("utf-16")
    assert re.search(r"\d+\.\d{7}N, \d+\.\d{7}[EW]", text)  # mapy.cz
    assert re.search(r"\t\d{1,2}\. \d{1,2}\. \d{4}\t", text)  # 14. 3. 2022
    assert "§ 340 TZ" in text


def test_french_quirks(paths: dict[str, Path]) -> None:
    text = paths["ccpd_le_perthus"].read_bytes().decode("utf-8-sig")
    assert re.search(r"N \d+°\d+,\d{3}' O \d+°\d+,\d{3}'", text)  # O = ouest
    assert "néant" in text
    assert "CESEDA" in text
    assert re.search(r"Ã[©¨ª]", text)  # UTF-8 mojibake planted in a few cells
    assert re.search(r",T[1-4] \d{4},|trimestre", text)


def test_spanish_quirks(paths: dict[str, Path]) -> None:
    rows = [json.loads(line) for line in paths["cjpcamcc"].read_text(encoding="utf-8").splitlines()]
    assert any(isinstance(r["paises_transito"], list) for r in rows)
    assert any(isinstance(r["longitud"], str) and r["longitud"].endswith(" O") for r in rows)
    assert any(r["grupo_etario"] == "NNA" for r in rows)
    assert any(str(r["delito"]).startswith("8 U.S.C.") for r in rows)


def test_truth_tags_cover_the_quirks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = set(";".join(tags_of(truth).fillna("")).split(";"))
    for tag in (
        "partial_month",
        "partial_quarter",
        "excel_serial",
        "excel_date",
        "dms",
        "ddm",
        "mojibake",
        "json_array",
        "legal_ref",
        "decimal_comma",
        "zero_word",
        "count_placeholder",
    ):
        assert tag in tags, tag
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"orfk_nebek_as.csv", "cjpcamcc_as.jsonl"}
