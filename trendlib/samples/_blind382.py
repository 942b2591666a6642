"""Examiner sample set ``blind382`` (files ``*_nt.*``): retail loss-prevention desks.

Five sources that meet trafficking and smuggling from the shop floor: a retail crime
intelligence partnership, a hypermarket chain's security directorate, a shopping-centre
association, a public-private organised-retail-crime coalition and a fashion group's
corporate security platform. Each writes in its own language and tool:

``nbcs_uk_nt.csv``
    National Business Crime Solution (UK): English, UTF-8 with BOM, ``,``. UK day-first
    dates (some with the time of the incident, some "17 May 2023"), UK Modern Slavery
    wording (``MSHT``, ``OIC``, NRM exploitation types), nationalities as demonyms
    ("Vietnamese"), the country as the UK nation ("England", "Scotland"), routes joined
    by ``" > "``, one ``Lat/Long`` cell, ``Nil`` offenders.
``auchan_surete_fr_nt.csv``
    Auchan Retail France, direction sûreté (hypermarkets of Calais and Grande-Synthe):
    French, cp1252, ``;``, CRLF. Day-first dates (some two-digit years, a few months
    only), French wording (``TEH``, ``aide à l'entrée irrégulière``, ``MNA``), French
    nationality adjectives, "Angleterre" for the United Kingdom, decimal commas, counts
    such as "3 pers." or "deux", and rows typed into the web form that come out as
    mojibake.
``aecc_seguridad_nt.xlsx``
    Asociación Española de Centros y Parques Comerciales, security committee: Spanish
    workbook. Real Excel dates, but also day-first text dates, plain serial numbers and
    month-only dates; Spanish wording (``TSH``, ``MENA``, ``patera``, ``cayuco``),
    Spanish demonyms, thousands with ``.``, coordinates as numbers or copied from a map
    in degrees, minutes and seconds.
``clear_orc_us_nt.csv``
    Coalition of Law Enforcement and Retail (United States): English, UTF-16 (Excel's
    "Unicode text"), tab-delimited. US month-first dates ("05/17/2023", "May 17, 2023"),
    US wording (``Alien Smuggling``, ``Labor Trafficking``, ``Juvenile``, ``UNK``),
    countries as names or two-letter codes, ``USA``/``US``.
``inditex_seguridad_nt.jsonl``
    Inditex corporate security incident platform (the compilation: Italy, Greece,
    Croatia, Poland and Panama): Spanish keys and enumeration codes
    (``TRAFICO_MIGRANTES``), ISO alpha-2 (some alpha-3) codes, the detection country as
    an ISO numeric code, ISO dates and date-times, month-only dates and quarterly
    returns of the Panama franchise ("T2 2023"), ``lat``/``lng`` numbers.

The truth holds what a careful analyst reads in each cell: a count or a field marked
as not known is expected blank (``unknown`` for the vocabulary columns), a word for zero
offenders is 0, a demonym or a UK nation is its country, a mojibake cell its
original text.
"""

from __future__ import annotations

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

__all__ = ["BLIND382", "SOURCES", "ShopSource", "make_blind382"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class ShopSource(ExaminerSource):
    """A loss-prevention desk of this set: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the words the desk writes for it (first = usual).
    not_known : mapping
        What the desk writes when a value is not known: keys ``count``, ``suspects``,
        ``gender``, ``na`` (age group, transport mode), ``nationality``,
        ``exploitation`` and ``coords``; an empty tuple means it leaves the cell blank.
    zero : tuple of str
        Words the desk writes for no offenders.
    dates : mapping
        Full-date style -> weight.
    partial : mapping
        Partial-date style -> share of the rows that may be partial.
    countries : mapping
        Country column (``nationality``, ``origin``, ``destination``, ``transit``,
        ``detection``) -> style -> weight.
    transit_sep, offence_sep : str
        Separators of the transit-country list and of the linked offences.
    coords : str
        ``"pair"`` (one ``lat, lon`` cell), ``"comma"`` (decimal commas), ``"sheet"``
        (numbers, some in degrees-minutes-seconds), ``"dot"`` or ``"json"`` (numbers).
    case_rate : float
        Share of word cells with stray case or spaces.
    mojibake_rate : float
        Share of rows whose text comes out as UTF-8 read as cp1252.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_known: Mapping[str, tuple[str, ...]]
    zero: tuple[str, ...]
    dates: Mapping[str, float]
    partial: Mapping[str, float]
    countries: Mapping[str, Mapping[str, float]]
    transit_sep: str
    offence_sep: str
    coords: str
    case_rate: float
    mojibake_rate: float


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
#: Names a desk of that language writes instead of the table's (English usage of shops).
_NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "en": {"TUR": "Turkey", "VNM": "Vietnam", "CIV": "Ivory Coast", "SYR": "Syria"},
    "fr": {},
    "es": {},
}
#: Unambiguous other names of a country, per language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US", "U.S."),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Royaume Uni", "GB"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("UK",),
        "CIV": ("Côte d'Ivoire",),
    },
}
#: Nationality adjectives (English, French masculine, Spanish masculine).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afgano"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "AUT": ("Austrian", "autrichien", "austriaco"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "BGR": ("Bulgarian", "bulgare", "búlgaro"),
    "BIH": ("Bosnian", "bosnien", "bosnio"),
    "BLR": ("Belarusian", "biélorusse", "bielorruso"),
    "CHN": ("Chinese", "chinois", "chino"),
    "CIV": ("Ivorian", "ivoirien", "marfileño"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "DEU": ("German", "allemand", "alemán"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "ESP": ("Spanish", "espagnol", "español"),
    "FRA": ("French", "français", "francés"),
    "GBR": ("British", "britannique", "británico"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "GRC": ("Greek", "grec", "griego"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "HRV": ("Croatian", "croate", "croata"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "HUN": ("Hungarian", "hongrois", "húngaro"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "ITA": ("Italian", "italien", "italiano"),
    "LBY": ("Libyan", "libyen", "libio"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MKD": ("Macedonian", "macédonien", "macedonio"),
    "MLI": ("Malian", "malien", "maliense"),
    "MRT": ("Mauritanian", "mauritanien", "mauritano"),
    "NER": ("Nigerien", "nigérien", "nigerino"),
    "NGA": ("Nigerian", "nigérian", "nigeriano"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "PAN": ("Panamanian", "panaméen", "panameño"),
    "POL": ("Polish", "polonais", "polaco"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "RUS": ("Russian", "russe", "ruso"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "SRB": ("Serbian", "serbe", "serbio"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "TUR": ("Turkish", "turc", "turco"),
    "USA": ("American", "américain", "estadounidense"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
#: Countries whose names a slip of the keyboard could turn into a neighbour's.
_NO_TYPO = frozenset({"NER", "NGA", "GIN", "GMB", "IRN", "IRQ", "MLI", "MRT"})


def _name(iso: str, lang: str) -> str:
    return _NAME_OVERRIDES[lang].get(iso) or str(COUNTRIES[iso][_LANG_COL[lang]])


def _swap_letters(text: str) -> str:
    """Swap two letters in the middle of a word of 6+ letters (a typing slip)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country(
    src: ShopSource,
    iso: str,
    column: str,
    rng: _Rng,
    *,
    demonym: bool = False,
    style: str | None = None,
) -> tuple[str, str]:
    """Write one country as the desk does; return (cell, visible style).

    ``style`` forces the row's style (a platform's form version writes every code of a
    record the same way); otherwise it is drawn from the desk's weights for ``column``.
    """
    if style is None:
        style = _pick(rng, src.countries[column])
    lang = src.language
    name = _name(iso, lang)
    if demonym and style in ("name", "upper", "lower", "typo"):
        name = _DEMONYMS[iso][_LANG_COL[lang] - 1]
    if style == "upper":
        return name.upper(), "upper"
    if style == "lower":
        return name.lower(), "lower"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "alias":
        aliases = _ALIASES[lang].get(iso)
        if aliases:
            return choice(rng, aliases), "alias"
        return name, "name"
    if style == "typo" and iso not in _NO_TYPO:
        slipped = _swap_letters(name)
        if slipped != name:
            return slipped, "typo"
    return name, "name"


def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _long_date(ts: pd.Timestamp, lang: str) -> str:
    month = _MONTHS[lang][ts.month - 1]
    if lang == "es":
        return f"{ts.day} de {month} de {ts.year}"
    return f"{ts.day} {month} {ts.year}"


def _full_date(style: str, ts: pd.Timestamp, lang: str, rng: _Rng) -> object:
    """Write a day in one of the desks' styles (text, or a datetime / int for a sheet)."""
    hour, minute = int(rng.integers(8, 22)), int(rng.integers(0, 60))
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_hm":
        return ts.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}"
    if style == "long":
        return _long_date(ts, lang)
    if style == "mdy":
        return ts.strftime("%m/%d/%Y")
    if style == "mdy2":
        return ts.strftime("%m/%d/%y")
    if style == "mon_d_y":
        return f"{_MONTHS['en'][ts.month - 1]} {ts.day}, {ts.year}"
    if style == "sheet":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "d_mon_yy":
        return f"{ts.day:02d}-{_MONTHS[lang][ts.month - 1][:3]}-{ts.strftime('%y')}"
    if style == "iso_t":
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00"
    return ts.strftime("%Y-%m-%d")  # "iso"


def _partial_date(style: str, ts: pd.Timestamp, lang: str) -> tuple[str, pd.Timestamp, str]:
    """Write a month or a quarter; return (cell, expected first day, precision)."""
    month_start = ts.to_period("M").start_time
    if style == "month_name":
        return f"{_MONTHS[lang][ts.month - 1]} {ts.year}", month_start, "month"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), month_start, "month"
    quarter_start = ts.to_period("Q").start_time
    return f"T{ts.quarter} {ts.year}", quarter_start, "quarter"  # "quarter_t"


def _date_cell(
    src: ShopSource, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    for style, share in src.partial.items():
        franchise = style != "quarter_t" or ev["detection_country"] == "PAN"
        if partial_ok and franchise and rng.random() < share:
            text, day, precision = _partial_date(style, ts, src.language)
            return text, day, precision, ["partial_date"]
    style = _pick(rng, src.dates)
    if style in ("serial", "dmy_hm", "iso_t", "long", "mon_d_y", "d_mon_yy", "dmy2", "mdy2"):
        tags.append(f"date_{style}")
    return _full_date(style, ts, src.language, rng), ts.normalize(), "day", tags


def _bad_date(src: ShopSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: none, an impossible day, or a year ten too high."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.format == "jsonl":
            return f"{ts.year}-02-30"
        if src.source.startswith("clear"):
            return f"02/30/{ts.year}"
        return f"30/02/{ts.year}"
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    if src.source.startswith("clear"):
        return future.strftime("%m/%d/%Y")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ShopSource, last: pd.Timestamp) -> object:
    """Write the date a desk puts on its note row (the extraction's last day)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source.startswith("clear"):
        return last.strftime("%m/%d/%Y")
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts, words and places
# --------------------------------------------------------------------------------------
_THOUSANDS = {"en": ",", "fr": "\u00a0", "es": "."}
#: French number words a guard types for a small group (one to twenty).
_FR_NUMBERS = (
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
)


def _count_cell(src: ShopSource, n: int, rng: _Rng) -> tuple[object, list[str]]:
    if n >= 1000 and (src.format != "jsonl") and rng.random() < 0.8:
        sep = _THOUSANDS[src.language]
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
    if src.source.startswith("auchan") and 1 <= n <= len(_FR_NUMBERS) and rng.random() < 0.2:
        return _FR_NUMBERS[n - 1], ["count_word"]
    if src.source.startswith("auchan") and rng.random() < 0.06:
        return f"{n} pers.", ["count_unit"]
    if src.format in ("xlsx", "jsonl"):
        return n, []
    return str(n), []


def _number(src: ShopSource, n: int) -> object:
    return n if src.format in ("xlsx", "jsonl") else str(n)


def _word(src: ShopSource, column: str, value: str, rng: _Rng) -> tuple[str, list[str]]:
    words = src.words[column][value]
    text = words[0] if len(words) == 1 or rng.random() < 0.6 else choice(rng, words[1:])
    if src.case_rate and rng.random() < src.case_rate:
        kind = int(rng.integers(0, 3))
        text = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
        return text, [f"case:{column}"]
    return text, []


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"


def _coord_cells(
    src: ShopSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], list[str]]:
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, []
    if src.coords == "comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}, []
    if src.coords == "sheet":
        if rng.random() < 0.12:
            return {"lat": _dms(lat, "N", "S"), "lon": _dms(lon, "E", "W")}, ["coords_dms"]
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, []
    if src.coords == "json":
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, []
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, []


def _uk_nation(ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    """Write the NBCS "Country" cell: the UK nation of the site, or the country abroad."""
    if ev["detection_country"] == "GBR":
        nation = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
        return (nation, "uk_nation") if rng.random() < 0.85 else ("UK", "alias")
    return _name(str(ev["detection_country"]), "en"), "name"


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ShopSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk ``src`` writes it.

    Returns the cells (canonical keys), the values a careful analyst reads from them
    and the messiness tags of the row.
    """
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    nk = src.not_known

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ev, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"], t = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    tags += t

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif nk["exploitation"] and rng.random() < 0.04:
        cells["exploitation"], exp["exploitation"] = choice(rng, nk["exploitation"]), "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"], t = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)
        tags += t

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if nk["count"] and rng.random() < 0.025:
        cells["n_persons"], exp["n_persons"] = choice(rng, nk["count"]), None
        tags.append("count_placeholder")
    elif not nk["count"] and rng.random() < 0.02:  # the platform leaves the count empty
        cells["n_persons"], exp["n_persons"] = None, None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(src, persons, rng)
        exp["n_persons"] = persons
        tags += t

    suspects = ev["n_suspects"]
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif nk["suspects"] and rng.random() < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, nk["suspects"]), None
        tags.append("suspects_placeholder")
    elif int(suspects) == 0 and src.zero and rng.random() < 0.6:  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _number(src, int(suspects))  # type: ignore[call-overload]
        exp["n_suspects"] = int(suspects)  # type: ignore[call-overload]

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif nk["gender"] and rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, nk["gender"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], t = _word(src, "gender", gender, rng)
        exp["gender"] = gender
        tags += t

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if nk["na"] and rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, nk["na"]), "unknown"
            tags.append("na_word")
        else:
            cells[col], t = _word(src, col, value, rng)
            exp[col] = value
            tags += t

    # a platform's record keeps one code style (ISO alpha-2, or alpha-3 from its old form)
    form = _pick(rng, src.countries["nationality"]) if src.format == "jsonl" else None
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif nk["nationality"] and rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, nk["nationality"]), None
        tags.append("blank_nationality")
    else:
        demonym = src.format != "jsonl" and rng.random() < 0.7
        cells["nationality"], style = _country(
            src, str(nat), "nationality", rng, demonym=demonym, style=form
        )
        exp["nationality"] = str(nat)
        tags.append(f"{style}:nationality" if style != "name" else "")
        if demonym and style in ("name", "upper", "lower", "typo"):
            tags.append("demonym:nationality")

    for col, key in (("origin_country", "origin"), ("destination_country", "destination")):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        cells[col], style = _country(src, str(iso), key, rng, style=form)
        exp[col] = str(iso)
        if style != "name":
            tags.append(f"{style}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [_country(src, c, "transit", rng) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(p for p, _ in parts)
        exp["transit_countries"] = str(transit)
        tags += [f"{s}:transit_countries" for _, s in parts if s not in ("name",)]

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        if src.source.startswith("nbcs"):
            cells["detection_country"], style = _uk_nation(ev, rng)
        else:
            cells["detection_country"], style = _country(src, det, "detection", rng)
        exp["detection_country"] = det
        if style != "name":
            tags.append(f"{style}:detection_country")

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    elif r < 0.06:
        tags.append("coords_missing")
        exp["lat"], exp["lon"] = None, None
    elif r < 0.08 and nk["coords"]:
        key = "coordinates" if src.coords == "pair" else "lat"
        cells[key] = choice(rng, nk["coords"])
        if key == "lat":
            cells["lon"] = cells["lat"]
        tags.append("coords_placeholder")
        exp["lat"], exp["lon"] = None, None
    else:
        coord, t = _coord_cells(src, lat, lon, rng)
        cells.update(coord)
        exp["lat"], exp["lon"] = lat, lon
        tags += t

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, "linked_offences", o, rng)[0] for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for key, cell in list(cells.items()):
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None and fits(bad, src):
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, [t for t in tags if t]


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_NBCS = ShopSource(
    source="nbcs_uk",
    filename="nbcs_uk_nt.csv",
    ref="NBCS-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident Ref",
        "event_date": "Incident Date",
        "detection_country": "Country",
        "crime_type": "Crime Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Persons",
        "n_suspects": "No. Offenders",
        "gender": "Gender",
        "age_group": "Age Range",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route Taken",
        "destination_country": "Intended Destination",
        "transport_mode": "Method of Travel",
        "coordinates": "Lat/Long",
        "linked_offences": "Associated Offences",
    },
    note="Extract from NBCS portal - figures subject to change",
    total="TOTAL",
    bad_count=("several", "group", "lots"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery", "MSHT", "Human Trafficking"),
            "smuggling": ("Organised Immigration Crime", "OIC", "People Smuggling"),
            "both": ("Modern Slavery / OIC", "MSHT & OIC"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal", "Criminal exploitation", "Forced shoplifting"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & Female"),
        },
        "age_group": {
            "child": ("Under 18", "Child", "Juvenile"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("Lorry", "HGV", "Vehicle", "On foot"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Fraud (false ID)", "Forged documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Counterfeit goods"),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known={
        "count": ("Unknown", "NK", "TBC"),
        "suspects": ("Unknown", "NK"),
        "gender": ("Not known",),
        "na": ("Not recorded", "N/K"),
        "nationality": ("Unknown", "Not known"),
        "exploitation": ("Not determined", "TBC"),
        "coords": ("N/K",),
    },
    zero=("Nil", "nil"),
    dates={"dmy": 0.7, "dmy_hm": 0.2, "long": 0.1},
    partial={},
    countries={
        "nationality": {"name": 0.8, "upper": 0.1, "typo": 0.1},
        "origin": {"name": 0.85, "alias": 0.1, "typo": 0.05},
        "destination": {"alias": 0.8, "name": 0.2},
        "transit": {"name": 0.9, "alias": 0.1},
        "detection": {"name": 1.0},
    },
    transit_sep=" > ",
    offence_sep="; ",
    coords="pair",
    case_rate=0.05,
    mojibake_rate=0.0,
)

_AUCHAN = ShopSource(
    source="auchan_surete_fr",
    filename="auchan_surete_fr_nt.csv",
    ref="FI{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "detection_country": "Pays",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination annoncée",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire – ne pas diffuser hors sûreté",
    total="Total général",
    bad_count=("plusieurs", "groupe", "?"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "filière de passeurs",
                "trafic de migrants",
            ),
            "both": ("traite + aide à l'entrée irrégulière", "TEH / passeurs"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("vols sous contrainte", "contrainte à commettre des délits"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "homme(s)", "masculin"),
            "female": ("F", "femme(s)"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur(s)", "MNA"),
            "adult": ("majeur(s)", "adulte(s)"),
            "mixed": ("majeurs + mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("camion", "poids lourd", "à pied", "véhicule léger"),
            "air": ("avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrefaçons"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    not_known={
        "count": ("NC", "inconnu"),
        "suspects": ("NC", "inconnu"),
        "gender": ("NR",),
        "na": ("NR", "non renseigné"),
        "nationality": ("inconnue", "NR"),
        "exploitation": ("à déterminer",),
        "coords": ("NC",),
    },
    zero=("aucun", "néant"),
    dates={"dmy": 0.8, "dmy2": 0.2},
    partial={"month_name": 0.03},
    countries={
        "nationality": {"name": 0.85, "lower": 0.05, "typo": 0.1},
        "origin": {"name": 0.85, "upper": 0.1, "typo": 0.05},
        "destination": {"alias": 0.7, "name": 0.3},
        "transit": {"name": 0.9, "upper": 0.1},
        "detection": {"name": 0.8, "iso2": 0.2},
    },
    transit_sep=" / ",
    offence_sep=" + ",
    coords="comma",
    case_rate=0.06,
    mojibake_rate=0.07,
)

_AECC = ShopSource(
    source="aecc_seguridad",
    filename="aecc_seguridad_nt.xlsx",
    ref="{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha",
        "crime_type": "Tipología",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
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
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales facilitados por los centros asociados",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración ilegal",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH / tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Hurtos forzados", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Varón", "Hombres"),
            "female": ("Mujer", "Mujeres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menor", "MENA", "Menores"),
            "adult": ("Adulto", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
            "land": ("Vehículo", "A pie", "Autobús"),
            "air": ("Avión", "Vuelo"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    not_known={
        "count": ("s/d", "sin determinar"),
        "suspects": ("s/d", "desconocido"),
        "gender": ("s/d",),
        "na": ("s/d", "No consta"),
        "nationality": ("desconocida", "No consta"),
        "exploitation": ("Sin determinar",),
        "coords": ("s/d",),
    },
    zero=("ninguno",),
    dates={"sheet": 0.72, "dmy": 0.12, "serial": 0.08, "d_mon_yy": 0.08},
    partial={"month_name": 0.05},
    countries={
        "nationality": {"name": 0.8, "upper": 0.1, "typo": 0.1},
        "origin": {"name": 0.85, "upper": 0.1, "typo": 0.05},
        "destination": {"name": 0.8, "upper": 0.2},
        "transit": {"name": 0.95, "typo": 0.05},
        "detection": {"name": 0.7, "upper": 0.3},
    },
    transit_sep=" - ",
    offence_sep=", ",
    coords="sheet",
    case_rate=0.05,
    mojibake_rate=0.0,
)

_CLEAR = ShopSource(
    source="clear_orc_us",
    filename="clear_orc_us_nt.csv",
    ref="CLR{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case #",
        "event_date": "Incident Date",
        "crime_type": "Offense",
        "exploitation": "Trafficking Type",
        "n_persons": "# Persons Encountered",
        "n_suspects": "# Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Final Destination",
        "detection_country": "Country",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note="PRELIMINARY DATA - LAW ENFORCEMENT SENSITIVE",
    total="Grand Total",
    bad_count=("Multiple", "Several"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "HT"),
            "smuggling": ("Human Smuggling", "Alien Smuggling"),
            "both": ("Smuggling/Trafficking", "HT & Smuggling"),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking", "Sex"),
            "forced_labour": ("Labor Trafficking", "Labor"),
            "forced_criminality": ("Forced Criminal Activity", "Forced theft"),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("M", "Male"),
            "female": ("F", "Female"),
            "mixed": ("M/F", "Mixed"),
        },
        "age_group": {
            "child": ("Juvenile", "Minor"),
            "adult": ("Adult",),
            "mixed": ("Adult/Juvenile",),
        },
        "transport_mode": {
            "sea": ("Vessel", "Boat"),
            "land": ("Vehicle", "On Foot", "Tractor-Trailer"),
            "air": ("Commercial Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document Fraud", "Fraudulent ID"),
            "corruption": ("Public Corruption", "Bribery"),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Narcotics", "Drug Smuggling"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known={
        "count": ("UNK", "Unknown"),
        "suspects": ("UNK",),
        "gender": ("U", "UNK"),
        "na": ("UNK",),
        "nationality": ("UNK",),
        "exploitation": ("UNK",),
        "coords": ("UNK",),
    },
    zero=(),
    dates={"mdy": 0.8, "mon_d_y": 0.15, "mdy2": 0.05},
    partial={},
    countries={
        "nationality": {"name": 0.55, "upper": 0.25, "iso2": 0.2},
        "origin": {"name": 0.7, "upper": 0.15, "iso2": 0.15},
        "destination": {"alias": 0.9, "name": 0.1},
        "transit": {"iso2": 0.6, "name": 0.4},
        "detection": {"alias": 0.9, "name": 0.1},
    },
    transit_sep=" - ",
    offence_sep=", ",
    coords="dot",
    case_rate=0.04,
    mojibake_rate=0.0,
)

_INDITEX = ShopSource(
    source="inditex_seguridad",
    filename="inditex_seguridad_nt.jsonl",
    ref="INC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_incidencia",
        "event_date": "fecha_hecho",
        "detection_country": "cod_pais_deteccion",
        "crime_type": "tipo_delito",
        "exploitation": "finalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_implicados",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad_iso",
        "origin_country": "pais_origen_iso",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino_iso",
        "transport_mode": "medio_transporte",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "delitos_asociados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios",),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("TRATA_PERSONAS",),
            "smuggling": ("TRAFICO_MIGRANTES",),
            "both": ("TRATA_Y_TRAFICO",),
        },
        "exploitation": {
            "sexual": ("EXPLOTACION_SEXUAL",),
            "forced_labour": ("EXPLOTACION_LABORAL",),
            "forced_criminality": ("DELINCUENCIA_FORZADA",),
            "organ_removal": ("EXTRACCION_ORGANOS",),
            "forced_marriage": ("MATRIMONIO_FORZADO",),
            "other": ("OTRA",),
        },
        "gender": {"male": ("HOMBRE",), "female": ("MUJER",), "mixed": ("MIXTO",)},
        "age_group": {"child": ("MENOR",), "adult": ("ADULTO",), "mixed": ("MIXTO",)},
        "transport_mode": {"sea": ("MARITIMO",), "land": ("TERRESTRE",), "air": ("AEREO",)},
        "linked_offences": {
            "document_fraud": ("FALSEDAD_DOCUMENTAL",),
            "corruption": ("CORRUPCION",),
            "money_laundering": ("BLANQUEO",),
            "illicit_goods": ("MERCANCIA_ILICITA",),
            "cybercrime": ("CIBERDELITO",),
            "terrorism": ("TERRORISMO",),
        },
    },
    not_known={
        "count": (),
        "suspects": (),
        "gender": ("NO_CONSTA",),
        "na": ("NO_CONSTA",),
        "nationality": (),
        "exploitation": ("NO_DETERMINADA",),
        "coords": (),
    },
    zero=(),
    dates={"iso": 0.75, "iso_t": 0.25},
    partial={"month_iso": 0.06, "quarter_t": 0.25},
    countries={
        "nationality": {"iso2": 0.85, "iso3": 0.15},
        "origin": {"iso2": 0.85, "iso3": 0.15},
        "destination": {"iso2": 0.85, "iso3": 0.15},
        "transit": {"iso2": 1.0},
        "detection": {"numeric": 1.0},
    },
    transit_sep=";",
    offence_sep=";",
    coords="json",
    case_rate=0.0,
    mojibake_rate=0.0,
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[ShopSource, ...] = (_NBCS, _AUCHAN, _AECC, _CLEAR, _INDITEX)

#: The variant: who first reports which detection country, who reports it again.
BLIND382: Examiner[ShopSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "nbcs_uk",
        "FRA": "auchan_surete_fr",
        "ESP": "aecc_seguridad",
        "USA": "clear_orc_us",
    },
    compilation="inditex_seguridad",
    secondary={
        ("channel", "FRA"): "nbcs_uk",
        ("channel", "GBR"): "auchan_surete_fr",
        ("thb_vnm_gbr", "GBR"): "inditex_seguridad",
        ("thb_rou_esp", "ESP"): "inditex_seguridad",
        ("us_mex", "USA"): "inditex_seguridad",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=382,
    blank_share=0.3,
)


def make_blind382(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five retail loss-prevention desks of ``blind382``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nbcs_uk_nt.csv``, ``auchan_surete_fr_nt.csv``, ``aecc_seguridad_nt.xlsx``,
        ``clear_orc_us_nt.csv`` and ``inditex_seguridad_nt.jsonl``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind382(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nbcs_uk_nt.csv', 'auchan_surete_fr_nt.csv', 'aecc_seguridad_nt.xlsx',
     'clear_orc_us_nt.csv', 'inditex_seguridad_nt.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Case #', 'Incident Date', 'Offense']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND382, truth, seed=seed)
