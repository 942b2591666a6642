"""Examiner sample set ``blind302`` (files ``*_kr.*``): facility-services compliance desks.

Five desks that never wrote to trendlib before send what their whistle-blowing and
human-rights due-diligence registers hold on subcontracted cleaners and site staff found
in debt bondage, trafficked or smuggled, and on the smuggling events their site teams
report:

``iss_uk_speakup`` (``iss_uk_speakup_kr.csv``)
    ISS UK, Speak Up and modern-slavery desk: a case-management export saved by Excel as
    "CSV UTF-8" (UTF-8 with a byte-order mark, ``,``), English, UK day-first dates, site
    coordinates as one "lat, long" cell, nationality often as a demonym, the site's
    country as "England" or "Scotland", routes joined by ``>``. Re-sends some rows.
``onet_conformite`` (``onet_alerte_ethique_kr.xlsx``)
    Onet, dispositif d'alerte (direction conformité): an Excel register in French, real
    date cells with some typed dates and a few bare Excel serials, French nationality
    adjectives agreeing with the person's sex, numeric coordinates (some typed with a
    decimal comma).
``clece_cumplimiento`` (``clece_canal_etico_kr.csv``)
    Clece, canal ético: a Spanish Excel "CSV (delimitado por punto y coma)" in cp1252,
    day-first dates ("s/f" when there is none), ``H``/``M`` for hombre/mujer, decimal
    commas, ``.`` thousands; one batch of rows was pasted from a UTF-8 web form
    (mojibake).
``eulen_americas`` (``eulen_denuncias_kr.jsonl``)
    Grupo Eulen, Dirección de Cumplimiento Américas (Panamá, México, EE.UU.): the
    JSON-lines export of its denuncias platform in Latin-American Spanish, ISO dates and
    ISO timestamps with the Panamá offset, ``F``/``M`` for femenino/masculino, "NNA" for
    children, ISO alpha-2 codes, coordinates as ``"lat,lon"``. Re-sends some rows (the
    export's pages overlap).
``sodexo_group_hr`` (``sodexo_speakup_kr.csv``)
    Sodexo Group, human-rights due diligence (Issy-les-Moulineaux): the compilation of
    the group's country registers, saved by Excel as "Unicode text" (UTF-16, tab), English
    with a few French words, ISO and "17-May-2023" dates, country cells as "IT - Italy",
    alpha-3 or numeric codes, coordinates in decimal degrees or as degrees, minutes and
    seconds.

Every value written is one a careful analyst reads the same way; what such an analyst
could not read (an impossible date, an Excel error in a count) is a row to quarantine, and
a cell saying "not known" expects nothing.
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
)
from trendlib.samples._examiner import mojibake as _moji
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "Desk", "make_blind302"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

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

# Nationality adjectives: iso3 -> (English, French m., French f., Spanish m., Spanish f.).
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}

# Other names the desks' drop-down lists and clerks use: language -> iso3 -> names.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast", "Cote d'Ivoire"),
        "IRN": ("Iran, Islamic Republic of",),
        "SYR": ("Syrian Arab Republic",),
        "LBY": ("Libyan Arab Jamahiriya",),
        "VEN": ("Venezuela, Bolivarian Republic of",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "CHN": ("China, People's Republic of",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "TUR": ("Türkiye",),
        "CIV": ("Côte-d'Ivoire",),
        "MKD": ("Macédoine",),
        "RUS": ("Fédération de Russie",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("R. Unido",),
        "VEN": ("Venezuela (República Bolivariana de)",),
        "CIV": ("Côte d'Ivoire",),
        "TUR": ("Türkiye",),
        "MKD": ("Macedonia",),
        "RUS": ("Federación de Rusia",),
        "CHN": ("República Popular China",),
    },
}

# Names a one-letter slip could turn into another country's name: never misspelt here.
_NO_TYPO = {"NGA", "NER", "GIN", "GMB", "AUT", "IRN", "IRQ", "MLI", "SRB", "DZA"}

_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """An examiner source with the desk's own way of writing its cells.

    Attributes
    ----------
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    quarter : str
        :meth:`str.format` pattern of a quarter-only date (``q``, ``year``).
    month : str
        :meth:`str.format` pattern of a month-only date (``name``, ``mm``, ``year``).
    countries : mapping
        Country style -> weight for the country columns other than nationality.
    nationality : mapping
        Country style -> weight for the nationality column.
    words : mapping
        Column -> canonical value -> the desk's words (first = the usual one).
    not_applicable : tuple of str
        What the desk writes as exploitation of a pure smuggling case ("" = nothing).
    unknown : tuple of str
        Words of an unknown form of exploitation.
    na_words : tuple of str
        "Not known / not applicable" words of the age-group and transport columns.
    count_unknown : tuple of str
        Placeholders of a count nobody knows.
    zero_words : tuple of str
        Words for "no suspect".
    coords : str
        ``"pair"``, ``"pair_tight"``, ``"dot"``, ``"comma"``, ``"xlsx"`` or ``"dms"``.
    coords_unknown : tuple of str
        What the desk writes when the site is not located.
    transit_sep, offence_sep : str
        Separators of the transit and linked-offence lists.
    thousands : str
        Thousands separator of large counts ("" = none).
    none_offence : tuple of str
        Words for "no other offence" ("" = the cell is left empty).
    mojibake_share : float
        Share of rows pasted from a UTF-8 tool and saved again as cp1252.
    case_share : float
        Share of text cells typed in capitals, lower case or with stray spaces.
    """

    dates: Mapping[str, float]
    quarter: str
    month: str
    countries: Mapping[str, float]
    nationality: Mapping[str, float]
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_applicable: tuple[str, ...]
    unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    coords: str
    coords_unknown: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    thousands: str
    none_offence: tuple[str, ...]
    mojibake_share: float
    case_share: float


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_ISS = Desk(
    source="iss_uk_speakup",
    filename="iss_uk_speakup_kr.csv",
    ref="SU-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Date Identified",
        "crime_type": "Concern Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Workers Affected",
        "n_suspects": "Alleged Perpetrators",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "detection_country": "Country of Site",
        "transit_countries": "Route Travelled",
        "transport_mode": "Mode of Entry",
        "coordinates": "Site Lat/Long",
        "linked_offences": "Other Offences Noted",
    },
    note="Report run by ISS UK Speak Up team - OFFICIAL SENSITIVE - do not forward",
    total="Total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=True,
    dates={"dmy": 0.7, "d_month_y": 0.17, "month": 0.08, "quarter": 0.05},
    quarter="Q{q} {year}",
    month="{name} {year}",
    countries={"name": 0.7, "alias": 0.15, "upper": 0.05, "typo": 0.05, "iso2": 0.05},
    nationality={"demonym": 0.55, "name": 0.3, "upper": 0.05, "typo": 0.05, "alias": 0.05},
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery", "Human Trafficking", "Modern slavery - trafficking"),
            "smuggling": ("Facilitated Illegal Entry", "People Smuggling", "Smuggled worker(s)"),
            "both": ("Modern Slavery + Smuggling", "Trafficking & Smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual Exploitation",),
            "forced_labour": ("Labour Exploitation", "Debt Bondage", "Forced Labour"),
            "forced_criminality": ("Criminal Exploitation", "Forced Criminality"),
            "organ_removal": ("Organ Harvesting",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & Female"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Under 18", "Child"),
            "mixed": ("Adults & Under 18s", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small Boat", "Boat"),
            "land": ("Lorry / HGV", "Road", "Vehicle"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False ID documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cyber-enabled crime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("", "N/A"),
    unknown=("Not known", "TBC"),
    na_words=("Not known", "Not recorded"),
    count_unknown=("Not known", "TBC", "Unknown"),
    zero_words=("None", "Nil"),
    coords="pair",
    coords_unknown=("Not known",),
    transit_sep=" > ",
    offence_sep="; ",
    thousands=",",
    none_offence=("",),
    mojibake_share=0.0,
    case_share=0.04,
)

_ONET = Desk(
    source="onet_conformite",
    filename="onet_alerte_ethique_kr.xlsx",
    ref="ALR-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° de l'alerte",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes concernées",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de l'établissement",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de transport",
        "lat": "Latitude (site)",
        "lon": "Longitude (site)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du registre des alertes - diffusion restreinte (direction conformité)",
    total="TOTAL",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
    dates={"excel": 0.68, "serial": 0.1, "dmy": 0.13, "month": 0.05, "quarter": 0.04},
    quarter="T{q} {year}",
    month="{name} {year}",
    countries={"name": 0.78, "alias": 0.08, "iso2": 0.06, "upper": 0.04, "typo": 0.04},
    nationality={"demonym": 0.6, "name": 0.3, "typo": 0.05, "upper": 0.05},
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite d'êtres humains"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
                "aide à l'entrée irrégulière (passeurs)",
            ),
            "both": ("TEH et trafic de migrants", "traite + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": (
                "travail forcé",
                "servitude pour dettes",
                "exploitation par le travail",
            ),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme(s)"),
            "male": ("H", "homme(s)"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "adult": ("majeur(s)", "adulte(s)"),
            "child": ("mineur(s)", "mineur non accompagné"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("embarcation", "small boat", "bateau pneumatique"),
            "land": ("poids lourd", "voiture", "camion"),
            "air": ("avion", "voie aérienne"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    not_applicable=("", "sans objet"),
    unknown=("à déterminer", "non précisé"),
    na_words=("non renseigné", "N/C"),
    count_unknown=("N/C", "inconnu", "non connu"),
    zero_words=("aucun", "néant"),
    coords="xlsx",
    coords_unknown=("non géolocalisé",),
    transit_sep=", ",
    offence_sep=", ",
    thousands="",
    none_offence=("",),
    mojibake_share=0.0,
    case_share=0.03,
)

_CLECE = Desk(
    source="clece_cumplimiento",
    filename="clece_canal_etico_kr.csv",
    ref="CE-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del centro de trabajo",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: Canal Ético Clece - uso interno - datos provisionales",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    dates={"dmy": 0.78, "dmy2": 0.1, "month": 0.07, "quarter": 0.05},
    quarter="{q}º trimestre {year}",
    month="{name} {year}",
    countries={"name": 0.74, "alias": 0.06, "upper": 0.1, "typo": 0.05, "iso3": 0.05},
    nationality={"demonym": 0.5, "name": 0.35, "upper": 0.08, "typo": 0.07},
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH", "trata"),
            "smuggling": (
                "favorecimiento de la inmigración irregular",
                "tráfico ilícito de migrantes",
                "inmigración clandestina",
            ),
            "both": ("trata y tráfico de migrantes", "TSH + tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados", "servidumbre por deudas"),
            "forced_criminality": ("explotación para actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujer", "M"),
            "male": ("hombre", "H", "varón"),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "adult": ("adulto", "mayor de edad"),
            "child": ("menor", "menor de edad"),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática"),
            "land": ("vehículo", "a pie (valla)", "camión"),
            "air": ("avión", "aéreo"),
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
    not_applicable=("", "no procede"),
    unknown=("sin determinar", "no consta"),
    na_words=("no consta", "N/D"),
    count_unknown=("desconocido", "s/d", "no consta"),
    zero_words=("ninguno", "sin investigados"),
    coords="comma",
    coords_unknown=("sin coordenadas",),
    transit_sep=" - ",
    offence_sep=", ",
    thousands=".",
    none_offence=("",),
    mojibake_share=0.07,
    case_share=0.04,
)

_EULEN = Desk(
    source="eulen_americas",
    filename="eulen_denuncias_kr.jsonl",
    ref="EUL-AM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_hechos",
        "crime_type": "tipo_caso",
        "exploitation": "finalidad_explotacion",
        "n_persons": "personas_involucradas",
        "n_suspects": "presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_hechos",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="Total",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=True,
    dates={"iso": 0.5, "iso_tz": 0.38, "month_iso": 0.12},
    quarter="T{q} {year}",
    month="{year}-{mm:02d}",
    countries={"iso2": 0.45, "name": 0.45, "alias": 0.1},
    nationality={"iso2": 0.35, "demonym": 0.4, "name": 0.25},
    words={
        "crime_type": {
            "trafficking": ("trata de personas", "TdP"),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes", "coyotaje"),
            "both": ("trata y tráfico", "trata de personas / tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajo forzoso", "explotación laboral", "servidumbre por deudas"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "unión forzada"),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "F"),
            "male": ("masculino", "M"),
            "mixed": ("mixto", "ambos"),
        },
        "age_group": {
            "adult": ("adulto", "mayor de edad"),
            "child": ("NNA", "menor de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "autobús"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos", "uso de documento falso"),
            "corruption": ("corrupción", "cohecho"),
            "money_laundering": ("lavado de activos", "lavado de dinero"),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable=("no aplica", ""),
    unknown=("por determinar", "sin dato"),
    na_words=("sin dato", "no aplica"),
    count_unknown=("s/d", "sin dato"),
    zero_words=("ninguno",),
    coords="pair_tight",
    coords_unknown=("s/d",),
    transit_sep=" / ",
    offence_sep=", ",
    thousands="",
    none_offence=("", "ninguno"),
    mojibake_share=0.0,
    case_share=0.03,
)

_SODEXO = Desk(
    source="sodexo_group_hr",
    filename="sodexo_speakup_kr.csv",
    ref="SPK{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Incident Date",
        "crime_type": "Allegation",
        "exploitation": "Form of Exploitation",
        "n_persons": "People Affected",
        "n_suspects": "Subjects",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country / Pays",
        "transit_countries": "Transit",
        "transport_mode": "Means of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offences",
    },
    note="Consolidated by Group Human Rights - projet / draft - not for external use",
    total="Grand total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    dates={"iso": 0.58, "d_mon_y": 0.3, "month": 0.06, "quarter": 0.06},
    quarter="{year}-Q{q}",
    month="{year}-{mm:02d}",
    countries={"name": 0.55, "dash": 0.2, "iso3": 0.15, "numeric": 0.05, "alias": 0.05},
    nationality={"name": 0.6, "iso3": 0.25, "alias": 0.1, "upper": 0.05},
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "THB"),
            "smuggling": ("Migrant smuggling", "SoM", "Smuggling of migrants"),
            "both": ("THB & SoM", "Trafficking + smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour", "Labour exploitation", "Debt bondage"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("M/F", "Mixed"),
        },
        "age_group": {
            "adult": ("18+", "Adult"),
            "child": ("<18", "Minor"),
            "mixed": ("Mixed ages", "18+ / <18"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Truck", "On foot"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Forged documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("", "n/a"),
    unknown=("TBD", "n.c."),
    na_words=("Unknown", "n.c."),
    count_unknown=("Unknown", "n.c."),
    zero_words=("None", "Nil"),
    coords="dms",
    coords_unknown=("N/A",),
    transit_sep="; ",
    offence_sep=" / ",
    thousands="",
    none_offence=("",),
    mojibake_share=0.0,
    case_share=0.04,
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (_ISS, _ONET, _CLECE, _EULEN, _SODEXO)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word two times in three, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _style(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _typo(name: str, rng: _Rng) -> str | None:
    """Drop or swap one letter in the middle of a long name (None if too short)."""
    if len(name) < 7 or " " in name:
        return None
    i = 2 + int(rng.integers(len(name) - 4))
    a, b = name[i], name[i + 1]
    if not (a.isalpha() and b.isalpha()):
        return None
    if a == b or rng.random() < 0.5:
        return name[:i] + name[i + 1 :]
    return name[:i] + b + a + name[i + 2 :]


def _country(
    src: Desk, iso: str, rng: _Rng, *, nationality: bool, female: bool
) -> tuple[str, str | None]:
    """Write one ISO alpha-3 code as the desk does; return (cell, tag or None)."""
    lang = src.language
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    style = _style(rng, src.nationality if nationality else src.countries)
    alpha2, numeric = iso_codes(iso)
    if style == "demonym" and iso in _DEMONYMS:
        forms = _DEMONYMS[iso]
        if lang == "en":
            return forms[0], "demonym"
        pos = (1 if lang == "fr" else 3) + (1 if female else 0)
        return forms[pos], "demonym"
    if style == "alias" and iso in _ALIASES[lang]:
        return choice(rng, _ALIASES[lang][iso]), "alias"
    if style == "typo" and iso not in _NO_TYPO:
        typo = _typo(name, rng)
        if typo is not None:
            return typo, "typo"
    if style == "upper":
        return name.upper(), "case"
    if style == "iso2":
        return alpha2, "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return numeric, "numeric"
    if style == "dash":
        return f"{alpha2} - {COUNTRIES[iso][1]}", "code_name"
    return name, None


def _date_cell(src: Desk, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a day as the desk does in ``style``."""
    names = _MONTH_NAMES[src.language]
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "d_month_y":
        return f"{ts.day} {names[ts.month - 1]} {ts.year}"
    if style == "d_mon_y":
        return f"{ts.day:02d}-{_MONTH_NAMES['en'][ts.month - 1][:3]}-{ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_tz":
        hour, minute = int(rng.integers(6, 18)), int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00-05:00"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
    if style in ("month", "month_iso"):
        return src.month.format(name=names[ts.month - 1], mm=ts.month, year=ts.year)
    return src.quarter.format(q=ts.quarter, year=ts.year)


def _count_cell(src: Desk, n: int) -> object:
    """Write a count as the desk does (a number in a spreadsheet or JSON, else text)."""
    if src.format in ("xlsx", "jsonl"):
        return n
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if value >= 0 else neg}"


def _coord_cells(src: Desk, lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], str]:
    """Write a point as the desk does; return (cells, tag or "")."""
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, ""
    if src.coords == "pair_tight":
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, ""
    if src.coords == "comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}, ""
    if src.coords == "xlsx":
        if rng.random() < 0.12:  # typed by hand with a decimal comma
            lat_s, lon_s = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
            return {"lat": lat_s, "lon": lon_s}, "coords_text"
        return {"lat": float(lat), "lon": float(lon)}, ""
    if src.coords == "dms" and rng.random() < 0.35:
        return {"lat": _dms(lat, "N", "S"), "lon": _dms(lon, "E", "W")}, "coords_dms"
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, ""


def _noisy_case(text: str, rng: _Rng) -> str:
    kind = int(rng.integers(3))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    return f" {text}  "


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    has = set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: the desk's style; a month or quarter only when this report may be partial.
    style = _style(rng, src.dates)
    if style in ("month", "month_iso", "quarter") and not partial_ok:
        style = next(iter(src.dates))
    cells["event_date"] = _date_cell(src, ts, style, rng)
    if style in ("month", "month_iso"):
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif style == "quarter":
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        tags.append(f"date_{style}")

    words = src.words
    crime = str(ev["crime_type"])
    cells["crime_type"] = _pick(rng, words["crime_type"][crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _pick(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n)
        exp["n_persons"] = n
        if n >= 1000 and src.thousands:
            tags.append("thousands:n_persons")
        if src.format == "jsonl" and rng.random() < 0.1:
            cells["n_persons"] = str(n)
            tags.append("count_as_text")

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count_cell(src, k), k

    gender = str(ev["gender"])
    female = gender == "female"
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _pick(rng, words["gender"][gender]), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _pick(rng, words[col][value]), value

    # Countries.
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col in ("origin_country", "destination_country") and rng.random() < 0.04:
            cells[col], exp[col] = None, None
            tags.append(f"empty:{col}")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = None, None
            tags.append("blank_nationality")
            continue
        if col == "detection_country" and src.source == "iss_uk_speakup" and rng.random() < 0.3:
            glasgow = ev.get("hotspot") == "Glasgow"
            cells[col], exp[col] = ("Scotland" if glasgow else "England"), iso
            tags.append("subnational:detection_country")
            continue
        text, tag = _country(src, str(iso), rng, nationality=col == "nationality", female=female)
        cells[col], exp[col] = text, iso
        if tag:
            tags.append(f"{tag}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    elif rng.random() < 0.04:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("empty:transit_countries")
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, tag = _country(src, iso, rng, nationality=False, female=False)
            parts.append(text)
            if tag:
                tags.append(f"{tag}:transit_countries")
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit

    if "destination_country" not in has:
        exp["destination_country"] = None

    # Site coordinates.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    point = "coordinates" if "coordinates" in has else "lat"
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(("coordinates",) if point == "coordinates" else ("lat", "lon")))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.055:
        word = choice(rng, src.coords_unknown)
        if point == "coordinates":
            cells["coordinates"] = word
        else:
            cells["lat"] = word
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        coord, tag = _coord_cells(src, lat, lon, rng)
        cells.update(coord)
        exp["lat"], exp["lon"] = lat, lon
        if tag:
            tags.append(tag)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, src.none_offence) or None
        exp["linked_offences"] = None
        if cells["linked_offences"] is not None:
            tags.append("none_word:linked_offences")
    else:
        cells["linked_offences"] = src.offence_sep.join(
            _pick(rng, words["linked_offences"][o]) for o in str(offences).split("|")
        )
        exp["linked_offences"] = offences

    # A batch of rows pasted from a UTF-8 web form and saved again in cp1252.
    if src.mojibake_share and rng.random() < src.mojibake_share:
        garbled = False
        for key, cell in list(cells.items()):
            if isinstance(cell, str) and key != "event_date":
                bad = _moji(cell)
                if bad is not None and fits(bad, src):
                    cells[key], garbled = bad, True
        if garbled:
            tags.append("mojibake")
    # Case and stray spaces typed by hand in the text cells.
    for col in ("crime_type", "gender", "age_group", "transport_mode", "nationality"):
        typed = cells.get(col)
        if isinstance(typed, str) and len(typed) > 2 and rng.random() < src.case_share:
            cells[col] = _noisy_case(typed, rng)
            tags.append(f"case:{col}")
    cells = {c: v for c, v in cells.items() if c in has}
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: none, unreadable or a slipped year."""
    if kind == "no_date":
        return "s/f" if src.source == "clece_cumplimiento" and rng.random() < 0.5 else None
    if kind == "future_date":  # "2023" typed "2033"
        later = ts + pd.DateOffset(years=10)
        style = next(iter(src.dates))
        return _date_cell(src, later, "dmy" if style == "excel" else style, rng)
    day = choice(rng, ("30", "31")) if rng.random() < 0.5 else "32"
    month = "02" if day != "32" else f"{ts.month:02d}"
    if src.dates.get("iso") or src.dates.get("iso_tz"):
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day after its last row."""
    day = last + pd.Timedelta(days=1)
    style = next(iter(src.dates))
    return _date_cell(src, day, style, np.random.default_rng(0))


#: The variant: desks, routing of the events and the desks' writing.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "iss_uk_speakup",
        "FRA": "onet_conformite",
        "ESP": "clece_cumplimiento",
        "PAN": "eulen_americas",
        "USA": "eulen_americas",
    },
    compilation="sodexo_group_hr",
    secondary={
        ("channel", "FRA"): "iss_uk_speakup",
        ("channel", "GBR"): "onet_conformite",
        ("thb_vnm_gbr", "GBR"): "sodexo_group_hr",
        ("thb_rou_esp", "ESP"): "sodexo_group_hr",
        ("wmed", "ESP"): "sodexo_group_hr",
        ("us_mex", "USA"): "sodexo_group_hr",
        ("thb_rou_esp", "ITA"): "clece_cumplimiento",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=302,
    blank_share=0.5,
)


def make_blind302(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five facility-services desks of ``blind302`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ISS UK (CSV, UTF-8 with BOM), Onet (XLSX), Clece (CSV, cp1252, ``;``), Eulen
        Américas (JSON lines) and Sodexo Group (CSV, UTF-16, tab), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind302(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['iss_uk_speakup_kr.csv', 'onet_alerte_ethique_kr.xlsx', 'clece_canal_etico_kr.csv',
     'eulen_denuncias_kr.jsonl', 'sodexo_speakup_kr.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-8', 'utf-16']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Expediente', 'Fecha de los hechos', 'Tipología']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
