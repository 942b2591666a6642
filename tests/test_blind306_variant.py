"""The examiner set ``blind306`` (files ``*_kv.*``): what its files and truth promise.

Five reproductive-health desks (HFEA, CNOM, CNRHA, APLAFA's Kobo export, the IPPF
humanitarian hub). These tests read the bytes and the truth only: none cleans or scores.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._blind306 import SOURCES

VARIANT = "blind306"
SEED = 306
N_EVENTS = 1500
SMALL_SEED = 3061
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
TOLERANCE = 0.001  # degrees: every desk writes at least four decimals

_MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MESES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].assign(
        source_row=lambda t: t["source_row"].astype(int)
    )


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """The CSV's cells as text, indexed by the row number a person counts (header = 1)."""
    frame = pd.read_csv(path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False)
    frame.index = range(2, len(frame) + 2)
    return frame


def _jsonl(path: Path) -> dict[int, dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {i: json.loads(line) for i, line in enumerate(lines, start=1)}


def _xlsx(path: Path) -> tuple[list[str], dict[int, tuple[object, ...]]]:
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    return [str(h) for h in rows[0]], {i: r for i, r in enumerate(rows[1:], start=2)}


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_kv", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_kv", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_reports_of_events(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok, ev = check_reports_of_events(paths, truth, ("crime_type",))
    # a desk leaves a country out only by a "not known" word or a blank, said in the tags
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country", "transit_countries"):
        lost = ok[col].ne(ev[col]) & ~(ok[col].isna() & ev[col].isna())
        assert ok.loc[lost, col].isna().all(), col
        assert tags[lost].str.contains(f"unknown:{col}").all(), col
    # APLAFA's Kobo form has no offence question: it says nothing of them
    aplafa = ok["source_file"] == "aplafa_darien_kv.csv"
    assert ok.loc[aplafa, "linked_offences"].isna().all()
    others = ~aplafa
    assert (
        ok.loc[others, "linked_offences"]
        .fillna("")
        .eq(ev.loc[others, "linked_offences"].fillna(""))
        .all()
    )


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type",), tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_desk_writes_records_at_every_size(
    paths: dict[str, Path], small: dict[str, Path], tmp_path: Path
) -> None:
    from trendlib.samples import write_samples

    tiny = write_samples(tmp_path / "tiny", seed=SMALL_SEED, n_events=300, variant=VARIANT)
    for where in (paths, small, tiny):
        rows = pd.read_csv(where["truth_rows"], dtype=str)
        recs = rows.loc[rows["expected_status"] == "record", "source_file"]
        assert set(recs) == {where[n].name for n in NAMES}


def test_smuggling_rows_expect_no_exploitation(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    smug = ok["crime_type"] == "smuggling"
    assert ok.loc[smug, "exploitation"].isna().all()
    assert ok.loc[~smug, "exploitation"].notna().all()


# --------------------------------------------------------------------------------------
# Each desk's habits, read from the bytes
# --------------------------------------------------------------------------------------
def test_hfea_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["hfea_compliance"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    first = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert first.startswith("HFEA ref,Date of incident,Concern type,")
    frame = _csv(path, "utf-8-sig", ",")
    text = " ".join(frame.astype(str).to_numpy().ravel())
    assert "Nil" in text
    assert "Not known" in text
    assert re.search(r"\b(England|Scotland|UK)\b", text)
    assert " > " in text  # transit countries in order
    dates = frame["Date of incident"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert frame["Latitude"].str.fullmatch(r"|-?\d+\.\d{4}").all()


def test_cnom_bytes(paths: dict[str, Path]) -> None:
    path = paths["cnom_signalements"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: é is one byte
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.split("\r\n", 1)[0].split(";")[:3] == [
        "N° de signalement",
        "Date des faits",
        "Nature des faits",
    ]
    frame = _csv(path, "cp1252", ";")
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"(?:{}) \d{{4}}".format("|".join(_MOIS))).any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    coords = frame["Coordonnées (lat / long)"]
    assert coords.str.fullmatch(r"|-?\d+,\d{5} / -?\d+,\d{5}").all()
    nat = frame["Nationalité"].str.lower()
    assert nat.isin(["afghan", "iranien", "irakien", "érythréen", "albanais"]).any()
    assert "aucun" in set(frame["Nombre d'auteurs présumés"])


def test_cnrha_cells(paths: dict[str, Path]) -> None:
    headers, rows = _xlsx(paths["cnrha_sanidad"])
    assert headers[:3] == ["Nº expediente", "Fecha de los hechos", "Tipología delictiva"]
    dates = [r[1] for r in rows.values()]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) for d in dates)  # bare Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    cells = [v for r in rows.values() for v in r if isinstance(v, str)]
    assert any("Ã" in v for v in cells)  # rows pasted from UTF-8 read as ANSI
    assert any("177 bis" in v or "318 bis" in v for v in cells)
    assert any(isinstance(r[4], int) for r in rows.values())


def test_aplafa_kobo_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["aplafa_darien"]
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(path, "utf-8", ";")
    assert "datos_caso/fecha_atencion" in frame.columns
    grouped = [c for c in frame.columns if c not in ("codigo_registro", "ubicacion")]
    assert all("/" in c for c in grouped)  # the form's groups in the headers
    point = frame["ubicacion"]
    assert point.str.fullmatch(r"|-?\d+\.\d{6} -?\d+\.\d{6} \d+\.\d \d+\.\d").all()
    for col in ("perfil/nacionalidad", "ruta/pais_destino", "ruta/paises_transito"):
        assert frame[col].str.fullmatch(r"[a-z_ ]*").all(), col
    assert "estados_unidos" in set(frame["ruta/pais_destino"])
    dated = frame["datos_caso/fecha_atencion"].loc[_rows_of(truth, path.name)["source_row"]]
    assert dated.str.fullmatch(r"|\d{4}-\d\d-\d\d").mean() > 0.98  # ISO, as Kobo writes
    rows = _rows_of(truth, path.name)
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        first = int(str(row.duplicate_of).split(":")[1])
        assert frame.loc[row.source_row].equals(frame.loc[first])


def test_ippf_jsonl(paths: dict[str, Path]) -> None:
    lines = _jsonl(paths["ippf_humanitarian"])
    body = [r for r in lines.values() if r["case_id"] != "TOTAL"]
    assert all(isinstance(r["transit_iso"], list) for r in body)
    dates = {str(r["incident_date"]) for r in body}
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    codes = [r["country_iso"] for r in body if r["country_iso"]]
    assert sum(bool(re.fullmatch(r"[A-Z]{3}", str(c))) for c in codes) > 0.7 * len(codes)
    counts = [r["individuals"] for r in body if r["individuals"] is not None]
    words = [c for c in counts if not isinstance(c, int)]  # the few unreadable counts
    assert set(words) <= set(SOURCES[-1].bad_count)
    assert len(words) < 0.01 * len(counts)


# --------------------------------------------------------------------------------------
# The truth says what the cells say: dates and counts read back from the bytes
# --------------------------------------------------------------------------------------
def _read_date(source: str, cell: object) -> dt.date:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, int):  # Excel serial
        return dt.date(1899, 12, 30) + dt.timedelta(days=cell)
    text = str(cell).strip()
    if m := re.fullmatch(r"(\d\d)/(\d\d)/(\d{2}|\d{4})", text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return dt.date(year, int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", text):
        return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])|T([1-4]) (\d{4})", text):
        year, q = (m[1], m[2]) if m[1] else (m[4], m[3])
        return dt.date(int(year), 3 * int(q) - 2, 1)
    if m := re.fullmatch(r"(?:(\d{1,2}) )?([A-Za-zéû]+)(?: de)? (\d{4})", text):
        names = {"hfea_compliance": _MONTHS, "cnom_signalements": _MOIS}.get(source, _MESES)
        return dt.date(int(m[3]), names.index(m[2]) + 1, int(m[1] or 1))
    raise AssertionError(f"{source}: unreadable date {text!r}")


def _cells(paths: dict[str, Path], source: str) -> dict[int, tuple[object, object]]:
    """(date cell, persons cell) of every row of a desk's file, by row number."""
    src = next(s for s in SOURCES if s.source == source)
    path = paths[source]
    date_h, count_h = src.headers["event_date"], src.headers["n_persons"]
    if src.format == "csv":
        frame = _csv(path, src.encoding, src.delimiter or ",")
        return dict(zip(frame.index, zip(frame[date_h], frame[count_h], strict=True), strict=True))
    if src.format == "xlsx":
        headers, rows = _xlsx(path)
        i, j = headers.index(date_h), headers.index(count_h)
        padded = {k: r + (None,) * (len(headers) - len(r)) for k, r in rows.items()}
        return {k: (r[i], r[j]) for k, r in padded.items()}  # short rows: trailing blanks
    return {k: (r[date_h], r[count_h]) for k, r in _jsonl(path).items()}


@pytest.mark.parametrize("source", NAMES)
def test_dates_and_counts_read_back(
    paths: dict[str, Path], truth: pd.DataFrame, source: str
) -> None:
    cells = _cells(paths, source)
    rows = _rows_of(truth, paths[source].name)
    rows = rows.loc[rows["expected_status"] != "quarantine"]
    assert len(rows) > 0
    words = {"un": 1, "une": 1, "deux": 2, "trois": 3}
    for row in rows.itertuples():
        date_cell, count_cell = cells[row.source_row]
        assert _read_date(source, date_cell).isoformat() == row.event_date, row.source_row
        if pd.isna(row.n_persons):
            assert "count_placeholder" in str(row.messiness)
            continue
        if isinstance(count_cell, int):
            assert count_cell == int(row.n_persons)
        else:
            text = str(count_cell)
            digits = re.sub(r"[,.\s\u00a0]", "", text)
            got = words[text] if text in words else int(digits)
            assert got == int(row.n_persons), (row.source_row, text)


@pytest.mark.parametrize("source", NAMES)
def test_unreadable_counts_differ_from_not_known(
    paths: dict[str, Path], truth: pd.DataFrame, source: str
) -> None:
    """A vague count ("several") is quarantined; a "not known" word keeps the record."""
    src = next(s for s in SOURCES if s.source == source)
    cells = _cells(paths, source)
    rows = _rows_of(truth, paths[source].name)
    tags = tags_of(truth).loc[rows.index]
    for row, tag in zip(rows.itertuples(), tags, strict=True):
        count = cells[row.source_row][1]
        if row.expected_reason == "bad_count":
            assert count in src.bad_count, row.source_row
        elif "count_placeholder" in tag:
            assert count not in src.bad_count, row.source_row
            assert row.expected_status != "quarantine" or "bad_row" in tag
