"""Examiner sample set ``blind234`` (files ``*_ib.*``): five cruise-port and maritime desks.

Written by an examiner who never saw the cleaner, on the shared machinery of
:mod:`trendlib.samples._examiner`. The five sources lean to the cruise and port world
(Barcelona, Calais/Boulogne, Miami, Colón) and each writes the way such a desk does:

``puertos_estado_proteccion_ib.xlsx``
    Puertos del Estado, Área de Seguridad y Protección (Spanish port system; PBIP/ISPS
    incident register of all state ports, Ceuta, Melilla, Almería, the Canaries and
    Huelva included). Spanish, XLSX: real Excel date cells with some typed dates and
    bare serial numbers, Spanish demonyms (``marroquí``), legal articles as crime types
    (``Art. 318 bis CP``), nautical positions in degrees and decimal minutes
    (``35º 53,40' N / 005º 19,20' W``), the ISO numeric country code ``724``.
    Primary for Spain.
``port_boulogne_calais_surete_ib.csv``
    Port Boulogne Calais (SEPD), Direction de la sûreté portuaire: main-courante export.
    French, cp1252, ``;``, CRLF; day-first dates with or without time, ``T2 2023``
    quarters, decimal-comma coordinates, French demonyms (``afghane``, ``kurde``) and
    some rows keyed in from UTF-8 messages, accents garbled (``Ã©``). Primary for France,
    second reporter of Channel arrivals at Dover.
``southcom_j2_ib.csv``
    U.S. Southern Command (Doral, Miami), J2 situational reports on irregular migration
    through the Darién. English, UTF-16 tab-separated (Excel "Unicode text"),
    upper-case military style: date-time groups (``171435ZMAY23``), ``Q2 CY2023``,
    GENC/ISO trigraphs, ``PAX``, ``UAC``, compact DMS positions (``083012N0773005W``).
    Primary for Panama.
``univision_datos_ib.jsonl``
    Univision Noticias, unidad de datos (Doral, Miami): a tracker of smuggling and
    trafficking events built from CBP, SENAFRONT and court releases. Spanish JSON
    lines: ISO dates and ``17 de mayo de 2023``, ``tráfico de personas`` (the Mexican
    legal word for smuggling), plural demonyms (``venezolanos``), small counts in words,
    linked offences as a JSON list, numeric coordinates. Primary for the United States,
    second reporter of Darién events.
``drum_cussac_gim_ib.csv``
    Drum Cussac, Global Intelligence & Monitoring (maritime and cruise desk): risk alerts
    compiled for cruise-line security officers. English (UK), UTF-8 with BOM, ``,``;
    ``17 May 2023`` and day-first dates, aliases (``Ivory Coast``, ``UK``), English
    demonyms (``Afghan``), ``UASC``. The compilation: every event no primary reports
    (Italy, Greece, Croatia, Poland, the United Kingdom), and second reports of Channel,
    US-Mexico and Spanish events.

Cells a careful analyst cannot read are expected blank or ``unknown`` and tagged: a
count written ``s/d``/``NC``/``UNK`` (``count_placeholder``), an unknown word for
suspects (``suspects_placeholder``), a vague nationality (``kurde``, ``subsahariana``,
``centroamericanos``: ``blank_nationality:vague``), an unknown gender
(``blank_gender:...``), age or transport (``na_word:...``), a position written ``En
puerto`` or ``UNK`` (``coords_placeholder``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

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

__all__ = ["BLIND234_SOURCES", "make_blind234"]

_Rng = np.random.Generator
_Tags = list[str]

# --------------------------------------------------------------------------------------
# Wording of countries (the examiner's own table)
# --------------------------------------------------------------------------------------
#: iso3 -> (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: English aliases a British risk desk uses.
_EN_ALIAS = {
    "CIV": "Ivory Coast",
    "TUR": "Türkiye",
    "GBR": "UK",
    "USA": "US",
    "MKD": "Macedonia",
    "RUS": "Russian Federation",
    "VNM": "Viet Nam",
    "BIH": "Bosnia",
}
#: English demonyms (nationality column of the risk desk).
_EN_DEMONYM = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "IRN": "Iranian",
    "PAK": "Pakistani",
    "ERI": "Eritrean",
    "EGY": "Egyptian",
    "TUN": "Tunisian",
    "BGD": "Bangladeshi",
    "NGA": "Nigerian",
    "VNM": "Vietnamese",
    "ALB": "Albanian",
    "ROU": "Romanian",
    "MAR": "Moroccan",
    "YEM": "Yemeni",
    "CMR": "Cameroonian",
    "GIN": "Guinean",
    "SEN": "Senegalese",
    "MLI": "Malian",
    "DZA": "Algerian",
    "MEX": "Mexican",
    "VEN": "Venezuelan",
}
#: French demonyms, feminine (``nationalité afghane``).
_FR_DEMONYM = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: Spanish demonyms, feminine singular (``nacionalidad marroquí``).
_ES_DEMONYM_F = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
#: Spanish demonyms, masculine plural (``venezolanos``); the singular drops the ``s``.
_ES_DEMONYM_PL = {
    "MEX": "mexicanos",
    "GTM": "guatemaltecos",
    "HND": "hondureños",
    "VEN": "venezolanos",
    "ECU": "ecuatorianos",
    "HTI": "haitianos",
    "COL": "colombianos",
    "CHN": "chinos",
}
#: Words naming a group of countries, not one: a careful analyst cannot pick one.
_VAGUE_ES_F = {"GIN", "MLI", "SEN", "GMB", "CIV"}  # "subsahariana"
_VAGUE_FR = {"IRQ", "IRN", "SYR", "TUR"}  # "kurde"
_VAGUE_ES_PL = {"GTM", "HND"}  # "centroamericanos"

_MES = (
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
_MONTH_EN = (
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
_NUM_ES = (
    "",
    "una",
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
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _typo(text: str) -> str:
    """Swap the two letters just after the middle (a slip of the fingers)."""
    i = len(text) // 2
    if len(text) < 6 or not text[i : i + 2].isalpha() or text[i] == text[i + 1]:
        return text
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _strip_accents(text: str) -> str:
    """Write ``México`` as ``Mexico`` (a keyboard without accents)."""
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _noise(text: str, rng: _Rng, rate: float, tags: _Tags, col: str) -> str:
    """Change the case or spacing of a cell now and then (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{col}")
    return out


# --------------------------------------------------------------------------------------
# How each desk writes a cell
# --------------------------------------------------------------------------------------
DateOut = tuple[object, pd.Timestamp, str]
Coords = tuple[dict[str, object], float | None, float | None]


@dataclass(frozen=True)
class _Style:
    """One desk's words and cell writers (the rest of :class:`ExaminerSource`)."""

    crime: Mapping[str, tuple[str, ...]]
    expl: Mapping[str, tuple[str, ...]]
    expl_na: tuple[str, ...]  # written for pure smuggling ("" = left blank)
    expl_unknown: tuple[str, ...]
    gender: Mapping[str, tuple[str, ...]]
    gender_one: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, str]
    offence_sep: str
    unknown: tuple[str, ...]  # unknown word of vocabulary and country cells
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    direct: tuple[str, ...]  # transit cell of a direct route ("" = left blank)
    transit_sep: tuple[str, ...]
    date: Callable[[pd.Timestamp, _Rng, bool, _Tags], DateOut]
    place: Callable[[str], str]
    country: Callable[[str, str, int, _Rng, _Tags], tuple[str, bool]]
    coords: Callable[[float, float, _Rng, _Tags], Coords]
    count: Callable[[int, _Rng, _Tags], object]
    case_rate: float = 0.04
    #: corridor -> mode -> words, where a desk words a route's boats or lorries its own way
    mode_by: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


def _clock(ts: pd.Timestamp, rng: _Rng, first: int, last: int) -> str:
    return f"{int(rng.integers(first, last + 1)):02d}{int(rng.integers(60)):02d}"


# Puertos del Estado ---------------------------------------------------------------
def _date_pde(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: _Tags) -> DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        tags.append("partial_date")
        return f"{_MES[ts.month - 1]} {ts.year}", _month_start(ts), "month"
    if partial_ok and r < 0.07:
        tags.append("partial_date")
        return f"{ts.quarter}º trimestre {ts.year}", _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.74:
        return ts.to_pydatetime(), ts, "day"  # an Excel date cell
    if r < 0.88:
        tags.append("text_date")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    tags.append("excel_serial")
    return int((ts - _EXCEL_EPOCH).days), ts, "day"


def _place_pde(hotspot: str) -> str:
    return {
        "Gran Canaria": "Las Palmas (Arguineguín)",
        "Tenerife": "S/C de Tenerife (Los Cristianos)",
        "El Hierro": "La Restinga (El Hierro)",
        "Lanzarote": "Arrecife (Lanzarote)",
        "Almería (El Ejido)": "Almería - El Ejido",
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
    }.get(hotspot, hotspot)


def _country_pde(iso: str, col: str, n: int, rng: _Rng, tags: _Tags) -> tuple[str, bool]:
    if col == "detection_country":
        return iso_codes(iso)[1], False  # ISO numeric, as the register's code list
    r = rng.random()
    if col == "nationality":
        if iso in _VAGUE_ES_F and r < 0.03:
            tags.append("blank_nationality:vague")
            return "Subsahariana", True
        if iso in _ES_DEMONYM_F and r < 0.25:
            tags.append("demonym:nationality")
            return _ES_DEMONYM_F[iso], False
    r = rng.random()
    name = _name(iso, "es")
    if r < 0.1:
        tags.append(f"upper:{col}")
        return name.upper(), False
    if r < 0.16:
        tags.append(f"iso2:{col}")
        return iso_codes(iso)[0], False
    if r < 0.2 and _typo(name) != name:
        tags.append(f"typo:{col}")
        return _typo(name), False
    return name, False


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``35º 53,40' N``) and the value it reads as."""
    v = abs(value)
    deg = int(v)
    minutes = round((v - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{deg:0{width}d}º {minutes:05.2f}' {pos if value >= 0 else neg}".replace(".", ",")
    back = round((deg + minutes / 60) * (1 if value >= 0 else -1), 6)
    return text, back


def _coords_pde(lat: float, lon: float, rng: _Rng, tags: _Tags) -> Coords:
    r = rng.random()
    if r < 0.07:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    if r < 0.1:
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, ("En puerto", "No consta"))}, None, None
    t_lat, b_lat = _ddm(lat, "N", "S", 2)
    t_lon, b_lon = _ddm(lon, "E", "W", 3)
    tags.append("ddm_coords")
    return {"coordinates": f"{t_lat} / {t_lon}"}, b_lat, b_lon


def _count_int(n: int, rng: _Rng, tags: _Tags) -> object:
    return n


# Port Boulogne Calais -------------------------------------------------------------
def _date_pbc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: _Tags) -> DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        tags.append("partial_date")
        return f"{_MOIS[ts.month - 1]} {ts.year}", _month_start(ts), "month"
    if partial_ok and r < 0.08:
        tags.append("partial_date")
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.68:
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if r < 0.84:
        tags.append("short_year")
        return ts.strftime("%d/%m/%y"), ts, "day"
    hhmm = _clock(ts, rng, 0, 23)
    tags.append("date_time")
    return f"{ts.strftime('%d/%m/%Y')} {hhmm[:2]}:{hhmm[2:]}", ts, "day"


def _place_pbc(hotspot: str) -> str:
    return {
        "Calais": "Calais - plages / zone portuaire",
        "Dunkirk/Gravelines": "Gravelines / Dunkerque",
        "Dover": "Douvres (arrivée UK)",
    }.get(hotspot, hotspot)


def _country_pbc(iso: str, col: str, n: int, rng: _Rng, tags: _Tags) -> tuple[str, bool]:
    r = rng.random()
    if col == "detection_country":
        words = {"FRA": ("France", "FRANCE", "FR"), "GBR": ("Royaume-Uni", "UK", "GB")}
        return choice(rng, words.get(iso, (_name(iso, "fr"),))), False
    if col == "nationality":
        if iso in _VAGUE_FR and r < 0.04:
            tags.append("blank_nationality:vague")
            return "kurde", True
        if iso in _FR_DEMONYM and r < 0.35:
            tags.append("demonym:nationality")
            return _FR_DEMONYM[iso], False
    r = rng.random()
    name = _name(iso, "fr")
    if r < 0.08:
        tags.append(f"upper:{col}")
        return name.upper(), False
    if r < 0.13 and _typo(name) != name:
        tags.append(f"typo:{col}")
        return _typo(name), False
    if r < 0.2:
        tags.append(f"lower:{col}")
        return name.lower(), False
    return name, False


def _coords_pbc(lat: float, lon: float, rng: _Rng, tags: _Tags) -> Coords:
    if rng.random() < 0.1:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    b_lat, b_lon = round(lat, 5), round(lon, 5)
    tags.append("comma_coords")
    return (
        {"lat": f"{b_lat:.5f}".replace(".", ","), "lon": f"{b_lon:.5f}".replace(".", ",")},
        b_lat,
        b_lon,
    )


def _count_pbc(n: int, rng: _Rng, tags: _Tags) -> object:
    if n >= 1000 and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}\u00a0{n % 1000:03d}"
    return str(n)


# SOUTHCOM J2 ------------------------------------------------------------------------
_MON = tuple(m[:3].upper() for m in _MONTH_EN)


def _dtg(ts: pd.Timestamp, rng: _Rng) -> str:
    # 06-23Z is 01-18 local in Panama (UTC-5): the group's day is the local day
    return f"{ts.day:02d}{_clock(ts, rng, 6, 23)}Z{_MON[ts.month - 1]}{ts.year % 100:02d}"


def _date_sc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: _Tags) -> DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        tags.append("partial_date")
        return f"{_MON[ts.month - 1]} {ts.year}", _month_start(ts), "month"
    if partial_ok and r < 0.08:
        tags.append("partial_date")
        return f"Q{ts.quarter} CY{ts.year}", _quarter_start(ts), "quarter"
    if rng.random() < 0.8:
        tags.append("dtg_date")
        return _dtg(ts, rng), ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _country_sc(iso: str, col: str, n: int, rng: _Rng, tags: _Tags) -> tuple[str, bool]:
    r = rng.random()
    if iso == "CHN" and r < 0.3:
        tags.append(f"alias:{col}")
        return "PRC", False
    if r < 0.68 or col == "transit_countries":
        tags.append(f"iso3:{col}")
        return iso, False
    return _name(iso, "en").upper(), False


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Compact degrees-minutes-seconds (``083012N``) and the value it reads as."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{deg:0{width}d}{minutes:02d}{seconds:02d}{pos if value >= 0 else neg}"
    return text, round(total / 3600 * (1 if value >= 0 else -1), 6)


def _coords_sc(lat: float, lon: float, rng: _Rng, tags: _Tags) -> Coords:
    if rng.random() < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": "UNK"}, None, None
    t_lat, b_lat = _dms(lat, "N", "S", 2)
    t_lon, b_lon = _dms(lon, "E", "W", 3)
    tags.append("dms_coords")
    return {"coordinates": t_lat + t_lon}, b_lat, b_lon


def _count_en(n: int, rng: _Rng, tags: _Tags) -> object:
    if n >= 1000 and rng.random() < 0.8:
        tags.append("thousands:n_persons")
        return f"{n:,}"
    return str(n)


# Univision --------------------------------------------------------------------------
def _date_unv(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: _Tags) -> DateOut:
    if partial_ok and rng.random() < 0.06:
        tags.append("partial_date")
        return f"{_MES[ts.month - 1]} de {ts.year}", _month_start(ts), "month"
    r = rng.random()
    if r < 0.55:
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if r < 0.7:
        hhmm = _clock(ts, rng, 8, 20)
        tags.append("iso_datetime")
        return f"{ts.strftime('%Y-%m-%d')}T{hhmm[:2]}:{hhmm[2:]}:00", ts, "day"
    tags.append("long_date")
    return f"{ts.day} de {_MES[ts.month - 1]} de {ts.year}", ts, "day"


def _place_unv(hotspot: str) -> str:
    return {
        "Nogales (Sonora/Arizona)": "Nogales, Arizona",
        "Sasabe": "Sasabe, Arizona",
        "El Paso": "El Paso, Texas",
        "Rio Grande Valley": "Valle del Río Grande, Texas",
        "Darién gap": "Selva del Darién",
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "Lajas Blancas": "Lajas Blancas, Darién",
    }.get(hotspot, hotspot)


def _country_unv(iso: str, col: str, n: int, rng: _Rng, tags: _Tags) -> tuple[str, bool]:
    r = rng.random()
    if iso == "USA":
        return choice(rng, ("Estados Unidos", "EE.UU.", "EEUU")), False
    if col == "nationality":
        if iso in _VAGUE_ES_PL and r < 0.04:
            tags.append("blank_nationality:vague")
            return ("centroamericanos" if n > 1 else "centroamericano"), True
        if iso in _ES_DEMONYM_PL and r < 0.45:
            tags.append("demonym:nationality")
            word = _ES_DEMONYM_PL[iso]
            return (word if n > 1 else word[:-1]), False
    r = rng.random()
    name = _name(iso, "es")
    if r < 0.06 and name != name.lower():
        tags.append(f"lower:{col}")
        return name.lower(), False
    plain = _strip_accents(name)
    if r < 0.12 and plain != name:
        tags.append(f"no_accent:{col}")
        return plain, False
    if r < 0.15 and _typo(name) != name:
        tags.append(f"typo:{col}")
        return _typo(name), False
    return name, False


def _coords_unv(lat: float, lon: float, rng: _Rng, tags: _Tags) -> Coords:
    if rng.random() < 0.12:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    b_lat, b_lon = round(lat, 4), round(lon, 4)
    return {"lat": b_lat, "lon": b_lon}, b_lat, b_lon


def _count_unv(n: int, rng: _Rng, tags: _Tags) -> object:
    if n < len(_NUM_ES) and rng.random() < 0.15:
        tags.append("count_word")
        return _NUM_ES[n]
    return n


# Drum Cussac ------------------------------------------------------------------------
def _date_dc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: _Tags) -> DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        tags.append("partial_date")
        return f"{_MONTH_EN[ts.month - 1]} {ts.year}", _month_start(ts), "month"
    if partial_ok and r < 0.07:
        tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.5:
        return f"{ts.day} {_MONTH_EN[ts.month - 1]} {ts.year}", ts, "day"
    if r < 0.8:
        return ts.strftime("%d/%m/%Y"), ts, "day"
    # 08-20 UTC is the same calendar day from Arizona (UTC-7) to Greece (UTC+3)
    hhmm = _clock(ts, rng, 8, 20)
    tags.append("utc_time")
    return f"{ts.strftime('%Y-%m-%d')} {hhmm[:2]}:{hhmm[2:]} UTC", ts, "day"


def _country_dc(iso: str, col: str, n: int, rng: _Rng, tags: _Tags) -> tuple[str, bool]:
    r = rng.random()
    if col == "nationality" and iso in _EN_DEMONYM and r < 0.22:
        tags.append("demonym:nationality")
        return _EN_DEMONYM[iso], False
    if col == "detection_country" and r < 0.1:
        tags.append("iso3:detection_country")
        return iso, False
    r = rng.random()
    if iso in _EN_ALIAS and r < 0.45:
        tags.append(f"alias:{col}")
        return _EN_ALIAS[iso], False
    name = _name(iso, "en")
    if r > 0.95 and _typo(name) != name:
        tags.append(f"typo:{col}")
        return _typo(name), False
    return name, False


def _coords_dc(lat: float, lon: float, rng: _Rng, tags: _Tags) -> Coords:
    if rng.random() < 0.08:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    b_lat, b_lon = round(lat, 4), round(lon, 4)
    return {"lat": f"{b_lat:.4f}", "lon": f"{b_lon:.4f}"}, b_lat, b_lon


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_PDE = ExaminerSource(
    source="puertos_estado_proteccion_ib",
    filename="puertos_estado_proteccion_ib.xlsx",
    ref="PBIP/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha",
        "place": "Puerto / zona",
        "crime_type": "Tipo de incidencia",
        "exploitation": "Finalidad (TSH)",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final declarado",
        "transit_countries": "Países de tránsito",
        "detection_country": "Cód. país (ISO 3166)",
        "transport_mode": "Medio empleado",
        "coordinates": "Posición (lat / long)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación por las Autoridades Portuarias",
    total="TOTAL",
    bad_count=("varios", "numerosas personas"),
    repeats=False,
)
_PBC = ExaminerSource(
    source="port_boulogne_calais_surete_ib",
    filename="port_boulogne_calais_surete_ib.csv",
    ref="MC{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° MC",
        "event_date": "Date / heure",
        "place": "Lieu",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb interpellés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "detection_country": "Pays",
        "transport_mode": "Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction main courante - données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
)
_SC = ExaminerSource(
    source="southcom_j2_ib",
    filename="southcom_j2_ib.csv",
    ref="J2-DAR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "SERIAL",
        "event_date": "DTG",
        "place": "LOCATION",
        "detection_country": "CTRY",
        "crime_type": "ACTIVITY",
        "exploitation": "TIP TYPE",
        "n_persons": "PAX",
        "n_suspects": "FACILITATORS DET",
        "gender": "SEX",
        "age_group": "AGE CAT",
        "nationality": "NATL",
        "origin_country": "ORIG CTRY",
        "destination_country": "DEST CTRY",
        "transit_countries": "TRANSIT",
        "transport_mode": "CONVEYANCE",
        "coordinates": "COORD",
        "linked_offences": "ASSOC ACTIVITY",
    },
    note="UNCLASSIFIED//FOR OFFICIAL USE ONLY - DERIVED FROM PARTNER NATION REPORTING",
    total="TOTAL PAX",
    bad_count=("MULTIPLE", "SEVERAL"),
    repeats=False,
)
_UNV = ExaminerSource(
    source="univision_datos_ib",
    filename="univision_datos_ib.jsonl",
    ref="UNV-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id",
        "event_date": "fecha",
        "place": "lugar",
        "detection_country": "pais_hecho",
        "crime_type": "delito",
        "exploitation": "tipo_explotacion",
        "n_persons": "personas",
        "n_suspects": "detenidos",
        "gender": "sexo",
        "age_group": "edades",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "transit_countries": "ruta_transito",
        "transport_mode": "medio",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "otros_delitos",
    },
    note="nota: cifras preliminares tomadas de comunicados oficiales",
    total="total",
    bad_count=("decenas", "varios"),
    repeats=True,
)
_DC = ExaminerSource(
    source="drum_cussac_gim_ib",
    filename="drum_cussac_gim_ib.csv",
    ref="DC{year}{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Alert ID",
        "event_date": "Event Date",
        "detection_country": "Country",
        "place": "Location",
        "crime_type": "Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons",
        "n_suspects": "Arrests",
        "gender": "Gender",
        "age_group": "Age Profile",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="Note: compiled from open and partner sources; figures provisional",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=True,
)
#: The five sources of ``blind234``, in the order :func:`make_blind234` returns them.
BLIND234_SOURCES: tuple[ExaminerSource, ...] = (_PDE, _PBC, _SC, _UNV, _DC)

_STYLES: dict[str, _Style] = {
    _PDE.source: _Style(
        crime={
            "smuggling": (
                "Favorecimiento inmigración irregular",
                "Art. 318 bis CP",
                "Tráfico ilícito de migrantes",
            ),
            "trafficking": ("Trata de seres humanos", "Art. 177 bis CP", "TSH"),
            "both": ("TSH + favorecimiento inm. irregular", "Arts. 177 bis y 318 bis CP"),
        },
        expl={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        expl_na=("", "No procede"),
        expl_unknown=("Sin determinar",),
        gender={
            "male": ("Hombres", "Varones"),
            "female": ("Mujeres",),
            "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        },
        gender_one={"male": ("Hombre", "Varón"), "female": ("Mujer",)},
        age={
            "child": ("Menores", "MENA", "Menor de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        mode={
            "sea": ("Marítimo", "Patera", "Cayuco", "Neumática", "Embarcación"),
            "land": ("Terrestre", "Oculto en camión", "Bajos de vehículo", "A pie"),
            "air": ("Aéreo",),
        },
        offences={
            "document_fraud": "Falsedad documental",
            "corruption": "Cohecho",
            "money_laundering": "Blanqueo de capitales",
            "illicit_goods": "Tráfico de drogas",
            "cybercrime": "Ciberdelincuencia",
            "terrorism": "Terrorismo",
        },
        offence_sep=" / ",
        unknown=("No consta", "Desconocido"),
        count_unknown=("s/d",),
        zero=("ninguno", "0 (ninguno)"),
        direct=("", "Directo"),
        transit_sep=(" - ",),
        date=_date_pde,
        place=_place_pde,
        country=_country_pde,
        coords=_coords_pde,
        count=_count_int,
        mode_by={
            "wmed": {
                "sea": ("Patera", "Neumática", "Moto de agua", "Marítimo"),
                "land": (
                    "Oculto en camión",
                    "Bajos de vehículo",
                    "A pie (perímetro fronterizo)",
                    "Terrestre",
                ),
            },
            "watl": {"sea": ("Cayuco", "Neumática", "Marítimo")},
            "thb_rou_esp": {
                "land": ("Terrestre", "Autobús", "Furgoneta"),
                "air": ("Aéreo", "Vuelo regular"),
            },
        },
    ),
    _PBC.source: _Style(
        crime={
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
                "filière d'immigration clandestine",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        expl={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        expl_na=("", "sans objet"),
        expl_unknown=("NC", "non déterminée"),
        gender={
            "male": ("hommes", "H"),
            "female": ("femmes", "F"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        gender_one={"male": ("homme", "H", "masculin"), "female": ("femme", "F", "féminin")},
        age={
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "familles", "mixte"),
        },
        mode={
            "sea": ("small boat", "embarcation pneumatique", "bateau", "maritime"),
            "land": ("poids lourd", "PL", "camion", "à pied"),
            "air": ("aérien", "avion"),
        },
        offences={
            "document_fraud": "faux documents",
            "corruption": "corruption",
            "money_laundering": "blanchiment",
            "illicit_goods": "stupéfiants",
            "cybercrime": "cybercriminalité",
            "terrorism": "terrorisme",
        },
        offence_sep=", ",
        unknown=("NC", "inconnu"),
        count_unknown=("NC", "inconnu"),
        zero=("aucun", "néant"),
        direct=("",),
        transit_sep=(", ", " / "),
        date=_date_pbc,
        place=_place_pbc,
        country=_country_pbc,
        coords=_coords_pbc,
        count=_count_pbc,
    ),
    _SC.source: _Style(
        crime={
            "smuggling": ("HUMAN SMUGGLING", "ALIEN SMUGGLING", "MIGRANT SMUGGLING"),
            "trafficking": ("TIP", "TRAFFICKING IN PERSONS"),
            "both": ("TIP/SMUGGLING", "HUMAN SMUGGLING + TIP"),
        },
        expl={
            "sexual": ("SEX TRAFFICKING",),
            "forced_labour": ("LABOR TRAFFICKING", "FORCED LABOR"),
            "forced_criminality": ("FORCED CRIMINALITY",),
            "organ_removal": ("ORGAN REMOVAL",),
            "forced_marriage": ("FORCED MARRIAGE",),
            "other": ("OTHER",),
        },
        expl_na=("N/A", ""),
        expl_unknown=("UNK",),
        gender={
            "male": ("M", "MALE"),
            "female": ("F", "FEMALE"),
            "mixed": ("MIXED", "M/F"),
        },
        gender_one={"male": ("M", "MALE"), "female": ("F", "FEMALE")},
        age={
            "child": ("UAC", "MINOR", "CHILD"),
            "adult": ("ADULT", "SINGLE ADULTS"),
            "mixed": ("FAMILY UNIT", "MIXED", "ADULTS+MINORS"),
        },
        mode={
            "land": ("FOOT", "OVERLAND", "LAND", "BUS"),
            "sea": ("MARITIME", "BOAT"),
            "air": ("AIR",),
        },
        offences={
            "document_fraud": "DOC FRAUD",
            "corruption": "BRIBERY",
            "money_laundering": "MONEY LAUNDERING",
            "illicit_goods": "NARCOTICS",
            "cybercrime": "CYBER",
            "terrorism": "TERRORISM",
        },
        offence_sep="; ",
        unknown=("UNK",),
        count_unknown=("UNK",),
        zero=("NONE",),
        direct=("", "DIRECT"),
        transit_sep=(" > ",),
        date=_date_sc,
        place=lambda h: h.upper(),
        country=_country_sc,
        coords=_coords_sc,
        count=_count_en,
        case_rate=0.0,
    ),
    _UNV.source: _Style(
        crime={
            "smuggling": ("tráfico de personas", "tráfico de migrantes", "contrabando de personas"),
            "trafficking": ("trata de personas",),
            "both": ("trata y tráfico de personas",),
        },
        expl={
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzado", "explotación laboral"),
            "forced_criminality": ("obligados a delinquir",),
            "organ_removal": ("tráfico de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        expl_na=("",),
        expl_unknown=("no precisada",),
        gender={
            "male": ("hombres",),
            "female": ("mujeres",),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        gender_one={"male": ("hombre",), "female": ("mujer",)},
        age={
            "child": ("menores", "menores no acompañados", "niños"),
            "adult": ("adultos",),
            "mixed": ("familias", "adultos y menores"),
        },
        mode={
            "land": ("a pie", "terrestre", "tráiler", "camioneta", "autobús"),
            "sea": ("lancha", "marítima"),
            "air": ("aérea", "vuelo comercial"),
        },
        offences={
            "document_fraud": "documentos falsos",
            "corruption": "soborno",
            "money_laundering": "lavado de dinero",
            "illicit_goods": "drogas",
            "cybercrime": "delitos cibernéticos",
            "terrorism": "terrorismo",
        },
        offence_sep="",  # a JSON list
        unknown=("no precisado",),
        count_unknown=("sin cifra oficial",),
        zero=("ninguno",),
        direct=("",),
        transit_sep=(", ", " y "),
        date=_date_unv,
        place=_place_unv,
        country=_country_unv,
        coords=_coords_unv,
        count=_count_unv,
        mode_by={"darien": {"land": ("a pie", "terrestre", "caminando por la selva")}},
    ),
    _DC.source: _Style(
        crime={
            "smuggling": ("Migrant smuggling", "People smuggling", "Human smuggling"),
            "trafficking": ("Human trafficking", "Modern slavery"),
            "both": ("Trafficking/smuggling", "Human trafficking & smuggling"),
        },
        expl={
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        expl_na=("N/A", ""),
        expl_unknown=("Unspecified",),
        gender={
            "male": ("Male", "Men"),
            "female": ("Female", "Women"),
            "mixed": ("Mixed", "Male/Female"),
        },
        gender_one={"male": ("Male",), "female": ("Female",)},
        age={
            "child": ("Minors", "Children", "UASC"),
            "adult": ("Adults", "Adult"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        mode={
            "sea": ("Sea", "Small boat", "Boat"),
            "land": ("Land", "Lorry", "Overland", "On foot"),
            "air": ("Air", "Flight"),
        },
        offences={
            "document_fraud": "Document fraud",
            "corruption": "Bribery",
            "money_laundering": "Money laundering",
            "illicit_goods": "Drugs",
            "cybercrime": "Cybercrime",
            "terrorism": "Terrorism",
        },
        offence_sep="; ",
        unknown=("Unknown", "N/K"),
        count_unknown=("Not stated", "N/K"),
        zero=("None", "Nil"),
        direct=("", "Direct"),
        transit_sep=(" > ",),
        date=_date_dc,
        place=lambda h: h,
        country=_country_dc,
        coords=_coords_dc,
        count=_count_en,
    ),
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
_KEEP = ("event_date", "source_ref")  # cells a garbled import leaves alone


def _fit(text: object, src: ExaminerSource) -> object:
    """Drop the accents a cp1252 file cannot hold (none of the desks' words needs it)."""
    if isinstance(text, str) and not fits(text, src):
        return text.encode(src.encoding, "replace").decode(src.encoding)
    return text


def _vocab(
    st: _Style, words: Mapping[str, tuple[str, ...]], value: str, col: str, rng: _Rng, tags: _Tags
) -> str:
    return _noise(choice(rng, words[value]), rng, st.case_rate, tags, col)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event the way ``src`` writes it: (cells, expected, tags)."""
    st = _STYLES[src.source]
    numeric = src.format != "csv"
    tags: _Tags = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = st.date(
        ts, rng, partial_ok, tags
    )
    cells["place"] = st.place(str(ev["hotspot"]))
    n = int(ev["n_persons"])  # type: ignore[call-overload]

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(st, st.crime, crime, "crime_type", rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: no form of exploitation
        cells["exploitation"] = choice(rng, st.expl_na) or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, st.expl_unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _vocab(st, st.expl, str(expl), "exploitation", rng, tags)
        exp["exploitation"] = str(expl)

    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, st.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = st.count(n, rng, tags)
        exp["n_persons"] = n

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.unknown), None
        tags.append("suspects_placeholder")
    elif suspects == 0 and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = suspects if numeric else str(suspects)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.03:
        cells["gender"], exp["gender"] = choice(rng, st.unknown), "unknown"
        tags.append("blank_gender:unknown_word")
    else:
        words = st.gender_one if n == 1 and gender in st.gender_one else st.gender
        cells["gender"] = _vocab(st, words, gender, "gender", rng, tags)
        exp["gender"] = gender

    modes = {**st.mode, **st.mode_by.get(str(ev["corridor"]), {})}
    for col, table in (("age_group", st.age), ("transport_mode", modes)):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, st.unknown), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _vocab(st, table, value, col, rng, tags)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        r = rng.random()
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif iso is None:
            cells[col], exp[col] = None, None
        elif col != "detection_country" and r < 0.025:
            cells[col], exp[col] = choice(rng, st.unknown), None
            tags.append(
                "blank_nationality:unknown_word" if col == "nationality" else f"unknown:{col}"
            )
        else:
            text, vague = st.country(str(iso), col, n, rng, tags)
            cells[col] = _noise(text, rng, st.case_rate / 2, tags, col)
            exp[col] = None if vague else str(iso)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, st.direct) or None
        if cells["transit_countries"]:
            tags.append("direct_word")
    else:
        parts = [
            st.country(c, "transit_countries", n, rng, tags)[0] for c in str(transit).split("|")
        ]
        sep = choice(rng, st.transit_sep)
        if sep == " y ":  # Spanish prose: "Ecuador y Colombia", "A, B y C"
            text = ", ".join(parts[:-1]) + " y " + parts[-1] if len(parts) > 1 else parts[0]
        else:
            text = sep.join(parts)
        cells["transit_countries"] = text
    exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        blank: dict[str, object] = {"coordinates": None, "lat": None, "lon": None}
        cells.update(blank)
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        written, exp["lat"], exp["lon"] = st.coords(lat, lon, rng, tags)
        cells.update(written)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        said = [st.offences[o] for o in str(offences).split("|")]
        cells["linked_offences"] = said if src.format == "jsonl" else st.offence_sep.join(said)

    if src.source == _PBC.source and rng.random() < 0.15:
        # rows keyed in from a partner's UTF-8 message: every accent garbled on the way in
        garbled = {k: mojibake(v) if isinstance(v, str) else None for k, v in cells.items()}
        hit = {k: v for k, v in garbled.items() if k not in _KEEP and v is not None}
        if hit:
            cells.update(hit)
            tags.append("mojibake:row")
    cells = {k: _fit(v, src) for k, v in cells.items()}
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _day_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng | None) -> object:
    """Write a full date in the source's usual way (note rows, future-date typos)."""
    if src.source == _PDE.source:
        return ts.to_pydatetime()
    if src.source == _PBC.source:
        return ts.strftime("%d/%m/%Y")
    if src.source == _SC.source:
        hhmm = _clock(ts, rng, 6, 23) if rng is not None else "1200"
        return f"{ts.day:02d}{hhmm}Z{_MON[ts.month - 1]}{ts.year % 100:02d}"
    if src.source == _UNV.source:
        return ts.strftime("%Y-%m-%d")
    return f"{ts.day} {_MONTH_EN[ts.month - 1]} {ts.year}"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible or ten years on."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # 2023 typed 2033: one wrong digit
        return _day_cell(src, ts.replace(year=ts.year + 10), rng)
    day = choice(rng, ("30", "31"))
    if src.source == _SC.source:
        return f"{day}{_clock(ts, rng, 6, 23)}ZFEB{ts.year % 100:02d}"
    if src.source == _UNV.source:
        return f"{ts.year}-02-{day}"
    if src.source == _DC.source:
        return f"{day} February {ts.year}"
    return f"{day}/02/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _day_cell(src, last, None)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND234_SOURCES,
    primary={
        "ESP": _PDE.source,
        "FRA": _PBC.source,
        "PAN": _SC.source,
        "USA": _UNV.source,
    },
    compilation=_DC.source,
    secondary={
        ("channel", "GBR"): _PBC.source,
        ("channel", "FRA"): _DC.source,
        ("darien", "PAN"): _UNV.source,
        ("us_mex", "USA"): _DC.source,
        ("wmed", "ESP"): _DC.source,
        ("watl", "ESP"): _DC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=23417,
    blank_share=0.35,
)


def make_blind234(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five submissions of the examiner set ``blind234``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``puertos_estado_proteccion_ib.xlsx`` (Spanish), ``port_boulogne_calais_surete_ib.csv``
        (French, cp1252, ``;``), ``southcom_j2_ib.csv`` (English, UTF-16, tab),
        ``univision_datos_ib.jsonl`` (Spanish) and ``drum_cussac_gim_ib.csv`` (English,
        UTF-8 with BOM, ``,``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind234(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['puertos_estado_proteccion_ib.xlsx', 'port_boulogne_calais_surete_ib.csv',
     'southcom_j2_ib.csv', 'univision_datos_ib.jsonl', 'drum_cussac_gim_ib.csv']
    >>> subs[2].encoding, subs[2].delimiter, subs[2].frame.columns[1]
    ('utf-16', '\t', 'DTG')
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
