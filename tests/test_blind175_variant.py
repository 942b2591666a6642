"""The examiner's sample set ``blind175`` (files ``*_fu.*``): what the set promises.

Five agencies never used before (Aegean Boat Report, France terre d'asile's littoral
service, Centre for Peace Studies Zagreb, Grupa Granica, the Comillas migration
institute's compilation). These tests check the files and their truth; none of them
cleans or scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from _blind_checks import (
    check_files_and_truth,
    check_placeholder_counts,
    check_read_loses_no_row,
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import make_truth
from trendlib.samples._blind175 import SOURCES, make_blind175

VARIANT = "blind175"
SEED = 175
N_EVENTS = 1500
SMALL_SEED = 1751
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
ABR, FTDA, CMS, GG, IUEM = NAMES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    events = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return events.set_index("event_id")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(got, NAMES, suffix="_fu", n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["paths", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_read_loses_no_row(got, NAMES, _truth(got))


def test_reports_of_events(paths: dict[str, Path]) -> None:
    ok, ev = check_reports_of_events(paths, _truth(paths), ("event_id",))
    assert len(ok) == len(ev) > N_EVENTS


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize("n_events", [300, 400, 1500])
def test_every_source_has_event_rows(n_events: int) -> None:
    for seed in (0, 1, SEED):
        subs = make_blind175(make_truth(seed=seed, n_events=n_events), seed=seed)
        for sub in subs:
            assert sub.expected["event_id"].notna().sum() >= 5, (sub.filename, seed)


# --------------------------------------------------------------------------------------
# The values: each event's value, but for what the row's cell leaves out
# --------------------------------------------------------------------------------------
def _explained(tags: pd.Series, col: str, *extra: str) -> pd.Series:
    words = [f"empty:{col}", f"unknown:{col}", f"blank_{col}", *extra]
    return tags.apply(lambda t: any(w in t.split(";") for w in words))


def test_values_follow_the_events(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    keep = truth["expected_status"] != "quarantine"
    ok = truth.loc[keep].reset_index(drop=True)
    tags = tags_of(truth).loc[keep].reset_index(drop=True)
    ev = _events(paths).loc[ok["event_id"]].reset_index()
    src = ok["source"]

    # dates: the day (a second report may be a day off) or the start of the month/quarter
    day, true_day = pd.to_datetime(ok["event_date"]), pd.to_datetime(ev["event_date"])
    prec = ok["date_precision"]
    assert set(prec) == {"day", "month", "quarter"}
    assert ((day - true_day).abs() <= pd.Timedelta(days=1))[prec == "day"].all()
    assert (day == true_day.dt.to_period("M").dt.start_time)[prec == "month"].all()
    assert (day == true_day.dt.to_period("Q").dt.start_time)[prec == "quarter"].all()
    assert tags[prec != "day"].str.contains("partial_date").all()
    dups = ok["expected_status"] == "duplicate"
    assert (prec[dups] == "day").all()  # both reports of a duplicated event give the day

    # counts
    placeholder = tags.str.contains("count_placeholder")
    assert ok.loc[placeholder, "n_persons"].isna().all()
    assert ok.loc[~placeholder, "n_persons"].equals(ev.loc[~placeholder, "n_persons"])
    lost = src.isin([ABR, GG]) | _explained(tags, "n_suspects", "suspects_placeholder")
    assert ok.loc[lost, "n_suspects"].isna().all()
    assert ok.loc[~lost, "n_suspects"].equals(ev.loc[~lost, "n_suspects"])

    # crime type and exploitation: only where the agency keeps them
    no_crime = src.isin([ABR, GG])
    assert (ok.loc[no_crime, "crime_type"] == "unknown").all()
    assert ok.loc[no_crime, "exploitation"].isna().all()
    assert ok.loc[~no_crime, "crime_type"].equals(ev.loc[~no_crime, "crime_type"])
    expl_unknown = _explained(tags, "exploitation")
    assert (ok.loc[expl_unknown, "exploitation"] == "unknown").all()
    same = ~no_crime & ~expl_unknown
    assert ok.loc[same, "exploitation"].equals(ev.loc[same, "exploitation"])

    # vocabulary words lost to a blank or an "unknown" read "unknown"
    for col in ("gender", "age_group", "transport_mode"):
        gone = _explained(tags, col)
        assert (ok.loc[gone, col] == "unknown").all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col

    # countries: a blank, an "unknown" word or a column the agency lacks read nothing
    for col in (
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
        "linked_offences",
    ):
        lacks = src.map(lambda s, c=col: c not in _headers(s))  # the agency does not keep it
        gone = _explained(tags, col) | lacks
        assert ok.loc[gone, col].isna().all(), col
        assert ok.loc[~gone, col].equals(ev.loc[~gone, col]), col

    # places: the written point, within a rounding of the true one
    no_place = tags.str.contains("coords_missing|coords_placeholder|blank_coordinates")
    assert ok.loc[no_place, ["lat", "lon"]].isna().all().all()
    for col in ("lat", "lon"):
        diff = ok.loc[~no_place, col].astype(float) - ev.loc[~no_place, col].astype(float)
        assert (diff.abs() < 1e-4).all(), col


def _headers(source: str) -> dict[str, str]:
    return next(s.headers for s in SOURCES if s.source == source)


def test_duplicates_come_from_the_second_reporters(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {IUEM, FTDA}
    assert (cross.loc[cross["source"] == FTDA, "detection_country"].dropna() == "GBR").all()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {CMS, IUEM}
    blanked = tags_of(truth).str.contains("blank_")
    assert blanked.sum() > 0
    assert set(truth.loc[blanked, "expected_status"]) == {"duplicate"}


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def _file(paths: dict[str, Path], source: str) -> Path:
    return paths[source]


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    spec = next(s for s in SOURCES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=spec.delimiter,
        encoding=spec.encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
    )


def test_aegean_boat_report_json_lines(paths: dict[str, Path]) -> None:
    raw = _file(paths, ABR).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    assert list(lines[0]) == list(_headers(ABR).values())
    assert lines[-1]["id"] == "TOTAL"
    assert lines[-1]["date"] is None
    dates = [r["date"] for r in lines if r["date"]]
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}( \d\d:\d\d)?", d) for d in dates)
    assert any(" " in d for d in dates)
    people = [r["people"] for r in lines]
    assert any(isinstance(p, int) and p > 0 for p in people)
    assert {"unknown", "?"} & {p for p in people if isinstance(p, str)}
    nats = {r["main_nationality"] for r in lines}
    assert {"Afghan", "Syrian"} <= nats
    routes = {r["route"] for r in lines if r["route"]}
    assert any(" > " in r for r in routes)
    assert "Turkey" in routes or "Türkiye" in routes
    positions = [r["position"] for r in lines if r["position"]]
    assert any(re.fullmatch(r"\d+°\d\d\.\d{3}'N \d+°\d\d\.\d{3}'E", p) for p in positions)
    assert any(re.fullmatch(r"\d+\.\d{4}, \d+\.\d{4}", p) for p in positions)
    assert "°" in text  # written as UTF-8, not escaped


def test_france_terre_d_asile_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(_file(paths, FTDA)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    head = rows[0]
    assert head[:3] == ("N° fiche", "Date des faits", "Nature des faits")
    assert "Passeurs interpellés" in head
    assert "Pays traversés" in head
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Date des faits"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > len(dates) / 2  # real Excel dates
    assert any(isinstance(d, int) and 44000 < d < 46000 for d in dates)  # Excel serials
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any(
        re.fullmatch(
            r"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
            r"octobre|novembre|décembre) \d{4}",
            d,
        )
        for d in texts
    )
    counts = [r[col["Nb personnes"]] for r in rows[1:]]
    assert any(isinstance(c, int) for c in counts)
    assert "NC" in counts
    assert any(isinstance(c, str) and c.startswith("env. ") for c in counts)
    assert "aucun" in [r[col["Passeurs interpellés"]] for r in rows[1:]]
    nats = {r[col["Nationalité"]] for r in rows[1:]}
    assert {"afghane", "iranienne"} & nats
    dest = {r[col["Pays de destination"]] for r in rows[1:]}
    assert {"Angleterre", "Royaume-Uni"} <= dest
    lats = [r[col["Latitude"]] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lats)
    assert any(isinstance(v, str) and re.fullmatch(r"5\d,\d{5}", v) for v in lats)
    assert rows[-1][0] == "Total général"


def test_centre_for_peace_studies_csv(paths: dict[str, Path]) -> None:
    raw = _file(paths, CMS).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    first = raw.decode("utf-8-sig").splitlines()[0]
    assert first.split(",")[:3] == ["Case no.", "Date of incident", "Case type"]
    frame = _csv(paths, CMS)
    dates = frame["Date of incident"].dropna()
    body = dates[frame["Case no."].str.startswith("CMS-")]
    croatian = body.str.fullmatch(r"\d{1,2}\. ?\d{1,2}\. ?\d{4}\.")
    assert croatian.mean() > 0.7
    assert body.str.fullmatch(r"\d{1,2}\. \d{1,2}\. \d{4}\.").any()
    assert body.str.fullmatch(r"[A-Z][a-z]+ \d{4}").any()
    assert "Hrvatska" in set(frame["Country"])
    routes = frame["Route"].dropna()
    assert routes.str.contains("-BiH").any()
    assert routes.str.fullmatch(r"[A-Z]{2}(-[A-Z]{2})+").any()
    assert {"AF", "SY", "PK"} & set(frame["Nationality"])
    assert frame["GPS"].dropna().str.fullmatch(r"4\d\.\d{5}, 1\d\.\d{5}").all()
    assert "none" in set(frame["Suspected smugglers"]) or "no" in set(frame["Suspected smugglers"])


def test_grupa_granica_unicode_text(paths: dict[str, Path]) -> None:
    raw = _file(paths, GG).read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM, tabs
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["Case ID", "Date of contact", "Group size"]
    frame = _csv(paths, GG)
    body = frame.loc[frame["Case ID"].str.startswith("GG/", na=False)]
    dates = body["Date of contact"].dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d").any()
    assert body["Route"].dropna().str.contains(" → ").any()
    pins = body["Location (pin)"].dropna()
    assert pins.str.startswith("https://maps.google.com/?q=5").any()
    assert pins.str.fullmatch(r"5\d\.\d{5}, 2\d\.\d{5}").any()
    assert body["Group size"].str.startswith("approx. ").any()


def test_comillas_compilation_csv(paths: dict[str, Path]) -> None:
    raw = _file(paths, IUEM).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252, as Excel in Spain saves a CSV
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Código;Fecha del suceso;Tipología;")
    frame = _csv(paths, IUEM)
    body = frame.loc[frame["Código"].str.startswith("OBS", na=False)]
    dates = body["Fecha del suceso"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}").any()
    assert dates.str.fullmatch(r"[a-z]+ de \d{4}").any()
    assert dates.str.fullmatch(r"\d{4}T[1-4]").any()
    lat = body["Latitud"].dropna()
    assert lat.str.fullmatch(r"-?\d+,\d{4}|s/d").all()
    assert "EE. UU." in set(body["País del suceso"]) | set(body["País de destino"])
    assert body["Nº de personas"].str.fullmatch(r"\d\.\d{3}").any()  # 1.250 persons
    assert {"s/d", "sin datos"} & set(body["Nº de personas"])
    assert {"marroquí", "venezolana"} & set(body["Nacionalidad"])
    assert "Ã" in text  # names pasted from UTF-8 web pages
    assert "no aplica" in set(body["Fin de explotación"])
