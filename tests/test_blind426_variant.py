"""Examiner set ``blind426`` (files ``*_pl.*``): five furniture and bedding trade desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind426 import DESKS, make_blind426

VARIANT = "blind426"
SEED = 426
N_EVENTS = 1500
SMALL_SEED = 4261
SMALL_EVENTS = 400

SOURCES = (
    "nbf_modern_slavery",
    "ameublement_francais",
    "anieme_cumplimiento",
    "afamjal_seguridad",
    "fira_supply_chain",
)
# Fields every kept row expects exactly as the event gives them.
FIELDS = ("crime_type", "exploitation", "origin_country", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)


def _cells(paths: dict[str, Path], truth: pd.DataFrame, source: str, header: str) -> pd.Series:
    """The written cell of ``header`` for each of the source's truth rows (by row number)."""
    desk = next(d for d in DESKS if d.source == source)
    path = paths[source]
    if desk.format == "xlsx":
        sheet = openpyxl.load_workbook(path).active
        assert sheet is not None
        rows = list(sheet.iter_rows(values_only=True))
        col = list(rows[0]).index(header)
        by_row = {i + 1: r[col] for i, r in enumerate(rows)}
    elif desk.format == "jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        by_row = {i + 1: json.loads(line).get(header) for i, line in enumerate(lines)}
    else:
        frame = _csv(path, desk.encoding, desk.delimiter or ",")
        by_row = dict(zip(range(2, len(frame) + 2), frame[header], strict=True))
    rows_of = _rows(truth, source)
    return pd.Series([by_row[int(r)] for r in rows_of["source_row"]], index=rows_of.index)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_pl", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_pl", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_expected_values(small, rows, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_has_rows(n_events: int) -> None:
    subs = make_blind426(make_truth(seed=7, n_events=n_events), seed=7)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert sub.expected["expected_status"].eq("record").sum() > 0, sub.source


def test_destination_left_unknown_only_when_tagged(paths: dict[str, Path]) -> None:
    rows = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = rows.loc[rows["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(rows).loc[rows["expected_status"] != "quarantine"].reset_index(drop=True)
    true_dest = events.loc[ok["event_id"], "destination_country"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:destination_country")
    assert unknown.sum() > 0
    assert ok.loc[unknown, "destination_country"].isna().all()
    assert ok.loc[~unknown, "destination_country"].equals(true_dest[~unknown])


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_nbf_log_utf8_bom_commas_demonyms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["nbf_modern_slavery"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Log ref,Date identified,Country identified,")
    assert re.search(r",\d\d/\d\d/20\d\d,", text)
    assert re.search(r",\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d,", text)
    assert re.search(r",(Q[1-4]|[A-Z][a-z]+) 20\d\d,", text)  # month or quarter only
    assert " > " in text  # routes
    assert re.search(r'"5\d\.\d{5}, -?\d+\.\d{5}"', text)  # one "lat, long" cell
    frame = _csv(paths["nbf_modern_slavery"], "utf-8-sig", ",")
    assert {"Vietnamese", "Afghan"} & set(frame["Nationality"])
    assert {"Modern slavery", "Clandestine entry"} <= set(frame["Concern type"])
    rows = _rows(truth, "nbf_modern_slavery")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_ameublement_cp1252_semicolons_mojibake(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["ameublement_francais"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° fiche;Date du constat;Pays du constat;")
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";T[1-4] 20\d\d;", text) or re.search(r";[a-zéû]+ 20\d\d;", text)
    assert re.search(r";5\d,\d{5};-?\d+,\d{5};", text)  # decimal commas
    assert "Ã" in text  # UTF-8 read as cp1252
    frame = _csv(paths["ameublement_francais"], "cp1252", ";")
    assert frame["Pays du constat"].str.isupper().any()
    rows = _rows(truth, "ameublement_francais")
    garbled = tags_of(rows).str.contains("mojibake")
    assert garbled.any()
    # a garbled row still expects the event's clean values
    assert rows.loc[garbled & rows["expected_status"].ne("quarantine"), "crime_type"].notna().all()


def test_anieme_workbook_dates_and_sexo(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths["anieme_cumplimiento"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Nº expediente", "Fecha del hecho", "Tipología"]
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > 100
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d[/-]\d\d[/-]20\d\d", d) for d in dates)
    counts = [r[header.index("Nº de personas")] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 100
    # "M" is mujer, "H" hombre in this desk's Sexo column
    sexo = _cells(paths, truth, "anieme_cumplimiento", "Sexo")
    kept = _rows(truth, "anieme_cumplimiento")["expected_status"].ne("quarantine")
    exp = _rows(truth, "anieme_cumplimiento")["gender"]
    assert (exp[kept & sexo.eq("M")] == "female").all()
    assert (exp[kept & sexo.eq("H")] == "male").all()
    assert (kept & sexo.eq("M")).any()


def test_afamjal_jsonl_mexican_wording(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["afamjal_seguridad"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all("folio" in r for r in recs)
    assert any(isinstance(r.get("paises_transito"), list) for r in recs)
    assert any(
        re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", str(r["fecha_hallazgo"])) for r in recs
    )
    assert any(re.fullmatch(r"20\d\d-\d\d", str(r["fecha_hallazgo"])) for r in recs)
    words = _cells(paths, truth, "afamjal_seguridad", "tipo_delito")
    rows = _rows(truth, "afamjal_seguridad")
    kept = rows["expected_status"].ne("quarantine")
    # in Mexico "tráfico de personas" is smuggling and "trata de personas" trafficking
    assert (rows.loc[kept & words.eq("tráfico de personas"), "crime_type"] == "smuggling").all()
    assert (rows.loc[kept & words.eq("trata de personas"), "crime_type"] == "trafficking").all()
    nat = _cells(paths, truth, "afamjal_seguridad", "nacionalidad")
    assert (rows.loc[kept & nat.eq("hondureña"), "nationality"] == "HND").all()


def test_fira_utf16_tabs_codes_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["fira_supply_chain"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.splitlines()[0].startswith("Alert ID\tIncident date\tCountry (ISO)\t")
    assert re.search(r"\tTUR-BGR-SRB(-BIH)?\t", text)
    assert re.search(r"\d+°\d\d'\d\d\"\"[NS] \d+°\d\d'\d\d\"\"[EW]", text)
    frame = _csv(paths["fira_supply_chain"], "utf-16", "\t")
    assert {"IT", "GR", "HR", "PA"} <= set(frame["Country (ISO)"])
    assert frame["Nationality"].str.fullmatch(r"[A-Z]{3}").mean() > 0.7
    rows = _rows(truth, "fira_supply_chain")
    serial = tags_of(rows).str.contains("excel_serial") & rows["expected_status"].ne("quarantine")
    assert serial.any()
    cells = _cells(paths, truth, "fira_supply_chain", "Incident date")[serial]
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(cells.astype(int), unit="D")
    assert (days.dt.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"]).all()


def test_partial_dates_expect_period_starts(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    month = tags.str.contains("month_only") & truth["expected_status"].ne("quarantine")
    quarter = tags.str.contains("quarter_only") & truth["expected_status"].ne("quarantine")
    assert month.any()
    assert quarter.any()
    assert (truth.loc[month, "date_precision"] == "month").all()
    assert truth.loc[month, "event_date"].str.endswith("-01").all()
    assert (truth.loc[quarter, "date_precision"] == "quarter").all()
    assert truth.loc[quarter, "event_date"].str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()
