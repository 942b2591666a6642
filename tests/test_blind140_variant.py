"""The examiner's held-out sample set ``blind140`` (files ``*_el.*``).

Checks what the set promises: its files, its truth, and that the bytes on disk show each
agency's habits (encodings, delimiters, header words, date styles, codes and words). No
test here cleans or scores.
"""

from __future__ import annotations

import datetime
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
    check_same_seed_same_bytes,
    tags_of,
    write,
)

VARIANT = "blind140"
SEED = 140
N_EVENTS = 1500
SMALL_SEED = 1401
SMALL_EVENTS = 400
SUFFIX = "_el"
TOLERANCE = 1e-3

GC = "gc_utpj_sigo"
CECOES = "cecoes112_canarias"
CIM = "consejeria_interior_mexico"
SSI = "ssi_ambafrance_londres"
ISAA = "ipcr_isaa"
SOURCES = (GC, CECOES, CIM, SSI, ISAA)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(paths[source], encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("event_id",), tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), ("event_id",), tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size(
    paths: dict[str, Path], small_paths: dict[str, Path], tmp_path: Path
) -> None:
    from trendlib.samples import write_samples

    tiny = write_samples(tmp_path, seed=SEED, n_events=300, variant=VARIANT)
    for p in (paths, small_paths, tiny):
        t = _truth(p)
        kept = t.loc[t["event_id"].notna()]
        assert set(kept["source"]) == set(SOURCES)


# --------------------------------------------------------------------------------------
# Routing: who reports what first, and who reports it again
# --------------------------------------------------------------------------------------
def test_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = {"ESP": GC, "PAN": CIM, "USA": CIM, "FRA": SSI, "GBR": SSI}
    expected = [want.get(c, ISAA) for c in country]
    assert list(first["source"]) == expected
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {CECOES, ISAA}
    ev = events.loc[cross["event_id"]]
    assert set(zip(ev["corridor"], ev["detection_country"], strict=True)) <= {
        ("watl", "ESP"),
        ("channel", "FRA"),
    }
    # the 1-1-2 log only repeats what the Guardia Civil reports first
    canarias = cross.loc[cross["source"] == CECOES, "duplicate_of"]
    assert canarias.str.startswith("gc_utpj_sigo_el.xlsx:").all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(repeats["source"]) == {CIM}


def test_rows_of_sources_with_full_columns_keep_the_event(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    keep = truth["expected_status"].ne("quarantine") & truth["source"].ne(CECOES)
    full = truth.loc[keep].reset_index(drop=True)
    lost = tags_of(truth).loc[keep].reset_index(drop=True).str.contains("unknown:exploitation")
    ev = events.loc[full["event_id"]].reset_index()
    for col in (
        "crime_type",
        "origin_country",
        "destination_country",
        "transit_countries",
        "linked_offences",
    ):
        assert full[col].equals(ev[col]), col
    # exploitation: the event's form, "unknown" when the cell says "not known", nothing for
    # smuggling
    assert (full.loc[lost, "exploitation"] == "unknown").all()
    assert full.loc[~lost, "exploitation"].equals(ev.loc[~lost, "exploitation"])


def test_canarias_log_says_no_crime_and_no_route(truth: pd.DataFrame) -> None:
    rows = _rows(truth, CECOES)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert (kept["crime_type"] == "unknown").all()
    for col in ("exploitation", "n_suspects", "origin_country", "transit_countries"):
        assert kept[col].isna().all(), col
    assert (kept["transport_mode"].isin(["sea", "unknown"])).all()


# --------------------------------------------------------------------------------------
# The bytes: Guardia Civil's SIGO extraction (XLSX)
# --------------------------------------------------------------------------------------
def test_gc_sigo_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[GC], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº Atestado", "Fecha hechos", "Tipología penal")
    assert "Posición" in header
    assert "Delitos conexos" in header
    width = len(header)
    cols = {h: i for i, h in enumerate(header)}
    body = [tuple(r) + (None,) * (width - len(r)) for r in rows[1:]]  # short rows padded
    dates = [r[cols["Fecha hechos"]] for r in body]
    real = [d for d in dates if isinstance(d, datetime.datetime)]
    assert len(real) > 0.7 * len(body)  # real Excel dates, not text
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)  # typed as text
    assert any(re.fullmatch(r"\d\d/20\d\d", d) for d in text)  # month only
    assert any(re.fullmatch(r"(1er|2º|3er|4º) trimestre 20\d\d", d) for d in text)
    crimes = {str(r[cols["Tipología penal"]]) for r in body if r[cols["Tipología penal"]]}
    assert any("318 bis" in c.lower() for c in crimes)
    assert any("177 bis" in c.lower() for c in crimes)
    dm = re.compile(r"\d\dº \d\d,\d\d' [NS] \d{3}º \d\d,\d\d' [EW]")
    pos = [r[cols["Posición"]] for r in body if isinstance(r[cols["Posición"]], str)]
    assert pos
    assert all(dm.fullmatch(p) for p in pos)
    nat = {r[cols["Nacionalidad"]] for r in body}
    assert {"MARRUECOS", "GUINEA CONAKRY"} <= nat
    assert any(isinstance(r[cols["Personas afectadas"]], int) for r in body)
    assert {r[cols["País hechos"]] for r in body} <= {"ESPAÑA", "ESPANA", None}
    tags = tags_of(truth).loc[_rows(truth, GC).index]
    assert tags.str.contains("coords_dm").any()
    assert tags.str.contains("other_offence").any()


# --------------------------------------------------------------------------------------
# The bytes: 1-1-2 Canarias (UTF-16, tab)
# --------------------------------------------------------------------------------------
def test_cecoes_utf16_tab(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CECOES].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its byte order mark
    text = raw.decode("utf-16")
    first = text.splitlines()[0]
    assert first.split("\t")[:3] == ["Nº incidente", "Fecha/hora alerta", "Isla"]
    frame = _csv(paths, CECOES, "utf-16", "\t")
    body = frame.loc[frame["Nº incidente"].str.startswith("112-")]
    assert body["Fecha/hora alerta"].str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d").all()
    assert set(body["Isla"]) - {""} <= {"Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"}
    assert {"Subsahariana", "Magrebí"} & set(body["Procedencia declarada"])
    assert body["Latitud"].str.contains(",").any()
    rows = _rows(truth, CECOES).set_index("source_ref")
    region = body["Procedencia declarada"].str.lower().isin(["subsahariana", "magrebí"])
    assert rows.loc[body.loc[region, "Nº incidente"], "nationality"].isna().all()
    zero = body["Latitud"].eq("0")
    assert rows.loc[body.loc[zero, "Nº incidente"], "lat"].isna().all()


# --------------------------------------------------------------------------------------
# The bytes: Consejería de Interior in Mexico (UTF-8 with BOM, ";")
# --------------------------------------------------------------------------------------
def test_consejeria_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CIM].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("Ref.;Fecha del evento;País;")
    frame = _csv(paths, CIM, "utf-8-sig", ";")
    body = frame.loc[frame["Ref."].str.startswith("CIM-")]
    dates = body["Fecha del evento"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials pasted as values
    assert dates.str.fullmatch(r"[a-z]+ 20\d\d").any()  # "mayo 2023"
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert {"venezolana", "haitiana"} <= set(body["Nacionalidad"])
    assert {"EE.UU.", "NNA", "ninguno"} <= set(body.to_numpy().ravel())
    assert body.to_numpy().ravel().astype(str).tolist().count("Panamá") > 0
    assert any("Ã" in str(v) for v in body.to_numpy().ravel())  # mojibake
    assert body["Personas"].str.fullmatch(r"\d{1,3}\.\d{3}").any()  # Spanish thousands
    assert body["Coordenadas"].str.fullmatch(r"-?\d+\.\d{5}, -\d+\.\d{5}").any()
    assert body["Ruta (tránsito)"].str.contains(" > ").any()
    rows = _rows(truth, CIM)
    big = rows.loc[rows["messiness"].fillna("").str.contains("thousands")]
    assert (big["n_persons"].astype(int) >= 1000).all()


# --------------------------------------------------------------------------------------
# The bytes: SSI, French embassy in London (cp1252, ";", CRLF)
# --------------------------------------------------------------------------------------
def test_ssi_french_cp1252(paths: dict[str, Path]) -> None:
    raw = paths[SSI].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("N° fiche;Date des faits;Qualification;")
    frame = _csv(paths, SSI, "cp1252", ";")
    body = frame.loc[frame["N° fiche"].str.startswith("SSI-LDN/")]
    dates = body["Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [a-zéû]+ 20\d\d").any()  # "17 mai 2023"
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    values = set(body.to_numpy().ravel())
    assert {"AEI", "TEH", "afghane", "R-U", "small boat", "néant"} <= values
    assert body["Lat."].str.fullmatch(r"\d+,\d{5}").any()  # decimal comma
    assert body["Pays de transit"].str.contains(" / ").any()


# --------------------------------------------------------------------------------------
# The bytes: the EU's ISAA annex (JSON lines)
# --------------------------------------------------------------------------------------
def test_isaa_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[ISAA].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["incident_ref", "date", "reporting_ms", "phenomenon"]
    body = [r for r in recs if str(r["incident_ref"]).startswith("ISAA-")]
    assert all(isinstance(r["transit_route"], list) for r in body)
    assert all(isinstance(r["associated_crimes"], list) for r in body)
    ms = {r["reporting_ms"] for r in body}
    assert {"EL", "IT", "HR"} <= ms  # the EU writes Greece "EL"
    dates = [str(r["date"]) for r in body if r["date"] is not None]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(["EL" in r["transit_route"] for r in body])
    assert "UNK" in {r["citizenship"] for r in body}
    total = [r for r in recs if r["incident_ref"] == "TOTAL"]
    assert len(total) == 1
    assert isinstance(total[0]["persons"], int)
    rows = _rows(truth, ISAA).set_index("source_ref")
    greek = [r["incident_ref"] for r in body if r["reporting_ms"] == "EL"]
    kept = rows.loc[greek]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert (kept["detection_country"] == "GRC").all()


def test_partial_dates_only_where_both_reports_need_no_day(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    partial = truth.loc[tags.str.contains("partial_date")]
    assert set(partial["date_precision"].dropna()) == {"month", "quarter"}
    assert (partial["expected_reason"] != "cross_source").all()
