"""The examiner set ``blind213`` (files ``*_hg.*``): what it promises, checked on its bytes.

Nothing here cleans or scores: the tests check that the files hold the rows the truth
describes and that each desk's habits (encodings, delimiters, header words, date styles,
value wording) are really in the bytes.
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
from trendlib.samples import make_truth
from trendlib.samples._blind213 import SOURCES, make_blind213

VARIANT = "blind213"
SEED = 213
N_EVENTS = 1500
SMALL_SEED = 2131
SMALL_EVENTS = 400
SUFFIX = "_hg"
UKVI, MLFDI, DGAHI, GAC, IHEMI = SOURCES
# Fields every kept row reports exactly as the event has them (nothing left out).
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 0.002  # degrees: coordinates are written to 4-5 decimals or to the second


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=N_EVENTS)


def test_small_set_files_and_truth(small_paths: dict[str, Path]) -> None:
    check_files_and_truth(small_paths, SOURCES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (0, 300), (SMALL_SEED, 400), (7, 1500)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind213(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    """Each desk first reports its own countries' events; the watch reports the rest."""
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    where = events.loc[first["event_id"], "detection_country"].to_numpy()
    own = {"GBR": UKVI, "FRA": MLFDI, "ESP": DGAHI, "USA": GAC, "PAN": GAC}
    want = [own.get(c, IHEMI) for c in where]
    assert first["source"].tolist() == want


# --------------------------------------------------------------------------------------
# UKVI Sponsor Compliance: UTF-8 with BOM, comma, English, day-first dates
# --------------------------------------------------------------------------------------
def test_ukvi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[UKVI].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    head = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert head.startswith("Referral ID,Date of encounter,Referral type,NRM exploitation type")
    assert "Lat/Long" in head
    frame = _csv(paths[UKVI], "utf-8-sig", ",")
    dates = frame["Date of encounter"]
    months = "|".join(
        (
            "January February March April May June July August September October November December"
        ).split()
    )
    style = re.compile(
        rf"^(\d\d/\d\d/(\d\d)?\d\d|\d{{1,2}} ({months}) \d{{4}}|({months}) \d{{4}})$"
    )
    written = dates[dates != ""]
    readable = written[written.str.match(style)]
    assert len(readable) >= len(written) - 5  # only the bad rows and the note differ
    day_first = readable.str.extract(r"^(\d\d)/(\d\d)/").dropna().astype(int)
    assert (day_first[1] <= 12).all()
    assert (day_first[0] > 12).any()
    words = set(frame["Referral type"].str.strip())
    assert "Facilitation (s.25 IA 1971)" in words
    assert "MSHT" in words
    assert {"Nil", "None"} & set(frame["Suspected facilitators"])
    assert frame["Nationality"].isin(["Afghan", "Vietnamese", "Eritrean", "Iranian"]).any()
    assert frame["Lat/Long"].str.match(r"^-?\d+\.\d{4}, -?\d+\.\d{4}$|^$").all()
    assert frame["Route (countries transited)"].str.contains(" > ").any()
    assert frame["Referral ID"].iloc[-1] == "Grand Total"
    tags = tags_of(_rows_of(truth, UKVI))
    assert tags.str.contains("demonym").any()
    assert tags.str.contains("date_long").any()


# --------------------------------------------------------------------------------------
# MLFDI: XLSX, French, real Excel dates and numbers
# --------------------------------------------------------------------------------------
def test_mlfdi_workbook(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths[MLFDI])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("N° de fiche", "Date des faits", "Qualification")
    body = pd.DataFrame(rows[1:], columns=header)
    kinds = body["Date des faits"].map(lambda v: type(v).__name__).value_counts()
    assert kinds.get("datetime", 0) > kinds.get("str", 0) > 0
    text = body["Date des faits"][body["Date des faits"].map(lambda v: isinstance(v, str))]
    assert text.str.match(r"^(\d\d/\d\d/\d{4}|T[1-4] \d{4}|[a-zéû]+ \d{4})$").all()
    assert body["Nombre de personnes"].map(lambda v: isinstance(v, int)).mean() > 0.9
    assert {"AESI", "TEH", "TEH + AESI"} & set(body["Qualification"].dropna().str.strip())
    assert body["Nationalité"].isin(["afghane", "érythréenne", "iranienne", "irakienne"]).any()
    assert body["Pays de destination"].isin(["Angleterre", "ROYAUME-UNI", "Royaume-Uni"]).any()
    assert (body["Mis en cause"] == "néant").any()
    assert body["N° de fiche"].iloc[-1] == "TOTAL"


# --------------------------------------------------------------------------------------
# DGAHI: cp1252, semicolon, CRLF, Spanish
# --------------------------------------------------------------------------------------
def test_dgahi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[DGAHI].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("Nº expediente;Fecha llegada/detección;Tipología delictiva;")
    assert "\r\n" in text
    frame = _csv(paths[DGAHI], "cp1252", ";")
    dates = frame["Fecha llegada/detección"]
    parts = dates.str.extract(r"^(\d{1,2})[/-](\d{1,2})[/-]\d{4}$").dropna().astype(int)
    assert (parts[1] <= 12).all()
    assert (parts[0] > 12).any()
    assert frame["Latitud"].str.match(r"^-?\d+,\d{4}$|^$").all()
    assert frame["Nacionalidad"].isin(["GUINEA CONAKRY", "PAKISTAN", "MALI", "MARRUECOS"]).any()
    assert frame["Medio de llegada"].str.strip().str.lower().isin(["cayuco", "patera"]).any()
    assert (frame["Nº expediente"] == "TOTAL GENERAL").sum() == 1  # repeats come after it
    tags = tags_of(_rows_of(truth, DGAHI))
    assert tags.str.contains("sex_letter_es").any()
    assert _rows_of(truth, DGAHI)["expected_reason"].eq("exact_repeat").sum() >= 3


# --------------------------------------------------------------------------------------
# GAC ACCBP: JSON lines, ISO dates, alpha-2 codes, lists
# --------------------------------------------------------------------------------------
def test_gac_json_lines(paths: dict[str, Path]) -> None:
    lines = paths[GAC].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    body = [r for r in recs if r["incident_id"] != "TOTAL"]
    total = [r for r in recs if r["incident_id"] == "TOTAL"]
    assert len(total) == 1
    assert isinstance(total[0]["persons_involved"], int)
    assert all(isinstance(r["transit_countries"], list) for r in body)
    assert all(isinstance(r["related_offences"], list) for r in body)
    iso = re.compile(r"^\d{4}-\d\d(-\d\d)?$|^\d{4}-Q[1-4]$")
    dated = [r["incident_date"] for r in body if r["incident_date"] is not None]
    assert sum(bool(iso.match(d)) for d in dated) >= len(dated) - 3
    assert any(re.match(r"^\d{4}-Q[1-4]$", d) for d in dated)
    assert {"PA", "US"} <= {r["country_of_incident"] for r in body}
    assert any(isinstance(r["persons_involved"], int) for r in body)
    assert any(isinstance(r["latitude"], float) for r in body)


# --------------------------------------------------------------------------------------
# IHEMI watch: UTF-16 with BOM, tab, French, periods, serials, mojibake
# --------------------------------------------------------------------------------------
def test_ihemi_bytes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[IHEMI].read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].split("\t")[:3] == ["Réf. veille", "Date / période", "Phénomène"]
    frame = _csv(paths[IHEMI], "utf-16", "\t")
    dates = frame["Date / période"]
    assert dates.str.match(r"^T[1-4] \d{4}$").any()
    assert dates.str.match(r"^4\d{4}$").any()  # Excel serials of 2021-2023
    assert dates.str.match(r"^[a-zéû]+ \d{4}$").any()
    assert frame["Lieu (coordonnées)"].str.contains("°").any()
    assert frame["Personnes concernées"].str.contains("\u00a0").any()
    tags = tags_of(truth)
    mojibake = truth.loc[tags.str.contains("mojibake"), "source"]
    assert len(mojibake) > 0
    assert set(mojibake) == {IHEMI}


def test_truth_follows_the_written_dates(truth: pd.DataFrame) -> None:
    """A month or quarter is read as its first day, and the precision says so."""
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    for tag, precision in (("date_month", "month"), ("date_quarter", "quarter")):
        rows = truth.loc[kept & tags.str.contains(tag)]
        assert len(rows) > 0, tag
        assert (rows["date_precision"] == precision).all(), tag
        assert rows["event_date"].str.endswith("-01").all(), tag
    quarters = truth.loc[kept & tags.str.contains("date_quarter"), "event_date"]
    assert quarters.str[5:7].isin(["01", "04", "07", "10"]).all()
