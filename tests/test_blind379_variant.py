"""The examiner set ``blind379`` (files ``*_nq.*``): youth hostels and YMCAs.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind379 import SOURCES, make_blind379

VARIANT = "blind379"
SEED = 379
N_EVENTS = 1500
SMALL_SEED = 3791
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
UK, FR, ES, LAC, HI = NAMES
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source]
    return rows.set_index(rows["source_row"].astype(int))


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_nq", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_nq", n_events=SMALL_EVENTS)
    check_reports_of_events(small, _truth(small), ["crime_type"])


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), ["crime_type"], tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_records(n_events: int) -> None:
    subs = make_blind379(make_truth(seed=5, n_events=n_events), seed=5)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_other_fields_follow_the_events(paths: dict[str, Path]) -> None:
    """Exploitation, origin, destination, transit and offences: the event's, unless tagged."""
    truth = _truth(paths)
    ok, ev = check_reports_of_events(paths, truth, ["crime_type"])
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown_expl = tags.str.contains("unknown:exploitation")
    assert (ok.loc[unknown_expl, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown_expl, "exploitation"].equals(ev.loc[~unknown_expl, "exploitation"])
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    unknown_origin = tags.str.contains("unknown:origin_country")
    assert ok.loc[unknown_origin, "origin_country"].isna().all()
    assert ok.loc[~unknown_origin, "origin_country"].equals(
        ev.loc[~unknown_origin, "origin_country"]
    )
    for col in ("destination_country", "transit_countries", "linked_offences"):
        assert ok[col].equals(ev[col]), col


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ymca_uk_log(paths: dict[str, Path]) -> None:
    raw = paths[UK].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8": a BOM
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Concern ID,Date concern raised,Category of concern")
    frame = pd.read_csv(paths[UK], encoding="utf-8-sig", dtype=str, keep_default_na=False)
    dates = frame["Date concern raised"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()  # 7 May 2023
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()  # May 2023
    assert frame["Nationality"].isin(["Vietnamese", "Afghan", "Iranian", "Iraqi"]).any()
    assert frame["Country identified"].isin(["England", "Scotland"]).any()
    assert frame["Route (countries travelled through)"].str.contains(" > ").any()
    assert frame["No. of people involved"].str.lower().isin(["one", "two", "three"]).any()
    assert frame["Perpetrators identified"].isin(["None", "none identified"]).any()
    assert not any("lat" in c.lower() or "coord" in c.lower() for c in frame.columns)


def test_fuaj_export(paths: dict[str, Path]) -> None:
    raw = paths[FR].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a French Windows spreadsheet: cp1252
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.splitlines()[0].startswith("N° signalement;Date du signalement;Auberge")
    frame = pd.read_csv(paths[FR], sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    assert frame["Âge"].eq("MNA").any()
    assert frame["Nationalité"].str.contains("Ã").any()  # pasted from a UTF-8 web form
    assert frame["Nationalité"].str.fullmatch(r"[a-zé]+").any()  # afghane, érythréenne
    assert frame["Destination envisagée"].eq("Angleterre").any()
    dates = frame["Date du signalement"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ \d{4}").any()  # mai 2023


def test_reaj_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[ES])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Nº expediente", "Fecha de detección", "Comunidad / albergue")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Fecha de detección"]] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, bare serials, typed text
    assert any(isinstance(d, str) and re.fullmatch(r"T[1-4] \d{4}", d) for d in dates)
    sexes = {r[col["Sexo"]] for r in rows[1:]}
    assert {"H", "M"} <= sexes
    assert any(isinstance(r[col["Latitud punto de llegada"]], str) for r in rows[1:])
    assert any(r[col["Países de tránsito"]] in ("Directo", "Ninguno") for r in rows[1:])
    # the letter M is "mujer" here: the truth reads female
    truth = _rows_of(_truth(paths), ES)
    m_rows = [i + 1 for i, r in enumerate(rows) if i and r[col["Sexo"]] == "M"]
    kept = truth.loc[m_rows]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert len(kept) > 0
    assert (kept["gender"] == "female").all()


def test_alianza_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths[LAC].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel "Unicode text": UTF-16 LE with BOM, tabs
    text = raw.decode("utf-16")
    assert text.splitlines()[0].startswith("Folio\tFecha\t")
    frame = pd.read_csv(paths[LAC], sep="\t", encoding="utf-16", dtype=str, keep_default_na=False)
    assert frame["Grupo etario"].eq("NNA").any()
    coords = frame["Coordenadas GPS (Kobo)"]
    assert coords.str.fullmatch(r"-?\d+\.\d{6} -?\d+\.\d{6} \d+\.0 \d+\.\d").any()
    assert coords.eq("0 0 0 0").any()
    assert frame["Nº personas"].str.fullmatch(r"\d,\d{3}").any()
    assert frame["Fecha"].str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    # the letter M is "masculino" here: the truth reads male
    truth = _rows_of(_truth(paths), LAC)
    m_rows = (frame.index[frame["Sexo"] == "M"] + 2).tolist()
    kept = truth.loc[m_rows]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert len(kept) > 0
    assert (kept["gender"] == "male").all()
    # a failed GPS fix is no place
    zero = (frame.index[coords == "0 0 0 0"] + 2).tolist()
    assert truth.loc[zero, "lat"].isna().all()


def test_hostelling_international_lines(paths: dict[str, Path]) -> None:
    lines = paths[HI].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["caseRef", "incidentDate", "memberAssociation"]
    detection = pd.Series([r["countryOfDetection"] for r in records]).dropna()
    assert detection.str.fullmatch(r"[A-Z]{2}").mean() > 0.4
    assert detection.str.fullmatch(r"\d{3}").any()  # ISO numeric now and then
    dates = pd.Series([r["incidentDate"] for r in records]).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z").any()
    assert any(isinstance(r["personsAffected"], int) for r in records)


def test_every_agency_in_its_language(paths: dict[str, Path]) -> None:
    langs = {s.source: s.language for s in SOURCES}
    assert langs == {UK: "en", FR: "fr", ES: "es", LAC: "es", HI: "en"}
    formats = {Path(paths[s]).suffix for s in NAMES}
    assert formats == {".csv", ".xlsx", ".jsonl"}
