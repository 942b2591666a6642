"""The ``blind61`` examiner set: files, truth, languages, encodings and quirks.

These tests check the files and their ground truth only; none cleans or scores.
"""

from __future__ import annotations

import json
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
from trendlib.samples._blind61 import BLIND61_SOURCES

SEED = 61
N_EVENTS = 1500
SMALL_SEED = 611
SMALL_EVENTS = 400
VARIANT = "blind61"
SOURCES = tuple(s.source for s in BLIND61_SOURCES)
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


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    frame = pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    return frame.assign(source_row=[str(i + 2) for i in range(len(frame))])


def _rows_of(truth: pd.DataFrame, filename: str) -> pd.DataFrame:
    return truth.loc[truth["source_file"] == filename].set_index("source_row")


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_bk", n_events=N_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


@pytest.mark.parametrize("which", ["large", "small"])
def test_expected_values(which: str, paths: dict[str, Path], small_paths: dict[str, Path]) -> None:
    p = paths if which == "large" else small_paths
    check_expected_values(p, _truth(p), FIELDS, tolerance=0.001)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_languages_formats_encodings(paths: dict[str, Path]) -> None:
    by_name = {paths[s].name: paths[s] for s in SOURCES}
    # Moroccan Auxiliary Forces: French, cp1252 (not UTF-8), ';', CRLF
    fa = by_name["forces_auxiliaires_ma_bk.csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        fa.decode("utf-8")
    head = fa.decode("cp1252").split("\r\n")[0]
    assert head.startswith("N° d'ordre;Date interpellation (jj/mm/aaaa);")
    assert "Nationalité" in head
    # Chiapas: Spanish, UTF-8 with BOM, ','
    chis = by_name["fge_chiapas_bk.csv"].read_bytes()
    assert chis.startswith(b"\xef\xbb\xbf")
    assert chis.decode("utf-8-sig").startswith("Carpeta de Investigación,Fecha del hecho,")
    # OCRTIS Niger: French, UTF-16 (little-endian BOM), tab-delimited
    ocr = by_name["ocrtis_niger_bk.csv"].read_bytes()
    assert ocr.startswith(b"\xff\xfe")
    assert ocr.decode("utf-16").startswith("Réf. dossier\tDate des faits\tInfraction\t")
    # Ghana AHTU: English JSON lines, UTF-8
    lines = by_name["ghana_ahtu_bk.jsonl"].read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert {"case_no", "date_of_detection", "offence", "nationality", "gps"} <= set(first)
    assert all(json.loads(line) for line in lines)
    # DCIM Libya: XLSX with bilingual English / Arabic headers
    dcim = by_name["dcim_libya_bk.xlsx"]
    assert dcim.read_bytes()[:2] == b"PK"
    sheet = openpyxl.load_workbook(dcim, read_only=True).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    assert header[1] == "Date / التاريخ"
    assert "Nationality / الجنسية" in header


def test_chiapas_m_is_mujer_and_legal_wording(paths: dict[str, Path]) -> None:
    path = paths["fge_chiapas_bk"]
    frame = _csv(path, "utf-8-sig", ",")
    truth = _rows_of(_truth(paths), path.name)
    sex = frame.set_index("source_row")["Sexo (H/M)"]
    women = sex.index[sex == "M"]
    men = sex.index[sex == "H"]
    assert len(women) > 0
    assert len(men) > 0
    assert (truth.loc[women, "gender"] == "female").all()
    assert (truth.loc[men, "gender"] == "male").all()
    crime = frame.set_index("source_row")["Delito"]
    art159 = crime.index[crime.str.contains("159") & ~crime.str.lower().str.contains("trata")]
    assert len(art159) > 0
    kept = truth.loc[art159]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert (kept["crime_type"] == "smuggling").all()


def test_dcim_excel_serials_and_dates(paths: dict[str, Path]) -> None:
    path = paths["dcim_libya_bk"]
    sheet = openpyxl.load_workbook(path, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    truth = _rows_of(_truth(paths), path.name)
    serials = [(str(i + 2), v[1]) for i, v in enumerate(rows) if isinstance(v[1], int)]
    assert len(serials) > 10
    epoch = pd.Timestamp("1899-12-30")
    for row, serial in serials:
        if truth.loc[row, "expected_status"] == "quarantine":
            continue
        assert truth.loc[row, "event_date"] == (epoch + pd.Timedelta(days=serial)).strftime(
            "%Y-%m-%d"
        )
    nautical = [v[14] for v in rows if len(v) > 14 and "'N " in str(v[14])]
    assert len(nautical) > 10


def test_fa_west_longitudes_and_partial_dates(paths: dict[str, Path]) -> None:
    path = paths["forces_auxiliaires_ma_bk"]
    frame = _csv(path, "cp1252", ";").set_index("source_row")
    truth = _rows_of(_truth(paths), path.name)
    lon = frame["Longitude"]
    west = lon.index[lon.str.endswith(" O")]
    assert len(west) > 10
    for row in west:
        if truth.loc[row, "expected_status"] == "quarantine":
            continue
        value = -float(lon[row].removesuffix(" O").replace(",", "."))
        assert abs(float(truth.loc[row, "lon"]) - value) < 1e-9
    tags = tags_of(_truth(paths))
    fa_tags = tags.loc[_truth(paths)["source_file"] == path.name]
    assert fa_tags.str.contains("partial_quarter").any()
    assert fa_tags.str.contains("partial_month").any()


def test_ocrtis_mojibake_and_tim(paths: dict[str, Path]) -> None:
    path = paths["ocrtis_niger_bk"]
    text = path.read_bytes().decode("utf-16")
    assert "Ã" in text  # country names garbled by a UTF-8 / cp1252 mix-up
    frame = _csv(path, "utf-16", "\t").set_index("source_row")
    truth = _rows_of(_truth(paths), path.name)
    tim = frame.index[frame["Infraction"].str.startswith("TIM")]
    assert len(tim) > 0
    kept = truth.loc[tim]
    kept = kept.loc[kept["expected_status"] != "quarantine"]
    assert (kept["crime_type"] == "smuggling").all()


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_bk", n_events=SMALL_EVENTS)
    assert set(_truth(small_paths)["source_file"]) == {s.filename for s in BLIND61_SOURCES}
