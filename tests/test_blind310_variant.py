"""The examiner's held-out sample set ``blind310`` (files ``*_kz.*``).

Five care-sector agencies (CQC, IMSERSO, Département du Nord, DIF Sonora, PSI) write
the truth their own way. These tests check what the set promises: the files, the
truth of every row, and that the bytes really show each agency's habits. None of them
cleans or scores.
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
from trendlib.schema import VOCABULARIES

VARIANT = "blind310"
SEED = 310
N_EVENTS = 1500
SMALL_SEED = 3101
SMALL_EVENTS = 400
SOURCES = (
    "cqc_safeguarding_kz",
    "imserso_inspeccion_kz",
    "cd59_controle_esms_kz",
    "dif_sonora_kz",
    "psi_care_migration_kz",
)
CQC, IMSERSO, CD59, DIF, PSI = SOURCES
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The full-size set, written once for the module."""
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small set with another seed."""
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    """The truth of every written row."""
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one file, with their written cells (``cell:<header>``)."""
    path = paths[source]
    if path.suffix == ".csv":
        enc, sep = {CQC: ("utf-8-sig", ","), CD59: ("cp1252", ";"), DIF: ("utf-16", "\t")}[source]
        cells = pd.read_csv(path, sep=sep, encoding=enc, dtype=str, keep_default_na=False)
        first = 2
    elif path.suffix == ".xlsx":
        cells = pd.read_excel(path, dtype=object)
        first = 2
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
        cells = pd.DataFrame([json.loads(line) for line in lines])
        first = 1
    cells = cells.add_prefix("cell:")
    cells["source_row"] = [str(i + first) for i in range(len(cells))]
    mine = truth.loc[truth["source_file"] == path.name].reset_index(drop=True)
    assert len(mine) == len(cells)
    return mine.merge(cells, on="source_row", how="left", validate="one_to_one").assign(
        tags=tags_of(truth).loc[truth["source_file"] == path.name].to_numpy()
    )


def _kept(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_kz", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_kz", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    rows = pd.read_csv(small["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(small, SOURCES, rows)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-4)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_records_at_every_size(
    paths: dict[str, Path], small: dict[str, Path], truth: pd.DataFrame
) -> None:
    small_rows = pd.read_csv(small["truth_rows"], dtype=str)
    for rows in (truth, small_rows):
        records = rows.loc[rows["expected_status"] == "record", "source"]
        assert set(records) == set(SOURCES)


def test_exploitation_is_the_events_unless_not_known(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = _kept(truth.assign(tags=tags_of(truth)))
    true = events.loc[ok["event_id"], "exploitation"].to_numpy()
    unknown = ok["tags"].str.contains("unknown:exploitation").to_numpy()
    got = ok["exploitation"].to_numpy()
    assert (got[unknown] == "unknown").all()
    assert pd.Series(got[~unknown]).equals(pd.Series(true[~unknown]))
    assert set(ok["exploitation"].dropna()) <= set(VOCABULARIES["exploitation"])


# --------------------------------------------------------------------------------------
# Care Quality Commission: UTF-8 with BOM, commas, English, demonyms, UK nations
# --------------------------------------------------------------------------------------
def test_cqc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CQC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.startswith("Notification ID,Date of concern,Service type,Concern category")
    rows = _rows(paths, truth, CQC)
    kept = _kept(rows)
    dates = kept["cell:Date of concern"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # month only
    # day first: the written day is the expected day
    day = kept.loc[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    read = pd.to_datetime(day["cell:Date of concern"], format="%d/%m/%Y")
    assert (read.dt.strftime("%Y-%m-%d") == day["event_date"]).all()
    nat = kept["cell:Nationality"]
    assert {"Vietnamese", "Albanian"} <= set(nat)
    assert nat.str.endswith(" Kurd").any()
    assert (kept.loc[nat.str.endswith(" Kurd"), "nationality"].isin(["IRQ", "IRN"])).all()
    nation = kept["cell:Country where identified"].isin(["England", "Scotland"])
    assert nation.any()
    assert (kept.loc[nation, "detection_country"] == "GBR").all()
    assert kept["cell:Route to UK"].str.contains(" > ").any()
    assert (kept["cell:No. of alleged perpetrators"] == "None").any()
    assert (kept["cell:No. of people affected"] == "Not known").any()
    servitude = kept["cell:Type of exploitation"] == "Domestic servitude"
    assert servitude.any()
    assert (kept.loc[servitude, "exploitation"] == "forced_labour").all()
    assert kept["cell:Service type"].str.contains("care|living", case=False).all()
    assert truth["expected_reason"].eq("exact_repeat").groupby(truth["source"]).sum()[CQC] >= 3


# --------------------------------------------------------------------------------------
# IMSERSO: Excel dates and numbers, text dates, mojibake, decimal commas
# --------------------------------------------------------------------------------------
def test_imserso_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths[IMSERSO])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True, max_col=sheet.max_column))
    header = rows[0]
    assert header[:4] == (
        "Nº expediente",
        "Fecha de los hechos",
        "Centro o servicio",
        "Tipo de delito",
    )
    date_col = header.index("Fecha de los hechos")
    count_col = header.index("Nº de personas")
    dates = [r[date_col] for r in rows[1:]]
    real = [d for d in dates if hasattr(d, "year")]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.8 * len(dates)
    assert text
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in text if "/" in t)
    counts = [r[count_col] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    assert "s/d" in counts
    cells = [v for r in rows[1:] for v in r if isinstance(v, str)]
    assert any("Ã" in v for v in cells)  # mojibake of a Spanish name
    lat_col = header.index("Latitud")
    assert any(isinstance(r[lat_col], str) and "," in r[lat_col] for r in rows[1:])
    assert any(isinstance(r[lat_col], float) for r in rows[1:])
    mine = _kept(_rows(paths, truth, IMSERSO))
    moj = mine.loc[mine["tags"].str.contains("mojibake:nationality")]
    assert len(moj)
    assert moj["nationality"].notna().all()
    sea = mine["cell:Medio de llegada"].isin(["Patera", "Cayuco"])
    assert sea.any()
    assert (mine.loc[sea, "transport_mode"] == "sea").all()


# --------------------------------------------------------------------------------------
# Département du Nord: cp1252, semicolons, CRLF, partial dates, decimal commas, NC
# --------------------------------------------------------------------------------------
def test_cd59_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[CD59].read_bytes()
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier;Date des faits;Type d'établissement;Qualification")
    rows = _rows(paths, truth, CD59)
    kept = _kept(rows)
    dates = kept["cell:Date des faits"]
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert dates.str.fullmatch(rf"(?:{months}) \d{{4}}").any()
    quarter = kept.loc[dates.str.fullmatch(r"T[1-4] \d{4}")]
    assert (quarter["date_precision"] == "quarter").all()
    day = kept.loc[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    read = pd.to_datetime(day["cell:Date des faits"], format="%d/%m/%Y")
    assert (read.dt.strftime("%Y-%m-%d") == day["event_date"]).all()
    lat = kept["cell:Latitude"]
    assert lat.str.fullmatch(r"\d+,\d{5}").mean() > 0.9
    assert (lat == "NC").any() or (kept["cell:Nb mis en cause"] == "NC").any()
    assert (kept["cell:Nb mis en cause"] == "aucun").any()
    assert kept["cell:Pays d'origine"].str.isupper().any()
    assert kept["cell:Qualification"].str.contains("irrégulière").any()


# --------------------------------------------------------------------------------------
# DIF Sonora: UTF-16 tab-delimited, demonyms, EUA, NNA, Excel serials, lat-lon pairs
# --------------------------------------------------------------------------------------
def test_dif_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DIF].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM
    header = raw.decode("utf-16").split("\n", 1)[0]
    assert header.split("\t")[:3] == ["Folio", "Fecha de detección", "Tipo de delito"]
    kept = _kept(_rows(paths, truth, DIF))
    dates = kept["cell:Fecha de detección"]
    serial = kept.loc[dates.str.fullmatch(r"\d{5}")]
    assert len(serial)
    read = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        serial["cell:Fecha de detección"].astype(int), "D"
    )
    assert (read.dt.strftime("%Y-%m-%d") == serial["event_date"]).all()
    assert (
        kept["cell:Nacionalidad"].str.lower().isin(["guatemalteca", "hondureña", "mexicana"]).any()
    )
    eua = kept["cell:País donde se detectó"].isin(["EUA", "E.U.A."])
    assert eua.any()
    assert (kept.loc[eua, "detection_country"] == "USA").all()
    nna = kept["cell:Grupo de edad"] == "NNA"
    assert nna.any()
    assert (kept.loc[nna, "age_group"] == "child").all()
    pair = kept["cell:Coordenadas"]
    assert pair[pair != ""].str.fullmatch(r"-?\d+\.\d{4}, -?\d+\.\d{4}").all()


# --------------------------------------------------------------------------------------
# PSI: Kobo JSON lines, group-prefixed keys, ISO alpha-2, geopoints, partial dates
# --------------------------------------------------------------------------------------
def test_psi_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[PSI].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["case_id", "incident/date", "incident/type"]
    rows = _rows(paths, truth, PSI)
    kept = _kept(rows)
    assert kept["cell:people/nationality"].dropna().str.fullmatch(r"[A-Z]{2}").all()
    dates = kept["cell:incident/date"]
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    geo = kept["cell:incident/geopoint"].dropna()
    assert geo.str.fullmatch(r"-?\d+\.\d{5} -?\d+\.\d{5} 0 \d+").all()
    assert set(kept["cell:route/transport"].dropna()) <= {"by_sea", "by_land", "by_air"}
    assert (rows["cell:case_id"] == "ALL CASES").sum() == 1
    assert truth["expected_reason"].eq("exact_repeat").groupby(truth["source"]).sum()[PSI] >= 3


def test_bad_rows_of_every_source_look_bad(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    heads = {
        CQC: ("Date of concern", "No. of people affected"),
        CD59: ("Date des faits", "Nb personnes concernées"),
        DIF: ("Fecha de detección", "Número de personas"),
        PSI: ("incident/date", "people/number"),
    }
    for source, (date_head, count_head) in heads.items():
        rows = _rows(paths, truth, source)
        for kind in ("future_date", "negative_count"):
            bad = rows.loc[rows["expected_reason"] == kind]
            if kind == "future_date" and len(bad):
                years = bad[f"cell:{date_head}"].astype(str).str.extract(r"(20[3-9]\d)")[0]
                serial = bad[f"cell:{date_head}"].astype(str).str.fullmatch(r"\d{5}")
                assert (years.notna() | serial).all(), source
            if kind == "negative_count" and len(bad):
                assert bad[f"cell:{count_head}"].astype(str).str.startswith("-").all(), source
