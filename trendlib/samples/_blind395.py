"""Examiner's held-out sample set ``blind395`` (files ``*_og.*``): storage and warehouse desks.

Five security desks of the self-storage and warehousing trade, each writing its incident
returns its own way; none of them was seen by the cleaner:

``ssa_uk_incidents_og.csv``
    The UK Self Storage Association's member incident returns (people found living or held
    in units, clandestine entrants found in yards). English; a spreadsheet saved as
    "Unicode Text": UTF-16 with BOM, tab-delimited. Dates ``17/05/2023`` or
    ``17 May 2023``; nationalities mostly as demonyms (``Vietnamese``); ``UK`` /
    ``England`` / ``Scotland`` for the country; one ``lat, long`` cell copied from a map;
    counts sometimes in words (``Two``) or approximate (``approx. 40``). Re-sent rows.
``afilog_surete_og.csv``
    AFILOG's (French logistics real-estate association) warehouse security reports from the
    Channel coast platforms. French; cp1252; ``;``; CRLF. Dates ``17/05/2023 06:45`` from
    the access-control log, ``17/05/2023`` or ``17/05/23``; country names in capitals,
    nationalities as French adjectives (``irakienne``), some UTF-8 text pasted in as
    mojibake (``Ã‰RYTHRÃ‰E``); ``Angleterre`` for the United Kingdom; decimal-comma or
    degrees-minutes-seconds coordinates; counts such as ``3 (dont 1 mineur)``.
``uno_logistica_seguridad_og.xlsx``
    UNO's (Spanish logistics employers' organisation) security committee register of
    people found in warehouses (naves logísticas) and trucks. Spanish workbook: real Excel
    dates, a few Excel serial numbers and text dates, month (``mayo 2023``) and quarter
    (``T2 2023``) dates; Spanish demonyms (``marroquí``, ``rumana``); Spanish thousands
    (``1.250``) where a count was typed as text; decimal-comma coordinates typed as text.
``basc_alertas_og.csv``
    World BASC Organization alerts shared by its chapters (Mexico, Panama, Colón Free Zone
    warehouses): migrants concealed in trailers and yards. Spanish; UTF-8; ``,``. Dates
    ``2023/05/17`` or ``17-may-2023``, a few ``may-2023``; ``EE.UU.``, ``PA``, ISO alpha-2
    codes; ``NNA`` (niñas, niños y adolescentes) for minors; US-style thousands
    (``1,250``); ``lat, long`` pairs or ``N/D``. Re-sent alerts.
``fedessa_digest_og.jsonl``
    FEDESSA's (Federation of European Self Storage Associations) digest of member
    associations' cases: the compilation source (Italy, Greece, Croatia, Poland, and second
    reports of French, British and Spanish cases). English JSON lines; EU country codes
    (``EL`` for Greece, ``UK`` for the United Kingdom); ISO alpha-3 nationalities; ISO
    dates, months (``2023-05``) and quarters (``2023-Q2``).

The truth expects what a careful analyst reads from each cell: a written date (a second
report may be a day off), the first day of a month or quarter written alone, the written
(rounded) coordinates, no count where the cell says the count is not known, ``unknown``
for a gender, age or transport word meaning "not known" or "not applicable".
"""

from __future__ import annotations

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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND395", "SOURCES", "make_blind395"]

_Rng = np.random.Generator
_Cell = object
#: ``(cell, expected day, precision, tag)`` of a written date.
_DateOut = tuple[_Cell, pd.Timestamp, str, str]
#: ``(cell, tag, expected count)`` of a written count.
_CountOut = tuple[_Cell, str, int | None]

# --------------------------------------------------------------------------------------
# Country wording (examiner's own tables: names, demonyms, aliases, slips)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (alpha-2, English, French, Spanish) names as these desks write them.
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
    "TUR": ("TR", "Turkey", "Turquie", "Turquía"),
    "USA": ("US", "United States", "États-Unis", "Estados Unidos"),
    "VEN": ("VE", "Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("VN", "Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("YE", "Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 1, "fr": 2, "es": 3}

#: Other names in common use, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "SYR": ("Syrian Arab Republic",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "IRQ": ("Irak",),
    },
    "fr": {"GBR": ("Angleterre", "UK"), "USA": ("USA",), "VNM": ("Viêt Nam",)},
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "GBR": ("Inglaterra",),
        "VEN": ("Venezuela (Rep. Bolivariana)",),
    },
}

#: Slips of the keyboard seen in these desks' files (language -> code -> slip).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanastan",
        "VNM": "Veitnam",
        "ERI": "Eritera",
        "ALB": "Albainia",
        "SYR": "Syrai",
    },
    "fr": {"AFG": "Afganistan", "ALB": "Albannie", "VNM": "Vietnan", "ERI": "Erythree"},
    "es": {
        "MAR": "Maruecos",
        "DZA": "Algelia",
        "SEN": "Senegál",
        "MLI": "Mali",  # the accent dropped
        "ROU": "Rumanìa",
        "VEN": "Venezula",
        "HND": "Hondruas",
        "GTM": "Guatemla",
        "ECU": "Equador",
        "COL": "Colomiba",
        "GMB": "Gambía",
    },
}

#: English demonyms written for a nationality.
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "ROU": "Romanian",
    "NGA": "Nigerian",
}
#: French adjectives of nationality (masculine, feminine).
_DEMONYM_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "ERI": ("érythréen", "érythréenne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "SYR": ("syrien", "syrienne"),
    "VNM": ("vietnamien", "vietnamienne"),
}
#: Spanish gentilicios (masculine, feminine).
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
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
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_WORDS_EN = (
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _name(code: str, lang: str) -> str:
    """Return the desk's usual name of a country (the ISO code if not in the table)."""
    row = _NAMES.get(code)
    return row[_LANG[lang]] if row else code


def _alias(code: str, lang: str, rng: _Rng) -> str | None:
    options = _ALIASES[lang].get(code)
    return choice(rng, options) if options else None


def _typo(code: str, lang: str) -> str | None:
    return _TYPOS[lang].get(code)


def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (``None`` = an empty cell)."""
    return options[int(rng.integers(len(options)))]


def _female(ev: dict[str, object]) -> bool:
    return ev.get("gender") == "female"


# --------------------------------------------------------------------------------------
# How each desk writes a country
# --------------------------------------------------------------------------------------
def _country_ssa(code: str, role: str, rng: _Rng, ev: dict[str, object]) -> tuple[str, str]:
    """UK Self Storage Association: plain English, demonyms, UK/England/Scotland."""
    u = rng.random()
    if role == "detection" and code == "GBR":
        if u < 0.2:
            hotspot = str(ev.get("hotspot") or "")
            return ("Scotland" if hotspot == "Glasgow" else "England"), "home_nation"
        return choice(rng, ("UK", "UK", "United Kingdom", "GB")), "name"
    if role == "destination" and code == "GBR":
        return choice(rng, ("UK", "UK", "United Kingdom", "U.K.")), "name"
    if role == "nationality" and code in _DEMONYM_EN and u < 0.6:
        text = _DEMONYM_EN[code]
        if rng.random() < 0.04:
            return f" {text}  ", "demonym;spacing"
        return text, "demonym"
    if u < 0.72:
        return _name(code, "en"), "name"
    if u < 0.8 and (alias := _alias(code, "en", rng)):
        return alias, "alias"
    if u < 0.87 and (slip := _typo(code, "en")):
        return slip, "typo"
    if u < 0.94:
        return _name(code, "en").upper(), "case"
    return _name(code, "en"), "name"


def _country_afilog(code: str, role: str, rng: _Rng, ev: dict[str, object]) -> tuple[str, str]:
    """AFILOG: French capitals, adjectives, Angleterre, UTF-8 pasted into cp1252."""
    u = rng.random()
    name = _name(code, "fr")
    if role in ("destination", "detection") and code == "GBR" and u < 0.3:
        return choice(rng, ("Angleterre", "ANGLETERRE", "Angleterre (UK)")), "alias"
    if role == "nationality" and code in _DEMONYM_FR and u < 0.55:
        masc, fem = _DEMONYM_FR[code]
        text = fem if _female(ev) else masc
        if rng.random() < 0.1 and (garbled := mojibake(text)):
            return garbled, "demonym;mojibake"
        return text, "demonym"
    if u < 0.6:
        return name.upper(), "case"
    if u < 0.9:
        return name, "name"
    if u < 0.96:
        garbled = mojibake(name.upper())
        if garbled:
            return garbled, "mojibake"
        return name.upper(), "case"
    slip = _typo(code, "fr")
    return (slip, "typo") if slip else (name, "name")


def _country_uno(code: str, role: str, rng: _Rng, ev: dict[str, object]) -> tuple[str, str]:
    """UNO: Spanish names, gentilicios, a few unaccented or mistyped."""
    u = rng.random()
    name = _name(code, "es")
    if role == "detection" and code == "ESP":
        return choice(rng, ("España", "España", "ESPAÑA", "Espana")), "name"
    if role == "nationality" and code in _DEMONYM_ES and u < 0.55:
        masc, fem = _DEMONYM_ES[code]
        text = fem if _female(ev) else masc
        if rng.random() < 0.1:
            return text.upper(), "demonym;case"
        return text, "demonym"
    if u < 0.8:
        return name, "name"
    if u < 0.87 and (alias := _alias(code, "es", rng)):
        return alias, "alias"
    if u < 0.94 and (slip := _typo(code, "es")):
        return slip, "typo"
    return name.upper(), "case"


def _country_basc(code: str, role: str, rng: _Rng, ev: dict[str, object]) -> tuple[str, str]:
    """World BASC Organization: Spanish names, alpha-2 codes, EE.UU."""
    u = rng.random()
    name = _name(code, "es")
    alpha2 = _NAMES[code][0] if code in _NAMES else code
    if code == "USA" and role in ("detection", "destination"):
        return choice(rng, ("Estados Unidos", "Estados Unidos", "EE.UU.", "EEUU", "US", "USA")), (
            "alias"
        )
    if code == "PAN" and role == "detection":
        return choice(rng, ("Panamá", "Panamá", "PANAMA", "PA")), "name"
    if role == "nationality" and code in _DEMONYM_ES and u < 0.5:
        masc, fem = _DEMONYM_ES[code]
        return (fem if _female(ev) else masc), "demonym"
    if u < 0.72:
        return name, "name"
    if u < 0.84:
        return alpha2, "iso2"
    if u < 0.9 and (slip := _typo(code, "es")):
        return slip, "typo"
    if u < 0.95 and (alias := _alias(code, "es", rng)):
        return alias, "alias"
    return name.upper(), "case"


def _country_fedessa(code: str, role: str, rng: _Rng, ev: dict[str, object]) -> tuple[str, str]:
    """FEDESSA: EU codes for the member country, ISO alpha-3, English names."""
    u = rng.random()
    alpha2 = _NAMES[code][0] if code in _NAMES else code
    if role == "detection":
        if code == "GRC" and u < 0.7:
            return "EL", "eu_code"
        if code == "GBR" and u < 0.7:
            return "UK", "eu_code"
        return alpha2, "iso2"
    if role == "nationality":
        return (code, "iso3") if u < 0.85 else (_name(code, "en"), "name")
    if u < 0.6:
        return _name(code, "en"), "name"
    if u < 0.75 and (alias := _alias(code, "en", rng)):
        return alias, "alias"
    if u < 0.95:
        return code, "iso3"
    slip = _typo(code, "en")
    return (slip, "typo") if slip else (_name(code, "en"), "name")


def _transit_ssa(codes: list[str], rng: _Rng) -> tuple[str, str]:
    text = ", ".join(_name(c, "en") for c in codes)
    return (text.upper(), "case") if rng.random() < 0.1 else (text, "name")


def _transit_afilog(codes: list[str], rng: _Rng) -> tuple[str, str]:
    text = " / ".join(_name(c, "fr") for c in codes)
    return (text.upper(), "case") if rng.random() < 0.5 else (text, "name")


def _transit_uno(codes: list[str], rng: _Rng) -> tuple[str, str]:
    return ", ".join(_name(c, "es") for c in codes), "name"


def _transit_basc(codes: list[str], rng: _Rng) -> tuple[str, str]:
    if rng.random() < 0.3:
        return "/".join(_NAMES[c][0] if c in _NAMES else c for c in codes), "iso2"
    return " / ".join(_name(c, "es") for c in codes), "name"


def _transit_fedessa(codes: list[str], rng: _Rng) -> tuple[str, str]:
    if rng.random() < 0.8:
        return ",".join(codes), "iso3"
    return ", ".join(_name(c, "en") for c in codes), "name"


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _date_ssa(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = ts.normalize()
    if rng.random() < 0.15:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", day, "day", "date_long"
    return ts.strftime("%d/%m/%Y"), day, "day", "date_dmy"


def _date_afilog(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = ts.normalize()
    u = rng.random()
    if u < 0.6:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", day, "day", "date_time"
    if u < 0.9:
        return ts.strftime("%d/%m/%Y"), day, "day", "date_dmy"
    return ts.strftime("%d/%m/%y"), day, "day", "date_dmy2"


def _date_uno(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = ts.normalize()
    u = rng.random()
    if partial_ok and u < 0.03:
        q = (ts.month - 1) // 3 + 1
        return f"T{q} {ts.year}", _quarter_start(ts), "quarter", "date_quarter"
    if partial_ok and u < 0.07:
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
    if u < 0.15:
        return int((day - _EXCEL_EPOCH).days), day, "day", "date_serial"
    if u < 0.25:
        return ts.strftime("%d/%m/%Y"), day, "day", "date_text"
    return day.to_pydatetime(), day, "day", "date_excel"


def _date_basc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = ts.normalize()
    u = rng.random()
    if partial_ok and u < 0.05:
        return f"{_MON_ES[ts.month - 1]}-{ts.year}", _month_start(ts), "month", "date_month"
    if u < 0.3:
        return f"{ts.day:02d}-{_MON_ES[ts.month - 1]}-{ts.year}", day, "day", "date_mon"
    return ts.strftime("%Y/%m/%d"), day, "day", "date_ymd"


def _date_fedessa(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = ts.normalize()
    u = rng.random()
    if partial_ok and u < 0.08:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "date_month"
    if partial_ok and u < 0.14:
        q = (ts.month - 1) // 3 + 1
        return f"{ts.year}-Q{q}", _quarter_start(ts), "quarter", "date_quarter"
    return ts.strftime("%Y-%m-%d"), day, "day", "date_iso"


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a day and month that never exist together (31 April, 30 February, ...)."""
    month = choice(rng, ("2", "4", "6", "9", "11"))
    return (30 if month == "2" else 31), int(month)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
    """Write a row's missing, impossible or future date the desk's way."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts + pd.DateOffset(years=10)
        if src.format == "xlsx":
            return later.to_pydatetime()
        fmt = {"basc_alertas": "%Y/%m/%d", "fedessa_digest": "%Y-%m-%d"}
        return later.strftime(fmt.get(src.source, "%d/%m/%Y"))
    day, month = _impossible(ts, rng)
    if src.source == "basc_alertas":
        return f"{ts.year}/{month:02d}/{day:02d}"
    if src.source == "fedessa_digest":
        return f"{ts.year}-{month:02d}-{day:02d}"
    if src.source == "afilog_surete":
        return f"{day:02d}/{month:02d}/{ts.year} {int(rng.integers(0, 24)):02d}:15"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> _Cell:
    """Return the date the desk writes on its note row (the day of its last case)."""
    if src.format == "xlsx":
        return last.normalize().to_pydatetime()
    if src.source == "basc_alertas":
        return last.strftime("%Y/%m/%d")
    if src.source == "fedessa_digest":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _count_ssa(n: int, rng: _Rng, ev: dict[str, object]) -> _CountOut:
    u = rng.random()
    if u < 0.03:
        return choice(rng, ("Not known", "n/k", "Unknown")), "count_placeholder", None
    if u < 0.09 and 1 <= n <= len(_WORDS_EN):
        word = _WORDS_EN[n - 1]
        return (word if rng.random() < 0.7 else word.lower()), "count_word", n
    if u < 0.12 and n >= 10:
        return choice(rng, (f"approx. {n}", f"approx {n}", f"c. {n}")), "approx_count", n
    return (f"{n:,}" if n >= 1000 else str(n)), "", n


def _count_afilog(n: int, rng: _Rng, ev: dict[str, object]) -> _CountOut:
    u = rng.random()
    if u < 0.03:
        return choice(rng, ("NC", "inconnu", "non communiqué")), "count_placeholder", None
    if u < 0.1 and n >= 2 and ev.get("age_group") == "mixed":
        k = int(rng.integers(1, n))
        return f"{n} (dont {k} mineur{'s' if k > 1 else ''})", "count_note", n
    if n >= 1000:
        return f"{n:,}".replace(",", "\u00a0"), "thousands", n
    return str(n), "", n


def _count_uno(n: int, rng: _Rng, ev: dict[str, object]) -> _CountOut:
    u = rng.random()
    if u < 0.03:
        return choice(rng, ("s/d", "Sin determinar")), "count_placeholder", None
    if n >= 1000 and u < 0.6:
        return f"{n:,}".replace(",", "."), "thousands", n
    if u < 0.06:
        return str(n), "count_text", n
    return n, "", n


def _count_basc(n: int, rng: _Rng, ev: dict[str, object]) -> _CountOut:
    if rng.random() < 0.03:
        return choice(rng, ("N/D", "Por confirmar")), "count_placeholder", None
    if n >= 1000:
        return f"{n:,}", "thousands", n
    return str(n), "", n


def _count_fedessa(n: int, rng: _Rng, ev: dict[str, object]) -> _CountOut:
    if rng.random() < 0.02:
        return "unknown", "count_placeholder", None
    return n, "", n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths) as a French form shows them, and their value."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    back = deg + minutes / 60 + sec10 / 36000
    return text, back if value >= 0 else -back


def _coords_ssa(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, _Cell], float | None, float | None, str]:
    if rng.random() < 0.06:
        return {"coordinates": None}, None, None, "coords_missing"
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), "coords_pair"


def _coords_afilog(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, _Cell], float | None, float | None, str]:
    u = rng.random()
    if u < 0.05:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    if u < 0.25:
        t_lat, v_lat = _dms(lat, "N", "S")
        t_lon, v_lon = _dms(lon, "E", "O")  # Ouest
        return {"lat": t_lat, "lon": t_lon}, v_lat, v_lon, "dms"
    lat5, lon5 = round(lat, 5), round(lon, 5)
    cells: dict[str, _Cell] = {
        "lat": f"{lat5:.5f}".replace(".", ","),
        "lon": f"{lon5:.5f}".replace(".", ","),
    }
    return cells, lat5, lon5, "decimal_comma"


def _coords_uno(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, _Cell], float | None, float | None, str]:
    u = rng.random()
    if u < 0.05:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    if u < 0.15:
        lat4, lon4 = round(lat, 4), round(lon, 4)
        cells: dict[str, _Cell] = {
            "lat": f"{lat4:.4f}".replace(".", ","),
            "lon": f"{lon4:.4f}".replace(".", ","),
        }
        return cells, lat4, lon4, "decimal_comma"
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), ""


def _coords_basc(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, _Cell], float | None, float | None, str]:
    u = rng.random()
    if u < 0.07:
        return {"coordinates": choice(rng, ("N/D", "S/C"))}, None, None, "coords_placeholder"
    lat5, lon5 = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{lat5:.5f}, {lon5:.5f}"}, lat5, lon5, "coords_pair"


def _coords_fedessa(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, _Cell], float | None, float | None, str]:
    if rng.random() < 0.1:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), ""


# --------------------------------------------------------------------------------------
# The desks' wording
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Wording:
    """How one desk writes the values of its rows."""

    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str | None, ...]  # written for pure smuggling
    gender: _Words
    gender_unknown: str
    age: _Words
    age_unknown: tuple[str, ...]
    mode: _Words
    mode_na: tuple[str, ...]
    na_rate: float
    offences: _Words
    offence_sep: str
    no_offence: tuple[str | None, ...]
    transit: Callable[[list[str], _Rng], tuple[str, str]]
    direct: tuple[str | None, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str | None, ...]
    upper_rate: float
    date: Callable[[pd.Timestamp, _Rng, bool], _DateOut]
    count: Callable[[int, _Rng, dict[str, object]], _CountOut]
    country: Callable[[str, str, _Rng, dict[str, object]], tuple[str, str]]
    coords: Callable[[float, float, _Rng], tuple[dict[str, _Cell], float | None, float | None, str]]
    numeric: bool  # counts written as numbers (XLSX, JSON)


_SSA = _Wording(
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
        "smuggling": ("People smuggling", "Clandestine entrants", "Illegal entry / smuggling"),
        "both": ("Smuggling + modern slavery", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis grow)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, "N/A"),
    gender={
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "Male & female"),
    },
    gender_unknown="Not recorded",
    age={
        "child": ("Under 18", "Minor", "Child"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    age_unknown=("Not known",),
    mode={
        "sea": ("Small boat", "Boat"),
        "land": ("HGV / lorry", "Lorry", "Van", "On foot"),
        "air": ("Air", "Flight"),
    },
    mode_na=("N/A - found on site", "Not known"),
    na_rate=0.04,
    offences={
        "document_fraud": ("False ID documents", "Forged documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs (cannabis)", "Controlled drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=" / ",
    no_offence=(None, None, "None"),
    transit=_transit_ssa,
    direct=(None, "Direct"),
    suspects_zero=("None", "Nil"),
    suspects_unknown=("Not known",),
    upper_rate=0.03,
    date=_date_ssa,
    count=_count_ssa,
    country=_country_ssa,
    coords=_coords_ssa,
    numeric=False,
)

_AFILOG = _Wording(
    crime={
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "passage clandestin", "filière de passeurs"),
        "both": ("TEH + aide au passage", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=(None, "sans objet", "-"),
    gender={
        "female": ("F", "femmes", "féminin"),
        "male": ("H", "hommes", "masculin"),
        "mixed": ("H/F", "mixte"),
    },
    gender_unknown="non renseigné",
    age={
        "child": ("mineurs", "MNA", "mineur"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    age_unknown=("non renseigné",),
    mode={
        "sea": ("small boat", "embarcation", "bateau"),
        "land": ("poids lourd", "PL", "camion", "véhicule léger", "à pied"),
        "air": ("avion",),
    },
    mode_na=("sans objet",),
    na_rate=0.03,
    offences={
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    no_offence=(None, None, "néant"),
    transit=_transit_afilog,
    direct=(None, "direct"),
    suspects_zero=("aucun", "néant"),
    suspects_unknown=("inconnu",),
    upper_rate=0.04,
    date=_date_afilog,
    count=_count_afilog,
    country=_country_afilog,
    coords=_coords_afilog,
    numeric=False,
)

_UNO = _Wording(
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": (
            "Inmigración clandestina",
            "Favorecimiento de la inmigración ilegal",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + inmigración clandestina"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    no_exploitation=(None, "-", "No procede"),
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres", "Varones"),
        "mixed": ("Ambos sexos", "Hombres y mujeres"),
    },
    gender_unknown="Sin datos",
    age={
        "child": ("Menores", "Menores no acompañados", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores",),
    },
    age_unknown=("Sin datos",),
    mode={
        "sea": ("Patera", "Cayuco", "Lancha neumática", "Embarcación"),
        "land": ("Camión", "Furgoneta", "Vehículo", "A pie"),
        "air": ("Avión", "Vía aérea"),
    },
    mode_na=("No procede",),
    na_rate=0.03,
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep="; ",
    no_offence=(None,),
    transit=_transit_uno,
    direct=(None, "Directo", "Ninguno"),
    suspects_zero=("ninguno", "Ninguno"),
    suspects_unknown=("s/d",),
    upper_rate=0.0,
    date=_date_uno,
    count=_count_uno,
    country=_country_uno,
    coords=_coords_uno,
    numeric=True,
)

_BASC = _Wording(
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de indocumentados",
            "Tráfico de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades ilícitas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    no_exploitation=("No aplica", None),
    gender={
        "female": ("Femenino",),
        "male": ("Masculino",),
        "mixed": ("Mixto", "Masculino y femenino"),
    },
    gender_unknown="No determinado",
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    age_unknown=("No determinado",),
    mode={
        "land": ("Terrestre", "Tractocamión", "Caja seca", "A pie", "Autobús"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    mode_na=("No aplica",),
    na_rate=0.03,
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Soborno", "Corrupción"),
        "money_laundering": ("Lavado de dinero", "Lavado de activos"),
        "illicit_goods": ("Contrabando", "Narcotráfico"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    no_offence=(None, "Ninguno"),
    transit=_transit_basc,
    direct=(None, "Directo"),
    suspects_zero=("Ninguno",),
    suspects_unknown=("N/D",),
    upper_rate=0.05,
    date=_date_basc,
    count=_count_basc,
    country=_country_basc,
    coords=_coords_basc,
    numeric=False,
)

_FEDESSA = _Wording(
    crime={
        "trafficking": ("Human trafficking", "THB"),
        "smuggling": ("Migrant smuggling", "SOM"),
        "both": ("THB/SOM", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=(None,),
    gender={"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
    gender_unknown="unknown",
    age={"child": ("minor", "child"), "adult": ("adult",), "mixed": ("adults+minors", "mixed")},
    age_unknown=("unknown",),
    mode={"sea": ("sea", "boat"), "land": ("land", "truck", "on foot"), "air": ("air",)},
    mode_na=("n/a",),
    na_rate=0.02,
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    no_offence=(None,),
    transit=_transit_fedessa,
    direct=(None,),
    suspects_zero=(),
    suspects_unknown=(None,),
    upper_rate=0.0,
    date=_date_fedessa,
    count=_count_fedessa,
    country=_country_fedessa,
    coords=_coords_fedessa,
    numeric=True,
)

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SSA_SRC = ExaminerSource(
    source="ssa_uk_incidents",
    filename="ssa_uk_incidents_og.csv",
    ref="SSA/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date discovered",
        "detection_country": "Country",
        "crime_type": "Concern type",
        "exploitation": "Exploitation (if known)",
        "n_persons": "No. of people found",
        "gender": "Sex of those found",
        "age_group": "Adult / minor",
        "nationality": "Nationality (stated)",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "transport_mode": "Means of arrival",
        "n_suspects": "Suspects / POIs",
        "coordinates": "Site lat/long",
        "linked_offences": "Other offences suspected",
    },
    note="Member returns - figures provisional, not for onward circulation",
    total="TOTAL",
    bad_count=("see narrative", "#VALUE!", "see attached"),
    repeats=True,
)
_AFILOG_SRC = ExaminerSource(
    source="afilog_surete",
    filename="afilog_surete_og.csv",
    ref="FS-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date/heure du constat",
        "detection_country": "Pays du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes découvertes",
        "n_suspects": "Nb de passeurs signalés",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "transport_mode": "Moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Fiches transmises par les sites adhérents - données non consolidées",
    total="Total général",
    bad_count=("voir PV", "#VALEUR!", "cf. main courante"),
    repeats=False,
)
_UNO_SRC = ExaminerSource(
    source="uno_logistica_seguridad",
    filename="uno_logistica_seguridad_og.xlsx",
    ref="UNO/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hallazgo",
        "detection_country": "País del hallazgo",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales comunicados por los asociados, pendientes de validar",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver atestado", "ver informe adjunto"),
    repeats=False,
)
_BASC_SRC = ExaminerSource(
    source="basc_alertas",
    filename="basc_alertas_og.csv",
    ref="ALR-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. alerta",
        "event_date": "Fecha del evento",
        "detection_country": "País del evento",
        "crime_type": "Tipo de evento",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta / países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Alertas compartidas por los capítulos BASC - uso exclusivo de asociados",
    total="TOTAL ALERTAS",
    bad_count=("ver reporte", "#¡VALOR!", "ver bitácora"),
    repeats=True,
)
_FEDESSA_SRC = ExaminerSource(
    source="fedessa_digest",
    filename="fedessa_digest_og.jsonl",
    ref="FED-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "detection_country": "member_country",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_found",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "arrival_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="ALL MEMBERS - TOTAL",
    bad_count=("see member report", "#VALUE!", "refer to narrative"),
    repeats=False,
)

#: The five sources, in the order :func:`make_blind395` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_SSA_SRC, _AFILOG_SRC, _UNO_SRC, _BASC_SRC, _FEDESSA_SRC)
_WORDING: dict[str, _Wording] = {
    "ssa_uk_incidents": _SSA,
    "afilog_surete": _AFILOG,
    "uno_logistica_seguridad": _UNO,
    "basc_alertas": _BASC,
    "fedessa_digest": _FEDESSA,
}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(
    w: _Wording, options: tuple[str, ...], rng: _Rng, src: ExaminerSource, *, upper: bool = True
) -> str:
    text = choice(rng, options)
    if upper and w.upper_rate and rng.random() < w.upper_rate:
        text = text.upper()
    return text if fits(text, src) else choice(rng, options)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one event as ``src`` does: (cells, expected clean values, messiness tags)."""
    w = _WORDING[src.source]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(*names: str) -> None:
        tags.extend(t for name in names for t in name.split(";") if t)

    # date
    cell, day, precision, date_tag = w.date(pd.Timestamp(ev["event_date"]), rng, partial_ok)  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tag(date_tag)
    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(w, w.crime[crime], rng, src), crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = _pick(rng, w.no_exploitation), None
    else:
        cells["exploitation"] = _word(w, w.exploitation[str(expl)], rng, src)
        exp["exploitation"] = str(expl)
    # persons and suspects
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], count_tag, exp["n_persons"] = w.count(n, rng, ev)
    tag(count_tag)
    suspects = ev["n_suspects"]
    n_s = None if suspects is None else int(suspects)  # type: ignore[call-overload]
    exp["n_suspects"] = n_s
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif n_s is None or rng.random() < 0.03:
        cells["n_suspects"], exp["n_suspects"] = _pick(rng, w.suspects_unknown), None
        tag("suspects_placeholder")
    elif n_s == 0 and w.suspects_zero and rng.random() < 0.3:
        cells["n_suspects"] = choice(rng, w.suspects_zero)
        tag("zero_word")
    else:
        cells["n_suspects"] = n_s if w.numeric else str(n_s)
    # gender and age group
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"], exp["gender"] = w.gender_unknown, "unknown"
        tag("gender_unknown_word", "blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(w, w.gender[gender], rng, src), gender
    age = str(ev["age_group"])
    if rng.random() < w.na_rate / 2:
        cells["age_group"], exp["age_group"] = choice(rng, w.age_unknown), "unknown"
        tag("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(w, w.age[age], rng, src), age
    # countries
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        code = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
        elif code is None:
            cells[col], exp[col] = None, None
        else:
            text, country_tag = w.country(str(code), role, rng, ev)
            if not fits(text, src):
                text, country_tag = _name(str(code), src.language), "name"
            cells[col], exp[col] = text, str(code)
            tag(*(f"{t}:{col}" for t in country_tag.split(";")))
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = _pick(rng, w.direct)
    else:
        text, transit_tag = w.transit(str(transit).split("|"), rng)
        cells["transit_countries"] = text if fits(text, src) else str(transit).replace("|", ", ")
        tag("transit_list", f"{transit_tag}:transit_countries")
    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < w.na_rate:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.mode_na), "unknown"
        tag("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = _word(w, w.mode[mode], rng, src), mode
    # coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    else:
        coord_cells, exp["lat"], exp["lon"], coord_tag = w.coords(lat, lon, rng)
        cells.update(coord_cells)
        tag(coord_tag)
    # linked offences
    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = _pick(rng, w.no_offence)
    else:
        words = [_word(w, w.offences[o], rng, src, upper=False) for o in str(offences).split("|")]
        cells["linked_offences"] = w.offence_sep.join(words)
    return cells, exp, tags


#: The variant: sources, routing of the events and the desks' writing.
BLIND395: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "ssa_uk_incidents",
        "FRA": "afilog_surete",
        "ESP": "uno_logistica_seguridad",
        "PAN": "basc_alertas",
        "USA": "basc_alertas",
    },
    compilation="fedessa_digest",
    secondary={
        ("channel", "GBR"): "afilog_surete",
        ("channel", "FRA"): "fedessa_digest",
        ("thb_vnm_gbr", "GBR"): "fedessa_digest",
        ("thb_rou_esp", "ESP"): "fedessa_digest",
        ("watl", "ESP"): "fedessa_digest",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=395,
    blank_share=0.3,
)


def make_blind395(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five storage and warehouse desks of ``blind395`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ssa_uk_incidents_og.csv`` (English, UTF-16, tab), ``afilog_surete_og.csv``
        (French, cp1252, ``;``), ``uno_logistica_seguridad_og.xlsx`` (Spanish),
        ``basc_alertas_og.csv`` (Spanish, UTF-8, ``,``) and ``fedessa_digest_og.jsonl``
        (English JSON lines, the compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind395(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ssa_uk_incidents_og.csv', 'afilog_surete_og.csv', 'uno_logistica_seguridad_og.xlsx',
     'basc_alertas_og.csv', 'fedessa_digest_og.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date/heure du constat', 'Pays du constat']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND395, truth, seed=seed)
