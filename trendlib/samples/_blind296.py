"""Examiner sample set ``blind296`` (files ``*_kl.*``): social-audit firms' exports.

Five social-audit and supply-chain due-diligence bodies report forced labour,
recruitment-fee debt and smuggled workers found at suppliers, each in its own working
language and export tool:

``amfori_bsci`` (``amfori_bsci_kl.csv``)
    amfori BSCI (Brussels), audit findings exported from the amfori Sustainability
    Platform: English, UTF-8 with a byte-order mark, ``,``; dates ``17 May 2023`` or
    ``17/05/2023``, desk reviews dated by quarter only (``Q2 2023``); nationalities as
    demonyms (``Tunisian``); the route as ``Libya > Tunisia``; GPS as one
    ``lat, long`` cell. First reports Italy, Greece, Croatia and Poland.
``sedex_smeta`` (``sedex_smeta_kl.jsonl``)
    Sedex (London), SMETA non-compliances from its data API: English, UTF-8 JSON lines;
    ISO dates (some with a UTC time, legacy records by month only), ISO alpha-2 site
    codes (``UK`` for the United Kingdom now and then), transit countries and linked
    issues as JSON arrays, snake-case enumerations, ``0.0, 0.0`` for a missing GPS
    fix; pages re-sent by the API (exact repeats). The compilation: first reports
    what no auditor below does (United Kingdom, United States).
``bureau_veritas_fr`` (``bureau_veritas_fr_kl.csv``)
    Bureau Veritas (France), social-audit findings: French, cp1252, ``;``, CRLF;
    ``17/05/2023`` dates (``mai 2023`` when only the month is known), country names and
    finding words with mojibake from a UTF-8 form pasted into the cp1252 file, decimal commas,
    non-breaking-space thousands, a few counts in words. First reports France.
``aenor_auditoria_social`` (``aenor_auditoria_social_kl.xlsx``)
    AENOR (Madrid), social audits (SMETA, SA8000, IQNet SR10): Spanish workbook; real
    date cells, typed ``17/05/2023`` text and Excel serial numbers, ``T2 2023`` for
    quarter-only findings; Spanish demonyms (``marroquí``), ISO alpha-3 codes,
    ``36,83123; -2,46012`` coordinates; rows pasted twice (exact repeats). First
    reports Spain.
``sgs_mesoamerica`` (``sgs_mesoamerica_kl.csv``)
    SGS Mesoamerica desk (Panama / Mexico), maquila and agro-export social audits:
    Spanish, UTF-16 with tabs (Excel's "Unicode text"), ``17/05/2023`` or
    ``17-may-2023``, numeric ISO site codes (``591``), Latin-American demonyms
    (``venezolana``), degrees-minutes-seconds GPS. First reports Panama.

The truth expects what a careful analyst reads from each cell: "debt bondage" is forced
labour, a "young worker" is a child, a "not known" count or a ``0.0, 0.0`` GPS fix is
missing, a ``Direct`` route has no transit country, Excel error codes are unreadable
counts (the row is quarantined).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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

__all__ = ["BLIND296", "SOURCES", "AuditSource", "make_blind296"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


@dataclass(frozen=True)
class AuditSource(ExaminerSource):
    """One audit body's export: the shared fields plus its own wording and habits.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the body's written variants (first = usual one).
    unknown : tuple of str
        What the body writes for a value it does not know (text columns).
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero_words : tuple of str
        Words it writes for "no one" in the recruiter count (empty: it writes 0).
    date_style : str
        Key of :func:`_write_date`'s day styles.
    partial : str or None
        ``"month"`` or ``"quarter"``: how it dates a finding whose day is not known.
    country_style : mapping
        Column group (``"nationality"``, ``"detection"``, ``"other"``) -> style -> weight.
    coords : str
        ``"pair"``, ``"split_comma"``, ``"pair_es"``, ``"dms"`` or ``"json"``.
    list_sep : str
        Separator of transit lists (``"array"``: a JSON list of alpha-2 codes).
    offence_sep : str
        Separator of linked offences (``"array"``: a JSON list of words).
    thousands : str
        Thousands separator of large counts written as text ("" = none).
    direct : tuple of str
        Words for "no transit country" (an empty cell when empty).
    sectors : tuple of str
        Sector words of the body (decorative column).
    mojibake_rate : float
        Share of finding words garbled as UTF-8 read as cp1252 (pasted from a web form).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    unknown: tuple[str, ...] = ()
    count_unknown: tuple[str, ...] = ()
    zero_words: tuple[str, ...] = ()
    date_style: str = "iso"
    partial: str | None = None
    country_style: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    coords: str = "pair"
    list_sep: str = ", "
    offence_sep: str = ", "
    thousands: str = ""
    direct: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    mojibake_rate: float = 0.0


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "TUR": ("Turkey",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "United States of America"),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast", "Cote d'Ivoire"),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
    },
    "fr": {
        "USA": ("Etats-Unis", "USA"),
        "GBR": ("Grande-Bretagne",),
        "CIV": ("Cote d'Ivoire",),
        "VNM": ("Vietnam",),
        "MKD": ("Macédoine",),
        "DZA": ("Algerie",),
        "ERI": ("Erythree",),
        "EGY": ("Egypte",),
        "SEN": ("Senegal",),
        "GIN": ("Guinee",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "AFG": ("Afganistan",),
        "PAK": ("Pakistan",),
        "MEX": ("Mexico",),
        "PAN": ("Panama",),
    },
}
_DEMONYMS_EN = {
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "GIN": "Guinean",
    "SYR": "Syrian",
    "ERI": "Eritrean",
    "PAK": "Pakistani",
    "AFG": "Afghan",
    "IRQ": "Iraqi",
    "CMR": "Cameroonian",
    "MAR": "Moroccan",
    "DZA": "Algerian",
    "MLI": "Malian",
    "SEN": "Senegalese",
    "GMB": "Gambian",
    "TUR": "Turkish",
    "IRN": "Iranian",
    "ALB": "Albanian",
    "VNM": "Vietnamese",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "COL": "Colombian",
    "CHN": "Chinese",
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "NGA": "Nigerian",
    "ROU": "Romanian",
    "YEM": "Yemeni",
}
# (masculine, feminine): "nacionalidad marroquí", "nacionalidad venezolana"
_DEMONYMS_ES = {
    "TUN": ("tunecino", "tunecina"),
    "EGY": ("egipcio", "egipcia"),
    "BGD": ("bangladesí", "bangladesí"),
    "CIV": ("marfileño", "marfileña"),
    "GIN": ("guineano", "guineana"),
    "SYR": ("sirio", "siria"),
    "ERI": ("eritreo", "eritrea"),
    "PAK": ("pakistaní", "pakistaní"),
    "AFG": ("afgano", "afgana"),
    "IRQ": ("iraquí", "iraquí"),
    "CMR": ("camerunés", "camerunesa"),
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "TUR": ("turco", "turca"),
    "IRN": ("iraní", "iraní"),
    "ALB": ("albanés", "albanesa"),
    "VNM": ("vietnamita", "vietnamita"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "NGA": ("nigeriano", "nigeriana"),
    "ROU": ("rumano", "rumana"),
    "YEM": ("yemení", "yemení"),
}
_ALL_NAMES = {str(n).lower() for row in COUNTRIES.values() for n in row[1:4]}


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _typo(text: str, rng: _Rng) -> str | None:
    """Drop or swap one inner letter of a name of 6+ letters (None if it would mislead)."""
    if len(text) < 6 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 2))
    if rng.random() < 0.5:
        out = text[:i] + text[i + 1 :]
    else:
        out = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if out == text or out.lower() in _ALL_NAMES:
        return None
    return out


def _country(src: AuditSource, iso: str, group: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, tag of the style or None)."""
    lang = src.language
    styles = src.country_style[group]
    keys = tuple(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    name = _name(iso, lang)
    text: str | None = None
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso2_uk":  # a data platform's site code; "UK" for the United Kingdom
        text = "UK" if iso == "GBR" and rng.random() < 0.2 else iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "demonym" and lang == "en" and iso in _DEMONYMS_EN:
        text = _DEMONYMS_EN[iso]
    elif style == "demonym" and lang == "es" and iso in _DEMONYMS_ES:
        masc, fem = _DEMONYMS_ES[iso]
        text = fem if rng.random() < 0.6 else masc
    elif style == "typo":
        text = _typo(name, rng)
    elif style == "mojibake":
        text = mojibake(name)
    if text is None or not fits(text, src):
        return name, None
    if style == "iso2_uk":
        style = "alias" if text == "UK" else "iso2"
    return text, (None if style in ("name", "upper", "lower") else style)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _write_date(src: AuditSource, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a day in the source's style (text, a datetime cell or an Excel serial)."""
    style = src.date_style
    if style == "amfori":
        if rng.random() < 0.7:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
        return ts.strftime("%d/%m/%Y")
    if style == "sedex":
        if rng.random() < 0.3:
            hour, minute = int(rng.integers(9, 16)), int(rng.integers(0, 60))
            return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z"
        return ts.strftime("%Y-%m-%d")
    if style == "aenor":
        r = rng.random()
        if r < 0.7:
            return ts.to_pydatetime()
        if r < 0.9:
            return ts.strftime("%d/%m/%Y")
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "sgs":
        if rng.random() < 0.2:
            return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
        return ts.strftime("%d/%m/%Y")
    return ts.strftime("%d/%m/%Y")  # bureau_veritas_fr


def _write_partial(src: AuditSource, ts: pd.Timestamp) -> tuple[str, pd.Timestamp, str]:
    """Write a month- or quarter-only date; return (cell, expected day, precision)."""
    if src.partial == "quarter":
        start = ts.to_period("Q").start_time
        label = "Q" if src.language == "en" else "T"
        return f"{label}{ts.quarter} {ts.year}", start, "quarter"
    start = ts.to_period("M").start_time
    if src.language == "fr":
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", start, "month"
    return ts.strftime("%Y-%m"), start, "month"


def _bad_date(src: AuditSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used: missing, impossible, or a decade ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a mistyped decade: 2023 -> 2033
        return _write_date(src, ts + pd.DateOffset(years=10), rng)
    month = int(rng.choice([2, 4, 6, 9, 11]))
    day = 31 if month != 2 else int(rng.choice([30, 31]))
    if src.date_style == "amfori":
        return f"{day} {MONTHS[month - 1]} {ts.year}"
    if src.date_style == "sedex":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: AuditSource, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row (a few days after the last row)."""
    day = last + pd.Timedelta(days=3)
    if src.date_style == "aenor":
        return day.to_pydatetime()
    if src.date_style == "amfori":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if src.date_style == "sedex":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts, places, words
# --------------------------------------------------------------------------------------
_FR_NUMBERS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")


def _count(src: AuditSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons: a number, text with thousands, or (FR) a small word."""
    if src.format in ("xlsx", "jsonl"):
        if n >= 1000 and src.thousands and rng.random() < 0.3:
            tags.append("thousands:n_persons")
            return f"{n // 1000}{src.thousands}{n % 1000:03d}"
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    if src.language == "fr" and 1 <= n <= 10 and rng.random() < 0.05:
        tags.append("count_word")
        return _FR_NUMBERS[n - 1]
    return str(n)


def _plain(src: AuditSource, n: int) -> object:
    return n if src.format in ("xlsx", "jsonl") else str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds; return (text, the value it says)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _coords(
    src: AuditSource, lat: float, lon: float, rng: _Rng, blank: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the site's position; return (cells, expected lat, expected lon)."""
    key = "coordinates" if "coordinates" in src.headers else "lat"
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    if r < 0.05 and src.coords != "split_comma":
        tags.append("coords_placeholder")
        if src.coords == "json":
            return {"lat": 0.0, "lon": 0.0}, None, None
        return {key: choice(rng, src.unknown)}, None, None
    if src.coords == "json":
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, round(lat, 6), round(lon, 6)
    if src.coords == "dms":
        t_lat, v_lat = _dms(lat, "N", "S")
        t_lon, v_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon
    a, b = f"{lat:.5f}", f"{lon:.5f}"
    if src.coords == "pair":
        return {"coordinates": f"{a}, {b}"}, float(a), float(b)
    a_c, b_c = a.replace(".", ","), b.replace(".", ",")
    if src.coords == "pair_es":
        return {"coordinates": f"{a_c}; {b_c}"}, float(a), float(b)
    return {"lat": a_c, "lon": b_c}, float(a), float(b)  # split_comma


_SITES = {
    "Lesbos": "Lesvos",
    "Cetingrad (BIH–HRV border)": "Cetingrad",
    "Bajakovo (SRB–HRV border)": "Bajakovo",
    "Dunkirk/Gravelines": "Gravelines",
    "Darién gap": "Darién",
    "Nogales (Sonora/Arizona)": "Nogales, AZ",
    "Sasabe": "Sasabe, AZ",
    "El Paso": "El Paso, TX",
    "Rio Grande Valley": "McAllen, TX",
    "Almería (El Ejido)": "El Ejido",
    "Latina (Agro Pontino)": "Latina",
}
_ASCII = str.maketrans("łŁźżŹŻ–", "lLzzZZ-")


def _site(src: AuditSource, hotspot: object) -> str | None:
    if hotspot is None:
        return None
    town = _SITES.get(str(hotspot), str(hotspot))
    return town if fits(town, src) else town.translate(_ASCII)


def _word(src: AuditSource, col: str, value: str, rng: _Rng) -> str:
    """Return the source's word for a canonical value (the usual one 70 % of the time)."""
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.7:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _noise(text: str, rng: _Rng, rate: float = 0.06, *, typed: bool = True) -> str:
    """Case or spacing as typed: upper case, lower case or stray spaces.

    ``typed=False`` (a platform's enumeration) leaves the text as it is.
    """
    r = rng.random()
    if r >= rate or not typed:
        return text
    k = int(rng.integers(0, 3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: AuditSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the audit body does: ``(cells, expected, tags)``."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: a day, or (a few findings) only the month or quarter.
    if partial_ok and src.partial is not None and rng.random() < 0.05:
        cells["event_date"], exp["event_date"], exp["date_precision"] = _write_partial(src, ts)
        tags.append("partial_date")
        if "audit_type" in src.headers:
            cells["audit_type"] = "Desk review"
    else:
        cells["event_date"] = _write_date(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if "audit_type" in src.headers:
            cells["audit_type"] = choice(
                rng, ("Full audit", "Full audit", "Follow-up audit", "Unannounced audit")
            )

    # Finding category and form of exploitation.
    crime = str(ev["crime_type"])
    typed = src.format != "jsonl"  # a data API writes enumerations as they are
    cells["crime_type"] = _noise(_word(src, "crime_type", crime, rng), rng, 0.03, typed=typed)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime in ("trafficking", "both"):
        if expl is None or rng.random() < 0.03:
            cells["exploitation"] = None if rng.random() < 0.5 else choice(rng, src.unknown)
            exp["exploitation"] = "unknown"
            tags.append("blank_exploitation")
        else:
            cells["exploitation"] = _noise(
                _word(src, "exploitation", str(expl), rng), rng, typed=typed
            )
            exp["exploitation"] = str(expl)
    else:
        na = src.words["exploitation"].get("_na", ())
        cells["exploitation"] = choice(rng, na) if na and rng.random() < 0.5 else None
        exp["exploitation"] = None

    for col in ("crime_type", "exploitation"):
        cell = cells[col]
        if isinstance(cell, str) and rng.random() < src.mojibake_rate:
            garbled = mojibake(cell)
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")

    # Workers affected and recruiters involved.
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = None if src.format == "jsonl" else choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = None if src.format == "jsonl" else choice(rng, src.unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _plain(src, k), k

    # Gender, age group, mode of arrival.
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        word = src.format != "jsonl" and forced_blank != "gender"
        cells["gender"] = choice(rng, src.unknown) if word else None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noise(_word(src, "gender", gender, rng), rng, typed=typed)
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        na_words = src.words[col].get("_na", ())
        if na_words and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, na_words), "unknown"
            tags.append("na_word")
        else:
            cells[col] = _noise(_word(src, col, value, rng), rng, typed=typed)
            exp[col] = value

    # Countries.
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02 and src.format != "jsonl":
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        text, style = _country(src, nat, "nationality", rng)
        cells["nationality"], exp["nationality"] = _noise(text, rng, 0.04), nat
        if style:
            tags.append(f"{style}:nationality")
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = None if src.format == "jsonl" else choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"unknown:{col}")
        else:
            text, style = _country(src, iso, "other", rng)
            cells[col], exp[col] = _noise(text, rng, 0.04), iso
            if style:
                tags.append(f"{style}:{col}")
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text, style = _country(src, det, "detection", rng)
        cells["detection_country"], exp["detection_country"] = text, det
        if style:
            tags.append(f"{style}:detection_country")
        cells["site"] = _site(src, ev.get("hotspot"))
    transit = ev["transit_countries"]
    if transit is None:
        if src.list_sep == "array":
            cells["transit_countries"] = []
        elif src.direct and rng.random() < 0.5:
            cells["transit_countries"] = choice(rng, src.direct)
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        if src.list_sep == "array":
            cells["transit_countries"] = [iso_codes(c)[0] for c in codes]
        else:
            parts = []
            for c in codes:
                text, style = _country(src, c, "other", rng)
                parts.append(text)
                if style in ("typo", "mojibake"):
                    tags.append(f"{style}:transit_countries")
            cells["transit_countries"] = src.list_sep.join(parts)
        exp["transit_countries"] = str(transit)

    # Position of the site.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, forced_blank == "coordinates", tags)
    cells.update(place)

    # Linked offences.
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = [] if src.offence_sep == "array" else None
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(off).split("|")]
        joined = words if src.offence_sep == "array" else src.offence_sep.join(words)
        cells["linked_offences"] = joined
        exp["linked_offences"] = str(off)

    # Sector of the audited site (decorative; the body's own word).
    if "sector" in src.headers:
        cells["sector"] = choice(rng, src.sectors)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five bodies
# --------------------------------------------------------------------------------------
_EN_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "smuggling": ("Migrant smuggling", "Smuggled workers (irregular entry)"),
        "both": ("Trafficking and smuggling", "Human trafficking / migrant smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Debt bondage (recruitment fees)", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Forced to commit crimes"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "_na": ("N/A", "Not applicable"),
    },
    "gender": {
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Men and women"),
    },
    "age_group": {
        "adult": ("Adults", "Adult"),
        "child": ("Young workers (<18)", "Child labour", "Under 18"),
        "mixed": ("Adults and young workers", "Mixed ages"),
        "_na": ("N/A",),
    },
    "transport_mode": {
        "sea": ("By sea", "Small boat"),
        "land": ("Overland", "By road"),
        "air": ("By air", "Flight"),
        "_na": ("N/A",),
    },
    "linked_offences": {
        "document_fraud": ("Falsified documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}

AMFORI = AuditSource(
    source="amfori_bsci",
    filename="amfori_bsci_kl.csv",
    ref="A{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Audit ID",
        "audit_type": "Audit type",
        "event_date": "Audit date",
        "site": "Site location",
        "detection_country": "Site country",
        "sector": "Sector",
        "crime_type": "Finding category",
        "exploitation": "Type of exploitation",
        "n_persons": "Workers affected",
        "n_suspects": "Labour agents / recruiters involved",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Recruitment / travel route",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of arrival",
        "coordinates": "GPS (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Export generated from the amfori Sustainability Platform - figures subject to "
    "verification",
    total="Grand Total",
    bad_count=("#VALUE!", "see annex 3", "#REF!"),
    repeats=False,
    words=_EN_WORDS,
    unknown=("unknown", "n/k", "Not recorded"),
    count_unknown=("unknown", "n/k", "not determined"),
    zero_words=("None", "none", "nil"),
    date_style="amfori",
    partial="quarter",
    country_style={
        "nationality": {"demonym": 60, "name": 28, "typo": 5, "alias": 4, "lower": 3},
        "detection": {"name": 85, "iso2": 8, "upper": 5, "alias": 2},
        "other": {"name": 82, "alias": 8, "typo": 4, "upper": 3, "lower": 3},
    },
    coords="pair",
    list_sep=" > ",
    offence_sep="; ",
    thousands=",",
    direct=("Direct", "direct"),
    sectors=("Agriculture", "Food processing", "Construction", "Garment", "Logistics"),
)

SEDEX = AuditSource(
    source="sedex_smeta",
    filename="sedex_smeta_kl.jsonl",
    ref="ZAA{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "audit_ref",
        "event_date": "audit_date",
        "detection_country": "site_country_code",
        "site": "site_city",
        "sector": "sector",
        "crime_type": "issue_category",
        "exploitation": "exploitation_type",
        "n_persons": "workers_affected",
        "n_suspects": "agents_involved",
        "gender": "worker_gender",
        "age_group": "worker_age_band",
        "nationality": "worker_nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_countries",
        "destination_country": "intended_destination",
        "transport_mode": "entry_mode",
        "lat": "site_lat",
        "lon": "site_lng",
        "linked_offences": "linked_issues",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "see CAPR", "many"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("human_trafficking",),
            "smuggling": ("migrant_smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual_exploitation",),
            "forced_labour": ("forced_labour", "bonded_labour"),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"adult": ("adult",), "child": ("under_18",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("bribery",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("illicit_goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown",),
    count_unknown=(),
    zero_words=(),
    date_style="sedex",
    partial="month",
    country_style={
        "nationality": {"name": 85, "iso2": 10, "alias": 5},
        "detection": {"iso2_uk": 1},
        "other": {"name": 90, "alias": 10},
    },
    coords="json",
    list_sep="array",
    offence_sep="array",
    thousands="",
    direct=(),
    sectors=("agriculture", "food_manufacturing", "construction", "apparel", "hospitality"),
)

BUREAU_VERITAS = AuditSource(
    source="bureau_veritas_fr",
    filename="bureau_veritas_fr_kl.csv",
    ref="BV-SA-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° rapport",
        "event_date": "Date d'audit",
        "detection_country": "Pays du site",
        "site": "Commune",
        "sector": "Secteur d'activité",
        "crime_type": "Nature du constat",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb travailleurs concernés",
        "n_suspects": "Nb intermédiaires impliqués",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode d'entrée",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction automatique - données provisoires, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "voir annexe", "cf. rapport"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Trafic de migrants", "Travailleurs introduits irrégulièrement"),
            "both": ("Traite et trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé", "Servitude pour dettes"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
            "_na": ("Sans objet",),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Majeurs",),
            "child": ("Mineurs", "Jeunes travailleurs (-18 ans)"),
            "mixed": ("Majeurs et mineurs",),
            "_na": ("NC",),
        },
        "transport_mode": {
            "sea": ("Voie maritime", "Embarcation"),
            "land": ("Voie terrestre", "Camion"),
            "air": ("Voie aérienne",),
            "_na": ("NC",),
        },
        "linked_offences": {
            "document_fraud": ("Fraude documentaire",),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Marchandises illicites",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("inconnu", "NC", "non renseigné"),
    count_unknown=("non déterminé", "NC"),
    zero_words=("aucun", "Aucun"),
    date_style="bv",
    partial="month",
    country_style={
        "nationality": {"name": 74, "mojibake": 12, "upper": 6, "alias": 5, "typo": 3},
        "detection": {"name": 80, "upper": 10, "mojibake": 10},
        "other": {"name": 75, "mojibake": 10, "alias": 6, "upper": 6, "typo": 3},
    },
    coords="split_comma",
    list_sep=", ",
    offence_sep=" / ",
    thousands="\u00a0",
    direct=(),
    sectors=("Agriculture", "BTP", "Logistique", "Agroalimentaire", "Hôtellerie"),
    mojibake_rate=0.1,
)

_ES_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "Trata de personas"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Servidumbre por deudas"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
        "_na": ("No aplica",),
    },
    "gender": {
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Hombre"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores de edad", "Menores"),
        "mixed": ("Adultos y menores",),
        "_na": ("No consta",),
    },
    "transport_mode": {
        "sea": ("Marítima", "Patera", "Cayuco"),
        "land": ("Terrestre",),
        "air": ("Aérea",),
        "_na": ("No consta",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
}

AENOR = AuditSource(
    source="aenor_auditoria_social",
    filename="aenor_auditoria_social_kl.xlsx",
    ref="AS-{seq:04d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº informe",
        "event_date": "Fecha auditoría",
        "detection_country": "País centro auditado",
        "site": "Municipio",
        "sector": "Sector",
        "crime_type": "Tipo de hallazgo",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº trabajadores afectados",
        "n_suspects": "Intermediarios implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Vía de entrada",
        "coordinates": "Coordenadas (lat; long)",
        "linked_offences": "Otros delitos asociados",
    },
    note="Datos provisionales pendientes de validación por el Comité de Certificación",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver anexo", "#¡REF!"),
    repeats=True,
    words=_ES_WORDS,
    unknown=("s/d", "desconocido", "No consta"),
    count_unknown=("s/d", "desconocido"),
    zero_words=("ninguno", "Ninguno"),
    date_style="aenor",
    partial="quarter",
    country_style={
        "nationality": {"demonym": 50, "name": 32, "iso3": 8, "typo": 5, "upper": 5},
        "detection": {"name": 85, "upper": 10, "iso3": 5},
        "other": {"name": 75, "iso3": 8, "upper": 6, "typo": 5, "alias": 6},
    },
    coords="pair_es",
    list_sep=" - ",
    offence_sep=", ",
    thousands=".",
    direct=("Directa", "Directo"),
    sectors=("Agrícola (frutos rojos)", "Hortofrutícola", "Construcción", "Hostelería"),
)

SGS = AuditSource(
    source="sgs_mesoamerica",
    filename="sgs_mesoamerica_kl.csv",
    ref="MSA-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de informe",
        "event_date": "Fecha de auditoría",
        "detection_country": "Cód. país (ISO 3166)",
        "site": "Planta / localidad",
        "sector": "Programa",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Trabajadores afectados",
        "n_suspects": "Enganchadores / intermediarios",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Reporte generado por el sistema - uso interno",
    total="Total general",
    bad_count=("#¡VALOR!", "ver anexo"),
    repeats=False,
    words={
        **_ES_WORDS,
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            **_ES_WORDS["exploitation"],
            "forced_labour": ("Trabajo forzoso", "Servidumbre por deudas (cuotas de contratación)"),
            "_na": ("N/A",),
        },
        "gender": {
            "female": ("Mujeres",),
            "male": ("Hombres",),
            "mixed": ("Ambos", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos",),
            "child": ("Menores", "Menores de edad"),
            "mixed": ("Adultos y menores",),
            "_na": ("N/A",),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aéreo",),
            "_na": ("N/A",),
        },
        "linked_offences": {
            **_ES_WORDS["linked_offences"],
            "illicit_goods": ("Estupefacientes",),
        },
    },
    unknown=("s/d", "S/D", "no determinado"),
    count_unknown=("s/d", "no determinado"),
    zero_words=("ninguno", "0 (ninguno)"),
    date_style="sgs",
    partial=None,
    country_style={
        "nationality": {"demonym": 70, "name": 24, "typo": 3, "upper": 3},
        "detection": {"numeric": 1},
        "other": {"name": 80, "alias": 10, "upper": 5, "typo": 5},
    },
    coords="dms",
    list_sep=" / ",
    offence_sep=", ",
    thousands=",",
    direct=("Directo",),
    sectors=("Maquila textil", "Agroexportación", "Logística portuaria", "Construcción"),
)

#: The five sources of the set, in the order their submissions are returned.
SOURCES: tuple[AuditSource, ...] = (AMFORI, SEDEX, BUREAU_VERITAS, AENOR, SGS)

#: The variant: routing of events to sources, rendering, dates.
BLIND296: Examiner[AuditSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "amfori_bsci",
        "GRC": "amfori_bsci",
        "HRV": "amfori_bsci",
        "POL": "amfori_bsci",
        "FRA": "bureau_veritas_fr",
        "ESP": "aenor_auditoria_social",
        "PAN": "sgs_mesoamerica",
    },
    compilation="sedex_smeta",
    secondary={
        ("thb_rou_esp", "ESP"): "sedex_smeta",
        ("thb_rou_esp", "ITA"): "sedex_smeta",
        ("thb_nga_ita", "ITA"): "sedex_smeta",
        ("cmed", "ITA"): "sedex_smeta",
        ("watl", "ESP"): "sedex_smeta",
        ("wmed", "ESP"): "amfori_bsci",
        ("channel", "FRA"): "sedex_smeta",
        ("channel", "GBR"): "bureau_veritas_fr",
        ("thb_vnm_gbr", "GBR"): "bureau_veritas_fr",
        ("darien", "PAN"): "sedex_smeta",
        ("us_mex", "USA"): "sgs_mesoamerica",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=296_017,
    blank_share=0.5,
)


def make_blind296(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five audit bodies of set ``blind296`` export them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        amfori BSCI (CSV), Sedex (JSON lines), Bureau Veritas (CSV), AENOR (XLSX) and
        SGS Mesoamerica (CSV), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind296(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['amfori_bsci_kl.csv', 'sedex_smeta_kl.jsonl', 'bureau_veritas_fr_kl.csv',
     'aenor_auditoria_social_kl.xlsx', 'sgs_mesoamerica_kl.csv']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° rapport', "Date d'audit", 'Pays du site']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND296, truth, seed=seed)
