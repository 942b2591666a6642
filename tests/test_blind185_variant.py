"""The examiner set ``blind185`` (files ``*_ge.*``): what it promises, checked on the bytes.

Five desks at the Italy–Slovenia–Croatia end of the route and two liaison posts in Rome
(see :mod:`trendlib.samples._blind185`). These tests check the files and the truth the
set writes; none of them cleans or scores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
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
from trendlib.samples._blind185 import SOURCES, make_blind185

VARIANT = "blind185"
SEED = 185
N_EVENTS = 1500
SMALL_SEED = 1851
SMALL_EVENTS = 400
SOURCE_NAMES = [s.source for s in SOURCES]
#: Fields every kept row reports exactly as the event has them.
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # coordinates are written to 4-5 decimals or to a tenth of a second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv_rows(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCE_NAMES, suffix="_ge", n_events=N_EVENTS)


def test_files_and_truth_small(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCE_NAMES, suffix="_ge", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCE_NAMES, truth)


def test_read_loses_no_row_small(small_paths: dict[str, Path]) -> None:
    check_read_loses_no_row(small_paths, SOURCE_NAMES, _truth(small_paths))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small_paths: dict[str, Path]) -> None:
    check_expected_values(small_paths, _truth(small_paths), EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_events_at_every_size() -> None:
    for seed, n in ((3, 300), (SMALL_SEED, SMALL_EVENTS), (SEED, N_EVENTS)):
        subs = make_blind185(make_truth(seed=seed, n_events=n), seed=seed)
        assert [s.source for s in subs] == SOURCE_NAMES
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").sum() > 0, (n, sub.source)


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    """Italy, Croatia, France and Spain each have their desk; the compilation the rest."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    own = {"ITA": "zpf_trieste", "HRV": "pcc_dolga_vas", "FRA": "ssi_rome"}
    own["ESP"] = "consejeria_interior_roma"
    want = [own.get(c, "pccsee_secretariat") for c in country]
    assert first["source"].tolist() == want
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert cross["source"].nunique() >= 3


# --------------------------------------------------------------------------------------
# Each agency's quirks, on the bytes
# --------------------------------------------------------------------------------------
def test_zpf_trieste_italian_locale_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["zpf_trieste"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252: the "°" of "Prot. n°" is one byte
    assert raw.startswith("Prot. n°;Date of event;".encode("cp1252"))
    assert b"\r\n" in raw
    rows = _csv_rows(paths["zpf_trieste"], "cp1252", ";")
    header = rows[0]
    body = [dict(zip(header, r, strict=True)) for r in rows[1:] if any(r)]
    dates = [r["Date of event"] for r in body if r["Date of event"]]
    day_first = [d for d in dates if re.fullmatch(r"\d{2}/\d{2}/\d{4}", d)]
    assert len(day_first) >= 0.98 * len(dates)
    assert any(int(d[:2]) > 12 for d in day_first)  # day first, never month first
    lats = [r["Lat"] for r in body if r["Lat"]]
    assert lats
    assert all(re.fullmatch(r"-?\d+,\d{4}", v) for v in lats)
    offences = " ".join(r["Offence"] for r in body)
    assert "art. 12" in offences
    assert "art. 601 c.p." in offences
    assert any(r["Exploitation"] == "-" for r in body)  # smuggling rows
    assert any("MSNA" in r["Age group"] for r in body)
    counts = {r["N° migrants / victims"] for r in body}
    assert "n.d." in counts
    tags = tags_of(_rows_of(truth, "zpf_trieste"))
    assert tags.str.contains("country_italian").any()
    assert _rows_of(truth, "zpf_trieste")["date_precision"].dropna().eq("day").all()


def test_pcc_dolga_vas_unicode_text(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pcc_dolga_vas"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, as Excel's "Unicode text"
    rows = _csv_rows(paths["pcc_dolga_vas"], "utf-16", "\t")
    header = rows[0]
    assert header[:4] == ["PCC ref.", "Date", "Country", "GPS"]
    body = [dict(zip(header, r, strict=True)) for r in rows[1:] if any(r)]
    dates = [r["Date"] for r in body if r["Date"]]
    assert all(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}\.?", d) for d in dates)
    assert any(d.endswith(".") for d in dates)
    assert any(re.match(r"\d\.", d) for d in dates)
    gps = [r["GPS"] for r in body if r["GPS"]]
    assert any("°" in g and '"N' in g for g in gps)
    assert any(re.fullmatch(r"\d+\.\d{5}, \d+\.\d{5}", g) for g in gps)
    assert {"HR", "Hrvatska", "Croatia"} <= {r["Country"] for r in body}
    routes = {r["Route"] for r in body}
    assert any(re.fullmatch(r"[A-Z]{2}(-[A-Z]{2})+", t) for t in routes)
    assert any("BiH" in t for t in routes)
    assert {"Afghan", "Syrian", "Pakistani"} & {r["Citizenship"] for r in body}
    ok = _rows_of(truth, "pcc_dolga_vas")
    dms = tags_of(ok).str.contains("coords_dms") & ok["lat"].notna()
    assert dms.any()


def test_pccsee_compilation_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["pccsee_secretariat"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert set(items[0]) == set(SOURCES[2].headers.values())
    dates = [str(i["date"]) for i in items if i["date"] is not None]
    assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d) for d in dates)
    persons = [i["persons"] for i in items]
    assert any(isinstance(p, str) and p.startswith("approx. ") for p in persons)
    assert any(isinstance(p, int) for p in persons)
    text = " ".join(str(i["citizenship"]) + " " + str(i["destination"]) for i in items)
    assert "Ã" in text  # mojibake pasted from a partner's UTF-8 file
    assert any(re.fullmatch(r"[A-Z]{3}( ?> ?[A-Z]{3})+", str(i["transit"])) for i in items)
    # the mojibake is this source's alone
    tags = tags_of(truth)
    moji = truth.loc[tags.str.contains("country_mojibake"), "source"]
    assert set(moji) == {"pccsee_secretariat"}


def test_ssi_rome_french_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["ssi_rome"])
    rows = list(book.active.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["Réf. SSI", "Date des faits", "Pays de constatation", "Qualification"]
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    kinds = {type(d) for d in dates}
    assert datetime in kinds
    assert int in kinds
    assert str in kinds
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"T[1-4] \d{4}", d) for d in texts) or any(
        re.fullmatch(r"[a-zéû]+ \d{4}", d) for d in texts
    )
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < s < 45400 for s in serials)  # 2020-06 .. 2024-04
    lat = [r[header.index("Latitude")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and "," in v for v in lat)
    words = {r[header.index("Nb mis en cause")] for r in rows[1:]}
    assert "aucun" in words
    ok = _rows_of(truth, "ssi_rome")
    assert "France" in {r[2] for r in rows[1:]}
    assert ok["expected_reason"].eq("cross_source").any()


def test_consejeria_spanish_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["consejeria_interior_roma"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    rows = _csv_rows(paths["consejeria_interior_roma"], "utf-8-sig", ",")
    header = rows[0]
    assert header[:3] == ["Nº registro", "Fecha", "País detección"]
    body = [dict(zip(header, r, strict=True)) for r in rows[1:] if any(r)]
    dates = [r["Fecha"] for r in body if r["Fecha"]]
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"[a-z]+ de \d{4}", d) for d in dates)
    assert any(re.fullmatch(r"4\d{4}", d) for d in dates)  # Excel serials
    positions = [r["Posición"] for r in body if r["Posición"]]
    nautical = r"\d{2}º \d{2},\d{2}' [NS] \d{3}º \d{2},\d{2}' [EW]"
    assert any(re.fullmatch(nautical, p) for p in positions)
    assert {"V", "M"} & {r["Sexo"] for r in body}
    assert any(r["Medio"] in ("patera", "cayuco") for r in body)
    ok = _rows_of(truth, "consejeria_interior_roma")
    # "M" is mujer: the truth reads it as female, never male
    sexes = {r["Nº registro"]: r["Sexo"] for r in body}
    ref_gender = dict(zip(ok["source_ref"], ok["gender"], strict=False))
    women = [ref for ref, s in sexes.items() if s == "M" and ref in ref_gender]
    assert women
    assert all(ref_gender[ref] == "female" for ref in women)


def test_nautical_positions_read_back(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """West of Greenwich is negative; decimal minutes are minutes, not decimals."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = _rows_of(truth, "consejeria_interior_roma")
    sea = ok.loc[tags_of(ok).str.contains("coords_nautical") & ok["lon"].notna()]
    assert len(sea) > 0
    lon = sea["lon"].astype(float).to_numpy()
    true_lon = events.loc[sea["event_id"], "lon"].astype(float).to_numpy()
    assert (lon < 0).any()
    assert (abs(lon - true_lon) < 1e-3).all()


def test_partial_dates_only_where_the_desk_writes_them(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day", "source"]
    assert set(partial) == {"pccsee_secretariat", "ssi_rome", "consejeria_interior_roma"}
    tags = tags_of(kept)
    month = tags.str.contains("date_month")
    assert (kept.loc[month, "date_precision"] == "month").all()
    assert kept.loc[month, "event_date"].str.endswith("-01").all()
