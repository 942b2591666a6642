"""Examiner sample set ``blind400`` (files ``*_ol.*``): fuel-station and convenience chains.

Five security desks of fuel-retail networks, none used before in the project, write the
true events the way their own incident logs export them:

``mfg_security_ol.csv``
    Motor Fuel Group (UK forecourt operator), Security & Loss Prevention desk. English,
    UTF-8 with BOM, ``,``. Clandestines found in lorries on Kent forecourts, small-boat
    arrivals logged for the Dover-area sites, and modern-slavery concerns at the hand car
    washes and shops let on its forecourts. Day-first dates (``17/05/2023``,
    ``17 May 2023``, month only for car-wash cases), demonyms (``Albanian``; ``Kurdish``
    read as no nationality), ``UK``/``England``/``Scotland``, one ``Lat/Long`` cell.
``totalenergies_surete_ol.csv``
    TotalEnergies Marketing France, sûreté of the relais on the A16/A26 and the Opal
    Coast (jerrycan fuel buys before small-boat departures, lorries on the aires). French,
    cp1252, ``;``, CRLF. ``17/05/2023`` or ``17/05/23``, decimal commas, feminine
    demonyms (``afghane``), ``Angleterre`` for Dover, counts written ``env. 40``.
``repsol_seguridad_ol.xlsx``
    Repsol, Centro de Control de Seguridad of the service-station network (EESS). Spanish
    workbook: real Excel dates, a few serial numbers and typed dates, ``1.250`` thousands,
    ``subsaharianos`` (no nationality), rows pasted from a misdecoded CSV (mojibake).
``terpel_pa_seguridad_ol.csv``
    Terpel Panamá, seguridad of the stations on the Interamericana (Darién buses). Spanish
    (Panama), Excel "Unicode text": UTF-16 with BOM, tab. ``17/05/2023``, ``17-may-2023``,
    ``2023/05/17``, ``1,250`` thousands (Panama style), GPS cells in degrees, minutes and
    seconds, demonyms (``venezolanos``), ``EE.UU.``.
``shell_mobility_security_ol.jsonl``
    Shell Mobility Global Security incident register (compilation of the other countries:
    Italy, Greece, Croatia, Poland, United States, plus second reports). English JSON lines,
    ISO codes (alpha-2 sites, alpha-3 people, a few UN numeric codes), ISO dates and
    timestamps, ``2023-05`` and ``2023-Q2`` for entries taken from partners' returns,
    transit countries as JSON arrays.

The truth expects what a careful analyst reads in each cell: a placeholder count (``n/k``,
``s/d``, JSON ``null``) no count; a word for "none" zero suspects; an ambiguous nationality
(``Kurdish``, ``subsaharianos``) no nationality; ``0, 0`` coordinates no place.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND400_SOURCES", "Blind400Source", "make_blind400"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind400Source(ExaminerSource):
    """A ``blind400`` source: the shared fields plus the desk's own wording.

    Attributes
    ----------
    style : str
        Key of the desk's wording tables (``"mfg"``, ``"total"``, ``"repsol"``,
        ``"terpel"``, ``"shell"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Wording of each desk: canonical word -> the desk's variants (first = the usual one)
# --------------------------------------------------------------------------------------
_W = dict[str, tuple[str, ...]]

_CRIME: dict[str, _W] = {
    "mfg": {
        "smuggling": ("Clandestine entrants", "Clandestines found", "People smuggling"),
        "trafficking": ("Modern slavery concern", "Modern slavery", "Human trafficking"),
        "both": ("Modern slavery + people smuggling", "Smuggling / trafficking (both)"),
    },
    "total": {
        "smuggling": ("Aide à l'entrée irrégulière", "Passage clandestin", "Trafic de migrants"),
        "trafficking": ("Traite des êtres humains", "Suspicion de traite (TEH)"),
        "both": ("Traite + trafic de migrants", "TEH et aide à l'entrée irrégulière"),
    },
    "repsol": {
        "smuggling": ("Inmigración irregular", "Tráfico de migrantes"),
        "trafficking": ("Trata de seres humanos", "Indicios de trata"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "terpel": {
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas", "Posible trata de personas"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "shell": {
        "smuggling": ("Migrant smuggling",),
        "trafficking": ("Human trafficking",),
        "both": ("Human trafficking & migrant smuggling",),
    },
}
_EXPLOITATION: dict[str, _W] = {
    "mfg": {
        "forced_labour": ("Labour", "Labour exploitation (HCW)"),
        "sexual": ("Sexual",),
        "forced_criminality": ("Criminal (cannabis)", "Criminal exploitation"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    "total": {
        "forced_labour": ("Exploitation par le travail", "Travail forcé"),
        "sexual": ("Exploitation sexuelle",),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
    },
    "repsol": {
        "forced_labour": ("Laboral", "Explotación laboral"),
        "sexual": ("Sexual", "Explotación sexual"),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras",),
    },
    "terpel": {
        "forced_labour": ("Explotación laboral",),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
    },
    "shell": {
        "forced_labour": ("forced_labour",),
        "sexual": ("sexual_exploitation",),
        "forced_criminality": ("forced_criminality",),
        "forced_marriage": ("forced_marriage",),
        "organ_removal": ("organ_removal",),
        "other": ("other",),
    },
}
_GENDER: dict[str, _W] = {
    "mfg": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
    "total": {"male": ("H", "Hommes"), "female": ("F", "Femmes"), "mixed": ("Mixte", "H/F")},
    "repsol": {"male": ("Hombres", "H"), "female": ("Mujeres", "M"), "mixed": ("Mixto",)},
    "terpel": {"male": ("Masculino",), "female": ("Femenino",), "mixed": ("Mixto", "Ambos")},
    "shell": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
}
_AGE: dict[str, _W] = {
    "mfg": {"adult": ("Adult", "Adults"), "child": ("Child", "U18"), "mixed": ("Both",)},
    "total": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs",),
    },
    "repsol": {
        "adult": ("Adultos",),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    "terpel": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores de edad", "NNA"),
        "mixed": ("Adultos y NNA", "Familias con NNA"),
    },
    "shell": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
}
_MODE: dict[str, _W] = {
    "mfg": {
        "sea": ("Small boat", "Small boat (BF)"),
        "land": ("Found in HGV", "HGV trailer", "Vehicle"),
        "air": ("Flight",),
    },
    "total": {
        "sea": ("Small boat / embarcation", "Embarcation"),
        "land": ("Poids lourd", "PL", "Véhicule léger"),
        "air": ("Avion",),
    },
    "repsol": {
        "sea": ("Patera", "Cayuco", "Neumática"),
        "land": ("Camión", "Vehículo", "Vallado (a pie)"),
        "air": ("Avión",),
    },
    "terpel": {
        "sea": ("Lancha", "Bote"),
        "land": ("Autobús", "Bus ETRM", "Terrestre"),
        "air": ("Aéreo",),
    },
    "shell": {"sea": ("sea",), "land": ("road",), "air": ("air",)},
}
_OFFENCES: dict[str, _W] = {
    "mfg": {
        "document_fraud": ("False docs", "Forged documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering", "Cash (POCA)"),
        "illicit_goods": ("Drugs", "Illicit tobacco"),
        "cybercrime": ("Online advertising",),
        "terrorism": ("Terrorism",),
    },
    "total": {
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "repsol": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Hachís", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "terpel": {
        "document_fraud": ("Documentos falsos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "shell": {
        "document_fraud": ("document_fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("illicit_goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {"mfg": " / ", "total": ", ", "repsol": "; ", "terpel": ", "}
_TRANSIT_SEP = {"total": (" - ", ", "), "repsol": (", ",), "terpel": (" - ", "-")}
#: Words for "not known" in vocabulary and country cells.
_UNKNOWN = {
    "mfg": ("n/k", "Not known"),
    "total": ("NC", "inconnu", "non renseigné"),
    "repsol": ("Desconocido", "s/d"),
    "terpel": ("Sin dato", "N/D"),
    "shell": ("unknown",),
}
#: Count cells saying the count is not known (kept, no count).
_COUNT_PLACEHOLDER = {
    "mfg": ("n/k", "TBC"),
    "total": ("NC", "inconnu"),
    "repsol": ("s/d", "Sin determinar"),
    "terpel": ("Sin dato", "Por confirmar"),
}
#: Words for "no suspect".
_ZERO = {
    "mfg": ("None", "Nil"),
    "total": ("Néant", "aucun"),
    "repsol": ("Ninguno",),
    "terpel": ("Ninguno", "0 (ninguno)"),
}
#: Small counts written as words.
_NUMBER_WORDS = {
    "total": ("un", "deux", "trois", "quatre", "cinq"),
    "terpel": ("uno", "dos", "tres", "cuatro", "cinco"),
}
#: "not applicable" written in the exploitation cell of a smuggling row.
_EXPL_NA = {"mfg": "N/A", "total": "Sans objet", "repsol": "No aplica", "terpel": "No aplica"}

# Demonyms: iso3 -> (English, French feminine, Spanish masculine plural).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afganos"),
    "IRN": ("Iranian", "iranienne", "iraníes"),
    "IRQ": ("Iraqi", "irakienne", "iraquíes"),
    "ALB": ("Albanian", "albanaise", "albaneses"),
    "ERI": ("Eritrean", "érythréenne", "eritreos"),
    "SYR": ("Syrian", "syrienne", "sirios"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamitas"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolanos"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatorianos"),
    "HTI": ("Haitian", "haïtienne", "haitianos"),
    "COL": ("Colombian", "colombienne", "colombianos"),
    "CHN": ("Chinese", "chinoise", "chinos"),
    "MAR": ("Moroccan", "marocaine", "marroquíes"),
    "DZA": ("Algerian", "algérienne", "argelinos"),
    "SEN": ("Senegalese", "sénégalaise", "senegaleses"),
    "MLI": ("Malian", "malienne", "malienses"),
    "ROU": ("Romanian", "roumaine", "rumanos"),
}
_SUB_SAHARAN = ("SEN", "MLI", "GMB", "GIN", "CIV")

# Station or watch names by hotspot, per desk (the site column: not a record field).
_SITES: dict[str, dict[str, tuple[str, ...]]] = {
    "mfg": {
        "Dover": ("Dover Whitfield (A2)", "Dover Western Heights", "Kent coast (BF notification)"),
        "London": ("Edmonton HCW", "Walthamstow HCW", "Croydon Purley Way"),
        "Birmingham": ("Hagley Road HCW", "Erdington"),
        "Glasgow": ("Maryhill Road", "Paisley Road West HCW"),
        "Calais": ("Calais (BF Coquelles notification)",),
        "Dunkirk/Gravelines": ("Dunkirk (BF notification)",),
    },
    "total": {
        "Calais": ("Relais Calais Saint-Pierre", "Aire de Calais-Nord (A16)", "Veille côte"),
        "Dunkirk/Gravelines": (
            "Relais Loon-Plage",
            "Relais Gravelines",
            "Aire de Saint-Laurent (A16)",
        ),
        "Dover": ("Signalement UK (Douvres)",),
    },
    "repsol": {
        "Ceuta": ("EESS Ceuta - Tarajal", "EESS Ceuta - Puerto"),
        "Melilla": ("EESS Melilla - Beni Enzar",),
        "Almería": ("EESS Almería - Puerto", "EESS A-7 Roquetas"),
        "Almería (El Ejido)": ("EESS El Ejido - A-7", "EESS La Mojonera"),
        "Huelva": ("EESS Lepe N-431", "EESS Moguer", "EESS Palos de la Frontera"),
        "Gran Canaria": ("EESS Arguineguín", "EESS Las Palmas - Puerto"),
        "Tenerife": ("EESS Los Cristianos",),
        "El Hierro": ("EESS La Restinga",),
        "Lanzarote": ("EESS Arrecife", "EESS Playa Blanca"),
    },
    "terpel": {
        "Darién gap": ("Est. Metetí", "Est. Yaviza", "Est. Santa Fe de Darién"),
        "Bajo Chiquito": ("Est. Metetí", "Est. Canglón"),
        "Lajas Blancas": ("Est. Metetí", "Est. Lajas Blancas (ETRM)"),
    },
    "shell": {
        "Lampedusa": ("Lampedusa (partner report)",),
        "Pozzallo": ("Pozzallo",),
        "Crotone": ("Crotone",),
        "Castel Volturno": ("Castel Volturno - SS7 Domitiana",),
        "Torino": ("Torino - Corso Giulio Cesare",),
        "Palermo": ("Palermo - Via Oreto",),
        "Latina (Agro Pontino)": ("Latina - SS148 Pontina",),
        "Lesbos": ("Mytilene (Coral partner)",),
        "Samos": ("Vathy, Samos (Coral partner)",),
        "Evros": ("Alexandroupoli - Egnatia",),
        "Cetingrad (BIH–HRV border)": ("Cetingrad",),
        "Bajakovo (SRB–HRV border)": ("Bajakovo, A3 motorway",),
        "Kuźnica": ("Kuznica - DK19",),
        "Białowieża": ("Hajnowka - DK66",),
        "Michałowo": ("Bialystok - DK65",),
        "Nogales (Sonora/Arizona)": ("Nogales, AZ - I-19", "Rio Rico, AZ"),
        "Sasabe": ("Three Points, AZ - SR-286",),
        "El Paso": ("El Paso, TX - I-10", "Anthony, TX"),
        "Rio Grande Valley": ("McAllen, TX", "Edinburg, TX - US-281", "Falfurrias, TX"),
        "Gran Canaria": ("Arguineguin (DISA Shell)",),
        "Tenerife": ("Los Cristianos (DISA Shell)",),
        "El Hierro": ("La Restinga (DISA Shell)",),
        "Lanzarote": ("Arrecife (DISA Shell)",),
        "Huelva": ("Lepe - N-431 (DISA Shell)",),
        "Almería (El Ejido)": ("El Ejido - A-7 (DISA Shell)",),
        "London": ("London - Hanger Lane", "London - Old Kent Road"),
        "Birmingham": ("Birmingham - A38",),
        "Glasgow": ("Glasgow - Great Western Rd",),
    },
}


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_LANG_IDX = {"en": 1, "fr": 2, "es": 3}


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_IDX[lang]])


#: Everyday short names in each language (English ones from the shared table).
_LOCAL_ALIASES: dict[str, dict[str, str]] = {
    "fr": {
        "GBR": "Grande-Bretagne",
        "GIN": "Guinée-Conakry",
        "USA": "USA",
        "VNM": "Vietnam",
    },
    "es": {
        "GBR": "Gran Bretaña",
        "GIN": "Guinea Conakry",
        "USA": "EE.UU.",
        "VNM": "Vietnam",
    },
}


def _aliases(iso: str, lang: str) -> str | None:
    if lang == "en":
        return str(COUNTRIES[iso][4][0]) if COUNTRIES[iso][4] else None
    return _LOCAL_ALIASES[lang].get(iso)


def _typo(name: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a keying slip)."""
    i = len(name) // 2
    if len(name) < 6 or not (name[i - 1].isalpha() and name[i].isalpha()) or name[i - 1] == name[i]:
        return name
    return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :]


def _country(
    src: Blind400Source, iso: str, rng: _Rng, col: str, tags: list[str], *, people: bool = False
) -> str:
    """Write one country the desk's way; ``people`` allows a demonym."""
    style = src.style
    r = rng.random()
    if style == "shell":
        if col == "detection_country":
            a2 = iso_codes(iso)[0]
            if a2 == "GB" and r < 0.5:
                tags.append(f"alias:{col}")
                return "UK"
            return a2
        if r < 0.05:
            tags.append(f"iso_numeric:{col}")
            return iso_codes(iso)[1]
        if r < 0.1:
            tags.append(f"name:{col}")
            return _name(iso, "en")
        return iso
    lang = src.language
    if people and iso in _DEMONYMS and r < 0.45:
        tags.append(f"demonym:{col}")
        word = _DEMONYMS[iso][{"en": 0, "fr": 1, "es": 2}[lang]]
        return word.capitalize() if rng.random() < 0.5 else word
    name = _name(iso, lang)
    if r < 0.55:
        return name
    if r < 0.68:
        tags.append(f"case:{col}")
        return name.upper()
    if r < 0.78 and style in ("total", "terpel", "repsol"):
        tags.append(f"iso2:{col}")
        return iso_codes(iso)[0]
    alias = _aliases(iso, lang)
    if r < 0.86 and alias:
        tags.append(f"alias:{col}")
        return alias
    if r < 0.9:
        typo = _typo(name)
        if typo != name:
            tags.append(f"typo:{col}")
        return typo
    if r < 0.94:
        tags.append(f"case:{col}")
        return f" {name.lower()} "
    return name


def _detection(src: Blind400Source, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    iso = str(ev["detection_country"])
    hotspot = str(ev.get("hotspot") or "")
    r = rng.random()
    if src.style == "mfg" and iso == "GBR":
        if r < 0.45:
            return "UK"
        if r < 0.75:
            tags.append("alias:detection_country")
            return "Scotland" if hotspot == "Glasgow" else "England"
        return "United Kingdom"
    if src.style == "total" and iso == "GBR" and r < 0.5:
        tags.append("alias:detection_country")
        return "Angleterre"
    if src.style == "repsol" and iso == "ESP":
        if hotspot in ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote") and r < 0.4:
            return "España (Canarias)"
        if r < 0.2:
            tags.append("case:detection_country")
            return "ESPAÑA"
        return "España"
    if src.style == "terpel" and iso == "PAN":
        return "Panamá" if r < 0.7 else "PANAMA"
    return _country(src, iso, rng, "detection_country", tags)


# --------------------------------------------------------------------------------------
# Dates, counts and places
# --------------------------------------------------------------------------------------
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}  # fmt: skip


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _date(
    src: Blind400Source,
    ts: pd.Timestamp,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    tags: list[str],
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) in the desk's date style."""
    r = rng.random()
    thb = ev["crime_type"] != "smuggling"
    st = src.style
    if st == "mfg":
        # car-wash and shop cases are often logged for the month the concern was raised
        if partial_ok and thb and r < 0.2:
            tags.append("partial_date")
            return f"{_MONTHS['en'][ts.month - 1]} {ts.year}", _month_start(ts), "month"
        if r > 0.75:
            return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if st == "total":
        if partial_ok and thb and r < 0.25:
            tags.append("partial_date")
            return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", _month_start(ts), "month"
        if r > 0.88:
            return ts.strftime("%d/%m/%y"), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if st == "repsol":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", _month_start(ts), "month"
        if r > 0.94:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        if r > 0.84:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if st == "terpel":
        if r < 0.2:
            return f"{ts.day:02d}-{_MONTHS['es'][ts.month - 1][:3]}-{ts.year}", ts, "day"
        if r < 0.3:
            return ts.strftime("%Y/%m/%d"), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    # shell: ISO dates, timestamps, and partners' monthly or quarterly returns
    if partial_ok and r < 0.05:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), _month_start(ts), "month"
    if partial_ok and r < 0.1:
        tags.append("partial_date")
        return f"{ts.year}-Q{ts.quarter}", _quarter_start(ts), "quarter"
    if r < 0.45:
        tags.append("iso_datetime")
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00Z", ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _persons(
    src: Blind400Source, n: int, rng: _Rng, tags: list[str], *, may_blank: bool
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons."""
    r = rng.random()
    st = src.style
    numeric = src.format != "csv"
    if may_blank and r < 0.025:
        tags.append("count_placeholder")
        if st == "shell":
            return None, None
        return choice(rng, _COUNT_PLACEHOLDER[st]), None
    if n >= 1000 and st in ("repsol", "terpel") and r < 0.6:
        tags.append("thousands:n_persons")
        sep = "." if st == "repsol" else ","
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    if st == "mfg" and n >= 10 and r > 0.96:
        tags.append("approx_count")
        return f"approx. {n}", n
    if st == "total" and n >= 10 and r > 0.96:
        tags.append("approx_count")
        return f"env. {n}", n
    return (n if numeric else str(n)), n


def _suspects(
    src: Blind400Source, n: int | None, rng: _Rng, tags: list[str], forced: bool
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects."""
    if forced:
        tags.append("blank_n_suspects")
        return None, None
    if n is None:
        return None, None
    st = src.style
    numeric = src.format != "csv"
    r = rng.random()
    if st != "shell" and r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _UNKNOWN[st]), None
    if n == 0 and st in _ZERO and r < 0.5:
        tags.append("zero_word")
        return choice(rng, _ZERO[st]), 0
    if 1 <= n <= 5 and st in _NUMBER_WORDS and r > 0.9:
        tags.append("number_word")
        return _NUMBER_WORDS[st][n - 1], n
    return (n if numeric else str(n)), n


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    seconds = (v - deg - minutes / 60) * 3600
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def _coords(
    src: Blind400Source,
    lat: float | None,
    lon: float | None,
    rng: _Rng,
    tags: list[str],
    forced: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) in the desk's coordinate style."""
    st = src.style
    if forced:
        tags.append("blank_coordinates")
        return {}, None, None
    if lat is None or lon is None:
        tags.append("coords_missing")
        return {}, None, None
    r = rng.random()
    if r < 0.05:
        tags.append("coords_missing")
        return {}, None, None
    if st == "mfg":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if st == "total":
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        tags.append("decimal_comma")
        if r > 0.98:
            tags.append("coords_swapped")
            cells = {"lat": cells["lon"], "lon": cells["lat"]}
        return cells, lat, lon
    if st == "repsol":
        if r < 0.085:  # the GPS field left at its default
            tags.append("coords_placeholder")
            return {"lat": 0, "lon": 0}, None, None
        if r > 0.9:
            tags.append("decimal_comma")
            return (
                {
                    "lat": f"{lat:.5f}".replace(".", ","),
                    "lon": f"{lon:.5f}".replace(".", ","),
                },
                lat,
                lon,
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    if st == "terpel":
        if r < 0.45:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, lat, lon
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(table: Mapping[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    forms = table[key]
    return forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])


def _as_int(value: object) -> int | None:
    if value is None:
        return None
    return int(value)  # type: ignore[call-overload]


def _as_float(value: object) -> float | None:
    if value is None:
        return None
    return float(value)  # type: ignore[arg-type]


def _render(
    src: Blind400Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    st = src.style
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {}
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, ev, rng, partial_ok, tags
    )
    hotspot = str(ev.get("hotspot") or "")
    if "site" in has:
        sites = _SITES.get(st, {}).get(hotspot)
        cells["site"] = choice(rng, sites) if sites else hotspot

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(_CRIME[st], crime, rng)
    exp["crime_type"] = crime

    expl = ev.get("exploitation")
    if expl is None:
        exp["exploitation"] = None
        if st != "shell" and rng.random() < 0.3:
            cells["exploitation"] = _EXPL_NA[st]
    elif rng.random() < 0.06:
        tags.append("unknown:exploitation")
        exp["exploitation"] = "unknown"
        cells["exploitation"] = choice(rng, _UNKNOWN[st]) if rng.random() < 0.6 else None
    else:
        exp["exploitation"] = str(expl)
        cells["exploitation"] = _word(_EXPLOITATION[st], str(expl), rng)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags, may_blank=partial_ok)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, _as_int(ev.get("n_suspects")), rng, tags, forced_blank == "n_suspects"
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    elif rng.random() < 0.03:
        tags.append("blank_gender")
        exp["gender"] = "unknown"
        cells["gender"] = choice(rng, _UNKNOWN[st])
    else:
        exp["gender"] = gender
        cells["gender"] = _word(_GENDER[st], gender, rng)

    for col, table in (("age_group", _AGE), ("transport_mode", _MODE)):
        word = str(ev[col])
        if rng.random() < 0.03:
            tags.append("na_word")
            exp[col] = "unknown"
            cells[col] = choice(rng, _UNKNOWN[st])
        else:
            exp[col] = word
            cells[col] = _word(table[st], word, rng)

    nat = ev.get("nationality")
    r = rng.random()
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        exp["nationality"] = None
    elif nat is None:
        exp["nationality"] = None
    elif st == "mfg" and nat in ("IRQ", "IRN", "SYR") and r < 0.08:
        tags.extend(["blank_nationality", "ambiguous:nationality"])
        exp["nationality"] = None
        cells["nationality"] = "Kurdish"
    elif st == "repsol" and nat in _SUB_SAHARAN and r < 0.08:
        tags.extend(["blank_nationality", "ambiguous:nationality"])
        exp["nationality"] = None
        cells["nationality"] = choice(rng, ("Subsahariano", "subsaharianos"))
    elif r > 0.97:
        tags.append("blank_nationality")
        exp["nationality"] = None
        cells["nationality"] = choice(rng, _UNKNOWN[st])
    else:
        exp["nationality"] = str(nat)
        cells["nationality"] = _country(src, str(nat), rng, "nationality", tags, people=True)

    for col in ("origin_country", "destination_country"):
        value = ev.get(col)
        if col not in has or value is None:
            exp[col] = None
            continue
        if rng.random() < 0.04:
            tags.append(f"unknown:{col}")
            exp[col] = None
            cells[col] = choice(rng, _UNKNOWN[st]) if rng.random() < 0.5 else None
            continue
        exp[col] = str(value)
        if st == "terpel" and value == "USA" and rng.random() < 0.5:
            tags.append(f"alias:{col}")
            cells[col] = choice(rng, ("EE.UU.", "EEUU"))
        else:
            cells[col] = _country(src, str(value), rng, col, tags)

    transit = ev.get("transit_countries")
    if "transit_countries" not in has or transit is None:
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        exp["transit_countries"] = str(transit)
        if st == "shell":
            cells["transit_countries"] = codes  # a JSON array
        else:
            sep = choice(rng, _TRANSIT_SEP[st])
            parts = []
            for code in codes:  # a handful of countries
                r = rng.random()
                if r < 0.7:
                    parts.append(_name(code, src.language))
                elif r < 0.85:
                    tags.append("iso2:transit_countries")
                    parts.append(iso_codes(code)[0])
                else:
                    tags.append("case:transit_countries")
                    parts.append(_name(code, src.language).upper())
            cells["transit_countries"] = sep.join(parts)

    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        exp["detection_country"] = None
    else:
        exp["detection_country"] = str(ev["detection_country"])
        cells["detection_country"] = _detection(src, ev, rng, tags)

    coord_cells, exp["lat"], exp["lon"] = _coords(
        src,
        _as_float(ev.get("lat")),
        _as_float(ev.get("lon")),
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(coord_cells)

    off = ev.get("linked_offences")
    exp["linked_offences"] = None if off is None else str(off)
    if off is not None:
        words = [_word(_OFFENCES[st], o, rng) for o in str(off).split("|")]
        cells["linked_offences"] = words if st == "shell" else _OFFENCE_SEP[st].join(words)

    if st == "repsol" and rng.random() < 0.12:  # rows pasted from a misread CSV export
        hit = False
        for key, cell in list(cells.items()):
            if isinstance(cell, str):
                garbled = mojibake(cell)
                if garbled is not None:
                    cells[key] = garbled
                    tags.append(f"mojibake:{key}")
                    hit = True
        if not hit:
            tags.append("mojibake_row_ascii")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: Blind400Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (blank, impossible or future)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            "mfg": f"31/02/{ts.year}",
            "total": f"00/{ts.month:02d}/{ts.year}",
            "repsol": f"31/04/{ts.year}",
            "terpel": f"31/06/{ts.year}",
            "shell": f"{ts.year}-02-30",
        }[src.style]
    future = ts.replace(year=ts.year + 10)  # "2033" keyed for "2023"
    if src.style == "repsol":
        return future.to_pydatetime()
    if src.style == "shell":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind400Source, last: pd.Timestamp) -> object:
    """Return the extraction date written on the desk's note row."""
    day = last + pd.Timedelta(days=9)
    if src.style == "repsol":
        return day.to_pydatetime()
    if src.style == "shell":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_MFG = Blind400Source(
    source="mfg_security",
    filename="mfg_security_ol.csv",
    ref="MFG-SEC-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date of Incident",
        "site": "Site",
        "detection_country": "Country",
        "crime_type": "Incident Category",
        "exploitation": "MS Type",
        "n_persons": "No. of Persons",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "transport_mode": "How Found",
        "coordinates": "Lat/Long",
        "linked_offences": "Other Offences",
    },
    note="Figures provisional - subject to police confirmation",
    total="TOTAL",
    bad_count=("#VALUE!", "#REF!"),
    repeats=True,
    style="mfg",
)
_TOTAL = Blind400Source(
    source="totalenergies_surete",
    filename="totalenergies_surete_ol.csv",
    ref="TEMF-SUR-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "site": "Relais / secteur",
        "detection_country": "Pays",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées",
    total="Total général",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
    style="total",
)
_REPSOL = Blind400Source(
    source="repsol_seguridad",
    filename="repsol_seguridad_ol.xlsx",
    ref="CCS-{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Incidencia",
        "event_date": "Fecha",
        "site": "EESS",
        "detection_country": "País",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales. Fuente: Centro de Control de Seguridad",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#REF!"),
    repeats=False,
    style="repsol",
)
_TERPEL = Blind400Source(
    source="terpel_pa_seguridad",
    filename="terpel_pa_seguridad_ol.csv",
    ref="TPA-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha del hecho",
        "site": "Estación",
        "detection_country": "País",
        "crime_type": "Tipo de caso",
        "exploitation": "Explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "transit_countries": "Ruta (tránsito)",
        "transport_mode": "Transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información sujeta a verificación",
    total="Total",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=True,
    style="terpel",
)
_SHELL = Blind400Source(
    source="shell_mobility_security",
    filename="shell_mobility_security_ol.jsonl",
    ref="SIR-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "occurred_on",
        "detection_country": "site_country",
        "site": "site_name",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_detained",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "transit_countries": "transit_countries",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("[object Object]", "ERR_PARSE"),
    repeats=False,
    style="shell",
)

#: The five ``blind400`` sources, in the order of the submissions.
BLIND400_SOURCES: tuple[Blind400Source, ...] = (_MFG, _TOTAL, _REPSOL, _TERPEL, _SHELL)

_EXAMINER = Examiner(
    sources=BLIND400_SOURCES,
    primary={
        "GBR": _MFG.source,
        "FRA": _TOTAL.source,
        "ESP": _REPSOL.source,
        "PAN": _TERPEL.source,
    },
    compilation=_SHELL.source,
    secondary={
        ("channel", "FRA"): _MFG.source,
        ("channel", "GBR"): _TOTAL.source,
        ("watl", "ESP"): _SHELL.source,
        ("thb_vnm_gbr", "GBR"): _SHELL.source,
        ("thb_rou_esp", "ESP"): _SHELL.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=400,
    blank_share=0.3,
)


def make_blind400(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five fuel-retail security desks of ``blind400``.

    Great Britain's events go to Motor Fuel Group, France's to TotalEnergies, Spain's to
    Repsol, Panama's to Terpel; Shell's global register reports every other country and
    second reports of Channel, Atlantic, Viet Nam–UK and Romania–Spain events; MFG and
    TotalEnergies report some Channel events of each other's side.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``mfg_security_ol.csv``, ``totalenergies_surete_ol.csv``,
        ``repsol_seguridad_ol.xlsx``, ``terpel_pa_seguridad_ol.csv`` and
        ``shell_mobility_security_ol.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind400(make_truth(seed=4, n_events=300), seed=4)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['mfg_security_ol.csv', 'totalenergies_surete_ol.csv', 'repsol_seguridad_ol.xlsx',
     'terpel_pa_seguridad_ol.csv', 'shell_mobility_security_ol.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Relais / secteur']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
