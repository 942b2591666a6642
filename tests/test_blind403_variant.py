"""The examiner set ``blind403``: five parking-sector agencies (files ``*_oo.*``).

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind403"
SEED = 403
N_EVENTS = 1500
SMALL_SEED = 4031
SMALL_EVENTS = 400
SOURCES = (
    "ncp_security",
    "effia_surete",
    "telpark_seguridad",
    "mp_fiscalia_darien",
    "ipmi_safety_desk",
)
#: Fields every kept row gives exactly as the event has them.
EXACT_FIELDS = ("linked_offences",)
#: Degrees a written position may differ from the true one (5 decimals, DMS to 0.1").
TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _kept(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = _rows(truth, source)
    return rows.loc[rows["expected_status"] != "quarantine"]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_oo", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_oo", n_events=SMALL_EVENTS)
    rows = pd.read_csv(small["truth_rows"], dtype=str)
    # every agency reports events of its own even in a small set
    records = rows.loc[rows["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_garbage_and_bad_rows(truth: pd.DataFrame) -> None:
    for source in SOURCES:
        rows = _rows(truth, source)
        assert (rows["messiness"] == "garbage_row").sum() >= 2, source
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }


# --------------------------------------------------------------------------------------
# What a careful analyst reads: the truth's honesty about unclear cells
# --------------------------------------------------------------------------------------
def test_crime_type_unknown_only_where_staff_could_not_tell(
    truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    unclear = tags_of(truth).loc[kept.index].str.contains("crime_unclear")
    assert unclear.any()
    assert set(kept.loc[unclear, "source"]) <= {"ncp_security", "effia_surete"}
    assert (kept.loc[unclear, "crime_type"] == "unknown").all()
    # only smuggling events found in a parked vehicle are written as "welfare"
    true = events.loc[kept.loc[unclear, "event_id"]]
    assert (true["crime_type"] == "smuggling").all()
    assert (true["transport_mode"] == "land").all()
    assert kept.loc[unclear, "exploitation"].isna().all()
    ev = events.loc[kept.loc[~unclear, "event_id"], "crime_type"].to_numpy()
    assert (kept.loc[~unclear, "crime_type"].to_numpy() == ev).all()


def test_vague_nationalities_expect_nothing(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    vague = truth.loc[
        tags.str.contains("vague_nationality") & truth["expected_status"].ne("quarantine")
    ]
    assert set(vague["source"]) >= {"ncp_security", "telpark_seguridad", "ipmi_safety_desk"}
    assert vague["nationality"].isna().all()


def test_partial_dates_come_from_the_digest(truth: pd.DataFrame) -> None:
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    partial = kept.loc[kept["date_precision"] != "day"]
    assert set(partial["source"]) == {"ipmi_safety_desk"}
    assert set(partial["date_precision"]) == {"month", "quarter"}


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ncp_log_is_utf8_bom_comma_with_time_stamps(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["ncp_security"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    head = raw.decode("utf-8-sig").splitlines()[0]
    assert head.startswith("Incident No,Date/Time of Incident,Incident Category,")
    frame = _csv(paths["ncp_security"], "utf-8-sig", ",")
    dates = frame["Date/Time of Incident"]
    stamped = dates.str.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d")
    plain = dates.str.fullmatch(r"\d\d/\d\d/20\d\d")
    assert stamped.mean() > 0.5
    assert (stamped | plain | dates.eq("")).all()
    assert {"England", "Scotland"} <= set(frame["Country"])
    assert "Kurdish" in set(frame["Nationality (as stated)"])
    assert frame["Nationality (as stated)"].isin(["Afghan", "Iranian", "Iraqi"]).any()
    assert frame["No. Persons Found"].isin(["two", "three", "four", "five"]).any()
    assert frame["Incident Category"].str.contains("Welfare|Rough sleeping").any()
    # England and Scotland are read as the United Kingdom
    kept = _kept(truth, "ncp_security")
    own = tags_of(truth).loc[kept.index].str.contains("own_word:detection_country")
    assert (kept.loc[own, "detection_country"] == "GBR").all()


def test_effia_is_cp1252_semicolon_crlf_with_decimal_commas(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["effia_surete"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° main courante;Date des faits;Nature des faits;")
    frame = _csv(paths["effia_surete"], "cp1252", ";")
    lat = frame["Latitude"].loc[frame["Latitude"] != ""]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()
    dates = frame["Date des faits"].loc[frame["Date des faits"].str.len() > 0]
    assert dates.str.fullmatch(r"\d\d/\d\d/(20)?\d\d").all()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    words = set(frame["Nature des faits"].str.strip().str.lower())
    assert "aide à l'entrée irrégulière" in words
    assert "MNA" in set(frame["Majeur/Mineur"].str.strip())
    assert {"PL", "VL"} & set(frame["Moyen de transport"].str.strip())
    # UTF-8 names pasted into the cp1252 sheet
    assert "Ã" in text
    tags = tags_of(truth).loc[_kept(truth, "effia_surete").index]
    assert tags.str.contains("mojibake:").any()


def test_telpark_workbook_mixes_dates_serials_and_hm_letters(
    paths: dict[str, Path], truth: pd.DataFrame, events: pd.DataFrame
) -> None:
    book = openpyxl.load_workbook(paths["telpark_seguridad"])
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:3] == ("Nº Incidencia", "Fecha incidencia", "Tipo de hecho")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "str", "int"} <= kinds
    sexes = {r[head.index("Sexo")] for r in rows[1:]}
    assert {"H", "M"} <= sexes
    assert "F" not in sexes
    nats = {r[head.index("Nacionalidad")] for r in rows[1:]}
    assert {"subsahariano", "magrebí"} & nats
    modes = {r[head.index("Medio de transporte")] for r in rows[1:]}
    assert {"patera", "cayuco"} <= {str(m).strip().lower() for m in modes}
    # "M" in a sheet that writes H/M is mujer: the truth expects female
    kept = _kept(truth, "telpark_seguridad")
    letter = tags_of(truth).loc[kept.index].str.contains("sex_letter")
    genders = set(kept.loc[letter, "gender"])
    assert genders <= {"female", "male"}
    assert genders
    true = events.loc[kept.loc[letter, "event_id"], "gender"].to_numpy()
    assert (kept.loc[letter, "gender"].to_numpy() == true).all()


def test_fiscalia_is_utf16_tab_with_dms_positions(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["mp_fiscalia_darien"].read_bytes()
    assert raw[:2] == b"\xff\xfe"
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == [
        "No. Noticia Criminal",
        "Fecha del hecho",
        "Delito",
    ]
    frame = _csv(paths["mp_fiscalia_darien"], "utf-16", "\t")
    pos = frame["Coordenadas (GPS)"]
    dms = pos.str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W")
    assert dms.mean() > 0.7
    assert "S/C" in set(pos)
    dates = frame["Fecha del hecho"]
    assert dates.str.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d").mean() > 0.6
    assert dates.str.contains(" de ").any()
    assert frame["Nacionalidad"].isin(["venezolana", "venezolano", "haitiana"]).any()
    country = frame["País donde se detectó"]
    assert country.loc[country != ""].str.contains("panam", case=False).all()
    # Panama writes thousands with a comma: 1,234 persons
    assert frame["Cantidad de víctimas/migrantes"].str.fullmatch(r"\d,\d{3}").any()
    kept = _kept(truth, "mp_fiscalia_darien")
    big = tags_of(truth).loc[kept.index].str.contains("thousands:n_persons")
    assert big.any()
    assert (kept.loc[big, "n_persons"].astype(int) >= 1000).all()


def test_ipmi_digest_lines_are_json_with_iso2_and_otm(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["ipmi_safety_desk"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["report_id", "incident_date", "incident_type"]
    dates = [r["incident_date"] for r in recs if isinstance(r["incident_date"], str)]
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    # US month-first: a day above 12 sits in the middle, never in front
    us = [d for d in dates if re.fullmatch(r"\d\d/\d\d/20\d\d", d)]
    assert all(int(d[:2]) <= 12 for d in us)
    assert any(int(d[3:5]) > 12 for d in us)
    assert {"US", "IT", "GR"} <= {r["country"] for r in recs}
    assert "OTM" in {r["nationality"] for r in recs}
    # the form's default position: 0, 0 is no position
    zero = [r["report_id"] for r in recs if r["lat"] == 0 and r["lng"] == 0]
    assert zero
    rows = _rows(truth, "ipmi_safety_desk")
    at_zero = rows.loc[rows["source_ref"].isin(zero) & rows["expected_status"].ne("quarantine")]
    assert at_zero[["lat", "lon"]].isna().all().all()
