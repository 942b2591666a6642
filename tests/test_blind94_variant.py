"""The ``blind94`` examiner set (files ``*_cr.*``): its files and its ground truth.

These tests check what the set promises (languages, formats, encodings, the agencies'
quirks in the bytes, and a truth that describes every row); none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples import make_truth
from trendlib.samples._blind94 import BLIND94_SOURCES, make_blind94

SEED = 94
N_EVENTS = 1500
SMALL_SEED = 941
SMALL_EVENTS = 400
VARIANT = "blind94"
SOURCES = [s.source for s in BLIND94_SOURCES]
#: Fields every source writes as the event has them (linked offences: not HASSMAR).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)
TOLERANCE = 0.001


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _file_truth(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == name]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cr", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cr", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_linked_offences_except_where_no_column(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    want = events.loc[ok["event_id"], "linked_offences"].to_numpy()
    got = ok["linked_offences"].to_numpy()
    no_column = (ok["source_file"] == "hassmar_sn_cr.csv").to_numpy()
    assert pd.isna(got[no_column]).all()
    kept = ~no_column
    assert ((got[kept] == want[kept]) | (pd.isna(got[kept]) & pd.isna(want[kept]))).all()


def test_every_source_has_records_and_all_precisions(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record"]
    counts = records["source_file"].value_counts()
    assert set(counts.index) == {s.filename for s in BLIND94_SOURCES}
    assert (counts >= 100).all(), counts
    assert set(records["date_precision"]) == {"day", "month", "quarter"}
    # the cross-source duplicates tie a French file to an English one (Canaries landings)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    targets = cross["duplicate_of"].str.split(":").str[0]
    pairs = set(zip(cross["source_file"], targets, strict=True))
    assert ("gid_gm_cr.csv", "hassmar_sn_cr.csv") in pairs


# --------------------------------------------------------------------------------------
# Languages, formats and encodings as claimed
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings_claimed() -> None:
    subs = make_blind94(make_truth(seed=1, n_events=300), seed=1)
    got = {(s.filename, s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        ("hassmar_sn_cr.csv", "fr", "csv", "cp1252", ";"),
        ("dst_ci_cr.xlsx", "fr", "xlsx", "utf-8", None),
        ("dpf_bf_cr.jsonl", "fr", "jsonl", "utf-8", None),
        ("gid_gm_cr.csv", "en", "csv", "utf-8-sig", ","),
        ("digici_gt_cr.csv", "es", "csv", "utf-16", "\t"),
    }
    assert {s.language for s in subs} == {"fr", "en", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}


def test_hassmar_bytes_are_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["hassmar_sn"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a lone 0xE9 (é) is no UTF-8
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("N° fiche;Date interception")
    assert header.count(";") == len(BLIND94_SOURCES[0].headers) - 1
    assert "\r\n" in text
    assert "TOTAL GÉNÉRAL" in text


def test_gid_bytes_are_utf8_bom_comma(paths: dict[str, Path]) -> None:
    raw = paths["gid_gm"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Case Ref.,Date of Interception,Offence (TIP/SOM)")
    assert '"GPS (Lat, Long)"' in text.splitlines()[0]


def test_digici_bytes_are_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["digici_gt"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian byte order mark
    text = raw.decode("utf-16")
    header = text.splitlines()[0]
    assert header.startswith("No. Correlativo\tFecha del hecho\tDelito (tipificación)")
    assert "," not in header.split("\t")[0]


def test_dst_is_a_workbook_with_excel_dates_and_serials(paths: dict[str, Path]) -> None:
    path = paths["dst_ci"]
    assert zipfile.is_zipfile(path)
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][:3] == (
        "N° DOSSIER / FILE No.",
        "DATE DES FAITS / DATE OF FACTS",
        "NATURE DE L'INFRACTION / OFFENCE",
    )
    assert any("\n" in str(h) for h in rows[0])  # a header broken over two lines
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(40_000 < d < 50_000 for d in serials)
    assert any(isinstance(d, str) and "TRIMESTRE" in d.upper() for d in dates)
    assert any(isinstance(r[14], float) for r in rows[1:])  # LATITUDE (°) as numbers
    assert any(isinstance(r[14], str) and "," in r[14] for r in rows[1:])  # decimal comma


def test_dpf_lines_are_json_with_french_keys(paths: dict[str, Path]) -> None:
    lines = paths["dpf_bf"].read_text(encoding="utf-8").splitlines()
    objects = [json.loads(line) for line in lines]
    assert set(objects[0]) >= {"num_signalement", "date_faits", "nb_personnes", "geom"}
    assert objects[-1]["num_signalement"] == "TOTAL"
    geoms = [o["geom"] for o in objects if o["geom"]]
    assert all(re.fullmatch(r"(SRID=4326;)?POINT\(-?\d+\.\d{5} -?\d+\.\d{5}\)", g) for g in geoms)
    dates = [o["date_faits"] for o in objects if isinstance(o["date_faits"], str)]
    assert any(re.fullmatch(r"\d{4}-T[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{8}", d) for d in dates)


# --------------------------------------------------------------------------------------
# Characteristic quirks really in the bytes
# --------------------------------------------------------------------------------------
def test_hassmar_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["hassmar_sn"].read_bytes().decode("cp1252")
    assert re.search(r"\d{2}°\d{2},\d{2}'N( - | )\d{3}°\d{2},\d{2}'O", text)  # O = ouest
    assert re.search(r";1er \w+ 20\d\d;", text)  # French ordinal for the first
    assert "art. 4" in text
    assert re.search(r";\d+ \(dont \d+ mineurs?\);", text)
    assert "néant" in text.lower()
    tags = tags_of(_file_truth(truth, "hassmar_sn_cr.csv"))
    assert tags.str.contains("mojibake").any()
    assert "Ã" in text


def test_gid_quirks(paths: dict[str, Path]) -> None:
    text = paths["gid_gm"].read_text(encoding="utf-8-sig")
    assert re.search(r",\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d,", text)
    assert re.search(r",Q[1-4] 20\d\d,|,[1-4](st|nd|rd|th) Qtr 20\d\d,", text)
    assert ",Nil," in text or ",NIL," in text
    assert "N/K" in text
    assert "TIP & SOM" in text or "SOM" in text


def test_digici_quirks(paths: dict[str, Path]) -> None:
    text = paths["digici_gt"].read_bytes().decode("utf-16")
    assert "\tCoyotaje\t" in text
    assert "NNA" in text
    assert re.search(r"\t\d{1,2} de [a-z]+ de 20\d\d\t", text)
    assert re.search(r"""\d+°\d{2}'\d{2}\.\d""N \d+°\d{2}'\d{2}\.\d""O""", text)
    assert "S/D" in text


def test_quarantined_rows_are_really_bad(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert bad[["event_date", "n_persons", "crime_type"]].isna().all().all()
    future = bad.loc[bad["expected_reason"] == "future_date", "source_ref"]
    assert len(future) > 0
