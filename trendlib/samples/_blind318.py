"""Examiner variant ``blind318``: five foreign-ministry protocol desks (files ``*_lh.*``).

Foreign ministries' protocol departments register the private domestic staff of
diplomats, and their welfare desks log the cases of exploitation and smuggling that
reach them through police, labour inspectors, NGOs and partner ministries. Five such
desks send their case logs here, each written the way its own tool exports it:

``fcdo_protocol_psdh_lh.jsonl``
    UK Foreign, Commonwealth & Development Office, Protocol Directorate, Private
    Servants in Diplomatic Households (PSDH) team. English; JSON lines (UTF-8) from its
    case-management system; ISO alpha-3 codes mostly, English names otherwise; transit
    countries and associated offences as JSON arrays; ISO dates, a month (``2023-05``)
    when only the month is known; UK vocabulary (modern slavery, organised immigration
    crime, domestic servitude). It is also the compilation source: partner protocol
    departments (Rome, Athens, Zagreb, Warsaw) refer their cases to the PSDH team.
``meae_protocole_pdp_lh.csv``
    French Ministry for Europe and Foreign Affairs, Direction du Protocole, bureau des
    personnels domestiques privés. French; ``;``-delimited cp1252 CSV saved by Excel
    (CRLF); day-first dates, a quarter (``T2 2023``) when only that is known; French
    country names, some in capitals without accents, a few mistyped; decimal commas;
    French legal wording (aide à l'entrée irrégulière, servitude domestique, néant);
    the desk re-sends a few rows of its register (exact repeats).
``maec_protocolo_psd_lh.xlsx``
    Spanish Ministry of Foreign Affairs, EU and Cooperation, Subdirección General de
    Protocolo, register of diplomats' domestic staff (personal de servicio doméstico).
    Spanish; an Excel workbook with real Excel dates (a few typed as text, a month
    written as ``mayo 2023``); Spanish names; coordinates in degrees, minutes and
    seconds with ``O`` (oeste) for west; smuggling written as the penal code's
    article 318 bis.
``sre_dgprotocolo_mx_lh.csv``
    Mexico's Secretaría de Relaciones Exteriores, Dirección General de Protocolo.
    Spanish (Mexico); Excel "Unicode text": UTF-16 with a BOM, tab-delimited; capitals;
    nationality as a demonym (``GUATEMALTECA``); ``EUA`` for the United States;
    ``NNA`` (niñas, niños y adolescentes) for minors; ``tráfico de personas`` (the
    Ley de Migración's smuggling); ``dd-mmm-yyyy`` dates beside ``dd/mm/yyyy``;
    coordinates as one ``lat, long`` cell.
``protocolo_mire_pa_lh.csv``
    Panama's Ministerio de Relaciones Exteriores, Dirección General de Ceremonial del
    Estado y Protocolo. Spanish; UTF-8 with BOM, ``,``-delimited; some cells carry
    mojibake from an earlier cp1252 round trip (``PanamÃ¡``); a few dates as Excel
    serial numbers; re-sends a few rows (exact repeats).

What a careful analyst reads is what the truth expects: a demonym is its country, ``318
bis`` is smuggling, ``domestic servitude`` / ``servitude domestique`` / ``servidumbre``
are forced labour, ``NNA`` are children, a DMS or decimal-comma coordinate is its
decimal degrees as written. Cells that say "not known" (``not known``, ``non
communiqué``, ``S/D``, ...) expect no value (``unknown`` for a vocabulary column); an
unreadable count (``plusieurs``, ``VARIOS``) or date quarantines the row.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND318", "SOURCES", "ProtocolSource", "make_blind318"]

_Rng = np.random.Generator

# iso3: (English, French, Spanish, Spanish demonym (feminine, as Mexican forms write it))
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "búlgara"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "bosnia"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "china"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "marfileña"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "española"),
    "FRA": ("France", "France", "Francia", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "guineana"),
    "GMB": ("The Gambia", "Gambie", "Gambia", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "mexicana"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "macedonia"),
    "MLI": ("Mali", "Mali", "Malí", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "nigerina"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumania", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "tunecina"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "turca"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "estadounidense"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "venezolana"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "yemení"),
}
# English names the PSDH caseworkers type instead of the FCDO's own list.
_EN_ALIASES = {
    "GBR": "UK",
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "CIV": "Ivory Coast",
    "USA": "USA",
    "RUS": "Russian Federation",
    "MKD": "Macedonia",
    "GMB": "Gambia",
}

_LANG = {"en": 0, "fr": 1, "es": 2}


@dataclass(frozen=True)
class ProtocolSource(ExaminerSource):
    """A protocol desk: the shared source fields plus its own ways of writing a cell.

    Attributes
    ----------
    crime : dict
        Canonical crime type -> the desk's words for it.
    exploitation : dict
        Canonical form of exploitation -> the desk's words for it.
    gender, age, transport : dict
        Canonical word -> the desk's words.
    offences : dict
        Linked offence -> the desk's word.
    offence_sep : str
        Separator of linked offences (``""``: a JSON array).
    transit_sep : str
        Separator of transit countries (``""``: a JSON array).
    not_known : tuple of str
        What the desk writes for a value it does not know.
    zero : tuple of str
        What the desk writes for no suspects.
    not_applicable : tuple of str
        What it writes in the exploitation cell of a smuggling case (may be blank).
    no_transit : tuple of str
        What it writes when the journey had no transit country.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, str]
    offence_sep: str
    transit_sep: str
    not_known: tuple[str, ...]
    zero: tuple[str, ...]
    not_applicable: tuple[str, ...]
    no_transit: tuple[str, ...]


_EXPL_EN = {
    "sexual": ("Sexual exploitation",),
    "forced_labour": ("Labour exploitation", "Domestic servitude"),
    "forced_criminality": ("Criminal exploitation",),
    "organ_removal": ("Organ harvesting",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}

FCDO = ProtocolSource(
    source="fcdo_protocol_psdh",
    filename="fcdo_protocol_psdh_lh.jsonl",
    ref="PSDH/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_persons",
        "n_suspects": "no_of_suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_countries",
        "transport_mode": "mode_of_travel",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Modern slavery / human trafficking"),
        "smuggling": ("Organised immigration crime", "OIC - facilitation"),
        "both": ("Modern slavery + OIC",),
    },
    exploitation=_EXPL_EN,
    gender={"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
    age={"adult": ("Adult",), "child": ("Minor",), "mixed": ("Adults and minors",)},
    transport={"sea": ("Sea",), "land": ("Land",), "air": ("Air",)},
    offences={
        "document_fraud": "document fraud",
        "corruption": "bribery and corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "drugs / illicit goods",
        "cybercrime": "cyber-enabled crime",
        "terrorism": "terrorism",
    },
    offence_sep="",
    transit_sep="",
    not_known=("not known", "Not recorded"),
    zero=("none", "None identified"),
    not_applicable=("N/A",),
    no_transit=(),
)

MEAE = ProtocolSource(
    source="meae_protocole_pdp",
    filename="meae_protocole_pdp_lh.csv",
    ref="PRO-PDP-{year}-{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode d'acheminement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction du registre PDP",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    crime={
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants"),
        "both": ("TEH et aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "servitude domestique"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    gender={"female": ("F",), "male": ("H",), "mixed": ("mixte",)},
    age={"adult": ("majeur",), "child": ("mineur",), "mixed": ("majeurs et mineurs",)},
    transport={
        "sea": ("voie maritime",),
        "land": ("voie terrestre",),
        "air": ("voie aérienne",),
    },
    offences={
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    offence_sep=" + ",
    transit_sep=", ",
    not_known=("non communiqué", "N.C."),
    zero=("néant",),
    not_applicable=("sans objet",),
    no_transit=("aucun",),
)

MAEC = ProtocolSource(
    source="maec_protocolo_psd",
    filename="maec_protocolo_psd_lh.xlsx",
    ref="SGP-{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales. Fuente: Registro de Protocolo (PSD)",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=False,
    crime={
        "trafficking": ("trata de seres humanos", "TSH"),
        "smuggling": ("art. 318 bis CP", "inmigración clandestina (318 bis)"),
        "both": ("TSH y 318 bis",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "servidumbre doméstica"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={"female": ("Mujer",), "male": ("Hombre",), "mixed": ("Ambos sexos",)},
    age={
        "adult": ("mayor de edad",),
        "child": ("menor de edad",),
        "mixed": ("mayores y menores",),
    },
    transport={"sea": ("marítima",), "land": ("terrestre",), "air": ("aérea",)},
    offences={
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "contra la salud pública",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    offence_sep="; ",
    transit_sep=" / ",
    not_known=("no consta", "sin determinar"),
    zero=("ninguno",),
    not_applicable=("no procede",),
    no_transit=("directo",),
)

SRE = ProtocolSource(
    source="sre_dgprotocolo_mx",
    filename="sre_dgprotocolo_mx_lh.csv",
    ref="DGP/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Número de personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos relacionados",
    },
    note="INFORMACIÓN PRELIMINAR SUJETA A VALIDACIÓN",
    total="TOTAL",
    bad_count=("VARIOS", "GRUPO"),
    repeats=False,
    crime={
        "trafficking": ("TRATA DE PERSONAS",),
        "smuggling": ("TRÁFICO DE PERSONAS", "TRÁFICO DE MIGRANTES"),
        "both": ("TRATA Y TRÁFICO DE PERSONAS",),
    },
    exploitation={
        "sexual": ("EXPLOTACIÓN SEXUAL",),
        "forced_labour": ("TRABAJO FORZADO", "SERVIDUMBRE"),
        "forced_criminality": ("UTILIZACIÓN EN ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("TRÁFICO DE ÓRGANOS",),
        "forced_marriage": ("MATRIMONIO FORZOSO",),
        "other": ("OTRA",),
    },
    gender={"female": ("MUJER",), "male": ("HOMBRE",), "mixed": ("AMBOS",)},
    age={"adult": ("ADULTO",), "child": ("NNA",), "mixed": ("ADULTOS Y NNA",)},
    transport={"sea": ("MARÍTIMO",), "land": ("TERRESTRE",), "air": ("AÉREO",)},
    offences={
        "document_fraud": "USO DE DOCUMENTO FALSO",
        "corruption": "COHECHO",
        "money_laundering": "OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA",
        "illicit_goods": "CONTRA LA SALUD",
        "cybercrime": "DELITOS INFORMÁTICOS",
        "terrorism": "TERRORISMO",
    },
    offence_sep=", ",
    transit_sep="; ",
    not_known=("S/D", "SIN DATO"),
    zero=("NINGUNO",),
    not_applicable=("NO APLICA",),
    no_transit=("NINGUNO",),
)

PANAMA = ProtocolSource(
    source="protocolo_mire_pa",
    filename="protocolo_mire_pa_lh.csv",
    ref="CEP-{seq:04d}-{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
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
    note="Nota: cifras preliminares",
    total="Total",
    bad_count=("grupo", "varias familias"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Servidumbre doméstica"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("Mixto",)},
    age={"adult": ("Adulto",), "child": ("Menor",), "mixed": ("Adultos y menores",)},
    transport={"sea": ("Marítimo",), "land": ("Terrestre", "A pie"), "air": ("Aéreo",)},
    offences={
        "document_fraud": "falsificación de documentos",
        "corruption": "corrupción de servidores públicos",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "drogas",
        "cybercrime": "delitos informáticos",
        "terrorism": "terrorismo",
    },
    offence_sep=" / ",
    transit_sep=" / ",
    not_known=("no indica", "N/D"),
    zero=("ninguno",),
    not_applicable=(),
    no_transit=(),
)

#: The five desks, in the order :func:`make_blind318` returns their submissions.
SOURCES: tuple[ProtocolSource, ...] = (FCDO, MEAE, MAEC, SRE, PANAMA)

_SHORT_MONTHS_ES: tuple[str, ...] = tuple("ene feb mar abr may jun jul ago sep oct nov dic".split())
_MONTHS_ES: tuple[str, ...] = (
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


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Return ``text`` without its accents (``Érythrée`` -> ``Erythree``)."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(src: ProtocolSource, code: str, rng: _Rng, tags: list[str], *, nat: bool) -> str:
    """Write one country the desk's way (``nat``: the nationality column)."""
    en, fr, es, demonym = _NAMES[code]
    r = rng.random()
    if src is FCDO:
        if r < 0.7:
            return code
        if r < 0.94 or code not in _EN_ALIASES:
            return en
        tags.append("alias")
        return _EN_ALIASES[code]
    if src is MEAE:
        if r < 0.72:
            return fr
        if r < 0.87:
            tags.append("upper_no_accent")
            return _strip_accents(fr).upper()
        if r < 0.94:
            tags.append("iso2")
            return iso_codes(code)[0]
        typo = _typo(fr)
        if typo != fr:
            tags.append("typo")
        return typo
    if src is SRE:
        if nat and code != "USA" and r < 0.85:
            tags.append("demonym")
            return demonym.upper()
        if code == "USA" and r < 0.6:
            tags.append("alias")
            return "EUA" if r < 0.4 else "E.U.A."
        return es.upper()
    if src is PANAMA:
        text = es if r < 0.8 else es.upper()
        if rng.random() < 0.1:
            garbled = mojibake(text)
            if garbled is not None:
                tags.append("mojibake")
                return garbled
        return text
    # MAEC
    if r < 0.85:
        return es
    if r < 0.93:
        tags.append("lower")
        return es.lower()
    tags.append("iso2")
    return iso_codes(code)[0]


def _word(src: ProtocolSource, words: tuple[str, ...], rng: _Rng, tags: list[str]) -> str:
    """Pick a word of the desk; Panama's may come out garbled (mojibake)."""
    text = choice(rng, words)
    if src is PANAMA and rng.random() < 0.08:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    return text


def _count(src: ProtocolSource, n: int) -> object:
    """Write a count as the desk does (thousands separated in text files)."""
    if src.format != "csv":
        return int(n)
    if n < 1000:
        return str(n)
    if src is MEAE:
        return f"{n:,}".replace(",", "\u00a0")
    return f"{n:,}"


def _date(
    src: ProtocolSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of a dated row."""
    r = rng.random()
    month_start = ts.to_period("M").start_time
    if src is FCDO:
        if partial_ok and r < 0.06:
            return ts.strftime("%Y-%m"), month_start, "month", ["date_month"]
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if src is MEAE:
        if partial_ok and r < 0.1:
            cell = f"T{ts.quarter} {ts.year}"
            return cell, ts.to_period("Q").start_time, "quarter", ["date_quarter"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src is MAEC:
        if partial_ok and r < 0.05:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month_start, "month", ["date_month"]
        if r < 0.15:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
        return ts.to_pydatetime(), ts, "day", []
    if src is SRE:
        if r < 0.3:
            cell = f"{ts.day:02d}-{_SHORT_MONTHS_ES[ts.month - 1]}-{ts.year}"
            return cell, ts, "day", ["date_month_abbr"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # PANAMA
    if r < 0.1:
        serial = (ts.normalize() - pd.Timestamp("1899-12-30")).days
        return str(serial), ts, "day", ["excel_serial"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds text of a coordinate and the value it reads as."""
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    return f"{d}°{m:02d}'{s:02d}\"{pos if value >= 0 else neg}", sign * total / 3600


def _coordinates(
    src: ProtocolSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of a located row."""
    r = rng.random()
    if src is FCDO:
        if r < 0.05:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if src is MEAE:
        la, lo = round(lat, 4), round(lon, 4)
        tags.append("decimal_comma")
        return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo
    if src is MAEC:
        if r < 0.04:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        lat_text, la = _dms(lat, "N", "S")
        lon_text, lo = _dms(lon, "E", "O")
        tags.append("coords_dms")
        return {"coordinates": f"{lat_text} {lon_text}"}, la, lo
    if src is SRE:
        if r < 0.04:
            tags.append("coords_placeholder")
            return {"coordinates": "S/C"}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    # PANAMA
    if r < 0.04:
        tags.append("coords_placeholder")
        return {"lat": "N/D", "lon": "N/D"}, None, None
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo


def render(
    src: ProtocolSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as a desk does.

    Parameters
    ----------
    src : ProtocolSource
        The desk.
    ev : dict
        The true event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the row may give only the month or quarter of its date.
    forced_blank : str or None
        A field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (or ``"coordinates"``).
    expected : dict
        What a careful analyst reads from the cells.
    tags : list of str
        Messiness planted in the row.
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision, date_tags = _date(src, ts, rng, partial_ok=partial_ok)
    tags += date_tags
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime[crime], rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    exp["exploitation"] = expl
    if expl is None:
        na = choice(rng, src.not_applicable) if src.not_applicable else ""
        cells["exploitation"] = na if na and rng.random() < 0.5 else None
    else:
        word = _word(src, src.exploitation[str(expl)], rng, tags)
        if "servitude" in word.lower() or "servidumbre" in word.lower():
            tags.append("domestic_servitude")
        cells["exploitation"] = word

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.not_known)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000 and src.format == "csv":
            tags.append("thousands")
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.015:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.not_known), None
        tags.append("suspects_placeholder")
    elif s == 0 and rng.random() < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, s), s

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, src.gender[gender], rng, tags), gender
    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, src.not_known), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, table[value], rng, tags), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        exp[col] = code
        text = (
            None if code is None else _country(src, str(code), rng, tags, nat=col == "nationality")
        )
        if text is not None and not fits(text, src):
            text = str(code)
        cells[col] = text

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = choice(rng, src.no_transit) if src.no_transit else None
    else:
        codes = str(transit).split("|")
        names = [_country(src, c, rng, tags, nat=False) for c in codes]
        cells["transit_countries"] = names if not src.transit_sep else src.transit_sep.join(names)
        if len(codes) > 1:
            tags.append("transit_list")

    if forced_blank == "coordinates":
        coords: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        coords, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
    cells.update(coords)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [src.offences[o] for o in str(offences).split("|")]
        cells["linked_offences"] = words if not src.offence_sep else src.offence_sep.join(words)
    return cells, exp, tags


def bad_date(src: ProtocolSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future.

    Parameters
    ----------
    src : ProtocolSource
        The desk.
    ts : Timestamp
        The event's true date.
    kind : str
        ``"no_date"``, ``"bad_date"`` or ``"future_date"``.
    rng : numpy.random.Generator
        Unused; kept for the shared signature.

    Returns
    -------
    object
        None (no date), an impossible date, or the date typed ten years ahead.

    Examples
    --------
    >>> bad_date(MEAE, pd.Timestamp("2023-02-10"), "bad_date", np.random.default_rng(0))
    '31/02/2023'
    >>> bad_date(FCDO, pd.Timestamp("2023-02-10"), "future_date", np.random.default_rng(0))
    '2033-02-10'
    """
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src is FCDO:
            return f"{ts.year}-02-30"
        if src is SRE:
            return f"00/{ts.month:02d}/{ts.year}"
        return f"31/02/{ts.year}"
    future = ts.replace(year=ts.year + 10)
    if src is FCDO:
        return future.strftime("%Y-%m-%d")
    if src is MAEC:
        return future.to_pydatetime()
    return future.strftime("%d/%m/%Y")


def note_date(src: ProtocolSource, last: pd.Timestamp) -> object:
    """Return the date written on a desk's note row: the day after its last case.

    Parameters
    ----------
    src : ProtocolSource
        The desk.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        The date in the desk's own style (a real date in the workbook).

    Examples
    --------
    >>> note_date(MEAE, pd.Timestamp("2023-12-31"))
    '01/01/2024'
    """
    day = last + pd.Timedelta(days=1)
    if src is MAEC:
        return day.to_pydatetime()
    if src is FCDO:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


#: The variant: who reports which detection country first and second.
BLIND318: Examiner[ProtocolSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": FCDO.source,
        "FRA": MEAE.source,
        "ESP": MAEC.source,
        "USA": SRE.source,
        "PAN": PANAMA.source,
    },
    compilation=FCDO.source,
    secondary={
        ("channel", "FRA"): FCDO.source,
        ("channel", "GBR"): MEAE.source,
        ("thb_vnm_gbr", "GBR"): MEAE.source,
        ("thb_nga_ita", "ITA"): MEAE.source,
        ("thb_rou_esp", "ITA"): MAEC.source,
        ("thb_rou_esp", "ESP"): MEAE.source,
        ("wmed", "ESP"): MEAE.source,
        ("watl", "ESP"): MEAE.source,
        ("darien", "PAN"): SRE.source,
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=318,
    blank_share=0.3,
)


def make_blind318(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five protocol desks' submissions (files ``*_lh.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``fcdo_protocol_psdh_lh.jsonl``, ``meae_protocole_pdp_lh.csv``,
        ``maec_protocolo_psd_lh.xlsx``, ``sre_dgprotocolo_mx_lh.csv`` and
        ``protocolo_mire_pa_lh.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind318(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fcdo_protocol_psdh_lh.jsonl', 'meae_protocole_pdp_lh.csv',
     'maec_protocolo_psd_lh.xlsx', 'sre_dgprotocolo_mx_lh.csv',
     'protocolo_mire_pa_lh.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8-sig']
    >>> subs[1].delimiter, subs[3].delimiter == chr(9)
    (';', True)
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND318, truth, seed=seed)
