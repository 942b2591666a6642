"""Examiner set ``blind85``: five North Sea, Baltic and Iberian agencies (files ``*_ci.*``).

A reader's guide to the five submissions. Each is written the way the agency writes to
its partners; every cell reads unambiguously to an analyst who knows the agency's forms.

``nsk_dk_ci.csv`` -- Danish National Police, National Special Crime Unit (NSK), human
trafficking and smuggling desk; English to partners, **cp1252**, ``;``, CRLF. First
reports the Eastern Mediterranean (Greece) and Western Balkans (Croatia) events.
Journal numbers ``4500-76190-00012-22``. Dates day-first as the header says
(``dd-mm-yyyy``), some ``dd.mm.yyyy``, ``3 March 2022`` or two-digit years; partial
dates ``March 2022``, ``03-2022``, ``Q1 2022``, ``1st quarter 2022``. Offences by their
Danish legal basis (``Straffeloven § 262 a`` = trafficking, ``Udlændingeloven § 59,
stk. 8`` / ``UDL § 59, stk. 8`` = smuggling), or ``THB`` / ``SoM``. Danish numbers:
thousands with a dot (``1.234`` persons), decimal comma in ``Lat. (WGS84)`` /
``Long. (WGS84)`` (``37,81240``) or degrees and decimal minutes (``37° 48,744' N``);
``ca. 40`` for an approximate count; ``none`` / ``nil`` suspects; ``n.k.``, ``n/a`` for
unknowns; now and then a UTF-8 name pasted in as mojibake (``TÃ¼rkiye``). Some rows
re-sent after correction (exact repeats); a note row and a ``Total`` row.

``dvz_oe_be_ci.csv`` -- Belgian Immigration Office (DVZ / Office des Étrangers), cellule
traite; **UTF-16** (with BOM) and **tab**-separated, as Excel's "Unicode text" export;
bilingual Dutch / French headers (``Datum vaststelling / Date du constat``), French
values. First reports the Channel events (France, United Kingdom). Dossier numbers
``OE/2022/00017``. Dates ``dd/mm/yyyy``, ``1er mars 2022``, ``dd.mm.yyyy``,
``dd/mm/yy``; partial ``mars 2022``, ``03/2022``, ``T2 2022``, ``2e trimestre 2022``.
Belgian legal wording: ``traite des êtres humains (art. 433quinquies C.p.)`` /
``TEH`` = trafficking, ``trafic d'êtres humains (art. 77bis loi du 15/12/1980)`` =
smuggling; ``exploitation économique`` = forced labour; ``s.o.`` (sans objet) for
smuggling rows. ``H`` / ``F`` / ``H/F``; ``MENA`` (unaccompanied minors); French
demonyms (``syrienne``); counts with a (no-break) space as thousands separator;
``aucun`` / ``néant`` suspects; coordinates in one cell, in degrees-minutes-seconds
(``50°57'12"N 1°51'03"E``), decimal comma pairs (``50,95340 / 1,85082``) or
``N 50.95340 E 1.85082``; ``non localisé``.

``cecorvigmar_es_ci.xlsx`` -- Guardia Civil, Centro de Coordinación de Vigilancia
Marítima de Costas y Fronteras (CECORVIGMAR); Spanish, **XLSX**. First reports every
event detected in Spain. ``Nº Atestado`` ``GC/00017/22``. ``Fecha`` mostly real Excel
dates, some bare Excel serials (``44652``), some text ``dd/mm/aaaa`` or ``3-mar-22``;
partial ``marzo 2022``, ``03/2022``, ``2T 2022``, ``1º trimestre 2022``; ``s/f`` for a
missing date. Offences by Código Penal article (``art. 177 bis CP`` / ``TSH`` =
trafficking, ``art. 318 bis CP`` = smuggling). ``Sexo (H/M)``: ``H`` hombre, ``M``
mujer, ``H/M``; ``MENA``; ``patera``, ``cayuco``, ``neumática``, ``salto de valla``,
``turismo (doble fondo)`` (a car); counts as numbers, or text ``1.250``; ``s/d`` for
unknowns; ``ninguno`` detainees; nautical positions in degrees and decimal minutes
(``27º 45,32' N - 015º 36,20' W``) or decimal pairs. Re-pasted rows (exact repeats).

``lkpb_lt_ci.csv`` -- Lithuanian Criminal Police Bureau (Lietuvos kriminalinės
policijos biuras), English to partners, **UTF-8 with BOM**, ``,``. First reports the
Belarus-Poland border events. Pre-trial investigation numbers ``01-1-00012-22``. Dates
ISO, ``2022.03.15``, ``15 March 2022``, ``2022-03-15 00:00``; partial ``2022-03``,
``March 2022``, ``2022 Q1``, ``III quarter 2022`` (Roman quarters). Offences by the
Lithuanian Criminal Code (``Art. 147`` trafficking, ``Art. 292`` illegal
transportation of persons across the state border). Citizenship as English names,
demonyms or ISO alpha-2; routes ``Russia–Belarus`` or ``RU→BY``; counts with a space as
thousands separator; ``not established`` for unknowns; ``Latitude, °N`` /
``Longitude, °E`` in decimals or degrees-minutes-seconds without hemisphere letters.

``emm_nl_ci.jsonl`` -- Dutch Expertise Centre on Human Trafficking and People Smuggling
(Expertisecentrum Mensenhandel en Mensensmokkel, EMM), international partner digest
exported from its analysis platform; English camelCase keys, **JSON lines**, UTF-8.
Reports every other event (Italy, Panama, United States) and second reports of many.
Dates ISO, ISO timestamps (some with a UTC offset, local date), ``15-03-2022``; partial
``2022-03`` and ``2022-Q1``. ``THB`` / ``SoM`` / ``THB/SoM`` or ``Art. 273f Sr`` and
``Art. 197a Sr``; upper-case enumerations (``MALE``, ``ADULT``, ``SEA``) beside plain
words; ISO alpha-3 / alpha-2 codes; ``transitCountries`` and ``relatedOffences`` as
JSON arrays; counts and coordinates as JSON numbers; ``null`` for unknowns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pandas as pd
import pycountry

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND85_SOURCES", "Blind85Source", "make_blind85"]

_Rng = np.random.Generator
T = TypeVar("T")


@dataclass(frozen=True)
class Blind85Source(ExaminerSource):
    """One source of the ``blind85`` set: the shared fields plus its wording key.

    Attributes
    ----------
    key : str
        Which agency's wording and cell styles to use (``"dk"``, ``"be"``, ``"es"``,
        ``"lt"``, ``"nl"``).
    """

    key: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_DK = Blind85Source(
    source="nsk_dk_ci",
    filename="nsk_dk_ci.csv",
    ref="4500-76190-{seq:05d}-{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Journal no.",
        "event_date": "Date of detection (dd-mm-yyyy)",
        "detection_country": "Country of detection",
        "crime_type": "Offence (legal basis)",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of persons (migrants/victims)",
        "n_suspects": "Suspects arrested",
        "nationality": "Nationality",
        "gender": "Sex",
        "age_group": "Age group",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Final destination",
        "transport_mode": "Means of transport",
        "lat": "Lat. (WGS84)",
        "lon": "Long. (WGS84)",
        "linked_offences": "Related offences",
    },
    note="NB: figures for the last quarter are provisional and subject to revision (NSK)",
    total="Total",
    bad_count=("several", "many", "a group"),
    repeats=True,
    key="dk",
)
_BE = Blind85Source(
    source="dvz_oe_be_ci",
    filename="dvz_oe_be_ci.csv",
    ref="OE/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Dossiernummer / N° de dossier",
        "event_date": "Datum vaststelling / Date du constat",
        "detection_country": "Land van onderschepping / Pays d'interception",
        "transport_mode": "Vervoermiddel / Moyen de transport",
        "coordinates": "Coördinaten / Coordonnées",
        "crime_type": "Inbreuk / Infraction",
        "exploitation": "Vorm van uitbuiting / Forme d'exploitation",
        "n_persons": "Aantal personen / Nombre de personnes",
        "gender": "Geslacht / Sexe",
        "age_group": "Leeftijd / Âge",
        "nationality": "Nationaliteit / Nationalité",
        "origin_country": "Land van herkomst / Pays d'origine",
        "transit_countries": "Transitlanden / Pays de transit",
        "destination_country": "Land van bestemming / Pays de destination",
        "n_suspects": "Aantal verdachten / Nombre d'auteurs présumés",
        "linked_offences": "Samenhangende misdrijven / Infractions connexes",
    },
    note="Opmerking / Remarque : données provisoires, extraction cellule traite DVZ-OE",
    total="TOTAAL / TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    key="be",
)
_ES = Blind85Source(
    source="cecorvigmar_es_ci",
    filename="cecorvigmar_es_ci.xlsx",
    ref="GC/{seq:05d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de la explotación",
        "transport_mode": "Medio empleado",
        "coordinates": "Posición (lat/long)",
        "detection_country": "País de interceptación",
        "n_persons": "Nº personas",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "n_suspects": "Detenidos",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales a fecha de extracción. Fuente: CECORVIGMAR",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    key="es",
)
_LT = Blind85Source(
    source="lkpb_lt_ci",
    filename="lkpb_lt_ci.csv",
    ref="01-1-{seq:05d}-{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Pre-trial investigation No.",
        "event_date": "Date of event (YYYY-MM-DD)",
        "crime_type": "Article of the Criminal Code (LT)",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Number of persons",
        "n_suspects": "Suspects detained",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Country of destination",
        "detection_country": "Place of detection (country)",
        "transport_mode": "Transport",
        "lat": "Latitude, °N",
        "lon": "Longitude, °E",
        "linked_offences": "Related criminal acts",
    },
    note="Data as of the date of extraction; provisional",
    total="Total:",
    bad_count=("several", "multiple", "group"),
    repeats=False,
    key="lt",
)
_NL = Blind85Source(
    source="emm_nl_ci",
    filename="emm_nl_ci.jsonl",
    ref="EMM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseNumber",
        "event_date": "dateOfIncident",
        "detection_country": "countryOfDetection",
        "crime_type": "offenceCategory",
        "exploitation": "exploitationType",
        "n_persons": "numberOfPersons",
        "n_suspects": "numberOfSuspects",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "countryOfDestination",
        "transit_countries": "transitCountries",
        "transport_mode": "modeOfTransport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many", "a group"),
    repeats=False,
    key="nl",
)

#: The five sources of the set, in the order the submissions are returned.
BLIND85_SOURCES: tuple[Blind85Source, ...] = (_DK, _BE, _ES, _LT, _NL)

_PRIMARY: dict[str, str] = {
    "GRC": _DK.source,
    "HRV": _DK.source,
    "FRA": _BE.source,
    "GBR": _BE.source,
    "ESP": _ES.source,
    "POL": _LT.source,
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): _NL.source,
    ("channel", "GBR"): _NL.source,
    ("thb_vnm_gbr", "GBR"): _NL.source,
    ("emed", "GRC"): _NL.source,
    ("wbal", "HRV"): _NL.source,
    ("blr_pol", "POL"): _DK.source,
    ("thb_nga_ita", "ITA"): _BE.source,
    ("thb_rou_esp", "ITA"): _ES.source,
    ("cmed", "ITA"): _ES.source,
    ("watl", "ESP"): _NL.source,
    ("wmed", "ESP"): _BE.source,
    ("thb_rou_esp", "ESP"): _NL.source,
}


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "BiH", "Bosnia-Herzegovina"),
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
    "GBR": ("United Kingdom", "UK", "Great Britain"),
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
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, tuple[str, ...]] = {
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
    "GBR": ("Royaume-Uni", "R-U", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
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
_FR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("afghane", "afghan"),
    "ALB": ("albanaise", "albanais"),
    "BGD": ("bangladaise", "bangladais"),
    "CHN": ("chinoise", "chinois"),
    "CIV": ("ivoirienne", "ivoirien"),
    "CMR": ("camerounaise", "camerounais"),
    "COL": ("colombienne", "colombien"),
    "DZA": ("algérienne", "algérien"),
    "ECU": ("équatorienne", "équatorien"),
    "EGY": ("égyptienne", "égyptien"),
    "ERI": ("érythréenne", "érythréen"),
    "GIN": ("guinéenne", "guinéen"),
    "GMB": ("gambienne", "gambien"),
    "GTM": ("guatémaltèque",),
    "HND": ("hondurienne", "hondurien"),
    "HTI": ("haïtienne", "haïtien"),
    "IRN": ("iranienne", "iranien"),
    "IRQ": ("irakienne", "irakien"),
    "MAR": ("marocaine", "marocain"),
    "MEX": ("mexicaine", "mexicain"),
    "MLI": ("malienne", "malien"),
    "NGA": ("nigériane", "nigérian"),
    "PAK": ("pakistanaise", "pakistanais"),
    "ROU": ("roumaine", "roumain"),
    "SEN": ("sénégalaise", "sénégalais"),
    "SYR": ("syrienne", "syrien"),
    "TUN": ("tunisienne", "tunisien"),
    "TUR": ("turque", "turc"),
    "VEN": ("vénézuélienne", "vénézuélien"),
    "VNM": ("vietnamienne", "vietnamien"),
    "YEM": ("yéménite",),
}
_ES_NAMES: dict[str, tuple[str, ...]] = {
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
    "GIN": ("Guinea Conakry", "Guinea"),
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
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía",),
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
_ES_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("afgana", "afgano"),
    "ALB": ("albanesa", "albanés"),
    "BGD": ("bangladesí",),
    "CHN": ("china", "chino"),
    "CIV": ("marfileña", "marfileño"),
    "CMR": ("camerunesa", "camerunés"),
    "COL": ("colombiana", "colombiano"),
    "DZA": ("argelina", "argelino"),
    "ECU": ("ecuatoriana", "ecuatoriano"),
    "EGY": ("egipcia", "egipcio"),
    "ERI": ("eritrea", "eritreo"),
    "GIN": ("guineana (Conakry)", "guineano (Conakry)"),
    "GMB": ("gambiana", "gambiano"),
    "GTM": ("guatemalteca", "guatemalteco"),
    "HND": ("hondureña", "hondureño"),
    "HTI": ("haitiana", "haitiano"),
    "IRN": ("iraní",),
    "IRQ": ("iraquí",),
    "MAR": ("marroquí",),
    "MEX": ("mexicana", "mexicano"),
    "MLI": ("maliense",),
    "NGA": ("nigeriana", "nigeriano"),
    "PAK": ("pakistaní",),
    "ROU": ("rumana", "rumano"),
    "SEN": ("senegalesa", "senegalés"),
    "SYR": ("siria", "sirio"),
    "TUN": ("tunecina", "tunecino"),
    "TUR": ("turca", "turco"),
    "VEN": ("venezolana", "venezolano"),
    "VNM": ("vietnamita",),
    "YEM": ("yemení",),
}
_NAMES = {"en": _EN_NAMES, "fr": _FR_NAMES, "es": _ES_NAMES}
_DEMONYMS = {"en": _EN_DEMONYMS, "fr": _FR_DEMONYMS, "es": _ES_DEMONYMS}

#: How often each source writes a country as (name, demonym, alpha-2, alpha-3): the
#: nationality column first, then the other country columns.
_COUNTRY_STYLE: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "dk": ((0.3, 0.45, 0.15, 0.1), (0.75, 0.0, 0.15, 0.1)),
    "be": ((0.3, 0.55, 0.0, 0.15), (0.85, 0.0, 0.15, 0.0)),
    "es": ((0.35, 0.55, 0.0, 0.1), (0.9, 0.0, 0.0, 0.1)),
    "lt": ((0.5, 0.25, 0.25, 0.0), (0.8, 0.0, 0.2, 0.0)),
    "nl": ((0.2, 0.0, 0.2, 0.6), (0.2, 0.0, 0.2, 0.6)),
}


# --------------------------------------------------------------------------------------
# Value wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Words:
    """One agency's words for the vocabulary fields and its placeholders."""

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    linked: Mapping[str, tuple[str, ...]]
    linked_sep: tuple[str, ...]
    no_linked: tuple[str | None, ...]
    no_transit: tuple[str | None, ...]
    count_unknown: tuple[str | None, ...]
    suspects_unknown: tuple[str | None, ...]
    zero: tuple[str, ...]
    gender_unknown: tuple[str | None, ...]
    na: tuple[str | None, ...]
    nat_unknown: tuple[str | None, ...]
    coords_unknown: tuple[str | None, ...]


_WORDS: dict[str, _Words] = {
    "dk": _Words(
        crime={
            "trafficking": (
                "Human trafficking (Straffeloven § 262 a)",
                "Trafficking in human beings, § 262 a",
                "§ 262 a Straffeloven (THB)",
                "THB",
                "human trafficking",
            ),
            "smuggling": (
                "Human smuggling (Udlændingeloven § 59, stk. 8)",
                "Aliens Act § 59(8) - smuggling",
                "UDL § 59, stk. 8 (SoM)",
                "Migrant smuggling",
                "SoM",
                "people smuggling",
            ),
            "both": (
                "THB + SoM",
                "§ 262 a / UDL § 59, stk. 8 (THB + SoM)",
                "Trafficking and smuggling",
                "Human trafficking + human smuggling",
            ),
        },
        exploitation={
            "sexual": ("sexual exploitation", "sexual", "prostitution"),
            "forced_labour": ("forced labour", "labour exploitation", "forced labor"),
            "forced_criminality": ("forced criminality", "forced to commit crime"),
            "organ_removal": ("organ removal", "removal of organs"),
            "forced_marriage": ("forced marriage",),
            "other": ("other", "other form"),
        },
        no_exploitation=(None, None, "n/a", "-", "not relevant"),
        gender={
            "male": ("M", "male", "men", "male(s)"),
            "female": ("F", "female", "women"),
            "mixed": ("M/F", "mixed", "men and women", "M+F"),
        },
        age={
            "adult": ("adult", "adults", "18+", "over 18"),
            "child": ("minor", "minors", "UAM", "under 18"),
            "mixed": ("adults and minors", "mixed", "adults + UAMs"),
        },
        transport={
            "sea": ("rubber dinghy", "boat", "sailing yacht", "fishing vessel", "speedboat"),
            "land": ("lorry", "truck", "car", "van", "on foot", "bus", "train"),
            "air": ("flight", "by air", "commercial flight"),
        },
        linked={
            "document_fraud": ("document fraud", "forged documents", "false passports"),
            "corruption": ("corruption", "bribery"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "narcotics", "weapons"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        linked_sep=(", ", " + "),
        no_linked=(None, None, "-", "none"),
        no_transit=(None, "direct", "-"),
        count_unknown=("unknown", "n.k.", "not known"),
        suspects_unknown=("unknown", "n.k."),
        zero=("none", "nil"),
        gender_unknown=("unk.", "not stated"),
        na=("n/a", "unknown"),
        nat_unknown=("unknown", "n.k."),
        coords_unknown=("n/a",),
    ),
    "be": _Words(
        crime={
            "trafficking": (
                "traite des êtres humains (art. 433quinquies C.p.)",
                "TEH",
                "traite des êtres humains",
                "art. 433quinquies Code pénal",
            ),
            "smuggling": (
                "trafic d'êtres humains (art. 77bis loi du 15/12/1980)",
                "trafic d'êtres humains",
                "art. 77bis L. 15.12.1980",
                "trafic de migrants",
            ),
            "both": (
                "TEH + trafic d'êtres humains",
                "traite et trafic d'êtres humains",
                "art. 433quinquies C.p. et art. 77bis L. 15.12.1980",
            ),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "exploitation de la prostitution"),
            "forced_labour": ("exploitation économique", "travail forcé"),
            "forced_criminality": (
                "contrainte à commettre un crime ou un délit",
                "criminalité forcée",
            ),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre", "autre forme"),
        },
        no_exploitation=(None, "s.o.", "sans objet", "/"),
        gender={
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes", "féminin"),
            "mixed": ("H/F", "mixte", "hommes et femmes"),
        },
        age={
            "adult": ("majeur", "majeurs", "adultes"),
            "child": ("mineur", "mineurs", "MENA"),
            "mixed": ("majeurs et mineurs", "mixte", "adultes + MENA"),
        },
        transport={
            "sea": ("small boat", "canot pneumatique", "embarcation", "bateau", "voie maritime"),
            "land": ("camion", "poids lourd", "voiture", "camionnette", "à pied", "autocar"),
            "air": ("avion", "voie aérienne", "vol commercial"),
        },
        linked={
            "document_fraud": ("faux documents", "usage de faux", "faux et usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "illicit_goods": ("stupéfiants", "trafic de stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        linked_sep=(", ", " ; ", " + "),
        no_linked=(None, None, "néant", "/"),
        no_transit=(None, "néant", "aucun"),
        count_unknown=("inconnu", "n.c.", "indéterminé"),
        suspects_unknown=("inconnu", "n.c."),
        zero=("aucun", "néant"),
        gender_unknown=("inconnu", "indéterminé"),
        na=("inconnu", "n.c."),
        nat_unknown=("inconnue", "indéterminée"),
        coords_unknown=("non localisé", "n.c."),
    ),
    "es": _Words(
        crime={
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "Art. 177 bis CP",
                "TSH",
                "trata de seres humanos",
            ),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
                "Art. 318 bis CP",
                "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
                "tráfico ilícito de migrantes",
            ),
            "both": (
                "177 bis + 318 bis CP",
                "Trata de seres humanos y favorecimiento de la inmigración ilegal",
                "TSH + 318 bis",
            ),
        },
        exploitation={
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": (
                "actividades delictivas",
                "realización de actividades delictivas",
            ),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras", "otra finalidad"),
        },
        no_exploitation=(None, "no procede", "—", "N/P"),
        gender={
            "male": ("H", "hombres", "varones"),
            "female": ("M", "mujeres"),
            "mixed": ("H/M", "mixto", "ambos sexos"),
        },
        age={
            "adult": ("adultos", "mayores de edad", "mayor de edad"),
            "child": ("menores", "MENA", "menor de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        transport={
            "sea": (
                "patera",
                "cayuco",
                "neumática",
                "embarcación neumática",
                "lancha",
                "moto de agua",
                "vía marítima",
            ),
            "land": (
                "vehículo",
                "camión",
                "a pie",
                "furgoneta",
                "autobús",
                "turismo (doble fondo)",
            ),
            "air": ("avión", "vía aérea", "vuelo comercial"),
        },
        linked={
            "document_fraud": ("falsedad documental", "falsificación de documentos"),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("tráfico de drogas", "contrabando", "contra la salud pública"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        linked_sep=(" / ", ", "),
        no_linked=(None, None, "—", "ninguno"),
        no_transit=(None, "—", "ninguno"),
        count_unknown=("s/d", "desconocido", "sin determinar"),
        suspects_unknown=("s/d", "desconocido"),
        zero=("ninguno", "sin detenidos"),
        gender_unknown=("s/d", "desconocido"),
        na=("s/d", "desconocido"),
        nat_unknown=("desconocida", "s/d"),
        coords_unknown=("s/d", "sin posición"),
    ),
    "lt": _Words(
        crime={
            "trafficking": (
                "Art. 147 CC (trafficking in human beings)",
                "CC Art. 147",
                "Art. 147",
                "trafficking in human beings",
            ),
            "smuggling": (
                "Art. 292 CC (illegal transportation of persons across the state border)",
                "CC Art. 292",
                "Art. 292 part 2",
                "illegal transportation of persons across state border",
            ),
            "both": (
                "Art. 147 and Art. 292 CC",
                "CC Art. 147, 292",
                "trafficking in human beings; illegal transportation across the border",
            ),
        },
        exploitation={
            "sexual": ("sexual exploitation", "prostitution"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminal activity", "forced criminality"),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        no_exploitation=(None, "N/A", "not applicable"),
        gender={
            "male": ("male", "men", "M"),
            "female": ("female", "women", "F"),
            "mixed": ("mixed", "male/female", "M, F"),
        },
        age={
            "adult": ("adult", "adults", "18+"),
            "child": ("minor", "minors", "juvenile"),
            "mixed": ("adults and minors", "mixed"),
        },
        transport={
            "sea": ("boat", "by sea"),
            "land": ("on foot", "car", "minibus", "truck", "train", "by land"),
            "air": ("plane", "by air"),
        },
        linked={
            "document_fraud": ("document forgery", "forged documents"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("smuggling of goods", "cigarette smuggling", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        linked_sep=(", ", "; "),
        no_linked=(None, None, "N/A", "none"),
        no_transit=(None, "N/A"),
        count_unknown=("N/A", "not established", "unknown"),
        suspects_unknown=("not established", "N/A"),
        zero=("none", "nil"),
        gender_unknown=("not established",),
        na=("N/A", "not established"),
        nat_unknown=("not established", "unknown"),
        coords_unknown=("N/A",),
    ),
    "nl": _Words(
        crime={
            "trafficking": (
                "THB",
                "trafficking in human beings",
                "Art. 273f Sr (THB)",
            ),
            "smuggling": (
                "SoM",
                "migrant smuggling",
                "Art. 197a Sr (SoM)",
                "smuggling of migrants",
            ),
            "both": ("THB/SoM", "THB and SoM", "Art. 273f + 197a Sr"),
        },
        exploitation={
            "sexual": ("sexual exploitation", "SEXUAL"),
            "forced_labour": ("labour exploitation", "FORCED_LABOUR"),
            "forced_criminality": ("criminal exploitation", "FORCED_CRIMINALITY"),
            "organ_removal": ("organ removal", "ORGAN_REMOVAL"),
            "forced_marriage": ("forced marriage", "FORCED_MARRIAGE"),
            "other": ("other", "OTHER"),
        },
        no_exploitation=(None,),
        gender={
            "male": ("MALE", "male", "M"),
            "female": ("FEMALE", "female", "F"),
            "mixed": ("MIXED", "mixed"),
        },
        age={
            "adult": ("ADULT", "adult", "adults"),
            "child": ("MINOR", "minor", "minors"),
            "mixed": ("MIXED", "adults and minors"),
        },
        transport={
            "sea": ("SEA", "sea", "boat", "vessel"),
            "land": ("LAND", "land", "vehicle", "on foot", "truck"),
            "air": ("AIR", "air", "flight"),
        },
        linked={
            "document_fraud": ("DOCUMENT_FRAUD", "document fraud"),
            "corruption": ("CORRUPTION", "corruption"),
            "money_laundering": ("MONEY_LAUNDERING", "money laundering"),
            "illicit_goods": ("ILLICIT_GOODS", "drug trafficking"),
            "cybercrime": ("CYBERCRIME", "cybercrime"),
            "terrorism": ("TERRORISM", "terrorism"),
        },
        linked_sep=(),
        no_linked=(None,),
        no_transit=(None,),
        count_unknown=(None, "unknown"),
        suspects_unknown=(None,),
        zero=(),
        gender_unknown=(None, "UNKNOWN"),
        na=("UNKNOWN", None),
        nat_unknown=(None, "UNKNOWN"),
        coords_unknown=(None,),
    ),
}

#: Words a source keeps for one corridor's means of transport: (source key, corridor,
#: true mode) -> words; other rows take the source's general words.
_TRANSPORT_BY_CORRIDOR: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("dk", "emed", "sea"): ("rubber dinghy", "boat", "sailing yacht", "speedboat"),
    ("dk", "wbal", "land"): ("lorry", "car", "van", "on foot", "train", "bus"),
    ("be", "channel", "sea"): ("small boat", "canot pneumatique", "embarcation", "taxi-boat"),
    ("be", "channel", "land"): (
        "camion",
        "poids lourd",
        "camionnette",
        "voiture",
        "train (tunnel sous la Manche)",
    ),
    ("es", "watl", "sea"): ("cayuco", "neumática", "vía marítima", "embarcación neumática"),
    ("es", "wmed", "sea"): (
        "patera",
        "neumática",
        "moto de agua",
        "lancha",
        "embarcación de recreo",
    ),
    ("es", "wmed", "land"): ("salto de valla", "a pie", "vehículo (doble fondo)", "camión"),
    ("lt", "blr_pol", "land"): (
        "on foot",
        "car",
        "minibus",
        "by land",
        "on foot through the forest",
    ),
    ("nl", "darien", "land"): ("on foot", "LAND", "land"),
    ("nl", "us_mex", "land"): ("LAND", "vehicle", "tractor-trailer", "on foot", "pick-up truck"),
    ("nl", "cmed", "sea"): ("SEA", "boat", "fishing boat", "rubber boat", "iron boat"),
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")
_EN_ORDINAL = ("1st", "2nd", "3rd", "4th")
_FR_ORDINAL = ("1er", "2e", "3e", "4e")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: UTC offsets of the EMM platform's time stamps, by detection country (local time).
_NL_OFFSETS = {"PAN": ("-05:00",), "USA": ("-05:00", "-06:00", "-07:00")}
_PARTIAL_SHARE = 0.07


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, options: tuple[T, ...] | list[T]) -> T:
    """Draw one of ``options`` (which may hold None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _weighted(rng: _Rng, weights: tuple[float, ...]) -> int:
    """Draw an index with the given (unnormalised) weights."""
    w = np.asarray(weights, dtype=float)
    return int(rng.choice(len(w), p=w / w.sum()))


def _text(ev: Mapping[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _safe_year(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """Move ``ts`` by whole years (29 February becomes the 28th)."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + years, month=ts.month, day=day)


def _bad_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return an impossible (day, month): 30/31 February or the 31st of a short month."""
    if rng.random() < 0.5:
        return int(_pick(rng, (30, 31))), 2
    return 31, int(_pick(rng, (4, 6, 9, 11)))


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateCell = tuple[object, pd.Timestamp, str, list[str]]


def _partial(
    ts: pd.Timestamp, rng: _Rng, months: tuple[str, ...], quarters: tuple[str, ...]
) -> _DateCell:
    """Return a month (60 %) or quarter date from the source's patterns (``{mm}``, ...)."""
    q = (ts.month - 1) // 3
    fields = {
        "y": ts.year,
        "mm": f"{ts.month:02d}",
        "en": MONTHS[ts.month - 1],
        "fr": _FR_MONTHS[ts.month - 1],
        "es": _ES_MONTHS[ts.month - 1],
        "q": q + 1,
        "roman": _ROMAN[q],
        "enord": _EN_ORDINAL[q],
        "frord": _FR_ORDINAL[q],
    }
    if rng.random() < 0.6:
        return _pick(rng, months).format(**fields), _month_start(ts), "month", ["partial_month"]
    return _pick(rng, quarters).format(**fields), _quarter_start(ts), "quarter", ["partial_quarter"]


def _date_dk(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, det: str) -> _DateCell:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        return _partial(ts, rng, ("{en} {y}", "{mm}-{y}"), ("Q{q} {y}", "{enord} quarter {y}"))
    r = rng.random()
    if r < 0.7:
        cell, tag = f"{ts:%d-%m-%Y}", "date_dmy_dash"
    elif r < 0.85:
        cell, tag = f"{ts:%d.%m.%Y}", "date_dmy_dot"
    elif r < 0.95:
        cell, tag = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    else:
        cell, tag = f"{ts:%d-%m-%y}", "date_two_digit_year"
    return cell, ts, "day", [tag]


def _date_be(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, det: str) -> _DateCell:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        return _partial(ts, rng, ("{fr} {y}", "{mm}/{y}"), ("T{q} {y}", "{frord} trimestre {y}"))
    r = rng.random()
    if r < 0.6:
        cell, tag = f"{ts:%d/%m/%Y}", "date_dmy_slash"
    elif r < 0.8:
        day = "1er" if ts.day == 1 else str(ts.day)
        cell, tag = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    elif r < 0.9:
        cell, tag = f"{ts:%d.%m.%Y}", "date_dmy_dot"
    else:
        cell, tag = f"{ts:%d/%m/%y}", "date_two_digit_year"
    return cell, ts, "day", [tag]


def _date_es(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, det: str) -> _DateCell:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        return _partial(
            ts,
            rng,
            ("{es} {y}", "{es} de {y}", "{mm}/{y}"),
            ("{q}T {y}", "{q}º trimestre {y}", "T{q}/{y}"),
        )
    r = rng.random()
    if r < 0.55:
        cell: object = ts.to_pydatetime()
        tag = "date_excel"
    elif r < 0.75:
        cell, tag = int((ts - _EXCEL_EPOCH).days), "date_excel_serial"
    elif r < 0.9:
        cell, tag = f"{ts:%d/%m/%Y}", "date_dmy_text"
    else:
        cell, tag = f"{ts.day}-{_ES_ABBR[ts.month - 1]}-{ts:%y}", "date_month_abbr"
    return cell, ts, "day", [tag]


def _date_lt(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, det: str) -> _DateCell:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        return _partial(
            ts,
            rng,
            ("{y}-{mm}", "{en} {y}"),
            ("{y} Q{q}", "Q{q} {y}", "{roman} quarter {y}"),
        )
    r = rng.random()
    if r < 0.6:
        cell, tag = f"{ts:%Y-%m-%d}", "date_iso"
    elif r < 0.75:
        cell, tag = f"{ts:%Y.%m.%d}", "date_ymd_dot"
    elif r < 0.9:
        cell, tag = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    else:
        cell, tag = f"{ts:%Y-%m-%d} 00:00", "date_with_time"
    return cell, ts, "day", [tag]


def _date_nl(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, det: str) -> _DateCell:
    if partial_ok and rng.random() < _PARTIAL_SHARE:
        return _partial(ts, rng, ("{y}-{mm}",), ("{y}-Q{q}",))
    r = rng.random()
    if r < 0.6:
        cell, tag = f"{ts:%Y-%m-%d}", "date_iso"
    elif r < 0.75:
        cell, tag = f"{ts:%Y-%m-%d}T00:00:00", "date_iso_timestamp"
    elif r < 0.85:
        # a local time stamp with its offset, 08:00-16:59: the UTC day is the local day
        hh, mm = int(rng.integers(8, 17)), int(rng.integers(0, 60))
        offset = _pick(rng, _NL_OFFSETS.get(det, ("+01:00", "+02:00")))
        cell, tag = f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00{offset}", "date_iso_offset"
    else:
        cell, tag = f"{ts:%d-%m-%Y}", "date_dmy_dash"
    return cell, ts, "day", [tag]


_DATES = {"dk": _date_dk, "be": _date_be, "es": _date_es, "lt": _date_lt, "nl": _date_nl}


def _bad_date(src: Blind85Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a missing, impossible or future date written in the source's style."""
    if kind == "no_date":
        blank = {"dk": "n/a", "be": "inconnue", "es": "s/f", "lt": "N/A", "nl": None}[src.key]
        return blank if rng.random() < 0.3 else None
    if kind == "bad_date":
        day, month = _bad_day(ts, rng)
        return {
            "dk": f"{day:02d}-{month:02d}-{ts.year}",
            "be": f"{day:02d}/{month:02d}/{ts.year}",
            "es": f"{day:02d}/{month:02d}/{ts.year}",
            "lt": f"{ts.year}-{month:02d}-{day:02d}",
            "nl": f"{ts.year}-{month:02d}-{day:02d}",
        }[src.key]
    future = _safe_year(ts, 10)  # a slipped decade digit: 2022 typed as 2032
    if src.key == "es":
        return future.to_pydatetime()
    return {
        "dk": f"{future:%d-%m-%Y}",
        "be": f"{future:%d/%m/%Y}",
        "lt": f"{future:%Y-%m-%d}",
        "nl": f"{future:%Y-%m-%d}",
    }[src.key]


def _note_date(src: Blind85Source, last: pd.Timestamp) -> object:
    """Return the date of the note row (the extraction date, after the last row)."""
    day = last + pd.Timedelta(days=3)
    if src.key == "es":
        return day.to_pydatetime()
    return {"dk": f"{day:%d-%m-%Y}", "be": f"{day:%d/%m/%Y}", "lt": f"{day:%Y-%m-%d}"}.get(
        src.key, f"{day:%Y-%m-%d}"
    )


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(src: Blind85Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return the persons cell, its expected count and tags."""
    w = _WORDS[src.key]
    if rng.random() < 0.03:
        return _pick(rng, w.count_unknown), None, ["count_placeholder"]
    big = n >= 1000
    if src.key == "dk":
        if big and rng.random() < 0.7:
            return f"{n:,}".replace(",", "."), n, ["thousands_dot"]
        if n >= 10 and rng.random() < 0.05:
            return f"ca. {n}", n, ["approximate_count"]
        return str(n), n, []
    if src.key == "be":
        if big and rng.random() < 0.6:
            sep = _pick(rng, ("\u00a0", " "))
            return f"{n:,}".replace(",", sep), n, ["thousands_space"]
        return str(n), n, []
    if src.key == "es":
        if big and rng.random() < 0.5:
            return f"{n:,}".replace(",", "."), n, ["thousands_dot", "count_as_text"]
        if rng.random() < 0.1:
            return str(n), n, ["count_as_text"]
        return n, n, []
    if src.key == "lt":
        if big and rng.random() < 0.6:
            return f"{n:,}".replace(",", " "), n, ["thousands_space"]
        return str(n), n, []
    return n, n, []


def _suspects(
    src: Blind85Source, n: int | None, rng: _Rng, blank: bool
) -> tuple[object, int | None, list[str]]:
    """Return the suspects cell, its expected count and tags."""
    w = _WORDS[src.key]
    if blank:
        return None, None, ["blank_n_suspects"]
    if n is None or rng.random() < 0.04:
        return _pick(rng, w.suspects_unknown), None, ["suspects_placeholder"]
    if n == 0 and w.zero and rng.random() < 0.35:
        return _pick(rng, w.zero), 0, ["zero_word"]
    if src.format == "csv":
        return str(n), n, []
    return n, n, []


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(lang: str, code: str, rng: _Rng) -> str:
    names = _NAMES[lang].get(code)
    if names:
        return _pick(rng, names)
    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "name", code)) if lang == "en" else code


def _country(
    src: Blind85Source, code: str, rng: _Rng, *, nationality: bool
) -> tuple[str, list[str]]:
    """One country as the source writes it (name, demonym or code)."""
    weights = _COUNTRY_STYLE[src.key][0 if nationality else 1]
    style = _weighted(rng, weights)
    lang = src.language
    demonyms = _DEMONYMS[lang].get(code)
    if style == 1 and not demonyms:
        style = 0
    if style == 0:
        text, tag = _name(lang, code, rng), "country_name"
    elif style == 1:
        text, tag = _pick(rng, demonyms or (code,)), "country_demonym"
    elif style == 2:
        text, tag = iso_codes(code)[0], "country_iso2"
    else:
        text, tag = code, "country_iso3"
    if src.key == "dk" and rng.random() < 0.3:
        garbled = mojibake(text)
        if garbled is not None:  # a name pasted from a UTF-8 system into the ANSI sheet
            return garbled, [tag, "mojibake"]
    if src.key == "es" and style == 0 and rng.random() < 0.15:
        text = text.upper()  # the watch officer's capitals
    if not fits(text, src):
        return code, ["country_iso3"]
    return text, [tag]


def _transit(src: Blind85Source, value: str | None, rng: _Rng) -> tuple[object, list[str]]:
    """Return the transit cell (a JSON array for EMM) of the true ``|``-joined codes."""
    w = _WORDS[src.key]
    if value is None:
        if src.key == "nl":
            return _pick(rng, (None, [])), []
        return _pick(rng, w.no_transit), []
    codes = value.split("|")
    if src.key == "nl":
        if rng.random() < 0.7:
            return list(codes), ["transit_array_iso3"]
        return [iso_codes(c)[0] for c in codes], ["transit_array_iso2"]
    if src.key == "dk":
        style = _weighted(rng, (0.4, 0.25, 0.2, 0.15))
        if style == 1:
            return " > ".join(iso_codes(c)[0] for c in codes), ["transit_iso2"]
        if style == 3:
            return "/".join(codes), ["transit_iso3"]
        names = [_name("en", c, rng) for c in codes]
        names = [n if fits(n, src) else c for n, c in zip(names, codes, strict=True)]
        garbled = [mojibake(n) if rng.random() < 0.3 else None for n in names]
        tags = ["transit_names"] + (["mojibake"] if any(garbled) else [])
        names = [g or n for g, n in zip(garbled, names, strict=True)]
        return (" - " if style == 0 else ", ").join(names), tags
    if src.key == "be":
        style = _weighted(rng, (0.5, 0.3, 0.2))
        if style == 2:
            return "/".join(iso_codes(c)[0] for c in codes), ["transit_iso2"]
        names = [_name("fr", c, rng) for c in codes]
        return (", " if style == 0 else " - ").join(names), ["transit_names"]
    if src.key == "es":
        names = [_name("es", c, rng) for c in codes]
        style = _weighted(rng, (0.5, 0.3, 0.2))
        if style == 2 and len(names) > 1:
            return ", ".join(names[:-1]) + " y " + names[-1], ["transit_names"]
        return (" - " if style == 0 else ", ").join(names), ["transit_names"]
    # lt
    style = _weighted(rng, (0.4, 0.3, 0.3))
    if style == 1:
        return "→".join(iso_codes(c)[0] for c in codes), ["transit_iso2_arrow"]
    names = [_name("en", c, rng) for c in codes]
    if style == 0:
        return "–".join(names), ["transit_names"]
    return ", ".join(names), ["transit_names"]


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _hemi(value: float, pos: str, neg: str) -> str:
    return pos if value >= 0 else neg


def _dms(value: float, tenths: bool) -> tuple[str, float]:
    """Degrees-minutes-seconds of ``|value|`` (whole or tenth seconds), and its value."""
    unit = 36000 if tenths else 3600
    t = round(abs(value) * unit)
    deg, rest = divmod(t, unit)
    minutes, sec = divmod(rest, unit // 60)
    sec_text = f"{sec / 10:04.1f}" if tenths else f"{sec:02d}"
    return f"{deg}°{minutes:02d}'{sec_text}\"", float(np.copysign(t / unit, value))


def _ddm(value: float, decimals: int, width: int, deg_sign: str) -> tuple[str, float]:
    """Degrees and decimal minutes of ``|value|``, with a decimal comma, and its value."""
    scale = 10**decimals
    t = round(abs(value) * 60 * scale)
    deg, rest = divmod(t, 60 * scale)
    minutes = f"{rest / scale:0{3 + decimals}.{decimals}f}".replace(".", ",")
    return f"{deg:0{width}d}{deg_sign} {minutes}'", float(np.copysign(t / (60 * scale), value))


def _coords(
    src: Blind85Source, lat: float | None, lon: float | None, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return the coordinate cell(s), the expected point and tags."""
    w = _WORDS[src.key]
    two = "coordinates" not in src.headers
    if blank or lat is None or lon is None:
        cells: dict[str, object] = {"lat": None, "lon": None} if two else {"coordinates": None}
        return cells, None, None, ["blank_coordinates"]
    if rng.random() < 0.05:
        word = _pick(rng, w.coords_unknown)
        tag = "coords_missing" if word is None else "coords_placeholder"
        cells = {"lat": word, "lon": word} if two else {"coordinates": word}
        return cells, None, None, [tag]
    if src.key == "dk":
        if rng.random() < 0.75:
            digits = int(_pick(rng, (4, 5, 5)))
            la, lo = round(lat, digits), round(lon, digits)
            cells = {
                "lat": f"{la:.{digits}f}".replace(".", ","),
                "lon": f"{lo:.{digits}f}".replace(".", ","),
            }
            return cells, la, lo, ["decimal_comma"]
        la_text, la = _ddm(lat, 3, 2, "°")
        lo_text, lo = _ddm(lon, 3, 3, "°")
        cells = {
            "lat": f"{la_text} {_hemi(lat, 'N', 'S')}",
            "lon": f"{lo_text} {_hemi(lon, 'E', 'W')}",
        }
        return cells, la, lo, ["coords_ddm"]
    if src.key == "be":
        r = rng.random()
        if r < 0.45:
            la_text, la = _dms(lat, tenths=False)
            lo_text, lo = _dms(lon, tenths=False)
            text = f"{la_text}{_hemi(lat, 'N', 'S')} {lo_text}{_hemi(lon, 'E', 'W')}"
            return {"coordinates": text}, la, lo, ["coords_dms"]
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.75:
            text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
            return {"coordinates": text}, la, lo, ["decimal_comma"]
        text = f"{_hemi(la, 'N', 'S')} {abs(la):.5f} {_hemi(lo, 'E', 'W')} {abs(lo):.5f}"
        return {"coordinates": text}, la, lo, ["coords_hemisphere_letters"]
    if src.key == "es":
        if rng.random() < 0.6:
            sign = _pick(rng, ("º", "°"))
            la_text, la = _ddm(lat, 2, 2, sign)
            lo_text, lo = _ddm(lon, 2, 3, sign)
            sep = _pick(rng, (" - ", "  ", " / "))
            text = f"{la_text} {_hemi(lat, 'N', 'S')}{sep}{lo_text} {_hemi(lon, 'E', 'W')}"
            return {"coordinates": text}, la, lo, ["coords_ddm_nautical"]
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ["coords_decimal_pair"]
    if src.key == "lt":
        if rng.random() < 0.88:
            digits = int(_pick(rng, (5, 6)))
            la, lo = round(lat, 5), round(lon, 5)
            return {"lat": f"{la:.{digits}f}", "lon": f"{lo:.{digits}f}"}, la, lo, []
        la_text, la = _dms(lat, tenths=True)
        lo_text, lo = _dms(lon, tenths=True)
        la_text = la_text if lat >= 0 else "-" + la_text
        lo_text = lo_text if lon >= 0 else "-" + lo_text
        return {"lat": la_text, "lon": lo_text}, la, lo, ["coords_dms"]
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, []


# --------------------------------------------------------------------------------------
# Linked offences
# --------------------------------------------------------------------------------------
def _linked(src: Blind85Source, value: str | None, rng: _Rng) -> tuple[object, list[str]]:
    w = _WORDS[src.key]
    if value is None:
        if src.key == "nl":
            return _pick(rng, (None, [])), []
        return _pick(rng, w.no_linked), []
    words = [_pick(rng, w.linked[k]) for k in value.split("|")]
    if src.key == "nl":
        return words, ["linked_array"]
    return _pick(rng, w.linked_sep).join(words), ["linked_words"]


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind85Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags).

    Parameters
    ----------
    src : Blind85Source
        The reporting source.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the row may give only the month or quarter.
    forced_blank : str or None
        Field a second report leaves blank (``nationality``, ``n_suspects``,
        ``coordinates``, ``gender`` or ``detection_country``).

    Returns
    -------
    cells : dict
        Cells by canonical column (``lat`` / ``lon`` or ``coordinates``).
    expected : dict
        Expected clean value of every record field.
    tags : list of str
        Messiness tags of the row.
    """
    w = _WORDS[src.key]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]

    # date
    det = _text(ev, "detection_country") or ""
    cell, day, precision, t = _DATES[src.key](ts, rng, partial_ok, det)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tags += t

    # offence and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _pick(rng, w.crime[crime]), crime
    expl = _text(ev, "exploitation")
    if crime == "smuggling" or expl is None:
        cells["exploitation"], exp["exploitation"] = _pick(rng, w.no_exploitation), None
    else:
        cells["exploitation"], exp["exploitation"] = _pick(rng, w.exploitation[expl]), expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tags += t
    sus = ev.get("n_suspects")
    n_sus = None if sus is None else int(sus)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, n_sus, rng, forced_blank == "n_suspects"
    )
    tags += t

    # sex and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = _pick(rng, w.gender_unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _pick(rng, w.gender[gender]), gender
    age = str(ev["age_group"])
    na_word = False
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = _pick(rng, w.na), "unknown"
        na_word = True
    else:
        cells["age_group"], exp["age_group"] = _pick(rng, w.age[age]), age

    # countries
    nat = _text(ev, "nationality")
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = _pick(rng, w.nat_unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country(src, nat, rng, nationality=True)
        exp["nationality"] = nat
        tags += t
    for col in ("origin_country", "destination_country", "detection_country"):
        code = _text(ev, col)
        if code is None or (col == "detection_country" and forced_blank == col):
            cells[col], exp[col] = None, None
            if col == "detection_country":
                tags.append("blank_detection_country")
            continue
        cells[col], t = _country(src, code, rng, nationality=False)
        exp[col] = code
        tags += [f"{col}:{x}" for x in t]
    transit = _text(ev, "transit_countries")
    cells["transit_countries"], t = _transit(src, transit, rng)
    exp["transit_countries"] = transit
    tags += t

    # transport and place
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = _pick(rng, w.na), "unknown"
        na_word = True
    else:
        words = _TRANSPORT_BY_CORRIDOR.get((src.key, str(ev["corridor"]), mode), w.transport[mode])
        cells["transport_mode"], exp["transport_mode"] = _pick(rng, words), mode
    if na_word:
        tags.append("na_word")
    lat, lon = ev.get("lat"), ev.get("lon")
    coord_cells, exp["lat"], exp["lon"], t = _coords(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coord_cells)
    tags += t

    # linked offences
    linked = _text(ev, "linked_offences")
    cells["linked_offences"], t = _linked(src, linked, rng)
    exp["linked_offences"] = linked
    tags += t
    return cells, exp, tags


_EXAMINER: Examiner[Blind85Source] = Examiner(
    sources=BLIND85_SOURCES,
    primary=_PRIMARY,
    compilation=_NL.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=8585,
    blank_share=0.35,
)


def make_blind85(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind85`` examiner set (files ``*_ci.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nsk_dk_ci.csv`` (English, cp1252, ``;``), ``dvz_oe_be_ci.csv`` (French with
        Dutch / French headers, UTF-16, tab), ``cecorvigmar_es_ci.xlsx`` (Spanish),
        ``lkpb_lt_ci.csv`` (English, UTF-8 with BOM, ``,``) and ``emm_nl_ci.jsonl``
        (English keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind85(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nsk_dk_ci.csv', 'dvz_oe_be_ci.csv', 'cecorvigmar_es_ci.xlsx', 'lkpb_lt_ci.csv',
     'emm_nl_ci.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
