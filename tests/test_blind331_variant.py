"""The ``blind331`` examiner set (files ``*_lu.*``): five crypto-asset compliance desks.

These tests check what the set promises (files, truth, each desk's way of writing);
none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from tests._blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind331 import SOURCES, make_blind331

VARIANT = "blind331"
SEED = 331
N_EVENTS = 1500
SMALL_SEED = 3311
SMALL_EVENTS = 400

COINHOUSE = "coinhouse_conformite_lu"
BITSTAMP = "bitstamp_fincrime_lu"
BIT2ME = "bit2me_pbc_lu"
VOLABIT = "volabit_oc_lu"
ATHENA = "athena_btm_pa_lu"
NAMES = (COINHOUSE, BITSTAMP, BIT2ME, VOLABIT, ATHENA)
EXACT_FIELDS = ("crime_type", "destination_country", "linked_offences")
SPEC = {s.source: s for s in SOURCES}
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def _read_truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _read_truth(paths)


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as text (None when empty), indexed by ``source_row``."""
    spec = SPEC[source]
    path = paths[source]
    if spec.format == "csv":
        text = path.read_bytes().decode(spec.encoding)
        frame = pd.read_csv(
            io.StringIO(text),
            sep=spec.delimiter,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        frame = frame.replace("", None)
        frame.index = np.arange(2, 2 + len(frame))
        return frame
    if spec.format == "xlsx":
        book = openpyxl.load_workbook(path)
        rows = list(book.active.iter_rows(values_only=True))
        frame = pd.DataFrame(rows[1:], columns=rows[0], dtype=object)
        frame.index = np.arange(2, 2 + len(frame))
        return frame
    lines = path.read_text(encoding=spec.encoding).splitlines()
    frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
    frame.index = np.arange(1, 1 + len(frame))
    return frame


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source_file"] == SPEC[source].filename].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


# --------------------------------------------------------------------------------------
# The set as a whole
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lu", n_events=N_EVENTS)


def test_small_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_lu", n_events=SMALL_EVENTS)
    rows = _read_truth(small)
    check_reports_of_events(small, rows, EXACT_FIELDS)
    check_read_loses_no_row(small, NAMES, rows)


@pytest.mark.parametrize(
    ("seed", "n_events"), [(0, 300), (1, 300), (SMALL_SEED, 300), (SMALL_SEED, 400)]
)
def test_every_source_has_records(seed: int, n_events: int) -> None:
    subs = make_blind331(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_reports_of_events(paths, truth, EXACT_FIELDS)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


_LOST = {
    "n_persons": ("count_placeholder",),
    "n_suspects": ("blank:n_suspects", "suspects_placeholder", "blank_n_suspects"),
    "nationality": ("blank:nationality", "unknown_word:nationality", "blank_nationality"),
    "origin_country": ("blank:origin_country", "unknown_word:origin_country"),
    "detection_country": ("blank_detection_country",),
    "transit_countries": ("blank:transit_countries",),
    "gender": ("blank:gender", "unknown_word:gender", "blank_gender"),
    "age_group": ("blank:age_group", "unknown_word:age_group"),
    "transport_mode": ("blank:transport_mode", "unknown_word:transport_mode"),
    "exploitation": ("blank:exploitation", "unknown_word:exploitation", "no_column:exploitation"),
}
_VOCAB = ("gender", "age_group", "transport_mode", "exploitation")


def test_values_follow_the_tags(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each field is the event's, but where the row's tags say the cell lost it."""
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    split = tags.str.split(";")
    for col, words in _LOST.items():
        lost = split.map(lambda t, words=words: any(w in t for w in words))
        assert ok.loc[~lost, col].equals(ev.loc[~lost, col]), col
        if col in _VOCAB:
            had = ev[col].notna()
            assert (ok.loc[lost & had, col] == "unknown").all(), col
        else:
            assert ok.loc[lost, col].isna().all(), col
        assert lost.any() or col == "detection_country", col
    # a pure smuggling case has no form of exploitation, whatever the cell says
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    no_place = split.map(
        lambda t: bool({"coords_missing", "coords_placeholder", "blank_coordinates"} & set(t))
    )
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff <= 5.1e-5).all(), col


def test_dates_and_precisions(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, EXACT_FIELDS)
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    # a second report of an event gives its day, never only a month or quarter
    assert (prec[ok["expected_reason"] == "cross_source"] == "day").all()
    by_file = ok.groupby("source_file")["date_precision"].agg(set)
    assert by_file[SPEC[COINHOUSE].filename] == {"day", "quarter"}
    assert by_file[SPEC[BITSTAMP].filename] == {"day", "quarter"}
    assert by_file[SPEC[BIT2ME].filename] == {"day", "month"}
    assert by_file[SPEC[VOLABIT].filename] == {"day", "month"}
    assert by_file[SPEC[ATHENA].filename] == {"day"}


# --------------------------------------------------------------------------------------
# Each desk's way of writing, read from the bytes
# --------------------------------------------------------------------------------------
def _parse_date(source: str, cell: object) -> tuple[pd.Timestamp, str]:
    """Read a date cell the way its desk writes it (day-first where it is a day)."""
    if isinstance(cell, datetime):
        return pd.Timestamp(cell), "day"
    text = str(cell).strip()
    if m := re.fullmatch(r"[QT]([1-4]) (\d{4})", text):
        return pd.Timestamp(year=int(m[2]), month=3 * int(m[1]) - 2, day=1), "quarter"
    if m := re.fullmatch(r"([a-z]+) (\d{4})", text):
        return pd.Timestamp(year=int(m[2]), month=_ES_MONTHS.index(m[1]) + 1, day=1), "month"
    if re.fullmatch(r"\d{4}-\d\d", text):
        return pd.Timestamp(text + "-01"), "month"
    if m := re.fullmatch(r"(\d\d)-([a-z]{3})-(\d{4})", text):
        return pd.Timestamp(int(m[3]), _ES_ABBR.index(m[2]) + 1, int(m[1])), "day"
    if re.fullmatch(r"\d{5}", text):
        return pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(text)), "day"
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d:\d\d-06:00)?", text):
        return pd.Timestamp(int(m[1]), int(m[2]), int(m[3])), "day"
    if m := re.fullmatch(r"(\d{4})/(\d\d)/(\d\d)", text):
        return pd.Timestamp(int(m[1]), int(m[2]), int(m[3])), "day"
    if m := re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", text):
        return pd.Timestamp(f"{m[1]} {m[2]} {m[3]}"), "day"
    m = re.fullmatch(r"(\d\d)[/-](\d\d)[/-](\d{2}|\d{4})( \d\d:\d\d)?", text)
    assert m is not None, (source, text)
    year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
    return pd.Timestamp(year, int(m[2]), int(m[1])), "day"


@pytest.mark.parametrize("source", NAMES)
def test_date_cells_read_as_the_truth_says(
    paths: dict[str, Path], truth: pd.DataFrame, source: str
) -> None:
    cells = _cells(paths, source)
    rows = _rows(truth, source)
    header = SPEC[source].headers["event_date"]
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    for row, exp in kept.iterrows():  # a few hundred rows
        day, precision = _parse_date(source, cells.at[row, header])
        assert day == pd.Timestamp(exp["event_date"]), (source, row)
        assert precision == exp["date_precision"], (source, row)


@pytest.mark.parametrize("source", NAMES)
def test_bad_rows_show_their_fault(
    paths: dict[str, Path], truth: pd.DataFrame, source: str
) -> None:
    spec = SPEC[source]
    cells = _cells(paths, source)
    rows = _rows(truth, source)
    date_h, count_h = spec.headers["event_date"], spec.headers["n_persons"]
    bad = rows.loc[rows["messiness"].fillna("").str.contains("bad_row")]
    for row, exp in bad.iterrows():
        date, count = cells.at[row, date_h], cells.at[row, count_h]
        reason = exp["expected_reason"]
        if reason == "no_date":
            assert date is None or date != date
        elif reason == "bad_date":
            assert re.search(r"\b3[01]\b.*\b(02|feb)\b|\b(02|feb)\b.*\b3[01]\b", str(date))
        elif reason == "future_date":
            year = date.year if isinstance(date, datetime) else int(re.findall(r"21\d\d", date)[0])
            assert year >= 2100
        elif reason == "negative_count":
            assert int(count) < 0
        else:
            assert str(count) in spec.bad_count
    garbage = rows.loc[rows["messiness"] == "garbage_row"]
    assert garbage["expected_reason"].iloc[-1] == "no_date"  # the total row comes last
    total = cells.at[int(garbage.index[-1]), count_h]
    kept = rows.loc[rows.index < garbage.index[-1]]
    assert int(total) == kept["n_persons"].astype(float).sum()


def test_coinhouse_french_cp1252(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[COINHOUSE].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0].split(";")
    assert header[:3] == ["N° DS", "Date de détection", "Typologie"]
    assert "Infractions connexes" in header
    assert text.count("\r\n") == text.count("\n")  # CRLF line ends
    assert re.search(r";\d{2}/\d{2}/\d{4};", text)  # day-first
    assert re.search(r";T[1-4] 20\d\d;", text)  # quarter only
    assert re.search(r";-?\d{1,3},\d{5};", text)  # decimal comma coordinates
    assert re.search(r";\d{1,3} \d{3},\d\d\r\n", text)  # amounts in French style
    assert ";small boat;" in text
    assert "aide à l'entrée et au séjour irréguliers" in text
    assert re.search(r";(ALGERIE|Algerie|Egypte|Erythree|Senegal|Guinee|Cote d’Ivoire);", text)
    cells = _cells(paths, COINHOUSE)
    assert "Total général" in set(cells["N° DS"].dropna())
    assert cells.isna().all(axis=1).sum() == 1  # one empty row


def test_bitstamp_english_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    assert paths[BITSTAMP].read_bytes()[:2] == b"PK"
    cells = _cells(paths, BITSTAMP)
    assert list(cells.columns[:4]) == [
        "FCU case ref",
        "Date identified",
        "Typology",
        "Exploitation type",
    ]
    dates = cells["Date identified"].dropna()
    kinds = dates.map(lambda d: type(d).__name__)
    assert (kinds == "datetime").mean() > 0.7
    text = dates[kinds == "str"].astype(str)
    assert text.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert text.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    place = cells["Location (lat, long)"].dropna()
    pair = place.str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}")
    assert pair.mean() > 0.9
    assert place[~pair].isin(SPEC[BITSTAMP].unknown).all()
    assert cells["Transit route"].dropna().str.contains(" > ").any()
    assert {"Organised immigration crime", "OIC", "MSHT / OIC"} <= set(cells["Typology"])
    assert {"Nil", "None"} & set(cells["No. of subjects"].dropna().astype(str))
    assert cells["No. of individuals"].map(lambda v: isinstance(v, int)).mean() > 0.9
    assert set(cells["Country of interception"].dropna()) & {"HRV", "POL", "GRC", "ITA"}
    # the compilation: every event detected outside the five desks' countries is here
    rows = _rows(truth, BITSTAMP)
    firsts = rows.loc[rows["expected_status"] != "duplicate", "detection_country"].dropna()
    assert {"ITA", "GRC", "HRV", "POL", "GBR"} == set(firsts)


def test_bit2me_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BIT2ME].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº comunicación", "Fecha detección", "Tipología"]
    assert re.search(
        r"\t(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
        r"|octubre|noviembre|diciembre) 20\d\d\t",
        text,
    )
    assert re.search(r"\t\d\d/\d\d/20\d\d \d\d:\d\d\t", text)
    assert re.search(r"\t-?\d{1,3},\d{5}\t", text)
    assert re.search(r"\t\d{1,3}\.\d{3},\d\d\n", text)
    cells = _cells(paths, BIT2ME)
    assert {"patera", "cayuco"} <= set(cells["Medio de transporte"].dropna())
    rows = _rows(truth, BIT2ME)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    cells = cells.loc[rows.index]
    male_v = cells.index[cells["Sexo"].fillna("").str.strip().isin(["V", "varones"])]
    assert len(male_v) > 0
    assert (rows.loc[male_v, "gender"] == "male").all()
    fence = cells.index[cells["Medio de transporte"] == "salto de valla"]
    assert len(fence) > 0
    assert (rows.loc[fence, "transport_mode"] == "land").all()
    big = rows.index[rows["messiness"].fillna("").str.contains("thousands:n_persons")]
    assert len(big) > 0
    assert cells.loc[big, "Nº personas"].str.fullmatch(r"\d\.\d{3}").all()


def test_volabit_mexican_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[VOLABIT].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["folio_roi", "fecha_deteccion", "tipologia"]
    cells = _cells(paths, VOLABIT)
    rows = _rows(truth, VOLABIT)
    dates = cells["fecha_deteccion"].dropna()
    assert dates.str.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d-06:00").mean() > 0.5
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    countries = pd.concat([cells[c] for c in ("pais_destino", "pais_deteccion")]).dropna()
    assert {"EUA", "EE.UU."} & set(countries)
    nat = cells["nacionalidad"].dropna().str.strip()
    assert nat.str.fullmatch(r"\d{3}").any()  # ISO numeric codes
    assert nat.str.fullmatch(r"[A-Z]{2}").any()  # ISO alpha-2 codes
    assert "NNA" in set(cells["grupo_etario"].dropna())
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    sex = cells.loc[kept.index, "sexo"].fillna("").str.strip()
    assert (kept.loc[sex == "M", "gender"] == "female").all()  # M = mujer
    assert (kept.loc[sex == "H", "gender"] == "male").all()  # H = hombre
    assert (sex == "M").any()
    assert (sex == "H").any()
    assert cells["latitud"].dropna().map(lambda v: isinstance(v, float)).all()


def test_athena_panama_mojibake(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ATHENA].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.splitlines()[0].split(",")[:3] == ["ID alerta", "Fecha", "Tipo de caso"]
    assert "PanamÃ¡" in text or "trÃ¡fico" in text
    cells = _cells(paths, ATHENA)
    rows = _rows(truth, ATHENA)
    dates = cells["Fecha"].dropna()
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-20\d\d").any()
    assert dates.str.fullmatch(r"20\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    place = cells["Coordenadas"].dropna()
    pair = place.str.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}")
    assert pair.mean() > 0.9
    assert place[~pair].isin(SPEC[ATHENA].unknown).all()  # "N/D": no place
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    tags = kept["messiness"].fillna("")
    for col, header in (("nationality", "Nacionalidad"), ("detection_country", "País detección")):
        garbled = kept.index[tags.str.contains(f"mojibake:{col}")]
        assert len(garbled) > 0, col
        assert cells.loc[garbled, header].str.contains("Ã").all(), col
        assert kept.loc[garbled, col].str.fullmatch(r"[A-Z]{3}").all(), col  # read through
    assert "exploitation" not in SPEC[ATHENA].headers
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row, exp in repeats.iterrows():
        first_row = int(exp["duplicate_of"].split(":")[1])
        assert cells.loc[row].equals(cells.loc[first_row].rename(row))


def test_cross_source_reports(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    first_file = cross["duplicate_of"].str.split(":").str[0]
    assert (first_file != cross["source_file"]).all()
    pairs = set(zip(first_file, cross["source_file"], strict=True))
    assert (SPEC[ATHENA].filename, SPEC[VOLABIT].filename) in pairs  # Darién, then Mexico
    assert (SPEC[COINHOUSE].filename, SPEC[BITSTAMP].filename) in pairs  # the Channel
    blanked = tags_of(truth).loc[cross.index].str.contains("blank_")
    assert 0 < blanked.sum() < len(cross)
