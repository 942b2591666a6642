"""Examiner sample set ``blind280`` (files ``*_jv.*``): registries tracing shell companies.

Five corporate-registry and offshore compliance desks that trace the front companies of
smuggling and trafficking networks, each writing the incidents behind its case files in
its own working language and export tool:

``companies_house_ile_jv.csv``
    UK Companies House, Intelligence and Law Enforcement liaison team (English, UTF-8
    with BOM, ``,``): day-first dates (``17/05/2023``, ``17 May 2023``, ``17-May-23``),
    MSHT/OIC wording, demonyms for nationality (``Afghan``), ``>``-chained transit
    routes, ``Nil`` suspects, linked company numbers. Re-sends a few rows.
``cngtc_greffes_jv.csv``
    Conseil national des greffiers des tribunaux de commerce, signalements of the
    commercial-court registries (French, cp1252, ``;``, CRLF): ``17/05/2023`` or
    ``1er mai 2023``, months (``mai 2023``) and quarters (``T2 2023``), CESEDA and penal
    code wording, feminine nationality adjectives (``afghane``), some rows garbled
    by a UTF-8 -> cp1252 round trip (``Ã‰rythrÃ©e``), a ``lat / long`` cell with
    decimal commas, SIREN numbers.
``registro_publico_pa_jv.xlsx``
    Registro Público de Panamá, due-diligence unit (Spanish, Excel): real date cells,
    text dates and raw serials in one column, months (``mayo de 2023``), ``NNA`` for
    minors, ``EE.UU.``, ISO alpha-3 codes among names, registry folios. Re-sends a few
    rows.
``uifand_ad_jv.csv``
    Unitat d'Intel·ligència Financera d'Andorra (Spanish with Catalan words, UTF-16 with
    BOM, tab-separated, Excel "Unicode text"): day-first dates, INE-style quarters
    (``2023T2``), ``1.250`` thousands, decimal-comma coordinates, ISO alpha-2 codes,
    ``cap`` / ``desconegut``, NRT tax numbers of Andorran companies.
``gfiu_gibraltar_jv.jsonl``
    Gibraltar Financial Intelligence Unit, compilation of partner referrals (English
    camelCase keys, UTF-8): ISO dates and timestamps, ``2023-05`` and ``2023-Q2``, upper
    snake-case codes, ISO alpha-2/alpha-3/numeric country codes, ``0/0`` placeholder
    coordinates.

Where a cell cannot be read by a careful analyst it is planted as a bad row, a blank or
an "unknown" on purpose, and the truth says so (messiness tags).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

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

__all__ = ["SOURCES", "JvSource", "make_blind280"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class JvSource(ExaminerSource):
    """A source of this set: the shared fields plus the agency's own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words (first = the usual one).
    no_exploitation : tuple of str
        What the agency writes as exploitation of a pure smuggling case (``""`` = blank).
    no_gender, na_words : tuple of str
        Words for a gender not recorded, and for an age group or transport mode not known.
    count_placeholder, suspects_placeholder, zero_words : tuple of str
        Words for a count not known, and for no suspect at all.
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit route.
    direct : tuple of str
        What the agency writes when there is no transit country (``""`` = blank).
    country_lang : str
        Language of the country names (``"en"``, ``"fr"``, ``"es"``).
    country_styles : mapping
        Style of a country cell -> weight (``name``, ``upper``, ``lower``, ``spaced``,
        ``iso2``, ``iso3``, ``numeric``, ``alias``, ``typo``, ``mojibake``, ``demonym``).
    date_styles : mapping
        Style of a day date -> weight.
    month_rate, quarter_rate : float
        Shares of first reports dated by their month or quarter only.
    coords : str
        ``"split_dot"``, ``"split_comma"``, ``"pair_comma"`` or ``"numbers"``.
    decimals : int
        Decimals of the written coordinates.
    thousands : str
        Thousands separator of counts >= 1000 (``""``: none; XLSX and JSON hold numbers).
    company : str
        Kind of company identifier in the extra column.
    case_rate : float
        Share of vocabulary cells written in another case or with stray spaces.
    mojibake_rows : float, default=0.0
        Share of rows whose text came through a UTF-8 -> cp1252 round trip (every
        accented letter garbled: ``Ã‰rythrÃ©e``, ``traite des Ãªtres humains``).
    """

    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str, ...]
    gender: _Words
    no_gender: tuple[str, ...]
    age: _Words
    mode: _Words
    na_words: tuple[str, ...]
    offences: _Words
    offence_sep: str
    transit_sep: str
    direct: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]
    country_lang: str
    country_styles: Mapping[str, float]
    date_styles: Mapping[str, float]
    month_rate: float
    quarter_rate: float
    coords: str
    decimals: int
    thousands: str
    company: str
    case_rate: float
    mojibake_rows: float = 0.0


# --------------------------------------------------------------------------------------
# Country wording (names, aliases, demonyms) in the three working languages
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
#: How these desks name a few countries, where it differs from the plain table name.
_NAMES: dict[str, dict[str, str]] = {
    "en": {"TUR": "Turkey", "VNM": "Vietnam", "CIV": "Ivory Coast", "GBR": "United Kingdom"},
    "fr": {"CIV": "Côte d'Ivoire"},
    "es": {"VNM": "Vietnam"},
}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain", "U.K."),
        "USA": ("USA", "US", "United States of America"),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "R.-U."),
        "USA": ("USA", "Etats-Unis d'Amérique"),
        "SYR": ("République arabe syrienne",),
        "RUS": ("Fédération de Russie",),
        "MKD": ("Macédoine",),
        "BLR": ("Bélarus",),
        "VNM": ("Vietnam",),
        "CIV": ("RCI",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña", "R. Unido"),
        "RUS": ("Federación de Rusia",),
        "MKD": ("Macedonia",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
    },
}
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
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
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CHN": "chinoise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "DZA": "algérienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
    "es": {
        "CHN": "china",
        "CIV": "marfileña",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "VEN": "venezolana",
    },
}


_codes = lru_cache(maxsize=None)(iso_codes)  # a few dozen countries, looked up per cell


def _name(iso: str, lang: str) -> str:
    return _NAMES[lang].get(iso) or str(COUNTRIES[iso][_LANG_COL[lang]])


def _typo(name: str) -> str:
    """Double the letter in the middle of a name of 7+ letters (``Venezzuela``)."""
    i = len(name) // 2
    if len(name) < 7 or not name[i].isalpha():
        return name
    return name[: i + 1] + name[i] + name[i + 1 :]


def _country(
    src: JvSource, iso: str, rng: _Rng, *, demonym: bool = False, style: str | None = None
) -> tuple[str, str | None]:
    """Write one ISO alpha-3 country the agency's way; return (cell, tag or None)."""
    lang = src.country_lang
    if style is None:
        style = _draw(rng, src.country_styles)
    name = _name(iso, lang)
    alpha2, numeric = _codes(iso)
    text: str | None
    if style == "demonym":
        text = _DEMONYMS[lang].get(iso) if demonym else None
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "spaced":
        text = f" {name}  "
    elif style == "iso2":
        text = alpha2
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = numeric
    elif style == "alias":
        options = _ALIASES[lang].get(iso)
        text = choice(rng, options) if options else None
    elif style == "typo":
        text = _typo(name)
        text = text if text != name else None
    elif style == "mojibake":
        text = mojibake(name)
    else:
        text = None
    if text is None or not fits(text, src):
        return name, None
    tag = {"upper": "case", "lower": "case", "spaced": "spacing"}.get(style, style)
    return text, f"country_{tag}" if tag not in ("mojibake",) else "mojibake"


def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


# --------------------------------------------------------------------------------------
# Dates, counts, coordinates
# --------------------------------------------------------------------------------------
def _long_date(ts: pd.Timestamp, lang: str) -> str:
    month = _MONTHS[lang][ts.month - 1]
    if lang == "fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {month} {ts.year}"
    if lang == "es":
        return f"{ts.day} de {month} de {ts.year}"
    return f"{ts.day} {month} {ts.year}"


def _day_cell(style: str, ts: pd.Timestamp, lang: str) -> object:
    """Write a day in one of the set's styles."""
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "long":
        return _long_date(ts, lang)
    if style == "d_mon_yy":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
    if style == "iso_dt":
        return ts.strftime("%Y-%m-%dT00:00:00.000Z")
    return ts.strftime("%Y-%m-%d")


def _partial_cell(src: JvSource, ts: pd.Timestamp, kind: str) -> str:
    """Write a month or quarter the agency's way."""
    lang = src.language
    if kind == "month":
        if src.format == "jsonl":
            return ts.strftime("%Y-%m")
        month = _MONTHS[lang][ts.month - 1]
        return f"{month} de {ts.year}" if lang == "es" else f"{month} {ts.year}"
    if src.format == "jsonl":
        return f"{ts.year}-Q{ts.quarter}"
    if lang == "fr":
        return f"T{ts.quarter} {ts.year}"
    return f"{ts.year}T{ts.quarter}"  # INE style, as Spanish statistics write it


def _date(
    src: JvSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag)."""
    r = rng.random()
    if partial_ok and r < src.month_rate:
        return _partial_cell(src, ts, "month"), ts.to_period("M").start_time, "month", "month"
    if partial_ok and r < src.month_rate + src.quarter_rate:
        return (
            _partial_cell(src, ts, "quarter"),
            ts.to_period("Q").start_time,
            "quarter",
            "quarter",
        )
    style = _draw(rng, src.date_styles)
    tag = None if style in ("dmy", "iso") else f"date_{style}"
    return _day_cell(style, ts, src.language), ts.normalize(), "day", tag


def _count(src: JvSource, n: int) -> object:
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _coord_text(value: float, src: JvSource) -> str:
    text = f"{value:.{src.decimals}f}"
    return text.replace(".", ",") if src.coords in ("split_comma", "pair_comma") else text


def _coords(
    src: JvSource, lat: float | None, lon: float | None, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Return (cells, expected lat, expected lon, tag)."""
    keys = ("coordinates",) if src.coords == "pair_comma" else ("lat", "lon")
    empty: dict[str, object] = dict.fromkeys(keys)
    if blank:
        return empty, None, None, "blank_coordinates"
    if lat is None or lon is None or rng.random() < 0.03:
        return empty, None, None, "coords_missing" if lat is not None else None
    if src.coords == "numbers" and src.format == "jsonl" and rng.random() < 0.012:
        return {"lat": 0.0, "lon": 0.0}, None, None, "coords_placeholder"
    elat, elon = round(lat, src.decimals), round(lon, src.decimals)
    if src.coords == "numbers":
        return {"lat": elat, "lon": elon}, elat, elon, None
    if src.coords == "pair_comma":
        cell = f"{_coord_text(lat, src)} / {_coord_text(lon, src)}"
        return {"coordinates": cell}, elat, elon, "coords_pair"
    tag = "decimal_comma" if src.coords == "split_comma" else None
    return {"lat": _coord_text(lat, src), "lon": _coord_text(lon, src)}, elat, elon, tag


def _company(src: JvSource, rng: _Rng) -> str | None:
    """Return the identifier of the front company traced (None when none was found)."""
    if rng.random() < 0.4:
        return None
    k = int(rng.integers(100_000, 999_999))
    if src.company == "uk":
        r = rng.random()
        prefix = "SC" if r < 0.1 else "OC" if r < 0.15 else "1"
        return f"{prefix}{k:06d}" if prefix != "1" else f"1{k + 2_000_000:07d}"
    if src.company == "siren":
        head = int(rng.integers(300, 999))
        return f"{head} {k // 1000:03d} {k % 1000:03d}"
    if src.company == "folio":
        return f"Folio {155_000_000 + k * 3}"
    if src.company == "nrt":
        return f"L-{700_000 + k % 100_000:06d}-{'ABCDEFGHJKLMNPRSTVWXYZ'[k % 22]}"
    return f"GI {k % 130_000:06d}"


def _word(src: JvSource, words: tuple[str, ...], rng: _Rng) -> str:
    """Pick the usual word 65 % of the time; change case or spacing at the source's rate."""
    text = words[0] if len(words) == 1 or rng.random() < 0.65 else choice(rng, words[1:])
    if rng.random() < src.case_rate:
        k = int(rng.integers(3))
        text = text.upper() if k == 0 else text.lower() if k == 1 else f"{text} "
    return text


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: JvSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(t: str | None) -> None:
        if t is not None:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime[crime], rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.no_exploitation) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, src.exploitation[str(expl)], rng)
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.count_placeholder)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons)
        exp["n_persons"] = persons
        tag("thousands" if persons >= 1000 and src.thousands else None)

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.02:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.035:
        cells["n_suspects"] = choice(rng, src.suspects_placeholder)
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif suspects == 0 and src.zero_words and r < 0.6:
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tag("zero_word")
    else:
        cells["n_suspects"] = _count(src, suspects)
        exp["n_suspects"] = suspects

    if forced_blank == "gender" or rng.random() < 0.015:
        cells["gender"] = choice(rng, src.no_gender) or None
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _word(src, src.gender[str(ev["gender"])], rng)
        exp["gender"] = str(ev["gender"])

    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        if rng.random() < 0.012:
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
            tag("na_word")
        else:
            cells[col] = _word(src, words[str(ev[col])], rng)
            exp[col] = str(ev[col])

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank = forced_blank == col or (col == "nationality" and rng.random() < 0.01)
        if iso is None or blank:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}" if blank else None)
            continue
        cells[col], t = _country(src, str(iso), rng, demonym=col == "nationality")
        exp[col] = str(iso)
        tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.direct) or None
        exp["transit_countries"] = None
    else:
        styles = {k: v for k, v in src.country_styles.items() if k not in ("demonym", "spaced")}
        style = _draw(rng, styles)
        parts = [_country(src, p, rng, style=style) for p in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(p[0] for p in parts)
        exp["transit_countries"] = str(transit)
        tag("transit_list")

    lat, lon = ev["lat"], ev["lon"]
    coord_cells, exp["lat"], exp["lon"], t = _coords(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        rng,
        blank=forced_blank == "coordinates",
    )
    cells.update(coord_cells)
    tag(t)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        written = [_word(src, src.offences[o], rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(written)
        exp["linked_offences"] = str(offences)

    cells["company"] = _company(src, rng)
    if src.mojibake_rows and rng.random() < src.mojibake_rows:
        garbled = {k: mojibake(v) if isinstance(v, str) else None for k, v in cells.items()}
        hit = {k: v for k, v in garbled.items() if v is not None and fits(v, src)}
        cells.update(hit)
        tag("mojibake" if hit else None)
    return cells, exp, tags


def _future_year(ts: pd.Timestamp) -> int:
    """Return the year keyed with two digits transposed (2023 -> 2203): far ahead."""
    text = str(ts.year)
    return int(text[0] + text[2] + text[1] + text[3])


def _bad_date(src: JvSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell no analyst can use: blank, impossible, or a mistyped year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/02", "31/04", "00/05", "31/06")).split("/")
        if src.format == "jsonl":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    future = dt.datetime(_future_year(ts), ts.month, min(ts.day, 28))
    if src.format == "xlsx":
        return future
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: JvSource, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row, in the source's day style."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return _day_cell("iso" if src.format == "jsonl" else "dmy", last, src.language)


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_CH = JvSource(
    source="companies_house_ile",
    filename="companies_house_ile_jv.csv",
    ref="IEL/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Intel Ref",
        "event_date": "Date of Incident",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Persons",
        "n_suspects": "No. Suspects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Incident",
        "transit_countries": "Transit Route",
        "transport_mode": "Method of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offending",
        "company": "Linked Company No.",
    },
    note="NOTE: provisional extract - figures subject to revision (OFFICIAL-SENSITIVE)",
    total="Total",
    bad_count=("Several", "Multiple"),
    repeats=True,
    crime={
        "trafficking": ("MSHT", "Modern Slavery / Human Trafficking", "Human trafficking"),
        "smuggling": ("OIC - facilitation", "Organised Immigration Crime", "People smuggling"),
        "both": ("MSHT + OIC", "OIC / MSHT"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Domestic servitude"),
        "forced_criminality": ("Criminal", "Criminal exploitation", "Criminal (cannabis grow)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("", "", "N/A"),
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "M & F")},
    no_gender=("", "Not recorded"),
    age={
        "child": ("Minor", "Under 18", "U18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={
        "sea": ("Small boat", "Maritime", "RHIB"),
        "land": ("Land", "HGV / lorry", "Vehicle"),
        "air": ("Air", "Flight"),
    },
    na_words=("Not known", "N/K"),
    offences={
        "document_fraud": ("False ID documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis cultivation"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct=("", "", "Direct"),
    count_placeholder=("Not known", "TBC"),
    suspects_placeholder=("N/K", "Not known"),
    zero_words=("Nil", "None"),
    country_lang="en",
    country_styles={
        "name": 0.72,
        "demonym": 0.12,
        "alias": 0.06,
        "upper": 0.04,
        "iso2": 0.02,
        "typo": 0.02,
        "spaced": 0.02,
    },
    date_styles={"dmy": 0.8, "long": 0.15, "d_mon_yy": 0.05},
    month_rate=0.0,
    quarter_rate=0.0,
    coords="split_dot",
    decimals=5,
    thousands=",",
    company="uk",
    case_rate=0.03,
)

_GREFFE = JvSource(
    source="cngtc_greffes",
    filename="cngtc_greffes_jv.csv",
    ref="GTC/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de signalement",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées (lat / long)",
        "linked_offences": "Infractions connexes",
        "company": "SIREN société",
    },
    note="Extraction registre – données provisoires, usage interne",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    crime={
        "trafficking": ("traite des êtres humains", "TEH (art. 225-4-1 CP)"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "aide à l'entrée irrégulière (CESEDA L.823-1)",
            "filière d'immigration irrégulière",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("", "", "sans objet"),
    gender={"female": ("F", "femmes"), "male": ("H", "hommes"), "mixed": ("H/F", "mixte")},
    no_gender=("", "NR"),
    age={
        "child": ("mineurs", "mineur", "MNA"),
        "adult": ("majeurs", "majeur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("maritime", "small boat", "embarcation de fortune"),
        "land": ("routier", "poids lourd", "voie terrestre"),
        "air": ("aérien", "voie aérienne"),
    },
    na_words=("NR", "non déterminé"),
    offences={
        "document_fraud": ("faux documents administratifs", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    transit_sep=", ",
    direct=("",),
    count_placeholder=("NC", "non communiqué"),
    suspects_placeholder=("NC",),
    zero_words=("aucun", "néant"),
    country_lang="fr",
    country_styles={
        "name": 0.66,
        "upper": 0.12,
        "demonym": 0.12,
        "alias": 0.04,
        "typo": 0.02,
        "lower": 0.02,
        "iso2": 0.01,
    },
    date_styles={"dmy": 0.86, "long": 0.14},
    month_rate=0.03,
    quarter_rate=0.015,
    coords="pair_comma",
    decimals=4,
    thousands="\u00a0",
    company="siren",
    case_rate=0.04,
    mojibake_rows=0.07,
)

_REGISTRO = JvSource(
    source="registro_publico_pa",
    filename="registro_publico_pa_jv.xlsx",
    ref="RP-DD-{seq:05d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
        "company": "Folio / sociedad",
    },
    note="Nota: cifras preliminares sujetas a verificación – uso oficial",
    total="TOTAL",
    bad_count=("Varios", "Grupo"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    no_exploitation=("", "No aplica"),
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    no_gender=("", "Sin dato"),
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "Vía terrestre", "A pie"),
        "air": ("Aéreo",),
    },
    na_words=("Sin dato", "N/A"),
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Tráfico de drogas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct=("",),
    count_placeholder=("S/D", "Sin dato"),
    suspects_placeholder=("S/D",),
    zero_words=("Ninguno", "ninguno"),
    country_lang="es",
    country_styles={
        "name": 0.68,
        "iso3": 0.1,
        "demonym": 0.08,
        "alias": 0.05,
        "upper": 0.04,
        "spaced": 0.03,
        "typo": 0.02,
    },
    date_styles={"excel": 0.72, "dmy": 0.16, "serial": 0.12},
    month_rate=0.03,
    quarter_rate=0.0,
    coords="numbers",
    decimals=5,
    thousands="",
    company="folio",
    case_rate=0.03,
)

_UIFAND = JvSource(
    source="uifand_ad",
    filename="uifand_ad_jv.csv",
    ref="UIF-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Ref. UIFAND",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Países tránsito",
        "transport_mode": "Vía",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Delitos asociados",
        "company": "NRT sociedad",
    },
    note="Nota: extracto provisional – información financiera confidencial",
    total="TOTAL",
    bad_count=("varios", "diversos"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH"),
        "smuggling": ("Favorecimiento de la inmigración ilegal", "Tráfico de migrantes"),
        "both": ("TSH + tráfico de migrantes", "Trata y tráfico"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Explotación para actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    no_exploitation=("",),
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    no_gender=("", "desconegut"),
    age={
        "child": ("Menores", "Menor"),
        "adult": ("Adultos", "Adulto"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Marítima", "Patera", "Cayuco"),
        "land": ("Terrestre", "Por carretera"),
        "air": ("Aérea",),
    },
    na_words=("desconegut", "N/C"),
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Financiación del terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=" / ",
    direct=("",),
    count_placeholder=("N/C", "desconegut"),
    suspects_placeholder=("N/C",),
    zero_words=("ninguno", "cap"),
    country_lang="es",
    country_styles={
        "name": 0.66,
        "iso2": 0.15,
        "demonym": 0.06,
        "lower": 0.05,
        "alias": 0.03,
        "typo": 0.03,
        "spaced": 0.02,
    },
    date_styles={"dmy": 0.88, "dmy_dash": 0.12},
    month_rate=0.0,
    quarter_rate=0.03,
    coords="split_comma",
    decimals=4,
    thousands=".",
    company="nrt",
    case_rate=0.03,
)

_GFIU = JvSource(
    source="gfiu_gibraltar",
    filename="gfiu_gibraltar_jv.jsonl",
    ref="GFIU/INT/{yy:02d}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseReference",
        "event_date": "incidentDate",
        "crime_type": "offenceType",
        "exploitation": "exploitationType",
        "n_persons": "personsCount",
        "n_suspects": "subjectsCount",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationalityCode",
        "origin_country": "originCountry",
        "destination_country": "destinationCountry",
        "detection_country": "incidentCountry",
        "transit_countries": "transitCountries",
        "transport_mode": "travelMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "predicateOffences",
        "company": "linkedEntityNo",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    crime={
        "trafficking": ("HUMAN_TRAFFICKING", "Human trafficking"),
        "smuggling": ("MIGRANT_SMUGGLING", "Migrant smuggling"),
        "both": ("TRAFFICKING_AND_SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABOUR", "FORCED_LABOUR"),
        "forced_criminality": ("CRIMINAL_ACTIVITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    no_exploitation=("",),
    gender={"female": ("F", "FEMALE"), "male": ("M", "MALE"), "mixed": ("MIXED",)},
    no_gender=("", "UNKNOWN"),
    age={"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    mode={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    na_words=("UNKNOWN",),
    offences={
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("DRUG_TRAFFICKING",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORIST_FINANCING",),
    },
    offence_sep=",",
    transit_sep=",",
    direct=("",),
    count_placeholder=("UNKNOWN",),
    suspects_placeholder=("UNKNOWN",),
    zero_words=(),
    country_lang="en",
    country_styles={"iso2": 0.68, "iso3": 0.18, "name": 0.1, "numeric": 0.04},
    date_styles={"iso": 0.88, "iso_dt": 0.12},
    month_rate=0.025,
    quarter_rate=0.015,
    coords="numbers",
    decimals=5,
    thousands="",
    company="gib",
    case_rate=0.0,
)

#: The five sources of the set, in the order the submissions are returned.
SOURCES: tuple[JvSource, ...] = (_CH, _GREFFE, _REGISTRO, _UIFAND, _GFIU)

_EXAMINER: Examiner[JvSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _CH.source,
        "FRA": _GREFFE.source,
        "PAN": _REGISTRO.source,
        "USA": _REGISTRO.source,
        "ESP": _UIFAND.source,
    },
    compilation=_GFIU.source,  # Italy, Greece, Croatia and Poland: partners' referrals
    secondary={
        ("channel", "FRA"): _CH.source,
        ("channel", "GBR"): _GREFFE.source,
        ("thb_vnm_gbr", "GBR"): _GFIU.source,
        ("thb_rou_esp", "ESP"): _GREFFE.source,
        ("thb_rou_esp", "ITA"): _GREFFE.source,
        ("thb_nga_ita", "ITA"): _GREFFE.source,
        ("wmed", "ESP"): _GFIU.source,
        ("darien", "PAN"): _GFIU.source,
        ("us_mex", "USA"): _GFIU.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=280_917,
    blank_share=0.5,
)


def make_blind280(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind280`` examiner set (files ``*_jv.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        UK Companies House intelligence (CSV, UTF-8 with BOM), the French commercial
        court registries (CSV, cp1252, ``;``), Panama's Registro Público (XLSX), Andorra's
        financial intelligence unit (CSV, UTF-16, tab) and the Gibraltar FIU (JSON lines),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind280(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['companies_house_ile_jv.csv', 'cngtc_greffes_jv.csv', 'registro_publico_pa_jv.xlsx',
     'uifand_ad_jv.csv', 'gfiu_gibraltar_jv.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° de signalement', 'Date des faits', 'Nature des faits']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
