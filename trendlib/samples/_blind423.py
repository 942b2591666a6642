"""Examiner sample set ``blind423`` (files ``*_pi.*``): steelworks' security desks.

Five desks of the steel and metals trade that log people found in freight, trafficked
workers and smuggling near their sites and supply chains, each the way its own tools
export:

``british_steel_msl_pi.csv``
    British Steel (Scunthorpe), modern-slavery and site-security lead. English, Windows
    "CSV (Comma delimited)" export: cp1252, ``,``, CRLF. UK wording ("Clandestine
    entrants", "Criminal - cannabis cultivation", "HGV", "Nil"), demonyms for
    nationality, England/Scotland for the country where people were found, dates
    ``17/05/2023`` or Excel's ``17-May-23``, "lat, long" in one cell.
``arcelormittal_dunkerque_surete_pi.xlsx``
    ArcelorMittal France, Dunkerque site, sûreté and conformité sociale main courante.
    French workbook: real Excel date-times (night rounds), some dates typed as text,
    "aide à l'entrée irrégulière", "PL", "MNA", "néant", "Angleterre" as the declared
    destination, latitude and longitude as numbers or typed with a decimal comma.
``acerinox_cumplimiento_pi.csv``
    Acerinox Europa (Los Barrios, Cádiz), cumplimiento normativo. Spanish, UTF-8 with
    BOM, ``;``: articles of the Código Penal ("318 bis", "177 bis"), "contra la salud
    pública", "MENA", "patera"/"cayuco", thousands with a dot, decimal commas, some
    dates left as Excel serial numbers.
``ternium_mx_seguridad_pi.csv``
    Ternium México (San Nicolás de los Garza, N.L.), seguridad patrimonial: people found
    in freight bound for the US. Excel "Texto Unicode" export (UTF-16 with BOM, tab).
    Mexican wording: "tráfico de personas" (smuggling, as in the Ley de Migración),
    "NNA", "EUA", "H"/"M" (hombre/mujer), nationalities as gendered demonyms,
    "operaciones con recursos de procedencia ilícita" (money laundering).
``responsiblesteel_monitoring_pi.jsonl``
    ResponsibleSteel, supply-chain incident monitoring (compilation of partner and media
    reports for every other country). English keys, ISO alpha-2 codes (some alpha-3,
    M49 numbers, partner names in French or Spanish, some garbled by a cp1252 re-save),
    ISO dates, month (``2023-05``) or quarter (``Q2 2023``) when the partner gave only
    that.

Each cell's expected clean value is what a careful analyst reads from it; a cell that
says "not known" expects nothing (or ``unknown`` for a vocabulary word).
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND423", "SOURCES", "Desk", "make_blind423"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A steel-trade desk of ``blind423``: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the desk's writer: ``"uk"``, ``"fr"``, ``"es"``, ``"mx"`` or ``"intl"``.
    """

    style: str


# --------------------------------------------------------------------------------------
# Countries: names (en, fr, es) and demonyms (en, fr, es), written by hand on purpose
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}

_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afgano"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "AUT": ("Austrian", "autrichien", "austriaco"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "BGR": ("Bulgarian", "bulgare", "búlgaro"),
    "BIH": ("Bosnian", "bosnien", "bosnio"),
    "BLR": ("Belarusian", "biélorusse", "bielorruso"),
    "CHN": ("Chinese", "chinois", "chino"),
    "CIV": ("Ivorian", "ivoirien", "marfileño"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "DEU": ("German", "allemand", "alemán"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "ESP": ("Spanish", "espagnol", "español"),
    "FRA": ("French", "français", "francés"),
    "GBR": ("British", "britannique", "británico"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "GRC": ("Greek", "grec", "griego"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "HRV": ("Croatian", "croate", "croata"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "HUN": ("Hungarian", "hongrois", "húngaro"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "ITA": ("Italian", "italien", "italiano"),
    "LBY": ("Libyan", "libyen", "libio"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MKD": ("North Macedonian", "macédonien", "macedonio"),
    "MLI": ("Malian", "malien", "maliense"),
    "MRT": ("Mauritanian", "mauritanien", "mauritano"),
    "NER": ("Nigerien", "nigérien", "nigerino"),
    "NGA": ("Nigerian", "nigérian", "nigeriano"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "PAN": ("Panamanian", "panaméen", "panameño"),
    "POL": ("Polish", "polonais", "polaco"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "RUS": ("Russian", "russe", "ruso"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "SRB": ("Serbian", "serbe", "serbio"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "TUR": ("Turkish", "turc", "turco"),
    "USA": ("American", "américain", "estadounidense"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

#: Other names a desk writes for a country (by language).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "IRN": ("Islamic Republic of Iran",),
        "SYR": ("Syrian Arab Republic",),
        "DEU": ("Deutschland",),
        "MKD": ("Macedonia",),
        "GIN": ("Guinea-Conakry",),
        "GMB": ("The Gambia",),
        "RUS": ("Russian Federation",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "GIN": ("Guinée-Conakry",),
        "CIV": ("RCI",),
    },
    "es": {
        "USA": ("EUA", "EE.UU.", "E.U.A."),
        "GBR": ("Inglaterra", "R. Unido"),
        "GIN": ("Guinea Conakry",),
        "CIV": ("C. de Marfil",),
        "MAR": ("Reino de Marruecos",),
        "MEX": ("Mexico",),
    },
}
_LANG = {"en": 0, "fr": 1, "es": 2}


def _typo(name: str) -> str | None:
    """Drop one letter in the middle of a long name (a keying slip), or None."""
    if len(name) < 7 or " " in name:
        return None
    i = len(name) // 2
    if not name[i].isalpha() or name[i - 1] == name[i]:
        return None
    return name[:i] + name[i + 1 :]


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


def _feminine(word: str) -> str:
    """Spanish feminine of a demonym (``hondureño`` -> ``hondureña``)."""
    if word.endswith("o"):
        return word[:-1] + "a"
    for end, fem in (("án", "ana"), ("és", "esa"), ("ol", "ola")):
        if word.endswith(end):
            return word[: -len(end)] + fem
    return word


def _ascii(text: str) -> str:
    """Drop accents (what a cp1252 file cannot hold is written without them)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# Value words of each desk
# --------------------------------------------------------------------------------------
_W = dict[str, tuple[str, ...]]
_CRIME: dict[str, _W] = {
    "uk": {
        "trafficking": ("Modern Slavery", "MS / Human Trafficking", "Human trafficking"),
        "smuggling": ("Clandestine entrants", "People smuggling", "Facilitation"),
        "both": ("Modern Slavery + Clandestine entry", "Trafficking & smuggling"),
    },
    "fr": {
        "trafficking": ("traite des êtres humains", "TEH", "Traite des êtres humains"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "trafic de migrants",
            "passage clandestin (migrants dissimulés)",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    "es": {
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH", "trata"),
        "smuggling": (
            "Favorecimiento inmigración irregular (art. 318 bis CP)",
            "tráfico ilícito de migrantes",
            "318 bis",
        ),
        "both": ("TSH + 318 bis", "trata y tráfico de migrantes"),
    },
    "mx": {
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico de personas", "Tráfico de migrantes", "Tráfico de indocumentados"),
        "both": ("Trata y tráfico de personas",),
    },
    "intl": {
        "trafficking": ("Human trafficking", "Trafficking in persons", "THB"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SOM"),
        "both": ("THB/SOM", "Trafficking + smuggling"),
    },
}
_EXPLOIT: dict[str, _W] = {
    "uk": {
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Criminal exploitation", "Criminal - cannabis cultivation"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
        "": ("", "N/A"),
    },
    "fr": {
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "sexual": ("exploitation sexuelle", "exploitation sexuelle (proxénétisme)"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
        "": ("", "sans objet"),
    },
    "es": {
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("actividades delictivas",),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras",),
        "": ("", "no procede"),
    },
    "mx": {
        "forced_labour": ("trabajo forzado", "explotación laboral"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("actividades delictivas",),
        "forced_marriage": ("matrimonio forzoso",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra",),
        "": ("N/A", "N/A", ""),
    },
    "intl": {
        "forced_labour": ("forced labour", "labour exploitation"),
        "sexual": ("sexual exploitation",),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
        "": ("",),
    },
}
_GENDER: dict[str, _W] = {
    "uk": {"male": ("Male", "M", "Males"), "female": ("Female", "F"), "mixed": ("Mixed", "M/F")},
    "fr": {
        "male": ("H", "homme(s)", "masculin"),
        "female": ("F", "femme(s)", "féminin"),
        "mixed": ("H/F", "mixte"),
    },
    "es": {
        "male": ("Varón", "varones"),
        "female": ("Mujer", "mujeres"),
        "mixed": ("Ambos sexos", "mixto"),
    },
    "mx": {
        "male": ("Hombre", "H", "hombres"),
        "female": ("Mujer", "M", "mujeres"),
        "mixed": ("Mixto", "hombres y mujeres"),
    },
    "intl": {
        "male": ("male", "men"),
        "female": ("female", "women"),
        "mixed": ("mixed", "men and women"),
    },
}
_AGE: dict[str, _W] = {
    "uk": {
        "adult": ("Adult", "18+"),
        "child": ("Minor", "Child", "U18"),
        "mixed": ("Both", "Adults & minors"),
        "": ("n/k",),
    },
    "fr": {
        "adult": ("majeur(s)", "majeurs"),
        "child": ("mineur(s)", "MNA"),
        "mixed": ("majeurs et mineurs",),
        "": ("non renseigné",),
    },
    "es": {
        "adult": ("mayor de edad", "adultos"),
        "child": ("menor", "MENA"),
        "mixed": ("mayores y menores",),
        "": ("no consta",),
    },
    "mx": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "NNA"),
        "mixed": ("adultos y NNA", "adultos y menores"),
        "": ("N/A",),
    },
    "intl": {
        "adult": ("adults", "adult"),
        "child": ("minors", "UASC", "children"),
        "mixed": ("adults and children", "mixed ages"),
        "": ("n/a",),
    },
}
_MODE: dict[str, _W] = {
    "uk": {
        "sea": ("Small boat", "RHIB", "Dinghy"),
        "land": ("HGV", "Lorry", "Van"),
        "air": ("Flight", "Air"),
        "": ("n/k",),
    },
    "fr": {
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("poids lourd", "PL", "camion"),
        "air": ("avion", "voie aérienne"),
        "": ("non renseigné",),
    },
    "es": {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("camión", "a pie", "vehículo"),
        "air": ("avión", "vía aérea"),
        "": ("no consta",),
    },
    "mx": {
        "sea": ("lancha", "embarcación"),
        "land": ("tráiler", "caja seca", "ferrocarril (góndola)", "a pie"),
        "air": ("aéreo", "avión"),
        "": ("N/A",),
    },
    "intl": {
        "sea": ("sea", "boat"),
        "land": ("land", "overland"),
        "air": ("air", "flight"),
        "": ("n/a",),
    },
}
_OFFENCES: dict[str, _W] = {
    "uk": {
        "document_fraud": ("Document fraud", "False ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "mx": {
        "document_fraud": ("uso de documento falso",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("delitos contra la salud",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "intl": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP: dict[str, tuple[str, ...]] = {
    "uk": ("; ", ", "),
    "fr": (" / ", ", "),
    "es": (", ",),
    "mx": (", ",),
    "intl": ("; ",),
}
_TRANSIT_SEP: dict[str, tuple[str, ...]] = {
    "uk": (" / ", ", "),
    "fr": (" - ", " > "),
    "es": (", ", " - "),
    "mx": ("-", " - "),
    "intl": (" > ",),
}
_DIRECT = {"uk": "Direct", "fr": "direct", "es": "directo", "mx": "directo"}
_COUNT_PLACEHOLDER = {
    "uk": ("not known", "TBC"),
    "fr": ("NC", "non déterminé"),
    "es": ("s/d", "sin determinar"),
    "mx": ("S/D", "por confirmar"),
    "intl": ("unknown", "not reported"),
}
_ZERO = {
    "uk": ("Nil", "None"),
    "fr": ("néant", "aucun"),
    "es": ("ninguno",),
    "mx": ("ninguno", "sin detenidos"),
    "intl": ("none",),
}
_NUMBER_WORDS = (
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
_MOIS: tuple[str, ...] = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août")
_MOIS += ("sept.", "oct.", "nov.", "déc.")
_MESES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers of the writers
# --------------------------------------------------------------------------------------
def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float:
    return float(ev[key])  # type: ignore[arg-type]


def _word(rng: _Rng, words: tuple[str, ...], usual: float = 0.6) -> str:
    """Pick the usual word (the first) most of the time, another variant otherwise."""
    if len(words) == 1 or rng.random() < usual:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _noise(text: str, rng: _Rng, rate: float, tags: list[str]) -> str:
    """Change the case or spacing of a cell now and then (the meaning stays)."""
    if not text or rng.random() >= rate:
        return text
    tags.append("case_space")
    kind = int(rng.integers(3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _country(
    code: str, lang: str, rng: _Rng, tags: list[str], *, alias: float, typo: float, upper: float
) -> str:
    """Name a country as a desk does: its name, an alias, a slip or capitals."""
    name = _name(code, lang)
    r = rng.random()
    aliases = _ALIASES[lang].get(code, ())
    if aliases and r < alias:
        tags.append("alias")
        return choice(rng, aliases)
    if r < alias + typo:
        slip = _typo(name)
        if slip is not None:
            tags.append("typo")
            return slip
    if r < alias + typo + upper:
        tags.append("upper")
        return name.upper()
    return name


def _transit(value: str | None, style: str, lang: str, rng: _Rng, tags: list[str]) -> str | None:
    """Transit countries in order, with the desk's separator (or its word for direct)."""
    if value is None:
        if style in _DIRECT and rng.random() < 0.5:
            tags.append("direct_word")
            return _DIRECT[style]
        return None
    sep = choice(rng, _TRANSIT_SEP[style])
    parts = []
    for code in value.split("|"):
        if style == "intl":
            parts.append(iso_codes(code)[0])
        else:
            parts.append(_country(code, lang, rng, tags, alias=0.15, typo=0.02, upper=0.05))
    return sep.join(parts)


def _offences(value: str | None, style: str, rng: _Rng) -> str | None:
    if value is None:
        return None
    sep = choice(rng, _OFFENCE_SEP[style])
    return sep.join(_word(rng, _OFFENCES[style][o]) for o in value.split("|"))


def _vocab(
    table: dict[str, _W], style: str, value: str | None, rng: _Rng, tags: list[str], na: float
) -> tuple[str | None, str | None]:
    """Word of a vocabulary value; sometimes the desk's "not known" (expects ``unknown``)."""
    if value is None:
        return None, None
    words = table[style]
    if "" in words and rng.random() < na:
        tags.append("na_word")
        return words[""][0], "unknown"
    return _word(rng, words[value]), value


def _exploitation(style: str, value: str | None, rng: _Rng) -> str | None:
    if value is None:  # pure smuggling: the desk leaves it empty or writes "n/a"
        text = _word(rng, _EXPLOIT[style][""], 0.7)
        return text or None
    return _word(rng, _EXPLOIT[style][value])


def _suspects(
    style: str, n: int | None, rng: _Rng, tags: list[str], numeric: bool
) -> tuple[object, int | None]:
    if n is None:
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[style]), None
    if n == 0 and rng.random() < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO[style]), 0
    return (n if numeric else str(n)), n


def _coord_text(lat: float, lon: float, decimals: int, sep: str) -> tuple[str, float, float]:
    la, lo = round(lat, decimals), round(lon, decimals)
    return f"{la:.{decimals}f}{sep}{lo:.{decimals}f}", la, lo


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date_cell(src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, str]:
    """Return (cell, precision, tag) of an event date, as the desk writes it."""
    r = rng.random()
    if src.style == "uk":
        if r < 0.75:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}", "day", "date_dmon"
    if src.style == "fr":
        if r < 0.7:  # a real Excel date-time: the round's hour and minute
            hour = int(rng.integers(0, 24))
            minute = int(rng.integers(0, 12)) * 5
            return datetime(ts.year, ts.month, ts.day, hour, minute), "day", "excel_datetime"
        if r < 0.9:
            return ts.strftime("%d/%m/%Y"), "day", "text_date"
        return f"{ts.day} {_MOIS[ts.month - 1]} {ts.year}", "day", "long_date"
    if src.style == "es":
        if r < 0.7:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        if r < 0.87:
            return f"{ts.day:02d}-{_MESES[ts.month - 1]}-{ts.year % 100:02d}", "day", "date_dmon"
        return str((ts - _EXCEL_EPOCH).days), "day", "excel_serial"
    if src.style == "mx":
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        return f"{ts.day:02d}/{_MESES[ts.month - 1]}/{ts.year}", "day", "date_dmon"
    # intl: ISO, a written day, or what the partner gave: a month or a quarter
    if partial_ok and r < 0.12:
        return ts.strftime("%Y-%m"), "month", "month_date"
    if partial_ok and r < 0.2:
        return f"Q{ts.quarter} {ts.year}", "quarter", "quarter_date"
    if r < 0.85:
        return ts.strftime("%Y-%m-%d"), "day", "iso_date"
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "day", "long_date"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: none, impossible (30/02) or keyed ten years on."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        day = ts.replace(year=ts.year + 10)  # "2033" keyed for "2023"
        if src.style == "fr":
            return datetime(day.year, day.month, day.day, 2, 15)
        if src.style == "intl":
            return day.strftime("%Y-%m-%d")
        return day.strftime("%d/%m/%Y")
    dd, mm = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
    if src.style == "intl":
        return f"{ts.year}-{mm}-{dd}"
    return f"{dd}/{mm}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date of the desk's extraction note: a few days after its last row."""
    day = last + pd.Timedelta(days=6)
    if src.style == "fr":
        return datetime(day.year, day.month, day.day, 8, 30)
    if src.style == "intl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _nationality(
    src: Desk, code: str | None, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> str | None:
    if code is None:
        return None
    style = src.style
    if style == "intl":
        r = rng.random()
        if r < 0.6:
            tags.append("iso2")
            return iso_codes(code)[0]
        if r < 0.8:
            tags.append("iso3")
            return code
        if r < 0.9:  # a French or Spanish partner's name, garbled by a cp1252 re-save
            lang = "fr" if rng.random() < 0.5 else "es"
            garbled = mojibake(_name(code, lang))
            if garbled is not None:
                tags.append("mojibake")
                return garbled
            tags.append("partner_name")
            return _name(code, lang)
        return _name(code, "en")
    lang = src.language
    if rng.random() < {"uk": 0.8, "fr": 0.7, "es": 0.6, "mx": 0.85}[style]:
        tags.append("demonym")
        word = _DEMONYMS[code][_LANG[lang]]
        if style == "mx" and ev.get("gender") == "female":
            word = _feminine(word)
        if style == "fr" and rng.random() < 0.3:
            return word.upper()
        if style == "uk" and rng.random() < 0.05:
            slip = _typo(word)
            if slip is not None:
                tags.append("typo")
                return slip
        return word
    return _country(code, lang, rng, tags, alias=0.1, typo=0.03, upper=0.15)


def _place(src: Desk, code: str | None, rng: _Rng, tags: list[str], lat: float) -> str | None:
    """Country where the people were found."""
    if code is None:
        return None
    style = src.style
    if style == "uk" and code == "GBR":
        r = rng.random()
        if r < 0.5:
            tags.append("home_nation")
            return "Scotland" if lat > 55.0 else "England"
        return "UK" if r < 0.8 else "United Kingdom"
    if style == "intl":
        r = rng.random()
        if r < 0.7:
            tags.append("iso2")
            return iso_codes(code)[0]
        return _name(code, "en")
    return _country(code, src.language, rng, tags, alias=0.3, typo=0.0, upper=0.1)


def _count(src: Desk, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Persons found, as the desk writes the number (or its "not known")."""
    if n is None:
        return None, None
    style = src.style
    numeric = src.format != "csv"
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[style]), None
    if n >= 1000 and rng.random() < 0.7:
        tags.append("thousands")
        sep = {"uk": ",", "fr": "\u00a0", "es": ".", "mx": ",", "intl": ","}[style]
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    if style == "uk" and n <= 12 and rng.random() < 0.05:
        tags.append("count_word")
        word = _NUMBER_WORDS[n]
        return (word.capitalize() if rng.random() < 0.5 else word), n
    if style == "fr" and rng.random() < 0.05:
        tags.append("count_unit")
        return f"{n} pers.", n
    return (n if numeric else str(n)), n


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event the way ``src`` does; return (cells, expected, tags)."""
    style, lang = src.style, src.language
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, precision, date_tag = _date_cell(src, ts, rng, partial_ok)
    tags.append(date_tag)
    day = ts.to_period("M").start_time if precision == "month" else ts
    if precision == "quarter":
        day = ts.to_period("Q").start_time
    crime = str(ev["crime_type"])
    exploitation = _str(ev, "exploitation")
    cells: _Cells = {
        "event_date": date_cell,
        "crime_type": _noise(_word(rng, _CRIME[style][crime]), rng, 0.04, tags),
        "exploitation": _exploitation(style, exploitation, rng),
    }
    exp: _Cells = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": exploitation,
    }
    cells["n_persons"], exp["n_persons"] = _count(src, _int(ev, "n_persons"), rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        style, _int(ev, "n_suspects"), rng, tags, src.format != "csv"
    )
    gender = str(ev["gender"])
    cells["gender"], exp["gender"] = _word(rng, _GENDER[style][gender]), gender
    if style == "mx" and cells["gender"] in ("H", "M"):
        tags.append("sex_letter")
    cells["age_group"], exp["age_group"] = _vocab(
        _AGE, style, _str(ev, "age_group"), rng, tags, 0.03
    )
    cells["transport_mode"], exp["transport_mode"] = _vocab(
        _MODE, style, _str(ev, "transport_mode"), rng, tags, 0.02
    )
    nat = _str(ev, "nationality")
    cells["nationality"], exp["nationality"] = _nationality(src, nat, ev, rng, tags), nat
    for col in ("origin_country", "destination_country"):
        code = _str(ev, col)
        exp[col] = code
        if code is None:
            cells[col] = None
        elif style == "intl":
            r = rng.random()
            if r < 0.45:
                tags.append("iso2")
                cells[col] = iso_codes(code)[0]
            elif r < 0.53 and col == "origin_country":
                tags.append("iso_numeric")
                cells[col] = iso_codes(code)[1]
            elif r < 0.6 and ev.get("detection_country") == "PAN":
                tags.append("partner_name")
                cells[col] = _name(code, "es")
            else:
                cells[col] = _country(code, "en", rng, tags, alias=0.1, typo=0.02, upper=0.0)
        else:
            alias = 0.5 if col == "destination_country" else 0.1
            cells[col] = _country(code, lang, rng, tags, alias=alias, typo=0.03, upper=0.08)
    transit = _str(ev, "transit_countries")
    cells["transit_countries"] = _transit(transit, style, lang, rng, tags)
    exp["transit_countries"] = transit
    det = _str(ev, "detection_country")
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    cells["detection_country"], exp["detection_country"] = _place(src, det, rng, tags, lat), det
    offences = _str(ev, "linked_offences")
    cells["linked_offences"], exp["linked_offences"] = _offences(offences, style, rng), offences

    # Coordinates, in the desk's style; a few rows give none.
    exp["lat"], exp["lon"] = None, None
    if rng.random() < 0.04:
        tags.append("coords_missing")
        cells.update({"coordinates": None, "lat": None, "lon": None})
    elif style == "uk":
        cells["coordinates"], exp["lat"], exp["lon"] = _coord_text(lat, lon, 5, ", ")
    elif style == "mx":
        sep = "," if rng.random() < 0.6 else ", "
        cells["coordinates"], exp["lat"], exp["lon"] = _coord_text(lat, lon, 5, sep)
    elif style == "intl":
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
        cells["lat"], cells["lon"] = exp["lat"], exp["lon"]
    elif style == "es" or rng.random() < 0.2:  # typed with a decimal comma
        tags.append("decimal_comma")
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        cells["lat"] = f"{exp['lat']:.5f}".replace(".", ",")
        cells["lon"] = f"{exp['lon']:.5f}".replace(".", ",")
    else:  # numbers in the workbook
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        cells["lat"], cells["lon"] = exp["lat"], exp["lon"]

    # A second report may leave out a field the first one gives.
    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            cells.update({"coordinates": None, "lat": None, "lon": None})
            exp["lat"], exp["lon"] = None, None
        elif forced_blank == "gender":
            cells["gender"], exp["gender"] = None, "unknown"
        else:
            cells[forced_blank], exp[forced_blank] = None, None

    for key, value in cells.items():  # what the file's encoding cannot hold
        if isinstance(value, str) and not fits(value, src):
            cells[key] = _ascii(value)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
_UK = Desk(
    source="british_steel_msl",
    filename="british_steel_msl_pi.csv",
    ref="BS-MSL-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident Ref",
        "event_date": "Date of Incident",
        "crime_type": "Category",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. Persons Found",
        "n_suspects": "No. Suspects",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (Transit Countries)",
        "destination_country": "Intended Destination",
        "detection_country": "Country Found",
        "transport_mode": "Conveyance",
        "coordinates": "Location (Lat, Long)",
        "linked_offences": "Associated Offences",
    },
    note="Extract from MSL incident log - OFFICIAL-SENSITIVE - do not forward",
    total="Grand Total",
    bad_count=("several", "a lorry load", "#VALUE!"),
    repeats=True,
    style="uk",
)
_FR = Desk(
    source="arcelormittal_dunkerque_surete",
    filename="arcelormittal_dunkerque_surete_pi.xlsx",
    ref="MC-DK-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date et heure des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays traversés)",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de découverte",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction main courante sûreté site de Dunkerque – diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "groupe", "#REF!"),
    repeats=False,
    style="fr",
)
_ES = Desk(
    source="acerinox_cumplimiento",
    filename="acerinox_cumplimiento_pi.csv",
    ref="EXP-{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad (mayor/menor)",
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
    note="Fuente: canal ético y comunicaciones de proveedores. Datos provisionales",
    total="TOTAL",
    bad_count=("varios", "numerosos", "#¡VALOR!"),
    repeats=False,
    style="es",
)
_MX = Desk(
    source="ternium_mx_seguridad",
    filename="ternium_mx_seguridad_pi.csv",
    ref="TMX-SP-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de evento",
        "crime_type": "Tipo de incidente",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Mayor/Menor",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
    },
    note=None,
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "#¡VALOR!"),
    repeats=True,
    style="mx",
)
_INTL = Desk(
    source="responsiblesteel_monitoring",
    filename="responsiblesteel_monitoring_pi.jsonl",
    ref="RS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "incident_date",
        "crime_type": "issue_category",
        "exploitation": "exploitation_type",
        "n_persons": "people_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "gender_profile",
        "age_group": "age_profile",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "destination",
        "detection_country": "country_detected",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens", "many"),
    repeats=False,
    style="intl",
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (_UK, _FR, _ES, _MX, _INTL)

#: The variant: who reports which event first, and who may report it again.
BLIND423: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _UK.source,
        "FRA": _FR.source,
        "ESP": _ES.source,
        "USA": _MX.source,
    },
    compilation=_INTL.source,
    secondary={
        ("channel", "FRA"): _UK.source,  # lorries from Dunkirk reaching UK sites
        ("channel", "GBR"): _FR.source,  # loads from the Dunkerque site found at Dover
        ("thb_vnm_gbr", "GBR"): _INTL.source,
        ("thb_rou_esp", "ESP"): _INTL.source,
        ("wmed", "ESP"): _INTL.source,
        ("watl", "ESP"): _INTL.source,
        ("us_mex", "USA"): _INTL.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=423_058,
    blank_share=0.3,
)


def make_blind423(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five steel-trade desks of ``blind423`` would.

    British Steel's modern-slavery lead (cp1252 CSV), ArcelorMittal Dunkerque's sûreté
    main courante (XLSX), Acerinox's cumplimiento desk (UTF-8 with BOM, ``;``), Ternium
    México's seguridad patrimonial (UTF-16 tab-separated text) and ResponsibleSteel's
    incident monitoring (JSON lines, the compilation of every other country).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind423(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['british_steel_msl_pi.csv', 'arcelormittal_dunkerque_surete_pi.xlsx',
     'acerinox_cumplimiento_pi.csv', 'ternium_mx_seguridad_pi.csv',
     'responsiblesteel_monitoring_pi.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha de evento', 'Tipo de incidente']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND423, truth, seed=seed)
