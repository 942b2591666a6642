"""The examiner set ``blind315`` (files ``*_le.*``): motorway services, lorry parks, bridges.

These tests check what the set promises (files, truth, the agencies' habits in the bytes);
none of them cleans or scores.
"""

from __future__ import annotations

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

VARIANT = "blind315"
SEED = 315
N_EVENTS = 1500
SMALL_SEED = 3151
SMALL_EVENTS = 400
SOURCES = ("roadchef_security", "sanef_aires", "abertis_areas", "capufe_puentes", "tapa_iis")
#: Fields every kept row reports exactly as the true event has them.
FIELDS = (
    "crime_type",
    "exploitation",
    "origin_country",
    "destination_country",
    "transit_countries",
    "linked_offences",
)
TOLERANCE = 1e-3  # degrees; DMS to a tenth of a second, decimals to five places

HEADERS = {
    "roadchef_security": [
        "Incident Ref",
        "Date/Time Found",
        "Site",
        "Incident Category",
        "Exploitation Type (MS only)",
        "No. of Persons",
        "Suspects Detained",
        "Sex",
        "Adult/Minor",
        "Nationality (stated)",
        "Country of Origin",
        "Route (via)",
        "Intended Destination",
        "Nation",
        "Conveyance",
        "Other Offences",
        "Latitude",
        "Longitude",
    ],
    "sanef_aires": [
        "N° main courante",
        "Date/heure constat",
        "Secteur",
        "Nature de l'événement",
        "Forme d'exploitation",
        "Nb personnes",
        "Nb passeurs/auteurs",
        "Sexe",
        "Majeur/Mineur",
        "Nationalité déclarée",
        "Pays d'origine",
        "Pays traversés",
        "Destination annoncée",
        "Pays",
        "Moyen",
        "Infractions connexes",
        "Latitude",
        "Longitude",
    ],
    "abertis_areas": [
        "Nº Parte",
        "Fecha",
        "Tipología",
        "Tipo de explotación",
        "Nº personas",
        "Nº detenidos/investigados",
        "Sexo",
        "Edad",
        "Nacionalidad",
        "País de origen",
        "Países de tránsito",
        "País de destino",
        "País",
        "Medio",
        "Delitos conexos",
        "Coordenadas (GMS)",
    ],
    "capufe_puentes": [
        "Folio",
        "Fecha del evento",
        "Tipo de incidente",
        "Modalidad de explotación",
        "Personas localizadas",
        "Probables responsables",
        "Sexo",
        "Grupo de edad",
        "Nacionalidad",
        "País de origen",
        "Ruta (países)",
        "Destino",
        "País de detección",
        "Medio de transporte",
        "Delitos asociados",
        "Latitud",
        "Longitud",
    ],
    "tapa_iis": [
        "incident_id",
        "incident_date",
        "tapa_region",
        "category",
        "exploitation",
        "persons_found",
        "offenders",
        "sex",
        "age",
        "nationality",
        "origin",
        "transit",
        "destination",
        "country",
        "conveyance",
        "related_offences",
        "latitude",
        "longitude",
    ],
}


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


@pytest.fixture(params=["paths", "small"])
def any_set(request: pytest.FixtureRequest) -> tuple[dict[str, Path], int]:
    got: dict[str, Path] = request.getfixturevalue(request.param)
    return got, N_EVENTS if request.param == "paths" else SMALL_EVENTS


def _cells(paths: dict[str, Path], source: str) -> pd.DataFrame:
    """The file's cells as text (None when empty), with ``source_row`` as the truth counts."""
    path = paths[source]
    if path.suffix == ".xlsx":
        rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
        frame = pd.DataFrame(rows[1:], columns=rows[0], dtype=object)
        first = 2
    elif path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], dtype=object)
        first = 1
    else:
        enc, sep = {
            "sanef_aires": ("cp1252", ";"),
            "abertis_areas": ("utf-16", "\t"),
            "capufe_puentes": ("utf-8-sig", ","),
        }[source]
        frame = pd.read_csv(
            path, sep=sep, encoding=enc, dtype=str, keep_default_na=False, skip_blank_lines=False
        )
        frame = frame.replace("", None)
        first = 2
    frame["source_row"] = range(first, first + len(frame))
    return frame


def _joined(paths: dict[str, Path], truth: pd.DataFrame, source: str) -> pd.DataFrame:
    """The file's rows beside their truth rows (truth columns prefixed ``t_``)."""
    cells = _cells(paths, source)
    mine = truth.loc[truth["source_file"] == paths[source].name].copy()
    mine["source_row"] = mine["source_row"].astype(int)
    assert len(mine) == len(cells)
    return cells.merge(mine.add_prefix("t_"), left_on="source_row", right_on="t_source_row")


# --------------------------------------------------------------------------------------
# The shared promises
# --------------------------------------------------------------------------------------
def test_files_and_truth(any_set: tuple[dict[str, Path], int]) -> None:
    got, n_events = any_set
    check_files_and_truth(got, SOURCES, suffix="_le", n_events=n_events)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    check_same_seed_same_bytes(tmp_path, VARIANT, seed=SMALL_SEED)


def test_read_loses_no_row(any_set: tuple[dict[str, Path], int]) -> None:
    got, _ = any_set
    check_read_loses_no_row(got, SOURCES, _truth(got))


def test_expected_values(any_set: tuple[dict[str, Path], int]) -> None:
    got, _ = any_set
    check_expected_values(got, _truth(got), FIELDS, tolerance=TOLERANCE)


def test_placeholder_counts(any_set: tuple[dict[str, Path], int]) -> None:
    got, _ = any_set
    check_placeholder_counts(_truth(got))


def test_every_source_reports_records(any_set: tuple[dict[str, Path], int]) -> None:
    got, _ = any_set
    truth = _truth(got)
    for source in SOURCES:
        rows = truth.loc[truth["source"] == source, "expected_status"]
        assert (rows == "record").sum() > 10, source


def test_compilation_repeats_the_operators(truth: pd.DataFrame) -> None:
    cross = truth.loc[truth["expected_reason"] == "cross_source"]
    assert set(cross["source"]) == {"tapa_iis"}
    firsts = set(cross["duplicate_of"].str.split(":").str[0])
    assert firsts == {
        "roadchef_security_le.xlsx",
        "sanef_aires_le.csv",
        "abertis_areas_le.csv",
        "capufe_puentes_le.csv",
    }
    # what no operator covers comes from the compilation only
    kept = truth.loc[truth["expected_status"] == "record"]
    elsewhere = kept.loc[kept["detection_country"].isin(["ITA", "GRC", "HRV", "POL", "PAN"])]
    assert set(elsewhere["source"]) == {"tapa_iis"}


def test_exact_repeats_in_resubmitted_files(truth: pd.DataFrame) -> None:
    rep = truth.loc[truth["expected_reason"] == "exact_repeat"]
    assert set(rep["source"]) == {"roadchef_security", "capufe_puentes"}
    assert rep.groupby("source").size().min() >= 3


def test_only_the_compilation_gives_partial_dates(truth: pd.DataFrame) -> None:
    partial = truth.loc[truth["date_precision"].isin(["month", "quarter"])]
    assert set(partial["source"]) == {"tapa_iis"}
    assert set(partial["date_precision"]) == {"month", "quarter"}


# --------------------------------------------------------------------------------------
# The bytes: encodings, delimiters, headers
# --------------------------------------------------------------------------------------
def test_sanef_is_cp1252_semicolon_crlf(paths: dict[str, Path]) -> None:
    raw = paths["sanef_aires"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert text.count("\r\n") == text.count("\n")
    assert text.split("\r\n")[0].split(";") == HEADERS["sanef_aires"]


def test_abertis_is_utf16_tab(paths: dict[str, Path]) -> None:
    raw = paths["abertis_areas"].read_bytes()
    assert raw.startswith(b"\xff\xfe")  # Excel's "Unicode text": UTF-16 LE with BOM
    text = raw.decode("utf-16")
    assert text.splitlines()[0].split("\t") == HEADERS["abertis_areas"]


def test_capufe_is_utf8_bom_comma(paths: dict[str, Path]) -> None:
    raw = paths["capufe_puentes"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].split(",") == HEADERS["capufe_puentes"]


def test_roadchef_is_an_excel_log(paths: dict[str, Path]) -> None:
    cells = _cells(paths, "roadchef_security")
    assert list(cells.columns[:-1]) == HEADERS["roadchef_security"]


def test_tapa_is_json_lines(paths: dict[str, Path]) -> None:
    lines = paths["tapa_iis"].read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert list(json.loads(line)) == HEADERS["tapa_iis"]


# --------------------------------------------------------------------------------------
# The agencies' habits
# --------------------------------------------------------------------------------------
def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.loc[frame["t_expected_status"] != "quarantine"]


def test_roadchef_dates_nations_and_words(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(paths, truth, "roadchef_security"))
    dates = rows["Date/Time Found"]
    typed = dates.map(lambda v: isinstance(v, str))
    assert (~typed).mean() > 0.7  # real Excel date-times ...
    assert dates[typed].str.fullmatch(r"\d\d/\d\d/\d{2}(\d{2})?").all()  # ... or typed, day first
    nation = rows["Nation"].dropna()
    assert set(nation) <= {"England", "Scotland", "UK", "United Kingdom"}
    assert {"England", "Scotland"} <= set(nation)
    assert (rows.loc[rows["Nation"] == "Scotland", "t_lat"].dropna().astype(float) > 55).all()
    assert set(rows["t_detection_country"].dropna()) == {"GBR"}
    assert rows["Nationality (stated)"].isin(["Afghan", "Iranian", "Vietnamese"]).any()
    assert "UASC" in set(rows["Adult/Minor"])
    assert (rows.loc[rows["Adult/Minor"] == "UASC", "t_age_group"] == "child").all()
    clandestine = rows["Incident Category"] == "Clandestine entrants"
    assert (rows.loc[clandestine, "t_crime_type"] == "smuggling").all()
    words = rows["No. of Persons"].isin(["one", "two", "three", "four", "five"])
    tbc = rows["No. of Persons"].isin(["TBC", "N/K"])
    assert rows.loc[tbc, "t_n_persons"].isna().all()
    assert rows.loc[words, "t_n_persons"].notna().all()


def test_sanef_french_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(paths, truth, "sanef_aires"))
    assert rows["Date/heure constat"].str.fullmatch(r"\d\d/\d\d/\d{4}( \d\d:\d\d)?").all()
    assert rows["Date/heure constat"].str.contains(" ").mean() > 0.5
    lat = rows["Latitude"].dropna()
    assert lat.str.fullmatch(r"5\d,\d{5}").all()  # decimal comma
    angleterre = rows["Destination annoncée"] == "Angleterre"
    assert angleterre.any()
    assert (rows.loc[angleterre, "t_destination_country"] == "GBR").all()
    assert rows["Nationalité déclarée"].isin(["afghane", "irakienne", "iranienne"]).any()
    assert rows["Nationalité déclarée"].str.isupper().any()
    pl = rows["Moyen"] == "PL"
    assert (rows.loc[pl, "t_transport_mode"] == "land").all()
    garbled = tags_of(truth.loc[truth["source"] == "sanef_aires"]).str.contains("mojibake")
    assert garbled.sum() >= 3
    assert paths["sanef_aires"].read_bytes().decode("cp1252").count("Ã") >= 3


def test_abertis_spanish_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(paths, truth, "abertis_areas"))
    months = "ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic"
    day_first = rf"\d\d/\d\d/(\d\d|\d{{4}})|\d\d-({months})-\d{{4}}"
    assert rows["Fecha"].str.fullmatch(day_first).all()
    dms = rows["Coordenadas (GMS)"].dropna()
    assert dms.str.fullmatch(r"\d+°\d\d'\d\d\.\d\"[NS] \d+°\d\d'\d\d\.\d\"[EW]").all()
    sex = {"V": "male", "M": "female", "Varones": "male", "Mujeres": "female"}
    for word, gender in sex.items():
        assert (rows.loc[rows["Sexo"] == word, "t_gender"] == gender).all(), word
    assert (rows["Sexo"] == "M").any()
    big = rows["t_n_persons"].dropna().astype(int) >= 1000
    written = rows.loc[big[big].index, "Nº personas"]
    assert written.str.fullmatch(r"\d{1,2}\.\d{3}|\d{4,5}").all()
    patera = rows["Medio"].isin(["Patera", "Cayuco"])
    assert (rows.loc[patera, "t_transport_mode"] == "sea").all()


def test_capufe_mexican_habits(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(paths, truth, "capufe_puentes"))
    fecha = rows["Fecha del evento"]
    months = "ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC"
    assert fecha.str.fullmatch(rf"\d\d/(\d\d|{months})/\d{{4}}|4\d{{4}}").all()
    assert fecha.str.fullmatch(r"4\d{4}").any()  # Excel serials
    serial = fecha.str.fullmatch(r"4\d{4}")
    days = pd.Timestamp("1899-12-30") + pd.to_timedelta(fecha[serial].astype(int), unit="D")
    assert (days.dt.strftime("%Y-%m-%d").to_numpy() == rows.loc[serial, "t_event_date"]).all()
    # Ley de Migración: "tráfico de personas" is migrant smuggling, "trata" is trafficking
    trafico = rows["Tipo de incidente"] == "Tráfico de personas"
    assert trafico.any()
    assert (rows.loc[trafico, "t_crime_type"] == "smuggling").all()
    trata = rows["Tipo de incidente"] == "Trata de personas"
    assert (rows.loc[trata, "t_crime_type"] == "trafficking").all()
    assert (rows.loc[rows["Grupo de edad"] == "NNA", "t_age_group"] == "child").all()
    assert (rows.loc[rows["Sexo"] == "M", "t_gender"] == "female").all()
    eua = rows["País de detección"] == "EUA"
    assert eua.any()
    assert (rows.loc[eua, "t_detection_country"] == "USA").all()
    assert rows["Nacionalidad"].isin(["hondureña", "guatemalteca", "mexicana"]).any()


def test_tapa_codes_and_dates(paths: dict[str, Path], truth: pd.DataFrame) -> None:
    rows = _kept(_joined(paths, truth, "tapa_iis"))
    date = rows["incident_date"]
    iso = r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d)?|\d{4}-\d\d|Q[1-4] \d{4}"
    assert date.str.fullmatch(iso).all()
    month = date.str.fullmatch(r"\d{4}-\d\d")
    assert (rows.loc[month, "t_date_precision"] == "month").all()
    assert (rows.loc[date.str.startswith("Q"), "t_date_precision"] == "quarter").all()
    country = rows["country"].dropna()
    assert country.str.fullmatch(r"[A-Z]{2}").any()
    assert country.str.fullmatch(r"[A-Z]{3}").any()
    assert country.str.fullmatch(r"\d{3}").any()  # ISO numeric, e.g. 380 for Italy
    assert (rows.loc[rows["country"] == "380", "t_detection_country"] == "ITA").all()
    americas = rows["tapa_region"] == "AMERICAS"
    assert set(rows.loc[americas, "t_detection_country"].dropna()) <= {"PAN", "USA"}
