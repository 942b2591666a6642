"""Examiner sample set ``blind383`` (files ``*_nu.*``): football's safeguarding desks.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples._blind383 import AGENCIES, Agency

VARIANT = "blind383"
SEED = 383
N_EVENTS = 1500
SMALL_SEED = 3831
SMALL_EVENTS = 400
SUFFIX = "_nu"
SOURCES = [a.source for a in AGENCIES]
BY_SOURCE = {a.source: a for a in AGENCIES}
#: Fields every kept row expects exactly as the event has them (no source leaves them out).
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _cells(path: Path, agency: Agency) -> pd.DataFrame:
    """The file's cells as written (text; XLSX keeps its cell types), with ``source_row``."""
    if agency.format == "csv":
        frame = pd.read_csv(
            path,
            sep=agency.delimiter,
            encoding=agency.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        frame["source_row"] = range(2, 2 + len(frame))
    elif agency.format == "xlsx":
        sheet = load_workbook(path).active
        width = sheet.max_column
        rows = [tuple(r) + (None,) * (width - len(r)) for r in sheet.iter_rows(values_only=True)]
        frame = pd.DataFrame(rows[1:], columns=list(rows[0]), dtype=object)
        frame["source_row"] = range(2, 2 + len(frame))
    else:
        lines = path.read_text(encoding=agency.encoding).splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        frame["source_row"] = range(1, 1 + len(frame))
    return frame.set_index("source_row")


def _rows(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's truth rows joined to its cells (columns under the canonical names)."""
    agency = BY_SOURCE[source]
    cells = _cells(paths[source], agency)
    cells = cells.rename(columns={v: f"cell_{k}" for k, v in agency.headers.items()})
    mine = truth.loc[truth["source"] == source].copy()
    mine["tags"] = tags_of(truth).loc[mine.index]
    mine["source_row"] = mine["source_row"].astype(int)
    return mine.join(cells, on="source_row")


def _kept(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)
    truth = pd.read_csv(small_paths["truth_rows"], dtype=str)
    records = truth.loc[truth["expected_status"] == "record"]
    assert set(records["source"]) == set(SOURCES)  # every agency reports events


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_fields_differ_only_where_a_cell_says_not_known(
    truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        said = tags.str.contains(f"unknown:{col}")
        assert said.any(), col
        assert ok.loc[said, col].isna().all(), col
        assert ok.loc[~said, col].equals(ev.loc[~said, col]), col
    said = tags.str.contains("unknown:exploitation")
    assert (ok.loc[said, "exploitation"] == "unknown").all()
    assert ok.loc[~said, "exploitation"].equals(ev.loc[~said, "exploitation"])
    # pure smuggling has no form of exploitation, whatever the cell says
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_agency_is_new_and_first_reports(truth: pd.DataFrame) -> None:
    assert len(SOURCES) == len(set(SOURCES)) == 5
    firsts = truth.loc[truth["expected_status"] == "record", "source"].value_counts()
    assert set(firsts.index) == set(SOURCES)
    cross = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert cross.nunique() >= 3  # second reports come from several agencies


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_encodings_delimiters_and_line_ends(paths: dict[str, Path]) -> None:
    unfp = paths["unfp_service_juridique"].read_bytes()
    assert not unfp.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        unfp.decode("utf-8")  # cp1252: "é" is one byte
    text = unfp.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].count(";") == 16

    afe = paths["afe_futbolistas"].read_bytes()
    assert not afe.startswith(b"\xef\xbb\xbf")  # Google Sheets writes no BOM
    first = afe.decode("utf-8").splitlines()[0]
    assert first.startswith("Nº expediente,Fecha detección,")
    assert re.search(r'"-?\d+\.\d+, -?\d+\.\d+"', afe.decode("utf-8"))  # quoted pairs

    fifpro = paths["fifpro_intl"].read_bytes()
    assert fifpro.startswith(b"\xff\xfe")  # UTF-16 little endian with its BOM
    header = fifpro.decode("utf-16").splitlines()[0]
    assert header.count("\t") == 16

    lines = paths["ligamx_fuerzas_basicas"].read_text(encoding="utf-8").splitlines()
    keys = set(json.loads(lines[0]))
    assert {"folio", "fecha_hechos", "probables_responsables", "pais_deteccion"} <= keys
    assert all(set(json.loads(line)) == keys for line in lines)
    assert "Tráfico de personas" in "".join(lines)  # UTF-8 text, not \\u escapes

    book = load_workbook(paths["premier_league_safeguarding"])
    head = next(book.active.iter_rows(values_only=True))
    assert head[:3] == ("Case ref", "Date concern identified", "Concern type")


def test_headers_are_the_agencies_words(paths: dict[str, Path]) -> None:
    for agency in AGENCIES:
        cells = _cells(paths[agency.source], agency)
        assert list(cells.columns) == list(agency.headers.values()), agency.source
    assert "Nb mis en cause" in BY_SOURCE["unfp_service_juridique"].headers.values()
    assert "probables_responsables" in BY_SOURCE["ligamx_fuerzas_basicas"].headers.values()


def _share(values: pd.Series, pattern: str) -> float:
    text = values.astype(str)
    return float(text.str.fullmatch(pattern).mean())


def test_date_styles(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    unfp = _kept(_rows(paths, truth, "unfp_service_juridique"))["cell_event_date"]
    assert _share(unfp, r"\d\d/\d\d/\d{4}") > 0.8
    months = "|".join(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"])
    assert (unfp.str.fullmatch(r"T[1-4] \d{4}") | unfp.str.contains(months)).any()

    afe = _kept(_rows(paths, truth, "afe_futbolistas"))["cell_event_date"]
    assert _share(afe, r"\d{1,2}/\d{1,2}/\d{4}") > 0.85
    assert afe.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}").any()
    assert afe.str.fullmatch(r"([1-9])/\d{1,2}/\d{4}|\d{1,2}/[1-9]/\d{4}").any()  # no padding
    assert afe.str.fullmatch(r"\d\d/\d{4}").any()  # a month only

    lmx = _kept(_rows(paths, truth, "ligamx_fuerzas_basicas"))["cell_event_date"]
    assert _share(lmx, r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d)?") > 0.9
    assert lmx.str.contains("T").any()
    assert lmx.str.fullmatch(r"\d{4}-\d\d").any()

    fp = _kept(_rows(paths, truth, "fifpro_intl"))["cell_event_date"]
    assert _share(fp, r"\d{1,2} [A-Z][a-z]+ \d{4}") > 0.5
    assert fp.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert fp.str.fullmatch(r"4\d{4}").any()  # Excel serials pasted as text

    pl = _kept(_rows(paths, truth, "premier_league_safeguarding"))["cell_event_date"]
    is_cell = pl.map(lambda v: hasattr(v, "year"))
    assert is_cell.mean() > 0.6
    typed = pl.loc[~is_cell].astype(str)
    assert typed.str.fullmatch(r"\d\d/\d\d/\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}").all()


def test_partial_dates_expect_their_first_day(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    month = truth.loc[kept & tags.str.contains("partial_date:month")]
    quarter = truth.loc[kept & tags.str.contains("partial_date:quarter")]
    assert len(month)
    assert len(quarter)
    assert (month["date_precision"] == "month").all()
    assert (quarter["date_precision"] == "quarter").all()
    assert pd.to_datetime(month["event_date"]).dt.is_month_start.all()
    assert pd.to_datetime(quarter["event_date"]).dt.is_quarter_start.all()
    # the two reports of a duplicated event both give the day
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (cross["date_precision"] == "day").all()


def test_country_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    pl = _kept(_rows(paths, truth, "premier_league_safeguarding"))
    assert pl["cell_nationality"].isin(["Afghan", "Albanian", "Vietnamese", "Iraqi"]).any()
    assert pl["cell_detection_country"].isin(["UK", "England", "Great Britain"]).any()
    assert pl["cell_transit_countries"].astype(str).str.contains(" > ").any()

    unfp = _kept(_rows(paths, truth, "unfp_service_juridique"))
    text = unfp.drop(columns=["tags"]).astype(str)
    assert text.apply(lambda c: c.str.contains("Ã")).any().any()  # rows pasted from UTF-8
    assert (
        unfp["cell_destination_country"].str.strip().isin(["Angleterre", "Grande-Bretagne"]).any()
    )

    afe = _kept(_rows(paths, truth, "afe_futbolistas"))
    assert afe["cell_gender"].isin(["H", "M"]).any()  # hombre / mujer
    female_m = afe.loc[afe["cell_gender"] == "M", "gender"]
    assert (female_m == "female").all()
    assert afe["cell_transit_countries"].str.contains(" - ").any()

    lmx = _kept(_rows(paths, truth, "ligamx_fuerzas_basicas"))
    us_words = {"EUA", "EE.UU.", "EE. UU.", "Estados Unidos de América"}
    assert lmx["cell_detection_country"].isin(us_words).any()
    assert lmx["cell_age_group"].eq("NNA").any()

    fp = _kept(_rows(paths, truth, "fifpro_intl"))
    nat = fp["cell_nationality"].astype(str).str.strip()
    assert nat.str.fullmatch(r"[A-Z]{3}").mean() > 0.7
    assert nat.str.fullmatch(r"\d{3}").any()  # ISO numeric codes
    assert fp["cell_transit_countries"].str.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+").any()


def test_counts_words_and_placeholders(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for agency in AGENCIES:
        rows = _kept(_rows(paths, truth, agency.source))
        placeholder = rows.loc[rows["tags"].str.contains("count_placeholder")]
        assert (placeholder["cell_n_persons"] == agency.count_unknown).all(), agency.source
        zero = rows.loc[rows["tags"].str.contains("zero_word")]
        assert (zero["cell_n_suspects"] == agency.zero_word).all(), agency.source
        thousands = rows.loc[rows["tags"].str.contains("thousands:n_persons")]
        if len(thousands) and agency.thousands:
            pattern = rf"\d{{1,2}}{re.escape(agency.thousands)}\d{{3}}"
            assert thousands["cell_n_persons"].str.fullmatch(pattern).all(), agency.source
    unfp = _kept(_rows(paths, truth, "unfp_service_juridique"))
    assert unfp["cell_n_suspects"].eq("aucun").any()
    lmx = _kept(_rows(paths, truth, "ligamx_fuerzas_basicas"))
    numbers = lmx.loc[~lmx["tags"].str.contains("count_placeholder"), "cell_n_persons"]
    assert numbers.map(lambda v: isinstance(v, int)).all()  # JSON numbers


def test_coordinates_styles(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    unfp = _kept(_rows(paths, truth, "unfp_service_juridique"))
    lat = unfp.loc[unfp["tags"].str.contains("decimal_comma"), "cell_lat"]
    assert len(lat)
    assert lat.str.fullmatch(r"-?\d+,\d+").all()
    afe = _kept(_rows(paths, truth, "afe_futbolistas"))
    pairs = afe["cell_coordinates"].loc[afe["lat"].notna()]
    assert pairs.str.fullmatch(r"-?\d+\.\d+, -?\d+\.\d+").all()
    got = pairs.str.split(", ", expand=True).astype(float)
    assert (got[0] - afe.loc[pairs.index, "lat"].astype(float)).abs().max() < TOLERANCE
    fp = _kept(_rows(paths, truth, "fifpro_intl"))
    said = fp.loc[fp["tags"].str.contains("coords_placeholder")]
    assert len(said)
    assert (said["cell_lat"] == "n/k").all()
    assert said["lat"].isna().all()


def test_not_applicable_and_not_known_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for agency in AGENCIES:
        rows = _kept(_rows(paths, truth, agency.source))
        smuggling = rows.loc[rows["crime_type"] == "smuggling", "cell_exploitation"]
        want = agency.not_applicable if agency.not_applicable is not None else ""
        got = smuggling.fillna("").astype(str).str.strip()
        assert (got.str.lower() == want.lower()).all(), agency.source
        for col in ("age_group", "transport_mode"):
            said = rows.loc[rows["tags"].str.contains(f"na_word:{col}")]
            said = said.loc[~said["tags"].str.contains(f"mojibake:{col}")]
            word = said[f"cell_{col}"].str.strip().str.lower()
            assert (word == agency.not_known[col].lower()).all(), (agency.source, col)
            assert (said[col] == "unknown").all()
        direct = rows.loc[rows["tags"].str.contains("direct_word")]
        assert direct["transit_countries"].isna().all()
        written = direct["cell_transit_countries"].str.strip().str.lower()
        assert (written == (agency.direct or "").lower()).all(), agency.source
        if agency.source in ("afe_futbolistas", "fifpro_intl"):  # their routes include direct ones
            assert len(direct), agency.source
