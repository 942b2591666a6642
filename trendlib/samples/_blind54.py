"""Examiner sample set ``blind54``: five liaison desks of South / South-East Asia and Oceania.

Files ``*_bd.*``. Each desk compiles the case notifications it receives through its
liaison channels (host-country police, INTERPOL, regional networks) about smuggling and
trafficking detections in Europe and the Americas, and writes them its own way. The
wording below is this examiner's own; none of it is shared with the other sample sets.
A reader's guide to the five files:

``bareskrim_tppo_bd.csv`` -- Bareskrim Polri (Indonesian National Police, Criminal
    Investigation Agency), Dittipidum TPPO desk, English
    Windows export of an Indonesian-locale Excel sheet: **cp1252**, ``;`` delimiter,
    CRLF. Bilingual Indonesian/English headers (``Tgl Kejadian (Date of incident)``,
    ``Tersangka``, ``Lintang (Lat)``). Police report numbers ``LP/B/0012/2022/BARESKRIM``.
    Day-first dates ``12-03-2022`` (also ``12/03/2022``, ``12.03.2022``, ``12 Mar 2022``,
    ``12 March 2022``); partial dates ``Mar 2022``, ``03-2022``, ``Q1 2022``,
    ``1st Qtr 2022``. Offences cite Indonesian law (``Law 21/2007`` = trafficking, ``UU
    6/2011 Art. 120`` = people smuggling, TPPO / TPPU acronyms next to the English).
    Decimal-comma coordinates in two columns (``36,83551``), dot thousands
    (``1.250`` persons), ``pax`` suffixes, ``N/K`` for unknowns, ``Nil`` for no
    suspects, ``-`` for nothing, the place before the country (``Lampedusa, Italy``),
    ``JUMLAH (TOTAL)`` row, a ``Catatan/Note`` row, re-sent rows.
``mps_maldives_bd.xlsx`` -- Maldives Police Service, Transnational Crime Department
    (anti-human-trafficking desk), English. Real Excel dates, **Excel serial numbers**
    (``44632``) and typed dates (``12/03/2022``, ``12-Mar-2022``, ``12th March 2022``)
    in one column; ``Mar-2022`` and ``2022 Q1`` partials. Upper-case country names
    (``AFGHANISTAN``), ISO alpha-3 codes, ``/`` between transit countries. ``Gender
    (M/F)`` as ``M``, ``F``, ``M/F`` or a head count ``9M / 6F``. Coordinates in one
    ``GPS (Lat, Long)`` cell, degrees and decimal minutes (``36°50.13'N 002°26.26'W``) or
    decimals. Counts as numbers or text (``1,250``), ``Not known`` / ``TBC`` unknowns,
    ``Nil`` suspects, ``Grand Total`` row.
``nzpolice_inz_bd.jsonl`` -- New Zealand Police / Immigration New Zealand liaison
    network, English JSON lines, UTF-8, camelCase keys. Offences by Crimes Act 1961
    section (``s98C`` smuggling migrants, ``s98D`` trafficking in persons), sometimes
    the bare section. ISO dates, ``...T00:00:00Z`` timestamps, ``12/03/2022`` and
    ``12 March 2022``; partials ``2022-03`` and ``2022-Q1``. Citizenship mostly as ISO
    alpha-2 codes, transit route as a JSON array, counts as JSON numbers, coordinates as
    two JSON numbers, ``unknown`` strings, ``nil`` suspects. Catches the events no other
    desk is first to report.
``vtcu_vanuatu_bd.csv`` -- Vanuatu Police Force, Transnational Crime Unit (Pacific
    Transnational Crime Network), French with bilingual French / English headers
    (``Nationalité / Nationality``). Excel "Unicode text" export: **UTF-16** with BOM,
    **tab** delimiter. Dates ``12/03/2022``, ``12/03/22``, ``12 mars 2022``, ``1er mars
    2022``, ``12-mars-22``, ``12.03.2022``; partials ``mars 2022``, ``03/2022``, ``1er
    trimestre 2022``, ``T2 2022``, ``3e trim. 2022``. French gendered demonyms
    (``afghane``), ``H`` / ``F`` / ``H/F`` for sex, ``MNA`` for unaccompanied minors,
    ``TEH`` / ``aide à l'entrée irrégulière`` / Palermo-protocol wording, degrees-minutes-
    seconds with ``O`` for west (``2°26'15"O``), space thousands (``1 250``), ``NC`` /
    ``inconnu`` unknowns, ``néant`` / ``aucun`` for no suspects, re-sent rows.
``nia_enlace_pa_bd.csv`` -- India's National Investigation Agency (AHTU), liaison desk at
    the Embassy of India in Panama, writing in Spanish for its Panamanian and Mexican
    counterparts: **UTF-8** without BOM, ``|`` delimiter. NIA case numbers
    ``RC-07/2022/NIA/DLI``. Dates ``12/03/2022``, ``12-mar-2022``, ``12 de marzo de
    2022``, ISO, ``12.03.2022``; partials ``marzo 2022``, ``03/2022``, ``I trim. 2022``,
    ``1T 2022``, ``primer trimestre de 2022``. Offences ``Trata de personas (Sec. 370
    IPC)``, ``ruta «dunki»`` smuggling, Emigration Act references; Spanish country names
    and gendered demonyms, some mojibake (``MÃ©xico``), dot thousands, ``s/d`` unknowns,
    ``ninguno`` suspects, counts with a sex breakdown (``45 (30 H / 15 M)``), an extra
    column naming the notifying partner (SENAFRONT, CBP...).

Every source writes every record field; a value left out is expected as missing (or
``unknown`` for a vocabulary field), and the row says so in its messiness tags.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND54_SOURCES", "Blind54Source", "make_blind54"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind54Source(ExaminerSource):
    """A source of the ``blind54`` set.

    Attributes
    ----------
    style : str
        Which desk's way of writing: ``"id"`` (Bareskrim), ``"mv"`` (Maldives),
        ``"nz"`` (New Zealand), ``"vu"`` (Vanuatu), ``"in"`` (India, in Spanish).
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_BARESKRIM = Blind54Source(
    source="bareskrim_id",
    filename="bareskrim_tppo_bd.csv",
    ref="LP/B/{seq:04d}/{year}/BARESKRIM",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "No. LP",
        "event_date": "Tgl Kejadian (Date of incident)",
        "crime_type": "Offence / Pasal",
        "exploitation": "Mode of exploitation",
        "n_persons": "Victims/Migrants (pax)",
        "n_suspects": "Suspects (Tersangka)",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Citizenship (WN)",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Locus delicti",
        "transit_countries": "Transit via",
        "transport_mode": "Modus (transport)",
        "lat": "Lintang (Lat)",
        "lon": "Bujur (Long)",
        "linked_offences": "Related offences",
    },
    note="Catatan/Note: provisional data, subject to verification by Subdit III Dittipidum",
    total="JUMLAH (TOTAL)",
    bad_count=("dozens", "tens of pax", "many"),
    repeats=True,
    style="id",
)
_MALDIVES = Blind54Source(
    source="mps_mv",
    filename="mps_maldives_bd.xlsx",
    ref="TCD/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date Detected",
        "crime_type": "Offence Type",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of Victims / Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Gender (M/F)",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS (Lat, Long)",
        "linked_offences": "Associated Offences",
    },
    note="Note: figures as received from liaison partners, not verified by MPS",
    total="Grand Total",
    bad_count=("several", "multiple", "group (no count)"),
    repeats=False,
    style="mv",
)
_NZ = Blind54Source(
    source="police_nz",
    filename="nzpolice_inz_bd.jsonl",
    ref="{year}/INZ/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "occurrenceNo",
        "event_date": "occurredOn",
        "crime_type": "offence",
        "exploitation": "exploitationType",
        "n_persons": "personCount",
        "n_suspects": "offenderCount",
        "gender": "sex",
        "age_group": "ageBand",
        "nationality": "citizenship",
        "origin_country": "countryOfOrigin",
        "destination_country": "intendedDestination",
        "detection_country": "locationCountry",
        "transit_countries": "transitRoute",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associatedOffending",
    },
    note="NOTE - extract from the NIA occurrence system, unvalidated",
    total="TOTAL",
    bad_count=("several", "a group", "many"),
    repeats=False,
    style="nz",
)
_VANUATU = Blind54Source(
    source="vtcu_vu",
    filename="vtcu_vanuatu_bd.csv",
    ref="VTCU-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. VTCU / Ref.",
        "event_date": "Date de l'interception / Date",
        "crime_type": "Infraction / Offence",
        "exploitation": "Forme d'exploitation / Exploitation",
        "n_persons": "Nb personnes / Persons",
        "n_suspects": "Nb suspects (passeurs) / Suspects",
        "gender": "Sexe / Sex",
        "age_group": "Âge / Age",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Origin",
        "destination_country": "Destination finale / Destination",
        "detection_country": "Lieu d'interception / Place",
        "transit_countries": "Pays de transit / Transit",
        "transport_mode": "Moyen de transport / Transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes / Linked offences",
    },
    note="NB : données provisoires transmises par les partenaires du PTCN",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=True,
    style="vu",
)
_INDIA = Blind54Source(
    source="nia_in",
    filename="nia_enlace_pa_bd.csv",
    ref="RC-{seq:02d}/{year}/NIA/DLI",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "N° Caso (RC)",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito (tipificación)",
        "exploitation": "Fin de explotación",
        "n_persons": "Nº personas (víctimas/migrantes)",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat/long)",
        "linked_offences": "Delitos conexos",
        "partner": "Fuente de la notificación",
    },
    note="Nota: cifras preliminares remitidas por la agregaduría, sujetas a revisión",
    total="TOTAL",
    bad_count=("varios", "decenas", "un grupo"),
    repeats=False,
    style="in",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND54_SOURCES: tuple[Blind54Source, ...] = (_BARESKRIM, _MALDIVES, _NZ, _VANUATU, _INDIA)

_PRIMARY = {
    "PAN": "nia_in",
    "USA": "nia_in",
    "ITA": "bareskrim_id",
    "FRA": "vtcu_vu",
    "ESP": "vtcu_vu",
    "GBR": "mps_mv",
    "GRC": "mps_mv",
}
_SECONDARY = {
    ("darien", "PAN"): "police_nz",
    ("us_mex", "USA"): "mps_mv",
    ("cmed", "ITA"): "vtcu_vu",
    ("thb_nga_ita", "ITA"): "nia_in",
    ("emed", "GRC"): "bareskrim_id",
    ("watl", "ESP"): "nia_in",
    ("wmed", "ESP"): "bareskrim_id",
    ("thb_rou_esp", "ESP"): "mps_mv",
    ("thb_rou_esp", "ITA"): "vtcu_vu",
    ("channel", "FRA"): "mps_mv",
    ("channel", "GBR"): "vtcu_vu",
    ("thb_vnm_gbr", "GBR"): "police_nz",
    ("wbal", "HRV"): "bareskrim_id",
    ("blr_pol", "POL"): "vtcu_vu",
}

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English names, French names, Spanish names); the first is the usual one.
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghanistan",), ("Afghanistan",), ("Afganistán",)),
    "ALB": (("Albania",), ("Albanie",), ("Albania",)),
    "BGD": (("Bangladesh",), ("Bangladesh",), ("Bangladés", "Bangladesh")),
    "CHN": (("China", "PR China"), ("Chine",), ("China",)),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), ("Côte d'Ivoire",), ("Costa de Marfil",)),
    "CMR": (("Cameroon",), ("Cameroun",), ("Camerún",)),
    "COL": (("Colombia",), ("Colombie",), ("Colombia",)),
    "DZA": (("Algeria",), ("Algérie",), ("Argelia",)),
    "ECU": (("Ecuador",), ("Équateur",), ("Ecuador",)),
    "EGY": (("Egypt",), ("Égypte",), ("Egipto",)),
    "ERI": (("Eritrea",), ("Érythrée",), ("Eritrea",)),
    "GIN": (("Guinea", "Guinea (Conakry)"), ("Guinée", "Guinée-Conakry"), ("Guinea",)),
    "GMB": (("Gambia", "The Gambia"), ("Gambie",), ("Gambia",)),
    "GTM": (("Guatemala",), ("Guatemala",), ("Guatemala",)),
    "HND": (("Honduras",), ("Honduras",), ("Honduras",)),
    "HTI": (("Haiti",), ("Haïti",), ("Haití",)),
    "IRN": (("Iran",), ("Iran",), ("Irán",)),
    "IRQ": (("Iraq",), ("Irak",), ("Irak", "Iraq")),
    "MAR": (("Morocco",), ("Maroc",), ("Marruecos",)),
    "MEX": (("Mexico",), ("Mexique",), ("México",)),
    "MLI": (("Mali",), ("Mali",), ("Malí",)),
    "NGA": (("Nigeria",), ("Nigeria", "Nigéria"), ("Nigeria",)),
    "PAK": (("Pakistan",), ("Pakistan",), ("Pakistán",)),
    "ROU": (("Romania",), ("Roumanie",), ("Rumanía", "Rumania")),
    "SEN": (("Senegal",), ("Sénégal",), ("Senegal",)),
    "SYR": (("Syria",), ("Syrie",), ("Siria",)),
    "TUN": (("Tunisia",), ("Tunisie",), ("Túnez",)),
    "TUR": (("Turkey", "Türkiye"), ("Turquie",), ("Turquía",)),
    "VEN": (("Venezuela",), ("Venezuela",), ("Venezuela",)),
    "VNM": (("Vietnam", "Viet Nam"), ("Viêt Nam", "Vietnam"), ("Vietnam",)),
    "YEM": (("Yemen",), ("Yémen",), ("Yemen",)),
    "AUT": (("Austria",), ("Autriche",), ("Austria",)),
    "DEU": (("Germany",), ("Allemagne",), ("Alemania",)),
    "ESP": (("Spain",), ("Espagne",), ("España",)),
    "FRA": (("France",), ("France",), ("Francia",)),
    "GBR": (("United Kingdom", "UK"), ("Royaume-Uni",), ("Reino Unido",)),
    "GRC": (("Greece",), ("Grèce",), ("Grecia",)),
    "ITA": (("Italy",), ("Italie",), ("Italia",)),
    "POL": (("Poland",), ("Pologne",), ("Polonia",)),
    "USA": (("United States", "USA"), ("États-Unis",), ("Estados Unidos", "EE. UU.")),
    "HRV": (("Croatia",), ("Croatie",), ("Croacia",)),
    "PAN": (("Panama",), ("Panama",), ("Panamá",)),
    "BGR": (("Bulgaria",), ("Bulgarie",), ("Bulgaria",)),
    "BIH": (("Bosnia and Herzegovina", "Bosnia"), ("Bosnie-Herzégovine",), ("Bosnia",)),
    "BLR": (("Belarus",), ("Biélorussie", "Bélarus"), ("Bielorrusia",)),
    "HUN": (("Hungary",), ("Hongrie",), ("Hungría",)),
    "LBY": (("Libya",), ("Libye",), ("Libia",)),
    "MKD": (("North Macedonia",), ("Macédoine du Nord",), ("Macedonia del Norte",)),
    "MRT": (("Mauritania",), ("Mauritanie",), ("Mauritania",)),
    "NER": (("Niger",), ("Niger",), ("Níger",)),
    "RUS": (("Russia", "Russian Federation"), ("Russie",), ("Rusia",)),
    "SRB": (("Serbia",), ("Serbie",), ("Serbia",)),
}
#: ISO alpha-3 -> (English, French masc., French fem., Spanish masc., Spanish fem.).
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}
#: Misspellings a clerk makes, by language (nationality and origin cells only).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "VEN": "Venezuala",
        "COL": "Columbia",
        "MAR": "Morroco",
        "ERI": "Eritria",
        "GTM": "Guatamala",
        "BGD": "Bangladash",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "CIV": "Cote d'Ivoire",
        "SEN": "Senegal",
        "EGY": "Egypte",
        "MAR": "Marroc",
    },
    "es": {
        "AFG": "Afganistan",
        "HTI": "Haiti",
        "MEX": "Mexico",
        "VEN": "Venezula",
        "COL": "Colonbia",
        "PAK": "Pakistan",
    },
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d"})


def _names(code: str, lang: str) -> tuple[str, ...]:
    """Names of a country in a language (the ISO alpha-3 code if not in the table)."""
    entry = _COUNTRIES.get(code)
    return entry[_LANG_INDEX[lang]] if entry is not None else (code,)


def _demonym(code: str, lang: str, female: bool) -> str | None:
    """Demonym of a nationality in a language, or None if not in the table."""
    entry = _DEMONYMS.get(code)
    if entry is None:
        return None
    if lang == "en":
        return entry[0]
    base = 1 if lang == "fr" else 3
    return entry[base + (1 if female else 0)]


def _fold(text: str) -> str:
    """Strip what a cp1252 file cannot hold (``Białowieża`` -> ``Bialowieza``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Places whose French name differs from the English one.
_FR_PLACES = {
    "Dunkirk": "Dunkerque",
    "Dover": "Douvres",
    "London": "Londres",
    "Torino": "Turin",
    "Darién gap": "Darién",
    "Rio Grande Valley": "vallée du Rio Grande",
}


def _place(hotspot: object, lang: str) -> str | None:
    """Short place name of a hotspot (``Latina (Agro Pontino)`` -> ``Latina``)."""
    if hotspot is None:
        return None
    place = re.split(r"[(/]", str(hotspot))[0].strip()
    if lang == "fr":
        place = _FR_PLACES.get(place, place)
    return place or None


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
_FR_EXCEL = (
    "janv",
    "févr",
    "mars",
    "avr",
    "mai",
    "juin",
    "juil",
    "août",
    "sept",
    "oct",
    "nov",
    "déc",
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Day-precision styles per desk and their weights.
_DAY_WEIGHTS = {
    "id": (0.45, 0.2, 0.15, 0.1, 0.1),
    "mv": (0.45, 0.25, 0.15, 0.1, 0.05),
    "nz": (0.5, 0.2, 0.15, 0.15),
    "vu": (0.4, 0.2, 0.1, 0.1, 0.2),
    "in": (0.45, 0.15, 0.15, 0.1, 0.15),
}
#: Impossible (day, month) pairs a clerk types.
_IMPOSSIBLE = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))
_NO_DATE = {
    "id": (None, "N/K", "-"),
    "mv": (None, "Not known"),
    "nz": (None, "unknown"),
    "vu": (None, "inconnue", "date inconnue"),
    "in": (None, "s/f", "sin fecha"),
}


def _ordinal_en(day: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``... ``21st``."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _day_cell(style: str, ts: pd.Timestamp, k: int) -> object:
    """Write a day in the desk's ``k``-th style (see :data:`_DAY_WEIGHTS`)."""
    d, m, y = ts.day, ts.month, ts.year
    en_month = MONTHS[m - 1]
    if style == "id":
        return (
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d} {en_month[:3]} {y}",
            f"{d} {en_month} {y}",
            f"{d:02d}.{m:02d}.{y}",
        )[k]
    if style == "mv":
        if k == 0:
            return dt.datetime(y, m, d)
        if k == 1:
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        return (
            None,
            None,
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}-{en_month[:3]}-{y}",
            f"{_ordinal_en(d)} {en_month} {y}",
        )[k]
    if style == "nz":
        return (
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}T00:00:00Z",
            f"{d} {en_month} {y}",
        )[k]
    if style == "vu":
        day_word = "1er" if d == 1 else str(d)
        return (
            f"{d:02d}/{m:02d}/{y}",
            f"{day_word} {_FR_MONTHS[m - 1]} {y}",
            f"{d:02d}-{_FR_EXCEL[m - 1]}-{y % 100:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
        )[k]
    return (
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}-{_ES_ABBR[m - 1]}-{y}",
        f"{d} de {_ES_MONTHS[m - 1]} de {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
    )[k]


def _month_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a month-only date."""
    m, y = ts.month, ts.year
    en_month = MONTHS[m - 1]
    options = {
        "id": (f"{en_month[:3]} {y}", f"{m:02d}-{y}", f"{en_month} {y}"),
        "mv": (f"{en_month[:3]}-{y}", f"{en_month} {y}"),
        "nz": (f"{y}-{m:02d}", f"{en_month} {y}"),
        "vu": (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
        "in": (f"{_ES_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_ES_MONTHS[m - 1]} de {y}"),
    }[style]
    return choice(rng, options)


def _quarter_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a quarter-only date."""
    q, y = (ts.month - 1) // 3 + 1, ts.year
    fr_ord = "1er" if q == 1 else f"{q}e"
    en_ord = ("1st", "2nd", "3rd", "4th")[q - 1]
    es_roman = ("I", "II", "III", "IV")[q - 1]
    es_word = ("primer", "segundo", "tercer", "cuarto")[q - 1]
    options = {
        "id": (f"Q{q} {y}", f"Q{q}-{y}", f"{en_ord} Qtr {y}"),
        "mv": (f"{y} Q{q}", f"Q{q}/{y}"),
        "nz": (f"{y}-Q{q}", f"Q{q} {y}"),
        "vu": (f"{fr_ord} trimestre {y}", f"T{q} {y}", f"{fr_ord} trim. {y}"),
        "in": (f"{es_roman} trim. {y}", f"{q}T {y}", f"{es_word} trimestre de {y}"),
    }[style]
    return choice(rng, options)


def _date(
    src: Blind54Source,
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
    exp: dict[str, object],
    tags: list[str],
) -> object:
    """Write the event date; set the expected date and precision."""
    r = rng.random()
    if partial_ok and r < 0.06:
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_month")
        return _month_cell(src.style, ts, rng)
    if partial_ok and r < 0.09:
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("partial_quarter")
        return _quarter_cell(src.style, ts, rng)
    weights = np.array(_DAY_WEIGHTS[src.style])
    k = int(rng.choice(len(weights), p=weights / weights.sum()))
    if src.style == "mv":
        tags.append(("excel_date", "excel_serial", "text_date", "text_date", "ordinal_date")[k])
    elif k:
        tags.append(f"date_style{k}")
    return _day_cell(src.style, ts, k)


def _bad_date(src: Blind54Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that must be quarantined: none, impossible or in the future."""
    if kind == "no_date":
        options = _NO_DATE[src.style]
        pick = options[int(rng.integers(len(options)))]
        return pick
    if kind == "future_date":  # the year mistyped ten years on
        later = ts + pd.DateOffset(years=10)
        k = int(rng.integers(2)) if src.style == "mv" else 0
        return _day_cell(src.style, pd.Timestamp(later), k)
    d, m = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
    y = ts.year
    if src.style == "id":
        return f"{d:02d}-{m:02d}-{y}"
    if src.style == "mv":
        return f"{d:02d}/{m:02d}/{y}"
    if src.style == "nz":
        return f"{y}-{m:02d}-{d:02d}"
    if src.style == "vu":
        return choice(rng, (f"{d:02d}/{m:02d}/{y}", f"{d} {_FR_MONTHS[m - 1]} {y}"))
    return choice(rng, (f"{d:02d}/{m:02d}/{y}", f"{d} de {_ES_MONTHS[m - 1]} de {y}"))


def _note_date(src: Blind54Source, last: pd.Timestamp) -> object:
    """Date written on the note row: the desk's usual day style, on the last day."""
    return _day_cell(src.style, last, 0)


# --------------------------------------------------------------------------------------
# Value wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "trafficking": (
            "TIP - Trafficking in Persons (Law 21/2007)",
            "Human trafficking",
            "TPPO / trafficking in persons",
            "Trafficking in persons (UU 21/2007)",
        ),
        "smuggling": (
            "People smuggling (UU 6/2011 Art. 120)",
            "People smuggling",
            "Smuggling of migrants",
            "Penyelundupan manusia / people smuggling",
        ),
        "both": (
            "TIP + people smuggling",
            "Trafficking & smuggling (UU 21/2007; UU 6/2011)",
            "Smuggling/trafficking (both)",
        ),
    },
    "mv": {
        "trafficking": (
            "Human trafficking",
            "Trafficking in persons",
            "TIP (Prevention of Human Trafficking Act 12/2013)",
        ),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "People smuggling"),
        "both": ("Trafficking and smuggling", "TIP / SOM", "Human trafficking + migrant smuggling"),
    },
    "nz": {
        "trafficking": (
            "Trafficking in persons - s98D Crimes Act 1961",
            "Trafficking in persons",
            "s98D Crimes Act 1961",
        ),
        "smuggling": (
            "Smuggling migrants - s98C Crimes Act 1961",
            "Migrant smuggling",
            "s98C Crimes Act 1961",
        ),
        "both": (
            "s98C & s98D Crimes Act 1961 (smuggling and trafficking)",
            "Smuggling migrants; trafficking in persons",
        ),
    },
    "vu": {
        "trafficking": (
            "Traite des êtres humains",
            "TEH",
            "Traite des personnes (Protocole de Palerme)",
        ),
        "smuggling": (
            "Trafic illicite de migrants",
            "Aide à l'entrée irrégulière (passeurs)",
            "Trafic de migrants",
        ),
        "both": ("Traite + trafic de migrants", "TEH et trafic illicite de migrants"),
    },
    "in": {
        "trafficking": (
            "Trata de personas (Sec. 370 IPC)",
            "Trata de personas",
            "Trata (art. 370 del Código Penal indio)",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes (ruta «dunki»)",
            "Tráfico ilícito de migrantes (Emigration Act 1983, sec. 24)",
        ),
        "both": ("Trata y tráfico de migrantes", "Trata (Sec. 370 IPC) + tráfico de migrantes"),
    },
}
_LANG_OF_STYLE = {"id": "en", "mv": "en", "nz": "en", "vu": "fr", "in": "es"}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("Sexual exploitation", "Prostitution (forced)", "Sexual"),
        "forced_labour": ("Forced labour", "Forced labor", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ removal", "Removal of organs"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other form"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "es": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otra forma"),
    },
}
#: What a desk writes in the exploitation cell of a pure smuggling case.
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "id": ("-", None, "N/A"),
    "mv": ("N/A", "Not applicable", None),
    "nz": (None,),
    "vu": ("sans objet", None, "—"),
    "in": ("no aplica", None, "N/A"),
}
_COUNT_UNKNOWN = {
    "id": ("N/K", "Unk.", "not known"),
    "mv": ("Not known", "TBC"),
    "nz": ("unknown", "not recorded"),
    "vu": ("NC", "inconnu", "n.c."),
    "in": ("s/d", "desconocido", "N/D"),
}
_ZERO_WORDS = {
    "id": ("Nil", "none"),
    "mv": ("Nil",),
    "nz": ("nil", "none"),
    "vu": ("aucun", "néant"),
    "in": ("ninguno", "ninguna persona"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "male": ("Male", "M", "Men"),
        "female": ("Female", "F", "Women"),
        "mixed": ("Mixed", "M/F", "Male & female"),
    },
    "mv": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("M/F", "Both")},
    "nz": {
        "male": ("male", "Male"),
        "female": ("female", "Female"),
        "mixed": ("mixed", "male and female"),
    },
    "vu": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "in": {
        "male": ("Masculino", "Hombres", "varones"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "adult": ("Adult", "Adults", "Dewasa (adult)"),
        "child": ("Minor", "Child", "Children (<18)"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "mv": {
        "adult": ("Adult", "ADULT"),
        "child": ("Minor", "Juvenile"),
        "mixed": ("Adult & Minor", "Mixed"),
    },
    "nz": {
        "adult": ("adult", "adult (18+)"),
        "child": ("child", "under 18"),
        "mixed": ("mixed", "adults and children"),
    },
    "vu": {
        "adult": ("majeurs", "adultes", "majeur"),
        "child": ("mineurs", "mineur", "MNA"),
        "mixed": ("mixte", "majeurs et mineurs"),
    },
    "in": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "NNA", "Menores de edad"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
}
#: A word for "no value" in the age or transport cell (expected ``unknown``).
_NA_WORDS = {
    "id": ("N/A", "unknown"),
    "mv": ("N/A", "Not known"),
    "nz": ("unknown", "not recorded"),
    "vu": ("non renseigné", "inconnu"),
    "in": ("no consta", "N/D"),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sea": ("Sea", "By sea", "Boat", "Maritime"),
        "land": ("Land", "Overland", "Truck", "Bus", "Car"),
        "air": ("Air", "Flight", "Commercial flight", "By air"),
    },
    "fr": {
        "sea": ("maritime", "voie maritime", "embarcation", "bateau"),
        "land": ("terrestre", "voie terrestre", "camion", "véhicule"),
        "air": ("aérien", "voie aérienne", "vol commercial"),
    },
    "es": {
        "sea": ("marítimo", "vía marítima", "embarcación", "lancha"),
        "land": ("terrestre", "vía terrestre", "camión", "autobús"),
        "air": ("aéreo", "vía aérea", "vuelo comercial"),
    },
}
#: (corridor, mode) -> (English, French, Spanish) words of the usual conveyance there.
_CONVEYANCE: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    ("cmed", "sea"): (
        ("Rubber dinghy", "Fishing boat"),
        ("pneumatique", "bateau de pêche"),
        ("neumática", "pesquero"),
    ),
    ("emed", "sea"): (("Rubber dinghy",), ("pneumatique",), ("neumática",)),
    ("watl", "sea"): (("Pirogue", "Cayuco"), ("pirogue",), ("cayuco",)),
    ("wmed", "sea"): (("Small boat",), ("patera",), ("patera",)),
    ("channel", "sea"): (
        ("Small boat", "Small boat (RHIB)"),
        ("small boat", "embarcation pneumatique"),
        ("embarcación neumática",),
    ),
    ("channel", "land"): (("Lorry (concealed)",), ("poids lourd",), ("camión (ocultos)",)),
    ("darien", "land"): (("On foot (jungle)",), ("à pied",), ("a pie", "a pie (selva)")),
    ("us_mex", "land"): (
        ("On foot", "Tractor-trailer"),
        ("à pied", "semi-remorque"),
        ("a pie", "tráiler"),
    ),
    ("wbal", "land"): (("On foot", "Van"), ("à pied",), ("a pie",)),
    ("blr_pol", "land"): (("On foot (forest)",), ("à pied",), ("a pie",)),
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "forged documents", "fake passports"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering", "laundering of proceeds"),
        "illicit_goods": ("illicit goods", "contraband goods", "drug smuggling"),
        "cybercrime": ("cybercrime", "cyber offences"),
        "terrorism": ("terrorism", "terrorist financing"),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("marchandises illicites", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("fraude documental", "documentos falsos"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("lavado de activos", "blanqueo de capitales"),
        "illicit_goods": ("mercancías ilícitas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_NO_LINKED = {
    "id": (None, "-", "Nil"),
    "mv": (None, "None"),
    "nz": (None,),
    "vu": (None, "néant", "—"),
    "in": (None, "ninguno", "-"),
}
_PARTNER = {
    "PAN": ("SENAFRONT", "SNM Panamá", "Policía Nacional (DIJ)"),
    "USA": ("CBP", "HSI", "ICE ERO"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _as_int(value: object) -> int | None:
    return None if value is None else int(cast(Any, value))


def _as_float(value: object) -> float | None:
    return None if value is None else float(cast(Any, value))


def _thousands(n: int, sep: str) -> str:
    """``1250`` -> ``1.250`` (or with ``sep``)."""
    return f"{n:,}".replace(",", sep)


def _count(
    src: Blind54Source, n: int, gender: str, rng: _Rng, exp: dict[str, object], tags: list[str]
) -> object:
    """Write the count of persons."""
    style = src.style
    r = rng.random()
    if r < 0.035:
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style])
    big = n >= 1000 and rng.random() < 0.6
    if style == "id":
        if big:
            tags.append("thousands_dot")
            return _thousands(n, ".")
        return f"{n} pax" if rng.random() < 0.12 else str(n)
    if style == "mv":
        if big:
            tags.append("thousands_comma")
            return _thousands(n, ",")
        return str(n) if rng.random() < 0.06 else n
    if style == "nz":
        if big:
            tags.append("thousands_comma")
            return _thousands(n, ",")
        return n
    if style == "vu":
        if big:
            tags.append("thousands_space")
            return _thousands(n, choice(rng, (" ", "\u00a0")))
        return f"{n} pers." if rng.random() < 0.06 else str(n)
    if big:
        tags.append("thousands_dot")
        return _thousands(n, ".")
    if gender == "mixed" and n >= 2 and rng.random() < 0.08:
        men = int(rng.integers(1, n))
        tags.append("count_breakdown")
        return f"{n} ({men} H / {n - men} M)"
    if rng.random() < 0.05:
        return f"{n} persona" if n == 1 else f"{n} personas"
    return str(n)


def _suspects(
    src: Blind54Source, n: int, rng: _Rng, exp: dict[str, object], tags: list[str]
) -> object:
    """Write the count of suspects."""
    style = src.style
    if rng.random() < 0.03:
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style])
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[style])
    return n if style in ("mv", "nz") else str(n)


def _country(
    src: Blind54Source,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    nationality: bool = False,
    female: bool = False,
) -> object:
    """Write a country (or a nationality) the desk's way."""
    style = src.style
    lang = _LANG_OF_STYLE[style]
    names = _names(code, lang)
    name = names[0] if rng.random() < 0.7 else choice(rng, names)
    r = rng.random()
    typo = _TYPOS[lang].get(code)
    if typo is not None and rng.random() < 0.03:
        tags.append("typo")
        return typo
    if style == "id":
        if r < 0.08:
            tags.append("iso3")
            return code
        if nationality and r < 0.38:
            return _demonym(code, lang, female) or name
        if r < 0.48:
            tags.append("upper")
            return name.upper()
        return name
    if style == "mv":
        if r < 0.2:
            tags.append("iso3")
            return code
        if nationality and r < 0.35:
            return (_demonym(code, lang, female) or name).upper()
        if r < 0.65:
            tags.append("upper")
            return name.upper()
        text = name
    elif style == "nz":
        if nationality and r < 0.75:
            tags.append("iso2")
            return iso_codes(code)[0]
        return name
    elif style == "vu":
        if r < 0.08:
            tags.append("iso3")
            return code
        if nationality and r < 0.55:
            return _demonym(code, lang, female) or name
        return name
    else:
        if r < 0.06:
            tags.append("iso3")
            return code
        if nationality and r < 0.5:
            text = _demonym(code, lang, female) or name
        else:
            text = name
    garbled = mojibake(text) if rng.random() < 0.05 else None
    if garbled is not None:
        tags.append("mojibake")
        return garbled
    return text


def _detection(src: Blind54Source, code: str, hotspot: object, rng: _Rng, tags: list[str]) -> str:
    """Write the country of detection, sometimes after the place."""
    cell = str(_country(src, code, rng, tags))
    place = _place(hotspot, _LANG_OF_STYLE[src.style])
    if place is None or src.style not in ("id", "vu") or rng.random() >= 0.3:
        return cell
    tags.append("place_first")
    if src.style == "id":
        return f"{place}, {cell}"
    return f"{place} ({cell})"


def _transit(src: Blind54Source, codes: object, rng: _Rng, tags: list[str]) -> object:
    """Write the ordered transit countries."""
    style = src.style
    if codes is None:
        if style == "nz":
            return []
        empty: tuple[str | None, ...] = {
            "id": (None, "-", "Direct"),
            "mv": (None, "N/A"),
            "vu": (None, "—", "aucun"),
            "in": (None, "-", "ninguno"),
        }[style]
        return empty[int(rng.integers(len(empty)))]
    lang = _LANG_OF_STYLE[style]
    parts = str(codes).split("|")
    if style == "nz":
        tags.append("json_array")
        if rng.random() < 0.5:
            return [iso_codes(c)[0] for c in parts]
        return [_names(c, lang)[0] for c in parts]
    if style == "mv":
        upper = rng.random() < 0.6
        words = [_names(c, lang)[0] for c in parts]
        return "/".join(w.upper() if upper else w for w in words)
    words = [_names(c, lang)[0] for c in parts]
    if style == "id":
        return choice(rng, (", ", " - ", " > ")).join(words)
    if style == "vu":
        if len(words) > 1 and rng.random() < 0.25:
            return ", ".join(words[:-1]) + " puis " + words[-1]
        return choice(rng, (", ", " / ")).join(words)
    return choice(rng, (", ", " - ", " / ")).join(words)


def _dms(value: float, positive: str, negative: str) -> tuple[str, float]:
    """Degrees, minutes, whole seconds; return (text, value it reads as)."""
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    hemi = positive if value >= 0 else negative
    read = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{s:02d}\"{hemi}", read


def _ddm(value: float, positive: str, negative: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (two decimals); return (text, value it reads as)."""
    total = round(abs(value) * 6000)
    d, rest = divmod(total, 6000)
    hemi = positive if value >= 0 else negative
    read = (d + rest / 6000) * (1 if value >= 0 else -1)
    return f"{d:0{width}d}°{rest / 100:05.2f}'{hemi}", read


def _coordinates(
    src: Blind54Source,
    lat: float | None,
    lon: float | None,
    rng: _Rng,
    exp: dict[str, object],
    tags: list[str],
) -> dict[str, object]:
    """Write the place of detection: one or two cells by the source's headers."""
    style = src.style
    combined = "coordinates" in src.headers
    r = rng.random()
    if lat is None or lon is None or r < 0.07:
        exp["lat"] = exp["lon"] = None
        placeholder = {"id": "-", "mv": "Not known", "nz": None, "vu": "NC", "in": "s/d"}[style]
        if placeholder is not None and rng.random() < 0.5:
            tags.append("coords_placeholder")
        else:
            tags.append("coords_missing")
            placeholder = None
        if combined:
            return {"coordinates": placeholder}
        return {"lat": placeholder, "lon": placeholder}
    if style == "id":
        decimals = 5 if rng.random() < 0.7 else 4
        exp["lat"], exp["lon"] = round(lat, decimals), round(lon, decimals)
        text_lat, text_lon = f"{lat:.{decimals}f}", f"{lon:.{decimals}f}"
        if rng.random() < 0.85:
            tags.append("decimal_comma")
            return {"lat": text_lat.replace(".", ","), "lon": text_lon.replace(".", ",")}
        return {"lat": text_lat, "lon": text_lon}
    if style == "nz":
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        return {"lat": round(lat, 5), "lon": round(lon, 5)}
    if style == "mv":
        if rng.random() < 0.6:
            lat_text, lat_read = _ddm(lat, "N", "S", 2)
            lon_text, lon_read = _ddm(lon, "E", "W", 3)
            exp["lat"], exp["lon"] = round(lat_read, 6), round(lon_read, 6)
            tags.append("ddm")
            return {"coordinates": f"{lat_text} {lon_text}"}
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}
    if style == "vu":
        if rng.random() < 0.7:
            lat_text, lat_read = _dms(lat, "N", "S")
            lon_text, lon_read = _dms(lon, "E", "O")
            exp["lat"], exp["lon"] = round(lat_read, 6), round(lon_read, 6)
            tags.append("dms")
            return {"coordinates": f"{lat_text} {lon_text}"}
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
        tags.append("decimal_comma")
        text = f"{lat:.4f} / {lon:.4f}".replace(".", ",")
        return {"coordinates": text}
    if rng.random() < 0.3:
        lat_text, lat_read = _dms(lat, "N", "S")
        lon_text, lon_read = _dms(lon, "E", "O")
        exp["lat"], exp["lon"] = round(lat_read, 6), round(lon_read, 6)
        tags.append("dms")
        return {"coordinates": f"{lat_text}, {lon_text}"}
    exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}


def _linked(src: Blind54Source, offences: object, rng: _Rng) -> object:
    """Write the linked offences."""
    style = src.style
    if offences is None:
        options = _NO_LINKED[style]
        return options[int(rng.integers(len(options)))]
    words = _LINKED[_LANG_OF_STYLE[style]]
    parts = [choice(rng, words[o]) for o in str(offences).split("|")]
    if style == "id":
        parts = [("Money laundering (TPPU)" if p == "money laundering" else p) for p in parts]
    sep = {"id": ", ", "mv": "; ", "nz": "; ", "vu": " + ", "in": ", "}[style]
    return sep.join(parts)


def _render(
    src: Blind54Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: ``(cells, expected, tags)``."""
    style = src.style
    lang = _LANG_OF_STYLE[style]
    ts = pd.Timestamp(cast(Any, ev["event_date"]))
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    exp["event_date"] = ts
    exp["date_precision"] = "day"
    tags: dict[str, list[str]] = {f: [] for f in ("date", "n_suspects", "coordinates", "other")}
    cells: dict[str, object] = {}
    cells["event_date"] = _date(src, ts, rng, partial_ok, exp, tags["date"])

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[style][crime])
    expl = ev.get("exploitation")
    if expl is None:
        options = _NO_EXPLOITATION[style]
        cells["exploitation"] = options[int(rng.integers(len(options)))]
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[lang][str(expl)])

    gender = str(ev["gender"])
    n = _as_int(ev["n_persons"])
    assert n is not None  # every true event has a count
    cells["n_persons"] = _count(src, n, gender, rng, exp, tags["other"])
    n_suspects = _as_int(ev["n_suspects"])
    assert n_suspects is not None
    cells["n_suspects"] = _suspects(src, n_suspects, rng, exp, tags["n_suspects"])

    counted = exp["n_persons"] is not None  # a head count must not give away an unknown
    if style == "mv" and gender == "mixed" and rng.random() < 0.15 and n >= 2 and counted:
        men = int(rng.integers(1, n))
        cells["gender"] = f"{men}M / {n - men}F"
        tags["other"].append("sex_headcount")
    else:
        cells["gender"] = choice(rng, _GENDER[style][gender])
    if rng.random() < 0.012:
        cells["age_group"] = choice(rng, _NA_WORDS[style])
        exp["age_group"] = "unknown"
        tags["other"].append("na_word")
    else:
        age = choice(rng, _AGE[style][str(ev["age_group"])])
        is_mna = age == "MNA"
        cells["age_group"] = age
        if is_mna:
            tags["other"].append("acronym")

    female = gender == "female" and forced_blank != "gender"  # "afghane" tells the sex
    other = tags["other"]
    cells["nationality"] = _country(
        src, str(ev["nationality"]), rng, other, nationality=True, female=female
    )
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, other)
    cells["destination_country"] = _country(src, str(ev["destination_country"]), rng, other)
    cells["detection_country"] = _detection(
        src, str(ev["detection_country"]), ev.get("hotspot"), rng, other
    )
    cells["transit_countries"] = _transit(src, ev.get("transit_countries"), rng, other)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.012:
        cells["transport_mode"] = choice(rng, _NA_WORDS[style])
        exp["transport_mode"] = "unknown"
        other.append("na_word")
    else:
        local = _CONVEYANCE.get((str(ev["corridor"]), mode))
        if local is not None and rng.random() < 0.45:
            cells["transport_mode"] = choice(rng, local[_LANG_INDEX[lang]])
        else:
            cells["transport_mode"] = choice(rng, _TRANSPORT[lang][mode])

    cells.update(
        _coordinates(
            src,
            _as_float(ev.get("lat")),
            _as_float(ev.get("lon")),
            rng,
            exp,
            tags["coordinates"],
        )
    )
    cells["linked_offences"] = _linked(src, ev.get("linked_offences"), rng)
    if "partner" in src.headers:
        partners = _PARTNER.get(str(ev["detection_country"]), ("Vía INTERPOL (OCN)",))
        cells["partner"] = choice(rng, partners)

    if forced_blank is not None:
        tags["other"].append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                if key in src.headers:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
            tags["coordinates"] = []
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
            if forced_blank == "n_suspects":
                tags["n_suspects"] = []
            if forced_blank == "gender" and "count_breakdown" in tags["other"]:
                cells["n_persons"] = str(n)  # the breakdown would give the sexes away
            if forced_blank == "gender":
                drop = ("sex_headcount", "count_breakdown")
                tags["other"] = [t for t in tags["other"] if t not in drop]
            if forced_blank == "detection_country" and "partner" in cells:
                cells["partner"] = None  # SENAFRONT or CBP would name the country

    if src.format == "csv":  # a cp1252 file cannot hold every name
        for key, value in cells.items():
            if isinstance(value, str) and not fits(value, src):
                cells[key] = _fold(value)
    flat = [t for group in tags.values() for t in group]
    return cells, exp, list(dict.fromkeys(flat))


_EXAMINER: Examiner[Blind54Source] = Examiner(
    sources=BLIND54_SOURCES,
    primary=_PRIMARY,
    compilation="police_nz",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=5454,
    blank_share=0.4,
)


def make_blind54(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind54`` submissions (files ``*_bd.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Bareskrim (CSV, cp1252, ``;``), Maldives Police Service (XLSX), New Zealand
        Police / INZ (JSON lines), Vanuatu TCU (CSV, UTF-16, tab) and the NIA desk in
        Panama (CSV, UTF-8, ``|``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind54(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bareskrim_tppo_bd.csv', 'mps_maldives_bd.xlsx', 'nzpolice_inz_bd.jsonl',
     'vtcu_vanuatu_bd.csv', 'nia_enlace_pa_bd.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
