"""Files and truth of the examiner set ``blind56`` (five European liaison desks, ``*_bf.*``).

These tests check the written files and their ground truth only: nothing here cleans or
scores. The quirk tests read the cells back by hand (degrees-minutes coordinates, Excel
serials, decimal commas) and compare them with the values the truth expects.
"""

from __future__ import annotations

import json
import re
import zipfile
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
from trendlib.samples._blind56 import BLIND56_SOURCES, make_blind56

SEED = 56
N_EVENTS = 1500
SMALL_SEED = 561
SMALL_EVENTS = 400
VARIANT = "blind56"
SOURCES = tuple(s.source for s in BLIND56_SOURCES)
BY_NAME = {s.source: s for s in BLIND56_SOURCES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as written, with the row number the truth gives them."""
    src = BY_NAME[source]
    path = paths[source]
    if src.format == "csv":
        frame = pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        first = 2
    elif src.format == "xlsx":
        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        width = len(rows[0])
        body = [tuple(r) + (None,) * (width - len(r)) for r in rows[1:]]
        frame = pd.DataFrame(body, columns=list(rows[0]), dtype=object)
        first = 2
    else:
        lines = path.read_text(encoding=src.encoding).splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    frame.columns = [list(src.headers)[list(src.headers.values()).index(c)] for c in frame]
    frame["source_row"] = [str(i) for i in range(first, first + len(frame))]
    return frame


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == BY_NAME[source].filename]


def _joined(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    cells = (
        _cells(paths, source).add_prefix("cell_").rename(columns={"cell_source_row": "source_row"})
    )
    return _rows_of(truth, source).merge(cells, on="source_row", how="left", validate="1:1")


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bf", n_events=N_EVENTS)


def test_small_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_bf", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type", "exploitation"), tolerance=0.001)


def test_small_expected_values(small_paths: dict[str, Path]) -> None:
    check_expected_values(
        small_paths, _truth(small_paths), ("crime_type", "exploitation"), tolerance=0.001
    )


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings() -> None:
    subs = make_blind56(make_truth(seed=1, n_events=200), seed=1)
    assert [s.filename for s in subs] == [s.filename for s in BLIND56_SOURCES]
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = {(s.encoding, s.delimiter) for s in subs if s.format == "csv"}
    assert csv == {("utf-16", "\t"), ("cp1252", ";"), ("utf-8", "|")}
    assert all(s.filename.rsplit(".", 1)[0].endswith("_bf") for s in subs)


def test_kripos_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["kripos_no_bf"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:2] == ["Kripos ref.", "Date of detection (dd.mm.yyyy)"]
    assert len(header) == len(BY_NAME["kripos_no_bf"].headers)


def test_surete_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["surete_mc_bf"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° procédure;Date des faits;Qualification pénale;")
    assert "\r\n" in text
    assert re.search(r";\d{1,2}\xa0\d{3};", text)  # a no-break space between thousands


def test_asp_is_utf8_pipe(paths: dict[str, Path]) -> None:
    raw = paths["asp_al_bf"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8").splitlines()[0].split("|")
    assert header[:3] == ["Case ID", "Date", "Offence / exploitation (CC RA)"]


def test_ppa_is_xlsx_with_bilingual_headers(paths: dict[str, Path]) -> None:
    assert zipfile.is_zipfile(paths["ppa_ee_bf"])
    header = next(load_workbook(paths["ppa_ee_bf"], read_only=True).active.iter_rows())
    names = [c.value for c in header]
    assert names[1] == "Kuupäev / Date"
    assert all(" / " in str(n) for n in names)


def test_policia_is_spanish_jsonl(paths: dict[str, Path]) -> None:
    raw = paths["policia_ad_bf"].read_bytes()
    assert "ó".encode() in raw  # non-ASCII written as is, not as \\u escapes
    records = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert all(list(r)[:2] == ["num_atestado", "fecha_hechos"] for r in records)


# --------------------------------------------------------------------------------------
# Quirks, read back by hand
# --------------------------------------------------------------------------------------
_DDM = re.compile(r"^([NS]) (\d+)°(\d+\.\d+)' ([EW]) (\d+)°(\d+\.\d+)'$")
_DMS = re.compile(r"^(\d+)°(\d+)'(\d+\.\d)\"([NS]) (\d+)°(\d+)'(\d+\.\d)\"([EWO])$")


def _close(a: float, b: str) -> bool:
    return abs(a - float(b)) < 1e-6


def test_kripos_degrees_decimal_minutes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _joined(paths, truth, "kripos_no_bf")
    seen = 0
    for cell, lat, lon in zip(rows["cell_coordinates"], rows["lat"], rows["lon"], strict=True):
        hit = _DDM.match(str(cell))
        if not hit:
            continue
        ns, d1, m1, ew, d2, m2 = hit.groups()
        got_lat = (int(d1) + float(m1) / 60) * (1 if ns == "N" else -1)
        got_lon = (int(d2) + float(m2) / 60) * (1 if ew == "E" else -1)
        assert _close(got_lat, lat), cell
        assert _close(got_lon, lon), cell
        seen += 1
    assert seen > 20
    dates = rows["cell_event_date"].dropna()
    assert dates.str.match(r"^Q[1-4][ -]20\d\d$").any()
    assert dates.str.match(r"^\d{1,2} [A-Z][a-z]{2} 20\d\d$").any()


def test_policia_dms_with_oeste(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _joined(paths, truth, "policia_ad_bf")
    oeste = 0
    for cell, lat, lon in zip(rows["cell_coordinates"], rows["lat"], rows["lon"], strict=True):
        hit = _DMS.match(str(cell))
        if not hit:
            continue
        d1, m1, s1, ns, d2, m2, s2, ew = hit.groups()
        got_lat = (int(d1) + int(m1) / 60 + float(s1) / 3600) * (1 if ns == "N" else -1)
        got_lon = (int(d2) + int(m2) / 60 + float(s2) / 3600) * (1 if ew == "E" else -1)
        assert abs(got_lat - float(lat)) < 1e-5, cell
        assert abs(got_lon - float(lon)) < 1e-5, cell
        oeste += ew == "O"
    assert oeste > 10
    assert rows["messiness"].str.contains("mojibake").any()
    garbled = rows.loc[rows["messiness"].str.contains("mojibake")]
    cells = garbled[["cell_nationality", "cell_origin_country", "cell_destination_country"]]
    assert cells.astype(str).apply(lambda c: c.str.contains("Ã")).any(axis=None)


def test_ppa_excel_serials_and_decimal_commas(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _joined(paths, truth, "ppa_ee_bf")
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    serial = rows.loc[rows["cell_event_date"].map(lambda v: isinstance(v, int))]
    assert len(serial) > 5
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial["cell_event_date"].astype(int), "D")
    assert (days.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    comma = rows.loc[rows["cell_lat"].map(lambda v: isinstance(v, str) and "," in v)]
    assert len(comma) > 5
    for cell, lat in zip(comma["cell_lat"], comma["lat"], strict=True):
        assert _close(float(cell.replace(",", ".")), lat)


def test_surete_french_law_and_decimal_commas(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _joined(paths, truth, "surete_mc_bf")
    offences = rows["cell_crime_type"].astype(str)
    assert offences.str.contains("225-4-1").any()
    assert offences.str.contains("L.823-1").any()
    assert offences.str.contains("art. 601").any()
    kept = rows.loc[rows["lat"].notna()]
    for cell, lat in zip(kept["cell_lat"], kept["lat"], strict=True):
        assert _close(float(cell.replace(",", ".")), lat), cell
    dates = rows["cell_event_date"].astype(str)
    assert dates.str.contains("trim").any()
    assert dates.str.match(r"^\d\d/\d\d/\d\d$").any()


def test_asp_offence_and_exploitation_in_one_column(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    rows = _joined(paths, truth, "asp_al_bf")
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    words = {
        "sexual": "sexual",
        "forced_labour": "labour",
        "forced_criminality": "forced criminality",
        "forced_marriage": "forced marriage",
        "organ_removal": "organ removal",
        "other": "other exploitation",
    }
    thb = rows.loc[rows["crime_type"] != "smuggling"]
    assert len(thb) > 0
    for cell, form in zip(thb["cell_crime_type"], thb["exploitation"], strict=True):
        assert words[form] in cell, cell
    som = rows.loc[rows["crime_type"] == "smuggling", "exploitation"]
    assert som.isna().all()
    assert "exploitation" not in BY_NAME["asp_al_bf"].headers
    assert rows["transit_countries"].isna().all()
    assert rows["linked_offences"].isna().all()


def test_second_reports_and_re_sent_rows(truth: pd.DataFrame) -> None:
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"kripos_no_bf.csv", "asp_al_bf.csv"}
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source_file"]
    assert set(cross) == set(truth["source_file"])
    tags = tags_of(truth)
    blanked = truth.loc[tags.str.contains("blank_"), "expected_status"]
    assert set(blanked) == {"duplicate"}


def test_partial_dates_everywhere(truth: pd.DataFrame) -> None:
    for name in truth["source_file"].unique():
        prec = set(truth.loc[truth["source_file"] == name, "date_precision"].dropna())
        assert prec == {"day", "month", "quarter"}, name
