"""Examiner's held-out sample set ``blind411`` (files ``*_ow.*``): brick, tile and ceramics.

Five sources that never wrote for trendlib before, all from the labour-compliance and
sourcing-audit side of the heavy-clay and ceramics trade, each in its own working
language, tool and habits:

``fftb_conformite_sociale_ow.csv``
    Fédération Française des Tuiles et Briques, cellule conformité sociale / devoir de
    vigilance (briqueteries and tuileries). French, cp1252, ``;``, CRLF: the Excel "CSV
    (séparateur : point-virgule)" export. Day-first dates (a few two-digit years, month
    names and ``T2 2023`` quarters), nationalities as French adjectives (``afghane``),
    capitals without accents, decimal-comma coordinates, counts with a (no-break) space
    before the thousands, some number words, and accents garbled where a member's UTF-8
    export was pasted into the sheet (``Ã‰rythrÃ©e``). First reports of France.
``bda_ethical_sourcing_ow.xlsx``
    Brick Development Association (UK brick manufacturers), ethical-sourcing / Modern
    Slavery Act working group register. English workbook: real Excel dates (a few typed as
    ``17 May 2023``, ``May 2023`` or ``Q2 2023``), counts as numbers, nationalities as
    demonyms (``Vietnamese``), ``UK``-style aliases, transit routes joined by ``>``, one
    "lat, long" column, some of it pasted from a map in degrees-minutes-seconds. First
    reports of the United Kingdom.
``ascer_rsc_castellon_ow.csv``
    ASCER (tile makers of Castellón), comisión de responsabilidad social. Spanish, UTF-8
    with BOM, ``;`` (Excel "CSV UTF-8" in a Spanish locale). Day-first dates, some
    ``17-may-2023``, ``mayo 2023`` and ``2T 2023``; counts with ``.`` before the
    thousands; decimal-comma coordinates; sex as ``H`` / ``M`` (hombre / mujer) beside the
    words; a free-text ``Observaciones`` column. Re-sends a few rows. First reports of
    Spain.
``sip_panama_cumplimiento_ow.csv``
    Sindicato de Industriales de Panamá, comité de cumplimiento laboral (ladrilleras and
    block makers). Spanish, UTF-16 with BOM, tab-delimited: Excel's "Texto Unicode"
    export. Dates as Excel serial numbers where the column was "General" and as
    ``2023/05/17`` text where it was typed, a few ``mayo de 2023`` and ``II trimestre
    2023``; ``M`` / ``F`` for masculino / femenino; ``NNA`` for minors; Spanish
    nationality adjectives; ``1,234`` counts; one "lat, long" column. First reports of
    Panama.
``intertek_wca_findings_ow.jsonl``
    Intertek workplace-conditions / sourcing-audit zero-tolerance findings feed (JSON
    lines from the audit platform's API, English enum codes). ISO alpha-2 site and origin
    countries, ISO alpha-3 nationalities, UN M49 numeric destinations, ``;``-joined
    alpha-2 transit lists, ISO dates (a few with a time, ``2023-05`` or ``2023-Q2``),
    numbers as JSON numbers, ``0, 0`` where the auditor's device had no fix, a
    ``SUMMARY`` record, and records repeated across paginated pulls. Reports every event
    no other source reports first (Italy, Greece, Croatia, Poland, the United States).

Every cell is written as a careful analyst would read it, and the truth says so: a
blank, an "unknown" word or a "not applicable" word expects no value (or ``unknown`` in a
vocabulary column), a garbled or misspelt country its country, a demonym its country, a
month or quarter its first day, a degrees-minutes-seconds point its decimal value.
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

__all__ = ["EXAMINER", "SOURCES", "KilnSource", "make_blind411"]

_Rng = np.random.Generator

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
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles that give a month or a quarter, not a day.
_PARTIAL = {
    "fr_month": "month",
    "fr_quarter": "quarter",
    "en_month": "month",
    "en_quarter": "quarter",
    "es_month": "month",
    "es_quarter": "quarter",
    "pa_month": "month",
    "roman_quarter": "quarter",
    "ym": "month",
    "yq": "quarter",
}

_NUMBER_WORDS = {
    "fr": (
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
        "vingt",
    ),
    "es": (
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
    ),
}

#: Nationality adjectives as each desk writes them (French: feminine, as in
#: "nationalité afghane"; Spanish: masculine plural-less, as on Panamanian forms).
_DEMONYMS: dict[str, dict[str, str]] = {
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

#: Other names in common use, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("Côte-d'Ivoire",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "RUS": ("Fédération de Russie",),
    },
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "RUS": ("Federación de Rusia",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class KilnSource(ExaminerSource):
    """One source of the set: the shared fields plus its own wording and habits.

    Attributes
    ----------
    words : mapping
        Vocabulary column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the desk's
        spellings, the usual one first.
    unknown : mapping
        What the desk writes when a value is not known or does not apply: keys
        ``nationality``, ``gender``, ``exploitation``, ``n_persons``, ``n_suspects``
        (not known), ``na`` (not applicable: age group, transport), ``zero`` (no
        suspect), ``no_exploitation`` (a smuggling case), ``direct`` (no transit). An
        empty tuple: the cell is left blank.
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    main_date : str
        The style of the note row's date and of a mistyped (future) year.
    countries : mapping
        Country column -> style -> weight (styles of :func:`_country_form`).
    transit_seps, offence_seps : tuple of str
        Separators of the transit-country and linked-offence lists.
    coords : str
        ``"split_comma"`` (two columns, decimal comma), ``"pair"`` (one "lat, long"
        column), ``"pair_dms"`` (the same, some in degrees-minutes-seconds) or
        ``"numbers"`` (two JSON numbers).
    thousands : tuple of str
        Thousands separators of counts of 1,000 or more (empty: plain digits).
    number_words : bool
        Whether a few small counts are written in words.
    noise : float
        Share of vocabulary and country cells with changed case or stray spaces.
    moji : float
        Share of cells with accents whose accents come out garbled (mojibake).
    extra : tuple of str
        Values of the desk's own follow-up column (header ``headers["_extra"]``).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: Mapping[str, tuple[str, ...]]
    dates: Mapping[str, float]
    main_date: str
    countries: Mapping[str, Mapping[str, float]]
    transit_seps: tuple[str, ...]
    offence_seps: tuple[str, ...]
    coords: str
    thousands: tuple[str, ...]
    number_words: bool
    noise: float
    moji: float
    extra: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_FFTB = KilnSource(
    source="fftb_conformite_sociale",
    filename="fftb_conformite_sociale_ow.csv",
    ref="FFTB-VIG-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb travailleurs concernés",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode d'acheminement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "_extra": "Suivi",
    },
    note="Extraction provisoire – diffusion restreinte aux adhérents",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "voir PV", "cf. rapport d'audit"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite d'êtres humains"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide au séjour irrégulier", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": (
                "travail forcé",
                "servitude pour dettes",
                "exploitation par le travail",
            ),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineurs", "mineur(s)"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "voie maritime", "embarcation"),
            "land": ("poids lourd", "voie routière", "véhicule léger"),
            "air": ("voie aérienne", "avion"),
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
    unknown={
        "nationality": ("indéterminée", "non renseignée"),
        "gender": ("non renseigné",),
        "exploitation": ("à préciser", "non précisée"),
        "n_persons": ("non déterminé", "inconnu"),
        "n_suspects": ("inconnu", "n.c."),
        "na": ("sans objet",),
        "zero": ("aucun", "néant"),
        "no_exploitation": ("sans objet", "", ""),
        "direct": (),
    },
    dates={"dmy": 0.86, "dmy2": 0.04, "fr_month": 0.05, "fr_quarter": 0.05},
    main_date="dmy",
    countries={
        "nationality": {"demonym": 0.5, "name": 0.35, "caps_plain": 0.08, "typo": 0.03},
        "origin_country": {"name": 0.84, "caps_plain": 0.08, "typo": 0.03, "alias": 0.05},
        "destination_country": {"name": 0.78, "alias": 0.14, "caps_plain": 0.08},
        "detection_country": {"name": 0.92, "caps_plain": 0.08},
        "transit_countries": {"name": 0.9, "caps_plain": 0.05, "typo": 0.05},
    },
    transit_seps=(", ", " / "),
    offence_seps=(", ", " / "),
    coords="split_comma",
    thousands=("\u00a0", " "),
    number_words=True,
    noise=0.05,
    moji=0.05,
    extra=("en cours", "clos", "transmis CODAF", "signalé à l'inspection du travail"),
)

_BDA = KilnSource(
    source="bda_ethical_sourcing",
    filename="bda_ethical_sourcing_ow.xlsx",
    ref="BDA/MS/{yy:02d}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of workers affected",
        "n_suspects": "Perpetrators identified",
        "gender": "Gender",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transport_mode": "Means of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated offences",
        "_extra": "Status",
    },
    note="Note: compiled from member returns - provisional, not for onward sharing",
    total="Total",
    bad_count=("#REF!", "see attached", "refer to audit report"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery - human trafficking", "Human trafficking"),
            "smuggling": ("Facilitated illegal entry", "People smuggling"),
            "both": ("Trafficking & smuggling", "Smuggling / trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour", "Debt bondage", "Labour exploitation"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Under 18", "Child"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea", "RHIB"),
            "land": ("HGV", "Lorry", "Car/van"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cyber-enabled fraud",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "nationality": ("Not known",),
        "gender": ("Not recorded",),
        "exploitation": ("Under assessment",),
        "n_persons": ("Unknown", "Not known"),
        "n_suspects": ("Unknown", "Not known"),
        "na": ("N/A",),
        "zero": ("Nil", "none identified"),
        "no_exploitation": ("N/A", ""),
        "direct": ("Direct",),
    },
    dates={"excel": 0.82, "en_long": 0.08, "en_month": 0.05, "en_quarter": 0.05},
    main_date="excel",
    countries={
        "nationality": {"demonym": 0.6, "name": 0.3, "upper": 0.06, "typo": 0.04},
        "origin_country": {"name": 0.8, "alias": 0.12, "upper": 0.04, "typo": 0.04},
        "destination_country": {"name": 0.6, "alias": 0.4},
        "detection_country": {"name": 0.7, "alias": 0.3},
        "transit_countries": {"name": 0.85, "alias": 0.1, "typo": 0.05},
    },
    transit_seps=(" > ", ", "),
    offence_seps=("; ", ", "),
    coords="pair_dms",
    thousands=(),
    number_words=False,
    noise=0.03,
    moji=0.0,
    extra=("Open", "Closed", "Referred to NRM", "Referred to GLAA", "Awaiting member response"),
)

_ASCER = KilnSource(
    source="ascer_rsc_castellon",
    filename="ascer_rsc_castellon_ow.csv",
    ref="RSC-{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº trabajadores afectados",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
        "_extra": "Observaciones",
    },
    note="Nota: datos provisionales pendientes de validación por la comisión de RSC",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver acta", "según informe"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH", "trata"),
            "smuggling": (
                "favorecimiento de la inmigración ilegal",
                "inmigración clandestina",
                "tráfico ilícito de migrantes",
            ),
            "both": ("trata y tráfico de migrantes", "TSH + inmigración ilegal"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso", "servidumbre por deudas"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujeres", "M"),
            "male": ("hombres", "H"),
            "mixed": ("mixto", "H y M"),
        },
        "age_group": {
            "child": ("menores", "menor de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática", "marítimo"),
            "land": ("terrestre", "camión", "furgoneta"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "nationality": ("desconocida", "no consta"),
        "gender": ("no consta",),
        "exploitation": ("sin determinar",),
        "n_persons": ("sin determinar",),
        "n_suspects": ("se desconoce", "no consta"),
        "na": ("no procede",),
        "zero": ("ninguno",),
        "no_exploitation": ("", "", "no procede"),
        "direct": ("directo",),
    },
    dates={"dmy": 0.85, "es_short": 0.05, "es_month": 0.05, "es_quarter": 0.05},
    main_date="dmy",
    countries={
        "nationality": {"name": 0.84, "plain": 0.06, "upper": 0.06, "typo": 0.04},
        "origin_country": {"name": 0.86, "plain": 0.06, "typo": 0.04, "alias": 0.04},
        "destination_country": {"name": 0.85, "alias": 0.1, "upper": 0.05},
        "detection_country": {"name": 0.9, "upper": 0.1},
        "transit_countries": {"name": 0.9, "plain": 0.06, "typo": 0.04},
    },
    transit_seps=(", ", " - "),
    offence_seps=(", ", " y "),
    coords="split_comma",
    thousands=(".",),
    number_words=False,
    noise=0.05,
    moji=0.0,
    extra=(
        "derivado a Inspección de Trabajo",
        "comunicado a Policía Nacional",
        "en seguimiento",
        "cerrado",
        "",
    ),
)

_SIP = KilnSource(
    source="sip_panama_cumplimiento",
    filename="sip_panama_cumplimiento_ow.csv",
    ref="SIP-CL-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de implicados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta / tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información suministrada por empresas afiliadas, sujeta a verificación",
    total="Total",
    bad_count=("#¡REF!", "ver anexo", "ver informe"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de personas", "trata"),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico de migrantes", "trata / tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "F"),
            "male": ("masculino", "M"),
            "mixed": ("mixto", "ambos"),
        },
        "age_group": {
            "child": ("menores de edad", "NNA"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie", "bus"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos", "corrupción"),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "nationality": ("sin dato",),
        "gender": ("sin dato",),
        "exploitation": ("por determinar",),
        "n_persons": ("s/d",),
        "n_suspects": ("s/d", "sin dato"),
        "na": ("no aplica",),
        "zero": ("ninguno",),
        "no_exploitation": ("no aplica", ""),
        "direct": (),
    },
    dates={"serial": 0.45, "ymd_slash": 0.45, "pa_month": 0.05, "roman_quarter": 0.05},
    main_date="ymd_slash",
    countries={
        "nationality": {"demonym": 0.4, "name": 0.5, "upper": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.85, "upper": 0.06, "plain": 0.05, "typo": 0.04},
        "destination_country": {"name": 0.75, "alias": 0.2, "upper": 0.05},
        "detection_country": {"name": 0.9, "plain": 0.1},
        "transit_countries": {"name": 0.9, "upper": 0.05, "typo": 0.05},
    },
    transit_seps=(", ", " / "),
    offence_seps=(", ", " / "),
    coords="pair",
    thousands=(",",),
    number_words=True,
    noise=0.05,
    moji=0.0,
    extra=(),
)

_ENUM_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("HUMAN_TRAFFICKING",),
        "smuggling": ("MIGRANT_SMUGGLING",),
        "both": ("TRAFFICKING_AND_SMUGGLING",),
    },
    "exploitation": {
        "sexual": ("SEXUAL_EXPLOITATION",),
        "forced_labour": ("FORCED_LABOUR", "DEBT_BONDAGE"),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    "gender": {"female": ("FEMALE",), "male": ("MALE",), "mixed": ("MIXED",)},
    "age_group": {"child": ("UNDER_18",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    "linked_offences": {
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("BRIBERY",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("DRUGS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
}

_INTERTEK = KilnSource(
    source="intertek_wca_findings",
    filename="intertek_wca_findings_ow.jsonl",
    ref="ZT-{year}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "finding_id",
        "event_date": "identified_on",
        "_extra": "audit_type",
        "crime_type": "issue_category",
        "exploitation": "exploitation_indicator",
        "n_persons": "workers_affected",
        "n_suspects": "responsible_parties",
        "gender": "worker_gender",
        "age_group": "worker_age_band",
        "nationality": "worker_nationality_iso3",
        "origin_country": "origin_country_iso2",
        "transit_countries": "transit_route_iso2",
        "destination_country": "destination_m49",
        "detection_country": "site_country_iso2",
        "transport_mode": "recruitment_travel_mode",
        "lat": "site_lat",
        "lon": "site_lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("see finding narrative", "refer to CAP"),
    repeats=True,
    words=_ENUM_WORDS,
    unknown={
        "nationality": (),
        "gender": ("UNSPECIFIED",),
        "exploitation": ("NOT_DETERMINED",),
        "n_persons": (),
        "n_suspects": (),
        "na": ("NOT_APPLICABLE",),
        "zero": (),
        "no_exploitation": ("",),
        "direct": (),
    },
    dates={"iso": 0.8, "iso_dt": 0.1, "ym": 0.05, "yq": 0.05},
    main_date="iso",
    countries={
        "nationality": {"iso3": 1.0},
        "origin_country": {"iso2": 1.0},
        "destination_country": {"m49": 1.0},
        "detection_country": {"iso2": 1.0},
        "transit_countries": {"iso2": 1.0},
    },
    transit_seps=(";",),
    offence_seps=(";",),
    coords="numbers",
    thousands=(),
    number_words=False,
    noise=0.0,
    moji=0.0,
    extra=("ANNOUNCED", "SEMI_ANNOUNCED", "UNANNOUNCED", "DESK_REVIEW"),
)

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[KilnSource, ...] = (_FFTB, _BDA, _ASCER, _SIP, _INTERTEK)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    """Draw a key of ``weights`` with probability proportional to its weight."""
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _plain(text: str) -> str:
    """Drop the accents (``Sénégal`` -> ``Senegal``), as many capitals-only registers do."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _typo(text: str) -> str:
    """Drop the letter in the middle of a name of six letters or more (a slip of the key).

    Examples
    --------
    >>> _typo("Afghanistan"), _typo("Mali")
    ('Afghaistan', 'Mali')
    """
    if len(text) < 6:
        return text
    i = len(text) // 2
    return text if not text[i].isalpha() else text[:i] + text[i + 1 :]


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, pd.Timestamp, str]:
    """Write ``ts`` in ``style``; return the cell, the date it means and its precision.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> _date_cell("fr_quarter", pd.Timestamp("2023-05-17"), rng)[0]
    'T2 2023'
    >>> _date_cell("serial", pd.Timestamp("2023-05-17"), rng)[0]
    '45063'
    >>> _date_cell("roman_quarter", pd.Timestamp("2023-05-17"), rng)[1:]
    (Timestamp('2023-04-01 00:00:00'), 'quarter')
    """
    day = ts.normalize()
    m, q, y = ts.month - 1, ts.quarter, ts.year
    cells: dict[str, object] = {
        "dmy": day.strftime("%d/%m/%Y"),
        "dmy2": day.strftime("%d/%m/%y"),
        "fr_month": f"{_FR_MONTHS[m]} {y}",
        "fr_quarter": f"T{q} {y}",
        "excel": day.to_pydatetime(),
        "en_long": f"{day.day} {MONTHS[m]} {y}",
        "en_month": f"{MONTHS[m]} {y}",
        "en_quarter": f"Q{q} {y}",
        "es_short": f"{day.day:02d}-{_ES_MONTHS[m][:3]}-{y}",
        "es_month": f"{_ES_MONTHS[m]} {y}",
        "es_quarter": f"{q}T {y}",
        "serial": str(_excel_serial(day)),
        "ymd_slash": day.strftime("%Y/%m/%d"),
        "pa_month": f"{_ES_MONTHS[m]} de {y}",
        "roman_quarter": f"{_ROMAN[q - 1]} trimestre {y}",
        "iso": day.strftime("%Y-%m-%d"),
        "ym": day.strftime("%Y-%m"),
        "yq": f"{y}-Q{q}",
    }
    if style == "iso_dt":  # the audit platform's timestamp of the finding
        hour, minute = int(rng.integers(7, 19)), int(rng.integers(0, 60))
        return day.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00", day, "day"
    precision = _PARTIAL.get(style, "day")
    if precision == "month":
        return cells[style], day.to_period("M").start_time, "month"
    if precision == "quarter":
        return cells[style], day.to_period("Q").start_time, "quarter"
    return cells[style], day, "day"


def _country_form(src: KilnSource, iso: str, style: str) -> str:
    """Write one country (ISO alpha-3 ``iso``) in ``style`` in the source's language.

    Examples
    --------
    >>> _country_form(_FFTB, "ERI", "demonym"), _country_form(_FFTB, "SEN", "caps_plain")
    ('érythréenne', 'SENEGAL')
    >>> _country_form(_INTERTEK, "AUT", "m49"), _country_form(_INTERTEK, "POL", "iso2")
    ('040', 'PL')
    """
    lang = src.language
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    if style == "iso3":
        return iso
    if style in ("iso2", "m49"):
        alpha2, numeric = iso_codes(iso)
        return alpha2 if style == "iso2" else numeric
    if style == "demonym":
        return _DEMONYMS[lang].get(iso, name)
    if style == "alias":
        aliases = _ALIASES[lang].get(iso)
        return aliases[0] if aliases else name
    forms = {
        "name": name,
        "upper": name.upper(),
        "caps_plain": _plain(name).upper(),
        "plain": _plain(name),
        "typo": _typo(name),
    }
    return forms[style]


def _noisy(src: KilnSource, text: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Garble the accents of a few cells (mojibake) and change the case of a few others."""
    if src.moji and rng.random() < src.moji:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append(f"mojibake:{col}")
            return garbled
    if src.noise and rng.random() < src.noise:
        kind = int(rng.integers(4))
        out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
        if out != text:
            tags.append(f"case:{col}")
        return out
    return text


def _word(src: KilnSource, col: str, value: str, rng: _Rng) -> str:
    """Return the desk's word for a canonical ``value``: the usual one 60 %, else another."""
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _country(src: KilnSource, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    style = _draw(rng, src.countries[col])
    text = _country_form(src, iso, style)
    if not fits(text, src):  # the file's code page cannot hold it: the clerk drops accents
        text, style = _plain(text), "plain"
    if text != _country_form(src, iso, "name") or style in ("iso2", "iso3", "m49"):
        tags.append(f"{style}:{col}")
    if style == "typo":  # one slip per cell: a misspelt name is not garbled on top
        return text
    return _noisy(src, text, col, rng, tags)


def _count(src: KilnSource, n: int, col: str, rng: _Rng, tags: list[str]) -> object:
    """Write a count as the desk does: a number in a workbook or feed, text in a CSV."""
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    if col == "n_persons" and src.number_words and 1 < n <= 20 and rng.random() < 0.03:
        tags.append("count_word")
        return _NUMBER_WORDS[src.language][n]
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    r"""Write degrees-minutes-seconds as a map does; return the text and its value.

    Examples
    --------
    >>> _dms(51.12345, "N", "S")
    ('51°07\'24.4"N', 51.123444)
    """
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, secs = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{secs // 10:02d}.{secs % 10}\"{pos if sign > 0 else neg}"
    return text, round(sign * (deg + minutes / 60 + secs / 36000), 6)


def _coordinates(
    src: KilnSource, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[dict[str, object], float, float]:
    """Write the point of detection; return the cells and the point they mean."""
    keys = ("coordinates",) if src.coords.startswith("pair") else ("lat", "lon")
    nothing: dict[str, object] = dict.fromkeys(keys)
    if blank:
        tags.append("blank_coordinates")
        return nothing, float("nan"), float("nan")
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return nothing, float("nan"), float("nan")
    if src.coords == "numbers":
        if r < 0.055:  # the auditor's device had no fix
            tags.append("coords_placeholder")
            return {"lat": 0.0, "lon": 0.0}, float("nan"), float("nan")
        return {"lat": lat, "lon": lon}, lat, lon
    if src.coords == "split_comma":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon
    if src.coords == "pair_dms" and r > 0.85:  # pasted from a map pin
        lat_text, lat_value = _dms(lat, "N", "S")
        lon_text, lon_value = _dms(lon, "E", "W")
        tags.append("coords_dms")
        return {"coordinates": f"{lat_text} {lon_text}"}, lat_value, lon_value
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon


def _render(
    src: KilnSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: ``(cells, expected, tags)``."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    unknown = src.unknown

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    styles = {k: w for k, w in src.dates.items() if partial_ok or k not in _PARTIAL}
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        _draw(rng, styles), ts, rng
    )
    if exp["date_precision"] != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noisy(src, _word(src, "crime_type", crime, rng), "crime_type", rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # a smuggling case: nothing to say, or "not applicable"
        cells["exploitation"] = choice(rng, unknown["no_exploitation"]) or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        word = _word(src, "exploitation", str(expl), rng)
        cells["exploitation"] = _noisy(src, word, "exploitation", rng, tags)
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, unknown["n_persons"]) if unknown["n_persons"] else None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, "n_persons", rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.02:
        cells["n_suspects"] = choice(rng, unknown["n_suspects"]) if unknown["n_suspects"] else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and unknown["zero"] and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, unknown["zero"]), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k, "n_suspects", rng, tags), k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, unknown["gender"]), "unknown"
        tags.append("blank_gender")
    else:
        word = _word(src, "gender", gender, rng)
        if len(word) <= 3 and src.language == "es":
            tags.append("gender_letter")
        cells["gender"], exp["gender"] = _noisy(src, word, "gender", rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, unknown["na"]), "unknown"
            tags.append("na_word")
        else:
            cells[col] = _noisy(src, _word(src, col, value, rng), col, rng, tags)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col == "nationality" and rng.random() < 0.015:
            cells[col] = choice(rng, unknown["nationality"]) if unknown["nationality"] else None
            exp[col] = None
            tags.append("blank_nationality")
        else:
            cells[col], exp[col] = _country(src, iso, col, rng, tags), iso

    transit = ev["transit_countries"]
    if transit is None:
        direct = unknown["direct"]
        cells["transit_countries"] = choice(rng, direct) if direct and rng.random() < 0.3 else None
        if cells["transit_countries"] is not None:
            tags.append("direct_word")
    else:
        parts = [
            _country(src, iso, "transit_countries", rng, tags) for iso in str(transit).split("|")
        ]
        cells["transit_countries"] = choice(rng, src.transit_seps).join(parts)
    exp["transit_countries"] = transit

    point, exp["lat"], exp["lon"] = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(point)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_seps).join(words)
    exp["linked_offences"] = offences

    if src.extra:
        cells["_extra"] = choice(rng, src.extra) or None
    return cells, exp, tags


def _plus_ten_years(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the same day with a mistyped decade (2023 -> 2033): a date in the future."""
    try:
        return ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        return ts.replace(year=ts.year + 10, day=28)


def _bad_date(src: KilnSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible, or a decade ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _date_cell(src.main_date, _plus_ten_years(ts), rng)[0]
    day = choice(rng, ("30", "31"))
    if src.main_date == "ymd_slash":
        return f"{ts.year}/02/{day}"
    if src.main_date == "iso":
        return f"{ts.year}-02-{day}"
    return f"{day}/02/{ts.year}"  # typed as text in a day-first column


def _note_date(src: KilnSource, last: pd.Timestamp) -> object:
    """Return the extraction date written on the note row: a week after the last case."""
    return _date_cell(src.main_date, last + pd.Timedelta(days=7), np.random.default_rng(0))[0]


#: The variant: who reports what first, and who may report it again.
EXAMINER: Examiner[KilnSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": _FFTB.source,
        "GBR": _BDA.source,
        "ESP": _ASCER.source,
        "PAN": _SIP.source,
    },
    compilation=_INTERTEK.source,
    secondary={
        ("channel", "FRA"): _BDA.source,
        ("channel", "GBR"): _FFTB.source,
        ("thb_vnm_gbr", "GBR"): _INTERTEK.source,
        ("thb_rou_esp", "ESP"): _INTERTEK.source,
        ("thb_rou_esp", "ITA"): _ASCER.source,
        ("thb_nga_ita", "ITA"): _FFTB.source,
        ("wmed", "ESP"): _FFTB.source,
        ("watl", "ESP"): _FFTB.source,
        ("darien", "PAN"): _INTERTEK.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=411,
    blank_share=0.5,
)


def make_blind411(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five brick, tile and ceramics desks of ``blind411``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``fftb_conformite_sociale_ow.csv`` (French, cp1252, ``;``),
        ``bda_ethical_sourcing_ow.xlsx`` (English), ``ascer_rsc_castellon_ow.csv``
        (Spanish, UTF-8 with BOM, ``;``), ``sip_panama_cumplimiento_ow.csv`` (Spanish,
        UTF-16, tab) and ``intertek_wca_findings_ow.jsonl`` (English codes), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind411(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fftb_conformite_sociale_ow.csv', 'bda_ethical_sourcing_ow.xlsx',
     'ascer_rsc_castellon_ow.csv', 'sip_panama_cumplimiento_ow.csv',
     'intertek_wca_findings_ow.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('cp1252', ';'), ('utf-8', None), ('utf-8-sig', ';'), ('utf-16', '\t'),
     ('utf-8', None)]
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Qualification des faits']
    >>> all((s.expected["expected_status"] == "record").sum() > 5 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
