"""Examiner's held-out sample set ``blind265`` (files ``*_jg.*``): construction-sector desks.

Five agencies that find undeclared, exploited or smuggled workers while inspecting building
sites, written without looking at the cleaner:

``flc_es`` (``flc_incidencias_jg.xlsx``)
    Fundación Laboral de la Construcción (Spain), its prevention service's incident workbook:
    Spanish headers and words, real Excel date cells (a few typed as text ``17/05/2023`` or
    left as bare serial numbers), counts as numbers (a big one typed ``1.250``), site
    coordinates as numbers or text with a decimal comma.
``oppbtp`` (``oppbtp_signalements_jg.csv``)
    OPPBTP (France), its field advisers' reports: cp1252, ``;``, CRLF; French words, day-first
    dates (``17/05/2023``, ``1er mai 2023``, ``mai 2023``, ``T2 2023``), decimal commas,
    thousands with a space, a few UTF-8 names misread as cp1252 (``Ã‰rythrÃ©e``); it re-sends
    some rows.
``hse_construction`` (``hse_construction_jg.csv``)
    Health and Safety Executive, Construction Division (UK): UTF-8 with BOM, ``,``; English
    words, ``17 May 2023`` or ``17/05/2023``, small counts in words (``three``), one
    ``lat, long`` column, ``UK`` and other aliases.
``capac_pa`` (``capac_sso_jg.csv``)
    Cámara Panameña de la Construcción (CAPAC), its occupational-safety department's sheet
    saved as Excel "Unicode text": UTF-16, tab-delimited, everything in capitals, nationalities
    as adjectives (``VENEZOLANA``), ``NNA`` for minors, ``17-may-2023`` dates, ``S/F`` for no
    date, coordinates with hemisphere letters (``77.4987 O``); it re-sends some rows.
``cica_intl`` (``cica_intl_jg.jsonl``)
    Confederation of International Contractors' Associations, the compilation of its member
    federations' returns for the countries no other source covers: JSON lines, English
    snake-case keys, ISO alpha-3, alpha-2 or numeric country codes, ISO dates, months
    (``2023-05``) and quarters (``Q2 2023``), transit routes and linked offences as arrays.

Every cell's expected clean value is what a careful analyst reads from it: an ``unknown`` word
or blank gives ``unknown`` (vocabularies) or nothing (countries, counts), a month or quarter
gives its first day with that precision, coordinates are the written figures.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "Agency", "make_blind265"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_FR_MONTHS = (
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
_ES_MONTHS = (
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_NUMBER_WORDS = (
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
#: Other usual names of a country, per language (what desks of that language write).
_ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "GBR": "UK",
        "USA": "USA",
        "CIV": "Ivory Coast",
        "VNM": "Vietnam",
        "TUR": "Turkey",
        "MKD": "Macedonia",
        "BIH": "Bosnia",
        "RUS": "Russian Federation",
        "SYR": "Syrian Arab Republic",
        "GMB": "The Gambia",
        "IRN": "Iran (Islamic Republic of)",
    },
    "fr": {
        "GBR": "Grande-Bretagne",
        "USA": "USA",
        "CIV": "Côte-d'Ivoire",
        "VNM": "Vietnam",
        "MKD": "Macédoine",
        "BIH": "Bosnie",
        "RUS": "Fédération de Russie",
        "SYR": "République arabe syrienne",
        "GIN": "Guinée-Conakry",
        "IRN": "Iran (République islamique d')",
    },
    "es": {
        "GBR": "Gran Bretaña",
        "USA": "EE. UU.",
        "CIV": "Côte d'Ivoire",
        "VNM": "Viet Nam",
        "MKD": "Macedonia",
        "BIH": "Bosnia",
        "RUS": "Federación de Rusia",
        "SYR": "República Árabe Siria",
        "TUR": "Türkiye",
        "GIN": "Guinea-Conakry",
        "VEN": "Venezuela (República Bolivariana de)",
        "IRN": "Irán (República Islámica del)",
    },
}
#: Nationalities as Panamanian forms write them ("nacionalidad: venezolana").
_DEMONYMS_ES: dict[str, str] = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "AFG": "afgana",
    "SYR": "siria",
    "IRQ": "iraquí",
    "PAK": "pakistaní",
    "VNM": "vietnamita",
    "ROU": "rumana",
    "NGA": "nigeriana",
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One construction-sector desk: the shared source fields plus how it writes its cells.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's wordings (the first is its usual one).
    unknown : tuple of str
        What the desk writes when a value is not known.
    no_exploitation : tuple of str or None
        The exploitation cell of a pure smuggling case (None: left blank).
    direct : tuple of str or None
        The transit cell of a case with no transit country (None: left blank).
    zero : tuple of str
        Words for "no suspect" (empty: always the figure).
    count_unknown : tuple of str or None
        What the desk writes for a count it does not know (None: left blank).
    day_styles : mapping
        Style of a full date -> probability; the first is the desk's usual one.
    month_style, quarter_style : str or None
        Style of a month-only or quarter-only date, if the desk writes them.
    partial_rate : float
        Share of rows (not in a pair of reports) dated by month or quarter only.
    country_styles : mapping
        Style of a country cell -> probability.
    demonym_rate : float
        Share of nationality cells written as an adjective.
    transit_sep, offence_sep : str
        Separators of transit countries and linked offences.
    coords : str
        ``"xlsx"``, ``"comma"``, ``"pair"``, ``"hemisphere"`` or ``"json"``.
    coord_unknown : tuple of str or None
        What the desk writes for a place it does not know (None: left blank).
    thousands : tuple of str
        Thousands separators the desk types into counts of 1,000 or more.
    count_words : bool
        Whether small counts are sometimes written in words.
    case_rate : float
        Share of text cells with stray case or spaces.
    mojibake_rate : float
        Share of country and crime cells garbled as UTF-8 read as cp1252.
    upper : bool
        Whether the desk writes every text cell in capitals.
    lists : bool
        Whether transit countries and linked offences are JSON arrays.
    no_date : tuple of str or None
        What a row with no date shows (None: a blank cell).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    no_exploitation: tuple[str | None, ...]
    direct: tuple[str | None, ...]
    zero: tuple[str, ...]
    count_unknown: tuple[str | None, ...]
    day_styles: Mapping[str, float]
    month_style: str | None
    quarter_style: str | None
    partial_rate: float
    country_styles: Mapping[str, float]
    demonym_rate: float
    transit_sep: str
    offence_sep: str
    coords: str
    coord_unknown: tuple[str | None, ...]
    thousands: tuple[str, ...]
    count_words: bool
    case_rate: float
    mojibake_rate: float
    upper: bool
    lists: bool
    no_date: tuple[str | None, ...]


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_FLC = Agency(
    source="flc_es",
    filename="flc_incidencias_jg.xlsx",
    ref="FLC/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de la visita",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº trabajadores afectados",
        "n_suspects": "Nº responsables identificados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud obra",
        "lon": "Longitud obra",
        "linked_offences": "Otros delitos asociados",
    },
    note="Datos provisionales, pendientes de validación por el Área de Prevención",
    total="TOTAL",
    bad_count=("varios", "ver informe adjunto", "unos cuantos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "Trata + tráfico"),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otras formas",),
        },
        "gender": {
            "male": ("Hombres", "Varones", "Hombre"),
            "female": ("Mujeres", "Mujer"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "Menores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Patera", "Cayuco"),
            "land": ("Terrestre", "Por carretera", "Autobús"),
            "air": ("Aéreo", "Avión"),
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
    unknown=("Desconocido", "No consta", "Sin datos"),
    no_exploitation=(None, None, "No procede"),
    direct=(None, None, "Directo"),
    zero=("Ninguno",),
    count_unknown=("Sin determinar", "No consta"),
    day_styles={"excel": 0.8, "dmy": 0.12, "serial": 0.08},
    month_style="es",
    quarter_style=None,
    partial_rate=0.04,
    country_styles={"name": 0.78, "upper": 0.08, "plain": 0.07, "typo": 0.03, "alias": 0.04},
    demonym_rate=0.0,
    transit_sep=" - ",
    offence_sep=", ",
    coords="xlsx",
    coord_unknown=(None,),
    thousands=(".",),
    count_words=False,
    case_rate=0.05,
    mojibake_rate=0.0,
    upper=False,
    lists=False,
    no_date=(None,),
)

_OPPBTP = Agency(
    source="oppbtp",
    filename="oppbtp_signalements_jg.csv",
    ref="SIG-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "crime_type": "Nature du signalement",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode d'acheminement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du fichier des signalements - données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "cf. PV", "voir rapport"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
                "Aide au séjour irrégulier",
            ),
            "both": ("TEH + aide au séjour irrégulier", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "forced_labour": (
                "Exploitation par le travail",
                "Travail forcé",
                "Conditions de travail contraires à la dignité",
            ),
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "forced_marriage": ("Mariage forcé",),
            "organ_removal": ("Prélèvement d'organes",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "H", "Masculin"),
            "female": ("Femmes", "F", "Féminin"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "Mineurs non accompagnés"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Embarcation", "Bateau"),
            "land": ("Routier", "Poids lourd", "Terrestre"),
            "air": ("Aérien", "Avion"),
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
    unknown=("Non renseigné", "NR", "Inconnu"),
    no_exploitation=(None, "Sans objet", "SO"),
    direct=(None, "Direct", "Aucun"),
    zero=("aucun", "néant"),
    count_unknown=("non communiqué", "NC"),
    day_styles={"dmy": 0.85, "long_fr": 0.15},
    month_style="fr",
    quarter_style="fr",
    partial_rate=0.06,
    country_styles={"name": 0.8, "upper": 0.08, "plain": 0.05, "typo": 0.03, "alias": 0.04},
    demonym_rate=0.0,
    transit_sep=" / ",
    offence_sep=", ",
    coords="comma",
    coord_unknown=(None, "NR"),
    thousands=(" ", "\u00a0"),
    count_words=False,
    case_rate=0.06,
    mojibake_rate=0.05,
    upper=False,
    lists=False,
    no_date=(None,),
)

_HSE = Agency(
    source="hse_construction",
    filename="hse_construction_jg.csv",
    ref="HSE-CD-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Notice ref",
        "event_date": "Date of visit",
        "crime_type": "Concern type",
        "exploitation": "Type of exploitation",
        "n_persons": "Workers affected",
        "n_suspects": "Gangmasters / suspects",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "detection_country": "Country found in",
        "transport_mode": "Means of arrival",
        "coordinates": "Site location (lat, long)",
        "linked_offences": "Related offences",
    },
    note="OFFICIAL-SENSITIVE: provisional figures, not for onward disclosure",
    total="Total",
    bad_count=("several", "see narrative", "a number"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": (
                "People smuggling",
                "Facilitation of illegal entry",
                "Illegal entry facilitation",
            ),
            "both": ("Modern slavery and smuggling", "MSHT + facilitation"),
        },
        "exploitation": {
            "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
            "sexual": ("Sexual exploitation",),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "Men"),
            "female": ("Female", "F", "Women"),
            "mixed": ("Mixed", "Men and women"),
        },
        "age_group": {
            "adult": ("Adult", "18+", "Adults"),
            "child": ("Child", "Under 18", "Minor"),
            "mixed": ("Adults and children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Sea", "Small boat", "Boat"),
            "land": ("Road", "HGV", "Lorry", "Coach"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "Unknown", "N/K"),
    no_exploitation=(None, None, "N/A"),
    direct=(None, "Direct"),
    zero=("none", "nil"),
    count_unknown=("not known", "unknown"),
    day_styles={"long_en": 0.6, "dmy": 0.4},
    month_style="en",
    quarter_style=None,
    partial_rate=0.04,
    country_styles={"name": 0.72, "alias": 0.16, "iso3": 0.04, "typo": 0.04, "upper": 0.04},
    demonym_rate=0.0,
    transit_sep=" > ",
    offence_sep="; ",
    coords="pair",
    coord_unknown=(None, "n/a"),
    thousands=(",",),
    count_words=True,
    case_rate=0.05,
    mojibake_rate=0.0,
    upper=False,
    lists=False,
    no_date=(None,),
)

_CAPAC = Agency(
    source="capac_pa",
    filename="capac_sso_jg.csv",
    ref="SSO-{seq:04d}-{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "NO. REPORTE",
        "event_date": "FECHA",
        "crime_type": "DELITO",
        "exploitation": "TIPO DE EXPLOTACION",
        "n_persons": "CANT. PERSONAS",
        "n_suspects": "PRESUNTOS RESPONSABLES",
        "gender": "SEXO",
        "age_group": "GRUPO ETARIO",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS DE ORIGEN",
        "transit_countries": "PAISES DE TRANSITO",
        "destination_country": "PAIS DE DESTINO",
        "detection_country": "PAIS DONDE SE DETECTO",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="REPORTE GENERADO POR EL DEPTO. DE SEGURIDAD Y SALUD OCUPACIONAL",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "GRUPO", "VER INFORME"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("TRATA DE PERSONAS", "TRATA"),
            "smuggling": ("TRÁFICO DE MIGRANTES", "TRAFICO ILICITO DE MIGRANTES"),
            "both": ("TRATA Y TRÁFICO DE MIGRANTES", "TRATA/TRÁFICO"),
        },
        "exploitation": {
            "forced_labour": ("LABORAL", "TRABAJO FORZOSO"),
            "sexual": ("SEXUAL", "EXPLOTACION SEXUAL"),
            "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
            "forced_marriage": ("MATRIMONIO SERVIL",),
            "organ_removal": ("EXTRACCION DE ORGANOS",),
            "other": ("OTRA",),
        },
        "gender": {
            "male": ("MASCULINO", "HOMBRES"),
            "female": ("FEMENINO", "MUJERES"),
            "mixed": ("MIXTO", "AMBOS SEXOS"),
        },
        "age_group": {
            "adult": ("ADULTOS", "MAYORES DE EDAD"),
            "child": ("NNA", "MENORES"),
            "mixed": ("ADULTOS Y NNA", "MIXTO"),
        },
        "transport_mode": {
            "sea": ("MARITIMO", "LANCHA"),
            "land": ("TERRESTRE", "A PIE", "BUS"),
            "air": ("AEREO",),
        },
        "linked_offences": {
            "document_fraud": ("FALSIFICACION DE DOCUMENTOS",),
            "corruption": ("CORRUPCION DE SERVIDORES PUBLICOS",),
            "money_laundering": ("BLANQUEO DE CAPITALES",),
            "illicit_goods": ("DROGAS",),
            "cybercrime": ("DELITOS INFORMATICOS",),
            "terrorism": ("TERRORISMO",),
        },
    },
    unknown=("S/D", "N/D", "DESCONOCIDO"),
    no_exploitation=(None, "N/A"),
    direct=(None, "NINGUNO"),
    zero=("NINGUNO",),
    count_unknown=("SIN DATO", "S/D"),
    day_styles={"mon_es": 0.7, "dmy": 0.3},
    month_style="es",
    quarter_style=None,
    partial_rate=0.03,
    country_styles={"plain": 0.6, "name": 0.25, "typo": 0.05, "iso3": 0.05, "alias": 0.05},
    demonym_rate=0.7,
    transit_sep=", ",
    offence_sep=" / ",
    coords="hemisphere",
    coord_unknown=(None, "S/D"),
    thousands=(",",),
    count_words=False,
    case_rate=0.04,
    mojibake_rate=0.0,
    upper=True,
    lists=False,
    no_date=(None, "S/F"),
)

_CICA = Agency(
    source="cica_intl",
    filename="cica_intl_jg.jsonl",
    ref="CICA-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "detection_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality_iso",
        "origin_country": "origin_iso",
        "transit_countries": "transit_route",
        "destination_country": "destination_iso",
        "detection_country": "detection_country_code",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_crimes",
    },
    note=None,
    total="TOTAL (all member federations)",
    bad_count=("several", "multiple", "see_note"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("THB",),
            "smuggling": ("SOM", "migrant_smuggling"),
            "both": ("THB/SOM",),
        },
        "exploitation": {
            "forced_labour": ("labour",),
            "sexual": ("sexual",),
            "forced_criminality": ("forced_criminal_activities",),
            "forced_marriage": ("forced_marriage",),
            "organ_removal": ("organ_removal",),
            "other": ("other",),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("MIX",)},
        "age_group": {"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED",)},
        "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drug_trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("UNK",),
    no_exploitation=(None,),
    direct=(None,),
    zero=(),
    count_unknown=(None,),
    day_styles={"iso": 1.0},
    month_style="iso",
    quarter_style="q",
    partial_rate=0.15,
    country_styles={"iso3": 0.7, "iso2": 0.2, "numeric": 0.1},
    demonym_rate=0.0,
    transit_sep="|",
    offence_sep="|",
    coords="json",
    coord_unknown=(None,),
    thousands=(),
    count_words=False,
    case_rate=0.0,
    mojibake_rate=0.0,
    upper=False,
    lists=True,
    no_date=(None,),
)

#: The variant's five sources, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_FLC, _OPPBTP, _HSE, _CAPAC, _CICA)

#: Detection country -> the desk that first reports its events (others: the compilation).
_PRIMARY = {"ESP": "flc_es", "FRA": "oppbtp", "GBR": "hse_construction", "PAN": "capac_pa"}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): "hse_construction",
    ("channel", "GBR"): "oppbtp",
    ("wmed", "ESP"): "oppbtp",
    ("watl", "ESP"): "cica_intl",
    ("thb_rou_esp", "ESP"): "cica_intl",
    ("thb_rou_esp", "ITA"): "flc_es",
    ("thb_vnm_gbr", "GBR"): "cica_intl",
    ("darien", "PAN"): "cica_intl",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, probs: Mapping[str, float]) -> str:
    keys = list(probs)
    w = np.array([probs[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _opt(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _plain(text: str) -> str:
    """Drop the accents (``Camerún`` -> ``Camerun``), as a form without them does."""
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (``Venezuela`` -> ``Venzeuela``)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _noise(src: Agency, text: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Add stray case or spaces to some cells; write capitals for a desk that uses them."""
    if src.case_rate and rng.random() < src.case_rate:
        kind = int(rng.integers(4))
        text = (
            text.upper()
            if kind == 0
            else text.lower()
            if kind == 1
            else f"  {text} "
            if kind == 2
            else f"{text}  "
        )
        tags.append(f"case:{col}")
    return text.upper() if src.upper else text


def _garble(src: Agency, text: str, rng: _Rng, tags: list[str], col: str) -> str:
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append(f"mojibake:{col}")
            return bad
    return text


def _word(src: Agency, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    forms = src.words[col][value]
    r = rng.random()
    pick = 0 if r < 0.6 or len(forms) == 1 else 1 + int((r - 0.6) / 0.4 * (len(forms) - 1))
    text = forms[min(pick, len(forms) - 1)]
    if col == "crime_type":
        text = _garble(src, text, rng, tags, col)
    return _noise(src, text, rng, tags, col) if not src.lists else text


def _unknown(src: Agency, rng: _Rng) -> str:
    return choice(rng, src.unknown)


def _country(
    src: Agency, iso: str, rng: _Rng, tags: list[str], col: str, *, demonym: bool = False
) -> str:
    """Write one ISO alpha-3 code the desk's way; tag what differs from the plain name."""
    name = str(COUNTRIES[iso][_LANG_COL[src.language]])
    style = _draw(rng, src.country_styles)
    if demonym and iso in _DEMONYMS_ES and rng.random() < src.demonym_rate:
        style, text = "demonym", _DEMONYMS_ES[iso]
    elif style == "upper":
        text = name.upper()
    elif style == "plain":
        text = _plain(name)
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias":
        text = _ALIASES[src.language].get(iso, name)
    elif style == "typo":
        text = _typo(name)
    else:
        text = name
    if text != name:
        tags.append(f"{style}:{col}")
    if src.lists:  # codes in a JSON record: no stray case or garbling
        return text
    text = _garble(src, text, rng, tags, col)
    return _noise(src, text, rng, tags, col)


def _day(style: str, ts: pd.Timestamp) -> object:
    """Write a full date in one of the desks' styles."""
    m = ts.month - 1
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "long_en":
        return f"{ts.day} {MONTHS[m]} {ts.year}"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[m]} {ts.year}"
    if style == "mon_es":
        return f"{ts.day:02d}-{_ES_ABBR[m]}-{ts.year}"
    return ts.strftime("%d/%m/%Y")  # "dmy"


def _month(style: str, ts: pd.Timestamp) -> str:
    m = ts.month - 1
    if style == "iso":
        return ts.strftime("%Y-%m")
    if style == "fr":
        return f"{_FR_MONTHS[m]} {ts.year}"
    if style == "en":
        return f"{MONTHS[m]} {ts.year}"
    return f"{_ES_MONTHS[m]} {ts.year}"  # "es"


def _quarter(style: str, ts: pd.Timestamp) -> str:
    return f"T{ts.quarter} {ts.year}" if style == "fr" else f"Q{ts.quarter} {ts.year}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    if partial_ok and rng.random() < src.partial_rate:
        tags.append("partial_date")
        if src.quarter_style is not None and (src.month_style is None or rng.random() < 0.4):
            return _quarter(src.quarter_style, ts), ts.to_period("Q").start_time, "quarter"
        month = src.month_style or "iso"
        text = _month(month, ts)
        return (text.upper() if src.upper else text), ts.to_period("M").start_time, "month"
    style = _draw(rng, src.day_styles)
    if style != next(iter(src.day_styles)):
        tags.append(f"date_{style}")
    return _day(style, ts), ts.normalize(), "day"


def _count(src: Agency, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count the desk's way: a figure, a typed thousands separator or a word."""
    if n >= 1000 and src.thousands and rng.random() < 0.5:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    if src.count_words and 1 <= n <= len(_NUMBER_WORDS) and rng.random() < 0.15:
        tags.append(f"count_word:{col}")
        return _NUMBER_WORDS[n - 1]
    return n if src.format != "csv" else str(n)


def _coordinates(
    src: Agency,
    lat: float | None,
    lon: float | None,
    rng: _Rng,
    tags: list[str],
    *,
    blank: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon): the written figures, or nothing."""
    keys = ("coordinates",) if src.coords == "pair" else ("lat", "lon")
    if blank or lat is None or lon is None:
        tags.append("blank_coordinates" if blank else "coords_missing")
        return dict.fromkeys(keys), None, None
    if rng.random() < 0.04:
        word = _opt(rng, src.coord_unknown)
        tags.append("coords_missing" if word is None else "coords_placeholder")
        return dict.fromkeys(keys, word), None, None
    if src.coords == "hemisphere":
        la, lo = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{abs(la):.4f} {'N' if la >= 0 else 'S'}",
            "lon": f"{abs(lo):.4f} {'E' if lo >= 0 else 'O'}",
        }
        tags.append("coords_hemisphere")
        return cells, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    if src.coords == "pair":
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.coords == "comma" or (src.coords == "xlsx" and rng.random() < 0.15):
        tags.append("decimal_comma")
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, tags, partial_ok=partial_ok
    )

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng, tags), crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = _opt(rng, src.no_exploitation), None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"], exp["n_persons"] = _opt(rng, src.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, persons, rng, tags, "n_persons"), persons

    suspects = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or suspects is None or r < 0.02:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        word = _opt(rng, src.count_unknown)
        cells["n_suspects"], exp["n_suspects"] = word, None
        tags.append("suspects_placeholder" if word is not None else "blank_n_suspects")
    elif suspects == 0 and src.zero and rng.random() < 0.5:
        word = choice(rng, src.zero)
        cells["n_suspects"], exp["n_suspects"] = (word.upper() if src.upper else word), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = (
            _count(src, suspects, rng, tags, "n_suspects"),
            (suspects),
        )

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.04:
        cells["gender"], exp["gender"] = _unknown(src, rng), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        r = rng.random()
        if r < 0.03:
            cells[col] = None if r < 0.01 else _unknown(src, rng)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    nat = ev["nationality"]
    r = rng.random()
    if forced_blank == "nationality" or nat is None or r < 0.03:
        # a compilation of ISO codes leaves it null: its "UNK" would read as ICAO's Kosovo code
        empty = forced_blank == "nationality" or r < 0.015 or src.lists
        cells["nationality"] = None if empty else _unknown(src, rng)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), rng, tags, "nationality", demonym=True)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        cells[col] = None if iso is None else _country(src, str(iso), rng, tags, col)
        exp[col] = None if iso is None else str(iso)

    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(det), rng, tags, "detection_country")
        exp["detection_country"] = str(det)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = _opt(rng, src.direct), None
        if cells["transit_countries"] is not None:
            tags.append("transit_direct")
    else:
        parts = [_country(src, c, rng, tags, "transit") for c in str(transit).split("|")]
        cells["transit_countries"] = parts if src.lists else src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    place, exp["lat"], exp["lon"] = _coordinates(
        src,
        None if ev["lat"] is None else float(ev["lat"]),  # type: ignore[arg-type]
        None if ev["lon"] is None else float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = words if src.lists else src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


_BAD_DAYS = ((30, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible or ten years ahead (a typo)."""
    usual = next(iter(src.day_styles))
    if kind == "no_date":
        return _opt(rng, src.no_date)
    if kind == "future_date":
        day = min(ts.day, 28) if ts.month == 2 else ts.day
        return _day(usual, pd.Timestamp(year=ts.year + 10, month=ts.month, day=day))
    day, month = _BAD_DAYS[int(rng.integers(len(_BAD_DAYS)))]
    if usual == "iso":
        return f"{ts.year}-{month:02d}-{day:02d}"
    if usual == "long_en":
        return f"{day} {MONTHS[month - 1]} {ts.year}"
    if usual == "mon_es":
        return f"{day:02d}-{_ES_ABBR[month - 1]}-{ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"  # typed as text, Excel keeps it as text


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the extraction date of the desk's note row, a few days after its last row."""
    return _day(next(iter(src.day_styles)), last.normalize() + pd.Timedelta(days=5))


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="cica_intl",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=265_2651,
    blank_share=0.3,
)


def make_blind265(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five construction-sector desks of ``blind265`` do.

    Spain's events go to the Fundación Laboral de la Construcción, France's to OPPBTP, the
    United Kingdom's to the HSE Construction Division, Panama's to CAPAC, and every other
    one to the CICA compilation; some Channel, Western Mediterranean, Atlantic, Romanian,
    Vietnamese and Darién events are reported a second time by another desk.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``flc_incidencias_jg.xlsx``, ``oppbtp_signalements_jg.csv``,
        ``hse_construction_jg.csv``, ``capac_sso_jg.csv`` and ``cica_intl_jg.jsonl``, each
        with the expected clean value of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind265(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['flc_incidencias_jg.xlsx', 'oppbtp_signalements_jg.csv', 'hse_construction_jg.csv',
     'capac_sso_jg.csv', 'cica_intl_jg.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:2].tolist()
    ['N° signalement', 'Date du constat']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
