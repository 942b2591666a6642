"""Examiner sample set ``blind356`` (files ``*_mt.*``): five agencies never used before.

The set is written from the truth by :func:`make_blind356` on the shared examiner
machinery (:mod:`trendlib.samples._examiner`). Each agency keeps its own language, file
format, encoding, headers, date style, count style, coordinate style and value words:

``gir_lille_mt.csv``
    Groupement interministériel de recherches (GIR) de Lille, the joint unit of police,
    gendarmerie, customs, URSSAF and labour inspectors working on illegal work and the
    underground economy of the Nord–Pas-de-Calais, which also feeds the smuggling cases of
    the coast (Calais, Dunkirk). French, cp1252, ``;``, CRLF; day-first dates (four- and
    two-digit years, a month written out now and then); nationalities as the feminine
    adjective of *nationalité* (``afghane``, ``IRAKIENNE``); decimal-comma coordinates;
    ``aucun`` for no suspect and ``NC`` (non communiqué) for a count not known.
``jstac_uk_mt.xlsx``
    Joint Slavery and Trafficking Analysis Centre (UK): a spreadsheet of encounters of
    potential victims of modern slavery and of organised-immigration-crime detections.
    English; real Excel dates and a few typed ones (``17 May 2023``, ``17/05/2023``,
    ``May 2023``, ``Q2 2023``); nationalities as demonyms (``Vietnamese``); routes joined
    with ``>``; coordinates as one ``lat, lon`` cell; ``Nil`` for no suspect, ``n/k``
    for a figure not known. The spreadsheet was re-sent, so some rows repeat.
``ohss_dhs_mt.jsonl``
    DHS Office of Homeland Security Statistics (US): an event-level extract of southwest
    border encounters as JSON lines. Upper-case English values (``ALIEN SMUGGLING``,
    ``UNITED STATES``), DHS demographic words (``SINGLE ADULT``, ``UAC``, ``FMUA``), ISO
    dates and date-times, ``UNK`` for a figure not known, numbers as JSON numbers.
``ponal_agregaduria_panama_mt.csv``
    Colombian National Police attaché office in Panama (Agregaduría de Policía), which
    follows the Darién crossings run by Colombian networks. Spanish, UTF-8 with BOM, ``;``;
    day-first dates, some unpadded, some left as Excel serial numbers; ``.`` thousands;
    suspects written the police way (``dos (02)``, ``ninguno``); decimal-comma
    coordinates.
``une_europol_es_mt.csv``
    Unidad Nacional de Europol (Spain), the national unit that compiles the SIENA
    contributions on smuggling and trafficking in the member states (the compilation
    source: every event no other agency reports). An i2 iBase export: UTF-16 with tabs.
    Spanish mixed with what the contributions wrote: ISO alpha-2 and alpha-3 codes,
    English country names, text already garbled by an earlier import (mojibake),
    ``H``/``M`` (hombre/mujer) for sex, ``T2 2023`` quarters, ``lat; lon`` coordinates
    with decimal commas, the Frontex route in Spanish. Re-sent messages repeat some rows.

Every cell's expected clean value is what a careful analyst reads from it; cells that say
"not known" expect nothing (or ``unknown``), and are tagged so in ``messiness``.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND356_SOURCES", "make_blind356"]

_Rng = np.random.Generator
_Cells = dict[str, object]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_GIR = ExaminerSource(
    source="gir_lille",
    filename="gir_lille_mt.csv",
    ref="GIR59-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes/étrangers",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction GIR Lille – données provisoires, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
)
_JSTAC = ExaminerSource(
    source="jstac_uk",
    filename="jstac_uk_mt.xlsx",
    ref="JSTAC/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "JSTAC ref",
        "event_date": "Date of encounter",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of PVs / migrants",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Adult / minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Encounter country",
        "transit_countries": "Route (transit)",
        "transport_mode": "Method",
        "coordinates": "Lat/Long",
        "linked_offences": "Associated criminality",
    },
    note="OFFICIAL-SENSITIVE: management information, figures subject to change",
    total="Grand Total",
    bad_count=("several", "multiple"),
    repeats=True,
)
_OHSS = ExaminerSource(
    source="ohss_dhs",
    filename="ohss_dhs_mt.jsonl",
    ref="SWB-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "encounter_id",
        "event_date": "encounter_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_encountered",
        "n_suspects": "suspected_smugglers",
        "gender": "sex",
        "age_group": "demographic",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "encounter_country",
        "transit_countries": "transit_countries",
        "transport_mode": "entry_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("10+", "MULTIPLE"),
    repeats=False,
)
_PONAL = ExaminerSource(
    source="ponal_agregaduria_panama",
    filename="ponal_agregaduria_panama_mt.csv",
    ref="AGREPOL-PA-{seq:04d}-{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "No. radicado",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cantidad migrantes/víctimas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: Agregaduría de Policía – información sujeta a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo"),
    repeats=False,
)
_UNE = ExaminerSource(
    source="une_europol_es",
    filename="une_europol_es_mt.csv",
    ref="UNE/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Ref. UNE",
        "event_date": "Fecha detección",
        "route_label": "Ruta",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País de detección",
        "transit_countries": "Tránsito",
        "transport_mode": "Modo",
        "coordinates": "Coordenadas (lat; lon)",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: compilación de contribuciones SIENA, pendiente de validar",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=True,
)

#: The set's sources, in the order :func:`make_blind356` returns their submissions.
BLIND356_SOURCES: tuple[ExaminerSource, ...] = (_GIR, _JSTAC, _OHSS, _PONAL, _UNE)

_PRIMARY = {
    "FRA": _GIR.source,
    "GBR": _JSTAC.source,
    "USA": _OHSS.source,
    "PAN": _PONAL.source,
}
_SECONDARY = {
    ("channel", "FRA"): _JSTAC.source,  # UK side learns of the French interceptions
    ("channel", "GBR"): _GIR.source,  # the coast unit follows the landings in Dover
    ("thb_vnm_gbr", "GBR"): _GIR.source,  # Vietnamese networks transit the coast
}


# --------------------------------------------------------------------------------------
# Value words, by agency
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Words:
    """How one agency writes its vocabulary cells (first word = its usual one)."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    exploitation_unknown: tuple[str, ...]
    smuggling_exploitation: str | None
    gender: dict[str, tuple[str, ...]]
    gender_one: dict[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    age_one: dict[str, tuple[str, ...]]
    age_unknown: tuple[str, ...]
    mode: dict[str, tuple[str, ...]]
    mode_unknown: tuple[str, ...]
    offences: dict[str, str]
    offence_sep: str
    country_unknown: tuple[str, ...]
    count_unknown: str
    suspects_unknown: str


_WORDS: dict[str, _Words] = {
    "gir_lille": _Words(
        crime={
            "trafficking": (
                "traite des êtres humains",
                "TEH",
                "traite des êtres humains (art. 225-4-1 CP)",
            ),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers",
                "filière d'immigration irrégulière",
                "trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
            "forced_labour": (
                "exploitation par le travail",
                "travail forcé",
                "conditions de travail indignes",
            ),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        exploitation_unknown=("non déterminée", "à préciser"),
        smuggling_exploitation=None,
        gender={
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        gender_one={"male": ("homme", "H"), "female": ("femme", "F")},
        gender_unknown=("non renseigné",),
        age={
            "adult": ("majeurs", "majeur(s)"),
            "child": ("mineurs", "MNA", "mineur(s)"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        age_one={"adult": ("majeur",), "child": ("mineur", "MNA")},
        age_unknown=("non renseigné",),
        mode={
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("PL", "routier", "camion", "voie terrestre"),
            "air": ("aérien", "avion"),
        },
        mode_unknown=("non renseigné",),
        offences={
            "document_fraud": "faux documents",
            "corruption": "corruption",
            "money_laundering": "blanchiment",
            "illicit_goods": "stupéfiants",
            "cybercrime": "cybercriminalité",
            "terrorism": "terrorisme",
        },
        offence_sep=" + ",
        country_unknown=("indéterminée", "inconnue"),
        count_unknown="NC",
        suspects_unknown="NC",
    ),
    "jstac_uk": _Words(
        crime={
            "trafficking": ("Modern slavery", "MSHT", "Human trafficking"),
            "smuggling": ("OIC", "Organised immigration crime", "Facilitation (s.25)"),
            "both": ("MSHT/OIC", "Modern slavery + facilitation"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal – cannabis cultivation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        exploitation_unknown=("Not yet determined", "TBC"),
        smuggling_exploitation="N/A",
        gender={
            "male": ("Male", "M", "All male"),
            "female": ("Female", "F", "All female"),
            "mixed": ("Mixed", "M/F"),
        },
        gender_one={"male": ("Male", "M"), "female": ("Female", "F")},
        gender_unknown=("Not recorded",),
        age={
            "adult": ("Adult", "18+", "Adults"),
            "child": ("Minor", "U18", "Child"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        age_one={"adult": ("Adult", "18+"), "child": ("Minor", "U18")},
        age_unknown=("Not known",),
        mode={
            "sea": ("Small boat", "Boat"),
            "land": ("HGV", "Lorry", "Car", "Land"),
            "air": ("Air", "Flight"),
        },
        mode_unknown=("Not known",),
        offences={
            "document_fraud": "Document fraud",
            "corruption": "Bribery/corruption",
            "money_laundering": "Money laundering",
            "illicit_goods": "Drugs",
            "cybercrime": "Cyber-enabled",
            "terrorism": "Terrorism",
        },
        offence_sep="; ",
        country_unknown=("Not known",),
        count_unknown="n/k",
        suspects_unknown="n/k",
    ),
    "ohss_dhs": _Words(
        crime={
            "trafficking": ("HUMAN TRAFFICKING", "TRAFFICKING IN PERSONS"),
            "smuggling": ("ALIEN SMUGGLING", "8 USC 1324", "HUMAN SMUGGLING"),
            "both": ("SMUGGLING/TRAFFICKING",),
        },
        exploitation={
            "sexual": ("SEX",),
            "forced_labour": ("LABOR",),
            "forced_criminality": ("FORCED CRIMINAL ACTIVITY",),
            "organ_removal": ("ORGAN REMOVAL",),
            "forced_marriage": ("FORCED MARRIAGE",),
            "other": ("OTHER",),
        },
        exploitation_unknown=("UNDETERMINED",),
        smuggling_exploitation=None,
        gender={"male": ("MALE",), "female": ("FEMALE",), "mixed": ("MIXED",)},
        gender_one={"male": ("MALE",), "female": ("FEMALE",)},
        gender_unknown=("UNKNOWN",),
        age={
            "adult": ("SINGLE ADULTS",),
            "child": ("UAC", "ACCOMPANIED MINORS"),
            "mixed": ("FMUA", "FAMILY UNIT"),
        },
        age_one={"adult": ("SINGLE ADULT",), "child": ("UAC", "ACCOMPANIED MINOR")},
        age_unknown=("UNKNOWN",),
        mode={"land": ("LAND", "ON FOOT", "VEHICLE"), "sea": ("MARITIME",), "air": ("AIR",)},
        mode_unknown=("UNKNOWN",),
        offences={
            "document_fraud": "DOCUMENT FRAUD",
            "corruption": "BRIBERY",
            "money_laundering": "MONEY LAUNDERING",
            "illicit_goods": "NARCOTICS",
            "cybercrime": "CYBER",
            "terrorism": "TERRORISM",
        },
        offence_sep="; ",
        country_unknown=("UNKNOWN",),
        count_unknown="UNK",
        suspects_unknown="UNK",
    ),
    "ponal_agregaduria_panama": _Words(
        crime={
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS (ART. 188A C.P.)"),
            "smuggling": (
                "Tráfico de migrantes",
                "TRÁFICO DE MIGRANTES (ART. 188 C.P.)",
                "tráfico de migrantes",
            ),
            "both": ("Trata de personas / tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        exploitation_unknown=("por establecer",),
        smuggling_exploitation=None,
        gender={
            "male": ("Masculino", "Hombres"),
            "female": ("Femenino", "Mujeres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        gender_one={"male": ("Masculino", "M"), "female": ("Femenino", "F")},
        gender_unknown=("sin establecer",),
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        age_one={"adult": ("Adulto", "Mayor de edad"), "child": ("Menor de edad", "NNA")},
        age_unknown=("sin establecer",),
        mode={"land": ("Terrestre", "A pie", "Caminando"), "sea": ("Marítimo",), "air": ("Aéreo",)},
        mode_unknown=("sin establecer",),
        offences={
            "document_fraud": "falsedad en documento público",
            "corruption": "cohecho",
            "money_laundering": "lavado de activos",
            "illicit_goods": "tráfico de estupefacientes",
            "cybercrime": "delitos informáticos",
            "terrorism": "terrorismo",
        },
        offence_sep=", ",
        country_unknown=("sin establecer",),
        count_unknown="sin dato",
        suspects_unknown="sin información",
    ),
    "une_europol_es": _Words(
        crime={
            "trafficking": ("Trata de seres humanos", "TSH", "THB"),
            "smuggling": ("Inmigración ilegal", "Facilitación de la inmigración ilegal", "TIM"),
            "both": ("TSH / inmigración ilegal", "TSH + TIM"),
        },
        exploitation={
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("explotación laboral", "laboral"),
            "forced_criminality": ("criminalidad forzada", "actividades delictivas forzadas"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas",),
        },
        exploitation_unknown=("sin determinar", "s/d"),
        smuggling_exploitation=None,
        gender={
            "male": ("hombres", "H", "varones"),
            "female": ("mujeres", "M"),
            "mixed": ("mixto", "H/M"),
        },
        gender_one={"male": ("hombre", "H"), "female": ("mujer", "M")},
        gender_unknown=("s/d",),
        age={
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA"),
            "mixed": ("mixto", "adultos y menores"),
        },
        age_one={"adult": ("adulto",), "child": ("menor", "MENA")},
        age_unknown=("s/d",),
        mode={
            "sea": ("marítimo", "embarcación"),
            "land": ("terrestre", "a pie", "camión"),
            "air": ("aéreo", "vuelo comercial"),
        },
        mode_unknown=("desconocido",),
        offences={
            "document_fraud": "falsedad documental",
            "corruption": "corrupción",
            "money_laundering": "blanqueo de capitales",
            "illicit_goods": "tráfico de drogas",
            "cybercrime": "ciberdelincuencia",
            "terrorism": "terrorismo",
        },
        offence_sep=" / ",
        country_unknown=("s/d", "desconocida"),
        count_unknown="s/d",
        suspects_unknown="s/d",
    ),
}

#: Boats of the Spanish compilation, by corridor (the word its contributions use).
_UNE_BOATS = {
    "watl": ("cayuco", "marítimo"),
    "wmed": ("patera", "marítimo"),
    "cmed": ("embarcación", "marítimo"),
    "emed": ("neumática", "marítimo"),
}
#: The Frontex routes as the Spanish unit names them.
_UNE_ROUTES = {
    "cmed": "Mediterráneo Central",
    "emed": "Mediterráneo Oriental",
    "wmed": "Mediterráneo Occidental",
    "watl": "Ruta atlántica (África Occidental)",
    "wbal": "Balcanes Occidentales",
    "blr_pol": "Frontera oriental (Bielorrusia–Polonia)",
    "channel": "Canal de la Mancha",
    "darien": "Darién",
    "us_mex": "Frontera EE. UU.–México",
    "thb_nga_ita": "Nigeria–Libia–Italia",
    "thb_vnm_gbr": "Vietnam–Reino Unido",
    "thb_rou_esp": "Rumanía–España/Italia",
}

# Nationality adjectives: French in the feminine (it agrees with *nationalité*), English
# demonyms as UK analysts write them. Other nationalities fall back to the country name.
_DEMONYM_FR = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_DEMONYM_EN = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_ALIAS_ES = {"USA": "EE.UU.", "CHN": "R.P. China", "VEN": "Venezuela (Rep. Bolivariana)"}
_NUMBER_WORDS_ES = (
    "ninguno",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, options: tuple[str, ...], usual: float = 0.7) -> str:
    """Pick the usual (first) word with probability ``usual``, else another one."""
    if len(options) == 1 or rng.random() < usual:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _strip_accents(text: str) -> str:
    """``Érythrée`` -> ``Erythree`` (a clerk's keyboard without accents)."""
    out = unicodedata.normalize("NFKD", text)
    return "".join(c for c in out if not unicodedata.combining(c))


def _spacing(text: str, rng: _Rng, rate: float = 0.04) -> tuple[str, bool]:
    """Now and then change the case or the spacing of a cell (its meaning stays)."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(3))
    if kind == 0:
        return text.upper(), text.upper() != text
    if kind == 1:
        return f" {text}  ", True
    return text.lower(), text.lower() != text


def _country(src: str, iso: str, rng: _Rng, role: str) -> tuple[str, str | None]:
    """Write one ISO alpha-3 code as ``src`` does; return (text, tag kind or None)."""
    iso2, en, fr, es, aliases, typo = COUNTRIES[iso]
    r = rng.random()
    if src == "gir_lille":
        if role == "nationality" and iso in _DEMONYM_FR:
            word = _DEMONYM_FR[iso]
            return (word.upper(), "demonym") if r < 0.3 else (word, "demonym")
        if r < 0.12:
            return fr.upper(), None
        if r < 0.2 and _strip_accents(fr) != fr:
            return _strip_accents(fr), "typo"
        return fr, None
    if src == "jstac_uk":
        if role == "nationality" and iso in _DEMONYM_EN and r < 0.6:
            return _DEMONYM_EN[iso], "demonym"
        if r < 0.1:
            return iso, "iso3"
        if r < 0.25 and aliases:
            return aliases[0], "alias"
        return en, None
    if src == "ohss_dhs":  # coded fields of a system extract: one spelling each
        return en.upper(), None
    if src == "ponal_agregaduria_panama":
        if role == "detection" and iso == "PAN" and r < 0.25:
            return "Panamá (Darién)", "alias"
        if r < 0.2:
            return es.upper(), None
        if r < 0.25 and iso in _ALIAS_ES:
            return _ALIAS_ES[iso], "alias"
        if r < 0.29:
            return typo, "typo"
        return es, None
    # une_europol_es: Spanish names, and what the member states' contributions wrote
    if r < 0.15:
        return iso2, "iso2"
    if r < 0.25:
        return iso, "iso3"
    if r < 0.35:
        return en, "english"
    if r < 0.42:
        garbled = mojibake(es)
        if garbled is not None:
            return garbled, "mojibake"
    if r < 0.46:
        return es.upper(), None
    if r < 0.48:
        return typo, "typo"
    return es, None


def _transit(src: str, codes: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write an ordered ``A|B`` list the agency's way; one style for the whole cell."""
    parts = codes.split("|")
    sep = {
        "gir_lille": ", ",
        "jstac_uk": " > ",
        "ohss_dhs": ", ",
        "ponal_agregaduria_panama": " - ",
        "une_europol_es": " - ",
    }[src]
    r = rng.random()
    if src == "une_europol_es" and r < 0.3:  # the contribution's ISO codes
        return "-".join(iso_codes(p)[0] for p in parts), ["iso2:transit_countries"]
    if src == "jstac_uk" and r < 0.1:
        return sep.join(parts), ["iso3:transit_countries"]
    lang = {"gir_lille": 2, "jstac_uk": 1, "ohss_dhs": 1}.get(src, 3)
    names = [str(COUNTRIES[p][lang]) for p in parts]
    if src == "ohss_dhs":
        names = [n.upper() for n in names]
    return sep.join(names), []


def _offences(src: str, value: object) -> str | None:
    if value is None:
        return None
    words = _WORDS[src]
    return words.offence_sep.join(words.offences[o] for o in str(value).split("|"))


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    name = src.source
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if name == "gir_lille":
        if partial_ok and r < 0.03:
            return f"{_MONTHS_FR[m]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.13:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if name == "jstac_uk":
        if partial_ok and r < 0.025:
            return f"{_MONTHS_EN[m]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.05:
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if r < 0.17:
            return f"{ts.day} {_MONTHS_EN[m]} {ts.year}", ts, "day", ["date_text"]
        if r < 0.25:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
        return ts.to_pydatetime(), ts, "day", []
    if name == "ohss_dhs":
        if partial_ok and r < 0.03:
            return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
        if r < 0.3:
            clock = f"T{(ts.day_of_year * 7) % 24:02d}:{(ts.day * 13) % 60:02d}:00"
            return ts.strftime("%Y-%m-%d") + clock, ts, "day", ["datetime"]
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if name == "ponal_agregaduria_panama":
        if partial_ok and r < 0.03:
            return f"{_MONTHS_ES[m]} de {ts.year}", month, "month", ["partial_date"]
        if r < 0.09:
            serial = (ts.normalize() - _EXCEL_EPOCH).days
            return str(serial), ts, "day", ["excel_serial"]
        if r < 0.15:
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", ["unpadded_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # une_europol_es
    if partial_ok and r < 0.02:
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
    if partial_ok and r < 0.04:
        return f"{_MONTHS_ES[m]} {ts.year}", month, "month", ["partial_date"]
    if r < 0.12:
        return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _count(src: ExaminerSource, value: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write the count of persons (a number, or a string in a text file)."""
    name = src.source
    if name in ("ponal_agregaduria_panama", "une_europol_es") and value >= 1000:
        return f"{value // 1000}.{value % 1000:03d}", ["thousands:n_persons"]
    if name == "gir_lille" and value >= 1000:
        return f"{value // 1000} {value % 1000:03d}", ["thousands:n_persons"]
    return (value if src.format != "csv" else str(value)), []


def _suspects(src: ExaminerSource, value: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write the count of suspects the agency's way; tag the zero words."""
    name = src.source
    r = rng.random()
    if name == "gir_lille" and value == 0 and r < 0.6:
        return "aucun", ["zero_word"]
    if name == "jstac_uk" and value == 0 and r < 0.5:
        return "Nil", ["zero_word"]
    if name == "ponal_agregaduria_panama" and r < 0.3 and value < len(_NUMBER_WORDS_ES):
        if value == 0:
            return "ninguno", ["zero_word"]
        return f"{_NUMBER_WORDS_ES[value]} ({value:02d})", ["count_word:n_suspects"]
    return (value if src.format != "csv" else str(value)), []


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, lon, tags)."""
    name = src.source
    r = rng.random()
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if r < 0.04:
        return dict.fromkeys(keys), None, None, ["coords_missing"]
    if name == "jstac_uk":
        if r < 0.06:
            return {"coordinates": "Not recorded"}, None, None, ["coords_placeholder"]
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if name == "ohss_dhs":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo, []
    if name == "une_europol_es":
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{la:.4f}; {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, la, lo, ["decimal_comma"]
    la, lo = round(lat, 5), round(lon, 5)  # gir_lille, ponal: two columns, decimal comma
    cells: _Cells = {
        "lat": f"{la:.5f}".replace(".", ","),
        "lon": f"{lo:.5f}".replace(".", ","),
    }
    return cells, la, lo, ["decimal_comma"]


def _vocab_cell(
    words: dict[str, tuple[str, ...]],
    one: dict[str, tuple[str, ...]],
    value: str,
    n: object,
    rng: _Rng,
) -> str:
    """Pick the word of a group, or of a single person when the row counts one."""
    if n == 1 and value in one:
        return _pick(rng, one[value])
    return _pick(rng, words[value])


# --------------------------------------------------------------------------------------
# The render
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    name = src.source
    words = _WORDS[name]
    cells: _Cells = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    gender = str(ev["gender"])
    age = str(ev["age_group"])
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])

    cells["event_date"], day, precision, date_tags = _date(src, ts, rng, partial_ok)
    tags += date_tags
    exp: _Cells = {"event_date": day, "date_precision": precision, "crime_type": crime}

    noise = 0.04 if src.format != "jsonl" else 0.0  # a system extract keeps its case
    cells["crime_type"], changed = _spacing(_pick(rng, words.crime[crime]), rng, noise)
    tags += ["case:crime_type"] if changed else []

    # Exploitation: the form for trafficking rows, nothing (or N/A) for smuggling ones.
    if expl is None:
        cells["exploitation"] = words.smuggling_exploitation
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = _pick(rng, words.exploitation_unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        text = _pick(rng, words.exploitation[str(expl)])
        if name == "une_europol_es" and rng.random() < 0.06:
            garbled = mojibake(text)
            if garbled is not None:
                text = garbled
                tags.append("mojibake:exploitation")
        cells["exploitation"] = text
        exp["exploitation"] = expl

    # Counts.
    if rng.random() < 0.015:
        cells["n_persons"] = words.count_unknown
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], count_tags = _count(src, n, rng)
        exp["n_persons"] = n
        tags += count_tags
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = words.suspects_unknown
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"], suspect_tags = _suspects(src, suspects, rng)
        exp["n_suspects"] = suspects
        tags += suspect_tags

    # Sex and age.
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"] = _pick(rng, words.gender_unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _vocab_cell(words.gender, words.gender_one, gender, n, rng)
        exp["gender"] = gender
    if rng.random() < 0.015:
        cells["age_group"] = _pick(rng, words.age_unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _vocab_cell(words.age, words.age_one, age, n, rng)
        exp["age_group"] = age

    # Countries.
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        iso = ev[col]
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col == "nationality" and rng.random() < 0.015:
            cells[col] = _pick(rng, words.country_unknown)
            exp[col] = None
            tags.append("blank_nationality")
            continue
        text, kind = _country(name, str(iso), rng, role)
        text, changed = _spacing(text, rng, 0.03 if src.format != "jsonl" else 0.0)
        cells[col] = text
        exp[col] = iso
        tags += [f"{kind}:{col}"] if kind else []
        tags += [f"case:{col}"] if changed else []
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        cells["transit_countries"], transit_tags = _transit(name, str(transit), rng)
        exp["transit_countries"] = transit
        tags += transit_tags

    # Transport.
    if rng.random() < 0.015:
        cells["transport_mode"] = _pick(rng, words.mode_unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        options = words.mode[mode]
        if name == "une_europol_es" and mode == "sea" and corridor in _UNE_BOATS:
            options = _UNE_BOATS[corridor]
        text, changed = _spacing(_pick(rng, options, 0.6), rng, noise)
        cells["transport_mode"] = text
        exp["transport_mode"] = mode
        tags += ["case:transport_mode"] if changed else []

    # Place.
    if forced_blank == "coordinates":
        keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], place_tags = _coordinates(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        tags += place_tags

    cells["linked_offences"] = _offences(name, ev["linked_offences"])
    exp["linked_offences"] = ev["linked_offences"]
    if "route_label" in src.headers:
        cells["route_label"] = _UNE_ROUTES.get(corridor)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot stand: none, impossible, or a mistyped year."""
    if kind == "no_date":
        return None
    year = str(ts.year)
    if kind == "future_date":  # two digits swapped: 2023 -> 2203
        typo = int(year[0] + year[2] + year[1] + year[3])
        future = ts.replace(year=typo if typo > ts.year + 50 else ts.year + 200)
        if src.format == "xlsx":
            return future.to_pydatetime()
        if src.format == "jsonl":
            return future.strftime("%Y-%m-%d")
        return future.strftime("%d/%m/%Y")
    # bad_date: a day the month does not have (2021-2023 hold no 29 February)
    day, month = choice(rng, ("31/04", "31/06", "31/09", "31/11", "29/02", "30/02")).split("/")
    if src.format == "jsonl":
        return f"{year}-{month}-{day}"
    return f"{day}/{month}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day of its last row)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND356_SOURCES,
    primary=_PRIMARY,
    compilation=_UNE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=356,
    blank_share=0.3,
)


def make_blind356(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind356`` examiner set (files ``*_mt.*``).

    Five agencies report the events: the GIR of Lille (French CSV, cp1252) those
    detected in France, the UK's Joint Slavery and Trafficking Analysis Centre (English
    XLSX) those in the United Kingdom, the DHS Office of Homeland Security Statistics
    (English JSON lines) those in the United States, the Colombian police attaché in
    Panama (Spanish CSV, UTF-8 with BOM) those in Panama, and Spain's Europol national
    unit (Spanish UTF-16 CSV with tabs) every other one, as the compilation source. The
    Channel and Viet Nam–UK events are sometimes reported by both sides of the Channel
    (cross-source duplicates); the two re-sent files repeat a few rows exactly.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`BLIND356_SOURCES`, in that order, each with its
        expected rows (``Submission.expected``).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind356(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gir_lille_mt.csv', 'jstac_uk_mt.xlsx', 'ohss_dhs_mt.jsonl',
     'ponal_agregaduria_panama_mt.csv', 'une_europol_es_mt.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-8-sig', 'utf-16']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
