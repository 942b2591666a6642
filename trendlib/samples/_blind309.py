"""Examiner variant ``blind309``: five night-time economy regulators (files ``*_ky.*``).

Licensing and nightlife bodies that find trafficked hostesses and smuggled bar staff
while they inspect venues, each writing its export its own way:

``national_pubwatch_ky.csv``
    National Pubwatch (UK), incidents logged by the local schemes in their incident
    app and exported as CSV: English, UTF-8 with BOM, ``,``; day-first dates, often
    with the time of the night; demonyms for nationality; ``England``/``Scotland``
    for the country; ``China > Russia > ...`` routes; a ``lat, long`` pair.
``tabc_htu_ky.xlsx``
    Texas Alcoholic Beverage Commission, Human Trafficking Unit: an SSRS report saved
    to Excel. English, upper-case country names, Texas Penal Code wording
    ("Smuggling of Persons"), ``Juvenile``, real Excel dates and a few typed
    month-first dates, numeric coordinates.
``efus_nightlife_ky.jsonl``
    European Forum for Urban Security, night-life safety network: what member cities
    enter on its platform. French keys and values, ISO alpha-2 codes or French names,
    some mojibake pasted from member spreadsheets, ISO dates and month or quarter
    periods (``2023-05``, ``T2 2023``), WKT points (``POINT(lon lat)``).
``ceuta_espectaculos_ky.csv``
    Ciudad Autonoma de Ceuta, Servicio de Espectaculos Publicos (inspection reports):
    Spanish, cp1252, ``;``, CRLF; day-first dates, Criminal Code articles, demonyms
    agreeing with the victims' sex, ``1.250`` counts, decimal-comma coordinates.
``chepigana_licencias_ky.xlsx``
    Municipio de Chepigana (Darien, Panama), liquor licences section: Spanish, a
    clerk's workbook; upper-case names without accents, ``NNA`` for minors,
    ``EE.UU.``, Excel dates, serial numbers and typed dates, GPS degrees-minutes-
    seconds with ``O`` (oeste) for west.

Each event is first reported by the regulator of its detection country (European
countries without one of these regulators by the Efus network, which also re-reports
some British and Spanish cases).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND309_SOURCES", "make_blind309"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]

# iso3 -> (English, French, Spanish) names
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
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}

# iso3 -> (English, French, Spanish) demonyms of the nationalities the events hold
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afgano"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chino"),
    "CIV": ("Ivorian", "ivoirien", "marfileño"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MLI": ("Malian", "malien", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigeriano"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "TUR": ("Turkish", "turc", "turco"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

# language -> iso3 -> other names in common use
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "CIV": ("Cote d'Ivoire",),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
        "BIH": ("Bosnie",),
        "MKD": ("Macédoine",),
        "RUS": ("Fédération de Russie",),
        "ERI": ("Erythrée",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "VNM": ("Viet Nam",),
        "RUS": ("Federación de Rusia",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
    },
}

# language -> iso3 -> a slip of the keyboard a reader still recognises
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "ALB": "Albnia",
        "SYR": "Syira",
        "FRA": "Frnace",
        "DEU": "Germnay",
        "POL": "Polnad",
    },
    "es": {
        "MAR": "Marrueco",
        "GIN": "Guniea",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "COL": "Colonbia",
        "MRT": "Mauritana",
        "SEN": "Senegall",
        "DZA": "Algeria",
    },
    "fr": {"AFG": "Afghanistant", "SYR": "Syrei", "ITA": "Itallie"},
}

_MONTHS_EN = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
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
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class _Agency(ExaminerSource):
    """An :class:`ExaminerSource` with the agency's own words and writing habits.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : dict
        Canonical word -> the agency's words (first one the usual).
    no_exploitation : str or None
        What the agency writes as exploitation on a pure smuggling row.
    unknown : tuple of str
        What it writes for "not known" (age group, transport mode).
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero : tuple of str
        Words it writes for no suspects (empty: it writes ``0``).
    country_style : dict
        Style -> weight for origin, destination and transit countries.
    nationality_style : dict
        Style -> weight for the nationality.
    detection_style : dict
        Style -> weight for the detection country.
    dates : dict
        Date style -> weight; styles ``month``/``quarter``/``month_name`` are partial.
    transit_sep, offence_sep : str
        Separators of transit countries and of linked offences.
    case_rate : float
        Share of rows where one text cell is written in other case or spacing.
    """

    crime: _Words
    exploitation: _Words
    no_exploitation: str | None
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    country_style: dict[str, float]
    nationality_style: dict[str, float]
    detection_style: dict[str, float]
    dates: dict[str, float]
    transit_sep: str
    offence_sep: str
    case_rate: float


_LANG = {"en": 0, "fr": 1, "es": 2}


def _weighted(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Pick the usual word 65 % of the time, another form otherwise."""
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUÑaeiouuñ")
    return text.translate(table)


def _feminine_es(word: str) -> str:
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith("és"):
        return word[:-2] + "esa"
    return word


def country_cell(iso3: str, lang: str, style: str, *, female: bool = False) -> tuple[str, str]:
    """Write one country as an agency does; return (cell, tag).

    Parameters
    ----------
    iso3 : str
        ISO alpha-3 code of the country.
    lang : str
        Language of the agency (``"en"``, ``"fr"``, ``"es"``).
    style : str
        ``name``, ``upper``, ``upper_plain`` (upper case, no accents), ``lower``,
        ``iso2``, ``iso3``, ``alias``, ``typo``, ``mojibake`` or ``demonym``; a style
        the country has no form for falls back to its name.
    female : bool, default=False
        Write a Spanish demonym in the feminine.

    Returns
    -------
    tuple of str
        The cell and the messiness tag (``""`` for the plain name).

    Examples
    --------
    >>> country_cell("SEN", "es", "demonym", female=True)
    ('senegalesa', 'demonym')
    >>> country_cell("GRC", "fr", "mojibake")
    ('GrÃ¨ce', 'mojibake')
    >>> country_cell("PAN", "es", "upper_plain")
    ('PANAMA', 'case')
    """
    name = _NAMES[iso3][_LANG[lang]]
    if style == "upper":
        return name.upper(), "case"
    if style == "upper_plain":
        return _strip_accents(name).upper(), "case"
    if style == "lower":
        return name.lower(), "case"
    if style == "iso2":
        return iso_codes(iso3)[0], "iso2"
    if style == "iso3":
        return iso3, "iso3"
    if style == "alias" and iso3 in _ALIASES[lang]:
        return _ALIASES[lang][iso3][0], "alias"
    if style == "typo" and iso3 in _TYPOS[lang]:
        return _TYPOS[lang][iso3], "typo"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, "mojibake"
    if style == "demonym" and iso3 in _DEMONYMS:
        word = _DEMONYMS[iso3][_LANG[lang]]
        if lang == "es" and female:
            word = _feminine_es(word)
        return word, "demonym"
    return name, ""


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_PARTIAL = {"month": "month", "month_name": "month", "quarter": "quarter"}


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_time":  # night-time incidents, logged before midnight
        return (
            ts.strftime("%d/%m/%Y")
            + f" {int(rng.integers(20, 24)):02d}:{int(rng.integers(60)):02d}"
        )
    if style == "d_mon_y":
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "d_mes_y":
        return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1]}-{ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "mdy":
        return f"{ts.month}/{ts.day}/{ts.year}"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "month":
        return ts.strftime("%Y-%m")
    if style == "month_name":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "quarter":
        return f"T{ts.quarter} {ts.year}"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - fixed tables


def _bad_date(src: _Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine, as the agency mistypes it."""
    if kind == "no_date":
        return None if src.format != "csv" else ""
    if kind == "future_date":  # the decade mistyped: 2023 -> 2033
        later = ts.replace(year=ts.year + 10)
        if src.source in ("tabc_htu", "chepigana_licencias"):
            return later.to_pydatetime()
        return later.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")
    day = choice(rng, ("30", "31"))
    if src.source == "tabc_htu":
        return f"2/{day}/{ts.year}"
    if src.source == "efus_nightlife":
        return f"{ts.year}-02-{day}"
    if src.source == "chepigana_licencias":
        return f"31/{choice(rng, ('04', '06', '09', '11'))}/{ts.year}"
    return f"{day}/02/{ts.year}"


def _note_date(src: _Agency, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day of the extract)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _dms_value(value: float) -> float:
    sign = 1.0 if value >= 0 else -1.0
    total = round(abs(value) * 36000)
    return sign * total / 36000


def _coordinates(src: _Agency, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Cells of the location and the point a reader takes from them."""
    if src.source == "national_pubwatch":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src.source == "tabc_htu":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
    if src.source == "efus_nightlife":
        return {"coordinates": f"POINT({lon:.5f} {lat:.5f})"}, round(lat, 5), round(lon, 5)
    if src.source == "ceuta_espectaculos":
        cells: dict[str, object] = {
            "lat": f"{lat:.4f}".replace(".", ","),
            "lon": f"{lon:.4f}".replace(".", ","),
        }
        return cells, round(lat, 4), round(lon, 4)
    text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"
    return {"coordinates": text}, _dms_value(lat), _dms_value(lon)


def _detection(src: _Agency, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    iso = str(ev["detection_country"])
    if src.source == "national_pubwatch" and iso == "GBR":
        hotspot = str(ev.get("hotspot") or "")
        if rng.random() < 0.75:
            return ("Scotland" if hotspot == "Glasgow" else "England"), "uk_nation"
        return choice(rng, ("UK", "GB")), "alias"
    style = _weighted(rng, src.detection_style)
    return country_cell(iso, src.language, style)


# --------------------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------------------
def _count_cell(src: _Agency, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count as the agency does; return (cell, tag)."""
    if src.format != "csv":
        return n, ""
    if n >= 1000:
        sep = "." if src.language == "es" else ","
        return f"{n // 1000}{sep}{n % 1000:03d}", "thousands"
    if src.source == "national_pubwatch" and n <= 10 and rng.random() < 0.08:
        return _NUMBER_WORDS[n - 1], "count_word"
    return str(n), ""


def _transport(src: _Agency, ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    hotspot = str(ev.get("hotspot") or "")
    corridor = str(ev.get("corridor") or "")
    if src.source == "ceuta_espectaculos":
        if mode == "sea" and corridor == "watl":
            return choice(rng, ("Cayuco", "Cayuco", "Embarcación"))
        if mode == "land" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
            return "Salto de valla"
    if src.source == "national_pubwatch" and mode == "sea" and corridor == "channel":
        return choice(rng, ("Small boat", "Small boat", "Dinghy"))
    return _word(rng, src.transport[mode])


def _render(
    src: _Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    tags: list[str] = []
    blank: object = None if src.format != "csv" else ""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    style = _weighted(rng, src.dates)
    while style in _PARTIAL and not partial_ok:
        style = _weighted(rng, src.dates)
    cells["event_date"] = _date_cell(style, ts, rng)
    precision = _PARTIAL.get(style, "day")
    if precision == "month":
        exp["event_date"] = ts.to_period("M").start_time
        tags.append("month_only")
    elif precision == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
        tags.append("quarter_only")
    else:
        exp["event_date"] = ts.normalize()
    exp["date_precision"] = precision
    tags.append(f"date_{style}")

    # what kind of case
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.no_exploitation if src.no_exploitation is not None else blank
    else:
        cells["exploitation"] = _word(rng, src.exploitation[str(expl)])
    exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.count_unknown) if src.count_unknown else blank
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count_cell(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = blank
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03 and src.count_unknown:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    # who
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = blank
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, src.gender[gender])
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, src.unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, src.age[age])
        exp["age_group"] = age
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = blank
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        text, tag = country_cell(
            nat,
            src.language,
            _weighted(rng, src.nationality_style),
            female=gender == "female",
        )
        cells["nationality"] = text
        exp["nationality"] = nat
        if tag:
            tags.append(f"nationality_{tag}")

    # where from, where to, where found
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        text, tag = country_cell(iso, src.language, _weighted(rng, src.country_style))
        cells[col] = text
        exp[col] = iso
        if tag:
            tags.append(f"{col}_{tag}")
    if forced_blank == "detection_country":
        cells["detection_country"] = blank
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        text, tag = _detection(src, ev, rng)
        cells["detection_country"] = text
        exp["detection_country"] = ev["detection_country"]
        if tag:
            tags.append(f"detection_{tag}")
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = blank
    else:
        style = _weighted(rng, src.country_style)
        parts = [country_cell(c, src.language, style)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        if "|" in str(transit):
            tags.append("transit_list")
    exp["transit_countries"] = transit

    # how
    if rng.random() < 0.01:
        cells["transport_mode"] = choice(rng, src.unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _transport(src, ev, rng)
        exp["transport_mode"] = ev["transport_mode"]

    # where exactly
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    elif rng.random() < 0.05:
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    else:
        place, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
        )
        cells.update(place)
    for key in ("coordinates", "lat", "lon"):
        if key in src.headers and key not in cells:
            cells[key] = blank

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = blank
    else:
        words = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        if len(words) > 1:
            tags.append("offence_list")
    exp["linked_offences"] = offences

    # a clerk's case or spacing
    if rng.random() < src.case_rate:
        col = choice(rng, ("crime_type", "gender", "origin_country", "transport_mode"))
        value = cells.get(col)
        if isinstance(value, str) and value:
            how = int(rng.integers(3))
            cells[col] = value.upper() if how == 0 else value.lower() if how == 1 else f" {value}  "
            tags.append("case_spacing")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_PUBWATCH = _Agency(
    source="national_pubwatch",
    filename="national_pubwatch_ky.csv",
    ref="PW/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No",
        "event_date": "Date & Time",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination",
        "detection_country": "Nation",
        "transit_countries": "Route (via)",
        "transport_mode": "How Arrived",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other Offences",
    },
    note="Figures provisional - extracted from DISC, not for onward disclosure",
    total="TOTAL",
    bad_count=("several", "a few", "lots"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery / human trafficking", "MSHT", "Human trafficking"),
        "smuggling": (
            "People smuggling",
            "Facilitation (illegal entry)",
            "Immigration offence - facilitation",
        ),
        "both": ("MSHT & facilitation", "Trafficking + smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=None,
    gender={
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "Minor", "Child"),
        "adult": ("Adult", "18+", "Adults"),
        "mixed": ("Mixed ages", "Adults & minors"),
    },
    transport={
        "sea": ("Boat", "Sea"),
        "land": ("Lorry", "HGV", "Vehicle", "On foot"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("n/k", "Not known"),
    count_unknown=("n/k", "not known"),
    zero=("none", "nil"),
    country_style={"name": 0.82, "alias": 0.06, "typo": 0.04, "upper": 0.04, "iso2": 0.04},
    nationality_style={"demonym": 0.85, "name": 0.1, "typo": 0.05},
    detection_style={"name": 0.8, "alias": 0.2},
    dates={"dmy_time": 0.55, "dmy": 0.3, "d_mon_y": 0.15},
    transit_sep=" > ",
    offence_sep="; ",
    case_rate=0.06,
)

_TABC = _Agency(
    source="tabc_htu",
    filename="tabc_htu_ky.xlsx",
    ref="{year}-{seq:05d}-HT",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Offense Date",
        "crime_type": "Offense",
        "exploitation": "Trafficking Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Destination Country",
        "detection_country": "Encounter Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Method of Entry",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note="Report generated from TABC case management - Human Trafficking Unit",
    total="Grand Total",
    bad_count=("MULTIPLE", "TBD"),
    repeats=False,
    crime={
        "trafficking": ("Human Trafficking", "Trafficking of Persons"),
        "smuggling": ("Smuggling of Persons", "Human Smuggling"),
        "both": ("Trafficking / Smuggling of Persons",),
    },
    exploitation={
        "sexual": ("Sex Trafficking", "Commercial Sexual Exploitation"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    no_exploitation="N/A",
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Male/Female", "Both"),
    },
    age={
        "child": ("Juvenile", "Minor"),
        "adult": ("Adult",),
        "mixed": ("Adult/Juvenile",),
    },
    transport={
        "land": ("Vehicle", "On Foot", "Tractor-Trailer"),
        "sea": ("Vessel",),
        "air": ("Commercial Flight",),
    },
    offences={
        "document_fraud": ("Fraudulent Documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("UNK",),
    count_unknown=("UNK",),
    zero=(),
    country_style={"upper": 0.8, "name": 0.1, "iso3": 0.1},
    nationality_style={"upper": 0.9, "name": 0.1},
    detection_style={"alias": 0.6, "upper": 0.4},
    dates={"excel": 0.85, "mdy": 0.15},
    transit_sep=", ",
    offence_sep=", ",
    case_rate=0.0,
)

_EFUS = _Agency(
    source="efus_nightlife",
    filename="efus_nightlife_ky.jsonl",
    ref="EF{yy:02d}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "ref",
        "event_date": "date_faits",
        "crime_type": "qualification",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_mis_en_cause",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_constat",
        "transit_countries": "pays_transit",
        "transport_mode": "mode_transport",
        "coordinates": "geom",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": ("trafic de migrants", "aide à l'entrée et au séjour irréguliers"),
        "both": ("traite et trafic de migrants", "TEH + trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=None,
    gender={
        "female": ("femmes", "F"),
        "male": ("hommes", "H"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "child": ("mineurs",),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("maritime", "embarcation", "small boat"),
        "land": ("terrestre", "routier", "à pied"),
        "air": ("aérien",),
    },
    offences={
        "document_fraud": ("fraude documentaire", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown=("non renseigné", "N/C"),
    count_unknown=(),
    zero=(),
    country_style={"name": 0.55, "iso2": 0.25, "mojibake": 0.1, "alias": 0.05, "typo": 0.05},
    nationality_style={"iso2": 0.45, "name": 0.3, "demonym": 0.15, "mojibake": 0.1},
    detection_style={"iso2": 0.6, "name": 0.3, "mojibake": 0.1},
    dates={"iso": 0.7, "month": 0.15, "month_name": 0.05, "quarter": 0.1},
    transit_sep=", ",
    offence_sep=", ",
    case_rate=0.0,
)

_CEUTA = _Agency(
    source="ceuta_espectaculos",
    filename="ceuta_espectaculos_ky.csv",
    ref="AI-{seq:04d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Acta",
        "event_date": "Fecha inspección",
        "crime_type": "Hechos",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País procedencia",
        "destination_country": "País destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de entrada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de resolución de los expedientes",
    total="TOTAL",
    bad_count=("varias", "numerosas"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)"),
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Alterne / prostitución"),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    no_exploitation=None,
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Varón"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menores", "Menor de edad"),
        "adult": ("Mayores de edad", "Adultos"),
        "mixed": ("Mayores y menores",),
    },
    transport={
        "sea": ("Patera", "Embarcación neumática"),
        "land": ("Vehículo", "A pie", "Oculto en vehículo"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("N/C", "s/d"),
    count_unknown=("s/d",),
    zero=("ninguno", "0 (ninguno)"),
    country_style={"name": 0.8, "upper": 0.1, "typo": 0.05, "alias": 0.05},
    nationality_style={"demonym": 0.7, "name": 0.25, "typo": 0.05},
    detection_style={"name": 0.7, "upper": 0.2, "iso2": 0.1},
    dates={"dmy": 0.8, "dmy2": 0.1, "d_mes_y": 0.1},
    transit_sep=" - ",
    offence_sep=", ",
    case_rate=0.06,
)

_CHEPIGANA = _Agency(
    source="chepigana_licencias",
    filename="chepigana_licencias_ky.xlsx",
    ref="MCH-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Informe",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "detection_country": "País",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="Total general",
    bad_count=("VARIOS", "GRUPO"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Sexual", "Explotación sexual"),
        "forced_labour": ("Laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    no_exploitation=None,
    gender={
        "female": ("F", "Femenino"),
        "male": ("M", "Masculino"),
        "mixed": ("Mixto", "F/M"),
    },
    age={
        "child": ("NNA", "Menores"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "land": ("A pie", "Terrestre"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Drogas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("N/D",),
    count_unknown=("N/D",),
    zero=("NINGUNO",),
    country_style={"upper_plain": 0.75, "name": 0.15, "alias": 0.1},
    nationality_style={"upper_plain": 0.6, "demonym": 0.3, "typo": 0.1},
    detection_style={"upper_plain": 0.7, "iso2": 0.2, "name": 0.1},
    dates={"excel": 0.7, "serial": 0.15, "dmy": 0.15},
    transit_sep=", ",
    offence_sep="; ",
    case_rate=0.0,
)

#: The variant's five agencies, in the order of :func:`make_blind309`'s output.
BLIND309_SOURCES: tuple[_Agency, ...] = (_PUBWATCH, _TABC, _EFUS, _CEUTA, _CHEPIGANA)

_EXAMINER: Examiner[_Agency] = Examiner(
    sources=BLIND309_SOURCES,
    primary={
        "GBR": "national_pubwatch",
        "USA": "tabc_htu",
        "ESP": "ceuta_espectaculos",
        "PAN": "chepigana_licencias",
    },
    compilation="efus_nightlife",
    secondary={
        ("channel", "FRA"): "national_pubwatch",
        ("channel", "GBR"): "efus_nightlife",
        ("thb_vnm_gbr", "GBR"): "efus_nightlife",
        ("watl", "ESP"): "efus_nightlife",
        ("wmed", "ESP"): "efus_nightlife",
        ("thb_rou_esp", "ESP"): "efus_nightlife",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=309_0309,
    blank_share=0.3,
)


def make_blind309(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five night-time economy regulators' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``national_pubwatch_ky.csv`` (English, UTF-8 with BOM, ``,``),
        ``tabc_htu_ky.xlsx`` (English), ``efus_nightlife_ky.jsonl`` (French),
        ``ceuta_espectaculos_ky.csv`` (Spanish, cp1252, ``;``) and
        ``chepigana_licencias_ky.xlsx`` (Spanish), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind309(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['national_pubwatch_ky.csv', 'tabc_htu_ky.xlsx', 'efus_nightlife_ky.jsonl',
     'ceuta_espectaculos_ky.csv', 'chepigana_licencias_ky.xlsx']
    >>> subs[3].frame.columns[:3].tolist()
    ['Nº Acta', 'Fecha inspección', 'Hechos']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
