"""Examiner variant ``blind434``: five fashion-sector safeguarding desks (files ``*_pt.*``).

Model agencies and fashion-week organisers run welfare and safeguarding desks that log
what reaches them about trafficking (fake castings used to recruit, sexual and labour
exploitation of models and aspirants) and about the smuggling of migrants (partner
alerts, castings used as cover for irregular travel). Five such desks send their logs:

``bfc_model_welfare_pt.csv``
    British Fashion Council (London Fashion Week), Model Welfare & Safeguarding:
    English, UTF-8 with BOM, ``,``. Logs the UK's cases and compiles the partner
    alerts of every country no other desk covers (Italy, Greece, Croatia, Poland):
    compiled rows are often dated to the month or quarter only and often lack a
    location. Day-first dates (``17/05/2023``, ``17 May 2023``), demonyms or names
    for nationality, routes joined by ``" > "``, ``Lat/Long`` in one cell, ``1,234``,
    ``One``/``Two``, ``None identified`` suspects, ``Not known`` counts. The desk
    re-sends some rows (exact repeats).
``synam_conformite_pt.csv``
    SYNAM (Syndicat national des agences de mannequins), cellule conformité et
    vigilance: French, cp1252, ``;``, CRLF. Detections in France, plus second reports
    of Channel cases seen in England and of Nigerian networks seen in Italy. Legal
    wording (``Aide à l'entrée irrégulière``, ``Proxénétisme``), French demonyms
    (``afghane``), ``Angleterre`` for the United Kingdom, ``1er mai 2023``, decimal
    commas in separate latitude and longitude columns, thousands split by a space,
    ``aucun`` suspects, ``NC`` counts.
``moda080_proteccion_pt.xlsx``
    080 Barcelona Fashion (Consorci de Comerç, Artesania i Moda de Catalunya),
    protección de modelos: Spanish workbook. Detections in Spain, plus second reports
    of Romanian networks seen in Italy. Real Excel dates, some typed as text, some
    lost their format (serial numbers); Penal Code wording (``318 bis``); boat words
    (``Patera``, ``Cayuco``); numeric coordinates, some typed as text with a decimal
    comma; a block of rows pasted from a mis-read UTF-8 import (mojibake).
``pfw_proteccion_pa_pt.jsonl``
    Panamá Fashion Week, protección de modelos: a KoboToolbox-style form export,
    UTF-8 JSON lines with Spanish keys. Detections in Panama (Darién). Choice codes
    (``trafico_migrantes``, ``no_sabe``, ``estados_unidos``), timestamps with the
    Panama offset (``2023-05-17T14:05:00.000-05:00``), a ``gps`` geopoint
    (``lat lon altitude accuracy``). The export repeats some submissions.
``fwmx_casting_seguro_pt.csv``
    Fashion Week México, programa Casting Seguro: Spanish (Mexican usage), UTF-16
    (Excel "Unicode text"), tab-delimited. Detections at the US border, plus second
    reports of Darién crossings. ``Tráfico de personas`` (smuggling in Mexican law),
    ``Probables responsables``, ``NNA`` for minors, ``EUA``/``EE. UU.``, Mexican legal
    names of linked offences (``Delitos contra la salud``, ``Operaciones con recursos de
    procedencia ilícita``), ``17-may-2023``, coordinates in degrees-minutes-seconds or
    decimals, ``una``/``dos`` persons, ``Sin dato`` counts.

The truth expects what a careful analyst reads from each cell: a count written as a
"not known" word expects no count; a "not known" gender, age group or transport mode
expects ``unknown``; a month or quarter expects its first day with that precision; a
"not applicable" exploitation of a smuggling case expects nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "Desk", "make_blind434"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A safeguarding desk of ``blind434``: an :class:`ExaminerSource` and its wording key.

    Attributes
    ----------
    desk : str
        Key of the desk's wording (vocabulary words, country names, date and coordinate
        styles) in this module's tables.
    """

    desk: str


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_BFC = Desk(
    source="bfc_model_welfare",
    filename="bfc_model_welfare_pt.csv",
    ref="BFC-MW-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Incident Date",
        "crime_type": "Concern Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Individuals",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Location Country",
        "transit_countries": "Route / Transit",
        "transport_mode": "Mode of Travel",
        "coordinates": "Lat/Long",
        "linked_offences": "Linked Offences",
    },
    note="Note: figures compiled from partner alerts - provisional, not for publication",
    total="TOTAL",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    desk="bfc",
)
_SYNAM = Desk(
    source="synam_conformite",
    filename="synam_conformite_pt.csv",
    ref="SYN-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Lieu de constat (pays)",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire – données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    desk="synam",
)
_MODA080 = Desk(
    source="moda080_proteccion",
    filename="moda080_proteccion_pt.xlsx",
    ref="080P/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
    desk="moda080",
)
_PFW = Desk(
    source="pfw_proteccion_pa",
    filename="pfw_proteccion_pa_pt.jsonl",
    ref="PFW-DAR-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_caso",
        "event_date": "fecha_evento",
        "crime_type": "tipo_caso",
        "exploitation": "forma_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_sospechosos",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "ruta_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "gps",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    desk="pfw",
)
_FWMX = Desk(
    source="fwmx_casting_seguro",
    filename="fwmx_casting_seguro_pt.csv",
    ref="FWMX/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Número de víctimas / personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar sujeta a validación",
    total="Total general",
    bad_count=("varios", "muchos", "grupo"),
    repeats=False,
    desk="fwmx",
)

#: The variant's five desks, in the order their submissions are returned.
SOURCES: tuple[Desk, ...] = (_BFC, _SYNAM, _MODA080, _PFW, _FWMX)


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Words:
    """How one desk words its values."""

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    expl_unknown: tuple[str, ...]  # a trafficking case whose form was not recorded
    expl_na: tuple[str, ...]  # a smuggling case ("" = blank cell)
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]  # "sea", "land", "air" or "land@corridor"
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    unknown: tuple[str, ...]  # gender, age group, mode or nationality not known
    count_unknown: tuple[str, ...]  # a count not known
    zero: tuple[str, ...]  # "no suspects"
    thousands: tuple[str, ...]
    count_words: Mapping[int, str]
    aliases: Mapping[str, tuple[str, ...]]
    nat_style: Mapping[str, float]
    country_style: Mapping[str, float]
    case_rate: float


_WORDS: dict[str, _Words] = {
    "bfc": _Words(
        crime={
            "trafficking": ("Human trafficking", "Modern slavery / trafficking", "Trafficking"),
            "smuggling": ("People smuggling", "Facilitated illegal entry", "Facilitation"),
            "both": ("Trafficking & smuggling", "Smuggling and trafficking"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        expl_unknown=("Not recorded", "Unknown"),
        expl_na=("", "", "N/A"),
        gender={
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        age={
            "child": ("Under 18", "Child", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        mode={
            "sea": ("Small boat", "Boat", "Dinghy"),
            "land": ("Vehicle", "On foot", "Car"),
            "land@channel": ("Lorry", "HGV"),
            "land@thb_vnm_gbr": ("Lorry", "Coach", "Car"),
            "land@thb_nga_ita": ("Coach", "Car"),
            "land@thb_rou_esp": ("Coach", "Minibus"),
            "air": ("Air", "Flight"),
        },
        offences={
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery/corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Online/cyber",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        unknown=("Not known", "Not stated", "Unknown"),
        count_unknown=("Not known", "Unknown"),
        zero=("None identified", "Nil"),
        thousands=(",",),
        count_words={1: "One", 2: "Two", 3: "Three"},
        aliases={
            "GBR": ("UK",),
            "TUR": ("Turkey",),
            "VNM": ("Vietnam",),
            "CIV": ("Ivory Coast",),
            "BIH": ("Bosnia",),
            "MKD": ("Macedonia",),
        },
        nat_style={"demonym": 0.5, "name": 0.32, "iso3": 0.1, "typo": 0.05, "alias": 0.03},
        country_style={"name": 0.78, "alias": 0.12, "iso3": 0.06, "typo": 0.04},
        case_rate=0.05,
    ),
    "synam": _Words(
        crime={
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        exploitation={
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        expl_unknown=("Non précisée", "NC"),
        expl_na=("", "Sans objet"),
        gender={
            "female": ("F", "Femme(s)"),
            "male": ("H", "Homme(s)"),
            "mixed": ("Mixte", "H/F"),
        },
        age={
            "child": ("Mineur(s)", "Mineurs"),
            "adult": ("Majeur(s)", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        mode={
            "sea": ("Small boat", "Embarcation", "Maritime"),
            "land": ("Routier", "Camion", "Autocar"),
            "land@channel": ("Poids lourd", "Camion", "Routier"),
            "air": ("Aérien", "Avion"),
        },
        offences={
            "document_fraud": ("Fraude documentaire", "Faux papiers"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        offence_sep=" + ",
        transit_sep=" / ",
        unknown=("NC", "Non précisé", "Inconnu"),
        count_unknown=("NC", "non communiqué"),
        zero=("aucun", "néant"),
        thousands=("\u00a0", " "),
        count_words={},
        aliases={
            "GBR": ("Angleterre", "Royaume-Uni", "GB"),
            "VNM": ("Vietnam",),
            "CIV": ("Côte d'Ivoire",),
        },
        nat_style={"demonym": 0.6, "name": 0.28, "iso2": 0.08, "typo": 0.04},
        country_style={"name": 0.8, "alias": 0.15, "iso2": 0.05},
        case_rate=0.04,
    ),
    "moda080": _Words(
        crime={
            "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis)"),
            "smuggling": (
                "Favorecimiento inmigración irregular",
                "Tráfico ilícito de migrantes",
                "Art. 318 bis CP",
            ),
            "both": ("Trata y tráfico de migrantes", "177 bis + 318 bis"),
        },
        exploitation={
            "sexual": ("Sexual", "Explotación sexual"),
            "forced_labour": ("Laboral", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        expl_unknown=("Sin determinar", "s/d"),
        expl_na=("", "No procede"),
        gender={
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        age={
            "child": ("Menor", "Menores"),
            "adult": ("Mayor de edad", "Adultos"),
            "mixed": ("Adultos y menores",),
        },
        mode={
            "sea": ("Embarcación", "Patera"),
            "sea@wmed": ("Patera", "Neumática", "Embarcación"),
            "sea@watl": ("Cayuco", "Embarcación"),
            "land": ("Terrestre", "Vehículo particular"),
            "land@wmed": ("Terrestre", "Salto de valla", "A pie"),
            "land@thb_rou_esp": ("Autobús", "Vehículo particular", "Terrestre"),
            "air": ("Aéreo", "Vuelo"),
        },
        offences={
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=" / ",
        transit_sep=", ",
        unknown=("Sin datos", "s/d", "Desconocido"),
        count_unknown=("s/d", "sin datos"),
        zero=("ninguno", "0 (ninguno)"),
        thousands=(".",),
        count_words={},
        aliases={"GIN": ("Guinea Conakry",), "GBR": ("Reino Unido",)},
        nat_style={"demonym": 0.5, "name": 0.42, "iso3": 0.04, "typo": 0.04},
        country_style={"name": 0.9, "alias": 0.05, "typo": 0.05},
        case_rate=0.05,
    ),
    "pfw": _Words(
        crime={
            "trafficking": ("trata_personas",),
            "smuggling": ("trafico_migrantes",),
            "both": ("trata_y_trafico",),
        },
        exploitation={
            "sexual": ("explotacion_sexual",),
            "forced_labour": ("trabajo_forzoso",),
            "forced_criminality": ("actividades_delictivas",),
            "organ_removal": ("extraccion_organos",),
            "forced_marriage": ("matrimonio_forzado",),
            "other": ("otra",),
        },
        expl_unknown=("no_sabe",),
        expl_na=("",),
        gender={"female": ("femenino",), "male": ("masculino",), "mixed": ("mixto",)},
        age={"child": ("menor",), "adult": ("adulto",), "mixed": ("mixto",)},
        mode={
            "land": ("terrestre", "a_pie"),
            "sea": ("maritimo",),
            "air": ("aereo",),
        },
        offences={
            "document_fraud": ("falsificacion_documentos",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("trafico_drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=" ",
        transit_sep=" - ",
        unknown=("no_sabe",),
        count_unknown=(),
        zero=(),
        thousands=(),
        count_words={},
        aliases={},
        nat_style={"code": 1.0},
        country_style={"code": 1.0},
        case_rate=0.0,
    ),
    "fwmx": _Words(
        crime={
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": (
                "Tráfico de personas",
                "Tráfico de indocumentados",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata y tráfico de personas",),
        },
        exploitation={
            "sexual": ("Explotación sexual", "Prostitución ajena"),
            "forced_labour": ("Trabajo forzado", "Explotación laboral"),
            "forced_criminality": ("Utilización en actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzoso",),
            "other": ("Otra",),
        },
        expl_unknown=("No especificado",),
        expl_na=("", "No aplica"),
        gender={
            "female": ("Mujer", "Femenino"),
            "male": ("Hombre", "Masculino"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        age={
            "child": ("Menor de edad", "NNA"),
            "adult": ("Mayor de edad", "Adulto"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        mode={
            "land": ("Terrestre", "Tractocamión", "A pie", "Vehículo particular"),
            "land@darien": ("A pie", "Terrestre"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo", "Vuelo comercial"),
        },
        offences={
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Delitos contra la salud",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=", ",
        transit_sep=", ",
        unknown=("No especificado", "Sin dato"),
        count_unknown=("Sin dato", "N/D"),
        zero=("Ninguno",),
        thousands=(",",),
        count_words={1: "una", 2: "dos", 3: "tres"},
        aliases={
            "USA": ("EUA", "EE. UU.", "Estados Unidos de América"),
            "MEX": ("Mexico",),
        },
        nat_style={"demonym": 0.6, "name": 0.3, "typo": 0.05, "iso2": 0.05},
        country_style={"name": 0.75, "alias": 0.2, "typo": 0.05},
        case_rate=0.05,
    ),
}

# iso3 -> (English, French, Spanish) demonym (French and Spanish in the feminine, agreeing
# with "nationalité" / "nacionalidad", as the desks write them).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_LANG_DEMONYM = {"en": 0, "fr": 1, "es": 2}
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
# Mexican Excel's short month names ("17-sep-2023", "3-ago-2022").
_MONTHS_ES_SHORT = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)


def _pick(rng: _Rng, probs: Mapping[str, float]) -> str:
    """Draw a key of ``probs`` with its weight."""
    keys = list(probs)
    w = np.array([probs[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (``Marreucos``)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _kobo_code(text: str) -> str:
    """Write a label as a form's choice code: ``Estados Unidos`` -> ``estados_unidos``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace(" ", "_").replace("'", "").replace("’", "")


def _name(iso: str, lang: str) -> str:
    """Return the country's usual name in ``lang``."""
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(w: _Words, lang: str, iso: str, style: str, rng: _Rng) -> tuple[str, str]:
    """Write one country in ``style``; return (text, style actually visible)."""
    name = _name(iso, lang)
    if style == "code":
        return _kobo_code(_name(iso, "es")), "code"
    if style == "alias" and w.aliases.get(iso):
        return choice(rng, w.aliases[iso]), "alias"
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "typo":
        typo = _typo(name)
        return (typo, "typo") if typo != name else (name, "name")
    if style == "demonym" and iso in _DEMONYMS:
        return _DEMONYMS[iso][_LANG_DEMONYM[lang]], "demonym"
    return name, "name"


def _vocab(rng: _Rng, words: Mapping[str, tuple[str, ...]], value: str) -> str:
    """Return the usual word 60 % of the time, another variant otherwise."""
    forms = words[value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _case(rng: _Rng, text: str, rate: float) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rate <= 0 or rng.random() >= rate:
        return text
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    return f"  {text}" if kind == 2 else f"{text}  "


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_Date = tuple[object, pd.Timestamp, str, list[str]]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _date_bfc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> _Date:
    r = rng.random()
    if partial_ok and compiled and r < 0.12:  # partner alert dated to the month
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["month_date"]
    if partial_ok and compiled and r < 0.19:  # quarterly partner bulletin
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["quarter_date"]
    if rng.random() < 0.65:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]


def _date_synam(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["month_date"]
    if r < 0.13:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_moda080(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.05:
        text = f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"
        return text, _month_start(ts), "month", ["month_date"]
    if r < 0.11:  # the cell lost its date format: Excel's serial day number
        serial = int((ts - pd.Timestamp("1899-12-30")).days)
        return serial, ts, "day", ["excel_serial"]
    if r < 0.25:  # typed as text
        return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
    return ts.to_pydatetime(), ts, "day", []


def _date_pfw(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> _Date:
    if rng.random() < 0.65:  # a datetime question: local time with Panama's offset
        hh, mm = int(rng.integers(5, 23)), int(rng.integers(60))
        text = f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00.000-05:00"
        return text, ts, "day", ["tz_offset"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _date_fwmx(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, compiled: bool) -> _Date:
    r = rng.random()
    if partial_ok and r < 0.04:
        text = f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
        return text, _month_start(ts), "month", ["month_date"]
    if r < 0.2:
        text = f"{ts.day:02d}-{_MONTHS_ES_SHORT[ts.month - 1]}-{ts.year}"
        return text, ts, "day", ["short_month_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool, bool], _Date]] = {
    "bfc": _date_bfc,
    "synam": _date_synam,
    "moda080": _date_moda080,
    "pfw": _date_pfw,
    "fwmx": _date_fwmx,
}
# Impossible days, written in the desk's own day-first style.
_IMPOSSIBLE = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell to quarantine: missing, impossible or in the future.

    A future date is the true day with a slipped century digit (``2123`` for
    ``2023``): a keying error, unreadable as any day of the period.
    """
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if src.desk == "pfw":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    leap_day = ts.month == 2 and ts.day == 29
    future = pd.Timestamp(year=ts.year + 100, month=ts.month, day=28 if leap_day else ts.day)
    if src.desk == "moda080":
        return future.to_pydatetime()
    if src.desk == "pfw":
        return f"{future.strftime('%Y-%m-%d')}T10:00:00.000-05:00"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on a desk's note row: the day of its extraction."""
    if src.desk == "moda080":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
_Coords = tuple[_Cells, float, float, list[str]]
_NAN = float("nan")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a degree as ``31°20'24.1"N``; return the text and the value it reads as."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    read = deg + minutes / 60 + sec / 3600
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}", read if value >= 0 else -read


def _coords(src: Desk, lat: float, lon: float, rng: _Rng, compiled: bool) -> _Coords:
    """Write the detection's location the desk's way; return cells, lat, lon, tags."""
    gone = 0.12 if compiled else 0.04
    if rng.random() < gone:
        return {}, _NAN, _NAN, ["coords_missing"]
    if src.desk == "bfc":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if src.desk == "synam":
        cells: _Cells = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, ["decimal_comma"]
    if src.desk == "moda080":
        if rng.random() < 0.16:  # typed as text in a Spanish locale
            typed: _Cells = {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }
            return typed, lat, lon, ["decimal_comma"]
        return {"lat": float(lat), "lon": float(lon)}, lat, lon, []
    if src.desk == "pfw":  # a form's geopoint: "lat lon altitude accuracy"
        alt = round(float(rng.uniform(5, 250)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        return {"coordinates": f"{lat} {lon} {alt} {acc}"}, lat, lon, ["geopoint"]
    # fwmx: degrees-minutes-seconds or a decimal pair
    if rng.random() < 0.45:
        t_lat, r_lat = _dms(lat, "N", "S")
        t_lon, r_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, round(r_lat, 6), round(r_lon, 6), ["dms"]
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _count_cell(value: int, *, text: bool) -> object:
    return str(value) if text else int(value)


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does; return (cells, expected values, tags)."""
    w = _WORDS[src.desk]
    lang = src.language
    text = src.format == "csv"
    cells: _Cells = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    corridor = str(ev["corridor"])
    detection = str(ev["detection_country"])
    compiled = src.desk == "bfc" and detection != "GBR"
    # a row pasted from a UTF-8 import read as cp1252 (only the Spanish workbook)
    garbled = src.desk == "moda080" and rng.random() < 0.06

    def put(col: str, value: str) -> None:
        out = _case(rng, value, w.case_rate)
        if out != value:
            tags.append(f"case:{col}")
        if garbled:
            bad = mojibake(out)
            if bad is not None:
                out = bad
                tags.append(f"mojibake:{col}")
        cells[col] = out

    # date
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, date_tags = _DATES[src.desk](ts, rng, partial_ok, compiled)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    tags += date_tags

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    put("crime_type", _vocab(rng, w.crime, crime))
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # a smuggling case: blank or "not applicable"
        na = choice(rng, w.expl_na)
        if na:
            put("exploitation", na)
            tags.append("na_exploitation")
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        put("exploitation", choice(rng, w.expl_unknown))
        tags.append("unknown_exploitation")
        exp["exploitation"] = "unknown"
    else:
        put("exploitation", _vocab(rng, w.exploitation, str(expl)))
        exp["exploitation"] = str(expl)

    # persons
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.015:
        cells["n_persons"] = choice(rng, w.count_unknown) if w.count_unknown else None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif persons >= 1000 and w.thousands and (text or r < 0.5):
        sep = choice(rng, w.thousands)
        cells["n_persons"] = f"{persons // 1000}{sep}{persons % 1000:03d}"
        exp["n_persons"] = persons
        tags.append("thousands")
    elif persons in w.count_words and r < 0.1:
        cells["n_persons"] = w.count_words[persons]
        exp["n_persons"] = persons
        tags.append("count_words")
    else:
        cells["n_persons"] = _count_cell(persons, text=text)
        exp["n_persons"] = persons

    # suspects
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, w.count_unknown) if w.count_unknown else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and w.zero and r < 0.4:
        cells["n_suspects"] = choice(rng, w.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_cell(suspects, text=text)
        exp["n_suspects"] = suspects

    # gender and age group
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        put("gender", choice(rng, w.unknown))
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        put("gender", _vocab(rng, w.gender, str(ev["gender"])))
        exp["gender"] = str(ev["gender"])
    if rng.random() < 0.02:
        put("age_group", choice(rng, w.unknown))
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        put("age_group", _vocab(rng, w.age, str(ev["age_group"])))
        exp["age_group"] = str(ev["age_group"])

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif rng.random() < 0.015:
        put("nationality", choice(rng, w.unknown))
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        style = _pick(rng, w.nat_style)
        style = "name" if garbled and style == "typo" else style
        written, seen = _country(w, lang, nat, style, rng)
        put("nationality", written)
        exp["nationality"] = nat
        if seen != "name":
            tags.append(f"{seen}:nationality")
    for col in ("origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if col == forced_blank:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        style = _pick(rng, w.country_style)
        style = "name" if garbled and style == "typo" else style
        if compiled and col == "detection_country" and style == "name" and rng.random() < 0.3:
            style = "iso3"  # partner alerts keyed by ISO code
        written, seen = _country(w, lang, iso, style, rng)
        put(col, written)
        exp[col] = iso
        if seen != "name":
            tags.append(f"{seen}:{col}")
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):  # typed as free text: names, no 2-letter codes
            style = "name" if src.desk == "pfw" else _pick(rng, w.country_style)
            style = "name" if style == "iso2" or (garbled and style == "typo") else style
            written, seen = _country(w, lang, iso, style, rng)
            parts.append(written)
            if seen != "name":
                tags.append(f"{seen}:transit_countries")
        put("transit_countries", w.transit_sep.join(parts))
        exp["transit_countries"] = str(transit)

    # transport mode
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        put("transport_mode", choice(rng, w.unknown))
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        words = w.mode.get(f"{mode}@{corridor}") or w.mode[mode]
        put("transport_mode", choice(rng, words))
        exp["transport_mode"] = mode

    # location
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = _NAN, _NAN
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], place_tags = _coords(src, lat, lon, rng, compiled)
        cells.update(place)
        tags += place_tags

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words_ = [choice(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = w.offence_sep.join(words_)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


#: The variant: its desks, who first reports which detection country, and who reports
#: an event a second time.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _BFC.source,
        "FRA": _SYNAM.source,
        "ESP": _MODA080.source,
        "PAN": _PFW.source,
        "USA": _FWMX.source,
    },
    # partner alerts from Italy, Greece, Croatia and Poland reach London's desk
    compilation=_BFC.source,
    secondary={
        ("channel", "FRA"): _BFC.source,  # crossings launched from the French coast
        ("channel", "GBR"): _SYNAM.source,  # Channel cases landed in England
        ("thb_nga_ita", "ITA"): _SYNAM.source,  # Nigerian networks working Italy-France
        ("thb_rou_esp", "ITA"): _MODA080.source,  # Romanian networks of the Spanish cases
        ("darien", "PAN"): _FWMX.source,  # Darién crossers later met in Mexico
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=434,
    blank_share=0.3,
)


def make_blind434(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five fashion-sector safeguarding desks of ``blind434``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``bfc_model_welfare_pt.csv`` (English, UTF-8 with BOM, ``,``),
        ``synam_conformite_pt.csv`` (French, cp1252, ``;``),
        ``moda080_proteccion_pt.xlsx`` (Spanish), ``pfw_proteccion_pa_pt.jsonl``
        (Spanish keys, form choice codes) and ``fwmx_casting_seguro_pt.csv`` (Spanish,
        UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind434(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bfc_model_welfare_pt.csv', 'synam_conformite_pt.csv', 'moda080_proteccion_pt.xlsx',
     'pfw_proteccion_pa_pt.jsonl', 'fwmx_casting_seguro_pt.csv']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
