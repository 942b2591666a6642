"""Examiner set ``blind329`` (files ``*_ls.*``): food-delivery platforms' trust-and-safety desks.

Five platforms that find rider accounts rented or sold to smuggled or exploited migrants
log the cases their law-enforcement liaison desks handle, each in its own tool and words:

``deliveroo_uk_ls.csv``
    Deliveroo UK, Law Enforcement Response desk: a case-management export in English,
    UTF-8 with BOM, ``,``; UK legal words (Modern Slavery, Organised Immigration Crime),
    nationality as the identity-verification vendor returns it (ISO alpha-3) or as an
    agent typed it, day-first dates, one ``Lat/Long`` column, ``Nil`` suspects.
``stuart_fr_ls.csv``
    Stuart (France), Trust & Safety / réquisitions judiciaires: French, cp1252, ``;``,
    CRLF; French legal words (TEH, aide à l'entrée et au séjour irréguliers, mis en cause),
    capitalised nationalities, decimal commas, some month-only dates and some cells
    garbled by a UTF-8 export re-read as cp1252.
``justeat_es_ls.xlsx``
    Just Eat España, equipo de integridad de repartidores: Spanish workbook with real
    Excel dates, a few lost-format serial numbers, text dates, ``1.250`` counts, Spanish
    legal words (art. 318 bis, contra la salud pública, cohecho, MENA). It also compiles
    what partner platforms and police in Italy, Greece, Croatia and Poland share through
    the EU platform-outreach meetings, often dated to the month or quarter only.
``rappi_mx_ls.jsonl``
    Rappi México, atención a autoridades: a JSON-lines API export with snake-case keys,
    ISO dates and timestamps, ISO alpha-2 countries, Mexican legal words (tráfico de
    personas, NNA, operaciones con recursos de procedencia ilícita); paged, so some
    records come twice.
``pedidosya_pa_ls.csv``
    PedidosYa Panamá, enlace con autoridades: Excel "Unicode text" saved as ``.csv``
    (UTF-16, tab), Panamanian words, ``M``/``F`` for masculino/femenino, ``1,250``
    counts and coordinates in decimal degrees or degrees-minutes-seconds.

Every cell the truth expects is what a careful analyst reads from it; a count written as
"not known" expects no count, a vague count ("varios") makes the row unreadable.
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

__all__ = ["EXAMINER", "SOURCES", "LsSource", "make_blind329"]

_Rng = np.random.Generator
Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class LsSource(ExaminerSource):
    """A platform's desk: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the desk's words (``"female1"`` etc.: one person).
    na_words : tuple of str
        What the desk writes when an age group or transport mode was not recorded.
    count_unknown : tuple of str
        What it writes for a count that is not known.
    zero_words : tuple of str
        What it writes for no suspect.
    nat_style, other_style : mapping
        Style -> share, for the nationality column and the other country columns
        (``name``, ``upper``, ``plain`` (no accents), ``iso2``, ``iso3``, ``demonym``,
        ``typo``, ``alias``).
    transit_sep, offence_sep : tuple of str
        Separators of the transit list and of the linked offences.
    numbers : bool
        Whether counts and coordinates are written as numbers (workbook, JSON).
    thousands : str or None
        Thousands separator of large counts written as text.
    mojibake_rate : float
        Share of rows whose accented text was garbled by a UTF-8 -> cp1252 misreading.
    methods : tuple of str
        How the desk came to know of the case (the ``method`` column, if any).
    """

    words: Words
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    nat_style: Mapping[str, float]
    other_style: Mapping[str, float]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    numbers: bool
    thousands: str | None
    mojibake_rate: float
    methods: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country words (the examiner's own table: names in the three languages, demonyms, aliases)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Demonyms a desk writes in a nationality cell: language -> ISO3 -> (masculine, feminine).
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "ALB": ("Albanian", "Albanian"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "ERI": ("Eritrean", "Eritrean"),
        "SYR": ("Syrian", "Syrian"),
        "VNM": ("Vietnamese", "Vietnamese"),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "ALB": ("albanais", "albanaise"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "SEN": ("senegalés", "senegalesa"),
        "MLI": ("maliense", "maliense"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "NGA": ("nigeriano", "nigeriana"),
        "SYR": ("sirio", "siria"),
        "AFG": ("afgano", "afgana"),
        "TUN": ("tunecino", "tunecina"),
        "EGY": ("egipcio", "egipcia"),
        "PAK": ("paquistaní", "paquistaní"),
        "IRQ": ("iraquí", "iraquí"),
        "ERI": ("eritreo", "eritrea"),
        "CMR": ("camerunés", "camerunesa"),
        "MEX": ("mexicano", "mexicana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
    },
}

#: Small slips a clerk makes in a name, per language (each still plainly that country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {"AFG": "Afganistan", "ERI": "Eritria", "ALB": "Albaina", "VNM": "Veitnam"},
    "fr": {"AFG": "Afganistan", "ERI": "Erythree", "IRQ": "Iraq", "ALB": "Albanie."},
    "es": {"MAR": "Marrueco", "VEN": "Venezula", "DZA": "Argelía", "SEN": "Senegall"},
}


def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``Érythrée`` -> ``Erythree``).

    Examples
    --------
    >>> _plain("Érythrée")
    'Erythree'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _country(
    src: LsSource,
    iso: str,
    rng: _Rng,
    *,
    nationality: bool,
    female: bool,
    aliases: Mapping[str, tuple[str, ...]],
) -> tuple[str, str | None]:
    """Write one country the desk's way; return (text, messiness tag or None)."""
    styles = src.nat_style if nationality else src.other_style
    keys = list(styles)
    w = np.array(list(styles.values()), dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    name = _NAMES[iso][_LANG[src.language]]
    text, tag = name, None
    if style == "iso3":
        text, tag = iso, "iso3"
    elif style == "iso2":
        text, tag = iso_codes(iso)[0], "iso2"
    elif style == "upper":
        text, tag = _plain(name).upper() if src.language != "en" else name.upper(), "upper"
    elif style == "plain" and _plain(name) != name:
        text, tag = _plain(name), "no_accent"
    elif style == "demonym" and nationality and iso in _DEMONYMS[src.language]:
        text, tag = _DEMONYMS[src.language][iso][1 if female else 0], "demonym"
    elif style == "typo" and iso in _TYPOS[src.language]:
        text, tag = _TYPOS[src.language][iso], "typo"
    elif style == "alias" and iso in aliases:
        text, tag = choice(rng, aliases[iso]), "alias"
    return _garble(src, text, tag, rng)


def _garble(src: LsSource, text: str, tag: str | None, rng: _Rng) -> tuple[str, str | None]:
    """Keep ``text`` if the desk's file can hold it, else write it without accents."""
    if not fits(text, src):
        return _plain(text), tag
    return text, tag


def _misread(src: LsSource, cells: dict[str, object]) -> bool:
    """Garble every accented text cell of a row imported as UTF-8 but read as cp1252.

    Returns whether a cell changed.
    """
    changed = False
    for key, value in cells.items():
        if isinstance(value, str):
            bad = mojibake(value)
            if bad is not None and fits(bad, src):
                cells[key] = bad
                changed = True
    return changed


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_MON_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

DateCell = tuple[object, pd.Timestamp, str, str | None]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _date_deliveroo(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> DateCell:
    r = rng.random()
    if r < 0.78:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if r < 0.93:
        return f"{ts.day:02d}-{_MON_EN[ts.month - 1]}-{ts.year}", ts, "day", "date_mon"
    return f"{ts.day} {_MON_EN[ts.month - 1]} {ts.year}", ts, "day", "date_long"


def _date_stuart(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        text = f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
        return text, _month_start(ts), "month", "month_only"
    if r < 0.85:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if r < 0.95:
        return ts.strftime("%d/%m/%y"), ts, "day", "date_2digit_year"
    return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", "date_long"


def _date_justeat(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> DateCell:
    r = rng.random()
    if compiled:  # what partners shared in the outreach meetings: often a month or quarter
        if partial_ok and r < 0.12:
            text = choice(
                rng, (f"{_MONTHS_ES[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
            )
            return text, _month_start(ts), "month", "month_only"
        if partial_ok and r < 0.22:
            q = (ts.month - 1) // 3 + 1
            text = choice(rng, (f"T{q} {ts.year}", f"{q}T {ts.year}", f"{q}º trim. {ts.year}"))
            return text, _quarter_start(ts), "quarter", "quarter_only"
        if r < 0.7:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if r < 0.8:
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if r < 0.94:
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
    return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"


def _date_rappi(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> DateCell:
    r = rng.random()
    if r < 0.72:
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    if r < 0.94:
        clock = f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}:"
        clock += f"{int(rng.integers(0, 60)):02d}"
        return f"{ts.strftime('%Y-%m-%d')}T{clock}", ts, "day", "iso_datetime"
    return ts.strftime("%Y/%m/%d"), ts, "day", "date_slash_ymd"


def _date_pedidosya(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> DateCell:
    r = rng.random()
    if r < 0.84:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    return f"{ts.day:02d}-{_MON_ES[ts.month - 1]}-{ts.year}", ts, "day", "date_mon"


_DATES = {
    "deliveroo_uk": _date_deliveroo,
    "stuart_fr": _date_stuart,
    "justeat_es": _date_justeat,
    "rappi_mx": _date_rappi,
    "pedidosya_pa": _date_pedidosya,
}


def _bad_date(src: LsSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future.

    An impossible date is a day the month does not have; a future date is the year
    mistyped one decade on (2023 -> 2033), as a slipped key makes it.
    """
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = [(30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11)][int(rng.integers(6))]
        if src.source == "rappi_mx":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    try:
        future = ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        future = ts.replace(year=ts.year + 10, day=28)
    if src.source == "justeat_es":
        return future.to_pydatetime()
    if src.source == "rappi_mx":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: LsSource, last: pd.Timestamp) -> object:
    """Return the extraction date written on the desk's note row (a few days after its last)."""
    day = last + pd.Timedelta(days=4)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
_ES_NUMBERS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho")


def _count(src: LsSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons the desk's way; return (cell, tag)."""
    if n >= 1000 and src.thousands is not None and rng.random() < 0.8:
        text = f"{n:,}".replace(",", src.thousands)
        return text, "thousands_dot" if src.thousands == "." else "thousands_comma"
    if src.source == "pedidosya_pa" and 2 <= n < len(_ES_NUMBERS) and rng.random() < 0.12:
        return _ES_NUMBERS[n], "count_word"
    if src.numbers and not (src.format == "jsonl" and rng.random() < 0.15):
        return n, None
    return str(n), None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (0.1 s) of ``value``; return (text, value read back).

    Examples
    --------
    >>> text, back = _dms(-77.50345, "N", "W")
    >>> print(text, back)
    77°30'12.4"W -77.503444
    """
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    back = round((deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1), 6)
    return text, back


def _coords(
    src: LsSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write a point the desk's way; return (cells, latitude read, longitude read, tag)."""
    s = src.source
    r = rng.random()
    missing = {"deliveroo_uk": 0.04, "stuart_fr": 0.05, "justeat_es": 0.05}.get(s, 0.05)
    if r < missing:
        empty: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        return empty, None, None, "coords_missing"
    r = rng.random()
    if s == "deliveroo_uk":
        if r < 0.75:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "coords_pair"
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f},{lo:.4f}"}, la, lo, "coords_pair"
    if s == "stuart_fr":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, "coords_comma"
    if s == "justeat_es":
        if r < 0.88:
            return {"lat": lat, "lon": lon}, lat, lon, None
        la, lo = round(lat, 4), round(lon, 4)
        text: dict[str, object] = {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{lo:.4f}".replace(".", ","),
        }
        return text, la, lo, "coords_comma"
    if s == "rappi_mx":
        return {"lat": lat, "lon": lon}, lat, lon, None
    if r < 0.6:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "coords_pair"
    ta, la = _dms(lat, "N", "S")
    to, lo = _dms(lon, "E", "W")
    return {"coordinates": f"{ta} {to}"}, la, lo, "coords_dms"


def _place(src: LsSource, hotspot: str) -> str:
    """Return the desk's name of the place (its delivery zone, town or area)."""
    local = {
        "es": {
            "Darién gap": "Tapón del Darién",
            "Dunkirk/Gravelines": "Dunkerque",
            "Lesbos": "Lesbos (Mitilene)",
        },
        "en": {"Dunkirk/Gravelines": "Dunkirk"},
    }.get(src.language, {})
    return local.get(hotspot, hotspot.split(" (")[0])


# --------------------------------------------------------------------------------------
# One event as one desk writes it
# --------------------------------------------------------------------------------------
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "deliveroo_uk": {"GBR": ("UK", "UK", "GB"), "CIV": ("Ivory Coast",), "TUR": ("Türkiye",)},
    "stuart_fr": {"GBR": ("UK", "Angleterre", "Grande-Bretagne"), "VNM": ("Viêt Nam",)},
    "justeat_es": {
        "GIN": ("Guinea Conakry",),
        "MKD": ("Macedonia",),
        "GBR": ("R. Unido",),
        "USA": ("EE.UU.",),
    },
    "rappi_mx": {"USA": ("EUA", "EE. UU.", "Estados Unidos"), "MEX": ("México",)},
    "pedidosya_pa": {
        "USA": ("EE.UU.", "USA", "EEUU"),
        "PAN": ("Rep. de Panamá", "PA"),
        "MEX": ("México",),
    },
}


def _word(
    src: LsSource,
    column: str,
    value: str,
    rng: _Rng,
    n: int | None = None,
    corridor: str | None = None,
) -> str:
    table = src.words[column]
    if corridor is not None and f"{value}_{corridor}" in table:  # e.g. cayucos to the Canaries
        return choice(rng, table[f"{value}_{corridor}"])
    if n == 1 and f"{value}1" in table:
        return choice(rng, table[f"{value}1"])
    return choice(rng, table[value])


def _render(
    src: LsSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(t: str | None) -> None:
        if t is not None and t not in tags:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    compiled = ev["detection_country"] not in ("ESP",) and src.source == "justeat_es"
    cell, day, precision, t = _DATES[src.source](ts, rng, partial_ok, compiled)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tag(t)
    if "method" in src.headers:
        cells["method"] = choice(rng, src.methods)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: left empty or "not applicable"
        cells["exploitation"] = choice(rng, src.words["exploitation"]["none"]) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tag(t)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tag("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tag("zero_word")
    else:
        cells["n_suspects"] = k if src.numbers else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, n)
        exp["gender"] = gender
        if len(str(cells["gender"])) == 1:
            tag("gender_letter")

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tag("na_word")
        else:
            cells[col] = _word(src, col, value, rng, n, str(ev["corridor"]))
            exp[col] = value

    female = ev["gender"] == "female"
    aliases = _ALIASES[src.source]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tag(f"blank_{col}")
            continue
        text, t = _country(
            src,
            str(iso),
            rng,
            nationality=col == "nationality",
            female=female,
            aliases=aliases,
        )
        cells[col], exp[col] = text, str(iso)
        tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng, nationality=False, female=False, aliases=aliases)
            parts.append(text)
            tag(t)
        cells["transit_countries"] = choice(rng, src.transit_sep).join(parts)
        exp["transit_countries"] = str(transit)
        if len(parts) > 1:
            tag("transit_list")

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(names)
        exp["linked_offences"] = str(offences)

    if forced_blank == "coordinates":
        if "coordinates" in src.headers:
            cells["coordinates"] = None
        else:
            cells["lat"], cells["lon"] = None, None
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        where, la, lo, t = _coords(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
        cells.update(where)
        exp["lat"], exp["lon"] = la, lo
        tag(t)
    if "place" in src.headers:
        cells["place"] = _place(src, str(ev["hotspot"]))
    # rows a colleague imported from another tool's UTF-8 export, read as cp1252
    if src.mojibake_rate and rng.random() < src.mojibake_rate and _misread(src, cells):
        tag("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_DELIVEROO = LsSource(
    source="deliveroo_uk",
    filename="deliveroo_uk_ls.csv",
    ref="LER-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Incident Date",
        "method": "Detection Method",
        "crime_type": "Concern Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Individuals",
        "n_suspects": "Suspected Facilitators",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality (IDV)",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Intended Destination",
        "detection_country": "Country Encountered",
        "place": "Zone",
        "coordinates": "Lat/Long",
        "transport_mode": "Method of Entry",
        "linked_offences": "Associated Offences",
    },
    note="Note: extract from the LER case queue - figures provisional, not for onward disclosure",
    total="Total",
    bad_count=("several", "multiple", "a few"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery", "Modern slavery / THB"),
            "smuggling": ("Organised Immigration Crime", "OIC - facilitation", "People smuggling"),
            "both": ("Modern Slavery & OIC", "MS + OIC"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "none": ("", "N/A"),
        },
        "gender": {
            "female": ("Female", "Females"),
            "male": ("Male", "Males"),
            "mixed": ("Mixed", "Male & Female"),
            "female1": ("Female", "F"),
            "male1": ("Male", "M"),
        },
        "age_group": {
            "child": ("Under 18", "U18", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Small boat (RHIB)", "Boat"),
            "land": ("HGV", "Lorry", "Vehicle"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID at onboarding"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering", "Money laundering (mule account)"),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    na_words=("Not recorded",),
    count_unknown=("n/k", "Not known"),
    zero_words=("Nil", "nil"),
    nat_style={"iso3": 0.55, "name": 0.3, "demonym": 0.1, "typo": 0.05},
    other_style={"name": 0.85, "alias": 0.12, "upper": 0.03},
    transit_sep=(" > ",),
    offence_sep=("; ",),
    numbers=False,
    thousands=",",
    mojibake_rate=0.0,
    methods=(
        "Facial re-verification mismatch",
        "Police request (DPA Sch 2)",
        "Shared payout account",
        "Rider report",
        "Device linked to multiple accounts",
    ),
)

_STUART = LsSource(
    source="stuart_fr",
    filename="stuart_fr_ls.csv",
    ref="RJ-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "method": "Origine du signalement",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction outil T&S - données provisoires, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "quelques-uns"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
            "none": ("", "sans objet"),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
            "female1": ("Femme", "F"),
            "male1": ("Homme", "H"),
        },
        "age_group": {
            "child": ("Mineurs", "MNA"),
            "adult": ("Majeurs", "Majeur(s)"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
            "child1": ("Mineur", "MNA"),
            "adult1": ("Majeur",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Voie maritime"),
            "land": ("Poids lourd", "PL", "Véhicule léger"),
            "air": ("Voie aérienne", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Usage de faux"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    na_words=("non renseigné", "NR"),
    count_unknown=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    nat_style={"upper": 0.5, "name": 0.3, "demonym": 0.15, "typo": 0.05},
    other_style={"name": 0.6, "upper": 0.3, "alias": 0.1},
    transit_sep=(", ", " - "),
    offence_sep=(" + ", ", "),
    numbers=False,
    thousands="\u00a0",
    mojibake_rate=0.1,
    methods=(
        "Réquisition OPJ",
        "Contrôle selfie (vérification identité)",
        "Signalement partenaire",
        "Signalement client",
        "Compte bancaire partagé",
    ),
)

_JUSTEAT = LsSource(
    source="justeat_es",
    filename="justeat_es_ls.xlsx",
    ref="JET-ES/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología penal",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas afectadas",
        "n_suspects": "Investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "place": "Localidad",
        "transport_mode": "Medio de entrada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales; incluye casos comunicados en la reunión de plataformas",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "algunos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Inmigración ilegal (art. 318 bis)",
                "Tráfico de migrantes",
            ),
            "both": ("Trata + inmigración ilegal", "TSH y 318 bis"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
            "none": ("", "No aplica"),
        },
        "gender": {
            "female": ("Mujeres", "Mujeres", "Mujeres", "M"),
            "male": ("Hombres", "Hombres", "Hombres", "H"),
            "mixed": ("Mixto", "Hombres y mujeres"),
            "female1": ("Mujer", "Mujer", "M"),
            "male1": ("Hombre", "Hombre", "H"),
        },
        "age_group": {
            "child": ("Menores", "MENA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
            "child1": ("Menor", "MENA"),
            "adult1": ("Adulto",),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática", "Embarcación"),
            "sea_watl": ("Cayuco", "Cayuco", "Neumática"),
            "land": ("Terrestre", "Camión", "A pie"),
            "air": ("Avión", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    na_words=("No consta",),
    count_unknown=("s/d", "No consta"),
    zero_words=("ninguno", "0 (ninguno)"),
    nat_style={"name": 0.55, "upper": 0.15, "demonym": 0.2, "plain": 0.05, "typo": 0.05},
    other_style={"name": 0.75, "upper": 0.1, "plain": 0.1, "alias": 0.05},
    transit_sep=(" - ", ", "),
    offence_sep=(", ", " y "),
    numbers=True,
    thousands=".",
    mojibake_rate=0.0,
    methods=(),
)

_RAPPI = LsSource(
    source="rappi_mx",
    filename="rappi_mx_ls.jsonl",
    ref="TKT-{yy:02d}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "method": "canal_deteccion",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "personas_involucradas",
        "n_suspects": "presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "delitos_relacionados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico de personas", "tráfico de indocumentados"),
            "both": ("trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
            "none": ("",),
        },
        "gender": {
            "female": ("mujeres",),
            "male": ("hombres",),
            "mixed": ("mixto",),
            "female1": ("mujer",),
            "male1": ("hombre",),
        },
        "age_group": {
            "child": ("NNA", "menores"),
            "adult": ("adultos",),
            "mixed": ("adultos y NNA", "mixto"),
            "child1": ("NNA", "menor"),
            "adult1": ("adulto",),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie", "tractocamión", "caja seca", "vehículo particular"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("contra la salud", "narcotráfico"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    na_words=("sin dato",),
    count_unknown=("sin dato",),
    zero_words=("ninguno",),
    nat_style={"iso2": 0.7, "name": 0.2, "demonym": 0.1},
    other_style={"iso2": 0.75, "alias": 0.15, "name": 0.1},
    transit_sep=(",",),
    offence_sep=("; ",),
    numbers=True,
    thousands=None,
    mojibake_rate=0.0,
    methods=(
        "requerimiento_autoridad",
        "validacion_biometrica",
        "reporte_usuario",
        "cuenta_bancaria_compartida",
    ),
)

_PEDIDOSYA = LsSource(
    source="pedidosya_pa",
    filename="pedidosya_pa_ls.csv",
    ref="PYA-PA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Tránsito",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "place": "Lugar",
        "coordinates": "Coordenadas",
        "transport_mode": "Medio",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: casos remitidos por SENAFRONT / SNM; cifras sujetas a revisión",
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
            "none": ("", "N/A"),
        },
        "gender": {
            "female": ("Femenino", "Femenino", "F"),
            "male": ("Masculino", "Masculino", "M"),
            "mixed": ("Mixto",),
            "female1": ("Femenino", "F"),
            "male1": ("Masculino", "M"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos",),
            "mixed": ("Mixto", "Adultos y NNA"),
            "child1": ("NNA", "Menor de edad"),
            "adult1": ("Adulto",),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("A pie", "Terrestre", "Caminando (selva)"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción de servidores públicos",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Droga", "Contrabando"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    na_words=("N/D",),
    count_unknown=("N/D", "sin información"),
    zero_words=("ninguno", "ninguna"),
    nat_style={"name": 0.5, "upper": 0.25, "demonym": 0.2, "typo": 0.05},
    other_style={"name": 0.65, "upper": 0.2, "alias": 0.15},
    transit_sep=(" / ",),
    offence_sep=(", ",),
    numbers=False,
    thousands=",",
    mojibake_rate=0.0,
    methods=(),
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[LsSource, ...] = (_DELIVEROO, _STUART, _JUSTEAT, _RAPPI, _PEDIDOSYA)

#: The variant: who first reports what, and who reports a share of it a second time.
EXAMINER: Examiner[LsSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "deliveroo_uk",
        "FRA": "stuart_fr",
        "ESP": "justeat_es",
        "USA": "rappi_mx",
        "PAN": "pedidosya_pa",
    },
    compilation="justeat_es",
    secondary={
        # a boat or lorry case seen from both sides of the Channel
        ("channel", "FRA"): "deliveroo_uk",
        ("channel", "GBR"): "stuart_fr",
        # Vietnamese riders exploited in the UK who first worked through a French account
        ("thb_vnm_gbr", "GBR"): "stuart_fr",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=329,
    blank_share=0.3,
)


def make_blind329(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five food-delivery platforms' desks log them.

    Deliveroo UK (CSV, UTF-8 with BOM, ``,``, English), Stuart France (CSV, cp1252,
    ``;``, French), Just Eat España (XLSX, Spanish; also the compilation of what
    partners in Italy, Greece, Croatia and Poland shared), Rappi México (JSON lines,
    Spanish keys, ISO alpha-2 countries) and PedidosYa Panamá (CSV, UTF-16, tab,
    Spanish). Channel cases are reported from both sides, and Vietnamese forced-labour
    cases in the UK also by the French desk (cross-source duplicates); Deliveroo and
    Rappi re-send some rows (exact repeats).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``deliveroo_uk_ls.csv``, ``stuart_fr_ls.csv``, ``justeat_es_ls.xlsx``,
        ``rappi_mx_ls.jsonl`` and ``pedidosya_pa_ls.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind329(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['deliveroo_uk_ls.csv', 'stuart_fr_ls.csv', 'justeat_es_ls.xlsx',
     'rappi_mx_ls.jsonl', 'pedidosya_pa_ls.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['folio', 'fecha_evento', 'canal_deteccion']
    >>> all((s.expected["expected_status"] == "record").sum() > 5 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
