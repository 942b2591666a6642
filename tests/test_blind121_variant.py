"""The examiner's sample set ``blind121`` (files ``*_ds.*``): what the set promises.

Five agencies of the eastern route (Polish Police in Białystok, the Turkish police
attaché in Paris, HEUNI in Helsinki) and two more (Panama's Ministry of Public Security,
the Nord zone defence staff). These tests check the files and their truth only; none of
them cleans or scores.
"""

from __future__ import annotations

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
from trendlib.samples._blind121 import SOURCES, make_blind121

VARIANT = "blind121"
SEED = 121
N_EVENTS = 1500
SMALL_SEED = 1211
SMALL_EVENTS = 400
NAMES = [s.source for s in SOURCES]
FIELDS = ("crime_type", "linked_offences", "transit_countries")
TOLERANCE = 0.001


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _text(paths: dict[str, Path], source: str) -> str:
    src = next(s for s in SOURCES if s.source == source)
    return paths[source].read_bytes().decode(src.encoding)


def _rows(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The agency's rows as text, read with its own encoding and delimiter."""
    src = next(s for s in SOURCES if s.source == source)
    return pd.read_csv(
        paths[source],
        sep=src.delimiter,
        encoding=src.encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["paths", "small"])
def test_files_and_truth(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    n = N_EVENTS if which == "paths" else SMALL_EVENTS
    check_files_and_truth(got, NAMES, suffix="_ds", n_events=n)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, NAMES, _truth(paths))


@pytest.mark.parametrize("which", ["paths", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    got = request.getfixturevalue(which)
    check_expected_values(got, _truth(got), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(SEED, 300), (3, 300), (SMALL_SEED, 400)])
def test_every_source_has_records(seed: int, n_events: int) -> None:
    subs = make_blind121(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == NAMES
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() > 0, sub.source


def test_every_bad_kind_and_duplicate_kind(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    assert tags.str.contains("partial_date").any()
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source_file"]
    assert set(repeats) == {"heuni_ds.jsonl", "minseg_pa_ds.csv"}
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert cross["duplicate_of"].str.split(":").str[0].ne(cross["source_file"]).all()


# --------------------------------------------------------------------------------------
# Polish Police, Białystok: cp1250, ";", dd.mm.yyyy, Criminal Code articles
# --------------------------------------------------------------------------------------
def test_kwp_bytes(paths: dict[str, Path]) -> None:
    raw = paths["kwp_bialystok"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # a Polish Excel "CSV": Windows-1250
    text = raw.decode("cp1250")
    assert text.splitlines()[0].startswith("Case No.;Date of incident;Offence (Criminal Code)")
    assert "Art. 264 § 3 CC" in text
    assert "KWP w Białymstoku" in text
    frame = _rows(paths, "kwp_bialystok")
    body = frame.loc[frame["Case No."].str.startswith("RSD-")]
    dates = body["Date of incident"].loc[body["Date of incident"] != ""]
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}( \d\d:\d\d| r\.)?").all()
    assert dates.str.endswith(" r.").any()
    assert dates.str.contains(":").any()
    lat = body["Latitude (N)"].loc[body["Latitude (N)"] != ""]
    assert lat.str.fullmatch(r"5\d,\d{5}").all()
    assert body["Citizenship"].isin(["Iraqi", "Syrian", "Afghan", "Yemeni"]).any()
    assert body["Transit route"].str.fullmatch(r"[A-Z]{2}(-[A-Z]{2})+").any()


def test_kwp_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    kwp = truth.loc[truth["source_file"] == "kwp_bialystok_ds.csv"]
    kept = kwp.loc[kwp["expected_status"] != "quarantine"]
    # a case handed over from the UK has no point; a Polish one is in Podlasie
    uk = kept.loc[kept["detection_country"] == "GBR"]
    assert uk[["lat", "lon"]].isna().all().all()
    assert tags_of(truth).loc[uk.index].str.contains("coords_missing").all()
    pl = kept.loc[kept["lat"].notna()]
    assert pl["lat"].astype(float).between(52, 54.5).all()


# --------------------------------------------------------------------------------------
# Turkish police attaché, Paris: XLSX, French with Turkish words, Excel dates, DDM at sea
# --------------------------------------------------------------------------------------
def test_emniyet_workbook(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["emniyet_musavirligi_paris"], read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("N° de dossier", "Date de l'interception", "Infraction")
    dates = [r[1] for r in body if isinstance(r[0], str) and r[0].startswith("EM-PAR/")]
    real = sum(isinstance(d, datetime) for d in dates)
    assert real > 0.6 * len(dates)
    typed = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    assert any(re.fullmatch(r"\d{1,2} [a-zéû]+ \d{4}", d) for d in typed)
    cells = {str(v) for r in body for v in r if v is not None}
    assert any("Göçmen kaçakçılığı" in c for c in cells)
    assert any("Türkiye" in c for c in cells)
    assert any(re.fullmatch(r"\d\d°\d\d\.\d\d'N \d{3}°\d\d\.\d\d'E", c) for c in cells)
    counts = [r[4] for r in body if isinstance(r[0], str) and r[0].startswith("EM-PAR/")]
    assert sum(isinstance(c, int) for c in counts) > 0.85 * len(counts)
    assert any(isinstance(c, str) and re.fullmatch(r"\d+ migrants", c) for c in counts)


# --------------------------------------------------------------------------------------
# HEUNI: JSON lines, ISO dates with month and quarter precision, codes, mojibake
# --------------------------------------------------------------------------------------
def test_heuni_lines(paths: dict[str, Path]) -> None:
    lines = _text(paths, "heuni").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["case_id", "incident_date", "offence"]
    assert all(isinstance(r, dict) for r in recs)
    dates = pd.Series([r["incident_date"] for r in recs if r["incident_date"] is not None])
    assert dates.str.fullmatch(r"\d{4}-\d\d(-\d\d|)|\d{4}-Q[1-4]").all()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    cits = pd.Series([r["citizenship"] for r in recs if isinstance(r["citizenship"], str)])
    assert cits.str.fullmatch(r"[A-Z]{3}").mean() > 0.4
    assert cits.str.fullmatch(r"\d{3}").any()  # UN M49 numbers
    assert cits.str.contains("Ã", regex=False).any()  # mojibake
    assert any(r["lat"] == 0 and r["lng"] == 0 for r in recs)
    assert any(r["case_id"] == "TOTAL (all cases)" for r in recs)


def test_heuni_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    placeholder = truth.loc[tags.str.contains("coords_placeholder")]
    assert len(placeholder) > 0
    assert placeholder[["lat", "lon"]].isna().all().all()
    month = truth.loc[truth["date_precision"] == "month"]
    assert set(month["source_file"]) <= {"heuni_ds.jsonl", "minseg_pa_ds.csv"}
    assert month["event_date"].str.endswith("-01").all()


# --------------------------------------------------------------------------------------
# MINSEG Panama: UTF-16 tab-delimited, d/m/yyyy, serials, NNA, "77.5 O"
# --------------------------------------------------------------------------------------
def test_minseg_bytes(paths: dict[str, Path]) -> None:
    raw = paths["minseg_pa"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == ["N° de caso", "Fecha del evento", "Delito"]
    frame = _rows(paths, "minseg_pa")
    body = frame.loc[frame["N° de caso"].str.startswith("MSP-")]
    dates = body["Fecha del evento"].loc[body["Fecha del evento"] != ""]
    assert dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}|4\d{4}|[a-z]+ de \d{4}").all()
    assert dates.str.fullmatch(r"\d/\d{1,2}/\d{4}|\d{1,2}/\d/\d{4}").any()  # no zero padding
    assert dates.str.fullmatch(r"4\d{4}").any()  # Excel serials
    assert body["Grupo etario"].str.contains("NNA").any()
    assert body["Longitud"].str.fullmatch(r"\d+\.\d{5} O").any()
    assert body["Cantidad de aprehendidos"].eq("ninguno").any()


def test_minseg_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"] != "quarantine"
    west = truth.loc[
        kept & tags.str.contains("coords_hemisphere") & ~tags.str.contains("blank_coord")
    ]
    assert len(west) > 0
    assert (west["lon"].astype(float) < -70).all()
    serial = truth.loc[tags.str.contains("excel_serial") & truth["event_date"].notna()]
    assert len(serial) > 0
    assert (serial["date_precision"] == "day").all()


# --------------------------------------------------------------------------------------
# EMIZ Nord: cp1252, ";", CRLF, AESI / TEH, néant, feminine adjectives, GPS pairs
# --------------------------------------------------------------------------------------
def test_emiz_bytes(paths: dict[str, Path]) -> None:
    raw = paths["emiz_nord"].read_bytes()
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Référence;Date des faits;Qualification")
    frame = _rows(paths, "emiz_nord")
    body = frame.loc[frame["Référence"].str.startswith("EMIZN-")]
    assert body["Qualification"].str.strip().str.upper().eq("AESI").any()
    assert body["Nb mis en cause"].eq("néant").any()
    assert body["Nationalité"].str.strip().str.lower().isin(["afghane", "irakienne"]).any()
    gps = body["Coordonnées GPS"].loc[body["Coordonnées GPS"] != ""]
    decimal = gps.str.fullmatch(r"5\d\.\d{5}, \d\.\d{5}")
    dms = gps.str.fullmatch(r"5\d°\d\d'\d\d\.\d\"N \d°\d\d'\d\d\.\d\"E")
    assert (decimal | dms).all()
    assert dms.any()
    dates = body["Date des faits"].loc[body["Date des faits"] != ""]
    assert dates.str.fullmatch(r"\d\d/\d\d/(\d\d|\d{4})").all()


def test_emiz_truth(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    emiz = truth.loc[
        (truth["source_file"] == "emiz_nord_ds.csv") & (truth["expected_status"] != "quarantine")
    ]
    assert set(emiz["detection_country"].dropna()) <= {"FRA", "GBR"}
    assert (emiz["destination_country"].dropna() == "GBR").all()
