"""Examiner sample set ``blind410`` (files ``*_ov.*``): funfair and showmen's desks.

Five welfare and security desks of the travelling-funfair trade, each writing its log the
way its own people and tools do. None of them was used by another sample set.

``showmens_guild_gb_ov.csv``
    The Showmen's Guild of Great Britain, welfare and safeguarding (modern slavery) desk:
    Excel "CSV UTF-8" (UTF-8 with BOM), ``,``; English; day-first dates, some written out
    ("17 May 2023") or month only ("May 2023"); nationalities as demonyms ("Albanian");
    Home Office words ("Clandestine entrants", "Modern slavery"); the route joined by
    ``" > "``; a Google Maps pin ``"lat, long"``; re-sends some rows.
``industriels_forains_fr_ov.csv``
    A French national federation of travelling showmen (industriels forains), vigilance
    cell; it also relays the alerts of the Union Foraine Européenne's member federations
    (Italy, Greece, Croatia, Poland), so it is the compilation source. cp1252, ``;``,
    CRLF; French; ``17/05/2023``, ``17 mai 2023``, ``mai 2023``, ``T2 2023``; counts with
    a non-breaking space, a few in words ("trois") or with a unit ("12 pers.");
    latitude and longitude with decimal commas; accented names garbled in a few relayed
    rows (``AlgÃ©rie``: a member's UTF-8 alert pasted into the ANSI sheet).
``federacion_feriantes_es_ov.xlsx``
    A Spanish federation of feriantes' associations, security and welfare office: Excel
    workbook; Spanish; real Excel dates, some typed as text (``17/05/2023``) or month only
    (``mayo 2023``); counts as numbers, big ones typed as text with ``.`` (``1.250``);
    police words ("Favorecimiento de la inmigración ilegal", "MENA", "cayuco"); the transit
    list "Hungría, Austria, Italia y Francia"; coordinates as numbers, some typed as text
    with a decimal comma.
``juegos_mecanicos_mx_ov.jsonl``
    A Mexican association of operators of fairs and juegos mecánicos, security desk whose
    members' rides cross into the United States: JSON lines from its web form, UTF-8,
    snake_case Spanish keys; ISO dates (some with a time, some month only ``2023-05``);
    Mexican words ("NNA", "Tráfico de indocumentados", "EUA", "Operaciones con recursos de
    procedencia ilícita"); numbers as JSON numbers; the crossing point in an extra key.
``feria_david_pa_ov.csv``
    The Patronato of the Feria Internacional de David (Chiriquí, Panama), security
    office, relaying what it hears of the Darién crossings: Excel "Unicode text"
    (UTF-16 with BOM), tab-delimited; Spanish; ``17/05/2023``, ``17-may-2023`` and Excel
    serial numbers from unformatted cells; upper-case names; ``1,250`` (Panama writes
    thousands with a comma); Google Maps pins as decimals or degrees-minutes-seconds;
    re-sends some rows.

What a careful analyst cannot read is planted as such and said so in the truth: an
unknown word or a blank expects nothing (``unknown`` for a vocabulary column); "several"
is an unreadable count; an impossible or future date, a negative count and an empty row
are bad rows; notes and totals are garbage rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["BLIND410", "SOURCES", "FairSource", "make_blind410"]

_Rng = np.random.Generator

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
#: Date styles that give only a month or a quarter.
_MONTH_STYLES = ("month_en", "month_fr", "month_es", "month_iso")
_QUARTER_STYLES = ("quarter_fr",)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3 -> (English, French, Spanish) names as these desks write them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
    "USA": ("USA", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Other names a desk uses for a country (all unambiguous to an analyst).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("United States", "US"),
        "TUR": ("Türkiye",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Islamic Republic of Iran",),
        "DEU": ("Deutschland",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "TUR": ("Türkiye",),
        "NGA": ("Nigéria",),
        "BLR": ("Bélarus",),
    },
    "es": {
        "USA": ("EUA", "EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "TUR": ("Türkiye",),
        "CIV": ("Côte d'Ivoire",),
        "BGD": ("Bangladés",),
        "ROU": ("Rumania",),
    },
}

# Small slips of the pen, one or two letters off.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albainia",
        "VNM": "Vietnma",
        "PAK": "Pakstan",
        "SYR": "Syira",
        "IRQ": "Irak",
        "IRN": "Iarn",
        "FRA": "Frnace",
        "DEU": "Germnay",
        "CHN": "Chian",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albani",
        "MAR": "Marroc",
        "TUN": "Tunisi",
        "DZA": "Algerie",
        "ERI": "Erythree",
        "SYR": "Syri",
        "ITA": "Itallie",
        "NGA": "Nigeira",
        "EGY": "Egypte",
    },
    "es": {
        "MAR": "Maruecos",
        "VEN": "Venezuala",
        "ECU": "Ecudor",
        "HND": "Hondura",
        "GTM": "Guatelama",
        "AFG": "Afganistan",
        "SEN": "Senegall",
        "DZA": "Argelía",
        "COL": "Columbia",
        "HTI": "Haity",
        "MLI": "Mali",
        "GIN": "Guinee",
        "ROU": "Rumaní",
    },
}

# Nationalities as the desks write them (English; French masculine; Spanish feminine,
# as in "de nacionalidad rumana").
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "TUN": "Tunisian",
        "EGY": "Egyptian",
        "BGD": "Bangladeshi",
        "CIV": "Ivorian",
        "GIN": "Guinean",
        "SYR": "Syrian",
        "ERI": "Eritrean",
        "PAK": "Pakistani",
        "AFG": "Afghan",
        "IRQ": "Iraqi",
        "CMR": "Cameroonian",
        "MAR": "Moroccan",
        "DZA": "Algerian",
        "MLI": "Malian",
        "SEN": "Senegalese",
        "GMB": "Gambian",
        "TUR": "Turkish",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
        "HTI": "Haitian",
        "COL": "Colombian",
        "CHN": "Chinese",
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "NGA": "Nigerian",
        "VNM": "Vietnamese",
        "ROU": "Romanian",
        "IRN": "Iranian",
        "ALB": "Albanian",
        "YEM": "Yemeni",
    },
    "fr": {
        "TUN": "tunisien",
        "EGY": "égyptien",
        "BGD": "bangladais",
        "CIV": "ivoirien",
        "GIN": "guinéen",
        "SYR": "syrien",
        "ERI": "érythréen",
        "PAK": "pakistanais",
        "AFG": "afghan",
        "IRQ": "irakien",
        "CMR": "camerounais",
        "MAR": "marocain",
        "DZA": "algérien",
        "MLI": "malien",
        "SEN": "sénégalais",
        "GMB": "gambien",
        "TUR": "turc",
        "VEN": "vénézuélien",
        "ECU": "équatorien",
        "HTI": "haïtien",
        "COL": "colombien",
        "CHN": "chinois",
        "MEX": "mexicain",
        "GTM": "guatémaltèque",
        "HND": "hondurien",
        "NGA": "nigérian",
        "VNM": "vietnamien",
        "ROU": "roumain",
        "IRN": "iranien",
        "ALB": "albanais",
        "YEM": "yéménite",
    },
    "es": {
        "TUN": "tunecina",
        "EGY": "egipcia",
        "BGD": "bangladesí",
        "CIV": "marfileña",
        "GIN": "guineana",
        "SYR": "siria",
        "ERI": "eritrea",
        "PAK": "pakistaní",
        "AFG": "afgana",
        "IRQ": "iraquí",
        "CMR": "camerunesa",
        "MAR": "marroquí",
        "DZA": "argelina",
        "MLI": "maliense",
        "SEN": "senegalesa",
        "GMB": "gambiana",
        "TUR": "turca",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "NGA": "nigeriana",
        "VNM": "vietnamita",
        "ROU": "rumana",
        "IRN": "iraní",
        "ALB": "albanesa",
        "YEM": "yemení",
    },
}

_NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}

# Crossing points of the Mexican operators' rides (the truth's hotspots).
_CROSSINGS = {
    "Nogales (Sonora/Arizona)": "Nogales, Son. - Nogales, AZ",
    "Sasabe": "Sásabe",
    "El Paso": "Cd. Juárez - El Paso",
    "Rio Grande Valley": "Reynosa - McAllen",
    "Darién gap": "Darién",
    "Bajo Chiquito": "Darién (Bajo Chiquito)",
    "Lajas Blancas": "Darién (Lajas Blancas)",
}

Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class FairSource(ExaminerSource):
    """A funfair desk of ``blind410``: the shared fields plus its own way of writing.

    Attributes
    ----------
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    words : mapping
        Column -> canonical value (or ``"value@corridor"``, ``"value@mode"``) -> the
        desk's words, the usual one first.
    unknown : tuple of str
        What the desk writes for a value it does not know.
    countries : mapping
        Column (or ``"*"``) -> country style -> weight (``name``, ``upper``, ``iso2``,
        ``iso3``, ``alias``, ``typo``, ``demonym``, ``mojibake``).
    transit_sep, transit_last : str
        Separator of transit countries, and the one before the last (``" y "``).
    direct : tuple of str or None
        What is written for a direct route (None = a blank cell).
    offence_sep : str
        Separator of linked offences.
    no_offence : tuple of str or None
        What is written when there is no linked offence.
    thousands : str or None
        Thousands separator of big counts (None: digits only).
    count_words : float
        Share of counts of ten or less written as words.
    count_unit : str or None
        Unit some counts carry ("pers.").
    placeholders : tuple of str
        Words for a count that is not known.
    zero : tuple of str
        Words for "no suspect".
    coords : str
        ``"pair"``, ``"pair_dms"``, ``"comma"``, ``"number"`` or ``"json"``.
    coord_words : tuple of str
        Words for a location that is not known.
    case_rate : float
        Share of text cells written in another case or with stray spaces.
    """

    dates: Mapping[str, float]
    words: Mapping[str, Words]
    unknown: tuple[str, ...]
    countries: Mapping[str, Mapping[str, float]]
    transit_sep: str
    transit_last: str
    direct: tuple[str | None, ...]
    offence_sep: str
    no_offence: tuple[str | None, ...]
    thousands: str | None
    count_words: float
    count_unit: str | None
    placeholders: tuple[str, ...]
    zero: tuple[str, ...]
    coords: str
    coord_words: tuple[str, ...]
    case_rate: float


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_GB = FairSource(
    source="showmens_guild_gb",
    filename="showmens_guild_gb_ov.csv",
    ref="SGGB/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Log ref",
        "event_date": "Date of incident",
        "detection_country": "Country found in",
        "crime_type": "Concern",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (via)",
        "transport_mode": "How travelling",
        "n_suspects": "Suspects",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other offences",
    },
    note="Figures provisional - compiled by the Guild welfare officer from section returns",
    total="TOTAL",
    bad_count=("several", "a few", "lots"),
    repeats=True,
    dates={"dmy": 0.72, "long_en": 0.2, "month_en": 0.08},
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
            "smuggling": ("People smuggling", "Facilitation"),
            "smuggling@land": (
                "Clandestine entrants",
                "People smuggling",
                "Clandestine in vehicle",
            ),
            "both": ("Modern slavery + smuggling", "Smuggling & trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal (cannabis farm)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F", "Females"),
            "mixed": ("Mixed", "M & F", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Under 18", "U18", "Child"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Dinghy", "Boat"),
            "sea@thb_vnm_gbr": ("Boat", "Ferry"),
            "land": ("Lorry", "HGV", "Showman's lorry", "Living wagon", "Ride trailer"),
            "land@thb_vnm_gbr": ("Car", "Van", "Lorry"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "illicit goods"),
            "cybercrime": ("cyber crime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("n/k", "Not known", "TBC"),
    countries={
        "nationality": {"demonym": 0.62, "name": 0.26, "alias": 0.04, "typo": 0.05, "upper": 0.03},
        "detection_country": {"alias": 0.55, "name": 0.35, "iso2": 0.1},
        "*": {"name": 0.86, "alias": 0.07, "typo": 0.04, "upper": 0.03},
    },
    transit_sep=" > ",
    transit_last=" > ",
    direct=("Direct", None),
    offence_sep="; ",
    no_offence=(None,),
    thousands=",",
    count_words=0.0,
    count_unit=None,
    placeholders=("n/k", "Not known"),
    zero=("none", "nil"),
    coords="pair",
    coord_words=("n/k",),
    case_rate=0.05,
)

_FR = FairSource(
    source="industriels_forains_fr",
    filename="industriels_forains_fr_ov.csv",
    ref="FIF-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires – remontées des sections régionales et de l'UFE",
    total="Total général",
    bad_count=("plusieurs", "une dizaine", "qq-uns"),
    repeats=False,
    dates={"dmy": 0.76, "long_fr": 0.1, "month_fr": 0.09, "quarter_fr": 0.05},
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
                "Passage clandestin",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "H", "Masculin"),
            "female": ("Femmes", "F", "Féminin"),
            "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Majeurs", "Adultes", "Majeur"),
            "child": ("Mineurs", "MNA", "Mineur"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Embarcation", "Bateau", "Bateau pneumatique"),
            "sea@channel": ("Small boat", "Embarcation", "Bateau pneumatique"),
            "land": ("Camion", "Poids lourd", "Voiture", "À pied"),
            "land@channel": (
                "Poids lourd",
                "Semi-remorque de manège",
                "Convoi forain",
                "Caravane",
            ),
            "land@thb_rou_esp": ("Minibus", "Convoi forain", "Voiture"),
            "air": ("Avion", "Voie aérienne"),
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
    unknown=("NC", "non renseigné", "inconnu", "?"),
    countries={
        "nationality": {
            "name": 0.66,
            "demonym": 0.15,
            "upper": 0.05,
            "mojibake": 0.06,
            "typo": 0.04,
            "alias": 0.04,
        },
        "detection_country": {"name": 0.72, "iso2": 0.18, "upper": 0.05, "mojibake": 0.05},
        "*": {"name": 0.78, "upper": 0.05, "mojibake": 0.06, "typo": 0.04, "alias": 0.07},
    },
    transit_sep=" - ",
    transit_last=" - ",
    direct=(None, "direct"),
    offence_sep=", ",
    no_offence=(None, None, "néant"),
    thousands="\u00a0",
    count_words=0.08,
    count_unit="pers.",
    placeholders=("NC", "inconnu"),
    zero=("aucun", "néant"),
    coords="comma",
    coord_words=("NC",),
    case_rate=0.05,
)

_ES = FairSource(
    source="federacion_feriantes_es",
    filename="federacion_feriantes_es_ov.xlsx",
    ref="FNF-{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
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
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por las asociaciones provinciales",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=False,
    dates={"excel": 0.8, "dmy": 0.14, "month_es": 0.06},
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "Trata + favorecimiento inmigración ilegal"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Hombres", "Varón", "Masculino"),
            "female": ("Mujeres", "Mujer", "Femenino"),
            "mixed": ("Ambos sexos", "Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Mayores de edad", "Adultos"),
            "child": ("Menores", "MENA", "Menor de edad"),
            "mixed": ("Mayores y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Embarcación", "Patera", "Neumática"),
            "sea@watl": ("Cayuco", "Neumática", "Embarcación"),
            "sea@wmed": ("Patera", "Neumática", "Moto de agua"),
            "land": ("Camión", "Furgoneta", "A pie"),
            "land@wmed": ("A pie", "Oculto en vehículo", "Camión"),
            "land@thb_rou_esp": ("Furgoneta", "Autobús", "Remolque de atracción"),
            "air": ("Avión", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("s/d", "Sin datos", "Desconocido"),
    countries={
        "nationality": {"name": 0.62, "upper": 0.12, "demonym": 0.2, "typo": 0.04, "iso3": 0.02},
        "detection_country": {"name": 0.8, "iso2": 0.1, "upper": 0.1},
        "*": {"name": 0.78, "upper": 0.12, "typo": 0.05, "alias": 0.05},
    },
    transit_sep=", ",
    transit_last=" y ",
    direct=(None,),
    offence_sep=" / ",
    no_offence=(None,),
    thousands=".",
    count_words=0.05,
    count_unit=None,
    placeholders=("s/d",),
    zero=("ninguno",),
    coords="number",
    coord_words=("s/d",),
    case_rate=0.04,
)

_MX = FairSource(
    source="juegos_mecanicos_mx",
    filename="juegos_mecanicos_mx_ov.jsonl",
    ref="AMJM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "tipo_caso",
        "exploitation": "finalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_detenidos",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "crossing": "punto_cruce",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_asociados",
    },
    note=None,
    total="total_periodo",
    bad_count=("varios", "grupo"),
    repeats=False,
    dates={"iso": 0.8, "iso_dt": 0.12, "month_iso": 0.08},
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de indocumentados"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzoso",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Hombre", "Hombres"),
            "female": ("Mujer", "Mujeres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Personas adultas"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": (
                "Tráiler",
                "Remolque de juego mecánico",
                "Camioneta",
                "A pie",
                "Terrestre",
            ),
            "land@darien": ("A pie", "Terrestre"),
            "sea": ("Lancha",),
            "air": ("Avión",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delitos cibernéticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Sin dato", "No especificado"),
    countries={
        "nationality": {"demonym": 0.72, "name": 0.28},
        "destination_country": {"alias": 0.6, "name": 0.4},
        "detection_country": {"alias": 0.6, "name": 0.4},
        "*": {"name": 0.92, "upper": 0.08},
    },
    transit_sep=", ",
    transit_last=", ",
    direct=("Directo",),
    offence_sep="; ",
    no_offence=(None,),
    thousands=None,
    count_words=0.0,
    count_unit=None,
    placeholders=("Sin dato",),
    zero=("Ninguno",),
    coords="json",
    coord_words=(),
    case_rate=0.0,
)

_PA = FairSource(
    source="feria_david_pa",
    filename="feria_david_pa_ov.csv",
    ref="PFID-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha",
        "detection_country": "País",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (Google Maps)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información preliminar suministrada por SENAFRONT y el SNM",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo grande"),
    repeats=True,
    dates={"dmy": 0.78, "mon_es": 0.1, "serial": 0.12},
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino", "M"),
            "female": ("Femenino", "F"),
            "mixed": ("Mixto", "M/F"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("A pie", "Terrestre", "Caminando (selva)", "Bus"),
            "sea": ("Lancha", "Piragua"),
            "air": ("Avión",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("N/D", "Sin información"),
    countries={
        "detection_country": {"upper": 0.5, "name": 0.4, "iso2": 0.1},
        "*": {"upper": 0.45, "name": 0.43, "typo": 0.06, "iso3": 0.06},
    },
    transit_sep=" / ",
    transit_last=" / ",
    direct=(None,),
    offence_sep="; ",
    no_offence=(None,),
    thousands=",",
    count_words=0.0,
    count_unit=None,
    placeholders=("N/D",),
    zero=("Ninguno",),
    coords="pair_dms",
    coord_words=("N/D",),
    case_rate=0.03,
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[FairSource, ...] = (_GB, _FR, _ES, _MX, _PA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word 60 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _vocab(src: FairSource, column: str, value: str, where: tuple[str, ...]) -> tuple[str, ...]:
    """Return the desk's words for ``value``, those of its corridor or mode first."""
    table = src.words[column]
    for place in where:
        if f"{value}@{place}" in table:
            return table[f"{value}@{place}"]
    return table[value]


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_text(src: FairSource, ts: pd.Timestamp) -> object:
    """Write a day the desk's plain way (note rows, future dates)."""
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.format == "jsonl":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str, pd.Timestamp]:
    """Write ``ts`` in ``style``; return (cell, precision, expected date).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> _date_cell("long_fr", pd.Timestamp("2023-05-01"), rng)[0]
    '1er mai 2023'
    >>> _date_cell("quarter_fr", pd.Timestamp("2023-05-17"), rng)[1:]
    ('quarter', Timestamp('2023-04-01 00:00:00'))
    >>> _date_cell("serial", pd.Timestamp("2023-05-17"), rng)[0]
    '45063'
    """
    m = ts.month - 1
    if style in _MONTH_STYLES:
        text = {
            "month_en": f"{MONTHS[m]} {ts.year}",
            "month_fr": f"{_MONTHS_FR[m]} {ts.year}",
            "month_es": f"{_MONTHS_ES[m]} {ts.year}",
            "month_iso": ts.strftime("%Y-%m"),
        }[style]
        return text, "month", ts.to_period("M").start_time
    if style in _QUARTER_STYLES:
        return f"T{ts.quarter} {ts.year}", "quarter", ts.to_period("Q").start_time
    day = ts.normalize()
    cell: object
    if style == "dmy":
        cell = ts.strftime("%d/%m/%Y")
    elif style == "long_en":
        cell = f"{ts.day} {MONTHS[m]} {ts.year}"
    elif style == "long_fr":
        cell = f"{'1er' if ts.day == 1 else ts.day} {_MONTHS_FR[m]} {ts.year}"
    elif style == "mon_es":
        cell = f"{ts.day:02d}-{_MONTHS_ES[m][:3]}-{ts.year}"
    elif style == "iso":
        cell = ts.strftime("%Y-%m-%d")
    elif style == "iso_dt":
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        cell = ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00"
    elif style == "excel":
        cell = datetime(ts.year, ts.month, ts.day)
    elif style == "serial":
        cell = str(_serial(ts))
    else:  # a style name of this module only
        raise KeyError(style)
    return cell, "day", day


def _cased(
    rng: _Rng, src: FairSource, text: str | None, column: str, tags: list[str]
) -> str | None:
    """Change the case or spacing of a few text cells (the meaning stays)."""
    if text is None or rng.random() >= src.case_rate:
        return text
    kind = int(rng.integers(4))
    out = [text.upper(), text.lower(), f"  {text} ", f"{text}  "][kind]
    if out != text:
        tags.append(f"case:{column}")
    return out


def _country(rng: _Rng, src: FairSource, column: str, iso: str, tags: list[str]) -> str:
    """Write a country the desk's way for ``column``; tag what differs from its name."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    style = _weighted(rng, src.countries.get(column, src.countries["*"]))
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo" and iso in _TYPOS[lang]:
        text = _TYPOS[lang][iso]
    elif style == "demonym" and iso in _DEMONYMS[lang]:
        text = _DEMONYMS[lang][iso]
    elif style == "mojibake":
        garbled = mojibake(name)
        text = garbled if garbled is not None and fits(garbled, src) else name
    if text != name:
        tags.append(f"{style}:{column}")
    return text


def _count(rng: _Rng, src: FairSource, n: int, tags: list[str]) -> object:
    """Write a count of persons the desk's way (never a placeholder)."""
    if n >= 1000 and src.thousands is not None and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    if 1 <= n <= 10 and src.count_words and rng.random() < src.count_words:
        tags.append("count_word")
        return _NUMBER_WORDS[src.language][n - 1]
    if src.count_unit is not None and rng.random() < 0.04:
        tags.append("count_unit")
        return f"{n} {src.count_unit}"
    return str(n) if src.format == "csv" else n


def _dms(value: float, pos: str, neg: str) -> str:
    r"""Write degrees, minutes and seconds (to a tenth) as Google Maps does.

    Examples
    --------
    >>> _dms(-77.50123, "E", "W")
    '77°30\'04.4"W'
    """
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minute, sec = divmod(rest, 600)
    return f"{deg}°{minute:02d}'{sec // 10:02d}.{sec % 10}\"{pos if value >= 0 else neg}"


def _coordinates(
    rng: _Rng, src: FairSource, lat: float, lon: float, tags: list[str]
) -> dict[str, object]:
    """Write a location the desk's way (a pair cell or two cells)."""
    if src.coords in ("pair", "pair_dms"):
        if src.coords == "pair_dms" and rng.random() < 0.3:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if src.coords == "comma":
        tags.append("decimal_comma")
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if src.coords == "number" and rng.random() < 0.15:
        tags.append("decimal_comma")
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


def _no_place(src: FairSource, word: str | None) -> dict[str, object]:
    if "coordinates" in src.headers:
        return {"coordinates": word}
    return {"lat": word, "lon": word}


def _render(
    src: FairSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags).

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 12, "n_suspects": 0, "gender": "male",
    ...       "age_group": "adult", "nationality": "AFG", "origin_country": "AFG",
    ...       "destination_country": "GBR", "detection_country": "FRA",
    ...       "transit_countries": "DEU|FRA", "transport_mode": "sea", "lat": 50.95,
    ...       "lon": 1.85, "linked_offences": None, "corridor": "channel", "hotspot": "Calais"}
    >>> cells, exp, tags = _render(_FR, ev, np.random.default_rng(1), partial_ok=False,
    ...                            forced_blank="gender")
    >>> cells["gender"], exp["gender"], "blank_gender" in tags
    (None, 'unknown', True)
    >>> exp["date_precision"], exp["n_persons"], exp["transit_countries"]
    ('day', 12, 'DEU|FRA')
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    where = (str(ev["corridor"]), str(ev["transport_mode"]))
    has = set(src.headers)

    # date: both reports of a duplicated event give the day
    styles = {
        k: w
        for k, w in src.dates.items()
        if partial_ok or (k not in _MONTH_STYLES and k not in _QUARTER_STYLES)
    }
    style = _weighted(rng, styles)
    when = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["date_precision"], exp["event_date"] = _date_cell(style, when, rng)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    if style in ("serial", "dmy", "mon_es") and src.format == "xlsx":
        tags.append("date_as_text")
    if style == "serial":
        tags.append("excel_serial")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _cased(
        rng, src, _word(rng, _vocab(src, "crime_type", crime, where)), "crime_type", tags
    )
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    exp["exploitation"] = None
    if expl is not None:
        r = rng.random()
        if r < 0.03:
            cells["exploitation"] = choice(rng, src.unknown)
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        elif r < 0.05:
            exp["exploitation"] = "unknown"
            tags.append("empty:exploitation")
        else:
            word = _word(rng, _vocab(src, "exploitation", str(expl), where))
            cells["exploitation"] = _cased(rng, src, word, "exploitation", tags)
            exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.placeholders and rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(rng, src, n, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    exp["n_suspects"] = None
    if forced_blank == "n_suspects" or r < 0.03:
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"] = choice(rng, src.unknown)
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        word = _word(rng, _vocab(src, "gender", gender, where))
        cells["gender"] = _cased(rng, src, word, "gender", tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown) if rng.random() < 0.7 else None
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _cased(rng, src, _word(rng, _vocab(src, col, value, where)), col, tags)
            exp[col] = value

    nat = str(ev["nationality"])
    exp["nationality"] = None
    if forced_blank == "nationality":
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.unknown)
        tags.append("blank_nationality")
    else:
        text = _country(rng, src, "nationality", nat, tags)
        cells["nationality"] = _cased(rng, src, text, "nationality", tags)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        exp[col] = None
        if col not in has:
            continue
        iso = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown)
            tags.append(f"unknown:{col}")
        else:
            cells[col] = _cased(rng, src, _country(rng, src, col, iso, tags), col, tags)
            exp[col] = iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        text = _country(rng, src, "detection_country", det, tags)
        cells["detection_country"] = _cased(rng, src, text, "detection_country", tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    exp["transit_countries"] = None if transit is None else str(transit)
    if transit is None:
        direct = src.direct[int(rng.integers(len(src.direct)))]
        cells["transit_countries"] = direct
        if direct is not None:
            tags.append("direct_word")
    else:
        parts = [_country(rng, src, "transit_countries", c, tags) for c in str(transit).split("|")]
        text = src.transit_sep.join(parts[:-1])
        text = text + src.transit_last + parts[-1] if text else parts[-1]
        cells["transit_countries"] = _cased(rng, src, text, "transit_countries", tags)

    if "crossing" in has:
        hotspot = str(ev["hotspot"])
        cells["crossing"] = _CROSSINGS.get(hotspot, hotspot)

    r = rng.random()
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = None, None
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif r < 0.04:
        tags.append("coords_missing")
    elif r < 0.055 and src.coord_words:
        cells.update(_no_place(src, choice(rng, src.coord_words)))
        tags.append("coords_placeholder")
    else:
        cells.update(_coordinates(rng, src, lat, lon, tags))
        exp["lat"], exp["lon"] = lat, lon

    offences = ev["linked_offences"]
    exp["linked_offences"] = None if offences is None else str(offences)
    if offences is None:
        nothing = src.no_offence[int(rng.integers(len(src.no_offence)))]
        cells["linked_offences"] = nothing
        if nothing is not None:
            tags.append("none_word:linked_offences")
    else:
        words = [
            _word(rng, _vocab(src, "linked_offences", o, where)) for o in str(offences).split("|")
        ]
        cells["linked_offences"] = src.offence_sep.join(words)
    return cells, exp, tags


# Impossible days of a day-first calendar (day, month).
_NO_SUCH_DAY = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11), (15, 13))


def _bad_date(src: FairSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, an impossible day or a year typed ten ahead.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> _bad_date(_MX, pd.Timestamp("2023-05-17"), "future_date", rng)
    '2033-05-17'
    >>> _bad_date(_GB, pd.Timestamp("2023-05-17"), "no_date", rng) is None
    True
    """
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _NO_SUCH_DAY[int(rng.integers(len(_NO_SUCH_DAY)))]
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    return _day_text(src, future)


def _note_date(src: FairSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the day the log was extracted."""
    return _day_text(src, last + pd.Timedelta(days=6))


#: The variant: five funfair desks, routed by the country where the event was found.
BLIND410: Examiner[FairSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _GB.source,
        "FRA": _FR.source,
        "ESP": _ES.source,
        "USA": _MX.source,
        "PAN": _PA.source,
    },
    compilation=_FR.source,  # relays the Union Foraine Européenne's member alerts
    secondary={
        ("channel", "FRA"): _GB.source,
        ("channel", "GBR"): _FR.source,
        ("thb_vnm_gbr", "GBR"): _FR.source,
        ("thb_rou_esp", "ESP"): _FR.source,
        ("thb_rou_esp", "ITA"): _ES.source,
        ("thb_nga_ita", "ITA"): _ES.source,
        ("darien", "PAN"): _MX.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=410_017,
    blank_share=0.3,
)


def make_blind410(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five funfair desks of ``blind410`` would.

    Each event is first reported by the desk of the country where it was found (Great
    Britain, France, Spain, the United States, Panama); the French showmen's federation
    also relays every other event (its European union's alerts). About 4 % of the events
    are reported a second time by another desk, a day off at most; about 1.5 % are bad
    rows; the British and Panamanian desks re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``showmens_guild_gb_ov.csv``, ``industriels_forains_fr_ov.csv``,
        ``federacion_feriantes_es_ov.xlsx``, ``juegos_mecanicos_mx_ov.jsonl`` and
        ``feria_david_pa_ov.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind410(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['showmens_guild_gb_ov.csv', 'industriels_forains_fr_ov.csv',
     'federacion_feriantes_es_ov.xlsx', 'juegos_mecanicos_mx_ov.jsonl',
     'feria_david_pa_ov.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Pays de constatation']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND410, truth, seed=seed)
