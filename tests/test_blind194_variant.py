"""The examiner set ``blind194`` (files ``*_gn.*``): what its files and truth promise.

None of these tests cleans or scores: they check that the set is written as its five
agencies write (encodings, delimiters, header words, date styles, codes) and that the
truth describes every row as a careful analyst would read it.
"""

from __future__ import annotations

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

VARIANT = "blind194"
SEED = 194
N_EVENTS = 1500
SMALL_SEED = 1941
SMALL_EVENTS = 400
SOURCES = (
    "world_vision_pa_gn",
    "ccusa_respite_gn",
    "dgase_senegal_gn",
    "turkish_airlines_sec_gn",
    "prensa_latina_gn",
)
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str, status: str = "record") -> pd.DataFrame:
    return truth.loc[(truth["source"] == source) & (truth["expected_status"] == status)]


def _xlsx_column(path: Path, header: str) -> list[object]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    col = list(rows[0]).index(header)
    return [r[col] for r in rows[1:]]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_gn", n_events=N_EVENTS)


def test_small_set_has_every_source(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_gn", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for source in SOURCES:
        assert (_rows(rows, source)["event_id"].notna()).any(), source


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each agency first reports the detections it sees; Prensa Latina the rest."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    seen = first.groupby("source")["event_id"].apply(
        lambda ids: set(events.loc[ids, "detection_country"])
    )
    assert seen["world_vision_pa_gn"] == {"PAN"}
    assert seen["ccusa_respite_gn"] == {"USA"}
    assert seen["dgase_senegal_gn"] == {"ESP", "ITA"}
    assert seen["turkish_airlines_sec_gn"] == {"GRC", "HRV", "POL"}
    assert seen["prensa_latina_gn"] == {"FRA", "GBR"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"prensa_latina_gn", "turkish_airlines_sec_gn"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ccusa_us_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ccusa_respite_gn"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    frame = pd.read_csv(paths["ccusa_respite_gn"], encoding="utf-8-sig", dtype=str)
    assert frame.columns[:3].tolist() == ["Intake ID", "Apprehension Date", "Case Type"]
    assert "Latitude" not in frame.columns  # an intake log keeps no position
    rows = _rows(truth, "ccusa_respite_gn")
    dated = frame.drop_duplicates("Intake ID").set_index("Intake ID")["Apprehension Date"]
    cells = dated.loc[rows["source_ref"]]
    read = pd.to_datetime(cells, format="%m/%d/%Y").dt.strftime("%Y-%m-%d")
    assert (read.to_numpy() == rows["event_date"].to_numpy()).all()  # month first, always
    assert (pd.to_datetime(cells, format="%m/%d/%Y").dt.day > 12).any()
    assert cells.str.match(r"^\d/").any()  # no leading zero
    assert frame["Nationality"].isin(["Mexican", "Guatemalan", "Honduran"]).any()
    assert frame["Age Category"].isin(["FMUA", "UAC"]).any()


def test_dgase_french_office_file(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["dgase_senegal_gn"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° fiche", "Date de l'incident", "Nature"]
    assert "Tranche d'âge" in header
    assert "Ã©" in text or "Ã´" in text  # UTF-8 pasted into a cp1252 sheet
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarters
    assert re.search(r";\d{1,2} (mai|juin|juillet|janvier|mars|avril) 20\d\d;", text)
    assert re.search(r";-?\d+,\d{5};", text)  # decimal commas
    assert ";Pirogue;" in text
    assert ";aucun;" in text
    tags = tags_of(truth)
    assert tags[truth["source"] == "dgase_senegal_gn"].str.contains("mojibake").any()
    assert not tags[truth["source"] != "dgase_senegal_gn"].str.contains("mojibake").any()


def test_world_vision_kobo_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["world_vision_pa_gn"]
    dates = _xlsx_column(path, "Fecha de registro")
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds  # date cells, typed text, raw serials
    typed = [d for d in dates if isinstance(d, str) and d[:1].isdigit()]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    gps = [g for g in _xlsx_column(path, "Ubicación GPS") if g is not None]
    assert all(re.fullmatch(r"-?\d+\.\d{5} -?\d+\.\d{5} [\d.]+ [\d.]+", str(g)) for g in gps)
    ages = set(_xlsx_column(path, "Grupo etario"))
    assert "NNA" in ages
    nats = {str(n).lower() for n in _xlsx_column(path, "Nacionalidad") if n}
    assert "venezolana" in nats
    rows = _rows(truth, "world_vision_pa_gn")
    assert rows["messiness"].str.contains("excel_serial").any()


def test_turkish_airlines_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["turkish_airlines_sec_gn"]
    refs = _xlsx_column(path, "Case No")
    dates = _xlsx_column(path, "Event Date")
    airline = [d for d in dates if isinstance(d, str) and re.fullmatch(r"\d\d[A-Z]{3}\d\d", d)]
    assert len(airline) > 100
    nats = [n for r, n in zip(refs, _xlsx_column(path, "Nationality (MRZ)"), strict=True) if n]
    assert all(re.fullmatch(r"[A-Z]{3}", str(n)) for n in nats)
    detected = {d for d in _xlsx_column(path, "Detected In") if d}
    assert detected <= {"GR", "HR", "PL", "IT"}
    assert {"ADT", "CHD"} <= set(_xlsx_column(path, "Pax Type"))
    pos = [p for p in _xlsx_column(path, "Position") if p]
    assert all(re.fullmatch(r"[NS]\d\d°\d\d\.\d\d' [EW]\d{3}°\d\d\.\d\d'", str(p)) for p in pos)
    # the truth reads the position the way it is written, to a hundredth of a minute
    rows = _rows(truth, "turkish_airlines_sec_gn")
    placed = rows.loc[rows["lat"].notna()]
    cells = dict(zip(refs, _xlsx_column(path, "Position"), strict=True))
    for ref, lat, lon in placed[["source_ref", "lat", "lon"]].head(50).itertuples(index=False):
        la, lo = str(cells[ref]).split(" ")
        deg, mins = la[1:].rstrip("'").split("°")
        assert abs(int(deg) + float(mins) / 60 - float(lat)) < 1e-5
        deg, mins = lo[1:].rstrip("'").split("°")
        assert abs(int(deg) + float(mins) / 60 - abs(float(lon))) < 1e-5


def test_prensa_latina_feed(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["prensa_latina_gn"].read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    assert "tráfico" in text  # UTF-8, not escaped
    assert "\\u00e1" not in text
    assert list(lines[0])[:3] == ["id_despacho", "fecha_hecho", "lugar"]
    dates = [d["fecha_hecho"] for d in lines if d["fecha_hecho"]]
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    counts = [str(d["cifra_personas"]) for d in lines if d["cifra_personas"] is not None]
    assert any(c.endswith((" migrantes", " personas")) for c in counts)
    assert any(c in ("dos", "tres", "cuatro", "cinco", "una") for c in counts)
    assert any(" y " in str(d["paises_transito"]) for d in lines)
    rows = truth.loc[
        (truth["source"] == "prensa_latina_gn") & (truth["expected_status"] != "quarantine")
    ]
    words = rows.loc[tags_of(truth)[rows.index].str.contains("count_words")]
    assert words["n_persons"].notna().all()


def test_bad_dates_unreadable_both_ways(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """An impossible date stays impossible whichever of day or month comes first."""
    bad = truth.loc[truth["expected_reason"] == "bad_date"]
    assert len(bad) > 0
    frame = pd.read_csv(paths["ccusa_respite_gn"], encoding="utf-8-sig", dtype=str)
    cells = frame.set_index("Intake ID")["Apprehension Date"]
    for ref in bad.loc[bad["source"] == "ccusa_respite_gn", "source_ref"]:
        for fmt in ("%m/%d/%Y", "%d/%m/%Y"):
            assert pd.isna(pd.to_datetime(cells[ref], format=fmt, errors="coerce"))
