"""Examiner sample set ``blind343`` (files ``*_mg.*``): lorry parks, truck stops and desks.

Five agencies that have not written a sample set before, each in its own words:

``loves_soc_mg.csv``
    Love's Travel Stops, Security Operations Center (United States): the truck-stop
    chain's incident export of people found hidden in parked tractor-trailers and vans
    on its lots near the Mexican border. English, UTF-8 with BOM, ``,``; US month-first
    dates with a time, US words ("Alien smuggling", "UAC", "Family unit", "Tractor-trailer"),
    demonyms for nationalities, count words and "approx." counts, a ``Store`` column.
``sous_prefecture_calais_mg.xlsx``
    Sous-préfecture de Calais, coordination of the State's response on the coast and on
    the lorry parks (aires poids lourds, rocade portuaire): the weekly sheets pasted one
    after the other (so some rows come twice). French; real Excel dates mixed with typed
    day-first text, "PL"/"VL"/"small boat"/"taxi-boat", "MNA", "Angleterre", counts
    such as "12 migrants", "néant", "NC", GPS pairs with decimal commas, a ``Lieu``
    column.
``cimacc091_pn_mg.csv``
    Policía Nacional, sala CIMACC 091 (Spain): incidents logged by the national police
    emergency rooms, ports' lorry parks and coasts included. Spanish, cp1252, ``;``;
    day-first date and time, penal-code articles ("Art. 318 bis CP"), "V"/"M" for
    varón/mujer, "MENA", "bajo camión", "salto de valla", upper-case and mojibake
    country names (a UTF-8 feed imported into the cp1252 system), decimal commas.
``diip_panama_mg.csv``
    Policía Nacional de Panamá, Dirección de Información e Investigación Policial: an
    Excel "Unicode text" export (UTF-16, tab). Spanish; "17-may-2023", Excel serial
    numbers, "mayo de 2023", "II trimestre 2023", "NNA", "grupo familiar", routes
    written ``Ecuador > Colombia``, coordinates in degrees-minutes-seconds or decimals,
    thousands with a comma as in Panama.
``riskline_alerts_mg.jsonl``
    Riskline, travel-risk alert feed (JSON lines from its API), the compilation: every
    event no primary source reports (United Kingdom, Italy, Greece, Croatia, Poland) and
    second reports of others. English keys, ISO alpha-2 codes, ISO timestamps in UTC,
    month-only and quarter-only dates for roll-up alerts, a feed re-sent with overlap.

The truth says what a careful analyst reads in each cell: a demonym is the country, an
unknown word is nothing (or ``unknown`` in a vocabulary column), "approx. 12" is 12, a
date with a time is its day, "mayo de 2023" the first of May with precision month.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND343", "SOURCES", "Agency", "make_blind343"]

_Rng = np.random.Generator
#: (cell, expected day, precision, tag or "") of a written date.
_DateOut = tuple[object, pd.Timestamp, str, str]
#: (cell, expected count or None, tag or "") of a written count.
_CountOut = tuple[object, int | None, str]
#: (cells, expected lat, expected lon, tag or "") of written coordinates.
_CoordOut = tuple[dict[str, object], float | None, float | None, str]
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: what the shared machinery reads, plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the agency's words for it (the first is its usual one).
    unknown_exploitation, unknown_age, unknown_mode, unknown_gender, unknown_country
        What the agency writes when it does not know the value.
    country_styles : dict
        Style (``name``, ``upper``, ``iso2``, ``iso3``, ``demonym``, ``typo``,
        ``mojibake``, ``lower``) -> share of the country cells written that way.
    demonyms : dict
        ISO alpha-3 -> the agency's words for the people of that country.
    detection_words, destination_words : dict
        ISO alpha-3 -> the agency's own words for its own countries (others by style).
    transit_sep, offence_sep : str
        Separators of its lists.
    date : callable
        ``(day, rng, partial_ok) -> (cell, expected day, precision, tag)``.
    bad_date : callable
        ``(day, kind) -> cell`` of a row with no, an impossible or a future date.
    note_date : callable
        ``(day) -> cell`` written on the note row.
    persons, suspects : callable
        ``(count, rng) -> (cell, expected count, tag)``.
    coords : callable
        ``(lat, lon, rng) -> (cells, expected lat, expected lon, tag)``.
    site : callable or None
        ``(event, rng) -> cell`` of the agency's own site column (``"site"`` header).
    case_rate : float
        Share of text cells whose case or spacing a clerk changed.
    transit_styles : dict or None
        Styles of the countries of a transit list (default: ``country_styles``).
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    unknown_exploitation: tuple[str, ...]
    unknown_age: tuple[str, ...]
    unknown_mode: tuple[str, ...]
    unknown_gender: tuple[str, ...]
    unknown_country: tuple[str, ...]
    country_styles: Mapping[str, float]
    demonyms: Mapping[str, tuple[str, ...]]
    detection_words: Mapping[str, tuple[str, ...]]
    destination_words: Mapping[str, tuple[str, ...]]
    transit_sep: str
    offence_sep: str
    date: Callable[[pd.Timestamp, _Rng, bool], _DateOut]
    bad_date: Callable[[pd.Timestamp, str], object]
    note_date: Callable[[pd.Timestamp], object]
    persons: Callable[[int, _Rng], _CountOut]
    suspects: Callable[[int, _Rng], _CountOut]
    coords: Callable[[float, float, _Rng], _CoordOut]
    site: Callable[[Mapping[str, object], _Rng], object] | None
    case_rate: float
    transit_styles: Mapping[str, float] | None = None


# --------------------------------------------------------------------------------------
# Small writers shared by the agencies
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word (the first) 60 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _typo(name: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a keying slip)."""
    if len(name) < 6:
        return name
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return name
    return name[: i - 1] + b + a + name[i + 1 :]


def _draw(rng: _Rng, shares: Mapping[str, float]) -> str:
    keys = list(shares)
    w = np.array([shares[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(
    src: Agency,
    iso: str,
    rng: _Rng,
    *,
    people: bool = False,
    styles: Mapping[str, float] | None = None,
) -> tuple[str, str]:
    """Write a country the agency's way; return (cell, style tag or "").

    A demonym ("Afghan", "marroquí") is written only for a nationality (``people``).
    """
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    style = _draw(rng, styles or src.country_styles)
    if style == "demonym" and not people:
        style = "name"
    if style == "upper":
        return name.upper(), "case"
    if style == "lower":
        return name.lower(), "case"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "demonym" and iso in src.demonyms:
        return choice(rng, src.demonyms[iso]), "demonym"
    if style == "typo":
        typo = _typo(name)
        if typo != name:
            return typo, "typo"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, "mojibake"
    return name, ""


def _noise(text: str, rate: float, rng: _Rng) -> tuple[str, bool]:
    """Change the case or spacing of a cell at ``rate`` (the meaning stays)."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    return out, out != text


def _day(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.date())


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _clock(ts: pd.Timestamp, rng: _Rng, first: int = 0, last: int = 24) -> tuple[int, int]:
    return int(rng.integers(first, last)), int(rng.integers(60))


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Key the year ten years on (2023 -> 2033): a date in the future."""
    return pd.Timestamp(ts + pd.DateOffset(years=10))


def _pair(lat: float, lon: float, sep: str, comma: bool) -> str:
    text = f"{lat:.5f}{sep}{lon:.5f}"
    return text.replace(".", ",") if comma else text


_EN_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# --------------------------------------------------------------------------------------
# Love's Travel Stops, Security Operations Center (USA, English)
# --------------------------------------------------------------------------------------
def _loves_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    if rng.random() < 0.7:
        h, m = _clock(ts, rng)
        return f"{ts.month}/{ts.day}/{ts.year} {h}:{m:02d}", _day(ts), "day", "us_datetime"
    return ts.strftime("%m/%d/%Y"), _day(ts), "day", "us_date"


def _loves_bad(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"2/30/{ts.year} 3:10"
    fut = _future(ts)
    return f"{fut.month}/{fut.day}/{fut.year} 11:45"


def _loves_persons(n: int, rng: _Rng) -> _CountOut:
    r = rng.random()
    if r < 0.02:
        return choice(rng, ("UNK", "Unknown")), None, "count_placeholder"
    if r < 0.05 and n <= 10:
        word = _EN_WORDS[n - 1]
        return (word.capitalize() if rng.random() < 0.5 else word), n, "count_word"
    if r < 0.08 and n >= 5:
        return choice(rng, (f"approx. {n}", f"~{n}", f"{n} (approx)")), n, "approx_count"
    if n >= 1000:
        return f"{n:,}", n, "thousands:n_persons"
    return str(n), n, ""


def _loves_suspects(n: int, rng: _Rng) -> _CountOut:
    r = rng.random()
    if r < 0.03:
        return "UNK", None, "suspects_placeholder"
    if n == 0 and r < 0.45:
        return choice(rng, ("None", "none", "No arrests")), 0, "zero_word"
    return str(n), n, ""


def _loves_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    if rng.random() < 0.06:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, ""


_LOVES_STORES = {
    "Nogales (Sonora/Arizona)": ("Love's #279 Nogales, AZ", "Love's #612 Tucson, AZ"),
    "Sasabe": ("Love's #612 Tucson, AZ", "Love's #455 Casa Grande, AZ"),
    "El Paso": ("Love's #289 Anthony, TX", "Love's #733 El Paso, TX"),
    "Rio Grande Valley": (
        "Love's #541 Laredo, TX",
        "Love's #802 Edinburg, TX",
        "Love's #318 Pharr, TX",
    ),
}


def _loves_site(ev: Mapping[str, object], rng: _Rng) -> object:
    stores = _LOVES_STORES.get(str(ev.get("hotspot")), ("Love's #733 El Paso, TX",))
    return choice(rng, stores)


# --------------------------------------------------------------------------------------
# Sous-préfecture de Calais (France, French, XLSX)
# --------------------------------------------------------------------------------------
def _spc_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        text = f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
        return text, _month_start(ts), "month", "partial_date"
    if r < 0.78:
        return _day(ts).to_pydatetime(), _day(ts), "day", "excel_date"
    if r < 0.94:
        return ts.strftime("%d/%m/%Y"), _day(ts), "day", "text_date"
    return ts.strftime("%d/%m/%y"), _day(ts), "day", "text_date"


def _spc_bad(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"31/02/{ts.year}"
    return _day(_future(ts)).to_pydatetime()


def _spc_persons(n: int, rng: _Rng) -> _CountOut:
    r = rng.random()
    if r < 0.02:
        return "NC", None, "count_placeholder"
    if r < 0.07:
        return choice(rng, (f"{n} migrants", f"{n} pers.", f"{n} personnes")), n, "count_unit"
    if n >= 1000:
        return f"{n // 1000}\u202f{n % 1000:03d}", n, "thousands:n_persons"
    return n, n, ""


def _spc_suspects(n: int, rng: _Rng) -> _CountOut:
    r = rng.random()
    if r < 0.03:
        return "NC", None, "suspects_placeholder"
    if n == 0 and r < 0.55:
        return choice(rng, ("néant", "aucun", "Néant")), 0, "zero_word"
    return n, n, ""


def _spc_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    if rng.random() < 0.08:
        return {"coordinates": None}, None, None, "coords_missing"
    return {"coordinates": _pair(lat, lon, " ; ", comma=True)}, lat, lon, "decimal_comma"


_SPC_SITES = {
    ("Calais", "land"): (
        "Aire PL du Transmarck",
        "Rocade portuaire (RN216)",
        "Parking PL zone Marcel Doret",
        "Aire PL de Saint-Omer (A26)",
    ),
    ("Calais", "sea"): ("Plage de Sangatte", "Blériot-Plage", "Plage de Wissant"),
    ("Dunkirk/Gravelines", "land"): ("Aire PL de Téteghem (A16)", "Port Ouest – parking fret"),
    ("Dunkirk/Gravelines", "sea"): ("Plage de Gravelines", "Oye-Plage", "Plage de Malo"),
}


def _spc_site(ev: Mapping[str, object], rng: _Rng) -> object:
    if ev.get("detection_country") == "GBR":
        return "Arrivée signalée à Douvres (UK)"
    key = (str(ev.get("hotspot")), str(ev.get("transport_mode")))
    return choice(rng, _SPC_SITES.get(key, ("Calais – secteur portuaire",)))


# --------------------------------------------------------------------------------------
# Policía Nacional, sala CIMACC 091 (Spain, Spanish, cp1252 CSV)
# --------------------------------------------------------------------------------------
def _cimacc_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    if rng.random() < 0.85:
        h, m = _clock(ts, rng)
        s = int(rng.integers(60))
        return f"{ts.strftime('%d/%m/%Y')} {h:02d}:{m:02d}:{s:02d}", _day(ts), "day", "datetime"
    return ts.strftime("%d/%m/%Y"), _day(ts), "day", ""


def _cimacc_bad(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"30/02/{ts.year} 10:15:00"
    return _future(ts).strftime("%d/%m/%Y 09:30:00")


def _cimacc_persons(n: int, rng: _Rng) -> _CountOut:
    if rng.random() < 0.02:
        return choice(rng, ("s/d", "S/D")), None, "count_placeholder"
    if n >= 1000:
        return f"{n // 1000}.{n % 1000:03d}", n, "thousands:n_persons"
    return str(n), n, ""


def _cimacc_suspects(n: int, rng: _Rng) -> _CountOut:
    r = rng.random()
    if r < 0.03:
        return "s/d", None, "suspects_placeholder"
    if n == 0 and r < 0.4:
        return choice(rng, ("ninguno", "NINGUNO", "sin detenidos")), 0, "zero_word"
    return str(n), n, ""


def _cimacc_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    if rng.random() < 0.05:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    cells: dict[str, object] = {
        "lat": f"{lat:.5f}".replace(".", ","),
        "lon": f"{lon:.5f}".replace(".", ","),
    }
    return cells, lat, lon, "decimal_comma"


# --------------------------------------------------------------------------------------
# Policía Nacional de Panamá, DIIP (Panama, Spanish, UTF-16 tab-separated)
# --------------------------------------------------------------------------------------
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _diip_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        text = f"{_MONTHS['es'][ts.month - 1]} de {ts.year}"
        return text, _month_start(ts), "month", "partial_date"
    if partial_ok and r < 0.06:
        text = f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}"
        return text, _quarter_start(ts), "quarter", "partial_date"
    if r < 0.16:
        return str((_day(ts) - _EXCEL_EPOCH).days), _day(ts), "day", "excel_serial"
    if r < 0.6:
        short = _MONTHS["es"][ts.month - 1][:3]
        return f"{ts.day:02d}-{short}-{ts.year}", _day(ts), "day", "short_month"
    return ts.strftime("%d/%m/%Y"), _day(ts), "day", ""


def _diip_bad(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"31-feb-{ts.year}"
    fut = _future(ts)
    return f"{fut.day:02d}-{_MONTHS['es'][fut.month - 1][:3]}-{fut.year}"


def _diip_persons(n: int, rng: _Rng) -> _CountOut:
    if rng.random() < 0.02:
        return choice(rng, ("N/D", "por determinar")), None, "count_placeholder"
    if n >= 1000:
        return f"{n:,}", n, "thousands:n_persons"
    return str(n), n, ""


def _diip_suspects(n: int, rng: _Rng) -> _CountOut:
    r = rng.random()
    if r < 0.03:
        return "N/D", None, "suspects_placeholder"
    if n == 0 and r < 0.5:
        return choice(rng, ("ninguno", "Ninguno", "sin aprehendidos")), 0, "zero_word"
    return str(n), n, ""


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (0.1") of a coordinate, and the value it reads as."""
    tenths = round(abs(value) * 36000)  # whole tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{pos if value >= 0 else neg}"
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _diip_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    r = rng.random()
    if r < 0.04:
        return {"coordinates": "sin coordenadas"}, None, None, "coords_placeholder"
    if r < 0.08:
        return {"coordinates": None}, None, None, "coords_missing"
    if r < 0.55:
        t_lat, b_lat = _dms(lat, "N", "S")
        t_lon, b_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon, "dms_coords"
    return {"coordinates": _pair(lat, lon, ", ", comma=False)}, lat, lon, ""


# --------------------------------------------------------------------------------------
# Riskline alert feed (compilation, English, JSON lines)
# --------------------------------------------------------------------------------------
def _rl_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.08:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "partial_date"
    if partial_ok and r < 0.14:
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if r < 0.75:
        h, m = _clock(ts, rng, 12, 21)  # UTC hours that fall on the same local day
        return f"{ts.strftime('%Y-%m-%d')}T{h:02d}:{m:02d}:00Z", _day(ts), "day", "iso_datetime"
    return ts.strftime("%Y-%m-%d"), _day(ts), "day", ""


def _rl_bad(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{ts.year}-02-30"
    return _future(ts).strftime("%Y-%m-%d")


def _rl_persons(n: int, rng: _Rng) -> _CountOut:
    if rng.random() < 0.02:
        return "unknown", None, "count_placeholder"
    return n, n, ""


def _rl_suspects(n: int, rng: _Rng) -> _CountOut:
    r = rng.random()
    if r < 0.03:
        return None, None, "blank_n_suspects"
    if n == 0 and r < 0.12:
        return "none", 0, "zero_word"
    return n, n, ""


def _rl_coords(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    if rng.random() < 0.05:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    return {"lat": lat, "lon": lon}, lat, lon, ""


def _no_note(ts: pd.Timestamp) -> object:
    return None


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
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
    "MEX": ("Mexican", "Mexican national"),
    "MLI": ("Malian",),
    "NGA": ("Nigerian",),
    "PAK": ("Pakistani",),
    "ROU": ("Romanian",),
    "SEN": ("Senegalese",),
    "SYR": ("Syrian",),
    "TUN": ("Tunisian",),
    "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",),
}
_FR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("afghane", "afghans"),
    "ALB": ("albanaise", "albanais"),
    "ERI": ("érythréenne", "érythréens"),
    "IRN": ("iranienne", "iraniens"),
    "IRQ": ("irakienne", "irakiens"),
    "SYR": ("syrienne", "syriens"),
    "VNM": ("vietnamienne", "vietnamiens"),
}
_ES_DEMONYMS: dict[str, tuple[str, ...]] = {
    "MAR": ("marroquí", "marroquíes"),
    "DZA": ("argelina", "argelinos"),
    "GIN": ("guineana", "guineanos"),
    "MLI": ("maliense", "malienses"),
    "SEN": ("senegalesa", "senegaleses"),
    "GMB": ("gambiana", "gambianos"),
    "CIV": ("marfileña", "marfileños"),
    "ROU": ("rumana", "rumanos"),
}
_PA_DEMONYMS: dict[str, tuple[str, ...]] = {
    "VEN": ("venezolana", "venezolanos"),
    "ECU": ("ecuatoriana", "ecuatorianos"),
    "HTI": ("haitiana", "haitianos"),
    "COL": ("colombiana", "colombianos"),
    "CHN": ("china", "chinos"),
}

LOVES = Agency(
    source="loves_soc",
    filename="loves_soc_mg.csv",
    ref="LTS-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident #",
        "event_date": "Incident Date/Time",
        "site": "Store",
        "detection_country": "Country",
        "crime_type": "Incident Type",
        "exploitation": "HT Type",
        "n_persons": "# Individuals Found",
        "n_suspects": "# Suspects Detained",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality (as reported)",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note=None,
    total="TOTAL INDIVIDUALS",
    bad_count=("multiple", "several", "a group"),
    repeats=False,
    crime={
        "smuggling": ("Human Smuggling", "Alien smuggling", "Smuggling - suspected"),
        "trafficking": ("Human Trafficking", "HT", "Trafficking - suspected"),
        "both": ("Smuggling/Trafficking", "HT + Smuggling"),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female"),
        "mixed": ("M/F", "Mixed", "Both"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Juvenile", "UAC", "Minor"),
        "mixed": ("Adults & juveniles", "Family unit", "Mixed"),
    },
    mode={
        "land": ("Tractor-trailer", "Trailer", "Box truck", "Pickup", "Passenger vehicle"),
        "sea": ("Boat",),
        "air": ("Aircraft",),
    },
    offences={
        "document_fraud": ("Fraudulent documents", "Fake ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Drugs"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    unknown_exploitation=("Unknown", "TBD"),
    unknown_age=("Unk", "Unknown"),
    unknown_mode=("Unk",),
    unknown_gender=("Unk", "Unknown"),
    unknown_country=("Unknown", "UNK"),
    country_styles={"name": 0.55, "demonym": 0.25, "iso2": 0.08, "upper": 0.07, "typo": 0.05},
    demonyms=_EN_DEMONYMS,
    detection_words={"USA": ("US", "USA", "United States", "U.S.")},
    destination_words={},
    transit_sep=", ",
    offence_sep="; ",
    date=_loves_date,
    bad_date=_loves_bad,
    note_date=_no_note,
    persons=_loves_persons,
    suspects=_loves_suspects,
    coords=_loves_coords,
    site=_loves_site,
    case_rate=0.03,
)

SPC = Agency(
    source="sous_prefecture_calais",
    filename="sous_prefecture_calais_mg.xlsx",
    ref="SPC-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "site": "Lieu de découverte",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de passage",
        "coordinates": "Coordonnées GPS (lat ; long)",
        "linked_offences": "Infractions connexes",
    },
    note="Bilan provisoire – données non consolidées, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=True,
    crime={
        "smuggling": (
            "aide à l'entrée irrégulière",
            "AEI",
            "aide au passage",
            "filière de passage",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH / aide à l'entrée irrégulière", "traite + aide au passage"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("H/F", "mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA", "mineur isolé"),
        "mixed": ("majeurs + mineurs", "familles", "mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation", "bateau pneumatique", "taxi-boat"),
        "land": ("PL", "poids lourd", "camion", "fourgon", "VL"),
        "air": ("aérien",),
    },
    offences={
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande de tabac"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown_exploitation=("non déterminée", "inconnue"),
    unknown_age=("NC", "non renseigné"),
    unknown_mode=("NC",),
    unknown_gender=("NC", "?"),
    unknown_country=("inconnue", "NC"),
    country_styles={"name": 0.5, "demonym": 0.3, "upper": 0.1, "iso3": 0.05, "typo": 0.05},
    demonyms=_FR_DEMONYMS,
    detection_words={
        "FRA": ("France", "FRANCE", "FR"),
        "GBR": ("Royaume-Uni", "UK", "Angleterre"),
    },
    destination_words={"GBR": ("Royaume-Uni", "UK", "Angleterre", "GB")},
    transit_sep=" - ",
    offence_sep=" / ",
    date=_spc_date,
    bad_date=_spc_bad,
    note_date=lambda ts: _day(ts).to_pydatetime(),
    persons=_spc_persons,
    suspects=_spc_suspects,
    coords=_spc_coords,
    site=_spc_site,
    case_rate=0.03,
)

CIMACC = Agency(
    source="cimacc091_pn",
    filename="cimacc091_pn_mg.csv",
    ref="091-{year}-{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº incidente",
        "event_date": "Fecha/hora hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Mayor/menor edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países tránsito",
        "destination_country": "País destino",
        "detection_country": "País",
        "transport_mode": "Medio empleado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales sujetos a revisión",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    crime={
        "smuggling": (
            "Favorecimiento inmigración ilegal",
            "Art. 318 bis CP",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "Art. 177 bis CP", "TSH"),
        "both": ("Trata y favorecimiento inmigración ilegal", "177 bis + 318 bis CP"),
    },
    exploitation={
        "sexual": ("explotación sexual", "prostitución coactiva"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "male": ("Varón", "Varones", "Hombres", "V"),
        "female": ("Mujer", "Mujeres", "M"),
        "mixed": ("Ambos sexos", "Mixto", "V/M"),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "MENA", "Menor no acompañado"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación", "Moto de agua"),
        "land": ("Camión", "Bajo camión", "Vehículo", "A pie", "Salto de valla"),
        "air": ("Avión", "Vía aérea", "Aeropuerto"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    unknown_exploitation=("sin determinar", "desconocida"),
    unknown_age=("s/d", "S/D"),
    unknown_mode=("s/d",),
    unknown_gender=("s/d",),
    unknown_country=("desconocida", "S/D"),
    country_styles={
        "name": 0.45,
        "upper": 0.3,
        "mojibake": 0.1,
        "iso3": 0.05,
        "typo": 0.05,
        "demonym": 0.05,
    },
    demonyms=_ES_DEMONYMS,
    detection_words={"ESP": ("España", "ESPAÑA", "ES"), "ITA": ("Italia", "ITALIA", "IT")},
    destination_words={},
    transit_sep=" - ",
    offence_sep=", ",
    date=_cimacc_date,
    bad_date=_cimacc_bad,
    note_date=lambda ts: ts.strftime("%d/%m/%Y"),
    persons=_cimacc_persons,
    suspects=_cimacc_suspects,
    coords=_cimacc_coords,
    site=None,
    case_rate=0.03,
)

DIIP = Agency(
    source="diip_panama",
    filename="diip_panama_mg.csv",
    ref="DIIP-DAR-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° de informe",
        "event_date": "Fecha",
        "detection_country": "País",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "Destino declarado",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Información preliminar – uso oficial",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "Trata"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otra",),
    },
    gender={
        "male": ("masculino", "hombres"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "ambos"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores", "NNA no acompañados"),
        "mixed": ("adultos y NNA", "grupo familiar", "mixto"),
    },
    mode={
        "land": ("a pie", "caminando", "bus", "camión de carga", "vehículo particular"),
        "sea": ("lancha", "embarcación"),
        "air": ("vía aérea",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("posesión de drogas", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    unknown_exploitation=("por determinar", "N/D"),
    unknown_age=("N/D",),
    unknown_mode=("N/D",),
    unknown_gender=("N/D",),
    unknown_country=("N/D", "no indica"),
    country_styles={"name": 0.4, "demonym": 0.35, "upper": 0.15, "iso3": 0.05, "typo": 0.05},
    demonyms=_PA_DEMONYMS,
    detection_words={"PAN": ("Panamá", "PANAMÁ", "PA", "Rep. de Panamá")},
    destination_words={
        "USA": ("Estados Unidos", "EE.UU.", "EEUU", "USA"),
        "MEX": ("México", "MEXICO"),
    },
    transit_sep=" > ",
    offence_sep="; ",
    date=_diip_date,
    bad_date=_diip_bad,
    note_date=lambda ts: f"{ts.day:02d}-{_MONTHS['es'][ts.month - 1][:3]}-{ts.year}",
    persons=_diip_persons,
    suspects=_diip_suspects,
    coords=_diip_coords,
    site=None,
    case_rate=0.03,
)

RISKLINE = Agency(
    source="riskline_alerts",
    filename="riskline_alerts_mg.jsonl",
    ref="RL-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "event_date",
        "detection_country": "country",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "people_count",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("several", "dozens"),
    repeats=True,
    crime={
        "smuggling": ("Human smuggling", "Migrant smuggling", "People smuggling"),
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "both": ("Human trafficking / smuggling",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("adults",), "child": ("minors", "children"), "mixed": ("mixed",)},
    mode={
        "sea": ("maritime", "boat"),
        "land": ("road", "truck", "on foot"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown_exploitation=("unspecified",),
    unknown_age=("unknown",),
    unknown_mode=("unknown",),
    unknown_gender=("unknown",),
    unknown_country=("unknown",),
    country_styles={"iso2": 0.75, "name": 0.15, "demonym": 0.07, "iso3": 0.03},
    demonyms=_EN_DEMONYMS,
    detection_words={},
    destination_words={},
    transit_sep=", ",
    offence_sep=", ",
    date=_rl_date,
    bad_date=_rl_bad,
    note_date=_no_note,
    persons=_rl_persons,
    suspects=_rl_suspects,
    coords=_rl_coords,
    site=None,
    case_rate=0.0,
    transit_styles={"iso2": 1.0},
)

#: The set's agencies, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (LOVES, SPC, CIMACC, DIIP, RISKLINE)


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _vocab(
    src: Agency,
    col: str,
    value: str,
    table: Mapping[str, tuple[str, ...]],
    rng: _Rng,
    tags: list[str],
) -> str:
    text, changed = _noise(_word(rng, table[value]), src.case_rate, rng)
    if changed:
        tags.append(f"case:{col}")
    return text


def _country_cell(
    src: Agency, col: str, iso: str, own: Mapping[str, tuple[str, ...]], rng: _Rng, tags: list[str]
) -> str:
    if iso in own and rng.random() < 0.85:
        return _word(rng, own[iso])
    text, style = _country(src, iso, rng, people=col == "nationality")
    if style:
        tags.append(f"{style}:{col}")
    return text


def render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it.

    Parameters
    ----------
    src : Agency
        The agency.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the row may give only a month or a quarter.
    forced_blank : str or None
        Field a second report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (plus ``"coordinates"`` and ``"site"``).
    expected : dict
        Expected clean value of every record field.
    tags : list of str
        Messiness planted in the row.
    """
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    tags: list[str] = []
    if forced_blank:
        tags.append(f"blank_{forced_blank}")

    ts = pd.Timestamp(cast(Any, ev["event_date"]))
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = src.date(
        ts, rng, partial_ok
    )
    if tag:
        tags.append(tag)
    if src.site is not None:
        cells["site"] = src.site(ev, rng)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, "crime_type", crime, src.crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is not None:
        if rng.random() < 0.04:
            cells["exploitation"] = choice(rng, src.unknown_exploitation)
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            word = _vocab(src, "exploitation", str(expl), src.exploitation, rng, tags)
            cells["exploitation"], exp["exploitation"] = word, str(expl)

    n = int(cast(Any, ev["n_persons"]))
    cells["n_persons"], exp["n_persons"], tag = src.persons(n, rng)
    if tag:
        tags.append(tag)
    if forced_blank != "n_suspects":
        cells["n_suspects"], exp["n_suspects"], tag = src.suspects(
            int(cast(Any, ev["n_suspects"])), rng
        )
        if tag:
            tags.append(tag)

    for col, table, unknown in (
        ("gender", src.gender, src.unknown_gender),
        ("age_group", src.age, src.unknown_age),
        ("transport_mode", src.mode, src.unknown_mode),
    ):
        value = str(ev[col])
        if col == "gender" and forced_blank == "gender":
            exp[col] = "unknown"
            continue
        if rng.random() < 0.025:
            cells[col] = choice(rng, unknown)
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else f"na_word:{col}")
            continue
        cells[col] = _vocab(src, col, value, table, rng, tags)
        exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has or iso is None or forced_blank == col:
            continue
        if col != "detection_country" and rng.random() < 0.025:
            cells[col] = choice(rng, src.unknown_country)
            tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        own = src.detection_words if col == "detection_country" else src.destination_words
        if col == "nationality":
            own = {}
        cells[col] = _country_cell(src, col, str(iso), own, rng, tags)
        exp[col] = str(iso)

    transit = ev["transit_countries"]
    if "transit_countries" in has and transit is not None:
        parts = []
        for iso in str(transit).split("|"):
            text, style = _country(src, iso, rng, styles=src.transit_styles)
            if style in ("typo", "mojibake"):
                tags.append(f"{style}:transit_countries")
            parts.append(text)
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    if forced_blank != "coordinates":
        lat, lon = float(cast(Any, ev["lat"])), float(cast(Any, ev["lon"]))
        coord_cells, exp["lat"], exp["lon"], tag = src.coords(lat, lon, rng)
        cells.update(coord_cells)
        if tag:
            tags.append(tag)

    offences = ev["linked_offences"]
    if offences is not None:
        words = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return src.bad_date(ts, kind)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    return src.note_date(last)


#: Who first reports each detection country's events (the rest: the compilation).
_PRIMARY = {
    "USA": LOVES.source,
    "FRA": SPC.source,
    "ESP": CIMACC.source,
    "PAN": DIIP.source,
}
#: Who may report an event a second time: (corridor, detection country) -> source.
_SECONDARY = {
    ("channel", "GBR"): SPC.source,  # boats seen leaving the coast, landed at Dover
    ("channel", "FRA"): RISKLINE.source,
    ("us_mex", "USA"): RISKLINE.source,
    ("darien", "PAN"): RISKLINE.source,
    ("wmed", "ESP"): RISKLINE.source,
    ("watl", "ESP"): RISKLINE.source,
    ("thb_rou_esp", "ESP"): RISKLINE.source,
    ("thb_rou_esp", "ITA"): CIMACC.source,  # the Spanish side of joint investigations
}

#: The variant: its agencies, routing and writers.
BLIND343: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=RISKLINE.source,
    secondary=_SECONDARY,
    render=render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=343,
    blank_share=0.5,
)


def make_blind343(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind343`` examiner set (files ``*_mg.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``loves_soc_mg.csv``, ``sous_prefecture_calais_mg.xlsx``, ``cimacc091_pn_mg.csv``,
        ``diip_panama_mg.csv`` and ``riskline_alerts_mg.jsonl``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind343(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['loves_soc_mg.csv', 'sous_prefecture_calais_mg.xlsx', 'cimacc091_pn_mg.csv',
     'diip_panama_mg.csv', 'riskline_alerts_mg.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº incidente', 'Fecha/hora hecho', 'Tipología']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND343, truth, seed=seed)
