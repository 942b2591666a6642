"""Examiner sample set ``blind223``: five geospatial desks (files ``*_hq.*``).

Five agencies that map boats, gatherings and camps from imagery and fuse what they see
with the figures of the authorities on the ground, each exporting its layer the way its
own GIS tool and office do:

``eu_satcen_hq.jsonl``
    EU Satellite Centre (Torrejón), English. A feed of its border-monitoring layer,
    one JSON object per line (UTF-8): ISO 8601 UTC time stamps, ISO alpha-3 codes, the
    EU's own two-letter codes for the reporting member state (``EL`` for Greece),
    Frontex-style border types (``SEA``, ``LAND``), ``UNK`` for what is not known and
    decimal degrees as numbers. It re-sends some objects (exact repeats).
``icube_sertit_hq.csv``
    ICube-SERTIT, the remote-sensing service of the University of Strasbourg, French.
    A QGIS shapefile layer (field names cut at ten characters) re-saved in French
    Excel: cp1252, ``;``, CRLF, day-first dates, decimal commas, longitude before
    latitude, country names pasted from a UTF-8 sheet (some garbled), ``NC`` for
    "non communiqué". It re-sends some rows (exact repeats).
``npas_uk_hq.xlsx``
    National Police Air Service (UK), English. The tasking log of its aircraft over the
    Channel coast and the cities: Excel date-times, UK day-first text dates, positions
    as aviation degrees and decimal minutes (``N51 07.234 E001 19.456``), nationalities
    as demonyms, the country as ``UK``, ``England`` or ``Scotland``, ``n/k``, ``nil``.
``cathalac_pa_hq.csv``
    CATHALAC (Panama), the regional water and remote-sensing centre, Spanish. Its
    Darién camps layer saved from Excel as "Unicode text": UTF-16 with BOM, tabs,
    day-first dates with some Excel serial numbers left in, quarters in Roman numerals,
    ISO numeric country codes from the statistics office, ``NNA`` for minors, ``s/d``.
``centrogeo_mx_hq.csv``
    CentroGeo (Mexico), a public geospatial research centre, Mexican Spanish. Its
    compilation of crossings seen on the US–Mexico border (and of Darién reports):
    UTF-8 with BOM, ``,``, ``Folio`` numbers, ``tráfico de personas`` in the Mexican
    legal sense (smuggling), ``probables responsables``, ``EUA`` for the United
    States, positions in degrees, minutes and seconds with ``O`` (oeste) for west.

The truth says what a careful analyst reads from each cell; a cell that says "not
known" expects nothing (or ``unknown``), and a row that cannot be read is quarantined.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

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
from trendlib.samples._render import swap_typo
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind223"]

_Rng = np.random.Generator
Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SATCEN = ExaminerSource(
    source="eu_satcen",
    filename="eu_satcen_hq.jsonl",
    ref="SC-BMO-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "productId",
        "event_date": "observationTimeUtc",
        "_place": "areaOfInterest",
        "_sensor": "sensor",
        "crime_type": "assessedActivity",
        "exploitation": "thbExploitationForm",
        "n_persons": "personsEstimated",
        "n_suspects": "facilitatorsReported",
        "gender": "genderComposition",
        "age_group": "ageCategory",
        "nationality": "mainNationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "intendedDestination",
        "detection_country": "reportingMemberState",
        "transit_countries": "transitCountries",
        "transport_mode": "borderType",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associatedCrimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see narrative", "tbc"),
    repeats=True,
)
_SERTIT = ExaminerSource(
    source="icube_sertit",
    filename="icube_sertit_hq.csv",
    ref="SRT{yy:02d}_{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "ID_OBJ",
        "event_date": "DATE_OBS",
        "_place": "SITE",
        "_sensor": "CAPTEUR",
        "crime_type": "INFRACTION",
        "exploitation": "EXPLOITAT",
        "n_persons": "NB_PERS",
        "n_suspects": "NB_PASSEUR",
        "gender": "SEXE",
        "age_group": "CLASSE_AGE",
        "nationality": "NATIONALIT",
        "origin_country": "PAYS_ORIG",
        "destination_country": "PAYS_DEST",
        "detection_country": "PAYS_DETEC",
        "transit_countries": "PAYS_TRANS",
        "transport_mode": "MODE_TRANS",
        "lon": "LON_WGS84",
        "lat": "LAT_WGS84",
        "linked_offences": "INFR_CONNX",
    },
    note="Extraction QGIS – couche provisoire, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "groupe", "groupe important"),
    repeats=True,
)
_NPAS = ExaminerSource(
    source="npas_uk",
    filename="npas_uk_hq.xlsx",
    ref="NP/{seq:05d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date/Time",
        "_callsign": "Callsign",
        "crime_type": "Offence type",
        "exploitation": "Exploitation",
        "n_persons": "Persons observed",
        "n_suspects": "Suspects detained",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transit_countries": "Route (transit)",
        "transport_mode": "Conveyance",
        "coordinates": "Position (lat/long)",
        "linked_offences": "Other offences",
    },
    note="Note: provisional extract of the NPAS tasking log - figures subject to change",
    total="TOTAL",
    bad_count=("multiple", "several", "large group"),
    repeats=False,
)
_CATHALAC = ExaminerSource(
    source="cathalac_pa",
    filename="cathalac_pa_hq.csv",
    ref="DAR-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha",
        "_place": "Sitio",
        "_sensor": "Sensor",
        "crime_type": "Tipo de delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos traficantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación con SNM y SENAFRONT",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso", "ver informe"),
    repeats=False,
)
_CENTROGEO = ExaminerSource(
    source="centrogeo_mx",
    filename="centrogeo_mx_hq.csv",
    ref="CGEO-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Núm. de personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos asociados",
        "_place": "Localidad",
        "_input": "Insumo",
    },
    note="Nota: información preliminar compilada de fuentes abiertas e imágenes",
    total="Total general",
    bad_count=("varios", "numerosos", "por confirmar"),
    repeats=False,
)

#: The set's sources, in the order :func:`make_blind223` returns their submissions.
SOURCES: tuple[ExaminerSource, ...] = (_SATCEN, _SERTIT, _NPAS, _CATHALAC, _CENTROGEO)

# --------------------------------------------------------------------------------------
# Each agency's words: canonical value -> the ways it writes it (first = the usual one)
# --------------------------------------------------------------------------------------
_Words = dict[str, dict[str, tuple[str, ...]]]

_WORDS: dict[str, _Words] = {
    "eu_satcen": {
        "crime_type": {
            "smuggling": ("Migrant smuggling", "Facilitation of irregular migration"),
            "trafficking": ("Trafficking in human beings", "THB"),
            "both": ("THB / migrant smuggling", "Migrant smuggling + THB"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Removal of organs",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other forms of exploitation", "Other"),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("MIXED", "M/F")},
        "age_group": {"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("ADULT+MINOR", "MIXED")},
        "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking", "Smuggling of goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "icube_sertit": {
        "crime_type": {
            "smuggling": (
                "aide à l'entrée irrégulière",
                "trafic de migrants",
                "filière d'immigration irrégulière",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH et trafic de migrants", "traite + trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("mixte", "H/F")},
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("mixte", "majeurs et mineurs"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "maritime", "bateau pneumatique"),
            "land": ("camion", "poids lourd", "terrestre"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "npas_uk": {
        "crime_type": {
            "smuggling": ("People smuggling", "Facilitation (illegal entry)", "Smuggling"),
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "both": ("MSHT / people smuggling", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation",),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Juvenile", "U18"),
            "mixed": ("Adults & juveniles", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Dinghy", "Vessel"),
            "land": ("HGV", "Vehicle", "On foot"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "cathalac_pa": {
        "crime_type": {
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "trafficking": ("trata de personas",),
            "both": ("trata y tráfico de migrantes", "trata / tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "male": ("hombres", "masculino"),
            "female": ("mujeres", "femenino"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos",),
            "child": ("NNA", "menores"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "caminata por selva"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("lavado de activos", "blanqueo de capitales"),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    "centrogeo_mx": {
        "crime_type": {
            "smuggling": (
                "tráfico de personas",
                "tráfico de migrantes",
                "tráfico de indocumentados",
            ),
            "trafficking": ("trata de personas",),
            "both": ("trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
        },
        "gender": {"male": ("hombres",), "female": ("mujeres",), "mixed": ("mixto",)},
        "age_group": {
            "adult": ("adultos",),
            "child": ("NNA", "menores de edad"),
            "mixed": ("mixto", "adultos y NNA"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "tractocamión", "vehículo particular"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
}

#: What each agency writes for a value it does not know.
_NOT_KNOWN = {
    "eu_satcen": "UNK",
    "icube_sertit": "NC",
    "npas_uk": "n/k",
    "cathalac_pa": "s/d",
    "centrogeo_mx": "sin dato",
}
#: What each agency writes for "no suspect".
_ZERO = {
    "icube_sertit": ("aucun", "néant"),
    "npas_uk": ("nil", "none"),
    "cathalac_pa": ("ninguno",),
    "centrogeo_mx": ("ninguno", "sin detenidos"),
}
#: Separators of the transit lists (in order) and of the linked offences.
_TRANSIT_SEP = {
    "eu_satcen": ", ",
    "icube_sertit": " / ",
    "npas_uk": ", ",
    "cathalac_pa": " - ",
    "centrogeo_mx": ", ",
}
_OFFENCE_SEP = {
    "eu_satcen": "; ",
    "icube_sertit": ", ",
    "npas_uk": " / ",
    "cathalac_pa": "; ",
    "centrogeo_mx": "; ",
}

# Nationalities as the agencies write them (demonyms), for the nationalities they see.
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghan",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "ALB": ("Albanian",),
        "ERI": ("Eritrean",),
        "SYR": ("Syrian",),
        "VNM": ("Vietnamese",),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "es": {
        "VEN": ("venezolana", "venezolanos"),
        "ECU": ("ecuatoriana", "ecuatorianos"),
        "HTI": ("haitiana", "haitianos"),
        "COL": ("colombiana", "colombianos"),
        "CHN": ("china", "chinos"),
        "MEX": ("mexicana", "mexicanos"),
        "GTM": ("guatemalteca", "guatemaltecos"),
        "HND": ("hondureña", "hondureños"),
    },
}
# Other names an agency uses for a country (all unambiguous to an analyst of the field).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "icube_sertit": {
        "GBR": ("Angleterre", "UK"),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
    },
    "npas_uk": {
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Vietnam",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
    },
    "cathalac_pa": {
        "USA": ("EE.UU.", "Estados Unidos de América"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("Rep. Popular China",),
    },
    "centrogeo_mx": {
        "USA": ("EUA", "E.U.A.", "EE.UU."),
        "MEX": ("Estados Unidos Mexicanos",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

# Places, as each agency names them.
_PLACES: dict[str, dict[str, str]] = {
    "icube_sertit": {
        "Calais": "Calais",
        "Dunkirk/Gravelines": "Gravelines / Dunkerque",
        "Dover": "Douvres",
    },
    "cathalac_pa": {
        "Darién gap": "Tapón del Darién",
        "Bajo Chiquito": "Bajo Chiquito",
        "Lajas Blancas": "ERM Lajas Blancas",
    },
    "centrogeo_mx": {
        "Nogales (Sonora/Arizona)": "Nogales, AZ",
        "Sasabe": "Sásabe, AZ",
        "El Paso": "El Paso, TX",
        "Rio Grande Valley": "Valle del Río Grande, TX",
        "Darién gap": "Tapón del Darién, Panamá",
        "Bajo Chiquito": "Bajo Chiquito, Panamá",
        "Lajas Blancas": "Lajas Blancas, Panamá",
    },
}
_SENSORS = {
    "eu_satcen": {
        "sea": ("Sentinel-1 SAR", "VHR optical", "MAS aircraft"),
        "land": ("VHR optical", "Thermal (aerostat)", "Sentinel-2"),
        "air": ("n/a (liaison report)",),
    },
    "icube_sertit": {
        "sea": ("Pléiades Neo", "Sentinel-2", "drone"),
        "land": ("SPOT 7", "drone"),
        "air": ("rapport de liaison",),
    },
    "cathalac_pa": {
        "land": ("PlanetScope", "Sentinel-2", "dron", "reporte de campo"),
        "sea": ("PlanetScope",),
        "air": ("reporte de campo",),
    },
}
_MONTHS_FR = (
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
_MONTHS_ES = (
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
_MONTHS_EN = (
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
)
_ROMAN = ("I", "II", "III", "IV")
_JUNGLE = {"es": ("terrestre", "a pie", "caminata por selva"), "en": ("LAND",), "fr": ("à pied",)}
_ORDINAL_ES = ("1er", "2do", "3er", "4to")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _float(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


def _plain(text: str) -> str:
    """Drop the accents (``Érythrée`` -> ``Erythree``), as a keyboard without them does."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _word(src: str, column: str, value: str, rng: _Rng) -> str:
    forms = _WORDS[src][column][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])


def _case(text: str, rng: _Rng, tags: list[str], column: str, rate: float) -> str:
    """Change the case or spacing of a cell now and then (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(3))
    tags.append(f"case:{column}")
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    return f" {text}  "


def _country_name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(
    src: ExaminerSource, iso: str, column: str, rng: _Rng, tags: list[str], ev: Cells
) -> str:
    """Write one country as the source does; the analyst reads ``iso`` back from it."""
    name = src.source
    lang = src.language
    if name == "eu_satcen":
        if column == "detection_country":
            if iso == "GRC":  # the EU's own code for Greece
                tags.append("eu_code:detection_country")
                return "EL"
            tags.append("iso2:detection_country")
            return iso_codes(iso)[0]
        tags.append(f"iso3:{column}")
        return iso
    if name == "npas_uk" and column == "detection_country":
        hotspot = str(ev.get("hotspot") or "")
        r = rng.random()
        if hotspot == "Glasgow" and r < 0.5:
            tags.append("subnational:detection_country")
            return "Scotland"
        if hotspot != "Glasgow" and r < 0.2:
            tags.append("subnational:detection_country")
            return "England"
        text = choice(rng, ("UK", "UK", "United Kingdom", "GB"))
        if text == "GB":
            tags.append("iso2:detection_country")
        return text
    base = _country_name(iso, lang)
    r = rng.random()
    demonyms = _DEMONYMS.get(lang, {}).get(iso)
    aliases = _ALIASES.get(name, {}).get(iso)
    share = {"npas_uk": 0.7, "icube_sertit": 0.4, "cathalac_pa": 0.5, "centrogeo_mx": 0.4}
    if column == "nationality" and demonyms and r < share[name]:
        tags.append("demonym:nationality")
        text = choice(rng, demonyms)
    elif aliases and r < 0.25:
        tags.append(f"alias:{column}")
        text = choice(rng, aliases)
    else:
        text = base
        q = rng.random()
        if name == "icube_sertit":
            bad = mojibake(base)
            if q < 0.08 and bad is not None and fits(bad, src):
                tags.append(f"mojibake:{column}")
                text = bad
            elif 0.08 <= q < 0.13 and _plain(base) != base:
                tags.append(f"no_accent:{column}")
                text = _plain(base)
            elif 0.13 <= q < 0.15 and swap_typo(base) != base:
                tags.append(f"typo:{column}")
                text = swap_typo(base)
        elif name == "npas_uk":
            typo = COUNTRIES[iso][5]
            if q < 0.03 and typo != base:
                tags.append(f"typo:{column}")
                text = typo
        elif name == "cathalac_pa":
            if q < 0.08:
                tags.append(f"numeric:{column}")
                text = iso_codes(iso)[1]
            elif q < 0.16 and _plain(base) != base:
                tags.append(f"no_accent:{column}")
                text = _plain(base)
            elif 0.16 <= q < 0.18 and swap_typo(base) != base:
                tags.append(f"typo:{column}")
                text = swap_typo(base)
        elif name == "centrogeo_mx":
            if q < 0.06:
                tags.append(f"iso3:{column}")
                text = iso
            elif q < 0.14 and _plain(base) != base:
                tags.append(f"no_accent:{column}")
                text = _plain(base)
    if text.isdigit() or name == "eu_satcen":
        return text
    return _case(text, rng, tags, column, 0.05)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a date as the source writes it."""
    name = src.source
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if name == "eu_satcen":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return ts.strftime("%Y-%m"), month, "month"
        if r < 0.15:
            return ts.strftime("%Y-%m-%d"), ts, "day"
        hh, mm = int(rng.integers(24)), int(rng.integers(60))
        return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00Z", ts, "day"
    if name == "icube_sertit":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month"
        if partial_ok and r < 0.08:
            tags.append("partial_date")
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        if r < 0.14:
            return ts.strftime("%d/%m/%y"), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "npas_uk":
        if r < 0.12:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.2:
            tags.append("text_date")
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day"
        hh, mm = int(rng.integers(24)), int(rng.integers(60))
        tags.append("excel_date")
        return dt.datetime(ts.year, ts.month, ts.day, hh, mm), ts, "day"
    if name == "cathalac_pa":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month, "month"
        if partial_ok and r < 0.08:
            tags.append("partial_date")
            return f"{_ROMAN[ts.quarter - 1]} trim. {ts.year}", quarter, "quarter"
        if r < 0.2:
            tags.append("excel_serial")
            return str((ts - _EXCEL_EPOCH).days), ts, "day"
        if r < 0.26:
            return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1][:3]}-{ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    # centrogeo_mx
    if partial_ok and r < 0.06:
        tags.append("partial_date")
        return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", month, "month"
    if partial_ok and r < 0.1:
        tags.append("partial_date")
        return f"{_ORDINAL_ES[ts.quarter - 1]} trimestre {ts.year}", quarter, "quarter"
    if r < 0.28:
        return ts.strftime("%Y/%m/%d"), ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: missing, impossible, or keyed ten years ahead."""
    name = src.source
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=ts.year + 10)
        if name == "eu_satcen":
            return later.strftime("%Y-%m-%dT%H:%M:00Z")
        if name == "npas_uk":
            return later.to_pydatetime()
        return later.strftime("%d/%m/%Y")
    if name == "eu_satcen":
        return "0000-00-00T00:00:00Z"
    if name == "npas_uk":
        return "TBC"
    short = (4, 6, 9, 11)
    mon = ts.month if ts.month in short else short[int(rng.integers(len(short)))]
    if name == "cathalac_pa":
        return f"32/{ts.month:02d}/{ts.year}"
    return f"31/{mon:02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    if src.source == "npas_uk":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: ExaminerSource, value: int, rng: _Rng, tags: list[str], column: str) -> object:
    if src.format != "csv":
        return value
    if value >= 1000 and rng.random() < 0.7:
        tags.append(f"thousands:{column}")
        sep = "\xa0" if src.language == "fr" else ","
        return f"{value // 1000}{sep}{value % 1000:03d}"
    return str(value)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    mins, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    read = tenths / 36000 * (1 if value >= 0 else -1)
    return f"{deg}°{mins:02d}'{sec10 / 10:04.1f}\"{hemi}", read


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    thou = round(abs(value) * 60000)
    deg, rest = divmod(thou, 60000)
    hemi = pos if value >= 0 else neg
    read = thou / 60000 * (1 if value >= 0 else -1)
    return f"{hemi}{deg:0{width}d} {rest / 1000:06.3f}", read


def _place(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str], forced: bool
) -> tuple[Cells, float | None, float | None]:
    """Write the location the source's way; return (cells, expected lat, expected lon)."""
    name = src.source
    r = rng.random()
    if forced or r < 0.04:
        tags.append("blank_coordinates" if forced else "coords_missing")
        return {}, None, None
    if name in ("cathalac_pa", "centrogeo_mx") and r < 0.06:
        tags.append("coords_placeholder")
        return {"coordinates": "s/c" if name == "cathalac_pa" else "sin coordenadas"}, None, None
    if name == "eu_satcen":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo
    if name == "icube_sertit":
        la, lo = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma:coordinates")
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if name == "npas_uk":
        t_lat, la = _ddm(lat, "N", "S", 2)
        t_lon, lo = _ddm(lon, "E", "W", 3)
        tags.append("ddm:coordinates")
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo
    if name == "cathalac_pa":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    west = "O" if rng.random() < 0.7 else "W"
    t_lat, la = _dms(lat, "N", "S")
    t_lon, lo = _dms(lon, "E", west)
    tags.append("dms:coordinates")
    return {"coordinates": f"{t_lat} {t_lon}"}, la, lo


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: Cells,
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    """Return (cells by canonical column, expected clean values, messiness tags)."""
    name = src.source
    tags: list[str] = []
    cells: Cells = {}
    exp: Cells = {}
    na = _NOT_KNOWN[name]
    case_rate = 0.0 if name == "eu_satcen" else 0.04
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(
        _word(name, "crime_type", crime, rng), rng, tags, "crime_type", case_rate
    )
    exp["crime_type"] = crime
    expl = _text(ev["exploitation"])
    exp["exploitation"] = expl
    if expl is not None:
        cells["exploitation"] = _case(
            _word(name, "exploitation", expl, rng), rng, tags, "exploitation", case_rate
        )

    # persons: a number, or the agency's "not known"
    persons = _int(ev["n_persons"])
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        cells["n_persons"] = None if name == "eu_satcen" else na
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _count(src, persons, rng, tags, "n_persons")
        exp["n_persons"] = persons

    suspects = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        exp["n_suspects"] = None
    elif suspects is None or r < 0.03:
        tags.append("suspects_placeholder")
        cells["n_suspects"] = None if name == "eu_satcen" else na
        exp["n_suspects"] = None
    else:
        n_sus = _int(suspects)
        exp["n_suspects"] = n_sus
        if n_sus == 0 and name != "eu_satcen" and rng.random() < 0.35:
            tags.append("zero_word")
            cells["n_suspects"] = choice(rng, _ZERO[name])
        else:
            cells["n_suspects"] = _count(src, n_sus, rng, tags, "n_suspects")

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    elif rng.random() < 0.03:
        tags.append("blank_gender")
        cells["gender"] = na
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _case(_word(name, "gender", gender, rng), rng, tags, "gender", case_rate)
        exp["gender"] = gender

    for col, rate in (("age_group", 0.03), ("transport_mode", 0.015)):
        value = str(ev[col])
        if rng.random() < rate:
            tags.append(f"na_word:{col}")
            cells[col] = na
            exp[col] = "unknown"
        else:
            word = _word(name, col, value, rng)
            if col == "transport_mode" and ev.get("corridor") == "darien":
                word = choice(rng, _JUNGLE[src.language])  # nobody drives through the Darién
            cells[col] = _case(word, rng, tags, col, case_rate)
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        exp["nationality"] = None
    elif rng.random() < 0.03:
        tags.append("blank_nationality")
        cells["nationality"] = na
        exp["nationality"] = None
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags, ev)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col] = _country(src, iso, col, rng, tags, ev)
        exp[col] = iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        exp["detection_country"] = None
    else:
        cells["detection_country"] = _country(src, det, "detection_country", rng, tags, ev)
        exp["detection_country"] = det

    transit = _text(ev["transit_countries"])
    exp["transit_countries"] = transit
    if transit is not None:
        parts = [_country(src, c, "transit_countries", rng, tags, ev) for c in transit.split("|")]
        cells["transit_countries"] = _TRANSIT_SEP[name].join(p.strip() for p in parts)

    place, exp["lat"], exp["lon"] = _place(
        src,
        _float(ev["lat"]),
        _float(ev["lon"]),
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(place)

    offences = _text(ev["linked_offences"])
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_word(name, "linked_offences", o, rng) for o in offences.split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[name].join(words)

    _extras(src, ev, rng, cells)
    return cells, exp, tags


def _extras(src: ExaminerSource, ev: Cells, rng: _Rng, cells: Cells) -> None:
    """Add the agency's own columns that carry no record field (place, sensor, aircraft)."""
    name = src.source
    hotspot = str(ev.get("hotspot") or "")
    mode = str(ev["transport_mode"])
    if name in _SENSORS:
        cells["_sensor"] = choice(rng, _SENSORS[name].get(mode, ("n/a",)))
    if name == "eu_satcen":
        cells["_place"] = hotspot
    elif name in _PLACES:
        cells["_place"] = _PLACES[name].get(hotspot, hotspot)
    if name == "npas_uk":
        cells["_callsign"] = choice(rng, ("NPAS 15", "NPAS 41", "NPAS 52", "NPAS 63"))
    if name == "centrogeo_mx":
        cells["_input"] = choice(
            rng, ("imagen satelital", "comunicado CBP", "nota de prensa", "imagen + comunicado")
        )


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "eu_satcen",
        "GRC": "eu_satcen",
        "ESP": "eu_satcen",
        "HRV": "eu_satcen",
        "POL": "eu_satcen",
        "FRA": "icube_sertit",
        "GBR": "npas_uk",
        "PAN": "cathalac_pa",
    },
    compilation="centrogeo_mx",
    secondary={
        ("channel", "FRA"): "eu_satcen",
        ("channel", "GBR"): "icube_sertit",
        ("darien", "PAN"): "centrogeo_mx",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=223_223,
    blank_share=0.3,
)


def make_blind223(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five geospatial desks of the ``blind223`` set.

    The EU Satellite Centre reports Italy, Greece, Spain, Croatia and Poland (JSON
    lines); ICube-SERTIT France (cp1252 CSV); the National Police Air Service the
    United Kingdom (XLSX); CATHALAC Panama (UTF-16 tab-separated text); CentroGeo
    compiles the rest, the US–Mexico border (UTF-8 CSV with BOM). A share of the
    Channel and Darién events is reported a second time by another desk.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind223(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['eu_satcen_hq.jsonl', 'icube_sertit_hq.csv', 'npas_uk_hq.xlsx',
     'cathalac_pa_hq.csv', 'centrogeo_mx_hq.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8-sig']
    >>> subs[1].frame.columns[:4].tolist()
    ['ID_OBJ', 'DATE_OBS', 'SITE', 'CAPTEUR']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
