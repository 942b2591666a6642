"""The examiner's held-out sample set ``blind259`` (files ``*_ja.*``).

Five reporters on the migrant route and in the churches: a Scalabrinian shelter in
Tapachula, the Franciscan Network on Migration's border desk, the Diocese of Arras's
coastal watch, Cáritas Española and the Churches' Commission for Migrants in Europe.
These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
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
from trendlib.samples._blind259 import SOURCES, make_blind259

VARIANT = "blind259"
SEED = 259
N_EVENTS = 1500
SMALL_SEED = 2591
SMALL_EVENTS = 400

BELEN = "albergue_belen_tapachula_ja"
FNM = "franciscan_network_migration_ja"
ARRAS = "pastorale_migrants_arras_ja"
CARITAS = "caritas_espanola_migraciones_ja"
CCME = "ccme_brussels_ja"
NAMES = (BELEN, FNM, ARRAS, CARITAS, CCME)
#: Fields every row that is kept gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _file_rows(paths: dict[str, Path], truth: pd.DataFrame, name: str) -> pd.DataFrame:
    """A CSV file's cells beside its truth rows (by source row)."""
    path = paths[name]
    enc = {BELEN: "cp1252", ARRAS: "utf-8-sig", CARITAS: "utf-16"}[name]
    sep = {BELEN: ",", ARRAS: ";", CARITAS: "\t"}[name]
    raw = pd.read_csv(
        path, sep=sep, encoding=enc, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    raw["source_row"] = (raw.index + 2).astype(str)
    mine = truth.loc[truth["source_file"] == path.name]
    return raw.merge(mine, on="source_row", how="inner", validate="one_to_one")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ja", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_ja", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (1, 300), (SMALL_SEED, 400)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind259(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_every_source_has_event_rows_at_full_size(truth: pd.DataFrame) -> None:
    records = truth.loc[truth["expected_status"] == "record", "source_file"]
    assert set(records.str.split(".").str[0]) == set(NAMES)


def test_sources_are_declared_in_order() -> None:
    assert tuple(s.source for s in SOURCES) == NAMES
    assert {s.language for s in SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in SOURCES} == {"csv", "xlsx", "jsonl"}


# --------------------------------------------------------------------------------------
# What the truth says a careful reader gets
# --------------------------------------------------------------------------------------
def test_exploitation_lost_only_when_said(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    lost = tags.str.contains("unknown_exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    kept = ~smuggling & ~lost
    assert ok.loc[kept, "exploitation"].equals(ev.loc[kept, "exploitation"])


def test_second_reports_give_the_day(truth: pd.DataFrame) -> None:
    dup = truth.loc[truth["expected_reason"] == "cross_source"]
    assert (dup["date_precision"] == "day").all()
    firsts = truth.loc[
        (truth["source_file"] + ":" + truth["source_row"]).isin(dup["duplicate_of"])
        & truth["expected_status"].eq("record")
    ]
    assert (firsts["date_precision"] == "day").all()


def test_coastal_watch_writes_no_country(truth: pd.DataFrame) -> None:
    arras = truth.loc[
        (truth["source_file"] == f"{ARRAS}.csv") & truth["expected_status"].ne("quarantine")
    ]
    assert len(arras) > 0
    assert arras["detection_country"].isna().all()
    assert tags_of(truth).loc[arras.index].str.contains("blank_detection_country").all()


def test_shelters_give_no_coordinates(truth: pd.DataFrame) -> None:
    for name in (f"{BELEN}.csv", f"{FNM}.xlsx"):
        rows = truth.loc[truth["source_file"] == name]
        assert rows[["lat", "lon"]].isna().all().all(), name
        kept = rows.loc[rows["expected_status"] != "quarantine"]
        assert tags_of(truth).loc[kept.index].str.contains("coords_missing").all()


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_tapachula_shelter_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[BELEN].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("Folio,Fecha del hecho,Tipo de delito,")
    assert "tráfico de personas" in text
    assert "NNA" in text
    assert re.search(r",EUA,|,EE\.UU\.,", text)
    assert re.search(r",venezolan[ao],", text)
    assert "Ã" in text  # the web intake form's garbled accents
    assert re.search(r",(1[3-9]|2\d|3[01])/\d\d/20\d\d,", text)  # day first
    assert re.search(r",\d\d/20\d\d,", text)  # month only
    assert re.search(r",4[4-6]\d{3},", text)  # Excel serial dates
    assert "Latitud" not in text.splitlines()[0]
    rows = _file_rows(paths, truth, BELEN)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert set(kept.loc[kept["Sexo"] == "M", "gender"]) == {"female"}  # M = mujer
    assert set(kept.loc[kept["Sexo"] == "H", "gender"]) == {"male"}
    assert set(kept.loc[kept["Edad"] == "NNA", "age_group"]) == {"child"}
    assert set(kept["crime_type"]) >= {"smuggling"}
    assert set(kept.loc[kept["Tipo de delito"] == "coyotaje", "crime_type"]) == {"smuggling"}


def test_franciscan_border_desk_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths[FNM]).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Case ID", "Incident date", "Incident type")
    dates = [r[1] for r in body]
    assert any(isinstance(d, datetime) for d in dates)
    us = [d for d in dates if isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d)]
    assert us
    assert all(int(d[:2]) <= 12 for d in us)  # month first
    assert any(int(d[3:5]) > 12 for d in us)
    citizenship = {r[8] for r in body}
    assert {"MX", "GT", "HN"} & citizenship
    ages = {r[7] for r in body}
    assert {"UAC", "Family unit"} & ages
    assert any(isinstance(r[4], int) for r in body)
    mine = truth.loc[truth["source_file"] == paths[FNM].name].set_index("source_row")
    for i, r in enumerate(body):  # a few hundred rows
        row = mine.loc[str(i + 2)]
        if row["expected_status"] == "quarantine" or row["date_precision"] != "day":
            continue
        day = r[1] if isinstance(r[1], datetime) else datetime.strptime(str(r[1]), "%m/%d/%Y")
        assert day.strftime("%Y-%m-%d") == row["event_date"]


def test_arras_coastal_watch_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[ARRAS].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    head = text.splitlines()[0]
    assert head.startswith("N° fiche;Date des faits;Lieu;Nature;")
    assert "Pays" not in head.replace("Pays d'origine", "").replace("Pays traversés", "")
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal commas
    assert re.search(
        r"\d+ (janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d",
        text,
    )
    assert "Angleterre" in text
    assert re.search(r";\d+ pers\.;", text)
    rows = _file_rows(paths, truth, ARRAS)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    assert set(kept.loc[kept["Destination"] == "Angleterre", "destination_country"]) == {"GBR"}
    pers = kept["Nb personnes"].str.endswith(" pers.")
    assert (kept.loc[pers, "Nb personnes"].str[:-6] == kept.loc[pers, "n_persons"]).all()


def test_caritas_unicode_text_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[CARITAS].read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16 little-endian, as Excel's Unicode text
    text = data.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Id caso", "Fecha", "Cáritas diocesana"]
    assert re.search(r"\t20\d\d/\d\d/\d\d\t", text)
    assert re.search(r"\tT[1-4] 20\d\d\t", text)
    assert re.search(r"\t(patera|cayuco)\t", text)
    assert re.search(r"\t-?\d+,\d{4}\t", text)
    rows = _file_rows(paths, truth, CARITAS)
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    quarter = kept["Fecha"].str.fullmatch(r"T[1-4] 20\d\d")
    assert (kept.loc[quarter, "date_precision"] == "quarter").all()
    dotted = kept["Nº personas"].str.fullmatch(r"\d\.\d{3}")
    assert (
        kept.loc[dotted, "Nº personas"].str.replace(".", "", regex=False)
        == kept.loc[dotted, "n_persons"]
    ).all()


def test_ccme_compilation_lines(paths: dict[str, Path]) -> None:
    lines = paths[CCME].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"ref", "date", "category", "persons", "transit", "lat", "lon"}
    assert any(isinstance(r["transit"], list) for r in recs)
    dates = [str(r["date"]) for r in recs if r["date"] is not None]
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", d) for d in dates)
    assert any(r["nationality"] in ("SYR", "AFG", "TUN") for r in recs)
    assert recs[-1]["ref"] != "TOTAL"  # exact repeats come after the total
    assert any(r["ref"] == "TOTAL" for r in recs)


def test_mojibake_only_in_the_shelter(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    garbled = truth.loc[tags.str.contains("mojibake"), "source_file"]
    assert set(garbled) == {f"{BELEN}.csv"}


def test_habits_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "demonym",
        "iso2",
        "iso3",
        "typo",
        "local",
        "date_serial",
        "date_mdy",
        "date_excel",
        "date_quarter_es",
        "date_long_fr",
        "thousands",
        "zero_word",
        "transit_array",
        "decimal_comma",
    ):
        assert tags.str.contains(tag).any(), tag
