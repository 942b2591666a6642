"""Examiner sample set ``blind370``: campsites, caravan parks and hostels (files ``*_nh.*``).

Five sources that meet trafficked and smuggled people where they are housed or hidden on
holiday sites, each writing its export the way its own case system or spreadsheet does:

``camc_safeguarding_nh.xlsx``
    The Caravan and Motorhome Club's safeguarding team (United Kingdom): site wardens'
    concerns logged in an Excel workbook. English; real Excel dates with a few typed
    ``dd/mm/yyyy`` dates and month-only dates (``Sept 2023``); the site's nation
    (``England``, ``Scotland``) as the country; nationalities as demonyms
    (``Afghan``, ``Vietnamese``); ``Nil`` suspects; site latitude and longitude.
``fnhpa_vigilance_nh.csv``
    The Fédération nationale de l'hôtellerie de plein air's vigilance cell (France):
    campsites' reports, cp1252, ``;``. French; ``dd/mm/yyyy`` and ``dd/mm/yy`` dates,
    ``mai 2023`` and ``T2 2023``; nationalities as adjectives (``érythréenne``); some
    rows pasted in as mojibake (``Ã©rythrÃ©enne``); small counts as words (``deux``),
    thousands after a no-break space; ``aucun``/``néant`` suspects; decimal-comma
    coordinates in two columns.
``feec_campings_nh.csv``
    The Federación Española de Empresarios de Campings (Spain): the tourism inspections'
    and campsites' notices, saved from Excel as "Unicode text" (UTF-16 with BOM, tab).
    Spanish; ``dd/mm/yyyy``, ``dd-mm-yyyy``, Excel serials, ``mayo de 2023`` and the
    INE quarter ``2023T2``; ``H``/``M`` (hombre/mujer) for sex; ``MENA`` for
    unaccompanied minors; Spanish nationality adjectives; ``1.250`` thousands;
    coordinates pasted from a map, decimal or degrees-minutes-seconds.
``nps_imars_le_nh.csv``
    The US National Park Service's law enforcement rangers (IMARS incident export) on the
    border parks' campgrounds. English; month-first ``MM/DD/YYYY`` dates (some with a
    time); offences by their US Code sections (``8 USC 1324``); CBP-style upper-case
    citizenship; ``Juvenile``/``UAC``; stated destinations as US cities; GPS fixes with
    hemisphere letters. UTF-8, ``,``.
``hi_safeguarding_digest_nh.jsonl``
    Hostelling International's safeguarding digest, compiled from its member
    associations: the events no national source here reports (Italy, Greece, Croatia,
    Poland, Panama) and a second report of some of theirs. JSON lines with ISO dates,
    ``2023-05`` and ``2023-Q2``, ISO alpha-3 nationalities, UN M49 numeric origin codes,
    ISO alpha-2 member-association countries (``UK`` for the United Kingdom) and the
    transit countries as a JSON list.

Every written cell is something a careful analyst reads one way; where a report leaves a
value out (a blank, ``Not known``, ``s/d``), the truth expects nothing (or ``unknown`` for a
vocabulary field) and the row's ``messiness`` says so.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind370"]

_Rng = np.random.Generator
#: (cell, tag); an empty tag adds nothing to the row's messiness.
_Cell = tuple[object, str]

CAMC = "camc_safeguarding"
FNHPA = "fnhpa_vigilance"
FEEC = "feec_campings"
NPS = "nps_imars_le"
HI = "hi_safeguarding_digest"

_FIELDS = (
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
#: Columns of words (not dates, counts or places) a garbled import touches.
_TEXT_COLUMNS = (
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
    "linked_offences",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
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
_UK_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")

# Names as each agency usually writes them, where it differs from the table's name.
_COMMON = {
    "en": {"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast", "SYR": "Syria"},
    "fr": {"VNM": "Vietnam"},
    "es": {"GIN": "Guinea Conakry"},
}
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_EN_TYPO = {
    "AFG": "Afghanistn",
    "ALB": "Albainia",
    "ERI": "Eritera",
    "VNM": "Veitnam",
    "DEU": "Germnay",
}
_FR_ADJ = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "ERI": ("érythréen", "érythréenne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "SYR": ("syrien", "syrienne"),
    "VNM": ("vietnamien", "vietnamienne"),
}
_ES_ADJ = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
_ES_TYPO = {
    "MAR": "Marrueco",
    "SEN": "Senagal",
    "MRT": "Mauritana",
    "GMB": "Ganbia",
    "CIV": "Costa Marfil",
}
_US_CITIES = (
    "Houston, TX",
    "Phoenix, AZ",
    "Dallas, TX",
    "Atlanta, GA",
    "Los Angeles, CA",
    "Denver, CO",
    "Chicago, IL",
)


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    common = _COMMON[lang].get(iso)
    if common is not None:
        return common
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _plain(text: str) -> str:
    """Return ``text`` without accents (``Algérie`` -> ``Algerie``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _dms(value: float, pos: str, neg: str) -> str:
    """Write a coordinate as degrees, minutes and seconds (``28°07'24.4"N``)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{hemi}"


def _impossible(ts: pd.Timestamp) -> tuple[int, int, int]:
    """(day, month, year) of a day that does not exist, near ``ts``."""
    if ts.month in (4, 6, 9, 11):
        return 31, ts.month, ts.year
    return 30, 2, ts.year


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Mistype the decade digit of the year (2023 -> 2033): a date in the future."""
    year = 2030 + ts.year % 10
    return ts.replace(year=year, day=min(ts.day, 28) if ts.month == 2 else ts.day)


def _month(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").to_timestamp()


def _quarter(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").to_timestamp()


# --------------------------------------------------------------------------------------
# How each agency writes
# --------------------------------------------------------------------------------------
_DateCell = tuple[object, pd.Timestamp, str, str]


@dataclass(frozen=True)
class _Style:
    """One agency's wording and its writers of dates, countries, counts and places."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    not_applicable: tuple[str, ...]  # exploitation cell of a smuggling row ("" = blank)
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    not_known: tuple[str, ...]  # a vocabulary or nationality cell left unknown
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]  # words for no suspects (empty: always the digit)
    no_place: tuple[str, ...]  # words for a location not recorded
    date: Callable[[pd.Timestamp, _Rng, bool], _DateCell]
    country: Callable[[str, str, _Rng, bool], _Cell]
    detection: Callable[[str, float, _Rng], _Cell]
    transit: Callable[[list[str], _Rng], _Cell]
    count: Callable[[int, _Rng], _Cell]
    place: Callable[[float, float, _Rng], tuple[dict[str, object], str]]
    place_keys: tuple[str, ...]
    bad_date: Callable[[pd.Timestamp, str], object]
    note_date: Callable[[pd.Timestamp], object]


# --- Caravan and Motorhome Club (UK), XLSX --------------------------------------------
def _camc_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.07:
        return f"{_UK_MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "month_only"
    if r < 0.2:
        return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
    return ts.to_pydatetime(), ts, "day", "excel_date"


def _camc_country(iso: str, role: str, rng: _Rng, female: bool) -> _Cell:
    r = rng.random()
    if iso == "GBR":
        return choice(rng, ("UK", "United Kingdom", "England", "GB")), "uk_word"
    if role == "nationality" and iso in _EN_DEMONYM and r < 0.5:
        return _EN_DEMONYM[iso], "demonym"
    if iso in _EN_TYPO and r > 0.95:
        return _EN_TYPO[iso], "typo"
    return _name(iso, "en"), ""


def _camc_detection(iso: str, lat: float, rng: _Rng) -> _Cell:
    if iso != "GBR":
        return _name(iso, "en"), ""
    if rng.random() < 0.75:
        return ("Scotland" if lat > 55.0 else "England"), "nation_name"
    return choice(rng, ("UK", "United Kingdom")), "uk_word"


def _camc_transit(isos: list[str], rng: _Rng) -> _Cell:
    if not isos:
        return ("Direct", "direct_word") if rng.random() < 0.2 else (None, "")
    return ", ".join(str(_camc_country(i, "transit", rng, False)[0]) for i in isos), ""


def _camc_count(n: int, rng: _Rng) -> _Cell:
    return int(n), ""


def _camc_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], str]:
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, ""


def _camc_bad_date(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m, y = _impossible(ts)
        return f"{d:02d}/{m:02d}/{y}"
    return _future(ts).to_pydatetime()


_CAMC = _Style(
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
        "smuggling": ("Organised immigration crime", "People smuggling", "OIC - facilitation"),
        "both": ("Modern slavery & people smuggling", "Trafficking + smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("", "", "N/A"),
    gender={
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "Child", "Minor"),
        "adult": ("Adult", "Adults", "Over 18"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    transport={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "HGV", "Van", "Car", "On foot"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    not_known=("Not known", "Not recorded"),
    count_unknown=("Not known", "N/K"),
    zero=("Nil",),
    no_place=("N/A",),
    date=_camc_date,
    country=_camc_country,
    detection=_camc_detection,
    transit=_camc_transit,
    count=_camc_count,
    place=_camc_place,
    place_keys=("lat", "lon"),
    bad_date=_camc_bad_date,
    note_date=lambda last: last.to_pydatetime(),
)


# --- FNHPA (France), CSV cp1252 ; ----------------------------------------------------
def _fnhpa_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.06:
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "month_only"
    if partial_ok and r < 0.12:
        return f"T{ts.quarter} {ts.year}", _quarter(ts), "quarter", "quarter_t"
    if r < 0.2:
        return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _fnhpa_country(iso: str, role: str, rng: _Rng, female: bool) -> _Cell:
    r = rng.random()
    if iso == "GBR" and role == "destination":
        return choice(rng, ("Royaume-Uni", "Angleterre", "UK", "Royaume Uni")), "uk_word"
    text, tag = _name(iso, "fr"), ""
    if role == "nationality" and iso in _FR_ADJ and r < 0.35:
        text, tag = _FR_ADJ[iso][1 if female else 0], "adjective"
    if rng.random() < 0.1:
        return _plain(text).upper(), "upper_no_accent"
    return text, tag


def _fnhpa_detection(iso: str, lat: float, rng: _Rng) -> _Cell:
    if iso != "FRA":
        return _name(iso, "fr"), ""
    r = rng.random()
    if r < 0.1:
        return "FR", "iso2"
    return ("FRANCE", "upper") if r < 0.3 else ("France", "")


def _fnhpa_transit(isos: list[str], rng: _Rng) -> _Cell:
    if not isos:
        return None, ""
    return " - ".join(str(_fnhpa_country(i, "transit", rng, False)[0]) for i in isos), ""


def _fnhpa_count(n: int, rng: _Rng) -> _Cell:
    r = rng.random()
    if n >= 1000 and r < 0.7:
        return f"{n:,}".replace(",", "\xa0"), "thousands"
    if 1 <= n <= 3 and r < 0.2:
        return ("une", "deux", "trois")[n - 1], "count_word"
    return str(n), ""


def _fnhpa_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], str]:
    return {
        "lat": f"{lat:.5f}".replace(".", ","),
        "lon": f"{lon:.5f}".replace(".", ","),
    }, "decimal_comma"


def _fnhpa_bad_date(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m, y = _impossible(ts)
        return f"{d:02d}/{m:02d}/{y}"
    return _future(ts).strftime("%d/%m/%Y")


_FNHPA = _Style(
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "filière de passage (passeurs)",
        ),
        "both": ("traite + aide au séjour irrégulier", "TEH et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    not_applicable=("", "", "", "sans objet"),
    gender={
        "female": ("F", "femmes", "féminin"),
        "male": ("H", "hommes", "masculin"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "child": ("mineurs", "mineur", "MNA"),
        "adult": ("majeurs", "adultes", "majeur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("camion", "poids lourd", "véhicule léger", "à pied"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" / ",
    not_known=("non renseigné", "inconnu"),
    count_unknown=("NC", "inconnu", "non déterminé"),
    zero=("aucun", "néant"),
    no_place=("non géolocalisé",),
    date=_fnhpa_date,
    country=_fnhpa_country,
    detection=_fnhpa_detection,
    transit=_fnhpa_transit,
    count=_fnhpa_count,
    place=_fnhpa_place,
    place_keys=("lat", "lon"),
    bad_date=_fnhpa_bad_date,
    note_date=lambda last: last.strftime("%d/%m/%Y"),
)


# --- FEEC (Spain), CSV UTF-16 tab ------------------------------------------------------
def _feec_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", _month(ts), "month", "month_only"
    if partial_ok and r < 0.09:
        return f"{ts.year}T{ts.quarter}", _quarter(ts), "quarter", "quarter_ine"
    if r < 0.14:
        return str((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    if r < 0.28:
        return ts.strftime("%d-%m-%Y"), ts, "day", ""
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _feec_country(iso: str, role: str, rng: _Rng, female: bool) -> _Cell:
    r = rng.random()
    if role == "nationality" and iso in _ES_ADJ and r < 0.3:
        return _ES_ADJ[iso][1 if female else 0], "adjective"
    if iso in _ES_TYPO and r > 0.96:
        return _ES_TYPO[iso], "typo"
    text = _name(iso, "es")
    if iso == "GIN" and rng.random() < 0.5:
        text = COUNTRIES[iso][3]  # plain "Guinea"
    if r > 0.85 and _plain(text) != text:
        return _plain(text), "no_accent"
    return text, ""


def _feec_detection(iso: str, lat: float, rng: _Rng) -> _Cell:
    if iso != "ESP":
        return _name(iso, "es"), ""
    r = rng.random()
    if r < 0.1:
        return "ES", "iso2"
    return ("ESPAÑA", "upper") if r < 0.25 else ("España", "")


def _feec_transit(isos: list[str], rng: _Rng) -> _Cell:
    if not isos:
        return ("directo", "direct_word") if rng.random() < 0.2 else (None, "")
    return ", ".join(str(_feec_country(i, "transit", rng, False)[0]) for i in isos), ""


def _feec_count(n: int, rng: _Rng) -> _Cell:
    r = rng.random()
    if n >= 1000 and r < 0.8:
        return f"{n:,}".replace(",", "."), "thousands"
    if 1 <= n <= 5 and r < 0.15:
        return ("una", "dos", "tres", "cuatro", "cinco")[n - 1], "count_word"
    return str(n), ""


def _feec_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], str]:
    if rng.random() < 0.25:
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, "dms"
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, "decimal_pair"


def _feec_bad_date(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m, y = _impossible(ts)
        return f"{d:02d}/{m:02d}/{y}"
    return _future(ts).strftime("%d/%m/%Y")


_FEEC = _Style(
    crime={
        "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis)",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + 318 bis"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    not_applicable=("", "", "", "No procede"),
    gender={
        "female": ("Mujer", "M", "mujeres"),
        "male": ("Hombre", "H", "hombres"),
        "mixed": ("mixto", "H y M"),
    },
    age={
        "child": ("menor", "menores", "MENA"),
        "adult": ("adulto", "adultos", "mayor de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    transport={
        "sea": ("cayuco", "patera", "embarcación neumática", "marítimo"),
        "land": ("vehículo", "camión", "a pie", "autobús", "terrestre"),
        "air": ("avión", "vía aérea"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    offence_sep="; ",
    not_known=("sin datos", "desconocido"),
    count_unknown=("s/d", "desconocido", "sin determinar"),
    zero=("ninguno",),
    no_place=("sin coordenadas",),
    date=_feec_date,
    country=_feec_country,
    detection=_feec_detection,
    transit=_feec_transit,
    count=_feec_count,
    place=_feec_place,
    place_keys=("coordinates",),
    bad_date=_feec_bad_date,
    note_date=lambda last: last.strftime("%d/%m/%Y"),
)


# --- NPS law enforcement (USA), CSV UTF-8 , -------------------------------------------
def _nps_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "month_only"
    if r < 0.25:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts:%m/%d/%Y} {hh:02d}:{mm:02d}", ts, "day", "month_first;date_time"
    return ts.strftime("%m/%d/%Y"), ts, "day", "month_first"


def _nps_country(iso: str, role: str, rng: _Rng, female: bool) -> _Cell:
    r = rng.random()
    if iso == "USA":
        if role == "destination" and r < 0.12:
            return choice(rng, _US_CITIES), "city_destination"
        return choice(rng, ("USA", "United States", "US")), ""
    name = _name(iso, "en")
    if r < 0.55:
        return name.upper(), "upper"
    if r < 0.65:
        return iso_codes(iso)[0], "iso2"
    return name, ""


def _nps_detection(iso: str, lat: float, rng: _Rng) -> _Cell:
    if iso != "USA":
        return _name(iso, "en"), ""
    return choice(rng, ("US", "USA", "United States")), ""


def _nps_transit(isos: list[str], rng: _Rng) -> _Cell:
    if not isos:
        return None, ""
    return " > ".join(_name(i, "en").upper() for i in isos), "upper"


def _nps_count(n: int, rng: _Rng) -> _Cell:
    if n >= 1000:
        return f"{n:,}", "thousands"
    return str(n), ""


def _nps_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], str]:
    if rng.random() < 0.3:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return {"coordinates": f"{ns}{abs(lat):.5f} {ew}{abs(lon):.5f}"}, "hemisphere"
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, "decimal_pair"


def _nps_bad_date(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m, y = _impossible(ts)
        return f"{m:02d}/{d:02d}/{y}"
    return _future(ts).strftime("%m/%d/%Y")


_NPS = _Style(
    crime={
        "trafficking": ("Human trafficking (18 USC 1590)", "Trafficking in persons"),
        "smuggling": ("Alien smuggling (8 USC 1324)", "Alien smuggling", "8 USC 1324"),
        "both": ("Alien smuggling & human trafficking", "8 USC 1324 / 18 USC 1590"),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Sex"),
        "forced_labour": ("Labor trafficking", "Labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("",),
    gender={
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("M/F", "Mixed"),
    },
    age={
        "child": ("Juvenile", "UAC", "Minor"),
        "adult": ("Adult",),
        "mixed": ("Adults & juveniles", "Mixed"),
    },
    transport={
        "sea": ("Boat",),
        "land": ("On foot", "Vehicle", "Tractor-trailer", "Pickup truck"),
        "air": ("Aircraft",),
    },
    offences={
        "document_fraud": ("Fraudulent documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=" / ",
    not_known=("Unknown", "UNK"),
    count_unknown=("UNK", "Unknown"),
    zero=(),
    no_place=("UNK",),
    date=_nps_date,
    country=_nps_country,
    detection=_nps_detection,
    transit=_nps_transit,
    count=_nps_count,
    place=_nps_place,
    place_keys=("coordinates",),
    bad_date=_nps_bad_date,
    note_date=lambda last: last.strftime("%m/%d/%Y"),
)


# --- Hostelling International digest, JSON lines --------------------------------------
def _hi_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.06:
        return f"{ts.year}-{ts.month:02d}", _month(ts), "month", "month_only"
    if partial_ok and r < 0.1:
        return f"{ts.year}-Q{ts.quarter}", _quarter(ts), "quarter", "quarter_q"
    if r < 0.2:
        hh, mm = int(rng.integers(7, 21)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00", ts, "day", "iso_datetime"
    return ts.strftime("%Y-%m-%d"), ts, "day", ""


def _hi_country(iso: str, role: str, rng: _Rng, female: bool) -> _Cell:
    if role == "nationality":
        return (iso, "iso3") if rng.random() < 0.85 else (_name(iso, "en"), "")
    if role == "origin":
        return iso_codes(iso)[1], "m49"
    if iso == "GBR":
        return choice(rng, ("UK", "United Kingdom")), "uk_word"
    if iso == "USA":
        return choice(rng, ("USA", "United States")), ""
    return _name(iso, "en"), ""


def _hi_detection(iso: str, lat: float, rng: _Rng) -> _Cell:
    if iso == "GBR":
        return "UK", "uk_word"
    return iso_codes(iso)[0], "iso2"


def _hi_transit(isos: list[str], rng: _Rng) -> _Cell:
    if not isos:
        return ([] if rng.random() < 0.5 else None), ""
    return [_name(i, "en") for i in isos], "json_list"


def _hi_count(n: int, rng: _Rng) -> _Cell:
    return int(n), ""


def _hi_place(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], str]:
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, ""


def _hi_bad_date(ts: pd.Timestamp, kind: str) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m, y = _impossible(ts)
        return f"{y}-{m:02d}-{d:02d}"
    return _future(ts).strftime("%Y-%m-%d")


_HI = _Style(
    crime={
        "trafficking": ("Trafficking in persons", "TIP"),
        "smuggling": ("Migrant smuggling", "SOM"),
        "both": ("TIP + SOM", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour", "forced labour"),
        "forced_criminality": ("criminal activity",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    not_applicable=("",),
    gender={"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
    age={"child": ("minor", "<18"), "adult": ("adult", "18+"), "mixed": ("mixed",)},
    transport={
        "sea": ("sea", "boat"),
        "land": ("land", "bus", "on foot"),
        "air": ("air", "flight"),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    not_known=("unknown",),
    count_unknown=("unknown",),
    zero=(),
    no_place=(),
    date=_hi_date,
    country=_hi_country,
    detection=_hi_detection,
    transit=_hi_transit,
    count=_hi_count,
    place=_hi_place,
    place_keys=("lat", "lon"),
    bad_date=_hi_bad_date,
    note_date=lambda last: last.strftime("%Y-%m-%d"),
)

_STYLES: dict[str, _Style] = {CAMC: _CAMC, FNHPA: _FNHPA, FEEC: _FEEC, NPS: _NPS, HI: _HI}


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
def _headers(place: dict[str, str], **words: str) -> dict[str, str]:
    order = (
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
    )
    out = {k: words[k] for k in order}
    out.update(place)
    out["linked_offences"] = words["linked_offences"]
    return out


#: The five sources of the set, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=CAMC,
        filename=f"{CAMC}_nh.xlsx",
        ref="SG{yy:02d}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers=_headers(
            {"lat": "Site latitude", "lon": "Site longitude"},
            source_ref="Incident No.",
            event_date="Date of incident",
            crime_type="Concern category",
            exploitation="Exploitation type",
            n_persons="No. of persons",
            n_suspects="No. of suspected perpetrators",
            gender="Sex",
            age_group="Age group",
            nationality="Nationality",
            origin_country="Country of origin",
            destination_country="Intended destination",
            detection_country="Site country",
            transit_countries="Route (countries transited)",
            transport_mode="Means of arrival",
            linked_offences="Other offences noted",
        ),
        note="NB: figures provisional pending police confirmation",
        total="TOTAL",
        bad_count=("several", "a group", "lots"),
        repeats=False,
    ),
    ExaminerSource(
        source=FNHPA,
        filename=f"{FNHPA}_nh.csv",
        ref="FNHPA-{year}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers=_headers(
            {"lat": "Latitude", "lon": "Longitude"},
            source_ref="N° signalement",
            event_date="Date des faits",
            crime_type="Qualification des faits",
            exploitation="Forme d'exploitation",
            n_persons="Nb de personnes",
            n_suspects="Nb de mis en cause",
            gender="Sexe",
            age_group="Majeurs / mineurs",
            nationality="Nationalité",
            origin_country="Pays d'origine",
            destination_country="Destination déclarée",
            detection_country="Pays du camping",
            transit_countries="Pays traversés",
            transport_mode="Mode de transport",
            linked_offences="Infractions connexes",
        ),
        note="NB : extraction provisoire, signalements non consolidés",
        total="TOTAL",
        bad_count=("plusieurs", "un groupe"),
        repeats=True,
    ),
    ExaminerSource(
        source=FEEC,
        filename=f"{FEEC}_nh.csv",
        ref="{seq:04d}/{yy:02d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers=_headers(
            {"coordinates": "Coordenadas (lat, long)"},
            source_ref="Nº expediente",
            event_date="Fecha de los hechos",
            crime_type="Tipología delictiva",
            exploitation="Finalidad de la explotación",
            n_persons="Nº de personas",
            n_suspects="Nº de presuntos autores",
            gender="Sexo",
            age_group="Edad",
            nationality="Nacionalidad",
            origin_country="País de origen",
            destination_country="País de destino",
            detection_country="País (camping)",
            transit_countries="Países de tránsito",
            transport_mode="Medio de transporte",
            linked_offences="Delitos conexos",
        ),
        note="Nota: datos provisionales, pendientes de validación por las inspecciones de turismo",
        total="TOTAL",
        bad_count=("varios", "grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=NPS,
        filename=f"{NPS}_nh.csv",
        ref="NPS{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="en",
        headers=_headers(
            {"coordinates": "GPS Location"},
            source_ref="Case/Incident Number",
            event_date="Incident Date",
            crime_type="Offense",
            exploitation="Trafficking Type",
            n_persons="Persons Encountered",
            n_suspects="Suspects",
            gender="Sex",
            age_group="Age Category",
            nationality="Citizenship",
            origin_country="Country of Origin",
            destination_country="Stated Destination",
            detection_country="Country",
            transit_countries="Transit Countries",
            transport_mode="Conveyance",
            linked_offences="Associated Offenses",
        ),
        note="Note: data subject to change, cases pending USAO review",
        total="TOTAL",
        bad_count=("multiple", "several"),
        repeats=True,
    ),
    ExaminerSource(
        source=HI,
        filename=f"{HI}_nh.jsonl",
        ref="HI-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers=_headers(
            {"lat": "lat", "lon": "lng"},
            source_ref="case_id",
            event_date="incident_date",
            crime_type="case_category",
            exploitation="exploitation_type",
            n_persons="persons_involved",
            n_suspects="suspects",
            gender="sex",
            age_group="age_band",
            nationality="nationality",
            origin_country="origin_m49",
            destination_country="destination",
            detection_country="country",
            transit_countries="transit",
            transport_mode="travel_mode",
            linked_offences="related_offences",
        ),
        note=None,
        total="TOTAL",
        bad_count=("several", "multiple"),
        repeats=False,
    ),
)

_PRIMARY = {"GBR": CAMC, "FRA": FNHPA, "ESP": FEEC, "USA": NPS}
_SECONDARY = {
    ("channel", "GBR"): HI,
    ("channel", "FRA"): HI,
    ("thb_vnm_gbr", "GBR"): HI,
    ("wmed", "ESP"): HI,
    ("watl", "ESP"): HI,
    ("thb_rou_esp", "ESP"): HI,
    ("us_mex", "USA"): HI,
}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word three times in five, another variant otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    st = _STYLES[src.source]
    exp: dict[str, object] = {f: ev.get(f) for f in _FIELDS}
    cells: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str) -> None:
        tags.extend(t for t in name.split(";") if t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = st.date(ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, st.crime[crime])
    expl = ev["exploitation"]
    if expl is None:
        na = choice(rng, st.not_applicable)
        cells["exploitation"] = na or None
    else:
        cells["exploitation"] = _word(rng, st.exploitation[str(expl)])

    # persons and suspects
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, st.count_unknown)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = st.count(n, rng)
        tag(t)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.count_unknown), None
        tag("suspects_placeholder")
    elif k == 0 and st.zero and r < 0.5:
        cells["n_suspects"] = choice(rng, st.zero)
        tag("zero_word")
    else:
        cells["n_suspects"] = st.count(k, rng)[0]

    # vocabulary
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, st.not_known), "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _word(rng, st.gender[gender])
    for col, words in (("age_group", st.age), ("transport_mode", st.transport)):
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, st.not_known), "unknown"
            tag("na_word")
        else:
            cells[col] = _word(rng, words[str(ev[col])])

    # countries
    female = gender == "female"
    nat = ev["nationality"]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tag("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, st.not_known), None
        tag("blank_nationality")
    else:
        cells["nationality"], t = st.country(str(nat), "nationality", rng, female)
        tag(t)
    for col, role in (("origin_country", "origin"), ("destination_country", "destination")):
        cells[col], t = st.country(str(ev[col]), role, rng, female)
        tag(t)
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tag("blank_detection_country")
    else:
        lat0 = float(ev["lat"])  # type: ignore[arg-type]
        cells["detection_country"], t = st.detection(str(ev["detection_country"]), lat0, rng)
        tag(t)
    transit = ev["transit_countries"]
    cells["transit_countries"], t = st.transit(str(transit).split("|") if transit else [], rng)
    tag(t)

    # place
    r = rng.random()
    if forced_blank == "coordinates" or r < 0.04 or (r < 0.05 and not st.no_place):
        cells.update(dict.fromkeys(st.place_keys))
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif r < 0.05:
        cells.update(dict.fromkeys(st.place_keys, choice(rng, st.no_place)))
        exp["lat"], exp["lon"] = None, None
        tag("coords_placeholder")
    else:
        place, t = st.place(float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
        cells.update(place)
        tag(t)

    offences = ev["linked_offences"]
    if offences:
        named = [_word(rng, st.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = st.offence_sep.join(named)
    else:
        cells["linked_offences"] = None
    if src.source == FNHPA and rng.random() < 0.1:
        # a campsite's batch sent in UTF-8 and pasted into the cp1252 sheet: every
        # accented word of the row garbled, still readable (Ã©rythrÃ©enne)
        garbled = {c: mojibake(str(cells[c])) for c in _TEXT_COLUMNS if cells.get(c)}
        kept = {c: g for c, g in garbled.items() if g is not None and fits(g, src)}
        cells.update(kept)
        if kept:
            tag("mojibake")
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _STYLES[src.source].bad_date(ts, kind)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _STYLES[src.source].note_date(last)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=HI,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=370,
    blank_share=0.35,
)


def make_blind370(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five campsite, caravan-park and hostel sources write them.

    The Caravan and Motorhome Club reports what is detected in the United Kingdom, the
    FNHPA what is detected in France, the FEEC what is detected in Spain and the National
    Park Service's rangers what is detected in the United States; Hostelling
    International's digest reports every other event (Italy, Greece, Croatia, Poland,
    Panama) and re-reports some of the four national sources' events (a day apart at
    most, sometimes without one field). Bad rows, notes, totals, empty rows and exact
    repeats are planted by :func:`trendlib.samples._examiner.make_examined`.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``camc_safeguarding_nh.xlsx``, ``fnhpa_vigilance_nh.csv`` (cp1252, ``;``),
        ``feec_campings_nh.csv`` (UTF-16, tab), ``nps_imars_le_nh.csv`` (UTF-8, ``,``)
        and ``hi_safeguarding_digest_nh.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind370(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['camc_safeguarding_nh.xlsx', 'fnhpa_vigilance_nh.csv', 'feec_campings_nh.csv',
     'nps_imars_le_nh.csv', 'hi_safeguarding_digest_nh.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
