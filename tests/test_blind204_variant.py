"""The examiner set ``blind204`` (files ``*_gx.*``): what its files and truth promise.

These tests check the set itself (files, bytes, truth); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from pathlib import Path

import numpy as np
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
from trendlib.samples._blind204 import SOURCES, make_blind204

VARIANT = "blind204"
SEED = 204
N_EVENTS = 1500
SMALL_SEED = 2041
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FILES = {s.source: s.filename for s in SOURCES}
TOLERANCE = 0.002  # degrees: positions written to a tenth of a minute

_EN_MONTHS = ("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC").split()


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str, *, kept: bool = True) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source]
    if kept:
        rows = rows.loc[rows["expected_status"] != "quarantine"]
    return rows


def _csv(path: Path, encoding: str, delimiter: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=delimiter, encoding=encoding, dtype=str, keep_default_na=False
    ).replace("", None)


def _cells(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The source's written cells, row for row with its truth rows (source_row order)."""
    src = next(s for s in SOURCES if s.source == source)
    path = paths[source]
    if src.format == "csv":
        frame = _csv(path, src.encoding, str(src.delimiter))
        frame.index = np.arange(2, len(frame) + 2)  # the empty row is a line of delimiters
        return frame
    if src.format == "jsonl":
        recs = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        frame = pd.DataFrame(recs)
        frame.index = np.arange(1, len(frame) + 1)
        return frame
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    width = len(values[0])
    body = [r + [None] * (width - len(r)) for r in values[1:]]
    frame = pd.DataFrame(body, columns=values[0], dtype=object)
    frame.index = np.arange(2, len(frame) + 2)
    return frame


def _ddm(text: str) -> tuple[float, float]:
    """Read degrees and decimal minutes (``28º 06,2' N 015º 24,5' O`` and the like)."""
    parts = re.findall(r"(\d+)\s*Â?[°º]\s*(\d+[.,]\d+)'\s*([NSEWO])", text)
    assert len(parts) == 2, text
    out = []
    for deg, minutes, letter in parts:
        value = int(deg) + float(minutes.replace(",", ".")) / 60
        out.append(-value if letter in "SWO" else value)
    return out[0], out[1]


# --------------------------------------------------------------------------------------
# The shared promises of an examiner set
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gx", n_events=N_EVENTS)


def test_small_set_has_rows_from_every_source(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    events = rows.loc[rows["event_id"].notna()]
    assert set(events["source"]) == set(NAMES)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, NAMES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, (), tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_fields_are_the_events_or_left_out(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    """A field is the event's own value, or nothing/unknown where the source gives none."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in (
        "crime_type",
        "exploitation",
        "origin_country",
        "destination_country",
        "transit_countries",
        "linked_offences",
    ):
        same = ok[col].eq(ev[col]).fillna(False) | (ok[col].isna() & ev[col].isna())
        left_out = ok[col].isna() | ok[col].eq("unknown")
        assert (same | left_out).all(), col
    # only the spotter and SAR logs, which have no such column, give no crime type
    no_crime = ok.loc[ok["crime_type"] == "unknown", "source"]
    assert set(no_crime) == {"seawatch_airborne", "ea_sar802"}
    # a smuggling row has no form of exploitation; a trafficking row always has one
    crime = ok["crime_type"]
    assert ok.loc[crime == "smuggling", "exploitation"].isna().all()
    assert ok.loc[crime.isin(["trafficking", "both"]), "exploitation"].notna().all()


def test_duplicates_only_where_both_sources_report(truth: pd.DataFrame) -> None:
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(dup["source"]) == {"seawatch_airborne", "ea_sar802", "mica_center"}
    # the spotter and SAR logs hold second reports only
    for source in ("seawatch_airborne", "ea_sar802"):
        rows = truth.loc[(truth["source"] == source) & truth["event_id"].notna()]
        assert set(rows["expected_reason"]) == {"cross_source"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"jrc_emm", "eldiario_es"}


def test_every_quarantine_reason_and_garbage(truth: pd.DataFrame) -> None:
    garbage = truth.loc[tags_of(truth).str.contains("garbage_row")]
    for name in NAMES:
        reasons = set(garbage.loc[garbage["source"] == name, "expected_reason"])
        assert "no_date" in reasons  # the total row
        src = next(s for s in SOURCES if s.source == name)
        assert ("empty_row" in reasons) == (src.format == "csv")
        assert ("no_content" in reasons) == (src.note is not None)


# --------------------------------------------------------------------------------------
# jrc_emm_gx.jsonl: the media monitor's feed
# --------------------------------------------------------------------------------------
def test_jrc_is_json_lines_with_camelcase_keys(paths: dict[str, Path]) -> None:
    lines = paths["jrc_emm"].read_text("utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["itemId", "eventDate", "category", "exploitationType"]
    dates = pd.Series([r["eventDate"] for r in recs]).dropna()
    iso = dates.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z")
    month = dates.str.fullmatch(r"\d{4}-\d\d")
    assert iso.mean() > 0.9
    assert month.any()
    assert (iso | month | dates.str.contains(r"-(?:02-30|0[469]-31|11-31)T")).all()
    cats = {r["category"] for r in recs if r.get("category")}
    assert cats <= {
        "MigrantSmuggling",
        "HumanTrafficking",
        "HumanTrafficking;MigrantSmuggling",
        "MigrantSmuggling;HumanTrafficking",
    }
    assert any(isinstance(r["personsCount"], str) and "," in r["personsCount"] for r in recs)


def test_jrc_writes_the_eu_country_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths, truth, "jrc_emm")
    rows = _rows(truth, "jrc_emm")
    rows = rows.loc[rows["expected_reason"] != "exact_repeat"]
    written = cells.loc[rows["source_row"].astype(int), "eventCountry"].to_numpy()
    expected = rows["detection_country"].to_numpy()
    has = pd.notna(written)
    assert set(written[has & (expected == "GRC")]) == {"EL"}
    assert set(written[has & (expected == "GBR")]) == {"UK"}
    assert set(written[has & (expected == "ITA")]) == {"IT"}
    transit = cells["transitCountries"].dropna()
    assert transit.str.fullmatch(r"[A-Z]{2}(,[A-Z]{2})*").all()
    assert transit.str.contains("EL").any()  # Greece on the Balkan route


# --------------------------------------------------------------------------------------
# eldiario_es_gx.xlsx: the newsroom's spreadsheet
# --------------------------------------------------------------------------------------
def test_eldiario_dates_are_excel_dates_text_serials_and_periods(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _cells(paths, truth, "eldiario_es")
    rows = _rows(truth, "eldiario_es")
    dates = cells.loc[rows["source_row"].astype(int), "Fecha"]
    kinds = dates.map(lambda v: type(v).__name__)
    assert {"datetime", "str", "int"} <= set(kinds)
    assert (kinds == "datetime").mean() > 0.6
    text = dates[kinds == "str"]
    day = text.str.fullmatch(r"\d\d/\d\d/\d{4}")
    month = text.str.fullmatch(
        r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto"
        r"|septiembre|octubre|noviembre|diciembre) de \d{4}"
    )
    quarter = text.str.fullmatch(r"T[1-4] \d{4}")
    assert (day | month | quarter).all()
    assert month.any()
    assert quarter.any()
    # the truth reads each as the analyst does
    exp = pd.to_datetime(rows.set_index(rows["source_row"].astype(int))["event_date"])
    prec = rows.set_index(rows["source_row"].astype(int))["date_precision"]
    for i, value in dates.items():  # a few hundred rows
        if isinstance(value, int):
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=value) == exp[i]
        elif isinstance(value, str) and re.fullmatch(r"T[1-4] \d{4}", value):
            assert prec[i] == "quarter"
            assert exp[i] == pd.Period(f"{value[3:]}Q{value[1]}", freq="Q").start_time
        elif isinstance(value, str) and " de " in value:
            assert prec[i] == "month"
        elif isinstance(value, str):
            assert pd.to_datetime(value, format="%d/%m/%Y") == exp[i]


def test_eldiario_wording(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths, truth, "eldiario_es")
    assert list(cells.columns[:4]) == ["ID", "Fecha", "Delito", "Tipo de explotación"]
    nat = cells["Nacionalidad"].dropna().astype(str)
    assert nat.isin(["maliense", "marfileña", "marroquí", "senegalesa"]).any()
    transit = cells["Ruta (países de tránsito)"].dropna().astype(str)
    assert transit.str.contains(" y ").any()
    assert cells["Detenidos"].astype(str).eq("ninguno").any()
    assert {"cayuco", "patera", "neumática"} <= set(cells["Embarcación / medio"].dropna())
    total = cells.loc[cells["ID"] == "TOTAL"]
    assert len(total) == 1
    assert isinstance(total["Personas"].iloc[0], int)


def test_eldiario_positions_read_back_to_the_truth(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    cells = _cells(paths, truth, "eldiario_es")
    rows = _rows(truth, "eldiario_es").set_index("source_row")
    rows.index = rows.index.astype(int)
    pos = cells.loc[rows.index, "Posición"].dropna()
    assert pos.str.contains(r"º \d\d,\d' N 0\d\dº \d\d,\d' O").all()
    for i, text in pos.items():  # about a hundred positions
        lat, lon = _ddm(text)
        assert abs(lat - float(rows.at[i, "lat"])) < 1e-4
        assert abs(lon - float(rows.at[i, "lon"])) < 1e-4


# --------------------------------------------------------------------------------------
# mica_center_gx.csv: the Navy's "Texte Unicode" export
# --------------------------------------------------------------------------------------
def test_mica_is_utf16_tab_delimited(paths: dict[str, Path]) -> None:
    raw = paths["mica_center"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["N° événement", "Date", "Type d'événement"]
    assert "Âge" in header
    assert "Passeurs interpellés" in header


def test_mica_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths, truth, "mica_center")
    rows = _rows(truth, "mica_center").set_index("source_row")
    rows.index = rows.index.astype(int)
    written = cells.loc[rows.index]
    assert written["Date"].str.fullmatch(r"\d\d/\d\d/\d\d(\d\d)?").all()
    dates = written["Date"].map(
        lambda v: pd.to_datetime(v, format="%d/%m/%Y" if len(v) == 10 else "%d/%m/%y")
    )
    assert (dates == pd.to_datetime(rows["event_date"])).all()
    pos = written["Position"].dropna()
    assert pos.str.fullmatch(r"\d\dÂ?°\d\d,\d\d'N - 00\dÂ?°\d\d,\d\d'[EW]").all()
    assert pos.str.contains("Â°").any()  # rows of the mis-decoded batch
    for i, text in pos.items():
        lat, lon = _ddm(text)
        assert abs(lat - float(rows.at[i, "lat"])) < 1e-4
        assert abs(lon - float(rows.at[i, "lon"])) < 1e-4
    assert cells["Passeurs interpellés"].eq("aucun").any()
    words = cells.drop(columns=["Position"]).stack().astype(str)
    assert words.str.contains("Ã").any()  # mojibake of an earlier copy


def test_mica_mojibake_is_read_as_the_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths, truth, "mica_center")
    rows = _rows(truth, "mica_center").set_index("source_row")
    rows.index = rows.index.astype(int)
    garbled = {"Ã‰rythrÃ©e": "ERI", "ViÃªt Nam": "VNM"}
    crime = {
        "Traite des Ãªtres humains": "trafficking",
        "trafic illicite de migrants": "smuggling",
        "filiÃ¨re d'immigration clandestine": "smuggling",
    }
    written = cells.loc[rows.index]
    batch = written.apply(lambda r: r.astype(str).str.contains("Ã|Â").any(), axis=1)
    assert batch.sum() >= 3
    for header, col in (("Nationalité", "nationality"), ("Pays d'origine", "origin_country")):
        hit = written[header].isin(list(garbled))
        assert (rows.loc[hit[hit].index, col] == written.loc[hit, header].map(garbled)).all()
    hit = written["Type d'événement"].isin(list(crime))
    assert (
        rows.loc[hit[hit].index, "crime_type"] == written.loc[hit, "Type d'événement"].map(crime)
    ).all()


# --------------------------------------------------------------------------------------
# seawatch_airborne_gx.csv: the spotter aircraft's sightings
# --------------------------------------------------------------------------------------
def test_seawatch_bytes(paths: dict[str, Path]) -> None:
    raw = paths["seawatch_airborne"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    header = next(csv.reader(io.StringIO(text)))
    assert header[:5] == ["Case", "Date", "Aircraft", "Position (first sighting)", "POB"]
    assert "\r\n" not in text


def test_seawatch_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths, truth, "seawatch_airborne")
    rows = _rows(truth, "seawatch_airborne").set_index("source_row")
    rows.index = rows.index.astype(int)
    written = cells.loc[rows.index]
    assert written["Date"].str.fullmatch(r"\d\d\.\d\d\.\d{4}").all()
    dates = pd.to_datetime(written["Date"], format="%d.%m.%Y")
    assert (dates == pd.to_datetime(rows["event_date"])).all()
    pob = written["POB"]
    assert pob.str.fullmatch(r"(~|approx\. )?\d+|unclear").all()
    assert pob.str.startswith("~").any()
    read = pd.to_numeric(pob.str.replace(r"^(~|approx\. )", "", regex=True), errors="coerce")
    assert (read.dropna() == rows.loc[read.notna(), "n_persons"].astype(int)).all()
    assert rows.loc[pob == "unclear", "n_persons"].isna().all()
    place = written["Disembarked"]
    assert place.dropna().str.fullmatch(r"(Lampedusa|Pozzallo|Crotone), Italy").all()
    assert (rows.loc[place.notna(), "detection_country"] == "ITA").all()
    assert rows.loc[place.isna(), "detection_country"].isna().all()  # left blank
    for i, text in written["Position (first sighting)"].dropna().items():
        lat, lon = _ddm(text)
        assert abs(lat - float(rows.at[i, "lat"])) < 1e-4
        assert abs(lon - float(rows.at[i, "lon"])) < 1e-4


# --------------------------------------------------------------------------------------
# ea_sar802_gx.csv: the SAR squadron's sorties
# --------------------------------------------------------------------------------------
def test_sar802_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ea_sar802"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, as the squadron's Excel saves it
    text = raw.decode("cp1252")
    assert text.splitlines()[0].split(";")[:3] == ["Nº MISIÓN", "GDH", "AERONAVE"]
    assert "\r\n" in text


def test_sar802_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    cells = _cells(paths, truth, "ea_sar802")
    rows = _rows(truth, "ea_sar802").set_index("source_row")
    rows.index = rows.index.astype(int)
    written = cells.loc[rows.index]
    dtg = written["GDH"].str.fullmatch(r"\d{6}Z [A-Z]{3} \d\d")
    assert dtg.mean() > 0.5
    for i, value in written.loc[dtg, "GDH"].items():
        day, mon, yy = int(value[:2]), _EN_MONTHS.index(value[8:11]) + 1, int(value[12:])
        assert pd.Timestamp(2000 + yy, mon, day) == pd.Timestamp(rows.at[i, "event_date"])
    region = written["NACIONALIDAD"].isin(["SUBSAHARIANOS", "MAGREBÍES"])
    assert region.any()
    assert rows.loc[region, "nationality"].isna().all()
    assert written["PERSONAS A BORDO"].str.fullmatch(r"\d+|SIN DETERMINAR").all()
    for i, text in written["POSICIÓN AVISTAMIENTO"].dropna().items():
        lat, lon = _ddm(text)
        assert abs(lat - float(rows.at[i, "lat"])) < 1e-4
        assert abs(lon - float(rows.at[i, "lon"])) < 1e-4


def test_make_blind204_small_truth() -> None:
    subs = make_blind204(make_truth(seed=5, n_events=300), seed=5)
    assert [s.filename for s in subs] == list(FILES.values())
    for sub in subs:
        assert len(sub.expected) == len(sub.frame)
