"""Examiner sample set ``blind143`` (files ``*_eo.*``): a UK regional view with FR/ES desks.

Five agencies, none used in an earlier set, each writing its export its own way:

``wmrocu_riu_eo.csv``
    West Midlands Regional Organised Crime Unit, Regional Intelligence Unit (English;
    UTF-8 with BOM, ``,``). Modern slavery (MSHT) and organised immigration crime (OIC)
    tasking log: UK police words ("OIC", "Modern Slavery", "nominals", "Nil", "N/K"),
    nationalities as demonyms ("Afghan"), the location country as "England" or
    "Scotland", exploitation with its setting ("Labour exploitation - nail bar",
    "Criminal exploitation - cannabis cultivation"), UK day-first dates, some with the
    time of the log entry. Reports the events detected in the United Kingdom.
``prefecture_nord_blii_eo.csv``
    Préfecture du Nord, bureau de la lutte contre l'immigration irrégulière (French;
    cp1252, ``;``, CRLF). Qualifications in legal words (CESEDA, code pénal),
    nationalities as feminine adjectives ("afghane") or upper-case names, "small
    boat" and "poids lourd", decimal commas, "NC" for what is not known. Reports the
    Channel coast (France).
``sem_migraciones_es_eo.xlsx``
    Secretaría de Estado de Migraciones (Spain), llegadas y protocolo de trata
    (Spanish; Excel). Real Excel dates, a few cells that lost their date format
    (serials), month or quarter ("T2 2023") of late entries, "Patera"/"Cayuco",
    article numbers of the penal code, and rows pasted from a badly decoded CSV
    (mojibake). Reports Spain.
``rjm_cana_eo.jsonl``
    Red Jesuita con Migrantes, Centroamérica y Norteamérica, monitoring form (Spanish;
    JSON lines exported from its KoboToolbox project). Choice names as stored
    ("trafico_migrantes", "nna"), origin as UN M49 / ISO numeric code, the GPS point as
    Kobo writes it (``lat lon altitude accuracy``), ISO dates, re-sent submissions.
    Reports Panama and the United States.
``ecre_weekly_eo.csv``
    European Council on Refugees and Exiles, weekly-bulletin incident digest (English;
    UTF-16 with BOM, tab: Excel's "Unicode text"). Long English dates, month or quarter
    of national statistics ("Q2 2023"), EU country codes ("EL", "UK"), ISO alpha-3
    nationalities from UNHCR tables, routes with arrows. Compiles every other event.

The ground truth expects what a careful analyst reads in each cell; cells that say
"not known" expect nothing (or ``unknown`` for a vocabulary word), and unreadable or
impossible cells make the row a bad row.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["AGENCIES", "SOURCES", "Agency", "make_blind143"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A ``blind143`` source: the shared fields plus the agency's own words.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the agency's ways of writing it.
    not_applicable : str or None
        What the agency writes in the exploitation cell of a pure smuggling case.
    unknown_word : str
        What it writes for an age group or transport mode it does not know.
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero_word : str or None
        The word it may write for no suspect.
    transit_sep, offence_sep : str
        Separators of its transit-country and linked-offence lists.
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    not_applicable: str | None
    unknown_word: str
    count_unknown: tuple[str, ...]
    zero_word: str | None
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
WMROCU = Agency(
    source="wmrocu_riu",
    filename="wmrocu_riu_eo.csv",
    ref="WMR/{yy:02d}/MS/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "RIU URN",
        "event_date": "Date of Incident",
        "crime_type": "MSHT/OIC Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of PVs / Migrants",
        "n_suspects": "No. of Nominals",
        "gender": "Gender (PV)",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Location (Country)",
        "transit_countries": "Route / Transit Countries",
        "transport_mode": "Method of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked Criminality",
    },
    note="OFFICIAL-SENSITIVE: extract from RIU tasking log, figures provisional",
    total="TOTAL",
    bad_count=("multiple", "see narrative"),
    repeats=True,
    crime={
        "trafficking": ("Modern Slavery", "MSHT", "Modern Slavery / Human Trafficking"),
        "smuggling": ("OIC", "Organised Immigration Crime", "OIC - facilitation"),
        "both": ("MSHT & OIC", "OIC / Modern Slavery"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual exploitation - brothel"),
        "forced_labour": (
            "Labour exploitation",
            "Labour exploitation - nail bar",
            "Labour exploitation - car wash",
        ),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation - cannabis cultivation",
            "Criminal exploitation - county lines",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "M & F")},
    age={
        "adult": ("Adult", "18+"),
        "child": ("Child", "U18", "Child (U18)"),
        "mixed": ("Mixed", "Adults & children"),
    },
    mode={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "HGV", "Vehicle"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Document fraud", "False ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    not_applicable="N/A",
    unknown_word="Not known",
    count_unknown=("N/K", "Not known"),
    zero_word="Nil",
    transit_sep=" > ",
    offence_sep="; ",
)

PREFECTURE = Agency(
    source="prefecture_nord_blii",
    filename="prefecture_nord_blii_eo.csv",
    ref="BLII-59-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb de migrants / victimes",
        "n_suspects": "Nb de passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - remontées DDPAF 59/62 et gendarmerie, non consolidées",
    total="Total général",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH (art. 225-4-1 CP)"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Aide à l'entrée et au séjour irréguliers (CESEDA L.823-1)",
        ),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "conditions de travail indignes"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("H/F", "mixte")},
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    mode={
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("poids lourd", "camion", "véhicule"),
        "air": ("avion",),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    not_applicable="sans objet",
    unknown_word="non renseigné",
    count_unknown=("NC", "non communiqué"),
    zero_word="aucun",
    transit_sep=" - ",
    offence_sep=", ",
)

SEM = Agency(
    source="sem_migraciones_es",
    filename="sem_migraciones_es_eo.xlsx",
    ref="SEM/AH/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha llegada/detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino declarado",
        "detection_country": "País detección",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales, pendientes de consolidación",
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata"),
        "smuggling": (
            "Inmigración irregular (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata + 318 bis",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    gender={
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "adult": ("Adultos",),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Patera", "Neumática", "Cayuco"),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    not_applicable="No procede",
    unknown_word="sin datos",
    count_unknown=("s/d",),
    zero_word=None,
    transit_sep=" - ",
    offence_sep=" / ",
)

RJM = Agency(
    source="rjm_cana",
    filename="rjm_cana_eo.jsonl",
    ref="RJM-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "tipo_caso",
        "exploitation": "forma_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_facilitadores",
        "gender": "sexo_grupo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_registro",
        "transit_countries": "ruta_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "ubicacion_gps",
        "linked_offences": "delitos_asociados",
    },
    note=None,
    total="total_general",
    bad_count=("varios", "muchos"),
    repeats=True,
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
    gender={"male": ("hombres",), "female": ("mujeres",), "mixed": ("mixto",)},
    age={"adult": ("adultos",), "child": ("nna",), "mixed": ("mixto",)},
    mode={"land": ("terrestre",), "sea": ("maritimo",), "air": ("aereo",)},
    offences={
        "document_fraud": ("falsificacion_documentos",),
        "corruption": ("corrupcion",),
        "money_laundering": ("lavado_activos",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    not_applicable=None,
    unknown_word="no_sabe",
    count_unknown=("no_sabe",),
    zero_word=None,
    transit_sep=", ",
    offence_sep=" ",
)

ECRE = Agency(
    source="ecre_weekly",
    filename="ecre_weekly_eo.csv",
    ref="WB{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Item ID",
        "event_date": "Date",
        "crime_type": "Category",
        "exploitation": "Form of exploitation",
        "n_persons": "People (n)",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transit_countries": "Route",
        "transport_mode": "Mode",
        "coordinates": "Location (lat, lon)",
        "linked_offences": "Other offences",
    },
    note="Compiled from media and partner reports; figures not verified",
    total="Total",
    bad_count=("dozens", "several hundred"),
    repeats=False,
    crime={
        "trafficking": ("Trafficking", "Human trafficking"),
        "smuggling": ("Smuggling", "Migrant smuggling"),
        "both": ("Smuggling/Trafficking", "Smuggling & trafficking"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("men", "male"), "female": ("women",), "mixed": ("mixed", "men and women")},
    age={
        "adult": ("adults",),
        "child": ("children", "minors"),
        "mixed": ("adults and children",),
    },
    mode={"sea": ("sea", "boat"), "land": ("land", "on foot"), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_applicable=None,
    unknown_word="not known",
    count_unknown=("not reported",),
    zero_word="none",
    transit_sep=" → ",
    offence_sep="; ",
)

#: The five agencies, in the order :func:`make_blind143` returns their submissions.
AGENCIES: tuple[Agency, ...] = (WMROCU, PREFECTURE, SEM, RJM, ECRE)
#: Their source names.
SOURCES: tuple[str, ...] = tuple(a.source for a in AGENCIES)

# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
_DEMONYM_EN = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_ADJ_FR = {  # "nationalité" is feminine: the PAF writes "nationalité déclarée : afghane"
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: English misspellings a reader still recognises, by ISO alpha-3 code.
_TYPO_EN = {
    c: COUNTRIES[c][5]
    for c in (
        "AFG",
        "ERI",
        "LBY",
        "MAR",
        "COL",
        "VEN",
        "GTM",
        "ECU",
        "BGD",
        "TUN",
        "EGY",
        "DZA",
        "SEN",
        "GIN",
    )
}
_EU_CODE = {"GRC": "EL", "GBR": "UK"}  # EU protocol order codes differing from ISO alpha-2
_LANG = {"en": 1, "fr": 2, "es": 3}
_SCOTLAND = ("Glasgow",)


def _name(code: str, lang: str) -> str:
    entry = COUNTRIES[code]
    return str(entry[_LANG[lang]])


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _kobo_name(code: str) -> str:
    """Kobo choice name: the Spanish name, lower case, no accents, ``_`` for spaces."""
    return _strip_accents(_name(code, "es")).lower().replace(" ", "_")


def _country(
    src: Agency, code: str, role: str, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> str:
    """Write one ISO alpha-3 code the agency's way (role: nationality, origin, ...)."""
    r = rng.random()
    s = src.source
    if s == WMROCU.source:
        if role == "detection" and code == "GBR":
            if r < 0.35:
                tags.append("home_nation")
                return "Scotland" if ev.get("hotspot") in _SCOTLAND else "England"
            return "UK"
        if role == "destination" and code == "GBR":
            return "UK" if r < 0.6 else "United Kingdom"
        if role == "nationality" and code in _DEMONYM_EN and r < 0.75:
            tags.append("demonym")
            return _DEMONYM_EN[code]
        if code == "VNM" and r < 0.5:
            return "Vietnam"
        if code in _TYPO_EN and r > 0.96:
            tags.append("typo")
            return _TYPO_EN[code]
        return _name(code, "en")
    if s == PREFECTURE.source:
        if role == "destination" and code == "GBR" and r < 0.4:
            tags.append("alias")
            return "Angleterre"
        if role == "nationality" and code in _ADJ_FR and r < 0.6:
            tags.append("demonym")
            return _ADJ_FR[code]
        name = _name(code, "fr")
        if r > 0.8:
            tags.append("upper")
            return _strip_accents(name).upper()
        if r > 0.72:
            tags.append("no_accent")
            return _strip_accents(name)
        return name
    if s == SEM.source:
        if role == "detection" and r < 0.15:
            tags.append("iso2")
            return iso_codes(code)[0]
        if code == "GIN" and r < 0.5:
            tags.append("alias")
            return "Guinea Conakry"
        name = _name(code, "es")
        if r > 0.85:
            tags.append("upper")
            return name.upper()
        return name
    if s == RJM.source:
        if role == "origin":
            tags.append("numeric_code")
            return iso_codes(code)[1]
        return _kobo_name(code)
    # ECRE
    if role == "detection" and r < 0.3:
        tags.append("eu_code")
        return _EU_CODE.get(code, iso_codes(code)[0])
    if role == "nationality" and r < 0.15:
        tags.append("iso3")
        return code
    if code == "TUR":
        return "Turkey" if r < 0.6 else "Türkiye"
    if code == "CIV" and r < 0.5:
        tags.append("alias")
        return "Ivory Coast"
    if code in _TYPO_EN and r > 0.96:
        tags.append("typo")
        return _TYPO_EN[code]
    if r > 0.9:
        tags.append("spacing")
        return f" {_name(code, 'en')} "
    return _name(code, "en")


def _transit(
    src: Agency, value: object, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> str | None:
    if value is None:
        if src.source == WMROCU.source and rng.random() < 0.3:
            tags.append("direct_word")
            return "Direct"
        if src.source == SEM.source and rng.random() < 0.3:
            tags.append("direct_word")
            return "Directo"
        return None
    codes = str(value).split("|")
    if src.source == RJM.source:  # typed by the interviewer: Spanish names, in order
        return src.transit_sep.join(_name(c, "es") for c in codes)
    names = [_country(src, c, "transit", ev, rng, []) for c in codes]
    return src.transit_sep.join(n.strip() for n in names)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event date."""
    r = rng.random()
    s = src.source
    q = (ts.month - 1) // 3 + 1
    if s == WMROCU.source:
        if partial_ok and r < 0.05:
            tags.append("month_only")
            return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month"
        if r > 0.85:
            tags.append("datetime")
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts:%d/%m/%Y} {hour:02d}:{minute:02d}", ts, "day"
        return f"{ts:%d/%m/%Y}", ts, "day"
    if s == PREFECTURE.source:
        if partial_ok and r < 0.03:
            tags.append("month_only")
            return f"{ts:%m/%Y}", _month_start(ts), "month"
        if partial_ok and r < 0.06:
            tags.append("month_only")
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", _month_start(ts), "month"
        return f"{ts:%d/%m/%Y}", ts, "day"
    if s == SEM.source:
        if partial_ok and r < 0.04:
            tags.append("quarter_only")
            return f"T{q} {ts.year}", _quarter_start(ts), "quarter"
        if partial_ok and r < 0.08:
            tags.append("month_only")
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", _month_start(ts), "month"
        if r > 0.93:
            tags.append("excel_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if s == RJM.source:
        if partial_ok and r < 0.05:
            tags.append("month_only")
            return f"{ts:%Y-%m}", _month_start(ts), "month"
        return f"{ts:%Y-%m-%d}", ts, "day"
    # ECRE
    if partial_ok and r < 0.05:
        tags.append("quarter_only")
        return f"Q{q} {ts.year}", _quarter_start(ts), "quarter"
    if partial_ok and r < 0.1:
        tags.append("month_only")
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month"
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with a keying slip in its year (2023 -> 2223): far in the future."""
    day = min(ts.day, 28)
    return pd.Timestamp(year=ts.year + 200, month=ts.month, day=day)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a bad date cell of kind ``no_date``, ``bad_date`` or ``future_date``."""
    if kind == "no_date":
        return None
    s = src.source
    if kind == "bad_date":
        if s == WMROCU.source:
            return choice(rng, (f"31/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}"))
        if s == PREFECTURE.source:
            return f"30/02/{ts.year}"
        if s == SEM.source:
            return f"31/06/{ts.year}"
        if s == RJM.source:
            return f"{ts.year}-02-30"
        return f"31 February {ts.year}"
    fut = _future(ts)
    if s in (WMROCU.source, PREFECTURE.source):
        return f"{fut:%d/%m/%Y}"
    if s == SEM.source:
        return fut.to_pydatetime()
    if s == RJM.source:
        return f"{fut:%Y-%m-%d}"
    return f"{fut.day} {MONTHS[fut.month - 1]} {fut.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date an agency writes on its note row (the day of its last row)."""
    if src.source == SEM.source:
        return last.to_pydatetime()
    if src.source == ECRE.source:
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    return f"{last:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Counts, places, words
# --------------------------------------------------------------------------------------
def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    if src.format != "csv":
        return n
    if n >= 1000:
        tags.append("thousands")
        sep = "\u00a0" if src.language == "fr" else ","
        return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _persons(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        return choice(rng, src.count_unknown), None
    return _count(src, n, rng, tags), n


def _suspects(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_unknown), None
    if n == 0 and src.zero_word is not None and r < 0.5:
        tags.append("zero_word")
        return src.zero_word, 0
    return _count(src, n, rng, tags), n


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Cells of the location and the (lat, lon) a reader takes from them."""
    r = rng.random()
    s = src.source
    if s == WMROCU.source:
        if r < 0.08:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la, lo = f"{lat:.6f}", f"{lon:.6f}"
        return {"lat": la, "lon": lo}, float(la), float(lo)
    if s == PREFECTURE.source:
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"lat": "NC", "lon": "NC"}, None, None
        la, lo = f"{lat:.5f}", f"{lon:.5f}"
        tags.append("decimal_comma")
        return {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")}, float(la), float(lo)
    if s == SEM.source:
        if r < 0.1:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
    if s == RJM.source:
        if r < 0.1:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        tags.append("geopoint")
        alt = float(rng.integers(2, 1400)) + 0.5
        acc = float(rng.integers(3, 30))
        la, lo = f"{lat:.6f}", f"{lon:.6f}"
        return {"coordinates": f"{la} {lo} {alt:.1f} {acc:.1f}"}, float(la), float(lo)
    if r < 0.3:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    la, lo = f"{lat:.4f}", f"{lon:.4f}"
    return {"coordinates": f"{la}, {lo}"}, float(la), float(lo)


def _word(src: Agency, table: _Words, value: str, rng: _Rng) -> str:
    return choice(rng, table[value])


def _mode_word(src: Agency, ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    if src.source == SEM.source and mode == "sea":  # Canarias: cayucos; Estrecho: pateras
        return choice(
            rng, ("Cayuco", "Neumática") if ev["corridor"] == "watl" else ("Patera", "Neumática")
        )
    if src.source == SEM.source and mode == "land" and ev.get("hotspot") in ("Ceuta", "Melilla"):
        return choice(rng, ("Terrestre", "Salto de valla"))
    return _word(src, src.mode, mode, rng)


def _offences(src: Agency, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        if src.source == WMROCU.source and rng.random() < 0.3:
            tags.append("nil_word")
            return "Nil"
        return None
    return src.offence_sep.join(_word(src, src.offences, o, rng) for o in str(value).split("|"))


def _garble_row(cells: dict[str, object], tags: list[str]) -> None:
    """Text of a row pasted from a UTF-8 CSV opened as cp1252 (the SEM's Canarias rows)."""
    changed = False
    for key, value in cells.items():
        if isinstance(value, str):
            bad = mojibake(value)
            if bad is not None:
                cells[key] = bad
                changed = True
    if changed:
        tags.append("mojibake")


# --------------------------------------------------------------------------------------
# One event as an agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Return (cells by canonical column, expected clean values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision = _date(src, ts, rng, partial_ok, tags)
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime, crime, rng)
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable
    elif src.source == WMROCU.source and ev["corridor"] != "thb_vnm_gbr":
        cells["exploitation"] = src.exploitation[str(expl)][0]  # the setting is inland
    else:
        cells["exploitation"] = _word(src, src.exploitation, str(expl), rng)
    cells["n_persons"], persons = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], suspects = _suspects(src, int(ev["n_suspects"]), rng, tags)  # type: ignore[call-overload]
    gender: object = ev["gender"]
    cells["gender"] = _word(src, src.gender, str(gender), rng)
    age: object = ev["age_group"]
    if rng.random() < 0.03:
        tags.append("na_word")
        cells["age_group"], age = src.unknown_word, "unknown"
    else:
        cells["age_group"] = _word(src, src.age, str(age), rng)
    mode: object = ev["transport_mode"]
    if rng.random() < 0.03:
        tags.append("na_word")
        cells["transport_mode"], mode = src.unknown_word, "unknown"
    else:
        cells["transport_mode"] = _mode_word(src, ev, rng)
    nationality: object = ev["nationality"]
    cells["nationality"] = _country(src, str(nationality), "nationality", ev, rng, tags)
    cells["origin_country"] = _country(src, str(ev["origin_country"]), "origin", ev, rng, tags)
    cells["destination_country"] = _country(
        src, str(ev["destination_country"]), "destination", ev, rng, tags
    )
    detection: object = ev["detection_country"]
    cells["detection_country"] = _country(src, str(detection), "detection", ev, rng, tags)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], ev, rng, tags)
    place, lat, lon = _coords(src, float(ev["lat"]), float(ev["lon"]), rng, tags)  # type: ignore[arg-type]
    cells.update(place)
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng, tags)
    if src.source == SEM.source and rng.random() < 0.12:
        _garble_row(cells, tags)
    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                if key in cells:
                    cells[key] = None
            lat = lon = None
        else:
            cells[forced_blank] = None
        if forced_blank == "nationality":
            nationality = None
        elif forced_blank == "n_suspects":
            suspects = None
            tags[:] = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
        elif forced_blank == "gender":
            gender = "unknown"
        elif forced_blank == "detection_country":
            detection = None
    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": persons,
        "n_suspects": suspects,
        "gender": gender,
        "age_group": age,
        "nationality": nationality,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": detection,
        "transit_countries": ev["transit_countries"],
        "transport_mode": mode,
        "lat": lat,
        "lon": lon,
        "linked_offences": ev["linked_offences"],
    }
    return cells, expected, tags


EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": WMROCU.source,
        "FRA": PREFECTURE.source,
        "ESP": SEM.source,
        "PAN": RJM.source,
        "USA": RJM.source,
    },
    compilation=ECRE.source,
    secondary={
        ("channel", "FRA"): WMROCU.source,  # Birmingham-based crossing networks
        ("channel", "GBR"): PREFECTURE.source,  # departures later landed at Dover
        ("wmed", "ESP"): ECRE.source,
        ("watl", "ESP"): ECRE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=143,
    blank_share=0.5,
)


def make_blind143(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind143`` set's five submissions (``*_eo.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``wmrocu_riu_eo.csv``, ``prefecture_nord_blii_eo.csv``,
        ``sem_migraciones_es_eo.xlsx``, ``rjm_cana_eo.jsonl`` and ``ecre_weekly_eo.csv``,
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind143(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['wmrocu_riu_eo.csv', 'prefecture_nord_blii_eo.csv', 'sem_migraciones_es_eo.xlsx',
     'rjm_cana_eo.jsonl', 'ecre_weekly_eo.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[0].frame.columns[:3].tolist()
    ['RIU URN', 'Date of Incident', 'MSHT/OIC Category']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
