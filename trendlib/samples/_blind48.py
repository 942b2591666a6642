"""A forty-eighth examiner's held-out sample set (``blind48``, files ``*_ax.*``).

Five agencies that no earlier set used, each writing the true events the way its own
staff fill in their forms, in its own language, file format and encoding. The wording
tables below are this examiner's own; nothing here was tuned on the cleaner. The shared
row machinery (which source reports which event, duplicates, bad, garbage and repeated
rows) is :mod:`trendlib.samples._examiner`.

A reader's guide to the five files
----------------------------------
``epic_us_ax.csv`` - El Paso Intelligence Center (EPIC, the DEA-led multi-agency centre
    on the Southwest border). English, UTF-8 without BOM, ``|``-delimited database
    extract, upper-case values. Reports every event detected in the United States and,
    through its Western Hemisphere desk, re-reports some Darien events first given by the
    Panamanian file. Header ``EVENT DT (MM/DD/YYYY)``: month-first dates
    (``03/04/2022``, ``3/4/2022``, ``03/04/22``), military style ``04MAR2022``, ISO and
    ``March 4, 2022``; partial dates ``MAR 2022``, ``03/2022``, calendar quarters
    ``CY2022 Q1`` and, now and then, the federal fiscal year (``FY22 Q2`` = January to
    March 2022). Crime type as the U.S. Code section (``8 USC 1324`` alien smuggling,
    ``18 USC 1589``/``1590``/``1591`` trafficking) or in words; Border Patrol age words
    (``UAC``, ``JUV``, ``FMUA`` family units = mixed ages, ``SINGLE ADULT``); ``COC``
    (country of citizenship) as a name or an ISO alpha-2 code; ``CONUS`` for the United
    States; conveyances (``TRACTOR-TRAILER``, ``PANGA``, ``ON FOOT``); one ``LAT/LONG``
    cell in decimal degrees or GPS degrees and decimal minutes (``N31 20.356
    W110 56.314``); ``UNK``/``NONE`` placeholders; counts with thousands commas; an
    ``LES/FOUO`` note row, a ``GRAND TOTAL`` row, an empty row and re-sent rows.
``defensoria_pa_ax.xlsx`` - Defensoria del Pueblo de Panama, regional office of Darien
    (monitoring of the migrant reception stations). Spanish workbook. Dates mostly real
    Excel dates, some typed as text (``14/03/2022``, ``14-mar-2022``,
    ``14 de marzo de 2022``), some bare Excel serial numbers (``44634``); partial dates
    ``marzo 2022``, ``I trimestre 2022``, ``T1-2022``. Nationalities as feminine
    demonyms (``venezolana``) or country names; ``EE.UU.``/``EUA``; ``NNA`` (ninos,
    ninas y adolescentes) for children; ``Ley 79 de 2011`` for trafficking, ``TIM`` for
    smuggling of migrants; GPS cells with ``O`` (oeste) for West (``8°16'32"N
    77°48'13"O``); ``s/d`` and ``ninguno``; counts as numbers or text with thousands
    commas; the Spanish Excel error ``#¡VALOR!`` as an unreadable count.
``prefecture62_ax.csv`` - Prefecture du Pas-de-Calais (cabinet, bureau de la securite
    interieure), weekly table of Channel events. French, cp1252, ``;``, CRLF. Reports the
    events detected in France and re-reports small-boat arrivals and Vietnamese cases the
    UK detected. Day-first dates (``14/03/2022``, ``14/03/22``, ``14.03.2022``,
    ``lundi 14 mars 2022``), partial ``mars 2022``, ``T1 2022``, ``1er trimestre 2022``;
    crime type by legal article (``art. L. 823-1``/``L. 823-2 CESEDA`` aid to irregular
    entry, ``art. 225-4-1 CP`` and ``TEH`` trafficking); ``H``/``F``/``mixte``,
    ``majeurs``/``mineurs``/``MNA``; French demonyms; ``PL`` (poids lourd), ``VL``,
    ``small boat``; latitude and longitude in two columns with decimal commas or in
    degrees-minutes-seconds with ``O`` for West; ``NC`` and ``néant``.
``afp_htps_ax.jsonl`` - Australian Federal Police, International Command, human trafficking
    and people smuggling (HTPS) liaison digest. English (Australian), JSON lines with
    snake_case keys. Reports the events detected in the UK, Greece, Croatia and Poland
    and re-reports some Channel, Central Mediterranean and Atlantic events. Day-first
    dates (``14/03/2022``, ``14 Mar 2022``), ISO dates and ISO date-times with a local
    offset, partial ``2022-03``, ``March 2022``, ``Q1 2022``; ``Div 73``/``Div 271``
    Criminal Code references; ``nil`` for none, ``not known``; ``18+``/``under 18``;
    ``Türkiye``; location as WKT ``POINT (lon lat)`` (longitude first) or EWKT
    ``SRID=4326;POINT (...)``, ``POINT EMPTY`` when unknown.
``mpfn_ucjie_ax.csv`` - Ministerio Publico - Fiscalia de la Nacion (Peru), international
    judicial cooperation unit (UCJIE): cases abroad known through mutual legal assistance
    requests. Spanish (Peruvian), UTF-16 with BOM, tab-delimited (Excel "Texto Unicode"
    export). Reports every event no other source reports first (Spain and Italy) and
    re-reports some Greek and Croatian ones. Dates ``14/03/2022``, ``14-03-2022``,
    ``2022/03/14``, ``14 de marzo del 2022`` (with ``setiembre``), partial
    ``marzo del 2022``, ``I Trimestre 2022``; ``art. 303-A CP`` smuggling of migrants,
    ``art. 153 CP`` trafficking; ``agraviados`` and ``investigados``; ``varones``;
    country of the facts in diplomatic style (``Reino de España``, ``República
    Italiana``); ``lavado de activos``, ``cohecho``; ``no precisa``/``S/D``; GPS cells in
    decimal degrees, decimal commas or DMS with ``O``; some UTF-8 text read as cp1252
    (``EspaÃ±a``) before the export; an empty row, a note, a total and re-sent rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

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

__all__ = ["BLIND48_SOURCES", "Blind48Source", "make_blind48"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind48Source(ExaminerSource):
    """One agency of the ``blind48`` set.

    Attributes
    ----------
    agency : str
        The agency and office that writes the file (for readers of the set).
    """

    agency: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_EPIC = Blind48Source(
    source="epic_us",
    filename="epic_us_ax.csv",
    ref="EPIC-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "EPIC EVENT NO",
        "event_date": "EVENT DT (MM/DD/YYYY)",
        "crime_type": "PRIMARY VIOLATION",
        "exploitation": "TIP CATEGORY",
        "n_persons": "TOTAL ALIENS/VICTIMS",
        "n_suspects": "FACILITATORS (#)",
        "gender": "SEX",
        "age_group": "AGE CAT",
        "nationality": "COC (CITIZENSHIP)",
        "origin_country": "COUNTRY OF ORIGIN",
        "transit_countries": "TRANSIT CTRYS",
        "destination_country": "INTENDED DEST",
        "detection_country": "EVENT CTRY",
        "transport_mode": "CONVEYANCE",
        "coordinates": "LAT/LONG",
        "linked_offences": "ADDL CHARGES",
    },
    note="LES/FOUO - PRELIMINARY DATA, SUBJECT TO REVISION",
    total="GRAND TOTAL",
    bad_count=("MULTIPLE", "#VALUE!", "SEE NARRATIVE"),
    repeats=True,
    agency="El Paso Intelligence Center (EPIC), Watch / Southwest border desk",
)

_DEFENSORIA = Blind48Source(
    source="defensoria_pa",
    filename="defensoria_pa_ax.xlsx",
    ref="DP-ORD-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de registro",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipificación",
        "exploitation": "Fin de explotación",
        "n_persons": "Total personas",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino declarado",
        "detection_country": "País de detección",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Ubicación GPS (ERM / comunidad)",
        "n_suspects": "Presuntos tratantes/traficantes",
        "linked_offences": "Otros delitos conexos",
    },
    note="Fuente: Defensoría del Pueblo, Oficina Regional de Darién. Datos preliminares.",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "#¡VALOR!"),
    repeats=False,
    agency="Defensoría del Pueblo de Panamá, Oficina Regional de Darién",
)

_PREFECTURE = Blind48Source(
    source="prefecture_62",
    filename="prefecture62_ax.csv",
    ref="BSI62-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date de l'évènement",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation (TEH)",
        "n_persons": "Nb de personnes (migrants/victimes)",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode de transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - diffusion restreinte (DR)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs dizaines", "voir PV", "#VALEUR!"),
    repeats=False,
    agency="Préfecture du Pas-de-Calais, cabinet, bureau de la sécurité intérieure",
)

_AFP = Blind48Source(
    source="afp_intl",
    filename="afp_htps_ax.jsonl",
    ref="IC-HTPS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_id",
        "event_date": "date_of_event",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_poi_count",
        "gender": "sex",
        "age_group": "age_cohort",
        "nationality": "citizenship",
        "origin_country": "origin_country",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "country_of_detection",
        "transport_mode": "method_of_travel",
        "coordinates": "geom_wkt",
        "linked_offences": "associated_offending",
    },
    note=None,
    total="TOTAL (all records)",
    bad_count=("numerous", "several", "refer narrative"),
    repeats=False,
    agency="Australian Federal Police, International Command, HTPS liaison network",
)

_MPFN = Blind48Source(
    source="mpfn_pe",
    filename="mpfn_ucjie_ax.csv",
    ref="{seq:05d}-{year}-UCJIE",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° Expediente",
        "event_date": "Fecha de los hechos",
        "detection_country": "País de los hechos",
        "crime_type": "Delito (tipo penal)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. agraviados / migrantes objeto de tráfico",
        "n_suspects": "N° investigados",
        "gender": "Sexo",
        "age_group": "Edad (mayor/menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Modalidad de traslado",
        "coordinates": "Georreferencia",
        "linked_offences": "Delitos conexos",
    },
    note=(
        "Información consolidada de solicitudes de asistencia judicial internacional; "
        "sujeta a actualización"
    ),
    total="TOTAL",
    bad_count=("varios", "decenas", "#¡VALOR!"),
    repeats=True,
    agency="Ministerio Público - Fiscalía de la Nación (Perú), UCJIE",
)

#: The five sources of the set, in the order the submissions are returned.
BLIND48_SOURCES: tuple[Blind48Source, ...] = (_EPIC, _DEFENSORIA, _PREFECTURE, _AFP, _MPFN)

_PRIMARY = {
    "USA": "epic_us",
    "PAN": "defensoria_pa",
    "FRA": "prefecture_62",
    "GBR": "afp_intl",
    "GRC": "afp_intl",
    "HRV": "afp_intl",
    "POL": "afp_intl",
}
_SECONDARY = {
    ("darien", "PAN"): "epic_us",
    ("channel", "GBR"): "prefecture_62",
    ("thb_vnm_gbr", "GBR"): "prefecture_62",
    ("channel", "FRA"): "afp_intl",
    ("cmed", "ITA"): "afp_intl",
    ("thb_nga_ita", "ITA"): "afp_intl",
    ("watl", "ESP"): "afp_intl",
    ("emed", "GRC"): "mpfn_pe",
    ("wbal", "HRV"): "mpfn_pe",
}

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English names, French names, Spanish names); the first is the usual one.
_COUNTRY: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghanistan",), ("Afghanistan",), ("Afganistán",)),
    "ALB": (("Albania",), ("Albanie",), ("Albania",)),
    "AUT": (("Austria",), ("Autriche",), ("Austria",)),
    "BGD": (("Bangladesh",), ("Bangladesh",), ("Bangladés", "Bangladesh")),
    "BGR": (("Bulgaria",), ("Bulgarie",), ("Bulgaria",)),
    "BIH": (
        ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
        ("Bosnie-Herzégovine",),
        ("Bosnia y Herzegovina",),
    ),
    "BLR": (("Belarus",), ("Biélorussie", "Bélarus"), ("Bielorrusia",)),
    "CHN": (("China",), ("Chine",), ("China",)),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), ("Côte d'Ivoire",), ("Costa de Marfil",)),
    "CMR": (("Cameroon",), ("Cameroun",), ("Camerún",)),
    "COL": (("Colombia",), ("Colombie",), ("Colombia",)),
    "DEU": (("Germany",), ("Allemagne",), ("Alemania",)),
    "DZA": (("Algeria",), ("Algérie",), ("Argelia",)),
    "ECU": (("Ecuador",), ("Équateur",), ("Ecuador",)),
    "EGY": (("Egypt",), ("Égypte",), ("Egipto",)),
    "ERI": (("Eritrea",), ("Érythrée",), ("Eritrea",)),
    "ESP": (("Spain",), ("Espagne",), ("España",)),
    "FRA": (("France",), ("France",), ("Francia",)),
    "GBR": (("United Kingdom", "UK"), ("Royaume-Uni", "Grande-Bretagne"), ("Reino Unido",)),
    "GIN": (("Guinea",), ("Guinée", "Guinée-Conakry"), ("Guinea", "Guinea Conakry")),
    "GMB": (("Gambia", "The Gambia"), ("Gambie",), ("Gambia",)),
    "GRC": (("Greece",), ("Grèce",), ("Grecia",)),
    "GTM": (("Guatemala",), ("Guatemala",), ("Guatemala",)),
    "HND": (("Honduras",), ("Honduras",), ("Honduras",)),
    "HRV": (("Croatia",), ("Croatie",), ("Croacia",)),
    "HTI": (("Haiti",), ("Haïti",), ("Haití",)),
    "HUN": (("Hungary",), ("Hongrie",), ("Hungría",)),
    "IRN": (("Iran",), ("Iran",), ("Irán",)),
    "IRQ": (("Iraq",), ("Irak",), ("Irak", "Iraq")),
    "ITA": (("Italy",), ("Italie",), ("Italia",)),
    "LBY": (("Libya",), ("Libye",), ("Libia",)),
    "MAR": (("Morocco",), ("Maroc",), ("Marruecos",)),
    "MEX": (("Mexico",), ("Mexique",), ("México",)),
    "MKD": (("North Macedonia",), ("Macédoine du Nord",), ("Macedonia del Norte",)),
    "MLI": (("Mali",), ("Mali",), ("Malí",)),
    "MRT": (("Mauritania",), ("Mauritanie",), ("Mauritania",)),
    "NER": (("Niger",), ("Niger",), ("Níger",)),
    "NGA": (("Nigeria",), ("Nigeria",), ("Nigeria",)),
    "PAK": (("Pakistan",), ("Pakistan",), ("Pakistán",)),
    "PAN": (("Panama",), ("Panama",), ("Panamá",)),
    "POL": (("Poland",), ("Pologne",), ("Polonia",)),
    "ROU": (("Romania",), ("Roumanie",), ("Rumania", "Rumanía")),
    "RUS": (("Russia", "Russian Federation"), ("Russie",), ("Rusia",)),
    "SEN": (("Senegal",), ("Sénégal",), ("Senegal",)),
    "SRB": (("Serbia",), ("Serbie",), ("Serbia",)),
    "SYR": (("Syria",), ("Syrie",), ("Siria",)),
    "TUN": (("Tunisia",), ("Tunisie",), ("Túnez",)),
    "TUR": (("Türkiye", "Turkey"), ("Turquie",), ("Turquía",)),
    "USA": (("United States", "USA"), ("États-Unis",), ("Estados Unidos", "EE.UU.")),
    "VEN": (("Venezuela",), ("Venezuela",), ("Venezuela",)),
    "VNM": (("Viet Nam", "Vietnam"), ("Viêt Nam", "Vietnam"), ("Vietnam",)),
    "YEM": (("Yemen",), ("Yémen",), ("Yemen",)),
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}

#: ISO alpha-3 -> (English, French masculine, French feminine, Spanish masculine, Spanish
#: feminine) demonyms; "" where the agency would write the country instead.
_DEMONYM: dict[str, tuple[str, str, str, str, str]] = {
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
    "GIN": ("Guinean", "guinéen", "guinéenne", "", ""),
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

#: Spellings a clerk types without the accent or in the old way, by language.
_SLIPS: dict[str, dict[str, str]] = {
    "en": {"COL": "Columbia", "AFG": "Afganistan"},
    "fr": {"ERI": "Erythrée", "EGY": "Egypte", "SEN": "Senegal", "ECU": "Equateur"},
    "es": {"AFG": "Afganistan", "PAK": "Pakistan", "HTI": "Haiti", "TUN": "Tunez"},
}

#: EPIC writes a few countries the U.S. government way.
_EPIC_NAMES = {
    "VNM": "VIETNAM",
    "TUR": "TURKEY",
    "CIV": "COTE D'IVOIRE",
    "USA": "UNITED STATES",
    "GBR": "UNITED KINGDOM",
}
#: Countries whose ISO alpha-2 code EPIC writes: none is also a U.S. state abbreviation.
_EPIC_ALPHA2 = frozenset({"GTM", "HND", "MEX", "ECU", "VEN", "CHN", "HTI"})

#: How the Peruvian prosecutors name the State where the facts took place (as in an MLA).
_STATE_ES = {
    "ESP": "Reino de España",
    "ITA": "República Italiana",
    "GRC": "República Helénica",
    "HRV": "República de Croacia",
    "POL": "República de Polonia",
    "FRA": "República Francesa",
    "GBR": "Reino Unido de Gran Bretaña e Irlanda del Norte",
    "USA": "Estados Unidos de América",
    "PAN": "República de Panamá",
}


def _name(code: str, lang: str, rng: _Rng | None = None) -> str:
    """Return a country's name in a language (a variant if ``rng`` is given)."""
    names = _COUNTRY.get(code)
    if names is None:  # a country outside this examiner's table: the ISO code is exact
        return code
    options = names[_LANG_INDEX[lang]]
    if rng is None or len(options) == 1 or rng.random() < 0.7:
        return options[0]
    return choice(rng, options[1:])


def _demonym(code: str, lang: str, *, feminine: bool) -> str:
    """Return a demonym of a country, or "" if the agency would write the country."""
    row = _DEMONYM.get(code)
    if row is None:
        return ""
    if lang == "en":
        return row[0]
    base = 1 if lang == "fr" else 3
    return row[base + int(feminine)]


# --------------------------------------------------------------------------------------
# Dates and places
# --------------------------------------------------------------------------------------
_MON_EN = tuple(m[:3].upper() for m in MONTHS)
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
_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
#: Peru writes September "setiembre".
_MESES_PE = (*_MESES[:8], "setiembre", *_MESES[9:])
_ROMAN = ("I", "II", "III", "IV")
_ORD_ES = ("1er", "2do", "3er", "4to")
_ORD_FR = ("1er", "2e", "3e", "4e")
#: Day/month pairs that exist in no year, as a clerk mistypes them.
_IMPOSSIBLE = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _dms(value: float, hemi: tuple[str, str], *, dec: int = 0, sep: str = ".") -> str:
    """Degrees, minutes and seconds with a hemisphere letter (``8°16'32"N``)."""
    scale = 10**dec
    total = round(abs(value) * 3600 * scale)
    deg, rest = divmod(total, 3600 * scale)
    mins, secs = divmod(rest, 60 * scale)
    sec_text = f"{secs // scale:02d}{sep}{secs % scale:0{dec}d}" if dec else f"{secs:02d}"
    return f"{deg}°{mins:02d}'{sec_text}\"{hemi[0] if value >= 0 else hemi[1]}"


def _ddm(value: float, hemi: tuple[str, str]) -> str:
    """GPS degrees and decimal minutes, hemisphere first (``N31 20.356``)."""
    total = round(abs(value) * 60_000)  # thousandths of a minute
    deg, rest = divmod(total, 60_000)
    return f"{hemi[0] if value >= 0 else hemi[1]}{deg} {rest // 1000:02d}.{rest % 1000:03d}"


def _future(ts: pd.Timestamp) -> tuple[int, int, int]:
    """(year, month, day) of the date with a mistyped century (``2022`` -> ``2222``)."""
    year = 2200 + ts.year % 100
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    day = 28 if (ts.month, ts.day) == (2, 29) and not leap else ts.day
    return year, ts.month, day


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
class _Row:
    """One event being written by one source: its cells, expected values and tags."""

    def __init__(self, src: Blind48Source, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.ts = pd.Timestamp(cast(pd.Timestamp, ev["event_date"]))
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
        self.exp["event_date"] = self.ts
        self.exp["date_precision"] = "day"
        self.tags: list[str] = []

    def p(self, share: float) -> bool:
        """Draw True with probability ``share``."""
        return bool(self.rng.random() < share)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        """Draw one of the options the source's file can hold."""
        ok = [o for o in options if fits(o, self.src)]
        return choice(self.rng, ok)

    def tag(self, *tags: str) -> None:
        """Record messiness tags."""
        self.tags.extend(tags)

    def text(self, key: str) -> str | None:
        """Return the event's value as text (None if missing)."""
        value = self.ev.get(key)
        return None if value is None else str(value)

    def number(self, key: str) -> int | None:
        """Return the event's count (None if missing)."""
        value = self.ev.get(key)
        return None if value is None else round(float(cast(float, value)))

    def point(self) -> tuple[float, float] | None:
        """Return the event's (lat, lon), or None."""
        lat, lon = self.ev.get("lat"), self.ev.get("lon")
        if lat is None or lon is None:
            return None
        return float(cast(float, lat)), float(cast(float, lon))

    def codes(self, key: str) -> list[str]:
        """Return the event's ``|``-joined codes as a list."""
        value = self.text(key)
        return value.split("|") if value else []

    def partial(self, share: float, partial_ok: bool) -> str | None:
        """Maybe make the date partial: ``"month"``, ``"quarter"`` or None (the day)."""
        if not partial_ok or not self.p(share):
            return None
        kind = "month" if self.p(0.6) else "quarter"
        self.exp["event_date"] = self.ts.to_period("M" if kind == "month" else "Q").start_time
        self.exp["date_precision"] = kind
        self.tag(f"partial_{kind}")
        return kind

    def no_count(self) -> None:
        """Expect no count of persons: the cell says 'not known'."""
        self.exp["n_persons"] = None
        self.tag("count_placeholder")

    def no_suspects(self) -> None:
        """Expect no count of suspects: the cell says 'not known'."""
        self.exp["n_suspects"] = None
        self.tag("suspects_placeholder")

    def na(self, field: str) -> None:
        """Expect ``unknown``: the age group or transport cell says 'not known'."""
        self.exp[field] = "unknown"
        self.tag("na_word", f"na_{field}")

    def no_place(self, tag: str) -> None:
        """No usable coordinates in the row."""
        self.exp["lat"] = None
        self.exp["lon"] = None
        self.tag(tag)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _by_form(table: dict[str, tuple[str, ...]], form: str | None) -> tuple[str, ...]:
    return table.get(form or "other", table["other"])


def _offences(row: _Row, table: dict[str, tuple[str, ...]], joiners: tuple[str, ...]) -> str | None:
    codes = row.codes("linked_offences")
    if not codes:
        return None
    words = [row.pick(table[c]) for c in codes]
    return row.pick(joiners).join(words)


# --------------------------------------------------------------------------------------
# EPIC (English, UTF-8, |)
# --------------------------------------------------------------------------------------
_EPIC_FORMS = {
    "sexual": ("SEX TRAFFICKING", "COMMERCIAL SEX"),
    "forced_labour": ("LABOR TRAFFICKING", "FORCED LABOR"),
    "forced_criminality": ("FORCED CRIMINALITY", "COMPELLED CRIMINAL ACTIVITY"),
    "organ_removal": ("ORGAN REMOVAL",),
    "forced_marriage": ("FORCED MARRIAGE",),
    "other": ("OTHER",),
}
_EPIC_TIP_CODE = {"sexual": "18 USC 1591", "forced_labour": "18 USC 1589"}
_EPIC_SMUGGLING = (
    "8 USC 1324",
    "8 U.S.C. § 1324(a)",
    "8 USC 1324(a)(1)(A)(ii)",
    "ALIEN SMUGGLING",
    "HUMAN SMUGGLING",
    "ALIEN SMUGGLING (8 USC 1324)",
)
_EPIC_OFFENCES = {
    "document_fraud": ("18 USC 1546 (FRAUDULENT DOCS)", "DOCUMENT FRAUD", "FRAUDULENT DOCUMENTS"),
    "corruption": ("BRIBERY OF PUBLIC OFFICIAL (18 USC 201)", "PUBLIC CORRUPTION"),
    "money_laundering": ("18 USC 1956 (MONEY LAUNDERING)", "MONEY LAUNDERING"),
    "illicit_goods": ("21 USC 841 (NARCOTICS)", "NARCOTICS SEIZURE", "FIREARMS SEIZURE"),
    "cybercrime": ("18 USC 1030 (COMPUTER FRAUD)", "CYBERCRIME"),
    "terrorism": ("18 USC 2339B (MATERIAL SUPPORT)", "TERRORISM"),
}
_EPIC_SEX = {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("M/F", "MIXED", "BOTH")}
_EPIC_AGE = {
    "adult": ("ADULT", "ADULTS", "SINGLE ADULT"),
    "child": ("JUV", "JUVENILE", "UAC", "MINOR"),
    "mixed": ("FMUA", "ADULT/JUV", "MIXED"),
}
_EPIC_MODE = {
    "land": (
        "TRACTOR-TRAILER",
        "PASSENGER VEHICLE",
        "PICKUP TRUCK",
        "ON FOOT",
        "FOOT TRAFFIC",
        "FREIGHT TRAIN",
        "BOX TRUCK",
    ),
    "sea": ("PANGA", "MARITIME VESSEL", "JET SKI"),
    "air": ("COMMERCIAL AIR", "PRIVATE AIRCRAFT"),
}


def _epic_country(code: str | None) -> str | None:
    if code is None:
        return None
    return _EPIC_NAMES.get(code) or _name(code, "en").upper()


def _epic_date(row: _Row, partial_ok: bool) -> str:
    ts = row.ts
    y, m, d = ts.year, ts.month, ts.day
    kind = row.partial(0.07, partial_ok)
    if kind == "month":
        return row.pick((f"{_MON_EN[m - 1]} {y}", f"{m:02d}/{y}", f"{MONTHS[m - 1].upper()} {y}"))
    if kind == "quarter":
        q = _quarter(ts)
        if row.p(0.25):  # the U.S. federal fiscal year starts on 1 October
            fiscal_year = y + 1 if m >= 10 else y
            fiscal_q = ((m - 10) % 12) // 3 + 1
            row.tag("fiscal_quarter")
            return f"FY{fiscal_year % 100:02d} Q{fiscal_q}"
        return row.pick((f"CY{y} Q{q}", f"Q{q} CY{y}", f"CY{y % 100:02d} Q{q}"))
    u = row.rng.random()
    if u < 0.45:
        row.tag("date_us")
        return f"{m:02d}/{d:02d}/{y}"
    if u < 0.60:
        row.tag("date_us", "unpadded")
        return f"{m}/{d}/{y}"
    if u < 0.75:
        row.tag("date_military")
        return f"{d:02d}{_MON_EN[m - 1]}{y}"
    if u < 0.85:
        row.tag("date_iso")
        return f"{y}-{m:02d}-{d:02d}"
    if u < 0.95:
        row.tag("date_month_name")
        return f"{MONTHS[m - 1]} {d}, {y}"
    row.tag("date_us", "two_digit_year")
    return f"{m:02d}/{d:02d}/{y % 100:02d}"


def _write_epic(row: _Row, partial_ok: bool) -> None:
    c = row.cells
    c["event_date"] = _epic_date(row, partial_ok)
    crime, form = row.text("crime_type"), row.text("exploitation")
    code = _EPIC_TIP_CODE.get(form or "", "18 USC 1590")
    if crime == "smuggling":
        c["crime_type"] = row.pick(_EPIC_SMUGGLING)
        c["exploitation"] = "N/A" if row.p(0.4) else None
    else:
        if crime == "trafficking":
            c["crime_type"] = row.pick(
                (code, f"HUMAN TRAFFICKING ({code})", "HUMAN TRAFFICKING", "TRAFFICKING IN PERSONS")
            )
        else:
            c["crime_type"] = row.pick(
                (
                    f"8 USC 1324 / {code}",
                    "ALIEN SMUGGLING + HUMAN TRAFFICKING",
                    "HUMAN SMUGGLING & TRAFFICKING",
                    f"8 USC 1324; {code}",
                )
            )
        c["exploitation"] = row.pick(_by_form(_EPIC_FORMS, form))
    if any(ch.isdigit() for ch in str(c["crime_type"])):
        row.tag("legal_ref")

    n = row.number("n_persons")
    if n is None:
        c["n_persons"] = None
    elif row.p(0.025):
        c["n_persons"] = row.pick(("UNK", "UNKNOWN"))
        row.no_count()
    elif n >= 1000 and row.p(0.7):
        c["n_persons"] = f"{n:,}"
        row.tag("thousands_sep")
    else:
        c["n_persons"] = str(n)
    k = row.number("n_suspects")
    if k is None:
        c["n_suspects"] = None
    elif row.p(0.03):
        c["n_suspects"] = "UNK"
        row.no_suspects()
    elif k == 0 and row.p(0.4):
        c["n_suspects"] = "NONE"
        row.tag("zero_word")
    else:
        c["n_suspects"] = str(k)

    gender = row.text("gender")
    c["gender"] = row.pick(_EPIC_SEX[gender]) if gender in _EPIC_SEX else None
    age = row.text("age_group")
    if row.p(0.02):
        c["age_group"] = "UNK"
        row.na("age_group")
    else:
        c["age_group"] = row.pick(_EPIC_AGE[age]) if age in _EPIC_AGE else None
        if c["age_group"] in ("FMUA", "UAC"):
            row.tag("border_patrol_jargon")

    nat = row.text("nationality")
    if nat is not None and nat in _EPIC_ALPHA2 and row.p(0.3):
        c["nationality"] = iso_codes(nat)[0]
        row.tag("country_code")
    else:
        c["nationality"] = _epic_country(nat)
    origin = row.text("origin_country")
    if origin is not None and origin in _SLIPS["en"] and row.p(0.15):
        c["origin_country"] = _SLIPS["en"][origin].upper()
        row.tag("typo")
    else:
        c["origin_country"] = _epic_country(origin)
    dest = row.text("destination_country")
    if dest == "USA":
        c["destination_country"] = row.pick(("USA", "US", "UNITED STATES", "CONUS"))
    else:
        c["destination_country"] = _epic_country(dest)
    det = row.text("detection_country")
    if det == "USA":
        c["detection_country"] = row.pick(("US", "USA", "UNITED STATES"))
    elif det == "PAN":
        c["detection_country"] = row.pick(("PANAMA", "REPUBLIC OF PANAMA"))
    else:
        c["detection_country"] = _epic_country(det)
    transit = row.codes("transit_countries")
    if transit:
        if all(t in _EPIC_ALPHA2 for t in transit) and row.p(0.4):
            names = [iso_codes(t)[0] for t in transit]
            row.tag("country_code")
        else:
            names = [_epic_country(t) or t for t in transit]
        c["transit_countries"] = row.pick((" > ", "/", ", ")).join(names)
    else:
        c["transit_countries"] = None

    mode = row.text("transport_mode")
    if row.p(0.02):
        c["transport_mode"] = row.pick(("UNK", "N/A"))
        row.na("transport_mode")
    elif mode == "land" and row.text("corridor") == "darien":
        c["transport_mode"] = row.pick(("ON FOOT", "FOOT (JUNGLE TRANSIT)"))
    else:
        c["transport_mode"] = row.pick(_EPIC_MODE[mode]) if mode in _EPIC_MODE else None

    point = row.point()
    if point is None:
        c["coordinates"] = None
    elif row.p(0.03):
        c["coordinates"] = None
        row.no_place("coords_missing")
    elif row.p(0.02):
        c["coordinates"] = "UNK"
        row.no_place("coords_placeholder")
    else:
        lat, lon = point
        u = row.rng.random()
        if u < 0.5:
            c["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        elif u < 0.65:
            c["coordinates"] = f"{lat:.5f} / {lon:.5f}"
        else:
            c["coordinates"] = f"{_ddm(lat, ('N', 'S'))} {_ddm(lon, ('E', 'W'))}"
            row.tag("coords_ddm")
    c["linked_offences"] = _offences(row, _EPIC_OFFENCES, ("; ", " / "))
    if c["linked_offences"] is None and row.p(0.1):
        c["linked_offences"] = "NONE"


# --------------------------------------------------------------------------------------
# Defensoria del Pueblo de Panama (Spanish, XLSX)
# --------------------------------------------------------------------------------------
_DP_FORMS = {
    "sexual": ("Explotación sexual", "explotación sexual comercial"),
    "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
    "forced_criminality": ("Actividades delictivas forzadas",),
    "organ_removal": ("Extracción de órganos",),
    "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
    "other": ("Otra", "Otros fines"),
}
_DP_CRIME = {
    "smuggling": (
        "Tráfico ilícito de migrantes",
        "tráfico ilícito de migrantes",
        "TIM",
        "Tráfico de migrantes",
    ),
    "trafficking": ("Trata de personas", "Trata de personas (Ley 79 de 2011)", "trata de personas"),
    "both": (
        "Trata de personas y tráfico ilícito de migrantes",
        "Trata / tráfico de migrantes",
        "Trata (Ley 79 de 2011) y TIM",
    ),
}
_DP_SEX = {
    "male": ("Masculino", "Hombres"),
    "female": ("Femenino", "Mujeres"),
    "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
}
_DP_AGE = {
    "adult": ("Adultos", "Mayores de edad", "Adulto"),
    "child": ("NNA", "Menores de edad", "Niños, niñas y adolescentes"),
    "mixed": ("Adultos y NNA", "Mixto", "Grupo familiar (adultos y NNA)"),
}
_DP_MODE = {
    "land": ("A pie", "A pie (selva)", "Caminando", "Terrestre"),
    "sea": ("Lancha", "Embarcación", "Marítimo (lancha)"),
    "air": ("Aéreo", "Vuelo comercial"),
}
_DP_OFFENCES = {
    "document_fraud": ("Falsificación de documentos", "Documentos falsos"),
    "corruption": ("Corrupción de servidores públicos", "Cohecho"),
    "money_laundering": ("Blanqueo de capitales",),
    "illicit_goods": ("Narcotráfico", "Contrabando"),
    "cybercrime": ("Delitos informáticos",),
    "terrorism": ("Terrorismo",),
}


def _dp_date(row: _Row, partial_ok: bool) -> object:
    ts = row.ts
    y, m, d = ts.year, ts.month, ts.day
    kind = row.partial(0.07, partial_ok)
    if kind == "month":
        mes = _MESES[m - 1]
        return row.pick((f"{mes} {y}", f"{mes.capitalize()} de {y}", f"{mes.capitalize()}/{y}"))
    if kind == "quarter":
        q = _quarter(ts)
        return row.pick(
            (f"{_ROMAN[q - 1]} trimestre {y}", f"{_ORD_ES[q - 1]} trimestre {y}", f"T{q}-{y}")
        )
    u = row.rng.random()
    if u < 0.55:
        row.tag("excel_date")
        return dt.datetime(y, m, d)
    if u < 0.65:
        row.tag("excel_serial")
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if u < 0.80:
        row.tag("date_text")
        return f"{d:02d}/{m:02d}/{y}"
    if u < 0.88:
        row.tag("date_month_name")
        return f"{d:02d}-{_MESES[m - 1][:3]}-{y}"
    if u < 0.95:
        row.tag("date_month_name")
        return f"{d} de {_MESES[m - 1]} de {y}"
    row.tag("date_iso")
    return f"{y}-{m:02d}-{d:02d}"


def _es_country(row: _Row, code: str | None, *, slips: bool = True) -> str | None:
    if code is None:
        return None
    if slips and code in _SLIPS["es"] and row.p(0.15):
        row.tag("typo")
        return _SLIPS["es"][code]
    return _name(code, "es", row.rng)


def _write_defensoria(row: _Row, partial_ok: bool) -> None:
    c = row.cells
    c["event_date"] = _dp_date(row, partial_ok)
    crime, form = row.text("crime_type") or "smuggling", row.text("exploitation")
    c["crime_type"] = row.pick(_DP_CRIME[crime])
    if crime == "smuggling":
        c["exploitation"] = "No aplica" if row.p(0.5) else None
    else:
        c["exploitation"] = row.pick(_by_form(_DP_FORMS, form))

    n = row.number("n_persons")
    if n is None:
        c["n_persons"] = None
    elif row.p(0.025):
        c["n_persons"] = row.pick(("s/d", "sin dato", "S/D"))
        row.no_count()
    elif n >= 1000 and row.p(0.35):
        c["n_persons"] = f"{n:,}"
        row.tag("thousands_sep", "count_as_text")
    else:
        c["n_persons"] = n
    k = row.number("n_suspects")
    if k is None:
        c["n_suspects"] = None
    elif row.p(0.03):
        c["n_suspects"] = row.pick(("s/d", "sin dato"))
        row.no_suspects()
    elif k == 0 and row.p(0.35):
        c["n_suspects"] = row.pick(("ninguno", "Ninguno"))
        row.tag("zero_word")
    else:
        c["n_suspects"] = k

    gender = row.text("gender")
    c["gender"] = row.pick(_DP_SEX[gender]) if gender in _DP_SEX else None
    age = row.text("age_group")
    if row.p(0.02):
        c["age_group"] = row.pick(("No determinado", "N/D"))
        row.na("age_group")
    else:
        c["age_group"] = row.pick(_DP_AGE[age]) if age in _DP_AGE else None

    nat = row.text("nationality")
    word = _demonym(nat, "es", feminine=True) if nat else ""
    if word and row.p(0.6):
        c["nationality"] = word.capitalize() if row.p(0.3) else word
        row.tag("demonym")
    else:
        c["nationality"] = _es_country(row, nat)
    c["origin_country"] = _es_country(row, row.text("origin_country"))
    dest = row.text("destination_country")
    if dest == "USA":
        c["destination_country"] = row.pick(
            ("Estados Unidos", "EE.UU.", "EUA", "Estados Unidos de América")
        )
    else:
        c["destination_country"] = _es_country(row, dest, slips=False)
    det = row.text("detection_country")
    if det == "PAN":
        c["detection_country"] = row.pick(("Panamá", "PANAMÁ", "República de Panamá"))
    else:
        c["detection_country"] = _es_country(row, det, slips=False)
    transit = row.codes("transit_countries")
    c["transit_countries"] = (
        row.pick((" - ", ", ", " / ")).join(_name(t, "es") for t in transit) if transit else None
    )
    mode = row.text("transport_mode")
    if row.p(0.02):
        c["transport_mode"] = "No determinado"
        row.na("transport_mode")
    else:
        c["transport_mode"] = row.pick(_DP_MODE[mode]) if mode in _DP_MODE else None

    point = row.point()
    if point is None:
        c["coordinates"] = None
    elif row.p(0.03):
        c["coordinates"] = None
        row.no_place("coords_missing")
    elif row.p(0.02):
        c["coordinates"] = row.pick(("s/d", "sin coordenadas"))
        row.no_place("coords_placeholder")
    else:
        lat, lon = point
        u = row.rng.random()
        if u < 0.4:
            c["coordinates"] = f"{_dms(lat, ('N', 'S'))} {_dms(lon, ('E', 'O'))}"
            row.tag("coords_dms", "west_as_O")
        elif u < 0.8:
            c["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        else:
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
            c["coordinates"] = f"{abs(lat):.5f} {ns}, {abs(lon):.5f} {ew}"
            row.tag("west_as_O")
    c["linked_offences"] = _offences(row, _DP_OFFENCES, (", ", " y "))


# --------------------------------------------------------------------------------------
# Prefecture du Pas-de-Calais (French, cp1252, ;)
# --------------------------------------------------------------------------------------
_PF_FORMS = {
    "sexual": ("exploitation sexuelle", "proxénétisme"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre",),
}
_PF_CRIME = {
    "smuggling": (
        "Aide à l'entrée irrégulière (art. L. 823-1 CESEDA)",
        "aide à l'entrée, à la circulation et au séjour irréguliers",
        "art. L. 823-2 CESEDA",
        "trafic de migrants",
        "Aide à l'entrée irrégulière au Royaume-Uni (L. 823-2 CESEDA)",
    ),
    "trafficking": (
        "Traite des êtres humains (art. 225-4-1 CP)",
        "TEH",
        "traite des êtres humains",
    ),
    "both": (
        "TEH + aide à l'entrée irrégulière",
        "traite des êtres humains et trafic de migrants",
        "art. 225-4-1 CP / L. 823-1 CESEDA",
    ),
}
_PF_SEX = {
    "male": ("H", "hommes", "masculin"),
    "female": ("F", "femmes", "féminin"),
    "mixed": ("mixte", "H/F", "hommes et femmes"),
}
_PF_AGE = {
    "adult": ("majeurs", "adultes", "majeur(s)"),
    "child": ("mineurs", "MNA", "mineur(s)"),
    "mixed": ("majeurs et mineurs", "mixte", "adultes + mineurs"),
}
_PF_MODE = {
    "sea": ("small boat", "embarcation pneumatique", "canot pneumatique", "voie maritime"),
    "land": ("poids lourd", "PL", "camion", "VL", "à pied", "navette Eurotunnel"),
    "air": ("avion", "voie aérienne"),
}
_PF_OFFENCES = {
    "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("trafic de stupéfiants", "contrebande de tabac"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}


def _pf_date(row: _Row, partial_ok: bool) -> str:
    ts = row.ts
    y, m, d = ts.year, ts.month, ts.day
    kind = row.partial(0.06, partial_ok)
    if kind == "month":
        return row.pick((f"{_MOIS[m - 1]} {y}", f"{_MOIS[m - 1].capitalize()} {y}"))
    if kind == "quarter":
        q = _quarter(ts)
        return row.pick(
            (f"T{q} {y}", f"{_ORD_FR[q - 1]} trimestre {y}", f"{_ORD_FR[q - 1]} trim. {y}")
        )
    u = row.rng.random()
    if u < 0.35:
        return f"{d:02d}/{m:02d}/{y}"
    if u < 0.47:
        row.tag("two_digit_year")
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if u < 0.62:
        row.tag("date_weekday")
        return f"{_JOURS[ts.weekday()]} {d} {_MOIS[m - 1]} {y}"
    if u < 0.72:
        row.tag("date_month_name")
        return f"{d} {_MOIS[m - 1]} {y}"
    if u < 0.80:
        row.tag("date_dots")
        return f"{d:02d}.{m:02d}.{y}"
    if u < 0.90:
        return f"{d:02d}-{m:02d}-{y}"
    row.tag("date_iso")
    return f"{y}-{m:02d}-{d:02d}"


def _fr_country(row: _Row, code: str | None) -> str | None:
    if code is None:
        return None
    if code in _SLIPS["fr"] and row.p(0.15):
        row.tag("typo")
        return _SLIPS["fr"][code]
    return _name(code, "fr", row.rng)


def _write_prefecture(row: _Row, partial_ok: bool) -> None:
    c = row.cells
    c["event_date"] = _pf_date(row, partial_ok)
    crime, form = row.text("crime_type") or "smuggling", row.text("exploitation")
    c["crime_type"] = row.pick(_PF_CRIME[crime])
    if crime == "smuggling":
        c["exploitation"] = "sans objet" if row.p(0.4) else None
    else:
        c["exploitation"] = row.pick(_by_form(_PF_FORMS, form))

    n = row.number("n_persons")
    if n is None:
        c["n_persons"] = None
    elif row.p(0.025):
        c["n_persons"] = row.pick(("NC", "n.c."))
        row.no_count()
    elif n >= 1000:
        c["n_persons"] = f"{n:,}".replace(",", row.pick(("\u00a0", " ")))
        row.tag("thousands_space")
    else:
        c["n_persons"] = str(n)
    k = row.number("n_suspects")
    if k is None:
        c["n_suspects"] = None
    elif row.p(0.03):
        c["n_suspects"] = "NC"
        row.no_suspects()
    elif k == 0 and row.p(0.4):
        c["n_suspects"] = row.pick(("néant", "aucun", "Néant"))
        row.tag("zero_word")
    else:
        c["n_suspects"] = str(k)

    gender = row.text("gender")
    c["gender"] = row.pick(_PF_SEX[gender]) if gender in _PF_SEX else None
    age = row.text("age_group")
    if row.p(0.02):
        c["age_group"] = row.pick(("inconnu", "non déterminé"))
        row.na("age_group")
    else:
        c["age_group"] = row.pick(_PF_AGE[age]) if age in _PF_AGE else None

    nat = row.text("nationality")
    fem = row.p(0.3)
    word = _demonym(nat, "fr", feminine=fem) if nat else ""
    if word and row.p(0.7):
        c["nationality"] = word
        row.tag("demonym")
    else:
        c["nationality"] = _fr_country(row, nat)
    c["origin_country"] = _fr_country(row, row.text("origin_country"))
    dest = row.text("destination_country")
    if dest == "GBR":
        c["destination_country"] = row.pick(
            ("Royaume-Uni", "UK", "Grande-Bretagne", "Angleterre", "R.-U.")
        )
    else:
        c["destination_country"] = _fr_country(row, dest)
    det = row.text("detection_country")
    if det == "FRA":
        c["detection_country"] = row.pick(("France", "FRANCE", "FR"))
    elif det == "GBR":
        c["detection_country"] = row.pick(("Royaume-Uni", "Royaume-Uni (Douvres)", "UK"))
    else:
        c["detection_country"] = _fr_country(row, det)
    transit = row.codes("transit_countries")
    c["transit_countries"] = (
        row.pick((" - ", ", ", " / ")).join(_name(t, "fr") for t in transit) if transit else None
    )
    mode = row.text("transport_mode")
    if row.p(0.02):
        c["transport_mode"] = "inconnu"
        row.na("transport_mode")
    else:
        c["transport_mode"] = row.pick(_PF_MODE[mode]) if mode in _PF_MODE else None

    point = row.point()
    if point is None:
        c["lat"] = c["lon"] = None
    elif row.p(0.03):
        c["lat"] = c["lon"] = None
        row.no_place("coords_missing")
    elif row.p(0.02):
        c["lat"] = c["lon"] = "NC"
        row.no_place("coords_placeholder")
    else:
        lat, lon = point
        u = row.rng.random()
        if u < 0.6:
            c["lat"], c["lon"] = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
            row.tag("decimal_comma")
        elif u < 0.8:
            c["lat"], c["lon"] = f"{lat:.5f}", f"{lon:.5f}"
        else:
            c["lat"] = _dms(lat, ("N", "S"), dec=1, sep=",")
            c["lon"] = _dms(lon, ("E", "O"), dec=1, sep=",")
            row.tag("coords_dms", "west_as_O")
    c["linked_offences"] = _offences(row, _PF_OFFENCES, (" + ", ", "))


# --------------------------------------------------------------------------------------
# Australian Federal Police (English, JSON lines)
# --------------------------------------------------------------------------------------
_AFP_FORMS = {
    "sexual": ("sexual exploitation", "sexual servitude"),
    "forced_labour": ("forced labour", "labour exploitation"),
    "forced_criminality": ("forced criminality",),
    "organ_removal": ("organ trafficking", "organ removal"),
    "forced_marriage": ("forced marriage",),
    "other": ("other",),
}
_AFP_CRIME = {
    "smuggling": ("People smuggling", "people smuggling", "Div 73 - People smuggling"),
    "trafficking": (
        "Human trafficking",
        "Trafficking in persons",
        "Div 271 - Trafficking in persons",
    ),
    "both": (
        "People smuggling / trafficking in persons",
        "Human trafficking & people smuggling",
        "Div 73 + Div 271",
    ),
}
_AFP_SEX = {
    "male": ("male", "M"),
    "female": ("female", "F"),
    "mixed": ("mixed", "male and female"),
}
_AFP_AGE = {
    "adult": ("adult", "adults", "18+"),
    "child": ("minor", "child", "under 18"),
    "mixed": ("adults and minors", "mixed"),
}
_AFP_MODE = {
    "sea": ("small boat", "vessel", "maritime", "rubber dinghy"),
    "land": ("land", "vehicle (concealment)", "on foot", "truck"),
    "air": ("air", "commercial flight"),
}
_AFP_OFFENCES = {
    "document_fraud": ("false travel documents", "document fraud"),
    "corruption": ("bribery of officials", "corruption"),
    "money_laundering": ("money laundering", "dealing in proceeds of crime"),
    "illicit_goods": ("illicit drugs", "illicit tobacco", "firearms"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}


def _afp_date(row: _Row, partial_ok: bool) -> str:
    ts = row.ts
    y, m, d = ts.year, ts.month, ts.day
    kind = row.partial(0.07, partial_ok)
    if kind == "month":
        return row.pick((f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"))
    if kind == "quarter":
        q = _quarter(ts)
        return row.pick((f"Q{q} {y}", f"{y}-Q{q}"))
    u = row.rng.random()
    if u < 0.35:
        row.tag("date_day_first")
        return f"{d:02d}/{m:02d}/{y}"
    if u < 0.50:
        row.tag("date_month_name")
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    if u < 0.70:
        row.tag("date_iso")
        return f"{y}-{m:02d}-{d:02d}"
    if u < 0.85:  # a local time with its UTC offset: the same day in UTC
        hour = int(row.rng.integers(8, 18))
        minute = int(row.rng.integers(0, 60))
        offset = row.pick(("+00:00", "+01:00", "+02:00", "+03:00"))
        row.tag("date_iso_time")
        return f"{y}-{m:02d}-{d:02d}T{hour:02d}:{minute:02d}:00{offset}"
    row.tag("date_month_name")
    return f"{d} {MONTHS[m - 1]} {y}"


def _afp_country(row: _Row, code: str | None) -> str | None:
    if code is None:
        return None
    return _name(code, "en", row.rng)


def _write_afp(row: _Row, partial_ok: bool) -> None:
    c = row.cells
    c["event_date"] = _afp_date(row, partial_ok)
    crime, form = row.text("crime_type") or "smuggling", row.text("exploitation")
    c["crime_type"] = row.pick(_AFP_CRIME[crime])
    if crime == "smuggling":
        c["exploitation"] = None
    elif form == "forced_criminality" and row.text("corridor") == "thb_vnm_gbr" and row.p(0.5):
        c["exploitation"] = "forced criminality (cannabis cultivation)"
    elif form in ("forced_labour", "forced_marriage") and crime == "trafficking" and row.p(0.3):
        c["crime_type"] = "Slavery and slavery-like offences (Div 270)"
        c["exploitation"] = row.pick(_by_form(_AFP_FORMS, form))
        row.tag("legal_ref")
    else:
        c["exploitation"] = row.pick(_by_form(_AFP_FORMS, form))

    n = row.number("n_persons")
    if n is None:
        c["n_persons"] = None
    elif row.p(0.025):
        c["n_persons"] = row.pick(("not known", "unknown"))
        row.no_count()
    elif n >= 1000 and row.p(0.5):
        c["n_persons"] = f"{n:,}"
        row.tag("thousands_sep", "count_as_text")
    else:
        c["n_persons"] = n
    k = row.number("n_suspects")
    if k is None:
        c["n_suspects"] = None
    elif row.p(0.03):
        c["n_suspects"] = "unknown"
        row.no_suspects()
    elif k == 0 and row.p(0.4):
        c["n_suspects"] = row.pick(("nil", "Nil"))
        row.tag("zero_word")
    else:
        c["n_suspects"] = k

    gender = row.text("gender")
    c["gender"] = row.pick(_AFP_SEX[gender]) if gender in _AFP_SEX else None
    age = row.text("age_group")
    if row.p(0.02):
        c["age_group"] = "not recorded"
        row.na("age_group")
    else:
        c["age_group"] = row.pick(_AFP_AGE[age]) if age in _AFP_AGE else None

    nat = row.text("nationality")
    u = row.rng.random()
    word = _demonym(nat, "en", feminine=False) if nat else ""
    if nat is not None and u < 0.2:
        c["nationality"] = nat
        row.tag("country_code")
    elif word and u < 0.5:
        c["nationality"] = word
        row.tag("demonym")
    else:
        c["nationality"] = _afp_country(row, nat)
    c["origin_country"] = _afp_country(row, row.text("origin_country"))
    c["destination_country"] = _afp_country(row, row.text("destination_country"))
    c["detection_country"] = _afp_country(row, row.text("detection_country"))
    transit = row.codes("transit_countries")
    c["transit_countries"] = (
        row.pick((" > ", ", ", " -> ")).join(_name(t, "en") for t in transit) if transit else None
    )
    mode = row.text("transport_mode")
    if row.p(0.02):
        c["transport_mode"] = "not recorded"
        row.na("transport_mode")
    else:
        c["transport_mode"] = row.pick(_AFP_MODE[mode]) if mode in _AFP_MODE else None

    point = row.point()
    if point is None:
        c["coordinates"] = None
    elif row.p(0.03):
        c["coordinates"] = None
        row.no_place("coords_missing")
    elif row.p(0.02):
        c["coordinates"] = "POINT EMPTY"
        row.no_place("coords_placeholder")
    else:
        lat, lon = point
        u = row.rng.random()
        wkt = f"POINT ({lon:.5f} {lat:.5f})"
        if u < 0.7:
            c["coordinates"] = wkt
        elif u < 0.8:
            c["coordinates"] = wkt.replace("POINT (", "POINT(")
        else:
            c["coordinates"] = f"SRID=4326;{wkt}"
            row.tag("ewkt")
        row.tag("coords_wkt_lon_first")
    c["linked_offences"] = _offences(row, _AFP_OFFENCES, ("; ", ", "))


# --------------------------------------------------------------------------------------
# Ministerio Publico del Peru, UCJIE (Spanish, UTF-16, tab)
# --------------------------------------------------------------------------------------
_PE_FORMS = {
    "sexual": ("explotación sexual",),
    "forced_labour": ("explotación laboral", "trabajo forzoso"),
    "forced_criminality": ("actividades delictivas forzadas",),
    "organ_removal": ("extracción o tráfico de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otras formas de explotación",),
}
_PE_CRIME = {
    "smuggling": (
        "Tráfico ilícito de migrantes (art. 303-A CP)",
        "Tráfico Ilícito de Migrantes",
        "Art. 303-A del Código Penal",
        "TIM (303-A C.P.)",
    ),
    "trafficking": (
        "Trata de personas (art. 153 CP)",
        "Trata de Personas",
        "Art. 153 C.P.",
        "Trata de personas agravada (art. 153-A CP)",
    ),
    "both": (
        "Trata de personas y tráfico ilícito de migrantes",
        "Arts. 153 y 303-A del C.P.",
    ),
}
_PE_SEX = {
    "male": ("masculino", "varones"),
    "female": ("femenino", "mujeres"),
    "mixed": ("ambos", "varones y mujeres", "mixto"),
}
_PE_AGE = {
    "adult": ("mayores de edad", "adultos"),
    "child": ("menores de edad", "NNA"),
    "mixed": ("mayores y menores de edad", "mixto"),
}
_PE_MODE = {
    "sea": ("vía marítima", "embarcación (patera)", "cayuco", "patera", "embarcación neumática"),
    "land": ("vía terrestre", "camión", "a pie"),
    "air": ("vía aérea", "avión"),
}
_PE_OFFENCES = {
    "document_fraud": ("falsificación de documentos", "uso de documento falso"),
    "corruption": ("cohecho", "corrupción de funcionarios"),
    "money_laundering": ("lavado de activos",),
    "illicit_goods": ("tráfico ilícito de drogas", "contrabando"),
    "cybercrime": ("delitos informáticos",),
    "terrorism": ("terrorismo",),
}


def _pe_date(row: _Row, partial_ok: bool) -> str:
    ts = row.ts
    y, m, d = ts.year, ts.month, ts.day
    kind = row.partial(0.07, partial_ok)
    if kind == "month":
        mes = _MESES_PE[m - 1]
        return row.pick((f"{mes} del {y}", f"{mes.capitalize()} {y}"))
    if kind == "quarter":
        q = _quarter(ts)
        return row.pick((f"{_ROMAN[q - 1]} Trimestre {y}", f"{_ROMAN[q - 1]} trimestre del {y}"))
    u = row.rng.random()
    if u < 0.45:
        return f"{d:02d}/{m:02d}/{y}"
    if u < 0.60:
        return f"{d:02d}-{m:02d}-{y}"
    if u < 0.75:
        row.tag("date_month_name")
        return f"{d} de {_MESES_PE[m - 1]} del {y}"
    if u < 0.88:
        row.tag("date_year_first")
        return f"{y}/{m:02d}/{d:02d}"
    row.tag("date_month_name")
    return f"{d:02d}-{_MESES_PE[m - 1][:3]}-{y}"


def _write_mpfn(row: _Row, partial_ok: bool) -> None:
    c = row.cells
    c["event_date"] = _pe_date(row, partial_ok)
    crime, form = row.text("crime_type") or "smuggling", row.text("exploitation")
    c["crime_type"] = row.pick(_PE_CRIME[crime])
    if any(ch.isdigit() for ch in str(c["crime_type"])):
        row.tag("legal_ref")
    if crime == "smuggling":
        c["exploitation"] = "no corresponde" if row.p(0.5) else None
    else:
        c["exploitation"] = row.pick(_by_form(_PE_FORMS, form))

    n = row.number("n_persons")
    if n is None:
        c["n_persons"] = None
    elif row.p(0.025):
        c["n_persons"] = row.pick(("no precisa", "S/D"))
        row.no_count()
    elif n >= 1000 and row.p(0.5):
        c["n_persons"] = f"{n:,}"
        row.tag("thousands_sep")
    else:
        c["n_persons"] = str(n)
    k = row.number("n_suspects")
    if k is None:
        c["n_suspects"] = None
    elif row.p(0.03):
        c["n_suspects"] = "S/D"
        row.no_suspects()
    elif k == 0 and row.p(0.35):
        c["n_suspects"] = row.pick(("ninguno", "Ninguno"))
        row.tag("zero_word")
    else:
        c["n_suspects"] = str(k)

    gender = row.text("gender")
    c["gender"] = row.pick(_PE_SEX[gender]) if gender in _PE_SEX else None
    age = row.text("age_group")
    if row.p(0.02):
        c["age_group"] = "no precisa"
        row.na("age_group")
    else:
        c["age_group"] = row.pick(_PE_AGE[age]) if age in _PE_AGE else None

    nat = row.text("nationality")
    word = _demonym(nat, "es", feminine=row.p(0.5)) if nat else ""
    if word and row.p(0.55):
        c["nationality"] = word
        row.tag("demonym")
    else:
        c["nationality"] = _es_country(row, nat)
    c["origin_country"] = _es_country(row, row.text("origin_country"))
    c["destination_country"] = _es_country(row, row.text("destination_country"), slips=False)
    det = row.text("detection_country")
    if det in _STATE_ES and row.p(0.45):
        c["detection_country"] = _STATE_ES[det]
        row.tag("official_state_name")
    else:
        c["detection_country"] = _es_country(row, det, slips=False)
    transit = row.codes("transit_countries")
    c["transit_countries"] = (
        row.pick((", ", " / ", " – ")).join(_name(t, "es") for t in transit) if transit else None
    )
    mode = row.text("transport_mode")
    if row.p(0.02):
        c["transport_mode"] = "no precisa"
        row.na("transport_mode")
    else:
        c["transport_mode"] = row.pick(_PE_MODE[mode]) if mode in _PE_MODE else None

    point = row.point()
    if point is None:
        c["coordinates"] = None
    elif row.p(0.03):
        c["coordinates"] = None
        row.no_place("coords_missing")
    elif row.p(0.02):
        c["coordinates"] = "no precisa"
        row.no_place("coords_placeholder")
    else:
        lat, lon = point
        u = row.rng.random()
        if u < 0.4:
            c["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        elif u < 0.65:
            lat_t, lon_t = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
            c["coordinates"] = f"Lat. {lat_t} / Long. {lon_t}"
            row.tag("decimal_comma")
        else:
            c["coordinates"] = f"{_dms(lat, ('N', 'S'))} {_dms(lon, ('E', 'O'))}"
            row.tag("coords_dms", "west_as_O")
    c["linked_offences"] = _offences(row, _PE_OFFENCES, (" / ", ", "))

    # Some names went through a system that read UTF-8 as cp1252 before the export.
    if row.p(0.06):
        keys = ("nationality", "origin_country", "destination_country", "detection_country")
        garbled = [k for k in keys if isinstance(c.get(k), str) and mojibake(str(c[k]))]
        if garbled:
            key = choice(row.rng, garbled)
            c[key] = mojibake(str(c[key]))
            row.tag("mojibake")
    if row.p(0.05):  # trailing blanks copied from the case-management system
        key = choice(row.rng, ("gender", "age_group", "transport_mode"))
        if isinstance(c.get(key), str):
            c[key] = f"{c[key]}  "
            row.tag("whitespace")


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_WRITERS: dict[str, Callable[[_Row, bool], None]] = {
    "epic_us": _write_epic,
    "defensoria_pa": _write_defensoria,
    "prefecture_62": _write_prefecture,
    "afp_intl": _write_afp,
    "mpfn_pe": _write_mpfn,
}


def _blank(row: _Row, field: str) -> None:
    """Leave blank a field the first report gives (a second report's gap)."""
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in row.src.headers:
                row.cells[key] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tags = [t for t in row.tags if not t.startswith("coords_")]
    else:
        row.cells[field] = None
        row.exp[field] = "unknown" if field == "gender" else None
        if field == "n_suspects":
            row.tags = [t for t in row.tags if t not in ("zero_word", "suspects_placeholder")]
    row.tag(f"blank_{field}")


def _render(
    src: Blind48Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    row = _Row(src, ev, rng)
    _WRITERS[src.source](row, partial_ok)
    if forced_blank is not None:
        _blank(row, forced_blank)
    return row.cells, row.exp, row.tags


_NO_DATE_WORDS = {
    "epic_us": "UNKNOWN",
    "defensoria_pa": "s/f",
    "prefecture_62": "date inconnue",
    "afp_intl": "not recorded",
    "mpfn_pe": "sin fecha",
}


def _bad_date(src: Blind48Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, written the source's way."""
    if kind == "no_date":
        return _NO_DATE_WORDS[src.source] if rng.random() < 0.35 else None
    if kind == "bad_date":
        pairs = list(_IMPOSSIBLE)
        if ts.year % 4 != 0:
            pairs.append((2, 29))
        m, d = pairs[int(rng.integers(len(pairs)))]
        y = ts.year
    else:
        y, m, d = _future(ts)
        if src.source == "defensoria_pa":
            return dt.datetime(y, m, d)
    if src.source == "epic_us":
        return f"{m:02d}/{d:02d}/{y}"
    if src.source == "afp_intl":
        return f"{y}-{m:02d}-{d:02d}"
    if src.source == "defensoria_pa":
        return f"{d} de {_MESES[m - 1]} de {y}" if rng.random() < 0.5 else f"{d:02d}/{m:02d}/{y}"
    return f"{d:02d}/{m:02d}/{y}"


def _note_date(src: Blind48Source, last: pd.Timestamp) -> object:
    """Return the date on the source's note row (the day of its last event)."""
    if src.source == "defensoria_pa":
        return dt.datetime(last.year, last.month, last.day)
    if src.source == "epic_us":
        return f"{last.month:02d}/{last.day:02d}/{last.year}"
    if src.source == "afp_intl":
        return f"{last.year}-{last.month:02d}-{last.day:02d}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


_EXAMINER: Examiner[Blind48Source] = Examiner(
    sources=BLIND48_SOURCES,
    primary=_PRIMARY,
    compilation="mpfn_pe",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4848,
    blank_share=0.3,
)


def make_blind48(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind48`` agencies would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (independent of the truth's seed).

    Returns
    -------
    list of Submission
        ``epic_us_ax.csv``, ``defensoria_pa_ax.xlsx``, ``prefecture62_ax.csv``,
        ``afp_htps_ax.jsonl`` and ``mpfn_ucjie_ax.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind48(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['epic_us_ax.csv', 'defensoria_pa_ax.xlsx', 'prefecture62_ax.csv',
     'afp_htps_ax.jsonl', 'mpfn_ucjie_ax.csv']
    >>> [s.language for s in subs]
    ['en', 'es', 'fr', 'en', 'es']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
