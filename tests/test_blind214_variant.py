"""The examiner's sample set ``blind214`` (files ``*_hh.*``): files, truth and each desk's habits.

These tests check what the set promises (its files, its truth, the quirks of each
desk's bytes); none of them cleans or scores.
"""

from __future__ import annotations

import io
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
from trendlib.samples._blind214 import SOURCES, make_blind214

VARIANT = "blind214"
SEED = 214
N_EVENTS = 1500
SMALL_SEED = 2141
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
OAR, RC, DIF, BCN, ISS = NAMES
# fields every row that is kept writes as the event has them
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
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        paths[source],
        dtype=str,
        encoding=encoding,
        sep=sep,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
    )


def _sheet(path: Path) -> list[tuple[object, ...]]:
    """The workbook's rows, padded to the header's width (read-only mode trims them)."""
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    width = len(rows[0])
    return [r + (None,) * (width - len(r)) for r in rows]


def _rows_of(truth: pd.DataFrame, source: str, *, first: int) -> pd.DataFrame:
    """Truth rows of one file, indexed by their position among the data rows."""
    rows = truth.loc[truth["source"] == source].copy()
    rows.index = rows["source_row"].astype(int) - first
    return rows.sort_index()


# ----------------------------------------------------------------- shared promises
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_hh", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_hh", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=1e-3)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (3, 300), (SMALL_SEED, 400)])
def test_every_desk_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind214(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        status = sub.expected["expected_status"]
        assert (status == "record").sum() >= 5, sub.source
        assert len(sub.frame) == len(sub.expected)


def test_cross_source_reports_are_other_desks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {RC, BCN, ISS}
    first_file = cross["duplicate_of"].str.split(":").str[0]
    assert (first_file != cross["source_file"]).all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {DIF, ISS}


# ------------------------------------------------------------------- OAR (Spain)
def test_oar_workbook_dates_and_words(paths: dict[str, Path]) -> None:
    rows = _sheet(paths[OAR])
    assert rows[0][:3] == ("Nº Expediente", "Fecha detección", "Puesto fronterizo / Provincia")
    dates = [r[1] for r in rows[1:]]
    real = [d for d in dates if hasattr(d, "year")]
    serials = [d for d in dates if isinstance(d, int)]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > len(text) > len(serials) > 0
    assert all(40000 < s < 46000 for s in serials)
    assert all(re.fullmatch(r"\d\d/\d\d/20\d\d", t) for t in text)
    crimes = {r[3] for r in rows[1:] if r[3]}
    assert any("177 bis" in c for c in crimes)
    assert any("318 bis" in c for c in crimes)
    lats = [r[15] for r in rows[1:] if isinstance(r[15], str)]
    assert lats
    assert all(re.fullmatch(r"-?\d+,\d{5}", v) for v in lats)
    nat = {r[9] for r in rows[1:] if r[9]}
    assert nat & {"MARROQUÍ", "SENEGALESA", "MALIENSE", "GUINEANA", "ARGELINA"}
    assert "GUINEA CONAKRY" in {r[10] for r in rows[1:]}
    modes = {r[14] for r in rows[1:]}
    assert {"Cayuco", "Patera"} <= modes
    assert rows[-1][0] == "TOTAL GENERAL"


def test_oar_serial_dates_expect_their_day(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows_of(truth, OAR, first=2)
    cells = [r[1] for r in _sheet(paths[OAR])[1:]]
    for pos, cell in enumerate(cells):
        row = rows.loc[pos]
        if isinstance(cell, int) and row["expected_status"] != "quarantine":
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell)
            assert row["event_date"] == day.strftime("%Y-%m-%d")


# --------------------------------------------------------- Refugee Council (UK)
def test_rc_bytes_and_words(paths: dict[str, Path]) -> None:
    raw = paths[RC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, RC, "utf-8-sig", ",")
    assert frame.columns[0] == "Case ID"
    assert "Location (lat, long)" in frame.columns
    dates = frame["Date of incident"].dropna()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()  # month only
    assert {"Afghan", "Vietnamese"} <= set(frame["Nationality"])
    assert frame["Route (countries transited)"].str.contains(" > ", regex=False).any()
    assert frame["Location (lat, long)"].dropna().str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert {"England", "UK"} <= set(frame["Location (country)"].dropna())
    assert frame["No. of people"].str.startswith("approx. ", na=False).any()


# ------------------------------------------------------------------ DIF (Mexico)
def test_dif_cp1252_mojibake_and_mexican_words(paths: dict[str, Path]) -> None:
    raw = paths[DIF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert "Ã‰" in text  # MÉXICO written as UTF-8 read as cp1252
    assert "12:00:00 a. m." in text
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])
    assert frame.columns[:3].tolist() == ["FOLIO", "FECHA_EVENTO", "ENTIDAD"]
    assert frame["TIPO_DELITO"].str.startswith("TRAFICO DE").any()
    assert {"NNA", "FAMILIA"} & set(frame["GRUPO_EDAD"].dropna())
    assert {"EUA", "EE.UU."} & set(frame["PAIS_DETECCION"].dropna())
    zero = frame["LATITUD"].eq("0") & frame["LONGITUD"].eq("0")
    assert zero.any()


def test_dif_words_expect_what_an_analyst_reads(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows_of(truth, DIF, first=2)
    frame = _csv(paths, DIF, "cp1252", ",")
    kept = rows["expected_status"] != "quarantine"
    sex = frame["SEXO"].reindex(rows.index)
    assert (rows.loc[kept & sex.eq("M"), "gender"] == "female").all()  # M = mujer
    assert (rows.loc[kept & sex.eq("H"), "gender"] == "male").all()
    assert (kept & sex.isin(["H", "M"])).any()
    crime = frame["TIPO_DELITO"].reindex(rows.index)
    smuggling = kept & crime.str.startswith("TRAFICO DE", na=False)
    assert (rows.loc[smuggling, "crime_type"] == "smuggling").all()
    zero = frame["LATITUD"].reindex(rows.index).eq("0") & kept
    assert rows.loc[zero, ["lat", "lon"]].isna().all().all()


# ------------------------------------------------------------- BCN Dakar (JSONL)
def test_bcn_json_lines_codes_and_positions(paths: dict[str, Path]) -> None:
    lines = paths[BCN].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["ref_diffusion", "date_faits", "bcn_emetteur"]
    nat = [r["nationalite"] for r in recs if r.get("nationalite")]
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", n)) for n in nat) > len(nat) / 2
    transits = [r["itineraire_transit"] for r in recs if r.get("itineraire_transit")]
    assert transits
    assert all(isinstance(t, list) for t in transits)
    assert ["NE", "LY"] in transits
    pos = [r["position"] for r in recs if r.get("position")]
    pattern = r"\d\d°\d\d\.\d{3}'[NS] \d{3}°\d\d\.\d{3}'[EW]"
    assert pos
    assert all(re.fullmatch(pattern, p) for p in pos)
    dates = [r["date_faits"] for r in recs if r.get("date_faits")]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(d.endswith("T00:00:00Z") for d in dates)
    assert "pirogue" in {r.get("mode_transport") for r in recs}


def test_bcn_positions_expect_decimal_degrees(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows_of(truth, BCN, first=1)
    recs = [json.loads(x) for x in paths[BCN].read_text(encoding="utf-8").splitlines()]
    checked = 0
    for pos, rec in enumerate(recs):
        row = rows.loc[pos]
        cell = rec.get("position")
        if not cell or row["expected_status"] == "quarantine":
            continue
        m = re.fullmatch(r"(\d+)°([\d.]+)'([NS]) (\d+)°([\d.]+)'([EW])", cell)
        assert m is not None
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(lat - float(row["lat"])) < 1e-4
        assert abs(lon - float(row["lon"])) < 1e-4
        checked += 1
    assert checked > 100


# ------------------------------------------------------- ISS Geneva (UTF-16, tab)
def test_iss_utf16_tabs_and_swiss_habits(paths: dict[str, Path]) -> None:
    raw = paths[ISS].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian with its BOM
    frame = _csv(paths, ISS, "utf-16", "\t")
    assert frame.columns[:3].tolist() == ["N° dossier", "Date des faits", "Catégorie"]
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d\.\d\d\.20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2}\.\d{1,2}\.20\d\d").any()
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    assert frame["Personnes concernées"].str.fullmatch(r"\d'\d{3}", na=False).any()
    codes = frame["Pays du signalement"].dropna()
    assert codes.isin(["GRC", "POL", "PAN", "HRV", "FRA"]).any()
    assert frame["Pays de transit"].str.contains("; ", regex=False).any()
    assert frame["Partenaire"].str.startswith("SSI", na=False).any()


def test_iss_partial_dates_expect_period_start(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    rows = _rows_of(truth, ISS, first=2)
    frame = _csv(paths, ISS, "utf-16", "\t")
    cells = frame["Date des faits"].reindex(rows.index)
    quarter = cells.str.fullmatch(r"T[1-4] 20\d\d", na=False) & rows["expected_status"].ne(
        "quarantine"
    )
    assert quarter.any()
    assert (rows.loc[quarter, "date_precision"] == "quarter").all()
    starts = pd.to_datetime(rows.loc[quarter, "event_date"])
    assert starts.dt.is_quarter_start.all()
    thousands = frame["Personnes concernées"].reindex(rows.index).str.fullmatch(r"\d'\d{3}")
    for pos in rows.index[thousands.fillna(False).astype(bool)]:
        if rows.loc[pos, "expected_status"] != "quarantine":
            cell = frame.loc[pos, "Personnes concernées"]
            assert rows.loc[pos, "n_persons"] == cell.replace("'", "")


# ------------------------------------------------------------ rarer forms, all desks
def test_rare_forms_are_written_and_expected_as_design_words(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    assert tags.str.contains("demonym").any()
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("excel_serial").any()
    iss = _csv(paths, ISS, "utf-16", "\t")
    rows = _rows_of(truth, ISS, first=2)
    forms = iss["Forme d'exploitation"].reindex(rows.index)
    rare = forms.isin(
        ["adoption illégale", "vente d'enfants", "gestation pour autrui (exploitation)"]
    )
    kept = rows["expected_status"] != "quarantine"
    assert (rare & kept).any()
    assert (rows.loc[rare & kept, "exploitation"] == "other").all()
    servile = forms.eq("mariage forcé ou servile") & kept
    assert (rows.loc[servile, "exploitation"] == "forced_marriage").all()
    smuggling = truth["crime_type"].eq("smuggling")
    assert truth.loc[smuggling, "exploitation"].isna().all()
