"""The examiner's held-out set ``blind412`` (files ``*_ox.*``): shellfish-sector desks.

These tests check what the set promises (files, truth, and the quirks each agency's bytes
show); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
from datetime import datetime
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
from trendlib.samples import make_truth
from trendlib.samples._blind412 import SOURCES, make_blind412

VARIANT = "blind412"
SEED = 412
N_EVENTS = 1500
SMALL_SEED = 4121
SMALL_EVENTS = 400

SAGB, CRC, APROMAR, CESASIN, GAA = (s.source for s in SOURCES)
NAMES = [s.source for s in SOURCES]
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one file, in file order."""
    return truth.loc[truth["source"] == source].reset_index(drop=True)


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = next(s for s in SOURCES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
    )


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ox", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_rows_at_every_size() -> None:
    for seed, n in ((1, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, N_EVENTS)):
        subs = make_blind412(make_truth(seed=seed, n_events=n), seed=seed)
        assert [s.source for s in subs] == NAMES
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


def test_countries_left_out_are_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country", "exploitation"):
        differs = ok[col].fillna("-").ne(ev[col].fillna("-"))
        assert differs.any(), col
        blank = tags.str.contains(f"blank_{col}|unknown_word:{col}")
        assert (differs == blank).all(), col
    assert (
        ok.loc[tags.str.contains("unknown_word:exploitation"), "exploitation"] == "unknown"
    ).all()


# --------------------------------------------------------------------------------------
# What each agency's bytes show
# --------------------------------------------------------------------------------------
def test_encodings_delimiters_and_headers(paths: dict[str, Path]) -> None:
    crc = paths[CRC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        crc.decode("utf-8")
    first = crc.split(b"\r\n")[0].decode("cp1252")
    assert first.startswith("N° fiche;Date du constat;Pays du constat;Nature des faits")
    assert b"\r\n" in crc
    assert crc.count(b"\n") == crc.count(b"\r\n")

    apromar = paths[APROMAR].read_bytes()
    assert apromar.startswith(codecs.BOM_UTF16_LE)
    head = apromar.decode("utf-16").splitlines()[0].split("\t")
    assert head[:4] == ["Nº incidencia", "Fecha", "Tipo de delito", "Fin de explotación"]
    assert "Coordenadas" in head
    assert "Países de tránsito" in head

    cesasin = paths[CESASIN].read_bytes()
    assert not cesasin.startswith(codecs.BOM_UTF8)
    head = cesasin.decode("utf-8").splitlines()[0].split(",")
    assert head[:3] == ["Folio", "Fecha del evento", "País donde se detectó"]
    assert "Probables responsables" in head

    lines = paths[GAA].read_text(encoding="utf-8").splitlines()
    first_rec = json.loads(lines[0])
    assert list(first_rec)[:4] == ["incident_id", "incident_date", "country_iso", "category"]
    assert all(json.loads(line) for line in lines)

    sheet = load_workbook(paths[SAGB], read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    assert header[:4] == ("Log No.", "Date observed", "Concern type", "Exploitation type")
    assert "Position" in header
    assert "Route (via)" in header


def test_sagb_dates_positions_and_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[SAGB]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    exp = _rows(truth, SAGB)
    kept = exp["expected_status"] != "quarantine"
    assert len(rows) == len(exp)
    dates = [r[1] for r in rows]
    assert sum(isinstance(d, datetime) for d in dates) > len(rows) / 2
    assert any(isinstance(d, int) for d in dates)  # pasted as serial numbers
    assert any(isinstance(d, str) and re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    # positions in degrees and decimal minutes read back to the expected point
    ddm = re.compile(r"(\d{2})°(\d{2}\.\d{2})'([NS]) (\d{3})°(\d{2}\.\d{2})'([EW])")
    seen = 0
    for row, (_, e) in zip(rows, exp.iterrows(), strict=True):
        m = ddm.fullmatch(str(row[14] or ""))
        if m is None or e["expected_status"] == "quarantine":
            continue
        seen += 1
        lat = (int(m[1]) + float(m[2]) / 60) * (1 if m[3] == "N" else -1)
        lon = (int(m[4]) + float(m[5]) / 60) * (1 if m[6] == "E" else -1)
        assert abs(lat - float(e["lat"])) < 1e-5
        assert abs(lon - float(e["lon"])) < 1e-5
    assert seen > len(rows) / 2
    frame = pd.DataFrame(rows, columns=[str(h) for h in next(sheet.iter_rows(values_only=True))])
    nat = frame["Nationality"].astype(str)
    assert nat.isin(["Vietnamese", "Afghan", "Iranian", "Iraqi", "Eritrean"]).any()
    assert frame["Route (via)"].astype(str).str.contains(" > ").any()
    home = exp["messiness"].fillna("").str.contains("home_nation") & kept
    assert home.any()
    assert (exp.loc[home, "detection_country"] == "GBR").all()
    place = frame.loc[home, "Country observed in"].astype(str).str.strip().str.title()
    assert place.isin(["England", "Scotland"]).all()


def test_crc_french_register(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, CRC)
    exp = _rows(truth, CRC)
    assert len(frame) == len(exp)
    kept = exp["expected_status"] != "quarantine"
    dated = frame["Date du constat"].dropna()
    assert dated.str.fullmatch(r"\d{2}/\d{2}/\d{4}").mean() > 0.7
    assert dated.str.fullmatch(r"\d{2}/\d{2}/\d{2}").any()
    assert frame["Latitude"].dropna().str.fullmatch(r"5\d,\d{5}").all()
    angl = frame["Pays de destination déclaré"].str.strip().str.lower().eq("angleterre") & kept
    assert angl.any()
    assert (exp.loc[angl, "destination_country"] == "GBR").all()
    mna = frame["Majeurs / mineurs"].str.strip().str.upper().eq("MNA") & kept
    assert mna.any()
    assert (exp.loc[mna, "age_group"] == "child").all()
    passeurs = frame["Nombre de passeurs / exploitants"].str.strip().str.lower()
    zero = passeurs.isin(["aucun", "néant"]) & kept
    assert zero.any()
    assert (exp.loc[zero, "n_suspects"] == "0").all()


def test_apromar_spanish_export(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, APROMAR)
    exp = _rows(truth, APROMAR)
    assert len(frame) == len(exp)
    kept = exp["expected_status"] != "quarantine"
    dates = frame["Fecha"].dropna()
    dates = dates.loc[kept.loc[dates.index]]
    month = dates.str.fullmatch(r"[a-z]+ de \d{4}")
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert month.any()
    assert quarter.any()
    assert set(exp.loc[dates.index[month], "date_precision"]) == {"month"}
    assert set(exp.loc[dates.index[quarter], "date_precision"]) == {"quarter"}
    coords = frame["Coordenadas"].dropna()
    assert coords.str.fullmatch(r"-?\d+,\d{5} / -?\d+,\d{5}").all()
    big = exp["messiness"].fillna("").str.contains("thousands:n_persons") & kept
    assert frame.loc[big, "Personas"].str.fullmatch(r"\d\.\d{3}").all()
    assert big.sum() == 0 or (exp.loc[big, "n_persons"].astype(int) >= 1000).all()
    mode = frame["Medio de transporte"].fillna("").str.strip().str.lower()
    lat = frame["Coordenadas"].str.split(" / ").str[0].str.replace(",", ".").astype(float)
    assert (lat[mode.eq("cayuco")].dropna() < 30).all()  # the Atlantic boats of the Canaries
    assert lat[mode.eq("salto de valla")].dropna().between(35, 36).all()  # Ceuta, Melilla
    listed = frame["Países de tránsito"].fillna("").str.contains(" y ")
    assert listed.any()


def test_cesasin_mexican_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths, CESASIN)
    exp = _rows(truth, CESASIN)
    assert len(frame) == len(exp)
    kept = exp["expected_status"] != "quarantine"
    dates = frame["Fecha del evento"].dropna()
    assert dates.str.fullmatch(r"\d{2}/[a-z]{3}/\d{4}").mean() > 0.4
    crime = frame["Tipo de delito"].str.strip().str.lower()
    smug = crime.eq("tráfico de personas") & kept
    assert smug.any()
    assert (exp.loc[smug, "crime_type"] == "smuggling").all()
    trata = crime.eq("trata de personas") & kept
    assert (exp.loc[trata, "crime_type"] == "trafficking").all()
    garbled = exp["messiness"].fillna("").str.contains("mojibake")
    assert garbled.any()
    text = frame.loc[garbled].fillna("").astype(str).agg(" ".join, axis=1)
    assert text.str.contains("Ã").all()
    assert frame["Nacionalidad"].str.strip().str.lower().isin(["hondureña", "mexicana"]).any()
    assert (exp["expected_reason"] == "exact_repeat").sum() >= 3


def test_gaa_feed_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    recs = [json.loads(line) for line in paths[GAA].read_text(encoding="utf-8").splitlines()]
    exp = _rows(truth, GAA)
    assert len(recs) == len(exp)
    dates = pd.Series([r["incident_date"] for r in recs], dtype=object).dropna().astype(str)
    assert dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{4}-\d{2}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    country = pd.Series([r["country_iso"] for r in recs], dtype=object).dropna().astype(str)
    assert country.str.fullmatch(r"[A-Z]{3}").mean() > 0.6
    assert country.str.fullmatch(r"[A-Z]{2}").any()
    assert country.str.fullmatch(r"\d{3}").any()
    kept = exp["expected_status"] == "record"
    assert set(exp.loc[kept, "detection_country"].dropna()) >= {"ITA", "GRC", "HRV", "POL", "PAN"}
