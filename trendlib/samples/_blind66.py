"""Examiner sample set ``blind66``: five statistics offices' and ministries' case lists.

Written independently of the cleaner, from the examiner's knowledge of how these offices
export case lists; files ``*_bp.*``. Reader's guide to the five sources:

``estat_crim_bp.jsonl`` -- Eurostat-style extract (English, JSON lines, UTF-8)
    The compilation: every event detected in Greece, Croatia, Poland and Italy, plus a
    second report of some Spanish events. SDMX-CSV-like keys (``case_id``,
    ``TIME_PERIOD``, ``OBS_VALUE``, ``geo``, ``citizen``, ...). Dates ISO
    (``2022-03-14``, sometimes ``2022-03-14T00:00:00``), months ``2022-03`` or
    ``2022M03``, quarters ``2022-Q1`` or ``2022Q1``. Countries as Eurostat writes them:
    ISO alpha-2 codes with Eurostat's own ``EL`` (Greece) and ``UK`` (United Kingdom),
    sometimes ``code - label``; ``geo`` is often a NUTS region (``ITG1``, ``EL41``,
    ``PL84``, ``ES70``). Offence by EU legal basis (Directive 2011/36/EU trafficking,
    Directive 2002/90/EC facilitation). Sex ``M``/``F``/``F+M``, age ``Y_LT18``/
    ``Y_GE18`` (both for mixed groups), ``UNK`` unknown; ``:`` = not available.
    Location as WKT ``POINT (lon lat)`` (longitude first), sometimes EWKT with
    ``SRID=4326;``, ``POINT EMPTY`` when not geolocated. Counts are JSON numbers, some
    strings. A footnote record and a total record.

``homeoffice_irreg_bp.xlsx`` -- UK Home Office migration statistics (English, XLSX)
    Irregular-migration and NRM detailed dataset turned into a case list; every event
    detected in the United Kingdom, and a second report of some Channel events detected
    on the French side (juxtaposed controls). Headers carry GSS note markers
    (``Date of detection [note 3]``). Dates real Excel dates, some bare serial numbers,
    some text (``14/03/2022``, ``14 March 2022``), months ``Mar 2022``, quarters
    ``2022 Q1`` or ``Jan to Mar 2022``. GSS symbols: ``[x]`` not available, ``[c]``
    confidential, ``[z]`` not applicable. Offences by statute (s.25 Immigration Act 1971,
    s.2 Modern Slavery Act 2015); NRM exploitation types; methods of entry (small boat,
    HGV, inadequately documented air arrivals). Detection in ``England``/``Scotland``.
    Latitude and longitude as numbers, some as DMS text.

``ssmsi_etrangers_bp.csv`` -- French SSMSI (French, UTF-8, ``;``)
    Service statistique ministériel de la sécurité intérieure: procedures recorded by
    police and gendarmerie; every event detected in France and a second report of some
    Channel and Viet Nam -> UK events detected in the United Kingdom. Dates day-first
    (``14/03/2022``, ``14/03/22``, ``14 mars 2022``, some ISO), months ``mars 2022`` or
    ``03/2022``, quarters ``T1 2022`` or ``1er trimestre 2022``. Offences by article
    (``L.823-1 CESEDA``, the former ``L.622-1``, ``225-4-1 C. pén.``, ``TEH``), suspects
    as "mis en cause", nationality as an adjective (``AFGHANE``, ``érythréenne``),
    ``Angleterre`` for the United Kingdom, thousands with (narrow) no-break spaces,
    ``n.c.``/``NR`` placeholders, ``aucun``/``néant``. Coordinates in one cell: decimal
    comma with N/E/O letters (``O`` = ouest), degrees and decimal minutes, or
    ``lat ... ; lon ...``. A few UTF-8 names garbled as cp1252 (``SÃ©nÃ©gal``).

``opi_casos_bp.csv`` -- Spanish Ministry of Inclusion, OPI (Spanish, cp1252, tab)
    An INE-style table turned into a case list (Excel "texto delimitado por
    tabulaciones" export, ANSI); every event detected in Spain. ``Periodo`` holds days
    (``14/03/2022``, ``14-03-2022``, ``14 de marzo de 2022``), INE period codes
    (``2022M03``, ``2022T1``) or words (``marzo de 2022``, ``1er trimestre 2022``).
    Offences by Código Penal article (``art. 318 bis``, ``art. 177 bis``), INE's ``..``
    for not available, ``No consta``, thousands with dots (``1.234``), ``MENA`` for
    unaccompanied minors, ``Varones``/``Mujeres``/``Ambos sexos``, transport words
    (``patera``, ``cayuco``, ``salto de valla``). Coordinates in degrees, minutes and
    seconds with ``º`` and ``O`` (oeste), or decimal comma. Re-sends some rows.

``ircc_mio_bp.csv`` -- Canadian IRCC migration-integrity liaison (English, UTF-8 BOM, ``,``)
    Bilingual English/French headers (``Date of interception / Date d'interception``);
    every event detected in Panama and the United States. GCMS-style dates
    ``2022/03/14``, ISO, ``14-MAR-2022``; months ``2022/03`` or ``MAR-2022``; quarters
    ``Q1 2023`` or Government of Canada fiscal quarters (``FY2022-23 Q4`` = January to
    March 2023). Offences by IRPA section (s.117 smuggling, s.118 trafficking) or
    Criminal Code s.279.01; "citizenship" as names or ISO alpha-3 codes; ``Unk.``/``N/K``
    placeholders, ``nil``; coordinates ``lat, lon`` signed or with N/W letters. Re-sends
    some rows.
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

__all__ = ["BLIND66_SOURCES", "make_blind66"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Rates of the messiness (shares of the rows written)
# --------------------------------------------------------------------------------------
_MONTH_SHARE = 0.07  # partial dates: month only
_QUARTER_SHARE = 0.035  # partial dates: quarter only
_COUNT_PLACEHOLDER = 0.015
_SUSPECTS_PLACEHOLDER = 0.03
_ZERO_WORD = 0.35  # of the rows with no suspect
_UNKNOWN_GENDER = 0.012
_UNKNOWN_NATIONALITY = 0.012
_NA_WORD = 0.012  # age group and transport mode, each
_COORDS_PLACEHOLDER = 0.03
_TYPO = 0.04
_MOJIBAKE = 0.04


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A blind66 source: the shared fields plus the key of its writing style."""

    key: str


_ESTAT = _Source(
    source="estat_crim_bp",
    filename="estat_crim_bp.jsonl",
    ref="CX{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "TIME_PERIOD",
        "detection_country": "geo",
        "crime_type": "offence",
        "exploitation": "exploit",
        "n_persons": "OBS_VALUE",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "citizen",
        "origin_country": "c_orig",
        "destination_country": "c_dest",
        "transit_countries": "c_transit",
        "transport_mode": "border_type",
        "coordinates": "geometry",
        "linked_offences": "assoc_offences",
    },
    note="Footnote: ':' = not available; provisional data; CX ids are national case numbers",
    total="Total (all cases)",
    bad_count=("several", "see annex", "multiple"),
    repeats=False,
    key="estat",
)
_HO = _Source(
    source="homeoffice_irreg_bp",
    filename="homeoffice_irreg_bp.xlsx",
    ref="HO/IE/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case reference",
        "event_date": "Date of detection [note 3]",
        "crime_type": "Offence category [note 4]",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "Number of people [note 5]",
        "n_suspects": "Suspected facilitators (number)",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Location of detection",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Method of entry",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Associated offences",
    },
    note=(
        "Source: Home Office, Immigration Enforcement and NRM data. "
        "[x] not available, [c] confidential, [z] not applicable."
    ),
    total="Total",
    bad_count=("multiple", "see narrative", "various"),
    repeats=False,
    key="ho",
)
_SSMSI = _Source(
    source="ssmsi_etrangers_bp",
    filename="ssmsi_etrangers_bp.csv",
    ref="PV{seq:05d}/{year}",
    format="csv",
    encoding="utf-8",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification juridique",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes (victimes/migrants)",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de passage",
        "coordinates": "Coordonnées (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note=(
        "Source : SSMSI, base des crimes et délits enregistrés par la police et la "
        "gendarmerie - données provisoires"
    ),
    total="Total général",
    bad_count=("plusieurs", "voir PV", "nombreux"),
    repeats=False,
    key="ssmsi",
)
_OPI = _Source(
    source="opi_casos_bp",
    filename="opi_casos_bp.csv",
    ref="EXP-{seq:05d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Periodo",
        "crime_type": "Tipo delictivo (CP)",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Personas (nº)",
        "n_suspects": "Detenidos/investigados (nº)",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note=(
        "Fuente: Ministerio de Inclusión, Seguridad Social y Migraciones (OPI). "
        "Datos provisionales; '..' dato no disponible"
    ),
    total="Total nacional",
    bad_count=("varios", "ver atestado", "numerosos"),
    repeats=True,
    key="opi",
)
_IRCC = _Source(
    source="ircc_mio_bp",
    filename="ircc_mio_bp.csv",
    ref="MIO-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "File No. / No de dossier",
        "event_date": "Date of interception / Date d'interception",
        "crime_type": "Offence / Infraction",
        "exploitation": "Exploitation type / Type d'exploitation",
        "n_persons": "# persons / Nbre de personnes",
        "n_suspects": "# facilitators / Nbre de passeurs",
        "gender": "Sex / Sexe",
        "age_group": "Age group / Groupe d'âge",
        "nationality": "Citizenship / Citoyenneté",
        "origin_country": "Country of origin / Pays d'origine",
        "destination_country": "Intended destination / Destination prévue",
        "detection_country": "Country of interception / Pays d'interception",
        "transit_countries": "Transit countries / Pays de transit",
        "transport_mode": "Mode / Mode",
        "coordinates": "Lat/Long (DD)",
        "linked_offences": "Related offences / Infractions connexes",
    },
    note="Preliminary figures, subject to change / Données préliminaires, sujettes à changement",
    total="Grand total / Total général",
    bad_count=("multiple", "see narrative", "several"),
    repeats=True,
    key="ircc",
)

#: The five sources of the ``blind66`` set, in the order their submissions are returned.
BLIND66_SOURCES: tuple[_Source, ...] = (_ESTAT, _HO, _SSMSI, _OPI, _IRCC)

_PRIMARY = {
    "GBR": _HO.source,
    "FRA": _SSMSI.source,
    "ESP": _OPI.source,
    "PAN": _IRCC.source,
    "USA": _IRCC.source,
}
_SECONDARY = {
    ("channel", "FRA"): _HO.source,
    ("channel", "GBR"): _SSMSI.source,
    ("thb_vnm_gbr", "GBR"): _SSMSI.source,
    ("watl", "ESP"): _ESTAT.source,
    ("wmed", "ESP"): _ESTAT.source,
    ("thb_rou_esp", "ESP"): _ESTAT.source,
}

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "BGD": ("Bangladesh",),
    "CHN": ("China", "China (PRC)"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "GIN": ("Guinea", "Guinea (Conakry)"),
    "GMB": ("Gambia", "The Gambia"),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haiti",),
    "IRN": ("Iran", "Iran (Islamic Republic of)"),
    "IRQ": ("Iraq",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MLI": ("Mali",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "ROU": ("Romania",),
    "SEN": ("Senegal",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
    "AUT": ("Austria",),
    "DEU": ("Germany",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK"),
    "GRC": ("Greece",),
    "ITA": ("Italy",),
    "USA": ("United States", "USA", "U.S."),
    "POL": ("Poland",),
    "HRV": ("Croatia",),
    "PAN": ("Panama",),
    "BLR": ("Belarus",),
    "RUS": ("Russia", "Russian Federation"),
    "HUN": ("Hungary",),
    "LBY": ("Libya",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "BGR": ("Bulgaria",),
    "SRB": ("Serbia",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "MKD": ("North Macedonia",),
}
_EN_DEMONYM: dict[str, str] = {
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
_EN_TYPO: dict[str, str] = {
    "COL": "Columbia",
    "AFG": "Afganistan",
    "MAR": "Morrocco",
    "VEN": "Venezuala",
    "TUN": "Tunesia",
    "LBY": "Lybia",
    "GTM": "Guatamala",
    "ERI": "Eritria",
    "BGD": "Bangaladesh",
}
_FR_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "BGD": ("Bangladesh",),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haïti",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MLI": ("Mali",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "ROU": ("Roumanie",),
    "SEN": ("Sénégal",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
    "AUT": ("Autriche",),
    "DEU": ("Allemagne",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Angleterre", "R.-U."),
    "GRC": ("Grèce",),
    "ITA": ("Italie",),
    "USA": ("États-Unis",),
    "POL": ("Pologne",),
    "HRV": ("Croatie",),
    "PAN": ("Panama",),
    "BLR": ("Biélorussie", "Bélarus"),
    "RUS": ("Russie",),
    "HUN": ("Hongrie",),
    "LBY": ("Libye",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "BGR": ("Bulgarie",),
    "SRB": ("Serbie",),
    "BIH": ("Bosnie-Herzégovine",),
    "MKD": ("Macédoine du Nord",),
}
#: Nationality as French forms write it: the feminine adjective ("nationalité afghane").
_FR_NAT: dict[str, str] = {
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
}
_FR_TYPO: dict[str, str] = {
    "LBY": "Lybie",
    "AFG": "Afganistan",
    "ERI": "Erythrée",
    "EGY": "Egypte",
    "DZA": "Algerie",
    "SEN": "Senegal",
}
_ES_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "BGD": ("Bangladés", "Bangladesh"),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "GIN": ("Guinea", "Guinea Conakry"),
    "GMB": ("Gambia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haití",),
    "IRN": ("Irán",),
    "IRQ": ("Irak", "Iraq"),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MLI": ("Malí",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "ROU": ("Rumanía", "Rumania"),
    "SEN": ("Senegal",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
    "AUT": ("Austria",),
    "DEU": ("Alemania",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GRC": ("Grecia",),
    "ITA": ("Italia",),
    "USA": ("Estados Unidos", "EE. UU."),
    "POL": ("Polonia",),
    "HRV": ("Croacia",),
    "PAN": ("Panamá",),
    "BLR": ("Bielorrusia",),
    "RUS": ("Rusia",),
    "HUN": ("Hungría",),
    "LBY": ("Libia",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "BGR": ("Bulgaria",),
    "SRB": ("Serbia",),
    "BIH": ("Bosnia y Herzegovina",),
    "MKD": ("Macedonia del Norte",),
}
#: Nationality as an adjective agreeing with "nacionalidad" (feminine).
_ES_NAT: dict[str, str] = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
_ES_TYPO: dict[str, str] = {
    "AFG": "Afganistan",
    "CMR": "Camerun",
    "MLI": "Mali",
    "HTI": "Haiti",
    "TUN": "Tunez",
    "DZA": "Argélia",
    "MAR": "Marrruecos",
}

# Eurostat writes Greece and the United Kingdom with its own codes.
_ESTAT_CODE = {"GR": "EL", "GB": "UK"}
# NUTS region of each hotspot, as the Eurostat-style extract gives ``geo``.
_NUTS: dict[str, tuple[str, ...]] = {
    "Lampedusa": ("ITG1", "ITG14"),
    "Pozzallo": ("ITG1", "ITG18"),
    "Palermo": ("ITG1", "ITG12"),
    "Crotone": ("ITF6",),
    "Castel Volturno": ("ITF3",),
    "Torino": ("ITC1", "ITC11"),
    "Latina (Agro Pontino)": ("ITI4",),
    "Lesbos": ("EL41", "EL411"),
    "Samos": ("EL41",),
    "Evros": ("EL51", "EL511"),
    "Białowieża": ("PL84",),
    "Kuźnica": ("PL84",),
    "Michałowo": ("PL84",),
    "Gran Canaria": ("ES70",),
    "Tenerife": ("ES70",),
    "Lanzarote": ("ES70",),
    "El Hierro": ("ES70",),
    "Almería": ("ES61",),
    "Almería (El Ejido)": ("ES61",),
    "Huelva": ("ES61",),
    "Ceuta": ("ES63",),
    "Melilla": ("ES64",),
}


def _estat_code(code: str) -> str:
    alpha2 = iso_codes(code)[0]
    return _ESTAT_CODE.get(alpha2, alpha2)


def _country(src: _Source, code: str, rng: _Rng, tags: list[str], *, nat: bool) -> str:
    """Write one country (or, with ``nat``, a nationality) the source's way."""
    key = src.key
    if key == "estat":
        short = _estat_code(code)
        if rng.random() < 0.2:
            return f"{short} - {_EN_COUNTRY[code][0]}"
        return short
    if key == "ircc" and rng.random() < 0.25:
        return code  # GCMS writes ISO alpha-3 codes
    if key in ("ho", "ircc"):
        if rng.random() < _TYPO and code in _EN_TYPO:
            tags.append("typo")
            return _EN_TYPO[code]
        if nat and code in _EN_DEMONYM and rng.random() < 0.25:
            return _EN_DEMONYM[code]
        name = choice(rng, _EN_COUNTRY[code])
        return name.upper() if key == "ho" and rng.random() < 0.1 else name
    if key == "ssmsi":
        if rng.random() < _TYPO and code in _FR_TYPO:
            tags.append("typo")
            return _FR_TYPO[code]
        if nat and code in _FR_NAT and rng.random() < 0.6:
            word = _FR_NAT[code]
            text = word.upper() if rng.random() < 0.5 else word
        else:
            text = choice(rng, _FR_COUNTRY[code])
        if rng.random() < _MOJIBAKE:
            garbled = mojibake(text)
            if garbled is not None and fits(garbled, src):
                tags.append("mojibake")
                return garbled
        return text
    # opi
    if rng.random() < _TYPO and code in _ES_TYPO:
        tags.append("typo")
        return _ES_TYPO[code]
    if nat and code in _ES_NAT and rng.random() < 0.45:
        return _ES_NAT[code]
    name = choice(rng, _ES_COUNTRY[code])
    return name.upper() if rng.random() < 0.12 else name


def _transit(src: _Source, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        return None
    codes = str(value).split("|")
    if src.key == "estat":
        sep = choice(rng, (">", "-", ", "))
        return sep.join(_estat_code(c) for c in codes)
    if src.key == "ircc" and rng.random() < 0.3:
        return choice(rng, ("-", " > ")).join(codes)
    names = [_country(src, c, rng, tags, nat=False) for c in codes]
    seps = {
        "ho": (", ", " > ", " / "),
        "ircc": ("; ", " - ", ", "),
        "ssmsi": (", ", " - ", " / "),
        "opi": (" - ", ", ", " / "),
    }[src.key]
    return choice(rng, seps).join(names)


# --------------------------------------------------------------------------------------
# Value wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "estat": {
        "trafficking": (
            "THB (Dir. 2011/36/EU)",
            "Trafficking in human beings",
            "Dir. 2011/36/EU art. 2",
        ),
        "smuggling": (
            "Facilitation of unauthorised entry (Dir. 2002/90/EC)",
            "Migrant smuggling",
            "Dir. 2002/90/EC art. 1",
        ),
        "both": (
            "THB + facilitation (Dir. 2011/36/EU; Dir. 2002/90/EC)",
            "Trafficking in human beings and migrant smuggling",
        ),
    },
    "ho": {
        "trafficking": (
            "Modern slavery (s.2 MSA 2015)",
            "Human trafficking",
            "Modern slavery - human trafficking",
        ),
        "smuggling": (
            "Facilitation (s.25 Immigration Act 1971)",
            "Organised immigration crime - facilitation",
            "s.25 IA 1971",
        ),
        "both": (
            "Facilitation and modern slavery (s.25 IA 1971 / s.2 MSA 2015)",
            "OIC facilitation + human trafficking",
        ),
    },
    "ssmsi": {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "225-4-1 C. pén.",
        ),
        "smuggling": (
            "Aide à l'entrée ou au séjour irréguliers (art. L.823-1 CESEDA)",
            "Aide à l'entrée irrégulière",
            "L. 823-1 CESEDA",
            "art. L.622-1 CESEDA (ancien)",
        ),
        "both": (
            "TEH et aide à l'entrée irrégulière",
            "225-4-1 CP + L.823-1 CESEDA",
        ),
    },
    "opi": {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "177 bis CP",
            "TSH",
        ),
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "318 bis CP",
            "Delito contra los derechos de los ciudadanos extranjeros",
        ),
        "both": (
            "177 bis y 318 bis CP",
            "Trata + favorecimiento de la inmigración ilegal",
        ),
    },
    "ircc": {
        "trafficking": (
            "Human trafficking (IRPA s.118)",
            "Trafficking in persons (CC 279.01)",
            "IRPA 118",
        ),
        "smuggling": (
            "Human smuggling (IRPA s.117)",
            "IRPA 117",
            "Organizing illegal entry (s.117)",
        ),
        "both": (
            "IRPA s.117 & s.118",
            "Smuggling + trafficking (IRPA 117/118)",
        ),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "estat": {
        "sexual": ("SEX - Sexual exploitation", "SEX"),
        "forced_labour": ("LAB - Forced labour or services", "LAB"),
        "forced_criminality": ("CRIM - Exploitation of criminal activities",),
        "forced_marriage": ("MARR - Forced marriage",),
        "organ_removal": ("ORG - Removal of organs",),
        "other": ("OTH - Other forms of exploitation",),
    },
    "ho": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other exploitation",),
    },
    "ssmsi": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "Exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre forme d'exploitation", "autre"),
    },
    "opi": {
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "explotación para delinquir"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras formas de explotación",),
    },
    "ircc": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
}
# What a pure smuggling row says in the exploitation column (None: left empty).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "estat": (None, None, "z"),
    "ho": ("[z]", None),
    "ssmsi": ("sans objet", None, None, "SO"),
    "opi": ("No procede", None, None),
    "ircc": ("N/A", None, None),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "estat": {"male": ("M",), "female": ("F",), "mixed": ("F+M", "M,F")},
    "ho": {
        "male": ("Male", "Males"),
        "female": ("Female",),
        "mixed": ("Male and female", "Mixed"),
    },
    "ssmsi": {
        "male": ("Homme(s)", "H", "masculin"),
        "female": ("Femme(s)", "F", "féminin"),
        "mixed": ("Mixte", "hommes et femmes"),
    },
    "opi": {
        "male": ("Hombres", "Varones", "Hombre"),
        "female": ("Mujeres", "Mujer"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "ircc": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("M/F", "Mixed"),
    },
}
_GENDER_UNKNOWN: dict[str, tuple[str | None, ...]] = {
    "estat": ("UNK", None),
    "ho": ("Unknown sex", "[x]"),
    "ssmsi": ("non renseigné", "NR"),
    "opi": ("No consta", ".."),
    "ircc": ("Unk.", None),
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "estat": {"child": ("Y_LT18",), "adult": ("Y_GE18",), "mixed": ("Y_LT18,Y_GE18",)},
    "ho": {
        "child": ("Under 18", "Child (under 18)"),
        "adult": ("18 and over", "Adult"),
        "mixed": ("Adults and children", "Mixed ages"),
    },
    "ssmsi": {
        "child": ("mineur(s)", "MNA", "Mineur"),
        "adult": ("majeur(s)", "Majeur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "opi": {
        "child": ("Menores", "MENA", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "ircc": {
        "child": ("Minor", "<18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed"),
    },
}
_AGE_UNKNOWN: dict[str, tuple[str, ...]] = {
    "estat": ("UNK",),
    "ho": ("Age unknown", "[x]"),
    "ssmsi": ("non renseigné", "âge inconnu"),
    "opi": ("No consta", "Edad desconocida"),
    "ircc": ("Unk.", "N/A"),
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "estat": {
        "sea": ("Sea border", "SEA"),
        "land": ("Land border", "LAND"),
        "air": ("Air border", "AIR"),
    },
    "ho": {
        "sea": ("Small boat", "Small boat arrival", "Maritime (RHIB)"),
        "land": ("Lorry (HGV)", "Clandestine entry - vehicle", "Rail freight (Eurotunnel)"),
        "air": ("Inadequately documented air arrival", "Air"),
    },
    "ssmsi": {
        "sea": ("small boat", "embarcation de fortune", "voie maritime", "bateau pneumatique"),
        "land": ("poids lourd", "véhicule léger", "à pied", "voie terrestre"),
        "air": ("voie aérienne", "avion"),
    },
    "opi": {
        "sea": ("patera", "cayuco", "neumática", "vía marítima"),
        "land": ("salto de valla", "oculto en vehículo", "a pie", "vía terrestre"),
        "air": ("vía aérea", "vuelo comercial", "aeropuerto"),
    },
    "ircc": {
        "sea": ("Maritime", "Boat"),
        "land": ("Land", "On foot", "Overland (bus)"),
        "air": ("Air", "Commercial flight"),
    },
}
_MODE_UNKNOWN: dict[str, tuple[str, ...]] = {
    "estat": ("UNK",),
    "ho": ("Not recorded", "[x]"),
    "ssmsi": ("non déterminé", "NR"),
    "opi": ("No consta", "Desconocido"),
    "ircc": ("Unk.", "N/A"),
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "estat": {
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit trafficking in goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "ho": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery/corruption",),
        "money_laundering": ("Money laundering", "Money laundering (POCA 2002)"),
        "illicit_goods": ("Contraband goods", "Illicit goods"),
        "cybercrime": ("Cyber-enabled crime", "Cybercrime"),
        "terrorism": ("Terrorism",),
    },
    "ssmsi": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de marchandises"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "opi": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelincuencia", "delito informático"),
        "terrorism": ("terrorismo",),
    },
    "ircc": {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_LINKED_JOIN: dict[str, tuple[str, ...]] = {
    "estat": (";", "; "),
    "ho": ("; ", ", "),
    "ssmsi": (", ", " + "),
    "opi": (" y ", ", "),
    "ircc": ("; ", " / "),
}
_COUNT_PLACEHOLDER_WORDS: dict[str, tuple[str, ...]] = {
    "estat": (":",),
    "ho": ("[x]", "[c]"),
    "ssmsi": ("n.c.", "inconnu", "NR"),
    "opi": ("..", "s.d.", "No consta"),
    "ircc": ("Unk.", "N/K", "unknown"),
}
_ZERO_WORDS: dict[str, tuple[str, ...]] = {
    "estat": ("none",),
    "ho": ("None", "Nil"),
    "ssmsi": ("aucun", "néant"),
    "opi": ("ninguno", "ninguna persona"),
    "ircc": ("nil", "none"),
}
_SUSPECT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "estat": (":",),
    "ho": ("[x]", "Not known"),
    "ssmsi": ("inconnu", "n.c."),
    "opi": ("..", "desconocido"),
    "ircc": ("Unk.", "N/K"),
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_EN_MONTHS = (
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
_FR_QUARTER = ("1er", "2e", "3e", "4e")
_ES_QUARTER = ("1er", "2º", "3er", "4º")
_HO_QUARTER = ("Jan to Mar", "Apr to Jun", "Jul to Sep", "Oct to Dec")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_BAD_DAYS = ("29/2", "30/2", "31/4", "31/6", "31/9")


def _day(src: _Source, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date the source's way."""
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    key = src.key
    if key == "estat":
        return f"{y}-{m:02d}-{d:02d}" + ("T00:00:00" if r < 0.15 else "")
    if key == "ho":
        if r < 0.65:
            return dt.datetime(y, m, d)
        if r < 0.75:
            return int((ts.normalize() - _EXCEL_EPOCH).days)  # a cell that lost its format
        if r < 0.9:
            return f"{d:02d}/{m:02d}/{y}"
        return f"{d} {_EN_MONTHS[m - 1]} {y}"
    if key == "ssmsi":
        if r < 0.68:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.78:
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if r < 0.92:
            day = "1er" if d == 1 else str(d)
            return f"{day} {_FR_MONTHS[m - 1]} {y}"
        return f"{y}-{m:02d}-{d:02d}"
    if key == "opi":
        if r < 0.7:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.85:
            return f"{d:02d}-{m:02d}-{y}"
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    # ircc
    if r < 0.55:
        return f"{y}/{m:02d}/{d:02d}"
    if r < 0.8:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}-{_EN_MONTHS[m - 1][:3].upper()}-{y}"


def _month(src: _Source, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    first = rng.random() < 0.5
    key = src.key
    if key == "estat":
        return f"{y}-{m:02d}" if first else f"{y}M{m:02d}"
    if key == "ho":
        return f"{_EN_MONTHS[m - 1][:3]} {y}" if first else f"{_EN_MONTHS[m - 1]} {y}"
    if key == "ssmsi":
        return f"{_FR_MONTHS[m - 1]} {y}" if first else f"{m:02d}/{y}"
    if key == "opi":
        return f"{y}M{m:02d}" if first else f"{_ES_MONTHS[m - 1]} de {y}"
    return f"{y}/{m:02d}" if first else f"{_EN_MONTHS[m - 1][:3].upper()}-{y}"


def _quarter(src: _Source, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = (ts.month - 1) // 3 + 1, ts.year
    first = rng.random() < 0.5
    key = src.key
    if key == "estat":
        return f"{y}-Q{q}" if first else f"{y}Q{q}"
    if key == "ho":
        return f"{y} Q{q}" if first else f"{_HO_QUARTER[q - 1]} {y}"
    if key == "ssmsi":
        return f"T{q} {y}" if first else f"{_FR_QUARTER[q - 1]} trimestre {y}"
    if key == "opi":
        return f"{y}T{q}" if first else f"{_ES_QUARTER[q - 1]} trimestre {y}"
    if first:
        return f"Q{q} {y}"
    # Government of Canada fiscal year: April to March; Q4 of FY2022-23 = Jan-Mar 2023
    fy_start = y if q >= 2 else y - 1
    fq = q - 1 if q >= 2 else 4
    return f"FY{fy_start}-{(fy_start + 1) % 100:02d} Q{fq}"


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: missing, impossible or future."""
    y = ts.year
    key = src.key
    if kind == "no_date":
        words: dict[str, tuple[str | None, ...]] = {
            "estat": (None,),
            "ho": (None, "[x]"),
            "ssmsi": (None, "date inconnue"),
            "opi": (None, "No consta"),
            "ircc": (None, "Unk."),
        }
        options = words[key]
        return options[int(rng.integers(len(options)))]
    if kind == "bad_date":  # a day the month does not have (2021-2023 are not leap years)
        dd, mm = (30, 2) if y % 4 == 0 else (int(p) for p in choice(rng, _BAD_DAYS).split("/"))
        if key == "estat":
            return f"{y}-{mm:02d}-{dd:02d}"
        if key == "ircc":
            return f"{y}/{mm:02d}/{dd:02d}"
        return f"{dd:02d}/{mm:02d}/{y}"
    # future: the clerk swapped two digits of the year (2022 -> 2202)
    fut = ts.replace(year=int(f"2{str(y)[2]}0{str(y)[3]}"))
    if key == "ho":  # a real date cell (a bare serial of 2202 would read as a bad date)
        return dt.datetime(fut.year, fut.month, fut.day)
    return _day(src, fut, rng)


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Write the date of a note row: its extraction, a few days after the last row."""
    day = last + pd.Timedelta(days=4)
    if src.key == "ho":
        return dt.datetime(day.year, day.month, day.day)
    if src.key in ("estat",):
        return day.strftime("%Y-%m-%d")
    if src.key == "ircc":
        return day.strftime("%Y/%m/%d")
    return day.strftime("%d/%m/%Y")


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags)."""
    r = rng.random()
    if partial_ok and r < _MONTH_SHARE:
        return _month(src, ts, rng), ts.to_period("M").start_time, "month", ["partial_date"]
    if partial_ok and r < _MONTH_SHARE + _QUARTER_SHARE:
        cell = _quarter(src, ts, rng)
        tag = "fiscal_quarter" if str(cell).startswith("FY") else "partial_date"
        return cell, ts.to_period("Q").start_time, "quarter", [tag]
    return _day(src, ts, rng), ts.normalize(), "day", []


# --------------------------------------------------------------------------------------
# Numbers and coordinates
# --------------------------------------------------------------------------------------
def _count(src: _Source, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the source's way."""
    key = src.key
    big = n >= 1000
    if key == "estat":
        return n if rng.random() < 0.85 else str(n)
    if key == "ho":
        if big and rng.random() < 0.4:
            tags.append("thousands")
            return f"{n:,}"
        return n
    if key == "ircc":
        if big and rng.random() < 0.7:
            tags.append("thousands")
            return f"{n:,}"
        return str(n)
    if key == "ssmsi":
        if big and rng.random() < 0.7:
            tags.append("thousands")
            return f"{n:,}".replace(",", choice(rng, ("\u202f", "\xa0", " ")))
        return str(n)
    if big and rng.random() < 0.7:  # opi
        tags.append("thousands")
        return f"{n:,}".replace(",", ".")
    return str(n)


def _plain(src: _Source, n: int) -> object:
    """Write a small count: a number in XLSX and JSON, text in CSV."""
    return n if src.format != "csv" else str(n)


def _dms_parts(value: float, places: int) -> tuple[int, int, float, float]:
    """Split ``|value|`` into degrees, minutes and seconds (``places`` decimals).

    Returns (degrees, minutes, seconds, signed value the written text stands for).
    """
    scale = 10**places
    units = round(abs(value) * 3600 * scale)
    deg, rest = divmod(units, 3600 * scale)
    minutes, sec_units = divmod(rest, 60 * scale)
    sign = -1.0 if value < 0 else 1.0
    return int(deg), int(minutes), sec_units / scale, sign * units / (3600 * scale)


def _ddm_parts(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (3 decimals); returns (deg, minutes, value written)."""
    units = round(abs(value) * 60 * 1000)
    deg, rest = divmod(units, 60 * 1000)
    sign = -1.0 if value < 0 else 1.0
    return int(deg), rest / 1000, sign * units / 60000


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float, float, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of a located event."""
    key = src.key
    r = rng.random()
    ns = "N" if lat >= 0 else "S"
    if key == "estat":
        k = 4 if r < 0.5 else 5
        la, lo = round(lat, k), round(lon, k)
        prefix = "SRID=4326;" if rng.random() < 0.2 else ""
        space = " " if rng.random() < 0.7 else ""
        text = f"{prefix}POINT{space}({lo:.{k}f} {la:.{k}f})"
        return {"coordinates": text}, la, lo, ["wkt_lon_lat"]
    if key == "ho":
        if r < 0.85:
            la, lo = round(lat, 5), round(lon, 5)
            return {"lat": la, "lon": lo}, la, lo, []
        d1, m1, s1, la = _dms_parts(lat, 1)
        d2, m2, s2, lo = _dms_parts(lon, 1)
        ew = "E" if lon >= 0 else "W"
        cells: _Cells = {
            "lat": f"{d1}°{m1:02d}'{s1:04.1f}\"{ns}",
            "lon": f"{d2}°{m2:02d}'{s2:04.1f}\"{ew}",
        }
        return cells, la, lo, ["dms"]
    if key == "ssmsi":
        eo = "E" if lon >= 0 else "O"
        if r < 0.55:
            la, lo = round(lat, 5), round(lon, 5)
            text = f"{abs(la):.5f} {ns} / {abs(lo):.5f} {eo}".replace(".", ",")
            return {"coordinates": text}, la, lo, ["decimal_comma"]
        if r < 0.8:
            d1, dm1, la = _ddm_parts(lat)
            d2, dm2, lo = _ddm_parts(lon)
            ew = "E" if lon >= 0 else "W"
            text = f"{ns} {d1:02d}°{dm1:06.3f}' {ew} {d2:03d}°{dm2:06.3f}'".replace(".", ",")
            return {"coordinates": text}, la, lo, ["ddm"]
        la, lo = round(lat, 4), round(lon, 4)
        text = f"lat {la:.4f} ; lon {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, la, lo, ["decimal_comma"]
    if key == "opi":
        if r < 0.6:
            d1, m1, s1, la = _dms_parts(lat, 0)
            d2, m2, s2, lo = _dms_parts(lon, 0)
            eo = "E" if lon >= 0 else "O"
            text = f"{d1}º {m1:02d}' {int(s1):02d}'' {ns}, {d2}º {m2:02d}' {int(s2):02d}'' {eo}"
            return {"coordinates": text}, la, lo, ["dms"]
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{la:.4f} / {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, la, lo, ["decimal_comma"]
    # ircc
    if r < 0.6:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    la, lo = round(lat, 4), round(lon, 4)
    ew = "E" if lon >= 0 else "W"
    text = f"{abs(la):.4f} {ns} {abs(lo):.4f} {ew}"
    return {"coordinates": text}, la, lo, ["hemisphere_letters"]


_NO_COORDS: dict[str, tuple[str | None, ...]] = {
    "estat": ("POINT EMPTY", None),
    "ho": ("[x]",),
    "ssmsi": ("NR", "non géolocalisé"),
    "opi": ("No consta",),
    "ircc": ("N/A",),
}


def _no_coords(src: _Source, rng: _Rng, *, blank: bool) -> _Cells:
    options = _NO_COORDS[src.key]
    word = None if blank else options[int(rng.integers(len(options)))]
    if src.key == "ho":
        return {"lat": word, "lon": word}
    return {"coordinates": word}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    key = src.key
    tags: list[str] = []
    cells: _Cells = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, date_tags = _date(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tags += date_tags

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[key][crime])
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if form is None:
        cells["exploitation"] = _pick(rng, _NO_EXPLOITATION[key])
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[key][str(form)])
    exp["exploitation"] = form

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _COUNT_PLACEHOLDER:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER_WORDS[key])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons, rng, tags)
        exp["n_persons"] = persons

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < _SUSPECTS_PLACEHOLDER:
        cells["n_suspects"] = choice(rng, _SUSPECT_PLACEHOLDER[key])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and rng.random() < _ZERO_WORD:
        cells["n_suspects"] = choice(rng, _ZERO_WORDS[key])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _plain(src, suspects)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < _UNKNOWN_GENDER:
        blank = forced_blank == "gender" and rng.random() < 0.6
        cells["gender"] = None if blank else _pick(rng, _GENDER_UNKNOWN[key])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[key][gender])
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < _NA_WORD:
        cells["age_group"] = choice(rng, _AGE_UNKNOWN[key])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[key][age])
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < _UNKNOWN_NATIONALITY:
        words = {
            "estat": (":", None),
            "ho": ("[x]", "Unknown nationality"),
            "ssmsi": ("indéterminée", "NR"),
            "opi": ("No consta", "Desconocida"),
            "ircc": ("Unknown", "Unk."),
        }[key]
        blank = forced_blank == "nationality" and rng.random() < 0.6
        cells["nationality"] = None if blank else _pick(rng, words)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, rng, tags, nat=True)
        exp["nationality"] = nat

    origin = str(ev["origin_country"])
    cells["origin_country"] = _country(src, origin, rng, tags, nat=False)
    exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, tags, nat=False)
    exp["destination_country"] = dest

    det = str(ev["detection_country"])
    det_cell: object
    if forced_blank == "detection_country":
        det_cell = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        det_cell = _detection(src, det, str(ev.get("hotspot") or ""), rng, tags)
        exp["detection_country"] = det
    cells["detection_country"] = det_cell

    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < _NA_WORD:
        cells["transport_mode"] = choice(rng, _MODE_UNKNOWN[key])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _MODE[key][mode])
        exp["transport_mode"] = mode

    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, rng, blank=True))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or rng.random() < _COORDS_PLACEHOLDER:
        cells.update(_no_coords(src, rng, blank=False))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        coord_cells, la, lo, coord_tags = _coords(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
        )
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = la, lo
        tags += coord_tags

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words_of = [choice(rng, _LINKED[key][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, _LINKED_JOIN[key]).join(words_of)
    exp["linked_offences"] = offences

    return cells, exp, tags


def _detection(src: _Source, code: str, hotspot: str, rng: _Rng, tags: list[str]) -> str:
    """Write where the event was detected the source's way."""
    key = src.key
    if key == "estat":
        nuts = _NUTS.get(hotspot)
        if nuts is not None and rng.random() < 0.6:
            tags.append("nuts_code")
            return choice(rng, nuts)
        return _estat_code(code)
    if key == "ssmsi" and code == "GBR" and hotspot == "Glasgow":
        return choice(rng, ("Royaume-Uni", "Écosse"))
    if key == "ho":
        if code == "GBR":
            nation = "Scotland" if hotspot == "Glasgow" else "England"
            return choice(rng, ("United Kingdom", "UK", nation))
        if code == "FRA":
            return choice(rng, ("France (juxtaposed controls)", "France"))
    return _country(src, code, rng, tags, nat=False)


_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND66_SOURCES,
    primary=_PRIMARY,
    compilation=_ESTAT.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6606,
    blank_share=0.3,
)


def make_blind66(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind66`` set's five submissions (files ``*_bp.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``estat_crim_bp.jsonl``, ``homeoffice_irreg_bp.xlsx``, ``ssmsi_etrangers_bp.csv``,
        ``opi_casos_bp.csv`` and ``ircc_mio_bp.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind66(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['estat_crim_bp.jsonl', 'homeoffice_irreg_bp.xlsx', 'ssmsi_etrangers_bp.csv',
     'opi_casos_bp.csv', 'ircc_mio_bp.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
