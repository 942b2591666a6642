"""Examiner sample set ``blind405`` (files ``*_oq.*``): renewables contractors' desks.

Five agencies from the wind-farm and solar-park construction sector, each writing its
own register of forced labour, smuggled workers and people hidden on or near its sites
(and what its security desk logs of the migrant routes its sites and transports sit on),
the way such a desk exports it:

``engie_green_surete_oq.csv``
    ENGIE Green, sûreté des chantiers éoliens et photovoltaïques Hauts-de-France
    (French, cp1252, ``;``, CRLF). Day-first dates (a few with the time, a few month
    only: ``mai 2023``), nationalities as French adjectives (``afghane``, ``kurde
    irakien``), the United Kingdom as ``Angleterre`` or ``UK``, upper case without
    accents, some mojibake copied from a UTF-8 tool, counts as ``14 pers.``,
    ``NC`` for a count not known, ``aucun`` suspect, coordinates in two columns with
    decimal commas.
``vattenfall_uk_msl_oq.xlsx``
    Vattenfall Wind Power UK, modern slavery lead and Ramsgate marine coordination
    (English, XLSX). Real Excel dates, some typed ``17 May 2023``, ``May 2023`` or
    ``Q2 2023``; ``MSHT`` / ``OIC`` categories; nationalities as adjectives (``Iraqi
    Kurd``); ``England`` / ``Scotland`` for the country; ``UASC`` for a child; small
    counts in words; one ``lat, long`` cell, a few given as what3words addresses.
``grs_cumplimiento_oq.csv``
    Gransolar (GRS), cumplimiento laboral de obras fotovoltaicas (Spanish, UTF-8 with
    BOM, ``;``). Day-first dates, some as Excel serial numbers, a few ``05/2023`` or
    ``T2 2023``; crimes by article of the Código Penal (``Art. 318 bis CP``);
    nationalities as adjectives (``marroquí``), sometimes only ``subsahariano`` or
    ``magrebí`` (not a country: no nationality expected); ``MENA`` for a child;
    ``H`` / ``M`` for hombre / mujer; counts with ``.`` thousands; positions in degrees
    and decimal minutes (``36º49,87'N 002º27,61'W``).
``rwe_americas_security_oq.csv``
    RWE Clean Energy site security, South Texas and Arizona (English, UTF-8, ``,``).
    Month-first dates (``5/17/2023``, some with the time); ``OTM`` ("other than
    Mexican": no nationality expected); ``UAC`` / ``Family unit`` age bands; counts as
    ``12 subjects``; ``Unk`` for unknown.
``elecnor_seguridad_oq.jsonl``
    Elecnor, Dirección de Seguridad Corporativa (Spanish keys, JSON lines): the
    compilation of what no other desk reports (Italy, Greece, Croatia, Poland, Panama)
    and second reports of others' events. ISO alpha-3, alpha-2 and numeric codes,
    Spanish names, ISO dates, ``2023-05`` months and ``T2 2023`` quarters.

Every cell a careful analyst could not read as a value (an ``OTM`` nationality, a
what3words address, a ``NC`` count) is planted on purpose and expects no value.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind405"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]

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
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_DAY_STYLES = ("dmy", "dmy_hm", "d_month_y", "excel", "mdy", "mdy_hm", "iso", "serial")
_MONTH_STYLES = ("month_fr", "month_en", "month_es", "month_iso")
_QUARTER_STYLES = ("quarter_en", "quarter_t")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of ``blind405``: the shared source fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the agency's words for it (the first is the usual one).
    offence_sep : tuple of str
        Separators between linked offences.
    unknown : tuple of str
        Words the agency writes for a value it does not know.
    count_unknown : tuple of str
        Words written in a count cell when the count is not known.
    zero : tuple of str
        Words written for no suspect.
    dates : dict
        Date style -> weight.
    countries : dict
        Country style -> weight (origin, destination, detection, transit).
    nationality : dict
        Country style -> weight for the nationality column.
    transit_sep : tuple of str
        Separators of the transit list.
    direct : tuple of str
        Words written for a journey with no transit country ("" = blank).
    coords : str
        ``"comma2"`` (two columns, decimal comma), ``"pair"`` (``lat, long``),
        ``"dmm"`` (degrees and decimal minutes), ``"dot2"`` (two columns, text) or
        ``"number"`` (two numeric cells).
    case_rate : float
        Share of text cells written in another case or with stray spaces.
    mojibake_rows : float
        Share of rows pasted from a UTF-8 tool into a cp1252 file (accents garbled).
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    offence_sep: tuple[str, ...]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    dates: dict[str, float]
    countries: dict[str, float]
    nationality: dict[str, float]
    transit_sep: tuple[str, ...]
    direct: tuple[str, ...]
    coords: str
    case_rate: float
    mojibake_rows: float = 0.0


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
#: Nationality adjectives: language -> ISO3 -> (masculine, feminine) or (one form,).
_ADJECTIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghan",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "ALB": ("Albanian",),
        "ERI": ("Eritrean",),
        "SYR": ("Syrian",),
        "VNM": ("Vietnamese",),
        "MEX": ("Mexican",),
        "GTM": ("Guatemalan",),
        "HND": ("Honduran",),
        "VEN": ("Venezuelan",),
        "ECU": ("Ecuadorian",),
        "PAK": ("Pakistani",),
        "TUR": ("Turkish",),
        "EGY": ("Egyptian",),
        "SDN": ("Sudanese",),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "MLI": ("maliense", "maliense"),
        "SEN": ("senegalés", "senegalesa"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
    },
}
#: Kurdish groups named with their state, as UK and French desks write them.
_KURD = {
    "en": {"IRQ": "Iraqi Kurd", "IRN": "Iranian Kurd"},
    "fr": {"IRQ": "kurde irakien", "IRN": "kurde iranien"},
}
#: Words that name a region or a group of states, not a country: no nationality.
_CATCHALL = {
    "es": {
        "SEN": "subsahariano",
        "MLI": "subsahariano",
        "GIN": "subsahariano",
        "GMB": "subsahariano",
        "CIV": "subsahariano",
        "MAR": "magrebí",
        "DZA": "magrebí",
    },
    "en": {"GTM": "OTM", "HND": "OTM", "VEN": "OTM", "ECU": "OTM"},
}
#: Common short names: language -> ISO3 -> aliases.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("US", "U.S."),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
    },
    "fr": {"GBR": ("Angleterre", "UK"), "USA": ("USA",), "VNM": ("Vietnam",)},
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("R. Unido",),
        "GIN": ("Guinea Conakry",),
        "MKD": ("Macedonia",),
    },
}


def _strip_accents(text: str) -> str:
    """Return ``text`` without its accents (``Érythrée`` -> ``Erythree``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Return ``text`` with two middle letters swapped (a typo; 6+ letters only)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(
    src: Agency,
    iso: str,
    rng: _Rng,
    styles: dict[str, float],
    *,
    feminine: bool = False,
    home: str | None = None,
) -> tuple[str, str | None, str]:
    """Write one country; return (cell, expected ISO3 or None, visible style)."""
    lang = src.language
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    keys = list(styles)
    weights = np.array(list(styles.values()), dtype=float)
    style = keys[int(rng.choice(len(keys), p=weights / weights.sum()))]
    out: str | None = None
    expected: str | None = iso
    if style == "adjective":
        forms = _ADJECTIVES.get(lang, {}).get(iso)
        if forms:
            out = forms[-1] if feminine else forms[0]
    elif style == "kurd":
        out = _KURD.get(lang, {}).get(iso)
    elif style == "catchall":
        out = _CATCHALL.get(lang, {}).get(iso)
        expected = None if out is not None else iso
    elif style == "alias":
        aliases = _ALIASES.get(lang, {}).get(iso)
        out = choice(rng, aliases) if aliases else None
    elif style == "home" and home is not None:
        out = home
    elif style == "upper":
        out = name.upper()
    elif style == "upper_plain":
        out = _strip_accents(name).upper()
    elif style == "accentless":
        out = _strip_accents(name)
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "iso3":
        out = iso
    elif style == "numeric":
        out = iso_codes(iso)[1]
    elif style == "typo":
        out = _swap(name) if lang != "en" else str(COUNTRIES[iso][5])
    elif style == "mojibake":
        out = mojibake(name)
    if out is None or (out == name and style not in ("iso3", "name")):
        return name, iso, "name"
    if not fits(out, src):
        return name, iso, "name"
    return out, expected, style


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: dict[str, float], allowed: tuple[str, ...] | None = None) -> str:
    keys = [k for k in weights if allowed is None or k in allowed]
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _day_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date in a day style."""
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_hm":
        return (
            ts.strftime("%d/%m/%Y")
            + f" {int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"
        )
    if style == "d_month_y":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "mdy":
        return f"{ts.month}/{ts.day}/{ts.year}"
    if style == "mdy_hm":
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.month}/{ts.day}/{ts.year} {hour}:{minute:02d}"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    return ts.strftime("%Y-%m-%d")


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write the event date; return (cell, expected date, precision, tag)."""
    style = _pick(rng, src.dates, None if partial_ok else _DAY_STYLES)
    m, q, y = ts.month, ts.quarter, ts.year
    if style in _MONTH_STYLES:
        cell = {
            "month_fr": f"{_FR_MONTHS[m - 1]} {y}",
            "month_en": f"{MONTHS[m - 1]} {y}",
            "month_es": f"{m:02d}/{y}",
            "month_iso": f"{y}-{m:02d}",
        }[style]
        return cell, ts.to_period("M").start_time, "month", "partial_date"
    if style in _QUARTER_STYLES:
        cell = f"Q{q} {y}" if style == "quarter_en" else f"T{q} {y}"
        return cell, ts.to_period("Q").start_time, "quarter", "partial_date"
    tag = {"serial": "excel_serial", "dmy_hm": "datetime", "mdy_hm": "datetime"}.get(style)
    return _day_cell(style, ts, rng), ts, "day", tag


def _day_style(src: Agency) -> str:
    """Return the agency's usual full-date style (for its note row and bad dates)."""
    return next(s for s in src.dates if s in _DAY_STYLES)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    style = _day_style(src)
    if kind == "bad_date":  # the 30th or 31st of February, in the agency's own order
        day = 30 + int(rng.integers(0, 2))
        return {
            "dmy": f"{day}/02/{ts.year}",
            "excel": f"{day} February {ts.year}",
            "mdy": f"2/{day}/{ts.year}",
            "iso": f"{ts.year}-02-{day}",
        }.get(style, f"{day}/02/{ts.year}")
    # a year typed ten years ahead (2023 -> 2033)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return _day_cell(style, ts.replace(year=ts.year + 10, day=day), rng)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date of the agency's note row: its last day, in its usual style."""
    return _day_cell(_day_style(src), last.normalize(), np.random.default_rng(0))


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _int(value: object) -> int | None:
    if value is None:
        return None
    return int(str(value))


def _word(src: Agency, words: tuple[str, ...], rng: _Rng) -> str:
    """Return the usual word 60 % of the time, another of the agency's words otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _case(src: Agency, text: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Change the case or spacing of some cells (the meaning stays)."""
    if rng.random() >= src.case_rate:
        return text
    kind = int(rng.integers(4))
    tags.append(f"case:{col}")
    if kind == 0:
        return text.upper() if fits(text.upper(), src) else text
    if kind == 1:
        return text.lower()
    return f" {text}  " if kind == 2 else f"{text} "


def _number(src: Agency, n: int) -> object:
    return n if src.format != "csv" else str(n)


def _persons(
    src: Agency, n: int, ev: dict[str, object], rng: _Rng
) -> tuple[object, int | None, str | None]:
    """Write the count of persons; return (cell, expected, tag)."""
    r = rng.random()
    if r < 0.02:
        return choice(rng, src.count_unknown), None, "count_placeholder"
    if n >= 1000 and src.source == "grs_cumplimiento":  # Spanish thousands point
        return f"{n // 1000}.{n % 1000:03d}", n, "thousands:n_persons"
    if src.source == "engie_green_surete" and r < 0.10:
        return f"{n} pers.", n, "count_unit"
    if src.source == "grs_cumplimiento" and ev["transport_mode"] == "sea" and r < 0.10:
        return f"{n} ocupantes", n, "count_unit"
    if src.source == "rwe_americas_security" and r < 0.08:
        return f"{n} subject{'s' if n != 1 else ''}", n, "count_unit"
    if src.source == "vattenfall_uk_msl" and n <= 3 and r < 0.30:
        return ("One", "Two", "Three")[n - 1], n, "count_word"
    return _number(src, n), n, None


def _suspects(
    src: Agency, n: int | None, rng: _Rng, forced_blank: str | None
) -> tuple[object, int | None, str | None]:
    """Write the count of suspects; return (cell, expected, tag)."""
    if forced_blank == "n_suspects" or n is None:
        return None, None, "blank_n_suspects"
    r = rng.random()
    blank = 0.12 if src.source == "engie_green_surete" else 0.04
    if r < blank:
        return None, None, "blank_n_suspects"
    if r < blank + 0.03:
        return choice(rng, src.count_unknown), None, "suspects_placeholder"
    if n == 0 and src.zero and rng.random() < 0.4:
        return choice(rng, src.zero), 0, "zero_word"
    return _number(src, n), n, None


def _dmm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes, Spanish style: ``36º49,87'N``."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 60, 2)
    deg, minutes = int(total // 60), total - 60 * int(total // 60)
    return f"{deg:0{width}d}º{minutes:05.2f}'{hemi}".replace(".", ",")


_W3W = ("filled", "count", "soap", "harbour", "tiles", "crate", "lamp", "ocean", "mild", "wing")


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, forced_blank: str | None
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place; return (cells, expected lat, expected lon, tag)."""
    if forced_blank == "coordinates":
        return {}, None, None, "blank_coordinates"
    r = rng.random()
    if r < 0.04:
        return {}, None, None, "coords_missing"
    if src.coords == "pair" and r < 0.07:  # a what3words address: no place without the service
        words = ".".join(choice(rng, _W3W) for _ in range(3))
        return {"coordinates": f"///{words}"}, None, None, "coords_placeholder"
    if src.coords == "comma2":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            None,
        )
    if src.coords == "pair":
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, lat, lon, None
    if src.coords == "dmm":
        cell = f"{_dmm(lat, 'N', 'S', 2)} {_dmm(lon, 'E', 'W', 3)}"
        return {"coordinates": cell}, lat, lon, None
    if src.coords == "dot2":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, None
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, None


def _home(iso: str, hotspot: object) -> str | None:
    """England or Scotland for a place in the United Kingdom."""
    if iso != "GBR":
        return None
    return "Scotland" if str(hotspot) == "Glasgow" else "England"


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    raw_ts = ev["event_date"]
    ts = raw_ts if isinstance(raw_ts, pd.Timestamp) else pd.Timestamp(str(raw_ts))

    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(src, _word(src, src.crime[crime], rng), rng, tags, "crime_type")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    thb = crime in ("trafficking", "both")
    if expl is None or not thb:
        exp["exploitation"] = None
        if src.source in ("engie_green_surete", "rwe_americas_security") and rng.random() < 0.2:
            cells["exploitation"] = "sans objet" if src.language == "fr" else "N/A"
    else:
        r = rng.random()
        if r < 0.05:
            exp["exploitation"] = "unknown"
            tags.append("blank_exploitation")
        elif r < 0.07:
            cells["exploitation"] = choice(rng, src.unknown)
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            word = _word(src, src.exploitation[str(expl)], rng)
            cells["exploitation"] = _case(src, word, rng, tags, "exploitation")
            exp["exploitation"] = str(expl)

    n = _int(ev["n_persons"])
    assert n is not None  # every true event counts its persons
    cells["n_persons"], exp["n_persons"], tag = _persons(src, n, ev, rng)
    if tag:
        tags.append(tag)
    cells["n_suspects"], exp["n_suspects"], tag = _suspects(
        src, _int(ev["n_suspects"]), rng, forced_blank
    )
    if tag:
        tags.append(tag)

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.03:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif r < 0.05:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _case(src, _word(src, src.gender[gender], rng), rng, tags, "gender")
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        r = rng.random()
        if r < 0.02:
            exp[col] = "unknown"
            tags.append("na_word")
        elif r < 0.04:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _case(src, _word(src, table[value], rng), rng, tags, col)
            exp[col] = value

    feminine = gender == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        text, iso, style = _country(src, nat, rng, src.nationality, feminine=feminine)
        cells["nationality"] = _case(src, text, rng, tags, "nationality")
        exp["nationality"] = iso
        if iso is None:
            tags.append("blank_nationality")
            tags.append("catchall:nationality")
        elif style != "name":
            tags.append(f"{style}:nationality")

    for col in ("origin_country", "destination_country"):
        given = ev[col]
        if col not in has or given is None:
            exp[col] = None
            continue
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"unknown:{col}")
            continue
        text, iso, style = _country(src, str(given), rng, src.countries)
        cells[col] = _case(src, text, rng, tags, col)
        exp[col] = iso
        if style != "name":
            tags.append(f"{style}:{col}")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        home = _home(det, ev["hotspot"]) if src.source == "vattenfall_uk_msl" else None
        styles = {**src.countries, "home": 25.0} if home else src.countries
        text, iso, style = _country(src, det, rng, styles, home=home)
        cells["detection_country"] = _case(src, text, rng, tags, "detection_country")
        exp["detection_country"] = iso
        if style != "name":
            tags.append(f"{style}:detection_country")

    transit = ev["transit_countries"]
    if transit is None:
        exp["transit_countries"] = None
        word = choice(rng, src.direct)
        if word:
            cells["transit_countries"] = word
            tags.append("direct_word")
    else:
        sep = choice(rng, src.transit_sep)
        # one way of writing the whole list, as a clerk types it
        style = _pick(rng, {k: w for k, w in src.countries.items() if k != "numeric"})
        parts = [_country(src, c, rng, {style: 1.0})[0] for c in str(transit).split("|")]
        cells["transit_countries"] = sep.join(parts)
        exp["transit_countries"] = str(transit)

    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    place, exp["lat"], exp["lon"], tag = _coords(src, lat, lon, rng, forced_blank)
    cells.update(place)
    if tag:
        tags.append(tag)

    off = ev["linked_offences"]
    exp["linked_offences"] = None if off is None else str(off)
    if off is not None:
        sep = choice(rng, src.offence_sep)
        cells["linked_offences"] = sep.join(
            _word(src, src.offences[o], rng) for o in str(off).split("|")
        )
    if src.mojibake_rows and rng.random() < src.mojibake_rows:
        # a row typed in the group's UTF-8 web form, pasted into the cp1252 register
        for col, cell in cells.items():
            garbled = mojibake(cell) if isinstance(cell, str) and col != "event_date" else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_ENGIE = Agency(
    source="engie_green_surete",
    filename="engie_green_surete_oq.csv",
    ref="EG-SUR-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb passeurs / mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité(s)",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction registre sûreté chantiers HdF - données provisoires, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "groupe", "voir PV"),
    repeats=False,
    crime={
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Filière de passage",
            "Trafic de migrants (passeurs)",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et filière de passage"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    gender={
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    mode={
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("poids lourd", "PL", "camion", "à pied"),
        "air": ("aérien",),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=(" + ", ", "),
    unknown=("NC", "non renseigné", "?"),
    count_unknown=("NC", "non déterminé"),
    zero=("aucun", "néant"),
    dates={"dmy": 86, "dmy_hm": 8, "month_fr": 6},
    countries={
        "name": 70,
        "upper_plain": 8,
        "accentless": 6,
        "alias": 8,
        "iso2": 4,
        "mojibake": 4,
    },
    nationality={
        "adjective": 64,
        "kurd": 8,
        "name": 12,
        "upper_plain": 6,
        "mojibake": 6,
        "typo": 4,
    },
    transit_sep=(", ", " - "),
    direct=("",),
    coords="comma2",
    case_rate=0.06,
    mojibake_rows=0.06,
)

_VATTENFALL = Agency(
    source="vattenfall_uk_msl",
    filename="vattenfall_uk_msl_oq.xlsx",
    ref="MSR/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date of incident",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "Suspected offenders",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "detection_country": "Country",
        "transit_countries": "Route (known countries)",
        "transport_mode": "Method",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked offences",
    },
    note="Note: figures provisional pending NRM outcomes - OFFICIAL-SENSITIVE",
    total="Total",
    bad_count=("several", "multiple", "see log"),
    repeats=True,
    crime={
        "smuggling": ("Facilitation (OIC)", "People smuggling", "OIC"),
        "trafficking": ("Modern slavery", "MSHT", "Human trafficking"),
        "both": ("MSHT / OIC", "Modern slavery + smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "M/F")},
    age={
        "adult": ("Adult", "18+"),
        "child": ("Child", "UASC", "Minor"),
        "mixed": ("Adults & children", "Mixed"),
    },
    mode={
        "sea": ("Small boat", "RHIB", "Dinghy"),
        "land": ("HGV", "Lorry", "Van", "On foot"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "corruption": ("Bribery",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=("; ", ", "),
    unknown=("Not known", "N/K", "TBC"),
    count_unknown=("Not known", "TBC"),
    zero=("None", "Nil"),
    dates={"excel": 70, "d_month_y": 20, "month_en": 5, "quarter_en": 5},
    countries={"name": 70, "alias": 14, "iso2": 6, "upper": 6, "typo": 4},
    nationality={"adjective": 70, "kurd": 8, "name": 16, "typo": 6},
    transit_sep=(" > ",),
    direct=("", "Direct"),
    coords="pair",
    case_rate=0.04,
)

_GRS = Agency(
    source="grs_cumplimiento",
    filename="grs_cumplimiento_oq.csv",
    ref="CUMP-{seq:04d}/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales - uso interno Cumplimiento",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    crime={
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Art. 318 bis CP",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "Art. 177 bis CP", "TSH"),
        "both": ("Trata + favorecimiento inmigración irregular", "177 bis + 318 bis CP"),
    },
    exploitation={
        "sexual": ("sexual", "explotación sexual"),
        "forced_labour": ("laboral", "explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "male": ("Hombres", "H", "Varones"),
        "female": ("Mujeres", "M"),
        "mixed": ("Mixto", "H y M"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Terrestre", "A pie", "Vehículo"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "corruption": ("Cohecho",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=(" / ", "; "),
    unknown=("s/d", "Desconocido", "N/C"),
    count_unknown=("s/d", "sin determinar"),
    zero=("ninguno", "no constan"),
    dates={"dmy": 76, "serial": 14, "month_es": 6, "quarter_t": 4},
    countries={"name": 74, "upper": 8, "accentless": 8, "alias": 4, "iso2": 4, "typo": 2},
    nationality={"adjective": 66, "name": 20, "catchall": 6, "upper": 4, "typo": 4},
    transit_sep=(" - ", ", "),
    direct=("", "", "directo"),
    coords="dmm",
    case_rate=0.05,
)

_RWE = Agency(
    source="rwe_americas_security",
    filename="rwe_americas_security_oq.csv",
    ref="IR-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident #",
        "event_date": "Date/Time",
        "crime_type": "Incident Type",
        "exploitation": "Trafficking Type",
        "n_persons": "# Individuals",
        "n_suspects": "# Suspected Smugglers",
        "gender": "Gender",
        "age_group": "Adult/Juvenile",
        "nationality": "Nationality",
        "origin_country": "Origin Country",
        "detection_country": "Country",
        "transit_countries": "Transit",
        "transport_mode": "Conveyance",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related Offenses",
    },
    note="NOTE: pulled from site security logs, not verified by USBP",
    total="Grand Total",
    bad_count=("multiple", "group", "several"),
    repeats=False,
    crime={
        "smuggling": ("Human smuggling", "Alien smuggling", "Smuggling"),
        "trafficking": ("Human trafficking", "Trafficking"),
        "both": ("Smuggling/Trafficking", "Human smuggling & trafficking"),
    },
    exploitation={
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Juvenile", "UAC", "Minor"),
        "mixed": ("Family unit", "Adults/Juveniles"),
    },
    mode={
        "land": ("On foot", "Vehicle", "Tractor trailer"),
        "sea": ("Boat",),
        "air": ("Aircraft",),
    },
    offences={
        "illicit_goods": ("Narcotics", "Drugs"),
        "corruption": ("Bribery",),
        "document_fraud": ("Fraudulent docs",),
        "money_laundering": ("Money laundering",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=(", ", "/"),
    unknown=("Unk", "unknown"),
    count_unknown=("Unk", "TBD"),
    zero=("None",),
    dates={"mdy": 80, "mdy_hm": 20},
    countries={"iso2": 30, "name": 40, "alias": 20, "upper": 10},
    nationality={"adjective": 74, "catchall": 8, "name": 10, "iso2": 4, "typo": 4},
    transit_sep=("/", ", "),
    direct=("",),
    coords="dot2",
    case_rate=0.03,
)

_ELECNOR = Agency(
    source="elecnor_seguridad",
    filename="elecnor_seguridad_oq.jsonl",
    ref="SEG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_expediente",
        "event_date": "fecha_hecho",
        "crime_type": "tipo_delito",
        "exploitation": "tipo_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_sospechosos",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note="Nota: compilación de fuentes abiertas y mesas de seguridad; cifras provisionales",
    total="Total personas",
    bad_count=("varios", "decenas"),
    repeats=True,
    crime={
        "smuggling": ("tráfico ilícito de migrantes", "TIM"),
        "trafficking": ("trata de personas", "TdP"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("delitos forzados",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={"male": ("masculino",), "female": ("femenino",), "mixed": ("mixto",)},
    age={"adult": ("adultos",), "child": ("menores",), "mixed": ("mixto",)},
    mode={"sea": ("marítimo",), "land": ("terrestre",), "air": ("aéreo",)},
    offences={
        "document_fraud": ("falsedad documental",),
        "money_laundering": ("blanqueo",),
        "illicit_goods": ("tráfico de drogas",),
        "corruption": ("corrupción",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=(", ",),
    unknown=("ND",),
    count_unknown=("ND",),
    zero=(),
    dates={"iso": 80, "month_iso": 10, "quarter_t": 10},
    countries={"iso3": 50, "iso2": 14, "numeric": 12, "name": 24},
    nationality={"iso3": 62, "iso2": 14, "name": 24},
    transit_sep=(", ",),
    direct=("",),
    coords="number",
    case_rate=0.0,
)

#: The five agencies of ``blind405``, in the order their submissions are returned.
SOURCES: tuple[Agency, ...] = (_ENGIE, _VATTENFALL, _GRS, _RWE, _ELECNOR)

_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": _ENGIE.source,
        "GBR": _VATTENFALL.source,
        "ESP": _GRS.source,
        "USA": _RWE.source,
    },
    compilation=_ELECNOR.source,
    secondary={
        ("channel", "FRA"): _VATTENFALL.source,
        ("channel", "GBR"): _ELECNOR.source,
        ("thb_rou_esp", "ITA"): _GRS.source,
        ("thb_rou_esp", "ESP"): _ELECNOR.source,
        ("watl", "ESP"): _ELECNOR.source,
        ("wmed", "ESP"): _ELECNOR.source,
        ("us_mex", "USA"): _ELECNOR.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=405_0405,
    blank_share=0.3,
)


def make_blind405(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind405`` agencies' submissions.

    ENGIE Green's French site-security register (``engie_green_surete_oq.csv``),
    Vattenfall UK's modern-slavery register (``vattenfall_uk_msl_oq.xlsx``), GRS's
    Spanish labour-compliance log (``grs_cumplimiento_oq.csv``), RWE's US site-security
    log (``rwe_americas_security_oq.csv``) and Elecnor's corporate-security compilation
    (``elecnor_seguridad_oq.jsonl``). Each event is first reported by the agency of its
    detection country (France, the United Kingdom, Spain, the United States) or by
    Elecnor's compilation; some are reported a second time by another agency.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind405(make_truth(seed=4, n_events=300), seed=4)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['engie_green_surete_oq.csv', 'vattenfall_uk_msl_oq.xlsx', 'grs_cumplimiento_oq.csv',
     'rwe_americas_security_oq.csv', 'elecnor_seguridad_oq.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:3]]
    [('cp1252', ';'), ('utf-8', None), ('utf-8-sig', ';')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº expediente', 'Fecha del hecho', 'Tipología']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
