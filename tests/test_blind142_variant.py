"""The examiner set ``blind142`` (files ``*_en.*``): what it promises, checked on its bytes.

Five Hispaniola-side agencies (PETT and CITIM of the Dominican Republic, SJM Haïti, the
DHS attaché in Santo Domingo, the French SSI in Port-au-Prince). None of these tests
cleans or scores: they check the files and the truth written beside them.
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
from trendlib.samples._blind142 import SOURCES, make_blind142

VARIANT = "blind142"
SEED = 142
N_EVENTS = 1500
SMALL_SEED = 1421
SMALL_EVENTS = 400
NAMES = tuple(s.source for s in SOURCES)
FIELDS = ("crime_type", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == name]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_en", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, NAMES, suffix="_en", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    subs = make_blind142(make_truth(seed=7, n_events=n_events), seed=7)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_every_bad_kind_and_garbage(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}
    garbage = truth.loc[truth["messiness"] == "garbage_row"]
    totals = garbage.loc[garbage["source_ref"].isin([s.total for s in SOURCES])]
    assert set(totals["source_file"]) == {s.filename for s in SOURCES}
    empty = garbage.loc[garbage["expected_reason"] == "empty_row", "source_file"]
    assert set(empty) == {s.filename for s in SOURCES if s.format == "csv"}


def test_mojibake_only_in_the_compilation(truth: pd.DataFrame) -> None:
    moji = truth.loc[tags_of(truth).str.contains("mojibake"), "source_file"]
    assert len(moji) > 0
    assert set(moji) == {"citim_rd_en.csv"}


# --------------------------------------------------------------------------------------
# Each agency's habits, on the bytes
# --------------------------------------------------------------------------------------
def test_pett_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["pett_rd_en"], read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("No. de expediente", "Fecha del hecho", "Tipo penal")
    dates = [r[1] for r in rows[1:]]
    real = sum(isinstance(d, datetime) for d in dates)
    text = [d for d in dates if isinstance(d, str)]
    assert real > 0.7 * len(dates)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in text)  # typed, day first
    assert any(re.fullmatch(r"[a-z]+ 20\d\d", d) for d in text)  # "mayo 2023"
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"No aplica", "Yola", "lavado de activos"} <= cells
    assert cells & {"senegalés", "senegalesa", "rumano", "rumana", "nigeriana", "marroquí"}
    assert "Latitud" not in rows[0]  # the register holds no positions
    pett = _rows(truth, "pett_rd_en.xlsx")
    assert pett["lat"].isna().all()


def test_citim_csv(paths: dict[str, Path]) -> None:
    data = paths["citim_rd_en"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert text.startswith("Código,Fecha,Delito,")
    assert "\r\n" in text
    assert "Ã" in text  # names pasted from UTF-8 mail
    assert re.search(r",T[1-4] 20\d\d,", text)  # quarter
    assert re.search(r",\d\d/20\d\d,", text)  # month
    assert re.search(r",-?\d{1,2}\.\d{4},-?\d{1,3}\.\d{4},", text)  # decimal points
    frame = pd.read_csv(paths["citim_rd_en"], sep=",", dtype=str, encoding="cp1252")
    assert frame["País de detección"].str.fullmatch(r"\d{3}").any()  # ISO numeric


def test_sjm_csv(paths: dict[str, Path]) -> None:
    data = paths["sjm_haiti_en"].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.startswith("N° fiche;Date de l'événement;")
    # degrees-minutes-seconds, quoted by the CSV writer (its '"' doubled)
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"W", text)
    assert re.search(r";\d\.\d{5}, -7\d\.\d{5};", text)  # decimal pair
    assert re.search(
        r";\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    frame = pd.read_csv(paths["sjm_haiti_en"], sep=";", dtype=str, encoding="utf-8-sig")
    assert frame["Nombre de passeurs"].isin(["aucun", "Aucun"]).any()
    assert (
        frame["Pays d'interception"]
        .dropna()
        .str.strip()
        .str.lower()
        .isin(["panama", "pan", "états-unis", "etats-unis", "usa"])
        .mean()
        > 0.8
    )


def test_dhs_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["dhs_attache_sdq_en"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    assert set(recs[0]) >= {"case_number", "encounter_date", "persons_encountered"}
    slash = [r["encounter_date"] for r in recs if isinstance(r["encounter_date"], str)]
    mdy = [d.split("/") for d in slash if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert mdy
    assert all(int(m) <= 12 for m, _, _ in mdy)  # month first
    assert any(int(d) > 12 for _, d, _ in mdy)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", d) for d in slash)
    assert any(isinstance(r["related_offenses"], list) and r["related_offenses"] for r in recs)
    assert any(" > " in (r["transit_route"] or "") for r in recs)
    words = {r["demographic"] for r in recs}
    assert {"UAC", "Family Unit"} & words


def test_ssi_csv(paths: dict[str, Path]) -> None:
    data = paths["ssi_pap_en"].read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16 LE with BOM
    text = data.decode("utf-16")
    assert text.startswith("Réf. SSI\tDate des faits\t")
    assert re.search(r"\t\d{2},\d{5}\t-?\d,\d{5}\t", text)  # decimal commas
    assert re.search(r"\tT[1-4] 20\d\d\t", text)
    assert re.search(r"\t\d\d/\d\d/\d\d\t", text)  # two-digit years
    frame = pd.read_csv(paths["ssi_pap_en"], sep="\t", dtype=str, encoding="utf-16")
    assert frame["Nb mis en cause"].isin(["néant", "Néant"]).any()
    assert frame["Mode"].str.strip().str.lower().eq("small boat").any()


def test_partial_dates_only_where_written(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    partial = ok["date_precision"].isin(["month", "quarter"])
    assert tags_of(truth).loc[ok.index][partial].str.contains("partial_date").all()
    assert set(ok.loc[partial, "source_file"]) <= {
        "pett_rd_en.xlsx",
        "citim_rd_en.csv",
        "sjm_haiti_en.csv",
        "ssi_pap_en.csv",
    }
    dhs = _rows(ok, "dhs_attache_sdq_en.jsonl")
    assert (dhs["date_precision"] == "day").all()
