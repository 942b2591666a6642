"""The examiner's held-out set ``blind158`` (files ``*_fd.*``): what the set promises.

Five agencies around the pirogue route to the Canaries and the desks relaying the other
corridors (:mod:`trendlib.samples._blind158`). These tests check the files and their
truth: no test here cleans or scores.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from _blind_checks import (
    check_expected_values,
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_same_seed_same_bytes,
    tags_of,
    write,
)

from trendlib.samples import make_truth
from trendlib.samples._blind158 import _NAMES, SOURCES, make_blind158
from trendlib.samples._tables import CORRIDORS

VARIANT = "blind158"
SEED = 158
N_EVENTS = 1500
SMALL_SEED = 1581
SMALL_EVENTS = 400

SOURCE_NAMES = [s.source for s in SOURCES]
OBITEN, ATPOL, HBA, ICRC, PANA = SOURCE_NAMES
# Fields every kept row expects exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCE_NAMES, suffix="_fd", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCE_NAMES, suffix="_fd", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCE_NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.002)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(0, 300), (3, 300), (SMALL_SEED, 400)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind158(make_truth(seed=seed, n_events=n_events), seed=seed)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_country_names_cover_the_truth() -> None:
    codes = set()
    for c in CORRIDORS:
        codes |= set(c.nationality) | set(c.destination) | {h.country for h in c.hotspots}
        codes |= {x for t in c.transit for x in t.split("|") if x}
    assert codes <= set(_NAMES)


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    """First reports by detection country; the feed compiles the rest."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    by_source = pd.Series(country, index=first.index).groupby(first["source"]).unique()
    assert set(by_source[OBITEN]) == {"ESP"}
    assert set(by_source[ATPOL]) == {"ITA"}
    assert set(by_source[HBA]) == {"USA"}
    assert set(by_source[ICRC]) == {"PAN"}
    assert not set(by_source[PANA]) & {"ESP", "ITA", "USA", "PAN"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    corridor = events.loc[cross["event_id"], "corridor"].to_numpy()
    pairs = set(zip(cross["source"], corridor, strict=True))
    assert pairs <= {
        (PANA, "watl"),
        (PANA, "cmed"),
        (HBA, "darien"),
        (ICRC, "us_mex"),
    }


def test_partial_dates_only_where_written(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    kept = truth["expected_status"].ne("quarantine")
    month = truth["date_precision"].eq("month")
    quarter = truth["date_precision"].eq("quarter")
    assert (tags[month & kept].str.contains("month_only")).all()
    assert (tags[quarter & kept].str.contains("quarter_only")).all()
    assert set(truth.loc[quarter, "source"]) == {OBITEN}
    # both reports of a duplicated event give the day
    cross = truth["expected_reason"].eq("cross_source")
    assert truth.loc[cross, "date_precision"].eq("day").all()


# --------------------------------------------------------------------------------------
# Each agency's bytes
# --------------------------------------------------------------------------------------
def test_obiten_xlsx(paths: dict[str, Path]) -> None:
    """Spanish coding sheet: real dates, pasted serials, typed text, month or quarter."""
    book = openpyxl.load_workbook(paths[OBITEN])
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:4] == (
        "Id registro",
        "Fecha del suceso",
        "Tipo delictivo",
        "Finalidad de la explotación",
    )
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates}
    assert {"datetime", "int", "str"} <= kinds
    text = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", t) for t in text)
    assert any(re.fullmatch(r"(T\d|\d\.º trimestre) 20\d\d", t) for t in text)
    assert any(re.fullmatch(r"[a-z]+ de 20\d\d", t) for t in text)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 .. 2023-12-31
    crimes = {r[2] for r in rows[1:]}
    assert "318 bis" in crimes
    assert "Trata de seres humanos (art. 177 bis CP)" in crimes
    mode = {r[head.index("Medio")] for r in rows[1:]}
    assert {"cayuco", "salto de valla"} <= mode
    nat = {r[head.index("Nacionalidad (mayoritaria)")] for r in rows[1:]}
    assert {"senegalesa", "marroquí"} <= nat
    lat = [r[head.index("Latitud")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)


def test_atpol_csv(paths: dict[str, Path]) -> None:
    """French, cp1252, ';', CRLF; day-first dates; DM coordinates; Italian words."""
    raw = paths[ATPOL].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    lines = _lines(paths[ATPOL], "cp1252")
    assert lines[0].startswith("N° fiche;Date des faits;Infraction;")
    assert all(line.count(";") == lines[0].count(";") for line in lines if line)
    text = "\n".join(lines)
    assert re.search(r";\d\d/\d\d/20\d\d;", text)
    assert re.search(r";\d\d/\d\d/\d\d;", text)  # two-digit years
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
        r"octobre|novembre|décembre) 20\d\d;",
        text,
    )
    assert re.search(r"\d+°\d\d,\d'N \d+°\d\d,\d'E", text)
    assert re.search(r";\d[\u00a0 ]\d{3};", text)  # thousands
    for word in (
        "barcone",
        "Trafic de migrants (favoreggiamento)",
        "sans objet",
        "néant",
        "N/C",
        "TOTAL GÉNÉRAL",
        "non précisé",
    ):
        assert word in text, word
    assert re.search(r";(Egitto|Germania|Costa d'Avorio|Siria);", text)


def test_hba_csv(paths: dict[str, Path]) -> None:
    """English, UTF-8 with BOM, ','; US month-first dates; GPS pairs; '>' routes."""
    raw = paths[HBA].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = _lines(paths[HBA], "utf-8-sig")
    assert lines[0].startswith("Incident ID,Date of incident,Type,")
    text = "\n".join(lines)
    dates = re.findall(r",(\d{1,2})/(\d{1,2})/(20\d\d),", text)
    assert dates
    assert all(int(m) <= 12 for m, _, _ in dates)
    assert any(int(d) > 12 for _, d, _ in dates)  # the day comes second
    assert re.search(r'"\d+\.\d{4}, -\d+\.\d{4}"', text)
    assert " > " in text
    for word in ("UAC", "family units", "U.S.", "Venezuelan", "unk", "none"):
        assert word in text, word


def test_icrc_csv(paths: dict[str, Path]) -> None:
    """Spanish, latin-1, tab; '17-may-2023'; NNA; ISO codes; decimal commas."""
    raw = paths[ICRC].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = _lines(paths[ICRC], "latin-1")
    assert lines[0].split("\t")[:3] == ["Código", "Fecha", "Tipo de hecho"]
    text = "\n".join(lines)
    months = "ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic"
    assert re.search(rf"\t\d\d-({months})-20\d\d\t", text)
    assert re.search(rf"\t({months})-20\d\d\t", text)
    assert re.search(r"\t-?\d+,\d{4}\t-\d+,\d{4}\t", text)
    assert re.search(r"\t\d\.\d{3}\t", text)  # thousands: 1.250
    origin = [line.split("\t")[9] for line in lines[1:] if line.count("\t") > 9]
    assert {"VEN", "862"} & set(origin)
    assert any(re.fullmatch(r"\d{3}", o) for o in origin)
    for word in ("NNA", "EE. UU.", "sin dato", "ninguno", "Total general"):
        assert word in text, word


def test_pana_jsonl(paths: dict[str, Path]) -> None:
    """French JSON lines: long dates, mojibake, words for small numbers, lists."""
    raw = paths[PANA].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    recs = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert list(recs[0])[:3] == ["id_depeche", "date_evenement", "qualification"]
    dates = [r["date_evenement"] for r in recs if r["date_evenement"]]
    assert any(d.startswith("1er ") for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [a-zéû]+ 20\d\d", d) for d in dates)
    assert any(isinstance(r["pays_transit"], list) and len(r["pays_transit"]) > 1 for r in recs)
    text = raw.decode("utf-8")
    assert "Ã©" in text or "Ã\u00aa" in text  # double-encoded by the feed
    counts = {r["nombre_personnes"] for r in recs}
    assert {int, str} <= {type(c) for c in counts}
    assert counts & {"deux", "trois", "quatre", "cinq"}
    assert "pirogue" in {r["moyen"] for r in recs}
    assert "coordonnees" not in recs[0]
    assert "lat" not in recs[0]


def test_tags_where_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    mojibake = truth.loc[tags.str.contains("country_mojibake"), "source"]
    assert set(mojibake) == {PANA}
    assert set(truth.loc[tags.str.contains("coords_dm"), "source"]) == {ATPOL}
    assert set(truth.loc[tags.str.contains("month_first"), "source"]) == {HBA}
    assert set(truth.loc[tags.str.contains("excel_serial"), "source"]) == {OBITEN}
    kept_pana = _rows_of(truth, PANA)
    kept_pana = kept_pana.loc[kept_pana["expected_status"] != "quarantine"]
    assert kept_pana[["lat", "lon"]].isna().all().all()
