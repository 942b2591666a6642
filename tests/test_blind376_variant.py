"""Examiner sample set ``blind376`` (files ``*_nn.*``): five insurance counter-fraud desks.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pycountry
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

from trendlib.samples._blind376 import AGENCIES, make_blind376
from trendlib.samples._truth import make_truth

VARIANT = "blind376"
SEED = 376
N_EVENTS = 1500
SMALL_SEED = 3761
SMALL_EVENTS = 400
SOURCES = ("ifed_col", "covea_lcf", "icea_antifraude", "ssrp_panama", "iaifa_digest")
#: Fields every kept row gives exactly as the event (the others may be "not known").
EXACT_FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: DMS to a tenth of a second, decimals to 5 places

_MONTHS_EN = ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec").split()
_MONTHS_ES = ("ene feb mar abr may jun jul ago sep oct nov dic").split()


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


def _raw(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's rows as written (cells as text or the workbook's own types)."""
    path = paths[source]
    if source == "ifed_col":
        return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    if source == "covea_lcf":
        return pd.read_csv(path, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    if source == "ssrp_panama":
        return pd.read_csv(path, sep="\t", encoding="utf-16", dtype=str, keep_default_na=False)
    if source == "icea_antifraude":
        return pd.read_excel(path, dtype=object)
    return pd.DataFrame([json.loads(line) for line in path.read_text("utf-8").splitlines()])


def _rows(truth: pd.DataFrame, source: str, raw: pd.DataFrame) -> pd.DataFrame:
    """Truth rows of a file joined, row for row, with the raw cells."""
    rows = truth.loc[truth["source"] == source].copy()
    first = 1 if source == "iaifa_digest" else 2
    pos = rows["source_row"].astype(int) - first
    assert len(raw) == len(rows)
    cells = raw.iloc[pos.to_numpy()].reset_index(drop=True)
    cells.columns = [f"raw:{c}" for c in cells.columns]
    return pd.concat([rows.reset_index(drop=True), cells], axis=1)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_nn", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_nn", n_events=SMALL_EVENTS)
    truth = _truth(small_paths)
    kept = truth.loc[truth["expected_status"] == "record"]
    assert set(kept["source"]) == set(SOURCES)  # every desk has rows at this size


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_gets_rows_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind376(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


# --------------------------------------------------------------------------------------
# Routing: who reports what
# --------------------------------------------------------------------------------------
def test_primary_sources_and_compilation(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"GBR": "ifed_col", "FRA": "covea_lcf", "ESP": "icea_antifraude", "PAN": "ssrp_panama"}
    expected = [want.get(c, "iaifa_digest") for c in country]
    assert list(first["source"]) == expected
    digest = set(country[first["source"].to_numpy() == "iaifa_digest"])
    assert digest == {"ITA", "GRC", "HRV", "POL", "USA"}


def test_cross_source_reports_come_from_other_desks(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    firsts = cross["duplicate_of"].str.split(":").str[0]
    assert (firsts != cross["source_file"]).all()
    # both sides of the Channel report the crossings
    assert {"ifed_col", "covea_lcf"} <= set(cross["source"])


# --------------------------------------------------------------------------------------
# The bytes of each file
# --------------------------------------------------------------------------------------
def test_encodings_and_delimiters(paths: dict[str, Path]) -> None:
    ifed = paths["ifed_col"].read_bytes()
    assert ifed.startswith(b"\xef\xbb\xbfCrime Reference,Date of Offence,")
    covea = paths["covea_lcf"].read_bytes()
    assert covea.startswith("N° dossier;Date des faits;".encode("cp1252"))
    assert b"\r\n" in covea
    with pytest.raises(UnicodeDecodeError):
        covea.decode("utf-8")  # a cp1252 file, not UTF-8
    ssrp = paths["ssrp_panama"].read_bytes()
    assert ssrp[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark
    assert ssrp.decode("utf-16").startswith("No. de caso\tFecha del hecho\t")
    assert paths["icea_antifraude"].read_bytes()[:2] == b"PK"  # a real workbook
    lines = paths["iaifa_digest"].read_text("utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_header_words(paths: dict[str, Path]) -> None:
    want = {
        "ifed_col": ["Crime Reference", "No. of Victims / Migrants", "Method of Conveyance"],
        "covea_lcf": ["Qualification pénale", "Nb de mis en cause", "Coordonnées GPS"],
        "icea_antifraude": ["Nº expediente", "Nº de investigados", "Países de tránsito"],
        "ssrp_panama": ["Aprehendidos", "Grupo etario", "Coordenadas"],
        "iaifa_digest": ["case_id", "persons_involved", "country_detected"],
    }
    for source, headers in want.items():
        assert set(headers) <= set(_raw(paths, source).columns), source
    for agency in AGENCIES:
        assert list(_raw(paths, agency.source).columns) == list(agency.headers.values())


def _parse_day(source: str, cell: object) -> dt.date | None:
    """Read a day-precision date cell as the agency writes it (day first everywhere)."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, int):  # an Excel serial
        return (dt.datetime(1899, 12, 30) + dt.timedelta(days=cell)).date()
    text = str(cell)
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return dt.date(year, int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{2})-([A-Za-z]{3})-(\d{4})", text):
        months = _MONTHS_EN if source == "ifed_col" else _MONTHS_ES
        return dt.date(int(m[3]), months.index(m[2]) + 1, int(m[1]))
    if m := re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", text):
        return dt.date(int(m[3]), _MONTHS_EN.index(m[2][:3]) + 1, int(m[1]))
    if m := re.fullmatch(r"(\d{4})[-/](\d{2})[-/](\d{2})", text):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return None


def test_date_styles_read_day_first(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    styles = {
        "ifed_col": r"\d{2}/\d{2}/\d{4}|\d{2}-[A-Z][a-z]{2}-\d{4}|(\d{1,2} )?[A-Z][a-z]+ \d{4}",
        "covea_lcf": r"\d{2}/\d{2}/\d{2}(\d{2})?|[a-zéû]+ \d{4}|T[1-4] \d{4}",
        "ssrp_panama": r"\d{1,2}/\d{1,2}/\d{4}|\d{2}-[a-z]{3}-\d{4}|[a-z]+ de \d{4}",
        "iaifa_digest": r"\d{4}-\d{2}(-\d{2})?|\d{4}/\d{2}/\d{2}|\d{4}-Q[1-4]",
        "icea_antifraude": r"\d{2}/\d{2}/\d{4}|T[1-4] \d{4}",
    }
    for agency in AGENCIES:
        rows = _rows(truth, agency.source, _raw(paths, agency.source))
        kept = rows.loc[rows["expected_status"] != "quarantine"]
        cells = kept[f"raw:{agency.headers['event_date']}"]
        text = cells[cells.map(lambda c: isinstance(c, str))]
        assert text.str.fullmatch(styles[agency.source]).all(), agency.source
        day = kept["date_precision"] == "day"
        got = cells[day].map(lambda c, s=agency.source: _parse_day(s, c))
        want = pd.to_datetime(kept.loc[day, "event_date"]).dt.date
        assert (got == want).all(), agency.source
        assert kept["date_precision"].nunique() >= 2, agency.source
    # ICEA: real dates, some typed as text, some left as serial numbers
    icea = _raw(paths, "icea_antifraude")[AGENCIES[2].headers["event_date"]]
    kinds = {type(c).__name__ for c in icea.dropna()}
    assert {"datetime", "str", "int"} <= kinds


def test_partial_dates_expect_period_start(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    month = truth.loc[tags.str.contains("month_only") & truth["expected_status"].ne("quarantine")]
    quarter = truth.loc[
        tags.str.contains("quarter_only") & truth["expected_status"].ne("quarantine")
    ]
    assert len(month)
    assert len(quarter)
    assert (month["date_precision"] == "month").all()
    assert (quarter["date_precision"] == "quarter").all()
    assert pd.to_datetime(month["event_date"]).dt.day.eq(1).all()
    assert pd.to_datetime(quarter["event_date"]).dt.month.isin([1, 4, 7, 10]).all()
    # partial dates only on events reported once (both reports of a pair give the day)
    assert (
        not truth.loc[truth["event_id"].isin(month["event_id"]), "expected_reason"]
        .eq("cross_source")
        .any()
    )


def test_bad_dates_are_quarantined(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for agency in AGENCIES:
        rows = _rows(truth, agency.source, _raw(paths, agency.source))
        cells = rows[f"raw:{agency.headers['event_date']}"]
        future = rows["expected_reason"] == "future_date"
        for cell in cells[future]:
            day = cell if isinstance(cell, dt.datetime) else None
            year = day.year if day else int(re.findall(r"\d{4}", str(cell))[0])
            assert year >= 2031, (agency.source, cell)
        bad = rows["expected_reason"] == "bad_date"
        for cell in cells[bad]:
            assert _parse_day_or_none(agency.source, cell) is None, (agency.source, cell)


def _parse_day_or_none(source: str, cell: object) -> dt.date | None:
    try:
        return _parse_day(source, cell)
    except ValueError:  # 31 February, day 00: no such day
        return None


def _count(cell: object) -> int:
    if isinstance(cell, int):
        return cell
    return int(re.sub(r"[ ,\u00a0]", "", str(cell)))


def test_counts_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for agency in AGENCIES:
        rows = _rows(truth, agency.source, _raw(paths, agency.source))
        row_tags = tags.loc[truth["source"] == agency.source].reset_index(drop=True)
        kept = rows.loc[(rows["expected_status"] != "quarantine").to_numpy()]
        col = f"raw:{agency.headers['n_persons']}"
        known = kept["n_persons"].notna()
        assert (kept.loc[known, col].map(_count) == kept.loc[known, "n_persons"].astype(int)).all()
        placeholder = kept.loc[~known, col]
        assert placeholder.isin(agency.count_unknown).all(), agency.source
        zero = row_tags.loc[kept.index].str.contains("zero_word")
        sus = kept.loc[zero, f"raw:{agency.headers['n_suspects']}"]
        assert sus.isin(agency.zero_words).all(), agency.source
    ssrp = _rows(truth, "ssrp_panama", _raw(paths, "ssrp_panama"))
    big = ssrp["raw:Cantidad de personas"].str.fullmatch(r"\d{1,3}(,\d{3})+")
    assert big.sum() >= 1  # Panama writes 1,250 for a thousand and more
    assert (ssrp.loc[big, "n_persons"].astype(int) >= 1000).all()


def test_bad_counts_are_unreadable(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    seen = set()
    for agency in AGENCIES:
        rows = _rows(truth, agency.source, _raw(paths, agency.source))
        col = f"raw:{agency.headers['n_persons']}"
        for reason, cell in zip(rows["expected_reason"], rows[col], strict=True):
            if reason == "bad_count":
                assert cell in agency.bad_count
                seen.add(agency.source)
            if reason == "negative_count":
                assert _count(cell) < 0
    assert seen


def _dms(text: str) -> float:
    m = re.fullmatch(r"(\d+)°(\d{2})'(\d{2}\.\d)\"([NSEO])", text)
    assert m, text
    value = int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600
    return -value if m[4] in "SO" else value


def _coords(source: str, row: pd.Series) -> tuple[float, float]:
    if source == "covea_lcf":
        lat, lon = row["raw:Coordonnées GPS"].split(" / ")
        return float(lat.replace(",", ".")), float(lon.replace(",", "."))
    if source == "ssrp_panama":
        text = row["raw:Coordenadas"]
        if "°" in text:
            lat, lon = text.split(" ")
            return _dms(lat), _dms(lon)
        lat, lon = text.split(", ")
        return float(lat), float(lon)
    agency = next(a for a in AGENCIES if a.source == source)
    return float(row[f"raw:{agency.headers['lat']}"]), float(row[f"raw:{agency.headers['lon']}"])


def test_coordinates_as_written(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    for agency in AGENCIES:
        rows = _rows(truth, agency.source, _raw(paths, agency.source))
        kept = rows.loc[(rows["expected_status"] != "quarantine") & rows["lat"].notna()]
        for _, row in kept.iterrows():  # a few hundred rows
            lat, lon = _coords(agency.source, row)
            assert abs(lat - float(row["lat"])) < TOLERANCE, agency.source
            assert abs(lon - float(row["lon"])) < TOLERANCE, agency.source
    ssrp = _raw(paths, "ssrp_panama")["Coordenadas"]
    assert ssrp.str.contains('"O', regex=False).any()  # O for oeste, west
    covea = _raw(paths, "covea_lcf")["Coordonnées GPS"]
    assert covea.str.fullmatch(r"-?\d+,\d{5} / -?\d+,\d{5}|NC|").all()


def test_country_codes_of_the_digest(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _rows(truth, "iaifa_digest", _raw(paths, "iaifa_digest"))
    kept = rows.loc[rows["expected_status"] != "quarantine"]

    def code(cell: str) -> str | None:
        hit = None
        if re.fullmatch(r"\d{3}", cell):
            hit = pycountry.countries.get(numeric=cell)
        elif re.fullmatch(r"[A-Z]{2,3}", cell):
            hit = pycountry.countries.lookup(cell)
        return None if hit is None else str(hit.alpha_3)

    checked = 0
    for col, key in (("nationality", "nationality"), ("detection_country", "country_detected")):
        for cell, want in zip(kept[f"raw:{key}"], kept[col], strict=True):
            if isinstance(cell, str) and (got := code(cell)) is not None:
                assert got == want
                checked += 1
    assert checked > 300
    numeric = kept["raw:country_detected"].astype(str).str.fullmatch(r"\d{3}")
    assert numeric.any()
    route = kept["raw:transit_route"].dropna()
    assert (route.str.replace(";", "|") == kept.loc[route.index, "transit_countries"]).all()


def test_each_desk_writes_its_own_words(paths: dict[str, Path]) -> None:
    ifed = _raw(paths, "ifed_col")
    assert ifed["Offence Category"].str.contains("s.25 IA 1971", regex=False).any()
    assert ifed["Method of Conveyance"].isin(["HGV", "Small boat"]).any()
    covea = _raw(paths, "covea_lcf")
    assert covea["Mode de transport"].isin(["VL", "Routier - PL"]).any()
    assert covea["Nationalité"].str.contains("Ã", regex=False).any()  # mojibake
    assert (covea["Nationalité"].str.upper() == covea["Nationalité"]).sum() > 5
    icea = _raw(paths, "icea_antifraude")
    assert icea["Tipología delictiva"].astype(str).str.contains("318 bis").any()
    ssrp = _raw(paths, "ssrp_panama")
    assert ssrp["Nacionalidad"].str.lower().isin(["venezolanos", "venezolana"]).any()
    assert ssrp["Grupo etario"].str.strip().isin(["NNA", "Adultos y NNA"]).any()
    digest = _raw(paths, "iaifa_digest")
    assert digest["offense_category"].isin(["Alien smuggling"]).any()


def test_own_tags_expect_what_an_analyst_reads(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    for col in ("origin_country", "destination_country"):
        hit = kept & tags.str.contains(f"unknown:{col}")
        assert truth.loc[hit, col].isna().all()
    unk = kept & tags.str.contains("unknown:exploitation")
    assert unk.any()
    assert (truth.loc[unk, "exploitation"] == "unknown").all()
    smuggling = kept & (truth["crime_type"] == "smuggling")
    assert truth.loc[smuggling, "exploitation"].isna().all()
    direct = kept & tags.str.contains("direct_word")
    assert direct.any()
    assert truth.loc[direct, "transit_countries"].isna().all()
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("demonym:nationality").any()
    assert tags.str.contains("dms_coords").any()
    assert tags.str.contains("excel_serial").any()
