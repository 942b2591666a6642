"""Held-out examiner set ``blind398`` (files ``*_oj.*``): restaurant franchise desks.

Five sources never used before in the project, all of them compliance, HR or
ethical-sourcing desks of restaurant and takeaway franchises (or the anti-slavery
service such franchises buy in), each writing the way its own case log exports:

``dpg_uk_modern_slavery_oj.csv``
    Domino's Pizza Group (UK & Ireland), Modern Slavery and Ethical Trading team.
    English, UTF-8 with BOM, ``,``; day-first dates (``17/05/2023``, ``17 May 2023``);
    nationalities as demonyms (``Vietnamese``); the site country as ``England`` or
    ``Scotland``; counts of small teams sometimes in words; ``lat, long`` in one cell.
``groupe_bertrand_vigilance_oj.csv``
    Groupe Bertrand (Burger King France, Au Bureau, ...), Direction Conformité, devoir
    de vigilance. French, cp1252, ``;``, CRLF; ``17/05/2023`` and month-only ``mai
    2023``; decimal commas; ``1 200`` with a (no-break) space; some rows pasted from a
    UTF-8 portal and garbled (mojibake); a re-sent monthly extract (exact repeats).
``telepizza_cumplimiento_oj.xlsx``
    Food Delivery Brands (Telepizza), Cumplimiento Normativo, Canal Ético. Spanish
    XLSX: real Excel dates, a few typed ``17/05/2023`` or quarter-only ``T2 2023``;
    nationality as gentilicio agreeing with the sex (``rumana``); ``1.200``.
``arcos_dorados_nolad_oj.csv``
    Arcos Dorados (McDonald's franchisee), División Norte de Latinoamérica (Mexico,
    Panama), Línea Ética. Spanish, saved from Excel as "Texto Unicode": UTF-16 with
    BOM, tab-delimited; ``17/05/2023``, Excel serials and ``17-may-2023``; GPS points
    in degrees, minutes and seconds; ``EUA`` for the United States; ``NNA`` for minors.
``slave_free_alliance_oj.jsonl``
    Slave-Free Alliance (Hope for Justice), the compilation of its member companies'
    cases everywhere no desk above reports (Italy, Greece, Croatia, Poland): English
    keys, ISO codes (alpha-3, alpha-2, a few UN M49 numbers), ISO dates with month- or
    quarter-only ones, transit countries and offences as JSON arrays.

Only plain Python runs over the events: the sets are a few thousand rows.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND398", "SOURCES", "Desk", "make_blind398"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's 1900 date system

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
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")

_NUMBER_WORDS = (
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
)

#: English demonyms (what a UK HR system's nationality pick-list holds).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MKD": "North Macedonian",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "PAN": "Panamanian",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "USA": "American",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: Misspelt English demonyms seen in free-typed HR fields.
_DEMONYM_EN_TYPO: dict[str, str] = {
    "AFG": "Afgan",
    "ALB": "Albanain",
    "ERI": "Eritrian",
    "IRQ": "Iraqui",
    "SYR": "Syrain",
    "VNM": "Vietnamise",
}
#: Spanish gentilicios: (masculine, feminine).
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "AUT": ("austriaco", "austriaca"),
    "BGD": ("bangladesí", "bangladesí"),
    "BGR": ("búlgaro", "búlgara"),
    "BIH": ("bosnio", "bosnia"),
    "BLR": ("bielorruso", "bielorrusa"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DEU": ("alemán", "alemana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "ESP": ("español", "española"),
    "FRA": ("francés", "francesa"),
    "GBR": ("británico", "británica"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GRC": ("griego", "griega"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HRV": ("croata", "croata"),
    "HTI": ("haitiano", "haitiana"),
    "HUN": ("húngaro", "húngara"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "ITA": ("italiano", "italiana"),
    "LBY": ("libio", "libia"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MKD": ("macedonio", "macedonia"),
    "MLI": ("maliense", "maliense"),
    "MRT": ("mauritano", "mauritana"),
    "NER": ("nigerino", "nigerina"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "PAN": ("panameño", "panameña"),
    "POL": ("polaco", "polaca"),
    "ROU": ("rumano", "rumana"),
    "RUS": ("ruso", "rusa"),
    "SEN": ("senegalés", "senegalesa"),
    "SRB": ("serbio", "serbia"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "USA": ("estadounidense", "estadounidense"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
#: Other names a clerk of each language uses for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "MKD": ("Macédoine",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "USA": ("EUA", "EE. UU.", "Estados Unidos de América"),
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "MKD": ("Macedonia",),
        "ROU": ("Rumania",),
    },
}
#: Small slips of typing in each language (a careful reader still knows the country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ALB": "Albaina",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "SYR": "Syira",
        "EGY": "Eygpt",
        "PAK": "Pakistain",
        "ITA": "Itlay",
        "ROU": "Romainia",
        "NGA": "Nigreia",
        "FRA": "Farnce",
        "DEU": "Germnay",
        "BGD": "Bangledesh",
        "TUN": "Tunsia",
        "SEN": "Senagal",
        "MAR": "Morrocco",
        "DZA": "Algeira",
        "TUR": "Turky",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "ALB": "Albani",
        "IRQ": "Iraq",
        "SYR": "Syire",
        "DEU": "Allemange",
        "GBR": "Royaume Uni",
        "IRN": "Irann",
        "VNM": "Viet-nam",
        "EGY": "Egypte",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senegall",
        "MLI": "Mali",
        "GIN": "Guniea",
        "VEN": "Venezeula",
        "ECU": "Ecudor",
        "COL": "Colomiba",
        "HTI": "Haiti",
        "GTM": "Guatamala",
        "HND": "Hondura",
        "MEX": "Mejico",
        "DZA": "Argelía",
        "CIV": "Costa Marfil",
        "USA": "Estados Unido",
        "ROU": "Rumanía ",
    },
}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One franchise desk: the shared source fields plus its own way of writing.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> written forms.
    not_applicable : tuple
        Exploitation cell of a pure smuggling row (``None`` = left blank).
    unknown : tuple of str
        Words the desk writes for a value it does not know.
    zero : tuple of str
        Words for "no suspect".
    placeholder : tuple of str
        Count cells meaning "not known yet".
    names : str
        Language of the country names (``"en"``, ``"fr"``, ``"es"``).
    country_style, nationality_style, detection_style : mapping
        Style -> weight: ``name``, ``upper``, ``alias``, ``typo``, ``iso2``, ``iso3``,
        ``numeric``, ``demonym``, ``demonym_typo``.
    detection_words : mapping
        ISO alpha-3 code (or ``"CODE:hotspot"``) -> the desk's words for the place.
    transit_sep, offence_sep : str
        Separator of a list cell (``""`` = a JSON array).
    date_style, partial_style : mapping
        Style -> weight of full and of month- or quarter-only dates.
    partial_share : float
        Share of rows (outside duplicated events) dated by month or quarter only.
    coord_style : str
        ``"pair"`` (``lat, lon``), ``"comma"`` (decimal comma, two cells), ``"number"``
        (two numbers) or ``"dms"`` (degrees, minutes, seconds in one cell).
    thousands : tuple of str
        Thousands separators written in counts of 1,000 or more (empty: none).
    count_words : bool
        Whether small counts are sometimes spelt out (``three``).
    mojibake_rate : float
        Share of rows pasted in garbled from a UTF-8 export.
    case_rate : float
        Share of text cells with stray case or spaces.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_applicable: tuple[str | None, ...]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    placeholder: tuple[str, ...]
    names: str
    country_style: Mapping[str, float]
    nationality_style: Mapping[str, float]
    detection_style: Mapping[str, float]
    detection_words: Mapping[str, tuple[str, ...]]
    transit_sep: str
    offence_sep: str
    date_style: Mapping[str, float]
    partial_style: Mapping[str, float]
    partial_share: float
    coord_style: str
    thousands: tuple[str, ...]
    count_words: bool
    mojibake_rate: float
    case_rate: float


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_DPG = Desk(
    source="dpg_uk_modern_slavery",
    filename="dpg_uk_modern_slavery_oj.csv",
    ref="MS-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "crime_type": "Concern category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of workers affected",
        "n_suspects": "Alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route to UK (via)",
        "transport_mode": "Mode of arrival",
        "detection_country": "Site country",
        "coordinates": "Site lat/long",
        "linked_offences": "Associated offences",
    },
    note="Note: provisional extract of the Ethical Trading case log - do not forward",
    total="Total",
    bad_count=("several", "multiple", "see case notes"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Modern slavery (trafficking)", "Human trafficking"),
            "smuggling": ("People smuggling", "Facilitated illegal entry"),
            "both": ("Modern slavery + smuggling", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
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
            "child": ("Under 18", "Child", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Sea"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Forged right-to-work documents", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs (cannabis)", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=(None, None, "N/A", "n/a"),
    unknown=("Not known", "Not recorded", "Unknown"),
    zero=("None identified", "Nil", "None"),
    placeholder=("TBC", "Not known"),
    names="en",
    country_style={"name": 0.75, "alias": 0.08, "typo": 0.05, "upper": 0.06, "iso2": 0.06},
    nationality_style={"demonym": 0.8, "name": 0.1, "demonym_typo": 0.06, "upper": 0.04},
    detection_style={"name": 1.0},
    detection_words={
        "GBR": ("England", "England", "UK", "United Kingdom", "GB"),
        "GBR:Glasgow": ("Scotland", "Scotland", "UK", "United Kingdom"),
        "FRA": ("France", "France", "FR"),
    },
    transit_sep=", ",
    offence_sep="; ",
    date_style={"dmy": 0.75, "long_en": 0.25},
    partial_style={},
    partial_share=0.0,
    coord_style="pair",
    thousands=(",",),
    count_words=True,
    mojibake_rate=0.0,
    case_rate=0.04,
)

_BERTRAND = Desk(
    source="groupe_bertrand_vigilance",
    filename="groupe_bertrand_vigilance_oj.csv",
    ref="GB-CS{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Nature du signalement",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb salariés concernés",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode d'arrivée",
        "detection_country": "Pays des faits",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Nota : extraction provisoire du registre de vigilance, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "cf. rapport"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants (passeurs)",
            ),
            "both": ("TEH et aide au séjour irrégulier", "Traite + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Conditions de travail indignes"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre forme",),
        },
        "gender": {
            "male": ("Homme", "H", "Hommes"),
            "female": ("Femme", "F", "Femmes"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur", "MNA", "Mineurs"),
            "adult": ("Majeur", "Adulte", "Majeurs"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Voie maritime"),
            "land": ("Poids lourd", "Voiture", "Voie terrestre"),
            "air": ("Avion", "Voie aérienne"),
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
    not_applicable=(None, "Sans objet", "SO"),
    unknown=("Inconnu", "NC", "Non renseigné"),
    zero=("Aucun", "néant"),
    placeholder=("À confirmer", "NC"),
    names="fr",
    country_style={"name": 0.76, "upper": 0.08, "iso2": 0.05, "typo": 0.06, "alias": 0.05},
    nationality_style={"name": 0.8, "upper": 0.08, "typo": 0.06, "iso2": 0.06},
    detection_style={"name": 1.0},
    detection_words={
        "FRA": ("France", "France", "FRANCE", "FR"),
        "GBR": ("Royaume-Uni", "Angleterre", "UK"),
    },
    transit_sep=" / ",
    offence_sep=", ",
    date_style={"dmy": 1.0},
    partial_style={"month_fr": 1.0},
    partial_share=0.05,
    coord_style="comma",
    thousands=("\u00a0", " "),
    count_words=False,
    mojibake_rate=0.06,
    case_rate=0.04,
)

_TELEPIZZA = Desk(
    source="telepizza_cumplimiento",
    filename="telepizza_cumplimiento_oj.xlsx",
    ref="CE/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "detection_country": "País detección",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales extraídos del Canal Ético",
    total="Total",
    bad_count=("varios", "un grupo", "ver informe"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Trata y tráfico de migrantes",),
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
            "male": ("Varón", "Hombre"),
            "female": ("Mujer",),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor", "Menor no acompañado"),
            "adult": ("Mayor de edad", "Adulto"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática", "Marítimo"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "air": ("Vuelo", "Aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    not_applicable=(None, "No aplica"),
    unknown=("Desconocido", "Sin datos", "s/d"),
    zero=("Ninguno", "ninguno"),
    placeholder=("Pendiente", "Por determinar"),
    names="es",
    country_style={"name": 0.78, "upper": 0.05, "iso2": 0.04, "typo": 0.08, "alias": 0.05},
    nationality_style={"demonym": 0.75, "name": 0.2, "iso2": 0.05},
    detection_style={"name": 1.0},
    detection_words={"ESP": ("España", "España", "ESPAÑA", "ES")},
    transit_sep=" - ",
    offence_sep=" / ",
    date_style={"excel": 0.88, "dmy": 0.12},
    partial_style={"quarter_es": 1.0},
    partial_share=0.04,
    coord_style="number",
    thousands=(".",),
    count_words=False,
    mojibake_rate=0.0,
    case_rate=0.03,
)

_NOLAD = Desk(
    source="arcos_dorados_nolad",
    filename="arcos_dorados_nolad_oj.csv",
    ref="LE-NOLAD-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas involucradas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de desplazamiento",
        "detection_country": "País",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar, sujeta a validación por Cumplimiento",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso", "ver bitácora"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de indocumentados", "Tráfico ilícito de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otro",),
        },
        "gender": {
            "male": ("Masculino", "Hombre"),
            "female": ("Femenino", "Mujer"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("Menor de edad", "NNA"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Tráiler", "Autobús"),
            "sea": ("Lancha", "Marítimo"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Cohecho", "Corrupción"),
            "money_laundering": (
                "Operaciones con recursos de procedencia ilícita",
                "Lavado de dinero",
            ),
            "illicit_goods": ("Narcomenudeo", "Contrabando"),
            "cybercrime": ("Delitos cibernéticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    not_applicable=(None, "N/A"),
    unknown=("Se desconoce", "N/D", "Sin dato"),
    zero=("Ninguno", "ninguno"),
    placeholder=("N/D", "Por confirmar"),
    names="es",
    country_style={"name": 0.55, "upper": 0.25, "iso2": 0.05, "typo": 0.1, "alias": 0.05},
    nationality_style={"demonym": 0.7, "name": 0.2, "upper": 0.1},
    detection_style={"name": 1.0},
    detection_words={
        "PAN": ("Panamá", "PANAMÁ", "PA", "Rep. de Panamá"),
        "USA": ("EUA", "Estados Unidos", "EE. UU.", "USA"),
    },
    transit_sep=", ",
    offence_sep="; ",
    date_style={"dmy": 0.7, "serial": 0.2, "dmy_mon_es": 0.1},
    partial_style={},
    partial_share=0.0,
    coord_style="dms",
    thousands=(",",),
    count_words=False,
    mojibake_rate=0.0,
    case_rate=0.03,
)

_SFA = Desk(
    source="slave_free_alliance",
    filename="slave_free_alliance_oj.jsonl",
    ref="SFA/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "identified_on",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "victims",
        "n_suspects": "suspects",
        "gender": "gender",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "transit_countries": "transit",
        "transport_mode": "mode",
        "detection_country": "country_identified",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking"),
            "smuggling": ("Migrant smuggling",),
            "both": ("Modern slavery and migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual",),
            "forced_labour": ("Labour",),
            "forced_criminality": ("Criminal",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea", "boat"), "land": ("land", "road"), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery / corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=(None,),
    unknown=("not recorded", "unknown"),
    zero=("none",),
    placeholder=("unknown",),
    names="en",
    country_style={"iso3": 0.8, "iso2": 0.12, "name": 0.08},
    nationality_style={"iso3": 0.8, "iso2": 0.1, "name": 0.1},
    detection_style={"iso2": 0.55, "iso3": 0.2, "name": 0.15, "numeric": 0.1},
    detection_words={},
    transit_sep="",
    offence_sep="",
    date_style={"iso": 1.0},
    partial_style={"month_iso": 0.5, "quarter_en": 0.5},
    partial_share=0.15,
    coord_style="number",
    thousands=(),
    count_words=False,
    mojibake_rate=0.0,
    case_rate=0.0,
)

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[Desk, ...] = (_DPG, _BERTRAND, _TELEPIZZA, _NOLAD, _SFA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _int(value: object) -> int:
    return int(float(str(value)))


def _float(value: object) -> float:
    return float(str(value))


def _year_typo(ts: pd.Timestamp) -> pd.Timestamp:
    """Swap the year's 2nd and 3rd digits (2023 -> 2203): a typed date far in the future."""
    y = f"{ts.year:04d}"
    year = int(y[0] + y[2] + y[1] + y[3])
    if year <= ts.year:  # e.g. 2000s: fall back to a century ahead
        year = ts.year + 200
    return ts.replace(year=year, day=min(ts.day, 28))


def _date_cell(src: Desk, ts: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, expected date, precision)."""
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if style == "long_en":
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day"
    if style == "dmy_mon_es":
        return f"{ts.day:02d}-{_MON_ES[ts.month - 1]}-{ts.year}", ts, "day"
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style == "serial":
        return str((ts.normalize() - _EPOCH).days), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "month_fr":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), month, "month"
    if style == "quarter_es":
        return f"T{ts.quarter} {ts.year}", quarter, "quarter"
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
    raise ValueError(f"unknown date style {style!r} of {src.source}")


def _main_date(src: Desk, ts: pd.Timestamp) -> object:
    """Write a date in the desk's usual full style (note rows, bad rows)."""
    style = max(src.date_style, key=lambda k: src.date_style[k])
    return _date_cell(src, ts, style)[0]


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a bad row's date: blank, impossible (``31/02``) or mistyped into the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _main_date(src, _year_typo(ts))
    day, month = choice(rng, ("31-02", "30-02", "31-04", "31-06", "31-09", "31-11")).split("-")
    if src.format == "jsonl":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date the note row on the day of the extract: the month end after the last row."""
    return _main_date(src, last + pd.offsets.MonthEnd(0))


def _country(
    src: Desk, iso: str, style: str, rng: _Rng, *, female: bool = False
) -> tuple[str, str | None]:
    """Write a country as ``style``; return (text, tag kind or None when plain)."""
    iso2, en, fr, es = COUNTRIES[iso][:4]
    name = {"en": en, "fr": fr, "es": es}[src.names]
    if style == "upper":
        return name.upper(), "case"
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso2, "iso2"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "alias" and iso in _ALIASES[src.names]:
        return choice(rng, _ALIASES[src.names][iso]), "alias"
    if style == "typo" and iso in _TYPOS[src.names]:
        return _TYPOS[src.names][iso], "typo"
    if style in ("demonym", "demonym_typo"):
        if src.names == "es":
            masc, fem = _DEMONYM_ES[iso]
            return (fem if female else masc), "demonym"
        if style == "demonym_typo" and iso in _DEMONYM_EN_TYPO:
            return _DEMONYM_EN_TYPO[iso], "typo"
        return _DEMONYM_EN[iso], "demonym"
    return name, None


def _noisy(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Stray case or spaces in ``rate`` of the cells (the meaning stays)."""
    if rate <= 0 or rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    return out, out != text


def _word(src: Desk, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    text, changed = _noisy(choice(rng, src.words[col][value]), rng, src.case_rate)
    if changed:
        tags.append(f"case:{col}")
    return text


def _count(src: Desk, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count as the desk does: a number, ``1 200`` or a small number in words."""
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    if src.count_words and n <= 10 and rng.random() < 0.15:
        tags.append(f"count_word:{col}")
        return _NUMBER_WORDS[n]
    return n if src.format in ("xlsx", "jsonl") else str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{pos if value >= 0 else neg}"


def _coords(src: Desk, lat: float, lon: float) -> dict[str, object]:
    if src.coord_style == "pair":
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}
    if src.coord_style == "dms":
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
    if src.coord_style == "comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(str(ev["event_date"]))
    female = ev["gender"] == "female"

    # date
    style = _draw(rng, src.date_style)
    if partial_ok and src.partial_share > 0 and rng.random() < src.partial_share:
        style = _draw(rng, src.partial_style)
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(src, ts, style)
    if exp["date_precision"] != "day":
        tags.append("partial_date")

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = src.not_applicable[int(rng.integers(len(src.not_applicable)))]
        cells["exploitation"] = na
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    # persons
    n = _int(ev["n_persons"])
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags, "n_persons")
        exp["n_persons"] = n

    # suspects
    s = _int(ev["n_suspects"])
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    elif s == 0 and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, s, rng, tags, "n_suspects"), s

    # sex
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng, tags)
        exp["gender"] = str(ev["gender"])

    # age group and means of travel: "not known" -> unknown
    for col in ("age_group", "transport_mode"):
        r = rng.random()
        if r < 0.025:
            cells[col] = choice(rng, src.unknown) if r < 0.015 else None
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng, tags)
            exp[col] = str(ev[col])

    # nationality
    r = rng.random()
    if forced_blank == "nationality" or r < 0.02:
        cells["nationality"] = None if forced_blank == "nationality" else choice(rng, src.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        nat = str(ev["nationality"])
        text, kind = _country(src, nat, _draw(rng, src.nationality_style), rng, female=female)
        text, changed = _noisy(text, rng, src.case_rate)
        if kind is not None:
            tags.append(f"{kind}:nationality")
        if changed:
            tags.append("case:nationality")
        cells["nationality"], exp["nationality"] = text, nat

    # origin and destination
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        r = rng.random()
        if col not in has or iso is None:
            cells[col], exp[col] = None, None
        elif r < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append(f"unknown:{col}")
        else:
            text, kind = _country(src, str(iso), _draw(rng, src.country_style), rng)
            text, changed = _noisy(text, rng, src.case_rate)
            if kind is not None:
                tags.append(f"{kind}:{col}")
            if changed:
                tags.append(f"case:{col}")
            cells[col], exp[col] = text, str(iso)

    # transit countries, in order
    transit = ev["transit_countries"]
    r = rng.random()
    if transit is None:
        cells["transit_countries"] = [] if src.format == "jsonl" else None
        exp["transit_countries"] = None
    elif r < 0.02:
        cells["transit_countries"] = [] if src.format == "jsonl" else None
        exp["transit_countries"] = None
        tags.append("blank:transit_countries")
    else:
        style = _draw(rng, src.country_style)
        parts = [_country(src, c, style, rng) for c in str(transit).split("|")]
        kinds = {k for _, k in parts if k is not None}
        tags.extend(f"{k}:transit_countries" for k in sorted(kinds))
        texts = [t for t, _ in parts]
        cells["transit_countries"] = texts if src.format == "jsonl" else src.transit_sep.join(texts)
        exp["transit_countries"] = str(transit)

    # where: the desk's country and the site's point
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        local = src.detection_words.get(f"{det}:{ev['hotspot']}") or src.detection_words.get(det)
        if local:
            text = choice(rng, local)
            if text.upper() in (det, COUNTRIES[det][0]):
                tags.append(
                    "iso2:detection_country" if len(text) == 2 else "iso3:detection_country"
                )
            elif text != COUNTRIES[det][{"en": 1, "fr": 2, "es": 3}[src.names]]:
                tags.append("alias:detection_country")
        else:
            text, kind = _country(src, det, _draw(rng, src.detection_style), rng)
            if kind is not None:
                tags.append(f"{kind}:detection_country")
        cells["detection_country"], exp["detection_country"] = text, det
    r = rng.random()
    if forced_blank == "coordinates" or r < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        lat, lon = _float(ev["lat"]), _float(ev["lon"])
        cells.update(_coords(src, lat, lon))
        exp["lat"], exp["lon"] = lat, lon

    # linked offences, in the event's order
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = [] if src.format == "jsonl" else None
        exp["linked_offences"] = None
    else:
        words = [choice(rng, src.words["linked_offences"][o]) for o in str(off).split("|")]
        cells["linked_offences"] = words if src.format == "jsonl" else src.offence_sep.join(words)
        exp["linked_offences"] = str(off)

    # rows pasted from a UTF-8 export read as cp1252
    if src.mojibake_rate > 0 and rng.random() < src.mojibake_rate:
        garbled = False
        for key, value in cells.items():
            if key != "event_date" and isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


#: The variant: five franchise desks; the compilation reports what no desk does.
BLIND398: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _DPG.source,
        "FRA": _BERTRAND.source,
        "ESP": _TELEPIZZA.source,
        "PAN": _NOLAD.source,
        "USA": _NOLAD.source,
    },
    compilation=_SFA.source,
    secondary={
        ("channel", "FRA"): _DPG.source,
        ("channel", "GBR"): _BERTRAND.source,
        ("thb_vnm_gbr", "GBR"): _SFA.source,
        ("thb_rou_esp", "ESP"): _SFA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=398,
    blank_share=0.3,
)


def make_blind398(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five franchise desks of ``blind398`` write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``dpg_uk_modern_slavery_oj.csv``, ``groupe_bertrand_vigilance_oj.csv``,
        ``telepizza_cumplimiento_oj.xlsx``, ``arcos_dorados_nolad_oj.csv`` and
        ``slave_free_alliance_oj.jsonl``, each with the truth of its rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind398(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dpg_uk_modern_slavery_oj.csv', 'groupe_bertrand_vigilance_oj.csv',
     'telepizza_cumplimiento_oj.xlsx', 'arcos_dorados_nolad_oj.csv',
     'slave_free_alliance_oj.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Tipo de caso']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND398, truth, seed=seed)
