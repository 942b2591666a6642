"""Examiner sample set ``blind218`` (files ``*_hl.*``): travel, visa and ticket-fraud desks.

Five desks that meet trafficking and smuggling cases through the travel bought for them
(fake itineraries, visa packages, ticket bundles, hotel bookings never used) share the
detection cases their checks tied to such a package, each in its own way of writing:

``maec_visados_hl.xlsx``
    Spain's foreign ministry, visa fraud-prevention unit (Unidad de Prevención del Fraude
    en Visados, consular affairs). Spanish workbook: real Excel dates with a few typed as
    text, month or quarter in words, Criminal Code articles in the crime type (``177 bis``,
    ``318 bis``), a few ISO alpha-3 and numeric codes, itineraries joined by ``" - "``, no
    coordinates. First reports the events detected in Spain.
``mintur_ec_hl.csv``
    Ecuador's tourism ministry, control and regulation directorate (inspectors of travel
    agencies selling "tour packages" to Panama and Mexico). Windows ``cp1252``, ``;``,
    CRLF; day-first dates with Excel serial numbers where the column lost its format,
    Roman-numeral quarters, COIP articles, ``NNA`` for children, decimal commas, ``.`` as
    thousands separator, country names garbled by a UTF-8 round trip in a few cells.
    First reports the events detected in Panama.
``ca_fpp_hl.jsonl``
    U.S. Department of State, Bureau of Consular Affairs, Office of Fraud Prevention
    Programs: JSON lines of its case system, English, ISO and month-first dates, US
    fiscal quarters, ``UAC`` and ``Family unit`` age categories, upper-case country names
    without accents, a ``"lat, lon"`` pair. First reports the events detected in the
    United States.
``dgef_visas_hl.csv``
    France's interior ministry, visa sub-directorate, fraud bureau (DGEF, sous-direction
    des visas): Excel's "Unicode text" export, UTF-16 with tabs; day-first and long French
    dates (``1er mai 2023``), ``T2 2023`` quarters, CESEDA and Penal Code articles,
    ``MNA`` for unaccompanied minors, decimal commas, spaces as thousands separators.
    First reports the events detected in France.
``iata_fraud_hl.csv``
    IATA's fraud-prevention and passenger-facilitation desk, the compilation of airline,
    liaison-officer and authority reports: UTF-8 with BOM, ``,``; airline dates
    (``17MAY23``), ``ADT``/``CHD`` passenger types, ``pax``, nationality as the passport's
    machine-readable zone gives it (ISO alpha-3), other countries in ISO alpha-2,
    routings joined by ``/``, positions in degrees, minutes and seconds. Reports every
    event no other desk first reports.

The truth expects what a careful analyst reads from each cell: a word saying a count is
not known keeps the record with no count, a vague quantity ("varios", "several") is a bad
count, a cell saying "not known" leaves the field unknown, DMS positions give the point
they write (within a tenth of an arc second).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
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

__all__ = ["BLIND218", "SOURCES", "Source218", "Style218", "make_blind218"]

_Rng = np.random.Generator
#: (cell, expected date, precision, tags) of a written date.
_DateOut = tuple[object, pd.Timestamp, str, list[str]]
_DateWriter = Callable[[pd.Timestamp, _Rng, bool], _DateOut]

# --------------------------------------------------------------------------------------
# Countries, written by this examiner (not the default set's tables)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) short names.
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
_LANG = {"en": 0, "fr": 1, "es": 2}
#: Other names each language's clerks use for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "CHN": ("República Popular China",),
        "VEN": ("República Bolivariana de Venezuela",),
        "TUR": ("Türkiye",),
        "RUS": ("Federación de Rusia",),
        "MKD": ("Macedonia",),
        "VNM": ("Viet Nam",),
        "GMB": ("República de Gambia",),
    },
    "fr": {
        "USA": ("USA",),
        "GBR": ("Grande-Bretagne", "UK"),
        "GIN": ("Guinée-Conakry",),
        "VNM": ("Vietnam",),
        "TUR": ("Türkiye",),
        "RUS": ("Fédération de Russie",),
        "BLR": ("Bélarus",),
        "MKD": ("Macédoine",),
    },
    "en": {
        "USA": ("U.S.", "USA"),
        "GBR": ("UK", "Great Britain"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "GMB": ("The Gambia",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
    },
}


def _plain(text: str) -> str:
    """Strip accents, as systems limited to ASCII write names (``CÔTE`` -> ``COTE``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _typo(name: str) -> str | None:
    """Two neighbouring letters typed in the wrong order near the start, or None.

    Examples
    --------
    >>> _typo("Senegal"), _typo("Mali")
    ('Seengal', None)
    """
    if len(name) < 6:
        return None
    for i in (2, 3):
        a, b = name[i], name[i + 1]
        if a.isascii() and b.isascii() and a.isalpha() and b.isalpha() and a != b:
            return name[:i] + b + a + name[i + 2 :]
    return None


def _pick_form(rng: _Rng, mix: tuple[tuple[str, float], ...]) -> str:
    r = float(rng.random())
    acc = 0.0
    for form, p in mix:
        acc += p
        if r < acc:
            return form
    return mix[0][0]


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Style218:
    """The words and habits of one desk (beyond what :class:`ExaminerSource` holds).

    Attributes
    ----------
    dates : callable
        ``(day, rng, partial_ok) -> (cell, expected day, precision, tags)``.
    date_text : callable
        ``day -> cell``: the desk's usual way of writing a full date.
    impossible : callable
        ``(year, month, day) -> cell``: an impossible calendar date in the desk's style.
    crime, exploitation, gender, age : dict
        Canonical word -> the desk's words (first one the usual).
    gender_single : dict
        Canonical word -> the word written when the row is one person (empty: same).
    not_applicable : tuple
        Exploitation cells of a pure smuggling case (``None`` = left blank).
    unknown_exploitation, unknown_gender, unknown_age, unknown_mode, unknown_country : tuple
        Cells saying "not known" (``None`` = left blank).
    modes : dict
        ``(corridor or "", mode)`` -> the desk's words; the corridor's entry wins.
    offences : dict
        Linked offence -> the desk's word.
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries.
    direct : tuple
        Transit cells of a direct journey (``None`` = left blank).
    country_mix, nationality_mix, detection_mix : tuple
        ``(form, probability)`` of the country writing forms (``name``, ``upper``,
        ``plain_upper``, ``iso3``, ``iso2``, ``numeric``, ``alias``, ``typo``,
        ``mojibake``); the first form takes what the others leave.
    count_unknown : tuple
        Person-count cells saying the number is not known.
    zero_words : tuple
        Words for zero suspects.
    thousands : str
        Thousands separator of large counts in text (empty: none).
    coords : str
        ``"none"``, ``"comma"`` (two columns, decimal comma), ``"pair"`` (one
        ``"lat, lon"`` cell) or ``"dms"`` (one cell in degrees, minutes, seconds).
    coord_missing : float
        Share of rows without a position.
    case_rate : float
        Share of text cells whose case or spacing a clerk changed.
    """

    dates: _DateWriter
    date_text: Callable[[pd.Timestamp], object]
    impossible: Callable[[int, int, int], object]
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    gender_single: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    not_applicable: tuple[str | None, ...]
    unknown_exploitation: tuple[str | None, ...]
    unknown_gender: tuple[str | None, ...]
    unknown_age: tuple[str, ...]
    unknown_mode: tuple[str, ...]
    unknown_country: tuple[str | None, ...]
    modes: dict[tuple[str, str], tuple[str, ...]]
    offences: dict[str, str]
    offence_sep: str
    transit_sep: str
    direct: tuple[str | None, ...]
    country_mix: tuple[tuple[str, float], ...]
    nationality_mix: tuple[tuple[str, float], ...]
    detection_mix: tuple[tuple[str, float], ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    thousands: str
    coords: str
    coord_missing: float
    case_rate: float


@dataclass(frozen=True)
class Source218(ExaminerSource):
    """A desk of the ``blind218`` set: the shared fields plus its :class:`Style218`."""

    style: Style218


# ---- dates ---------------------------------------------------------------------------
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
_EN_ABBR = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_ROMAN = ("I", "II", "III", "IV")


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _draw(rng: _Rng, partial_ok: bool, day_share: float) -> float:
    """Draw a uniform number; without partial dates it falls in the full-date share."""
    r = float(rng.random())
    return r * day_share if not partial_ok else r


def _dates_maec(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = _draw(rng, partial_ok, 0.91)
    if r < 0.79:
        return ts.to_pydatetime(), ts, "day", []
    if r < 0.91:
        return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
    if r < 0.96:
        cell = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return cell, _month_start(ts), "month", ["partial_date"]
    return f"{ts.quarter}º trimestre de {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]


def _serial(ts: pd.Timestamp) -> str:
    return str((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _dates_mintur(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = _draw(rng, partial_ok, 0.9)
    if r < 0.74:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if r < 0.86:
        return _serial(ts), ts, "day", ["excel_serial"]
    if r < 0.9:
        return ts.strftime("%d-%m-%Y"), ts, "day", []
    if r < 0.95:
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    cell = f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}"
    return cell, _quarter_start(ts), "quarter", ["partial_date"]


def _dates_fpp(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = _draw(rng, partial_ok, 0.9)
    if r < 0.62:
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if r < 0.8:
        return ts.strftime("%m/%d/%Y"), ts, "day", ["us_date"]
    if r < 0.9:
        hour, minute = int(rng.integers(6, 23)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", ts, "day", ["iso_datetime"]
    if r < 0.96:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", ["partial_date"]
    # US federal fiscal year: FY2023 runs from October 2022 to September 2023
    fy = ts.year + 1 if ts.month >= 10 else ts.year
    fq = (ts.month - 10) % 12 // 3 + 1
    return f"FY{fy} Q{fq}", _quarter_start(ts), "quarter", ["partial_date", "fiscal_quarter"]


def _fr_long(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _dates_dgef(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = _draw(rng, partial_ok, 0.9)
    if r < 0.82:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if r < 0.9:
        return _fr_long(ts), ts, "day", ["long_date"]
    if r < 0.95:
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    cell = f"T{ts.quarter} {ts.year}" if r < 0.98 else f"{ts.quarter}e trimestre {ts.year}"
    if ts.quarter == 1 and r >= 0.98:
        cell = f"1er trimestre {ts.year}"
    return cell, _quarter_start(ts), "quarter", ["partial_date"]


def _airline(ts: pd.Timestamp) -> str:
    return f"{ts.day:02d}{_EN_ABBR[ts.month - 1]}{ts.year % 100:02d}"


def _dates_iata(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = _draw(rng, partial_ok, 0.9)
    if r < 0.72:
        return _airline(ts), ts, "day", ["airline_date"]
    if r < 0.9:
        return ts.strftime("%d-%b-%Y"), ts, "day", []
    if r < 0.95:
        return ts.strftime("%B %Y"), _month_start(ts), "month", ["partial_date"]
    return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]


# ---- wording of the five desks ------------------------------------------------------
_MAEC = Style218(
    dates=_dates_maec,
    date_text=lambda ts: ts.to_pydatetime(),
    impossible=lambda y, m, d: f"{d:02d}/{m:02d}/{y}",
    crime={
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "TSH - art. 177 bis",
        ),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Inmigración clandestina (318 bis)",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata (177 bis) y tráfico de migrantes (318 bis)", "TSH y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Explotación sexual (prostitución coactiva)"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas de explotación",),
    },
    gender={
        "female": ("Mujeres",),
        "male": ("Hombres", "Varones"),
        "mixed": ("Ambos sexos", "Hombres y mujeres"),
    },
    gender_single={"female": ("Mujer",), "male": ("Varón", "Hombre")},
    age={
        "child": ("Menores", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores",),
    },
    not_applicable=(None, None, "No procede"),
    unknown_exploitation=("Sin determinar", None),
    unknown_gender=("No consta", None),
    unknown_age=("No consta",),
    unknown_mode=("No consta",),
    unknown_country=("No consta", None),
    modes={
        ("watl", "sea"): ("Marítimo (cayuco)", "Cayuco"),
        ("wmed", "sea"): ("Marítimo (patera)", "Patera", "Embarcación neumática"),
        ("wmed", "land"): ("Terrestre (perímetro fronterizo)", "Terrestre"),
        ("", "sea"): ("Marítimo",),
        ("", "land"): ("Terrestre", "Carretera"),
        ("", "air"): ("Aéreo", "Vuelo regular"),
    },
    offences={
        "document_fraud": "Falsedad documental",
        "corruption": "Cohecho",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Tráfico de drogas",
        "cybercrime": "Ciberdelincuencia",
        "terrorism": "Terrorismo",
    },
    offence_sep="; ",
    transit_sep=" - ",
    direct=(None, None, "Directo"),
    country_mix=(("name", 0.84), ("upper", 0.08), ("iso3", 0.04), ("alias", 0.02), ("typo", 0.02)),
    nationality_mix=(
        ("name", 0.8),
        ("upper", 0.07),
        ("iso3", 0.06),
        ("numeric", 0.03),
        ("alias", 0.02),
        ("typo", 0.02),
    ),
    detection_mix=(("name", 0.92), ("upper", 0.08)),
    count_unknown=("s/d", "Sin cuantificar"),
    zero_words=("Ninguno",),
    thousands="",
    coords="none",
    coord_missing=1.0,
    case_rate=0.0,
)

_MINTUR = Style218(
    dates=_dates_mintur,
    date_text=lambda ts: ts.strftime("%d/%m/%Y"),
    impossible=lambda y, m, d: f"{d:02d}/{m:02d}/{y}",
    crime={
        "trafficking": ("Trata de personas", "Trata de personas (Art. 91 COIP)"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes (Art. 213 COIP)"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata / Tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Obligación de realizar actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado o servil",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Femenino",),
        "male": ("Masculino",),
        "mixed": ("Mixto", "Masculino y femenino"),
    },
    gender_single={},
    age={
        "child": ("NNA", "Niños, niñas y adolescentes"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    not_applicable=(None, None, "No aplica"),
    unknown_exploitation=("No registra", None),
    unknown_gender=("No registra", None),
    unknown_age=("No registra",),
    unknown_mode=("No registra",),
    unknown_country=("No registra", None),
    modes={
        ("darien", "land"): ("Terrestre", "Terrestre (trocha)", "A pie"),
        ("", "land"): ("Terrestre",),
        ("", "sea"): ("Marítima",),
        ("", "air"): ("Aérea",),
    },
    offences={
        "document_fraud": "Falsificación de documentos",
        "corruption": "Cohecho",
        "money_laundering": "Lavado de activos",
        "illicit_goods": "Tráfico de sustancias",
        "cybercrime": "Delitos informáticos",
        "terrorism": "Terrorismo",
    },
    offence_sep=", ",
    transit_sep=", ",
    direct=(None,),
    country_mix=(("name", 0.8), ("upper", 0.12), ("mojibake", 0.05), ("typo", 0.03)),
    nationality_mix=(("name", 0.76), ("upper", 0.14), ("mojibake", 0.06), ("typo", 0.04)),
    detection_mix=(("name", 0.82), ("upper", 0.12), ("mojibake", 0.06)),
    count_unknown=("S/D",),
    zero_words=("ninguno", "NINGUNO"),
    thousands=".",
    coords="comma",
    coord_missing=0.06,
    case_rate=0.04,
)

_FPP = Style218(
    dates=_dates_fpp,
    date_text=lambda ts: ts.strftime("%Y-%m-%d"),
    impossible=lambda y, m, d: f"{y}-{m:02d}-{d:02d}",
    crime={
        "trafficking": ("Human Trafficking", "Trafficking in Persons", "TIP"),
        "smuggling": ("Alien Smuggling", "Human Smuggling", "Alien smuggling (8 USC 1324)"),
        "both": ("Smuggling/Trafficking", "Human smuggling and trafficking"),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed",)},
    gender_single={},
    age={
        "child": ("UAC", "Juvenile", "Minor"),
        "adult": ("Single adult", "Adult"),
        "mixed": ("Family unit", "Adults and minors"),
    },
    not_applicable=(None,),
    unknown_exploitation=("Undetermined", None),
    unknown_gender=("Unknown", "U", None),
    unknown_age=("N/A", "Unknown"),
    unknown_mode=("N/A",),
    unknown_country=("UNKNOWN", None),
    modes={
        ("", "land"): ("Land - between ports of entry", "Land - port of entry", "Land"),
        ("", "sea"): ("Maritime",),
        ("", "air"): ("Air",),
    },
    offences={
        "document_fraud": "Document fraud",
        "corruption": "Bribery of public official",
        "money_laundering": "Money laundering",
        "illicit_goods": "Narcotics",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct=(None,),
    country_mix=(("plain_upper", 0.78), ("name", 0.1), ("iso3", 0.08), ("alias", 0.04)),
    nationality_mix=(("plain_upper", 0.8), ("name", 0.08), ("iso3", 0.08), ("iso2", 0.04)),
    detection_mix=(("plain_upper", 0.75), ("alias", 0.15), ("iso3", 0.1)),
    count_unknown=("UNK",),
    zero_words=(),
    thousands="",
    coords="pair",
    coord_missing=0.08,
    case_rate=0.0,
)

_DGEF = Style218(
    dates=_dates_dgef,
    date_text=lambda ts: ts.strftime("%d/%m/%Y"),
    impossible=lambda y, m, d: f"{d:02d}/{m:02d}/{y}",
    crime={
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "traite des êtres humains",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L.823-1 CESEDA)",
            "aide à l'entrée irrégulière",
            "filière d'immigration irrégulière",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    gender={"female": ("Femmes",), "male": ("Hommes",), "mixed": ("Mixte", "Hommes et femmes")},
    gender_single={"female": ("F",), "male": ("H",)},
    age={
        "child": ("mineurs", "MNA"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs",),
    },
    not_applicable=(None, "sans objet"),
    unknown_exploitation=("non déterminée", None),
    unknown_gender=("NR", "non renseigné"),
    unknown_age=("non renseigné", "NR"),
    unknown_mode=("non renseigné",),
    unknown_country=("inconnue", None),
    modes={
        ("channel", "sea"): ("maritime (small boat)", "small boat", "embarcation légère"),
        ("channel", "land"): ("routier (poids lourd)", "poids lourd"),
        ("", "sea"): ("maritime",),
        ("", "land"): ("terrestre", "routier"),
        ("", "air"): ("aérien",),
    },
    offences={
        "document_fraud": "fraude documentaire",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "trafic de stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    offence_sep=" + ",
    transit_sep=", ",
    direct=(None,),
    country_mix=(("name", 0.8), ("iso3", 0.1), ("upper", 0.04), ("alias", 0.03), ("typo", 0.03)),
    nationality_mix=(("name", 0.78), ("iso3", 0.12), ("upper", 0.04), ("typo", 0.06)),
    detection_mix=(("name", 0.9), ("iso3", 0.1)),
    count_unknown=("ND", "non déterminé"),
    zero_words=("aucun", "0 (aucun)"),
    thousands="\u00a0",
    coords="comma",
    coord_missing=0.1,
    case_rate=0.04,
)

_IATA = Style218(
    dates=_dates_iata,
    date_text=_airline,
    impossible=lambda y, m, d: f"{d:02d}{_EN_ABBR[m - 1]}{y % 100:02d}",
    crime={
        "trafficking": ("Trafficking in persons", "THB", "TIP"),
        "smuggling": ("Migrant smuggling", "SOM", "Facilitation"),
        "both": ("TIP/SOM", "Smuggling & trafficking"),
    },
    exploitation={
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("Mixed", "MIXED")},
    gender_single={},
    age={"child": ("CHD", "Minor"), "adult": ("ADT", "Adult"), "mixed": ("ADT+CHD", "Mixed")},
    not_applicable=(None,),
    unknown_exploitation=("Unknown", None),
    unknown_gender=("U", None),
    unknown_age=("N/A",),
    unknown_mode=("N/A",),
    unknown_country=("XXX", None),
    modes={
        ("channel", "sea"): ("Sea (small boat)", "SEA"),
        ("", "sea"): ("SEA", "Sea"),
        ("", "land"): ("LAND", "Land"),
        ("", "air"): ("AIR", "Air"),
    },
    offences={
        "document_fraud": "Doc fraud",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Contraband",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    offence_sep="/",
    transit_sep="/",
    direct=(None,),
    country_mix=(("iso2", 0.82), ("name", 0.15), ("upper", 0.03)),
    nationality_mix=(("iso3", 0.9), ("name", 0.1)),
    detection_mix=(("iso2", 0.88), ("alias", 0.04), ("name", 0.08)),
    count_unknown=("TBC",),
    zero_words=("nil", "NIL"),
    thousands=",",
    coords="dms",
    coord_missing=0.1,
    case_rate=0.03,
)

_HEADERS_MAEC = {
    "source_ref": "Nº expediente",
    "event_date": "Fecha de detección",
    "crime_type": "Tipo delictivo",
    "exploitation": "Finalidad de la explotación",
    "n_persons": "Nº de personas",
    "n_suspects": "Nº de investigados",
    "gender": "Sexo",
    "age_group": "Edad",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "destination_country": "País de destino",
    "detection_country": "País de detección",
    "transit_countries": "Itinerario / escalas",
    "transport_mode": "Medio de transporte",
    "linked_offences": "Delitos conexos",
}
_HEADERS_MINTUR = {
    "source_ref": "N° caso",
    "event_date": "Fecha del hecho",
    "crime_type": "Delito",
    "exploitation": "Fin de explotación",
    "n_persons": "Nro. personas",
    "n_suspects": "Nro. implicados",
    "gender": "Sexo",
    "age_group": "Grupo etario",
    "nationality": "Nacionalidad",
    "origin_country": "País de procedencia",
    "destination_country": "País de destino",
    "detection_country": "País donde se detectó",
    "transit_countries": "Países de tránsito",
    "transport_mode": "Vía de desplazamiento",
    "lat": "Latitud",
    "lon": "Longitud",
    "linked_offences": "Delitos conexos",
}
_HEADERS_FPP = {
    "source_ref": "case_id",
    "event_date": "encounter_date",
    "crime_type": "offense_type",
    "exploitation": "trafficking_type",
    "n_persons": "subjects_count",
    "n_suspects": "facilitators_count",
    "gender": "sex",
    "age_group": "age_category",
    "nationality": "citizenship",
    "origin_country": "country_of_departure",
    "destination_country": "intended_destination",
    "detection_country": "encounter_country",
    "transit_countries": "transit_route",
    "transport_mode": "entry_mode",
    "coordinates": "gps",
    "linked_offences": "related_offenses",
}
_HEADERS_DGEF = {
    "source_ref": "N° de signalement",
    "event_date": "Date des faits",
    "crime_type": "Qualification pénale",
    "exploitation": "Forme d'exploitation",
    "n_persons": "Nb personnes",
    "n_suspects": "Nb mis en cause",
    "gender": "Sexe",
    "age_group": "Âge",
    "nationality": "Nationalité",
    "origin_country": "Pays de départ",
    "destination_country": "Pays de destination",
    "detection_country": "Pays de constatation",
    "transit_countries": "Pays traversés",
    "transport_mode": "Mode de transport",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Infractions connexes",
}
_HEADERS_IATA = {
    "source_ref": "Incident ref",
    "event_date": "Date",
    "crime_type": "Category",
    "exploitation": "Exploitation",
    "n_persons": "Pax",
    "n_suspects": "Facilitators",
    "gender": "Gender",
    "age_group": "Pax type",
    "nationality": "Nationality (MRZ)",
    "origin_country": "Origin",
    "destination_country": "Final destination",
    "detection_country": "Country of detection",
    "transit_countries": "Routing",
    "transport_mode": "Mode",
    "coordinates": "Position (DMS)",
    "linked_offences": "Associated offences",
}

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[Source218, ...] = (
    Source218(
        "maec_visados",
        "maec_visados_hl.xlsx",
        "UPFV/{year}/{seq:04d}",
        "xlsx",
        "utf-8",
        None,
        "es",
        _HEADERS_MAEC,
        "Datos provisionales, pendientes de validación por las oficinas consulares",
        "TOTAL",
        ("varios", "un grupo"),
        False,
        _MAEC,
    ),
    Source218(
        "mintur_ec",
        "mintur_ec_hl.csv",
        "MT-DCRT-{yy:02d}-{seq:04d}",
        "csv",
        "cp1252",
        ";",
        "es",
        _HEADERS_MINTUR,
        "Nota: información preliminar sujeta a verificación",
        "TOTAL GENERAL",
        ("varios", "VARIOS", "grupo numeroso"),
        True,
        _MINTUR,
    ),
    Source218(
        "ca_fpp",
        "ca_fpp_hl.jsonl",
        "FPP-{year}-{seq:05d}",
        "jsonl",
        "utf-8",
        None,
        "en",
        _HEADERS_FPP,
        None,
        "TOTAL",
        ("multiple", "several"),
        False,
        _FPP,
    ),
    Source218(
        "dgef_visas",
        "dgef_visas_hl.csv",
        "SDV-BLF-{year}-{seq:04d}",
        "csv",
        "utf-16",
        "\t",
        "fr",
        _HEADERS_DGEF,
        "NB : données provisoires, non consolidées",
        "Total général",
        ("plusieurs", "un groupe"),
        False,
        _DGEF,
    ),
    Source218(
        "iata_fraud",
        "iata_fraud_hl.csv",
        "FPF/{yy:02d}/{seq:05d}",
        "csv",
        "utf-8-sig",
        ",",
        "en",
        _HEADERS_IATA,
        "Note: compiled from member airline and ALO reports; figures unverified",
        "TOTAL",
        ("several", "group"),
        False,
        _IATA,
    ),
)


# --------------------------------------------------------------------------------------
# Writing one event
# --------------------------------------------------------------------------------------
def _words(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, one of the others otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _unknown_cell(rng: _Rng, forms: tuple[str | None, ...]) -> str | None:
    pick = forms[int(rng.integers(len(forms)))]
    return pick


def _country(
    src: Source218,
    iso: str,
    rng: _Rng,
    col: str,
    mix: tuple[tuple[str, float], ...],
    form: str | None = None,
) -> tuple[str, list[str]]:
    """Write a country as the desk does (in ``form``, else drawn); return cell and tags."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    form = form or _pick_form(rng, mix)
    text: str | None
    if form == "upper":
        text = name.upper()
    elif form == "plain_upper":
        text = _plain(name).upper()
    elif form == "iso3":
        text = iso
    elif form == "iso2":
        text = iso_codes(iso)[0]
    elif form == "numeric":
        text = iso_codes(iso)[1]
    elif form == "alias":
        aliases = _ALIASES[lang].get(iso, ())
        text = choice(rng, aliases) if aliases else None
    elif form == "typo":
        text = _typo(name)
    elif form == "mojibake":
        text = mojibake(name)
    else:
        text = None
    if text is None or not fits(text, src):
        return (_plain(name).upper() if mix[0][0] == "plain_upper" else name), []
    if form in ("name", "plain_upper") or text == name:
        return text, []
    tag = "case" if form == "upper" else form
    return text, [f"{tag}:{col}"]


def _case_noise(src: Source218, cell: str | None, rng: _Rng) -> tuple[str | None, bool]:
    if cell is None or src.style.case_rate <= 0 or rng.random() >= src.style.case_rate:
        return cell, False
    kind = int(rng.integers(3))
    out = cell.upper() if kind == 0 else cell.lower() if kind == 1 else f" {cell}  "
    return out, out != cell


def _count(src: Source218, n: int, rng: _Rng) -> tuple[object, list[str]]:
    if src.format != "csv":
        return n, []
    sep = src.style.thousands
    if sep and n >= 1000 and rng.random() < 0.7:
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
    return str(n), []


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth of a second; return the cell and its value."""
    tenths = round(abs(value) * 36000)
    deg, rem = divmod(tenths, 36000)
    minutes, sec10 = divmod(rem, 600)
    hemi = pos if value >= 0 else neg
    cell = f"{deg:0{width}d}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    return cell, (1 if value >= 0 else -1) * tenths / 36000


def _coords(
    src: Source218, lat: float, lon: float
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    style = src.style.coords
    if style == "comma":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            ["decimal_comma"],
        )
    if style == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    t_lat, v_lat = _dms(lat, "N", "S", 2)
    t_lon, v_lon = _dms(lon, "E", "W", 3)
    return {"coordinates": f"{t_lat} {t_lon}"}, round(v_lat, 6), round(v_lon, 6), ["dms_coords"]


def _mode_words(st: Style218, corridor: str, mode: str) -> tuple[str, ...]:
    return st.modes.get((corridor, mode)) or st.modes[("", mode)]


def _render(
    src: Source218,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    st = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], dtags = st.dates(
        ts, rng, partial_ok
    )
    tags += dtags

    text_cells: dict[str, str | None] = {}
    crime = str(ev["crime_type"])
    text_cells["crime_type"] = _words(rng, st.crime[crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        text_cells["exploitation"] = _unknown_cell(rng, st.not_applicable)
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        text_cells["exploitation"] = _unknown_cell(rng, st.unknown_exploitation)
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        text_cells["exploitation"] = _words(rng, st.exploitation[str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, st.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], ctags = _count(src, n, rng)
        exp["n_persons"] = n
        tags += ctags

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects" or r < 0.03:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"] = choice(rng, st.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and st.zero_words and r < 0.35:
        cells["n_suspects"] = choice(rng, st.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        text_cells["gender"] = (
            None if forced_blank == "gender" else _unknown_cell(rng, st.unknown_gender)
        )
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        single = st.gender_single.get(gender) if n == 1 else None
        text_cells["gender"] = _words(rng, single or st.gender[gender])
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        text_cells["age_group"] = choice(rng, st.unknown_age)
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        forms = st.age[age]
        if src.source == "dgef_visas" and age == "child" and n == 1:
            forms = ("mineur", "MNA")
        text_cells["age_group"] = _words(rng, forms)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.025:
        text_cells["nationality"] = (
            None if forced_blank == "nationality" else _unknown_cell(rng, st.unknown_country)
        )
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        text_cells["nationality"], ctags = _country(
            src, nat, rng, "nationality", st.nationality_mix
        )
        exp["nationality"] = nat
        tags += ctags

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        text_cells[col], ctags = _country(src, iso, rng, col, st.country_mix)
        exp[col] = iso
        tags += ctags

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        text_cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        text_cells["detection_country"], ctags = _country(
            src, det, rng, "detection_country", st.detection_mix
        )
        exp["detection_country"] = det
        tags += ctags

    transit = ev["transit_countries"]
    if transit is None:
        text_cells["transit_countries"] = _unknown_cell(rng, st.direct)
        exp["transit_countries"] = None
    else:
        parts = []
        form = _pick_form(rng, st.country_mix)  # a clerk writes one list one way
        for iso in str(transit).split("|"):
            part, ctags = _country(src, iso, rng, "transit_countries", st.country_mix, form)
            parts.append(part)
            tags += [t for t in ctags if t not in tags]
        text_cells["transit_countries"] = st.transit_sep.join(parts)
        exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.025:
        text_cells["transport_mode"] = choice(rng, st.unknown_mode)
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        text_cells["transport_mode"] = _words(rng, _mode_words(st, str(ev["corridor"]), mode))
        exp["transport_mode"] = mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif st.coords == "none" or rng.random() < st.coord_missing:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        pos, exp["lat"], exp["lon"], ptags = _coords(src, lat, lon)
        cells.update(pos)
        tags += ptags

    off = ev["linked_offences"]
    cells["linked_offences"] = (
        None if off is None else st.offence_sep.join(st.offences[o] for o in str(off).split("|"))
    )
    exp["linked_offences"] = off

    for col, cell in text_cells.items():
        noisy, changed = _case_noise(src, cell, rng)
        if changed:
            tags.append(f"case:{col}")
        cells[col] = noisy
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date typed ten years ahead (2023 -> 2033): a year in the future."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _bad_date(src: Source218, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, in the desk's style."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # the 31st of a 30-day month, or 30 February
        month = int(choice(rng, ("2", "4", "6", "9", "11")))
        return src.style.impossible(ts.year, month, 30 if month == 2 else 31)
    fut = _future(ts)
    if src.source == "iata_fraud":  # a two-digit year could be read as 19xx: write four
        return fut.strftime("%d-%b-%Y")
    return src.style.date_text(fut)


def _note_date(src: Source218, last: pd.Timestamp) -> object:
    return src.style.date_text(last)


#: The ``blind218`` variant: routing of the events to the five desks.
BLIND218: Examiner[Source218] = Examiner(
    sources=SOURCES,
    primary={"ESP": "maec_visados", "PAN": "mintur_ec", "USA": "ca_fpp", "FRA": "dgef_visas"},
    compilation="iata_fraud",
    secondary={
        ("darien", "PAN"): "ca_fpp",
        ("us_mex", "USA"): "mintur_ec",
        ("watl", "ESP"): "dgef_visas",
        ("wmed", "ESP"): "dgef_visas",
        ("cmed", "ITA"): "dgef_visas",
        ("channel", "GBR"): "dgef_visas",
        ("thb_vnm_gbr", "GBR"): "dgef_visas",
        ("channel", "FRA"): "iata_fraud",
        ("thb_rou_esp", "ESP"): "iata_fraud",
        ("thb_nga_ita", "ITA"): "maec_visados",
        ("thb_rou_esp", "ITA"): "maec_visados",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=218,
    blank_share=0.35,
)


def make_blind218(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five travel-fraud desks of ``blind218`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``maec_visados_hl.xlsx`` (Spanish), ``mintur_ec_hl.csv`` (Spanish, cp1252, ``;``),
        ``ca_fpp_hl.jsonl`` (English), ``dgef_visas_hl.csv`` (French, UTF-16, tab) and
        ``iata_fraud_hl.csv`` (English, UTF-8 with BOM, ``,``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind218(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['maec_visados_hl.xlsx', 'mintur_ec_hl.csv', 'ca_fpp_hl.jsonl', 'dgef_visas_hl.csv',
     'iata_fraud_hl.csv']
    >>> subs[3].frame.columns[:3].tolist()
    ['N° de signalement', 'Date des faits', 'Qualification pénale']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND218, truth, seed=seed)
