"""Held-out examiner sample set ``blind243`` (files ``*_ik.*``): labour-recruitment desks.

Five bodies that watch labour recruitment and placement abroad, and that log the
trafficking and smuggling cases they are told of (by partners, consulates, member
agencies or workers themselves) in the destination countries where they place workers:

``sepe_eures_ik.xlsx``
    Spain's public employment service (SEPE), Red EURES España, incident register of
    fraudulent job offers and recruitment in origin. Spanish; real Excel dates with a
    few typed ones and serial numbers; counts as numbers; nationality in capitals or as
    a demonym (``marroquí``); coordinates as numbers, a few typed with a decimal comma.
``anapec_dii_ik.csv``
    Morocco's ANAPEC, international placement division (Division de l'intermédiation
    internationale), watch log. French, cp1252, ``;``, CRLF; ``dd/mm/yyyy`` dates, a few
    written out (``17 mai 2023``) or month only; counts with a space before the
    thousands, ``aucun`` for no suspect, ``NC`` when not known; demonyms
    (``sénégalaise``), ISO alpha-2 codes, and rows keyed in from a UTF-8 web form that
    show as mojibake (``SÃ©nÃ©gal``); coordinates in two columns with a decimal comma.
``spe_colombia_ik.csv``
    Colombia's Unidad del Servicio Público de Empleo, alerts on job offers abroad.
    Spanish, UTF-8 without BOM, ``|``; an information-system export: capitals without
    accents, ``yyyy/mm/dd`` dates, the country of the facts as an ISO numeric code
    (``591``), ``NNA`` for minors, ``EE.UU.`` for the United States.
``pasei_welfare_ik.csv``
    The Philippine Association of Service Exporters (licensed recruitment agencies),
    welfare case log consolidated from member agencies. English, saved by Excel as
    "Unicode Text" (UTF-16 with BOM, tab-delimited); month-first dates (``05/17/2023``,
    ``May 17, 2023``); counts with ``,`` thousands, ``nil`` for no suspect, ``TBD``
    when not known; demonyms (``Afghan``); a "lat, long" pair copied from a map. Rows
    pasted twice by member agencies are re-sent (exact repeats).
``ituc_recruitment_advisor_ik.jsonl``
    The ITUC Migrant Recruitment Advisor platform, worker reports. English JSON lines;
    ISO dates, month or quarter only (``2023-Q2``) where the worker did not say the
    day; country codes as the EU writes them (``EL`` for Greece, ``UK``); the
    compilation that reports what no other source does.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["SOURCES", "Agency", "make_blind243"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles that give only the month or the quarter.
_PARTIAL: frozenset[str] = frozenset(
    ("month_es", "month_fr", "ym_slash", "month_en", "quarter_en", "iso_month", "iso_quarter")
)

# iso3: (English, French, Spanish) names as these desks type them.
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
    "GIN": ("Guinea", "Guinée", "Guinea Conakry"),
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
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Nationality written as a demonym (French and Spanish in the feminine: "nationalité
# marocaine", "nacionalidad marroquí"), for the nationalities of the truth.
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

# Everyday names a desk types instead of the formal one.
_ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "TUR": "Turkey",
        "VNM": "Vietnam",
        "CIV": "Ivory Coast",
        "GBR": "UK",
        "USA": "USA",
        "BIH": "Bosnia",
    },
    "fr": {"GBR": "Angleterre", "USA": "USA", "BIH": "Bosnie"},
    "es": {"USA": "EE.UU.", "GBR": "Inglaterra", "BIH": "Bosnia"},
}

# Slips of the keyboard a careful reader still reads without doubt.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisthan",
        "SYR": "Sryia",
        "PAK": "Pakitsan",
        "TUN": "Tunisa",
        "EGY": "Eygpt",
        "BGD": "Bangaldesh",
        "ERI": "Eritea",
        "CMR": "Camaroon",
        "ROU": "Rominia",
        "YEM": "Yeman",
        "MAR": "Morrocco",
        "IRQ": "Irqa",
        "NGA": "Nigeira",
    },
    "fr": {
        "MAR": "Marroc",
        "SEN": "Sénagal",
        "DZA": "Algèrie",
        "GIN": "Guinnée",
        "MLI": "Malie",
        "AFG": "Afghanstan",
        "IRQ": "Irack",
        "ALB": "Albannie",
        "ERI": "Erytrhée",
    },
    "es": {
        "MAR": "Marrucos",
        "SEN": "Senagal",
        "DZA": "Argleia",
        "GIN": "Giunea",
        "ROU": "Rumnía",
        "GMB": "Ganbia",
        "VEN": "Venezulea",
        "COL": "Colomiba",
        "ECU": "Ecaudor",
        "NGA": "Nigria",
    },
}

_MONTHS = {
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
}

Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the set: what the shared machinery reads plus its own wording.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles and their weights (partial styles are dropped for a row that
        must give the day).
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the desk's words; ``exploitation["unknown"]`` is its word for
        an exploitation not yet known, ``exploitation["none"]`` what it writes for pure
        smuggling (``""`` = nothing), ``gender["unknown"]`` and ``age["na"]`` /
        ``mode["na"]`` its words for a sex, an age or a means not given; a key
        ``"<mode>@<corridor>"`` holds the words of one route (``Cayuco`` on the
        Atlantic route, ``Patera`` in the Mediterranean).
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries (in order).
    no_transit : tuple of str
        What it writes when there is no transit country (``""`` = nothing).
    country_styles : dict
        Column (``nationality``, ``other`` for origin, destination and transit,
        ``detection``) -> ``((style, weight), ...)``.
    coords : str
        ``"number"`` (two numeric cells), ``"dot"`` / ``"comma"`` (two text cells with
        that decimal mark), ``"pair"`` (one "lat, long" cell).
    count_unknown, suspects_unknown, zero_words : tuple of str
        Count cells meaning "not known", and words for no suspect.
    thousands : str
        Thousands separator of large counts written as text (``""`` = none).
    rates : dict
        Shares of the planted habits (see :func:`_render`).
    """

    dates: tuple[tuple[str, float], ...]
    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    offence_sep: str
    transit_sep: str
    no_transit: tuple[str, ...]
    country_styles: dict[str, tuple[tuple[str, float], ...]]
    coords: str
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    thousands: str
    rates: dict[str, float]


_HEAD_ES = (
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
    "lat",
    "lon",
    "linked_offences",
)


def _headers(words: tuple[str, ...], keys: tuple[str, ...] = _HEAD_ES) -> dict[str, str]:
    return dict(zip(keys, words, strict=True))


SEPE = Agency(
    source="sepe_eures",
    filename="sepe_eures_ik.xlsx",
    ref="EURES-ES/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        (
            "Nº expediente",
            "Fecha de detección",
            "Tipología",
            "Finalidad de la explotación",
            "Nº personas afectadas",
            "Nº investigados",
            "Sexo",
            "Edad (tramo)",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País donde se detecta",
            "Países de tránsito",
            "Medio de transporte",
            "Latitud",
            "Longitud",
            "Delitos conexos",
        )
    ),
    note="Nota: datos provisionales a fecha de extracción (Red EURES España - SEPE)",
    total="TOTAL GENERAL",
    bad_count=("varias", "#¡VALOR!", "ver informe"),
    repeats=False,
    dates=(("xl_date", 0.8), ("dmy", 0.1), ("xl_serial", 0.05), ("month_es", 0.03)),
    crime={
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
        ),
        "trafficking": ("Trata de seres humanos", "TSH (art. 177 bis CP)"),
        "both": ("Trata de seres humanos y tráfico ilícito de migrantes", "TSH + art. 318 bis"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Servidumbre por deudas", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras finalidades",),
        "unknown": ("Sin determinar",),
        "none": ("", "No procede"),
    },
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto"),
        "unknown": ("No consta",),
    },
    age={
        "adult": ("Mayor de edad", "Adultos"),
        "child": ("Menor de edad", "Menores"),
        "mixed": ("Adultos y menores",),
        "na": ("NS/NC",),
    },
    mode={
        "sea": ("Patera", "Embarcación neumática", "Marítimo"),
        "sea@watl": ("Cayuco", "Marítimo"),
        "land": ("Terrestre", "Por carretera", "Autobús"),
        "air": ("Aéreo", "Vuelo comercial"),
        "na": ("No consta",),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    no_transit=("", "", "Ninguno", "Directo"),
    country_styles={
        "nationality": (("upper", 0.55), ("demonym", 0.3), ("name", 0.1), ("typo", 0.05)),
        "other": (("name", 0.8), ("upper", 0.15), ("alias", 0.05)),
        "detection": (("name", 0.7), ("upper", 0.3)),
    },
    coords="number",
    count_unknown=("s/d", "Desconocido"),
    suspects_unknown=("s/d",),
    zero_words=("ninguno",),
    thousands=".",
    rates={
        "count_unknown": 0.015,
        "suspects_unknown": 0.03,
        "suspects_blank": 0.03,
        "zero_word": 0.35,
        "gender_unknown": 0.03,
        "age_na": 0.03,
        "mode_na": 0.02,
        "nationality_blank": 0.02,
        "exploitation_unknown": 0.05,
        "coords_missing": 0.06,
        "coords_text": 0.15,
        "thousands": 0.4,
        "mojibake": 0.0,
        "case": 0.0,
    },
)

ANAPEC = Agency(
    source="anapec_dii",
    filename="anapec_dii_ik.csv",
    ref="DII/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        (
            "N° signalement",
            "Date du constat",
            "Nature des faits",
            "Forme d'exploitation",
            "Nombre de personnes concernées",
            "Nombre de mis en cause",
            "Sexe",
            "Tranche d'âge",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays de constatation",
            "Pays de transit",
            "Moyen de transport",
            "Latitude",
            "Longitude",
            "Infractions connexes",
        )
    ),
    note="NB : extraction provisoire, signalements transmis par les partenaires",
    total="Total",
    bad_count=("plusieurs", "voir PV", "?"),
    repeats=False,
    dates=(("dmy", 0.85), ("long_fr", 0.08), ("month_fr", 0.07)),
    crime={
        "smuggling": (
            "Trafic illicite de migrants",
            "Organisation de l'émigration irrégulière",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH + trafic de migrants", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Exploitation par le travail", "Servitude pour dettes", "Travail forcé"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre forme",),
        "unknown": ("À déterminer",),
        "none": ("",),
    },
    gender={
        "female": ("F", "Femmes"),
        "male": ("H", "Hommes"),
        "mixed": ("Mixte", "Hommes et femmes"),
        "unknown": ("Non renseigné",),
    },
    age={
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs",),
        "mixed": ("Majeurs et mineurs",),
        "na": ("Non renseigné",),
    },
    mode={
        "sea": ("Voie maritime", "Embarcation"),
        "land": ("Voie terrestre", "Camion", "Route"),
        "air": ("Voie aérienne", "Avion"),
        "na": ("Non précisé",),
    },
    offences={
        "document_fraud": ("faux et usage de faux",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    transit_sep=", ",
    no_transit=("", "Aucun"),
    country_styles={
        "nationality": (
            ("demonym", 0.35),
            ("name", 0.4),
            ("iso2", 0.1),
            ("upper", 0.1),
            ("typo", 0.05),
        ),
        "other": (("name", 0.8), ("iso2", 0.1), ("upper", 0.05), ("alias", 0.05)),
        "detection": (("name", 0.85), ("iso2", 0.15)),
    },
    coords="comma",
    count_unknown=("NC", "non communiqué"),
    suspects_unknown=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    thousands=" ",
    rates={
        "count_unknown": 0.015,
        "suspects_unknown": 0.04,
        "suspects_blank": 0.03,
        "zero_word": 0.6,
        "gender_unknown": 0.04,
        "age_na": 0.04,
        "mode_na": 0.03,
        "nationality_blank": 0.02,
        "exploitation_unknown": 0.06,
        "coords_missing": 0.08,
        "coords_text": 0.0,
        "thousands": 0.8,
        "mojibake": 0.07,
        "case": 0.04,
    },
)

SPE_CO = Agency(
    source="spe_colombia",
    filename="spe_colombia_ik.csv",
    ref="SPE-AL-{year}-{seq:06d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers=_headers(
        (
            "CONSECUTIVO_ALERTA",
            "FECHA_HECHO",
            "TIPO_DELITO",
            "FINALIDAD_EXPLOTACION",
            "CANTIDAD_PERSONAS",
            "CANTIDAD_PRESUNTOS_RESPONSABLES",
            "SEXO",
            "GRUPO_ETARIO",
            "NACIONALIDAD",
            "PAIS_ORIGEN",
            "PAIS_DESTINO",
            "COD_PAIS_HECHO",
            "PAISES_TRANSITO",
            "MEDIO_TRANSPORTE",
            "LATITUD",
            "LONGITUD",
            "DELITOS_CONEXOS",
        )
    ),
    note=None,
    total="TOTAL REGISTROS",
    bad_count=("VARIOS", "GRUPO FAMILIAR"),
    repeats=False,
    dates=(("ymd_slash", 0.9), ("ym_slash", 0.1)),
    crime={
        "smuggling": ("TRAFICO DE MIGRANTES",),
        "trafficking": ("TRATA DE PERSONAS",),
        "both": ("TRATA DE PERSONAS Y TRAFICO DE MIGRANTES",),
    },
    exploitation={
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJOS O SERVICIOS FORZADOS", "SERVIDUMBRE POR DEUDAS"),
        "forced_criminality": ("EXPLOTACION EN ACTIVIDADES ILICITAS",),
        "forced_marriage": ("MATRIMONIO SERVIL",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "other": ("OTRAS FORMAS DE EXPLOTACION",),
        "unknown": ("SIN INFORMACION",),
        "none": ("NO APLICA",),
    },
    gender={
        "female": ("MUJER",),
        "male": ("HOMBRE",),
        "mixed": ("MIXTO",),
        "unknown": ("SIN INFORMACION",),
    },
    age={
        "adult": ("ADULTO",),
        "child": ("NNA",),
        "mixed": ("ADULTOS Y NNA",),
        "na": ("NO APLICA",),
    },
    mode={
        "sea": ("MARITIMO",),
        "land": ("TERRESTRE", "A PIE"),
        "air": ("AEREO",),
        "na": ("NO REGISTRA",),
    },
    offences={
        "document_fraud": ("FALSEDAD EN DOCUMENTO PUBLICO",),
        "corruption": ("COHECHO",),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("TRAFICO DE ESTUPEFACIENTES",),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
    offence_sep=", ",
    transit_sep=", ",
    no_transit=("NINGUNO",),
    country_styles={
        "nationality": (("upper_plain", 1.0),),
        "other": (("upper_plain", 0.9), ("alias_plain", 0.1)),
        "detection": (("numeric", 1.0),),
    },
    coords="dot",
    count_unknown=("SIN DATO",),
    suspects_unknown=("SIN DATO",),
    zero_words=(),
    thousands="",
    rates={
        "count_unknown": 0.01,
        "suspects_unknown": 0.04,
        "suspects_blank": 0.02,
        "zero_word": 0.0,
        "gender_unknown": 0.03,
        "age_na": 0.03,
        "mode_na": 0.02,
        "nationality_blank": 0.01,
        "exploitation_unknown": 0.04,
        "coords_missing": 0.04,
        "coords_text": 0.0,
        "thousands": 0.0,
        "mojibake": 0.0,
        "case": 0.0,
    },
)

PASEI = Agency(
    source="pasei_welfare",
    filename="pasei_welfare_ik.csv",
    ref="PASEI-WC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of Incident",
        "crime_type": "Nature of Case",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons Involved",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Bracket",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Country of Destination",
        "detection_country": "Country Where Detected",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS Coordinates (Lat, Long)",
        "linked_offences": "Related Offenses",
    },
    note="Note: figures as reported by member agencies, subject to validation",
    total="GRAND TOTAL",
    bad_count=("several", "#VALUE!", "see attached"),
    repeats=True,
    dates=(("mdy", 0.68), ("long_en", 0.25), ("month_en", 0.04), ("quarter_en", 0.03)),
    crime={
        "smuggling": ("Migrant smuggling", "Human smuggling"),
        "trafficking": (
            "Trafficking in persons",
            "TIP",
            "Trafficking in persons (illegal recruitment)",
        ),
        "both": ("TIP & smuggling", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labor", "Debt bondage", "Labor exploitation"),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Others",),
        "unknown": ("Under assessment",),
        "none": ("N/A", ""),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Both", "Mixed"),
        "unknown": ("Not stated",),
    },
    age={
        "adult": ("Adult",),
        "child": ("Minor",),
        "mixed": ("Adults & minors",),
        "na": ("N/A",),
    },
    mode={
        "sea": ("By sea", "Sea", "Boat"),
        "land": ("By land", "Land", "Overland"),
        "air": ("By air", "Air"),
        "na": ("N/A",),
    },
    offences={
        "document_fraud": ("Falsification of documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug trafficking",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    no_transit=("", "Direct", "None"),
    country_styles={
        "nationality": (("demonym", 0.4), ("name", 0.4), ("alias", 0.1), ("typo", 0.1)),
        "other": (("name", 0.7), ("alias", 0.25), ("typo", 0.05)),
        "detection": (("name", 0.85), ("iso2", 0.15)),
    },
    coords="pair",
    count_unknown=("TBD", "unknown"),
    suspects_unknown=("TBD", "unknown"),
    zero_words=("nil",),
    thousands=",",
    rates={
        "count_unknown": 0.015,
        "suspects_unknown": 0.03,
        "suspects_blank": 0.03,
        "zero_word": 0.5,
        "gender_unknown": 0.03,
        "age_na": 0.03,
        "mode_na": 0.02,
        "nationality_blank": 0.02,
        "exploitation_unknown": 0.05,
        "coords_missing": 0.1,
        "coords_text": 0.0,
        "thousands": 0.9,
        "mojibake": 0.0,
        "case": 0.03,
    },
)

ITUC = Agency(
    source="ituc_recruitment_advisor",
    filename="ituc_recruitment_advisor_ik.jsonl",
    ref="RA-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "issue_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "gender",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "country_of_incident",
        "transit_countries": "transit_countries",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    dates=(("iso", 0.8), ("iso_month", 0.1), ("iso_quarter", 0.1)),
    crime={
        "smuggling": ("migrant_smuggling",),
        "trafficking": ("human_trafficking",),
        "both": ("trafficking_and_smuggling",),
    },
    exploitation={
        "sexual": ("sexual_exploitation",),
        "forced_labour": ("forced_labour", "debt_bondage"),
        "forced_criminality": ("forced_criminality",),
        "forced_marriage": ("forced_marriage",),
        "organ_removal": ("organ_removal",),
        "other": ("other",),
        "unknown": ("unspecified",),
        "none": ("",),
    },
    gender={
        "female": ("female",),
        "male": ("male",),
        "mixed": ("mixed",),
        "unknown": ("not_specified",),
    },
    age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",), "na": ("n/a",)},
    mode={"sea": ("sea",), "land": ("land",), "air": ("air",), "na": ("n/a",)},
    offences={
        "document_fraud": ("document_fraud",),
        "corruption": ("bribery",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep=", ",
    no_transit=("",),
    country_styles={
        "nationality": (("eu2", 1.0),),
        "other": (("eu2", 1.0),),
        "detection": (("eu2", 1.0),),
    },
    coords="number",
    count_unknown=("unknown",),
    suspects_unknown=("unknown",),
    zero_words=(),
    thousands="",
    rates={
        "count_unknown": 0.02,
        "suspects_unknown": 0.05,
        "suspects_blank": 0.05,
        "zero_word": 0.0,
        "gender_unknown": 0.05,
        "age_na": 0.04,
        "mode_na": 0.04,
        "nationality_blank": 0.02,
        "exploitation_unknown": 0.06,
        "coords_missing": 0.15,
        "coords_text": 0.0,
        "thousands": 0.0,
        "mojibake": 0.0,
        "case": 0.0,
    },
)

#: The five desks, in the order :func:`make_blind243` returns their submissions.
SOURCES: tuple[Agency, ...] = (SEPE, ANAPEC, SPE_CO, PASEI, ITUC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _plain_upper(text: str) -> str:
    """Capitals without accents, as an information system stores names."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).upper()


def _country(iso3: str, lang: str, style: str, *, nationality: bool = False) -> tuple[str, str]:
    """Write one country; return (cell, style actually visible)."""
    name = _NAMES[iso3][_LANG[lang]]
    if style == "demonym" and nationality and iso3 in _DEMONYMS:
        return _DEMONYMS[iso3][_LANG[lang]], "demonym"
    if style == "upper":
        return name.upper(), "upper"
    if style == "upper_plain":
        return _plain_upper(name), "upper"
    if style == "iso2":
        return iso_codes(iso3)[0], "iso2"
    if style == "numeric":
        return iso_codes(iso3)[1], "numeric"
    if style == "eu2":
        code = {"GRC": "EL", "GBR": "UK"}.get(iso3, iso_codes(iso3)[0])
        return code, "eu_code" if code in ("EL", "UK") else "iso2"
    if style in ("alias", "alias_plain") and iso3 in _ALIASES[lang]:
        return _ALIASES[lang][iso3], "alias"
    if style == "alias_plain":
        return _plain_upper(name), "upper"
    if style == "typo" and iso3 in _TYPOS[lang]:
        return _TYPOS[lang][iso3], "typo"
    return name, "name"


def _date_cell(style: str, ts: pd.Timestamp, lang: str) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, expected date, precision)."""
    month = _MONTHS[lang][ts.month - 1]
    first = ts.to_period("M").to_timestamp()
    quarter = ts.to_period("Q").to_timestamp()
    if style == "xl_date":
        return ts.to_pydatetime(), ts, "day"
    if style == "xl_serial":
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if style == "long_fr":
        return f"{ts.day} {month} {ts.year}", ts, "day"
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d"), ts, "day"
    if style == "mdy":
        return ts.strftime("%m/%d/%Y"), ts, "day"
    if style == "long_en":
        return f"{month} {ts.day}, {ts.year}", ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "month_es":
        return f"{month} de {ts.year}", first, "month"
    if style == "month_fr":
        return f"{month} {ts.year}", first, "month"
    if style == "month_en":
        return f"{month} {ts.year}", first, "month"
    if style == "ym_slash":
        return ts.strftime("%Y/%m"), first, "month"
    if style == "iso_month":
        return ts.strftime("%Y-%m"), first, "month"
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
    if style == "iso_quarter":
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter"
    raise ValueError(f"unknown date style {style!r}")  # a slip in this module's tables


def _count_cell(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the desk's way (numbers in XLSX and JSON, text in CSV)."""
    if src.format == "jsonl":
        return n
    if n >= 1000 and src.thousands and rng.random() < src.rates["thousands"]:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return n if src.format == "xlsx" else str(n)


def _number(src: Agency, n: int) -> object:
    return str(n) if src.format == "csv" else n


def _coord_text(value: float, mark: str) -> str:
    text = f"{value:.5f}"
    return text.replace(".", ",") if mark == "," else text


def _noise(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a typed cell (the meaning stays)."""
    kind = int(rng.integers(3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags).

    Every cell a careful analyst can read expects the event's value; a cell that says
    "not known" (a count placeholder, an unknown sex, a "not applicable" age or means)
    expects nothing or ``unknown`` and is tagged; a cell left blank expects nothing.
    """
    lang = src.language
    r = src.rates
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: partial styles only when the row need not give the day.
    styles = tuple((k, w) for k, w in src.dates if partial_ok or k not in _PARTIAL)
    style = _weighted(rng, styles)
    cells["event_date"], day, precision = _date_cell(style, ts, lang)
    if precision != "day":
        tags.append("partial_date")
    if style in ("xl_serial",):
        tags.append("serial_date")
    if style in ("mdy", "long_en"):
        tags.append("month_first_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    expl = ev["exploitation"]
    exp_expl: object = expl
    if expl is None:
        word = choice(rng, src.exploitation["none"])
        cells["exploitation"] = word or None
    elif rng.random() < r["exploitation_unknown"]:
        cells["exploitation"] = choice(rng, src.exploitation["unknown"])
        exp_expl = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
        if cells["exploitation"] in ("Servidumbre por deudas", "Servitude pour dettes"):
            tags.append("debt_bondage")
        elif cells["exploitation"] in ("Debt bondage", "debt_bondage", "SERVIDUMBRE POR DEUDAS"):
            tags.append("debt_bondage")

    # Persons
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    exp_persons: int | None = n_persons
    if rng.random() < r["count_unknown"]:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp_persons = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n_persons, rng, tags)

    # Suspects
    n_sus = ev["n_suspects"]
    exp_sus: int | None = None if n_sus is None else int(n_sus)  # type: ignore[call-overload]
    draw = rng.random()
    if forced_blank == "n_suspects" or exp_sus is None or draw < r["suspects_blank"]:
        cells["n_suspects"] = None
        exp_sus = None
        tags.append("blank_n_suspects")
    elif draw < r["suspects_blank"] + r["suspects_unknown"]:
        cells["n_suspects"] = choice(rng, src.suspects_unknown)
        exp_sus = None
        tags.append("suspects_placeholder")
    elif exp_sus == 0 and src.zero_words and rng.random() < r["zero_word"]:
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _number(src, exp_sus)

    # Sex, age, means of transport
    gender = str(ev["gender"])
    exp_gender = gender
    if forced_blank == "gender":
        cells["gender"] = None
        exp_gender = "unknown"
        tags.append("blank_gender")
    elif rng.random() < r["gender_unknown"]:
        cells["gender"] = choice(rng, src.gender["unknown"])
        exp_gender = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[gender])
    age = str(ev["age_group"])
    exp_age = age
    if rng.random() < r["age_na"]:
        cells["age_group"] = choice(rng, src.age["na"])
        exp_age = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, src.age[age])
    mode = str(ev["transport_mode"])
    exp_mode = mode
    if rng.random() < r["mode_na"]:
        cells["transport_mode"] = choice(rng, src.mode["na"])
        exp_mode = "unknown"
        tags.append("na_word")
    else:
        words = src.mode.get(f"{mode}@{ev['corridor']}", src.mode[mode])
        cells["transport_mode"] = choice(rng, words)

    # Countries
    nat = str(ev["nationality"])
    exp_nat: str | None = nat
    if forced_blank == "nationality" or rng.random() < r["nationality_blank"]:
        cells["nationality"] = None
        exp_nat = None
        tags.append("blank_nationality")
    else:
        text, seen = _country(
            nat, lang, _weighted(rng, src.country_styles["nationality"]), nationality=True
        )
        cells["nationality"] = text
        if seen != "name":
            tags.append(f"{seen}:nationality")
    for col in ("origin_country", "destination_country"):
        text, seen = _country(str(ev[col]), lang, _weighted(rng, src.country_styles["other"]))
        cells[col] = text
        if seen != "name":
            tags.append(f"{seen}:{col}")
    det = str(ev["detection_country"])
    exp_det: str | None = det
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp_det = None
        tags.append("blank_detection_country")
    else:
        text, seen = _country(det, lang, _weighted(rng, src.country_styles["detection"]))
        cells["detection_country"] = text
        if seen != "name":
            tags.append(f"{seen}:detection_country")
    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.no_transit)
        cells["transit_countries"] = word or None
        if word:
            tags.append("no_transit_word")
    else:
        style = _weighted(rng, src.country_styles["other"])
        parts = [_country(c, lang, style) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(p for p, _ in parts)
        seen_all = {s for _, s in parts} - {"name"}
        tags.extend(f"{s}:transit_countries" for s in sorted(seen_all))

    # Place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp_lat: float | None = lat
    exp_lon: float | None = lon
    place_keys = ("coordinates",) if src.coords == "pair" else ("lat", "lon")
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp_lat = exp_lon = None
    elif rng.random() < r["coords_missing"]:
        tags.append("coords_missing")
        exp_lat = exp_lon = None
    if exp_lat is None:
        for key in place_keys:
            cells[key] = None
    elif src.coords == "pair":
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    elif src.coords == "number" and rng.random() >= r["coords_text"]:
        cells["lat"], cells["lon"] = lat, lon
    else:
        mark = "." if src.coords == "dot" else ","
        cells["lat"], cells["lon"] = _coord_text(lat, mark), _coord_text(lon, mark)
        if mark == ",":
            tags.append("decimal_comma")

    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        None
        if offences is None
        else src.offence_sep.join(choice(rng, src.offences[o]) for o in str(offences).split("|"))
    )

    # Typing habits: stray case or spaces; rows keyed in from a UTF-8 web form.
    if r["case"]:
        for col in ("gender", "age_group", "transport_mode", "nationality", "origin_country"):
            value = cells.get(col)
            if isinstance(value, str) and rng.random() < r["case"]:
                cells[col] = _noise(value, rng)
                tags.append(f"case:{col}")
    if r["mojibake"] and rng.random() < r["mojibake"]:
        changed = False
        for key, value in cells.items():
            if isinstance(value, str):
                garbled = mojibake(value)
                if garbled is not None and fits(garbled, src):
                    cells[key] = garbled
                    changed = True
        if changed:
            tags.append("mojibake")

    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": exp_expl,
        "n_persons": exp_persons,
        "n_suspects": exp_sus,
        "gender": exp_gender,
        "age_group": exp_age,
        "nationality": exp_nat,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": exp_det,
        "transit_countries": transit,
        "transport_mode": exp_mode,
        "lat": exp_lat,
        "lon": exp_lon,
        "linked_offences": offences,
    }
    return cells, expected, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: none, an impossible day, or a year ten years on."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=ts.year + 10)
        if src.format == "xlsx":
            return later.to_pydatetime()
        return _date_cell(_DAY_STYLE[src.source], later, src.language)[0]
    day = choice(rng, ("30", "31"))
    year = ts.year
    if src.source in ("sepe_eures", "anapec_dii"):
        return f"{day}/02/{year}"
    if src.source == "spe_colombia":
        return f"{year}/02/{day}"
    if src.source == "pasei_welfare":
        return f"02/{day}/{year}"
    return f"{year}-02-{day}"


_DAY_STYLE = {
    "sepe_eures": "dmy",
    "anapec_dii": "dmy",
    "spe_colombia": "ymd_slash",
    "pasei_welfare": "mdy",
    "ituc_recruitment_advisor": "iso",
}


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date a desk puts on its note row (the day of its last case)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return _date_cell(_DAY_STYLE[src.source], last, src.language)[0]


#: Who first reports the events of each detection country (others: the ITUC platform).
PRIMARY = {
    "ESP": "sepe_eures",
    "FRA": "anapec_dii",
    "PAN": "spe_colombia",
    "USA": "spe_colombia",
    "ITA": "pasei_welfare",
    "GRC": "pasei_welfare",
    "HRV": "pasei_welfare",
    "POL": "pasei_welfare",
}
#: Who may report an event a second time, by (corridor, detection country).
SECONDARY = {
    ("wmed", "ESP"): "anapec_dii",
    ("watl", "ESP"): "anapec_dii",
    ("thb_rou_esp", "ESP"): "ituc_recruitment_advisor",
    ("channel", "FRA"): "ituc_recruitment_advisor",
    ("channel", "GBR"): "anapec_dii",
    ("thb_vnm_gbr", "GBR"): "pasei_welfare",
    ("cmed", "ITA"): "ituc_recruitment_advisor",
    ("thb_nga_ita", "ITA"): "sepe_eures",
    ("thb_rou_esp", "ITA"): "sepe_eures",
    ("emed", "GRC"): "ituc_recruitment_advisor",
    ("wbal", "HRV"): "ituc_recruitment_advisor",
    ("blr_pol", "POL"): "ituc_recruitment_advisor",
    ("darien", "PAN"): "ituc_recruitment_advisor",
    ("us_mex", "USA"): "ituc_recruitment_advisor",
}

_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=PRIMARY,
    compilation="ituc_recruitment_advisor",
    secondary=SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=243_091,
    blank_share=0.35,
)


def make_blind243(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five labour-recruitment desks of ``blind243`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sepe_eures_ik.xlsx``, ``anapec_dii_ik.csv``, ``spe_colombia_ik.csv``,
        ``pasei_welfare_ik.csv`` and ``ituc_recruitment_advisor_ik.jsonl``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind243(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sepe_eures_ik.xlsx', 'anapec_dii_ik.csv', 'spe_colombia_ik.csv',
     'pasei_welfare_ik.csv', 'ituc_recruitment_advisor_ik.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8', '|'), ('utf-16', '\t')]
    >>> subs[2].frame.columns[:3].tolist()
    ['CONSECUTIVO_ALERTA', 'FECHA_HECHO', 'TIPO_DELITO']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
