"""The examiner set ``blind336`` (files ``*_lz.*``): five tax and social-security fraud units.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
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

VARIANT = "blind336"
SEED = 336
N_EVENTS = 1500
SMALL_SEED = 3361
SMALL_EVENTS = 400
SOURCES = ("hmrc_hidden_economy", "ddfip62_bcr", "aeat_onif", "css_panama", "egmont_iewg")
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The truth's rows of one file, indexed by source_row."""
    truth = _truth(paths)
    rows = truth.loc[truth["source_file"] == paths[source].name].copy()
    rows.index = rows["source_row"].astype(int)
    return rows


def _csv(paths: dict[str, Path], source: str, encoding: str, sep: str) -> pd.DataFrame:
    """A CSV file's cells as text, indexed as the truth counts rows (header = 1)."""
    frame = pd.read_csv(
        paths[source],
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
    )
    frame.index = range(2, len(frame) + 2)
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_lz", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_lz", n_events=SMALL_EVENTS)
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_reports_rows_at_every_size(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400, 1500):
        out = write_samples(tmp_path / str(n), seed=n, n_events=n, variant=VARIANT)
        truth = _truth(out)
        got = truth.loc[truth["expected_status"] == "record", "source_file"].value_counts()
        assert set(got.index) == {out[s].name for s in SOURCES}, n


def test_each_agency_plants_its_habits(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for tag in (
        "home_nation",
        "adjective:nationality",
        "mojibake:",
        "iso2:",
        "iso_numeric:",
        "excel_serial",
        "dms:coordinates",
        "decimal_comma:coordinates",
        "direct_word",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "partial_date:month",
        "partial_date:quarter",
        "blank_gender",
        "na_word",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag


# --------------------------------------------------------------------------------------
# HMRC hidden economy: UTF-8 with BOM, comma, day-first, home nations
# --------------------------------------------------------------------------------------
def test_hmrc_bytes(paths: dict[str, Path]) -> None:
    raw = paths["hmrc_hidden_economy"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert header.startswith("HMRC Ref,Date of Visit,Offence Category,")
    frame = _csv(paths, "hmrc_hidden_economy", "utf-8-sig", ",")
    rows = _rows(paths, "hmrc_hidden_economy")
    assert frame["HMRC Ref"].dropna().str.match(r"^(HE/20\d\d/\d{5}|TOTAL|OFFICIAL)").all()
    assert "England" in set(frame["Location Found"].dropna())
    assert frame["Route (via)"].dropna().str.contains(" > ").any()
    assert frame["No. of Suspects"].isin(["nil", "None"]).any()
    assert frame["Sex"].isin(["M", "F"]).any()
    # day-first, always: the written day and month are the expected ones
    dates = frame["Date of Visit"].dropna()
    slash = dates[dates.str.fullmatch(r"\d\d/\d\d/\d{4}")]
    rec = rows.loc[slash.index]
    keep = rec["expected_status"].ne("quarantine") & rec["date_precision"].eq("day")
    want = pd.to_datetime(rec.loc[keep, "event_date"]).dt.strftime("%d/%m/%Y")
    assert (slash[keep] == want).all()
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()


def test_hmrc_truth_reads_home_nations_as_the_uk(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "hmrc_hidden_economy", "utf-8-sig", ",")
    rows = _rows(paths, "hmrc_hidden_economy")
    home = frame["Location Found"].isin(["England", "Scotland", "UK"])
    ok = rows.loc[frame.index[home]]
    ok = ok.loc[ok["expected_status"] != "quarantine"]
    assert len(ok) > 0
    assert (ok["detection_country"] == "GBR").all()


# --------------------------------------------------------------------------------------
# DGFiP Pas-de-Calais: cp1252, semicolon, CRLF, mojibake, adjectives, decimal comma
# --------------------------------------------------------------------------------------
def test_ddfip_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ddfip62_bcr"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° signalement;Date du contrôle;Pays de constatation;")
    frame = _csv(paths, "ddfip62_bcr", "cp1252", ";")
    assert frame["Latitude"].dropna().str.fullmatch(r"5\d,\d{5}").all()
    nat = frame["Nationalité"].dropna()
    assert nat.str.fullmatch(r"[A-ZÉ]+NE|[A-ZÉ]+ENNE|[A-Z]+AISE").any()  # AFGHANE ...
    assert frame.stack().str.contains("Ã").any()  # a UTF-8 extract pasted in
    assert frame["Nb mis en cause"].isin(["néant", "aucun"]).any()
    dates = frame["Date du contrôle"].dropna()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[a-zéû]+ \d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7


def test_ddfip_mojibake_is_read_as_the_country(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "ddfip62_bcr", "cp1252", ";")
    rows = _rows(paths, "ddfip62_bcr")
    cells = frame["Pays d'origine"]
    garbled = cells.dropna().loc[lambda s: s.str.contains("Ã")]
    for row, cell in garbled.items():
        want = rows.loc[row, "origin_country"]
        assert cell.encode("cp1252").decode("utf-8") in {
            "Érythrée",
            "Côte d'Ivoire",
            "Égypte",
            "Viêt Nam",
            "Algérie",
            "Sénégal",
            "Guinée",
            "Équateur",
            "Haïti",
            "Biélorussie",
            "Grèce",
            "Royaume-Uni",
            "États-Unis",
            "Bosnie-Herzégovine",
            "Macédoine du Nord",
            "Yémen",
        }, (row, cell, want)


# --------------------------------------------------------------------------------------
# AEAT ONIF: workbook, date cells and serials, 2T periods, H/M, ISO alpha-2
# --------------------------------------------------------------------------------------
def test_aeat_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["aeat_onif"])
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    book.close()
    header = values[0]
    assert header[:3] == ("Nº expediente", "Fecha actuación", "Tipo delictivo")
    col = {h: i for i, h in enumerate(header)}
    body = values[1:]
    dates = [r[col["Fecha actuación"]] for r in body]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45300 for d in serials)  # 2021-01-01 .. 2024-01-08
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"[1-4]T \d{4}", t) for t in texts)
    assert {"H", "M"} <= {r[col["Sexo"]] for r in body}
    assert any(r[col["Nº trabajadores/personas"]] == "sin determinar" for r in body)
    modes = {r[col["Medio de entrada"]] for r in body}
    assert modes & {"Cayuco", "Patera", "Salto de valla"}
    nat = [r[col["Nacionalidad"]] for r in body]
    assert any(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in nat)
    assert all(isinstance(r[col["Latitud"]], float | None) for r in body)
    assert any(r[col["Países de tránsito"]] == "Directo" for r in body)


def test_aeat_truth_reads_m_as_mujer(paths: dict[str, Path]) -> None:
    frame = pd.read_excel(paths["aeat_onif"], dtype=object)
    frame.index = range(2, len(frame) + 2)
    rows = _rows(paths, "aeat_onif")
    ok = rows["expected_status"].ne("quarantine").reindex(frame.index, fill_value=False)
    sex = frame["Sexo"]
    assert (rows.loc[sex.index[sex.eq("M") & ok], "gender"] == "female").all()
    assert (rows.loc[sex.index[sex.eq("H") & ok], "gender"] == "male").all()
    assert (sex.eq("M") & ok).sum() > 0


# --------------------------------------------------------------------------------------
# CSS Panamá: UTF-16 tab-separated, Spanish abbreviated months, DMS coordinates
# --------------------------------------------------------------------------------------
def test_css_bytes(paths: dict[str, Path]) -> None:
    raw = paths["css_panama"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].startswith("No. de Acta\tFecha de inspección\t")
    frame = _csv(paths, "css_panama", "utf-16", "\t")
    dates = frame["Fecha de inspección"].dropna()
    assert dates.str.fullmatch(
        r"\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d{4}"
    ).any()
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}").any()
    coords = frame["Coordenadas"].dropna()
    assert coords.str.contains("°").any()
    assert coords.str.fullmatch(r"\d\.\d{5}, -7\d\.\d{5}").any()
    nat = set(frame["Nacionalidad"].dropna())
    assert nat & {"venezolana", "ecuatoriana", "haitiana", "colombiana", "china"}
    assert frame["Países de tránsito"].dropna().str.contains(", ").any()


def test_css_truth_reads_m_as_masculino(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "css_panama", "utf-16", "\t")
    rows = _rows(paths, "css_panama")
    ok = rows["expected_status"].ne("quarantine").reindex(frame.index, fill_value=False)
    sex = frame["Sexo"]
    assert (rows.loc[sex.index[sex.eq("M") & ok], "gender"] == "male").all()
    assert (rows.loc[sex.index[sex.eq("F") & ok], "gender"] == "female").all()
    assert (sex.eq("M") & ok).sum() > 0


def test_css_dms_is_read_west_and_north(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "css_panama", "utf-16", "\t")
    rows = _rows(paths, "css_panama")
    dms = frame["Coordenadas"].dropna().loc[lambda s: s.str.contains("°")]
    rec = rows.loc[dms.index]
    rec = rec.loc[rec["expected_status"] != "quarantine"]
    assert (rec["lat"].astype(float).between(7, 10)).all()
    assert (rec["lon"].astype(float).between(-80, -76)).all()


# --------------------------------------------------------------------------------------
# Egmont Group compilation: JSON lines, ISO codes of three kinds, lists, nulls
# --------------------------------------------------------------------------------------
def test_egmont_lines(paths: dict[str, Path]) -> None:
    lines = paths["egmont_iewg"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"case_id", "date", "typology", "persons", "route", "detected_in"}
    routes = [r["route"] for r in recs if isinstance(r.get("route"), list)]
    assert any(len(r) >= 2 for r in routes)
    codes = [r["nationality"] for r in recs if isinstance(r.get("nationality"), str)]
    assert any(re.fullmatch(r"\d{3}", c) for c in codes)
    assert any(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert any(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    dates = [r["date"] for r in recs if isinstance(r.get("date"), str)]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(d.endswith("T00:00:00Z") for d in dates)
    assert any(r.get("persons") is None and r.get("case_id", "").startswith("EG-") for r in recs)


def test_egmont_numeric_codes_are_read_as_countries(paths: dict[str, Path]) -> None:
    lines = paths["egmont_iewg"].read_text(encoding="utf-8").splitlines()
    rows = _rows(paths, "egmont_iewg")
    numeric = {"380": "ITA", "300": "GRC", "191": "HRV", "616": "POL", "840": "USA"}
    seen = 0
    for i, line in enumerate(lines, start=1):
        cell = json.loads(line).get("detected_in")
        if cell in numeric and rows.loc[i, "expected_status"] != "quarantine":
            assert rows.loc[i, "detection_country"] == numeric[cell]
            seen += 1
    assert seen > 0
