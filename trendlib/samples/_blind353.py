"""Examiner sample set ``blind353``: cleaning and laundry labour desks (files ``*_mq.*``).

Five sources that meet trafficked and smuggled workers in commercial cleaning, hotel
housekeeping and industrial laundries, each writing its export its own way:

``uvw_casework_mq.csv``
    United Voices of the World (London cleaners' union), casework log: English, UTF-8
    with BOM (Excel's "CSV UTF-8"), ``,``; day-first dates (``17/05/2023``, some
    ``17 May 2023``, a few month-only ``May 2023``), nationalities as demonyms
    (``Vietnamese``), routes joined by ``" > "``, counts of one to three sometimes in
    words, no coordinates. Some rows were re-sent (exact repeats).
``cnt_so_proprete_mq.csv``
    CNT-SO, branche propreté (French cleaners' union) : French, cp1252, ``;``, CRLF;
    ``17/05/2023`` and ``1er mai 2023``, accents dropped in capitals (``ERYTHREE``),
    ``MNA`` for an unaccompanied minor, ``NC`` for a count not known, thousands with a
    (no-break) space, coordinates with decimal commas.
``las_kellys_mq.xlsx``
    Asociación Las Kellys (hotel housekeepers, Spain), shared spreadsheet: Spanish,
    real Excel dates with some typed ``17/05/2023``, ``mayo 2023`` or ``T2 2023``,
    gendered demonyms (``rumana``), ``patera``/``cayuco``/``salto de valla``, no
    coordinates.
``acp_contratistas_mq.csv``
    Autoridad del Canal de Panamá, contractor labour-compliance office: Spanish,
    UTF-16 tab-separated (Excel's "Texto Unicode"), ``17/05/2023`` with some Excel
    serial numbers, capitals without accents (``HAITI``), ISO alpha-2 codes,
    ``R.P. CHINA``, ``NNA`` for minors, coordinates in degrees-minutes-seconds.
    Some rows were re-sent (exact repeats).
``uni_property_services_mq.jsonl``
    UNI Global Union, Property Services sector, affiliates' incident compilation (the
    compilation source): English keys, UTF-8 JSON lines; ISO alpha-3, alpha-2 and
    numeric codes, names mis-decoded on import (mojibake), ISO dates with month-only
    (``2023-05``) and quarter-only (``Q2 2023``) ones, numeric coordinates.

The truth says what a careful analyst reads from each cell: a demonym or an ISO code is
its country, a DMS coordinate its decimal degrees, ``NC``/``n/k``/``N/D`` a value not known
(a record without it), a formula error or a pointer to another document in the count
column an unreadable count (quarantined), a 30 or 31 February an impossible date and a
year typed a century ahead a future date.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "Source353", "make_blind353"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's serial dates


@dataclass(frozen=True)
class Source353(ExaminerSource):
    """A source of ``blind353``: the shared fields plus its own wording.

    Attributes
    ----------
    key : str
        Short name of the agency's habits (``"uvw"``, ``"cnt"``, ``"kel"``, ``"acp"``,
        ``"uni"``).
    words : dict
        Canonical column -> canonical value -> the agency's words (first = usual).
    unknown : tuple of str
        What the agency writes for a value it does not know.
    zero : str
        What the agency writes for no suspects at all (``""``: the number 0).
    transit_sep : str
        Separator of the transit countries, in route order.
    """

    key: str
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    zero: str
    transit_sep: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_EN_DEMONYM = {
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
# (masculine, feminine)
_ES_DEMONYM = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
_EN_ALIAS = {
    "GBR": "UK",
    "CIV": "Ivory Coast",
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "MKD": "Macedonia",
    "USA": "USA",
    "GMB": "The Gambia",
    "BIH": "Bosnia",
}
_ACP_ALIAS = {"CHN": "R.P. CHINA", "USA": "EE.UU.", "GBR": "REINO UNIDO", "DEU": "ALEMANIA"}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _plain(text: str) -> str:
    """Drop the accents (``Érythrée`` -> ``Erythree``); keep ``’`` as ``'``."""
    out = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in out if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(
    src: Source353, iso: str, rng: _Rng, *, nationality: bool, female: bool
) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, tag kind or None)."""
    r = float(rng.random())
    row = COUNTRIES[iso]
    if src.key == "uvw":
        if nationality and iso in _EN_DEMONYM and r < 0.45:
            return _EN_DEMONYM[iso], "demonym"
        if nationality:
            r = float(rng.random())
        if r < 0.85:
            return _name(iso, "en"), None
        if r < 0.9 and iso in _EN_ALIAS:
            return _EN_ALIAS[iso], "alias"
        if r < 0.95:
            return str(row[5]), "typo"
        return _name(iso, "en").upper(), "case"
    if src.key == "cnt":
        name = _name(iso, "fr")
        if r < 0.7:
            return name, None
        if r < 0.85:
            return _plain(name).upper(), "upper_no_accent"
        if r < 0.95:
            return _plain(name), "no_accent" if _plain(name) != name else None
        swapped = _swap(name)
        return swapped, "typo" if swapped != name else None
    if src.key == "kel":
        name = _name(iso, "es")
        if nationality and iso in _ES_DEMONYM and r < 0.25:
            return _ES_DEMONYM[iso][1 if female else 0], "demonym"
        if r < 0.9:
            return name, None
        if r < 0.95:
            return name.lower(), "case"
        return _plain(name), "no_accent" if _plain(name) != name else None
    if src.key == "acp":
        name = _name(iso, "es")
        if r < 0.05 and iso in _ACP_ALIAS:
            return _ACP_ALIAS[iso], "alias"
        if r < 0.6:
            return _plain(name).upper(), "upper_no_accent"
        if r < 0.8:
            return name, None
        if r < 0.95:
            return str(row[0]), "iso2"
        swapped = _swap(_plain(name).upper())
        return swapped, "typo" if swapped != _plain(name).upper() else None
    # uni: the affiliates' codes and names, some mis-decoded on import
    if r < 0.4:
        return iso, "iso3"
    if r < 0.6:
        return str(row[0]), "iso2"
    if r < 0.65:
        return iso_codes(iso)[1], "numeric"
    if r >= 0.9:
        lang = "fr" if r < 0.95 else "es"
        garbled = mojibake(_name(iso, lang))
        if garbled is not None:
            return garbled, "mojibake"
    return _name(iso, "en"), None


def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Pick the usual word (first) 60 % of the time, another one otherwise."""
    if len(options) == 1 or rng.random() < 0.6:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date_cell(
    src: Source353, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag) for one true date."""
    r = float(rng.random())
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.key == "uvw":
        if partial_ok and r < 0.04:
            return f"{_MONTHS['en'][ts.month - 1]} {ts.year}", month, "month", "partial_date"
        if r < 0.2:
            return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}", ts, "day", "long_date"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src.key == "cnt":
        if r < 0.12:
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_MONTHS['fr'][ts.month - 1]} {ts.year}", ts, "day", "long_date"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src.key == "kel":
        if partial_ok and r < 0.05:
            return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", month, "month", "partial_date"
        if partial_ok and r < 0.09:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
        if r < 0.25:
            return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if src.key == "acp":
        if r < 0.3:
            return str((ts - _EPOCH).days), ts, "day", "serial_date"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if partial_ok and r < 0.1:
        return ts.strftime("%Y-%m"), month, "month", "partial_date"
    if partial_ok and r < 0.18:
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    if r < 0.28:
        return ts.strftime("%Y/%m/%d"), ts, "day", "slash_iso"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


def _bad_date(src: Source353, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: none, impossible, or a century ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the year typed a century ahead (2023 -> 2123)
        ahead = ts.replace(year=ts.year + 100)
        if src.key == "kel":
            return ahead.to_pydatetime()
        if src.key == "uni":
            return ahead.strftime("%Y-%m-%d")
        return ahead.strftime("%d/%m/%Y")
    if src.key == "uni":
        return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-02-31"))
    return choice(rng, (f"31/02/{ts.year}", f"30/02/{ts.year}"))


def _note_date(src: Source353, last: pd.Timestamp) -> object:
    """Date written on the note row: the day after the last case."""
    day = last + pd.Timedelta(days=1)
    if src.key == "kel":
        return day.to_pydatetime()
    if src.key == "uni":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
_EN_NUMBERS = ("one", "two", "three")


def _persons(src: Source353, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons as the source does."""
    if src.key == "uvw":
        if n <= 3 and rng.random() < 0.3:
            return _EN_NUMBERS[n - 1], ["count_word"]
        if n >= 1000:
            return f"{n:,}", ["thousands:n_persons"]
        return str(n), []
    if src.key == "cnt":
        if n >= 1000:
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
        return str(n), []
    if src.key == "kel":
        if n >= 1000 and rng.random() < 0.5:
            return f"{n // 1000}.{n % 1000:03d}", ["thousands:n_persons"]
        return n, []
    if src.key == "acp":
        if n >= 1000:
            return f"{n:,}", ["thousands:n_persons"]
        return str(n), []
    return n, []


def _number(src: Source353, n: int) -> object:
    return n if src.format != "csv" else str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds to a tenth, and the decimal degrees they say."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec_tenths = divmod(rest, 600)
    sign = 1.0 if value >= 0 else -1.0
    hemi = pos if sign > 0 else neg
    text = f"{deg}°{minutes:02d}'{sec_tenths // 10:02d}.{sec_tenths % 10}\"{hemi}"
    return text, sign * tenths / 36000


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Source353,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: dict[str, object] = {}
    words = src.words
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, prec, tag = _date_cell(src, ts, rng, partial_ok)
    exp["event_date"], exp["date_precision"] = day, prec
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the agency leaves it blank or says "not applicable"
        cells["exploitation"] = _word(rng, words["exploitation"]["none"]) or None
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = _persons(src, n, rng)
        exp["n_persons"] = n
        tags += more

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects" or r < 0.05:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.08:
        cells["n_suspects"] = choice(rng, src.unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and r < 0.6:
        cells["n_suspects"] = src.zero
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _number(src, k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    r = float(rng.random())
    if forced_blank == "gender" or r < 0.03:
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif r < 0.05:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, words["gender"][gender])
        exp["gender"] = gender
    female = gender == "female"

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            options = words[col][value]
            if col == "transport_mode" and src.key == "kel" and value == "sea":
                # the Atlantic route comes by cayuco, the Mediterranean one by patera
                options = ("cayuco",) if ev["corridor"] == "watl" else ("patera", "neumática")
            cells[col] = _word(rng, options)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank = forced_blank == col or (
            col == "nationality" and forced_blank is None and rng.random() < 0.02
        )
        if iso is None or blank:
            cells[col] = None
            exp[col] = None
            if iso is not None:
                tags.append(f"blank_{col}")
            continue
        cells[col], kind = _country(
            src, str(iso), rng, nationality=col == "nationality", female=female
        )
        exp[col] = str(iso)
        if kind:
            tags.append(f"{kind}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, kind = _country(src, iso, rng, nationality=False, female=False)
            parts.append(text)
            if kind:
                tags.append(f"{kind}:transit_countries")
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    _place(src, ev, rng, forced_blank, cells, exp, tags)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        names = [_word(rng, words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = words["linked_offences"]["_sep"][0].join(names)
        exp["linked_offences"] = str(offences)

    # hand-typed sheets: a few cells with stray spaces or typed in capitals
    if src.key in ("uvw", "cnt", "kel"):
        for col in ("crime_type", "gender", "nationality", "transport_mode"):
            typed = cells.get(col)
            if isinstance(typed, str) and rng.random() < 0.04:
                cells[col] = f"{typed} " if rng.random() < 0.5 else typed.upper()
                tags.append(f"case:{col}")
    for col, cell in cells.items():  # the file's encoding must hold every cell
        if isinstance(cell, str) and not fits(cell, src):
            cells[col] = cell.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


def _place(
    src: Source353,
    ev: dict[str, object],
    rng: _Rng,
    forced_blank: str | None,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the place of detection (if the source has one) into ``cells``/``exp``."""
    exp["lat"] = exp["lon"] = None
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if "coordinates" not in src.headers and "lat" not in src.headers:
        tags.append("coords_missing")  # the agency records no coordinates
        return
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        return
    r = float(rng.random())
    if r < 0.05:
        tags.append("coords_missing")
        return
    if src.key == "acp":
        if r < 0.07:
            cells["coordinates"] = "N/D"
            tags.append("coords_placeholder")
            return
        t_lat, v_lat = _dms(lat, "N", "S")
        t_lon, v_lon = _dms(lon, "E", "W")
        cells["coordinates"] = f"{t_lat} {t_lon}"
        exp["lat"], exp["lon"] = v_lat, v_lon
        tags.append("dms_coords")
        return
    if src.key == "cnt":
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        tags.append("decimal_comma")
    else:
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
    exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_EN_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
        "smuggling": ("Facilitation", "People smuggling", "Smuggling"),
        "both": ("Modern slavery + facilitation", "Trafficking & smuggling"),
    },
    "exploitation": {
        "none": ("", "N/A"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "female": ("F", "Female", "Women"),
        "male": ("M", "Male", "Men"),
        "mixed": ("Mixed", "M & F"),
    },
    "age_group": {
        "adult": ("Adult", "18+", "Adults"),
        "child": ("Minor", "U18", "Child"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "HGV", "Coach", "Car"),
        "air": ("Flight", "Air"),
    },
    "linked_offences": {
        "_sep": ("; ",),
        "document_fraud": ("document fraud", "false ID"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("cannabis", "drugs"),
        "cybercrime": ("online fraud",),
        "terrorism": ("terrorism",),
    },
}
_FR_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants"),
        "both": ("TEH + trafic de migrants", "traite et trafic de migrants"),
    },
    "exploitation": {
        "none": ("", "sans objet"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "female": ("F", "femmes", "femme"),
        "male": ("H", "hommes", "homme"),
        "mixed": ("mixte", "H/F"),
    },
    "age_group": {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation", "bateau"),
        "land": ("camion", "poids lourd", "voiture", "à pied"),
        "air": ("avion", "voie aérienne"),
    },
    "linked_offences": {
        "_sep": (", ",),
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_ES_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "forced_labour": ("explotación laboral", "trabajo forzoso"),
    "sexual": ("explotación sexual",),
    "forced_criminality": ("actividades delictivas", "delitos forzados"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otras",),
}
_ES_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("falsedad documental", "documentos falsos"),
    "corruption": ("cohecho", "corrupción"),
    "money_laundering": ("blanqueo de capitales", "blanqueo"),
    "illicit_goods": ("drogas",),
    "cybercrime": ("ciberdelito",),
    "terrorism": ("terrorismo",),
}
_KEL_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("trata de seres humanos", "trata"),
        "smuggling": ("tráfico de migrantes", "favorecimiento de la inmigración irregular"),
        "both": ("trata y tráfico",),
    },
    "exploitation": {"none": ("",), **_ES_EXPLOITATION},
    "gender": {
        "female": ("mujer", "mujeres"),
        "male": ("hombre", "hombres"),
        "mixed": ("mixto", "mujeres y hombres"),
    },
    "age_group": {
        "adult": ("mayor de edad", "adultos"),
        "child": ("menor", "menores"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "transport_mode": {
        "sea": ("patera",),
        "land": ("por tierra", "autobús", "salto de valla"),
        "air": ("avión", "vuelo"),
    },
    "linked_offences": {"_sep": (" / ",), **_ES_OFFENCES},
}
_ACP_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("trata de personas", "Trata"),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata y tráfico",),
    },
    "exploitation": {
        "none": ("no aplica", ""),
        **_ES_EXPLOITATION,
        "forced_labour": ("explotación laboral", "trabajos o servicios forzados"),
        "forced_marriage": ("matrimonio servil",),
    },
    "gender": {
        "female": ("F", "Femenino"),
        "male": ("M", "Masculino"),
        "mixed": ("Ambos", "Ambos sexos"),
    },
    "age_group": {
        "adult": ("Adulto", "Adultos"),
        "child": ("NNA", "Menor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "transport_mode": {
        "sea": ("marítima", "lancha"),
        "land": ("terrestre", "a pie", "caminando (selva)"),
        "air": ("aérea", "vuelo comercial"),
    },
    "linked_offences": {"_sep": (" - ",), **_ES_OFFENCES},
}
_UNI_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("trafficking", "THB"),
        "smuggling": ("smuggling", "SoM"),
        "both": ("trafficking & smuggling",),
    },
    "exploitation": {
        "none": ("",),
        "forced_labour": ("labour", "forced labour"),
        "sexual": ("sexual",),
        "forced_criminality": ("criminal",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {"female": ("female", "women"), "male": ("male", "men"), "mixed": ("mixed",)},
    "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("adult+minor",)},
    "transport_mode": {
        "sea": ("sea", "boat"),
        "land": ("land", "truck", "on foot"),
        "air": ("air", "plane"),
    },
    "linked_offences": {
        "_sep": ("; ",),
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

UVW = Source353(
    source="uvw_casework",
    filename="uvw_casework_mq.csv",
    ref="UVW-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "crime_type": "Case type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of workers",
        "n_suspects": "Alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries crossed)",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transport_mode": "Mode of entry",
        "linked_offences": "Other offences",
    },
    note="Note: cases logged by organisers; not verified by police",
    total="TOTAL",
    bad_count=("#VALUE!", "see case notes"),
    repeats=True,
    key="uvw",
    words=_EN_WORDS,
    unknown=("n/k", "unknown"),
    zero="none",
    transit_sep=" > ",
)
CNT_SO = Source353(
    source="cnt_so_proprete",
    filename="cnt_so_proprete_mq.csv",
    ref="CNTSO/{yy:02d}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de salariés concernés",
        "n_suspects": "Nb d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode d'arrivée",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, à consolider avec les sections",
    total="Total général",
    bad_count=("voir PV", "#VALEUR!"),
    repeats=False,
    key="cnt",
    words=_FR_WORDS,
    unknown=("NC", "NR"),
    zero="aucun",
    transit_sep=" / ",
)
LAS_KELLYS = Source353(
    source="las_kellys",
    filename="las_kellys_mq.xlsx",
    ref="LK{year}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País del caso",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos recogidos por las asociaciones territoriales",
    total="TOTAL",
    bad_count=("ver acta", "#¡VALOR!"),
    repeats=False,
    key="kel",
    words=_KEL_WORDS,
    unknown=("no consta", "s/d"),
    zero="ninguno",
    transit_sep=", ",
)
ACP = Source353(
    source="acp_contratistas",
    filename="acp_contratistas_mq.csv",
    ref="ACP-OCL-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Informe",
        "event_date": "Fecha del hallazgo",
        "crime_type": "Tipo de caso",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de implicados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "detection_country": "País de detección",
        "transport_mode": "Vía de ingreso",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="Total general",
    bad_count=("ver informe", "#¡VALOR!"),
    repeats=True,
    key="acp",
    words=_ACP_WORDS,
    unknown=("N/D", "no disponible"),
    zero="ninguno",
    transit_sep=" - ",
)
UNI = Source353(
    source="uni_property_services",
    filename="uni_property_services_mq.jsonl",
    ref="UNI-PS-{yy:02d}{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "date_of_incident",
        "crime_type": "category",
        "exploitation": "form_of_exploitation",
        "n_persons": "workers_affected",
        "n_suspects": "alleged_offenders",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "nationality_iso",
        "origin_country": "home_country",
        "transit_countries": "transit_route",
        "destination_country": "destination",
        "detection_country": "country_of_incident",
        "transport_mode": "travel_mode",
        "lat": "geo_lat",
        "lon": "geo_lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="Total",
    bad_count=("see attachment", "#REF!"),
    repeats=False,
    key="uni",
    words=_UNI_WORDS,
    unknown=("not reported", "unknown"),
    zero="",
    transit_sep=" | ",
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Source353, ...] = (UVW, CNT_SO, LAS_KELLYS, ACP, UNI)

#: Who reports what: detection country -> first reporter; the union federation's
#: compilation reports the rest; (corridor, detection country) -> second reporter.
EXAMINER: Examiner[Source353] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": UVW.source,
        "FRA": CNT_SO.source,
        "ESP": LAS_KELLYS.source,
        "PAN": ACP.source,
    },
    compilation=UNI.source,
    secondary={
        ("channel", "FRA"): UVW.source,
        ("channel", "GBR"): CNT_SO.source,
        ("thb_vnm_gbr", "GBR"): UNI.source,
        ("thb_rou_esp", "ESP"): UNI.source,
        ("watl", "ESP"): UNI.source,
        ("wmed", "ESP"): UNI.source,
        ("darien", "PAN"): UNI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=353,
    blank_share=0.35,
)


def make_blind353(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five cleaning- and laundry-sector desks of ``blind353``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``uvw_casework_mq.csv``, ``cnt_so_proprete_mq.csv``, ``las_kellys_mq.xlsx``,
        ``acp_contratistas_mq.csv`` and ``uni_property_services_mq.jsonl``, each with
        its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind353(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['uvw_casework_mq.csv', 'cnt_so_proprete_mq.csv', 'las_kellys_mq.xlsx',
     'acp_contratistas_mq.csv', 'uni_property_services_mq.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date du constat', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
