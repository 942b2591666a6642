"""Examiner sample set ``blind369`` (files ``*_ng.*``): visitor attractions' security desks.

Five sources never used before in the project, all from the visitor-attraction sector
(theme parks, zoos, museums), whose security and HR-compliance teams log exploited or
smuggled seasonal staff and visitors and pass the logs to the authorities:

``alva_uk`` (``alva_uk_ng.csv``)
    The Association of Leading Visitor Attractions' members' safeguarding register
    (London). English; UTF-8 with BOM, ``,``; day-first dates (``17/05/2023``,
    ``17 May 2023``, ``17/05/23``), month-only dates (``May 2023``); nationalities often
    as demonyms (``Albanian``); UK aliases (``UK``, ``Turkey``); one ``lat, long``
    column; counts with thousands commas, a few in words; ``n/k`` placeholders. The
    register is re-sent, so it holds exact repeats.
``disneyland_paris`` (``disneyland_paris_ng.csv``)
    Disneyland Paris' security directorate (Direction de la Sûreté, Marne-la-Vallée),
    its *main courante* extract. French; cp1252, ``;``, CRLF; ``17/05/2023``, a few
    ``T2 2023`` quarters and ``mai 2023`` months; country names in French, often in
    capitals or without accents; decimal-comma coordinates; counts with a (no-break)
    space for thousands; ``NC``, ``Néant``, ``Sans objet``.
``portaventura`` (``portaventura_ng.xlsx``)
    PortAventura World's security and compliance department (Salou, Tarragona).
    Spanish; an Excel workbook with real date cells (some with the time), a few dates
    typed as text (``17/05/2023``) or month-only (``mayo 2023``); counts and
    coordinates as numbers, some typed as text (``1.250``, ``36,83012``).
``parque_summit`` (``parque_summit_ng.csv``)
    Parque Municipal Summit's security office (Panama City). Spanish (Panama); UTF-8,
    ``,``; ``17-may-2023`` dates with a few Excel serials; demonyms (``venezolana``);
    one GPS column in degrees-minutes-seconds or decimal; a share of rows keyed through a
    web form that garbled the accents (mojibake). The log is re-sent, with repeats.
``iaapa`` (``iaapa_ng.jsonl``)
    The International Association of Amusement Parks and Attractions' members' incident
    feed (Orlando, with the EMEA desk in Brussels and the Latin America desk in Mexico
    City), the compilation: every event no primary source reports (Italy, Greece,
    Croatia, Poland, the United States) plus second reports. English keys and values,
    ISO alpha-3 / alpha-2 / numeric codes, ISO dates, month and quarter dates; the Mexico
    City desk writes some values in Spanish.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind369"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One attraction's security desk and the way it writes its log.

    Attributes
    ----------
    crime, exploitation, transport, offences : dict
        Canonical word -> the desk's words for it.
    gender, gender_one : dict
        Canonical gender -> words for a group / for one person.
    age, age_one : dict
        Canonical age group -> words for a group / for one person.
    na_words : tuple of str
        What the desk writes when an age group or a transport mode is not recorded.
    count_unknown : tuple of str
        What it writes when the number of persons is not known.
    zero_words : tuple of str
        Words it writes for no suspect (empty: it writes 0).
    suspects_unknown : tuple of str
        What it writes when the number of suspects is not known (empty: a blank).
    smuggling_expl : tuple of str
        What it writes as the exploitation of a pure smuggling case (empty: a blank).
    no_transit : tuple of str
        What it writes when there was no transit country (empty: a blank).
    no_offence : tuple of str
        What it writes when there is no linked offence (empty: a blank).
    transit_sep, offence_sep : str
        Separators of its transit-country and linked-offence lists.
    country_style : dict
        Style of a country cell -> weight (``name``, ``alias``, ``upper``, ``lower``,
        ``iso3``, ``iso2``, ``numeric``, ``typo``, ``plain``, ``demonym``).
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    gender_one: _Words
    age: _Words
    age_one: _Words
    transport: _Words
    offences: _Words
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    smuggling_expl: tuple[str, ...]
    no_transit: tuple[str, ...]
    no_offence: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    country_style: dict[str, float]


# --------------------------------------------------------------------------------------
# Country words of the five desks (names from the sample tables; the rest is their own)
# --------------------------------------------------------------------------------------
_LANG = {"en": 1, "fr": 2, "es": 3}
#: Per language, names the desks write instead of the sample tables' ones.
_NAMES: dict[str, dict[str, str]] = {
    "en": {"TUR": "Turkey", "VNM": "Vietnam", "CIV": "Ivory Coast"},
    "fr": {"VNM": "Vietnam"},
    "es": {"VNM": "Vietnam"},
}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "United States of America"),
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "GMB": ("The Gambia",),
        "MKD": ("Macedonia",),
        "CHN": ("PRC",),
        "VEN": ("Venezuela (Bolivarian Republic of)",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "CIV": ("RCI",),
        "GIN": ("Guinée Conakry",),
        "VNM": ("Viêt Nam",),
        "SYR": ("République arabe syrienne",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "CHN": ("R. P. China",),
        "VEN": ("Venezuela (República Bolivariana de)",),
        "GIN": ("Guinea Conakry",),
        "CIV": ("Costa de Marfil",),
    },
}
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisthan",
        "ALB": "Albainia",
        "ERI": "Eritria",
        "SYR": "Syira",
        "VNM": "Veitnam",
        "FRA": "Frnace",
        "GBR": "Untied Kingdom",
        "DEU": "Germnay",
        "IRQ": "Iraqq",
        "PAK": "Pakisatn",
        "EGY": "Eygpt",
        "ITA": "Itlay",
        "GRC": "Grece",
        "USA": "Untied States",
        "MEX": "Mexcio",
        "TUN": "Tunsia",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albanei",
        "SYR": "Syrei",
        "DEU": "Allemagen",
        "GBR": "Royaume-Unis",
        "MAR": "Marroc",
        "ITA": "Itallie",
        "VNM": "Vietnan",
        "ERI": "Erytrée",
    },
    "es": {
        "MAR": "Marrueco",
        "DZA": "Algelia",
        "ROU": "Rumaina",
        "VEN": "Venezula",
        "COL": "Colonbia",
        "ECU": "Ecudor",
        "USA": "Estados Unidso",
        "SEN": "Senega",
        "ESP": "Españ",
        "MEX": "Mexíco",
    },
}
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "BGD": ("Bangladeshi",),
        "CHN": ("Chinese",),
        "CIV": ("Ivorian",),
        "CMR": ("Cameroonian",),
        "DZA": ("Algerian",),
        "EGY": ("Egyptian",),
        "ERI": ("Eritrean",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "MAR": ("Moroccan",),
        "NGA": ("Nigerian",),
        "PAK": ("Pakistani",),
        "ROU": ("Romanian",),
        "SEN": ("Senegalese",),
        "SYR": ("Syrian",),
        "TUN": ("Tunisian",),
        "VNM": ("Vietnamese",),
        "YEM": ("Yemeni",),
    },
    "es": {
        "VEN": ("venezolano", "venezolana", "venezolanos"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
        "MEX": ("mexicano", "mexicana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
    },
}
_PLAIN = str.maketrans(
    "ÉÈÊËéèêëÀÂàâÎÏîïÔôÙÛÜùûüÇçÍíÓóÚúÁáÑñ", "EEEEeeeeAAaaIIiiOoUUUuuuCcIiOoUuAaNn"
)
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _name(code: str, lang: str) -> str:
    own = _NAMES[lang].get(code)
    return own if own is not None else str(COUNTRIES[code][_LANG[lang]])


def country_cell(
    src: Agency, code: str, rng: _Rng, *, nationality: bool = False
) -> tuple[object, str | None]:
    """Write one ISO alpha-3 country code as the desk does.

    Parameters
    ----------
    src : Agency
        The desk.
    code : str
        ISO 3166-1 alpha-3 code.
    rng : numpy.random.Generator
        Generator of the style.
    nationality : bool, default=False
        Whether the cell is a nationality (a demonym may then be written).

    Returns
    -------
    cell : str
        The text written.
    tag : str or None
        The messiness tag of the style (None for the plain name).

    Examples
    --------
    >>> cell, tag = country_cell(AGENCIES[4], "SYR", np.random.default_rng(0))
    >>> cell in ("SYR", "SY", "760", "syr", "Syria") and tag in ("iso3", "iso2", None, "lower")
    True
    """
    styles = list(src.country_style)
    weights = np.array([src.country_style[s] for s in styles], dtype=float)
    style = styles[int(rng.choice(len(styles), p=weights / weights.sum()))]
    lang = src.language
    name = _name(code, lang)
    alpha2, numeric = iso_codes(code)
    text: str | None = None
    if style == "alias" and code in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][code])
    elif style == "typo" and code in _TYPOS[lang]:
        text = _TYPOS[lang][code]
    elif style == "demonym" and nationality and code in _DEMONYMS.get(lang, {}):
        text = choice(rng, _DEMONYMS[lang][code])
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = code.lower() if src.format == "jsonl" else name.lower()
    elif style == "plain":
        plain = name.translate(_PLAIN)
        text = plain if plain != name else None
    elif style == "iso3":
        text = code
    elif style == "iso2":
        text = alpha2
    elif style == "numeric":
        text = numeric
    if text is None or not fits(text, src):
        return name, None
    return text, style


def _word(src: Agency, table: _Words, key: str, rng: _Rng) -> str:
    return choice(rng, table[key])


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _day_text(src: Agency, ts: pd.Timestamp, rng: _Rng) -> tuple[object, list[str]]:
    """Write a full date in one of the desk's styles; return (cell, messiness tags)."""
    r = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    if src.source == "alva_uk":
        if r < 0.15:
            return f"{d} {MONTHS[m - 1]} {y}", ["date_long"]
        if r < 0.22:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", ["date_short_year"]
        return f"{d:02d}/{m:02d}/{y}", []
    if src.source == "disneyland_paris":
        return f"{d:02d}/{m:02d}/{y}", []
    if src.source == "portaventura":
        if r < 0.10:
            return f"{d:02d}/{m:02d}/{y}", ["date_as_text"]
        if r < 0.30:
            hour, minute = int(rng.integers(9, 23)), int(rng.integers(0, 60))
            return datetime(y, m, d, hour, minute), ["excel_datetime"]
        return datetime(y, m, d), ["excel_date"]
    if src.source == "parque_summit":
        if r < 0.10:
            return str((ts.normalize() - _EXCEL_EPOCH).days), ["excel_serial"]
        if r < 0.15:
            return f"{d:02d}/{m:02d}/{y}", []
        return f"{d:02d}-{_ES_MONTHS[m - 1]}-{y}", ["date_month_abbr"]
    if r < 0.08:  # iaapa
        hour, minute = int(rng.integers(8, 19)), int(rng.integers(0, 60))
        return f"{y}-{m:02d}-{d:02d}T{hour:02d}:{minute:02d}:00", ["iso_datetime"]
    return f"{y}-{m:02d}-{d:02d}", []


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, expected precision, tags)."""
    r = rng.random()
    month_share, quarter_share = {
        "alva_uk": (0.04, 0.0),
        "disneyland_paris": (0.03, 0.04),
        "portaventura": (0.04, 0.0),
        "parque_summit": (0.0, 0.0),
        "iaapa": (0.05, 0.04),
    }[src.source]
    if partial_ok and r < month_share:
        start = ts.to_period("M").start_time
        if src.source == "alva_uk":
            cell: object = f"{MONTHS[ts.month - 1]} {ts.year}"
        elif src.source == "disneyland_paris":
            cell = f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
        elif src.source == "portaventura":
            cell = f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
        else:
            cell = f"{ts.year}-{ts.month:02d}"
        return cell, start, "month", ["date_month"]
    if partial_ok and r < month_share + quarter_share:
        start = ts.to_period("Q").start_time
        q = _quarter(ts)
        cell = f"T{q} {ts.year}" if src.language == "fr" else f"Q{q} {ts.year}"
        return cell, start, "quarter", ["date_quarter"]
    cell, tags = _day_text(src, ts, rng)
    return cell, ts.normalize(), "day", tags


def bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future.

    Parameters
    ----------
    src : Agency
        The desk.
    ts : Timestamp
        The true date of the row.
    kind : str
        ``"no_date"`` (a blank), ``"bad_date"`` (a day that does not exist) or
        ``"future_date"`` (the year mistyped ten years ahead).
    rng : numpy.random.Generator
        Generator of the impossible day.

    Returns
    -------
    object
        The cell: None, a text, or (in the workbook) a real date in the future.

    Examples
    --------
    >>> ts = pd.Timestamp("2022-06-05")
    >>> bad_date(AGENCIES[1], ts, "future_date", np.random.default_rng(0))
    '05/06/2032'
    >>> bad_date(AGENCIES[4], ts, "no_date", np.random.default_rng(0)) is None
    True
    """
    if kind == "no_date":
        return None
    y, m, d = ts.year, ts.month, ts.day
    if kind == "future_date":
        y += 10
        if src.source == "portaventura":
            return datetime(y, m, d)
        if src.source == "parque_summit":
            return f"{d:02d}-{_ES_MONTHS[m - 1]}-{y}"
        if src.source == "iaapa":
            return f"{y}-{m:02d}-{d:02d}"
        return f"{d:02d}/{m:02d}/{y}"
    # a day that does not exist: 30 February, 31 of a 30-day month, or month 13
    bad_d, bad_m = [(30, 2), (31, 4), (31, 6), (31, 9), (31, 11), (d, 13)][int(rng.integers(6))]
    if src.source == "parque_summit":
        if bad_m == 13:
            return f"{bad_d:02d}/13/{y}"
        return f"{bad_d:02d}-{_ES_MONTHS[bad_m - 1]}-{y}"
    if src.source == "iaapa":
        return f"{y}-{bad_m:02d}-{bad_d:02d}"
    return f"{bad_d:02d}/{bad_m:02d}/{y}"


def note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the extraction date, after its last row.

    Parameters
    ----------
    src : Agency
        The desk.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        The cell in the desk's date style.

    Examples
    --------
    >>> note_date(AGENCIES[1], pd.Timestamp("2023-12-20"))
    '03/01/2024'
    """
    day = last.normalize() + pd.Timedelta(days=14)
    if src.source == "portaventura":
        return day.to_pydatetime()
    if src.source == "parque_summit":
        return f"{day.day:02d}-{_ES_MONTHS[day.month - 1]}-{day.year}"
    if src.source == "iaapa":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
_NUMBER_WORDS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}


def _persons_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of persons."""
    r = rng.random()
    if r < 0.02:
        return choice(rng, src.count_unknown), None, ["count_placeholder"]
    if n >= 1000:
        if src.source == "alva_uk" or src.source == "parque_summit":
            return f"{n:,}", n, ["thousands_sep"]
        if src.source == "disneyland_paris":
            sep = "\u00a0" if rng.random() < 0.6 else " "
            return f"{n:,}".replace(",", sep), n, ["thousands_sep"]
        if src.source == "portaventura" and rng.random() < 0.5:
            return f"{n:,}".replace(",", "."), n, ["thousands_sep", "number_as_text"]
    if n <= 10 and src.language in ("en", "fr", "es") and r < 0.05:
        if src.source in ("alva_uk", "disneyland_paris", "parque_summit"):
            return _NUMBER_WORDS[src.language][n - 1], n, ["count_word"]
    if src.format == "csv":
        return str(n), n, []
    return int(n), n, []


def _suspects_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of suspects."""
    r = rng.random()
    if r < 0.03:
        cell = choice(rng, src.suspects_unknown) if src.suspects_unknown else None
        return cell, None, ["suspects_placeholder"]
    if n == 0 and src.zero_words and r < 0.45:
        return choice(rng, src.zero_words), 0, ["zero_word"]
    return (str(n) if src.format == "csv" else int(n)), n, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth of a second; (text, value it means)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    sign = -1.0 if value < 0 else 1.0
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{neg if value < 0 else pos}"
    return text, sign * tenths / 36000


def _place_cells(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of the place of detection."""
    r = rng.random()
    if src.source == "alva_uk":
        if r < 0.05:
            return {"coordinates": None}, None, None, ["coords_missing"]
        sep = ", " if rng.random() < 0.8 else ","
        return {"coordinates": f"{lat:.5f}{sep}{lon:.5f}"}, lat, lon, ["coords_pair"]
    if src.source == "disneyland_paris":
        if r < 0.05:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        if r < 0.07:
            return {"lat": "NC", "lon": "NC"}, None, None, ["coords_placeholder"]
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, ["decimal_comma"]
    if src.source == "portaventura":
        if r < 0.05:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        if r < 0.15:
            text: dict[str, object] = {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }
            return text, lat, lon, ["decimal_comma", "number_as_text"]
        return {"lat": float(lat), "lon": float(lon)}, lat, lon, []
    if src.source == "parque_summit":
        if r < 0.05:
            return {"coordinates": None}, None, None, ["coords_missing"]
        if r < 0.40:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, ["coords_pair"]
        lat_text, lat_v = _dms(lat, "N", "S")
        lon_text, lon_v = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_text} {lon_text}"}, lat_v, lon_v, ["coords_dms"]
    # iaapa: numbers to four decimals; a map pin never set comes out as 0, 0
    if r < 0.04:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    if r < 0.055:
        return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
    la, lo = round(float(lat), 4), round(float(lon), 4)
    return {"lat": la, "lon": lo}, la, lo, []


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _case(text: str, rng: _Rng, tags: list[str]) -> str:
    """Now and then a clerk's capitals or stray spaces."""
    r = rng.random()
    if r < 0.03:
        tags.append("case")
        return text.upper()
    if r < 0.06:
        tags.append("case")
        return text.lower()
    if r < 0.08:
        tags.append("spacing")
        return f" {text}  "
    return text


def render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does.

    Parameters
    ----------
    src : Agency
        The desk.
    ev : dict
        The true event (its ``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank: ``nationality``, ``n_suspects``,
        ``coordinates``, ``gender`` or ``detection_country``.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-column place).
    expected : dict
        The clean values a careful analyst reads from the cells.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2022-07-14"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 31, "n_suspects": 2, "gender": "mixed",
    ...       "age_group": "adult", "nationality": "AFG", "origin_country": "AFG",
    ...       "destination_country": "GBR", "detection_country": "FRA",
    ...       "transit_countries": "DEU|FRA", "transport_mode": "sea",
    ...       "lat": 50.95, "lon": 1.85, "linked_offences": None}
    >>> cells, exp, tags = render(AGENCIES[1], ev, np.random.default_rng(3),
    ...                           partial_ok=False, forced_blank="gender")
    >>> cells["gender"] is None, exp["gender"], exp["n_persons"], "blank_gender" in tags
    (True, 'unknown', 31, True)
    >>> exp["event_date"], exp["date_precision"]
    (Timestamp('2022-07-14 00:00:00'), 'day')
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    americas = ev["detection_country"] in ("USA", "PAN")
    spanish_desk = src.source == "iaapa" and americas and rng.random() < 0.15

    # date
    cells["event_date"], day, precision, date_tags = _date_cell(src, ts, rng, partial_ok)
    tags += date_tags

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(_word(src, src.crime, crime, rng), rng, tags)
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.smuggling_expl) if src.smuggling_expl else None
    else:
        cells["exploitation"] = _word(src, src.exploitation, str(expl), rng)

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], persons, count_tags = _persons_cell(src, n, rng)
    tags += count_tags
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], suspects = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], suspects, sus_tags = _suspects_cell(src, n_sus, rng)
        tags += sus_tags

    # gender and age group
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp_gender = None, "unknown"
        tags.append("blank_gender")
    else:
        table = src.gender_one if n == 1 else src.gender
        if spanish_desk:
            table = _ES_GENDER
            tags.append("spanish_word")
        cells["gender"], exp_gender = _word(src, table, gender, rng), gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp_age = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        table = src.age_one if n == 1 else src.age
        cells["age_group"], exp_age = _word(src, table, age, rng), age

    # countries
    expected_countries: dict[str, object] = {}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if forced_blank == col:
            cells[col], expected_countries[col] = None, None
            tags.append(f"blank_{col}")
            continue
        text, style = country_cell(src, code, rng, nationality=col == "nationality")
        cells[col], expected_countries[col] = text, code
        if style is not None:
            tags.append(f"country_{style}")
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.no_transit) if src.no_transit else None
        if src.no_transit:
            tags.append("direct_word")
    else:
        parts = []
        for code in str(transit).split("|"):
            text, style = country_cell(src, code, rng)
            parts.append(text)
            if style is not None:
                tags.append(f"country_{style}")
        cells["transit_countries"] = src.transit_sep.join(str(p) for p in parts)
        tags.append("transit_list")

    # transport mode
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp_mode = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        table = _ES_TRANSPORT if spanish_desk else src.transport
        cells["transport_mode"], exp_mode = _case(_word(src, table, mode, rng), rng, tags), mode

    # place
    if forced_blank == "coordinates":
        blank: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        cells.update(blank)
        lat, lon = None, None
        tags.append("blank_coordinates")
    else:
        place, lat, lon, place_tags = _place_cells(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        tags += place_tags

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        none_word = src.no_offence and rng.random() < 0.3
        cells["linked_offences"] = choice(rng, src.no_offence) if none_word else None
        if none_word:
            tags.append("none_word")
    else:
        words = [_word(src, src.offences, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        tags.append("offence_list")

    # the Panama web form garbles the accents of a share of its rows
    if src.source == "parque_summit" and rng.random() < 0.15:
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[key], garbled = bad, True
        if garbled:
            tags.append("mojibake")

    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": persons,
        "n_suspects": suspects,
        "gender": exp_gender,
        "age_group": exp_age,
        **expected_countries,
        "transit_countries": transit,
        "transport_mode": exp_mode,
        "lat": lat,
        "lon": lon,
        "linked_offences": offences,
    }
    return cells, expected, tags


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
#: Words the Mexico City desk of the IAAPA feed writes in Spanish.
_ES_GENDER: _Words = {"male": ("masculino",), "female": ("femenino",), "mixed": ("mixto",)}
_ES_TRANSPORT: _Words = {"sea": ("marítimo",), "land": ("terrestre",), "air": ("aéreo",)}

_ALVA = Agency(
    source="alva_uk",
    filename="alva_uk_ng.csv",
    ref="ALVA-SG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date of incident",
        "crime_type": "Concern type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of individuals",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Countries transited",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated offences",
    },
    note="Members' safeguarding returns - provisional, not for onward circulation",
    total="TOTAL",
    bad_count=("#VALUE!", "20-30?", "#REF!"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery / human trafficking", "Human trafficking"),
        "smuggling": ("People smuggling", "Facilitated illegal entry"),
        "both": ("Trafficking and smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed",)},
    gender_one={"male": ("Male", "M"), "female": ("Female", "F")},
    age={
        "adult": ("Adult", "18+"),
        "child": ("Child", "Under 18"),
        "mixed": ("Adults and children",),
    },
    age_one={"adult": ("Adult",), "child": ("Child",)},
    transport={"sea": ("Small boat", "Boat"), "land": ("Lorry", "Vehicle"), "air": ("Flight",)},
    offences={
        "document_fraud": ("False documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorism",),
    },
    na_words=("Not recorded", "n/k"),
    count_unknown=("n/k", "Unknown"),
    zero_words=("nil", "none identified"),
    suspects_unknown=("n/k",),
    smuggling_expl=("N/A", "", ""),
    no_transit=("Direct",),
    no_offence=(),
    transit_sep=" > ",
    offence_sep="; ",
    country_style={
        "name": 0.70,
        "demonym": 0.12,
        "alias": 0.06,
        "upper": 0.04,
        "iso3": 0.03,
        "typo": 0.03,
        "lower": 0.02,
    },
)

_DLP = Agency(
    source="disneyland_paris",
    filename="disneyland_paris_ng.csv",
    ref="MC{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction main courante Sûreté - données provisoires",
    total="Total général",
    bad_count=("#VALEUR!", "10 à 15", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants"),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={"male": ("Hommes",), "female": ("Femmes",), "mixed": ("Mixte", "Hommes et femmes")},
    gender_one={"male": ("Homme", "M"), "female": ("Femme", "F")},
    age={"adult": ("Majeurs",), "child": ("Mineurs",), "mixed": ("Majeurs et mineurs",)},
    age_one={"adult": ("Majeur",), "child": ("Mineur",)},
    transport={
        "sea": ("Maritime", "Small boat"),
        "land": ("Routier", "Poids lourd"),
        "air": ("Aérien",),
    },
    offences={
        "document_fraud": ("Faux documents",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    na_words=("Non renseigné", "NR"),
    count_unknown=("NC", "inconnu"),
    zero_words=("Aucun", "Néant"),
    suspects_unknown=("NC",),
    smuggling_expl=("Sans objet", ""),
    no_transit=(),
    no_offence=("Néant",),
    transit_sep=", ",
    offence_sep=" / ",
    country_style={
        "name": 0.76,
        "upper": 0.10,
        "plain": 0.06,
        "alias": 0.03,
        "iso2": 0.03,
        "typo": 0.02,
    },
)

_PAW = Agency(
    source="portaventura",
    filename="portaventura_ng.xlsx",
    ref="PAW-SEG-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validación por Compliance",
    total="TOTAL",
    bad_count=("#¡VALOR!", "entre 5 y 8", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH"),
        "smuggling": ("Favorecimiento de la inmigración irregular", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    gender={"male": ("Hombres",), "female": ("Mujeres",), "mixed": ("Mixto",)},
    gender_one={"male": ("Hombre",), "female": ("Mujer",)},
    age={
        "adult": ("Mayores de edad",),
        "child": ("Menores de edad",),
        "mixed": ("Mayores y menores",),
    },
    age_one={"adult": ("Mayor de edad",), "child": ("Menor de edad",)},
    transport={
        "sea": ("Marítimo", "Patera", "Cayuco"),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    na_words=("Sin datos", "S/D"),
    count_unknown=("s/d", "Sin determinar"),
    zero_words=("Ninguno",),
    suspects_unknown=("s/d",),
    smuggling_expl=("No aplica",),
    no_transit=("Directo",),
    no_offence=(),
    transit_sep=", ",
    offence_sep=", ",
    country_style={"name": 0.82, "upper": 0.05, "iso3": 0.05, "alias": 0.04, "typo": 0.04},
)

_SUMMIT = Agency(
    source="parque_summit",
    filename="parque_summit_ng.csv",
    ref="PMS-{seq:04d}-{year}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "detection_country": "País donde se detectó",
        "transport_mode": "Vía",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información sujeta a verificación por la Dirección de Seguridad",
    total="Total",
    bad_count=("#¡VALOR!", "15 o 16", "#¡REF!"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Criminalidad forzada",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={"male": ("Masculino",), "female": ("Femenino",), "mixed": ("Mixto",)},
    gender_one={"male": ("Masculino",), "female": ("Femenino",)},
    age={"adult": ("Adultos",), "child": ("NNA", "Menores"), "mixed": ("Adultos y NNA",)},
    age_one={"adult": ("Adulto",), "child": ("Menor",)},
    transport={
        "land": ("Terrestre", "A pie (selva)"),
        "sea": ("Marítima", "Lancha"),
        "air": ("Aérea",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Drogas",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    na_words=("N/D",),
    count_unknown=("N/D", "Por determinar"),
    zero_words=("Ninguno",),
    suspects_unknown=("N/D",),
    smuggling_expl=("N/A", ""),
    no_transit=("Directo",),
    no_offence=(),
    transit_sep=" - ",
    offence_sep="; ",
    country_style={"name": 0.72, "demonym": 0.16, "alias": 0.05, "upper": 0.04, "typo": 0.03},
)

_IAAPA = Agency(
    source="iaapa",
    filename="iaapa_ng.jsonl",
    ref="IAAPA-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "detection_country": "country_identified",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (all members)",
    bad_count=("12-15", "approx. 20/25", "#VALUE!"),
    repeats=False,
    crime={
        "trafficking": ("human trafficking", "trafficking"),
        "smuggling": ("migrant smuggling", "smuggling"),
        "both": ("trafficking + smuggling",),
    },
    exploitation={
        "sexual": ("sex trafficking", "sexual exploitation"),
        "forced_labour": ("labor trafficking", "forced labor"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    gender_one={"male": ("male",), "female": ("female",)},
    age={"adult": ("adult", "18+"), "child": ("minor", "under 18"), "mixed": ("mixed ages",)},
    age_one={"adult": ("adult",), "child": ("minor",)},
    transport={"sea": ("maritime",), "land": ("overland",), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    na_words=("not stated",),
    count_unknown=("unknown",),
    zero_words=(),
    suspects_unknown=(),
    smuggling_expl=(),
    no_transit=(),
    no_offence=(),
    transit_sep=", ",
    offence_sep=", ",
    country_style={"iso3": 0.62, "iso2": 0.14, "name": 0.14, "numeric": 0.05, "lower": 0.05},
)

#: The five desks, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_ALVA, _DLP, _PAW, _SUMMIT, _IAAPA)

#: The variant: who first reports which detection country, and who reports again.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": "alva_uk",
        "FRA": "disneyland_paris",
        "ESP": "portaventura",
        "PAN": "parque_summit",
    },
    compilation="iaapa",
    secondary={
        ("channel", "FRA"): "alva_uk",
        ("channel", "GBR"): "disneyland_paris",
        ("thb_vnm_gbr", "GBR"): "disneyland_paris",
        ("thb_rou_esp", "ITA"): "portaventura",
        ("thb_rou_esp", "ESP"): "iaapa",
        ("darien", "PAN"): "iaapa",
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=369,
    blank_share=0.35,
)


def make_blind369(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five visitor-attraction desks of ``blind369`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``alva_uk_ng.csv`` (English, UTF-8 with BOM, ``,``),
        ``disneyland_paris_ng.csv`` (French, cp1252, ``;``), ``portaventura_ng.xlsx``
        (Spanish), ``parque_summit_ng.csv`` (Spanish, UTF-8, ``,``) and
        ``iaapa_ng.jsonl`` (English, the compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind369(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['alva_uk_ng.csv', 'disneyland_paris_ng.csv', 'portaventura_ng.xlsx',
     'parque_summit_ng.csv', 'iaapa_ng.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° main courante', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
