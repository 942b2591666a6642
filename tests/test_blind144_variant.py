"""The examiner set ``blind144`` (files ``*_ep.*``): what the files and their truth promise.

None of these tests cleans or scores: they check the bytes each agency writes and that the
truth describes every row as a careful analyst would read it.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples import make_truth
from trendlib.samples._blind144 import AGENCIES, make_blind144

VARIANT = "blind144"
SEED = 144
N_EVENTS = 1500
SMALL_SEED = 1441
SMALL_EVENTS = 400

SOURCES = tuple(a.source for a in AGENCIES)
EXACT_FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


def _truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ep", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ep", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), EXACT_FIELDS, tolerance=1e-4)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), EXACT_FIELDS, tolerance=1e-4)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


@pytest.mark.parametrize(("seed", "n_events"), [(1, 300), (SMALL_SEED, 400), (SEED, 1500)])
def test_every_source_has_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind144(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_duplicates_come_from_the_secondary_desks(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"].eq("cross_source")]
    assert set(cross["source"]) <= set(SOURCES)
    assert not cross["source"].eq("simn_scalabrini").any()  # no second desk for the Americas
    assert set(cross["date_precision"]) == {"day"}  # a second report gives the day
    first_files = cross["duplicate_of"].str.split(":").str[0]
    assert (first_files != cross["source_file"]).all()


def test_unknowns_expected_as_the_analyst_reads_them(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    tags = tags_of(truth)
    kept = truth["expected_status"].ne("quarantine")
    unknown_expl = kept & tags.str.contains("unknown:exploitation")
    assert unknown_expl.any()
    assert (truth.loc[unknown_expl, "exploitation"] == "unknown").all()
    smuggling = kept & truth["crime_type"].eq("smuggling")
    assert truth.loc[smuggling, "exploitation"].isna().all()
    # the legal-assistance desk gives no place
    mpc = kept & truth["source"].eq("mpc_berne")
    assert truth.loc[mpc, ["lat", "lon"]].isna().all().all()


# --------------------------------------------------------------------------------------
# Each agency's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_ccpd_geneve_bytes(paths: dict[str, Path]) -> None:
    raw = paths["ccpd_geneve"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.split(";")[:3] == ["N° dossier CCPD", "Date des faits", "Qualification"]
    assert "Coordonnées GPS (WGS84)" in header
    body = pd.read_csv(paths["ccpd_geneve"], sep=";", encoding="cp1252", dtype=str)
    dates = body["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d\.\d\d\.\d{4}").mean() > 0.7  # Swiss day.month.year
    assert body["Coordonnées GPS (WGS84)"].dropna().str.contains(r"^\d+\.\d+ / -?\d+\.\d+$").any()
    assert body["Nationalité"].dropna().str.fullmatch(r"[A-Z]{2}").any()  # ISO alpha-2
    assert "Ã" in text  # names garbled by a UTF-8 import
    assert body["Itinéraire (pays traversés)"].dropna().str.contains(" > ").any()
    assert body["N° dossier CCPD"].str.startswith("CCPD-GE/").sum() > 50
    assert "aide à l'entrée" in text.lower()


def test_lpd_tirol_workbook(paths: dict[str, Path]) -> None:
    sheet = load_workbook(paths["lpd_tirol"]).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Case No. (PAD)", "Date of apprehension", "Offence")
    dates = [r[1] for r in rows[1:]]
    real = sum(isinstance(d, dt.datetime) for d in dates)
    texts = [d for d in dates if isinstance(d, str)]
    assert real > 0.7 * len(dates)  # real Excel dates
    assert any(len(d) == 10 and d[2] == "." for d in texts)  # some typed 17.05.2023
    assert any(d.startswith("Q") for d in texts)  # a quarter only
    refs = [str(r[0]) for r in rows[1:]]
    assert sum(r.startswith("PAD/") for r in refs) > 0.9 * len(refs)
    cells = {str(v) for r in rows[1:] for v in r if v is not None}
    assert {"Schlepperei", "LKW"} <= cells  # the desk's own words
    lat = [r[header.index("Latitude")] for r in rows[1:]]
    assert any(isinstance(v, float) for v in lat)
    assert any(isinstance(v, str) and "," in v for v in lat)  # decimal comma typed as text


def test_pcc_thoerl_maglern_lines(paths: dict[str, Path]) -> None:
    lines = paths["pcc_thoerl_maglern"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["pcc_ref", "date_of_event", "offence_type"]
    dates = pd.Series([r["date_of_event"] for r in recs]).dropna()
    assert dates.str.fullmatch(r"\d{4}-\d\d-\d\d").mean() > 0.6
    assert dates.str.fullmatch(r"\d{4}-Q[1-4]").any()
    assert dates.str.fullmatch(r"\d{4}-\d\d").any()
    nat = pd.Series([r["nationality"] for r in recs]).dropna()
    assert nat.str.fullmatch(r"[A-Z]{3}").mean() > 0.4
    assert nat.str.fullmatch(r"\d{3}").any()  # ISO numeric
    assert set(nat) & {"Siria", "Egitto", "Costa d'Avorio", "Tunisia"}  # Italian names
    gps = pd.Series([r["gps"] for r in recs]).dropna()
    assert gps.str.fullmatch(r"-?\d+\.\d+,-?\d+\.\d+").mean() > 0.9


def test_simn_scalabrini_bytes(paths: dict[str, Path]) -> None:
    raw = paths["simn_scalabrini"].read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 as Excel saves "Unicode text"
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Folio", "Fecha del evento", "Delito"]
    body = pd.read_csv(paths["simn_scalabrini"], sep="\t", encoding="utf-16", dtype=str)
    dates = body["Fecha del evento"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}").mean() > 0.6
    assert dates.str.fullmatch(r"\d\d-[a-z]{3}-\d{4}").any()
    serial = dates.loc[dates.str.fullmatch(r"4\d{4}")].astype(int)
    assert serial.between(44197, 45291).all()  # Excel serials of 2021-2023
    assert len(serial) > 0
    assert dates.str.contains(" de 20").any()
    assert "NNA" in set(body["Grupo etario"].dropna())
    assert body["País de destino"].isin(["EE.UU.", "EEUU"]).any()
    assert body["N.º de personas"].eq("s/d").any()
    assert body["Latitud"].eq("s/d").any()


def test_mpc_berne_bytes(paths: dict[str, Path]) -> None:
    raw = paths["mpc_berne"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    body = pd.read_csv(paths["mpc_berne"], encoding="utf-8-sig", dtype=str)
    assert list(body.columns[:3]) == ["Réf. MPC", "Date de l'infraction", "Infraction principale"]
    assert not {"Latitude", "Longitude", "Coordonnées"} & set(body.columns)
    crimes = body["Infraction principale"].dropna()
    assert crimes.str.contains("116").any()
    assert crimes.str.contains("182 CP").any()
    dates = body["Date de l'infraction"].dropna()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    assert dates.str.contains(r"^\d+(?:er)? [a-zéû]+ \d{4}$").any()
    assert body["Personnes concernées"].isin(["deux", "trois", "quatre"]).any()
    assert body["États de transit"].dropna().str.contains(" puis ").any()


def test_only_the_compilation_reports_spain_and_the_uk_first(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    assert set(first.loc[det == "ESP", "source"]) == {"mpc_berne"}
    assert set(first.loc[det == "GBR", "source"]) == {"mpc_berne"}
    assert set(first.loc[det == "ITA", "source"]) == {"pcc_thoerl_maglern"}
    assert set(_rows(first, "ccpd_geneve")["source"]) == {"ccpd_geneve"}
