"""Examiner sample set ``blind189`` (files ``*_gi.*``): five health-sector sources.

Hospitals, emergency medical services and public-health agencies see the victims of
trafficking and the migrants carried by smugglers before anyone else does: the injured of
a small-boat crossing, the exhausted arrivals of a cayuco, the woman a sexual-health clinic
flags as a suspected victim. This set writes the true events the way five such bodies
export their case and incident logs:

``ars_hdf_veille_gi.csv``
    Agence régionale de santé Hauts-de-France, regional health watch and alert desk
    (signalements from SAMU 59/62, the Calais and Dunkirk hospitals and the PASS): French,
    cp1252, ``;``, CRLF. Day-first dates, some with the time of the call; nationalities as
    French adjectives; positions as the SAMU notes them (degrees and decimal minutes at
    sea, decimal commas ashore), none when a hospital declared the case; a few cells
    pasted from a UTF-8 tool (mojibake).
``ukhsa_migrant_health_gi.csv``
    UK Health Security Agency, health protection case log (HPZone export): English, UTF-8
    with BOM, ``,``. Day-first dates (``17/05/2023``, ``17 May 2023``, ``17-May-23``),
    English demonyms, ``England``/``Scotland`` for the country identified, ``UASC`` for an
    unaccompanied child, journeys joined by ``>``; no coordinates. Re-sent rows.
``sanidad_dgsp_gi.xlsx``
    Spanish Ministry of Health, Dirección General de Salud Pública: register of health care
    given to irregular arrivals and to suspected victims of trafficking, compiled from the
    regions: Spanish, Excel. Real Excel dates, some serial numbers and text dates,
    trafficking cases by quarter (``T2 2023``), ``Varón``/``Mujer``, ``No consta``,
    latitude and longitude as numbers or text with a decimal comma.
``minsa_epi_pa_gi.csv``
    Ministerio de Salud de Panamá, epidemiology department, care given to migrants in
    transit at the Darién reception stations: Spanish, UTF-16 with BOM, tab (Excel's
    "Texto Unicode" saved as ``.csv``). ``NNA`` for children, feminine demonyms or ISO
    alpha-3 codes for nationality, upper-case country names, DMS or decimal coordinates,
    ``1,250`` thousands. Re-sent rows.
``who_phm_digest_gi.jsonl``
    WHO Health and Migration Programme event digest, the compilation of every other
    event: English keys, ISO alpha-3 / alpha-2 / M49 numeric codes and UN names
    (``Iran (Islamic Republic of)``), ISO dates with month- or quarter-only ones, transit
    routes as JSON arrays, counts and coordinates as JSON numbers.

The truth says what a careful analyst reads in each cell: a count written "not known"
keeps the record with no count, a "no consta" age is ``unknown``, a month-only date is
the first of the month with precision ``month``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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

__all__ = ["SOURCES", "GiSource", "make_blind189"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class GiSource(ExaminerSource):
    """One health-sector source of the set and its own wording.

    Attributes
    ----------
    style : str
        Key of the source's date and coordinate writers (``"ars"``, ``"ukhsa"``,
        ``"sanidad"``, ``"minsa"``, ``"who"``).
    crime : mapping
        Crime type -> the words the source writes for it.
    exploitation : mapping
        Form of exploitation -> words.
    no_exploitation : tuple of str
        Written for a smuggling row (``""``: left blank).
    gender, age, mode : mapping
        Design word -> the source's words.
    unknown : tuple of str
        Words for a value not recorded (sex, age, transport).
    count_unknown : tuple of str
        Count cells meaning "not known" (the record keeps no count).
    zero : tuple of str
        Words for no suspect.
    offences : mapping
        Linked offence -> words.
    offence_sep, transit_sep : str
        Separators of the source's lists.
    direct : tuple of str
        Written when the journey was direct (``""``: blank).
    country_forms, nationality_forms, modifiers : tuple of (str, float)
        Weights of the ways the source writes a country, a nationality, and the slips
        made on a name (case, spacing, typo, accents, mojibake).
    extra : str or None
        Header of the source's own extra column (the declaring unit), if any.
    """

    style: str
    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    direct: tuple[str, ...]
    country_forms: _Weights
    nationality_forms: _Weights
    modifiers: _Weights
    extra: str | None


# --------------------------------------------------------------------------------------
# Country words: iso3 -> (English, French, Spanish) names and demonyms
# --------------------------------------------------------------------------------------
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
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
# Nationality adjectives (masculine for French and Spanish, as clerks write them).
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
# The names the UN and WHO use (M49 / WHO country list).
_UN_NAMES: dict[str, str] = {
    "CIV": "Côte d’Ivoire",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "IRN": "Iran (Islamic Republic of)",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Türkiye",
    "USA": "United States of America",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "VNM": "Viet Nam",
}
# Common other names, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "GIN": ("Guinée Conakry",),
        "USA": ("USA",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "VNM": ("Viêt Nam",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
    },
}
_LANG = {"en": 0, "fr": 1, "es": 2}
# Where a UK health protection team sits: the country of the United Kingdom.
_UK_NATION = {"Glasgow": "Scotland"}
_NUMBER_WORDS = {
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq"),
    "en": ("zero", "one", "two", "three", "four", "five"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco"),
}
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _pick(rng: _Rng, weights: _Weights) -> str:
    """Draw one key of ``weights`` by its weight."""
    p = np.array([w for _, w in weights], dtype=float)
    return weights[int(rng.choice(len(weights), p=p / p.sum()))][0]


def _strip_accents(text: str) -> str:
    """``Sénégal`` -> ``Senegal`` (a clerk typing without accents)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(text: str, rng: _Rng) -> str | None:
    """Swap two neighbouring inner letters (``Eritrea`` -> ``Eirtrea``), None if too short."""
    spots = [
        i
        for i in range(1, len(text) - 2)
        if text[i].isalpha() and text[i + 1].isalpha() and text[i] != text[i + 1]
    ]
    if len(text) < 6 or not spots:
        return None
    i = spots[int(rng.integers(len(spots)))]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _es_feminine(word: str) -> str:
    """``venezolano`` -> ``venezolana`` (Panamanian forms agree with *nacionalidad*)."""
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith("és"):
        return word[:-2] + "esa"
    return word


def _country(
    src: GiSource,
    iso: str,
    rng: _Rng,
    tags: list[str],
    *,
    nationality: bool = False,
    detection: bool = False,
    hotspot: str = "",
) -> str:
    """Write one country (or nationality) the source's way; tag what was done.

    Parameters
    ----------
    src : GiSource
        The source.
    iso : str
        ISO alpha-3 code of the true country.
    rng : numpy.random.Generator
        Generator of the draws.
    tags : list of str
        Messiness tags of the row, appended to.
    nationality : bool, default=False
        Write a nationality (demonyms allowed) rather than a country.
    detection : bool, default=False
        Write the country of detection (the digest's M49 numeric codes allowed).
    hotspot : str, default=""
        The event's place (a UK source writes the nation of the United Kingdom).

    Returns
    -------
    str
        The cell.
    """
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    form = _pick(rng, src.nationality_forms if nationality else src.country_forms)
    base: str | None = None
    if form == "demonym":
        base = _DEMONYMS[iso][lang] if iso in _DEMONYMS else None
    elif form == "demonym_f":
        base = _es_feminine(_DEMONYMS[iso][2]) if iso in _DEMONYMS else None
    elif form == "iso3":
        base = iso
    elif form == "iso2":
        base = iso_codes(iso)[0]
    elif form == "numeric":  # M49 codes only where the digest keys its location
        base = iso_codes(iso)[1] if detection else iso
    elif form == "un":
        base = _UN_NAMES.get(iso, _NAMES[iso][0])
    elif form == "alias":
        options = _ALIASES[src.language].get(iso)
        base = choice(rng, options) if options else None
    elif form == "nation" and iso == "GBR":
        base = _UK_NATION.get(hotspot.split(" ")[0], "England")
    if base is None:
        form, base = "name", name
    if form != "name":
        tags.append(f"country_{form}")
    if form in ("iso3", "iso2", "numeric"):
        return base
    slip = _pick(rng, src.modifiers)
    out: str | None = base
    if slip == "upper":
        out = base.upper()
    elif slip == "lower":
        out = base.lower()
    elif slip == "spaces":
        out = f"  {base} "
    elif slip == "typo":
        out = _typo(base, rng)
    elif slip == "noaccent":
        out = _strip_accents(base)
        out = out if out != base else None
    elif slip == "mojibake":
        out = mojibake(base)
    if out is None or not fits(out, src):
        return base
    if slip != "none":
        tags.append(slip)
    return out


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(
    src: GiSource, ts: pd.Timestamp, crime: str, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event's date; return (cell, expected date, expected precision)."""
    r = float(rng.random())
    quarter = (ts.month - 1) // 3 + 1
    q_start = pd.Timestamp(ts.year, 3 * quarter - 2, 1)
    m_start = pd.Timestamp(ts.year, ts.month, 1)
    if src.style == "ars":
        if r < 0.3:  # the time of the call, as the regulation software prints it
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            tags.append("date_time")
            return f"{ts:%d/%m/%Y} {hh:02d}:{mm:02d}", ts, "day"
        tags.append("date_dmy")
        return f"{ts:%d/%m/%Y}", ts, "day"
    if src.style == "ukhsa":
        if r < 0.2:
            tags.append("date_long")
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        if r < 0.3:
            tags.append("date_short_month")
            return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}", ts, "day"
        tags.append("date_dmy")
        return f"{ts:%d/%m/%Y}", ts, "day"
    if src.style == "sanidad":
        if partial_ok and crime != "smuggling" and r < 0.45:
            tags.append("date_quarter")  # regional protocol cases sent by quarter
            return f"T{quarter} {ts.year}", q_start, "quarter"
        if partial_ok and crime == "smuggling" and r < 0.05:
            tags.append("date_month")
            if rng.random() < 0.5:
                return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", m_start, "month"
            return f"{ts:%m/%Y}", m_start, "month"
        r2 = float(rng.random())
        if r2 < 0.15:
            tags.append("excel_serial")  # a column pasted as values, format General
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        if r2 < 0.27:
            tags.append("date_text_dmy")
            return f"{ts:%d/%m/%Y}", ts, "day"
        tags.append("excel_date")
        return ts.to_pydatetime(), ts, "day"
    if src.style == "minsa":
        if r < 0.25:
            tags.append("date_dmy_unpadded")
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day"
        if r < 0.4:
            tags.append("date_dmy_dash")
            return f"{ts:%d-%m-%Y}", ts, "day"
        tags.append("date_dmy")
        return f"{ts:%d/%m/%Y}", ts, "day"
    # who: ISO 8601, a month or a quarter when the member state gave no day
    if partial_ok and r < 0.1:
        tags.append("date_month")
        return f"{ts:%Y-%m}", m_start, "month"
    if partial_ok and r < 0.15:
        tags.append("date_quarter")
        return f"{ts.year}-Q{quarter}", q_start, "quarter"
    if r < 0.3:
        tags.append("date_iso_time")
        return f"{ts:%Y-%m-%d}T00:00:00Z", ts, "day"
    tags.append("date_iso")
    return f"{ts:%Y-%m-%d}", ts, "day"


def _bad_date(src: GiSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.style == "who":
            return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-13-{ts.day:02d}"))
        if src.style == "minsa":
            return choice(rng, (f"31/4/{ts.year}", f"{ts.day}/13/{ts.year}"))
        return choice(rng, (f"30/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}"))
    future = ts.replace(year=ts.year + 10)  # a slip on the year key: 2033 for 2023
    if src.style == "sanidad":
        return future.to_pydatetime()
    if src.style == "who":
        return f"{future:%Y-%m-%d}"
    return f"{future:%d/%m/%Y}"


def _note_date(src: GiSource, last: pd.Timestamp) -> object:
    """Return the extraction date written on the source's note row."""
    day = last + pd.Timedelta(days=3)
    if src.style == "sanidad":
        return day.to_pydatetime()
    if src.style == "who":
        return f"{day:%Y-%m-%d}"
    return f"{day:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: GiSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a number of persons the source's way (text in CSV, numbers elsewhere)."""
    r = float(rng.random())
    words = _NUMBER_WORDS[src.language]
    if src.style != "who" and 1 <= n < len(words) and r < 0.12:
        tags.append("count_word")
        return words[n]
    if n >= 1000 and src.style != "who":
        sep = {"ars": "\u00a0", "ukhsa": ",", "sanidad": ".", "minsa": ","}[src.style]
        if src.style != "sanidad" or r < 0.5:
            tags.append("thousands_sep")
            return f"{n:,}".replace(",", sep)
    return str(n) if src.format == "csv" else n


def _dd(value: float, decimals: int) -> float:
    return round(value, decimals)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma: ``50°57,07'N``."""
    total = round(abs(value) * 60, 2)
    deg = int(total // 60)
    minutes = total - deg * 60
    text = f"{deg:0{width}d}°{minutes:05.2f}'{pos if value >= 0 else neg}".replace(".", ",")
    return text, (total / 60) * (1 if value >= 0 else -1)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds: ``8°30'04.4"N``."""
    total = round(abs(value) * 3600, 1)
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    seconds = total - deg * 3600 - minutes * 60
    text = f"{deg}°{minutes:02d}'{seconds:04.1f}\"{pos if value >= 0 else neg}"
    return text, (total / 3600) * (1 if value >= 0 else -1)


def _coords(
    src: GiSource, ev: dict[str, object], rng: _Rng, declarant: str, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the position; return (cells, expected lat, expected lon)."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if src.style == "ukhsa":
        tags.append("coords_missing")  # a health protection log has no position
        return {}, None, None
    if src.style == "ars":
        if not declarant.startswith("SAMU"):
            tags.append("coords_missing")  # declared by a hospital: no position
            return {}, None, None
        if ev["transport_mode"] == "sea":
            tlat, elat = _ddm(lat, "N", "S", 2)
            tlon, elon = _ddm(lon, "E", "W", 3)
            tags.append("coords_ddm")
            return {"coordinates": f"{tlat} {tlon}"}, elat, elon
        tags.append("coords_decimal_comma")
        text = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
        return {"coordinates": text}, _dd(lat, 5), _dd(lon, 5)
    if src.style == "sanidad":
        r = float(rng.random())
        if r < 0.08:
            tags.append("coords_missing")
            return {}, None, None
        elat, elon = _dd(lat, 4), _dd(lon, 4)
        if r < 0.35:
            tags.append("coords_decimal_comma")
            return (
                {"lat": f"{elat:.4f}".replace(".", ","), "lon": f"{elon:.4f}".replace(".", ",")},
                elat,
                elon,
            )
        return {"lat": elat, "lon": elon}, elat, elon
    if src.style == "minsa":
        r = float(rng.random())
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("S/D", "sin dato"))}, None, None
        if r < 0.45:
            tlat, elat = _dms(lat, "N", "S")
            tlon, elon = _dms(lon, "E", "W")
            tags.append("coords_dms")
            return {"coordinates": f"{tlat} {tlon}"}, elat, elon
        elat, elon = _dd(lat, 5), _dd(lon, 5)
        return {"coordinates": f"{elat:.5f}, {elon:.5f}"}, elat, elon
    # who
    if rng.random() < 0.1:
        tags.append("coords_missing")
        return {}, None, None
    elat, elon = _dd(lat, 4), _dd(lon, 4)
    return {"lat": elat, "lon": elon}, elat, elon


_DECLARANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ars": {
        "sea": ("SAMU 62 – SMUR maritime", "SAMU 59", "CH Calais – urgences", "CH Dunkerque"),
        "land": ("SAMU 62", "CH Calais – urgences", "PASS CH Dunkerque", "CH Boulogne"),
        "air": ("CH Calais – urgences",),
    },
    "sanidad": {
        "Ceuta": ("Ceuta (INGESA)",),
        "Melilla": ("Melilla (INGESA)",),
        "Almería": ("Andalucía",),
        "Huelva": ("Andalucía",),
        "Gran": ("Canarias",),
        "Tenerife": ("Canarias",),
        "El": ("Canarias",),
        "Lanzarote": ("Canarias",),
    },
    "minsa": {
        "Darién": ("Puesto de salud Canaán Membrillo", "Centro de salud Metetí"),
        "Bajo": ("MINSA-CAPSI Bajo Chiquito",),
        "Lajas": ("ERM Lajas Blancas",),
    },
}


def _declarant(src: GiSource, ev: dict[str, object], rng: _Rng) -> str:
    """Return the unit that declared the case (the source's extra column)."""
    hotspot = str(ev.get("hotspot") or "")
    if src.style == "ars":
        return choice(rng, _DECLARANTS["ars"][str(ev["transport_mode"])])
    if src.style == "who":
        return choice(rng, ("Member State notification", "IHR focal point", "partner report"))
    options = _DECLARANTS.get(src.style, {}).get(hotspot.split(" ")[0])
    return choice(rng, options) if options else ""


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: GiSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags).

    Parameters
    ----------
    src : GiSource
        The source.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written to the month or quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    tuple
        Cells by canonical column, expected clean values, tags.
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])
    hotspot = str(ev.get("hotspot") or "")

    cells["event_date"], day, precision = _date(src, ts, crime, rng, partial_ok, tags)
    exp["event_date"], exp["date_precision"] = day, precision

    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        text = choice(rng, src.no_exploitation)
        cells["exploitation"] = text or None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, src.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, src.age[age]), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, rng, tags, nationality=True)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        cells[col] = _country(src, str(ev[col]), rng, tags)
        exp[col] = ev[col]

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, tags, detection=True, hotspot=hotspot)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        direct = choice(rng, src.direct)
        cells["transit_countries"] = ([] if src.style == "who" else direct) or None
        if direct:
            tags.append("transit_direct_word")
    else:
        codes = str(transit).split("|")
        if src.style == "who":  # the digest's route: an array of ISO alpha-3 codes
            cells["transit_countries"] = codes
            tags.append("transit_array")
        else:
            route = [_country(src, c, rng, tags) for c in codes]
            cells["transit_countries"] = src.transit_sep.join(route)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.mode[mode]), mode

    declarant = _declarant(src, ev, rng)
    if src.extra is not None:
        cells["_extra"] = declarant or None
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(src, ev, rng, declarant, tags)
        cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences
    if src.style == "ars" and rng.random() < 0.08:  # a row pasted from a UTF-8 tool
        garbled = {k: mojibake(v) for k, v in cells.items() if isinstance(v, str)}
        cells.update({k: v for k, v in garbled.items() if v is not None and fits(v, src)})
        if any(v is not None for v in garbled.values()):
            tags.append("mojibake_row")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_ARS = GiSource(
    source="ars_hdf_veille",
    filename="ars_hdf_veille_gi.csv",
    ref="HDF-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date/heure de l'appel",
        "_extra": "Déclarant",
        "crime_type": "Motif du signalement",
        "exploitation": "Type d'exploitation suspectée",
        "n_persons": "Nb personnes prises en charge",
        "n_suspects": "Passeurs signalés",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de prise en charge",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position (SAMU)",
        "linked_offences": "Infractions associées",
    },
    note="Données provisoires, non consolidées – extraction CRVAGS",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="ars",
    crime={
        "trafficking": ("Suspicion de traite (TEH)", "victime présumée de traite", "TEH"),
        "smuggling": (
            "trafic de migrants",
            "passage clandestin organisé (passeurs)",
            "aide à l'entrée irrégulière",
        ),
        "both": ("TEH + trafic de migrants", "traite et passage clandestin"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    no_exploitation=("", "", "sans objet", "s.o."),
    gender={
        "female": ("F", "Féminin", "femme"),
        "male": ("M", "Masculin", "homme"),
        "mixed": ("Mixte", "hommes et femmes"),
    },
    age={
        "child": ("Mineur", "MNA", "mineur"),
        "adult": ("Majeur", "adulte"),
        "mixed": ("majeurs et mineurs", "Mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation", "bateau pneumatique", "mer"),
        "land": ("poids lourd", "camion", "à pied", "véhicule"),
        "air": ("avion", "voie aérienne"),
    },
    unknown=("non renseigné", "NR", "inconnu"),
    count_unknown=("NC", "inconnu", "?"),
    zero=("aucun", "néant", "0"),
    offences={
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" / ",
    transit_sep=", ",
    direct=("",),
    country_forms=(("name", 0.86), ("alias", 0.08), ("iso2", 0.06)),
    nationality_forms=(("demonym", 0.8), ("name", 0.2)),
    modifiers=(
        ("none", 0.74),
        ("upper", 0.06),
        ("spaces", 0.04),
        ("noaccent", 0.06),
        ("typo", 0.03),
        ("mojibake", 0.04),
    ),
    extra="Déclarant",
)

_UKHSA = GiSource(
    source="ukhsa_migrant_health",
    filename="ukhsa_migrant_health_gi.csv",
    ref="HPZ{yy:02d}{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date seen",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "Alleged perpetrators (n)",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transit_countries": "Journey (countries transited)",
        "transport_mode": "Mode of arrival",
        "linked_offences": "Linked concerns",
    },
    note="OFFICIAL-SENSITIVE: provisional data, subject to change",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=True,
    style="ukhsa",
    crime={
        "trafficking": ("Suspected MSHT", "Modern slavery / human trafficking", "MSHT"),
        "smuggling": ("People smuggling", "Facilitated illegal entry"),
        "both": ("MSHT and people smuggling", "Smuggled, then exploited (MSHT)"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("", "N/A", "Not applicable"),
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed group", "Mixed"),
    },
    age={
        "child": ("Child", "UASC", "Under 18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults and children", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Boat", "small boat"),
        "land": ("Lorry (HGV)", "Lorry", "Vehicle", "On foot"),
        "air": ("Flight", "Air"),
    },
    unknown=("Not recorded", "Not known", "Unknown"),
    count_unknown=("Not known", "unknown"),
    zero=("None", "nil", "0"),
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Drugs (cannabis)"),
        "cybercrime": ("Online / cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct=("", "Direct"),
    country_forms=(("name", 0.68), ("alias", 0.08), ("iso2", 0.06), ("nation", 0.18)),
    nationality_forms=(("demonym", 0.85), ("name", 0.1), ("iso2", 0.05)),
    modifiers=(("none", 0.85), ("upper", 0.04), ("lower", 0.04), ("spaces", 0.03), ("typo", 0.04)),
    extra=None,
)

_SANIDAD = GiSource(
    source="sanidad_dgsp",
    filename="sanidad_dgsp_gi.xlsx",
    ref="{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "_extra": "CC.AA.",
        "event_date": "Fecha de atención",
        "crime_type": "Tipo de caso",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Personas atendidas",
        "n_suspects": "Presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: servicios de salud de las CC.AA. Datos provisionales.",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    style="sanidad",
    crime={
        "trafficking": ("Sospecha de trata", "Posible víctima de trata (TSH)", "Trata"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Llegada irregular – tráfico de migrantes",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata y tráfico", "Tráfico de migrantes con indicios de trata"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    no_exploitation=("", "No procede"),
    gender={
        "female": ("Mujer", "M", "mujer"),
        "male": ("Varón", "V", "varón"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menor", "Menor no acompañado", "menor de edad"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Salto de valla", "Vehículo (doble fondo)", "A pie", "Terrestre"),
        "air": ("Avión", "Vía aérea"),
    },
    unknown=("No consta", "Desconocido"),
    count_unknown=("No consta", "Desconocido"),
    zero=("Ninguno", "0"),
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct=("", "", "Directo"),
    country_forms=(("name", 0.9), ("alias", 0.07), ("iso2", 0.03)),
    nationality_forms=(("demonym", 0.75), ("name", 0.25)),
    modifiers=(
        ("none", 0.76),
        ("upper", 0.12),
        ("noaccent", 0.06),
        ("typo", 0.03),
        ("spaces", 0.03),
    ),
    extra="CC.AA.",
)

_MINSA = GiSource(
    source="minsa_epi_pa",
    filename="minsa_epi_pa_gi.csv",
    ref="DAR-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha de atención",
        "_extra": "Instalación de salud",
        "crime_type": "Tipificación",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos traficantes",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: datos preliminares sujetos a revisión",
    total="Total",
    bad_count=("varios", "grupo"),
    repeats=True,
    style="minsa",
    crime={
        "trafficking": ("Posible víctima de trata", "Trata de personas"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Delitos forzados",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    no_exploitation=("", "N/A"),
    gender={
        "female": ("Femenino", "Mujer"),
        "male": ("Masculino", "Hombre"),
        "mixed": ("Mixto",),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Adultos"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "sea": ("Lancha", "Marítimo"),
        "land": ("A pie (selva)", "Terrestre", "Caminando"),
        "air": ("Aéreo",),
    },
    unknown=("Sin dato", "S/D"),
    count_unknown=("S/D", "Sin dato"),
    zero=("Ninguno", "0"),
    offences={
        "document_fraud": ("Documentos falsos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Drogas",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep="; ",
    transit_sep=", ",
    direct=("",),
    country_forms=(("name", 0.85), ("iso3", 0.1), ("alias", 0.05)),
    nationality_forms=(("demonym_f", 0.5), ("iso3", 0.25), ("name", 0.25)),
    modifiers=(("none", 0.5), ("upper", 0.4), ("noaccent", 0.06), ("typo", 0.04)),
    extra="Instalación de salud",
)

_WHO = GiSource(
    source="who_phm_digest",
    filename="who_phm_digest_gi.jsonl",
    ref="PHM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "signal_id",
        "event_date": "date_of_event",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_affected",
        "n_suspects": "facilitators_reported",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "location_country",
        "transit_countries": "transit_route",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_offences",
        "_extra": "information_source",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens"),
    repeats=False,
    style="who",
    crime={
        "trafficking": ("trafficking in persons", "TIP (suspected)", "human trafficking"),
        "smuggling": ("smuggling of migrants", "migrant smuggling", "SOM"),
        "both": ("trafficking and smuggling", "TIP/SOM"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=("",),
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed", "both sexes")},
    age={
        "child": ("child", "children (<18)"),
        "adult": ("adult", "adults"),
        "mixed": ("mixed", "adults and children"),
    },
    mode={
        "sea": ("sea", "boat"),
        "land": ("land", "overland"),
        "air": ("air", "flight"),
    },
    unknown=("not reported", "unknown"),
    count_unknown=("not reported",),
    zero=(),
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep="",
    direct=("",),
    country_forms=(("iso3", 0.5), ("un", 0.25), ("iso2", 0.1), ("numeric", 0.1), ("name", 0.05)),
    nationality_forms=(("iso3", 0.6), ("un", 0.4)),
    modifiers=(("none", 1.0),),
    extra="information_source",
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[GiSource, ...] = (_ARS, _UKHSA, _SANIDAD, _MINSA, _WHO)

_EXAMINER: Examiner[GiSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "ars_hdf_veille",
        "GBR": "ukhsa_migrant_health",
        "ESP": "sanidad_dgsp",
        "PAN": "minsa_epi_pa",
    },
    compilation="who_phm_digest",
    secondary={
        # the same boat seen by the French emergency services and on arrival at Dover
        ("channel", "FRA"): "ukhsa_migrant_health",
        ("channel", "GBR"): "ars_hdf_veille",
        # Spain and Panama notify WHO of the larger arrivals they already logged
        ("watl", "ESP"): "who_phm_digest",
        ("wmed", "ESP"): "who_phm_digest",
        ("darien", "PAN"): "who_phm_digest",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=189,
    blank_share=0.3,
)


def make_blind189(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five health-sector sources of ``blind189``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ars_hdf_veille_gi.csv`` (French, cp1252, ``;``),
        ``ukhsa_migrant_health_gi.csv`` (English, UTF-8 with BOM, ``,``),
        ``sanidad_dgsp_gi.xlsx`` (Spanish), ``minsa_epi_pa_gi.csv`` (Spanish, UTF-16,
        tab) and ``who_phm_digest_gi.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind189(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ars_hdf_veille_gi.csv', 'ukhsa_migrant_health_gi.csv', 'sanidad_dgsp_gi.xlsx',
     'minsa_epi_pa_gi.csv', 'who_phm_digest_gi.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8-sig', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['Case ID', 'Date seen', 'Concern type']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
