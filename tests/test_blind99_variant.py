"""The ``blind99`` examiner set (``*_cw.*``): files and truth only, nothing is cleaned.

Five Mayotte / Indian Ocean and Canary services: DZPAF Mayotte (French, cp1252, ``;``),
gendarmerie de Mayotte (French XLSX), CROSS La Réunion (English JSONL), Guardia Civil
CCRC Canarias (Spanish, latin-1, ``|``) and the préfecture de Mayotte's EMLIC watch
sheets (French, UTF-16, tab).
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind99 import BLIND99_SOURCES, make_blind99

SEED = 99
N_EVENTS = 1500
SMALL_SEED = 991
SMALL_EVENTS = 400
VARIANT = "blind99"
SOURCES = tuple(s.source for s in BLIND99_SOURCES)
#: Fields every source gives as the event has them (no placeholder ever written).
FAITHFUL = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, name: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == name].reset_index(drop=True)


def _csv_lines(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).lstrip("\ufeff").splitlines()


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_cw", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_cw", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FAITHFUL, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_languages_formats_and_encodings() -> None:
    subs = make_blind99(make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS), seed=SMALL_SEED)
    got = {s.filename: (s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        "paf_mayotte_cw.csv": ("fr", "csv", "cp1252", ";"),
        "gendarmerie_mayotte_cw.xlsx": ("fr", "xlsx", "utf-8", None),
        "cross_reunion_cw.jsonl": ("en", "jsonl", "utf-8", None),
        "ccrc_canarias_cw.csv": ("es", "csv", "latin-1", "|"),
        "lic_mayotte_cw.csv": ("fr", "csv", "utf-16", "\t"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    assert [s.source for s in subs] == list(SOURCES)


def test_bytes_are_in_the_claimed_encodings(paths: dict[str, Path]) -> None:
    paf = paths["paf_mayotte_cw"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        paf.decode("utf-8")  # accented French in cp1252, not UTF-8
    assert b"\r\n" in paf
    assert paf.decode("cp1252").splitlines()[0].startswith("N° procédure;Date des faits;")
    ccrc = paths["ccrc_canarias_cw"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        ccrc.decode("utf-8")
    assert ccrc.decode("latin-1").splitlines()[0].startswith("Nº atestado|Fecha interceptación|")
    lic = paths["lic_mayotte_cw"].read_bytes()
    assert lic.startswith(codecs.BOM_UTF16_LE)
    assert lic.decode("utf-16").splitlines()[0].startswith("Réf. fiche\tDate de l'événement")
    assert zipfile.is_zipfile(paths["gendarmerie_mayotte_cw"])
    lines = paths["cross_reunion_cw"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first)[:3] == ["sar_case", "dtg", "detected_in"]
    assert all(isinstance(json.loads(line), dict) for line in lines)


# --------------------------------------------------------------------------------------
# Quirks that must really be in the bytes
# --------------------------------------------------------------------------------------
def test_paf_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["paf_mayotte_cw"].read_bytes().decode("cp1252")
    assert "art. L.622-1 CESEDA" in text  # the article before the May 2021 recodification
    assert "art. L.823-1 CESEDA" in text
    assert re.search(r"\d+°\d\d'\d\d\"\"N \d+°\d\d'\d\d\"\"[EW]", text)  # DMS, CSV-quoted
    assert re.search(r";\d{2}-(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|"
                     r"nov\.|déc\.)-\d{2};", text)  # fmt: skip
    assert ";MNA;" in text
    assert ";néant;" in text or ";aucun;" in text
    assert "TOTAL GÉNÉRAL" in text
    rows = _rows(truth, "paf_mayotte_cw.csv")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3
    assert rows["expected_reason"].eq("empty_row").sum() == 1
    # "Angleterre" and "UK" are the United Kingdom
    assert "Angleterre" in text
    assert ";UK;" in text


def test_gendarmerie_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["gendarmerie_mayotte_cw"], read_only=True)
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert "Nature de l'infraction" in header
    assert not any("exploitation" in str(h).lower() for h in header)
    dates = [r[1] for r in body if len(r) > 1]
    assert any(isinstance(d, int) and 40000 < d < 50000 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d{4}", d) for d in dates)
    offences = [str(r[2]) for r in body if len(r) > 2]
    assert any(o.startswith("TEH – ") for o in offences)
    # the exploitation written in the offence cell is expected in the record
    exp = _rows(truth, "gendarmerie_mayotte_cw.xlsx")
    kept = exp.loc[exp["expected_status"] != "quarantine"]
    traf = kept["crime_type"].isin(["trafficking", "both"])
    assert traf.any()
    assert kept.loc[traf, "exploitation"].notna().all()
    assert kept.loc[~traf, "exploitation"].isna().all()


def test_cross_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["cross_reunion_cw"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    dtgs = [r["dtg"] for r in recs if isinstance(r["dtg"], str)]
    assert any(re.fullmatch(r"\d{6}Z [A-Z]{3} \d\d", d) for d in dtgs)
    assert any(re.fullmatch(r"Q[1-4][ /]\d{4}", d) for d in dtgs)
    assert any(isinstance(r["transit_route"], list) and r["transit_route"] for r in recs)
    positions = [r["position"] for r in recs if isinstance(r["position"], str)]
    assert any(re.fullmatch(r"\d\d-\d\d\.\dN \d{3}-\d\d\.\d[EW]", p) for p in positions)
    assert any(isinstance(r["pob"], str) and r["pob"].endswith(" POB") for r in recs)
    exp = _rows(truth, "cross_reunion_cw.jsonl")
    assert exp["linked_offences"].isna().all()  # a SAR log keeps no linked offences
    assert exp["source_row"].astype(int).min() == 1


def test_ccrc_quirks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    text = paths["ccrc_canarias_cw"].read_bytes().decode("latin-1")
    assert "318 bis" in text
    assert "177 bis" in text
    assert re.search(r"\d\dº \d\d,\d' N / \d{3}º \d\d,\d' W", text)  # ordinal sign, W
    assert "|cayuco|" in text
    assert "|patera|" in text
    assert re.search(r"\|\d{1,2} de [a-z]+ de 20\d\d\|", text)
    exp = _rows(truth, "ccrc_canarias_cw.csv")
    big = exp["n_persons"].dropna().astype(int) >= 1000
    if big.any():  # a large landing is written with dot thousands
        assert re.search(r"\|\d\.\d{3}\|", text)


def test_lic_quirks(paths: dict[str, Path]) -> None:
    lines = _csv_lines(paths["lic_mayotte_cw"], "utf-16")
    cells = [line.split("\t") for line in lines[1:] if line.strip()]
    lons = [c[16] for c in cells if len(c) > 16]
    assert any(re.fullmatch(r"\d+,\d{5} O", lon) for lon in lons)  # O = ouest (west)
    assert any(c[6].endswith(" pers.") for c in cells)
    assert any(re.fullmatch(r"(lun|mar|mer|jeu|ven|sam|dim)\. .+ 20\d\d", c[1]) for c in cells)


# --------------------------------------------------------------------------------------
# The truth is what the cells say
# --------------------------------------------------------------------------------------
def _dms(text: str) -> tuple[float, float]:
    parts = re.findall(r"(\d+)°(\d\d)'(\d\d)\"([NSEW])", text)
    out = []
    for d, m, s, h in parts:
        v = int(d) + int(m) / 60 + int(s) / 3600
        out.append(-v if h in "SW" else v)
    return out[0], out[1]


def test_paf_coordinates_read_back(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(
        paths["paf_mayotte_cw"], sep=";", encoding="cp1252", dtype=str, keep_default_na=False
    )
    exp = _rows(truth, "paf_mayotte_cw.csv")
    assert len(frame) == len(exp)
    cell = frame["Coordonnées GPS (WGS84)"]
    checked = 0
    for text, lat, lon in zip(cell, exp["lat"], exp["lon"], strict=True):
        if "°" in text and pd.notna(lat):
            la, lo = _dms(text)
        elif " / " in text and pd.notna(lat):
            la, lo = (float(v.replace(",", ".")) for v in text.split(" / "))
        else:
            continue
        assert abs(la - float(lat)) < 1e-6
        assert abs(lo - float(lon)) < 1e-6
        checked += 1
    assert checked > 200


def test_cross_positions_read_back(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    recs = [json.loads(x) for x in paths["cross_reunion_cw"].read_text("utf-8").splitlines()]
    exp = _rows(truth, "cross_reunion_cw.jsonl")
    checked = 0
    for rec, lat, lon in zip(recs, exp["lat"], exp["lon"], strict=True):
        pos = rec["position"]
        m = re.fullmatch(r"(\d\d)-?(\d\d\.\d)([NS]) (\d{3})-?(\d\d\.\d)([EW])", str(pos))
        if m is None or pd.isna(lat):
            continue
        la = int(m[1]) + float(m[2]) / 60
        lo = int(m[4]) + float(m[5]) / 60
        la, lo = (-la if m[3] == "S" else la), (-lo if m[6] == "W" else lo)
        assert abs(la - float(lat)) < 1e-6
        assert abs(lo - float(lon)) < 1e-6
        checked += 1
    assert checked > 100


def test_linked_offences_and_partial_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    kept = kept.loc[kept["source_file"] != "cross_reunion_cw.jsonl"]
    want = events.loc[kept["event_id"], "linked_offences"].reset_index(drop=True)
    assert kept["linked_offences"].reset_index(drop=True).equals(want)
    tags = tags_of(truth)
    for name in ("paf_mayotte_cw.csv", "cross_reunion_cw.jsonl", "lic_mayotte_cw.csv"):
        prec = set(truth.loc[truth["source_file"] == name, "date_precision"].dropna())
        assert prec == {"day", "month", "quarter"}, name
    assert tags.str.contains("excel_serial").any()
    assert tags.str.contains("dtg").any()
    assert tags.str.contains("mojibake").any()


def test_write_samples_other_seeds(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        got = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        assert all(got[s].exists() for s in SOURCES)
