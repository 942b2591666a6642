"""The examiner sample set ``blind353`` (files ``*_mq.*``): what its files and truth promise.

Five cleaning- and laundry-sector desks: a London cleaners' union (CSV, UTF-8 with BOM),
a French cleaners' union (CSV, cp1252, ``;``), Spanish hotel housekeepers (XLSX), the
Panama Canal's contractor-compliance office (UTF-16 tab-separated text) and a global union
federation's compilation (JSON lines). These tests check the files and the truth; none of
them cleans or scores.
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

VARIANT = "blind353"
SEED = 353
N_EVENTS = 1500
SMALL_SEED = 3531
SMALL_EVENTS = 400
SOURCES = (
    "uvw_casework",
    "cnt_so_proprete",
    "las_kellys",
    "acp_contratistas",
    "uni_property_services",
)
#: Fields every kept row gives exactly as the event has them.
FAITHFUL = ("crime_type", "origin_country", "destination_country", "transit_countries")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_mq", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_mq", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    for source in SOURCES:  # every desk reports events of its own, even in a small set
        assert (rows.loc[rows["source"] == source, "expected_status"] == "record").any()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FAITHFUL, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_bad_kind_and_garbage_row(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    per_file = garbage.groupby("source_file")["expected_reason"].agg(set)
    assert per_file["uvw_casework_mq.csv"] == {"empty_row", "no_content", "no_date"}
    assert per_file["las_kellys_mq.xlsx"] == {"no_content", "no_date"}
    assert per_file["uni_property_services_mq.jsonl"] == {"no_date"}  # only a Total line
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"uvw_casework", "acp_contratistas"}


def test_partial_dates_only_where_the_desk_writes_them(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day", "source"]
    assert set(partial) == {"uvw_casework", "las_kellys", "uni_property_services"}
    # both reports of a duplicated event give the day
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (cross["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_uvw_casework_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["uvw_casework"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Case ref,Date identified,Case type,Exploitation type,No. of workers")
    assert "Route (countries crossed)" in header
    assert "Latitude" not in header
    assert re.search(r",\d{2}/\d{2}/20\d{2},", text)
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) 20\d{2},",
        text,
    )
    assert re.search(r",(Vietnamese|Albanian|Eritrean|Iraqi|Afghan|Iranian|Syrian),", text)
    assert " > " in text
    assert re.search(r",(Modern slavery|Facilitation),", text)
    rows = _rows(truth, "uvw_casework")
    tags = tags_of(rows)
    assert tags.str.contains("demonym:nationality").any()
    # the union records no coordinates
    assert tags[rows["event_id"].notna()].str.contains("coords_missing").all()
    assert rows.loc[rows["expected_status"] != "quarantine", ["lat", "lon"]].isna().all().all()


def test_uvw_counts_in_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(
        paths["uvw_casework"], dtype=str, encoding="utf-8-sig", keep_default_na=False
    )
    words = frame["No. of workers"].isin(["one", "two", "three"])
    assert words.any()
    rows = _rows(truth, "uvw_casework").reset_index(drop=True)
    assert rows.loc[words.to_numpy(), "n_persons"].dropna().isin(["1", "2", "3"]).all()


def test_cnt_so_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cnt_so_proprete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert b"\r\n" in raw
    assert text.splitlines()[0].startswith("N° dossier;Date du constat;Qualification;")
    assert re.search(r";\d{2}/\d{2}/20\d{2};", text)
    assert re.search(
        r";(1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d{2};",
        text,
    )
    assert re.search(r";-?\d{1,2},\d{5};-?\d{1,3},\d{5};", text)  # decimal commas
    assert ";Royaume-Uni;" in text or ";ROYAUME-UNI;" in text
    assert ";aucun;" in text
    assert ";NC;" in text
    tags = tags_of(_rows(truth, "cnt_so_proprete"))
    assert tags.str.contains("decimal_comma").any()


def test_las_kellys_sheet(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["las_kellys"])
    sheet = book.worksheets[0]
    width = sheet.max_column
    rows = [(*r, *(None,) * (width - len(r))) for r in sheet.iter_rows(values_only=True)]
    header = rows[0]
    assert header[:3] == ("Nº caso", "Fecha", "Tipo de delito")
    assert "País del caso" in header
    assert "Coordenadas" not in header
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, datetime) for d in dates)  # real Excel dates
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/20\d{2}", d) for d in typed)
    assert any(re.fullmatch(r"T[1-4] 20\d{2}", d) for d in typed)
    assert any(
        re.fullmatch(
            r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
            r"octubre|noviembre|diciembre) 20\d{2}",
            d,
        )
        for d in typed
    )
    counts = [r[4] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    modes = {r[13] for r in rows[1:]}
    assert {"cayuco", "patera"} <= modes
    kept = _rows(truth, "las_kellys")
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert set(kept["date_precision"]) == {"day", "month", "quarter"}


def test_las_kellys_boats_by_route(
    paths: dict[str, Path], truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    frame = pd.read_excel(paths["las_kellys"], dtype=object)
    rows = _rows(truth, "las_kellys").reset_index(drop=True)
    has_event = rows["event_id"].notna().to_numpy()
    corridor = rows.loc[has_event, "event_id"].map(events["corridor"]).to_numpy()
    mode = frame.loc[has_event, "Medio de llegada"].astype(str).str.strip().str.lower()
    assert not (mode[corridor == "watl"].isin(["patera", "neumática"])).any()
    assert not (mode[corridor == "wmed"] == "cayuco").any()


def test_acp_bytes(paths: dict[str, Path], truth: pd.DataFrame, events: pd.DataFrame) -> None:
    raw = paths["acp_contratistas"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 little-endian, Excel's "Texto Unicode"
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["No. Informe", "Fecha del hallazgo", "Tipo de caso"]
    assert "Coordenadas" in header
    assert re.search(r"\t4[4-5]\d{3}\t", text)  # Excel serial dates
    assert re.search(r"\t\d{2}/\d{2}/20\d{2}\t", text)
    assert re.search(r"\d{1,2}°\d{2}'\d{2}\.\d\"\"N \d{1,3}°\d{2}'\d{2}\.\d\"\"W", text)
    assert "\tPANAMA\t" in text
    assert "\tNNA\t" in text
    rows = _rows(truth, "acp_contratistas")
    tags = tags_of(rows)
    dms = rows.loc[tags.str.contains("dms_coords") & rows["lat"].notna()]
    true = events.loc[dms["event_id"]]
    for col in ("lat", "lon"):  # a tenth of a second of arc
        diff = dms[col].astype(float).to_numpy() - true[col].astype(float).to_numpy()
        assert abs(diff).max() < 1 / 36000 + 1e-9
    assert tags.str.contains("serial_date").any()


def test_uni_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["uni_property_services"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["incident_ref", "date_of_incident", "category"]
    dates = [r["date_of_incident"] for r in records if r["date_of_incident"]]
    assert any(re.fullmatch(r"20\d{2}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"20\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d{2}", d) for d in dates)
    nat = {r["nationality_iso"] for r in records}
    assert {"SYR", "AFG"} & nat
    assert any(n and n.isdigit() for n in nat)
    assert any(isinstance(r["geo_lat"], float) for r in records)
    assert records[-1]["incident_ref"] == "Total"
    tags = tags_of(_rows(truth, "uni_property_services"))
    assert tags.str.contains("mojibake").any()
    text = " ".join(str(v) for r in records for v in r.values())
    assert "Ã" in text  # names mis-decoded on import


def test_smuggling_rows_expect_no_exploitation(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    smug = kept.loc[kept["crime_type"] == "smuggling"]
    assert smug["exploitation"].isna().all()
    thb = kept.loc[kept["crime_type"].isin(["trafficking", "both"])]
    assert thb["exploitation"].notna().all()
