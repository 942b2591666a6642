"""Examiner variant ``blind388``: five health-sector sources (files ``*_nz.*``).

The set leans on the organ donation, transplant and emergency-medicine side of the field:
services that meet trafficked and smuggled people as patients, donors or referrals and pass
their logs to the analysts. Each source keeps its own working language, file format,
encoding, headers and way of writing a cell:

``hta_uk_nz.csv``
    Human Tissue Authority (UK), living-donation concerns and referrals log. English,
    UTF-8 with BOM, ``,``. Dates ``7 May 2023`` or ``07/05/2023`` (day first), sometimes
    only the month (``May 2023``); NRM exploitation words; demonyms (``Vietnamese``) and
    ISO alpha-3 codes beside names; routes joined by ``" > "``; a ``lat, long`` pair in one
    cell; small counts sometimes in words; it re-sends some rows (exact repeats).
``samu62_crra_nz.csv``
    SAMU 62, call reception and regulation centre (Pas-de-Calais). French, cp1252, ``;``,
    CRLF. Call date and time ``17/05/2023 03:42``; French names and demonyms
    (``afghane``), accents dropped; ``Angleterre`` for the United Kingdom; English loan
    words (``small boat``); latitude and longitude in two columns with decimal commas.
``pnt_panama_nz.xlsx``
    Programa Nacional de Trasplante (Panamá), alerts of organ trafficking and of migrants in
    transit. Spanish, Excel. Real Excel dates, some General-formatted serial numbers, some
    typed ``17/05/2023`` or month-only cells (``mayo 2023``); Panamanian words (``NNA`` for
    children, ``EE.UU.``); upper-case country names; coordinates as numbers or in degrees,
    minutes and seconds; large counts with a dot for thousands (``1.204``).
``kitrinos_healthcare_nz.csv``
    Kitrinos Healthcare (medical NGO, Lesvos and Samos), arrivals seen by its clinics.
    English, Excel "Unicode text" export: UTF-16 with BOM, tab-delimited. Dates
    ``17/05/2023``, ``17-May-2023`` or a bare Excel serial (``45063``); ``M/F`` for mixed
    groups, ``UAM`` for unaccompanied minors; ``N39.20123 E26.30211`` positions.
``dicg_digest_nz.jsonl``
    Declaration of Istanbul Custodian Group, compiled incident digest (the compilation:
    everything the other four do not report first, and second reports of some of theirs).
    English keys, UTF-8. ISO alpha-3, alpha-2 and M49 numeric codes, partner-language names,
    some of them mojibake (``CÃ´te dâ€™Ivoire``); ISO dates, ``2023/05/17``, months
    (``2023-05``) and quarters (``Q2 2023``); transit countries as JSON arrays; it re-sends
    some rows (exact repeats).

Every cell a careful analyst cannot read is planted on purpose and described in the truth:
placeholders (``not known``, ``NC``, ``s/d``, ``unk``, ``unknown``) expect no count, a
missing sex ``unknown``, a "not recorded" age or travel mode ``unknown``.
"""

from __future__ import annotations

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["EXAMINER", "SOURCES", "Source388", "make_blind388"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Source388(ExaminerSource):
    """A ``blind388`` source: the shared description plus its own words.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the words the agency writes for it (first = the usual one).
    not_recorded : tuple of str
        What the agency writes for an age group or travel mode it did not record.
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero : tuple of str
        Words it writes for "no suspects".
    transit_sep, offence_sep : str
        Separators of its transit-country and linked-offence lists.
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    not_recorded: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# Country words (own table: names by language, demonyms, the agencies' own aliases)
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d’Ivoire", "Côte d’Ivoire", "Costa de Marfil"),
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Nationalities as the agencies write them on intake forms (adjectives).
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "CMR": "Cameroonian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "PAK": "Pakistani",
        "SYR": "Syrian",
        "TUR": "Turkish",
        "VNM": "Vietnamese",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {
        "CHN": "china",
        "COL": "colombiana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "VEN": "venezolana",
    },
}

# The agencies' own aliases and slips (a careful reader still knows the country).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "GB"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "GRC": ("Hellas",),
        "DEU": ("Deutschland",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {"GBR": ("Angleterre", "UK", "Grande-Bretagne"), "DEU": ("RFA",)},
    "es": {"USA": ("EE.UU.", "EEUU", "USA"), "MEX": ("MEXICO",)},
}
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanstan",
        "ERI": "Erithrea",
        "ALB": "Albenia",
        "VNM": "Vietanm",
        "SYR": "Syrai",
        "PAK": "Pakistain",
        "IRQ": "Irak",
        "CMR": "Cameroun",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythree", "SYR": "Sirie", "VNM": "Viet-Nam"},
    "es": {"VEN": "Venezulea", "ECU": "Ecaudor", "COL": "Colonbia", "HTI": "Haiti"},
}
# UN M49 numeric codes as text (leading zeros kept), computed with pycountry.
_M49 = {iso: iso_codes(iso)[1] for iso in _NAMES}


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÉÈÊéèêëàâäîïôöûüùçñíóúáÍÓÚÁ", "EEEeeeeaaaiioouuucniouaIOUA")
    return text.translate(table)


def _country(
    src: Source388, iso: str, rng: _Rng, styles: dict[str, float]
) -> tuple[str, str | None]:
    """Write one ISO3 code the source's way; return (text, tag of the style or None)."""
    lang = src.language
    keys = list(styles)
    w = np.array(list(styles.values()), dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    name = _name(iso, lang)
    text: str | None = None
    if style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "m49":
        text = _M49[iso]
    elif style == "demonym":
        text = _DEMONYMS[lang].get(iso)
    elif style == "alias":
        aliases = _ALIASES[lang].get(iso)
        text = choice(rng, aliases) if aliases else None
    elif style == "typo":
        text = _TYPOS[lang].get(iso)
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "noaccent":
        text = _strip_accents(name)
    elif style == "padded":
        text = f"  {name} "
    elif style == "partner":  # a partner's submission copied in its own language
        text = _name(iso, choice(rng, ("fr", "es")))
    elif style == "mojibake":
        text = mojibake(_name(iso, choice(rng, ("en", "fr", "es"))))
    if text is None or text == name or not fits(text, src):
        return name, None
    return text, style


# --------------------------------------------------------------------------------------
# Dates, counts, places
# --------------------------------------------------------------------------------------
_ES_MONTHS = (
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


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _date(src: Source388, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, str]:
    """Return (cell, precision, tag) of an event date written the source's way."""
    r = float(rng.random())
    name = src.source
    if name == "hta_uk":
        if partial_ok and r < 0.1:
            return f"{MONTHS[ts.month - 1]} {ts.year}", "month", "date_month"
        if r < 0.65:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "day", "date_long"
        return ts.strftime("%d/%m/%Y"), "day", "date_dayfirst"
    if name == "samu62_crra":
        if r < 0.7:
            hh, mm = int(rng.integers(24)), int(rng.integers(60))
            return f"{ts:%d/%m/%Y} {hh:02d}:{mm:02d}", "day", "date_time"
        return ts.strftime("%d/%m/%Y"), "day", "date_dayfirst"
    if name == "pnt_panama":
        if partial_ok and r < 0.1:
            if r < 0.05:
                return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", "month", "date_month"
            return ts.strftime("%m/%Y"), "month", "date_month"
        if r < 0.7:
            return ts.to_pydatetime(), "day", "date_excel"
        if r < 0.82:
            return _serial(ts), "day", "date_serial"
        return ts.strftime("%d/%m/%Y"), "day", "date_dayfirst"
    if name == "kitrinos_healthcare":
        if r < 0.55:
            return ts.strftime("%d/%m/%Y"), "day", "date_dayfirst"
        if r < 0.85:
            return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", "day", "date_dmy_abbr"
        return str(_serial(ts)), "day", "date_serial"
    # the digest
    if partial_ok and r < 0.1:
        return ts.strftime("%Y-%m"), "month", "date_month"
    if partial_ok and r < 0.2:
        q = (ts.month - 1) // 3 + 1
        text = f"Q{q} {ts.year}" if r < 0.16 else f"{ts.year}-Q{q}"
        return text, "quarter", "date_quarter"
    if r < 0.35:
        return ts.strftime("%Y/%m/%d"), "day", "date_ymd_slash"
    return ts.strftime("%Y-%m-%d"), "day", "date_iso"


def _day_of(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts.normalize()


_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _persons(src: Source388, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of the count of persons."""
    r = float(rng.random())
    if r < 0.03:
        return choice(rng, src.count_unknown), None, "count_placeholder"
    name = src.source
    if name == "hta_uk":
        if n >= 1000:
            return f"{n:,}", n, "thousands_comma"
        if n <= 10 and r < 0.2:
            return _EN_NUMBERS[n - 1], n, "count_word"
        return str(n), n, None
    if name == "samu62_crra":
        if n >= 1000:
            return f"{n:,}".replace(",", "\u00a0"), n, "thousands_nbsp"
        return str(n), n, None
    if name == "pnt_panama":
        if n >= 1000 and r < 0.6:
            return f"{n:,}".replace(",", "."), n, "thousands_dot"
        return n, n, None
    if name == "kitrinos_healthcare":
        return str(n), n, None
    return n, n, None


def _suspects(src: Source388, n: int | None, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of the count of suspects."""
    if n is None:
        return None, None, "blank_n_suspects"
    r = float(rng.random())
    if r < 0.03:
        if src.source == "dicg_digest":  # the digest leaves it out
            return None, None, "blank_n_suspects"
        return choice(rng, src.count_unknown), None, "suspects_placeholder"
    if n == 0 and r < 0.4 and src.zero:
        return choice(rng, src.zero), 0, "zero_word"
    if src.format == "csv":
        return str(n), n, None
    return n, n, None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a coordinate in degrees, minutes and seconds; return (text, value read back)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    seconds = round((a - deg - minutes / 60) * 3600, 1)
    if seconds >= 60:
        minutes, seconds = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    back = deg + minutes / 60 + seconds / 3600
    text = f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"
    return text, round(back if value >= 0 else -back, 6)


def _place(
    src: Source388, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Return (cells, expected lat, expected lon, tag) of the location of detection."""
    r = float(rng.random())
    name = src.source
    if r < 0.04:
        if name in ("hta_uk", "kitrinos_healthcare"):
            return {"coordinates": None}, None, None, "coords_missing"
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    if name == "hta_uk":
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, "coords_pair"
    if name == "samu62_crra":
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if name == "pnt_panama":
        if r < 0.25:
            ta, la2 = _dms(lat, "N", "S")
            to, lo2 = _dms(lon, "E", "W")
            return {"lat": ta, "lon": to}, la2, lo2, "coords_dms"
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo, None
    if name == "kitrinos_healthcare":
        la, lo = round(lat, 5), round(lon, 5)
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        return {"coordinates": f"{ns}{abs(la):.5f} {ew}{abs(lo):.5f}"}, la, lo, "coords_hemi"
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, None


def _word(words: _Words, key: str, rng: _Rng) -> str:
    forms = words[key]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


# Styles of the country columns, by source and column: style -> weight.
_STYLES: dict[str, dict[str, dict[str, float]]] = {
    "hta_uk": {
        "nationality": {"name": 5, "demonym": 3, "iso3": 1, "typo": 0.4, "upper": 0.5},
        "origin_country": {"name": 8, "alias": 1, "typo": 0.4, "padded": 0.5},
        "transit": {"name": 9, "alias": 1},
        "detection_country": {"alias": 5, "name": 4, "upper": 1},
    },
    "samu62_crra": {
        "nationality": {"name": 4, "demonym": 3, "upper": 1, "noaccent": 1, "typo": 0.5},
        "origin_country": {"name": 8, "upper": 1, "noaccent": 1},
        "transit": {"name": 9, "upper": 1},
        "destination_country": {"name": 5, "alias": 4, "upper": 1},
        "detection_country": {"name": 7, "upper": 2, "iso2": 1},
    },
    "pnt_panama": {
        "nationality": {"upper": 4, "name": 3, "demonym": 2, "typo": 0.4, "noaccent": 0.6},
        "origin_country": {"upper": 4, "name": 4, "noaccent": 1},
        "transit": {"name": 6, "upper": 4},
        "destination_country": {"name": 4, "alias": 4, "upper": 2},
        "detection_country": {"name": 5, "upper": 3, "noaccent": 1, "iso2": 1},
    },
    "kitrinos_healthcare": {
        "nationality": {"name": 5, "demonym": 3, "lower": 1, "typo": 0.5},
        "transit": {"name": 9, "alias": 1},
        "destination_country": {"name": 6, "iso2": 2, "alias": 1, "lower": 1},
        "detection_country": {"name": 6, "iso2": 2, "alias": 2},
    },
    "dicg_digest": {
        "nationality": {
            "iso3": 5,
            "iso2": 1,
            "m49": 1,
            "name": 1.5,
            "partner": 0.8,
            "mojibake": 0.7,
        },
        "origin_country": {"iso3": 6, "name": 2, "partner": 1, "mojibake": 1},
        "transit": {"iso3": 9, "iso2": 1},
        "destination_country": {"iso3": 7, "name": 2, "iso2": 1},
        "detection_country": {"iso3": 6, "iso2": 2, "m49": 1, "name": 1},
    },
}


def _transit(src: Source388, value: object, rng: _Rng) -> tuple[object, str | None, list[str]]:
    """Return (cell, expected ``|``-joined codes, tags) of the transit countries."""
    styles = _STYLES[src.source]["transit"]
    if value is None:
        if src.source == "hta_uk" and rng.random() < 0.4:
            return "Direct", None, ["transit_direct_word"]
        if src.source == "dicg_digest":
            return ([] if rng.random() < 0.5 else None), None, []
        return None, None, []
    codes = str(value).split("|")
    if src.source == "dicg_digest":
        return [_country(src, c, rng, styles)[0] for c in codes], str(value), ["transit_array"]
    parts = [_country(src, c, rng, styles)[0] for c in codes]
    tags = ["transit_list"] if len(codes) > 1 else []
    return src.transit_sep.join(parts), str(value), tags


def _offences(src: Source388, value: object, rng: _Rng) -> tuple[object, str | None]:
    if value is None:
        return None, None
    words = [_word(src.offences, k, rng) for k in str(value).split("|")]
    return src.offence_sep.join(words), str(value)


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: Source388,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    tags: list[str] = []
    has = src.headers
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, precision, tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = _day_of(ts, precision)
    exp["date_precision"] = precision
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src.crime, crime, rng)
    exp["crime_type"] = crime
    if ev["exploitation"] is not None:
        cells["exploitation"] = _word(src.exploitation, str(ev["exploitation"]), rng)
        exp["exploitation"] = ev["exploitation"]

    cells["n_persons"], exp["n_persons"], tag_p = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    if tag_p:
        tags.append(tag_p)
    sus = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"], tag_s = _suspects(
        src,
        None if sus is None else int(sus),  # type: ignore[call-overload]
        rng,
    )
    if tag_s:
        tags.append(tag_s)

    if rng.random() < 0.02:
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _word(src.gender, str(ev["gender"]), rng)
        exp["gender"] = ev["gender"]

    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, src.not_recorded)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src.age, str(ev["age_group"]), rng)
        exp["age_group"] = ev["age_group"]

    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, src.not_recorded)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src.mode, str(ev["transport_mode"]), rng)
        exp["transport_mode"] = ev["transport_mode"]

    styles = _STYLES[src.source]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has or iso is None:
            continue  # the agency has no such column: the clean value stays empty
        if col in ("origin_country", "destination_country") and rng.random() < 0.03:
            tags.append(f"blank_{col}")
            continue
        text, style = _country(src, str(iso), rng, styles[col])
        cells[col] = text
        exp[col] = iso
        if style:
            tags.append(f"country_{style}")

    cells["transit_countries"], exp["transit_countries"], t_tags = _transit(
        src, ev["transit_countries"], rng
    )
    tags += t_tags
    cells["linked_offences"], exp["linked_offences"] = _offences(src, ev["linked_offences"], rng)

    place, exp["lat"], exp["lon"], tag_c = _place(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
    cells.update(place)
    if tag_c:
        tags.append(tag_c)

    if forced_blank is not None:  # a second report leaves out what the first one gives
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        else:
            cells.pop(forced_blank, None)
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and notes
# --------------------------------------------------------------------------------------
def _bad_date(src: Source388, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row that cannot be dated (missing, impossible or future)."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        if name == "hta_uk":
            return f"30 February {ts.year}"
        if name == "dicg_digest":
            return f"{ts.year}-13-{ts.day:02d}"
        if name == "kitrinos_healthcare":
            return f"00/{ts.month:02d}/{ts.year}"
        return f"31/02/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # a slip of the decade key: 2023 -> 2033
    if name == "hta_uk":
        return f"{future.day} {MONTHS[future.month - 1]} {future.year}"
    if name == "pnt_panama":
        return future.to_pydatetime()
    if name == "dicg_digest":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Source388, last: pd.Timestamp) -> object:
    """Date written on the source's note row (the day of its extract)."""
    day = last + pd.Timedelta(days=3)
    if src.source == "hta_uk":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if src.source == "pnt_panama":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_HTA = Source388(
    source="hta_uk",
    filename="hta_uk_nz.csv",
    ref="HTA/LD/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "HTA reference",
        "event_date": "Date concern raised",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspected offenders",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "detection_country": "Country where identified",
        "coordinates": "Location (lat, long)",
        "transport_mode": "Method of travel",
        "linked_offences": "Linked offending",
    },
    note="Extract from HTA living donation concerns log - OFFICIAL-SENSITIVE",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking"),
        "smuggling": ("Organised immigration crime", "People smuggling", "OIC"),
        "both": ("Modern slavery + OIC", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting", "Removal of organs"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "Male & female")},
    age={
        "child": ("Child", "Under 18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "RHIB", "Boat"),
        "land": ("Lorry", "HGV", "Vehicle"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis cultivation"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    not_recorded=("Not known", "N/K"),
    count_unknown=("not known", "NK"),
    zero=("none", "nil"),
    transit_sep=" > ",
    offence_sep="; ",
)

_SAMU = Source388(
    source="samu62_crra",
    filename="samu62_crra_nz.csv",
    ref="DR{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date/heure appel",
        "crime_type": "Contexte",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes prises en charge",
        "n_suspects": "Nb passeurs signalés",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination annoncée",
        "detection_country": "Pays d'intervention",
        "lat": "Latitude",
        "lon": "Longitude",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Infractions associées",
    },
    note="Extraction SAMU 62 - données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Trafic de migrants", "Aide à l'entrée irrégulière", "passage clandestin"),
        "both": ("TEH + trafic de migrants", "traite et trafic"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes", "trafic d'organes"),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={"female": ("F", "femme(s)"), "male": ("H", "homme(s)"), "mixed": ("H/F", "mixte")},
    age={
        "child": ("mineur(s)", "MNA"),
        "adult": ("majeur(s)", "adulte(s)"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("embarcation", "small boat", "bateau pneumatique"),
        "land": ("camion", "poids lourd", "véhicule"),
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
    not_recorded=("NR", "non renseigné"),
    count_unknown=("NC", "inconnu"),
    zero=("aucun", "néant"),
    transit_sep=", ",
    offence_sep=" / ",
)

_PNT = Source388(
    source="pnt_panama",
    filename="pnt_panama_nz.xlsx",
    ref="PNT-ALT-{seq:03d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de alerta",
        "event_date": "Fecha de notificación",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "detection_country": "País de detección",
        "lat": "Latitud",
        "lon": "Longitud",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual", "comercio sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos", "tráfico de órganos"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra",),
    },
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Adultos"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "land": ("Terrestre", "A pie (selva)", "Caminando"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "drogas"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    not_recorded=("N/D", "Sin dato"),
    count_unknown=("s/d", "N/D"),
    zero=("ninguno",),
    transit_sep=" - ",
    offence_sep=", ",
)

_KITRINOS = Source388(
    source="kitrinos_healthcare",
    filename="kitrinos_healthcare_nz.csv",
    ref="KH-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case #",
        "event_date": "Date seen",
        "crime_type": "Protection flag",
        "exploitation": "Exploitation (if THB)",
        "n_persons": "Pax",
        "n_suspects": "Facilitators",
        "gender": "M/F",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "transit_countries": "Route",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "coordinates": "GPS",
        "transport_mode": "Arrival mode",
        "linked_offences": "Related offences",
    },
    note="Volunteer entries - not clinically verified",
    total="TOTAL",
    bad_count=("several", "big group"),
    repeats=False,
    crime={
        "trafficking": ("Trafficking indicators", "THB"),
        "smuggling": ("Smuggled", "Smuggling"),
        "both": ("Smuggled + trafficking indicators",),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"female": ("F", "female"), "male": ("M", "male"), "mixed": ("M/F", "mixed")},
    age={
        "child": ("UAM", "minor"),
        "adult": ("adult",),
        "mixed": ("adults + minors", "mixed"),
    },
    mode={
        "sea": ("dinghy", "boat", "rubber boat"),
        "land": ("on foot", "car", "land border"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("fake docs", "forged papers"),
        "corruption": ("bribes",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("online recruitment / cyber",),
        "terrorism": ("terrorism",),
    },
    not_recorded=("unk", "?"),
    count_unknown=("unk", "?"),
    zero=("none",),
    transit_sep=" -> ",
    offence_sep=", ",
)

_DICG = Source388(
    source="dicg_digest",
    filename="dicg_digest_nz.jsonl",
    ref="DICG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "digest_ref",
        "event_date": "incident_date",
        "crime_type": "offence",
        "exploitation": "purpose",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "detection_country": "country",
        "lat": "lat",
        "lon": "lon",
        "transport_mode": "mode",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens"),
    repeats=True,
    crime={
        "trafficking": ("THB", "trafficking in persons"),
        "smuggling": ("SOM", "migrant smuggling"),
        "both": ("THB/SOM",),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour", "forced labour"),
        "forced_criminality": ("criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    age={"child": ("child", "minor"), "adult": ("adult",), "mixed": ("mixed",)},
    mode={"sea": ("sea", "boat"), "land": ("land", "overland"), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_recorded=("unknown", "n/a"),
    count_unknown=("unknown",),
    zero=(),
    transit_sep="|",
    offence_sep="; ",
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Source388, ...] = (_HTA, _SAMU, _PNT, _KITRINOS, _DICG)

#: The variant: who first reports which detection country, who reports some a second time.
EXAMINER: Examiner[Source388] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "hta_uk",
        "FRA": "samu62_crra",
        "PAN": "pnt_panama",
        "GRC": "kitrinos_healthcare",
    },
    compilation="dicg_digest",
    secondary={
        ("channel", "GBR"): "samu62_crra",
        ("channel", "FRA"): "dicg_digest",
        ("thb_vnm_gbr", "GBR"): "dicg_digest",
        ("darien", "PAN"): "dicg_digest",
        ("emed", "GRC"): "dicg_digest",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=388,
    blank_share=0.3,
)


def make_blind388(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind388`` sources would (files ``*_nz.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``hta_uk_nz.csv`` (English, UTF-8 with BOM, ``,``), ``samu62_crra_nz.csv``
        (French, cp1252, ``;``), ``pnt_panama_nz.xlsx`` (Spanish),
        ``kitrinos_healthcare_nz.csv`` (English, UTF-16, tab) and
        ``dicg_digest_nz.jsonl`` (English keys, UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind388(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hta_uk_nz.csv', 'samu62_crra_nz.csv', 'pnt_panama_nz.xlsx',
     'kitrinos_healthcare_nz.csv', 'dicg_digest_nz.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date/heure appel', 'Contexte']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
