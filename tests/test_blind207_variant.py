"""The examiner set ``blind207`` (files ``*_ha.*``): five faith-based and diaspora networks.

These tests check what the set promises: its files, their bytes (encodings, delimiters,
headers, date styles, coordinate styles, country writing) and a truth that says what a
careful analyst reads from each cell. None of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from tests._blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.schema import VOCABULARIES

VARIANT = "blind207"
SEED = 207
N_EVENTS = 1500
SMALL_SEED = 2071
SMALL_EVENTS = 400

CEE = "cee_migraciones_ha"
TK = "talitha_kum_ha"
SIF = "secours_islamique_fr_ha"
USC = "usccb_mrs_ha"
ACT = "act_alliance_ha"
SOURCES = (CEE, TK, SIF, USC, ACT)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def _column(rows: list[tuple[object, ...]], header: str) -> list[object]:
    at = list(rows[0]).index(header)
    return [r[at] if at < len(r) else None for r in rows[1:]]


def _csv_text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ha", n_events=N_EVENTS)


def test_small_set_has_every_source_and_reason(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ha", n_events=SMALL_EVENTS)
    truth = _truth(small)
    records = truth.loc[truth["expected_status"] == "record", "source_file"]
    assert set(records) == {small[s].name for s in SOURCES}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each kept row expects its event's values, but for what the agency left out."""
    ok, ev = check_reports_of_events(paths, truth, ["crime_type"])
    kept = truth["expected_status"] != "quarantine"
    tags = tags_of(truth).loc[kept].reset_index(drop=True)
    src = ok["source"]

    def same_or(col: str, lost: pd.Series, word: str | None) -> None:
        assert ok.loc[~lost, col].equals(ev.loc[~lost, col]), col
        if word is None:
            assert ok.loc[lost, col].isna().all(), col
        else:
            assert (ok.loc[lost, col] == word).all(), col

    placeholder = tags.str.contains("count_placeholder")
    same_or("n_persons", placeholder, None)
    no_suspects = (src == CEE) | tags.str.contains(
        "blank_n_suspects|suspects_placeholder|empty:n_suspects"
    )
    same_or("n_suspects", no_suspects, None)
    for col in ("gender", "age_group", "transport_mode"):
        same_or(col, tags.str.contains(f"blank_{col}|empty:{col}|unknown:{col}"), "unknown")
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        same_or(col, tags.str.contains(f"blank_{col}|empty:{col}|unknown:{col}"), None)
    same_or("transit_countries", tags.str.contains("empty:transit_countries"), None)
    assert ev.loc[tags.str.contains("direct_word"), "transit_countries"].isna().all()
    same_or("exploitation", tags.str.contains("unknown:exploitation"), "unknown")
    same_or("linked_offences", src == CEE, None)

    no_place = (src == CEE) | tags.str.contains("blank_coordinates|coords_missing")
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 0.001).all(), col

    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert (tags.str.contains("partial_date") == (prec != "day")).all()
    for col in ("crime_type", "gender", "age_group", "transport_mode", "exploitation"):
        assert set(ok[col].dropna()) <= set(VOCABULARIES[col]), col
    # a smuggling row has no form of exploitation; a trafficking row always has one
    thb = ok["crime_type"].isin(["trafficking", "both"])
    assert ok.loc[thb, "exploitation"].notna().all()
    assert ok.loc[~thb, "exploitation"].isna().all()


def test_second_reports(truth: pd.DataFrame) -> None:
    """Cross-source reports come from the agencies that would hear of the event."""
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {SIF, TK, ACT}
    # Secours Islamique's second reports: Canary arrivals (Senegal office) and Dover
    sif = cross.loc[cross["source"] == SIF, "detection_country"].dropna()
    assert set(sif) <= {"ESP", "GBR"}
    assert (cross["date_precision"] == "day").all()
    blanked = tags_of(truth).loc[cross.index].str.contains("blank_")
    assert blanked.any()


def test_bad_rows_expect_nothing(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    fields = ["event_date", "crime_type", "n_persons", "nationality", "lat"]
    assert bad[fields].isna().all().all()
    garbage = bad.loc[bad["messiness"] == "garbage_row"]
    assert {"empty_row", "no_content", "no_date"} <= set(garbage["expected_reason"])
    # an empty row in each CSV file, a note row in every file but the JSON export
    assert set(garbage.loc[garbage["expected_reason"] == "empty_row", "source"]) == {SIF, USC}
    notes = garbage.loc[garbage["expected_reason"] == "no_content", "source"]
    assert set(notes) == {CEE, SIF, USC, ACT}


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_secours_islamique_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[SIF].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accents in cp1252
    text = raw.decode("cp1252")
    assert b"\r\n" in raw
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° fiche;Date;Pays;Type de fait;")
    assert "Passeurs interpellés" in header
    assert "Âge" in header
    assert re.search(r";\d{2}/\d{2}/20\d{2};", text)  # day first
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d{2};",
        text,
    )
    assert re.search(r";5\d,\d{5};[12],\d{5};", text)  # decimal-comma coordinates
    assert ";Angleterre;" in text
    assert ";aucun;" in text
    assert ";NC;" in text
    assert re.search(r";(afghane|iranienne|irakienne|érythréenne|syrienne|albanaise);", text)
    assert "Espagne (Canaries)" in text
    # the Senegal office's rows were pasted from a UTF-8 sheet
    tags = tags_of(truth)
    assert tags.loc[truth["source"] == SIF].str.contains("mojibake").any()
    assert "Ã©" in text


def test_usccb_csv(paths: dict[str, Path]) -> None:
    raw = paths[USC].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.split("\n", 1)[0]
    assert header.startswith("Intake ID,Date Encountered,Encounter Country,Case Type,")
    frame = pd.read_csv(paths[USC], dtype=str, encoding="utf-8-sig", keep_default_na=False)
    dates = frame["Date Encountered"]
    us = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/(20\d\d)$").dropna().astype(int)
    assert len(us) > 0.8 * len(frame)
    assert (us[0] <= 12).all()  # month first, throughout the file
    assert (us[1] > 12).any()
    assert dates.str.fullmatch(r"\d/\d{1,2}/20\d\d").any()  # not zero-padded
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()  # month only
    assert frame["Country of Citizenship"].isin(["MX", "GT", "HN", "VE", "EC"]).any()
    assert frame["Final Destination"].str.fullmatch(r"[A-Za-z ]+, [A-Z]{2}").any()
    assert frame["Age Group"].isin(["Family unit", "UAC"]).any()
    assert frame["Latitude"].str.fullmatch(r"\d{2}\.\d{4}").any()
    assert frame["Longitude"].str.fullmatch(r"-\d{2,3}\.\d{4}").any()
    assert (frame["Intake ID"] == "Grand Total").sum() == 1


def test_cee_xlsx(paths: dict[str, Path]) -> None:
    rows = _sheet(paths[CEE])
    assert rows[0][:4] == ("Nº registro", "Fecha", "País", "Tipología")
    assert "Nº personas" in rows[0]
    assert "Nacionalidad" in rows[0]
    # the Church keeps no suspects, coordinates or linked offences
    assert not {"Latitud", "Longitud", "Detenidos"} & set(rows[0])
    dates = _column(rows, "Fecha")
    real = [d for d in dates if isinstance(d, datetime)]
    text = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.6 * len(dates)
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d\d", t) for t in text)
    assert any(re.fullmatch(r"T[1-4] 20\d\d", t) for t in text)
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", t) for t in text)
    nat = {str(v) for v in _column(rows, "Nacionalidad") if v}
    assert nat & {"senegalesa", "maliense", "marroquí", "gambiana", "guineana", "rumana"}
    counts = _column(rows, "Nº personas")
    assert any(isinstance(c, int) for c in counts)
    assert "s/d" in counts
    means = {str(v).strip().lower() for v in _column(rows, "Medio de llegada") if v}
    assert {"cayuco", "patera"} <= means
    transit = [str(s) for s in _column(rows, "Países de tránsito") if s]
    assert "directo" in transit  # a direct crossing, said in words
    assert any(" - " in s for s in transit)


def test_talitha_kum_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[TK].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:4] == ["case_id", "date_of_encounter", "site_country_m49", "case_type"]
    kept = truth.loc[(truth["source"] == TK) & (truth["expected_status"] != "quarantine")]
    rows = [recs[int(r) - 1] for r in kept["source_row"]]
    assert {r["site_country_m49"] for r in rows} <= {"380", "724", None}
    assert "380" in {r["site_country_m49"] for r in rows}
    dates = [r["date_of_encounter"] for r in rows]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:05\.000\+0[12]:00", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z]{3}", str(r["nationality"])) for r in rows)
    gps = [r["gps"] for r in rows if r["gps"]]
    assert gps
    assert all(len(g.split(" ")) == 4 for g in gps)
    assert any(isinstance(r["no_of_persons"], int) for r in rows)
    assert any(" > " in str(r["transit_route"]) for r in rows)


def test_act_alliance_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _sheet(paths[ACT])
    assert rows[0][:3] == ("Ref.", "Date of incident", "Country")
    dates = _column(rows, "Date of incident")
    assert any(isinstance(d, datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # bare serials
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d", t) for t in text)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", t) for t in text)
    countries = {str(v) for v in _column(rows, "Country") if v}
    assert countries & {"PanamÃ¡", "Panamá"}
    where = [str(v) for v in _column(rows, "Location (lat, long)") if v]
    assert any("°" in w and ("W" in w or "E" in w) for w in where)
    assert any(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", w) for w in where)
    tags = tags_of(truth).loc[truth["source"] == ACT]
    assert tags.str.contains("mojibake").any()
    assert tags.str.contains("dms_coords").any()
    assert tags.str.contains("excel_serial").any()
    assert truth.loc[truth["source"] == ACT, "expected_reason"].eq("exact_repeat").sum() >= 3


def test_dms_and_serials_read_as_analyst_would(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """A DMS cell expects the point it names; a bare serial the day it counts to."""
    rows = _sheet(paths[ACT])
    where = _column(rows, "Location (lat, long)")
    dates = _column(rows, "Date of incident")
    act = truth.loc[(truth["source"] == ACT) & (truth["expected_status"] != "quarantine")]
    tags = tags_of(truth).loc[act.index]
    for (_, row), tag in zip(act.iterrows(), tags, strict=True):  # a few hundred rows
        cell = where[int(row["source_row"]) - 2]
        if "dms_coords" in tag:
            d = [float(x) for x in re.findall(r"[\d.]+", str(cell))]
            lat = d[0] + d[1] / 60 + d[2] / 3600
            assert abs(lat - float(row["lat"])) < 1e-5
        serial = dates[int(row["source_row"]) - 2]
        if "excel_serial" in tag:
            day = pd.Timestamp("1899-12-30") + pd.Timedelta(days=int(serial))  # type: ignore[arg-type]
            assert day.strftime("%Y-%m-%d") == row["event_date"]


def test_languages_and_formats(paths: dict[str, Path]) -> None:
    suffixes = {s: paths[s].suffix for s in SOURCES}
    assert suffixes == {CEE: ".xlsx", TK: ".jsonl", SIF: ".csv", USC: ".csv", ACT: ".xlsx"}
    assert np.unique([paths[s].name.split("_ha.")[0] for s in SOURCES]).size == 5
