"""Examiner set ``blind102``: five Amazon and Guiana-shield river border services (``*_cz.*``).

A reader's guide to the five files. Each agency keeps a liaison register: besides its own
river interdictions it files the cases its liaison officers are told about, so the
detection countries are those of the truth. Every file has its own headers, date styles,
country wording, count and coordinate conventions; the garbage rows (an empty row in a CSV
file, a note and a total row) and the re-sent rows are written as the agency would.

``policia_fluvial_pe_cz.csv`` (source ``policia_fluvial_pe``)
    Peruvian National Police, river police division of Iquitos (DIVPOL Fluvial, Loreto).
    Spanish, cp1252, ``;``, CRLF, upper-case headers (``N° PARTE``, ``FECHA DEL HECHO``,
    ``N° AGRAVIADOS/MIGRANTES`` ...). Dates day-first ``14/03/2023``, two-digit years
    ``14/03/23``, ``14-03-2023``, ``14 de marzo de 2023`` and Oracle-style ``14-MAR-2023``
    with Peru's ``SET`` for September; partial dates ``MARZO 2023``, ``03/2023`` and Roman
    quarters ``I TRIM. 2023``. Crimes by name or article of the Penal Code (trata
    art. 129-A, formerly 153; tráfico ilícito de migrantes art. 303-A, abbreviated ``TIM``).
    Counts with ``.`` thousands and the police habit ``03 (tres)``; ``S/D`` for no data,
    ``ninguno`` / ``sin detenidos`` for no suspect. Nationality as agreeing demonyms
    (``venezolanas``, ``MARROQUÍES``). One coordinates column in degrees, minutes and
    seconds with Spanish hemisphere letters (``O`` = oeste). A ``LUGAR`` column. Note row
    from SIDPOL; re-sends some rows.
``armada_leticia_co_cz.xlsx`` (source ``armada_leticia_co``)
    Colombian Navy, Southern Naval Force, river posts of Leticia (Amazonas). Spanish with
    bilingual Spanish/English headers (``GFH / DTG``, ``CAPTURADOS / ARRESTED``). Dates as
    real Excel dates, pasted Excel serial numbers, military date-time groups
    ``141530R MAR 23`` (zone R = UTC-5, Spanish month abbreviations) and ``14/03/2023``
    text; partial ``MARZO/2023``, ``MAR 2023``, ``1ER TRIMESTRE 2023``, ``TRIM IV-2021``.
    Crimes as articles 188 (tráfico de migrantes) and 188A (trata) of the Penal Code.
    Upper-case country names or ISO alpha-3 codes. Counts as numbers, sometimes text
    ``1.250``; ``SIN DATO`` / ``N.D.``.
    Latitude and longitude columns as numbers or degrees-decimal-minutes text with decimal
    commas (``08°15,432' N``, ``077°30,120' O``). A ``UNIDAD / UNIT`` column.
``fronteriza_guayaramerin_bo_cz.jsonl`` (source ``fronteriza_guayaramerin_bo``)
    Bolivian Police, border police of Guayaramerín (Beni, on the Mamoré). Spanish
    snake-case keys, UTF-8 JSON lines. Dates ISO, ``14/03/2023``, ``14-03-2023`` or with a
    time ``2023-03-14 10:35``; partial ``2023-03``, ``marzo 2023``, ``2023-T1``. Crimes as
    Law 263 articles (trata 281 bis, tráfico de migrantes 321 bis); money laundering in
    the Bolivian wording ``legitimación de ganancias ilícitas``. Countries as ISO alpha-2
    codes or Spanish names, transit as ``TR-BG-RS``. Counts as numbers or ``12 personas``.
    Coordinates in one decimal ``lat, lon`` string. No note row; re-sends some rows.
``coastguard_gy_cz.csv`` (source ``coastguard_gy``)
    Guyana Defence Force Coast Guard, river patrols (Essequibo / Cuyuni). English, UTF-16
    with BOM, tab-delimited (an Excel "Unicode text" save). Dates ``14-Mar-2023``,
    ``14/03/2023``, ``14th March 2023``, ``14.03.2023``, ISO; partial ``March 2023``,
    ``Mar-2023``, ``Q1 2023``, ``1st Qtr 2023``. ``TIP`` / ``SOM`` abbreviations,
    ``1,234`` thousands, ``N/K`` for not known and ``Nil`` for no suspect; ``18+`` and
    ``U18`` age shorthand. Position in degrees and decimal minutes, also in the compact
    GPS form ``5107.312N 00119.534E``. Demonyms or names (the odd ``Untied Kingdom``), a
    few ISO alpha-3 codes. A ``Remarks`` column.
``gendarmerie_guyane_fr_cz.csv`` (source ``gendarmerie_guyane_fr``)
    French Gendarmerie's Guiana command (COMGEND Guyane), the brigade of
    Saint-Georges-de-l'Oyapock on the Brazilian river border.
    French, UTF-8 with BOM, ``;``. Dates ``14/03/2023``, ``14/03/23``, ``14 mars 2023``,
    ``14.03.2023``, ISO; partial ``mars 2023``, ``03/2023``, ``T1 2023``,
    ``1er trimestre 2023``. Qualifications with articles (225-4-1 Code pénal, L.823-1 or
    the older L.622-1 CESEDA), ``TEH``. Counts with space or no-break-space thousands,
    ``NC`` (non communiqué); ``néant`` / ``aucun`` for no suspect (``MEC``). Demonyms in
    gender agreement (``érythréennes``), French country names with the odd typo or
    mojibake (``SÃ©nÃ©gal``). Latitude and longitude with decimal commas (a few pasted
    with dots). ``Lieu`` column; note row from LRPGN.

In every file a cell with no value, a placeholder (``S/D``, ``N/K``, ``NC`` ...) or a "not
applicable" word expects nothing (or ``unknown`` for a category); a transit cell saying
"direct" expects none; a second report may leave blank a field the first report gives.
Rows to quarantine are written each agency's way: no date (empty, ``S/F``, ``SIN FECHA``,
``N/K``, ``non renseignée``), an impossible date (``31/04/2022``, ``31-Feb-2023``,
``311200R ABR 23``, ``2023-06-31``, ``31 février 2023``), a key slip on the year
(``2123``, ``3022``), a negative count, or a count in words (``varios``, ``several``,
``plusieurs``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
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

__all__ = ["BLIND102_SOURCES", "make_blind102"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An :class:`ExaminerSource` with the key of its way of writing in :data:`_STYLES`."""

    style: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_PE = _Source(
    source="policia_fluvial_pe",
    filename="policia_fluvial_pe_cz.csv",
    ref="{seq:03d}-{year}-REGPOL-LOR/DIVPOLFLU",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "N° PARTE",
        "event_date": "FECHA DEL HECHO",
        "place": "LUGAR",
        "crime_type": "DELITO (TIPIFICACIÓN)",
        "exploitation": "FINALIDAD DE EXPLOTACIÓN",
        "n_persons": "N° AGRAVIADOS/MIGRANTES",
        "n_suspects": "N° DETENIDOS",
        "gender": "SEXO",
        "age_group": "GRUPO DE EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "detection_country": "PAÍS DE INTERVENCIÓN",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "coordinates": "COORDENADAS (GMS)",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="Fuente: SIDPOL-PNP / DIVPOL FLUVIAL IQUITOS - cifras preliminares sujetas a variación",
    total="TOTAL GENERAL",
    bad_count=("varios", "VARIOS", "decenas", "un grupo"),
    repeats=True,
    style="pe",
)
_CO = _Source(
    source="armada_leticia_co",
    filename="armada_leticia_co_cz.xlsx",
    ref="FNS-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. REPORTE / REPORT No.",
        "event_date": "GFH / DTG",
        "unit": "UNIDAD / UNIT",
        "crime_type": "CONDUCTA / OFFENCE",
        "exploitation": "FIN DE EXPLOTACIÓN / EXPLOITATION",
        "n_persons": "No. PERSONAS / PERSONS",
        "n_suspects": "CAPTURADOS / ARRESTED",
        "gender": "SEXO / SEX",
        "age_group": "EDAD / AGE",
        "nationality": "NACIONALIDAD / NATIONALITY",
        "origin_country": "PAÍS ORIGEN / ORIGIN",
        "destination_country": "PAÍS DESTINO / DESTINATION",
        "detection_country": "PAÍS INTERDICCIÓN / INTERDICTION",
        "transit_countries": "TRÁNSITO / TRANSIT",
        "transport_mode": "MEDIO / CONVEYANCE",
        "lat": "LAT (WGS84)",
        "lon": "LONG (WGS84)",
        "linked_offences": "DELITOS CONEXOS / RELATED OFFENCES",
    },
    note="NOTA: Información preliminar sujeta a verificación por la Fiscalía General de la Nación",
    total="TOTAL",
    bad_count=("VARIOS", "NUMEROSOS"),
    repeats=False,
    style="co",
)
_BO = _Source(
    source="fronteriza_guayaramerin_bo",
    filename="fronteriza_guayaramerin_bo_cz.jsonl",
    ref="PF-GYM/{seq:04d}/{year}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "nro_caso",
        "event_date": "fecha_hecho",
        "unit": "unidad",
        "crime_type": "tipificacion",
        "exploitation": "finalidad_explotacion",
        "n_persons": "cant_personas",
        "n_suspects": "aprehendidos",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "muchos", "un grupo"),
    repeats=True,
    style="bo",
)
_GY = _Source(
    source="coastguard_gy",
    filename="coastguard_gy_cz.csv",
    ref="GCG/RP/{seq:03d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref No.",
        "event_date": "Date (dd/mm/yyyy)",
        "crime_type": "Offence",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Conveyance",
        "coordinates": "Position (Lat/Long, deg-min)",
        "linked_offences": "Associated Offences",
        "remarks": "Remarks",
    },
    note="Compiled by GCG Intelligence Cell - figures provisional, subject to revision",
    total="Grand Total",
    bad_count=("several", "Several", "many", "a group"),
    repeats=False,
    style="gy",
)
_GF = _Source(
    source="gendarmerie_guyane_fr",
    filename="gendarmerie_guyane_fr_cz.csv",
    ref="PV {seq:05d}/{year} BTA SGO",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de procédure",
        "event_date": "Date des faits",
        "place": "Lieu",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nb MEC (mis en cause)",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude (°)",
        "lon": "Longitude (°)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction LRPGN - données provisoires, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "PLUSIEURS"),
    repeats=False,
    style="gf",
)
#: The variant's five sources, in the order their submissions are returned.
BLIND102_SOURCES: tuple[_Source, ...] = (_PE, _CO, _BO, _GY, _GF)

_PRIMARY: dict[str, str] = {
    "ESP": _PE.source,
    "PAN": _CO.source,
    "USA": _CO.source,
    "GBR": _GY.source,
    "GRC": _GY.source,
    "FRA": _GF.source,
    "ITA": _GF.source,
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): _GY.source,
    ("channel", "GBR"): _GF.source,
    ("darien", "PAN"): _PE.source,
    ("us_mex", "USA"): _BO.source,
    ("cmed", "ITA"): _BO.source,
    ("thb_nga_ita", "ITA"): _GY.source,
    ("thb_rou_esp", "ESP"): _GF.source,
    ("thb_rou_esp", "ITA"): _PE.source,
    ("watl", "ESP"): _CO.source,
    ("wmed", "ESP"): _GF.source,
    ("emed", "GRC"): _BO.source,
    ("thb_vnm_gbr", "GBR"): _GF.source,
    ("wbal", "HRV"): _GY.source,
    ("blr_pol", "POL"): _GF.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "VEN": ("Venezuela",),
        "SYR": ("Siria",),
        "AFG": ("Afganistán",),
        "MEX": ("México",),
        "MAR": ("Marruecos",),
        "IRQ": ("Irak", "Iraq"),
        "ECU": ("Ecuador",),
        "TUN": ("Túnez",),
        "GIN": ("Guinea", "Guinea Conakry"),
        "PAK": ("Pakistán",),
        "MLI": ("Malí", "Mali"),
        "NGA": ("Nigeria",),
        "VNM": ("Vietnam",),
        "SEN": ("Senegal",),
        "ROU": ("Rumania", "Rumanía"),
        "GTM": ("Guatemala",),
        "BGD": ("Bangladés", "Bangladesh"),
        "HTI": ("Haití",),
        "EGY": ("Egipto",),
        "HND": ("Honduras",),
        "DZA": ("Argelia",),
        "CIV": ("Costa de Marfil",),
        "ERI": ("Eritrea",),
        "IRN": ("Irán",),
        "COL": ("Colombia",),
        "ALB": ("Albania",),
        "CHN": ("China",),
        "GMB": ("Gambia",),
        "CMR": ("Camerún",),
        "TUR": ("Turquía",),
        "YEM": ("Yemen",),
        "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
        "DEU": ("Alemania",),
        "ESP": ("España",),
        "ITA": ("Italia",),
        "GBR": ("Reino Unido",),
        "FRA": ("Francia",),
        "GRC": ("Grecia",),
        "AUT": ("Austria",),
        "POL": ("Polonia",),
        "PAN": ("Panamá",),
        "HRV": ("Croacia",),
        "LBY": ("Libia",),
        "MRT": ("Mauritania",),
        "NER": ("Níger",),
        "BLR": ("Bielorrusia", "Belarús"),
        "RUS": ("Rusia",),
        "BGR": ("Bulgaria",),
        "SRB": ("Serbia",),
        "BIH": ("Bosnia y Herzegovina", "Bosnia"),
        "MKD": ("Macedonia del Norte",),
        "HUN": ("Hungría",),
    },
    "en": {
        "VEN": ("Venezuela",),
        "SYR": ("Syria",),
        "AFG": ("Afghanistan",),
        "MEX": ("Mexico",),
        "MAR": ("Morocco",),
        "IRQ": ("Iraq",),
        "ECU": ("Ecuador",),
        "TUN": ("Tunisia",),
        "GIN": ("Guinea", "Guinea (Conakry)"),
        "PAK": ("Pakistan",),
        "MLI": ("Mali",),
        "NGA": ("Nigeria",),
        "VNM": ("Vietnam", "Viet Nam"),
        "SEN": ("Senegal",),
        "ROU": ("Romania",),
        "GTM": ("Guatemala",),
        "BGD": ("Bangladesh",),
        "HTI": ("Haiti",),
        "EGY": ("Egypt",),
        "HND": ("Honduras",),
        "DZA": ("Algeria",),
        "CIV": ("Ivory Coast", "Côte d'Ivoire"),
        "ERI": ("Eritrea",),
        "IRN": ("Iran",),
        "COL": ("Colombia",),
        "ALB": ("Albania",),
        "CHN": ("China",),
        "GMB": ("The Gambia", "Gambia"),
        "CMR": ("Cameroon",),
        "TUR": ("Turkey", "Türkiye"),
        "YEM": ("Yemen",),
        "USA": ("United States", "USA", "U.S.A."),
        "DEU": ("Germany",),
        "ESP": ("Spain",),
        "ITA": ("Italy",),
        "GBR": ("United Kingdom", "UK", "Great Britain"),
        "FRA": ("France",),
        "GRC": ("Greece",),
        "AUT": ("Austria",),
        "POL": ("Poland",),
        "PAN": ("Panama",),
        "HRV": ("Croatia",),
        "LBY": ("Libya",),
        "MRT": ("Mauritania",),
        "NER": ("Niger",),
        "BLR": ("Belarus",),
        "RUS": ("Russia",),
        "BGR": ("Bulgaria",),
        "SRB": ("Serbia",),
        "BIH": ("Bosnia and Herzegovina", "Bosnia"),
        "MKD": ("North Macedonia",),
        "HUN": ("Hungary",),
    },
    "fr": {
        "VEN": ("Venezuela",),
        "SYR": ("Syrie",),
        "AFG": ("Afghanistan",),
        "MEX": ("Mexique",),
        "MAR": ("Maroc",),
        "IRQ": ("Irak",),
        "ECU": ("Équateur",),
        "TUN": ("Tunisie",),
        "GIN": ("Guinée", "Guinée-Conakry"),
        "PAK": ("Pakistan",),
        "MLI": ("Mali",),
        "NGA": ("Nigeria",),
        "VNM": ("Viêt Nam", "Vietnam"),
        "SEN": ("Sénégal",),
        "ROU": ("Roumanie",),
        "GTM": ("Guatemala",),
        "BGD": ("Bangladesh",),
        "HTI": ("Haïti",),
        "EGY": ("Égypte",),
        "HND": ("Honduras",),
        "DZA": ("Algérie",),
        "CIV": ("Côte d'Ivoire",),
        "ERI": ("Érythrée",),
        "IRN": ("Iran",),
        "COL": ("Colombie",),
        "ALB": ("Albanie",),
        "CHN": ("Chine",),
        "GMB": ("Gambie",),
        "CMR": ("Cameroun",),
        "TUR": ("Turquie",),
        "YEM": ("Yémen",),
        "USA": ("États-Unis",),
        "DEU": ("Allemagne",),
        "ESP": ("Espagne",),
        "ITA": ("Italie",),
        "GBR": ("Royaume-Uni",),
        "FRA": ("France",),
        "GRC": ("Grèce",),
        "AUT": ("Autriche",),
        "POL": ("Pologne",),
        "PAN": ("Panama",),
        "HRV": ("Croatie",),
        "LBY": ("Libye",),
        "MRT": ("Mauritanie",),
        "NER": ("Niger",),
        "BLR": ("Biélorussie", "Bélarus"),
        "RUS": ("Russie",),
        "BGR": ("Bulgarie",),
        "SRB": ("Serbie",),
        "BIH": ("Bosnie-Herzégovine",),
        "MKD": ("Macédoine du Nord",),
        "HUN": ("Hongrie",),
    },
}
#: Demonyms: (masculine singular, feminine singular, masculine plural, feminine plural).
_DEMONYMS: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "es": {
        "VEN": ("venezolano", "venezolana", "venezolanos", "venezolanas"),
        "SYR": ("sirio", "siria", "sirios", "sirias"),
        "AFG": ("afgano", "afgana", "afganos", "afganas"),
        "MEX": ("mexicano", "mexicana", "mexicanos", "mexicanas"),
        "MAR": ("marroquí", "marroquí", "marroquíes", "marroquíes"),
        "IRQ": ("iraquí", "iraquí", "iraquíes", "iraquíes"),
        "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas"),
        "TUN": ("tunecino", "tunecina", "tunecinos", "tunecinas"),
        "PAK": ("pakistaní", "pakistaní", "pakistaníes", "pakistaníes"),
        "MLI": ("maliense", "maliense", "malienses", "malienses"),
        "NGA": ("nigeriano", "nigeriana", "nigerianos", "nigerianas"),
        "VNM": ("vietnamita", "vietnamita", "vietnamitas", "vietnamitas"),
        "SEN": ("senegalés", "senegalesa", "senegaleses", "senegalesas"),
        "ROU": ("rumano", "rumana", "rumanos", "rumanas"),
        "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas"),
        "BGD": ("bangladesí", "bangladesí", "bangladesíes", "bangladesíes"),
        "HTI": ("haitiano", "haitiana", "haitianos", "haitianas"),
        "EGY": ("egipcio", "egipcia", "egipcios", "egipcias"),
        "HND": ("hondureño", "hondureña", "hondureños", "hondureñas"),
        "DZA": ("argelino", "argelina", "argelinos", "argelinas"),
        "CIV": ("marfileño", "marfileña", "marfileños", "marfileñas"),
        "ERI": ("eritreo", "eritrea", "eritreos", "eritreas"),
        "IRN": ("iraní", "iraní", "iraníes", "iraníes"),
        "COL": ("colombiano", "colombiana", "colombianos", "colombianas"),
        "ALB": ("albanés", "albanesa", "albaneses", "albanesas"),
        "CHN": ("chino", "china", "chinos", "chinas"),
        "GMB": ("gambiano", "gambiana", "gambianos", "gambianas"),
        "CMR": ("camerunés", "camerunesa", "cameruneses", "camerunesas"),
        "TUR": ("turco", "turca", "turcos", "turcas"),
        "YEM": ("yemení", "yemení", "yemeníes", "yemeníes"),
    },
    "en": {
        "VEN": ("Venezuelan", "Venezuelan", "Venezuelans", "Venezuelans"),
        "SYR": ("Syrian", "Syrian", "Syrians", "Syrians"),
        "AFG": ("Afghan", "Afghan", "Afghans", "Afghans"),
        "MEX": ("Mexican", "Mexican", "Mexicans", "Mexicans"),
        "MAR": ("Moroccan", "Moroccan", "Moroccans", "Moroccans"),
        "IRQ": ("Iraqi", "Iraqi", "Iraqis", "Iraqis"),
        "ECU": ("Ecuadorian", "Ecuadorian", "Ecuadorians", "Ecuadorians"),
        "TUN": ("Tunisian", "Tunisian", "Tunisians", "Tunisians"),
        "GIN": ("Guinean", "Guinean", "Guineans", "Guineans"),
        "PAK": ("Pakistani", "Pakistani", "Pakistanis", "Pakistanis"),
        "MLI": ("Malian", "Malian", "Malians", "Malians"),
        "NGA": ("Nigerian", "Nigerian", "Nigerians", "Nigerians"),
        "VNM": ("Vietnamese", "Vietnamese", "Vietnamese", "Vietnamese"),
        "SEN": ("Senegalese", "Senegalese", "Senegalese", "Senegalese"),
        "ROU": ("Romanian", "Romanian", "Romanians", "Romanians"),
        "GTM": ("Guatemalan", "Guatemalan", "Guatemalans", "Guatemalans"),
        "BGD": ("Bangladeshi", "Bangladeshi", "Bangladeshis", "Bangladeshis"),
        "HTI": ("Haitian", "Haitian", "Haitians", "Haitians"),
        "EGY": ("Egyptian", "Egyptian", "Egyptians", "Egyptians"),
        "HND": ("Honduran", "Honduran", "Hondurans", "Hondurans"),
        "DZA": ("Algerian", "Algerian", "Algerians", "Algerians"),
        "CIV": ("Ivorian", "Ivorian", "Ivorians", "Ivorians"),
        "ERI": ("Eritrean", "Eritrean", "Eritreans", "Eritreans"),
        "IRN": ("Iranian", "Iranian", "Iranians", "Iranians"),
        "COL": ("Colombian", "Colombian", "Colombians", "Colombians"),
        "ALB": ("Albanian", "Albanian", "Albanians", "Albanians"),
        "CHN": ("Chinese", "Chinese", "Chinese", "Chinese"),
        "GMB": ("Gambian", "Gambian", "Gambians", "Gambians"),
        "CMR": ("Cameroonian", "Cameroonian", "Cameroonians", "Cameroonians"),
        "TUR": ("Turkish", "Turkish", "Turks", "Turks"),
        "YEM": ("Yemeni", "Yemeni", "Yemenis", "Yemenis"),
    },
    "fr": {
        "VEN": ("vénézuélien", "vénézuélienne", "vénézuéliens", "vénézuéliennes"),
        "SYR": ("syrien", "syrienne", "syriens", "syriennes"),
        "AFG": ("afghan", "afghane", "afghans", "afghanes"),
        "MEX": ("mexicain", "mexicaine", "mexicains", "mexicaines"),
        "MAR": ("marocain", "marocaine", "marocains", "marocaines"),
        "IRQ": ("irakien", "irakienne", "irakiens", "irakiennes"),
        "ECU": ("équatorien", "équatorienne", "équatoriens", "équatoriennes"),
        "TUN": ("tunisien", "tunisienne", "tunisiens", "tunisiennes"),
        "GIN": ("guinéen", "guinéenne", "guinéens", "guinéennes"),
        "PAK": ("pakistanais", "pakistanaise", "pakistanais", "pakistanaises"),
        "MLI": ("malien", "malienne", "maliens", "maliennes"),
        "NGA": ("nigérian", "nigériane", "nigérians", "nigérianes"),
        "VNM": ("vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"),
        "SEN": ("sénégalais", "sénégalaise", "sénégalais", "sénégalaises"),
        "ROU": ("roumain", "roumaine", "roumains", "roumaines"),
        "GTM": ("guatémaltèque", "guatémaltèque", "guatémaltèques", "guatémaltèques"),
        "BGD": ("bangladais", "bangladaise", "bangladais", "bangladaises"),
        "HTI": ("haïtien", "haïtienne", "haïtiens", "haïtiennes"),
        "EGY": ("égyptien", "égyptienne", "égyptiens", "égyptiennes"),
        "HND": ("hondurien", "hondurienne", "honduriens", "honduriennes"),
        "DZA": ("algérien", "algérienne", "algériens", "algériennes"),
        "CIV": ("ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"),
        "ERI": ("érythréen", "érythréenne", "érythréens", "érythréennes"),
        "IRN": ("iranien", "iranienne", "iraniens", "iraniennes"),
        "COL": ("colombien", "colombienne", "colombiens", "colombiennes"),
        "ALB": ("albanais", "albanaise", "albanais", "albanaises"),
        "CHN": ("chinois", "chinoise", "chinois", "chinoises"),
        "GMB": ("gambien", "gambienne", "gambiens", "gambiennes"),
        "CMR": ("camerounais", "camerounaise", "camerounais", "camerounaises"),
        "TUR": ("turc", "turque", "turcs", "turques"),
        "YEM": ("yéménite", "yéménite", "yéménites", "yéménites"),
    },
}
#: Misspelt country names a clerk types (read at once by an analyst).
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "VEN": "Venezula",
        "AFG": "Afganistan",
        "MAR": "Marrueco",
        "COL": "Colonbia",
        "ECU": "Equador",
        "ESP": "Espana",
        "ITA": "Itallia",
        "USA": "Estados Unidoss",
        "PAN": "Panama",
    },
    "en": {
        "VEN": "Venezeula",
        "SYR": "Syira",
        "AFG": "Afganistan",
        "GBR": "Untied Kingdom",
        "ITA": "Itlay",
        "GRC": "Greese",
        "VNM": "Veitnam",
        "ALB": "Albnia",
    },
    "fr": {
        "VEN": "Vénézuéla",
        "AFG": "Afganistan",
        "ITA": "Itallie",
        "ERI": "Erythrée",
        "FRA": "Frnace",
        "GBR": "Royaume Uni",
        "SYR": "Syire",
    },
}

# --------------------------------------------------------------------------------------
# Wording: categories
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "pe": {
        "trafficking": (
            "Trata de personas (Art. 129-A C.P.)",
            "TRATA DE PERSONAS",
            "Trata de personas - Art. 153 CP",
            "Trata de personas agravada (Art. 129-B C.P.)",
            "TRATA DE PERSONAS (ART. 129-A)",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes (Art. 303-A C.P.)",
            "TIM",
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "TIM - Art. 303-A CP",
            "Tráfico ilícito de migrantes agravado (Art. 303-B C.P.)",
        ),
        "both": (
            "Trata de personas y TIM",
            "Arts. 129-A y 303-A C.P.",
            "TRATA DE PERSONAS / TRÁFICO ILÍCITO DE MIGRANTES",
        ),
    },
    "co": {
        "trafficking": ("TRATA DE PERSONAS", "Trata de personas (Art. 188A C.P.)", "ART. 188-A CP"),
        "smuggling": (
            "TRÁFICO DE MIGRANTES",
            "Tráfico de migrantes (Art. 188 C.P.)",
            "ART. 188 CP",
            "TRAFICO DE MIGRANTES",
        ),
        "both": (
            "TRATA DE PERSONAS Y TRÁFICO DE MIGRANTES",
            "ARTS. 188 Y 188A C.P.",
            "Tráfico de migrantes / trata de personas",
        ),
    },
    "bo": {
        "trafficking": (
            "Trata de personas",
            "Art. 281 bis CP - Trata de personas",
            "TRATA DE PERSONAS (Ley 263)",
        ),
        "smuggling": (
            "Tráfico de migrantes",
            "Art. 321 bis CP - Tráfico de migrantes",
            "tráfico ilícito de migrantes",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Arts. 281 bis y 321 bis CP",
        ),
    },
    "gy": {
        "trafficking": ("Trafficking in Persons", "TIP", "Human trafficking", "TIP case"),
        "smuggling": (
            "Smuggling of migrants",
            "Migrant smuggling",
            "Human smuggling",
            "SOM",
            "Smuggling (Immigration Act Cap. 14:02)",
        ),
        "both": ("TIP / SOM", "Trafficking & smuggling", "Human trafficking and migrant smuggling"),
    },
    "gf": {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "TEH",
            "traite des êtres humains",
            "Traite des êtres humains",
        ),
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "Aide à l'entrée irrégulière (art. L.622-1 CESEDA)",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite des êtres humains et trafic de migrants",
            "art. 225-4-1 CP / art. L.823-1 CESEDA",
        ),
    },
}
#: Forms of exploitation; ``""`` (an empty cell) under ``"none"`` is a pure smuggling row.
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "Explotación sexual", "EXPLOTACIÓN SEXUAL"),
        "forced_labour": ("explotación laboral", "trabajo forzoso", "Trabajos forzados"),
        "forced_criminality": ("criminalidad forzada", "comisión forzada de delitos"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras formas de explotación", "otros fines de explotación"),
        "none": ("", "", "no aplica", "—"),
    },
    "en": {
        "sexual": ("Sexual exploitation", "Sexual", "sexual exploitation"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other", "Other exploitation"),
        "none": ("", "", "N/A", "-"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "Exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
        "none": ("", "", "sans objet", "SO"),
    },
}
#: Genders; the words under ``"unknown"`` say the sex was not recorded.
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "pe": {
        "male": ("Masculino", "MASCULINO", "varones", "Hombres"),
        "female": ("Femenino", "FEMENINO", "mujeres", "Mujer"),
        "mixed": ("Mixto", "Ambos sexos", "hombres y mujeres", "MIXTO"),
        "unknown": ("S/D", "sin dato"),
    },
    "co": {
        "male": ("MASCULINO", "HOMBRES"),
        "female": ("FEMENINO", "MUJERES"),
        "mixed": ("MIXTO", "AMBOS"),
        "unknown": ("SIN DATO", "N.D."),
    },
    "bo": {
        "male": ("masculino", "varón", "varones"),
        "female": ("femenino", "mujer", "mujeres"),
        "mixed": ("mixto", "ambos sexos"),
        "unknown": ("s/d",),
    },
    "gy": {
        "male": ("M", "Male", "Males", "male"),
        "female": ("F", "Female", "Females"),
        "mixed": ("Mixed", "M/F", "Male & Female"),
        "unknown": ("N/K", "Unknown"),
    },
    "gf": {
        "male": ("H", "homme", "hommes", "masculin"),
        "female": ("F", "femme", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
        "unknown": ("NC", "inconnu"),
    },
}
#: Age groups; the words under ``"unknown"`` are "not applicable / not recorded".
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "pe": {
        "adult": ("Mayores de edad", "ADULTOS", "adultos", "mayor de edad"),
        "child": ("Menores de edad", "NNA", "menor de edad", "MENORES"),
        "mixed": ("Adultos y NNA", "Mixto", "mayores y menores de edad"),
        "unknown": ("no aplica", "S/D"),
    },
    "co": {
        "adult": ("ADULTOS", "MAYORES DE EDAD"),
        "child": ("MENORES", "NNA"),
        "mixed": ("ADULTOS Y MENORES", "MIXTO"),
        "unknown": ("N.A.", "SIN DATO"),
    },
    "bo": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores de edad", "NNA", "adolescentes"),
        "mixed": ("mixto", "adultos y menores"),
        "unknown": ("no aplica",),
    },
    "gy": {
        "adult": ("Adult", "Adults", "ADULT", "18+"),
        "child": ("Minor", "Minors", "Juvenile", "U18"),
        "mixed": ("Adults & minors", "Mixed", "Adult/Minor"),
        "unknown": ("N/A", "n/a"),
    },
    "gf": {
        "adult": ("majeur", "majeurs", "Majeur(s)", "adulte"),
        "child": ("mineur", "mineurs", "MNA", "mineur(s)"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "unknown": ("sans objet", "NC"),
    },
}
#: Transport modes; the words under ``"unknown"`` are "not applicable / not recorded".
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "pe": {
        "sea": ("marítimo", "embarcación", "patera", "cayuco", "vía marítima", "bote"),
        "land": ("terrestre", "vía terrestre", "camión", "bus", "a pie", "vehículo"),
        "air": ("aéreo", "vía aérea", "avión", "vuelo comercial"),
        "unknown": ("no precisa", "S/D"),
    },
    "co": {
        "sea": ("MARÍTIMO", "EMBARCACIÓN", "LANCHA", "BOTE", "VÍA MARÍTIMA"),
        "land": ("TERRESTRE", "A PIE", "VEHÍCULO", "BUS"),
        "air": ("AÉREO", "AERONAVE", "VUELO COMERCIAL"),
        "unknown": ("N.A.", "SIN DATO"),
    },
    "bo": {
        "sea": ("marítimo", "embarcación", "lancha"),
        "land": ("terrestre", "a pie", "bus", "vehículo particular", "camión"),
        "air": ("aéreo", "avión"),
        "unknown": ("no aplica",),
    },
    "gy": {
        "sea": ("Sea", "Vessel", "Small boat", "Dinghy", "RHIB", "Boat", "Maritime"),
        "land": ("Land", "Vehicle", "Lorry", "HGV", "On foot", "Car", "Truck"),
        "air": ("Air", "Flight", "Aircraft", "Commercial flight"),
        "unknown": ("N/A",),
    },
    "gf": {
        "sea": ("maritime", "embarcation", "small boat", "pneumatique", "voie maritime", "bateau"),
        "land": ("terrestre", "voie terrestre", "à pied", "poids lourd", "véhicule léger"),
        "air": ("aérien", "voie aérienne", "avion"),
        "unknown": ("NC", "sans objet"),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "pe": {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("cohecho", "corrupción de funcionarios"),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("contrabando", "contrabando de mercancías"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    "co": {
        "document_fraud": ("FALSEDAD EN DOCUMENTO", "DOCUMENTOS FALSOS"),
        "corruption": ("COHECHO", "CORRUPCIÓN"),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITO INFORMÁTICO",),
        "terrorism": ("TERRORISMO",),
    },
    "bo": {
        "document_fraud": ("falsificación de documentos", "uso de instrumento falsificado"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("legitimación de ganancias ilícitas", "lavado de dinero"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    "gy": {
        "document_fraud": ("document fraud", "forged documents", "fraudulent passports"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime", "cyber-enabled fraud"),
        "terrorism": ("terrorism",),
    },
    "gf": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_LINK_JOIN = {
    "pe": (" / ", ", ", " y "),
    "co": (" / ", " - ", ", "),
    "bo": (", ", "; ", " y "),
    "gy": ("; ", ", ", " & "),
    "gf": (" + ", ", ", " ; "),
}
_LINK_NONE = {
    "pe": ("", "", "", "ninguno", "—"),
    "co": ("", "", "NINGUNO", "N.A."),
    "bo": ("", "", "ninguno"),
    "gy": ("", "", "", "Nil", "None"),
    "gf": ("", "", "", "néant"),
}
_TRANSIT_JOIN = {
    "pe": (" - ", ", ", " / "),
    "co": (" / ", " - "),
    "bo": ("-", ", "),
    "gy": (" > ", ", ", " - "),
    "gf": (", ", " > ", " puis "),
}
_TRANSIT_NONE = {
    "pe": ("", "", "directo", "ninguno"),
    "co": ("", "", "DIRECTO", "NINGUNO"),
    "bo": ("", "", "directo"),
    "gy": ("", "", "Direct", "None"),
    "gf": ("", "", "direct", "aucun"),
}
_UNITS_CO = ("PFA-31 Leticia", "BFIM-50", "ELF Tarapacá", "PFAF Puerto Nariño", "ARC Leticia")
_UNITS_BO = ("PF Guayaramerín", "PF Guayaramerín - Puesto Cachuela Esperanza", "PF Riberalta")
_REMARKS_GY = (
    "Handed over to GPF",
    "Joint patrol with GPF",
    "Persons handed to Immigration",
    "Vessel detained",
    "Info via liaison officer",
)

# --------------------------------------------------------------------------------------
# Wording: dates and numbers
# --------------------------------------------------------------------------------------
_MESES = (
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
#: Peruvian Oracle-style month abbreviations (``SET`` for setiembre).
_MES_PE = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC")
#: Colombian military month abbreviations in date-time groups.
_MES_CO = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_MOIS = (
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
_UNITS_ES = (
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
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
)
_TENS_ES = ("treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _spanish_number(n: int) -> str:
    """Spell ``n`` (0-99) in Spanish words, as a police report writes it after the digits."""
    if n < 30:
        return _UNITS_ES[n]
    tens, unit = divmod(n, 10)
    word = _TENS_ES[tens - 3]
    return word if unit == 0 else f"{word} y {_UNITS_ES[unit]}"


def _ordinal(day: int) -> str:
    """English ordinal of a day of the month: ``1st``, ``22nd``, ``13th``."""
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _hit(rng: _Rng, p: float) -> bool:
    """One Bernoulli draw of probability ``p``."""
    return bool(rng.random() < p)


def _weighted(rng: _Rng, options: tuple[str, ...], weights: tuple[float, ...]) -> str:
    """Draw one of ``options`` with the given (relative) weights."""
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def _blank(text: str) -> str | None:
    """Return None for an empty word of a table (an empty cell), else the word."""
    return text if text else None


def _fit(text: str, src: ExaminerSource) -> str:
    """Return the text if the file's encoding holds it, else the text without accents."""
    if fits(text, src):
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateCell = tuple[object, pd.Timestamp, str, list[str]]


def _partial(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float
) -> str:
    """Whether the row gives only the month (``"month"``), the quarter or the day."""
    if not partial_ok:
        return "day"
    u = rng.random()
    if u < p_quarter:
        return "quarter"
    if u < p_quarter + p_month:
        return "month"
    return "day"


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _date_pe(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    prec = _partial(ts, rng, partial_ok, 0.04, 0.02)
    q = (ts.month - 1) // 3
    if prec == "month":
        cell = choice(
            rng,
            (
                f"{_MESES[ts.month - 1].upper()} {ts.year}",
                f"{ts.month:02d}/{ts.year}",
                f"{_MES_PE[ts.month - 1].lower().capitalize()}-{ts.year}",
            ),
        )
        return cell, _month_start(ts), "month", ["partial_month"]
    if prec == "quarter":
        cell = choice(rng, (f"{_ROMAN[q]} TRIM. {ts.year}", f"{_ROMAN[q]} Trimestre {ts.year}"))
        return cell, _quarter_start(ts), "quarter", ["partial_quarter", "roman_quarter"]
    style = _weighted(rng, ("dmy", "dmy2", "dash", "words", "oracle"), (0.5, 0.15, 0.1, 0.1, 0.15))
    tags = ["day_first"]
    if style == "dmy":
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    elif style == "dmy2":
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
        tags.append("two_digit_year")
    elif style == "dash":
        cell = f"{ts.day:02d}-{ts.month:02d}-{ts.year}"
    elif style == "words":
        cell = f"{ts.day} de {_MESES[ts.month - 1]} de {ts.year}"
        tags = ["month_name"]
    else:
        cell = f"{ts.day:02d}-{_MES_PE[ts.month - 1]}-{ts.year}"
        tags = ["month_abbrev"]
    return cell, ts, "day", tags


def _dtg(ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a military date-time group in Colombian local time (zone R)."""
    hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    year = str(ts.year) if _hit(rng, 0.4) else f"{ts.year % 100:02d}"
    return f"{ts.day:02d}{hh:02d}{mm:02d}R {_MES_CO[ts.month - 1]} {year}"


def _date_co(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    prec = _partial(ts, rng, partial_ok, 0.03, 0.015)
    q = (ts.month - 1) // 3
    if prec == "month":
        cell = choice(
            rng, (f"{_MESES[ts.month - 1].upper()}/{ts.year}", f"{_MES_CO[ts.month - 1]} {ts.year}")
        )
        return cell, _month_start(ts), "month", ["partial_month"]
    if prec == "quarter":
        first = ("1ER", "2DO", "3ER", "4TO")[q]
        cell = choice(rng, (f"{first} TRIMESTRE {ts.year}", f"TRIM {_ROMAN[q]}-{ts.year}"))
        return cell, _quarter_start(ts), "quarter", ["partial_quarter"]
    style = _weighted(rng, ("excel", "dtg", "serial", "text"), (0.4, 0.3, 0.15, 0.15))
    if style == "excel":
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if style == "dtg":
        return _dtg(ts, rng), ts, "day", ["dtg"]
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ts, "day", ["day_first"]


def _date_bo(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    prec = _partial(ts, rng, partial_ok, 0.04, 0.02)
    q = (ts.month - 1) // 3
    if prec == "month":
        cell = choice(rng, (f"{ts.year}-{ts.month:02d}", f"{_MESES[ts.month - 1]} {ts.year}"))
        return cell, _month_start(ts), "month", ["partial_month"]
    if prec == "quarter":
        cell = choice(
            rng, (f"{ts.year}-T{q + 1}", f"{('1er', '2do', '3er', '4to')[q]} trimestre {ts.year}")
        )
        return cell, _quarter_start(ts), "quarter", ["partial_quarter"]
    style = _weighted(rng, ("iso", "dmy", "dash", "time"), (0.5, 0.25, 0.1, 0.15))
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ts, "day", ["day_first"]
    if style == "dash":
        return ts.strftime("%d-%m-%Y"), ts, "day", ["day_first"]
    hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    return f"{ts.strftime('%Y-%m-%d')} {hh:02d}:{mm:02d}", ts, "day", ["with_time"]


def _date_gy(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    prec = _partial(ts, rng, partial_ok, 0.04, 0.02)
    q = (ts.month - 1) // 3
    month = MONTHS[ts.month - 1]
    if prec == "month":
        cell = choice(rng, (f"{month} {ts.year}", f"{month[:3]}-{ts.year}"))
        return cell, _month_start(ts), "month", ["partial_month"]
    if prec == "quarter":
        nth = ("1st", "2nd", "3rd", "4th")[q]
        cell = choice(rng, (f"Q{q + 1} {ts.year}", f"{nth} Qtr {ts.year}"))
        return cell, _quarter_start(ts), "quarter", ["partial_quarter"]
    style = _weighted(rng, ("abbr", "dmy", "ordinal", "iso", "dots"), (0.35, 0.3, 0.15, 0.1, 0.1))
    if style == "abbr":
        return f"{ts.day:02d}-{month[:3]}-{ts.year}", ts, "day", ["month_abbrev"]
    if style == "dmy":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ts, "day", ["day_first"]
    if style == "ordinal":
        return f"{_ordinal(ts.day)} {month} {ts.year}", ts, "day", ["ordinal_day"]
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year}", ts, "day", ["day_first"]


def _date_gf(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    prec = _partial(ts, rng, partial_ok, 0.04, 0.02)
    q = (ts.month - 1) // 3
    if prec == "month":
        cell = choice(rng, (f"{_MOIS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
        return cell, _month_start(ts), "month", ["partial_month"]
    if prec == "quarter":
        nth = ("1er", "2e", "3e", "4e")[q]
        cell = choice(rng, (f"T{q + 1} {ts.year}", f"{nth} trimestre {ts.year}"))
        return cell, _quarter_start(ts), "quarter", ["partial_quarter"]
    style = _weighted(rng, ("dmy", "dmy2", "words", "dots", "iso"), (0.55, 0.15, 0.15, 0.1, 0.05))
    if style == "dmy":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ts, "day", ["day_first"]
    if style == "dmy2":
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
        return cell, ts, "day", ["day_first", "two_digit_year"]
    if style == "words":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MOIS[ts.month - 1]} {ts.year}", ts, "day", ["month_name"]
    if style == "dots":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}", ts, "day", ["day_first"]
    return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateCell]] = {
    "pe": _date_pe,
    "co": _date_co,
    "bo": _date_bo,
    "gy": _date_gy,
    "gf": _date_gf,
}
_IMPOSSIBLE = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used: empty, impossible or far in the future."""
    style = src.style
    if kind == "no_date":
        words = {"pe": "S/F", "co": "SIN FECHA", "bo": "s/f", "gy": "N/K", "gf": "non renseignée"}
        return words[style] if _hit(rng, 0.3) else None
    if kind == "bad_date":
        month, day = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if style == "gy" and _hit(rng, 0.5):
            return f"{day:02d}-{MONTHS[month - 1][:3]}-{ts.year}"
        if style == "gf" and _hit(rng, 0.5):
            return f"{day} {_MOIS[month - 1]} {ts.year}"
        if style == "co" and _hit(rng, 0.5):
            return f"{day:02d}1200R {_MES_CO[month - 1]} {ts.year % 100:02d}"
        if style == "bo":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    # a key slip on the year's first digits: 2023 -> 2123, or -> 3023
    # a python datetime: pandas timestamps stop in 2262
    future = ts.to_pydatetime().replace(year=ts.year + (1000 if _hit(rng, 0.4) else 100))
    if style == "co":
        return future
    if style == "bo":
        return f"{future.year}-{future.month:02d}-{future.day:02d}"
    if style == "gy":
        return f"{future.day:02d}-{MONTHS[future.month - 1][:3]}-{future.year}"
    return f"{future.day:02d}/{future.month:02d}/{future.year}"


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Write the date of a note row: the day of the extraction (the last event)."""
    if src.style == "co":
        return last.to_pydatetime()
    if src.style == "bo":
        return last.strftime("%Y-%m-%d")
    if src.style == "gy":
        return f"{last.day:02d}-{MONTHS[last.month - 1][:3]}-{last.year}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_CountCell = tuple[object, int | None, list[str]]


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(style: str, n: int, rng: _Rng) -> _CountCell:
    """Cell of the number of persons, its expected value and tags."""
    placeholders = {
        "pe": ("S/D", "por determinar"),
        "co": ("SIN DATO", "N.D."),
        "bo": ("s/d", "sin dato"),
        "gy": ("N/K", "Unk.", "TBC"),
        "gf": ("NC", "inconnu"),
    }
    if _hit(rng, 0.015):
        return choice(rng, placeholders[style]), None, ["count_placeholder"]
    if style == "pe":
        if n >= 1000 and _hit(rng, 0.7):
            return _thousands(n, "."), n, ["thousands_sep"]
        if n < 100 and _hit(rng, 0.15):
            return f"{n:02d} ({_spanish_number(n)})", n, ["number_in_words"]
        return str(n), n, []
    if style == "co":
        if n >= 1000 and _hit(rng, 0.4):
            return _thousands(n, "."), n, ["thousands_sep", "count_as_text"]
        return n, n, []
    if style == "bo":
        if _hit(rng, 0.12):
            return choice(rng, (f"{n} personas", f"{n} pers.")), n, ["count_with_unit"]
        return n, n, []
    if style == "gy":
        if n >= 1000 and _hit(rng, 0.8):
            return _thousands(n, ","), n, ["thousands_sep"]
        return str(n), n, []
    if n >= 1000 and _hit(rng, 0.8):
        sep = choice(rng, (" ", "\u00a0", "\u202f"))
        return _thousands(n, sep), n, ["thousands_sep"]
    return str(n), n, []


def _suspects(style: str, k: int, rng: _Rng) -> _CountCell:
    """Cell of the number of suspects, its expected value and tags."""
    placeholders = {
        "pe": ("S/D", "no precisa"),
        "co": ("N.D.", "SIN DATO"),
        "bo": ("s/d",),
        "gy": ("N/K", "Unk."),
        "gf": ("NC",),
    }
    zeros = {
        "pe": ("ninguno", "sin detenidos", "00 (cero)"),
        "co": ("NINGUNO", "SIN CAPTURAS"),
        "bo": ("ninguno", "sin aprehendidos"),
        "gy": ("Nil", "None", "nil"),
        "gf": ("néant", "aucun", "Néant"),
    }
    if _hit(rng, 0.03):
        return choice(rng, placeholders[style]), None, ["suspects_placeholder"]
    if k == 0 and _hit(rng, 0.35):
        return choice(rng, zeros[style]), 0, ["zero_word"]
    if style == "pe" and _hit(rng, 0.15):
        return f"{k:02d} ({_spanish_number(k)})", k, ["number_in_words"]
    if style in ("co", "bo"):
        return k, k, []
    return str(k), k, []


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
_CoordCell = tuple[_Cells, float | None, float | None, list[str]]


def _dms(value: float, decimals: int) -> tuple[int, int, float, float]:
    """(degrees, minutes, seconds, value read back) of ``abs(value)``."""
    a = abs(value)
    total = round(a * 3600, decimals)
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    sec = round(total - deg * 3600 - minutes * 60, decimals)
    return deg, minutes, sec, total / 3600


def _ddm(value: float) -> tuple[int, float, float]:
    """(degrees, decimal minutes to three places, value read back) of ``abs(value)``."""
    a = abs(value)
    thousandths = round(a * 60_000)
    deg = int(thousandths // 60_000)
    minutes = (thousandths - deg * 60_000) / 1000
    return deg, minutes, thousandths / 60_000


def _coords_pe(lat: float, lon: float, rng: _Rng) -> _CoordCell:
    decimals = 1 if _hit(rng, 0.5) else 0
    d1, m1, s1, v1 = _dms(lat, decimals)
    d2, m2, s2, v2 = _dms(lon, decimals)
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else choice(rng, ("W", "O"))
    fs = f"{{:0{3 + decimals if decimals else 2}.{decimals}f}}"
    sec1, sec2 = fs.format(s1), fs.format(s2)
    form = choice(rng, ("tight", "spaced", "labelled"))
    if form == "tight":
        cell = f"{d1}°{m1:02d}'{sec1}\"{ns} {d2}°{m2:02d}'{sec2}\"{ew}"
    elif form == "spaced":
        cell = f"{d1:02d}° {m1:02d}' {sec1}\" {ns}, {d2:03d}° {m2:02d}' {sec2}\" {ew}"
    else:
        cell = f"Lat. {d1}°{m1:02d}'{sec1}\"{ns} / Long. {d2}°{m2:02d}'{sec2}\"{ew}"
    tags = ["dms"] + (["oeste_letter"] if ew == "O" else [])
    return (
        {"coordinates": cell},
        round(v1 if lat >= 0 else -v1, 6),
        round(v2 if lon >= 0 else -v2, 6),
        tags,
    )


def _coords_co(lat: float, lon: float, rng: _Rng) -> _CoordCell:
    form = _weighted(rng, ("number", "ddm", "comma"), (0.55, 0.3, 0.15))
    if form == "number":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if form == "comma":
        cells: _Cells = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, round(lat, 5), round(lon, 5), ["decimal_comma"]
    d1, m1, v1 = _ddm(lat)
    d2, m2, v2 = _ddm(lon)
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else choice(rng, ("W", "O"))
    cells = {
        "lat": f"{d1:02d}°{m1:06.3f}' {ns}".replace(".", ","),
        "lon": f"{d2:03d}°{m2:06.3f}' {ew}".replace(".", ","),
    }
    return (
        cells,
        round(v1 if lat >= 0 else -v1, 6),
        round(v2 if lon >= 0 else -v2, 6),
        ["ddm", "decimal_comma"],
    )


def _coords_bo(lat: float, lon: float, rng: _Rng) -> _CoordCell:
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    cell = choice(
        rng, (f"{la}, {lo}", f"{la}, {lo}", f"{la} {lo}", f"{la};{lo}", f"lat: {la} lon: {lo}")
    )
    return {"coordinates": cell}, round(lat, 5), round(lon, 5), ["latlon_text"]


def _coords_gy(lat: float, lon: float, rng: _Rng) -> _CoordCell:
    d1, m1, v1 = _ddm(lat)
    d2, m2, v2 = _ddm(lon)
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    form = _weighted(rng, ("deg", "prefix", "gps"), (0.55, 0.3, 0.15))
    if form == "deg":
        cell = f"{d1:02d}°{m1:06.3f}'{ns} {d2:03d}°{m2:06.3f}'{ew}"
    elif form == "prefix":
        cell = f"{ns} {d1:02d}°{m1:06.3f}' {ew} {d2:03d}°{m2:06.3f}'"
    else:
        cell = f"{d1:02d}{m1:06.3f}{ns} {d2:03d}{m2:06.3f}{ew}"
    return (
        {"coordinates": cell},
        round(v1 if lat >= 0 else -v1, 6),
        round(v2 if lon >= 0 else -v2, 6),
        ["ddm"] + (["gps_compact"] if form == "gps" else []),
    )


def _coords_gf(lat: float, lon: float, rng: _Rng) -> _CoordCell:
    places = 5 if _hit(rng, 0.75) else 4
    la, lo = round(lat, places), round(lon, places)
    fmt = f"{{:.{places}f}}"
    if _hit(rng, 0.1):  # pasted from a GPS in dot notation
        return {"lat": fmt.format(la), "lon": fmt.format(lo)}, la, lo, []
    cells: _Cells = {
        "lat": fmt.format(la).replace(".", ","),
        "lon": fmt.format(lo).replace(".", ","),
    }
    return cells, la, lo, ["decimal_comma"]


_COORDS: dict[str, Callable[[float, float, _Rng], _CoordCell]] = {
    "pe": _coords_pe,
    "co": _coords_co,
    "bo": _coords_bo,
    "gy": _coords_gy,
    "gf": _coords_gf,
}
_NO_COORDS = {
    "pe": ("S/C", "sin coordenadas"),
    "co": ("SIN DATO",),
    "bo": ("s/c", "sin coordenadas"),
    "gy": ("N/K", "Not recorded"),
    "gf": ("NC",),
}

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_LANG = {"pe": "es", "co": "es", "bo": "es", "gy": "en", "gf": "fr"}


def _country_name(src: _Source, code: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write a country name in the source's language, with the odd typo or mojibake."""
    lang = _LANG[src.style]
    names = _NAMES[lang].get(code)
    if names is None:  # a country the wording tables lack: the ISO code itself
        return code, ["iso3"]
    typo = _TYPOS[lang].get(code)
    if typo is not None and _hit(rng, 0.03):
        return typo, ["typo"]
    name = choice(rng, names)
    if src.style in ("pe", "gf") and _hit(rng, 0.015):
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, ["mojibake"]
    return _fit(name, src), []


#: Share of rows whose country cells (origin, destination, detection, transit) are codes.
_CODE_SHARE = {"pe": 0.0, "co": 0.35, "bo": 0.45, "gy": 0.06, "gf": 0.06}


def _country(
    src: _Source, code: str, rng: _Rng, *, as_code: bool, upper_ok: bool = True
) -> tuple[str, list[str]]:
    """Write a country cell (origin, destination, detection, one transit country)."""
    style = src.style
    if as_code:
        return (iso_codes(code)[0], ["iso2"]) if style == "bo" else (code, ["iso3"])
    name, tags = _country_name(src, code, rng)
    if style == "co" or (style == "pe" and upper_ok and _hit(rng, 0.3)):
        name = name.upper()
    return name, tags


def _demonym(lang: str, code: str, gender: str, n: int | None) -> str | None:
    forms = _DEMONYMS[lang].get(code)
    if forms is None:
        return None
    plural = n is not None and n > 1
    if gender == "female":
        return forms[3] if plural else forms[1]
    return forms[2] if plural else forms[0]


def _nationality(
    src: _Source, code: str, gender: str, n: int | None, rng: _Rng
) -> tuple[str, list[str]]:
    """Write the nationality: a demonym agreeing with the group, a name or a code."""
    style = src.style
    lang = _LANG[style]
    u = rng.random()
    if style == "co":
        if u < 0.45:
            return code, ["iso3"]
        word = _demonym(lang, code, gender, n) if u < 0.6 else None
        if word is not None:
            return word.upper(), ["demonym"]
        name, tags = _country_name(src, code, rng)
        return name.upper(), tags
    if style == "bo":
        if u < 0.4:
            return iso_codes(code)[0], ["iso2"]
        word = _demonym(lang, code, gender, n) if u < 0.6 else None
        if word is not None:
            return word, ["demonym"]
        return _country_name(src, code, rng)
    if style in ("gy", "gf") and u < 0.08:
        return code, ["iso3"]
    word = _demonym(lang, code, gender, n) if u < 0.72 else None
    if word is None:
        return _country_name(src, code, rng)
    word = _fit(word, src)
    if style == "pe" and _hit(rng, 0.3):
        word = word.upper()
    elif style == "gy" and n is not None and n > 1 and _hit(rng, 0.3):
        word = _DEMONYMS[lang][code][2]
    return word, ["demonym"]


def _transit(
    src: _Source, codes: str | None, rng: _Rng, *, as_code: bool
) -> tuple[str | None, list[str]]:
    """Write the transit countries in order, joined the source's way."""
    if codes is None:
        word = _blank(choice(rng, _TRANSIT_NONE[src.style]))
        return word, ([] if word is None else ["no_transit_word"])
    joiner = choice(rng, _TRANSIT_JOIN[src.style])
    tags: list[str] = ["transit_list"]
    parts = []
    for c in codes.split("|"):
        text, t = _country(src, c, rng, as_code=as_code, upper_ok=False)
        parts.append(text)
        tags += t
    cell = joiner.join(parts)
    if src.style == "pe" and _hit(rng, 0.3):
        cell = cell.upper()
    return cell, tags


def _linked(src: _Source, offences: str | None, rng: _Rng) -> tuple[str | None, list[str]]:
    """Write the linked offences in the source's words."""
    if offences is None:
        word = _blank(choice(rng, _LINK_NONE[src.style]))
        return word, ([] if word is None else ["none_word"])
    words = [choice(rng, _LINKED[src.style][o]) for o in offences.split("|")]
    return choice(rng, _LINK_JOIN[src.style]).join(words), ["linked_words"]


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _count_of(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, messiness tags)."""
    style = src.style
    lang = _LANG[style]
    tags: list[str] = []
    cells: _Cells = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _DATES[style](
        ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[style][crime])
    exp["crime_type"] = crime
    if any(ch.isdigit() for ch in str(cells["crime_type"])):
        tags.append("legal_article")

    expl = _text(ev["exploitation"])
    table = _EXPLOITATION[lang]
    word = choice(rng, table.get(expl, (expl,)) if expl is not None else table["none"])
    cells["exploitation"] = _blank(word)
    if style == "co" and cells["exploitation"] is not None:
        cells["exploitation"] = str(cells["exploitation"]).upper()
    exp["exploitation"] = expl

    n = _count_of(ev["n_persons"])
    cells["n_persons"], exp["n_persons"], t = _persons(style, n, rng)
    tags += t

    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(
            style, _count_of(ev["n_suspects"]), rng
        )
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif _hit(rng, 0.015):
        cells["gender"], exp["gender"] = choice(rng, _GENDER[style]["unknown"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[style][gender]), gender

    age = str(ev["age_group"])
    if _hit(rng, 0.015):
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style]["unknown"]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style][age]), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _nationality(src, nat, gender, n, rng)
        exp["nationality"] = nat
        tags += t

    as_code = _hit(rng, _CODE_SHARE[style])
    for col in ("origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col], exp[col] = None, None
            tags.append("blank_detection_country")
            continue
        cells[col], t = _country(src, code, rng, as_code=as_code)
        exp[col] = code
        tags += t

    transit = _text(ev["transit_countries"])
    cells["transit_countries"], t = _transit(src, transit, rng, as_code=as_code)
    exp["transit_countries"] = transit
    tags += t

    mode = str(ev["transport_mode"])
    if _hit(rng, 0.01):
        cells["transport_mode"], exp["transport_mode"] = (
            choice(rng, _TRANSPORT[style]["unknown"]),
            "unknown",
        )
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _TRANSPORT[style][mode]), mode

    lat, lon = ev["lat"], ev["lon"]
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if forced_blank == "coordinates" or lat is None or lon is None:
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif _hit(rng, 0.03):
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif _hit(rng, 0.015):
        cells.update(dict.fromkeys(keys, choice(rng, _NO_COORDS[style])))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        c_cells, exp["lat"], exp["lon"], t = _COORDS[style](float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(c_cells)
        tags += t

    offences = _text(ev["linked_offences"])
    cells["linked_offences"], t = _linked(src, offences, rng)
    exp["linked_offences"] = offences
    tags += t

    hotspot = _text(ev.get("hotspot")) or ""
    if "place" in src.headers:
        place = _fit(hotspot, src)
        if style == "gf" and _hit(rng, 0.3):
            place = f"secteur {place}"
        cells["place"] = place.upper() if style == "pe" and _hit(rng, 0.5) else place
    if "unit" in src.headers:
        cells["unit"] = choice(rng, _UNITS_CO if style == "co" else _UNITS_BO)
    if "remarks" in src.headers:
        cells["remarks"] = choice(rng, _REMARKS_GY) if _hit(rng, 0.2) else None
    return cells, exp, tags


#: The variant, as the shared examiner machinery reads it.
_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND102_SOURCES,
    primary=_PRIMARY,
    compilation=_BO.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=102_531,
    blank_share=0.35,
)


def make_blind102(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind102`` examiner set (files ``*_cz.*``).

    Five river and border services of the Amazon and the Guianas, each writing its own
    way (see the module docstring): the Peruvian river police (Spanish CSV, cp1252), the
    Colombian Navy at Leticia (Spanish XLSX), the Bolivian border police at Guayaramerín
    (Spanish JSON lines), the Guyana Coast Guard (English CSV, UTF-16, tabs) and the
    French Gendarmerie in Guiana (French CSV, UTF-8 with BOM).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND102_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind102(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['policia_fluvial_pe_cz.csv', 'armada_leticia_co_cz.xlsx',
     'fronteriza_guayaramerin_bo_cz.jsonl', 'coastguard_gy_cz.csv',
     'gendarmerie_guyane_fr_cz.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
