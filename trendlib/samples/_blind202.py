"""Examiner sample set ``blind202`` (files ``*_gv.*``): five domestic-servitude-minded sources.

Five agencies of the United Kingdom, France, Spain and Belgium (and one international
desk), each writing the way its own case log or export does:

``justiceandcare_uk_gv.csv``
    Justice and Care, the UK charity whose Victim Navigators sit inside police forces
    (Kent, the Met, West Midlands, Police Scotland). English, UTF-8 with BOM, ``,``.
    Nationalities as demonyms ("Vietnamese"), "UK"/"England"/"Scotland" for the country,
    dates "7 May 2023" (some "07/05/2023", "07-May-23"), UK words ("Modern slavery",
    "Facilitation (OIC)", "Labour – domestic servitude", "Nil" suspects), routes split by
    ``" / "``, a "Police force" column and no coordinates. Reports the UK's events.
``defenseurdesdroits_fr_gv.csv``
    The French Défenseur des droits (complaints and own-motion files on exiles on the
    Channel coast, domestic workers in diplomatic households). French, cp1252, ``;``.
    Nationalities as French adjectives ("érythréenne"), day-first dates, "courant mai
    2023" when only the month is known, counts such as "1 250" or "3 personnes", a few
    country names garbled by a UTF-8 web form (mojibake), "NC" for not known, no
    coordinates but a "Lieu des faits" commune. Reports France's events; re-keys a few
    files (exact repeats).
``iridia_frontera_gv.xlsx``
    Irídia (Barcelona human-rights centre monitoring the southern border, the Canaries
    and labour exploitation cases). Spanish workbook: real Excel dates, some text or
    serial dates, Spanish names or demonyms ("marroquí"), "cayuco", "salto de valla",
    "aprox. 45" persons, latitude and longitude in two columns (some with a decimal
    comma, some "s/d"). Reports Spain's events.
``picum_members_gv.csv``
    PICUM (Brussels platform of undocumented migrants' and domestic workers'
    organisations), compiling its members' submissions from Italy, Greece, Croatia and
    Poland (and a second report of some UK and Spanish cases). English, UTF-16 (Excel
    "Unicode text"), tab-delimited, ISO alpha-2 codes in the EU's style (``EL`` Greece,
    ``UK``), transit codes split by ``;``, ISO dates or "Q2 2023", coordinates
    "35.5012N 12.6034E". Re-sends some rows (exact repeats).
``hrw_incidents_gv.jsonl``
    Human Rights Watch's incident tracker (Darién, the US–Mexico border, and second
    reports of European incidents). JSON lines, UTF-8, database field names, ISO
    alpha-3 nationalities, English country names, routes joined by ``" → "``, ISO dates
    or "2023-05" when only the month is known, numeric coordinates. The compilation:
    first reports every event no other source does.

Ground truth: what a careful analyst reads from each cell. A "not known" word in a count
expects no count (``count_placeholder``); a word a clerk writes for "none" expects 0
suspects (``zero_word``); "not recorded" in the age or transport column expects
``unknown`` (``na_word``); an approximate count ("aprox. 45") expects the number; a
sector written after the form of labour exploitation ("domestic servitude", "au pair")
is still ``forced_labour``. Unreadable counts ("several", "plusieurs") and impossible or
future dates are bad rows.
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

__all__ = ["SOURCES", "Source202", "make_blind202"]

_Rng = np.random.Generator

_JC = "justiceandcare_uk"
_DDD = "defenseurdesdroits_fr"
_IRI = "iridia_frontera"
_PIC = "picum_members"
_HRW = "hrw_incidents"


@dataclass(frozen=True)
class Source202(ExaminerSource):
    """One source of ``blind202``: the shared fields plus its own words.

    Attributes
    ----------
    crime : dict
        Canonical crime type -> the source's words for it.
    exploitation : dict
        Canonical form of exploitation -> the source's words (sector included).
    no_exploitation : tuple of str or None
        What the source writes in the exploitation column of a smuggling case.
    gender, age, transport : dict
        Canonical word -> the source's words.
    na_words : tuple of str
        "Not recorded" words written in the age or transport column.
    offences : dict
        Canonical linked offence -> the source's words.
    offence_sep : str
        Separator of several linked offences.
    transit_sep : str
        Separator of the transit countries, in order.
    direct : tuple of str or None
        What the source writes when there is no transit country.
    count_unknown : tuple of str
        Words for a count of persons that is not known.
    suspects_zero : tuple of str
        Words for no suspect.
    suspects_unknown : tuple of str
        Words for a number of suspects that is not known.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    direct: tuple[str | None, ...]
    count_unknown: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Words of nationality (demonyms, adjectives) per language
# --------------------------------------------------------------------------------------
_DEMONYM_EN = {
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
# French administrative forms write the (feminine) adjective: "nationalité afghane".
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
_DEMONYM_ES = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
# Spanish NGOs name Guinea by its capital to tell it from the other Guineas.
_ES_NAME = {"GIN": ("Guinea Conakry", "Guinea-Conakry"), "CIV": ("Costa de Marfil",)}
# Small typos a clerk makes, each still readable as one country only.
_TYPO_EN = {
    "VNM": "Vietnamise",
    "ERI": "Eritriean",
    "AFG": "Afgan",
    "IRQ": "Iraqui",
    "ALB": "Albanain",
    "IRN": "Iranain",
    "SYR": "Syrain",
}
_TYPO_ES = {
    "MAR": "Marrueco",
    "SEN": "Senegall",
    "ROU": "Rumania",
    "MRT": "Mauritana",
    "DZA": "Argelía",
}
# The EU's own country codes, used in Brussels instead of ISO's GR and GB.
_EU_ALPHA2 = {"GRC": "EL", "GBR": "UK"}
# Where the navigators sit (UK hotspots) and where the French files place the facts.
_POLICE_FORCE = {
    "Dover": ("Kent Police",),
    "London": ("Metropolitan Police Service", "Met Police"),
    "Birmingham": ("West Midlands Police",),
    "Glasgow": ("Police Scotland",),
}
_COMMUNE = {
    "Calais": ("Calais (62)", "Coquelles (62)", "Marck (62)"),
    "Dunkirk/Gravelines": ("Gravelines (59)", "Grande-Synthe (59)", "Loon-Plage (59)"),
}
_ES_MONTH_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sept",
    "oct",
    "nov",
    "dic",
)
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _strip_accents(text: str) -> str:
    """Drop the accents a clerk leaves out (``Malí`` -> ``Mali``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name(iso: str, lang: str) -> str:
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


# --------------------------------------------------------------------------------------
# Country cells
# --------------------------------------------------------------------------------------
def _country(src: Source202, iso: str, rng: _Rng, *, nationality: bool) -> tuple[object, str]:
    """Return (cell, tag) of one country as the source writes it ("" = no tag)."""
    r = rng.random()
    s = src.source
    if s == _JC:
        if nationality and r < 0.75:
            word = _DEMONYM_EN.get(iso, _name(iso, "en"))
            if rng.random() < 0.05 and iso in _TYPO_EN:
                return _TYPO_EN[iso], "typo"
            if rng.random() < 0.05:
                return f"{word} ", "case_space"
            return word, "demonym"
        if iso == "GBR":
            return choice(rng, ("UK", "United Kingdom", "UK")), "alias"
        if iso == "VNM":
            return choice(rng, ("Vietnam", "Viet Nam")), "alias"
        if r > 0.95:
            return _name(iso, "en").upper(), "case_space"
        return _name(iso, "en"), ""
    if s == _DDD:
        adjective = _DEMONYM_FR.get(iso) if nationality and r < 0.7 else None
        if adjective is not None:
            return adjective, "demonym"
        if rng.random() < 0.1:
            return _name(iso, "fr").upper(), "case_space"
        return _name(iso, "fr"), ""
    if s == _IRI:
        if nationality and r < 0.5 and iso in _DEMONYM_ES:
            return _DEMONYM_ES[iso], "demonym"
        if iso in _ES_NAME:
            return choice(rng, _ES_NAME[iso]), "alias"
        if rng.random() < 0.04 and iso in _TYPO_ES:
            return _TYPO_ES[iso], "typo"
        word = _name(iso, "es")
        if rng.random() < 0.25:
            plain = _strip_accents(word)
            return plain, "no_accent" if plain != word else ""
        if rng.random() < 0.05:
            return f" {word.upper()}", "case_space"
        return word, ""
    if s == _PIC:
        if iso in _EU_ALPHA2:
            return _EU_ALPHA2[iso], "eu_country_code"
        code = iso_codes(iso)[0]
        if rng.random() < 0.05:
            return f" {code.lower()}", "case_space"
        return code, "iso2"
    # HRW: ISO alpha-3 nationalities from the database, English names elsewhere
    if nationality:
        return iso, "iso3"
    if iso == "TUR":
        return choice(rng, ("Türkiye", "Turkey")), "alias"
    if iso == "USA" and r < 0.4:
        return choice(rng, ("US", "USA")), "alias"
    return _name(iso, "en"), ""


def _maybe(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options``, which may include None (an empty cell)."""
    return options[int(rng.integers(len(options)))]


def _transit(src: Source202, codes: str | None, rng: _Rng) -> tuple[object, list[str]]:
    if codes is None:
        word = _maybe(rng, src.direct)
        return word, (["transit_direct_word"] if word else [])
    parts = []
    tags: set[str] = set()
    for iso in codes.split("|"):  # a handful of countries
        cell, tag = _country(src, iso, rng, nationality=False)
        parts.append(str(cell).strip())
        if tag:
            tags.add(tag)
    return src.transit_sep.join(parts), sorted(tags | {"transit_list"})


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(
    src: Source202, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) of an event's date."""
    r = rng.random()
    s = src.source
    if s == _JC:
        if r < 0.7:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_long"
        if r < 0.9:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts:%y}", ts, "day", "date_short"
    if s == _DDD:
        if partial_ok and r > 0.9:
            month = ts.to_period("M").start_time
            word = _FR_MONTHS[ts.month - 1]
            text = f"courant {word} {ts.year}" if rng.random() < 0.6 else f"{word} {ts.year}"
            return text, month, "month", "date_month"
        if r < 0.06:
            return ts.strftime("%d/%m/%y"), ts, "day", "date_dmy2"
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
    if s == _IRI:
        if r < 0.75:
            return ts.to_pydatetime(), ts, "day", "excel_date"
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        if r < 0.95:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
        text = f"{ts.day:02d}-{_ES_MONTH_ABBR[ts.month - 1]}-{ts.year}"
        return text, ts, "day", "date_month_word"
    if s == _PIC:
        if partial_ok and r > 0.86:
            quarter = ts.to_period("Q").start_time
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "date_quarter"
        return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"
    if partial_ok and r > 0.9:
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month", "date_month"
    return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"


def _bad_date(src: Source202, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    future = ts.replace(year=2200 + ts.year % 100)  # "2023" keyed as "2223"
    s = src.source
    if kind == "future_date":
        if s == _JC:
            return f"{future.day} {MONTHS[future.month - 1]} {future.year}"
        if s == _IRI:
            return future.to_pydatetime()
        if s == _DDD:
            return future.strftime("%d/%m/%Y")
        return future.strftime("%Y-%m-%d")
    if s == _JC:
        return choice(rng, (f"31 February {ts.year}", "TBC", f"31/02/{ts.year}"))
    if s in (_DDD, _IRI):
        return choice(rng, (f"31/02/{ts.year}", f"00/{ts.month:02d}/{ts.year}"))
    return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-13-{ts.day:02d}"))


def _note_date(src: Source202, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row."""
    if src.source == _IRI:
        return last.to_pydatetime()
    if src.source == _JC:
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    if src.source == _DDD:
        return last.strftime("%d/%m/%Y")
    return last.strftime("%Y-%m-%d")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: Source202, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Return (cell, expected count, tag) of the number of persons."""
    r = rng.random()
    if r < 0.03:
        return choice(rng, src.count_unknown), None, "count_placeholder"
    s = src.source
    if s == _JC:
        return (f"{n:,}", n, "thousands") if n >= 1000 else (str(n), n, "")
    if s == _DDD:
        if n >= 1000:
            sep = choice(rng, ("\u00a0", " "))
            return f"{n:,}".replace(",", sep), n, "thousands"
        if r > 0.9:
            word = "personne" if n == 1 else "personnes"
            return f"{n} {word}", n, "count_words"
        return str(n), n, ""
    if s == _IRI:
        if n >= 1000 and r < 0.6:
            return f"{n:,}".replace(",", "."), n, "thousands"
        if n >= 10 and r > 0.9:
            return f"aprox. {n}", n, "count_approx"
        return n, n, ""
    if s == _PIC:
        return str(n), n, ""
    return n, n, ""


def _suspects(src: Source202, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Return (cell, expected count, tag) of the number of suspects."""
    if rng.random() < 0.03:
        return choice(rng, src.suspects_unknown), None, "suspects_placeholder"
    if n == 0 and rng.random() < 0.5:
        return choice(rng, src.suspects_zero), 0, "zero_word"
    if src.format == "csv":
        return str(n), n, ""
    return n, n, ""


def _place(
    src: Source202, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Return (cells, expected lat, expected lon, tag) of the place of detection."""
    s = src.source
    if s in (_JC, _DDD):  # no GPS in these logs: a town or a police force instead
        return {}, None, None, "coords_missing"
    la, lo = round(lat, 4), round(lon, 4)
    if s == _IRI:
        r = rng.random()
        if r < 0.03:
            word = choice(rng, ("s/d", "sin datos"))
            return {"lat": word, "lon": word}, None, None, "coords_placeholder"
        if r < 0.13:
            text = {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}
            return dict(text), la, lo, "decimal_comma"
        return {"lat": la, "lon": lo}, la, lo, ""
    if s == _PIC:
        if rng.random() < 0.05:
            return {"coordinates": None}, None, None, "coords_missing"
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        return {"coordinates": f"{abs(la):.4f}{ns} {abs(lo):.4f}{ew}"}, la, lo, "coords_hemisphere"
    la3, lo3 = round(lat, 3), round(lon, 3)
    if rng.random() < 0.05:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    return {"lat": la3, "lon": lo3}, la3, lo3, ""


def _offences(src: Source202, codes: str | None, rng: _Rng) -> object:
    if codes is None:
        return None
    return src.offence_sep.join(choice(rng, src.offences[c]) for c in codes.split("|"))


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: Source202,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str) -> None:
        if name and name not in tags:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = _date(src, ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _maybe(rng, src.no_exploitation)
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tag(t)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
        )
        tag(t)

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[str(ev["gender"])])
        exp["gender"] = str(ev["gender"])
    for col, words in (("age_group", src.age), ("transport_mode", src.transport)):
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tag("na_word")
        else:
            value = str(ev[col])
            options = words[value]
            if col == "transport_mode" and src.source == _IRI:
                options = _iridia_transport(value, str(ev["hotspot"]), str(ev["corridor"]))
            cells[col], exp[col] = choice(rng, options), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col == "detection_country" and src.source == _JC and rng.random() < 0.25:
            nation = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
            cells[col], exp[col] = nation, "GBR"
            tag("uk_nation")
            continue
        cells[col], t = _country(src, str(iso), rng, nationality=col == "nationality")
        exp[col] = str(iso)
        tag(t)

    transit = ev["transit_countries"]
    cells["transit_countries"], ttags = _transit(
        src,
        None if transit is None else str(transit),
        rng,
    )
    exp["transit_countries"] = transit
    for t in ttags:
        tag(t)

    if forced_blank == "coordinates":
        if src.source in (_JC, _DDD):
            tag("coords_missing")
        elif src.source == _PIC:
            cells["coordinates"] = None
        else:
            cells["lat"], cells["lon"] = None, None
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _place(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        tag(t)

    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, None if offences is None else str(offences), rng)
    exp["linked_offences"] = offences

    if src.source == _DDD and rng.random() < 0.12:
        # rows keyed through the online complaint form reach the cp1252 export as UTF-8
        # bytes read as cp1252: every accented word of the row is garbled alike
        for col, cell_text in cells.items():
            if col in ("event_date", "n_persons", "n_suspects") or not isinstance(cell_text, str):
                continue
            garbled = mojibake(cell_text)
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tag("mojibake")

    hotspot = str(ev["hotspot"])
    if src.source == _JC:
        cells["force"] = choice(rng, _POLICE_FORCE.get(hotspot, ("Kent Police",)))
    elif src.source == _DDD:
        cells["commune"] = choice(rng, _COMMUNE.get(hotspot, ("Calais (62)",)))
    elif src.source == _IRI:
        cells["place"] = hotspot.replace("Almería (El Ejido)", "El Ejido (Almería)")
    return cells, exp, tags


def _iridia_transport(mode: str, hotspot: str, corridor: str) -> tuple[str, ...]:
    """Irídia's words for how people came, by place (fence at Ceuta and Melilla)."""
    if mode == "sea":
        if corridor == "watl":
            return ("cayuco", "cayuco", "neumática", "embarcación")
        return ("patera", "neumática", "embarcación", "vía marítima")
    if mode == "land":
        if hotspot in ("Ceuta", "Melilla"):
            return ("salto de valla", "a pie", "vía terrestre")
        return ("furgoneta", "autobús", "vía terrestre")
    return ("avión", "vía aérea", "vuelo")


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_JC_SRC = Source202(
    source=_JC,
    filename=f"{_JC}_gv.csv",
    ref="JC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date identified",
        "force": "Police force",
        "crime_type": "Case type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of potential victims",
        "n_suspects": "Suspects identified",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transport_mode": "Method of travel",
        "linked_offences": "Associated offending",
    },
    note="Note: provisional – navigator returns for the quarter still outstanding",
    total="Total",
    bad_count=("several", "multiple", "large group"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
        "smuggling": ("Facilitation (OIC)", "People smuggling", "Facilitated entry"),
        "both": ("MSHT + facilitation", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": (
            "Labour exploitation",
            "Labour – domestic servitude",
            "Labour – nail bar",
            "Labour – car wash",
        ),
        "forced_criminality": ("Criminal exploitation", "Criminal – cannabis cultivation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, "N/A"),
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Mixed (M/F)"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Minor (U18)"),
        "mixed": ("Adult & child", "Mixed"),
    },
    transport={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry (HGV)", "Vehicle", "Lorry"),
        "air": ("Flight", "Air"),
    },
    na_words=("Not recorded", "Not known"),
    offences={
        "document_fraud": ("false documents", "document fraud"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "cannabis cultivation"),
        "cybercrime": ("cyber-enabled",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=" / ",
    direct=("Direct", None),
    count_unknown=("Unknown", "n/k"),
    suspects_zero=("Nil", "nil"),
    suspects_unknown=("n/k",),
)

_DDD_SRC = Source202(
    source=_DDD,
    filename=f"{_DDD}_gv.csv",
    ref="{year}-{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de dossier",
        "event_date": "Date des faits",
        "commune": "Lieu des faits",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire : données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    crime={
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
        ),
        "both": ("TEH et aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": (
            "exploitation par le travail",
            "travail forcé",
            "travail forcé (servitude domestique)",
        ),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    no_exploitation=("sans objet", None),
    gender={
        "female": ("femme(s)", "F"),
        "male": ("homme(s)", "H"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeur(s)", "majeurs"),
        "child": ("mineur(s)", "mineur non accompagné"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("embarcation (small boat)", "bateau", "voie maritime"),
        "land": ("poids lourd", "véhicule", "voie terrestre"),
        "air": ("avion", "voie aérienne"),
    },
    na_words=("non renseigné",),
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    transit_sep=", ",
    direct=(None,),
    count_unknown=("NC", "inconnu"),
    suspects_zero=("aucun",),
    suspects_unknown=("NC",),
)

_IRI_SRC = Source202(
    source=_IRI,
    filename=f"{_IRI}_gv.xlsx",
    ref="IR-{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "place": "Lugar",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: registros pendientes de verificación",
    total="TOTAL",
    bad_count=("varios", "grupo", "numerosas"),
    repeats=False,
    crime={
        "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)"),
        "smuggling": (
            "tráfico de migrantes",
            "favorecimiento de la inmigración irregular (art. 318 bis CP)",
        ),
        "both": ("trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": (
            "explotación laboral",
            "explotación laboral (empleo del hogar interno)",
            "explotación laboral (campo)",
        ),
        "forced_criminality": ("comisión forzada de delitos",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas de explotación",),
    },
    no_exploitation=(None, "no aplica"),
    gender={
        "female": ("mujeres", "mujer"),
        "male": ("hombres", "hombre"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores no acompañados"),
        "mixed": ("adultos y menores", "mixto"),
    },
    transport={"sea": ("embarcación",), "land": ("vía terrestre",), "air": ("avión",)},
    na_words=("sin datos", "s/d"),
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=" - ",
    direct=("directo", None),
    count_unknown=("s/d", "sin datos"),
    suspects_zero=("ninguno",),
    suspects_unknown=("s/d",),
)

_PIC_SRC = Source202(
    source=_PIC,
    filename=f"{_PIC}_gv.csv",
    ref="PICUM/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Submission ref",
        "event_date": "Incident date",
        "crime_type": "Type of case",
        "exploitation": "Form of exploitation / sector",
        "n_persons": "People affected",
        "n_suspects": "Alleged perpetrators",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Nationality (ISO)",
        "origin_country": "Origin (ISO)",
        "transit_countries": "Transit (ISO, in order)",
        "destination_country": "Destination (ISO)",
        "detection_country": "Country of incident (ISO)",
        "transport_mode": "Means of travel",
        "coordinates": "GPS",
        "linked_offences": "Related offences",
    },
    note="Note: compiled from member submissions, not verified by the secretariat",
    total="Total",
    bad_count=("several", "a few"),
    repeats=True,
    crime={
        "trafficking": ("trafficking", "THB"),
        "smuggling": ("smuggling", "Smuggling"),
        "both": ("smuggling + trafficking", "trafficking/smuggling"),
    },
    exploitation={
        "sexual": ("sexual", "sexual exploitation"),
        "forced_labour": (
            "labour – domestic work",
            "labour – au pair",
            "labour – agriculture",
            "labour – construction",
        ),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=(None,),
    gender={"female": ("F", "women"), "male": ("M", "men"), "mixed": ("mixed", "M+F")},
    age={"adult": ("adult", "18+"), "child": ("minor", "<18"), "mixed": ("mixed",)},
    transport={"sea": ("sea", "Sea"), "land": ("land", "Land"), "air": ("air", "Air")},
    na_words=("not reported",),
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep=";",
    direct=(None,),
    count_unknown=("unknown",),
    suspects_zero=("none",),
    suspects_unknown=("unknown",),
)

_HRW_SRC = Source202(
    source=_HRW,
    filename=f"{_HRW}_gv.jsonl",
    ref="HRW-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "date",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "people",
        "n_suspects": "perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality_iso3",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "detection_country": "country",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several"),
    repeats=False,
    crime={
        "trafficking": ("trafficking",),
        "smuggling": ("smuggling",),
        "both": ("smuggling, trafficking",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labor", "forced labor (domestic work)"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=(None,),
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("child",), "mixed": ("mixed",)},
    transport={
        "sea": ("boat",),
        "land": ("on foot", "vehicle"),
        "air": ("plane",),
    },
    na_words=("not recorded",),
    offences={
        "document_fraud": ("fraudulent documents",),
        "corruption": ("bribery of officials",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cyber-enabled crime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=" → ",
    direct=(None,),
    count_unknown=("unknown",),
    suspects_zero=("none",),
    suspects_unknown=("unknown",),
)

#: The five sources of ``blind202``, in the order the submissions are returned.
SOURCES: tuple[Source202, ...] = (_JC_SRC, _DDD_SRC, _IRI_SRC, _PIC_SRC, _HRW_SRC)

_PRIMARY = {
    "GBR": _JC,
    "FRA": _DDD,
    "ESP": _IRI,
    "ITA": _PIC,
    "GRC": _PIC,
    "HRV": _PIC,
    "POL": _PIC,
}
_SECONDARY = {
    ("channel", "FRA"): _HRW,
    ("channel", "GBR"): _HRW,
    ("thb_vnm_gbr", "GBR"): _PIC,
    ("thb_rou_esp", "ESP"): _PIC,
    ("wmed", "ESP"): _HRW,
    ("watl", "ESP"): _HRW,
    ("thb_rou_esp", "ITA"): _HRW,
    ("thb_nga_ita", "ITA"): _HRW,
    ("cmed", "ITA"): _HRW,
    ("emed", "GRC"): _HRW,
    ("wbal", "HRV"): _HRW,
    ("blr_pol", "POL"): _HRW,
}

_EXAMINER: Examiner[Source202] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_HRW,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=202,
    blank_share=0.3,
)


def make_blind202(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind202`` submissions (files ``*_gv.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Justice and Care (UK, CSV), the Défenseur des droits (France, CSV), Irídia
        (Spain, XLSX), PICUM (Brussels, tab-delimited UTF-16 CSV) and Human Rights
        Watch (JSON lines, the compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind202(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['justiceandcare_uk_gv.csv', 'defenseurdesdroits_fr_gv.csv', 'iridia_frontera_gv.xlsx',
     'picum_members_gv.csv', 'hrw_incidents_gv.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° de dossier', 'Date des faits', 'Lieu des faits']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
