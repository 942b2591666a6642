"""Examiner sample set ``blind68``: five municipal, regional and private sources (``*_br.*``).

A held-out set written without looking at the cleaner. Each source writes the true events
the way its office does; the shared row machinery of :mod:`trendlib.samples._examiner`
chooses which source reports which event, plants the cross-source duplicates, bad rows,
garbage rows and exact repeats. The wording below is this examiner's own.

Reader's guide to the five files:

``policia_local_almeria_br.csv`` (source ``policia_local_almeria``)
    Atestados register of the Policía Local de Almería (unidad de extranjería), Spanish,
    **cp1252**, ``;``, CRLF. Reports events detected in Spain. Headers such as
    ``Nº Atestado``, ``Fecha de los hechos``, ``Tipificación (C.P.)``. Dates day-first
    (``14/03/2022``, ``14-03-2022``, ``14.03.2022``, ``14/03/22``, ``4 de marzo de
    2022``); partial dates ``marzo 2022``, ``03/2022``, ``1er trim. 2022``, ``T1/2022``.
    Crime type as Código Penal articles (``art. 318 bis CP``, ``177 bis``, ``TSH``).
    Spanish country names (sometimes in capitals, without accents, or as UTF-8 read as
    cp1252), nationality as demonyms (``marroquí``, ``argelina``). One coordinates column
    in decimal degrees with a decimal comma and hemisphere letters (``36,8412 N / 2,4597
    O``, O = oeste) or degrees-minutes-seconds with the ordinal sign
    (``36º 50' 28'' N - 2º 27' 35'' O``), placeholders ``s/c``. Thousands with a dot
    (``1.250``); ``s/d``, ``sin determinar`` for an unknown count; ``ninguno`` for no
    arrested suspects, ``N/C`` (no consta) when not known. Exploitation of smuggling rows
    ``No procede`` or blank. Note row and ``TOTAL GENERAL``; no re-sent rows.

``hospital_meteti_ts_br.xlsx`` (source ``hospital_meteti_ts``)
    Case log of the social-work unit of a district hospital in Metetí (Darién, Panama),
    Spanish (Panama), XLSX. Reports events detected in Panama. Dates as real Excel dates
    (some with a time), bare Excel serial numbers (``44634``) where the column lost its
    format, and text (``14/03/2022``, ``14-mar-2022``, ``14 de marzo de 2022``); partial
    dates ``marzo 2022``, ``mar-2022``, ``II trimestre 2022``. Situations as written by
    social workers (``Tráfico ilícito de migrantes``, ``Posible víctima de trata``),
    ``NNA`` (niños, niñas y adolescentes) for children. Counts and coordinates are
    numbers; placeholder words ``ND``, ``no registrado``. No linked-offence column.
    Re-sent rows appended at the end.

``pm_grande_synthe_br.csv`` (source ``pm_grande_synthe``)
    Main-courante extract of the Police municipale de Grande-Synthe (Nord), French,
    **UTF-16** (little-endian with BOM, the "Texte Unicode" export of a spreadsheet),
    **tab**-delimited. Reports events detected in France and some Channel events a second
    time. Dates ``15/03/2022``, ``15/03/22``, ``15 mars 2022``, ``mardi 15/03/2022``,
    ``2022-03-15``; partial ``mars 2022``, ``03/2022``, ``T1 2022``, ``1er trimestre
    2022``. Crime type as legal references (``art. L823-1 CESEDA``, ``art. 225-4-1 CP``,
    ``TEH``). French demonyms, ``Angleterre`` for the United Kingdom as destination.
    GPS degrees and decimal minutes (``N 51° 02.058' E 002° 14.256'``) or decimal commas
    (``51,03431 ; 2,23764``). ``H``/``F``/``H/F``, ``MNA`` for unaccompanied minors,
    ``VL``/``PL`` vehicles, ``néant``/``aucun`` for no suspects, ``NC`` for not known,
    counts with a (narrow) space as thousands separator.

``coach_security_log_br.csv`` (source ``coach_security_uk``)
    Security & revenue-protection incident log of a UK coach operator, English, UTF-8
    without BOM, ``|``-delimited. Reports events detected in the United Kingdom and some
    Calais events a second time. UK dates ``03/03/2022``, ``3 Mar 2022``, ``03-Mar-22``,
    ``2022-03-03 14:20``; partial ``Mar 2022``, ``March 2022``, ``Q1 2022``,
    ``2022 Q1``. Categories citing the Immigration Act 1971 s.25 and the Modern Slavery
    Act 2015 s.2; ``UASC``/``U18`` for children, ``HGV``, ``RHIB``; ``N/K`` (not known),
    ``Nil`` for no arrests; coordinates ``51.12793, 1.31344`` or Google-style DMS
    (``51°07'40.5"N 1°18'48.4"E``); comma thousands (``1,250``); a few names garbled
    (UTF-8 read as cp1252). Re-sent rows appended at the end.

``itf_hotline_br.jsonl`` (source ``itf_hotline``)
    Case-management export of a transport workers' union hotline (seafarers, dockers,
    truck drivers reporting stowaways, rescues and migrants in trailers), English JSON
    lines with camelCase keys. Reports every event detected outside Spain, France, the
    United Kingdom and Panama, and some Spanish sea arrivals a second time. Dates
    ISO (``2022-03-14``, ``2022-03-14T09:30:00Z``), ``14 March 2022``, US style
    ``March 14, 2022``; partial ``2022-03``, ``March 2022``, ``2022-Q1``, ``Q1 2022``.
    Countries as English names or ISO alpha-2 codes; counts JSON numbers or words
    (``unknown``, ``not stated``); positions in decimal degrees or maritime degrees and
    decimal minutes (``35°29.87'N 012°36.13'E``). No note row; a ``TOTAL`` record last.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND68_SOURCES", "Br68Source", "make_blind68"]

_Rng = np.random.Generator
_W = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Br68Source(ExaminerSource):
    """A ``blind68`` source: the shared fields plus its own wording.

    Attributes
    ----------
    crime : dict
        Crime type -> cells naming it.
    exploitation : dict
        Form of exploitation -> cells; ``"none"`` -> cells of a smuggling row.
    gender, age, transport : dict
        Canonical word -> cells; ``"na"`` -> "not known" words (age and transport).
    offences : dict
        Linked offence -> cells.
    offence_join, transit_join : tuple of str
        Separators of several offences and of several transit countries.
    count_placeholder, suspects_zero, suspects_placeholder, coords_placeholder : tuple
        Words for an unknown count, no suspects, unknown suspects, no position.
    thousands : tuple of str
        Thousands separators of large counts (``""``: none).
    nat_style : tuple of str
        Ways the nationality is written (``"demonym"``, ``"name"``, ``"iso2"``).
    country_style : tuple of str
        Ways the other countries are written (``"name"``, ``"iso2"``).
    """

    crime: _W
    exploitation: _W
    gender: _W
    age: _W
    transport: _W
    offences: _W
    offence_join: tuple[str, ...]
    transit_join: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    coords_placeholder: tuple[str, ...]
    thousands: tuple[str, ...]
    nat_style: tuple[str, ...]
    country_style: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country wording (this examiner's own tables)
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("Afganistán",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
        "BLR": ("Bielorrusia",),
        "CHN": ("China",),
        "CIV": ("Costa de Marfil",),
        "CMR": ("Camerún",),
        "COL": ("Colombia",),
        "DEU": ("Alemania",),
        "DZA": ("Argelia",),
        "ECU": ("Ecuador",),
        "EGY": ("Egipto",),
        "ERI": ("Eritrea",),
        "ESP": ("España",),
        "FRA": ("Francia",),
        "GBR": ("Reino Unido",),
        "GIN": ("Guinea", "Guinea Conakry"),
        "GMB": ("Gambia",),
        "GRC": ("Grecia",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croacia",),
        "HTI": ("Haití",),
        "HUN": ("Hungría",),
        "IRN": ("Irán",),
        "IRQ": ("Irak", "Iraq"),
        "ITA": ("Italia",),
        "LBY": ("Libia",),
        "MAR": ("Marruecos",),
        "MEX": ("México",),
        "MKD": ("Macedonia del Norte",),
        "MLI": ("Malí",),
        "MRT": ("Mauritania",),
        "NER": ("Níger",),
        "NGA": ("Nigeria",),
        "PAK": ("Pakistán",),
        "PAN": ("Panamá",),
        "POL": ("Polonia",),
        "ROU": ("Rumanía", "Rumania"),
        "RUS": ("Rusia",),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
    "fr": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albanie",),
        "AUT": ("Autriche",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgarie",),
        "BIH": ("Bosnie-Herzégovine",),
        "BLR": ("Biélorussie",),
        "CHN": ("Chine",),
        "CIV": ("Côte d'Ivoire",),
        "CMR": ("Cameroun",),
        "COL": ("Colombie",),
        "DEU": ("Allemagne",),
        "DZA": ("Algérie",),
        "ECU": ("Équateur",),
        "EGY": ("Égypte",),
        "ERI": ("Érythrée",),
        "ESP": ("Espagne",),
        "FRA": ("France",),
        "GBR": ("Royaume-Uni", "Angleterre", "Royaume Uni"),
        "GIN": ("Guinée", "Guinée-Conakry"),
        "GMB": ("Gambie",),
        "GRC": ("Grèce",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croatie",),
        "HTI": ("Haïti",),
        "HUN": ("Hongrie",),
        "IRN": ("Iran",),
        "IRQ": ("Irak",),
        "ITA": ("Italie",),
        "LBY": ("Libye",),
        "MAR": ("Maroc",),
        "MEX": ("Mexique",),
        "MKD": ("Macédoine du Nord",),
        "MLI": ("Mali",),
        "MRT": ("Mauritanie",),
        "NER": ("Niger",),
        "NGA": ("Nigeria", "Nigéria"),
        "PAK": ("Pakistan",),
        "PAN": ("Panama",),
        "POL": ("Pologne",),
        "ROU": ("Roumanie",),
        "RUS": ("Russie",),
        "SEN": ("Sénégal",),
        "SRB": ("Serbie",),
        "SYR": ("Syrie",),
        "TUN": ("Tunisie",),
        "TUR": ("Turquie",),
        "USA": ("États-Unis",),
        "VEN": ("Venezuela",),
        "VNM": ("Viêt Nam", "Vietnam"),
        "YEM": ("Yémen",),
    },
    "en": {
        "BIH": ("Bosnia and Herzegovina", "Bosnia"),
        "CIV": ("Côte d'Ivoire", "Ivory Coast"),
        "GBR": ("United Kingdom", "UK", "Great Britain"),
        "GMB": ("The Gambia", "Gambia"),
        "IRN": ("Iran",),
        "MKD": ("North Macedonia",),
        "RUS": ("Russia",),
        "SYR": ("Syria",),
        "TUR": ("Turkey", "Türkiye"),
        "USA": ("United States", "USA", "US"),
        "VNM": ("Vietnam", "Viet Nam"),
    },
}

_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("afgano", "afgana"),
        "ALB": ("albanés", "albanesa"),
        "BGD": ("bangladesí",),
        "CHN": ("china", "chino"),
        "CIV": ("marfileño", "marfileña"),
        "CMR": ("camerunés", "camerunesa"),
        "COL": ("colombiano", "colombiana"),
        "DZA": ("argelino", "argelina"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "EGY": ("egipcio", "egipcia"),
        "ERI": ("eritreo",),
        "GIN": ("guineano", "guineana"),
        "GMB": ("gambiano", "gambiana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "HTI": ("haitiano", "haitiana"),
        "IRN": ("iraní",),
        "IRQ": ("iraquí",),
        "MAR": ("marroquí",),
        "MEX": ("mexicano", "mexicana"),
        "MLI": ("maliense",),
        "NGA": ("nigeriano", "nigeriana"),
        "PAK": ("pakistaní",),
        "ROU": ("rumano", "rumana"),
        "SEN": ("senegalés", "senegalesa"),
        "SYR": ("sirio", "siria"),
        "TUN": ("tunecino", "tunecina"),
        "TUR": ("turco", "turca"),
        "VEN": ("venezolano", "venezolana"),
        "VNM": ("vietnamita",),
        "YEM": ("yemení",),
    },
    "fr": {
        "AFG": ("afghane", "afghan"),
        "ALB": ("albanaise", "albanais"),
        "BGD": ("bangladaise", "bangladais"),
        "CHN": ("chinoise",),
        "CIV": ("ivoirienne", "ivoirien"),
        "CMR": ("camerounaise",),
        "COL": ("colombienne",),
        "DZA": ("algérienne", "algérien"),
        "ECU": ("équatorienne",),
        "EGY": ("égyptienne", "égyptien"),
        "ERI": ("érythréenne", "érythréen"),
        "GIN": ("guinéenne", "guinéen"),
        "GMB": ("gambienne",),
        "GTM": ("guatémaltèque",),
        "HND": ("hondurienne",),
        "HTI": ("haïtienne",),
        "IRN": ("iranienne", "iranien"),
        "IRQ": ("irakienne", "irakien", "irakien (kurde)"),
        "MAR": ("marocaine", "marocain"),
        "MEX": ("mexicaine",),
        "MLI": ("malienne", "malien"),
        "NGA": ("nigériane", "nigérian"),
        "PAK": ("pakistanaise", "pakistanais"),
        "ROU": ("roumaine", "roumain"),
        "SEN": ("sénégalaise", "sénégalais"),
        "SYR": ("syrienne", "syrien"),
        "TUN": ("tunisienne", "tunisien"),
        "TUR": ("turque", "turc"),
        "VEN": ("vénézuélienne",),
        "VNM": ("vietnamienne", "vietnamien"),
        "YEM": ("yéménite",),
    },
    "en": {
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "BGD": ("Bangladeshi",),
        "CHN": ("Chinese",),
        "CIV": ("Ivorian",),
        "CMR": ("Cameroonian",),
        "COL": ("Colombian",),
        "DZA": ("Algerian",),
        "ECU": ("Ecuadorian",),
        "EGY": ("Egyptian",),
        "ERI": ("Eritrean",),
        "GIN": ("Guinean",),
        "GMB": ("Gambian",),
        "GTM": ("Guatemalan",),
        "HND": ("Honduran",),
        "HTI": ("Haitian",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi", "Iraqi Kurd"),
        "MAR": ("Moroccan",),
        "MEX": ("Mexican",),
        "MLI": ("Malian",),
        "NGA": ("Nigerian",),
        "PAK": ("Pakistani",),
        "ROU": ("Romanian",),
        "SEN": ("Senegalese",),
        "SYR": ("Syrian",),
        "TUN": ("Tunisian",),
        "TUR": ("Turkish",),
        "VEN": ("Venezuelan",),
        "VNM": ("Vietnamese",),
        "YEM": ("Yemeni",),
    },
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
_MONTHS_EN_ABBR = tuple(m[:3] for m in _MONTHS_EN)
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ROMAN = ("I", "II", "III", "IV")
_ORD_ES = ("1er", "2º", "3er", "4º")
_ORD_FR = ("1er", "2e", "3e", "4e")
_ACCENTS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


def _country(code: str, lang: str, rng: _Rng) -> str:
    """One name of a country in ``lang`` (the English short name if none is tabled)."""
    names = _NAMES[lang].get(code)
    if names:
        return choice(rng, names)
    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def _country_cell(src: Br68Source, code: str, rng: _Rng, tags: list[str], *, nat: bool) -> str:
    """Write one country the source's way (demonym, name or ISO alpha-2), maybe garbled."""
    style = choice(rng, src.nat_style if nat else src.country_style)
    demonyms = _DEMONYMS[src.language].get(code)
    if style == "demonym" and demonyms:
        text = choice(rng, demonyms)
    elif style == "iso2":
        country = pycountry.countries.get(alpha_3=code)
        text = str(country.alpha_2) if country else code
        tags.append("iso2")
    else:
        text = _country(code, src.language, rng)
    draw = rng.random()
    if src.source == "policia_local_almeria" and draw < 0.25:
        text = text.upper()
        tags.append("upper")
    elif src.language == "es" and draw < 0.33:
        text = text.translate(_ACCENTS)
    garbled = mojibake(text) if rng.random() < 0.04 and src.format == "csv" else None
    if garbled is not None and fits(garbled, src) and src.encoding != "utf-16":
        text = garbled
        tags.append("mojibake")
    return text


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_cell(src: Br68Source, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write the day ``ts`` in one of the source's styles."""
    r = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    name = src.source
    if name == "policia_local_almeria":
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.72:
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if r < 0.82:
            return f"{d:02d}-{m:02d}-{y}"
        if r < 0.88:
            return f"{d:02d}.{m:02d}.{y}"
        tags.append("date_words")
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}"
    if name == "hospital_meteti_ts":
        if r < 0.55:
            hour = int(rng.integers(0, 24)) if rng.random() < 0.3 else 0
            return dt.datetime(y, m, d, hour, int(rng.integers(0, 60)) if hour else 0)
        if r < 0.72:
            tags.append("excel_serial")
            return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
        if r < 0.84:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.94:
            return f"{d:02d}-{_MONTHS_ES[m - 1][:3]}-{y}"
        tags.append("date_words")
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}"
    if name == "pm_grande_synthe":
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if r < 0.82:
            tags.append("date_words")
            return f"{d:02d} {_MONTHS_FR[m - 1]} {y}"
        if r < 0.93:
            tags.append("weekday")
            return f"{_DAYS_FR[ts.weekday()]} {d:02d}/{m:02d}/{y}"
        return f"{y}-{m:02d}-{d:02d}"
    if name == "coach_security_uk":
        if r < 0.5:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            return f"{d} {_MONTHS_EN_ABBR[m - 1]} {y}"
        if r < 0.85:
            return f"{d:02d}-{_MONTHS_EN_ABBR[m - 1]}-{y % 100:02d}"
        return f"{y}-{m:02d}-{d:02d} {int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"
    # itf_hotline
    if r < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.7:
        return (
            f"{y}-{m:02d}-{d:02d}T{int(rng.integers(6, 20)):02d}:{int(rng.integers(0, 60)):02d}:00Z"
        )
    if r < 0.85:
        return f"{d} {_MONTHS_EN[m - 1]} {y}"
    return f"{_MONTHS_EN[m - 1]} {d}, {y}"


def _month_cell(src: Br68Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write the month of ``ts`` only."""
    m, y = ts.month, ts.year
    r = rng.random() < 0.5
    if src.source == "policia_local_almeria":
        return f"{_MONTHS_ES[m - 1]} {y}" if r else f"{m:02d}/{y}"
    if src.source == "hospital_meteti_ts":
        return f"{_MONTHS_ES[m - 1]} {y}" if r else f"{_MONTHS_ES[m - 1][:3]}-{y}"
    if src.source == "pm_grande_synthe":
        return f"{_MONTHS_FR[m - 1]} {y}" if r else f"{m:02d}/{y}"
    if src.source == "coach_security_uk":
        return f"{_MONTHS_EN_ABBR[m - 1]} {y}" if r else f"{_MONTHS_EN[m - 1]} {y}"
    return f"{y}-{m:02d}" if r else f"{_MONTHS_EN[m - 1]} {y}"


def _quarter_cell(src: Br68Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write the quarter of ``ts`` only."""
    q, y = (ts.month - 1) // 3, ts.year
    r = rng.random() < 0.5
    if src.source == "policia_local_almeria":
        return f"{_ORD_ES[q]} trim. {y}" if r else f"T{q + 1}/{y}"
    if src.source == "hospital_meteti_ts":
        return f"{_ROMAN[q]} trimestre {y}" if r else f"{_ROMAN[q]} trimestre de {y}"
    if src.source == "pm_grande_synthe":
        return f"T{q + 1} {y}" if r else f"{_ORD_FR[q]} trimestre {y}"
    if src.source == "coach_security_uk":
        return f"Q{q + 1} {y}" if r else f"{y} Q{q + 1}"
    return f"{y}-Q{q + 1}" if r else f"Q{q + 1} {y}"


def _date(
    src: Br68Source, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    if partial_ok and r < 0.05:
        tags.append("partial_month")
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.075:
        tags.append("partial_quarter")
        return _quarter_cell(src, ts, rng), ts.to_period("Q").start_time, "quarter"
    return _day_cell(src, ts, rng, tags), ts.normalize(), "day"


def _bad_date(src: Br68Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that must send its row to quarantine."""
    y = ts.year
    if kind == "no_date":
        words = {
            "policia_local_almeria": (None, "s/f", ""),
            "hospital_meteti_ts": (None, "sin fecha"),
            "pm_grande_synthe": (None, "NC", ""),
            "coach_security_uk": (None, "TBC", ""),
            "itf_hotline": (None, ""),
        }[src.source]
        return words[int(rng.integers(len(words)))]
    if kind == "bad_date":
        if src.source == "itf_hotline":
            return choice(rng, (f"{y}-02-30", f"{y}-13-{ts.day:02d}"))
        if src.source == "coach_security_uk" and y % 4:
            return f"29/02/{y}"  # not a leap year
        return choice(rng, (f"31/02/{y}", f"31/04/{y}", f"{ts.day:02d}/13/{y}"))
    future = ts.replace(year=y + 10)  # a slip of the finger: 2032 for 2022
    if src.format == "xlsx":
        return dt.datetime(future.year, future.month, future.day)
    if src.source == "itf_hotline":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Br68Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (its extraction date)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Numbers and coordinates
# --------------------------------------------------------------------------------------
def _count_cell(src: Br68Source, n: int, rng: _Rng, tags: list[str]) -> object:
    if src.format != "csv":
        return int(n)
    if n >= 1000:
        sep = choice(rng, src.thousands)
        if sep:
            tags.append("thousands")
            return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str, *, sec_decimals: int) -> tuple[str, float, str]:
    """Degrees, minutes, seconds of ``value``; return (text parts, value read back, hemi)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    total = round(a * 3600, sec_decimals)
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    sec = round(total - deg * 3600 - minutes * 60, sec_decimals)
    back = deg + minutes / 60 + sec / 3600
    sec_text = f"{sec:.{sec_decimals}f}" if sec_decimals else f"{int(sec)}"
    return f"{deg}|{minutes}|{sec_text}", (back if value >= 0 else -back), hemi


def _dm(value: float, pos: str, neg: str, *, decimals: int) -> tuple[int, float, float, str]:
    """Degrees and decimal minutes of ``value``; return (deg, minutes, value back, hemi)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    minutes_total = round(a * 60, decimals)
    deg = int(minutes_total // 60)
    minutes = round(minutes_total - deg * 60, decimals)
    back = deg + minutes / 60
    return deg, minutes, (back if value >= 0 else -back), hemi


def _coords(
    src: Br68Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Position cells of the source; return (cells, expected lat, expected lon)."""
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {}, None, None
    if r < 0.05:
        tags.append("coords_placeholder")
        key = "coordinates" if "coordinates" in src.headers else "lat"
        return {key: choice(rng, src.coords_placeholder)}, None, None
    name = src.source
    if name == "policia_local_almeria":
        if rng.random() < 0.65:
            la, lo = round(lat, 4), round(lon, 4)
            text = (
                f"{abs(la):.4f}".replace(".", ",")
                + (" N" if la >= 0 else " S")
                + " / "
                + f"{abs(lo):.4f}".replace(".", ",")
                + (" E" if lo >= 0 else " O")
            )
            tags.append("coords_comma_hemi")
            return {"coordinates": text}, la, lo
        tlat, blat, hlat = _dms(lat, "N", "S", sec_decimals=0)
        tlon, blon, hlon = _dms(lon, "E", "O", sec_decimals=0)
        dlat, mlat, slat = tlat.split("|")
        dlon, mlon, slon = tlon.split("|")
        text = f"{dlat}º {mlat}' {slat}'' {hlat} - {dlon}º {mlon}' {slon}'' {hlon}"
        tags.append("coords_dms")
        return {"coordinates": text}, blat, blon
    if name == "pm_grande_synthe":
        if rng.random() < 0.55:
            d1, m1, blat, h1 = _dm(lat, "N", "S", decimals=3)
            d2, m2, blon, h2 = _dm(lon, "E", "W", decimals=3)
            text = f"{h1} {d1:02d}° {m1:06.3f}' {h2} {d2:03d}° {m2:06.3f}'"
            tags.append("coords_gps_dm")
            return {"coordinates": text}, blat, blon
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f}".replace(".", ",") + " ; " + f"{lo:.5f}".replace(".", ",")
        tags.append("coords_comma")
        return {"coordinates": text}, la, lo
    if name == "coach_security_uk":
        if rng.random() < 0.6:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
        tlat, blat, hlat = _dms(lat, "N", "S", sec_decimals=1)
        tlon, blon, hlon = _dms(lon, "E", "W", sec_decimals=1)
        dlat, mlat, slat = tlat.split("|")
        dlon, mlon, slon = tlon.split("|")
        text = (
            f"{dlat}°{int(mlat):02d}'{float(slat):04.1f}\"{hlat} "
            f"{dlon}°{int(mlon):02d}'{float(slon):04.1f}\"{hlon}"
        )
        tags.append("coords_dms")
        return {"coordinates": text}, blat, blon
    if name == "itf_hotline":
        if rng.random() < 0.6:
            la, lo = round(lat, 4), round(lon, 4)
            return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo
        d1, m1, blat, h1 = _dm(lat, "N", "S", decimals=2)
        d2, m2, blon, h2 = _dm(lon, "E", "W", decimals=2)
        text = f"{d1:02d}°{m1:05.2f}'{h1} {d2:03d}°{m2:05.2f}'{h2}"
        tags.append("coords_maritime_dm")
        return {"coordinates": text}, blat, blon
    # hospital: two numeric cells
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Br68Source,
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
    has = src.headers.__contains__
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, tags, partial_ok=partial_ok
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if form is None:
        opts = src.exploitation["none"]
        cells["exploitation"] = opts[int(rng.integers(len(opts)))] or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(form)])
        exp["exploitation"] = str(form)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"] = choice(rng, src.suspects_placeholder)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"] = choice(rng, src.suspects_zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, src.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, src.age["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, src.age[age]), age

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.transport["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.transport[mode]), mode

    for col, nat in (
        ("nationality", True),
        ("origin_country", False),
        ("destination_country", False),
        ("detection_country", False),
    ):
        code = ev[col]
        if forced_blank == col or code is None or not has(col):
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col] = _country_cell(src, str(code), rng, tags, nat=nat)
        exp[col] = str(code)

    transit = ev["transit_countries"]
    if transit is None or not has("transit_countries"):
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [_country_cell(src, c, rng, tags, nat=False) for c in str(transit).split("|")]
        cells["transit_countries"] = choice(rng, src.transit_join).join(parts)
        exp["transit_countries"] = str(transit)

    offences = ev["linked_offences"]
    if offences is None or not has("linked_offences"):
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_join).join(words)
        exp["linked_offences"] = str(offences)

    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        pos, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(pos)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_ALMERIA = Br68Source(
    source="policia_local_almeria",
    filename="policia_local_almeria_br.csv",
    ref="AT-{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipificación (C.P.)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº pers. afectadas",
        "n_suspects": "Detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad (may./men.)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final declarado",
        "detection_country": "País intervención",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "coordinates": "Coordenadas (lat. / long.)",
        "linked_offences": "Otros delitos conexos",
    },
    note="NOTA: datos sujetos a revisión - Jefatura Policía Local, unidad de extranjería",
    total="TOTAL GENERAL",
    bad_count=("varias", "numerosas", "bastantes"),
    repeats=False,
    crime={
        "smuggling": (
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Art. 318 bis C.P.",
            "318 bis CP - inmigración ilegal",
            "Favorecimiento de la inmigración clandestina",
        ),
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Art. 177 bis C.P.",
            "TSH - 177 bis",
            "Trata de personas",
        ),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "Trata (177 bis) + inmigración ilegal (318 bis)",
            "TSH y favorecimiento inmigración ilegal",
        ),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual", "Prostitución forzada"),
        "forced_labour": ("Explotación laboral", "Laboral (agricultura)", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Obligar a delinquir"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras finalidades", "Otros fines"),
        "none": ("", "No procede", "-"),
    },
    gender={
        "male": ("Varón", "Hombres", "VARONES", "masculino"),
        "female": ("Mujer", "Mujeres", "femenino"),
        "mixed": ("Ambos sexos", "Hombres y mujeres", "Mixto"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad", "Mayor"),
        "child": ("Menores", "Menor de edad", "MENA"),
        "mixed": ("Adultos y menores", "Mixto (mayores/menores)"),
        "na": ("Sin dato", "Se desconoce"),
    },
    transport={
        "sea": ("Patera", "Embarcación neumática", "Cayuco", "Marítimo"),
        "land": ("Terrestre", "Vehículo turismo", "Camión", "A pie"),
        "air": ("Aéreo", "Avión"),
        "na": ("Sin especificar", "Desconocido"),
    },
    offences={
        "document_fraud": ("Falsedad documental", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando", "Contra la salud pública (hachís)"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    offence_join=(" / ", ", "),
    transit_join=(" - ", ", "),
    count_placeholder=("s/d", "sin determinar", "desconocido"),
    suspects_zero=("ninguno", "sin detenidos"),
    suspects_placeholder=("N/C", "no consta"),
    coords_placeholder=("s/c", "sin coordenadas"),
    thousands=(".", ""),
    nat_style=("demonym", "demonym", "name"),
    country_style=("name",),
)

_METETI = Br68Source(
    source="hospital_meteti_ts",
    filename="hospital_meteti_ts_br.xlsx",
    ref="TS-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° Caso TS",
        "event_date": "Fecha de atención",
        "crime_type": "Situación identificada",
        "exploitation": "Tipo de explotación (si aplica)",
        "n_persons": "Personas atendidas (grupo)",
        "n_suspects": "Presuntos tratantes/coyotes señalados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País destino",
        "detection_country": "País",
        "transit_countries": "Ruta (países de paso)",
        "transport_mode": "Llegada por",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Nota: registro de la Unidad de Trabajo Social, pendiente de validación",
    total="Total general",
    bad_count=("varios", "grupo grande", "muchos"),
    repeats=True,
    crime={
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Migrante objeto de tráfico (coyote)",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "Posible víctima de trata",
            "Trata de personas",
            "Indicadores de trata de personas",
        ),
        "both": ("Trata y tráfico de migrantes", "Tráfico de migrantes con indicadores de trata"),
    },
    exploitation={
        "sexual": ("Sexual", "Explotación sexual comercial"),
        "forced_labour": ("Laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades ilícitas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
        "other": ("Otra",),
        "none": ("", "N/A"),
    },
    gender={
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    age={
        "adult": ("Adulto", "Adultos (18+)"),
        "child": ("NNA", "Menor de edad", "Niño/a (NNA)"),
        "mixed": ("Adultos y NNA", "Grupo familiar (adultos y NNA)"),
        "na": ("No registrado",),
    },
    transport={
        "land": ("A pie (selva)", "Caminando", "Terrestre", "Bus"),
        "sea": ("Lancha", "Vía marítima", "Bote"),
        "air": ("Avión", "Vía aérea"),
        "na": ("No registrado",),
    },
    offences={},
    offence_join=(", ",),
    transit_join=(", ", " / "),
    count_placeholder=("ND", "no registrado"),
    suspects_zero=("ninguno", "no señala"),
    suspects_placeholder=("ND", "se desconoce"),
    coords_placeholder=("s/d",),
    thousands=("",),
    nat_style=("demonym", "name"),
    country_style=("name",),
)

_GRANDE_SYNTHE = Br68Source(
    source="pm_grande_synthe",
    filename="pm_grande_synthe_br.csv",
    ref="MC{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date constatation",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe (H/F)",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires - extraction logiciel main courante PM",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    crime={
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "Aide à l'entrée, à la circulation ou au séjour irréguliers d'un étranger",
            "Aide au séjour irrégulier en bande organisée",
            "Trafic de migrants (passeurs)",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "Traite d'êtres humains",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Art. 225-4-1 CP et art. L823-1 CESEDA",
        ),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "sexuelle (proxénétisme)"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "none": ("", "Sans objet", "/"),
    },
    gender={
        "male": ("H", "Hommes", "masculin"),
        "female": ("F", "Femmes", "féminin"),
        "mixed": ("H/F", "Mixte", "Hommes et femmes"),
    },
    age={
        "adult": ("Majeur", "Majeurs", "adulte(s)"),
        "child": ("Mineur", "MNA", "Mineurs"),
        "mixed": ("Majeurs + mineurs", "Mixte (majeurs/mineurs)"),
        "na": ("Inconnu", "NC"),
    },
    transport={
        "sea": ("Small boat", "Embarcation pneumatique", "Maritime", "Ferry"),
        "land": ("Poids lourd (PL)", "Camion", "VL", "Terrestre", "À pied"),
        "air": ("Aérien", "Avion"),
        "na": ("Inconnu", "NC"),
    },
    offences={
        "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Contrebande", "Trafic de stupéfiants"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_join=(" + ", " ; "),
    transit_join=(", ", " > "),
    count_placeholder=("NC", "inconnu", "non déterminé"),
    suspects_zero=("néant", "aucun"),
    suspects_placeholder=("NC", "inconnu"),
    coords_placeholder=("NC", "non relevées"),
    thousands=(" ", "\u202f"),
    nat_style=("demonym", "demonym", "name"),
    country_style=("name",),
)

_COACH = Br68Source(
    source="coach_security_uk",
    filename="coach_security_log_br.csv",
    ref="SEC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date of Incident",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type (if MSA)",
        "n_persons": "No. of Persons",
        "n_suspects": "No. Arrested",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality (stated)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country",
        "transit_countries": "Route (countries)",
        "transport_mode": "Mode",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other Offences",
    },
    note="NB: figures subject to change - Security Control Room extract",
    total="Total",
    bad_count=("several", "a few", "numerous"),
    repeats=True,
    crime={
        "smuggling": (
            "Facilitation - s.25 Immigration Act 1971",
            "Clandestine entrants found",
            "People smuggling",
            "Clandestine entry (s.25 IA 1971 facilitation)",
        ),
        "trafficking": (
            "Modern slavery / human trafficking (MSA 2015 s.2)",
            "MSA 2015 s.2 - human trafficking",
            "Suspected trafficking (NRM referral)",
        ),
        "both": (
            "Facilitation (s.25) + MSA s.2 trafficking",
            "People smuggling & trafficking",
        ),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal (cannabis cultivation)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": ("", "N/A"),
    },
    gender={
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female", "Females"),
        "mixed": ("Mixed", "M & F", "Male & female"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "U18", "UASC"),
        "mixed": ("Adults & minors", "Mixed ages"),
        "na": ("N/K", "Not known"),
    },
    transport={
        "sea": ("Small boat", "RHIB", "Ferry", "Dinghy"),
        "land": ("Coach", "HGV", "Lorry", "Car", "On foot"),
        "air": ("Flight", "Air"),
        "na": ("N/K", "Not recorded"),
    },
    offences={
        "document_fraud": ("Forged documents", "False ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Smuggled goods", "Drugs"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    offence_join=("; ", ", "),
    transit_join=(" > ",),
    count_placeholder=("N/K", "Unknown", "TBC"),
    suspects_zero=("Nil", "None"),
    suspects_placeholder=("N/K", "Unknown"),
    coords_placeholder=("N/K", "n/a"),
    thousands=(",", ""),
    nat_style=("demonym", "demonym", "name"),
    country_style=("name",),
)

_ITF = Br68Source(
    source="itf_hotline",
    filename="itf_hotline_br.jsonl",
    ref="ITF-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseNumber",
        "event_date": "incidentDate",
        "crime_type": "concernType",
        "exploitation": "exploitationForm",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsIdentified",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "intendedDestination",
        "detection_country": "incidentCountry",
        "transit_countries": "transitCountries",
        "transport_mode": "conveyance",
        "coordinates": "position",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    crime={
        "smuggling": ("migrant smuggling", "people smuggling", "smuggling of migrants"),
        "trafficking": ("human trafficking", "trafficking in persons", "THB"),
        "both": ("smuggling + trafficking", "human trafficking and migrant smuggling"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "none": ("",),
    },
    gender={
        "male": ("male", "men"),
        "female": ("female", "women"),
        "mixed": ("mixed", "men and women"),
    },
    age={
        "adult": ("adult", "adults"),
        "child": ("minor", "children"),
        "mixed": ("mixed (adults and minors)", "adults and children"),
        "na": ("unknown", "not stated"),
    },
    transport={
        "sea": ("vessel", "boat", "at sea (rescued by merchant ship)", "fishing vessel"),
        "land": ("truck", "tractor-trailer", "lorry", "van", "train"),
        "air": ("flight", "air"),
        "na": ("unknown", "n/a"),
    },
    offences={
        "document_fraud": ("document fraud", "forged seafarer documents"),
        "corruption": ("bribery of officials",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "drug smuggling"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_join=(", ",),
    transit_join=(", ",),
    count_placeholder=("unknown", "not stated"),
    suspects_zero=("none",),
    suspects_placeholder=("unknown",),
    coords_placeholder=("unknown", "n/a"),
    thousands=("",),
    nat_style=("demonym", "name", "iso2"),
    country_style=("name", "name", "iso2"),
)

#: The five sources of ``blind68``, in the order their submissions are returned.
BLIND68_SOURCES: tuple[Br68Source, ...] = (_ALMERIA, _METETI, _GRANDE_SYNTHE, _COACH, _ITF)

_EXAMINER = Examiner(
    sources=BLIND68_SOURCES,
    primary={
        "ESP": "policia_local_almeria",
        "PAN": "hospital_meteti_ts",
        "FRA": "pm_grande_synthe",
        "GBR": "coach_security_uk",
    },
    compilation="itf_hotline",
    secondary={
        ("channel", "FRA"): "coach_security_uk",
        ("channel", "GBR"): "pm_grande_synthe",
        ("thb_vnm_gbr", "GBR"): "pm_grande_synthe",
        ("wmed", "ESP"): "itf_hotline",
        ("watl", "ESP"): "itf_hotline",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6868,
    blank_share=0.35,
)


def make_blind68(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind68`` submissions (files ``*_br.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND68_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind68(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['policia_local_almeria_br.csv', 'hospital_meteti_ts_br.xlsx',
     'pm_grande_synthe_br.csv', 'coach_security_log_br.csv', 'itf_hotline_br.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
