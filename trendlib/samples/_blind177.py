"""Examiner sample set ``blind177`` (files ``*_fw.*``): Belgian desks and a Spanish liaison.

Five sources that the cleaner has never seen, each writing the way its agency does:

``parquet_hainaut`` (``parquet_hainaut_fw.csv``)
    Parquet du Procureur du Roi de Hainaut, division Tournai: the smuggling and
    trafficking notices it opened with the French partners of a joint investigation
    team on the Channel route. French, cp1252, ``;``, CRLF (Excel, Belgian locale).
    Belgian legal wording: "trafic d'êtres humains (art. 77bis)" is *smuggling*,
    "traite (art. 433quinquies)" trafficking, "exploitation économique" labour
    exploitation, "MENA" an unaccompanied minor, "néant" no suspect, "X" an unknown
    author (contre X); day-first dates, "courant mai 2023" when only the month is
    known; decimal-comma coordinates; an extraction note from the MaCH case system.
``payoke_antwerpen`` (``payoke_antwerpen_fw.xlsx``)
    Payoke, the recognised victim centre of Antwerp: cases of victims identified in
    the United Kingdom (and Nigerian women first identified in Italy). English, XLSX:
    real Excel dates, a few bare serial numbers and day-first text dates typed into
    the sheet, "Q2 2023" or "May 2023" when only that is known; nationalities as
    demonyms ("Vietnamese"); "GPS (lat, long)" in one cell; no linked-offence column.
``consejeria_trabajo_bruselas`` (``consejeria_trabajo_bruselas_fw.csv``)
    Consejería de Trabajo, Migraciones y Seguridad Social en Bélgica (Spanish liaison
    in Brussels): Spanish detections it forwards to the Belgian and Dutch authorities.
    Spanish, UTF-16 with BOM, tab-delimited (Excel "Texto Unicode"); nationality as a
    feminine adjective ("marroquí", "senegalesa"); "H"/"M" for hombre/mujer; "1.234"
    thousands; INE quarters ("2023T2"); sea positions in degrees-minutes-seconds with
    "O" (oeste) for west; re-sent rows.
``eepa_bruxelles`` (``eepa_bruxelles_fw.csv``)
    Europe External Programme with Africa (Brussels NGO): its situation-report incident
    log of the Central and Eastern Mediterranean (detections in Italy and Greece).
    English, UTF-8, ``,``; "17 May 2023"; positions at sea in degrees and decimal
    minutes; "approx. 45".
``belga_veille`` (``belga_veille_fw.jsonl``)
    A Belgian analysis cell's monitoring of Belga wire dispatches: the compilation,
    reporting every event no other desk reports and many of theirs again. French,
    JSON lines from the monitoring tool: ISO dates, transit countries and linked
    offences as JSON arrays, small counts in words ("trois"), "1 234" with a
    no-break space, UTF-8 text double-encoded by the feed ("GrÃ¨ce"), re-sent items.

The truth expects what a careful analyst reads in each cell: a cell saying "not
known" ("indéterminé", "tbc", "s/d", "X") gives no value, a cell that cannot be
read at all ("#VALEUR!", "plusieurs") or an impossible, missing or future date is a
bad row.
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind177"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One ``blind177`` source: the shared fields plus the agency's own habits.

    Attributes
    ----------
    kind : str
        Which agency writes (``"hainaut"``, ``"payoke"``, ``"consejeria"``, ``"eepa"``,
        ``"belga"``); selects its wording and cell styles.
    """

    kind: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "hainaut": {
        "trafficking": (
            "traite des êtres humains (art. 433quinquies CP)",
            "TEH - art. 433quinquies",
        ),
        "smuggling": (
            "trafic d'êtres humains (art. 77bis L. 15/12/1980)",
            "trafic d'êtres humains - art. 77bis",
        ),
        "both": ("traite (433quinquies) et trafic (77bis)", "TEH + trafic 77bis"),
    },
    "payoke": {
        "trafficking": ("THB", "Human trafficking", "trafficking in human beings"),
        "smuggling": ("Human smuggling", "smuggling (aggravated)"),
        "both": ("THB + smuggling", "THB/smuggling"),
    },
    "consejeria": {
        "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)"),
        "smuggling": (
            "favorecimiento de la inmigración irregular",
            "inmigración ilegal (art. 318 bis CP)",
            "tráfico ilícito de migrantes",
        ),
        "both": ("trata y tráfico ilícito", "177 bis + 318 bis CP"),
    },
    "eepa": {
        "trafficking": ("Human trafficking", "Trafficking"),
        "smuggling": ("Smuggling", "Migrant smuggling"),
        "both": ("Smuggling/trafficking", "Trafficking & smuggling"),
    },
    "belga": {
        "trafficking": ("traite des êtres humains",),
        "smuggling": ("trafic de migrants", "filière de passeurs"),
        "both": ("traite et trafic de migrants",),
    },
}

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "hainaut": {
        "sexual": ("exploitation de la prostitution", "exploitation sexuelle"),
        "forced_labour": ("exploitation économique", "travail contraire à la dignité humaine"),
        "forced_criminality": ("contrainte à commettre un délit", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "payoke": {
        "sexual": ("Sexual exploitation", "sexual"),
        "forced_labour": ("Labour exploitation", "economic exploitation"),
        "forced_criminality": ("Forced criminality", "forced criminality (cannabis)"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "consejeria": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    "eepa": {
        "sexual": ("sexual exploitation", "forced prostitution"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "belga": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("exploitation économique", "travail forcé"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("trafic d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
#: What a desk writes in the exploitation cell of a pure smuggling case (None: blank).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "hainaut": (None, "/"),
    "payoke": (None, "n/a"),
    "consejeria": (None, "no procede"),
    "eepa": (None,),
    "belga": (None,),
}
#: "To be determined" in the exploitation cell of a trafficking case.
_TBD: dict[str, tuple[str, ...]] = {
    "hainaut": ("à déterminer",),
    "payoke": ("tbc",),
    "consejeria": ("por determinar",),
    "eepa": ("unclear",),
    "belga": ("non précisée",),
}

# gender -> (plural / group words, singular words)
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "hainaut": {
        "male": ("M", "masculin", "hommes"),
        "female": ("F", "féminin", "femmes"),
        "mixed": ("M/F", "mixte", "hommes et femmes"),
    },
    "payoke": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("M/F", "Mixed"),
    },
    "consejeria": {
        "male": ("H", "hombres", "varones"),
        "female": ("M", "mujeres"),
        "mixed": ("H/M", "mixto", "ambos sexos"),
    },
    "eepa": {
        "male": ("men", "male"),
        "female": ("women", "female"),
        "mixed": ("mixed", "men & women"),
    },
    "belga": {
        "male": ("hommes",),
        "female": ("femmes",),
        "mixed": ("hommes et femmes", "mixte"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "hainaut": {
        "child": ("mineur(s)", "MENA", "mineurs"),
        "adult": ("majeur(s)", "majeurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "payoke": {
        "child": ("Minor", "U18", "child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults + minors", "mixed"),
    },
    "consejeria": {
        "child": ("menores", "MENA", "menor de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores",),
    },
    "eepa": {
        "child": ("minors", "children"),
        "adult": ("adults",),
        "mixed": ("incl. minors", "adults & children"),
    },
    "belga": {
        "child": ("mineurs",),
        "adult": ("adultes", "majeurs"),
        "mixed": ("adultes et mineurs",),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "hainaut": {
        "sea": ("embarcation", "small boat", "bateau pneumatique"),
        "land": ("poids lourd", "camion", "camionnette", "voiture"),
        "air": ("avion", "voie aérienne"),
    },
    "payoke": {
        "sea": ("small boat", "boat", "dinghy"),
        "land": ("lorry", "HGV", "car", "bus"),
        "air": ("flight", "air"),
    },
    "consejeria": {
        "sea": ("patera", "neumática", "embarcación"),
        "land": ("terrestre", "vehículo", "a pie", "furgoneta"),
        "air": ("avión", "vía aérea"),
    },
    "eepa": {
        "sea": ("boat", "rubber boat", "wooden boat", "fishing boat"),
        "land": ("overland", "truck", "car"),
        "air": ("flight", "air"),
    },
    "belga": {
        "sea": ("embarcation", "bateau", "canot pneumatique"),
        "land": ("camion", "voiture", "à pied", "par la route"),
        "air": ("avion",),
    },
}
#: A "not stated / not applicable" word the desk writes in the age or transport cell.
_NA_WORDS: dict[str, tuple[str | None, ...]] = {
    "hainaut": ("/", "non communiqué"),
    "payoke": ("n/a", "not recorded"),
    "consejeria": ("no consta",),
    "eepa": ("n/a", "unclear"),
    "belga": (None,),
}
_OFFENCES: dict[str, dict[str, str]] = {
    "hainaut": {
        "document_fraud": "faux et usage de faux",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "criminalité informatique",
        "terrorism": "terrorisme",
    },
    "consejeria": {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    "eepa": {
        "document_fraud": "document fraud",
        "corruption": "bribery",
        "money_laundering": "money laundering",
        "illicit_goods": "drugs",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    "belga": {
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
}
_OFFENCE_SEP = {"hainaut": ", ", "consejeria": " / ", "eepa": "; "}
_TRANSIT_SEP = {"hainaut": " - ", "payoke": " > ", "consejeria": "-", "eepa": " -> "}
#: "No transit" as a desk may write it (None: blank).
_DIRECT = {
    "hainaut": (None, None, "direct"),
    "payoke": (None, "direct"),
    "consejeria": (None, None, "directo"),
    "eepa": (None, "direct"),
    "belga": (None,),
}
_UNKNOWN = {
    "hainaut": ("inconnu", "?"),
    "payoke": ("unknown", "not known"),
    "consejeria": ("desconocido", "s/d"),
    "eepa": ("unknown",),
    "belga": (None,),
}
_ZERO = {
    "hainaut": ("néant",),
    "payoke": ("none",),
    "consejeria": ("ninguno",),
    "eepa": ("none", "nil"),
    "belga": ("aucun",),
}
#: A count of persons the desk does not know (the record stays, with no count).
_COUNT_UNKNOWN: dict[str, tuple[str | None, ...]] = {
    "hainaut": ("indéterminé", "ind."),
    "payoke": ("tbc", "unknown"),
    "consejeria": ("s/d", "sin determinar"),
    "eepa": ("unknown", "n/k"),
    "belga": (None,),
}
#: A count of suspects the desk does not know.
_SUSPECTS_UNKNOWN: dict[str, tuple[str | None, ...]] = {
    "hainaut": ("X", "inconnu"),
    "payoke": ("unknown",),
    "consejeria": ("s/d",),
    "eepa": ("unknown",),
    "belga": (None,),
}
_FR_NUMBERS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
)

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MKD": "North Macedonian",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "PAN": "Panamanian",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "USA": "American",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
# Spanish nationality is written as an adjective agreeing with "nacionalidad" (feminine).
_ES_NACIONALIDAD = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "AUT": "austriaca",
    "BGD": "bangladesí",
    "BGR": "búlgara",
    "BIH": "bosnia",
    "BLR": "bielorrusa",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DEU": "alemana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "ESP": "española",
    "FRA": "francesa",
    "GBR": "británica",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GRC": "griega",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HRV": "croata",
    "HTI": "haitiana",
    "HUN": "húngara",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "ITA": "italiana",
    "LBY": "libia",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MKD": "macedonia",
    "MLI": "maliense",
    "MRT": "mauritana",
    "NER": "nigerina",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "PAN": "panameña",
    "POL": "polaca",
    "ROU": "rumana",
    "RUS": "rusa",
    "SEN": "senegalesa",
    "SRB": "serbia",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "USA": "estadounidense",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "VNM": ("Vietnam",),
        "CIV": ("Côte d'Ivoire",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "USA": ("USA",),
        "RUS": ("Fédération de Russie",),
    },
    "es": {
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "USA": ("EE. UU.", "EEUU"),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
    },
    "en": {iso: row[4] for iso, row in COUNTRIES.items() if row[4]},
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _typo(name: str) -> str | None:
    """Swap two letters in the middle of a name of 7+ letters (None if nothing changes).

    Examples
    --------
    >>> _typo("Afghanistan")
    'Afghnaistan'
    >>> _typo("Mali") is None
    True
    """
    if len(name) < 7:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


# Country styles per desk and column kind: style -> weight.
_STYLES: dict[str, dict[str, dict[str, float]]] = {
    "hainaut": {
        "nationality": {"name": 0.8, "upper": 0.08, "iso3": 0.04, "typo": 0.04, "alias": 0.04},
        "country": {"name": 0.84, "upper": 0.06, "alias": 0.06, "typo": 0.04},
        "detection": {"name": 0.9, "iso2": 0.06, "upper": 0.04},
    },
    "payoke": {
        "nationality": {"demonym": 0.6, "name": 0.25, "iso2": 0.05, "typo": 0.05, "pad": 0.05},
        "country": {"name": 0.8, "alias": 0.12, "iso2": 0.04, "typo": 0.04},
        "detection": {"name": 0.8, "alias": 0.15, "iso2": 0.05},
    },
    "consejeria": {
        "nationality": {"demonym": 0.7, "name": 0.15, "upper": 0.1, "iso3": 0.05},
        "country": {"name": 0.78, "upper": 0.12, "alias": 0.04, "iso2": 0.03, "typo": 0.03},
        "detection": {"name": 0.85, "upper": 0.1, "iso2": 0.05},
    },
    "eepa": {
        "nationality": {"name": 0.8, "alias": 0.1, "iso3": 0.05, "typo": 0.05},
        "country": {"name": 0.85, "alias": 0.1, "typo": 0.05},
        "detection": {"name": 0.95, "iso3": 0.05},
    },
    "belga": {
        "nationality": {"name": 0.8, "mojibake": 0.12, "lower": 0.08},
        "country": {"name": 0.82, "mojibake": 0.12, "lower": 0.06},
        "detection": {"name": 0.88, "mojibake": 0.12},
    },
}


def _draw(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _country(src: Desk, iso: str, kind: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Write one ISO alpha-3 code as the desk does; tag what differs from the plain name."""
    lang = src.language
    style = _draw(rng, _STYLES[src.kind][kind])
    name = _name(iso, lang)
    text: str | None = name
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "alias":
        options = _ALIASES[lang].get(iso)
        text = choice(rng, options) if options else name
    elif style == "typo":
        text = _typo(name)
    elif style == "mojibake":
        text = mojibake(name)
    elif style == "demonym":
        text = _EN_DEMONYM[iso] if lang == "en" else _ES_NACIONALIDAD[iso]
    elif style == "pad":
        text = f" {_EN_DEMONYM[iso]} "
    if text is None or not fits(text, src):
        text, style = name, "name"
    if text != name or style in ("iso2", "iso3"):
        tags.append(f"{style}:{col}")
    return text


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_text(src: Desk, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date the desk's usual way."""
    if src.kind == "hainaut":
        if rng.random() < 0.12:  # typed without leading zeros
            return f"{ts.day}/{ts.month}/{ts.year}"
        return ts.strftime("%d/%m/%Y")
    if src.kind == "payoke":
        return ts.to_pydatetime()
    if src.kind == "consejeria":
        return ts.strftime("%d/%m/%Y")
    if src.kind == "eepa":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event date."""
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    fr_month = _MONTHS["fr"][ts.month - 1]
    es_month = _MONTHS["es"][ts.month - 1]
    if partial_ok and r < 0.07:
        tags.append("partial_date")
        if src.kind == "hainaut":
            return f"courant {fr_month} {ts.year}", month_start, "month"
        if src.kind == "payoke":
            if r < 0.035:
                return f"Q{ts.quarter} {ts.year}", quarter_start, "quarter"
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
        if src.kind == "consejeria":
            if r < 0.035:
                return f"{ts.year}T{ts.quarter}", quarter_start, "quarter"
            return f"{es_month} {ts.year}", month_start, "month"
        if src.kind == "eepa":
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
        return ts.strftime("%Y-%m"), month_start, "month"
    if src.kind == "payoke" and r < 0.17:
        if r < 0.12:
            tags.append("excel_serial")
            return _serial(ts), ts, "day"
        tags.append("text_date")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src.kind == "belga" and r < 0.17:
        tags.append("iso_datetime")
        hour, minute = int(rng.integers(5, 23)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00", ts, "day"
    return _day_text(src, ts, rng), ts, "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row: missing, impossible, or typed years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _day_text(src, ts + pd.DateOffset(years=10), rng)
    y = ts.year
    if src.kind == "hainaut":
        return choice(rng, (f"31/02/{y}", f"00/{ts.month:02d}/{y}"))
    if src.kind == "payoke":
        return f"30/02/{y}"
    if src.kind == "consejeria":
        return choice(rng, (f"31/06/{y}", f"31/04/{y}"))
    if src.kind == "eepa":
        return f"31 June {y}"
    return f"{y}-02-30"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date written on the desk's note row: the day of the extraction."""
    day = last + pd.Timedelta(days=12)
    if src.kind == "payoke":
        return day.to_pydatetime()
    if src.kind in ("hainaut", "consejeria"):
        return day.strftime("%d/%m/%Y")
    if src.kind == "eepa":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return day.strftime("%Y-%m-%d")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons of an event."""
    if rng.random() < 0.018:
        tags.append("count_placeholder")
        return _maybe(rng, _COUNT_UNKNOWN[src.kind]), None
    if src.kind == "payoke":
        return n, n
    if n >= 1000:
        hi, lo = divmod(n, 1000)
        tags.append("thousands:n_persons")
        if src.kind == "consejeria":
            return f"{hi}.{lo:03d}", n
        if src.kind == "eepa":
            return f"{hi},{lo:03d}", n
        if src.kind == "belga":
            return f"{hi}\u00a0{lo:03d}", n
        return f"{hi} {lo:03d}", n
    if src.kind == "belga":
        if n <= 12 and rng.random() < 0.4:
            tags.append("count_word")
            return _FR_NUMBERS[n], n
        return n, n
    if src.kind == "eepa" and n >= 10 and rng.random() < 0.06:
        tags.append("approx_count")
        return f"{choice(rng, ('approx.', 'c.'))} {n}", n
    return str(n), n


def _suspects(src: Desk, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects of an event."""
    if n is None:
        return None, None
    r = rng.random()
    if src.kind == "belga" and r < 0.15:  # the dispatch does not say
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.03:
        tags.append("suspects_placeholder")
        return _maybe(rng, _SUSPECTS_UNKNOWN[src.kind]), None
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.kind]), 0
    if src.kind in ("payoke", "belga"):
        return n, n
    return str(n), n


def _maybe(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None, a blank cell) uniformly.

    Parameters
    ----------
    rng : numpy.random.Generator
        Generator of the draw.
    options : tuple of str or None
        Non-empty choices.

    Returns
    -------
    str or None
        The option drawn.

    Examples
    --------
    >>> _maybe(np.random.default_rng(0), (None,)) is None
    True
    """
    return options[int(rng.integers(len(options)))]


def _dms(value: float, pos: str, neg: str, width: int) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = (v - deg) * 60
    mins = int(minutes)
    secs = round((minutes - mins) * 60)
    if secs == 60:
        mins, secs = mins + 1, 0
    if mins == 60:
        deg, mins = deg + 1, 0
    return f"{deg:0{width}d}°{mins:02d}'{secs:02d}\"{hemi}"


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = round((v - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}"


def _comma(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _place(
    src: Desk,
    lat: float | None,
    lon: float | None,
    mode: str,
    corridor: str,
    rng: _Rng,
    tags: list[str],
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    missing = {"hainaut": 0.1, "payoke": 0.15, "consejeria": 0.05, "eepa": 0.1, "belga": 0.2}
    if lat is None or lon is None or rng.random() < missing[src.kind]:
        tags.append("coords_missing")
        return dict.fromkeys(cols), None, None
    if src.kind == "hainaut":
        return {"lat": _comma(lat, 5), "lon": _comma(lon, 5)}, lat, lon
    if src.kind == "payoke":
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, lat, lon
    if src.kind == "consejeria":
        if mode == "sea" and rng.random() < 0.3:
            tags.append("coords_dms")
            return {"lat": _dms(lat, "N", "S", 2), "lon": _dms(lon, "E", "O", 2)}, lat, lon
        return {"lat": _comma(lat, 4), "lon": _comma(lon, 4)}, lat, lon
    if src.kind == "eepa":
        if mode == "sea" and corridor in ("cmed", "emed"):  # at-sea positions
            tags.append("coords_ddm")
            text = f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"
            return {"coordinates": text}, lat, lon
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, lat, lon
    return {"lat": round(lat, 3), "lon": round(lon, 3)}, lat, lon


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(src: Desk, table: dict[str, dict[str, tuple[str, ...]]], value: str, rng: _Rng) -> str:
    forms = table[src.kind][value]
    return forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])


def _text(src: Desk, text: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Pass a word through the desk's own garbling (mojibake in the Belga feed)."""
    if src.kind == "belga" and rng.random() < 0.1:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append(f"mojibake:{col}")
            return garbled
    return text


def _render(
    src: Desk,
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
    kind = src.kind
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _text(src, _word(src, _CRIME, crime, rng), "crime_type", rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _maybe(rng, _NO_EXPLOITATION[kind])
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        tags.append("unknown:exploitation")
        cells["exploitation"] = choice(rng, _TBD[kind]) if rng.random() < 0.6 else None
        exp["exploitation"] = "unknown"
    else:
        word = _word(src, _EXPLOITATION, str(expl), rng)
        cells["exploitation"] = _text(src, word, "exploitation", rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    susp = ev["n_suspects"]
    n_susp = None if susp is None else int(susp)  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_susp, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        tags.append("blank_gender")
        unknown = _maybe(rng, _UNKNOWN[kind]) if forced_blank != "gender" else None
        cells["gender"], exp["gender"] = unknown, "unknown"
    else:
        cells["gender"] = _text(src, _word(src, _GENDER, gender, rng), "gender", rng, tags)
        exp["gender"] = gender

    for col, table in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        value = str(ev[col])
        if rng.random() < 0.02:
            tags.append("na_word")
            cells[col], exp[col] = _maybe(rng, _NA_WORDS[kind]), "unknown"
            continue
        if col == "transport_mode" and kind == "consejeria" and value == "sea":
            # the Atlantic route's big canoes are "cayucos", the Strait's boats "pateras"
            atlantic = ev["corridor"] == "watl" and rng.random() < 0.6
            cells[col] = "cayuco" if atlantic else _word(src, table, value, rng)
        else:
            cells[col] = _text(src, _word(src, table, value, rng), col, rng, tags)
        exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.015:
        tags.append("blank_nationality")
        unknown = _maybe(rng, _UNKNOWN[kind]) if forced_blank != "nationality" else None
        cells["nationality"], exp["nationality"] = unknown, None
    else:
        cells["nationality"] = _country(src, nat, "nationality", "nationality", rng, tags)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
        elif rng.random() < 0.025:
            tags.append(f"unknown:{col}")
            cells[col], exp[col] = _maybe(rng, _UNKNOWN[kind]), None
        else:
            cells[col] = _country(src, str(iso), "country", col, rng, tags)
            exp[col] = str(iso)

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, det, "detection", "detection_country", rng, tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        direct = _maybe(rng, _DIRECT[kind])
        if direct is not None:
            tags.append("transit_direct")
        cells["transit_countries"] = direct
        exp["transit_countries"] = None
    else:
        parts = [
            _country(src, c, "country", "transit_countries", rng, tags)
            for c in str(transit).split("|")
        ]
        cells["transit_countries"] = parts if kind == "belga" else _TRANSIT_SEP[kind].join(parts)
        exp["transit_countries"] = str(transit)

    lat = ev["lat"]
    lon = ev["lon"]
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        place: dict[str, object] = dict.fromkeys(cols)
        exp["lat"] = exp["lon"] = None
    else:
        place, exp["lat"], exp["lon"] = _place(
            src,
            None if lat is None else float(lat),  # type: ignore[arg-type]
            None if lon is None else float(lon),  # type: ignore[arg-type]
            str(ev["transport_mode"]),
            str(ev["corridor"]),
            rng,
            tags,
        )
    cells.update(place)

    offences = ev["linked_offences"]
    if "linked_offences" not in src.headers:
        exp["linked_offences"] = None
    elif offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_OFFENCES[kind][o] for o in str(offences).split("|")]
        cells["linked_offences"] = words if kind == "belga" else _OFFENCE_SEP[kind].join(words)
        exp["linked_offences"] = str(offences)

    # Case and spacing slips of the clerks (the meaning stays).
    if kind in ("hainaut", "consejeria", "eepa"):
        for col in ("nationality", "origin_country", "transport_mode", "gender"):
            v = cells.get(col)
            if isinstance(v, str) and v and rng.random() < 0.04:
                cells[col] = choice(rng, (v.upper(), v.lower(), f"{v} ", f" {v}"))
                if cells[col] != v:
                    tags.append(f"case:{col}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_HAINAUT = Desk(
    source="parquet_hainaut",
    filename="parquet_hainaut_fw.csv",
    ref="TO.55.L7.{seq:06d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de notice",
        "event_date": "Date des faits",
        "crime_type": "Prévention",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nbre victimes / migrants",
        "n_suspects": "Nbre prévenus",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interception",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Préventions connexes",
    },
    note="Extraction MaCH - chiffres provisoires, sous réserve de l'instruction en cours",
    total="TOTAL",
    bad_count=("plusieurs", "#VALEUR!", "cf. PV"),
    repeats=False,
    kind="hainaut",
)
_PAYOKE = Desk(
    source="payoke_antwerpen",
    filename="payoke_antwerpen_fw.xlsx",
    ref="PAY-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case no.",
        "event_date": "Date of identification",
        "crime_type": "Case type",
        "exploitation": "Exploitation type",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "n_persons": "No. of victims",
        "n_suspects": "Suspects",
        "origin_country": "Country of origin",
        "transit_countries": "Route",
        "destination_country": "Intended destination",
        "detection_country": "Country of identification",
        "transport_mode": "Transport",
        "coordinates": "GPS (lat, long)",
    },
    note="Source: Payoke case database - preliminary figures, not for publication",
    total="Total",
    bad_count=("#VALUE!", "several"),
    repeats=False,
    kind="payoke",
)
_CONSEJERIA = Desk(
    source="consejeria_trabajo_bruselas",
    filename="consejeria_trabajo_bruselas_fw.csv",
    ref="CTB/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº de expediente",
        "event_date": "Fecha del hecho",
        "detection_country": "País donde se detecta",
        "crime_type": "Tipología",
        "exploitation": "Finalidad",
        "n_persons": "Nº de víctimas / migrantes",
        "n_suspects": "Nº de detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales a fecha de extracción; no difundir",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "varios"),
    repeats=True,
    kind="consejeria",
)
_EEPA = Desk(
    source="eepa_bruxelles",
    filename="eepa_bruxelles_fw.csv",
    ref="EEPA-SR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Date",
        "coordinates": "Position",
        "detection_country": "Detected in",
        "crime_type": "Category",
        "exploitation": "Exploitation",
        "n_persons": "Persons",
        "n_suspects": "Suspected smugglers/traffickers",
        "nationality": "Nationality",
        "gender": "Sex",
        "age_group": "Age",
        "origin_country": "Origin",
        "transit_countries": "Route via",
        "destination_country": "Destination",
        "transport_mode": "Means",
        "linked_offences": "Other crimes",
    },
    note=None,
    total="Total",
    bad_count=("dozens", "many"),
    repeats=False,
    kind="eepa",
)
_BELGA = Desk(
    source="belga_veille",
    filename="belga_veille_fw.jsonl",
    ref="BLG{yy:02d}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "ref_depeche",
        "event_date": "date_faits",
        "crime_type": "type_infraction",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_suspects",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_detection",
        "transit_countries": "transit",
        "transport_mode": "moyen_transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "infractions_liees",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs dizaines", "des centaines"),
    repeats=True,
    kind="belga",
)

#: The five sources of ``blind177``, in the order the submissions are returned.
SOURCES: tuple[Desk, ...] = (_HAINAUT, _PAYOKE, _CONSEJERIA, _EEPA, _BELGA)

_EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": _HAINAUT.source,
        "GBR": _PAYOKE.source,
        "ESP": _CONSEJERIA.source,
        "ITA": _EEPA.source,
        "GRC": _EEPA.source,
    },
    compilation=_BELGA.source,
    secondary={
        ("channel", "FRA"): _BELGA.source,
        ("channel", "GBR"): _BELGA.source,
        ("thb_vnm_gbr", "GBR"): _BELGA.source,
        ("thb_nga_ita", "ITA"): _PAYOKE.source,
        ("cmed", "ITA"): _BELGA.source,
        ("thb_rou_esp", "ITA"): _BELGA.source,
        ("thb_rou_esp", "ESP"): _BELGA.source,
        ("watl", "ESP"): _BELGA.source,
        ("wmed", "ESP"): _BELGA.source,
        ("emed", "GRC"): _BELGA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=177,
    blank_share=0.3,
)


def make_blind177(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind177`` desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES` (files ``*_fw.csv``, ``*_fw.xlsx``,
        ``*_fw.jsonl``), each with the expected clean row of every written row.

    Raises
    ------
    DataContractError
        If ``truth`` is not the output of :func:`trendlib.samples.make_truth`.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind177(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['parquet_hainaut_fw.csv', 'payoke_antwerpen_fw.xlsx',
     'consejeria_trabajo_bruselas_fw.csv', 'eepa_bruxelles_fw.csv',
     'belga_veille_fw.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8', 'utf-8']
    >>> all(s.expected["expected_status"].eq("record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
