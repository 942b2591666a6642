"""Examiner sample set ``blind148``: five Cyprus- and Levant-based reporters (files ``*_et.*``).

Written by an examiner who never saw the cleaner. The five sources are agencies of the
eastern Mediterranean that send case and incident records on the corridors of
:mod:`trendlib.samples._truth`, each the way its own tools and clerks write:

``sba_police_et.csv``
    Sovereign Base Areas Police (Episkopi, Cyprus), Crime Management Unit: a British
    police force in Cyprus that shares UK-bound facilitation and modern-slavery
    occurrences with the Home Office. English, UTF-8 with BOM, ``,``; day-first dates
    (``17/05/2023``, ``17 May 2023``), demonyms for nationality (``Iraqi``), ``nil``
    suspects, routes joined by ``>``, positions as ``51.1234N 1.3210E``.
``cy_dmmip_et.xlsx``
    Deputy Ministry of Migration and International Protection (Nicosia), MED5 monitoring
    desk: the compilation of what partner Member States report (Greece, Croatia,
    Poland, and second reports of Italian and Spanish arrivals). English workbook; real
    Excel dates, some ``17.05.2023`` text and a few serial numbers; ISO alpha-3 (and a
    few numeric) citizenship codes; EU country codes for the reporting Member State
    (``EL`` for Greece, ``UK``); ``TUR-BGR-SRB-BIH`` or ``Türkiye - Bulgaria - BiH`` routes.
``rpe_egypt_et.jsonl``
    Refugees Platform in Egypt, departures/arrivals tracker of the central Mediterranean
    (arrivals in Italy). English JSON lines (UTF-8), ISO dates (``2023-05``,
    ``2023-Q2`` when only the month or quarter is known, some ``2023/05/17``), ``lat``/
    ``lng`` keys, routes joined by ``" - "``.
``olj_veille_et.csv``
    L'Orient-Le Jour (Beirut), migrations press-watch desk, built from wire copy pasted
    into a spreadsheet: French, cp1252, ``;``, CRLF; ``17/05/2023``, ``1er mai 2023``,
    ``mai 2023``, ``T2 2023``; numbers in words for two or three people, ``1 250`` with a
    no-break space; mojibake from pasted UTF-8 (``SÃ©nÃ©gal``); positions with decimal
    commas (``50,9512 / 1,8534``); some rows pasted twice.
``mpdl_et.csv``
    Movimiento por la Paz (MPDL), migration and trafficking programme (reception in
    Spain, partners in Central America and the Darién): Spanish, "Unicode text" saved
    by Excel (UTF-16 with BOM, tab-delimited); nationality as adjective
    (``venezolana``), ``NNA`` for children, ``H``/``M`` for men/women, ``EE. UU.``,
    ``1.250`` counts, ``2º trimestre 2023``, positions in degrees-minutes-seconds.

Every cell's expected value is what a careful analyst reads from it; a cell that says
"not known" expects nothing (or ``unknown`` for a vocabulary), and one no analyst could
read is a quarantined bad row.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "make_blind148"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
#: English demonyms (how a British police clerk fills a "Nationality" box).
_DEMONYM_EN: dict[str, str] = {
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
#: Spanish nationality adjectives, feminine ("de nacionalidad venezolana").
_GENTILICIO_ES: dict[str, str] = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
#: EU inter-institutional country codes where they differ from ISO alpha-2.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}
#: Names an EU ministry desk uses instead of the table's English name.
_DESK_NAMES = {
    "BIH": ("BiH", "Bosnia and Herzegovina"),
    "MKD": ("N. Macedonia", "North Macedonia"),
    "SYR": ("Syrian Arab Republic", "Syria"),
    "TUR": ("Türkiye", "Turkey"),
    "IRN": ("Iran (Islamic Republic of)", "Iran"),
}
_ES_ALIAS = {"USA": ("EE. UU.", "EEUU", "Estados Unidos"), "GBR": ("Reino Unido", "R. Unido")}
_FR_ALIAS = {"GBR": ("Grande-Bretagne", "Royaume-Uni"), "USA": ("USA", "États-Unis")}


def _no_accent(text: str) -> str:
    """Drop the accents, as a clerk typing on a keyboard without them does."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# The agencies' styles
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Style:
    """How one agency writes its values (words by canonical value; first = usual)."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    smuggling_expl: str | None  # the exploitation cell of a pure smuggling case
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    na_words: tuple[str, ...]  # "not recorded" in an age or transport cell
    count_placeholders: tuple[str, ...]  # "not known" in a count cell
    zero_words: tuple[str, ...]  # "nil" suspects
    direct: tuple[str, ...]  # route cell of a direct journey (None: left blank)
    month_share: float  # rows dated by month only (when the event is not in a pair)
    quarter_share: float  # rows dated by quarter only


_SBA = _Style(
    crime={
        "smuggling": ("Facilitation", "Facilitation (illegal entry)", "Facilitation"),
        "trafficking": ("Modern Slavery", "Modern Slavery / HT", "Human Trafficking"),
        "both": ("Modern Slavery & Facilitation", "Facilitation + MS/HT"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    smuggling_expl="N/A",
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "Mixed M/F")},
    age={"adult": ("Adult", "Adults"), "child": ("Child", "Juvenile"), "mixed": ("Adult & child",)},
    mode={
        "sea": ("Small boat", "RHIB", "Boat"),
        "land": ("HGV", "Lorry", "Vehicle", "On foot"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    na_words=("Not recorded", "Not known"),
    count_placeholders=("Not known", "TBC"),
    zero_words=("Nil", "nil"),
    direct=("Direct",),
    month_share=0.05,
    quarter_share=0.02,
)
_DMMIP = _Style(
    crime={
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "trafficking": ("THB", "Trafficking in human beings"),
        "both": ("THB & migrant smuggling", "THB/SoM"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activities", "Forced criminality"),
        "organ_removal": ("Removal of organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other forms",),
    },
    smuggling_expl=None,
    gender={"male": ("Male",), "female": ("Female",), "mixed": ("Mixed",)},
    age={"adult": ("Adults",), "child": ("Minors",), "mixed": ("Adults & minors",)},
    mode={"sea": ("Sea",), "land": ("Land",), "air": ("Air",)},
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=", ",
    na_words=("N/A",),
    count_placeholders=("Unknown", "n/a"),
    zero_words=("None",),
    direct=(),
    month_share=0.04,
    quarter_share=0.04,
)
_RPE = _Style(
    crime={
        "smuggling": ("smuggling",),
        "trafficking": ("trafficking",),
        "both": ("smuggling+trafficking", "trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ trafficking",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    smuggling_expl=None,
    gender={"male": ("men",), "female": ("women",), "mixed": ("mixed",)},
    age={"adult": ("adults",), "child": ("children",), "mixed": ("adults and children",)},
    mode={"sea": ("boat", "fishing boat", "sea"), "land": ("overland", "land"), "air": ("air",)},
    offences={
        "document_fraud": ("forged documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    na_words=("unspecified",),
    count_placeholders=("unknown",),
    zero_words=("none",),
    direct=(),
    month_share=0.07,
    quarter_share=0.03,
)
_OLJ = _Style(
    crime={
        "smuggling": ("trafic de migrants", "aide au passage", "passeurs"),
        "trafficking": ("traite des êtres humains", "traite"),
        "both": ("traite et trafic de migrants",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("trafic d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    smuggling_expl=None,
    gender={"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte",)},
    age={"adult": ("adultes",), "child": ("mineurs",), "mixed": ("adultes et mineurs",)},
    mode={
        "sea": ("small boat", "embarcation", "bateau"),
        "land": ("camion", "poids lourd", "à pied"),
        "air": ("avion",),
    },
    offences={
        "document_fraud": ("faux papiers",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    na_words=("non précisé",),
    count_placeholders=("inconnu", "n.c."),
    zero_words=("aucun",),
    direct=(),
    month_share=0.06,
    quarter_share=0.03,
)
_MPDL = _Style(
    crime={
        "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
        "trafficking": ("trata de personas", "trata"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("criminalidad forzada",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    smuggling_expl="no aplica",
    gender={"male": ("hombres", "H"), "female": ("mujeres", "M"), "mixed": ("mixto",)},
    age={"adult": ("adultos",), "child": ("NNA", "menores"), "mixed": ("adultos y menores",)},
    mode={
        "sea": ("patera", "cayuco", "neumática"),
        "land": ("a pie", "terrestre", "autobús"),
        "air": ("avión",),
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
    na_words=("no consta",),
    count_placeholders=("s/d", "desconocido"),
    zero_words=("ninguno",),
    direct=(),
    month_share=0.05,
    quarter_share=0.03,
)


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _sba_country(code: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    _, en, _, _, aliases, typo = COUNTRIES[code]
    if col == "nationality" and code in _DEMONYM_EN and rng.random() < 0.7:
        return _DEMONYM_EN[code], ["demonym"]
    if code == "GBR":
        return choice(rng, ("UK", "United Kingdom", "UK")), []
    r = rng.random()
    if r < 0.03:
        return typo, ["typo"]
    if r < 0.10 and aliases:
        return choice(rng, aliases), ["alias"]
    if r < 0.14:
        return en.upper(), ["case"]
    return en, []


def _dmmip_country(code: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    iso2, en, _, _, _, typo = COUNTRIES[code]
    desk = _DESK_NAMES.get(code, (en,))
    eu2 = _EU_CODE.get(code, iso2)
    r = rng.random()
    if col == "detection_country":  # the reporting Member State, as an EU code
        return (eu2, ["eu_code"] if eu2 != iso2 else ["iso2"]) if r < 0.85 else (desk[0], [])
    if col == "destination_country" and r < 0.4:
        return eu2, ["eu_code"] if eu2 != iso2 else ["iso2"]
    if col == "nationality":  # case-management dropdown: ISO codes
        if r < 0.6:
            return code, ["iso3"]
        if r < 0.65:
            return iso_codes(code)[1].zfill(3), ["iso_numeric"]
    if r > 0.97:
        return typo, ["typo"]
    if r > 0.93:
        return f" {desk[0]} ", ["spacing"]
    return choice(rng, desk), []


def _rpe_country(code: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    iso2, en, _, _, aliases, typo = COUNTRIES[code]
    r = rng.random()
    if r < 0.08:
        return iso2, ["iso2"]
    if r < 0.15 and aliases:
        return choice(rng, aliases), ["alias"]
    if r < 0.17:
        return typo, ["typo"]
    if r < 0.21:
        return en.lower(), ["case"]
    return en, []


def _olj_country(code: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    fr = COUNTRIES[code][2]
    r = rng.random()
    if code in _FR_ALIAS and r < 0.4:
        return choice(rng, _FR_ALIAS[code]), ["alias"]
    if r < 0.09:
        garbled = mojibake(fr)
        if garbled is not None and _encodes(garbled, "cp1252"):
            return garbled, ["mojibake"]
    if r < 0.15 and _no_accent(fr) != fr:
        return _no_accent(fr), ["no_accent"]
    if r < 0.18:
        return fr.upper(), ["case"]
    return fr, []


def _mpdl_country(code: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    es = COUNTRIES[code][3]
    r = rng.random()
    if col == "nationality" and code in _GENTILICIO_ES and r < 0.5:
        return _GENTILICIO_ES[code], ["adjective"]
    if code in _ES_ALIAS and r < 0.6:
        return choice(rng, _ES_ALIAS[code]), ["alias"]
    if r > 0.95:
        return code, ["iso3"]
    if r > 0.90 and _no_accent(es) != es:
        return _no_accent(es), ["no_accent"]
    if r > 0.87:
        return es.lower(), ["case"]
    return es, []


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MONTHS_EN: tuple[str, ...] = tuple(_MONTHS["en"])


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _sba_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    if prec == "month":
        return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", ["month_only"]
    if prec == "quarter":
        return f"Q{_quarter(ts)} {ts.year}", ["quarter_only"]
    if rng.random() < 0.2:
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ["date_words"]
    return ts.strftime("%d/%m/%Y"), []


def _dmmip_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    if prec == "month":
        return ts.strftime("%m/%Y"), ["month_only"]
    if prec == "quarter":
        return f"Q{_quarter(ts)} {ts.year}", ["quarter_only"]
    r = rng.random()
    if r < 0.05:  # a cell formatted as "General": Excel's day number
        return int((ts - pd.Timestamp("1899-12-30")).days), ["excel_serial"]
    if r < 0.15:
        return ts.strftime("%d.%m.%Y"), ["date_text"]
    return ts.to_pydatetime(), []


def _rpe_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    if prec == "month":
        return ts.strftime("%Y-%m"), ["month_only"]
    if prec == "quarter":
        return f"{ts.year}-Q{_quarter(ts)}", ["quarter_only"]
    if rng.random() < 0.15:
        return ts.strftime("%Y/%m/%d"), ["date_slash"]
    return ts.strftime("%Y-%m-%d"), []


def _olj_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    month = _MONTHS["fr"][ts.month - 1]
    if prec == "month":
        return f"{month} {ts.year}", ["month_only"]
    if prec == "quarter":
        return f"T{_quarter(ts)} {ts.year}", ["quarter_only"]
    if rng.random() < 0.3:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {month} {ts.year}", ["date_words"]
    return ts.strftime("%d/%m/%Y"), []


def _mpdl_date(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, list[str]]:
    month = _MONTHS["es"][ts.month - 1]
    if prec == "month":
        return (f"{month} de {ts.year}", ["month_only"])
    if prec == "quarter":
        return choice(
            rng, (f"{_quarter(ts)}º trimestre {ts.year}", f"T{_quarter(ts)} {ts.year}")
        ), ["quarter_only"]
    if rng.random() < 0.1:
        return f"{ts.day} de {month} de {ts.year}", ["date_words"]
    return ts.strftime("%d/%m/%Y"), []


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------
def _hemi(x: float, pos: str, neg: str) -> str:
    return f"{abs(x):.4f}{pos if x >= 0 else neg}"


def _dms(x: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (one decimal), and the value they denote."""
    tenths = round(abs(x) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if x >= 0 else neg}"
    return text, (1 if x >= 0 else -1) * tenths / 36000


def _place(name: str, lat: float, lon: float) -> tuple[dict[str, object], tuple[float, float]]:
    """Return the source's location cells and the (lat, lon) an analyst reads from them."""
    if name == "sba_police_et":
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{_hemi(la, 'N', 'S')} {_hemi(lo, 'E', 'W')}"}, (la, lo)
    if name == "olj_veille_et":
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{la:.4f} / {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, (la, lo)
    if name == "mpdl_et":
        tla, vla = _dms(lat, "N", "S")
        tlo, vlo = _dms(lon, "E", "W")
        return {"coordinates": f"{tla} {tlo}"}, (vla, vlo)
    la, lo = round(lat, 4), round(lon, 4)  # two numeric columns (workbook, JSON)
    return {"lat": la, "lon": lo}, (la, lo)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_FR_NUMBERS = {1: "un", 2: "deux", 3: "trois"}


def _persons(name: str, n: int, rng: _Rng, numeric: bool) -> tuple[object, list[str]]:
    if name == "olj_veille_et":
        if n in _FR_NUMBERS and rng.random() < 0.3:
            return _FR_NUMBERS[n], ["count_word"]
        if n >= 1000:
            return f"{n:,}".replace(",", "\u00a0"), ["thousands_sep"]
    if name == "mpdl_et" and n >= 1000:
        return f"{n:,}".replace(",", "."), ["thousands_sep"]
    if name == "sba_police_et" and n >= 1000:
        return f"{n:,}", ["thousands_sep"]
    return (n if numeric else str(n)), []


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_Country = Callable[[str, str, _Rng], tuple[str, list[str]]]
_Date = Callable[[pd.Timestamp, str, _Rng], tuple[object, list[str]]]

SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="sba_police_et",
        filename="sba_police_et.csv",
        ref="SBAP/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Occurrence No.",
            "event_date": "Date of Occurrence",
            "crime_type": "Offence Category",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Persons",
            "n_suspects": "Suspects Arrested",
            "gender": "Sex",
            "age_group": "Age Group",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Detection",
            "transit_countries": "Route (Transit)",
            "transport_mode": "Method of Entry",
            "coordinates": "Lat/Long",
            "linked_offences": "Linked Offences",
        },
        note="Figures provisional - SBA Police Crime Management Unit",
        total="TOTAL",
        bad_count=("several", "multiple", "approx 20-30"),
        repeats=False,
    ),
    ExaminerSource(
        source="cy_dmmip_et",
        filename="cy_dmmip_et.xlsx",
        ref="DMMIP-{year}-{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date of Incident",
            "crime_type": "Category",
            "exploitation": "Form of Exploitation",
            "n_persons": "Persons (total)",
            "n_suspects": "Facilitators",
            "gender": "Gender",
            "age_group": "Age Category",
            "nationality": "Citizenship",
            "origin_country": "Country of Origin",
            "destination_country": "Country of Destination",
            "detection_country": "Reporting MS",
            "transit_countries": "Transit Route",
            "transport_mode": "Means of Travel",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Associated Offences",
        },
        note="Source: MED5 national contact points - provisional data",
        total="Total",
        bad_count=("several", "multiple"),
        repeats=True,
    ),
    ExaminerSource(
        source="rpe_egypt_et",
        filename="rpe_egypt_et.jsonl",
        ref="RPE-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date",
            "crime_type": "type",
            "exploitation": "exploitation",
            "n_persons": "people",
            "n_suspects": "smugglers_arrested",
            "gender": "gender",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "country_of_arrival",
            "transit_countries": "route",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "related_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("dozens", "many"),
        repeats=False,
    ),
    ExaminerSource(
        source="olj_veille_et",
        filename="olj_veille_et.csv",
        ref="OLJ{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date de l'événement",
            "crime_type": "Infraction",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de personnes",
            "n_suspects": "Passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Tranche d'âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de l'interception",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="Veille établie d'après dépêches AFP/ANI - chiffres non consolidés",
        total="TOTAL",
        bad_count=("une dizaine", "plusieurs", "des dizaines"),
        repeats=True,
    ),
    ExaminerSource(
        source="mpdl_et",
        filename="mpdl_et.csv",
        ref="MPDL/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Fuente: equipos de acogida y socios locales. Datos provisionales",
        total="TOTAL GENERAL",
        bad_count=("varios", "decenas"),
        repeats=False,
    ),
)

_STYLES: dict[str, _Style] = {
    "sba_police_et": _SBA,
    "cy_dmmip_et": _DMMIP,
    "rpe_egypt_et": _RPE,
    "olj_veille_et": _OLJ,
    "mpdl_et": _MPDL,
}
_COUNTRY: dict[str, _Country] = {
    "sba_police_et": _sba_country,
    "cy_dmmip_et": _dmmip_country,
    "rpe_egypt_et": _rpe_country,
    "olj_veille_et": _olj_country,
    "mpdl_et": _mpdl_country,
}
_DATE: dict[str, _Date] = {
    "sba_police_et": _sba_date,
    "cy_dmmip_et": _dmmip_date,
    "rpe_egypt_et": _rpe_date,
    "olj_veille_et": _olj_date,
    "mpdl_et": _mpdl_date,
}


def _transit(name: str, codes: list[str], rng: _Rng) -> tuple[str, list[str]]:
    """Write a route cell: the transit countries in order, with the agency's separator."""
    write = _COUNTRY[name]
    if name == "cy_dmmip_et" and rng.random() < 0.5:
        return "-".join(codes), ["iso3"]
    parts: list[str] = []
    tags: list[str] = []
    for code in codes:
        text, t = write(code, "transit_countries", rng)
        parts.append(text.strip())
        tags += t
    sep = {
        "sba_police_et": " > ",
        "cy_dmmip_et": " - ",
        "rpe_egypt_et": " - ",
        "olj_veille_et": ", ",
        "mpdl_et": " / ",
    }[name]
    return sep.join(parts), tags


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    name = src.source
    st = _STYLES[name]
    numeric = src.format != "csv"
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date: the day, or only the month or quarter when the agency did not know it
    prec = "day"
    if partial_ok:
        r = rng.random()
        if r < st.month_share:
            prec = "month"
        elif r < st.month_share + st.quarter_share:
            prec = "quarter"
    cells["event_date"], t = _DATE[name](ts, prec, rng)
    tags += t
    day = {
        "day": ts,
        "month": ts.to_period("M").start_time,
        "quarter": ts.to_period("Q").start_time,
    }

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, st.crime[crime])
    expl = ev["exploitation"]
    cells["exploitation"] = choice(rng, st.exploitation[str(expl)]) if expl else st.smuggling_expl

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    n_exp: int | None = n
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, st.count_placeholders)
        n_exp = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _persons(name, n, rng, numeric)
        tags += t

    # suspects
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    s_exp: int | None = s
    if forced_blank == "n_suspects":
        cells["n_suspects"], s_exp = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], s_exp = choice(rng, st.count_placeholders), None
        tags.append("suspects_placeholder")
    elif s == 0 and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, st.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = s if numeric else str(s)

    # gender, age, transport
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], gender = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, st.gender[gender])
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], age = choice(rng, st.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, st.age[age])
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], mode = choice(rng, st.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, st.mode[mode])

    # countries
    write = _COUNTRY[name]
    country_exp: dict[str, object] = {}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None or forced_blank == col:
            cells[col] = None
            country_exp[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text, t = write(str(code), col, rng)
        cells[col] = text
        country_exp[col] = code
        tags += t
    transit = ev["transit_countries"]
    if transit:
        cells["transit_countries"], t = _transit(name, str(transit).split("|"), rng)
        tags += t
    else:
        cells["transit_countries"] = choice(rng, st.direct) if st.direct else None

    # place
    lat: float | None = None
    lon: float | None = None
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        tags.append("coords_missing")
    else:
        place, (lat, lon) = _place(name, float(ev["lat"]), float(ev["lon"]))  # type: ignore[arg-type]
        cells.update(place)

    offences = ev["linked_offences"]
    if offences:
        words = [choice(rng, st.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = st.offence_sep.join(words)

    # a cell the encoding of the file cannot hold is written without its accents
    for col, val in list(cells.items()):
        if isinstance(val, str) and src.format == "csv" and not _encodes(val, src.encoding):
            cells[col] = _no_accent(val)

    expected: dict[str, object] = {
        "event_date": day[prec],
        "date_precision": prec,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": n_exp,
        "n_suspects": s_exp,
        "gender": gender,
        "age_group": age,
        **country_exp,
        "transit_countries": transit,
        "transport_mode": mode,
        "lat": lat,
        "lon": lon,
        "linked_offences": offences,
    }
    return cells, expected, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible, or year digits swapped."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "future_date":  # "2023" typed "2203": two centuries ahead
        future = ts.replace(year=2200 + ts.year % 100)
        if name == "cy_dmmip_et":
            return future.to_pydatetime()
        if name == "rpe_egypt_et":
            return future.strftime("%Y-%m-%d")
        return future.strftime("%d/%m/%Y")
    if name == "rpe_egypt_et":
        return f"{ts.year}-02-30"
    if name == "cy_dmmip_et":
        return f"31.02.{ts.year}"
    if name == "olj_veille_et":
        return choice(rng, (f"30 février {ts.year}", f"31/02/{ts.year}"))
    if name == "sba_police_et":
        return choice(rng, (f"31/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}"))
    return f"31/02/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last case)."""
    if src.source == "cy_dmmip_et":
        return last.to_pydatetime()
    if src.source == "rpe_egypt_et":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: who reports what, and how.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "sba_police_et",
        "ITA": "rpe_egypt_et",
        "FRA": "olj_veille_et",
        "ESP": "mpdl_et",
        "PAN": "mpdl_et",
        "USA": "mpdl_et",
    },
    compilation="cy_dmmip_et",
    secondary={
        ("cmed", "ITA"): "cy_dmmip_et",
        ("wmed", "ESP"): "cy_dmmip_et",
        ("watl", "ESP"): "cy_dmmip_et",
        ("channel", "FRA"): "sba_police_et",
        ("channel", "GBR"): "olj_veille_et",
        ("emed", "GRC"): "olj_veille_et",
        ("thb_vnm_gbr", "GBR"): "olj_veille_et",
        ("thb_nga_ita", "ITA"): "mpdl_et",
        ("thb_rou_esp", "ITA"): "mpdl_et",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=148,
    blank_share=0.3,
)


def make_blind148(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind148`` set: five eastern-Mediterranean reporters.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sba_police_et.csv``, ``cy_dmmip_et.xlsx``, ``rpe_egypt_et.jsonl``,
        ``olj_veille_et.csv`` and ``mpdl_et.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind148(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sba_police_et.csv', 'cy_dmmip_et.xlsx', 'rpe_egypt_et.jsonl', 'olj_veille_et.csv',
     'mpdl_et.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'utf-8', 'cp1252', 'utf-16']
    >>> subs[3].frame.columns[:3].tolist()
    ['N° fiche', "Date de l'événement", 'Infraction']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
