"""Examiner sample set ``blind332``: postal and express-courier security teams (``*_lv.*``).

Five agencies that meet smuggling and trafficking networks through the post and the
parcels they send (forged passports, visas and job contracts, money, phones) write
the events of :func:`trendlib.samples.make_truth` in their own case logs:

``dhl_express_uk_lv.csv``
    DHL Express UK, Security & Customs Liaison (East Midlands hub). English, UTF-8
    with BOM, ``,``. UK terms (*Modern Slavery*, *Organised Immigration Crime*),
    nationalities as demonyms (*Afghan*), countries as ISO alpha-2 codes as on an
    airway bill, transit joined by ``" > "``, day-first dates and *17 May 2023*,
    *TBC* for a count not yet known, *Nil* suspects; no location column.
``chronopost_surete_lv.csv``
    Chronopost, direction de la sûreté (Chilly-Mazarin / Roissy). French, cp1252,
    ``;``, CRLF. Names often in capitals, some without accents or as ISO alpha-3,
    a few cells pasted from a UTF-8 tool (mojibake), ``dd/mm/yyyy`` and *mai 2023*,
    *NC* for a count not communicated, *néant* suspects, decimal-comma coordinates.
``seur_seguridad_lv.xlsx``
    SEUR, departamento de seguridad corporativa. Spanish workbook: real Excel dates
    with some typed ``dd/mm/yyyy`` and ``mm/yyyy``, counts as numbers (a few typed
    ``1.250``), *H*/*M* for hombre/mujer, *318 bis* for smuggling, coordinates pasted
    from a map as ``"lat, lon"``; re-sent rows.
``cotel_panama_lv.csv``
    Correos y Telégrafos de Panamá (COTEL), seguridad postal at the Tocumen exchange
    office. Spanish, saved from Excel as *Unicode text* (UTF-16, tab), dates as Excel
    shows them (``7/5/2023``) or as serial numbers, nationalities as demonyms
    (*venezolana*), *NNA* for minors, *EE.UU.*, counts with ``,`` thousands.
``fedex_security_lv.jsonl``
    FedEx Global Security & Intelligence feed (compilation of the other detection
    countries). English JSON lines, camelCase keys, ISO alpha-2 codes joined by
    ``,``, US terms (*Human Smuggling*, *Labor Trafficking*), ISO dates, timestamps,
    ``2023-05`` and ``2023-Q2``; *UNK* for an unknown count.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which source reports
which event, the cross-source duplicates, the bad rows and the garbage rows; this
module only says how each agency writes a cell, and what a careful analyst reads
from it (the expected clean value).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

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

__all__ = ["EXAMINER", "SOURCES", "Agency", "make_blind332"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

# --------------------------------------------------------------------------------------
# Country wording: iso3 -> (English, French, Spanish); aliases, typos and demonyms
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names a clerk of that language uses for a country (all read the same).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain", "U.K."),
        "USA": ("USA", "US", "U.S.A."),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "MKD": ("Macedonia",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "UK"),
        "USA": ("USA", "Etats-Unis"),
        "TUR": ("Türkiye",),
        "MKD": ("Macédoine",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "MKD": ("Macedonia",),
        "CHN": ("República Popular China",),
        "BLR": ("Belarús",),
    },
}

#: Small slips of the keyboard, each still plainly the country.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritea",
        "PAK": "Pakistn",
        "ALB": "Albnia",
        "BGD": "Bangaldesh",
        "EGY": "Egpyt",
        "TUN": "Tunsia",
        "SEN": "Senagal",
        "MAR": "Morrocco",
        "ROU": "Romainia",
        "VEN": "Venezeula",
        "DEU": "Germnay",
    },
    "fr": {
        "AFG": "Afghanistant",
        "ALB": "Albannie",
        "ERI": "Érytrée",
        "VNM": "Vietman",
        "DEU": "Allemagn",
        "MAR": "Marroc",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Equador",
        "COL": "Columbia",
        "MAR": "Marruceos",
        "SEN": "Senegl",
        "ROU": "Rumaina",
    },
}

#: Nationality adjectives (English; Spanish feminine, agreeing with "nacionalidad").
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CHN": "Chinese",
        "CIV": "Ivorian",
        "CMR": "Cameroonian",
        "COL": "Colombian",
        "DZA": "Algerian",
        "ECU": "Ecuadorian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "GIN": "Guinean",
        "GMB": "Gambian",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "HTI": "Haitian",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "MEX": "Mexican",
        "MLI": "Malian",
        "NGA": "Nigerian",
        "PAK": "Pakistani",
        "ROU": "Romanian",
        "SEN": "Senegalese",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "TUR": "Turkish",
        "VEN": "Venezuelan",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CHN": "china",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "ERI": "eritrea",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "PAK": "pakistaní",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "TUN": "tunecina",
        "TUR": "turca",
        "VEN": "venezolana",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
}

_MONTH_NAMES: dict[str, tuple[str, ...]] = {
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MONTH_STYLES = ("month_text", "month_num", "month_iso")
_QUARTER_STYLES = ("quarter_iso",)


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of this set: what the machinery reads plus the agency's own wording.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the agency's words
        (the first is its usual one).
    not_applicable : tuple of str
        What it writes as the form of exploitation of a pure smuggling case (``""``:
        a blank cell).
    unknown_gender, na_words, unknown_country : tuple of str
        Its words for a sex not recorded, an age group or mode not known, a
        nationality not known (``""``: a blank cell).
    zero_words : tuple of str
        Words it writes for no suspect.
    placeholders : tuple of str
        Words for a count not known yet (the record stays, with no count).
    date_styles, partial_styles : tuple of (style, weight)
        Full dates and month or quarter dates (styles of :func:`_date_cell`).
    partial_rate : float
        Share of first reports dated by month or quarter only.
    country_styles, nationality_styles, transit_styles : tuple of (style, weight)
        How it writes a country (styles of :func:`_country_text`).
    transit_sep, offence_sep : str
        Separators of its transit-country and linked-offence lists.
    direct : tuple of str
        What it writes when the route had no transit country.
    thousands : tuple of str
        Thousands separators of big counts (typed as text).
    coords : str
        ``"none"``, ``"comma"`` (two columns, decimal comma), ``"dot"`` (two columns),
        ``"pair"`` (one ``"lat, lon"`` cell) or ``"number"`` (two numeric fields).
    case_rate : float
        Share of word cells typed in another case or with stray spaces.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_applicable: tuple[str, ...]
    unknown_gender: tuple[str, ...]
    na_words: tuple[str, ...]
    unknown_country: tuple[str, ...]
    zero_words: tuple[str, ...]
    placeholders: tuple[str, ...]
    date_styles: _Weights
    partial_styles: _Weights
    partial_rate: float
    country_styles: _Weights
    nationality_styles: _Weights
    transit_styles: _Weights
    transit_sep: str
    offence_sep: str
    direct: tuple[str, ...]
    thousands: tuple[str, ...]
    coords: str
    case_rate: float


_DHL = Agency(
    source="dhl_express_uk",
    filename="dhl_express_uk_lv.csv",
    ref="DHLUK-SEC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Date of Detection",
        "crime_type": "Crime Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects Identified",
        "gender": "Gender",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination Country",
        "detection_country": "Country Detected",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL-SENSITIVE - extract from Security case log, figures not yet validated",
    total="Total",
    bad_count=("Multiple", "See notes"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery", "MSHT", "Human Trafficking"),
            "smuggling": ("Organised Immigration Crime", "OIC", "People Smuggling"),
            "both": ("MSHT / OIC", "OIC + Modern Slavery"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal", "Criminal exploitation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M/F", "Male & Female"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Minor", "Under 18", "U18"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea", "Ferry"),
            "land": ("Road", "HGV", "Lorry"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud", "Forged ID"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering", "ML"),
            "illicit_goods": ("Controlled drugs", "Drugs"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("", "N/A"),
    unknown_gender=("", "Not recorded"),
    na_words=("Not known",),
    unknown_country=("", "Not known"),
    zero_words=("Nil", "None"),
    placeholders=("TBC",),
    date_styles=(("dmy", 0.75), ("d_month_y", 0.25)),
    partial_styles=(("month_text", 1.0),),
    partial_rate=0.06,
    country_styles=(
        ("iso2", 0.55),
        ("name", 0.25),
        ("alias", 0.1),
        ("typo", 0.05),
        ("upper", 0.05),
    ),
    nationality_styles=(("demonym", 0.75), ("name", 0.15), ("iso2", 0.1)),
    transit_styles=(("iso2", 0.8), ("name", 0.2)),
    transit_sep=" > ",
    offence_sep="; ",
    direct=("", "Direct"),
    thousands=(",",),
    coords="none",
    case_rate=0.04,
)

_CHRONOPOST = Agency(
    source="chronopost_surete",
    filename="chronopost_surete_lv.csv",
    ref="CHR-SUR-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction outil de signalement - données provisoires, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Filière d'immigration irrégulière",
                "Trafic de migrants",
            ),
            "both": ("TEH + aide au séjour irrégulier", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "Masculin", "H"),
            "female": ("Femmes", "Féminin", "F"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "Mineur"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Small boat", "Embarcation"),
            "land": ("Routier", "Poids lourd"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    not_applicable=("", "Sans objet", "S.O."),
    unknown_gender=("", "Non renseigné"),
    na_words=("Non déterminé",),
    unknown_country=("", "Inconnue"),
    zero_words=("néant", "aucun"),
    placeholders=("NC",),
    date_styles=(("dmy", 1.0),),
    partial_styles=(("month_text", 0.6), ("month_num", 0.4)),
    partial_rate=0.05,
    country_styles=(
        ("upper", 0.4),
        ("name", 0.3),
        ("noaccent", 0.1),
        ("iso3", 0.1),
        ("mojibake", 0.05),
        ("typo", 0.05),
    ),
    nationality_styles=(("upper", 0.5), ("name", 0.3), ("iso3", 0.1), ("mojibake", 0.1)),
    transit_styles=(("upper", 0.5), ("name", 0.4), ("iso3", 0.1)),
    transit_sep=" / ",
    offence_sep=" + ",
    direct=("", "Aucun", "Direct"),
    thousands=("\u00a0", " "),
    coords="comma",
    case_rate=0.05,
)

_SEUR = Agency(
    source="seur_seguridad",
    filename="seur_seguridad_lv.xlsx",
    ref="SEUR/SEG/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales - Dpto. Seguridad Corporativa",
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Tráfico de migrantes",
                "318 bis CP",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH + 318 bis"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Hombre", "H", "Varón"),
            "female": ("Mujer", "M"),
            "mixed": ("Mixto", "H/M", "Ambos sexos"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "Menor"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Patera", "Cayuco", "Embarcación"),
            "land": ("Terrestre", "Carretera", "Vehículo"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    not_applicable=("", "No procede"),
    unknown_gender=("", "No consta"),
    na_words=("No consta",),
    unknown_country=("", "No consta"),
    zero_words=("ninguno",),
    placeholders=("s/d", "No consta"),
    date_styles=(("excel", 0.85), ("dmy", 0.15)),
    partial_styles=(("month_num", 1.0),),
    partial_rate=0.06,
    country_styles=(
        ("name", 0.55),
        ("noaccent", 0.1),
        ("upper", 0.1),
        ("iso3", 0.12),
        ("alias", 0.08),
        ("typo", 0.05),
    ),
    nationality_styles=(("name", 0.7), ("upper", 0.15), ("iso3", 0.15)),
    transit_styles=(("name", 0.8), ("iso3", 0.2)),
    transit_sep=" - ",
    offence_sep=", ",
    direct=("", "Directo"),
    thousands=(".",),
    coords="pair",
    case_rate=0.03,
)

_COTEL = Agency(
    source="cotel_panama",
    filename="cotel_panama_lv.csv",
    ref="COTEL-SP-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de Caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación",
    total="Total general",
    bad_count=("varios", "grupo"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino",),
            "female": ("Femenino",),
            "mixed": ("Mixto", "Masculino y femenino"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Bus"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Documentos falsos", "Falsificación de documentos"),
            "corruption": ("Corrupción de servidores públicos", "Corrupción"),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    not_applicable=("", "N/A"),
    unknown_gender=("", "N/D"),
    na_words=("N/D",),
    unknown_country=("", "N/D"),
    zero_words=("ninguno",),
    placeholders=("N/D",),
    date_styles=(("dmy_short", 0.65), ("dmy", 0.15), ("serial", 0.2)),
    partial_styles=(("month_text", 1.0),),
    partial_rate=0.05,
    country_styles=(
        ("name", 0.6),
        ("alias", 0.12),
        ("lower", 0.08),
        ("spaced", 0.1),
        ("typo", 0.05),
        ("iso2", 0.05),
    ),
    nationality_styles=(("demonym", 0.6), ("name", 0.3), ("spaced", 0.1)),
    transit_styles=(("name", 0.9), ("lower", 0.1)),
    transit_sep=", ",
    offence_sep=", ",
    direct=("", "Ninguno"),
    thousands=(",",),
    coords="dot",
    case_rate=0.04,
)

_FEDEX = Agency(
    source="fedex_security",
    filename="fedex_security_lv.jsonl",
    ref="FX-GSI-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseId",
        "event_date": "incidentDate",
        "crime_type": "caseType",
        "exploitation": "exploitationType",
        "n_persons": "personsCount",
        "n_suspects": "subjectCount",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationality",
        "origin_country": "originCountry",
        "destination_country": "destinationCountry",
        "detection_country": "incidentCountry",
        "transit_countries": "transitCountries",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("MULTIPLE",),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "HT"),
            "smuggling": ("Human Smuggling", "Alien Smuggling"),
            "both": ("Human Trafficking/Smuggling",),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking", "Commercial Sex"),
            "forced_labour": ("Labor Trafficking", "Forced Labor"),
            "forced_criminality": ("Forced Criminality",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed",),
        },
        "age_group": {
            "adult": ("Adult",),
            "child": ("Minor", "Juvenile"),
            "mixed": ("Adult/Minor", "Mixed"),
        },
        "transport_mode": {
            "land": ("Ground", "Vehicle", "On foot"),
            "sea": ("Vessel", "Maritime"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document Fraud", "Fraudulent Documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Narcotics", "Contraband"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("",),
    unknown_gender=("", "Unknown"),
    na_words=("Unknown",),
    unknown_country=("", "UNK"),
    zero_words=(),
    placeholders=("UNK",),
    date_styles=(("iso", 0.65), ("iso_dt", 0.35)),
    partial_styles=(("month_iso", 0.55), ("quarter_iso", 0.45)),
    partial_rate=0.12,
    country_styles=(("iso2", 0.8), ("name", 0.15), ("alias", 0.05)),
    nationality_styles=(("iso2", 0.85), ("name", 0.15)),
    transit_styles=(("iso2", 1.0),),
    transit_sep=",",
    offence_sep="; ",
    direct=("",),
    thousands=(),
    coords="number",
    case_rate=0.0,
)

#: The five sources, in the order their submissions are returned.
SOURCES: tuple[Agency, ...] = (_DHL, _CHRONOPOST, _SEUR, _COTEL, _FEDEX)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weighted: _Weights) -> str:
    """Draw one key of ``(key, weight)`` pairs."""
    w = np.array([p for _, p in weighted], dtype=float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _as_int(value: object) -> int:
    return int(cast(Any, value))


def _as_float(value: object) -> float:
    return float(cast(Any, value))


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _country_text(src: Agency, iso: str, style: str, rng: _Rng) -> tuple[str, str]:
    """Write one ISO alpha-3 code in ``style``; return (text, tag of the visible style)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    text: str | None
    if style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "noaccent":
        text = _strip_accents(name)
    elif style == "spaced":
        text = f" {name}  "
    elif style == "alias":
        aliases = _ALIASES[lang].get(iso)
        text = choice(rng, aliases) if aliases else None
    elif style == "typo":
        text = _TYPOS[lang].get(iso)
    elif style == "mojibake":
        text = mojibake(name if rng.random() < 0.5 else name.upper())
    elif style == "demonym":
        text = _DEMONYMS.get(lang, {}).get(iso)
        if text is not None and lang == "es" and rng.random() < 0.3:
            text = text.capitalize()
    else:
        text = name
    if text is None or text == name or not fits(text, src):
        return name, ""
    return text, f"country_{style}"


def _word(src: Agency, column: str, value: str, rng: _Rng) -> tuple[str, str]:
    """Return the agency's word for a canonical value (its usual word 60 % of the time)."""
    forms = src.words[column][value]
    word = forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])
    if src.case_rate and rng.random() < src.case_rate:
        k = int(rng.integers(3))
        word = word.upper() if k == 0 else word.lower() if k == 1 else f"{word} "
        return word, "case_noise"
    return word, ""


def _blank(words: tuple[str, ...], rng: _Rng) -> str | None:
    word = choice(rng, words) if words else ""
    return word or None


def _date_cell(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a date in one of the agency's styles."""
    months = _MONTH_NAMES[src.language]
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_short":  # as Excel shows a date typed in a General cell
        return f"{ts.day}/{ts.month}/{ts.year}"
    if style == "d_month_y":
        return f"{ts.day} {months[ts.month - 1]} {ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_dt":
        hour, minute = int(rng.integers(6, 23)), int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "month_text":
        return f"{months[ts.month - 1]} {ts.year}"
    if style == "month_num":
        return f"{ts.month:02d}/{ts.year}"
    if style == "month_iso":
        return f"{ts.year}-{ts.month:02d}"
    if style == "quarter_iso":
        return f"{ts.year}-Q{ts.quarter}"
    raise ValueError(f"unknown date style {style!r}")  # a typo in this module's tables


def _count_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count: a number in a workbook or feed, text in a CSV; big ones grouped."""
    if n >= 1000 and src.thousands and rng.random() < 0.6:
        sep = choice(rng, src.thousands)
        return f"{n // 1000}{sep}{n % 1000:03d}", "thousands_sep"
    return (str(n) if src.format == "csv" else n), ""


def _coord_text(src: Agency, value: float) -> object:
    if src.coords == "number":
        return round(value, 4)
    text = f"{value:.5f}" if src.coords != "dot" else f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if src.coords == "comma" else text


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str) -> None:
        if name:
            tags.append(name)

    # Date: the day, or (first reports only) the month or quarter.
    ts = pd.Timestamp(cast(Any, ev["event_date"]))
    if partial_ok and rng.random() < src.partial_rate:
        style = _pick(rng, src.partial_styles)
        tag("partial_date")
    else:
        style = _pick(rng, src.date_styles)
    tag(f"date_{style}")
    cells["event_date"] = _date_cell(src, ts, style, rng)
    if style in _MONTH_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
    elif style in _QUARTER_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"

    # Crime type and form of exploitation (none for a pure smuggling case).
    crime = str(ev["crime_type"])
    cells["crime_type"], t = _word(src, "crime_type", crime, rng)
    tag(t)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _blank(src.not_applicable, rng)
        exp["exploitation"] = None
    else:
        cells["exploitation"], t = _word(src, "exploitation", str(expl), rng)
        tag(t)
        exp["exploitation"] = str(expl)

    # Persons: the count, or a word saying it is not known yet.
    n = _as_int(ev["n_persons"])
    if rng.random() < 0.025:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.placeholders), None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(src, n, rng)
        tag(t)
        exp["n_persons"] = n

    # Suspects: blank, not known yet, "none" in words, or the number.
    k = _as_int(ev["n_suspects"])
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.placeholders), None
        tag("suspects_placeholder")
    elif k == 0 and src.zero_words and rng.random() < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tag("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    # Sex and age group of the persons.
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"], exp["gender"] = _blank(src.unknown_gender, rng), "unknown"
        tag("blank_gender")
    else:
        cells["gender"], t = _word(src, "gender", str(ev["gender"]), rng)
        tag(t)
        exp["gender"] = ev["gender"]
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, src.na_words), "unknown"
        tag("na_word")
    else:
        cells["age_group"], t = _word(src, "age_group", str(ev["age_group"]), rng)
        tag(t)
        exp["age_group"] = ev["age_group"]

    # Countries.
    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.015:
        cells["nationality"], exp["nationality"] = _blank(src.unknown_country, rng), None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _country_text(src, nat, _pick(rng, src.nationality_styles), rng)
        tag(t)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col], t = _country_text(src, iso, _pick(rng, src.country_styles), rng)
        tag(t)
        exp[col] = iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _country_text(src, det, _pick(rng, src.country_styles), rng)
        tag(t)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = _blank(src.direct, rng)
        exp["transit_countries"] = None
    else:
        style = _pick(rng, src.transit_styles)
        parts = [_country_text(src, iso, style, rng)[0] for iso in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)
        tag(f"transit_{style}")

    # Transport mode.
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.na_words), "unknown"
        tag("na_word")
    else:
        cells["transport_mode"], t = _word(src, "transport_mode", str(ev["transport_mode"]), rng)
        tag(t)
        exp["transport_mode"] = ev["transport_mode"]

    # Where: no column at all, left blank, or the point in the agency's style.
    lat, lon = _as_float(ev["lat"]), _as_float(ev["lon"])
    if src.coords == "none":
        exp["lat"] = exp["lon"] = None
        tag("coords_missing")
    elif forced_blank == "coordinates" or rng.random() < 0.05:
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        if src.coords == "pair":
            cells["coordinates"] = f"{lat:.6f}, {lon:.6f}"
        else:
            cells["lat"], cells["lon"] = _coord_text(src, lat), _coord_text(src, lon)
        exp["lat"], exp["lon"] = lat, lon
        tag(f"coords_{src.coords}")

    # Linked offences, in the truth's order.
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng)[0] for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its year mistyped ten years on (2023 -> 2033)."""
    day = 28 if (ts.month, ts.day) == (2, 29) else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible or future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        style = src.date_styles[0][0]
        return _date_cell(src, _future(ts), style, rng)
    impossible = {  # days that no calendar has, typed the agency's way
        "dhl_express_uk": f"30/02/{ts.year}",
        "chronopost_surete": f"31/04/{ts.year}",
        "seur_seguridad": f"31/02/{ts.year}",
        "cotel_panama": f"31/6/{ts.year}",
        "fedex_security": f"{ts.year}-02-30",
    }
    return impossible[src.source]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the day of the last case."""
    return _date_cell(src, last, src.date_styles[0][0], np.random.default_rng(0))


#: The variant: its sources, who reports what first and second, and how cells are written.
EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "dhl_express_uk",
        "FRA": "chronopost_surete",
        "ESP": "seur_seguridad",
        "PAN": "cotel_panama",
    },
    compilation="fedex_security",
    secondary={
        ("channel", "FRA"): "dhl_express_uk",
        ("channel", "GBR"): "chronopost_surete",
        ("thb_vnm_gbr", "GBR"): "chronopost_surete",
        ("wmed", "ESP"): "chronopost_surete",
        ("darien", "PAN"): "fedex_security",
        ("thb_rou_esp", "ESP"): "fedex_security",
        ("thb_rou_esp", "ITA"): "seur_seguridad",
        ("thb_nga_ita", "ITA"): "seur_seguridad",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=332_017,
    blank_share=0.35,
)


def make_blind332(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five postal and courier security teams of ``blind332``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dhl_express_uk_lv.csv`` (English, UTF-8 with BOM, ``,``),
        ``chronopost_surete_lv.csv`` (French, cp1252, ``;``),
        ``seur_seguridad_lv.xlsx`` (Spanish), ``cotel_panama_lv.csv`` (Spanish,
        UTF-16, tab) and ``fedex_security_lv.jsonl`` (English), each with the
        expected reading of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind332(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dhl_express_uk_lv.csv', 'chronopost_surete_lv.csv', 'seur_seguridad_lv.xlsx',
     'cotel_panama_lv.csv', 'fedex_security_lv.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date du constat', 'Qualification']
    >>> all(len(s.frame) == len(s.expected) for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
