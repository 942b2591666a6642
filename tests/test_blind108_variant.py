"""The 108th examiner's held-out set (``blind108``, files ``*_df.*``): files and truth only.

These tests check that the files are written as the module's guide says (languages,
formats, encodings, delimiters, quirks) and that the truth describes every row; none of
them cleans or scores the set.
"""

from __future__ import annotations

import json
from pathlib import Path

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
from openpyxl import load_workbook

from trendlib.samples import make_messy, make_truth
from trendlib.samples._blind108 import BLIND108_SOURCES

VARIANT = "blind108"
SEED = 108
N_EVENTS = 1500
SMALL_SEED = 1081
SMALL_EVENTS = 400
SOURCES = tuple(s.source for s in BLIND108_SOURCES)
#: Fields every row writes in full (compared with the true event as they are).
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.001  # degrees: positions written to the second of arc or 0.01 minute


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _file(paths: dict[str, Path], stem: str) -> Path:
    return paths[f"{stem}_df"]


# --------------------------------------------------------------------------------------
# The truth describes every row
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_df", n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix="_df", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_small_set_read_loses_no_row(small_paths: dict[str, Path]) -> None:
    small_truth = pd.read_csv(
        small_paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""]
    )
    check_read_loses_no_row(small_paths, SOURCES, small_truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_file_has_records_duplicates_and_bad_rows(truth: pd.DataFrame) -> None:
    by_file = truth.groupby("source_file")["expected_status"].agg(set)
    assert len(by_file) == len(SOURCES)
    assert all({"record", "quarantine"} <= s for s in by_file)
    dup_files = set(truth.loc[truth["expected_reason"].eq("cross_source"), "source_file"])
    assert len(dup_files) >= 3
    repeat_files = set(truth.loc[truth["expected_reason"].eq("exact_repeat"), "source_file"])
    assert repeat_files == {"malta_immigration_police_df.xlsx", "clacip_enlace_df.csv"}


def test_partial_dates_in_every_file(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source_file")["date_precision"].agg(set)
    assert all({"day", "month"} <= p for p in prec)
    assert sum("quarter" in p for p in prec) >= 3
    # a partial date expects the first day of its period
    month = kept.loc[kept["date_precision"] == "month", "event_date"]
    assert month.str.endswith("-01").all()


# --------------------------------------------------------------------------------------
# Languages, formats, encodings, delimiters
# --------------------------------------------------------------------------------------
def test_submissions_claim_languages_formats_encodings() -> None:
    subs = make_messy(make_truth(seed=SMALL_SEED, n_events=300), seed=SMALL_SEED, variant=VARIANT)
    got = {(s.filename, s.language, s.format, s.encoding, s.delimiter) for s in subs}
    assert got == {
        ("questura_agrigento_df.csv", "fr", "csv", "cp1252", ";"),
        ("polfrontiera_brindisi_df.jsonl", "en", "jsonl", "ascii", None),
        ("malta_immigration_police_df.xlsx", "en", "xlsx", "utf-8", None),
        ("jsp_andalucia_oriental_df.csv", "es", "csv", "utf-16", "\t"),
        ("clacip_enlace_df.csv", "es", "csv", "utf-8", "|"),
    }
    assert {s.language for s in subs} == {"en", "fr", "es"}
    assert {s.format for s in subs} == {"csv", "xlsx", "jsonl"}
    csv = [s for s in subs if s.format == "csv"]
    assert len({s.encoding for s in csv}) == 3
    assert len({s.delimiter for s in csv}) == 3


def test_questura_is_french_cp1252_semicolon(paths: dict[str, Path]) -> None:
    raw = _file(paths, "questura_agrigento").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # é, °, – written as single cp1252 bytes
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° R.G.N.R.;Data / Date de l'événement;")
    assert header.count(";") == len(BLIND108_SOURCES[0].headers) - 1
    assert "\r\n" in text
    assert "Aide à l'immigration irrégulière" in text
    assert "TOTAL GÉNÉRAL" in text


def test_brindisi_is_ascii_json_lines(paths: dict[str, Path]) -> None:
    raw = _file(paths, "polfrontiera_brindisi").read_bytes()
    raw.decode("ascii")  # pure ASCII
    assert b"\\u00" in raw or b"\\u20" in raw  # non-ASCII written as escapes
    rows = [json.loads(line) for line in raw.decode("ascii").splitlines()]
    assert list(rows[0]) == list(BLIND108_SOURCES[1].headers.values())
    assert any(isinstance(r["personsInvolved"], int) for r in rows)
    assert any(isinstance(r["latitude"], float) for r in rows)
    assert any(r["caseRef"].startswith("NOTE") for r in rows)


def test_malta_is_english_xlsx_with_excel_dates(paths: dict[str, Path]) -> None:
    book = load_workbook(_file(paths, "malta_immigration_police"), read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Case No.", "Date of Apprehension / Landing", "Offence (Cap. / Art.)")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # real dates, Excel serials, typed text
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45292 for d in serials)  # 2021-01-01 .. 2024-01-01
    book.close()


def test_jsp_is_spanish_utf16_tab(paths: dict[str, Path]) -> None:
    raw = _file(paths, "jsp_andalucia_oriental").read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.split("\t")[:3] == [
        "Nº Atestado",
        "Fecha hechos (dd/mm/aaaa)",
        "Tipo delictivo (CP)",
    ]
    assert "318 bis" in text
    assert "TOTAL GENERAL" in text


def test_clacip_is_spanish_utf8_pipe(paths: dict[str, Path]) -> None:
    raw = _file(paths, "clacip_enlace").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM
    text = raw.decode("utf-8")
    header = text.split("\n", 1)[0]
    assert header.split("|")[:3] == ["ID_REGISTRO", "FECHA_EVENTO", "DELITO"]
    assert "TRÁFICO ILÍCITO DE MIGRANTES" in text or "TIM" in text


# --------------------------------------------------------------------------------------
# Characteristic quirks really appear in the bytes
# --------------------------------------------------------------------------------------
def test_questura_quirks(paths: dict[str, Path]) -> None:
    text = _file(paths, "questura_agrigento").read_bytes().decode("cp1252")
    assert "art. 12" in text  # Italian law on smuggling
    assert "°" in text  # degrees-minutes-seconds positions
    assert "''N" in text
    assert any(f" {m} 202" in text for m in ("mars", "avril", "mai", "juin", "juillet"))
    assert any(w in text for w in ("néant", "aucun"))  # no suspect, in words
    assert "caporalato" in text or "barchino" in text  # Italian jargon left untranslated


def test_brindisi_quirks(paths: dict[str, Path]) -> None:
    rows = [
        json.loads(line)
        for line in _file(paths, "polfrontiera_brindisi").read_text("ascii").splitlines()
    ]
    dates = [str(r["eventDate"]) for r in rows if r["eventDate"] is not None]
    assert any("-Q" in d for d in dates)  # quarter dates
    assert any(len(d) == 8 and d.isdigit() for d in dates)  # compact 20220312
    assert any(" > " in str(r["transitRoute"]) for r in rows)


def test_malta_quirks(paths: dict[str, Path]) -> None:
    frame = pd.read_excel(_file(paths, "malta_immigration_police"), dtype=object)
    pos = frame["Position (Lat / Long, DDM)"].dropna().astype(str)
    assert pos.str.contains(r"^\d\d°\d\d\.\d\d'N \d{3}°\d\d\.\d\d'[EW]$").any()
    assert pos.str.contains(r"^N\d\d \d\d\.\d\d [EW]\d{3} \d\d\.\d\d$").any()
    suspects = frame["No. of Suspects Arrested"].astype(str)
    assert suspects.isin(["Nil", "None"]).any()
    offences = frame["Offence (Cap. / Art.)"].astype(str)
    assert offences.str.contains("Cap. 9|s.25|Modern Slavery", regex=True).any()


def test_jsp_quirks(paths: dict[str, Path]) -> None:
    text = _file(paths, "jsp_andalucia_oriental").read_bytes().decode("utf-16")
    assert "º " in text  # ordinal sign for degrees
    assert "'' N" in text
    assert any(f"{w}\t" in text for w in ("Cayuco", "Patera", "Neumática"))
    assert "trimestre de 202" in text
    frame = pd.read_csv(
        _file(paths, "jsp_andalucia_oriental"), sep="\t", encoding="utf-16", dtype=str
    )
    assert frame["Latitud"].dropna().str.match(r"^\d+,\d{5}$").any()  # decimal comma


def test_clacip_quirks(paths: dict[str, Path]) -> None:
    text = _file(paths, "clacip_enlace").read_bytes().decode("utf-8")
    assert "TRIMESTRE 202" in text  # quarters in Roman numerals
    assert '"O' in text  # DMS with O (oeste) for west
    assert any(f"-{m}-202" in text for m in ("ENE", "ABR", "AGO", "DIC"))
    assert "Ã" in text  # some mojibake


def test_tags_describe_quirks(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_month",
        "partial_quarter",
        "excel_serial",
        "dms",
        "ddm",
        "decimal_comma",
        "demonym",
        "italian_word",
        "mojibake",
        "article_only",
        "zero_word",
        "suspects_placeholder",
        "count_placeholder",
        "na_word",
        "coords_missing",
        "coords_placeholder",
        "thousands",
    ):
        assert tags.str.contains(tag).any(), tag


def test_demonyms_agree_with_the_group(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = pd.read_csv(
        _file(paths, "jsp_andalucia_oriental"),
        sep="\t",
        encoding="utf-16",
        dtype=str,
        skip_blank_lines=False,
    )
    rows = truth.loc[truth["source_file"] == "jsp_andalucia_oriental_df.csv"]
    assert rows["source_row"].astype(int).tolist() == list(range(2, len(frame) + 2))
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    sex = rows["event_id"].map(events["gender"]).to_numpy()
    rumana = frame["Nacionalidad"].eq("rumana").to_numpy()
    assert rumana.any()
    assert (sex[rumana] == "female").all()
    rumano = frame["Nacionalidad"].eq("rumano").to_numpy()
    assert (sex[rumano] != "female").all()
