"""Examiner variant ``blind76``: five more agencies, files ``*_bz.*``.

A held-out sample set written without looking at the cleaner: five sources, each in its
own language, file format, encoding, headers, date styles, country wording, legal
references, number formats and coordinate style. Every value is one a competent analyst
reads to exactly one clean value, recorded in the truth. A reader's guide:

``relatoria_trata_bz.xlsx`` -- Spain, Relatoría Nacional contra la Trata de Seres Humanos
    (Ministerio del Interior). Spanish; XLSX. Reports the events detected in Spain (and a
    second report of Romanian labour-trafficking cases found in Italy, worked with a joint
    team). Headers such as ``Nº Atestado``, ``Fecha hechos``, ``Sexo (H/M)``,
    ``Coordenadas (GMS)``. Dates: real Excel dates, bare Excel serial numbers, text
    ``dd/mm/aaaa`` and Spanish-locale ``7-mar-22`` (``ene``, ``ago``, ``dic``); partial
    dates ``marzo 2022``, ``03/2022``, ``1.er trimestre 2022``, ``3T 2022``. Crime type
    by article of the Código Penal (``art. 177 bis CP`` trafficking, ``art. 318 bis CP``
    smuggling, both together). Sex ``H``/``M`` (hombre/mujer), ``Ambos``; age ``Mayor de
    edad``/``MENA``. Nationalities as Spanish demonyms agreeing with the persons' sex
    (``maliense``, ``marroquí``, ``guineana``), countries as Spanish names. Counts as
    numbers, as text, or with the Spanish thousands dot (``1.234``); ``s/d`` for unknown,
    ``ninguno`` for no suspect.
    Coordinates in degrees, minutes, seconds, with ``O`` (oeste) or ``W`` for west and
    sometimes a decimal comma in the seconds. Boats as ``patera``, ``cayuco``,
    ``neumática``, ``moto de agua``; ``salto de valla`` at Ceuta and Melilla. A
    ``Unidad actuante`` column, a note row and a ``TOTAL`` row.

``ocrteh_traite_bz.csv`` -- France, Office central pour la répression de la traite des
    êtres humains (DNPJ). French; cp1252; ``;``; CRLF. Reports the events detected in
    France, and second reports of Vietnamese and Nigerian trafficking cases worked with the
    British and Italian police. Headers ``N° de procédure``, ``Date des faits``,
    ``Qualification pénale``, ``Mis en cause``, ``Majeur / mineur``, ``Latitude (WGS84)``.
    Dates ``dd/mm/yyyy``, ``dd/mm/yy``, ``1er mars 2022``, ``7 févr. 2022``; partial
    ``mars 2022``, ``03/2022``, ``T1 2022``, ``2e trimestre 2022``. Crime type by article
    (``art. 225-4-1 C. pén.`` trafficking; ``art. L823-1 CESEDA`` smuggling, or the old
    ``L622-1`` for facts before May 2021). Sex ``F``/``M``/``H/F``; ``MNA`` for
    unaccompanied minors. Nationalities as French demonyms (``nigériane`` for Nigeria,
    ``nigérienne`` for Niger), often in capitals without accents. Counts with a
    (no-break) space as thousands separator; ``NC`` unknown, ``néant`` none. Latitude and
    longitude in two columns with a decimal comma. A note row, an empty row and a
    ``TOTAL GÉNÉRAL`` row.

``kent_essex_scd_bz.csv`` -- United Kingdom, Kent and Essex Serious Crime Directorate.
    English; UTF-16 (with BOM) tab-separated, as Excel's "Unicode text" export saved under a
    ``.csv`` name. Reports the events detected in the UK, and second reports of Channel
    crossings intercepted on the French coast. Headers ``Crime Ref No``, ``Offence Date``,
    ``Offence / Legislation``, ``No. of PVs / Migrants``, ``Lat/Long (WGS84)``. Dates
    ``dd/mm/yyyy``, ``07-Mar-2022``, ``7th March 2022``, ``dd/mm/yy``; partial
    ``Mar-2022``, ``March 2022`` and calendar quarters spelt out (``Jan-Mar 2022``: a bare
    ``Q1`` could be a financial quarter). Offences by statute (``s.25 Immigration Act
    1971`` smuggling; ``Modern Slavery Act 2015 s.2`` trafficking). Exploitation in NRM
    words (``Labour``, ``Criminal``); age ``U18``, ``UASC``; counts ``1,234``, ``N/K``,
    ``TBC``, ``Nil`` (no suspect). Detection country ``UK``, ``England`` or
    ``Scotland``. Coordinates ``51.12790, 1.31340`` or ``51.1279N 0.1278W``. Re-sends
    some rows; a note row, an empty row and a ``Grand Total`` row.

``blueprint_sitrep_bz.jsonl`` -- EU Migration Preparedness and Crisis Management Network
    ("Blueprint"), DG HOME situational-awareness feed. English keys; UTF-8 JSON lines. The
    compilation: every event detected elsewhere (Italy, Greece, Croatia, Poland, ...), and
    second reports of arrivals in Spain. Dates ISO ``2022-03-07``, with a local time and
    offset, as ``07.03.2022`` from some national inputs, or ``20220307``; partial
    ``2022-03`` and ``2022-Q1``. Offence category ``THB``, ``SoM``, ``THB/SoM``.
    Nationality as ISO alpha-3, alpha-2, an English name or ``AFG (claimed)``; countries of
    detection and destination in EU protocol codes (``EL`` Greece, ``UK``); transit
    countries as a JSON array of codes; counts as JSON numbers (``"unknown"`` when not
    known); location as a WKT ``POINT (lon lat)``. No note row; a ``TOTAL`` record last.

``corett_casos_bz.csv`` -- Coalición Regional contra la Trata de Personas y el Tráfico
    Ilícito de Migrantes (Central America, Mexico and the Dominican Republic), technical
    secretariat. Spanish (Latin American); UTF-8 without BOM; ``|``. Reports the events
    detected in Panama and the United States. Dates ``dd/mm/aaaa``, ``d/m/aaaa``,
    ``dd-mm-aaaa``, ``7 de marzo de 2022``, ``07-mar-2022``; partial ``marzo de 2022``,
    ``I trimestre 2022``, ``T3-2022``. ``Trata de personas``, ``Tráfico ilícito de
    migrantes`` (``TdP``, ``TIM``). Sex ``M``/``F`` (masculino/femenino); age ``NNA``;
    counts with the comma as thousands separator (``1,234``), ``ND`` unknown; ``EE.UU.``,
    ``EUA``. Latitude and longitude in two columns, west longitudes sometimes written
    ``77.86951 O`` instead of negative. Some country names garbled by a UTF-8/cp1252
    round trip (``PanamÃ¡``). An ``Observaciones`` column, re-sent rows, a note row, an
    empty row and a ``Total general`` row.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND76_SOURCES", "make_blind76"]

_Rng = np.random.Generator
Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_RELATORIA = "relatoria_trata_bz"
_OCRTEH = "ocrteh_traite_bz"
_KENT = "kent_essex_scd_bz"
_BLUEPRINT = "blueprint_sitrep_bz"
_CORETT = "corett_casos_bz"

#: The five sources of the ``blind76`` set, in the order their submissions are returned.
BLIND76_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_RELATORIA,
        filename=f"{_RELATORIA}.xlsx",
        ref="AT-{seq:04d}/{yy:02d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Atestado",
            "event_date": "Fecha hechos",
            "unit": "Unidad actuante",
            "crime_type": "Tipo delictivo (CP)",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Detenidos / investigados",
            "gender": "Sexo (H/M)",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (GMS)",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales, sujetos a revisión por la Relatoría Nacional",
        total="TOTAL",
        bad_count=("varios", "numerosos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_OCRTEH,
        filename=f"{_OCRTEH}.csv",
        ref="{year}/{seq:06d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° de procédure",
            "service": "Service enquêteur",
            "event_date": "Date des faits",
            "crime_type": "Qualification pénale",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de victimes / personnes",
            "n_suspects": "Mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de transport / vecteur",
            "lat": "Latitude (WGS84)",
            "lon": "Longitude (WGS84)",
            "linked_offences": "Infractions connexes",
        },
        note="NB : extraction provisoire, données non consolidées - diffusion restreinte",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreuses"),
        repeats=False,
    ),
    ExaminerSource(
        source=_KENT,
        filename=f"{_KENT}.csv",
        ref="KE/{yy:02d}/{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "force": "Force",
            "source_ref": "Crime Ref No",
            "event_date": "Offence Date",
            "crime_type": "Offence / Legislation",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of PVs / Migrants",
            "n_suspects": "Suspects Arrested",
            "gender": "Sex",
            "age_group": "Adult / Child",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Route",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Detection",
            "transport_mode": "Method of Travel",
            "coordinates": "Lat/Long (WGS84)",
            "linked_offences": "Linked Offences",
        },
        note="NOTE: figures subject to change - OFFICIAL-SENSITIVE",
        total="Grand Total",
        bad_count=("several", "multiple"),
        repeats=True,
    ),
    ExaminerSource(
        source=_BLUEPRINT,
        filename=f"{_BLUEPRINT}.jsonl",
        ref="BPN-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "authority": "reporting_authority",
            "event_date": "incident_date",
            "crime_type": "offence_category",
            "exploitation": "exploitation_form",
            "n_persons": "persons_involved",
            "n_suspects": "facilitators_apprehended",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "nationality_main",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_countries",
            "destination_country": "intended_destination",
            "detection_country": "location_country",
            "transport_mode": "modus_transport",
            "coordinates": "location_wkt",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("multiple", "several"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CORETT,
        filename=f"{_CORETT}.csv",
        ref="CORETT-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "No. caso",
            "event_date": "Fecha del evento",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. personas (víctimas/migrantes)",
            "n_suspects": "Presuntos tratantes o traficantes",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta / países de tránsito",
            "destination_country": "País de destino final",
            "detection_country": "País de detección",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
            "remarks": "Observaciones",
        },
        note="Nota: información preliminar remitida por las comisiones nacionales",
        total="Total general",
        bad_count=("varios", "varias personas"),
        repeats=True,
    ),
)

# --------------------------------------------------------------------------------------
# Country wording: ISO alpha-3 -> names (first is the usual one) and a demonym
# --------------------------------------------------------------------------------------
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Bielorrusia", "Belarús"),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil", "Côte d'Ivoire"),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido", "Gran Bretaña"),
    "GIN": ("Guinea", "Guinea Conakry", "Guinea-Conakry"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak", "Iraq"),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí", "Mali"),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía", "Rumania"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "Estados Unidos de América"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
#: Spanish demonyms, masculine (the feminine is derived by :func:`_es_feminine`).
_ES_DEMONYMS: dict[str, str] = {
    "AFG": "afgano",
    "ALB": "albanés",
    "AUT": "austriaco",
    "BGD": "bangladesí",
    "BGR": "búlgaro",
    "BIH": "bosnio",
    "BLR": "bielorruso",
    "CHN": "chino",
    "CIV": "marfileño",
    "CMR": "camerunés",
    "COL": "colombiano",
    "DEU": "alemán",
    "DZA": "argelino",
    "ECU": "ecuatoriano",
    "EGY": "egipcio",
    "ERI": "eritreo",
    "ESP": "español",
    "FRA": "francés",
    "GBR": "británico",
    "GIN": "guineano",
    "GMB": "gambiano",
    "GRC": "griego",
    "GTM": "guatemalteco",
    "HND": "hondureño",
    "HRV": "croata",
    "HTI": "haitiano",
    "HUN": "húngaro",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "ITA": "italiano",
    "LBY": "libio",
    "MAR": "marroquí",
    "MEX": "mexicano",
    "MKD": "macedonio",
    "MLI": "maliense",
    "MRT": "mauritano",
    "NER": "nigerino",
    "NGA": "nigeriano",
    "PAK": "pakistaní",
    "PAN": "panameño",
    "POL": "polaco",
    "ROU": "rumano",
    "RUS": "ruso",
    "SEN": "senegalés",
    "SRB": "serbio",
    "SYR": "sirio",
    "TUN": "tunecino",
    "TUR": "turco",
    "USA": "estadounidense",
    "VEN": "venezolano",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur", "Equateur"),
    "EGY": ("Égypte", "Egypte"),
    "ERI": ("Érythrée", "Erythrée"),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti", "Haiti"),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak", "Iraq"),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord",),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie",),
    "SEN": ("Sénégal", "Senegal"),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms, masculine (the feminine is derived by :func:`_fr_feminine`).
_FR_DEMONYMS: dict[str, str] = {
    "AFG": "afghan",
    "ALB": "albanais",
    "AUT": "autrichien",
    "BGD": "bangladais",
    "BGR": "bulgare",
    "BIH": "bosnien",
    "BLR": "biélorusse",
    "CHN": "chinois",
    "CIV": "ivoirien",
    "CMR": "camerounais",
    "COL": "colombien",
    "DEU": "allemand",
    "DZA": "algérien",
    "ECU": "équatorien",
    "EGY": "égyptien",
    "ERI": "érythréen",
    "ESP": "espagnol",
    "FRA": "français",
    "GBR": "britannique",
    "GIN": "guinéen",
    "GMB": "gambien",
    "GRC": "grec",
    "GTM": "guatémaltèque",
    "HND": "hondurien",
    "HRV": "croate",
    "HTI": "haïtien",
    "HUN": "hongrois",
    "IRN": "iranien",
    "IRQ": "irakien",
    "ITA": "italien",
    "LBY": "libyen",
    "MAR": "marocain",
    "MEX": "mexicain",
    "MKD": "macédonien",
    "MLI": "malien",
    "MRT": "mauritanien",
    "NER": "nigérien",
    "NGA": "nigérian",
    "PAK": "pakistanais",
    "PAN": "panaméen",
    "POL": "polonais",
    "ROU": "roumain",
    "RUS": "russe",
    "SEN": "sénégalais",
    "SRB": "serbe",
    "SYR": "syrien",
    "TUN": "tunisien",
    "TUR": "turc",
    "USA": "américain",
    "VEN": "vénézuélien",
    "VNM": "vietnamien",
    "YEM": "yéménite",
}
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
    "CIV": ("Ivory Coast", "Côte d'Ivoire"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK"),
    "GIN": ("Guinea", "Guinea (Conakry)"),
    "GMB": ("The Gambia", "Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia",),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("USA", "United States"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, str] = {
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
    "MKD": "Macedonian",
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
#: EU protocol codes where they differ from ISO alpha-2 (Greece, United Kingdom).
_EU_CODES = {"GRC": "EL", "GBR": "UK"}

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
_FR_ABBR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
_ROMAN = ("I", "II", "III", "IV")

# --------------------------------------------------------------------------------------
# Value wording, by source: truth word -> ways the agency writes it
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _RELATORIA: {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH - art. 177 bis CP",
            "177 bis CP",
            "Trata de seres humanos",
        ),
        "smuggling": (
            "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Tráfico ilícito de migrantes (318 bis)",
            "Art. 318 bis CP",
            "Favorecimiento de la inmigración ilegal (318 bis CP)",
        ),
        "both": (
            "177 bis y 318 bis CP",
            "Trata de seres humanos + tráfico ilícito de migrantes",
            "TSH / 318 bis CP",
        ),
    },
    _OCRTEH: {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "Traite des êtres humains",
            "TEH - art. 225-4-1 C. pén.",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)",
            "Aide à l'entrée irrégulière en bande organisée",
            "L823-1 CESEDA",
            "Trafic de migrants",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "225-4-1 CP / L823-1 CESEDA",
            "Traite et trafic de migrants",
        ),
    },
    _KENT: {
        "trafficking": (
            "Modern Slavery Act 2015 s.2 - human trafficking",
            "MSA s2 Human Trafficking",
            "Human trafficking",
        ),
        "smuggling": (
            "Assisting unlawful immigration (s.25 Immigration Act 1971)",
            "s25 IA 1971",
            "Facilitation (s25)",
            "People smuggling",
        ),
        "both": (
            "s25 IA 1971 / MSA s2",
            "People smuggling & human trafficking",
            "Facilitation + MSA s.2",
        ),
    },
    _BLUEPRINT: {
        "trafficking": ("THB", "trafficking in human beings", "THB"),
        "smuggling": ("SoM", "migrant smuggling", "facilitation of unauthorised entry", "SoM"),
        "both": ("THB/SoM", "THB + SoM"),
    },
    _CORETT: {
        "trafficking": ("Trata de personas", "TdP", "TRATA DE PERSONAS"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "TIM",
            "TRÁFICO ILÍCITO DE MIGRANTES",
        ),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "TdP / TIM",
            "Trata y tráfico",
        ),
    },
}
#: Exploitation words; key ``""`` is a pure smuggling case, where an empty word is an empty cell.
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _RELATORIA: {
        "sexual": ("Explotación sexual", "Sexual", "Explotación sexual (prostitución)"),
        "forced_labour": ("Explotación laboral", "Trabajos o servicios forzados", "Laboral"),
        "forced_criminality": ("Realización de actividades delictivas", "Actividades delictivas"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras finalidades", "Otra"),
        "": ("", "", "No procede", "-"),
    },
    _OCRTEH: {
        "sexual": ("Exploitation sexuelle", "Proxénétisme / prostitution", "sexuelle"),
        "forced_labour": (
            "Travail forcé",
            "Exploitation par le travail",
            "EXPLOITATION PAR LE TRAVAIL",
        ),
        "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autre forme"),
        "": ("", "", "Sans objet", "-"),
    },
    _KENT: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal", "Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "": ("", "N/A", "n/a"),
    },
    _BLUEPRINT: {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation",),
        "forced_criminality": ("forced criminal activities",),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other forms",),
        "": ("",),
    },
    _CORETT: {
        "sexual": ("Explotación sexual", "Explotación sexual comercial", "Sexual"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas", "Realización de actividades delictivas"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra", "Otras formas"),
        "": ("", "N/A", "No aplica"),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _RELATORIA: {
        "female": ("M", "M", "Mujer", "Mujeres"),
        "male": ("H", "H", "Hombre", "Varón", "Hombres"),
        "mixed": ("H y M", "Ambos", "Mixto", "Hombres y mujeres"),
    },
    _OCRTEH: {
        "female": ("F", "Féminin", "femme(s)"),
        "male": ("M", "Masculin", "homme(s)"),
        "mixed": ("Mixte", "H/F", "hommes et femmes"),
    },
    _KENT: {
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed", "M & F", "Both"),
    },
    _BLUEPRINT: {
        "female": ("female", "F"),
        "male": ("male", "M"),
        "mixed": ("mixed", "mixed"),
    },
    _CORETT: {
        "female": ("F", "Femenino", "Mujeres"),
        "male": ("M", "Masculino", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto", "M y F"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _RELATORIA: {
        "adult": ("Mayor de edad", "Adulto/a", "Adultos", "Mayores de edad"),
        "child": ("Menor de edad", "Menor", "MENA", "Menores"),
        "mixed": ("Adultos y menores", "Mixto", "Mayores y menores de edad"),
        "unknown": ("No consta", "s/d"),
    },
    _OCRTEH: {
        "adult": ("Majeur", "majeur(s)", "Adulte"),
        "child": ("Mineur", "mineur(s)", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("Non renseigné", "NC"),
    },
    _KENT: {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "Minor", "U18", "UASC"),
        "mixed": ("Adults & children", "Mixed"),
        "unknown": ("N/K", "Not known"),
    },
    _BLUEPRINT: {
        "adult": ("adult", "adults"),
        "child": ("minor", "UAM", "minors"),
        "mixed": ("mixed", "adults and minors"),
        "unknown": ("unknown", "n/a"),
    },
    _CORETT: {
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "child": ("NNA", "Menor de edad", "Niñez y adolescencia"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("Sin dato", "ND"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _RELATORIA: {
        "sea": ("Vía marítima", "Embarcación", "Patera"),
        "land": ("Vía terrestre", "Autobús de línea", "Furgoneta", "Turismo particular"),
        "air": ("Vía aérea", "Vuelo comercial", "Avión"),
        "unknown": ("No consta", "Desconocido"),
    },
    _OCRTEH: {
        "sea": ("Voie maritime", "Bateau"),
        "land": ("Voie routière", "Train", "Véhicule léger", "Autocar"),
        "air": ("Voie aérienne", "Avion", "Vol commercial"),
        "unknown": ("Non renseigné", "Inconnu"),
    },
    _KENT: {
        "sea": ("Sea", "Boat", "Vessel"),
        "land": ("Coach", "Car", "Road", "Rail", "HGV"),
        "air": ("Air", "Flight", "Scheduled flight"),
        "unknown": ("Not known", "N/K"),
    },
    _BLUEPRINT: {
        "sea": ("sea", "boat", "rubber boat", "wooden boat", "sea"),
        "land": ("land", "vehicle", "truck", "on foot", "land"),
        "air": ("air", "commercial flight"),
        "unknown": ("unknown", "n/a"),
    },
    _CORETT: {
        "sea": ("Marítimo", "Lancha", "Embarcación", "Vía marítima"),
        "land": ("Terrestre", "A pie", "Autobús", "Tráiler", "Caja seca de tráiler", "Vehículo"),
        "air": ("Aéreo", "Vuelo comercial"),
        "unknown": ("Sin información", "ND"),
    },
}
#: Transport words bound to a place: (source, corridor or hotspot, mode) -> words.
_TRANSPORT_AT: dict[tuple[str, str, str], tuple[str, ...]] = {
    (_RELATORIA, "watl", "sea"): ("Cayuco", "Cayuco", "Neumática (zodiac)", "Vía marítima"),
    (_RELATORIA, "wmed", "sea"): (
        "Patera",
        "Embarcación neumática",
        "Moto de agua",
        "Vía marítima",
    ),
    (_RELATORIA, "Ceuta", "land"): ("Salto de valla", "Oculto en vehículo", "Vía terrestre"),
    (_RELATORIA, "Melilla", "land"): ("Salto de valla", "Oculto en vehículo", "Vía terrestre"),
    (_OCRTEH, "channel", "sea"): ("Small boat", "Embarcation pneumatique", "Voie maritime"),
    (_OCRTEH, "channel", "land"): (
        "Poids lourd",
        "Camion",
        "Véhicule léger",
        "Voie routière",
        "Dissimulé dans un PL",
    ),
    (_KENT, "channel", "sea"): ("Small boat", "RHIB", "Dinghy", "Small boat"),
    (_KENT, "channel", "land"): ("HGV", "Lorry (concealed)", "Car", "Road"),
    (_CORETT, "darien", "land"): ("A pie", "Terrestre", "A pie (selva)", "Caminando"),
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    _RELATORIA: {
        "document_fraud": ("falsedad documental", "falsificación de documentos"),
        "illicit_goods": ("contrabando",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "corruption": ("cohecho", "corrupción"),
        "cybercrime": ("ciberdelincuencia", "delitos informáticos"),
        "terrorism": ("terrorismo",),
    },
    _OCRTEH: {
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "illicit_goods": ("contrebande",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _KENT: {
        "document_fraud": ("False documents (IDA 2010)", "Document fraud"),
        "illicit_goods": ("Illicit goods", "Smuggled goods (tobacco)"),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "corruption": ("Bribery", "Corruption"),
        "cybercrime": ("Cybercrime", "Cyber-enabled crime"),
        "terrorism": ("Terrorism",),
    },
    _BLUEPRINT: {
        "document_fraud": ("document fraud",),
        "illicit_goods": ("illicit goods",),
        "money_laundering": ("money laundering",),
        "corruption": ("corruption",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    _CORETT: {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "illicit_goods": ("contrabando",),
        "money_laundering": ("lavado de activos", "lavado de dinero"),
        "corruption": ("cohecho", "corrupción de funcionarios"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_JOIN = {
    _RELATORIA: ("; ", " / "),
    _OCRTEH: (" + ", ", "),
    _KENT: ("; ",),
    _BLUEPRINT: ("; ",),
    _CORETT: (", ",),
}
#: Words for "not known", by source: counts, suspects and missing coordinates.
_COUNT_UNKNOWN = {
    _RELATORIA: ("s/d", "desconocido"),
    _OCRTEH: ("NC", "inconnu"),
    _KENT: ("N/K", "TBC", "Unknown"),
    _BLUEPRINT: ("unknown", "not reported"),
    _CORETT: ("ND", "Sin dato"),
}
_ZERO_WORDS = {
    _RELATORIA: ("ninguno", "sin detenidos"),
    _OCRTEH: ("néant", "aucun"),
    _KENT: ("Nil", "nil"),
    _BLUEPRINT: ("none",),
    _CORETT: ("Ninguno", "ninguno"),
}
_NO_COORDS = {
    _RELATORIA: ("Sin coordenadas", "-"),
    _OCRTEH: ("NC",),
    _KENT: ("Not recorded", "N/K"),
    _BLUEPRINT: ("POINT EMPTY",),
    _CORETT: ("ND",),
}

_UNITS_ES = {
    "Gran Canaria": ("Policía Nacional - BPEF Las Palmas", "Guardia Civil - Servicio Marítimo"),
    "Lanzarote": ("Guardia Civil - Comandancia de Las Palmas",),
    "Tenerife": ("Policía Nacional - BPEF S.C. Tenerife", "Guardia Civil - Servicio Marítimo"),
    "El Hierro": ("Guardia Civil - Comandancia de S.C. Tenerife",),
    "Ceuta": ("Guardia Civil - Comandancia de Ceuta",),
    "Melilla": ("Guardia Civil - Comandancia de Melilla", "Policía Nacional - Melilla"),
    "Almería": ("Policía Nacional - BPEF Almería", "Guardia Civil - Comandancia de Almería"),
    "Almería (El Ejido)": ("Guardia Civil - Comandancia de Almería",),
    "Huelva": ("Guardia Civil - Comandancia de Huelva", "Policía Nacional - BPEF Huelva"),
}
_SERVICES_FR = (
    "OCRTEH",
    "OCRTEH / SIPJ Lille",
    "OCRTEH - antenne de Marseille",
    "OCRTEH / DIPN 62",
)
_FORCES_EN = ("Kent", "Essex", "Kent", "Kent (Op. with NCA)")
_AUTHORITIES = {
    "ITA": ("IT - Ministero dell'Interno", "IT - Guardia Costiera"),
    "GRC": ("EL - Hellenic Coast Guard", "EL - Hellenic Police"),
    "HRV": ("HR - MUP Ravnateljstvo policije",),
    "POL": ("PL - Straż Graniczna",),
    "ESP": ("ES - Ministerio del Interior",),
}
_REMARKS = ("", "", "", "En investigación", "Remitido a fiscalía", "Información preliminar")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _es_feminine(word: str) -> str:
    """Spanish feminine of a masculine demonym (``argelino`` -> ``argelina``)."""
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith("és"):
        return word[:-2] + "esa"
    if word.endswith("án"):
        return word[:-2] + "ana"
    if word.endswith("ol"):
        return word + "a"
    return word


def _fr_feminine(word: str) -> str:
    """French feminine of a masculine demonym (``nigérien`` -> ``nigérienne``)."""
    special = {"grec": "grecque", "turc": "turque"}
    if word in special:
        return special[word]
    if word.endswith("en"):
        return word + "ne"
    if word.endswith("e"):
        return word
    return word + "e"


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÉÈÊËÀÂÎÏÔÛÙÇ", "EEEEAAIIOUUC")
    return text.translate(table)


def _expected(ev: dict[str, object], ts: pd.Timestamp) -> Cells:
    """Return the clean values of an event, before the source leaves anything out."""
    n_suspects = ev.get("n_suspects")
    return {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": _text(ev, "crime_type"),
        "exploitation": _text(ev, "exploitation"),
        "n_persons": int(ev["n_persons"]),  # type: ignore[call-overload]
        "n_suspects": None if n_suspects is None else int(n_suspects),  # type: ignore[call-overload]
        "gender": _text(ev, "gender"),
        "age_group": _text(ev, "age_group"),
        "nationality": _text(ev, "nationality"),
        "origin_country": _text(ev, "origin_country"),
        "destination_country": _text(ev, "destination_country"),
        "detection_country": _text(ev, "detection_country"),
        "transit_countries": _text(ev, "transit_countries"),
        "transport_mode": _text(ev, "transport_mode"),
        "lat": float(ev["lat"]),  # type: ignore[arg-type]
        "lon": float(ev["lon"]),  # type: ignore[arg-type]
        "linked_offences": _text(ev, "linked_offences"),
    }


def _precision(rng: _Rng, partial_ok: bool) -> str:
    """How precisely the row gives its date: ``day`` mostly, some months and quarters."""
    u = float(rng.random())
    if partial_ok and u < 0.03:
        return "month"
    if partial_ok and u < 0.045:
        return "quarter"
    return "day"


def _set_precision(exp: Cells, ts: pd.Timestamp, prec: str, tags: list[str]) -> None:
    if prec == "day":
        return
    period = ts.to_period("M" if prec == "month" else "Q")
    exp["event_date"] = period.start_time
    exp["date_precision"] = prec
    tags.append(f"partial_{prec}")


def _vocab(rng: _Rng, table: dict[str, tuple[str, ...]], word: str | None) -> str | None:
    """Write a vocabulary value; an empty choice is an empty cell."""
    out = choice(rng, table[word or ""])
    return out or None


def _vocab_or_na(
    rng: _Rng, table: dict[str, tuple[str, ...]], word: str, exp: Cells, col: str, tags: list[str]
) -> str:
    """Write an age group or transport mode; now and then the agency's "not known" word."""
    if rng.random() < 0.012:
        exp[col] = "unknown"
        tags.append("na_word")
        return choice(rng, table["unknown"])
    return choice(rng, table[word])


def _transport(rng: _Rng, src: str, ev: dict[str, object], exp: Cells, tags: list[str]) -> str:
    """Write the transport mode in words that fit the place (no lorry in the jungle)."""
    mode = str(ev["transport_mode"])
    table = dict(_TRANSPORT[src])
    for place in (str(ev.get("corridor")), str(ev.get("hotspot"))):
        table[mode] = _TRANSPORT_AT.get((src, place, mode), table[mode])
    return _vocab_or_na(rng, table, mode, exp, "transport_mode", tags)


def _offences(rng: _Rng, src: str, value: str | None) -> str | None:
    if value is None:
        return None
    words = [choice(rng, _OFFENCES[src][w]) for w in value.split("|")]
    return choice(rng, _OFFENCE_JOIN[src]).join(words)


def _persons(
    rng: _Rng, src: ExaminerSource, n: int, exp: Cells, tags: list[str], render: str
) -> object:
    """Write the count of persons in the source's number style, or its "unknown" word."""
    if rng.random() < 0.015:
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.source])
    if n >= 1000 and render in ("dot", "space", "comma"):
        tags.append("thousands")
        if render == "dot":
            return f"{n:,}".replace(",", ".")
        if render == "space":
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n:,}".replace(",", sep)
        return f"{n:,}"
    return n if src.format != "csv" else str(n)


def _suspects(rng: _Rng, src: ExaminerSource, n: int | None, exp: Cells, tags: list[str]) -> object:
    """Write the count of suspects; a word for none, now and then "not known"."""
    if n is None:
        return None
    if rng.random() < 0.015:
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.source])
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[src.source])
    return n if src.format != "csv" else str(n)


def _coords_missing(rng: _Rng, src: str, exp: Cells, tags: list[str]) -> str | None:
    """Now and then a row gives no location: an empty cell or a "none" word."""
    if rng.random() >= 0.012:
        return ""  # the location is written
    exp["lat"] = None
    exp["lon"] = None
    if rng.random() < 0.5:
        tags.append("coords_missing")
        return None
    tags.append("coords_placeholder")
    return choice(rng, _NO_COORDS[src])


def _blank(forced_blank: str | None, cells: Cells, exp: Cells, tags: list[str]) -> None:
    """Leave blank the field a second report does not give."""
    if forced_blank is None:
        return
    tags.append(f"blank_{forced_blank}")
    if forced_blank == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            cells[key] = None
        exp["lat"] = None
        exp["lon"] = None
    elif forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[forced_blank] = None
        exp[forced_blank] = None


def _dms(
    value: float, pos: str, neg: str, *, width: int, comma: bool, tenths: bool
) -> tuple[str, str, str, str]:
    """Degrees, minutes, seconds and hemisphere of one coordinate, as text."""
    hemi = pos if value >= 0 else neg
    per_sec = 10 if tenths else 1
    total = round(abs(value) * 3600 * per_sec)
    deg, rest = divmod(total, 3600 * per_sec)
    minutes, sec = divmod(rest, 60 * per_sec)
    secs = f"{sec / 10:04.1f}" if tenths else f"{sec:02d}"
    if comma:
        secs = secs.replace(".", ",")
    return f"{deg:0{width}d}", f"{minutes:02d}", secs, hemi


# --------------------------------------------------------------------------------------
# relatoria_trata_bz.xlsx (Spain, Spanish)
# --------------------------------------------------------------------------------------
def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _date_relatoria(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> object:
    y, m, q = ts.year, ts.month, (ts.month - 1) // 3 + 1
    if prec == "month":
        return choice(
            rng,
            (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_MONTHS[m - 1].capitalize()} {y}", f"{m:02d}/{y}"),
        )
    if prec == "quarter":
        ordinal = {1: "1.er", 2: "2.º", 3: "3.er", 4: "4.º"}[q]
        return choice(rng, (f"{ordinal} trimestre {y}", f"{q}T {y}", f"{q}T/{y}"))
    u = float(rng.random())
    if u < 0.64:
        return ts.to_pydatetime()
    if u < 0.76:
        tags.append("excel_serial")
        return _excel_serial(ts)
    if u < 0.9:
        tags.append("date_text")
        return ts.strftime("%d/%m/%Y")
    tags.append("date_month_abbr")
    return f"{ts.day}-{_ES_ABBR[m - 1]}-{y % 100:02d}"


def _country_es(rng: _Rng, code: str | None, *, upper: float = 0.0) -> str | None:
    if code is None:
        return None
    names = _ES_NAMES[code]
    name = names[0] if rng.random() < 0.75 else choice(rng, names)
    return name.upper() if rng.random() < upper else name


def _agree_es(rng: _Rng, word: str, gender: str) -> str:
    """Spanish demonym agreeing with the persons' sex (either form for a mixed group)."""
    if gender == "female" or (gender == "mixed" and rng.random() < 0.3):
        return _es_feminine(word)
    return word


def _demonym_es(rng: _Rng, code: str, gender: str, tags: list[str]) -> str:
    u = float(rng.random())
    if u < 0.12:
        tags.append("country_name")
        return _ES_NAMES[code][0]
    word = _agree_es(rng, _ES_DEMONYMS[code], gender)
    tags.append("demonym")
    return word.upper() if rng.random() < 0.2 else word.capitalize()


def _coords_relatoria(rng: _Rng, lat: float, lon: float, tags: list[str]) -> str:
    tags.append("dms")
    style = int(rng.integers(3))
    if style == 0:
        d, m, s, h = _dms(lat, "N", "S", width=2, comma=False, tenths=True)
        d2, m2, s2, h2 = _dms(lon, "E", "W", width=2, comma=False, tenths=True)
        return f"{d}°{m}'{s}\"{h} {d2}°{m2}'{s2}\"{h2}"
    if style == 1:
        d, m, s, h = _dms(lat, "N", "S", width=2, comma=True, tenths=True)
        d2, m2, s2, h2 = _dms(lon, "E", "W", width=3, comma=True, tenths=True)
        tags.append("decimal_comma")
        return f"{h} {d}º {m}' {s}'' / {h2} {d2}º {m2}' {s2}''"
    d, m, s, h = _dms(lat, "N", "S", width=2, comma=False, tenths=False)
    d2, m2, s2, h2 = _dms(lon, "E", "O", width=2, comma=False, tenths=False)
    return f"{d}º{m}'{s}\"{h}, {d2}º{m2}'{s2}\"{h2}"


def _render_relatoria(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _date_relatoria(ts, prec, rng, tags)
    _set_precision(exp, ts, prec, tags)
    hotspot = str(ev.get("hotspot") or "")
    det = str(ev["detection_country"])
    if det == "ESP":
        cells["unit"] = choice(rng, _UNITS_ES.get(hotspot, ("Policía Nacional - UCRIF",)))
    else:
        cells["unit"] = "ECI España-Italia (Eurojust)"
    cells["crime_type"] = choice(rng, _CRIME[name][str(ev["crime_type"])])
    cells["exploitation"] = _vocab(rng, _EXPLOITATION[name], _text(ev, "exploitation"))
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if n < 1000 and rng.random() < 0.08:
        tags.append("number_as_text")
        cells["n_persons"] = str(n)
    else:
        written = _persons(rng, src, n, exp, tags, "dot" if rng.random() < 0.6 else "plain")
        cells["n_persons"] = written
    cells["n_suspects"] = _suspects(rng, src, exp["n_suspects"], exp, tags)  # type: ignore[arg-type]
    cells["gender"] = choice(rng, _GENDER[name][str(ev["gender"])])
    cells["age_group"] = _vocab_or_na(rng, _AGE[name], str(ev["age_group"]), exp, "age_group", tags)
    cells["nationality"] = _demonym_es(rng, str(ev["nationality"]), str(ev["gender"]), tags)
    cells["origin_country"] = _country_es(rng, _text(ev, "origin_country"))
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, ("", "", "-")) or None
    else:
        names = [_country_es(rng, c) or c for c in transit.split("|")]
        cells["transit_countries"] = choice(rng, (" - ", ", ")).join(names)
    cells["destination_country"] = _country_es(rng, _text(ev, "destination_country"))
    if det == "ESP" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
        tags.append("country_with_place")
        cells["detection_country"] = f"España ({hotspot})"
    else:
        cells["detection_country"] = _country_es(rng, det, upper=0.3)
    cells["transport_mode"] = _transport(rng, name, ev, exp, tags)
    where = _coords_missing(rng, name, exp, tags)
    if where == "":
        cells["coordinates"] = _coords_relatoria(rng, float(exp["lat"]), float(exp["lon"]), tags)  # type: ignore[arg-type]
    else:
        cells["coordinates"] = where
    cells["linked_offences"] = _offences(rng, name, _text(ev, "linked_offences"))
    _blank(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# ocrteh_traite_bz.csv (France, French, cp1252)
# --------------------------------------------------------------------------------------
def _date_ocrteh(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    y, m, d, q = ts.year, ts.month, ts.day, (ts.month - 1) // 3 + 1
    if prec == "month":
        return choice(
            rng,
            (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1].capitalize()} {y}"),
        )
    if prec == "quarter":
        ordinal = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {y}", f"{ordinal} trimestre {y}"))
    u = float(rng.random())
    if u < 0.6:
        return ts.strftime("%d/%m/%Y")
    if u < 0.75:
        tags.append("date_short_year")
        return ts.strftime("%d/%m/%y")
    if u < 0.9:
        tags.append("date_month_name")
        return f"{'1er' if d == 1 else d} {_FR_MONTHS[m - 1]} {y}"
    tags.append("date_month_abbr")
    return f"{d} {_FR_ABBR[m - 1]} {y}"


def _country_fr(rng: _Rng, code: str | None, *, upper: float = 0.0) -> str | None:
    if code is None:
        return None
    names = _FR_NAMES[code]
    name = names[0] if rng.random() < 0.75 else choice(rng, names)
    return _strip_accents(name.upper()) if rng.random() < upper else name


def _demonym_fr(rng: _Rng, code: str, tags: list[str]) -> str:
    u = float(rng.random())
    if u < 0.1:
        tags.append("country_name")
        return _FR_NAMES[code][0]
    word = _FR_DEMONYMS[code]
    word = _fr_feminine(word) if u < 0.6 else word
    tags.append("demonym")
    v = float(rng.random())
    if v < 0.2:
        tags.append("caps_no_accents")
        return _strip_accents(word.upper())
    return word.upper() if v < 0.3 else word


def _decimal_comma(value: float, rng: _Rng) -> str:
    digits = 5 if rng.random() < 0.7 else 4
    return f"{value:.{digits}f}".replace(".", ",")


def _render_ocrteh(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _date_ocrteh(ts, prec, rng, tags)
    _set_precision(exp, ts, prec, tags)
    cells["service"] = choice(rng, _SERVICES_FR)
    crime = str(ev["crime_type"])
    if crime == "smuggling" and ts < pd.Timestamp("2021-05-01") and rng.random() < 0.6:
        tags.append("old_article")  # the CESEDA was renumbered on 1 May 2021
        cells["crime_type"] = "Aide à l'entrée et au séjour irréguliers (art. L622-1 CESEDA)"
    else:
        cells["crime_type"] = choice(rng, _CRIME[name][crime])
    cells["exploitation"] = _vocab(rng, _EXPLOITATION[name], _text(ev, "exploitation"))
    cells["n_persons"] = _persons(rng, src, int(ev["n_persons"]), exp, tags, "space")  # type: ignore[call-overload]
    cells["n_suspects"] = _suspects(rng, src, exp["n_suspects"], exp, tags)  # type: ignore[arg-type]
    cells["gender"] = choice(rng, _GENDER[name][str(ev["gender"])])
    cells["age_group"] = _vocab_or_na(rng, _AGE[name], str(ev["age_group"]), exp, "age_group", tags)
    cells["nationality"] = _demonym_fr(rng, str(ev["nationality"]), tags)
    cells["origin_country"] = _country_fr(rng, _text(ev, "origin_country"), upper=0.15)
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, ("", "", "néant")) or None
    else:
        names = [_country_fr(rng, c) or c for c in transit.split("|")]
        cells["transit_countries"] = choice(rng, (" / ", ", ")).join(names)
    cells["destination_country"] = _country_fr(rng, _text(ev, "destination_country"), upper=0.15)
    cells["detection_country"] = _country_fr(rng, _text(ev, "detection_country"), upper=0.3)
    cells["transport_mode"] = _transport(rng, name, ev, exp, tags)
    where = _coords_missing(rng, name, exp, tags)
    if where == "":
        tags.append("decimal_comma")
        cells["lat"] = _decimal_comma(float(exp["lat"]), rng)  # type: ignore[arg-type]
        cells["lon"] = _decimal_comma(float(exp["lon"]), rng)  # type: ignore[arg-type]
    else:
        cells["lat"] = where
        cells["lon"] = where
    cells["linked_offences"] = _offences(rng, name, _text(ev, "linked_offences"))
    _blank(forced_blank, cells, exp, tags)
    for key, value in cells.items():  # the file is cp1252: nothing else may be written
        if isinstance(value, str) and not fits(value, src):
            cells[key] = value.encode(src.encoding, errors="replace").decode(src.encoding)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# kent_essex_scd_bz.csv (United Kingdom, English, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _date_kent(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    y, m, q = ts.year, ts.month, (ts.month - 1) // 3 + 1
    if prec == "month":
        return choice(rng, (f"{MONTHS[m - 1][:3]}-{y}", f"{MONTHS[m - 1]} {y}"))
    if prec == "quarter":  # calendar quarters spelt out: "Q1" could be a financial quarter
        first, last = MONTHS[3 * q - 3][:3], MONTHS[3 * q - 1][:3]
        return choice(rng, (f"{first}-{last} {y}", f"{first} - {last} {y}"))
    u = float(rng.random())
    if u < 0.55:
        return ts.strftime("%d/%m/%Y")
    if u < 0.75:
        tags.append("date_month_abbr")
        return f"{ts.day:02d}-{MONTHS[m - 1][:3]}-{y}"
    if u < 0.9:
        tags.append("date_ordinal")
        return f"{_ordinal(ts.day)} {MONTHS[m - 1]} {y}"
    tags.append("date_short_year")
    return ts.strftime("%d/%m/%y")


def _country_en(rng: _Rng, code: str | None) -> str | None:
    if code is None:
        return None
    names = _EN_NAMES[code]
    return names[0] if rng.random() < 0.75 else choice(rng, names)


def _demonym_en(rng: _Rng, code: str, tags: list[str]) -> str:
    u = float(rng.random())
    if code in ("IRQ", "IRN") and u < 0.15:
        tags.append("demonym")
        return f"{_EN_DEMONYMS[code]} Kurd"
    if u < 0.3:
        tags.append("country_name")
        return _EN_NAMES[code][0]
    tags.append("demonym")
    return _EN_DEMONYMS[code].upper() if u > 0.9 else _EN_DEMONYMS[code]


def _coords_kent(rng: _Rng, lat: float, lon: float, tags: list[str]) -> str:
    style = int(rng.integers(3))
    if style == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if style == 1:
        tags.append("hemisphere_letters")
        return f"{abs(lat):.4f}{'N' if lat >= 0 else 'S'} {abs(lon):.4f}{'E' if lon >= 0 else 'W'}"
    return f"{lat:.5f},{lon:.5f}"


def _render_kent(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _date_kent(ts, prec, rng, tags)
    _set_precision(exp, ts, prec, tags)
    cells["force"] = choice(rng, _FORCES_EN)
    cells["crime_type"] = choice(rng, _CRIME[name][str(ev["crime_type"])])
    cells["exploitation"] = _vocab(rng, _EXPLOITATION[name], _text(ev, "exploitation"))
    cells["n_persons"] = _persons(rng, src, int(ev["n_persons"]), exp, tags, "comma")  # type: ignore[call-overload]
    cells["n_suspects"] = _suspects(rng, src, exp["n_suspects"], exp, tags)  # type: ignore[arg-type]
    cells["gender"] = choice(rng, _GENDER[name][str(ev["gender"])])
    cells["age_group"] = _vocab_or_na(rng, _AGE[name], str(ev["age_group"]), exp, "age_group", tags)
    cells["nationality"] = _demonym_en(rng, str(ev["nationality"]), tags)
    cells["origin_country"] = _country_en(rng, _text(ev, "origin_country"))
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, ("", "", "Direct")) or None
    else:
        names = [_country_en(rng, c) or c for c in transit.split("|")]
        cells["transit_countries"] = choice(rng, (" > ", ", ")).join(names)
    cells["destination_country"] = _country_en(rng, _text(ev, "destination_country"))
    det = str(ev["detection_country"])
    if det == "GBR":
        nation = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
        cells["detection_country"] = choice(rng, (nation, nation, "UK", "United Kingdom"))
        if cells["detection_country"] == nation:
            tags.append("home_nation")
    else:
        cells["detection_country"] = _country_en(rng, det)
    cells["transport_mode"] = _transport(rng, name, ev, exp, tags)
    where = _coords_missing(rng, name, exp, tags)
    if where == "":
        cells["coordinates"] = _coords_kent(rng, float(exp["lat"]), float(exp["lon"]), tags)  # type: ignore[arg-type]
    else:
        cells["coordinates"] = where
    cells["linked_offences"] = _offences(rng, name, _text(ev, "linked_offences"))
    _blank(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# blueprint_sitrep_bz.jsonl (EU feed, English keys, UTF-8)
# --------------------------------------------------------------------------------------
def _eu_code(code: str) -> str:
    return _EU_CODES.get(code) or iso_codes(code)[0]


def _date_blueprint(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    if prec == "month":
        return ts.strftime("%Y-%m")
    if prec == "quarter":
        return f"{ts.year}-Q{(ts.month - 1) // 3 + 1}"
    u = float(rng.random())
    if u < 0.68:
        return ts.strftime("%Y-%m-%d")
    if u < 0.83:
        tags.append("date_time_offset")  # local time, never near midnight
        hour, minute = int(rng.integers(6, 23)), int(rng.integers(60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00+0{int(rng.integers(1, 3))}:00"
    if u < 0.93:
        tags.append("date_dotted")
        return ts.strftime("%d.%m.%Y")
    tags.append("date_compact")
    return ts.strftime("%Y%m%d")


def _render_blueprint(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _date_blueprint(ts, prec, rng, tags)
    _set_precision(exp, ts, prec, tags)
    det = str(ev["detection_country"])
    cells["authority"] = choice(rng, _AUTHORITIES.get(det, ("DG HOME",)))
    cells["crime_type"] = choice(rng, _CRIME[name][str(ev["crime_type"])])
    cells["exploitation"] = _vocab(rng, _EXPLOITATION[name], _text(ev, "exploitation"))
    cells["n_persons"] = _persons(rng, src, int(ev["n_persons"]), exp, tags, "plain")  # type: ignore[call-overload]
    cells["n_suspects"] = _suspects(rng, src, exp["n_suspects"], exp, tags)  # type: ignore[arg-type]
    cells["gender"] = choice(rng, _GENDER[name][str(ev["gender"])])
    cells["age_group"] = _vocab_or_na(rng, _AGE[name], str(ev["age_group"]), exp, "age_group", tags)
    nat = str(ev["nationality"])
    u = float(rng.random())
    if u < 0.65:
        cells["nationality"] = nat
    elif u < 0.78:
        tags.append("iso2")
        cells["nationality"] = iso_codes(nat)[0]
    elif u < 0.9:
        tags.append("country_name")
        cells["nationality"] = _EN_NAMES[nat][0]
    else:
        tags.append("claimed")
        cells["nationality"] = f"{nat} (claimed)"
    origin = _text(ev, "origin_country")
    cells["origin_country"] = origin if rng.random() < 0.85 else _country_en(rng, origin)
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = [] if rng.random() < 0.5 else None
    else:
        tags.append("json_array")
        cells["transit_countries"] = [_eu_code(c) for c in transit.split("|")]
    dest = _text(ev, "destination_country")
    cells["destination_country"] = None if dest is None else _eu_code(dest)
    if rng.random() < 0.9:
        tags.append("eu_code")
        cells["detection_country"] = _eu_code(det)
    else:
        cells["detection_country"] = det
    cells["transport_mode"] = _transport(rng, name, ev, exp, tags)
    where = _coords_missing(rng, name, exp, tags)
    if where == "":
        tags.append("wkt")
        lat, lon = float(exp["lat"]), float(exp["lon"])  # type: ignore[arg-type]
        gap = " " if rng.random() < 0.7 else ""
        cells["coordinates"] = f"POINT{gap}({lon:.5f} {lat:.5f})"
    else:
        cells["coordinates"] = where
    cells["linked_offences"] = _offences(rng, name, _text(ev, "linked_offences"))
    _blank(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# corett_casos_bz.csv (Central America / Mexico, Spanish, UTF-8, |)
# --------------------------------------------------------------------------------------
_CORETT_USA = ("Estados Unidos", "EE.UU.", "EUA", "Estados Unidos de América", "USA")


def _date_corett(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    y, m, d, q = ts.year, ts.month, ts.day, (ts.month - 1) // 3 + 1
    if prec == "month":
        return choice(rng, (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_MONTHS[m - 1].capitalize()} {y}"))
    if prec == "quarter":
        return choice(rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"T{q}-{y}"))
    u = float(rng.random())
    if u < 0.5:
        return ts.strftime("%d/%m/%Y")
    if u < 0.65:
        tags.append("date_unpadded")
        return f"{d}/{m}/{y}"
    if u < 0.8:
        return ts.strftime("%d-%m-%Y")
    if u < 0.9:
        tags.append("date_month_name")
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    tags.append("date_month_abbr")
    return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}"


def _garble(rng: _Rng, text: str | None, tags: list[str]) -> str | None:
    """Now and then a name that went through a UTF-8 / cp1252 round trip."""
    if text is None or rng.random() >= 0.06:
        return text
    bad = mojibake(text)
    if bad is None:
        return text
    tags.append("mojibake")
    return bad


def _country_corett(rng: _Rng, code: str | None, tags: list[str]) -> str | None:
    if code is None:
        return None
    if code == "USA":
        return choice(rng, _CORETT_USA)
    return _garble(rng, _country_es(rng, code, upper=0.15), tags)


def _nationality_corett(rng: _Rng, code: str, gender: str, tags: list[str]) -> str | None:
    if rng.random() < 0.4:  # many national systems record the country, not the demonym
        tags.append("country_name")
        return _country_corett(rng, code, tags)
    word = _agree_es(rng, _ES_DEMONYMS[code], gender)
    tags.append("demonym")
    return _garble(rng, word.capitalize(), tags)


def _lat_corett(rng: _Rng, lat: float, tags: list[str]) -> str:
    if rng.random() < 0.3:
        tags.append("hemisphere_letters")
        return f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}"
    return f"{lat:.5f}"


def _lon_corett(rng: _Rng, lon: float, tags: list[str]) -> str:
    u = float(rng.random())
    if u < 0.35 and lon < 0:
        tags.append("west_as_letter")
        return f"{abs(lon):.5f} {'O' if u < 0.25 else 'W'}"
    return f"{lon:.5f}"


def _render_corett(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _date_corett(ts, prec, rng, tags)
    _set_precision(exp, ts, prec, tags)
    cells["crime_type"] = choice(rng, _CRIME[name][str(ev["crime_type"])])
    cells["exploitation"] = _vocab(rng, _EXPLOITATION[name], _text(ev, "exploitation"))
    style = "comma" if rng.random() < 0.7 else "plain"
    cells["n_persons"] = _persons(rng, src, int(ev["n_persons"]), exp, tags, style)  # type: ignore[call-overload]
    cells["n_suspects"] = _suspects(rng, src, exp["n_suspects"], exp, tags)  # type: ignore[arg-type]
    cells["gender"] = choice(rng, _GENDER[name][str(ev["gender"])])
    cells["age_group"] = _vocab_or_na(rng, _AGE[name], str(ev["age_group"]), exp, "age_group", tags)
    cells["nationality"] = _nationality_corett(rng, str(ev["nationality"]), str(ev["gender"]), tags)
    cells["origin_country"] = _country_corett(rng, _text(ev, "origin_country"), tags)
    transit = _text(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"] = choice(rng, ("", "", "N/A")) or None
    else:
        names = [_country_corett(rng, c, tags) or c for c in transit.split("|")]
        cells["transit_countries"] = choice(rng, (" - ", ", ")).join(names)
    cells["destination_country"] = _country_corett(rng, _text(ev, "destination_country"), tags)
    cells["detection_country"] = _country_corett(rng, _text(ev, "detection_country"), tags)
    cells["transport_mode"] = _transport(rng, name, ev, exp, tags)
    where = _coords_missing(rng, name, exp, tags)
    if where == "":
        cells["lat"] = _lat_corett(rng, float(exp["lat"]), tags)  # type: ignore[arg-type]
        cells["lon"] = _lon_corett(rng, float(exp["lon"]), tags)  # type: ignore[arg-type]
    else:
        cells["lat"] = where
        cells["lon"] = where
    cells["linked_offences"] = _offences(rng, name, _text(ev, "linked_offences"))
    cells["remarks"] = choice(rng, _REMARKS) or None
    _blank(forced_blank, cells, exp, tags)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS = {
    _RELATORIA: _render_relatoria,
    _OCRTEH: _render_ocrteh,
    _KENT: _render_kent,
    _BLUEPRINT: _render_blueprint,
    _CORETT: _render_corett,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    return _RENDERERS[src.source](src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: empty, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        impossible = {
            _RELATORIA: (f"31/02/{y}", f"30/02/{y}"),
            _OCRTEH: (f"30/02/{y}", f"31/09/{y}"),
            _KENT: (f"31/06/{y}", f"31/11/{y}"),
            _BLUEPRINT: (f"{y}-02-30", f"{y}-04-31"),
            _CORETT: (f"31/04/{y}", f"32/{ts.month:02d}/{y}"),
        }
        return choice(rng, impossible[src.source])
    ahead = ts + pd.DateOffset(years=10)  # a mistyped year: 2032 for 2022
    if src.format == "xlsx":
        return ahead.to_pydatetime()
    if src.format == "jsonl":
        return ahead.strftime("%Y-%m-%d")
    return ahead.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the date of its last case)."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND76_SOURCES,
    primary={"ESP": _RELATORIA, "FRA": _OCRTEH, "GBR": _KENT, "PAN": _CORETT, "USA": _CORETT},
    compilation=_BLUEPRINT,
    secondary={
        ("channel", "FRA"): _KENT,
        ("thb_vnm_gbr", "GBR"): _OCRTEH,
        ("thb_nga_ita", "ITA"): _OCRTEH,
        ("thb_rou_esp", "ITA"): _RELATORIA,
        ("thb_rou_esp", "ESP"): _BLUEPRINT,
        ("wmed", "ESP"): _BLUEPRINT,
        ("watl", "ESP"): _BLUEPRINT,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=76_076,
    blank_share=0.4,
)


def make_blind76(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind76`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``relatoria_trata_bz.xlsx``, ``ocrteh_traite_bz.csv``, ``kent_essex_scd_bz.csv``,
        ``blueprint_sitrep_bz.jsonl`` and ``corett_casos_bz.csv``, each with its expected
        rows (see the module docstring for how each source writes).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind76(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['relatoria_trata_bz.xlsx', 'ocrteh_traite_bz.csv', 'kent_essex_scd_bz.csv',
     'blueprint_sitrep_bz.jsonl', 'corett_casos_bz.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
