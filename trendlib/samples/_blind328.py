"""Examiner variant ``blind328``: five farm-labour and migration sources (files ``*_lr.*``).

The set leans on how agricultural labour monitors, ethical-trade schemes and the
organisations around them write up exploited seasonal workers and smuggled harvest
crews. Five agencies, each in its own working language and with its own tool:

``stronger_together_uk_lr.xlsx``
    Stronger Together (UK growers' and labour providers' ethical-trade programme),
    English case log kept in Excel: real Excel dates mixed with typed day-first dates,
    a few cells formatted as numbers (Excel serials), months ("May 2022") and quarters
    ("Q2 2022"); nationalities as demonyms ("Vietnamese"); the country identified as
    "England", "Scotland" or "UK"; transit countries joined by ``" > "``; small counts
    now and then in words ("three"). Reports the events detected in the United Kingdom.
``asnuci_lepe_lr.csv``
    ASNUCI (Asociación de Nuevos Ciudadanos por la Interculturalidad, Lepe, Huelva),
    a volunteers' spreadsheet saved by Spanish Excel: cp1252, ``;``, CRLF, day-first
    dates (``17/05/2022``, ``17/05/22``), months as ``mayo 2022`` or ``may-22``,
    Spanish country names in any case with a few typos and mojibake, thousands with a
    dot, coordinates with a decimal comma, no column of linked offences. Reports the
    events detected in Spain.
``miprof_teh_lr.csv``
    MIPROF (Mission interministérielle pour la protection des femmes contre les
    violences et la lutte contre la traite des êtres humains), French national
    coordination fed by associations and services: UTF-8 with BOM, ``;``, French legal
    wording ("aide à l'entrée et au séjour irréguliers"), nationalities as feminine
    adjectives ("érythréenne"), quarters as ``T2 2022`` or ``2e trimestre 2022``,
    thousands with a (narrow) no-break space and coordinates in degrees, minutes and
    seconds in one cell. Reports the events detected in France.
``cdm_jornaleros_lr.jsonl``
    Centro de los Derechos del Migrante (binational US–Mexico workers' rights centre),
    case-intake system export: Spanish keys, ISO dates (some with a time, some month
    only), Mexican wording ("coyotaje", "tráfico de personas" for smuggling as in the
    Ley de Migración, "NNA" for minors, "EUA" for the United States, "lavado de
    dinero"), a default ``0``/``0`` position when no point was taken. Reports the
    events detected in the United States.
``walk_free_lr.csv``
    Walk Free (international modern-slavery research organisation), an English
    open-source incident compilation: UTF-8, ``,``, ISO alpha-3 codes, ``17 May 2022``,
    ``May 2022`` and ``Q2 2022`` dates, Walk Free's own categories ("Forced commercial
    sexual exploitation"). Reports every event no primary source reports (Italy,
    Greece, Croatia, Poland, Panama) and a second report of some others.

What a careful analyst reads from each cell is the truth: a demonym or an alias is the
country, "England" is the United Kingdom, "NNA" or "MNA" are minors, "ninguno",
"aucun" or "none" suspects are zero, "s/d", "N/C", "sin dato" or "not reported" counts
are not known (no count), "not known" ages or modes are ``unknown``, a missing or
``0``/``0`` position is no position, a written month or quarter is that period.
"""

from __future__ import annotations

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND328", "SOURCES", "LrSource", "make_blind328"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class LrSource(ExaminerSource):
    """A source of ``blind328``: the shared fields plus its own words.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the agency's words for it (drawn uniformly).
    no_exploitation : tuple
        Cells written in the exploitation column of a pure smuggling case.
    count_unknown : tuple of str
        Count cells meaning "not known" (the record keeps no count).
    suspects_zero : tuple of str
        Words for no suspect (read as 0).
    suspects_unknown : tuple of str
        Suspect cells meaning "not known".
    not_known : tuple of str
        Age-group and transport cells meaning "not known" (read as ``unknown``).
    gender_unknown : tuple of str
        Sex cells meaning "not known" (read as ``unknown``).
    direct : tuple
        Transit cells of a journey with no transit country.
    transit_sep : str
        Separator of transit countries, in journey order.
    offence_sep : str
        Separator of linked offences.
    """

    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str | None, ...]
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    count_unknown: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    not_known: tuple[str, ...]
    gender_unknown: tuple[str, ...]
    direct: tuple[str | None, ...]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
#: Nationality adjectives: English (UK case logs), French feminine ("nationalité
#: afghane") and Spanish feminine ("nacionalidad mexicana").
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "ROU": "Romanian",
        "NGA": "Nigerian",
        "CHN": "Chinese",
        "SDN": "Sudanese",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
        "NGA": "nigériane",
        "ROU": "roumaine",
        "CHN": "chinoise",
        "PAK": "pakistanaise",
        "MAR": "marocaine",
        "DZA": "algérienne",
        "TUN": "tunisienne",
        "EGY": "égyptienne",
    },
    "es": {
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
#: Spelling slips of the Huelva volunteers (Spanish names).
_ES_TYPOS = {
    "MAR": "Marrucos",
    "ROU": "Rumania",
    "SEN": "Senegl",
    "MLI": "Mali",
    "DZA": "Argelía",
    "CIV": "Costa Marfil",
    "GIN": "Guinea Conakry",
    "GMB": "Ganbia",
}
#: Names a UK case worker uses in everyday writing.
_EN_ALIASES = {
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "RUS": "Russian Federation",
    "GMB": "The Gambia",
}
#: How the Mexican-US centre writes the United States.
_US_ES = ("Estados Unidos", "EUA", "EE. UU.", "EE.UU.")
_MONTH_ABBR_ES = (
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
_COUNT_WORDS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
#: Place of a hotspot as the US-side centre writes it.
_PLACE_CDM = {
    "Nogales (Sonora/Arizona)": "Nogales, AZ",
    "Sasabe": "Sasabe, AZ",
    "El Paso": "El Paso, TX",
    "Rio Grande Valley": "Valle del Río Grande, TX",
    "Darién gap": "Darién",
    "Bajo Chiquito": "Bajo Chiquito, Darién",
    "Lajas Blancas": "Lajas Blancas, Darién",
}
_DEPT_FR = {"Calais": "Pas-de-Calais (62)", "Dunkirk/Gravelines": "Nord (59)"}


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _english(iso: str, rng: _Rng) -> tuple[str, str | None]:
    """Return an English name, now and then an everyday alias or a slip (UK case log)."""
    row = COUNTRIES[iso]
    r = rng.random()
    if r < 0.15 and iso in _EN_ALIASES:
        return _EN_ALIASES[iso], "country_alias"
    if r < 0.18:
        return str(row[5]), "country_typo"
    return str(row[1]), None


def _spanish_asn(iso: str, rng: _Rng, src: LrSource) -> tuple[str, str | None]:
    """Return a Spanish name as the Huelva volunteers type it (case, slips, mojibake)."""
    name = _name(iso, "es")
    r = rng.random()
    if r < 0.05:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    if r < 0.08 and iso in _ES_TYPOS:
        return _ES_TYPOS[iso], "country_typo"
    if r < 0.18:
        return name.upper(), "country_upper"
    if r < 0.22:
        return name.lower(), "country_lower"
    return name, None


def _french(iso: str, rng: _Rng) -> tuple[str, str | None]:
    """Return a French name, sometimes in capitals without accents (as typed in a form)."""
    name = _name(iso, "fr")
    if rng.random() < 0.1:
        plain = (
            name.replace("é", "e")
            .replace("è", "e")
            .replace("É", "E")
            .replace("ï", "i")
            .replace("ô", "o")
        )
        return plain.upper(), "country_upper"
    return name, None


def _country(src: LrSource, iso: str, rng: _Rng, column: str) -> tuple[str, str | None]:
    """Write one country cell as the source does; return (cell, tag)."""
    style = src.source
    if style == "stronger_together_uk":
        if column == "nationality" and iso in _DEMONYMS["en"] and rng.random() < 0.7:
            return _DEMONYMS["en"][iso], "nat_demonym"
        return _english(iso, rng)
    if style == "asnuci_lepe":
        return _spanish_asn(iso, rng, src)
    if style == "miprof_teh":
        if column == "nationality" and iso in _DEMONYMS["fr"] and rng.random() < 0.7:
            word = _DEMONYMS["fr"][iso]
            return (word.upper(), "nat_demonym") if rng.random() < 0.1 else (word, "nat_demonym")
        if column == "detection_country" and rng.random() < 0.15:
            return iso_codes(iso)[0], "country_iso2"
        return _french(iso, rng)
    if style == "cdm_jornaleros":
        if column == "nationality" and iso in _DEMONYMS["es"] and rng.random() < 0.75:
            return _DEMONYMS["es"][iso], "nat_demonym"
        if iso == "USA" and column in ("destination_country", "detection_country"):
            word = choice(rng, _US_ES)
            return word, ("country_alias" if word != "Estados Unidos" else None)
        if column == "origin_country" and rng.random() < 0.2:
            return iso_codes(iso)[0], "country_iso2"
        return _name(iso, "es"), None
    # walk_free: a research table of ISO alpha-3 codes, names where a coder typed them
    r = rng.random()
    if r < 0.05:
        return iso.lower(), "country_iso3"
    if r < 0.13:
        return _name(iso, "en"), None
    return iso, "country_iso3"


def _transit(src: LrSource, codes: str | None, rng: _Rng) -> tuple[str | None, list[str]]:
    if codes is None:
        cell = choice(rng, [d or "" for d in src.direct]) or None
        return cell, (["transit_direct_word"] if cell else [])
    tags: list[str] = []
    parts = []
    for iso in codes.split("|"):
        if src.source == "walk_free":
            parts.append(iso)
            continue
        if src.source == "stronger_together_uk":
            parts.append(_name(iso, "en"))
        elif src.source == "asnuci_lepe":
            parts.append(_name(iso, "es"))
        elif src.source == "miprof_teh":
            parts.append(_name(iso, "fr"))
        else:
            parts.append(_name(iso, "es"))
    if src.source != "walk_free":
        tags.append("transit_names")
    return src.transit_sep.join(parts), tags


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _date(
    src: LrSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a date as the source does; return (cell, expected day, precision, tag)."""
    r = rng.random()
    month = partial_ok and r < 0.06
    quarter = partial_ok and 0.06 <= r < 0.11
    style = src.source
    if style == "stronger_together_uk":
        if month:
            return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
        if quarter:
            return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "date_quarter"
        if r < 0.2:
            serial = int((ts.normalize() - _EXCEL_EPOCH).days)
            return serial, ts, "day", "excel_serial"
        if r < 0.3:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        return ts.to_pydatetime(), ts, "day", None
    if style == "asnuci_lepe":
        if month:
            if rng.random() < 0.5:
                cell = f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
            else:
                cell = f"{_MONTH_ABBR_ES[ts.month - 1]}-{ts.year % 100:02d}"
            return cell, _month_start(ts), "month", "date_month"
        if r < 0.22:
            return ts.strftime("%d/%m/%y"), ts, "day", "date_short_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if style == "miprof_teh":
        if month:
            return (
                f"{_MONTHS['fr'][ts.month - 1]} {ts.year}",
                _month_start(ts),
                "month",
                "date_month",
            )
        if quarter:
            if rng.random() < 0.5:
                cell = f"T{ts.quarter} {ts.year}"
            else:
                nth = "1er" if ts.quarter == 1 else f"{ts.quarter}e"
                cell = f"{nth} trimestre {ts.year}"
            return cell, _quarter_start(ts), "quarter", "date_quarter"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if style == "cdm_jornaleros":
        if month:
            return ts.strftime("%Y-%m"), _month_start(ts), "month", "date_month"
        if r < 0.16:
            return ts.strftime("%Y-%m-%dT00:00:00"), ts, "day", "iso_datetime"
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    # walk_free
    if month:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
    if quarter:
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "date_quarter"
    if r < 0.3:
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_long"


def _impossible(rng: _Rng) -> str:
    """Return a day and month that never exist (``31/04``, ``30/02``, ...)."""
    return choice(rng, ("30/02", "31/02", "31/04", "31/06", "31/09", "31/11"))


def bad_date(src: LrSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: missing, impossible or far in the future.

    Parameters
    ----------
    src : LrSource
        The source.
    ts : Timestamp
        The event's true date.
    kind : str
        ``"no_date"``, ``"bad_date"`` or ``"future_date"``.
    rng : numpy.random.Generator
        Generator of the draw.

    Returns
    -------
    object
        None (no date), an impossible day (``31/04/2022``), or the date with a slip in
        its year that puts it two centuries ahead (``2222`` for ``2022``).

    Examples
    --------
    >>> ts = pd.Timestamp("2022-05-17")
    >>> bad_date(SOURCES[2], ts, "future_date", np.random.default_rng(0))
    '17/05/2222'
    >>> bad_date(SOURCES[3], ts, "no_date", np.random.default_rng(0)) is None
    True
    """
    if kind == "no_date":
        return None
    future = ts.replace(year=ts.year + 200)
    style = src.source
    if kind == "future_date":
        if style == "stronger_together_uk":
            return future.to_pydatetime()
        if style == "cdm_jornaleros":
            return future.strftime("%Y-%m-%d")
        if style == "walk_free":
            return f"{future.day} {MONTHS[future.month - 1]} {future.year}"
        return future.strftime("%d/%m/%Y")
    day_month, year = _impossible(rng), ts.year
    day, month = day_month.split("/")
    if style == "cdm_jornaleros":
        return f"{year}-{month}-{day}"
    if style == "walk_free":
        return f"{int(day)} {MONTHS[int(month) - 1][:3]} {year}"
    return f"{day_month}/{year}"


def note_date(src: LrSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last case).

    Parameters
    ----------
    src : LrSource
        The source.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        A datetime in the Excel log, else the date as the source writes a day.

    Examples
    --------
    >>> note_date(SOURCES[4], pd.Timestamp("2023-12-30"))
    '30 December 2023'
    """
    if src.source == "stronger_together_uk":
        return last.to_pydatetime()
    if src.source == "cdm_jornaleros":
        return last.strftime("%Y-%m-%d")
    if src.source == "walk_free":
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _thousands(n: int, src: LrSource, rng: _Rng) -> str:
    if src.source == "asnuci_lepe":
        return f"{n:,}".replace(",", ".")
    if src.source == "miprof_teh":
        return f"{n:,}".replace(",", choice(rng, ("\u202f", "\u00a0")))
    return f"{n:,}"


def _persons(src: LrSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons; return (cell, expected count, tags)."""
    r = rng.random()
    if r < 0.03:
        return choice(rng, src.count_unknown), None, ["count_placeholder"]
    text = src.format == "csv"
    if n >= 1000 and (text or rng.random() < 0.6):
        return _thousands(n, src, rng), n, ["thousands_sep"]
    if src.source == "stronger_together_uk" and n <= 10 and r < 0.12:
        return _COUNT_WORDS_EN[n - 1], n, ["count_word"]
    return (str(n) if text else n), n, []


def _suspects(src: LrSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = rng.random()
    if r < 0.04:
        return choice(rng, src.suspects_unknown), None, ["suspects_placeholder"]
    if n == 0 and r < 0.5:
        return choice(rng, src.suspects_zero), 0, ["zero_word"]
    return (str(n) if src.format == "csv" else n), n, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths) of a coordinate; return (text, value read)."""
    tenths = round(abs(value) * 36000)  # whole tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    hemi = pos if value >= 0 else neg
    return f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}", round(read, 6)


def _place(
    src: LrSource, lat: float | None, lon: float | None, rng: _Rng, cells: dict[str, object]
) -> tuple[float | None, float | None, list[str]]:
    """Write the position cells; return (expected lat, expected lon, tags)."""
    if lat is None or lon is None:
        return None, None, ["coords_missing"]
    r = rng.random()
    if r < 0.05:
        return None, None, ["coords_missing"]
    style = src.source
    if style == "cdm_jornaleros" and r < 0.08:
        cells["lat"], cells["lon"] = 0.0, 0.0  # the intake app's default point
        return None, None, ["coords_placeholder"]
    if style == "miprof_teh":
        lat_text, lat_read = _dms(lat, "N", "S")
        lon_text, lon_read = _dms(lon, "E", "O")
        cells["coordinates"] = f"{lat_text} {lon_text}"
        return lat_read, lon_read, ["coords_dms"]
    if style == "asnuci_lepe":
        la, lo = round(lat, 4), round(lon, 4)
        cells["lat"] = f"{la:.4f}".replace(".", ",")
        cells["lon"] = f"{lo:.4f}".replace(".", ",")
        return la, lo, ["decimal_comma"]
    if style == "stronger_together_uk":
        la, lo = round(lat, 4), round(lon, 4)
        cells["lat"], cells["lon"] = la, lo
        return la, lo, []
    la, lo = round(lat, 5), round(lon, 5)
    if src.format == "csv":
        cells["lat"], cells["lon"] = f"{la:.5f}", f"{lo:.5f}"
    else:
        cells["lat"], cells["lon"] = la, lo
    return la, lo, []


def _extras(src: LrSource, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> dict[str, object]:
    """Columns of the agency's own that the record frame does not keep."""
    hotspot = str(ev["hotspot"])
    style = src.source
    if style == "stronger_together_uk":
        return {
            "_reported_by": choice(
                rng, ("Grower", "Labour provider", "Packhouse", "Helpline referral", "Audit")
            ),
            "_place": "Dover, Kent" if hotspot == "Dover" else hotspot,
        }
    if style == "asnuci_lepe":
        start = ts.year if ts.month >= 9 else ts.year - 1
        return {"_place": hotspot, "_campaign": f"{start}/{(start + 1) % 100:02d}"}
    if style == "miprof_teh":
        return {"_dept": _DEPT_FR.get(hotspot)}
    if style == "cdm_jornaleros":
        return {"_place": _PLACE_CDM.get(hotspot, hotspot)}
    return {
        "_place": hotspot,
        "_src": choice(rng, ("Media", "NGO report", "Court record", "Government statement")),
    }


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def render(
    src: LrSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does.

    Parameters
    ----------
    src : LrSource
        The source.
    ev : dict
        The event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field a second report leaves blank (``"coordinates"`` = both coordinates).

    Returns
    -------
    cells : dict
        Canonical column (or the source's own key) -> cell as written.
    expected : dict
        The record fields a careful analyst reads from the cells.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> from trendlib.samples._examiner import events
    >>> ev = events(make_truth(seed=1, n_events=50))[0]
    >>> cells, exp, tags = render(SOURCES[4], ev, np.random.default_rng(0),
    ...                           partial_ok=False, forced_blank=None)
    >>> exp["date_precision"], exp["crime_type"] == ev["crime_type"]
    ('day', True)
    """
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS if f in ev}
    cells: dict[str, object] = dict(_extras(src, ev, ts, rng))
    text = src.format == "csv"

    cell, day, precision, tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    tags += [tag] if tag else []

    crime = str(ev["crime_type"])
    words = src.crime[crime]
    if (
        src.source == "cdm_jornaleros"
        and crime == "trafficking"
        and ev["exploitation"] == ("forced_labour")
    ):
        words = (*words, "trata laboral")
    cells["crime_type"] = choice(rng, words)
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, [w or "" for w in src.no_exploitation]) or None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])

    cells["n_persons"], exp["n_persons"], more = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += more
    cells["n_suspects"], exp["n_suspects"], more = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
    )
    tags += more

    gender = str(ev["gender"])
    if rng.random() < 0.03:
        cells["gender"] = choice(rng, src.gender_unknown) or None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[gender])
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, src.not_known)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, src.age[str(ev["age_group"])])

    for column in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev.get(column)
        if column not in src.headers or iso is None:
            cells[column] = None
            exp[column] = None
            continue
        if (
            column == "detection_country"
            and src.source == "stronger_together_uk"
            and (iso == "GBR")
        ):
            word = "Scotland" if ev["hotspot"] == "Glasgow" else None
            word = word or choice(rng, ("England", "England", "England", "UK", "United Kingdom"))
            cells[column] = word
            tags += ["subnational_country"] if word in ("England", "Scotland") else []
            continue
        cells[column], tag = _country(src, str(iso), rng, column)
        tags += [tag] if tag else []

    if "transit_countries" in src.headers:
        cells["transit_countries"], more = _transit(src, ev["transit_countries"], rng)  # type: ignore[arg-type]
        tags += more
    else:
        exp["transit_countries"] = None

    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"] = choice(rng, src.not_known)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, src.transport[mode])

    exp["lat"], exp["lon"], more = _place(
        src,
        ev["lat"],  # type: ignore[arg-type]
        ev["lon"],  # type: ignore[arg-type]
        rng,
        cells,
    )
    tags += more

    offences = ev["linked_offences"]
    if "linked_offences" not in src.headers:
        exp["linked_offences"] = None
    elif offences is not None:
        cells["linked_offences"] = src.offence_sep.join(
            choice(rng, src.offences[o]) for o in str(offences).split("|")
        )

    if forced_blank is not None:
        if forced_blank == "n_suspects":  # the blank replaces whatever the cell said
            tags = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    if text:  # a CSV holds text only
        cells = {k: (None if v is None else str(v)) for k, v in cells.items()}
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_ST = LrSource(
    source="stronger_together_uk",
    filename="stronger_together_uk_lr.xlsx",
    ref="ST-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "_reported_by": "Reported by",
        "crime_type": "Issue type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of people",
        "n_suspects": "Suspected perpetrators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Travelled via",
        "detection_country": "Country identified",
        "_place": "Location",
        "transport_mode": "How they arrived",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other offences noted",
    },
    note="NB provisional - cases still under review with the GLAA, do not circulate",
    total="TOTAL",
    bad_count=("several", "a group", "lots"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
        "smuggling": ("People smuggling", "Facilitated illegal entry", "Smuggling"),
        "both": ("Smuggling + modern slavery", "Trafficking and smuggling"),
    },
    exploitation={
        "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, "N/A", "n/a - smuggling only"),
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "Child", "Minor"),
        "adult": ("Adult", "18+", "Adults"),
        "mixed": ("Mixed", "Adults & children"),
    },
    transport={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "HGV", "Car", "Coach"),
        "air": ("Flight", "Plane"),
    },
    offences={
        "document_fraud": ("false documents", "document fraud"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "cannabis"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    count_unknown=("not known", "unknown"),
    suspects_zero=("none", "None"),
    suspects_unknown=("n/k", "not known"),
    not_known=("Not known", "not known"),
    gender_unknown=("", "Not known"),
    direct=(None, "Direct"),
    transit_sep=" > ",
    offence_sep=", ",
)

_ASN = LrSource(
    source="asnuci_lepe",
    filename="asnuci_lepe_lr.csv",
    ref="ASN/{seq:03d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "_place": "Municipio / lugar",
        "_campaign": "Campaña",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Nota: datos provisionales, falta completar con las fichas de campo",
    total="TOTAL",
    bad_count=("varios", "un grupo", "bastantes"),
    repeats=True,
    crime={
        "trafficking": ("Trata", "trata de seres humanos", "TSH"),
        "smuggling": ("Tráfico de migrantes", "tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "forced_labour": ("laboral", "explotación laboral", "trabajo forzoso"),
        "sexual": ("sexual", "explotación sexual"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    no_exploitation=(None, "no procede"),
    gender={
        "female": ("Mujeres", "mujer"),
        "male": ("Hombres", "hombre"),
        "mixed": ("Mixto", "hombres y mujeres"),
    },
    age={
        "child": ("Menores", "menores no acompañados", "menor"),
        "adult": ("Adultos", "mayores de edad"),
        "mixed": ("Mixto", "adultos y menores"),
    },
    transport={
        "sea": ("patera", "cayuco", "embarcación"),
        "land": ("a pie", "autobús", "furgoneta", "por carretera"),
        "air": ("avión", "aéreo"),
    },
    offences={},
    count_unknown=("s/d", "sin datos"),
    suspects_zero=("ninguno", "0 (ninguno)"),
    suspects_unknown=("desconocido", "s/d"),
    not_known=("sin datos", "s/d"),
    gender_unknown=("", "s/d"),
    direct=(None, "directo"),
    transit_sep=" / ",
    offence_sep=", ",
)

_MIPROF = LrSource(
    source="miprof_teh",
    filename="miprof_teh_lr.csv",
    ref="{yy:02d}-TEH-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "_dept": "Département",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - remontées des associations non consolidées",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "quelques-uns"),
    repeats=False,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "aide à l'entrée irrégulière",
        ),
        "both": ("TEH et aide à l'entrée irrégulière", "traite et trafic"),
    },
    exploitation={
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=(None, "sans objet"),
    gender={
        "female": ("femmes", "F", "féminin"),
        "male": ("hommes", "H", "masculin"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "child": ("mineurs", "MNA", "mineur"),
        "adult": ("majeurs", "adultes", "majeur"),
        "mixed": ("mixte", "majeurs et mineurs"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("poids lourd", "camion", "à pied", "véhicule léger"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    count_unknown=("N/C", "non communiqué"),
    suspects_zero=("aucun",),
    suspects_unknown=("inconnu", "N/C"),
    not_known=("non renseigné",),
    gender_unknown=("", "non renseigné"),
    direct=(None,),
    transit_sep=", ",
    offence_sep=", ",
)

_CDM = LrSource(
    source="cdm_jornaleros",
    filename="cdm_jornaleros_lr.jsonl",
    ref="CDM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_hechos",
        "crime_type": "tipo_caso",
        "exploitation": "forma_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "_place": "lugar",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "un grupo grande", "muchos"),
    repeats=True,
    crime={
        "trafficking": ("trata de personas", "trata"),
        "smuggling": ("tráfico de migrantes", "coyotaje", "tráfico de personas"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "forced_labour": ("explotación laboral", "trabajo forzoso", "servidumbre por deudas"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    no_exploitation=(None, "no aplica"),
    gender={
        "female": ("mujeres", "mujer"),
        "male": ("hombres", "hombre"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "child": ("NNA", "menores de edad"),
        "adult": ("adultos", "adulto"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    transport={
        "sea": ("marítimo", "lancha"),
        "land": ("terrestre", "a pie", "camioneta", "tráiler"),
        "air": ("aéreo", "avión"),
    },
    offences={
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de dinero",),
        "illicit_goods": ("narcotráfico", "drogas"),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    count_unknown=("sin dato",),
    suspects_zero=("ninguno",),
    suspects_unknown=("se desconoce", "sin dato"),
    not_known=("sin dato",),
    gender_unknown=("", "sin dato"),
    direct=(None, "directo"),
    transit_sep=", ",
    offence_sep="; ",
)

_WF = LrSource(
    source="walk_free",
    filename="walk_free_lr.csv",
    ref="WF{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Date",
        "crime_type": "Crime category",
        "exploitation": "Form of exploitation",
        "n_persons": "Number of people",
        "n_suspects": "Number of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality (ISO3)",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "_place": "Location",
        "transport_mode": "Transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated crimes",
        "_src": "Source type",
    },
    note="Note: compiled from open sources; figures as reported, not verified",
    total="Total",
    bad_count=("dozens", "several", "hundreds"),
    repeats=True,
    crime={
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "both": ("Trafficking and smuggling",),
    },
    exploitation={
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "sexual": ("Forced commercial sexual exploitation", "Sexual exploitation"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, "Not applicable"),
    gender={
        "female": ("Female",),
        "male": ("Male",),
        "mixed": ("Mixed", "Male and female"),
    },
    age={
        "child": ("Child", "Children"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Mixed", "Adults and children"),
    },
    transport={"sea": ("Sea", "Boat"), "land": ("Land", "Road"), "air": ("Air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    count_unknown=("not reported", "unknown"),
    suspects_zero=("none",),
    suspects_unknown=("not reported",),
    not_known=("Unknown",),
    gender_unknown=("", "Unknown"),
    direct=(None,),
    transit_sep=";",
    offence_sep="; ",
)

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[LrSource, ...] = (_ST, _CDM, _ASN, _MIPROF, _WF)

#: The variant: primary source by detection country, Walk Free for the rest, and the
#: source that may report an event a second time (where it plausibly hears of it).
BLIND328: Examiner[LrSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "stronger_together_uk",
        "USA": "cdm_jornaleros",
        "ESP": "asnuci_lepe",
        "FRA": "miprof_teh",
    },
    compilation="walk_free",
    secondary={
        ("channel", "FRA"): "walk_free",
        ("channel", "GBR"): "walk_free",
        ("thb_vnm_gbr", "GBR"): "miprof_teh",  # victims who passed through France
        ("thb_nga_ita", "ITA"): "miprof_teh",  # victims moved on to France
        ("thb_rou_esp", "ESP"): "walk_free",
        ("thb_rou_esp", "ITA"): "asnuci_lepe",  # workers who came on from Latina
        ("us_mex", "USA"): "walk_free",
        ("darien", "PAN"): "cdm_jornaleros",  # workers telling of their crossing
        ("wmed", "ESP"): "walk_free",
        ("watl", "ESP"): "walk_free",
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=328_2024,
    blank_share=0.5,
)


def make_blind328(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind328`` sources would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``stronger_together_uk_lr.xlsx``, ``cdm_jornaleros_lr.jsonl``,
        ``asnuci_lepe_lr.csv``, ``miprof_teh_lr.csv`` and ``walk_free_lr.csv``, each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind328(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['stronger_together_uk_lr.xlsx', 'cdm_jornaleros_lr.jsonl', 'asnuci_lepe_lr.csv',
     'miprof_teh_lr.csv', 'walk_free_lr.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[2:]]
    [('cp1252', ';'), ('utf-8-sig', ';'), ('utf-8', ',')]
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(BLIND328, truth, seed=seed)
