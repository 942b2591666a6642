"""The ``blind181`` examiner set (files ``*_ga.*``): what the files and their truth promise.

Five agencies new to trendlib: the Italian criminal analysis service (English XLSX), the
Croatian customs (English, UTF-16 tab-delimited), the Greek anti-crime policy secretariat
(French, UTF-8 with BOM), the ANSA Latina wire (Spanish JSON lines) and the Italian foreign
ministry's digest of its embassies' telegrams (French, cp1252, ``;``). These tests check
the bytes and the truth; none of them cleans or scores.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
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

from trendlib.samples import make_truth
from trendlib.samples._blind181 import SOURCES, make_blind181

VARIANT = "blind181"
SEED = 181
N_EVENTS = 1500
SMALL_SEED = 1811
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
#: Degrees-minutes(-seconds) cells are read to 1e-5 degree; the rest are exact.
TOLERANCE = 1e-4
FIELDS = ("crime_type", "origin_country", "destination_country", "transit_countries",
          "linked_offences")  # fmt: skip


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


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    return pd.read_csv(path, encoding=encoding, sep=sep, dtype=str, keep_default_na=False)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_ga", n_events=N_EVENTS)


def test_files_and_truth_small(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_ga", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_read_loses_no_row_small(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, NAMES, _truth(small))


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_expected_values_small(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize("seed", [0, 3, 7, 11])
def test_every_source_writes_rows_at_300_events(seed: int) -> None:
    subs = make_blind181(make_truth(seed=seed, n_events=300), seed=seed)
    for sub in subs:
        assert sub.expected["expected_status"].eq("record").sum() >= 5, sub.filename


# --------------------------------------------------------------------------------------
# What the truth expects where a cell says less than the event
# --------------------------------------------------------------------------------------
def test_exploitation_unknown_only_where_the_cell_says_so(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    true = events.loc[ok["event_id"], "exploitation"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    assert unknown.sum() > 0
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    assert ok.loc[~unknown, "exploitation"].equals(true[~unknown])
    # pure smuggling never expects a form of exploitation
    smuggling = ok["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()


def test_partial_dates_only_where_written(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    prec = truth["date_precision"]
    partial = prec.isin(["month", "quarter"])
    assert (tags[partial].str.contains("partial_date")).all()
    assert not (tags[~partial & prec.notna()].str.contains("partial_date")).any()
    # quarters come only from the Greek quarterly returns; customs log the day
    assert set(truth.loc[prec == "quarter", "source"]) == {"gsacp_gr"}
    assert set(_rows(truth, "carinska_uprava_hr")["date_precision"].dropna()) == {"day"}


def test_every_bad_kind_is_planted(truth: pd.DataFrame) -> None:
    bad = truth.loc[tags_of(truth).str.contains("bad_row"), "expected_reason"]
    assert set(bad) == {"no_date", "bad_date", "future_date", "negative_count", "bad_count"}


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_sac_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    sheet = load_workbook(paths["sac_dcpc_it"], read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    head = rows[0]
    rows = [tuple(r) + (None,) * (len(head) - len(r)) for r in rows]  # trailing blanks
    assert head[:3] == ("Prot. no.", "Date of fact", "Offence")
    col = {h: i for i, h in enumerate(head)}
    dates = [r[col["Date of fact"]] for r in rows[1:]]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert typed
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}|\d\d/\d{4}", d) for d in typed)
    counts = [r[col["No. persons involved"]] for r in rows[1:]]
    assert sum(isinstance(c, int) for c in counts) > 0.9 * len(counts)
    offences = {str(r[col["Offence"]]) for r in rows[1:]}
    assert any("Art. 12 TUI" in o for o in offences)
    assert any("Art. 601 c.p." in o for o in offences)
    lats = [str(r[col["Lat."]]) for r in rows[1:] if isinstance(r[col["Lat."]], str)]
    assert any("°" in v and "'N" in v for v in lats)  # sea positions in degrees, minutes
    assert any(re.fullmatch(r"\d+,\d{5}", v) for v in lats)  # typed with a decimal comma
    words = {str(r[col["Means of transport"]]).strip().lower() for r in rows[1:]}
    assert "barchino" in words
    ages = {str(r[col["Adults/Minors"]]) for r in rows[1:]}
    assert "MSNA" in ages
    assert _rows(truth, "sac_dcpc_it")["expected_reason"].eq("exact_repeat").sum() >= 3


def test_croatian_customs_unicode_text(paths: dict[str, Path]) -> None:
    raw = paths["carinska_uprava_hr"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with BOM, as Excel writes it
    text = raw.decode("utf-16")
    head = text.splitlines()[0]
    assert head.startswith("Case No.\tDate of detection\tOffence type")
    frame = pd.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    dates = frame["Date of detection"].loc[frame["Date of detection"] != ""]
    croatian = dates.str.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}\.?")
    assert croatian.mean() > 0.95
    assert dates.str.endswith(".").mean() > 0.8  # the Croatian trailing dot
    assert frame["Nationality (ISO)"].str.fullmatch(r"[A-Z]{2}").mean() > 0.5
    assert frame["Route (ISO)"].str.contains(r"^[A-Z]{2}(?:-| > )[A-Z]{2}").any()
    assert frame["GPS"].str.fullmatch(r"N\d+\.\d{5} E\d+\.\d{5}").mean() > 0.7
    assert {"Ž", "M+Ž"} & set(frame["Gender"])
    assert frame["Offence type"].str.contains("krijumčarenje").any()


def test_greek_desk_in_french(paths: dict[str, Path]) -> None:
    raw = paths["gsacp_gr"].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    frame = _csv(paths["gsacp_gr"], "utf-8-sig", ",")
    assert list(frame.columns[:3]) == ["N° de protocole", "Date des faits", "Qualification"]
    dates = frame["Date des faits"]
    assert dates.str.fullmatch(r"T[1-4] 20\d\d").any()
    assert dates.str.fullmatch(r"\d{1,2} [a-zéû]+ 20\d\d").any()
    assert dates.str.fullmatch(r"\d\d/\d\d/20\d\d").mean() > 0.5
    cells = frame[["Nationalité", "Pays d'origine", "Pays de destination"]].stack()
    assert cells.str.contains(r"[\u0370-\u03ff]").any()  # Greek-script names left in
    assert cells.str.fullmatch(r"\d{3}").any()  # ISO numeric codes of the returns
    assert frame["Coordonnées GPS"].str.contains("°").any()
    assert frame["Coordonnées GPS"].str.fullmatch(r"\d+\.\d{5}, \d+\.\d{5}").any()
    assert frame["Qualification"].str.contains("4251/2014").any()


def test_ansa_feed(paths: dict[str, Path]) -> None:
    lines = paths["ansa_latina"].read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert all(set(items[0]) == set(i) for i in items)
    assert {"fecha", "geo", "paises_transito"} <= set(items[0])
    transit = [i["paises_transito"] for i in items if i["paises_transito"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    dates = [i["fecha"] for i in items if isinstance(i["fecha"], str)]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:00", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(" de " in d for d in dates)
    geo = [i["geo"] for i in items if i["geo"]]
    assert all(re.fullmatch(r"-?\d+\.\d{5},-?\d+\.\d{5}", g) for g in geo)
    words = {str(i["pais_destino"]) for i in items}
    assert {"EE.UU.", "EEUU"} & words
    assert any(i["delito"] == "coyotaje" for i in items)
    assert any(isinstance(i["personas"], str) and "." in i["personas"] for i in items)


def test_maeci_digest(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["maeci_dgit"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a cp1252 file
    assert b"\r\n" in raw
    frame = _csv(paths["maeci_dgit"], "cp1252", ";")
    assert frame.columns[0] == "Réf. télégramme"
    dates = frame["Date de l'événement"]
    assert dates.str.fullmatch(r"4[45]\d{3}").any()  # Excel serials
    assert dates.str.fullmatch(r"\d\d/\d\d/\d\d").any()  # two-digit years
    countries = frame[["Nationalité", "Pays d'origine", "Pays (poste)"]].stack()
    assert countries.str.contains("Ã").any()  # UTF-8 read as cp1252 on the way
    assert frame["Latitude"].str.fullmatch(r"-?\d+,\d{5}").mean() > 0.8
    assert frame["Moyen"].str.strip().str.lower().eq("small boat").any()
    assert frame["Personnes"].str.fullmatch(r"\d \d{3}").any()  # thousands with a space
    mojibake = tags_of(truth).str.contains("mojibake")
    assert set(truth.loc[mojibake, "source"]) == {"maeci_dgit"}


def test_day_first_everywhere(paths: dict[str, Path]) -> None:
    """No file mixes day-first and month-first: every slash date reads day first."""
    for name, enc, sep, col in (
        ("gsacp_gr", "utf-8-sig", ",", "Date des faits"),
        ("maeci_dgit", "cp1252", ";", "Date de l'événement"),
    ):
        dates = _csv(paths[name], enc, sep)[col]
        slash = dates.loc[dates.str.fullmatch(r"\d\d/\d\d/\d{2,4}")]
        day = slash.str.slice(0, 2).astype(int)
        month = slash.str.slice(3, 5).astype(int)
        assert (month <= 12).all(), name
        assert (day > 12).any(), name  # so a reader can tell the order


def test_cross_source_reports_cover_every_secondary(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"ansa_latina", "maeci_dgit", "sac_dcpc_it"}
    first = cross["duplicate_of"].str.split(":").str[0]
    assert (first != cross["source_file"]).all()
