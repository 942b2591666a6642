"""Examiner sample set ``blind272`` (files ``*_jn.*``): education-sector safeguarding returns.

Five bodies of the language-school, au-pair and student-exchange world keep a register of
the safeguarding incidents that concern, or are notified to, their networks: learners,
au pairs and exchange visitors who vanish, are moved irregularly or are exploited, and the
multi-agency notifications (police, border, coast guard) their welfare officers receive.
Each sends its register in its own working language, file type and habits:

``accreditation_uk_safeguarding_jn.csv``
    British Council *Accreditation UK* safeguarding concerns log; English, UTF-8 with BOM,
    ``,``; day-first dates (``17/05/2023``, ``17 May 2023``, a few ``May 2023``); English
    names with UK aliases; route as ``A > B``; numbers in words now and then; a free
    ``Town / area`` column; latitude and longitude in two columns.
``label_qualite_fle_jn.csv``
    France Éducation International's *label Qualité FLE* alert register; French, cp1252,
    ``;``, CRLF; ``17/05/2023`` and ``17/05/23``, quarters as ``T2 2023``; French names,
    often in capitals, accents dropped, some mojibake pasted from a UTF-8 export;
    ``1 250`` with a no-break space; one ``Coordonnées GPS`` cell ``50,95123 / 1,85234``.
``cervantes_sacic_jn.xlsx``
    Instituto Cervantes' accreditation system (SACIC) incident book of accredited centres
    in Spain and Latin America; Spanish XLSX; Excel date cells, typed ``17/05/2023``,
    bare Excel serials, ``17 de mayo de 2023``, ``mayo de 2023``, INE quarters ``2023T2``;
    numeric or decimal-comma text coordinates; ``1.250`` as text.
``ciee_j1_incidents_jn.jsonl``
    CIEE (a US J-1 Exchange Visitor Program sponsor) serious-incident export; JSON lines,
    camelCase keys, US month-first dates (``05/17/2023``) and Salesforce timestamps;
    ISO alpha-2 codes; ``;``-joined multi-select picklists; ``null`` for unknowns; the
    export re-sends a few records (exact repeats).
``eaquals_member_alerts_jn.csv``
    Eaquals secretariat compilation of member-school alerts (every country without a
    national body above); English, UTF-16 tab-separated ("Unicode text" from Excel);
    ``17 May 2023`` and ISO dates, ``2023-05``, ``Q2 2023``; ISO alpha-3 codes mixed with
    names; coordinates as a ``lat, long`` pair or in degrees, minutes and seconds.

The truth expects what a careful analyst reads from each cell; cells that say "not known"
or "not applicable" expect nothing (or ``unknown``), and their rows carry the tag.
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

__all__ = ["SOURCES", "make_blind272"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A source of the set; ``key`` selects its wording and habits."""

    key: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_LANG = {"en": 0, "fr": 1, "es": 2}

# iso3: (English, French, Spanish), as these bodies usually write them.
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
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

# Other names a clerk of that language commonly writes (each unambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia", "Bosnia & Herzegovina"),
        "GMB": ("The Gambia",),
        "MKD": ("N. Macedonia",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK"),
        "USA": ("USA",),
        "CIV": ("Côte-d'Ivoire", "RCI"),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
        "RUS": ("Fédération de Russie",),
        "GIN": ("Guinée-Conakry",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "GBR": ("R. Unido",),
        "USA": ("EE. UU.", "EEUU"),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "GIN": ("Guinea Conakry",),
        "BIH": ("Bosnia",),
        "RUS": ("Federación de Rusia",),
    },
}

# Slips of the keyboard or of the accent key that still name one country only.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "PAK": "Pakisatn",
        "ERI": "Eritria",
        "BGD": "Bangladash",
        "VNM": "Veitnam",
        "ALB": "Albnia",
        "SYR": "Syira",
        "NGA": "Nigerai",
        "ROU": "Romainia",
    },
    "fr": {
        "ERI": "Erythrée",
        "DZA": "Algerie",
        "EGY": "Egypte",
        "SEN": "Senegal",
        "ECU": "Equateur",
        "GRC": "Grece",
        "GIN": "Guinee",
        "AFG": "Afganistan",
        "NGA": "Nigeria",
        "HTI": "Haiti",
    },
    "es": {
        "TUN": "Tunez",
        "MEX": "Mexico",
        "MLI": "Mali",
        "PAN": "Panama",
        "HTI": "Haiti",
        "HUN": "Hungria",
        "ROU": "Rumania",
        "AFG": "Afganistan",
        "BGD": "Banglades",
        "CMR": "Camerun",
    },
}

# How often each body writes a country which way.
_COUNTRY_STYLE: dict[str, dict[str, float]] = {
    "bc": {"name": 0.76, "alias": 0.1, "iso2": 0.04, "upper": 0.04, "typo": 0.03, "space": 0.03},
    "fle": {
        "name": 0.55,
        "upper": 0.18,
        "typo": 0.08,
        "mojibake": 0.12,
        "iso3": 0.04,
        "alias": 0.03,
    },
    "ic": {"name": 0.78, "iso2": 0.08, "typo": 0.06, "alias": 0.04, "upper": 0.04},
    "ciee": {"iso2": 0.8, "name": 0.2},
    "eaq": {"name": 0.6, "iso3": 0.25, "alias": 0.08, "typo": 0.04, "lower": 0.03},
}

# column -> canonical word -> the body's words (the first is its usual one).
_Words = dict[str, dict[str, tuple[str, ...]]]
_VOCAB: dict[str, _Words] = {
    "bc": {
        "crime_type": {
            "trafficking": ("Modern slavery / trafficking", "Human trafficking", "Trafficking"),
            "smuggling": ("People smuggling", "Facilitated illegal entry", "Smuggling"),
            "both": ("Smuggling & trafficking", "Smuggling + modern slavery"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": (
                "Labour exploitation",
                "Forced labour",
                "Labour exploitation (domestic servitude)",
            ),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Female(s)"),
            "male": ("Male", "M", "Male(s)"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Under 18", "U18", "Minor"),
            "adult": ("18+", "Adult", "Adults"),
            "mixed": ("Mixed ages", "Adults & under-18s"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Road", "Overland"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Online / cyber", "Cybercrime"),
            "terrorism": ("Terrorism",),
        },
    },
    "fle": {
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière", "passeurs"),
            "both": ("TEH + trafic de migrants", "traite et trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": (
                "travail forcé",
                "exploitation par le travail",
                "exploitation par le travail (servitude domestique)",
            ),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme(s)", "féminin"),
            "male": ("H", "homme(s)", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur(s)", "mineur", "MNA"),
            "adult": ("majeur(s)", "majeur", "adulte(s)"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "embarcation"),
            "land": ("routier", "poids lourd", "terrestre"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "ic": {
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata"),
            "smuggling": ("tráfico de migrantes", "favorecimiento de la inmigración ilegal"),
            "both": ("trata y tráfico de migrantes", "trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": (
                "explotación laboral",
                "explotación laboral (servidumbre doméstica)",
                "trabajos forzados",
            ),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas",),
        },
        "gender": {
            "female": ("mujer", "mujeres", "femenino"),
            "male": ("hombre", "hombres", "masculino"),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "child": ("menor de edad", "menores"),
            "adult": ("adulto", "adultos", "mayor de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "embarcación"),
            "land": ("terrestre", "por carretera"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    "ciee": {
        "crime_type": {
            "trafficking": ("Human Trafficking",),
            "smuggling": ("Human Smuggling",),
            "both": ("Human Trafficking;Human Smuggling",),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking",),
            "forced_labour": ("Labor Trafficking",),
            "forced_criminality": ("Forced Criminal Activity",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
        "age_group": {"child": ("Minor",), "adult": ("Adult",), "mixed": ("Mixed",)},
        "transport_mode": {"sea": ("Maritime",), "land": ("Land",), "air": ("Air",)},
        "linked_offences": {
            "document_fraud": ("Document Fraud",),
            "corruption": ("Bribery/Corruption",),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Drug Trafficking",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "eaq": {
        "crime_type": {
            "trafficking": ("THB", "Trafficking in human beings"),
            "smuggling": ("SoM", "Migrant smuggling"),
            "both": ("THB/SoM", "THB & SoM"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminal activities",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("female", "F"),
            "male": ("male", "M"),
            "mixed": ("mixed", "M/F"),
        },
        "age_group": {
            "child": ("minor(s)", "under 18"),
            "adult": ("adult(s)", "over 18"),
            "mixed": ("adults & minors", "mixed"),
        },
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

# Words for "not known" and "not applicable", and the word for "no one", by body.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "bc": ("Not known", "Unknown", "N/K", "Not recorded"),
    "fle": ("NC", "inconnu", "non précisé"),
    "ic": ("desconocido", "s/d", "sin datos"),
    "ciee": ("Unknown",),
    "eaq": ("n/k", "unknown", "not known"),
}
_NOT_APPLICABLE: dict[str, tuple[str, ...]] = {
    "bc": ("n/a", "N/A"),
    "fle": ("sans objet", "SO"),
    "ic": ("no procede", "N/A"),
    "ciee": ("N/A",),
    "eaq": ("n/a",),
}
_NONE_WORD = {
    "bc": ("none", "None", "nil"),
    "fle": ("aucun",),
    "ic": ("ninguno",),
    "eaq": ("none",),
}
_NO_TRANSIT = {"bc": "Direct", "fle": "direct", "ic": "directo", "eaq": "direct"}
_TRANSIT_SEP = {"bc": " > ", "fle": " / ", "ic": " - ", "ciee": ";", "eaq": ", "}
_OFFENCE_SEP = {"bc": "; ", "fle": " + ", "ic": " / ", "ciee": ";", "eaq": ", "}
# Words for the mode that fit one route only: (body, corridor, mode) -> words.
_ROUTE_MODE: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("bc", "channel", "sea"): ("Small boat", "Small boat (RHIB)"),
    ("bc", "channel", "land"): ("Lorry", "HGV"),
    ("bc", "thb_vnm_gbr", "land"): ("Lorry", "Coach"),
    ("bc", "wbal", "land"): ("On foot", "Overland"),
    ("bc", "blr_pol", "land"): ("On foot", "Overland"),
    ("fle", "channel", "sea"): ("small boat", "small boat"),
    ("fle", "channel", "land"): ("poids lourd", "camion"),
    ("ic", "wmed", "sea"): ("patera", "neumática"),
    ("ic", "watl", "sea"): ("cayuco", "cayuco"),
    ("ic", "darien", "land"): ("a pie", "a pie (selva)"),
    ("ic", "wmed", "land"): ("a pie (salto de valla)", "a pie"),
    ("eaq", "wbal", "land"): ("on foot",),
    ("eaq", "blr_pol", "land"): ("on foot",),
}
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# The place name a body writes for a truth hotspot (other hotspots as named).
_PLACES: dict[str, dict[str, str]] = {
    "bc": {
        "Dunkirk/Gravelines": "Gravelines",
        "Cetingrad (BIH–HRV border)": "Cetingrad",
        "Bajakovo (SRB–HRV border)": "Bajakovo",
        "Kuźnica": "Kuznica",
        "Białowieża": "Bialowieza",
        "Michałowo": "Michalowo",
    },
    "ic": {
        "Darién gap": "Darién",
        "Almería (El Ejido)": "El Ejido",
        "Latina (Agro Pontino)": "Latina",
        "Nogales (Sonora/Arizona)": "Nogales",
        "Rio Grande Valley": "Valle del Río Grande",
        "Torino": "Turín",
    },
}
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
# Date styles by body (weights); partial styles fall back to the first when a day is due.
_DATE_STYLE: dict[str, dict[str, float]] = {
    "bc": {"dmy": 0.72, "d_month_y": 0.21, "month_en": 0.07},
    "fle": {"dmy": 0.8, "dmy2": 0.13, "quarter_fr": 0.07},
    "ic": {
        "excel": 0.68,
        "dmy": 0.12,
        "serial": 0.08,
        "long_es": 0.05,
        "month_es": 0.04,
        "quarter_ine": 0.03,
    },
    "ciee": {"mdy": 0.75, "salesforce": 0.25},
    "eaq": {"d_month_y": 0.5, "iso": 0.38, "month_iso": 0.06, "quarter_en": 0.06},
}
_PARTIAL = {"month_en", "month_es", "month_iso"}
_QUARTER = {"quarter_fr", "quarter_ine", "quarter_en"}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _date_text(key: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write ``ts`` in a date style of :data:`_DATE_STYLE`."""
    m = ts.month - 1
    if key == "dmy":
        return ts.strftime("%d/%m/%Y")
    if key == "dmy2":
        return ts.strftime("%d/%m/%y")
    if key == "mdy":
        return ts.strftime("%m/%d/%Y")
    if key == "iso":
        return ts.strftime("%Y-%m-%d")
    if key == "d_month_y":
        return f"{ts.day} {MONTHS[m]} {ts.year}"
    if key == "long_es":
        return f"{ts.day} de {_ES_MONTHS[m]} de {ts.year}"
    if key == "salesforce":
        hour, minute = int(rng.integers(8, 19)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00.000+0000"
    if key == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if key == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if key == "month_en":
        return f"{MONTHS[m]} {ts.year}"
    if key == "month_es":
        return f"{_ES_MONTHS[m]} de {ts.year}"
    if key == "month_iso":
        return ts.strftime("%Y-%m")
    if key == "quarter_fr":
        return f"T{ts.quarter} {ts.year}"
    if key == "quarter_ine":
        return f"{ts.year}T{ts.quarter}"
    return f"Q{ts.quarter} {ts.year}"  # quarter_en


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event's date."""
    styles = _DATE_STYLE[src.key]
    key = _draw(rng, styles)
    if not partial_ok and (key in _PARTIAL or key in _QUARTER):
        key = next(iter(styles))
    cell = _date_text(key, ts, rng)
    if key in _PARTIAL:
        tags.append("partial_date:month")
        return cell, ts.to_period("M").start_time, "month"
    if key in _QUARTER:
        tags.append("partial_date:quarter")
        return cell, ts.to_period("Q").start_time, "quarter"
    if key in ("serial", "excel", "d_month_y", "long_es", "dmy2", "salesforce"):
        tags.append(f"date_{key}")
    return cell, ts.normalize(), "day"


def _country(src: _Source, code: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Write one ISO alpha-3 code the body's way."""
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    style = _draw(rng, _COUNTRY_STYLE[src.key])
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "space":
        text = f" {name}  "
    elif style == "iso2":
        text = iso_codes(code)[0]
    elif style == "iso3":
        text = code
    elif style == "alias" and code in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][code])
    elif style == "typo" and code in _TYPOS[lang]:
        text = _TYPOS[lang][code]
    elif style == "mojibake":
        text = mojibake(name) or name
    if not fits(text, src):
        text = name
    if text != name or style in ("iso2", "iso3"):
        tags.append(f"{style}:{col}")
    return text


def _word(src: _Source, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write a canonical vocabulary word the body's way (its usual word 65 %)."""
    words = _VOCAB[src.key][col][value]
    if len(words) == 1 or rng.random() < 0.65:
        text = words[0]
    else:
        text = choice(rng, words[1:])
    if src.key in ("bc", "fle", "eaq") and rng.random() < 0.03:
        text = text.upper() if rng.random() < 0.5 else f"{text} "
        tags.append(f"case:{col}")
    return text


def _count(src: _Source, n: int, rng: _Rng, col: str, tags: list[str]) -> object:
    """Write a count as the body does (number, text with thousands mark, word)."""
    if n >= 1000:
        if src.key == "bc" or src.key == "eaq":
            tags.append(f"thousands:{col}")
            return f"{n:,}"
        if src.key == "fle":
            tags.append(f"thousands:{col}")
            return f"{n // 1000}\u00a0{n % 1000:03d}"
        if src.key == "ic" and rng.random() < 0.5:
            tags.append(f"thousands:{col}")
            return f"{n // 1000}.{n % 1000:03d}"
    if src.key == "bc" and 1 <= n <= 10 and rng.random() < 0.06:
        tags.append(f"count_word:{col}")
        return _NUMBER_WORDS[n - 1]
    if src.format == "csv":
        return str(n)
    return n


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng, tags: list[str], forced: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the location in the body's style; return (cells, expected lat, expected lon)."""
    gone = {"bc": 0.18, "fle": 0.1, "ic": 0.1, "ciee": 0.12, "eaq": 0.15}[src.key]
    if forced:
        tags.append("blank_coordinates")
        return {}, None, None
    if rng.random() < gone:
        tags.append("coords_missing")
        return {}, None, None
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    if src.key == "bc":
        return {"lat": la, "lon": lo}, float(la), float(lo)
    if src.key == "fle":
        tags.append("comma_coords")
        return (
            {"coordinates": f"{la.replace('.', ',')} / {lo.replace('.', ',')}"},
            float(la),
            float(lo),
        )
    if src.key == "ic":
        if rng.random() < 0.15:
            tags.append("comma_coords")
            return (
                {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")},
                float(la),
                float(lo),
            )
        return {"lat": float(la), "lon": float(lo)}, float(la), float(lo)
    if src.key == "ciee":
        return {"lat": float(la), "lon": float(lo)}, float(la), float(lo)
    if rng.random() < 0.2:  # eaq: degrees, minutes, seconds as Google Maps shows them
        tags.append("dms_coords")
        t_lat, e_lat = _dms(lat, "N", "S")
        t_lon, e_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
    return {"coordinates": f"{la}, {lo}"}, float(la), float(lo)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a decimal degree as ``45°09'00.4"N``; return the text and what it reads."""
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(read, 6)


def _blank(src: _Source, rng: _Rng) -> object:
    """Return the cell of a value the body does not know: empty or a "not known" word."""
    if src.key == "ciee" or rng.random() < 0.4:
        return None
    return choice(rng, _UNKNOWN[src.key])


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    k = src.key
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: no form of exploitation
        exp["exploitation"] = None
        if rng.random() < 0.15:
            cells["exploitation"] = choice(rng, _NOT_APPLICABLE[k])
    elif rng.random() < 0.05:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = _blank(src, rng)
        tags.append("unknown:exploitation")
    else:
        exp["exploitation"] = str(expl)
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = None if k == "ciee" else choice(rng, _UNKNOWN[k])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons, rng, "n_persons", tags)
        exp["n_persons"] = persons

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp["n_suspects"] = suspects
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.05:
        cells["n_suspects"] = _blank(src, rng) if k != "ciee" else choice(rng, ("Unknown", ""))
        cells["n_suspects"] = cells["n_suspects"] or None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and k in _NONE_WORD and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, _NONE_WORD[k])
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, suspects, rng, "n_suspects", tags)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = _blank(src, rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, _NOT_APPLICABLE[k] + _UNKNOWN[k])
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
            continue
        exp[col] = value
        route = (k, str(ev["corridor"]), value)
        if col == "transport_mode" and route in _ROUTE_MODE and rng.random() < 0.6:
            cells[col] = choice(rng, _ROUTE_MODE[route])
        else:
            cells[col] = _word(src, col, value, rng, tags)

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None or rng.random() < 0.02:
        cells["nationality"] = _blank(src, rng)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), rng, "nationality", tags)
        exp["nationality"] = str(nat)
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, "origin", tags)
    exp["origin_country"] = str(ev["origin_country"])
    dest = str(ev["destination_country"])
    if rng.random() < 0.03:
        cells["destination_country"] = _blank(src, rng)
        exp["destination_country"] = None
        tags.append("blank_destination")
    else:
        cells["destination_country"] = _country(src, dest, rng, "destination", tags)
        exp["destination_country"] = dest
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, "detection", tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if k in _NO_TRANSIT and rng.random() < 0.3:
            cells["transit_countries"] = _NO_TRANSIT[k]
            tags.append("direct_word")
    else:
        codes = str(transit).split("|")
        cells["transit_countries"] = _TRANSIT_SEP[k].join(
            _country(src, c, rng, "transit", tags) for c in codes
        )

    if "place" in src.headers:
        hotspot = str(ev["hotspot"])
        cells["place"] = _PLACES[k].get(hotspot, hotspot)
    located, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(located)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        cells["linked_offences"] = _OFFENCE_SEP[k].join(
            _word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")
        )
    return cells, exp, tags


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: empty, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the decade key: 2023 -> 2033
        return _date_text(next(iter(_DATE_STYLE[src.key])), ts.replace(year=ts.year + 10), rng)
    day, month = (31, ts.month) if ts.month in (4, 6, 9, 11) else (30, 2)
    if src.key == "ciee":
        return f"{month:02d}/{day:02d}/{ts.year}"
    if src.key == "eaq":
        return f"{day} {MONTHS[month - 1]} {ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Return the date a body writes on its note row: the day it ran the export."""
    day = last + pd.Timedelta(days=9)
    return _date_text(next(iter(_DATE_STYLE[src.key])), day, np.random.default_rng(0))


# --------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------
SOURCES: tuple[_Source, ...] = (
    _Source(
        source="accreditation_uk_safeguarding",
        filename="accreditation_uk_safeguarding_jn.csv",
        ref="AUK-SG-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Concern ref",
            "event_date": "Date of incident",
            "crime_type": "Concern type",
            "exploitation": "Exploitation type",
            "n_persons": "No. of persons involved",
            "n_suspects": "No. of alleged perpetrators",
            "gender": "Sex",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country where identified",
            "transit_countries": "Route (countries transited)",
            "transport_mode": "Means of travel",
            "place": "Town / area",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Other concerns flagged",
        },
        note="OFFICIAL-SENSITIVE - extract from Accreditation UK safeguarding log",
        total="TOTAL",
        bad_count=("see case notes", "#VALUE!", "refer to DSL log"),
        repeats=False,
        key="bc",
    ),
    _Source(
        source="label_qualite_fle",
        filename="label_qualite_fle_jn.csv",
        ref="QFLE/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de personnes concernées",
            "n_suspects": "Nombre d'auteurs présumés",
            "gender": "Sexe",
            "age_group": "Âge (mineur/majeur)",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays traversés",
            "transport_mode": "Mode de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction du registre des signalements - diffusion restreinte",
        total="Total général",
        bad_count=("voir PV", "#VALEUR!", "cf. rapport"),
        repeats=False,
        key="fle",
    ),
    _Source(
        source="cervantes_sacic",
        filename="cervantes_sacic_jn.xlsx",
        ref="SACIC-{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº de expediente",
            "event_date": "Fecha de los hechos",
            "crime_type": "Tipo de caso",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº de personas afectadas",
            "n_suspects": "Nº de presuntos responsables",
            "gender": "Sexo",
            "age_group": "Franja de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "place": "Localidad",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos asociados",
        },
        note="Datos provisionales. Fuente: centros acreditados (SACIC)",
        total="TOTAL",
        bad_count=("ver anexo", "#¡VALOR!", "véase informe"),
        repeats=False,
        key="ic",
    ),
    _Source(
        source="ciee_j1_incidents",
        filename="ciee_j1_incidents_jn.jsonl",
        ref="CAS-{yy:02d}{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "caseNumber",
            "event_date": "incidentDate",
            "crime_type": "incidentCategory",
            "exploitation": "exploitationType",
            "n_persons": "participantsInvolved",
            "n_suspects": "allegedPerpetrators",
            "gender": "participantGender",
            "age_group": "participantAgeGroup",
            "nationality": "citizenship",
            "origin_country": "countryOfOrigin",
            "destination_country": "intendedDestination",
            "detection_country": "incidentCountry",
            "transit_countries": "transitCountries",
            "transport_mode": "travelMode",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "relatedOffenses",
        },
        note="Export generated by CIEE Exchange Visitor Program case management",
        total="TOTAL",
        bad_count=("see narrative", "refer to attachment"),
        repeats=True,
        key="ciee",
    ),
    _Source(
        source="eaquals_member_alerts",
        filename="eaquals_member_alerts_jn.csv",
        ref="EQ{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Alert ID",
            "event_date": "Date of event",
            "crime_type": "Category (THB/SoM)",
            "exploitation": "Form of exploitation",
            "n_persons": "Persons concerned",
            "n_suspects": "Suspected facilitators",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "destination_country": "Destination",
            "detection_country": "Country of event",
            "transit_countries": "Transit countries",
            "transport_mode": "Transport",
            "coordinates": "GPS (lat, long)",
            "linked_offences": "Linked offences",
        },
        note="Compiled by the Eaquals secretariat from member reports; figures provisional",
        total="Total",
        bad_count=("see member report", "#VALUE!"),
        repeats=False,
        key="eaq",
    ),
)

_BY_KEY = {s.key: s.source for s in SOURCES}

_EXAMINER: Examiner[_Source] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _BY_KEY["bc"],
        "FRA": _BY_KEY["fle"],
        "ESP": _BY_KEY["ic"],
        "PAN": _BY_KEY["ic"],
        "USA": _BY_KEY["ciee"],
    },
    compilation=_BY_KEY["eaq"],
    secondary={
        ("channel", "FRA"): _BY_KEY["bc"],
        ("channel", "GBR"): _BY_KEY["fle"],
        ("thb_vnm_gbr", "GBR"): _BY_KEY["eaq"],
        ("thb_rou_esp", "ESP"): _BY_KEY["eaq"],
        ("thb_rou_esp", "ITA"): _BY_KEY["ic"],
        ("thb_nga_ita", "ITA"): _BY_KEY["fle"],
        ("cmed", "ITA"): _BY_KEY["fle"],
        ("wmed", "ESP"): _BY_KEY["fle"],
        ("watl", "ESP"): _BY_KEY["fle"],
        ("emed", "GRC"): _BY_KEY["bc"],
        ("wbal", "HRV"): _BY_KEY["bc"],
        ("blr_pol", "POL"): _BY_KEY["bc"],
        ("us_mex", "USA"): _BY_KEY["ic"],
        ("darien", "PAN"): _BY_KEY["ciee"],
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=272,
    blank_share=0.35,
)


def make_blind272(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five education-sector registers of ``blind272``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``accreditation_uk_safeguarding_jn.csv`` (English, UTF-8 with BOM, ``,``),
        ``label_qualite_fle_jn.csv`` (French, cp1252, ``;``), ``cervantes_sacic_jn.xlsx``
        (Spanish), ``ciee_j1_incidents_jn.jsonl`` (English keys, ISO alpha-2 codes) and
        ``eaquals_member_alerts_jn.csv`` (English, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind272(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['accreditation_uk_safeguarding_jn.csv', 'label_qualite_fle_jn.csv',
     'cervantes_sacic_jn.xlsx', 'ciee_j1_incidents_jn.jsonl',
     'eaquals_member_alerts_jn.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
