"""The examiner's held-out set ``blind187`` (files ``*_gg.*``): what the files promise.

Five agencies of the Urabá–Darién desk and its partners write the true events. These
tests check the files and their truth (every row described, duplicates and bad rows
planted, the values a careful analyst reads) and that the bytes show each agency's
habits. None of them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind187 import make_blind187

VARIANT = "blind187"
SEED = 187
N_EVENTS = 1500
SMALL_SEED = 1871
SMALL_EVENTS = 400

SOURCES = (
    "policia_uraba",
    "asi_bogota",
    "dhs_attache_bogota",
    "cimcon_cartagena",
    "ponal_enlace_europol",
)
# Fields every row that is not quarantined gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 0.001  # degrees: decimal minutes to 0.01', four or more decimals


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source_file"] == paths[source].name].reset_index(drop=True)


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )


# --------------------------------------------------------------------------------------
# The set and its truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(big: dict[str, Path]) -> None:
    check_files_and_truth(big, SOURCES, suffix="_gg", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_gg", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(big: dict[str, Path]) -> None:
    check_read_loses_no_row(big, SOURCES, _truth(big))


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(big: dict[str, Path]) -> None:
    check_expected_values(big, _truth(big), FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(big: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(big))


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (3, 300), (SMALL_SEED, 400), (1, 1500)])
def test_every_agency_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind187(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename
        assert len(sub.expected) == len(sub.frame), sub.filename


def test_who_reports_what(big: dict[str, Path]) -> None:
    truth = _truth(big)
    events = pd.read_csv(big["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].eq("record") & truth["event_id"].notna()]
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    owner = {
        "PAN": "policia_uraba_gg.csv",
        "FRA": "asi_bogota_gg.xlsx",
        "USA": "dhs_attache_bogota_gg.csv",
        "ITA": "cimcon_cartagena_gg.csv",
        "GRC": "cimcon_cartagena_gg.csv",
        "ESP": "cimcon_cartagena_gg.csv",
    }
    for file, country in zip(first["source_file"], where, strict=True):
        assert file == owner.get(country, "ponal_enlace_europol_gg.jsonl"), (file, country)


def test_bad_rows_expect_nothing_and_future_years_are_typos(big: dict[str, Path]) -> None:
    truth = _truth(big)
    tags = tags_of(truth)
    bad = truth.loc[tags.str.contains("bad_row")]
    assert set(bad["expected_status"]) == {"quarantine"}
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    # the future dates are the event's year typed ten years on, in each agency's style
    subs = make_blind187(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED)
    years = []
    for sub in subs:
        future = sub.expected["expected_reason"].eq("future_date").fillna(False).to_numpy(bool)
        for cell in sub.frame.loc[future, sub.frame.columns[1]]:  # the date column
            if isinstance(cell, datetime):
                years.append(cell.year)
            else:
                found = re.search(r"20\d\d", str(cell))
                years.append(int(found.group()) if found else 2000 + int(str(cell)[-2:]))
    assert years
    assert min(years) >= 2031


# --------------------------------------------------------------------------------------
# The bytes of each agency
# --------------------------------------------------------------------------------------
def test_policia_uraba_siedco_extract(big: dict[str, Path]) -> None:
    raw = big["policia_uraba"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # Windows code page, not UTF-8
    text = raw.decode("cp1252")
    assert text.startswith("NUNC;FECHA HECHO;MUNICIPIO/SITIO;PAIS HECHO;DELITO;")
    assert "\r\n" in text
    assert "ARTÍCULO 188. TRÁFICO DE MIGRANTES" in text
    frame = _csv(big["policia_uraba"], "cp1252", ";")
    rows = _rows_of(big, "policia_uraba")
    assert len(frame) == len(rows)
    record = rows["expected_status"].ne("quarantine").to_numpy()
    dates = frame.loc[record, "FECHA HECHO"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}|\d{5}").all()
    assert dates.str.fullmatch(r"\d{5}").sum() > 10  # Excel serials pasted in
    serial = dates.str.fullmatch(r"\d{5}").to_numpy()
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(dates[serial].astype(int), unit="D")
    want = rows.loc[record, "event_date"].to_numpy()[serial]
    assert (days.dt.strftime("%Y-%m-%d").to_numpy() == want).all()
    refs = frame.loc[record, "NUNC"]
    assert refs.str.fullmatch(r"05490609916620\d{7}").all()
    assert (
        frame["NACIONALIDAD"]
        .str.strip()
        .isin(["VENEZOLANA", "VENEZOLANO", "HAITIANA", "HAITIANO", "ECUATORIANA", "ECUATORIANO"])
        .any()
    )
    assert frame["LATITUD"].dropna().str.fullmatch(r"0|\d+,\d{6}").all()
    assert (frame["LATITUD"] == "0").sum() > 0  # the GPS field left at its default
    assert frame["CAPTURADOS"].eq("NINGUNO").any()
    assert frame["GENERO"].eq("NO REPORTA").any()
    assert frame["PAIS HECHO"].dropna().eq("PANAMA").all()
    assert frame["PAISES TRANSITO"].dropna().isin(["COLOMBIA", "ECUADOR - COLOMBIA"]).all()
    assert frame["NUNC"].eq("TOTAL GENERAL").sum() == 1
    assert frame["NUNC"].str.startswith("FUENTE: SIEDCO").sum() == 1
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_asi_bogota_french_workbook(big: dict[str, Path]) -> None:
    book = load_workbook(big["asi_bogota"])
    cells = list(book.active.iter_rows(values_only=True))
    header = cells[0]
    assert header[:4] == ("N° fiche", "Date des faits", "Pays de constatation", "Lieu")
    assert "Nb mis en cause" in header
    body = cells[1:]
    rows = _rows_of(big, "asi_bogota")
    assert len(body) == len(rows)
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date des faits"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) // 2  # real Excel dates
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in texts)
    assert any(
        re.fullmatch(
            r"(janvier|février|mars|avril|mai|juin|juillet|août|"
            r"septembre|octobre|novembre|décembre) 20\d\d",
            d,
        )
        for d in texts
    )
    counts = [r[col["Nb personnes"]] for r in body]
    assert sum(isinstance(c, int) for c in counts) > len(body) // 2
    assert "néant" in [r[col["Nb mis en cause"]] for r in body]
    gps = [r[col["Coordonnées GPS"]] for r in body if r[col["Coordonnées GPS"]]]
    assert all(re.fullmatch(r"\d+,\d{5} ; -?\d+,\d{5}", g) for g in gps)
    # the months pasted from a UTF-8 export read as cp1252, and only those
    garbled = tags_of(rows).str.contains("mojibake").to_numpy()
    assert garbled.any()
    for row, bad in zip(body, garbled, strict=True):
        text = " ".join(str(v) for v in row if isinstance(v, str))
        assert ("Ã" in text) == bad
    precision = rows.loc[rows["expected_status"].ne("quarantine"), "date_precision"]
    assert {"day", "month", "quarter"} <= set(precision)


def test_dhs_attache_month_first_csv(big: dict[str, Path]) -> None:
    raw = big["dhs_attache_bogota"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(big["dhs_attache_bogota"], "utf-8-sig", ",")
    assert list(frame.columns[:4]) == ["Event ID", "Encounter Date", "AOR", "Encounter Country"]
    rows = _rows_of(big, "dhs_attache_bogota")
    record = rows["expected_status"].ne("quarantine").to_numpy()
    dates = frame.loc[record, "Encounter Date"]
    day = dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    assert day.mean() > 0.85
    first = dates[day].str[:2].astype(int)
    second = dates[day].str[3:5].astype(int)
    assert first.max() <= 12 < second.max()  # month first, throughout the file
    assert dates[~day].str.fullmatch(r"[A-Z][a-z]+ 20\d\d").all()
    assert frame["Demographic"].isin(["Single Adults", "Family Units", "UAC"]).any()
    assert frame["Case Type"].str.contains("1324").any()
    tags = tags_of(rows)
    placeholder = (
        tags.str.contains("count_placeholder") & ~tags.str.contains("bad_row")
    ).to_numpy()
    assert (frame.loc[placeholder, "Total Encountered"] == "UNK").all()
    assert frame["Total Encountered"].isin(["multiple", "several"]).sum() == (
        rows["expected_reason"].eq("bad_count").sum()
    )
    assert frame["Lat/Long"].dropna().str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    assert frame["Event ID"].eq("Grand Total").sum() == 1


def test_cimcon_utf16_tab_export(big: dict[str, Path]) -> None:
    raw = big["cimcon_cartagena"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # Excel "Unicode text"
    frame = _csv(big["cimcon_cartagena"], "utf-16", "\t")
    assert list(frame.columns[:5]) == ["Serial", "DTG", "Detecting State", "Area", "Position"]
    rows = _rows_of(big, "cimcon_cartagena")
    record = rows["expected_status"].ne("quarantine").to_numpy()
    dtg = frame.loc[record, "DTG"]
    assert dtg.str.fullmatch(r"\d{6}Z [A-Z]{3} \d{2}|20\d\d-\d\d-\d\d").all()
    assert dtg.str.fullmatch(r"\d{6}Z [A-Z]{3} \d{2}").mean() > 0.5
    # the day of a date-time group is the event's day
    is_dtg = dtg.str.fullmatch(r"\d{6}Z [A-Z]{3} \d{2}").to_numpy()
    want = pd.to_datetime(rows.loc[record, "event_date"]).dt.day.to_numpy()
    assert (dtg[is_dtg].str[:2].astype(int).to_numpy() == want[is_dtg]).all()
    pos = frame["Position"].dropna()
    assert pos.str.fullmatch(r"\d{2}°\d{2}\.\d{2}'[NS] \d{3}°\d{2}\.\d{2}'[EW]").all()
    assert frame["Detained (facilitators)"].eq("NIL").any()
    assert frame["Nationality"].str.fullmatch(r"\d{3}").any()  # ISO numeric
    assert frame["Nationality"].str.fullmatch(r"[A-Z]{2}").any()  # ISO alpha-2
    assert frame["POB"].str.contains(",", regex=False).any()
    assert frame["Route (transit)"].eq("DIRECT").any()


def test_enlace_europol_json_lines(big: dict[str, Path]) -> None:
    lines = big["ponal_enlace_europol"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    rows = _rows_of(big, "ponal_enlace_europol")
    assert len(records) == len(rows)
    assert list(records[0])[:4] == ["referencia", "fecha_hecho", "pais_deteccion", "lugar"]
    dates = [r["fecha_hecho"] for r in records if r["fecha_hecho"]]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in dates)
    persons = [r["n_personas"] for r in records]
    assert any(isinstance(p, int) for p in persons)
    assert "N/D" in persons
    assert any(isinstance(p, str) and p.endswith("migrantes") for p in persons)
    assert "ninguno" in [r["n_detenidos"] for r in records]
    countries = {r["pais_deteccion"] for r in records}
    assert {"Croacia", "Polonia", "Reino Unido"} & countries
    assert any(isinstance(c, str) and len(c) == 2 for c in countries)  # SIENA codes
    assert any(r["area_delictiva"] in ("FII", "THB", "THB / FII") for r in records)


def test_duplicates_are_reported_by_the_partner_desks(big: dict[str, Path]) -> None:
    truth = _truth(big)
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    assert set(cross["source_file"]) <= {
        "asi_bogota_gg.xlsx",
        "dhs_attache_bogota_gg.csv",
        "ponal_enlace_europol_gg.jsonl",
    }
    firsts = cross["duplicate_of"].str.split(":").str[0]
    assert (firsts != cross["source_file"]).all()
