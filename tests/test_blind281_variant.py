"""The examiner's held-out set ``blind281`` (files ``*_jw.*``): railway and transport police.

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

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
from trendlib.samples._blind281 import SOURCES, make_blind281

VARIANT = "blind281"
SEED = 281
N_EVENTS = 1500
SMALL_SEED = 2811
SMALL_EVENTS = 400
SUFFIX = "_jw"
NAMES = tuple(s.source for s in SOURCES)
POLFER, SPC, BRIMO, METRO, TSA = NAMES
#: Fields every kept row reports exactly as the event (nothing in them is ever left out).
EXACT = ("crime_type", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _text(paths: dict[str, Path], source: str) -> str:
    src = SOURCES[NAMES.index(source)]
    return paths[source].read_bytes().decode(src.encoding)


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The written cells of one CSV source as text, one row per data line."""
    src = SOURCES[NAMES.index(source)]
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind281(make_truth(seed=7, n_events=n_events), seed=7)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        kept = sub.expected["expected_status"].eq("record")
        assert kept.sum() > 0, sub.source
        assert len(sub.frame) == len(sub.expected), sub.source


# --------------------------------------------------------------------------------------
# What a kept row leaves out is tagged
# --------------------------------------------------------------------------------------
def test_rows_differ_from_events_only_where_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[kept["event_id"]].reset_index()
    for col in ("origin_country", "destination_country", "transit_countries"):
        blank = tags.str.contains(f"blank_{col}")
        assert kept.loc[blank, col].isna().all(), col
        assert kept.loc[~blank, col].equals(ev.loc[~blank, col]), col
    smuggling = ev["crime_type"].eq("smuggling")
    assert kept.loc[smuggling, "exploitation"].isna().all()
    unknown = tags.str.contains("unknown:exploitation")
    assert (kept.loc[unknown, "exploitation"] == "unknown").all()
    rest = ~smuggling & ~unknown
    assert kept.loc[rest, "exploitation"].equals(ev.loc[rest, "exploitation"])


def test_each_source_reports_its_countries(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    firsts = truth.loc[truth["expected_status"].eq("record") & truth["event_id"].notna()]
    ev = _events(paths)
    det = ev.loc[firsts["event_id"], "detection_country"].to_numpy()
    by_file = pd.Series(det, index=firsts["source_file"].to_numpy())
    assert set(by_file[f"{POLFER}{SUFFIX}.xlsx"]) == {"ITA"}
    assert set(by_file[f"{BRIMO}{SUFFIX}.csv"]) == {"ESP"}
    assert set(by_file[f"{METRO}{SUFFIX}.jsonl"]) == {"PAN"}
    assert set(by_file[f"{TSA}{SUFFIX}.csv"]) == {"USA"}
    assert set(by_file[f"{SPC}{SUFFIX}.csv"]) <= {"GRC", "HRV", "POL", "FRA", "GBR"}
    cross = truth.loc[truth["expected_reason"].eq("cross_source"), "source_file"]
    assert f"{SPC}{SUFFIX}.csv" in set(cross)  # the compilation re-reports national returns


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_polfer_writes_an_english_workbook_with_italian_words(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[POLFER], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:4] == ("Prot. No.", "Date of detection", "Country", "Offence")
    dates = [r[1] for r in body if r[0] and str(r[0]).startswith("POLFER/")]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, serial numbers, typed dates
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    cells = {str(c) for r in body for c in r if isinstance(c, str)}
    assert {"Egitto", "Siria"} & cells  # Italian country names
    assert any("art. 12 TUI" in c or "Tratta" in c for c in cells)
    assert any(isinstance(r[14], float) for r in body)  # numeric coordinates
    assert any(isinstance(r[14], str) and "," in r[14] for r in body)  # typed, decimal comma
    assert body[-1][0] == "TOTAL"


def test_spc_writes_french_cp1252_with_semicolons(paths: dict[str, Path]) -> None:
    raw = paths[SPC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("cp1252")
    first = text.splitlines()[0]
    assert first.startswith("N° PV;Date des faits;Pays de constatation;Qualification")
    assert "\r\n" in text
    assert "trafic des êtres humains (art. 77bis)" in text
    assert "exploitation économique" in text or "travail forcé" in text
    assert "Ã" in text  # partner names pasted from UTF-8 files
    frame = _rows(paths, SPC)
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    day_first = dates.str.extract(r"^(\d\d)/(\d\d)/")
    assert (day_first[1].dropna().astype(int) <= 12).all()
    assert (day_first[0].dropna().astype(int) > 12).any()
    assert frame["Latitude (WGS84)"].str.fullmatch(r"-?\d+,\d{5}").any()
    assert frame["N° PV"].str.startswith("TOTAL").any()


def test_brimo_writes_utf16_tabs_in_spanish(paths: dict[str, Path]) -> None:
    raw = paths[BRIMO].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE)
    text = _text(paths, BRIMO)
    assert text.lstrip("\ufeff").startswith("Nº Atestado\tFecha de los hechos\tTipología")
    assert "318 bis" in text
    frame = _rows(paths, BRIMO)
    coords = frame["Coordenadas (lat, long)"]
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").any()
    assert coords.str.contains("°").any()
    assert coords.str.contains('"W').any()
    assert frame["Nº Atestado"].str.fullmatch(r"\d{5}/2[123]").any()
    assert frame["País de detección"].str.contains("Canarias").any()


def test_metro_writes_json_lines_with_demonyms_and_codes(paths: dict[str, Path]) -> None:
    lines = _text(paths, METRO).splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["numero_reporte", "fecha_hora_incidente", "tipo_delito"]
    dates = [r["fecha_hora_incidente"] for r in recs if r["fecha_hora_incidente"]]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d:00", d) for d in dates)
    nat = {r["nacionalidad"] for r in recs if r["nacionalidad"]}
    assert {"venezolano", "venezolana"} & nat
    countries = {r[k] for r in recs for k in ("pais_destino", "nacionalidad", "pais_procedencia")}
    assert {"840", "862", "484"} & countries  # ISO numeric codes of the application
    assert any(isinstance(r["cantidad_personas"], int) for r in recs)
    assert any(isinstance(r["latitud"], float) for r in recs)


def test_tsa_writes_american_dates_and_words(paths: dict[str, Path]) -> None:
    raw = paths[TSA].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    raw.decode("utf-8")
    frame = _rows(paths, TSA)
    assert frame.columns[:3].tolist() == ["Incident No.", "Incident Date", "Incident Type"]
    month_first = frame["Incident Date"].str.extract(r"^(\d\d)/(\d\d)/20\d\d$").dropna()
    assert (month_first[0].astype(int) <= 12).all()
    assert (month_first[1].astype(int) > 12).any()
    assert frame["Incident Date"].str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, 20\d\d").any()
    assert frame["Incident Type"].eq("Alien Smuggling").any()
    assert frame["Incident No."].str.fullmatch(r"SWB-2[123]-\d{5}").any()
    counts = frame.loc[frame["Incident No."].str.startswith("SWB-"), "# Individuals"]
    assert not counts.str.fullmatch(r"\d{4,}").any()  # 1,250 if ever
    assert frame["Incident No."].iloc[-1] == "Grand Total"


def test_habits_are_tagged_in_the_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_file = truth.assign(tags=tags).groupby("source_file")["tags"].agg(";".join)
    assert "mojibake:" in by_file[f"{SPC}{SUFFIX}.csv"]
    assert all("mojibake:" not in by_file[f] for f in by_file.index if not f.startswith(SPC))
    assert "italian:" in by_file[f"{POLFER}{SUFFIX}.xlsx"]
    assert "excel_serial" in by_file[f"{POLFER}{SUFFIX}.xlsx"]
    assert "demonym:nationality" in by_file[f"{METRO}{SUFFIX}.jsonl"]
    assert "numeric:" in by_file[f"{METRO}{SUFFIX}.jsonl"]
    assert "coords_dms" in by_file[f"{BRIMO}{SUFFIX}.csv"]
    assert "coords_placeholder" in ";".join(by_file)
    assert "partial_date" in by_file[f"{SPC}{SUFFIX}.csv"]


def test_bad_rows_cover_every_reason(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad["expected_reason"]) >= {
        "empty_row",
        "no_content",
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    assert bad[["event_date", "n_persons", "nationality"]].isna().all().all()
