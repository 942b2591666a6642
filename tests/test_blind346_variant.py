"""The examiner's held-out set ``blind346``: five interpreting bodies (files ``*_mj.*``).

These tests check what the set promises (files, truth, bytes, each agency's habits); none
of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
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
from trendlib.samples._blind346 import AGENCIES

VARIANT = "blind346"
SEED = 346
N_EVENTS = 1500
SMALL_SEED = 3461
SMALL_EVENTS = 400

SOURCES = [a.source for a in AGENCIES]
DA, DOUAI, APTIJ, APTI, FIT = SOURCES
BY_SOURCE = {a.source: a for a in AGENCIES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    agency = BY_SOURCE[source]
    return pd.read_csv(
        paths[source],
        sep=agency.delimiter,
        encoding=agency.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


def _rows_of(truth: pd.DataFrame, source: str, status: str = "record") -> pd.DataFrame:
    name = BY_SOURCE[source].filename
    return truth.loc[(truth["source_file"] == name) & (truth["expected_status"] == status)]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    got: dict[str, Path] = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(got, SOURCES, suffix="_mj", n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    got: dict[str, Path] = request.getfixturevalue(which)
    check_read_loses_no_row(got, SOURCES, _truth(got))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    got: dict[str, Path] = request.getfixturevalue(which)
    truth = _truth(got)
    check_expected_values(got, truth, ("crime_type", "linked_offences"), tolerance=1e-3)


def test_fields_left_out_are_tagged(paths: dict[str, Path]) -> None:
    """Origin, destination, transit and exploitation differ from the event only where tagged."""
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.set_index("event_id").loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country", "transit_countries"):
        blank = tags.str.contains(f"blank_{col}")
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
    blank = tags.str.contains("blank_exploitation")
    assert (ok.loc[blank, "exploitation"] == "unknown").all()
    assert ok.loc[~blank, "exploitation"].equals(ev.loc[~blank, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_rows_at_every_size() -> None:
    from trendlib.samples import make_truth
    from trendlib.samples._blind346 import make_blind346

    for n in (300, 400, 1500):
        subs = make_blind346(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.filename)


def test_duplicates_are_forwarded_to_fit(paths: dict[str, Path]) -> None:
    """Cross-source reports sit in the FIT compilation and point at a national log."""
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source_file"]) == {BY_SOURCE[FIT].filename}
    national = {BY_SOURCE[s].filename for s in (DA, DOUAI, APTIJ, APTI)}
    assert set(cross["duplicate_of"].str.split(":").str[0]) <= national
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {BY_SOURCE[DA].filename, BY_SOURCE[FIT].filename}


def test_date_precisions(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    prec = ok.groupby("source_file")["date_precision"].agg(set).to_dict()
    assert prec[BY_SOURCE[FIT].filename] == {"day", "month", "quarter"}
    assert prec[BY_SOURCE[APTI].filename] == {"day", "month"}
    for s in (DA, DOUAI, APTIJ):
        assert prec[BY_SOURCE[s].filename] == {"day"}, s


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def _day_first(values: pd.Series) -> None:
    """Slash dates are day/month/year: the second number never exceeds 12, the first does."""
    parts = values.str.extract(r"^(\d{2})/(\d{2})/(\d{2,4})")
    parts = parts.dropna().astype(int)
    assert len(parts) > 0
    assert (parts[1] <= 12).all()
    assert (parts[0] > 12).any()


def test_da_languages_booking_export(paths: dict[str, Path]) -> None:
    raw = paths[DA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, DA)
    assert frame.columns[:3].tolist() == ["Booking Ref", "Assignment Start", "Requesting Agency"]
    assert "Venue Lat/Long" in frame.columns
    dates = frame["Assignment Start"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}").mean() > 0.5
    _day_first(dates)
    values = set(frame["Nationality"])
    assert {"Afghan", "Iranian", "Vietnamese"} <= values
    assert {"England", "United Kingdom"} <= set(frame["Venue Country"])
    assert "0.0, 0.0" in set(frame["Venue Lat/Long"])
    assert frame["Venue Lat/Long"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").mean() > 0.8
    assert set(frame["No. of Suspects"]) & {"Nil", "None"}
    assert set(frame["Job Category"]) & {"MSHT", "Modern Slavery / Human Trafficking"}
    assert "Immigration - Facilitation" in set(frame["Job Category"])


def test_douai_requisitions_log(paths: dict[str, Path]) -> None:
    raw = paths[DOUAI].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    frame = _csv(paths, DOUAI)
    assert frame.columns[0] == "N° réquisition"
    assert not any("lat" in c.lower() or "coord" in c.lower() for c in frame.columns)
    _day_first(frame["Date d'intervention"])
    assert frame["Date d'intervention"].str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    nat = set(frame["Nationalité"])
    assert nat & {"afghan", "afghans", "afghane", "afghanes"}
    assert nat & {"érythréen", "érythréens", "érythréenne", "érythréennes"}
    assert "Angleterre" in set(frame["Destination déclarée"])
    assert set(frame["Nb mis en cause"]) & {"néant", "aucun"}
    assert (frame["Nature de l'affaire"] == "Aide à l'entrée et au séjour irréguliers").any()
    truth = _truth(paths)
    kept = (truth["source_file"] == BY_SOURCE[DOUAI].filename) & (
        truth["expected_status"] != "quarantine"
    )
    assert tags_of(truth)[kept].str.contains("coords_missing").all()


def test_aptij_register_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths[APTIJ]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:2] == ["Nº actuación", "Fecha"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.6 * len(dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    col = {h: i for i, h in enumerate(header)}
    lat = [r[col["Latitud"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+,\d{5}", v) for v in lat)
    nat = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert nat & {"marroquí", "marroquíes"}
    assert nat & {"senegalés", "senegaleses", "senegalesa", "senegalesas"}
    modes = {r[col["Medio"]] for r in rows[1:]}
    assert {"cayuco", "patera"} & modes
    assert any("318 bis" in str(r[col["Tipo delictivo"]]) for r in rows[1:])


def test_apti_unicode_text_export(paths: dict[str, Path]) -> None:
    raw = paths[APTI].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little endian, as Excel's "Unicode text"
    text = raw.decode("utf-16")
    assert "\t" in text.splitlines()[0]
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    assert frame.columns[0] == "No. de servicio"
    coords = frame["Coordenadas GPS"]
    dms = r"\d{1,2}°\d{2}'\d{2}\.\d\"N \d{2}°\d{2}'\d{2}\.\d\"W"
    assert coords[coords != ""].str.fullmatch(dms).all()
    dates = frame["Fecha del servicio"]
    _day_first(dates)
    assert dates.str.fullmatch(r"[a-z]+ \d{4}").any()  # a month only
    assert set(frame["Destino final"]) & {"EE.UU.", "EEUU"}
    assert set(frame["Grupo etario"]) & {"NNA", "adultos y NNA"}
    words = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"}
    assert set(frame["Personas atendidas"]) & words


def test_fit_compilation_lines(paths: dict[str, Path]) -> None:
    lines = paths[FIT].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert {"report_id", "assignment_date", "gps_lat", "gps_lng"} <= set(recs[0])
    dates = [str(r["assignment_date"]) for r in recs if r["assignment_date"]]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    countries = [str(r["country"]) for r in recs if r["country"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", c)) for c in countries) > 0.4 * len(countries)
    assert any("Ã" in str(v) for r in recs for v in r.values())  # a member's mojibake
    assert any(" > " in str(r["route"]) for r in recs)
    truth = _truth(paths)
    fit = truth.loc[
        (truth["source_file"] == BY_SOURCE[FIT].filename) & (truth["expected_status"] == "record")
    ]
    assert set(fit["detection_country"].dropna()) >= {"ITA", "GRC", "HRV", "POL", "USA"}


def test_bad_rows_are_written_the_agency_way(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) >= {"bad_date", "future_date", "no_date", "bad_count"}
    for src in (DA, DOUAI):
        frame = _csv(paths, src)
        mine = bad.loc[bad["source_file"] == BY_SOURCE[src].filename]
        for row in mine.itertuples():
            cells = frame.iloc[int(row.source_row) - 2]
            if row.expected_reason == "bad_count":
                assert cells.iloc[6] in BY_SOURCE[src].bad_count
            if row.expected_reason == "future_date":
                assert re.search(r"20[34]\d", cells.iloc[1])
    # garbage rows: a total with the agency's label, a note where it writes one
    for agency in AGENCIES:
        rows = truth.loc[
            (truth["source_file"] == agency.filename) & truth["messiness"].eq("garbage_row")
        ]
        assert agency.total in set(rows["source_ref"])
        if agency.note is not None:
            assert agency.note in set(rows["source_ref"])


def test_every_cp1252_cell_fits(paths: dict[str, Path]) -> None:
    """The French log holds no character cp1252 cannot write (no '?' substitutes)."""
    text = paths[DOUAI].read_bytes().decode("cp1252")
    assert "?" not in text
    assert "\u00e9" in text  # accents written as cp1252 bytes


def _from_dms(text: str) -> tuple[float, float]:
    parts = re.findall(r"(\d+)°(\d+)'([\d.]+)\"([NSEW])", text)
    out = []
    for deg, minutes, seconds, hemi in parts:
        value = int(deg) + int(minutes) / 60 + float(seconds) / 3600
        out.append(-value if hemi in "SW" else value)
    return out[0], out[1]


def test_coordinate_cells_give_the_expected_point(paths: dict[str, Path]) -> None:
    """A pair, a DMS string or a decimal-comma cell reads as the truth's lat/lon."""
    truth = _truth(paths)
    checks = {
        DA: ("Venue Lat/Long", lambda v: tuple(float(x) for x in v.split(", "))),
        APTI: ("Coordenadas GPS", _from_dms),
    }
    for src, (col, parse) in checks.items():
        frame = _csv(paths, src)
        rows = truth.loc[(truth["source_file"] == BY_SOURCE[src].filename) & truth["lat"].notna()]
        assert len(rows) > 0
        for row in rows.itertuples():
            lat, lon = parse(frame.iloc[int(row.source_row) - 2][col])
            assert abs(lat - float(row.lat)) < 1e-4
            assert abs(lon - float(row.lon)) < 1e-4
    placeholder = truth.loc[tags_of(truth).str.contains("coords_placeholder")]
    assert len(placeholder) > 0
    assert placeholder[["lat", "lon"]].isna().all().all()
    sheet = load_workbook(paths[APTIJ]).active
    assert sheet is not None
    rows_x = list(sheet.iter_rows(values_only=True))
    col = {h: i for i, h in enumerate(rows_x[0])}
    mine = truth.loc[(truth["source_file"] == BY_SOURCE[APTIJ].filename) & truth["lat"].notna()]
    for row in mine.itertuples():
        cells = rows_x[int(row.source_row) - 1]
        lat = float(str(cells[col["Latitud"]]).replace(",", "."))
        assert abs(lat - float(row.lat)) < 1e-4
