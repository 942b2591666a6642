"""Examiner sample set ``blind399`` (files ``*_ok.*``): film, TV and music production desks.

Five compliance and safeguarding desks of the audiovisual industry, none used before in
this project, report the exploited performers, extras and crew and the smuggled workers
their productions came across, each in its own working language and export tool:

``pact_safeguarding_ok.xlsx``
    Pact (the UK trade body of independent film and TV producers): the safeguarding and
    modern-slavery returns of its member companies, kept in an Excel workbook. English;
    real Excel dates, some typed as text (day first), month or quarter when only that is
    known; demonyms for nationality; "England"/"Scotland"/"UK" for the country; one
    ``lat, long`` cell; "TBC", "None identified"; an extra *Production* column.
``film_france_cnc_ok.csv``
    Film France – CNC, the compliance cell of the national film commission: reports of
    shoots in France and of French co-productions abroad (every event no other desk
    reports). French; cp1252, ``;``; ``jj/mm/aaaa``, ``mai 2023``, ``T2 2023``; decimal
    commas; non-breaking-space thousands; "NC", "aucun", "sans objet", "MNA", "H/F";
    rows pasted from partners' UTF-8 returns keep their mojibake.
``spain_film_commission_ok.csv``
    Spain Film Commission, the network of the Spanish film commissions, compiling what
    productions shooting in Spain report. Spanish; UTF-8 with BOM, ``;`` (Excel's
    Spanish "CSV UTF-8"); ``dd/mm/aaaa``, ``17 de mayo de 2023``, some Excel serials;
    ``1.250``; Google-Maps degrees-minutes-seconds; articles of the Penal Code; offences
    joined "a, b y c"; the reporting film commission in an extra column.
``comision_filmica_pa_ok.jsonl``
    Comisión Fílmica de Panamá: the incident form of its online filming-permit portal.
    Spanish snake-case keys and codes; ISO dates (``2023-05`` when only the month is
    known); ISO alpha-2 codes, Spanish demonyms, ISO numeric origin codes; JSON arrays
    for transit countries and linked offences; "NNA" for children; "por confirmar".
``estudios_churubusco_ok.csv``
    Estudios Churubusco Azteca (Mexico City), the compliance desk of the studio, logging
    what productions shooting on location along the northern border (and co-productions
    in Panama) report. Mexican Spanish; Excel "Unicode text" (UTF-16, tabs);
    ``17/05/2023`` and ``17/MAY/2023``; ``1,250``; "EUA"; "tráfico de personas" (the
    Mexican legal name of migrant smuggling); "operaciones con recursos de procedencia
    ilícita"; latitude ``31.3401 N`` and longitude ``110.9402 O`` (oeste).

The truth says what a careful analyst reads from each cell: a partial date gives the
first day of its month or quarter, a count placeholder or a blank no count, an unknown or
"not applicable" word the word ``unknown``, a cell nobody can read as a date or a count a
quarantined row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

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

__all__ = ["SOURCES", "Desk", "make_blind399"]

_Rng = np.random.Generator
Cell = object
Tags = list[str]

# --------------------------------------------------------------------------------------
# Words of this set (its own, written for it)
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia-Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
    "USA": ("USA", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: English demonyms, as a UK safeguarding log writes nationality.
_DEMONYMS_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "CHN": "Chinese",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
#: Spanish demonyms (feminine, after "nacionalidad"), as Panamanian forms write them.
_DEMONYMS_ES: dict[str, str] = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
#: Slips of the keyboard a clerk makes, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {"AFG": "Afganistan", "ERI": "Eritria", "VNM": "Vietnan", "ALB": "Albainia"},
    "fr": {"AFG": "Afganistan", "TUN": "Tunsie", "BGD": "Bengladesh", "NGA": "Nigéria"},
    "es": {"MAR": "Marruecoss", "SEN": "Senegall", "ROU": "Rumania", "VEN": "Venezula"},
}
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
_MES_MX = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _no_accents(text: str) -> str:
    """Drop the accents a keyboard without dead keys loses (``Érythrée`` -> ``Erythree``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _pick(rng: _Rng, options: tuple[str, ...]) -> str:
    """Draw the usual word (first) seven times in ten, another one otherwise."""
    if len(options) == 1 or rng.random() < 0.7:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _int(value: object) -> int:
    return int(cast(int, value))


def _float(value: object) -> float:
    return float(cast(float, value))


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
DateWriter = Callable[[pd.Timestamp, str, _Rng], tuple[Cell, Tags]]
CountryWriter = Callable[[str, str, dict[str, object], _Rng], tuple[Cell, Tags]]
CountWriter = Callable[[int, _Rng], tuple[Cell, Tags]]
CoordWriter = Callable[
    [float, float, _Rng], tuple[dict[str, Cell], float | None, float | None, Tags]
]
ListWriter = Callable[[list[str]], Cell]
ExtraWriter = Callable[[dict[str, object], _Rng], dict[str, Cell]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A production-industry desk: the shared fields plus how it writes each cell.

    Attributes
    ----------
    words : dict
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> written forms
        (the usual one first).
    partial : tuple of float
        Shares of the rows dated by month only and by quarter only.
    date : callable
        ``(day, precision, rng) -> (cell, tags)``: a date as the desk writes it.
    bad : callable
        ``(day, kind, rng) -> cell``: a date cell to quarantine (no, impossible, future).
    country : callable
        ``(iso3, column, event, rng) -> (cell, tags)``.
    count : callable
        ``(persons, rng) -> (cell, tags)``: a count of persons as written.
    suspects : callable
        ``(suspects, rng) -> (cell, tags)``: a count of suspects as written.
    coords : callable
        ``(lat, lon, rng) -> (cells, lat read, lon read, tags)``.
    transit : callable
        Written transit country names (in order) -> the cell.
    offences : callable
        Written offence words (in order) -> the cell.
    extra : callable or None
        ``(event, rng) -> cells`` of the desk's own columns beyond the record's.
    no_exploitation : tuple
        Cells written for the exploitation of a pure smuggling case.
    direct : tuple
        Cells written for a case without transit country.
    unknown_gender : tuple of str
        Words for a sex not recorded.
    na_words : tuple of str
        Words for an age band or a mode of travel not applicable / not known.
    """

    words: dict[str, dict[str, tuple[str, ...]]]
    partial: tuple[float, float]
    date: DateWriter
    bad: Callable[[pd.Timestamp, str, _Rng], Cell]
    country: CountryWriter
    count: CountWriter
    suspects: CountWriter
    coords: CoordWriter
    transit: ListWriter
    offences: ListWriter
    extra: ExtraWriter | None
    no_exploitation: tuple[Cell, ...]
    direct: tuple[Cell, ...]
    unknown_gender: tuple[str, ...]
    na_words: tuple[str, ...]


# ---- Pact (UK): Excel workbook -------------------------------------------------------
def _pact_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[Cell, Tags]:
    if prec == "month":
        return f"{MONTHS[ts.month - 1]} {ts.year}", ["month_only"]
    if prec == "quarter":
        return f"Q{ts.quarter} {ts.year}", ["quarter_only"]
    r = rng.random()
    if r < 0.78:
        return ts.to_pydatetime(), ["excel_date"]
    if r < 0.92:
        return ts.strftime("%d/%m/%Y"), ["text_date_dmy"]
    return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", ["text_date_long"]


def _pact_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> Cell:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    return ts.replace(year=ts.year + 100).to_pydatetime()  # "2123" typed for "2023"


def _pact_country(code: str, column: str, ev: dict[str, object], rng: _Rng) -> tuple[Cell, Tags]:
    if column == "transit_countries":  # the route is typed from the case notes, plainly
        return _NAMES[code][0], []
    r = rng.random()
    if column == "detection_country" and code == "GBR":
        if ev.get("hotspot") == "Glasgow":
            return "Scotland", ["uk_nation"]
        return ("England", ["uk_nation"]) if r < 0.5 else ("UK", ["alias"])
    if column == "destination_country" and code == "GBR":
        return ("UK", ["alias"]) if r < 0.7 else ("United Kingdom", [])
    if column == "nationality" and code in _DEMONYMS_EN and r < 0.85:
        return _DEMONYMS_EN[code], ["demonym"]
    name = _NAMES[code][0]
    if r > 0.97 and code in _TYPOS["en"]:
        return _TYPOS["en"][code], ["typo"]
    if r > 0.93:
        return name.upper(), ["upper"]
    return name, []


def _pact_count(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.015:
        return choice(rng, ("TBC", "tbc", "Not known")), ["count_placeholder"]
    if n < 10 and r < 0.07:
        return _EN_NUMBERS[n], ["count_word"]
    return n, []


def _pact_suspects(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.02:
        return "Unknown", ["suspects_placeholder"]
    if n == 0 and r < 0.5:
        return choice(rng, ("None identified", "None")), ["zero_word"]
    return n, []


def _pact_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, Cell], float | None, float | None, Tags]:
    r = rng.random()
    if r < 0.06:
        return {"coordinates": None}, None, None, ["coords_missing"]
    if r < 0.08:
        return {"coordinates": "TBC"}, None, None, ["coords_placeholder"]
    la, lo = round(lat, 4), round(lon, 4)
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, ["coords_pair"]


_PACT_TITLES = (
    "Project Heron",
    "Project Kestrel",
    "Untitled Drama S2",
    "Coastline (doc)",
    "Night Shift",
    "Project Wren",
    "Factual Ent. – series 4",
)


def _pact_extra(ev: dict[str, object], rng: _Rng) -> dict[str, Cell]:
    return {"production": choice(rng, _PACT_TITLES)}


# ---- Film France – CNC: cp1252 CSV ---------------------------------------------------
def _ff_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[Cell, Tags]:
    if prec == "month":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", ["month_only"]
    if prec == "quarter":
        return f"T{ts.quarter} {ts.year}", ["quarter_only"]
    if rng.random() < 0.9:
        return ts.strftime("%d/%m/%Y"), ["date_dmy"]
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ["date_long_fr"]


def _ff_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> Cell:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    return ts.replace(year=ts.year + 100).strftime("%d/%m/%Y")


def _ff_country(code: str, column: str, ev: dict[str, object], rng: _Rng) -> tuple[Cell, Tags]:
    name = _NAMES[code][1]
    if column == "transit_countries":
        return name, []
    r = rng.random()
    if r < 0.05:
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, ["mojibake"]
    if r < 0.1:
        return code, ["iso3"]
    if r < 0.14:
        return name.upper(), ["upper"]
    if r < 0.18 and _no_accents(name) != name:
        return _no_accents(name), ["no_accents"]
    if r > 0.98 and code in _TYPOS["fr"]:
        return _TYPOS["fr"][code], ["typo"]
    return name, []


def _ff_count(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.015:
        return "NC", ["count_placeholder"]
    if n >= 1000 and r < 0.8:
        return f"{n:,}".replace(",", "\u00a0"), ["thousands_nbsp"]
    return str(n), []


def _ff_suspects(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.02:
        return "NC", ["suspects_placeholder"]
    if n == 0 and r < 0.45:
        return "aucun", ["zero_word"]
    return str(n), []


def _ff_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, Cell], float | None, float | None, Tags]:
    if rng.random() < 0.05:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    la, lo = round(lat, 4), round(lon, 4)
    cells: dict[str, Cell] = {
        "lat": f"{la:.4f}".replace(".", ","),
        "lon": f"{lo:.4f}".replace(".", ","),
    }
    return cells, la, lo, ["decimal_comma"]


# ---- Spain Film Commission: UTF-8 with BOM, ";" --------------------------------------
def _sfc_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[Cell, Tags]:
    if prec == "month":
        return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", ["month_only"]
    if prec == "quarter":
        return f"{ts.quarter}.º trimestre de {ts.year}", ["quarter_only"]
    r = rng.random()
    if r < 0.84:
        return ts.strftime("%d/%m/%Y"), ["date_dmy"]
    if r < 0.95:
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}", ["date_long_es"]
    return str((ts - _EXCEL_EPOCH).days), ["excel_serial"]


def _sfc_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> Cell:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    return ts.replace(year=ts.year + 100).strftime("%d/%m/%Y")


def _sfc_country(code: str, column: str, ev: dict[str, object], rng: _Rng) -> tuple[Cell, Tags]:
    name = _NAMES[code][2]
    if column == "transit_countries":
        return name, []
    r = rng.random()
    if r < 0.08 and _no_accents(name) != name:
        return _no_accents(name), ["no_accents"]
    if r < 0.13:
        return name.upper(), ["upper"]
    if r < 0.16:
        return f" {name} ", ["spaces"]
    if r > 0.98 and code in _TYPOS["es"]:
        return _TYPOS["es"][code], ["typo"]
    return name, []


def _sfc_count(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.015:
        return choice(rng, ("s/d", "Sin determinar")), ["count_placeholder"]
    if n >= 1000:
        return f"{n:,}".replace(",", "."), ["thousands_dot"]
    return str(n), []


def _sfc_suspects(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.02:
        return "No consta", ["suspects_placeholder"]
    if n == 0 and r < 0.5:
        return "ninguno", ["zero_word"]
    return str(n), []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds as Google Maps writes them; the value read."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if sign > 0 else neg}"
    return text, round(sign * tenths / 36000, 7)


def _sfc_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, Cell], float | None, float | None, Tags]:
    if rng.random() < 0.07:
        return {"coordinates": None}, None, None, ["coords_missing"]
    la_text, la = _dms(lat, "N", "S")
    lo_text, lo = _dms(lon, "E", "W")
    return {"coordinates": f"{la_text} {lo_text}"}, la, lo, ["coords_dms"]


def _y_join(parts: list[str]) -> Cell:
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " y " + parts[-1]


_SFC_COMMISSION = {
    "Gran Canaria": "Gran Canaria Film Commission",
    "Tenerife": "Tenerife Film Commission",
    "El Hierro": "El Hierro Film Commission",
    "Lanzarote": "Lanzarote Film Commission",
    "Almería": "Almería Film Commission",
    "Almería (El Ejido)": "Almería Film Commission",
    "Huelva": "Andalucía Film Commission",
    "Ceuta": "Ceuta Film Office",
    "Melilla": "Melilla Film Office",
}


def _sfc_extra(ev: dict[str, object], rng: _Rng) -> dict[str, Cell]:
    where_ = str(ev.get("hotspot"))
    return {"commission": _SFC_COMMISSION.get(where_, "Spain Film Commission (coproducción)")}


# ---- Comisión Fílmica de Panamá: JSON lines ------------------------------------------
def _cfp_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[Cell, Tags]:
    if prec == "month":
        return ts.strftime("%Y-%m"), ["month_only"]
    return ts.strftime("%Y-%m-%d"), ["date_iso"]


def _cfp_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> Cell:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{ts.year}-02-{choice(rng, ('30', '31'))}"
    return ts.replace(year=ts.year + 100).strftime("%Y-%m-%d")


def _cfp_country(code: str, column: str, ev: dict[str, object], rng: _Rng) -> tuple[Cell, Tags]:
    alpha2, numeric = iso_codes(code)
    if column == "origin_country":
        return numeric, ["iso_numeric"]
    if column == "nationality" and code in _DEMONYMS_ES and rng.random() < 0.3:
        return _DEMONYMS_ES[code], ["demonym"]
    return alpha2, ["iso2"]


def _cfp_count(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    if rng.random() < 0.015:
        return "por confirmar", ["count_placeholder"]
    return n, []


def _cfp_suspects(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    return n, []


def _cfp_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, Cell], float | None, float | None, Tags]:
    if rng.random() < 0.04:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []


def _json_list(parts: list[str]) -> Cell:
    return list(parts) if parts else None


# ---- Estudios Churubusco: Excel "Unicode text" (UTF-16, tabs) ------------------------
def _ech_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[Cell, Tags]:
    if prec == "month":
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", ["month_only"]
    if rng.random() < 0.7:
        return ts.strftime("%d/%m/%Y"), ["date_dmy"]
    return f"{ts.day:02d}/{_MES_MX[ts.month - 1]}/{ts.year}", ["date_mx_abbrev"]


def _ech_bad(ts: pd.Timestamp, kind: str, rng: _Rng) -> Cell:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{choice(rng, ('30', '31'))}/FEB/{ts.year}"
    return ts.replace(year=ts.year + 100).strftime("%d/%m/%Y")


def _ech_country(code: str, column: str, ev: dict[str, object], rng: _Rng) -> tuple[Cell, Tags]:
    if column == "transit_countries":
        return _NAMES[code][2], []
    r = rng.random()
    if code == "USA" and column in ("destination_country", "detection_country"):
        return choice(rng, ("EUA", "EUA", "E.U.A.", "Estados Unidos")), ["alias"]
    name = _NAMES[code][2]
    if column == "nationality" and r < 0.15:
        return code, ["iso3"]
    if r > 0.92:
        return name.upper(), ["upper"]
    if r > 0.85 and _no_accents(name) != name:
        return _no_accents(name), ["no_accents"]
    return name, []


def _ech_count(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.015:
        return "sin dato", ["count_placeholder"]
    if n >= 1000:
        return f"{n:,}", ["thousands_comma"]
    return str(n), []


def _ech_suspects(n: int, rng: _Rng) -> tuple[Cell, Tags]:
    r = rng.random()
    if r < 0.02:
        return "sin dato", ["suspects_placeholder"]
    if n == 0 and r < 0.4:
        return "ninguno", ["zero_word"]
    return str(n), []


def _ech_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, Cell], float | None, float | None, Tags]:
    r = rng.random()
    if r < 0.05:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    if r < 0.07:
        return {"lat": "S/D", "lon": "S/D"}, None, None, ["coords_placeholder"]
    la, lo = round(lat, 4), round(lon, 4)
    cells: dict[str, Cell] = {
        "lat": f"{abs(la):.4f} {'N' if la >= 0 else 'S'}",
        "lon": f"{abs(lo):.4f} {'E' if lo >= 0 else 'O'}",
    }
    return cells, la, lo, ["coords_hemisphere_letter"]


_ECH_TITLES = (
    "Desierto rojo",
    "La línea (serie)",
    "Sin retorno",
    "Norte bravo",
    "Documental Sonora",
    "Paso del Norte",
)


def _ech_extra(ev: dict[str, object], rng: _Rng) -> dict[str, Cell]:
    return {"production": choice(rng, _ECH_TITLES)}


# ---- the five desks --------------------------------------------------------------------
_PACT = Desk(
    source="pact_safeguarding",
    filename="pact_safeguarding_ok.xlsx",
    ref="SG/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date of incident",
        "production": "Production (working title)",
        "crime_type": "Concern category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "detection_country": "Country of incident",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked offences",
    },
    note="Note: provisional – member returns not yet verified by Pact",
    total="TOTAL",
    bad_count=("several", "a group", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("People smuggling", "Facilitation of illegal entry", "Smuggling"),
            "both": ("Trafficking and smuggling", "MSHT / smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Child", "Under 18", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults and children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Dinghy", "Boat"),
            "land": ("Lorry (HGV)", "Vehicle", "On foot"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    partial=(0.05, 0.02),
    date=_pact_date,
    bad=_pact_bad,
    country=_pact_country,
    count=_pact_count,
    suspects=_pact_suspects,
    coords=_pact_coords,
    transit=lambda parts: " > ".join(parts) if parts else None,
    offences=lambda parts: "; ".join(parts) if parts else None,
    extra=_pact_extra,
    no_exploitation=("N/A", "n/a", None),
    direct=(None, "Direct"),
    unknown_gender=("Not recorded", "Unknown"),
    na_words=("N/A", "Not known"),
)

_FF = Desk(
    source="film_france_cnc",
    filename="film_france_cnc_ok.csv",
    ref="FF-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes concernées",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "une dizaine", "qqs personnes"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
                "aide à l'entrée irrégulière",
            ),
            "both": ("TEH et aide à l'entrée irrégulière", "traite + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("Féminin", "F", "femmes"),
            "male": ("Masculin", "M", "hommes"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "mineurs", "MNA"),
            "adult": ("majeur", "majeurs", "adulte"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("embarcation", "small boat", "maritime"),
            "land": ("routier", "poids lourd", "à pied"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    partial=(0.04, 0.03),
    date=_ff_date,
    bad=_ff_bad,
    country=_ff_country,
    count=_ff_count,
    suspects=_ff_suspects,
    coords=_ff_coords,
    transit=lambda parts: ", ".join(parts) if parts else None,
    offences=lambda parts: " / ".join(parts) if parts else None,
    extra=None,
    no_exploitation=("sans objet", None),
    direct=(None,),
    unknown_gender=("NC", "non renseigné"),
    na_words=("NC", "non renseigné"),
)

_SFC = Desk(
    source="spain_film_commission",
    filename="spain_film_commission_ok.csv",
    ref="SFC-{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "commission": "Comisión fílmica",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales, pendientes de validación por las comisiones",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)"),
            "smuggling": (
                "Inmigración clandestina (art. 318 bis CP)",
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración ilegal",
            ),
            "both": ("Trata y tráfico de migrantes", "177 bis + 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres", "Femenino"),
            "male": ("Hombre", "Hombres", "Masculino"),
            "mixed": ("Ambos", "Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menor", "Menores", "Menor no acompañado"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    partial=(0.04, 0.02),
    date=_sfc_date,
    bad=_sfc_bad,
    country=_sfc_country,
    count=_sfc_count,
    suspects=_sfc_suspects,
    coords=_sfc_coords,
    transit=lambda parts: " / ".join(parts) if parts else None,
    offences=_y_join,
    extra=_sfc_extra,
    no_exploitation=(None,),
    direct=(None,),
    unknown_gender=("No consta",),
    na_words=("No consta",),
)

_CFP = Desk(
    source="comision_filmica_pa",
    filename="comision_filmica_pa_ok.jsonl",
    ref="CFP-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_reporte",
        "event_date": "fecha_incidente",
        "crime_type": "tipo_caso",
        "exploitation": "modalidad_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "cantidad_sospechosos",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen_iso_num",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata_personas",),
            "smuggling": ("trafico_migrantes",),
            "both": ("trata_y_trafico",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("laboral",),
            "forced_criminality": ("actividades_delictivas",),
            "organ_removal": ("extraccion_organos",),
            "forced_marriage": ("matrimonio_forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino",),
            "male": ("masculino",),
            "mixed": ("mixto",),
        },
        "age_group": {
            "child": ("NNA", "menor"),
            "adult": ("adulto",),
            "mixed": ("mixto", "adultos_y_NNA"),
        },
        "transport_mode": {
            "sea": ("maritimo",),
            "land": ("terrestre", "a_pie"),
            "air": ("aereo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificacion_documentos",),
            "corruption": ("corrupcion",),
            "money_laundering": ("blanqueo_capitales",),
            "illicit_goods": ("contrabando",),
            "cybercrime": ("delito_informatico",),
            "terrorism": ("terrorismo",),
        },
    },
    partial=(0.05, 0.0),
    date=_cfp_date,
    bad=_cfp_bad,
    country=_cfp_country,
    count=_cfp_count,
    suspects=_cfp_suspects,
    coords=_cfp_coords,
    transit=_json_list,
    offences=_json_list,
    extra=None,
    no_exploitation=(None,),
    direct=(None,),
    unknown_gender=("no_registrado",),
    na_words=("no_registrado",),
)

_ECH = Desk(
    source="estudios_churubusco",
    filename="estudios_churubusco_ok.csv",
    ref="ECH/CUMP/{seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del incidente",
        "production": "Producción",
        "crime_type": "Tipo de incidente",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Mayor / menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "detection_country": "País donde ocurrió",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a cambios",
    total="Total",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "Tráfico de indocumentados"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzoso",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor", "NNA", "Menor de edad"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Mixto", "Adultos y NNA"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "Tractocamión", "A pie", "Camioneta"),
            "air": ("Aéreo", "Vuelo comercial"),
        },
        "linked_offences": {
            "document_fraud": ("Uso de documento falso",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Narcomenudeo", "Contrabando"),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    partial=(0.05, 0.0),
    date=_ech_date,
    bad=_ech_bad,
    country=_ech_country,
    count=_ech_count,
    suspects=_ech_suspects,
    coords=_ech_coords,
    transit=lambda parts: ", ".join(parts) if parts else None,
    offences=lambda parts: "; ".join(parts) if parts else None,
    extra=_ech_extra,
    no_exploitation=("No aplica", None),
    direct=(None,),
    unknown_gender=("Sin dato",),
    na_words=("No aplica", "Sin dato"),
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (_PACT, _FF, _SFC, _CFP, _ECH)


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: dict[str, object] = {}
    ts = pd.Timestamp(cast(pd.Timestamp, ev["event_date"]))

    # date
    prec = "day"
    if partial_ok:
        r = rng.random()
        p_month, p_quarter = src.partial
        if r < p_month:
            prec = "month"
        elif r < p_month + p_quarter:
            prec = "quarter"
    cells["event_date"], t = src.date(ts, prec, rng)
    tags += t
    if prec == "month":
        exp["event_date"] = ts.to_period("M").start_time
    elif prec == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
    else:
        exp["event_date"] = ts.normalize()
    exp["date_precision"] = prec

    # crime and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _pick(rng, src.words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev.get("exploitation")
    if expl is None:
        cells["exploitation"] = src.no_exploitation[int(rng.integers(len(src.no_exploitation)))]
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _pick(rng, src.words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    # counts
    persons = _int(ev["n_persons"])
    cells["n_persons"], t = src.count(persons, rng)
    tags += t
    exp["n_persons"] = None if "count_placeholder" in t else persons
    suspects = ev.get("n_suspects")
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], t = src.suspects(_int(suspects), rng)
        tags += t
        exp["n_suspects"] = None if "suspects_placeholder" in t else _int(suspects)

    # gender and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"] = choice(rng, src.unknown_gender)
        exp["gender"] = "unknown"
        tags += ["gender_unknown_word", "blank_gender"]
    else:
        cells["gender"] = _pick(rng, src.words["gender"][gender])
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, src.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _pick(rng, src.words["age_group"][age])
        exp["age_group"] = age

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev.get(col)
        blank = forced_blank == col or (
            col == "nationality" and forced_blank is None and rng.random() < 0.015
        )
        if code is None or blank:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        text, t = src.country(str(code), col, ev, rng)
        if isinstance(text, str) and not fits(text, src):  # the file cannot hold it
            text, t = str(code), ["iso3"]
        cells[col] = text
        exp[col] = str(code)
        tags += [f"{col}:{x}" for x in t]
    transit = ev.get("transit_countries")
    if transit is None:
        cells["transit_countries"] = src.direct[int(rng.integers(len(src.direct)))]
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        parts: list[str] = []
        for code in codes:
            text, _ = src.country(code, "transit_countries", ev, rng)
            parts.append(str(text) if fits(str(text), src) else code)
        cells["transit_countries"] = src.transit(parts)
        exp["transit_countries"] = str(transit)

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, src.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _pick(rng, src.words["transport_mode"][mode])
        exp["transport_mode"] = mode

    # place
    if forced_blank == "coordinates":
        keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, lat, lon, t = src.coords(_float(ev["lat"]), _float(ev["lon"]), rng)
        cells.update(place)
        exp["lat"], exp["lon"] = lat, lon
        tags += t

    # linked offences
    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        names = str(offences).split("|")
        cells["linked_offences"] = src.offences(
            [_pick(rng, src.words["linked_offences"][o]) for o in names]
        )
        exp["linked_offences"] = str(offences)

    if src.extra is not None:
        cells.update(src.extra(ev, rng))
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return src.bad(ts, kind, rng)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date the desk writes on its note row: the day of the extraction."""
    day = last + pd.Timedelta(days=5)
    cell, _ = src.date(day, "day", np.random.default_rng(0))
    return cell


_EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "pact_safeguarding",
        "ESP": "spain_film_commission",
        "PAN": "comision_filmica_pa",
        "USA": "estudios_churubusco",
    },
    compilation="film_france_cnc",
    secondary={
        ("channel", "FRA"): "pact_safeguarding",  # UK documentary crews at Calais
        ("channel", "GBR"): "film_france_cnc",  # French co-productions at Dover
        ("darien", "PAN"): "estudios_churubusco",  # Mexican co-productions in Darién
        ("thb_rou_esp", "ITA"): "spain_film_commission",  # Spanish crews in Latina
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=399_001,
    blank_share=0.3,
)


def make_blind399(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five production-industry desks of ``blind399`` do.

    Pact's UK producers (XLSX, English), Film France – CNC (cp1252 CSV with ``;``,
    French, the compilation of every event no other desk reports), the Spain Film
    Commission (UTF-8-with-BOM CSV with ``;``, Spanish), the Comisión Fílmica de Panamá
    (JSON lines, Spanish codes) and Estudios Churubusco (UTF-16 tab-separated text,
    Mexican Spanish). About 4 % of the events are reported a second time by another
    desk, some rows are re-sent, and bad, note and total rows are planted; every written
    row is described in :attr:`Submission.expected`.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same cells.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind399(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pact_safeguarding_ok.xlsx', 'film_france_cnc_ok.csv',
     'spain_film_commission_ok.csv', 'comision_filmica_pa_ok.jsonl',
     'estudios_churubusco_ok.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[1:3]]
    [('cp1252', ';'), ('utf-8-sig', ';')]
    >>> all((s.expected["expected_status"] == "record").sum() > 5 for s in subs)
    True
    >>> subs[4].frame.columns[:3].tolist()
    ['Folio', 'Fecha del incidente', 'Producción']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
