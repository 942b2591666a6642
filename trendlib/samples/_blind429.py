"""Examiner sample set ``blind429`` (files ``*_po.*``): the drinks industry's security desks.

Five desks of brewers, a distiller and their bottlers, none used before in the project,
each writing its incident log its own way. Their security and labour-compliance teams
log what touches their supply and distribution chains (people found hidden in their
lorries and export trailers, exploited drivers and warehouse or seasonal workers at
their suppliers) and what the authorities notify them of; the group desk of a
distiller compiles a digest of what its European markets hear of.

``heineken_fr_surete_po.csv``
    Heineken Entreprise, direction sûreté (logistics of the Hauts-de-France, Mons-en-
    Barœul brewery): main-courante export from Excel, French, cp1252, ``;``, CRLF.
    Day-first dates (some with the hour, a few month or quarter only: ``mai 2023``,
    ``T2 2023``), French country names and nationality adjectives (``afghane``),
    ``Angleterre`` for the United Kingdom, UTF-8 text pasted from a web portal read as
    cp1252 (mojibake), decimal-comma latitude and longitude, ``aucun`` for no suspect,
    ``sans objet`` where smuggling has no exploitation. Reports the events detected in
    France and, a second time, some Channel events detected at Dover.
``diageo_global_security_po.jsonl``
    Diageo, Global Security (London), English JSON lines from its case tool: its own
    UK cases (ISO dates with the time) and a compiled digest of its European markets'
    incidents (Italy, Greece, Croatia, Poland: ISO3 codes, month ``2023-05`` or
    quarter ``Q2 2023`` only, often no coordinates), transit routes joined by ``>``,
    ``"lat, lon"`` strings, counts as numbers or ``"unknown"``. Re-sends a few lines.
``mahou_sanmiguel_cumplimiento_po.csv``
    Mahou San Miguel, Cumplimiento Normativo y Seguridad Corporativa: Excel "Unicode
    text" export, Spanish, UTF-16 with BOM, tab-delimited. Penal-code wording (``Art.
    177 bis CP`` = trafficking, ``Art. 318 bis CP`` = smuggling), ``H``/``M`` for
    hombre/mujer, ``MENA`` for unaccompanied minors, nationality adjectives, thousands
    with a dot, small counts in words, Google-Maps coordinates (decimal or DMS).
    Re-sends a few rows.
``grupo_modelo_seguridad_po.xlsx``
    Grupo Modelo, Seguridad Corporativa (export distribution, C-TPAT): Excel, Mexican
    Spanish. ``Tráfico de personas`` is smuggling (Mexican law), ``Trata de personas``
    trafficking; ``NNA`` for minors, ``EUA`` / ``EE.UU.`` for the United States,
    nationality as the feminine adjective (``nacionalidad mexicana``), real Excel
    dates with a few typed ones and serial numbers, numeric coordinates (a few typed
    into the wrong column). Reports the US-side detections of the US-Mexico corridor
    and, a second time, Darién events shared by the group's Middle-Americas desk.
``cerveceria_nacional_pa_po.csv``
    Cervecería Nacional (Panamá), Gerencia de Seguridad: CSV, Spanish, UTF-8, ``,``.
    Day-first dates and Excel serial numbers, ``M``/``F`` for masculino/femenino, ISO
    alpha-2 codes, thousands with a comma, coordinates with hemispheres
    (``8.5012 N, 77.5023 W``).

The truth expects what a careful analyst reads: words of "not known" give no value
(``unknown`` for the vocabularies), a count in words or with a separator its number,
swapped or DMS coordinates the true point, partial dates the start of their period.
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

__all__ = ["BLIND429", "DESKS", "Desk", "make_blind429"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the set: the shared fields plus its own way of writing.

    Attributes
    ----------
    home : str
        ISO alpha-3 code of the country of the desk's own cases; rows of other
        detection countries are compiled or second-hand reports.
    days : tuple of (str, float)
        Day-precision date styles and their weights.
    month : str or None
        Style of a month-only date (``None``: the desk never writes one).
    quarter : str or None
        Style of a quarter-only date.
    partial : tuple of float
        Share of partial dates among (own, compiled) rows.
    styles : tuple of (str, float)
        Country-cell styles and weights for own rows.
    compiled_styles : tuple of (str, float)
        Country-cell styles and weights for compiled rows.
    demonym : str
        ``"gender"`` (adjective agreeing with the persons), ``"fem"`` (agreeing with
        the feminine word *nacionalidad*) or ``"en"``.
    words : mapping
        Column -> canonical value -> the desk's words (the first is the usual one).
    na : mapping
        What the desk writes for "not known" / "not applicable", by use.
    rates : mapping
        Messiness rates by name.
    coords : str
        Coordinate style (``"fr_split"``, ``"pair"``, ``"pair_dms"``, ``"num_split"``,
        ``"hemi"``).
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences.
    bad_date_text : str
        An impossible date in the desk's style, a :meth:`str.format` string of ``y``.
    """

    home: str
    days: tuple[tuple[str, float], ...]
    month: str | None
    quarter: str | None
    partial: tuple[float, float]
    styles: tuple[tuple[str, float], ...]
    compiled_styles: tuple[tuple[str, float], ...]
    demonym: str
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    na: Mapping[str, tuple[str, ...]]
    rates: Mapping[str, float]
    coords: str
    transit_sep: str
    offence_sep: str
    bad_date_text: str


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish), as these desks spell them.
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Other names a desk's staff use for a country (all read as that country).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
        "USA": ("USA",),
        "GMB": ("Gambia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
        "USA": ("USA",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "USA": ("EUA", "EE.UU."),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "CHN": ("República Popular China",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "MEX": ("Méx.",),
    },
}

# Nationality adjectives, (masculine, feminine); English has one form.
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "GIN": ("guineano", "guineana"),
        "MLI": ("maliense", "maliense"),
        "SEN": ("senegalés", "senegalesa"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "MEX": ("mexicano", "mexicana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
    },
    "en": {
        iso: (word, word)
        for iso, word in {
            "AFG": "Afghan",
            "IRN": "Iranian",
            "IRQ": "Iraqi",
            "ALB": "Albanian",
            "ERI": "Eritrean",
            "SYR": "Syrian",
            "VNM": "Vietnamese",
            "TUN": "Tunisian",
            "EGY": "Egyptian",
            "BGD": "Bangladeshi",
            "PAK": "Pakistani",
            "NGA": "Nigerian",
            "ROU": "Romanian",
            "CMR": "Cameroonian",
            "MAR": "Moroccan",
            "TUR": "Turkish",
            "YEM": "Yemeni",
            "DZA": "Algerian",
            "MLI": "Malian",
            "SEN": "Senegalese",
            "GMB": "Gambian",
            "CIV": "Ivorian",
        }.items()
    },
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(name: str) -> str | None:
    """Drop the middle letter of a one-word name of 7+ letters (a slip of the keyboard)."""
    if len(name) < 7 or not name.isalpha():
        return None
    i = len(name) // 2
    return name[:i] + name[i + 1 :]


def _country(
    src: Desk, iso: str, rng: _Rng, styles: tuple[tuple[str, float], ...]
) -> tuple[str, str | None]:
    """Write one country as the desk does; return (cell, tag or None)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    keys = [s for s, _ in styles]
    weights = np.array([w for _, w in styles], dtype=float)
    style = keys[int(rng.choice(len(keys), p=weights / weights.sum()))]
    out: str | None = None
    if style == "iso3":
        out = iso
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "upper":
        out = name.upper()
    elif style == "alias" and iso in _ALIASES[lang]:
        out = choice(rng, _ALIASES[lang][iso])
    elif style == "noaccent":
        out = _strip_accents(name) if _strip_accents(name) != name else None
    elif style == "typo":
        out = _typo(name)
    elif style == "mojibake":
        garbled = mojibake(name)
        out = garbled if garbled is not None and fits(garbled, src) else None
    if out is None or not fits(out, src):
        return name, None
    return out, f"country_{style}"


def _nationality(src: Desk, iso: str, gender: str, rng: _Rng, compiled: bool) -> tuple[str, str]:
    """Write a nationality: an adjective or the country; return (cell, tag)."""
    forms = _DEMONYMS[src.language].get(iso)
    if forms is not None and rng.random() < src.rates["demonym"]:
        if src.demonym == "fem":
            word = forms[1]
        else:
            word = forms[1] if gender == "female" else forms[0]
        garbled = mojibake(word) if rng.random() < src.rates.get("mojibake", 0.0) else None
        if garbled is not None and fits(garbled, src):
            return garbled, "demonym;country_mojibake"
        if rng.random() < 0.15:
            return word.upper(), "demonym;country_upper"
        return word, "demonym"
    cell, tag = _country(src, iso, rng, src.compiled_styles if compiled else src.styles)
    return cell, tag or ""


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
_MONTHS = {
    "fr": (
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
    ),
    "es": (
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
    ),
}
_NUMBER_WORDS = ("", "", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")


def _pick(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    weights = np.array([w for _, w in options], dtype=float)
    return options[int(rng.choice(len(options), p=weights / weights.sum()))][0]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Draw the usual word 60 % of the time, another of the desk's words otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _day_cell(src: Desk, ts: pd.Timestamp, style: str, rng: _Rng) -> tuple[object, str | None]:
    """Write a day-precision date in ``style``; return (cell, tag or None)."""
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ("text_date" if src.format == "xlsx" else None)
    if style == "dmy_time":
        return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}", "date_time"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), None
    if style == "iso_time":
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", "date_time"
    if style == "long_en":
        return f"{ts.day} {ts.strftime('%B')} {ts.year}", "long_date"
    if style == "excel":
        return ts.normalize().to_pydatetime(), "excel_date"
    serial = int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "serial_int":
        return serial, "serial_date"
    return str(serial), "serial_date"  # "serial_text"


def _partial_cell(src: Desk, ts: pd.Timestamp, quarter: bool) -> str:
    """Write a month- or quarter-only date in the desk's style."""
    style = src.quarter if quarter else src.month
    q = (ts.month - 1) // 3 + 1
    if style == "fr_month":
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
    if style == "es_month":
        return f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
    if style == "ym":
        return ts.strftime("%Y-%m")
    if style == "mm_yyyy":
        return ts.strftime("%m/%Y")
    if style == "T":
        return f"T{q} {ts.year}"
    if style == "Q":
        return f"Q{q} {ts.year}"
    return f"{q}T {ts.year}"  # "nT", the Spanish "2T 2023"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, compiled: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected day, precision, tag) of the event date."""
    share = src.partial[1] if compiled else src.partial[0]
    if partial_ok and (src.month or src.quarter) and rng.random() < share:
        quarter = src.quarter is not None and (src.month is None or rng.random() < 0.4)
        if quarter:
            start = ts.to_period("Q").start_time
            return _partial_cell(src, ts, True), start, "quarter", "partial_quarter"
        start = ts.to_period("M").start_time
        return _partial_cell(src, ts, False), start, "month", "partial_month"
    cell, tag = _day_cell(src, ts, _pick(rng, src.days), rng)
    return cell, ts.normalize(), "day", tag


def _count(src: Desk, value: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons as the desk does; return (cell, tag or None)."""
    if src.format != "csv":
        return value, None
    if value >= 1000 and "thousands" in src.na and rng.random() < 0.8:
        sep = src.na["thousands"][0]
        return f"{value:,}".replace(",", sep), "thousands_sep"
    if 2 <= value <= 10 and rng.random() < src.rates.get("count_word", 0.0):
        return _NUMBER_WORDS[value], "count_word"
    if rng.random() < src.rates.get("count_unit", 0.0):
        return f"{value} pers.", "count_unit"
    return str(value), None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write degrees, minutes and seconds (Google Maps style); return (text, value read)."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{pos if sign > 0 else neg}"
    return text, round(sign * (deg + minutes / 60 + sec10 / 36000), 6)


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, compiled: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place of detection; return (cells, expected lat, expected lon, tag)."""
    missing = src.rates["coords_missing_compiled" if compiled else "coords_missing"]
    if rng.random() < missing:
        return {}, None, None, "coords_missing"
    special = rng.random() < src.rates.get("coords_special", 0.0)
    if src.coords == "fr_split":
        la, lo = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{lo:.4f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src.coords == "num_split":
        la, lo = round(lat, 6), round(lon, 6)
        if special and abs(lo) > 90:  # typed into each other's column: plainly swapped
            return {"lat": lo, "lon": la}, la, lo, "coords_swapped"
        return {"lat": la, "lon": lo}, la, lo, None
    if src.coords == "hemi":
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{abs(la):.4f} {'N' if la >= 0 else 'S'}, {abs(lo):.4f} {'E' if lo >= 0 else 'W'}"
        return {"coordinates": text}, la, lo, "coords_hemisphere"
    if src.coords == "pair_dms" and special:
        lat_text, la = _dms(lat, "N", "S")
        lon_text, lo = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_text} {lon_text}"}, la, lo, "coords_dms"
    if src.coords == "pair" and special:  # the case tool's default point, not a place
        return {"coordinates": "0.00000, 0.00000"}, None, None, "coords_placeholder"
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None


def _countries_joined(src: Desk, codes: str, rng: _Rng, compiled: bool) -> tuple[str, list[str]]:
    parts, tags = [], []
    for iso in codes.split("|"):
        cell, tag = _country(src, iso, rng, src.compiled_styles if compiled else src.styles)
        parts.append(cell)
        if tag:
            tags.append(tag)
    return src.transit_sep.join(parts), tags


def render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does.

    Parameters
    ----------
    src : Desk
        The desk.
    ev : dict
        The true event (``event_date`` a Timestamp, missing values None).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-cell place).
    expected : dict
        The values a careful analyst reads from the cells.
    tags : list of str
        Messiness tags of the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 12, "n_suspects": 0, "gender": "male",
    ...       "age_group": "adult", "nationality": "AFG", "origin_country": "AFG",
    ...       "destination_country": "GBR", "detection_country": "FRA",
    ...       "transit_countries": "DEU|FRA", "transport_mode": "land",
    ...       "lat": 50.95123, "lon": 1.85234, "linked_offences": None}
    >>> cells, exp, tags = render(DESKS[0], ev, np.random.default_rng(1), partial_ok=False,
    ...                           forced_blank="n_suspects")
    >>> exp["crime_type"], exp["n_persons"], exp["n_suspects"], exp["transit_countries"]
    ('smuggling', 12, None, 'DEU|FRA')
    >>> "blank_n_suspects" in tags
    True
    """
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    detection = str(ev["detection_country"])
    compiled = detection != src.home
    r = src.rates
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str | None) -> None:
        if name:
            tags.extend(t for t in name.split(";") if t)

    # Date
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok, compiled=compiled
    )
    tag(t)

    # Crime and exploitation (always stated by these desks)
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    exp["exploitation"] = expl
    if expl is None:
        if rng.random() < r["exploitation_na"]:
            cells["exploitation"] = choice(rng, src.na["exploitation"])
            tag("exploitation_na")
    else:
        word = _word(rng, src.words["exploitation"][str(expl)])
        garbled = mojibake(word) if rng.random() < r.get("mojibake", 0.0) / 2 else None
        if garbled is not None and fits(garbled, src):
            word = garbled
            tag("mojibake")
        cells["exploitation"] = word

    # Persons
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < r["count_placeholder"]:
        cells["n_persons"] = choice(rng, src.na["count"])
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, persons, rng)
        exp["n_persons"] = persons
        tag(t)

    # Suspects
    suspects = ev["n_suspects"]
    if forced_blank == "n_suspects" or suspects is None:
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif rng.random() < r["suspects_placeholder"]:
        cells["n_suspects"] = choice(rng, src.na["suspects"])
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    else:
        n_sus = int(suspects)  # type: ignore[call-overload]
        exp["n_suspects"] = n_sus
        if n_sus == 0 and "zero" in src.na and rng.random() < r["zero_word"]:
            cells["n_suspects"] = choice(rng, src.na["zero"])
            tag("zero_word")
        else:
            cells["n_suspects"] = n_sus if src.format != "csv" else str(n_sus)

    # Gender and age
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < r["unknown_gender"]:
        if forced_blank != "gender":
            cells["gender"] = choice(rng, src.na["gender"])
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _word(rng, src.words["gender"][gender])
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < r["na_age"]:
        cells["age_group"] = choice(rng, src.na["age_group"])
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        cells["age_group"] = _word(rng, src.words["age_group"][age])
        exp["age_group"] = age

    # Countries
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        exp["nationality"] = None
        tag("blank_nationality")
    elif rng.random() < r["unknown_nationality"]:
        cells["nationality"] = choice(rng, src.na["nationality"])
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _nationality(src, str(nat), gender, rng, compiled)
        exp["nationality"] = nat
        tag(t)
    styles = src.compiled_styles if compiled else src.styles
    for col in ("origin_country", "destination_country"):
        cells[col], t = _country(src, str(ev[col]), rng, styles)
        exp[col] = ev[col]
        tag(t)
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _country(src, detection, rng, styles)
        exp["detection_country"] = detection
        tag(t)
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if "direct" in src.na and rng.random() < r["direct_word"]:
            cells["transit_countries"] = choice(rng, src.na["direct"])
            tag("transit_direct_word")
    else:
        cells["transit_countries"], more = _countries_joined(src, str(transit), rng, compiled)
        tags.extend(more)
        if "|" in str(transit):
            tag("transit_list")

    # Transport
    mode = str(ev["transport_mode"])
    if rng.random() < r["na_transport"]:
        cells["transport_mode"] = choice(rng, src.na["transport_mode"])
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = _word(rng, src.words["transport_mode"][mode])
        exp["transport_mode"] = mode

    # Place
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            compiled,
        )
        cells.update(place)
        tag(t)

    # Linked offences
    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        if "no_offence" in src.na and rng.random() < r["none_word"]:
            cells["linked_offences"] = choice(rng, src.na["no_offence"])
            tag("none_word")
    else:
        words = [_word(rng, src.words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    return cells, exp, tags


def bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine as the desk would have slipped.

    Parameters
    ----------
    src : Desk
        The desk.
    ts : Timestamp
        The true date.
    kind : str
        ``"no_date"`` (left blank), ``"bad_date"`` (a day that does not exist) or
        ``"future_date"`` (the year's middle digits swapped: 2203 for 2023).
    rng : numpy.random.Generator
        Unused; kept for the shared signature.

    Returns
    -------
    object
        The cell.

    Examples
    --------
    >>> bad_date(DESKS[0], pd.Timestamp("2023-05-17"), "future_date", np.random.default_rng())
    '17/05/2203'
    """
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return src.bad_date_text.format(y=ts.year)
    digits = str(ts.year)
    year = digits[0] + digits[2] + digits[1] + digits[3]  # 2023 typed 2203
    if any(s.startswith("iso") for s, _ in src.days):
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date written on the desk's note row: the day of its extraction, after its last row.

    Parameters
    ----------
    src : Desk
        The desk.
    last : Timestamp
        Date of the desk's last row.

    Returns
    -------
    object
        The cell (a ``datetime`` in an Excel workbook).

    Examples
    --------
    >>> note_date(DESKS[0], pd.Timestamp("2023-12-29"))
    '02/01/2024'
    """
    day = last.normalize() + pd.Timedelta(days=4)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if any(s.startswith("iso") for s, _ in src.days):
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_HEINEKEN_FR = Desk(
    source="heineken_fr_surete",
    filename="heineken_fr_surete_po.csv",
    ref="HF-SUR-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date constat",
        "detection_country": "Pays du constat",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination visée",
        "transport_mode": "Moyen de transport",
        "n_suspects": "Nb mis en cause",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction main courante sûreté – données provisoires, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "cf. PV"),
    repeats=False,
    home="FRA",
    days=(("dmy", 0.8), ("dmy_time", 0.2)),
    month="fr_month",
    quarter="T",
    partial=(0.04, 0.0),
    styles=(
        ("name", 0.68),
        ("upper", 0.08),
        ("noaccent", 0.05),
        ("alias", 0.08),
        ("iso2", 0.03),
        ("typo", 0.02),
        ("mojibake", 0.06),
    ),
    compiled_styles=(("name", 0.8), ("upper", 0.1), ("alias", 0.1)),
    demonym="gender",
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "AEI",
                "Passage clandestin (filière)",
                "trafic de migrants",
            ),
            "trafficking": ("Traite des êtres humains", "TEH", "traite"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et passage clandestin"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femmes", "féminin"),
            "male": ("H", "hommes", "masculin"),
            "mixed": ("H/F", "mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte", "familles"),
        },
        "transport_mode": {
            "land": ("poids lourd", "PL (remorque)", "camion", "fourgon"),
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "air": ("avion", "aérien"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    na={
        "exploitation": ("sans objet", "-"),
        "count": ("n.c.", "inconnu"),
        "suspects": ("?", "n.c."),
        "zero": ("aucun", "néant"),
        "gender": ("non déterminé", "n.c."),
        "age_group": ("n.c.", "non renseigné"),
        "nationality": ("inconnue", "n.c."),
        "transport_mode": ("n.c.",),
        "no_offence": ("néant",),
    },
    rates={
        "exploitation_na": 0.5,
        "count_placeholder": 0.02,
        "count_unit": 0.04,
        "suspects_placeholder": 0.03,
        "zero_word": 0.35,
        "unknown_gender": 0.02,
        "na_age": 0.03,
        "unknown_nationality": 0.02,
        "demonym": 0.5,
        "na_transport": 0.02,
        "coords_missing": 0.08,
        "coords_missing_compiled": 0.15,
        "none_word": 0.3,
        "direct_word": 0.0,
        "mojibake": 0.06,
    },
    coords="fr_split",
    transit_sep=" / ",
    offence_sep=", ",
    bad_date_text="30/02/{y}",
)

_DIAGEO = Desk(
    source="diageo_global_security",
    filename="diageo_global_security_po.jsonl",
    ref="DGS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "detection_country": "incident_country",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "transport_mode": "conveyance",
        "coordinates": "gps_location",
        "linked_offences": "related_crime_types",
    },
    note=None,
    total="Grand total",
    bad_count=("several", "multiple", "a few"),
    repeats=True,
    home="GBR",
    days=(("iso_time", 0.7), ("iso", 0.3)),
    month="ym",
    quarter="Q",
    partial=(0.0, 0.12),
    styles=(("name", 0.75), ("alias", 0.12), ("iso3", 0.08), ("typo", 0.03), ("upper", 0.02)),
    compiled_styles=(("iso3", 0.55), ("name", 0.35), ("alias", 0.07), ("typo", 0.03)),
    demonym="en",
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
            "smuggling": ("People smuggling", "Facilitation of illegal entry", "Migrant smuggling"),
            "both": ("Smuggling & modern slavery", "Trafficking + smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Minor", "Child", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "land": ("Lorry/HGV", "HGV", "Van", "On foot"),
            "sea": ("Small boat", "Boat", "RHIB"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery/corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cyber-enabled crime",),
            "terrorism": ("Terrorism",),
        },
    },
    na={
        "exploitation": ("N/A",),
        "count": ("unknown", "not known"),
        "suspects": ("unknown",),
        "gender": ("Not known",),
        "age_group": ("Not recorded",),
        "nationality": ("Unknown",),
        "transport_mode": ("Not recorded",),
        "direct": ("Direct",),
    },
    rates={
        "exploitation_na": 0.5,
        "count_placeholder": 0.02,
        "suspects_placeholder": 0.03,
        "zero_word": 0.0,
        "unknown_gender": 0.02,
        "na_age": 0.03,
        "unknown_nationality": 0.02,
        "demonym": 0.3,
        "na_transport": 0.02,
        "coords_missing": 0.05,
        "coords_missing_compiled": 0.35,
        "coords_special": 0.01,
        "none_word": 0.0,
        "direct_word": 0.4,
    },
    coords="pair",
    transit_sep=" > ",
    offence_sep="; ",
    bad_date_text="{y}-02-30",
)

_MAHOU = Desk(
    source="mahou_sanmiguel_cumplimiento",
    filename="mahou_sanmiguel_cumplimiento_po.csv",
    ref="MSM-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha hechos",
        "crime_type": "Tipificación",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio empleado",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validación por Cumplimiento",
    total="TOTAL",
    bad_count=("varios", "un grupo", "decenas"),
    repeats=True,
    home="ESP",
    days=(("dmy", 1.0),),
    month="es_month",
    quarter="nT",
    partial=(0.03, 0.0),
    styles=(
        ("name", 0.68),
        ("upper", 0.09),
        ("noaccent", 0.08),
        ("alias", 0.07),
        ("iso2", 0.04),
        ("typo", 0.04),
    ),
    compiled_styles=(("name", 0.9), ("upper", 0.1)),
    demonym="gender",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Art. 177 bis CP"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
                "Art. 318 bis CP",
            ),
            "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("Mujer", "M", "mujeres"),
            "male": ("Hombre", "H", "varones"),
            "mixed": ("Ambos sexos", "H/M", "mixto"),
        },
        "age_group": {
            "child": ("menores", "MENA", "menor de edad"),
            "adult": ("mayores de edad", "adultos"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("camión", "oculto en camión", "a pie", "furgoneta"),
            "air": ("avión", "vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    na={
        "exploitation": ("no aplica",),
        "count": ("s/d", "sin determinar"),
        "suspects": ("s/d",),
        "zero": ("ninguno",),
        "gender": ("sin determinar",),
        "age_group": ("sin determinar",),
        "nationality": ("desconocida",),
        "transport_mode": ("sin determinar",),
        "direct": ("directo",),
        "thousands": (".",),
    },
    rates={
        "exploitation_na": 0.4,
        "count_placeholder": 0.02,
        "count_word": 0.08,
        "suspects_placeholder": 0.03,
        "zero_word": 0.3,
        "unknown_gender": 0.02,
        "na_age": 0.03,
        "unknown_nationality": 0.02,
        "demonym": 0.4,
        "na_transport": 0.02,
        "coords_missing": 0.1,
        "coords_missing_compiled": 0.2,
        "coords_special": 0.12,
        "none_word": 0.0,
        "direct_word": 0.3,
    },
    coords="pair_dms",
    transit_sep=", ",
    offence_sep=" + ",
    bad_date_text="31/04/{y}",
)

_MODELO = Desk(
    source="grupo_modelo_seguridad",
    filename="grupo_modelo_seguridad_po.xlsx",
    ref="GM-SEG-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País del hallazgo",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: cifras preliminares, sujetas a confirmación de la autoridad",
    total="Total general",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    home="USA",
    days=(("excel", 0.85), ("dmy", 0.12), ("serial_int", 0.03)),
    month=None,
    quarter=None,
    partial=(0.0, 0.0),
    styles=(("name", 0.7), ("upper", 0.1), ("alias", 0.12), ("noaccent", 0.05), ("typo", 0.03)),
    compiled_styles=(("name", 0.8), ("upper", 0.1), ("alias", 0.1)),
    demonym="fem",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": (
                "Tráfico de personas",
                "Tráfico de indocumentados",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Mujeres", "Femenino"),
            "male": ("Hombres", "Masculino"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menores", "NNA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Tractocamión", "Caja seca", "Tráiler", "Vehículo particular", "A pie"),
            "sea": ("Embarcación",),
            "air": ("Aérea",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("narcóticos", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    na={
        "exploitation": ("N/A",),
        "count": ("N/D",),
        "suspects": ("N/D",),
        "zero": ("Ninguno",),
        "gender": ("N/D",),
        "age_group": ("N/D",),
        "nationality": ("N/D",),
        "transport_mode": ("N/D",),
    },
    rates={
        "exploitation_na": 0.3,
        "count_placeholder": 0.02,
        "suspects_placeholder": 0.03,
        "zero_word": 0.15,
        "unknown_gender": 0.02,
        "na_age": 0.03,
        "unknown_nationality": 0.02,
        "demonym": 0.6,
        "na_transport": 0.02,
        "coords_missing": 0.03,
        "coords_missing_compiled": 0.1,
        "coords_special": 0.03,
        "none_word": 0.0,
        "direct_word": 0.0,
    },
    coords="num_split",
    transit_sep=" - ",
    offence_sep=", ",
    bad_date_text="31/06/{y}",
)

_CERVECERIA_NACIONAL = Desk(
    source="cerveceria_nacional_pa",
    filename="cerveceria_nacional_pa_po.csv",
    ref="CN-SEG-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha",
        "detection_country": "País de detección",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta de tránsito",
        "destination_country": "Destino final",
        "transport_mode": "Medio",
        "coordinates": "Ubicación GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información suministrada por SENAFRONT y SNM, sujeta a verificación",
    total="Total",
    bad_count=("varios", "grupo"),
    repeats=False,
    home="PAN",
    days=(("dmy", 0.82), ("serial_text", 0.18)),
    month="mm_yyyy",
    quarter=None,
    partial=(0.03, 0.0),
    styles=(
        ("name", 0.6),
        ("iso2", 0.15),
        ("upper", 0.1),
        ("noaccent", 0.06),
        ("alias", 0.06),
        ("typo", 0.03),
    ),
    compiled_styles=(("name", 0.8), ("iso2", 0.2)),
    demonym="gender",
    words={
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("F", "Femenino"),
            "male": ("M", "Masculino"),
            "mixed": ("M/F", "Mixto"),
        },
        "age_group": {
            "child": ("Menor", "NNA"),
            "adult": ("Adulto",),
            "mixed": ("Mixto", "Adultos y NNA"),
        },
        "transport_mode": {
            "land": ("A pie", "Terrestre", "Bus", "Caminando"),
            "sea": ("Lancha", "Piragua"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "illicit_goods": ("Drogas", "Contrabando"),
            "document_fraud": ("Documentos falsos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    na={
        "exploitation": ("N/A",),
        "count": ("S/D",),
        "suspects": ("S/D",),
        "zero": ("ninguno",),
        "gender": ("S/D",),
        "age_group": ("S/D",),
        "nationality": ("S/D",),
        "transport_mode": ("S/D",),
        "thousands": (",",),
    },
    rates={
        "exploitation_na": 0.2,
        "count_placeholder": 0.02,
        "suspects_placeholder": 0.03,
        "zero_word": 0.2,
        "unknown_gender": 0.02,
        "na_age": 0.03,
        "unknown_nationality": 0.02,
        "demonym": 0.4,
        "na_transport": 0.02,
        "coords_missing": 0.06,
        "coords_missing_compiled": 0.1,
        "none_word": 0.0,
        "direct_word": 0.0,
    },
    coords="hemi",
    transit_sep=" - ",
    offence_sep=" / ",
    bad_date_text="30/02/{y}",
)

#: The five desks, in the order of the submissions.
DESKS: tuple[Desk, ...] = (
    _HEINEKEN_FR,
    _DIAGEO,
    _MAHOU,
    _MODELO,
    _CERVECERIA_NACIONAL,
)

#: The variant: who first reports the events of each detection country, who compiles
#: the rest (Diageo's digest of its Italian, Greek, Croatian and Polish markets) and who
#: may report an event a second time.
BLIND429: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary={
        "FRA": _HEINEKEN_FR.source,
        "GBR": _DIAGEO.source,
        "ESP": _MAHOU.source,
        "USA": _MODELO.source,
        "PAN": _CERVECERIA_NACIONAL.source,
    },
    compilation=_DIAGEO.source,
    secondary={
        ("channel", "FRA"): _DIAGEO.source,  # UK-bound lorries searched at Calais
        ("channel", "GBR"): _HEINEKEN_FR.source,  # its trailers opened at Dover
        ("thb_rou_esp", "ESP"): _DIAGEO.source,  # the digest relays Spanish labour cases
        ("darien", "PAN"): _MODELO.source,  # the group's Middle-Americas desk
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=429,
    blank_share=0.5,
)


def make_blind429(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five drinks-industry desks of set ``blind429``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``heineken_fr_surete_po.csv``, ``diageo_global_security_po.jsonl``,
        ``mahou_sanmiguel_cumplimiento_po.csv``, ``grupo_modelo_seguridad_po.xlsx`` and
        ``cerveceria_nacional_pa_po.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind429(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['heineken_fr_surete_po.csv', 'diageo_global_security_po.jsonl',
     'mahou_sanmiguel_cumplimiento_po.csv', 'grupo_modelo_seguridad_po.xlsx',
     'cerveceria_nacional_pa_po.csv']
    >>> [(s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('cp1252', ';'), ('utf-8', None), ('utf-16', '\t'), ('utf-8', None),
     ('utf-8', ',')]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND429, truth, seed=seed)
