"""The sixty-second examiner's held-out sample set (variant ``"blind62"``, files ``*_bl.*``).

Five agencies, written independently of the cleaner, the way their own case sheets are
kept. Each event is first reported by the agency of its detection country (Panama ->
Migración Colombia, United States -> DHS JTF-West, France -> DZPAF Nord, Spain ->
Guardia Civil EDATI); every other event (Italy, Greece, Croatia, Poland, the United
Kingdom) by the Home Office IEI liaison digest. A few events are reported a second time:
Channel crossings by the other side of the Channel, Darién crossings by DHS's attachés in
Panama, Romanian labour-trafficking cases detected in Italy by the Guardia Civil (a joint
investigation team) and Viet Nam -> UK cases by the French border police of the Nord.

A reader's guide to the files:

``migracion_col_antioquia_bl.xlsx`` - Migración Colombia, Regional Antioquia-Chocó
    (Necoclí / Turbo, the binational exchange sheet with Panama). Spanish, XLSX.
    Dates are real Excel dates, bare Excel serial numbers (``44712``), typed text
    (``14/03/2022``, ``14-mar-2022``), month-only (``marzo de 2022``, ``mar-2022``) or
    quarter-only (``II trimestre 2022``); no date is ``S/F``. Crime type cites the
    Colombian penal code (``Tráfico de migrantes (Art. 188 C.P.)``, ``Trata de personas
    (Art. 188A C.P.)``); children are ``NNA``; counts are numbers or text with a ``.``
    thousands separator, unknown counts ``S.I.`` / ``Sin dato``; no suspects is
    ``Ninguno``. One coordinates column in degrees-minutes-seconds, west as ``W`` or
    Spanish ``O`` (oeste); a place column; a few mojibake cells; note and total rows.
``dhs_jtf_west_bl.csv`` - DHS Joint Task Force-West (Southwest border). English, UTF-8,
    ``,``. Dates month-first as the header says (``Event Date (MM/DD/YYYY)``:
    ``03/14/2022``, ``3/14/2022``, ``Mar 14, 2022``), month-only (``March 2022``,
    ``03/2022``), quarters as calendar or federal fiscal quarters (``CY2022 Q2``,
    ``FY2022 Q3`` = April-June 2022). Offences cite the U.S. Code (``8 USC 1324``,
    ``18 USC Ch. 77``), abbreviations ``HS`` / ``HT``; citizenship in CBP capitals, title
    case or ISO alpha-2; ``UAC`` and ``Family units``; ``POV`` and ``Panga`` conveyances;
    ``1,250`` counts, ``UNK``; separate decimal lat/long, west longitude sometimes as
    ``111.01234 W``. Rows re-sent at the end of the file.
``dzpaf_nord_bl.csv`` - Direction zonale de la police aux frontières Nord (Calais,
    Dunkerque). French, cp1252, ``;``, CRLF. Dates ``14/03/2022``, ``14/03/22``,
    ``14 mars 2022``; month-only ``mars 2022``; quarters ``1er trimestre 2022``,
    ``T2 2022``, ``3e trim. 2022``. Qualification cites the CESEDA (``L622-1`` before its
    renumbering on 1 May 2021, ``L823-1`` after) and the penal code for trafficking
    (``TEH``, ``art. 225-4-1 C. pén.``); ``MNA`` minors; ``1 250`` counts (space or
    no-break space), ``NC`` unknown, ``aucun`` / ``néant`` suspects; one coordinates
    column, decimal comma ``50,95123 / 1,85234`` or degrees and decimal minutes
    ``N 50°57,074' E 001°51,140'``; a place column; a few mojibake names.
``gc_edati_bl.csv`` - Guardia Civil, Equipos de Atención al Inmigrante (Canarias,
    Andalucía, Ceuta, Melilla). Spanish, UTF-16 (Excel's "Unicode text"), tab-delimited.
    Dates ``14/03/2022``, ``14-03-2022``, ``14 de marzo de 2022``; month ``03/2022``,
    ``marzo 2022``; quarters ``2022T1``, ``1.er trimestre 2022``; no date ``Sin fecha``.
    Crime type by Spanish penal-code article (``art. 318 bis CP``, ``art. 177 bis CP``,
    ``TSH``); ``MENA`` minors; ``cayuco`` / ``patera`` / ``neumática`` boats; demonyms
    (``maliense``, ``guineana (Conakry)``); ``1.250`` counts, ``S/D``; separate lat/long
    columns in ``28º 05' 32'' N`` degrees-minutes-seconds or decimal comma; transit
    ``Directo`` when there is none.
``ho_iei_liaison_bl.jsonl`` - UK Home Office Immigration Enforcement International,
    liaison officers' digest (Italy, Greece, Croatia, Poland, UK). English, JSON lines,
    snake_case keys. ISO dates (``2022-03-14``), a few UK day-first (``14/03/2022``,
    ``14 Mar 2022``), month ``2022-03`` / ``Mar 2022``, quarter ``2022-Q1`` / ``Q1 2022``.
    Offences in UK law (``Facilitation (s.25 IA 1971)``, ``Modern slavery / human
    trafficking (MSA 2015)``, ``OIC``); ``UASC``; ``HGV``, ``RHIB``, ``small boat``;
    ISO alpha-3 or English names; ``not known``, ``nil``; one ``location`` string
    ``37.54321, 26.91234`` or ``37.54321N 26.91234E``. Entries re-sent.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND62_SOURCES", "Blind62Source", "make_blind62"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Blind62Source(ExaminerSource):
    """An agency of the ``blind62`` set: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the agency's wording tables (``"col"``, ``"us"``, ``"fr"``, ``"gc"``,
        ``"uk"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_COL = Blind62Source(
    source="migracion_col_antioquia",
    filename="migracion_col_antioquia_bl.xlsx",
    ref="RAC-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha del evento",
        "place": "Puesto / Lugar",
        "crime_type": "Delito (Código Penal)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Migrantes / víctimas (No.)",
        "n_suspects": "Presuntos facilitadores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino declarado",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a verificación con SENAFRONT",
    total="TOTAL GENERAL",
    bad_count=("Varios", "Grupo numeroso", "Aprox. un grupo"),
    repeats=False,
    style="col",
)
_US = Blind62Source(
    source="dhs_jtf_west",
    filename="dhs_jtf_west_bl.csv",
    ref="JTFW-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "JTF-W Case #",
        "event_date": "Event Date (MM/DD/YYYY)",
        "crime_type": "Offense",
        "exploitation": "TIP Type",
        "n_persons": "Total Aliens/Victims",
        "n_suspects": "Subjects Arrested",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "detection_country": "Apprehension Country",
        "transport_mode": "Conveyance",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Related Charges",
    },
    note="NOTE: LAW ENFORCEMENT SENSITIVE - data current as of report date, subject to change",
    total="Grand Total",
    bad_count=("Several", "Multiple", "Large group"),
    repeats=True,
    style="us",
)
_FR = Blind62Source(
    source="dzpaf_nord",
    filename="dzpaf_nord_bl.csv",
    ref="PAF-N/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "place": "Lieu",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de passage",
        "coordinates": "Coordonnées GPS (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - diffusion restreinte (DR)",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="fr",
)
_GC = Blind62Source(
    source="gc_edati",
    filename="gc_edati_bl.csv",
    ref="EDATI-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas (llegadas/víctimas)",
        "n_suspects": "Detenidos (patrones/facilitadores)",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Tránsito",
        "destination_country": "País destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales. Fuente: EDATI / Centros de Atención Temporal",
    total="Total",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    style="gc",
)
_UK = Blind62Source(
    source="ho_iei_liaison",
    filename="ho_iei_liaison_bl.jsonl",
    ref="IEI/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "iei_ref",
        "event_date": "date_of_incident",
        "crime_type": "offence_type",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_migrants_or_victims",
        "n_suspects": "no_of_facilitators_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "country_of_detection",
        "transport_mode": "method",
        "coordinates": "location",
        "linked_offences": "linked_crime",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a number", "multiple"),
    repeats=True,
    style="uk",
)

#: The variant's five sources, in the order their submissions are returned.
BLIND62_SOURCES: tuple[Blind62Source, ...] = (_COL, _US, _FR, _GC, _UK)

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
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
_MONTHS_EN = (
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
)
_ROMAN = ("I", "II", "III", "IV")

#: Spanish country names (first the usual one) and demonyms (feminine, "nacionalidad").
_ES_NAMES: _Words = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
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
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá", "República de Panamá"),
    "POL": ("Polonia",),
    "ROU": ("Rumanía", "Rumania"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: _Words = {
    "AFG": ("afgana",),
    "ALB": ("albanesa",),
    "BGD": ("bangladesí",),
    "CHN": ("china",),
    "CIV": ("marfileña",),
    "CMR": ("camerunesa",),
    "COL": ("colombiana",),
    "DZA": ("argelina",),
    "ECU": ("ecuatoriana", "ecuatoriano"),
    "EGY": ("egipcia",),
    "ERI": ("eritrea",),
    "GIN": ("guineana (Conakry)",),
    "GMB": ("gambiana",),
    "GTM": ("guatemalteca",),
    "HND": ("hondureña",),
    "HTI": ("haitiana", "haitiano"),
    "IRN": ("iraní",),
    "IRQ": ("iraquí",),
    "MAR": ("marroquí",),
    "MEX": ("mexicana",),
    "MLI": ("maliense",),
    "NGA": ("nigeriana",),
    "PAK": ("pakistaní",),
    "ROU": ("rumana", "rumano"),
    "SEN": ("senegalesa",),
    "SYR": ("siria",),
    "TUN": ("tunecina",),
    "TUR": ("turca",),
    "VEN": ("venezolana", "venezolano"),
    "VNM": ("vietnamita",),
    "YEM": ("yemení",),
}
_FR_NAMES: _Words = {
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
    "GBR": ("Royaume-Uni", "Royaume Uni"),
    "GIN": ("Guinée",),
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
}
_FR_DEMONYMS: _Words = {
    "AFG": ("afghane", "Afghan"),
    "ALB": ("albanaise",),
    "BGD": ("bangladaise",),
    "CHN": ("chinoise",),
    "CIV": ("ivoirienne",),
    "CMR": ("camerounaise",),
    "DZA": ("algérienne", "Algérien"),
    "EGY": ("égyptienne",),
    "ERI": ("érythréenne", "Érythréen"),
    "GIN": ("guinéenne",),
    "GMB": ("gambienne",),
    "HTI": ("haïtienne",),
    "IRN": ("iranienne", "Iranien"),
    "IRQ": ("irakienne", "Irakien"),
    "MAR": ("marocaine",),
    "MLI": ("malienne",),
    "NGA": ("nigériane",),
    "PAK": ("pakistanaise",),
    "ROU": ("roumaine",),
    "SEN": ("sénégalaise",),
    "SYR": ("syrienne", "Syrien"),
    "TUN": ("tunisienne",),
    "TUR": ("turque",),
    "VEN": ("vénézuélienne",),
    "VNM": ("vietnamienne", "Vietnamien"),
    "YEM": ("yéménite",),
}
_EN_NAMES: _Words = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
    "CIV": ("Cote d'Ivoire", "Ivory Coast"),
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
    "GIN": ("Guinea",),
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
    "USA": ("United States", "USA", "U.S."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: _Words = {
    "AFG": ("Afghan",),
    "ALB": ("Albanian",),
    "CHN": ("Chinese",),
    "ECU": ("Ecuadorian",),
    "ERI": ("Eritrean",),
    "GTM": ("Guatemalan",),
    "HND": ("Honduran",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi",),
    "MEX": ("Mexican",),
    "SYR": ("Syrian",),
    "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
}

#: Crime type wordings, by style; ``{ceseda}`` is the CESEDA article of the date.
_CRIME: dict[str, _Words] = {
    "col": {
        "smuggling": (
            "Tráfico de migrantes (Art. 188 C.P.)",
            "Tráfico de migrantes",
            "TRÁFICO DE MIGRANTES",
            "Art. 188 - Tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de personas (Art. 188A C.P.)",
            "Trata de personas",
            "Art. 188A - Trata de personas",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes (Arts. 188 y 188A)",
            "Tráfico de migrantes / Trata de personas",
        ),
    },
    "us": {
        "smuggling": (
            "Alien Smuggling (8 USC 1324)",
            "8 U.S.C. 1324",
            "Human Smuggling",
            "HS",
        ),
        "trafficking": (
            "Human Trafficking (18 USC Ch. 77)",
            "Human Trafficking",
            "HT",
        ),
        "both": ("HS/HT", "Human Smuggling & Trafficking", "8 USC 1324 / 18 USC Ch. 77"),
    },
    "fr": {
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. {ceseda} CESEDA)",
            "Aide à l'entrée irrégulière en bande organisée",
            "Aide au passage irrégulier - art. {ceseda} CESEDA",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "TEH",
            "Traite des êtres humains",
        ),
        "both": (
            "TEH et aide à l'entrée irrégulière (225-4-1 CP / {ceseda} CESEDA)",
            "Traite des êtres humains + aide à l'entrée irrégulière",
        ),
    },
    "gc": {
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración clandestina",
            "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
            "318 bis CP",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH", "177 bis CP"),
        "both": ("177 bis y 318 bis CP", "TSH + inmigración ilegal"),
    },
    "uk": {
        "smuggling": (
            "Facilitation (s.25 IA 1971)",
            "OIC - facilitation",
            "People smuggling",
        ),
        "trafficking": (
            "Modern slavery / human trafficking (MSA 2015)",
            "Human trafficking (MSA 2015 s.2)",
            "MSHT",
        ),
        "both": ("Facilitation + MSHT", "People smuggling and human trafficking"),
    },
}
#: Exploitation wordings; ``"none"`` is what a smuggling row holds ("" = a blank cell).
_EXPLOITATION: dict[str, _Words] = {
    "col": {
        "sexual": ("Explotación sexual", "Prostitución ajena"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Reclutamiento para actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "other": ("Otra finalidad",),
        "unknown": ("Por establecer",),
        "none": ("", "No aplica"),
    },
    "us": {
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("UNK",),
        "none": ("", "N/A"),
    },
    "fr": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "unknown": ("Indéterminée",),
        "none": ("", "Sans objet"),
    },
    "gc": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "unknown": ("Sin determinar",),
        "none": ("", "N/A"),
    },
    "uk": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not known",),
        "none": ("",),
    },
}
_GENDER: dict[str, _Words] = {
    "col": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos"),
        "unknown": ("Sin dato",),
    },
    "us": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
        "unknown": ("UNK",),
    },
    "fr": {
        "male": ("Hommes", "H", "masculin"),
        "female": ("Femmes", "F", "féminin"),
        "mixed": ("Mixte", "H/F"),
        "unknown": ("NC",),
    },
    "gc": {
        "male": ("Varones", "Hombres"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Ambos"),
        "unknown": ("S/D",),
    },
    "uk": {
        "male": ("male", "all male"),
        "female": ("female", "all female"),
        "mixed": ("mixed",),
        "unknown": ("not known",),
    },
}
_AGE: dict[str, _Words] = {
    "col": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("Sin dato",),
    },
    "us": {
        "adult": ("Adult", "ADULT"),
        "child": ("Minor", "UAC", "Juvenile"),
        "mixed": ("Adults & minors", "Family units", "Mixed"),
        "unknown": ("UNK",),
    },
    "fr": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("NC", "Inconnu"),
    },
    "gc": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
        "unknown": ("Sin determinar",),
    },
    "uk": {
        "adult": ("adult", "adults"),
        "child": ("minor", "UASC", "child"),
        "mixed": ("adults and minors", "mixed"),
        "unknown": ("not known",),
    },
}
_MODE: dict[str, _Words] = {
    "col": {
        "land": ("Terrestre", "A pie (trocha)", "A pie por la selva"),
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "air": ("Aéreo", "Vuelo comercial"),
        "unknown": ("Sin dato",),
    },
    "us": {
        "land": ("Land", "Vehicle", "Tractor-trailer", "On foot", "POV"),
        "sea": ("Maritime", "Vessel", "Panga"),
        "air": ("Air", "Commercial flight"),
        "unknown": ("UNK",),
    },
    "fr": {
        "land": ("Terrestre", "Poids lourd", "Camion", "Véhicule léger"),
        "sea": ("Maritime", "Small boat", "Embarcation pneumatique"),
        "air": ("Aérien", "Voie aérienne"),
        "unknown": ("NC",),
    },
    "gc": {
        "land": ("Terrestre", "Vehículo", "Autobús", "Por carretera"),
        "sea": ("Patera", "Neumática", "Marítima", "Embarcación"),
        "air": ("Aérea", "Avión"),
        "unknown": ("Sin determinar",),
    },
    "uk": {
        "land": ("HGV", "lorry", "land", "car"),
        "sea": ("small boat", "RHIB", "sea", "dinghy"),
        "air": ("air", "flight"),
        "unknown": ("not known",),
    },
}
_OFFENCES: dict[str, _Words] = {
    "col": {
        "document_fraud": ("Falsedad en documento público",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    "us": {
        "document_fraud": ("Document fraud (18 USC 1546)", "Doc fraud"),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering (18 USC 1956)", "Money laundering"),
        "illicit_goods": ("Contraband",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "fr": {
        "document_fraud": ("Faux documents", "Usage de faux"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Contrebande",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "gc": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "uk": {
        "document_fraud": ("document fraud",),
        "corruption": ("bribery/corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_JOIN = {"col": " / ", "us": "; ", "fr": " + ", "gc": ", ", "uk": ", "}
_TRANSIT_JOIN: dict[str, tuple[str, ...]] = {
    "col": (" - ", " > "),
    "us": (" > ", ", "),
    "fr": (", ", " / "),
    "gc": (" - ", ", "),
    "uk": ("-", " > "),
}
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    "col": ("", "Directo"),
    "us": ("",),
    "fr": ("", "Aucun"),
    "gc": ("", "Directo"),
    "uk": ("",),
}
#: Count cells meaning "not known" (the record stays, with no count).
_COUNT_UNKNOWN: _Words = {
    "col": ("S.I.", "Sin dato"),
    "us": ("UNK", "Unknown"),
    "fr": ("NC", "inconnu"),
    "gc": ("S/D", "Desconocido"),
    "uk": ("not known", "unknown"),
}
#: Words for no suspect at all.
_ZERO: _Words = {
    "col": ("Ninguno",),
    "us": ("None",),
    "fr": ("aucun", "néant"),
    "gc": ("Ninguno", "Sin detenidos"),
    "uk": ("nil", "none"),
}
_COORDS_UNKNOWN: _Words = {
    "col": ("Sin coordenadas",),
    "us": ("",),
    "fr": ("NC", "non relevées"),
    "gc": ("",),
    "uk": ("not recorded",),
}
_NO_DATE: _Words = {
    "col": ("S/F", ""),
    "us": ("", "UNK"),
    "fr": ("", "date inconnue"),
    "gc": ("Sin fecha", ""),
    "uk": ("",),
}
_PLACE_FR = {
    "Calais": ("Calais", "Calais (62)", "Coquelles"),
    "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Grande-Synthe", "Dunkerque"),
    "Dover": ("Douvres", "Douvres (UK)"),
    "London": ("Londres",),
}
_PLACE_COL = {
    "Darién gap": ("Tapón del Darién", "Darién - trocha"),
    "Lajas Blancas": ("ERM Lajas Blancas",),
    "Bajo Chiquito": ("Bajo Chiquito",),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _maybe_mojibake(src: Blind62Source, text: str, rng: _Rng, tags: list[str]) -> str:
    """Garble a few cells of the sources whose exports mix encodings."""
    if src.style in ("col", "fr") and rng.random() < 0.03:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _country(src: Blind62Source, code: str, rng: _Rng, *, demonym: bool) -> str:
    """Write one country as the agency does (a name, a demonym, a code)."""
    style = src.style
    draw = rng.random()
    if style in ("col", "gc"):
        if demonym and code in _ES_DEMONYMS and draw < (0.35 if style == "col" else 0.7):
            return choice(rng, _ES_DEMONYMS[code])
        name = choice(rng, _ES_NAMES.get(code, (code,)))
        return name.upper() if style == "col" and draw > 0.9 else name
    if style == "fr":
        if demonym and code in _FR_DEMONYMS and draw < 0.5:
            return choice(rng, _FR_DEMONYMS[code])
        return choice(rng, _FR_NAMES.get(code, (code,)))
    if style == "us":
        if demonym and draw < 0.2:
            return iso_codes(code)[0]
        if demonym and code in _EN_DEMONYMS and draw < 0.3:
            return choice(rng, _EN_DEMONYMS[code])
        name = choice(rng, _EN_NAMES.get(code, (code,)))
        return name.upper() if draw > 0.45 else name
    # uk: ISO alpha-3 codes mostly, English names otherwise
    if draw < 0.6:
        return code
    return choice(rng, _EN_NAMES.get(code, (code,)))


def _date(
    src: Blind62Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event date."""
    style = src.style
    y, m, d = ts.year, ts.month, ts.day
    q = (m - 1) // 3 + 1
    draw = rng.random() if partial_ok else 1.0
    if draw < 0.04:
        tags.append("partial_quarter")
        start = pd.Timestamp(year=y, month=3 * q - 2, day=1)
        if style == "col":
            cell = choice(rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"Trimestre {q} - {y}"))
        elif style == "us":
            fy_q, fy = (q + 1, y) if q < 4 else (1, y + 1)
            cell = choice(rng, (f"CY{y} Q{q}", f"FY{fy} Q{fy_q}"))
        elif style == "fr":
            first = "1er" if q == 1 else f"{q}e"
            cell = choice(rng, (f"{first} trimestre {y}", f"T{q} {y}", f"{first} trim. {y}"))
        elif style == "gc":
            first = "1.er" if q == 1 else f"{q}.º"
            cell = choice(rng, (f"{y}T{q}", f"{first} trimestre {y}"))
        else:
            cell = choice(rng, (f"{y}-Q{q}", f"Q{q} {y}"))
        return cell, start, "quarter"
    if draw < 0.12:
        tags.append("partial_month")
        start = pd.Timestamp(year=y, month=m, day=1)
        if style == "col":
            cell = choice(rng, (f"{_MONTHS_ES[m - 1]} de {y}", f"{_MONTHS_ES[m - 1][:3]}-{y}"))
        elif style == "us":
            cell = choice(rng, (f"{_MONTHS_EN[m - 1]} {y}", f"{m:02d}/{y}"))
        elif style == "fr":
            cell = choice(rng, (f"{_MONTHS_FR[m - 1]} {y}", f"{m:02d}/{y}"))
        elif style == "gc":
            cell = choice(rng, (f"{m:02d}/{y}", f"{_MONTHS_ES[m - 1]} {y}"))
        else:
            cell = choice(rng, (f"{y}-{m:02d}", f"{_MONTHS_EN[m - 1][:3]} {y}"))
        return cell, start, "month"
    day = pd.Timestamp(year=y, month=m, day=d)
    pick = rng.random()
    if style == "col":
        if pick < 0.55:
            return dt.datetime(y, m, d), day, "day"
        if pick < 0.75:
            tags.append("excel_serial")
            return int((day - pd.Timestamp("1899-12-30")).days), day, "day"
        tags.append("date_text")
        text = f"{d:02d}/{m:02d}/{y}" if pick < 0.9 else f"{d}-{_MONTHS_ES[m - 1][:3]}-{y}"
        return text, day, "day"
    if style == "us":
        if pick < 0.6:
            return f"{m:02d}/{d:02d}/{y}", day, "day"
        if pick < 0.85:
            return f"{m}/{d}/{y}", day, "day"
        tags.append("date_words")
        return f"{_MONTHS_EN[m - 1][:3]} {d}, {y}", day, "day"
    if style == "fr":
        if pick < 0.6:
            return f"{d:02d}/{m:02d}/{y}", day, "day"
        if pick < 0.8:
            tags.append("two_digit_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}", day, "day"
        tags.append("date_words")
        first = "1er" if d == 1 else str(d)
        return f"{first} {_MONTHS_FR[m - 1]} {y}", day, "day"
    if style == "gc":
        if pick < 0.55:
            return f"{d:02d}/{m:02d}/{y}", day, "day"
        if pick < 0.8:
            return f"{d:02d}-{m:02d}-{y}", day, "day"
        tags.append("date_words")
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}", day, "day"
    if pick < 0.8:
        return f"{y}-{m:02d}-{d:02d}", day, "day"
    tags.append("uk_date")
    if pick < 0.9:
        return f"{d:02d}/{m:02d}/{y}", day, "day"
    return f"{d} {_MONTHS_EN[m - 1][:3]} {y}", day, "day"


def _thousands(value: int, style: str, rng: _Rng) -> str:
    """Write a count with the agency's thousands separator."""
    if value < 1000:
        return str(value)
    head, tail = divmod(value, 1000)
    sep = {"col": ".", "gc": ".", "us": ",", "uk": ","}.get(style)
    if sep is None:  # fr: a space, or the no-break space of a word processor
        sep = choice(rng, (" ", "\u00a0"))
    return f"{head}{sep}{tail:03d}"


def _count(src: Blind62Source, value: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of the count of persons."""
    if rng.random() < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.style]), None
    if value >= 1000 and (src.format == "csv" or rng.random() < 0.6):
        tags.append("thousands")
        return _thousands(value, src.style, rng), value
    if src.format == "xlsx" and rng.random() < 0.85:
        return value, value
    if src.format == "jsonl" and rng.random() < 0.9:
        return value, value
    return str(value), value


def _suspects(
    src: Blind62Source, value: int | None, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected) of the count of suspects."""
    if value is None:
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.style]), None
    if value == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.style]), 0
    if src.format in ("xlsx", "jsonl"):
        return value, value
    return str(value), value


def _dms(value: float, *, lat: bool, west: str, seconds: bool) -> tuple[str, float]:
    """Degrees-minutes-seconds (or decimal minutes) text and the value it denotes."""
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else west)
    a = abs(value)
    deg = int(a)
    if seconds:
        tenths = round((a - deg) * 36000)  # tenths of a second
        if tenths == 36000:
            deg, tenths = deg + 1, 0
        mins, sec10 = divmod(tenths, 600)
        back = deg + mins / 60 + sec10 / 36000
        return f"{deg}°{mins:02d}'{sec10 / 10:04.1f}\"{hemi}", round(back, 6) * (
            1 if value >= 0 else -1
        )
    thous = round((a - deg) * 60000)  # thousandths of a minute
    if thous == 60000:
        deg, thous = deg + 1, 0
    back = deg + thous / 60000
    width = 2 if lat else 3
    text = f"{hemi} {deg:0{width}d}°{thous // 1000:02d},{thous % 1000:03d}'"
    return text, round(back, 6) * (1 if value >= 0 else -1)


def _coords(
    src: Blind62Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of a location."""
    style = src.style
    if rng.random() < 0.03:
        word = choice(rng, _COORDS_UNKNOWN[style])
        tags.append("coords_placeholder" if word else "coords_missing")
        cell = word or None
        if "coordinates" in src.headers:
            return {"coordinates": cell}, None, None
        return {"lat": cell, "lon": cell}, None, None
    if style == "col":
        west = choice(rng, ("W", "O"))
        if west == "O":
            tags.append("oeste")
        t_lat, e_lat = _dms(lat, lat=True, west=west, seconds=True)
        t_lon, e_lon = _dms(lon, lat=False, west=west, seconds=True)
        tags.append("dms")
        return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
    if style == "us":
        e_lat, e_lon = round(lat, 5), round(lon, 5)
        if lon < 0 and rng.random() < 0.25:
            tags.append("west_letter")
            return {"lat": f"{e_lat:.5f}", "lon": f"{abs(e_lon):.5f} W"}, e_lat, e_lon
        return {"lat": f"{e_lat:.5f}", "lon": f"{e_lon:.5f}"}, e_lat, e_lon
    if style == "fr":
        if rng.random() < 0.6:
            tags.append("decimal_comma")
            e_lat, e_lon = round(lat, 5), round(lon, 5)
            text = f"{e_lat:.5f} / {e_lon:.5f}".replace(".", ",")
            return {"coordinates": text}, e_lat, e_lon
        tags.append("ddm")
        t_lat, e_lat = _dms(lat, lat=True, west="W", seconds=False)
        t_lon, e_lon = _dms(lon, lat=False, west="W", seconds=False)
        return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
    if style == "gc":
        if rng.random() < 0.55:
            tags.append("dms")
            t_lat, e_lat = _dms(lat, lat=True, west="W", seconds=True)
            t_lon, e_lon = _dms(lon, lat=False, west="W", seconds=True)
            # the Spanish keyboard's ordinal sign for degrees, two quotes for seconds
            # and a decimal comma in the seconds
            t_lat = t_lat.replace("°", "º ").replace("'", "' ").replace('"', "'' ")
            t_lon = t_lon.replace("°", "º ").replace("'", "' ").replace('"', "'' ")
            t_lat, t_lon = t_lat.replace(".", ","), t_lon.replace(".", ",")
            return {"lat": t_lat, "lon": t_lon}, e_lat, e_lon
        tags.append("decimal_comma")
        e_lat, e_lon = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{e_lat:.5f}".replace(".", ","), "lon": f"{e_lon:.5f}".replace(".", ",")},
            e_lat,
            e_lon,
        )
    e_lat, e_lon = round(lat, 5), round(lon, 5)
    if rng.random() < 0.7:
        return {"coordinates": f"{e_lat:.5f}, {e_lon:.5f}"}, e_lat, e_lon
    tags.append("hemisphere_letters")
    ns = "N" if e_lat >= 0 else "S"
    ew = "E" if e_lon >= 0 else "W"
    return {"coordinates": f"{abs(e_lat):.5f}{ns} {abs(e_lon):.5f}{ew}"}, e_lat, e_lon


def _ceseda(ts: pd.Timestamp) -> str:
    """Return the CESEDA article on assisting irregular entry in force on ``ts``."""
    return "L622-1" if ts < pd.Timestamp("2021-05-01") else "L823-1"


def _render(
    src: Blind62Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    style = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )
    if "place" in src.headers:
        hotspot = str(ev.get("hotspot") or "")
        places = _PLACE_FR if style == "fr" else _PLACE_COL
        cells["place"] = choice(rng, places.get(hotspot, (hotspot,))) if hotspot else None

    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    text = choice(rng, _CRIME[style][crime]).format(ceseda=_ceseda(ts))
    cells["crime_type"] = text if fits(text, src) else choice(rng, _CRIME[style][crime][:1])

    form = ev.get("exploitation")
    if form is None:
        exp["exploitation"] = None
        word = choice(rng, _EXPLOITATION[style]["none"])
        cells["exploitation"] = word or None
    else:
        exp["exploitation"] = str(form)
        cells["exploitation"] = choice(rng, _EXPLOITATION[style][str(form)])

    cells["n_persons"], exp["n_persons"] = _count(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]

    suspects = None if ev.get("n_suspects") is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, suspects, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[style][gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style]["unknown"]), "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style][age]), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev.get(col)
        if forced_blank == col or code is None:
            if forced_blank == col:
                tags.append(f"blank_{col}")
            cells[col], exp[col] = None, None
            continue
        name = _country(src, str(code), rng, demonym=col == "nationality")
        cells[col] = _maybe_mojibake(src, name, rng, tags)
        exp[col] = str(code)

    transit = ev.get("transit_countries")
    if transit is None:
        word = choice(rng, _NO_TRANSIT[style])
        cells["transit_countries"], exp["transit_countries"] = word or None, None
    else:
        codes = str(transit).split("|")
        joiner = choice(rng, _TRANSIT_JOIN[style])
        cells["transit_countries"] = joiner.join(
            _country(src, c, rng, demonym=False) for c in codes
        )
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = (
            choice(rng, _MODE[style]["unknown"]),
            "unknown",
        )
    else:
        words = _MODE[style][mode]
        if style == "gc" and mode == "sea" and ev.get("corridor") == "watl":
            words = ("Cayuco", "Embarcación", "Marítima")  # the Canaries' wooden boats
        cells["transport_mode"], exp["transport_mode"] = choice(rng, words), mode

    lat, lon = ev.get("lat"), ev.get("lon")
    if forced_blank == "coordinates" or lat is None or lon is None:
        if forced_blank == "coordinates":
            tags.append("blank_coordinates")
        blank: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        cells.update(blank)
        exp["lat"], exp["lon"] = None, None
    else:
        got, exp["lat"], exp["lon"] = _coords(src, float(lat), float(lon), rng, tags)  # type: ignore[arg-type]
        cells.update(got)

    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        parts = [choice(rng, _OFFENCES[style][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_JOIN[style].join(parts)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


def _bad_date(src: Blind62Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: none, impossible or 20 years ahead."""
    y, m, d = ts.year, ts.month, ts.day
    if kind == "no_date":
        return choice(rng, _NO_DATE[src.style]) or None
    if kind == "bad_date":
        if src.style == "us":
            return choice(rng, (f"02/30/{y}", f"04/31/{y}", f"13/45/{y}"))
        if src.style == "uk":
            return choice(rng, (f"{y}-02-30", f"{y}-04-31"))
        return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/04/{y}"))
    day = min(d, 28)  # twenty years ahead: a typed year that has not come yet
    if src.style == "col":
        return dt.datetime(y + 20, m, day)
    if src.style == "us":
        return f"{m:02d}/{day:02d}/{y + 20}"
    if src.style == "uk":
        return f"{y + 20}-{m:02d}-{day:02d}"
    return f"{day:02d}/{m:02d}/{y + 20}"


def _note_date(src: Blind62Source, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of its last row)."""
    if src.style == "col":
        return dt.datetime(last.year, last.month, last.day)
    if src.style == "us":
        return f"{last.month:02d}/{last.day:02d}/{last.year}"
    if src.style == "uk":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Blind62Source] = Examiner(
    sources=BLIND62_SOURCES,
    primary={
        "PAN": _COL.source,
        "USA": _US.source,
        "FRA": _FR.source,
        "ESP": _GC.source,
    },
    compilation=_UK.source,
    secondary={
        ("channel", "FRA"): _UK.source,
        ("channel", "GBR"): _FR.source,
        ("darien", "PAN"): _US.source,
        ("thb_rou_esp", "ITA"): _GC.source,
        ("thb_vnm_gbr", "GBR"): _FR.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6262,
    blank_share=0.3,
)


def make_blind62(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind62`` agencies' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``migracion_col_antioquia_bl.xlsx``, ``dhs_jtf_west_bl.csv``,
        ``dzpaf_nord_bl.csv``, ``gc_edati_bl.csv`` and ``ho_iei_liaison_bl.jsonl``, each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind62(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['migracion_col_antioquia_bl.xlsx', 'dhs_jtf_west_bl.csv', 'dzpaf_nord_bl.csv',
     'gc_edati_bl.csv', 'ho_iei_liaison_bl.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
