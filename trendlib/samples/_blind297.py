"""Examiner sample set ``blind297``: au-pair, modelling and talent-agency bodies (``*_km.*``).

Five agencies that would never report to a police desk in the same shape, each writing its
own export the way its tool and its clerks do:

``bapaa_safeguarding_km.csv``
    British Au Pair Agencies Association, member safeguarding log. English, UTF-8 with BOM
    (an Excel "CSV UTF-8" save), ``,``. Day-first dates (``17/05/2023``, ``17 May 2023``),
    month-only dates when a member only gave the month, ``approx. 40`` counts, ``n/k`` and
    ``none`` in the count cells, UK-style aliases (``Ivory Coast``, ``UK``).
``ufap_au_pair_km.csv``
    Union Française des Associations Au Pair, signalements of its member associations.
    French, cp1252, ``;`` (a French Excel export), CRLF. ``17/05/2023``, ``17 mai 2023``,
    ``mai 2023``, ``T2 2023``; ``1 250`` with a (non-breaking) space; ``néant``, ``NC``;
    names without accents or in capitals; ``Sans objet`` for a smuggling case's
    exploitation; ``MNA`` for an unaccompanied minor.
``arte_representantes_km.xlsx``
    Asociación de Representantes Técnicos del Espectáculo (Spain), show and modelling
    agents' register of contracts used as a cover. Spanish workbook: real Excel dates and
    a few typed ones (``17/05/2023``, ``17-05-2023``, ``T2 2023``, ``mayo 2023``), counts as
    numbers or ``1.250``, country names pasted from a UTF-8 file read as Windows-1252
    (``MÃ©xico``), ``Patera``/``Cayuco`` for the boats.
``mici_agencias_talento_km.csv``
    Panama's Ministerio de Comercio e Industrias, register of modelling and talent
    agencies (Dirección General de Comercio Interior). Spanish, capitals without accents,
    Excel "Unicode text" (UTF-16 with BOM, tab-delimited) renamed to ``.csv``; ``17/05/2023``
    and Excel serials where the column lost its format; ``N/D``; ``NNA`` for minors;
    ``COORDENADAS`` as a decimal pair or as degrees, minutes and seconds.
``iapa_incident_feed_km.jsonl``
    International Au Pair Association, incident feed compiled from its members worldwide
    (every event no national body above reports). English keys of a web platform, ISO
    alpha-2 nationalities, UN M49 numeric codes for the incident country, ISO dates,
    ``2023-05``, ``Q2 2023``, ``lat``/``lng`` (a few swapped where the range shows it).

The rows, bad rows, duplicates and repeats are laid out by
:func:`trendlib.samples._examiner.make_examined`; this module only says how each agency
writes a true event, and what a careful analyst reads back from what it wrote.
"""

from __future__ import annotations

import unicodedata
from typing import cast

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND297", "SOURCES", "make_blind297"]

_Rng = np.random.Generator

_BAPAA = "bapaa_safeguarding"
_UFAP = "ufap_au_pair"
_ARTE = "arte_representantes"
_MICI = "mici_agencias_talento"
_IAPA = "iapa_incident_feed"

#: The five sources of the set, in the order their submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_BAPAA,
        filename=f"{_BAPAA}_km.csv",
        ref="BAPAA/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date of incident",
            "crime_type": "Concern type",
            "exploitation": "Exploitation type",
            "n_persons": "Persons affected",
            "n_suspects": "Alleged perpetrators",
            "gender": "Sex",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Home country",
            "destination_country": "Intended destination",
            "detection_country": "Country where identified",
            "transit_countries": "Travelled via",
            "transport_mode": "Mode of travel",
            "linked_offences": "Other offences noted",
        },
        note="Provisional - member returns for the quarter still outstanding",
        total="TOTAL",
        bad_count=("several", "#VALUE!", "a few"),
        repeats=True,
    ),
    ExaminerSource(
        source=_UFAP,
        filename=f"{_UFAP}_km.csv",
        ref="UFAP-{year}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes",
            "n_suspects": "Nb de mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de détection",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "linked_offences": "Infractions connexes",
        },
        note="NB : extraction provisoire, signalements des familles non consolidés",
        total="Total général",
        bad_count=("plusieurs", "#VALEUR!", "qq-uns"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ARTE,
        filename=f"{_ARTE}_km.xlsx",
        ref="ARTE {seq:04d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha de los hechos",
            "crime_type": "Tipo de delito",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Personas afectadas",
            "n_suspects": "Nº investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales, pendiente de validar por la Junta Directiva",
        total="Total casos",
        bad_count=("varios", "#¡VALOR!", "un grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MICI,
        filename=f"{_MICI}_km.csv",
        ref="DGCI-TAL-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "NO. CASO",
            "event_date": "FECHA DEL HECHO",
            "crime_type": "TIPO DE CASO",
            "exploitation": "TIPO DE EXPLOTACION",
            "n_persons": "CANT. PERSONAS",
            "n_suspects": "CANT. SOSPECHOSOS",
            "gender": "SEXO",
            "age_group": "GRUPO ETARIO",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAIS DE ORIGEN",
            "destination_country": "PAIS DE DESTINO",
            "detection_country": "PAIS DONDE SE DETECTO",
            "transit_countries": "PAISES DE TRANSITO",
            "transport_mode": "MEDIO DE TRANSPORTE",
            "coordinates": "COORDENADAS",
            "linked_offences": "OTROS DELITOS",
        },
        note="NOTA: INFORMACION SUJETA A VERIFICACION",
        total="TOTAL",
        bad_count=("VARIOS", "#¡VALOR!", "GRUPO"),
        repeats=True,
    ),
    ExaminerSource(
        source=_IAPA,
        filename=f"{_IAPA}_km.jsonl",
        ref="IAPA-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date_of_incident",
            "crime_type": "case_category",
            "exploitation": "exploitation_form",
            "n_persons": "persons_involved",
            "n_suspects": "suspects",
            "gender": "gender",
            "age_group": "age_bracket",
            "nationality": "nationality_iso2",
            "origin_country": "country_of_origin",
            "destination_country": "destination",
            "detection_country": "incident_country_m49",
            "transit_countries": "transit_route",
            "transport_mode": "travel_mode",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "#ERROR", "dozens"),
        repeats=True,
    ),
)

# --------------------------------------------------------------------------------------
# Wording of each agency
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    _BAPAA: {
        "trafficking": ("Modern slavery / trafficking", "Human trafficking", "Trafficking"),
        "smuggling": ("People smuggling", "Facilitated illegal entry", "Smuggling"),
        "both": ("Trafficking & smuggling", "Smuggling + trafficking"),
    },
    _UFAP: {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Trafic de migrants",
            "Aide à l'entrée irrégulière",
        ),
        "both": ("Traite + trafic de migrants", "TEH et trafic"),
    },
    _ARTE: {
        "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
            "Tráfico de migrantes",
        ),
        "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
    },
    _MICI: {
        "trafficking": ("TRATA DE PERSONAS", "TRATA"),
        "smuggling": ("TRAFICO ILICITO DE MIGRANTES", "TRAFICO DE MIGRANTES"),
        "both": ("TRATA Y TRAFICO", "TRATA Y TRAFICO DE MIGRANTES"),
    },
    _IAPA: {
        "trafficking": ("Human trafficking", "Trafficking"),
        "smuggling": ("Migrant smuggling", "Smuggling"),
        "both": ("Trafficking and smuggling",),
    },
}

_EXPLOITATION: dict[str, _Words] = {
    _BAPAA: {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": (
            "Labour exploitation",
            "Domestic servitude (labour exploitation)",
            "Forced labour",
        ),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Under assessment", "Not yet known"),
        "n/a": ("N/A",),
    },
    _UFAP: {
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": (
            "Travail forcé",
            "Servitude domestique (travail forcé)",
            "Exploitation par le travail",
        ),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "unknown": ("Non déterminée", "En cours d'évaluation"),
        "n/a": ("Sans objet",),
    },
    _ARTE: {
        "sexual": ("Explotación sexual",),
        "forced_labour": (
            "Explotación laboral",
            "Explotación laboral (servicio doméstico)",
            "Trabajos forzados",
        ),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas", "Otra"),
        "unknown": ("Por determinar", "No consta"),
        "n/a": ("No procede",),
    },
    _MICI: {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJO FORZOSO", "EXPLOTACION LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "other": ("OTRA",),
        "unknown": ("N/D", "POR DETERMINAR"),
        "n/a": ("NO APLICA",),
    },
    _IAPA: {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("criminal exploitation",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "unknown": ("unknown", "pending"),
        "n/a": (),
    },
}

_GENDER: dict[str, _Words] = {
    _BAPAA: {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Mixed group"),
        "unknown": ("Not recorded",),
    },
    _UFAP: {
        "female": ("Femme", "F", "Féminin"),
        "male": ("Homme", "H", "Masculin"),
        "mixed": ("Mixte", "Hommes et femmes"),
        "unknown": ("Non précisé", "NC"),
    },
    _ARTE: {
        "female": ("Mujer",),
        "male": ("Hombre",),
        "mixed": ("Mixto", "Ambos sexos"),
        "unknown": ("No consta",),
    },
    _MICI: {
        "female": ("FEMENINO",),
        "male": ("MASCULINO",),
        "mixed": ("MIXTO", "AMBOS"),
        "unknown": ("N/D",),
    },
    _IAPA: {
        "female": ("female",),
        "male": ("male",),
        "mixed": ("mixed",),
        "unknown": ("unknown", "not stated"),
    },
}

_AGE: dict[str, _Words] = {
    _BAPAA: {
        "adult": ("Adult (18+)", "Adult"),
        "child": ("Under 18", "Minor"),
        "mixed": ("Adults and minors", "Mixed ages"),
        "unknown": ("Not recorded",),
    },
    _UFAP: {
        "adult": ("Majeur",),
        "child": ("Mineur", "MNA"),
        "mixed": ("Majeurs et mineurs",),
        "unknown": ("Non précisé",),
    },
    _ARTE: {
        "adult": ("Mayor de edad", "Adulto"),
        "child": ("Menor de edad", "Menor"),
        "mixed": ("Adultos y menores",),
        "unknown": ("No consta",),
    },
    _MICI: {
        "adult": ("ADULTO",),
        "child": ("NNA", "MENOR"),
        "mixed": ("ADULTOS Y NNA",),
        "unknown": ("N/D",),
    },
    _IAPA: {
        "adult": ("18+", "adult"),
        "child": ("under 18", "minor"),
        "mixed": ("mixed",),
        "unknown": ("unknown",),
    },
}

_MODE: dict[str, _Words] = {
    _BAPAA: {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "Road", "Coach"),
        "air": ("Flight", "Air"),
        "unknown": ("Not known",),
    },
    _UFAP: {
        "sea": ("Bateau", "Small boat", "Embarcation"),
        "land": ("Camion", "Route", "Bus"),
        "air": ("Avion",),
        "unknown": ("Inconnu",),
    },
    _ARTE: {
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Autobús"),
        "air": ("Aéreo", "Avión"),
        "unknown": ("No consta",),
    },
    _MICI: {
        "sea": ("MARITIMO", "LANCHA"),
        "land": ("TERRESTRE", "A PIE"),
        "air": ("AEREO",),
        "unknown": ("N/D",),
    },
    _IAPA: {
        "sea": ("sea", "boat"),
        "land": ("land", "road"),
        "air": ("air", "flight"),
        "unknown": ("unknown",),
    },
}

_OFFENCES: dict[str, dict[str, str]] = {
    _BAPAA: {
        "document_fraud": "False documents",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    _UFAP: {
        "document_fraud": "Faux documents",
        "corruption": "Corruption",
        "money_laundering": "Blanchiment",
        "illicit_goods": "Stupéfiants",
        "cybercrime": "Cybercriminalité",
        "terrorism": "Terrorisme",
    },
    _ARTE: {
        "document_fraud": "Falsedad documental",
        "corruption": "Cohecho",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Tráfico de drogas",
        "cybercrime": "Ciberdelito",
        "terrorism": "Terrorismo",
    },
    _MICI: {
        "document_fraud": "FALSIFICACION DE DOCUMENTOS",
        "corruption": "CORRUPCION",
        "money_laundering": "BLANQUEO DE CAPITALES",
        "illicit_goods": "DROGAS",
        "cybercrime": "DELITO INFORMATICO",
        "terrorism": "TERRORISMO",
    },
    _IAPA: {
        "document_fraud": "document fraud",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "illicit goods",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
}
_OFFENCE_SEP = {_BAPAA: "; ", _UFAP: ", ", _ARTE: " / ", _MICI: ", ", _IAPA: "; "}
_TRANSIT_SEP = {_BAPAA: ", ", _UFAP: " / ", _ARTE: " - ", _MICI: "/", _IAPA: " > "}

#: Count cells saying the count is not known (the record stays, with no count).
_COUNT_UNKNOWN = {
    _BAPAA: ("n/k", "not known"),
    _UFAP: ("NC", "inconnu"),
    _ARTE: ("s/d", "No consta"),
    _MICI: ("N/D",),
    _IAPA: ("unknown",),
}
#: Words for no suspect at all.
_ZERO = {
    _BAPAA: ("none", "None identified"),
    _UFAP: ("néant", "aucun"),
    _ARTE: ("ninguno", "Ninguno"),
    _MICI: ("NINGUNO",),
    _IAPA: ("none",),
}
#: Words for an unknown country (origin, destination); the nationality's words follow.
_COUNTRY_UNKNOWN = {
    _BAPAA: ("Unknown", "Not recorded"),
    _UFAP: ("Inconnu", "NC"),
    _ARTE: ("Desconocido", "No consta"),
    _MICI: ("N/D", "DESCONOCIDO"),
    _IAPA: ("unknown",),
}
#: "Nationalité" and "nacionalidad" are feminine: their "unknown" agrees.
_NATIONALITY_UNKNOWN = {
    **_COUNTRY_UNKNOWN,
    _UFAP: ("Inconnue", "NC"),
    _ARTE: ("Desconocida", "No consta"),
    _MICI: ("N/D", "DESCONOCIDA"),
}
#: A French or Spanish clerk writes the word in the plural for a group of persons.
_PLURAL = {
    "Femme": "Femmes",
    "Homme": "Hommes",
    "Majeur": "Majeurs",
    "Mineur": "Mineurs",
    "Mujer": "Mujeres",
    "Hombre": "Hombres",
    "Mayor de edad": "Mayores de edad",
    "Menor de edad": "Menores de edad",
    "Adulto": "Adultos",
    "Menor": "Menores",
    "ADULTO": "ADULTOS",
    "MENOR": "MENORES",
}

# Each agency's own aliases and slips of the pen, by ISO alpha-3 code.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {
        "CIV": ("Cote d'Ivoire", "Côte-d'Ivoire"),
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA", "Etats-Unis"),
        "VNM": ("Vietnam",),
        "ERI": ("Erythrée",),
        "EGY": ("Egypte",),
        "DZA": ("Algerie",),
        "MKD": ("Macédoine",),
        "GIN": ("Guinée Conakry",),
        "SEN": ("Senegal",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "VNM": ("Viet Nam",),
        "BGD": ("Bangladesh",),
        "TUN": ("Tunez",),
        "MEX": ("Mexico",),
        "PAN": ("Panama",),
        "HTI": ("Haiti",),
        "IRQ": ("Iraq",),
        "ROU": ("Rumania",),
        "GIN": ("Guinea Conakry",),
    },
}
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritera",
        "ALB": "Albainia",
        "VNM": "Veitnam",
        "SYR": "Sryia",
        "PAK": "Pakisatn",
        "BGD": "Bangaldesh",
        "EGY": "Eygpt",
        "TUN": "Tunisa",
        "SEN": "Sengal",
        "MAR": "Moroco",
        "VEN": "Venzuela",
        "ROU": "Romnia",
        "ECU": "Ecudor",
        "COL": "Colomiba",
        "MEX": "Mexio",
        "HND": "Hondruas",
        "GTM": "Guatemla",
        "CMR": "Camaroon",
        "DEU": "Germnay",
        "ITA": "Itlay",
        "GRC": "Grece",
        "AUT": "Austira",
    },
    "fr": {
        "AFG": "Afghanisatn",
        "ERI": "Erythré",
        "IRQ": "Irack",
        "ALB": "Albanei",
        "SYR": "Syire",
        "ROU": "Roumaine",
        "DEU": "Allemagen",
        "NGA": "Nigéira",
    },
    "es": {
        "MAR": "Marrueco",
        "DZA": "Argelai",
        "SEN": "Senegall",
        "GMB": "Ganbia",
        "GIN": "Guniea",
        "ROU": "Rumanai",
        "VEN": "Venezula",
        "ECU": "Ecuardor",
        "COL": "Colomiba",
        "CIV": "Costa de Marfíl",
        "FRA": "Francai",
        "ITA": "Itaila",
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

_COUNTRY_COLS = ("nationality", "origin_country", "destination_country", "detection_country")

# English month names of the JSON feed come from the shared table; the others are ours.
_MONTH_NAMES = {
    "en": MONTHS,
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents (``Équateur`` -> ``Equateur``), as capitals typed in a form do."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word(src: ExaminerSource, table: dict[str, _Words], value: str, rng: _Rng) -> str:
    """One of the agency's words for ``value`` (its usual word two times in three)."""
    words = table[src.source][value]
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _int(value: object) -> int | None:
    """Return a count of the truth as a Python int (None stays None)."""
    return None if value is None else int(cast(int, value))


def _float(value: object) -> float | None:
    """Return a coordinate of the truth as a Python float (None stays None)."""
    return None if value is None else float(cast(float, value))


def _name(code: str, lang: str) -> str:
    return str(COUNTRIES[code][_LANG_COL[lang]])


def _country(
    src: ExaminerSource, code: str, col: str, rng: _Rng, *, role: str = "name"
) -> tuple[object, list[str]]:
    """Write one ISO alpha-3 code the agency's way; return (cell, tags).

    ``role`` is ``"name"`` for a country column and ``"transit"`` for one element of a
    transit list (no tags: the list gets its own).
    """
    s, lang = src.source, src.language
    name = _name(code, lang)
    alias = _ALIASES[lang].get(code, ())
    typo = _TYPOS[lang].get(code)
    r = rng.random()
    tags: list[str] = []
    if s == _IAPA:
        if col == "nationality":
            a2 = iso_codes(code)[0]
            tags.append(f"iso2:{col}")
            if r < 0.05:
                tags.append(f"case:{col}")
                return a2.lower(), tags
            return a2, tags
        if col == "detection_country":
            tags.append(f"m49:{col}")
            return iso_codes(code)[1], tags
        if col == "transit_countries":
            return iso_codes(code)[0], tags
        if r < 0.15 and alias:
            tags.append(f"alias:{col}")
            return choice(rng, alias), tags
        if r > 0.95 and typo:
            tags.append(f"typo:{col}")
            return typo, tags
        return name, tags
    if s == _MICI:
        if r < 0.15:
            tags.append(f"iso3:{col}")
            return code, tags
        if r < 0.21 and typo:
            tags.append(f"typo:{col}")
            return _plain(typo).upper(), tags
        if r < 0.28 and alias:
            tags.append(f"alias:{col}")
            return _plain(choice(rng, alias)).upper(), tags
        return _plain(name).upper(), tags
    if s == _ARTE:
        if r < 0.12:
            garbled = mojibake(name)
            if garbled is not None:
                tags.append(f"mojibake:{col}")
                return garbled, tags
        if 0.12 <= r < 0.2 and alias:
            tags.append(f"alias:{col}")
            return choice(rng, alias), tags
        if 0.2 <= r < 0.26 and typo:
            tags.append(f"typo:{col}")
            return typo, tags
        if 0.26 <= r < 0.3:
            tags.append(f"case:{col}")
            return name.lower(), tags
        if 0.3 <= r < 0.33:
            tags.append(f"spacing:{col}")
            return name + " ", tags
        return name, tags
    if s == _UFAP:
        if r < 0.12:
            tags.append(f"case:{col}")
            return _plain(name).upper(), tags
        if r < 0.27 and _plain(name) != name:
            tags.append(f"no_accent:{col}")
            return _plain(name), tags
        if 0.27 <= r < 0.36 and alias:
            # "Angleterre" for the United Kingdom only where a clerk would write it: the
            # country people head for, not the one a detection took place in
            options = tuple(a for a in alias if a != "Angleterre" or col == "destination_country")
            if options:
                tags.append(f"alias:{col}")
                return choice(rng, options), tags
        if 0.36 <= r < 0.42 and typo:
            tags.append(f"typo:{col}")
            return typo, tags
        return name, tags
    # BAPAA
    if r < 0.14 and alias:
        tags.append(f"alias:{col}")
        return choice(rng, alias), tags
    if 0.14 <= r < 0.2 and typo:
        tags.append(f"typo:{col}")
        return typo, tags
    if 0.2 <= r < 0.24:
        tags.append(f"case:{col}")
        return name.lower(), tags
    if 0.24 <= r < 0.27:
        tags.append(f"spacing:{col}")
        return f" {name}", tags
    return name, tags


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date the agency's way; return (cell, expected day, precision, tags)."""
    s = src.source
    r = rng.random()
    month = _MONTH_NAMES[src.language][ts.month - 1]
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if s == _BAPAA:
        if partial_ok and r < 0.05:
            return f"{month} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.3:
            return f"{ts.day} {month} {ts.year}", ts, "day", ["long_date"]
        if r < 0.35:
            return ts.strftime("%d/%m/%y"), ts, "day", ["short_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if s == _UFAP:
        # a family often tells the association the season, not the day
        if partial_ok and r < 0.05:
            return f"{month} {ts.year}", month_start, "month", ["partial_date"]
        if partial_ok and r < 0.11:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
        if r < 0.27:
            return f"{ts.day} {month} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if s == _ARTE:
        if partial_ok and r < 0.04:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
        if partial_ok and r < 0.08:
            return f"{month} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.2:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        if r < 0.26:
            return ts.strftime("%d-%m-%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if s == _MICI:
        if partial_ok and r < 0.05:
            return f"{month.upper()} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.25:
            serial = (ts.normalize() - _EXCEL_EPOCH).days
            return str(serial), ts, "day", ["serial_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # IAPA
    if partial_ok and r < 0.06:
        return ts.strftime("%Y-%m"), month_start, "month", ["partial_date"]
    if partial_ok and r < 0.11:
        return f"Q{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
    if r < 0.27:
        stamp = f"T{(ts.day_of_year * 7) % 24:02d}:{(ts.day * 13) % 60:02d}:00Z"
        return ts.strftime("%Y-%m-%d") + stamp, ts, "day", ["iso_datetime"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _count(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write a count of persons; return (cell, expected count, tags)."""
    s = src.source
    r = rng.random()
    if r < 0.02:
        return choice(rng, _COUNT_UNKNOWN[s]), None, ["count_placeholder"]
    if n >= 1000:
        head, tail = divmod(n, 1000)
        if s in (_BAPAA, _MICI):
            return f"{head},{tail:03d}", n, ["thousands:n_persons"]
        if s == _UFAP:
            sep = "\u00a0" if rng.random() < 0.6 else " "
            return f"{head}{sep}{tail:03d}", n, ["thousands:n_persons"]
        if s == _ARTE and rng.random() < 0.5:
            return f"{head}.{tail:03d}", n, ["thousands:n_persons"]
    if s == _BAPAA and n >= 10 and r > 0.95:
        return choice(rng, (f"approx. {n}", f"c.{n}", f"{n} approx")), n, ["approx_count"]
    if s in (_ARTE, _IAPA):
        return n, n, []
    return str(n), n, []


def _suspects(
    src: ExaminerSource, n: int | None, rng: _Rng, *, blank: bool
) -> tuple[object, int | None, list[str]]:
    """Write a count of suspects; return (cell, expected count, tags)."""
    s = src.source
    if blank:
        return None, None, ["blank_n_suspects"]
    if n is None:
        return None, None, []
    r = rng.random()
    if r < 0.04:
        return choice(rng, _COUNT_UNKNOWN[s]), None, ["suspects_placeholder"]
    if n == 0 and s != _IAPA and r < 0.55:
        return choice(rng, _ZERO[s]), 0, ["zero_word"]
    if s in (_ARTE, _IAPA):
        return n, n, []
    return str(n), n, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth of a second; return (text, value read)."""
    a = abs(value)
    tenths = round(a * 36000)  # the position in tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, read


def _coordinates(
    src: ExaminerSource, lat: float | None, lon: float | None, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place the agency's way; return (cells, expected lat, lon, tags)."""
    s = src.source
    if blank:
        return {}, None, None, ["blank_coordinates"]
    if s not in (_MICI, _IAPA):
        return {}, None, None, ["coords_missing"]
    if lat is None or lon is None:
        return {}, None, None, ["coords_missing"]
    r = rng.random()
    if r < 0.04:
        return {}, None, None, ["coords_missing"]
    if s == _MICI:
        if r < 0.07:
            return {"coordinates": "N/D"}, None, None, ["coords_placeholder"]
        if r < 0.3:
            t_lat, v_lat = _dms(lat, "N", "S")
            t_lon, v_lon = _dms(lon, "E", "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon, ["dms_coords"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), []
    # IAPA: four decimals; a member sometimes typed longitude first, which only shows
    # (and so only can be undone) where the longitude lies outside the latitudes' range
    v_lat, v_lon = round(lat, 4), round(lon, 4)
    if abs(lon) > 90 and r < 0.1:
        return {"lat": v_lon, "lon": v_lat}, v_lat, v_lon, ["coords_swapped"]
    return {"lat": v_lat, "lon": v_lon}, v_lat, v_lon, []


def _vocab(
    src: ExaminerSource,
    table: dict[str, _Words],
    value: str,
    col: str,
    rng: _Rng,
    *,
    unknown_rate: float,
    unknown_tag: str,
) -> tuple[object, str, list[str]]:
    """Write a vocabulary value; some rows say the agency does not know it."""
    if rng.random() < unknown_rate:
        return _word(src, table, "unknown", rng), "unknown", [f"{unknown_tag}:{col}"]
    return _word(src, table, value, rng), value, []


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    s = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    if forced_blank:
        tags.append(f"blank_{forced_blank}")

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, _CRIME, crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        na_words = _EXPLOITATION[s]["n/a"]
        if na_words and rng.random() < 0.4:
            cells["exploitation"] = na_words[0]
            tags.append("not_applicable:exploitation")
        else:
            cells["exploitation"] = None
        exp["exploitation"] = None
    else:
        cells["exploitation"], exp["exploitation"], t = _vocab(
            src,
            _EXPLOITATION,
            str(expl),
            "exploitation",
            rng,
            unknown_rate=0.05,
            unknown_tag="unknown_word",
        )
        tags += t
        if exp["exploitation"] == "forced_labour" and "servi" in str(cells["exploitation"]):
            tags.append("domestic_servitude")

    cells["n_persons"], exp["n_persons"], t = _count(src, _int(ev["n_persons"]) or 0, rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, _int(ev["n_suspects"]), rng, blank=forced_blank == "n_suspects"
    )
    tags += t

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        r = rng.random()
        if r < 0.03:
            cells["gender"], exp["gender"] = _word(src, _GENDER, "unknown", rng), "unknown"
            tags.append("blank_gender")
        else:
            cells["gender"] = _word(src, _GENDER, str(ev["gender"]), rng)
            exp["gender"] = str(ev["gender"])
    age = str(ev["age_group"])
    if s == _UFAP and age == "child" and rng.random() < 0.3:
        # "MNA": an unaccompanied minor; only ever written for a minor
        cells["age_group"], exp["age_group"] = "MNA", "child"
        tags.append("mna")
    else:
        cells["age_group"], exp["age_group"], t = _vocab(
            src, _AGE, age, "age_group", rng, unknown_rate=0.04, unknown_tag="na_word"
        )
        tags += t
    mode = str(ev["transport_mode"])
    cells["transport_mode"], exp["transport_mode"], t = _vocab(
        src, _MODE, mode, "transport_mode", rng, unknown_rate=0.03, unknown_tag="na_word"
    )
    tags += t
    if s == _ARTE and mode == "sea" and exp["transport_mode"] == "sea" and rng.random() < 0.5:
        # the Canary route's open boats are "cayucos", the Strait's small ones "pateras"
        boat = {"watl": "Cayuco", "wmed": "Patera"}.get(str(ev["corridor"]))
        if boat is not None:
            cells["transport_mode"] = boat
            tags.append("boat_word")

    if _int(ev["n_persons"]) != 1:
        for col in ("gender", "age_group"):
            cells[col] = _PLURAL.get(str(cells[col]), cells[col])

    for col in _COUNTRY_COLS:
        code = ev[col]
        if forced_blank == col or code is None:
            cells[col], exp[col] = None, None
            continue
        if col != "detection_country" and rng.random() < 0.03:
            unknown = _NATIONALITY_UNKNOWN if col == "nationality" else _COUNTRY_UNKNOWN
            cells[col] = choice(rng, unknown[s])
            exp[col] = None
            tags.append("blank_nationality" if col == "nationality" else f"unknown_word:{col}")
            continue
        cells[col], t = _country(src, str(code), col, rng)
        exp[col] = str(code)
        tags += t

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [_country(src, c, "transit_countries", rng)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = _TRANSIT_SEP[s].join(str(p) for p in parts)
        exp["transit_countries"] = str(transit)
        if "|" in str(transit):
            tags.append("transit_list")

    coords, exp["lat"], exp["lon"], t = _coordinates(
        src, _float(ev["lat"]), _float(ev["lon"]), rng, blank=forced_blank == "coordinates"
    )
    cells.update(coords)
    tags += t

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_OFFENCES[s][o] for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[s].join(words)
        exp["linked_offences"] = str(offences)

    for col, value in cells.items():  # a cp1252 file cannot hold every character
        if isinstance(value, str) and not fits(value, src):
            cells[col] = _plain(value)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible, or slipped into the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("31/02", "30/02", "29/02", "31/04", "31/06")).split("/")
        if src.source == _IAPA:
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    # future: the year's tens digit slipped (2023 -> 2033), still far ahead of any run
    future = ts.replace(year=ts.year + 10)
    if src.source == _ARTE:
        return future.to_pydatetime()
    if src.source == _IAPA:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the note row's date: the last day of the extract's last month."""
    end = last.to_period("M").end_time.normalize()
    if src.source == _ARTE:
        return end.to_pydatetime()
    if src.source == _IAPA:
        return end.strftime("%Y-%m-%d")
    return end.strftime("%d/%m/%Y")


#: The variant: who first reports the events of each detection country, who may report
#: them a second time, and how every cell is written.
BLIND297: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _BAPAA, "FRA": _UFAP, "ESP": _ARTE, "PAN": _MICI},
    compilation=_IAPA,
    secondary={
        ("channel", "FRA"): _BAPAA,  # the UK side logs the same crossing
        ("channel", "GBR"): _UFAP,  # French member associations flag the departure
        ("thb_vnm_gbr", "GBR"): _IAPA,
        ("thb_nga_ita", "ITA"): _UFAP,
        ("thb_rou_esp", "ESP"): _IAPA,
        ("thb_rou_esp", "ITA"): _ARTE,
        ("darien", "PAN"): _IAPA,
        ("watl", "ESP"): _IAPA,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=297,
    blank_share=0.3,
)


def make_blind297(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the ``blind297`` set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``bapaa_safeguarding_km.csv`` (English, UTF-8 with BOM, ``,``),
        ``ufap_au_pair_km.csv`` (French, cp1252, ``;``),
        ``arte_representantes_km.xlsx`` (Spanish workbook),
        ``mici_agencias_talento_km.csv`` (Spanish, UTF-16, tab) and
        ``iapa_incident_feed_km.jsonl`` (English keys, JSON lines), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind297(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bapaa_safeguarding_km.csv', 'ufap_au_pair_km.csv', 'arte_representantes_km.xlsx',
     'mici_agencias_talento_km.csv', 'iapa_incident_feed_km.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND297, truth, seed=seed)
