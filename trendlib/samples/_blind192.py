"""Examiner sample set ``blind192`` (files ``*_gl.*``): the Vietnamese and Chinese routes.

Five agencies never used before in this project, written by an examiner who did not read
the cleaner. The set leans to the routes that bring Vietnamese and Chinese nationals to
the United Kingdom and continental Europe (Russia, Belarus, Poland, Germany, France, the
Channel; cannabis farms and nail bars) and to the Chinese crossings of the Darién:

``crimestoppers_uk_gl.csv``
    Crimestoppers Trust (UK), the outcome log of information passed to police forces:
    English, UTF-8 with BOM (Excel's "CSV UTF-8"), ``,``. UK day-first dates, some
    ``17 May 2023`` and quarterly returns (``Q2 2023``); UK crime categories (``MSHT``,
    ``OIC``); demonyms (``Vietnamese``); the nation (``England``, ``Scotland``, ``UK``);
    a ``lat, long`` pair; the police force in an extra column. Re-sends some rows.
``psm_littoral_gl.csv``
    Plateforme des Soutiens aux Migrant·e·s, Calais and Dunkirk littoral (association
    network): French, cp1252, ``;``, CRLF. Day-first dates (some two-digit years), month
    only (``mai 2023``); plural demonyms (``Érythréens``, ``Kurdes irakiens``), some
    garbled by a UTF-8 copy (``Ã‰rythrÃ©ens``); ``Angleterre`` for the UK; no crime type
    (an association does not qualify offences); decimal-comma coordinates.
``cbsp_pl_gl.xlsx``
    Centralne Biuro Śledcze Policji (Poland), the international desk's case list: English
    with Polish habits. ``17.05.2023`` dates as text beside real Excel dates, ``05.2023``
    months; Polish penal-code articles as the qualification (``Art. 264 § 3 CC``);
    ISO alpha-2 codes; ``RU-BY`` routes; ``N53.51234 E23.65432`` GPS; ``b.d.`` (brak
    danych) for a count not known.
``legal_centre_lesvos_gl.csv``
    Legal Centre Lesvos (NGO, Greece), its log of arrivals and of people prosecuted as
    "smugglers": English, UTF-16 (Excel's "Unicode text"), tab-separated. ISO dates,
    Greek law articles, ``Iran > Turkey`` routes, ``lat, lon`` pairs.
``xinhua_es_gl.jsonl``
    Xinhua, Spanish-language desk: coded dispatches as JSON lines (UTF-8), the
    compilation of every event no primary source reports (Italy, Spain, Croatia, Panama,
    United States) and a second report of Lesbos and Polish-border events. ISO dates and
    date-times, ``2023-05`` and ``T2 2023``; Spanish names (``EE. UU.``), some without
    accents; ``1.250`` thousands; ``a y b`` lists. Re-sends some dispatches.

The truth (:attr:`Submission.expected`) says what a careful analyst reads from each cell:
a count written ``Not known`` is no count (tag ``count_placeholder``); ``None`` arrests is
zero (``zero_word``); a month or quarter is its first day; a column the agency does not
keep expects nothing (``unknown`` for a vocabulary). Every tag is listed in
:data:`TAGS`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["SOURCES", "TAGS", "make_blind192"]

_Rng = np.random.Generator
Words = dict[str, tuple[str, ...]]

#: Messiness tags this set plants (besides the shared ``bad_row``, ``garbage_row``,
#: ``exact_repeat``), with what the truth then expects.
TAGS: dict[str, str] = {
    "partial_date": "a month or a quarter: its first day, precision month or quarter",
    "count_placeholder": "the count of persons says 'not known': no count",
    "suspects_placeholder": "the count of suspects says 'not known': no count",
    "zero_word": "no suspect written as a word ('None', 'aucun', 'ninguno'): 0",
    "thousands:n_persons": "a count with a thousands separator: the number",
    "blank_<field>": "a field left empty or 'not known' (nationality, gender, ...)",
    "na_word": "age group or transport mode 'not known': unknown",
    "unknown:<field>": "another field 'not known': nothing (exploitation: unknown)",
    "coords_missing": "no coordinates: nothing",
    "direct_word": "no transit country, written 'direct': nothing",
    "demonym:<field>": "a nationality adjective ('Vietnamese', 'Érythréens'): the country",
    "iso2:<field>": "an ISO alpha-2 code: the country",
    "iso3:<field>": "an ISO alpha-3 code: the country",
    "alias:<field>": "a common other name ('EE. UU.', 'Angleterre', 'England'): the country",
    "typo:<field>": "a small typo or a missing accent: the country",
    "mojibake:<field>": "UTF-8 text read as cp1252: the country",
    "case:<field>": "other case or spacing: the same value",
}

# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
CRIMESTOPPERS = ExaminerSource(
    source="crimestoppers_uk",
    filename="crimestoppers_uk_gl.csv",
    ref="CSO-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Outcome Ref",
        "event_date": "Date of Police Action",
        "force": "Police Force",
        "detection_country": "Country",
        "crime_type": "Crime Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "transport_mode": "Method of Travel",
        "coordinates": "Lat/Long",
        "linked_offences": "Other Offences",
    },
    note="Outcomes supplied by forces under the ISA - figures subject to change",
    total="TOTAL",
    bad_count=("several", "numerous", "a group"),
    repeats=True,
)
PSM = ExaminerSource(
    source="psm_littoral",
    filename="psm_littoral_gl.csv",
    ref="PSM-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date",
        "place": "Lieu",
        "detection_country": "Pays",
        "n_persons": "Nb personnes",
        "gender": "Genre",
        "age_group": "Âge",
        "nationality": "Nationalité principale",
        "destination_country": "Destination",
        "transport_mode": "Moyen",
        "n_suspects": "Passeurs interpellés",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="Données remontées par les associations membres – non exhaustif",
    total="Total",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
)
CBSP = ExaminerSource(
    source="cbsp_pl",
    filename="cbsp_pl_gl.xlsx",
    ref="CBŚP-{seq:04d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ref.",
        "event_date": "Date of detention",
        "place": "Place",
        "detection_country": "Country of detection",
        "crime_type": "Legal qualification",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of foreigners",
        "n_suspects": "Suspects detained",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "transport_mode": "Means of transport",
        "coordinates": "GPS",
        "linked_offences": "Related offences",
    },
    note="Source: CBŚP international desk – data as of the reporting date, to be verified",
    total="Total",
    bad_count=("several", "a group", "numerous"),
    repeats=False,
)
LCL = ExaminerSource(
    source="legal_centre_lesvos",
    filename="legal_centre_lesvos_gl.csv",
    ref="LCL-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "ID",
        "event_date": "Date",
        "place": "Location",
        "detection_country": "Country",
        "crime_type": "Case type",
        "n_persons": "People in group",
        "n_suspects": "Arrested as smugglers",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit",
        "destination_country": "Intended destination",
        "transport_mode": "Entry route",
        "coordinates": "Coordinates",
        "linked_offences": "Other charges",
    },
    note="Compiled from LCL case files and partner reports - not exhaustive",
    total="TOTAL",
    bad_count=("dozens", "many", "several"),
    repeats=False,
)
XINHUA = ExaminerSource(
    source="xinhua_es",
    filename="xinhua_es_gl.jsonl",
    ref="XH-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_despacho",
        "event_date": "fecha",
        "place": "lugar",
        "detection_country": "pais_deteccion",
        "crime_type": "delito",
        "exploitation": "forma_explotacion",
        "n_persons": "personas",
        "n_suspects": "detenidos",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "transito",
        "destination_country": "pais_destino",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note="Nota: compilación de despachos de la redacción en español; cifras provisionales",
    total="TOTAL",
    bad_count=("decenas", "varios", "centenares"),
    repeats=True,
)
#: The five sources, in the order :func:`make_blind192` returns them.
SOURCES: tuple[ExaminerSource, ...] = (CRIMESTOPPERS, PSM, CBSP, LCL, XINHUA)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
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
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "CHN": "Chinese",
    "CMR": "Cameroonian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "SYR": "Syrian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_EN_TYPO = {
    "AFG": "Afgan",
    "ALB": "Albanain",
    "ERI": "Eritrian",
    "IRQ": "Iraqui",
    "VNM": "Vietnamise",
    "SYR": "Syrain",
}
_FR_DEMONYM = {
    "AFG": "Afghans",
    "ALB": "Albanais",
    "ERI": "Érythréens",
    "IRN": "Iraniens",
    "IRQ": "Irakiens",
    "SYR": "Syriens",
    "VNM": "Vietnamiens",
    "EGY": "Égyptiens",
    "PAK": "Pakistanais",
}
_FR_KURDS = {"IRQ": "Kurdes irakiens", "IRN": "Kurdes iraniens"}
_ES_ALIAS = {
    "USA": ("EE. UU.", "EEUU"),
    "CHN": ("República Popular China",),
    "VNM": ("Viet Nam",),
    "BIH": ("Bosnia",),
    "MKD": ("Macedonia",),
    "RUS": ("Federación de Rusia",),
    "GBR": ("Gran Bretaña",),
    "CIV": ("Côte d'Ivoire",),
    "GMB": ("la Gambia",),
}
_FORCE = {
    "London": "Metropolitan Police",
    "Birmingham": "West Midlands Police",
    "Glasgow": "Police Scotland",
    "Dover": "Kent Police",
}
_PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "psm_littoral": {
        "Calais": ("Calais", "Sangatte", "Marck", "Coquelles"),
        "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Grande-Synthe", "Dunkerque"),
        "Dover": ("Douvres (arrivée)",),
    },
    "cbsp_pl": {
        "Kuźnica": ("Kuźnica", "Kuźnica Białostocka"),
        "Białowieża": ("Białowieża", "Białowieża Forest"),
        "Michałowo": ("Michałowo",),
    },
    "legal_centre_lesvos": {
        "Lesbos": ("Lesvos", "Lesvos (north coast)", "Mytilene"),
        "Samos": ("Samos", "Samos (Vathy)"),
        "Evros": ("Evros", "Evros region"),
    },
    "xinhua_es": {
        "Darién gap": ("Tapón del Darién", "selva del Darién"),
        "Rio Grande Valley": ("Valle del Río Grande",),
        "Nogales (Sonora/Arizona)": ("Nogales (Arizona)",),
        "Torino": ("Turín",),
        "Latina (Agro Pontino)": ("Latina",),
        "Almería (El Ejido)": ("El Ejido",),
        "Cetingrad (BIH–HRV border)": ("Cetingrad",),
        "Bajakovo (SRB–HRV border)": ("Bajakovo",),
        "Lesbos": ("Lesbos",),
        "Dunkirk/Gravelines": ("Gravelines",),
        "Dover": ("Dover",),
        "London": ("Londres",),
    },
}


@dataclass(frozen=True)
class _Style:
    """How one agency writes each field (its words, dates, countries, counts, places)."""

    crime: Words
    exploitation: Words
    exploitation_unknown: tuple[str, ...]
    smuggling_exploitation: tuple[str, ...]  # what a smuggling row holds there (no value)
    gender: Words
    age: Words
    transport: Words
    na_words: tuple[str, ...]
    offences: Words
    country_unknown: tuple[str, ...]
    person_placeholders: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    direct_words: tuple[str, ...]
    thousands: str | None
    numeric: bool
    date: Callable[[_Rng, pd.Timestamp, bool], tuple[object, pd.Timestamp, str]]
    country: Callable[[_Rng, str, str, dict[str, object]], tuple[str, str]]
    transit: Callable[[_Rng, list[str], dict[str, object]], str]
    coords: Callable[[float, float], dict[str, object]]
    join_offences: Callable[[_Rng, list[str]], str]
    placeholder_rate: float = 0.025
    suspects_placeholder_rate: float = 0.03
    zero_rate: float = 0.35
    blank_rate: float = 0.02
    na_rate: float = 0.03
    coord_missing: float = 0.06
    case_rate: float = 0.04


def _pick(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw an agency's word: the usual (first) one 60 % of the time, a variant otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _no_accent(text: str) -> str:
    """Drop the accents (``Panamá`` -> ``Panama``), as a hurried writer does.

    Examples
    --------
    >>> _no_accent("Panamá"), _no_accent("Turquía")
    ('Panama', 'Turquia')
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _start(ts: pd.Timestamp, freq: str) -> pd.Timestamp:
    return pd.Timestamp(ts.to_period(freq).start_time)


def _swap_year(ts: pd.Timestamp) -> str:
    """Return the year typed with two digits swapped, far in the future (``2023`` -> ``2203``)."""
    y = str(ts.year)
    return y[0] + y[2] + y[1] + y[3]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date_cs(rng: _Rng, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    if partial_ok and r < 0.05:  # quarterly outcome return
        return f"Q{ts.quarter} {ts.year}", _start(ts, "Q"), "quarter"
    if partial_ok and r < 0.10:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _start(ts, "M"), "month"
    if r < 0.25:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _date_psm(rng: _Rng, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    if partial_ok and r < 0.05:  # reported weeks later, the day forgotten
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", _start(ts, "M"), "month"
    if r < 0.15:
        return ts.strftime("%d/%m/%y"), ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _date_cbsp(rng: _Rng, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    if partial_ok and r < 0.05:
        return ts.strftime("%m.%Y"), _start(ts, "M"), "month"
    if r < 0.30:  # a real Excel date where the clerk typed it in a date cell
        return datetime(ts.year, ts.month, ts.day), ts, "day"
    return ts.strftime("%d.%m.%Y"), ts, "day"


def _date_lcl(rng: _Rng, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _start(ts, "M"), "month"
    if r < 0.20:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _date_xh(rng: _Rng, ts: pd.Timestamp, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    if partial_ok and r < 0.06:  # a quarterly round-up dispatch
        return f"T{ts.quarter} {ts.year}", _start(ts, "Q"), "quarter"
    if partial_ok and r < 0.14:
        return ts.strftime("%Y-%m"), _start(ts, "M"), "month"
    if r < 0.30:
        hour, minute = int(rng.integers(6, 23)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')} {hour:02d}:{minute:02d}", ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


_DAY_STYLE = {
    "crimestoppers_uk": "%d/%m/%Y",
    "psm_littoral": "%d/%m/%Y",
    "cbsp_pl": "%d.%m.%Y",
    "legal_centre_lesvos": "%Y-%m-%d",
    "xinhua_es": "%Y-%m-%d",
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, in the agency's own style.

    ``no_date`` leaves the cell empty; ``bad_date`` writes the 30th or 31st of February;
    ``future_date`` the true day with two digits of the year swapped (``2203``).
    """
    if kind == "no_date":
        return None
    style = _DAY_STYLE[src.source]
    if kind == "bad_date":
        day = 30 + int(rng.integers(2))
        stamp = f"{ts.year}-02-{day}"
    else:
        stamp = f"{_swap_year(ts)}-{ts.month:02d}-{ts.day:02d}"
    y, m, d = stamp.split("-")
    return style.replace("%Y", y).replace("%m", m).replace("%d", d)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row: its last day, in its style."""
    return last.strftime(_DAY_STYLE[src.source])


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _country_cs(rng: _Rng, iso: str, col: str, ev: dict[str, object]) -> tuple[str, str]:
    if col == "detection_country":
        if iso != "GBR":
            return _name(iso, "en"), "name"
        r = rng.random()
        if r < 0.45:
            return "UK", "alias"
        if r < 0.85:  # the nation of the force area
            return ("Scotland" if ev["hotspot"] == "Glasgow" else "England"), "alias"
        return "United Kingdom", "name"
    r = rng.random()
    if r < 0.07 and iso in _EN_TYPO:
        return _EN_TYPO[iso], "typo"
    if r < 0.85 and iso in _EN_DEMONYM:
        return _EN_DEMONYM[iso], "demonym"
    return ("Vietnam" if iso == "VNM" else _name(iso, "en")), "name"


def _country_psm(rng: _Rng, iso: str, col: str, ev: dict[str, object]) -> tuple[str, str]:
    r = rng.random()
    if col == "detection_country":
        if iso == "FRA":
            return ("FR", "iso2") if r < 0.2 else ("France", "name")
        if iso == "GBR":
            return ("Angleterre", "alias") if r < 0.4 else ("Royaume-Uni", "name")
        return _name(iso, "fr"), "name"
    if col == "destination_country":
        if iso == "GBR":
            if r < 0.35:
                return "Angleterre", "alias"
            return ("UK", "alias") if r < 0.5 else ("Royaume-Uni", "name")
        return _name(iso, "fr"), "name"
    if r < 0.08 and iso in _FR_KURDS:
        return _FR_KURDS[iso], "demonym"
    if r < 0.85 and iso in _FR_DEMONYM:
        return _FR_DEMONYM[iso], "demonym"
    return _name(iso, "fr"), "name"


def _country_cbsp(rng: _Rng, iso: str, col: str, ev: dict[str, object]) -> tuple[str, str]:
    r = rng.random()
    if r < 0.45:
        return iso_codes(iso)[0], "iso2"
    if r < 0.50 and COUNTRIES[iso][4]:
        return COUNTRIES[iso][4][0], "alias"
    if r < 0.54:
        return COUNTRIES[iso][5], "typo"
    return ("Vietnam" if iso == "VNM" else _name(iso, "en")), "name"


def _country_lcl(rng: _Rng, iso: str, col: str, ev: dict[str, object]) -> tuple[str, str]:
    r = rng.random()
    if iso == "TUR":
        return ("Turkey", "alias") if r < 0.7 else ("Türkiye", "name")
    if col == "detection_country":
        return ("GR", "iso2") if r < 0.15 else (_name(iso, "en"), "name")
    if col == "nationality" and r < 0.5 and iso in _EN_DEMONYM:
        return _EN_DEMONYM[iso], "demonym"
    if r >= 0.95:
        return COUNTRIES[iso][5], "typo"
    return _name(iso, "en"), "name"


def _country_xh(rng: _Rng, iso: str, col: str, ev: dict[str, object]) -> tuple[str, str]:
    r = rng.random()
    name = _name(iso, "es")
    if r < 0.10:
        return iso, "iso3"
    if r < 0.18 and iso in _ES_ALIAS:
        return choice(rng, _ES_ALIAS[iso]), "alias"
    if r < 0.28 and _no_accent(name) != name:
        return _no_accent(name), "typo"
    return name, "name"


def _transit_cbsp(rng: _Rng, isos: list[str], ev: dict[str, object]) -> str:
    if rng.random() < 0.6:
        return "-".join(iso_codes(i)[0] for i in isos)
    names = ["Vietnam" if i == "VNM" else _name(i, "en") for i in isos]
    return choice(rng, (" – ", " > ")).join(names)


def _transit_lcl(rng: _Rng, isos: list[str], ev: dict[str, object]) -> str:
    names = [_country_lcl(rng, i, "transit_countries", ev)[0] for i in isos]
    return choice(rng, (" > ", ", ")).join(names)


def _transit_xh(rng: _Rng, isos: list[str], ev: dict[str, object]) -> str:
    names = [_name(i, "es") for i in isos]
    return choice(rng, (" - ", ", ")).join(names)


def _transit_none(rng: _Rng, isos: list[str], ev: dict[str, object]) -> str:
    raise NotImplementedError  # the agency keeps no transit column


# --------------------------------------------------------------------------------------
# Coordinates and lists
# --------------------------------------------------------------------------------------
def _coords_cs(lat: float, lon: float) -> dict[str, object]:
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}


def _coords_psm(lat: float, lon: float) -> dict[str, object]:
    return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}


def _coords_cbsp(lat: float, lon: float) -> dict[str, object]:
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    return {"coordinates": f"{ns}{abs(lat):.5f} {ew}{abs(lon):.5f}"}


def _coords_xh(lat: float, lon: float) -> dict[str, object]:
    return {"lat": round(lat, 4), "lon": round(lon, 4)}


def _joiner(*seps: str) -> Callable[[_Rng, list[str]], str]:
    def join(rng: _Rng, items: list[str]) -> str:
        return choice(rng, seps).join(items)

    return join


def _join_es(rng: _Rng, items: list[str]) -> str:
    """Spanish lists: ``a, b y c`` or ``a, b, c``."""
    if len(items) > 1 and rng.random() < 0.4:
        return ", ".join(items[:-1]) + " y " + items[-1]
    return ", ".join(items)


# --------------------------------------------------------------------------------------
# The agencies' styles
# --------------------------------------------------------------------------------------
_STYLES: dict[str, _Style] = {
    "crimestoppers_uk": _Style(
        crime={
            "trafficking": ("Modern Slavery / Human Trafficking", "MSHT", "Human trafficking"),
            "smuggling": ("Organised Immigration Crime", "OIC", "People smuggling"),
            "both": ("MSHT / OIC", "Human trafficking & people smuggling"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": (
                "Labour exploitation",
                "Forced labour",
                "Labour exploitation (nail bar)",
                "Labour exploitation (car wash)",
            ),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
                "Forced criminality",
            ),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        exploitation_unknown=("Not known",),
        smuggling_exploitation=("N/A",),
        gender={
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F", "Females"),
            "mixed": ("Mixed", "Male & female", "M/F"),
        },
        age={
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Child", "Minor", "Under 18"),
            "mixed": ("Adults & children", "Mixed"),
        },
        transport={
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("Lorry", "HGV", "Vehicle", "Van"),
            "air": ("Air", "Flight"),
        },
        na_words=("Not known",),
        offences={
            "document_fraud": ("False documents", "Document fraud", "Fraudulent ID"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation", "Class B drugs"),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
        country_unknown=("Not known",),
        person_placeholders=("Not known",),
        suspect_placeholders=("Not known",),
        zero_words=("None", "Nil"),
        direct_words=(),
        thousands=",",
        numeric=False,
        date=_date_cs,
        country=_country_cs,
        transit=_transit_none,
        coords=_coords_cs,
        join_offences=_joiner(", ", " / "),
    ),
    "psm_littoral": _Style(
        crime={},
        exploitation={},
        exploitation_unknown=(),
        smuggling_exploitation=(),
        gender={
            "male": ("hommes", "H"),
            "female": ("femmes", "F"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        age={
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "adultes + mineurs"),
        },
        transport={
            "sea": ("small boat", "bateau", "embarcation", "taxi-boat"),
            "land": ("camion", "poids lourd"),
            "air": ("avion",),
        },
        na_words=("NC",),
        offences={},
        country_unknown=("NC", "inconnue"),
        person_placeholders=("NC", "?"),
        suspect_placeholders=("NC", "?"),
        zero_words=("aucun",),
        direct_words=(),
        thousands=" ",
        numeric=False,
        date=_date_psm,
        country=_country_psm,
        transit=_transit_none,
        coords=_coords_psm,
        join_offences=_joiner(", "),
        coord_missing=0.10,
        zero_rate=0.4,
        suspects_placeholder_rate=0.04,
    ),
    "cbsp_pl": _Style(
        crime={
            "smuggling": (
                "Art. 264 § 3 CC – organising illegal border crossing",
                "Art. 264 §3 kk (facilitation of illegal crossing)",
                "facilitation of illegal border crossing",
            ),
            "trafficking": (
                "Art. 189a § 1 CC – trafficking in human beings",
                "trafficking in human beings (Art. 189a kk)",
            ),
            "both": (
                "Art. 189a + Art. 264 § 3 CC – trafficking and illegal crossing",
                "THB and facilitation of illegal crossing",
            ),
        },
        exploitation={
            "sexual": ("sexual exploitation", "forced prostitution"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality", "forced to commit crimes"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
        },
        exploitation_unknown=("not established",),
        smuggling_exploitation=("–",),
        gender={
            "male": ("M", "male"),
            "female": ("F", "female"),
            "mixed": ("M/F", "mixed"),
        },
        age={
            "adult": ("adults", "adult"),
            "child": ("minors", "minor"),
            "mixed": ("adults+minors", "mixed"),
        },
        transport={
            "land": ("on foot", "car", "bus", "van"),
            "air": ("air", "plane"),
            "sea": ("sea", "ferry"),
        },
        na_words=("n/a",),
        offences={
            "document_fraud": ("Art. 270 CC (document forgery)",),
            "corruption": ("Art. 229 CC (bribery)",),
            "money_laundering": ("Art. 299 CC (money laundering)",),
            "illicit_goods": ("Art. 62 Drug Act (drugs)",),
            "cybercrime": ("Art. 267 CC (hacking)",),
            "terrorism": ("Art. 115 § 20 CC (terrorist offence)",),
        },
        country_unknown=("n/a", "unknown"),
        person_placeholders=("n/a", "b.d."),
        suspect_placeholders=("n/a", "b.d."),
        zero_words=("none",),
        direct_words=("none",),
        thousands=None,
        numeric=True,
        date=_date_cbsp,
        country=_country_cbsp,
        transit=_transit_cbsp,
        coords=_coords_cbsp,
        join_offences=_joiner("; "),
        zero_rate=0.25,
    ),
    "legal_centre_lesvos": _Style(
        crime={
            "smuggling": (
                "Smuggling (Art. 30 L.4251/2014)",
                "smuggling",
                "facilitation of illegal entry",
            ),
            "trafficking": ("Trafficking (Art. 323A PC)", "trafficking"),
            "both": ("Smuggling + trafficking", "Art. 30 L.4251/2014 & Art. 323A PC"),
        },
        exploitation={},
        exploitation_unknown=(),
        smuggling_exploitation=(),
        gender={
            "male": ("men", "male"),
            "female": ("women", "female"),
            "mixed": ("mixed", "men & women"),
        },
        age={
            "adult": ("adults",),
            "child": ("children", "unaccompanied minors"),
            "mixed": ("adults & children", "mixed"),
        },
        transport={
            "sea": ("sea", "boat", "dinghy"),
            "land": ("land", "on foot"),
            "air": ("air",),
        },
        na_words=("unknown",),
        offences={
            "document_fraud": ("use of forged documents", "forged documents"),
            "corruption": ("bribery of officials",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug possession", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        country_unknown=("unknown",),
        person_placeholders=("unknown", "?"),
        suspect_placeholders=("unknown",),
        zero_words=("none",),
        direct_words=("direct",),
        thousands=None,
        numeric=False,
        date=_date_lcl,
        country=_country_lcl,
        transit=_transit_lcl,
        coords=_coords_cs,
        join_offences=_joiner("; "),
        coord_missing=0.12,
        zero_rate=0.4,
    ),
    "xinhua_es": _Style(
        crime={
            "smuggling": (
                "tráfico ilícito de migrantes",
                "tráfico de migrantes",
                "tráfico irregular de migrantes",
            ),
            "trafficking": ("trata de personas", "trata de seres humanos"),
            "both": ("trata de personas y tráfico de migrantes", "trata y tráfico de migrantes"),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("criminalidad forzada", "actividades delictivas forzadas"),
            "forced_marriage": ("matrimonio forzado",),
            "organ_removal": ("extracción de órganos",),
            "other": ("otras formas de explotación",),
        },
        exploitation_unknown=("no especificada",),
        smuggling_exploitation=(),
        gender={
            "male": ("hombres", "varones"),
            "female": ("mujeres",),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        age={
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "menores no acompañados"),
            "mixed": ("adultos y menores", "mixto"),
        },
        transport={
            "sea": ("marítimo", "embarcación", "lancha neumática"),
            "land": ("terrestre", "a pie", "camión"),
            "air": ("aéreo", "avión"),
        },
        na_words=("sin datos",),
        offences={
            "document_fraud": ("falsedad documental", "documentos falsos"),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales", "lavado de dinero"),
            "illicit_goods": ("narcotráfico", "tráfico de drogas"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        country_unknown=("desconocida", "sin datos"),
        person_placeholders=("sin precisar", "sin cifra oficial"),
        suspect_placeholders=("sin datos",),
        zero_words=("ninguno",),
        direct_words=("directo",),
        thousands=".",
        numeric=True,
        date=_date_xh,
        country=_country_xh,
        transit=_transit_xh,
        coords=_coords_xh,
        join_offences=_join_es,
        placeholder_rate=0.02,
        coord_missing=0.05,
        zero_rate=0.3,
    ),
}
_SEA_ES = {"wmed": "patera", "watl": "cayuco"}  # the Spanish press's own boat words


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _expected(src: ExaminerSource, ev: dict[str, object]) -> dict[str, object]:
    """Return what the row says when every cell the agency keeps is written plainly."""
    has = set(src.headers)
    crime = str(ev["crime_type"]) if "crime_type" in has else "unknown"
    thb = crime in ("trafficking", "both")
    if "exploitation" in has:
        expl = ev["exploitation"] if thb else None
    else:
        expl = "unknown" if thb else None
    placed = "coordinates" in has or "lat" in has

    def kept(col: str, default: object = None) -> object:
        return ev[col] if col in has else default

    return {
        "event_date": ev["event_date"],
        "date_precision": "day",
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": ev["n_persons"],
        "n_suspects": kept("n_suspects"),
        "gender": kept("gender", "unknown"),
        "age_group": kept("age_group", "unknown"),
        "nationality": kept("nationality"),
        "origin_country": kept("origin_country"),
        "destination_country": kept("destination_country"),
        "detection_country": kept("detection_country"),
        "transit_countries": kept("transit_countries"),
        "transport_mode": kept("transport_mode", "unknown"),
        "lat": ev["lat"] if placed else None,
        "lon": ev["lon"] if placed else None,
        "linked_offences": kept("linked_offences"),
    }


def _count(st: _Style, n: int, rng: _Rng) -> tuple[object, bool]:
    """Write a count the agency's way; tell whether a thousands separator was used."""
    if n >= 1000 and st.thousands is not None and rng.random() < 0.6:
        return f"{n // 1000}{st.thousands}{n % 1000:03d}", True
    return (n if st.numeric else str(n)), False


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
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp = _expected(src, ev)
    hotspot = str(ev["hotspot"])

    def noisy(col: str, text: str) -> str:
        if rng.random() >= st.case_rate:
            return text
        k = int(rng.integers(3))
        out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
        if out != text:
            tags.append(f"case:{col}")
        return out

    # Date
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = st.date(rng, ts, partial_ok)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    if "force" in has:
        cells["force"] = _FORCE.get(hotspot)
    if "place" in has:
        cells["place"] = _pick(rng, _PLACES[src.source].get(hotspot, (hotspot,)))

    # Crime type and form of exploitation
    crime = str(ev["crime_type"])
    if "crime_type" in has:
        cells["crime_type"] = noisy("crime_type", _pick(rng, st.crime[crime]))
    if "exploitation" in has:
        if exp["exploitation"] is None:  # a smuggling case: nothing, or "not applicable"
            empty = not st.smuggling_exploitation or rng.random() < 0.6
            cells["exploitation"] = None if empty else choice(rng, st.smuggling_exploitation)
        elif rng.random() < 0.05:
            cells["exploitation"] = choice(rng, st.exploitation_unknown)
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            word = _pick(rng, st.exploitation[str(ev["exploitation"])])
            cells["exploitation"] = noisy("exploitation", word)

    # Counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < st.placeholder_rate:
        cells["n_persons"] = choice(rng, st.person_placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], big = _count(st, n, rng)
        if big:
            tags.append("thousands:n_persons")
    if "n_suspects" in has:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        if forced_blank == "n_suspects":
            cells["n_suspects"] = None
            exp["n_suspects"] = None
            tags.append("blank_n_suspects")
        elif rng.random() < st.suspects_placeholder_rate:
            cells["n_suspects"] = choice(rng, st.suspect_placeholders)
            exp["n_suspects"] = None
            tags.append("suspects_placeholder")
        elif k == 0 and rng.random() < st.zero_rate:
            cells["n_suspects"] = choice(rng, st.zero_words)
            tags.append("zero_word")
        else:
            cells["n_suspects"] = _count(st, k, rng)[0]

    # Sex, age group, transport mode
    if forced_blank == "gender" or rng.random() < st.blank_rate:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, st.na_words)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = noisy("gender", _pick(rng, st.gender[str(ev["gender"])]))
    if rng.random() < st.na_rate:
        cells["age_group"] = choice(rng, st.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = noisy("age_group", _pick(rng, st.age[str(ev["age_group"])]))
    mode = str(ev["transport_mode"])
    if rng.random() < st.na_rate:
        cells["transport_mode"] = choice(rng, st.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        word = _pick(rng, st.transport[mode])
        if src.source == "xinhua_es" and mode == "sea" and ev["corridor"] in _SEA_ES:
            word = _SEA_ES[str(ev["corridor"])] if rng.random() < 0.5 else word
        cells["transport_mode"] = noisy("transport_mode", word)

    # Countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        if col not in has:
            continue
        iso = ev[col]
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if iso is None:
            cells[col] = None
            continue
        if col == "nationality" and rng.random() < st.blank_rate:
            cells[col] = choice(rng, st.country_unknown)
            exp[col] = None
            tags.append("blank_nationality")
            continue
        if col in ("origin_country", "destination_country") and rng.random() < 0.03:
            cells[col] = choice(rng, st.country_unknown)
            exp[col] = None
            tags.append(f"unknown:{col}")
            continue
        text, kind = st.country(rng, str(iso), col, ev)
        if src.source == "psm_littoral" and col == "nationality" and rng.random() < 0.08:
            garbled = mojibake(text)  # a line pasted from a UTF-8 message
            if garbled is not None and fits(garbled, src):
                text, kind = garbled, "mojibake"
        if kind != "name":
            tags.append(f"{kind}:{col}")
        cells[col] = noisy(col, text)
    if "transit_countries" in has:
        route = ev["transit_countries"]
        if route is None:
            if st.direct_words and rng.random() < 0.3:
                cells["transit_countries"] = choice(rng, st.direct_words)
                tags.append("direct_word")
            else:
                cells["transit_countries"] = None
        elif rng.random() < 0.03:
            cells["transit_countries"] = choice(rng, st.country_unknown)
            exp["transit_countries"] = None
            tags.append("unknown:transit_countries")
        else:
            cells["transit_countries"] = st.transit(rng, str(route).split("|"), ev)

    # Place of detection
    placed = "coordinates" in has or "lat" in has
    if placed:
        if forced_blank == "coordinates" or rng.random() < st.coord_missing:
            written: dict[str, object] = dict.fromkeys(("coordinates", "lat", "lon"))
            exp["lat"] = exp["lon"] = None
            tags.append("blank_coordinates" if forced_blank else "coords_missing")
        else:
            lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
            written = st.coords(lat, lon)
            if src.source == "xinhua_es":
                exp["lat"], exp["lon"] = written["lat"], written["lon"]
        cells.update({k: v for k, v in written.items() if k in has})

    # Linked offences
    if "linked_offences" in has:
        offences = ev["linked_offences"]
        if offences is None:
            cells["linked_offences"] = None
        else:
            words = [_pick(rng, st.offences[o]) for o in str(offences).split("|")]
            cells["linked_offences"] = st.join_offences(rng, words)
    return cells, exp, tags


#: The variant, as the shared machinery reads it.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "crimestoppers_uk",
        "FRA": "psm_littoral",
        "POL": "cbsp_pl",
        "GRC": "legal_centre_lesvos",
    },
    compilation="xinhua_es",
    secondary={
        # Vietnamese victims found in the UK, whom the Polish desk followed through Poland
        ("thb_vnm_gbr", "GBR"): "cbsp_pl",
        # boats that left the French coast, their arrival in Dover logged by the associations
        ("channel", "GBR"): "psm_littoral",
        # the wire's own dispatches on Lesbos, Samos, Evros and the Belarus border
        ("emed", "GRC"): "xinhua_es",
        ("blr_pol", "POL"): "xinhua_es",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=192_192,
    blank_share=0.35,
)


def make_blind192(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind192`` agencies would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (same seed, same cells).

    Returns
    -------
    list of Submission
        ``crimestoppers_uk_gl.csv``, ``psm_littoral_gl.csv``, ``cbsp_pl_gl.xlsx``,
        ``legal_centre_lesvos_gl.csv`` and ``xinhua_es_gl.jsonl``, each with the
        expected reading of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind192(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['crimestoppers_uk_gl.csv', 'psm_littoral_gl.csv', 'cbsp_pl_gl.xlsx',
     'legal_centre_lesvos_gl.csv', 'xinhua_es_gl.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Case ref.', 'Date of detention', 'Place']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
