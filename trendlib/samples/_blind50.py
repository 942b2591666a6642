"""An examiner's held-out sample set ``blind50`` (files ``*_az.*``): five more agencies.

Written without looking at the cleaner, to measure how it reads wording it was never
tuned on. Every cell is one a competent analyst reads unambiguously to the value that
:attr:`Submission.expected` records; the shared row machinery (which source reports
which event, bad rows, garbage rows, re-sent rows) is :mod:`._examiner`'s.

Reader's guide to the five files
--------------------------------
``conatt_cr_az.xlsx`` -- Costa Rica, Secretaría Técnica of the CONATT (national coalition
    against migrant smuggling and trafficking, hosted by the DGME), case matrix of the
    Darién flow crossing towards Paso Canoas. Spanish, XLSX. First reports events
    detected in Panama; second reports of US-Mexico events. Dates: real Excel dates,
    bare Excel serial numbers (a cell that lost its date format), ``dd/mm/yyyy`` and
    ``d/m/yyyy`` text, months (``marzo 2022``, ``03/2022``), quarters in Roman numerals
    (``II trimestre 2022``, ``T2-2022``). Crime: the coalition's acronyms ``TIM``
    (tráfico ilícito de migrantes) and ``TdP`` (trata de personas), or article numbers
    (art. 249 Ley 8764 / LGME, art. 172 Código Penal). Age group ``PME`` (persona menor
    de edad) and ``NNA``; counts as numbers or text (``1 250``, ``aprox. 40``,
    ``35 personas``), ``ND``/``Sin dato``/``Por determinar`` for unknown; suspects
    ``Ninguno``; coordinates as numbers or text with decimal comma and ``O`` (oeste) for
    west; linked offences in Costa Rican legal words (``Legitimación de capitales``);
    a free-text ``Localidad`` column; "Directo" for no transit.
``linea_trata_mx_az.jsonl`` -- Mexico, Consejo Ciudadano para la Seguridad y Justicia,
    export of the Línea Nacional contra la Trata de Personas case CRM. Spanish
    snake_case keys, UTF-8 JSON lines. First reports US events (calls from relatives of
    migrants held at the northern border). Dates ISO, ``dd/mm/yyyy``, ``12/mar/2022``,
    ``12 de marzo de 2022``, CRM timestamps with a time, months (``2022-03``, ``marzo de
    2022``), quarters (``primer trimestre de 2022``). Crime: art. 159 Ley de Migración
    (tráfico), art. 10 LGPSEDMTP (trata), ``tráfico de indocumentados``; Mexican
    ``H``/``M`` (hombre/mujer) for sex, ``NNA``; counts as JSON numbers or text with
    Mexican thousands commas (``1,250``); suspects are ``probables responsables``;
    transit and linked offences sometimes JSON arrays; ``EUA`` for the United States,
    ISO alpha-2 codes from a drop-down; ``ORPI`` and ``delitos contra la salud`` as
    linked offences; ``tractocamión``/``caja de tráiler`` for lorries;
    ``sin coordenadas``. Re-sends some rows.
``cps_uk_az.csv`` -- England and Wales, Crown Prosecution Service, CMS management
    information extract of immigration-crime and modern-slavery flagged cases. English,
    UTF-8 with BOM, ``,``. First reports UK events; second reports of Channel events
    detected in France. URNs (police Unique Reference Numbers) as references. Dates
    day-first (``12/03/2022``, ``12/03/22``, ``12-Mar-2022``, ``12 March 2022``, ISO),
    months (``Mar 2022``). Crime by statute (s.25 Immigration Act 1971, s.2 Modern
    Slavery Act 2015); ``Criminal exploitation``; ``UASC`` (children); ``Nil`` suspects;
    ``NK``/``TBC``/``Not known`` counts; ``Türkiye``, ``Viet Nam``; one combined
    ``lat, long`` column, decimal or Google-style DMS; linked charges by statute
    (IDA 2010, POCA 2002, MDA 1971, Bribery Act). Re-sends some rows.
``sirasco_fr_az.csv`` -- France, SIRASCO (strategic organised-crime intelligence
    service), digest of partner reports. French, cp1252, ``;``, CRLF. First reports
    events detected in France and every event no other source covers (Italy, Greece,
    Croatia, Poland); second reports of events detected in the UK (Channel crossings,
    Viet Nam-UK trafficking) and in Spain. Dates ``dd/mm/yyyy``, ``dd/mm/yy``,
    ``12 mars 2022``, ``12.03.2022``, ISO, months (``mars 2022``), quarters
    (``1er trim. 2022``, ``T3 2022``). Crime: AESI (aide à l'entrée et au séjour
    irréguliers), TEH, art. 225-4-1 CP, art. L.823-1 and
    the older L.622-1 CESEDA; ``mis en cause`` with ``néant``; ``NC`` counts; ``MNA``
    (children); demonyms (``nigériane``), ISO alpha-3 codes and some mojibake
    (``Ã©rythrÃ©enne``); thousands with a no-break space; coordinates with decimal
    comma or degrees and decimal minutes (``35°30,18' N``, ``5°19,01' O``); ``PL`` (poids
    lourd) and ``small boat``; a free-text ``Lieu`` column.
``protex_ar_az.csv`` -- Argentina, PROTEX (Procuraduría de Trata y Explotación de
    Personas, Ministerio Público Fiscal), register of international-cooperation files
    with Spain. Spanish (Rioplatense), UTF-16 with BOM, tab-delimited (Excel's "Unicode
    text"). First reports events detected in Spain; second reports of the trafficking
    events (Romania-Spain/Italy, Nigeria-Italy) detected in Italy. Dates ``dd/mm/yyyy``,
    ``d/m/yyyy``, ``dd-mm-yy``, ``12.03.2022``, ``12 de marzo de 2022``, months (``marzo
    de 2022``), quarters (``2do. trimestre 2022``). Crime by the Spanish Código Penal
    (art. 177 bis trata, art. 318 bis tráfico) or the Argentine laws (arts. 145 bis/ter
    CP, Ley 25.871); ``Varón``/``Varones``, ``NNyA``; ``s/d`` for unknown;
    ``cayuco``/``patera``/``neumática`` boats, ``ómnibus``; thousands with a dot;
    coordinates with decimal comma or DMS with decimal-comma seconds and ``O`` for west.

Messiness tags (``messiness``) name what a row holds beyond plain values, e.g.
``excel_serial``, ``month_partial``, ``quarter_partial``, ``count_placeholder``,
``zero_word``, ``suspects_placeholder``, ``na_word``, ``coords_missing``,
``coords_placeholder``, ``coords_dms``, ``mojibake``, ``legal_ref``, ``thousands``,
``blank_<field>`` (a second report leaving a field blank).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND50_SOURCES", "make_blind50"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_Written = tuple[_Cells, _Cells, list[str]]

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_CONATT = ExaminerSource(
    source="conatt_cr_az",
    filename="conatt_cr_az.xlsx",
    ref="ST-CONATT-{seq:04d}-{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de caso",
        "event_date": "Fecha de detección",
        "crime_type": "Delito (TIM / TdP)",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cant. personas (víctimas / migrantes)",
        "n_suspects": "Presuntos tratantes / traficantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino final",
        "detection_country": "País donde se detecta",
        "place": "Localidad",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: Secretaría Técnica CONATT - DGME. Datos preliminares sujetos a revisión.",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "grupo grande"),
    repeats=False,
)
_LINEA = ExaminerSource(
    source="linea_trata_mx_az",
    filename="linea_trata_mx_az.jsonl",
    ref="CC-LNT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_hechos",
        "crime_type": "delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_victimas",
        "n_suspects": "num_probables_responsables",
        "gender": "sexo_victimas",
        "age_group": "edad_victimas",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_hechos",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_relacionados",
    },
    note="Nota: corte al cierre del periodo; cifras preliminares de la Línea Nacional",
    total="Total de víctimas reportadas",
    bad_count=("varias", "muchos", "un grupo"),
    repeats=True,
)
_CPS = ExaminerSource(
    source="cps_uk_az",
    filename="cps_uk_az.csv",
    ref="46KE{seq:05d}{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "URN",
        "event_date": "Offence Date (DD/MM/YYYY)",
        "crime_type": "Principal Offence",
        "exploitation": "Exploitation Type (MSA s.3)",
        "n_persons": "No. of Victims / Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Victim/Migrant Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Method of Entry",
        "coordinates": "Incident Location (lat, long)",
        "linked_offences": "Linked Charges",
    },
    note="CMS extract - management information, not official statistics",
    total="Grand Total",
    bad_count=("several", "multiple", "a number of"),
    repeats=True,
)
_SIRASCO = ExaminerSource(
    source="sirasco_fr_az",
    filename="sirasco_fr_az.csv",
    ref="SIRASCO/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "place": "Lieu",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Source : SIRASCO - données issues des échanges partenaires, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "quelques-uns"),
    repeats=False,
)
_PROTEX = ExaminerSource(
    source="protex_ar_az",
    filename="protex_ar_az.csv",
    ref="PROTEX {seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nro. de legajo",
        "event_date": "Fecha del hecho",
        "crime_type": "Calificación legal",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. víctimas / migrantes",
        "n_suspects": "Imputados",
        "gender": "Género",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: PROTEX - MPF. Información sujeta a actualización.",
    total="Total",
    bad_count=("varias", "numerosas"),
    repeats=False,
)

#: The five sources of the set, in the order their submissions are returned.
BLIND50_SOURCES: tuple[ExaminerSource, ...] = (_CONATT, _LINEA, _CPS, _SIRASCO, _PROTEX)

_PRIMARY = {
    "PAN": _CONATT.source,
    "USA": _LINEA.source,
    "GBR": _CPS.source,
    "ESP": _PROTEX.source,
    "FRA": _SIRASCO.source,
}
_SECONDARY = {
    ("darien", "PAN"): _LINEA.source,
    ("us_mex", "USA"): _CONATT.source,
    ("channel", "FRA"): _CPS.source,
    ("channel", "GBR"): _SIRASCO.source,
    ("thb_vnm_gbr", "GBR"): _SIRASCO.source,
    ("watl", "ESP"): _SIRASCO.source,
    ("wmed", "ESP"): _SIRASCO.source,
    ("thb_rou_esp", "ESP"): _SIRASCO.source,
    ("thb_rou_esp", "ITA"): _PROTEX.source,
    ("thb_nga_ita", "ITA"): _PROTEX.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("Afganistán",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
        "BLR": ("Bielorrusia", "Belarús"),
        "CHN": ("China", "República Popular China"),
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
        "GIN": ("Guinea", "Guinea Conakry"),
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
        "ROU": ("Rumania", "Rumanía"),
        "RUS": ("Rusia", "Federación de Rusia"),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE. UU.", "EE.UU."),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
    "fr": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albanie",),
        "AUT": ("Autriche",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgarie",),
        "BIH": ("Bosnie-Herzégovine",),
        "BLR": ("Biélorussie", "Bélarus"),
        "CHN": ("Chine",),
        "CIV": ("Côte d'Ivoire",),
        "CMR": ("Cameroun",),
        "COL": ("Colombie",),
        "DEU": ("Allemagne",),
        "DZA": ("Algérie",),
        "ECU": ("Équateur",),
        "EGY": ("Égypte",),
        "ERI": ("Érythrée",),
        "ESP": ("Espagne",),
        "FRA": ("France",),
        "GBR": ("Royaume-Uni", "Grande-Bretagne"),
        "GIN": ("Guinée", "Guinée-Conakry"),
        "GMB": ("Gambie",),
        "GRC": ("Grèce",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croatie",),
        "HTI": ("Haïti",),
        "HUN": ("Hongrie",),
        "IRN": ("Iran",),
        "IRQ": ("Irak",),
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
        "SEN": ("Sénégal",),
        "SRB": ("Serbie",),
        "SYR": ("Syrie",),
        "TUN": ("Tunisie",),
        "TUR": ("Turquie",),
        "USA": ("États-Unis",),
        "VEN": ("Venezuela",),
        "VNM": ("Viêt Nam", "Vietnam"),
        "YEM": ("Yémen",),
    },
    "en": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia and Herzegovina", "Bosnia"),
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
        "GBR": ("UK", "United Kingdom", "U.K."),
        "GIN": ("Guinea", "Guinea (Conakry)"),
        "GMB": ("Gambia", "The Gambia"),
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
        "TUR": ("Türkiye", "Turkey"),
        "USA": ("USA", "United States"),
        "VEN": ("Venezuela",),
        "VNM": ("Viet Nam", "Vietnam"),
        "YEM": ("Yemen",),
    },
}
#: Source-specific names that replace the language's (the agency's own usage).
_OWN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    _CONATT.source: {"USA": ("Estados Unidos", "EE.UU.", "EEUU"), "PAN": ("Panamá", "Panama")},
    _LINEA.source: {"USA": ("Estados Unidos", "EUA", "E.U.A.", "Estados Unidos de América")},
    _PROTEX.source: {"ESP": ("España", "Reino de España")},
    _SIRASCO.source: {"GBR": ("Royaume-Uni", "R-U", "Grande-Bretagne")},
}
#: Demonyms: (masculine, feminine, plural), or one English adjective.
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("afgano", "afgana", "afganos"),
        "ALB": ("albanés", "albanesa", "albaneses"),
        "BGD": ("bangladesí", "bangladesí", "bangladesíes"),
        "CHN": ("chino", "china", "chinos"),
        "CIV": ("marfileño", "marfileña", "marfileños"),
        "CMR": ("camerunés", "camerunesa", "cameruneses"),
        "COL": ("colombiano", "colombiana", "colombianos"),
        "DZA": ("argelino", "argelina", "argelinos"),
        "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos"),
        "EGY": ("egipcio", "egipcia", "egipcios"),
        "ERI": ("eritreo", "eritrea", "eritreos"),
        "GIN": ("guineano", "guineana", "guineanos"),
        "GMB": ("gambiano", "gambiana", "gambianos"),
        "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos"),
        "HND": ("hondureño", "hondureña", "hondureños"),
        "HTI": ("haitiano", "haitiana", "haitianos"),
        "IRN": ("iraní", "iraní", "iraníes"),
        "IRQ": ("iraquí", "iraquí", "iraquíes"),
        "MAR": ("marroquí", "marroquí", "marroquíes"),
        "MEX": ("mexicano", "mexicana", "mexicanos"),
        "MLI": ("maliense", "maliense", "malienses"),
        "NGA": ("nigeriano", "nigeriana", "nigerianos"),
        "PAK": ("pakistaní", "pakistaní", "pakistaníes"),
        "ROU": ("rumano", "rumana", "rumanos"),
        "SEN": ("senegalés", "senegalesa", "senegaleses"),
        "SYR": ("sirio", "siria", "sirios"),
        "TUN": ("tunecino", "tunecina", "tunecinos"),
        "TUR": ("turco", "turca", "turcos"),
        "VEN": ("venezolano", "venezolana", "venezolanos"),
        "VNM": ("vietnamita", "vietnamita", "vietnamitas"),
        "YEM": ("yemení", "yemení", "yemeníes"),
    },
    "fr": {
        "AFG": ("afghan", "afghane", "afghans"),
        "ALB": ("albanais", "albanaise", "albanais"),
        "BGD": ("bangladais", "bangladaise", "bangladais"),
        "CHN": ("chinois", "chinoise", "chinois"),
        "CIV": ("ivoirien", "ivoirienne", "ivoiriens"),
        "CMR": ("camerounais", "camerounaise", "camerounais"),
        "COL": ("colombien", "colombienne", "colombiens"),
        "DZA": ("algérien", "algérienne", "algériens"),
        "ECU": ("équatorien", "équatorienne", "équatoriens"),
        "EGY": ("égyptien", "égyptienne", "égyptiens"),
        "ERI": ("érythréen", "érythréenne", "érythréens"),
        "GIN": ("guinéen", "guinéenne", "guinéens"),
        "GMB": ("gambien", "gambienne", "gambiens"),
        "GTM": ("guatémaltèque", "guatémaltèque", "guatémaltèques"),
        "HND": ("hondurien", "hondurienne", "honduriens"),
        "HTI": ("haïtien", "haïtienne", "haïtiens"),
        "IRN": ("iranien", "iranienne", "iraniens"),
        "IRQ": ("irakien", "irakienne", "irakiens"),
        "MAR": ("marocain", "marocaine", "marocains"),
        "MEX": ("mexicain", "mexicaine", "mexicains"),
        "MLI": ("malien", "malienne", "maliens"),
        "NGA": ("nigérian", "nigériane", "nigérians"),
        "PAK": ("pakistanais", "pakistanaise", "pakistanais"),
        "ROU": ("roumain", "roumaine", "roumains"),
        "SEN": ("sénégalais", "sénégalaise", "sénégalais"),
        "SYR": ("syrien", "syrienne", "syriens"),
        "TUN": ("tunisien", "tunisienne", "tunisiens"),
        "TUR": ("turc", "turque", "turcs"),
        "VEN": ("vénézuélien", "vénézuélienne", "vénézuéliens"),
        "VNM": ("vietnamien", "vietnamienne", "vietnamiens"),
        "YEM": ("yéménite", "yéménite", "yéménites"),
    },
    "en": {
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "BGD": ("Bangladeshi",),
        "CHN": ("Chinese",),
        "CIV": ("Ivorian",),
        "CMR": ("Cameroonian",),
        "COL": ("Colombian",),
        "DZA": ("Algerian",),
        "ECU": ("Ecuadorian",),
        "EGY": ("Egyptian",),
        "ERI": ("Eritrean",),
        "GIN": ("Guinean",),
        "GMB": ("Gambian",),
        "GTM": ("Guatemalan",),
        "HND": ("Honduran",),
        "HTI": ("Haitian",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi", "Iraqi (Kurdish)"),
        "MAR": ("Moroccan",),
        "MEX": ("Mexican",),
        "MLI": ("Malian",),
        "NGA": ("Nigerian",),
        "PAK": ("Pakistani",),
        "ROU": ("Romanian",),
        "SEN": ("Senegalese",),
        "SYR": ("Syrian",),
        "TUN": ("Tunisian",),
        "TUR": ("Turkish",),
        "VEN": ("Venezuelan",),
        "VNM": ("Vietnamese",),
        "YEM": ("Yemeni",),
    },
}

# --------------------------------------------------------------------------------------
# Wording: categories, by source
# --------------------------------------------------------------------------------------
#: Crime type -> (plain wordings, legal references).
_CRIME: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    _CONATT.source: {
        "smuggling": (
            ("TIM", "Tráfico ilícito de migrantes", "tráfico ilícito de personas"),
            ("Tráfico ilícito de personas (art. 249 Ley 8764)", "Art. 249 LGME"),
        ),
        "trafficking": (
            ("TdP", "Trata de personas", "TRATA DE PERSONAS"),
            ("Trata de personas (art. 172 CP)", "Art. 172 Código Penal"),
        ),
        "both": (
            ("TdP y TIM", "Trata de personas + tráfico ilícito de migrantes", "TIM + TdP"),
            ("Arts. 172 CP y 249 LGME",),
        ),
    },
    _LINEA.source: {
        "smuggling": (
            ("Tráfico de personas", "Tráfico de migrantes", "tráfico de indocumentados"),
            ("Tráfico de personas (art. 159 Ley de Migración)", "Art. 159 LM"),
        ),
        "trafficking": (
            ("Trata de personas", "Trata"),
            ("Art. 10 LGPSEDMTP", "Trata de personas (art. 10 Ley General en materia de trata)"),
        ),
        "both": (
            ("Trata y tráfico de personas", "Tráfico de migrantes y trata de personas"),
            ("Arts. 10 LGPSEDMTP y 159 LM",),
        ),
    },
    _CPS.source: {
        "smuggling": (
            ("Facilitation - assisting unlawful immigration", "People smuggling"),
            (
                "Assisting unlawful immigration (s.25 Immigration Act 1971)",
                "s25 IA 1971",
                "Immigration Act 1971 s.25",
            ),
        ),
        "trafficking": (
            ("Human trafficking", "Human trafficking (modern slavery)"),
            (
                "Arranging/facilitating travel with a view to exploitation (s.2 MSA 2015)",
                "Modern Slavery Act 2015 s.2",
                "MSA 2015 s2",
            ),
        ),
        "both": (
            ("People smuggling and human trafficking", "Facilitation + human trafficking"),
            ("s.25 IA 1971 & s.2 MSA 2015", "IA71 s25 / MSA15 s2"),
        ),
    },
    _SIRASCO.source: {
        "smuggling": (
            (
                "Aide à l'entrée et au séjour irréguliers",
                "AESI",
                "AESI en bande organisée",
                "Trafic de migrants",
            ),
            (
                "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
                "Art. L.823-1 CESEDA",
                "Art. L.622-1 CESEDA",
            ),
        ),
        "trafficking": (
            ("Traite des êtres humains", "TEH"),
            ("Traite des êtres humains (art. 225-4-1 C. pén.)", "Art. 225-4-1 CP"),
        ),
        "both": (
            ("TEH + AESI", "Traite des êtres humains et aide à l'entrée irrégulière"),
            ("Art. 225-4-1 CP / L.823-1 CESEDA",),
        ),
    },
    _PROTEX.source: {
        "smuggling": (
            ("Tráfico ilegal de migrantes", "Tráfico de migrantes"),
            (
                "Tráfico ilícito de migrantes (art. 318 bis CP español)",
                "Art. 318 bis CP (España)",
                "Tráfico de migrantes - Ley 25.871 art. 116",
            ),
        ),
        "trafficking": (
            ("Trata de personas",),
            (
                "Trata de personas (art. 177 bis CP español)",
                "Art. 177 bis CP (España)",
                "Trata (arts. 145 bis y ter CP)",
            ),
        ),
        "both": (
            ("Trata y tráfico", "Trata de personas y tráfico ilegal de migrantes"),
            ("Arts. 177 bis y 318 bis CP (España)",),
        ),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _CONATT.source: {
        "sexual": ("Explotación sexual", "Explotación sexual comercial", "Servidumbre sexual"),
        "forced_labour": (
            "Explotación laboral",
            "Trabajos o servicios forzados",
            "Servidumbre laboral",
        ),
        "forced_criminality": ("Actividades delictivas forzadas", "Obligación a cometer delitos"),
        "forced_marriage": ("Matrimonio servil o forzado", "Matrimonio forzado"),
        "organ_removal": ("Extracción ilícita de órganos",),
        "other": ("Otra", "Otros fines de explotación"),
    },
    _LINEA.source: {
        "sexual": ("explotación sexual", "prostitución ajena u otras formas de explotación sexual"),
        "forced_labour": ("trabajo o servicios forzados", "explotación laboral"),
        "forced_criminality": ("utilización en actividades delictivas", "actividades delictivas"),
        "forced_marriage": ("matrimonio forzoso o servil",),
        "organ_removal": ("tráfico de órganos",),
        "other": ("otra modalidad", "otra"),
    },
    _CPS.source: {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour", "Labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other", "Other exploitation"),
    },
    _SIRASCO.source: {
        "sexual": ("exploitation sexuelle", "sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    _PROTEX.source: {
        "sexual": ("Explotación sexual", "Fines de explotación sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos o servicios forzados"),
        "forced_criminality": (
            "Actividades delictivas",
            "Realización de actividades delictivas (177 bis 1.c)",
        ),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras", "Otra finalidad"),
    },
}
#: What a source writes in the exploitation cell of a pure smuggling case.
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    _CONATT.source: (None, None, "No aplica"),
    _LINEA.source: (None, "No aplica"),
    _CPS.source: (None, "N/A"),
    _SIRASCO.source: (None, "sans objet", "s.o."),
    _PROTEX.source: (None, None, "-"),
}
#: Transport mode -> wordings.
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _CONATT.source: {
        "land": ("Terrestre", "A pie (trocha)", "Autobús", "Terrestre (bus)", "Caminando"),
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    _LINEA.source: {
        "land": ("terrestre", "a pie", "tractocamión", "caja de tráiler", "autobús"),
        "sea": ("marítimo", "lancha"),
        "air": ("aéreo", "avión"),
    },
    _CPS.source: {
        "land": ("HGV", "Lorry (concealed in trailer)", "Car", "On foot", "Coach", "Land"),
        "sea": ("Small boat", "RHIB", "Sea", "Small boat (dinghy)"),
        "air": ("Air", "Flight", "Commercial flight"),
    },
    _SIRASCO.source: {
        "land": ("voie terrestre", "PL (poids lourd)", "VL", "à pied", "terrestre", "camion"),
        "sea": ("voie maritime", "small boat", "embarcation pneumatique", "maritime", "canot"),
        "air": ("voie aérienne", "aérien", "avion"),
    },
    _PROTEX.source: {
        "land": ("Terrestre", "Ómnibus", "Automóvil", "Camión", "A pie"),
        "sea": ("Cayuco", "Patera", "Neumática", "Marítimo", "Embarcación"),
        "air": ("Aéreo", "Vía aérea"),
    },
}
#: Land wordings of a Darién crossing (walked, then bused from the reception stations).
_DARIEN_ON_FOOT = {
    _CONATT.source: ("A pie (trocha)", "Caminando", "Terrestre", "Terrestre (bus)"),
    _LINEA.source: ("a pie", "terrestre", "a pie por la selva"),
}
#: "Not applicable" words (read as ``unknown``).
_NA_WORD = {
    _CONATT.source: ("No aplica", "N/A"),
    _LINEA.source: ("no aplica",),
    _CPS.source: ("N/A", "Not applicable"),
    _SIRASCO.source: ("sans objet", "s.o."),
    _PROTEX.source: ("No corresponde", "N/C"),
}
#: Gender -> (singular wordings, plural wordings).
_GENDER: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    _CONATT.source: {
        "male": (("Hombre", "Masculino"), ("Hombres", "Masculino")),
        "female": (("Mujer", "Femenino"), ("Mujeres", "Femenino")),
        "mixed": ((), ("Mixto", "Ambos sexos", "Hombres y mujeres")),
    },
    _LINEA.source: {
        "male": (("Hombre", "H"), ("Hombres", "H")),
        "female": (("Mujer", "M"), ("Mujeres", "M")),
        "mixed": ((), ("Ambos", "Mixto", "H y M")),
    },
    _CPS.source: {
        "male": (("Male", "M"), ("Male", "Males", "M")),
        "female": (("Female", "F"), ("Female", "Females", "F")),
        "mixed": ((), ("Mixed", "Both", "M/F", "Male & female")),
    },
    _SIRASCO.source: {
        "male": (("H", "homme", "masculin"), ("H", "hommes", "masculin")),
        "female": (("F", "femme", "féminin"), ("F", "femmes", "féminin")),
        "mixed": ((), ("mixte", "H/F", "hommes et femmes")),
    },
    _PROTEX.source: {
        "male": (("Varón", "Masculino"), ("Varones", "Masculino")),
        "female": (("Mujer", "Femenino"), ("Mujeres", "Femenino")),
        "mixed": ((), ("Mixto", "Varones y mujeres")),
    },
}
#: Age group -> (singular wordings, plural wordings).
_AGE: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    _CONATT.source: {
        "adult": (("Persona adulta", "Mayor de edad"), ("Mayores de edad", "Adultos")),
        "child": (("PME", "Persona menor de edad", "NNA"), ("PME", "Menores de edad", "NNA")),
        "mixed": ((), ("Adultos y PME", "Mixto", "Mayores y menores de edad")),
    },
    _LINEA.source: {
        "adult": (("Mayor de edad", "Adulto"), ("Mayores de edad", "Adultos")),
        "child": (("Menor de edad", "NNA"), ("Menores de edad", "NNA")),
        "mixed": ((), ("Adultos y NNA", "Mixto")),
    },
    _CPS.source: {
        "adult": (("Adult", "18+"), ("Adult", "Adults", "18+")),
        "child": (("Child", "U18", "UASC", "Minor"), ("Children", "U18", "UASC")),
        "mixed": ((), ("Mixed", "Adults & minors", "Adults + UASC")),
    },
    _SIRASCO.source: {
        "adult": (("majeur", "adulte"), ("majeurs", "adultes")),
        "child": (("mineur", "MNA"), ("mineurs", "MNA")),
        "mixed": ((), ("mixte", "majeurs et mineurs")),
    },
    _PROTEX.source: {
        "adult": (("Mayor de edad", "Mayor"), ("Mayores", "Adultos/as")),
        "child": (("Menor de edad", "NNyA"), ("Menores", "NNyA")),
        "mixed": ((), ("Mayores y menores", "Mixto")),
    },
}
#: Linked offence -> wordings, and the joiners of a source.
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    _CONATT.source: {
        "document_fraud": (
            "Falsificación de documentos",
            "Uso de documento falso",
            "Falsedad ideológica",
        ),
        "money_laundering": ("Legitimación de capitales",),
        "corruption": ("Cohecho", "Corrupción de funcionario público"),
        "illicit_goods": ("Contrabando", "Tráfico de drogas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    _LINEA.source: {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "money_laundering": (
            "ORPI",
            "operaciones con recursos de procedencia ilícita",
            "lavado de dinero",
        ),
        "corruption": ("cohecho", "corrupción"),
        "illicit_goods": ("delitos contra la salud", "contrabando", "narcomenudeo"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    _CPS.source: {
        "document_fraud": (
            "Possession of false ID documents (IDA 2010 s.4)",
            "False documents",
            "Document fraud",
        ),
        "money_laundering": ("Money laundering (POCA 2002 s.327)", "POCA s.328 money laundering"),
        "corruption": ("Bribery (Bribery Act 2010)", "Bribery"),
        "illicit_goods": (
            "Possession with intent to supply (MDA 1971)",
            "Drugs - PWITS",
            "Illicit tobacco (CEMA 1979 s.170)",
        ),
        "cybercrime": ("Computer Misuse Act 1990", "Computer misuse"),
        "terrorism": ("Terrorism Act 2000",),
    },
    _SIRASCO.source: {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "corruption": ("corruption",),
        "illicit_goods": ("trafic de stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _PROTEX.source: {
        "document_fraud": ("falsificación de documentos públicos", "falsedad documental"),
        "money_laundering": ("lavado de activos", "blanqueo de capitales"),
        "corruption": ("cohecho", "corrupción"),
        "illicit_goods": ("contrabando", "estupefacientes (Ley 23.737)", "tráfico de drogas"),
        "cybercrime": ("delitos informáticos", "ciberdelito"),
        "terrorism": ("terrorismo",),
    },
}
_JOINERS = {
    _CONATT.source: ("; ", " y ", ", "),
    _LINEA.source: (", ", "; "),
    _CPS.source: ("; ", " / "),
    _SIRASCO.source: (", ", " + ", " / "),
    _PROTEX.source: (" / ", ", "),
}
#: What a source writes where there is no linked offence (read as none).
_NO_LINKED: dict[str, tuple[str | None, ...]] = {
    _CONATT.source: (None, None, None, "Ninguno"),
    _LINEA.source: (None, None, "ninguno"),
    _CPS.source: (None, None, None, "None"),
    _SIRASCO.source: (None, None, "néant"),
    _PROTEX.source: (None, None, "-"),
}
#: Transit: joiners, and the words for "no transit".
_TRANSIT_JOIN = {
    _CONATT.source: (" - ", ", ", " / "),
    _LINEA.source: (", ",),
    _CPS.source: (" > ", ", ", " - "),
    _SIRASCO.source: (" / ", " - ", ", "),
    _PROTEX.source: (" - ", ", ", " / "),
}
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    _CONATT.source: (None, "Directo"),
    _LINEA.source: (None, "ninguno"),
    _CPS.source: (None, None, "Direct"),
    _SIRASCO.source: (None, "sans transit", "direct"),
    _PROTEX.source: (None, "Directo", "-"),
}
#: Counts: unknown words, zero words (suspects), and the thousands separator.
_COUNT_UNKNOWN = {
    _CONATT.source: ("ND", "Sin dato", "Por determinar"),
    _LINEA.source: ("N/D", "se desconoce", "sin dato"),
    _CPS.source: ("Not known", "NK", "TBC"),
    _SIRASCO.source: ("NC", "inconnu", "n.c."),
    _PROTEX.source: ("s/d", "sin datos", "S/D"),
}
_ZERO_WORD = {
    _CONATT.source: ("Ninguno", "No hay"),
    _LINEA.source: ("ninguno", "cero"),
    _CPS.source: ("Nil", "None"),
    _SIRASCO.source: ("néant", "aucun"),
    _PROTEX.source: ("ninguno", "no hay imputados"),
}
_THOUSANDS = {
    _CONATT.source: " ",
    _LINEA.source: ",",
    _CPS.source: ",",
    _SIRASCO.source: "\u00a0",
    _PROTEX.source: ".",
}
#: Count decorations: (approximate prefixes, unit suffixes).
_COUNT_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    _CONATT.source: (("aprox. ", "Aprox. "), (" personas", " migrantes", " víctimas")),
    _LINEA.source: (("aprox. ", "alrededor de "), (" víctimas", " personas")),
    _CPS.source: (("approx. ", "c. "), (" migrants", " people", " victims")),
    _SIRASCO.source: (("env. ", "environ "), (" pers.", " migrants", " personnes")),
    _PROTEX.source: (("aprox. ",), (" personas", " víctimas")),
}

# --------------------------------------------------------------------------------------
# Wording: dates and places
# --------------------------------------------------------------------------------------
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
_ROMAN = ("I", "II", "III", "IV")
_AR_ORDINAL = ("1er.", "2do.", "3er.", "4to.")
_FR_ORDINAL = ("1er", "2e", "3e", "4e")
_CONATT_PLACES = {
    "Bajo Chiquito": "Bajo Chiquito, Darién",
    "Darién gap": "Tapón del Darién",
    "Lajas Blancas": "ERM Lajas Blancas",
    "Nogales (Sonora/Arizona)": "Nogales",
    "Rio Grande Valley": "Valle del Río Grande",
    "El Paso": "El Paso",
    "Sasabe": "Sásabe",
}
_SIRASCO_PLACES = {
    "Calais": "Calais",
    "Dunkirk/Gravelines": "Dunkerque / Gravelines",
    "Dover": "Douvres",
    "Lampedusa": "Lampedusa",
    "Pozzallo": "Pozzallo",
    "Crotone": "Crotone",
    "Castel Volturno": "Castel Volturno",
    "Palermo": "Palerme",
    "Torino": "Turin",
    "Latina (Agro Pontino)": "Latina (Agro Pontino)",
    "Lesbos": "Lesbos",
    "Samos": "Samos",
    "Evros": "Évros",
    "Cetingrad (BIH–HRV border)": "Cetingrad (frontière BIH-HRV)",
    "Bajakovo (SRB–HRV border)": "Bajakovo (frontière SRB-HRV)",
    "Kuźnica": "Kuznica",
    "Białowieża": "Bialowieza",
    "Michałowo": "Michalowo",
    "London": "Londres",
    "Glasgow": "Glasgow",
    "Birmingham": "Birmingham",
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop accents (``Panamá`` -> ``Panama``), as a clerk on an English keyboard does."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int:
    value = ev.get(key)
    return int(value) if value is not None else 0  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float:
    return float(ev[key])  # type: ignore[arg-type]


def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _fit(src: ExaminerSource, text: str) -> str:
    """Return ``text``, or its accent-free form if the file's encoding cannot hold it."""
    return text if fits(text, src) else _strip_accents(text)


def _grouped(n: int, sep: str) -> str:
    """Write ``n`` with a thousands separator (``1234`` -> ``1.234``)."""
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    u = rng.random()
    if not partial_ok:
        return "day"
    if u < p_quarter:
        return "quarter"
    if u < p_quarter + p_month:
        return "month"
    return "day"


def _date_expected(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts.normalize()


def _typo_year(year: int) -> int:
    """Swap the middle digits of a year (2021 -> 2201): a typo that lands in the future."""
    text = str(year)
    return int(text[0] + text[2] + text[1] + text[3])


def _conatt_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, list[str]]:
    q = (ts.month - 1) // 3
    if precision == "month":
        form = choice(rng, ("name", "name_cap", "slash"))
        if form == "name":
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", ["month_partial"]
        if form == "name_cap":
            return f"{_ES_MONTHS[ts.month - 1].capitalize()}-{ts.year}", ["month_partial"]
        return f"{ts.month:02d}/{ts.year}", ["month_partial"]
    if precision == "quarter":
        if rng.random() < 0.6:
            return f"{_ROMAN[q]} trimestre {ts.year}", ["quarter_partial"]
        return f"T{q + 1}-{ts.year}", ["quarter_partial"]
    u = rng.random()
    if u < 0.55:
        return ts.normalize().to_pydatetime(), []
    if u < 0.68:
        return int((ts.normalize() - pd.Timestamp("1899-12-30")).days), ["excel_serial"]
    if u < 0.85:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ["date_text"]
    return f"{ts.day}/{ts.month}/{ts.year}", ["date_text"]


def _linea_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, list[str]]:
    if precision == "month":
        if rng.random() < 0.5:
            return f"{ts.year}-{ts.month:02d}", ["month_partial"]
        return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", ["month_partial"]
    if precision == "quarter":
        q = ("primer", "segundo", "tercer", "cuarto")[(ts.month - 1) // 3]
        return f"{q} trimestre de {ts.year}", ["quarter_partial"]
    u = rng.random()
    if u < 0.4:
        return ts.strftime("%Y-%m-%d"), []
    if u < 0.62:
        return ts.strftime("%d/%m/%Y"), []
    if u < 0.74:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')} {hh:02d}:{mm:02d}:00", ["timestamp"]
    if u < 0.86:
        abbr = _ES_MONTHS[ts.month - 1][:3]
        return f"{ts.day:02d}/{abbr}/{ts.year}", ["month_word"]
    return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ["month_word"]


def _cps_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, list[str]]:
    if precision == "month":
        name = MONTHS[ts.month - 1]
        text = f"{name[:3]} {ts.year}" if rng.random() < 0.5 else f"{name} {ts.year}"
        return text, ["month_partial"]
    u = rng.random()
    if u < 0.55:
        return ts.strftime("%d/%m/%Y"), []
    if u < 0.65:
        return ts.strftime("%d/%m/%y"), ["two_digit_year"]
    if u < 0.8:
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", ["month_word"]
    if u < 0.9:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ["month_word"]
    return ts.strftime("%Y-%m-%d"), []


def _sirasco_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, list[str]]:
    q = (ts.month - 1) // 3
    if precision == "month":
        if rng.random() < 0.6:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", ["month_partial"]
        return f"{ts.month:02d}/{ts.year}", ["month_partial"]
    if precision == "quarter":
        form = choice(rng, ("trim", "T", "long"))
        if form == "trim":
            return f"{_FR_ORDINAL[q]} trim. {ts.year}", ["quarter_partial"]
        if form == "T":
            return f"T{q + 1} {ts.year}", ["quarter_partial"]
        return f"{_FR_ORDINAL[q]} trimestre {ts.year}", ["quarter_partial"]
    u = rng.random()
    if u < 0.55:
        return ts.strftime("%d/%m/%Y"), []
    if u < 0.65:
        return ts.strftime("%d/%m/%y"), ["two_digit_year"]
    if u < 0.8:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ["month_word"]
    if u < 0.9:
        return ts.strftime("%d.%m.%Y"), []
    return ts.strftime("%Y-%m-%d"), []


def _protex_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, list[str]]:
    q = (ts.month - 1) // 3
    if precision == "month":
        if rng.random() < 0.6:
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", ["month_partial"]
        return f"{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}", ["month_partial"]
    if precision == "quarter":
        if rng.random() < 0.5:
            return f"{_AR_ORDINAL[q]} trimestre {ts.year}", ["quarter_partial"]
        return f"{q + 1}° trimestre {ts.year}", ["quarter_partial"]
    u = rng.random()
    if u < 0.45:
        return ts.strftime("%d/%m/%Y"), []
    if u < 0.65:
        return f"{ts.day}/{ts.month}/{ts.year}", []
    if u < 0.75:
        return ts.strftime("%d-%m-%y"), ["two_digit_year"]
    if u < 0.9:
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ["month_word"]
    return ts.strftime("%d.%m.%Y"), []


_DateWriter = Callable[[pd.Timestamp, str, _Rng], tuple[object, list[str]]]
#: Source -> (date writer, share of month dates, share of quarter dates).
_DATES: dict[str, tuple[_DateWriter, float, float]] = {
    _CONATT.source: (_conatt_date, 0.07, 0.04),
    _LINEA.source: (_linea_date, 0.08, 0.02),
    _CPS.source: (_cps_date, 0.06, 0.0),
    _SIRASCO.source: (_sirasco_date, 0.06, 0.04),
    _PROTEX.source: (_protex_date, 0.06, 0.04),
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine, as the source would botch it."""
    if kind == "no_date":
        empty = {
            _CONATT.source: (None, None, "Sin fecha"),
            _LINEA.source: (None, None, ""),
            _CPS.source: (None, None, "Not known"),
            _SIRASCO.source: (None, None, "inconnue"),
            _PROTEX.source: (None, None, "s/f"),
        }[src.source]
        return _pick(rng, empty)
    if kind == "bad_date":  # impossible whichever way round day and month are read
        year = ts.year
        options: tuple[str, ...] = (
            f"31/02/{year}",
            f"30/02/{year}",
            f"31/04/{year}",
            f"32/{ts.month:02d}/{year}",
        )
        if src.source == _LINEA.source:
            options = (f"{year}-02-30", f"{year}-04-31", f"{year}-06-31")
        if src.source == _CPS.source:
            options = (f"31/02/{year}", f"31/09/{year}", f"31/11/{year}")
            if year % 4:  # not a leap year: 29 February does not exist
                options = (*options, f"29/02/{year}")
        return choice(rng, options)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=_typo_year(ts.year), month=ts.month, day=day)
    if src.source == _CONATT.source and rng.random() < 0.5:
        return future.to_pydatetime()
    if src.source == _LINEA.source:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date the note row: the day the extract was made, a fortnight after the last."""
    day = (last + pd.Timedelta(days=15)).normalize()
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, sec_digits: int, comma: bool) -> tuple[int, int, float, str]:
    """Degrees, minutes, seconds (rounded) of ``abs(value)`` and the seconds text."""
    total = round(abs(value) * 3600, sec_digits)
    deg = int(total // 3600)
    mins = int((total - deg * 3600) // 60)
    secs = round(total - deg * 3600 - mins * 60, sec_digits)
    text = f"{secs:0{3 + sec_digits}.{sec_digits}f}"
    return deg, mins, secs, text.replace(".", ",") if comma else text


def _ddm(value: float, min_digits: int) -> tuple[int, float, str]:
    """Degrees and decimal minutes (rounded) of ``abs(value)``, minutes text with a comma."""
    total = round(abs(value) * 60, min_digits)
    deg = int(total // 60)
    mins = round(total - deg * 60, min_digits)
    return deg, mins, f"{mins:0{3 + min_digits}.{min_digits}f}".replace(".", ",")


def _signed(value: float, deg: int, mins: float, secs: float = 0.0) -> float:
    out = deg + mins / 60 + secs / 3600
    return round(-out if value < 0 else out, 6)


# --------------------------------------------------------------------------------------
# Cells shared by the sources
# --------------------------------------------------------------------------------------
def _country(
    src: ExaminerSource, code: str, rng: _Rng, *, mojibake_rate: float = 0.0
) -> tuple[str, list[str]]:
    """Write a country name as the source does (accents sometimes dropped or garbled)."""
    names = _OWN_NAMES.get(src.source, {}).get(code) or _NAMES[src.language][code]
    text = choice(rng, names)
    tags: list[str] = []
    u = rng.random()
    if u < mojibake_rate:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            return garbled, ["mojibake"]
    elif u < mojibake_rate + 0.08 and src.language != "en":
        plain = _strip_accents(text)
        if plain != text:
            text, tags = plain, ["no_accents"]
    elif u > 0.95:
        text, tags = text.upper(), ["upper_case"]
    return _fit(src, text), tags


def _nationality(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, *, code_rate: float, moji: float
) -> tuple[str, list[str]]:
    """Write a nationality: demonym (agreeing with the group), country name or ISO code."""
    code = str(ev["nationality"])
    n = _int(ev, "n_persons")
    u = rng.random()
    if u < code_rate:
        if src.source == _LINEA.source:
            return iso_codes(code)[0], ["iso2"]
        return code, ["iso3"]
    demonyms = _DEMONYMS[src.language].get(code)
    if demonyms is None or u > 0.75:
        return _country(src, code, rng, mojibake_rate=moji)
    if src.language == "en":
        text = choice(rng, demonyms)
    elif n > 1 and rng.random() < 0.5:
        text = demonyms[2]
    else:
        fem = ev.get("gender") == "female" or rng.random() < 0.3
        text = demonyms[1] if fem else demonyms[0]
    if rng.random() < 0.3:
        text = text.capitalize() if text[0].islower() else text
    if moji and rng.random() < moji:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            return garbled, ["mojibake"]
    return _fit(src, text), ["demonym"]


def _crime(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, legal_rate: float
) -> tuple[str, list[str]]:
    plain, legal = _CRIME[src.source][str(ev["crime_type"])]
    if rng.random() < legal_rate:
        return _fit(src, choice(rng, legal)), ["legal_ref"]
    return _fit(src, choice(rng, plain)), []


def _exploitation(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str | None:
    form = _text(ev, "exploitation")
    if form is None:
        return _pick(rng, _NO_EXPLOITATION[src.source])
    return _fit(src, choice(rng, _EXPLOITATION[src.source][form]))


def _by_number(
    table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], value: str, n: int, rng: _Rng
) -> str:
    singular, plural = table[value]
    return choice(rng, singular if n == 1 and singular else plural)


def _gender(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    return _fit(src, _by_number(_GENDER[src.source], str(ev["gender"]), _int(ev, "n_persons"), rng))


def _linked(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> tuple[object, list[str]]:
    value = _text(ev, "linked_offences")
    if value is None:
        return _pick(rng, _NO_LINKED[src.source]), []
    words = [_fit(src, choice(rng, _LINKED[src.source][o])) for o in value.split("|")]
    if src.source == _LINEA.source and len(words) > 1 and rng.random() < 0.5:
        return words, ["json_array"]
    if src.source == _LINEA.source and rng.random() < 0.2:
        return words, ["json_array"]
    return choice(rng, _JOINERS[src.source]).join(words), []


def _transit(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> tuple[object, list[str]]:
    value = _text(ev, "transit_countries")
    if value is None:
        return _pick(rng, _NO_TRANSIT[src.source]), []
    codes = value.split("|")
    if src.source == _CPS.source and rng.random() < 0.15:
        return " > ".join(codes), ["iso3"]
    names = [_country(src, c, rng)[0] for c in codes]
    if src.source == _LINEA.source and rng.random() < 0.5:
        return names, ["json_array"]
    return choice(rng, _TRANSIT_JOIN[src.source]).join(names), []


def _transport(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: _Cells, tags: list[str]
) -> str:
    mode = str(ev["transport_mode"])
    if ev.get("crime_type") == "trafficking" and rng.random() < 0.12:
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
        return choice(rng, _NA_WORD[src.source])
    words = _TRANSPORT[src.source][mode]
    if ev.get("corridor") == "darien" and mode == "land":  # the jungle is crossed on foot
        words = _DARIEN_ON_FOOT.get(src.source, words)
    return _fit(src, choice(rng, words))


def _age(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: _Cells, tags: list[str]
) -> str:
    if rng.random() < 0.015:
        exp["age_group"] = "unknown"
        tags.append("na_word")
        return choice(rng, _NA_WORD[src.source])
    return _fit(src, _by_number(_AGE[src.source], str(ev["age_group"]), _int(ev, "n_persons"), rng))


def _persons(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: _Cells, tags: list[str]
) -> object:
    """Write the count of persons: a number, or text with separators, words or a placeholder."""
    n = _int(ev, "n_persons")
    u = rng.random()
    if u < 0.03:
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.source])
    approx, units = _COUNT_WORDS[src.source]
    body = _grouped(n, _THOUSANDS[src.source]) if n >= 1000 else str(n)
    if n >= 1000:
        tags.append("thousands")
    if u < 0.08 and n >= 5:
        tags.append("count_words")
        return f"{choice(rng, approx)}{body}"
    if u < 0.15 and n > 1:
        tags.append("count_words")
        return f"{body}{choice(rng, units)}"
    if src.format != "csv" and n < 1000:
        return n  # a number cell (XLSX) or a JSON number
    return body


def _suspects(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: _Cells, tags: list[str]
) -> object:
    n = _int(ev, "n_suspects")
    u = rng.random()
    if u < 0.04:
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.source])
    if n == 0 and u < 0.5:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[src.source])
    return n if src.format != "csv" else str(n)


def _base(ev: dict[str, object]) -> _Cells:
    return {f: ev.get(f) for f in EVENT_FIELDS if f not in ("event_date", "date_precision")}


def _date(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, exp: _Cells
) -> tuple[object, list[str]]:
    writer, p_month, p_quarter = _DATES[src.source]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    precision = _precision(rng, partial_ok, p_month, p_quarter)
    exp["event_date"] = _date_expected(ts, precision)
    exp["date_precision"] = precision
    return writer(ts, precision, rng)


# --------------------------------------------------------------------------------------
# Coordinates of each source
# --------------------------------------------------------------------------------------
def _coords_separate(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: _Cells, tags: list[str]
) -> tuple[object, object]:
    """Two cells: CONATT (numbers or text), SIRASCO and PROTEX (decimal comma, DMS/DDM)."""
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    u = rng.random()
    if u < 0.08:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
        return None, None
    if src.source == _CONATT.source:
        if u < 0.75:
            return lat, lon
        lat5, lon5 = round(lat, 5), round(lon, 5)
        exp["lat"], exp["lon"] = lat5, lon5
        tags.append("coords_text")
        west = f"{abs(lon5):.5f} O".replace(".", ",") if lon5 < 0 else f"{lon5:.5f}"
        return f"{lat5:.5f}".replace(".", ","), west
    if src.source == _SIRASCO.source and ev.get("transport_mode") == "sea" and u < 0.45:
        d1, m1, t1 = _ddm(lat, 2)
        d2, m2, t2 = _ddm(lon, 2)
        exp["lat"], exp["lon"] = _signed(lat, d1, m1), _signed(lon, d2, m2)
        tags.append("coords_ddm")
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "O"
        return f"{d1}°{t1}' {ns}", f"{d2:03d}°{t2}' {ew}"
    if src.source == _PROTEX.source and u < 0.25:
        d1, mi1, s1, t1 = _dms(lat, 1, comma=True)
        d2, mi2, s2, t2 = _dms(lon, 1, comma=True)
        exp["lat"], exp["lon"] = _signed(lat, d1, mi1, s1), _signed(lon, d2, mi2, s2)
        tags.append("coords_dms")
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "O"
        return f"{d1}°{mi1:02d}'{t1}\" {ns}", f"{d2}°{mi2:02d}'{t2}\" {ew}"
    lat5, lon5 = round(lat, 5), round(lon, 5)
    exp["lat"], exp["lon"] = lat5, lon5
    tags.append("decimal_comma")
    return f"{lat5:.5f}".replace(".", ","), f"{lon5:.5f}".replace(".", ",")


def _coords_combined(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: _Cells, tags: list[str]
) -> object:
    """One cell: CPS (decimal or Google-style DMS) and the Mexican CRM (decimal, N/O)."""
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    u = rng.random()
    missing = 0.25 if src.source == _CPS.source else 0.15
    if u < missing:
        exp["lat"] = exp["lon"] = None
        if src.source == _LINEA.source and u < 0.07:
            tags.append("coords_placeholder")
            return choice(rng, ("sin coordenadas", "N/D"))
        tags.append("coords_missing")
        return None
    if src.source == _CPS.source and u < 0.45:
        d1, mi1, s1, t1 = _dms(lat, 1, comma=False)
        d2, mi2, s2, t2 = _dms(lon, 1, comma=False)
        exp["lat"], exp["lon"] = _signed(lat, d1, mi1, s1), _signed(lon, d2, mi2, s2)
        tags.append("coords_dms")
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        return f"{d1}°{mi1:02d}'{t1}\"{ns} {d2}°{mi2:02d}'{t2}\"{ew}"
    lat5, lon5 = round(lat, 5), round(lon, 5)
    exp["lat"], exp["lon"] = lat5, lon5
    if src.source == _LINEA.source and u < 0.3:
        tags.append("coords_hemisphere")
        ew = "O" if lon5 < 0 else "E"
        return f"{lat5:.5f} N, {abs(lon5):.5f} {ew}"
    sep = choice(rng, (", ", ","))
    return f"{lat5:.5f}{sep}{lon5:.5f}"


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    exp = _base(ev)
    tags: list[str] = []
    cells: _Cells = {}
    date_cell, date_tags = _date(src, ev, rng, partial_ok, exp)
    cells["event_date"] = date_cell
    tags += date_tags
    legal_rate = {
        _CONATT.source: 0.25,
        _LINEA.source: 0.2,
        _CPS.source: 0.6,
        _SIRASCO.source: 0.3,
        _PROTEX.source: 0.4,
    }[src.source]
    cells["crime_type"], crime_tags = _crime(src, ev, rng, legal_rate)
    tags += crime_tags
    cells["exploitation"] = _exploitation(src, ev, rng)
    cells["n_persons"] = _persons(src, ev, rng, exp, tags)
    cells["n_suspects"] = _suspects(src, ev, rng, exp, tags)
    cells["gender"] = _gender(src, ev, rng)
    cells["age_group"] = _age(src, ev, rng, exp, tags)
    moji = 0.04 if src.source == _SIRASCO.source else 0.0
    code_rate = {
        _CONATT.source: 0.0,
        _LINEA.source: 0.08,
        _CPS.source: 0.1,
        _SIRASCO.source: 0.12,
        _PROTEX.source: 0.0,
    }[src.source]
    cells["nationality"], nat_tags = _nationality(src, ev, rng, code_rate=code_rate, moji=moji)
    tags += nat_tags
    for col in ("origin_country", "destination_country", "detection_country"):
        code = _text(ev, col)
        if code is None:
            continue
        if src.source == _SIRASCO.source and rng.random() < 0.06:
            cells[col] = code
            tags.append("iso3")
            continue
        cells[col], more = _country(src, code, rng, mojibake_rate=moji)
        tags += more
    cells["transit_countries"], more = _transit(src, ev, rng)
    tags += more
    cells["transport_mode"] = _transport(src, ev, rng, exp, tags)
    if "coordinates" in src.headers:
        cells["coordinates"] = _coords_combined(src, ev, rng, exp, tags)
    else:
        cells["lat"], cells["lon"] = _coords_separate(src, ev, rng, exp, tags)
    cells["linked_offences"], more = _linked(src, ev, rng)
    tags += more
    hotspot = _text(ev, "hotspot") or ""
    if src.source == _CONATT.source:
        cells["place"] = _CONATT_PLACES.get(hotspot, hotspot)
    elif src.source == _SIRASCO.source:
        cells["place"] = _fit(src, _SIRASCO_PLACES.get(hotspot, hotspot))
    if forced_blank is not None:
        _blank(src, forced_blank, cells, exp, tags)
    return cells, exp, sorted(set(tags), key=tags.index)


def _blank(src: ExaminerSource, field: str, cells: _Cells, exp: _Cells, tags: list[str]) -> None:
    """Leave ``field`` blank in a second report (it gives nothing for it)."""
    gone = {  # tags of the cell that the blank replaces
        "n_suspects": ("zero_word", "suspects_placeholder"),
        "nationality": ("demonym", "iso2", "iso3", "mojibake", "no_accents", "upper_case"),
        "coordinates": (
            "coords_text",
            "coords_ddm",
            "coords_dms",
            "coords_hemisphere",
            "coords_missing",
            "coords_placeholder",
            "decimal_comma",
        ),
    }.get(field, ())
    tags[:] = [t for t in tags if t not in gone]
    if field == "coordinates":
        if "coordinates" in src.headers:
            cells["coordinates"] = None
        else:
            cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[field] = None
        exp[field] = None
    tags.append(f"blank_{field}")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND50_SOURCES,
    primary=_PRIMARY,
    compilation=_SIRASCO.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=5050,
    blank_share=0.35,
)


def make_blind50(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind50`` submissions (files ``*_az.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``conatt_cr_az.xlsx``, ``linea_trata_mx_az.jsonl``, ``cps_uk_az.csv``,
        ``sirasco_fr_az.csv`` and ``protex_ar_az.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind50(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['conatt_cr_az.xlsx', 'linea_trata_mx_az.jsonl', 'cps_uk_az.csv',
     'sirasco_fr_az.csv', 'protex_ar_az.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
