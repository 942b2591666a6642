"""The examiner's held-out sample set ``blind200`` (files ``*_gt.*``).

These tests check what the set promises (files, truth, the agencies' habits in the
bytes); none of them cleans or scores.
"""

from __future__ import annotations

import codecs
import json
import re
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
from trendlib.samples._blind200 import SOURCES, make_blind200

VARIANT = "blind200"
SEED = 200
N_EVENTS = 1500
SMALL_SEED = 2001
SMALL_EVENTS = 400

NAMES = [s.source for s in SOURCES]
EXACT_FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
)


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SMALL_SEED, n_events=SMALL_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(truth: pd.DataFrame, source: str) -> pd.DataFrame:
    return truth.loc[truth["source"] == source]


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, NAMES, suffix="_gt", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, NAMES, suffix="_gt", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, NAMES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, EXACT_FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(3, 300), (SEED, 300), (SMALL_SEED, 400)])
def test_every_source_gets_event_rows(seed: int, n_events: int) -> None:
    subs = make_blind200(make_truth(seed=seed, n_events=n_events), seed=seed)
    for sub in subs:
        assert sub.expected["event_id"].notna().sum() > 0, sub.filename


def test_routing(truth: pd.DataFrame, paths: dict[str, Path]) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    first = truth.loc[truth["expected_status"].isin(["record", "quarantine"])]
    first = first.loc[first["event_id"].notna()]
    det = events.loc[first["event_id"], "detection_country"].to_numpy()
    want = pd.Series(det).map({"PAN": "unfpa_lacro_darien", "USA": "doi_oles_swb"})
    assert (first["source"].to_numpy() == want.fillna("ani_chile").to_numpy()).all()
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    corridor = events.loc[cross["event_id"], "corridor"].to_numpy()
    assert set(zip(cross["source"], corridor, strict=True)) == {
        ("mhave_haiti", "darien"),
        ("conamigua", "us_mex"),
    }


def test_linked_offences(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    events = pd.read_csv(paths["truth_events"], dtype=str).set_index("event_id")
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    true = events.loc[ok["event_id"], "linked_offences"].to_numpy()
    has_column = ok["source"].isin(["unfpa_lacro_darien", "doi_oles_swb", "ani_chile"])
    got = ok["linked_offences"].to_numpy()
    assert (
        pd.Series(got[has_column.to_numpy()]).fillna("")
        == pd.Series(true[has_column.to_numpy()]).fillna("")
    ).all()
    assert ok.loc[~has_column, "linked_offences"].isna().all()


def test_partial_dates_only_in_the_compilation(truth: pd.DataFrame) -> None:
    ok = truth.loc[truth["expected_status"] != "quarantine"]
    partial = ok.loc[ok["date_precision"] != "day"]
    assert set(partial["source"]) == {"ani_chile"}
    assert set(partial["date_precision"]) == {"month", "quarter"}
    assert partial["expected_status"].eq("record").all()


# --------------------------------------------------------------------------------------
# The agencies' habits, in the bytes
# --------------------------------------------------------------------------------------
def test_doi_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["doi_oles_swb"].read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8")
    header = text.splitlines()[0]
    assert header.startswith("Incident Number,Incident Date,Reporting Unit,Offense,")
    assert "GPS Location" in header
    frame = pd.read_csv(paths["doi_oles_swb"], dtype=str, keep_default_na=False)
    dates = frame["Incident Date"].str.extract(r"^(\d{1,2})/(\d{1,2})/(\d{4})$").dropna()
    assert (dates[0].astype(int) <= 12).all()  # month first
    assert (dates[1].astype(int) > 12).any()
    assert frame["Incident Date"].str.match(r"^\d/").any()  # M/D/YYYY too
    assert frame["GPS Location"].str.contains("°").any()  # degrees-minutes-seconds
    assert frame["GPS Location"].str.match(r"^\d+\.\d{6}, -\d+\.\d{6}$").any()
    assert frame["Transit Countries"].str.fullmatch(r"GT/MX").any()
    assert "LAW ENFORCEMENT SENSITIVE // FOR OFFICIAL USE ONLY" in text
    assert frame["Subjects Arrested"].eq("NONE").any()
    assert frame["Age Category"].isin(["FAMILY UNIT", "UAC"]).any()
    assert (frame["Citizenship"].str.isupper() | frame["Citizenship"].eq("")).mean() > 0.7
    rows = _rows(truth, "doi_oles_swb")
    assert rows["expected_reason"].eq("exact_repeat").sum() >= 3


def test_unfpa_xlsx(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["unfpa_lacro_darien"], read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    rows = [tuple(r) + (None,) * (len(header) - len(r)) for r in rows]  # trailing blanks
    assert header[:3] == ("Código de registro", "Fecha del evento", "Comunidad / ERM")
    dates = [r[1] for r in rows[1:]]
    kinds = {type(d).__name__ for d in dates if d is not None}
    assert {"datetime", "int", "str"} <= kinds  # Excel dates, bare serials, text
    text_dates = [d for d in dates if isinstance(d, str)]
    assert any(re.fullmatch(r"(1[3-9]|2\d|3[01])/\d\d/\d{4}", d) for d in text_dates)
    serials = [d for d in dates if isinstance(d, int)]
    assert all(44000 < d < 46500 for d in serials)
    col = {h: i for i, h in enumerate(header)}
    ages = {r[col["Grupo etario"]] for r in rows[1:]}
    assert {"NNA", "Adultos y NNA"} & ages
    nats = {r[col["Nacionalidad"]] for r in rows[1:]}
    assert {"venezolana", "Venezolana", "venezolano", "Venezolano"} & nats
    routes = {r[col["Ruta (países de tránsito)"]] for r in rows[1:]}
    assert "Ecuador > Colombia" in routes
    lats = [r[col["Latitud"]] for r in rows[1:] if isinstance(r[col["Latitud"]], float)]
    assert lats
    assert all(7 < v < 10 for v in lats)


def test_ani_jsonl(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths["ani_chile"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert list(recs[0])[:3] == ["id_alerta", "fecha_hecho", "delito"]
    dates = [r["fecha_hecho"] for r in recs if r["fecha_hecho"]]
    assert sum(bool(re.fullmatch(r"\d\d-\d\d-\d{4}", d)) for d in dates) > 0.7 * len(dates)
    assert any("trimestre" in d or re.fullmatch(r"T\d-\d{4}", d) for d in dates)
    assert any(re.fullmatch(r"(mayo|junio|julio) \d{4}", d) for d in dates)
    lats = [r["latitud"] for r in recs if r.get("latitud")]
    assert all(re.fullmatch(r"-?\d+,\d{4}", v) for v in lats)  # decimal comma
    counts = [r["n_personas"] for r in recs if isinstance(r["n_personas"], str)]
    assert any(re.fullmatch(r"\d\.\d{3}", c) for c in counts)  # thousands dot
    words = {r["delito"] for r in recs}
    assert {"Art. 411 bis", "tráfico de migrantes"} <= words
    offences = " / ".join(r["delitos_conexos"] or "" for r in recs)
    assert "lavado de activos" in offences
    assert recs[-1]["id_alerta"] == "TOTAL GENERAL"
    rows = _rows(truth, "ani_chile")
    assert rows["source_row"].astype(int).min() == 1  # JSON lines count from 1


def test_mhave_csv(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    raw = paths["mhave_haiti"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("N° dossier;Date de l'interception;Lieu;")
    assert "\r\n" in text
    assert "Ã" in text  # a batch of rows garbled by a UTF-8 -> cp1252 round trip
    assert "Haïtienne" in text or "Vénézuélienne" in text
    assert re.search(r";\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|sept)", text)
    assert "Équateur / Colombie" in text or "Equateur / Colombie" in text
    tags = tags_of(truth).loc[truth["source"] == "mhave_haiti"]
    assert tags.str.contains("mojibake").any()
    rows = _rows(truth, "mhave_haiti")
    assert set(rows["expected_status"]) == {"duplicate", "quarantine"}
    assert rows.loc[rows["expected_status"] == "duplicate", ["lat", "lon"]].isna().all().all()


def test_conamigua_utf16(paths: dict[str, Path]) -> None:
    raw = paths["conamigua"].read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE)
    text = raw.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["Correlativo", "Fecha del hecho", "Delito"]
    assert "País donde ocurrió" in header
    assert "coyotaje" in text
    assert "\tEUA\t" in text
    assert re.search(r"\t\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep)", text)


def test_every_language_and_format(paths: dict[str, Path]) -> None:
    langs = {s.language for s in SOURCES}
    assert langs == {"es", "en", "fr"}
    assert {s.encoding for s in SOURCES} >= {"utf-8", "cp1252", "utf-16"}
    assert {s.delimiter for s in SOURCES if s.format == "csv"} == {",", ";", "\t"}
    assert all(paths[s.source].name == s.filename for s in SOURCES)


def test_tags_cover_the_habits(truth: pd.DataFrame) -> None:
    tags = ";".join(tags_of(truth).dropna())
    for tag in (
        "excel_serial",
        "text_date",
        "us_date",
        "month_only",
        "quarter_only",
        "dms_coords",
        "decimal_comma",
        "demonym",
        "iso2",
        "iso3",
        "typo",
        "alias",
        "english_name",
        "mojibake",
        "zero_word",
        "count_placeholder",
        "suspects_placeholder",
        "na_word",
        "thousands_sep",
        "blank_gender",
        "coords_missing",
    ):
        assert tag in tags, tag
