"""The examiner's ``blind119`` sample set (files ``*_dq.*``): what the set promises.

Five agencies of the Gulf of Mexico and Caribbean side of the picture (and the partners they
compile): the FBI's border field offices (XLSX, English), UNICEF Panama's Darién monitoring
(KoboToolbox JSON lines, Spanish), the Dominican National Police attaché in Madrid (cp1252
CSV, Spanish), SOS Méditerranée's rescue log (UTF-8 BOM CSV, French) and the Miami Herald's
Americas desk (UTF-8 CSV, English). These tests check the files and the truth; none of them
cleans or scores.
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
from trendlib.samples._blind119 import SOURCES
from trendlib.schema import VOCABULARIES

VARIANT = "blind119"
SEED = 119
N_EVENTS = 1500
SMALL_SEED = 1191
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
_RANK = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FBI, UNICEF, PNRD, SOSMED, HERALD = NAMES


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


def _csv(paths: dict[str, Path], source: str) -> pd.DataFrame:
    src = next(s for s in SOURCES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
    )


def _rows_of(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    rows = truth.loc[truth["source"] == source].copy()
    rows["source_row"] = rows["source_row"].astype(int)
    return rows.set_index("source_row")


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_dq", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_dq", n_events=SMALL_EVENTS)
    check_expected_values(small, _truth(small), (), tolerance=0.01)
    check_placeholder_counts(_truth(small))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), (), tolerance=0.01)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


# --------------------------------------------------------------------------------------
# The truth expects what each row gives, and nothing else
# --------------------------------------------------------------------------------------
_KEPT = {  # the record fields each agency keeps a column for
    FBI: {
        "crime_type",
        "exploitation",
        "n_persons",
        "n_suspects",
        "gender",
        "age_group",
        "nationality",
        "detection_country",
        "transit_countries",
        "transport_mode",
        "lat",
        "lon",
        "linked_offences",
    },
    UNICEF: {
        "crime_type",
        "exploitation",
        "n_persons",
        "n_suspects",
        "gender",
        "age_group",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
        "transport_mode",
        "lat",
        "lon",
        "linked_offences",
    },
    PNRD: {
        "crime_type",
        "exploitation",
        "n_persons",
        "n_suspects",
        "gender",
        "age_group",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transit_countries",
        "transport_mode",
        "lat",
        "lon",
        "linked_offences",
    },
    SOSMED: {
        "n_persons",
        "gender",
        "age_group",
        "nationality",
        "detection_country",
        "transit_countries",
        "transport_mode",
        "lat",
        "lon",
    },
    HERALD: {
        "crime_type",
        "exploitation",
        "n_persons",
        "n_suspects",
        "gender",
        "age_group",
        "nationality",
        "destination_country",
        "detection_country",
        "transport_mode",
    },
}
_WHY_MISSING = {  # the tags that explain a value the row does not give
    "exploitation": ("unknown:exploitation",),
    "n_persons": ("count_placeholder",),
    "n_suspects": ("blank_n_suspects", "suspects_placeholder"),
    "gender": ("blank_gender",),
    "age_group": ("na_word:age_group",),
    "transport_mode": ("na_word:transport_mode",),
    "nationality": ("blank_nationality",),
    "origin_country": ("empty:origin_country", "unknown:origin_country"),
    "destination_country": ("empty:destination_country", "unknown:destination_country"),
    "detection_country": ("blank_detection_country",),
    "lat": ("coords_missing", "coords_placeholder", "blank_coordinates"),
    "lon": ("coords_missing", "coords_placeholder", "blank_coordinates"),
}
_FIELDS = (
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
)


def test_truth_gives_each_value_or_says_why_not(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    ok = truth["expected_status"] != "quarantine"
    rows, row_tags = truth.loc[ok].reset_index(drop=True), tags.loc[ok].reset_index(drop=True)
    ev = _events(paths).loc[rows["event_id"]].reset_index()
    for col in _FIELDS:
        for source, kept in _KEPT.items():
            mine = (rows["source"] == source).to_numpy()
            got, want = rows.loc[mine, col], ev.loc[mine, col]
            if col not in kept:  # a column the agency does not keep gives nothing
                blank = "unknown" if col in VOCABULARIES and col != "exploitation" else None
                if blank is None:
                    assert got.isna().all(), (source, col)
                else:
                    assert (got == blank).all(), (source, col)
                continue
            if col in ("lat", "lon"):
                same = (got.astype(float) - want.astype(float)).abs() < 0.01
            else:
                same = (got == want) | (got.isna() & want.isna())
            why = row_tags.loc[mine].str.contains("|".join(_WHY_MISSING.get(col, ("(?!)",))))
            differ = ~same.fillna(False)
            assert not (differ & ~why).any(), (source, col)
            assert (got[differ].isna() | (got[differ] == "unknown")).all(), (source, col)


def test_each_source_reports_its_own_events(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ev = _events(paths)
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])].dropna(
        subset=["event_id"]
    )
    det = ev.loc[first["event_id"], "detection_country"].to_numpy()
    assert set(det[(first["source"] == FBI).to_numpy()]) == {"USA"}
    assert set(det[(first["source"] == UNICEF).to_numpy()]) == {"PAN"}
    assert not {"USA", "PAN"} & set(det[(first["source"] == PNRD).to_numpy()])
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    corridors = ev.loc[cross["event_id"], "corridor"].to_numpy()
    assert set(corridors[(cross["source"] == SOSMED).to_numpy()]) == {"cmed"}
    assert set(corridors[(cross["source"] == HERALD).to_numpy()]) <= {"darien", "us_mex"}
    assert set(truth.loc[truth["expected_reason"] == "exact_repeat", "source"]) == {UNICEF, PNRD}


# --------------------------------------------------------------------------------------
# The bytes show each agency's habits
# --------------------------------------------------------------------------------------
def test_fbi_workbook_us_dates_and_statute_words(paths: dict[str, Path]) -> None:
    book = load_workbook(paths[FBI], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = list(rows[0])
    assert head[:4] == ["Case Number", "Incident Date", "Field Office", "City/State"]
    width = len(head)
    body = pd.DataFrame([[*r, *[None] * (width - len(r))] for r in rows[1:]], columns=head)
    dates = body["Incident Date"]
    real = dates.map(lambda v: isinstance(v, datetime))
    assert real.mean() > 0.7  # Excel dates, with some typed as text
    truth = _rows_of(_truth(paths), FBI)
    kept = (truth.loc[body.index + 2, "expected_status"] != "quarantine").to_numpy()
    is_typed = dates.map(lambda v: isinstance(v, str) and bool(re.fullmatch(r"\d+/\d+/\d{4}", v)))
    typed = dates[is_typed.to_numpy(dtype=bool) & kept]
    assert len(typed) > 10
    month_first = pd.to_datetime(typed, format="%m/%d/%Y", errors="coerce")
    assert month_first.notna().all()  # US order throughout: month first
    assert (typed.str.split("/").str[1].astype(int) > 12).any()  # the day shows the order
    expected = truth.loc[typed.index + 2, "event_date"].to_numpy()
    assert (month_first.dt.strftime("%Y-%m-%d").to_numpy() == expected).all()
    assert body["Violation"].str.contains("8 USC 1324", regex=False).any()
    assert body["Trafficking Type"].eq("N/A").any()
    cit = body["Citizenship"].dropna()
    assert cit.isin(["MEXICO", "HONDURAS", "GUATEMALA", "VENEZUELA", "ECUADOR"]).mean() > 0.6
    assert cit.str.endswith("an").any()  # demonyms: Honduran, Mexican ...
    assert body["No. Victims/Aliens"].map(lambda v: isinstance(v, int)).mean() > 0.9
    assert body["No. Victims/Aliens"].eq("Unk").any()
    assert body["Case Number"].str.startswith("UNCLASSIFIED").any()  # the caveat row
    assert body["Case Number"].iloc[-1] == "TOTAL"


def test_unicef_kobo_export(paths: dict[str, Path]) -> None:
    lines = paths[UNICEF].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    keys = set(recs[0])
    assert {"_id", "_submission_time", "grupo/total_personas", "ubicacion/gps"} <= keys
    body = [r for r in recs if r["_id"] != "TOTAL"]
    assert {r["ubicacion/pais"] for r in body} <= {"591", None}
    gps = [r["ubicacion/gps"] for r in body if r["ubicacion/gps"]]
    assert all(len(g.split(" ")) == 4 for g in gps)  # lat lon altitude accuracy
    assert all(-78.5 < float(g.split(" ")[1]) < -77.0 for g in gps)
    assert any(r["grupo/paises_transito"] == "ecuador colombia" for r in body)
    assert {r["grupo/edad"] for r in body} >= {"adultos", "adultos_y_nna"}
    assert {r["caso/tipo_caso"] for r in body} >= {"trafico_migrantes"}
    dates = [str(r["datos_generales/fecha_evento"]) for r in body]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    truth = _rows_of(_truth(paths), UNICEF)
    months = truth.loc[truth["date_precision"] == "month", "event_date"]
    assert months.str.endswith("-01").all()


def test_dominican_attache_csv(paths: dict[str, Path]) -> None:
    raw = paths[PNRD].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # cp1252 accents
    text = raw.decode("cp1252")
    assert b"\r\n" in raw
    assert text.splitlines()[0].startswith("No. Reporte;Fecha del hecho;País de detección")
    frame = _csv(paths, PNRD)
    assert frame.isna().all(axis=1).any()  # the empty row
    assert frame["No. Reporte"].eq("TOTAL GENERAL").any()
    dates = frame["Fecha del hecho"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"T\d \d{4}|\d\w+ trimestre \d{4}").any()
    assert dates.str.fullmatch(r"[a-z]+ \d{4}|\d\d/\d{4}").any()
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert "Ã" in text  # mojibake
    assert frame["Latitud"].dropna().str.contains(",").mean() > 0.9
    assert frame["Países de tránsito"].dropna().str.contains(" - ").any()
    assert frame["Detenidos"].eq("ninguno").any()
    assert frame["Cant. víctimas/migrantes"].isin(["N/D", "s/d"]).any()
    assert "?" not in "".join(frame["Nacionalidad"].dropna())
    truth = _rows_of(_truth(paths), PNRD)
    quarters = truth.loc[truth["date_precision"] == "quarter", "event_date"]
    assert len(quarters) > 0
    assert quarters.str[5:].isin(["01-01", "04-01", "07-01", "10-01"]).all()
    big = frame["Cant. víctimas/migrantes"].dropna().str.fullmatch(r"\d\.\d{3}")
    if big.any():  # Spanish thousands: 1.250 persons
        i = big.idxmax()
        assert truth.loc[i + 2, "n_persons"] == frame.loc[i, "Cant. víctimas/migrantes"].replace(
            ".", ""
        )


def test_sos_mediterranee_log(paths: dict[str, Path]) -> None:
    raw = paths[SOSMED].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, SOSMED)
    assert list(frame.columns[:4]) == ["N° sauvetage", "Date et heure (UTC)", "Navire", "Position"]
    pos = frame["Position"].dropna()
    assert pos.str.fullmatch(r"\d\d°\d\d,\d'[NS] \d{3}°\d\d,\d'[EW]").all()
    assert frame["Date et heure (UTC)"].dropna().str.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d").all()
    assert set(frame["Pays de débarquement"].dropna()) == {"Italie"}
    truth = _rows_of(_truth(paths), SOSMED)
    for i, cell in pos.items():  # degrees and minutes give the point
        m = re.fullmatch(r"(\d+)°(\d+),(\d)'N (\d+)°(\d+),(\d)'E", cell)
        assert m is not None
        lat = int(m[1]) + (int(m[2]) + int(m[3]) / 10) / 60
        lon = int(m[4]) + (int(m[5]) + int(m[6]) / 10) / 60
        assert abs(lat - float(truth.loc[i + 2, "lat"])) < 0.002
        assert abs(lon - float(truth.loc[i + 2, "lon"])) < 0.002
    assert set(truth["crime_type"].dropna()) <= {"unknown"}


def test_miami_herald_clip_log(paths: dict[str, Path]) -> None:
    raw = paths[HERALD].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths, HERALD)
    dates = frame["Date"].dropna()
    ap = r"(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}"
    assert dates.str.fullmatch(ap).mean() > 0.8
    words = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
    assert frame["Migrants"].isin(words).any()
    assert frame["Suspects"].isin(["none"]).any()
    assert frame["Country"].dropna().isin(["U.S.", "Panama"]).all()
    assert frame["Nationality"].dropna().str.endswith(("an", "ese")).all()
    truth = _rows_of(_truth(paths), HERALD)
    counts = frame["Migrants"].dropna()
    digits = {w: str(i) for i, w in enumerate(_RANK, start=1)}
    for i, cell in counts.items():
        want = truth.loc[i + 2, "n_persons"]
        if pd.notna(want):
            assert digits.get(cell, cell.replace(",", "")) == want
    assert truth["lat"].isna().all()


def test_partial_dates_only_on_single_reports(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    partial = truth["date_precision"].isin(["month", "quarter"])
    assert partial.any()
    assert tags[partial].str.contains("partial_date").all()
    assert not (partial & truth["expected_reason"].eq("cross_source")).any()
