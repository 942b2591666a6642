"""Examiner variant ``blind253``: five vehicle and driving-licence desks (files ``*_iu.*``).

Written without looking at the cleaner, from how these agencies write their exports:

``dvla_fraud_iu.csv``
    DVLA Fraud and Investigations (Swansea, United Kingdom): the cases in which a forged or
    fraudulently obtained driving licence, a cloned registration mark or a vehicle kept on
    the register was tied to organised immigration crime or modern slavery. English, UTF-8
    with a byte-order mark, ``,``; dates ``17 May 2023`` or ``17/05/2023``; nationalities
    as demonyms (``Albanian``, ``Vietnamese``); transit countries joined by ``, ``; a
    ``VRM`` and a ``Location`` column. Reports the events detected in the United Kingdom.
``ants_fraude_iu.csv``
    ANTS, the French agency for secure documents (driving licences and the SIV vehicle
    register), its fraud unit's reports to the police on the Channel coast. French,
    cp1252, ``;``, CRLF; ``17/05/2023`` (some with the time the SIV logged); nationalities
    as adjectives (``afghane``, ``érythréenne``) or upper-case country names; decimal
    commas in the coordinates; some rows pasted from a UTF-8 extract (mojibake). Reports
    the events detected in France.
``dgt_trafico_iu.xlsx``
    Spain's Dirección General de Tráfico, its document-fraud desk (licences, plates, vehicle
    registrations) on the cases the Guardia Civil and Policía Nacional shared with it.
    Spanish workbook; real Excel dates, some typed as text and some left as serial numbers;
    ``Turismo`` / ``Furgoneta`` for road vehicles, ``Patera`` / ``Cayuco`` for boats;
    counts as numbers (a few typed ``1.250``). Re-sent rows. Reports the events detected in
    Spain.
``attt_panama_iu.csv``
    Panama's Autoridad del Tránsito y Transporte Terrestre, Darién regional office: the
    checks of the buses and pick-ups carrying migrants from the reception stations.
    Spanish, saved from Excel as "Texto Unicode" (UTF-16 with BOM, tab-separated);
    ``17/05/2023``; ``1,250`` (Panama writes a thousands comma); nationalities as
    adjectives (``venezolana``); coordinates as one ``lat, lon`` cell or in degrees,
    minutes and seconds from a handheld GPS. Re-sent rows. Reports the events detected in
    Panama.
``iaati_case_digest_iu.jsonl``
    The case digest the International Association of Auto Theft Investigators compiles from
    its European and North American branches' notifications: every event no national desk
    above reports (Italy, Greece, Croatia, Poland, the United States) and a second report
    of some Spanish and Panamanian ones. English camelCase keys, ISO alpha-2 (some alpha-3
    or numeric) codes, transit countries as a JSON array; ISO dates, some only a month
    (``2023-05``) or a quarter (``Q2 2023``) where a branch sent quarterly returns.

What the truth expects is what a careful analyst reads from each cell: a blank or a "not
recorded" word gives no value (or ``unknown`` for a vocabulary field), a demonym gives the
country, a partial date gives the first day of its month or quarter, a count with a
thousands separator or a unit gives the number, and coordinates in degrees, minutes and
seconds give the decimal point.
"""

from __future__ import annotations

import zlib
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

__all__ = ["SOURCES", "BlindSource", "make_blind253"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = ("month", "quarter")
_ON_FOOT = ("A pie", "On foot")


@dataclass(frozen=True)
class BlindSource(ExaminerSource):
    """A source of ``blind253``: the shared fields plus the agency's own wording.

    Attributes
    ----------
    dates : dict
        Date style -> weight (``dmy``, ``dmy_dash``, ``d_month_y``, ``dmy_time``,
        ``xl_date``, ``xl_serial``, ``xl_text``, ``iso``, ``iso_time``, ``month``,
        ``quarter``).
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the agency's words for it.
    unknown : tuple of str
        Words the agency writes for a value it did not record.
    not_applicable : str or None
        The exploitation cell of a smuggling case.
    nat_styles, country_styles : dict
        Style -> weight for the nationality and for the other country cells (``name``,
        ``upper``, ``demonym``, ``alias``, ``typo``, ``iso2``, ``iso3``, ``numeric``).
    transit_sep : str
        Separator of the transit countries (``""``: a JSON array).
    direct : str or None
        The transit cell of a direct journey.
    offence_sep : str
        Separator of the linked offences.
    count_unknown : tuple of str
        Words for a count not known.
    zero : tuple of str
        Words for no suspect.
    thousands : str
        Thousands separator of counts of 1,000 or more (``""``: none).
    coords : str
        ``"dot"``, ``"comma"``, ``"pair"`` (one cell) or ``"number"`` (numbers).
    mojibake_rate : float
        Share of rows pasted from a UTF-8 extract and read as cp1252.
    """

    dates: dict[str, float]
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    not_applicable: str | None
    nat_styles: dict[str, float]
    country_styles: dict[str, float]
    transit_sep: str
    direct: str | None
    offence_sep: str
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    thousands: str
    coords: str
    mojibake_rate: float


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

# iso3: (English, French (feminine, "nationalité afghane"), Spanish ("nacionalidad siria"))
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "AUT": ("Austrian", "autrichienne", "austriaca"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "BGR": ("Bulgarian", "bulgare", "búlgara"),
    "BIH": ("Bosnian", "bosnienne", "bosnia"),
    "BLR": ("Belarusian", "biélorusse", "bielorrusa"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DEU": ("German", "allemande", "alemana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "ESP": ("Spanish", "espagnole", "española"),
    "FRA": ("French", "française", "francesa"),
    "GBR": ("British", "britannique", "británica"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GRC": ("Greek", "grecque", "griega"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HRV": ("Croatian", "croate", "croata"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "HUN": ("Hungarian", "hongroise", "húngara"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "ITA": ("Italian", "italienne", "italiana"),
    "LBY": ("Libyan", "libyenne", "libia"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MKD": ("North Macedonian", "macédonienne", "macedonia"),
    "MLI": ("Malian", "malienne", "maliense"),
    "MRT": ("Mauritanian", "mauritanienne", "mauritana"),
    "NER": ("Nigerien", "nigérienne", "nigerina"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "PAN": ("Panamanian", "panaméenne", "panameña"),
    "POL": ("Polish", "polonaise", "polaca"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "RUS": ("Russian", "russe", "rusa"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SRB": ("Serbian", "serbe", "serbia"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "USA": ("American", "américaine", "estadounidense"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

# The names each language's clerks use beside the official one.
_ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "GBR": "UK",
        "USA": "US",
        "VNM": "Vietnam",
        "TUR": "Turkey",
        "CIV": "Ivory Coast",
        "SYR": "Syria",
        "RUS": "Russia",
        "MKD": "Macedonia",
        "BIH": "Bosnia",
        "GMB": "The Gambia",
    },
    "fr": {
        "GBR": "Angleterre",
        "USA": "USA",
        "VNM": "Vietnam",
        "MKD": "Macédoine",
        "BIH": "Bosnie",
    },
    "es": {
        "USA": "EE.UU.",
        "GBR": "Inglaterra",
        "VNM": "Viet Nam",
        "MKD": "Macedonia",
        "BIH": "Bosnia",
    },
}


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def country_word(code: str, lang: str, style: str) -> str:
    """Write an ISO alpha-3 code the way a clerk of ``lang`` does in ``style``.

    Parameters
    ----------
    code : str
        ISO 3166-1 alpha-3 code of a country of the truth.
    lang : str
        ``"en"``, ``"fr"`` or ``"es"``.
    style : str
        ``name``, ``upper``, ``demonym``, ``alias``, ``typo``, ``iso2``, ``iso3`` or
        ``numeric``; a style the country has no word for gives its name.

    Returns
    -------
    str
        The cell.

    Examples
    --------
    >>> country_word("VNM", "en", "demonym"), country_word("ERI", "fr", "demonym")
    ('Vietnamese', 'érythréenne')
    >>> country_word("USA", "es", "alias"), country_word("ITA", "en", "numeric")
    ('EE.UU.', '380')
    """
    name = str(COUNTRIES[code][_LANG_COL[lang]])
    if style == "upper":
        return name.upper()
    if style == "demonym":
        return _DEMONYMS[code][_LANG_COL[lang] - 1] if code in _DEMONYMS else name
    if style == "alias":
        return _ALIASES[lang].get(code, name)
    if style == "typo":
        return _typo(name)
    if style in ("iso2", "numeric"):
        alpha2, numeric = iso_codes(code)
        return alpha2 if style == "iso2" else numeric
    if style == "iso3":
        return code
    return name


def _draw(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date_cell(
    src: BlindSource, ts: pd.Timestamp, style: str, rng: _Rng
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a date written in ``style``."""
    if style == "month":
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if style == "quarter":
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    day = ts.normalize()
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    cells: dict[str, object] = {
        "dmy": day.strftime("%d/%m/%Y"),
        "dmy_dash": day.strftime("%d-%m-%Y"),
        "d_month_y": f"{day.day} {_MONTHS[src.language][day.month - 1]} {day.year}",
        "dmy_time": f"{day:%d/%m/%Y} {hour:02d}:{minute:02d}",
        "xl_date": day.to_pydatetime(),
        "xl_serial": int((day - _EPOCH).days),
        "xl_text": day.strftime("%d/%m/%Y"),
        "iso": day.strftime("%Y-%m-%d"),
        "iso_time": f"{day:%Y-%m-%d}T{hour:02d}:{minute:02d}:00",
    }
    return cells[style], day, "day"


def _same_style(src: BlindSource, ts: pd.Timestamp) -> object:
    """Write a date in the source's usual style (its first one)."""
    style = next(iter(src.dates))
    if style in ("xl_date", "xl_serial"):
        return ts.to_pydatetime()
    if style == "d_month_y":
        return f"{ts.day} {_MONTHS[src.language][ts.month - 1]} {ts.year}"
    if style in ("iso", "iso_time", "month", "quarter"):
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def bad_date(src: BlindSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is bad, in the source's own style.

    Parameters
    ----------
    src : BlindSource
        The source.
    ts : Timestamp
        The event's date.
    kind : str
        ``no_date`` (blank, or ``S/F`` at the ATTT), ``bad_date`` (a day that does not
        exist) or ``future_date`` (ten years ahead, a mistyped decade).
    rng : numpy.random.Generator
        Generator of the draw.

    Returns
    -------
    object
        The cell.

    Examples
    --------
    >>> src = SOURCES[4]
    >>> bad_date(src, pd.Timestamp("2022-03-04"), "bad_date", np.random.default_rng(0))
    '2022-02-30'
    >>> bad_date(src, pd.Timestamp("2022-03-04"), "future_date", np.random.default_rng(0))
    '2032-03-04'
    """
    if kind == "no_date":
        return "S/F" if src.source == "attt_panama" and rng.random() < 0.5 else None
    if kind == "future_date":
        return _same_style(src, ts + pd.DateOffset(years=10))
    style = next(iter(src.dates))
    if style == "d_month_y":
        return f"30 February {ts.year}"
    if style in ("iso", "iso_time"):
        return f"{ts.year}-02-30"
    return f"31/02/{ts.year}"


def note_date(src: BlindSource, last: pd.Timestamp) -> object:
    """Return the date a source writes on its note row (the day of its last row).

    Parameters
    ----------
    src : BlindSource
        The source.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        The cell.
    """
    return _same_style(src, last)


# --------------------------------------------------------------------------------------
# Vehicles and places
# --------------------------------------------------------------------------------------
_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
_ES_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"
_PLATE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "GBR": ("GBR", "GBR", "ROU", "BGR", "POL", "FRA"),
    "FRA": ("FRA", "FRA", "DEU", "GBR", "ROU", "BGR"),
    "ESP": ("ESP", "ESP", "ESP", "MAR", "FRA", "ROU"),
    "ITA": ("ITA", "ITA", "ROU"),
    "PAN": ("PAN", "PAN", "COL"),
    "HRV": ("HRV", "SRB", "DEU", "AUT"),
    "POL": ("POL", "POL", "DEU", "BLR"),
    "GRC": ("GRC", "BGR", "TUR"),
    "USA": ("USA", "USA", "MEX"),
}


def plate(event_id: str, detection: str | None) -> str:
    """Return the registration of the vehicle of an event (the same in every report).

    Parameters
    ----------
    event_id : str
        The event.
    detection : str or None
        ISO alpha-3 code of the country of detection.

    Returns
    -------
    str
        A registration in the format of the country the vehicle is registered in.

    Examples
    --------
    >>> plate("E000012", "GBR") == plate("E000012", "GBR")
    True
    """
    r = np.random.default_rng(zlib.crc32(event_id.encode()))
    country = choice(r, _PLATE_COUNTRIES.get(detection or "", ("DEU",)))

    def letters(k: int, pool: str = _LETTERS) -> str:
        return "".join(pool[int(i)] for i in r.integers(0, len(pool), k))

    def digits(k: int) -> str:
        return "".join(str(int(i)) for i in r.integers(0, 10, k))

    forms = {
        "GBR": lambda: f"{letters(2)}{digits(2)} {letters(3)}",
        "FRA": lambda: f"{letters(2)}-{digits(3)}-{letters(2)}",
        "ESP": lambda: f"{digits(4)} {letters(3, _ES_LETTERS)}",
        "ROU": lambda: f"{choice(r, ('B', 'CJ', 'TM', 'IS'))} {digits(2)} {letters(3)}",
        "BGR": lambda: f"{choice(r, ('CA', 'CB', 'PB'))} {digits(4)} {letters(2)}",
        "POL": lambda: f"{choice(r, ('BI', 'WX', 'BIA'))} {digits(5)}",
        "DEU": lambda: f"{choice(r, ('M', 'B', 'HH'))}-{letters(2)} {digits(4)}",
        "MAR": lambda: f"{digits(5)}-A-{digits(1)}",
        "ITA": lambda: f"{letters(2)} {digits(3)}{letters(2)}",
        "PAN": lambda: f"{letters(2)}{digits(4)}",
        "COL": lambda: f"{letters(3)}{digits(3)}",
        "HRV": lambda: f"{choice(r, ('ZG', 'ST', 'KA'))} {digits(4)}-{letters(2)}",
        "SRB": lambda: f"{choice(r, ('BG', 'NS'))} {digits(3)}-{letters(2)}",
        "AUT": lambda: f"W-{digits(5)}{letters(1)}",
        "BLR": lambda: f"{digits(4)} {letters(2)}-{digits(1)}",
        "GRC": lambda: f"{choice(r, ('IKA', 'ZHB', 'EBO'))}-{digits(4)}",
        "TUR": lambda: f"{digits(2)} {letters(3)} {digits(2)}",
        "USA": lambda: f"{letters(3)}{digits(4)}",
        "MEX": lambda: f"{letters(3)}-{digits(3)}-{letters(1)}",
    }
    return forms[country]()


_PLACES: dict[str, dict[str, str]] = {
    "dvla_fraud": {
        "Dunkirk/Gravelines": "Gravelines",
        "Calais": "Coquelles (Eurotunnel)",
        "Dover": "Dover",
    },
    "attt_panama": {
        "Darién gap": "Yaviza",
        "Bajo Chiquito": "Bajo Chiquito",
        "Lajas Blancas": "ERM Lajas Blancas",
    },
}


def _dms(value: float, pos: str, neg: str) -> str:
    """Write a decimal degree in degrees, minutes and seconds (a GPS unit's display)."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600, 1)  # tenths of a second, as the unit shows them
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    seconds = total - deg * 3600 - minutes * 60
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def _number(value: int, src: BlindSource) -> object:
    """Write a count as the source does: a number in a workbook or JSON, else text."""
    if src.format != "csv":
        return int(value)
    return str(int(value))


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def render(
    src: BlindSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it.

    Parameters
    ----------
    src : BlindSource
        The source.
    ev : dict
        The event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field a second report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-cell pair).
    expected : dict
        What a careful analyst reads from the row (record-frame vocabulary).
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> ev = make_truth(seed=1, n_events=50).iloc[0].to_dict()
    >>> cells, exp, tags = render(SOURCES[0], ev, np.random.default_rng(1),
    ...                           partial_ok=True, forced_blank=None)
    >>> exp["crime_type"] == ev["crime_type"], exp["date_precision"]
    (True, 'day')
    """
    lang = src.language
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    style = _draw(rng, src.dates)
    if style in _PARTIAL and not partial_ok:
        style = next(iter(src.dates))
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(src, ts, style, rng)
    if style in _PARTIAL:
        tags.append("partial_date")
    if style == "xl_serial":
        tags.append("excel_serial")
    if style in ("dmy_time", "iso_time"):
        tags.append("date_with_time")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime

    if crime in ("trafficking", "both"):
        form = str(ev["exploitation"])
        if rng.random() < 0.05:
            cells["exploitation"] = choice(rng, src.unknown) if rng.random() < 0.6 else None
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = choice(rng, src.exploitation[form])
            exp["exploitation"] = form
    else:
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        exp["n_persons"] = persons
        cells["n_persons"] = _number(persons, src)
        if persons >= 1000 and src.thousands and (src.format == "csv" or rng.random() < 0.4):
            cells["n_persons"] = f"{persons // 1000}{src.thousands}{persons % 1000:03d}"
            tags.append("thousands:n_persons")
        elif src.source == "attt_panama" and r > 0.96:
            cells["n_persons"] = f"{persons} {'persona' if persons == 1 else 'personas'}"
            tags.append("count_with_unit")

    suspects = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or (r < 0.03 and src.format != "jsonl"):
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        n_sus = int(suspects)  # type: ignore[call-overload]
        exp["n_suspects"] = n_sus
        if n_sus == 0 and src.zero and rng.random() < 0.5:
            cells["n_suspects"] = choice(rng, src.zero)
            tags.append("zero_word")
        else:
            cells["n_suspects"] = _number(n_sus, src)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[gender])
        exp["gender"] = gender

    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = choice(rng, words[value])
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.03:
        blank = forced_blank == "nationality" or rng.random() < 0.5
        cells["nationality"] = None if blank else choice(rng, src.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        nat_style = _draw(rng, src.nat_styles)
        cells["nationality"] = country_word(nat, lang, nat_style)
        exp["nationality"] = nat
        if nat_style != "name":
            tags.append(f"{nat_style}:nationality")

    for col in ("origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col] = None
            exp[col] = None
            tags.append("blank_detection_country")
            continue
        c_style = _draw(rng, src.country_styles)
        cells[col] = country_word(code, lang, c_style)
        exp[col] = code
        if c_style != "name":
            tags.append(f"{c_style}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = src.direct
        exp["transit_countries"] = None
    else:
        t_style = _draw(rng, src.country_styles)
        codes = str(transit).split("|")
        slip = int(rng.integers(len(codes)))  # a typo hits one name of the list, not all
        parts = [
            country_word(c, lang, t_style if t_style != "typo" or k == slip else "name")
            for k, c in enumerate(codes)
        ]
        if t_style == "typo":
            tags.append("typo:transit_countries")
        cells["transit_countries"] = parts if src.transit_sep == "" else src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.03:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        if "coordinates" in src.headers:
            cells["coordinates"] = None
        else:
            cells["lat"] = cells["lon"] = None
    elif src.source == "ants_fraude" and rng.random() < 0.01:
        # the SIV report form's default point, left untouched: no place given
        cells["lat"], cells["lon"] = "0", "0"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        exp["lat"], exp["lon"] = lat, lon
        if src.coords == "pair":
            if rng.random() < 0.25:
                cells["coordinates"] = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
                tags.append("coords_dms")
            else:
                cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        elif src.coords == "number":
            if src.format == "xlsx" and rng.random() < 0.15:  # typed as text, decimal comma
                cells["lat"] = f"{lat:.5f}".replace(".", ",")
                cells["lon"] = f"{lon:.5f}".replace(".", ",")
                tags.append("coords_text")
            else:
                cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
        elif src.coords == "comma":
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")
        else:
            cells["lat"], cells["lon"] = f"{lat:.5f}", f"{lon:.5f}"

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        said = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(said)
        exp["linked_offences"] = str(offences)

    if "vehicles" in src.headers:
        on_road = ev["transport_mode"] == "land" and cells["transport_mode"] not in _ON_FOOT
        cells["vehicles"] = (
            plate(str(ev["event_id"]), ev["detection_country"])  # type: ignore[arg-type]
            if on_road and rng.random() < 0.7
            else None
        )
    if "place" in src.headers:
        hotspot = str(ev["hotspot"])
        cells["place"] = _PLACES.get(src.source, {}).get(hotspot, hotspot.split(" (")[0])

    # Case and spacing as typed: the meaning stays.
    if rng.random() < 0.06:
        col = choice(
            rng, ("crime_type", "gender", "nationality", "origin_country", "transport_mode")
        )
        typed = cells.get(col)
        if isinstance(typed, str):
            kind = int(rng.integers(0, 3))
            cells[col] = (
                typed.upper() if kind == 0 else typed.lower() if kind == 1 else f" {typed} "
            )
            tags.append(f"case:{col}")

    # Rows pasted from a UTF-8 extract and saved again as cp1252.
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        changed = False
        for col, cell in cells.items():
            if isinstance(cell, str):
                garbled = mojibake(cell)
                if garbled is not None and fits(garbled, src):
                    cells[col] = garbled
                    changed = True
        if changed:
            tags.append("mojibake")

    for col, cell in list(cells.items()):  # a cell the file's encoding cannot hold
        if isinstance(cell, str) and not fits(cell, src):
            cells[col] = cell.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_DVLA = BlindSource(
    source="dvla_fraud",
    filename="dvla_fraud_iu.csv",
    ref="FI/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Reference",
        "event_date": "Date Detected",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination Country",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Countries",
        "transport_mode": "Method of Transport",
        "place": "Location",
        "vehicles": "VRM",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="Note: provisional data - extract from the case management system, not verified",
    total="TOTAL",
    bad_count=("Several", "Multiple"),
    repeats=False,
    dates={"d_month_y": 0.65, "dmy": 0.35},
    crime={
        "trafficking": ("Modern Slavery / Human Trafficking", "Modern slavery", "MSHT"),
        "smuggling": (
            "Organised Immigration Crime",
            "OIC",
            "Facilitation (s.25 Immigration Act 1971)",
        ),
        "both": ("OIC / MSHT", "OIC and modern slavery"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation - cannabis farm"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & Female"),
    },
    age={
        "child": ("Under 18", "Minor"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Sea", "RHIB"),
        "land": ("HGV", "Van", "Car", "Road vehicle"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Fraudulent driving licence", "Forged documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Controlled drugs", "Drugs"),
        "cybercrime": ("Cyber-enabled fraud",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Not recorded", "Not known"),
    not_applicable="N/A",
    nat_styles={
        "demonym": 0.55,
        "name": 0.2,
        "upper": 0.1,
        "alias": 0.07,
        "typo": 0.03,
        "iso3": 0.05,
    },
    country_styles={"name": 0.7, "upper": 0.1, "alias": 0.1, "iso2": 0.05, "typo": 0.05},
    transit_sep=", ",
    direct="Direct",
    offence_sep="; ",
    count_unknown=("Not known", "N/K"),
    zero=("None", "Nil"),
    thousands=",",
    coords="dot",
    mojibake_rate=0.0,
)

_ANTS = BlindSource(
    source="ants_fraude",
    filename="ants_fraude_iu.csv",
    ref="SIG-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "vehicles": "Immatriculation",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    dates={"dmy": 0.8, "dmy_time": 0.2},
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Aide à l'entrée et au séjour irréguliers",
            "Trafic de migrants (filière)",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "female": ("F", "Femmes"),
        "male": ("H", "Hommes"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineur", "Mineurs"),
        "adult": ("Majeur", "Majeurs"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    mode={
        "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
        "land": ("Poids lourd", "Véhicule léger", "Fourgon"),
        "air": ("Aérien", "Avion"),
    },
    offences={
        "document_fraud": ("Faux permis de conduire", "Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    unknown=("Non renseigné", "Inconnu"),
    not_applicable=None,
    nat_styles={"demonym": 0.5, "upper": 0.25, "name": 0.15, "iso3": 0.05, "typo": 0.05},
    country_styles={"name": 0.6, "upper": 0.25, "alias": 0.1, "typo": 0.05},
    transit_sep=" / ",
    direct=None,
    offence_sep=", ",
    count_unknown=("NC", "inconnu"),
    zero=("aucun", "néant"),
    thousands="\u00a0",
    coords="comma",
    mojibake_rate=0.07,
)

_DGT = BlindSource(
    source="dgt_trafico",
    filename="dgt_trafico_iu.xlsx",
    ref="DGT-UFD/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "vehicles": "Matrícula",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=True,
    dates={"xl_date": 0.8, "xl_text": 0.12, "xl_serial": 0.08},
    crime={
        "trafficking": ("Trata de seres humanos", "Trata de personas (art. 177 bis CP)"),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Inmigración ilegal (art. 318 bis CP)",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "Trata e inmigración ilegal"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Varón"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menores", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Embarcación neumática"),
        "land": ("Turismo", "Furgoneta", "Camión"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": (
            "Falsedad documental",
            "Permiso de conducción falso",
            "Placas de matrícula falsas",
        ),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("No consta", "Sin determinar"),
    not_applicable=None,
    nat_styles={"name": 0.45, "upper": 0.2, "demonym": 0.25, "iso3": 0.05, "typo": 0.05},
    country_styles={"name": 0.65, "upper": 0.2, "iso3": 0.05, "alias": 0.05, "typo": 0.05},
    transit_sep=" - ",
    direct=None,
    offence_sep="; ",
    count_unknown=("S/D", "sin datos"),
    zero=("ninguno",),
    thousands=".",
    coords="number",
    mojibake_rate=0.0,
)

_ATTT = BlindSource(
    source="attt_panama",
    filename="attt_panama_iu.csv",
    ref="ATTT-DRN-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Informe",
        "event_date": "Fecha del operativo",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cant. migrantes",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "place": "Comunidad / ERM",
        "vehicles": "Placa",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo familiar"),
    repeats=True,
    dates={"dmy": 0.85, "dmy_dash": 0.15},
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "child": ("Menor de edad", "NNA"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y NNA", "Familias"),
    },
    mode={
        "land": ("Bus", "A pie", "Terrestre", "Pick-up"),
        "sea": ("Lancha", "Marítimo"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Licencia de conducir falsa", "Falsificación de documentos"),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Droga", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("N/D", "No registrado"),
    not_applicable="N/A",
    nat_styles={"demonym": 0.6, "name": 0.25, "upper": 0.1, "iso3": 0.05},
    country_styles={"name": 0.7, "upper": 0.15, "alias": 0.1, "iso2": 0.05},
    transit_sep="-",
    direct="Directo",
    offence_sep=", ",
    count_unknown=("Por determinar", "N/D"),
    zero=("Ninguno",),
    thousands=",",
    coords="pair",
    mojibake_rate=0.0,
)

_IAATI = BlindSource(
    source="iaati_case_digest",
    filename="iaati_case_digest_iu.jsonl",
    ref="IAATI-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "incidentDate",
        "crime_type": "crimeCategory",
        "exploitation": "exploitationType",
        "n_persons": "personsCount",
        "n_suspects": "suspectsCount",
        "gender": "sex",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "destinationCountry",
        "detection_country": "countryOfDetection",
        "transit_countries": "transitCountries",
        "transport_mode": "conveyance",
        "vehicles": "vehiclePlate",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    dates={"iso": 0.7, "iso_time": 0.19, "month": 0.07, "quarter": 0.04},
    crime={
        "trafficking": ("Human Trafficking", "THB"),
        "smuggling": ("Migrant Smuggling", "Human Smuggling", "SOM"),
        "both": ("THB/SOM",),
    },
    exploitation={
        "sexual": ("Sexual", "Sex trafficking"),
        "forced_labour": ("Forced labor", "Labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "child": ("Juvenile", "Minor"),
        "adult": ("Adult",),
        "mixed": ("Adult/Juvenile", "Mixed"),
    },
    mode={
        "sea": ("Vessel", "Boat"),
        "land": ("Vehicle", "Tractor-trailer", "Passenger car", "Pickup truck", "On foot"),
        "air": ("Aircraft", "Commercial flight"),
    },
    offences={
        "document_fraud": ("Document fraud", "Fraudulent licence"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Unknown", "U"),
    not_applicable=None,
    nat_styles={"iso2": 0.45, "iso3": 0.25, "name": 0.2, "numeric": 0.1},
    country_styles={"iso2": 0.55, "iso3": 0.2, "numeric": 0.1, "name": 0.15},
    transit_sep="",
    direct=None,
    offence_sep="; ",
    count_unknown=("unknown",),
    zero=(),
    thousands="",
    coords="number",
    mojibake_rate=0.0,
)

#: The variant's sources, in the order :func:`make_blind253` returns them.
SOURCES: tuple[BlindSource, ...] = (_DVLA, _ANTS, _DGT, _ATTT, _IAATI)

_EXAMINER: Examiner[BlindSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "dvla_fraud",
        "FRA": "ants_fraude",
        "ESP": "dgt_trafico",
        "PAN": "attt_panama",
    },
    compilation="iaati_case_digest",
    secondary={
        ("channel", "FRA"): "dvla_fraud",
        ("channel", "GBR"): "ants_fraude",
        ("thb_rou_esp", "ITA"): "dgt_trafico",
        ("wmed", "ESP"): "iaati_case_digest",
        ("thb_rou_esp", "ESP"): "iaati_case_digest",
        ("darien", "PAN"): "iaati_case_digest",
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=253,
    blank_share=0.3,
)


def make_blind253(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind253`` submissions (files ``*_iu.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dvla_fraud_iu.csv``, ``ants_fraude_iu.csv``, ``dgt_trafico_iu.xlsx``,
        ``attt_panama_iu.csv`` and ``iaati_case_digest_iu.jsonl``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind253(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dvla_fraud_iu.csv', 'ants_fraude_iu.csv', 'dgt_trafico_iu.xlsx',
     'attt_panama_iu.csv', 'iaati_case_digest_iu.jsonl']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[3].encoding, subs[3].delimiter.isspace()
    ('utf-16', True)
    """
    return make_examined(_EXAMINER, truth, seed=seed)
