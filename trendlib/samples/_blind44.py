"""Examiner's held-out sample set ``blind44`` (files ``*_at.*``): five other agencies.

Written independently of the cleaner, from the examiner's own knowledge of how these
agencies keep their case files. Every event of :func:`trendlib.samples.make_truth` is
first reported by one source (by its detection country); some are reported again by a
second source (the English Channel and the Viet Nam - United Kingdom flow), written that
source's way. The shared row machinery is :mod:`trendlib.samples._examiner`.

A reader's guide to the five files
----------------------------------
``fiscalia_co_at.csv`` - Colombia, Fiscalía General de la Nación (SPOA extract)
    Spanish, Windows-1252, ``;``. Upper-case SPOA headers (``NUNC``, ``FECHA HECHOS``,
    ``No. INDICIADOS``...). Reference = the 21-digit *número único de noticia criminal*.
    Reports the Darién events (detection country Panamá, cases worked with Panama from
    the Urabá seccional). Dates day-first ``05/03/2023``, unpadded ``5/3/2023``,
    ``05-mar-23`` (Spanish month abbreviation, two-digit year), ISO from the system;
    partial dates ``MARZO DE 2023``, ``03/2023``, ``I TRIMESTRE 2023``. Crime type by
    article of the Colombian Penal Code: art. 188 (tráfico de migrantes), 188A (trata
    de personas), 188B (aggravation). Demonyms agree with the victims' sex
    (``VENEZOLANA``); thousands with a dot (``1.250``); latitude and longitude in two
    columns with a decimal comma, or degrees-minutes-seconds with ``O`` (oeste) for
    west; ``SIN DATO`` / ``S/D`` / ``NO REGISTRA`` for unknowns, ``NINGUNO`` for no
    suspect; the odd UTF-8-read-as-1252 value (``PanamÃ¡``); ``CONCIERTO PARA
    DELINQUIR`` (conspiracy, none of the six linked offences) beside the linked offences;
    a ``NOTA`` row, an empty row and a ``TOTAL GENERAL`` row.
``cndh_mx_at.xlsx`` - México, Comisión Nacional de los Derechos Humanos (Quinta Visitaduría)
    Spanish, Excel. Expediente numbers ``CNDH/5/2023/0123/Q``. Reports the events at
    the US-Mexico border (detection country Estados Unidos). Dates as real Excel dates,
    as bare Excel serial numbers (a column formatted *General*), as text
    ``05/03/2023`` or ``5 de marzo de 2023``; partial ``marzo de 2023`` and quarters
    as month ranges (``enero-marzo 2023``) or ``1er. trimestre de 2023``. Mexican legal
    wording: ``tráfico de personas (art. 159 Ley de Migración)`` and ``tráfico de
    indocumentados`` are smuggling, ``trata de personas (Ley General, art. 10)``
    trafficking; ``operaciones con recursos de procedencia ilícita`` is money
    laundering, ``delitos contra la salud`` drugs. Counts as numbers, or as text
    (``45 personas``); ``Ninguno`` for no suspect; ``NNA`` (niñas, niños y
    adolescentes), ``grupos familiares``; coordinates in one cell ``lat, long``
    (decimal or DMS with ``O``); ``Sin información`` / ``No especificado`` for unknowns;
    a ``Nota`` row and a ``Total`` row; some rows re-sent at the end.
``pdrm_my_at.jsonl`` - Malaysia, Royal Malaysia Police (PDRM), Bukit Aman D7 ATIPSOM unit
    English, JSON lines (UTF-8), snake_case keys. The unit's liaison extract of the
    cases it exchanges (the compilation: every event detected in Italy, Spain, Greece,
    Croatia and Poland). Police report numbers ``BKT AMAN/000123/23``. Dates ISO,
    ``05/03/2023``, ``05.03.2023``, ``5 Mar 2023``, ``05-MAR-23``; partial ``Mar 2023``,
    ``2023-03``, ``Q1 2023``. Crime type by section of the Anti-Trafficking in Persons
    and Anti-Smuggling of Migrants Act 2007 (``s.12``/``s.13``/``s.14`` trafficking,
    ``s.26A``/``s.26B`` smuggling) or ``TIP`` / ``SOM``. Counts as JSON numbers, or text
    (``1,250``), ``TBC`` when not known, ``NIL`` for no suspect; nationality as a
    demonym, a country, an ISO alpha-3 or alpha-2 code, misspelt now and then
    (``Eritrian``); coordinates as two numbers or as degrees and decimal minutes
    (``35°30.123'N``). No note row; a ``GRAND TOTAL`` line; some lines re-sent.
``mps_vn_at.csv`` - Viet Nam, Ministry of Public Security, Criminal Police Dept. (C02)
    English with Vietnamese, UTF-16 (with BOM), tab-delimited (Excel's *Unicode text*).
    Bilingual headers (``Detection date / Ngày phát hiện``). Cases shared under the
    UK-Viet Nam arrangement: every event detected in the United Kingdom, and a second
    report of some Channel events detected in France. Dates ``05/03/2023``,
    ``05-03-2023``, ``05.03.2023``, ``ngày 05/03/2023``; partial ``03/2023``,
    ``tháng 3/2023``, ``Q1/2023``, ``Quý I/2023``. Penal Code 2015: art. 150/151
    (trafficking), 348/349 (organising illegal exit or stay abroad). Values with the
    Vietnamese word in brackets (``Female (Nữ)``), ``None`` for no suspect, routes
    joined by arrows or dashes (``China → Russia → Poland``), coordinates in one cell.
``parquet_boulogne_at.csv`` - France, parquet of the tribunal judiciaire de Boulogne-sur-Mer
    French, ISO-8859-1, ``|`` (an export of the prosecution register). Every event
    detected in France, and a second report of some Channel and Viet Nam - United Kingdom
    events detected in the United Kingdom. Parquet numbers ``23045000123``. Dates
    ``05/03/2023``, ``05/03/23``, ``5 mars 2023``, ISO; partial ``mars 2023``, ``1er
    trimestre 2023``, ``T1 2023``. Qualifications: ``aide à l'entrée et au séjour
    irréguliers`` under art. L.622-1 CESEDA before May 2021 and L.823-1 after,
    ``traite des êtres humains`` (art. 225-4-1 C. pén., ``TEH``); ``Nb mis en cause``
    with ``néant`` / ``aucun`` for none and ``NC`` (non communiqué) for not known;
    ``M`` / ``F`` / ``H et F`` for sex; ``MNA`` (mineurs non accompagnés); coordinates
    ``50,96123 ; 1,85331`` (decimal comma), with a decimal point, or in DMS;
    ``association de malfaiteurs`` beside the linked offences; a note, an empty row and a
    ``TOTAL`` row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
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

__all__ = ["BLIND44_SOURCES", "Blind44Source", "make_blind44"]

_Rng = np.random.Generator
_Tags = list[str]


@dataclass(frozen=True)
class Blind44Source(ExaminerSource):
    """A source of the ``blind44`` set: the shared fields plus the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's way of writing a row (its wording tables and cell writers).
    """

    style: str


# --------------------------------------------------------------------------------------
# Country names, in the three languages
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (Spanish name, masculine demonym, feminine demonym).
_ES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afganistán", "afgano", "afgana"),
    "ALB": ("Albania", "albanés", "albanesa"),
    "AUT": ("Austria", "austriaco", "austriaca"),
    "BGD": ("Bangladés", "bangladesí", "bangladesí"),
    "BGR": ("Bulgaria", "búlgaro", "búlgara"),
    "BIH": ("Bosnia y Herzegovina", "bosnio", "bosnia"),
    "BLR": ("Bielorrusia", "bielorruso", "bielorrusa"),
    "CHN": ("China", "chino", "china"),
    "CIV": ("Costa de Marfil", "marfileño", "marfileña"),
    "CMR": ("Camerún", "camerunés", "camerunesa"),
    "COL": ("Colombia", "colombiano", "colombiana"),
    "DEU": ("Alemania", "alemán", "alemana"),
    "DZA": ("Argelia", "argelino", "argelina"),
    "ECU": ("Ecuador", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egipto", "egipcio", "egipcia"),
    "ERI": ("Eritrea", "eritreo", "eritrea"),
    "ESP": ("España", "español", "española"),
    "FRA": ("Francia", "francés", "francesa"),
    "GBR": ("Reino Unido", "británico", "británica"),
    "GIN": ("Guinea", "guineano", "guineana"),
    "GMB": ("Gambia", "gambiano", "gambiana"),
    "GRC": ("Grecia", "griego", "griega"),
    "GTM": ("Guatemala", "guatemalteco", "guatemalteca"),
    "HND": ("Honduras", "hondureño", "hondureña"),
    "HRV": ("Croacia", "croata", "croata"),
    "HTI": ("Haití", "haitiano", "haitiana"),
    "HUN": ("Hungría", "húngaro", "húngara"),
    "IRN": ("Irán", "iraní", "iraní"),
    "IRQ": ("Irak", "iraquí", "iraquí"),
    "ITA": ("Italia", "italiano", "italiana"),
    "LBY": ("Libia", "libio", "libia"),
    "MAR": ("Marruecos", "marroquí", "marroquí"),
    "MEX": ("México", "mexicano", "mexicana"),
    "MKD": ("Macedonia del Norte", "macedonio", "macedonia"),
    "MLI": ("Malí", "maliense", "maliense"),
    "MRT": ("Mauritania", "mauritano", "mauritana"),
    "NER": ("Níger", "nigerino", "nigerina"),
    "NGA": ("Nigeria", "nigeriano", "nigeriana"),
    "PAK": ("Pakistán", "pakistaní", "pakistaní"),
    "PAN": ("Panamá", "panameño", "panameña"),
    "POL": ("Polonia", "polaco", "polaca"),
    "ROU": ("Rumanía", "rumano", "rumana"),
    "RUS": ("Rusia", "ruso", "rusa"),
    "SEN": ("Senegal", "senegalés", "senegalesa"),
    "SRB": ("Serbia", "serbio", "serbia"),
    "SYR": ("Siria", "sirio", "siria"),
    "TUN": ("Túnez", "tunecino", "tunecina"),
    "TUR": ("Turquía", "turco", "turca"),
    "USA": ("Estados Unidos", "estadounidense", "estadounidense"),
    "VEN": ("Venezuela", "venezolano", "venezolana"),
    "VNM": ("Vietnam", "vietnamita", "vietnamita"),
    "YEM": ("Yemen", "yemení", "yemení"),
}
#: ISO alpha-3 -> (French name, masculine demonym, feminine demonym).
_FR: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "afghan", "afghane"),
    "ALB": ("Albanie", "albanais", "albanaise"),
    "AUT": ("Autriche", "autrichien", "autrichienne"),
    "BGD": ("Bangladesh", "bangladais", "bangladaise"),
    "BGR": ("Bulgarie", "bulgare", "bulgare"),
    "BIH": ("Bosnie-Herzégovine", "bosnien", "bosnienne"),
    "BLR": ("Biélorussie", "biélorusse", "biélorusse"),
    "CHN": ("Chine", "chinois", "chinoise"),
    "CIV": ("Côte d'Ivoire", "ivoirien", "ivoirienne"),
    "CMR": ("Cameroun", "camerounais", "camerounaise"),
    "COL": ("Colombie", "colombien", "colombienne"),
    "DEU": ("Allemagne", "allemand", "allemande"),
    "DZA": ("Algérie", "algérien", "algérienne"),
    "ECU": ("Équateur", "équatorien", "équatorienne"),
    "EGY": ("Égypte", "égyptien", "égyptienne"),
    "ERI": ("Érythrée", "érythréen", "érythréenne"),
    "ESP": ("Espagne", "espagnol", "espagnole"),
    "FRA": ("France", "français", "française"),
    "GBR": ("Royaume-Uni", "britannique", "britannique"),
    "GIN": ("Guinée", "guinéen", "guinéenne"),
    "GMB": ("Gambie", "gambien", "gambienne"),
    "GRC": ("Grèce", "grec", "grecque"),
    "GTM": ("Guatemala", "guatémaltèque", "guatémaltèque"),
    "HND": ("Honduras", "hondurien", "hondurienne"),
    "HRV": ("Croatie", "croate", "croate"),
    "HTI": ("Haïti", "haïtien", "haïtienne"),
    "HUN": ("Hongrie", "hongrois", "hongroise"),
    "IRN": ("Iran", "iranien", "iranienne"),
    "IRQ": ("Irak", "irakien", "irakienne"),
    "ITA": ("Italie", "italien", "italienne"),
    "LBY": ("Libye", "libyen", "libyenne"),
    "MAR": ("Maroc", "marocain", "marocaine"),
    "MEX": ("Mexique", "mexicain", "mexicaine"),
    "MKD": ("Macédoine du Nord", "macédonien", "macédonienne"),
    "MLI": ("Mali", "malien", "malienne"),
    "MRT": ("Mauritanie", "mauritanien", "mauritanienne"),
    "NER": ("Niger", "nigérien", "nigérienne"),
    "NGA": ("Nigeria", "nigérian", "nigériane"),
    "PAK": ("Pakistan", "pakistanais", "pakistanaise"),
    "PAN": ("Panama", "panaméen", "panaméenne"),
    "POL": ("Pologne", "polonais", "polonaise"),
    "ROU": ("Roumanie", "roumain", "roumaine"),
    "RUS": ("Russie", "russe", "russe"),
    "SEN": ("Sénégal", "sénégalais", "sénégalaise"),
    "SRB": ("Serbie", "serbe", "serbe"),
    "SYR": ("Syrie", "syrien", "syrienne"),
    "TUN": ("Tunisie", "tunisien", "tunisienne"),
    "TUR": ("Turquie", "turc", "turque"),
    "USA": ("États-Unis", "américain", "américaine"),
    "VEN": ("Venezuela", "vénézuélien", "vénézuélienne"),
    "VNM": ("Viêt Nam", "vietnamien", "vietnamienne"),
    "YEM": ("Yémen", "yéménite", "yéménite"),
}
#: ISO alpha-3 -> (English name, demonym).
_EN: dict[str, tuple[str, str]] = {
    "AFG": ("Afghanistan", "Afghan"),
    "ALB": ("Albania", "Albanian"),
    "AUT": ("Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Belarusian"),
    "CHN": ("China", "Chinese"),
    "CIV": ("Côte d'Ivoire", "Ivorian"),
    "CMR": ("Cameroon", "Cameroonian"),
    "COL": ("Colombia", "Colombian"),
    "DEU": ("Germany", "German"),
    "DZA": ("Algeria", "Algerian"),
    "ECU": ("Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Egyptian"),
    "ERI": ("Eritrea", "Eritrean"),
    "ESP": ("Spain", "Spanish"),
    "FRA": ("France", "French"),
    "GBR": ("United Kingdom", "British"),
    "GIN": ("Guinea", "Guinean"),
    "GMB": ("The Gambia", "Gambian"),
    "GRC": ("Greece", "Greek"),
    "GTM": ("Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatian"),
    "HTI": ("Haiti", "Haitian"),
    "HUN": ("Hungary", "Hungarian"),
    "IRN": ("Iran", "Iranian"),
    "IRQ": ("Iraq", "Iraqi"),
    "ITA": ("Italy", "Italian"),
    "LBY": ("Libya", "Libyan"),
    "MAR": ("Morocco", "Moroccan"),
    "MEX": ("Mexico", "Mexican"),
    "MKD": ("North Macedonia", "North Macedonian"),
    "MLI": ("Mali", "Malian"),
    "MRT": ("Mauritania", "Mauritanian"),
    "NER": ("Niger", "Nigerien"),
    "NGA": ("Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistani"),
    "PAN": ("Panama", "Panamanian"),
    "POL": ("Poland", "Polish"),
    "ROU": ("Romania", "Romanian"),
    "RUS": ("Russia", "Russian"),
    "SEN": ("Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbian"),
    "SYR": ("Syria", "Syrian"),
    "TUN": ("Tunisia", "Tunisian"),
    "TUR": ("Turkey", "Turkish"),
    "USA": ("United States", "American"),
    "VEN": ("Venezuela", "Venezuelan"),
    "VNM": ("Viet Nam", "Vietnamese"),
    "YEM": ("Yemen", "Yemeni"),
}
#: Other names a Colombian clerk writes.
_ALT_CO: dict[str, tuple[str, ...]] = {
    "USA": ("EE. UU.", "EEUU", "ESTADOS UNIDOS DE AMÉRICA"),
    "PAN": ("REPÚBLICA DE PANAMÁ", "PANAMA"),
    "VEN": ("REPÚBLICA BOLIVARIANA DE VENEZUELA",),
    "MEX": ("MEXICO",),
    "HTI": ("HAITI",),
}
#: Other names a Mexican clerk writes.
_ALT_MX: dict[str, tuple[str, ...]] = {
    "USA": ("EUA", "E.U.A.", "Estados Unidos de América", "EE.UU."),
    "MEX": ("Estados Unidos Mexicanos",),
    "VEN": ("Rep. Bolivariana de Venezuela",),
}
#: Other names a Malaysian officer writes.
_ALT_MY: dict[str, tuple[str, ...]] = {
    "TUR": ("Türkiye",),
    "SYR": ("Syrian Arab Republic",),
    "CIV": ("Ivory Coast",),
    "GMB": ("Gambia",),
    "GIN": ("Guinea-Conakry",),
    "IRN": ("Islamic Republic of Iran",),
    "BIH": ("Bosnia-Herzegovina", "BiH"),
    "RUS": ("Russian Federation",),
    "MKD": ("N. Macedonia",),
    "GBR": ("UK",),
    "DEU": ("Federal Republic of Germany",),
}
#: Other names a Vietnamese officer writes (the Vietnamese name in brackets).
_ALT_VN: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "England (UK)", "Vương quốc Anh (UK)"),
    "FRA": ("Pháp (France)",),
    "VNM": ("Vietnam", "Việt Nam"),
    "CHN": ("Trung Quốc (China)",),
    "RUS": ("Russian Federation", "Nga (Russia)"),
    "DEU": ("Đức (Germany)",),
}
#: Other names a French clerk writes.
_ALT_FR: dict[str, tuple[str, ...]] = {
    "GBR": ("Grande-Bretagne", "Angleterre", "ROYAUME UNI"),
    "VNM": ("Vietnam",),
    "GIN": ("Guinée-Conakry",),
    "DEU": ("RFA",),
}
#: Misspellings met in the files (unambiguous to a reader).
_TYPO_ES: dict[str, str] = {
    "VEN": "VENEZOLNA",
    "ECU": "ECUATORINO",
    "HTI": "HAITANO",
    "HND": "HONDURENO",
    "GTM": "GUATEMATECO",
}
_TYPO_EN: dict[str, str] = {
    "ERI": "Eritrian",
    "EGY": "Egyption",
    "SYR": "Syrain",
    "AFG": "Afganistan",
    "BGD": "Bangaldeshi",
    "NGA": "Nigerain",
    "PAK": "Pakistany",
    "VNM": "Vietnamse",
}
_TYPO_FR: dict[str, str] = {
    "ERI": "erythreen",
    "AFG": "afgan",
    "VNM": "vietnamiene",
    "SYR": "syriene",
    "IRQ": "irakein",
}


def _es_name(code: str) -> str:
    return _ES[code][0] if code in _ES else code


def _fr_name(code: str) -> str:
    return _FR[code][0] if code in _FR else code


def _en_name(code: str) -> str:
    return _EN[code][0] if code in _EN else code


# --------------------------------------------------------------------------------------
# Small writers shared by the sources
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
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
_ROMAN = ("I", "II", "III", "IV")
_ES_ORD = ("primer", "segundo", "tercer", "cuarto")
_ES_RANGE = ("enero-marzo", "abril-junio", "julio-septiembre", "octubre-diciembre")
_EN_ORD = ("1st", "2nd", "3rd", "4th")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _chance(rng: _Rng, p: float) -> bool:
    return bool(rng.random() < p)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3  # 0..3


def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    draw = rng.random()
    if not partial_ok:
        return "day"
    if draw < p_month:
        return "month"
    if draw < p_month + p_quarter:
        return "quarter"
    return "day"


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts.normalize()


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date a keying slip puts in the future (2023 -> 2032, else +200 years)."""
    text = str(ts.year)
    swapped = int(text[:2] + text[3] + text[2])
    year = swapped if swapped > 2030 else ts.year + 200
    day = min(ts.day, 28)
    return pd.Timestamp(year=year, month=ts.month, day=day)


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """(day, month, year) of a date that does not exist, in the row's year."""
    leap = ts.year % 4 == 0
    options = [(30, 2), (31, 4), (31, 6), (31, 9), (31, 11), (32, ts.month)]
    if not leap:
        options.append((29, 2))
    day, month = options[int(rng.integers(len(options)))]
    return day, month, ts.year


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _dms(value: float, decimals: int) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds of ``abs(value)`` and the value they write (signed)."""
    scale = 10**decimals
    units = round(abs(value) * 3600 * scale)  # in 1/scale of a second: exact integers
    deg, rest = divmod(units, 3600 * scale)
    minutes, sec_units = divmod(rest, 60 * scale)
    seconds = sec_units / scale
    back = deg + minutes / 60 + seconds / 3600
    return deg, minutes, seconds, round(back if value >= 0 else -back, 7)


def _dm(value: float, decimals: int) -> tuple[int, float, float]:
    """Degrees and decimal minutes of ``abs(value)`` and the value they write (signed)."""
    scale = 10**decimals
    units = round(abs(value) * 60 * scale)
    deg, min_units = divmod(units, 60 * scale)
    minutes = min_units / scale
    back = deg + minutes / 60
    return deg, minutes, round(back if value >= 0 else -back, 7)


def _sec(seconds: float, decimals: int) -> str:
    return f"{seconds:0{3 + decimals if decimals else 2}.{decimals}f}"


def _transit_codes(ev: Mapping[str, object]) -> list[str]:
    value = ev.get("transit_countries")
    return str(value).split("|") if value else []


def _offences(ev: Mapping[str, object]) -> list[str]:
    value = ev.get("linked_offences")
    return str(value).split("|") if value else []


# --------------------------------------------------------------------------------------
# The wording of each source
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """How one source writes a row: its wording tables and its cell writers."""

    date: Callable[[pd.Timestamp, str, _Rng], tuple[object, _Tags]]
    bad_date: Callable[[pd.Timestamp, str, _Rng], object]
    note_date: Callable[[pd.Timestamp], object]
    crime: Callable[[Mapping[str, object], pd.Timestamp, _Rng], str]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]
    count: Callable[[int, _Rng], tuple[object, _Tags]]
    count_unknown: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    gender: Mapping[str, tuple[str, ...]]
    gender_one: Mapping[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: Mapping[str, tuple[str, ...]]
    age_unknown: tuple[str | None, ...]
    nationality: Callable[[str, str, _Rng], tuple[str, _Tags]]
    country: Callable[[str, _Rng], tuple[str, _Tags]]
    country_unknown: tuple[str, ...]
    transit: Callable[[list[str], _Rng], str]
    mode: Mapping[str, tuple[str, ...]]
    mode_unknown: tuple[str | None, ...]
    coords: Callable[[float, float, _Rng], tuple[dict[str, object], float, float, _Tags]]
    coords_unknown: tuple[str, ...]
    coord_cells: tuple[str, ...]
    offence: Mapping[str, tuple[str, ...]]
    offence_join: tuple[str, ...]
    no_offence: tuple[str | None, ...]
    extra_offence: tuple[str, ...]
    p_month: float = 0.04
    p_quarter: float = 0.025


# ---- Colombia, Fiscalía General de la Nación (SPOA) ----------------------------------
def _co_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, _Tags]:
    if precision == "month":
        form = choice(rng, ("name", "num"))
        if form == "name":
            return f"{_ES_MONTHS[ts.month - 1].upper()} DE {ts.year}", ["partial_month"]
        return f"{ts.month:02d}/{ts.year}", ["partial_month"]
    if precision == "quarter":
        q = _quarter(ts)
        form = choice(rng, ("roman", "ordinal"))
        if form == "roman":
            return f"{_ROMAN[q]} TRIMESTRE {ts.year}", ["partial_quarter"]
        return f"{_ES_ORD[q].upper()} TRIMESTRE DE {ts.year}", ["partial_quarter"]
    draw = rng.random()
    if draw < 0.68:
        return ts.strftime("%d/%m/%Y"), []
    if draw < 0.8:
        return f"{ts.day}/{ts.month}/{ts.year}", ["unpadded_date"]
    if draw < 0.92:
        return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year % 100:02d}", ["month_abbr_date"]
    return ts.strftime("%Y-%m-%d"), ["iso_date"]


def _co_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return choice(rng, ("SIN FECHA", "", "S/F")) if _chance(rng, 0.4) else None
    if kind == "bad_date":
        day, month, year = _impossible(ts, rng)
        return f"{day:02d}/{month:02d}/{year}"
    return _future(ts).strftime("%d/%m/%Y")


def _co_crime(ev: Mapping[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    words = {
        "smuggling": (
            "TRÁFICO DE MIGRANTES",
            "TRÁFICO DE MIGRANTES ART. 188 C.P.",
            "ART. 188 C.P. - TRÁFICO DE MIGRANTES",
            "TRAFICO DE MIGRANTES",
            "TRÁFICO DE MIGRANTES AGRAVADO (ARTS. 188 Y 188B C.P.)",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "TRATA DE PERSONAS",
            "TRATA DE PERSONAS ART. 188A C.P.",
            "ART. 188A C.P. - TRATA DE PERSONAS",
            "TRATA DE PERSONAS AGRAVADA (ARTS. 188A Y 188B)",
            "Trata de personas",
        ),
        "both": (
            "TRÁFICO DE MIGRANTES; TRATA DE PERSONAS",
            "TRATA DE PERSONAS Y TRÁFICO DE MIGRANTES",
            "ARTS. 188 Y 188A C.P. (TRÁFICO DE MIGRANTES / TRATA DE PERSONAS)",
        ),
    }
    return choice(rng, words[crime])


def _co_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000:
        return (_thousands(n, "."), ["thousands_dot"]) if _chance(rng, 0.7) else (str(n), [])
    return str(n), []


def _co_nationality(code: str, gender: str, rng: _Rng) -> tuple[str, _Tags]:
    if code not in _ES:
        return code, ["iso3"]
    name, masc, fem = _ES[code]
    demonym = fem if gender == "female" else masc
    draw = rng.random()
    if draw < 0.03 and code in _TYPO_ES and gender != "female":
        return _TYPO_ES[code], ["typo"]
    if draw < 0.06:
        garbled = mojibake(demonym.capitalize())
        if garbled is not None and fits(garbled, _SRC["fiscalia"]):
            return garbled, ["mojibake"]
    if draw < 0.72:
        return demonym.upper(), []
    if draw < 0.86:
        return demonym.capitalize(), ["title_case"]
    return name.upper(), ["country_for_nationality"]


def _co_country(code: str, rng: _Rng) -> tuple[str, _Tags]:
    name = _es_name(code)
    draw = rng.random()
    if draw < 0.12 and code in _ALT_CO:
        return choice(rng, _ALT_CO[code]), ["country_variant"]
    if draw < 0.16:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, _SRC["fiscalia"]):
            return garbled, ["mojibake"]
    if draw < 0.8:
        return name.upper(), []
    return name, ["title_case"]


def _co_transit(codes: list[str], rng: _Rng) -> str:
    names = [_es_name(c).upper() for c in codes]
    return choice(rng, (" - ", ", ", " / ")).join(names)


def _co_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float, _Tags]:
    if _chance(rng, 0.18):
        dec = int(rng.integers(0, 2))
        d1, m1, s1, la = _dms(lat, dec)
        d2, m2, s2, lo = _dms(lon, dec)
        ns = "N" if lat >= 0 else "S"
        eo = "E" if lon >= 0 else "O"
        cells: dict[str, object] = {
            "lat": f"{d1}°{m1:02d}'{_sec(s1, dec)}\" {ns}",
            "lon": f"{d2}°{m2:02d}'{_sec(s2, dec)}\" {eo}",
        }
        return cells, la, lo, ["coords_dms"]
    places = 5 if _chance(rng, 0.7) else 4
    la, lo = round(lat, places), round(lon, places)
    cells = {
        "lat": f"{la:.{places}f}".replace(".", ","),
        "lon": f"{lo:.{places}f}".replace(".", ","),
    }
    return cells, la, lo, ["decimal_comma_coords"]


_CO = _Style(
    date=_co_date,
    bad_date=_co_bad_date,
    note_date=lambda last: last.strftime("%d/%m/%Y"),
    crime=_co_crime,
    exploitation={
        "sexual": (
            "EXPLOTACIÓN SEXUAL",
            "EXPLOTACIÓN DE LA PROSTITUCIÓN AJENA",
            "Explotación sexual",
        ),
        "forced_labour": (
            "TRABAJOS O SERVICIOS FORZADOS",
            "TRABAJO FORZADO",
            "EXPLOTACIÓN LABORAL",
        ),
        "forced_criminality": (
            "COMISIÓN FORZADA DE DELITOS",
            "UTILIZACIÓN EN ACTIVIDADES ILÍCITAS",
        ),
        "forced_marriage": ("MATRIMONIO SERVIL", "MATRIMONIO FORZADO"),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "other": ("OTRAS FORMAS DE EXPLOTACIÓN", "OTRA"),
    },
    no_exploitation=(None, None, "NO APLICA", "N/A"),
    count=_co_count,
    count_unknown=("SIN DATO", "S/D", "NO REGISTRA"),
    suspects_zero=("NINGUNO", "NINGUNO"),
    suspects_unknown=("SIN DATO", "POR ESTABLECER"),
    gender={
        "male": ("MASCULINO", "HOMBRES", "Masculino"),
        "female": ("FEMENINO", "MUJERES", "Femenino"),
        "mixed": ("MIXTO", "HOMBRES Y MUJERES", "AMBOS SEXOS"),
    },
    gender_one={"male": ("MASCULINO", "HOMBRE"), "female": ("FEMENINO", "MUJER")},
    gender_unknown=("SIN DATO", "NO REPORTA"),
    age={
        "adult": ("MAYOR DE EDAD", "MAYORES DE EDAD", "ADULTOS"),
        "child": ("MENOR DE EDAD", "NNA", "MENORES DE EDAD"),
        "mixed": ("ADULTOS Y NNA", "MAYORES Y MENORES DE EDAD", "MIXTO"),
    },
    age_unknown=("SIN DATO", None),
    nationality=_co_nationality,
    country=_co_country,
    country_unknown=("SIN DATO", "S/D"),
    transit=_co_transit,
    mode={
        "land": ("TERRESTRE", "A PIE (TROCHA)", "Terrestre", "TERRESTRE - A PIE"),
        "sea": ("MARÍTIMO", "LANCHA", "EMBARCACIÓN"),
        "air": ("AÉREO", "VÍA AÉREA"),
    },
    mode_unknown=("SIN DATO", None),
    coords=_co_coords,
    coords_unknown=("S/D", "SIN DATO"),
    coord_cells=("lat", "lon"),
    offence={
        "document_fraud": (
            "FALSEDAD MATERIAL EN DOCUMENTO PÚBLICO",
            "USO DE DOCUMENTO FALSO",
            "FALSEDAD PERSONAL",
        ),
        "corruption": ("COHECHO POR DAR U OFRECER", "COHECHO PROPIO"),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("CONTRABANDO", "TRÁFICO DE ESTUPEFACIENTES"),
        "cybercrime": ("ACCESO ABUSIVO A UN SISTEMA INFORMÁTICO",),
        "terrorism": ("FINANCIACIÓN DEL TERRORISMO",),
    },
    offence_join=(" / ", " - "),
    no_offence=(None, None, None, "NINGUNO"),
    extra_offence=("CONCIERTO PARA DELINQUIR",),
)


# ---- México, CNDH ---------------------------------------------------------------------
def _mx_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, _Tags]:
    if precision == "month":
        if _chance(rng, 0.6):
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", ["partial_month"]
        return f"{_ES_ABBR[ts.month - 1]}. {ts.year}", ["partial_month"]
    if precision == "quarter":
        q = _quarter(ts)
        if _chance(rng, 0.6):
            return f"{_ES_RANGE[q]} {ts.year}", ["partial_quarter"]
        return f"{q + 1}{'er' if q in (0, 2) else 'o'}. trimestre de {ts.year}", ["partial_quarter"]
    draw = rng.random()
    day = ts.normalize()
    if draw < 0.55:
        return dt.datetime(day.year, day.month, day.day), ["excel_date"]
    if draw < 0.75:
        return int((day - _EXCEL_EPOCH).days), ["excel_serial"]
    if draw < 0.9:
        return day.strftime("%d/%m/%Y"), ["text_date"]
    return f"{day.day} de {_ES_MONTHS[day.month - 1]} de {day.year}", ["month_name_date"]


def _mx_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return "Sin fecha" if _chance(rng, 0.3) else None
    if kind == "bad_date":
        day, month, year = _impossible(ts, rng)
        return f"{day:02d}/{month:02d}/{year}"
    fut = _future(ts)
    if _chance(rng, 0.5):
        return dt.datetime(fut.year, fut.month, fut.day)
    return fut.strftime("%d/%m/%Y")


def _mx_crime(ev: Mapping[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
    words = {
        "smuggling": (
            "Tráfico de personas (art. 159 Ley de Migración)",
            "Tráfico ilícito de migrantes",
            "Tráfico de indocumentados",
            "Art. 159 LM - tráfico de personas migrantes",
        ),
        "trafficking": (
            "Trata de personas",
            "Trata de personas (Ley General, art. 10)",
            "Delitos en materia de trata de personas",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Tráfico ilícito de migrantes / trata de personas",
        ),
    }
    return choice(rng, words[str(ev["crime_type"])])


def _mx_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000 and _chance(rng, 0.6):
        return _thousands(n, ","), ["thousands_comma"]
    if _chance(rng, 0.06):
        return f"{n} personas" if n > 1 else "1 persona", ["count_with_unit"]
    return int(n), []


def _mx_nationality(code: str, gender: str, rng: _Rng) -> tuple[str, _Tags]:
    if code not in _ES:
        return code, ["iso3"]
    name, masc, fem = _ES[code]
    draw = rng.random()
    if draw < 0.03 and code in _TYPO_ES:
        return _TYPO_ES[code].capitalize(), ["typo"]
    if draw < 0.6:
        return (fem if gender == "female" else masc), []
    if draw < 0.9:
        return name, ["country_for_nationality"]
    return iso_codes(code)[0] if _chance(rng, 0.3) else code, ["iso_code"]


def _mx_country(code: str, rng: _Rng) -> tuple[str, _Tags]:
    if code in _ALT_MX and _chance(rng, 0.35):
        return choice(rng, _ALT_MX[code]), ["country_variant"]
    return _es_name(code), []


_MX = _Style(
    date=_mx_date,
    bad_date=_mx_bad_date,
    note_date=lambda last: dt.datetime(last.year, last.month, last.day),
    crime=_mx_crime,
    exploitation={
        "sexual": ("Explotación sexual", "Prostitución ajena u otras formas de explotación sexual"),
        "forced_labour": ("Trabajo o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Utilización de personas en actividades delictivas",),
        "forced_marriage": ("Matrimonio forzoso o servil",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
    },
    no_exploitation=(None, None, "No aplica"),
    count=_mx_count,
    count_unknown=("Sin información", "N/D"),
    suspects_zero=("Ninguno",),
    suspects_unknown=("Se desconoce", "Sin información"),
    gender={
        "male": ("Hombres", "Masculino"),
        "female": ("Mujeres", "Femenino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    gender_one={"male": ("Hombre", "Masculino"), "female": ("Mujer", "Femenino")},
    gender_unknown=("No especificado",),
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Niñas, niños y adolescentes", "NNA no acompañados", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Grupos familiares", "Mixto"),
    },
    age_unknown=("No especificado", None),
    nationality=_mx_nationality,
    country=_mx_country,
    country_unknown=("Sin información", "No especificado"),
    transit=lambda codes, rng: (
        choice(rng, (", ", " y ")).join(_es_name(c) for c in codes)
        if len(codes) == 2
        else ", ".join(_es_name(c) for c in codes)
    ),
    mode={
        "land": (
            "Terrestre",
            "Tractocamión",
            "A pie",
            "Vehículo particular",
            "Terrestre (caja seca)",
        ),
        "sea": ("Marítimo", "Embarcación"),
        "air": ("Aéreo", "Vía aérea"),
    },
    mode_unknown=("No especificado", None),
    coords=lambda lat, lon, rng: _combined_coords(lat, lon, rng, style="mx"),
    coords_unknown=("Sin georreferencia", "Sin información"),
    coord_cells=("coordinates",),
    offence={
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Delitos contra la salud (narcomenudeo)", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    offence_join=("; ", " y "),
    no_offence=(None, None, "Ninguno"),
    extra_offence=(),
)


# ---- Malaysia, PDRM ATIPSOM ------------------------------------------------------------
def _my_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, _Tags]:
    if precision == "month":
        if _chance(rng, 0.5):
            return f"{MONTHS[ts.month - 1][:3]} {ts.year}", ["partial_month"]
        return f"{ts.year}-{ts.month:02d}", ["partial_month"]
    if precision == "quarter":
        q = _quarter(ts) + 1
        return choice(rng, (f"Q{q} {ts.year}", f"Q{q}/{ts.year}")), ["partial_quarter"]
    draw = rng.random()
    if draw < 0.35:
        return ts.strftime("%Y-%m-%d"), ["iso_date"]
    if draw < 0.65:
        return ts.strftime("%d/%m/%Y"), []
    if draw < 0.8:
        return ts.strftime("%d.%m.%Y"), ["dotted_date"]
    if draw < 0.9:
        return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", ["month_name_date"]
    return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3].upper()}-{ts.year % 100:02d}", [
        "month_abbr_date"
    ]


def _my_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month, year = _impossible(ts, rng)
        return (
            f"{year}-{month:02d}-{day:02d}"
            if _chance(rng, 0.5)
            else f"{day:02d}/{month:02d}/{year}"
        )
    return _future(ts).strftime("%Y-%m-%d")


def _my_crime(ev: Mapping[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    if crime == "smuggling":
        return choice(
            rng,
            (
                "Smuggling of migrants (s.26A ATIPSOM 2007)",
                "s.26A ATIPSOM",
                "SOM",
                "Migrant smuggling",
                "s.26B ATIPSOM 2007 (aggravated smuggling of migrants)",
            ),
        )
    if crime == "trafficking":
        words = [
            "Trafficking in persons (s.12 ATIPSOM 2007)",
            "TIP",
            "s.12 ATIPSOM",
            "s.13 ATIPSOM (TIP by threat/force)",
        ]
        if ev.get("age_group") == "child":
            words.append("s.14 ATIPSOM (trafficking in children)")
        return choice(rng, words)
    return choice(
        rng, ("TIP & SOM", "s.12 & s.26A ATIPSOM", "Trafficking in persons + migrant smuggling")
    )


def _my_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000 and _chance(rng, 0.5):
        return _thousands(n, ","), ["thousands_comma"]
    if _chance(rng, 0.05):
        return str(n), ["count_as_text"]
    return int(n), []


def _my_nationality(code: str, gender: str, rng: _Rng) -> tuple[str, _Tags]:
    if code not in _EN:
        return code, ["iso3"]
    name, demonym = _EN[code]
    draw = rng.random()
    if draw < 0.04 and code in _TYPO_EN:
        return _TYPO_EN[code], ["typo"]
    if draw < 0.55:
        return demonym if _chance(rng, 0.8) else demonym.upper(), []
    if draw < 0.78:
        if code in _ALT_MY and _chance(rng, 0.3):
            return choice(rng, _ALT_MY[code]), ["country_variant", "country_for_nationality"]
        return name, ["country_for_nationality"]
    if draw < 0.9:
        return code, ["iso3"]
    return iso_codes(code)[0], ["iso2"]


def _my_country(code: str, rng: _Rng) -> tuple[str, _Tags]:
    draw = rng.random()
    if draw < 0.12 and code in _ALT_MY:
        return choice(rng, _ALT_MY[code]), ["country_variant"]
    if draw < 0.22:
        return _en_name(code).upper(), ["upper_case"]
    if draw < 0.3:
        return code, ["iso3"]
    return _en_name(code), []


def _my_transit(codes: list[str], rng: _Rng) -> str:
    names = []
    for c in codes:
        names.append(choice(rng, _ALT_MY[c]) if c in _ALT_MY and _chance(rng, 0.3) else _en_name(c))
    return choice(rng, (" > ", " - ", ", ", " / ")).join(names)


def _my_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float, _Tags]:
    if _chance(rng, 0.15):
        d1, m1, la = _dm(lat, 3)
        d2, m2, lo = _dm(lon, 3)
        cells: dict[str, object] = {
            "lat": f"{d1}°{m1:06.3f}'{'N' if lat >= 0 else 'S'}",
            "lon": f"{d2:03d}°{m2:06.3f}'{'E' if lon >= 0 else 'W'}",
        }
        return cells, la, lo, ["coords_decimal_minutes"]
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, []


_MY = _Style(
    date=_my_date,
    bad_date=_my_bad_date,
    note_date=lambda last: last.strftime("%Y-%m-%d"),
    crime=_my_crime,
    exploitation={
        "sexual": ("Sexual exploitation", "Prostitution", "Sexual"),
        "forced_labour": ("Forced labour", "Forced labour or services"),
        "forced_criminality": ("Forced criminality", "Forced to commit illegal activity"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Removal of organs",),
        "other": ("Others",),
    },
    no_exploitation=(None, None, "N/A"),
    count=_my_count,
    count_unknown=("TBC", "unknown"),
    suspects_zero=("NIL", "Nil"),
    suspects_unknown=("TBC", "unknown"),
    gender={
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Mixed", "Male & Female", "M & F"),
    },
    gender_one={"male": ("Male", "M"), "female": ("Female", "F")},
    gender_unknown=("Unknown",),
    age={
        "adult": ("Adult", "18 and above", "ADULT"),
        "child": ("Minor", "Child", "Below 18"),
        "mixed": ("Adult & minor", "Mixed (adults/minors)"),
    },
    age_unknown=("Unknown", None),
    nationality=_my_nationality,
    country=_my_country,
    country_unknown=("Unknown", "TBC"),
    transit=_my_transit,
    mode={
        "sea": ("Sea", "By sea (boat)", "Fishing boat", "Rubber boat"),
        "land": ("Land", "Overland", "Lorry", "On foot"),
        "air": ("Air", "Flight"),
    },
    mode_unknown=("Unknown", None),
    coords=_my_coords,
    coords_unknown=("N/A", "unknown"),
    coord_cells=("lat", "lon"),
    offence={
        "document_fraud": ("Passport Act 1966 (forged passport)", "Document forgery"),
        "corruption": ("Corruption (MACC Act 2009)",),
        "money_laundering": ("Money laundering (AMLATFPUAA 2001)", "Money laundering"),
        "illicit_goods": ("Drug trafficking (DDA 1952)", "Contraband goods"),
        "cybercrime": ("Computer Crimes Act 1997",),
        "terrorism": ("Terrorism financing (SOSMA)",),
    },
    offence_join=("; ", ", "),
    no_offence=(None, None, "NIL"),
    extra_offence=(),
)


# ---- Viet Nam, Ministry of Public Security (C02) --------------------------------------
def _vn_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, _Tags]:
    if precision == "month":
        if _chance(rng, 0.7):
            return f"{ts.month:02d}/{ts.year}", ["partial_month"]
        return f"tháng {ts.month}/{ts.year}", ["partial_month", "vietnamese_date"]
    if precision == "quarter":
        q = _quarter(ts)
        if _chance(rng, 0.6):
            return f"Q{q + 1}/{ts.year}", ["partial_quarter"]
        return f"Quý {_ROMAN[q]}/{ts.year}", ["partial_quarter", "vietnamese_date"]
    draw = rng.random()
    if draw < 0.65:
        return ts.strftime("%d/%m/%Y"), []
    if draw < 0.75:
        return ts.strftime("%d-%m-%Y"), ["dashed_date"]
    if draw < 0.9:
        return ts.strftime("%d.%m.%Y"), ["dotted_date"]
    return f"ngày {ts.strftime('%d/%m/%Y')}", ["vietnamese_date"]


def _vn_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month, year = _impossible(ts, rng)
        return f"{day:02d}/{month:02d}/{year}"
    return _future(ts).strftime("%d/%m/%Y")


def _vn_crime(ev: Mapping[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    if crime == "smuggling":
        return choice(
            rng,
            (
                "Organising/brokering illegal emigration (Art. 349 PC 2015)",
                "Art. 349 - organising others to flee abroad illegally",
                "Art. 348 PC - organising illegal exit/entry",
                "Migrant smuggling (Art. 349)",
            ),
        )
    if crime == "trafficking":
        words = [
            "Trafficking in persons (Art. 150 PC 2015)",
            "Art. 150 - Mua bán người (trafficking in persons)",
            "Article 150 Penal Code - human trafficking",
        ]
        if ev.get("age_group") == "child":
            words.append("Art. 151 - Trafficking in persons under 16")
        return choice(rng, words)
    return choice(
        rng,
        (
            "Art. 150 & Art. 349 PC 2015 (trafficking + illegal emigration)",
            "Trafficking in persons / organising illegal emigration",
        ),
    )


def _vn_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000 and _chance(rng, 0.6):
        return _thousands(n, ","), ["thousands_comma"]
    return str(n), []


def _vn_nationality(code: str, gender: str, rng: _Rng) -> tuple[str, _Tags]:
    if code not in _EN:
        return code, ["iso3"]
    name, demonym = _EN[code]
    draw = rng.random()
    if draw < 0.04 and code in _TYPO_EN:
        return _TYPO_EN[code], ["typo"]
    if draw < 0.65:
        return demonym, []
    if draw < 0.85:
        if code in _ALT_VN and _chance(rng, 0.5):
            return choice(rng, _ALT_VN[code]), ["country_variant", "country_for_nationality"]
        return name, ["country_for_nationality"]
    return code, ["iso3"]


def _vn_country(code: str, rng: _Rng) -> tuple[str, _Tags]:
    if code in _ALT_VN and _chance(rng, 0.35):
        return choice(rng, _ALT_VN[code]), ["country_variant"]
    return _en_name(code), []


def _vn_transit(codes: list[str], rng: _Rng) -> str:
    if _chance(rng, 0.2):
        return "-".join(codes)
    return choice(rng, (" → ", " - ", ", ")).join(_en_name(c) for c in codes)


_VN = _Style(
    date=_vn_date,
    bad_date=_vn_bad_date,
    note_date=lambda last: last.strftime("%d/%m/%Y"),
    crime=_vn_crime,
    exploitation={
        "sexual": ("Sexual exploitation (prostitution)", "Sexual exploitation"),
        "forced_labour": (
            "Forced labour (nail bar)",
            "Forced labour",
            "Forced labour (restaurant)",
        ),
        "forced_criminality": (
            "Forced criminality (cannabis cultivation)",
            "Cannabis farm - forced criminality",
        ),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    no_exploitation=(None, None, "N/A"),
    count=_vn_count,
    count_unknown=("Unknown", "Unknown (chưa rõ)"),
    suspects_zero=("None", "0 (không)"),
    suspects_unknown=("Unknown", "Not identified yet (chưa xác định)"),
    gender={
        "male": ("Male", "Male (Nam)", "Males"),
        "female": ("Female", "Female (Nữ)", "Females"),
        "mixed": ("Male & female", "Mixed (Nam + Nữ)"),
    },
    gender_one={"male": ("Male", "Male (Nam)"), "female": ("Female", "Female (Nữ)")},
    gender_unknown=("Unknown",),
    age={
        "adult": ("Adult", "Over 18", "Adults"),
        "child": ("Under 18", "Minor (trẻ em)", "Child"),
        "mixed": ("Adults and minors", "Mixed ages (adults + under 18)"),
    },
    age_unknown=("Unknown", None),
    nationality=_vn_nationality,
    country=_vn_country,
    country_unknown=("Unknown",),
    transit=_vn_transit,
    mode={
        "land": ("Land (lorry)", "Road - container lorry", "Land"),
        "air": ("Air", "Air (flight)"),
        "sea": ("Sea (small boat)", "Small boat", "Sea"),
    },
    mode_unknown=("Unknown", None),
    coords=lambda lat, lon, rng: _combined_coords(lat, lon, rng, style="vn"),
    coords_unknown=("N/A",),
    coord_cells=("coordinates",),
    offence={
        "document_fraud": ("Document forgery (Art. 341)", "Forged passports"),
        "corruption": ("Bribery (Art. 364)",),
        "money_laundering": ("Money laundering (Art. 324)",),
        "illicit_goods": ("Cannabis production (Art. 247)", "Smuggling of goods (Art. 188)"),
        "cybercrime": ("Cybercrime (Art. 290)",),
        "terrorism": ("Terrorism (Art. 299)",),
    },
    offence_join=("; ",),
    no_offence=(None, None, "N/A"),
    extra_offence=(),
)


# ---- France, parquet de Boulogne-sur-Mer -----------------------------------------------
def _fr_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> tuple[object, _Tags]:
    if precision == "month":
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", ["partial_month"]
    if precision == "quarter":
        q = _quarter(ts) + 1
        words = (f"{q}{'er' if q == 1 else 'e'} trimestre {ts.year}", f"T{q} {ts.year}")
        return choice(rng, words), ["partial_quarter"]
    draw = rng.random()
    if draw < 0.55:
        return ts.strftime("%d/%m/%Y"), []
    if draw < 0.7:
        return ts.strftime("%d/%m/%y"), ["two_digit_year"]
    if draw < 0.85:
        return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ["month_name_date"]
    if draw < 0.9:
        return ts.strftime("%d-%m-%Y"), ["dashed_date"]
    return ts.strftime("%Y-%m-%d"), ["iso_date"]


def _fr_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month, year = _impossible(ts, rng)
        return f"{day:02d}/{month:02d}/{year}"
    return _future(ts).strftime("%d/%m/%Y")


_CESEDA_RECODED = pd.Timestamp("2021-05-01")  # the CESEDA's new numbering


def _fr_crime(ev: Mapping[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    art = "L.622-1" if ts < _CESEDA_RECODED else "L.823-1"
    if crime == "smuggling":
        return choice(
            rng,
            (
                f"Aide à l'entrée et au séjour irréguliers (art. {art} CESEDA)",
                "Aide à l'entrée irrégulière d'étrangers en bande organisée",
                f"Aide à l'entrée, à la circulation ou au séjour irréguliers - {art} CESEDA",
                "AIDE A L'ENTREE ET AU SEJOUR IRREGULIERS",
            ),
        )
    if crime == "trafficking":
        words = [
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "TEH",
            "Traite des êtres humains aggravée (art. 225-4-2)",
        ]
        if ev.get("age_group") == "child":
            words.append("Traite des êtres humains à l'égard d'un mineur")
        return choice(rng, words)
    return choice(
        rng,
        (
            "TEH + aide à l'entrée irrégulière",
            f"Traite des êtres humains ; aide à l'entrée et au séjour irréguliers ({art} CESEDA)",
        ),
    )


def _fr_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000:
        if _chance(rng, 0.5):
            return _thousands(n, "\u00a0"), ["thousands_nbsp"]
        if _chance(rng, 0.6):
            return _thousands(n, " "), ["thousands_space"]
    return str(n), []


def _fr_nationality(code: str, gender: str, rng: _Rng) -> tuple[str, _Tags]:
    if code not in _FR:
        return code, ["iso3"]
    name, masc, fem = _FR[code]
    demonym = fem if gender == "female" else masc
    draw = rng.random()
    if draw < 0.03 and code in _TYPO_FR and gender != "female":
        return _TYPO_FR[code], ["typo"]
    if draw < 0.05:
        garbled = mojibake(demonym)
        if garbled is not None and fits(garbled, _SRC["boulogne"]):
            return garbled, ["mojibake"]
    if draw < 0.7:
        return demonym, []
    if draw < 0.82:
        return demonym.upper(), ["upper_case"]
    return name, ["country_for_nationality"]


def _fr_country(code: str, rng: _Rng) -> tuple[str, _Tags]:
    if code in _ALT_FR and _chance(rng, 0.3):
        return choice(rng, _ALT_FR[code]), ["country_variant"]
    name = _fr_name(code)
    return (name.upper(), ["upper_case"]) if _chance(rng, 0.15) else (name, [])


_FR_STYLE = _Style(
    date=_fr_date,
    bad_date=_fr_bad_date,
    note_date=lambda last: last.strftime("%d/%m/%Y"),
    crime=_fr_crime,
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": (
            "travail forcé",
            "travail ou services forcés",
            "conditions de travail contraires à la dignité",
        ),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    no_exploitation=(None, None, "sans objet", "SO"),
    count=_fr_count,
    count_unknown=("NC", "inconnu"),
    suspects_zero=("néant", "aucun"),
    suspects_unknown=("NC", "inconnu"),
    gender={
        "male": ("masculin", "M", "hommes"),
        "female": ("féminin", "F", "femmes"),
        "mixed": ("mixte", "H et F", "hommes et femmes"),
    },
    gender_one={"male": ("masculin", "M", "homme"), "female": ("féminin", "F", "femme")},
    gender_unknown=("NC", "non renseigné"),
    age={
        "adult": ("majeur", "majeurs"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    age_unknown=("non renseigné", None),
    nationality=_fr_nationality,
    country=_fr_country,
    country_unknown=("NC", "inconnu"),
    transit=lambda codes, rng: choice(rng, (", ", " puis ", " / ")).join(
        _fr_name(c) for c in codes
    ),
    mode={
        "sea": ("maritime", "small boat", "embarcation pneumatique", "voie maritime"),
        "land": ("terrestre", "poids lourd", "camion", "véhicule léger"),
        "air": ("aérien", "avion"),
    },
    mode_unknown=("non renseigné", None),
    coords=lambda lat, lon, rng: _combined_coords(lat, lon, rng, style="fr"),
    coords_unknown=("NC",),
    coord_cells=("coordinates",),
    offence={
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption d'agent public",),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande de tabac"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("financement du terrorisme",),
    },
    offence_join=(" ; ", ", "),
    no_offence=(None, None, "néant"),
    extra_offence=("association de malfaiteurs",),
)


def _combined_coords(
    lat: float, lon: float, rng: _Rng, *, style: str
) -> tuple[dict[str, object], float, float, _Tags]:
    """One cell holding both coordinates, the way the source writes a point."""
    if _chance(rng, 0.22):
        dec = 1 if style == "vn" and _chance(rng, 0.5) else 0
        d1, m1, s1, la = _dms(lat, dec)
        d2, m2, s2, lo = _dms(lon, dec)
        ns = "N" if lat >= 0 else "S"
        west = "O" if style in ("mx", "fr") else "W"
        ew = "E" if lon >= 0 else west
        if style == "fr":
            text = f"{d1}°{m1:02d}'{_sec(s1, dec)}\" {ns} {d2}°{m2:02d}'{_sec(s2, dec)}\" {ew}"
        else:
            text = f"{d1}°{m1:02d}'{_sec(s1, dec)}\"{ns}, {d2}°{m2:02d}'{_sec(s2, dec)}\"{ew}"
        return {"coordinates": text}, la, lo, ["coords_dms"]
    la, lo = round(lat, 5), round(lon, 5)
    if style == "fr" and _chance(rng, 0.6):
        text = f"{la:.5f} ; {lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo, ["decimal_comma_coords"]
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_SRC: dict[str, Blind44Source] = {
    "fiscalia": Blind44Source(
        source="fiscalia_co_at",
        filename="fiscalia_co_at.csv",
        ref="058376099166{year}{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "NUNC",
            "event_date": "FECHA HECHOS",
            "crime_type": "DELITO",
            "exploitation": "FINALIDAD DE EXPLOTACIÓN",
            "n_persons": "No. VÍCTIMAS/MIGRANTES",
            "n_suspects": "No. INDICIADOS",
            "gender": "SEXO",
            "age_group": "GRUPO ETARIO",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAÍS ORIGEN",
            "destination_country": "PAÍS DESTINO",
            "detection_country": "PAÍS HECHOS",
            "transit_countries": "PAÍSES DE TRÁNSITO",
            "transport_mode": "MEDIO DE TRANSPORTE",
            "lat": "LATITUD",
            "lon": "LONGITUD",
            "linked_offences": "DELITOS CONEXOS",
        },
        note="NOTA: INFORMACIÓN PRELIMINAR SUJETA A VERIFICACIÓN – FUENTE SPOA",
        total="TOTAL GENERAL",
        bad_count=("VARIOS", "UN GRUPO"),
        repeats=False,
        style="fiscalia",
    ),
    "cndh": Blind44Source(
        source="cndh_mx_at",
        filename="cndh_mx_at.xlsx",
        ref="CNDH/5/{year}/{seq:04d}/Q",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Núm. de expediente",
            "event_date": "Fecha del evento",
            "crime_type": "Delito / hecho",
            "exploitation": "Tipo de explotación",
            "n_persons": "Personas migrantes (núm.)",
            "n_suspects": "Presuntos responsables (polleros)",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País del evento",
            "transit_countries": "Tránsito por",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (lat., long.)",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares, sujetas a validación por la Quinta Visitaduría General.",
        total="Total",
        bad_count=("Varios", "Grupo"),
        repeats=True,
        style="cndh",
    ),
    "pdrm": Blind44Source(
        source="pdrm_my_at",
        filename="pdrm_my_at.jsonl",
        ref="BKT AMAN/{seq:06d}/{yy:02d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "report_no",
            "event_date": "date_of_incident",
            "crime_type": "offence_act_section",
            "exploitation": "form_of_exploitation",
            "n_persons": "no_of_victims_or_migrants",
            "n_suspects": "no_of_suspects",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "destination_country": "destination_country",
            "detection_country": "country_of_detection",
            "transit_countries": "transit_route",
            "transport_mode": "mode_of_transport",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "other_offences",
        },
        note=None,
        total="GRAND TOTAL",
        bad_count=("several", "a group", "many"),
        repeats=True,
        style="pdrm",
    ),
    "mps": Blind44Source(
        source="mps_vn_at",
        filename="mps_vn_at.csv",
        ref="{seq:04d}/{year}/C02-P5",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case No. / Số hồ sơ",
            "event_date": "Detection date / Ngày phát hiện",
            "crime_type": "Offence (Penal Code 2015) / Tội danh",
            "exploitation": "Purpose of exploitation / Mục đích bóc lột",
            "n_persons": "No. of victims/migrants / Số nạn nhân",
            "n_suspects": "No. of suspects / Số đối tượng",
            "gender": "Sex / Giới tính",
            "age_group": "Age group / Độ tuổi",
            "nationality": "Nationality / Quốc tịch",
            "origin_country": "Country of origin / Nước xuất phát",
            "destination_country": "Destination / Nước đến",
            "detection_country": "Country of detection / Nước phát hiện",
            "transit_countries": "Transit countries / Nước quá cảnh",
            "transport_mode": "Means of transport / Phương tiện",
            "coordinates": "Location (lat, long) / Tọa độ",
            "linked_offences": "Related offences / Tội phạm liên quan",
        },
        note="Note: data shared under the UK - Viet Nam MoU on THB; subject to verification.",
        total="Total / Tổng cộng",
        bad_count=("several", "nhiều (many)"),
        repeats=False,
        style="mps",
    ),
    "boulogne": Blind44Source(
        source="parquet_boulogne_at",
        filename="parquet_boulogne_at.csv",
        ref="{yy:02d}045{seq:06d}",
        format="csv",
        encoding="latin-1",
        delimiter="|",
        language="fr",
        headers={
            "source_ref": "N° parquet",
            "event_date": "Date des faits",
            "crime_type": "Qualification(s)",
            "exploitation": "Finalité de l'exploitation",
            "n_persons": "Nb personnes (victimes/migrants)",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires - extraction du bureau d'ordre pénal, ne pas diffuser",
        total="TOTAL",
        bad_count=("plusieurs", "nombreux"),
        repeats=False,
        style="boulogne",
    ),
}
_STYLES: dict[str, _Style] = {
    "fiscalia": _CO,
    "cndh": _MX,
    "pdrm": _MY,
    "mps": _VN,
    "boulogne": _FR_STYLE,
}

#: The five sources, in the order :func:`make_blind44` returns their submissions.
BLIND44_SOURCES: tuple[Blind44Source, ...] = tuple(_SRC.values())


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _gender_cell(st: _Style, ev: Mapping[str, object], rng: _Rng) -> str:
    gender = str(ev["gender"])
    if ev.get("n_persons") == 1 and gender in st.gender_one:
        return choice(rng, st.gender_one[gender])
    return choice(rng, st.gender[gender])


def _render(
    src: Blind44Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    st = _STYLES[src.style]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    precision = _precision(rng, partial_ok, st.p_month, st.p_quarter)
    cells["event_date"], more = st.date(ts, precision, rng)
    tags += more
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = st.crime(ev, ts, rng)
    exp["crime_type"] = crime
    if crime == "smuggling" or ev.get("exploitation") is None:
        cells["exploitation"] = _choice_or_none(rng, st.no_exploitation)
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, st.exploitation[str(ev["exploitation"])])
        exp["exploitation"] = ev["exploitation"]

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if _chance(rng, 0.015):
        cells["n_persons"] = choice(rng, st.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = st.count(n, rng)
        tags += more
        exp["n_persons"] = n

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif _chance(rng, 0.03):
        cells["n_suspects"] = choice(rng, st.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        if k == 0 and _chance(rng, 0.4):
            cells["n_suspects"] = choice(rng, st.suspects_zero)
            tags.append("zero_word")
        else:
            cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    # sex
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif _chance(rng, 0.015):
        cells["gender"] = choice(rng, st.gender_unknown)
        exp["gender"] = "unknown"
        tags += ["blank_gender", "gender_placeholder"]
    else:
        cells["gender"] = _gender_cell(st, ev, rng)
        exp["gender"] = ev["gender"]

    # age group
    if _chance(rng, 0.02):
        cells["age_group"] = _choice_or_none(rng, st.age_unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, st.age[str(ev["age_group"])])
        exp["age_group"] = ev["age_group"]

    # nationality
    nat = ev.get("nationality")
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif _chance(rng, 0.02):
        cells["nationality"] = choice(rng, st.country_unknown)
        exp["nationality"] = None
        tags += ["blank_nationality", "nationality_placeholder"]
    else:
        cells["nationality"], more = st.nationality(str(nat), str(ev["gender"]), rng)
        tags += more
        exp["nationality"] = nat

    # origin and destination
    for col in ("origin_country", "destination_country"):
        code = ev.get(col)
        if code is None:
            cells[col], exp[col] = None, None
        elif _chance(rng, 0.015):
            cells[col] = choice(rng, st.country_unknown)
            exp[col] = None
            tags.append(f"{col}_placeholder")
        else:
            cells[col], more = st.country(str(code), rng)
            tags += more
            exp[col] = code

    # detection country
    det = ev.get("detection_country")
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], more = st.country(str(det), rng)
        tags += more
        exp["detection_country"] = det

    # transit
    codes = _transit_codes(ev)
    if codes:
        cells["transit_countries"] = st.transit(codes, rng)
        exp["transit_countries"] = "|".join(codes)
    else:
        cells["transit_countries"] = None
        exp["transit_countries"] = None

    # transport
    if _chance(rng, 0.015):
        cells["transport_mode"] = _choice_or_none(rng, st.mode_unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, st.mode[str(ev["transport_mode"])])
        exp["transport_mode"] = ev["transport_mode"]

    # place
    lat, lon = ev.get("lat"), ev.get("lon")
    blank_place = {c: None for c in st.coord_cells}
    if forced_blank == "coordinates":
        cells.update(blank_place)
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or _chance(rng, 0.03):
        cells.update(blank_place)
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif _chance(rng, 0.015):
        word = choice(rng, st.coords_unknown)
        cells.update({c: word for c in st.coord_cells})
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        place, la, lo, more = st.coords(float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(place)
        tags += more
        exp["lat"], exp["lon"] = la, lo

    # linked offences
    offences = _offences(ev)
    words = [choice(rng, st.offence[o]) for o in offences]
    if st.extra_offence and _chance(rng, 0.08):
        words.insert(int(rng.integers(len(words) + 1)), choice(rng, st.extra_offence))
        tags.append("extra_offence")
    if words:
        cells["linked_offences"] = choice(rng, st.offence_join).join(words)
    else:
        cells["linked_offences"] = _choice_or_none(rng, st.no_offence)
    exp["linked_offences"] = "|".join(offences) if offences else None
    return cells, exp, tags


def _choice_or_none(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` uniformly; an option may be None (a blank cell).

    Parameters
    ----------
    rng : numpy.random.Generator
        Generator of the draw.
    options : tuple of str or None
        Non-empty choices.

    Returns
    -------
    str or None
        The option drawn.
    """
    return options[int(rng.integers(len(options)))]


def _bad_date(src: Blind44Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _STYLES[src.style].bad_date(ts, kind, rng)


def _note_date(src: Blind44Source, last: pd.Timestamp) -> object:
    return _STYLES[src.style].note_date(last)


_EXAMINER: Examiner[Blind44Source] = Examiner(
    sources=BLIND44_SOURCES,
    primary={
        "PAN": "fiscalia_co_at",
        "USA": "cndh_mx_at",
        "GBR": "mps_vn_at",
        "FRA": "parquet_boulogne_at",
    },
    compilation="pdrm_my_at",
    secondary={
        ("channel", "GBR"): "parquet_boulogne_at",
        ("thb_vnm_gbr", "GBR"): "parquet_boulogne_at",
        ("channel", "FRA"): "mps_vn_at",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4444,
    blank_share=0.3,
)


def make_blind44(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind44`` set's five submissions (files ``*_at.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``fiscalia_co_at.csv``, ``cndh_mx_at.xlsx``, ``pdrm_my_at.jsonl``,
        ``mps_vn_at.csv`` and ``parquet_boulogne_at.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind44(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fiscalia_co_at.csv', 'cndh_mx_at.xlsx', 'pdrm_my_at.jsonl', 'mps_vn_at.csv',
     'parquet_boulogne_at.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
