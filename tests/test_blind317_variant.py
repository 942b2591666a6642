"""The examiner set ``blind317`` (files ``*_lg.*``): ride-share trust-and-safety desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples import make_truth
from trendlib.samples._blind317 import SOURCES, make_blind317

VARIANT = "blind317"
SEED = 317
N_EVENTS = 1500
SMALL_SEED = 3171
SMALL_EVENTS = 400

NAMES = tuple(s.source for s in SOURCES)
BBC, LIFT, AMV, DIDI, INDRIVE = NAMES
FIELDS = ("crime_type", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    """The truth rows of one file, indexed by their row number."""
    rows = truth.loc[truth["source_file"] == name].copy()
    return rows.set_index(rows["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A desk's CSV as text cells, indexed by row number (header = 1)."""
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lg", n_events=N_EVENTS)


def test_small_set_gives_every_desk_rows(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_lg", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for sub in SOURCES:
        mine = rows.loc[rows["source_file"] == sub.filename]
        assert (mine["expected_status"] == "record").any(), sub.filename


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind317(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_quarantine_reason_where_the_desk_has_it(truth: pd.DataFrame) -> None:
    garbage = truth.loc[tags_of(truth).str.contains("garbage_row")]
    by_file = garbage.groupby("source_file")["expected_reason"].agg(set)
    for sub in SOURCES:
        want = {"no_date"}  # the total row
        if sub.format == "csv":
            want.add("empty_row")
        if sub.note is not None:
            want.add("no_content")
        assert by_file[sub.filename] == want, sub.filename
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {s.filename for s in SOURCES if s.repeats}


# --------------------------------------------------------------------------------------
# BlaBlaCar, Paris: French, cp1252, ";", CRLF
# --------------------------------------------------------------------------------------
def test_blablacar_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BBC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° dossier;Date des faits;Pays des faits;Motif du signalement")
    assert "\r\n" in text
    assert "Ã©" in text  # a UTF-8 paste read as cp1252
    assert "Angleterre" in text
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)  # the ticket's timestamp
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r";T[1-4] 20\d\d;", text)
    assert re.search(r";-?\d+\.\d{6}, -?\d+\.\d{6};", text)  # a Google Maps point
    frame = _csv(paths[BBC], "cp1252", ";")
    rows = _rows(truth, paths[BBC].name)
    # "Covoiturage" is a trip by road; "MNA" are unaccompanied minors
    mode = frame["Mode de transport"].str.strip()
    assert set(rows.loc[mode.index[mode == "Covoiturage"], "transport_mode"]) == {"land"}
    age = frame["Majeurs / mineurs"].str.strip()
    assert set(rows.loc[age.index[age == "MNA"], "age_group"]) == {"child"}
    # feminine adjectives are nationalities: "afghane" is AFG
    nat = frame["Nationalité"]
    assert set(rows.loc[nat.index[nat == "afghane"], "nationality"].dropna()) == {"AFG"}
    gbr = frame["Destination finale"] == "Angleterre"
    assert set(rows.loc[gbr[gbr].index, "destination_country"]) == {"GBR"}
    # "NC" (non communiqué) is no count; "aucun" is no suspect
    nc = frame["Nb passagers concernés"].isin(["NC", "N.C."])
    assert rows.loc[nc[nc].index, "n_persons"].isna().all()
    zero = frame["Nb conducteurs mis en cause"].str.lower() == "aucun"
    assert (rows.loc[zero[zero].index, "n_suspects"].dropna() == "0").all()


def test_blablacar_partial_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths[BBC], "cp1252", ";")
    rows = _rows(truth, paths[BBC].name)
    quarter = frame["Date des faits"].str.fullmatch(r"T[1-4] 20\d\d")
    q = rows.loc[quarter[quarter].index]
    q = q.loc[q["expected_status"] != "quarantine"]
    assert len(q) > 0
    assert (q["date_precision"] == "quarter").all()
    assert pd.to_datetime(q["event_date"]).dt.is_quarter_start.all()


# --------------------------------------------------------------------------------------
# Liftshare: English, UTF-8 with BOM, ","
# --------------------------------------------------------------------------------------
def test_liftshare_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[LIFT].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Case Ref,Incident Date,Concern Type,")
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d\d,",
        text,
    )
    frame = _csv(paths[LIFT], "utf-8-sig", ",")
    rows = _rows(truth, paths[LIFT].name)
    nat = frame["Nationality"]
    assert {"Vietnamese", "Albanian"} & set(nat)
    viet = nat.isin(["Vietnamese", "Vietnamiese"])
    assert set(rows.loc[viet[viet].index, "nationality"]) == {"VNM"}
    tbc = frame["No. Passengers"].isin(["TBC", "Not known"])
    assert rows.loc[tbc[tbc].index, "n_persons"].isna().all()
    uk = frame["Country of Incident"].isin(["UK", "GB", "United Kingdom"])
    assert uk.sum() > 0
    assert set(rows.loc[uk[uk].index, "detection_country"].dropna()) == {"GBR"}


# --------------------------------------------------------------------------------------
# Amovens: Spanish, UTF-16 with BOM, tab
# --------------------------------------------------------------------------------------
def test_amovens_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[AMV].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.startswith("Nº incidencia\tFecha del viaje\tTipología\t")
    assert re.search(r"\t-?\d+,\d{5}\t-?\d+,\d{5}\t", text)  # decimal commas
    assert re.search(r"\tT[1-4] 20\d\d\t", text)
    frame = _csv(paths[AMV], "utf-16", "\t")
    rows = _rows(truth, paths[AMV].name)
    mode = frame["Medio de transporte"].str.strip()
    boats = mode.isin(["Patera", "Cayuco"])
    assert boats.sum() > 0
    assert set(rows.loc[boats[boats].index, "transport_mode"]) == {"sea"}
    iso2 = frame["Nacionalidad"].str.fullmatch(r"[A-Z]{2}")
    assert iso2.sum() > 0
    assert rows.loc[iso2[iso2].index, "nationality"].str.fullmatch(r"[A-Z]{3}").all()
    sd = frame["Nº pasajeros"] == "s/d"
    assert rows.loc[sd[sd].index, "n_persons"].isna().all()


# --------------------------------------------------------------------------------------
# DiDi México: Spanish XLSX, Excel dates and serials
# --------------------------------------------------------------------------------------
def test_didi_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths[DIDI])
    sheet = book.worksheets[0]
    width = sheet.max_column
    cells = [row + (None,) * (width - len(row)) for row in sheet.iter_rows(values_only=True)]
    header = list(cells[0])
    assert header[:3] == ["Folio", "Fecha del hecho", "Tipo de caso"]
    rows = _rows(truth, paths[DIDI].name)
    dates = {i + 1: row[1] for i, row in enumerate(cells) if i > 0}
    kinds = {type(v).__name__ for v in dates.values() if v is not None}
    assert {"datetime", "int", "str"} <= kinds
    for row_no, value in dates.items():  # an Excel serial is the day it counts
        if isinstance(value, int) and rows.loc[row_no, "expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=value)
            assert rows.loc[row_no, "event_date"] == day.strftime("%Y-%m-%d")
    col = {h: i for i, h in enumerate(header)}
    crime = {i + 1: row[col["Tipo de caso"]] for i, row in enumerate(cells) if i > 0}
    smug = [r for r, v in crime.items() if v in ("Tráfico de personas", "Pollero / coyote")]
    assert smug
    kept = rows.loc[smug]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert set(kept["crime_type"]) == {"smuggling"}
    usa = [i + 1 for i, row in enumerate(cells) if i > 0 and row[col["País destino"]] == "EUA"]
    assert set(rows.loc[usa, "destination_country"]) == {"USA"}
    nna = [i + 1 for i, row in enumerate(cells) if i > 0 and row[col["Rango de edad"]] == "NNA"]
    assert set(rows.loc[nna, "age_group"]) == {"child"}


# --------------------------------------------------------------------------------------
# inDrive Panamá: JSON lines, snake-case enums, offsets, arrays
# --------------------------------------------------------------------------------------
def test_indrive_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[INDRIVE].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    rows = _rows(truth, paths[INDRIVE].name)
    assert len(recs) == len(rows)
    stamp = re.compile(r"20\d\d-\d\d-\d\dT(0[6-9]|1[0-6]):\d\d:00-0[5-7]:00")
    null_island = 0
    for row_no, rec in enumerate(recs, start=1):
        exp = rows.loc[row_no]
        if exp["expected_status"] == "quarantine":
            continue
        assert stamp.fullmatch(rec["fecha_incidente"]), rec["fecha_incidente"]
        assert rec["fecha_incidente"][:10] == exp["event_date"]  # the local day
        assert rec["categoria"] in ("trata_personas", "trafico_migrantes", "trata_y_trafico")
        assert isinstance(rec["paises_transito"], list)
        assert isinstance(rec["delitos_asociados"], list)
        assert rec["pais_deteccion"] in ("PA", "US", None)
        if rec["lat"] == 0 and rec["lng"] == 0:
            null_island += 1
            assert pd.isna(exp["lat"])
            assert pd.isna(exp["lon"])
    assert null_island > 0
    assert recs[-1]["id_caso"] == "RESUMEN_EXPORTACION"
