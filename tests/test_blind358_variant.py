"""The examiner's held-out set ``blind358`` (files ``*_mv.*``): what its files promise.

Five agencies working on licence, registration and document fraud: the UK's DVSA counter
fraud team (XLSX), France's OCLDI (cp1252 CSV, ``;``), the Guardia Civil's traffic grouping
(UTF-16 tab-separated CSV), the Texas DMV's investigations division (JSON lines) and the
Spanish Policía Científica's document service, the compilation (UTF-8 with BOM, ``,``).
These tests check the files and their truth; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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

VARIANT = "blind358"
SEED = 358
N_EVENTS = 1500
SMALL_SEED = 3581
SMALL_EVENTS = 400
SUFFIX = "_mv"
SOURCES = (
    "dvsa_cfi",
    "ocldi_gendarmerie",
    "atgc_trafico",
    "txdmv_cid",
    "cgpc_documentoscopia",
)
#: Fields every row gives as the event has them (the others may be blank or "unknown").
FIELDS = ("crime_type", "exploitation", "origin_country", "transit_countries", "linked_offences")
#: Coordinates are written to 5 decimals or to a tenth of a second of arc.
TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth rows of one source's file."""
    return truth.loc[truth["source_file"].str.startswith(source + SUFFIX)]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False,
                       skip_blank_lines=False)  # fmt: skip


def _kept(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.loc[rows["expected_status"] != "quarantine"]


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events(paths: dict[str, Path], small: dict[str, Path]) -> None:
    for p in (paths, small):
        rows = _truth(p)
        for source in SOURCES:
            assert _rows(rows, source)["expected_status"].eq("record").sum() > 5, source


def test_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Each agency first reports its own country's events; the Channel is seen twice."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    where = dict(zip(first["event_id"], first["source_file"], strict=True))
    own = {
        "GBR": "dvsa_cfi_mv.xlsx",
        "FRA": "ocldi_gendarmerie_mv.csv",
        "ESP": "atgc_trafico_mv.csv",
        "USA": "txdmv_cid_mv.jsonl",
    }
    for eid, iso in zip(first["event_id"], country, strict=True):
        assert where[eid] == own.get(iso, "cgpc_documentoscopia_mv.csv"), (eid, iso)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    pairs = set(
        zip(
            cross["source_file"],
            events.loc[cross["event_id"], "corridor"],
            events.loc[cross["event_id"], "detection_country"],
            strict=True,
        )
    )
    assert pairs <= {
        ("dvsa_cfi_mv.xlsx", "channel", "FRA"),
        ("ocldi_gendarmerie_mv.csv", "channel", "GBR"),
        ("cgpc_documentoscopia_mv.csv", "wmed", "ESP"),
        ("cgpc_documentoscopia_mv.csv", "watl", "ESP"),
        ("cgpc_documentoscopia_mv.csv", "thb_rou_esp", "ESP"),
    }


def test_blanks_and_unknown_words_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    unknown_dest = kept & tags.str.contains("unknown:destination_country")
    assert unknown_dest.sum() > 0
    assert truth.loc[unknown_dest, "destination_country"].isna().all()
    others = kept & ~unknown_dest
    assert truth.loc[others, "destination_country"].notna().all()
    spaced = kept & tags.str.contains("spacing")
    assert spaced.sum() > 0


# --------------------------------------------------------------------------------------
# DVSA: a workbook
# --------------------------------------------------------------------------------------
def test_dvsa_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths["dvsa_cfi"]).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    head = list(values[0])
    assert head[:4] == ["CFI ref", "Date of detection", "DVSA site", "Offence category"]
    assert "Lat/Long" in head
    assert "Nationality" in head
    body = [dict(zip(head, row, strict=True)) for row in values[1:]]
    dates = [r["Date of detection"] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45500 for d in dates)  # pasted serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[A-Z][a-z]+ 20\d\d", d) for d in texts)  # "May 2023"
    assert any(r["Suspects arrested"] == "Nil" for r in body)
    pairs = [r["Lat/Long"] for r in body if r["Lat/Long"]]
    assert all(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", p) for p in pairs)
    nats = {r["Nationality"] for r in body}
    assert {"Albanian", "Vietnamese"} & nats
    refs = [r["CFI ref"] for r in body]
    assert "Total" in refs
    assert any(str(x).startswith("Note:") for x in refs)
    rows = _rows(truth, "dvsa_cfi")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    month = _kept(rows).loc[_kept(rows)["date_precision"] == "month", "event_date"]
    assert len(month) > 0
    assert month.str.endswith("-01").all()


# --------------------------------------------------------------------------------------
# OCLDI: cp1252, ";"
# --------------------------------------------------------------------------------------
def test_ocldi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["ocldi_gendarmerie"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0].split(";")
    assert head[:3] == ["N° procédure", "Date des faits", "Service saisi"]
    assert "Nationalité" in head
    assert "Pays de constatation" in head
    frame = _csv(paths["ocldi_gendarmerie"], "cp1252", ";")
    dates = frame["Date des faits"].loc[frame["Date des faits"] != ""]
    assert dates.str.match(r"\d\d/\d\d/(\d\d|\d{4})").all()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").any()
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()
    assert frame["Nb mis en cause"].eq("néant").any()
    assert frame["Vecteur"].isin(["PL", "VL", "VUL"]).any()
    assert frame["Nationalité"].isin(["afghan", "afghane", "irakien", "iranien", "AFGHAN"]).any()
    rows = _kept(_rows(truth, "ocldi_gendarmerie"))
    assert set(rows["date_precision"]) == {"day"}
    # a day written dd/mm/yy or with a time is still that day
    for row in rows.itertuples():
        cell = frame["Date des faits"].iloc[int(row.source_row) - 2][:10]
        fmt = "%d/%m/%y" if len(cell.split(" ")[0]) == 8 else "%d/%m/%Y"
        assert pd.to_datetime(cell.split(" ")[0], format=fmt) == pd.Timestamp(row.event_date)


# --------------------------------------------------------------------------------------
# ATGC: Excel's "Unicode text" (UTF-16, tabs)
# --------------------------------------------------------------------------------------
def test_atgc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["atgc_trafico"].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    text = raw.decode("utf-16")
    head = text.split("\n", 1)[0].split("\t")
    assert head[:3] == ["Nº atestado", "Fecha", "Subsector"]
    frame = _csv(paths["atgc_trafico"], "utf-16", "\t")
    lat = frame["Latitud"].loc[frame["Latitud"] != ""]
    lon = frame["Longitud"].loc[frame["Longitud"] != ""]
    assert lat.str.fullmatch(r"\d+º \d\d' \d\d,\d'' N").all()
    assert lon.str.fullmatch(r"\d+º \d\d' \d\d,\d'' [EO]").all()
    assert lon.str.endswith(" O").any()  # oeste: west
    assert frame["Fecha"].str.fullmatch(r"\d\d-[a-z]{3}-20\d\d").any()
    assert frame["Detenidos/investigados"].eq("ninguno").any()
    assert frame["Nacionalidad"].isin(["marroquí", "senegalés", "argelino", "rumana"]).any()
    # the degrees, minutes and seconds are the true place
    rows = _kept(_rows(truth, "atgc_trafico")).dropna(subset=["lat"])
    for row in rows.itertuples():
        cell = frame["Latitud"].iloc[int(row.source_row) - 2]
        d, m, s = re.findall(r"\d+(?:,\d)?", cell)
        value = int(d) + int(m) / 60 + float(s.replace(",", ".")) / 3600
        assert abs(value - float(row.lat)) < TOLERANCE


# --------------------------------------------------------------------------------------
# TxDMV: JSON lines
# --------------------------------------------------------------------------------------
def test_txdmv_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["txdmv_cid"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_number", "incident_date", "region"]
    events = [r for r in records if r["case_number"] != "TOTAL"]
    assert all(isinstance(r["transit_countries"], list) for r in events)
    assert all(isinstance(r["related_offenses"], list) for r in events)
    dates = [r["incident_date"] for r in events if r["incident_date"]]
    us = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert all(int(d[:2]) <= 12 for d in us)  # month first, all through the file
    assert any(int(d[3:5]) > 12 for d in us)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in dates)
    assert all(
        isinstance(r["persons_count"], int) or r["persons_count"] in ("UNK", "MULTIPLE", "SEVERAL")
        for r in events
    )
    rows = _kept(_rows(truth, "txdmv_cid"))
    for row in rows.itertuples():
        cell = records[int(row.source_row) - 1]["incident_date"]
        day = pd.to_datetime(cell[:10], format="%m/%d/%Y" if "/" in cell else "%Y-%m-%d")
        assert day == pd.Timestamp(row.event_date)
    assert _rows(truth, "txdmv_cid")["expected_reason"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# CGPC: the compilation
# --------------------------------------------------------------------------------------
def test_cgpc_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cgpc_documentoscopia"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    frame = _csv(paths["cgpc_documentoscopia"], "utf-8-sig", ",")
    assert list(frame.columns[:3]) == ["Nº registro", "Fecha detección", "Canal de información"]
    assert not {"Latitud", "Longitud"} & set(frame.columns)
    dates = frame["Fecha detección"]
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"20\d\d-\d\d").any()
    assert dates.str.fullmatch(r"[a-z]+ 20\d\d").any()
    assert frame["País de detección"].isin(["ITA", "GRC", "HRV", "POL", "PAN"]).any()
    assert frame.apply(lambda col: col.str.contains("Ã")).any().any()  # mojibake rows
    rows = _kept(_rows(truth, "cgpc_documentoscopia"))
    assert {"day", "month", "quarter"} == set(rows["date_precision"])
    assert rows["lat"].isna().all()
    garbled = rows.loc[tags_of(truth).loc[rows.index].str.contains("mojibake")]
    assert len(garbled) > 0
    assert garbled["nationality"].notna().mean() > 0.9


# --------------------------------------------------------------------------------------
# Counts: what is written is what the truth expects
# --------------------------------------------------------------------------------------
def _count(cell: object) -> int | None:
    if isinstance(cell, int):
        return cell
    text = str(cell).replace(".", "").replace(" ", "")
    return int(text) if text.isdigit() else None


def test_written_counts_are_the_expected_ones(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(paths["dvsa_cfi"]).active
    assert sheet is not None
    book = list(sheet.iter_rows(values_only=True))
    lines = paths["txdmv_cid"].read_text(encoding="utf-8").splitlines()
    ocldi = _csv(paths["ocldi_gendarmerie"], "cp1252", ";")["Nb personnes"]
    atgc = _csv(paths["atgc_trafico"], "utf-16", "\t")["Nº personas"]
    cgpc = _csv(paths["cgpc_documentoscopia"], "utf-8-sig", ",")["Nº víctimas/migrantes"]
    column = book[0].index("No. of persons")
    cells = {
        "dvsa_cfi": lambda r: book[r - 1][column],
        "ocldi_gendarmerie": lambda r: ocldi.iloc[r - 2],
        "atgc_trafico": lambda r: atgc.iloc[r - 2],
        "txdmv_cid": lambda r: json.loads(lines[r - 1])["persons_count"],
        "cgpc_documentoscopia": lambda r: cgpc.iloc[r - 2],
    }
    tags = tags_of(truth)
    for source, cell in cells.items():
        rows = _kept(_rows(truth, source))
        for row in rows.itertuples():
            got = _count(cell(int(row.source_row)))
            if "count_placeholder" in tags.loc[row.Index]:
                assert got is None
                assert pd.isna(row.n_persons)
            else:
                assert got == int(row.n_persons), (source, row.source_row)
    big = truth.loc[tags.str.contains("thousands")]
    assert len(big) > 0
    assert (big["n_persons"].astype(int) >= 1000).all()
