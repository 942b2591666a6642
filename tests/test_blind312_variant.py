"""The examiner set ``blind312``: five renewable-energy compliance desks (files ``*_lb.*``).

These tests check what the set promises (files, truth, the desks' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
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
from trendlib.samples import make_truth
from trendlib.samples._blind312 import BLIND312, SOURCES, make_blind312

VARIANT = "blind312"
SEED = 312
N_EVENTS = 1500
SMALL_SEED = 3121
SMALL_EVENTS = 400

RUK = "renewableuk_modern_slavery"
EDF = "edf_renouvelables_vigilance"
IBE = "iberdrola_canal_etico"
ACC = "acciona_energia_ddhh"
SSI = "solarpower_europe_ssi"
NAMES = (RUK, EDF, IBE, ACC, SSI)
# fields every non-quarantined row gives exactly as the event has them
FIELDS = ("crime_type", "transit_countries", "linked_offences")


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


def _column(paths: dict[str, Path], source: str, header: str) -> pd.Series:
    src = next(s for s in SOURCES if s.source == source)
    frame = pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
    )
    return frame[header]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_lb", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_lb", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind312(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == list(NAMES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.filename


def test_other_fields_blank_only_when_tagged(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    keep = truth["expected_status"] != "quarantine"
    ok = truth.loc[keep].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[keep].reset_index(drop=True)
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col
        assert ok.loc[blank, col].isna().all(), col
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    lost = tags.str.contains("blank_exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    assert ok.loc[~smuggling & ~lost, "exploitation"].equals(
        ev.loc[~smuggling & ~lost, "exploitation"]
    )


def test_cross_source_duplicates_follow_the_desks(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    dups = truth.loc[truth["expected_reason"] == "cross_source"]
    ev = events.loc[dups["event_id"]]
    pairs = zip(ev["corridor"], ev["detection_country"], dups["source"], strict=True)
    for corridor, country, source in pairs:
        assert BLIND312.secondary[(corridor, country)] == source
    by_file = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(by_file) == {IBE, SSI}


def test_partial_dates_by_desk(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    prec = ok.groupby("source")["date_precision"].agg(set)
    assert prec[RUK] == {"day", "month"}
    assert prec[EDF] == {"day", "quarter"}
    assert prec[IBE] == {"day", "month"}
    assert prec[ACC] == {"day", "month"}
    assert prec[SSI] == {"day", "month", "quarter"}


# --------------------------------------------------------------------------------------
# The desks' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_renewableuk_spreadsheet(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[RUK])
    rows = list(book.active.iter_rows(values_only=True))
    head = rows[0]
    assert head[:4] == ("Incident ref", "Date of incident", "Site / project", "Country (site)")
    assert "Location (lat, long)" in head
    assert "No. of people involved" in head
    col = {h: i for i, h in enumerate(head)}
    body = [r for r in rows[1:] if r[0] and str(r[0]).startswith("RUK-MS-")]
    dates = [r[col["Date of incident"]] for r in body]
    real = [d for d in dates if isinstance(d, datetime)]
    typed = [d for d in dates if isinstance(d, str)]
    assert len(real) > len(typed) > 0
    month_names = (
        "January|February|March|April|May|June|July|August|September|October|November|December"
    )
    assert all(re.fullmatch(rf"(\d{{1,2}} )?({month_names}) 20\d\d", d) for d in typed), typed
    sites = {r[col["Country (site)"]] for r in body}
    assert {"England", "Scotland", "UK", "France"} <= sites
    nationalities = {r[col["Nationality"]] for r in body}
    assert {"Vietnamese", "Afghan"} <= nationalities
    counts = [r[col["No. of people involved"]] for r in body]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    places = [r[col["Location (lat, long)"]] for r in body if r[col["Location (lat, long)"]]]
    assert sum(bool(re.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}", p)) for p in places) > 0.9 * len(
        places
    )
    routes = " ".join(str(r[col["Route travelled"]]) for r in body)
    assert " > " in routes
    words = {r[col["Category"]] for r in body}
    assert "Organised immigration crime" in words
    assert "Modern slavery" in words


def test_edf_register_is_french_cp1252(paths: dict[str, Path]) -> None:
    raw = paths[EDF].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    head = text.split("\r\n", 1)[0]
    assert head.startswith("N° alerte;Date des faits;")
    assert "Nb mis en cause" in head
    assert "Forme d'exploitation" in head
    dates = _column(paths, EDF, "Date des faits").dropna()
    dates = dates[dates.str.match(r"^\d|T")]
    assert dates.str.fullmatch(r"\d\d/\d\d/(\d{4}|\d\d)|T[1-4] \d{4}").all()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()
    lat = _column(paths, EDF, "Latitude").dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{5}|NC|inconnu|non renseigné").all()
    dest = set(_column(paths, EDF, "Destination déclarée").dropna())
    assert {"Angleterre", "ANGLETERRE", "Royaume-Uni"} & dest
    assert "aide à l'entrée irrégulière" in set(_column(paths, EDF, "Qualification"))


def test_iberdrola_export_has_bom_serials_and_mojibake(paths: dict[str, Path]) -> None:
    raw = paths[IBE].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    head = text.split("\n", 1)[0]
    assert head.startswith("Nº expediente,Fecha del hecho,País,")
    assert "Ã" in text  # a batch of double-decoded rows
    dates = _column(paths, IBE, "Fecha del hecho").dropna()
    dates = dates[dates.str.match(r"^\d|^[a-z]")]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}|\d{5}|\d\d/\d{4}|[a-z]+ \d{4}").all()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials of 2021-2023
    assert dates.str.fullmatch(r"\d\d/\d{4}").any()
    refs = _column(paths, IBE, "Nº expediente").fillna("")
    big = _column(paths, IBE, "Nº personas afectadas")[refs.str.startswith("CE-")].dropna()
    assert big.str.fullmatch(r"\d{1,3}(\.\d{3})?|s/d|desconocido|varios|numerosos|-\d+").all()
    kinds = set(_column(paths, IBE, "Tipología").str.strip().str.lower())
    assert "art. 318 bis" in kinds


def test_acciona_export_is_utf16_tab_separated(paths: dict[str, Path]) -> None:
    raw = paths[ACC].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = raw.decode("utf-16")
    head = text.split("\n", 1)[0]
    assert head.split("\t")[:3] == ["Folio", "Fecha del evento", "País del evento"]
    assert "Probables responsables" in head
    places = _column(paths, ACC, "País del evento").dropna()
    assert {"EUA", "PANAMÁ"} & set(places)
    assert "Panamá" in set(places)
    coords = _column(paths, ACC, "Coordenadas (GMS)").dropna()
    dms = coords[coords.str.contains("°")]
    assert dms.str.fullmatch(r"\d+°\d\d'\d\d\.\d\" [NS], \d+°\d\d'\d\d\.\d\" [EO]").all()
    assert dms.str.endswith('" O').all()  # every site lies west of Greenwich
    dates = _column(paths, ACC, "Fecha del evento").dropna()
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    assert dates.str.fullmatch(r"[a-z]{3}-\d{4}").any()
    nationalities = set(_column(paths, ACC, "Nacionalidad").dropna())
    assert "venezolana" in nationalities
    ages = set(_column(paths, ACC, "Grupo de edad").dropna().str.strip())
    assert "NNA" in ages or "adultos y NNA" in ages


def test_ssi_feed_is_json_lines_with_codes(paths: dict[str, Path]) -> None:
    lines = paths[SSI].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["case_id", "incident_date", "country_code"]
    cases = [r for r in rows if str(r["case_id"]).startswith("SSI-")]
    codes = {r["country_code"] for r in cases if r["country_code"]}
    assert codes <= {"IT", "GR", "HR", "PL", "GB", "ES"}
    nat = {r["nationality_iso3"] for r in cases if r["nationality_iso3"] not in (None, "unknown")}
    assert all(re.fullmatch(r"[A-Z]{3}", n) for n in nat)
    dates = [r["incident_date"] for r in cases if r["incident_date"]]
    forms = r"\d{4}-\d\d-\d\d|\d{4}/\d\d/\d\d|\d{4}-\d\d|Q[1-4] \d{4}"
    assert all(re.fullmatch(forms, d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", d) for d in dates)
    assert any(isinstance(r["persons"], int) for r in cases)
    assert any(isinstance(r["lat"], float) for r in cases)
    routes = {r["transit"] for r in cases if r["transit"] and "-" in r["transit"]}
    assert all(re.fullmatch(r"[A-Z]{3}(-[A-Z]{3})+", t) for t in routes)


def test_messiness_tags_cover_the_habits(truth: pd.DataFrame) -> None:
    tags = ";".join(tags_of(truth).dropna())
    for tag in (
        "demonym:nationality",
        "region:detection_country",
        "alias:destination_country",
        "typo:",
        "mojibake:",
        "excel_serial",
        "two_digit_year",
        "decimal_comma",
        "dms",
        "partial_date",
        "zero_word",
        "suspects_placeholder",
        "count_placeholder",
        "na_word",
        "blank_gender",
        "coords_missing",
    ):
        assert tag in tags, tag
