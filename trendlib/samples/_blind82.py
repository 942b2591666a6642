"""Examiner's blind sample set ``blind82``: five Caribbean and Andean agencies (``*_cf.*``).

A held-out set written without looking at the cleaner: five agencies of the Andes and the
Caribbean, three of them writing Spanish, one English and one French (with Haitian Creole
beside the French headers), each in its own file format, encoding and house style. The
rows are laid out by :mod:`trendlib.samples._examiner`; the wording is this module's own.

Reader's guide
--------------
``ucdtptim_ec_cf.csv`` - Ecuador, Ministerio de Gobierno / Policía Nacional, Unidad
contra el Delito de Trata de Personas y Tráfico Ilícito de Migrantes (UCDTPTIM).
    Spanish; cp1252, ``;``, CRLF; re-sends a few rows. Reports the Darién (Panamá)
    events first and US-border events a second time. Police-report numbers
    (``UCDTPTIM-2022-0042``). Dates day-first: ``14/03/2022``, Excel's Spanish
    ``5-ene-22``, with the time of the report ``14/03/2022 17:45``, ``5 de enero de
    2022``; month-only ``enero-2022``, ``ene/2022``, ``03/2022``. Crime as the COIP
    article (``Art. 213 COIP`` = tráfico ilícito de migrantes, ``Art. 91`` = trata),
    the unit's shorthand ``TIM`` / ``TdP``. Ages as ``NNA`` (niñas, niños y
    adolescentes). Nationality mostly the feminine adjective (``venezolana``: "de
    nacionalidad venezolana"), also country names, ISO3 codes and UTF-8 mojibake
    (``HaitÃ­``). Counts with ``.`` thousands and words (``35 personas``, ``aprox.
    40``), ``s/d`` for unknown, ``ninguno`` / ``sin aprehendidos`` for no suspect.
    Coordinates in two columns: decimal comma (``8,41234``), DMS with ``O`` for west
    (``77°54'44,4" O``) or decimal point. Empty row, source note, ``TOTAL GENERAL``.
``migraciones_pe_cf.xlsx`` - Peru, Superintendencia Nacional de Migraciones.
    Spanish, all capitals, accents often dropped (``PANAMA``, ``ESTADOS UNIDOS DE
    AMERICA``). Reports Spain first (its liaison desk in Madrid), East-Med, Nigerian
    and Vietnamese trafficking a second time. Report numbers ``000123-2022-MIGRACIONES``.
    Dates as real Excel dates, bare Excel serial numbers (``44635``), text ``15/03/2022``
    or ``15-MAR-2022``; month ``MARZO 2022``; quarters in Roman numerals (``I TRIMESTRE
    2022``, ``1ER TRIM. 2022``). Crime as the Código Penal article: ``ART. 303-A`` for
    smuggling, trafficking ``ART. 153`` before Ley 31146 (April 2021) and ``ART. 129-A``
    after it (with a lag: old numbering still seen). ``NO PRECISA`` / ``S/D`` / ``NO
    REGISTRA`` for unknown; nationality as the feminine adjective (``VENEZOLANA``).
    Numeric counts and coordinates, some DMS text. ``#¡VALOR!`` in bad cells.
``saime_ve_cf.jsonl`` - Venezuela, SAIME liaison office (consular follow-up of
    Venezuelans and others detected abroad). Spanish snake-case keys. Reports Italy first,
    the Darién, Western Balkans and Western Med events a second time. ISO dates,
    ``2022-03-15T00:00:00``, ``15/03/2022``, ``15-03-2022``, ``15 mar. 2022``; month
    ``2022-03`` / ``marzo 2022``; quarter ``T1-2022`` / ``primer trimestre 2022``. Counts
    as JSON numbers or strings (``1.234``); ``null`` / ``sin dato`` unknown. ISO3 codes
    mixed with names; Venezuelan legal wording (``legitimación de capitales`` = money
    laundering), ``embarcación tipo peñero``, ``a pie por trocha``. One coordinates key:
    ``8.41234,-77.91234``, ``8.41234 N, 77.91234 O``, ``lat: 8.41234 / lon: -77.91234``.
``bps_bb_cf.csv`` - Barbados Police Service, CID / INTERPOL NCB Bridgetown digest.
    English; UTF-8 with BOM, ``,``; re-sends a few rows. The compilation: first reports
    the events of every country the others leave (UK, Greece, Croatia, Poland); Channel
    (France) and Central Med events a second time. ``CR 0042/22`` crime
    report numbers. Dates British day-first ``15/03/2022``, ``15-Mar-22``, ``15 March
    2022``, ``15th March 2022``, ISO; quarters ``Q1 2022`` / ``2022 Q1`` / ``1st Quarter
    2022``, months ``Mar 2022``. ``TIP (TIPPA 2016)``, ``SOM``, ``N/K`` (not known),
    ``Nil``, ``pax``, ``HGV``, ``Lorry``, ``RHIB``. One position column in decimal
    degrees, degrees-decimal-minutes (``50°57.126'N 001°51.456'E``) or DMS.
``die_ht_cf.csv`` - Haiti, Direction de l'Immigration et de l'Émigration (DIE), returnee
    interviews and attachés' reports. French with bilingual French / Kreyòl headers
    (``Nationalité / Nasyonalite``); UTF-16 (Excel "Unicode text"), tab-delimited.
    Reports the US border and France first; Channel (UK), Atlantic, Romanian trafficking
    and Belarus-Poland events a second time. ``DIE/DPF/2022/0042``. Dates ``15/03/2022``,
    ``1er mars 2022``, ``15-03-22``, ``15.03.2022``, ISO; month ``mars 2022`` /
    ``03/2022``; quarter ``1er trimestre 2022`` / ``T1 2022``. Crime under the 2014 law
    (``Traite des personnes (loi CL/2014-0010)``), ``Faux et usage de faux``. Counts with
    (non-breaking) space thousands, ``n.d.`` / ``NC`` unknown, ``néant`` / ``aucun`` for
    no suspect. Decimal-comma coordinates, some with ``N`` / ``O`` letters.

Every value is one a competent analyst reads unambiguously to the truth row's value;
a row's ``messiness`` tags say which wording it uses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

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

__all__ = ["BLIND82", "BLIND82_SOURCES", "make_blind82"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country names and demonyms, by language
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "VEN": (
            "Venezuela",
            "Rep. Bolivariana de Venezuela",
            "Venezuela (República Bolivariana de)",
        ),
        "SYR": ("Siria", "República Árabe Siria"),
        "MAR": ("Marruecos",),
        "AFG": ("Afganistán",),
        "MEX": ("México",),
        "IRQ": ("Irak", "Iraq"),
        "ECU": ("Ecuador", "República del Ecuador"),
        "GIN": ("Guinea", "Guinea Conakry"),
        "PAK": ("Pakistán",),
        "SEN": ("Senegal",),
        "NGA": ("Nigeria",),
        "ROU": ("Rumania", "Rumanía"),
        "VNM": ("Vietnam", "Viet Nam"),
        "MLI": ("Malí",),
        "EGY": ("Egipto",),
        "BGD": ("Bangladés", "Bangladesh"),
        "TUN": ("Túnez",),
        "HND": ("Honduras",),
        "HTI": ("Haití",),
        "CIV": ("Costa de Marfil", "Côte d'Ivoire"),
        "DZA": ("Argelia",),
        "IRN": ("Irán",),
        "GTM": ("Guatemala",),
        "ERI": ("Eritrea",),
        "COL": ("Colombia",),
        "CHN": ("China", "Rep. Popular China"),
        "ALB": ("Albania",),
        "GMB": ("Gambia",),
        "CMR": ("Camerún",),
        "YEM": ("Yemen",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE.UU.", "EEUU", "Estados Unidos de América"),
        "ESP": ("España", "Reino de España"),
        "DEU": ("Alemania",),
        "ITA": ("Italia",),
        "GBR": ("Reino Unido", "Gran Bretaña"),
        "FRA": ("Francia",),
        "GRC": ("Grecia",),
        "AUT": ("Austria",),
        "POL": ("Polonia",),
        "PAN": ("Panamá", "República de Panamá"),
        "HRV": ("Croacia",),
        "LBY": ("Libia",),
        "MRT": ("Mauritania",),
        "BGR": ("Bulgaria",),
        "SRB": ("Serbia",),
        "BIH": ("Bosnia y Herzegovina",),
        "NER": ("Níger",),
        "BLR": ("Bielorrusia", "Belarús"),
        "MKD": ("Macedonia del Norte",),
        "HUN": ("Hungría",),
        "RUS": ("Rusia", "Federación de Rusia"),
    },
    "fr": {
        "VEN": ("Venezuela",),
        "SYR": ("Syrie",),
        "MAR": ("Maroc",),
        "AFG": ("Afghanistan",),
        "MEX": ("Mexique",),
        "IRQ": ("Irak",),
        "ECU": ("Équateur", "Equateur"),
        "GIN": ("Guinée", "Guinée-Conakry"),
        "PAK": ("Pakistan",),
        "SEN": ("Sénégal",),
        "NGA": ("Nigeria",),
        "ROU": ("Roumanie",),
        "VNM": ("Viêt Nam", "Vietnam"),
        "MLI": ("Mali",),
        "EGY": ("Égypte", "Egypte"),
        "BGD": ("Bangladesh",),
        "TUN": ("Tunisie",),
        "HND": ("Honduras",),
        "HTI": ("Haïti", "Haiti"),
        "CIV": ("Côte d'Ivoire",),
        "DZA": ("Algérie",),
        "IRN": ("Iran",),
        "GTM": ("Guatemala",),
        "ERI": ("Érythrée",),
        "COL": ("Colombie",),
        "CHN": ("Chine",),
        "ALB": ("Albanie",),
        "GMB": ("Gambie",),
        "CMR": ("Cameroun",),
        "YEM": ("Yémen",),
        "TUR": ("Turquie",),
        "USA": ("États-Unis", "Etats-Unis", "Etats-Unis d'Amérique", "USA"),
        "ESP": ("Espagne",),
        "DEU": ("Allemagne",),
        "ITA": ("Italie",),
        "GBR": ("Royaume-Uni", "Grande-Bretagne"),
        "FRA": ("France",),
        "GRC": ("Grèce",),
        "AUT": ("Autriche",),
        "POL": ("Pologne",),
        "PAN": ("Panama",),
        "HRV": ("Croatie",),
        "LBY": ("Libye",),
        "MRT": ("Mauritanie",),
        "BGR": ("Bulgarie",),
        "SRB": ("Serbie",),
        "BIH": ("Bosnie-Herzégovine",),
        "NER": ("Niger",),
        "BLR": ("Biélorussie", "Bélarus"),
        "MKD": ("Macédoine du Nord",),
        "HUN": ("Hongrie",),
        "RUS": ("Russie",),
    },
    "en": {
        "VEN": ("Venezuela",),
        "SYR": ("Syria", "Syrian Arab Republic"),
        "MAR": ("Morocco",),
        "AFG": ("Afghanistan",),
        "MEX": ("Mexico",),
        "IRQ": ("Iraq",),
        "ECU": ("Ecuador",),
        "GIN": ("Guinea", "Guinea (Conakry)"),
        "PAK": ("Pakistan",),
        "SEN": ("Senegal",),
        "NGA": ("Nigeria",),
        "ROU": ("Romania",),
        "VNM": ("Vietnam", "Viet Nam"),
        "MLI": ("Mali",),
        "EGY": ("Egypt",),
        "BGD": ("Bangladesh",),
        "TUN": ("Tunisia",),
        "HND": ("Honduras",),
        "HTI": ("Haiti",),
        "CIV": ("Côte d'Ivoire", "Ivory Coast"),
        "DZA": ("Algeria",),
        "IRN": ("Iran",),
        "GTM": ("Guatemala",),
        "ERI": ("Eritrea",),
        "COL": ("Colombia",),
        "CHN": ("China",),
        "ALB": ("Albania",),
        "GMB": ("Gambia", "The Gambia"),
        "CMR": ("Cameroon",),
        "YEM": ("Yemen",),
        "TUR": ("Turkey", "Türkiye"),
        "USA": ("United States", "USA", "U.S.A.", "United States of America"),
        "ESP": ("Spain",),
        "DEU": ("Germany",),
        "ITA": ("Italy",),
        "GBR": ("United Kingdom", "UK", "Great Britain"),
        "FRA": ("France",),
        "GRC": ("Greece",),
        "AUT": ("Austria",),
        "POL": ("Poland",),
        "PAN": ("Panama",),
        "HRV": ("Croatia",),
        "LBY": ("Libya",),
        "MRT": ("Mauritania",),
        "BGR": ("Bulgaria",),
        "SRB": ("Serbia",),
        "BIH": ("Bosnia and Herzegovina",),
        "NER": ("Niger",),
        "BLR": ("Belarus",),
        "MKD": ("North Macedonia",),
        "HUN": ("Hungary",),
        "RUS": ("Russia", "Russian Federation"),
    },
}

#: Demonyms: Spanish and French (masculine, feminine), English (one form).
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "VEN": ("venezolano", "venezolana"),
        "SYR": ("sirio", "siria"),
        "MAR": ("marroquí", "marroquí"),
        "AFG": ("afgano", "afgana"),
        "MEX": ("mexicano", "mexicana"),
        "IRQ": ("iraquí", "iraquí"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "GIN": ("guineano", "guineana"),
        "PAK": ("pakistaní", "pakistaní"),
        "SEN": ("senegalés", "senegalesa"),
        "NGA": ("nigeriano", "nigeriana"),
        "ROU": ("rumano", "rumana"),
        "VNM": ("vietnamita", "vietnamita"),
        "MLI": ("maliense", "maliense"),
        "EGY": ("egipcio", "egipcia"),
        "BGD": ("bangladesí", "bangladesí"),
        "TUN": ("tunecino", "tunecina"),
        "HND": ("hondureño", "hondureña"),
        "HTI": ("haitiano", "haitiana"),
        "CIV": ("marfileño", "marfileña"),
        "DZA": ("argelino", "argelina"),
        "IRN": ("iraní", "iraní"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "ERI": ("eritreo", "eritrea"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
        "ALB": ("albanés", "albanesa"),
        "GMB": ("gambiano", "gambiana"),
        "CMR": ("camerunés", "camerunesa"),
        "YEM": ("yemení", "yemení"),
        "TUR": ("turco", "turca"),
    },
    "fr": {
        "VEN": ("vénézuélien", "vénézuélienne"),
        "SYR": ("syrien", "syrienne"),
        "MAR": ("marocain", "marocaine"),
        "AFG": ("afghan", "afghane"),
        "MEX": ("mexicain", "mexicaine"),
        "IRQ": ("irakien", "irakienne"),
        "ECU": ("équatorien", "équatorienne"),
        "GIN": ("guinéen", "guinéenne"),
        "PAK": ("pakistanais", "pakistanaise"),
        "SEN": ("sénégalais", "sénégalaise"),
        "NGA": ("nigérian", "nigériane"),
        "ROU": ("roumain", "roumaine"),
        "VNM": ("vietnamien", "vietnamienne"),
        "MLI": ("malien", "malienne"),
        "EGY": ("égyptien", "égyptienne"),
        "BGD": ("bangladais", "bangladaise"),
        "TUN": ("tunisien", "tunisienne"),
        "HND": ("hondurien", "hondurienne"),
        "HTI": ("haïtien", "haïtienne"),
        "CIV": ("ivoirien", "ivoirienne"),
        "DZA": ("algérien", "algérienne"),
        "IRN": ("iranien", "iranienne"),
        "GTM": ("guatémaltèque", "guatémaltèque"),
        "ERI": ("érythréen", "érythréenne"),
        "COL": ("colombien", "colombienne"),
        "CHN": ("chinois", "chinoise"),
        "ALB": ("albanais", "albanaise"),
        "GMB": ("gambien", "gambienne"),
        "CMR": ("camerounais", "camerounaise"),
        "YEM": ("yéménite", "yéménite"),
        "TUR": ("turc", "turque"),
    },
    "en": {
        "VEN": ("Venezuelan",),
        "SYR": ("Syrian",),
        "MAR": ("Moroccan",),
        "AFG": ("Afghan",),
        "MEX": ("Mexican",),
        "IRQ": ("Iraqi",),
        "ECU": ("Ecuadorian",),
        "GIN": ("Guinean",),
        "PAK": ("Pakistani",),
        "SEN": ("Senegalese",),
        "NGA": ("Nigerian",),
        "ROU": ("Romanian",),
        "VNM": ("Vietnamese",),
        "MLI": ("Malian",),
        "EGY": ("Egyptian",),
        "BGD": ("Bangladeshi",),
        "TUN": ("Tunisian",),
        "HND": ("Honduran",),
        "HTI": ("Haitian",),
        "CIV": ("Ivorian",),
        "DZA": ("Algerian",),
        "IRN": ("Iranian",),
        "GTM": ("Guatemalan",),
        "ERI": ("Eritrean",),
        "COL": ("Colombian",),
        "CHN": ("Chinese",),
        "ALB": ("Albanian",),
        "GMB": ("Gambian",),
        "CMR": ("Cameroonian",),
        "YEM": ("Yemeni",),
        "TUR": ("Turkish",),
    },
}

_MESES = (
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
_MES_ABR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MOIS = (
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
_ROMAN = ("I", "II", "III", "IV")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _plain_upper(text: str) -> str:
    """Capitals without accents, as many Peruvian systems keep them (Ñ kept)."""
    out = []
    for ch in text.upper():
        if ch == "Ñ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if unicodedata.category(c) != "Mn"))
    return "".join(out)


def _pick(rng: _Rng, options: tuple[str, ...], src: ExaminerSource) -> str:
    """Draw one option the source's file can hold (the first one if none fits)."""
    ok = tuple(o for o in options if fits(o, src))
    return choice(rng, ok or options[:1])


def _name(code: str, lang: str) -> tuple[str, ...]:
    """Country names of ``code`` in ``lang`` (the ISO3 code itself if none is listed)."""
    return _NAMES[lang].get(code, (code,))


def _ordinal_en(day: int) -> str:
    """English ordinal of a day of the month (``1st``, ``22nd``, ``13th``)."""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _dms(value: float, pos: str, neg: str, *, dec: str = ".", pad: int = 0) -> str:
    """Degrees, minutes and seconds to a tenth of a second, hemisphere letter after."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    mins, secs = divmod(rest, 600)
    sec = f"{secs // 10:02d}{dec}{secs % 10}"
    return f"{deg:0{pad}d}°{mins:02d}'{sec}\"{hemi}"


def _ddm(value: float, pos: str, neg: str, *, pad: int) -> str:
    """Degrees and decimal minutes to a thousandth of a minute (marine style)."""
    hemi = pos if value >= 0 else neg
    thou = round(abs(value) * 60000)
    deg, rest = divmod(thou, 60000)
    return f"{deg:0{pad}d}°{rest // 1000:02d}.{rest % 1000:03d}'{hemi}"


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _day(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=ts.day)


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date ten years on (a typed-in year the clerk got wrong)."""
    return _day(ts) + pd.DateOffset(years=10)


_DateOut = tuple[object, pd.Timestamp, str]


# --------------------------------------------------------------------------------------
# Dates, one writer per source
# --------------------------------------------------------------------------------------
def _date_ec(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    """Ecuador: day-first, Excel's ``d-mmm-aa``, times of the report, month-only."""
    m, y = ts.month, ts.year
    if partial_ok and rng.random() < 0.05:
        tags.append("partial_month")
        cell = choice(rng, (f"{_MESES[m - 1]}-{y}", f"{_MES_ABR[m - 1]}/{y}", f"{m:02d}/{y}"))
        return cell, _month_start(ts), "month"
    r = rng.random()
    if r < 0.66:
        return ts.strftime("%d/%m/%Y"), _day(ts), "day"
    if r < 0.80:
        tags.append("month_abbr")
        return f"{ts.day}-{_MES_ABR[m - 1]}-{y % 100:02d}", _day(ts), "day"
    if r < 0.90:
        tags.append("time_in_date")
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", _day(ts), "day"
    tags.append("long_date")
    return f"{ts.day} de {_MESES[m - 1]} de {y}", _day(ts), "day"


def _date_pe(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    """Peru (XLSX): real dates, bare serials, text; months and Roman-numeral quarters."""
    m, y = ts.month, ts.year
    if partial_ok:
        r = rng.random()
        if r < 0.04:
            tags.append("partial_month")
            name = _MESES[m - 1].upper()
            cell = choice(rng, (f"{name} {y}", f"{name[:3]}-{y}", f"{name}-{y}"))
            return cell, _month_start(ts), "month"
        if r < 0.07:
            tags.append("partial_quarter")
            q = (m - 1) // 3
            first = ("1ER", "2DO", "3ER", "4TO")[q]
            cell = choice(
                rng,
                (f"{_ROMAN[q]} TRIMESTRE {y}", f"{first} TRIM. {y}", f"{_ROMAN[q]} TRIM. {y}"),
            )
            return cell, _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.62:
        tags.append("excel_date")
        return _day(ts).to_pydatetime(), _day(ts), "day"
    if r < 0.80:
        tags.append("excel_serial")
        return int((_day(ts) - pd.Timestamp("1899-12-30")).days), _day(ts), "day"
    if r < 0.92:
        return ts.strftime("%d/%m/%Y"), _day(ts), "day"
    tags.append("month_abbr")
    return f"{ts.day:02d}-{_MES_ABR[m - 1].upper()}-{y}", _day(ts), "day"


def _date_ve(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    """Venezuela (JSONL): ISO, ISO with time, day-first; months and quarters."""
    m, y = ts.month, ts.year
    if partial_ok:
        r = rng.random()
        if r < 0.04:
            tags.append("partial_month")
            cell = choice(rng, (f"{y}-{m:02d}", f"{_MESES[m - 1]} {y}", f"{m:02d}-{y}"))
            return cell, _month_start(ts), "month"
        if r < 0.06:
            tags.append("partial_quarter")
            q = (m - 1) // 3
            word = ("primer", "segundo", "tercer", "cuarto")[q]
            cell = choice(rng, (f"T{q + 1}-{y}", f"{word} trimestre {y}"))
            return cell, _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.55:
        return ts.strftime("%Y-%m-%d"), _day(ts), "day"
    if r < 0.65:
        tags.append("iso_datetime")
        return ts.strftime("%Y-%m-%dT00:00:00"), _day(ts), "day"
    if r < 0.85:
        return ts.strftime("%d/%m/%Y"), _day(ts), "day"
    if r < 0.95:
        return ts.strftime("%d-%m-%Y"), _day(ts), "day"
    tags.append("month_abbr")
    return f"{ts.day} {_MES_ABR[m - 1]}. {y}", _day(ts), "day"


def _date_bb(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    """Barbados: British day-first in several spellings; quarters and months."""
    m, y = ts.month, ts.year
    if partial_ok:
        r = rng.random()
        if r < 0.03:
            tags.append("partial_quarter")
            q = (m - 1) // 3 + 1
            cell = choice(rng, (f"Q{q} {y}", f"{y} Q{q}", f"{_ordinal_en(q)} Quarter {y}"))
            return cell, _quarter_start(ts), "quarter"
        if r < 0.06:
            tags.append("partial_month")
            cell = choice(rng, (f"{MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1]} {y}"))
            return cell, _month_start(ts), "month"
    r = rng.random()
    if r < 0.50:
        return ts.strftime("%d/%m/%Y"), _day(ts), "day"
    if r < 0.68:
        tags.append("month_abbr")
        return f"{ts.day:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", _day(ts), "day"
    if r < 0.80:
        tags.append("long_date")
        return f"{ts.day} {MONTHS[m - 1]} {y}", _day(ts), "day"
    if r < 0.92:
        return ts.strftime("%Y-%m-%d"), _day(ts), "day"
    tags.append("long_date")
    return f"{_ordinal_en(ts.day)} {MONTHS[m - 1]} {y}", _day(ts), "day"


def _date_ht(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]) -> _DateOut:
    """Haiti: French day-first, ``1er``, two-digit years; months and quarters."""
    m, y = ts.month, ts.year
    if partial_ok:
        r = rng.random()
        if r < 0.04:
            tags.append("partial_month")
            cell = choice(rng, (f"{_MOIS[m - 1]} {y}", f"{m:02d}/{y}"))
            return cell, _month_start(ts), "month"
        if r < 0.06:
            tags.append("partial_quarter")
            q = (m - 1) // 3 + 1
            nth = "1er" if q == 1 else f"{q}e"
            cell = choice(rng, (f"{nth} trimestre {y}", f"T{q} {y}"))
            return cell, _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.55:
        return ts.strftime("%d/%m/%Y"), _day(ts), "day"
    if r < 0.70:
        tags.append("long_date")
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MOIS[m - 1]} {y}", _day(ts), "day"
    if r < 0.82:
        tags.append("two_digit_year")
        return ts.strftime("%d-%m-%y"), _day(ts), "day"
    if r < 0.92:
        return ts.strftime("%Y-%m-%d"), _day(ts), "day"
    return ts.strftime("%d.%m.%Y"), _day(ts), "day"


# --------------------------------------------------------------------------------------
# Coordinates, one writer per source
# --------------------------------------------------------------------------------------
_CoordOut = tuple[dict[str, object], bool]  # (cells, whether the point is given)


def _comma(value: float, places: int = 5) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def _coords_ec(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _CoordOut:
    """Ecuador: two columns; decimal comma, DMS with ``O`` (oeste), or decimal point."""
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, False
    if r < 0.05:
        tags.append("coords_placeholder")
        word = choice(rng, ("s/d", "sin georreferencia"))
        return {"lat": word, "lon": word}, False
    if r < 0.62:
        tags.append("decimal_comma")
        return {"lat": _comma(lat), "lon": _comma(lon)}, True
    if r < 0.88:
        tags.append("dms")
        spaced = rng.random() < 0.5
        la = _dms(lat, "N", "S", dec=",")
        lo = _dms(lon, "E", "O", dec=",")
        if spaced:
            la, lo = la[:-1] + " " + la[-1], lo[:-1] + " " + lo[-1]
        return {"lat": la, "lon": lo}, True
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, True


def _coords_pe(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _CoordOut:
    """Peru (XLSX): numbers, DMS text with ``O`` for west, or ``NO REGISTRA``."""
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, False
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"lat": "NO REGISTRA", "lon": "NO REGISTRA"}, False
    if r < 0.85:
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, True
    tags.append("dms")
    return {"lat": _dms(lat, "N", "S"), "lon": _dms(lon, "E", "O")}, True


def _coords_ve(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _CoordOut:
    """Venezuela (JSONL): one ``coordenadas`` string."""
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {"coordinates": None}, False
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, ("sin georreferencia", "sin dato"))}, False
    if r < 0.70:
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, True
    if r < 0.85:
        tags.append("hemisphere_letters")
        la = f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}"
        lo = f"{abs(lon):.5f} {'E' if lon >= 0 else 'O'}"
        return {"coordinates": f"{la}, {lo}"}, True
    return {"coordinates": f"lat: {lat:.5f} / lon: {lon:.5f}"}, True


def _coords_bb(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _CoordOut:
    """Barbados: one position column; decimal, degrees-decimal-minutes or DMS."""
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {"coordinates": None}, False
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, ("Not recorded", "N/K"))}, False
    if r < 0.60:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, True
    if r < 0.85:
        tags.append("ddm")
        return {"coordinates": f"{_ddm(lat, 'N', 'S', pad=2)} {_ddm(lon, 'E', 'W', pad=3)}"}, True
    tags.append("dms")
    return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, True


def _coords_ht(lat: float, lon: float, rng: _Rng, tags: list[str]) -> _CoordOut:
    """Haiti: two columns; decimal comma, with ``N`` / ``O`` letters, or decimal point."""
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, False
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"lat": "n.d.", "lon": "n.d."}, False
    if r < 0.70:
        tags.append("decimal_comma")
        return {"lat": _comma(lat), "lon": _comma(lon)}, True
    if r < 0.90:
        tags.append("hemisphere_letters")
        la = f"{_comma(abs(lat))} {'N' if lat >= 0 else 'S'}"
        lo = f"{_comma(abs(lon))} {'E' if lon >= 0 else 'O'}"
        return {"lat": la, "lon": lo}, True
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, True


# --------------------------------------------------------------------------------------
# The sources' house styles
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """How one source words its cells (the shared machinery never reads this)."""

    lang: str
    date: Callable[[pd.Timestamp, _Rng, bool, list[str]], _DateOut]
    coords: Callable[[float, float, _Rng, list[str]], _CoordOut]
    crime: Mapping[str, tuple[str, ...]]
    expl: Mapping[str, tuple[str, ...]]
    no_expl: tuple[str, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    offences: Mapping[str, tuple[str, ...]]
    offence_join: tuple[str, ...]
    offence_none: tuple[str, ...]
    count_unknown: tuple[str, ...]
    count_words: tuple[tuple[str, str], ...]
    thousands: str
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    transit_join: tuple[str, ...]
    transit_none: tuple[str, ...]
    numeric: bool = False  # counts as numbers (XLSX, JSONL) when plain
    upper: bool = False  # names in capitals
    feminine: float = 0.5  # share of feminine demonyms ("nacionalidad venezolana")
    p_nat_iso3: float = 0.05
    p_demonym: float = 0.6
    p_iso3: float = 0.05
    p_iso2: float = 0.0
    p_mojibake: float = 0.0
    p_count_words: float = 0.05
    p_approx: float = 0.0
    approx: str = ""
    gender_unknown: tuple[str, ...] = ()
    crime_late: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


_EC = _Style(
    lang="es",
    date=_date_ec,
    coords=_coords_ec,
    crime={
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico ilícito de migrantes (Art. 213 COIP)",
            "Art. 213 COIP",
            "TIM",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de personas",
            "Trata de personas (Art. 91 COIP)",
            "Art. 91 COIP",
            "TdP",
        ),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "Art. 91 y Art. 213 COIP",
            "TdP / TIM",
        ),
    },
    expl={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos o servicios forzados"),
        "forced_criminality": ("Reclutamiento para cometer delitos", "Actividades delictivas"),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra finalidad", "Otras"),
    },
    no_expl=("", "", "No aplica", "N/A"),
    gender={
        "male": ("Masculino", "Hombres", "Hombre"),
        "female": ("Femenino", "Mujeres", "Mujer"),
        "mixed": ("Mixto", "Hombres y mujeres", "Ambos sexos"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad", "Adulto"),
        "child": ("NNA", "Menores de edad", "Niñas, niños y adolescentes"),
        "mixed": ("Adultos y NNA", "Mixto", "Adultos y menores"),
    },
    mode={
        "land": ("Terrestre", "Vía terrestre", "A pie", "Vehículo"),
        "sea": ("Marítimo", "Vía marítima", "Lancha", "Embarcación"),
        "air": ("Aéreo", "Vía aérea", "Vuelo comercial"),
    },
    na_words=("No aplica", "N/A"),
    offences={
        "document_fraud": ("Falsificación de documentos", "Uso doloso de documento falso"),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    offence_join=(", ", " / "),
    offence_none=("", "", "Ninguno"),
    count_unknown=("s/d", "sin dato", "N/D"),
    count_words=(("persona", "personas"), ("migrante", "migrantes")),
    thousands=".",
    zero_words=("ninguno", "sin aprehendidos", "0 (ninguno)"),
    suspects_unknown=("s/d", "N/D"),
    transit_join=(" - ", ", "),
    transit_none=("", "Directo", "Ninguno"),
    feminine=0.7,
    p_nat_iso3=0.05,
    p_demonym=0.65,
    p_iso3=0.0,
    p_iso2=0.05,
    p_mojibake=0.04,
    p_approx=0.01,
    approx="aprox.",
)

_PE = _Style(
    lang="es",
    date=_date_pe,
    coords=_coords_pe,
    crime={
        "smuggling": (
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "TRAFICO ILICITO DE MIGRANTES (ART. 303-A CP)",
            "TRÁFICO ILÍCITO DE MIGRANTES - ART. 303-A C.P.",
            "ART. 303-A C.P.",
        ),
        "trafficking": (
            "TRATA DE PERSONAS",
            "TRATA DE PERSONAS (ART. 153 CP)",
            "ART. 153 C.P.",
        ),
        "both": (
            "TRATA DE PERSONAS / TRÁFICO ILÍCITO DE MIGRANTES",
            "ART. 153 Y 303-A CP",
        ),
    },
    crime_late={
        "trafficking": (
            "TRATA DE PERSONAS",
            "TRATA DE PERSONAS (ART. 129-A CP)",
            "ART. 129-A C.P.",
            "TRATA DE PERSONAS (ART. 153 CP)",
        ),
        "both": (
            "TRATA DE PERSONAS / TRÁFICO ILÍCITO DE MIGRANTES",
            "ART. 129-A Y 303-A CP",
        ),
    },
    expl={
        "sexual": ("EXPLOTACIÓN SEXUAL", "EXPLOTACION SEXUAL"),
        "forced_labour": ("EXPLOTACIÓN LABORAL", "TRABAJO FORZOSO"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "other": ("OTRAS FORMAS DE EXPLOTACIÓN", "OTROS"),
    },
    no_expl=("", "NO APLICA", "-"),
    gender={
        "male": ("MASCULINO", "HOMBRES"),
        "female": ("FEMENINO", "MUJERES"),
        "mixed": ("AMBOS", "MIXTO", "AMBOS SEXOS"),
    },
    age={
        "adult": ("ADULTO", "MAYOR DE EDAD", "ADULTOS"),
        "child": ("MENOR DE EDAD", "NNA", "MENORES"),
        "mixed": ("MIXTO", "ADULTOS Y MENORES", "ADULTOS Y NNA"),
    },
    mode={
        "land": ("TERRESTRE", "VÍA TERRESTRE", "BUS"),
        "sea": ("MARÍTIMA", "VÍA MARÍTIMA", "EMBARCACIÓN", "PATERA", "CAYUCO"),
        "air": ("AÉREA", "VÍA AÉREA", "VUELO COMERCIAL"),
    },
    na_words=("NO APLICA",),
    offences={
        "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
        "corruption": ("COHECHO", "CORRUPCIÓN DE FUNCIONARIOS"),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("CONTRABANDO", "TRÁFICO ILÍCITO DE DROGAS"),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
    offence_join=(" / ", ", "),
    offence_none=("", "NINGUNO", "-"),
    count_unknown=("S/D", "NO PRECISA", "NO REGISTRA"),
    count_words=(("PERSONA", "PERSONAS"),),
    thousands=",",
    zero_words=("NINGUNO",),
    suspects_unknown=("S/D", "NO PRECISA"),
    transit_join=(" - ", " / "),
    transit_none=("", "NINGUNO", "DIRECTO"),
    numeric=True,
    upper=True,
    feminine=0.9,
    p_nat_iso3=0.03,
    p_demonym=0.75,
    p_iso3=0.0,
    p_iso2=0.0,
    gender_unknown=("NO PRECISA",),
)

_VE = _Style(
    lang="es",
    date=_date_ve,
    coords=_coords_ve,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes", "TIM"),
        "trafficking": ("Trata de personas", "trata de personas", "Trata"),
        "both": ("Trata de personas y tráfico de migrantes", "Tráfico y trata"),
    },
    expl={
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("obligados a delinquir", "actividades delictivas forzadas"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra", "otras formas"),
    },
    no_expl=("", "N/A"),
    gender={
        "male": ("masculino", "Masculino", "masc."),
        "female": ("femenino", "Femenino", "fem."),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "adult": ("adulto", "mayor de edad", "adultos"),
        "child": ("menor de edad", "NNA", "menores"),
        "mixed": ("mixto", "adultos y NNA"),
    },
    mode={
        "land": ("terrestre", "vía terrestre", "a pie por trocha", "autobús"),
        "sea": ("marítimo", "vía marítima", "embarcación tipo peñero", "lancha"),
        "air": ("aéreo", "vía aérea", "vuelo comercial"),
    },
    na_words=("N/A", "no aplica"),
    offences={
        "document_fraud": ("falsificación de documentos", "forjamiento de documento público"),
        "corruption": ("corrupción",),
        "money_laundering": ("legitimación de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_join=(", ", "; "),
    offence_none=("", "ninguno"),
    count_unknown=("sin dato", "N/D"),
    count_words=(("persona", "personas"),),
    thousands=".",
    zero_words=("ninguno", "cero"),
    suspects_unknown=("sin dato",),
    transit_join=(", ", " - "),
    transit_none=("", "ninguno"),
    numeric=True,
    feminine=0.6,
    p_nat_iso3=0.3,
    p_demonym=0.5,
    p_iso3=0.2,
    p_iso2=0.0,
    p_mojibake=0.03,
)

_BB = _Style(
    lang="en",
    date=_date_bb,
    coords=_coords_bb,
    crime={
        "smuggling": (
            "Migrant smuggling",
            "Smuggling of migrants",
            "SOM",
            "Smuggling of migrants (TOC Act 2011)",
            "People smuggling",
        ),
        "trafficking": (
            "Trafficking in persons",
            "TIP",
            "TIP (TIPPA 2016)",
            "Human trafficking",
        ),
        "both": ("TIP & SOM", "Trafficking and smuggling", "Human trafficking / migrant smuggling"),
    },
    expl={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    no_expl=("", "N/A"),
    gender={
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Mixed", "Male & Female", "Both"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Juvenile", "Child", "Under 18"),
        "mixed": ("Mixed", "Adults & minors"),
    },
    mode={
        "land": ("Land", "Overland", "Vehicle", "Lorry", "HGV", "On foot"),
        "sea": ("Sea", "Maritime", "Vessel", "Small boat", "Dinghy", "RHIB"),
        "air": ("Air", "By air", "Commercial flight"),
    },
    na_words=("N/A", "Not applicable"),
    offences={
        "document_fraud": ("Document fraud", "Forged documents", "Fraudulent passports"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_join=("; ", " & "),
    offence_none=("", "None", "Nil"),
    count_unknown=("N/K", "Unknown", "Not recorded"),
    count_words=(("person", "persons"), ("pax", "pax")),
    thousands=",",
    zero_words=("Nil", "None"),
    suspects_unknown=("N/K",),
    transit_join=(" > ", ", ", "/"),
    transit_none=("", "Direct", "None"),
    feminine=0.0,
    p_nat_iso3=0.15,
    p_demonym=0.6,
    p_iso3=0.05,
    p_iso2=0.05,
)

_HT = _Style(
    lang="fr",
    date=_date_ht,
    coords=_coords_ht,
    crime={
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Trafic illicite de migrants (loi CL/2014-0010)",
        ),
        "trafficking": (
            "Traite des personnes",
            "Traite des personnes (loi CL/2014-0010)",
            "Traite",
        ),
        "both": (
            "Traite et trafic de migrants",
            "Traite des personnes + trafic illicite de migrants",
        ),
    },
    expl={
        "sexual": ("Exploitation sexuelle", "Sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre", "Autres formes"),
    },
    no_expl=("", "sans objet", "-"),
    gender={
        "male": ("Masculin", "Hommes", "H"),
        "female": ("Féminin", "Femmes", "F"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    age={
        "adult": ("Majeur(s)", "Adulte", "Adultes"),
        "child": ("Mineur(s)", "Enfants", "Mineurs"),
        "mixed": ("Mixte", "Majeurs et mineurs"),
    },
    mode={
        "land": ("Terrestre", "Voie terrestre", "Routière", "Camion", "À pied"),
        "sea": ("Maritime", "Voie maritime", "Embarcation", "Bateau", "Voilier"),
        "air": ("Aérienne", "Voie aérienne", "Vol commercial"),
    },
    na_words=("sans objet",),
    offences={
        "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
        "illicit_goods": ("Contrebande",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_join=(" ; ", ", "),
    offence_none=("", "néant", "-"),
    count_unknown=("n.d.", "inconnu", "NC"),
    count_words=(("pers.", "pers."), ("personne", "personnes")),
    thousands="\u00a0",
    zero_words=("néant", "aucun"),
    suspects_unknown=("n.d.",),
    transit_join=(", ", " - "),
    transit_none=("", "aucun", "direct"),
    feminine=0.5,
    p_nat_iso3=0.05,
    p_demonym=0.6,
    p_iso3=0.05,
    p_iso2=0.0,
)

_STYLES: dict[str, _Style] = {
    "ucdtptim_ec": _EC,
    "migraciones_pe": _PE,
    "saime_ve": _VE,
    "bps_bb": _BB,
    "die_ht": _HT,
}

#: The five sources, in the order their submissions are returned.
BLIND82_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="ucdtptim_ec",
        filename="ucdtptim_ec_cf.csv",
        ref="UCDTPTIM-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nro. Parte Policial",
            "event_date": "Fecha del hecho (dd/mm/aaaa)",
            "crime_type": "Delito (COIP)",
            "exploitation": "Fin de explotación",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Nº aprehendidos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País del hecho",
            "transit_countries": "Ruta (países de tránsito)",
            "transport_mode": "Medio de movilización",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Fuente: Policía Nacional - UCDTPTIM. Información preliminar sujeta a validación",
        total="TOTAL GENERAL",
        bad_count=("varios", "un grupo", "múltiples"),
        repeats=True,
    ),
    ExaminerSource(
        source="migraciones_pe",
        filename="migraciones_pe_cf.xlsx",
        ref="{seq:06d}-{year}-MIGRACIONES",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "N° INFORME",
            "event_date": "FECHA DE INTERVENCIÓN",
            "crime_type": "DELITO / FIGURA PENAL",
            "exploitation": "FINALIDAD DE EXPLOTACIÓN",
            "n_persons": "CANT. PERSONAS",
            "n_suspects": "PRESUNTOS AUTORES (N°)",
            "gender": "SEXO",
            "age_group": "GRUPO ETARIO",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAÍS DE ORIGEN",
            "destination_country": "PAÍS DE DESTINO",
            "detection_country": "PAÍS DE INTERVENCIÓN",
            "transit_countries": "PAÍSES DE TRÁNSITO",
            "transport_mode": "VÍA / MEDIO DE TRANSPORTE",
            "lat": "LATITUD (GD)",
            "lon": "LONGITUD (GD)",
            "linked_offences": "DELITOS CONEXOS",
        },
        note="FUENTE: MIGRACIONES - SUBDIRECCIÓN DE INVESTIGACIÓN. ELABORACIÓN: OFICINA DE ENLACE",
        total="TOTAL",
        bad_count=("VARIOS", "#¡VALOR!", "GRUPO"),
        repeats=False,
    ),
    ExaminerSource(
        source="saime_ve",
        filename="saime_ve_cf.jsonl",
        ref="SAIME-OE-{yy:02d}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "nro_expediente",
            "event_date": "fecha_hecho",
            "crime_type": "tipo_delito",
            "exploitation": "fin_explotacion",
            "n_persons": "cant_personas",
            "n_suspects": "cant_detenidos",
            "gender": "sexo",
            "age_group": "grupo_etario",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "coordinates": "coordenadas",
            "linked_offences": "delitos_conexos",
        },
        note="Nota: datos remitidos por la Oficina de Enlace, sujetos a verificación",
        total="TOTAL",
        bad_count=("varios", "múltiples", "grupo numeroso"),
        repeats=False,
    ),
    ExaminerSource(
        source="bps_bb",
        filename="bps_bb_cf.csv",
        ref="CR {seq:04d}/{yy:02d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "CR No.",
            "event_date": "Date of Occurrence",
            "crime_type": "Offence",
            "exploitation": "Type of Exploitation",
            "n_persons": "No. of Persons (victims/migrants)",
            "n_suspects": "Suspects Arrested",
            "gender": "Sex",
            "age_group": "Age Group",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Detection",
            "transit_countries": "Transit Countries",
            "transport_mode": "Mode of Conveyance",
            "coordinates": "Position (Lat/Long)",
            "linked_offences": "Related Offences",
        },
        note="Compiled by CID / INTERPOL NCB Bridgetown. Figures provisional, subject to review",
        total="Grand Total",
        bad_count=("several", "a group", "numerous"),
        repeats=True,
    ),
    ExaminerSource(
        source="die_ht",
        filename="die_ht_cf.csv",
        ref="DIE/DPF/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "N° dossier / Nimewo dosye",
            "event_date": "Date de l'interception / Dat",
            "crime_type": "Infraction / Enfraksyon",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nbre de personnes / Kantite moun",
            "n_suspects": "Passeurs interpellés",
            "gender": "Sexe / Sèks",
            "age_group": "Âge (majeur/mineur) / Laj",
            "nationality": "Nationalité / Nasyonalite",
            "origin_country": "Pays d'origine / Peyi orijin",
            "destination_country": "Pays de destination / Peyi destinasyon",
            "detection_country": "Pays d'interception",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport / Mwayen transpò",
            "lat": "Latitude (DD)",
            "lon": "Longitude (DD)",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données transmises par les attachés de la DIE, non consolidées",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux", "un groupe"),
        repeats=False,
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _case(st: _Style, text: str, rng: _Rng) -> str:
    """Capitals (accents mostly dropped) for an all-capitals source."""
    if not st.upper:
        return text
    return _plain_upper(text) if rng.random() < 0.6 else text.upper()


def _country(
    st: _Style, src: ExaminerSource, code: str, rng: _Rng, tags: list[str], *, iso2: bool
) -> str:
    """Write a country cell: name (maybe mojibake), or an ISO3 / ISO2 code."""
    r = rng.random()
    if r < st.p_iso3:
        tags.append("iso3")
        return code
    if iso2 and r < st.p_iso3 + st.p_iso2:
        tags.append("iso2")
        return iso_codes(code)[0]
    name = _case(st, _pick(rng, _name(code, st.lang), src), rng)
    if st.p_mojibake and rng.random() < st.p_mojibake:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return name


def _nationality(
    st: _Style, src: ExaminerSource, code: str, n: int, rng: _Rng, tags: list[str]
) -> str:
    """Write a nationality cell: demonym (feminine or masculine), name or ISO3."""
    r = rng.random()
    if r < st.p_nat_iso3:
        tags.append("iso3")
        return code
    forms = _DEMONYMS[st.lang].get(code)
    if forms is None or r >= st.p_nat_iso3 + st.p_demonym:
        return _country(st, src, code, rng, tags, iso2=False)
    tags.append("demonym")
    if len(forms) == 1:
        return forms[0]
    word = forms[1] if rng.random() < st.feminine else forms[0]
    if st.lang == "es" and n > 1 and word.endswith("o") and rng.random() < 0.5:
        word += "s"  # "venezolanos"
    if st.lang == "fr" and n > 1 and not word.endswith(("s", "x")) and rng.random() < 0.5:
        word += "s"  # "haïtiens"
    if st.upper:
        return _case(st, word, rng)
    return word.capitalize() if rng.random() < 0.5 else word


def _count(
    st: _Style, src: ExaminerSource, n: int, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Write the persons cell; return it and its expected count (None if not known)."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, st.count_unknown), None
    big = n >= 1000 and rng.random() < (0.3 if st.numeric else 0.7)
    text = f"{n:,}".replace(",", st.thousands) if big else str(n)
    if big:
        tags.append("thousands")
    r = rng.random()
    if r < st.p_count_words:
        tags.append("count_words")
        one, many = st.count_words[int(rng.integers(len(st.count_words)))]
        return f"{text} {one if n == 1 else many}", n
    if r < st.p_count_words + st.p_approx:
        tags.append("approx_count")
        return f"{st.approx} {text}", n
    if st.numeric and not big and rng.random() < 0.8:
        return n, n
    return text, n


def _suspects(
    st: _Style, n: int, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Write the suspects cell; return it and its expected count."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, st.suspects_unknown), None
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, st.zero_words), 0
    if st.numeric and rng.random() < 0.8:
        return n, n
    return str(n), n


def _word(
    st: _Style, src: ExaminerSource, table: Mapping[str, tuple[str, ...]], key: str, rng: _Rng
) -> str:
    return _pick(rng, table[key], src)


def _crime(
    st: _Style, src: ExaminerSource, crime: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]
) -> str:
    """Write the crime cell; Peru cites its new trafficking article after Ley 31146."""
    table = st.crime
    late = st.crime_late.get(crime)
    if late is not None and ts >= pd.Timestamp("2021-04-01"):
        table = st.crime_late
    word = _pick(rng, table[crime], src)
    if "ART" in word.upper() or "LOI" in word.upper() or "ACT" in word.upper():
        tags.append("legal_ref")
    return word


def _list_cell(
    st: _Style,
    src: ExaminerSource,
    codes: str | None,
    rng: _Rng,
    *,
    joins: tuple[str, ...],
    none: tuple[str, ...],
    word_of: Callable[[str], str],
) -> str | None:
    """Write a ``|``-list with the source's words and joiner (its word for none)."""
    if codes is None:
        return choice(rng, none) or None
    parts = [word_of(c) for c in codes.split("|")]
    return choice(rng, joins).join(parts)


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
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision = st.date(ts, rng, partial_ok, tags)
    cells["event_date"] = cell
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    crime = str(ev["crime_type"])
    cells["crime_type"] = _crime(st, src, crime, ts, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, st.no_expl) or None
    else:
        cells["exploitation"] = _word(st, src, st.expl, str(expl), rng)
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(st, src, n, rng, tags)
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    blank_sus = forced_blank == "n_suspects"
    cells["n_suspects"], exp["n_suspects"] = _suspects(st, n_sus, rng, tags, blank_sus)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif st.gender_unknown and rng.random() < 0.01:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, st.gender_unknown), "unknown"
    else:
        cells["gender"], exp["gender"] = _word(st, src, st.gender, gender, rng), gender

    age = str(ev["age_group"])
    if rng.random() < 0.01:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, st.na_words), "unknown"
    else:
        cells["age_group"], exp["age_group"] = _word(st, src, st.age, age, rng), age

    nat = ev["nationality"]
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"] = _nationality(st, src, str(nat), n, rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(st, src, str(ev[col]), rng, tags, iso2=False)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        det = str(ev["detection_country"])
        cells["detection_country"] = _country(st, src, det, rng, tags, iso2=True)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    cells["transit_countries"] = _list_cell(
        st,
        src,
        None if transit is None else str(transit),
        rng,
        joins=st.transit_join,
        none=st.transit_none,
        word_of=lambda c: _case(st, _name(c, st.lang)[0], rng),
    )
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.008:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, st.na_words), "unknown"
    else:
        cells["transport_mode"], exp["transport_mode"] = _word(st, src, st.mode, mode, rng), mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    two_columns = "lat" in src.headers
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        place: dict[str, object] = (
            {"lat": None, "lon": None} if two_columns else {"coordinates": None}
        )
        given = False
    else:
        place, given = st.coords(lat, lon, rng, tags)
    cells.update(place)
    exp["lat"], exp["lon"] = (lat, lon) if given else (None, None)

    offences = ev["linked_offences"]
    cells["linked_offences"] = _list_cell(
        st,
        src,
        None if offences is None else str(offences),
        rng,
        joins=st.offence_join,
        none=st.offence_none,
        word_of=lambda o: _word(st, src, st.offences, o, rng),
    )
    exp["linked_offences"] = offences
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine, in the source's own style."""
    y = ts.year
    if kind == "no_date":
        words = {
            "ucdtptim_ec": ("", "s/f"),
            "migraciones_pe": ("", "S/F"),
            "saime_ve": ("", "sin fecha"),
            "bps_bb": ("", "N/K"),
            "die_ht": ("", "date inconnue"),
        }[src.source]
        return choice(rng, words) or None
    if kind == "bad_date":
        options = {
            "ucdtptim_ec": (f"31/02/{y}", f"30/02/{y}", f"{ts.day:02d}/13/{y}"),
            "migraciones_pe": (f"31/02/{y}", f"30/02/{y}", "#¡VALOR!"),
            "saime_ve": (f"{y}-02-30", f"{y}-13-{ts.day:02d}"),
            "bps_bb": (f"31/02/{y}", f"30 Feb {y}"),
            "die_ht": (f"31/02/{y}", f"30 février {y}", f"32/{ts.month:02d}/{y}"),
        }[src.source]
        return choice(rng, options)
    fut = _future(ts)
    if src.format == "xlsx":
        return fut.to_pydatetime()
    if src.format == "jsonl":
        return fut.strftime("%Y-%m-%d")
    return fut.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date on the source's note row: the cut-off day, in its style."""
    if src.format == "xlsx":
        return _day(last).to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: who reports what first, who reports it again, and how each writes.
BLIND82: Examiner[ExaminerSource] = Examiner(
    sources=BLIND82_SOURCES,
    primary={
        "PAN": "ucdtptim_ec",
        "USA": "die_ht",
        "FRA": "die_ht",
        "ESP": "migraciones_pe",
        "ITA": "saime_ve",
    },
    compilation="bps_bb",
    secondary={
        ("darien", "PAN"): "saime_ve",
        ("us_mex", "USA"): "ucdtptim_ec",
        ("channel", "FRA"): "bps_bb",
        ("channel", "GBR"): "die_ht",
        ("cmed", "ITA"): "bps_bb",
        ("thb_nga_ita", "ITA"): "migraciones_pe",
        ("emed", "GRC"): "migraciones_pe",
        ("thb_vnm_gbr", "GBR"): "migraciones_pe",
        ("wbal", "HRV"): "saime_ve",
        ("wmed", "ESP"): "saime_ve",
        ("watl", "ESP"): "die_ht",
        ("thb_rou_esp", "ESP"): "die_ht",
        ("blr_pol", "POL"): "die_ht",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=8282,
    blank_share=0.35,
)


def make_blind82(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind82`` agencies' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ucdtptim_ec_cf.csv``, ``migraciones_pe_cf.xlsx``, ``saime_ve_cf.jsonl``,
        ``bps_bb_cf.csv`` and ``die_ht_cf.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind82(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ucdtptim_ec_cf.csv', 'migraciones_pe_cf.xlsx', 'saime_ve_cf.jsonl',
     'bps_bb_cf.csv', 'die_ht_cf.csv']
    """
    return make_examined(BLIND82, truth, seed=seed)
