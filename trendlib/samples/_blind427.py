"""Examiner variant ``blind427``: footwear and leather labour-compliance desks (files ``*_pm.*``).

Five desks of the footwear and leather trade that log forced-labour, home-working and
smuggled-worker incidents met in their supply chains and sector alerts, each in its own
working language, tool and habits:

``clarks_ethical_trade_pm.xlsx``
    Clarks (Street, Somerset), Ethical Trade team's modern-slavery incident log; English;
    a spreadsheet with real Excel dates (a few typed as text or as a month or quarter),
    counts as numbers (some typed with a thousands comma or as words), demonyms for
    nationality, "UK"/"England"/"Scotland" for the country, transit routes joined by
    ``" > "``. It reports the UK's events and compiles, from partner alerts, those of
    Italy, Greece, Croatia and Poland that no other desk reports.
``ffc_chaussure_conformite_pm.csv``
    Fédération Française de la Chaussure, cellule conformité sociale; French; Excel's
    "CSV (point-virgule)": cp1252, ``;``, CRLF; ``dd/mm/yyyy`` (some ``dd/mm/yy``, "mai
    2023", "T2 2023"); decimal-comma coordinates; French legal wording; a few cells pasted
    from a UTF-8 export (mojibake); reports France's events.
``avecal_elda_cumplimiento_pm.csv``
    AVECAL (Asociación Valenciana de Empresarios del Calzado, Elda), comisión de
    cumplimiento laboral; Spanish; Excel's "Texto Unicode": UTF-16 with BOM, tab;
    ``dd/mm/yyyy``, "17 de mayo de 2023", "mayo 2023", INE-style quarters "2023T2";
    thousands dot; a "lat, lon" pair; Criminal Code wording (art. 177 bis, 318 bis);
    reports Spain's events.
``ciceg_leon_cumplimiento_pm.jsonl``
    CICEG (Cámara de la Industria del Calzado del Estado de Guanajuato, León), comité de
    cumplimiento laboral; Mexican Spanish; a case platform's JSON lines export: ISO dates
    (some with a time, some month only), numbers as JSON numbers, transit countries as a
    JSON list, Mexican legal wording ("tráfico de personas" = migrant smuggling, "NNA",
    "operaciones con recursos de procedencia ilícita"), "EUA" for the United States;
    reports the United States' events; re-sends a few rows.
``auzlc_calzado_cumplimiento_pm.csv``
    Asociación de Usuarios de la Zona Libre de Colón, comité de importadores de calzado;
    Panamanian Spanish; UTF-8, ``,``; ``d/m/yyyy`` unpadded, some Excel serial numbers,
    months as "may-2023"; coordinates as a decimal pair or in degrees, minutes and seconds;
    ISO alpha-2 codes now and then; reports Panama's events; re-sends a few rows.

Everything a careful analyst could not read is planted on purpose and said so in the
truth: a count written "not known" expects no count, an unknown age or transport word
expects ``unknown``, an impossible or far-future date or an unreadable count (an Excel
error such as ``#VALEUR!``, "several") is a bad row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["DESKS", "Desk", "make_blind427"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One compliance desk of the set: the shared source fields plus its dialect.

    Attributes
    ----------
    dialect : str
        Which wording the desk uses: ``"uk"``, ``"fr"``, ``"es"`` (Spain), ``"mx"``
        (Mexico) or ``"pa"`` (Panama).
    """

    dialect: str


# --------------------------------------------------------------------------------------
# Countries: names by language, demonyms, the desks' own aliases and typos
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_NAME_COL = {"en": 0, "fr": 1, "es": 2}

#: Nationality as the desks write it on a form ("Nationality: Vietnamese", "nationalité
#: afghane", "nacionalidad rumana"); feminine forms where the noun is feminine.
_DEMONYMS: dict[str, dict[str, str]] = {
    "uk": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CIV": "Ivorian",
        "CMR": "Cameroonian",
        "DZA": "Algerian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "GIN": "Guinean",
        "GMB": "Gambian",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "MLI": "Malian",
        "NGA": "Nigerian",
        "PAK": "Pakistani",
        "ROU": "Romanian",
        "SEN": "Senegalese",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "TUR": "Turkish",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "DZA": "algérienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {
        "CIV": "marfileña",
        "DZA": "argelina",
        "GIN": "guineana",
        "GMB": "gambiana",
        "MAR": "marroquí",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "ROU": "rumana",
        "SEN": "senegalesa",
    },
}

#: Misspellings a desk's staff really type (few, and still readable).
_TYPOS: dict[str, dict[str, str]] = {
    "uk": {"AFG": "Afghanstan", "ERI": "Eritria", "VNM": "Veitnam", "ALB": "Albaina"},
    "fr": {"AFG": "Afghanisthan", "ERI": "Erythrée", "IRQ": "Irack"},
    "es": {"ROU": "Rumania", "MAR": "Marrueco", "SEN": "Senegall"},
    "mx": {"GTM": "Guatemal", "HND": "Hondura", "VEN": "Venezula"},
    "pa": {"VEN": "Venezula", "ECU": "Ecudor", "COL": "Columbia", "HTI": "Haity"},
}

#: How a desk writes its own country and its neighbours besides the plain name.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {"GBR": ("UK", "U.K.", "Great Britain"), "USA": ("USA",)},
    "fr": {"GBR": ("Angleterre", "Grande-Bretagne"), "FRA": ("FR",)},
    "es": {"ESP": ("ESPAÑA", "España "), "GBR": ("Gran Bretaña",)},
    "mx": {"USA": ("EUA", "E.U.A.", "EE.UU."), "MEX": ("Mexico", "MEX")},
    "pa": {"USA": ("EE.UU.", "EUA"), "PAN": ("Rep. de Panamá", "PA")},
}

#: Share of nationality cells a desk writes as a demonym (where it has one).
_DEMONYM_RATE = {"uk": 0.3, "fr": 0.25, "es": 0.2, "mx": 0.0, "pa": 0.0}

_LANG_OF = {"uk": "en", "fr": "fr", "es": "es", "mx": "es", "pa": "es"}


def _name(dialect: str, iso: str) -> str:
    return _NAMES[iso][_NAME_COL[_LANG_OF[dialect]]]


def _country(
    src: Desk, iso: str, rng: _Rng, tags: list[str], *, role: str
) -> tuple[object, str | None]:
    """Write one ISO3 country the desk's way; return (cell, expected ISO3)."""
    d = src.dialect
    name = _name(d, iso)
    text, tag = name, ""
    demonyms = _DEMONYMS.get(d, {})
    if role == "nationality" and iso in demonyms and rng.random() < _DEMONYM_RATE[d]:
        text, tag = demonyms[iso], "demonym"
    else:
        # one draw, cumulative shares: the desk's codes and aliases, then slips of typing
        code_share = 0.0
        if d == "uk" and role == "detection" and iso != "GBR":
            code_share = 0.12  # partner feeds of the compiled rows give ISO3 codes
        elif d == "mx" and role != "nationality":
            code_share = 0.35  # the platform's country pick-lists store ISO3
        elif d == "pa":
            code_share = 0.2  # customs forms of the free zone use alpha-2
        alias_share = 0.3 if iso in _ALIASES[d] else 0.0
        r = rng.random()
        cuts = np.cumsum([alias_share, code_share, 0.06, 0.025, 0.06 if d == "fr" else 0.0, 0.03])
        if r < cuts[0]:
            text, tag = choice(rng, _ALIASES[d][iso]), "alias"
        elif r < cuts[1]:
            text, tag = (iso, "iso3") if d != "pa" else (iso_codes(iso)[0], "iso2")
        elif r < cuts[2]:
            text, tag = name.upper(), "upper"
        elif r < cuts[3] and iso in _TYPOS[d]:
            text, tag = _TYPOS[d][iso], "typo"
        elif cuts[3] <= r < cuts[4]:
            garbled = mojibake(name)
            if garbled is not None:
                text, tag = garbled, "mojibake"
        elif cuts[4] <= r < cuts[5] and src.format == "csv":
            text, tag = f" {name} ", "spacing"
    if not fits(text, src):
        text, tag = name, ""
    if tag:
        tags.append(tag)
    return text, iso


def _detection(src: Desk, ev: dict[str, object], rng: _Rng, tags: list[str]) -> object:
    """Write the detection country; the UK desk often names the nation of the site."""
    iso = str(ev["detection_country"])
    if src.dialect == "uk" and iso == "GBR" and rng.random() < 0.2:
        tags.append("uk_nation")
        return "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
    return _country(src, iso, rng, tags, role="detection")[0]


def _country_list(src: Desk, value: object, rng: _Rng, tags: list[str]) -> tuple[object, object]:
    """Write a ``|``-joined transit list; return (cell, expected value)."""
    d = src.dialect
    if value is None:
        if d == "uk" and rng.random() < 0.5:
            tags.append("direct_word")
            return "Direct", None
        if d == "mx":
            tags.append("empty_list")
            return [], None
        return None, None
    codes = str(value).split("|")
    names = [_name(d, c) for c in codes]
    if d == "pa" and rng.random() < 0.15:
        names = [iso_codes(c)[0] for c in codes]
        tags.append("iso2_list")
    if d == "mx":
        return names, value
    sep = {"uk": " > ", "fr": ", ", "es": " - ", "pa": ", "}[d]
    return sep.join(names), value


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "trafficking": ("Modern slavery / THB", "Human trafficking"),
        "smuggling": ("People smuggling", "Facilitated illegal entry"),
        "both": ("Trafficking & smuggling", "THB + people smuggling"),
    },
    "fr": {
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "aide à l'entrée et au séjour irréguliers"),
        "both": ("TEH et aide à l'entrée irrégulière",),
    },
    "es": {
        "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)"),
        "smuggling": ("inmigración ilegal (art. 318 bis CP)", "tráfico ilícito de migrantes"),
        "both": ("trata y tráfico de migrantes", "177 bis + 318 bis CP"),
    },
    "mx": {
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico de personas", "tráfico ilícito de migrantes"),
        "both": ("trata y tráfico de personas",),
    },
    "pa": {
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata de personas y tráfico de migrantes",),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": ("travail forcé", "conditions de travail indignes"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "es": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("explotación para actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    "mx": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajos o servicios forzados", "explotación laboral"),
        "forced_criminality": ("utilización en actividades delictivas",),
        "organ_removal": ("tráfico de órganos",),
        "forced_marriage": ("matrimonio forzoso",),
        "other": ("otra",),
    },
    "pa": {
        "sexual": ("explotación sexual comercial", "explotación sexual"),
        "forced_labour": ("trabajo forzoso",),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otra",),
    },
}
#: What the desk writes as the form of exploitation of a pure smuggling case.
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "uk": ("N/A", "n/a", None),
    "fr": ("sans objet", None),
    "es": ("no procede",),
    "mx": (None,),
    "pa": ("No aplica", None),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "Male & female")},
    "fr": {"female": ("F", "femmes"), "male": ("H", "hommes"), "mixed": ("mixte", "H/F")},
    "es": {"female": ("mujeres",), "male": ("varones", "hombres"), "mixed": ("ambos sexos",)},
    "mx": {"female": ("Mujer",), "male": ("Hombre",), "mixed": ("Mixto",)},
    "pa": {"female": ("Femenino",), "male": ("Masculino",), "mixed": ("Mixto", "Ambos")},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {"child": ("Minor", "Under 18"), "adult": ("Adult",), "mixed": ("Adults & minors",)},
    "fr": {"child": ("mineur(s)",), "adult": ("majeur(s)",), "mixed": ("majeurs et mineurs",)},
    "es": {
        "child": ("menores",),
        "adult": ("mayores de edad", "adultos"),
        "mixed": ("adultos y menores",),
    },
    "mx": {"child": ("NNA", "Menor de edad"), "adult": ("Adulto",), "mixed": ("Adultos y NNA",)},
    "pa": {"child": ("Menor de edad",), "adult": ("Adulto",), "mixed": ("Mixto",)},
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {"sea": ("Sea", "Boat"), "land": ("Road", "Lorry", "Overland"), "air": ("Air", "Flight")},
    "fr": {
        "sea": ("maritime", "embarcation"),
        "land": ("routier", "poids lourd"),
        "air": ("aérien",),
    },
    "es": {
        "sea": ("marítimo", "embarcación"),
        "land": ("terrestre", "furgoneta"),
        "air": ("aéreo", "avión"),
    },
    "mx": {"sea": ("marítimo", "lancha"), "land": ("terrestre", "tractocamión"), "air": ("aéreo",)},
    "pa": {"sea": ("marítimo", "lancha"), "land": ("terrestre", "a pie"), "air": ("aéreo",)},
}
#: "Not recorded" in the desk's words (vocabulary fields: the analyst reads ``unknown``).
_NOT_RECORDED = {
    "uk": "Not recorded",
    "fr": "NR",
    "es": "no consta",
    "mx": "sin dato",
    "pa": "Sin dato",
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "document_fraud": ("Document fraud", "False ID documents"),
        "corruption": ("Bribery/corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs/illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "mx": {
        "document_fraud": ("uso de documento falso",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("delitos contra la salud", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "pa": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_SEP = {"uk": "; ", "fr": " + ", "es": " / ", "mx": ", ", "pa": "; "}
#: "None" in the linked-offences column (the analyst reads no linked offence).
_NO_OFFENCE: dict[str, tuple[str | None, ...]] = {
    "uk": (None, None, "N/A"),
    "fr": (None, "néant"),
    "es": (None,),
    "mx": (None,),
    "pa": (None, "Ninguno"),
}

# counts
_PLACEHOLDER = {
    "uk": ("not known", "Unknown"),
    "fr": ("inconnu", "non connu"),
    "es": ("sin determinar", "desconocido"),
    "mx": ("se desconoce", "sin dato"),
    "pa": ("por confirmar", "desconocido"),
}
_SUSPECTS_UNKNOWN = {
    "uk": "Not known",
    "fr": "NC",
    "es": "s/d",
    "mx": "se desconoce",
    "pa": "desconocido",
}
_ZERO = {
    "uk": "None identified",
    "fr": "aucun",
    "es": "ninguno",
    "mx": "ninguno",
    "pa": "ninguno",
}
_WORDS = {
    "en": (
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
    ),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}

# dates
_MONTHS = {
    "en": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
}
#: Spanish Excel's "mmm" month abbreviations.
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")

# places: hotspot -> how the desks that have a place column write it
_PLACES: dict[str, dict[str, str]] = {
    "Dunkirk/Gravelines": {"uk": "Dunkirk", "fr": "Gravelines", "mx": "Dunkerque, Francia"},
    "Dover": {"fr": "Douvres", "pa": "Dover, Reino Unido"},
    "London": {"fr": "Londres"},
    "Cetingrad (BIH–HRV border)": {"uk": "Cetingrad"},
    "Bajakovo (SRB–HRV border)": {"uk": "Bajakovo"},
    "Torino": {"uk": "Turin", "fr": "Turin"},
    "Almería (El Ejido)": {"uk": "El Ejido", "fr": "El Ejido"},
    "Latina (Agro Pontino)": {"uk": "Latina"},
    "Darién gap": {"uk": "Darién Gap", "mx": "Selva del Darién", "pa": "Tapón del Darién"},
    "Bajo Chiquito": {"mx": "Bajo Chiquito, Panamá", "pa": "Bajo Chiquito, Darién"},
    "Lajas Blancas": {"mx": "Lajas Blancas, Panamá", "pa": "Lajas Blancas, Darién"},
    "Nogales (Sonora/Arizona)": {"mx": "Nogales, Arizona", "pa": "Nogales, Arizona"},
    "Sasabe": {"mx": "Sasabe, Arizona"},
    "El Paso": {"mx": "El Paso, Texas"},
    "Rio Grande Valley": {"mx": "Valle del Río Grande, Texas"},
    "Evros": {"uk": "Evros region"},
}


def _place(src: Desk, hotspot: object) -> str | None:
    if hotspot is None:
        return None
    text = _PLACES.get(str(hotspot), {}).get(src.dialect, str(hotspot))
    return text if fits(text, src) else None


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event's day; return (cell, expected date, expected precision)."""
    d = src.dialect
    r = rng.random()
    month = pd.Timestamp(year=ts.year, month=ts.month, day=1)
    p_month, p_quarter = {"uk": (0.06, 0.02), "fr": (0.04, 0.03), "es": (0.04, 0.03)}.get(
        d, (0.05, 0.0)
    )
    if d == "uk" and compiled:  # partner alerts often give the month only
        p_month, p_quarter = 0.14, 0.04
    if partial_ok and r < p_month:
        tags.append("month_date")
        text = {
            "uk": f"{_MONTHS['en'][ts.month - 1]} {ts.year}",
            "fr": f"{_MONTHS['fr'][ts.month - 1]} {ts.year}",
            "es": f"{_MONTHS['es'][ts.month - 1]} {ts.year}",
            "mx": ts.strftime("%Y-%m"),
            "pa": f"{_ES_ABBR[ts.month - 1]}-{ts.year}",
        }[d]
        return text, month, "month"
    if partial_ok and r < p_month + p_quarter:
        tags.append("quarter_date")
        text = {
            "uk": f"Q{ts.quarter} {ts.year}",
            "fr": f"T{ts.quarter} {ts.year}",
            "es": f"{ts.year}T{ts.quarter}",
        }[d]
        return text, _quarter_start(ts), "quarter"
    s = rng.random()
    cell: object
    if d == "uk":
        if s < 0.08:
            cell = f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
            tags.append("text_date")
        elif s < 0.14:
            cell = ts.strftime("%d/%m/%Y")
            tags.append("text_date")
        else:
            cell = ts.to_pydatetime()
            tags.append("excel_date")
    elif d == "fr":
        cell = ts.strftime("%d/%m/%y") if s < 0.1 else ts.strftime("%d/%m/%Y")
        if s < 0.1:
            tags.append("short_year")
    elif d == "es":
        if s < 0.06:
            cell = f"{ts.day} de {_MONTHS['es'][ts.month - 1]} de {ts.year}"
            tags.append("long_date")
        else:
            cell = ts.strftime("%d/%m/%Y")
    elif d == "mx":
        if s < 0.12:
            cell = ts.strftime("%Y-%m-%dT%H:%M:%S")
            tags.append("iso_datetime")
        else:
            cell = ts.strftime("%Y-%m-%d")
    else:
        if s < 0.12:
            cell = str((ts.normalize() - _EXCEL_EPOCH).days)
            tags.append("serial_date")
        else:
            cell = f"{ts.day}/{ts.month}/{ts.year}"
    return cell, ts.normalize(), "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: none, an impossible day, or a year mistyped ahead."""
    d = src.dialect
    if kind == "no_date":
        return None
    if kind == "bad_date":  # the 30th/31st of February
        day = 31 if rng.random() < 0.5 else 30
        return {
            "uk": f"{day}/02/{ts.year}",
            "fr": f"{day}/02/{ts.year}",
            "es": f"{day}/02/{ts.year}",
            "mx": f"{ts.year}-02-{day}",
            "pa": f"{day}/2/{ts.year}",
        }[d]
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    if d == "uk":
        return future.to_pydatetime()
    return {
        "fr": future.strftime("%d/%m/%Y"),
        "es": future.strftime("%d/%m/%Y"),
        "mx": future.strftime("%Y-%m-%d"),
        "pa": f"{future.day}/{future.month}/{future.year}",
    }[d]


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the extraction's last day)."""
    if src.dialect == "uk":
        return last.to_pydatetime()
    if src.dialect == "pa":
        return f"{last.day}/{last.month}/{last.year}"
    return last.strftime("%d/%m/%Y")


def _count(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of persons; return (cell, expected count)."""
    d = src.dialect
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _PLACEHOLDER[d]), None
    r = rng.random()
    if n >= 1000:
        if d == "uk" and r < 0.5:
            tags.append("thousands")
            return f"{n:,}", n
        if d == "fr" and r < 0.6:
            tags.append("thousands")
            return f"{n:,}".replace(",", "\u00a0"), n
        if d == "es" and r < 0.7:
            tags.append("thousands")
            return f"{n:,}".replace(",", "."), n
        if d == "pa" and r < 0.6:
            tags.append("thousands")
            return f"{n:,}", n
    if d == "uk" and n <= 12 and r < 0.05:
        tags.append("count_word")
        return _WORDS["en"][n - 1], n
    if d == "es" and n <= 10 and r < 0.04:
        tags.append("count_word")
        return _WORDS["es"][n - 1], n
    if d == "mx" and r < 0.06:
        tags.append("count_text")
        return str(n), n
    return (n if src.format != "csv" else str(n)), n


def _suspects(
    src: Desk, n: int, rng: _Rng, forced_blank: str | None, tags: list[str]
) -> tuple[object, int | None]:
    """Write the number of suspects; return (cell, expected count)."""
    d = src.dialect
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.05:
        tags.append("suspects_placeholder")
        return _SUSPECTS_UNKNOWN[d], None
    if n == 0 and d != "mx" and rng.random() < 0.35:
        tags.append("zero_word")
        return _ZERO[d], 0
    return (n if src.format != "csv" else str(n)), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a coordinate as Google Maps' DMS text; return (text, the value it means)."""
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    meant = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, meant


def _coordinates(
    src: Desk, lat: float, lon: float, rng: _Rng, forced_blank: str | None, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    d = src.dialect
    pair = "coordinates" in src.headers
    blank: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        return blank, None, None
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return blank, None, None
    if d == "es" and r < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": "sin coordenadas"}, None, None
    lat5, lon5 = round(lat, 5), round(lon, 5)
    if d == "fr":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat5:.5f}".replace(".", ","), "lon": f"{lon5:.5f}".replace(".", ",")},
            lat5,
            lon5,
        )
    if d == "es":
        return {"coordinates": f"{lat5:.5f}, {lon5:.5f}"}, lat5, lon5
    if d == "pa":
        if rng.random() < 0.25:
            tags.append("dms")
            lat_text, lat_meant = _dms(lat, "N", "S")
            lon_text, lon_meant = _dms(lon, "E", "W")
            return {"coordinates": f"{lat_text} {lon_text}"}, lat_meant, lon_meant
        return {"coordinates": f"{lat5:.5f}, {lon5:.5f}"}, lat5, lon5
    return {"lat": lat5, "lon": lon5}, lat5, lon5


def _word(src: Desk, text: str, rng: _Rng, tags: list[str]) -> str:
    """Type a vocabulary word: now and then in capitals, with a stray space, or garbled."""
    r = rng.random()
    if src.format == "csv" and r < 0.03:
        tags.append("case")
        return text.upper() if rng.random() < 0.5 else text + " "
    if src.dialect == "fr" and r < 0.07:  # pasted from a UTF-8 export
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
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
    """Write one true event as the desk does: (cells, expected values, messiness tags)."""
    d = src.dialect
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(cast(pd.Timestamp, ev["event_date"]))
    compiled = str(ev["detection_country"]) not in ("GBR", "FRA", "ESP", "USA", "PAN")
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, compiled, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, choice(rng, _CRIME[d][crime]), rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        options = _NO_EXPLOITATION[d]
        cells["exploitation"] = options[int(rng.integers(len(options)))]
        exp["exploitation"] = None
        if cells["exploitation"] is not None:
            tags.append("na_exploitation")
    else:
        cells["exploitation"] = _word(src, choice(rng, _EXPLOITATION[d][str(expl)]), rng, tags)
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _count(src, int(cast(int, ev["n_persons"])), rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, int(cast(int, ev["n_suspects"])), rng, forced_blank, tags
    )

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.015:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif r < 0.03:
        tags += ["blank_gender", "unknown_word"]
        cells["gender"], exp["gender"] = _NOT_RECORDED[d], "unknown"
    else:
        cells["gender"], exp["gender"] = (
            _word(src, choice(rng, _GENDER[d][gender]), rng, tags),
            gender,
        )

    for col, table in (("age_group", _AGE), ("transport_mode", _MODE)):
        value = str(ev[col])
        if rng.random() < 0.02:
            tags.append("na_word")
            cells[col], exp[col] = _NOT_RECORDED[d], "unknown"
        else:
            cells[col], exp[col] = _word(src, choice(rng, table[d][value]), rng, tags), value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None or rng.random() < 0.02:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"], exp["nationality"] = _country(
            src, str(nat), rng, tags, role="nationality"
        )
    for col in ("origin_country", "destination_country"):
        country = ev[col]
        if country is None:
            cells[col], exp[col] = None, None
        else:
            cells[col], exp[col] = _country(src, str(country), rng, tags, role=col)
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _detection(src, ev, rng, tags)
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"], exp["transit_countries"] = _country_list(
        src, ev["transit_countries"], rng, tags
    )

    coords, exp["lat"], exp["lon"] = _coordinates(
        src,
        float(cast(float, ev["lat"])),
        float(cast(float, ev["lon"])),
        rng,
        forced_blank,
        tags,
    )
    cells.update(coords)

    offences = ev["linked_offences"]
    if offences is None:
        options = _NO_OFFENCE[d]
        cells["linked_offences"] = options[int(rng.integers(len(options)))]
        if cells["linked_offences"] is not None:
            tags.append("none_word")
        exp["linked_offences"] = None
    else:
        words = [choice(rng, _OFFENCES[d][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[d].join(words)
        exp["linked_offences"] = offences
    if "place" in src.headers:
        cells["place"] = _place(src, ev.get("hotspot"))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
_CLARKS = Desk(
    source="clarks_ethical_trade",
    filename="clarks_ethical_trade_pm.xlsx",
    ref="CLK-MSL-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "detection_country": "Country identified",
        "place": "Location",
        "crime_type": "Issue category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people affected",
        "n_suspects": "Suspected perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated offences",
    },
    note="Note: log includes supplier audit findings and partner alerts; figures provisional",
    total="TOTAL",
    bad_count=("#VALUE!", "several", "see notes"),
    repeats=False,
    dialect="uk",
)
_FFC = Desk(
    source="ffc_chaussure_conformite",
    filename="ffc_chaussure_conformite_pm.csv",
    ref="FFC/CS/{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "place": "Lieu",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction cellule conformité sociale – chiffres provisoires",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "plusieurs", "cf. PV"),
    repeats=False,
    dialect="fr",
)
_AVECAL = Desk(
    source="avecal_elda_cumplimiento",
    filename="avecal_elda_cumplimiento_pm.csv",
    ref="AVC-{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de víctimas / personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales a fecha de extracción",
    total="TOTAL",
    bad_count=("#¡VALOR!", "varios", "ver anexo"),
    repeats=False,
    dialect="es",
)
_CICEG = Desk(
    source="ciceg_leon_cumplimiento",
    filename="ciceg_leon_cumplimiento_pm.jsonl",
    ref="CICEG-CL-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_hechos",
        "crime_type": "delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "personas_involucradas",
        "n_suspects": "probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "place": "lugar",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_vinculados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "muchos", "ver narrativa"),
    repeats=True,
    dialect="mx",
)
_AUZLC = Desk(
    source="auzlc_calzado_cumplimiento",
    filename="auzlc_calzado_cumplimiento_pm.csv",
    ref="ZL-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos facilitadores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "place": "Lugar",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="Total general",
    bad_count=("#¡VALOR!", "varios", "ver informe"),
    repeats=True,
    dialect="pa",
)

#: The five desks, in the order :func:`make_blind427` returns their submissions.
DESKS: tuple[Desk, ...] = (_CLARKS, _FFC, _AVECAL, _CICEG, _AUZLC)

_EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary={
        "GBR": _CLARKS.source,
        "FRA": _FFC.source,
        "ESP": _AVECAL.source,
        "USA": _CICEG.source,
        "PAN": _AUZLC.source,
    },
    # Italy, Greece, Croatia and Poland: compiled by the UK desk from partner alerts.
    compilation=_CLARKS.source,
    secondary={
        ("channel", "FRA"): _CLARKS.source,  # the UK desk hears of Calais interceptions
        ("channel", "GBR"): _FFC.source,  # the French desk of Dover arrivals
        ("wmed", "ESP"): _FFC.source,  # routes bound for France
        ("thb_rou_esp", "ESP"): _CLARKS.source,  # UK brands' audits of Spanish suppliers
        ("thb_rou_esp", "ITA"): _AVECAL.source,  # Elda's makers subcontract in Italy
        ("darien", "PAN"): _CICEG.source,  # León's desk follows the route north
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=427,
    blank_share=0.3,
)


def make_blind427(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five footwear and leather compliance desks would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``clarks_ethical_trade_pm.xlsx`` (English), ``ffc_chaussure_conformite_pm.csv``
        (French, cp1252, ``;``), ``avecal_elda_cumplimiento_pm.csv`` (Spanish, UTF-16,
        tab), ``ciceg_leon_cumplimiento_pm.jsonl`` (Mexican Spanish) and
        ``auzlc_calzado_cumplimiento_pm.csv`` (Panamanian Spanish, UTF-8, ``,``), each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind427(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['clarks_ethical_trade_pm.xlsx', 'ffc_chaussure_conformite_pm.csv',
     'avecal_elda_cumplimiento_pm.csv', 'ciceg_leon_cumplimiento_pm.jsonl',
     'auzlc_calzado_cumplimiento_pm.csv']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date du constat', 'Qualification des faits']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
