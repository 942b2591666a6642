"""Examiner sample set ``blind337`` (files ``*_ma.*``): shipyards and a maritime NGO.

Five sources that had not written to this project before, each in its own working
language and with the habits of its own tools:

``harland_wolff_security_ma.xlsx``
    Harland & Wolff Group (Belfast, Appledore, Methil, Arnish), Group Security and
    modern-slavery compliance register. English, an Excel workbook kept by hand: real
    Excel dates beside pasted text dates (``17/05/2023``, ``17 May 2023``), ``May 2023``
    and ``Q2 2023`` when only the month or quarter is known, stated nationalities as
    demonyms (``Albanian``), ``UK`` / ``GB`` / ``England`` for the country, counts as
    numbers or small words (``two``), ``Nil`` suspects, ``Age disputed``.
``chantiers_atlantique_surete_ma.csv``
    Chantiers de l'Atlantique (Saint-Nazaire), direction sûreté and sub-contracting
    compliance (duty of vigilance). French, cp1252, ``;``, CRLF, day-first dates,
    ``T2 2023``, decimal commas, French legal wording (``aide à l'entrée irrégulière``,
    ``conditions de travail indignes``), ``H`` / ``F`` / ``H/F``, ``MNA``, ``néant``
    and some country names garbled by a UTF-8 -> cp1252 round trip (``SÃ©nÃ©gal``).
``navantia_cumplimiento_ma.csv``
    Navantia (Ferrol, Cartagena, San Fernando), Unidad de Cumplimiento Normativo. Spanish,
    an SAP "Unicode text" export: UTF-16 with BOM, tab-delimited; SAP dates
    ``17.05.2023``, ``2T 2023``; decimal commas; thousands with ``.``; ``H`` / ``M``
    (hombre / mujer); ``Art. 318 bis CP``; ``España (Canarias)``.
``astillero_balboa_ma.xlsx``
    Astillero Balboa (Panama Canal, Pacific entrance), Seguridad Portuaria (PBIP/ISPS)
    and HSE. Spanish of Panama: real dates, Excel serial numbers left in a General-format
    column, ``II trimestre 2023``; ``M`` / ``F`` (masculino / femenino), ``NNA`` for
    children, ``EE.UU.``; the position as one ``"8.50123, -77.49876"`` cell; thousands
    with ``,``.
``human_rights_at_sea_ma.jsonl``
    Human Rights at Sea (UK maritime human-rights charity), incident database export: the
    compilation source for the events no yard reports. English keys, snake_case enum
    values, ISO alpha-3 / alpha-2 / numeric country codes, ISO dates and ``2023-05`` /
    ``2023-Q2``, positions in degrees and decimal minutes (``35°30.123'N 012°36.456'E``).

Every cell a careful analyst could not read is planted on purpose (a bad row, a blank or an
"unknown" word) and said so in the expected values; see :func:`make_blind337`.
"""

from __future__ import annotations

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

__all__ = ["EXAMINER", "SOURCES", "Wording", "Yard", "make_blind337"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG = {"en": 0, "fr": 1, "es": 2}

# --------------------------------------------------------------------------------------
# Country wording (our own, not the project's tables)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
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

#: Other names a clerk of that language uses for the country (all unambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran (Islamic Republic of)",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "VEN": ("Venezuela (Bolivarian Republic of)",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA", "Etats-Unis"),
        "VNM": ("Vietnam",),
        "CIV": ("Côte-d'Ivoire",),
        "BIH": ("Bosnie",),
        "TUR": ("Türkiye",),
        "ERI": ("Erythrée",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "EE. UU."),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "GBR": ("Gran Bretaña",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("R.P. China",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
    },
}

#: Slips of the keyboard a reader still recognises, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanistn",
        "ALB": "Albainia",
        "ERI": "Eritria",
        "SYR": "Syira",
        "VNM": "Veitnam",
        "ROU": "Romainia",
        "MAR": "Morrocco",
        "PAK": "Pakistn",
        "VEN": "Venzuela",
        "TUN": "Tunisa",
        "EGY": "Eygpt",
        "SEN": "Senagal",
        "FRA": "Farnce",
        "DEU": "Gremany",
        "IRQ": "Iraqq",
        "BGD": "Bangaldesh",
    },
    "fr": {
        "AFG": "Afghnistan",
        "ALB": "Albaine",
        "ERI": "Érythré",
        "IRN": "Irna",
        "SYR": "Syire",
        "VNM": "Vietnma",
        "DEU": "Allemgne",
        "GBR": "Royaume-Unis",
    },
    "es": {
        "MAR": "Marruceos",
        "DZA": "Argleia",
        "SEN": "Senegla",
        "ROU": "Rumaina",
        "VEN": "Venzuela",
        "ECU": "Ecuadro",
        "COL": "Colomiba",
        "HTI": "Hiatí",
        "MLI": "Mail",
        "GIN": "Guniea",
        "ESP": "Espña",
        "USA": "Estados Unidso",
    },
}

#: Nationality written as an adjective (how case officers write it), by language.
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
        "HTI": "haïtienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
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

_NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
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
_VOCAB_COLUMNS = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")
_OFFENCES = (
    "document_fraud",
    "corruption",
    "money_laundering",
    "illicit_goods",
    "cybercrime",
    "terrorism",
)


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Wording:
    """How one agency words its cells (beside its headers, which the source holds).

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's variants (the first is the usual one).
        ``"unknown"`` holds the words for "not known"; under ``exploitation``, ``"n/a"``
        holds what the agency writes for a smuggling case (``""`` = a blank cell).
    offences : mapping
        Linked-offence code -> the agency's words.
    day_styles, partial_styles : tuple of (str, float)
        Date styles giving the day, and giving the month or quarter only, with weights.
    partial_rate : float
        Share of the rows (not in a duplicated pair) dated by month or quarter only.
    country_styles : tuple of (str, float)
        Ways of writing a country (``name``, ``upper``, ``lower``, ``iso2``, ``iso3``,
        ``numeric``, ``alias``, ``typo``, ``mojibake``, ``demonym``), with weights.
    detection_styles : tuple of (str, float)
        The same for the country of detection (``constituent`` and ``place`` add the UK
        nation or the Spanish place the agency names).
    transit_seps, offence_seps : tuple of str
        Separators of the transit-country and linked-offence lists.
    direct : tuple of str
        What the agency writes when there is no transit country (``""`` = blank).
    coords : str
        ``"float"`` (numbers), ``"comma"`` (decimal commas), ``"pair"`` (one
        ``lat, lon`` cell) or ``"ddm"`` (degrees and decimal minutes, one cell).
    no_place : tuple of str
        What the agency writes when it has no position (``""`` = blank).
    count_words : bool
        Whether small counts are sometimes written as words.
    thousands : tuple of str
        Thousands separators of large counts.
    zero_words, placeholders : tuple of str
        Words for "no suspect" and for "count not known".
    no_country : tuple of str
        Words for "nationality not known".
    numbers : bool
        Whether counts are written as numbers (spreadsheet, JSON) rather than text.
    case_rate : float
        Share of the text cells typed with odd case or spaces.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    offences: Mapping[str, tuple[str, ...]]
    day_styles: tuple[tuple[str, float], ...]
    partial_styles: tuple[tuple[str, float], ...]
    partial_rate: float
    country_styles: tuple[tuple[str, float], ...]
    detection_styles: tuple[tuple[str, float], ...]
    transit_seps: tuple[str, ...]
    offence_seps: tuple[str, ...]
    direct: tuple[str, ...]
    coords: str
    no_place: tuple[str, ...]
    count_words: bool
    thousands: tuple[str, ...]
    zero_words: tuple[str, ...]
    placeholders: tuple[str, ...]
    no_country: tuple[str, ...]
    numbers: bool
    case_rate: float


@dataclass(frozen=True, eq=False)
class Yard(ExaminerSource):
    """One source of the set: the shared description and the agency's wording.

    Attributes
    ----------
    wording : Wording
        How the agency writes its cells.
    """

    wording: Wording


_HW = Yard(
    source="harland_wolff_security",
    filename="harland_wolff_security_ma.xlsx",
    ref="HW-GS-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident Ref",
        "event_date": "Date Identified",
        "crime_type": "Concern Type",
        "exploitation": "Exploitation Indicator",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspected Facilitators",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality (stated)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Identified",
        "transit_countries": "Transit Route",
        "transport_mode": "Method of Entry",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="Note: register provisional - subject to validation by Group Security",
    total="TOTAL",
    bad_count=("several", "multiple - see narrative"),
    repeats=True,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
                "smuggling": ("People smuggling", "Clandestine entry (facilitated)"),
                "both": ("Modern slavery + facilitation", "Trafficking & smuggling"),
            },
            "exploitation": {
                "sexual": ("Sexual exploitation", "Sexual"),
                "forced_labour": ("Labour exploitation", "Forced labour", "Labour"),
                "forced_criminality": (
                    "Criminal exploitation",
                    "Forced criminality",
                    "Forced cannabis cultivation",
                ),
                "organ_removal": ("Organ harvesting",),
                "forced_marriage": ("Forced marriage",),
                "other": ("Other",),
                "unknown": ("Not known", "Unclear"),
                "n/a": ("", "N/A", "n/a"),
            },
            "gender": {
                "female": ("Female", "F", "Women"),
                "male": ("Male", "M", "Men"),
                "mixed": ("Mixed", "M/F", "Male & female"),
                "unknown": ("Not recorded", "n/k"),
            },
            "age_group": {
                "child": ("Under 18", "U18", "Minor", "Child"),
                "adult": ("Adult", "18+", "Adults"),
                "mixed": ("Mixed", "Adults & minors"),
                "unknown": ("n/k", "Age disputed", "Not recorded"),
            },
            "transport_mode": {
                "sea": ("Small boat", "Vessel", "Stowaway (vessel)", "Sea"),
                "land": ("Lorry", "HGV", "Vehicle", "Land"),
                "air": ("Air", "Flight"),
                "unknown": ("n/k", "Not known"),
            },
        },
        offences={
            "document_fraud": ("Document fraud", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Controlled drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        day_styles=(("excel", 0.72), ("dmy", 0.14), ("long_en", 0.14)),
        partial_styles=(("month_en", 0.5), ("q_en", 0.5)),
        partial_rate=0.08,
        country_styles=(
            ("name", 0.46),
            ("demonym", 0.22),
            ("alias", 0.1),
            ("iso2", 0.06),
            ("upper", 0.06),
            ("typo", 0.05),
            ("lower", 0.05),
        ),
        detection_styles=(
            ("alias", 0.45),
            ("name", 0.3),
            ("iso2", 0.1),
            ("constituent", 0.1),
            ("upper", 0.05),
        ),
        transit_seps=(" > ", ", "),
        offence_seps=("; ", ", ", " / "),
        direct=("", "Direct", "direct"),
        coords="float",
        no_place=("",),
        count_words=True,
        thousands=(",",),
        zero_words=("Nil", "None"),
        placeholders=("n/k", "TBC"),
        no_country=("n/k", "Not stated"),
        numbers=True,
        case_rate=0.05,
    ),
)

_CDA = Yard(
    source="chantiers_atlantique_surete",
    filename="chantiers_atlantique_surete_ma.csv",
    ref="CDA/SUR/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
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
    note="NB : extraction provisoire GMAO sûreté - données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("traite des êtres humains", "TEH", "traite"),
                "smuggling": (
                    "aide à l'entrée irrégulière",
                    "aide à l'entrée et au séjour irréguliers",
                    "trafic de migrants",
                ),
                "both": ("TEH et aide à l'entrée irrégulière", "traite + trafic de migrants"),
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
                "unknown": ("non déterminée", "NR"),
                "n/a": ("", "sans objet", "SO"),
            },
            "gender": {
                "female": ("F", "femme(s)", "féminin"),
                "male": ("H", "homme(s)", "masculin"),
                "mixed": ("H/F", "mixte", "hommes et femmes"),
                "unknown": ("NR", "non renseigné"),
            },
            "age_group": {
                "child": ("mineur", "mineurs", "MNA"),
                "adult": ("majeur", "majeurs", "adulte"),
                "mixed": ("majeurs et mineurs", "mixte"),
                "unknown": ("NR", "âge indéterminé"),
            },
            "transport_mode": {
                "sea": ("maritime", "navire", "embarcation", "small boat"),
                "land": ("routier", "poids lourd", "PL", "camion"),
                "air": ("aérien", "avion"),
                "unknown": ("NR", "inconnu"),
            },
        },
        offences={
            "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "trafic de stupéfiants"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        day_styles=(("dmy", 0.82), ("dmy2", 0.08), ("long_fr", 0.1)),
        partial_styles=(("month_fr", 0.35), ("month_num", 0.2), ("q_fr", 0.45)),
        partial_rate=0.09,
        country_styles=(
            ("name", 0.5),
            ("demonym", 0.15),
            ("upper", 0.1),
            ("mojibake", 0.08),
            ("alias", 0.05),
            ("iso2", 0.04),
            ("typo", 0.04),
            ("lower", 0.04),
        ),
        detection_styles=(("name", 0.7), ("upper", 0.15), ("iso3", 0.1), ("iso2", 0.05)),
        transit_seps=(" - ", ", ", " / "),
        offence_seps=(", ", " / ", " + "),
        direct=("", "", "direct"),
        coords="comma",
        no_place=("",),
        count_words=True,
        thousands=("\u00a0", " "),
        zero_words=("aucun", "néant"),
        placeholders=("NC", "inconnu"),
        no_country=("NR", "inconnue"),
        numbers=False,
        case_rate=0.06,
    ),
)

_NAV = Yard(
    source="navantia_cumplimiento",
    filename="navantia_cumplimiento_ma.csv",
    ref="NAV-CN/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha detección",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas afectadas",
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
    note="Nota: datos provisionales. Uso interno - Cumplimiento Normativo",
    total="TOTAL",
    bad_count=("varios", "ver atestado"),
    repeats=False,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
                "smuggling": (
                    "Favorecimiento de la inmigración ilegal",
                    "Tráfico ilícito de migrantes",
                    "Art. 318 bis CP",
                ),
                "both": ("Trata y tráfico de migrantes", "TSH + 318 bis"),
            },
            "exploitation": {
                "sexual": ("Explotación sexual", "Sexual"),
                "forced_labour": ("Explotación laboral", "Laboral", "Trabajo forzoso"),
                "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
                "organ_removal": ("Extracción de órganos",),
                "forced_marriage": ("Matrimonio forzado",),
                "other": ("Otras",),
                "unknown": ("No consta",),
                "n/a": ("", "No procede"),
            },
            "gender": {
                "female": ("Mujer", "M", "Femenino"),
                "male": ("Hombre", "H", "Varón"),
                "mixed": ("Mixto", "Ambos", "H/M"),
                "unknown": ("No consta",),
            },
            "age_group": {
                "child": ("Menor", "Menor de edad", "Menor no acompañado"),
                "adult": ("Adulto", "Mayor de edad"),
                "mixed": ("Mixto", "Adultos y menores"),
                "unknown": ("No consta", "Pendiente de determinación de edad"),
            },
            "transport_mode": {
                "sea": ("Marítimo", "Patera", "Cayuco", "Polizón en buque", "Embarcación"),
                "land": ("Terrestre", "Camión", "Vehículo", "A pie"),
                "air": ("Aéreo", "Avión"),
                "unknown": ("No consta",),
            },
        },
        offences={
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
        day_styles=(("dotted", 0.72), ("dmy", 0.2), ("short_es", 0.08)),
        partial_styles=(("month_es", 0.5), ("q_es", 0.5)),
        partial_rate=0.07,
        country_styles=(
            ("name", 0.5),
            ("demonym", 0.15),
            ("upper", 0.1),
            ("iso2", 0.08),
            ("alias", 0.06),
            ("typo", 0.05),
            ("lower", 0.06),
        ),
        detection_styles=(("name", 0.6), ("upper", 0.15), ("iso2", 0.12), ("place", 0.13)),
        transit_seps=(" - ", ", "),
        offence_seps=("; ", " / "),
        direct=("",),
        coords="comma",
        no_place=("",),
        count_words=False,
        thousands=(".",),
        zero_words=("ninguno",),
        placeholders=("s/d", "pendiente"),
        no_country=("No consta",),
        numbers=False,
        case_rate=0.05,
    ),
)

_BALBOA = Yard(
    source="astillero_balboa",
    filename="astillero_balboa_ma.xlsx",
    ref="ABB-PBIP-{yy:02d}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Reporte",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "coordinates": "Posición (lat, long)",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: cifras preliminares, sujetas a verificación",
    total="Total general",
    bad_count=("varios", "grupo"),
    repeats=True,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("Trata de personas", "Trata"),
                "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
                "both": ("Trata y tráfico",),
            },
            "exploitation": {
                "sexual": ("Explotación sexual", "Sexual"),
                "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
                "forced_criminality": ("Actividades delictivas forzadas",),
                "organ_removal": ("Extracción de órganos",),
                "forced_marriage": ("Matrimonio forzado",),
                "other": ("Otra",),
                "unknown": ("Por determinar",),
                "n/a": ("", "N/A"),
            },
            "gender": {
                "female": ("Femenino", "F", "Mujeres"),
                "male": ("Masculino", "M", "Hombres"),
                "mixed": ("Mixto", "Ambos sexos"),
                "unknown": ("N/D",),
            },
            "age_group": {
                "child": ("NNA", "Menores de edad", "Menor"),
                "adult": ("Adultos", "Adulto"),
                "mixed": ("Adultos y NNA", "Mixto"),
                "unknown": ("N/D", "Sin dato"),
            },
            "transport_mode": {
                "land": ("Terrestre", "A pie"),
                "sea": ("Marítimo", "Lancha"),
                "air": ("Aéreo",),
                "unknown": ("N/D",),
            },
        },
        offences={
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción de servidores públicos", "Corrupción"),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
        day_styles=(("excel", 0.6), ("serial", 0.16), ("dmy", 0.16), ("long_es", 0.08)),
        partial_styles=(("month_es_de", 0.5), ("q_roman", 0.5)),
        partial_rate=0.07,
        country_styles=(
            ("name", 0.55),
            ("demonym", 0.15),
            ("alias", 0.1),
            ("upper", 0.08),
            ("iso3", 0.04),
            ("typo", 0.04),
            ("lower", 0.04),
        ),
        detection_styles=(("name", 0.75), ("upper", 0.15), ("iso2", 0.1)),
        transit_seps=(", ", " / "),
        offence_seps=(", ", " / "),
        direct=("",),
        coords="pair",
        no_place=("", "N/D"),
        count_words=False,
        thousands=(",",),
        zero_words=("Ninguno", "ninguno"),
        placeholders=("N/D", "Por determinar"),
        no_country=("N/D", "Sin dato"),
        numbers=True,
        case_rate=0.05,
    ),
)

_HRAS = Yard(
    source="human_rights_at_sea",
    filename="human_rights_at_sea_ma.jsonl",
    ref="HRAS-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "location_country",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "coordinates": "position",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (all cases)",
    bad_count=("several", "dozens"),
    repeats=False,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("human_trafficking", "trafficking"),
                "smuggling": ("people_smuggling", "smuggling_of_migrants"),
                "both": ("trafficking_and_smuggling",),
            },
            "exploitation": {
                "sexual": ("sexual_exploitation", "sexual"),
                "forced_labour": ("forced_labour", "labour_exploitation", "debt_bondage"),
                "forced_criminality": ("forced_criminality",),
                "organ_removal": ("organ_removal",),
                "forced_marriage": ("forced_marriage",),
                "other": ("other",),
                "unknown": ("unknown",),
                "n/a": ("",),
            },
            "gender": {
                "female": ("female", "F"),
                "male": ("male", "M"),
                "mixed": ("mixed",),
                "unknown": ("unknown", "not_recorded"),
            },
            "age_group": {
                "child": ("minor", "child"),
                "adult": ("adult",),
                "mixed": ("mixed",),
                "unknown": ("unknown",),
            },
            "transport_mode": {
                "sea": ("sea", "vessel", "small_boat"),
                "land": ("land", "overland"),
                "air": ("air",),
                "unknown": ("unknown",),
            },
        },
        offences={
            "document_fraud": ("document fraud", "false documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "contraband"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        day_styles=(("iso", 0.82), ("iso_z", 0.1), ("long_en", 0.08)),
        partial_styles=(("month_iso", 0.5), ("q_iso", 0.5)),
        partial_rate=0.07,
        country_styles=(("iso3", 0.7), ("iso2", 0.15), ("name", 0.1), ("numeric", 0.05)),
        detection_styles=(("iso3", 0.7), ("iso2", 0.2), ("name", 0.1)),
        transit_seps=(" > ",),
        offence_seps=("; ",),
        direct=("", "direct"),
        coords="ddm",
        no_place=("", "not reported"),
        count_words=False,
        thousands=(),
        zero_words=("none",),
        placeholders=("unknown",),
        no_country=("unknown",),
        numbers=True,
        case_rate=0.0,
    ),
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Yard, ...] = (_HW, _CDA, _NAV, _BALBOA, _HRAS)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weighted: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in weighted], dtype=float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _word(rng: _Rng, variants: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, another variant otherwise."""
    if len(variants) == 1 or rng.random() < 0.6:
        return variants[0]
    return choice(rng, variants[1:])


def _noisy(src: Yard, text: str, rng: _Rng) -> tuple[str, bool]:
    """Odd case or stray spaces in ``case_rate`` of the cells (the meaning stays)."""
    if not text or rng.random() >= src.wording.case_rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}  ", f"{text} ")[kind]
    return out, out != text


def _day_text(style: str, ts: pd.Timestamp, lang: str) -> object:
    month = _MONTH_NAMES[lang][ts.month - 1]
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dotted":
        return ts.strftime("%d.%m.%Y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_z":
        return ts.strftime("%Y-%m-%d") + f"T{8 + ts.day % 10:02d}:{ts.day_of_year % 60:02d}:00Z"
    if style == "long_en":
        return f"{ts.day} {month} {ts.year}"
    if style == "long_fr":
        return f"{'1er' if ts.day == 1 else ts.day} {month} {ts.year}"
    if style == "long_es":
        return f"{ts.day} de {month} de {ts.year}"
    if style == "short_es":
        return f"{ts.day:02d}-{month[:3]}-{ts.year}"
    raise KeyError(style)


def _partial_text(style: str, ts: pd.Timestamp, lang: str) -> tuple[str, str]:
    month = _MONTH_NAMES[lang][ts.month - 1]
    q = ts.quarter
    texts = {
        "month_en": (f"{month} {ts.year}", "month"),
        "month_fr": (f"{month} {ts.year}", "month"),
        "month_num": (ts.strftime("%m/%Y"), "month"),
        "month_es": (f"{month} {ts.year}", "month"),
        "month_es_de": (f"{month} de {ts.year}", "month"),
        "month_iso": (ts.strftime("%Y-%m"), "month"),
        "q_en": (f"Q{q} {ts.year}", "quarter"),
        "q_fr": (f"T{q} {ts.year}", "quarter"),
        "q_es": (f"{q}T {ts.year}", "quarter"),
        "q_roman": (f"{_ROMAN[q - 1]} trimestre {ts.year}", "quarter"),
        "q_iso": (f"{ts.year}-Q{q}", "quarter"),
    }
    return texts[style]


def _date_cell(
    src: Yard, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    w = src.wording
    if partial_ok and rng.random() < w.partial_rate:
        text, prec = _partial_text(_draw(rng, w.partial_styles), ts, src.language)
        start = ts.to_period("M" if prec == "month" else "Q").start_time
        return text, start, prec, ["partial_date"]
    style = _draw(rng, w.day_styles)
    tags = ["excel_serial"] if style == "serial" else []
    if style in ("long_en", "long_fr", "long_es", "short_es"):
        tags.append("month_name_date")
    return _day_text(style, ts, src.language), ts.normalize(), "day", tags


def _bad_date(src: Yard, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date a careful analyst cannot use, written in the agency's style."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # one key slipped in the year: 2023 -> 2123
        slipped = ts.replace(year=ts.year + 100)
        style = src.wording.day_styles[0][0]
        return _day_text(style if style != "serial" else "dmy", slipped, src.language)
    # an impossible day of the right month (or of February)
    month = ts.month
    day = 31 if month in (4, 6, 9, 11) else 30 if month == 2 else 32
    style = src.wording.day_styles[0][0]
    if src.format == "jsonl":
        return f"{ts.year}-{month:02d}-{day:02d}"
    if style == "dotted":
        return f"{day:02d}.{month:02d}.{ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Yard, last: pd.Timestamp) -> object:
    """Return the date of the extraction, written on the note row."""
    day = last + pd.Timedelta(days=3)
    style = src.wording.day_styles[0][0]
    return _day_text("dmy" if style == "serial" else style, day, src.language)


def _country(src: Yard, iso: str, col: str, rng: _Rng, hotspot: str) -> tuple[str, str | None]:
    """Write one country as the agency does; return (text, tag of the form used)."""
    lang = src.language
    w = src.wording
    style = _draw(rng, w.detection_styles if col == "detection_country" else w.country_styles)
    name = _NAMES[iso][_LANG[lang]]
    if style == "demonym" and col == "nationality" and iso in _DEMONYMS[lang]:
        return _DEMONYMS[lang][iso], "demonym"
    if style == "alias" and iso in _ALIASES[lang]:
        return choice(rng, _ALIASES[lang][iso]), "alias"
    if style == "typo" and iso in _TYPOS[lang]:
        return _TYPOS[lang][iso], "typo"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    if style == "constituent" and iso == "GBR":
        return ("Scotland" if hotspot == "Glasgow" else "England"), "constituent"
    if style == "place" and iso == "ESP":
        for key, place in (
            ("Ceuta", "Ceuta"),
            ("Melilla", "Melilla"),
            ("Canaria", "Canarias"),
            ("Tenerife", "Canarias"),
            ("Hierro", "Canarias"),
            ("Lanzarote", "Canarias"),
            ("Almer", "Almería"),
            ("Huelva", "Huelva"),
        ):
            if key in hotspot:
                return f"{name} ({place})", "place"
        return name, None
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "upper":
        return name.upper(), None
    if style == "lower":
        return name.lower(), None
    return name, None


def _transit(src: Yard, value: str | None, rng: _Rng) -> tuple[str | None, list[str]]:
    w = src.wording
    if value is None:
        word = choice(rng, w.direct)
        return (word or None), (["direct_word:transit_countries"] if word else [])
    style = _draw(rng, tuple((s, p) for s, p in w.country_styles if s != "demonym"))
    sep = choice(rng, w.transit_seps)
    parts = []
    tags: list[str] = []
    for iso in value.split("|"):
        lang = src.language
        name = _NAMES[iso][_LANG[lang]]
        if style == "iso2":
            parts.append(iso_codes(iso)[0])
        elif style in ("iso3", "numeric"):
            parts.append(iso)
        elif style == "upper":
            parts.append(name.upper())
        elif style == "typo" and iso in _TYPOS[lang]:
            parts.append(_TYPOS[lang][iso])
            tags.append("typo:transit_countries")
        else:
            parts.append(name)
    return sep.join(parts), sorted(set(tags))


def _count(src: Yard, n: int, rng: _Rng) -> tuple[object, list[str]]:
    w = src.wording
    if w.count_words and 1 <= n <= 10 and rng.random() < 0.06:
        return _NUMBER_WORDS[src.language][n - 1], ["count_word"]
    if n >= 1000 and w.thousands and rng.random() < 0.6:
        return f"{n // 1000}{choice(rng, w.thousands)}{n % 1000:03d}", ["thousands:n_persons"]
    return (n if w.numbers else str(n)), []


def _coords(
    src: Yard, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    w = src.wording
    pair = "coordinates" in src.headers
    if blank:
        return ({"coordinates": None} if pair else {}), None, None, ["blank_coordinates"]
    if rng.random() < 0.04:
        word = choice(rng, w.no_place)
        tag = "coords_placeholder" if word else "coords_missing"
        cells: dict[str, object] = {"coordinates": word or None} if pair else {}
        return cells, None, None, [tag]
    if w.coords == "float":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, []
    if w.coords == "comma":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            ["decimal_comma"],
        )
    if w.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []

    def ddm(value: float, pos: str, neg: str, width: int) -> str:
        hemi = pos if value >= 0 else neg
        a = abs(value)
        deg = int(a)
        minutes = round((a - deg) * 60, 3)
        if minutes >= 60:
            deg, minutes = deg + 1, 0.0
        return f"{deg:0{width}d}°{minutes:06.3f}'{hemi}"

    text = f"{ddm(lat, 'N', 'S', 2)} {ddm(lon, 'E', 'W', 3)}"
    return {"coordinates": text}, lat, lon, ["ddm"]


def _render(
    src: Yard,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    w = src.wording
    words = w.words
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    hotspot = str(ev.get("hotspot") or "")

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, words["crime_type"][crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = choice(rng, words["exploitation"]["n/a"]) or None
        exp["exploitation"] = None
    elif rng.random() < 0.02:
        cells["exploitation"] = choice(rng, words["exploitation"]["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, w.placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n_persons, rng)
        exp["n_persons"] = n_persons
        tags += t

    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.placeholders), None
        tags.append("suspects_placeholder")
    elif n_suspects == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = n_suspects if w.numbers else str(n_suspects)
        exp["n_suspects"] = n_suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, words["gender"]["unknown"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, words["gender"][gender])
        exp["gender"] = gender
        if src.source == "navantia_cumplimiento" and cells["gender"] in ("H", "M"):
            tags.append("gender_code")

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, words[col]["unknown"]), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(rng, words[col][value]), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col] = choice(rng, w.no_country)
            exp[col] = None
            tags.append("blank_nationality")
            continue
        text, form = _country(src, str(iso), col, rng, hotspot)
        if form is not None:
            tags.append(f"{form}:{col}")
        cells[col], exp[col] = text, iso

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)  # type: ignore[arg-type]
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    c, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng, forced_blank == "coordinates")
    cells.update(c)
    tags += t

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        sep = choice(rng, w.offence_seps)
        cells["linked_offences"] = sep.join(
            _word(rng, w.offences[o]) for o in str(offences).split("|")
        )
    exp["linked_offences"] = offences

    noisy_cols = (*_VOCAB_COLUMNS, "nationality", "origin_country", "destination_country")
    for col in (*noisy_cols, "detection_country", "transit_countries"):
        cell = cells.get(col)
        if isinstance(cell, str) and f"mojibake:{col}" not in tags:
            cells[col], changed = _noisy(src, cell, rng)
            if changed:
                tags.append(f"case:{col}")
    return cells, exp, tags


#: The variant: who first reports which event, who may report it again, how they write.
EXAMINER: Examiner[Yard] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "harland_wolff_security",
        "FRA": "chantiers_atlantique_surete",
        "ESP": "navantia_cumplimiento",
        "PAN": "astillero_balboa",
    },
    compilation="human_rights_at_sea",
    secondary={
        ("channel", "FRA"): "harland_wolff_security",
        ("channel", "GBR"): "chantiers_atlantique_surete",
        ("thb_vnm_gbr", "GBR"): "human_rights_at_sea",
        ("thb_rou_esp", "ITA"): "navantia_cumplimiento",
        ("thb_rou_esp", "ESP"): "human_rights_at_sea",
        ("watl", "ESP"): "human_rights_at_sea",
        ("darien", "PAN"): "human_rights_at_sea",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3370337,
    blank_share=0.3,
)


def make_blind337(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind337`` examiner set (files ``*_ma.*``).

    Harland & Wolff's Group Security reports the events detected in the United Kingdom,
    Chantiers de l'Atlantique's sûreté those in France, Navantia's compliance unit those
    in Spain, Astillero Balboa's port security those in Panama, and Human Rights at Sea
    compiles every other one. About 4 % of the events are reported a second time by
    another of them (Channel crossings by the yard on the other shore; Romanian workers
    in Italian yards by Navantia; Vietnamese, Romanian, Atlantic and Darién cases by
    Human Rights at Sea), a day earlier or later and in its own wording; a third of those
    second reports leave one field blank. Bad rows of every quarantine reason, note and
    total rows and, in the two spreadsheets, re-sent rows (exact repeats) are planted.

    What a careful analyst reads is what the truth expects: demonyms, aliases, codes,
    typos, UK nations, Spanish places and garbled names give the country; ``H``/``M`` is
    hombre/mujer at Navantia and ``M``/``F`` masculino/femenino at Balboa; a month or
    quarter gives its first day; words for "not known" give no value (tags
    ``count_placeholder``, ``suspects_placeholder``, ``blank_*``, ``na_word``); words for
    "none" give 0 suspects (``zero_word``); vague counts ("several") are bad counts.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``harland_wolff_security_ma.xlsx`` (English), ``chantiers_atlantique_surete_ma.csv``
        (French, cp1252, ``;``), ``navantia_cumplimiento_ma.csv`` (Spanish, UTF-16,
        tab), ``astillero_balboa_ma.xlsx`` (Spanish) and ``human_rights_at_sea_ma.jsonl``
        (English keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind337(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['harland_wolff_security_ma.xlsx', 'chantiers_atlantique_surete_ma.csv',
     'navantia_cumplimiento_ma.csv', 'astillero_balboa_ma.xlsx',
     'human_rights_at_sea_ma.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:3]]
    [('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº expediente', 'Fecha detección', 'Tipología']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
