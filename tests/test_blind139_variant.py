"""The examiner set ``blind139`` (files ``*_ek.*``): Gulf of Guinea maritime desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples._blind139 import SOURCES, make_blind139

VARIANT = "blind139"
SEED = 139
N_EVENTS = 1500
SMALL_SEED = 1391
SMALL_EVENTS = 400
SOURCE_NAMES = [s.source for s in SOURCES]
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries")
TOLERANCE = 0.01


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The truth's rows of one desk, indexed by their row number in the file."""
    rows = truth.loc[truth["source"] == source].copy()
    return rows.set_index(rows["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    """A desk's CSV as text, indexed by the row number a person counts (header = 1)."""
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
    )
    frame.index = frame.index + 2
    return frame


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCE_NAMES, suffix="_ek", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCE_NAMES, suffix="_ek", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCE_NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCE_NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind139(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_columns_a_desk_lacks(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """MDAT-GoG keeps no form of exploitation nor linked offences; the others do."""
    events = _events(paths)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    mdat = ok["source"].eq("mdat_gog")
    thb = ev["crime_type"].isin(["trafficking", "both"])
    assert (ok.loc[mdat & thb, "exploitation"] == "unknown").all()
    assert ok.loc[mdat & ~thb, "exploitation"].isna().all()
    assert ok.loc[mdat, "linked_offences"].isna().all()
    said = ~mdat & ~tags.str.contains("unknown:exploitation")
    assert ok.loc[said, "exploitation"].equals(ev.loc[said, "exploitation"])
    assert (ok.loc[~mdat & ~said, "exploitation"] == "unknown").all()
    assert ok.loc[~mdat, "linked_offences"].equals(ev.loc[~mdat, "linked_offences"])


def test_routing(truth: pd.DataFrame) -> None:
    """Each detection country is first reported by one desk; ICC compiles the rest."""
    first = truth.loc[truth["expected_status"].eq("record")]
    by_desk = first.groupby("source")["detection_country"].agg(lambda s: set(s.dropna()))
    assert by_desk["capitania_las_palmas"] == {"ESP"}
    assert by_desk["nimasa"] == {"ITA"}
    assert by_desk["mdat_gog"] == {"GBR"}
    assert by_desk["cresmao"] == {"FRA"}
    assert by_desk["icc_yaounde"] == {"GRC", "HRV", "POL", "USA", "PAN"}


def test_planted_habits_are_tagged(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "mojibake:",
        "demonym:nationality",
        "date:ordinal",
        "date:serial",
        "date:dmy2",
        "date:iso_dt",
        "count_words",
        "zero_word",
        "m49:detection_country",
        "approx_count",
        "thousands:n_persons",
        "region:detection_country",
        "iso2:",
        "alias:",
        "typo:",
        "case:",
        "na_word",
        "blank_gender",
        "blank_nationality",
        "coords_missing",
        "unknown:exploitation",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
    mojibake = truth.loc[tags.str.contains("mojibake:", regex=False), "source"]
    assert set(mojibake) == {"capitania_las_palmas"}  # one desk only


# --------------------------------------------------------------------------------------
# Capitanía Marítima de Las Palmas: Spanish, cp1252, ";"
# --------------------------------------------------------------------------------------
_DM_ES = re.compile(r"^(\d{2})º (\d{2},\d)' ([NS]) - (\d{3})º (\d{2},\d)' ([EW])$")


def _dm_read(deg: str, mins: str, hemi: str) -> float:
    value = int(deg) + float(mins.replace(",", ".")) / 60
    return -value if hemi in "SW" else value


def test_capitania_bytes(paths: dict[str, Path]) -> None:
    raw = paths["capitania_las_palmas"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("Nº Expediente;Fecha;Tipo de hecho;")
    assert "\r\n" in text
    assert "España (Canarias)" in text
    assert "Ã" in text  # names pasted from a UTF-8 form
    assert re.search(r";\d{2}/\d{2}/\d{4};", text)
    assert re.search(r";\d{2}/\d{2}/\d{2};", text)
    assert re.search(
        r";(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
        r"octubre|noviembre|diciembre) \d{4};",
        text,
    )
    assert re.search(r";\d{1,3}\.\d{3};", text)  # 1.234 persons, Spanish thousands


def test_capitania_truth_reads_the_cells(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    frame = _csv(paths["capitania_las_palmas"], "cp1252", ";")
    rows = _rows(truth, "capitania_las_palmas")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    cells = frame.loc[kept.index]
    # H/M are hombre/mujer in a Spanish file
    assert (kept.loc[cells["Sexo"].str.strip().eq("M"), "gender"] == "female").all()
    assert (kept.loc[cells["Sexo"].str.strip().eq("H"), "gender"] == "male").all()
    assert (kept.loc[cells["Edad"].eq("MENA"), "age_group"] == "child").all()
    assert (kept.loc[cells["Nacionalidad"].eq("marroquí"), "nationality"] == "MAR").all()
    assert (kept.loc[cells["Detenidos"].eq("ninguno"), "n_suspects"] == "0").all()
    # positions in degrees and decimal minutes read exactly as the truth says
    pos = cells["Posición"].dropna()
    assert len(pos) > 0.9 * len(cells)
    for row, cell in pos.items():  # a few hundred cells
        m = _DM_ES.match(cell)
        assert m, cell
        lat = _dm_read(m[1], m[2], m[3])
        lon = _dm_read(m[4], m[5], m[6])
        assert abs(lat - float(kept.at[row, "lat"])) < 1e-9
        assert abs(lon - float(kept.at[row, "lon"])) < 1e-9
    missing = cells["Posición"].isna()
    assert missing.any()
    assert kept.loc[missing, "lat"].isna().all()


# --------------------------------------------------------------------------------------
# NIMASA: English workbook
# --------------------------------------------------------------------------------------
def test_nimasa_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(paths["nimasa"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Ref. No.", "Date of Incident", "Nature of Offence"]
    assert "Country of Interception" in header
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds
    text_dates = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+, \d{4}", d) for d in text_dates)
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in text_dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in text_dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44197 <= d <= 45291 for d in serials)  # 2021-01-01 .. 2023-12-31
    i_sus = header.index("Suspects Arrested")
    suspects = [r[i_sus] for r in rows[1:]]
    assert "Nil" in suspects
    words = [s for s in suspects if isinstance(s, str) and re.fullmatch(r"[A-Z][a-z]+ \(\d+\)", s)]
    assert words
    # "Two (2)" expects 2
    exp = _rows(truth, "nimasa")
    for i, cell in enumerate(suspects, start=2):
        if (
            isinstance(cell, str)
            and cell.endswith(")")
            and exp.at[i, "expected_status"] != ("quarantine")
        ):
            assert exp.at[i, "n_suspects"] == cell.split("(")[1].rstrip(")")
    i_nat = header.index("Nationality")
    assert "Nigerian" in {r[i_nat] for r in rows[1:]}


# --------------------------------------------------------------------------------------
# MDAT-GoG: English, UTF-8, ","
# --------------------------------------------------------------------------------------
_DM_EN = re.compile(r"^(\d{2})°(\d{2}\.\d)'([NS]) (\d{3})°(\d{2}\.\d)'([EW])$")


def test_mdat_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["mdat_gog"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert text.startswith("Incident No,Date,Incident Type,Persons,")
    assert "\r\n" not in text
    frame = _csv(paths["mdat_gog"], "utf-8", ",")
    rows = _rows(truth, "mdat_gog")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    cells = frame.loc[kept.index]
    day = cells["Date"].str.fullmatch(r"\d{2} [A-Z][a-z]+ \d{4}")
    part = cells["Date"].str.fullmatch(r"([A-Z][a-z]+|Q[1-4]) \d{4}")
    assert (day | part).all()
    assert (kept.loc[part, "date_precision"] != "day").all()
    approx = cells["Persons"].str.startswith("approx. ").fillna(False)
    assert approx.any()
    assert (kept.loc[approx, "n_persons"] == cells.loc[approx, "Persons"].str[8:]).all()
    assert kept.loc[cells["Persons"].eq("UNK"), "n_persons"].isna().all()
    for row, cell in cells["Position"].dropna().items():
        m = _DM_EN.match(cell)
        assert m, cell
        lat = _dm_read(m[1], m[2], m[3])
        assert abs(lat - float(kept.at[row, "lat"])) < 1e-9
    assert cells["Route"].str.contains(" > ").any()


# --------------------------------------------------------------------------------------
# CRESMAO: French, UTF-16, tab
# --------------------------------------------------------------------------------------
def test_cresmao_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cresmao"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, as Excel's "Texte Unicode"
    text = raw.decode("utf-16")
    assert text.startswith("N° dossier\tDate des faits\tNature de l'infraction\t")
    frame = _csv(paths["cresmao"], "utf-16", "\t")
    rows = _rows(truth, "cresmao")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    cells = frame.loc[kept.index]
    lat = cells["Latitude"].dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{5}").all()
    read = lat.str.replace(",", ".").astype(float)
    assert ((read - kept.loc[lat.index, "lat"].astype(float)).abs() < 1e-9).all()
    assert (kept.loc[cells["Mis en cause"].eq("néant"), "n_suspects"] == "0").all()
    dates = cells["Date des faits"]
    assert dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}").any()
    assert dates.str.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}").any()
    quarter = dates.str.fullmatch(r"T[1-4] \d{4}")
    assert (kept.loc[quarter, "date_precision"] == "quarter").all()


# --------------------------------------------------------------------------------------
# ICC Yaoundé: JSON lines, ISO codes
# --------------------------------------------------------------------------------------
def test_icc_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["icc_yaounde"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"incident_ref", "incident_date", "incident_state_m49"}
    rows = _rows(truth, "icc_yaounde")
    m49 = {"300": "GRC", "191": "HRV", "616": "POL", "840": "USA", "591": "PAN", "380": "ITA"}
    seen_xxx = False
    for i, rec in enumerate(records, start=1):
        exp = rows.loc[i]
        if exp["expected_status"] == "quarantine":
            continue
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}:00Z)?)?", rec["incident_date"])
        state = rec["incident_state_m49"]
        if state is not None:
            assert m49[state] == exp["detection_country"]
        if rec["nationality_iso3"] == "XXX":
            seen_xxx = True
            assert pd.isna(exp["nationality"])
        if rec["transit_iso3"]:
            assert rec["transit_iso3"].replace(";", "|") == exp["transit_countries"]
        if isinstance(rec["persons_involved"], int) and rec["persons_involved"] >= 0:
            assert str(rec["persons_involved"]) == exp["n_persons"]
    assert seen_xxx
