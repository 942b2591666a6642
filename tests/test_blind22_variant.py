"""The ``blind22`` examiner set (files ``*_x.*``): its files and its ground truth.

These tests check what the files hold and what the truth promises about them; none of
them cleans or scores.
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
from trendlib.samples import write_samples
from trendlib.samples._blind22 import BLIND22_SOURCES

SEED = 22
N_EVENTS = 1500
SMALL_SEED = 121
SMALL_EVENTS = 400
VARIANT = "blind22"
SOURCES = [s.source for s in BLIND22_SOURCES]
BY_NAME = {s.source: s for s in BLIND22_SOURCES}
#: Fields every source writes for every kept row exactly as the event has them.
FAITHFUL = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
ROMAN = "I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII"


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = BY_NAME[source]
    return paths[source].read_bytes().decode(src.encoding)


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = BY_NAME[source]
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


def _jsonl(paths: dict[str, Path]) -> list[dict[str, object]]:
    lines = paths["jtfa_x"].read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_x", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_x", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FAITHFUL, tolerance=1e-3)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FAITHFUL, tolerance=1e-3)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_partial_dates_and_second_reports(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"].isin(["month", "quarter"]), "source"]
    assert set(partial) == set(SOURCES)
    second = truth.loc[truth["expected_reason"] == "cross_source", "source"]
    assert set(second) == {"straz_graniczna_x", "jtfa_x", "douane_hdf_x", "ifrc_europe_x"}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"jtfa_x", "ifrc_europe_x"}


def test_other_seeds_write(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        names = sorted(out[s].name for s in SOURCES)
        assert all(Path(name).stem.endswith("_x") for name in names)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings and delimiters as claimed
# --------------------------------------------------------------------------------------
def test_languages_formats_encodings() -> None:
    assert {s.language for s in BLIND22_SOURCES} == {"en", "fr", "es"}
    assert {s.format for s in BLIND22_SOURCES} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in BLIND22_SOURCES if s.format == "csv"]
    assert len({s.encoding for s in csv}) >= 3
    assert len({s.delimiter for s in csv}) >= 3
    for src in BLIND22_SOURCES:
        assert src.filename == f"{src.source}.{src.format}"


def test_csv_bytes_match_encoding_and_delimiter(paths: dict[str, Path]) -> None:
    for src in BLIND22_SOURCES:
        if src.format != "csv":
            continue
        raw = paths[src.source].read_bytes()
        text = raw.decode(src.encoding)
        header = text.lstrip("\ufeff").splitlines()[0]
        assert header.split(src.delimiter) == list(src.headers.values()), src.source
        frame = _csv(paths, src.source)
        assert frame.shape[1] == len(src.headers), src.source
    sg = paths["straz_graniczna_x"].read_bytes()
    assert "Płeć / Sex".encode("cp1250") in sg  # ł = 0xB3, ć = 0xE6 in cp1250
    with pytest.raises(UnicodeDecodeError):
        sg.decode("utf-8")
    douane = paths["douane_hdf_x"].read_bytes()
    assert "Nationalité déclarée".encode("latin-1") in douane
    with pytest.raises(UnicodeDecodeError):
        douane.decode("utf-8")
    ifrc = paths["ifrc_europe_x"].read_bytes()
    assert ifrc.startswith(codecs.BOM_UTF16_LE)
    assert "\tProtection concern\t".encode("utf-16-le") in ifrc


def test_xlsx_and_jsonl_are_what_they_claim(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["ministerio_publico_pa_x"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(BY_NAME["ministerio_publico_pa_x"].headers.values())
    assert "Víctimas / migrantes (cant.)" in rows[0]
    records = _jsonl(paths)
    assert set(records[0]) == set(BY_NAME["jtfa_x"].headers.values())
    assert "§" in paths["jtfa_x"].read_text(encoding="utf-8")  # not \u00a7 escapes


# --------------------------------------------------------------------------------------
# Characteristic quirks really in the bytes
# --------------------------------------------------------------------------------------
def test_polish_border_guard_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "straz_graniczna_x")
    dates = frame["Data zatrzymania / Date of apprehension"]
    assert dates.str.fullmatch(rf"\d{{1,2}}\.({ROMAN})\.\d{{4}}").any()  # 14.XI.2023
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4} r\.").any()  # 14.11.2023 r.
    crime = frame["Kwalifikacja prawna / Legal qualification"]
    assert crime.str.contains("264 § 3", regex=False).any()
    lat = frame["Szerokość geogr. / Latitude (WGS-84)"]
    assert lat.str.fullmatch(r"5\d,\d{4,5}").any()  # decimal comma
    assert lat.str.contains("°", regex=False).any()
    assert frame["Obywatelstwo / Citizenship"].isin(["Irak", "Jemen", "Afganistan"]).any()


def test_panama_quirks(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["ministerio_publico_pa_x"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))[1:]
    dates = [r[1] for r in rows]
    assert any(isinstance(d, dt.datetime) for d in dates)  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 45400 for d in dates)  # bare Excel serials
    assert any(isinstance(d, str) and " de " in d for d in dates)
    assert any("Tráfico Ilícito de Migrantes".lower() in str(r[5]).lower() for r in rows)
    assert any(r[10] == "NNA" for r in rows)
    lon = list(BY_NAME["ministerio_publico_pa_x"].headers).index("lon")
    assert any(isinstance(r[lon], str) and r[lon].endswith('"O') for r in rows)  # oeste


def test_jtfa_quirks(paths: dict[str, Path]) -> None:
    records = _jsonl(paths)
    dates = [str(r["offense_date"]) for r in records if r["offense_date"] is not None]
    month_first = [d for d in dates if re.fullmatch(r"\d\d/\d\d/\d{4}", d)]
    assert month_first
    assert all(int(d[:2]) <= 12 for d in month_first)  # month first
    assert any(int(d[3:5]) > 12 for d in month_first)
    assert any(isinstance(r["transit_route"], list) for r in records)
    assert any(isinstance(r["aliens_or_victims"], str) for r in records)
    assert any(isinstance(r["aliens_or_victims"], int) for r in records)
    assert any("1324" in str(r["lead_charge"]) for r in records)
    assert any(r["defendants_charged"] == "SEALED" for r in records) or any(
        r["defendants_charged"] in ("UNK", "pending") for r in records
    )


def test_douane_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "douane_hdf_x")
    pos = frame["Position (WGS 84)"]
    assert pos.str.fullmatch(r"\d\d°\d\d,\d{3}'[NS] \d{3}°\d\d,\d{3}'[EW]").any()
    assert frame["Nb mis en cause"].isin(["néant", "aucun"]).any()
    assert frame["Destination déclarée"].eq("Angleterre").any()
    # the CESEDA article follows the recodification of 1 May 2021
    truth = _truth(paths).set_index("source_row")
    mine = truth.loc[truth["source_file"] == "douane_hdf_x.csv"]
    qual = frame["Qualification (texte)"]
    for pos_row, text in enumerate(qual, start=2):
        row = mine.loc[str(pos_row)]
        if not isinstance(row["event_date"], str):  # garbage or bad row
            continue
        if re.search(r"L\.?622", text):
            assert row["event_date"] < "2021-05-01"
        if re.search(r"L\.?823", text):
            assert row["event_date"] >= "2021-05-01"


def test_ifrc_quirks(paths: dict[str, Path]) -> None:
    frame = _csv(paths, "ifrc_europe_x")
    date = frame["Date of event (dd/mm/yyyy)"]
    dotted = date.str.fullmatch(r"\d\d\.\d\d\.\d{4}\.")
    assert dotted.any()
    assert set(frame.loc[dotted, "National Society"]) == {"Croatian Red Cross"}
    assert frame["Means of travel"].isin(["Cayuco", "Patera"]).any()
    assert frame["Age group"].eq("UASC").any()
    nat = pd.concat([frame["Nationality"], frame["Country of origin"]])
    assert nat.str.contains("Ã", regex=False).any()  # mojibake from a National Society
    assert frame["People affected (#)"].str.fullmatch(r"\d{1,2}[, ]\d{3}").any()


# --------------------------------------------------------------------------------------
# The truth's coordinates are the ones written
# --------------------------------------------------------------------------------------
def _ddm(text: str) -> tuple[float, float]:
    m = re.fullmatch(r"(\d+)°(\d+,\d+)'([NS]) (\d+)°(\d+,\d+)'([EW])", text)
    assert m is not None, text
    lat = int(m[1]) + float(m[2].replace(",", ".")) / 60
    lon = int(m[4]) + float(m[5].replace(",", ".")) / 60
    return (lat if m[3] == "N" else -lat), (lon if m[6] == "E" else -lon)


def _dms(text: str) -> float:
    m = re.fullmatch(r"(\d+)°(\d+)'(\d+[.,]\d)\"([NSEWO])", text.strip())
    assert m is not None, text
    value = int(m[1]) + int(m[2]) / 60 + float(m[3].replace(",", ".")) / 3600
    return value if m[4] in "NE" else -value


def test_truth_coordinates_are_those_written(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    douane = _csv(paths, "douane_hdf_x")
    mine = truth.loc[truth["source_file"] == "douane_hdf_x.csv"].set_index("source_row")
    checked = 0
    for row, text in enumerate(douane["Position (WGS 84)"], start=2):
        if "°" in text:
            lat, lon = _ddm(text)
            assert abs(float(mine.loc[str(row), "lat"]) - lat) < 1e-9
            assert abs(float(mine.loc[str(row), "lon"]) - lon) < 1e-9
            checked += 1
    sg = _csv(paths, "straz_graniczna_x")
    mine = truth.loc[truth["source_file"] == "straz_graniczna_x.csv"].set_index("source_row")
    lat_col, lon_col = "Szerokość geogr. / Latitude (WGS-84)", "Długość geogr. / Longitude (WGS-84)"
    for row, (lat_t, lon_t) in enumerate(zip(sg[lat_col], sg[lon_col], strict=True), start=2):
        if "°" in lat_t:
            assert abs(float(mine.loc[str(row), "lat"]) - _dms(lat_t)) < 1e-9
            assert abs(float(mine.loc[str(row), "lon"]) - _dms(lon_t)) < 1e-9
            checked += 1
    assert checked > 10
    # every row that writes no coordinates says so in its tags
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    no_place = kept["lat"].isna()
    reasons = tags.loc[kept.index].str.contains(
        "blank_coordinates|coords_missing|coords_placeholder"
    )
    assert no_place.equals(reasons)
