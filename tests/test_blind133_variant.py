"""The examiner's held-out sample set ``blind133`` (files ``*_ee.*``): the Algiers desks.

These tests check what the set promises (files, encodings, each desk's habits, and a
truth that reads each cell as a careful analyst would); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
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
from trendlib.samples import make_truth
from trendlib.samples._blind133 import make_blind133

VARIANT = "blind133"
SEED = 133
N_EVENTS = 1500
SMALL_SEED = 1331
SMALL_EVENTS = 400

ES = "consejeria_interior_argel_ee"
IT = "esperto_algeri_ee"
EU = "emlo_alger_ee"
FR = "ssi_alger_ee"
AFP = "agence_france_presse_ee"
SOURCES = (ES, IT, EU, FR, AFP)
EXACT_FIELDS = ("crime_type", "origin_country", "transit_countries", "linked_offences")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["row"] = rows["source_row"].astype(int)
    return rows.set_index("row")


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2  # header = row 1
    return frame


def _xlsx(path: Path) -> tuple[list[str], dict[int, tuple[object, ...]]]:
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    width = len(rows[0])  # read-only rows stop at their last filled cell
    padded = {i + 2: tuple(r) + (None,) * (width - len(r)) for i, r in enumerate(rows[1:])}
    return [str(h) for h in rows[0]], padded


def _jsonl(path: Path) -> dict[int, dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {i + 1: json.loads(line) for i, line in enumerate(lines)}


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ee", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_small_set(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ee", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    check_read_loses_no_row(small, SOURCES, rows)


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (3, 300), (SMALL_SEED, 400), (0, 300)])
def test_every_source_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind133(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 3, sub.filename
        assert (sub.expected["source"] == Path(sub.filename).stem).all()


def test_sources_and_languages() -> None:
    subs = make_blind133(make_truth(seed=5, n_events=300), seed=5)
    got = {s.source: (s.format, s.encoding, s.delimiter, s.language) for s in subs}
    assert got == {
        ES: ("xlsx", "utf-8", None, "es"),
        IT: ("csv", "cp1252", ";", "fr"),
        EU: ("csv", "utf-8-sig", ",", "en"),
        FR: ("csv", "utf-16", "\t", "fr"),
        AFP: ("jsonl", "utf-8", None, "fr"),
    }


# --------------------------------------------------------------------------------------
# The Spanish Interior attaché's workbook
# --------------------------------------------------------------------------------------
def test_consejeria_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    header, rows = _xlsx(paths[ES])
    assert header[:4] == [
        "Nº Registro",
        "Fecha",
        "Tipología delictiva",
        "Finalidad de la explotación",
    ]
    assert "Posición" in header
    assert "Detenidos" in header
    mine = _rows_of(truth, ES)
    records = mine.loc[mine["expected_status"] != "quarantine"]
    date_col, pos_col = header.index("Fecha"), header.index("Posición")
    kinds = {type(rows[r][date_col]).__name__ for r in records.index}
    assert {"datetime", "str", "int"} <= kinds  # real dates, typed text, bare serials
    for r in records.index:  # a few hundred rows
        cell = rows[r][date_col]
        want = pd.Timestamp(records.at[r, "event_date"])
        if isinstance(cell, int):  # an Excel serial the cell's format lost
            assert pd.Timestamp("1899-12-30") + pd.Timedelta(days=cell) == want
        elif isinstance(cell, dt.datetime):
            assert pd.Timestamp(cell) == want
    texts = [str(rows[r][date_col]) for r in records.index if isinstance(rows[r][date_col], str)]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}|[a-z]+ \d{4}", t) for t in texts)
    # degrees and decimal minutes; the truth reads exactly what is written
    dmm = re.compile(r"(\d\d)º(\d\d),(\d)'([NS]) (\d{3})º(\d\d),(\d)'([EW])")
    seen = 0
    for r in records.index:
        cell = rows[r][pos_col]
        if cell is None:
            assert pd.isna(records.at[r, "lat"])
            continue
        m = dmm.fullmatch(str(cell))
        assert m, cell
        lat = (int(m[1]) + (int(m[2]) + int(m[3]) / 10) / 60) * (1 if m[4] == "N" else -1)
        lon = (int(m[5]) + (int(m[6]) + int(m[7]) / 10) / 60) * (1 if m[8] == "E" else -1)
        assert abs(lat - float(records.at[r, "lat"])) < 1e-9
        assert abs(lon - float(records.at[r, "lon"])) < 1e-9
        seen += 1
    assert seen > 100
    crime = {str(rows[r][header.index("Tipología delictiva")]).lower() for r in records.index}
    assert any("318 bis" in c for c in crime)
    count_col = header.index("Nº personas")
    assert any(isinstance(rows[r][count_col], int) for r in records.index)


def test_consejeria_regions_are_no_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    header, rows = _xlsx(paths[ES])
    mine = _rows_of(truth, ES)
    region = mine.loc[tags_of(mine).str.contains("region_word").to_numpy()]
    assert len(region) > 0
    col = header.index("Nacionalidad")
    assert {str(rows[r][col]).strip().lower() for r in region.index} <= {"subsahariana", "magrebí"}
    assert region["nationality"].isna().all()


# --------------------------------------------------------------------------------------
# The Italian security expert's CSV
# --------------------------------------------------------------------------------------
def test_esperto_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[IT].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, not UTF-8
    text = raw.decode("cp1252")
    assert "\r\n" in text
    first = text.split("\r\n", 1)[0]
    assert first.startswith("N° fiche;Date (sbarco / interception);Qualification;")
    frame = _csv(paths[IT], "cp1252", ";")
    mine = _rows_of(truth, IT)
    records = mine.loc[mine["expected_status"] != "quarantine"].index
    dates = frame.loc[records, "Date (sbarco / interception)"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}|\d\d/\d\d/\d\d|\d\d\.\d\d\.\d{4}").all()
    lat = frame.loc[records, "Latitude"]
    assert lat[lat != ""].str.fullmatch(r"-?\d+,\d{4,5}").all()  # decimal comma
    assert frame["Nationalité"].str.contains("Ã").any()  # pasted from a UTF-8 system
    names = set(frame["Nationalité"]) | set(frame["Pays d'origine"]) | set(frame["Destination"])
    assert {"Egitto", "Tunisia"} & names
    assert {"nessuno", "aucun"} & set(frame["Scafisti / passeurs arrêtés"])


def test_esperto_mojibake_reads_as_the_country(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths[IT], "cp1252", ";")
    mine = _rows_of(truth, IT)
    tags = tags_of(mine)
    garbled = mine.loc[tags.str.contains("mojibake:nationality").to_numpy()]
    assert len(garbled) > 0
    for r in garbled.index:
        repaired = frame.at[r, "Nationalité"].encode("cp1252").decode("utf-8")
        assert not repaired.isascii()
        assert "Ã" not in repaired
        assert pd.notna(garbled.at[r, "nationality"])


# --------------------------------------------------------------------------------------
# The EU migration liaison officer's CSV
# --------------------------------------------------------------------------------------
def test_emlo_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[EU].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = _csv(paths[EU], "utf-8-sig", ",")
    assert frame.columns[:3].tolist() == ["Incident ID", "Date of incident", "Type"]
    mine = _rows_of(truth, EU)
    ok = mine.loc[mine["expected_status"] != "quarantine"]
    dates = frame.loc[ok.index, "Date of incident"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    quarter = ok.loc[dates.str.startswith("Q").to_numpy()]
    assert (quarter["date_precision"] == "quarter").all()
    assert (pd.to_datetime(quarter["event_date"]).dt.is_quarter_start).all()
    greek = ok.loc[frame.loc[ok.index, "Member State"].eq("EL").to_numpy()]
    assert len(greek) > 0
    assert (greek["detection_country"] == "GRC").all()
    repeats = mine.loc[mine["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for r, row in repeats.iterrows():
        first = int(row["duplicate_of"].split(":")[1])
        assert frame.loc[r].tolist() == frame.loc[first].tolist()


# --------------------------------------------------------------------------------------
# The French internal security attaché's UTF-16 text export
# --------------------------------------------------------------------------------------
def test_ssi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[FR].read_bytes()
    assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    frame = _csv(paths[FR], "utf-16", "\t")
    assert frame.columns[:3].tolist() == ["Réf.", "Date des faits", "Infraction"]
    mine = _rows_of(truth, FR)
    ok = mine.loc[mine["expected_status"] != "quarantine"]
    assert "néant" in set(frame["Mis en cause"].str.lower())
    zero = ok.loc[frame.loc[ok.index, "Mis en cause"].str.lower().eq("néant").to_numpy()]
    assert (zero["n_suspects"] == "0").all()
    gps = frame.loc[ok.index, "Coordonnées GPS"]
    assert gps[gps != ""].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    dates = frame.loc[ok.index, "Date des faits"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"(1er|\d{1,2}) [a-zéû]+ \d{4}").any()
    assert set(frame["Infraction"].str.strip().str.upper()) & {"AESI", "TEH"}


# --------------------------------------------------------------------------------------
# The AFP press watch
# --------------------------------------------------------------------------------------
def test_press_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _jsonl(paths[AFP])
    keys = set().union(*(set(v) for v in lines.values()))
    assert {"date", "qualification", "nombre_personnes", "interpelles"} <= keys
    assert not keys & {"lat", "lon", "latitude", "longitude", "coordonnees"}
    mine = _rows_of(truth, AFP)
    ok = mine.loc[mine["expected_status"] != "quarantine"]
    assert ok["lat"].isna().all()
    dates = pd.Series({r: lines[r]["date"] for r in ok.index})
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d|\d{4}/\d\d/\d\d|\d{4}-\d\d").all()
    month = ok.loc[dates.str.fullmatch(r"\d{4}-\d\d").to_numpy()]
    assert len(month) > 0
    assert (month["date_precision"] == "month").all()
    words = ok.loc[tags_of(ok).str.contains("count_word").to_numpy()]
    assert len(words) > 0
    assert all(isinstance(lines[r]["interpelles"], str) for r in words.index)
    assert words["n_suspects"].notna().all()
    vague = mine.loc[mine["expected_reason"] == "bad_count"]
    assert all(
        lines[r]["nombre_personnes"] in ("plusieurs dizaines", "des centaines") for r in vague.index
    )


# --------------------------------------------------------------------------------------
# What the truth reads from the words
# --------------------------------------------------------------------------------------
def test_direct_means_no_transit(truth: pd.DataFrame) -> None:
    direct = truth.loc[
        tags_of(truth).str.contains("direct_word") & truth["expected_status"].ne("quarantine")
    ]
    assert len(direct) > 0
    assert direct["transit_countries"].isna().all()


def test_unknown_words_expect_nothing(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    tags = tags_of(ok)
    dest = ok.loc[tags.str.contains("unknown:destination_country").to_numpy()]
    assert len(dest) > 0
    assert dest["destination_country"].isna().all()
    expl = ok.loc[tags.str.contains("unknown:exploitation").to_numpy()]
    assert len(expl) > 0
    assert (expl["exploitation"] == "unknown").all()
    smuggling = ok.loc[ok["crime_type"] == "smuggling"]
    assert smuggling["exploitation"].isna().all()


def test_every_quarantine_reason_in_every_format(truth: pd.DataFrame) -> None:
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert set(bad.loc[bad["source"] == IT, "expected_reason"]) >= {"empty_row", "no_content"}
    assert set(bad.loc[bad["source"] == AFP, "expected_reason"]) >= {"no_date"}
    assert "no_content" not in set(bad.loc[bad["source"] == AFP, "expected_reason"])
