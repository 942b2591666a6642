"""Held-out examiner sample set ``blind409`` (files ``*_ou.*``): the timber trade's desks.

Five compliance and site-security desks of the timber trade send what they learn of
forced labour, smuggled workers and people moved on timber lorries, each in its own
tool, language and habits:

``ttf_rps_ou.jsonl``
    The UK Timber Trade Federation's responsible-purchasing desk: a JSON-lines export
    of its case platform compiling members' and European suppliers' returns (UK,
    Italy, Greece, Croatia, Poland). English keys, ISO alpha-3 codes beside English
    names and the odd UN M49 numeric code, ISO dates with month- and quarter-only
    dates from annual statements, route lists joined by ``" > "``.
``fnb_conformite_sociale_ou.csv``
    The French Fédération nationale du bois' social-compliance cell (scieries and
    exploitants forestiers), for timber lorries through Calais and Dunkirk: cp1252,
    ``;``, day-first dates, nationalities as adjectives (``afghane``), upper-case
    country names, decimal commas, ``MNA`` for unaccompanied minors.
``confemadera_cumplimiento_ou.csv``
    The Spanish timber confederation's compliance area (aserraderos and empresas
    forestales): UTF-8 with BOM, ``,``, day-first dates, ``H``/``M`` (hombre/mujer),
    ISO alpha-2 codes, country names double-encoded by an older tool (``RumanÃ­a``),
    one ``lat, long`` cell.
``cnif_seguridad_ou.csv``
    The Mexican forest-industry chamber's security committee (sawmills of Durango and
    Chihuahua), for lorries crossing into the United States: Excel's "Unicode text"
    (UTF-16, tab), Mexican legal words (``tráfico de personas`` for smuggling,
    ``probables responsables``, ``NNA``), ``EUA``, GPS points in degrees, minutes and
    seconds; re-sent rows.
``anarap_darien_ou.xlsx``
    The Panamanian reforesters' association's Darién committee: a workbook with real
    Excel dates, date serials typed as numbers and dates typed as text, ``M``/``F``
    (masculino/femenino), coordinates as numbers or as ``8.50123 N`` / ``77.80211 O``;
    pasted-twice rows.

The truth of every row says what a careful analyst reads from its cells.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["EXAMINER", "SOURCES", "TimberDesk", "make_blind409"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]

_MONTH_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
}


@dataclass(frozen=True)
class TimberDesk(ExaminerSource):
    """One timber-trade desk: the shared source fields plus its own writing habits.

    Attributes
    ----------
    dialect : str
        Key of the word tables: ``"en"``, ``"fr"``, ``"es"`` (Spain), ``"mx"``
        (Mexico) or ``"pa"`` (Panama).
    date_styles : tuple of (str, float)
        Date styles and their weights (``iso``, ``dmy``, ``dmy_short``, ``long``,
        ``mon_abbr``, ``month``, ``quarter``, ``excel``, ``serial``).
    country_styles : tuple of (str, float)
        Ways of writing a country and their weights (``name``, ``upper``, ``iso3``,
        ``iso2``, ``numeric``, ``alias``, ``typo``, ``demonym``, ``mojibake``).
    transit_sep : tuple of str
        Separators of the transit-country list.
    offence_sep : str
        Separator of the linked offences.
    coord_style : str
        ``json`` (numbers), ``comma`` (decimal commas), ``pair`` (one ``lat, lon``
        cell), ``gps`` (a pair, some in degrees-minutes-seconds) or ``cells``
        (numbers, some as ``8.5 N`` / ``77.8 O`` text).
    no_coords : float
        Share of rows without a location.
    thousands : str or None
        Thousands separator of large counts written as text (None: plain numbers).
    """

    dialect: str
    date_styles: tuple[tuple[str, float], ...]
    country_styles: tuple[tuple[str, float], ...]
    transit_sep: tuple[str, ...]
    offence_sep: str
    coord_style: str
    no_coords: float
    thousands: str | None


# --------------------------------------------------------------------------------------
# The desks' words
# --------------------------------------------------------------------------------------
#: dialect -> column -> canonical word -> written variants (first = the usual one).
_VOCAB: dict[str, dict[str, _Words]] = {
    "en": {
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("People smuggling", "Facilitation", "Smuggling of migrants"),
            "both": ("Trafficking and smuggling", "MSHT + facilitation"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Minor", "Child", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea", "Boat"),
            "land": ("HGV", "Timber lorry", "Road", "On foot"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Illicit goods", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "fr": {
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "trafic de migrants",
                "aide à l'entrée et au séjour irréguliers",
            ),
            "both": ("traite et trafic de migrants", "TEH + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": (
                "travail forcé",
                "exploitation par le travail",
                "conditions de travail indignes",
            ),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F", "féminin"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "mineur", "MNA"),
            "adult": ("majeurs", "majeur", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("embarcation", "small boat", "canot pneumatique"),
            "land": ("poids lourd", "grumier", "PL", "à pied"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "marchandises illicites"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "es": {
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH", "trata"),
            "smuggling": (
                "favorecimiento de la inmigración irregular",
                "tráfico ilícito de migrantes",
                "tráfico de migrantes",
            ),
            "both": ("trata y tráfico de migrantes", "TSH y favorecimiento"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas",),
        },
        "gender": {
            "female": ("mujeres", "M", "mujer"),
            "male": ("hombres", "H", "varón"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menores", "menor", "MENA"),
            "adult": ("adultos", "mayor de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("camión", "camión maderero", "a pie", "vehículo"),
            "air": ("avión", "vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("tráfico de drogas", "mercancía ilícita"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    "mx": {
        "crime_type": {
            "trafficking": ("trata de personas", "trata"),
            "smuggling": (
                "tráfico de personas",
                "tráfico de indocumentados",
                "tráfico ilícito de migrantes",
            ),
            "both": ("trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzado", "explotación laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("mujer", "femenino", "mujeres"),
            "male": ("hombre", "masculino", "hombres"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menor", "NNA", "menores de edad"),
            "adult": ("adulto", "adultos"),
            "mixed": ("mixto", "adultos y NNA"),
        },
        "transport_mode": {
            "land": ("tractocamión", "tráiler", "camión de carga", "a pie", "camioneta"),
            "sea": ("lancha", "embarcación"),
            "air": ("avión", "aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("contra la salud", "narcóticos"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    "pa": {
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("F", "femenino", "mujeres"),
            "male": ("M", "masculino", "hombres"),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "child": ("menor", "menores de edad", "NNA"),
            "adult": ("adulto", "adultos"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "transport_mode": {
            "land": ("a pie", "terrestre", "camión maderero"),
            "sea": ("lancha", "marítimo"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
}

#: dialect -> words for a value the desk does not know (age, transport, gender, ...).
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "en": ("Not known", "N/K", "Unknown"),
    "fr": ("inconnu", "N/C", "non renseigné"),
    "es": ("desconocido", "N/D", "sin datos"),
    "mx": ("se desconoce", "N/D", "sin dato"),
    "pa": ("N/D", "desconocido", "no indica"),
}
#: dialect -> what the exploitation cell says on a smuggling row (None: left blank).
_NOT_APPLICABLE: dict[str, tuple[str | None, ...]] = {
    "en": (None, None, "N/A"),
    "fr": (None, "sans objet", "-"),
    "es": (None, None, "no procede"),
    "mx": (None, "no aplica"),
    "pa": (None, None, "no aplica"),
}
#: dialect -> what the transit cell says when there was no transit (None: blank).
_DIRECT: dict[str, tuple[str | None, ...]] = {
    "en": (None, None, "Direct"),
    "fr": (None, None, "direct"),
    "es": (None, None, "directo"),
    "mx": (None, "directo"),
    "pa": (None,),
}
#: dialect -> a count of persons the desk does not know (record kept, no count).
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "en": ("not known", "N/K"),
    "fr": ("inconnu", "N/C"),
    "es": ("sin determinar", "s/d"),
    "mx": ("se desconoce", "N/D"),
    "pa": ("N/D", "por determinar"),
}
#: dialect -> "no suspect" words of the suspects cell (= 0).
_ZERO: dict[str, tuple[str, ...]] = {
    "en": ("none", "nil"),
    "fr": ("aucun", "néant"),
    "es": ("ninguno",),
    "mx": ("ninguno",),
    "pa": ("ninguno", "cero"),
}

#: dialect -> ISO alpha-3 -> other names the desk uses for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA", "Etats-Unis"),
        "VNM": ("Vietnam",),
        "CIV": ("Côte d'Ivoire",),
    },
    "es": {
        "GBR": ("Gran Bretaña",),
        "USA": ("EE.UU.",),
        "ROU": ("Rumania",),
        "CIV": ("Côte d'Ivoire",),
        "GIN": ("Guinea Conakry",),
    },
    "mx": {
        "USA": ("EUA", "E.U.A.", "EE.UU.", "Estados Unidos de América"),
    },
    "pa": {"USA": ("EE.UU.", "EUA"), "CHN": ("República Popular China",)},
}
#: dialect -> ISO alpha-3 -> nationality written as an adjective.
_DEMONYMS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {
        "MAR": "marroquí",
        "DZA": "argelina",
        "MLI": "maliense",
        "SEN": "senegalesa",
        "GMB": "gambiana",
        "CIV": "marfileña",
        "ROU": "rumana",
    },
    "mx": {
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
    },
    "pa": {
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3, "mx": 3, "pa": 3}
_MONTH_LANG = {"en": "en", "fr": "fr", "es": "es", "mx": "es", "pa": "es"}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_TTF = TimberDesk(
    source="ttf_rps_ou",
    filename="ttf_rps_ou.jsonl",
    ref="TTF-RP-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_identified",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "route_via",
        "transport_mode": "conveyance",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL (all member returns)",
    bad_count=("several", "multiple"),
    repeats=False,
    dialect="en",
    date_styles=(("iso", 0.7), ("long", 0.12), ("month", 0.12), ("quarter", 0.06)),
    country_styles=(
        ("iso3", 0.45),
        ("name", 0.3),
        ("alias", 0.08),
        ("numeric", 0.07),
        ("upper", 0.05),
        ("typo", 0.05),
    ),
    transit_sep=(" > ",),
    offence_sep="; ",
    coord_style="json",
    no_coords=0.1,
    thousands=None,
)
_FNB = TimberDesk(
    source="fnb_conformite_sociale_ou",
    filename="fnb_conformite_sociale_ou.csv",
    ref="FNB/CS/{yy:02d}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du registre conformité sociale - données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    dialect="fr",
    date_styles=(("dmy", 0.85), ("long", 0.1), ("month", 0.05)),
    country_styles=(
        ("name", 0.55),
        ("upper", 0.2),
        ("demonym", 0.15),
        ("typo", 0.05),
        ("alias", 0.05),
    ),
    transit_sep=(", ",),
    offence_sep=" / ",
    coord_style="comma",
    no_coords=0.05,
    thousands="\u00a0",
)
_CONFEMADERA = TimberDesk(
    source="confemadera_cumplimiento_ou",
    filename="confemadera_cumplimiento_ou.csv",
    ref="CFM-{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por las empresas asociadas",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=False,
    dialect="es",
    date_styles=(("dmy", 0.85), ("mon_abbr", 0.1), ("quarter", 0.05)),
    country_styles=(
        ("name", 0.55),
        ("iso2", 0.15),
        ("mojibake", 0.12),
        ("demonym", 0.08),
        ("upper", 0.05),
        ("typo", 0.05),
    ),
    transit_sep=(" / ",),
    offence_sep=", ",
    coord_style="pair",
    no_coords=0.06,
    thousands=".",
)
_CNIF = TimberDesk(
    source="cnif_seguridad_ou",
    filename="cnif_seguridad_ou.csv",
    ref="CNIF-SEG-{seq:05d}-{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "Origen",
        "destination_country": "Destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información preliminar de las empresas afiliadas",
    total="Total general",
    bad_count=("varios", "grupo"),
    repeats=True,
    dialect="mx",
    date_styles=(("dmy", 0.8), ("dmy_short", 0.1), ("mon_abbr", 0.1)),
    country_styles=(
        ("name", 0.5),
        ("demonym", 0.25),
        ("alias", 0.1),
        ("upper", 0.1),
        ("typo", 0.05),
    ),
    transit_sep=("-",),
    offence_sep=", ",
    coord_style="gps",
    no_coords=0.05,
    thousands=",",
)
_ANARAP = TimberDesk(
    source="anarap_darien_ou",
    filename="anarap_darien_ou.xlsx",
    ref="ANARAP-DAR-{year}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: cifras sujetas a verificación",
    total="TOTAL",
    bad_count=("varios", "grupo familiar"),
    repeats=True,
    dialect="pa",
    date_styles=(("excel", 0.7), ("serial", 0.2), ("dmy", 0.1)),
    country_styles=(
        ("name", 0.6),
        ("demonym", 0.2),
        ("upper", 0.1),
        ("iso3", 0.05),
        ("typo", 0.05),
    ),
    transit_sep=(", ",),
    offence_sep=", ",
    coord_style="cells",
    no_coords=0.05,
    thousands=None,
)

#: The five desks of the set, in the order of the submissions.
SOURCES: tuple[TimberDesk, ...] = (_TTF, _FNB, _CONFEMADERA, _CNIF, _ANARAP)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return str(keys[int(rng.choice(len(keys), p=w / w.sum()))])


def _variant(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Pick the usual word two times in three, another variant otherwise."""
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a small typo)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(
    src: TimberDesk, iso: str, column: str, rng: _Rng, *, style: str | None = None
) -> tuple[str, str | None]:
    """Write one country as the desk does; return (cell, tag of a non-plain style)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.dialect]])
    style = style or _weighted(rng, src.country_styles)
    out: str | None = None
    if style == "upper":
        out = name.upper()
    elif style == "iso3":
        out = iso
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "numeric":
        out = iso_codes(iso)[1]
    elif style == "alias":
        aliases = _ALIASES[src.dialect].get(iso)
        out = choice(rng, aliases) if aliases else None
    elif style == "typo":
        typo = str(row[5]) if src.dialect == "en" else _swap(name)
        out = typo if typo != name else None
    elif style == "demonym" and column == "nationality":
        out = _DEMONYMS.get(src.dialect, {}).get(iso)
    elif style == "mojibake":
        out = mojibake(name)
    if out is None or out == name or not fits(out, src):
        return name, None
    return out, f"{style}:{column}"


def _day_text(src: TimberDesk, ts: pd.Timestamp, style: str) -> object:
    months = _MONTH_WORDS[_MONTH_LANG[src.dialect]]
    m = months[ts.month - 1]
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_short":
        return ts.strftime("%d/%m/%y")
    if style == "long":
        if src.dialect == "en":
            return f"{ts.day} {m} {ts.year}"
        if src.dialect == "fr":
            return f"{'1er' if ts.day == 1 else ts.day} {m} {ts.year}"
        return f"{ts.day} de {m} de {ts.year}"
    if style == "mon_abbr":
        return f"{ts.day:02d}-{m[:3]}-{ts.year}"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    raise ValueError(f"unknown day style {style!r}")  # a typo in the tables above


def _date(
    src: TimberDesk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the date; return (cell, expected date, precision, tags)."""
    style = _weighted(rng, src.date_styles)
    if style in ("month", "quarter") and not partial_ok:
        style = src.date_styles[0][0]
    months = _MONTH_WORDS[_MONTH_LANG[src.dialect]]
    if style == "month":
        start = ts.to_period("M").start_time
        text = ts.strftime("%Y-%m") if src.dialect == "en" else f"{months[ts.month - 1]} {ts.year}"
        return text, start, "month", ["partial_date"]
    if style == "quarter":
        start = ts.to_period("Q").start_time
        text = f"Q{ts.quarter} {ts.year}" if src.dialect == "en" else f"T{ts.quarter} {ts.year}"
        return text, start, "quarter", ["partial_date"]
    tags = {"excel": ["excel_date"], "serial": ["serial_date"], "long": ["long_date"]}
    extra = ["text_date"] if src.format == "xlsx" and style == "dmy" else []
    return _day_text(src, ts, style), ts.normalize(), "day", tags.get(style, []) + extra


def _count(src: TimberDesk, value: int) -> tuple[object, bool]:
    """Write a count in the desk's way; return (cell, thousands separator used)."""
    if src.format != "csv":
        return int(value), False
    if value >= 1000 and src.thousands is not None:
        return f"{value // 1000}{src.thousands}{value % 1000:03d}", True
    return str(value), False


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _coords(
    src: TimberDesk, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], list[str]]:
    """Write the location in the desk's way; return (cells, tags)."""
    if src.coord_style == "json":
        return {"lat": round(lat, 4), "lon": round(lon, 4)}, []
    if src.coord_style == "comma":
        return {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }, ["decimal_comma"]
    if src.coord_style == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, ["coords_pair"]
    if src.coord_style == "gps":
        if rng.random() < 0.2:
            text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            return {"coordinates": text}, ["coords_dms"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, ["coords_pair"]
    # "cells": numbers; some typed as text with the hemisphere (O = oeste, west)
    if rng.random() < 0.15:
        return {
            "lat": f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}",
            "lon": f"{abs(lon):.5f} {'E' if lon >= 0 else 'O'}",
        }, ["coords_hemisphere"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, []


def _case(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Upper- or lower-case a cell, or pad it with spaces, at ``rate``."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    return out, out != text


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: TimberDesk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    words = _VOCAB[src.dialect]
    unknown = _UNKNOWN[src.dialect]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    # vocabulary columns: crime type always written; others may be "not known"
    crime = str(ev["crime_type"])
    cells["crime_type"], changed = _case(_variant(rng, words["crime_type"][crime]), rng, 0.05)
    tags += ["case:crime_type"] if changed else []
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        na = _NOT_APPLICABLE[src.dialect]
        cells["exploitation"] = na[int(rng.integers(len(na)))]
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _variant(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[src.dialect])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], big = _count(src, n)
        exp["n_persons"] = n
        tags += ["thousands:n_persons"] if big else []

    k = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or k is None or r < 0.04:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.07:
        cells["n_suspects"] = choice(rng, unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and rng.random() < 0.35:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, _ZERO[src.dialect])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, int(k))[0]  # type: ignore[call-overload]
        exp["n_suspects"] = int(k)  # type: ignore[call-overload]

    # gender, age group, transport mode
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif r < 0.04:
        cells["gender"] = choice(rng, unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _variant(rng, words["gender"][str(ev["gender"])])
        exp["gender"] = ev["gender"]
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.03:
            cells[col] = choice(rng, unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            text, changed = _case(_variant(rng, words[col][str(ev[col])]), rng, 0.04)
            cells[col] = text
            exp[col] = ev[col]
            tags += [f"case:{col}"] if changed else []

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        short = col.removesuffix("_country")
        if forced_blank == col or iso is None:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}" if col in ("nationality", "detection_country") else "")
            continue
        r = rng.random()
        if col != "detection_country" and r < 0.04:
            cells[col] = None if r < 0.02 else choice(rng, unknown)
            exp[col] = None
            tags.append("blank_nationality" if col == "nationality" else f"empty:{short}")
            continue
        cells[col], tag = _country(src, str(iso), col, rng)
        exp[col] = iso
        tags += [tag] if tag else []

    transit = ev["transit_countries"]
    if transit is None:
        direct = _DIRECT[src.dialect]
        cells["transit_countries"] = direct[int(rng.integers(len(direct)))]
        exp["transit_countries"] = None
        tags += ["direct_word"] if cells["transit_countries"] else []
    else:
        # a desk writes the whole list one way (all codes or all names); now and then
        # one name of it is mistyped
        style = _weighted(rng, src.country_styles)
        style = "name" if style in ("demonym", "numeric", "typo") else style
        parts = [
            _country(
                src,
                c,
                "transit_countries",
                rng,
                style="typo" if style == "name" and rng.random() < 0.05 else style,
            )
            for c in str(transit).split("|")
        ]
        cells["transit_countries"] = choice(rng, src.transit_sep).join(p for p, _ in parts)
        exp["transit_countries"] = transit
        tags += sorted({t for _, t in parts if t})

    # location
    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates" or lat is None or lon is None:
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    elif rng.random() < src.no_coords:
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    elif src.coord_style == "gps" and rng.random() < 0.02:
        cells["coordinates"] = "s/c"  # sin coordenadas
        tags.append("coords_placeholder")
        exp["lat"] = exp["lon"] = None
    else:
        place, t = _coords(src, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(place)
        tags += t
        exp["lat"], exp["lon"] = lat, lon

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        table = words["linked_offences"]
        cells["linked_offences"] = src.offence_sep.join(
            _variant(rng, table[o]) for o in str(offences).split("|")
        )
    exp["linked_offences"] = offences
    return cells, exp, [t for t in tags if t]


def _bad_date(src: TimberDesk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell no analyst can use: missing, impossible, or centuries ahead."""
    if kind == "no_date":
        return "s/f" if src.dialect == "mx" and rng.random() < 0.5 else None
    if kind == "bad_date":
        day = choice(rng, ("30/02", "31/02", "31/04", "31/06", "31/09", "31/11"))
        if src.dialect == "en":
            d, m = day.split("/")
            return f"{ts.year}-{m}-{d}"
        return f"{day}/{ts.year}"
    # a slip of the year's first digit (2 -> 3): a date a thousand years ahead (the
    # leap years stay leap years, so the day itself exists)
    if src.dialect == "en":
        return f"{ts.year + 1000}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 1000}"


def _note_date(src: TimberDesk, last: pd.Timestamp) -> object:
    """Write the date a desk puts on its note row."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    if src.dialect == "en":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The set: who reports what first, and who reports it a second time.
EXAMINER: Examiner[TimberDesk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _TTF.source,
        "FRA": _FNB.source,
        "ESP": _CONFEMADERA.source,
        "USA": _CNIF.source,
        "PAN": _ANARAP.source,
    },
    compilation=_TTF.source,
    secondary={
        ("channel", "FRA"): _TTF.source,  # UK importers hear of lorries searched at Calais
        ("channel", "GBR"): _FNB.source,  # French mills' lorries found at Dover
        ("thb_rou_esp", "ESP"): _TTF.source,  # Spanish suppliers' audits, via the TTF
        ("thb_rou_esp", "ITA"): _CONFEMADERA.source,  # the same gangs' Italian sites
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=409,
    blank_share=0.35,
)


def make_blind409(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five timber-trade desks of ``blind409`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``ttf_rps_ou.jsonl`` (UK, English, UTF-8; the compilation),
        ``fnb_conformite_sociale_ou.csv`` (France, cp1252, ``;``),
        ``confemadera_cumplimiento_ou.csv`` (Spain, UTF-8 with BOM, ``,``),
        ``cnif_seguridad_ou.csv`` (Mexico, UTF-16, tab) and
        ``anarap_darien_ou.xlsx`` (Panama), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind409(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ttf_rps_ou.jsonl', 'fnb_conformite_sociale_ou.csv',
     'confemadera_cumplimiento_ou.csv', 'cnif_seguridad_ou.csv', 'anarap_darien_ou.xlsx']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
