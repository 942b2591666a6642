"""The examiner set ``blind253`` (files ``*_iu.*``): five vehicle and licence desks.

These tests check what the set promises (files, bytes, truth); none of them cleans or
scores.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import openpyxl
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

from trendlib.samples import write_samples
from trendlib.schema import VOCABULARIES

VARIANT = "blind253"
SEED = 253
N_EVENTS = 1500
SMALL_SEED = 2531
SMALL_EVENTS = 400
SUFFIX = "_iu"
SOURCES = ("dvla_fraud", "ants_fraude", "dgt_trafico", "attt_panama", "iaati_case_digest")
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _events(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(
        paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""]
    ).set_index("event_id")


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("which", "n_events"), [("big", N_EVENTS), ("small", SMALL_EVENTS)])
def test_files_and_truth(which: str, n_events: int, request: pytest.FixtureRequest) -> None:
    paths = request.getfixturevalue(which)
    check_files_and_truth(paths, SOURCES, suffix=SUFFIX, n_events=n_events)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


@pytest.mark.parametrize("which", ["big", "small"])
def test_read_loses_no_row(which: str, request: pytest.FixtureRequest) -> None:
    paths = request.getfixturevalue(which)
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


@pytest.mark.parametrize("which", ["big", "small"])
def test_expected_values(which: str, request: pytest.FixtureRequest) -> None:
    paths = request.getfixturevalue(which)
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


@pytest.mark.parametrize("which", ["big", "small"])
def test_placeholder_counts(which: str, request: pytest.FixtureRequest) -> None:
    paths = request.getfixturevalue(which)
    check_placeholder_counts(_truth(paths))


# --------------------------------------------------------------------------------------
# What the set itself promises
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("seed", "n_events"), [(3, 300), (SMALL_SEED, SMALL_EVENTS)])
def test_every_source_reports_events(tmp_path: Path, seed: int, n_events: int) -> None:
    paths = write_samples(tmp_path, seed=seed, n_events=n_events, variant=VARIANT)
    truth = _truth(paths)
    records = truth.loc[truth["expected_status"] == "record", "source"]
    assert set(records) == set(SOURCES)


def test_sizes_give_rows_to_every_source(big: dict[str, Path]) -> None:
    truth = _truth(big)
    counts = truth.loc[truth["expected_status"] == "record"].groupby("source").size()
    assert (counts.reindex(list(SOURCES)) >= 30).all(), counts
    # the compilation carries the countries no national desk covers
    digest = truth.loc[truth["source"] == "iaati_case_digest", "detection_country"]
    assert {"ITA", "GRC", "HRV", "POL", "USA"} <= set(digest.dropna())


def test_exploitation_is_read_or_unknown(big: dict[str, Path]) -> None:
    truth = _truth(big)
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = _events(big).loc[ok["event_id"]].reset_index()
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    smuggling = ev["crime_type"] == "smuggling"
    assert ok.loc[smuggling, "exploitation"].isna().all()
    lost = tags.str.contains("unknown:exploitation")
    assert (ok.loc[lost, "exploitation"] == "unknown").all()
    kept = ~smuggling & ~lost
    assert ok.loc[kept, "exploitation"].equals(ev.loc[kept, "exploitation"])
    assert set(ok["exploitation"].dropna()) <= set(VOCABULARIES["exploitation"])


def test_quirks_sit_where_the_agency_writes_them(big: dict[str, Path]) -> None:
    truth = _truth(big)
    tags = tags_of(truth)

    def sources_with(tag: str) -> set[str]:
        return set(truth.loc[tags.str.contains(tag, regex=False), "source"])

    assert sources_with("mojibake") == {"ants_fraude"}
    assert sources_with("partial_date") == {"iaati_case_digest"}
    assert sources_with("excel_serial") == {"dgt_trafico"}
    assert sources_with("coords_dms") == {"attt_panama"}
    assert sources_with("demonym:nationality") == {
        "dvla_fraud",
        "ants_fraude",
        "dgt_trafico",
        "attt_panama",
    }
    assert "iaati_case_digest" in sources_with("iso2:nationality")
    assert "iaati_case_digest" in sources_with("numeric:")
    partial = truth.loc[tags.str.contains("partial_date"), "date_precision"]
    assert set(partial) == {"month", "quarter"}


def test_dvla_bytes(big: dict[str, Path]) -> None:
    raw = big["dvla_fraud"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Case Reference,Date Detected,Offence Category")
    frame = pd.read_csv(
        big["dvla_fraud"], dtype=str, encoding="utf-8-sig", keep_default_na=False, na_values=[""]
    )
    dates = frame["Date Detected"].dropna()
    long_form = dates.str.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}")
    slashed = dates.str.fullmatch(r"\d{2}/\d{2}/\d{4}")
    assert long_form.any()
    assert slashed.any()
    assert (long_form | slashed).mean() > 0.95  # the rest: the note row and a few bad dates
    assert {"Vietnamese", "N/A", "Small boat", "United Kingdom"} <= set(frame.stack())
    assert frame["Case Reference"].dropna().str.match(r"FI/20\d\d/\d{5}$|TOTAL$|Note:").all()


def test_ants_bytes(big: dict[str, Path]) -> None:
    raw = big["ants_fraude"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    assert text.startswith("N° signalement;Date de constatation;Qualification;")
    assert re.search(r";5[01],\d{5};[12],\d{5};", text)  # decimal commas on the coast
    assert re.search(r";\d\d/\d\d/20\d\d \d\d:\d\d;", text)  # the SIV's time stamp
    assert "Ã" in text  # rows pasted from a UTF-8 extract
    frame = pd.read_csv(big["ants_fraude"], sep=";", dtype=str, encoding="cp1252")
    assert {"afghane", "Royaume-Uni"} <= set(frame.stack())
    assert "TOTAL GÉNÉRAL" in set(frame["N° signalement"])


def test_dgt_workbook(big: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(big["dgt_trafico"])
    rows = list(book.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("Nº Expediente", "Fecha", "Tipo delictivo")
    dates = [r[1] for r in body if r[1] is not None]
    assert sum(isinstance(d, datetime) for d in dates) > 0.7 * len(dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(44000 < d < 45400 for d in serials)  # 2020-06 .. 2024-04
    assert any(isinstance(d, str) and re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates)
    lat = [r[header.index("Latitud")] for r in body]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and "," in v for v in lat)
    words = {v for r in body for v in r if isinstance(v, str)}
    assert {"Patera", "Turismo", "España", "marroquí"} <= words


def test_attt_bytes(big: dict[str, Path]) -> None:
    raw = big["attt_panama"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Texto Unicode": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t")[:3] == [
        "No. Informe",
        "Fecha del operativo",
        "Tipo de caso",
    ]
    frame = pd.read_csv(big["attt_panama"], sep="\t", dtype=str, encoding="utf-16")
    coords = frame["Coordenadas GPS"].dropna()
    assert coords.str.fullmatch(r"\d\.\d{5}, -7\d\.\d{5}").any()
    assert coords.str.contains("°").any()
    assert frame["Nacionalidad"].eq("venezolana").any()
    assert frame["Ruta (países de tránsito)"].dropna().str.contains("Ecuador-Colombia").any()
    truth = _truth(big)
    sep = truth.loc[
        (truth["source"] == "attt_panama") & truth["messiness"].str.contains("thousands", na=False)
    ]
    if len(sep):  # a big group counted with Panama's thousands comma
        written = frame["Cant. migrantes"].dropna()
        assert written.str.fullmatch(r"\d,\d{3}").any()


def test_iaati_lines(big: dict[str, Path]) -> None:
    lines = big["iaati_case_digest"].read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert list(rows[0])[:3] == ["caseRef", "incidentDate", "crimeCategory"]
    transit = [r["transitCountries"] for r in rows if r["transitCountries"] is not None]
    assert transit
    assert all(isinstance(t, list) for t in transit)
    dates = [r["incidentDate"] for r in rows if isinstance(r["incidentDate"], str)]
    assert any(re.fullmatch(r"20\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"Q[1-4] 20\d\d", d) for d in dates)
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00", d) for d in dates)
    detected = {r["countryOfDetection"] for r in rows}
    assert {"IT", "GR", "HR", "PL", "US"} <= detected
    assert rows[-1]["caseRef"] == "TOTAL"
