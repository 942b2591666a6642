"""Examiner sample set ``blind391`` (files ``*_oc.*``): exhibition-venue security desks.

Five sources that the cleaner has never seen, all from the exhibition and event-staffing
world, where build-up crews, hosts and cleaners are hired through chains of staffing
agencies and where exploited or smuggled workers are spotted by venue security, vetting
and compliance teams:

``excel_london_security_oc.csv``
    ExCeL London, Security & Safeguarding control room: the event-staff safeguarding
    log, exported by its incident tool as UTF-8 with a byte-order mark, ``,``-delimited.
    English; day-first dates (``17/05/2023``, ``17 May 2023``, sometimes ``May 2023``);
    UK categories (``Modern Slavery``, ``Facilitation``, ``MSHT``); nationalities as
    demonyms (``Vietnamese``); ``UK``/``GB``/``England``; counts with ``,`` thousands
    or in words; transit routes joined by ``" > "``; one ``lat, long`` column.
``viparis_surete_oc.csv``
    Viparis (Paris Expo Porte de Versailles, Paris Nord Villepinte), Direction de la
    sûreté: its main courante extract, cp1252, ``;``-delimited, CRLF. French; dates
    ``17/05/2023``, ``1er mai 2023``, ``mai 2023``, ``T2 2023``; qualification words of
    the French penal code; nationalities as adjectives (``afghane``); a tenth of the
    rows keyed into the Villepinte site's UTF-8 tool and pasted in, their accented words
    garbled (mojibake, ``Aide Ã  l'entrÃ©e irrÃ©guliÃ¨re``); counts with (non-breaking)
    spaces; coordinates with decimal commas. Re-sends some rows (exact repeats).
``ifema_seguridad_oc.xlsx``
    IFEMA MADRID, Dirección de Seguridad: the workbook of incidents with build-up and
    hostess staff. Spanish; real Excel dates, Excel serial numbers typed as numbers and
    text dates; counts as numbers (``1.250`` as text when pasted); Spanish nationalities
    (names, demonyms or ISO alpha-3 codes); numeric coordinates.
``ccpanama_amador_oc.csv``
    Panama Convention Center (Amador), Seguridad Corporativa y Cumplimiento: an Excel
    "Unicode text" export, UTF-16 with a byte-order mark, tab-delimited. Spanish of
    Panama; dates ``17/05/2023`` and ``17-may-2023``, ``mayo 2023``, ``II trimestre
    2023``; plural demonyms (``venezolanos``); ``NNA`` for minors; counts such as
    ``35 personas``; coordinates in degrees, minutes and seconds (``8°30'12"N
    77°30'05"O``).
``ufi_incident_exchange_oc.jsonl``
    UFI (the global association of the exhibition industry), safeguarding incident
    exchange: JSON lines compiled from member venues (Italy, Greece, Croatia, Poland,
    United States) plus second reports of events its members already sent. English
    keys; ISO dates, ``2023-05`` and ``2023-Q2``; countries as codes in each member's
    system (alpha-3, alpha-2 or numeric); transit countries and related offences as
    JSON arrays; numeric coordinates. Re-sends some rows (exact repeats).

What a careful analyst cannot read is planted on purpose and said so in the truth: a
count cell saying "not known" (``TBC``, ``NC``, ``sin determinar``, ``S/D``, ``null``)
expects no count; a nationality written as "unknown" expects none; an age group, sex or
travel mode written as "not known" expects ``unknown``; a form of exploitation "still to
be determined" expects ``unknown``; impossible dates, dates ten years ahead, negative
counts and count words such as ``several`` are bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

__all__ = ["SOURCES", "make_blind391"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Countries: names in the three languages, aliases, typos, demonyms (written by hand)
# --------------------------------------------------------------------------------------
#: iso3 -> (English, French, Spanish) names as the desks write them.
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names a desk uses for a country (language -> iso3 -> names).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "MKD": ("N. Macedonia",),
        "BIH": ("Bosnia",),
        "RUS": ("Russian Federation",),
        "DEU": ("Deutschland",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "R-U"),
        "VNM": ("Viêt Nam",),
        "BLR": ("Bélarus",),
        "USA": ("USA",),
        "CIV": ("RCI",),
        "BIH": ("Bosnie",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "BLR": ("Belarús",),
        "CHN": ("Rep. Popular China",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "TUR": ("Türkiye",),
        "PAN": ("Rep. de Panamá",),
        "MAR": ("Reino de Marruecos",),
    },
}

#: Small slips of the keyboard (language -> iso3 -> typo).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albainia",
        "IRQ": "Irak",
        "VNM": "Veitnam",
        "SYR": "Syira",
        "ITA": "Itlay",
        "GRC": "Grece",
        "NGA": "Nigera",
        "PAK": "Pakistan.",
        "POL": "Polnad",
        "MEX": "Mexcio",
        "HND": "Hondras",
        "GTM": "Guatamala",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "IRQ": "Iraq",
        "ALB": "Albannie",
        "SYR": "Syie",
        "IRN": "Irann",
        "VNM": "Vietname",
        "GBR": "Royaume Uni",
        "DEU": "Allmagne",
    },
    "es": {
        "VEN": "Venezeula",
        "COL": "Colomiba",
        "ECU": "Ecudor",
        "HTI": "Haiti",
        "MAR": "Marrueco",
        "SEN": "Senagal",
        "ROU": "Rumania",
        "MLI": "Mali",
        "GIN": "Guniea",
        "DZA": "Argelía",
        "MRT": "Mauritana",
        "ESP": "Espana",
    },
}

#: English demonyms (as UK logs write a nationality).
_DEMONYM_EN: dict[str, str] = {
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
#: French adjectives of nationality (masculine, feminine).
_DEMONYM_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
#: Spanish demonyms (masculine, feminine, masculine plural, feminine plural).
_DEMONYM_ES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("afgano", "afgana", "afganos", "afganas"),
    "ALB": ("albanés", "albanesa", "albaneses", "albanesas"),
    "BGD": ("bangladesí", "bangladesí", "bangladesíes", "bangladesíes"),
    "CHN": ("chino", "china", "chinos", "chinas"),
    "CIV": ("marfileño", "marfileña", "marfileños", "marfileñas"),
    "CMR": ("camerunés", "camerunesa", "cameruneses", "camerunesas"),
    "COL": ("colombiano", "colombiana", "colombianos", "colombianas"),
    "DZA": ("argelino", "argelina", "argelinos", "argelinas"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas"),
    "EGY": ("egipcio", "egipcia", "egipcios", "egipcias"),
    "ERI": ("eritreo", "eritrea", "eritreos", "eritreas"),
    "GIN": ("guineano", "guineana", "guineanos", "guineanas"),
    "GMB": ("gambiano", "gambiana", "gambianos", "gambianas"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas"),
    "HND": ("hondureño", "hondureña", "hondureños", "hondureñas"),
    "HTI": ("haitiano", "haitiana", "haitianos", "haitianas"),
    "IRN": ("iraní", "iraní", "iraníes", "iraníes"),
    "IRQ": ("iraquí", "iraquí", "iraquíes", "iraquíes"),
    "MAR": ("marroquí", "marroquí", "marroquíes", "marroquíes"),
    "MEX": ("mexicano", "mexicana", "mexicanos", "mexicanas"),
    "MLI": ("maliense", "maliense", "malienses", "malienses"),
    "NGA": ("nigeriano", "nigeriana", "nigerianos", "nigerianas"),
    "PAK": ("pakistaní", "pakistaní", "pakistaníes", "pakistaníes"),
    "ROU": ("rumano", "rumana", "rumanos", "rumanas"),
    "SEN": ("senegalés", "senegalesa", "senegaleses", "senegalesas"),
    "SYR": ("sirio", "siria", "sirios", "sirias"),
    "TUN": ("tunecino", "tunecina", "tunecinos", "tunecinas"),
    "TUR": ("turco", "turca", "turcos", "turcas"),
    "VEN": ("venezolano", "venezolana", "venezolanos", "venezolanas"),
    "VNM": ("vietnamita", "vietnamita", "vietnamitas", "vietnamitas"),
    "YEM": ("yemení", "yemení", "yemeníes", "yemeníes"),
}

_MONTHS: dict[str, tuple[str, ...]] = {
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")
_EN_NUMBERS = (
    "zero",
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# The agencies' wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one desk words its cells (vocabularies, placeholders, country habits)."""

    lang: str
    words: Mapping[str, Mapping[str, tuple[str, ...]]]  # column -> canonical -> forms
    not_known: Mapping[str, tuple[str, ...]]  # column -> words for "not known"
    not_applicable: tuple[str, ...]  # exploitation cell of a pure smuggling row
    zero: tuple[str, ...]  # "no suspect" words ("" = the digit 0 only)
    nationality_style: Mapping[str, float]  # style -> weight
    country_style: Mapping[str, float]
    transit_sep: str
    offence_sep: str


_EXCEL = _Wording(
    lang="en",
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery", "Human Trafficking", "MSHT"),
            "smuggling": ("People Smuggling", "Facilitation", "Facilitation (illegal entry)"),
            "both": ("Smuggling & Trafficking", "Facilitation + MSHT"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal", "Criminal exploitation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M & F"),
        },
        "age_group": {
            "child": ("Under 18", "Minor", "U18"),
            "adult": ("Adult", "18+", "Adults"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("Lorry", "HGV", "Coach", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Controlled drugs", "Drugs"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known={
        "n_persons": ("TBC", "Not known"),
        "n_suspects": ("TBC", "N/K"),
        "nationality": ("Not known", "N/K"),
        "gender": ("N/K", "Not recorded"),
        "age_group": ("N/K", "Not known"),
        "transport_mode": ("Not known", "N/K"),
        "exploitation": ("Not yet determined", "TBC"),
        "coordinates": ("N/K",),
    },
    not_applicable=("N/A",),
    zero=("None", "Nil"),
    nationality_style={"demonym": 0.55, "name": 0.25, "upper": 0.08, "alias": 0.05, "typo": 0.07},
    country_style={"name": 0.78, "upper": 0.06, "alias": 0.08, "iso2": 0.03, "typo": 0.05},
    transit_sep=" > ",
    offence_sep="; ",
)

_VIPARIS = _Wording(
    lang="fr",
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "Femme(s)"),
            "male": ("H", "Homme(s)"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "child": ("Mineur(s)", "mineur"),
            "adult": ("Majeur(s)", "majeur"),
            "mixed": ("Majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("poids lourd", "camion", "véhicule léger", "autocar"),
            "air": ("avion", "voie aérienne"),
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
    not_known={
        "n_persons": ("NC", "inconnu"),
        "n_suspects": ("NC", "non connu"),
        "nationality": ("inconnue", "NR"),
        "gender": ("NR", "non renseigné"),
        "age_group": ("NR", "non renseigné"),
        "transport_mode": ("NR", "non renseigné"),
        "exploitation": ("à déterminer", "en cours d'évaluation"),
        "coordinates": ("NC",),
    },
    not_applicable=("sans objet", "SO"),
    zero=("aucun", "néant"),
    nationality_style={"demonym": 0.5, "name": 0.33, "upper": 0.08, "typo": 0.06, "alias": 0.03},
    country_style={"name": 0.8, "upper": 0.07, "alias": 0.07, "typo": 0.06},
    transit_sep=", ",
    offence_sep=" + ",
)

_IFEMA = _Wording(
    lang="es",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
                "Inmigración ilegal (art. 318 bis CP)",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH + 318 bis"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("explotación laboral", "laboral"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres", "Femenino"),
            "male": ("Hombre", "Hombres", "Varón"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "Menor de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática"),
            "land": ("vehículo", "camión", "a pie", "autobús"),
            "air": ("avión", "vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known={
        "n_persons": ("sin determinar", "pendiente"),
        "n_suspects": ("sin determinar", "pendiente"),
        "nationality": ("desconocida", "sin datos"),
        "gender": ("sin datos", "no consta"),
        "age_group": ("sin determinar", "no consta"),
        "transport_mode": ("sin datos", "no consta"),
        "exploitation": ("pendiente de determinar",),
        "coordinates": ("s/c",),
    },
    not_applicable=("no procede",),
    zero=("ninguno",),
    nationality_style={"name": 0.45, "demonym": 0.25, "iso3": 0.15, "upper": 0.08, "typo": 0.07},
    country_style={"name": 0.76, "upper": 0.08, "iso3": 0.06, "alias": 0.04, "typo": 0.06},
    transit_sep=" - ",
    offence_sep=" / ",
)

_CCPANAMA = _Wording(
    lang="es",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico", "Tráfico de migrantes / trata de personas"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("trabajo forzoso", "laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie", "a pie (selva)", "caminando"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known={
        "n_persons": ("S/D", "por determinar"),
        "n_suspects": ("S/D", "por determinar"),
        "nationality": ("S/D", "por establecer"),
        "gender": ("S/D",),
        "age_group": ("S/D",),
        "transport_mode": ("S/D",),
        "exploitation": ("por determinar",),
        "coordinates": ("S/D",),
    },
    not_applicable=("N/A",),
    zero=("ninguno", "0 (ninguno)"),
    nationality_style={"demonym": 0.6, "name": 0.22, "upper": 0.08, "typo": 0.06, "alias": 0.04},
    country_style={"name": 0.8, "upper": 0.07, "alias": 0.06, "typo": 0.07},
    transit_sep=" - ",
    offence_sep="; ",
)

_UFI = _Wording(
    lang="en",
    words={
        "crime_type": {
            "trafficking": ("THB",),
            "smuggling": ("SOM", "Migrant smuggling"),
            "both": ("THB+SOM", "THB/SOM"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
        "age_group": {"child": ("child", "minor"), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "road"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_known={
        "n_persons": (),
        "n_suspects": (),
        "nationality": ("unknown",),
        "gender": ("unknown",),
        "age_group": ("unknown",),
        "transport_mode": ("unknown",),
        "exploitation": ("undetermined",),
        "coordinates": (),
    },
    not_applicable=(),
    zero=(),
    nationality_style={},  # codes, by member (see _ufi_code)
    country_style={},
    transit_sep="",
    offence_sep="",
)

_WORDING: dict[str, _Wording] = {
    "excel_london_security": _EXCEL,
    "viparis_surete": _VIPARIS,
    "ifema_seguridad": _IFEMA,
    "ccpanama_amador": _CCPANAMA,
    "ufi_incident_exchange": _UFI,
}

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="excel_london_security",
        filename="excel_london_security_oc.csv",
        ref="EXL-SG-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident Ref",
            "event_date": "Date of Incident",
            "crime_type": "Incident Category",
            "exploitation": "Exploitation Type",
            "n_persons": "Persons Involved",
            "n_suspects": "Suspects Identified",
            "gender": "Sex",
            "age_group": "Age Band",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Detection",
            "transit_countries": "Transit Route",
            "transport_mode": "Method of Travel",
            "coordinates": "Location (Lat, Long)",
            "linked_offences": "Associated Offences",
        },
        note="Note: provisional figures - ExCeL Security Control Room extract, not verified",
        total="TOTAL",
        bad_count=("several", "a group", "multiple"),
        repeats=False,
    ),
    ExaminerSource(
        source="viparis_surete",
        filename="viparis_surete_oc.csv",
        ref="VPS/{yy:02d}/{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° de signalement",
            "event_date": "Date des faits",
            "crime_type": "Qualification des faits",
            "exploitation": "Type d'exploitation",
            "n_persons": "Nombre de personnes",
            "n_suspects": "Nombre de mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / Mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions associées",
        },
        note="Extraction main courante sûreté - données provisoires, non consolidées",
        total="Total général",
        bad_count=("plusieurs", "un groupe", "nombreux"),
        repeats=True,
    ),
    ExaminerSource(
        source="ifema_seguridad",
        filename="ifema_seguridad_oc.xlsx",
        ref="{seq:04d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº de expediente",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipología delictiva",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Nº de investigados",
            "gender": "Sexo",
            "age_group": "Edad",
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
        note="Nota: datos provisionales, pendientes de validación por la Dirección de Seguridad",
        total="TOTAL GENERAL",
        bad_count=("varios", "un grupo", "numerosos"),
        repeats=False,
    ),
    ExaminerSource(
        source="ccpanama_amador",
        filename="ccpanama_amador_oc.csv",
        ref="PCC-{seq:03d}-{yy:02d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. de caso",
            "event_date": "Fecha",
            "crime_type": "Tipo de delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Presuntos responsables",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino final",
            "detection_country": "País donde se detectó",
            "transit_countries": "Ruta (países de tránsito)",
            "transport_mode": "Medio de desplazamiento",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos relacionados",
        },
        note="Nota: información preliminar sujeta a verificación",
        total="Total",
        bad_count=("varios", "grupo", "muchos"),
        repeats=False,
    ),
    ExaminerSource(
        source="ufi_incident_exchange",
        filename="ufi_incident_exchange_oc.jsonl",
        ref="UFI-SX-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "incident_date",
            "crime_type": "offence_type",
            "exploitation": "exploitation_form",
            "n_persons": "persons_involved",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "nationality_code",
            "origin_country": "origin_code",
            "destination_country": "destination_code",
            "detection_country": "member_country",
            "transit_countries": "transit_codes",
            "transport_mode": "travel_mode",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "multiple", "group"),
        repeats=True,
    ),
)

#: Detection country -> the desk that first reports its events.
_PRIMARY: dict[str, str] = {
    "GBR": "excel_london_security",
    "FRA": "viparis_surete",
    "ESP": "ifema_seguridad",
    "PAN": "ccpanama_amador",
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): "excel_london_security",  # crews vetted in London, stopped at Calais
    ("channel", "GBR"): "viparis_surete",  # Paris-hired crews landed at Dover
    ("thb_vnm_gbr", "GBR"): "ufi_incident_exchange",
    ("thb_rou_esp", "ESP"): "ufi_incident_exchange",
    ("watl", "ESP"): "ufi_incident_exchange",
    ("wmed", "ESP"): "ufi_incident_exchange",
    ("darien", "PAN"): "ufi_incident_exchange",
    ("thb_rou_esp", "ITA"): "ifema_seguridad",  # the same Romanian staffing chain
}

#: Code system of each UFI member's feed, by its country (others: alpha-3).
_UFI_CODES: dict[str, str] = {
    "ITA": "iso3",
    "GRC": "iso2",
    "HRV": "iso3",
    "POL": "numeric",
    "USA": "iso2",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _noise(text: str, rng: _Rng, tags: list[str], col: str, rate: float = 0.05) -> str:
    """Change case or add stray spaces to ``rate`` of the text cells (meaning unchanged)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    if out != text:
        tags.append(f"case:{col}")
    return out


def _word(wd: _Wording, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    forms = wd.words[col][value]
    pick = forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])
    return _noise(pick, rng, tags, col)


def _code(iso3: str, system: str) -> str:
    if system == "iso3":
        return iso3
    alpha2, numeric = iso_codes(iso3)
    return alpha2 if system == "iso2" else numeric


def _country(
    src: ExaminerSource,
    wd: _Wording,
    iso3: str,
    col: str,
    rng: _Rng,
    tags: list[str],
    *,
    female: bool = False,
    plural: bool = False,
) -> str:
    """Write a country (or, for a nationality, maybe a demonym) the desk's way."""
    styles = wd.nationality_style if col == "nationality" else wd.country_style
    style = _draw(rng, styles)
    name = _NAMES[iso3][_LANG[wd.lang]]
    text = name
    if style == "demonym":
        if wd.lang == "en" and iso3 in _DEMONYM_EN:
            text = _DEMONYM_EN[iso3]
        elif wd.lang == "fr" and iso3 in _DEMONYM_FR:
            text = _DEMONYM_FR[iso3][int(female)]
        elif wd.lang == "es" and iso3 in _DEMONYM_ES:
            text = _DEMONYM_ES[iso3][int(female) + 2 * int(plural)]
    elif style == "upper":
        text = name.upper()
    elif style == "alias" and iso3 in _ALIASES[wd.lang]:
        text = choice(rng, _ALIASES[wd.lang][iso3])
    elif style == "typo" and iso3 in _TYPOS[wd.lang]:
        text = _TYPOS[wd.lang][iso3]
    elif style in ("iso2", "iso3"):
        text = _code(iso3, style)
    if text != name:
        tags.append(f"{style}:{col}")
    return _noise(text, rng, tags, col, rate=0.03)


def _ts_after(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """Return the same day ``years`` later (28 February for a 29 February)."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + years, month=ts.month, day=day)


# --------------------------------------------------------------------------------------
# Dates, the desks' ways
# --------------------------------------------------------------------------------------
_Dated = tuple[object, pd.Timestamp, str, list[str]]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _date_excel(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    if partial_ok and r < 0.05:
        return (
            f"{_MONTHS['en'][ts.month - 1]} {ts.year}",
            _month_start(ts),
            "month",
            ["partial_date"],
        )
    if r < 0.32:
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_viparis(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    month = _MONTHS["fr"][ts.month - 1]
    if partial_ok and r < 0.05:
        return f"{month} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.1:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.18:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {month} {ts.year}", ts, "day", ["long_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_ifema(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    if partial_ok and r < 0.05:
        month = _MONTHS["es"][ts.month - 1]
        return f"{month} de {ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.15:
        serial = int((ts - _EXCEL_EPOCH).days)
        return serial, ts, "day", ["serial_date"]
    if r < 0.27:
        return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
    return ts.to_pydatetime(), ts, "day", []


def _date_ccpanama(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    if partial_ok and r < 0.05:
        month = _MONTHS["es"][ts.month - 1]
        return f"{month} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.09:
        return (
            f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}",
            _quarter_start(ts),
            "quarter",
            ["partial_date"],
        )
    if r < 0.4:
        return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}", ts, "day", ["short_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_ufi(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Dated:
    r = rng.random()
    if partial_ok and r < 0.06:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.1:
        return f"{ts.year}-Q{ts.quarter}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.2:
        return ts.strftime("%Y-%m-%dT00:00:00Z"), ts, "day", ["iso_datetime"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _Dated]] = {
    "excel_london_security": _date_excel,
    "viparis_surete": _date_viparis,
    "ifema_seguridad": _date_ifema,
    "ccpanama_amador": _date_ccpanama,
    "ufi_incident_exchange": _date_ufi,
}
#: Impossible (day, month) pairs a clerk may type.
_IMPOSSIBLE = ((31, 2), (30, 2), (29, 2), (31, 4), (31, 6), (31, 9), (31, 11), (0, 5))


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: blank, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    ahead = _ts_after(ts, 10)
    if src.format == "jsonl":
        return ahead.strftime("%Y-%m-%d")
    if src.format == "xlsx":
        return ahead.to_pydatetime()
    return ahead.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row (the extract's last day)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the desk's way (the value stays ``n``)."""
    name = src.source
    if name == "excel_london_security":
        if n >= 1000 and rng.random() < 0.7:
            tags.append("thousands:n_persons")
            return f"{n:,}"
        if n < len(_EN_NUMBERS) and n > 0 and rng.random() < 0.08:
            tags.append("count_word")
            return _EN_NUMBERS[n]
        return str(n)
    if name == "viparis_surete":
        if n >= 1000:
            tags.append("thousands:n_persons")
            sep = "\u00a0" if rng.random() < 0.6 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}"
        return str(n)
    if name == "ifema_seguridad":
        if n >= 1000 and rng.random() < 0.5:
            tags.append("thousands:n_persons")
            return f"{n // 1000}.{n % 1000:03d}"
        return n
    if name == "ccpanama_amador":
        text = f"{n:,}" if n >= 1000 else str(n)
        if n >= 1000:
            tags.append("thousands:n_persons")
        if rng.random() < 0.06:
            tags.append("count_unit")
            return f"{text} persona" if n == 1 else f"{text} personas"
        return text
    if rng.random() < 0.1:
        tags.append("count_as_text")
        return str(n)
    return n


def _suspects(src: ExaminerSource, wd: _Wording, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of suspects (zero sometimes as a word)."""
    if n == 0 and wd.zero and rng.random() < 0.5:
        tags.append("zero_word")
        return choice(rng, wd.zero)
    if src.format in ("xlsx", "jsonl"):
        return n
    return str(n)


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, whole seconds; return the text and the value it says."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    hemi = pos if value >= 0 else neg
    said = (deg + mins / 60 + secs / 3600) * (1 if value >= 0 else -1)
    return f"{deg}°{mins:02d}'{secs:02d}\"{hemi}", round(said, 6)


def _coords(
    src: ExaminerSource, wd: _Wording, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float | None, float | None]:
    """Write the place the desk's way; return the cells and the lat/lon they say."""
    name = src.source
    r = rng.random()
    gone = {"ufi_incident_exchange": 0.06, "ccpanama_amador": 0.06}.get(name, 0.05)
    pair = "coordinates" in src.headers
    if r < gone:
        tags.append("coords_missing")
        return ({"coordinates": None} if pair else {"lat": None, "lon": None}), None, None
    words = wd.not_known.get("coordinates", ())
    if words and r < gone + 0.012:
        tags.append("coords_placeholder")
        word = choice(rng, words)
        return ({"coordinates": word} if pair else {"lat": word, "lon": word}), None, None
    if name == "excel_london_security":
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo
    if name == "viparis_surete":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if name == "ccpanama_amador":
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "O")
        tags.append("dms")
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo
    return {"lat": lat, "lon": lon}, lat, lon


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _not_known(wd: _Wording, col: str, rng: _Rng) -> str | None:
    words = wd.not_known.get(col, ())
    return choice(rng, words) if words else None


def _detection(
    src: ExaminerSource, wd: _Wording, ev: Mapping[str, object], rng: _Rng, tags: list[str]
) -> object:
    iso3 = str(ev["detection_country"])
    name = src.source
    if name == "ufi_incident_exchange":
        return _code(iso3, _UFI_CODES.get(iso3, "iso3"))
    if name == "excel_london_security" and iso3 == "GBR":
        r = rng.random()
        if r < 0.1:
            tags.append("home_nation:detection_country")
            return "Scotland" if str(ev.get("hotspot")) == "Glasgow" else "England"
        if r < 0.4:
            tags.append("alias:detection_country")
            return "UK"
        if r < 0.48:
            tags.append("iso2:detection_country")
            return "GB"
        return "United Kingdom"
    if name == "ccpanama_amador" and iso3 == "PAN":
        return choice(rng, ("Panamá", "Panamá", "PANAMÁ", "Rep. de Panamá"))
    return _country(src, wd, iso3, "detection_country", rng, tags)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the desk ``src`` does: (cells, expected values, tags)."""
    wd = _WORDING[src.source]
    is_ufi = src.source == "ufi_incident_exchange"
    code_system = _UFI_CODES.get(str(ev["detection_country"]), "iso3")
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], date_tags = _DATES[src.source](
        ts, rng, partial_ok
    )
    tags += date_tags

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(wd, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: mostly blank, sometimes "not applicable"
        na = wd.not_applicable
        cells["exploitation"] = choice(rng, na) if na and rng.random() < 0.25 else None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = _not_known(wd, "exploitation", rng)
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(wd, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = _not_known(wd, "n_persons", rng)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _persons(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = _not_known(wd, "n_suspects", rng)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _suspects(src, wd, k, rng, tags)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.025:
        cells["gender"] = None if forced_blank == "gender" else _not_known(wd, "gender", rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(wd, "gender", gender, rng, tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = _not_known(wd, col, rng) if rng.random() < 0.7 else None
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(wd, col, value, rng, tags)
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.03:
        cells["nationality"] = _not_known(wd, "nationality", rng)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        if is_ufi:
            cells["nationality"] = _code(nat, code_system)
        else:
            cells["nationality"] = _country(
                src,
                wd,
                nat,
                "nationality",
                rng,
                tags,
                female=gender == "female",
                plural=n > 1,
            )
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso3 = str(ev[col])
        cells[col] = _code(iso3, code_system) if is_ufi else _country(src, wd, iso3, col, rng, tags)
        exp[col] = iso3

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _detection(src, wd, ev, rng, tags)
        exp["detection_country"] = str(ev["detection_country"])

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    elif is_ufi:
        cells["transit_countries"] = [_code(c, code_system) for c in str(transit).split("|")]
    else:
        parts = [
            _country(src, wd, c, "transit_countries", rng, tags) for c in str(transit).split("|")
        ]
        cells["transit_countries"] = wd.transit_sep.join(p.strip() for p in parts)
    exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: _Cells = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(src, wd, lat, lon, rng, tags)
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, wd.words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = words if is_ufi else wd.offence_sep.join(words)
    exp["linked_offences"] = offences
    if src.source == "viparis_surete" and rng.random() < _PASTED_SHARE:
        _garble(src, cells, tags)
    return cells, exp, tags


#: Share of Viparis' rows keyed into the Villepinte site's UTF-8 tool and pasted into the
#: cp1252 main courante: their accented words come out as mojibake (``Ã©`` for ``é``).
_PASTED_SHARE = 0.1


def _garble(src: ExaminerSource, cells: _Cells, tags: list[str]) -> None:
    """Turn the row's accented text cells (not its date) into UTF-8-read-as-cp1252."""
    hit = False
    for col, value in cells.items():
        if col == "event_date" or not isinstance(value, str):
            continue
        garbled = mojibake(value)
        if garbled is not None and fits(garbled, src):
            cells[col] = garbled
            tags.append(f"mojibake:{col}")
            hit = True
    if hit:
        tags.append("pasted_row")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="ufi_incident_exchange",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=391,
    blank_share=0.3,
)


def make_blind391(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five exhibition-venue desks of ``blind391`` would.

    ExCeL London's safeguarding log (CSV, UTF-8 with BOM, ``,``, English), Viparis'
    sûreté extract (CSV, cp1252, ``;``, French), IFEMA MADRID's security workbook (XLSX,
    Spanish), the Panama Convention Center's compliance export (CSV, UTF-16, tab,
    Spanish) and UFI's safeguarding incident exchange (JSON lines, English keys, codes),
    the compilation that reports the events of every other country. About 4 % of the
    events are reported a second time by another desk, some rows are re-sent, and bad,
    note, total and empty rows are planted; :attr:`Submission.expected` says what a
    careful analyst reads from each row.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order above.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind391(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['excel_london_security_oc.csv', 'viparis_surete_oc.csv', 'ifema_seguridad_oc.xlsx',
     'ccpanama_amador_oc.csv', 'ufi_incident_exchange_oc.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['No. de caso', 'Fecha', 'Tipo de delito']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
