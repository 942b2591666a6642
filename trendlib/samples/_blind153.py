"""Examiner sample set ``blind153`` (files ``*_ey.*``): the Strait, Ceuta, Melilla and Morocco.

Five agencies of Morocco's Mediterranean north, the Spanish enclaves and the Strait of
Gibraltar, none used before in the project, each writing the way its own tools export:

``jsp_melilla_ey.xlsx``
    Jefatura Superior de Policía de Melilla (Policía Nacional), statistics desk. Spanish
    XLSX sheet kept by hand: real Excel dates, some dates typed as ``17/05/2023`` text
    and some cells that lost their date format (Excel serial numbers); crime types as
    penal-code articles (``art. 318 bis CP``, ``177 bis CP``); country names in capitals
    without accents (``MARRUECOS``, ``GUINEA CONAKRY``) or as Spanish demonyms
    (``marroquí``); transit lists joined by `` - ``; coordinates in one cell, with
    decimal commas (``35,2934 / -2,9381``) or in degrees-minutes-seconds with ``O``
    (*oeste*) for west; ``Sin detenidos`` for no arrest, ``s/d`` for not known.
    First reporter of every event detected in Spain.
``pmp_maroc_ey.csv``
    Présidence du Ministère Public (Morocco), criminal-policy division: cases opened
    against the organisers of departures to the Canary Islands that Spain intercepted.
    French, cp1252, ``;``, CRLF; file numbers ``1234/2103/2023``; Moroccan legal wording
    (``loi 02-03``, ``loi 27-14``); ``néant`` for no suspect; ``subsaharienne`` written
    as a nationality (no country: the truth expects none); no coordinates.
``ddm_tanger_ey.csv``
    Delegación Diocesana de Migraciones, Arzobispado de Tánger: the Church's migration
    desk in Tangier, which follows the people who crossed to Ceuta, Melilla and the
    Andalusian coast. Spanish, saved by Excel as *Unicode text* (UTF-16 with BOM, tab
    separated); plural demonyms (``marroquíes``); small counts in words (``siete``);
    ``patera``, ``neumática``, ``toy`` boats, ``valla``; no coordinates.
``gibraltar_bca_ey.csv``
    HM Government of Gibraltar, Borders and Coastguard Agency, liaison desk (English):
    relays the United Kingdom's detections (Channel small boats, lorries, modern-slavery
    cases) to its Spanish and Moroccan partners. UTF-8 with BOM, ``,``; UK
    day-first dates (``17/05/2023``, ``17 May 2023``), ``May 2023`` or ``Q2 2023`` for
    intelligence reports; ISO alpha-3 codes mixed with names; sea positions in degrees
    and decimal minutes (``51 07.4N 001 19.2E``); ``nil`` and ``n/k``; exact repeats
    (the desk re-sends rows).
``map_depeches_ey.jsonl``
    Maghreb Arabe Presse (MAP), French news service: the wire's structured feed of
    migration and trafficking dispatches from everywhere else (the compilation).
    JSON lines, French keys; ISO dates, ``2023-05`` or ``T2 2023`` for round-ups;
    detection country as the CMS geotag (ISO alpha-2); some values double-encoded by
    the CMS (mojibake); numbers as JSON numbers, ``null`` when not known; exact repeats
    (republished dispatches).

Cross-source duplicates are the Moroccan sources' second reports of events Spain
detected: the Tangier desk for the Western Mediterranean (Ceuta, Melilla, Almería), the
prosecutors for the Atlantic route (the Canaries). Spain is the only detection country of
the truth in this region, so the Melilla police stand for every Spanish detection (the
Canaries and Huelva included), and the Gibraltar desk and the MAP feed carry the rest.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND153", "SOURCES", "make_blind153"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

JSP = "jsp_melilla_ey"
PMP = "pmp_maroc_ey"
DDM = "ddm_tanger_ey"
BCA = "gibraltar_bca_ey"
MAP = "map_depeches_ey"

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=JSP,
        filename="jsp_melilla_ey.xlsx",
        ref="JSPML-{seq:05d}/{yy:02d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Atestado",
            "event_date": "Fecha hechos",
            "place": "Lugar",
            "crime_type": "Tipología delictiva",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País",
            "transport_mode": "Medio empleado",
            "coordinates": "Coordenadas",
            "linked_offences": "Otros delitos",
        },
        note="Datos provisionales, pendientes de validación (extracción SIDENPOL)",
        total="TOTAL",
        bad_count=("varios", "VARIOS", "??"),
        repeats=False,
    ),
    ExaminerSource(
        source=PMP,
        filename="pmp_maroc_ey.csv",
        ref="{seq}/2103/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "court": "Juridiction",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de migrants / victimes",
            "n_suspects": "Nombre de mis en cause",
            "gender": "Sexe",
            "age_group": "Catégorie d'âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays d'interception",
            "place": "Lieu d'interception",
            "transport_mode": "Moyen utilisé",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données arrêtées à la date d'extraction, sous réserve des jugements définitifs",
        total="Total général",
        bad_count=("plusieurs", "un groupe"),
        repeats=False,
    ),
    ExaminerSource(
        source=DDM,
        filename="ddm_tanger_ey.csv",
        ref="DM{yy:02d}-{seq:03d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Ficha",
            "event_date": "Fecha",
            "place": "Lugar de llegada",
            "detection_country": "País de llegada",
            "crime_type": "Tipo",
            "exploitation": "Explotación",
            "n_persons": "Personas",
            "n_suspects": "Pasadores detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "Origen",
            "transit_countries": "Ruta",
            "destination_country": "Destino",
            "transport_mode": "Medio",
        },
        note="Datos recogidos por el equipo de acompañamiento; no son exhaustivos",
        total="TOTAL",
        bad_count=("varios", "muchos"),
        repeats=False,
    ),
    ExaminerSource(
        source=BCA,
        filename="gibraltar_bca_ey.csv",
        ref="BCA/{year}/{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Occurrence No.",
            "event_date": "Date of occurrence",
            "crime_type": "Offence category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of persons",
            "n_suspects": "Suspects arrested",
            "gender": "Sex",
            "age_group": "Age category",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Transit countries",
            "destination_country": "Intended destination",
            "detection_country": "Country of detection",
            "place": "Location",
            "transport_mode": "Method",
            "coordinates": "Position",
            "linked_offences": "Linked offences",
        },
        note="Figures are provisional management information and subject to change",
        total="Total",
        bad_count=("several", "a number of"),
        repeats=True,
    ),
    ExaminerSource(
        source=MAP,
        filename="map_depeches_ey.jsonl",
        ref="MAP-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "id_depeche",
            "event_date": "date_evenement",
            "crime_type": "categorie",
            "exploitation": "forme_exploitation",
            "n_persons": "nb_personnes",
            "n_suspects": "nb_interpelles",
            "gender": "sexe",
            "age_group": "tranche_age",
            "nationality": "nationalite",
            "origin_country": "pays_origine",
            "transit_countries": "pays_transit",
            "destination_country": "pays_destination",
            "detection_country": "pays_detection",
            "place": "ville",
            "transport_mode": "moyen_transport",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "infractions_connexes",
        },
        note=None,
        total="CUMUL",
        bad_count=("plusieurs dizaines", "des centaines"),
        repeats=True,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}

# --------------------------------------------------------------------------------------
# Wording of each agency
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    JSP: {
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "318 bis CP",
            "Delito contra los derechos de los ciudadanos extranjeros",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "177 bis CP"),
        "both": ("177 bis y 318 bis CP", "Trata de seres humanos + favorecimiento inm. ilegal"),
    },
    PMP: {
        "smuggling": (
            "Organisation et facilitation de l'émigration clandestine (loi 02-03)",
            "Trafic de migrants",
            "Émigration clandestine - organisation",
        ),
        "trafficking": ("Traite des êtres humains (loi 27-14)", "Traite des personnes"),
        "both": ("Traite des personnes et trafic de migrants",),
    },
    DDM: {
        "smuggling": ("tráfico de migrantes", "Tráfico de migrantes"),
        "trafficking": ("trata", "Trata"),
        "both": ("trata y tráfico",),
    },
    BCA: {
        "smuggling": ("Facilitation (s.25 IA 1971)", "People smuggling"),
        "trafficking": ("Modern slavery / human trafficking", "MSHT"),
        "both": ("MSHT + facilitation",),
    },
    MAP: {
        "smuggling": ("trafic de migrants", "réseau d'immigration clandestine"),
        "trafficking": ("traite des êtres humains", "traite des personnes"),
        "both": ("traite et trafic de migrants",),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    JSP: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    PMP: {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autres formes",),
    },
    DDM: {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("obligados a delinquir",),
        "organ_removal": ("órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    BCA: {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation",),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    MAP: {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation par le travail",),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("trafic d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    JSP: {"female": ("Mujeres",), "male": ("Hombres",), "mixed": ("Hombres y mujeres", "Mixto")},
    PMP: {"female": ("féminin",), "male": ("masculin",), "mixed": ("mixte",)},
    DDM: {"female": ("mujeres",), "male": ("hombres",), "mixed": ("mixto", "hombres y mujeres")},
    BCA: {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
    MAP: {"female": ("femmes",), "male": ("hommes",), "mixed": ("mixte",)},
}
#: A single person's sex, where the agency writes it otherwise.
_ONE_PERSON = {
    JSP: {"male": "Varón", "female": "Mujer"},
    DDM: {"male": "hombre", "female": "mujer"},
}
_GENDER_UNKNOWN = {JSP: "Sin determinar", PMP: "non précisé", DDM: "¿?", BCA: "N/K"}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    JSP: {
        "adult": ("Mayores de edad",),
        "child": ("Menores", "MENA"),
        "mixed": ("Mayores y menores",),
    },
    PMP: {"adult": ("majeurs",), "child": ("mineurs",), "mixed": ("majeurs et mineurs",)},
    DDM: {"adult": ("adultos",), "child": ("menores",), "mixed": ("adultos y menores", "familias")},
    BCA: {"adult": ("Adult",), "child": ("Minor", "UASC"), "mixed": ("Mixed (adults & minors)",)},
    MAP: {"adult": ("adultes",), "child": ("mineurs",), "mixed": ("adultes et mineurs",)},
}
_AGE_UNKNOWN = {JSP: "Sin determinar", PMP: "non précisé", DDM: "no se sabe", BCA: "N/K"}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    JSP: {
        "sea": ("Patera", "Embarcación neumática", "Moto de agua"),
        "land": ("Terrestre", "Oculto en vehículo"),
        "air": ("Aéreo", "Avión"),
    },
    PMP: {
        "sea": ("embarcation pneumatique", "pirogue", "bateau de pêche"),
        "land": ("voie terrestre",),
        "air": ("voie aérienne",),
    },
    DDM: {"sea": ("patera", "neumática", "toy"), "land": ("por tierra",), "air": ("avión",)},
    BCA: {
        "sea": ("Small boat", "RHIB", "Small boat (dinghy)"),
        "land": ("HGV", "Vehicle", "Lorry"),
        "air": ("Air", "Flight"),
    },
    MAP: {
        "sea": ("voie maritime", "embarcation de fortune"),
        "land": ("voie terrestre", "à pied"),
        "air": ("voie aérienne", "par avion"),
    },
}
_OFFENCES: dict[str, dict[str, str]] = {
    JSP: {
        "document_fraud": "Falsedad documental",
        "corruption": "Cohecho",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Contra la salud pública",
        "cybercrime": "Delito informático",
        "terrorism": "Terrorismo",
    },
    PMP: {
        "document_fraud": "faux et usage de faux",
        "corruption": "corruption",
        "money_laundering": "blanchiment de capitaux",
        "illicit_goods": "trafic de stupéfiants",
        "cybercrime": "atteinte aux systèmes de traitement automatisé des données",
        "terrorism": "terrorisme",
    },
    BCA: {
        "document_fraud": "Document fraud",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cyber-enabled fraud",
        "terrorism": "Terrorism",
    },
    MAP: {
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
}
_OFFENCE_SEP = {JSP: ", ", PMP: ", ", BCA: "; ", MAP: ", "}
_TRANSIT_SEP = {JSP: " - ", PMP: " / ", DDM: " > ", BCA: "; ", MAP: ", "}

#: Spanish demonyms the Melilla police write as a nationality (singular) and the Tangier
#: desk as a group (plural).
_DEMONYM_ES = {
    "MAR": ("marroquí", "marroquíes"),
    "DZA": ("argelina", "argelinos"),
    "MLI": ("maliense", "malienses"),
    "SEN": ("senegalesa", "senegaleses"),
    "GMB": ("gambiana", "gambianos"),
    "CIV": ("marfileña", "marfileños"),
    "ROU": ("rumana", "rumanos"),
    "GIN": ("guineana (Conakry)", "guineanos (Conakry)"),
}
#: How the Melilla police system writes countries whose Spanish name it shortens.
_JSP_NAME = {"GIN": "GUINEA CONAKRY", "CIV": "COSTA DE MARFIL", "GBR": "REINO UNIDO"}
#: French names as the Moroccan prosecutors write them.
_PMP_NAME = {"GIN": "Guinée Conakry", "CIV": "Côte d'Ivoire", "GMB": "Gambie"}
#: English names used by the Gibraltar desk where it does not use the short table name.
_BCA_NAME = {"TUR": "Turkey", "VNM": "Vietnam", "GBR": "UK", "IRN": "Iran", "SYR": "Syria"}

_PMP_COURTS = ("TPI Laâyoune", "TPI Dakhla", "TPI Tan-Tan", "TPI Guelmim", "CA Agadir")
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
_NUM_ES = (
    "cero",
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_FIELDS = (
    "event_date",
    "date_precision",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
)


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop accents but keep Ñ, as Spanish police systems write names in capitals."""
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def _swap(text: str) -> str:
    """Two letters in the middle of a name of six or more letters swapped (a typo)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(src: str, code: str, rng: _Rng, *, group: bool = False) -> tuple[str, str | None]:
    """Write one ISO alpha-3 code as the agency does; return (cell, tag or None)."""
    en, fr, es = COUNTRIES[code][1], COUNTRIES[code][2], COUNTRIES[code][3]
    u = rng.random()
    if src == JSP:
        if group and code in _DEMONYM_ES and u < 0.3:
            return _DEMONYM_ES[code][0], "demonym"
        name = _JSP_NAME.get(code, _strip_accents(es).upper())
        if u > 0.95:
            return _swap(name), "typo"
        return name, None
    if src == PMP:
        name = _PMP_NAME.get(code, fr)
        if u < 0.15:
            return name.upper(), "upper"
        if u < 0.2:
            return f" {name}  ", "spacing"
        return name, None
    if src == DDM:
        if group and code in _DEMONYM_ES:
            return _DEMONYM_ES[code][1], "demonym"
        return es, None
    if src == BCA:
        if u < 0.25:
            return code, "iso3"
        name = _BCA_NAME.get(code, en)
        if u > 0.95:
            return COUNTRIES[code][5], "typo"
        return name, None
    # MAP: French names; the CMS double-encodes a few accented values
    if u < 0.08:
        garbled = mojibake(fr)
        if garbled is not None:
            return garbled, "mojibake"
    if u > 0.96:
        return fr.lower(), "lower"
    return fr, None


def _word(rng: _Rng, table: dict[str, tuple[str, ...]], key: str) -> str:
    return choice(rng, table[key])


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds of ``value`` and the value they stand for."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{s:02d}\"{hemi}", back


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (maritime style) and the value they stand for."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    d, rest = divmod(tenths, 600)
    minutes = rest / 10
    back = (d + minutes / 60) * (1 if value >= 0 else -1)
    return f"{d:0{width}d} {minutes:04.1f}{hemi}", back


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


# --------------------------------------------------------------------------------------
# One event as each agency writes it
# --------------------------------------------------------------------------------------
def _base(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    exp: dict[str, object] = {f: ev.get(f) for f in _FIELDS}
    exp["event_date"] = ts
    exp["date_precision"] = "day"
    exp["n_persons"] = int(ev["n_persons"])  # type: ignore[call-overload]
    exp["n_suspects"] = int(ev["n_suspects"])  # type: ignore[call-overload]
    return exp


def _date_cell(src: str, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, str]:
    """Return (cell, precision, tag) of the event date as the agency writes it."""
    u = rng.random()
    if src == JSP:
        if u < 0.7:
            return ts.to_pydatetime(), "day", "excel_date"
        if u < 0.9:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy_text"
        return int((ts - _EXCEL_EPOCH).days), "day", "excel_serial"
    if src == PMP:
        if u < 0.85:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        return ts.strftime("%d-%m-%Y"), "day", "date_dmy_dash"
    if src == DDM:
        if u < 0.6:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        return f"{ts.day:02d}-{_MONTHS_ES_SHORT[ts.month - 1]}-{ts.year}", "day", "date_dmonthy"
    if src == BCA:
        if partial_ok and u < 0.06:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", "month", "date_month"
        if partial_ok and u < 0.09:
            return f"Q{_quarter(ts)} {ts.year}", "quarter", "date_quarter"
        if u < 0.55:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", "day", "date_long"
    if partial_ok and u < 0.06:
        return ts.strftime("%Y-%m"), "month", "date_month"
    if partial_ok and u < 0.09:
        return f"T{_quarter(ts)} {ts.year}", "quarter", "date_quarter"
    return ts.strftime("%Y-%m-%d"), "day", "date_iso"


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts


def _count_cell(src: str, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of the number of persons."""
    u = rng.random()
    if u < 0.02:
        placeholder = {JSP: "s/d", PMP: "non déterminé", DDM: "¿?", BCA: "n/k", MAP: None}
        return placeholder[src], None, "count_placeholder"
    if src == JSP:
        return n, n, None
    if src == PMP:
        return (
            (f"{n:,}".replace(",", " "), n, "thousands_space") if n >= 1000 else (str(n), n, None)
        )
    if src == DDM:
        if n <= 10 and u < 0.5:
            return _NUM_ES[n], n, "count_word"
        return str(n), n, None
    if src == BCA:
        return f"{n:,}", n, ("thousands_comma" if n >= 1000 else None)
    return n, n, None


def _suspects_cell(src: str, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of the number of suspects."""
    if rng.random() < 0.04:
        placeholder = {JSP: "s/d", PMP: "inconnu", DDM: "no se sabe", BCA: "n/k", MAP: None}
        return placeholder[src], None, "suspects_placeholder"
    if n == 0:
        zero = {JSP: "Sin detenidos", PMP: "néant", DDM: "ninguno", BCA: "nil", MAP: 0}
        if src == MAP:
            return 0, 0, None
        if rng.random() < 0.6:
            return zero[src], 0, "zero_word"
    if src in (JSP, MAP):
        return n, n, None
    return str(n), n, None


def _place(src: str, ev: dict[str, object], rng: _Rng) -> str | None:
    hotspot = str(ev.get("hotspot") or "")
    if src == PMP:
        return "Îles Canaries" if rng.random() < 0.5 else f"Îles Canaries ({hotspot})"
    if src == MAP:
        return hotspot.split(" (")[0]
    return hotspot


def _mode_word(src: str, mode: str, ev: dict[str, object], rng: _Rng) -> str:
    hotspot = str(ev.get("hotspot") or "")
    fence = hotspot in ("Ceuta", "Melilla")
    if src == JSP:
        if mode == "sea" and str(ev.get("corridor")) == "watl":
            return "Cayuco" if rng.random() < 0.5 else "Patera"
        if mode == "land" and fence:
            return choice(rng, ("Salto de valla", "Oculto en vehículo (paso fronterizo)"))
    if src == DDM and mode == "land" and fence:
        return choice(rng, ("valla", "por la frontera"))
    return _word(rng, _MODE[src], mode)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _base(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}

    date, precision, date_tag = _date_cell(name, ts, rng, partial_ok)
    cells["event_date"] = date
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision
    tags.append(date_tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _CRIME[name], crime)
    expl = ev.get("exploitation")
    cells["exploitation"] = _word(rng, _EXPLOITATION[name], str(expl)) if expl else None

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], tag = _count_cell(name, n, rng)
    tags += [tag] if tag else []
    ns = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], tag = _suspects_cell(name, ns, rng)
    tags += [tag] if tag else []

    gender = str(ev["gender"])
    if rng.random() < 0.02 and name in _GENDER_UNKNOWN:
        cells["gender"], exp["gender"] = _GENDER_UNKNOWN[name], "unknown"
        tags.append("blank_gender")
    elif n == 1 and name in _ONE_PERSON and gender in _ONE_PERSON[name]:
        cells["gender"] = _ONE_PERSON[name][gender]
    else:
        cells["gender"] = _word(rng, _GENDER[name], gender)

    age = str(ev["age_group"])
    if rng.random() < 0.02 and name in _AGE_UNKNOWN:
        cells["age_group"], exp["age_group"] = _AGE_UNKNOWN[name], "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _AGE[name], age)

    nat = ev.get("nationality")
    if nat is None:
        cells["nationality"] = None
    elif name in (PMP, DDM) and rng.random() < 0.08:
        # "Sub-Saharan" is no nationality: a careful analyst reads no country from it
        cells["nationality"] = "subsaharienne" if name == PMP else "subsaharianos"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _country(name, str(nat), rng, group=True)
        tags += [tag] if tag else []
    for col in ("origin_country", "destination_country"):
        code = ev.get(col)
        if code is None:
            cells[col] = None
            continue
        cells[col], tag = _country(name, str(code), rng)
        tags += [tag] if tag else []
    transit = ev.get("transit_countries")
    if transit:
        parts = [_country(name, c, rng)[0].strip() for c in str(transit).split("|")]
        cells["transit_countries"] = _TRANSIT_SEP[name].join(parts)
        tags.append("transit_list")
    else:
        cells["transit_countries"] = None

    det = str(ev["detection_country"])
    if name == MAP:
        cells["detection_country"] = iso_codes(det)[0]
        tags.append("iso2")
    elif name == JSP:
        cells["detection_country"] = choice(rng, ("ESPAÑA", "España"))
    else:
        cells["detection_country"], tag = _country(name, det, rng)
        tags += [tag] if tag else []

    mode = str(ev["transport_mode"])
    cells["transport_mode"] = _mode_word(name, mode, ev, rng)

    offences = ev.get("linked_offences")
    if name in _OFFENCES:
        words = [_OFFENCES[name][o] for o in str(offences).split("|")] if offences else []
        cells["linked_offences"] = _OFFENCE_SEP[name].join(words) or None
    else:
        exp["linked_offences"] = None  # the Tangier desk keeps no such column

    if "place" in src.headers:
        cells["place"] = _place(name, ev, rng)
    if name == PMP:
        cells["court"] = choice(rng, _PMP_COURTS)

    _coordinates(src, ev, rng, cells, exp, tags)

    if forced_blank is not None:
        _blank(src, forced_blank, cells, exp, tags)
    return cells, exp, tags


def _coordinates(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the place of detection as the agency does (or not at all)."""
    name = src.source
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    if name in (PMP, DDM):  # prosecutors and the Church desk keep no coordinates
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
        return
    u = rng.random()
    if u < 0.1:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
        if name == BCA and u < 0.03:
            cells["coordinates"] = "n/k"
            tags.append("coords_placeholder")
        return
    if name == JSP:
        if u < 0.25:
            la, blat = _dms(lat, "N", "S")
            lo, blon = _dms(lon, "E", "O")  # "O" = oeste (west)
            cells["coordinates"] = f"{la} {lo}"
            exp["lat"], exp["lon"] = blat, blon
            tags.append("coords_dms")
        else:
            la4, lo4 = round(lat, 4), round(lon, 4)
            cells["coordinates"] = f"{la4:.4f} / {lo4:.4f}".replace(".", ",")
            exp["lat"], exp["lon"] = la4, lo4
            tags.append("coords_decimal_comma")
        return
    if name == BCA:
        if str(ev["transport_mode"]) == "sea":
            la, blat = _ddm(lat, "N", "S", 2)
            lo, blon = _ddm(lon, "E", "W", 3)
            cells["coordinates"] = f"{la} {lo}"
            exp["lat"], exp["lon"] = blat, blon
            tags.append("coords_ddm")
        else:
            la4, lo4 = round(lat, 4), round(lon, 4)
            cells["coordinates"] = f"{la4:.4f}, {lo4:.4f}"
            exp["lat"], exp["lon"] = la4, lo4
            tags.append("coords_pair")
        return
    la3, lo3 = round(lat, 3), round(lon, 3)  # MAP: the geotag of the dispatch
    cells["lat"], cells["lon"] = la3, lo3
    exp["lat"], exp["lon"] = la3, lo3


def _blank(
    src: ExaminerSource,
    field: str,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Leave blank the field a second report does not give."""
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            cells.pop(key, None)
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
        return
    cells[field] = None
    if field == "gender":
        exp["gender"] = "unknown"
    else:
        exp[field] = None
    tags.append(f"blank_{field}")


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that gives no event date: blank, impossible, or a typo'd year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source == MAP:
            return f"{ts.year}-02-30"
        if src.source == BCA:
            return f"31/{'04' if rng.random() < 0.5 else '06'}/{ts.year}"
        return f"31/02/{ts.year}"
    # a slip of the keyboard: 2023 typed 2203
    text = str(ts.year)
    year = int(text[0] + text[2] + text[1] + text[3])  # 2023 -> 2203
    if year <= ts.year + 100:  # a year whose digits give no far-future year
        year = ts.year + 200
    if src.source == MAP:
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    if src.source == BCA:
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {year}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row: its extraction date."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


#: The variant: sources, routing and writers.
BLIND153: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"ESP": JSP, "GBR": BCA},
    compilation=MAP,
    secondary={("wmed", "ESP"): DDM, ("watl", "ESP"): PMP},
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=153_153,
    blank_share=0.3,
)


def make_blind153(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind153`` agencies would send them.

    Events detected in Spain are first reported by the Melilla police (XLSX), those
    detected in the United Kingdom by the Gibraltar liaison desk (CSV, UTF-8 with BOM),
    all others by the MAP news feed (JSON lines). The Moroccan prosecutors (CSV, cp1252,
    ``;``) second-report Atlantic-route events, the Tangier church desk (CSV, UTF-16,
    tab) Western-Mediterranean ones; those are the cross-source duplicates.

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
    >>> subs = make_blind153(make_truth(seed=5, n_events=300), seed=5)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['jsp_melilla_ey.xlsx', 'pmp_maroc_ey.csv', 'ddm_tanger_ey.csv',
     'gibraltar_bca_ey.csv', 'map_depeches_ey.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> all(s.expected["event_id"].notna().any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Juridiction', 'Date des faits']
    """
    return make_examined(BLIND153, truth, seed=seed)
