"""Examiner set ``blind132`` (files ``*_ed.*``): what the set promises, checked on its bytes.

Five agencies of Brazil, the Guianas and Venezuela (see :mod:`trendlib.samples._blind132`).
None of these tests cleans or scores: they check the files, the truth and the quirks.
"""

from __future__ import annotations

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
    check_reports_of_events,
    check_same_seed_same_bytes,
    tags_of,
    write,
)
from openpyxl import load_workbook

from trendlib.samples import write_samples

VARIANT = "blind132"
SEED = 132
N_EVENTS = 1500
SMALL_SEED = 1321
SMALL_EVENTS = 400
SOURCES = ("ondoft_ve", "ctip_moha_gy", "ccpfb_oyapock", "mjsp_cgetp_br", "mjp_tipwg_sr")
#: Fields every row gives exactly as the event has them.
FIELDS = ("crime_type", "destination_country", "transit_countries", "linked_offences")
TOLERANCE = 0.0005  # degrees: DMS to a tenth of a second, decimals to five places


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
    check_files_and_truth(paths, SOURCES, suffix="_ed", n_events=N_EVENTS)


def test_small_set_files_and_truth(small: dict[str, Path]) -> None:
    check_files_and_truth(small, SOURCES, suffix="_ed", n_events=SMALL_EVENTS)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SEED)


def test_read_loses_no_row(paths: dict[str, Path]) -> None:
    check_read_loses_no_row(paths, SOURCES, _truth(paths))


def test_small_read_loses_no_row(small: dict[str, Path]) -> None:
    check_read_loses_no_row(small, SOURCES, _truth(small))


def test_expected_values(paths: dict[str, Path]) -> None:
    check_expected_values(paths, _truth(paths), FIELDS, tolerance=TOLERANCE)


def test_small_expected_values(small: dict[str, Path]) -> None:
    check_expected_values(small, _truth(small), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(paths: dict[str, Path]) -> None:
    check_placeholder_counts(_truth(paths))


def test_every_source_has_records_at_every_size(
    paths: dict[str, Path], small: dict[str, Path], tmp_path: Path
) -> None:
    tiny = write_samples(tmp_path, seed=3, n_events=300, variant=VARIANT)
    for p in (paths, small, tiny):
        truth = _truth(p)
        for source in SOURCES:
            assert (_rows(truth, source)["expected_status"] == "record").sum() > 0, source


# --------------------------------------------------------------------------------------
# The truth says what a careful analyst reads
# --------------------------------------------------------------------------------------
def test_exploitation_and_origin_expected_as_written(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    ok, ev = check_reports_of_events(paths, truth, FIELDS)
    tags = tags_of(truth).loc[truth["expected_status"] != "quarantine"].reset_index(drop=True)
    unknown = tags.str.contains("unknown:exploitation")
    smuggling = ev["exploitation"].isna()
    assert ok.loc[smuggling, "exploitation"].isna().all()  # pure smuggling: no form
    assert (ok.loc[unknown, "exploitation"] == "unknown").all()
    keep = ~unknown & ~smuggling
    assert ok.loc[keep, "exploitation"].equals(ev.loc[keep, "exploitation"])
    lost = tags.str.contains("unknown:origin_country")
    assert ok.loc[lost, "origin_country"].isna().all()
    assert ok.loc[~lost, "origin_country"].equals(ev.loc[~lost, "origin_country"])
    assert unknown.any()
    assert lost.any()


def test_every_habit_is_planted(paths: dict[str, Path]) -> None:
    tags = tags_of(_truth(paths))
    for habit in (
        "partial_date:month",
        "partial_date:quarter",
        "excel_serial",
        "datetime_offset",
        "long_date",
        "demonym:nationality",
        "alias:",
        "typo:",
        "iso3:",
        "iso2:",
        "iso_numeric:detection_country",
        "foreign_word:",
        "no_accent:",
        "thousands",
        "count_as_text",
        "count_placeholder",
        "suspects_placeholder",
        "zero_word",
        "na_word",
        "blank_gender",
        "blank_nationality",
        "coords_missing",
        "coords_placeholder",
        "upper_case",
        "spacing",
        "mojibake",
        "bad_row",
        "garbage_row",
    ):
        assert tags.str.contains(habit, regex=False).any(), habit


def test_second_reports_blank_what_the_first_gives(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    blanked = cross["messiness"].fillna("").str.contains("blank_")
    assert blanked.any()
    assert not blanked.all()
    assert set(cross["source"]) >= {"ondoft_ve", "mjsp_cgetp_br", "mjp_tipwg_sr"}


def test_quarantined_rows_expect_nothing(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    bad = truth.loc[truth["expected_status"] == "quarantine"]
    assert bad[["event_date", "n_persons", "nationality", "lat"]].isna().all().all()
    per_source = set(bad["source"])
    assert per_source == set(SOURCES)


# --------------------------------------------------------------------------------------
# The bytes show each agency's quirks
# --------------------------------------------------------------------------------------
def test_ondoft_cp1252_semicolons_dms_and_venezuelan_words(paths: dict[str, Path]) -> None:
    raw = paths["ondoft_ve"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "\r\n" in text
    header = text.split("\r\n", 1)[0]
    assert header.startswith("N° EXPEDIENTE;FECHA DEL HECHO;TIPO DE DELITO")
    frame = pd.read_csv(paths["ondoft_ve"], sep=";", encoding="cp1252", dtype=str)
    dates = frame["FECHA DEL HECHO"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{4}|\d\d/\d{4}").all()
    assert dates.str.fullmatch(r"\d\d/\d{4}").any()  # month only
    coords = frame["COORDENADAS (GMS)"].dropna()
    dms = coords.str.fullmatch(r"\d\d°\d\d'\d\d\.\d\"N \d\d°\d\d'\d\d\.\d\"O")
    assert dms.mean() > 0.9
    assert (coords == "S/C").any()
    assert frame["GRUPO ETARIO"].str.upper().eq("NNA").any()
    assert frame["NACIONALIDAD"].str.upper().eq("VENEZOLANA").any()
    assert frame["N° DE VÍCTIMAS/MIGRANTES"].eq("S/I").any()
    assert frame["N° DE APREHENDIDOS"].str.upper().eq("NINGUNO").any()
    assert frame["PAÍS DE DESTINO"].str.upper().isin(["EE.UU.", "EEUU", "EE. UU."]).any()
    assert frame["DELITOS CONEXOS"].str.contains("Tráfico de drogas|Contrabando", case=False).any()
    assert frame["N° EXPEDIENTE"].str.fullmatch(r"ONDOFT-DAE-\d{4}-20\d\d").sum() > 200


def test_ctip_guyana_workbook_real_dates_and_numbers(paths: dict[str, Path]) -> None:
    book = load_workbook(paths["ctip_moha_gy"])
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("C-TIP Ref.", "Date of Interception", "Offence")
    col = {h: i for i, h in enumerate(header)}
    dates = [r[col["Date of Interception"]] for r in rows[1:]]
    real = [d for d in dates if hasattr(d, "year")]
    typed = [d for d in dates if isinstance(d, str)]
    assert len(real) > 0.6 * len(dates)
    assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", d) for d in typed)
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}", d) for d in typed)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in typed)
    persons = [r[col["No. of Persons"]] for r in rows[1:]]
    assert sum(isinstance(p, int) for p in persons) > 0.9 * len(persons)
    suspects = {r[col["No. of Suspects"]] for r in rows[1:]}
    assert suspects & {"Nil", "nil"}
    lats = [r[col["Lat"]] for r in rows[1:] if r[col["Lat"]] is not None]
    assert all(isinstance(v, float) for v in lats)
    ages = {r[col["Age Group"]] for r in rows[1:]}
    assert "Juvenile" in ages
    refs = [r[0] for r in rows[1:]]
    assert "Grand Total" in refs


def test_ccpfb_bom_commas_and_french_police_words(paths: dict[str, Path]) -> None:
    raw = paths["ccpfb_oyapock"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(paths["ccpfb_oyapock"], sep=",", encoding="utf-8-sig", dtype=str)
    assert list(frame.columns[:3]) == ["N° fiche", "Date des faits", "Qualification"]
    dates = frame["Date des faits"].dropna()
    assert dates.str.fullmatch(r"\d\d/\d\d/\d{2}(\d{2})?|T[1-4] \d{4}|[a-zéû]+ \d{4}").all()
    assert dates.str.fullmatch(r"T[1-4] \d{4}").any()
    coords = frame["Coordonnées GPS"].dropna()
    assert coords.str.fullmatch(r"\d\d,\d{5} ; -?\d,\d{5}").all()
    assert frame["Nb mis en cause"].isin(["néant", "aucun"]).any()
    assert (
        frame["Majeurs / mineurs"].eq("MNA").any() or frame["Majeurs / mineurs"].eq("Mineurs").any()
    )
    assert frame["Nationalité"].str.fullmatch(r"[a-zé]+ne|[a-z]+se").any()  # afghane, ...
    assert frame["N° fiche"].str.contains("Total|NB :", regex=True).sum() == 2


def test_cgetp_jsonl_arrays_numeric_codes_and_mojibake(paths: dict[str, Path]) -> None:
    lines = paths["mjsp_cgetp_br"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    keys = set(recs[0])
    assert {"fecha_hecho", "tipo_delito", "cod_pais_deteccion", "paises_transito"} <= keys
    body = [r for r in recs if r["numero_registro"] != "TOTAL"]
    assert all(isinstance(r["paises_transito"], list) for r in body)
    assert all(isinstance(r["delitos_conexos"], list) for r in body)
    codes = {r["cod_pais_deteccion"] for r in body if r["cod_pais_deteccion"]}
    assert codes <= {"380", "724", "300", "191"}
    assert {"380", "724"} <= codes
    dates = [r["fecha_hecho"] for r in body if r["fecha_hecho"]]
    assert any(d.endswith("-03:00") for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    text = "\n".join(lines)
    assert "Ã" in text  # a double-encoded batch
    assert any(w in text for w in ("Itália", "Espanha", "Marrocos"))
    assert any(isinstance(r["cantidad_personas"], str) for r in body)


def test_tipwg_utf16_tabs_dutch_dates_and_routes(paths: dict[str, Path]) -> None:
    raw = paths["mjp_tipwg_sr"].read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    frame = pd.read_csv(paths["mjp_tipwg_sr"], sep="\t", encoding="utf-16", dtype=str)
    assert list(frame.columns[:2]) == ["Ref. nr.", "Date"]
    dates = frame["Date"].dropna()
    assert dates.str.fullmatch(r"\d\d-\d\d-\d{4}|\d{5}|Q[1-4] \d{4}").all()
    assert dates.str.fullmatch(r"\d{5}").any()
    assert dates.str.fullmatch(r"Q[1-4] \d{4}").any()
    route = frame["Transit route"].dropna()
    assert route.str.contains(" > ").any()
    assert route.str.fullmatch(r"[A-Z]{3}( > [A-Z]{3})*").any()
    words = set(frame.stack().astype(str))
    assert "n.v.t." in words
    assert words & {"onbekend", "Duitsland", "Griekenland", "Oostenrijk", "Italië", "Spanje"}
    assert frame["Country where detected"].isin(["GRC", "HRV", "POL"]).any()


def test_languages_per_agency(paths: dict[str, Path]) -> None:
    truth = _truth(paths)
    assert set(truth["source_file"]) == {paths[s].name for s in SOURCES}
    ccpfb = pd.read_csv(paths["ccpfb_oyapock"], encoding="utf-8-sig", dtype=str)
    words = ccpfb["Qualification"].dropna()
    assert words.str.contains("Aide à l'entrée|TEH|Traite|Filière").all()
