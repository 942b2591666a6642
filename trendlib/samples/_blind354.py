"""Examiner sample set ``blind354`` (files ``*_mr.*``): slum-landlord housing enforcement.

Five agencies never used before in this project. Four of them find exploited and smuggled
people crammed into overcrowded, unlicensed housing and log each visit; the fifth, an
international news data desk, compiles what no housing body reports:

``shelter_uk_mr.xlsx``
    Shelter (England and Scotland), rogue-landlord casework team: an Excel export of its
    case system. English; real Excel dates with a few typed as text (``17/05/2023``,
    ``17 May 2023``) and month-only dates (``May 2023``); demonyms for nationality
    (``Vietnamese``); the UK nation (``England``, ``Scotland``) as the country; numbers
    as numbers; ``n/k`` and ``None`` words.
``fap_hdf_mr.csv``
    Fondation Abbé Pierre, agence régionale Hauts-de-France (accompaniment of tenants of
    *marchands de sommeil* around Calais and Dunkirk). French, cp1252, ``;``; day-first
    dates, ``mai 2023`` and ``T2 2023``; French demonyms (``afghan``, ``érythréen``);
    decimal commas in the coordinates; counts such as ``12 pers.``; rows pasted from the
    association's UTF-8 web form carry mojibake (``Ã©rythrÃ©en``).
``provivienda_mr.csv``
    Asociación Provivienda (infravivienda and *pisos patera* casework in Andalusia, Ceuta,
    Melilla and the Canary Islands). Spanish, UTF-16 tab-separated (Excel's "Texto
    Unicode"); ``17/05/2023`` and ``17 de mayo de 2023``, ``mayo de 2023``, INE-style
    quarters ``2023T2``; Spanish demonyms (``marroquí``); ``1.250`` thousands;
    coordinates pasted from a map as one ``lat, lon`` cell; ``NS/NC`` for unknown.
``atp_hospedajes_mr.csv``
    Autoridad de Turismo de Panamá, inspection of informal lodgings (*hospedajes*, *casas
    de inquilinato*) on the Darién route. Spanish in capitals without accents, UTF-8 with
    BOM, ``,``; ``17-05-2023`` and Excel serial numbers; ``EE.UU.``; nationality in the
    feminine (``VENEZOLANA``); ``1,250`` thousands; handheld-GPS degrees and decimal
    minutes (``N08°30.074' W077°30.000'``).
``dw_migration_desk_mr.jsonl``
    Deutsche Welle's English migration data desk, the compilation: every event no
    housing body reports, and second reports of the others'. JSON lines, ISO dates,
    ``2023-05`` and ``2023-Q2``; ISO alpha-3 nationalities, ISO alpha-2 countries,
    English names (``Deutschland`` now and then); ``man``/``woman`` for one person.

Every written cell is read back into the value a careful analyst would take from it;
cells such an analyst cannot read (no date, 31 February, a year mistyped into the
future, a negative or wordy count) make the row a bad row, and unknown words become
blanks or ``unknown`` in the truth.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND354", "SOURCES", "Agency", "make_blind354"]

_Rng = np.random.Generator

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: The data desk's words for the sex or age of one person.
_ONE_PERSON = {"male": "man", "female": "woman", "adult": "adult", "child": "minor"}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words for it (first = the usual one).
    unknown : tuple of str
        What its clerks write when a value is not known.
    zero : tuple of str
        Words written for "no suspect".
    no_count : tuple of str
        Words written in the count of persons when it was not counted.
    day_styles : tuple of (str, float)
        Styles of full dates and their weights.
    part_styles : tuple of str
        Styles of month-only or quarter-only dates.
    part_rate : float
        Share of rows (not reported twice) written with a partial date.
    blank_rate : float
        Share of optional cells left blank or "unknown".
    no_place_rate : float
        Share of rows without coordinates.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    no_count: tuple[str, ...]
    day_styles: tuple[tuple[str, float], ...]
    part_styles: tuple[str, ...]
    part_rate: float
    blank_rate: float
    no_place_rate: float


# --------------------------------------------------------------------------------------
# Country wording of each agency
# --------------------------------------------------------------------------------------
#: English demonyms written by Shelter in its nationality column.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
#: Hand typos of Shelter's caseworkers (each still plainly the country).
_TYPO_EN = {
    "Afghan": "Afgan",
    "Eritrean": "Eritrian",
    "Vietnamese": "Vietnamease",
    "Albanian": "Albanien",
    "Afghanistan": "Afganistan",
    "Eritrea": "Eritria",
    "Vietnam": "Veitnam",
}
#: French demonyms (masculine) written by the Fondation Abbé Pierre.
_DEMONYM_FR = {
    "AFG": "afghan",
    "ALB": "albanais",
    "ERI": "érythréen",
    "IRN": "iranien",
    "IRQ": "irakien",
    "SYR": "syrien",
    "VNM": "vietnamien",
    "DEU": "allemand",
}
#: Spanish demonyms (masculine) written by Provivienda.
_DEMONYM_ES = {
    "MAR": "marroquí",
    "DZA": "argelino",
    "GIN": "guineano",
    "MLI": "maliense",
    "SEN": "senegalés",
    "GMB": "gambiano",
    "CIV": "marfileño",
    "ROU": "rumano",
}
#: Hand typos of Provivienda's social workers.
_TYPO_ES = {
    "Marruecos": "Maruecos",
    "Senegal": "Senagal",
    "Argelia": "Argeria",
    "Rumanía": "Rumaina",
    "Costa de Marfil": "Costa de Marfill",
    "Mauritania": "Mauritana",
}
#: Nationality in the feminine, as Panamanian forms write it ("nacionalidad venezolana").
_DEMONYM_PA = {
    "VEN": "VENEZOLANA",
    "ECU": "ECUATORIANA",
    "HTI": "HAITIANA",
    "COL": "COLOMBIANA",
    "CHN": "CHINA",
}


def _name(iso: str, lang: str) -> str:
    """Return the country's usual name in ``lang`` (``en``, ``fr``, ``es``)."""
    if iso == "VNM" and lang != "es":
        return "Vietnam"  # what UK and French clerks write, not ISO's "Viet Nam"
    if iso == "TUR" and lang == "en":
        return "Turkey"
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _plain_upper(text: str) -> str:
    """Capitals without accents, as many Latin-American systems store names."""
    bare = unicodedata.normalize("NFKD", text)
    return "".join(c for c in bare if not unicodedata.combining(c)).upper()


def _shelter_country(col: str, iso: str, rng: _Rng) -> tuple[str, str | None]:
    tag: str | None
    if col == "nationality" and iso in _DEMONYM_EN and rng.random() < 0.8:
        text, tag = _DEMONYM_EN[iso], "demonym"
    else:
        text = "UK" if iso == "GBR" else _name(iso, "en")
        tag = "alias" if iso == "GBR" else None
    if text in _TYPO_EN and rng.random() < 0.04:
        return _TYPO_EN[text], "typo"
    return text, tag


def _fap_country(col: str, iso: str, rng: _Rng) -> tuple[str, str | None]:
    if col == "nationality" and iso in _DEMONYM_FR and rng.random() < 0.7:
        word = _DEMONYM_FR[iso]
        return (word.capitalize() if rng.random() < 0.3 else word), "demonym"
    if iso == "GBR" and rng.random() < 0.3:
        return "Angleterre", "alias"
    return _name(iso, "fr"), None


def _provivienda_country(col: str, iso: str, rng: _Rng) -> tuple[str, str | None]:
    if col == "nationality" and iso in _DEMONYM_ES and rng.random() < 0.6:
        return _DEMONYM_ES[iso], "demonym"
    if iso == "GIN" and rng.random() < 0.5:
        return "Guinea Conakry", "alias"
    text = _name(iso, "es")
    if text in _TYPO_ES and rng.random() < 0.04:
        return _TYPO_ES[text], "typo"
    return text, None


def _atp_country(col: str, iso: str, rng: _Rng) -> tuple[str, str | None]:
    if col == "nationality" and iso in _DEMONYM_PA and rng.random() < 0.5:
        return _DEMONYM_PA[iso], "demonym"
    if iso == "USA":
        return choice(rng, ("EE.UU.", "EEUU", "ESTADOS UNIDOS")), "alias"
    return _plain_upper(_name(iso, "es")), None


def _dw_country(col: str, iso: str, rng: _Rng) -> tuple[str, str | None]:
    if col == "transit_countries":
        return iso, "iso3"
    if col == "detection_country":
        return iso_codes(iso)[0], "iso2"
    if col in ("nationality", "origin_country"):
        if rng.random() < 0.85:
            return iso, "iso3"
        return _name(iso, "en"), None
    if iso == "DEU" and rng.random() < 0.15:
        return "Deutschland", "alias"
    if iso == "USA" and rng.random() < 0.5:
        return "US", "alias"
    return _name(iso, "en"), None


_COUNTRY_WRITERS = {
    "shelter_uk": _shelter_country,
    "fap_hdf": _fap_country,
    "provivienda": _provivienda_country,
    "atp_hospedajes": _atp_country,
    "dw_migration_desk": _dw_country,
}
#: Separator of each agency between the countries of a route, in order of travel.
_TRANSIT_SEP = {
    "shelter_uk": " > ",
    "fap_hdf": ", ",
    "provivienda": " - ",
    "atp_hospedajes": "/",
    "dw_migration_desk": ", ",
}
#: Separator of each agency between linked offences.
_OFFENCE_SEP = {
    "shelter_uk": "; ",
    "fap_hdf": ", ",
    "provivienda": " / ",
    "atp_hospedajes": ", ",
    "dw_migration_desk": ", ",
}


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_SHELTER = Agency(
    source="shelter_uk",
    filename="shelter_uk_mr.xlsx",
    ref="SH-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of visit",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "Occupants found",
        "n_suspects": "Suspected perpetrators",
        "gender": "Occupants' sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Nation",
        "transit_countries": "Route to UK (countries)",
        "transport_mode": "Arrival method",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other offences noted",
    },
    note="Extract from case system - figures provisional, closed cases excluded",
    total="Grand total",
    bad_count=("several", "a family", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Suspected trafficking", "MS/HT"),
            "smuggling": ("People smuggling", "Smuggled occupants", "Immigration - facilitation"),
            "both": ("Modern slavery + smuggling", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "All male"),
            "female": ("Female", "All female"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults (18+)"),
            "child": ("Child", "Under 18"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Fraudulent ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Cannabis cultivation", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "Not recorded", "n/k"),
    zero=("None", "Nil"),
    no_count=("n/k", "Not counted"),
    day_styles=(("excel", 0.8), ("%d/%m/%Y", 0.12), ("long_en", 0.08)),
    part_styles=("month_en",),
    part_rate=0.04,
    blank_rate=0.05,
    no_place_rate=0.04,
)

_FAP = Agency(
    source="fap_hdf",
    filename="fap_hdf_mr.csv",
    ref="ESH-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date de la visite",
        "crime_type": "Type de situation",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb d'occupants",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe des occupants",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination souhaitée",
        "detection_country": "Pays",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode d'arrivée",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du tableau de suivi ESH - données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "une famille", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": ("Trafic de migrants", "Passeurs / aide à l'entrée irrégulière"),
            "both": ("Traite + trafic de migrants", "TEH et passeurs"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "H"),
            "female": ("Femmes", "F"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Majeurs et mineurs", "Familles"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Bateau", "Embarcation"),
            "land": ("Camion", "Poids lourd", "Voiture"),
            "air": ("Avion",),
        },
        "linked_offences": {
            "document_fraud": ("Faux papiers", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("NC", "Non renseigné", "?"),
    zero=("Aucun",),
    no_count=("NC", "non compté"),
    day_styles=(("%d/%m/%Y", 0.85), ("%d/%m/%y", 0.15)),
    part_styles=("month_fr", "quarter_fr"),
    part_rate=0.05,
    blank_rate=0.06,
    no_place_rate=0.05,
)

_PROVIVIENDA = Agency(
    source="provivienda",
    filename="provivienda_mr.csv",
    ref="PV-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Expediente",
        "event_date": "Fecha de la visita",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas alojadas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, no incluye expedientes cerrados",
    total="TOTAL",
    bad_count=("varias", "varios", "familia"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        },
        "gender": {
            "male": ("Hombres",),
            "female": ("Mujeres",),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "Menores no acompañados"),
            "mixed": ("Adultos y menores", "Familias con menores"),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática"),
            "land": ("Terrestre", "Autobús", "Furgoneta"),
            "air": ("Avión", "Aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("NS/NC", "Desconocido", "Sin datos"),
    zero=("Ninguno",),
    no_count=("Sin determinar",),
    day_styles=(("%d/%m/%Y", 0.7), ("long_es", 0.3)),
    part_styles=("month_es", "quarter_ine"),
    part_rate=0.05,
    blank_rate=0.05,
    no_place_rate=0.05,
)

_ATP = Agency(
    source="atp_hospedajes",
    filename="atp_hospedajes_mr.csv",
    ref="DI-{seq:04d}-{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "NO. ACTA",
        "event_date": "FECHA INSPECCION",
        "crime_type": "TIPO DE DELITO",
        "exploitation": "TIPO DE EXPLOTACION",
        "n_persons": "CANT. HUESPEDES",
        "n_suspects": "DETENIDOS",
        "gender": "SEXO",
        "age_group": "GRUPO ETARIO",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS DE ORIGEN",
        "destination_country": "DESTINO FINAL",
        "detection_country": "PAIS",
        "transit_countries": "PAISES DE TRANSITO",
        "transport_mode": "VIA DE INGRESO",
        "coordinates": "COORDENADAS GPS",
    },
    note=None,
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "GRUPO"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("TRATA DE PERSONAS",),
            "smuggling": ("TRAFICO ILICITO DE MIGRANTES", "TRAFICO DE MIGRANTES"),
            "both": ("TRATA Y TRAFICO DE MIGRANTES",),
        },
        "exploitation": {
            "sexual": ("EXPLOTACION SEXUAL",),
            "forced_labour": ("EXPLOTACION LABORAL", "TRABAJO FORZOSO"),
            "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
            "organ_removal": ("EXTRACCION DE ORGANOS",),
            "forced_marriage": ("MATRIMONIO FORZADO",),
            "other": ("OTRA",),
        },
        "gender": {
            "male": ("MASCULINO",),
            "female": ("FEMENINO",),
            "mixed": ("MIXTO",),
        },
        "age_group": {
            "adult": ("ADULTOS",),
            "child": ("MENORES",),
            "mixed": ("ADULTOS Y MENORES", "GRUPO FAMILIAR"),
        },
        "transport_mode": {
            "land": ("TERRESTRE", "A PIE", "BUS"),
            "sea": ("MARITIMA", "LANCHA"),
            "air": ("AEREA",),
        },
    },
    unknown=("S/D", "NO REGISTRA"),
    zero=("NINGUNO",),
    no_count=("S/D",),
    day_styles=(("%d-%m-%Y", 0.6), ("serial", 0.4)),
    part_styles=("month_pa",),
    part_rate=0.03,
    blank_rate=0.04,
    no_place_rate=0.06,
)

_DW = Agency(
    source="dw_migration_desk",
    filename="dw_migration_desk_mr.jsonl",
    ref="dw-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "people_count",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "main_nationality",
        "origin_country": "from_country",
        "destination_country": "headed_to",
        "detection_country": "location_country",
        "transit_countries": "via",
        "transport_mode": "travel",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "other_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trafficking", "human trafficking"),
            "smuggling": ("smuggling", "migrant smuggling"),
            "both": ("trafficking/smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labor", "labor exploitation"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("men",), "female": ("women",), "mixed": ("mixed",)},
        "age_group": {
            "adult": ("adults",),
            "child": ("minors", "children"),
            "mixed": ("adults and minors", "families"),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "overland"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown",),
    zero=("none",),
    no_count=("unknown",),
    day_styles=(("%Y-%m-%d", 0.9), ("iso_time", 0.1)),
    part_styles=("month_iso", "quarter_iso"),
    part_rate=0.06,
    blank_rate=0.04,
    no_place_rate=0.08,
)

#: The set's agencies, in the order their submissions are returned.
SOURCES: tuple[Agency, ...] = (_SHELTER, _FAP, _PROVIVIENDA, _ATP, _DW)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _date_cell(style: str, ts: pd.Timestamp) -> object:
    """Write a date in one of the agencies' styles."""
    m = ts.month - 1
    q = (ts.month - 1) // 3 + 1
    if style == "excel":
        return ts.to_pydatetime()
    if style.startswith("%"):
        return ts.strftime(style)
    forms: dict[str, str] = {
        "long_en": f"{ts.day} {_MONTHS_EN[m]} {ts.year}",
        "long_es": f"{ts.day} de {_MONTHS_ES[m]} de {ts.year}",
        "serial": str((ts.normalize() - _EXCEL_EPOCH).days),
        "iso_time": f"{ts.strftime('%Y-%m-%d')}T{8 + ts.day_of_year % 11:02d}:{ts.day:02d}:00",
        "month_en": f"{_MONTHS_EN[m]} {ts.year}",
        "month_fr": f"{_MONTHS_FR[m]} {ts.year}",
        "quarter_fr": f"T{q} {ts.year}",
        "month_es": f"{_MONTHS_ES[m]} de {ts.year}",
        "quarter_ine": f"{ts.year}T{q}",
        "month_pa": f"{_plain_upper(_MONTHS_ES[m])} {ts.year}",
        "month_iso": ts.strftime("%Y-%m"),
        "quarter_iso": f"{ts.year}-Q{q}",
    }
    return forms[style]


def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (the usual word 70 % of the time)."""
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.7:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the agency's way."""
    if src.format == "xlsx":
        return n
    if src.format == "jsonl":
        return n
    if n >= 1000:
        tags.append("thousands:n_persons")
        if src.source == "provivienda":
            return f"{n // 1000}.{n % 1000:03d}"
        if src.source == "atp_hospedajes":
            return f"{n // 1000},{n % 1000:03d}"
        return f"{n // 1000}\u00a0{n % 1000:03d}"
    if src.source == "fap_hdf" and rng.random() < 0.1:
        tags.append("count_words")
        return f"{n} pers."
    return str(n)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes as a handheld GPS shows them, and the value they mean."""
    thousandths = round(abs(value) * 60_000)
    deg, rest = divmod(thousandths, 60_000)
    text = f"{pos if value >= 0 else neg}{deg:0{width}d}°{rest / 1000:06.3f}'"
    back = (deg + rest / 60_000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _place(
    src: Agency, lat: float, lon: float
) -> tuple[dict[str, object], float | None, float | None]:
    """Write a point the agency's way; return its cells and the point it means."""
    if src.source == "fap_hdf":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon
    if src.source == "provivienda":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.source == "atp_hospedajes":
        t_lat, v_lat = _ddm(lat, "N", "S", 2)
        t_lon, v_lon = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon
    if src.source == "dw_migration_desk":  # geocoded to the nearest town: 3 decimals
        return {"lat": round(lat, 3), "lon": round(lon, 3)}, round(lat, 3), round(lon, 3)
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _case(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a cell (the meaning stays)."""
    k = int(rng.integers(3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


def render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it.

    Parameters
    ----------
    src : Agency
        The agency.
    ev : dict
        The true event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-cell point).
    expected : dict
        The values a careful analyst reads from the cells (record-frame vocabulary).
    tags : list of str
        Messiness planted in the row.
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    has = set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    n = int(ev["n_persons"])  # type: ignore[call-overload]

    # date
    if partial_ok and rng.random() < src.part_rate:
        style = choice(rng, src.part_styles)
        is_quarter = style.startswith("quarter")
        period = ts.to_period("Q" if is_quarter else "M")
        exp["event_date"] = period.start_time
        exp["date_precision"] = "quarter" if is_quarter else "month"
        tags.append("partial_date")
    else:
        style = _weighted(rng, src.day_styles)
        exp["event_date"] = ts.normalize()
        exp["date_precision"] = "day"
        if style not in ("excel", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
            tags.append(f"date_style:{style}")
    cells["event_date"] = _date_cell(style, ts)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime in ("trafficking", "both") and expl is not None:
        if rng.random() < src.blank_rate:
            cells["exploitation"] = choice(rng, src.unknown) if rng.random() < 0.5 else None
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
            exp["exploitation"] = expl
    else:
        cells["exploitation"] = None
        exp["exploitation"] = None

    # counts
    cells["n_persons"] = _count(src, n, rng, tags)
    exp["n_persons"] = n
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.no_count)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < src.blank_rate / 2:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < src.blank_rate:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    elif sus == 0 and rng.random() < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif sus == 1 and src.source == "fap_hdf" and rng.random() < 0.3:
        cells["n_suspects"], exp["n_suspects"] = "1 (bailleur)", 1
        tags.append("suspects_note")
    else:
        cells["n_suspects"] = sus if src.format != "csv" else str(sus)
        exp["n_suspects"] = sus

    # gender, age group, transport mode
    for col in ("gender", "age_group", "transport_mode"):
        value = str(ev[col])
        r = rng.random()
        lost = forced_blank == col or r < src.blank_rate
        if lost:
            cells[col] = choice(rng, src.unknown) if r < src.blank_rate / 2 else None
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else f"na_word:{col}")
            continue
        if src.source == "dw_migration_desk" and n == 1 and value in _ONE_PERSON:
            word = _ONE_PERSON[value]  # one person: "a man", "a minor"
        elif col == "transport_mode" and src.source == "provivienda":
            word = _provivienda_mode(str(ev["corridor"]), value, rng)
        elif col == "age_group" and value == "mixed" and ev["gender"] != "mixed":
            word = src.words[col][value][0]  # "families" only for men, women and children
        else:
            word = _word(src, col, value, rng)
        if src.source != "atp_hospedajes" and rng.random() < 0.04:
            word = _case(word, rng)
            tags.append(f"case:{col}")
        cells[col] = word
        exp[col] = value

    # countries
    writer = _COUNTRY_WRITERS[src.source]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        r = rng.random()
        if forced_blank == col or (
            col in ("nationality", "origin_country") and r < src.blank_rate * 0.6
        ):
            unknown = col != "detection_country" and r < src.blank_rate * 0.3
            cells[col] = choice(rng, src.unknown) if unknown else None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        kind: str | None
        if src.source == "shelter_uk" and col == "detection_country":
            # the UK nation of the visit; now and then just "UK"
            text = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
            text, kind = ("UK", "alias") if rng.random() < 0.15 else (text, "uk_nation")
        else:
            text, kind = writer(col, str(iso), rng)
        if kind is not None:
            tags.append(f"{kind}:{col}")
        cells[col], exp[col] = text, iso
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [writer("transit_countries", c, rng) for c in str(transit).split("|")]
        cells["transit_countries"] = _TRANSIT_SEP[src.source].join(t for t, _ in parts)
        if any(kind == "typo" for _, kind in parts):
            tags.append("typo:transit_countries")
        exp["transit_countries"] = transit

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif rng.random() < src.no_place_rate:
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    else:
        point, exp["lat"], exp["lon"] = _place(src, lat, lon)
        cells.update(point)

    # linked offences
    off = ev["linked_offences"]
    if "linked_offences" in has:
        words = [_word(src, "linked_offences", o, rng) for o in str(off).split("|")] if off else []
        cells["linked_offences"] = _OFFENCE_SEP[src.source].join(words) or None
        exp["linked_offences"] = off
    else:
        exp["linked_offences"] = None

    # rows pasted from the association's UTF-8 web form (mojibake), French file only
    if src.source == "fap_hdf" and rng.random() < 0.2:
        for col, cell in list(cells.items()):
            if col in ("event_date", "n_persons", "n_suspects", "lat", "lon"):
                continue  # typed into the tracking sheet, not pasted from the form
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _provivienda_mode(corridor: str, value: str, rng: _Rng) -> str:
    """Provivienda's word for how a tenant arrived, by the route they came."""
    if value == "sea":
        return "Cayuco" if corridor == "watl" else choice(rng, ("Patera", "Patera", "Neumática"))
    if value == "land" and corridor == "wmed":
        return choice(rng, ("A pie", "Salto de valla", "Terrestre"))
    return _word(_PROVIVIENDA, "transport_mode", value, rng)


def bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, impossible (31 February) or mistyped future year.

    Parameters
    ----------
    src : Agency
        The agency.
    ts : Timestamp
        The event's true date.
    kind : str
        ``"no_date"``, ``"bad_date"`` or ``"future_date"``.
    rng : numpy.random.Generator
        Generator (unused: the cells are fixed by the date).

    Returns
    -------
    object
        The cell.

    Examples
    --------
    >>> bad_date(_FAP, pd.Timestamp("2023-05-17"), "future_date", np.random.default_rng(0))
    '17/05/2032'
    >>> bad_date(_DW, pd.Timestamp("2022-05-17"), "bad_date", np.random.default_rng(0))
    '2022-02-30'
    """
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = pd.Timestamp(year=ts.year, month=2, day=28)
        text = str(_date_cell("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y", day))
        text = text.replace("-28", "-30") if src.format == "jsonl" else text.replace("28/", "31/")
        return text.replace("/", "-") if src.source == "atp_hospedajes" else text
    # a mistyped year: 2023 -> 2032 (two digits swapped), 2021 -> 2121, 2022 -> 2122
    year = 2032 if ts.year == 2023 else ts.year + 100
    future = ts.replace(year=year)
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d-%m-%Y" if src.source == "atp_hospedajes" else "%d/%m/%Y")


def note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the extraction, written on the agency's note row (a week after its last row).

    Parameters
    ----------
    src : Agency
        The agency.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        The cell.
    """
    day = last + pd.Timedelta(days=7)
    return day.to_pydatetime() if src.format == "xlsx" else day.strftime("%d/%m/%Y")


#: The set: who first reports what, who reports it again, and how each writes.
BLIND354: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "shelter_uk",
        "FRA": "fap_hdf",
        "ESP": "provivienda",
        "PAN": "atp_hospedajes",
    },
    compilation="dw_migration_desk",
    secondary={
        ("channel", "FRA"): "dw_migration_desk",
        ("channel", "GBR"): "dw_migration_desk",
        ("thb_vnm_gbr", "GBR"): "dw_migration_desk",
        ("wmed", "ESP"): "dw_migration_desk",
        ("watl", "ESP"): "dw_migration_desk",
        ("thb_rou_esp", "ESP"): "dw_migration_desk",
        ("darien", "PAN"): "dw_migration_desk",
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=354,
    blank_share=0.3,
)


def make_blind354(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind354`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``shelter_uk_mr.xlsx``, ``fap_hdf_mr.csv``, ``provivienda_mr.csv``,
        ``atp_hospedajes_mr.csv`` and ``dw_migration_desk_mr.jsonl``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind354(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['shelter_uk_mr.xlsx', 'fap_hdf_mr.csv', 'provivienda_mr.csv',
     'atp_hospedajes_mr.csv', 'dw_migration_desk_mr.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-16', '\t'), ('utf-8-sig', ',')]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND354, truth, seed=seed)
