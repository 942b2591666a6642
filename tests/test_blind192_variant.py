"""The examiner set ``blind192`` (files ``*_gl.*``): what its files and truth promise.

Nothing here cleans or scores: the checks read the written bytes and the truth only.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

try:  # tests/ as a package, or as the folder pytest puts on sys.path
    from tests._blind_checks import (
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )
except ImportError:  # pragma: no cover - depends on how pytest imports the folder
    from _blind_checks import (  # type: ignore[no-redef]
        check_expected_values,
        check_files_and_truth,
        check_placeholder_counts,
        check_read_loses_no_row,
        check_same_seed_same_bytes,
        tags_of,
        write,
    )

from trendlib.samples._blind192 import SOURCES

VARIANT = "blind192"
SEED = 192
N_EVENTS = 1500
SMALL_SEED = 1921
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
CS, PSM, CBSP, LCL, XH = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    ev = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return ev.set_index("event_id")


def _raw(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The cells as written (text, or what openpyxl gives), with their ``source_row``."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame["source_row"] = range(1, len(frame) + 1)
        return frame
    if path.suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        width = len(rows[0])
        body = [list(r) + [None] * (width - len(r)) for r in rows[1:]]
        frame = pd.DataFrame(body, columns=list(rows[0]), dtype=object)
    else:
        spec = next(s for s in SOURCES if s.source == source)
        frame = pd.read_csv(
            path,
            sep=spec.delimiter,
            encoding=spec.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
    frame["source_row"] = range(2, len(frame) + 2)
    return frame


def _rows(truth: pd.DataFrame, paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The source's truth rows joined to its raw cells (by ``source_row``)."""
    name = paths[source].name
    part = truth.loc[truth["source_file"] == name].copy()
    part["tags"] = tags_of(truth).loc[part.index]
    part["source_row"] = part["source_row"].astype(int)
    return part.merge(_raw(paths, source), on="source_row", how="left")


def _header(source: str, column: str) -> str:
    return next(s for s in SOURCES if s.source == source).headers[column]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gl", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_gl", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, (), tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (SMALL_SEED, SMALL_EVENTS), (7, 300)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    from trendlib.samples import make_truth
    from trendlib.samples._blind192 import make_blind192

    subs = make_blind192(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 3, sub.filename


def test_truth_tags_cover_the_planted_habits(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "thousands:n_persons",
        "blank_gender",
        "blank_nationality",
        "na_word",
        "coords_missing",
        "demonym:nationality",
        "iso2:nationality",
        "iso3:nationality",
        "alias:detection_country",
        "typo:nationality",
        "mojibake:nationality",
        "direct_word",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# The bytes of each agency
# --------------------------------------------------------------------------------------
def test_crimestoppers_bytes(paths: dict[str, Path]) -> None:
    raw = paths[CS].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Outcome Ref,Date of Police Action,Police Force,Country,")
    frame = _raw(paths, CS)
    dates = frame[_header(CS, "event_date")]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.5  # UK day-first
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()  # quarterly outcome returns
    days = dates[dates.str.fullmatch(r"\d\d/\d\d/20\d\d")]
    assert (days.str[:2].astype(int) > 12).any()  # the day comes first
    assert {"England", "Scotland", "UK"} <= set(frame[_header(CS, "detection_country")])
    assert frame[_header(CS, "nationality")].eq("Vietnamese").any()
    assert frame[_header(CS, "crime_type")].isin(["MSHT", "OIC"]).any()
    assert frame[_header(CS, "coordinates")].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert frame[_header(CS, "n_suspects")].isin(["None", "Nil"]).any()


def test_psm_bytes(paths: dict[str, Path]) -> None:
    raw = paths[PSM].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a French Excel file, not UTF-8
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° fiche;Date;Lieu;Pays;Nb personnes;Genre;Âge;")
    frame = _raw(paths, PSM)
    assert frame[_header(PSM, "lat")].str.fullmatch(r"5\d,\d{5}").any()  # decimal comma
    nat = frame[_header(PSM, "nationality")]
    assert nat.isin(["Érythréens", "Afghans", "Irakiens"]).any()
    assert nat.str.contains("Ã").any()  # pasted from a UTF-8 message
    assert frame[_header(PSM, "destination_country")].eq("Angleterre").any()
    dates = frame[_header(PSM, "event_date")]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years too
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()  # "mai 2023"


def test_cbsp_cells(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[CBSP], read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Case ref.", "Date of detention", "Place", "Country of detection")
    frame = _raw(paths, CBSP)
    dates = frame[_header(CBSP, "event_date")]
    assert dates.map(lambda v: isinstance(v, datetime)).any()  # real Excel dates
    assert dates.map(
        lambda v: isinstance(v, str) and bool(re.fullmatch(r"\d\d\.\d\d\.20\d\d", v))
    ).any()
    counts = frame[_header(CBSP, "n_persons")]
    assert counts.map(lambda v: isinstance(v, int)).mean() > 0.9  # numbers, not text
    gps = frame[_header(CBSP, "coordinates")].dropna()
    assert gps.str.fullmatch(r"N\d+\.\d{5} [EW]\d+\.\d{5}").all()
    assert frame[_header(CBSP, "crime_type")].astype(str).str.contains("Art. 264").any()
    assert frame[_header(CBSP, "nationality")].isin(["IQ", "SY", "AF", "YE", "VN"]).any()
    assert frame[_header(CBSP, "place")].eq("Kuźnica").any()


def test_lcl_bytes(paths: dict[str, Path]) -> None:
    raw = paths[LCL].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:4] == ["ID", "Date", "Location", "Country"]
    frame = _raw(paths, LCL)
    dates = frame[_header(LCL, "event_date")]
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d").mean() > 0.5
    assert frame[_header(LCL, "crime_type")].str.contains("L.4251/2014").any()
    assert frame[_header(LCL, "transit_countries")].str.contains(" > ").any()


def test_xinhua_lines(paths: dict[str, Path]) -> None:
    lines = paths[XH].read_text(encoding="utf-8").splitlines()
    keys = list(next(s for s in SOURCES if s.source == XH).headers.values())
    for line in lines:
        assert list(json.loads(line)) == keys
    frame = _raw(paths, XH)
    dates = frame["fecha"].dropna().astype(str)
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d").any()
    assert frame["personas"].map(lambda v: isinstance(v, str) and "." in v).any()  # "1.250"
    assert frame["detenidos"].eq("ninguno").any()
    assert frame["pais_deteccion"].isin(["EE. UU.", "EEUU"]).any()
    assert frame["medio_transporte"].isin(["patera", "cayuco"]).any()


# --------------------------------------------------------------------------------------
# The truth says what the cells say
# --------------------------------------------------------------------------------------
def test_kept_fields_are_the_events(
    paths: dict[str, Path], truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    """A field the agency keeps is the event's, but where the row writes 'not known'."""
    for source in NAMES:
        headers = next(s for s in SOURCES if s.source == source).headers
        rows = _rows(truth, paths, source)
        rows = rows.loc[rows["expected_status"] != "quarantine"]
        ev = events.loc[rows["event_id"]].reset_index()
        rows = rows.reset_index(drop=True)
        for col in (
            "crime_type",
            "origin_country",
            "destination_country",
            "transit_countries",
            "linked_offences",
        ):
            if col not in headers:
                empty = "unknown" if col == "crime_type" else None
                assert (rows[col].isna() | rows[col].eq(empty)).all(), (source, col)
                continue
            lost = rows["tags"].str.contains(f"unknown:{col}", regex=False)
            assert rows.loc[~lost, col].equals(ev.loc[~lost, col]), (source, col)
            assert rows.loc[lost, col].isna().all(), (source, col)


def test_psm_keeps_no_offence(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(truth, paths, PSM)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert kept["crime_type"].eq("unknown").all()  # an association does not qualify
    assert kept["exploitation"].isna().all()
    assert set(kept["detection_country"].dropna()) <= {"FRA", "GBR"}


def test_words_read_as_the_truth_says(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    words = {
        CS: (_header(CS, "n_suspects"), {"None", "Nil"}, {"Not known"}),
        PSM: (_header(PSM, "n_suspects"), {"aucun"}, {"NC", "?"}),
        CBSP: (_header(CBSP, "n_suspects"), {"none"}, {"n/a", "b.d."}),
        LCL: (_header(LCL, "n_suspects"), {"none"}, {"unknown"}),
        XH: ("detenidos", {"ninguno"}, {"sin datos"}),
    }
    for source, (column, zeros, unknown) in words.items():
        rows = _rows(truth, paths, source)
        rows = rows.loc[rows["expected_status"] != "quarantine"]
        zero = rows.loc[rows["tags"].str.contains("zero_word")]
        assert zero[column].isin(zeros).all(), source
        assert (zero["n_suspects"] == "0").all(), source
        ph = rows.loc[rows["tags"].str.contains("suspects_placeholder")]
        assert ph[column].isin(unknown).all(), source
        assert ph["n_suspects"].isna().all(), source


def test_mojibake_rows_expect_the_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(truth, paths, PSM)
    garbled = rows.loc[rows["tags"].str.contains("mojibake:nationality")]
    assert len(garbled) > 0
    assert garbled[_header(PSM, "nationality")].str.contains("Ã").all()
    kept = garbled.loc[garbled["expected_status"] != "quarantine"]
    assert kept["nationality"].str.fullmatch(r"[A-Z]{3}").all()


def test_partial_dates_are_written_as_periods(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    patterns = {
        CS: r"(Q[1-4]|[A-Z][a-z]+) 20\d\d",
        PSM: r"[a-zéû]+ 20\d\d",
        CBSP: r"\d\d\.20\d\d",
        LCL: r"[A-Z][a-z]+ 20\d\d",
        XH: r"T[1-4] 20\d\d|20\d\d-\d\d",
    }
    for source, pattern in patterns.items():
        rows = _rows(truth, paths, source)
        part = rows.loc[rows["tags"].str.contains("partial_date")]
        part = part.loc[part["expected_status"] != "quarantine"]
        assert len(part) > 0, source
        cells = part[_header(source, "event_date")].astype(str)
        assert cells.str.fullmatch(pattern).all(), source
        assert part["date_precision"].isin(["month", "quarter"]).all(), source


def test_bad_rows_are_bad_in_the_agency_style(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for source in NAMES:
        rows = _rows(truth, paths, source)
        column = _header(source, "event_date")
        bad = rows.loc[rows["expected_reason"] == "bad_date", column].astype(str)
        assert bad.str.contains(r"(?:^|\D)(?:30|31)\D02\D|-02-3[01]").all(), source
        future = rows.loc[rows["expected_reason"] == "future_date", column].astype(str)
        assert future.str.contains("220[0-9]").all(), source
