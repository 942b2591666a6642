"""Examiner set ``blind84``: two African police bodies, two African regional desks, the OAS.

Files are named ``*_ch.*``. Every source keeps all canonical fields (dates, crime type,
exploitation, counts of persons and suspects, sex, age group, the four country columns,
the transit route, the transport mode, the location and the linked offences) but writes
them its own way. A reader's guide, source by source:

``gendarmerie_dz_ch.csv`` -- Gendarmerie nationale algérienne, liaison office at the
    embassy in Madrid (French, cp1252, ``;``, CRLF). Reports every event detected in Spain.
    Reference ``BL-MAD/<year>/<seq>``. Crime types cite the Algerian Penal Code
    (``art. 303 bis 30`` smuggling of migrants, ``art. 303 bis 4`` trafficking) or the
    abbreviations ``TIM`` / ``TEH``. Dates mostly ``jj/mm/aaaa``, also ``j/m/aa``,
    ``3 janv. 2022``, ``1er mars 2022``, ``03-05-2022``; month-only (``mai 2022``,
    ``05/2022``) and quarter-only (``2e trimestre 2022``, ``T2 2022``) dates. Counts with a
    space as thousands separator (``1 250``) or a ``pers.`` unit; ``inconnu`` / ``n.c.`` /
    ``ND`` for an unknown count; ``néant`` for no suspect. Sex is a word (``hommes``, ``H``,
    ``mixte``) or a head count (``H : 12 / F : 3``). Nationality as the feminine adjective
    agreeing with *nationalité* (``Guinéenne``), upper case without accents
    (``GUINEENNE``), the country or the masculine adjective. Latitude and longitude in two
    columns with a decimal comma, the longitude signed or with ``O`` (ouest) / ``E``.
    Transit countries joined by ``–``, ``,`` or ``/``; ``direct`` when none.
``eapcco_ch.xlsx`` -- EAPCCO secretariat (INTERPOL RB Nairobi), Mediterranean desk
    (English, Excel). Reports the events detected in Italy and Greece, and a second time
    some of the Darién crossings. Two headers hold a line break. Dates are real Excel
    dates, bare Excel serial numbers, or text (``14-Mar-2022``, ``14th March 2022``,
    ``14/03/2022``); partial dates ``March 2022``, ``Mar-2022``, ``Q1 2022``,
    ``1st Qtr 2022``. ``TIP`` / ``SOM`` / ``TIP/SOM``. Counts are numbers, text with a comma
    separator (``1,250``) or ``35 pax``; ``N/K`` for unknown, ``Nil`` / ``None`` for no
    suspect. ``UAM`` / ``UASC`` for children. Latitude and longitude in decimal degrees, as
    numbers or as text with a hemisphere letter (``35.5007N``, ``0.1234W``).
``oea_ch.csv`` -- Organization of American States, Department of Public Security digest of
    member-state returns (Spanish, UTF-8 with BOM, ``,``). Reports the events detected in
    Panama and the United States. Reference ``OEA-DSP-<year>-<seq>``. Legal references of
    the reporting state (``8 U.S.C. § 1324``, ``18 U.S.C. § 1591`` / ``§ 1589``, Panama's
    ``Ley 79 de 2011``). Dates ``dd/mm/aaaa``, ``3 de marzo de 2022``, ``03-mar-2022`` or
    ISO; ``marzo de 2022``, ``03/2022``, ``II trimestre 2022``, ``2.º trimestre 2022``;
    ``s/f`` for no date. Counts with a dot as thousands separator (``1.250``); ``s/d``,
    ``sin dato`` for unknown, ``ninguno`` for no suspect. ``NNA`` (niñas, niños y
    adolescentes) for children. Coordinates in one column, degrees-minutes-seconds with
    ``O`` (oeste) or signed decimal degrees; ``s/d`` when not known. Transit countries
    joined by ``→``, ``-`` or ``,``.
``oprogem_gn_ch.csv`` -- Guinea's Office de protection du genre, de l'enfance et des mœurs
    (OPROGEM), liaison cell for the embassy in Paris and the consulate in London (French,
    UTF-16 with BOM, tab). Reports the events detected in France and the United Kingdom,
    and a second time some Canary and Western Mediterranean events. Bilingual
    French/English headers. Re-sent: some rows appear twice. Dates ``jj/mm/aaaa``,
    ISO, ``3 mai 2022``, ``jj.mm.aaaa``; ``05/2022``, ``mai 2022``, ``1er trimestre 2022``,
    ``T1-2022``. ``TDP`` / ``TIM`` abbreviations. Thousands separated by a (narrow)
    no-break space. Some names garbled by a UTF-8/cp1252 mix-up (``GuinÃ©enne``).
    Coordinates in one column, degrees and decimal minutes with a decimal comma
    (``N 50°57,083' E 001°51,517'``) or decimal degrees.
``rock_ch.jsonl`` -- Regional Operational Centre in Khartoum (ROCK, Khartoum Process /
    AU-Horn of Africa Initiative) data cell (English keys, UTF-8, JSON lines). Reports every
    other event (Poland, Croatia, ...) and a second time some Mediterranean and Channel
    events. ISO alpha-2 codes for every country, the route as ``TR>BG>RS``, dates ISO
    (``2022-05-03``, ``2022-05-03T14:20:00Z``, ``2022-05``, ``2022-Q2``), ``SOM`` / ``THB``
    / ``THB+SOM``, the location as WKT (``POINT (lon lat)``). Re-sent records.

Every source writes an empty row (CSV), a note row and a total row; the machinery of
:mod:`trendlib.samples._examiner` lays them out.
"""

from __future__ import annotations

import calendar
import unicodedata
from datetime import datetime

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

__all__ = ["BLIND84_SOURCES", "make_blind84"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
#: French country names (first = usual form).
_FR_PAYS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine", "Bosnie"),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur", "Equateur"),
    "EGY": ("Égypte", "Egypte"),
    "ERI": ("Érythrée", "Erythrée"),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne", "R.-U."),
    "GIN": ("Guinée", "Guinée Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti", "Haiti"),
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
    "RUS": ("Russie", "Fédération de Russie"),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French nationality adjectives: (masculine, feminine).
_FR_NAT: dict[str, tuple[str, str]] = {
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
}
#: English country names.
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "BiH"),
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
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Türkiye", "Turkey"),
    "USA": ("USA", "United States"),
    "VEN": ("Venezuela",),
    "VNM": ("Viet Nam", "Vietnam"),
    "YEM": ("Yemen",),
}
#: English nationality adjectives.
_EN_NAT: dict[str, str] = {
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
#: Spanish country names.
_ES_PAIS: dict[str, tuple[str, ...]] = {
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
    "GIN": ("Guinea", "Guinea Conakry"),
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
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EE.UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish nationality adjectives, feminine (agreeing with *nacionalidad*).
_ES_NAC: dict[str, str] = {
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
_FR_MONTHS_ABBR = (
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
_ES_MONTHS_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
_ROMAN = ("I", "II", "III", "IV")
#: Impossible (month, day) pairs, for dates that cannot be read.
_IMPOSSIBLE = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (2, 29))

_FR_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
    "corruption": ("corruption", "corruption d'agent public"),
    "money_laundering": ("blanchiment", "blanchiment d'argent"),
    "illicit_goods": ("contrebande", "marchandises prohibées"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_EN_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("Document fraud", "Fraudulent documents", "Forged passports"),
    "corruption": ("Corruption", "Bribery of officials"),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Contraband", "Illicit goods"),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}
_ES_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("falsificación de documentos", "uso de documento falso"),
    "corruption": ("cohecho", "corrupción"),
    "money_laundering": ("lavado de activos",),
    "illicit_goods": ("contrabando",),
    "cybercrime": ("delitos informáticos",),
    "terrorism": ("terrorismo",),
}
_ROCK_OFFENCES: dict[str, str] = {
    "document_fraud": "doc fraud",
    "corruption": "corruption",
    "money_laundering": "money laundering",
    "illicit_goods": "contraband",
    "cybercrime": "cyber",
    "terrorism": "terrorism",
}

_FR_FORMS: dict[str, tuple[str, ...]] = {
    "sexual": ("exploitation sexuelle", "prostitution forcée"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre", "autres formes d'exploitation"),
}
_EN_FORMS: dict[str, tuple[str, ...]] = {
    "sexual": ("Sexual exploitation", "Commercial sexual exploitation"),
    "forced_labour": ("Forced labour", "Labour exploitation"),
    "forced_criminality": ("Forced criminality", "Criminal exploitation"),
    "organ_removal": ("Organ removal",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other", "Other (unspecified)"),
}
_ES_FORMS: dict[str, tuple[str, ...]] = {
    "sexual": ("Explotación sexual", "Explotación sexual comercial"),
    "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
    "forced_criminality": ("Criminalidad forzada", "Actividades delictivas forzadas"),
    "organ_removal": ("Extracción de órganos",),
    "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
    "other": ("Otra", "Otros fines de explotación"),
}
_ROCK_FORMS: dict[str, str] = {
    "sexual": "sexual exploitation",
    "forced_labour": "forced labour",
    "forced_criminality": "forced criminality",
    "organ_removal": "organ removal",
    "forced_marriage": "forced marriage",
    "other": "other",
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    """First day of the month or quarter of ``ts`` (``ts`` itself for a day)."""
    if precision == "month":
        return pd.Timestamp(year=ts.year, month=ts.month, day=1)
    if precision == "quarter":
        return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)
    return pd.Timestamp(ts.date())


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """Return a (day, month, year) that is no date, in the year of ``ts``."""
    pairs = [p for p in _IMPOSSIBLE if not (p == (2, 29) and calendar.isleap(ts.year))]
    month, day = pairs[int(rng.integers(len(pairs)))]
    return day, month, ts.year


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _maybe(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options``, a blank (None) among them."""
    return options[int(rng.integers(len(options)))]


def _place(ev: dict[str, object]) -> str:
    """Return the hotspot without its own parenthesis (``Almería (El Ejido)`` -> ``Almería``)."""
    return str(ev["hotspot"]).split(" (")[0]


def _fr_day(d: int) -> str:
    return "1er" if d == 1 else str(d)


def _codes(value: object) -> list[str]:
    return [] if value is None else [c for c in str(value).split("|") if c]


def _word(table: dict[str, tuple[str, ...]], code: str, rng: _Rng) -> str:
    return choice(rng, table[code]) if code in table else code


def _ascii(text: str) -> str:
    """Drop accents (a clerk's keyboard without them)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds with a hemisphere letter; and the value written."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    text = f"{deg}°{minutes:02d}'{seconds:02d}\" {pos if value >= 0 else neg}"
    return text, round(sign * total / 3600, 6)


def _ddm_fr(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, French decimal comma: ``N 50°57,083'``."""
    thousandths = round(abs(value) * 60000)  # minutes to three decimals
    deg, rest = divmod(thousandths, 60000)
    minutes = rest / 1000
    sign = 1.0 if value >= 0 else -1.0
    text = f"{pos if value >= 0 else neg} {deg:0{width}d}°{minutes:06.3f}'".replace(".", ",")
    return text, round(sign * thousandths / 60000, 6)


# --------------------------------------------------------------------------------------
# The sources' styles
# --------------------------------------------------------------------------------------
class _Style:
    """How one source writes each field; subclasses hold the wording."""

    p_month = 0.04
    p_quarter = 0.025
    p_count_placeholder = 0.02
    p_suspects_placeholder = 0.02
    p_zero_word = 0.5
    p_na = 0.012
    p_coords_placeholder = 0.02
    count_placeholders: tuple[str, ...] = ("unknown",)
    suspects_placeholders: tuple[str, ...] = ("unknown",)
    zero_words: tuple[str, ...] = ("none",)
    na_words: tuple[str, ...] = ("n/a",)

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> object:
        raise NotImplementedError

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        raise NotImplementedError

    def note_date(self, last: pd.Timestamp) -> object:
        return f"{last:%d/%m/%Y}"

    def crime(self, ev: dict[str, object], rng: _Rng) -> object:
        raise NotImplementedError

    def exploitation(self, form: str | None, rng: _Rng) -> object:
        raise NotImplementedError

    def count(self, n: int, rng: _Rng) -> object:
        return str(n)

    def suspects(self, k: int, rng: _Rng) -> object:
        return str(k)

    def gender(self, g: str, n: int, counted: bool, rng: _Rng) -> object:
        raise NotImplementedError

    def age(self, a: str, n: int, rng: _Rng) -> object:
        raise NotImplementedError

    def nationality(self, code: str, g: str, n: int, rng: _Rng) -> object:
        raise NotImplementedError

    def country(self, code: str, rng: _Rng) -> object:
        raise NotImplementedError

    def detection(self, code: str, ev: dict[str, object], rng: _Rng) -> object:
        return self.country(code, rng)

    def transit(self, codes: list[str], rng: _Rng) -> object:
        raise NotImplementedError

    def mode(self, m: str, ev: dict[str, object], rng: _Rng) -> object:
        raise NotImplementedError

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        raise NotImplementedError

    def coords_placeholder(self, rng: _Rng) -> _Cells:
        raise NotImplementedError

    def offences(self, items: list[str], rng: _Rng) -> object:
        raise NotImplementedError


class _Gendarmerie(_Style):
    """Gendarmerie nationale algérienne, liaison office in Madrid (French, cp1252)."""

    count_placeholders = ("inconnu", "n.c.", "ND")
    suspects_placeholders = ("n.c.", "inconnu")
    zero_words = ("néant", "Néant", "NEANT")
    na_words = ("sans objet", "n/a")

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> object:
        d, m, y = ts.day, ts.month, ts.year
        if precision == "month":
            return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"{q}{'er' if q == 1 else 'e'} trimestre {y}", f"T{q} {y}"))
        u = rng.random()
        if u < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if u < 0.72:
            return f"{d}/{m}/{y % 100:02d}"
        if u < 0.85:
            return f"{d} {_FR_MONTHS_ABBR[m - 1]} {y}"
        if u < 0.93:
            return f"{d:02d}-{m:02d}-{y}"
        return f"{_fr_day(d)} {_FR_MONTHS[m - 1]} {y}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "", "s.d.", "non précisée"))
        if kind == "bad_date":
            d, m, y = _impossible(ts, rng)
            return f"{d:02d}/{m:02d}/{y}"
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 10}"

    def crime(self, ev: dict[str, object], rng: _Rng) -> object:
        kind = ev["crime_type"]
        if kind == "smuggling":
            return choice(
                rng,
                (
                    "Trafic illicite de migrants (art. 303 bis 30 CP)",
                    "Trafic de migrants",
                    "TIM (art. 303 bis 30)",
                    "Aide à l'émigration clandestine - réseau de passeurs",
                ),
            )
        if kind == "trafficking":
            return choice(
                rng,
                (
                    "Traite des personnes (art. 303 bis 4 CP)",
                    "Traite des êtres humains",
                    "TEH",
                ),
            )
        return choice(
            rng,
            (
                "Traite des personnes + trafic de migrants",
                "TIM / TEH",
                "Traite et trafic de migrants (art. 303 bis 4 et 303 bis 30)",
            ),
        )

    def exploitation(self, form: str | None, rng: _Rng) -> object:
        if form is None:
            return choice(rng, ("", "", "sans objet", "—"))
        return _word(_FR_FORMS, form, rng)

    def count(self, n: int, rng: _Rng) -> object:
        if n >= 1000 and rng.random() < 0.7:
            return f"{n:,}".replace(",", " ")
        if rng.random() < 0.08:
            return f"{n} pers."
        return str(n)

    def gender(self, g: str, n: int, counted: bool, rng: _Rng) -> object:
        if counted and n >= 2 and rng.random() < 0.3:
            men = {"male": n, "female": 0}.get(g, int(rng.integers(1, n)))
            return f"H : {men} / F : {n - men}"
        if g == "male":
            return choice(rng, ("H", "homme", "masculin") if n == 1 else ("hommes", "H"))
        if g == "female":
            return choice(rng, ("F", "femme", "féminin") if n == 1 else ("femmes", "F"))
        return choice(rng, ("mixte", "H/F", "hommes et femmes"))

    def age(self, a: str, n: int, rng: _Rng) -> object:
        if a == "adult":
            return choice(rng, ("majeur", "adulte") if n == 1 else ("majeurs", "adultes"))
        if a == "child":
            return choice(rng, ("mineur", "MNA") if n == 1 else ("mineurs", "MNA"))
        return choice(rng, ("majeurs et mineurs", "mixte", "adultes + mineurs"))

    def nationality(self, code: str, g: str, n: int, rng: _Rng) -> object:
        if code not in _FR_NAT:
            return self.country(code, rng)
        masc, fem = _FR_NAT[code]
        u = rng.random()
        if u < 0.55:
            return fem.capitalize()
        if u < 0.72:
            return _ascii(fem).upper() + choice(rng, ("", "", " "))
        if u < 0.9:
            return self.country(code, rng)
        return masc

    def country(self, code: str, rng: _Rng) -> object:
        return _word(_FR_PAYS, code, rng)

    def detection(self, code: str, ev: dict[str, object], rng: _Rng) -> object:
        name = self.country(code, rng)
        if code == "ESP" and rng.random() < 0.3:
            return f"{name} ({_place(ev)})"
        return name

    def transit(self, codes: list[str], rng: _Rng) -> object:
        if not codes:
            return choice(rng, ("", "", "", "direct"))
        sep = choice(rng, (" – ", ", ", " / "))
        return sep.join(str(self.country(c, rng)) for c in codes)

    def mode(self, m: str, ev: dict[str, object], rng: _Rng) -> object:
        corridor = ev["corridor"]
        if m == "sea":
            if corridor == "watl":
                return choice(rng, ("pirogue", "maritime", "embarcation (cayuco)"))
            return choice(rng, ("maritime", "embarcation pneumatique", "voie maritime"))
        if m == "land":
            if corridor == "wmed":
                return choice(rng, ("terrestre", "franchissement de la clôture"))
            return choice(rng, ("terrestre", "routière (autocar)", "voie terrestre"))
        return choice(rng, ("aérienne", "voie aérienne (vol commercial)"))

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        digits = int(rng.integers(4, 6))
        la, lo = round(lat, digits), round(lon, digits)
        lat_txt = f"{la:.{digits}f}".replace(".", ",")
        if rng.random() < 0.35:
            letter = "O" if lo < 0 else "E"
            lon_txt = f"{abs(lo):.{digits}f} {letter}".replace(".", ",")
        else:
            lon_txt = f"{lo:.{digits}f}".replace(".", ",")
        return {"lat": lat_txt, "lon": lon_txt}, la, lo

    def coords_placeholder(self, rng: _Rng) -> _Cells:
        word = choice(rng, ("n.c.", "inconnues"))
        return {"lat": word, "lon": word}

    def offences(self, items: list[str], rng: _Rng) -> object:
        if not items:
            return choice(rng, ("", "", "", "", "néant"))
        return choice(rng, (", ", " + ")).join(_word(_FR_OFFENCES, i, rng) for i in items)


class _Eapcco(_Style):
    """EAPCCO secretariat, Mediterranean desk (English, Excel)."""

    count_placeholders = ("Unknown", "N/K", "not known")
    suspects_placeholders = ("N/K", "Unknown")
    zero_words = ("Nil", "None", "NIL")
    na_words = ("N/A",)

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> object:
        d, m, y = ts.day, ts.month, ts.year
        if precision == "month":
            return choice(rng, (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]}-{y}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"Q{q} {y}", f"{_ordinal(q)} Qtr {y}"))
        u = rng.random()
        if u < 0.5:
            return datetime(y, m, d)
        if u < 0.7:
            return int((pd.Timestamp(ts.date()) - pd.Timestamp("1899-12-30")).days)
        if u < 0.83:
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"
        if u < 0.93:
            return f"{_ordinal(d)} {MONTHS[m - 1]} {y}"
        return f"{d:02d}/{m:02d}/{y}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return _maybe(rng, (None, None, "N/A"))
        if kind == "bad_date":
            d, m, y = _impossible(ts, rng)
            return choice(rng, (f"{d:02d}/{m:02d}/{y}", f"{d}-{MONTHS[m - 1][:3]}-{y}"))
        return (pd.Timestamp(ts.date()) + pd.DateOffset(years=10)).to_pydatetime()

    def note_date(self, last: pd.Timestamp) -> object:
        return datetime(last.year, last.month, last.day)

    def crime(self, ev: dict[str, object], rng: _Rng) -> object:
        kind = ev["crime_type"]
        if kind == "smuggling":
            return choice(rng, ("SOM", "SOM", "Smuggling of Migrants", "People smuggling"))
        if kind == "trafficking":
            return choice(rng, ("TIP", "TIP", "Trafficking in Persons", "Human trafficking"))
        return choice(rng, ("TIP/SOM", "TIP & SOM", "Smuggling + trafficking"))

    def exploitation(self, form: str | None, rng: _Rng) -> object:
        if form is None:
            return _maybe(rng, (None, None, "N/A"))
        return _word(_EN_FORMS, form, rng)

    def count(self, n: int, rng: _Rng) -> object:
        if n >= 1000 and rng.random() < 0.5:
            return f"{n:,}"
        if rng.random() < 0.05:
            return f"{n} pax"
        return n

    def suspects(self, k: int, rng: _Rng) -> object:
        return k

    def gender(self, g: str, n: int, counted: bool, rng: _Rng) -> object:
        if g == "male":
            return choice(rng, ("Male", "M") if n == 1 else ("Male", "Males", "M"))
        if g == "female":
            return choice(rng, ("Female", "F") if n == 1 else ("Female", "Females", "F"))
        return choice(rng, ("Mixed", "M/F", "Both"))

    def age(self, a: str, n: int, rng: _Rng) -> object:
        if a == "adult":
            return choice(rng, ("Adult",) if n == 1 else ("Adult", "Adults"))
        if a == "child":
            return choice(rng, ("Minor", "Child", "UAM") if n == 1 else ("Minors", "UASC", "UAM"))
        return choice(rng, ("Mixed", "Adults & minors"))

    def nationality(self, code: str, g: str, n: int, rng: _Rng) -> object:
        u = rng.random()
        if code in _EN_NAT and u < 0.6:
            return _EN_NAT[code]
        if code in _EN_NAT and u < 0.75:
            return _EN_NAT[code].upper()
        return self.country(code, rng)

    def country(self, code: str, rng: _Rng) -> object:
        return _word(_EN_COUNTRY, code, rng)

    def detection(self, code: str, ev: dict[str, object], rng: _Rng) -> object:
        name = self.country(code, rng)
        if code in ("ITA", "GRC") and rng.random() < 0.3:
            return f"{name} ({_place(ev)})"
        return name

    def transit(self, codes: list[str], rng: _Rng) -> object:
        if not codes:
            return _maybe(rng, (None, None, None, "Nil"))
        names = [str(self.country(c, rng)) for c in codes]
        if len(names) == 1 and rng.random() < 0.25:
            return f"via {names[0]}"
        return ", ".join(names)

    def mode(self, m: str, ev: dict[str, object], rng: _Rng) -> object:
        if m == "sea":
            if str(ev["corridor"]).startswith("thb_"):
                return choice(rng, ("Sea", "By sea"))
            return choice(rng, ("Sea", "By sea (fishing vessel)", "Boat", "Rubber dinghy"))
        if m == "land":
            return choice(rng, ("Land", "Overland", "By road", "Truck/lorry"))
        return choice(rng, ("Air", "Flight"))

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        digits = int(rng.integers(4, 6))
        la, lo = round(lat, digits), round(lon, digits)
        if rng.random() < 0.12:
            lat_txt = f"{abs(la):.{digits}f}{'N' if la >= 0 else 'S'}"
            lon_txt = f"{abs(lo):.{digits}f}{'E' if lo >= 0 else 'W'}"
            return {"lat": lat_txt, "lon": lon_txt}, la, lo
        return {"lat": la, "lon": lo}, la, lo

    def coords_placeholder(self, rng: _Rng) -> _Cells:
        return {"lat": "N/A", "lon": "N/A"}

    def offences(self, items: list[str], rng: _Rng) -> object:
        if not items:
            return None
        return "; ".join(_word(_EN_OFFENCES, i, rng) for i in items)


class _Oea(_Style):
    """OAS Department of Public Security digest (Spanish, UTF-8 with BOM)."""

    count_placeholders = ("s/d", "sin dato", "desconocido")
    suspects_placeholders = ("s/d", "sin dato")
    zero_words = ("ninguno", "Ninguno")
    na_words = ("No aplica",)
    p_coords_placeholder = 0.04

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> object:
        d, m, y = ts.day, ts.month, ts.year
        if precision == "month":
            return choice(
                rng, (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_MONTHS[m - 1]} de {y}", f"{m:02d}/{y}")
            )
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"{q}.º trimestre {y}"))
        u = rng.random()
        if u < 0.5:
            return f"{d:02d}/{m:02d}/{y}"
        if u < 0.65:
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
        if u < 0.8:
            return f"{d:02d}-{_ES_MONTHS_ABBR[m - 1]}-{y}"
        return f"{y}-{m:02d}-{d:02d}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "", "s/f"))
        if kind == "bad_date":
            d, m, y = _impossible(ts, rng)
            return f"{d:02d}/{m:02d}/{y}"
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 10}"

    def crime(self, ev: dict[str, object], rng: _Rng) -> object:
        kind = ev["crime_type"]
        det = ev["detection_country"]
        if kind == "smuggling":
            if det == "USA" and rng.random() < 0.4:
                return "Tráfico de migrantes (8 U.S.C. § 1324)"
            return choice(rng, ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"))
        if kind == "trafficking":
            if det == "USA" and rng.random() < 0.4:
                statute = {"sexual": "1591", "forced_labour": "1589"}.get(
                    str(ev["exploitation"]), "1590"
                )
                return f"Trata de personas (18 U.S.C. § {statute})"
            if det == "PAN" and rng.random() < 0.4:
                return "Trata de personas (Ley 79 de 2011)"
            return choice(rng, ("Trata de personas", "Trata"))
        return choice(
            rng,
            ("Trata de personas y tráfico ilícito de migrantes", "Tráfico de migrantes / trata"),
        )

    def exploitation(self, form: str | None, rng: _Rng) -> object:
        if form is None:
            return choice(rng, ("", "", "No aplica", "N/A"))
        return _word(_ES_FORMS, form, rng)

    def count(self, n: int, rng: _Rng) -> object:
        if n >= 1000 and rng.random() < 0.6:
            return f"{n:,}".replace(",", ".")
        return str(n)

    def gender(self, g: str, n: int, counted: bool, rng: _Rng) -> object:
        if g == "male":
            return choice(rng, ("Hombre", "Masculino") if n == 1 else ("Hombres", "Varones"))
        if g == "female":
            return choice(rng, ("Mujer", "Femenino") if n == 1 else ("Mujeres", "Femenino"))
        return choice(rng, ("Mixto", "Ambos sexos", "Hombres y mujeres"))

    def age(self, a: str, n: int, rng: _Rng) -> object:
        if a == "adult":
            return choice(rng, ("Adulto", "Mayor de edad") if n == 1 else ("Adultos",))
        if a == "child":
            return choice(rng, ("Menor de edad", "NNA") if n == 1 else ("Menores", "NNA"))
        return choice(rng, ("Mixto", "Adultos y NNA", "Adultos y menores"))

    def nationality(self, code: str, g: str, n: int, rng: _Rng) -> object:
        u = rng.random()
        if code in _ES_NAC and u < 0.55:
            return _ES_NAC[code].capitalize()
        if u < 0.85:
            return self.country(code, rng)
        return code

    def country(self, code: str, rng: _Rng) -> object:
        return _word(_ES_PAIS, code, rng)

    def detection(self, code: str, ev: dict[str, object], rng: _Rng) -> object:
        if code == "PAN" and rng.random() < 0.3:
            return "Panamá (Darién)"
        if code == "USA" and rng.random() < 0.2:
            return "Estados Unidos (frontera sur)"
        return self.country(code, rng)

    def transit(self, codes: list[str], rng: _Rng) -> object:
        if not codes:
            return ""
        sep = choice(rng, (" → ", " - ", ", "))
        return sep.join(str(self.country(c, rng)) for c in codes)

    def mode(self, m: str, ev: dict[str, object], rng: _Rng) -> object:
        if m == "land":
            if ev["corridor"] == "darien":
                return choice(rng, ("Terrestre", "A pie (selva)", "Terrestre (a pie)"))
            return choice(rng, ("Terrestre", "Tractocamión", "A pie", "Vehículo particular"))
        if m == "sea":
            return choice(rng, ("Marítima", "Lancha", "Embarcación"))
        return choice(rng, ("Aérea", "Vuelo comercial"))

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        if rng.random() < 0.7:
            lat_txt, la = _dms(lat, "N", "S")
            lon_txt, lo = _dms(lon, "E", "O")
            return {"coordinates": f"{lat_txt}, {lon_txt}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo

    def coords_placeholder(self, rng: _Rng) -> _Cells:
        return {"coordinates": choice(rng, ("s/d", "S/D"))}

    def offences(self, items: list[str], rng: _Rng) -> object:
        if not items:
            return ""
        words = [_word(_ES_OFFENCES, i, rng) for i in items]
        if len(words) > 1 and rng.random() < 0.5:
            return ", ".join(words[:-1]) + " y " + words[-1]
        return ", ".join(words)


_FR_PLACES = {"Dunkirk/Gravelines": "Dunkerque/Gravelines", "Dover": "Douvres", "London": "Londres"}


class _Oprogem(_Style):
    """OPROGEM (Guinea) liaison cell, Paris and London (French, UTF-16, tab)."""

    count_placeholders = ("inconnu", "N.C.")
    suspects_placeholders = ("inconnu", "N.C.")
    zero_words = ("néant", "aucun")
    na_words = ("N/A", "sans objet")

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> object:
        d, m, y = ts.day, ts.month, ts.year
        if precision == "month":
            return choice(rng, (f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1]} {y}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"{q}{'er' if q == 1 else 'e'} trimestre {y}", f"T{q}-{y}"))
        u = rng.random()
        if u < 0.45:
            return f"{d:02d}/{m:02d}/{y}"
        if u < 0.7:
            return f"{y}-{m:02d}-{d:02d}"
        if u < 0.9:
            return f"{_fr_day(d)} {_FR_MONTHS[m - 1]} {y}"
        return f"{d:02d}.{m:02d}.{y}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "", "non précisée"))
        if kind == "bad_date":
            d, m, y = _impossible(ts, rng)
            return f"{d:02d}/{m:02d}/{y}"
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 10}"

    def crime(self, ev: dict[str, object], rng: _Rng) -> object:
        kind = ev["crime_type"]
        if kind == "smuggling":
            return choice(
                rng, ("Trafic illicite de migrants", "TIM", "Trafic de migrants (passeurs)")
            )
        if kind == "trafficking":
            return choice(
                rng, ("Traite des personnes", "TDP", "Traite des personnes et pratiques assimilées")
            )
        return choice(rng, ("TDP / TIM", "Traite des personnes + trafic illicite de migrants"))

    def exploitation(self, form: str | None, rng: _Rng) -> object:
        if form is None:
            return choice(rng, ("", "", "N/A", "sans objet"))
        return _word(_FR_FORMS, form, rng).capitalize()

    def count(self, n: int, rng: _Rng) -> object:
        if n >= 1000 and rng.random() < 0.8:
            return f"{n:,}".replace(",", choice(rng, ("\u202f", "\u00a0")))
        return str(n)

    def gender(self, g: str, n: int, counted: bool, rng: _Rng) -> object:
        if g == "male":
            return choice(rng, ("Masculin", "M"))
        if g == "female":
            return choice(rng, ("Féminin", "F"))
        return choice(rng, ("Mixte", "M/F"))

    def age(self, a: str, n: int, rng: _Rng) -> object:
        if a == "adult":
            return choice(rng, ("Adulte",) if n == 1 else ("Adultes", "Majeurs"))
        if a == "child":
            return choice(rng, ("Enfant", "Mineur") if n == 1 else ("Enfants", "Mineurs", "MNA"))
        return choice(rng, ("Mixte", "Adultes et enfants"))

    def nationality(self, code: str, g: str, n: int, rng: _Rng) -> object:
        u = rng.random()
        if code in _FR_NAT and u < 0.6:
            text = _FR_NAT[code][1].capitalize()
        elif code in _FR_NAT and u < 0.8:
            text = _FR_NAT[code][0]
        else:
            text = str(self.country(code, rng))
        garbled = mojibake(text)
        if garbled is not None and rng.random() < 0.12:
            return garbled
        return text

    def country(self, code: str, rng: _Rng) -> object:
        return _word(_FR_PAYS, code, rng)

    def detection(self, code: str, ev: dict[str, object], rng: _Rng) -> object:
        name = self.country(code, rng)
        if code in ("FRA", "GBR") and rng.random() < 0.3:
            place = _place(ev)
            return f"{name} ({_FR_PLACES.get(place, place)})"
        return name

    def transit(self, codes: list[str], rng: _Rng) -> object:
        if not codes:
            return ""
        return choice(rng, (", ", " / ")).join(str(self.country(c, rng)) for c in codes)

    def mode(self, m: str, ev: dict[str, object], rng: _Rng) -> object:
        corridor = ev["corridor"]
        if m == "sea":
            if corridor == "channel":
                return choice(rng, ("small boat", "embarcation pneumatique (small boat)", "mer"))
            if corridor == "watl":
                return choice(rng, ("pirogue", "maritime"))
            return choice(rng, ("maritime", "mer"))
        if m == "land":
            if corridor in ("channel", "thb_vnm_gbr"):
                return choice(
                    rng, ("camion (poids lourd)", "terrestre", "dissimulés dans un camion")
                )
            return choice(rng, ("terrestre", "route"))
        return choice(rng, ("aérienne", "avion"))

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        if rng.random() < 0.6:
            lat_txt, la = _ddm_fr(lat, "N", "S", 2)
            lon_txt, lo = _ddm_fr(lon, "E", "O", 3)
            return {"coordinates": f"{lat_txt} {lon_txt}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo

    def coords_placeholder(self, rng: _Rng) -> _Cells:
        return {"coordinates": "N/A"}

    def offences(self, items: list[str], rng: _Rng) -> object:
        if not items:
            return ""
        return " / ".join(_word(_FR_OFFENCES, i, rng) for i in items)


class _Rock(_Style):
    """ROCK data cell, Khartoum (English keys, JSON lines, ISO alpha-2 codes)."""

    p_month = 0.035
    p_quarter = 0.02
    p_zero_word = 0.0
    count_placeholders = ("unknown", "n/k")
    suspects_placeholders = ("n/k",)
    na_words = ("n/a",)

    def date(self, ts: pd.Timestamp, precision: str, rng: _Rng) -> object:
        if precision == "month":
            return f"{ts:%Y-%m}"
        if precision == "quarter":
            return f"{ts.year}-Q{_quarter(ts)}"
        if rng.random() < 0.6:
            return f"{ts:%Y-%m-%d}"
        hour, minute = int(rng.integers(6, 20)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00Z"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return None
        if kind == "bad_date":
            d, m, y = _impossible(ts, rng)
            return f"{y}-{m:02d}-{d:02d}"
        return f"{ts.year + 10}-{ts.month:02d}-{ts.day:02d}"

    def note_date(self, last: pd.Timestamp) -> object:
        return f"{last:%Y-%m-%d}"

    def crime(self, ev: dict[str, object], rng: _Rng) -> object:
        long = rng.random() < 0.15
        kind = ev["crime_type"]
        if kind == "smuggling":
            return "Smuggling of migrants" if long else "SOM"
        if kind == "trafficking":
            return "Trafficking in human beings" if long else "THB"
        return "THB and SOM" if long else "THB+SOM"

    def exploitation(self, form: str | None, rng: _Rng) -> object:
        return None if form is None else _ROCK_FORMS.get(form, form)

    def count(self, n: int, rng: _Rng) -> object:
        return n

    def suspects(self, k: int, rng: _Rng) -> object:
        return k

    def gender(self, g: str, n: int, counted: bool, rng: _Rng) -> object:
        return {"male": "M", "female": "F"}.get(g, "M/F")

    def age(self, a: str, n: int, rng: _Rng) -> object:
        return {"adult": "adult", "child": "minor"}.get(a, "mixed")

    def nationality(self, code: str, g: str, n: int, rng: _Rng) -> object:
        return self.country(code, rng)

    def country(self, code: str, rng: _Rng) -> object:
        return iso_codes(code)[0]

    def transit(self, codes: list[str], rng: _Rng) -> object:
        return ">".join(iso_codes(c)[0] for c in codes) if codes else None

    def mode(self, m: str, ev: dict[str, object], rng: _Rng) -> object:
        if m == "sea":
            return choice(rng, ("boat", "rubber boat"))
        if m == "land":
            return choice(rng, ("vehicle", "on foot", "truck"))
        return choice(rng, ("aircraft", "commercial flight"))

    def coords(self, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, float, float]:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"POINT ({lo:.5f} {la:.5f})"}, la, lo

    def coords_placeholder(self, rng: _Rng) -> _Cells:
        return {"coordinates": None}

    def offences(self, items: list[str], rng: _Rng) -> object:
        return ";".join(_ROCK_OFFENCES.get(i, i) for i in items) if items else None


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_GN = ExaminerSource(
    source="gendarmerie_dz",
    filename="gendarmerie_dz_ch.csv",
    ref="BL-MAD/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification (CP algérien)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre migrants / victimes",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays d'interception",
        "transit_countries": "Itinéraire (pays de transit)",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (°)",
        "lon": "Longitude (°, O = ouest)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, sous réserve de recoupement avec la partie espagnole",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "xx"),
    repeats=False,
)
_EAPCCO = ExaminerSource(
    source="eapcco",
    filename="eapcco_ch.xlsx",
    ref="EAPCCO/MED/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "EAPCCO Ref.",
        "event_date": "Date of Interception",
        "crime_type": "Offence (TIP/SOM)",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of\nVictims/Migrants",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "lat": "Latitude\n(DD)",
        "lon": "Longitude (DD)",
        "linked_offences": "Associated Offences",
    },
    note="Compiled from member-state liaison returns; figures subject to revision",
    total="GRAND TOTAL",
    bad_count=("several", "many", "numerous"),
    repeats=False,
)
_OEA = ExaminerSource(
    source="oea",
    filename="oea_ch.csv",
    ref="OEA-DSP-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "N.º de registro",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "N.º de personas",
        "n_suspects": "Presuntos tratantes / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información remitida por los Estados miembros; cifras preliminares",
    total="Total general",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
)
_OPROGEM = ExaminerSource(
    source="oprogem_gn",
    filename="oprogem_gn_ch.csv",
    ref="OPROGEM/{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. dossier / Case ref.",
        "event_date": "Date / Date",
        "crime_type": "Infraction / Offence",
        "exploitation": "Type d'exploitation / Exploitation",
        "n_persons": "Victimes-migrants (nb) / Persons (no.)",
        "n_suspects": "Présumés auteurs / Suspects",
        "gender": "Genre / Gender",
        "age_group": "Âge / Age",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Origin",
        "destination_country": "Destination / Destination",
        "detection_country": "Pays de détection / Detected in",
        "transit_countries": "Transit / Transit",
        "transport_mode": "Voie / Route",
        "coordinates": "Coordonnées GPS / GPS",
        "linked_offences": "Infractions associées / Related offences",
    },
    note="Observation : dossiers transmis par l'ambassade à Paris et le consulat à Londres",
    total="TOTAL",
    bad_count=("plusieurs", "groupe", "nombreux"),
    repeats=True,
)
_ROCK = ExaminerSource(
    source="rock",
    filename="rock_ch.jsonl",
    ref="ROCK-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "crime_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_apprehended",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality_iso2",
        "origin_country": "origin_iso2",
        "destination_country": "destination_iso2",
        "detection_country": "location_country_iso2",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "coordinates": "geom_wkt",
        "linked_offences": "related_offences",
    },
    note="NOTE: provisional extract, not for onward dissemination",
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=True,
)

#: The five sources of ``blind84``, in the order the submissions are returned.
BLIND84_SOURCES: tuple[ExaminerSource, ...] = (_GN, _EAPCCO, _OEA, _OPROGEM, _ROCK)

_STYLES: dict[str, _Style] = {
    "gendarmerie_dz": _Gendarmerie(),
    "eapcco": _Eapcco(),
    "oea": _Oea(),
    "oprogem_gn": _Oprogem(),
    "rock": _Rock(),
}

_PRIMARY: dict[str, str] = {
    "ESP": "gendarmerie_dz",
    "ITA": "eapcco",
    "GRC": "eapcco",
    "PAN": "oea",
    "USA": "oea",
    "FRA": "oprogem_gn",
    "GBR": "oprogem_gn",
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("cmed", "ITA"): "rock",
    ("emed", "GRC"): "rock",
    ("thb_nga_ita", "ITA"): "rock",
    ("channel", "FRA"): "rock",
    ("channel", "GBR"): "rock",
    ("watl", "ESP"): "oprogem_gn",
    ("wmed", "ESP"): "oprogem_gn",
    ("darien", "PAN"): "eapcco",
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _num(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


def _fit(value: object, src: ExaminerSource) -> object:
    """Drop the accents of a text the source's encoding cannot hold."""
    if isinstance(value, str) and not fits(value, src):
        return _ascii(value)
    return value


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    st = _STYLES[src.source]
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    precision = "day"
    if partial_ok:
        u = rng.random()
        if u < st.p_month:
            precision = "month"
        elif u < st.p_month + st.p_quarter:
            precision = "quarter"
    cells["event_date"] = st.date(ts, precision, rng)
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision
    if precision != "day":
        tags.append(f"partial_{precision}")

    cells["crime_type"] = st.crime(ev, rng)
    exp["crime_type"] = ev["crime_type"]
    form = None if ev["exploitation"] is None else str(ev["exploitation"])
    cells["exploitation"] = st.exploitation(form, rng)
    exp["exploitation"] = form

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    counted = rng.random() >= st.p_count_placeholder
    if counted:
        cells["n_persons"] = st.count(n, rng)
        exp["n_persons"] = n
    else:
        cells["n_persons"] = choice(rng, st.count_placeholders)
        tags.append("count_placeholder")

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < st.p_suspects_placeholder:
        cells["n_suspects"] = choice(rng, st.suspects_placeholders)
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < st.p_zero_word:
        cells["n_suspects"] = choice(rng, st.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = st.suspects(k, rng)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = st.gender(gender, n, counted, rng)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < st.p_na:
        cells["age_group"] = choice(rng, st.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = st.age(age, n, rng)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = st.nationality(nat, gender, n, rng)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = None if code is None else st.country(str(code), rng)
        exp[col] = code
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = st.detection(det, ev, rng)
        exp["detection_country"] = det
    transit = _codes(ev["transit_countries"])
    cells["transit_countries"] = st.transit(transit, rng)
    exp["transit_countries"] = "|".join(transit) if transit else None

    mode = str(ev["transport_mode"])
    if rng.random() < st.p_na:
        cells["transport_mode"] = choice(rng, st.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = st.mode(mode, ev, rng)
        exp["transport_mode"] = mode

    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates":
        place: _Cells = dict.fromkeys(("coordinates", "lat", "lon"))
        tags.append("blank_coordinates")
    elif lat is None or lon is None:
        place = dict.fromkeys(("coordinates", "lat", "lon"))
        tags.append("coords_missing")
    elif rng.random() < st.p_coords_placeholder:
        place = st.coords_placeholder(rng)
        tags.append("coords_placeholder" if src.format != "jsonl" else "coords_missing")
    else:
        place, exp["lat"], exp["lon"] = st.coords(_num(lat), _num(lon), rng)
    cells.update(place)

    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = st.offences(offences, rng)
    exp["linked_offences"] = "|".join(offences) if offences else None

    cells = {c: _fit(v, src) for c, v in cells.items() if c in src.headers}
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _STYLES[src.source].bad_date(ts, kind, rng)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _STYLES[src.source].note_date(last)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND84_SOURCES,
    primary=_PRIMARY,
    compilation="rock",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=84_2207,
    blank_share=0.35,
)


def make_blind84(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind84`` submissions (files ``*_ch.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        The Algerian gendarmerie's liaison file (French, cp1252, ``;``), EAPCCO's
        workbook (English, XLSX), the OAS digest (Spanish, UTF-8 with BOM, ``,``),
        OPROGEM's file (French/English headers, UTF-16, tab) and ROCK's extract
        (English keys, JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind84(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gendarmerie_dz_ch.csv', 'eapcco_ch.xlsx', 'oea_ch.csv', 'oprogem_gn_ch.csv',
     'rock_ch.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
