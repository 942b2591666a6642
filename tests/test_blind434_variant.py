"""The examiner's held-out set ``blind434``: five fashion-sector safeguarding desks (``*_pt.*``).

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
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
from trendlib.samples import make_truth
from trendlib.samples._blind434 import EXAMINER, SOURCES, make_blind434

VARIANT = "blind434"
SEED = 434
N_EVENTS = 1500
SMALL_SEED = 4341
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
# Fields every desk writes in full, for every row it keeps.
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 1e-4  # the desks write five decimals, or seconds of arc to a tenth


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


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(
        paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""]
    ).set_index("event_id")


def _file_tags(truth: pd.DataFrame, source: str) -> set[str]:
    tags = tags_of(truth).loc[truth["source"] == source]
    return {t.split(":")[0] for cell in tags for t in cell.split(";") if t}


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_pt", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_pt", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind434(make_truth(seed=n, n_events=n), seed=n)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").any(), (n, sub.filename)


# --------------------------------------------------------------------------------------
# What the truth expects where a row leaves something out
# --------------------------------------------------------------------------------------
def test_exploitation_and_offences(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    smuggling = ev["crime_type"].eq("smuggling")
    assert ok.loc[smuggling, "exploitation"].isna().all()  # "N/A", "Sans objet": nothing
    unknown = tags.str.contains("unknown_exploitation")
    assert unknown.any()
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    rest = ~smuggling & ~unknown
    assert ok.loc[rest, "exploitation"].equals(ev.loc[rest, "exploitation"])
    assert ok["linked_offences"].equals(ev["linked_offences"])


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    ev = _events(paths)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = ev.loc[first["event_id"], "detection_country"].to_numpy()
    for source, country in zip(first["source"], where, strict=True):
        assert EXAMINER.primary.get(country, EXAMINER.compilation) == source
    # the compilation desk reports what no primary desk covers
    compiled = set(ev["detection_country"]) - set(EXAMINER.primary)
    assert compiled == {"ITA", "GRC", "HRV", "POL"}


def test_tags_planted(truth: pd.DataFrame) -> None:
    want = {
        "bfc_model_welfare": {"month_date", "quarter_date", "long_date", "demonym", "iso3"},
        "synam_conformite": {"decimal_comma", "demonym", "zero_word", "long_date"},
        "moda080_proteccion": {"excel_serial", "text_date", "mojibake", "month_date"},
        "pfw_proteccion_pa": {"geopoint", "tz_offset", "code"},
        "fwmx_casting_seguro": {"dms", "short_month_date", "alias", "demonym", "zero_word"},
    }
    for source, tags in want.items():
        assert tags <= _file_tags(truth, source), source
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {s.source for s in SOURCES if s.repeats}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_bfc_bytes(paths: dict[str, Path]) -> None:
    raw = paths["bfc_model_welfare"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    assert text.startswith("Case Ref,Incident Date,Concern Type,")
    assert re.search(r"\n[^,\n]+,\d\d/\d\d/20\d\d,", text)  # day-first
    assert re.search(
        r",\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d,",
        text,
    )
    assert re.search(r",Q[1-4] 20\d\d,", text)  # quarterly partner bulletins
    assert re.search(r'"-?\d+\.\d{5}, -?\d+\.\d{5}"', text)  # Lat/Long in one cell
    assert " > " in text
    assert "None identified" in text
    assert re.search(r'"\d,\d{3}"', text)  # 1,234
    assert "Facilitated illegal entry" in text
    assert any(d in text for d in (",Afghan,", ",Iraqi,", ",Syrian,"))


def test_synam_bytes(paths: dict[str, Path]) -> None:
    raw = paths["synam_conformite"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n")[0]
    assert head.split(";")[:3] == ["N° signalement", "Date des faits", "Qualification"]
    assert re.search(r";\d+,\d{5};\d+,\d{5};", text)  # decimal commas
    assert "Aide à l'entrée irrégulière" in text
    assert re.search(r";(aucun|néant);", text)
    assert any(f";{d};" in text for d in ("afghane", "irakienne", "iranienne", "albanaise"))
    assert "Angleterre" in text


def test_moda080_bytes(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["moda080_proteccion"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:3] == ("Nº expediente", "Fecha del hecho", "Tipo delictivo")
    dates = [r[1] for r in rows[1:]]
    assert any(isinstance(d, dt.datetime) for d in dates)
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # serial days
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    assert any(isinstance(d, str) and re.fullmatch(r"[a-z]+ de 20\d\d", d) for d in dates)
    col = head.index("Latitud")
    lat = [r[col] if len(r) > col else None for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and re.fullmatch(r"-?\d+,\d{5}", v) for v in lat)
    cells = [c for r in rows for c in r if isinstance(c, str)]
    assert any("Ã" in c for c in cells)  # the rows pasted from a mis-read import
    assert any(c in ("Patera", "Cayuco") for c in cells)
    assert any("318 bis" in c for c in cells)


def test_pfw_bytes(paths: dict[str, Path]) -> None:
    lines = paths["pfw_proteccion_pa"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["id_caso", "fecha_evento", "tipo_caso"]
    body = [r for r in rows if r["id_caso"] != "TOTAL"]
    assert any(str(r["fecha_evento"]).endswith("-05:00") for r in body)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", str(r["fecha_evento"])) for r in body)
    gps = [r["gps"] for r in body if r["gps"]]
    assert gps
    assert all(len(g.split(" ")) == 4 for g in gps)
    codes = {r["nacionalidad"] for r in body if r["nacionalidad"]}
    assert codes
    assert all(re.fullmatch(r"[a-z_]+", c) for c in codes)
    assert {"trafico_migrantes"} <= {r["tipo_caso"] for r in body}
    assert all(isinstance(r["num_personas"], int | None) for r in body)


def test_fwmx_bytes(paths: dict[str, Path]) -> None:
    raw = paths["fwmx_casting_seguro"].read_bytes()
    assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    text = raw.decode("utf-16")
    head = text.split("\n")[0].split("\t")
    assert head[:3] == ["Folio", "Fecha de los hechos", "Tipo de delito"]
    assert "Probables responsables" in head
    assert re.search(r"\d+°\d\d'\d\d\.\d\"\"N \d+°\d\d'\d\d\.\d\"\"W", text)  # DMS
    assert re.search(r"\t\d\d-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-20\d\d\t", text)
    assert re.search(r"\t(EUA|EE\. UU\.)\t", text)
    assert "Tráfico de personas" in text
    assert re.search(r"\t(NNA|Adultos y NNA)\t", text)
