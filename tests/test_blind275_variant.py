"""The examiner set ``blind275`` (files ``*_jq.*``): border-town business networks.

These tests check what the set promises (files, truth, each agency's habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
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

VARIANT = "blind275"
SEED = 275
N_EVENTS = 1500
SMALL_SEED = 2751
SMALL_EVENTS = 400
SOURCES = (
    "cci_littoral_hdf",
    "camara_comercio_es",
    "border_trade_alliance",
    "cciap_panama",
    "eurochambres",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = ("crime_type", "transit_countries", "linked_offences")
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def events(paths: dict[str, Path]) -> pd.DataFrame:
    frame = pd.read_csv(paths["truth_events"], dtype=str, keep_default_na=False, na_values=[""])
    return frame.set_index("event_id")


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source].assign(row=lambda t: t["source_row"].astype(int))


def _csv(path: Path, encoding: str, sep: str) -> pd.DataFrame:
    text = path.read_bytes().decode(encoding)
    frame = pd.read_csv(
        io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False
    )
    frame.index = frame.index + 2  # the header is row 1
    return frame


# --------------------------------------------------------------------------------------
# The shared checks
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_jq", n_events=N_EVENTS)


def test_small_set_files_and_truth(tmp_path_factory: pytest.TempPathFactory) -> None:
    small = write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)
    check_files_and_truth(small, SOURCES, suffix="_jq", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


def test_every_source_has_event_rows(tmp_path: Path) -> None:
    from trendlib.samples import write_samples

    for n in (300, 400):
        small = write_samples(tmp_path / str(n), seed=SMALL_SEED, n_events=n, variant=VARIANT)
        rows = pd.read_csv(small["truth_rows"], dtype=str)
        kept = rows.loc[rows["expected_status"] == "record"]
        assert set(kept["source"]) == set(SOURCES), n


# --------------------------------------------------------------------------------------
# What the truth expects where a cell leaves something out
# --------------------------------------------------------------------------------------
def test_blank_origin_and_destination(truth: pd.DataFrame, events: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    ev = events.loc[ok["event_id"]].reset_index()
    for col in ("origin_country", "destination_country"):
        blank = tags.str.contains(f"blank_{col}")
        assert blank.any(), col
        assert ok.loc[blank, col].isna().all(), col
        assert ok.loc[~blank, col].equals(ev.loc[~blank, col]), col


def test_vague_nationality_expects_none(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    vague = truth.loc[
        tags.str.contains("vague_nationality") & truth["expected_status"].ne("quarantine")
    ]
    assert len(vague) > 0
    assert vague["nationality"].isna().all()
    demonym = truth.loc[
        tags.str.contains("demonym:nationality") & truth["expected_status"].ne("quarantine")
    ]
    assert len(demonym) > 0
    assert demonym["nationality"].str.fullmatch(r"[A-Z]{3}").all()


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_cci_littoral_is_french_cp1252_semicolon(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    raw = paths["cci_littoral_hdf"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert b"\r\n" in raw
    text = raw.decode("cp1252")
    header = text.split("\r\n", 1)[0].split(";")
    assert header[:3] == ["N° fiche", "Date du constat", "Pays"]
    assert "Nb passeurs interpellés" in header
    frame = _csv(paths["cci_littoral_hdf"], "cp1252", ";")
    rows = _rows(truth, "cci_littoral_hdf").set_index("row")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Date du constat"]
    day = dates.str.extract(r"^(\d\d)/(\d\d)/(\d{4})")
    assert day.dropna().astype(int)[1].le(12).all()  # day first, month second
    assert day.dropna().astype(int)[0].gt(12).any()
    assert dates.str.fullmatch(r"[a-zéû]+ \d{4}").any()  # month only: "mai 2022"
    assert "Ã" in text  # a UTF-8 paste garbled in the cp1252 file
    lat = frame.loc[kept.index, "Latitude"]
    assert lat[lat != ""].str.fullmatch(r"5\d,\d{5}").all()  # decimal comma
    nat = frame.loc[kept.index, "Nationalité déclarée"].str.strip().str.lower()
    assert nat.isin(["afghan", "afghane", "afghans", "irakien", "irakienne", "irakiens"]).any()
    assert (frame["Destination déclarée"].str.strip() == "Angleterre").any()


def test_camara_is_spanish_workbook(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths["camara_comercio_es"])
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert rows[0][:4] == ("Nº registro", "Fecha incidente", "País", "Tipología")
    head = list(rows[0])
    dates = [r[head.index("Fecha incidente")] for r in rows[1:]]
    assert sum(isinstance(d, dt.datetime) for d in dates) > len(dates) / 2
    serials = [d for d in dates if isinstance(d, int)]
    assert serials
    assert all(43000 < d < 46000 for d in serials)
    texts = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in texts)
    assert any(re.fullmatch(r"[a-z]+ \d{4}", d) for d in texts)  # "mayo 2022"
    persons = [r[head.index("Nº personas")] for r in rows[1:]]
    assert sum(isinstance(p, int) for p in persons) > len(persons) / 2
    medio = {str(r[head.index("Medio")]).strip().lower() for r in rows[1:]}
    assert {"patera", "cayuco"} <= medio
    # "M" is mujer in a Spanish file: the truth expects female there
    exp = _rows(truth, "camara_comercio_es").set_index("row")
    sexo = {i + 1: r[head.index("Sexo")] for i, r in enumerate(rows) if i}
    m_rows = [i for i, v in sexo.items() if isinstance(v, str) and v.strip().upper() == "M"]
    assert m_rows
    assert set(exp.loc[m_rows, "gender"].dropna()) == {"female"}


def test_border_trade_alliance_is_us_english(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["border_trade_alliance"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = _csv(paths["border_trade_alliance"], "utf-8-sig", ",")
    assert list(frame.columns[:4]) == ["Incident #", "Date", "Country", "Offense type"]
    rows = _rows(truth, "border_trade_alliance").set_index("row")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Date"]
    mdy = dates.str.extract(r"^(\d{1,2})/(\d{1,2})/(\d{4})$").dropna().astype(int)
    assert mdy[0].le(12).all()  # month first
    assert mdy[1].gt(12).any()
    # read month first, the day agrees with the truth
    read = pd.to_datetime(dates[mdy.index], format="%m/%d/%Y")
    assert (read == pd.to_datetime(kept.loc[mdy.index, "event_date"])).all()
    assert frame["Citizenship"].eq("OTM").any()
    assert frame["Age group"].str.strip().isin(["UAC", "Family units"]).any()
    gps = frame.loc[kept.index, "GPS"]
    assert gps[gps != ""].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}").all()
    repeats = rows.loc[rows["expected_reason"] == "exact_repeat"]
    assert len(repeats) >= 3
    for row in repeats.itertuples():
        first = int(row.duplicate_of.split(":")[1])
        assert frame.loc[row.Index].tolist() == frame.loc[first].tolist()


def test_cciap_is_utf16_tab_with_dms(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["cciap_panama"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM (Excel's "Unicode text")
    text = raw.decode("utf-16")
    assert text.split("\n", 1)[0].split("\t")[:3] == ["Código", "Fecha", "País de detección"]
    frame = _csv(paths["cciap_panama"], "utf-16", "\t")
    rows = _rows(truth, "cciap_panama").set_index("row")
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    dates = frame.loc[kept.index, "Fecha"]
    assert dates.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}").any()
    assert dates.str.contains(" de ").any()
    quarter = dates.str.fullmatch(r"(I|II|III|IV) trimestre \d{4}")
    assert quarter.any()
    assert set(kept.loc[quarter[quarter].index, "date_precision"]) == {"quarter"}
    coords = frame.loc[kept.index, "Coordenadas"]
    dms = coords.str.extract(r"^(\d+)°(\d\d)'(\d\d\.\d)\"N (\d+)°(\d\d)'(\d\d\.\d)\"W$")
    dms = dms.dropna().astype(float)
    assert len(dms) > len(coords) / 2
    lat = dms[0] + dms[1] / 60 + dms[2] / 3600
    lon = -(dms[3] + dms[4] / 60 + dms[5] / 3600)
    assert (lat - kept.loc[dms.index, "lat"].astype(float)).abs().max() < 1e-4
    assert (lon - kept.loc[dms.index, "lon"].astype(float)).abs().max() < 1e-4
    assert frame["Grupo etario"].str.strip().eq("NNA").any()
    # "M" is masculino in Panama
    m_rows = frame.index[frame["Sexo"].str.strip().eq("M")]
    assert len(m_rows)
    assert set(rows.loc[m_rows, "gender"].dropna()) == {"male"}


def test_eurochambres_is_json_lines_with_eu_codes(
    paths: dict[str, Path], truth: pd.DataFrame
) -> None:
    lines = paths["eurochambres"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert list(records[0])[:3] == ["case_id", "incident_date", "incident_country"]
    countries = {r["incident_country"] for r in records}
    assert {"EL", "UK", "IT"} <= countries
    rows = _rows(truth, "eurochambres").set_index("row")
    el = [i for i, r in enumerate(records, start=1) if r["incident_country"] == "EL"]
    assert set(rows.loc[el, "detection_country"].dropna()) == {"GRC"}
    dates = pd.Series([r["incident_date"] for r in records], index=range(1, len(records) + 1))
    kept = rows.loc[rows["expected_status"] != "quarantine"]
    d = dates[kept.index].astype(str)
    assert d.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.5
    assert d.str.fullmatch(r"\d{4}-Q[1-4]").any()
    assert d.str.fullmatch(r"\d{4}-\d\d").any()
    transit = [r["transit"] for r in records if isinstance(r.get("transit"), str)]
    assert any(re.fullmatch(r"[A-Z]{2}(;[A-Z]{2})+", t) for t in transit)
    assert any(isinstance(r["persons_involved"], int) for r in records)
    # the member chambers' own words kept on some rows
    member = {"trafic de migrants", "réseau de passeurs", "tráfico de inmigrantes", "trata"}
    assert any(str(r["offence"]).strip().lower() in member for r in records)
