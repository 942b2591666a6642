"""The examiner sample set ``blind299`` (files ``*_ko.*``): pawnbrokers' AML desks.

These tests check what the set promises (files, truth, each desk's habits in the bytes);
none of them cleans or scores.
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
from trendlib.samples import make_truth, write_samples
from trendlib.samples._blind299 import BLIND299_SOURCES, make_blind299

VARIANT = "blind299"
SEED = 299
N_EVENTS = 1500
SMALL_SEED = 2991
SMALL_EVENTS = 400
SOURCES = (
    "credit_municipal_paris",
    "montepiedad_caixabank",
    "ht_pawnbrokers_mlro",
    "ssnf_panama",
    "lbma_responsible_sourcing",
)
#: Fields every kept row gives exactly as the event has them.
FIELDS = (
    "crime_type",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
PARIS, CAIXA, HT, SSNF, LBMA = SOURCES


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write(tmp_path_factory, VARIANT, seed=SEED, n_events=N_EVENTS)


@pytest.fixture(scope="module")
def truth(paths: dict[str, Path]) -> pd.DataFrame:
    return pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])


def _rows(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The file's cells as text beside its truth rows (matched on ``source_row``)."""
    path = paths[source]
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        cells = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    elif path.suffix == ".xlsx":
        cells = pd.read_excel(path, dtype=object)
        first = 2
    else:
        src = next(s for s in BLIND299_SOURCES if s.source == source)
        cells = pd.read_csv(
            path,
            sep=src.delimiter,
            encoding=src.encoding,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
        first = 2
    cells["source_row"] = [str(first + i) for i in range(len(cells))]
    mine = truth.loc[truth["source_file"] == path.name]
    assert len(mine) == len(cells)
    both = cells.merge(mine, on="source_row", suffixes=("", "_truth"))
    return both.loc[both["expected_status"] != "quarantine"].reset_index(drop=True)


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(paths: dict[str, Path]) -> None:
    check_files_and_truth(paths, SOURCES, suffix="_ko", n_events=N_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_read_loses_no_row(paths, SOURCES, truth)


def test_expected_values(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    check_expected_values(paths, truth, FIELDS, tolerance=1e-3)


def test_placeholder_counts(truth: pd.DataFrame) -> None:
    check_placeholder_counts(truth)


@pytest.mark.parametrize(("seed", "n_events"), [(SMALL_SEED, SMALL_EVENTS), (0, 300), (1, 300)])
def test_every_desk_reports_events(seed: int, n_events: int) -> None:
    subs = make_blind299(make_truth(seed=seed, n_events=n_events), seed=seed)
    assert [s.source for s in subs] == list(SOURCES)
    for sub in subs:
        assert (sub.expected["expected_status"] == "record").sum() >= 5, sub.source


def test_small_set_writes_and_reads(tmp_path: Path) -> None:
    paths = write_samples(tmp_path, seed=SMALL_SEED, n_events=SMALL_EVENTS, variant=VARIANT)
    truth = pd.read_csv(paths["truth_rows"], dtype=str, keep_default_na=False, na_values=[""])
    check_read_loses_no_row(paths, SOURCES, truth)


def test_compilation_reports_only_what_no_desk_does(truth: pd.DataFrame) -> None:
    events = truth.loc[truth["expected_status"] == "record"]
    lbma = events.loc[events["source"] == LBMA, "detection_country"].dropna()
    assert not set(lbma) & {"FRA", "ESP", "GBR", "PAN"}
    assert set(truth.loc[truth["source"] == LBMA, "expected_reason"].dropna()) <= {
        "no_date",
        "bad_date",
        "future_date",
        "negative_count",
        "bad_count",
    }


def test_duplicates_share_and_repeats(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) <= {PARIS, CAIXA, HT}
    repeats = truth.loc[truth["expected_reason"] == "exact_repeat", "source"]
    assert set(repeats) == {HT, SSNF}


# --------------------------------------------------------------------------------------
# Each desk's habits, in the bytes
# --------------------------------------------------------------------------------------
def test_paris_is_french_cp1252_semicolons(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[PARIS].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    header = text.split("\r\n")[0]
    assert header.startswith("N° déclaration;Date des faits;Qualification;")
    assert header.count(";") == 14
    assert "\r\n" in text
    assert "Extraction registre LCB-FT" in text
    assert "Aide à l'entrée/séjour irréguliers" in text
    assert re.search(r";(1[3-9]|2\d|3[01])/(0\d|1[0-2])/20\d\d;", text)  # day first
    assert re.search(
        r";(janvier|février|mars|avril|mai|juin|juillet|août|septembre"
        r"|octobre|novembre|décembre) 20\d\d;",
        text,
    )
    rows = _rows(paths, truth, PARIS)
    moji = rows["messiness"].fillna("").str.contains("mojibake")
    assert moji.any()
    assert rows.loc[moji].map(lambda v: isinstance(v, str) and "Ã" in v).any(axis=1).all()
    aucun = rows["Nb mis en cause"].isin(["aucun", "néant"])
    assert aucun.any()
    assert (rows.loc[aucun, "n_suspects"] == "0").all()
    words = rows["Nb personnes concernées"].isin(["un", "deux", "trois", "quatre", "cinq"])
    assert words.any()
    smuggling = rows["crime_type"] == "smuggling"
    assert rows.loc[smuggling, "Forme d'exploitation"].isin(["", "Sans objet"]).all()
    assert rows.loc[smuggling, "exploitation"].isna().all()


def test_caixabank_is_spanish_xlsx(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    book = load_workbook(paths[CAIXA], read_only=True)
    sheet = book.worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:4] == [
        "Nº comunicación",
        "Fecha de los hechos",
        "Tipología",
        "Finalidad de explotación",
    ]
    assert "Latitud" in header
    assert "Longitud" in header
    book.close()
    rows = _rows(paths, truth, CAIXA)
    dates = rows["Fecha de los hechos"]
    assert dates.map(lambda v: isinstance(v, datetime)).mean() > 0.5
    assert dates.map(lambda v: isinstance(v, str) and " de " in v).any()
    assert rows["Tipología"].isin(["Art. 318 bis CP", "Art. 177 bis CP"]).any()
    # Spanish sex letters: H = hombre, M = mujer
    assert (rows.loc[rows["Sexo"] == "M", "gender"] == "female").all()
    assert (rows.loc[rows["Sexo"] == "H", "gender"] == "male").all()
    assert (rows["Sexo"] == "M").any()
    assert (rows["Sexo"] == "H").any()
    fem = rows["Nacionalidad"].isin(["rumana", "marroquí", "nigeriana", "senegalesa"])
    assert fem.any()
    assert (rows.loc[rows["Nacionalidad"] == "rumana", "nationality"] == "ROU").all()
    valla = rows["Medio de transporte"] == "Salto de valla"
    assert valla.any()
    assert (rows.loc[valla, "transport_mode"] == "land").all()
    cayuco = rows["Medio de transporte"] == "Cayuco"
    assert cayuco.any()
    assert (rows.loc[cayuco, "transport_mode"] == "sea").all()
    comma = rows["Latitud"].map(lambda v: isinstance(v, str) and "," in v)
    assert comma.any()
    lat = rows.loc[comma, "Latitud"].str.replace(",", ".").astype(float)
    assert ((lat - rows.loc[comma, "lat"].astype(float)).abs() < 1e-4).all()


def test_ht_is_utf16_tab_english(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[HT].read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16 little-endian with BOM
    text = data.decode("utf-16")
    header = text.splitlines()[0].split("\t")
    assert header[:3] == ["SAR Ref", "Date of Incident", "Offence Type"]
    assert "Organised Immigration Crime" in text
    assert re.search(
        r"\t\d{1,2} (January|February|March|April|May|June|July|August"
        r"|September|October|November|December) 20\d\d\t",
        text,
    )
    rows = _rows(paths, truth, HT)
    nil = rows["No. Suspects"] == "Nil"
    assert nil.any()
    assert (rows.loc[nil, "n_suspects"] == "0").all()
    route = rows["Route (transit)"].str.contains(" > ")
    assert route.any()
    eritrean = rows["Nationality"] == "Eritrean"
    assert (rows.loc[eritrean, "nationality"] == "ERI").all()
    assert rows["Nationality"].isin(list({"Afghan", "Iranian", "Iraqi", "Vietnamese"})).any()
    raw = pd.read_csv(paths[HT], sep="\t", encoding="utf-16", dtype=str)
    assert (raw["SAR Ref"] == "Total").sum() == 1


def test_ssnf_is_utf8_bom_commas(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    data = paths[SSNF].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Código de reporte,Fecha del hecho,Tipo de delito,")
    rows = _rows(paths, truth, SSNF)
    nna = rows["Grupo etario"] == "NNA"
    assert nna.any()
    assert (rows.loc[nna, "age_group"] == "child").all()
    serial = rows["Fecha del hecho"].str.fullmatch(r"4\d{4}")
    assert serial.any()
    day = pd.Timestamp("1899-12-30") + pd.to_timedelta(
        rows.loc[serial, "Fecha del hecho"].astype(int), unit="D"
    )
    assert (day.dt.strftime("%Y-%m-%d") == rows.loc[serial, "event_date"]).all()
    dms = rows["Coordenadas"].str.contains("°", regex=False)
    assert dms.any()
    assert (
        rows.loc[dms, "Coordenadas"]
        .str.fullmatch(r"\d+°\d\d'\d\d\.\d\"N \d+°\d\d'\d\d\.\d\"W")
        .all()
    )
    assert (rows.loc[dms, "lon"].astype(float) < 0).all()
    pair = rows["Coordenadas"].str.fullmatch(r"-?\d+\.\d{5}, -?\d+\.\d{5}")
    assert pair.mean() > 0.5


def test_lbma_is_json_lines_of_codes(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    lines = paths[LBMA].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert set(recs[0]) >= {"incident_id", "incident_date", "country_m49", "transit_iso3"}
    rows = _rows(paths, truth, LBMA)
    body = rows
    assert body["transit_iso3"].map(lambda v: isinstance(v, list)).all()
    assert body["related_offences"].map(lambda v: isinstance(v, list)).all()
    m49 = body["country_m49"].dropna()
    assert m49.isin(["380", "300", "191", "616", "840"]).all()
    assert body["incident_date"].dropna().str.fullmatch(r"\d{4}-Q[1-4]").any()
    zero = (body["latitude"] == 0.0) & (body["longitude"] == 0.0)
    assert zero.any()
    assert body.loc[zero, "messiness"].str.contains("coords_placeholder").all()
    assert body.loc[zero, "lat"].isna().all()


def test_tags_name_what_was_planted(truth: pd.DataFrame) -> None:
    tags = tags_of(truth)
    for tag in (
        "partial_date",
        "mojibake",
        "typo",
        "demonym:nationality",
        "count_word",
        "zero_word",
        "count_placeholder",
        "coords_dms",
        "decimal_comma",
        "coords_placeholder",
        "date:serial",
        "date:excel",
    ):
        assert tags.str.contains(tag, regex=False).any(), tag
