"""Examiner sample set ``blind320`` (files ``*_lj.*``): cruise lines' security desks.

Five submissions written by an examiner who never saw the cleaner, from the security and
crew-welfare desks of cruise lines and their industry body, which log the stowaways,
smuggled crew, trafficked passengers and migrant rescues their ships and port agents meet:

``carnival_uk_fleet_security_lj.xlsx``
    Carnival UK (P&O Cruises, Cunard), Fleet Security, Southampton. English; an Excel
    incident log: real Excel dates (a few typed as ``17/05/2023`` or ``17 May 2023``),
    nationalities as demonyms (``Vietnamese``), ``UK`` for the United Kingdom, counts as
    numbers, positions as decimal degrees or as a bridge writes them (``51° 07.25' N``).
``ponant_surete_flotte_lj.csv``
    Compagnie du Ponant, Sûreté flotte, Marseille. French; cp1252, ``;``, CRLF; dates
    ``17/05/2023`` or ``17/05/23`` (a monthly recap line ``05/2023``), country names in
    French, some in capitals without accents (``ERYTHREE``), decimal commas, ``1 234``.
``rccl_latam_seguridad_lj.jsonl``
    Royal Caribbean Group, Latin America security desk. Spanish keys and words; UTF-8
    JSON lines from a case tool: ISO timestamps, ISO alpha-2 codes (``PA``, ``CO``),
    ``NNA`` for children, ``lavado de activos``, the desk's informant (``agente
    portuario``), positions as one ``"lat, lon"`` string.
``costa_cruceros_seguridad_lj.csv``
    Costa Cruceros, Seguridad Corporativa (Barcelona). Spanish; UTF-8 with BOM, ``,``;
    rows imported from a legacy tool keep their mojibake (``TÃºnez``); dates
    ``17/05/2023`` or ``17-05-2023`` (``mayo de 2023``, ``2023T2`` on recap lines);
    ``1.234``; no column of linked offences.
``clia_maritime_security_lj.csv``
    CLIA (Cruise Lines International Association), maritime security digest compiled
    from member lines' reports: the compilation source. English; UTF-16 tab-separated
    text as Excel saves it; ISO alpha-3/alpha-2 codes (UN numeric codes for some
    locations), UN country names, dates ``17 May 2023``, ``17-May-23``, ``May 2023`` or
    ``Q2 2023``; positions ``35.5012N 12.6034E``; ``1,234``.

Every cell is written as these desks write it, and the truth expects what a careful analyst
reads from it: a count given as ``n/k`` is no count (the row stays a record), ``several`` is
an unreadable count (the row is quarantined), ``N/A`` in the age or transport column is
``unknown``, a position in degrees and minutes is read as its decimal value.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["SOURCES", "make_blind320"]

_Rng = np.random.Generator
_Date = tuple[object, pd.Timestamp, str, str]  # cell, expected day, precision, tag
_Place = tuple[dict[str, object], float | None, float | None, str]  # cells, lat, lon, tag

# iso3: (English, English demonym, French, Spanish)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanian", "Albanie", "Albania"),
    "AUT": ("Austria", "Austrian", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladeshi", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarian", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnian", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Belarusian", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chinese", "Chine", "China"),
    "CIV": ("Ivory Coast", "Ivorian", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroonian", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombian", "Colombie", "Colombia"),
    "DEU": ("Germany", "German", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algerian", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Ecuadorian", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Egyptian", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Eritrean", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Spanish", "Espagne", "España"),
    "FRA": ("France", "French", "France", "Francia"),
    "GBR": ("United Kingdom", "British", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinean", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambian", "Gambie", "Gambia"),
    "GRC": ("Greece", "Greek", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemalan", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduran", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatian", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haitian", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hungarian", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iranian", "Iran", "Irán"),
    "IRQ": ("Iraq", "Iraqi", "Irak", "Irak"),
    "ITA": ("Italy", "Italian", "Italie", "Italia"),
    "LBY": ("Libya", "Libyan", "Libye", "Libia"),
    "MAR": ("Morocco", "Moroccan", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexican", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macedonian", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Malian", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanian", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Nigerien", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigerian", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistani", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panamanian", "Panama", "Panamá"),
    "POL": ("Poland", "Polish", "Pologne", "Polonia"),
    "ROU": ("Romania", "Romanian", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russian", "Russie", "Rusia"),
    "SEN": ("Senegal", "Senegalese", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbian", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrian", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisian", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turkish", "Turquie", "Turquía"),
    "USA": ("United States", "American", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuelan", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnamese", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yemeni", "Yémen", "Yemen"),
}

#: The names CLIA's digest copies from UN lists where they differ from the usual ones.
_UN_NAMES = {
    "CIV": "Côte d'Ivoire",
    "IRN": "Iran (Islamic Republic of)",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Türkiye",
    "USA": "United States of America",
    "VNM": "Viet Nam",
    "GBR": "United Kingdom",
}

#: What Carnival UK's log writes instead of the plain English name.
_UK_ALIASES = {"GBR": "UK", "USA": "USA"}

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


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop accents, as a clerk typing capitals does (``Érythrée`` -> ``Erythree``).

    Examples
    --------
    >>> _plain("Côte d'Ivoire").upper()
    "COTE D'IVOIRE"
    """
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _typo(text: str, u: float) -> str:
    """Swap two neighbouring inner letters of a name of 7+ letters (``Afhganistan``).

    Parameters
    ----------
    text : str
        A country name.
    u : float
        Uniform draw in [0, 1) choosing the place of the slip.

    Returns
    -------
    str
        The name with the slip, or unchanged when it is short or the letters are equal.

    Examples
    --------
    >>> _typo("Afghanistan", 0.0)
    'Afhganistan'
    >>> _typo("Mali", 0.5)
    'Mali'
    """
    if len(text) < 7:
        return text
    i = 2 + int(u * 1000) % (len(text) - 4)
    a, b = text[i], text[i + 1]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return text
    return text[:i] + b + a + text[i + 2 :]


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its year's tens digit struck one key too far (2023 -> 2033).

    Examples
    --------
    >>> _future(pd.Timestamp("2022-03-14")).year
    2032
    """
    try:
        return ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February of a year whose typo is no leap year
        return ts.replace(year=ts.year + 10, day=28)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


def _thousands(n: int, sep: str) -> str:
    """Write ``n`` with ``sep`` between thousands (``1 234``, ``1.234``, ``1,234``).

    Examples
    --------
    >>> _thousands(1234, "."), _thousands(87, ",")
    ('1.234', '87')
    """
    return f"{n:,}".replace(",", sep)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes as a bridge log writes them, and their decimal value.

    Examples
    --------
    >>> _ddm(51.12083, "N", "S", 2)
    ("51° 07.25' N", 51.12083333333333)
    >>> _ddm(-0.13, "E", "W", 3)[0]
    "000° 07.80' W"
    """
    total = round(abs(value) * 60, 2)
    deg = int(total // 60)
    mins = round(total - deg * 60, 2)
    hemi = pos if value >= 0 else neg
    read = (deg + mins / 60) * (1 if value >= 0 else -1)
    return f"{deg:0{width}d}° {mins:05.2f}' {hemi}", read


def _num(value: object) -> float:
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    raise TypeError(f"expected a number in the truth, got {value!r}")


# --------------------------------------------------------------------------------------
# How each desk writes
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """One desk's words and ways of writing a cell."""

    words: dict[str, dict[str, tuple[str, ...]]]
    unknown_expl: tuple[str, ...]
    no_gender: tuple[str, ...]
    na_words: tuple[str, ...]
    no_country: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    coords_unknown: tuple[str, ...]
    offence_seps: tuple[str, ...]
    transit_seps: tuple[str, ...]
    date: Callable[[pd.Timestamp, _Rng, bool], _Date]
    country: Callable[[str, str, float], tuple[str, str]]
    coords: Callable[[float, float, _Rng], _Place]
    count: Callable[[int, _Rng], tuple[object, str]]
    ships: tuple[str, ...]
    informants: tuple[str, ...] = ()
    mojibake_rate: float = 0.0


def _word(style: _Style, column: str, value: str, rng: _Rng) -> str:
    """Return the desk's usual word (60 %) or one of its other words for ``value``."""
    forms = style.words[column][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


# Carnival UK: Excel log, English, day-first UK dates ----------------------------------
def _date_carnival(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.02:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "month_only"
    if r < 0.8:
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if r < 0.95:
        return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
    return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", ts, "day", "text_date"


def _country_carnival(iso: str, col: str, u: float) -> tuple[str, str]:
    en, demonym = _NAMES[iso][0], _NAMES[iso][1]
    if col == "nationality":
        if u < 0.75:
            return demonym, "demonym:nationality"
        if u < 0.95:
            return en, ""
        return iso_codes(iso)[0], "iso2:nationality"
    if col != "transit_countries" and u < 0.04:
        return iso_codes(iso)[0], f"iso2:{col}"
    if col != "transit_countries" and u < 0.07:
        slip = _typo(en, u * 7)
        return slip, f"typo:{col}" if slip != en else ""
    if iso in _UK_ALIASES and u > 0.5:
        return _UK_ALIASES[iso], f"alias:{col}"
    return en, ""


def _coords_carnival(lat: float, lon: float, rng: _Rng) -> _Place:
    if rng.random() < 0.15:
        t_lat, r_lat = _ddm(lat, "N", "S", 2)
        t_lon, r_lon = _ddm(lon, "E", "W", 3)
        return {"lat": t_lat, "lon": t_lon}, r_lat, r_lon, "ddm_coords"
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), ""


def _count_number(n: int, rng: _Rng) -> tuple[object, str]:
    return n, ""


# Ponant: cp1252 CSV, French ------------------------------------------------------------
def _date_ponant(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.04:
        return ts.strftime("%m/%Y"), _month_start(ts), "month", "month_only"
    if r < 0.85:
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"


def _country_ponant(iso: str, col: str, u: float) -> tuple[str, str]:
    fr = _NAMES[iso][2]
    if u < 0.15:
        return _plain(fr).upper(), f"upper:{col}"
    if u < 0.2 and col != "transit_countries":
        return iso_codes(iso)[0], f"iso2:{col}"
    if u < 0.23 and col != "transit_countries":
        slip = _typo(fr, u * 11)
        return slip, f"typo:{col}" if slip != fr else ""
    return fr, ""


def _coords_ponant(lat: float, lon: float, rng: _Rng) -> _Place:
    cells: dict[str, object] = {
        "lat": f"{lat:.5f}".replace(".", ","),
        "lon": f"{lon:.5f}".replace(".", ","),
    }
    return cells, round(lat, 5), round(lon, 5), "decimal_comma"


def _count_ponant(n: int, rng: _Rng) -> tuple[object, str]:
    if n >= 1000:
        r = rng.random()
        if r < 0.6:
            return _thousands(n, "\u00a0"), "thousands"
        if r < 0.8:
            return _thousands(n, " "), "thousands"
    return str(n), ""


# Royal Caribbean, Latin America desk: JSON lines, Spanish, ISO codes -------------------
def _date_rccl(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.03:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "month_only"
    if r < 0.6:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00", ts, "day", "iso_timestamp"
    return ts.strftime("%Y-%m-%d"), ts, "day", ""


def _country_rccl(iso: str, col: str, u: float) -> tuple[str, str]:
    if u < 0.7:
        return iso_codes(iso)[0], f"iso2:{col}"
    if u < 0.75:
        return iso, f"iso3:{col}"
    return _NAMES[iso][3], ""


def _coords_rccl(lat: float, lon: float, rng: _Rng) -> _Place:
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), "coord_pair"


# Costa Cruceros: UTF-8 CSV with BOM, Spanish -------------------------------------------
def _date_costa(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.015:
        month = _MONTHS_ES[ts.month - 1]
        return f"{month} de {ts.year}", _month_start(ts), "month", "month_only"
    if partial_ok and r < 0.025:
        return f"{ts.year}T{ts.quarter}", _quarter_start(ts), "quarter", "quarter_only"
    if r < 0.8:
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    return ts.strftime("%d-%m-%Y"), ts, "day", "dash_date"


def _country_costa(iso: str, col: str, u: float) -> tuple[str, str]:
    es = _NAMES[iso][3]
    if u < 0.05:
        return es.upper(), f"upper:{col}"
    if u < 0.08 and col != "transit_countries":
        slip = _typo(es, u * 13)
        return slip, f"typo:{col}" if slip != es else ""
    return es, ""


def _coords_costa(lat: float, lon: float, rng: _Rng) -> _Place:
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, round(lat, 5), round(lon, 5), ""


def _count_costa(n: int, rng: _Rng) -> tuple[object, str]:
    if n >= 1000 and rng.random() < 0.7:
        return _thousands(n, "."), "thousands"
    return str(n), ""


# CLIA digest: UTF-16 tab-separated text, English, ISO codes ----------------------------
def _date_clia(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "month_only"
    if partial_ok and r < 0.08:
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "quarter_only"
    if r < 0.75:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    return ts.strftime("%d-%b-%y"), ts, "day", "short_date"


def _country_clia(iso: str, col: str, u: float) -> tuple[str, str]:
    alpha2, numeric = iso_codes(iso)
    if col == "transit_countries":
        return (iso, "") if u < 0.8 else (alpha2, "iso2:transit_countries")
    if col == "detection_country":
        if u < 0.55:
            return iso, ""
        if u < 0.7:
            return alpha2, f"iso2:{col}"
        if u < 0.85:
            return numeric, f"numeric:{col}"
    elif u < 0.65:
        return iso, ""
    elif u < 0.85:
        return alpha2, f"iso2:{col}"
    name = _UN_NAMES.get(iso, _NAMES[iso][0])
    return name, f"name:{col}"


def _coords_clia(lat: float, lon: float, rng: _Rng) -> _Place:
    text = f"{abs(lat):.4f}{'N' if lat >= 0 else 'S'} {abs(lon):.4f}{'E' if lon >= 0 else 'W'}"
    return {"coordinates": text}, round(lat, 4), round(lon, 4), "hemisphere_coords"


def _count_clia(n: int, rng: _Rng) -> tuple[object, str]:
    if n >= 1000 and rng.random() < 0.8:
        return _thousands(n, ","), "thousands"
    return str(n), ""


_CARNIVAL = "carnival_uk_fleet_security"
_PONANT = "ponant_surete_flotte"
_RCCL = "rccl_latam_seguridad"
_COSTA = "costa_cruceros_seguridad"
_CLIA = "clia_maritime_security"

_STYLES: dict[str, _Style] = {
    _CARNIVAL: _Style(
        words={
            "crime_type": {
                "trafficking": (
                    "Modern slavery / human trafficking",
                    "Human trafficking",
                    "Modern slavery",
                ),
                "smuggling": ("People smuggling", "Facilitation", "Facilitated illegal entry"),
                "both": ("Trafficking and smuggling", "MSHT + facilitation"),
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
                "female": ("Female", "F", "All female"),
                "male": ("Male", "M", "All male"),
                "mixed": ("Mixed", "Male & female"),
            },
            "age_group": {
                "child": ("Minor", "U18", "UASC"),
                "adult": ("Adult", "Adults", "18+"),
                "mixed": ("Mixed", "Adults & minors"),
            },
            "transport_mode": {
                "sea": ("Small boat", "Sea", "Vessel", "RHIB"),
                "land": ("HGV", "Lorry", "Vehicle", "Land"),
                "air": ("Air", "Flight"),
            },
            "linked_offences": {
                "document_fraud": ("Document fraud", "False documents"),
                "corruption": ("Bribery", "Corruption"),
                "money_laundering": ("Money laundering",),
                "illicit_goods": ("Drugs", "Illicit goods"),
                "cybercrime": ("Cybercrime",),
                "terrorism": ("Terrorism",),
            },
        },
        unknown_expl=("Not yet established", "TBC"),
        no_gender=("Not recorded",),
        na_words=("N/A", "Not recorded"),
        no_country=("Unknown", "n/k"),
        count_unknown=("n/k", "TBC", "Not known"),
        suspects_unknown=("n/k", "Unknown"),
        zero_words=("None", "Nil"),
        coords_unknown=(),
        offence_seps=("; ", " / "),
        transit_seps=(" > ", ", "),
        date=_date_carnival,
        country=_country_carnival,
        coords=_coords_carnival,
        count=_count_number,
        ships=(
            "Arcadia",
            "Aurora",
            "Azura",
            "Britannia",
            "Iona",
            "Arvia",
            "Ventura",
            "Queen Mary 2",
            "Queen Victoria",
            "Queen Elizabeth",
        ),
    ),
    _PONANT: _Style(
        words={
            "crime_type": {
                "trafficking": ("traite des êtres humains", "TEH", "traite"),
                "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants", "AEI"),
                "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
            },
            "exploitation": {
                "sexual": ("exploitation sexuelle", "proxénétisme"),
                "forced_labour": ("travail forcé", "exploitation par le travail"),
                "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
                "organ_removal": ("prélèvement d'organes",),
                "forced_marriage": ("mariage forcé",),
                "other": ("autre",),
            },
            "gender": {
                "female": ("F", "femmes", "féminin"),
                "male": ("H", "hommes", "masculin"),
                "mixed": ("mixte", "H/F"),
            },
            "age_group": {
                "child": ("mineur", "mineurs", "MNA"),
                "adult": ("majeur", "majeurs", "adultes"),
                "mixed": ("majeurs et mineurs", "mixte"),
            },
            "transport_mode": {
                "sea": ("maritime", "embarcation", "small boat"),
                "land": ("routier", "poids lourd", "PL"),
                "air": ("aérien", "avion"),
            },
            "linked_offences": {
                "document_fraud": ("fraude documentaire", "faux documents"),
                "corruption": ("corruption",),
                "money_laundering": ("blanchiment",),
                "illicit_goods": ("stupéfiants",),
                "cybercrime": ("cybercriminalité",),
                "terrorism": ("terrorisme",),
            },
        },
        unknown_expl=("non déterminée", "NC"),
        no_gender=("non renseigné",),
        na_words=("sans objet", "non renseigné"),
        no_country=("inconnu", "NC"),
        count_unknown=("NC", "inconnu"),
        suspects_unknown=("NC", "?"),
        zero_words=("aucun", "néant"),
        coords_unknown=(),
        offence_seps=(" + ", ", "),
        transit_seps=(" / ", ", "),
        date=_date_ponant,
        country=_country_ponant,
        coords=_coords_ponant,
        count=_count_ponant,
        ships=(
            "Le Lyrial",
            "Le Boréal",
            "L'Austral",
            "Le Soléal",
            "Le Champlain",
            "Le Bougainville",
            "Le Dumont-d'Urville",
            "Le Jacques Cartier",
        ),
    ),
    _RCCL: _Style(
        words={
            "crime_type": {
                "trafficking": ("trata de personas", "trata"),
                "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes", "TIM"),
                "both": ("trata y tráfico", "trata de personas / tráfico de migrantes"),
            },
            "exploitation": {
                "sexual": ("explotación sexual", "sexual"),
                "forced_labour": ("explotación laboral", "trabajos forzados"),
                "forced_criminality": ("actividades delictivas forzadas",),
                "organ_removal": ("extracción de órganos",),
                "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
                "other": ("otros fines",),
            },
            "gender": {
                "female": ("femenino", "mujeres"),
                "male": ("masculino", "hombres"),
                "mixed": ("mixto",),
            },
            "age_group": {
                "child": ("NNA", "menores"),
                "adult": ("adultos", "mayores de edad"),
                "mixed": ("mixto", "adultos y NNA"),
            },
            "transport_mode": {
                "sea": ("marítimo", "lancha", "embarcación"),
                "land": ("terrestre", "a pie", "vehículo"),
                "air": ("aéreo", "vuelo comercial"),
            },
            "linked_offences": {
                "document_fraud": ("falsedad documental", "documentos falsos"),
                "corruption": ("cohecho", "corrupción"),
                "money_laundering": ("lavado de activos",),
                "illicit_goods": ("narcotráfico", "contrabando"),
                "cybercrime": ("delitos informáticos",),
                "terrorism": ("terrorismo",),
            },
        },
        unknown_expl=("por determinar",),
        no_gender=("s/d",),
        na_words=("no aplica",),
        no_country=("desconocido", "s/d"),
        count_unknown=("s/d", "desconocido"),
        suspects_unknown=("s/d",),
        zero_words=("ninguno",),
        coords_unknown=(),
        offence_seps=("; ", ", "),
        transit_seps=(", ",),
        date=_date_rccl,
        country=_country_rccl,
        coords=_coords_rccl,
        count=_count_number,
        ships=(),
        informants=(
            "agente portuario",
            "autoridad local",
            "oficial de protección del buque",
            "socio de excursiones",
            "prensa local",
        ),
    ),
    _COSTA: _Style(
        words={
            "crime_type": {
                "trafficking": ("trata de seres humanos", "TSH"),
                "smuggling": ("tráfico de migrantes", "favorecimiento de la inmigración ilegal"),
                "both": ("trata y tráfico de migrantes",),
            },
            "exploitation": {
                "sexual": ("explotación sexual",),
                "forced_labour": ("explotación laboral",),
                "forced_criminality": ("delincuencia forzada",),
                "organ_removal": ("extracción de órganos",),
                "forced_marriage": ("matrimonio forzado",),
                "other": ("otras",),
            },
            "gender": {
                "female": ("mujer", "mujeres"),
                "male": ("hombre", "hombres"),
                "mixed": ("ambos sexos", "mixto"),
            },
            "age_group": {
                "child": ("menor", "menores"),
                "adult": ("adulto", "adultos"),
                "mixed": ("adultos y menores",),
            },
            "transport_mode": {
                "sea": ("marítimo", "embarcación", "patera"),
                "land": ("terrestre", "carretera"),
                "air": ("aéreo", "avión"),
            },
            "linked_offences": {},
        },
        unknown_expl=("sin determinar",),
        no_gender=("no consta",),
        na_words=("no consta",),
        no_country=("desconocido", "no consta"),
        count_unknown=("s/d", "N/D"),
        suspects_unknown=("s/d", "desconocido"),
        zero_words=("ninguno", "cero"),
        coords_unknown=("N/D",),
        offence_seps=(),
        transit_seps=(" - ", ", "),
        date=_date_costa,
        country=_country_costa,
        coords=_coords_costa,
        count=_count_costa,
        ships=(
            "Costa Fascinosa",
            "Costa Pacifica",
            "Costa Diadema",
            "Costa Smeralda",
            "Costa Toscana",
            "Costa Fortuna",
            "Costa Firenze",
        ),
        mojibake_rate=0.1,
    ),
    _CLIA: _Style(
        words={
            "crime_type": {
                "trafficking": ("Trafficking in persons", "TIP", "Human trafficking"),
                "smuggling": ("Smuggling of migrants", "Migrant smuggling", "SOM"),
                "both": ("TIP / SOM", "Trafficking and smuggling"),
            },
            "exploitation": {
                "sexual": ("Sexual exploitation", "Sex trafficking"),
                "forced_labour": ("Forced labour", "Labor trafficking"),
                "forced_criminality": ("Forced criminality", "Forced criminal activity"),
                "organ_removal": ("Organ removal",),
                "forced_marriage": ("Forced marriage",),
                "other": ("Other",),
            },
            "gender": {
                "female": ("Female", "Females"),
                "male": ("Male", "Males"),
                "mixed": ("Mixed",),
            },
            "age_group": {
                "child": ("Minors", "Child"),
                "adult": ("Adults", "Adult"),
                "mixed": ("Mixed", "Adults and minors"),
            },
            "transport_mode": {
                "sea": ("Sea", "Vessel"),
                "land": ("Land", "Overland"),
                "air": ("Air",),
            },
            "linked_offences": {
                "document_fraud": ("Document fraud",),
                "corruption": ("Corruption",),
                "money_laundering": ("Money laundering",),
                "illicit_goods": ("Illicit goods", "Narcotics"),
                "cybercrime": ("Cybercrime",),
                "terrorism": ("Terrorism",),
            },
        },
        unknown_expl=("Unspecified",),
        no_gender=("Not specified",),
        na_words=("N/A", "Not specified"),
        no_country=("Unknown", "N/K"),
        count_unknown=("Unknown", "N/K"),
        suspects_unknown=("Unknown",),
        zero_words=("None", "Nil"),
        coords_unknown=("Not reported",),
        offence_seps=(", ", "; "),
        transit_seps=("-", " > "),
        date=_date_clia,
        country=_country_clia,
        coords=_coords_clia,
        count=_count_clia,
        ships=(),
    ),
}

#: The five sources, in the order :func:`make_blind320` returns them.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_CARNIVAL,
        filename=f"{_CARNIVAL}_lj.xlsx",
        ref="FSI-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Incident Ref",
            "event_date": "Date of Incident",
            "ship": "Ship",
            "crime_type": "Incident Category",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Persons",
            "n_suspects": "No. of Facilitators",
            "gender": "Sex",
            "age_group": "Age Group",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Incident",
            "transit_countries": "Transit Route",
            "transport_mode": "Mode",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Associated Offences",
        },
        note="Figures provisional – subject to validation by Fleet Security",
        total="TOTAL",
        bad_count=("several", "20-30"),
        repeats=False,
    ),
    ExaminerSource(
        source=_PONANT,
        filename=f"{_PONANT}_lj.csv",
        ref="SF/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date des faits",
            "ship": "Navire",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen",
            "lat": "Lat.",
            "lon": "Long.",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires – extraction Sûreté flotte, non consolidées",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "une dizaine"),
        repeats=True,
    ),
    ExaminerSource(
        source=_RCCL,
        filename=f"{_RCCL}_lj.jsonl",
        ref="RCL-LA-{yy:02d}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "id_caso",
            "event_date": "fecha_hora",
            "informant": "fuente",
            "crime_type": "tipo_delito",
            "exploitation": "fin_explotacion",
            "n_persons": "personas",
            "n_suspects": "presuntos_responsables",
            "gender": "sexo",
            "age_group": "grupo_etario",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_evento",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "coordinates": "coordenadas",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL",
        bad_count=("varios", "grupo numeroso"),
        repeats=False,
    ),
    ExaminerSource(
        source=_COSTA,
        filename=f"{_COSTA}_lj.csv",
        ref="{seq:04d}/{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Nº Parte",
            "event_date": "Fecha",
            "ship": "Buque",
            "crime_type": "Tipología",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº implicados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "destination_country": "País destino",
            "detection_country": "País detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
        },
        note="Nota: datos provisionales, pendientes de validación por Seguridad Corporativa",
        total="TOTAL",
        bad_count=("varios", "numerosos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CLIA,
        filename=f"{_CLIA}_lj.csv",
        ref="CLIA-MS-{year}/{seq:03d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Digest Ref",
            "event_date": "Date / Period",
            "crime_type": "Category",
            "exploitation": "Exploitation",
            "n_persons": "Persons",
            "n_suspects": "Facilitators",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "destination_country": "Destination",
            "detection_country": "Location (Country)",
            "transit_countries": "Transit",
            "transport_mode": "Conveyance",
            "coordinates": "Position",
            "linked_offences": "Linked Offences",
        },
        note="Compiled from member line reports – not verified by CLIA",
        total="Grand Total",
        bad_count=("several", "multiple"),
        repeats=True,
    ),
)

_TEXT_COLUMNS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "transport_mode",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
)


# --------------------------------------------------------------------------------------
# One event as one desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    st = _STYLES[src.source]
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(name: str) -> None:
        if name:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], date_tag = st.date(
        ts, rng, partial_ok
    )
    tag(date_tag)
    mode = str(ev["transport_mode"])
    if "ship" in has:  # the ship is named when the event happened at sea
        cells["ship"] = choice(rng, st.ships) if mode == "sea" else None
    if "informant" in has:  # who told the desk
        cells["informant"] = choice(rng, st.informants)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(st, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        cells["exploitation"], exp["exploitation"] = choice(rng, st.unknown_expl), "unknown"
        tag("unknown:exploitation")
    else:
        cells["exploitation"] = _word(st, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    persons = int(_num(ev["n_persons"]))
    if rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = choice(rng, st.count_unknown), None
        tag("count_placeholder")
    else:
        cells["n_persons"], count_tag = st.count(persons, rng)
        exp["n_persons"] = persons
        tag(count_tag)

    suspects = int(_num(ev["n_suspects"]))
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.suspects_unknown), None
        tag("suspects_placeholder")
    elif suspects == 0 and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero_words), 0
        tag("zero_word")
    else:
        cells["n_suspects"] = st.count(suspects, rng)[0]
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"], exp["gender"] = choice(rng, st.no_gender), "unknown"
        tag("blank_gender")
        tag("unknown_word:gender")
    else:
        cells["gender"], exp["gender"] = _word(st, "gender", gender, rng), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        rate = 0.03 if col == "age_group" else 0.02
        if rng.random() < rate:
            cells[col], exp[col] = choice(rng, st.na_words), "unknown"
            tag("na_word")
            tag(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(st, col, value, rng), value

    unknown_rate = {"nationality": 0.015, "origin_country": 0.03, "destination_country": 0.05}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        r = rng.random()
        u = float(rng.random())
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
        elif r < unknown_rate.get(col, 0.0):
            cells[col], exp[col] = choice(rng, st.no_country), None
            tag("blank_nationality" if col == "nationality" else f"unknown:{col}")
            tag(f"unknown_word:{col}")
        else:
            cells[col], country_tag = st.country(iso, col, u)
            exp[col] = iso
            tag(country_tag)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        u = float(rng.random())
        parts = [st.country(p, "transit_countries", u) for p in str(transit).split("|")]
        cells["transit_countries"] = choice(rng, st.transit_seps).join(p[0] for p in parts)
        exp["transit_countries"] = str(transit)
        tag(parts[0][1])

    lat, lon = _num(ev["lat"]), _num(ev["lon"])
    r = rng.random()
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    elif r < 0.035:
        exp["lat"] = exp["lon"] = None
        tag("coords_missing")
    elif r < 0.045 and st.coords_unknown:
        word = choice(rng, st.coords_unknown)
        cells.update({"coordinates": word} if "coordinates" in has else {"lat": word, "lon": word})
        exp["lat"] = exp["lon"] = None
        tag("coords_placeholder")
    else:
        place, exp["lat"], exp["lon"], place_tag = st.coords(lat, lon, rng)
        cells.update(place)
        tag(place_tag)

    offences = ev["linked_offences"]
    if "linked_offences" in has and offences is not None:
        words = [_word(st, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, st.offence_seps).join(words)
        exp["linked_offences"] = str(offences)
    else:
        exp["linked_offences"] = None

    for col in _TEXT_COLUMNS:  # case and stray spaces, as typed; the meaning stays
        cell = cells.get(col)
        if isinstance(cell, str) and rng.random() < 0.04:
            kind = int(rng.integers(0, 3))
            cells[col] = cell.upper() if kind == 0 else cell.lower() if kind == 1 else f" {cell}  "
            tag(f"case:{col}")
    if st.mojibake_rate and rng.random() < st.mojibake_rate:  # a row of the legacy import
        garbled = False
        for col in _TEXT_COLUMNS:
            cell = cells.get(col)
            bad = mojibake(cell) if isinstance(cell, str) else None
            if bad is not None:
                cells[col], garbled = bad, True
        if garbled:
            tag("mojibake")
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        return {
            _CARNIVAL: f"30/02/{ts.year}",
            _PONANT: f"31/{choice(rng, ('04', '06', '09', '11'))}/{ts.year}",
            _RCCL: f"{ts.year}-02-30",
            _COSTA: f"31/06/{ts.year}",
            _CLIA: f"30 February {ts.year}",
        }[name]
    day = _future(ts)
    return {
        _CARNIVAL: day.to_pydatetime(),
        _PONANT: day.strftime("%d/%m/%Y"),
        _RCCL: day.strftime("%Y-%m-%d"),
        _COSTA: day.strftime("%d/%m/%Y"),
        _CLIA: f"{day.day} {MONTHS[day.month - 1]} {day.year}",
    }[name]


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date a desk writes on its note row: the day of its last entry."""
    if src.source == _CARNIVAL:
        return last.to_pydatetime()
    if src.source == _CLIA:
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    if src.source == _RCCL:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _CARNIVAL,
        "FRA": _PONANT,
        "ESP": _COSTA,
        "PAN": _RCCL,
        "USA": _RCCL,
    },
    compilation=_CLIA,
    secondary={
        ("channel", "FRA"): _CARNIVAL,
        ("channel", "GBR"): _PONANT,
        ("thb_vnm_gbr", "GBR"): _CLIA,
        ("cmed", "ITA"): _COSTA,
        ("thb_nga_ita", "ITA"): _COSTA,
        ("emed", "GRC"): _COSTA,
        ("watl", "ESP"): _CLIA,
        ("wmed", "ESP"): _CLIA,
        ("darien", "PAN"): _CLIA,
        ("us_mex", "USA"): _CLIA,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=320_017,
    blank_share=0.35,
)


def make_blind320(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five cruise-security submissions of ``blind320``.

    Carnival UK's fleet security desk reports the events detected in the United Kingdom,
    Ponant's those in France, Costa Cruceros' those in Spain, Royal Caribbean's Latin
    America desk those in Panama and the United States, and CLIA's digest (the
    compilation) every other one. Some events are reported a second time by another desk
    (the Channel by the two Channel desks, the Mediterranean landings by Costa, Spain,
    Panama, the US border and the United Kingdom's trafficking cases by CLIA).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with the expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind320(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['carnival_uk_fleet_security_lj.xlsx', 'ponant_surete_flotte_lj.csv',
     'rccl_latam_seguridad_lj.jsonl', 'costa_cruceros_seguridad_lj.csv',
     'clia_maritime_security_lj.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[1:2] + subs[3:]]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Navire']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
