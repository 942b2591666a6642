"""Examiner set ``blind397``: gaming operators' AML and safeguarding desks (files ``*_oi.*``).

Five desks of the gambling sector that refer players, staff and sellers linked to
trafficking in human beings or the smuggling of migrants, each in its own words and its
own export:

``entain_retail_fct_oi.csv``
    Entain UK retail (Ladbrokes and Coral betting shops), Financial Crime Team referral
    log. English, cp1252 (Excel's "CSV (Comma delimited)"), ``,``, UK day-first dates
    (some with the referral time), UK country usage ("UK", "Vietnam", "Ivory Coast"),
    the customer's stakes over twelve months (``£1,250.00``), the shop's latitude and
    longitude (``0``/``0`` for a shop not geocoded), "None" and number words for
    subjects, "N/K" for what is not known, routes written ``A > B``.
``fdj_conformite_lcbft_oi.csv``
    Française des Jeux, Direction de la conformité, LCB-FT signalements from the points
    de vente. French, UTF-8 with BOM, ``;``, ``jj/mm/aaaa`` (some with the hour, a few
    rows only the month or the quarter ``T2 2023``), decimal commas, amounts played
    (``1\u202f250,00 €``), "aucun"/"néant" and number words, "NC" for not known, and
    names and words garbled by a UTF-8 import read as cp1252 (``SÃ©nÃ©gal``).
``selae_prevencion_blanqueo_oi.xlsx``
    Sociedad Estatal Loterías y Apuestas del Estado, Unidad de Prevención del Blanqueo
    de Capitales, incidents at lottery outlets (receptores). Spanish, a spreadsheet with
    real Excel dates (some typed as text, a few only ``mayo 2023`` or ``2T 2023``),
    countries mostly in capitals, counts as numbers (big ones sometimes typed
    ``1.250``), coordinates as numbers or text with a decimal comma.
``lnb_panama_cumplimiento_oi.csv``
    Lotería Nacional de Beneficencia (Panamá), Oficialía de Cumplimiento, reports on
    billeteros and agencies in Darién. Spanish, UTF-16 with tab delimiters (Excel's
    "Texto Unicode"), ``dd/mm/aaaa``, ``17-may-2023`` and Excel serial numbers in the
    date column, "EE.UU." and accent-less names, a GPS pair ``lat, lon`` (some in
    degrees-minutes-seconds, ``N/D`` when not taken).
``wla_security_integrity_oi.jsonl``
    World Lottery Association, Security and Integrity Committee, alert exchange between
    member lotteries: the compilation source for every detection country no desk above
    covers (Italy, Greece, Croatia, Poland, United States) and the second report of
    some events the members report themselves. English keys, ISO alpha-3 codes (alpha-2
    or numeric from some members' systems), ISO dates with month-only and ``2023-Q2``
    periods, transit routes and offences as JSON arrays, counts as numbers (``null``
    when not known), and re-pushed alerts.

The ground truth says what a careful analyst reads from each cell: a placeholder count
("N/K", "NC", "S/D", "N/D", ``null``) keeps the record without a count, a vague count
("several", "plusieurs", "varios") is a bad row, an unknown word gives ``unknown`` or
no value, and a month or quarter gives the first day of that period.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "Desk", "make_blind397"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
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


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A gaming operator's desk: what the shared machinery reads plus the desk's wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Record-frame word -> the desk's written forms (first = the usual one).
    unknown : tuple of str
        What the desk writes in a text field it does not know.
    count_unknown : tuple of str
        What it writes in a count it does not know (the record keeps no count).
    zero : tuple of str
        Words it writes for no suspect at all.
    numbers : tuple of str
        Number words for one to five, or empty if the desk writes digits only.
    countries : mapping
        Style of a country cell -> weight (``name``, ``upper``, ``lower``, ``alias``,
        ``iso2``, ``iso3``, ``numeric``, ``typo``, ``plain``, ``mojibake``).
    transit_sep : tuple of str
        Separators between transit countries; empty: the desk writes a JSON array.
    offence_sep : tuple of str
        Separators between linked offences; empty: the desk writes a JSON array.
    thousands : tuple of str
        Thousands separators of big counts written as text.
    garble : float
        Share of its text cells garbled by a UTF-8 import read as cp1252.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    numbers: tuple[str, ...]
    countries: Mapping[str, float]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    thousands: tuple[str, ...]
    garble: float


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
#: Names a desk writes instead of the table's name (its usual usage).
_PREFERRED: dict[str, dict[str, str]] = {
    "en": {
        "TUR": "Turkey",
        "VNM": "Vietnam",
        "CIV": "Ivory Coast",
        "GBR": "United Kingdom",
        "USA": "USA",
        "SYR": "Syria",
        "RUS": "Russia",
        "GMB": "The Gambia",
    },
    "fr": {"VNM": "Vietnam", "TUR": "Turquie", "CIV": "Côte d'Ivoire"},
    "es": {"VNM": "Vietnam", "CIV": "Costa de Marfil", "TUR": "Turquía"},
}
#: Other names a careful analyst reads as the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "GB", "Great Britain"),
        "USA": ("United States", "US"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Cote d'Ivoire",),
        "IRN": ("Islamic Republic of Iran",),
        "SYR": ("Syrian Arab Republic",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "R-U"),
        "USA": ("USA", "Etats-Unis"),
        "CIV": ("RCI",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "SYR": ("Syrie",),
        "VNM": ("Viêt Nam",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "ROU": ("Rumania",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("República Popular China",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "HTI": ("Haiti",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``Panamá`` -> ``Panama``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country_name(iso: str, lang: str) -> str:
    """Return the usual name of ``iso`` in ``lang``."""
    return _PREFERRED[lang].get(iso, str(COUNTRIES[iso][_LANG_COL[lang]]))


def _all_names() -> set[str]:
    names: set[str] = set()
    for iso, row in COUNTRIES.items():
        names.update(_plain(str(row[k])).lower() for k in (1, 2, 3))
        for lang in _ALIASES:
            names.update(_plain(a).lower() for a in _ALIASES[lang].get(iso, ()))
    return names


_KNOWN_NAMES = frozenset(_all_names())


def _typo(name: str, rng: _Rng) -> str | None:
    """Return a slip of the keyboard in a long name, or None if none is safe to read.

    Only names of seven letters or more get one, in their middle (a letter dropped,
    doubled or swapped with the next), and never one that spells another country.
    """
    if len(name) < 7 or not name.replace(" ", "").isalpha():
        return None
    i = 2 + int(rng.integers(len(name) - 4))
    kind = int(rng.integers(3))
    if kind == 0:
        out = name[:i] + name[i + 1 :]
    elif kind == 1:
        out = name[:i] + name[i] + name[i:]
    else:
        out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if out == name or " " in (out[i - 1 : i + 2]) or _plain(out).lower() in _KNOWN_NAMES:
        return None
    return out


def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(src: Desk, iso: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Write one country as the desk does; add the visible messiness to ``tags``."""
    style = _draw(rng, src.countries)
    name = _country_name(iso, src.language)
    alpha2, numeric = iso_codes(iso)
    aliases = _ALIASES[src.language].get(iso, ())
    text: str | None
    if style == "name":
        text = name
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "alias":
        text = choice(rng, aliases) if aliases else None
    elif style == "iso2":
        text = alpha2
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = numeric
    elif style == "typo":
        text = _typo(name, rng)
    elif style == "plain":
        text = _plain(name) if _plain(name) != name else None
    else:  # mojibake
        text = mojibake(name)
    if text is None or not fits(text, src):
        return name if fits(name, src) else _plain(name)
    if style in ("upper", "lower"):
        if text != name:
            tags.append(f"case:{col}")
    elif style != "name":
        tags.append(f"{style}:{col}")
    return text


def _word(
    src: Desk,
    table: Mapping[str, tuple[str, ...]],
    value: str,
    rng: _Rng,
    col: str,
    tags: list[str],
) -> str:
    """Write a vocabulary word the desk's way (usual form two times in three)."""
    forms = table[value]
    if src.format == "jsonl":  # a code list: one code per value
        return forms[0]
    text = forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])
    r = rng.random()
    garbled = mojibake(text) if r >= 0.9 and r - 0.9 < src.garble else None
    if garbled is not None:
        tags.append(f"mojibake:{col}")
        return garbled
    if r < 0.03:
        tags.append(f"case:{col}")
        return text.upper() if text.upper() != text else text.lower()
    if r < 0.05:
        tags.append(f"case:{col}")
        return f" {text}  "
    return text


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
DateOut = tuple[object, pd.Timestamp, str, str]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _clock(ts: pd.Timestamp, rng: _Rng) -> str:
    return f"{int(rng.integers(9, 22)):02d}:{int(rng.integers(60)):02d}"


def _date_entain(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    if rng.random() < 0.2:
        return f"{ts:%d/%m/%Y} {_clock(ts, rng)}", ts, "day", "datetime"
    return f"{ts:%d/%m/%Y}", ts, "day", ""


def _date_fdj(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if partial_ok and r < 0.08:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if r < 0.25:
        return f"{ts:%d/%m/%Y} {_clock(ts, rng)}", ts, "day", "datetime"
    return f"{ts:%d/%m/%Y}", ts, "day", ""


def _date_selae(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if partial_ok and r < 0.06:
        return f"{ts.quarter}T {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if r < 0.18:
        return f"{ts:%d/%m/%Y}", ts, "day", "text_date"
    return ts.to_pydatetime(), ts, "day", "excel_date"


def _date_lnb(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    r = rng.random()
    if r < 0.12:
        return str((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    if r < 0.3:
        return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1][:3]}-{ts.year}", ts, "day", "month_word"
    return f"{ts:%d/%m/%Y}", ts, "day", ""


def _date_wla(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    r = rng.random()
    if partial_ok and r < 0.1:
        return f"{ts:%Y-%m}", _month_start(ts), "month", "partial_date"
    if partial_ok and r < 0.16:
        return f"{ts.year}-Q{ts.quarter}", _quarter_start(ts), "quarter", "partial_date"
    return f"{ts:%Y-%m-%d}", ts, "day", ""


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], DateOut]] = {
    "entain_retail_fct": _date_entain,
    "fdj_conformite_lcbft": _date_fdj,
    "selae_prevencion_blanqueo": _date_selae,
    "lnb_panama_cumplimiento": _date_lnb,
    "wla_security_integrity": _date_wla,
}


def _later(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the same day ten years on (one digit slipped in the year: 2023 -> 2033)."""
    day = 28 if (ts.month, ts.day) == (2, 29) else ts.day
    return pd.Timestamp(ts.year + 10, ts.month, day)


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, in the desk's style."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = _later(ts)
        if src.format == "xlsx":
            return later.to_pydatetime()
        if src.format == "jsonl":
            return f"{later:%Y-%m-%d}"
        return f"{later:%d/%m/%Y}"
    # an impossible day: the 30th or 31st of February, or day 00
    day = choice(rng, ("30", "31", "00"))
    month = "02" if day != "00" else f"{ts.month:02d}"
    if src.format == "jsonl":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date the desk writes on its note row (the extraction's last day)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return f"{last:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _persons(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the persons cell and the count a careful analyst reads from it."""
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        return (None if src.format == "jsonl" else choice(rng, src.count_unknown)), None
    if n >= 1000 and src.thousands and rng.random() < (0.7 if src.format == "csv" else 0.3):
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}", n
    return (n if src.format != "csv" else str(n)), n


def _suspects(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the suspects cell and the count a careful analyst reads from it."""
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        return (None if src.format == "jsonl" else choice(rng, src.count_unknown)), None
    if n == 0 and src.zero and r < 0.45:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    if 1 <= n <= len(src.numbers) and r > 0.9:
        tags.append("count_word")
        return src.numbers[n - 1], n
    return (n if src.format != "csv" else str(n)), n


def _dms(value: float, pos: str, neg: str) -> str:
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec // 10:02d}.{sec % 10}\"{pos if value >= 0 else neg}"


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float | None, float | None]:
    """Return the coordinate cells and the point a careful analyst reads from them."""
    r = rng.random()
    if src.source == "lnb_panama_cumplimiento":
        if r < 0.04:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("N/D", "Sin GPS"))}, None, None
        if r < 0.14:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if r < 0.04:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    if src.source == "entain_retail_fct":
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"lat": "0", "lon": "0"}, None, None
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon
    if src.source == "fdj_conformite_lcbft":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if src.source == "selae_prevencion_blanqueo" and r < 0.2:
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


# --------------------------------------------------------------------------------------
# Columns of the desks' own (not read as record fields, but part of the export)
# --------------------------------------------------------------------------------------
_SELAE_PROVINCE = {
    "Ceuta": "51",
    "Melilla": "52",
    "Almería": "04",
    "Almería (El Ejido)": "04",
    "Gran Canaria": "35",
    "Lanzarote": "35",
    "Tenerife": "38",
    "El Hierro": "38",
    "Huelva": "21",
}
_WLA_MEMBER = {
    "ITA": ("Sisal", "Lottomatica"),
    "GRC": ("OPAP",),
    "HRV": ("Hrvatska Lutrija",),
    "POL": ("Totalizator Sportowy",),
    "ESP": ("SELAE", "ONCE"),
    "FRA": ("FDJ",),
    "PAN": ("LNB Panamá",),
    "GBR": ("Allwyn UK",),
}
_US_MEMBER = {
    "Nogales (Sonora/Arizona)": "Arizona Lottery",
    "Sasabe": "Arizona Lottery",
    "El Paso": "Texas Lottery Commission",
    "Rio Grande Valley": "Texas Lottery Commission",
}


def _own_columns(src: Desk, ev: Mapping[str, object], rng: _Rng) -> _Cells:
    """Return the desk's own columns (not record fields): venue, brand, stakes, member."""
    stake = float(np.round(np.exp(rng.normal(7.5, 1.2)), 2))  # what the customer played
    if src.source == "entain_retail_fct":
        brand = choice(rng, ("Ladbrokes", "Coral"))
        return {
            "x_brand": brand,
            "x_venue": f"{brand[0]}{int(rng.integers(1, 4000)):04d}",
            "x_stake": f"£{stake:,.2f}",
        }
    if src.source == "fdj_conformite_lcbft":
        amount = f"{stake:,.2f}".replace(",", "\u202f").replace(".", ",")
        return {"x_venue": f"{int(rng.integers(1, 10**7)):07d}", "x_stake": f"{amount} €"}
    if src.source == "selae_prevencion_blanqueo":
        prov = _SELAE_PROVINCE.get(str(ev["hotspot"]))
        return {"x_venue": f"{prov}-{int(rng.integers(1, 999)):03d}" if prov else None}
    if src.source == "lnb_panama_cumplimiento":
        return {"x_venue": choice(rng, ("Metetí", "Yaviza", "Santa Fe", "Chepo", "Panamá Este"))}
    det = str(ev["detection_country"])
    member = _US_MEMBER.get(str(ev["hotspot"])) or choice(rng, _WLA_MEMBER.get(det, ("WLA",)))
    return {"x_member": member}


# --------------------------------------------------------------------------------------
# One event as one desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the desk does: ``(cells, expected, tags)``."""
    tags: list[str] = []
    cells: _Cells = _own_columns(src, ev, rng)
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, tag = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime, crime, rng, "crime_type", tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the desk leaves it blank or says so
        na = src.unknown[-1] if src.source == "entain_retail_fct" and rng.random() < 0.3 else None
        cells["exploitation"], exp["exploitation"] = na, None
    elif rng.random() < 0.04:
        cells["exploitation"] = None if src.format == "jsonl" else choice(rng, src.unknown[:-1])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, src.exploitation, str(expl), rng, "exploitation", tags)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_sus, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = None if src.format == "jsonl" else choice(rng, src.unknown[:-1])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, src.gender, gender, rng, "gender", tags)
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = None if src.format == "jsonl" else choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(src, table, value, rng, col, tags)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        blank = forced_blank == col
        unknown = col != "detection_country" and not blank and rng.random() < 0.025
        if blank or unknown:
            cells[col] = None if src.format == "jsonl" or blank else choice(rng, src.unknown[:-1])
            exp[col] = None
            tags.append(f"blank_{col}" if col == "nationality" or blank else f"unknown:{col}")
        else:
            cells[col] = _country(src, iso, rng, col, tags)
            exp[col] = iso

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = [] if src.format == "jsonl" and rng.random() < 0.5 else None
    else:
        hops = [_country(src, h, rng, "transit_countries", tags) for h in str(transit).split("|")]
        cells["transit_countries"] = (
            hops if not src.transit_sep else choice(rng, src.transit_sep).join(hops)
        )

    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is None:
        cells["linked_offences"] = [] if src.format == "jsonl" else None
    else:
        words = [
            _word(src, src.offences, o, rng, "linked_offences", tags) for o in str(off).split("|")
        ]
        cells["linked_offences"] = (
            words if not src.offence_sep else choice(rng, src.offence_sep).join(words)
        )

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: _Cells = {k: None for k in src.headers if k in ("lat", "lon", "coordinates")}
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
    cells.update(place)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_EN_UNKNOWN = ("N/K", "Not known", "Unknown", "N/A")
_FR_UNKNOWN = ("NC", "Non renseigné", "Inconnu", "Sans objet")
_ES_UNKNOWN = ("Desconocido", "S/D", "Sin determinar", "No aplica")
_PA_UNKNOWN = ("N/D", "No indica", "Desconocido", "No aplica")

ENTAIN = Desk(
    source="entain_retail_fct",
    filename="entain_retail_fct_oi.csv",
    ref="FCT-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "FCT Ref",
        "event_date": "Date of Incident",
        "x_brand": "Brand",
        "x_venue": "Shop No",
        "x_stake": "Stakes 12m (£)",
        "crime_type": "Concern Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Individuals",
        "n_suspects": "No. of Associated Subjects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route Via",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Detected",
        "transport_mode": "Method of Travel",
        "lat": "Shop Lat",
        "lon": "Shop Long",
        "linked_offences": "Linked Offending",
    },
    note="Extract from FCT case management - provisional, do not disseminate",
    total="TOTAL",
    bad_count=("several", "multiple", "see narrative"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
        "smuggling": ("People smuggling", "Organised immigration crime", "OIC - facilitation"),
        "both": ("Modern slavery / people smuggling", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "Child", "Minor"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    transport={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "Vehicle", "On foot"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown=_EN_UNKNOWN,
    count_unknown=("N/K", "Not known"),
    zero=("None", "nil"),
    numbers=("one", "two", "three", "four", "five"),
    countries={
        "name": 0.74,
        "alias": 0.1,
        "iso2": 0.03,
        "typo": 0.05,
        "upper": 0.05,
        "lower": 0.03,
    },
    transit_sep=(" > ", ", "),
    offence_sep=("; ", " & "),
    thousands=(",",),
    garble=0.0,
)

FDJ = Desk(
    source="fdj_conformite_lcbft",
    filename="fdj_conformite_lcbft_oi.csv",
    ref="SIG{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "x_venue": "Code PDV",
        "x_stake": "Montant joué (€)",
        "crime_type": "Typologie",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction outil LCB-FT - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "cf. PV"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des personnes"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Trafic de migrants",
            "Filière d'immigration irrégulière",
        ),
        "both": ("TEH + trafic de migrants", "Traite et aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "female": ("Femme", "F", "Femmes"),
        "male": ("Homme", "H", "Hommes"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    age={
        "child": ("Mineur", "Mineurs"),
        "adult": ("Majeur", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    transport={
        "sea": ("Maritime", "Bateau", "Embarcation"),
        "land": ("Routier", "Poids lourd", "À pied"),
        "air": ("Aérien", "Avion"),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    unknown=_FR_UNKNOWN,
    count_unknown=("NC", "Non connu"),
    zero=("aucun", "néant"),
    numbers=("un", "deux", "trois", "quatre", "cinq"),
    countries={
        "name": 0.7,
        "upper": 0.08,
        "mojibake": 0.1,
        "alias": 0.04,
        "iso2": 0.03,
        "typo": 0.03,
        "lower": 0.02,
    },
    transit_sep=(", ", " / "),
    offence_sep=(" / ", ", "),
    thousands=("\u00a0", "\u202f", " "),
    garble=0.08,
)

SELAE = Desk(
    source="selae_prevencion_blanqueo",
    filename="selae_prevencion_blanqueo_oi.xlsx",
    ref="PBC-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Expediente",
        "event_date": "Fecha hecho",
        "x_venue": "Receptor",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
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
    note="Datos provisionales - Unidad de Prevención PBC/FT",
    total="TOTAL",
    bad_count=("varios", "ver informe"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata de personas"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración ilegal",
            "Tráfico de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Explotación para actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    gender={
        "female": ("Mujer", "Mujeres", "Femenino"),
        "male": ("Hombre", "Hombres", "Masculino"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menor", "Menores de edad"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y menores",),
    },
    transport={
        "sea": ("Marítimo", "Patera", "Cayuco", "Embarcación"),
        "land": ("Terrestre", "Vehículo", "Autobús"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    unknown=_ES_UNKNOWN,
    count_unknown=("S/D",),
    zero=("Ninguno",),
    numbers=(),
    countries={
        "upper": 0.45,
        "name": 0.35,
        "plain": 0.08,
        "iso3": 0.05,
        "typo": 0.04,
        "alias": 0.03,
    },
    transit_sep=(" - ", ", "),
    offence_sep=(", ",),
    thousands=(".",),
    garble=0.0,
)

LNB = Desk(
    source="lnb_panama_cumplimiento",
    filename="lnb_panama_cumplimiento_oi.csv",
    ref="OC-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha del hecho",
        "x_venue": "Agencia",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino final",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="Total",
    bad_count=("varios", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "child": ("Menor de edad", "NNA"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Bus"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales", "Lavado de dinero"),
        "illicit_goods": ("Drogas",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    unknown=_PA_UNKNOWN,
    count_unknown=("N/D",),
    zero=("Ninguno", "0"),
    numbers=(),
    countries={"name": 0.68, "plain": 0.14, "alias": 0.08, "upper": 0.05, "typo": 0.05},
    transit_sep=(", ", " - "),
    offence_sep=(", ", " / "),
    thousands=(",",),
    garble=0.0,
)

WLA = Desk(
    source="wla_security_integrity",
    filename="wla_security_integrity_oi.jsonl",
    ref="WLA-SIC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "incident_date",
        "x_member": "reporting_member",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "subjects_identified",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality_iso",
        "origin_country": "origin_iso",
        "transit_countries": "transit_iso",
        "destination_country": "destination_iso",
        "detection_country": "detected_in_iso",
        "transport_mode": "conveyance",
        "lat": "geo_lat",
        "lon": "geo_lng",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="EXPORT_SUMMARY",
    bad_count=("MULTIPLE", "see narrative"),
    repeats=True,
    crime={
        "trafficking": ("HUMAN_TRAFFICKING",),
        "smuggling": ("MIGRANT_SMUGGLING",),
        "both": ("HUMAN_TRAFFICKING+MIGRANT_SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("FORCED_LABOUR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
    age={"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("ADULT_AND_MINOR",)},
    transport={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    offences={
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("ILLICIT_GOODS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    unknown=("UNKNOWN",),
    count_unknown=(),
    zero=(),
    numbers=(),
    countries={"iso3": 0.75, "iso2": 0.2, "numeric": 0.05},
    transit_sep=(),
    offence_sep=(),
    thousands=(),
    garble=0.0,
)

#: The five desks, in the order :func:`make_blind397` returns their submissions.
SOURCES: tuple[Desk, ...] = (ENTAIN, FDJ, SELAE, LNB, WLA)

#: The variant: which desk first reports the events of each detection country, which
#: one may report them again, and how each writes.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": ENTAIN.source,
        "FRA": FDJ.source,
        "ESP": SELAE.source,
        "PAN": LNB.source,
    },
    compilation=WLA.source,
    secondary={
        # cross-Channel referrals between the two operators' desks
        ("channel", "FRA"): ENTAIN.source,
        ("channel", "GBR"): FDJ.source,
        # member lotteries' own cases, shared again through the WLA alert exchange
        ("thb_vnm_gbr", "GBR"): WLA.source,
        ("wmed", "ESP"): WLA.source,
        ("watl", "ESP"): WLA.source,
        ("thb_rou_esp", "ESP"): WLA.source,
        ("darien", "PAN"): WLA.source,
        # networks also seen at Spanish outlets, reported by SELAE from Italy
        ("thb_rou_esp", "ITA"): SELAE.source,
        ("thb_nga_ita", "ITA"): SELAE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=397_0397,
    blank_share=0.3,
)


def make_blind397(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five gaming desks of set ``blind397`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``entain_retail_fct_oi.csv`` (English, cp1252, ``,``),
        ``fdj_conformite_lcbft_oi.csv`` (French, UTF-8 with BOM, ``;``),
        ``selae_prevencion_blanqueo_oi.xlsx`` (Spanish),
        ``lnb_panama_cumplimiento_oi.csv`` (Spanish, UTF-16, tab) and
        ``wla_security_integrity_oi.jsonl`` (English keys, ISO codes), each with the
        expected reading of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind397(make_truth(seed=5, n_events=300), seed=5)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['entain_retail_fct_oi.csv', 'fdj_conformite_lcbft_oi.csv',
     'selae_prevencion_blanqueo_oi.xlsx', 'lnb_panama_cumplimiento_oi.csv',
     'wla_security_integrity_oi.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Code PDV']
    >>> all(len(s.frame) == len(s.expected) for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
