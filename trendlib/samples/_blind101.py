"""Examiner sample set ``blind101``: five Central European, Nordic, French and Spanish files.

A held-out set written without looking at the cleaner (files ``*_cy.*``). Each event is
first reported by the source of its detection country (Croatia and Poland: ÚHCP;
Greece and Italy: the Danish NUC; France: the gendarmerie; Spain: the CGEF; every other
country: the Norwegian PU digest); about 4 % are reported a second time by another
source, in that source's own wording. A reader's guide to the five files:

``uhcp_risk_analysis_cy.csv`` -- Slovak Border and Alien Police Office
    (Úrad hraničnej a cudzineckej polície, ÚHCP, risk-analysis department), an English
    export of its case register, saved from Excel as *Unicode text*: UTF-16 (with BOM),
    tab-delimited. Dates day-first with dots (``3.7.2022``, ``03.07.2022``, the Slovak
    spaced ``3. 7. 2022``, now and then ISO); months as Roman numerals (``VII/2022``),
    ``07/2022`` or ``July 2022``; quarters ``Q3/2022`` or ``3Q 2022``. Offences by the
    Slovak Criminal Code (Act 300/2005 Coll., *TZ*): § 355 smuggling, § 179 trafficking,
    sometimes the bare paragraph. Citizenship mostly ISO alpha-3, otherwise English names
    or demonyms; routes as code chains (``TUR-BGR-SRB``) or names (``Turkey – Bulgaria``);
    ``direct`` for no transit. Persons as ``14``, ``14 pax``, ``1 234`` (space for the
    thousands); ``n/k`` or ``not established`` when unknown; ``none``/``nil`` suspects.
    GPS in one column: ``N45.15333 E15.71811``, ``45.15333N, 15.71811E``, a plain pair,
    or Google-style DMS ``45°09'12.0"N 15°43'05.2"E``; ``n/a`` when not taken.

``rigspolitiet_nuc_jo_cy.xlsx`` -- Danish National Police, National Aliens Centre
    (Rigspolitiet, Nationalt Udlændingecenter), the log of its officers deployed on
    Frontex joint operations in Greece and Italy (and later in Spain and the Western
    Balkans). Bilingual Danish / English headers and pick-list values (``Mand / Male``,
    ``Båd / Boat``), a few Danish country names (``Grækenland``, ``Elfenbenskysten``),
    ISO alpha-2 codes, Italian legal references for Italian cases (art. 12 D.Lgs.
    286/1998, art. 601 c.p.). Dates are real Excel dates, bare Excel serial numbers,
    Danish text (``03-07-2022``, ``3. juli 2022``), months ``juli 2022`` or ``Jul 2022``
    and quarters ``2. kvartal 2022``. Counts are numbers, with ``1.234`` text for large
    ones, ``ukendt`` for unknown and ``ingen / none`` for no suspects; latitude and
    longitude are numbers or text with a decimal comma. Team reports are pasted in
    twice, so a few rows are re-sent.

``pu_ilo_digest_cy.jsonl`` -- Norwegian Police Immigration Service (Politiets
    utlendingsenhet, PU), the digest of its immigration liaison officers (ILO) network:
    JSON lines, UTF-8, English keys. ISO dates (``2022-07-03``, ``2022-07-03T00:00:00Z``,
    basic ``20220703``), months ``2022-07``, quarters ``2022-Q3``. National offence
    references where the ILO sits (UK: s.25 Immigration Act 1971, Modern Slavery Act
    2015; US: 8 U.S.C. § 1324, 18 U.S.C. ch. 77; Italy: art. 12 TUI). Transit routes and
    associated offences are JSON arrays; the place is a WKT point (``POINT (lon lat)``,
    longitude first) or ``POINT EMPTY``. UK words: *UASC* (child), *HGV*, *small boat*,
    *criminal exploitation*; ``unknown``/``TBC`` for counts not known.

``ggd62_extraction_bdsp_cy.csv`` -- French Gendarmerie, Pas-de-Calais departmental
    group (GGD 62), an extraction of its crime database (BDSP): ISO-8859-15 (Latin-9),
    ``|``-delimited. Dates ``12/07/2022``, ``12/07/22``, ``12 juillet 2022`` or the
    report's ``12/07/2022 à 03h40``; months ``juillet 2022`` or ``07/2022``; quarters
    ``T3 2022`` or ``3e trimestre 2022``. Offences by article: art. 225-4-1 Code pénal
    (traite), art. L823-1 CESEDA (aide à l'entrée irrégulière; L622-1 before May 2021).
    Gendered French demonyms (``syrienne``, ``érythréens``), ``MNA`` for unaccompanied
    minors, ``Nb MEC`` (*mis en cause*) for suspects with ``néant``/``aucun``, ``NC``/``ND``
    for unknown counts, thousands with a no-break space. Coordinates as decimal-comma
    pairs, DMS with a decimal comma, or degrees and decimal minutes
    (``N 50° 57,078' - E 001° 51,522'``), ``O`` for west; ``non relevées`` when missing.
    Some rows are re-sent.

``cgef_atestados_cy.csv`` -- Spanish National Police, General Commissariat for Aliens
    and Borders (Comisaría General de Extranjería y Fronteras, CGEF), its register of
    police reports (*atestados*): UTF-8, ``;``-delimited. Dates ``12/07/2022``,
    ``12-07-2022``, ``12/7/22``, ``12 de julio de 2022`` or ISO; months ``julio de 2022``
    or ``07/2022``; quarters ``2022T3``, ``T3 2022`` or ``3er trimestre 2022``; ``s/f``
    (*sin fecha*) for no date. Offences: art. 318 bis CP (favorecimiento de la
    inmigración ilegal), art. 177 bis CP (trata). Spanish demonyms (``marroquíes``),
    *MENA* minors, *patera*, *cayuco*, *turismo* (a car), *salto de valla*; ``s/d`` for
    unknown counts, ``1.234`` thousands, a few mojibake names (``RumanÃ­a``).
    Coordinates as DMS with ``º`` and ``O`` (*oeste*) for west, or decimal-comma pairs.

Every file carries a note row (a date and a remark), a total row and, for the CSV
files, an empty row; bad rows (no date, impossible or future date, negative or
unreadable count) are planted by :mod:`trendlib.samples._examiner`.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND101_SOURCES", "CySource", "make_blind101"]

_Rng = np.random.Generator
Cells = dict[str, object]


@dataclass(frozen=True)
class CySource(ExaminerSource):
    """A ``blind101`` source: the shared fields plus its own wording.

    Attributes
    ----------
    style : str
        Which of the module's writers renders its dates, countries, counts and places.
    crime : dict
        Crime type -> ways the source writes it.
    exploit : dict
        Form of exploitation -> ways the source writes it.
    no_exploit : tuple
        Cells written for a pure smuggling case (no exploitation).
    gender, age, transport : dict
        Category -> ways the source writes it.
    na_words : tuple of str
        Words for "not applicable" (age group, transport mode).
    linked : dict
        Linked offence -> ways the source writes it.
    joiners : tuple of str
        Separators between linked offences.
    zero_words : tuple of str
        Words for "no suspects".
    count_unknown : tuple of str
        Words for a count of persons not known.
    suspects_unknown : tuple of str
        Words for a count of suspects not known.
    coord_unknown : tuple of str
        Words for a place not recorded.
    p_month, p_quarter : float
        Shares of (non-paired) rows dated to the month, to the quarter only.
    """

    style: str = ""
    crime: dict[str, tuple[str, ...]] | None = None
    exploit: dict[str, tuple[str, ...]] | None = None
    no_exploit: tuple[str | None, ...] = (None,)
    gender: dict[str, tuple[str, ...]] | None = None
    age: dict[str, tuple[str, ...]] | None = None
    transport: dict[str, tuple[str, ...]] | None = None
    na_words: tuple[str, ...] = ()
    linked: dict[str, tuple[str, ...]] | None = None
    joiners: tuple[str, ...] = ("; ",)
    zero_words: tuple[str, ...] = ()
    count_unknown: tuple[str, ...] = ()
    suspects_unknown: tuple[str, ...] = ()
    coord_unknown: tuple[str, ...] = ()
    p_month: float = 0.0
    p_quarter: float = 0.0


# --------------------------------------------------------------------------------------
# Country wording (the examiner's own tables)
# --------------------------------------------------------------------------------------
_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GIN": ("Guinea", "Guinea (Conakry)"),
    "GMB": ("Gambia", "The Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran", "Iran (Islamic Rep.)"),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia",),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA", "U.S."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_TYPO: dict[str, str] = {
    "AFG": "Afganistan",
    "ERI": "Eritria",
    "MAR": "Marocco",
    "PAK": "Pakisatn",
    "BGD": "Bangaldesh",
}
_EN_DEMONYM: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_DA: dict[str, str] = {
    "AFG": "Afghanistan",
    "ALB": "Albanien",
    "AUT": "Østrig",
    "BGR": "Bulgarien",
    "BIH": "Bosnien-Hercegovina",
    "BLR": "Hviderusland",
    "CHN": "Kina",
    "CIV": "Elfenbenskysten",
    "DEU": "Tyskland",
    "DZA": "Algeriet",
    "EGY": "Egypten",
    "ESP": "Spanien",
    "FRA": "Frankrig",
    "GBR": "Storbritannien",
    "GRC": "Grækenland",
    "HRV": "Kroatien",
    "HUN": "Ungarn",
    "IRQ": "Irak",
    "ITA": "Italien",
    "LBY": "Libyen",
    "MAR": "Marokko",
    "MKD": "Nordmakedonien",
    "POL": "Polen",
    "ROU": "Rumænien",
    "RUS": "Rusland",
    "SRB": "Serbien",
    "SYR": "Syrien",
    "TUN": "Tunesien",
    "TUR": "Tyrkiet",
}
_FR: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
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
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
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
    "NGA": ("Nigeria",),
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
}
_FR_TYPO: dict[str, str] = {
    "DZA": "Algerie",
    "EGY": "Egypte",
    "ERI": "Erythree",
    "SEN": "Senegal",
    "AFG": "Afganistan",
}
#: (masculine, feminine) singular; plurals by the usual rule.
_FR_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_ES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
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
    "IRQ": ("Irak",),
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
    "USA": ("Estados Unidos", "EE. UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_TYPO: dict[str, str] = {
    "AFG": "Afganistan",
    "PAK": "Pakistan",
    "IRN": "Iran",
    "TUN": "Tunez",
    "HTI": "Haiti",
    "MEX": "Mexico",
    "PAN": "Panama",
}
#: (masculine singular, feminine singular, masculine plural).
_ES_DEMONYM: dict[str, tuple[str, str, str]] = {
    "AFG": ("afgano", "afgana", "afganos"),
    "ALB": ("albanés", "albanesa", "albaneses"),
    "BGD": ("bangladesí", "bangladesí", "bangladesíes"),
    "CHN": ("chino", "china", "chinos"),
    "CIV": ("marfileño", "marfileña", "marfileños"),
    "CMR": ("camerunés", "camerunesa", "cameruneses"),
    "COL": ("colombiano", "colombiana", "colombianos"),
    "DZA": ("argelino", "argelina", "argelinos"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos"),
    "EGY": ("egipcio", "egipcia", "egipcios"),
    "ERI": ("eritreo", "eritrea", "eritreos"),
    "GIN": ("guineano", "guineana", "guineanos"),
    "GMB": ("gambiano", "gambiana", "gambianos"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos"),
    "HND": ("hondureño", "hondureña", "hondureños"),
    "HTI": ("haitiano", "haitiana", "haitianos"),
    "IRN": ("iraní", "iraní", "iraníes"),
    "IRQ": ("iraquí", "iraquí", "iraquíes"),
    "MAR": ("marroquí", "marroquí", "marroquíes"),
    "MEX": ("mexicano", "mexicana", "mexicanos"),
    "MLI": ("maliense", "maliense", "malienses"),
    "NGA": ("nigeriano", "nigeriana", "nigerianos"),
    "PAK": ("pakistaní", "pakistaní", "pakistaníes"),
    "ROU": ("rumano", "rumana", "rumanos"),
    "SEN": ("senegalés", "senegalesa", "senegaleses"),
    "SYR": ("sirio", "siria", "sirios"),
    "TUN": ("tunecino", "tunecina", "tunecinos"),
    "TUR": ("turco", "turca", "turcos"),
    "VEN": ("venezolano", "venezolana", "venezolanos"),
    "VNM": ("vietnamita", "vietnamita", "vietnamitas"),
    "YEM": ("yemení", "yemení", "yemeníes"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_DA_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
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
_ES_ORDINAL = ("1er", "2º", "3er", "4º")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _en(code: str, rng: _Rng) -> str:
    return choice(rng, _EN.get(code, (code,)))


def _fr(code: str, rng: _Rng) -> str:
    return choice(rng, _FR.get(code, (code,)))


def _es(code: str, rng: _Rng) -> str:
    return choice(rng, _ES.get(code, (code,)))


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (_quarter(ts) - 1) + 1, day=1)


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its year mistyped into the future (2022 -> 2202, 2023 -> 2032)."""
    text = f"{ts.year:04d}"
    swaps = [text[0] + text[2] + text[1] + text[3], text[:2] + text[3] + text[2]]
    years = [int(s) for s in swaps if int(s) > ts.year + 5]
    year = max(years) if years else ts.year + 200
    day = ts.day
    if ts.month == 2 and day == 29 and not pd.Timestamp(year=year, month=1, day=1).is_leap_year:
        day = 28
    return pd.Timestamp(year=year, month=ts.month, day=day)


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """Return a (day, month, year) that does not exist (31 April, 30 February ...)."""
    month = int(rng.choice([2, 4, 6, 9, 11]))
    day = 30 if month == 2 else 31
    return day, month, ts.year


def _dms(value: float, pos: str, neg: str, sec_digits: int) -> tuple[int, int, float, str, float]:
    """Return degrees, minutes, seconds, hemisphere and the decimal value they give."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600, sec_digits)
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    sec = round(total - deg * 3600 - minutes * 60, sec_digits)
    back = (deg + minutes / 60 + sec / 3600) * (1 if value >= 0 else -1)
    return deg, minutes, sec, hemi, back


def _dm(value: float, pos: str, neg: str) -> tuple[int, float, str, float]:
    """Return degrees, decimal minutes (3 decimals), hemisphere and the decimal value."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 60, 3)
    deg = int(total // 60)
    minutes = round(total - deg * 60, 3)
    back = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return deg, minutes, hemi, back


def _comma(value: float, digits: int) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def _exploitation_cell(src: CySource, ev: dict[str, object], rng: _Rng) -> object:
    form = ev["exploitation"]
    if form is None:
        return choice(rng, [c or "" for c in src.no_exploit]) or None
    assert src.exploit is not None
    return choice(rng, src.exploit[str(form)])


def _linked_words(src: CySource, ev: dict[str, object], rng: _Rng) -> list[str]:
    value = ev["linked_offences"]
    if value is None:
        return []
    assert src.linked is not None
    return [choice(rng, src.linked[v]) for v in str(value).split("|")]


def _weighted(rng: _Rng, options: dict[str, float]) -> str:
    keys = list(options)
    w = np.array([options[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


# --------------------------------------------------------------------------------------
# Dates: (cell, tag) for a row of the given precision
# --------------------------------------------------------------------------------------
def _date_uhcp(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    if prec == "month":
        style = _weighted(rng, {"roman": 0.5, "num": 0.3, "name": 0.2})
        if style == "roman":
            return f"{_ROMAN[ts.month - 1]}/{ts.year}", "month_roman"
        if style == "num":
            return f"{ts.month:02d}/{ts.year}", "month_numeric"
        return f"{MONTHS[ts.month - 1]} {ts.year}", "month_name"
    if prec == "quarter":
        q = _quarter(ts)
        return choice(rng, (f"Q{q}/{ts.year}", f"{q}Q {ts.year}")), "quarter"
    style = _weighted(rng, {"short": 0.35, "padded": 0.35, "spaced": 0.2, "iso": 0.1})
    if style == "short":
        return f"{ts.day}.{ts.month}.{ts.year}", "date_dots"
    if style == "padded":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}", "date_dots"
    if style == "spaced":
        return f"{ts.day}. {ts.month}. {ts.year}", "date_spaced_dots"
    return ts.strftime("%Y-%m-%d"), "date_iso"


def _date_nuc(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    if prec == "month":
        if rng.random() < 0.6:
            return f"{_DA_MONTHS[ts.month - 1]} {ts.year}", "month_danish"
        return f"{MONTHS[ts.month - 1][:3]} {ts.year}", "month_name"
    if prec == "quarter":
        q = _quarter(ts)
        return choice(rng, (f"{q}. kvartal {ts.year}", f"Q{q} {ts.year}")), "quarter"
    style = _weighted(rng, {"excel": 0.6, "serial": 0.15, "dashes": 0.15, "long": 0.1})
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day), "excel_date"
    if style == "serial":
        return int((ts - _EXCEL_EPOCH).days), "excel_serial"
    if style == "dashes":
        return f"{ts.day:02d}-{ts.month:02d}-{ts.year}", "date_text"
    return f"{ts.day}. {_DA_MONTHS[ts.month - 1]} {ts.year}", "date_danish_long"


def _date_pu(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    if prec == "month":
        return f"{ts.year}-{ts.month:02d}", "month_iso"
    if prec == "quarter":
        return f"{ts.year}-Q{_quarter(ts)}", "quarter"
    style = _weighted(rng, {"iso": 0.7, "stamp": 0.15, "basic": 0.15})
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if style == "stamp":
        return ts.strftime("%Y-%m-%dT00:00:00Z"), "date_timestamp"
    return ts.strftime("%Y%m%d"), "date_basic_iso"


def _date_ggd(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    if prec == "month":
        if rng.random() < 0.6:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", "month_name"
        return f"{ts.month:02d}/{ts.year}", "month_numeric"
    if prec == "quarter":
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}")), "quarter"
    style = _weighted(rng, {"slash": 0.5, "short": 0.2, "long": 0.15, "time": 0.15})
    if style == "slash":
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if style == "short":
        return ts.strftime("%d/%m/%y"), "date_two_digit_year"
    if style == "long":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 12)) * 5
    return f"{ts.strftime('%d/%m/%Y')} à {hour:02d}h{minute:02d}", "date_with_time"


def _date_cgef(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    if prec == "month":
        if rng.random() < 0.6:
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", "month_name"
        return f"{ts.month:02d}/{ts.year}", "month_numeric"
    if prec == "quarter":
        q = _quarter(ts)
        return choice(
            rng, (f"{ts.year}T{q}", f"T{q} {ts.year}", f"{_ES_ORDINAL[q - 1]} trimestre {ts.year}")
        ), "quarter"
    style = _weighted(rng, {"slash": 0.45, "dash": 0.2, "short": 0.15, "long": 0.1, "iso": 0.1})
    if style == "slash":
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if style == "dash":
        return ts.strftime("%d-%m-%Y"), "date_dmy"
    if style == "short":
        return f"{ts.day}/{ts.month}/{ts.year % 100:02d}", "date_two_digit_year"
    if style == "long":
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", "date_month_name"
    return ts.strftime("%Y-%m-%d"), "date_iso"


# --------------------------------------------------------------------------------------
# Countries: (cell, tag) for a code in a role (nat, origin, dest, detect)
# --------------------------------------------------------------------------------------
def _country_uhcp(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if role == "nat":
        if r < 0.6:
            return code, "iso3"
        if r < 0.8:
            return _en(code, rng), "name"
        if r < 0.97 and code in _EN_DEMONYM:
            return _EN_DEMONYM[code], "demonym"
    elif r < 0.5:
        return code, "iso3"
    if code in _EN_TYPO and rng.random() < 0.15:
        return _EN_TYPO[code], "typo"
    return _en(code, rng), "name"


def _country_nuc(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if r < 0.12:
        return iso_codes(code)[0], "iso2"
    if r < 0.27 and code in _DA:
        return _DA[code], "danish_name"
    if role == "nat" and r < 0.35 and code in _EN_DEMONYM:
        return _EN_DEMONYM[code], "demonym"
    return _en(code, rng), "name"


def _country_pu(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if role == "nat" and r > 0.7 and code in _EN_DEMONYM:
        return _EN_DEMONYM[code], "demonym"
    if role in ("dest", "origin") and r > 0.8:
        return _en(code, rng), "name"
    return code, "iso3"


def _country_ggd(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if role == "nat" and code in _FR_DEMONYM and r < 0.65:
        masc, fem = _FR_DEMONYM[code]
        female = ev["gender"] == "female"
        word = fem if female else masc
        if int(ev["n_persons"] or 1) > 1:  # type: ignore[call-overload]
            word = word if word.endswith(("s", "x")) else word + "s"
        if rng.random() < 0.3:
            word = word.capitalize()
        return word, "demonym"
    if role == "dest" and code == "GBR" and r < 0.2:
        return "Angleterre", "england_for_uk"
    if role == "detect" and r < 0.15:
        return iso_codes(code)[0], "iso2"
    if code in _FR_TYPO and r > 0.93:
        return _FR_TYPO[code], "no_accent"
    return _fr(code, rng), "name"


def _country_cgef(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    r = rng.random()
    if role == "nat" and code in _ES_DEMONYM and r < 0.5:
        masc, fem, plural = _ES_DEMONYM[code]
        many = int(ev["n_persons"] or 1) > 1  # type: ignore[call-overload]
        female = ev["gender"] == "female"
        if many:
            word = (plural if fem == masc else fem + "s") if female else plural
        else:
            word = fem if female else masc
        return word, "demonym"
    if r > 0.9:
        return code, "iso3"
    name = _es(code, rng)
    if rng.random() < 0.05:
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, "mojibake"
    if code in _ES_TYPO and rng.random() < 0.2:
        return _ES_TYPO[code], "no_accent"
    return name, "name"


# --------------------------------------------------------------------------------------
# Transit routes
# --------------------------------------------------------------------------------------
def _transit_uhcp(codes: list[str], rng: _Rng) -> tuple[object, str]:
    if not codes:
        return choice(rng, ("", "", "direct")) or None, "no_transit"
    if rng.random() < 0.6:
        return "-".join(codes), "route_codes"
    return choice(rng, (" – ", " > ")).join(_en(c, rng) for c in codes), "route_names"


def _transit_nuc(codes: list[str], rng: _Rng) -> tuple[object, str]:
    if not codes:
        return None, "no_transit"
    names = [_DA[c] if c in _DA and rng.random() < 0.2 else _en(c, rng) for c in codes]
    return ", ".join(names), "route_names"


def _transit_pu(codes: list[str], rng: _Rng) -> tuple[object, str]:
    return list(codes), "route_array"


def _transit_ggd(codes: list[str], rng: _Rng) -> tuple[object, str]:
    if not codes:
        return choice(rng, ("", "néant", "")) or None, "no_transit"
    return choice(rng, (", ", " > ", " / ")).join(_fr(c, rng) for c in codes), "route_names"


def _transit_cgef(codes: list[str], rng: _Rng) -> tuple[object, str]:
    if not codes:
        return choice(rng, ("", "—", "ninguno")) or None, "no_transit"
    if rng.random() < 0.25:
        return "-".join(codes), "route_codes"
    return choice(rng, (", ", " - ")).join(_es(c, rng) for c in codes), "route_names"


# --------------------------------------------------------------------------------------
# Places: (cells, lat, lon, tag)
# --------------------------------------------------------------------------------------
def _place_uhcp(lat: float, lon: float, rng: _Rng) -> tuple[Cells, float, float, str]:
    style = _weighted(rng, {"prefix": 0.3, "suffix": 0.25, "pair": 0.2, "dms": 0.25})
    if style == "dms":
        d1, m1, s1, h1, la = _dms(lat, "N", "S", 1)
        d2, m2, s2, h2, lo = _dms(lon, "E", "W", 1)
        text = f"{d1}°{m1:02d}'{s1:04.1f}\"{h1} {d2}°{m2:02d}'{s2:04.1f}\"{h2}"
        return {"coordinates": text}, la, lo, "coords_dms"
    la, lo = round(lat, 5), round(lon, 5)
    ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
    if style == "prefix":
        text = f"{ns}{abs(la):.5f} {ew}{abs(lo):.5f}"
    elif style == "suffix":
        text = f"{abs(la):.5f}{ns}, {abs(lo):.5f}{ew}"
    else:
        text = f"{la:.5f}, {lo:.5f}"
    return {"coordinates": text}, la, lo, "coords_decimal"


def _place_nuc(lat: float, lon: float, rng: _Rng) -> tuple[Cells, float, float, str]:
    la, lo = round(lat, 5), round(lon, 5)
    if rng.random() < 0.8:
        return {"lat": la, "lon": lo}, la, lo, "coords_numbers"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": _comma(la, 4), "lon": _comma(lo, 4)}, la, lo, "coords_decimal_comma"


def _place_pu(lat: float, lon: float, rng: _Rng) -> tuple[Cells, float, float, str]:
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"POINT ({lo:.5f} {la:.5f})"}, la, lo, "coords_wkt"


def _place_ggd(lat: float, lon: float, rng: _Rng) -> tuple[Cells, float, float, str]:
    style = _weighted(rng, {"pair": 0.45, "dms": 0.3, "dm": 0.25})
    if style == "dms":
        d1, m1, s1, h1, la = _dms(lat, "N", "S", 1)
        d2, m2, s2, h2, lo = _dms(lon, "E", "O", 1)
        text = f"{d1}° {m1:02d}' {_comma(s1, 1)}\" {h1} - {d2}° {m2:02d}' {_comma(s2, 1)}\" {h2}"
        return {"coordinates": text}, la, lo, "coords_dms"
    if style == "dm":
        d1, mm1, h1, la = _dm(lat, "N", "S")
        d2, mm2, h2, lo = _dm(lon, "E", "O")
        text = f"{h1} {d1:02d}° {_comma(mm1, 3)}' - {h2} {d2:03d}° {_comma(mm2, 3)}'"
        return {"coordinates": text}, la, lo, "coords_degrees_minutes"
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{_comma(la, 5)} ; {_comma(lo, 5)}"}, la, lo, "coords_decimal_comma"


def _place_cgef(lat: float, lon: float, rng: _Rng) -> tuple[Cells, float, float, str]:
    style = _weighted(rng, {"dms": 0.5, "comma": 0.3, "dot": 0.2})
    if style == "dms":
        d1, m1, s1, h1, la = _dms(lat, "N", "S", 0)
        d2, m2, s2, h2, lo = _dms(lon, "E", "O", 0)
        text = f"{d1}º {m1:02d}' {int(s1):02d}'' {h1}  {d2}º {m2:02d}' {int(s2):02d}'' {h2}"
        return {"coordinates": text}, la, lo, "coords_dms"
    la, lo = round(lat, 5), round(lon, 5)
    if style == "comma":
        return {"coordinates": f"{_comma(la, 5)} / {_comma(lo, 5)}"}, la, lo, "coords_decimal_comma"
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, "coords_decimal"


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons_text(style: str, n: int, rng: _Rng) -> tuple[object, str]:
    if style == "nuc":
        if n >= 1000 and rng.random() < 0.5:
            return f"{n:,}".replace(",", "."), "thousands_dot"
        return n, "count_number"
    if style == "pu":
        return n, "count_number"
    if n >= 1000:
        sep = {"uhcp": " ", "ggd": choice(rng, ("\u00a0", " ")), "cgef": "."}[style]
        if rng.random() < 0.8:
            return f"{n:,}".replace(",", sep), "thousands_separator"
        return str(n), "count_text"
    r = rng.random()
    if style == "uhcp" and r < 0.15:
        return f"{n} {choice(rng, ('pax', 'pers.'))}", "count_with_unit"
    if style == "ggd" and r < 0.1:
        return f"{n} pers.", "count_with_unit"
    return str(n), "count_text"


# --------------------------------------------------------------------------------------
# Crime type with the source's legal references
# --------------------------------------------------------------------------------------
def _crime_cell(src: CySource, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    where = str(ev["detection_country"])
    assert src.crime is not None
    options = list(src.crime[crime])
    if src.style == "ggd" and ts < pd.Timestamp("2021-05-01"):  # before the CESEDA recast
        options = [o.replace("L823-1", "L622-1").replace("L. 823-1", "L. 622-1") for o in options]
    if src.style in ("pu", "nuc"):
        options += list(_NATIONAL_LAW.get((where, crime), ()))
    return choice(rng, options)


_NATIONAL_LAW: dict[tuple[str, str], tuple[str, ...]] = {
    ("GBR", "smuggling"): ("s.25 Immigration Act 1971", "facilitation (s25 IA 1971)"),
    ("GBR", "trafficking"): ("Modern Slavery Act 2015 s.2", "MSA 2015 s2 (trafficking)"),
    ("GBR", "both"): ("s.25 IA 1971 + MSA 2015 s.2",),
    ("USA", "smuggling"): ("8 U.S.C. § 1324", "alien smuggling (8 USC 1324)"),
    ("USA", "trafficking"): ("TVPA - 18 U.S.C. ch. 77",),
    ("USA", "both"): ("8 USC 1324 + TVPA (18 USC ch. 77)",),
    ("ITA", "smuggling"): ("art. 12 D.Lgs. 286/1998", "Art. 12 TUI (favoreggiamento)"),
    ("ITA", "trafficking"): ("art. 601 c.p. (tratta)",),
    ("ITA", "both"): ("art. 601 c.p. + art. 12 TUI",),
}


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
_DATES = {
    "uhcp": _date_uhcp,
    "nuc": _date_nuc,
    "pu": _date_pu,
    "ggd": _date_ggd,
    "cgef": _date_cgef,
}
_COUNTRIES = {
    "uhcp": _country_uhcp,
    "nuc": _country_nuc,
    "pu": _country_pu,
    "ggd": _country_ggd,
    "cgef": _country_cgef,
}
_TRANSIT = {
    "uhcp": _transit_uhcp,
    "nuc": _transit_nuc,
    "pu": _transit_pu,
    "ggd": _transit_ggd,
    "cgef": _transit_cgef,
}
_PLACES = {
    "uhcp": _place_uhcp,
    "nuc": _place_nuc,
    "pu": _place_pu,
    "ggd": _place_ggd,
    "cgef": _place_cgef,
}


def _transport_words(src: CySource, ev: dict[str, object]) -> tuple[str, ...]:
    """Return the source's words for the event's mode, its most specific context first."""
    assert src.transport is not None
    mode = str(ev["transport_mode"])
    for where in (ev.get("hotspot"), ev.get("corridor"), ev.get("detection_country")):
        words = src.transport.get(f"{mode}:{where}")
        if words:
            return words
    return src.transport[mode]


def _fit(src: CySource, text: object, fallback: str) -> object:
    """Return the cell, or ``fallback`` if the file's encoding cannot hold it."""
    if isinstance(text, str) and not fits(text, src):
        return fallback
    return text


def _render(
    src: CySource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    exp["event_date"] = ts
    exp["date_precision"] = "day"
    cells: Cells = {}
    tags: list[str] = []
    style = src.style

    # date
    prec = "day"
    if partial_ok:
        r = rng.random()
        prec = (
            "month" if r < src.p_month else "quarter" if r < src.p_month + src.p_quarter else prec
        )
    cells["event_date"], tag = _DATES[style](ts, prec, rng)
    tags.append(tag)
    if prec == "month":
        exp["event_date"], exp["date_precision"] = _month_start(ts), "month"
        tags.append("partial_month")
    elif prec == "quarter":
        exp["event_date"], exp["date_precision"] = _quarter_start(ts), "quarter"
        tags.append("partial_quarter")

    # offence and exploitation
    cells["crime_type"] = _crime_cell(src, ev, ts, rng)
    cells["exploitation"] = _exploitation_cell(src, ev, rng)

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _persons_text(style, n, rng)
        tags.append(tag)

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = choice(rng, src.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.45:
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)

    # people
    assert src.gender is not None
    assert src.age is not None
    cells["gender"] = choice(rng, src.gender[str(ev["gender"])])
    if rng.random() < 0.012:
        cells["age_group"] = choice(rng, src.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, src.age[str(ev["age_group"])])

    # countries
    country = _COUNTRIES[style]
    for col, role in (
        ("nationality", "nat"),
        ("origin_country", "origin"),
        ("destination_country", "dest"),
        ("detection_country", "detect"),
    ):
        code = ev[col]
        if code is None:
            cells[col] = None
            continue
        text, tag = country(str(code), role, ev, rng)
        cells[col] = _fit(src, text, str(code))
        tags.append(f"{col}_{tag}")
    transit = str(ev["transit_countries"]).split("|") if ev["transit_countries"] else []
    cells["transit_countries"], tag = _TRANSIT[style](transit, rng)
    cells["transit_countries"] = _fit(src, cells["transit_countries"], "-".join(transit))
    tags.append(tag)

    # transport
    if rng.random() < 0.012:
        cells["transport_mode"] = choice(rng, src.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _transport_words(src, ev))

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    coord_cols = ("lat", "lon") if "lat" in src.headers else ("coordinates",)
    if r < 0.03:
        for c in coord_cols:
            cells[c] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.05 and src.coord_unknown:
        for c in coord_cols:
            cells[c] = choice(rng, src.coord_unknown)
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        place, la, lo, tag = _PLACES[style](lat, lon, rng)
        cells.update(place)
        exp["lat"], exp["lon"] = round(la, 6), round(lo, 6)
        tags.append(tag)

    # linked offences
    words = _linked_words(src, ev, rng)
    if style == "pu":
        cells["linked_offences"] = words
    elif words:
        cells["linked_offences"] = choice(rng, src.joiners).join(words)
    else:
        cells["linked_offences"] = None

    # a second report that leaves one field blank
    if forced_blank is not None:
        if forced_blank == "coordinates":
            for c in coord_cols:
                cells[c] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and note dates, in each source's date style
# --------------------------------------------------------------------------------------
def _bad_date(src: CySource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (no, impossible or future date)."""
    style = src.style
    if kind == "no_date":
        if style == "cgef" and rng.random() < 0.5:
            return "s/f"
        return None
    if kind == "bad_date":
        d, m, y = _impossible(ts, rng)
        return {
            "uhcp": f"{d}.{m}.{y}",
            "nuc": f"{d:02d}-{m:02d}-{y}",
            "pu": f"{y}-{m:02d}-{d:02d}",
            "ggd": f"{d:02d}/{m:02d}/{y}",
            "cgef": f"{d:02d}/{m:02d}/{y}",
        }[style]
    fut = _future(ts)
    return {
        "uhcp": f"{fut.day}.{fut.month}.{fut.year}",
        "nuc": dt.datetime(fut.year, fut.month, fut.day),
        "pu": fut.strftime("%Y-%m-%d"),
        "ggd": fut.strftime("%d/%m/%Y"),
        "cgef": fut.strftime("%d/%m/%Y"),
    }[style]


def _note_date(src: CySource, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the extraction, after the last case."""
    day = last + pd.Timedelta(days=3)
    return {
        "uhcp": f"{day.day}.{day.month}.{day.year}",
        "nuc": dt.datetime(day.year, day.month, day.day),
        "pu": day.strftime("%Y-%m-%d"),
        "ggd": day.strftime("%d/%m/%Y"),
        "cgef": day.strftime("%d/%m/%Y"),
    }[src.style]


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_UHCP = CySource(
    source="uhcp_sk",
    filename="uhcp_risk_analysis_cy.csv",
    ref="ČVS:ÚHCP-{seq}/{year}-OAR",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref. No. (ČVS)",
        "event_date": "Date of detection",
        "detection_country": "State of detection",
        "coordinates": "GPS (WGS-84)",
        "crime_type": "Criminal offence (CC §)",
        "exploitation": "Form of exploitation",
        "n_persons": "Persons (pax)",
        "nationality": "Citizenship (ISO)",
        "gender": "Sex",
        "age_group": "Age cat.",
        "origin_country": "Country of origin",
        "transit_countries": "Transit states (route)",
        "destination_country": "Intended destination",
        "transport_mode": "Means of transport",
        "n_suspects": "Smugglers / perpetrators",
        "linked_offences": "Related offences",
    },
    note="Note: extract from ÚHCP IS incl. partner reports; provisional data",
    total="TOTAL (sum)",
    bad_count=("several", "group", "a few"),
    repeats=False,
    style="uhcp",
    crime={
        "smuggling": (
            "§ 355 TZ",
            "smuggling (§ 355 CC)",
            "Migrant smuggling - § 355",
            "§ 355 Act 300/2005 Coll.",
            "SoM (§ 355)",
        ),
        "trafficking": (
            "§ 179 TZ",
            "THB (§ 179 CC)",
            "Trafficking in human beings - § 179",
            "THB",
        ),
        "both": ("§ 179 + § 355 TZ", "THB + smuggling (§§ 179, 355)", "smuggling/THB"),
    },
    exploit={
        "sexual": ("sexual exploitation", "SE", "prostitution"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminal activities", "forced criminality"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other form"),
    },
    no_exploit=(None, None, "n/a", "–"),
    gender={
        "male": ("M", "men", "male"),
        "female": ("F", "women", "female"),
        "mixed": ("M+F", "mixed", "men & women"),
    },
    age={
        "adult": ("adults", "18+", "adult"),
        "child": ("minors", "UAM", "children", "<18"),
        "mixed": ("adults + minors", "mixed"),
    },
    transport={
        "land": ("lorry", "truck (TIR)", "van", "car", "on foot", "train", "hidden in lorry"),
        "sea": ("boat", "vessel", "rubber dinghy", "sailing boat"),
        "air": ("flight", "air", "aircraft"),
    },
    na_words=("n/a", "not applicable"),
    linked={
        "document_fraud": ("forged documents (§ 352)", "document fraud", "falsified travel docs"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering", "legalisation of proceeds of crime"),
        "illicit_goods": ("smuggling of goods", "contraband (cigarettes)", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    joiners=("; ", ", "),
    zero_words=("none", "nil", "0 (none)"),
    count_unknown=("n/k", "not established"),
    suspects_unknown=("n/k", "not known"),
    coord_unknown=("n/a",),
    p_month=0.05,
    p_quarter=0.02,
)

_NUC = CySource(
    source="rigspolitiet_nuc",
    filename="rigspolitiet_nuc_jo_cy.xlsx",
    ref="0100-87310-{seq:05d}-{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Journalnr. / Case no.",
        "event_date": "Dato / Date",
        "detection_country": "Hændelsesland / Country of incident",
        "lat": "Breddegrad / Latitude",
        "lon": "Længdegrad / Longitude",
        "crime_type": "Forhold / Offence",
        "exploitation": "Udnyttelsesform / Type of exploitation",
        "n_persons": "Antal personer / No. of persons",
        "n_suspects": "Antal mistænkte / No. of suspects",
        "gender": "Køn / Sex",
        "age_group": "Alder / Age",
        "nationality": "Statsborgerskab / Nationality",
        "origin_country": "Oprindelsesland / Country of origin",
        "transit_countries": "Transitlande / Transit countries",
        "destination_country": "Destinationsland / Destination",
        "transport_mode": "Transportmiddel / Means of transport",
        "linked_offences": "Andre forhold / Other offences",
    },
    note="Bemærk / Note: foreløbige tal fra JO-udsendelser - provisional figures",
    total="I alt / Total",
    bad_count=("flere / several", "en gruppe / a group"),
    repeats=True,
    style="nuc",
    crime={
        "smuggling": (
            "Menneskesmugling / Migrant smuggling",
            "Migrant smuggling",
            "Facilitation of irregular entry",
            "SoM",
        ),
        "trafficking": ("Menneskehandel / THB", "Human trafficking", "THB"),
        "both": ("Menneskesmugling og -handel / SoM & THB", "SoM + THB"),
    },
    exploit={
        "sexual": ("Seksuel udnyttelse / Sexual exploitation", "Sexual"),
        "forced_labour": ("Tvangsarbejde / Forced labour", "Labour exploitation"),
        "forced_criminality": (
            "Tvunget til kriminalitet / Forced criminality",
            "Criminal activities",
        ),
        "forced_marriage": ("Tvangsægteskab / Forced marriage",),
        "organ_removal": ("Organfjernelse / Organ removal",),
        "other": ("Andet / Other",),
    },
    no_exploit=(None, None, None, "N/A"),
    gender={
        "male": ("Mand / Male", "Male", "M"),
        "female": ("Kvinde / Female", "Female", "F"),
        "mixed": ("Blandet / Mixed", "Mixed"),
    },
    age={
        "adult": ("Voksen / Adult", "Adults"),
        "child": ("Barn / Child", "Minors", "UAM"),
        "mixed": ("Blandet / Mixed", "Adults & minors"),
    },
    transport={
        "land": ("Lastbil / Lorry", "Bil / Car", "Til fods / On foot", "Bus", "Tog / Train"),
        "sea": (
            "Båd / Boat",
            "Gummibåd / Dinghy",
            "Sejlbåd / Sailing boat",
            "Fiskerbåd / Fishing vessel",
        ),
        "air": ("Fly / Air", "Fly / Flight"),
    },
    na_words=("Ikke relevant / N/A",),
    linked={
        "document_fraud": ("Dokumentfalsk / Document fraud",),
        "corruption": ("Korruption / Corruption",),
        "money_laundering": ("Hvidvask / Money laundering",),
        "illicit_goods": ("Narkotika / Drugs", "Smuglergods / Contraband"),
        "cybercrime": ("IT-kriminalitet / Cybercrime",),
        "terrorism": ("Terrorisme / Terrorism",),
    },
    joiners=("; ", ", "),
    zero_words=("ingen / none", "ingen"),
    count_unknown=("ukendt / unknown", "ukendt"),
    suspects_unknown=("ukendt / unknown", "ukendt"),
    coord_unknown=(),
    p_month=0.04,
    p_quarter=0.015,
)

_PU = CySource(
    source="pu_ilo_norway",
    filename="pu_ilo_digest_cy.jsonl",
    ref="PU-ILO/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "pu_ref",
        "event_date": "date_of_incident",
        "detection_country": "detected_in",
        "coordinates": "geom_wkt",
        "crime_type": "offence_cat",
        "exploitation": "exploitation",
        "n_persons": "no_persons",
        "n_suspects": "no_facilitators",
        "gender": "gender",
        "age_group": "age_cat",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "final_dest",
        "transport_mode": "conveyance",
        "linked_offences": "assoc_offences",
    },
    note="Digest compiled by the PU ILO desk, Oslo - figures provisional",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    style="pu",
    crime={
        "smuggling": ("SOM", "migrant smuggling", "facilitation"),
        "trafficking": ("THB", "human trafficking"),
        "both": ("SOM/THB", "smuggling + trafficking"),
    },
    exploit={
        "sexual": ("sexual", "sexual exploitation", "SE"),
        "forced_labour": ("labour", "labour exploitation", "forced labour"),
        "forced_criminality": ("criminal exploitation", "forced criminality"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ harvesting",),
        "other": ("other",),
    },
    no_exploit=(None,),
    gender={
        "male": ("M", "male", "all male"),
        "female": ("F", "female", "all female"),
        "mixed": ("mixed", "M/F"),
    },
    age={
        "adult": ("adult", "adults"),
        "child": ("minor", "UASC", "child"),
        "mixed": ("mixed", "adults and minors"),
    },
    transport={
        "land": ("land", "lorry", "on foot", "car", "bus"),
        "land:USA": ("on foot", "tractor-trailer", "pick-up truck", "land"),
        "land:PAN": ("on foot", "on foot (jungle trail)", "land", "bus"),
        "land:GBR": ("HGV", "lorry", "land", "car", "coach"),
        "sea": ("sea", "fishing boat", "dinghy", "wooden boat"),
        "sea:GBR": ("small boat", "sea", "RHIB"),
        "sea:channel": ("small boat", "sea", "small boat (dinghy)"),
        "air": ("air", "commercial flight"),
    },
    na_words=("not applicable",),
    linked={
        "document_fraud": ("document fraud", "false documents", "forged passports"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "contraband", "firearms"),
        "cybercrime": ("cyber-enabled crime", "cybercrime"),
        "terrorism": ("terrorism",),
    },
    joiners=("; ",),
    zero_words=("none", "nil"),
    count_unknown=("unknown", "not stated", "TBC"),
    suspects_unknown=("unknown", "TBC"),
    coord_unknown=("POINT EMPTY",),
    p_month=0.03,
    p_quarter=0.03,
)

_GGD = CySource(
    source="gendarmerie_ggd62",
    filename="ggd62_extraction_bdsp_cy.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="iso-8859-15",
    delimiter="|",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification des faits",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb MEC",
        "nationality": "Nationalité",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "transport_mode": "Mode de transport",
        "detection_country": "Pays de constatation",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction BDSP - chiffres provisoires, non consolidés",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe"),
    repeats=True,
    style="ggd",
    crime={
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "aide à l'entrée et au séjour irréguliers",
            "aide à l'entrée irrégulière en bande organisée",
            "art. L. 823-1 CESEDA",
            "filière de passeurs",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "traite des êtres humains",
            "art. 225-4-1 C. pén.",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "art. 225-4-1 CP / art. L823-1 CESEDA",
        ),
    },
    exploit={
        "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    no_exploit=(None, "sans objet", None),
    gender={
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F", "féminin"),
        "mixed": ("mixte", "hommes et femmes", "H/F"),
    },
    age={
        "adult": ("majeurs", "majeur", "adultes"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "land": (
            "poids lourd",
            "PL",
            "camion",
            "véhicule léger",
            "VL",
            "à pied",
            "train",
            "autocar",
            "navette Eurotunnel",
        ),
        "sea": ("small boat", "embarcation pneumatique", "canot", "bateau"),
        "air": ("avion", "voie aérienne", "vol commercial"),
    },
    na_words=("sans objet",),
    linked={
        "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants", "contrebande de tabac", "trafic d'armes"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    joiners=(", ", " + "),
    zero_words=("néant", "aucun", "NÉANT"),
    count_unknown=("NC", "inconnu", "ND"),
    suspects_unknown=("inconnu", "NC"),
    coord_unknown=("non relevées",),
    p_month=0.04,
    p_quarter=0.02,
)

_CGEF = CySource(
    source="cgef_policia_nacional",
    filename="cgef_atestados_cy.csv",
    ref="AT-{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-8",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº atestado",
        "event_date": "Fecha de los hechos",
        "detection_country": "País de detección",
        "crime_type": "Tipología penal",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Mayor/menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, sujetos a revisión (CGEF)",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    style="cgef",
    crime={
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "art. 318 bis CP",
            "inmigración ilegal",
            "tráfico ilícito de migrantes",
            "delito contra los derechos de los ciudadanos extranjeros",
        ),
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH",
            "art. 177 bis CP",
            "trata de personas",
        ),
        "both": ("177 bis + 318 bis CP", "trata y favorecimiento de la inmigración ilegal"),
    },
    exploit={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados", "laboral"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras", "otra finalidad"),
    },
    no_exploit=(None, "no procede", "—"),
    gender={
        "male": ("varones", "hombres", "masculino"),
        "female": ("mujeres", "femenino"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos", "mayores de edad", "adulto"),
        "child": ("menores", "MENA", "menor"),
        "mixed": ("adultos y menores", "mixto"),
    },
    transport={
        "land": ("camión", "turismo", "furgoneta", "a pie", "autobús"),
        "land:Ceuta": ("salto de valla", "a pie", "bajos de camión", "oculto en vehículo"),
        "land:Melilla": ("salto de valla", "a pie", "bajos de camión", "oculto en vehículo"),
        "land:darien": ("a pie", "a pie (selva)", "autobús"),
        "sea": ("embarcación", "patera", "neumática"),
        "sea:watl": ("cayuco", "neumática", "embarcación", "cayuco (tipo piragua)"),
        "sea:wmed": ("patera", "neumática", "moto de agua", "embarcación", "narcolancha"),
        "air": ("avión", "vía aérea", "vuelo comercial"),
    },
    na_words=("no procede", "n/p"),
    linked={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    joiners=(", ", " / "),
    zero_words=("ninguno", "sin detenidos"),
    count_unknown=("s/d", "desconocido", "sin determinar"),
    suspects_unknown=("s/d", "desconocido"),
    coord_unknown=("sin coordenadas",),
    p_month=0.04,
    p_quarter=0.03,
)

#: The five sources of the ``blind101`` set, in the order of their submissions.
BLIND101_SOURCES: tuple[CySource, ...] = (_UHCP, _NUC, _PU, _GGD, _CGEF)

_EXAMINER: Examiner[CySource] = Examiner(
    sources=BLIND101_SOURCES,
    primary={
        "HRV": _UHCP.source,
        "POL": _UHCP.source,
        "GRC": _NUC.source,
        "ITA": _NUC.source,
        "FRA": _GGD.source,
        "ESP": _CGEF.source,
    },
    compilation=_PU.source,
    secondary={
        ("emed", "GRC"): _UHCP.source,
        ("cmed", "ITA"): _PU.source,
        ("thb_nga_ita", "ITA"): _CGEF.source,
        ("thb_rou_esp", "ITA"): _CGEF.source,
        ("thb_rou_esp", "ESP"): _PU.source,
        ("wbal", "HRV"): _NUC.source,
        ("blr_pol", "POL"): _PU.source,
        ("channel", "FRA"): _PU.source,
        ("channel", "GBR"): _GGD.source,
        ("thb_vnm_gbr", "GBR"): _GGD.source,
        ("watl", "ESP"): _NUC.source,
        ("wmed", "ESP"): _NUC.source,
        ("darien", "PAN"): _CGEF.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=101_0101,
    blank_share=0.3,
)


def make_blind101(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind101`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``uhcp_risk_analysis_cy.csv`` (English, UTF-16, tab),
        ``rigspolitiet_nuc_jo_cy.xlsx`` (English / Danish),
        ``pu_ilo_digest_cy.jsonl`` (English, UTF-8), ``ggd62_extraction_bdsp_cy.csv``
        (French, ISO-8859-15, ``|``) and ``cgef_atestados_cy.csv`` (Spanish, UTF-8,
        ``;``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind101(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['uhcp_risk_analysis_cy.csv', 'rigspolitiet_nuc_jo_cy.xlsx', 'pu_ilo_digest_cy.jsonl',
     'ggd62_extraction_bdsp_cy.csv', 'cgef_atestados_cy.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
