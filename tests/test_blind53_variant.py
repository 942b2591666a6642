"""The ``blind53`` examiner set (files ``*_bc.*``): its files and truth, never a cleaning.

Five liaison desks of Middle-East and Gulf ministries (Israel Police, Saudi Public
Security, Qatar and Kuwait Ministries of Interior, Egyptian Coast Guard); see
:mod:`trendlib.samples._blind53`. These tests check that the files are written as the
module says and that the truth describes them; none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
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

from trendlib.samples import write_samples
from trendlib.samples._blind53 import BLIND53_SOURCES, make_blind53

SEED = 53
N_EVENTS = 1500
SMALL_SEED = 531
SMALL_EVENTS = 400
VARIANT = "blind53"
#: Fields every report gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Source -> (suffix, language, encoding, delimiter) as the module's docstring says.
LAYOUT = {
    "israel_police_ird": (".csv", "en", "utf-16", "\t"),
    "saudi_pss_madrid": (".xlsx", "es", None, None),
    "qatar_moi_paris": (".csv", "fr", "cp1252", ";"),
    "kuwait_moi_mexico": (".csv", "es", "utf-8", "|"),
    "egypt_coastguard_rome": (".jsonl", "en", "utf-8", None),
}


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def _column(path: Path, header: str) -> list[object]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    at = list(rows[0]).index(header)
    return [r[at] if at < len(r) else None for r in rows[1:]]  # short rows: empty tail


# --------------------------------------------------------------------------------------
# Files and truth
# --------------------------------------------------------------------------------------
def test_sources_are_the_five_desks() -> None:
    assert BLIND53_SOURCES == tuple(LAYOUT)


def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, BLIND53_SOURCES, suffix="_bc", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, BLIND53_SOURCES, suffix="_bc", n_events=SMALL_EVENTS)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, BLIND53_SOURCES, truth)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.001)


def test_small_set_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.001)


def test_placeholder_counts(truth: pd.DataFrame, small: dict[str, Path]) -> None:
    check_placeholder_counts(truth)
    check_placeholder_counts(_truth(small))


def test_other_sizes_and_seeds_run(tmp_path: Path) -> None:
    for seed, n in ((0, 3000), (5, 1500)):
        out = write_samples(tmp_path / str(seed), seed=seed, n_events=n, variant=VARIANT)
        rows = _truth(out)
        assert set(rows["source"]) == set(BLIND53_SOURCES)


def test_make_blind53_matches_the_truth(truth: pd.DataFrame) -> None:
    from trendlib.samples import make_truth

    subs = make_blind53(make_truth(seed=SEED, n_events=N_EVENTS), seed=SEED)
    assert [s.source for s in subs] == list(BLIND53_SOURCES)
    assert sum(len(s.frame) for s in subs) == len(truth)


# --------------------------------------------------------------------------------------
# Languages, formats, encodings
# --------------------------------------------------------------------------------------
def test_formats_languages_encodings(paths: dict[str, Path]) -> None:
    subs = {s.source: s for s in make_blind53(_small_truth(), seed=SEED)}
    for source, (suffix, lang, encoding, delimiter) in LAYOUT.items():
        assert paths[source].suffix == suffix, source
        assert subs[source].language == lang, source
        assert subs[source].delimiter == delimiter, source
        if encoding is not None:
            assert subs[source].encoding == encoding, source
    assert {lang for _, lang, _, _ in LAYOUT.values()} == {"en", "fr", "es"}
    csv_kinds = {(enc, sep) for suffix, _, enc, sep in LAYOUT.values() if suffix == ".csv"}
    assert len(csv_kinds) >= 3


def _small_truth() -> pd.DataFrame:
    from trendlib.samples import make_truth

    return make_truth(seed=SMALL_SEED, n_events=SMALL_EVENTS)


def test_israel_file_is_utf16_tab_english(paths: dict[str, Path]) -> None:
    raw = paths["israel_police_ird"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["IRD Ref.", "Event date (dd/mm/yyyy)", "Country of event"]
    assert "Grand total" in text
    assert re.search(r"\d+°\d\d'\d\d\"\"[NS] \d{3}°\d\d'\d\d\"\"[EW]", text)  # DMS, CSV-quoted
    assert re.search(r"\tQ[1-4] 20\d\d\t|\t[1-4](st|nd|rd|th) quarter 20\d\d\t", text)
    assert re.search(r"\t(Syrian Arab Republic|Hellenic Republic|Kingdom of Morocco)\t", text)
    assert re.search(r"\tTUR-BGR-SRB(-BIH)?\t", text)


def test_qatar_file_is_cp1252_semicolon_french(paths: dict[str, Path]) -> None:
    raw = paths["qatar_moi_paris"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accents as single cp1252 bytes
    assert b"\r\n" in raw
    text = _text(paths["qatar_moi_paris"], "cp1252")
    header = text.splitlines()[0].split(";")
    assert header[:2] == ["N° fiche", "Date des faits"]
    assert "Total général" in text
    months = r"janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\."
    assert re.search(rf";\d+ ({months}) 20\d\d;", text)
    assert re.search(r";\d+,\d{5} O;", text)  # west longitude, decimal comma, "Ouest"
    assert re.search(r";(néant|aucun);", text)
    assert "CESEDA" in text  # a legal reference
    assert "Ã" in text  # a UTF-8 paste garbled


def test_kuwait_file_is_utf8_pipe_bilingual(paths: dict[str, Path]) -> None:
    raw = paths["kuwait_moi_mexico"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    header = text.splitlines()[0].split("|")
    assert header[0] == "Folio / Ref."
    assert "Probables responsables / Suspects" in header
    assert "|EUA|" in text
    assert "|NNA|" in text
    assert "8 U.S.C. § 1324" in text
    months = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    assert re.search(rf"\|\d+ de ({months}|diciembre) de 20\d\d\|", text)


def test_egypt_file_is_jsonl_with_maritime_positions(paths: dict[str, Path]) -> None:
    lines = paths["egypt_coastguard_rome"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:2] == ["incident_no", "date_of_interception"]
    positions = [r["position"] for r in rows if r["position"]]
    assert any(re.fullmatch(r"\d\d°\d\d\.\d\d'[NS] \d{3}°\d\d\.\d\d'[EW]", p) for p in positions)
    assert any(isinstance(r["no_of_persons"], int) for r in rows)
    assert any(re.fullmatch(r"20\d\d-Q[1-4]", str(r["date_of_interception"])) for r in rows)
    assert any("Law 82/2016" in str(r["offence"]) for r in rows)


def test_saudi_sheet_dates_offences_and_sex(paths: dict[str, Path]) -> None:
    path = paths["saudi_pss_madrid"]
    sheet = load_workbook(path, read_only=True).worksheets[0]
    header = next(sheet.iter_rows(values_only=True))
    assert "Tipología penal" in header
    assert not any("xplota" in str(h) for h in header)  # no exploitation column
    dates = _column(path, "Fecha intervención")
    assert any(isinstance(d, int) and 44197 <= d <= 45291 for d in dates)  # Excel serials
    assert any(hasattr(d, "year") for d in dates)  # real Excel dates
    offences = [str(v) for v in _column(path, "Tipología penal") if v]
    assert any("177 bis" in v and "explotación" in v for v in offences)
    truth = _truth(paths)
    rows = truth.loc[truth["source"].eq("saudi_pss_madrid")].reset_index(drop=True)
    sex = _column(path, "Sexo (H/M)")
    women = [s for s, g in zip(sex, rows["gender"], strict=True) if g == "female"]
    assert "M" in women  # M = mujer in this sheet


def test_tags_of_the_quirks(truth: pd.DataFrame) -> None:
    tags = ";".join(tags_of(truth).fillna(""))
    for tag in (
        "excel_serial",
        "excel_date",
        "combined_offence",
        "dms",
        "ddm",
        "decimal_comma",
        "mojibake",
        "formal_name",
        "iso2",
        "demonym",
        "typo",
        "partial_month",
        "partial_quarter",
        "legal_ref",
    ):
        assert tag in tags, tag
    prec = truth.loc[truth["expected_status"].ne("quarantine"), "date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
