"""The fourteenth examiner's held-out sample set (variant ``blind14``, files ``*_p.*``).

Written from the record contract alone, without the cleaner's tables, to measure how
well the cleaner reads wording and formats it was never tuned on. Five sources:

``pnc_gt_p.csv`` / Policía Nacional Civil de Guatemala, DEIC (Sección contra la Trata)
    Spanish, cp1252, ``;``. Dates ``dd/mm/aaaa`` (some ``dd-mm-aaaa`` or ``5 de marzo de
    2022``), months ``marzo 2022`` / ``03/2022``, quarters ``II trimestre 2022``. Offences
    with their legal reference (``Trata de personas (art. 202 Ter CP)``), sexes
    ``Femenino`` / ``Hombres`` / ``Ambos sexos``, ages ``NNA`` (niñas, niños y
    adolescentes), Spanish country names (``EE. UU.``) and demonyms by sex
    (``hondureña``), typos (``Columbia``, ``Gautemala``) and mojibake (``MÃ©xico``),
    counts with comma thousands (``1,250``), placeholders ``S/D`` and ``Sin dato``,
    suspects ``Ninguno``, one ``lat, lon`` column. First reporter of the events detected
    in the United States; second reporter of some Darién events.
``naptip_ng_p.xlsx`` / Nigeria NAPTIP, liaison desk for Italy
    National Agency for the Prohibition of Trafficking in Persons. English, XLSX. Real
    Excel dates and text dates (``14th March, 2022``), months ``March, 2022``, quarters
    ``Q2 2022`` / ``2nd Quarter 2022``. ``TIP`` and ``Smuggling of Migrants``,
    ``Domestic Servitude`` (forced labour), ``Adults & Minors``, English names and
    demonyms (``Ivory Coast``, ``Ivorian``), typos (``Lybia``), counts as numbers or
    text (``1,204``), placeholders ``TBC`` / ``Not stated``, ``Nil`` for no suspect or
    no offence, transit routes ``Niger > Libya``, latitude and longitude as numbers.
    First reporter of the events detected in Italy.
``dgsn_mr_p.csv`` / Mauritanie, DGSN (Sûreté nationale), lutte contre l'immigration clandestine
    French, latin-1, ``,``. Dates ``dd/mm/yyyy``, ``3 mars 2022`` or ``03.03.2022``,
    months ``mars 2022``, quarters ``2e trimestre 2022`` / ``T2 2022``. Offences with
    their law (``loi n° 2010-021``), ``mis en cause`` suspects, ``néant``, sexes ``H`` /
    ``F`` / ``H/F``, ``Majeurs et mineurs``, ``Pirogue``, French names and demonyms by
    sex (``sénégalaise``, ``nigériane``), mojibake (``SÃ©nÃ©gal``), counts with
    (no-break) space thousands, placeholders ``NC`` / ``non communiqué``, decimal-comma
    coordinates and some in degrees, minutes and seconds (``27°59'31,7" N``, west as
    ``O`` for *ouest*). First reporter of the events detected in Spain.
``kmar_nl_p.csv`` / Koninklijke Marechaussee (Dutch KMar), international desk
    English with a Dutch hand, UTF-8 with BOM, tab-delimited. Dates ``dd-mm-yyyy``
    (some ISO or ``14 Mar 2022``), months ``Mar 2022``, quarters ``Q2-2022``. Offences
    with the Dutch code (``art. 273f Sr``, ``art. 197a Sr``), ``Criminal exploitation``,
    nationality as ISO alpha-2 codes, English names with Dutch spellings (``Irak``),
    Dutch thousands (``1.250``), placeholders ``n.k.`` / ``tbc``, positions
    ``N 51.12345 E 1.85432``. First reporter of the Channel and UK events; second
    reporter of some Greek, Croatian and Polish events; re-sends some rows.
``i247_notices_p.jsonl`` / an Interpol I-24/7-style notice extract
    English keys, JSON lines, UTF-8. ISO dates (some ``2022-03-14T00:00:00Z``), months
    ``2022-03``, quarters ``2022-Q2``. ``THB`` / ``SOM`` / ``THB/SOM``, upper-case codes
    (``MINOR``, ``SEA``, ``M/F``), ISO alpha-2 and alpha-3 codes, transit as ``TR,BG,RS``,
    counts as JSON numbers or ``UNK``, locations as WKT ``POINT (lon lat)`` (``POINT
    EMPTY`` when unknown). First reporter of every other event; second reporter of
    most; re-sends some notices.

Bad rows are those the shared machinery plants (no date, impossible date, future date,
negative or unreadable count, an empty row, a note and a total row).
"""

from __future__ import annotations

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

__all__ = ["BLIND14_SOURCES", "Blind14Source", "make_blind14"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Blind14Source(ExaminerSource):
    """A ``blind14`` source: the shared fields plus its own wording.

    Attributes
    ----------
    style : str
        How it writes dates, countries and coordinates: ``"gt"``, ``"ng"``, ``"mr"``,
        ``"nl"`` or ``"i24"``.
    vocab : dict
        Record column -> true word -> the source's spellings (``crime_type``,
        ``exploitation``, ``gender``, ``age_group``, ``transport_mode``,
        ``linked_offences``).
    no_exploitation : tuple of str
        What a smuggling row holds in the exploitation column.
    na_words : tuple of str
        "Not applicable" words (age group, transport mode).
    none_words : tuple of str
        What an empty list (no transit country, no linked offence) is written as.
    joiners : tuple of str
        Separators of linked offences.
    count_placeholders : tuple of str
        "Not known" count cells (a missing count, not a bad row).
    zero_words : tuple of str
        Words meaning no suspect.
    unknown_country : tuple of str
        What a left-out country cell holds (``""``: blank).
    coord_placeholder : str or None
        A "no location" cell, if the source writes one.
    """

    style: str
    vocab: dict[str, _Words]
    no_exploitation: tuple[str, ...]
    na_words: tuple[str, ...]
    none_words: tuple[str, ...]
    joiners: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    unknown_country: tuple[str, ...]
    coord_placeholder: str | None


# --------------------------------------------------------------------------------------
# Country names, demonyms, typos
# --------------------------------------------------------------------------------------
_ES: _Words = {
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
    "GIN": ("Guinea",),
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
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "Estados Unidos de América", "EEUU"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_FR: _Words = {
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
    "GBR": ("Royaume-Uni",),
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
}
_EN: _Words = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
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
    "GBR": ("United Kingdom", "UK"),
    "GIN": ("Guinea",),
    "GMB": ("The Gambia", "Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
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
    "RUS": ("Russia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
#: Spanish demonyms (masculine, feminine).
_ES_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
#: French demonyms (masculine, feminine).
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
#: Misspellings a clerk of each source makes (readable, one per country).
_TYPOS: dict[str, dict[str, str]] = {
    "gt": {
        "VEN": "Venezula",
        "COL": "Columbia",
        "GTM": "Gautemala",
        "HND": "Hondruas",
        "USA": "Estados Unidso",
        "ECU": "Equador",
        "MEX": "Mexico",
        "HTI": "Haiti",
        "PAN": "Panama",
        "AFG": "Afganistan",
    },
    "ng": {
        "LBY": "Lybia",
        "NGA": "Nigera",
        "ITA": "Itlay",
        "TUN": "Tunisa",
        "BGD": "Bangaldesh",
        "EGY": "Egpyt",
        "ERI": "Eritria",
        "PAK": "Pakisatn",
        "DEU": "Germnay",
        "CIV": "Cote d'Ivoire",
    },
    "mr": {
        "SEN": "Senegal",
        "MRT": "Mauritannie",
        "ESP": "Espange",
        "GIN": "Guinee",
        "MAR": "Marroc",
        "CIV": "Cote d'Ivoir",
        "DZA": "Algerie",
    },
    "nl": {
        "AFG": "Afganistan",
        "IRQ": "Irak",
        "VNM": "Veitnam",
        "ERI": "Eritria",
        "GBR": "Untied Kingdom",
        "ALB": "Albanië",
    },
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_EN_ORDINAL = ("1st", "2nd", "3rd", "4th")
_FR_ORDINAL = ("1er", "2e", "3e", "4e")


def _day_suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _date_cell(
    src: Blind14Source, ts: pd.Timestamp, precision: str, rng: _Rng
) -> tuple[object, list[str]]:
    """Write a date of the given precision as the source does; return (cell, tags)."""
    d, m, y, q = ts.day, ts.month, ts.year, (ts.month - 1) // 3 + 1
    r = rng.random()
    style = src.style
    if precision == "month":
        options = {
            "gt": (f"{_MESES[m - 1]} {y}", f"{_MESES[m - 1]} de {y}", f"{m:02d}/{y}"),
            "ng": (f"{MONTHS[m - 1]}, {y}", f"{MONTHS[m - 1][:3]}-{y}"),
            "mr": (f"{_MOIS[m - 1]} {y}", f"{m:02d}/{y}"),
            "nl": (f"{MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1]} {y}"),
            "i24": (f"{y}-{m:02d}",),
        }[style]
        return choice(rng, options), ["month_date"]
    if precision == "quarter":
        options = {
            "gt": (f"{_ROMAN[q - 1]} trimestre {y}", f"Trimestre {q}-{y}"),
            "ng": (f"Q{q} {y}", f"{_EN_ORDINAL[q - 1]} Quarter {y}"),
            "mr": (f"{_FR_ORDINAL[q - 1]} trimestre {y}", f"T{q} {y}"),
            "nl": (f"Q{q}-{y}", f"{y} Q{q}"),
            "i24": (f"{y}-Q{q}",),
        }[style]
        return choice(rng, options), ["quarter_date"]
    if style == "gt":
        if r < 0.8:
            return f"{d:02d}/{m:02d}/{y}", []
        if r < 0.9:
            return f"{d:02d}-{m:02d}-{y}", ["dash_date"]
        return f"{d} de {_MESES[m - 1]} de {y}", ["text_date"]
    if style == "ng":
        if r < 0.75:
            return ts.to_pydatetime(), ["excel_date"]
        if r < 0.9:
            return f"{d}{_day_suffix(d)} {MONTHS[m - 1]}, {y}", ["text_date"]
        return f"{d:02d}/{m:02d}/{y}", []
    if style == "mr":
        if r < 0.7:
            return f"{d:02d}/{m:02d}/{y}", []
        if r < 0.9:
            return f"{'1er' if d == 1 else d} {_MOIS[m - 1]} {y}", ["text_date"]
        return f"{d:02d}.{m:02d}.{y}", ["dot_date"]
    if style == "nl":
        if r < 0.8:
            return f"{d:02d}-{m:02d}-{y}", []
        if r < 0.9:
            return f"{y}-{m:02d}-{d:02d}", ["iso_date"]
        return f"{d:02d} {MONTHS[m - 1][:3]} {y}", ["text_date"]
    if r < 0.85:
        return f"{y}-{m:02d}-{d:02d}", []
    return f"{y}-{m:02d}-{d:02d}T00:00:00Z", ["timestamp_date"]


def _bad_date(src: Blind14Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: blank, impossible or far in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "future_date":  # a slipped decade key: 2022 -> 2032
        cell, _ = _date_cell(src, ts + pd.DateOffset(years=10), "day", rng)
        return cell
    options = {
        "gt": (f"31/06/{y}", f"30/02/{y}"),
        "ng": (f"30th February, {y}", f"31/04/{y}"),
        "mr": (f"31/04/{y}", f"30/02/{y}"),
        "nl": (f"29-02-{y}" if y % 4 else f"31-04-{y}", f"31-06-{y}"),
        "i24": (f"{y}-02-30", f"{y}-04-31"),
    }[src.style]
    return choice(rng, options)


def _note_date(src: Blind14Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (its last day)."""
    if src.style == "ng":
        return last.to_pydatetime()
    if src.style == "nl":
        return last.strftime("%d-%m-%Y")
    if src.style == "i24":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries, counts, coordinates
# --------------------------------------------------------------------------------------
def _garble(src: Blind14Source, text: str, rng: _Rng, tags: list[str]) -> str:
    """Rarely write ``text`` as UTF-8 read as cp1252 (sources that show mojibake)."""
    if src.style in ("gt", "mr", "nl") and rng.random() < 0.04:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _name(src: Blind14Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country as a name in the source's language (typos, mojibake)."""
    table = {"gt": _ES, "mr": _FR}.get(src.style, _EN)
    typo = _TYPOS.get(src.style, {}).get(code)
    if typo is not None and rng.random() < 0.03:
        tags.append("typo")
        return typo
    names = table.get(code)
    if names is None:  # a code outside the tables: its ISO code is still readable
        tags.append("iso3")
        return code
    return _garble(src, choice(rng, names), rng, tags)


def _iso(code: str, rng: _Rng, tags: list[str], *, alpha2_share: float) -> str:
    if rng.random() < alpha2_share:
        tags.append("iso2")
        return iso_codes(code)[0]
    tags.append("iso3")
    return code


def _country(
    src: Blind14Source, code: str, col: str, gender: str, rng: _Rng, tags: list[str]
) -> str:
    """Write one country cell of column ``col`` the source's way."""
    female = gender == "female"
    if src.style == "i24":
        text = _iso(code, rng, tags, alpha2_share=0.7)
        return text.lower() if rng.random() < 0.03 else text
    if src.style == "nl":
        if col == "nationality" and rng.random() < 0.75:
            return _iso(code, rng, tags, alpha2_share=1.0)
        if rng.random() < 0.1:
            return _iso(code, rng, tags, alpha2_share=0.0)
        return _name(src, code, rng, tags)
    if col == "nationality":
        r = rng.random()
        if src.style == "gt" and code in _ES_DEMONYM and r < 0.6:
            tags.append("demonym")
            return _garble(src, _ES_DEMONYM[code][int(female)], rng, tags)
        if src.style == "mr" and code in _FR_DEMONYM and r < 0.7:
            tags.append("demonym")
            word = _FR_DEMONYM[code][int(female)]
            word = word.capitalize() if rng.random() < 0.5 else word
            return _garble(src, word, rng, tags)
        if src.style == "ng" and code in _EN_DEMONYM and r < 0.7:
            tags.append("demonym")
            return _EN_DEMONYM[code]
    return _name(src, code, rng, tags)


def _transit(
    src: Blind14Source, value: object, gender: str, rng: _Rng, tags: list[str]
) -> str | None:
    if value is None:
        none = choice(rng, src.none_words)
        return none or None
    codes = str(value).split("|")
    if src.style == "i24":  # one code list: alpha-2 throughout
        tags.append("iso2")
        return ",".join(iso_codes(c)[0] for c in codes)
    sep = {
        "gt": (", ", " - "),
        "ng": (" > ", " / "),
        "mr": (", ", " - "),
        "nl": (" / ", ", "),
    }[src.style]
    cells = [_country(src, c, "transit", gender, rng, tags) for c in codes]
    return choice(rng, sep).join(cells)


def _count_text(src: Blind14Source, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count the source's way (thousands separators, numbers in XLSX/JSON)."""
    if src.format == "jsonl":
        return n
    if src.format == "xlsx":
        if n >= 1000 and rng.random() < 0.5:
            tags.append("thousands")
            return f"{n:,}"
        return n
    if n < 1000:
        return str(n)
    tags.append("thousands")
    if src.style == "gt":
        return f"{n:,}"
    if src.style == "mr":
        return f"{n:,}".replace(",", choice(rng, ("\u00a0", " ")))
    return f"{n:,}".replace(",", ".")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (tenths, decimal comma) of a coordinate; and its value."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    sign = 1 if value >= 0 else -1
    secs = f"{sec10 / 10:04.1f}".replace(".", ",")
    text = f"{deg}°{minutes:02d}'{secs}\" {pos if value >= 0 else neg}"
    return text, round(sign * tenths / 36000, 6)


def _coord_cells(
    src: Blind14Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float, float]:
    """Write a location the source's way; return (cells, expected lat, expected lon)."""
    if src.style == "gt":
        sep = ", " if rng.random() < 0.85 else ","
        return {"coordinates": f"{lat:.5f}{sep}{lon:.5f}"}, lat, lon
    if src.style == "ng":
        return {"lat": lat, "lon": lon}, lat, lon
    if src.style == "mr":
        if rng.random() < 0.15:
            tags.append("dms")
            lat_text, lat_v = _dms(lat, "N", "S")
            lon_text, lon_v = _dms(lon, "E", "O")
            return {"lat": lat_text, "lon": lon_text}, lat_v, lon_v
        tags.append("decimal_comma")
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon
    if src.style == "nl":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        if rng.random() < 0.8:
            text = f"{ns} {abs(lat):.5f} {ew} {abs(lon):.5f}"
        else:
            text = f"{abs(lat):.5f}{ns} {abs(lon):.5f}{ew}"
        tags.append("hemisphere")
        return {"coordinates": text}, lat, lon
    tags.append("wkt")
    return {"coordinates": f"POINT ({lon:.5f} {lat:.5f})"}, lat, lon


def _no_coords(src: Blind14Source, placeholder: bool) -> dict[str, object]:
    word = src.coord_placeholder if placeholder else None
    if "coordinates" in src.headers:
        return {"coordinates": word}
    return {"lat": word, "lon": word}


def _vocab(src: Blind14Source, col: str, word: str, rng: _Rng, tags: list[str]) -> str:
    text = choice(rng, src.vocab[col][word])
    if src.format == "csv" and rng.random() < 0.04:
        tags.append("case_space")
        text = text.upper() if src.style == "gt" else f" {text} "
    return text


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind14Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    gender = str(ev["gender"])

    # date
    r = rng.random()
    precision = "day"
    if partial_ok and r < 0.05:
        precision = "month"
    elif partial_ok and r < 0.07:
        precision = "quarter"
    cells["event_date"], date_tags = _date_cell(src, ts, precision, rng)
    tags += date_tags
    period = {"day": "D", "month": "M", "quarter": "Q"}[precision]
    exp["event_date"] = ts.to_period(period).start_time
    exp["date_precision"] = precision

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, src.no_exploitation)
        cells["exploitation"] = word or None
    else:
        cells["exploitation"] = _vocab(src, "exploitation", str(expl), rng, tags)
    exp["exploitation"] = expl

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_text(src, n, rng, tags)
        exp["n_persons"] = n

    # suspects
    k = ev["n_suspects"]
    if forced_blank == "n_suspects" or k is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, src.count_placeholders)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and src.zero_words and rng.random() < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_text(src, int(k), rng, [])  # type: ignore[call-overload]
        exp["n_suspects"] = int(k)  # type: ignore[call-overload]

    # gender, age group, transport mode
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _vocab(src, "gender", gender, rng, tags)
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _vocab(src, col, str(ev[col]), rng, tags)
            exp[col] = ev[col]

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        blank = forced_blank == col
        if code is None or blank:
            word = choice(rng, src.unknown_country)
            cells[col] = word or None
            exp[col] = None
            if blank:
                tags.append(f"blank_{col}")
            continue
        cells[col] = _country(src, str(code), col, gender, rng, tags)
        exp[col] = code
    cells["transit_countries"] = _transit(src, ev["transit_countries"], gender, rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    # location
    lat, lon = ev["lat"], ev["lon"]
    r = rng.random()
    if forced_blank == "coordinates" or lat is None or lon is None:
        cells.update(_no_coords(src, placeholder=False))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.02:
        cells.update(_no_coords(src, placeholder=False))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.035 and src.coord_placeholder is not None:
        cells.update(_no_coords(src, placeholder=True))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        coord, exp["lat"], exp["lon"] = _coord_cells(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(coord)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        none = choice(rng, src.none_words)
        cells["linked_offences"] = none or None
    else:
        words = [choice(rng, src.vocab["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.joiners).join(words)
    exp["linked_offences"] = offences
    return cells, exp, sorted(set(tags), key=tags.index)


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_GT = Blind14Source(
    source="pnc_gt_p",
    filename="pnc_gt_p.csv",
    ref="DEIC-{seq:05d}-{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de víctimas / migrantes",
        "n_suspects": "Sindicados",
        "gender": "Sexo",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de localización",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares sujetos a verificación (DEIC/PNC)",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
    style="gt",
    vocab={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata de personas (art. 202 Ter CP)"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes (Código de Migración)",
            ),
            "both": (
                "Trata de personas y tráfico ilícito de migrantes",
                "Trata / tráfico de migrantes",
            ),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
            "forced_criminality": (
                "Reclutamiento para actividades delictivas",
                "Actividades delictivas forzadas",
            ),
            "organ_removal": ("Extracción y tráfico de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión de hecho forzada"),
            "other": ("Otra finalidad", "Otra"),
        },
        "gender": {
            "female": ("Femenino", "F", "Mujeres"),
            "male": ("Masculino", "M", "Hombres"),
            "mixed": ("Ambos sexos", "Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menores de edad", "NNA"),
            "adult": ("Mayores de edad", "Adultos"),
            "mixed": ("Adultos y NNA", "Mixto (adultos y menores)"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Vía marítima (lancha)"),
            "land": ("Terrestre", "Vía terrestre"),
            "air": ("Aéreo", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Uso de documentos falsificados", "Falsificación de documentos"),
            "corruption": ("Cohecho", "Corrupción de funcionario"),
            "money_laundering": ("Lavado de dinero u otros activos", "Lavado de dinero"),
            "illicit_goods": ("Contrabando", "Narcotráfico"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    no_exploitation=("", "No aplica", "N/A"),
    na_words=("No aplica",),
    none_words=("", "Ninguno", "N/A"),
    joiners=(", ", " / "),
    count_placeholders=("S/D", "Sin dato", "No determinado"),
    zero_words=("Ninguno", "Sin sindicados"),
    unknown_country=("", "Desconocida"),
    coord_placeholder="S/D",
)

_NG = Blind14Source(
    source="naptip_ng_p",
    filename="naptip_ng_p.xlsx",
    ref="NAPTIP/INT/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "NAPTIP File No.",
        "event_date": "Date of Interception/Rescue",
        "crime_type": "Offence",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of Victims/Persons",
        "n_suspects": "No. of Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Identified",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Movement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other Offences",
    },
    note="NB: Figures are provisional pending validation by the Research Department",
    total="GRAND TOTAL",
    bad_count=("several", "many", "a group"),
    repeats=False,
    style="ng",
    vocab={
        "crime_type": {
            "trafficking": ("Human Trafficking", "Trafficking in Persons (TIPPEA 2015)", "TIP"),
            "smuggling": ("Migrant Smuggling", "Smuggling of Migrants"),
            "both": ("Trafficking and Smuggling", "TIP & Smuggling of Migrants"),
        },
        "exploitation": {
            "sexual": ("Sexual Exploitation", "Prostitution/Sexual Exploitation"),
            "forced_labour": ("Forced Labour", "Domestic Servitude", "Labour Exploitation"),
            "forced_criminality": ("Forced Criminality", "Forced Criminal Activities"),
            "organ_removal": ("Organ Harvesting", "Removal of Organs"),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Others",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Male & Female", "Both Sexes", "Mixed"),
        },
        "age_group": {
            "child": ("Minor", "Child (under 18)", "Children"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & Minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "By Sea (boat)"),
            "land": ("Land", "By Road"),
            "air": ("Air", "By Air"),
        },
        "linked_offences": {
            "document_fraud": ("Forged Travel Documents", "Document Fraud"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Drug Trafficking", "Illicit Goods"),
            "cybercrime": ("Cybercrime", "Internet Fraud"),
            "terrorism": ("Terrorism",),
        },
    },
    no_exploitation=("", "N/A", "Not applicable"),
    na_words=("N/A",),
    none_words=("", "Nil", "None"),
    joiners=("; ", ", ", " & "),
    count_placeholders=("TBC", "Not stated", "Unknown"),
    zero_words=("Nil", "None"),
    unknown_country=("", "Not known"),
    coord_placeholder=None,
)

_MR = Blind14Source(
    source="dgsn_mr_p",
    filename="dgsn_mr_p.csv",
    ref="PV n° {seq:04d}/DGSN/{yy:02d}",
    format="csv",
    encoding="latin-1",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : statistiques provisoires arrêtées à la date d'extraction",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    style="mr",
    vocab={
        "crime_type": {
            "trafficking": ("Traite des personnes", "Traite des personnes (loi n° 2020-017)"),
            "smuggling": ("Trafic illicite de migrants", "Trafic de migrants (loi n° 2010-021)"),
            "both": (
                "Traite des personnes et trafic de migrants",
                "Traite + trafic illicite de migrants",
            ),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": (
                "Travail forcé",
                "Servitude domestique",
                "Exploitation par le travail",
            ),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre", "Autre forme d'exploitation"),
        },
        "gender": {
            "female": ("Féminin", "F", "Femmes"),
            "male": ("Masculin", "H", "Hommes"),
            "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur", "Mineurs", "Enfants"),
            "adult": ("Majeur", "Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Voie maritime (pirogue)", "Pirogue"),
            "land": ("Terrestre", "Voie terrestre"),
            "air": ("Aérien", "Voie aérienne"),
        },
        "linked_offences": {
            "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
            "corruption": ("Corruption", "Corruption d'agent public"),
            "money_laundering": ("Blanchiment de capitaux", "Blanchiment d'argent"),
            "illicit_goods": ("Trafic de stupéfiants", "Contrebande"),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    no_exploitation=("", "Sans objet", "SO"),
    na_words=("Sans objet",),
    none_words=("", "Néant", "Aucun"),
    joiners=(" + ", ", ", " ; "),
    count_placeholders=("NC", "inconnu", "non communiqué"),
    zero_words=("néant", "aucun"),
    unknown_country=("", "Inconnue"),
    coord_placeholder="non renseigné",
)

_NL = Blind14Source(
    source="kmar_nl_p",
    filename="kmar_nl_p.csv",
    ref="KM{year}{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case number",
        "event_date": "Date of detection",
        "crime_type": "Offence (Sr)",
        "exploitation": "Exploitation type",
        "n_persons": "Persons involved",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Age bracket",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit countries",
        "transport_mode": "Modality",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Related offences",
    },
    note="Provisional extract, figures subject to change (KMar)",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=True,
    style="nl",
    vocab={
        "crime_type": {
            "trafficking": ("Human trafficking (art. 273f Sr)", "Human trafficking"),
            "smuggling": ("Migrant smuggling (art. 197a Sr)", "People smuggling"),
            "both": (
                "Human trafficking + migrant smuggling",
                "Trafficking & smuggling (273f/197a Sr)",
            ),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual exploitation (prostitution)"),
            "forced_labour": ("Labour exploitation",),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other exploitation", "Other"),
        },
        "gender": {
            "female": ("Female", "Women"),
            "male": ("Male", "Men"),
            "mixed": ("Mixed", "Men and women"),
        },
        "age_group": {
            "child": ("Minor", "Under 18", "Minors"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults and minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Sea", "Small boat", "Sea (rubber dinghy)"),
            "land": ("Land", "Road (lorry)", "Lorry/HGV"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Identity fraud", "Forged documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs trafficking", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    no_exploitation=("", "n/a"),
    na_words=("n/a", "not applicable"),
    none_words=("", "none"),
    joiners=(", ", " + "),
    count_placeholders=("unknown", "n.k.", "tbc"),
    zero_words=("none",),
    unknown_country=("", "Unknown"),
    coord_placeholder="unknown",
)

_I24 = Blind14Source(
    source="i247_notices_p",
    filename="i247_notices_p.jsonl",
    ref="I247-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "notice_ref",
        "event_date": "date_of_event",
        "crime_type": "offence_category",
        "exploitation": "exploitation_purpose",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "persons_sex",
        "age_group": "persons_age",
        "nationality": "nationality_iso",
        "origin_country": "country_origin",
        "destination_country": "country_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_iso",
        "transport_mode": "conveyance",
        "coordinates": "location_wkt",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL (all notices)",
    bad_count=("MULTIPLE", "several"),
    repeats=True,
    style="i24",
    vocab={
        "crime_type": {
            "trafficking": ("THB",),
            "smuggling": ("SOM", "SoM"),
            "both": ("THB/SOM", "THB+SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour or services",),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Removal of organs",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("F",), "male": ("M",), "mixed": ("M/F", "MIXED")},
        "age_group": {
            "child": ("MINOR", "CHILD"),
            "adult": ("ADULT",),
            "mixed": ("ADULT/MINOR", "MIXED"),
        },
        "transport_mode": {"sea": ("SEA", "MARITIME"), "land": ("LAND", "ROAD"), "air": ("AIR",)},
        "linked_offences": {
            "document_fraud": ("Fraudulent travel documents",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Illicit goods trafficking", "Drug trafficking"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    no_exploitation=("",),
    na_words=("N/A",),
    none_words=("",),
    joiners=(", ",),
    count_placeholders=("UNK", "unknown"),
    zero_words=(),
    unknown_country=("",),
    coord_placeholder="POINT EMPTY",
)

#: The five ``blind14`` sources, in the order their submissions are returned.
BLIND14_SOURCES: tuple[Blind14Source, ...] = (_GT, _NG, _MR, _NL, _I24)

_EXAMINER = Examiner(
    sources=BLIND14_SOURCES,
    primary={
        "USA": _GT.source,
        "ITA": _NG.source,
        "ESP": _MR.source,
        "FRA": _NL.source,
        "GBR": _NL.source,
    },
    compilation=_I24.source,
    secondary={
        ("darien", "PAN"): _GT.source,
        ("us_mex", "USA"): _I24.source,
        ("cmed", "ITA"): _I24.source,
        ("thb_nga_ita", "ITA"): _I24.source,
        ("thb_rou_esp", "ITA"): _I24.source,
        ("thb_rou_esp", "ESP"): _I24.source,
        ("watl", "ESP"): _I24.source,
        ("wmed", "ESP"): _I24.source,
        ("channel", "FRA"): _I24.source,
        ("channel", "GBR"): _I24.source,
        ("thb_vnm_gbr", "GBR"): _I24.source,
        ("emed", "GRC"): _NL.source,
        ("wbal", "HRV"): _NL.source,
        ("blr_pol", "POL"): _NL.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1414,
    blank_share=0.3,
)


def make_blind14(truth: pd.DataFrame, *, seed: int) -> list[Submission]:
    """Write the true events as the ``blind14`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pnc_gt_p.csv``, ``naptip_ng_p.xlsx``, ``dgsn_mr_p.csv``, ``kmar_nl_p.csv`` and
        ``i247_notices_p.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind14(make_truth(seed=2, n_events=200), seed=2)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pnc_gt_p.csv', 'naptip_ng_p.xlsx', 'dgsn_mr_p.csv', 'kmar_nl_p.csv',
     'i247_notices_p.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
