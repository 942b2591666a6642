"""The examiner set ``blind291`` (files ``*_kg.*``): drug squads that find people.

These tests check what the set promises (files, bytes, habits of each agency and a truth
that describes every row); none of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind291"
SEED = 291
N_EVENTS = 1500
SMALL_SEED = 2911
SMALL_EVENTS = 400
SOURCES = ("ofast_lille", "udyco_central", "npcc_drugs_returns", "diran_co", "dea_intel")
#: Fields every kept row gives as the event has them (never left out by these agencies).
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 1e-3  # degrees: the NPCC's four decimals, the UDYCO's tenths of a second


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kg", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_kg", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import make_messy, make_truth

    for n in (300, 400, 1500):
        subs = make_messy(make_truth(seed=n, n_events=n), seed=n, variant=VARIANT)
        assert [s.source for s in subs] == list(SOURCES)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


# --------------------------------------------------------------------------------------
# What a row may leave out, and only then
# --------------------------------------------------------------------------------------
def test_origin_and_exploitation_left_out_only_where_tagged(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    origin_gone = tags.str.contains("unknown:origin_country")
    assert origin_gone.any()
    assert ok.loc[origin_gone, "origin_country"].isna().all()
    assert ok.loc[~origin_gone, "origin_country"].equals(ev.loc[~origin_gone, "origin_country"])
    expl_gone = tags.str.contains("unknown:exploitation")
    assert expl_gone.any()
    assert (ok.loc[expl_gone, "exploitation"] == "unknown").all()
    kept = ~expl_gone
    assert ok.loc[kept, "exploitation"].equals(ev.loc[kept, "exploitation"])
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_routing_primary_secondary_and_compilation(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record"]
    by_source = records.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_source["ofast_lille"] == {"FRA"}
    assert by_source["udyco_central"] == {"ESP"}
    assert by_source["npcc_drugs_returns"] == {"GBR"}
    assert by_source["diran_co"] == {"PAN"}
    assert by_source["dea_intel"] == {"ITA", "GRC", "HRV", "POL", "USA"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= set(SOURCES)
    assert {"GBR", "ESP"} <= set(cross.loc[cross["source"] == "ofast_lille", "detection_country"])
    assert cross["duplicate_of"].str.split(":").str[0].ne(cross["source_file"]).all()


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_ofast_cp1252_semicolons_crlf_and_french_habits(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["ofast_lille"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # é written as one byte 0xE9
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° procédure;Date des faits;Qualification;")
    assert "Pays de constatation" in lines[0]
    assert "Saisies" in lines[0]
    assert all(line.count(";") == lines[0].count(";") for line in lines[1:] if line)
    frame = pd.read_csv(paths["ofast_lille"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["Date des faits"].dropna()
    day_first = dates.str.fullmatch(r"\d\d/\d\d/\d{4}")
    assert day_first.mean() > 0.8
    assert (dates[day_first].str[:2].astype(int) > 12).any()  # day first, not month first
    assert dates.str.startswith("courant ").any() or dates.str.match(r"T\d \d{4}").any()
    assert frame["Nb mis en cause"].eq("néant").any()
    assert frame["Nationalité"].isin(["afghane", "érythréenne", "iranienne", "irakienne"]).any()
    assert frame["Latitude"].dropna().str.fullmatch(r"-?\d+,\d{5}").all()
    assert frame["Forme d'exploitation"].eq("sans objet").any()
    total = frame.loc[frame["N° procédure"] == "TOTAL", "Nb victimes/migrants"]
    assert len(total) == 1
    rows = _rows(truth, "ofast_lille")
    assert rows["messiness"].fillna("").str.contains("zero_word").any()


def test_udyco_workbook_dates_dms_and_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["udyco_central"], read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]
    assert header[:3] == ("Nº Atestado", "Fecha intervención", "Tipología delictiva")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha intervención"]] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, serial numbers, typed text
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in texts)
    assert any(t.endswith("trimestre de 2021") or " de 20" in t for t in texts)
    coords = [r[col["Coordenadas"]] for r in rows[1:] if r[col["Coordenadas"]]]
    dms = re.compile(r"(\d+)°(\d\d)'(\d\d\.\d)\"([NS]) (\d+)°(\d\d)'(\d\d\.\d)\"([EWO])")
    clean = [c for c in coords if "Â" not in c]
    assert all(dms.fullmatch(c) for c in clean)
    assert any(c.endswith('"O') for c in clean)  # oeste
    cells = [str(v) for r in rows[1:] for v in r if isinstance(v, str)]
    assert any("Ã" in v for v in cells)  # the pasted UTF-8 batch
    assert {"Varón", "V"} & {r[col["Sexo"]] for r in rows[1:]}
    # the truth says what the degrees, minutes and seconds say
    exp = _rows(truth, "udyco_central")
    dms_rows = exp.loc[
        exp["messiness"].fillna("").str.contains("coords_dms")
        & exp["expected_status"].ne("quarantine")
    ]
    assert len(dms_rows) > 0
    by_row = {int(r): row for r, row in zip(exp["source_row"], rows[1:], strict=False)}
    for rec in dms_rows.itertuples():
        cell = by_row[int(rec.source_row)][col["Coordenadas"]]
        m = dms.fullmatch(cell.replace("Â", ""))
        assert m is not None
        lat = int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600
        lon = int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600
        lat = -lat if m[4] == "S" else lat
        lon = -lon if m[8] in "WO" else lon
        assert abs(lat - float(rec.lat)) < 1e-5
        assert abs(lon - float(rec.lon)) < 1e-5


def test_npcc_bom_commas_and_uk_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["npcc_drugs_returns"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(
        paths["npcc_drugs_returns"], encoding="utf-8-sig", dtype=str, keep_default_na=False
    ).replace("", None)
    assert list(frame.columns[:3]) == ["URN", "Date of warrant / encounter", "Offence category"]
    dates = frame["Date of warrant / encounter"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert set(frame["Nation"].dropna()) >= {"England", "Scotland"}
    assert frame["No. arrested"].eq("Nil").any()
    assert frame["Route (transit)"].dropna().str.contains(" > ").any()
    assert frame["Nationality"].eq("Vietnamese").any()
    assert frame["Method of entry"].eq("N/A").any()
    assert frame["Lat/Long"].dropna().str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").all()
    repeats = _rows(truth, "npcc_drugs_returns")["expected_reason"].eq("exact_repeat").sum()
    assert repeats >= 3


def test_diran_jsonl_upper_case_system_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["diran_co"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(_rows(truth, "diran_co"))
    first = records[0]
    assert list(first)[:3] == ["radicado", "fecha_hecho", "delito"]
    dated = [r["fecha_hecho"] for r in records if r["fecha_hecho"]]
    assert sum(bool(re.fullmatch(r"\d{4}/\d\d/\d\d", d)) for d in dated) > 0.8 * len(dated)
    assert any(re.fullmatch(r"[A-Z]+ DE \d{4}", d) for d in dated)
    words = [r["delito"] for r in records if r["delito"]]
    assert all(w == w.upper() for w in words)
    assert any(r["nacionalidad"] == "VENEZOLANA" for r in records)
    assert any(r["finalidad_explotacion"] == "NO APLICA" for r in records)
    assert any(r["latitud"] == 0 and r["longitud"] == 0 for r in records)
    assert any(isinstance(r["cantidad_victimas_migrantes"], int) for r in records)
    assert any(r["pais_destino"] == "ESTADOS UNIDOS" for r in records)
    assert not any("Á" in json.dumps(r, ensure_ascii=False) for r in records)


def test_dea_utf16_tabs_and_month_first(paths: dict[str, Path]) -> None:
    raw = paths["dea_intel"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Event No.", "Reporting Office", "Event Date"]
    frame = pd.read_csv(paths["dea_intel"], sep="\t", encoding="utf-16", dtype=str)
    dates = frame["Event Date"].dropna()
    mdy = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    assert len(mdy) > 0.8 * len(dates)
    assert (mdy.str[:2].astype(int) <= 12).all()  # month first
    assert (mdy.str[3:5].astype(int) > 12).any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert frame["Event Country"].eq("UNITED STATES").any()
    assert frame["Latitude"].dropna().str.endswith("N").any()
    assert frame["Event No."].eq("Grand Total").sum() == 1
    assert set(frame["Reporting Office"].dropna()) >= {"Phoenix FD", "Rome CO", "Athens CO"}


def test_bad_rows_of_every_kind_and_garbage(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    garbage = bad.loc[bad["messiness"] == "garbage_row"]
    assert set(garbage["expected_reason"]) == {"empty_row", "no_content", "no_date"}
    assert garbage["expected_reason"].eq("empty_row").sum() == 3  # the three CSV files
    kinds = set(bad.loc[bad["messiness"].fillna("").str.contains("bad_row"), "expected_reason"])
    assert kinds == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
