"""Examiner set ``blind375`` (files ``*_nm.*``): five sports-ground security bodies.

Stewarding and event-security departments of stadiums and football bodies meet the
people behind trafficking and migrant smuggling among the stewards, catering vendors,
cleaners and ticket touts of match days, and pass what they learn to the authorities.
This set writes the true events the way five such bodies keep their logs:

``sgsa_ground_safety_nm.csv``
    Sports Grounds Safety Authority (United Kingdom), safeguarding referrals from the
    grounds' stewarding: English, UTF-8 with BOM (Excel's "CSV UTF-8"), ``,``; UK
    day-first dates (``17/05/2023``, ``17 May 2023``, ``17-May-23``), ``May 2023`` and
    ``Q2 2023``; Modern slavery / OIC wording; nationalities as demonyms
    (``Iraqi``); a route ``Turkey > Bulgaria > Serbia``; one ``lat, long`` column.
``sdf_surete_nm.csv``
    Consortium Stade de France, direction de la sûreté, main courante: French, cp1252,
    ``;``; ``17/05/2023``, ``17/05/23``, ``17 mai 2023``, ``mai 2023``, ``T2 2023``;
    nationalities as feminine adjectives (``AFGHANE``); decimal commas in coordinates;
    rows keyed in from a UTF-8 web form show mojibake (``AlgÃ©rie``); rows re-sent.
``laliga_seguridad_nm.xlsx``
    LaLiga, Dirección de Seguridad e Integridad: Spanish workbook with real Excel dates
    and some typed ones (``17/05/2023``, ``17-05-2023``, ``mayo de 2023``, ``2T 2023``),
    ``H``/``M`` (hombre/mujer), Spanish penal wording, numeric coordinates.
``pandeportes_rommel_nm.csv``
    Instituto Panameño de Deportes, seguridad del Estadio Rommel Fernández: Spanish,
    Excel's "Texto Unicode" (UTF-16 with BOM, tab-separated); ``7/5/2023`` dates and
    unformatted Excel serials, ``II trimestre 2023``; ``M``/``F`` (masculino/femenino),
    ``NNA`` for minors, upper-case country names, ``1,250`` thousands, coordinates in
    degrees, minutes and seconds; rows re-sent.
``fifa_safety_security_nm.jsonl``
    FIFA Safety & Security Division, incidents compiled from member associations'
    security officers: English keys, ISO dates and datetimes, ``2023-05``/``2023-Q2``,
    ISO alpha-3 and alpha-2 codes mixed with FIFA's own trigrams (``GER``, ``CRO``,
    ``GRE``), numbers as JSON numbers. It reports every event no other body reports.

Every written cell is one a careful analyst can read; where one cannot (a count of
``#VALUE!``, a 31 February, a date ten years ahead, no date) the row is planted as a
bad row, and the truth (:attr:`~trendlib.samples.Submission.expected`) says so.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

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

__all__ = ["EXAMINER", "SOURCES", "make_blind375"]

_Rng = np.random.Generator
_LANG = {"en": 0, "fr": 1, "es": 2}

# iso3 -> (English, French, Spanish): the names these bodies write.
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
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
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

# Other names in common use, by language (each reads as one country only).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK"),
        "USA": ("USA", "Etats-Unis"),
        "CIV": ("Cote d'Ivoire",),
        "VNM": ("Vietnam",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "BLR": ("Bélarus",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Inglaterra",),
        "VNM": ("Viet Nam",),
        "CHN": ("R.P. China",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
    },
}

# Small slips of the keyboard (never on Niger/Nigeria, whose names are too close).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "BGD": "Bangaldesh",
        "ERI": "Eritria",
        "MAR": "Morrocco",
        "PAK": "Pakisatn",
        "ALB": "Albainia",
        "VNM": "Veitnam",
        "SYR": "Syira",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "ERI": "Eryhtrée",
        "SYR": "Syirie",
        "MAR": "Marooc",
        "TUN": "Tunsie",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Equador",
        "COL": "Colonbia",
        "MAR": "Marrueco",
        "SEN": "Sengal",
        "HTI": "Hatí",
    },
}

# Nationality written as the agency's own demonym (French: the feminine adjective that
# agrees with "nationalité"; Spanish: the masculine form of the police report).
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
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CHN": "chinoise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "COL": "colombienne",
        "DZA": "algérienne",
        "ECU": "équatorienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "GMB": "gambienne",
        "GTM": "guatémaltèque",
        "HND": "hondurienne",
        "HTI": "haïtienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MEX": "mexicaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VEN": "vénézuélienne",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
    "es": {
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
    },
}

# FIFA's own country trigrams where they differ from ISO alpha-3 (Niger's "NIG" left
# out: next to Nigeria's ISO "NGA" it would not read as one country only).
_FIFA: dict[str, str] = {
    "DEU": "GER",
    "HRV": "CRO",
    "GRC": "GRE",
    "BGR": "BUL",
    "DZA": "ALG",
    "GIN": "GUI",
    "GMB": "GAM",
    "MRT": "MTN",
    "BGD": "BAN",
    "VNM": "VIE",
    "HTI": "HAI",
    "GTM": "GUA",
    "HND": "HON",
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
_ROMAN = ("I", "II", "III", "IV")
_NUMERIC = ("n_persons", "n_suspects", "lat", "lon", "coordinates")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_COUNT_WORDS = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)

Words = dict[str, dict[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Source375(ExaminerSource):
    """A source of this set: the shared fields plus how the agency writes its cells.

    Attributes
    ----------
    words : dict
        Column -> canonical word -> the agency's words for it (first = the usual one).
    country_styles : tuple of (str, float)
        Ways of writing a country and their weights: ``name``, ``upper``, ``lower``,
        ``iso3``, ``iso2``, ``alias``, ``typo``, ``noaccent``, ``fifa``.
    demonym_rate : float
        Share of nationality cells written as a demonym.
    upper_rate : float
        Share of those demonyms typed in capitals.
    date_styles : tuple of (str, float)
        Ways of writing a day and their weights.
    month_style, quarter_style : str
        How a month-only or quarter-only date is written.
    partial_rate : float
        Share of rows (outside duplicated pairs) dated by month or quarter only.
    transit_sep, offence_sep : str
        Separators of the transit-country and linked-offence lists.
    coord_style : str
        ``pair`` (one ``lat, lon`` cell), ``comma`` (two cells, decimal comma),
        ``float`` (two numbers) or ``dms`` (one degrees-minutes-seconds cell).
    thousands : str
        Thousands separator of large counts (``""``: none).
    unknown : dict
        Field -> the agency's words for "not known" (``gender``, ``na``, ``count``,
        ``suspects``, ``zero``, ``coords``, ``nationality``).
    mojibake_rate : float
        Share of rows keyed in through a UTF-8 form and read back as cp1252.
    count_word_rate : float
        Share of small counts written in words.
    case_rate : float
        Share of vocabulary cells in another case or with stray spaces.
    """

    words: Words = field(default_factory=dict)
    country_styles: tuple[tuple[str, float], ...] = (("name", 1.0),)
    demonym_rate: float = 0.0
    upper_rate: float = 0.0
    date_styles: tuple[tuple[str, float], ...] = (("dmy", 1.0),)
    month_style: str = "month_name"
    quarter_style: str = "Q"
    partial_rate: float = 0.08
    transit_sep: str = ", "
    offence_sep: str = "; "
    coord_style: str = "pair"
    thousands: str = ""
    unknown: dict[str, tuple[str, ...]] = field(default_factory=dict)
    mojibake_rate: float = 0.0
    count_word_rate: float = 0.0
    case_rate: float = 0.0


_CANON = (
    "source_ref",
    "event_date",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
)


def _headers(words: tuple[str, ...], coords: tuple[str, ...], offences: str) -> dict[str, str]:
    out = dict(zip(_CANON, words, strict=True))
    keys = ("coordinates",) if len(coords) == 1 else ("lat", "lon")
    out.update(zip(keys, coords, strict=True))
    out["linked_offences"] = offences
    return out


_SGSA = Source375(
    source="sgsa_ground_safety",
    filename="sgsa_ground_safety_nm.csv",
    ref="SGSA/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=_headers(
        (
            "SGSA ref",
            "Date identified",
            "Concern category",
            "Exploitation type",
            "No. of people",
            "Suspected facilitators",
            "Sex",
            "Adult/Child",
            "Nationality",
            "Country of origin",
            "Intended destination",
            "Country identified in",
            "Route (via)",
            "Method of travel",
        ),
        ("Lat/Long",),
        "Linked offending",
    ),
    note="Extract from SGSA safeguarding referrals log - provisional, not for onward release",
    total="Total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "MSHT", "Human trafficking"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("MSHT & OIC", "Modern slavery / OIC"),
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
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Child", "Under 18"),
            "mixed": ("Adults & children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Maritime"),
            "land": ("Vehicle", "HGV", "On foot", "Coach"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    country_styles=(
        ("name", 0.68),
        ("alias", 0.12),
        ("upper", 0.06),
        ("lower", 0.04),
        ("typo", 0.05),
        ("iso2", 0.05),
    ),
    demonym_rate=0.35,
    date_styles=(("dmy", 0.6), ("long", 0.25), ("dmony", 0.15)),
    month_style="month_name",
    quarter_style="Q",
    partial_rate=0.07,
    transit_sep=" > ",
    offence_sep="; ",
    coord_style="pair",
    thousands=",",
    unknown={
        "gender": ("Not recorded", "n/k"),
        "na": ("N/A", "Not recorded"),
        "count": ("n/k", "Unknown"),
        "suspects": ("n/k", "Unknown"),
        "zero": ("None", "nil"),
        "coords": ("n/k",),
        "nationality": ("Not known", "n/k"),
    },
    count_word_rate=0.06,
    case_rate=0.05,
)

_SDF = Source375(
    source="sdf_surete",
    filename="sdf_surete_nm.csv",
    ref="MC-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        (
            "N° MC",
            "Date des faits",
            "Nature de l'affaire",
            "Type d'exploitation",
            "Nombre de personnes",
            "Nombre de mis en cause",
            "Sexe",
            "Majeur / mineur",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays de constatation",
            "Pays traversés",
            "Mode de transport",
        ),
        ("Latitude", "Longitude"),
        "Infractions associées",
    ),
    note="Extraction main courante sûreté - document de travail, ne pas diffuser",
    total="Total général",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "aide au séjour irrégulier",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "male": ("Homme", "H", "masculin"),
            "female": ("Femme", "F", "féminin"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("Majeur", "adultes"),
            "child": ("Mineur", "MNA"),
            "mixed": ("Majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "véhicule léger", "à pied", "routier"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    country_styles=(
        ("name", 0.55),
        ("upper", 0.2),
        ("noaccent", 0.1),
        ("alias", 0.08),
        ("typo", 0.07),
    ),
    demonym_rate=0.4,
    upper_rate=0.5,
    date_styles=(("dmy", 0.8), ("dmy2", 0.1), ("long", 0.1)),
    month_style="month_name",
    quarter_style="T",
    partial_rate=0.08,
    transit_sep=", ",
    offence_sep=" / ",
    coord_style="comma",
    thousands="\u00a0",
    unknown={
        "gender": ("NC", "non renseigné"),
        "na": ("sans objet", "NC"),
        "count": ("NC", "inconnu"),
        "suspects": ("NC",),
        "zero": ("aucun", "néant"),
        "coords": ("NC",),
        "nationality": ("inconnue", "NC"),
    },
    mojibake_rate=0.08,
    case_rate=0.05,
)

_LALIGA = Source375(
    source="laliga_seguridad",
    filename="laliga_seguridad_nm.xlsx",
    ref="LL-SEG-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        (
            "Nº expediente",
            "Fecha del hecho",
            "Tipología delictiva",
            "Finalidad de la explotación",
            "Nº personas",
            "Nº investigados",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País de procedencia",
            "País de destino",
            "País donde se detecta",
            "Países de tránsito",
            "Medio de transporte",
        ),
        ("Latitud", "Longitud"),
        "Otros delitos",
    ),
    note="Datos provisionales - uso interno Dirección de Seguridad",
    total="TOTAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
                "Inmigración clandestina",
            ),
            "both": ("Trata y tráfico de migrantes", "Trata + inmigración ilegal"),
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
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "adult": ("Adulto", "Mayor de edad"),
            "child": ("Menor", "Menor de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
            "land": ("Vehículo", "Camión", "A pie", "Autobús"),
            "air": ("Avión", "Vía aérea"),
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
    country_styles=(
        ("name", 0.66),
        ("iso3", 0.1),
        ("upper", 0.08),
        ("alias", 0.06),
        ("typo", 0.05),
        ("noaccent", 0.05),
    ),
    demonym_rate=0.3,
    date_styles=(("excel", 0.75), ("dmy", 0.15), ("dmy_dash", 0.1)),
    month_style="month_de",
    quarter_style="nT",
    partial_rate=0.07,
    transit_sep=" - ",
    offence_sep=", ",
    coord_style="float",
    unknown={
        "gender": ("No consta",),
        "na": ("No consta", "N/A"),
        "count": ("s/d", "No consta"),
        "suspects": ("s/d",),
        "zero": ("Ninguno",),
        "coords": (),
        "nationality": ("No consta",),
    },
)

_PANDEPORTES = Source375(
    source="pandeportes_rommel",
    filename="pandeportes_rommel_nm.csv",
    ref="ERF-{seq:03d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_headers(
        (
            "No. de informe",
            "Fecha",
            "Delito",
            "Tipo de explotación",
            "Cantidad de personas",
            "Cant. sospechosos",
            "Sexo",
            "Grupo etario",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País de detección",
            "Ruta (países de tránsito)",
            "Medio de transporte",
        ),
        ("Coordenadas",),
        "Delitos conexos",
    ),
    note="Informe elaborado por el Depto. de Seguridad - Estadio Rommel Fernández",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "TRÁFICO DE MIGRANTES",
            ),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual comercial", "Explotación sexual"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades ilícitas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino", "M"),
            "female": ("Femenino", "F"),
            "mixed": ("Mixto",),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie", "Bus"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción de servidores públicos",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    country_styles=(
        ("upper", 0.45),
        ("name", 0.3),
        ("noaccent", 0.1),
        ("alias", 0.08),
        ("typo", 0.07),
    ),
    demonym_rate=0.4,
    upper_rate=0.6,
    date_styles=(("dmy_nopad", 0.75), ("serial", 0.25)),
    month_style="month_cap",
    quarter_style="roman",
    partial_rate=0.06,
    transit_sep=" / ",
    offence_sep=" / ",
    coord_style="dms",
    thousands=",",
    unknown={
        "gender": ("N/D",),
        "na": ("N/A", "N/D"),
        "count": ("S/D", "Por determinar"),
        "suspects": ("S/D",),
        "zero": ("Ninguno", "NINGUNO"),
        "coords": ("S/D",),
        "nationality": ("N/D",),
    },
    case_rate=0.04,
)

_FIFA_SRC = Source375(
    source="fifa_safety_security",
    filename="fifa_safety_security_nm.jsonl",
    ref="SSD-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        (
            "case_no",
            "incident_date",
            "category",
            "exploitation_type",
            "persons_involved",
            "suspects_identified",
            "sex",
            "age_category",
            "nationality",
            "country_of_origin",
            "destination",
            "incident_country",
            "transit_route",
            "transport",
        ),
        ("latitude", "longitude"),
        "related_offences",
    ),
    note=None,
    total="TOTAL",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "THB"),
            "smuggling": ("Migrant smuggling", "SOM"),
            "both": ("Trafficking & smuggling", "THB/SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour", "Labour exploitation"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male",),
            "female": ("Female",),
            "mixed": ("Mixed group", "Mixed"),
        },
        "age_group": {
            "adult": ("Adult",),
            "child": ("Minor",),
            "mixed": ("Adults and minors",),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Road"),
            "air": ("Air",),
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
    country_styles=(("iso3", 0.62), ("fifa", 0.18), ("iso2", 0.1), ("name", 0.1)),
    date_styles=(("iso", 0.7), ("iso_dt", 0.2), ("ymd_slash", 0.1)),
    month_style="ym",
    quarter_style="yQ",
    partial_rate=0.08,
    transit_sep=";",
    offence_sep=", ",
    coord_style="float",
    unknown={
        "gender": ("Unknown",),
        "na": ("n/a",),
        "count": ("unknown",),
        "suspects": ("unknown",),
        "zero": ("none",),
        "coords": (),
        "nationality": ("unknown",),
    },
)

#: The five sources of the set, in the order the submissions are returned.
SOURCES: tuple[Source375, ...] = (_SGSA, _SDF, _LALIGA, _PANDEPORTES, _FIFA_SRC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if np.isnan(value) else round(float(value))
    return int(str(value))


def _float(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        out = float(value)
        return None if np.isnan(out) else out
    return float(str(value))


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _draw(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    weights = np.array([w for _, w in options], dtype=float)
    return options[int(rng.choice(len(options), p=weights / weights.sum()))][0]


def _country(src: Source375, code: str, style: str, pick: int) -> tuple[str, str | None]:
    """Write one country; return (cell, tag of its style or None when plainly named)."""
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    if style == "iso3":
        return code, "iso3"
    if style == "iso2":
        return iso_codes(code)[0], "iso2"
    if style == "fifa":
        return _FIFA.get(code, code), "fifa_code" if code in _FIFA else "iso3"
    if style == "upper":
        return name.upper(), "upper"
    if style == "lower":
        return name.lower(), "lower"
    if style == "alias" and code in _ALIASES[lang]:
        names = _ALIASES[lang][code]
        return names[pick % len(names)], "alias"
    if style == "typo" and code in _TYPOS[lang]:
        return _TYPOS[lang][code], "typo"
    if style == "noaccent" and _strip_accents(name) != name:
        return _strip_accents(name), "no_accent"
    return name, None


def _countries(
    src: Source375, codes: list[str], rng: _Rng, tags: list[str], *, alias_pick: int = 0
) -> list[str]:
    """Write a list of countries in one style (a clerk keeps one habit within a cell)."""
    style = _draw(rng, src.country_styles)
    out = []
    for code in codes:
        cell, tag = _country(src, code, style, alias_pick)
        out.append(cell)
        if tag is not None and tag not in tags:
            tags.append(tag)
    return out


def _word(src: Source375, col: str, canon: str, rng: _Rng, tags: list[str]) -> str:
    """Return the agency's word for a vocabulary value, sometimes in another case."""
    words = src.words[col][canon]
    weights = np.array([3.0] + [1.0] * (len(words) - 1))
    text = words[int(rng.choice(len(words), p=weights / weights.sum()))]
    if src.case_rate and rng.random() < src.case_rate:
        text = choice(rng, (text.upper(), text.lower(), f" {text} ", f"{text}  "))
        tags.append(f"case_{col}")
    return text


def _date_cell(src: Source375, ts: pd.Timestamp, style: str) -> object:
    lang_months = _MONTH_NAMES[src.language]
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "dmy_nopad":
        return f"{ts.day}/{ts.month}/{ts.year}"
    if style == "long":
        day = "1er" if src.language == "fr" and ts.day == 1 else str(ts.day)
        return f"{day} {lang_months[ts.month - 1]} {ts.year}"
    if style == "dmony":
        return f"{ts.day:02d}-{_MONTH_NAMES['en'][ts.month - 1][:3]}-{ts.year % 100:02d}"
    if style == "iso_dt":
        hour = 12 + (ts.day * 7) % 10
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{(ts.day * 13) % 60:02d}:00"
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    return ts.strftime("%Y-%m-%d")


def _partial_cell(src: Source375, ts: pd.Timestamp, quarter: bool) -> str:
    months = _MONTH_NAMES[src.language]
    q = (ts.month - 1) // 3 + 1
    if quarter:
        return {
            "Q": f"Q{q} {ts.year}",
            "T": f"T{q} {ts.year}",
            "nT": f"{q}T {ts.year}",
            "roman": f"{_ROMAN[q - 1]} trimestre {ts.year}",
            "yQ": f"{ts.year}-Q{q}",
        }[src.quarter_style]
    month = months[ts.month - 1]
    return {
        "month_name": f"{month.capitalize() if src.language == 'en' else month} {ts.year}",
        "month_de": f"{month} de {ts.year}",
        "month_cap": f"{month.capitalize()} {ts.year}",
        "ym": ts.strftime("%Y-%m"),
    }[src.month_style]


def _count(src: Source375, n: int, rng: _Rng, tags: list[str], *, words_ok: bool = True) -> object:
    """Write a count of persons the agency's way (number cell in XLSX and JSONL)."""
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands:
        tags.append("thousands")
        return f"{n:,}".replace(",", src.thousands)
    if words_ok and src.count_word_rate and n <= 12 and rng.random() < src.count_word_rate:
        tags.append("count_word")
        return choice(rng, (_COUNT_WORDS[n], _COUNT_WORDS[n].capitalize()))
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds; return (text, the value it reads as)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"
    read = deg + minutes / 60 + sec10 / 36000
    return text, read if value >= 0 else -read


def _coords(
    src: Source375,
    lat: float,
    lon: float,
    rng: _Rng,
    tags: list[str],
    cells: dict[str, object],
) -> tuple[float | None, float | None]:
    """Write the place; return the (lat, lon) it reads as."""
    placeholder = src.unknown.get("coords", ())
    roll = rng.random()
    if roll < 0.04:
        tags.append("coords_missing")
        return None, None
    if placeholder and roll < 0.06:
        word = choice(rng, placeholder)
        if src.coord_style in ("pair", "dms"):
            cells["coordinates"] = word
        else:
            cells["lat"] = word
            cells["lon"] = word
        tags.append("coords_placeholder")
        return None, None
    if src.coord_style == "dms":
        lat_text, lat_read = _dms(lat, "N", "S")
        lon_text, lon_read = _dms(lon, "E", "W")
        cells["coordinates"] = f"{lat_text} {lon_text}"
        tags.append("coords_dms")
        return round(lat_read, 6), round(lon_read, 6)
    la, lo = round(lat, 5), round(lon, 5)
    if src.coord_style == "pair":
        cells["coordinates"] = f"{la:.5f}, {lo:.5f}"
        tags.append("coords_pair")
    elif src.coord_style == "comma":
        cells["lat"] = f"{la:.5f}".replace(".", ",")
        cells["lon"] = f"{lo:.5f}".replace(".", ",")
        tags.append("decimal_comma")
    else:
        cells["lat"] = la
        cells["lon"] = lo
    return la, lo


def _render(
    src: Source375,
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
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    un = src.unknown

    # Date: the day in one of the agency's styles, or only the month or quarter.
    roll = rng.random()
    if partial_ok and roll < src.partial_rate:
        quarter = roll < src.partial_rate / 3
        cells["event_date"] = _partial_cell(src, ts, quarter)
        period = ts.to_period("Q" if quarter else "M")
        exp["event_date"] = period.start_time.strftime("%Y-%m-%d")
        exp["date_precision"] = "quarter" if quarter else "month"
        tags.append("quarter_only" if quarter else "month_only")
    else:
        style = _draw(rng, src.date_styles)
        cells["event_date"] = _date_cell(src, ts, style)
        exp["event_date"] = ts.strftime("%Y-%m-%d")
        exp["date_precision"] = "day"
        tags.append(f"date_{style}")

    # Crime type and form of exploitation.
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = _str(ev["exploitation"])
    if expl is not None:
        cells["exploitation"] = _word(src, "exploitation", expl, rng, tags)
    exp["exploitation"] = expl

    # Persons: a number, a placeholder for "not known" now and then.
    n = _int(ev["n_persons"])
    if n is not None and un.get("count") and rng.random() < 0.025:
        cells["n_persons"] = choice(rng, un["count"])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = None if n is None else _count(src, n, rng, tags)
        exp["n_persons"] = n

    # Suspects: a zero often in words; "not known" now and then.
    k = _int(ev["n_suspects"])
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif k is not None and un.get("suspects") and rng.random() < 0.03:
        cells["n_suspects"] = choice(rng, un["suspects"])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        if k == 0 and un.get("zero") and rng.random() < 0.5:
            cells["n_suspects"] = choice(rng, un["zero"])
            tags.append("zero_word")
        elif k is not None:
            cells["n_suspects"] = _count(src, k, rng, tags, words_ok=False)
        exp["n_suspects"] = k

    # Gender and age group.
    gender = str(ev["gender"])
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.025:
        cells["gender"] = choice(rng, un["gender"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, un["na"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src, "age_group", age, rng, tags)
        exp["age_group"] = age

    # Countries.
    pick = int(rng.integers(3))
    nat = _str(ev["nationality"])
    if forced_blank == "nationality" or nat is None:
        exp["nationality"] = None
        if nat is not None:
            tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"] = choice(rng, un["nationality"])
        exp["nationality"] = None
        tags.append("unknown_word;blank_nationality")
    else:
        demonyms = _DEMONYMS.get(src.language, {}) if src.demonym_rate else {}
        if nat in demonyms and rng.random() < src.demonym_rate:
            word = demonyms[nat]
            cells["nationality"] = word.upper() if rng.random() < src.upper_rate else word
            tags.append("demonym")
        else:
            cells["nationality"] = _countries(src, [nat], rng, tags, alias_pick=pick)[0]
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = _str(ev[col])
        if code is not None:
            cells[col] = _countries(src, [code], rng, tags, alias_pick=pick)[0]
        exp[col] = code
    det = _str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        if det is not None:
            cells["detection_country"] = _countries(src, [det], rng, tags, alias_pick=pick)[0]
        exp["detection_country"] = det
    transit = _str(ev["transit_countries"])
    if transit is not None:
        route = _countries(src, transit.split("|"), rng, tags, alias_pick=pick)
        cells["transit_countries"] = src.transit_sep.join(route)
        if len(route) > 1:
            tags.append("transit_list")
    exp["transit_countries"] = transit

    # Transport mode.
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, un["na"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng, tags)
        exp["transport_mode"] = mode

    # Place of detection.
    lat, lon = _float(ev["lat"]), _float(ev["lon"])
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif lat is None or lon is None:
        exp["lat"], exp["lon"] = None, None
    else:
        exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags, cells)

    # Linked offences, in the order the case lists them.
    offences = _str(ev["linked_offences"])
    if offences is not None:
        names = [choice(rng, src.words["linked_offences"][o]) for o in offences.split("|")]
        cells["linked_offences"] = src.offence_sep.join(names)
        if len(names) > 1:
            tags.append("offence_list")
    exp["linked_offences"] = offences

    # Rows keyed in through a UTF-8 web form and read back as cp1252.
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for col, value in cells.items():
            if isinstance(value, str) and col not in _NUMERIC:
                bad = mojibake(value)
                if bad is not None and fits(bad, src):
                    cells[col] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and note rows
# --------------------------------------------------------------------------------------
def _ten_years_on(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the same day ten years later: one mistyped digit of the year."""
    try:
        return ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        return ts.replace(year=ts.year + 10, day=28)


def _bad_date(src: Source375, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = _ten_years_on(ts)
        main = src.date_styles[0][0]
        return _date_cell(src, later, main)
    day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
    if src.format == "jsonl":
        return f"{ts.year}-{month}-{day}"
    if src.source == "pandeportes_rommel":
        return f"{day}/{int(month)}/{ts.year}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Source375, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the last row's day, in the main style."""
    return _date_cell(src, last, src.date_styles[0][0])


#: The set: its sources, who reports which event first and who may report it again.
EXAMINER: Examiner[Source375] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "sgsa_ground_safety",
        "FRA": "sdf_surete",
        "ESP": "laliga_seguridad",
        "PAN": "pandeportes_rommel",
    },
    compilation="fifa_safety_security",
    secondary={
        ("channel", "FRA"): "sgsa_ground_safety",
        ("channel", "GBR"): "sdf_surete",
        ("thb_vnm_gbr", "GBR"): "sdf_surete",
        ("wmed", "ESP"): "sdf_surete",
        ("darien", "PAN"): "fifa_safety_security",
        ("watl", "ESP"): "fifa_safety_security",
        ("thb_rou_esp", "ESP"): "fifa_safety_security",
        ("thb_rou_esp", "ITA"): "laliga_seguridad",
        ("thb_nga_ita", "ITA"): "laliga_seguridad",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=375,
    blank_share=0.3,
)


def make_blind375(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five sports-ground security bodies of ``blind375``.

    The UK's Sports Grounds Safety Authority reports the events detected in the United
    Kingdom, the Stade de France's sûreté those in France, LaLiga's security directorate
    those in Spain and the Estadio Rommel Fernández's security those in Panama; FIFA's
    Safety & Security Division compiles every other one. About 4 % of the events are
    reported a second time by another body (channel crossings by the body across the
    Channel, Darién and Atlantic landings by FIFA, Romanian and Nigerian exploitation
    cases by LaLiga, ...), dated up to a day apart and sometimes with a field left blank.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sgsa_ground_safety_nm.csv`` (English, UTF-8 with BOM, ``,``),
        ``sdf_surete_nm.csv`` (French, cp1252, ``;``), ``laliga_seguridad_nm.xlsx``
        (Spanish), ``pandeportes_rommel_nm.csv`` (Spanish, UTF-16, tab) and
        ``fifa_safety_security_nm.jsonl`` (English keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind375(make_truth(seed=2, n_events=300), seed=2)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sgsa_ground_safety_nm.csv', 'sdf_surete_nm.csv', 'laliga_seguridad_nm.xlsx',
     'pandeportes_rommel_nm.csv', 'fifa_safety_security_nm.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° MC', 'Date des faits', "Nature de l'affaire"]
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
