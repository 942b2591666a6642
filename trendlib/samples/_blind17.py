"""Examiner sample set ``blind17``: five more agencies' case files (files ``*_s.*``).

A held-out set written by an examiner, independently of the cleaner, from five agencies
used by no earlier set. Each writes the way its own forms and exports do; a row's
messiness tags name what was planted in it. A reader's guide:

``swb_hidta_s.csv`` -- Southwest Border HIDTA (US, English)
    The High Intensity Drug Trafficking Area's deconfliction log of human-smuggling
    events on the US-Mexico border (Tucson, El Paso, Rio Grande Valley sectors).
    Excel "Unicode text" export: UTF-16 with BOM, **tab**-delimited. Dates are
    **month first** as the header says (``Event Date (MM/DD/YYYY)``): ``03/14/2022``,
    unpadded ``3/14/22``, ``March 14, 2022``, military ``14MAR2022``, ISO; partial dates
    ``03/2022``, ``Mar 2022``, ``Q1 2022``. The crime is a charge or statute
    (``8 USC 1324``, ``18 USC 1591``, ``18 USC 1589``, Arizona ``ARS 13-2319``, Texas
    ``TX PC 20.05`` / ``20A.02``); ``TIP Type`` gives the exploitation. Counts with
    thousands commas, ``UNK`` / ``TBD`` placeholders, ``None`` for no arrests; sex
    ``M`` / ``F`` / ``M/F`` / ``U``; ages ``Adult``, ``Juv``, ``UAC``, ``FMUA`` (a family
    unit: mixed); citizenship as names, demonyms, alpha-2 or alpha-3 codes; conveyance
    ``Foot``, ``Load vehicle``, ``POV``, ``Tractor-trailer``, ``Freight train``;
    coordinates in two columns, decimal, GPS degrees-decimal-minutes (``N31 33.419`` /
    ``W111 25.741``) or DMS. An ``AOR / Sector`` column; an empty row, a note row and a
    ``Grand Total`` row.

``snm_darien_s.xlsx`` -- Servicio Nacional de Migración de Panamá (Spanish)
    Register of irregular-migrant groups met in Darién (Bajo Chiquito, the Lajas Blancas
    reception station, the jungle trail), with partly bilingual headers
    (``Fecha / Date``, ``Nacionalidad / Nationality``). Dates are real Excel dates, bare
    **Excel serial numbers** (a column that lost its format), or text (``14/03/2022``,
    ``14-mar-22``, ``14 de marzo de 2022``); partial ``marzo 2022``, ``mar-2022`` and
    quarters in Roman numerals (``I trimestre 2022``). Crime in words or with the law
    (``Trata de personas (Ley 79 de 2011)``). Counts are numbers, sometimes text with a
    thousands comma (Panama writes ``1,204``), ``s/d`` / ``N/D`` placeholders; ages
    ``NNA`` (children), ``Adultos y NNA``; sex ``M`` / ``F`` / ``Mixto``; nationalities as
    Spanish names or demonyms (``venezolana``); coordinates in one cell, decimal or DMS
    with ``O`` (oeste) or ``W``, ``sin GPS``. Re-sent rows at the end.

``sec_interior_s.csv`` -- Spanish Interior Ministry, crime-statistics extraction (SEC)
    Facts known to the Policía Nacional and the Guardia Civil for articles 318 bis
    (smuggling) and 177 bis (trafficking) of the Criminal Code, per province. Legacy
    export: **latin-1**, **pipe** (``|``) delimited, upper-case values. Day-first dates
    (``14/03/2022``, ``14-03-2022``, ``14-mar-2022``, ``14 de marzo de 2022``, database
    timestamps ``2022-03-14 00:00:00``); partial ``03/2022``, ``MARZO 2022``, ``1T 2022``.
    Crime as the article (``318 BIS CP``, ``Art. 177 bis C.P.``) or words (``TSH``,
    ``Favorecimiento de la inmigración ilegal``). Counts with the ``.`` thousands
    separator, ``NO CONSTA``; sex ``HOMBRE`` / ``VARÓN`` / ``MUJER`` / ``AMBOS SEXOS``; age
    ``MENA`` (child); transport ``CAYUCO``, ``PATERA``, ``NEUMÁTICA``, ``SALTO DE VALLA``;
    latitude and longitude with a decimal comma or in DMS with ``º`` and ``''``
    (``28º07'24''N``, ``15º25'55''O``). An empty row, a note row and a total row.

``ho_cfi_s.jsonl`` -- UK Home Office, Immigration Enforcement CFI (English)
    Criminal and Financial Investigation case feed (small boats at Dover, Vietnamese
    trafficking cases), plus cases its international network reports (Calais, Greek
    islands). JSON lines, UTF-8, snake_case keys. Dates ISO, ``14/03/2022``,
    ``14-Mar-2022``, ``14 March 2022``, timestamps ``2022-03-14T09:41:00Z``; partial
    ``2022-03``, ``March 2022``, ``Q1 2022``. Offences ``s.25 Immigration Act 1971``,
    ``MSA 2015 s.2``; NRM exploitation types (``Criminal exploitation (cannabis
    cultivation)``). Counts as JSON numbers or text (``approx 40``, ``3 (2M/1F)``,
    ``NK``), suspects ``nil``; ``UASC`` for children; coordinates as numbers or text with
    a hemisphere letter (``0.12345W``); linked offences as a JSON **array** or a string.
    Re-sent records at the end.

``dcis_filieres_s.csv`` -- French Interior Ministry, DCIS "filières" table (French)
    Compilation of the Direction de la coopération internationale de sécurité: reports
    of the internal-security attachés (ASI Rome, Athènes, Zagreb, Varsovie, Madrid,
    Londres) and of the Coquelles joint centre. cp1252, ``;``. Dates ``14/03/2022``,
    ``14.03.2022``, ``14 mars 2022``, ``lundi 14 mars 2022``, ``14-mars-22``; partial
    ``mars 2022``, ``courant mars 2022``, ``T1 2022``, ``1er trimestre 2022``. Crime as
    ``TEH``, ``Aide à l'entrée et au séjour irréguliers``, ``Art. L.823-1 CESEDA``, or the
    host country's law with words (``art. 12 TUI``, ``art. 264 §3 KK``). Counts with a
    space or no-break space thousands separator, ``NC``, ``env. 40``; suspects ``néant``;
    sex ``H`` / ``F`` / ``H/F``; ``MNA`` for children; nationalities as French demonyms
    (``nigériane`` is Nigeria, not Niger), some mojibake; vector ``PL`` (lorry), ``VL``
    (car), ``small boat``, ``pirogue``, ``barque métallique``; coordinates in one cell,
    nautical degrees and decimal minutes with a decimal comma (``50°57,40'N
    001°51,20'E``) or decimal comma pairs. Re-sent rows at the end, an empty row, a note
    row and a total row.

Placeholders expect no value (counts, suspects, nationality, coordinates) or
``unknown`` (sex, and "not applicable" words for age and transport); zero words
(``None``, ``nil``, ``néant``, ``NINGUNO``) expect ``0`` suspects.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
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

__all__ = ["BLIND17_SOURCES", "Blind17Source", "make_blind17"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind17Source(ExaminerSource):
    """A source of the ``blind17`` set: the shared fields plus the key of its writer.

    Attributes
    ----------
    key : str
        Which of this module's writers renders its rows (``"hidta"``, ``"snm"``,
        ``"sec"``, ``"cfi"``, ``"dcis"``).
    """

    key: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_HIDTA = Blind17Source(
    source="swb_hidta_s",
    filename="swb_hidta_s.csv",
    ref="SWB{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Event No.",
        "event_date": "Event Date (MM/DD/YYYY)",
        "sector": "AOR / Sector",
        "crime_type": "Charge / Statute",
        "exploitation": "TIP Type",
        "n_persons": "# Aliens/Victims",
        "n_suspects": "Smugglers/Traffickers Arrested",
        "gender": "Sex",
        "age_group": "Adult/Juv",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Final Destination",
        "detection_country": "Country of Encounter",
        "transport_mode": "Conveyance",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Related Charges",
    },
    note="NOTE: Preliminary data, subject to change - compiled from partner agency reports",
    total="Grand Total",
    bad_count=("multiple", "several", "see narrative", "group"),
    repeats=False,
    key="hidta",
)
_SNM = Blind17Source(
    source="snm_darien_s",
    filename="snm_darien_s.xlsx",
    ref="SNM-DRN-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de registro",
        "event_date": "Fecha / Date",
        "place": "Lugar",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. migrantes / No. of migrants",
        "n_suspects": "Presuntos traficantes/tratantes aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad / Nationality",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino declarado",
        "detection_country": "País",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares sujetas a verificación - Dirección de Análisis SNM",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo grande", "numerosos"),
    repeats=True,
    key="snm",
)
_SEC = Blind17Source(
    source="sec_interior_s",
    filename="sec_interior_s.csv",
    ref="ATD-{seq:05d}/{year}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Nº ATESTADO",
        "event_date": "FECHA HECHO",
        "force": "CUERPO",
        "province": "PROVINCIA",
        "crime_type": "TIPOLOGÍA PENAL",
        "exploitation": "FINALIDAD EXPLOTACIÓN",
        "n_persons": "Nº VÍCTIMAS/PERSONAS",
        "n_suspects": "DETENIDOS",
        "gender": "SEXO",
        "age_group": "EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS ORIGEN",
        "transit_countries": "PAÍSES TRÁNSITO",
        "destination_country": "PAÍS DESTINO",
        "detection_country": "PAÍS DETECCIÓN",
        "transport_mode": "MEDIO",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "OTROS DELITOS",
    },
    note="Fuente: SEC. Datos provisionales sujetos a revisión",
    total="TOTAL",
    bad_count=("VARIOS", "VER ANEXO", "DECENAS"),
    repeats=False,
    key="sec",
)
_CFI = Blind17Source(
    source="ho_cfi_s",
    filename="ho_cfi_s.jsonl",
    ref="CFI/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "encounter_date",
        "team": "team",
        "place": "location",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_persons",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "route",
        "destination_country": "intended_destination",
        "detection_country": "encounter_country",
        "transport_mode": "method",
        "lat": "lat",
        "lon": "long",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="Total (all cases)",
    bad_count=("multiple", "several", "see notes"),
    repeats=True,
    key="cfi",
)
_DCIS = Blind17Source(
    source="dcis_filieres_s",
    filename="dcis_filieres_s.csv",
    ref="DCIS/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "post": "Poste émetteur",
        "place": "Lieu",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Mis en cause interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "detection_country": "Pays",
        "transport_mode": "Vecteur",
        "coordinates": "Coordonnées",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données non consolidées – diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "cf. PV"),
    repeats=True,
    key="dcis",
)

#: The sources of the ``blind17`` set, in the order their submissions are returned.
BLIND17_SOURCES: tuple[Blind17Source, ...] = (_HIDTA, _SNM, _SEC, _CFI, _DCIS)

_PRIMARY = {
    "USA": _HIDTA.source,
    "PAN": _SNM.source,
    "ESP": _SEC.source,
    "GBR": _CFI.source,
}
_SECONDARY = {
    ("channel", "FRA"): _CFI.source,  # the joint centre's events, in the UK feed too
    ("channel", "GBR"): _DCIS.source,
    ("thb_vnm_gbr", "GBR"): _DCIS.source,
    ("emed", "GRC"): _CFI.source,  # UK liaison officers in Athens
    ("thb_rou_esp", "ITA"): _SEC.source,  # a Spanish investigation's Italian leg
    ("thb_rou_esp", "ESP"): _DCIS.source,
    ("wmed", "ESP"): _DCIS.source,  # relayed by the attaché in Madrid
    ("watl", "ESP"): _DCIS.source,
}

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
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
_ABBR_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ABBR_FR = (  # French Excel's "dd-mmm-yy"
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
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Country names: the first is the usual one.
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "BiH"),
        "BLR": ("Belarus",),
        "CHN": ("China", "PRC"),
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
        "TUR": ("Turkey", "Türkiye"),
        "USA": ("United States", "USA"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam", "Viet Nam"),
        "YEM": ("Yemen",),
    },
    "fr": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albanie",),
        "AUT": ("Autriche",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgarie",),
        "BIH": ("Bosnie-Herzégovine", "Bosnie"),
        "BLR": ("Biélorussie", "Bélarus"),
        "CHN": ("Chine",),
        "CIV": ("Côte d'Ivoire", "Côte d’Ivoire"),
        "CMR": ("Cameroun",),
        "COL": ("Colombie",),
        "DEU": ("Allemagne",),
        "DZA": ("Algérie",),
        "ECU": ("Équateur",),
        "EGY": ("Égypte",),
        "ERI": ("Érythrée",),
        "ESP": ("Espagne",),
        "FRA": ("France",),
        "GBR": ("Royaume-Uni", "R.-U."),
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
        "VEN": ("Venezuela", "Vénézuela"),
        "VNM": ("Vietnam", "Viêt Nam"),
        "YEM": ("Yémen",),
    },
    "es": {
        "AFG": ("Afganistán",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
        "BLR": ("Bielorrusia",),
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
        "GIN": ("Guinea Conakry", "República de Guinea"),
        "GMB": ("Gambia",),
        "GRC": ("Grecia",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croacia",),
        "HTI": ("Haití",),
        "HUN": ("Hungría",),
        "IRN": ("Irán",),
        "IRQ": ("Irak",),
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
        "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
}
# Demonyms (masculine, feminine).
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "ALB": ("Albanian", "Albanian"),
        "BGD": ("Bangladeshi", "Bangladeshi"),
        "CHN": ("Chinese", "Chinese"),
        "CIV": ("Ivorian", "Ivorian"),
        "CMR": ("Cameroonian", "Cameroonian"),
        "COL": ("Colombian", "Colombian"),
        "DZA": ("Algerian", "Algerian"),
        "ECU": ("Ecuadorian", "Ecuadorian"),
        "EGY": ("Egyptian", "Egyptian"),
        "ERI": ("Eritrean", "Eritrean"),
        "GIN": ("Guinean", "Guinean"),
        "GMB": ("Gambian", "Gambian"),
        "GTM": ("Guatemalan", "Guatemalan"),
        "HND": ("Honduran", "Honduran"),
        "HTI": ("Haitian", "Haitian"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "MAR": ("Moroccan", "Moroccan"),
        "MEX": ("Mexican", "Mexican"),
        "MLI": ("Malian", "Malian"),
        "NGA": ("Nigerian", "Nigerian"),
        "PAK": ("Pakistani", "Pakistani"),
        "ROU": ("Romanian", "Romanian"),
        "SEN": ("Senegalese", "Senegalese"),
        "SYR": ("Syrian", "Syrian"),
        "TUN": ("Tunisian", "Tunisian"),
        "TUR": ("Turkish", "Turkish"),
        "VEN": ("Venezuelan", "Venezuelan"),
        "VNM": ("Vietnamese", "Vietnamese"),
        "YEM": ("Yemeni", "Yemeni"),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "ALB": ("albanais", "albanaise"),
        "BGD": ("bangladais", "bangladaise"),
        "CHN": ("chinois", "chinoise"),
        "CIV": ("ivoirien", "ivoirienne"),
        "CMR": ("camerounais", "camerounaise"),
        "COL": ("colombien", "colombienne"),
        "DZA": ("algérien", "algérienne"),
        "ECU": ("équatorien", "équatorienne"),
        "EGY": ("égyptien", "égyptienne"),
        "ERI": ("érythréen", "érythréenne"),
        "GIN": ("guinéen", "guinéenne"),
        "GMB": ("gambien", "gambienne"),
        "GTM": ("guatémaltèque", "guatémaltèque"),
        "HND": ("hondurien", "hondurienne"),
        "HTI": ("haïtien", "haïtienne"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "MAR": ("marocain", "marocaine"),
        "MEX": ("mexicain", "mexicaine"),
        "MLI": ("malien", "malienne"),
        "NGA": ("nigérian", "nigériane"),
        "PAK": ("pakistanais", "pakistanaise"),
        "ROU": ("roumain", "roumaine"),
        "SEN": ("sénégalais", "sénégalaise"),
        "SYR": ("syrien", "syrienne"),
        "TUN": ("tunisien", "tunisienne"),
        "TUR": ("turc", "turque"),
        "VEN": ("vénézuélien", "vénézuélienne"),
        "VNM": ("vietnamien", "vietnamienne"),
        "YEM": ("yéménite", "yéménite"),
    },
    "es": {
        "AFG": ("afgano", "afgana"),
        "ALB": ("albanés", "albanesa"),
        "BGD": ("bangladesí", "bangladesí"),
        "CHN": ("chino", "china"),
        "CIV": ("marfileño", "marfileña"),
        "CMR": ("camerunés", "camerunesa"),
        "COL": ("colombiano", "colombiana"),
        "DZA": ("argelino", "argelina"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "EGY": ("egipcio", "egipcia"),
        "ERI": ("eritreo", "eritrea"),
        "GIN": ("guineano (Conakry)", "guineana (Conakry)"),
        "GMB": ("gambiano", "gambiana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "HTI": ("haitiano", "haitiana"),
        "IRN": ("iraní", "iraní"),
        "IRQ": ("iraquí", "iraquí"),
        "MAR": ("marroquí", "marroquí"),
        "MEX": ("mexicano", "mexicana"),
        "MLI": ("maliense", "maliense"),
        "NGA": ("nigeriano", "nigeriana"),
        "PAK": ("pakistaní", "pakistaní"),
        "ROU": ("rumano", "rumana"),
        "SEN": ("senegalés", "senegalesa"),
        "SYR": ("sirio", "siria"),
        "TUN": ("tunecino", "tunecina"),
        "TUR": ("turco", "turca"),
        "VEN": ("venezolano", "venezolana"),
        "VNM": ("vietnamita", "vietnamita"),
        "YEM": ("yemení", "yemení"),
    },
}

# Linked offences by language: the first is the usual wording.
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("Document fraud", "False documents", "Fraudulent docs"),
        "corruption": ("Bribery", "Corruption", "Official corruption"),
        "money_laundering": ("Money laundering", "Laundering of proceeds"),
        "illicit_goods": ("Narcotics", "Drugs", "Contraband"),
        "cybercrime": ("Cybercrime", "Cyber-enabled crime"),
        "terrorism": ("Terrorism",),
    },
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia", "delito informático"),
        "terrorism": ("terrorismo",),
    },
}
_LINKED_SNM = {  # Panama's penal-code wording
    "document_fraud": ("falsificación de documentos",),
    "corruption": ("corrupción de servidores públicos",),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("contrabando", "tráfico de drogas"),
    "cybercrime": ("delitos informáticos",),
    "terrorism": ("terrorismo",),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, options: Sequence[tuple[str, float]]) -> str:
    """Draw one option of ``(text, weight)`` pairs by weight."""
    total = sum(w for _, w in options)
    r = rng.random() * total
    for text, w in options:
        r -= w
        if r < 0:
            return text
    return options[-1][0]


def _vary(rng: _Rng, options: Sequence[str], main: float = 0.6) -> str:
    """Return the first option with probability ``main``, else any one of them."""
    if rng.random() < main:
        return options[0]
    return choice(rng, list(options))


def _fold(text: str, src: ExaminerSource) -> str:
    """Return ``text`` as the source's file can hold it (accents dropped if need be)."""
    if fits(text, src):
        return text
    for bad, good in (("–", "-"), ("’", "'"), ("→", ">"), ("ł", "l"), ("Ł", "L")):
        text = text.replace(bad, good)
    if fits(text, src):
        return text
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain


def _thousands(n: int, sep: str) -> str:
    """``1204`` -> ``1,204`` with ``sep`` as the thousands separator."""
    return f"{n:,}".replace(",", sep)


def _name(lang: str, code: str) -> tuple[str, ...]:
    """Names of a country in a language; the ISO code if the table lacks it."""
    return _NAMES[lang].get(code, (code,))


def _demonym(lang: str, code: str, female: bool) -> str | None:
    """Demonym of a nationality (feminine if ``female``), or None if not in the table."""
    pair = _DEMONYMS[lang].get(code)
    if pair is None:
        return None
    return pair[1] if female else pair[0]


def _ddm(x: float, nd: int) -> tuple[int, str, float]:
    """Degrees and decimal minutes of ``|x|``: (degrees, minutes text, signed value)."""
    scale = 10**nd
    units = round(abs(x) * 60 * scale)
    deg, rem = divmod(units, 60 * scale)
    minutes = rem / scale
    text = f"{minutes:0{3 + nd if nd else 2}.{nd}f}"
    value = deg + minutes / 60
    return deg, text, value if x >= 0 else -value


def _dms(x: float, nd: int) -> tuple[int, int, str, float]:
    """Degrees, minutes, seconds of ``|x|``: (deg, min, seconds text, signed value)."""
    scale = 10**nd
    units = round(abs(x) * 3600 * scale)
    deg, rem = divmod(units, 3600 * scale)
    mins, srem = divmod(rem, 60 * scale)
    secs = srem / scale
    text = f"{secs:0{3 + nd if nd else 2}.{nd}f}"
    value = deg + mins / 60 + secs / 3600
    return deg, mins, text, value if x >= 0 else -value


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _future(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """Return the date ``years`` later (a slipped digit); 28 February for a 29th."""
    day = 28 if (ts.month == 2 and ts.day == 29) else ts.day
    return pd.Timestamp(year=ts.year + years, month=ts.month, day=day)


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return an impossible (month, day): 29-31 February or the 31st of a short month."""
    kind = int(rng.integers(3))
    if kind == 0 and not _is_leap(ts.year):
        return 2, 29
    if kind == 1:
        return 2, 30 + int(rng.integers(2))
    return int(choice(rng, ("4", "6", "9", "11"))), 31


# --------------------------------------------------------------------------------------
# One row being written
# --------------------------------------------------------------------------------------
_FIELDS = (
    "event_date",
    "date_precision",
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


class _Row:
    """Cells, expected clean values and tags of one row as it is written."""

    def __init__(self, src: Blind17Source, ev: dict[str, object]) -> None:
        self.src = src
        self.ev = ev
        self.ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {f: ev.get(f) for f in _FIELDS}
        self.exp["event_date"] = self.ts
        self.exp["date_precision"] = "day"
        self._tags: list[tuple[str, str]] = []

    # -- reading the event ------------------------------------------------------------
    def text(self, key: str) -> str | None:
        value = self.ev.get(key)
        return None if value is None else str(value)

    def code(self, key: str) -> str:
        return str(self.ev[key])

    def number(self, key: str) -> int:
        return int(self.ev[key])  # type: ignore[call-overload]

    def real(self, key: str) -> float | None:
        value = self.ev.get(key)
        return None if value is None else float(value)  # type: ignore[arg-type]

    @property
    def female(self) -> bool:
        return self.ev.get("gender") == "female"

    @property
    def hotspot(self) -> str:
        return str(self.ev.get("hotspot") or "")

    # -- writing ----------------------------------------------------------------------
    def put(self, col: str, value: object) -> None:
        self.cells[col] = _fold(value, self.src) if isinstance(value, str) else value

    def tag(self, field: str, name: str) -> None:
        self._tags.append((field, name))

    def tags(self) -> list[str]:
        return [t for _, t in self._tags]

    def blank(self, field: str) -> None:
        """Leave ``field`` blank, as a second report may (tag ``blank_<field>``)."""
        self._tags = [(f, t) for f, t in self._tags if f != field]
        if field == "coordinates":
            for col in ("lat", "lon", "coordinates"):
                if col in self.src.headers:
                    self.cells[col] = None
            self.exp["lat"] = None
            self.exp["lon"] = None
        else:
            self.cells[field] = None
            self.exp[field] = "unknown" if field == "gender" else None
        self.tag(field, f"blank_{field}")

    def date(
        self,
        rng: _Rng,
        partial_ok: bool,
        p_month: float,
        p_quarter: float,
        day: Callable[[pd.Timestamp, _Rng], object],
        month: Callable[[pd.Timestamp, _Rng], object],
        quarter: Callable[[pd.Timestamp, _Rng], object],
    ) -> None:
        """Write the date: the day, or (if allowed) only its month or quarter."""
        r = rng.random()
        ts = self.ts
        if partial_ok and r < p_month:
            self.put("event_date", month(ts, rng))
            self.exp["event_date"] = ts.to_period("M").start_time
            self.exp["date_precision"] = "month"
            self.tag("date", "partial_month")
        elif partial_ok and r < p_month + p_quarter:
            self.put("event_date", quarter(ts, rng))
            self.exp["event_date"] = ts.to_period("Q").start_time
            self.exp["date_precision"] = "quarter"
            self.tag("date", "partial_quarter")
        else:
            self.put("event_date", day(ts, rng))

    def count(
        self,
        rng: _Rng,
        write: Callable[[int, _Rng], str | int],
        p_unknown: float,
        unknown: Sequence[str],
    ) -> None:
        """Write the count of persons, or a 'not known' placeholder."""
        if rng.random() < p_unknown:
            self.put("n_persons", choice(rng, list(unknown)))
            self.exp["n_persons"] = None
            self.tag("n_persons", "count_placeholder")
        else:
            self.put("n_persons", write(self.number("n_persons"), rng))

    def suspects(
        self,
        rng: _Rng,
        zero: Sequence[str],
        p_zero_word: float,
        unknown: Sequence[str],
        p_unknown: float,
        *,
        as_int: bool = False,
    ) -> None:
        """Write the count of suspects: a zero word, a placeholder or the number."""
        n = self.number("n_suspects")
        r = rng.random()
        if r < p_unknown:
            self.put("n_suspects", choice(rng, list(unknown)))
            self.exp["n_suspects"] = None
            self.tag("n_suspects", "suspects_placeholder")
        elif n == 0 and r < p_unknown + p_zero_word:
            self.put("n_suspects", choice(rng, list(zero)))
            self.tag("n_suspects", "zero_word")
        else:
            self.put("n_suspects", n if as_int else str(n))

    def unknown_gender(self, word: str) -> None:
        self.put("gender", word)
        self.exp["gender"] = "unknown"
        self.tag("gender", "blank_gender")

    def na_word(self, col: str, word: str) -> None:
        self.put(col, word)
        self.exp[col] = "unknown"
        self.tag(col, "na_word")

    def no_nationality(self, word: str) -> None:
        self.put("nationality", word)
        self.exp["nationality"] = None
        self.tag("nationality", "blank_nationality")

    def no_coordinates(self, word: str | None) -> None:
        for col in ("lat", "lon", "coordinates"):
            if col in self.src.headers:
                self.cells[col] = word
        self.exp["lat"] = None
        self.exp["lon"] = None
        self.tag("coordinates", "coords_missing" if word is None else "coords_placeholder")

    def coords(self, lat: float, lon: float) -> None:
        self.exp["lat"] = lat
        self.exp["lon"] = lon

    def offences(
        self, words: dict[str, tuple[str, ...]], rng: _Rng, sep: str, none: Sequence[str | None]
    ) -> list[str]:
        """Write the linked offences joined by ``sep`` (or a 'none' word); return the words."""
        linked = self.text("linked_offences")
        if linked is None:
            self.put("linked_offences", choice(rng, [w or "" for w in none]) or None)
            return []
        parts = [_vary(rng, words[o], 0.7) for o in linked.split("|")]
        self.put("linked_offences", sep.join(parts))
        return parts


def _transit_codes(row: _Row) -> list[str]:
    t = row.text("transit_countries")
    return [] if t is None else t.split("|")


# --------------------------------------------------------------------------------------
# Southwest Border HIDTA (US, English, UTF-16, tab)
# --------------------------------------------------------------------------------------
_HIDTA_AOR = {
    "Rio Grande Valley": ("RGV Sector", "Rio Grande Valley Sector"),
    "Nogales (Sonora/Arizona)": ("Tucson Sector - Nogales", "Nogales AOR"),
    "El Paso": ("El Paso Sector",),
    "Sasabe": ("Tucson Sector - Sasabe",),
}
_ARIZONA = ("Nogales (Sonora/Arizona)", "Sasabe")
_TEXAS = ("Rio Grande Valley", "El Paso")
_US_CITIES = ("Houston, TX", "Phoenix, AZ", "Atlanta, GA", "New York, NY", "Dallas, TX")


def _hidta_day(ts: pd.Timestamp, rng: _Rng) -> str:
    style = _pick(
        rng,
        (
            ("us", 0.55),
            ("nopad", 0.15),
            ("short", 0.1),
            ("long", 0.08),
            ("mil", 0.06),
            ("iso", 0.06),
        ),
    )
    if style == "us":
        return f"{ts.month:02d}/{ts.day:02d}/{ts.year}"
    if style == "nopad":
        return f"{ts.month}/{ts.day}/{ts.year}"
    if style == "short":
        return f"{ts.month}/{ts.day}/{ts.year % 100:02d}"
    if style == "long":
        return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}"
    if style == "mil":
        return f"{ts.day:02d}{MONTHS[ts.month - 1][:3].upper()}{ts.year}"
    return ts.strftime("%Y-%m-%d")


def _hidta_month(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(
        rng,
        (
            f"{ts.month:02d}/{ts.year}",
            f"{MONTHS[ts.month - 1][:3]} {ts.year}",
            f"{MONTHS[ts.month - 1]} {ts.year}",
        ),
    )


def _hidta_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(rng, (f"Q{ts.quarter} {ts.year}", f"CY{ts.year} Q{ts.quarter}"))


def _hidta_crime(row: _Row, rng: _Rng) -> str:
    crime = row.code("crime_type")
    expl = row.text("exploitation")
    spot = row.hotspot
    if crime == "smuggling":
        opts = [
            ("8 USC 1324", 0.3),
            ("Alien smuggling", 0.2),
            ("Human smuggling", 0.15),
            ("8 U.S.C. § 1324(a)(1)(A)(ii)", 0.1),
            ("Harboring/transporting (8 USC 1324)", 0.05),
        ]
        if spot in _ARIZONA:
            opts.append(("ARS 13-2319 (smuggling)", 0.2))
        if spot in _TEXAS:
            opts.append(("TX PC 20.05 Smuggling of Persons", 0.2))
        return _pick(rng, opts)
    if crime == "trafficking":
        opts = [("Human trafficking", 0.3), ("Trafficking in persons", 0.2)]
        if expl == "sexual":
            opts.append(("18 USC 1591", 0.3))
        if expl == "forced_labour":
            opts.append(("18 USC 1589 (forced labor)", 0.3))
        if spot in _TEXAS:
            opts.append(("TX PC 20A.02 Trafficking of Persons", 0.15))
        return _pick(rng, opts)
    return _pick(
        rng,
        (
            ("8 USC 1324 / human trafficking", 0.4),
            ("Alien smuggling & human trafficking", 0.3),
            (
                "Smuggling + trafficking (8 USC 1324, 18 USC 1591)"
                if expl == "sexual"
                else "Smuggling + trafficking",
                0.3,
            ),
        ),
    )


_HIDTA_EXPL = {
    "sexual": ("Sex trafficking", "Commercial sex", "Sex"),
    "forced_labour": ("Labor trafficking", "Forced labor", "Labor"),
    "forced_criminality": ("Forced criminal activity", "Forced criminality"),
    "organ_removal": ("Organ removal",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other", "Other (see narrative)"),
}


def _hidta_coords(row: _Row, rng: _Rng) -> None:
    lat, lon = row.real("lat"), row.real("lon")
    r = rng.random()
    if lat is None or lon is None or r < 0.025:
        row.no_coordinates(None)
        return
    if r < 0.04:
        row.no_coordinates("UNK")
        return
    if r < 0.19:
        d1, m1, v1 = _ddm(lat, 3)
        d2, m2, v2 = _ddm(lon, 3)
        row.put("lat", f"{'N' if lat >= 0 else 'S'}{d1} {m1}")
        row.put("lon", f"{'E' if lon >= 0 else 'W'}{d2} {m2}")
        row.coords(v1, v2)
        row.tag("coordinates", "gps_ddm")
    elif r < 0.28:
        d1, n1, s1, v1 = _dms(lat, 1)
        d2, n2, s2, v2 = _dms(lon, 1)
        row.put("lat", f"{d1}°{n1:02d}'{s1}\"{'N' if lat >= 0 else 'S'}")
        row.put("lon", f"{d2}°{n2:02d}'{s2}\"{'E' if lon >= 0 else 'W'}")
        row.coords(v1, v2)
        row.tag("coordinates", "dms")
    else:
        nd = 5 if rng.random() < 0.7 else 4
        row.put("lat", f"{round(lat, nd):.{nd}f}")
        row.put("lon", f"{round(lon, nd):.{nd}f}")
        row.coords(round(lat, nd), round(lon, nd))


def _hidta_country(rng: _Rng, code: str, female: bool, *, demonym: bool) -> str:
    a2, _ = iso_codes(code)
    opts: list[tuple[str, float]] = [(_name("en", code)[0], 0.45), (code, 0.15), (a2, 0.1)]
    dem = _demonym("en", code, female)
    if demonym and dem is not None:
        opts.append((dem, 0.3))
    return _pick(rng, opts)


def _render_hidta(row: _Row, rng: _Rng, partial_ok: bool) -> None:
    row.date(rng, partial_ok, 0.02, 0.012, _hidta_day, _hidta_month, _hidta_quarter)
    row.put("sector", _vary(rng, _HIDTA_AOR.get(row.hotspot, ("Southwest Border",))))
    crime = _hidta_crime(row, rng)
    row.put("crime_type", crime)
    if any(ch.isdigit() for ch in crime):
        row.tag("crime", "legal_ref")
    expl = row.text("exploitation")
    row.put("exploitation", None if expl is None else _vary(rng, _HIDTA_EXPL[expl], 0.5))
    if expl is None and rng.random() < 0.3:
        row.put("exploitation", "N/A")

    def persons(n: int, rng: _Rng) -> str:
        if n >= 1000:
            return _thousands(n, ",") if rng.random() < 0.8 else str(n)
        if n >= 10 and rng.random() < 0.015:
            row.tag("n_persons", "approx_count")
            return f"approx. {n}"
        return str(n)

    row.count(rng, persons, 0.015, ("UNK", "Unknown", "TBD"))
    row.suspects(rng, ("None", "NONE", "No arrests"), 0.35, ("UNK",), 0.015)
    gender = row.code("gender")
    if rng.random() < 0.012:
        row.unknown_gender(choice(rng, ("U", "UNK")))
    else:
        row.put(
            "gender",
            _vary(
                rng,
                {
                    "male": ("M", "Male", "MALE"),
                    "female": ("F", "Female"),
                    "mixed": ("M/F", "Mixed", "Both"),
                }[gender],
                0.65,
            ),
        )
    age = row.code("age_group")
    if rng.random() < 0.01:
        row.na_word("age_group", "N/A")
    else:
        words = {
            "adult": ("Adult", "Adults", "Single adults"),
            "child": ("Juvenile", "Juv", "UAC", "Minor"),
            "mixed": ("Adults & juveniles", "Adult/Juv", "FMUA", "Mixed"),
        }[age]
        row.put("age_group", _vary(rng, words, 0.5))
    if rng.random() < 0.01:
        row.no_nationality(choice(rng, ("UNK", "Unknown")))
    else:
        row.put(
            "nationality", _hidta_country(rng, row.code("nationality"), row.female, demonym=True)
        )
    row.put("origin_country", _hidta_country(rng, row.code("origin_country"), False, demonym=False))
    transit = _transit_codes(row)
    if not transit:
        row.put("transit_countries", choice(rng, ("", "Direct", "None")) or None)
    else:
        style = int(rng.integers(3))
        if style == 0:
            row.put("transit_countries", ", ".join(_name("en", c)[0] for c in transit))
        elif style == 1:
            row.put("transit_countries", "/".join(iso_codes(c)[0] for c in transit))
        else:
            row.put("transit_countries", " > ".join(transit))
    dest = row.code("destination_country")
    if dest == "USA" and rng.random() < 0.12:
        row.put("destination_country", choice(rng, _US_CITIES))
        row.tag("destination", "city_destination")
    elif dest == "USA":
        row.put("destination_country", _vary(rng, ("USA", "US", "United States", "Interior US")))
    else:
        row.put("destination_country", _hidta_country(rng, dest, False, demonym=False))
    det = row.code("detection_country")
    row.put(
        "detection_country",
        _vary(rng, ("US", "USA", "United States", "U.S.")) if det == "USA" else _name("en", det)[0],
    )
    mode = row.code("transport_mode")
    if rng.random() < 0.008:
        row.na_word("transport_mode", "N/A")
    else:
        words = {
            "land": (
                "Foot",
                "On foot",
                "Pedestrian",
                "Load vehicle",
                "Vehicle",
                "POV",
                "Tractor-trailer",
                "Freight train",
                "Bus",
            ),
            "sea": ("Vessel", "Boat", "Maritime"),
            "air": ("Air", "Commercial flight"),
        }[mode]
        row.put("transport_mode", _vary(rng, words, 0.35))
    _hidta_coords(row, rng)
    row.offences(
        {
            **_LINKED["en"],
            "document_fraud": ("Fraudulent docs (18 USC 1546)", "Document fraud"),
            "money_laundering": ("Money laundering (18 USC 1956)", "Money laundering"),
        },
        rng,
        "; ",
        (None, None, "None"),
    )


# --------------------------------------------------------------------------------------
# Servicio Nacional de Migración, Panamá (Spanish, XLSX)
# --------------------------------------------------------------------------------------
_SNM_PLACE = {
    "Darién gap": ("Selva del Darién", "Trocha - Darién"),
    "Bajo Chiquito": ("Bajo Chiquito",),
    "Lajas Blancas": ("ERM Lajas Blancas", "Lajas Blancas"),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_ROMAN = ("I", "II", "III", "IV")


def _snm_day(ts: pd.Timestamp, rng: _Rng) -> object:
    style = _pick(
        rng,
        (
            ("excel", 0.6),
            ("serial", 0.15),
            ("slash", 0.1),
            ("abbr", 0.05),
            ("long", 0.05),
            ("iso", 0.05),
        ),
    )
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts - _EXCEL_EPOCH).days)
    if style == "slash":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "abbr":
        return f"{ts.day:02d}-{_ABBR_ES[ts.month - 1]}-{ts.year % 100:02d}"
    if style == "long":
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _snm_month(ts: pd.Timestamp, rng: _Rng) -> object:
    return choice(
        rng,
        (
            f"{_MONTHS_ES[ts.month - 1]} {ts.year}",
            f"{_ABBR_ES[ts.month - 1]}-{ts.year}",
            f"{_MONTHS_ES[ts.month - 1].capitalize()} de {ts.year}",
        ),
    )


def _snm_quarter(ts: pd.Timestamp, rng: _Rng) -> object:
    q = ts.quarter
    return choice(
        rng,
        (
            f"{_ROMAN[q - 1]} trimestre {ts.year}",
            f"T{q}-{ts.year}",
            f"{_ROMAN[q - 1]} Trimestre {ts.year}",
        ),
    )


def _snm_crime(row: _Row, rng: _Rng) -> str:
    crime = row.code("crime_type")
    if crime == "smuggling":
        return _vary(
            rng,
            (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "TRÁFICO ILÍCITO DE MIGRANTES",
            ),
            0.6,
        )
    if crime == "trafficking":
        return _vary(
            rng,
            ("Trata de personas", "Trata de personas (Ley 79 de 2011)", "TRATA DE PERSONAS"),
            0.55,
        )
    return _vary(
        rng,
        (
            "Tráfico ilícito de migrantes y trata de personas",
            "Trata de personas / tráfico de migrantes",
        ),
        0.6,
    )


_SNM_EXPL = {
    "sexual": ("Explotación sexual", "Explotación sexual comercial"),
    "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
    "forced_criminality": ("Obligación a cometer delitos", "Criminalidad forzada"),
    "organ_removal": ("Extracción de órganos",),
    "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
    "other": ("Otra", "Otros fines"),
}


def _snm_country(rng: _Rng, code: str, female: bool, *, demonym: bool) -> str:
    names = _name("es", code)
    opts: list[tuple[str, float]] = [(names[0], 0.35), (names[0].upper(), 0.2), (code, 0.05)]
    if len(names) > 1:
        opts.append((names[1], 0.1))
    dem = _demonym("es", code, female)
    if demonym and dem is not None:
        opts += [(dem, 0.25), (dem.capitalize(), 0.1)]
    return _pick(rng, opts)


def _snm_coords(row: _Row, rng: _Rng) -> None:
    lat, lon = row.real("lat"), row.real("lon")
    r = rng.random()
    if lat is None or lon is None or r < 0.03:
        row.no_coordinates(None)
        return
    if r < 0.06:
        row.no_coordinates(choice(rng, ("sin GPS", "N/D")))
        return
    if r < 0.36:
        nd = 0 if rng.random() < 0.5 else 1
        d1, n1, s1, v1 = _dms(lat, nd)
        d2, n2, s2, v2 = _dms(lon, nd)
        west = "O" if rng.random() < 0.6 else "W"
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else west
        row.put("coordinates", f"{d1}°{n1:02d}'{s1}\"{ns} {d2}°{n2:02d}'{s2}\"{ew}")
        row.coords(v1, v2)
        row.tag("coordinates", "dms")
    else:
        nd = 5 if rng.random() < 0.6 else 4
        sep = ", " if rng.random() < 0.8 else " / "
        row.put("coordinates", f"{round(lat, nd):.{nd}f}{sep}{round(lon, nd):.{nd}f}")
        row.coords(round(lat, nd), round(lon, nd))


def _render_snm(row: _Row, rng: _Rng, partial_ok: bool) -> None:
    row.date(rng, partial_ok, 0.03, 0.012, _snm_day, _snm_month, _snm_quarter)
    cell = row.cells["event_date"]
    if isinstance(cell, int):
        row.tag("date", "excel_serial")
    row.put("place", _vary(rng, _SNM_PLACE.get(row.hotspot, ("Darién",))))
    row.put("crime_type", _snm_crime(row, rng))
    expl = row.text("exploitation")
    if expl is None:
        row.put("exploitation", choice(rng, ("", "", "No aplica", "N/A")) or None)
    else:
        row.put("exploitation", _vary(rng, _SNM_EXPL[expl]))

    def persons(n: int, rng: _Rng) -> str | int:
        if n >= 1000 and rng.random() < 0.3:
            row.tag("n_persons", "thousands_text")
            return _thousands(n, ",")
        if n >= 10 and rng.random() < 0.015:
            row.tag("n_persons", "approx_count")
            return f"aprox. {n}"
        return n

    row.count(rng, persons, 0.015, ("s/d", "N/D", "por determinar"))
    row.suspects(rng, ("ninguno", "Ninguno"), 0.3, ("s/d", "N/D"), 0.015, as_int=True)
    if rng.random() < 0.012:
        row.unknown_gender(choice(rng, ("N/D", "sin dato")))
    else:
        row.put(
            "gender",
            _vary(
                rng,
                {
                    "male": ("M", "Masculino", "Hombres"),
                    "female": ("F", "Femenino", "Mujeres"),
                    "mixed": ("Mixto", "M y F", "Ambos sexos"),
                }[row.code("gender")],
                0.55,
            ),
        )
    if rng.random() < 0.01:
        row.na_word("age_group", "No aplica")
    else:
        row.put(
            "age_group",
            _vary(
                rng,
                {
                    "adult": ("Adultos", "Mayores de edad", "Adulto"),
                    "child": ("NNA", "Menores de edad", "Menores"),
                    "mixed": ("Adultos y NNA", "Mixto", "Grupo familiar (adultos y NNA)"),
                }[row.code("age_group")],
                0.55,
            ),
        )
    if rng.random() < 0.01:
        row.no_nationality(choice(rng, ("Sin documentos - por determinar", "N/D")))
    else:
        row.put("nationality", _snm_country(rng, row.code("nationality"), row.female, demonym=True))
    row.put("origin_country", _snm_country(rng, row.code("origin_country"), False, demonym=False))
    transit = _transit_codes(row)
    if not transit:
        row.put("transit_countries", None)
    else:
        style = int(rng.integers(3))
        if style == 0:
            row.put("transit_countries", ", ".join(_name("es", c)[0] for c in transit))
        elif style == 1:
            row.put("transit_countries", " - ".join(_name("es", c)[0].upper() for c in transit))
        else:
            row.put("transit_countries", "/".join(transit))
    dest = row.code("destination_country")
    if dest == "USA":
        row.put("destination_country", _vary(rng, ("Estados Unidos", "EE.UU.", "EEUU", "USA")))
    else:
        row.put("destination_country", _snm_country(rng, dest, False, demonym=False))
    det = row.code("detection_country")
    row.put(
        "detection_country",
        _vary(rng, ("Panamá", "PANAMÁ", "PANAMA", "PA")) if det == "PAN" else _name("es", det)[0],
    )
    mode = row.code("transport_mode")
    if rng.random() < 0.008:
        row.na_word("transport_mode", "No aplica")
    else:
        row.put(
            "transport_mode",
            _vary(
                rng,
                {
                    "land": ("A pie", "Caminando", "Terrestre", "Por trocha (a pie)"),
                    "sea": ("Lancha", "Marítimo", "Embarcación"),
                    "air": ("Aéreo", "Vuelo comercial"),
                }[mode],
                0.5,
            ),
        )
    _snm_coords(row, rng)
    row.offences(_LINKED_SNM, rng, ", ", (None, None, "Ninguno"))


# --------------------------------------------------------------------------------------
# Spanish Interior Ministry, SEC extraction (Spanish, latin-1, pipe)
# --------------------------------------------------------------------------------------
_SEC_PROVINCE = {
    "Gran Canaria": "LAS PALMAS",
    "Lanzarote": "LAS PALMAS",
    "Tenerife": "S.C. TENERIFE",
    "El Hierro": "S.C. TENERIFE",
    "Almería": "ALMERÍA",
    "Almería (El Ejido)": "ALMERÍA",
    "Huelva": "HUELVA",
    "Ceuta": "CEUTA",
    "Melilla": "MELILLA",
    "Latina (Agro Pontino)": "EXTRANJERO (ITALIA)",
}


def _sec_day(ts: pd.Timestamp, rng: _Rng) -> str:
    style = _pick(
        rng,
        (
            ("slash", 0.5),
            ("dash", 0.1),
            ("short", 0.1),
            ("abbr", 0.1),
            ("long", 0.1),
            ("stamp", 0.1),
        ),
    )
    if style == "slash":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "dash":
        return f"{ts.day:02d}-{ts.month:02d}-{ts.year}"
    if style == "short":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
    if style == "abbr":
        return f"{ts.day:02d}-{_ABBR_ES[ts.month - 1]}-{ts.year}"
    if style == "long":
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}"
    return ts.strftime("%Y-%m-%d 00:00:00")


def _sec_month(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(
        rng,
        (
            f"{ts.month:02d}/{ts.year}",
            f"{_MONTHS_ES[ts.month - 1].upper()} {ts.year}",
            f"{_MONTHS_ES[ts.month - 1]} de {ts.year}",
        ),
    )


def _sec_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    q = ts.quarter
    return choice(
        rng,
        (
            f"{q}T {ts.year}",
            f"{q}er trimestre {ts.year}" if q in (1, 3) else f"{q}º trimestre {ts.year}",
            f"T{q}/{ts.year}",
        ),
    )


def _sec_crime(row: _Row, rng: _Rng) -> str:
    crime = row.code("crime_type")
    if crime == "smuggling":
        return _pick(
            rng,
            (
                ("318 BIS CP", 0.25),
                ("Art. 318 bis C.P.", 0.2),
                ("DELITO CONTRA LOS DERECHOS DE LOS CIUDADANOS EXTRANJEROS", 0.15),
                ("FAVORECIMIENTO DE LA INMIGRACIÓN ILEGAL", 0.2),
                ("Inmigración ilegal (art. 318 bis)", 0.2),
            ),
        )
    if crime == "trafficking":
        return _pick(
            rng,
            (
                ("177 BIS CP", 0.25),
                ("Art. 177 bis C.P.", 0.2),
                ("TRATA DE SERES HUMANOS", 0.3),
                ("TSH (177 bis)", 0.1),
                ("Trata de seres humanos (art. 177 bis CP)", 0.15),
            ),
        )
    return _pick(
        rng,
        (
            ("177 BIS Y 318 BIS CP", 0.4),
            ("TRATA DE SERES HUMANOS + 318 BIS", 0.3),
            ("TSH / FAVORECIMIENTO INMIGRACIÓN ILEGAL", 0.3),
        ),
    )


_SEC_EXPL = {
    "sexual": ("EXPLOTACIÓN SEXUAL", "SEXUAL"),
    "forced_labour": ("EXPLOTACIÓN LABORAL", "LABORAL", "TRABAJOS FORZADOS"),
    "forced_criminality": ("ACTIVIDADES DELICTIVAS", "COMISIÓN DE DELITOS"),
    "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
    "forced_marriage": ("MATRIMONIO FORZADO",),
    "other": ("OTRAS",),
}


def _sec_country(rng: _Rng, code: str, female: bool, *, demonym: bool) -> str:
    names = _name("es", code)
    opts: list[tuple[str, float]] = [(names[0].upper(), 0.6), (names[0], 0.1), (code, 0.05)]
    if len(names) > 1:
        opts.append((names[1].upper(), 0.1))
    dem = _demonym("es", code, female)
    if demonym and dem is not None:
        opts.append((dem.upper() if rng.random() < 0.5 else dem, 0.2))
    return _pick(rng, opts)


def _sec_coords(row: _Row, rng: _Rng) -> None:
    lat, lon = row.real("lat"), row.real("lon")
    r = rng.random()
    if lat is None or lon is None or r < 0.03:
        row.no_coordinates(None)
        return
    if r < 0.045:
        row.no_coordinates("SIN COORDENADAS")
        return
    if r < 0.2:
        d1, n1, s1, v1 = _dms(lat, 0)
        d2, n2, s2, v2 = _dms(lon, 0)
        row.put("lat", f"{d1}º{n1:02d}'{s1}''{'N' if lat >= 0 else 'S'}")
        row.put("lon", f"{d2}º{n2:02d}'{s2}''{'E' if lon >= 0 else 'O'}")
        row.coords(v1, v2)
        row.tag("coordinates", "dms")
    elif r < 0.28:
        row.put("lat", f"{lat:.5f}")
        row.put("lon", f"{lon:.5f}")
        row.coords(round(lat, 5), round(lon, 5))
    else:
        nd = 5 if rng.random() < 0.5 else 6
        row.put("lat", f"{round(lat, nd):.{nd}f}".replace(".", ","))
        row.put("lon", f"{round(lon, nd):.{nd}f}".replace(".", ","))
        row.coords(round(lat, nd), round(lon, nd))
        row.tag("coordinates", "decimal_comma")


def _render_sec(row: _Row, rng: _Rng, partial_ok: bool) -> None:
    row.date(rng, partial_ok, 0.03, 0.015, _sec_day, _sec_month, _sec_quarter)
    mode = row.code("transport_mode")
    row.put(
        "force",
        _pick(rng, (("GC", 0.6), ("CNP", 0.4)))
        if mode == "sea"
        else _pick(rng, (("CNP", 0.7), ("GC", 0.3))),
    )
    row.put("province", _SEC_PROVINCE.get(row.hotspot, row.hotspot.upper()))
    crime = _sec_crime(row, rng)
    row.put("crime_type", crime)
    if "318" in crime or "177" in crime:
        row.tag("crime", "legal_ref")
    expl = row.text("exploitation")
    if expl is None:
        row.put("exploitation", choice(rng, ("", "NO PROCEDE")) or None)
    else:
        row.put("exploitation", _vary(rng, _SEC_EXPL[expl]))

    def persons(n: int, rng: _Rng) -> str:
        if n >= 1000:
            row.tag("n_persons", "thousands_dot")
            return _thousands(n, ".") if rng.random() < 0.8 else str(n)
        if n >= 10 and rng.random() < 0.015:
            row.tag("n_persons", "approx_count")
            return f"aprox. {n}"
        return str(n)

    row.count(rng, persons, 0.015, ("NO CONSTA", "S/D"))
    row.suspects(rng, ("NINGUNO", "SIN DETENIDOS"), 0.35, ("NO CONSTA",), 0.015)
    if rng.random() < 0.012:
        row.unknown_gender("NO CONSTA")
    else:
        row.put(
            "gender",
            _vary(
                rng,
                {
                    "male": ("HOMBRE", "VARÓN", "V", "H"),
                    "female": ("MUJER", "Mujer", "FEM."),
                    "mixed": ("AMBOS SEXOS", "AMBOS", "MIXTO", "H/M"),
                }[row.code("gender")],
                0.55,
            ),
        )
    if rng.random() < 0.01:
        row.na_word("age_group", "NO PROCEDE")
    else:
        row.put(
            "age_group",
            _vary(
                rng,
                {
                    "adult": ("MAYOR DE EDAD", "ADULTO", "MAYORES"),
                    "child": ("MENOR", "MENORES", "MENA"),
                    "mixed": ("MAYORES Y MENORES", "MIXTO"),
                }[row.code("age_group")],
                0.55,
            ),
        )
    if rng.random() < 0.01:
        row.no_nationality(choice(rng, ("NO CONSTA", "DESCONOCIDA")))
    else:
        nat = _sec_country(rng, row.code("nationality"), row.female, demonym=True)
        garbled = mojibake(nat) if rng.random() < 0.04 else None
        if garbled is not None and fits(garbled, row.src):
            row.put("nationality", garbled)
            row.tag("nationality", "mojibake")
        else:
            row.put("nationality", nat)
    row.put("origin_country", _sec_country(rng, row.code("origin_country"), False, demonym=False))
    transit = _transit_codes(row)
    if not transit:
        row.put("transit_countries", choice(rng, ("", "", "DIRECTO")) or None)
    else:
        sep = choice(rng, (", ", "-", " / "))
        row.put("transit_countries", sep.join(_name("es", c)[0].upper() for c in transit))
    row.put(
        "destination_country",
        _sec_country(rng, row.code("destination_country"), False, demonym=False),
    )
    det = row.code("detection_country")
    if det == "ESP":
        row.put("detection_country", _vary(rng, ("ESPAÑA", "España", "ES", "ESP"), 0.7))
    else:
        row.put("detection_country", _name("es", det)[0].upper())
    if rng.random() < 0.008:
        row.na_word("transport_mode", "NO PROCEDE")
    else:
        spot = row.hotspot
        if mode == "sea":
            words: tuple[str, ...] = (
                ("CAYUCO", "PATERA", "EMBARCACIÓN", "MARÍTIMO")
                if spot in ("Gran Canaria", "Lanzarote", "Tenerife", "El Hierro")
                else ("PATERA", "NEUMÁTICA", "EMBARCACIÓN", "VÍA MARÍTIMA")
            )
        elif mode == "land":
            words = (
                ("SALTO DE VALLA", "TERRESTRE", "OCULTO EN VEHÍCULO")
                if spot in ("Ceuta", "Melilla")
                else ("TERRESTRE", "VEHÍCULO", "CAMIÓN", "AUTOBÚS")
            )
        else:
            words = ("AÉREO", "VÍA AÉREA", "VUELO COMERCIAL")
        row.put("transport_mode", _vary(rng, words, 0.5))
    _sec_coords(row, rng)
    words_es = {k: tuple(w.upper() for w in v) for k, v in _LINKED["es"].items()}
    row.offences(words_es, rng, choice(rng, (", ", " / ")), (None, None, "NINGUNO"))


# --------------------------------------------------------------------------------------
# UK Home Office, Immigration Enforcement CFI (English, JSON lines)
# --------------------------------------------------------------------------------------
_CFI_PLACE = {
    "Dover": ("Dover, Kent", "Dover", "Western Jet Foil"),
    "London": ("London", "London (Met)"),
    "Birmingham": ("Birmingham", "West Midlands"),
    "Glasgow": ("Glasgow",),
    "Calais": ("Calais (FR)", "Calais"),
    "Dunkirk/Gravelines": ("Gravelines (FR)", "Dunkirk (FR)"),
    "Lesbos": ("Lesvos (GR)", "Mytilene, Lesvos"),
    "Samos": ("Samos (GR)",),
    "Evros": ("Evros (GR)",),
}
_CFI_TEAM: dict[str, tuple[str, ...]] = {
    "FRA": ("IE International - Coquelles",),
    "GRC": ("IE International - Athens",),
}


def _cfi_day(ts: pd.Timestamp, rng: _Rng) -> str:
    style = _pick(
        rng,
        (("iso", 0.45), ("uk", 0.2), ("abbr", 0.1), ("long", 0.1), ("stamp", 0.1), ("short", 0.05)),
    )
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "uk":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "abbr":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
    if style == "long":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "stamp":
        hour, minute = int(rng.integers(6, 20)), int(rng.integers(60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"


def _cfi_month(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(
        rng,
        (
            ts.strftime("%Y-%m"),
            f"{MONTHS[ts.month - 1]} {ts.year}",
            f"{MONTHS[ts.month - 1][:3]}-{ts.year}",
        ),
    )


def _cfi_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    return choice(rng, (f"Q{ts.quarter} {ts.year}", f"{ts.year} Q{ts.quarter}"))


def _cfi_crime(row: _Row, rng: _Rng) -> str:
    crime = row.code("crime_type")
    foreign = row.code("detection_country") != "GBR"
    if crime == "smuggling":
        opts = [
            ("Facilitation (s.25 IA 1971)", 0.3),
            ("s.25 Immigration Act 1971", 0.2),
            ("Facilitating unlawful immigration", 0.2),
            ("People smuggling", 0.2),
        ]
        if foreign:
            opts.append(("People smuggling (host-nation investigation)", 0.2))
        return _pick(rng, opts)
    if crime == "trafficking":
        return _pick(
            rng,
            (
                ("Human trafficking (MSA 2015 s.2)", 0.35),
                ("MSA 2015 s.2", 0.2),
                ("Human trafficking", 0.25),
                ("Modern slavery - trafficking", 0.2),
            ),
        )
    return _pick(
        rng,
        (
            ("s.25 IA 1971 + MSA 2015 s.2", 0.4),
            ("Facilitation and human trafficking", 0.35),
            ("People smuggling / trafficking (MSA s.2)", 0.25),
        ),
    )


_CFI_EXPL = {
    "sexual": ("Sexual", "Sexual exploitation"),
    "forced_labour": ("Labour", "Labour exploitation", "Labour exploitation (nail bar)"),
    "forced_criminality": (
        "Criminal",
        "Criminal exploitation",
        "Criminal exploitation (cannabis cultivation)",
    ),
    "organ_removal": ("Organ harvesting",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}


def _cfi_country(rng: _Rng, code: str, female: bool, *, demonym: bool) -> str:
    names = _name("en", code)
    opts: list[tuple[str, float]] = [(names[0], 0.35), (code, 0.1)]
    if len(names) > 1:
        opts.append((names[1], 0.1))
    dem = _demonym("en", code, female)
    if demonym and dem is not None:
        opts.append((dem, 0.45))
    return _pick(rng, opts)


def _cfi_coords(row: _Row, rng: _Rng) -> None:
    lat, lon = row.real("lat"), row.real("lon")
    r = rng.random()
    if lat is None or lon is None or r < 0.03:
        row.no_coordinates(None)
        return
    if r < 0.05:
        row.no_coordinates("NK")
        return
    if r < 0.17:
        nd = 4 if rng.random() < 0.5 else 5
        v1, v2 = round(lat, nd), round(lon, nd)
        row.put("lat", f"{abs(v1):.{nd}f}{'N' if v1 >= 0 else 'S'}")
        row.put("lon", f"{abs(v2):.{nd}f}{'E' if v2 >= 0 else 'W'}")
        row.coords(v1, v2)
        row.tag("coordinates", "hemisphere_letter")
    elif r < 0.25:
        row.put("lat", f"{lat:.5f}")
        row.put("lon", f"{lon:.5f}")
        row.coords(round(lat, 5), round(lon, 5))
    else:
        row.put("lat", float(round(lat, 5)))
        row.put("lon", float(round(lon, 5)))
        row.coords(round(lat, 5), round(lon, 5))


def _render_cfi(row: _Row, rng: _Rng, partial_ok: bool) -> None:
    row.date(rng, partial_ok, 0.03, 0.02, _cfi_day, _cfi_month, _cfi_quarter)
    det = row.code("detection_country")
    team: tuple[str, ...] = _CFI_TEAM.get(det, ("IE International",))
    if det == "GBR":
        spot = row.hotspot
        team = (
            ("SBOC", "CFI South East")
            if spot == "Dover"
            else ("CFI Scotland",)
            if spot == "Glasgow"
            else ("CFI Midlands",)
            if spot == "Birmingham"
            else ("CFI London", "CFI London & South East")
        )
    row.put("team", _vary(rng, team))
    row.put("place", _vary(rng, _CFI_PLACE.get(row.hotspot, (row.hotspot,))))
    row.put("crime_type", _cfi_crime(row, rng))
    expl = row.text("exploitation")
    if expl is None:
        row.put("exploitation", choice(rng, ("", "", "N/A")) or None)
    else:
        row.put("exploitation", _vary(rng, _CFI_EXPL[expl], 0.5))
    gender = row.code("gender")

    def persons(n: int, rng: _Rng) -> str | int:
        r = rng.random()
        if n >= 1000:
            return _thousands(n, ",") if r < 0.5 else n
        if gender == "mixed" and 2 <= n <= 20 and r < 0.1:
            men = int(rng.integers(1, n))
            row.tag("n_persons", "count_breakdown")
            return f"{n} ({men}M/{n - men}F)"
        if n >= 10 and r < 0.04:
            row.tag("n_persons", "approx_count")
            return choice(rng, (f"approx {n}", f"c.{n}"))
        if r < 0.15:
            return str(n)
        return n

    row.count(rng, persons, 0.02, ("NK", "not known"))
    row.suspects(rng, ("nil", "Nil", "none"), 0.4, ("NK",), 0.02, as_int=True)
    if rng.random() < 0.012:
        row.unknown_gender(choice(rng, ("NK", "not stated")))
    else:
        row.put(
            "gender",
            _vary(
                rng,
                {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M & F")}[
                    gender
                ],
                0.6,
            ),
        )
    if rng.random() < 0.01:
        row.na_word("age_group", "N/A")
    else:
        row.put(
            "age_group",
            _vary(
                rng,
                {
                    "adult": ("Adult", "Adults"),
                    "child": ("Minor", "Child", "UASC"),
                    "mixed": ("Mixed", "Adults & minors"),
                }[row.code("age_group")],
                0.55,
            ),
        )
    if rng.random() < 0.01:
        row.no_nationality(choice(rng, ("NK", "Not known")))
    else:
        row.put("nationality", _cfi_country(rng, row.code("nationality"), row.female, demonym=True))
    row.put("origin_country", _cfi_country(rng, row.code("origin_country"), False, demonym=False))
    transit = _transit_codes(row)
    if not transit:
        row.put("transit_countries", choice(rng, ("", "Direct", "direct")) or None)
    elif rng.random() < 0.6:
        row.put(
            "transit_countries",
            choice(rng, (" > ", ", ", " - ")).join(_name("en", c)[0] for c in transit),
        )
    else:
        row.put("transit_countries", "-".join(transit))
    dest = row.code("destination_country")
    row.put(
        "destination_country",
        _vary(rng, ("UK", "United Kingdom", "GBR"))
        if dest == "GBR"
        else _cfi_country(rng, dest, False, demonym=False),
    )
    if det == "GBR":
        home = "Scotland" if row.hotspot == "Glasgow" else "England"
        row.put("detection_country", _vary(rng, ("UK", "United Kingdom", "GB", home), 0.5))
    else:
        row.put("detection_country", _vary(rng, (_name("en", det)[0], iso_codes(det)[0])))
    mode = row.code("transport_mode")
    if rng.random() < 0.008:
        row.na_word("transport_mode", "N/A")
    else:
        row.put(
            "transport_mode",
            _vary(
                rng,
                {
                    "sea": ("Small boat", "RHIB", "Dinghy", "Small boat (inflatable)"),
                    "land": ("HGV", "Lorry", "Concealed in HGV", "Car", "Coach", "Van"),
                    "air": ("Air", "Flight", "Air (LHR)", "Commercial flight"),
                }[mode],
                0.45,
            ),
        )
    _cfi_coords(row, rng)
    linked = row.text("linked_offences")
    if linked is None:
        row.put("linked_offences", None)
    else:
        words = {
            **_LINKED["en"],
            "document_fraud": ("Document fraud", "False ID (Identity Documents Act 2010)"),
            "money_laundering": ("Money laundering", "Money laundering (POCA 2002)"),
        }
        parts = [_vary(rng, words[o], 0.7) for o in linked.split("|")]
        if rng.random() < 0.6:
            row.cells["linked_offences"] = parts  # a JSON array
            row.tag("linked", "json_array")
        else:
            row.put("linked_offences", "; ".join(parts))


# --------------------------------------------------------------------------------------
# DCIS "filières" table (French, cp1252, semicolon)
# --------------------------------------------------------------------------------------
_DCIS_POST = {
    "FRA": ("CCIC Coquelles",),
    "GBR": ("ASI Londres",),
    "ESP": ("ASI Madrid",),
    "ITA": ("ASI Rome",),
    "GRC": ("ASI Athènes",),
    "HRV": ("ASI Zagreb",),
    "POL": ("ASI Varsovie",),
}
_DCIS_PLACE = {
    "Calais": "Calais",
    "Dunkirk/Gravelines": "Dunkerque / Gravelines",
    "Dover": "Douvres",
    "London": "Londres",
    "Birmingham": "Birmingham",
    "Glasgow": "Glasgow",
    "Lampedusa": "Lampedusa",
    "Pozzallo": "Pozzallo (Sicile)",
    "Crotone": "Crotone (Calabre)",
    "Castel Volturno": "Castel Volturno (Campanie)",
    "Palermo": "Palerme",
    "Torino": "Turin",
    "Latina (Agro Pontino)": "Latina (Agro Pontino)",
    "Lesbos": "Lesbos",
    "Samos": "Samos",
    "Evros": "Évros",
    "Cetingrad (BIH–HRV border)": "Cetingrad (frontière BIH)",
    "Bajakovo (SRB–HRV border)": "Bajakovo (frontière SRB)",
    "Kuźnica": "Kuźnica",
    "Białowieża": "Białowieża",
    "Michałowo": "Michałowo",
    "Gran Canaria": "Grande Canarie",
    "Tenerife": "Tenerife",
    "Lanzarote": "Lanzarote",
    "El Hierro": "El Hierro",
    "Almería": "Almería",
    "Almería (El Ejido)": "El Ejido (Almería)",
    "Huelva": "Huelva",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
}


_DCIS_SEA = {  # the boats of each crossing, as the attachés describe them
    "Calais": ("small boat", "embarcation pneumatique", "maritime"),
    "Dunkirk/Gravelines": ("small boat", "embarcation pneumatique", "maritime"),
    "Dover": ("small boat", "traversée maritime"),
    "Lampedusa": ("maritime", "barque métallique", "bateau de pêche", "embarcation"),
    "Pozzallo": ("maritime", "bateau de pêche", "embarcation"),
    "Crotone": ("voilier", "maritime", "embarcation"),
    "Lesbos": ("maritime", "canot pneumatique", "embarcation pneumatique"),
    "Samos": ("maritime", "canot pneumatique", "voie maritime"),
    "Gran Canaria": ("maritime", "pirogue", "embarcation"),
    "Tenerife": ("maritime", "pirogue"),
    "El Hierro": ("maritime", "pirogue"),
    "Lanzarote": ("maritime", "embarcation pneumatique"),
}


def _dcis_day(ts: pd.Timestamp, rng: _Rng) -> str:
    style = _pick(
        rng,
        (
            ("slash", 0.5),
            ("short", 0.1),
            ("dot", 0.08),
            ("long", 0.12),
            ("weekday", 0.05),
            ("abbr", 0.05),
            ("iso", 0.05),
            ("le", 0.05),
        ),
    )
    month = _MONTHS_FR[ts.month - 1]
    if style == "slash":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "short":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
    if style == "dot":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    if style == "long":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {month} {ts.year}"
    if style == "weekday":
        return f"{_DAYS_FR[ts.weekday()]} {ts.day} {month} {ts.year}"
    if style == "abbr":
        return f"{ts.day:02d}-{_ABBR_FR[ts.month - 1]}-{ts.year % 100:02d}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    return f"le {ts.day:02d}/{ts.month:02d}/{ts.year}"


def _dcis_month(ts: pd.Timestamp, rng: _Rng) -> str:
    month = _MONTHS_FR[ts.month - 1]
    return choice(
        rng, (f"{month} {ts.year}", f"courant {month} {ts.year}", f"{ts.month:02d}/{ts.year}")
    )


def _dcis_quarter(ts: pd.Timestamp, rng: _Rng) -> str:
    q = ts.quarter
    nth = "1er" if q == 1 else f"{q}e"
    return choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}", f"{nth} trim. {ts.year}"))


def _dcis_crime(row: _Row, rng: _Rng) -> str:
    crime = row.code("crime_type")
    det = row.code("detection_country")
    if crime == "smuggling":
        opts = [
            ("Aide à l'entrée et au séjour irréguliers", 0.25),
            ("Aide à l'entrée irrégulière", 0.15),
            ("Trafic de migrants", 0.2),
            ("Filière d'immigration irrégulière", 0.15),
        ]
        foreign = {
            "FRA": "Art. L.823-1 CESEDA",
            "ITA": "Favoreggiamento dell'immigrazione clandestina (art. 12 TUI)",
            "HRV": "Trafic de migrants (art. 326 KZ croate)",
            "POL": "Organisation du franchissement illégal de la frontière (art. 264 §3 KK)",
            "GRC": "Trafic de migrants (loi grecque 4251/2014)",
            "ESP": "Aide à l'immigration illégale (art. 318 bis CP espagnol)",
        }.get(det)
        if foreign is not None:
            opts.append((foreign, 0.25))
        return _pick(rng, opts)
    if crime == "trafficking":
        opts = [
            ("Traite des êtres humains", 0.35),
            ("TEH", 0.25),
            ("Exploitation - traite des êtres humains", 0.1),
        ]
        law = {
            "FRA": "Art. 225-4-1 C. pén.",
            "ITA": "TEH (art. 601 CP italien)",
            "POL": "Traite des êtres humains (art. 189a KK)",
            "ESP": "TEH (art. 177 bis CP espagnol)",
        }.get(det)
        if law is not None:
            opts.append((law, 0.25))
        return _pick(rng, opts)
    return _pick(
        rng,
        (
            ("TEH + aide à l'entrée irrégulière", 0.4),
            ("Traite des êtres humains et trafic de migrants", 0.35),
            ("TEH / trafic de migrants", 0.25),
        ),
    )


_DCIS_EXPL = {
    "sexual": ("Exploitation sexuelle", "Proxénétisme", "sexuelle"),
    "forced_labour": ("Travail forcé", "Exploitation par le travail"),
    "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
    "organ_removal": ("Prélèvement d'organes",),
    "forced_marriage": ("Mariage forcé",),
    "other": ("Autre",),
}


def _dcis_country(rng: _Rng, code: str, female: bool, *, demonym: bool) -> str:
    names = _name("fr", code)
    opts: list[tuple[str, float]] = [(names[0], 0.4), (code, 0.08)]
    if len(names) > 1:
        opts.append((names[1], 0.1))
    dem = _demonym("fr", code, female)
    if demonym and dem is not None:
        opts += [(dem, 0.35), (dem.capitalize(), 0.07)]
    return _pick(rng, opts)


def _dcis_coords(row: _Row, rng: _Rng) -> None:
    lat, lon = row.real("lat"), row.real("lon")
    r = rng.random()
    if lat is None or lon is None or r < 0.03:
        row.no_coordinates(None)
        return
    if r < 0.05:
        row.no_coordinates(choice(rng, ("non communiquées", "NC")))
        return
    sea = row.code("transport_mode") == "sea"
    if r < (0.6 if sea else 0.15):
        d1, m1, v1 = _ddm(lat, 2)
        d2, m2, v2 = _ddm(lon, 2)
        west = "W" if rng.random() < 0.7 else "O"
        m1, m2 = m1.replace(".", ","), m2.replace(".", ",")
        text = f"{d1:02d}°{m1}'{'N' if lat >= 0 else 'S'} {d2:03d}°{m2}'{'E' if lon >= 0 else west}"
        row.put("coordinates", text)
        row.coords(v1, v2)
        row.tag("coordinates", "nautical_ddm")
    elif r < 0.85:
        nd = 5 if rng.random() < 0.6 else 4
        a = f"{round(lat, nd):.{nd}f}".replace(".", ",")
        b = f"{round(lon, nd):.{nd}f}".replace(".", ",")
        row.put("coordinates", choice(rng, (f"{a} / {b}", f"lat. {a} – long. {b}")))
        row.coords(round(lat, nd), round(lon, nd))
        row.tag("coordinates", "decimal_comma")
    else:
        row.put("coordinates", f"{lat:.5f}, {lon:.5f}")
        row.coords(round(lat, 5), round(lon, 5))


def _render_dcis(row: _Row, rng: _Rng, partial_ok: bool) -> None:
    row.date(rng, partial_ok, 0.05, 0.02, _dcis_day, _dcis_month, _dcis_quarter)
    det = row.code("detection_country")
    row.put("post", _vary(rng, _DCIS_POST.get(det, ("DCIS",))))
    row.put("place", _DCIS_PLACE.get(row.hotspot, row.hotspot))
    crime = _dcis_crime(row, rng)
    row.put("crime_type", crime)
    if any(ch.isdigit() for ch in crime):
        row.tag("crime", "legal_ref")
    expl = row.text("exploitation")
    if expl is None:
        row.put("exploitation", choice(rng, ("", "", "sans objet", "s.o.")) or None)
    else:
        row.put("exploitation", _vary(rng, _DCIS_EXPL[expl]))

    def persons(n: int, rng: _Rng) -> str:
        if n >= 1000:
            row.tag("n_persons", "thousands_space")
            return _thousands(n, choice(rng, (" ", "\xa0")))
        if n >= 10 and rng.random() < 0.02:
            row.tag("n_persons", "approx_count")
            return f"env. {n}"
        return str(n)

    row.count(rng, persons, 0.02, ("NC", "n.c.", "inconnu"))
    row.suspects(rng, ("néant", "aucun", "Néant"), 0.4, ("NC",), 0.015)
    if rng.random() < 0.012:
        row.unknown_gender(choice(rng, ("ND", "inconnu")))
    else:
        row.put(
            "gender",
            _vary(
                rng,
                {
                    "male": ("H", "Hommes", "masculin"),
                    "female": ("F", "Femmes", "féminin"),
                    "mixed": ("mixte", "H/F", "H et F"),
                }[row.code("gender")],
                0.55,
            ),
        )
    if rng.random() < 0.01:
        row.na_word("age_group", "sans objet")
    else:
        row.put(
            "age_group",
            _vary(
                rng,
                {
                    "adult": ("majeurs", "adultes", "majeur"),
                    "child": ("mineurs", "MNA", "mineur(s)"),
                    "mixed": ("mixte", "majeurs et mineurs"),
                }[row.code("age_group")],
                0.55,
            ),
        )
    if rng.random() < 0.01:
        row.no_nationality(choice(rng, ("indéterminée", "NC")))
    else:
        nat = _dcis_country(rng, row.code("nationality"), row.female, demonym=True)
        garbled = mojibake(nat) if rng.random() < 0.05 else None
        if garbled is not None and fits(garbled, row.src):
            row.put("nationality", garbled)
            row.tag("nationality", "mojibake")
        else:
            row.put("nationality", nat)
    row.put("origin_country", _dcis_country(rng, row.code("origin_country"), False, demonym=False))
    transit = _transit_codes(row)
    if not transit:
        row.put("transit_countries", choice(rng, ("", "", "direct", "néant")) or None)
    else:
        sep = choice(rng, (", ", " > ", " - "))
        row.put("transit_countries", sep.join(_name("fr", c)[0] for c in transit))
    row.put(
        "destination_country",
        _dcis_country(rng, row.code("destination_country"), False, demonym=False),
    )
    det_names = _name("fr", det)
    row.put(
        "detection_country",
        _pick(rng, ((det_names[0], 0.75), (iso_codes(det)[0], 0.15), (det_names[0].upper(), 0.1))),
    )
    mode = row.code("transport_mode")
    if rng.random() < 0.008:
        row.na_word("transport_mode", "sans objet")
    else:
        words = {
            "sea": _DCIS_SEA.get(row.hotspot, ("maritime", "embarcation", "voie maritime")),
            "land": ("terrestre", "PL", "poids lourd", "VL", "à pied", "voie routière"),
            "air": ("aérien", "voie aérienne", "vol commercial"),
        }[mode]
        row.put("transport_mode", _vary(rng, words, 0.45))
    _dcis_coords(row, rng)
    row.offences(_LINKED["fr"], rng, choice(rng, (", ", " + ")), (None, None, "néant"))


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_WRITERS: dict[str, Callable[[_Row, _Rng, bool], None]] = {
    "hidta": _render_hidta,
    "snm": _render_snm,
    "sec": _render_sec,
    "cfi": _render_cfi,
    "dcis": _render_dcis,
}


def _render(
    src: Blind17Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    row = _Row(src, ev)
    _WRITERS[src.key](row, rng, partial_ok)
    if forced_blank is not None:
        row.blank(forced_blank)
    return row.cells, row.exp, row.tags()


def _bad_date(src: Blind17Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a missing, impossible or future date, written the source's way."""
    if kind == "no_date":
        words = {
            "hidta": "UNK",
            "snm": "s/f",
            "sec": "NO CONSTA",
            "cfi": "N/K",
            "dcis": "date inconnue",
        }
        return words[src.key] if rng.random() < 0.35 else None
    if kind == "future_date":
        fut = _future(ts, int(choice(rng, ("10", "10", "100"))))
        if src.key == "hidta":
            return f"{fut.month:02d}/{fut.day:02d}/{fut.year}"
        if src.key == "snm":
            return fut.to_pydatetime()
        if src.key == "cfi":
            return fut.strftime("%Y-%m-%d")
        return f"{fut.day:02d}/{fut.month:02d}/{fut.year}"
    month, day = _impossible(ts, rng)
    if src.key == "hidta":
        return f"{month:02d}/{day:02d}/{ts.year}"
    if src.key == "cfi":
        return f"{ts.year}-{month:02d}-{day:02d}"
    if src.key == "dcis" and rng.random() < 0.3:
        return f"{day} {_MONTHS_FR[month - 1]} {ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Blind17Source, last: pd.Timestamp) -> object:
    """Date of the note row: the day the extraction was made, a week after the last row."""
    day = last + pd.Timedelta(days=7)
    if src.key == "hidta":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if src.key == "snm":
        return dt.datetime(day.year, day.month, day.day)
    if src.key == "cfi":
        return day.strftime("%Y-%m-%d")
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


_EXAMINER: Examiner[Blind17Source] = Examiner(
    sources=BLIND17_SOURCES,
    primary=_PRIMARY,
    compilation=_DCIS.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1717,
    blank_share=0.35,
)


def make_blind17(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind17`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``swb_hidta_s.csv``, ``snm_darien_s.xlsx``, ``sec_interior_s.csv``,
        ``ho_cfi_s.jsonl`` and ``dcis_filieres_s.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind17(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['swb_hidta_s.csv', 'snm_darien_s.xlsx', 'sec_interior_s.csv', 'ho_cfi_s.jsonl',
     'dcis_filieres_s.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
