"""The examiner's held-out sample set ``blind172`` (files ``*_fr.*``): desks in Athens.

Five agencies that a joint analysis cell in Athens would hear from, each writing its
export its own way:

``hp_aliens_branch_fr.csv``
    Hellenic Police Headquarters, Aliens and Border Protection Branch (Athens): the
    national apprehension and facilitator-arrest returns by police directorate, sent in
    English to EU partners. UTF-8 with BOM, ``,``; day-first dates (``17/05/2023``);
    nationalities as names, capitals or demonyms (``Afghan``), legacy code-list names
    (``FYROM``, ``Turkey``); offences cited by Greek law (L.4251/2014 art. 29,
    art. 323A PC); one ``lat, lon`` cell; transit routes joined by `` - ``. First
    reporter of Greek detections; also reports some Western Balkans events on the
    onward route.
``ssi_athenes_fr.xlsx``
    Service de sécurité intérieure, Ambassade de France à Athènes: the internal
    security attaché's liaison sheet, in French. Real Excel dates with some typed as
    text, a few lost to serial numbers, and ``mai 2023`` / ``T2 2023`` for facts known
    only to the month or quarter; French qualifications (``AESI``, ``TEH``); names in
    capitals without accents (``ERYTHREE``), ``Grande-Bretagne``; ``MNA`` for
    unaccompanied minors; ``NC`` for counts not given; coordinates as numbers, some
    typed with a decimal comma. First reporter of French detections.
``pn_icc_pireo_fr.csv``
    Policía Nacional (Comisaría General de Extranjería y Fronteras) liaison officer at
    the Frontex JO Poseidon International Coordination Centre in Piraeus, sharing the
    Spanish cases, in Spanish. cp1252, ``;``; ``dd/mm/aaaa``; offences by the Spanish
    penal code (art. 318 bis, art. 177 bis), ``patera``/``cayuco``, ``MENA``, ``H``/``M``
    for hombre/mujer, ``EE.UU.``, thousands with a dot (``1.250``), coordinates with a
    decimal comma. First reporter of Spanish detections; re-reports Aegean and some
    Italian cases.
``esperto_atene_fr.csv``
    Esperto per la Sicurezza (Italian police liaison), Embassy of Italy in Athens: an
    English sheet with bilingual Italian/English headers, saved from Excel as Unicode
    text (UTF-16 with BOM, tab-delimited). ISO dates (``2023-05`` when only the month is
    known), ISO alpha-3 codes or English names, ``Italia``, ``MSNA``, ``caporalato``,
    ``n.d.``, positions in degrees-minutes-seconds. First reporter of Italian detections.
``eliamep_tracker_fr.jsonl``
    ELIAMEP (Hellenic Foundation for European and Foreign Policy, Athens) open-source
    incident tracker, JSON lines in English: ``17 May 2023``, ``May 2023``, ``Q2 2023``;
    origin as UN M49 numeric codes; routes joined by `` > ``; small counts sometimes in
    words; some rows garbled by a UTF-8-read-as-cp1252 ingest (``TÃ¼rkiye``); exact
    repeats from re-scraped items. Reports every detection no other desk covers
    (Croatia, Poland, the United Kingdom, Panama, the United States) and re-reports
    press-covered landings in Italy, Spain and France.

The truth is what a careful analyst reads from each cell; placeholder counts (``n/k``,
``NC``, ``s/d``, ``n.d.``, ``unknown``) leave the count empty, "not applicable" words
leave the category ``unknown``, unreadable counts (``see attached``, ``plusieurs
dizaines``, ``varios``, ``dozens``) and impossible or future dates are bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

__all__ = ["BLIND172", "SOURCES", "Agency", "make_blind172"]

_Rng = np.random.Generator
Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Country names (the examiner's own wording): iso3 -> (English, French, Spanish)
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
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Hellenic Police: nationality as the demonym, as Greek registers often write it.
_DEMONYM = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "MAR": "Moroccan",
    "TUR": "Turkish",
}
#: Hellenic Police: names of the older code list still in the export.
_HP_LEGACY = {"MKD": "FYROM", "TUR": "Turkey", "GBR": "UK", "BIH": "Bosnia-Herzegovina"}
#: A few slips of the pen, one per language, on frequent names.
_TYPOS = {
    "en": {"AFG": "Afganistan", "PAK": "Pakistn", "SYR": "Sirya", "IRQ": "Iraq ", "DEU": "Germnay"},
    "fr": {
        "AFG": "Afganistan",
        "IRN": "Iran ",
        "ERI": "Erythrée",
        "ALB": "Albanie ",
        "IRQ": "Iraq",
    },
    "es": {
        "MAR": "Marrueco",
        "DZA": "Argelia ",
        "SEN": "Senegál",
        "MLI": "Mali",
        "PAK": "Pakistan",
    },
}
_FR_ALIAS = {"GBR": "Grande-Bretagne", "USA": "USA", "CIV": "Côte-d'Ivoire"}
_ES_ALIAS = {"USA": "EE.UU.", "GIN": "Guinea Conakry", "GBR": "Gran Bretaña", "VNM": "Viet Nam"}
_NUMBERS_EN = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
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
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜàâäçéèêëîïôöùûü", "AAACEEEEIIOOUUUaaaceeeeiioouuu")
    return text.translate(table)


def _uniform(rng: _Rng) -> float:
    return float(rng.random())


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
DateWriter = Callable[[pd.Timestamp, _Rng, bool], tuple[object, pd.Timestamp, str, str | None]]
CountryWriter = Callable[[str, str, _Rng], str]
CountWriter = Callable[[int, str, _Rng], tuple[object, int | None, str | None]]
PlaceWriter = Callable[[float, float, _Rng], tuple[Cells, float | None, float | None, str | None]]
ExtraWriter = Callable[[dict[str, object], _Rng], Cells]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the set: what the shared machinery reads plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Design word -> the words the agency writes for it (drawn uniformly).
    transit_sep, offence_sep : str
        Separators of the transit-country and linked-offence lists.
    na_word : str
        What the agency writes for an age group or transport mode it does not know.
    no_exploitation : object
        The exploitation cell of a pure smuggling case.
    date : callable
        ``(day, rng, partial_ok) -> (cell, expected date, precision, tag)``.
    country : callable
        ``(iso3, role, rng) -> cell``; role ``nationality``, ``origin``,
        ``destination``, ``detection`` or ``transit``.
    count : callable
        ``(n, "persons" or "suspects", rng) -> (cell, expected, tag)``.
    place : callable
        ``(lat, lon, rng) -> (cells, expected lat, expected lon, tag)``.
    extra : callable
        ``(event, rng) -> cells`` of the agency's own columns (unit, outlet, ...).
    garble : float
        Share of rows read through a broken UTF-8 -> cp1252 step (mojibake).
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    transit_sep: str
    offence_sep: str
    na_word: str
    no_exploitation: object
    date: DateWriter
    country: CountryWriter
    count: CountWriter
    place: PlaceWriter
    extra: ExtraWriter
    garble: float


# ---- Hellenic Police, Aliens and Border Protection Branch (English CSV) ---------------
def _hp_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, None]:
    return ts.strftime("%d/%m/%Y"), ts, "day", None


def _hp_country(code: str, role: str, rng: _Rng) -> str:
    name = _name(code, "en")
    if code in _HP_LEGACY and _uniform(rng) < 0.6:
        name = _HP_LEGACY[code]
    u = _uniform(rng)
    if role == "nationality" and code in _DEMONYM and u < 0.35:
        return _DEMONYM[code]
    if role == "destination" and u < 0.2:
        return iso_codes(code)[0]
    if role == "detection":
        return name.upper() if u < 0.5 else name
    if u < 0.45:
        return name.upper()
    if u < 0.5 and code in _TYPOS["en"]:
        return _TYPOS["en"][code]
    return name


def _hp_count(n: int, role: str, rng: _Rng) -> tuple[object, int | None, str | None]:
    u = _uniform(rng)
    if u < 0.02:
        return "n/k", None, "count_placeholder" if role == "persons" else "suspects_placeholder"
    if role == "suspects" and n == 0 and u < 0.35:
        return "none", 0, "zero_word"
    return str(n), n, None


def _hp_place(
    lat: float, lon: float, rng: _Rng
) -> tuple[Cells, float | None, float | None, str | None]:
    if _uniform(rng) < 0.04:
        return {"coordinates": None}, None, None, "coords_missing"
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None


_HP_DIRECTORATE = {
    "Lesbos": ("Lesvos", "Lesvos (Mytilene)"),
    "Samos": ("Samos",),
    "Evros": ("Orestiada", "Alexandroupoli"),
}


def _hp_extra(ev: dict[str, object], rng: _Rng) -> Cells:
    spot = str(ev["hotspot"])
    if spot in _HP_DIRECTORATE:
        return {"directorate": choice(rng, _HP_DIRECTORATE[spot])}
    return {"directorate": "DDAS (foreign partner info)"}


# ---- SSI, Ambassade de France à Athènes (French XLSX) ----------------------------------
def _ssi_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    u = _uniform(rng)
    if partial_ok and u < 0.04:
        month = pd.Timestamp(year=ts.year, month=ts.month, day=1)
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", "month_only"
    if partial_ok and u < 0.06:
        q = (ts.month - 1) // 3 + 1
        start = pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)
        return f"T{q} {ts.year}", start, "quarter", "quarter_only"
    if u < 0.14:
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_as_text"
    if u < 0.17:
        return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    return ts.to_pydatetime(), ts, "day", None


def _ssi_country(code: str, role: str, rng: _Rng) -> str:
    name = _name(code, "fr")
    u = _uniform(rng)
    if code in _FR_ALIAS and u < 0.3:
        return _FR_ALIAS[code]
    if role in ("nationality", "origin") and u < 0.4:
        return _strip_accents(name).upper()
    if role == "nationality" and u < 0.5:
        return code
    if u < 0.53 and code in _TYPOS["fr"]:
        return _TYPOS["fr"][code]
    return name


def _ssi_count(n: int, role: str, rng: _Rng) -> tuple[object, int | None, str | None]:
    u = _uniform(rng)
    if u < 0.02:
        return "NC", None, "count_placeholder" if role == "persons" else "suspects_placeholder"
    if role == "suspects" and n == 0 and u < 0.3:
        return "aucun", 0, "zero_word"
    return n, n, None


def _ssi_place(
    lat: float, lon: float, rng: _Rng
) -> tuple[Cells, float | None, float | None, str | None]:
    u = _uniform(rng)
    if u < 0.03:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    la, lo = round(lat, 5), round(lon, 5)
    if u < 0.13:  # typed by hand in a French Excel: text with a decimal comma
        cells: Cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
        return cells, la, lo, "decimal_comma"
    return {"lat": la, "lon": lo}, la, lo, None


_SSI_SERVICE = {
    "Calais": ("DDPAF 62", "DIPN 62", "GGD 62", "OCRIEST"),
    "Dunkirk/Gravelines": ("DDPAF 59", "DIPN 59", "GGD 59", "OCRIEST"),
}


def _ssi_extra(ev: dict[str, object], rng: _Rng) -> Cells:
    spot = str(ev["hotspot"])
    service = choice(rng, _SSI_SERVICE[spot]) if spot in _SSI_SERVICE else "OLI Londres (NCA)"
    return {"service": service}


# ---- Policía Nacional, liaison at ICC Piraeus (Spanish CSV, cp1252) --------------------
def _pn_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, None]:
    return ts.strftime("%d/%m/%Y"), ts, "day", None


def _pn_country(code: str, role: str, rng: _Rng) -> str:
    name = _name(code, "es")
    u = _uniform(rng)
    if code in _ES_ALIAS and u < 0.35:
        return _ES_ALIAS[code]
    if role == "destination" and u < 0.15:
        return iso_codes(code)[0]
    if u < 0.3:
        return name.upper()
    if u < 0.36:
        return _strip_accents(name)
    if u < 0.39 and code in _TYPOS["es"]:
        return _TYPOS["es"][code]
    return name


def _pn_count(n: int, role: str, rng: _Rng) -> tuple[object, int | None, str | None]:
    u = _uniform(rng)
    if u < 0.02:
        return "s/d", None, "count_placeholder" if role == "persons" else "suspects_placeholder"
    if role == "suspects" and n == 0 and u < 0.3:
        return choice(rng, ("ninguno", "sin detenidos")), 0, "zero_word"
    if n >= 1000:
        return f"{n:,}".replace(",", "."), n, "thousands_dot"
    return str(n), n, None


def _pn_place(
    lat: float, lon: float, rng: _Rng
) -> tuple[Cells, float | None, float | None, str | None]:
    if _uniform(rng) < 0.04:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    la, lo = round(lat, 5), round(lon, 5)
    cells: Cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
    return cells, la, lo, None


_PN_UNIT = {
    "Ceuta": ("UCRIF Ceuta", "Jefatura Superior Ceuta"),
    "Melilla": ("UCRIF Melilla", "Jefatura Superior Melilla"),
    "Almería": ("BPEF Almería", "UCRIF Almería"),
    "Almería (El Ejido)": ("UCRIF Almería", "Comisaría El Ejido"),
    "Huelva": ("UCRIF Huelva", "BPEF Huelva"),
    "Gran Canaria": ("BPEF Las Palmas", "UCRIF Canarias"),
    "Tenerife": ("BPEF Santa Cruz de Tenerife", "UCRIF Canarias"),
    "El Hierro": ("Comisaría El Hierro", "UCRIF Canarias"),
    "Lanzarote": ("Comisaría Arrecife", "UCRIF Canarias"),
}


def _pn_extra(ev: dict[str, object], rng: _Rng) -> Cells:
    spot = str(ev["hotspot"])
    if spot in _PN_UNIT:
        return {"unit": choice(rng, _PN_UNIT[spot])}
    if ev["detection_country"] == "GRC":
        return {"unit": "ICC Pireo (JO Poseidon)"}
    return {"unit": "Consejería Interior Roma"}


# ---- Esperto per la Sicurezza, Embassy of Italy in Athens (UTF-16 tab CSV) -------------
def _it_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    if partial_ok and _uniform(rng) < 0.04:
        month = pd.Timestamp(year=ts.year, month=ts.month, day=1)
        return ts.strftime("%Y-%m"), month, "month", "month_only"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


def _it_country(code: str, role: str, rng: _Rng) -> str:
    u = _uniform(rng)
    if code == "ITA" and role in ("detection", "destination") and u < 0.7:
        return "Italia"
    if u < 0.6:
        return code
    return _name(code, "en")


def _it_count(n: int, role: str, rng: _Rng) -> tuple[object, int | None, str | None]:
    u = _uniform(rng)
    if u < 0.02:
        return "n.d.", None, "count_placeholder" if role == "persons" else "suspects_placeholder"
    if role == "suspects" and n == 0 and u < 0.3:
        return "none", 0, "zero_word"
    return str(n), n, None


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d:0{width}d}°{m:02d}'{s:02d}\"{hemi}", round(back, 6)


def _it_place(
    lat: float, lon: float, rng: _Rng
) -> tuple[Cells, float | None, float | None, str | None]:
    if _uniform(rng) < 0.04:
        return {"coordinates": "n.d."}, None, None, "coords_placeholder"
    la_txt, la = _dms(lat, "N", "S", 2)
    lo_txt, lo = _dms(lon, "E", "W", 3)
    return {"coordinates": f"{la_txt} {lo_txt}"}, la, lo, "dms"


_IT_OFFICE = {
    "Lampedusa": ("Questura di Agrigento", "Hotspot Lampedusa"),
    "Pozzallo": ("Questura di Ragusa", "Squadra Mobile Ragusa"),
    "Crotone": ("Questura di Crotone",),
    "Castel Volturno": ("Squadra Mobile Caserta",),
    "Torino": ("Squadra Mobile Torino",),
    "Palermo": ("Squadra Mobile Palermo", "SCO Palermo"),
    "Latina (Agro Pontino)": ("Questura di Latina", "Squadra Mobile Latina"),
}


def _it_extra(ev: dict[str, object], rng: _Rng) -> Cells:
    spot = str(ev["hotspot"])
    office = choice(rng, _IT_OFFICE[spot]) if spot in _IT_OFFICE else "SCIP (via Esperto Madrid)"
    return {"office": office}


# ---- ELIAMEP open-source incident tracker (English JSON lines) -------------------------
def _el_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    u = _uniform(rng)
    if partial_ok and u < 0.05:
        month = pd.Timestamp(year=ts.year, month=ts.month, day=1)
        return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month, "month", "month_only"
    if partial_ok and u < 0.08:
        q = (ts.month - 1) // 3 + 1
        start = pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)
        return f"Q{q} {ts.year}", start, "quarter", "quarter_only"
    return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day", None


_EL_ALIAS = {"USA": ("US", "USA"), "GBR": ("UK",), "TUR": ("Turkey",)}


def _el_country(code: str, role: str, rng: _Rng) -> str:
    if role == "origin":  # the tracker stores origin as a UN M49 (ISO numeric) code
        return iso_codes(code)[1]
    u = _uniform(rng)
    if code in _EL_ALIAS and u < 0.4:
        return choice(rng, _EL_ALIAS[code])
    if u < 0.05:
        return _name(code, "en").lower()
    return _name(code, "en")


def _el_count(n: int, role: str, rng: _Rng) -> tuple[object, int | None, str | None]:
    u = _uniform(rng)
    if u < 0.02:
        return (
            ("unknown", None, "count_placeholder")
            if role == "persons"
            else (
                "n/a",
                None,
                "suspects_placeholder",
            )
        )
    if role == "suspects" and n == 0 and u < 0.2:
        return "none", 0, "zero_word"
    if role == "persons" and n <= 12 and u < 0.12:
        return _NUMBERS_EN[n], n, "count_word"
    if n >= 1000:
        return f"{n:,}", n, "thousands_comma"
    return n, n, None


def _el_place(
    lat: float, lon: float, rng: _Rng
) -> tuple[Cells, float | None, float | None, str | None]:
    if _uniform(rng) < 0.06:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, None


_EL_OUTLET = {
    "ITA": ("ANSA", "Avvenire", "Agrigento Notizie"),
    "GRC": ("Kathimerini", "ERT News", "efsyn"),
    "ESP": ("El País", "EFE", "Canarias7"),
    "HRV": ("HRT", "Jutarnji list", "Index.hr"),
    "POL": ("TVN24", "Notes from Poland", "Straż Graniczna (X)"),
    "FRA": ("La Voix du Nord", "AFP", "Nord Littoral"),
    "GBR": ("BBC News", "Home Office small boats data", "The Guardian"),
    "PAN": ("La Prensa (Panamá)", "TVN Panamá", "Telemetro"),
    "USA": ("CBP newsroom", "Border Report", "KTSM El Paso"),
}


def _el_extra(ev: dict[str, object], rng: _Rng) -> Cells:
    code = str(ev["detection_country"])
    return {"location": str(ev["hotspot"]), "outlet": choice(rng, _EL_OUTLET[code])}


# ---- The five sources ------------------------------------------------------------------
_HP = Agency(
    source="hp_aliens_branch",
    filename="hp_aliens_branch_fr.csv",
    ref="HP-ABP/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of apprehension",
        "directorate": "Police Directorate",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "Persons (migrants/victims)",
        "n_suspects": "Arrested facilitators",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transport_mode": "Means",
        "coordinates": "Coordinates (WGS84)",
        "linked_offences": "Related offences",
    },
    note="Provisional data - Hellenic Police HQ / Aliens & Border Protection Branch (ORCON)",
    total="TOTAL",
    bad_count=("see attached report", "30-40", "several"),
    repeats=False,
    crime={
        "smuggling": ("Smuggling of migrants (L.4251/2014 art. 29)", "Migrant smuggling"),
        "trafficking": ("Trafficking in human beings (art. 323A PC)", "THB"),
        "both": ("THB & migrant smuggling", "Trafficking + smuggling of migrants"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Removal of organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "M/F")},
    age={
        "adult": ("Adults",),
        "child": ("Minors", "UAM"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={"sea": ("Sea", "Sea (dinghy)"), "land": ("Land", "Land border"), "air": ("Air",)},
    offences={
        "document_fraud": ("Forgery of documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    transit_sep=" - ",
    offence_sep=" / ",
    na_word="N/A",
    no_exploitation=None,
    date=_hp_date,
    country=_hp_country,
    count=_hp_count,
    place=_hp_place,
    extra=_hp_extra,
    garble=0.0,
)

_SSI = Agency(
    source="ssi_athenes",
    filename="ssi_athenes_fr.xlsx",
    ref="SSI-ATH-{yy:02d}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf. SSI",
        "event_date": "Date des faits",
        "service": "Service saisi",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb d'interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "transport_mode": "Vecteur",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, diffusion restreinte (DR) - SSI Athènes",
    total="Total général",
    bad_count=("plusieurs dizaines", "voir PV", "#VALEUR!"),
    repeats=False,
    crime={
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers (AESI)",
            "AESI",
            "trafic de migrants",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH / AESI", "traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte", "H/F")},
    age={
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("maritime", "small boat", "embarcation"),
        "land": ("routier", "poids lourd", "terrestre"),
        "air": ("aérien",),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    transit_sep=" / ",
    offence_sep=", ",
    na_word="sans objet",
    no_exploitation=None,
    date=_ssi_date,
    country=_ssi_country,
    count=_ssi_count,
    place=_ssi_place,
    extra=_ssi_extra,
    garble=0.0,
)

_PN = Agency(
    source="pn_icc_pireo",
    filename="pn_icc_pireo_fr.csv",
    ref="DIL-{seq:05d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha intervención",
        "unit": "Unidad actuante",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por la CGEF",
    total="TOTAL",
    bad_count=("varios", "ver atestado", "entre 20 y 30"),
    repeats=True,
    crime={
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Inmigración ilegal",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH"),
        "both": ("Trata de seres humanos e inmigración ilegal", "177 bis + 318 bis CP"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "male": ("Varones", "Hombres", "H"),
        "female": ("Mujeres", "M"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Adultos",),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Terrestre", "Oculto en vehículo"),
        "air": ("Aérea", "Vía aérea"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    transit_sep=", ",
    offence_sep=" / ",
    na_word="no consta",
    no_exploitation=None,
    date=_pn_date,
    country=_pn_country,
    count=_pn_count,
    place=_pn_place,
    extra=_pn_extra,
    garble=0.0,
)

_IT = Agency(
    source="esperto_atene",
    filename="esperto_atene_fr.csv",
    ref="Prot. {seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Prot. n.",
        "event_date": "Data / Date",
        "office": "Ufficio / Office",
        "crime_type": "Reato / Offence",
        "exploitation": "Sfruttamento / Exploitation",
        "n_persons": "Migranti-vittime / Persons",
        "n_suspects": "Arrestati / Arrested",
        "gender": "Sesso / Sex",
        "age_group": "Età / Age",
        "nationality": "Nazionalità / Nationality",
        "origin_country": "Origine / Origin",
        "transit_countries": "Transito / Transit",
        "destination_country": "Destinazione / Destination",
        "detection_country": "Stato rintraccio / Country",
        "transport_mode": "Mezzo / Means",
        "coordinates": "Posizione / Position",
        "linked_offences": "Reati connessi / Related offences",
    },
    note="Nota: dati provvisori / provisional data - not for onward transmission",
    total="Totale / Total",
    bad_count=("see annex", "vari", "40/50"),
    repeats=False,
    crime={
        "smuggling": ("Smuggling (art. 12 T.U. Immigrazione)", "Migrant smuggling"),
        "trafficking": ("Trafficking (art. 601 c.p.)", "Human trafficking"),
        "both": ("Trafficking + smuggling",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation (caporalato)", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("M",), "female": ("F",), "mixed": ("M/F",)},
    age={"adult": ("adults",), "child": ("minors", "MSNA"), "mixed": ("mixed",)},
    mode={"sea": ("sea",), "land": ("land",), "air": ("air",)},
    offences={
        "document_fraud": ("false documents",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    transit_sep="/",
    offence_sep="; ",
    na_word="n.a.",
    no_exploitation=None,
    date=_it_date,
    country=_it_country,
    count=_it_count,
    place=_it_place,
    extra=_it_extra,
    garble=0.0,
)

_EL = Agency(
    source="eliamep_tracker",
    filename="eliamep_tracker_fr.jsonl",
    ref="ELMT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "detection_country": "country",
        "location": "location",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "people_involved",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "citizenship",
        "origin_country": "origin_m49",
        "transit_countries": "route_via",
        "destination_country": "destination",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_crimes",
        "outlet": "outlet",
    },
    note=None,
    total="TOTAL (export summary)",
    bad_count=("dozens", "hundreds", "several"),
    repeats=True,
    crime={
        "smuggling": ("migrant smuggling", "smuggling"),
        "trafficking": ("human trafficking", "trafficking"),
        "both": ("trafficking & smuggling", "trafficking – smuggling"),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("men",), "female": ("women",), "mixed": ("mixed", "men and women")},
    age={"adult": ("adults",), "child": ("children",), "mixed": ("adults and children",)},
    mode={"sea": ("boat", "sea"), "land": ("overland", "land"), "air": ("flight", "air")},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    transit_sep=" > ",
    offence_sep=", ",
    na_word="n/a",
    no_exploitation=None,
    date=_el_date,
    country=_el_country,
    count=_el_count,
    place=_el_place,
    extra=_el_extra,
    garble=0.15,
)

#: The set's five sources, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_HP, _SSI, _PN, _IT, _EL)


# --------------------------------------------------------------------------------------
# Writing one event
# --------------------------------------------------------------------------------------
def _opt(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: Cells = {}
    exp: Cells = {}

    def tag(name: str | None) -> None:
        if name is not None:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = src.date(ts, rng, partial_ok)
    tag(t)
    cells.update(src.extra(ev, rng))

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = _opt(ev, "exploitation")
    if expl is None:
        cells["exploitation"] = src.no_exploitation
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[expl])
        exp["exploitation"] = expl

    for col, role in (("n_persons", "persons"), ("n_suspects", "suspects")):
        true_n = int(ev[col])  # type: ignore[call-overload]
        if col == "n_suspects" and forced_blank == "n_suspects":
            cells[col], exp[col] = None, None
            tag("blank_n_suspects")
            continue
        cells[col], exp[col], t = src.count(true_n, role, rng)
        tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, src.gender[gender]), gender

    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if _uniform(rng) < 0.01:
            cells[col], exp[col] = src.na_word, "unknown"
            tag("na_word")
        else:
            cells[col], exp[col] = choice(rng, words[value]), value

    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        code = _opt(ev, col)
        blank = forced_blank == col or (
            col == "nationality" and src.source == "eliamep_tracker" and _uniform(rng) < 0.03
        )
        if code is None or blank:
            cells[col], exp[col] = None, None
            if code is not None:
                tag(f"blank_{col}")
            continue
        cells[col], exp[col] = src.country(code, role, rng), code

    transit = _opt(ev, "transit_countries")
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        codes = transit.split("|")
        cells["transit_countries"] = src.transit_sep.join(
            src.country(c, "transit", rng) for c in codes
        )
        exp["transit_countries"] = transit

    if forced_blank == "coordinates":
        place: Cells = {k: None for k in src.headers if k in ("coordinates", "lat", "lon")}
        lat: float | None = None
        lon: float | None = None
        tag("blank_coordinates")
    else:
        true_lat, true_lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        place, lat, lon, t = src.place(true_lat, true_lon, rng)
        tag(t)
    cells.update(place)
    exp["lat"], exp["lon"] = lat, lon

    offences = _opt(ev, "linked_offences")
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        said = [choice(rng, src.offences[o]) for o in offences.split("|")]
        cells["linked_offences"] = src.offence_sep.join(said)
        exp["linked_offences"] = offences

    if src.garble and _uniform(rng) < src.garble:
        hit = False
        for key, cell in cells.items():
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None:
                    cells[key] = bad
                    hit = True
        if hit:
            tag("mojibake")
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the year's digits: 2023 -> 2032
        year = int(str(ts.year)[:2] + str(ts.year)[3] + str(ts.year)[2])
        year = year if year > 2027 else ts.year + 10
        fut = ts.replace(year=year, day=min(ts.day, 28))
        cell, _, _, _ = src.date(fut, rng, False)
        return cell if not isinstance(cell, int) else fut.to_pydatetime()
    # an impossible day or month, typed as the agency types its dates
    if src.source == "eliamep_tracker":
        return f"31 {choice(rng, ('February', 'April', 'June', 'September'))} {ts.year}"
    if src.source == "esperto_atene":
        return choice(
            rng, (f"{ts.year}-02-30", f"{ts.year}-{ts.month:02d}-32", f"{ts.year}-13-{ts.day:02d}")
        )
    day = choice(rng, ("30/02", "31/04", "32/05", f"{ts.day:02d}/13", f"{ts.day:02d}/00"))
    return f"{day}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the extraction date, after the last row."""
    day = last + pd.Timedelta(days=12)
    cell, _, _, _ = src.date(day, np.random.default_rng(0), False)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return cell


#: The examiner's routing: who first reports which detection country, who re-reports.
BLIND172: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GRC": "hp_aliens_branch",
        "FRA": "ssi_athenes",
        "ESP": "pn_icc_pireo",
        "ITA": "esperto_atene",
    },
    compilation="eliamep_tracker",
    secondary={
        ("emed", "GRC"): "pn_icc_pireo",
        ("wbal", "HRV"): "hp_aliens_branch",
        ("channel", "GBR"): "ssi_athenes",
        ("thb_vnm_gbr", "GBR"): "ssi_athenes",
        ("channel", "FRA"): "eliamep_tracker",
        ("cmed", "ITA"): "eliamep_tracker",
        ("thb_nga_ita", "ITA"): "eliamep_tracker",
        ("wmed", "ESP"): "eliamep_tracker",
        ("watl", "ESP"): "eliamep_tracker",
        ("thb_rou_esp", "ESP"): "esperto_atene",
        ("thb_rou_esp", "ITA"): "pn_icc_pireo",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=17_2172,
    blank_share=0.3,
)


def make_blind172(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five Athens desks of set ``blind172`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``hp_aliens_branch_fr.csv``, ``ssi_athenes_fr.xlsx``, ``pn_icc_pireo_fr.csv``,
        ``esperto_atene_fr.csv`` and ``eliamep_tracker_fr.jsonl``, each with the truth
        of every row it holds.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind172(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hp_aliens_branch_fr.csv', 'ssi_athenes_fr.xlsx', 'pn_icc_pireo_fr.csv',
     'esperto_atene_fr.csv', 'eliamep_tracker_fr.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Diligencias', 'Fecha intervención', 'Unidad actuante']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND172, truth, seed=seed)
