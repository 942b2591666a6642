"""Examiner sample set ``blind372`` (files ``*_nj.*``): visa and consular integrity desks.

Five agencies that had not written to the project before, each in its own working language
and with its own export tool. Three of them sit on the visa side of the smuggling and
trafficking business (a visa-application outsourcer's integrity referrals, a consular
visa-fraud desk, a second outsourcer's integrity cell); two are investigation desks that
log the detections their partner police report:

``sopra_steria_ukvcas_nj.csv``
    Sopra Steria, which runs the UK Visa and Citizenship Application Services (UKVCAS)
    service points for the Home Office: integrity referrals passed to the Home Office,
    with the encounter the Home Office linked them to. English, UTF-8 with BOM, ``,``;
    day-first dates (``17/05/2023``, sometimes ``7 May 2023``; ``May 2023`` or ``Q2 2023``
    when only the period is known), UK vocabulary ("Organised immigration crime",
    "Modern slavery"), routes as ``France > Germany``, one ``lat, long`` cell. Re-sends a
    few rows.
``capago_integrite_nj.csv``
    Capago International, the French visa outsourcer (West and Central African centres),
    its *cellule intégrité*: signalements of applicants or visa holders later detected in
    France or Italy. French, cp1252, ``;``, CRLF; ``17/05/2023`` or ``17/05/23``,
    ``05/2023``, ``T2 2023``; French legal words ("Aide à l'entrée et au séjour
    irréguliers"), upper-case country names without accents, ISO alpha-2 codes, decimal
    commas, "NC" and "aucun".
``idata_visa_integrity_nj.jsonl``
    iDATA, the visa outsourcer in Türkiye (German and Italian visas): its integrity desk's
    case feed, compiling the Eastern Mediterranean, Balkan and Belarus-border detections
    it is told of. JSON lines with snake_case keys and enum-like values, ISO alpha-3
    nationalities, UN M49 numeric codes of the detection country, ISO dates (some with a
    time), ``2023-05`` and ``2023-Q2``; part of the records imported from a legacy system
    carry mojibake (``TÃ¼rkiye``).
``sre_dgsc_visas_nj.xlsx``
    Mexico's Secretaría de Relaciones Exteriores, Dirección General de Servicios Consulares,
    visa area document examiners: fraudulent Mexican visas tied to the events later
    detected at the US border and in the Darién. Spanish (Mexico), Excel; real Excel dates,
    some typed ``17/05/2023``, some bare serial numbers; Mexican legal words ("tráfico de
    personas" is smuggling, "NNA" are minors, "operaciones con recursos de procedencia
    ilícita" is money laundering); "EUA" for the United States. A few rows were pasted
    twice.
``fiiapp_eci_nj.csv``
    FIIAPP's joint investigation teams (ECI) project with West African police, logging the
    arrivals in Spain tied to the networks under investigation, and some Nigerian
    trafficking cases in Italy. Spanish (Spain), UTF-16 with BOM, tab-delimited (Excel's
    "Texto Unicode"); Spanish Criminal Code articles ("318 bis"), boat words ("Cayuco",
    "Patera"), "Salto de valla" at Ceuta and Melilla, "No consta", DMS coordinates.

The truth expects what a careful analyst reads from each cell: a period date its first
day, a "not known" count or a "not recorded" age or mode nothing or ``unknown``, an
impossible or future date and an unreadable count a bad row.
"""

from __future__ import annotations

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND372", "SOURCES", "make_blind372"]

_Rng = np.random.Generator

UKVCAS = "sopra_steria_ukvcas"
CAPAGO = "capago_integrite"
IDATA = "idata_visa_integrity"
SRE = "sre_dgsc_visas"
FIIAPP = "fiiapp_eci"

_FIELDS = (
    "source_ref",
    "event_date",
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
)


def _headers(words: tuple[str, ...], coords: tuple[str, ...], offences: str) -> dict[str, str]:
    keys = (*_FIELDS, *(("coordinates",) if len(coords) == 1 else ("lat", "lon")))
    return {**dict(zip(keys, (*words, *coords), strict=True)), "linked_offences": offences}


#: The five sources, in the order their submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=UKVCAS,
        filename=f"{UKVCAS}_nj.csv",
        ref="UKV-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers=_headers(
            (
                "Referral ID",
                "Date of Encounter",
                "Concern Type",
                "Exploitation Type",
                "No. of Individuals",
                "No. of Facilitators",
                "Sex",
                "Age Band",
                "Nationality",
                "Country of Origin",
                "Intended Destination",
                "Country of Encounter",
                "Travel Route (via)",
                "Mode of Travel",
            ),
            ("Location (Lat, Long)",),
            "Associated Offences",
        ),
        note="OFFICIAL-SENSITIVE – extract from the UKVCAS integrity referral log",
        total="TOTAL",
        bad_count=("see narrative", "several", "#VALUE!"),
        repeats=True,
    ),
    ExaminerSource(
        source=CAPAGO,
        filename=f"{CAPAGO}_nj.csv",
        ref="CPG/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers=_headers(
            (
                "N° signalement",
                "Date des faits",
                "Qualification",
                "Forme d'exploitation",
                "Nb de personnes",
                "Nb de mis en cause",
                "Sexe",
                "Tranche d'âge",
                "Nationalité",
                "Pays d'origine",
                "Pays de destination",
                "Pays de détection",
                "Pays de transit",
                "Mode de transport",
            ),
            ("Latitude", "Longitude"),
            "Infractions connexes",
        ),
        note="Extraction du registre des signalements – diffusion restreinte",
        total="Total général",
        bad_count=("voir PV", "plusieurs", "#VALEUR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=IDATA,
        filename=f"{IDATA}_nj.jsonl",
        ref="IDT-INT-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers=_headers(
            (
                "case_no",
                "incident_date",
                "case_category",
                "exploitation_form",
                "persons_involved",
                "facilitators",
                "gender",
                "age_category",
                "nationality_iso3",
                "origin_country",
                "destination_country",
                "detected_in_m49",
                "transit_route",
                "travel_mode",
            ),
            ("lat", "lng"),
            "related_offences",
        ),
        note=None,
        total="TOTAL",
        bad_count=("see_remarks", "multiple", "TBC"),
        repeats=False,
    ),
    ExaminerSource(
        source=SRE,
        filename=f"{SRE}_nj.xlsx",
        ref="DGSC/CV/{seq:04d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers=_headers(
            (
                "Folio",
                "Fecha del evento",
                "Tipo de delito",
                "Finalidad de explotación",
                "Núm. de personas",
                "Núm. de probables responsables",
                "Sexo",
                "Grupo de edad",
                "Nacionalidad",
                "País de origen",
                "País de destino",
                "País de detección",
                "Países de tránsito",
                "Medio de transporte",
            ),
            ("Latitud", "Longitud"),
            "Delitos conexos",
        ),
        note="Nota: cifras preliminares sujetas a validación",
        total="Total",
        bad_count=("varios", "ver oficio", "#¡VALOR!"),
        repeats=True,
    ),
    ExaminerSource(
        source=FIIAPP,
        filename=f"{FIIAPP}_nj.csv",
        ref="ECI-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers=_headers(
            (
                "Ref. ECI",
                "Fecha de los hechos",
                "Tipología delictiva",
                "Finalidad de explotación",
                "Nº de personas",
                "Nº de investigados",
                "Sexo",
                "Edad",
                "Nacionalidad",
                "País de origen",
                "País de destino",
                "País de detección",
                "Países de tránsito",
                "Medio de transporte",
            ),
            ("Coordenadas",),
            "Delitos conexos",
        ),
        note="Datos provisionales - uso exclusivo de los equipos conjuntos",
        total="TOTAL",
        bad_count=("ver atestado", "varios", "x"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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

#: Each source's own aliases of a country (ISO alpha-3 -> the forms it also writes).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    UKVCAS: {
        "GBR": ("UK",),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "USA": ("USA",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran, Islamic Republic of",),
    },
    CAPAGO: {
        "GBR": ("Grande-Bretagne",),
        "VNM": ("Vietnam",),
        "GIN": ("Guinée Conakry",),
        "CIV": ("RCI",),
        "USA": ("USA",),
    },
    IDATA: {"TUR": ("Turkey",), "VNM": ("Vietnam",), "GBR": ("UK",), "CIV": ("Ivory Coast",)},
    SRE: {
        "USA": ("EUA", "Estados Unidos de América", "EE. UU."),
        "VNM": ("Vietnam",),
        "CHN": ("República Popular China",),
    },
    FIIAPP: {"GBR": ("R. Unido",), "USA": ("EE.UU.",), "GIN": ("Guinea Conakry",)},
}

#: Each language's slips of the pen on country names a clerk types often.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albnia",
        "VNM": "Veitnam",
        "IRQ": "Iraq ",
        "PAK": "Pakistn",
        "SYR": "Syira",
    },
    "fr": {
        "LBY": "Lybie",
        "ERI": "Erythrée",
        "EGY": "Egypte",
        "AFG": "Afghanisthan",
        "BGD": "Bengladesh",
        "TUN": "Tunsie",
        "SEN": "Sénagal",
        "NGA": "Nigéria ",
    },
    "es": {
        "MAR": "Marrueco",
        "DZA": "Argelía",
        "MLI": "Mali",
        "GMB": "Gambía",
        "SEN": "Senegál",
        "CIV": "Costa de Marfíl",
        "MRT": "Mauritánia",
        "ROU": "Rumania",
    },
}

# crime_type, exploitation, gender, age_group, transport_mode: canonical -> written forms.
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Style:
    """How one agency writes the values of a row (everything but the layout)."""

    crime: _Words
    exploitation: _Words
    no_exploitation: str | None  # what a smuggling row holds in the exploitation column
    gender: _Words
    age: _Words
    transport: _Words
    na_word: str  # "not recorded" word of age group and transport mode
    offences: dict[str, str]
    offence_sep: str
    transit_sep: str
    country_style: dict[str, float]
    placeholder: str  # a count not known
    zero_word: str | None  # nought suspects in words
    month_share: float
    quarter_share: float
    thousands: str | None  # thousands separator of counts >= 1000 (None: a number cell)


_STYLES: dict[str, _Style] = {
    UKVCAS: _Style(
        crime={
            "trafficking": ("Modern slavery", "Human trafficking"),
            "smuggling": ("Organised immigration crime", "People smuggling", "Facilitation"),
            "both": ("Smuggling & trafficking",),
        },
        exploitation={
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation",),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation="N/A",
        gender={"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
        age={"adult": ("Adult",), "child": ("Minor", "Under 18"), "mixed": ("Adults and minors",)},
        transport={"sea": ("Small boat", "Sea"), "land": ("Land", "Lorry"), "air": ("Air",)},
        na_word="Not recorded",
        offences={
            "document_fraud": "Document fraud",
            "corruption": "Bribery",
            "money_laundering": "Money laundering",
            "illicit_goods": "Drugs",
            "cybercrime": "Cyber-enabled fraud",
            "terrorism": "Terrorism",
        },
        offence_sep="; ",
        transit_sep=" > ",
        country_style={"name": 0.82, "alias": 0.08, "upper": 0.05, "typo": 0.05},
        placeholder="Not known",
        zero_word="None",
        month_share=0.04,
        quarter_share=0.015,
        thousands=",",
    ),
    CAPAGO: _Style(
        crime={
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Aide à l'entrée et au séjour irréguliers", "Trafic de migrants"),
            "both": ("TEH + trafic de migrants",),
        },
        exploitation={
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        no_exploitation=None,
        gender={"female": ("Femmes",), "male": ("Hommes",), "mixed": ("Mixte",)},
        age={"adult": ("Majeurs",), "child": ("Mineurs",), "mixed": ("Majeurs et mineurs",)},
        transport={
            "sea": ("Maritime", "Embarcation"),
            "land": ("Terrestre", "Poids lourd"),
            "air": ("Aérien",),
        },
        na_word="Non déterminé",
        offences={
            "document_fraud": "Fraude documentaire",
            "corruption": "Corruption",
            "money_laundering": "Blanchiment",
            "illicit_goods": "Stupéfiants",
            "cybercrime": "Cybercriminalité",
            "terrorism": "Terrorisme",
        },
        offence_sep=", ",
        transit_sep=" / ",
        country_style={
            "name": 0.74,
            "upper_plain": 0.12,
            "iso2": 0.07,
            "typo": 0.04,
            "alias": 0.03,
        },
        placeholder="NC",
        zero_word="aucun",
        month_share=0.05,
        quarter_share=0.03,
        thousands="\u00a0",
    ),
    IDATA: _Style(
        crime={
            "trafficking": ("human_trafficking",),
            "smuggling": ("migrant_smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        exploitation={
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal_activities",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        no_exploitation=None,
        gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        age={"adult": ("adult",), "child": ("minor",), "mixed": ("adult_and_minor",)},
        transport={"sea": ("sea",), "land": ("land",), "air": ("air",)},
        na_word="not_recorded",
        offences={
            "document_fraud": "document_fraud",
            "corruption": "bribery",
            "money_laundering": "money_laundering",
            "illicit_goods": "drugs",
            "cybercrime": "cyber",
            "terrorism": "terrorism",
        },
        offence_sep=", ",
        transit_sep=" - ",
        country_style={"name": 0.85, "alias": 0.1, "upper": 0.05},
        placeholder="unknown",
        zero_word=None,
        month_share=0.06,
        quarter_share=0.03,
        thousands=None,
    ),
    SRE: _Style(
        crime={
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico de personas",),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        no_exploitation="No aplica",
        gender={"female": ("Mujeres",), "male": ("Hombres",), "mixed": ("Ambos",)},
        age={"adult": ("Adultos",), "child": ("NNA",), "mixed": ("Adultos y NNA",)},
        transport={
            "sea": ("Marítimo",),
            "land": ("Terrestre", "Tractocamión"),
            "air": ("Aéreo",),
        },
        na_word="No especificado",
        offences={
            "document_fraud": "Uso de documento falso",
            "corruption": "Cohecho",
            "money_laundering": "Operaciones con recursos de procedencia ilícita",
            "illicit_goods": "Delitos contra la salud",
            "cybercrime": "Delitos informáticos",
            "terrorism": "Terrorismo",
        },
        offence_sep="; ",
        transit_sep=", ",
        country_style={"name": 0.8, "upper": 0.12, "alias": 0.08},
        placeholder="S/D",
        zero_word="Ninguno",
        month_share=0.03,
        quarter_share=0.012,
        thousands=None,
    ),
    FIIAPP: _Style(
        crime={
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
                "Inmigración ilegal",
            ),
            "both": ("TSH + 318 bis",),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        no_exploitation=None,
        gender={
            "female": ("Mujeres", "Mujer"),
            "male": ("Varones", "Hombres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        age={"adult": ("Adultos",), "child": ("Menores",), "mixed": ("Adultos y menores",)},
        transport={
            "sea": ("Marítimo",),  # replaced by the boat word, see _transport_word
            "land": ("Terrestre",),
            "air": ("Aéreo",),
        },
        na_word="No consta",
        offences={
            "document_fraud": "Falsedad documental",
            "corruption": "Cohecho",
            "money_laundering": "Blanqueo de capitales",
            "illicit_goods": "Contra la salud pública",
            "cybercrime": "Ciberdelincuencia",
            "terrorism": "Terrorismo",
        },
        offence_sep=" / ",
        transit_sep=" - ",
        country_style={"name": 0.75, "lower": 0.08, "iso3": 0.07, "typo": 0.05, "alias": 0.05},
        placeholder="s/d",
        zero_word="ninguno",
        month_share=0.04,
        quarter_share=0.02,
        thousands=".",
    ),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, probs: dict[str, float]) -> str:
    keys = list(probs)
    w = np.array(list(probs.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _plain_upper(text: str) -> str:
    """French administrative capitals: no accents (``CÔTE`` -> ``COTE``)."""
    table = str.maketrans("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ’", "AAACEEEEIIOOUUUY'")
    return text.upper().translate(table)


def _country(src: ExaminerSource, iso: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, messiness tag or None)."""
    style = _STYLES[src.source]
    name = str(COUNTRIES[iso][_LANG_COL[src.language]])
    kind = _pick(rng, style.country_style)
    out, tag = name, None
    if kind == "alias" and iso in _ALIASES[src.source]:
        out, tag = choice(rng, _ALIASES[src.source][iso]), "country_alias"
    elif kind == "upper":
        out, tag = name.upper(), "country_case"
    elif kind == "upper_plain":
        out, tag = _plain_upper(name), "country_case"
    elif kind == "lower":
        out, tag = name.lower(), "country_case"
    elif kind == "iso2":
        out, tag = iso_codes(iso)[0], "iso2"
    elif kind == "iso3":
        out, tag = iso, "iso3"
    elif kind == "typo" and iso in _TYPOS[src.language]:
        out, tag = _TYPOS[src.language][iso], "country_typo"
    if src.source == IDATA and rng.random() < 0.15:  # records from the legacy import
        garbled = mojibake(out)
        if garbled is not None:
            out, tag = garbled, "mojibake"
    if not fits(out, src):
        out, tag = iso, "iso3"
    return out, tag


def _count(src: ExaminerSource, n: int) -> object:
    """Return a count cell: a number in XLSX or JSON, text with the thousands mark in CSV."""
    style = _STYLES[src.source]
    if src.format != "csv":
        return int(n)
    if n >= 1000 and style.thousands is not None:
        return f"{n:,}".replace(",", style.thousands)
    return str(n)


def _day_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    if src.source == UKVCAS:
        if rng.random() < 0.2:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "date_long"
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if src.source == CAPAGO:
        if rng.random() < 0.12:
            return ts.strftime("%d/%m/%y"), "date_dmy_short"
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if src.source == IDATA:
        if rng.random() < 0.2:
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", "date_iso_time"
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if src.source == SRE:
        u = rng.random()
        if u < 0.08:
            return ts.strftime("%d/%m/%Y"), "date_text"
        if u < 0.15:
            serial = (ts.normalize() - pd.Timestamp("1899-12-30")).days
            return int(serial), "excel_serial"
        return ts.to_pydatetime(), "excel_date"
    if rng.random() < 0.15:
        return ts.strftime("%d-%m-%Y"), "date_dmy_dash"
    return ts.strftime("%d/%m/%Y"), "date_dmy"


def _period_cell(src: ExaminerSource, ts: pd.Timestamp, quarter: bool) -> str:
    q = (ts.month - 1) // 3 + 1
    if src.source == UKVCAS:
        return f"Q{q} {ts.year}" if quarter else f"{MONTHS[ts.month - 1]} {ts.year}"
    if src.source == CAPAGO:
        return f"T{q} {ts.year}" if quarter else ts.strftime("%m/%Y")
    if src.source == IDATA:
        return f"{ts.year}-Q{q}" if quarter else ts.strftime("%Y-%m")
    if src.source == SRE:
        return f"{q}º trimestre {ts.year}" if quarter else f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    return f"T{q}/{ts.year}" if quarter else ts.strftime("%m/%Y")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds to the second; return (text, the value it denotes)."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minute, sec = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    return f"{deg}°{minute:02d}'{sec:02d}\"{pos if value >= 0 else neg}", sign * total / 3600


def _coords(
    src: ExaminerSource, lat: float, lon: float
) -> tuple[dict[str, object], float, float, str | None]:
    """Location cells; return (cells, latitude read, longitude read, tag)."""
    if src.source == UKVCAS:
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, "coords_pair"
    if src.source == CAPAGO:
        la, lo = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{lo:.4f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src.source == IDATA:
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), None
    if src.source == SRE:
        return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), None
    tla, la = _dms(lat, "N", "S")
    tlo, lo = _dms(lon, "E", "W")
    return {"coordinates": f"{tla} {tlo}"}, la, lo, "coords_dms"


def _transport_word(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    if src.source == FIIAPP:
        hotspot = str(ev.get("hotspot") or "")
        if mode == "sea":
            if ev["corridor"] == "watl":
                return choice(rng, ("Cayuco", "Cayuco", "Marítimo"))
            return choice(rng, ("Patera", "Neumática", "Marítimo"))
        if mode == "land" and hotspot in ("Ceuta", "Melilla"):
            return choice(rng, ("Salto de valla", "Terrestre"))
    return choice(rng, _STYLES[src.source].transport[mode])


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = _STYLES[src.source]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(name: str | None) -> None:
        if name is not None and name not in tags:
            tags.append(name)

    # date: the day, or only the month or quarter when the report is a first one
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    u = rng.random()
    if partial_ok and u < style.month_share:
        cells["event_date"] = _period_cell(src, ts, quarter=False)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tag("date_month")
    elif partial_ok and u < style.month_share + style.quarter_share:
        cells["event_date"] = _period_cell(src, ts, quarter=True)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tag("date_quarter")
    else:
        cells["event_date"], date_tag = _day_cell(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        tag(date_tag)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, style.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = style.no_exploitation
    else:
        cells["exploitation"] = choice(rng, style.exploitation[str(expl)])
    exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = style.placeholder, None
        tag("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n), n
        if n >= 1000:
            tag("thousands")
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = style.placeholder, None
        tag("suspects_placeholder")
    elif k == 0 and style.zero_word is not None and rng.random() < 0.3:
        cells["n_suspects"], exp["n_suspects"] = style.zero_word, 0
        tag("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k), k

    # gender and age group
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = choice(rng, style.gender[str(ev["gender"])])
        exp["gender"] = ev["gender"]
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = style.na_word, "unknown"
        tag("na_word")
    else:
        cells["age_group"] = choice(rng, style.age[str(ev["age_group"])])
        exp["age_group"] = ev["age_group"]

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
            continue
        if src.source == IDATA and col == "nationality":
            cells[col] = iso
        elif src.source == IDATA and col == "detection_country":
            cells[col] = iso_codes(iso)[1]
            tag("iso_numeric")
        else:
            cells[col], country_tag = _country(src, iso, rng)
            tag(country_tag)
        exp[col] = iso
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        names = []
        for iso in str(transit).split("|"):
            name, country_tag = _country(src, iso, rng)
            names.append(name.strip())
            tag(country_tag)
        cells["transit_countries"] = style.transit_sep.join(names)
    exp["transit_countries"] = transit

    # transport mode
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = style.na_word, "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = _transport_word(src, ev, rng)
        exp["transport_mode"] = ev["transport_mode"]

    # place of detection
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    place_keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(place_keys))
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    elif rng.random() < 0.04:
        filler = style.na_word if src.source == UKVCAS else None
        cells.update(dict.fromkeys(place_keys, filler))
        exp["lat"], exp["lon"] = None, None
        tag("coords_placeholder" if filler else "coords_missing")
    else:
        place, la, lo, coord_tag = _coords(src, lat, lon)
        cells.update(place)
        exp["lat"], exp["lon"] = la, lo
        tag(coord_tag)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [style.offences[o] for o in str(offences).split("|")]
        cells["linked_offences"] = style.offence_sep.join(words)
    exp["linked_offences"] = offences
    return cells, exp, tags


def _day_text(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Return the day as the source writes it in its usual style (bad and note rows)."""
    if src.source == IDATA:
        return ts.strftime("%Y-%m-%d")
    if src.source == SRE:
        return ts.to_pydatetime()
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: missing, impossible, or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _day_text(src, ts + pd.DateOffset(years=10))
    day, month = (30, 2) if rng.random() < 0.5 else (31, choice(rng, ("04", "06", "09", "11")))
    if src.source == IDATA:
        return f"{ts.year}-{int(month):02d}-{day}"
    return f"{day}/{int(month):02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date of the note row: the day after the last event (the extract's)."""
    return _day_text(src, last + pd.Timedelta(days=1))


#: The variant: who first reports which detections, who reports some a second time.
BLIND372: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": UKVCAS,
        "FRA": CAPAGO,
        "ITA": CAPAGO,
        "USA": SRE,
        "PAN": SRE,
        "ESP": FIIAPP,
    },
    compilation=IDATA,
    secondary={
        ("channel", "FRA"): UKVCAS,
        ("channel", "GBR"): CAPAGO,
        ("cmed", "ITA"): IDATA,
        ("watl", "ESP"): CAPAGO,
        ("thb_nga_ita", "ITA"): FIIAPP,
        ("emed", "GRC"): CAPAGO,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=372_372,
    blank_share=0.35,
)


def make_blind372(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind372`` agencies would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sopra_steria_ukvcas_nj.csv`` (English, UTF-8 with BOM, ``,``),
        ``capago_integrite_nj.csv`` (French, cp1252, ``;``),
        ``idata_visa_integrity_nj.jsonl`` (English keys and enum values, UTF-8),
        ``sre_dgsc_visas_nj.xlsx`` (Spanish, Mexico) and ``fiiapp_eci_nj.csv``
        (Spanish, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind372(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sopra_steria_ukvcas_nj.csv', 'capago_integrite_nj.csv',
     'idata_visa_integrity_nj.jsonl', 'sre_dgsc_visas_nj.xlsx', 'fiiapp_eci_nj.csv']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND372, truth, seed=seed)
