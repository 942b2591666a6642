"""Examiner set ``blind36`` (files ``*_al.*``): five agencies write the events their way.

A held-out sample set written by an examiner from five agencies no earlier set uses,
with their own wording, written independently of the cleaner. The shared machinery of
:mod:`trendlib.samples._examiner` picks which source reports which event; this module
only says how each source writes a row. Reader's guide:

``oij_costarica_al.csv`` - Costa Rica, Organismo de Investigación Judicial (OIJ),
    Sección de Trata de Personas y Tráfico Ilícito de Migrantes. Spanish, **latin-1**,
    ``|`` delimiter, LF. First reporter of events detected in Panama (the Darién flow
    that later crosses Costa Rica). Reference = the judiciary's *número único*
    ``22-000123-0042-PE``. Dates day-first: ``05/03/2022``, ``05-03-2022``, ``5/3/22``,
    ``5 de marzo de 2022``, ``05-mar-2022``; partial ``marzo 2022``, ``03/2022``,
    ``I trimestre 2022``, ``2do trimestre 2022``. Offences cite *art. 172 Código Penal*
    (trata) and *art. 249 Ley 8764* (tráfico ilícito de personas). Ages in the
    judiciary's jargon (*personas menores de edad*, ``PME``); money laundering is
    *legitimación de capitales*. Coordinates in one cell, degrees-minutes-seconds with
    ``O`` (oeste) or ``W``, some decimal pairs. Thousands with a dot (``1.250``);
    ``S/D`` / ``Se desconoce`` for unknown counts; ``Ninguno`` / ``Sin imputados`` for
    zero suspects; ``S/C`` for no coordinates; a few names as UTF-8 read as cp1252
    (``MÃ©xico``); a note row and a ``TOTAL GENERAL`` row.

``fgj_tamaulipas_al.xlsx`` - Mexico, Fiscalía General de Justicia del Estado de
    Tamaulipas (Fiscalía Especializada en Trata de Personas, border unit), events on the
    US side notified through the binational liaison. Spanish, XLSX, upper-case data
    entry. Reference ``CI/FETP/REY/0123/2022`` (carpeta de investigación). Dates are real
    Excel dates, bare Excel serial numbers (``44788``), or text ``15/08/2022``,
    ``15-AGO-2022``, ``15 DE AGOSTO DE 2022``; partial ``AGOSTO 2022``, ``AGO/2022``.
    Offences: *tráfico de personas (art. 159 Ley de Migración)*, *trata de personas
    (art. 10 LGPSEDMTP)*. ``SEXO (H/M)`` (H = hombre, M = mujer); ``NNA`` (niñas, niños
    y adolescentes) for children; ``EUA`` / ``E.U.A.`` / ``EE.UU.`` for the USA, with the
    state in brackets; ``ORPI`` for money laundering. Latitude and longitude in two
    columns, the longitude header ``LONGITUD (O)`` with **west-positive** values
    (``98.27712``) or ``98.27712 O`` text. ``S/D``, ``N/E`` placeholders, ``NINGUNO``
    for zero, comma thousands in text counts. The unit re-sends some rows.

``ocpm_benin_al.csv`` - Benin, Police Républicaine, Direction Centrale de la Police
    Judiciaire, Office Central de Protection des Mineurs (OCPM), from partner
    notifications about interceptions in Spain (Atlantic, Western Mediterranean) and
    second reports of Nigeria-Italy trafficking. French, **cp1252**, ``;`` delimiter,
    CRLF; some headers bilingual (``Nationalité / Nationality``). Reference
    ``PV n°0123/DCPJ/OCPM/2022``. Dates ``12/03/2022``, ``12.03.2022``, ``12/03/22``,
    ``12 mars 2022``, ``12-mars-22``; partial ``mars 2022``, ``T1 2022``,
    ``1er trimestre 2022``. *TEH* / *traite d'enfants (loi n°2006-04)*, *organisation
    de l'émigration clandestine*. Sexe ``M/F``; ``Majeur/Mineur``; ``pirogue``;
    ``néant`` for zero or none, ``NC`` / ``inconnu`` for unknown; counts with a (no-break)
    space as thousands separator or ``pers.`` suffix; coordinates with decimal commas
    (``28,12345 / -15,43210``) or degrees and decimal minutes (``N 28°07,407' W
    015°25,926'``); mojibake; a note row and a ``Total général`` row.

``tocu_sierraleone_al.csv`` - Sierra Leone Police, Transnational Organized Crime Unit
    (TOCU), first reporter of interceptions in Italy (Central Mediterranean, Nigeria-
    Italy trafficking), second reporter of the Atlantic route. English, **UTF-16** (with
    BOM), **tab** delimiter. Reference ``SLP/TOCU/2022/0123``. Dates ``14/03/2022``,
    ``14th March 2022``, ``14-Mar-22``, ``14 Mar 2022``, ``14.03.2022``; partial
    ``March 2022``, ``Mar-2022``, ``Q1 2022``, ``1st Qtr 2022``. West African police
    English: ``VoTs``, ``TIP``, ``SOM``, ``Nil`` for zero, ``N/K`` / ``TBC`` / ``Not
    known`` for unknown, ``canoe (pirogue)``; places in brackets (``Italy
    (Lampedusa)``); ``27.76120, -15.60420`` or ``27.7612N 15.6042W``; comma thousands;
    transit routes with arrows. Re-sends some rows.

``case_digest_al.jsonl`` - a SHERLOC-like case-law digest kept by a prosecutors'
    network: court cases compiled from Greece, Croatia, Poland, France and the United
    Kingdom (every event no other source reports first), and second reports of cases
    from Panama, the USA, Italy and Spain. English keys, UTF-8 JSON lines. Reference
    ``CLD-2022-0123``. ISO dates ``2022-03-14`` or ``14 March 2022``; partial
    ``2022-03`` and ``2022-Q1``. Countries as English names, ISO alpha-3 or alpha-2
    codes; counts as JSON numbers, ``"unknown"`` or null; the location as WKT
    ``POINT (lon lat)`` (``POINT EMPTY`` when not known); a ``TOTAL`` line.

Every cell written is one an analyst reads unambiguously; the truth records the value it
stands for (a partial date the first day of its month or quarter, a coordinate the point
the written degrees, minutes and seconds give).
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND36_SOURCES", "AlSource", "make_blind36"]

_Rng = np.random.Generator
_Cell = tuple[str, list[str]]


@dataclass(frozen=True)
class AlSource(ExaminerSource):
    """A ``blind36`` source: the shared attributes plus the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's wording tables (``"oij"``, ``"fgj"``, ``"ocpm"``, ``"tocu"``,
        ``"digest"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_OIJ = AlSource(
    source="oij_costarica",
    filename="oij_costarica_al.csv",
    ref="{yy:02d}-{seq:06d}-0042-PE",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Número único (expediente)",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. personas (víctimas/migrantes)",
        "n_suspects": "Cant. imputados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS / WGS84)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares, sujetos a revisión por la Sección de Trata (OIJ)",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    style="oij",
)
_FGJ = AlSource(
    source="fgj_tamaulipas",
    filename="fgj_tamaulipas_al.xlsx",
    ref="CI/FETP/REY/{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "NO. CARPETA DE INVESTIGACIÓN",
        "event_date": "FECHA DE LOS HECHOS",
        "crime_type": "DELITO",
        "exploitation": "FINALIDAD DE EXPLOTACIÓN",
        "n_persons": "NO. VÍCTIMAS / PERSONAS MIGRANTES",
        "n_suspects": "NO. PROBABLES RESPONSABLES",
        "gender": "SEXO (H/M)",
        "age_group": "EDAD (ADULTO/NNA)",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "detection_country": "PAÍS DE DETECCIÓN",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "lat": "LATITUD (N)",
        "lon": "LONGITUD (O)",
        "linked_offences": "OTROS DELITOS",
    },
    note="NOTA: INFORMACIÓN PRELIMINAR SUJETA A ACTUALIZACIÓN",
    total="TOTAL",
    bad_count=("VARIOS", "GRUPO NUMEROSO"),
    repeats=True,
    style="fgj",
)
_OCPM = AlSource(
    source="ocpm_benin",
    filename="ocpm_benin_al.csv",
    ref="PV n°{seq:04d}/DCPJ/OCPM/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV / Réf.",
        "event_date": "Date des faits / Date of facts",
        "crime_type": "Infraction (qualification)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre victimes / migrants (pers.)",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe (M/F)",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interpellation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Voie / moyen de transport",
        "coordinates": "Coordonnées GPS (lat / long)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires transmises par les services partenaires",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="ocpm",
)
_TOCU = AlSource(
    source="tocu_sierraleone",
    filename="tocu_sierraleone_al.csv",
    ref="SLP/TOCU/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "TOCU Ref. No.",
        "event_date": "Date of Incident",
        "crime_type": "Offence Type (TIP/SOM)",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of VoTs / Smuggled Persons",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Category (Adult/Child)",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Transit Route",
        "transport_mode": "Means of Travel",
        "coordinates": "GPS (Lat, Long)",
        "linked_offences": "Associated Offences",
    },
    note="NB: figures provisional, subject to verification by TOCU Freetown",
    total="GRAND TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    style="tocu",
)
_DIGEST = AlSource(
    source="case_digest",
    filename="case_digest_al.jsonl",
    ref="CLD-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "offence_date",
        "crime_type": "offence",
        "exploitation": "form_of_exploitation",
        "n_persons": "victims_or_smuggled_migrants",
        "n_suspects": "defendants",
        "gender": "victims_sex",
        "age_group": "victims_age",
        "nationality": "victims_nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_countries",
        "transport_mode": "means_of_transport",
        "coordinates": "location_wkt",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (all cases in digest)",
    bad_count=("several", "dozens"),
    repeats=False,
    style="digest",
)

#: The sources of the ``blind36`` set, in the order their submissions are returned.
BLIND36_SOURCES: tuple[AlSource, ...] = (_OIJ, _FGJ, _OCPM, _TOCU, _DIGEST)

_PRIMARY = {
    "PAN": _OIJ.source,
    "USA": _FGJ.source,
    "ESP": _OCPM.source,
    "ITA": _TOCU.source,
}
_SECONDARY = {
    ("darien", "PAN"): _DIGEST.source,
    ("us_mex", "USA"): _DIGEST.source,
    ("cmed", "ITA"): _DIGEST.source,
    ("thb_nga_ita", "ITA"): _OCPM.source,
    ("thb_rou_esp", "ITA"): _OCPM.source,
    ("thb_rou_esp", "ESP"): _DIGEST.source,
    ("watl", "ESP"): _TOCU.source,
}

# --------------------------------------------------------------------------------------
# Country names, by language
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("Afganistán",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina",),
        "BLR": ("Bielorrusia",),
        "CHN": ("China", "República Popular China"),
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
        "GIN": ("Guinea", "Guinea Conakry"),
        "GMB": ("Gambia",),
        "GRC": ("Grecia",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croacia",),
        "HTI": ("Haití", "Haiti"),
        "HUN": ("Hungría",),
        "IRN": ("Irán",),
        "IRQ": ("Irak", "Iraq"),
        "ITA": ("Italia",),
        "LBY": ("Libia",),
        "MAR": ("Marruecos",),
        "MEX": ("México", "Mexico"),
        "MKD": ("Macedonia del Norte",),
        "MLI": ("Malí", "Mali"),
        "MRT": ("Mauritania",),
        "NER": ("Níger",),
        "NGA": ("Nigeria",),
        "PAK": ("Pakistán",),
        "PAN": ("Panamá", "Panama"),
        "POL": ("Polonia",),
        "ROU": ("Rumania", "Rumanía"),
        "RUS": ("Rusia",),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE.UU.", "Estados Unidos de América"),
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
        "BLR": ("Biélorussie",),
        "CHN": ("Chine",),
        "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
        "CMR": ("Cameroun",),
        "COL": ("Colombie",),
        "DEU": ("Allemagne",),
        "DZA": ("Algérie",),
        "ECU": ("Équateur",),
        "EGY": ("Égypte", "Egypte"),
        "ERI": ("Érythrée",),
        "ESP": ("Espagne",),
        "FRA": ("France",),
        "GBR": ("Royaume-Uni",),
        "GIN": ("Guinée", "Guinée Conakry"),
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
        "NGA": ("Nigéria", "Nigeria"),
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
        "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
        "BLR": ("Belarus",),
        "CHN": ("China", "PR China"),
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
        "RUS": ("Russia", "Russian Federation"),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Syria",),
        "TUN": ("Tunisia",),
        "TUR": ("Türkiye", "Turkey"),
        "USA": ("United States", "USA", "United States of America"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam", "Viet Nam"),
        "YEM": ("Yemen",),
    },
}
#: Nationality as a demonym (Spanish in the feminine, after *nacionalidad*).
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("afgana",),
        "ALB": ("albanesa",),
        "BGD": ("bangladesí",),
        "CHN": ("china",),
        "CIV": ("marfileña",),
        "CMR": ("camerunesa",),
        "COL": ("colombiana",),
        "DZA": ("argelina",),
        "ECU": ("ecuatoriana",),
        "EGY": ("egipcia",),
        "ERI": ("eritrea",),
        "GIN": ("guineana",),
        "GMB": ("gambiana",),
        "GTM": ("guatemalteca",),
        "HND": ("hondureña",),
        "HTI": ("haitiana",),
        "IRN": ("iraní",),
        "IRQ": ("iraquí",),
        "MAR": ("marroquí",),
        "MEX": ("mexicana",),
        "MLI": ("maliense",),
        "NGA": ("nigeriana",),
        "PAK": ("pakistaní",),
        "ROU": ("rumana",),
        "SEN": ("senegalesa",),
        "SYR": ("siria",),
        "TUN": ("tunecina",),
        "TUR": ("turca",),
        "VEN": ("venezolana", "venezolano"),
        "VNM": ("vietnamita",),
        "YEM": ("yemení",),
    },
    "fr": {
        "AFG": ("afghane",),
        "ALB": ("albanaise",),
        "BGD": ("bangladaise",),
        "CHN": ("chinoise",),
        "CIV": ("ivoirienne", "ivoirien"),
        "CMR": ("camerounaise",),
        "COL": ("colombienne",),
        "DZA": ("algérienne",),
        "ECU": ("équatorienne",),
        "EGY": ("égyptienne",),
        "ERI": ("érythréenne",),
        "GIN": ("guinéenne", "guinéen"),
        "GMB": ("gambienne", "gambien"),
        "GTM": ("guatémaltèque",),
        "HND": ("hondurienne",),
        "HTI": ("haïtienne",),
        "IRN": ("iranienne",),
        "IRQ": ("irakienne",),
        "MAR": ("marocaine", "marocain"),
        "MEX": ("mexicaine",),
        "MLI": ("malienne", "malien"),
        "NGA": ("nigériane", "nigérian"),
        "PAK": ("pakistanaise",),
        "ROU": ("roumaine",),
        "SEN": ("sénégalaise", "sénégalais"),
        "SYR": ("syrienne",),
        "TUN": ("tunisienne",),
        "TUR": ("turque",),
        "VEN": ("vénézuélienne",),
        "VNM": ("vietnamienne",),
        "YEM": ("yéménite",),
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
        "IRQ": ("Iraqi",),
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
#: Names a source uses besides its language's (Mexican abbreviations of the USA).
_EXTRA_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fgj": {
        "USA": ("EUA", "E.U.A.", "Estados Unidos", "EE.UU."),
        "GTM": ("Guatemala", "Rep. de Guatemala"),
    },
}
#: A place written beside (or instead of) the detection country, by source and hotspot.
_PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "oij": {
        "Darién gap": ("Panamá (Darién)", "Darién, Panamá"),
        "Bajo Chiquito": ("Panamá (Bajo Chiquito, Darién)",),
        "Lajas Blancas": ("Panamá (ERM Lajas Blancas)",),
    },
    "fgj": {
        "Rio Grande Valley": ("EUA (TEXAS)", "E.U.A. (TX)"),
        "El Paso": ("EUA (EL PASO, TX)", "EE.UU. (TEXAS)"),
        "Nogales (Sonora/Arizona)": ("EUA (ARIZONA)", "E.U.A. (AZ)"),
        "Sasabe": ("EUA (ARIZONA)",),
    },
    "ocpm": {
        "Gran Canaria": ("Espagne (Îles Canaries)", "Espagne (Gran Canaria)"),
        "Tenerife": ("Espagne (Îles Canaries)", "Espagne (Tenerife)"),
        "El Hierro": ("Espagne (Îles Canaries)",),
        "Lanzarote": ("Espagne (Îles Canaries)",),
        "Ceuta": ("Espagne (Ceuta)",),
        "Melilla": ("Espagne (Melilla)",),
    },
    "tocu": {
        "Lampedusa": ("Italy (Lampedusa)",),
        "Pozzallo": ("Italy (Sicily)",),
        "Palermo": ("Italy (Sicily)",),
        "Gran Canaria": ("Spain (Canary Islands)", "Canary Islands, Spain"),
        "Tenerife": ("Spain (Canary Islands)",),
        "El Hierro": ("Spain (Canary Islands)",),
        "Lanzarote": ("Spain (Canary Islands)",),
    },
    "digest": {},
}


# --------------------------------------------------------------------------------------
# Value wording, by source
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one source writes the vocabulary columns and its placeholders."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]  # a smuggling case ("" = blank cell)
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    na_word: tuple[str, ...]  # "not applicable" in the age or transport column
    offences: dict[str, tuple[str, ...]]
    offence_sep: tuple[str, ...]
    none_word: tuple[str, ...]  # no linked offence / no transit ("" = blank cell)
    transit_sep: tuple[str, ...]
    count_unknown: tuple[str, ...]  # "" = null (JSON)
    zero: tuple[str, ...]
    coords_unknown: tuple[str, ...]
    thousands: tuple[str, ...]
    unit: str | None  # a unit some clerks add after the count
    iso3_share: float
    iso2_share: float
    demonym_share: float
    upper_share: float


_WORDING: dict[str, _Wording] = {
    "oij": _Wording(
        crime={
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "TRÁFICO ILÍCITO DE MIGRANTES",
                "Tráfico ilícito de personas (art. 249 Ley 8764)",
                "Tráfico ilícito de personas",
            ),
            "trafficking": (
                "Trata de personas",
                "TRATA DE PERSONAS",
                "Trata de personas (art. 172 CP)",
            ),
            "both": (
                "Trata de personas y tráfico ilícito de migrantes",
                "Trata de personas / Tráfico ilícito de personas",
                "Tráfico ilícito de personas (art. 249 Ley 8764); Trata de personas (art. 172 CP)",
            ),
        },
        exploitation={
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
            "forced_criminality": ("Obligar a cometer delitos", "Actividades delictivas forzadas"),
            "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
            "organ_removal": ("Extracción ilícita de órganos",),
            "other": ("Otros fines de explotación", "Otra forma de explotación"),
        },
        no_exploitation=("", "", "No aplica", "N/A"),
        gender={
            "male": ("Masculino", "Hombres", "masculino"),
            "female": ("Femenino", "Mujeres", "femenino"),
            "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        },
        age={
            "adult": ("Adultos", "Mayores de edad", "Adulto"),
            "child": ("Personas menores de edad", "PME", "Menores de edad"),
            "mixed": ("Mixto", "Adultos y PME", "Adultos y menores de edad"),
        },
        transport={
            "land": ("Terrestre", "Vía terrestre", "A pie (selva)", "Autobús"),
            "sea": ("Marítimo", "Lancha", "Vía marítima"),
            "air": ("Aéreo", "Vía aérea"),
        },
        na_word=("No aplica",),
        offences={
            "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
            "corruption": ("Corrupción de funcionario público", "Cohecho"),
            "money_laundering": ("Legitimación de capitales",),
            "illicit_goods": ("Contrabando", "Tráfico de armas"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=("; ", " / "),
        none_word=("", "", "", "Ninguno"),
        transit_sep=(" - ", ", "),
        count_unknown=("S/D", "Se desconoce", "ND"),
        zero=("Ninguno", "Sin imputados"),
        coords_unknown=("S/C", "Sin coordenadas"),
        thousands=(".",),
        unit="personas",
        iso3_share=0.06,
        iso2_share=0.0,
        demonym_share=0.35,
        upper_share=0.08,
    ),
    "fgj": _Wording(
        crime={
            "smuggling": (
                "TRÁFICO DE PERSONAS",
                "TRÁFICO DE PERSONAS (ART. 159 LEY DE MIGRACIÓN)",
                "TRAFICO DE PERSONAS",
                "TRÁFICO DE INDOCUMENTADOS",
                "Tráfico de personas (art. 159 fr. I LM)",
            ),
            "trafficking": (
                "TRATA DE PERSONAS",
                "TRATA DE PERSONAS (ART. 10 LGPSEDMTP)",
                "DELITOS EN MATERIA DE TRATA DE PERSONAS",
            ),
            "both": (
                "TRATA DE PERSONAS Y TRÁFICO DE PERSONAS",
                "TRÁFICO DE PERSONAS / TRATA DE PERSONAS",
                "TRATA Y TRÁFICO DE PERSONAS",
            ),
        },
        exploitation={
            "sexual": (
                "EXPLOTACIÓN SEXUAL",
                "PROSTITUCIÓN AJENA U OTRAS FORMAS DE EXPLOTACIÓN SEXUAL",
            ),
            "forced_labour": ("TRABAJO O SERVICIOS FORZADOS", "EXPLOTACIÓN LABORAL"),
            "forced_criminality": (
                "UTILIZACIÓN EN ACTIVIDADES DELICTIVAS",
                "ACTIVIDADES DELICTIVAS FORZADAS",
            ),
            "forced_marriage": ("MATRIMONIO FORZOSO O SERVIL",),
            "organ_removal": ("TRÁFICO DE ÓRGANOS, TEJIDOS Y CÉLULAS",),
            "other": ("OTRA FORMA DE EXPLOTACIÓN", "OTRA"),
        },
        no_exploitation=("", "N/A", "NO APLICA"),
        gender={
            "male": ("H", "HOMBRE", "HOMBRES"),
            "female": ("M", "MUJER", "MUJERES"),
            "mixed": ("H/M", "AMBOS", "MIXTO"),
        },
        age={
            "adult": ("ADULTO", "ADULTOS", "MAYOR DE EDAD"),
            "child": ("NNA", "MENOR DE EDAD", "NNA (MENORES)"),
            "mixed": ("ADULTOS Y NNA", "MIXTO"),
        },
        transport={
            "land": (
                "TERRESTRE",
                "TRACTOCAMIÓN",
                "CAJA SECA DE TRÁILER",
                "A PIE",
                "AUTOBÚS",
                "VEHÍCULO PARTICULAR",
            ),
            "sea": ("MARÍTIMO", "LANCHA", "EMBARCACIÓN"),
            "air": ("AÉREO", "VUELO COMERCIAL"),
        },
        na_word=("N/A",),
        offences={
            "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
            "corruption": ("COHECHO", "CORRUPCIÓN"),
            "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA", "ORPI"),
            "illicit_goods": ("CONTRABANDO", "TRÁFICO DE ARMAS"),
            "cybercrime": ("DELITOS INFORMÁTICOS",),
            "terrorism": ("TERRORISMO",),
        },
        offence_sep=(", ", " / "),
        none_word=("", "", "NINGUNO"),
        transit_sep=(" - ", "/", ", "),
        count_unknown=("S/D", "N/E", "SE DESCONOCE"),
        zero=("NINGUNO",),
        coords_unknown=("S/D", "N/E"),
        thousands=(",",),
        unit=None,
        iso3_share=0.0,
        iso2_share=0.0,
        demonym_share=0.5,
        upper_share=0.9,
    ),
    "ocpm": _Wording(
        crime={
            "smuggling": (
                "Trafic illicite de migrants",
                "Trafic de migrants",
                "TRAFIC ILLICITE DE MIGRANTS",
                "Organisation de l'émigration clandestine",
            ),
            "trafficking": (
                "Traite des personnes",
                "Traite des êtres humains",
                "TEH",
            ),
            "both": (
                "Traite des personnes et trafic illicite de migrants",
                "TEH / trafic de migrants",
                "Traite et trafic illicite de migrants",
            ),
        },
        exploitation={
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": (
                "Travail forcé",
                "Servitude domestique",
                "Exploitation par le travail",
            ),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "forced_marriage": ("Mariage forcé",),
            "organ_removal": ("Prélèvement d'organes",),
            "other": ("Autre", "Autres formes d'exploitation"),
        },
        no_exploitation=("", "", "Sans objet", "/"),
        gender={
            "male": ("M", "Masculin", "Hommes"),
            "female": ("F", "Féminin", "Femmes"),
            "mixed": ("M/F", "Mixte", "Hommes et femmes"),
        },
        age={
            "adult": ("Majeur", "Majeurs", "Adulte"),
            "child": ("Mineur", "Mineurs", "Enfant(s)"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        transport={
            "land": ("Voie terrestre", "Route", "Véhicule", "À pied", "Camion"),
            "sea": ("Voie maritime", "Pirogue", "Embarcation de fortune", "Mer"),
            "air": ("Voie aérienne", "Avion", "Vol commercial"),
        },
        na_word=("Sans objet",),
        offences={
            "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment de capitaux",),
            "illicit_goods": ("Contrebande", "Trafic de marchandises prohibées"),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        offence_sep=(", ", " / "),
        none_word=("", "", "Néant"),
        transit_sep=(" - ", ", ", " > "),
        count_unknown=("NC", "inconnu", "ND"),
        zero=("Néant", "Aucun"),
        coords_unknown=("Non géolocalisé", "NC"),
        thousands=(" ", "\u00a0"),
        unit="pers.",
        iso3_share=0.0,
        iso2_share=0.0,
        demonym_share=0.4,
        upper_share=0.1,
    ),
    "tocu": _Wording(
        crime={
            "smuggling": ("Migrant Smuggling", "SOM", "Smuggling of migrants"),
            "trafficking": ("Trafficking in Persons", "TIP", "Human trafficking"),
            "both": (
                "TIP & SOM",
                "Trafficking in persons and migrant smuggling",
                "Human trafficking / smuggling of migrants",
            ),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Commercial sexual exploitation", "Prostitution"),
            "forced_labour": ("Forced labour", "Labour exploitation", "Domestic servitude"),
            "forced_criminality": ("Forced criminality", "Forced criminal activity"),
            "forced_marriage": ("Forced marriage", "Early/forced marriage"),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other", "Other exploitation"),
        },
        no_exploitation=("", "N/A", "n/a", "Not applicable"),
        gender={
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F", "Females"),
            "mixed": ("Mixed", "M/F", "Both sexes"),
        },
        age={
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Child", "Minor", "Children (under 18)"),
            "mixed": ("Mixed", "Adults & children"),
        },
        transport={
            "land": ("Land", "Road", "Overland", "By road (bus)"),
            "sea": ("Sea", "Boat", "Canoe (pirogue)", "By sea"),
            "air": ("Air", "Flight", "By air"),
        },
        na_word=("N/A",),
        offences={
            "document_fraud": ("Forgery of documents", "Document fraud"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Smuggling of goods", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=(", ", " & "),
        none_word=("", "", "Nil"),
        transit_sep=(" -> ", ", ", " → "),
        count_unknown=("Not known", "N/K", "TBC"),
        zero=("Nil", "None"),
        coords_unknown=("Not recorded", "N/K"),
        thousands=(",",),
        unit=None,
        iso3_share=0.0,
        iso2_share=0.0,
        demonym_share=0.5,
        upper_share=0.1,
    ),
    "digest": _Wording(
        crime={
            "smuggling": (
                "Smuggling of migrants",
                "smuggling of migrants",
                "Facilitation of illegal entry (smuggling of migrants)",
            ),
            "trafficking": ("Trafficking in persons", "trafficking in persons"),
            "both": (
                "Trafficking in persons; smuggling of migrants",
                "Smuggling of migrants and trafficking in persons",
            ),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour or services", "labour exploitation"),
            "forced_criminality": ("forced criminality", "exploitation of criminal activities"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("removal of organs",),
            "other": ("other exploitation", "other"),
        },
        no_exploitation=("",),
        gender={
            "male": ("male", "men"),
            "female": ("female", "women"),
            "mixed": ("mixed", "both"),
        },
        age={
            "adult": ("adult", "adults"),
            "child": ("child", "children", "minor"),
            "mixed": ("adults and children", "mixed"),
        },
        transport={
            "land": ("land", "by land", "road"),
            "sea": ("sea", "by sea", "maritime"),
            "air": ("air", "by air"),
        },
        na_word=("not applicable",),
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit trafficking of goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=("; ",),
        none_word=("",),
        transit_sep=(", ",),
        count_unknown=("unknown", "not stated", ""),
        zero=("none",),
        coords_unknown=("POINT EMPTY",),
        thousands=("",),
        unit=None,
        iso3_share=0.35,
        iso2_share=0.1,
        demonym_share=0.0,
        upper_share=0.0,
    ),
}

# --------------------------------------------------------------------------------------
# Dates
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
_ES_MON3 = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
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
_ES_QUARTER = ("1er", "2do", "3er", "4to")
_FR_QUARTER = ("1er", "2e", "3e", "4e")
_EN_QUARTER = ("1st", "2nd", "3rd", "4th")
_SHARE_MONTH = 0.05  # share of first reports dated to the month only
_SHARE_QUARTER = 0.025  # ... to the quarter only
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _day_text(style: str, t: pd.Timestamp, k: int) -> tuple[str, str]:
    """Return the ``k``-th day style of a source: (cell, tag)."""
    d, m, y = t.day, t.month, t.year
    styles: dict[str, list[tuple[str, str]]] = {
        "oij": [
            (f"{d:02d}/{m:02d}/{y}", "date_dmy"),
            (f"{d:02d}/{m:02d}/{y}", "date_dmy"),
            (f"{d:02d}-{m:02d}-{y}", "date_dmy"),
            (f"{d}/{m}/{y % 100:02d}", "date_short_year"),
            (f"{d} de {_ES_MONTHS[m - 1]} de {y}", "date_words"),
            (f"{d:02d}-{_ES_MON3[m - 1]}-{y}", "date_words"),
        ],
        "fgj": [
            (f"{d:02d}/{m:02d}/{y}", "date_text"),
            (f"{d:02d}-{_ES_MON3[m - 1].upper()}-{y}", "date_words"),
            (f"{d} DE {_ES_MONTHS[m - 1].upper()} DE {y}", "date_words"),
        ],
        "ocpm": [
            (f"{d:02d}/{m:02d}/{y}", "date_dmy"),
            (f"{d:02d}/{m:02d}/{y}", "date_dmy"),
            (f"{d:02d}.{m:02d}.{y}", "date_dmy"),
            (f"{d:02d}/{m:02d}/{y % 100:02d}", "date_short_year"),
            (f"{d} {_FR_MONTHS[m - 1]} {y}", "date_words"),
            (f"{d:02d}-{_FR_ABBR[m - 1].rstrip('.')}-{y % 100:02d}", "date_words"),
        ],
        "tocu": [
            (f"{d:02d}/{m:02d}/{y}", "date_dmy"),
            (f"{d:02d}/{m:02d}/{y}", "date_dmy"),
            (f"{_ordinal(d)} {MONTHS[m - 1]} {y}", "date_words"),
            (f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", "date_words"),
            (f"{d} {MONTHS[m - 1][:3]} {y}", "date_words"),
            (f"{d:02d}.{m:02d}.{y}", "date_dmy"),
        ],
        "digest": [
            (f"{y}-{m:02d}-{d:02d}", "date_iso"),
            (f"{y}-{m:02d}-{d:02d}", "date_iso"),
            (f"{y}-{m:02d}-{d:02d}", "date_iso"),
            (f"{d} {MONTHS[m - 1]} {y}", "date_words"),
        ],
    }
    options = styles[style]
    return options[k % len(options)]


def _n_day_styles(style: str) -> int:
    return {"oij": 6, "fgj": 3, "ocpm": 6, "tocu": 6, "digest": 4}[style]


def _month_text(style: str, t: pd.Timestamp, rng: _Rng) -> str:
    m, y = t.month, t.year
    options = {
        "oij": (
            f"{_ES_MONTHS[m - 1].capitalize()} {y}",
            f"{m:02d}/{y}",
            f"{_ES_MONTHS[m - 1]} {y}",
        ),
        "fgj": (f"{_ES_MONTHS[m - 1].upper()} {y}", f"{_ES_MON3[m - 1].upper()}/{y}"),
        "ocpm": (f"{_FR_MONTHS[m - 1]} {y}", f"{_FR_MONTHS[m - 1].capitalize()} {y}"),
        "tocu": (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]}-{y}"),
        "digest": (f"{y}-{m:02d}", f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"),
    }[style]
    return choice(rng, options)


def _quarter_text(style: str, t: pd.Timestamp, rng: _Rng) -> str | None:
    q, y = (t.month - 1) // 3, t.year
    options: tuple[str, ...] = {
        "oij": (f"{_ROMAN[q]} trimestre {y}", f"{_ES_QUARTER[q]} trimestre {y}"),
        "fgj": (),
        "ocpm": (f"T{q + 1} {y}", f"{_FR_QUARTER[q]} trimestre {y}"),
        "tocu": (f"Q{q + 1} {y}", f"{_EN_QUARTER[q]} Qtr {y}"),
        "digest": (f"{y}-Q{q + 1}",),
    }[style]
    return choice(rng, options) if options else None


def _date_cell(
    src: AlSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a source's date: (cell, expected day, precision, tags)."""
    r = rng.random()
    if partial_ok and r < _SHARE_MONTH:
        return (
            _month_text(src.style, ts, rng),
            ts.to_period("M").start_time,
            "month",
            ["date_month"],
        )
    if partial_ok and r < _SHARE_MONTH + _SHARE_QUARTER:
        text = _quarter_text(src.style, ts, rng)
        if text is not None:
            return text, ts.to_period("Q").start_time, "quarter", ["date_quarter"]
    if src.style == "fgj":
        k = rng.random()
        if k < 0.55:
            return ts.to_pydatetime(), ts, "day", ["excel_date"]
        if k < 0.72:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    cell, tag = _day_text(src.style, ts, int(rng.integers(_n_day_styles(src.style))))
    return cell, ts, "day", [tag]


def _swapped_year(year: int) -> str:
    """Return the year as a keying slip writes it, two centuries ahead (2022 -> 2202)."""
    s = str(year)
    return s[0] + s[2] + s[1] + s[3]


def _bad_date(src: AlSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (none, impossible or future date)."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        day, month = [(30, 2), (31, 4), (31, 6), (31, 9), (31, 11)][int(rng.integers(5))]
        return {
            "oij": f"{day:02d}/{month:02d}/{y}",
            "fgj": f"{day:02d}/{month:02d}/{y}",
            "ocpm": f"{day} {_FR_MONTHS[month - 1]} {y}",
            "tocu": f"{_ordinal(day)} {MONTHS[month - 1]} {y}",
            "digest": f"{y}-{month:02d}-{day:02d}",
        }[src.style]
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    if src.style == "fgj":
        return dt.datetime(y + 10, ts.month, day)
    later = _swapped_year(y) if rng.random() < 0.5 else str(y + 10)
    return {
        "oij": f"{day:02d}/{ts.month:02d}/{later}",
        "ocpm": f"{day:02d}/{ts.month:02d}/{later}",
        "tocu": f"{day:02d}/{ts.month:02d}/{later}",
        "digest": f"{later}-{ts.month:02d}-{day:02d}",
    }[src.style]


def _note_date(src: AlSource, last: pd.Timestamp) -> object:
    """Return the cut-off date of a source's note row (a few days after its last row)."""
    cut = last + pd.Timedelta(days=5)
    if src.format == "xlsx":
        return cut.to_pydatetime()
    if src.format == "jsonl":
        return cut.strftime("%Y-%m-%d")
    return cut.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
_CLEAN_MOJIBAKE = frozenset("\xad\x81\x8d\x8f\x90\x9d")


def _garble(text: str, src: AlSource, rng: _Rng, share: float) -> tuple[str, list[str]]:
    """Now and then, UTF-8 read as cp1252 upstream (visible ``Ã©``-style pairs only)."""
    if src.format != "csv" or rng.random() >= share:
        return text, []
    bad = mojibake(text)
    if bad is None or _CLEAN_MOJIBAKE & set(bad) or not fits(bad, src):
        return text, []
    return bad, ["mojibake"]


def _country(
    src: AlSource,
    code: str,
    rng: _Rng,
    *,
    nationality: bool = False,
    hotspot: str | None = None,
) -> _Cell:
    """Write a country as the source does (name, demonym, code, place): (cell, tags)."""
    w = _WORDING[src.style]
    names = _EXTRA_NAMES.get(src.style, {}).get(code) or _NAMES[src.language].get(code)
    if names is None:  # not in the tables: the ISO code, which every reader knows
        return code, ["iso3"]
    places = _PLACES[src.style].get(hotspot or "", ())
    r = rng.random()
    tags: list[str] = []
    if places and rng.random() < 0.25:
        text = choice(rng, places)
        tags.append("place_in_country")
    elif r < w.iso3_share:
        return code, ["iso3"]
    elif r < w.iso3_share + w.iso2_share:
        return iso_codes(code)[0], ["iso2"]
    elif (
        nationality
        and code in _DEMONYMS[src.language]
        and r < (w.iso3_share + w.iso2_share + w.demonym_share)
    ):
        text = choice(rng, _DEMONYMS[src.language][code])
        tags.append("demonym")
    else:
        k = int(rng.integers(len(names))) if rng.random() < 0.3 else 0
        text = names[k]
        if k:
            tags.append("country_variant")
    if rng.random() < w.upper_share:
        text = text.upper()
        tags.append("upper")
    text, more = _garble(text, src, rng, 0.03)
    if not fits(text, src):
        text, tags = names[0], []
    return text, tags + more


def _transit(src: AlSource, codes: list[str], rng: _Rng) -> _Cell:
    """Write the transit countries in order, one clerk's way for the whole cell."""
    w = _WORDING[src.style]
    tags = ["transit_list"]
    if rng.random() < w.iso3_share:
        parts = codes
        tags.append("iso3")
    else:
        parts = []
        for code in codes:
            names = _EXTRA_NAMES.get(src.style, {}).get(code) or _NAMES[src.language].get(code)
            parts.append(code if names is None else names[0])
    text = choice(rng, w.transit_sep).join(parts)
    if rng.random() < w.upper_share:
        text = text.upper()
        tags.append("upper")
    text, more = _garble(text, src, rng, 0.03)
    if not fits(text, src):
        text, more = ", ".join(codes), []
    return text, tags + more


def _count(src: AlSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons: (cell, expected, tags)."""
    w = _WORDING[src.style]
    if rng.random() < 0.02:
        word = choice(rng, w.count_unknown)
        return (word or None), None, ["count_placeholder"]
    if src.format != "csv" and (src.format == "jsonl" or rng.random() < 0.9):
        return n, n, []
    text_tag = ["count_as_text"] if src.format == "xlsx" else []
    if n >= 1000 and rng.random() < 0.8 and w.thousands[0]:
        sep = choice(rng, w.thousands)
        return f"{n:,}".replace(",", sep), n, ["thousands_sep", *text_tag]
    if w.unit is not None and rng.random() < 0.06:
        return f"{n} {w.unit}", n, ["count_unit"]
    return str(n), n, text_tag


def _suspects(
    src: AlSource, n: int, rng: _Rng, blank: bool
) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects: (cell, expected, tags)."""
    w = _WORDING[src.style]
    if blank:
        return None, None, ["blank_n_suspects"]
    if rng.random() < 0.02:
        word = choice(rng, w.count_unknown)
        return (word or None), None, ["suspects_placeholder"]
    if n == 0 and rng.random() < 0.35:
        return choice(rng, w.zero), 0, ["zero_word"]
    return (n if src.format != "csv" else str(n)), n, []


def _vocab(
    table: dict[str, tuple[str, ...]], value: str, rng: _Rng, src: AlSource
) -> tuple[str, list[str]]:
    text = choice(rng, table[value])
    return _garble(text, src, rng, 0.02)


def _dms(value: float, pos: str, neg: str, decimals: int) -> tuple[str, float]:
    """Degrees, minutes and seconds with a hemisphere letter: (text, value written)."""
    scale = 10**decimals
    units = round(abs(value) * 3600 * scale)  # in tenths of a second (or seconds)
    deg, rest = divmod(units, 3600 * scale)
    minutes, sec_units = divmod(rest, 60 * scale)
    sec = sec_units / scale
    sec_text = f"{sec:04.1f}" if decimals else f"{sec_units:02d}"
    text = f"{deg}°{minutes:02d}'{sec_text}\"{pos if value >= 0 else neg}"
    written = deg + minutes / 60 + sec / 3600
    return text, written if value >= 0 else -written


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, decimal comma, maritime style: (text, value written)."""
    units = round(abs(value) * 60 * 1000)  # in thousandths of a minute
    deg, milli = divmod(units, 60 * 1000)
    minutes = milli / 1000
    text = f"{pos if value >= 0 else neg} {deg:0{width}d}°{minutes:06.3f}'".replace(".", ",")
    written = deg + minutes / 60
    return text, written if value >= 0 else -written


def _coordinates(
    src: AlSource, lat: float | None, lon: float | None, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the location: (cells by canonical column, expected lat, lon, tags)."""
    w = _WORDING[src.style]
    keys = ("lat", "lon") if src.style == "fgj" else ("coordinates",)
    if blank:
        return dict.fromkeys(keys), None, None, ["blank_coordinates"]
    if lat is None or lon is None or rng.random() < 0.025:
        return dict.fromkeys(keys), None, None, ["coords_missing"]
    if rng.random() < 0.015:
        word = choice(rng, w.coords_unknown)
        return dict.fromkeys(keys, word), None, None, ["coords_placeholder"]
    r = rng.random()
    if src.style == "oij":
        if r < 0.8:
            decimals = 1 if rng.random() < 0.5 else 0
            west = "O" if rng.random() < 0.7 else "W"
            ta, va = _dms(lat, "N", "S", decimals)
            to, vo = _dms(lon, "E", west, decimals)
            return {"coordinates": f"{ta} {to}"}, round(va, 6), round(vo, 6), ["coords_dms"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, ["coords_decimal"]
    if src.style == "fgj":
        if r < 0.85:
            return {"lat": round(lat, 5), "lon": round(-lon, 5)}, lat, lon, ["lon_west_positive"]
        return (
            {"lat": f"{lat:.5f} N", "lon": f"{-lon:.5f} O"},
            lat,
            lon,
            ["lon_west_positive", "coords_text"],
        )
    if src.style == "ocpm":
        if r < 0.6:
            text = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
            return {"coordinates": text}, lat, lon, ["decimal_comma"]
        ta, va = _ddm(lat, "N", "S", 2)
        to, vo = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{ta} {to}"}, round(va, 6), round(vo, 6), ["coords_ddm"]
    if src.style == "tocu":
        if r < 0.75:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, ["coords_decimal"]
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{abs(la):.4f}{'N' if la >= 0 else 'S'} {abs(lo):.4f}{'E' if lo >= 0 else 'W'}"
        return {"coordinates": text}, la, lo, ["coords_hemisphere"]
    return {"coordinates": f"POINT ({lon:.5f} {lat:.5f})"}, lat, lon, ["coords_wkt"]


def _render(
    src: AlSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WORDING[src.style]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, more = _date_cell(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    tags += more

    crime = str(ev["crime_type"])
    age = str(ev["age_group"])
    if src.style == "ocpm" and crime == "trafficking" and age == "child" and rng.random() < 0.5:
        text, more = "Traite d'enfants (loi n°2006-04)", ["legal_ref"]
    else:
        text, more = _vocab(w.crime, crime, rng, src)
        if any(k in text.lower() for k in ("art.", "ley ", "loi ")):
            more.append("legal_ref")
    cells["crime_type"], exp["crime_type"] = text, crime
    tags += more

    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, w.no_exploitation)
        cells["exploitation"], exp["exploitation"] = (word or None), None
    else:
        text, more = _vocab(w.exploitation, str(expl), rng, src)
        cells["exploitation"], exp["exploitation"] = text, str(expl)
        tags += more

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], more = _count(src, n, rng)
    tags += more
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], more = _suspects(
        src, n_sus, rng, forced_blank == "n_suspects"
    )
    tags += more

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, w.gender[gender]), gender

    if rng.random() < 0.01:
        cells["age_group"], exp["age_group"] = choice(rng, w.na_word), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, w.age[age]), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], more = _country(src, nat, rng, nationality=True)
        exp["nationality"] = nat
        tags += more
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col], more = _country(src, code, rng)
        exp[col] = code
        tags += more
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        hotspot = None if ev.get("hotspot") is None else str(ev["hotspot"])
        cells["detection_country"], more = _country(src, det, rng, hotspot=hotspot)
        exp["detection_country"] = det
        tags += more

    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, w.none_word)
        cells["transit_countries"], exp["transit_countries"] = (word or None), None
        if word:
            tags.append("none_word")
    else:
        cells["transit_countries"], more = _transit(src, str(transit).split("|"), rng)
        exp["transit_countries"] = str(transit)
        tags += more

    mode = str(ev["transport_mode"])
    if rng.random() < 0.01:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.na_word), "unknown"
        tags.append("na_word")
    else:
        text, more = _vocab(w.transport, mode, rng, src)
        cells["transport_mode"], exp["transport_mode"] = text, mode
        tags += more

    lat = None if ev["lat"] is None else float(ev["lat"])  # type: ignore[arg-type]
    lon = None if ev["lon"] is None else float(ev["lon"])  # type: ignore[arg-type]
    place, exp["lat"], exp["lon"], more = _coordinates(
        src, lat, lon, rng, forced_blank == "coordinates"
    )
    cells.update(place)
    tags += more

    linked = ev["linked_offences"]
    if linked is None:
        word = choice(rng, w.none_word)
        cells["linked_offences"], exp["linked_offences"] = (word or None), None
        if word:
            tags.append("none_word")
    else:
        words = [choice(rng, w.offences[o]) for o in str(linked).split("|")]
        cells["linked_offences"] = choice(rng, w.offence_sep).join(words)
        exp["linked_offences"] = str(linked)
        tags.append("offence_words")
    return cells, exp, tags


_EXAMINER: Examiner[AlSource] = Examiner(
    sources=BLIND36_SOURCES,
    primary=_PRIMARY,
    compilation=_DIGEST.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3636,
    blank_share=0.35,
)


def make_blind36(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind36`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (independent of the truth's seed).

    Returns
    -------
    list of Submission
        ``oij_costarica_al.csv`` (Spanish, latin-1, ``|``), ``fgj_tamaulipas_al.xlsx``
        (Spanish), ``ocpm_benin_al.csv`` (French, cp1252, ``;``),
        ``tocu_sierraleone_al.csv`` (English, UTF-16, tab) and ``case_digest_al.jsonl``
        (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind36(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['oij_costarica_al.csv', 'fgj_tamaulipas_al.xlsx', 'ocpm_benin_al.csv',
     'tocu_sierraleone_al.csv', 'case_digest_al.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
