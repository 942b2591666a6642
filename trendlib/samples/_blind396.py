"""Examiner sample set ``blind396``: dental regulators and dental bodies (files ``*_oh.*``).

Five bodies of the dental profession report patients who are victims of trafficking or
smuggled migrants, each in its own working language and export tool:

``gdc_uk_oh.csv``
    UK General Dental Council, safeguarding referrals log (English, UTF-8 with BOM,
    ``,``): day-first dates (``17/05/2023``, ``17 May 2023``), nationality as a demonym
    (``Vietnamese``), "UK", "England" or "Scotland" for the country, a "lat, long" pair,
    routes joined by ``" > "``, counts of one to three sometimes in words.
``oncd_fr_oh.csv``
    Ordre national des chirurgiens-dentistes, signalements of the conseils
    départementaux of the Channel coast (French, cp1252, ``;``, CRLF): ``dd/mm/yyyy``
    and month names, nationality as a feminine adjective (``afghane``), "Angleterre"
    for the United Kingdom, decimal-comma coordinates, some cells pasted from a UTF-8
    form and garbled (mojibake), re-sent rows.
``cgdentistas_es_oh.xlsx``
    Consejo General de Dentistas de España (Spanish, XLSX): real Excel dates with a few
    text dates, months and quarters (``T2 2023``), legal wording of the offences
    (``art. 318 bis CP``), ``patera``/``cayuco``, numbers as numbers.
``colegio_odontologico_pa_oh.csv``
    Colegio Odontológico de Panamá, dental brigades at the Darién reception stations
    (Spanish, UTF-16 with BOM, tab, as Excel's "Texto Unicode"): ``d/m/yyyy`` dates and
    Excel serials, ``NNA`` for minors, ``EE.UU.``, a GPS pair (``0.0, 0.0`` when the
    phone had no fix), re-sent rows.
``fdi_safeguarding_oh.jsonl``
    FDI World Dental Federation, safeguarding digest compiled from member associations
    (English, UTF-8, JSON lines): ISO dates, months and quarters (``2023-Q2``), ISO
    alpha-3/alpha-2 nationalities, UN M49 numeric codes for the reporting country.

Every cell the truth expects is what a careful analyst reads in it; cells that say
"not known" expect nothing (or ``unknown``) and are tagged so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND396", "SOURCES", "DentalSource", "Wording", "make_blind396"]

_Rng = np.random.Generator
Cells = dict[str, object]
#: (cell, expected day, precision, tags) of a date.
DateCell = tuple[object, pd.Timestamp, str, list[str]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Wording:
    """The words one body writes for the design's vocabularies.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the body's words for it (one is drawn per row).
    not_applicable : tuple
        Exploitation cell of a pure smuggling row (``None`` = blank).
    unknown : tuple of str
        Words for "not known" (a careful analyst reads nothing from them).
    none_word : tuple of str
        Words for zero suspects.
    direct : tuple of str
        Transit cell of a journey without transit, beside a blank.
    transit_sep : str
        Separator of the transit countries, in order.
    offence_sep : str
        Separator of the linked offences.
    bad_date_word : tuple of str
        Words written instead of a date that is not known.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    not_applicable: tuple[str | None, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    none_word: tuple[str, ...]
    direct: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    bad_date_word: tuple[str, ...]


@dataclass(frozen=True)
class DentalSource(ExaminerSource):
    """A body of this set: what the machinery reads, its wording and its cell writers.

    Attributes
    ----------
    words : Wording
        Its vocabulary words.
    date : callable
        ``(day, rng, partial_ok) -> (cell, expected day, precision, tags)``.
    country : callable
        ``(iso3, column, rng) -> (cell, tags)``.
    coords : callable
        ``(lat, lon, rng) -> (cells, expected lat, expected lon, tags)``.
    count : callable
        ``(n, rng) -> (cell, tags)`` for a count of persons or suspects.
    """

    words: Wording
    date: Callable[[pd.Timestamp, _Rng, bool], DateCell]
    country: Callable[[str, str, _Rng], tuple[object, list[str]]]
    coords: Callable[[float, float, _Rng], tuple[Cells, float | None, float | None, list[str]]]
    count: Callable[[int, _Rng], tuple[object, list[str]]]


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "NGA": "Nigerian",
    "ROU": "Romanian",
}
_EN_ALIAS = {
    "VNM": "Vietnam",
    "GBR": "UK",
    "USA": "USA",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "SYR": "Syrian Arab Republic",
    "RUS": "Russian Federation",
}
_FR_ADJ = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_ES_ADJ = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
_ACCENTS = str.maketrans("áéíóúÁÉÍÓÚñÑ", "aeiouAEIOUnN")


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _country_gdc(iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    r = float(rng.random())
    if col == "detection_country":
        if r < 0.25:
            return "UK", ["alias:detection_country"]
        if r < 0.35:
            return "England", ["subnational:detection_country"]
        return "United Kingdom", []
    if col == "nationality" and iso in _EN_DEMONYM and r < 0.6:
        return _EN_DEMONYM[iso], ["demonym:nationality"]
    if iso in _EN_ALIAS and r > 0.7:
        return _EN_ALIAS[iso], [f"alias:{col}"]
    if r > 0.97:
        return COUNTRIES[iso][5], [f"typo:{col}"]
    return _name(iso, "en"), []


def _country_oncd(iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    r = float(rng.random())
    tags: list[str] = []
    if col == "detection_country":
        text = "FR" if r < 0.15 else "FRANCE" if r < 0.3 else "France"
    elif col == "nationality" and iso in _FR_ADJ and r < 0.5:
        text = _FR_ADJ[iso]
        tags.append("adjective:nationality")
    elif iso == "GBR" and r > 0.75:
        text = "Angleterre"
        tags.append("subnational:" + col)
    else:
        text = _name(iso, "fr")
    return text, tags


def _country_cgd(iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    r = float(rng.random())
    if col == "detection_country":
        if iso == "ESP":
            return ("ESPAÑA" if r < 0.2 else "Espana" if r < 0.3 else "España"), []
        return _name(iso, "es"), []
    if col == "nationality" and iso in _ES_ADJ and r < 0.5:
        return _ES_ADJ[iso], ["adjective:nationality"]
    name = _name(iso, "es")
    if r > 0.9 and name.translate(_ACCENTS) != name:
        return name.translate(_ACCENTS), [f"no_accent:{col}"]
    return name, []


def _country_cop(iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    r = float(rng.random())
    if col == "detection_country":
        if iso == "PAN":
            return ("PANAMA" if r < 0.2 else "Panamá"), []
        return _name(iso, "es"), []
    if col == "nationality":
        if iso in _ES_ADJ and r < 0.6:
            return _ES_ADJ[iso], ["adjective:nationality"]
        if r > 0.95:
            return iso, ["iso3:nationality"]
    if iso == "USA":
        return choice(rng, ("EE.UU.", "Estados Unidos", "USA", "EEUU")), [f"alias:{col}"]
    return _name(iso, "es"), []


def _country_fdi(iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    r = float(rng.random())
    if col == "detection_country":
        return iso_codes(iso)[1], ["m49:detection_country"]
    if col == "destination_country":
        return _name(iso, "en"), []
    if col == "nationality" and r < 0.2:
        return iso_codes(iso)[0], ["iso2:nationality"]
    return iso, [f"iso3:{col}"]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * (ts.quarter - 1) + 1, 1)


def _date_gdc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = float(rng.random())
    if partial_ok and r < 0.04:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.3:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_oncd(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = float(rng.random())
    if partial_ok and r < 0.05:
        word = _MONTHS["fr"][ts.month - 1]
        return f"{word} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.12:
        return ts.strftime("%d/%m/%y"), ts, "day", ["short_year"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_cgd(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = float(rng.random())
    if partial_ok and r < 0.03:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if partial_ok and r < 0.06:
        word = _MONTHS["es"][ts.month - 1]
        return f"{word} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.16:
        return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
    return ts.to_pydatetime(), ts, "day", ["excel_date"]


def _serial(ts: pd.Timestamp) -> str:
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _date_cop(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = float(rng.random())
    if partial_ok and r < 0.04:
        return f"{ts.month:02d}/{ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.3:
        return _serial(ts), ts, "day", ["excel_serial"]
    return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", []


def _date_fdi(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateCell:
    r = float(rng.random())
    if partial_ok and r < 0.1:
        return f"{ts.year}-{ts.month:02d}", _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.16:
        return f"{ts.year}-Q{ts.quarter}", _quarter_start(ts), "quarter", ["partial_date"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
_EN_NUMBERS = ("one", "two", "three")


def _count_gdc(n: int, rng: _Rng) -> tuple[object, list[str]]:
    if 1 <= n <= 3 and float(rng.random()) < 0.15:
        return _EN_NUMBERS[n - 1], ["count_word"]
    if n >= 1000:
        return f"{n:,}", ["thousands"]
    return str(n), []


def _count_oncd(n: int, rng: _Rng) -> tuple[object, list[str]]:
    if n >= 1000:
        return f"{n // 1000}\u00a0{n % 1000:03d}", ["thousands"]
    return str(n), []


def _count_cgd(n: int, rng: _Rng) -> tuple[object, list[str]]:
    if n >= 1000 and float(rng.random()) < 0.5:
        return f"{n // 1000}.{n % 1000:03d}", ["thousands"]
    return n, []


def _count_cop(n: int, rng: _Rng) -> tuple[object, list[str]]:
    if n >= 1000 and float(rng.random()) < 0.6:
        return f"{n:,}", ["thousands"]
    return str(n), []


def _count_fdi(n: int, rng: _Rng) -> tuple[object, list[str]]:
    return n, []


Coords = tuple[Cells, float | None, float | None, list[str]]


def _coords_gdc(lat: float, lon: float, rng: _Rng) -> Coords:
    if float(rng.random()) < 0.12:
        return {"coordinates": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 4), round(lon, 4)
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, []


def _coords_oncd(lat: float, lon: float, rng: _Rng) -> Coords:
    if float(rng.random()) < 0.06:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 5), round(lon, 5)
    cells: Cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
    return cells, la, lo, ["decimal_comma"]


def _coords_cgd(lat: float, lon: float, rng: _Rng) -> Coords:
    r = float(rng.random())
    if r < 0.05:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 5), round(lon, 5)
    if r < 0.15:  # typed in by hand as text, Spanish decimal comma
        text: Cells = {"lat": f"{la}".replace(".", ","), "lon": f"{lo}".replace(".", ",")}
        return text, la, lo, ["decimal_comma"]
    return {"lat": la, "lon": lo}, la, lo, []


def _coords_cop(lat: float, lon: float, rng: _Rng) -> Coords:
    r = float(rng.random())
    if r < 0.04:
        return {"coordinates": None}, None, None, ["coords_missing"]
    if r < 0.07:  # the brigade's phone had no GPS fix
        return {"coordinates": "0.0, 0.0"}, None, None, ["coords_placeholder"]
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []


def _coords_fdi(lat: float, lon: float, rng: _Rng) -> Coords:
    if float(rng.random()) < 0.08:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 3), round(lon, 3)
    return {"lat": la, "lon": lo}, la, lo, []


# --------------------------------------------------------------------------------------
# Wording of each body
# --------------------------------------------------------------------------------------
_GDC_WORDS = Wording(
    crime={
        "trafficking": (
            "Modern slavery / human trafficking",
            "Modern slavery",
            "Human trafficking",
        ),
        "smuggling": ("People smuggling", "Smuggled into UK (illegal entry)"),
        "both": ("Modern slavery + people smuggling", "Smuggling and trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis farm)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=(None, None, "N/A"),
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "adult": ("Adult (18+)", "Adult"),
        "child": ("Child (under 18)", "Child"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Boat", "Dinghy"),
        "land": ("Lorry", "In the back of a lorry", "Car"),
        "air": ("Flight", "Plane"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis"),
        "cybercrime": ("Online / cyber",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Not known", "Not recorded"),
    none_word=("None identified", "None"),
    direct=("Direct",),
    transit_sep=" > ",
    offence_sep="; ",
    bad_date_word=("Not known",),
)

_ONCD_WORDS = Wording(
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants (passeurs)"),
        "both": ("TEH et aide à l'entrée irrégulière", "Traite + trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    not_applicable=(None, "sans objet"),
    gender={
        "female": ("F", "Femme(s)"),
        "male": ("H", "Homme(s)"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "adult": ("Majeur(s)", "Adulte(s)"),
        "child": ("Mineur(s)", "MNA"),
        "mixed": ("Majeurs et mineurs", "Adultes et mineurs"),
    },
    mode={
        "sea": ("Embarcation (small boat)", "Bateau pneumatique", "Voie maritime"),
        "land": ("Camion", "Poids lourd", "Voiture"),
        "air": ("Avion",),
    },
    offences={
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown=("NR", "non renseigné", "inconnu"),
    none_word=("aucun", "Aucun"),
    direct=(),
    transit_sep=", ",
    offence_sep=" + ",
    bad_date_word=("date inconnue",),
)

_CGD_WORDS = Wording(
    crime={
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata de seres humanos"),
        "smuggling": ("Inmigración ilegal (art. 318 bis CP)", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    not_applicable=(None, "No aplica"),
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Mayor de edad", "Adultos"),
        "child": ("Menor", "Menor no acompañado"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Terrestre", "Vehículo", "A pie"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    unknown=("No consta", "Sin datos"),
    none_word=("Ninguno",),
    direct=("Directo",),
    transit_sep=" - ",
    offence_sep=" / ",
    bad_date_word=("Sin fecha",),
)

_COP_WORDS = Wording(
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otro",),
    },
    not_applicable=(None,),
    gender={
        "female": ("Femenino",),
        "male": ("Masculino",),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "adult": ("Adulto", "Adultos"),
        "child": ("NNA", "Menor de edad"),
        "mixed": ("Adultos y NNA",),
    },
    mode={
        "land": ("A pie (selva)", "Terrestre", "Caminando"),
        "sea": ("Lancha",),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("documentos falsos",),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    unknown=("N/D", "S/D"),
    none_word=("ninguno",),
    direct=(),
    transit_sep=", ",
    offence_sep=", ",
    bad_date_word=("s/f",),
)

_FDI_WORDS = Wording(
    crime={
        "trafficking": ("human trafficking",),
        "smuggling": ("migrant smuggling",),
        "both": ("trafficking + smuggling",),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    not_applicable=(None,),
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    mode={"sea": ("sea",), "land": ("land",), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("unknown", "not stated"),
    none_word=("none",),
    direct=(),
    transit_sep="-",
    offence_sep="; ",
    bad_date_word=("unknown",),
)

#: The five bodies, in the order of the returned submissions.
SOURCES: tuple[DentalSource, ...] = (
    DentalSource(
        source="gdc_uk",
        filename="gdc_uk_oh.csv",
        ref="SG{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Concern ref",
            "event_date": "Date concern raised",
            "crime_type": "Concern category",
            "exploitation": "Type of exploitation",
            "n_persons": "No. of patients",
            "gender": "Sex",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (countries passed through)",
            "destination_country": "Intended destination",
            "transport_mode": "How arrived",
            "detection_country": "Country",
            "coordinates": "Practice location (lat, long)",
            "n_suspects": "Alleged perpetrators",
            "linked_offences": "Other concerns",
        },
        note="Extract from GDC safeguarding referrals log - figures provisional",
        total="TOTAL",
        bad_count=("#VALUE!", "#REF!"),
        repeats=False,
        words=_GDC_WORDS,
        date=_date_gdc,
        country=_country_gdc,
        coords=_coords_gdc,
        count=_count_gdc,
    ),
    DentalSource(
        source="oncd_fr",
        filename="oncd_fr_oh.csv",
        ref="ONCD-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date du signalement",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb patients concernés",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination déclarée",
            "detection_country": "Pays",
            "transport_mode": "Mode de passage",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires – extraction des conseils départementaux 59 et 62",
        total="Total général",
        bad_count=("#VALEUR!", "#REF!"),
        repeats=True,
        words=_ONCD_WORDS,
        date=_date_oncd,
        country=_country_oncd,
        coords=_coords_oncd,
        count=_count_oncd,
    ),
    DentalSource(
        source="cgdentistas_es",
        filename="cgdentistas_es_oh.xlsx",
        ref="{seq:04d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha",
            "detection_country": "País de detección",
            "crime_type": "Tipo delictivo",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº pacientes",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio de llegada",
            "lat": "Latitud",
            "lon": "Longitud",
            "n_suspects": "Nº investigados",
            "linked_offences": "Delitos conexos",
        },
        note="Datos provisionales. Fuente: colegios provinciales de dentistas",
        total="TOTAL",
        bad_count=("#¡VALOR!", "#REF!"),
        repeats=False,
        words=_CGD_WORDS,
        date=_date_cgd,
        country=_country_cgd,
        coords=_coords_cgd,
        count=_count_cgd,
    ),
    DentalSource(
        source="colegio_odontologico_pa",
        filename="colegio_odontologico_pa_oh.csv",
        ref="COP-DAR-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. de caso",
            "event_date": "Fecha de atención",
            "place": "Lugar de atención",
            "detection_country": "País",
            "coordinates": "Coordenadas GPS",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. pacientes",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio",
            "n_suspects": "Cant. facilitadores",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos preliminares de las brigadas odontológicas en Darién",
        total="Total",
        bad_count=("#¡VALOR!", "#REF!"),
        repeats=True,
        words=_COP_WORDS,
        date=_date_cop,
        country=_country_cop,
        coords=_coords_cop,
        count=_count_cop,
    ),
    DentalSource(
        source="fdi_safeguarding",
        filename="fdi_safeguarding_oh.jsonl",
        ref="FDI-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "reported_date",
            "detection_country": "country_m49",
            "crime_type": "category",
            "exploitation": "exploitation_type",
            "n_persons": "patients",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("#VALUE!", "#REF!"),
        repeats=False,
        words=_FDI_WORDS,
        date=_date_fdi,
        country=_country_fdi,
        coords=_coords_fdi,
        count=_count_fdi,
    ),
)

_PLACES_PA = {
    "Darién gap": "Puesto móvil, selva del Darién",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "ERM Lajas Blancas",
}


# --------------------------------------------------------------------------------------
# One event as one body writes it
# --------------------------------------------------------------------------------------
def _noisy(text: object, col: str, rng: _Rng, tags: list[str], src: DentalSource) -> object:
    """Change the case or spacing of a few typed text cells (the meaning stays)."""
    if src.format == "jsonl":  # the digest's values come out of a database, never retyped
        return text
    if not isinstance(text, str) or float(rng.random()) >= 0.04:
        return text
    kind = int(rng.integers(3))
    tags.append(f"case:{col}")
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _render(
    src: DentalSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = src.words
    cells: Cells = {}
    exp: Cells = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, exp["date_precision"], more = src.date(ts, rng, partial_ok)
    exp["event_date"] = day
    tags += more

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noisy(choice(rng, w.crime[crime]), "crime_type", rng, tags, src)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = w.not_applicable[int(rng.integers(len(w.not_applicable)))]
        exp["exploitation"] = None
    elif float(rng.random()) < 0.04:
        cells["exploitation"] = choice(rng, w.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if float(rng.random()) < 0.012:
        cells["n_persons"] = choice(rng, w.unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = src.count(n, rng)
        exp["n_persons"] = n
        tags += [f"{t}:n_persons" for t in more]

    sus = ev["n_suspects"]
    r = float(rng.random())
    if forced_blank == "n_suspects" or sus is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.unknown), None
        tags.append("suspects_placeholder")
    elif r < 0.07:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif int(sus) == 0 and r < 0.55:  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.none_word), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], more = src.count(int(sus), rng)  # type: ignore[call-overload]
        exp["n_suspects"] = int(sus)  # type: ignore[call-overload]
        tags += [f"{t}:n_suspects" for t in more]

    gender = str(ev["gender"])
    r = float(rng.random())
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.03:
        cells["gender"], exp["gender"] = choice(rng, w.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noisy(choice(rng, w.gender[gender]), "gender", rng, tags, src)
        exp["gender"] = gender

    for col, words in (("age_group", w.age), ("transport_mode", w.mode)):
        value = str(ev[col])
        if float(rng.random()) < 0.03:
            cells[col], exp[col] = choice(rng, w.unknown), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _noisy(choice(rng, words[value]), col, rng, tags, src)
            exp[col] = value

    for col, p_blank in (
        ("nationality", 0.02),
        ("origin_country", 0.03),
        ("destination_country", 0.04),
        ("detection_country", 0.0),
    ):
        iso = str(ev[col])
        r = float(rng.random())
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif r < p_blank:
            blank = col != "nationality" and r < p_blank / 2
            cells[col] = None if blank else choice(rng, w.unknown)
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            text, more = src.country(iso, col, rng)
            if text == "England" and ev["hotspot"] == "Glasgow":
                text = "Scotland"
            if not fits(str(text), src):  # never happens with these words; kept honest
                text, more = iso, [f"iso3:{col}"]
            cells[col] = _noisy(text, col, rng, tags, src)
            exp[col] = iso
            tags += more

    transit = ev["transit_countries"]
    if transit is None:
        direct = bool(w.direct) and float(rng.random()) < 0.3
        cells["transit_countries"] = choice(rng, w.direct) if direct else None
        exp["transit_countries"] = None
        if direct:
            tags.append("direct_word")
    elif float(rng.random()) < 0.03:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("blank_transit_countries")
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, more = src.country(iso, "transit_countries", rng)
            parts.append(str(text))
            tags += more
        cells["transit_countries"] = w.transit_sep.join(parts)
        exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        gone = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(gone))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        coords, exp["lat"], exp["lon"], more = src.coords(lat, lon, rng)
        cells.update(coords)
        tags += more

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        said = [choice(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = w.offence_sep.join(said)
    exp["linked_offences"] = offences

    if src.source == "oncd_fr" and float(rng.random()) < 0.12:
        # a signalement typed in the Ordre's UTF-8 web form, pasted into the cp1252 sheet
        for col, cell in cells.items():
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    if "place" in src.headers:
        hotspot = str(ev["hotspot"])
        hidden = forced_blank in ("detection_country", "coordinates")
        cells["place"] = None if hidden else _PLACES_PA.get(hotspot, hotspot)
    return cells, exp, tags


def _bad_date(src: DentalSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no careful analyst can read: blank or "not known", impossible, future."""
    if kind == "no_date":
        return None if float(rng.random()) < 0.5 else choice(rng, src.words.bad_date_word)
    if kind == "future_date":  # a slip of the decade key
        day = ts.replace(year=ts.year + 10) if not (ts.month == 2 and ts.day == 29) else ts
        if day.year == ts.year:
            day = pd.Timestamp(ts.year + 10, 2, 28)
        return _future_cell(src, day)
    # an impossible day of the month: 32nd of a long month, 31st of a short one, 30 Feb
    bad = 30 if ts.month == 2 else 31 if ts.month in (4, 6, 9, 11) else 32
    if src.format == "jsonl":
        return f"{ts.year}-{ts.month:02d}-{bad}"
    if src.source == "gdc_uk" and float(rng.random()) < 0.3:
        return f"{bad} {MONTHS[ts.month - 1]} {ts.year}"
    if src.source == "colegio_odontologico_pa":
        return f"{bad}/{ts.month}/{ts.year}"
    return f"{bad}/{ts.month:02d}/{ts.year}"


def _future_cell(src: DentalSource, day: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    if src.source == "colegio_odontologico_pa":
        return f"{day.day}/{day.month}/{day.year}"
    return day.strftime("%d/%m/%Y")


def _note_date(src: DentalSource, last: pd.Timestamp) -> object:
    """Write the extraction date of the body's note row, two weeks after its last row."""
    day = last + pd.Timedelta(days=14)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    if src.source == "colegio_odontologico_pa":
        return f"{day.day}/{day.month}/{day.year}"
    return day.strftime("%d/%m/%Y")


_FDI = "fdi_safeguarding"

#: The variant: routing of events to the five bodies and their writers.
BLIND396: Examiner[DentalSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "gdc_uk",
        "FRA": "oncd_fr",
        "ESP": "cgdentistas_es",
        "PAN": "colegio_odontologico_pa",
    },
    compilation=_FDI,
    secondary={
        # member associations forward their national cases to the FDI digest
        ("channel", "FRA"): _FDI,
        ("channel", "GBR"): _FDI,
        ("thb_vnm_gbr", "GBR"): _FDI,
        ("wmed", "ESP"): _FDI,
        ("watl", "ESP"): _FDI,
        ("thb_rou_esp", "ESP"): _FDI,
        ("darien", "PAN"): _FDI,
        # the Romanian network's Italian cases, seen again by Spanish colleges
        ("thb_rou_esp", "ITA"): "cgdentistas_es",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=396,
    blank_share=0.3,
)


def make_blind396(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five dental bodies of set ``blind396`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gdc_uk_oh.csv`` (English, UTF-8 with BOM, ``,``), ``oncd_fr_oh.csv`` (French,
        cp1252, ``;``), ``cgdentistas_es_oh.xlsx`` (Spanish),
        ``colegio_odontologico_pa_oh.csv`` (Spanish, UTF-16, tab) and
        ``fdi_safeguarding_oh.jsonl`` (English, UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind396(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gdc_uk_oh.csv', 'oncd_fr_oh.csv', 'cgdentistas_es_oh.xlsx',
     'colegio_odontologico_pa_oh.csv', 'fdi_safeguarding_oh.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date du signalement', 'Qualification']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND396, truth, seed=seed)
