"""Examiner sample set ``blind134`` (files ``*_ef.*``): West African missions and desks.

Five sources that never wrote for the project before, each in its own working language
and with its own tools:

``ambaguinee_rome_ef.csv``
    Ambassade de la République de Guinée en Italie, service consulaire (cellule de
    protection des ressortissants). French, cp1252, ``;``, CRLF. Day-first dates
    (``17/05/2023``, a few ``17/05/23``), a month (``mai 2023``) or a quarter
    (``T2 2023``) when the Italian notice gave no day; Guinean acronyms (``TDP``,
    ``TIM``); counts with a (non-breaking) space as thousands separator or a unit
    (``12 pers.``); decimal-comma latitude and longitude; transit countries joined by
    `` / `` (``direct`` when there was none). Some country names were pasted from
    UTF-8 mails and are mojibake (``GuinÃ©e``); some are typed in capitals without
    accents (``COTE D'IVOIRE``).
``embamali_madrid_ef.xlsx``
    Embajada de la República de Malí en España, sección consular: the identification
    list it keeps with the Spanish police. Spanish words (``cayuco``, ``patera``,
    ``salto de valla``, ``MENA``, ``Art. 318 bis CP``), with the French of the mission
    slipping in (``Guinée``, ``Sénégal``); nationalities often as the police's ISO
    alpha-3 codes. Real Excel dates, some typed as text (``17/05/2023``), some left as
    serial numbers (cell in General format); positions in degrees and decimal minutes
    (``28º 06,1' N / 015º 24,0' W``); ``Directo`` when no transit country.
``slhc_london_ef.csv``
    Sierra Leone High Commission, London, consular and welfare section. English,
    saved from Excel as "Unicode Text": UTF-16 with BOM, tab-delimited. ``17 May 2023``
    or ``17/05/2023`` (a few ``17-May-23``), ``May 2023`` for a month; UK wording
    (``Modern slavery``, ``Facilitation``, ``Small boat``, ``HGV``), ``nil`` for no
    suspect, ``n/k`` for not known, ``1,250``, small counts in words (``three``); routes
    joined by ``, ``; no coordinates (the High Commission never gets them).
``ambabf_paris_ef.csv``
    Ambassade du Burkina Faso en France, service consulaire, shared Google Sheet
    exported as CSV: UTF-8 without BOM, ``,``. French; ``17/05/2023`` or ISO dates,
    ``T2 2023`` and ``mai 2023`` for partial dates; ISO alpha-2 codes now and then;
    counts with a narrow no-break space (``1 250``); coordinates pasted from a map as
    ``50.95123, 1.85234`` in one cell; transit countries joined by ``; ``.
``ecowas_fmm_ef.jsonl``
    ECOWAS Commission, Directorate of Free Movement of Persons and Migration: the
    TIP/SOM incident digest compiled from member states' and partners' notifications
    (the compilation source). JSON lines with English snake_case keys, ISO alpha-3
    codes (some English names, some UN M49 numeric codes), transit routes and
    associated crimes as JSON arrays, ``2023-05-17`` or ``2023/05/17`` dates,
    ``2023-05`` and ``Q2 2023`` for partial dates, numeric ``lat``/``lng``.

Each embassy reports the events detected in its host country; the ECOWAS digest the
others, and a second time some Central Mediterranean, Nigerian-trafficking and Atlantic
events; the Channel events detected on one side are reported again by the mission on the
other side.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND134", "SOURCES", "Agency", "make_blind134"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = ("month_name", "month_num", "quarter_t", "quarter_q")
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
_MONTH_NAMES = {"en": MONTHS, "fr": _MONTHS_FR, "es": _MONTHS_ES}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: what the shared machinery reads plus its own way of writing.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles and their weights; the first is the agency's usual style (used for
        both reports of a duplicated event whenever a partial style is drawn).
    country_styles : tuple of (str, float)
        Ways of writing a country (``name``, ``upper``, ``lower``, ``alias``, ``typo``,
        ``mojibake``, ``iso3``, ``iso2``, ``m49``, ``other_lang``) and their weights.
    other_lang : str
        Language of the words that slip in (``other_lang`` style).
    words : mapping
        Column -> canonical value -> the agency's words (first = the usual one).
    unknown : tuple of str
        What the agency writes for a value it does not know.
    zero : tuple of str
        What it writes for "no suspect".
    not_applicable : tuple of str
        What it may write in the exploitation cell of a pure smuggling case.
    direct : tuple of str
        What it may write in the transit cell when there was no transit.
    transit_sep : str
        Separator of a transit list (``""``: a JSON array).
    offence_sep : str
        Separator of linked offences (``""``: a JSON array).
    coords : str
        ``"comma2"`` (two decimal-comma columns), ``"dmm"`` (one cell, degrees and
        decimal minutes), ``"pair"`` (one cell ``lat, lon``), ``"numbers"`` (two
        numeric fields) or ``"none"``.
    thousands : tuple of str
        Thousands separators the agency types in counts of 1,000 or more.
    """

    dates: tuple[tuple[str, float], ...]
    country_styles: tuple[tuple[str, float], ...]
    other_lang: str
    words: _Words
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    not_applicable: tuple[str, ...]
    direct: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country wording (the project's base names, with the agencies' own habits on top)
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_NAME_FIX: dict[str, dict[str, str]] = {
    "en": {"CIV": "Côte d'Ivoire", "TUR": "Turkey", "VNM": "Vietnam"},
    "fr": {"CIV": "Côte d'Ivoire", "EGY": "Egypte", "USA": "Etats-Unis"},
    "es": {"CIV": "Costa de Marfil"},
}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GIN": ("Guinea-Conakry", "Guinea (Conakry)"),
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "United States of America"),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "CHN": ("PRC",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "CIV": ("RCI", "Côte-d'Ivoire"),
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA", "Etats-Unis d'Amérique"),
        "RUS": ("Fédération de Russie",),
        "MKD": ("Macédoine",),
        "SYR": ("République arabe syrienne",),
        "IRN": ("République islamique d'Iran",),
        "VNM": ("Vietnam",),
        "TUR": ("Türkiye",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "CIV": ("Côte d'Ivoire",),
        "GBR": ("Gran Bretaña", "Inglaterra"),
        "USA": ("EE. UU.", "EEUU"),
        "RUS": ("Federación Rusa",),
        "MKD": ("Macedonia",),
        "VNM": ("Viet Nam",),
        "MLI": ("Mali",),
    },
}
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "GBR": "United Kindom",
        "GIN": "Guniea",
        "LBY": "Lybia",
        "VNM": "Veitnam",
        "FRA": "Frnace",
        "ALB": "Albnia",
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "SYR": "Syira",
        "CHN": "Chian",
        "IRN": "Iarn",
    },
    "fr": {
        "LBY": "Lybie",
        "GIN": "Guinnée",
        "CIV": "Cote d'Ivoir",
        "SEN": "Sénégale",
        "MLI": "Malie",
        "TUN": "Tunisi",
        "ITA": "Itallie",
        "FRA": "Frence",
        "GBR": "Royaume-Unis",
        "AFG": "Afganistan",
        "BGD": "Bengladesh",
        "PAK": "Pakisthan",
        "ESP": "Espange",
        "DEU": "Allemagn",
    },
    "es": {
        "MLI": "Malì",
        "GIN": "Ginea",
        "SEN": "Senegall",
        "MAR": "Marrueco",
        "MRT": "Mauritaina",
        "GMB": "Gamiba",
        "ESP": "Españ",
        "FRA": "Franica",
        "ITA": "Itlaia",
        "DZA": "Argelía",
    },
}


def _name(code: str, lang: str) -> str:
    fixed = _NAME_FIX.get(lang, {}).get(code)
    return fixed if fixed is not None else str(COUNTRIES[code][_LANG_COL[lang]])


def _no_accents(text: str) -> str:
    """Drop accents as a clerk typing in capitals does (``CÔTE`` -> ``COTE``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _draw(rng: _Rng, weighted: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in weighted]
    w = np.array([p for _, p in weighted], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word (60 %) or one of its variants."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _country(
    src: Agency, code: str, rng: _Rng, col: str, tags: list[str], style: str | None = None
) -> str:
    """Write one ISO alpha-3 code the agency's way; tag what a reader must undo."""
    lang = src.language
    name = _name(code, lang)
    if style is None:
        style = _draw(rng, src.country_styles)
    out = name
    if style == "upper":
        out = _no_accents(name).upper()
    elif style == "lower":
        out = name.lower()
    elif style == "alias" and code in _ALIASES[lang]:
        out = choice(rng, _ALIASES[lang][code])
    elif style == "typo" and code in _TYPOS[lang]:
        out = _TYPOS[lang][code]
    elif style == "mojibake":
        out = mojibake(name) or name
    elif style == "iso3":
        out = code
    elif style == "iso2":
        out = iso_codes(code)[0]
    elif style == "m49":
        out = iso_codes(code)[1]
    elif style == "other_lang":
        out = _name(code, src.other_lang)
    if out != name and fits(out, src):
        tags.append(f"{style}:{col}")
        return out
    return name


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date_cell(src: Agency, style: str, ts: pd.Timestamp) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a date written in ``style``."""
    lang = src.language
    month = _MONTH_NAMES[lang][ts.month - 1]
    first = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style == "serial":
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    if style == "month_name":
        text = f"{month} de {ts.year}" if lang == "es" else f"{month} {ts.year}"
        return text, first, "month"
    if style == "month_num":
        text = f"{ts.month:02d}/{ts.year}" if lang == "es" else f"{ts.year}-{ts.month:02d}"
        return text, first, "month"
    if style == "quarter_t":
        return f"T{ts.quarter} {ts.year}", quarter, "quarter"
    if style == "quarter_q":
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
    if style == "long_en":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    if style == "dmmmyy":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}", ts, "day"
    formats = {"dmy": "%d/%m/%Y", "dmy2": "%d/%m/%y", "iso": "%Y-%m-%d", "ymd": "%Y/%m/%d"}
    return ts.strftime(formats[style]), ts, "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (no, impossible or future date)."""
    if kind == "no_date":
        return None
    usual = src.dates[0][0]
    if kind == "future_date":  # a slip of the finger: 2 -> 3 in the millennium
        later = ts.to_pydatetime().replace(year=ts.year + 1000)  # beyond pandas' range
        if usual == "excel":
            return later
        if usual in ("iso", "ymd"):
            sep = "-" if usual == "iso" else "/"
            return f"{later.year}{sep}{later.month:02d}{sep}{later.day:02d}"
        if usual == "long_en":
            return f"{later.day} {MONTHS[later.month - 1]} {later.year}"
        return f"{later.day:02d}/{later.month:02d}/{later.year}"
    day, month = choice(rng, ("30-02", "31-02", "31-04", "31-11")).split("-")
    if usual in ("iso", "ymd"):
        sep = "-" if usual == "iso" else "/"
        return f"{ts.year}{sep}{month}{sep}{day}"
    if usual in ("long_en", "dmmmyy"):
        return f"{day} {MONTHS[int(month) - 1]} {ts.year}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the note row: the day the list was sent, in the agency's usual style."""
    sent = last + pd.Timedelta(days=5)
    cell, _, _ = _date_cell(src, src.dates[0][0], sent)
    return cell


# --------------------------------------------------------------------------------------
# Counts, places, lists
# --------------------------------------------------------------------------------------
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _count_cell(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the agency's way (the number read is always ``n``)."""
    numeric = src.format != "csv"
    if n >= 1000 and src.thousands and rng.random() < 0.6:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    if src.source == "slhc_london" and 1 <= n <= len(_NUMBER_WORDS) and rng.random() < 0.1:
        tags.append("count_word")
        return _NUMBER_WORDS[n - 1]
    if src.source == "ambaguinee_rome" and rng.random() < 0.05:
        tags.append("count_unit")
        return f"{n} pers."
    if src.source == "ecowas_fmm" and rng.random() < 0.1:
        tags.append("count_as_text")
        return str(n)
    return n if numeric else str(n)


def _dmm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (tenths), Spanish style; return the text and its value."""
    tenths = round(abs(value) * 600)
    deg, rest = divmod(tenths, 600)
    text = f"{deg:0{width}d}º {rest // 10:02d},{rest % 10}' {pos if value >= 0 else neg}"
    read = round((deg + rest / 600) * (1 if value >= 0 else -1), 6)
    return text, read


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, forced: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    if src.coords == "none":
        tags.append("coords_missing")
        return {}, None, None
    keys = ("coordinates",) if src.coords in ("dmm", "pair") else ("lat", "lon")
    if forced:
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    if r < 0.04 and src.format != "jsonl":
        tags.append("coords_placeholder")
        return dict.fromkeys(keys, choice(rng, src.unknown[:2])), None, None
    if src.coords == "comma2":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        tags.append("decimal_comma:coordinates")
        return cells, lat, lon
    if src.coords == "dmm":
        t_lat, r_lat = _dmm(lat, "N", "S", 2)
        t_lon, r_lon = _dmm(lon, "E", "W", 3)
        tags.append("dmm:coordinates")
        return {"coordinates": f"{t_lat} / {t_lon}"}, r_lat, r_lon
    if src.coords == "pair":
        tags.append("pair:coordinates")
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _sea_land_words(src: Agency, ev: Mapping[str, object], mode: str) -> tuple[str, ...]:
    """Return the agency's words for a transport mode, local ones included where they fit."""
    forms = src.words["transport_mode"][mode]
    corridor, hotspot = str(ev["corridor"]), str(ev["hotspot"])
    if src.language == "es" and mode == "sea":
        local = {"watl": ("cayuco",), "wmed": ("patera", "neumática")}.get(corridor, ())
        return forms + local
    if src.language == "es" and mode == "land" and hotspot in ("Ceuta", "Melilla"):
        return (*forms, "salto de valla")
    if src.language == "fr" and mode == "sea":
        local = {"watl": ("pirogue",), "cmed": ("bateau pneumatique",)}.get(corridor, ())
        return forms + local
    if src.source == "slhc_london" and corridor == "channel":
        local = {"sea": ("Small boat",), "land": ("HGV", "Lorry")}.get(mode, ())
        return forms + local
    return forms


def _case(value: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Change the case or spacing of a few cells (the meaning stays)."""
    r = rng.random()
    if r >= 0.04 or (len(value) <= 3 and value.isupper()):  # codes keep their case
        return value
    tags.append(f"case:{col}")
    if r < 0.01:
        return value.upper()
    if r < 0.02:
        return value.lower()
    if r < 0.03:
        return f" {value}"
    return f"{value}  "


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _ts(value: object) -> pd.Timestamp:
    return pd.Timestamp(cast(Any, value))


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    words = src.words

    # date
    style = _draw(rng, src.dates)
    if style in _PARTIAL and not partial_ok:
        style = src.dates[0][0]
    ts = _ts(ev["event_date"])
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(src, style, ts)
    if style in _PARTIAL:
        tags.append("partial_date")
    elif style != src.dates[0][0]:
        tags.append(f"date_style:{style}")

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(_word(rng, words["crime_type"][crime]), rng, "crime_type", tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        exp["exploitation"] = None
        if src.not_applicable and rng.random() < 0.3:
            cells["exploitation"] = choice(rng, src.not_applicable)
            tags.append("na_word:exploitation")
    else:
        form = _word(rng, words["exploitation"][str(expl)])
        cells["exploitation"] = _case(form, rng, "exploitation", tags)
        exp["exploitation"] = str(expl)

    # counts
    n = int(str(ev["n_persons"]))
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.unknown[:2])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n, rng, tags)
        exp["n_persons"] = n
    k = int(str(ev["n_suspects"]))
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    # who
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.025:
        cells["gender"] = None if rng.random() < 0.5 else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _case(_word(rng, words["gender"][gender]), rng, "gender", tags)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = None if rng.random() < 0.4 else choice(rng, src.unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _case(_word(rng, words["age_group"][age]), rng, "age_group", tags)
        exp["age_group"] = age

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.02:
        blank = forced_blank == "nationality" or rng.random() < 0.5
        cells["nationality"] = None if blank else choice(rng, src.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        text = _country(src, nat, rng, "nationality", tags)
        cells["nationality"] = _case(text, rng, "nationality", tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _case(_country(src, code, rng, col, tags), rng, col, tags)
        exp[col] = code
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text = _country(src, det, rng, "detection_country", tags)
        cells["detection_country"] = _case(text, rng, "detection_country", tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        if src.direct and rng.random() < 0.4:
            cells["transit_countries"] = choice(rng, src.direct)
            tags.append("direct_word")
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        # one way of writing for the whole list; a typo may still slip into one name
        way = _draw(rng, src.country_styles)
        if way in ("typo", "mojibake"):
            way = "name"
        typed = way == "name" and rng.random() < 0.03  # codes are picked, not typed
        slip = int(rng.integers(len(codes))) if typed else -1
        parts = [
            _country(src, c, rng, "transit_countries", tags, "typo" if i == slip else way)
            for i, c in enumerate(codes)
        ]
        cells["transit_countries"] = src.transit_sep.join(parts) if src.transit_sep else parts
        exp["transit_countries"] = str(transit)

    # how and where
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = None if rng.random() < 0.4 else choice(rng, src.unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        form = _word(rng, _sea_land_words(src, ev, mode))
        cells["transport_mode"] = _case(form, rng, "transport_mode", tags)
        exp["transport_mode"] = mode
    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, forced_blank == "coordinates", tags)
    cells.update(place)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        exp["linked_offences"] = None
    else:
        names = [_word(rng, words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(names) if src.offence_sep else names
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_FR_OFFENCES: Mapping[str, tuple[str, ...]] = {
    "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment de capitaux", "blanchiment"),
    "illicit_goods": ("trafic de stupéfiants", "stupéfiants"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}

GUINEE_ROME = Agency(
    source="ambaguinee_rome",
    filename="ambaguinee_rome_ef.csv",
    ref="AGI/ROM/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Auteurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Itinéraire (pays de transit)",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : informations transmises par les autorités italiennes, sous réserve de vérification",
    total="TOTAL GENERAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    dates=(("dmy", 0.84), ("dmy2", 0.05), ("month_name", 0.07), ("quarter_t", 0.04)),
    country_styles=(
        ("name", 0.77),
        ("upper", 0.08),
        ("alias", 0.05),
        ("typo", 0.03),
        ("mojibake", 0.05),
        ("iso3", 0.02),
    ),
    other_lang="en",
    words={
        "crime_type": {
            "trafficking": ("Traite des personnes", "TDP", "traite des êtres humains"),
            "smuggling": ("Trafic illicite de migrants", "TIM", "trafic de migrants"),
            "both": ("TDP + TIM", "traite et trafic illicite de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme d'exploitation", "autre"),
        },
        "gender": {
            "female": ("Féminin", "F", "femmes"),
            "male": ("Masculin", "H", "hommes"),
            "mixed": ("Mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineur(s)", "mineurs", "enfants"),
            "adult": ("majeur(s)", "majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "embarcation"),
            "land": ("terrestre", "voie routière"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": _FR_OFFENCES,
    },
    unknown=("N/C", "inconnu", "non précisé"),
    zero=("néant", "aucun"),
    not_applicable=("sans objet", "s.o."),
    direct=("direct", "voie directe"),
    transit_sep=" / ",
    offence_sep=", ",
    coords="comma2",
    thousands=("\u00a0", " "),
)

MALI_MADRID = Agency(
    source="embamali_madrid",
    filename="embamali_madrid_ef.xlsx",
    ref="EXP-{seq:04d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de llegada/detección",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad (mayor/menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino final",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de entrada",
        "coordinates": "Posición",
        "linked_offences": "Otros delitos",
    },
    note="Nota: listado provisional remitido por la Comisaría, pendiente de entrevistas",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    dates=(
        ("excel", 0.74),
        ("dmy", 0.12),
        ("serial", 0.06),
        ("month_name", 0.04),
        ("month_num", 0.02),
        ("quarter_t", 0.02),
    ),
    country_styles=(
        ("name", 0.70),
        ("iso3", 0.12),
        ("other_lang", 0.06),
        ("upper", 0.05),
        ("alias", 0.04),
        ("typo", 0.03),
    ),
    other_lang="fr",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Art. 177 bis CP"),
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
                "Art. 318 bis CP",
            ),
            "both": ("Trata y tráfico", "Arts. 177 bis y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Delincuencia forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras finalidades", "Otra"),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres", "Varones"),
            "mixed": ("Ambos sexos", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menor", "MENA", "Menores"),
            "adult": ("Mayor de edad", "Adultos"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Embarcación"),
            "land": ("Terrestre", "Por tierra"),
            "air": ("Aéreo", "Vuelo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("s/d", "desconocido", "N/C"),
    zero=("ninguno", "sin detenidos"),
    not_applicable=("No procede", "N/P"),
    direct=("Directo",),
    transit_sep=" - ",
    offence_sep=" y ",
    coords="dmm",
    thousands=(".",),
)

SL_LONDON = Agency(
    source="slhc_london",
    filename="slhc_london_ef.csv",
    ref="SLHC/CW/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Date of incident",
        "crime_type": "Offence type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "Suspects arrested",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where detected",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Mode of travel",
        "linked_offences": "Linked offences",
    },
    note="Note: provisional figures compiled from Home Office and NGO referrals",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
    dates=(("long_en", 0.6), ("dmy", 0.3), ("dmmmyy", 0.05), ("month_name", 0.05)),
    country_styles=(
        ("name", 0.80),
        ("alias", 0.08),
        ("upper", 0.04),
        ("iso2", 0.04),
        ("typo", 0.04),
    ),
    other_lang="fr",
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "Modern slavery", "Trafficking in persons"),
            "smuggling": ("People smuggling", "Smuggling of migrants", "Facilitation"),
            "both": ("Trafficking & smuggling", "THB/SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Minor", "Child", "Under 18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Road"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Drug trafficking"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("n/k", "unknown", "Not known"),
    zero=("nil", "none"),
    not_applicable=("N/A",),
    direct=(),
    transit_sep=", ",
    offence_sep="; ",
    coords="none",
    thousands=(",",),
)

BF_PARIS = Agency(
    source="ambabf_paris",
    filename="ambabf_paris_ef.csv",
    ref="AMBF-PAR-{yy:02d}-{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "Référence",
        "event_date": "Date",
        "crime_type": "Type d'infraction",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Genre",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions associées",
    },
    note="NB : tableau de suivi mis à jour par le service consulaire",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    dates=(("dmy", 0.72), ("iso", 0.18), ("quarter_t", 0.05), ("month_name", 0.05)),
    country_styles=(
        ("name", 0.82),
        ("lower", 0.04),
        ("alias", 0.05),
        ("iso2", 0.04),
        ("typo", 0.03),
        ("upper", 0.02),
    ),
    other_lang="en",
    words={
        "crime_type": {
            "trafficking": ("Traite des personnes", "Traite des êtres humains", "TEH"),
            "smuggling": (
                "Trafic illicite de migrants",
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
            ),
            "both": ("Traite et trafic", "TEH / trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation économique"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("F", "Femme(s)"),
            "male": ("M", "Homme(s)"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur", "Enfant(s)"),
            "adult": ("Majeur", "Adulte(s)"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Bateau"),
            "land": ("Terrestre", "Camion"),
            "air": ("Aérien", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("inconnu", "non renseigné", "?"),
    zero=("aucun", "néant"),
    not_applicable=("-",),
    direct=(),
    transit_sep="; ",
    offence_sep=" + ",
    coords="pair",
    thousands=("\u202f", " "),
)

ECOWAS = Agency(
    source="ecowas_fmm",
    filename="ecowas_fmm_ef.jsonl",
    ref="ECW-FMM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "incident_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_route",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "many"),
    repeats=False,
    dates=(("iso", 0.70), ("ymd", 0.15), ("month_num", 0.08), ("quarter_q", 0.07)),
    country_styles=(("iso3", 0.82), ("name", 0.12), ("m49", 0.06)),
    other_lang="fr",
    words={
        "crime_type": {
            "trafficking": ("TIP", "Trafficking in persons"),
            "smuggling": ("SOM", "Smuggling of migrants"),
            "both": ("TIP/SOM", "TIP and SOM"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor", "child"), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {
            "sea": ("sea", "maritime"),
            "land": ("land", "overland"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "UNK"),
    zero=("none",),
    not_applicable=(),
    direct=(),
    transit_sep="",
    offence_sep="",
    coords="numbers",
    thousands=(),
)

#: The five sources, in the order :func:`make_blind134` returns their submissions.
SOURCES: tuple[Agency, ...] = (GUINEE_ROME, MALI_MADRID, SL_LONDON, BF_PARIS, ECOWAS)

#: The variant: who first reports which detection country, who reports again.
BLIND134: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "ambaguinee_rome",
        "ESP": "embamali_madrid",
        "GBR": "slhc_london",
        "FRA": "ambabf_paris",
    },
    compilation="ecowas_fmm",
    secondary={
        ("cmed", "ITA"): "ecowas_fmm",
        ("thb_nga_ita", "ITA"): "ecowas_fmm",
        ("watl", "ESP"): "ecowas_fmm",
        ("channel", "FRA"): "slhc_london",
        ("channel", "GBR"): "ambabf_paris",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=134,
    blank_share=0.3,
)


def make_blind134(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind134`` set: five West African missions and desks.

    The Guinean embassy in Rome, the Malian embassy in Madrid, the Sierra Leone High
    Commission in London and the Burkinabè embassy in Paris report the events detected
    in their host countries; the ECOWAS Commission's incident digest reports the others
    (Greece, Croatia, Poland, Panama, the United States) and some events a second time.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind134(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ambaguinee_rome_ef.csv', 'embamali_madrid_ef.xlsx', 'slhc_london_ef.csv',
     'ambabf_paris_ef.csv', 'ecowas_fmm_ef.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:3]]
    [('cp1252', ';'), ('utf-8', None), ('utf-16', '\t')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Case Ref', 'Date of incident', 'Offence type']
    >>> all(len(s.expected) > 5 for s in subs)
    True
    """
    return make_examined(BLIND134, truth, seed=seed)
