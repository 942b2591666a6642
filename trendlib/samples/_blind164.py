"""Examiner sample set ``blind164`` (files ``*_fj.*``): child-protection sources.

Five agencies that meet migrant and trafficked children, each writing its export the way
its own tools and clerks do:

``fiscalia_menores_es_fj.xlsx``
    Spain, Fiscalía de Sala Coordinadora de Menores (juvenile prosecutors: age-assessment
    and protection proceedings for unaccompanied minors). Spanish, an Excel workbook from
    the case application: real Excel dates with a few typed as text, Criminal Code
    articles as crime type (``art. 177 bis`` trafficking, ``art. 318 bis`` smuggling),
    nationalities as Spanish demonyms (``marroquí``, ``senegalesa``), ``MENA`` and "age
    being assessed" in the age column, ``patera``/``cayuco``/``bajos de camión`` as
    means of arrival, ``contra la salud pública`` for drug offences. No coordinates.
``cd62_ase_mna_fj.csv``
    France, Conseil départemental du Pas-de-Calais, Aide sociale à l'enfance, cellule
    MNA (shelters for unaccompanied minors met around Calais and Dunkirk). French,
    cp1252, ``;``, CRLF; dates ``17/05/2023`` (a few ``17/05/23``, ``mai 2023`` or
    ``T2 2023``); feminine French demonyms (``afghane``); ``Angleterre`` for the United
    Kingdom; ``NC`` and ``aucun`` in the counts; ``minorité contestée`` as an unknown age.
``intersos_cp_fj.jsonl``
    Italy and Greece, INTERSOS child-protection teams (Lampedusa, Pozzallo, Crotone,
    Castel Volturno; INTERSOS Hellas on the islands and Evros), a KoboToolbox export as
    JSON lines: group-path keys (``incident/date_identification``), snake_case option
    names (``sexual_exploitation``, ``cote_d_ivoire``), select-multiple answers separated
    by spaces, ODK geopoints ``"lat lon alt accuracy"``, ISO dates and a few submission
    timestamps with their UTC offset, counts as JSON numbers.
``aldeas_sos_pa_fj.csv``
    Panama, Aldeas Infantiles SOS Panamá, child-friendly spaces at the Darién migrant
    reception stations. Spanish, UTF-8 with BOM, ``,``; dates ``17/05/2023`` and Excel's
    Spanish ``17-may-23``; ``NNA`` (niñas, niños y adolescentes) and ``grupo familiar``
    as age groups; feminine demonyms (``venezolana``); thousands written ``1,250``;
    small counts in words (``dos``); ``lat, lon`` pairs, some copied from a map in
    degrees-minutes-seconds; one field team's records imported twice through the wrong
    encoding (mojibake: ``PanamÃ¡``); some rows re-sent.
``child_helpline_intl_fj.csv``
    Child Helpline International, a compilation of cross-border cases from member
    helplines (Childline UK, 116 111 Poland, Hrabri telefon Croatia, Childhelp USA, and
    second reports from 119 France, Telefono Azzurro, ANAR, The Smile of the Child).
    English, UTF-16 with BOM, tab-delimited (Excel's "Unicode text"); ``17 May 2023``,
    ISO dates, ``May 2023`` and ``Q2 2023``; ``Girls``/``Boys``, ``Under 18``; ISO
    alpha-2 country codes beside names; ``Russia > Belarus`` transit chains.

Every row's expected values are what a careful analyst reads from its cells; a cell no
analyst could read (a placeholder, an age under assessment, a blank) expects nothing or
``unknown`` and its row says so in its messiness tags.
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind164"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (``crime_type``,
        ``exploitation``, ``gender``, ``age_group``, ``transport_mode``,
        ``linked_offences``). Gender may also have ``"<value>_child"`` and
        ``"<value>_one"`` entries (words for children, for one person); transport mode
        may have ``"<value>_<corridor>"`` entries.
    unknown : tuple of str
        Words for a value not known (countries, gender, exploitation).
    not_applicable : tuple of str
        Words written in the exploitation column of a pure smuggling row (expected NA).
    age_unknown : tuple of str
        Words of the age column that say the age is not established.
    mode_unknown : tuple of str
        Words of the transport column that say the means is not known.
    placeholder : tuple of str
        Count cells saying "not known" (the record is kept with no count).
    zero : tuple of str
        Words for "no suspect".
    dates : tuple of (str, float)
        Date styles and their weights; the first is the agency's usual style.
    nat_styles, country_styles, transit_styles : tuple of (str, float)
        How nationality, the other country cells and the transit list are written.
    transit_sep, offence_sep : tuple of str
        Separators of the transit list and of the linked offences.
    coords : str
        ``"none"``, ``"geopoint"`` (ODK), ``"pair"`` (one ``lat, lon`` cell) or
        ``"decimal"`` (two cells).
    case_rate : float
        Share of text cells with odd case or spacing.
    mojibake_rate : float
        Share of rows imported through the wrong encoding.
    """

    words: _Words
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    age_unknown: tuple[str, ...]
    mode_unknown: tuple[str, ...]
    placeholder: tuple[str, ...]
    zero: tuple[str, ...]
    dates: tuple[tuple[str, float], ...]
    nat_styles: tuple[tuple[str, float], ...]
    country_styles: tuple[tuple[str, float], ...]
    transit_styles: tuple[tuple[str, float], ...]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    coords: str
    case_rate: float
    mojibake_rate: float


# --------------------------------------------------------------------------------------
# Countries: names in English, French and Spanish, aliases, demonyms (feminine, agreeing
# with "nationalité" / "nacionalidad", as the French and Spanish forms write them).
# --------------------------------------------------------------------------------------
# iso3: (iso2, English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("AF", "Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("AL", "Albania", "Albanie", "Albania"),
    "AUT": ("AT", "Austria", "Autriche", "Austria"),
    "BGD": ("BD", "Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("BG", "Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("BA", "Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("BY", "Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("CN", "China", "Chine", "China"),
    "CIV": ("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("CM", "Cameroon", "Cameroun", "Camerún"),
    "COL": ("CO", "Colombia", "Colombie", "Colombia"),
    "DEU": ("DE", "Germany", "Allemagne", "Alemania"),
    "DZA": ("DZ", "Algeria", "Algérie", "Argelia"),
    "ECU": ("EC", "Ecuador", "Équateur", "Ecuador"),
    "EGY": ("EG", "Egypt", "Égypte", "Egipto"),
    "ERI": ("ER", "Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("ES", "Spain", "Espagne", "España"),
    "FRA": ("FR", "France", "France", "Francia"),
    "GBR": ("GB", "United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("GN", "Guinea", "Guinée", "Guinea"),
    "GMB": ("GM", "Gambia", "Gambie", "Gambia"),
    "GRC": ("GR", "Greece", "Grèce", "Grecia"),
    "GTM": ("GT", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("HN", "Honduras", "Honduras", "Honduras"),
    "HRV": ("HR", "Croatia", "Croatie", "Croacia"),
    "HTI": ("HT", "Haiti", "Haïti", "Haití"),
    "HUN": ("HU", "Hungary", "Hongrie", "Hungría"),
    "IRN": ("IR", "Iran", "Iran", "Irán"),
    "IRQ": ("IQ", "Iraq", "Irak", "Irak"),
    "ITA": ("IT", "Italy", "Italie", "Italia"),
    "LBY": ("LY", "Libya", "Libye", "Libia"),
    "MAR": ("MA", "Morocco", "Maroc", "Marruecos"),
    "MEX": ("MX", "Mexico", "Mexique", "México"),
    "MKD": ("MK", "North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("ML", "Mali", "Mali", "Malí"),
    "MRT": ("MR", "Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("NE", "Niger", "Niger", "Níger"),
    "NGA": ("NG", "Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("PK", "Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("PA", "Panama", "Panama", "Panamá"),
    "POL": ("PL", "Poland", "Pologne", "Polonia"),
    "ROU": ("RO", "Romania", "Roumanie", "Rumanía"),
    "RUS": ("RU", "Russia", "Russie", "Rusia"),
    "SEN": ("SN", "Senegal", "Sénégal", "Senegal"),
    "SRB": ("RS", "Serbia", "Serbie", "Serbia"),
    "SYR": ("SY", "Syria", "Syrie", "Siria"),
    "TUN": ("TN", "Tunisia", "Tunisie", "Túnez"),
    "TUR": ("TR", "Türkiye", "Turquie", "Turquía"),
    "USA": ("US", "United States", "États-Unis", "Estados Unidos"),
    "VEN": ("VE", "Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("VN", "Viet Nam", "Vietnam", "Vietnam"),
    "YEM": ("YE", "Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 1, "fr": 2, "es": 3}
#: Common other names, by language (what clerks write instead of the official name).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Viêt Nam",),
        "BLR": ("Bélarus",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "USA"),
        "GBR": ("Inglaterra",),
        "GIN": ("Guinea Conakry",),
        "CIV": ("Côte d'Ivoire",),
        "ROU": ("Rumania",),
        "TUR": ("Turquia",),
    },
}
#: Feminine demonyms ("nacionalidad venezolana", "nationalité afghane").
_DEMONYMS: dict[str, dict[str, str]] = {
    "es": {
        "MAR": "marroquí",
        "DZA": "argelina",
        "GIN": "guineana",
        "MLI": "maliense",
        "SEN": "senegalesa",
        "GMB": "gambiana",
        "CIV": "marfileña",
        "ROU": "rumana",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "NGA": "nigeriana",
    },
    "fr": {
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
}


def _kobo(name: str) -> str:
    """Return a KoboToolbox option name: ``Côte d'Ivoire`` -> ``cote_d_ivoire``."""
    plain = name.replace("ô", "o").replace("ü", "u").replace("'", " ").replace("-", " ")
    return "_".join(plain.lower().split())


def _typo(name: str) -> str | None:
    """Swap two letters in the middle of a long name (None if no typo can be made)."""
    if len(name) < 6:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    """Draw a key of ``(key, weight)`` pairs by weight."""
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _country(
    src: Agency,
    iso: str,
    rng: _Rng,
    styles: tuple[tuple[str, float], ...],
    tags: list[str],
    col: str,
) -> str:
    """Write one country the agency's way; tag the row with the style if not the plain name."""
    row = _NAMES[iso]
    name = row[_LANG[src.language]]
    style = _weighted(rng, styles)
    text = _country_text(src, iso, rng, style)
    if text != name or style in ("iso2", "iso3"):
        tags.append(f"{style}:{col}")
    return text


def _country_text(src: Agency, iso: str, rng: _Rng, style: str) -> str:
    """Write one country in one style (the plain name if the style does not apply)."""
    row = _NAMES[iso]
    name = row[_LANG[src.language]]
    if style == "demonym":
        return _DEMONYMS.get(src.language, {}).get(iso, name)
    if style == "upper":
        return name.upper()
    if style == "iso2":
        return row[0]
    if style == "iso3":
        return iso
    if style == "kobo":
        return _kobo(row[1])
    if style == "alias":
        aliases = _ALIASES[src.language].get(iso)
        return choice(rng, aliases) if aliases else name
    if style == "typo":
        return _typo(name) or name
    return name


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MONTH = (
    "January February March April May June July August September October November December"
).split()
_PARTIAL = {
    "month_es": "month",
    "month_fr": "month",
    "month_en": "month",
    "quarter_fr": "quarter",
    "quarter_en": "quarter",
}


def _day_text(style: str, y: int, m: int, d: int) -> object:
    """Write a (possibly impossible) day in a day-precision style."""
    if style == "excel":  # an impossible date stays text in Excel
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy2":
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == "es_mon":
        return f"{d:02d}-{_MES[m - 1][:3]}-{y % 100:02d}"
    if style == "long_en":
        return f"{d} {_MONTH[m - 1]} {y}"
    if style == "kobo_dt":
        hour = 8 + (d * 7 + m) % 11  # daytime: the UTC offset never changes the day
        return f"{y}-{m:02d}-{d:02d}T{hour:02d}:{(d * 13) % 60:02d}:00.000+02:00"
    return f"{y}-{m:02d}-{d:02d}"  # "iso"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected date, precision)."""
    style = _weighted(rng, src.dates)
    if style in _PARTIAL and not partial_ok:
        style = src.dates[0][0]
    y, m, q = ts.year, ts.month, ts.quarter
    if style in _PARTIAL:
        tags.append("partial_date")
        if _PARTIAL[style] == "quarter":
            start = ts.to_period("Q").start_time
            return (f"T{q} {y}" if style == "quarter_fr" else f"Q{q} {y}"), start, "quarter"
        text = {
            "month_es": f"{_MES[m - 1]} {y}",
            "month_fr": f"{_MOIS[m - 1]} {y}",
            "month_en": f"{_MONTH[m - 1]} {y}",
        }[style]
        return text, ts.to_period("M").start_time, "month"
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style != src.dates[0][0]:
        tags.append(f"date_style:{style}")
    return _day_text(style, y, m, ts.day), ts, "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a bad row: blank, an impossible day, or a year keyed ten years on."""
    style = src.dates[0][0]
    if kind == "no_date":
        return None
    if kind == "future_date":  # the tens digit of the year mistyped: 2023 -> 2033
        day = min(ts.day, 28) if ts.month == 2 else ts.day
        fut = pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)
        if style == "excel":
            return fut.to_pydatetime()
        return _day_text(style, fut.year, fut.month, fut.day)
    month = ts.month
    day = 30 if month == 2 else 31 if month in (4, 6, 9, 11) else 32
    return _day_text(style, ts.year, month, day)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the extraction written on the note row, a few days after the last row."""
    day = last + pd.Timedelta(days=4)
    style = src.dates[0][0]
    if style == "excel":
        return day.to_pydatetime()
    return _day_text(style, day.year, day.month, day.day)


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
_ES_NUMBERS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis")


def _count(src: Agency, n: int) -> object:
    """Write a count: a number in XLSX and JSON, text with the agency's grouping in CSV."""
    if src.format != "csv":
        return n
    if n < 1000:
        return str(n)
    hi, lo = divmod(n, 1000)
    sep = "\xa0" if src.language == "fr" else ","
    return f"{hi}{sep}{lo:03d}"


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes, seconds as a map application copies them: 8°30'04.4"N."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths // 10:02d}.{tenths % 10}\"{hemi}"


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, blank: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    if src.coords == "none":
        tags.append("coords_missing")
        return {}, None, None
    keys = ("coordinates",) if src.coords in ("geopoint", "pair") else ("lat", "lon")
    empty: dict[str, object] = dict.fromkeys(keys)
    if blank:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    if src.coords == "geopoint":
        if r < 0.07:  # no GPS fix on the tablet
            tags.append("coords_missing")
            return empty, None, None
        alt, acc = rng.uniform(0, 40), rng.uniform(3, 25)
        return {"coordinates": f"{lat:.5f} {lon:.5f} {alt:.1f} {acc:.1f}"}, lat, lon
    if src.coords == "pair":
        if r < 0.05:
            tags.append("coords_missing")
            return empty, None, None
        if r < 0.07:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, src.placeholder)}, None, None
        if r < 0.22:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if r < 0.35:  # helplines rarely know the exact place
        tags.append("coords_missing")
        return empty, None, None
    return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, round(lat, 4), round(lon, 4)


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _word(src: Agency, column: str, key: str, rng: _Rng) -> str:
    """Return the agency's usual word for ``key`` (60 %) or one of its other words."""
    words = src.words[column][key]
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _gender_key(src: Agency, gender: str, age: str, n: int) -> str:
    """Key of the agency's gender words: words for children, for one person, or plain."""
    table = src.words["gender"]
    if age == "child" and f"{gender}_child" in table:
        return f"{gender}_child"
    if n == 1 and f"{gender}_one" in table:
        return f"{gender}_one"
    return gender


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
    corridor = str(ev["corridor"])
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: left blank or "not applicable"
        cells["exploitation"] = choice(rng, src.not_applicable) if rng.random() < 0.4 else None
        exp["exploitation"] = None
    elif rng.random() < 0.03:  # form of exploitation not (yet) established
        cells["exploitation"], exp["exploitation"] = choice(rng, src.unknown), "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.placeholder), None
        tags.append("count_placeholder")
    elif src.source == "aldeas_sos_pa" and rng.random() < 0.06:
        cells["n_persons"], exp["n_persons"] = f"{n} personas", n
        tags.append("count_words")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n), n
        if n >= 1000 and src.format == "csv":
            tags.append("thousands:n_persons")

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.placeholder), None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and rng.random() < 0.35:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif src.source == "aldeas_sos_pa" and 0 < k < len(_ES_NUMBERS) and rng.random() < 0.2:
        cells["n_suspects"], exp["n_suspects"] = _ES_NUMBERS[k], k
        tags.append("count_words")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k), k

    gender, age = str(ev["gender"]), str(ev["age_group"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.015:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        key = _gender_key(src, gender, age, n)
        cells["gender"], exp["gender"] = _word(src, "gender", key, rng), gender

    r = rng.random()
    if r < 0.03:  # age not established (being assessed, disputed, not recorded)
        cells["age_group"], exp["age_group"] = choice(rng, src.age_unknown), "unknown"
        tags.append("na_word")
    elif r < 0.04:
        cells["age_group"], exp["age_group"] = None, "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng), age

    nat = ev["nationality"]
    r = rng.random()
    if forced_blank == "nationality" or r < 0.015:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.03:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), rng, src.nat_styles, tags, "nationality")
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        if col not in src.headers:
            exp[col] = None
            continue
        r = rng.random()
        if r < 0.02:
            cells[col], exp[col] = None, None
            tags.append(f"empty:{col}")
        elif r < 0.04:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append(f"unknown:{col}")
        else:
            cells[col] = _country(src, str(ev[col]), rng, src.country_styles, tags, col)
            exp[col] = ev[col]

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(
            src, det, rng, src.country_styles, tags, "detection_country"
        )
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [
            _country(src, c, rng, src.transit_styles, tags, "transit_countries")
            for c in str(transit).split("|")
        ]
        cells["transit_countries"] = choice(rng, src.transit_sep).join(parts)
        exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.025:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.mode_unknown), "unknown"
        tags.append("na_word")
    else:
        table = src.words["transport_mode"]
        key = f"{mode}_{corridor}" if f"{mode}_{corridor}" in table else mode
        cells["transport_mode"], exp["transport_mode"] = (
            _word(src, "transport_mode", key, rng),
            mode,
        )

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
        tags,
    )
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(words)
    exp["linked_offences"] = offences

    _noise(src, cells, rng, tags)
    return cells, exp, list(dict.fromkeys(tags))


_TEXT_COLS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
)


def _noise(src: Agency, cells: dict[str, object], rng: _Rng, tags: list[str]) -> None:
    """Odd case or stray spaces in some text cells; a row imported in the wrong encoding."""
    for col in _TEXT_COLS:
        value = cells.get(col)
        if isinstance(value, str) and value and rng.random() < src.case_rate:
            kind = int(rng.integers(3))
            cells[col] = (
                value.upper() if kind == 0 else value.lower() if kind == 1 else f" {value}  "
            )
            if cells[col] != value:
                tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        changed = False
        for col, value in list(cells.items()):
            if isinstance(value, str) and col in _TEXT_COLS:
                garbled = mojibake(value)
                if garbled is not None:
                    cells[col], changed = garbled, True
        if changed:
            tags.append("mojibake")


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
FISCALIA = Agency(
    source="fiscalia_menores_es",
    filename="fiscalia_menores_es_fj.xlsx",
    ref="DPM-{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha de localización",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "detection_country": "País de localización",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: extracción de la aplicación de Fiscalía; datos pendientes de validar por las "
    "Secciones de Menores",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "Art. 177 bis CP",
                "TSH (177 bis)",
            ),
            "smuggling": (
                "Inmigración clandestina (art. 318 bis CP)",
                "Art. 318 bis CP",
                "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
            ),
            "both": ("Arts. 177 bis y 318 bis CP", "TSH + 318 bis"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual (incl. pornografía)"),
            "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
            "forced_criminality": (
                "Explotación para actividades delictivas",
                "Actividades delictivas",
            ),
            "organ_removal": ("Extracción de órganos corporales",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        },
        "gender": {
            "male": ("Varones", "Masculino"),
            "male_one": ("Varón", "Masculino"),
            "female": ("Mujeres", "Femenino"),
            "female_one": ("Mujer", "Femenino"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("MENA", "Menor de edad", "Menor"),
            "adult": ("Mayor de edad", "Adulto"),
            "mixed": ("Menores y adultos", "Mixto (menores/adultos)"),
        },
        "transport_mode": {
            "sea": ("Patera", "Embarcación neumática"),
            "sea_watl": ("Cayuco", "Patera", "Embarcación neumática"),
            "sea_wmed": ("Patera", "Embarcación neumática", "A nado"),
            "land": ("Terrestre", "Autobús", "Vehículo particular"),
            "land_wmed": ("Salto de valla", "Bajos de camión", "Paso fronterizo terrestre"),
            "air": ("Vuelo", "Aeropuerto"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("s/d", "No consta", "Desconocido"),
    not_applicable=("No procede", "N/P"),
    age_unknown=("Pendiente de determinación de edad", "En determinación de edad"),
    mode_unknown=("No consta", "s/d"),
    placeholder=("s/d", "No consta"),
    zero=(),
    dates=(("excel", 0.86), ("dmy", 0.09), ("month_es", 0.05)),
    nat_styles=(("demonym", 0.75), ("name", 0.15), ("upper", 0.06), ("typo", 0.04)),
    country_styles=(("name", 0.8), ("upper", 0.1), ("iso2", 0.04), ("alias", 0.03), ("typo", 0.03)),
    transit_styles=(("name", 0.85), ("upper", 0.1), ("typo", 0.05)),
    transit_sep=(", ", " - "),
    offence_sep=(", ", " y "),
    coords="none",
    case_rate=0.02,
    mojibake_rate=0.0,
)

CD62 = Agency(
    source="cd62_ase_mna",
    filename="cd62_ase_mna_fj.csv",
    ref="MNA62-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date de repérage",
        "crime_type": "Qualification des faits",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de repérage",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de transport",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction du logiciel de suivi MNA, données provisoires (hors mises à l'abri "
    "de nuit)",
    total="Total général",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Filière de passage",
                "Trafic de migrants",
            ),
            "both": ("TEH + aide au passage", "Traite et passage"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "Masculin"),
            "male_one": ("Homme", "Masculin"),
            "male_child": ("Garçons", "Masculin"),
            "female": ("Femmes", "Féminin"),
            "female_one": ("Femme", "Féminin"),
            "female_child": ("Filles", "Féminin"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "child": ("MNA", "Mineur", "Mineurs"),
            "adult": ("Majeur", "Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
            "land": ("Camion", "Poids lourd", "Dissimulé dans un PL"),
            "air": ("Avion", "Aérien"),
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
    unknown=("NC", "Inconnu", "Non renseigné"),
    not_applicable=("Sans objet", "/"),
    age_unknown=("Minorité contestée", "Évaluation en cours"),
    mode_unknown=("NC", "Inconnu"),
    placeholder=("NC", "?"),
    zero=("aucun", "Aucun"),
    dates=(
        ("dmy", 0.84),
        ("dmy2", 0.06),
        ("month_fr", 0.06),
        ("quarter_fr", 0.04),
    ),
    nat_styles=(("demonym", 0.6), ("name", 0.3), ("upper", 0.06), ("typo", 0.04)),
    country_styles=(
        ("name", 0.78),
        ("upper", 0.08),
        ("alias", 0.08),
        ("iso2", 0.03),
        ("typo", 0.03),
    ),
    transit_styles=(("name", 0.9), ("upper", 0.05), ("typo", 0.05)),
    transit_sep=(" / ", ", "),
    offence_sep=(" + ", ", "),
    coords="none",
    case_rate=0.05,
    mojibake_rate=0.0,
)

INTERSOS = Agency(
    source="intersos_cp",
    filename="intersos_cp_fj.jsonl",
    ref="ICP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case/case_id",
        "event_date": "incident/date_identification",
        "detection_country": "incident/country",
        "coordinates": "incident/gps",
        "crime_type": "incident/protection_concern",
        "exploitation": "incident/exploitation_type",
        "n_persons": "incident/persons_concerned",
        "n_suspects": "incident/alleged_perpetrators",
        "transport_mode": "incident/arrival_mode",
        "gender": "group/sex",
        "age_group": "group/age_range",
        "nationality": "group/nationality",
        "origin_country": "group/country_origin",
        "destination_country": "group/intended_destination",
        "transit_countries": "group/transit_route",
        "linked_offences": "incident/other_violations",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trafficking_in_persons",),
            "smuggling": ("smuggling_of_migrants",),
            "both": (
                "smuggling_of_migrants trafficking_in_persons",
                "trafficking_in_persons smuggling_of_migrants",
            ),
        },
        "exploitation": {
            "sexual": ("sexual_exploitation",),
            "forced_labour": ("labour_exploitation",),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        "age_group": {
            "child": ("under_18",),
            "adult": ("18_and_over",),
            "mixed": ("mixed_ages",),
        },
        "transport_mode": {"sea": ("boat",), "land": ("overland",), "air": ("flight",)},
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs_illicit_goods",),
            "cybercrime": ("online_exploitation_cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "dont_know"),
    not_applicable=("not_applicable",),
    age_unknown=("age_unknown", "age_disputed"),
    mode_unknown=("dont_know",),
    placeholder=("unknown", "dont_know"),
    zero=(),
    dates=(("iso", 0.9), ("kobo_dt", 0.1)),
    nat_styles=(("kobo", 1.0),),
    country_styles=(("kobo", 1.0),),
    transit_styles=(("name", 0.9), ("alias", 0.1)),
    transit_sep=(", ", " - "),
    offence_sep=(" ",),
    coords="geopoint",
    case_rate=0.0,
    mojibake_rate=0.0,
)

ALDEAS = Agency(
    source="aldeas_sos_pa",
    filename="aldeas_sos_pa_fj.csv",
    ref="DAR-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha de atención",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Total personas",
        "n_suspects": "Presuntos tratantes / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: registros consolidados de los espacios amigables (ERM Lajas Blancas y San Vicente)",
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico", "Trata de personas / tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otro",),
        },
        "gender": {
            "male": ("Masculino", "M"),
            "female": ("Femenino", "F"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("NNA", "Niños, niñas y adolescentes"),
            "adult": ("Adultos", "Adulto"),
            "mixed": ("Grupo familiar", "Adultos y NNA"),
        },
        "transport_mode": {
            "land": ("A pie", "Caminando (selva)", "Terrestre"),
            "sea": ("Lancha", "Marítimo"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Narcotráfico", "Drogas"),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("N/D", "Sin información", "Desconocido"),
    not_applicable=("No aplica", "N/A"),
    age_unknown=("No determinado", "Sin dato"),
    mode_unknown=("N/D", "Sin información"),
    placeholder=("N/D", "Sin dato"),
    zero=("ninguno", "Ninguno"),
    dates=(("dmy", 0.74), ("es_mon", 0.2), ("month_es", 0.06)),
    nat_styles=(("demonym", 0.7), ("name", 0.18), ("upper", 0.06), ("typo", 0.06)),
    country_styles=(
        ("name", 0.72),
        ("upper", 0.12),
        ("alias", 0.1),
        ("typo", 0.03),
        ("iso2", 0.03),
    ),
    transit_styles=(("name", 0.85), ("upper", 0.1), ("typo", 0.05)),
    transit_sep=(" - ", ", "),
    offence_sep=("; ",),
    coords="pair",
    case_rate=0.05,
    mojibake_rate=0.09,
)

CHI = Agency(
    source="child_helpline_intl",
    filename="child_helpline_intl_fj.csv",
    ref="CHI/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date of incident",
        "crime_type": "Case category",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of children/persons",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Gender",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of incident",
        "transit_countries": "Transit countries",
        "transport_mode": "Means of travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related offences",
    },
    note="Note: compiled from member helpline submissions; figures are provisional",
    total="Grand total",
    bad_count=("several", "a group", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Child trafficking", "Trafficking"),
            "smuggling": ("Migrant smuggling", "Smuggling"),
            "both": ("Trafficking & smuggling", "Smuggling + trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "CSE"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "male_child": ("Boys", "Boy(s)"),
            "male_one": ("Male", "M"),
            "female": ("Female", "F"),
            "female_child": ("Girls", "Girl(s)"),
            "female_one": ("Female", "F"),
            "mixed": ("Mixed", "Boys and girls"),
        },
        "age_group": {
            "child": ("Under 18", "Child"),
            "adult": ("18+", "Adult"),
            "mixed": ("Mixed ages", "Children and adults"),
        },
        "transport_mode": {
            "sea": ("Boat", "Small boat"),
            "land": ("By road", "Lorry", "On foot"),
            "land_blr_pol": ("On foot", "By road"),
            "air": ("Plane", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not recorded", "Unknown", "n/k"),
    not_applicable=("N/A",),
    age_unknown=("Age disputed", "Not recorded"),
    mode_unknown=("Not recorded", "Unknown"),
    placeholder=("not known", "n/k"),
    zero=("none", "None"),
    dates=(("long_en", 0.5), ("iso", 0.36), ("month_en", 0.08), ("quarter_en", 0.06)),
    nat_styles=(("name", 0.72), ("iso2", 0.12), ("alias", 0.1), ("typo", 0.06)),
    country_styles=(("name", 0.6), ("iso2", 0.25), ("alias", 0.1), ("typo", 0.05)),
    transit_styles=(("name", 0.7), ("iso2", 0.2), ("alias", 0.05), ("typo", 0.05)),
    transit_sep=(" > ",),
    offence_sep=(", ", "; "),
    coords="decimal",
    case_rate=0.04,
    mojibake_rate=0.0,
)

#: The five agencies, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (FISCALIA, CD62, INTERSOS, ALDEAS, CHI)

#: The variant: who first reports an event of each detection country, who may report it
#: a second time. Child Helpline International compiles the rest (United Kingdom, Poland,
#: Croatia, United States) and re-reports cases its member helplines also met.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ESP": "fiscalia_menores_es",
        "FRA": "cd62_ase_mna",
        "ITA": "intersos_cp",
        "GRC": "intersos_cp",
        "PAN": "aldeas_sos_pa",
    },
    compilation="child_helpline_intl",
    secondary={
        ("channel", "FRA"): "child_helpline_intl",
        ("channel", "GBR"): "cd62_ase_mna",
        ("thb_vnm_gbr", "GBR"): "cd62_ase_mna",
        ("emed", "GRC"): "child_helpline_intl",
        ("cmed", "ITA"): "child_helpline_intl",
        ("thb_nga_ita", "ITA"): "child_helpline_intl",
        ("thb_rou_esp", "ITA"): "child_helpline_intl",
        ("thb_rou_esp", "ESP"): "child_helpline_intl",
        ("wmed", "ESP"): "child_helpline_intl",
        ("watl", "ESP"): "child_helpline_intl",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=164,
    blank_share=0.35,
)


def make_blind164(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five child-protection sources of ``blind164``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``fiscalia_menores_es_fj.xlsx``, ``cd62_ase_mna_fj.csv``,
        ``intersos_cp_fj.jsonl``, ``aldeas_sos_pa_fj.csv`` and
        ``child_helpline_intl_fj.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind164(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fiscalia_menores_es_fj.xlsx', 'cd62_ase_mna_fj.csv', 'intersos_cp_fj.jsonl',
     'aldeas_sos_pa_fj.csv', 'child_helpline_intl_fj.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-8-sig', 'utf-16']
    >>> subs[2].frame.columns[:3].tolist()
    ['case/case_id', 'incident/date_identification', 'incident/country']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
