"""The examiner set ``blind197`` (files ``*_gq.*``): what its files and truth promise.

Albanian networks to the United Kingdom as five offices see them: the Sous-préfecture de
Dunkerque (XLSX, French), the Spanish SES Gabinete de Coordinación (CSV cp1252, ``;``),
a London risk-intelligence feed (JSON lines), Albania's SPAK/BKH (CSV UTF-8 with BOM,
English with Albanian) and the PJF Bruxelles (CSV UTF-16, tab, Belgian French). These
tests check the bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
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
from trendlib.samples._blind197 import SOURCES

VARIANT = "blind197"
SEED = 197
N_EVENTS = 1500
SMALL_SEED = 1971
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
FR, ES, FEED, AL, BE = NAMES
#: Fields every source writes as the event has them.
FIELDS = ("crime_type", "exploitation", "destination_country", "linked_offences")


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return _truth(paths)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _text(path: Path, encoding: str) -> list[str]:
    return path.read_bytes().decode(encoding).splitlines()


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_gq", n_events=SMALL_EVENTS)
    truth = _truth(small)
    for name in NAMES:  # every source has rows that are not garbage
        assert _rows(truth, name)["event_id"].notna().any(), name


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=0.01)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=0.01)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_columns_a_source_lacks_expect_nothing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    events = events.set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    fr = ok["source"].eq(FR)
    for col in ("origin_country", "transit_countries"):  # no such column at Dunkerque
        assert ok.loc[fr, col].isna().all(), col
        assert ok.loc[~fr, col].equals(ev.loc[~fr, col]), col
    assert ok.loc[ok["source"].eq(AL), ["lat", "lon"]].isna().all().all()  # no place at SPAK


# --------------------------------------------------------------------------------------
# Who reports what
# --------------------------------------------------------------------------------------
def test_routing(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    country = events.loc[first["event_id"], "detection_country"].to_numpy()
    assert set(country[first["source"].eq(FR).to_numpy()]) == {"FRA"}
    assert set(country[first["source"].eq(ES).to_numpy()]) == {"ESP"}
    assert not {"FRA", "ESP"} & set(country[first["source"].eq(FEED).to_numpy()])
    for name in (AL, BE):  # the two desks only report again what others reported first
        rows = _rows(truth, name)
        assert set(rows.loc[rows["event_id"].notna(), "expected_reason"]) == {"cross_source"}
    again = truth.loc[truth["expected_reason"].eq("cross_source")]
    corridor = events.loc[again["event_id"], "corridor"].to_numpy()
    found = events.loc[again["event_id"], "detection_country"].to_numpy()
    assert set(corridor[again["source"].eq(AL).to_numpy()]) == {"channel"}
    assert set(found[again["source"].eq(AL).to_numpy()]) == {"FRA"}
    assert set(corridor[again["source"].eq(BE).to_numpy()]) <= {"channel", "thb_vnm_gbr"}
    assert set(found[again["source"].eq(BE).to_numpy()]) == {"GBR"}


def test_bad_rows_of_every_kind(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    totals = garbage.loc[garbage["expected_reason"].eq("no_date"), "source_ref"]
    assert set(totals) == {"TOTAL GÉNÉRAL", "TOTAL", "TOTAL / GJITHSEJ", "Total général"}
    notes = garbage.loc[garbage["expected_reason"].eq("no_content"), "source_file"]
    assert len(notes) == 4
    assert not notes.str.endswith(".jsonl").any()


# --------------------------------------------------------------------------------------
# The bytes show each office's habits
# --------------------------------------------------------------------------------------
def test_dunkerque_excel_table(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[FR], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = rows[0]
    assert head[:4] == ("N° fiche", "Date des faits", "Commune / lieu", "Qualification")
    assert "Pays d'origine" not in head
    assert "Coordonnées GPS" in head
    body = [dict(zip(head, (*r, *[None] * len(head)), strict=False)) for r in rows[1:]]
    dates = [r["Date des faits"] for r in body]
    assert sum(hasattr(d, "year") for d in dates) > 0.7 * len(dates)  # real Excel dates
    places = {str(r["Commune / lieu"]) for r in body if r["Commune / lieu"]}
    assert any(p.startswith(("Calais (62)", "Gravelines (59)")) for p in places)
    assert {"Angleterre", "Royaume-Uni"} <= {r["Destination"] for r in body}
    nats = {str(r["Nationalité déclarée"]).strip().lower() for r in body}
    assert {"afghane", "irakienne"} <= nats
    gps = [str(r["Coordonnées GPS"]) for r in body if r["Coordonnées GPS"]]
    assert all(" ; " in g and "," in g and "." not in g for g in gps)
    words = {str(r["Passeurs interpellés"]) for r in body}
    assert "néant" in words
    rows = _rows(truth, FR)
    tags = tags_of(rows).loc[rows["event_id"].notna()]
    assert tags.str.contains("place_name:detection_country").all()
    assert tags.str.contains("partial_date").any() or tags.str.contains("date_as_text").any()


def test_ses_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[ES].read_bytes()
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = raw.decode("cp1252").splitlines()
    assert lines[0].split(";")[:3] == ["Nº registro", "Fecha hecho", "Provincia"]
    frame = pd.read_csv(io.BytesIO(raw), sep=";", encoding="cp1252", dtype=str)
    dates = frame["Fecha hecho"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.7
    assert dates.str.fullmatch(r"\d{5}").any()  # pasted Excel serials
    assert frame["Tipología penal"].str.contains("318 bis", na=False).any()
    assert {"marroquí", "senegalesa"} <= set(frame["Nacionalidad"])
    assert frame["Posición"].str.contains("º", na=False).any()  # degrees, decimal minutes
    assert frame["Provincia"].isin(["Ceuta", "Melilla", "Las Palmas"]).any()
    assert "Ã" in raw.decode("cp1252")  # UTF-8 text pasted into the cp1252 export
    tags = tags_of(_rows(truth, ES))
    assert tags.str.contains("mojibake:").any()
    assert tags.str.contains("excel_serial").any()
    assert truth.loc[truth["source"].eq(ES), "expected_reason"].eq("exact_repeat").sum() >= 3


def test_feed_json_lines(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = _text(paths[FEED], "utf-8")
    records = [json.loads(line) for line in lines]
    assert set(records[0]) >= {"ref", "occurred", "country_code", "persons", "route"}
    codes = {r["country_code"] for r in records if r.get("country_code")}
    assert codes <= {"GB", "IT", "GR", "HR", "PL", "PA", "US"}
    occurred = pd.Series([r["occurred"] for r in records if r.get("occurred")])
    assert occurred.str.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z").any()
    assert occurred.str.fullmatch(r"\d{4}-Q\d").any() or occurred.str.fullmatch(r"\d{4}-\d\d").any()
    assert any(" > " in (r.get("route") or "") for r in records)
    assert any(r.get("category") == "Modern slavery" for r in records)
    assert any(r.get("persons") is None and r.get("ref", "").startswith("SIB") for r in records)
    rows = _rows(truth, FEED)
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_spak_bilingual_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[AL].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:3]) == [
        "Ref. No (Nr. Ref.)",
        "Date (Data)",
        "Offence (Vepra penale)",
    ]
    dates = frame["Date (Data)"].dropna()
    assert dates.str.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}").mean() > 0.7
    assert "Coordinates" not in " ".join(frame.columns)
    assert frame["Offence (Vepra penale)"].str.contains("Art. 298", na=False).any()
    assert "Country of detection" in frame.columns


def test_pjf_utf16_tabs(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths[BE].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text"
    lines = raw.decode("utf-16").splitlines()
    assert lines[0].split("\t")[:3] == ["N° PV", "Date des faits", "Prévention"]
    frame = pd.read_csv(io.BytesIO(raw), sep="\t", encoding="utf-16", dtype=str)
    refs = frame["N° PV"].dropna()
    assert refs.str.match(r"BR\.21\.L7\.\d{6}/\d\d").any()
    coords = frame["Coord. WGS84"].dropna()
    assert coords.str.fullmatch(r"N \d+\.\d{5} [EW] \d+\.\d{5}").all()
    rows = _rows(truth, BE)
    smuggling = rows.loc[rows["expected_status"].eq("duplicate")]
    crime = frame.loc[frame["N° PV"].isin(smuggling["source_ref"]), "Prévention"]
    trafic = crime.str.lower().str.startswith("trafic", na=False)
    refs_trafic = frame.loc[frame["N° PV"].isin(smuggling["source_ref"]), "N° PV"][trafic]
    expected = smuggling.set_index("source_ref").loc[refs_trafic, "crime_type"]
    assert (expected == "smuggling").all()  # Belgian « trafic » is smuggling
