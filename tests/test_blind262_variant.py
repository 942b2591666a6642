"""The examiner's held-out sample set ``blind262`` (files ``*_jd.*``).

Five transport-security desks (Grimaldi's company security office, DFDS France's Calais
and Dunkirk terminals, Eurostar's security team, Renfe's security directorate and the
UIC security division). These tests check what the set promises: its files, its truth,
and that the bytes really show each desk's habits. None of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind262"
SEED = 262
N_EVENTS = 1500
SMALL_SEED = 2621
SMALL_EVENTS = 400
SOURCES = (
    "grimaldi_cso",
    "dfds_france_surete",
    "eurostar_security",
    "renfe_seguridad",
    "uic_surete",
)


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


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jd", n_events=N_EVENTS)


def test_files_and_truth_small_set(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_jd", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small_set(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, ("crime_type", "linked_offences"), tolerance=0.002)


def test_expected_values_small_set(small_paths: dict[str, Path]) -> None:
    check_expected_values(
        small_paths, _truth(small_paths), ("crime_type", "linked_offences"), tolerance=0.002
    )


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_other_fields_differ_only_where_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country", "transit_countries"):
        differs = ok[col].fillna("").ne(ev[col].fillna(""))
        assert ok.loc[differs, col].isna().all(), col
        assert tags[differs].str.contains(f"empty:{col}").all(), col
    differs = ok["exploitation"].fillna("").ne(ev["exploitation"].fillna(""))
    assert (ok.loc[differs, "exploitation"] == "unknown").all()
    assert tags[differs].str.contains("unknown:exploitation").all()
    # a pure smuggling case has no form of exploitation, whatever the cell says
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_every_source_has_records_at_every_size(
    paths: dict[str, Path], small_paths: dict[str, Path]
) -> None:
    for p in (paths, small_paths):
        truth = _truth(p)
        for source in SOURCES:
            assert (_rows(truth, source)["expected_status"] == "record").sum() > 0, source


def test_vague_nationalities_expect_none(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    vague = truth.loc[tags.str.contains("ethnicity_only|region_only")]
    assert len(vague) > 0
    assert vague["nationality"].isna().all()


# --------------------------------------------------------------------------------------
# Grimaldi: Excel log in English
# --------------------------------------------------------------------------------------
def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def test_grimaldi_excel_log(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["grimaldi_cso"]
    assert path.name == "grimaldi_cso_jd.xlsx"
    rows = _sheet(path)
    header = list(rows[0])
    assert header[:4] == ["Incident No.", "Date of discovery", "Port State", "Position (lat/long)"]
    width = len(header)
    frame = pd.DataFrame([(*r, *[None] * (width - len(r))) for r in rows[1:]], columns=header)
    dates = frame["Date of discovery"].dropna()
    kinds = {type(v).__name__ for v in dates}
    assert {"datetime", "int", "str"} <= kinds  # real dates, bare serials, typed text
    typed = [v for v in dates if isinstance(v, str)]
    assert all(re.fullmatch(r"\d\d\.\d\d\.20\d\d", v) for v in typed)
    serials = [v for v in dates if isinstance(v, int)]
    assert all(44197 <= v <= 45400 for v in serials)  # 2021-2024
    assert set(frame["Port State"].dropna()) <= {"IT", "Italy", "ITALY", "italy", " Italy  "}
    pos = frame["Position (lat/long)"].dropna().astype(str)
    dm = pos.str.fullmatch(r"\d\d°\d\d\.\d'[NS] \d{3}°\d\d\.\d'[EW]")
    assert dm.mean() > 0.8
    assert set(pos[~dm]) <= {"In port", "Alongside"}
    counts = frame["No. of persons"].dropna()
    assert any(isinstance(v, str) and v.endswith(" pax") for v in counts)
    assert "nil" in set(frame["Facilitators detained"].dropna())
    assert {"UAM", "Minor"} & set(frame["Adult / Minor"].dropna())
    assert frame["Nationality (declared)"].dropna().str.fullmatch(r"[A-Z]{2}").mean() > 0.5
    # a position in degrees and minutes is read as decimal degrees
    g = _rows(truth, "grimaldi_cso")
    dm_rows = g.loc[
        tags_of(truth).loc[g.index].str.contains("coords_dm") & (g["expected_status"] == "record")
    ]
    assert len(dm_rows) > 0
    assert dm_rows["lat"].astype(float).between(34, 46).all()


# --------------------------------------------------------------------------------------
# DFDS France: cp1252, semicolons, French
# --------------------------------------------------------------------------------------
def test_dfds_cp1252_semicolon(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["dfds_france_surete"]
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.startswith("N° fiche;Date du constat;Pays du constat;Qualification;")
    frame = _csv(path, "cp1252", ";")
    dates = frame["Date du constat"].loc[frame["Date du constat"] != ""]
    day_first = dates.str.match(r"\d\d/\d\d/(20)?\d\d( \d\d:\d\d)?$")
    assert day_first.mean() > 0.9
    assert dates.str.match(r"\d\d/\d\d/\d\d$").any()  # two-digit years
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()  # decimal comma
    nat = set(frame["Nationalité déclarée"].str.strip().str.lower())
    assert {"afghan", "iranien", "irakien"} & nat
    assert "néant" in set(frame["Passeurs interpellés"])
    assert "PL" in set(frame["Moyen de transport"].str.strip())
    assert {"H", "F", "H/F", "hommes", "mixte"} & set(frame["Sexe"])
    assert "Total général" in set(frame["N° fiche"])
    # a swapped pair of coordinates expects the place read back in order
    d = _rows(truth, "dfds_france_surete")
    swapped = d.loc[tags_of(truth).loc[d.index].str.contains("coords_swapped")]
    swapped = swapped.loc[swapped["expected_status"] != "quarantine"]
    assert swapped["lat"].dropna().astype(float).between(49, 52).all()


# --------------------------------------------------------------------------------------
# Eurostar: JSON lines in English
# --------------------------------------------------------------------------------------
def test_eurostar_json_lines(paths: dict[str, Path]) -> None:
    path = paths["eurostar_security"]
    lines = _text(path, "utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["incident_ref", "date_time_occurred", "country_of_incident"]
    stamps = [r["date_time_occurred"] for r in records if r["date_time_occurred"]]
    iso = [re.fullmatch(r"20\d\d-\d\d-\d\d(T\d\d:\d\d:00Z)?", s) for s in stamps]
    assert sum(m is not None for m in iso) >= len(stamps) - 3  # but a few bad dates
    assert any(s.endswith("Z") for s in stamps)
    persons = [r["persons_involved"] for r in records]
    assert any(isinstance(v, int) for v in persons)
    assert any(isinstance(v, str) and v.isdigit() for v in persons)
    cats = {r["incident_category"] for r in records}
    assert {"Clandestine entrant", "Modern slavery concern"} & cats
    places = [r["location_latlong"] for r in records if r["location_latlong"]]
    assert all(re.fullmatch(r"-?\d+\.\d{5}, ?-?\d+\.\d{5}", p) for p in places)
    assert {"GB", "United Kingdom"} & {r["country_of_incident"] for r in records}


# --------------------------------------------------------------------------------------
# Renfe: UTF-8 with BOM, commas, Spanish
# --------------------------------------------------------------------------------------
def test_renfe_bom_comma_spanish(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["renfe_seguridad"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Nº incidencia,Fecha del hecho,País,Tipología,")
    frame = _csv(path, "utf-8-sig", ",")
    dates = frame["Fecha del hecho"].loc[frame["Fecha del hecho"] != ""]
    assert dates.str.match(r"\d\d[/-]\d\d[/-]20\d\d$").mean() > 0.85
    assert dates.str.contains(" de ").any()  # "17 de mayo de 2023"
    assert "Ã" in text  # a double-encoded feed
    coords = frame["Coordenadas"].loc[frame["Coordenadas"] != ""]
    assert coords.str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    medio = set(frame["Medio"].str.strip())
    assert {"Cayuco", "Patera"} & medio
    nat = set(frame["Nacionalidad"].str.strip().str.lower())
    assert {"marroquí", "senegalés", "argelino", "maliense"} & nat
    assert "s/d" in set(frame["Nº personas"]) | set(frame["Detenidos"])
    big = frame["Nº personas"].str.fullmatch(r"\d\.\d{3}")
    r = _rows(truth, "renfe_seguridad")
    if (r["n_persons"].dropna().astype(int) >= 1000).any():
        assert big.any()
    mojibake = r.loc[tags_of(truth).loc[r.index].str.contains("mojibake")]
    assert len(mojibake) > 0


# --------------------------------------------------------------------------------------
# UIC: UTF-16, tabs, French compilation with partial dates
# --------------------------------------------------------------------------------------
def test_uic_utf16_tab_compilation(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    path = paths["uic_surete"]
    raw = path.read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.startswith("Réf. UIC\tDate / période\tPays (code ISO)\tQualification\t")
    frame = _csv(path, "utf-16", "\t")
    dates = frame["Date / période"].loc[frame["Date / période"] != ""]
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/20\d\d").any()
    assert dates.str.fullmatch(r"[a-zéû]+ 20\d\d").any()
    pays = set(frame["Pays (code ISO)"])
    assert {"GRC", "HRV", "PAN", "USA"} <= pays
    assert {"300", "191", "616", "591", "840"} & pays  # ISO numeric codes
    u = _rows(truth, "uic_surete")
    assert set(u["date_precision"].dropna()) == {"day", "month", "quarter"}
    assert set(u["detection_country"].dropna()) >= {"GRC", "HRV", "PAN", "USA"}
    assert (u["expected_reason"] == "cross_source").any()
