"""Examiner sample set ``blind367`` (files ``*_ne.*``): food banks that meet the people.

Five charity food networks log the exploited and smuggled people who come to them for
food, each in its own working language and tool:

``trussell_trust_ne.csv``
    The Trussell Trust's food bank safeguarding log (English, UTF-8 with BOM, ``,``):
    UK day-first dates and "17 May 2023", nationalities as demonyms ("Vietnamese"),
    "UK", "England" or "Scotland" for the country, journeys joined by ``" > "``, small
    counts in words ("two"), no coordinates (a food bank logs a postcode, not a point).
``restos_du_coeur_ne.csv``
    The Restos du Cœur distributions of the Pas-de-Calais (French, cp1252, ``;``, CRLF):
    day-first dates with two- or four-digit years and "mai 2023", French names and
    feminine demonyms ("afghane"), some of them mojibake of a file once saved as UTF-8,
    "Angleterre" for the United Kingdom, "MNA" for unaccompanied minors, "aucun" for no
    smuggler, latitude and longitude with decimal commas.
``feba_foodbanks_ne.jsonl``
    The European Food Banks Federation's member-bank platform (English keys, UTF-8 JSON
    lines): the compilation of Italian, Greek, Spanish, Croatian and Polish food banks,
    ISO dates ("2023-05", "2023-Q2" when the member gave only the month or quarter), ISO
    alpha-2 reporting country, ISO alpha-3 nationality, UN M49 numeric origin ("004"),
    transit and other offences as JSON arrays of codes, ``0, 0`` for an unknown point.
``bamx_frontera_ne.xlsx``
    The northern border food banks of the Red BAMX (Mexican Spanish, XLSX): real Excel
    dates, "tráfico de personas" for migrant smuggling (Mexican law's term), feminine
    demonyms ("hondureña"), "EUA" for the United States, "NNA" for children, "ninguno"
    for no smuggler, one text cell "lat, lon" (a few typed the other way round).
``banco_alimentos_pa_ne.csv``
    The Banco de Alimentos Panamá's Darién deliveries (Panamanian Spanish, UTF-16 tab
    text as Excel's "Unicode text" export writes it): day-first dates, Excel serials,
    "mayo 2023" and "T2 2023", counts with a thousands comma ("1,250"), names without
    accents, decimal degrees and a GPS's degrees and decimal minutes ("8°30.205'N").

Every source also writes a note or a total row where it would, bad rows of every kind,
and second reports of events another source reported first (the Channel between the
French and English food banks, the Darién again in Mexico).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["FoodBankSource", "make_blind367"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class FoodBankSource(ExaminerSource):
    """A food network's file: the shared description plus its own words.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the network's own words (the first one the usual).
    unknown : tuple of str
        What its volunteers write when a value is not known.
    zero : tuple of str
        Words for "no suspect".
    count_unknown : tuple of str
        Words of a count cell whose number was not taken.
    sites : mapping
        Truth hotspot -> the food bank or distribution point that logged it.
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    count_unknown: tuple[str, ...]
    sites: Mapping[str, tuple[str, ...]]


# --------------------------------------------------------------------------------------
# Names the networks write beside the shared country table
# --------------------------------------------------------------------------------------
_DEMONYM = {
    "en": {
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    "fr": {  # feminine: it agrees with "nationalité"
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {  # feminine: it agrees with "nacionalidad"
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
}
#: Everyday names beside the formal ones.
_ALIAS = {
    "en": {"VNM": "Vietnam", "IRN": "Iran, Islamic Republic of", "SYR": "Syrian Arab Republic"}
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _no_accent(text: str) -> str:
    """Drop accents as a hurried typist does (``Panamá`` -> ``Panama``)."""
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _swap(text: str) -> str | None:
    """Two letters swapped in the middle of a long name, or None if none can be."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _form(iso: str, style: str, lang: str) -> str | None:
    """One way of writing a country; None when the style does not apply to it."""
    name = _name(iso, lang)
    if style == "name":
        return name
    if style == "upper":
        return name.upper()
    if style == "demonym":
        return _DEMONYM[lang].get(iso)
    if style == "noaccent":
        plain = _no_accent(name)
        return plain if plain != name else None
    if style == "mojibake":
        return mojibake(name)
    if style == "typo":
        return str(COUNTRIES[iso][5]) if lang == "en" else _swap(name)
    if style == "alias":
        return _ALIAS.get(lang, {}).get(iso)
    if style == "iso3":
        return iso
    if style == "iso2":
        return iso_codes(iso)[0]
    raise ValueError(style)  # pragma: no cover - the styles are this module's own


def _country(
    src: FoodBankSource, iso: str, col: str, styles: Mapping[str, float], rng: _Rng
) -> tuple[str, list[str]]:
    """Write one country in a style drawn from ``styles``; return (cell, tags)."""
    keys = list(styles)
    w = np.array(list(styles.values()), dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    text = _form(iso, style, src.language)
    if text is None or not fits(text, src):
        return _name(iso, src.language), []
    return text, ([] if style == "name" else [f"{style}:{col}"])


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word two times in three, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _noise(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of a cell now and then (the meaning stays)."""
    if rng.random() >= rate:
        return text, False
    k = int(rng.integers(4))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  " if k == 2 else text
    return out, out != text


# --------------------------------------------------------------------------------------
# How each network writes a country, a date, a count and a place
# --------------------------------------------------------------------------------------
_COUNTRY_STYLES: dict[str, dict[str, dict[str, float]]] = {
    "trussell_trust": {
        "nationality": {"demonym": 0.45, "name": 0.3, "alias": 0.1, "upper": 0.1, "typo": 0.05},
        "transit_countries": {"name": 0.9, "typo": 0.05, "upper": 0.05},
    },
    "restos_du_coeur": {
        "nationality": {"name": 0.45, "upper": 0.2, "demonym": 0.2, "mojibake": 0.1, "typo": 0.05},
        "origin_country": {"name": 0.6, "upper": 0.25, "mojibake": 0.1, "typo": 0.05},
        "destination_country": {"name": 1.0},
        "transit_countries": {"name": 0.8, "upper": 0.1, "mojibake": 0.1},
    },
    "bamx_frontera": {
        "nationality": {"demonym": 0.5, "name": 0.3, "noaccent": 0.1, "upper": 0.1},
        "origin_country": {"name": 0.75, "noaccent": 0.15, "upper": 0.1},
        "destination_country": {"name": 1.0},
        "transit_countries": {"name": 0.8, "noaccent": 0.2},
    },
    "banco_alimentos_pa": {
        "nationality": {"name": 0.65, "noaccent": 0.15, "upper": 0.1, "iso3": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.7, "noaccent": 0.15, "upper": 0.1, "typo": 0.05},
        "destination_country": {"name": 1.0},
        "transit_countries": {"name": 0.85, "noaccent": 0.15},
    },
}
#: What each network writes for the countries it names its own way (with their weights).
_OWN_WORDS: dict[str, dict[str, dict[str, float]]] = {
    "trussell_trust": {
        "GBR": {"UK": 0.5, "United Kingdom": 0.3, "<home>": 0.2},
        "FRA": {"France": 0.9, "FRANCE": 0.1},
    },
    "restos_du_coeur": {
        "FRA": {"France": 0.85, "FRANCE": 0.15},
        "GBR": {"Royaume-Uni": 0.5, "Angleterre": 0.35, "UK": 0.15},
    },
    "bamx_frontera": {
        "USA": {"Estados Unidos": 0.5, "EUA": 0.25, "EE.UU.": 0.15, "USA": 0.1},
        "PAN": {"Panamá": 0.8, "Panama": 0.2},
        "MEX": {"México": 0.85, "Mexico": 0.15},
    },
    "banco_alimentos_pa": {
        "PAN": {"Panamá": 0.8, "PANAMA": 0.1, "Panama": 0.1},
        "USA": {"Estados Unidos": 0.5, "EE.UU.": 0.25, "USA": 0.15, "EEUU": 0.1},
        "MEX": {"México": 0.85, "Mexico": 0.15},
    },
}
#: The part of the United Kingdom a British food bank names.
_HOME_NATION = {"Glasgow": "Scotland"}


def _own_country(
    src: FoodBankSource, iso: str, col: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, list[str]] | None:
    table = _OWN_WORDS.get(src.source, {}).get(iso)
    if table is None:
        return None
    words = list(table)
    w = np.array(list(table.values()), dtype=float)
    word = words[int(rng.choice(len(words), p=w / w.sum()))]
    if word == "<home>":
        word = _HOME_NATION.get(str(ev["hotspot"]), "England")
    return word, ([] if word == _name(iso, src.language) else [f"alias:{col}"])


def _write_country(
    src: FoodBankSource, iso: str, col: str, ev: dict[str, object], rng: _Rng
) -> tuple[object, list[str]]:
    if src.source == "feba_foodbanks":
        if col == "detection_country":
            return iso_codes(iso)[0], ["iso2:" + col]
        if col == "nationality":
            return iso, ["iso3:" + col]
        if col == "origin_country":
            return iso_codes(iso)[1], ["m49:" + col]
        if iso == "DEU" and rng.random() < 0.2:  # a member typed it in its own language
            return "Deutschland", ["alias:" + col]
        return _name(iso, "en"), []
    if col in ("detection_country", "destination_country"):
        own = _own_country(src, iso, col, ev, rng)
        if own is not None:
            return own
    styles = _COUNTRY_STYLES[src.source].get(col, {"name": 1.0})
    return _country(src, iso, col, styles, rng)


_TRANSIT_SEP = {
    "trussell_trust": " > ",
    "restos_du_coeur": ", ",
    "bamx_frontera": " - ",
    "banco_alimentos_pa": ", ",
}


def _write_transit(
    src: FoodBankSource, value: str, ev: dict[str, object], rng: _Rng
) -> tuple[object, list[str]]:
    codes = value.split("|")
    if src.source == "feba_foodbanks":
        return list(codes), ["json_list:transit_countries"]
    tags: list[str] = []
    parts = []
    styles = _COUNTRY_STYLES[src.source]["transit_countries"]
    for iso in codes:
        text, t = _country(src, iso, "transit_countries", styles, rng)
        parts.append(text)
        tags += t
    return _TRANSIT_SEP[src.source].join(parts), sorted(set(tags))


def _month_word(ts: pd.Timestamp, lang: str) -> str:
    name = MONTHS[ts.month - 1] if lang == "en" else _MONTHS[lang][ts.month - 1]
    return f"{name} {ts.year}"


def _write_date(
    src: FoodBankSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) in the network's date style."""
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    name = src.source
    if name == "trussell_trust":
        if partial_ok and r < 0.07:
            return _month_word(ts, "en"), month_start, "month", ["partial_date"]
        if r < 0.2:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if name == "restos_du_coeur":
        if partial_ok and r < 0.06:
            return _month_word(ts, "fr"), month_start, "month", ["partial_date"]
        if r < 0.22:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if name == "feba_foodbanks":
        if partial_ok and r < 0.06:
            return ts.strftime("%Y-%m"), month_start, "month", ["partial_date"]
        if partial_ok and r < 0.1:
            return f"{ts.year}-Q{ts.quarter}", quarter_start, "quarter", ["partial_date"]
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if name == "bamx_frontera":
        if partial_ok and r < 0.07:
            return _month_word(ts, "es"), month_start, "month", ["partial_date"]
        if r < 0.2:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_as_text"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    # banco_alimentos_pa
    if partial_ok and r < 0.05:
        return _month_word(ts, "es"), month_start, "month", ["partial_date"]
    if partial_ok and r < 0.1:
        return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
    if r < 0.2:
        return str((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _bad_date(src: FoodBankSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return an empty, impossible or far-future date, written the network's way."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        impossible = {
            "trussell_trust": f"30/02/{ts.year}",
            "restos_du_coeur": f"31/06/{ts.year}",
            "feba_foodbanks": f"{ts.year}-02-30",
            "bamx_frontera": f"31/04/{ts.year}",
            "banco_alimentos_pa": f"{ts.day:02d}/13/{ts.year}",
        }
        return impossible[src.source]
    future = ts.replace(year=ts.year + 100, day=min(ts.day, 28))  # a slipped digit: 2023 -> 2123
    if src.source == "feba_foodbanks":
        return future.strftime("%Y-%m-%d")
    if src.source == "bamx_frontera":
        return future.to_pydatetime()
    return future.strftime("%d/%m/%Y")


def _note_date(src: FoodBankSource, last: pd.Timestamp) -> object:
    if src.source == "bamx_frontera":
        return last.to_pydatetime()
    return last.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")


def _write_count(src: FoodBankSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the persons' count."""
    r = rng.random()
    if r < 0.02 and src.count_unknown:
        return choice(rng, src.count_unknown), None, ["count_placeholder"]
    if src.source == "feba_foodbanks":
        return n, n, []
    if src.source == "bamx_frontera":
        return n, n, []
    if src.source == "trussell_trust" and n <= len(_NUMBER_WORDS) and r < 0.15:
        return _NUMBER_WORDS[n - 1], n, ["count_word"]
    if src.source == "banco_alimentos_pa" and n >= 1000 and r < 0.75:
        return f"{n:,}", n, ["thousands:n_persons"]
    return str(n), n, []


def _write_suspects(
    src: FoodBankSource, n: object, rng: _Rng, blank: bool
) -> tuple[object, int | None, list[str]]:
    if n is None:
        return None, None, []
    k = int(n)  # type: ignore[call-overload]
    if blank:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.04:
        return None, None, ["blank_n_suspects"]
    if r < 0.09:
        if src.source == "feba_foodbanks":
            return None, None, ["blank_n_suspects"]
        return choice(rng, src.unknown), None, ["suspects_placeholder"]
    if k == 0 and src.zero and r < 0.5:
        return choice(rng, src.zero), 0, ["zero_word"]
    if src.format == "csv":
        return str(k), k, []
    return k, k, []


def _ddm(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees and decimal minutes as a hand GPS shows them, and the value it reads."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 3)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    sign = 1 if value >= 0 else -1
    return f"{deg}°{minutes:06.3f}'{hemi}", sign * round(deg + minutes / 60, 6)


def _write_place(
    src: FoodBankSource, ev: dict[str, object], rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags)."""
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    if src.source == "trussell_trust":
        return {}, None, None, ["coords_missing"]
    if blank:
        return {}, None, None, ["blank_coordinates"]
    own = {
        "restos_du_coeur": "FRA",
        "bamx_frontera": "USA",
        "banco_alimentos_pa": "PAN",
    }.get(src.source)
    if own is not None and ev["detection_country"] != own:
        return {}, None, None, ["coords_missing"]  # it geocodes its own sites only
    r = rng.random()
    if r < 0.05:
        return {}, None, None, ["coords_missing"]
    if src.source == "restos_du_coeur":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, ["decimal_comma:coordinates"]
    if src.source == "feba_foodbanks":
        if r < 0.08:
            return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
        return {"lat": lat, "lon": lon}, lat, lon, []
    if src.source == "bamx_frontera":
        if r < 0.09:
            return {"coordinates": f"{lon:.5f}, {lat:.5f}"}, lat, lon, ["coords_swapped"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, ["coords_pair"]
    # banco_alimentos_pa
    if r < 0.25:
        t_lat, e_lat = _ddm(lat, "N", "S")
        t_lon, e_lon = _ddm(lon, "E", "W")
        return {"lat": t_lat, "lon": t_lon}, e_lat, e_lon, ["coords_ddm"]
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, []


def _write_offences(src: FoodBankSource, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    words = [_word(rng, src.offences[o]) for o in str(value).split("|")]
    if src.source == "feba_foodbanks":
        return words
    sep = {
        "trussell_trust": ", ",
        "restos_du_coeur": " + ",
        "bamx_frontera": "; ",
        "banco_alimentos_pa": " / ",
    }[src.source]
    return sep.join(words)


# --------------------------------------------------------------------------------------
# One event as one network writes it
# --------------------------------------------------------------------------------------
#: Share of a network's rows pasted in from a UTF-8 sheet and read back as cp1252.
_PASTED = {"restos_du_coeur": 0.12}
_CASE_RATE = {
    "trussell_trust": 0.05,
    "restos_du_coeur": 0.08,
    "feba_foodbanks": 0.0,
    "bamx_frontera": 0.05,
    "banco_alimentos_pa": 0.06,
}


def _render(
    src: FoodBankSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    has = set(src.headers)
    rate = _CASE_RATE[src.source]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    def text(col: str, value: str) -> str:
        out, changed = _noise(value, rng, rate)
        if changed:
            tags.append(f"case:{col}")
        return out

    cells["site"] = choice(rng, src.sites[str(ev["hotspot"])])
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _write_date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = text("crime_type", _word(rng, src.crime[crime]))
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        exp["exploitation"] = None
        cells["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = text("exploitation", _word(rng, src.exploitation[str(expl)]))
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _write_count(src, persons, rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _write_suspects(
        src, ev["n_suspects"], rng, forced_blank == "n_suspects"
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = text("gender", _word(rng, src.gender[gender]))
        exp["gender"] = gender
    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        r = rng.random()
        if r < 0.04:
            cells[col] = None if r < 0.015 else choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = text(col, _word(rng, words[value]))
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has or iso is None:
            exp[col] = None
            continue
        r = rng.random()
        if forced_blank == col or (col != "detection_country" and r < 0.03):
            cells[col] = None if (forced_blank == col or r < 0.015) else choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        cell, t = _write_country(src, str(iso), col, ev, rng)
        noisy = isinstance(cell, str) and col != "detection_country"
        cells[col] = text(col, str(cell)) if noisy else cell
        tags += t
        exp[col] = str(iso)

    transit = ev["transit_countries"]
    if transit is None:
        exp["transit_countries"] = None
    elif rng.random() < 0.03:
        exp["transit_countries"] = None
        tags.append("blank_transit_countries")
    else:
        cells["transit_countries"], t = _write_transit(src, str(transit), ev, rng)
        tags += t
        exp["transit_countries"] = str(transit)

    place, exp["lat"], exp["lon"], t = _write_place(src, ev, rng, forced_blank == "coordinates")
    cells.update(place)
    tags += t
    cells["linked_offences"] = _write_offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    if src.source in _PASTED and rng.random() < _PASTED[src.source]:
        # rows pasted in from a volunteer's UTF-8 sheet: every accented cell garbled
        for key, written in list(cells.items()):
            garbled = mojibake(written) if isinstance(written, str) else None
            if garbled is not None and fits(garbled, src):
                cells[key] = garbled
                tags.append(f"mojibake:{key}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five networks
# --------------------------------------------------------------------------------------
_UK_SITES = {
    "Dover": ("Dover Foodbank", "Folkestone Foodbank"),
    "Calais": ("Dover Foodbank", "Folkestone Foodbank"),
    "Dunkirk/Gravelines": ("Dover Foodbank", "Folkestone Foodbank"),
    "London": ("Tower Hamlets Foodbank", "Newham Foodbank", "Lewisham Foodbank"),
    "Birmingham": ("Birmingham Central Foodbank", "Sparkhill Foodbank"),
    "Glasgow": ("Glasgow South East Foodbank", "Glasgow North West Foodbank"),
}
_CALAIS_SITES = {
    "Calais": ("Calais – distribution mobile", "Calais centre"),
    "Dunkirk/Gravelines": ("Grande-Synthe", "Loon-Plage", "Dunkerque centre"),
    "Dover": ("Calais – distribution mobile", "Calais centre"),
    "London": ("Grande-Synthe", "Loon-Plage"),
    "Birmingham": ("Grande-Synthe", "Loon-Plage"),
    "Glasgow": ("Grande-Synthe",),
}
_MEMBER_BANK = {
    "ITA": "Banco Alimentare (IT)",
    "GRC": "Food Bank Greece",
    "ESP": "FESBAL (ES)",
    "HRV": "Banka hrane Hrvatska",
    "POL": "Federacja Polskich Banków Żywności",
}
_BORDER_SITES = {
    "Nogales (Sonora/Arizona)": ("BA Nogales",),
    "Sasabe": ("BA Nogales", "BA Caborca"),
    "El Paso": ("BA Cd. Juárez",),
    "Rio Grande Valley": ("BA Reynosa", "BA Matamoros"),
    "Darién gap": ("BA Tapachula",),
    "Bajo Chiquito": ("BA Tapachula",),
    "Lajas Blancas": ("BA Tapachula",),
}
_DARIEN_SITES = {
    "Darién gap": ("Metetí", "Yaviza"),
    "Bajo Chiquito": ("Bajo Chiquito",),
    "Lajas Blancas": ("ERM Lajas Blancas",),
}


def _member_sites(truth_hotspots: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    return {h: (_MEMBER_BANK.get(c, "FEBA secretariat"),) for h, c in truth_hotspots.items()}


#: Hotspots of the corridors the federation's members see, and their country.
_EU_HOTSPOTS = {
    "Lampedusa": "ITA",
    "Pozzallo": "ITA",
    "Crotone": "ITA",
    "Castel Volturno": "ITA",
    "Torino": "ITA",
    "Palermo": "ITA",
    "Latina (Agro Pontino)": "ITA",
    "Lesbos": "GRC",
    "Samos": "GRC",
    "Evros": "GRC",
    "Ceuta": "ESP",
    "Melilla": "ESP",
    "Almería": "ESP",
    "Gran Canaria": "ESP",
    "Tenerife": "ESP",
    "El Hierro": "ESP",
    "Lanzarote": "ESP",
    "Huelva": "ESP",
    "Almería (El Ejido)": "ESP",
    "Cetingrad (BIH–HRV border)": "HRV",
    "Bajakovo (SRB–HRV border)": "HRV",
    "Kuźnica": "POL",
    "Białowieża": "POL",
    "Michałowo": "POL",
}


class _AnySite(dict[str, tuple[str, ...]]):
    """Sites by hotspot, with a fallback for a hotspot the table does not name."""

    def __init__(self, table: Mapping[str, tuple[str, ...]], fallback: str) -> None:
        super().__init__(table)
        self.fallback = (fallback,)

    def __missing__(self, key: str) -> tuple[str, ...]:
        return self.fallback


TRUSSELL = FoodBankSource(
    source="trussell_trust",
    filename="trussell_trust_ne.csv",
    ref="TT-SG-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Concern ref",
        "event_date": "Date of concern",
        "site": "Food bank",
        "crime_type": "Concern type",
        "exploitation": "Type of exploitation",
        "n_persons": "People affected",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "detection_country": "Country encountered",
        "transit_countries": "Journey via",
        "transport_mode": "How they travelled",
        "n_suspects": "Suspected exploiters",
        "linked_offences": "Other concerns",
    },
    note="Note: concerns as reported by food bank volunteers, not verified",
    total="TOTAL",
    bad_count=("several", "a group", "lots"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking"),
        "smuggling": ("People smuggling", "Smuggled (paid to cross)"),
        "both": ("Modern slavery + smuggling", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Men and women"),
    },
    age={
        "child": ("Under 18", "Child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults and children", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "In a lorry", "By road"),
        "air": ("Plane", "Flew in"),
    },
    offences={
        "document_fraud": ("false documents", "fake ID"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("Not known", "Unknown", "Didn't say"),
    zero=("none", "nil"),
    count_unknown=("not known",),
    sites=_AnySite(_UK_SITES, "Dover Foodbank"),
)

RESTOS = FoodBankSource(
    source="restos_du_coeur",
    filename="restos_du_coeur_ne.csv",
    ref="AD62/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date",
        "site": "Lieu de distribution",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "detection_country": "Pays de constat",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination souhaitée",
        "transport_mode": "Moyen de transport",
        "n_suspects": "Nb passeurs / exploiteurs",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Autres infractions",
    },
    note="Extraction provisoire AD62 – données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "groupe"),
    repeats=True,
    crime={
        "trafficking": ("traite des êtres humains", "traite", "TEH"),
        "smuggling": ("trafic de migrants", "aide au passage", "passeurs"),
        "both": ("traite + trafic", "traite et passage"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation au travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "female": ("F", "femme(s)"),
        "male": ("H", "homme(s)"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "child": ("mineur(s)", "MNA"),
        "adult": ("majeur(s)", "adulte(s)"),
        "mixed": ("majeurs et mineurs", "adultes + enfants"),
    },
    mode={
        "sea": ("small boat", "bateau", "embarcation"),
        "land": ("camion", "poids lourd", "à pied"),
        "air": ("avion",),
    },
    offences={
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown=("NC", "non renseigné", "inconnu"),
    zero=("aucun",),
    count_unknown=("NC", "non compté"),
    sites=_AnySite(_CALAIS_SITES, "Calais centre"),
)

FEBA = FoodBankSource(
    source="feba_foodbanks",
    filename="feba_foodbanks_ne.jsonl",
    ref="FEBA-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ref",
        "event_date": "encounter_date",
        "site": "member_bank",
        "detection_country": "country",
        "crime_type": "case_type",
        "exploitation": "exploitation_form",
        "n_persons": "people",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin_m49",
        "destination_country": "destination",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "other_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    crime={
        "trafficking": ("trafficking", "THB"),
        "smuggling": ("smuggling", "SoM"),
        "both": ("trafficking+smuggling",),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("criminal_activities",),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
    },
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    age={"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
    mode={"sea": ("sea",), "land": ("land",), "air": ("air",)},
    offences={
        "document_fraud": ("doc_fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("drugs_goods",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
    unknown=("not_recorded",),
    zero=(),
    count_unknown=(),
    sites=_AnySite(_member_sites(_EU_HOTSPOTS), "FEBA secretariat"),
)

BAMX = FoodBankSource(
    source="bamx_frontera",
    filename="bamx_frontera_ne.xlsx",
    ref="BAMX-ZN-{yy:02d}{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de atención",
        "site": "Banco de alimentos",
        "crime_type": "Delito referido",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas",
        "n_suspects": "Polleros / tratantes",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (países de paso)",
        "destination_country": "Destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: cifras preliminares, Red BAMX zona norte",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=True,
    crime={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico de personas", "tráfico de migrantes"),
        "both": ("trata y tráfico de personas", "trata y tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzado"),
        "forced_criminality": ("actividades delictivas", "reclutamiento para delinquir"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos con NNA", "Mixto"),
    },
    mode={
        "land": ("a pie", "terrestre", "caja de tráiler"),
        "sea": ("lancha",),
        "air": ("avión",),
    },
    offences={
        "document_fraud": ("documentos falsos",),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("lavado de dinero",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    },
    unknown=("s/d", "no sabe"),
    zero=("ninguno",),
    count_unknown=("s/d",),
    sites=_AnySite(_BORDER_SITES, "BA Nogales"),
)

BAP = FoodBankSource(
    source="banco_alimentos_pa",
    filename="banco_alimentos_pa_ne.csv",
    ref="BAP-DAR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. caso",
        "event_date": "Fecha",
        "site": "Comunidad",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "transport_mode": "Medio",
        "n_suspects": "Traficantes identificados",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares sujetos a revisión",
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    crime={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Grupo mixto"),
    },
    age={
        "child": ("Menores", "NNA"),
        "adult": ("Adultos", "Adulto"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "land": ("a pie", "terrestre", "caminando"),
        "sea": ("bote",),
        "air": ("avión",),
    },
    offences={
        "document_fraud": ("documentos falsos",),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    unknown=("N/D", "sin dato"),
    zero=("ninguno",),
    count_unknown=("N/D",),
    sites=_AnySite(_DARIEN_SITES, "Metetí"),
)

_EXAMINER: Examiner[FoodBankSource] = Examiner(
    sources=(TRUSSELL, RESTOS, FEBA, BAMX, BAP),
    primary={
        "GBR": "trussell_trust",
        "FRA": "restos_du_coeur",
        "USA": "bamx_frontera",
        "PAN": "banco_alimentos_pa",
    },
    compilation="feba_foodbanks",
    secondary={
        ("channel", "FRA"): "trussell_trust",  # they reach a Kent food bank after crossing
        ("channel", "GBR"): "restos_du_coeur",  # known at a Calais distribution before it
        ("thb_vnm_gbr", "GBR"): "restos_du_coeur",
        ("darien", "PAN"): "bamx_frontera",  # the Darién told again at Tapachula
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=367,
    blank_share=0.4,
)


def make_blind367(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five food networks' submissions (files ``*_ne.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``trussell_trust_ne.csv`` (English, UTF-8 with BOM, ``,``),
        ``restos_du_coeur_ne.csv`` (French, cp1252, ``;``), ``feba_foodbanks_ne.jsonl``
        (English keys, UTF-8; the compilation), ``bamx_frontera_ne.xlsx`` (Spanish) and
        ``banco_alimentos_pa_ne.csv`` (Spanish, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind367(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['trussell_trust_ne.csv', 'restos_du_coeur_ne.csv', 'feba_foodbanks_ne.jsonl',
     'bamx_frontera_ne.xlsx', 'banco_alimentos_pa_ne.csv']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date', 'Lieu de distribution']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
