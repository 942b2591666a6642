"""Examiner's held-out sample set ``blind32`` (files ``*_ah.*``): five other agencies.

A reader's guide to the five submissions. Each is written the way that agency or
dataset writes its own exports; none of the wording below is shared with the cleaner's
tuned profiles or with another examiner's set.

``ucrif_brigadas_ah.csv`` -- Spanish Policía Nacional, consolidated export of the
    provincial *Brigadas de Extranjería y Fronteras* (UCRIF groups). Spanish, cp1252,
    ``;``, CRLF. Reports every event detected in Spain, and re-reports some Romanian
    trafficking cases detected in Italy (joint investigation team, *ECI*).
    Dates ``14/03/2022``, ``14/03/22``, ``14-mar-2022``, ``14.03.2022``,
    ``14 de marzo de 2022``; partial ``marzo 2022``, ``03/2022``, ``1T 2022``,
    ``2º trim. 2022``, ``T3/2022``. Crime type as Criminal Code articles
    (``Art. 318 bis CP`` smuggling, ``Art. 177 bis CP`` trafficking, both articles
    together); the purpose of exploitation in words or as the letter of art. 177 bis 1
    (``177 bis 1.b)`` = sexual). Sex legend ``V/M`` (*varón/mujer*), age ``May./Men.``,
    ``MENA``; nationality as demonyms agreeing in gender and number (``marroquíes``,
    ``senegalesas``) or country names, some upper case, a few garbled (UTF-8 read as
    cp1252: ``TÃºnez``). Counts with ``.`` thousands (``1.234``); ``S/D``, ``no consta``
    for unknown; ``ninguno`` for no arrests. Coordinates in degrees-minutes-seconds with
    ``º`` and the Spanish ``O`` (*oeste*) for west, or decimal commas
    (``27,7533 / -15,5944``). Transit ``Mauritania - Marruecos`` or ``Directo``;
    connected offences (``Falsedad documental; Blanqueo de capitales``). Re-sends a few
    rows; note row, ``TOTAL GENERAL`` row, one empty row.

``cross_grisnez_ah.csv`` -- CROSS Gris-Nez (French Channel rescue co-ordination centre)
    joint log with the maritime gendarmerie's judicial follow-up. French, UTF-16 (with
    BOM), tab-delimited. Reports Channel events detected in France, and re-reports some
    that reached Dover. Dates with the local time (``14/03/2022 03h40``,
    ``14/03/2022 à 03:40``, ``lun. 14/03/2022 03:40``, ``14 mars 2022, 03h40``), never
    partial. Crime type as ``art. L823-1 CESEDA`` (smuggling), ``TEH`` /
    ``art. 225-4-1 CP`` (trafficking) or both; ``POB`` (persons on board), ``n.c.`` for
    unknown, ``néant`` for no smuggler arrested. Sex ``H``/``F``/``mixte``; ``MNA``,
    ``familles avec enfants``; ``NR`` (*non renseigné*). Nationality as French demonyms
    agreeing in gender and number (``érythréennes``), names or ISO3; destination
    ``Angleterre``. Positions in degrees and decimal minutes with a decimal comma
    (``50°57,32' N - 001°38,25' E``) or the plotter's ``N 50 57.320 E 001 38.250``.
    Itinerary ``Allemagne > France``; no connected offences column. Note and total rows.

``hotline_us_ah.xlsx`` -- a Polaris-style anti-trafficking and smuggling tip line of the
    US south-west border. English, Excel. Reports every event detected in the United
    States. Real Excel dates, with typed text dates (US month first ``3/14/2022``,
    ``March 14, 2022``, ``14-Mar-2022``) and partial ``March 2022``, ``2022-03``,
    ``Q1 2022``, ``1st Quarter 2022``. Case type ``HT`` / ``Human Smuggling`` /
    ``Alien smuggling (8 U.S.C. 1324)`` / ``HT + Smuggling``; ``UAC`` for an
    unaccompanied child; ``Unknown``/``UNK`` counts; ``none`` for no suspect. Latitude
    and longitude as numbers or typed ``31.7559° N`` / ``106.4921° W``. Co-occurring
    crimes in words. Note and ``Grand Total`` rows.

``oim_dtm_darien_ah.csv`` -- IOM Panama Displacement Tracking Matrix, protection cases
    recorded at the Darién reception stations. Spanish (Latin American), UTF-8, ``|``.
    Reports every event detected in Panama. Dates ISO, ``14/3/2022``, ``14/03/2022``,
    ``14 mar 2022`` and Excel serial numbers left in the text (``44634``); partial
    ``marzo de 2022``, ``2022-03``, ``mar-2022``, ``I trimestre 2022``, ``T2-2022``.
    Case type ``TIM`` (*tráfico ilícito de migrantes*), ``TdP`` (*trata de personas*),
    ``TdP y TIM``; ``NNA`` (children), ``No aplica``, ``ND`` / ``Sin dato``.
    Nationality as country names, ISO3 or the feminine demonym of *nacionalidad
    venezolana*. Counts with ``,`` thousands (``3,185``). Latitude and longitude in two
    columns, decimal point, ``ND`` when not taken. Re-sends a few rows.

``mmc_4mi_ah.jsonl`` -- Mixed Migration Centre 4Mi protection-incident extract (a
    KoboToolbox form). English, JSON lines, UTF-8. Reports every other event (Italy,
    Greece, Croatia, Poland, the United Kingdom) and re-reports some events of the
    Darién, the US-Mexico border, the Channel and Spain. Choice names as values
    (``migrant_smuggling``, ``smuggling trafficking`` for a select-multiple of both,
    ``sexual_exploitation``, ``adults_and_minors``, ``dont_know``), lowercase ISO3
    codes (``syr``), ISO2 (``it``, ``uk``) or names; transit as a space-separated
    select-multiple (``tur bgr srb``). Dates ISO, Kobo timestamps with the local offset
    (``2022-03-14T10:21:33.000+01:00``) or ``2022/03/14``; partial ``2022-03``,
    ``2022-Q1``, ``Q1-2022``. Location as a Kobo geopoint ``"lat lon altitude
    accuracy"``. A summary (total) record, no note.

Every source writes about 1.5 % bad rows (no date, an impossible date such as
``31/04/2022``, a year typed with two digits swapped such as ``2202``, a negative or
vague count such as ``varios``), and its own placeholders for what is not known.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND32_SOURCES", "make_blind32"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_UCRIF = ExaminerSource(
    source="ucrif_brigadas_ah",
    filename="ucrif_brigadas_ah.csv",
    ref="AT-{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "F. Hechos",
        "crime_type": "Tipificación (CP)",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Detenidos / investigados",
        "gender": "Sexo (V/M)",
        "age_group": "Edad (May./Men.)",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio empleado",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales; no incluye atestados en instrucción judicial",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "decenas"),
    repeats=True,
)
_CROSS = ExaminerSource(
    source="cross_grisnez_ah",
    filename="cross_grisnez_ah.csv",
    ref="CGN {year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° opération",
        "event_date": "Date/heure (locale)",
        "crime_type": "Qualification retenue (PJ)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "POB (pers. à bord)",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité(s) déclarée(s)",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Zone d'intervention",
        "transit_countries": "Itinéraire déclaré",
        "transport_mode": "Moyen",
        "coordinates": "Position (WGS84, DM)",
    },
    note="NB : extraction SECMAR, données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "une vingtaine", "nombreux"),
    repeats=False,
)
_HOTLINE = ExaminerSource(
    source="hotline_us_ah",
    filename="hotline_us_ah.xlsx",
    ref="TIP-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of Incident",
        "crime_type": "Case Type",
        "exploitation": "Type of Exploitation",
        "n_persons": "# Potential Victims/Migrants",
        "n_suspects": "# Suspects",
        "gender": "Victim Gender",
        "age_group": "Age (Adult/Minor)",
        "nationality": "Victim Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Incident Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Transportation",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Co-occurring Crimes",
    },
    note="Note: unverified tips excluded; figures as of export date",
    total="Grand Total",
    bad_count=("multiple", "several", "a few"),
    repeats=False,
)
_DTM = ExaminerSource(
    source="oim_dtm_darien_ah",
    filename="oim_dtm_darien_ah.csv",
    ref="PA-DTM-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "ID_Registro",
        "event_date": "Fecha_evento",
        "crime_type": "Tipo_caso (TdP/TIM)",
        "exploitation": "Fin_explotacion",
        "n_persons": "Personas",
        "n_suspects": "Facilitadores",
        "gender": "Sexo",
        "age_group": "Grupo_etario",
        "nationality": "Nacionalidad",
        "origin_country": "Pais_origen",
        "destination_country": "Destino_declarado",
        "detection_country": "Pais",
        "transit_countries": "Ruta_transito",
        "transport_mode": "Medio_transporte",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Fuente: OIM Panamá - DTM. Datos preliminares, sujetos a revisión",
    total="Total general",
    bad_count=("varios", "grupo grande", "muchos"),
    repeats=True,
)
_MMC = ExaminerSource(
    source="mmc_4mi_ah",
    filename="mmc_4mi_ah.jsonl",
    ref="4MI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "incident_type",
        "exploitation": "exploitation_type",
        "n_persons": "num_people",
        "n_suspects": "num_smugglers",
        "gender": "group_sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_origin",
        "destination_country": "intended_destination",
        "detection_country": "incident_country",
        "transit_countries": "transit_countries",
        "transport_mode": "transport_means",
        "coordinates": "incident_gps",
    },
    note=None,
    total="TOTAL (all incidents)",
    bad_count=("many", "several", "a_group"),
    repeats=False,
)

#: The variant's five sources, in the order their submissions are returned.
BLIND32_SOURCES: tuple[ExaminerSource, ...] = (_UCRIF, _CROSS, _HOTLINE, _DTM, _MMC)

# --------------------------------------------------------------------------------------
# Country wording: name (es, fr, en) and their usual variants
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
        "CHN": ("China",),
        "CIV": ("Costa de Marfil",),
        "CMR": ("Camerún",),
        "COL": ("Colombia",),
        "DEU": ("Alemania",),
        "DZA": ("Argelia",),
        "ECU": ("Ecuador",),
        "EGY": ("Egipto",),
        "ERI": ("Eritrea",),
        "ESP": ("España",),
        "FRA": ("Francia",),
        "GBR": ("Reino Unido",),
        "GIN": ("Guinea Conakry", "Guinea (Conakry)"),
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
        "USA": ("Estados Unidos", "EE.UU.", "EEUU"),
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
        "GBR": ("Royaume-Uni",),
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
        "NGA": ("Nigeria",),
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
        "CIV": ("Côte d'Ivoire", "Ivory Coast"),
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
        "GIN": ("Guinea", "Guinea-Conakry"),
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
        "TUR": ("Türkiye", "Turkey"),
        "USA": ("United States", "USA", "U.S."),
        "VEN": ("Venezuela",),
        "VNM": ("Viet Nam", "Vietnam"),
        "YEM": ("Yemen",),
    },
}

#: Spanish demonyms: masculine and feminine singular, masculine and feminine plural.
_DEMONYM_ES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("afgano", "afgana", "afganos", "afganas"),
    "ALB": ("albanés", "albanesa", "albaneses", "albanesas"),
    "BGD": ("bangladesí", "bangladesí", "bangladesíes", "bangladesíes"),
    "CHN": ("chino", "china", "chinos", "chinas"),
    "CIV": ("marfileño", "marfileña", "marfileños", "marfileñas"),
    "CMR": ("camerunés", "camerunesa", "cameruneses", "camerunesas"),
    "COL": ("colombiano", "colombiana", "colombianos", "colombianas"),
    "DZA": ("argelino", "argelina", "argelinos", "argelinas"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas"),
    "EGY": ("egipcio", "egipcia", "egipcios", "egipcias"),
    "ERI": ("eritreo", "eritrea", "eritreos", "eritreas"),
    "GIN": ("guineano", "guineana", "guineanos", "guineanas"),
    "GMB": ("gambiano", "gambiana", "gambianos", "gambianas"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas"),
    "HND": ("hondureño", "hondureña", "hondureños", "hondureñas"),
    "HTI": ("haitiano", "haitiana", "haitianos", "haitianas"),
    "IRN": ("iraní", "iraní", "iraníes", "iraníes"),
    "IRQ": ("iraquí", "iraquí", "iraquíes", "iraquíes"),
    "MAR": ("marroquí", "marroquí", "marroquíes", "marroquíes"),
    "MEX": ("mexicano", "mexicana", "mexicanos", "mexicanas"),
    "MLI": ("maliense", "maliense", "malienses", "malienses"),
    "NGA": ("nigeriano", "nigeriana", "nigerianos", "nigerianas"),
    "PAK": ("pakistaní", "pakistaní", "pakistaníes", "pakistaníes"),
    "ROU": ("rumano", "rumana", "rumanos", "rumanas"),
    "SEN": ("senegalés", "senegalesa", "senegaleses", "senegalesas"),
    "SYR": ("sirio", "siria", "sirios", "sirias"),
    "TUN": ("tunecino", "tunecina", "tunecinos", "tunecinas"),
    "TUR": ("turco", "turca", "turcos", "turcas"),
    "VEN": ("venezolano", "venezolana", "venezolanos", "venezolanas"),
    "VNM": ("vietnamita", "vietnamita", "vietnamitas", "vietnamitas"),
    "YEM": ("yemení", "yemení", "yemeníes", "yemeníes"),
}
#: French demonyms: masculine and feminine singular, masculine and feminine plural.
_DEMONYM_FR: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("afghan", "afghane", "afghans", "afghanes"),
    "ALB": ("albanais", "albanaise", "albanais", "albanaises"),
    "BGD": ("bangladais", "bangladaise", "bangladais", "bangladaises"),
    "CHN": ("chinois", "chinoise", "chinois", "chinoises"),
    "CIV": ("ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"),
    "CMR": ("camerounais", "camerounaise", "camerounais", "camerounaises"),
    "COL": ("colombien", "colombienne", "colombiens", "colombiennes"),
    "DZA": ("algérien", "algérienne", "algériens", "algériennes"),
    "ECU": ("équatorien", "équatorienne", "équatoriens", "équatoriennes"),
    "EGY": ("égyptien", "égyptienne", "égyptiens", "égyptiennes"),
    "ERI": ("érythréen", "érythréenne", "érythréens", "érythréennes"),
    "GIN": ("guinéen", "guinéenne", "guinéens", "guinéennes"),
    "GMB": ("gambien", "gambienne", "gambiens", "gambiennes"),
    "GTM": ("guatémaltèque", "guatémaltèque", "guatémaltèques", "guatémaltèques"),
    "HND": ("hondurien", "hondurienne", "honduriens", "honduriennes"),
    "HTI": ("haïtien", "haïtienne", "haïtiens", "haïtiennes"),
    "IRN": ("iranien", "iranienne", "iraniens", "iraniennes"),
    "IRQ": ("irakien", "irakienne", "irakiens", "irakiennes"),
    "MAR": ("marocain", "marocaine", "marocains", "marocaines"),
    "MEX": ("mexicain", "mexicaine", "mexicains", "mexicaines"),
    "MLI": ("malien", "malienne", "maliens", "maliennes"),
    "NGA": ("nigérian", "nigériane", "nigérians", "nigérianes"),
    "PAK": ("pakistanais", "pakistanaise", "pakistanais", "pakistanaises"),
    "ROU": ("roumain", "roumaine", "roumains", "roumaines"),
    "SEN": ("sénégalais", "sénégalaise", "sénégalais", "sénégalaises"),
    "SYR": ("syrien", "syrienne", "syriens", "syriennes"),
    "TUN": ("tunisien", "tunisienne", "tunisiens", "tunisiennes"),
    "TUR": ("turc", "turque", "turcs", "turques"),
    "VEN": ("vénézuélien", "vénézuélienne", "vénézuéliens", "vénézuéliennes"),
    "VNM": ("vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"),
    "YEM": ("yéménite", "yéménite", "yéménites", "yéménites"),
}
#: English demonyms.
_DEMONYM_EN: dict[str, str] = {
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
}

# --------------------------------------------------------------------------------------
# Value wording by source
# --------------------------------------------------------------------------------------
_Table = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Table] = {
    "ucrif_brigadas_ah": {
        "smuggling": (
            "Art. 318 bis CP",
            "318 bis CP",
            "Favorecimiento inmigración ilegal (art. 318 bis)",
            "Delito contra los derechos de los ciudadanos extranjeros",
        ),
        "trafficking": ("Art. 177 bis CP", "177 bis CP", "Trata de seres humanos", "TSH (177 bis)"),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "TSH + 318 bis",
            "Trata (177 bis) e inmigración ilegal (318 bis)",
        ),
    },
    "cross_grisnez_ah": {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "L.823-1 CESEDA",
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
        ),
        "trafficking": ("Traite des êtres humains (art. 225-4-1 CP)", "TEH", "art. 225-4-1 CP"),
        "both": ("TEH + aide à l'entrée irrégulière", "225-4-1 CP / L.823-1 CESEDA"),
    },
    "hotline_us_ah": {
        "smuggling": ("Human Smuggling", "Smuggling", "Alien smuggling (8 U.S.C. 1324)"),
        "trafficking": ("Human Trafficking", "HT", "Trafficking"),
        "both": ("HT + Smuggling", "Trafficking & Smuggling", "Smuggling/Trafficking"),
    },
    "oim_dtm_darien_ah": {
        "smuggling": ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "TdP", "Trata"),
        "both": ("TdP y TIM", "Trata y tráfico", "Ambos (TdP/TIM)"),
    },
    "mmc_4mi_ah": {
        "smuggling": ("migrant_smuggling", "smuggling"),
        "trafficking": ("human_trafficking", "trafficking"),
        "both": ("smuggling trafficking", "smuggling_and_trafficking"),
    },
}
#: Forms of exploitation; ``"none"`` is what a smuggling row holds (expected NA).
_EXPLOITATION: dict[str, _Table] = {
    "ucrif_brigadas_ah": {
        "sexual": ("Explotación sexual", "Sexual", "177 bis 1.b)"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados", "177 bis 1.a)"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada", "177 bis 1.c)"),
        "organ_removal": ("Extracción de órganos", "177 bis 1.d)"),
        "forced_marriage": ("Matrimonio forzado", "177 bis 1.e)"),
        "other": ("Otras", "Otra finalidad"),
        "none": ("", "No procede"),
    },
    "cross_grisnez_ah": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
        "none": ("", "sans objet"),
    },
    "hotline_us_ah": {
        "sexual": ("Sex", "Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor", "Forced labor", "Labor trafficking"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": ("", "N/A"),
    },
    "oim_dtm_darien_ah": {
        "sexual": ("Sexual", "Explotación sexual"),
        "forced_labour": ("Laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas", "Comisión forzada de delitos"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra",),
        "none": ("No aplica", ""),
    },
    "mmc_4mi_ah": {
        "sexual": ("sexual_exploitation", "sexual"),
        "forced_labour": ("forced_labour", "labour_exploitation"),
        "forced_criminality": ("forced_criminality", "forced_crime"),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
        "none": ("",),
    },
}
#: Sex of the persons: ``male1``/``female1`` for a single person.
_GENDER: dict[str, _Table] = {
    "ucrif_brigadas_ah": {
        "male1": ("V", "Varón", "Hombre"),
        "male": ("V", "Varones", "Hombres"),
        "female1": ("M", "Mujer"),
        "female": ("M", "Mujeres"),
        "mixed": ("Ambos", "Mixto", "V y M"),
    },
    "cross_grisnez_ah": {
        "male1": ("H", "homme"),
        "male": ("H", "hommes", "hommes seuls"),
        "female1": ("F", "femme"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H+F", "hommes et femmes"),
    },
    "hotline_us_ah": {
        "male1": ("Male", "M"),
        "male": ("Male", "Males", "M"),
        "female1": ("Female", "F"),
        "female": ("Female", "Females", "F"),
        "mixed": ("Mixed", "Male & Female", "Both"),
    },
    "oim_dtm_darien_ah": {
        "male1": ("Hombre", "Masculino"),
        "male": ("Hombres", "Masculino"),
        "female1": ("Mujer", "Femenino"),
        "female": ("Mujeres", "Femenino"),
        "mixed": ("Mixto", "Grupo mixto", "Hombres y mujeres"),
    },
    "mmc_4mi_ah": {
        "male1": ("male", "m"),
        "male": ("male", "m"),
        "female1": ("female", "f"),
        "female": ("female", "f"),
        "mixed": ("mixed", "mixed_group"),
    },
}
#: Age group; ``unknown`` holds the source's "not known / not applicable" words.
_AGE: dict[str, _Table] = {
    "ucrif_brigadas_ah": {
        "adult": ("Adultos", "Mayores de edad", "May."),
        "child": ("Menores", "MENA", "Men."),
        "mixed": ("Adultos y menores", "May. y men.", "Mixto"),
        "unknown": ("No consta",),
    },
    "cross_grisnez_ah": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "familles avec enfants", "mixte"),
        "unknown": ("NR", "non renseigné"),
    },
    "hotline_us_ah": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Minors", "Under 18", "UAC"),
        "mixed": ("Adults & minors", "Adults and minors", "Mixed"),
        "unknown": ("Unknown", "Not specified"),
    },
    "oim_dtm_darien_ah": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("Sin dato",),
    },
    "mmc_4mi_ah": {
        "adult": ("adult", "18_plus"),
        "child": ("minor", "under_18"),
        "mixed": ("adults_and_minors", "mixed"),
        "unknown": ("dont_know",),
    },
}
_TRANSPORT: dict[str, _Table] = {
    "ucrif_brigadas_ah": {
        "sea": ("Cayuco", "Patera", "Neumática", "Embarcación", "Marítimo"),
        "land": ("Terrestre", "Vehículo", "Camión", "A pie", "Salto de valla"),
        "air": ("Aéreo", "Vuelo comercial", "Avión"),
        "unknown": ("No consta",),
    },
    "cross_grisnez_ah": {
        "sea": ("small boat", "embarcation pneumatique", "bateau", "kayak"),
        "land": ("poids lourd", "camion", "à pied", "véhicule léger"),
        "air": ("avion", "voie aérienne"),
        "unknown": ("NR",),
    },
    "hotline_us_ah": {
        "sea": ("Boat", "Maritime", "Vessel"),
        "land": ("Vehicle", "On foot", "Tractor-trailer", "Freight train", "Car"),
        "air": ("Commercial flight", "Air"),
        "unknown": ("N/A", "Unknown"),
    },
    "oim_dtm_darien_ah": {
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "land": ("A pie", "Terrestre", "Caminando (selva)", "Bus"),
        "air": ("Aéreo", "Vuelo"),
        "unknown": ("No aplica", "Sin dato"),
    },
    "mmc_4mi_ah": {
        "sea": ("boat", "rubber_boat", "sea"),
        "land": ("car", "truck", "on_foot", "bus", "land"),
        "air": ("plane", "air"),
        "unknown": ("dont_know",),
    },
}
#: Linked offences, for the two sources that record them.
_OFFENCES: dict[str, _Table] = {
    "ucrif_brigadas_ah": {
        "document_fraud": ("Falsedad documental", "Falsificación de documentos"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "hotline_us_ah": {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Bribery/corruption", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
#: "Not known" count words (record kept, no count), zero words and unknown suspects.
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "ucrif_brigadas_ah": ("S/D", "sin determinar"),
    "cross_grisnez_ah": ("n.c.", "inconnu"),
    "hotline_us_ah": ("Unknown", "UNK"),
    "oim_dtm_darien_ah": ("ND", "Sin dato"),
    "mmc_4mi_ah": ("dont_know", "refused"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    "ucrif_brigadas_ah": ("ninguno", "sin detenidos"),
    "cross_grisnez_ah": ("néant", "aucun"),
    "hotline_us_ah": ("none", "no suspects"),
    "oim_dtm_darien_ah": ("Ninguno",),
    "mmc_4mi_ah": ("none",),
}
_SUSPECTS_UNKNOWN: dict[str, tuple[str, ...]] = {
    "ucrif_brigadas_ah": ("S/D", "no consta"),
    "cross_grisnez_ah": ("n.c.",),
    "hotline_us_ah": ("Unknown", "Not reported"),
    "oim_dtm_darien_ah": ("ND",),
    "mmc_4mi_ah": ("dont_know",),
}

_MONTHS_ES = (
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
_ABBR_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_DAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_ROMAN = ("I", "II", "III", "IV")
#: UTC offset of local time by detection country, winter and summer (Kobo timestamps).
_OFFSET = {
    "ESP": (1, 2),
    "FRA": (1, 2),
    "GBR": (0, 1),
    "ITA": (1, 2),
    "GRC": (2, 3),
    "HRV": (1, 2),
    "POL": (1, 2),
    "PAN": (-5, -5),
    "USA": (-7, -6),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
class _Row:
    """One row being written: its cells, its expected clean values and its tags."""

    def __init__(self, ev: dict[str, object], forced_blank: str | None) -> None:
        self.ev = ev
        self.blank = forced_blank
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
        self.tags: list[str] = []

    def text(self, key: str) -> str | None:
        """Return the event's value of ``key`` as text (None if missing)."""
        value = self.ev.get(key)
        return None if value is None else str(value)

    def out(self) -> _Out:
        """Return (cells, expected values, tags)."""
        return self.cells, self.exp, self.tags


def _name(code: str, lang: str, rng: _Rng) -> str:
    """Return a country's name in ``lang`` (the ISO3 code if the table lacks it)."""
    names = _NAMES[lang].get(code)
    return choice(rng, names) if names else code


def _names_list(codes: str | None, lang: str, rng: _Rng, sep: str) -> str:
    """Ordered country names joined by ``sep``; ``codes`` is ``|``-joined ISO3."""
    if codes is None:
        return ""
    return sep.join(_name(c, lang, rng) for c in codes.split("|"))


def _number(ev: dict[str, object], key: str) -> int:
    value = ev[key]
    return int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float:
    value = ev[key]
    return float(value)  # type: ignore[arg-type]


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    """Draw how precise a written date is: ``day``, ``month`` or ``quarter``."""
    if not partial_ok:
        return "day"
    u = float(rng.random())
    if u < p_month:
        return "month"
    if u < p_month + p_quarter:
        return "quarter"
    return "day"


def _set_date(row: _Row, ts: pd.Timestamp, precision: str) -> None:
    if precision == "month":
        row.exp["event_date"] = pd.Timestamp(ts.year, ts.month, 1)
        row.tags.append("month_only")
    elif precision == "quarter":
        row.exp["event_date"] = _quarter_start(ts)
        row.tags.append("quarter_only")
    else:
        row.exp["event_date"] = pd.Timestamp(ts.year, ts.month, ts.day)
    row.exp["date_precision"] = precision


def _gender_key(gender: str, n: int) -> str:
    if gender in ("male", "female") and n == 1:
        return gender + "1"
    return gender


def _mojibake_or(text: str, src: ExaminerSource, rng: _Rng, share: float, row: _Row) -> str:
    """Garble ``text`` (UTF-8 read as cp1252) with probability ``share``, if it can be."""
    if float(rng.random()) < share:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            row.tags.append("mojibake")
            return garbled
    return text


def _dms(value: float, pos: str, neg: str) -> tuple[int, int, int, str, float]:
    """Degrees, minutes, whole seconds, hemisphere letter and the value they spell."""
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round(((a - deg) * 60 - minutes) * 60)
    if sec == 60:
        sec, minutes = 0, minutes + 1
    if minutes == 60:
        minutes, deg = 0, deg + 1
    exact = deg + minutes / 60 + sec / 3600
    return deg, minutes, sec, pos if value >= 0 else neg, (exact if value >= 0 else -exact)


def _dm(value: float, pos: str, neg: str) -> tuple[int, float, str, float]:
    """Degrees, decimal minutes (2 decimals), hemisphere letter and the value they spell."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        minutes, deg = 0.0, deg + 1
    exact = deg + minutes / 60
    return deg, minutes, pos if value >= 0 else neg, (exact if value >= 0 else -exact)


def _count_cell(src: ExaminerSource, n: int, rng: _Rng, row: _Row, sep: str | None) -> object:
    """Return the persons' count as written; ``sep`` is the thousands separator."""
    if float(rng.random()) < 0.025:
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.source])
    row.exp["n_persons"] = n
    if n >= 1000 and sep is not None and float(rng.random()) < 0.8:
        row.tags.append("thousands_sep")
        return f"{n:,}".replace(",", sep)
    return n if src.format != "csv" else str(n)


def _suspects_cell(src: ExaminerSource, row: _Row, rng: _Rng) -> object:
    if row.blank == "n_suspects":
        row.tags.append("blank_n_suspects")
        return None
    k = _number(row.ev, "n_suspects")
    if float(rng.random()) < 0.03:
        row.tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_UNKNOWN[src.source])
    row.exp["n_suspects"] = k
    if k == 0 and float(rng.random()) < 0.35:
        row.tags.append("zero_word")
        return choice(rng, _ZERO[src.source])
    return k if src.format != "csv" else str(k)


def _vocab(src: ExaminerSource, row: _Row, rng: _Rng) -> None:
    """Crime type, exploitation, sex, age group and transport mode, in the source's words."""
    ev = row.ev
    crime = str(ev["crime_type"])
    row.cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    row.exp["crime_type"] = crime
    expl = row.text("exploitation")
    row.cells["exploitation"] = choice(rng, _EXPLOITATION[src.source][expl or "none"]) or None
    row.exp["exploitation"] = expl
    gender = str(ev["gender"])
    if row.blank == "gender":
        row.cells["gender"] = None
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender")
    else:
        key = _gender_key(gender, _number(ev, "n_persons"))
        row.cells["gender"] = choice(rng, _GENDER[src.source][key])
        row.exp["gender"] = gender
    for col, table in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        if float(rng.random()) < 0.02:
            row.cells[col] = choice(rng, table[src.source]["unknown"])
            row.exp[col] = "unknown"
            row.tags.append("na_word")
        else:
            row.cells[col] = choice(rng, table[src.source][str(ev[col])])
            row.exp[col] = str(ev[col])


def _countries(row: _Row) -> None:
    """Set the expected country fields (a blanked one is None)."""
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        row.exp[col] = row.text(col)
    row.exp["transit_countries"] = row.text("transit_countries")
    for col in ("nationality", "detection_country"):
        if row.blank == col:
            row.exp[col] = None
            row.tags.append(f"blank_{col}")


def _offences(src: ExaminerSource, row: _Row, rng: _Rng, sep: tuple[str, ...]) -> None:
    codes = row.text("linked_offences")
    row.exp["linked_offences"] = codes
    if codes is None:
        row.cells["linked_offences"] = None
        return
    joiner = choice(rng, sep)
    row.cells["linked_offences"] = joiner.join(
        choice(rng, _OFFENCES[src.source][c]) for c in codes.split("|")
    )


def _future_year(year: int) -> str:
    """Return a year typed with its middle digits swapped (2022 -> 2202), in the future."""
    text = f"{year:04d}"
    swapped = text[0] + text[2] + text[1] + text[3]
    return swapped if int(swapped) > 2100 else str(year + 1000)


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a (day, month) that does not exist in ``ts``'s year."""
    options = [(31, 4), (31, 6), (31, 9), (31, 11), (30, 2)]
    if ts.year % 4 != 0:
        options.append((29, 2))
    return options[int(rng.integers(len(options)))]


# --------------------------------------------------------------------------------------
# Spanish National Police, UCRIF brigades
# --------------------------------------------------------------------------------------
def _ucrif_date(row: _Row, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> str:
    prec = _precision(rng, partial_ok, 0.04, 0.025)
    _set_date(row, ts, prec)
    if prec == "month":
        form = int(rng.integers(3))
        if form == 0:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
        if form == 1:
            return f"{ts.month:02d}/{ts.year}"
        return f"{_MONTHS_ES[ts.month - 1].upper()}-{ts.year}"
    if prec == "quarter":
        q = (ts.month - 1) // 3 + 1
        return choice(rng, (f"{q}T {ts.year}", f"{q}º trim. {ts.year}", f"T{q}/{ts.year}"))
    u = float(rng.random())
    if u < 0.6:
        return ts.strftime("%d/%m/%Y")
    if u < 0.7:
        row.tags.append("two_digit_year")
        return ts.strftime("%d/%m/%y")
    if u < 0.82:
        return f"{ts.day}-{_ABBR_ES[ts.month - 1]}-{ts.year}"
    if u < 0.92:
        return ts.strftime("%d.%m.%Y")
    return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}"


def _ucrif_nationality(row: _Row, rng: _Rng) -> str | None:
    code = row.text("nationality")
    if code is None or row.blank == "nationality":
        return None
    n = _number(row.ev, "n_persons")
    forms = _DEMONYM_ES.get(code)
    u = float(rng.random())
    if forms is not None and u < 0.5:
        row.tags.append("demonym")
        female = row.ev["gender"] == "female"
        return forms[(2 if n > 1 else 0) + (1 if female else 0)]
    name = _name(code, "es", rng)
    return name.upper() if u < 0.8 else name


def _ucrif_coordinates(row: _Row, rng: _Rng) -> str | None:
    if row.blank == "coordinates":
        row.tags.append("blank_coordinates")
        return None
    u = float(rng.random())
    if u < 0.03:
        row.tags.append("coords_missing")
        return None
    if u < 0.05:
        row.tags.append("coords_placeholder")
        return "S/D"
    lat, lon = _float(row.ev, "lat"), _float(row.ev, "lon")
    if u < 0.8:
        d1, m1, s1, h1, v1 = _dms(lat, "N", "S")
        d2, m2, s2, h2, v2 = _dms(lon, "E", "O")
        row.exp["lat"], row.exp["lon"] = round(v1, 6), round(v2, 6)
        row.tags.append("dms_coords")
        return f"{d1}º {m1:02d}' {s1:02d}'' {h1} - {d2}º {m2:02d}' {s2:02d}'' {h2}"
    la, lo = round(lat, 4), round(lon, 4)
    row.exp["lat"], row.exp["lon"] = la, lo
    row.tags.append("decimal_comma")
    return f"{la:.4f} / {lo:.4f}".replace(".", ",")


def _ucrif_detection(row: _Row, rng: _Rng) -> str | None:
    code = row.text("detection_country")
    if code is None or row.blank == "detection_country":
        return None
    if code == "ITA":
        return choice(rng, ("Italia", "ITALIA (ECI)", "Italia - ECI"))
    if code == "ESP":
        return choice(rng, ("España", "ESPAÑA", "España", "ESP"))
    return _name(code, "es", rng)


def _render_ucrif(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, blank: str | None
) -> _Out:
    row = _Row(ev, blank)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    row.cells["event_date"] = _ucrif_date(row, ts, rng, partial_ok)
    _vocab(src, row, rng)
    if row.exp["exploitation"] is not None and str(row.cells["exploitation"]).startswith("177"):
        row.tags.append("legal_ref")
    row.cells["n_persons"] = _count_cell(src, _number(ev, "n_persons"), rng, row, ".")
    row.cells["n_suspects"] = _suspects_cell(src, row, rng)
    _countries(row)
    nat = _ucrif_nationality(row, rng)
    row.cells["nationality"] = None if nat is None else _mojibake_or(nat, src, rng, 0.03, row)
    origin = _name(str(ev["origin_country"]), "es", rng)
    row.cells["origin_country"] = _mojibake_or(origin, src, rng, 0.03, row)
    row.cells["destination_country"] = _name(str(ev["destination_country"]), "es", rng)
    row.cells["detection_country"] = _ucrif_detection(row, rng)
    transit = row.text("transit_countries")
    if transit is None:
        row.cells["transit_countries"] = choice(rng, ("", "Directo", "")) or None
    else:
        row.cells["transit_countries"] = _names_list(transit, "es", rng, choice(rng, (" - ", ", ")))
    row.cells["coordinates"] = _ucrif_coordinates(row, rng)
    _offences(src, row, rng, ("; ", " y ", " / "))
    return row.out()


# --------------------------------------------------------------------------------------
# CROSS Gris-Nez
# --------------------------------------------------------------------------------------
def _cross_date(row: _Row, ts: pd.Timestamp, rng: _Rng) -> str:
    _set_date(row, ts, "day")
    hh, mm = int(rng.integers(24)), int(rng.integers(60))
    u = float(rng.random())
    if u < 0.45:
        return f"{ts:%d/%m/%Y} {hh:02d}h{mm:02d}"
    if u < 0.65:
        return f"{ts:%d/%m/%Y} à {hh:02d}:{mm:02d}"
    if u < 0.8:
        return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}, {hh:02d}h{mm:02d}"
    if u < 0.93:
        return f"{_DAYS_FR[ts.day_of_week]} {ts:%d/%m/%Y} {hh:02d}:{mm:02d}"
    row.tags.append("two_digit_year")
    return f"{ts:%d/%m/%y} - {hh:02d}h{mm:02d}"


def _cross_nationality(row: _Row, rng: _Rng) -> str | None:
    code = row.text("nationality")
    if code is None or row.blank == "nationality":
        return None
    n = _number(row.ev, "n_persons")
    forms = _DEMONYM_FR.get(code)
    u = float(rng.random())
    if forms is not None and u < 0.6:
        row.tags.append("demonym")
        female = row.ev["gender"] == "female"
        return forms[(2 if n > 1 else 0) + (1 if female else 0)]
    if u < 0.9:
        return _name(code, "fr", rng)
    return code


def _cross_coordinates(row: _Row, rng: _Rng) -> str | None:
    if row.blank == "coordinates":
        row.tags.append("blank_coordinates")
        return None
    u = float(rng.random())
    if u < 0.03:
        row.tags.append("coords_missing")
        return None
    if u < 0.045:
        row.tags.append("coords_placeholder")
        return "NC"
    lat, lon = _float(row.ev, "lat"), _float(row.ev, "lon")
    d1, m1, h1, v1 = _dm(lat, "N", "S")
    d2, m2, h2, v2 = _dm(lon, "E", "W")
    row.exp["lat"], row.exp["lon"] = round(v1, 6), round(v2, 6)
    row.tags.append("deg_dec_min")
    if u < 0.75:
        a = f"{m1:05.2f}".replace(".", ",")
        b = f"{m2:05.2f}".replace(".", ",")
        return f"{d1:02d}°{a}' {h1} - {d2:03d}°{b}' {h2}"
    return f"{h1} {d1:02d} {m1:06.3f} {h2} {d2:03d} {m2:06.3f}"


def _cross_detection(row: _Row, rng: _Rng) -> str | None:
    code = row.text("detection_country")
    if code is None or row.blank == "detection_country":
        return None
    if code == "FRA":
        return choice(rng, ("France", "FR", "France", "eaux françaises"))
    if code == "GBR":
        return choice(rng, ("Royaume-Uni", "R-U (Douvres)", "UK", "Royaume-Uni (Douvres)"))
    return _name(code, "fr", rng)


def _render_cross(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, blank: str | None
) -> _Out:
    row = _Row(ev, blank)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    row.cells["event_date"] = _cross_date(row, ts, rng)
    _vocab(src, row, rng)
    row.cells["n_persons"] = _count_cell(src, _number(ev, "n_persons"), rng, row, "\u202f")
    row.cells["n_suspects"] = _suspects_cell(src, row, rng)
    _countries(row)
    row.cells["nationality"] = _cross_nationality(row, rng)
    row.cells["origin_country"] = _name(str(ev["origin_country"]), "fr", rng)
    dest = str(ev["destination_country"])
    if dest == "GBR" and float(rng.random()) < 0.4:
        row.tags.append("england")
        row.cells["destination_country"] = choice(rng, ("Angleterre", "ANGLETERRE"))
    else:
        row.cells["destination_country"] = _name(dest, "fr", rng)
    row.cells["detection_country"] = _cross_detection(row, rng)
    transit = row.text("transit_countries")
    if transit is None:
        row.cells["transit_countries"] = choice(rng, ("", "direct")) or None
    else:
        row.cells["transit_countries"] = _names_list(transit, "fr", rng, choice(rng, (" > ", ", ")))
    row.cells["coordinates"] = _cross_coordinates(row, rng)
    return row.out()


# --------------------------------------------------------------------------------------
# US border-region tip line (XLSX)
# --------------------------------------------------------------------------------------
def _hotline_date(row: _Row, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> object:
    prec = _precision(rng, partial_ok, 0.04, 0.03)
    _set_date(row, ts, prec)
    month = MONTHS[ts.month - 1]
    if prec == "month":
        return choice(
            rng, (f"{month} {ts.year}", f"{ts.year}-{ts.month:02d}", f"{month[:3]}-{ts.year}")
        )
    if prec == "quarter":
        q = (ts.month - 1) // 3 + 1
        nth = ("1st", "2nd", "3rd", "4th")[q - 1]
        return choice(rng, (f"Q{q} {ts.year}", f"{ts.year} Q{q}", f"{nth} Quarter {ts.year}"))
    u = float(rng.random())
    if u < 0.72:
        row.tags.append("excel_date")
        return dt.datetime(ts.year, ts.month, ts.day)
    if u < 0.84:
        row.tags.append("us_month_first")
        return f"{ts.month}/{ts.day}/{ts.year}"
    if u < 0.94:
        return f"{month} {ts.day}, {ts.year}"
    return f"{ts.day:02d}-{month[:3]}-{ts.year}"


def _hotline_nationality(row: _Row, rng: _Rng) -> str | None:
    code = row.text("nationality")
    if code is None or row.blank == "nationality":
        return None
    u = float(rng.random())
    if code in _DEMONYM_EN and u < 0.5:
        row.tags.append("demonym")
        return _DEMONYM_EN[code]
    if u < 0.9:
        return _name(code, "en", rng)
    return iso_codes(code)[0]


def _hotline_coordinates(row: _Row, rng: _Rng) -> tuple[object, object]:
    if row.blank == "coordinates":
        row.tags.append("blank_coordinates")
        return None, None
    u = float(rng.random())
    if u < 0.04:
        row.tags.append("coords_missing")
        return None, None
    lat, lon = _float(row.ev, "lat"), _float(row.ev, "lon")
    if u < 0.88:
        row.exp["lat"], row.exp["lon"] = lat, lon
        return lat, lon
    la, lo = round(lat, 4), round(lon, 4)
    row.exp["lat"], row.exp["lon"] = la, lo
    row.tags.append("hemisphere_text")
    return (
        f"{abs(la):.4f}° {'N' if la >= 0 else 'S'}",
        f"{abs(lo):.4f}° {'E' if lo >= 0 else 'W'}",
    )


def _render_hotline(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, blank: str | None
) -> _Out:
    row = _Row(ev, blank)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    row.cells["event_date"] = _hotline_date(row, ts, rng, partial_ok)
    _vocab(src, row, rng)
    row.cells["n_persons"] = _count_cell(src, _number(ev, "n_persons"), rng, row, None)
    row.cells["n_suspects"] = _suspects_cell(src, row, rng)
    _countries(row)
    row.cells["nationality"] = _hotline_nationality(row, rng)
    row.cells["origin_country"] = _name(str(ev["origin_country"]), "en", rng)
    row.cells["destination_country"] = _name(str(ev["destination_country"]), "en", rng)
    det = row.text("detection_country")
    if det is None or blank == "detection_country":
        row.cells["detection_country"] = None
    elif det == "USA":
        row.cells["detection_country"] = choice(rng, ("USA", "United States", "U.S.", "US"))
    else:
        row.cells["detection_country"] = _name(det, "en", rng)
    transit = row.text("transit_countries")
    row.cells["transit_countries"] = _names_list(transit, "en", rng, ", ") or None
    row.cells["lat"], row.cells["lon"] = _hotline_coordinates(row, rng)
    _offences(src, row, rng, ("; ", ", "))
    return row.out()


# --------------------------------------------------------------------------------------
# IOM DTM Panama (Darién)
# --------------------------------------------------------------------------------------
def _dtm_date(row: _Row, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> str:
    prec = _precision(rng, partial_ok, 0.05, 0.03)
    _set_date(row, ts, prec)
    if prec == "month":
        mes = _MONTHS_ES[ts.month - 1]
        return choice(
            rng, (f"{mes} de {ts.year}", f"{ts.year}-{ts.month:02d}", f"{mes[:3]}-{ts.year}")
        )
    if prec == "quarter":
        q = (ts.month - 1) // 3 + 1
        return choice(rng, (f"{_ROMAN[q - 1]} trimestre {ts.year}", f"T{q}-{ts.year}"))
    u = float(rng.random())
    if u < 0.45:
        return ts.strftime("%Y-%m-%d")
    if u < 0.65:
        return f"{ts.day}/{ts.month}/{ts.year}"
    if u < 0.77:
        return ts.strftime("%d/%m/%Y")
    if u < 0.9:
        row.tags.append("excel_serial")
        return str((ts - pd.Timestamp("1899-12-30")).days)
    return f"{ts.day} {_ABBR_ES[ts.month - 1]} {ts.year}"


def _dtm_nationality(row: _Row, rng: _Rng) -> str | None:
    code = row.text("nationality")
    if code is None or row.blank == "nationality":
        return None
    u = float(rng.random())
    if code in _DEMONYM_ES and u < 0.25:
        row.tags.append("demonym")
        fem = _DEMONYM_ES[code][1]  # "nacionalidad venezolana"
        return fem.capitalize() if float(rng.random()) < 0.5 else fem
    if u < 0.8:
        return _name(code, "es", rng)
    return code


def _dtm_coordinates(row: _Row, rng: _Rng) -> tuple[str | None, str | None]:
    if row.blank == "coordinates":
        row.tags.append("blank_coordinates")
        return None, None
    u = float(rng.random())
    if u < 0.03:
        row.tags.append("coords_missing")
        return None, None
    if u < 0.05:
        row.tags.append("coords_placeholder")
        return "ND", "ND"
    lat, lon = _float(row.ev, "lat"), _float(row.ev, "lon")
    if u < 0.85:
        row.exp["lat"], row.exp["lon"] = lat, lon
        return f"{lat:.5f}", f"{lon:.5f}"
    la, lo = round(lat, 3), round(lon, 3)
    row.exp["lat"], row.exp["lon"] = la, lo
    return f"{la:.3f}", f"{lo:.3f}"


def _render_dtm(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, blank: str | None
) -> _Out:
    row = _Row(ev, blank)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    row.cells["event_date"] = _dtm_date(row, ts, rng, partial_ok)
    _vocab(src, row, rng)
    row.cells["n_persons"] = _count_cell(src, _number(ev, "n_persons"), rng, row, ",")
    row.cells["n_suspects"] = _suspects_cell(src, row, rng)
    _countries(row)
    row.cells["nationality"] = _dtm_nationality(row, rng)
    origin = str(ev["origin_country"])
    row.cells["origin_country"] = _name(origin, "es", rng) if rng.random() < 0.85 else origin
    row.cells["destination_country"] = _name(str(ev["destination_country"]), "es", rng)
    det = row.text("detection_country")
    if det is None or blank == "detection_country":
        row.cells["detection_country"] = None
    elif det == "PAN":
        row.cells["detection_country"] = choice(rng, ("Panamá", "PANAMÁ", "Panamá", "PA"))
    else:
        row.cells["detection_country"] = _name(det, "es", rng)
    transit = row.text("transit_countries")
    if transit is not None and float(rng.random()) < 0.3:
        row.cells["transit_countries"] = transit.replace("|", "-")
    else:
        row.cells["transit_countries"] = _names_list(transit, "es", rng, "-") or None
    row.cells["lat"], row.cells["lon"] = _dtm_coordinates(row, rng)
    return row.out()


# --------------------------------------------------------------------------------------
# Mixed Migration Centre 4Mi (Kobo, JSON lines)
# --------------------------------------------------------------------------------------
def _mmc_date(row: _Row, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> str:
    prec = _precision(rng, partial_ok, 0.05, 0.03)
    _set_date(row, ts, prec)
    if prec == "month":
        return f"{ts.year}-{ts.month:02d}"
    if prec == "quarter":
        q = (ts.month - 1) // 3 + 1
        return choice(rng, (f"{ts.year}-Q{q}", f"Q{q}-{ts.year}"))
    u = float(rng.random())
    if u < 0.6:
        return ts.strftime("%Y-%m-%d")
    if u < 0.9:
        winter, summer = _OFFSET.get(str(row.ev["detection_country"]), (0, 0))
        off = summer if 4 <= ts.month <= 10 else winter
        hh, mm, ss = 8 + int(rng.integers(8)), int(rng.integers(60)), int(rng.integers(60))
        sign = "+" if off >= 0 else "-"
        row.tags.append("kobo_timestamp")
        return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:{ss:02d}.000{sign}{abs(off):02d}:00"
    return ts.strftime("%Y/%m/%d")


def _mmc_country(code: str, rng: _Rng, row: _Row) -> str:
    u = float(rng.random())
    if u < 0.5:
        row.tags.append("kobo_iso3")
        return code.lower()
    if u < 0.8:
        return _name(code, "en", rng)
    return code


def _mmc_detection(row: _Row, rng: _Rng) -> str | None:
    code = row.text("detection_country")
    if code is None or row.blank == "detection_country":
        return None
    u = float(rng.random())
    if u < 0.45:
        return "uk" if code == "GBR" else iso_codes(code)[0].lower()
    if u < 0.8:
        return _name(code, "en", rng)
    return code


def _mmc_coordinates(row: _Row, rng: _Rng) -> str | None:
    if row.blank == "coordinates":
        row.tags.append("blank_coordinates")
        return None
    if float(rng.random()) < 0.05:
        row.tags.append("coords_missing")
        return None
    lat, lon = _float(row.ev, "lat"), _float(row.ev, "lon")
    row.exp["lat"], row.exp["lon"] = lat, lon
    alt = float(np.round(rng.uniform(0, 60), 1))
    acc = float(np.round(rng.uniform(3, 25), 1))
    row.tags.append("kobo_geopoint")
    return f"{lat} {lon} {alt} {acc}"


def _render_mmc(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, blank: str | None
) -> _Out:
    row = _Row(ev, blank)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    row.cells["event_date"] = _mmc_date(row, ts, rng, partial_ok)
    _vocab(src, row, rng)
    row.cells["n_persons"] = _count_cell(src, _number(ev, "n_persons"), rng, row, None)
    row.cells["n_suspects"] = _suspects_cell(src, row, rng)
    _countries(row)
    nat = row.text("nationality")
    row.cells["nationality"] = (
        None if nat is None or blank == "nationality" else _mmc_country(nat, rng, row)
    )
    row.cells["origin_country"] = _mmc_country(str(ev["origin_country"]), rng, row)
    row.cells["destination_country"] = _mmc_country(str(ev["destination_country"]), rng, row)
    row.cells["detection_country"] = _mmc_detection(row, rng)
    transit = row.text("transit_countries")
    if transit is None:
        row.cells["transit_countries"] = None
    elif float(rng.random()) < 0.7:
        row.tags.append("select_multiple")
        row.cells["transit_countries"] = transit.replace("|", " ").lower()
    else:
        row.cells["transit_countries"] = _names_list(transit, "en", rng, " > ")
    row.cells["coordinates"] = _mmc_coordinates(row, rng)
    return row.out()


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_Writer = Callable[[ExaminerSource, dict[str, object], _Rng, bool, str | None], _Out]
_WRITERS: dict[str, _Writer] = {
    _UCRIF.source: _render_ucrif,
    _CROSS.source: _render_cross,
    _HOTLINE.source: _render_hotline,
    _DTM.source: _render_dtm,
    _MMC.source: _render_mmc,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: ``(cells, expected values, tags)``."""
    return _WRITERS[src.source](src, ev, rng, partial_ok, forced_blank)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: none, impossible or future."""
    if kind == "no_date":
        words = {
            "ucrif_brigadas_ah": ("", "sin fecha"),
            "cross_grisnez_ah": ("", "date inconnue"),
            "hotline_us_ah": ("", "Unknown"),
            "oim_dtm_darien_ah": ("", "ND"),
            "mmc_4mi_ah": ("", "dont_know"),
        }[src.source]
        return choice(rng, words) or None
    if kind == "bad_date":
        day, month = _impossible_day(ts, rng)
        if src.source == "hotline_us_ah":
            return f"{month}/{day}/{ts.year}"
        if src.source in ("mmc_4mi_ah", "oim_dtm_darien_ah"):
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    year = _future_year(ts.year)
    if src.source == "hotline_us_ah":
        return dt.datetime(int(year), ts.month, min(ts.day, 28))
    if src.source in ("mmc_4mi_ah", "oim_dtm_darien_ah"):
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on a source's note row (the day of extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    if src.source == "oim_dtm_darien_ah":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND32_SOURCES,
    primary={
        "ESP": _UCRIF.source,
        "FRA": _CROSS.source,
        "USA": _HOTLINE.source,
        "PAN": _DTM.source,
    },
    compilation=_MMC.source,
    secondary={
        ("channel", "GBR"): _CROSS.source,
        ("channel", "FRA"): _MMC.source,
        ("thb_rou_esp", "ITA"): _UCRIF.source,
        ("thb_rou_esp", "ESP"): _MMC.source,
        ("darien", "PAN"): _MMC.source,
        ("us_mex", "USA"): _MMC.source,
        ("watl", "ESP"): _MMC.source,
        ("wmed", "ESP"): _MMC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3232,
    blank_share=0.25,
)


def make_blind32(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind32`` examiner set (files ``*_ah.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``ucrif_brigadas_ah.csv`` (Spanish, cp1252, ``;``), ``cross_grisnez_ah.csv``
        (French, UTF-16, tab), ``hotline_us_ah.xlsx`` (English), ``oim_dtm_darien_ah.csv``
        (Spanish, UTF-8, ``|``) and ``mmc_4mi_ah.jsonl`` (English), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind32(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ucrif_brigadas_ah.csv', 'cross_grisnez_ah.csv', 'hotline_us_ah.xlsx',
     'oim_dtm_darien_ah.csv', 'mmc_4mi_ah.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
