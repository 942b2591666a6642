"""Examiner sample set ``blind83``: five more agencies' data exports (files ``*_cg.*``).

A held-out set written without looking at the cleaner, to measure how it copes with
wording, codes and layouts it was never tuned on. Each source is an export of a
case-management, statistics or survey system, written the way that system and that
agency write. The shared row machinery (which source reports which event, bad rows,
garbage rows, exact repeats) is :mod:`trendlib.samples._examiner`; this module keeps only
the agencies' wording and their way of writing a cell.

Reader's guide
--------------
``homeoffice_bsc_cg.xlsx`` -- UK Home Office, Border Security Command (English, XLSX)
    A Power BI "Export data" of the command's incident table (first reporter of events
    detected in the United Kingdom; second reporter of Channel events detected in
    France). Headers carry Power BI's aggregation names (``Sum of Persons Detected``).
    ``Incident Date`` holds real Excel dates, a few General-formatted Excel serials
    (``44635``), typed UK day-first text (``04/03/2022``, ``4-Mar-2022``), month labels
    (``March 2022``) and Power BI quarter labels (``2022 Qtr 3``, ``Q3 2022``, ``Qtr 3
    2022``). Crime as ``OIC`` / ``MSHT`` or by statute (``s.25 IA 1971``, ``MSA 2015
    s.2``, the Scottish ``HTE(S)A 2015 s.1`` for Glasgow cases); NRM exploitation words
    (``Labour``, ``Criminal exploitation (cannabis cultivation)``); ``UASC`` for
    unaccompanied children; nationality as Home Office demonyms, country names or
    three-letter codes; ``(Blank)`` / ``Not known`` for unknown counts and categories,
    ``Nil`` / ``None identified`` for no suspect; numeric ``Latitude`` / ``Longitude``; an
    ``Applied filters:`` note row and a ``Total`` row. Bad dates: ``30/02/2022`` style
    impossible days, a year ten years ahead, ``(Blank)``.
``dipn59_lrp_cg.csv`` -- Police nationale, DIPN du Nord (French, cp1252, ``;``, CRLF)
    An extraction of the LRP-PN procedure records of the Nord police directorate (first
    reporter of events detected in France; second reporter of Channel events detected in
    the United Kingdom). Coded fields -- ``Vecteur`` ``T`` / ``M`` / ``A``, sexe ``H`` /
    ``F`` / ``MX``, ``MAJ`` / ``MIN`` / ``MNA``, ``NC`` = non connu -- mixed with words, and
    explained by a legend row (the note row). Crime as CESEDA / Code pénal articles
    (``L622-1 CESEDA`` for facts before 1 May 2021, ``L823-1 CESEDA`` after,
    ``225-4-1 CP``) or ``TEH``; ``Nb MEC`` (mis en cause) with ``aucun`` / ``néant``;
    nationality as upper-case unaccented feminine adjectives (``ERYTHREENNE``,
    ``NIGERIANE`` for Nigeria), accented ones or country names; ``Angleterre`` /
    ``R.-U.`` for the United Kingdom; dates ``14/03/2022``, ``14/03/2022 23:40``,
    ``14/03/22`` and partial ``courant mars 2022``, ``00/03/2022``, ``03/2022``; one
    coordinates cell as a dotted pair, a decimal-comma pair, DMS or degrees and decimal
    minutes; thousands with a (no-break) space; ``NC`` / ``inconnu`` counts.
``cepaim_salesforce_cg.csv`` -- Fundación Cepaim (Spanish, latin-1, ``,``)
    A Salesforce-style case CRM report export of the foundation's reception and
    anti-trafficking teams (first reporter of events detected in Spain; second reporter
    of Romanian trafficking cases detected in Italy). Custom auto-numbers
    ``EXP-2022-00012``; es-ES locale: dates ``14/3/2022`` (no zero padding), with
    ``H:mm`` times, ``14 de marzo de 2022``, partial ``marzo de 2022`` / ``3/2022``;
    thousands ``1.254``; a geolocation field split in ``Ubicación (Latitud)`` /
    ``(Longitud)`` with decimal commas; multi-select picklists joined by ``;``. Crime as
    ``TSH``, ``art. 177 bis CP`` (trata), ``art. 318 bis CP`` (tráfico ilícito); sexo as
    picklist codes ``H`` (hombre) / ``M`` (mujer) or words; ``No consta``, ``Sin datos``;
    some UTF-8 text read as cp1252 by an old import (``Ã³`` for ``ó``). Note row: the
    Salesforce confidentiality footer; total ``Total general``.
``upmrip_eventos_cg.csv`` -- SEGOB, Unidad de Política Migratoria (Spanish, UTF-8 BOM, ``|``)
    A Mexican open-data CSV of events (first reporter of events detected in the United
    States -- people returned by US authorities -- and second reporter of Darién events):
    upper-case unaccented values, ``ID_EVENTO`` numbers, ISO dates mixed with
    ``14/03/2022``, partial ``2022-03``, ``MARZO 2022``, ``TERCER TRIMESTRE 2022``,
    ``2022-T3``. Mexican legal wording: ``TRAFICO DE PERSONAS (ART. 159 LM)`` is migrant
    smuggling, ``TRATA DE PERSONAS`` trafficking; ``NNA`` (niñas, niños y adolescentes)
    for children; ``EUA`` / ``E.U.A.`` / ``EE.UU.`` for the United States; ``PROBABLES
    RESPONSABLES``; ``OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA`` for money
    laundering; thousands ``1,254``; ``SD`` / ``N/D`` / ``NO ESPECIFICADO`` for unknowns;
    separate ``LATITUD`` / ``LONGITUD``. Overlapping monthly cuts re-send some rows.
``drc_prm_kobo_cg.jsonl`` -- Danish Refugee Council, protection monitoring (English, JSONL)
    A KoboToolbox JSON export of the border protection-monitoring form (every event the
    four others do not report first: Italy, Greece, Croatia, Poland, Panama). Group paths
    in the keys (``grp_incident/incident_date``), ``_id`` last, every value a string:
    choice names of two form versions (``som`` / ``smuggling``, ``thb`` / ``trafficking``,
    ``som_thb``), snake-case countries (``cote_d_ivoire``, ``viet_nam``) or ISO codes,
    ``dont_know``, ``no_facilitators``, select-multiple offences joined by spaces
    (``doc_fraud money_laundering``), a free-text transit route, ODK geopoints
    ``lat lon altitude accuracy`` and ISO dates or datetimes with the local UTC offset
    (``2022-03-14T10:32:00.000+01:00``). Duplicate submissions re-send some rows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, cast

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

__all__ = ["BLIND83_SOURCES", "Blind83Source", "make_blind83"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's serial dates


@dataclass(frozen=True)
class Blind83Source(ExaminerSource):
    """A ``blind83`` source: the shared source description plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's wording tables and cell writers (``"bsc"``, ``"dipn"``,
        ``"cepaim"``, ``"upmrip"``, ``"drc"``).
    """

    style: str


#: The five sources of the ``blind83`` set, in the order their submissions are returned.
BLIND83_SOURCES: tuple[Blind83Source, ...] = (
    Blind83Source(
        source="homeoffice_bsc",
        filename="homeoffice_bsc_cg.xlsx",
        ref="BSC-OIC-{yy:02d}-{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "event_date": "Incident Date",
            "source_ref": "Incident Ref",
            "crime_type": "Crime Category",
            "exploitation": "Exploitation Type (NRM)",
            "n_persons": "Sum of Persons Detected",
            "n_suspects": "Suspected Facilitators",
            "gender": "Cohort Sex",
            "age_group": "Cohort Age Band",
            "nationality": "Principal Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Route",
            "destination_country": "Intended Destination",
            "detection_country": "Detection Country",
            "transport_mode": "Method of Entry",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Associated Offences",
        },
        note=(
            "Applied filters:\nIncident Date is on or after 01/01/2021\n"
            "Command is Border Security Command\nCase Status is not Withdrawn"
        ),
        total="Total",
        bad_count=("Multiple", "Several", "Large group"),
        repeats=False,
        style="bsc",
    ),
    Blind83Source(
        source="dipn_nord",
        filename="dipn59_lrp_cg.csv",
        ref="{year}/{seq:06d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° procédure",
            "event_date": "Date faits",
            "crime_type": "Qualification",
            "exploitation": "Finalité exploitation",
            "n_persons": "Nb victimes / étrangers",
            "n_suspects": "Nb MEC",
            "gender": "Sexe (H/F/MX)",
            "age_group": "Maj./Min.",
            "nationality": "Nationalité",
            "origin_country": "Pays origine",
            "destination_country": "Pays destination",
            "detection_country": "Pays constatation",
            "transit_countries": "Pays transit",
            "transport_mode": "Vecteur",
            "coordinates": "Coord. GPS (WGS84)",
            "linked_offences": "Infractions connexes",
        },
        note=(
            "Légende : Vecteur T = terrestre, M = maritime, A = aérien | Sexe H = hommes, "
            "F = femmes, MX = mixte | MAJ = majeurs, MIN = mineurs, MNA = mineur non "
            "accompagné, MX = mixte | MEC = mis en cause | NC = non connu"
        ),
        total="TOTAL",
        bad_count=("plusieurs", "groupe", "nombreux"),
        repeats=False,
        style="dipn",
    ),
    Blind83Source(
        source="cepaim",
        filename="cepaim_salesforce_cg.csv",
        ref="EXP-{year}-{seq:05d}",
        format="csv",
        encoding="latin-1",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Número de expediente",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipo de caso",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº personas atendidas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Franja de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "País de destino previsto",
            "detection_country": "País de identificación",
            "transport_mode": "Medio de llegada",
            "lat": "Ubicación (Latitud)",
            "lon": "Ubicación (Longitud)",
            "linked_offences": "Delitos conexos",
        },
        note=(
            "Información confidencial - No distribuir. Copyright (c) 2000-2024 "
            "salesforce.com, inc. Todos los derechos reservados."
        ),
        total="Total general",
        bad_count=("varias", "grupo numeroso", "muchas"),
        repeats=False,
        style="cepaim",
    ),
    Blind83Source(
        source="upmrip_segob",
        filename="upmrip_eventos_cg.csv",
        ref="{year}{seq:06d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "ID_EVENTO",
            "event_date": "FECHA_EVENTO",
            "detection_country": "PAIS_EVENTO",
            "crime_type": "DELITO",
            "exploitation": "FIN_EXPLOTACION",
            "n_persons": "PERSONAS",
            "n_suspects": "PROBABLES_RESPONSABLES",
            "gender": "SEXO",
            "age_group": "GRUPO_EDAD",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAIS_ORIGEN",
            "transit_countries": "PAISES_TRANSITO",
            "destination_country": "PAIS_DESTINO",
            "transport_mode": "MEDIO_TRANSPORTE",
            "lat": "LATITUD",
            "lon": "LONGITUD",
            "linked_offences": "DELITOS_ASOCIADOS",
        },
        note=(
            "Fuente: SEGOB, UPMRIP, con base en registros administrativos. "
            "Cifras preliminares sujetas a revisión."
        ),
        total="TOTAL",
        bad_count=("VARIOS", "GRUPO", "MULTIPLES"),
        repeats=True,
        style="upmrip",
    ),
    Blind83Source(
        source="drc_prm",
        filename="drc_prm_kobo_cg.jsonl",
        ref="{yy:02d}{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "event_date": "grp_incident/incident_date",
            "crime_type": "grp_incident/incident_type",
            "exploitation": "grp_incident/exploitation_form",
            "linked_offences": "grp_incident/other_offences",
            "detection_country": "grp_location/country",
            "coordinates": "grp_location/gps",
            "n_persons": "grp_people/people_total",
            "n_suspects": "grp_people/facilitators_n",
            "gender": "grp_people/group_sex",
            "age_group": "grp_people/group_age",
            "nationality": "grp_people/nationality_main",
            "origin_country": "grp_route/country_origin",
            "transit_countries": "grp_route/transit_route",
            "destination_country": "grp_route/country_intended",
            "transport_mode": "grp_route/means_transport",
            "source_ref": "_id",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "many", "group"),
        repeats=True,
        style="drc",
    ),
)

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
# ISO alpha-3 -> (English names, English demonym, French names, French feminine adjective
# of nationality, Spanish names, Spanish masculine demonym).
_COUNTRIES: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str, tuple[str, ...], str]] = {
    "AFG": (("Afghanistan",), "Afghan", ("Afghanistan",), "afghane", ("Afganistán",), "afgano"),
    "ALB": (("Albania",), "Albanian", ("Albanie",), "albanaise", ("Albania",), "albanés"),
    "AUT": (("Austria",), "Austrian", ("Autriche",), "autrichienne", ("Austria",), "austriaco"),
    "BGD": (
        ("Bangladesh",),
        "Bangladeshi",
        ("Bangladesh",),
        "bangladaise",
        ("Bangladés", "Bangladesh"),
        "bangladesí",
    ),
    "BGR": (("Bulgaria",), "Bulgarian", ("Bulgarie",), "bulgare", ("Bulgaria",), "búlgaro"),
    "BIH": (
        ("Bosnia and Herzegovina", "Bosnia"),
        "Bosnian",
        ("Bosnie-Herzégovine",),
        "bosnienne",
        ("Bosnia y Herzegovina", "Bosnia"),
        "bosnio",
    ),
    "BLR": (
        ("Belarus",),
        "Belarusian",
        ("Biélorussie", "Bélarus"),
        "biélorusse",
        ("Bielorrusia",),
        "bielorruso",
    ),
    "CHN": (("China",), "Chinese", ("Chine",), "chinoise", ("China",), "chino"),
    "CIV": (
        ("Ivory Coast", "Côte d'Ivoire"),
        "Ivorian",
        ("Côte d'Ivoire",),
        "ivoirienne",
        ("Costa de Marfil",),
        "marfileño",
    ),
    "CMR": (("Cameroon",), "Cameroonian", ("Cameroun",), "camerounaise", ("Camerún",), "camerunés"),
    "COL": (("Colombia",), "Colombian", ("Colombie",), "colombienne", ("Colombia",), "colombiano"),
    "DEU": (("Germany",), "German", ("Allemagne",), "allemande", ("Alemania",), "alemán"),
    "DZA": (("Algeria",), "Algerian", ("Algérie",), "algérienne", ("Argelia",), "argelino"),
    "ECU": (("Ecuador",), "Ecuadorian", ("Équateur",), "équatorienne", ("Ecuador",), "ecuatoriano"),
    "EGY": (("Egypt",), "Egyptian", ("Égypte",), "égyptienne", ("Egipto",), "egipcio"),
    "ERI": (("Eritrea",), "Eritrean", ("Érythrée",), "érythréenne", ("Eritrea",), "eritreo"),
    "ESP": (("Spain",), "Spanish", ("Espagne",), "espagnole", ("España",), "español"),
    "FRA": (("France",), "French", ("France",), "française", ("Francia",), "francés"),
    "GBR": (
        ("United Kingdom", "UK"),
        "British",
        ("Royaume-Uni",),
        "britannique",
        ("Reino Unido",),
        "británico",
    ),
    "GIN": (
        ("Guinea",),
        "Guinean",
        ("Guinée", "Guinée-Conakry"),
        "guinéenne",
        ("Guinea", "Guinea Conakry"),
        "guineano",
    ),
    "GMB": (("Gambia", "The Gambia"), "Gambian", ("Gambie",), "gambienne", ("Gambia",), "gambiano"),
    "GRC": (("Greece",), "Greek", ("Grèce",), "grecque", ("Grecia",), "griego"),
    "GTM": (
        ("Guatemala",),
        "Guatemalan",
        ("Guatemala",),
        "guatémaltèque",
        ("Guatemala",),
        "guatemalteco",
    ),
    "HND": (("Honduras",), "Honduran", ("Honduras",), "hondurienne", ("Honduras",), "hondureño"),
    "HRV": (("Croatia",), "Croatian", ("Croatie",), "croate", ("Croacia",), "croata"),
    "HTI": (("Haiti",), "Haitian", ("Haïti",), "haïtienne", ("Haití",), "haitiano"),
    "HUN": (("Hungary",), "Hungarian", ("Hongrie",), "hongroise", ("Hungría",), "húngaro"),
    "IRN": (("Iran",), "Iranian", ("Iran",), "iranienne", ("Irán",), "iraní"),
    "IRQ": (("Iraq",), "Iraqi", ("Irak",), "irakienne", ("Irak", "Iraq"), "iraquí"),
    "ITA": (("Italy",), "Italian", ("Italie",), "italienne", ("Italia",), "italiano"),
    "LBY": (("Libya",), "Libyan", ("Libye",), "libyenne", ("Libia",), "libio"),
    "MAR": (("Morocco",), "Moroccan", ("Maroc",), "marocaine", ("Marruecos",), "marroquí"),
    "MEX": (("Mexico",), "Mexican", ("Mexique",), "mexicaine", ("México",), "mexicano"),
    "MKD": (
        ("North Macedonia",),
        "Macedonian",
        ("Macédoine du Nord",),
        "macédonienne",
        ("Macedonia del Norte",),
        "macedonio",
    ),
    "MLI": (("Mali",), "Malian", ("Mali",), "malienne", ("Malí", "Mali"), "maliense"),
    "MRT": (
        ("Mauritania",),
        "Mauritanian",
        ("Mauritanie",),
        "mauritanienne",
        ("Mauritania",),
        "mauritano",
    ),
    "NER": (("Niger",), "Nigerien", ("Niger",), "nigérienne", ("Níger",), "nigerino"),
    "NGA": (
        ("Nigeria",),
        "Nigerian",
        ("Nigeria", "Nigéria"),
        "nigériane",
        ("Nigeria",),
        "nigeriano",
    ),
    "PAK": (("Pakistan",), "Pakistani", ("Pakistan",), "pakistanaise", ("Pakistán",), "pakistaní"),
    "PAN": (("Panama",), "Panamanian", ("Panama",), "panaméenne", ("Panamá",), "panameño"),
    "POL": (("Poland",), "Polish", ("Pologne",), "polonaise", ("Polonia",), "polaco"),
    "ROU": (("Romania",), "Romanian", ("Roumanie",), "roumaine", ("Rumanía", "Rumania"), "rumano"),
    "RUS": (("Russia",), "Russian", ("Russie",), "russe", ("Rusia",), "ruso"),
    "SEN": (("Senegal",), "Senegalese", ("Sénégal",), "sénégalaise", ("Senegal",), "senegalés"),
    "SRB": (("Serbia",), "Serbian", ("Serbie",), "serbe", ("Serbia",), "serbio"),
    "SYR": (("Syria",), "Syrian", ("Syrie",), "syrienne", ("Siria",), "sirio"),
    "TUN": (("Tunisia",), "Tunisian", ("Tunisie",), "tunisienne", ("Túnez",), "tunecino"),
    "TUR": (("Turkey", "Türkiye"), "Turkish", ("Turquie",), "turque", ("Turquía",), "turco"),
    "USA": (
        ("United States", "USA"),
        "American",
        ("États-Unis",),
        "américaine",
        ("Estados Unidos",),
        "estadounidense",
    ),
    "VEN": (
        ("Venezuela",),
        "Venezuelan",
        ("Venezuela",),
        "vénézuélienne",
        ("Venezuela",),
        "venezolano",
    ),
    "VNM": (
        ("Vietnam", "Viet Nam"),
        "Vietnamese",
        ("Viêt Nam", "Vietnam"),
        "vietnamienne",
        ("Vietnam",),
        "vietnamita",
    ),
    "YEM": (("Yemen",), "Yemeni", ("Yémen",), "yéménite", ("Yemen",), "yemení"),
}

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
_ES_QUARTERS = ("PRIMER", "SEGUNDO", "TERCER", "CUARTO")

_W = dict[str, tuple[str, ...]]

# Crime type (``{art}`` in the DIPN wording: the CESEDA article in force on the day).
_CRIME: dict[str, _W] = {
    "bsc": {
        "smuggling": (
            "OIC",
            "Organised Immigration Crime",
            "OIC - facilitation (s.25 IA 1971)",
            "Facilitation s25 Immigration Act 1971",
            "People smuggling",
        ),
        "trafficking": (
            "MSHT",
            "Modern Slavery / Human Trafficking",
            "Human trafficking (MSA 2015 s.2)",
            "Modern slavery",
        ),
        "both": (
            "OIC / MSHT",
            "OIC & modern slavery",
            "Facilitation + trafficking (s.25 IA 1971; MSA 2015 s.2)",
        ),
    },
    "dipn": {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. {art} CESEDA)",
            "{art} CESEDA",
            "AIDE A L'ENTREE ET AU SEJOUR IRREGULIERS",
            "aide à l'entrée et au séjour irréguliers d'étrangers",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "225-4-1 CP",
            "TRAITE DES ETRES HUMAINS",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "225-4-1 CP / {art} CESEDA",
            "TRAITE DES ETRES HUMAINS + AIDE A L'ENTREE IRREGULIERE",
        ),
    },
    "cepaim": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
            "318 bis CP",
        ),
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH", "177 bis CP"),
        "both": (
            "Trata y tráfico de migrantes",
            "TSH + tráfico ilícito de migrantes",
            "177 bis y 318 bis CP",
        ),
    },
    "upmrip": {
        "smuggling": (
            "TRAFICO DE PERSONAS",
            "TRÁFICO DE PERSONAS (ART. 159 LM)",
            "TRAFICO DE PERSONAS (ART. 159 LEY DE MIGRACION)",
            "TRAFICO ILICITO DE MIGRANTES",
        ),
        "trafficking": ("TRATA DE PERSONAS", "TRATA DE PERSONAS (LGPSEDMTP)", "TRATA"),
        "both": ("TRATA Y TRAFICO DE PERSONAS", "TRAFICO Y TRATA DE PERSONAS"),
    },
    "drc": {
        "smuggling": ("som", "smuggling"),
        "trafficking": ("thb", "trafficking"),
        "both": ("som_thb", "smuggling_trafficking"),
    },
}

# Form of exploitation; "none" is what a smuggling row holds (None = an empty cell).
_EXPLOITATION: dict[str, dict[str, tuple[str | None, ...]]] = {
    "bsc": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal",
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": (None, None, "(Blank)", "N/A"),
    },
    "dipn": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "EXPLOITATION SEXUELLE"),
        "forced_labour": ("travail forcé", "exploitation par le travail", "TRAVAIL FORCE"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre finalité"),
        "none": (None, None, "sans objet", "/"),
    },
    "cepaim": {
        "sexual": ("Explotación sexual", "Prostitución forzada"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": (
            "Actividades delictivas",
            "Explotación para actividades delictivas",
        ),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra", "Otras formas de explotación"),
        "none": (None, None, None, "No aplica"),
    },
    "upmrip": {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACION LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO FORZOSO",),
        "other": ("OTRA", "OTRO FIN"),
        "none": ("NO APLICA", "NA", None),
    },
    "drc": {
        "sexual": ("sexual",),
        "forced_labour": ("labour", "forced_labour"),
        "forced_criminality": ("criminal_activities",),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
        "none": (None,),
    },
}

_GENDER: dict[str, _W] = {
    "bsc": {
        "male": ("Male", "All male", "M"),
        "female": ("Female", "All female", "F"),
        "mixed": ("Mixed", "Male & female", "Mixed cohort"),
        "unknown": ("Not recorded", "(Blank)"),
    },
    "dipn": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("MX", "mixte", "H/F"),
        "unknown": ("NC",),
    },
    "cepaim": {
        "male": ("H", "Hombre", "Hombres"),
        "female": ("M", "Mujer", "Mujeres"),
        "mixed": ("Mixto", "Grupo mixto", "H y M"),
        "unknown": ("No consta",),
    },
    "upmrip": {
        "male": ("HOMBRES", "HOMBRE", "MASCULINO"),
        "female": ("MUJERES", "MUJER", "FEMENINO"),
        "mixed": ("MIXTO", "AMBOS SEXOS"),
        "unknown": ("NO ESPECIFICADO",),
    },
    "drc": {
        "male": ("male_only", "men"),
        "female": ("female_only", "women"),
        "mixed": ("mixed", "men_women"),
        "unknown": ("dont_know",),
    },
}

_AGE: dict[str, _W] = {
    "bsc": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Child", "UASC", "Under 18"),
        "mixed": ("Mixed", "Adults & minors", "Adults and children"),
        "unknown": ("Not known",),
    },
    "dipn": {
        "adult": ("MAJ", "majeurs", "majeur"),
        "child": ("MIN", "mineurs", "MNA"),
        "mixed": ("MX", "mixte", "majeurs et mineurs"),
        "unknown": ("NC",),
    },
    "cepaim": {
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "child": ("Menor", "Menores", "Menor no acompañado"),
        "mixed": ("Mixta", "Adultos y menores"),
        "unknown": ("No consta",),
    },
    "upmrip": {
        "adult": ("ADULTOS", "MAYORES DE EDAD", "18 Y MAS"),
        "child": ("NNA", "MENORES DE EDAD", "MENORES DE 18"),
        "mixed": ("MIXTO", "ADULTOS Y NNA"),
        "unknown": ("NO ESPECIFICADO",),
    },
    "drc": {
        "adult": ("adults_only", "adults"),
        "child": ("children_only", "minors"),
        "mixed": ("adults_children", "mixed_ages"),
        "unknown": ("dont_know",),
    },
}

_TRANSPORT: dict[str, _W] = {
    "bsc": {
        "sea": ("Small boat", "Small boat (dinghy)", "Maritime - small boat", "RHIB", "Vessel"),
        "land": ("HGV", "Lorry", "Clandestine in HGV", "Car", "Van", "Coach", "Rail", "On foot"),
        "air": ("Air", "Flight", "Air (LHR)", "Aircraft"),
        "unknown": ("Not recorded",),
    },
    "dipn": {
        "sea": ("M", "maritime", "small boat", "SMALL BOAT", "embarcation pneumatique", "bateau"),
        "land": ("T", "terrestre", "PL (poids lourd)", "PL", "VL", "véhicule léger", "à pied"),
        "air": ("A", "aérien", "voie aérienne", "avion"),
        "unknown": ("NC",),
    },
    "cepaim": {  # the land and sea words depend on the place (see _transport)
        "sea": ("Embarcación", "Neumática", "Vía marítima"),
        "land": ("Vía terrestre", "Autobús", "Furgoneta", "Vehículo particular"),
        "air": ("Avión", "Vía aérea", "Aeropuerto"),
        "unknown": ("No consta",),
    },
    "upmrip": {
        "sea": ("MARITIMO", "EMBARCACION", "LANCHA"),
        "land": (
            "TERRESTRE",
            "A PIE",
            "TRACTOCAMION",
            "CAJA SECA DE TRACTOCAMION",
            "AUTOBUS",
            "VEHICULO PARTICULAR",
        ),
        "air": ("AEREO", "VIA AEREA"),
        "unknown": ("NO ESPECIFICADO",),
    },
    "drc": {
        "sea": ("boat", "dinghy", "rubber_boat", "wooden_boat"),
        "land": ("on_foot", "car", "truck", "bus", "train", "taxi"),
        "air": ("plane",),
        "unknown": ("dont_know",),
    },
}
_CEPAIM_SEA = {
    "canarias": ("Cayuco", "Neumática", "Embarcación"),
    "estrecho": ("Patera", "Neumática", "Embarcación"),
}
_CEPAIM_FENCE = ("Salto de valla", "A pie (perímetro fronterizo)", "Vehículo (doble fondo)")
_CANARIAS = ("El Hierro", "Gran Canaria", "Lanzarote", "Tenerife")
_DRC_LAND = {  # the jungle is crossed on foot; the EU's eastern borders by foot or car
    "PAN": ("on_foot", "on_foot", "bus"),
    "POL": ("on_foot", "car", "taxi"),
    "HRV": ("on_foot", "car", "truck"),
}

_LINKED: dict[str, _W] = {
    "bsc": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery/corruption", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods", "Contraband"),
        "cybercrime": ("Cyber-enabled crime", "Cybercrime"),
        "terrorism": ("Terrorism",),
    },
    "dipn": {
        "document_fraud": (
            "faux documents",
            "usage de faux documents administratifs (441-2 CP)",
            "fraude documentaire",
        ),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "cepaim": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    "upmrip": {
        "document_fraud": ("FALSIFICACION DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
        "corruption": ("COHECHO",),
        "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA", "LAVADO DE DINERO"),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
    "drc": {
        "document_fraud": ("doc_fraud",),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
}
_LINKED_JOIN: dict[str, tuple[str, ...]] = {
    "bsc": ("; ", ", "),
    "dipn": (" + ", ", "),
    "cepaim": (";",),
    "upmrip": (", ",),
    "drc": (" ",),
}
_LINKED_NONE: dict[str, tuple[str | None, ...]] = {
    "bsc": (None,),
    "dipn": (None, None, "néant"),
    "cepaim": (None,),
    "upmrip": (None, "NINGUNO", "NA"),
    "drc": (None,),
}
_TRANSIT_JOIN: dict[str, tuple[str, ...]] = {
    "bsc": (" > ", ", "),
    "dipn": (" / ", ", ", " - "),
    "cepaim": (" - ", ", "),
    "upmrip": (", ", " - "),
    "drc": (" - ", ", ", " > ", "/"),
}
_TRANSIT_NONE: dict[str, tuple[str | None, ...]] = {
    "bsc": (None, "(Blank)"),
    "dipn": (None, "néant"),
    "cepaim": (None,),
    "upmrip": ("NA", "NO APLICA", None),
    "drc": (None,),
}

_COUNT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "bsc": ("(Blank)", "Not known"),
    "dipn": ("NC", "inconnu", "n.c."),
    "cepaim": ("Sin datos", "Desconocido"),
    "upmrip": ("SD", "N/D"),
    "drc": (),
}
_SUSPECTS_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "bsc": ("Unknown", "Not known"),
    "dipn": ("NC",),
    "cepaim": ("Sin datos", "No consta"),
    "upmrip": ("SD",),
    "drc": ("dk",),
}
_ZERO: dict[str, tuple[str, ...]] = {
    "bsc": ("Nil", "None identified"),
    "dipn": ("aucun", "néant"),
    "cepaim": ("Ninguno",),
    "upmrip": ("NINGUNO",),
    "drc": ("no_facilitators",),
}
_COORD_PLACEHOLDER: dict[str, tuple[str | None, ...]] = {
    "bsc": (None,),
    "dipn": (None, "NC"),
    "cepaim": (None,),
    "upmrip": (None, "SD"),
    "drc": (None,),
}

_UNACCENT = re.compile(r"[\u0300-\u036f]")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _strip(text: str) -> str:
    """Drop the diacritics of ``text`` (``Érythrée`` -> ``Erythree``)."""
    return _UNACCENT.sub("", unicodedata.normalize("NFD", text))


def _upper(text: str) -> str:
    return _strip(text).upper()


def _snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _strip(text).lower()).strip("_")


def _int(value: object) -> int | None:
    return None if value is None else int(cast(Any, value))


def _float(value: object) -> float | None:
    return None if value is None else float(cast(Any, value))


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter(ts: pd.Timestamp) -> tuple[int, pd.Timestamp]:
    q = (ts.month - 1) // 3 + 1
    return q, pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)


def _ahead(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + years, month=ts.month, day=day)


def _clock(rng: _Rng) -> tuple[int, int]:
    """Draw a daytime hour and minute (08:00 to 18:59: a UTC offset never moves the day)."""
    return int(rng.integers(8, 19)), int(rng.integers(0, 60))


def _garble(text: str) -> str | None:
    """Return ``text`` as an old import garbled it (UTF-8 read as cp1252), if latin-1 holds it."""
    out = mojibake(text)
    if out is None:
        return None
    try:
        out.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return out


def _safe(value: object, src: Blind83Source) -> object:
    """Return a text cell the file's encoding can hold (accents dropped if need be)."""
    if isinstance(value, str) and not fits(value, src):
        return _strip(value)
    return value


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_Date = tuple[object, pd.Timestamp, str]


def _date_bsc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.05:
        tags.append("month_date")
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month"
    if partial_ok and r < 0.10:
        q, start = _quarter(ts)
        form = choice(rng, ("{y} Qtr {q}", "Q{q} {y}", "Qtr {q} {y}"))
        tags.append("quarter_date")
        return form.format(y=ts.year, q=q), start, "quarter"
    r = rng.random()
    if r < 0.62:
        return ts.to_pydatetime(), ts, "day"
    if r < 0.76:
        tags.append("excel_serial")
        return int((ts - _EPOCH).days), ts, "day"
    tags.append("text_date")
    if r < 0.9:
        return ts.strftime("%d/%m/%Y"), ts, "day"
    return f"{ts.day}-{MONTHS[ts.month - 1][:3]}-{ts.year}", ts, "day"


def _date_dipn(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.07:
        tags.append("month_date")
        form = choice(rng, ("courant {m} {y}", "00/{mm:02d}/{y}", "{mm:02d}/{y}"))
        text = form.format(m=_FR_MONTHS[ts.month - 1], mm=ts.month, y=ts.year)
        return text, _month_start(ts), "month"
    r = rng.random()
    if r < 0.55:
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if r < 0.82:
        hour, minute = _clock(rng)
        return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}", ts, "day"
    tags.append("two_digit_year")
    return ts.strftime("%d/%m/%y"), ts, "day"


def _date_cepaim(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.05:
        tags.append("month_date")
        if rng.random() < 0.5:
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", _month_start(ts), "month"
        return f"{ts.month}/{ts.year}", _month_start(ts), "month"
    r = rng.random()
    if r < 0.5:
        return f"{ts.day}/{ts.month}/{ts.year}", ts, "day"
    if r < 0.7:
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if r < 0.88:
        hour, minute = _clock(rng)
        return f"{ts.day}/{ts.month}/{ts.year} {hour}:{minute:02d}", ts, "day"
    tags.append("month_name_date")
    return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ts, "day"


def _date_upmrip(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.05:
        tags.append("month_date")
        if rng.random() < 0.5:
            return f"{ts.year}-{ts.month:02d}", _month_start(ts), "month"
        return f"{_upper(_ES_MONTHS[ts.month - 1])} {ts.year}", _month_start(ts), "month"
    if partial_ok and r < 0.09:
        tags.append("quarter_date")
        q, start = _quarter(ts)
        if rng.random() < 0.5:
            return f"{_ES_QUARTERS[q - 1]} TRIMESTRE {ts.year}", start, "quarter"
        return f"{ts.year}-T{q}", start, "quarter"
    if rng.random() < 0.65:
        return ts.strftime("%Y-%m-%d"), ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _utc_offset(code: str, ts: pd.Timestamp) -> str:
    """Return the UTC offset a tablet in ``code`` stamps (summer time April to October)."""
    summer = 4 <= ts.month <= 10
    if code == "PAN":
        return "-05:00"
    if code == "USA":
        return "-06:00" if summer else "-07:00"
    base = {"GBR": 0, "GRC": 2}.get(code, 1) + int(summer)
    return f"+{base:02d}:00"


def _date_drc(
    ts: pd.Timestamp, rng: _Rng, code: str, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    if rng.random() < 0.6:
        return ts.strftime("%Y-%m-%d"), ts, "day"
    hour, minute = _clock(rng)
    tags.append("datetime_offset")
    stamp = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00.000{_utc_offset(code, ts)}"
    return stamp, ts, "day"


def _bad_date(src: Blind83Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a bad date cell: none, an impossible day or a date years ahead."""
    style = src.style
    if kind == "no_date":  # an empty cell, or the source's word for "not known"
        word = {"bsc": "(Blank)", "dipn": "NC", "upmrip": "SD"}.get(style)
        return word if word is not None and rng.random() < 0.4 else None
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if style in ("upmrip", "drc"):
            return f"{ts.year}-{month}-{day}"
        if style == "cepaim":
            return f"{day}/{int(month)}/{ts.year}"
        return f"{day}/{month}/{ts.year}"
    ahead = _ahead(ts, int(rng.integers(10, 13)))
    if style == "bsc":
        return ahead.to_pydatetime() if rng.random() < 0.5 else ahead.strftime("%d/%m/%Y")
    if style in ("upmrip", "drc"):
        return ahead.strftime("%Y-%m-%d")
    if style == "cepaim":
        return f"{ahead.day}/{ahead.month}/{ahead.year}"
    return ahead.strftime("%d/%m/%Y")


def _note_date(src: Blind83Source, last: pd.Timestamp) -> object:
    """Write the date on the note row: the day the export or the report was run."""
    run = last + pd.Timedelta(days=9)
    if src.style == "bsc":
        return run.to_pydatetime()
    if src.style in ("upmrip", "drc"):
        return run.strftime("%Y-%m-%d")
    if src.style == "cepaim":
        return f"{run.day}/{run.month}/{run.year}"
    return run.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(style: str, code: str, role: str, rng: _Rng, tags: list[str]) -> str:
    """One country as the source writes it; ``role`` is the column (or ``"transit"``)."""
    en, demonym, fr, fr_adj, es, es_demonym = _COUNTRIES[code]
    r = rng.random()
    if style == "bsc":
        if role == "nationality" and r < 0.6:
            return demonym
        if role in ("nationality", "origin_country") and r > 0.86:
            tags.append("iso3")
            return code
        return choice(rng, en)
    if style == "dipn":
        if code == "GBR" and role in ("destination_country", "detection_country"):
            word = choice(rng, ("Royaume-Uni", "ROYAUME-UNI", "Angleterre", "R.-U.", "GB"))
            return word
        if code == "FRA" and role == "detection_country":
            return choice(rng, ("FRANCE", "France", "FR"))
        if role == "nationality" and r < 0.5:
            return _upper(fr_adj)
        if role == "nationality" and r < 0.75:
            return fr_adj
        name = choice(rng, fr)
        return _upper(name) if rng.random() < 0.5 else name
    if style == "cepaim":
        if code == "ESP" and role == "detection_country":
            return choice(rng, ("España", "ESPAÑA", "ES"))
        if code == "ITA" and role == "detection_country":
            return choice(rng, ("Italia", "IT"))
        if role == "nationality" and r < 0.65:
            word = es_demonym if rng.random() < 0.7 else es_demonym.capitalize()
        else:
            word = choice(rng, es)
        if role in ("nationality", "origin_country") and rng.random() < 0.05:
            garbled = _garble(word)
            if garbled is not None:
                tags.append("mojibake")
                return garbled
        return word
    if style == "upmrip":
        if code == "USA":
            return choice(
                rng, ("ESTADOS UNIDOS", "EUA", "E.U.A.", "ESTADOS UNIDOS DE AMERICA", "EE.UU.")
            )
        if code == "MEX" and r < 0.2:
            return "ESTADOS UNIDOS MEXICANOS"
        if role == "nationality" and r > 0.75:
            return _upper(es_demonym)
        return _upper(choice(rng, es))
    # drc: Kobo choice names of two form versions (snake-case names, ISO codes)
    if role == "detection_country" and r < 0.2:
        tags.append("iso2")
        return iso_codes(code)[0].lower()
    if role in ("nationality", "origin_country") and r < 0.25:
        tags.append("iso3")
        return code.lower()
    return _snake(choice(rng, en))


def _transit(style: str, transit: object, rng: _Rng, tags: list[str]) -> str | None:
    if transit is None:
        return choice(rng, [v or "" for v in _TRANSIT_NONE[style]]) or None
    codes = str(transit).split("|")
    if style == "drc":  # typed by the enumerator: short names, any case
        names = [choice(rng, _COUNTRIES[c][0]).split(" and ")[0] for c in codes]
        text = choice(rng, _TRANSIT_JOIN[style]).join(names)
        return text.lower() if rng.random() < 0.4 else text
    if style == "bsc" and rng.random() < 0.15:
        tags.append("iso3")
        return "-".join(codes)
    names = [_country(style, c, "transit", rng, tags) for c in codes]
    return choice(rng, _TRANSIT_JOIN[style]).join(names)


# --------------------------------------------------------------------------------------
# Other cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _persons(style: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    if n is None:
        return None, None
    if _COUNT_PLACEHOLDER[style] and rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[style]), None
    if style == "bsc":
        return n, n
    if n >= 1000 and style != "drc":
        tags.append("thousands_sep")
        sep = {"dipn": choice(rng, (" ", "\u00a0")), "cepaim": ".", "upmrip": ","}[style]
        return f"{n:,}".replace(",", sep), n
    return str(n), n


def _suspects(style: str, k: int | None, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    if k is None:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_PLACEHOLDER[style]), None
    if k == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO[style]), 0
    return str(k), k


def _transport(style: str, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[str, str]:
    mode = str(ev["transport_mode"] or "unknown")
    table = _TRANSPORT[style]
    if mode == "unknown" or rng.random() < 0.015:
        tags.append("na_word")
        return choice(rng, table["unknown"]), "unknown"
    options = table[mode]
    if style == "cepaim":
        place = str(ev.get("hotspot") or "")
        if mode == "sea":
            options = _CEPAIM_SEA["canarias" if place in _CANARIAS else "estrecho"]
        elif mode == "land" and place in ("Ceuta", "Melilla"):
            options = _CEPAIM_FENCE
    elif style == "drc" and mode == "land":
        options = _DRC_LAND.get(str(ev["detection_country"]), options)
    elif style == "upmrip" and mode == "land" and ev["detection_country"] == "PAN":
        options = ("TERRESTRE", "A PIE")  # the Darién is crossed on foot
    return choice(rng, options), mode


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth, and the value they say."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    sign = 1 if value >= 0 else -1
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}", sign * tenths / 36000


def _ddm(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees and decimal minutes (three decimals), and the value they say."""
    thou = round(abs(value) * 60000)
    deg, rest = divmod(thou, 60000)
    hemi = pos if value >= 0 else neg
    sign = 1 if value >= 0 else -1
    return f"{hemi} {deg}°{rest / 1000:06.3f}'", sign * thou / 60000


def _coordinates(
    style: str, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float, float]:
    """Cells of a located event (``lat``/``lon`` or ``coordinates``) and the values read."""
    if style == "bsc":
        return {"lat": lat, "lon": lon}, lat, lon
    if style == "cepaim":
        return (
            {"lat": f"{lat:.6f}".replace(".", ","), "lon": f"{lon:.6f}".replace(".", ",")},
            lat,
            lon,
        )
    if style == "upmrip":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon
    if style == "drc":
        alt = float(np.round(rng.uniform(0, 60), 1))
        acc = float(np.round(rng.uniform(3, 25), 1))
        tags.append("geopoint")
        return {"coordinates": f"{lat:.5f} {lon:.5f} {alt} {acc}"}, lat, lon
    r = rng.random()  # dipn: one cell
    if r < 0.35:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if r < 0.6:
        tags.append("decimal_comma")
        text = f"{lat:.5f}".replace(".", ",") + " / " + f"{lon:.5f}".replace(".", ",")
        return {"coordinates": text}, lat, lon
    if r < 0.82:
        tags.append("dms")
        lat_t, lat_v = _dms(lat, "N", "S")
        lon_t, lon_v = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v
    tags.append("ddm")
    lat_t, lat_v = _ddm(lat, "N", "S")
    lon_t, lon_v = _ddm(lon, "E", "W")
    return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v


def _no_place(src: Blind83Source, rng: _Rng) -> dict[str, object]:
    value = _word(rng, _COORD_PLACEHOLDER[src.style])
    if "coordinates" in src.headers:
        return {"coordinates": value}
    return {"lat": value, "lon": value}


def _crime(style: str, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> str:
    crime = str(ev["crime_type"])
    if style == "bsc" and crime == "trafficking" and ev.get("hotspot") == "Glasgow":
        if rng.random() < 0.5:
            tags.append("legal_article")
            return "Human trafficking (HTE(S)A 2015 s.1)"
    word = choice(rng, _CRIME[style][crime])
    if style == "dipn":  # the CESEDA was recodified on 1 May 2021
        word = word.format(art="L622-1" if ts < pd.Timestamp("2021-05-01") else "L823-1")
    if any(ch.isdigit() for ch in word):
        tags.append("legal_article")
    return word


def _linked(style: str, offences: object, rng: _Rng) -> str | None:
    if offences is None:
        return _word(rng, _LINKED_NONE[style])
    words = [choice(rng, _LINKED[style][o]) for o in str(offences).split("|")]
    return choice(rng, _LINKED_JOIN[style]).join(words)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind83Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = src.style
    tags: list[str] = []
    ts = pd.Timestamp(cast(Any, ev["event_date"]))
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    if style == "bsc":
        date = _date_bsc(ts, rng, partial_ok, tags)
    elif style == "dipn":
        date = _date_dipn(ts, rng, partial_ok, tags)
    elif style == "cepaim":
        date = _date_cepaim(ts, rng, partial_ok, tags)
    elif style == "upmrip":
        date = _date_upmrip(ts, rng, partial_ok, tags)
    else:
        date = _date_drc(ts, rng, str(ev["detection_country"]), tags)
    cells["event_date"], exp["event_date"], exp["date_precision"] = date

    cells["crime_type"] = _crime(style, ev, ts, rng, tags)
    exp["crime_type"] = ev["crime_type"]
    form = ev["exploitation"]
    table = _EXPLOITATION[style]
    cells["exploitation"] = _word(rng, table[str(form)] if form is not None else table["none"])
    if style == "cepaim" and isinstance(cells["exploitation"], str) and rng.random() < 0.04:
        garbled = _garble(cells["exploitation"])
        if garbled is not None:
            cells["exploitation"] = garbled
            tags.append("mojibake")
    exp["exploitation"] = form

    cells["n_persons"], exp["n_persons"] = _persons(style, _int(ev["n_persons"]), rng, tags)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(style, _int(ev["n_suspects"]), rng, tags)

    gender = str(ev["gender"] or "unknown")
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif gender == "unknown" or rng.random() < 0.015:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[style]["unknown"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[style][gender]), gender

    age = str(ev["age_group"] or "unknown")
    if age == "unknown" or rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style]["unknown"]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style][age]), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None or forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        else:
            cells[col], exp[col] = _country(style, str(code), col, rng, tags), code
    cells["transit_countries"] = _transit(style, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]
    cells["transport_mode"], exp["transport_mode"] = _transport(style, ev, rng, tags)

    lat, lon = _float(ev["lat"]), _float(ev["lon"])
    if forced_blank == "coordinates" or lat is None or lon is None:
        exp["lat"], exp["lon"] = None, None  # the cells stay empty
        tags.append("blank_coordinates")
    elif rng.random() < 0.03:
        place = _no_place(src, rng)
        cells.update(place)
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder" if any(place.values()) else "coords_missing")
    else:
        where, exp["lat"], exp["lon"] = _coordinates(style, lat, lon, rng, tags)
        cells.update(where)

    cells["linked_offences"] = _linked(style, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    if src.format == "csv":
        cells = {k: _safe(v, src) for k, v in cells.items()}
    return cells, exp, tags


_EXAMINER: Examiner[Blind83Source] = Examiner(
    sources=BLIND83_SOURCES,
    primary={
        "GBR": "homeoffice_bsc",
        "FRA": "dipn_nord",
        "ESP": "cepaim",
        "USA": "upmrip_segob",
    },
    compilation="drc_prm",
    secondary={
        ("channel", "FRA"): "homeoffice_bsc",
        ("channel", "GBR"): "dipn_nord",
        ("thb_rou_esp", "ITA"): "cepaim",
        ("darien", "PAN"): "upmrip_segob",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=83083,
    blank_share=0.4,
)


def make_blind83(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind83`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``homeoffice_bsc_cg.xlsx``, ``dipn59_lrp_cg.csv``, ``cepaim_salesforce_cg.csv``,
        ``upmrip_eventos_cg.csv`` and ``drc_prm_kobo_cg.jsonl``, each with its expected
        rows (see the module docstring for how each agency writes).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind83(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['homeoffice_bsc_cg.xlsx', 'dipn59_lrp_cg.csv', 'cepaim_salesforce_cg.csv',
     'upmrip_eventos_cg.csv', 'drc_prm_kobo_cg.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
