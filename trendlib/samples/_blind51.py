"""Examiner sample set ``blind51``: five African liaison desks (files ``*_ba.*``).

The five submissions are digests that INTERPOL National Central Bureaus (NCB / BCN /
OCN) and police liaison desks of five African countries compile from the notifications
their partners send them about cases touching their nationals or their networks. Each
keeps the agency's own headers, abbreviations, date styles, country wording and legal
references. A reader's guide:

``zambia_police_ncb_ba.csv`` -- Zambia Police Service, INTERPOL NCB Lusaka (English)
    UTF-8 with BOM, ``|``-delimited. Day-first dates in four styles (``14/03/2022``,
    ``14-Mar-2022``, ``14th March, 2022``, ``14.03.2022``); partial dates ``Mar-2022``,
    ``March 2022``, ``Q1/2022``, ``1st Quarter 2022``. Offence as ``TIP`` / ``SOM`` /
    ``TIP & SOM`` with the Anti-Human Trafficking Act No. 11 of 2008. The detection
    country is often the partner bureau (``NCB Rome``, ``INTERPOL Washington``,
    ``NCB Manchester (UK)``). Counts with thousand commas or ``pax``; ``N/K``, ``TBA``
    for unknowns; ``Nil`` suspects. Separate ``Lat (DD)`` / ``Long (DD)`` columns.
    Note row and ``GRAND TOTAL`` row.
``madagascar_gendarmerie_ba.csv`` -- Gendarmerie nationale de Madagascar, Section de
    recherches / BCN Antananarivo (French)
    Latin-1, ``;``-delimited. Dates ``14/03/2022``, ``14 mars 2022``, ``1er mars 2022``,
    ``14.03.22``, ``le 14/03/2022``; partial ``mars 2022``, ``1er trim. 2022``, ``T2 2022``.
    Qualification ``TEH`` / ``Traite des êtres humains (loi n° 2014-040)`` / ``Trafic
    illicite de migrants``. French names and demonyms (masculine or feminine). Counts with
    a no-break space as thousand separator (``1 234``) or ``pers.``; ``NC``, ``non
    déterminé``; ``néant`` suspects. One ``Coordonnées GPS`` column in degrees-minutes-
    seconds with decimal commas (``36°04'12,5" N / 14°15'30,2" E``) or a decimal-comma
    pair. Re-sends some rows; note row and ``TOTAL GÉNÉRAL`` row.
``uganda_police_cid_ba.csv`` -- Uganda Police Force, CID Headquarters / NCB Kampala
    (English)
    cp1252, tab-delimited, CRLF. ``CRB 123/2022`` references. Dates ISO, ``14.03.2022``,
    ``14 Mar 22``, ``14th Mar 2022``; partial ``March, 2022``, ``1st Qtr 2022``,
    ``Jan-Mar 2022``. Charges in charge-sheet style (``Trafficking in persons c/s 3
    PTIPA 2009``). Country names or ISO alpha-2 codes; ``Both`` for mixed sexes. One
    ``GPS Coordinates`` column (``36.0701, 14.2584`` or ``N36.0701 E014.2584``). A free
    ``Location`` column. Note row and ``TOTAL`` row.
``guinea_ecuatorial_ocn_ba.xlsx`` -- Dirección General de Seguridad Nacional, OCN
    INTERPOL Malabo, Equatorial Guinea (Spanish)
    XLSX. Dates as real Excel dates, bare Excel serial numbers, ``14/03/2022`` or ``14 de
    marzo de 2022`` text; partial ``marzo de 2022``, ``I trimestre 2022``, ``2º trim.
    2022``. ``Trata de personas (Ley 1/2004)``, ``Tráfico ilícito de migrantes``.
    Spanish demonyms (``guineano (Conakry)``), ``NNA`` for minors, ``S/D`` and ``sin
    determinar`` for unknowns, ``ninguno`` suspects, ``1.234`` text counts; numeric
    latitude/longitude cells, some typed as text with a decimal comma. Re-sends rows;
    note row and ``Total general`` row.
``comores_gendarmerie_bcn_ba.jsonl`` -- Gendarmerie nationale des Comores, BCN Moroni
    (French)
    JSON lines, UTF-8, snake_case keys. Dates ISO (with or without ``T00:00:00``) or
    ``14/03/2022``; partial ``2022-03``, ``mars 2022``, ``2022-T1``. ISO alpha-2 codes or
    French names, some garbled by a cp1252 round trip (``SÃ©nÃ©gal``); transit as
    ``LY > TN``. Counts as JSON numbers, some as text with a narrow no-break space;
    ``coord_gps`` as ``36.07014,14.25839`` or ``36.0701° N, 14.2584° E``. Note line and
    ``TOTAL`` line.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND51_SOURCES", "BaSource", "make_blind51"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class BaSource(ExaminerSource):
    """A ``blind51`` source: the shared fields plus the key of its writing style.

    Attributes
    ----------
    style : str
        ``"zm"``, ``"mg"``, ``"ug"``, ``"gq"`` or ``"km"``: which agency writes.
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("The Gambia", "Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia",),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("USA", "United States", "U.S.A."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, str] = {
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
}
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord",),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie", "Fédération de Russie"),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_FR_DEMONYMS: dict[str, str] = {
    "AFG": "afghan",
    "ALB": "albanais",
    "BGD": "bangladais",
    "CHN": "chinois",
    "CIV": "ivoirien",
    "CMR": "camerounais",
    "COL": "colombien",
    "DZA": "algérien",
    "ECU": "équatorien",
    "EGY": "égyptien",
    "ERI": "érythréen",
    "GIN": "guinéen",
    "GMB": "gambien",
    "GTM": "guatémaltèque",
    "HND": "hondurien",
    "HTI": "haïtien",
    "IRN": "iranien",
    "IRQ": "irakien",
    "MAR": "marocain",
    "MEX": "mexicain",
    "MLI": "malien",
    "NGA": "nigérian",
    "PAK": "pakistanais",
    "ROU": "roumain",
    "SEN": "sénégalais",
    "SYR": "syrien",
    "TUN": "tunisien",
    "TUR": "turc",
    "VEN": "vénézuélien",
    "VNM": "vietnamien",
    "YEM": "yéménite",
}
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea Conakry", "Guinea (Conakry)"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía",),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: dict[str, str] = {
    "AFG": "afgano",
    "ALB": "albanés",
    "BGD": "bangladesí",
    "CHN": "chino",
    "CIV": "marfileño",
    "CMR": "camerunés",
    "COL": "colombiano",
    "DZA": "argelino",
    "ECU": "ecuatoriano",
    "EGY": "egipcio",
    "ERI": "eritreo",
    "GIN": "guineano",
    "GMB": "gambiano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
    "HTI": "haitiano",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicano",
    "MLI": "maliense",
    "NGA": "nigeriano",
    "PAK": "pakistaní",
    "ROU": "rumano",
    "SEN": "senegalés",
    "SYR": "sirio",
    "TUN": "tunecino",
    "TUR": "turco",
    "VEN": "venezolano",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
_NAMES = {"en": _EN_NAMES, "fr": _FR_NAMES, "es": _ES_NAMES}
#: Partner bureaus as a Zambian NCB digest names them (detection country).
_NCB = {
    "GBR": "NCB Manchester (UK)",
    "USA": "INTERPOL Washington",
    "FRA": "NCB France",
    "ITA": "NCB Rome",
    "GRC": "NCB Athens",
    "POL": "NCB Warsaw",
    "ESP": "NCB Madrid",
    "HRV": "NCB Zagreb",
    "PAN": "NCB Panama",
}

_MOIS = (
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
_MESES = (
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
_ROMAN = ("I", "II", "III", "IV")

#: crime type -> wordings, by style.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "zm": {
        "trafficking": (
            "TIP",
            "Trafficking in Persons",
            "TIP (Anti-Human Trafficking Act No. 11 of 2008)",
            "Human trafficking",
        ),
        "smuggling": (
            "SOM",
            "Smuggling of Migrants",
            "Migrant smuggling",
            "SOM (people smuggling)",
        ),
        "both": ("TIP & SOM", "TIP/SOM", "Trafficking in persons and smuggling of migrants"),
    },
    "mg": {
        "trafficking": (
            "TEH",
            "Traite des êtres humains (loi n° 2014-040)",
            "Traite des personnes",
            "Traite des êtres humains",
        ),
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers (trafic de migrants)",
        ),
        "both": ("TEH + trafic de migrants", "Traite et trafic illicite de migrants"),
    },
    "ug": {
        "trafficking": (
            "Trafficking in persons c/s 3 PTIPA 2009",
            "Aggravated trafficking in persons c/s 4 PTIPA 2009",
            "TIP",
            "Human Trafficking",
        ),
        "smuggling": ("Smuggling of migrants", "Migrant smuggling", "People smuggling"),
        "both": ("TIP & Smuggling", "Trafficking in persons / smuggling of migrants"),
    },
    "gq": {
        "trafficking": (
            "Trata de personas (Ley 1/2004)",
            "Trata de seres humanos",
            "Trata de personas",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes (Ley 1/2004)",
            "Tráfico ilícito de migrantes (Ley 1/2004)",
        ),
        "both": ("Trata y tráfico", "Trata de personas y tráfico ilícito de migrantes"),
    },
    "km": {
        "trafficking": ("traite des personnes", "TEH", "Traite des êtres humains"),
        "smuggling": (
            "trafic de migrants",
            "Trafic illicite de migrants",
            "passeurs / trafic de migrants",
        ),
        "both": ("traite + trafic de migrants", "TEH et trafic de migrants"),
    },
}

_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("Sexual exploitation", "Sexual exp.", "Commercial sexual exploitation"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Domestic servitude"),
        "forced_criminality": ("Forced criminality", "Forced criminal activities"),
        "organ_removal": ("Organ removal", "Removal of organs"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other forms"),
    },
    "fr": {
        "sexual": ("Exploitation sexuelle", "Exploitation de la prostitution", "Expl. sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail", "Servitude domestique"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autres formes"),
    },
    "es": {
        "sexual": ("Explotación sexual", "Expl. sexual"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral", "Servidumbre doméstica"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra", "Otras formas"),
    },
}
_NOT_APPLICABLE = {
    "zm": ("", "N/A", "-"),
    "mg": ("", "sans objet", "-"),
    "ug": ("", "N/A"),
    "gq": ("", "No procede", "-"),
    "km": ("", "sans objet"),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "zm": {
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female", "Females"),
        "mixed": ("M/F", "Mixed", "Male & Female"),
    },
    "mg": {
        "male": ("H", "Masculin", "Hommes"),
        "female": ("F", "Féminin", "Femmes"),
        "mixed": ("H/F", "Mixte", "Hommes et femmes"),
    },
    "ug": {
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Both", "Mixed", "Male/Female"),
    },
    "gq": {
        "male": ("Hombre", "Hombres", "Varón", "Masculino"),
        "female": ("Mujer", "Mujeres", "Femenino"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    "km": {
        "male": ("masculin", "H"),
        "female": ("féminin", "F"),
        "mixed": ("mixte", "H+F"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "zm": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Juvenile", "Child", "Under 18"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "mg": {
        "adult": ("Majeur", "Majeurs", "Adulte"),
        "child": ("Mineur", "Mineurs", "Mineure"),
        "mixed": ("Mineurs et majeurs", "Mixte"),
    },
    "ug": {
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Minor", "Children"),
        "mixed": ("Adults and children", "Mixed"),
    },
    "gq": {
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "child": ("Menor", "Menores", "NNA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "km": {
        "adult": ("majeur", "adulte"),
        "child": ("mineur", "mineurs"),
        "mixed": ("mixte", "majeurs + mineurs"),
    },
}
_NA_WORD = {
    "zm": ("N/A", "Not known"),
    "mg": ("non renseigné", "NR"),
    "ug": ("N/A", "Not known"),
    "gq": ("S/D", "No consta"),
    "km": ("non renseigné", "inconnu"),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "zm": {
        "sea": ("By sea", "Boat", "Rubber dinghy", "Vessel"),
        "land": ("By road", "Truck", "On foot", "Road"),
        "air": ("By air", "Flight", "Commercial flight"),
    },
    "mg": {
        "sea": ("Voie maritime", "Maritime", "Embarcation", "Pirogue"),
        "land": ("Voie terrestre", "Terrestre", "Camion", "À pied"),
        "air": ("Voie aérienne", "Aérien", "Vol commercial"),
    },
    "ug": {
        "sea": ("Sea", "Boat", "Vessel"),
        "land": ("Road", "Motor vehicle", "Lorry", "Foot"),
        "air": ("Air", "Aircraft"),
    },
    "gq": {
        "sea": ("Marítimo", "Vía marítima", "Cayuco", "Patera", "Embarcación"),
        "land": ("Terrestre", "Vía terrestre", "Camión", "A pie"),
        "air": ("Aéreo", "Vía aérea", "Vuelo comercial"),
    },
    "km": {
        "sea": ("maritime", "kwassa-kwassa", "embarcation"),
        "land": ("terrestre", "véhicule", "à pied"),
        "air": ("aérien", "avion"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("Document fraud", "Forged documents", "Fraudulent passports"),
        "corruption": ("Corruption", "Bribery of officials"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "fr": {
        "document_fraud": ("Fraude documentaire", "Faux et usage de faux"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment de capitaux"),
        "illicit_goods": ("Contrebande", "Marchandises illicites"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "es": {
        "document_fraud": ("Falsedad documental", "Documentos falsos"),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelito", "Delito informático"),
        "terrorism": ("Terrorismo",),
    },
}
_OFFENCE_SEP = {"zm": ", ", "mg": " + ", "ug": "; ", "gq": ", ", "km": ", "}
_NO_OFFENCE = {"zm": ("", "Nil"), "mg": ("", "néant"), "ug": ("", "Nil"), "gq": ("",), "km": ("",)}
_NO_TRANSIT = {
    "zm": ("", "Direct"),
    "mg": ("", "Aucun"),
    "ug": ("", "Direct"),
    "gq": ("", "Ninguno"),
    "km": ("", "direct"),
}
_COUNT_PLACEHOLDER = {
    "zm": ("N/K", "Unknown", "TBA"),
    "mg": ("NC", "non déterminé", "inconnu"),
    "ug": ("Not known", "N/K"),
    "gq": ("S/D", "sin determinar", "desconocido"),
    "km": ("NC", "inconnu"),
}
_ZERO_WORD = {
    "zm": ("Nil", "None"),
    "mg": ("néant", "aucun"),
    "ug": ("Nil", "None"),
    "gq": ("ninguno", "Ninguno"),
    "km": ("néant", "aucun"),
}
_COORD_PLACEHOLDER = {
    "zm": ("N/K",),
    "mg": ("NC", "non relevées"),
    "ug": ("Not taken", "N/K"),
    "gq": ("S/D",),
    "km": ("NC",),
}
_NO_DATE = {
    "zm": ("N/K",),
    "mg": ("inconnue",),
    "ug": ("Not known",),
    "gq": ("S/F",),
    "km": ("inconnue",),
}


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
def _headers(**kw: str) -> dict[str, str]:
    return dict(kw)


_ZM = BaSource(
    source="zambia_police_ncb_ba",
    filename="zambia_police_ncb_ba.csv",
    ref="NCB/LSK/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="en",
    headers=_headers(
        source_ref="NCB Ref.",
        event_date="Date of Incident",
        crime_type="Offence Category",
        exploitation="Form of Exploitation",
        n_persons="No. of Victims/Migrants",
        n_suspects="Suspects (No.)",
        gender="Sex (M/F)",
        age_group="Age Category",
        nationality="Nationality of V/M",
        origin_country="Country of Origin",
        destination_country="Intended Destination",
        detection_country="Reporting NCB / Country",
        transit_countries="Transit Route",
        transport_mode="Mode of Conveyance",
        lat="Lat (DD)",
        lon="Long (DD)",
        linked_offences="Related Offences",
    ),
    note="NB: Figures provisional \u2013 subject to confirmation by reporting NCBs",
    total="GRAND TOTAL",
    bad_count=("several", "many", "a group"),
    repeats=False,
    style="zm",
)
_MG = BaSource(
    source="madagascar_gendarmerie_ba",
    filename="madagascar_gendarmerie_ba.csv",
    ref="PV n° {seq:03d}/{year}/GN/SR-TNR",
    format="csv",
    encoding="latin-1",
    delimiter=";",
    language="fr",
    headers=_headers(
        source_ref="N° PV",
        event_date="Date des faits",
        crime_type="Qualification",
        exploitation="Finalité d'exploitation",
        n_persons="Nbre victimes/migrants",
        n_suspects="Nbre mis en cause",
        gender="Sexe",
        age_group="Âge (majeur/mineur)",
        nationality="Nationalité",
        origin_country="Pays d'origine",
        destination_country="Pays de destination",
        detection_country="Pays de constatation",
        transit_countries="Pays de transit",
        transport_mode="Moyen de transport",
        coordinates="Coordonnées GPS (WGS84)",
        linked_offences="Infractions connexes",
    ),
    note="NB : données provisoires arrêtées par la SR Antananarivo",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    style="mg",
)
_UG = BaSource(
    source="uganda_police_cid_ba",
    filename="uganda_police_cid_ba.csv",
    ref="CRB {seq}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter="\t",
    language="en",
    headers=_headers(
        source_ref="CRB No.",
        event_date="Date of Offence",
        crime_type="Offence",
        exploitation="Purpose of Exploitation",
        n_persons="No. of Persons",
        n_suspects="Suspects Arrested",
        gender="Gender",
        age_group="Age Bracket",
        nationality="Nationality",
        origin_country="Source Country",
        destination_country="Destination Country",
        detection_country="Country of Interception",
        transit_countries="Transit Countries",
        transport_mode="Means of Transport",
        coordinates="GPS Coordinates",
        linked_offences="Other Offences",
        place="Location",
    ),
    note="Compiled by CID Headquarters Kibuli \u2013 for official use only",
    total="TOTAL",
    bad_count=("several", "a lorry-load", "many"),
    repeats=False,
    style="ug",
)
_GQ = BaSource(
    source="guinea_ecuatorial_ocn_ba",
    filename="guinea_ecuatorial_ocn_ba.xlsx",
    ref="OCN-MLB/{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        source_ref="Nº Expediente",
        event_date="Fecha de los hechos",
        crime_type="Tipo delictivo",
        exploitation="Finalidad de la explotación",
        n_persons="Nº víctimas / migrantes",
        n_suspects="Nº detenidos",
        gender="Sexo",
        age_group="Edad",
        nationality="Nacionalidad",
        origin_country="País de origen",
        destination_country="País de destino",
        detection_country="País de detección",
        transit_countries="Países de tránsito",
        transport_mode="Medio de transporte",
        lat="Latitud (º)",
        lon="Longitud (º)",
        linked_offences="Delitos conexos",
        place="Lugar",
    ),
    note="Nota: datos provisionales, pendientes de validación por la OCN",
    total="Total general",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    style="gq",
)
_KM = BaSource(
    source="comores_gendarmerie_bcn_ba",
    filename="comores_gendarmerie_bcn_ba.jsonl",
    ref="BCN-MOR/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers=_headers(
        source_ref="ref_bcn",
        event_date="date_faits",
        crime_type="infraction",
        exploitation="forme_exploitation",
        n_persons="nb_personnes",
        n_suspects="nb_mis_en_cause",
        gender="sexe",
        age_group="tranche_age",
        nationality="nationalite",
        origin_country="pays_origine",
        destination_country="pays_destination",
        detection_country="pays_constatation",
        transit_countries="pays_transit",
        transport_mode="moyen_transport",
        coordinates="coord_gps",
        linked_offences="infractions_connexes",
    ),
    note="Note : extraction BCN Moroni, données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="km",
)

#: The five sources of the set, in the order of the submissions.
BLIND51_SOURCES: tuple[BaSource, ...] = (_ZM, _MG, _UG, _GQ, _KM)

_PRIMARY = {
    "GBR": _ZM.source,
    "USA": _ZM.source,
    "FRA": _MG.source,
    "GRC": _MG.source,
    "ITA": _KM.source,
    "ESP": _GQ.source,
    "PAN": _GQ.source,
}
_SECONDARY = {
    ("channel", "FRA"): _ZM.source,
    ("channel", "GBR"): _MG.source,
    ("cmed", "ITA"): _UG.source,
    ("thb_nga_ita", "ITA"): _ZM.source,
    ("emed", "GRC"): _UG.source,
    ("wbal", "HRV"): _MG.source,
    ("blr_pol", "POL"): _ZM.source,
    ("watl", "ESP"): _KM.source,
    ("wmed", "ESP"): _MG.source,
    ("thb_rou_esp", "ESP"): _KM.source,
    ("thb_rou_esp", "ITA"): _GQ.source,
    ("darien", "PAN"): _UG.source,
    ("us_mex", "USA"): _GQ.source,
    ("thb_vnm_gbr", "GBR"): _UG.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _safe(src: BaSource, options: tuple[str, ...], rng: _Rng) -> str:
    """Draw an option the source's file can hold (the first one that fits as fallback)."""
    text = choice(rng, options)
    if fits(text, src):
        return text
    for other in options:
        if fits(other, src):
            return other
    text = text.replace("ł", "l").replace("Ł", "L")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.replace("\u2013", "-")


def _day_cell(src: BaSource, ts: pd.Timestamp, rng: _Rng) -> object:
    d, m, y = ts.day, ts.month, ts.year
    mon = MONTHS[m - 1]
    if src.style == "zm":
        return choice(
            rng,
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}-{mon[:3]}-{y}",
                f"{_ordinal(d)} {mon}, {y}",
                f"{d:02d}.{m:02d}.{y}",
            ),
        )
    if src.style == "mg":
        day = "1er" if d == 1 else str(d)
        return choice(
            rng,
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{day} {_MOIS[m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y % 100:02d}",
                f"le {d:02d}/{m:02d}/{y}",
            ),
        )
    if src.style == "ug":
        return choice(
            rng,
            (
                ts.strftime("%Y-%m-%d"),
                f"{d:02d}.{m:02d}.{y}",
                f"{d} {mon[:3]} {y % 100:02d}",
                f"{_ordinal(d)} {mon[:3]} {y}",
            ),
        )
    if src.style == "gq":
        r = rng.random()
        if r < 0.45:
            return ts.to_pydatetime()
        if r < 0.65:
            return int((ts - pd.Timestamp("1899-12-30")).days)  # a bare Excel serial
        if r < 0.85:
            return f"{d:02d}/{m:02d}/{y}"
        return f"{d} de {_MESES[m - 1]} de {y}"
    return choice(  # km
        rng, (ts.strftime("%Y-%m-%d"), ts.strftime("%Y-%m-%dT00:00:00"), f"{d:02d}/{m:02d}/{y}")
    )


def _month_cell(src: BaSource, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    mon = MONTHS[m - 1]
    options = {
        "zm": (f"{mon[:3]}-{y}", f"{mon} {y}"),
        "mg": (f"{_MOIS[m - 1]} {y}", f"{_MOIS[m - 1].capitalize()} {y}"),
        "ug": (f"{mon}, {y}", f"{mon[:3]} {y}"),
        "gq": (f"{_MESES[m - 1]} de {y}", f"{_MESES[m - 1].capitalize()} {y}"),
        "km": (f"{y}-{m:02d}", f"{_MOIS[m - 1]} {y}"),
    }[src.style]
    return choice(rng, options)


def _quarter_cell(src: BaSource, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = ts.quarter, ts.year
    first, last = MONTHS[3 * q - 3][:3], MONTHS[3 * q - 1][:3]
    fr_q = "1er" if q == 1 else f"{q}e"
    options = {
        "zm": (f"Q{q}/{y}", f"{_ordinal(q)} Quarter {y}"),
        "mg": (f"{fr_q} trim. {y}", f"T{q} {y}", f"{fr_q} trimestre {y}"),
        "ug": (f"{_ordinal(q)} Qtr {y}", f"{first}-{last} {y}"),
        "gq": (f"{_ROMAN[q - 1]} trimestre {y}", f"{q}º trim. {y}"),
        "km": (f"{y}-T{q}", f"T{q} {y}"),
    }[src.style]
    return choice(rng, options)


def _date(
    src: BaSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    r = rng.random()
    if partial_ok and r < 0.05:
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month", ["month_date"]
    if partial_ok and r < 0.08:
        start = ts.to_period("Q").start_time
        return _quarter_cell(src, ts, rng), start, "quarter", ["quarter_date"]
    cell = _day_cell(src, ts, rng)
    tag = "excel_serial" if isinstance(cell, int) else "day_date"
    return cell, ts.normalize(), "day", [tag]


def _thousands(src: BaSource, n: int) -> str:
    plain = f"{n:,}"
    if src.style in ("zm", "ug"):
        return plain
    if src.style == "mg":
        return plain.replace(",", "\xa0")
    if src.style == "gq":
        return plain.replace(",", ".")
    return plain.replace(",", "\u202f")  # km: narrow no-break space


def _count(src: BaSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = rng.random()
    if r < 0.025:
        return _safe(src, _COUNT_PLACEHOLDER[src.style], rng), None, ["count_placeholder"]
    if n >= 1000 and r < 0.75:
        return _thousands(src, n), n, ["thousands_separator"]
    if src.format != "csv" and r < 0.9:
        return n, n, []
    if r < 0.12:
        unit = {
            "zm": "pax",
            "mg": "pers.",
            "ug": "persons",
            "gq": "personas",
            "km": "personnes",
        }[src.style]
        return f"{n} {unit}", n, ["count_unit"]
    return str(n), n, []


def _suspects(src: BaSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    if n == 0 and rng.random() < 0.5:
        return choice(rng, _ZERO_WORD[src.style]), 0, ["zero_word"]
    if rng.random() < 0.02:
        return _safe(src, _COUNT_PLACEHOLDER[src.style], rng), None, ["suspects_placeholder"]
    return (n if src.format != "csv" else str(n)), n, []


def _fem_fr(word: str) -> str:
    if word.endswith("en"):
        return word + "ne"
    if word.endswith("c"):
        return word[:-1] + "que"
    if word.endswith("e"):
        return word
    return word + "e"


def _fem_es(word: str) -> str:
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith("és"):
        return word[:-2] + "esa"
    return word


def _name(src: BaSource, code: str, rng: _Rng) -> str:
    names = _NAMES[src.language].get(code, (code,))
    return _safe(src, names, rng)


def _garble(src: BaSource, text: str, rng: _Rng, tags: list[str]) -> str:
    """Comoros: a few names went through a cp1252 round trip."""
    if src.style != "km" or rng.random() >= 0.12:
        return text
    bad = mojibake(text)
    if bad is None:
        return text
    tags.append("mojibake")
    return bad


def _nationality(src: BaSource, code: str, female: bool, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    if src.style == "km":
        if r < 0.4:
            return iso_codes(code)[0]
        if r < 0.8:
            return _garble(src, _name(src, code, rng), rng, tags)
        word = _FR_DEMONYMS.get(code)
        return _garble(src, word, rng, tags) if word else _name(src, code, rng)
    if src.language == "en":
        word = _EN_DEMONYMS.get(code)
        share = 0.7 if src.style == "zm" else 0.5
        return word if word is not None and r < share else _name(src, code, rng)
    if src.language == "fr":
        word = _FR_DEMONYMS.get(code)
        if word is None or r >= 0.6:
            return _name(src, code, rng)
        word = _fem_fr(word) if female and rng.random() < 0.7 else word
        return word.capitalize() if rng.random() < 0.5 else word
    word = _ES_DEMONYMS.get(code)  # es
    if word is None or r >= 0.7:
        return _name(src, code, rng)
    word = _fem_es(word) if female and rng.random() < 0.7 else word
    word = word[0].upper() + word[1:] if rng.random() < 0.4 else word
    return word + " (Conakry)" if code == "GIN" else word


def _country(src: BaSource, code: str, rng: _Rng, tags: list[str], *, detection: bool) -> str:
    r = rng.random()
    if src.style == "km":
        if r < 0.5:
            return iso_codes(code)[0]
        return _garble(src, _name(src, code, rng), rng, tags)
    if src.style == "zm" and detection and code in _NCB and r < 0.45:
        tags.append("ncb_name")
        return _NCB[code]
    if src.style == "ug" and r < 0.3:
        tags.append("iso2")
        return iso_codes(code)[0]
    return _name(src, code, rng)


def _transit(src: BaSource, codes: str | None, rng: _Rng, tags: list[str]) -> str:
    if codes is None:
        word = choice(rng, _NO_TRANSIT[src.style])
        if word:
            tags.append("transit_none_word")
        return word
    parts = codes.split("|")
    if src.style == "km":
        return " > ".join(iso_codes(c)[0] for c in parts)
    names = [_name(src, c, rng) for c in parts]
    if src.style == "zm":
        return " - ".join(names)
    if src.style == "mg":
        return ", ".join(names)
    if src.style == "ug":
        return " / ".join(names)
    if len(names) > 1 and rng.random() < 0.5:  # gq: "Turquía, Bulgaria y Serbia"
        return ", ".join(names[:-1]) + " y " + names[-1]
    return ", ".join(names)


def _offences(src: BaSource, value: str | None, rng: _Rng) -> str:
    if value is None:
        return choice(rng, _NO_OFFENCE[src.style])
    words = _OFFENCES[src.language]
    return _OFFENCE_SEP[src.style].join(_safe(src, words[v], rng) for v in value.split("|"))


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees-minutes-seconds with a decimal comma, and the value it reads as."""
    total = round(abs(value) * 3600, 1)
    deg = int(total // 3600)
    mins = int((total - deg * 3600) // 60)
    secs = round(total - deg * 3600 - mins * 60, 1)
    sign = -1.0 if value < 0 else 1.0
    text = f"{deg:0{width}d}°{mins:02d}'{secs:04.1f}\"".replace(".", ",")
    return f"{text} {neg if value < 0 else pos}", sign * (deg + mins / 60 + secs / 3600)


def _coords(
    src: BaSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    r = rng.random()
    single = "coordinates" in src.headers
    if r < 0.02:
        return {}, None, None, ["coords_missing"]
    if r < 0.04:
        word = _safe(src, _COORD_PLACEHOLDER[src.style], rng)
        cells: dict[str, object] = {"coordinates": word} if single else {"lat": word, "lon": word}
        return cells, None, None, ["coords_placeholder"]
    if src.style == "zm":
        k = 4 if rng.random() < 0.5 else 5
        la, lo = round(lat, k), round(lon, k)
        return {"lat": f"{la:.{k}f}", "lon": f"{lo:.{k}f}"}, la, lo, []
    if src.style == "gq":
        la, lo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.15:
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
                ["decimal_comma"],
            )
        return {"lat": la, "lon": lo}, la, lo, []
    if src.style == "mg":
        if rng.random() < 0.6:
            lat_t, la = _dms(lat, "N", "S", 2)
            lon_t, lo = _dms(lon, "E", "W", 3)
            return {"coordinates": f"{lat_t} / {lon_t}"}, la, lo, ["dms"]
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo, ["decimal_comma"]
    if src.style == "ug":
        la, lo = round(lat, 4), round(lon, 4)
        if rng.random() < 0.5:
            return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, []
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        text = f"{ns}{abs(la):07.4f} {ew}{abs(lo):08.4f}"
        return {"coordinates": text}, la, lo, ["hemisphere_letters"]
    if rng.random() < 0.6:  # km
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f},{lo:.5f}"}, la, lo, []
    la, lo = round(lat, 4), round(lon, 4)
    ns = "N" if la >= 0 else "S"
    ew = "E" if lo >= 0 else "W"
    return {"coordinates": f"{abs(la):.4f}° {ns}, {abs(lo):.4f}° {ew}"}, la, lo, ["degree_sign"]


def _blank_cells(src: BaSource, field: str, rng: _Rng) -> dict[str, object]:
    """Cells a second report leaves empty (or marks unknown) for ``field``."""
    word = choice(rng, ("", *_COUNT_PLACEHOLDER[src.style][:1]))
    word = word if fits(word, src) else ""
    value: object = word or None
    if field == "coordinates":
        if "coordinates" in src.headers:
            return {"coordinates": value}
        return {"lat": value, "lon": value}
    return {field: value}


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: BaSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style, lang = src.style, src.language
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    cells["event_date"], day, prec, more = _date(src, ts, rng, partial_ok)
    tags += more
    exp["event_date"], exp["date_precision"] = day, prec

    crime = str(ev["crime_type"])
    cells["crime_type"] = _safe(src, _CRIME[style][crime], rng)
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if form is None:
        cells["exploitation"] = choice(rng, _NOT_APPLICABLE[style]) or None
    else:
        cells["exploitation"] = _safe(src, _EXPLOIT[lang][str(form)], rng)
    exp["exploitation"] = form

    cells["n_persons"], exp["n_persons"], more = _count(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += more
    cells["n_suspects"], exp["n_suspects"], more = _suspects(src, int(ev["n_suspects"]), rng)  # type: ignore[call-overload]
    tags += more

    gender = str(ev["gender"])
    cells["gender"] = _safe(src, _GENDER[style][gender], rng)
    exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = _safe(src, _NA_WORD[style], rng)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _safe(src, _AGE[style][age], rng)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    cells["nationality"] = _nationality(src, nat, gender == "female", rng, tags)
    exp["nationality"] = nat
    for col in ("origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        cells[col] = _country(src, code, rng, tags, detection=col == "detection_country")
        exp[col] = code
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = _safe(src, _NA_WORD[style], rng)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _safe(src, _TRANSPORT[style][mode], rng)
        exp["transport_mode"] = mode

    where, exp["lat"], exp["lon"], more = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
    )
    cells.update(where)
    tags += more

    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, None if offences is None else str(offences), rng)
    exp["linked_offences"] = offences

    if "place" in src.headers:
        cells["place"] = _safe(src, (str(ev["hotspot"]),), rng)

    if forced_blank is not None:
        cells.update(_blank_cells(src, forced_blank, rng))
        if forced_blank == "n_suspects":  # the count written before is gone
            tags = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            exp["gender"] = "unknown"
        else:
            exp[forced_blank] = None

    if src.format == "csv":  # every CSV cell is text
        cells = {k: (None if v is None or v == "" else str(v)) for k, v in cells.items()}
    else:
        cells = {k: (None if v == "" else v) for k, v in cells.items()}
    return cells, exp, tags


def _bad_date(src: BaSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that no analyst can read (or one in the future)."""
    d, m, y = ts.day, ts.month, ts.year
    if kind == "no_date":
        return choice(rng, _NO_DATE[src.style]) if rng.random() < 0.5 else None
    if kind == "future_date":
        future = ts + pd.DateOffset(years=6)
        cell = _day_cell(src, pd.Timestamp(future), rng)
        return cell if not isinstance(cell, int) else pd.Timestamp(future).to_pydatetime()
    options = {
        "zm": (f"31/02/{y}", f"{d:02d}/{m:02d}/20??", f"00-{MONTHS[m - 1][:3]}-{y}"),
        "mg": (f"30 février {y}", f"{d:02d}/13/{y}", f"??/{m:02d}/{y}"),
        "ug": (f"{y}-{m:02d}-45", f"{d:02d}.{m:02d}.2O2?", f"31st Feb {y}"),
        "gq": (f"31 de febrero de {y}", f"{d:02d}/{m:02d}/20XX", f"{d:02d}/14/{y}"),
        "km": (f"{y}-02-30", f"{y}-{m:02d}-xx", f"{d:02d}/00/{y}"),
    }[src.style]
    return choice(rng, options)


def _note_date(src: BaSource, last: pd.Timestamp) -> object:
    """Return the date of the note row: the day the digest was closed."""
    if src.style == "gq":
        return last.to_pydatetime()
    if src.style in ("ug", "km"):
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[BaSource] = Examiner(
    sources=BLIND51_SOURCES,
    primary=_PRIMARY,
    compilation=_UG.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=51051,
    blank_share=0.3,
)


def make_blind51(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind51`` submissions (``*_ba.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        The Zambian, Malagasy, Ugandan, Equatorial Guinean and Comorian submissions, in
        the order of :data:`BLIND51_SOURCES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind51(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs][:2]
    ['zambia_police_ncb_ba.csv', 'madagascar_gendarmerie_ba.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
