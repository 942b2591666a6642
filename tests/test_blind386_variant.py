"""The examiner set ``blind386``: five property desks (files ``*_nx.*``).

These tests check what the set promises (files, encodings, delimiters, headers, date
styles, the truth's description of every row); none of them cleans or scores.
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
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples._blind386 import SOURCES

VARIANT = "blind386"
SEED = 386
N_EVENTS = 1500
SMALL_SEED = 3861
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
BY_FILE = {s.filename: s for s in SOURCES}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    truth = _truth(paths)
    return truth.loc[truth["source_file"] == paths[source].name]


# --------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_nx", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, NAMES, suffix="_nx", n_events=SMALL_EVENTS)
    truth = _truth(small_paths)
    records = truth.loc[truth["expected_status"] == "record"]
    assert set(records["source_file"]) == {small_paths[s].name for s in NAMES}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_expected_values_follow_the_cells(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok, ev = check_reports_of_events(paths, truth, ("crime_type", "linked_offences"))
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    has = ok["source_file"].map(lambda f: set(BY_FILE[f].headers))

    def column(col: str) -> pd.Series:
        return has.map(lambda h: col in h)

    def tagged(pattern: str) -> pd.Series:
        return tags.str.contains(pattern)

    def same(col: str, mask: pd.Series) -> None:
        assert ok.loc[mask, col].fillna("<NA>").equals(ev.loc[mask, col].fillna("<NA>")), col

    lost = {
        "n_persons": tagged("count_placeholder"),
        "n_suspects": tagged("blank_n_suspects|suspects_placeholder"),
    }
    for col, blank in lost.items():
        same(col, ~blank)
        assert ok.loc[blank, col].isna().all(), col
    for col in ("gender", "age_group", "transport_mode"):
        unread = ~column(col) | tagged(f"blank_{col}|blank:{col}|unknown:{col}")
        same(col, ~unread)
        assert (ok.loc[unread, col] == "unknown").all(), col
    expl = ev["exploitation"].notna()
    unread = tagged("blank:exploitation|unknown:exploitation")
    assert ok.loc[~expl, "exploitation"].isna().all()
    same("exploitation", expl & ~unread)
    assert (ok.loc[expl & unread, "exploitation"] == "unknown").all()
    for col in (
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
    ):
        unread = ~column(col) | tagged(f"blank_{col}|blank:{col}|unknown:{col}")
        same(col, ~unread)
        assert ok.loc[unread, col].isna().all(), col
    no_place = ~(column("lat") | column("coordinates")) | tagged(
        "blank_coordinates|coords_missing|coords_placeholder"
    )
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = (ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)).abs()
        assert (diff < 1e-4).all(), col
    day = pd.to_datetime(ok["event_date"])
    true_day = pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert tags.loc[prec != "day"].str.contains("partial_date").all()


def test_every_desk_has_every_kind_of_row(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    for src in SOURCES:
        rows = truth.loc[truth["source_file"] == src.filename]
        assert (rows["expected_status"] == "record").sum() > 50, src.source
        garbage = rows.loc[rows["messiness"].fillna("").str.contains("garbage_row")]
        want = {"no_date"} | ({"no_content"} if src.note else set())
        want |= {"empty_row"} if src.format == "csv" else set()
        assert set(garbage["expected_reason"]) == want, src.source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"acobir_cumplimiento_nx.csv", "rics_regulation_nx.jsonl"}


# --------------------------------------------------------------------------------------
# The bytes: each desk's own habits
# --------------------------------------------------------------------------------------
def test_propertymark_writes_an_excel_log(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["propertymark_rtr"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert {len(r) for r in rows} == {11}
    assert rows[0][:3] == ("Referral ref", "Date concern raised", "Concern category")
    dates = [r[1] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in text)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in text)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in text)  # a month only
    counts = [r[4] for r in rows[1:-1]]
    assert sum(isinstance(c, int) for c in counts) > len(counts) / 2
    cells = {str(v).strip() for r in rows[1:] for v in r if v is not None}
    assert {"England", "Scotland", "Vietnamese", "Modern slavery"} <= cells
    assert rows[-1][0] == "Total"


def test_fnaim_writes_cp1252_semicolons(paths: dict[str, Path]) -> None:
    raw = paths["fnaim_lcbft"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    lines = text.split("\r\n")
    assert lines[0].startswith("N° signalement;Date des faits;Qualification retenue")
    assert re.search(r";\d{2},\d{5};-?\d{1,2},\d{5};", text)  # decimal commas
    assert re.search(r";\d{2}/\d{2}/\d{4};", text)
    assert re.search(r";\d{2}/\d{2}/\d{2};", text)
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) \d{4};",
        text,
    )
    for word in ("Angleterre", "afghane", "sans objet", "aide au séjour irrégulier"):
        assert word in text, word
    assert any(set(line) == {";"} for line in lines)  # the empty row


def test_cgcapi_writes_utf16_tabs(paths: dict[str, Path]) -> None:
    raw = paths["cgcapi_prevencion"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Nº expediente", "Fecha de los hechos", "Tipología"]
    for word in ("Art. 318 bis CP", "patera", "cayuco", "marroquí", "Guinea Conakry", " - "):
        assert word in text, word
    assert re.search(
        r"\t\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto"
        r"|septiembre|octubre|noviembre|diciembre) de \d{4}\t",
        text,
    )
    rows = _rows(paths, "cgcapi_prevencion")
    if rows["messiness"].fillna("").str.contains("thousands").any():
        assert re.search(r"\t\d\.\d{3}\t", text)


def test_acobir_writes_serials_mojibake_and_dms(paths: dict[str, Path]) -> None:
    raw = paths["acobir_cumplimiento"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    assert text.splitlines()[0].startswith("No. de reporte,Fecha del hecho,Tipo de delito")
    assert re.search(r"\n[^,]+,4[4-6]\d{3},", text)  # Excel serial dates
    assert "PanamÃ¡" in text  # rows pasted through the wrong code page
    assert re.search(r"\d°\d{2}'\d{2}\.\d\"\"N \d{2}°\d{2}'\d{2}\.\d\"\"W", text)
    assert re.search(r"\"\d\.\d{5}, -\d{2}\.\d{5}\"", text)
    for word in ("NNA", "EE.UU.", "Trata de personas", "Total general"):
        assert word in text, word
    tags = _rows(paths, "acobir_cumplimiento")["messiness"].fillna("")
    assert tags.str.contains("mojibake").mean() > 0.05


def test_rics_writes_json_codes_and_quarters(paths: dict[str, Path]) -> None:
    lines = paths["rics_regulation"].read_text(encoding="utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    assert list(objs[0])[:3] == ["report_id", "incident_date", "category"]
    dates = [o["incident_date"] for o in objs if o["incident_date"]]
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z", d) for d in dates)
    countries = {o["country"] for o in objs}
    assert {"ITA", "IT", "380"} & countries
    assert any(re.fullmatch(r"\d{3}", str(o["nationality"])) for o in objs)
    assert any(" > " in str(o["route_via"]) for o in objs)
    repeats = _rows(paths, "rics_regulation")
    kept = repeats["expected_status"].ne("quarantine").to_numpy()
    persons = [o["persons_affected"] for o, k in zip(objs, kept, strict=True) if k]
    assert all(isinstance(p, int | None) for p in persons)  # JSON numbers, null if not known
    rep = repeats.loc[repeats["expected_reason"] == "exact_repeat"]
    for row in rep.itertuples():  # the same line sent twice
        first = int(str(row.duplicate_of).split(":")[1])
        assert lines[int(row.source_row) - 1] == lines[first - 1]


def test_nationality_adjectives_are_tagged(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    for src in ("propertymark_rtr", "fnaim_lcbft", "cgcapi_prevencion"):
        mine = tags.loc[truth["source_file"] == paths[src].name]
        assert mine.str.contains("demonym:nationality").sum() > 10, src
    uk = tags.loc[truth["source_file"] == paths["propertymark_rtr"].name]
    assert uk.str.contains("uk_nation:detection_country").sum() > 10
