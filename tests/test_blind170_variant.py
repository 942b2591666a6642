"""The examiner's ``blind170`` sample set (files ``*_fp.*``): what the files and truth promise.

Five desks of the Croatian–Slovenian border zone and the liaison officers posted there.
These tests read the bytes and the truth only; none of them cleans or scores.
"""

from __future__ import annotations

import codecs
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
from trendlib.samples._blind170 import SOURCES, make_blind170

VARIANT = "blind170"
SEED = 170
N_EVENTS = 1500
SMALL_SEED = 1701
SMALL_EVENTS = 400
SUFFIX = "_fp"
NAMES = [s.source for s in SOURCES]
#: Fields every non-quarantined row gives exactly as the event has them.
EXACT = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
#: Coordinates are written to 4 or 5 decimals, or to a tenth of an arc second.
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = next(s for s in SOURCES if s.source == source)
    return pd.read_csv(
        paths[source], sep=src.delimiter, encoding=src.encoding, dtype=str, keep_default_na=False
    )


# --------------------------------------------------------------------------------------
# Shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix=SUFFIX, n_events=N_EVENTS)
    check_files_and_truth(small, NAMES, suffix=SUFFIX, n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], small: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT, tolerance=TOLERANCE)
    check_expected_values(small, _truth(small), EXACT, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_desk_reports_events(n_events: int) -> None:
    subs = make_blind170(make_truth(seed=n_events, n_events=n_events), seed=n_events)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.filename


def test_bad_rows_of_every_desk(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["messiness"].fillna("").str.contains("bad_row")]
    assert set(bad["expected_reason"]) == {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }
    garbage = truth.loc[truth["messiness"].eq("garbage_row")]
    # a total row in every file; a note row in all but the JSON lines; an empty CSV row
    assert garbage.groupby("source_file")["expected_reason"].apply(set).to_dict() == {
        "nkc_zagreb_fp.csv": {"empty_row", "no_content", "no_date"},
        "ssi_ambafrance_zagreb_fp.xlsx": {"no_content", "no_date"},
        "agregaduria_interior_zagreb_fp.csv": {"empty_row", "no_content", "no_date"},
        "eu_ilo_westbalkans_fp.csv": {"empty_row", "no_content", "no_date"},
        "ncb_ljubljana_fp.jsonl": {"no_date"},
    }


def test_second_reports_come_from_the_liaison_desks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"ssi_ambafrance_zagreb", "ncb_ljubljana"}
    firsts = cross["duplicate_of"].str.split(":").str[0]
    assert set(firsts) <= {
        "nkc_zagreb_fp.csv",
        "ssi_ambafrance_zagreb_fp.xlsx",
        "agregaduria_interior_zagreb_fp.csv",
        "eu_ilo_westbalkans_fp.csv",
    }
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {"nkc_zagreb", "ncb_ljubljana"}


def test_partial_dates_only_where_a_desk_writes_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kept = truth.loc[truth["expected_status"] != "quarantine"]
    prec = kept.groupby("source")["date_precision"].apply(set).to_dict()
    assert prec["nkc_zagreb"] == {"day"}
    assert prec["ncb_ljubljana"] == {"day", "month"}
    for source in ("ssi_ambafrance_zagreb", "agregaduria_interior_zagreb", "eu_ilo_westbalkans"):
        assert prec[source] == {"day", "month", "quarter"}, source


# --------------------------------------------------------------------------------------
# The desks' quirks, read from the bytes
# --------------------------------------------------------------------------------------
def test_croatian_ncc_unicode_text_export(paths: dict[str, Path]) -> None:
    raw = paths["nkc_zagreb"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.split("\n", 1)[0]
    assert header.count("\t") == 16
    assert "Datum / Date" in header
    assert "Državljanstvo / Citizenship" in header
    frame = _csv(paths, "nkc_zagreb")
    dates = frame["Datum / Date"]
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}\.").mean() > 0.6  # 17.05.2023.
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}\. \d\d:\d\d").any()  # with the time
    assert frame["Geo. širina / Latitude N"].str.fullmatch(r"4\d,\d{5}|").all()
    transit = frame["Tranzitne zemlje / Transit countries"]
    assert transit.str.contains("Turkey - Bulgaria - Serbia - BiH", regex=False).any()
    assert transit.str.contains("N. Macedonia", regex=False).any()
    assert frame["Državljanstvo / Citizenship"].isin(["Afghan", "Pakistani", "Syrian"]).any()
    assert (frame["Država / State"] == "HR").any()
    assert frame["Broj migranata / No. of migrants"].eq("nepoznato / unknown").any()
    assert frame["Broj krijumčara / No. of smugglers"].eq("none").any()


def test_french_ssi_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["ssi_ambafrance_zagreb"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["Réf. fiche", "Date des faits", "Qualification pénale"]
    col = {h: i for i, h in enumerate(header)}
    body = rows[1:]
    dates = [r[col["Date des faits"]] for r in body]
    assert sum(isinstance(d, datetime) for d in dates) > 0.8 * len(dates)
    texts = {d for d in dates if isinstance(d, str)}
    assert any(re.fullmatch(r"T[1-4] 20\d\d", d) for d in texts)
    assert any(re.fullmatch(r"[a-zéû]+ 20\d\d", d) for d in texts)  # mai 2023
    nat = {r[col["Nationalité"]] for r in body}
    assert {"afghane", "irakienne"} & nat
    gps = [r[col["Coordonnées GPS"]] for r in body if r[col["Coordonnées GPS"]]]
    assert all(re.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"E", g) for g in gps)
    route = {r[col["Itinéraire (transit)"]] for r in body}
    assert any(r and " > " in r for r in route)
    counts = {r[col["Nb migrants / victimes"]] for r in body}
    assert any(isinstance(c, int) for c in counts)
    assert {"NC", "inconnu"} & counts


def test_spanish_attache_cp1252_csv(paths: dict[str, Path]) -> None:
    raw = paths["agregaduria_interior_zagreb"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.decode("cp1252").startswith("Nº Registro;Fecha de los hechos;")
    assert b"\r\n" in raw
    frame = _csv(paths, "agregaduria_interior_zagreb")
    dates = frame["Fecha de los hechos"]
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.8
    assert dates.str.contains("º trimestre", regex=False).any()
    assert dates.str.fullmatch(
        r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre) \d{4}"
    ).any()
    assert frame["Nº personas"].str.fullmatch(r"\d\.\d{3}").any()  # 1.250
    assert frame["Latitud"].str.fullmatch(r"\d\d,\d{4}|").all()
    assert frame["Longitud"].str.fullmatch(r"-?\d{1,2},\d{4}|").all()
    countries = pd.concat([frame["País de detección"], frame["País de origen"]])
    assert countries.str.contains("Ã", regex=False).any()  # UTF-8 pasted into cp1252
    assert countries.eq("MARRUECOS").any()
    assert frame["Países de tránsito"].eq("directo").any()
    assert frame["Nº detenidos"].eq("ninguno").any()


def test_ilo_network_report(paths: dict[str, Path]) -> None:
    raw = paths["eu_ilo_westbalkans"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    frame = _csv(paths, "eu_ilo_westbalkans")
    dates = frame["Date"]
    assert dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d").mean() > 0.7
    assert dates.str.fullmatch(r"Q[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"[A-Z][a-z]+ 20\d\d").any()
    assert frame["Persons"].str.fullmatch(r"\d+ pax").any()
    assert frame["Nationality"].str.fullmatch(r"[A-Z]{3}").any()
    assert frame["Route (transit)"].str.fullmatch(r"[A-Z]{3}( → [A-Z]{3})*|").all()
    assert frame["Facilitators"].eq("nil").any()


def test_ncb_compilation_jsonl(paths: dict[str, Path]) -> None:
    lines = paths["ncb_ljubljana"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"case_no", "date_of_event", "country_of_detection", "gps"}
    dates = [r["date_of_event"] for r in recs]
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    assert any(isinstance(d, str) and re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    det = {r["country_of_detection"] for r in recs if r.get("country_of_detection")}
    assert {"IT", "PL", "GB", "PA", "US"} <= det
    nat = {r["nationality"] for r in recs if r.get("nationality")}
    assert any(re.fullmatch(r"\d{3}", n) for n in nat)  # ISO numeric
    gps = {r["gps"] for r in recs if r.get("gps")}
    assert "0.00000, 0.00000" in gps


def test_tags_describe_planted_habits(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    by_file = {f: ";".join(tags[truth["source_file"] == f]) for f in set(truth["source_file"])}
    assert "demonym:nationality" in by_file["nkc_zagreb_fp.csv"]
    assert "demonym:nationality" in by_file["ssi_ambafrance_zagreb_fp.xlsx"]
    assert "mojibake" in by_file["agregaduria_interior_zagreb_fp.csv"]
    assert "thousands:n_persons" in by_file["agregaduria_interior_zagreb_fp.csv"]
    assert "count_word" in by_file["eu_ilo_westbalkans_fp.csv"]
    assert "excel_serial" in by_file["ncb_ljubljana_fp.jsonl"]
    # a count written "45 pax" still expects the number
    pax = truth.loc[tags.str.contains("count_word") & truth["expected_status"].ne("quarantine")]
    assert pax["n_persons"].notna().all()
