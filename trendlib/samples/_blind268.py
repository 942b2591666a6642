"""Examiner sample set ``blind268`` (files ``*_jj.*``): ad regulators and classifieds platforms.

Five agencies that see trafficking and smuggling through the advertisements they moderate or
police (fake job offers, escort ads, "guaranteed crossing" offers) and refer them, with what
the police later told them of the case, to law enforcement:

``milanuncios_moderacion_jj.csv``
    Milanuncios (Adevinta Spain), trust-and-safety moderation team. A back-office export
    opened and re-saved in Spanish Excel: cp1252, ``;``, CRLF, day-first dates (some with
    the time of the flag, some two-digit years, a few "mayo de 2023" when only the month
    of the ad is known), decimal commas in the coordinates, ``1.250`` thousands, names
    without accents, and cells pasted from the UTF-8 back office (mojibake: ``RumanÃ­a``).
    Primary for Spain.
``asa_uk_jj.csv``
    UK Advertising Standards Authority, monitoring team (referrals to police). CRM export:
    UTF-8 with BOM, ``,``, "17 May 2023", "17/05/2023" and "17-May-23", nationality as a
    demonym ("Vietnamese"), English aliases ("UK", "Viet Nam") and typos ("Untied
    Kingdom"), counts with ``,`` thousands, a few counts in words. Primary for the UK.
``leboncoin_trust_safety_jj.jsonl``
    leboncoin, Trust & Safety team (signalements aux autorités). API dump in JSON lines,
    UTF-8, French keys, integer counts (null when not known), ISO dates or ISO timestamps
    with their offset, countries as ISO alpha-2 codes, nationality as French adjectives
    ("afghane"), the location as one ``"lat,lon"`` string (``"0.0,0.0"`` when
    geolocation failed).
    Primary for France.
``profeco_mx_jj.xlsx``
    PROFECO (Mexico), monitoring of misleading advertising (job offers abroad, crossings).
    Excel workbook: real date cells, some dates typed as text, a few date cells that lost
    their format (serial numbers), Mexican wording (``Tráfico de personas`` = migrant
    smuggling, ``Trata de personas`` = trafficking, ``NNA`` = minors, ``EUA`` = United
    States, ``Delitos contra la salud`` = drug offences), capitals, some coordinates in
    degrees-minutes-seconds. Primary for the United States.
``econsumer_icpen_jj.csv``
    econsumer.gov (ICPEN) referral compilation. "Unicode text" export of Excel: UTF-16 with
    BOM, tab-delimited, US month-first dates, some month-only or quarter-only dates,
    ISO alpha-3 codes beside English names. Reports every event no other source reports
    (Italy, Greece, Croatia, Poland, Panama) and a second report of some others.

The truth expects what a careful analyst reads from each cell: an "unknown" word gives
``unknown`` (vocabularies) or nothing (counts, countries); a count that is not a number is
quarantined; a "0,0" geolocation gives no point.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind268"]

_Rng = np.random.Generator
Words = dict[str, tuple[str, ...]]
Weights = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles of the file and their weights (see :func:`_date_cell`).
    nation_styles, country_styles : tuple of (str, float)
        Ways of writing the nationality and the other country cells (see :func:`_country`).
    crime, exploitation, gender, age, transport, offences : dict
        Canonical word -> the agency's words for it.
    no_exploitation : tuple of str
        Cell written for a pure smuggling case ("" = left blank).
    unknown_vocab : tuple of str
        Words the agency writes when a vocabulary value is not known.
    offence_sep, transit_sep : str
        Separators of linked offences and of transit countries.
    coords : str
        ``"split_dot"``, ``"split_comma"``, ``"pair"`` or ``"xlsx"``.
    thousands : tuple of str
        Thousands separators of counts >= 1000 ("" = none).
    count_placeholder, suspects_placeholder, zero_words, number_words : tuple of str
        Count cells meaning "not known" ("" = left blank), a zero written as a word, and
        1..10 in words.
    mojibake_rate, no_accent_rate, upper_rate : float
        Shares of text cells garbled, written without accents, or in capitals.
    """

    dates: Weights
    nation_styles: Weights
    country_styles: Weights
    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    transport: Words
    offences: Words
    no_exploitation: tuple[str, ...]
    unknown_vocab: tuple[str, ...]
    offence_sep: str
    transit_sep: str
    coords: str
    thousands: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]
    number_words: tuple[str, ...]
    mojibake_rate: float
    no_accent_rate: float
    upper_rate: float


# --------------------------------------------------------------------------------------
# Country wording of this set
# --------------------------------------------------------------------------------------
_EN_NAME = {
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
}
_EN_ALIAS = {
    "GBR": "UK",
    "USA": "USA",
    "VNM": "Viet Nam",
    "TUR": "Türkiye",
    "SYR": "Syrian Arab Republic",
    "IRN": "Iran (Islamic Republic of)",
    "RUS": "Russian Federation",
    "CIV": "Côte d'Ivoire",
    "GMB": "The Gambia",
    "BIH": "Bosnia",
    "DEU": "Deutschland",
}
_EN_TYPO = {
    "AFG": "Afganistan",
    "ALB": "Albnia",
    "ERI": "Eritria",
    "SYR": "Syira",
    "VNM": "Veitnam",
    "GBR": "Untied Kingdom",
    "FRA": "Frnace",
    "ITA": "Itlay",
    "GRC": "Greeece",
    "VEN": "Venezuala",
    "ECU": "Equador",
    "GTM": "Guatamala",
    "MEX": "Mexcio",
    "COL": "Columbia",
    "PAK": "Pakistn",
    "EGY": "Egpyt",
    "TUN": "Tunisa",
    "BGD": "Bangladsh",
    "GIN": "Guniea",
    "NGA": "Nigera",
    "MAR": "Morroco",
    "DZA": "Algeira",
    "SEN": "Senagal",
    "ROU": "Romainia",
    "DEU": "Germnay",
    "USA": "Untied States",
    "LBY": "Lybia",
    "IRQ": "Iraq ",
}
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "PAN": "Panamanian",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "USA": "American",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
# nationality as a French adjective agreeing with "nationalité" (leboncoin)
_FR_ADJ = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "DZA": "algérienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "TUN": "tunisienne",
    "EGY": "égyptienne",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
}
# nationality as a Spanish adjective agreeing with "nacionalidad" (PROFECO)
_ES_ADJ = {
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
_ES_ALIAS = {"USA": "EUA", "GBR": "Gran Bretaña", "CIV": "Costa de Marfil"}


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Rumanía`` -> ``Rumania``), keeping ``ñ``."""
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def _en(iso: str) -> str:
    return _EN_NAME.get(iso, COUNTRIES[iso][1])


def _country(src: Agency, iso: str, col: str, style: str, tags: list[str]) -> tuple[str, bool]:
    """Write the ISO alpha-3 code ``iso`` in ``style``; note a visible style in ``tags``.

    Styles: ``name`` (the agency's language), ``en_alias``, ``en_typo``, ``en_dem``
    (English demonym), ``fr_adj`` (French adjective), ``es_upper``, ``es_adj_upper``
    (Spanish adjective in capitals), ``es_alias``, ``iso2``, ``iso3``. A style that does
    not change the name of a country falls back to its plain name. Returns the text and
    whether it is the plain name (which the agency's other habits may then touch).
    """
    plain = {"en": _en(iso), "fr": COUNTRIES[iso][2], "es": COUNTRIES[iso][3]}[src.language]
    text: str | None
    if style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "en_alias":
        text = _EN_ALIAS.get(iso)
    elif style == "en_typo":
        text = _EN_TYPO.get(iso)
    elif style == "en_dem":
        text = _EN_DEMONYM.get(iso)
    elif style == "fr_adj":
        text = _FR_ADJ.get(iso)
    elif style == "es_upper":
        text = plain.upper()
    elif style == "es_adj_upper":
        adj = _ES_ADJ.get(iso)
        text = adj.upper() if adj else plain.upper()
    elif style == "es_alias":
        text = _ES_ALIAS.get(iso)
    else:
        text = None
    if text is None or text == plain or not fits(text, src):
        return plain, True
    tags.append(f"{style}:{col}")
    return text, False


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
_DAY_STYLES = (
    "dmy",
    "dmy2",
    "dmy_hm",
    "iso",
    "iso_tz",
    "mdy",
    "d_month_y",
    "d_mon_yy",
    "excel",
    "serial",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _draw(rng: _Rng, weights: Weights) -> str:
    keys = [k for k, _ in weights]
    w = np.array([v for _, v in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _date_text(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write the date ``ts`` in ``style`` (text, or a datetime/number in XLSX)."""
    m = ts.month - 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_hm":
        return (
            ts.strftime("%d/%m/%Y") + f" {int(rng.integers(7, 23)):02d}:{int(rng.integers(60)):02d}"
        )
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_tz":
        offset = "+02:00" if 4 <= ts.month <= 10 else "+01:00"
        hh, mm, ss = int(rng.integers(8, 21)), int(rng.integers(60)), int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hh:02d}:{mm:02d}:{ss:02d}{offset}"
    if style == "mdy":
        return ts.strftime("%m/%d/%Y")
    if style == "d_month_y":
        return f"{ts.day} {_MONTHS['en'][m]} {ts.year}"
    if style == "d_mon_yy":
        return f"{ts.day:02d}-{_MONTHS['en'][m][:3]}-{ts.year % 100:02d}"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts - _EXCEL_EPOCH).days)
    if style == "month_es":
        return f"{_MONTHS['es'][m].capitalize()} {ts.year}"
    if style == "month_es_de":
        return f"{_MONTHS['es'][m]} de {ts.year}"
    if style == "month_en":
        return f"{_MONTHS['en'][m]} {ts.year}"
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - table typo


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of one event's date."""
    style = _draw(rng, src.dates)
    if not partial_ok and style not in _DAY_STYLES:
        style = src.dates[0][0]  # both reports of a duplicated event give the day
    cell = _date_text(src, ts, style, rng)
    tags = [] if style == src.dates[0][0] else [f"date_{style}"]
    if style.startswith("month"):
        return cell, ts.to_period("M").start_time, "month", [*tags, "partial_date"]
    if style.startswith("quarter"):
        return cell, ts.to_period("Q").start_time, "quarter", [*tags, "partial_date"]
    return cell, ts.normalize(), "day", tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell a careful analyst cannot use: missing, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        if src.source == "econsumer_icpen":
            return choice(rng, (f"02/30/{y}", f"04/31/{y}"))
        if src.source == "leboncoin_trust_safety":
            return choice(rng, (f"{y}-02-30", "0000-00-00"))
        if src.source == "asa_uk":
            return choice(rng, (f"30 February {y}", f"31/04/{y}"))
        return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/06/{y}"))
    future = ts.replace(year=y + 10, day=min(ts.day, 28))  # 2023 typed 2033
    style = src.dates[0][0]
    if style == "excel":
        return future.to_pydatetime()
    return _date_text(src, future, style, rng)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row: its export date, the last row's day."""
    style = src.dates[0][0]
    if style == "excel":
        return last.to_pydatetime()
    return _date_text(src, last, style, np.random.default_rng(0))


def _word(src: Agency, words: Words, value: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """One of the agency's words for ``value``, with its case, accent and encoding habits."""
    options = words[value]
    text = options[0] if rng.random() < 0.6 else choice(rng, options)
    return _habits(src, text, rng, col, tags)


def _habits(src: Agency, text: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Garble, strip the accents of, or change the case of some of the agency's cells."""
    r = rng.random()
    if len(text) <= 3:  # codes and initials are written as they are
        return text
    if r < src.mojibake_rate:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append(f"mojibake:{col}")
            return garbled
    elif r < src.mojibake_rate + src.no_accent_rate:
        plain = _strip_accents(text)
        if plain != text:
            tags.append(f"no_accent:{col}")
            return plain
    elif r < src.mojibake_rate + src.no_accent_rate + src.upper_rate:
        tags.append(f"case:{col}")
        return text.upper()
    elif r < src.mojibake_rate + src.no_accent_rate + src.upper_rate + 0.02:
        tags.append(f"case:{col}")
        return f" {text} " if rng.random() < 0.5 else text.lower()
    return text


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the agency does (no placeholder)."""
    if n >= 1000 and src.thousands and rng.random() < 0.8:
        sep = choice(rng, src.thousands)
        if sep:
            tags.append("thousands:n_persons")
            return f"{n // 1000}{sep}{n % 1000:03d}"
    if src.number_words and 1 <= n <= len(src.number_words) and rng.random() < 0.05:
        tags.append("count_word")
        return src.number_words[n - 1]
    if src.format == "csv":
        return str(n)
    return n


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds (to a tenth) of a coordinate: ``31°20'24.0"N``."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # whole tenths of a second: no "60.0" seconds
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{hemi}"


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells and the expected point (None when the cell gives no point)."""
    r = rng.random()
    if partial_ok and r < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    if src.coords == "pair":
        if partial_ok and r < 0.055:
            tags.append("coords_placeholder")
            return {"coordinates": "0.0,0.0"}, None, None
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, lat, lon
    if src.coords == "split_comma":
        tags.append("decimal_comma")
        a, b = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
        return {"lat": a, "lon": b}, lat, lon
    if src.coords == "xlsx":
        if r > 0.88:
            tags.append("coords_dms")
            return {"lat": _dms(lat, "N", "S"), "lon": _dms(lon, "E", "O")}, lat, lon
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, lat, lon
    digits = 4 if src.source == "econsumer_icpen" else 5
    return {"lat": f"{lat:.{digits}f}", "lon": f"{lon:.{digits}f}"}, lat, lon


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], dtags = _date_cell(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += dtags

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime, crime, rng, "crime_type", tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.no_exploitation) or None
        exp["exploitation"] = None
    elif partial_ok and rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown_vocab)
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(src, src.exploitation, str(expl), rng, "exploitation", tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_placeholder) or None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp["n_suspects"] = k
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif partial_ok and rng.random() < 0.025:
        cells["n_suspects"] = choice(rng, src.suspects_placeholder) or None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k

    gender = str(ev["gender"])
    if forced_blank == "gender" or (partial_ok and rng.random() < 0.02):
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown_vocab)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, src.gender, gender, rng, "gender", tags)
        exp["gender"] = gender
    for col, words in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if partial_ok and rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown_vocab)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, words, value, rng, col, tags)
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif partial_ok and rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.unknown_vocab)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        text, plain = _country(src, nat, "nationality", _draw(rng, src.nation_styles), tags)
        cells["nationality"] = _habits(src, text, rng, "nationality", tags) if plain else text
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col] = None
            exp[col] = None
            tags.append("blank_detection_country")
            continue
        text, plain = _country(src, iso, col, _draw(rng, src.country_styles), tags)
        cells[col] = _habits(src, text, rng, col, tags) if plain else text
        exp[col] = iso
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        style = _draw(rng, src.country_styles)
        names = [
            _country(src, c, "transit_countries", style, tags)[0] for c in str(transit).split("|")
        ]
        cells["transit_countries"] = src.transit_sep.join(names)
        exp["transit_countries"] = str(transit)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: dict[str, object] = {}
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags, partial_ok=partial_ok)
    cells.update(place)

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        parts = [
            _word(src, src.offences, o, rng, "linked_offences", tags) for o in str(off).split("|")
        ]
        cells["linked_offences"] = src.offence_sep.join(parts)
        exp["linked_offences"] = str(off)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_ALL = (
    "source_ref",
    "event_date",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
)


def _headers(words: tuple[str, ...], *, pair: bool = False) -> dict[str, str]:
    keys = [c for c in _ALL if not (pair and c == "lon")]
    if pair:
        keys[keys.index("lat")] = "coordinates"
    return dict(zip(keys, words, strict=True))


MILANUNCIOS = Agency(
    source="milanuncios_moderacion",
    filename="milanuncios_moderacion_jj.csv",
    ref="MIL-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers=_headers(
        (
            "ID incidencia",
            "Fecha detección",
            "Tipo de delito",
            "Finalidad de explotación",
            "Nº víctimas potenciales",
            "Nº anunciantes sospechosos",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País origen",
            "País destino",
            "País detección",
            "Países de tránsito",
            "Medio de transporte",
            "Latitud",
            "Longitud",
            "Delitos conexos",
        )
    ),
    note="Nota: extracción provisional, pendiente de validación por Legal",
    total="TOTAL",
    bad_count=("varias", "un grupo", "bastantes"),
    repeats=True,
    dates=(("dmy", 0.74), ("dmy_hm", 0.16), ("dmy2", 0.05), ("month_es_de", 0.05)),
    nation_styles=(("name", 0.95), ("iso2", 0.05)),
    country_styles=(("name", 0.95), ("es_upper", 0.05)),
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata de personas"),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Tráfico de migrantes",
            "Inmigración ilegal (art. 318 bis)",
        ),
        "both": ("Trata + favorecimiento inmigración ilegal", "TSH y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Prostitución coactiva"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Hombre"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores",),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Embarcación", "Marítimo"),
        "land": ("Terrestre", "Vehículo", "Autobús"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    no_exploitation=("",),
    unknown_vocab=("No consta", "Sin determinar", "Desconocido"),
    offence_sep=", ",
    transit_sep=" - ",
    coords="split_comma",
    thousands=(".",),
    count_placeholder=("s/d", "sin determinar"),
    suspects_placeholder=("s/d", "No consta"),
    zero_words=("ninguno", "ninguna"),
    number_words=(),
    mojibake_rate=0.04,
    no_accent_rate=0.1,
    upper_rate=0.03,
)

ASA = Agency(
    source="asa_uk",
    filename="asa_uk_jj.csv",
    ref="A{yy:02d}-{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=_headers(
        (
            "ASA ref",
            "Date flagged",
            "Harm type",
            "Exploitation type",
            "No. of potential victims",
            "No. of advertisers (suspects)",
            "Sex",
            "Age band",
            "Nationality",
            "Country of origin",
            "Destination country",
            "Country detected",
            "Transit route",
            "Travel method",
            "Latitude",
            "Longitude",
            "Linked offences",
        )
    ),
    note="Note: provisional figures - referrals not yet acknowledged by police",
    total="Total",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    dates=(("d_month_y", 0.5), ("dmy", 0.44), ("d_mon_yy", 0.06)),
    nation_styles=(("en_dem", 0.8), ("name", 0.12), ("en_typo", 0.04), ("en_alias", 0.04)),
    country_styles=(("name", 0.8), ("en_alias", 0.12), ("en_typo", 0.05), ("iso3", 0.03)),
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
        "smuggling": (
            "People smuggling",
            "Facilitation (illegal entry)",
            "Small boat crossing offer",
        ),
        "both": ("Modern slavery & smuggling", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual (adult services ad)"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "adult": ("Adult", "18+"),
        "child": ("Child", "Under 18"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    transport={
        "sea": ("Small boat", "Boat", "Sea"),
        "land": ("Lorry", "HGV", "Car", "Coach"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    no_exploitation=("", "n/a"),
    unknown_vocab=("Not known", "Unknown", "TBC"),
    offence_sep="; ",
    transit_sep=" > ",
    coords="split_dot",
    thousands=(",",),
    count_placeholder=("Not known", "unknown"),
    suspects_placeholder=("Not known", "TBC"),
    zero_words=("none", "None identified"),
    number_words=("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    mojibake_rate=0.0,
    no_accent_rate=0.0,
    upper_rate=0.03,
)

LEBONCOIN = Agency(
    source="leboncoin_trust_safety",
    filename="leboncoin_trust_safety_jj.jsonl",
    ref="SIG-{year}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers=_headers(
        (
            "id_signalement",
            "date_constat",
            "qualification",
            "finalite_exploitation",
            "nb_victimes_potentielles",
            "nb_comptes_suspects",
            "sexe",
            "tranche_age",
            "nationalite",
            "pays_origine",
            "pays_destination",
            "pays_constat",
            "pays_transit",
            "mode_transport",
            "geoloc",
            "infractions_connexes",
        ),
        pair=True,
    ),
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    dates=(("iso", 0.65), ("iso_tz", 0.35)),
    nation_styles=(("fr_adj", 0.75), ("name", 0.2), ("iso2", 0.05)),
    country_styles=(("iso2", 1.0),),
    crime={
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "aide au séjour irrégulier",
            "offre de passage",
        ),
        "both": ("traite + aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "female": ("femmes", "femme"),
        "male": ("hommes", "homme"),
        "mixed": ("mixte",),
    },
    age={
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "mineur"),
        "mixed": ("majeurs et mineurs",),
    },
    transport={
        "sea": ("embarcation", "bateau", "maritime"),
        "land": ("camion", "voiture", "bus", "routier"),
        "air": ("avion", "aérien"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    no_exploitation=("",),
    unknown_vocab=("non précisé", "indéterminé"),
    offence_sep=" / ",
    transit_sep=", ",
    coords="pair",
    thousands=("",),
    count_placeholder=("",),  # JSON null
    suspects_placeholder=("",),
    zero_words=(),
    number_words=(),
    mojibake_rate=0.0,
    no_accent_rate=0.0,
    upper_rate=0.0,
)

PROFECO = Agency(
    source="profeco_mx",
    filename="profeco_mx_jj.xlsx",
    ref="PFC/DGVV/{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        (
            "Folio",
            "Fecha de detección",
            "Delito",
            "Fin de explotación",
            "Personas",
            "Probables responsables",
            "Sexo",
            "Grupo de edad",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País donde se detectó",
            "Países de tránsito",
            "Medio de transporte",
            "Latitud",
            "Longitud",
            "Delitos vinculados",
        )
    ),
    note="Nota: información preliminar sujeta a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    dates=(("excel", 0.6), ("dmy", 0.3), ("serial", 0.05), ("month_es", 0.05)),
    nation_styles=(("es_upper", 0.6), ("es_adj_upper", 0.35), ("iso3", 0.05)),
    country_styles=(("es_upper", 0.85), ("es_alias", 0.1), ("iso3", 0.05)),
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": (
            "Tráfico de personas",
            "Tráfico ilícito de migrantes",
            "Tráfico de indocumentados",
        ),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Tráfico de órganos",),
        "forced_marriage": ("Matrimonio forzoso o servil",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Mujeres",),
        "male": ("Hombres",),
        "mixed": ("Mixto", "Mujeres y hombres"),
    },
    age={
        "adult": ("Adultos",),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA",),
    },
    transport={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "Tractocamión", "Autobús", "A pie"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Delitos contra la salud",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    no_exploitation=("No aplica", ""),
    unknown_vocab=("Sin dato", "No especificado"),
    offence_sep="; ",
    transit_sep=", ",
    coords="xlsx",
    thousands=(",", ""),
    count_placeholder=("Sin dato",),
    suspects_placeholder=("Sin dato", "Se desconoce"),
    zero_words=("Ninguno",),
    number_words=(),
    mojibake_rate=0.0,
    no_accent_rate=0.0,
    upper_rate=0.05,
)

ECONSUMER = Agency(
    source="econsumer_icpen",
    filename="econsumer_icpen_jj.csv",
    ref="EC-{year}-{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers=_headers(
        (
            "Complaint ID",
            "Incident date",
            "Category",
            "Exploitation",
            "Number of victims",
            "Number of suspects",
            "Victim sex",
            "Victim age",
            "Victim nationality",
            "Origin country",
            "Destination country",
            "Location country",
            "Transit countries",
            "Transport",
            "Lat",
            "Long",
            "Related offenses",
        )
    ),
    note="Note: complaint data are self-reported and not verified",
    total="Grand Total",
    bad_count=("multiple", "several"),
    repeats=True,
    dates=(("mdy", 0.8), ("month_en", 0.08), ("quarter_en", 0.07), ("iso", 0.05)),
    nation_styles=(("name", 0.8), ("iso3", 0.15), ("en_alias", 0.05)),
    country_styles=(("name", 0.78), ("iso3", 0.15), ("en_alias", 0.04), ("en_typo", 0.03)),
    crime={
        "trafficking": ("Trafficking in persons", "Human trafficking (job scam)"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "both": ("Trafficking & smuggling",),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Commercial sexual exploitation"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female",),
        "male": ("Male",),
        "mixed": ("Both", "Mixed"),
    },
    age={
        "adult": ("Adult",),
        "child": ("Minor",),
        "mixed": ("Adults and minors",),
    },
    transport={
        "sea": ("Sea", "Boat"),
        "land": ("Land", "Vehicle", "On foot"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    no_exploitation=("",),
    unknown_vocab=("Unknown", "Not provided"),
    offence_sep=", ",
    transit_sep="; ",
    coords="split_dot",
    thousands=("",),
    count_placeholder=("Unknown", "Not provided"),
    suspects_placeholder=("Unknown",),
    zero_words=(),
    number_words=(),
    mojibake_rate=0.0,
    no_accent_rate=0.0,
    upper_rate=0.02,
)

#: The five agencies, in the order their submissions are returned.
AGENCIES: tuple[Agency, ...] = (MILANUNCIOS, ASA, LEBONCOIN, PROFECO, ECONSUMER)

#: The variant: who first reports which event, who reports some a second time.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ESP": MILANUNCIOS.source,
        "GBR": ASA.source,
        "FRA": LEBONCOIN.source,
        "USA": PROFECO.source,
    },
    compilation=ECONSUMER.source,
    secondary={
        ("channel", "FRA"): ASA.source,
        ("channel", "GBR"): LEBONCOIN.source,
        ("thb_vnm_gbr", "GBR"): ECONSUMER.source,
        ("us_mex", "USA"): ECONSUMER.source,
        ("darien", "PAN"): PROFECO.source,
        ("wmed", "ESP"): LEBONCOIN.source,
        ("watl", "ESP"): ECONSUMER.source,
        ("thb_rou_esp", "ESP"): ECONSUMER.source,
        ("thb_rou_esp", "ITA"): MILANUNCIOS.source,
        ("thb_nga_ita", "ITA"): LEBONCOIN.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=268_268,
    blank_share=0.3,
)


def make_blind268(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind268`` examiner set (files ``*_jj.*``).

    Five agencies that police advertisements (Milanuncios, the UK ASA, leboncoin,
    PROFECO and the econsumer.gov compilation), each in its own format, encoding,
    language and habits; see the module docstring.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``milanuncios_moderacion_jj.csv``, ``asa_uk_jj.csv``,
        ``leboncoin_trust_safety_jj.jsonl``, ``profeco_mx_jj.xlsx`` and
        ``econsumer_icpen_jj.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind268(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['milanuncios_moderacion_jj.csv', 'asa_uk_jj.csv', 'leboncoin_trust_safety_jj.jsonl',
     'profeco_mx_jj.xlsx', 'econsumer_icpen_jj.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('cp1252', ';'), ('utf-8-sig', ',')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha de detección', 'Delito']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
