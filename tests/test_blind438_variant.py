"""The examiner set ``blind438`` (files ``*_px.*``): five luggage-storage desks.

These tests check what the set promises (files, truth, bytes, each desk's habits); none
of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
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

from trendlib.samples import make_truth
from trendlib.samples._blind438 import SOURCES, make_blind438

VARIANT = "blind438"
SEED = 438
N_EVENTS = 1500
SMALL_SEED = 4381
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
STASHER, NANNYBAG, ILUNION, ESTRELLA, BOUNCE = NAMES
#: Fields every report gives as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The truth rows of one file, in file order."""
    rows = truth.loc[truth["source_file"] == paths[source].name].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.sort_values("source_row").reset_index(drop=True)


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    spec = next(s for s in SOURCES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=spec.delimiter,
        encoding=spec.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


def _cells(truth: pd.DataFrame, paths: dict[str, Path], source: str) -> pd.DataFrame:
    """A CSV file's cells beside its truth rows (row 2 = first data row)."""
    frame = _csv(paths, source)
    rows = _rows_of(truth, paths, source)
    assert len(frame) == len(rows)
    assert (rows["source_row"].to_numpy() == frame.index.to_numpy() + 2).all()
    return pd.concat([frame, rows.add_prefix("t_")], axis=1)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_px", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_px", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_has_event_rows(n_events: int) -> None:
    subs = make_blind438(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_every_desk_sends_duplicates_or_repeats(truth: pd.DataFrame) -> None:
    dup = truth.loc[truth["expected_status"] == "duplicate"]
    assert dup["source_file"].nunique() >= 4
    repeats = dup.loc[dup["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"nannybag_fr_px.csv", "estrellablanca_ge_px.csv"}


def test_primary_desks_report_their_country(truth: pd.DataFrame) -> None:
    first = truth.loc[truth["expected_status"] == "record"]
    countries = {STASHER: "GBR", NANNYBAG: "FRA", ILUNION: "ESP", ESTRELLA: "USA"}
    for source, iso in countries.items():
        got = first.loc[first["source_file"].str.startswith(source), "detection_country"]
        assert set(got.dropna()) == {iso}, source
    bounce = first.loc[first["source_file"] == "bounce_ts_px.jsonl", "detection_country"]
    assert set(bounce.dropna()) == {"ITA", "GRC", "HRV", "POL", "PAN"}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_stasher_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths[STASHER])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Incident ref", "Date of incident", "Country", "Location (lat, long)")
    body = rows[1:]
    dates = [r[1] for r in body]
    typed = [d for d in dates if isinstance(d, str)]
    assert sum(hasattr(d, "year") for d in dates) > len(body) // 2  # real Excel dates
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", d) for d in typed)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in typed)  # "May 2023"
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in typed)
    nationality = {r[9] for r in body}
    assert {"Vietnamese", "Afghan"} & nationality
    places = [r[3] for r in body if isinstance(r[3], str)]
    assert any(p.startswith("https://maps.google.com/?q=") for p in places)
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", p) for p in places)
    assert {"OIC", "Modern slavery"} <= {r[4] for r in body}
    tags = tags_of(truth.loc[truth["source_file"] == paths[STASHER].name])
    assert tags.str.contains("demonym").any()


def test_nannybag_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[NANNYBAG].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° signalement;Date constat;Qualification;")
    assert "\r\n" in text
    cells = _cells(truth, paths, NANNYBAG)
    ok = cells.loc[cells["t_expected_status"] != "quarantine"]
    day = ok["t_date_precision"] == "day"
    assert ok.loc[day, "Date constat"].str.fullmatch(r"\d\d/\d\d/(20)?\d\d").all()
    month = ok["t_date_precision"] == "month"
    quarter = ok["t_date_precision"] == "quarter"
    assert (month | quarter).any()
    assert ok.loc[month, "Date constat"].str.fullmatch(r"[a-zéû]+ 20\d\d").all()  # "mai 2023"
    assert ok.loc[quarter, "Date constat"].str.fullmatch(r"T[1-4] 20\d\d").all()
    placed = ok["Latitude"] != ""
    assert ok.loc[placed, "Latitude"].str.fullmatch(r"\d+,\d{5}").all()
    assert (ok["Mode de transport"] == "car").any()  # a coach, in French
    assert ok["Nationalité"].str.isupper().any()
    assert ok["Nb personnes"].str.fullmatch(r"\d+ pers\.").any()


def test_ilunion_bom_dms_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ILUNION].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfN\xc2\xba parte,Fecha/hora,")
    cells = _cells(truth, paths, ILUNION)
    ok = cells.loc[cells["t_expected_status"] != "quarantine"]
    assert ok["Fecha/hora"].str.fullmatch(r"\d\d-\d\d-20\d\d \d\d:\d\d").any()
    assert ok["Fecha/hora"].str.fullmatch(r"[1-4]º trim\. 20\d\d").any()
    assert ok["Nº personas afectadas"].str.fullmatch(r"\d{1,2}\.\d{3}").any()  # 1.250
    assert ok["Sexo"].isin(["Varón", "Varones"]).any()
    tags = tags_of(truth.loc[truth["source_file"] == paths[ILUNION].name])
    assert tags.str.contains("mojibake").any()
    assert ok["Tipología"].str.contains("Ã", regex=False).any()  # "TrÃ¡fico ..."
    # the degrees, minutes and seconds say the expected point
    dms = re.compile(r"(\d+)Â?°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)Â?°(\d\d)'(\d\d\.\d)\"([EW])")
    placed = ok.loc[ok["Coordenadas GPS"] != ""]
    assert len(placed) > 0
    for text, lat, lon in zip(
        placed["Coordenadas GPS"], placed["t_lat"], placed["t_lon"], strict=True
    ):
        m = dms.fullmatch(text)
        assert m is not None, text
        d1, m1, s1, h1, d2, m2, s2, h2 = m.groups()
        la = (int(d1) + int(m1) / 60 + float(s1) / 3600) * (1 if h1 == "N" else -1)
        lo = (int(d2) + int(m2) / 60 + float(s2) / 3600) * (1 if h2 == "E" else -1)
        assert abs(la - float(lat)) < 1e-6
        assert abs(lo - float(lon)) < 1e-6


def test_estrella_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ESTRELLA].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE, Excel's "Texto Unicode"
    assert raw.decode("utf-16").startswith("Folio\tFecha del hecho\tTipo de delito\t")
    cells = _cells(truth, paths, ESTRELLA)
    ok = cells.loc[cells["t_expected_status"] != "quarantine"]
    serial = ok["Fecha del hecho"].str.fullmatch(r"4\d{4}")
    assert serial.any()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        ok.loc[serial, "Fecha del hecho"].astype(int), unit="D"
    )
    assert (days.dt.strftime("%Y-%m-%d") == ok.loc[serial, "t_event_date"]).all()
    assert ok["País donde se detectó"].isin(["EUA", "E.U.A.", "EE.UU."]).any()
    # Mexican law: "tráfico de personas" is smuggling, "trata de personas" trafficking
    crime = ok["Tipo de delito"].str.lower()
    assert (ok.loc[crime.str.startswith("tráfico"), "t_crime_type"] == "smuggling").all()
    assert (ok.loc[crime.str.startswith("trata de"), "t_crime_type"] == "trafficking").all()
    # "H" hombre, "M" mujer
    assert (ok.loc[ok["Sexo"] == "M", "t_gender"] == "female").all()
    assert (ok.loc[ok["Sexo"] == "H", "t_gender"] == "male").all()
    assert (ok["Sexo"] == "M").any() or (ok["Sexo"] == "H").any()
    assert ok["Países de tránsito"].str.contains(" y ").any()


def test_bounce_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[BOUNCE].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0]) == list(next(s for s in SOURCES if s.source == BOUNCE).headers.values())
    assert rows[-1]["incident_id"] == "TOTAL"
    status = _rows_of(truth, paths, BOUNCE)["expected_status"].tolist()
    assert len(status) == len(rows)
    events = [r for r, st in zip(rows, status, strict=True) if st != "quarantine"]
    assert all(re.fullmatch(r"inc_20\d{8}", r["incident_id"]) for r in events)
    when = [r["occurred_at"] for r in events if r["occurred_at"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00Z", w) for w in when)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", w) for w in when)
    assert any(re.fullmatch(r"20\d\d-\d\d", w) for w in when)
    codes = {r["country_code"] for r in events if r["country_code"]}
    assert codes <= {"IT", "GR", "HR", "PL", "PA", "ES", "US"}
    nats = [r["nationality"] for r in events if r["nationality"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", n)) for n in nats) > len(nats) // 2
    assert all(isinstance(r["persons_involved"], int) for r in events)
    assert all(r["lat"] is None or isinstance(r["lat"], float) for r in events)
