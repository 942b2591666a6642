"""The examiner's held-out sample set ``blind11`` (files ``*_m.*``).

``blind11`` is held out: it was written without knowledge of the cleaner's tables, and
the lead scores the cleaner on it once, outside these tests. Nothing here cleans the
files or looks at the cleaner's output; the tests check only that the files are written
as promised (names, formats, encodings, delimiters, the mess they plant) and that the
truth describes every row, with ``read_records`` used only to count the rows read.
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
from trendlib.samples import make_messy, make_truth
from trendlib.samples._blind11 import BLIND11_SOURCES

VARIANT = "blind11"
SEED = 11
N_EVENTS = 1500
SEED_SMALL = 29
N_SMALL = 400
SOURCES = [s.source for s in BLIND11_SOURCES]
#: Fields every row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: the positions written in minutes or seconds, read back


def _truth_rows(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth_rows(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED_SMALL, n_events=N_SMALL)


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in BLIND11_SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def _column(paths: dict[str, Path], source: str, canonical: str) -> pd.Series:
    src = next(s for s in BLIND11_SOURCES if s.source == source)
    frame = pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
    )
    return frame[src.headers[canonical]]


# --------------------------------------------------------------------------------------
# Shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_m", n_events=N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_second_seed(small: dict[str, Path]) -> None:
    truth = _truth_rows(small)
    check_files_and_truth(small, SOURCES, suffix="_m", n_events=N_SMALL)
    check_read_loses_no_row(small, SOURCES, truth)
    check_expected_values(small, truth, FIELDS, tolerance=TOLERANCE)


def test_dispatch_through_make_messy() -> None:
    subs = make_messy(make_truth(seed=3, n_events=150), seed=3, variant=VARIANT)
    assert [s.filename for s in subs] == [s.filename for s in BLIND11_SOURCES]
    assert {s.language for s in subs} == {"en", "fr", "es"}


# --------------------------------------------------------------------------------------
# What the files plant
# --------------------------------------------------------------------------------------
def test_encodings(paths: dict[str, Path]) -> None:
    premar = paths["premar_manche_m"].read_bytes()
    assert premar.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    for source in ("citco_interior_m", "migracion_colombia_m"):
        raw = paths[source].read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")  # single-byte encodings with accented letters
    assert "Nº atestado" in _text(paths, "citco_interior_m").splitlines()[0]
    assert "País donde se detectó" in _text(paths, "migracion_colombia_m").splitlines()[0]
    osm = paths["unodc_osm_m"].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in osm)


def test_delimiters(paths: dict[str, Path]) -> None:
    for source, sep in (
        ("premar_manche_m", ";"),
        ("citco_interior_m", ";"),
        ("migracion_colombia_m", "|"),
    ):
        header = _text(paths, source).splitlines()[0].lstrip("\ufeff")
        src = next(s for s in BLIND11_SOURCES if s.source == source)
        assert header.split(sep) == list(src.headers.values()), source


def _day_month(values: pd.Series, pattern: str) -> tuple[pd.Series, pd.Series]:
    parts = values.str.extract(pattern).dropna().astype(int)
    return parts["a"], parts["b"]


@pytest.mark.parametrize(
    ("source", "pattern", "day_first"),
    [
        ("premar_manche_m", r"^(?P<a>\d{2})/(?P<b>\d{2})/\d{4}", True),
        ("citco_interior_m", r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/\d{2,4}$", True),
        ("migracion_colombia_m", r"^\d{4}[/-](?P<b>\d{2})[/-](?P<a>\d{2})$", False),
    ],
)
def test_day_month_order_decidable(
    paths: dict[str, Path], source: str, pattern: str, day_first: bool
) -> None:
    dates = _column(paths, source, "event_date")
    day, month = _day_month(dates, pattern)
    assert (day > 12).any()  # some dates show which field is the day
    assert (month <= 12).all()  # ... and none contradicts it
    if not day_first:  # year first: the middle field is always the month
        assert len(day) > 0.7 * (dates != "").sum()


def test_xlsx_dates_and_text_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["gdf_aeronavale_m"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, max_col=2, values_only=True))
    book.close()
    cells = [r[1] for r in rows]
    assert sum(hasattr(c, "year") for c in cells) > 0.6 * len(cells)  # real Excel dates
    text = pd.Series([c for c in cells if isinstance(c, str)])
    assert text.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert text.str.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}").any()
    day, month = _day_month(text, r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.]\d{4}$")
    assert (day > 12).any()
    assert (month <= 12).all()


def test_partial_dates_in_every_file(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for name in truth["source_file"].unique():
        in_file = tags[truth["source_file"] == name]
        assert in_file.str.contains("partial_month|partial_quarter").any(), name
        if len(in_file) > 200:  # the larger files write both kinds
            assert in_file.str.contains("partial_month").any(), name
            assert in_file.str.contains("partial_quarter").any(), name
    prec = truth.loc[tags.str.contains("partial_quarter"), "date_precision"]
    assert set(prec.dropna()) == {"quarter"}


def test_coordinate_styles(paths: dict[str, Path]) -> None:
    ddm = _column(paths, "premar_manche_m", "coordinates")
    assert ddm.str.fullmatch(r"\d{2}°\d{2},\d{2}'[NS] \d{3}°\d{2},\d{2}'[EW]").any()
    dms = _column(paths, "migracion_colombia_m", "coordinates")
    assert dms.str.fullmatch(r"\d{1,2}°\d{2}'\d{2}\.\d\"[NS] \d{1,3}°\d{2}'\d{2}\.\d\"[EW]").any()
    lat = _column(paths, "citco_interior_m", "lat")
    assert lat.str.fullmatch(r"\d{2},\d{5}").mean() > 0.9
    # the positions written in minutes or seconds are expected as read back
    pos = ddm.loc[ddm.str.contains("°")].iloc[0]
    m = re.match(r"(\d+)°(\d+,\d+)'N", pos)
    assert m is not None
    assert 0 < int(m.group(1)) + float(m.group(2).replace(",", ".")) / 60 < 90


def test_numbers_and_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "thousands_sep",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "demonym",
        "typo",
        "mojibake",
        "iso_code",
        "upper_no_accents",
        "clerk_language",
        "time_in_date",
        "approx_count",
        "coords_missing",
        "coords_placeholder",
    ):
        assert tags.str.contains(tag).any(), tag
    persons = _column(paths, "citco_interior_m", "n_persons")
    assert persons.str.fullmatch(r"\d{1,3}\.\d{3}").any()
    osm = pd.read_json(paths["unodc_osm_m"], lines=True, dtype=False)
    routes = osm["transit_route"].dropna()
    assert routes.map(lambda v: isinstance(v, list)).any()  # JSON arrays of ISO codes
    assert osm["persons_involved"].astype(str).str.startswith("approx.").any()


def test_placeholders_keep_the_event(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth.loc[tags.str.contains("count_placeholder") & ~tags.str.contains("bad_row")]
    assert kept["event_date"].notna().all()
    assert kept["crime_type"].notna().all()
    na = truth.loc[tags.str.contains("na_word") & truth["expected_status"].ne("quarantine")]
    assert (na[["age_group", "transport_mode"]] == "unknown").any(axis=1).all()
