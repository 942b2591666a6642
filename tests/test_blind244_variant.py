"""Examiner set ``blind244`` (files ``*_il.*``): five child-protection bodies.

These tests check what the set promises (files, truth, the bodies' habits in the bytes);
none of them cleans or scores.
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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from trendlib.samples import make_truth
from trendlib.samples._blind244 import make_blind244

VARIANT = "blind244"
SEED = 244
N_EVENTS = 1500
SMALL_SEED = 2441
SMALL_EVENTS = 400
SOURCES = ("pjj_mmna", "barnardos_ictg", "orr_ucp", "enoc_network", "fio_ninez")
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(
        path, sep=sep, encoding=encoding, dtype=str, keep_default_na=False, na_values=[""]
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_il", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_il", n_events=SMALL_EVENTS)
    check_reports_of_events(small, _truth(small), FIELDS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_reports_at_every_size() -> None:
    for n in (300, 400, 1500):
        subs = make_blind244(make_truth(seed=n, n_events=n), seed=n)
        assert [s.source for s in subs] == list(SOURCES)
        for sub in subs:
            assert (sub.expected["expected_status"] == "record").any(), (n, sub.source)


def test_fields_left_out_are_said(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Origin, destination and exploitation: the event's value, or a tag says why not."""
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        same = ok[col].eq(ev[col]).fillna(False).astype(bool)
        said = tags.str.contains(f"blank_{col}|absent:{col}", regex=True)
        assert (same | said).all(), col
        assert ok.loc[said, col].isna().all(), col
    unknown = tags.str.contains("unknown_exploitation")
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    rest = ok.loc[~unknown, "exploitation"]
    assert rest.fillna("").eq(ev.loc[~unknown, "exploitation"].fillna("")).all()
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_ambiguous_cells_expect_nothing(truth: pd.DataFrame) -> None:
    """'Kurdish' names no state; 'Age disputed' gives no age group: the truth says so."""
    tags = tags_of(truth)
    kurd = truth.loc[tags.str.contains("ambiguous_nationality")]
    assert len(kurd) > 0
    assert kurd.loc[kurd["expected_status"] != "quarantine", "nationality"].isna().all()
    na = truth.loc[tags.str.contains("na_word") & truth["expected_status"].ne("quarantine")]
    assert len(na) > 0
    unknown = na[["age_group", "transport_mode"]].eq("unknown").any(axis=1)
    assert unknown.all()


# --------------------------------------------------------------------------------------
# Each body's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_pjj_is_a_french_excel_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["pjj_mmna"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.startswith("N° dossier MMNA;Date de repérage;")
    assert "\r\n" in text
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["pjj_mmna"], "cp1252", ";")
    assert {"Qualification pénale", "Nb mis en cause", "Minorité"} <= set(frame.columns)
    dates = frame["Date de repérage"].dropna()
    day_first = dates.str.fullmatch(r"\d\d/\d\d/\d{2}(\d\d)?")
    assert day_first.mean() > 0.85
    assert (dates[day_first].str[:2].astype(int) > 12).any()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"[a-zéû]+ \d{4}").any()
    nat = frame["Nationalité déclarée"].dropna().str.strip().str.lower()
    assert nat.isin(["afghane", "iranienne", "irakienne", "érythréenne", "vietnamienne"]).any()
    assert frame["Pays de destination projeté"].eq("Angleterre").any()
    assert frame["Sexe"].eq("M/F").any()
    assert frame["Nb mis en cause"].isin(["aucun", "néant"]).any()
    assert frame["Mode de passage"].str.strip().eq("small boat").any()
    assert frame["Parcours migratoire"].str.contains(" / ", regex=False).any()


def test_barnardos_is_a_workbook_of_dates(paths: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(paths["barnardos_ictg"])
    rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("ICTG ref", "Date identified", "Case type")
    dates = [r[1] for r in rows[1:] if r[1] is not None]
    real = [d for d in dates if not isinstance(d, str)]
    typed = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.75 * len(dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in typed)
    col = {h: i for i, h in enumerate(header)}
    ages = {r[col["Age status"]] for r in rows[1:]}
    assert {"Age disputed", "Under 18"} & ages
    assert {r[col["Country where identified"]] for r in rows[1:]} >= {"UK", "England"}
    assert "Vietnamese" in {r[col["Nationality"]] for r in rows[1:]}
    assert "Destination" not in " ".join(str(h) for h in header)  # the service keeps none


def test_orr_writes_us_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["orr_ucp"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["orr_ucp"], "utf-8", ",")
    assert frame.columns[1] == "DHS Apprehension Date"
    dates = frame["DHS Apprehension Date"].dropna()
    parts = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/(\d{4})$").dropna().astype(int)
    assert len(parts) == len(dates)  # one month-first style for the whole file
    assert (parts[0] <= 12).all()
    assert (parts[1] > 12).any()
    assert dates.str.fullmatch(r"\d/\d{1,2}/\d{4}").any()  # Excel's unpadded US form
    rows = _rows(truth, "orr_ucp")
    kept = rows["expected_status"].ne("quarantine") & rows["event_id"].notna()
    assert tags_of(truth).loc[rows.index[kept]].str.contains("us_date").all()
    smuggling = frame["Case Category"].str.strip().isin(["Alien Smuggling", "Smuggling"])
    assert frame.loc[smuggling, "Trafficking Type"].eq("N/A").all()
    assert {"UC", "Single Adult", "Family Unit"} <= set(frame["Demographic"].str.strip())
    cit = frame["Country of Citizenship"].dropna()
    assert (cit == cit.str.upper()).all()


def test_enoc_is_json_lines_with_eu_codes(paths: dict[str, Path]) -> None:
    lines = paths["enoc_network"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(r.keys() == recs[0].keys() for r in recs)
    assert {"case_id", "incident_date", "member_state", "latitude"} <= recs[0].keys()
    states = {r["member_state"] for r in recs}
    assert {"IT", "EL", "HR", "PL"} <= states
    assert "GR" not in states
    dates = [r["incident_date"] for r in recs if r["incident_date"]]
    assert all(re.fullmatch(r"\d{4}-(\d\d(-\d\d(T[\d:]+Z)?)?|Q[1-4])", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-Q[1-4]", d) for d in dates)
    assert any(isinstance(r["latitude"], float) for r in recs)
    assert any(r["latitude"] is None and r["case_id"] != "summary" for r in recs)
    routes = [r["transit_route"] for r in recs if r["transit_route"]]
    assert any(re.fullmatch(r"[A-Z]{2}(-[A-Z]{2})+", t) for t in routes)


def test_fio_is_a_spanish_compilation(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["fio_ninez"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["fio_ninez"], "utf-8-sig", ";")
    assert frame.columns[0] == "Nº expediente"
    assert frame["Latitud"].dropna().str.fullmatch(r"-?\d+,\d{5}").all()
    text = raw.decode("utf-8-sig")
    assert "Ã" in text  # cells pasted from a member's file read in the wrong encoding
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d\d-[a-z]{3,4}-\d{4}").any()
    assert dates.str.contains("trimestre|T[1-4] ", regex=True).any()
    assert frame["Grupo etario"].str.strip().isin(["NNA", "MENA"]).any()
    assert frame["Medio de transporte"].str.strip().isin(["cayuco", "patera"]).any()
    rows = _rows(truth, "fio_ninez")
    big = rows.loc[rows["messiness"].fillna("").str.contains("thousands:n_persons")]
    assert len(big) > 0
    written = frame["Nº víctimas / migrantes"].dropna()
    assert written.str.fullmatch(r"\d{1,3}\.\d{3}").any()
    assert written.str.fullmatch(r"\d+ personas?").any()


def test_bad_rows_are_the_bodies_own_slips(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    """Impossible calendar days and a decade digit keyed one too high."""
    pjj = _csv(paths["pjj_mmna"], "cp1252", ";")
    fio = _csv(paths["fio_ninez"], "utf-8-sig", ";")
    written = pd.concat([pjj["Date de repérage"], fio["Fecha del hecho"]]).dropna()
    orr = _csv(paths["orr_ucp"], "utf-8", ",")["DHS Apprehension Date"].dropna()
    bad = truth.loc[truth["expected_reason"].isin(["bad_date", "future_date"])]
    assert len(bad) > 0
    impossible = written.str.fullmatch(r"(31/(04|06|09|11)|30/02)/\d{4}").sum()
    impossible += orr.str.fullmatch(r"((04|06|09|11)/31|02/30)/\d{4}").sum()
    future = written.str.fullmatch(r"\d\d/\d\d/203\d").sum() + orr.str.contains("/203").sum()
    enoc = [json.loads(x) for x in paths["enoc_network"].read_text("utf-8").splitlines()]
    enoc_dates = pd.Series([r["incident_date"] for r in enoc]).dropna()
    impossible += enoc_dates.str.fullmatch(r"\d{4}-((04|06|09|11)-31|02-30)").sum()
    future += enoc_dates.str.startswith("203").sum()
    book = openpyxl.load_workbook(paths["barnardos_ictg"])
    cells = [r[1] for r in book.active.iter_rows(min_row=2, values_only=True)]
    impossible += sum(
        isinstance(c, str) and bool(re.fullmatch(r"(31/(04|06|09|11)|30/02)/\d{4}", c))
        for c in cells
    )
    future += sum(hasattr(c, "year") and c.year >= 2030 for c in cells)
    reasons = bad["expected_reason"].value_counts()
    assert impossible == reasons.get("bad_date", 0)
    assert future == reasons.get("future_date", 0)
