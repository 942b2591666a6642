"""Examiner sample set ``blind314``: five visa application centres' referral logs.

Visa application centres (VACs) run for consulates by outsourcing firms see applicants
with forged documents, applicants coached by an agent, victims brought to the counter by
their exploiters, and the smuggling agents themselves. Their integrity desks log these
referrals, and the partner authorities' alerts they are copied on, and send the logs to
the analysts. This set writes the true events as five such desks would (files
``*_ld.*``), each in its own language, file format, encoding and wording:

``vfs_global_london_ld.csv``
    VFS Global, London integrity and fraud referral desk (UK and Schengen centres). It
    also compiles the alerts of the Italian, Greek, Croatian and Polish missions it
    serves. English, UTF-8 with BOM, ``,``; dates ``17-May-2023`` (some ``May 2023``);
    nationality as read from the passport's MRZ (ISO alpha-3); UK NRM exploitation words;
    ``lat, long`` in one cell; re-sent rows (exact repeats).
``tlscontact_paris_ld.csv``
    TLScontact Paris, registre des signalements. French, cp1252, ``;``, CRLF; dates
    ``17/05/2023`` or ``17/05/23``, some only a quarter (``T2 2023``); nationality as an
    adjective (``afghane``); names without accents; decimal commas; counts such as
    ``1 234`` or ``12 pers.``.
``bls_international_madrid_ld.xlsx``
    BLS International Madrid, hoja de incidencias. Spanish; real Excel dates, dates
    typed as text, a few Excel serial numbers and months (``mayo 2023``); ISO alpha-2
    nationalities; Spanish penal wording of linked offences; coordinates as numbers.
``vfs_global_mexico_ld.jsonl``
    VFS Global Mexico City, exported by its case system. Spanish enum words
    (``TRAFICO_MIGRANTES``, ``NNA``), ISO alpha-3 nationality, ISO numeric detection
    country, ISO alpha-3 transit list, ISO date-times, UTF-8 names garbled once through
    cp1252 (``MÃ©xico``), ``0/0`` coordinates for "no position"; re-sent records.
``vfs_global_panama_ld.csv``
    VFS Global Panama City, Excel "Unicode text" export: UTF-16 with BOM, tab-delimited,
    upper-case Spanish names (``EE.UU.``), dates ``17/5/2023``, counts ``1,234``,
    coordinates in degrees, minutes and seconds.

Every cell an analyst could not read is a bad row, a blank or an "unknown" in the truth,
and its row's ``messiness`` tags say what was planted.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND314_SOURCES", "make_blind314"]

_Rng = np.random.Generator

_LON = "vfs_global_london"
_PAR = "tlscontact_paris"
_MAD = "bls_international_madrid"
_MEX = "vfs_global_mexico"
_PTY = "vfs_global_panama"

#: The five sources of the set, in the order of the submissions.
BLIND314_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_LON,
        filename=f"{_LON}_ld.csv",
        ref="LON-IFR-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Referral ID",
            "event_date": "Incident Date",
            "crime_type": "Concern Category",
            "exploitation": "Exploitation Type (NRM)",
            "n_persons": "No. of Applicants/Persons",
            "n_suspects": "Agents/Facilitators",
            "gender": "Sex",
            "age_group": "Age Band",
            "nationality": "Nationality (MRZ)",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country Detected",
            "transit_countries": "Transit Route",
            "transport_mode": "Travel Mode",
            "coordinates": "Lat/Long",
            "linked_offences": "Associated Offences",
            "remarks": "Caseworker Notes",
        },
        note="Note: extract of the VAC referral log; referrals are unverified",
        total="TOTAL",
        bad_count=("several", "TBC", "10-15", "multiple"),
        repeats=True,
    ),
    ExaminerSource(
        source=_PAR,
        filename=f"{_PAR}_ld.csv",
        ref="TLS-PAR/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Type d'exploitation",
            "n_persons": "Nombre de personnes",
            "n_suspects": "Nombre de facilitateurs",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
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
        note="NB : extraction provisoire du registre des signalements",
        total="TOTAL",
        bad_count=("plusieurs", "nombreux", "une dizaine", "15 à 20"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MAD,
        filename=f"{_MAD}_ld.xlsx",
        ref="BLS-MAD-{seq:05d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Expediente",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipo de delito",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Nº de facilitadores",
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
        note="Nota: datos provisionales pendientes de validación consular",
        total="TOTAL GENERAL",
        bad_count=("varios", "numerosos", "grupo", "entre 10 y 15"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MEX,
        filename=f"{_MEX}_ld.jsonl",
        ref="VFSMX{year}{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "folio",
            "event_date": "fecha_evento",
            "crime_type": "tipo_delito",
            "exploitation": "modalidad_explotacion",
            "n_persons": "num_personas",
            "n_suspects": "num_facilitadores",
            "gender": "sexo",
            "age_group": "grupo_edad",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_vinculados",
        },
        note=None,
        total="TOTAL",
        bad_count=("VARIOS", "MULTIPLES", "GRUPO"),
        repeats=True,
    ),
    ExaminerSource(
        source=_PTY,
        filename=f"{_PTY}_ld.csv",
        ref="PTY-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "N° CASO",
            "event_date": "FECHA",
            "crime_type": "DELITO",
            "exploitation": "TIPO DE EXPLOTACIÓN",
            "n_persons": "CANT. PERSONAS",
            "n_suspects": "CANT. FACILITADORES",
            "gender": "SEXO",
            "age_group": "GRUPO ETARIO",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAÍS DE ORIGEN",
            "destination_country": "PAÍS DE DESTINO",
            "detection_country": "PAÍS DONDE SE DETECTÓ",
            "transit_countries": "TRÁNSITO",
            "transport_mode": "MEDIO DE TRANSPORTE",
            "coordinates": "COORDENADAS",
            "linked_offences": "DELITOS CONEXOS",
            "remarks": "OBSERVACIONES",
        },
        note="Nota: cifras preliminares, sujetas a verificación",
        total="TOTAL",
        bad_count=("VARIOS", "GRUPO NUMEROSO", "MÁS DE 20"),
        repeats=False,
    ),
)


# --------------------------------------------------------------------------------------
# Each desk's words
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Voice:
    """How one desk words its vocabulary cells (first word = the usual one)."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]  # written for a smuggling row
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    not_recorded: tuple[str, ...]  # age group / mode not recorded -> unknown
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    count_unknown: tuple[str | None, ...]
    suspects_unknown: tuple[str | None, ...]
    zero: tuple[str, ...]  # no facilitator (empty = written as the number 0)
    remarks: tuple[str, ...] = ()


_VOICES: dict[str, _Voice] = {
    _LON: _Voice(
        crime={
            "smuggling": ("Facilitation (SOM)", "Suspected facilitation", "People smuggling"),
            "trafficking": ("Potential victim of trafficking", "Modern slavery", "THB"),
            "both": ("THB & facilitation", "Trafficking + smuggling"),
        },
        exploitation={
            "sexual": ("Sexual",),
            "forced_labour": ("Labour",),
            "forced_criminality": ("Criminal",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation=(None, None, "N/A"),
        gender={"female": ("F",), "male": ("M",), "mixed": ("Mixed", "M/F")},
        age={"adult": ("Adult", "18+"), "child": ("Minor", "U18"), "mixed": ("Adults & minors",)},
        mode={
            "sea": ("Small boat", "Sea"),
            "land": ("HGV/lorry", "On foot", "Car/van"),
            "air": ("Air", "Flight"),
        },
        not_recorded=("Not recorded",),
        offences={
            "document_fraud": ("Document fraud", "Forged documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        count_unknown=("n/k",),
        suspects_unknown=("n/k", "TBC"),
        zero=("None", "nil"),
        remarks=(
            "Applicant coached on interview answers",
            "Forged bank statements submitted",
            "Agent waited outside the VAC",
            "Photo-substituted passport",
            "Referred to Border Force intelligence",
            "Same sponsor letter as earlier referral",
            "",
            "",
        ),
    ),
    _PAR: _Voice(
        crime={
            "smuggling": ("Aide à l'entrée irrégulière", "Filière d'immigration irrégulière"),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH et aide à l'entrée irrégulière", "Traite + filière"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        no_exploitation=(None, "sans objet"),
        gender={"female": ("F", "femme(s)"), "male": ("H", "homme(s)"), "mixed": ("mixte",)},
        age={"adult": ("majeur", "majeurs"), "child": ("mineur", "MNA"), "mixed": ("mixte",)},
        mode={
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "routier", "à pied"),
            "air": ("aérien", "avion"),
        },
        not_recorded=("non renseigné",),
        offences={
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=", ",
        count_unknown=("inconnu", "NC"),
        suspects_unknown=("NC", "inconnu"),
        zero=("aucun", "néant"),
    ),
    _MAD: _Voice(
        crime={
            "smuggling": ("Favorecimiento de la inmigración irregular", "Tráfico de migrantes"),
            "trafficking": ("Trata de seres humanos", "TSH"),
            "both": ("Trata + tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras finalidades",),
        },
        no_exploitation=(None, "No aplica"),
        gender={"female": ("Mujer",), "male": ("Hombre",), "mixed": ("Ambos sexos", "Mixto")},
        age={"adult": ("Adulto", "Mayor de edad"), "child": ("Menor",), "mixed": ("Mixto",)},
        mode={
            "sea": ("Patera", "Cayuco", "Marítimo"),
            "land": ("Terrestre", "A pie", "Vehículo"),
            "air": ("Aéreo",),
        },
        not_recorded=("No consta",),
        offences={
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública",),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=" / ",
        count_unknown=("s/d",),
        suspects_unknown=("s/d", "No consta"),
        zero=("ninguno",),
    ),
    _MEX: _Voice(
        crime={
            "smuggling": ("TRAFICO_MIGRANTES",),
            "trafficking": ("TRATA_PERSONAS",),
            "both": ("TRATA_Y_TRAFICO",),
        },
        exploitation={
            "sexual": ("EXPLOTACION_SEXUAL",),
            "forced_labour": ("TRABAJO_FORZADO",),
            "forced_criminality": ("ACTIVIDADES_DELICTIVAS",),
            "organ_removal": ("EXTRACCION_ORGANOS",),
            "forced_marriage": ("MATRIMONIO_FORZADO",),
            "other": ("OTRA",),
        },
        no_exploitation=(None,),
        gender={"female": ("MUJER",), "male": ("HOMBRE",), "mixed": ("MIXTO",)},
        age={"adult": ("ADULTO",), "child": ("NNA",), "mixed": ("MIXTO",)},
        mode={"sea": ("MARITIMO",), "land": ("TERRESTRE",), "air": ("AEREO",)},
        not_recorded=("NO_ESPECIFICADO",),
        offences={
            "document_fraud": ("FALSIFICACION_DOCUMENTOS",),
            "corruption": ("COHECHO",),
            "money_laundering": ("OPERACIONES_RECURSOS_ILICITA",),
            "illicit_goods": ("NARCOTICOS",),
            "cybercrime": ("DELITO_INFORMATICO",),
            "terrorism": ("TERRORISMO",),
        },
        offence_sep=",",
        count_unknown=(None,),
        suspects_unknown=(None,),
        zero=(),
    ),
    _PTY: _Voice(
        crime={
            "smuggling": ("Tráfico ilícito de migrantes", "TRÁFICO DE MIGRANTES"),
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "both": ("Trata y tráfico",),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso",),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otra",),
        },
        no_exploitation=(None, "N/A"),
        gender={"female": ("Femenino",), "male": ("Masculino",), "mixed": ("Mixto",)},
        age={"adult": ("Adulto",), "child": ("Menor de edad",), "mixed": ("Mixto",)},
        mode={
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aéreo",),
        },
        not_recorded=("N/D",),
        offences={
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción de servidores públicos",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Droga",),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep="; ",
        count_unknown=("N/D",),
        suspects_unknown=("N/D",),
        zero=("NINGUNO", "0"),
        remarks=(
            "Remitido a Migración",
            "Documentos apócrifos",
            "Solicitante acompañado por gestor",
            "Entrevista consular pendiente",
            "",
            "",
        ),
    ),
}

#: French nationality adjectives (masculine, feminine), as a French clerk writes them.
_FR_NATIONALITY: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}

#: Panamanian desk's long or short forms of a few names.
_PTY_ALIASES: dict[str, tuple[str, ...]] = {
    "VEN": ("REPÚBLICA BOLIVARIANA DE VENEZUELA",),
    "CHN": ("REPÚBLICA POPULAR CHINA",),
    "USA": ("EE.UU.", "EEUU"),
    "GBR": ("GRAN BRETAÑA",),
}

#: London desk's other English names and its caseworkers' slips.
_EN_ALIASES: dict[str, str] = {
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "CIV": "Ivory Coast",
    "SYR": "Syrian Arab Republic",
    "RUS": "Russian Federation",
    "USA": "USA",
    "GBR": "Great Britain",
    "MKD": "Macedonia",
    "GMB": "The Gambia",
    "IRN": "Iran (Islamic Republic of)",
    "BIH": "Bosnia",
}
_EN_TYPOS: dict[str, str] = {
    "AFG": "Afganistan",
    "ERI": "Eritria",
    "ALB": "Albainia",
    "PAK": "Pakisatn",
    "VNM": "Veitnam",
    "SYR": "Syira",
    "GRC": "Grece",
    "ITA": "Itlay",
    "FRA": "Frnace",
    "DEU": "Gemany",
    "TUN": "Tunsia",
    "EGY": "Egpyt",
    "BGD": "Bangaldesh",
    "NGA": "Nigeira",
}

_LANG_NAME = {"en": 1, "fr": 2, "es": 3}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(code: str, lang: str) -> str:
    return str(COUNTRIES[code][_LANG_NAME[lang]])


def _strip_accents(text: str) -> str:
    """``Algérie`` -> ``Algerie``: the accents a keyboard or an old system drops."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _country(
    src: ExaminerSource, code: str, role: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, str]:
    """Write one country as the desk does; return (cell, tag or "")."""
    name = src.source
    u = float(rng.random())
    if name == _LON:
        if role == "nationality" and u < 0.88:  # read from the passport's MRZ
            return code, "iso3"
        if role == "detection_country" and u < 0.3:
            return iso_codes(code)[0], "iso2"
        if role == "destination_country" and code == "GBR" and u < 0.6:
            return "UK", "alias"
        if code in _EN_ALIASES and u < 0.06:
            return _EN_ALIASES[code], "alias"
        if code in _EN_TYPOS and u > 0.98:
            return _EN_TYPOS[code], "typo"
        return _name(code, "en"), ""
    if name == _PAR:
        if role == "nationality" and code in _FR_NATIONALITY and u < 0.8:
            fem = ev.get("gender") == "female"
            word = _FR_NATIONALITY[code][1 if fem else 0]
            if rng.random() < 0.15:
                return _strip_accents(word), "nationality_adjective;no_accent"
            return word, "nationality_adjective"
        full = _name(code, "fr")
        if u < 0.15 and _strip_accents(full) != full:
            return _strip_accents(full), "no_accent"
        if u < 0.25:
            return full.upper(), "upper"
        return full, ""
    if name == _MAD:
        full = _name(code, "es")
        if role == "nationality" and u < 0.12:
            return iso_codes(code)[0], "iso2"
        if u < 0.2 and _strip_accents(full) != full:
            return _strip_accents(full), "no_accent"
        if u < 0.28:
            return full.upper(), "upper"
        return full, ""
    if name == _MEX:
        if role in ("nationality",):
            return code, "iso3"
        if role == "detection_country":
            return iso_codes(code)[1], "iso_numeric"
        full = _name(code, "es")  # typed by the operator, garbled by an old import
        garbled = mojibake(full)
        if garbled is not None and u < 0.4:
            return garbled, "mojibake"
        return full, ""
    # Panama: upper-case Spanish names and the desk's usual long or short forms
    if code in _PTY_ALIASES and u < 0.25:
        return choice(rng, _PTY_ALIASES[code]), "alias"
    return _name(code, "es").upper(), "upper"


def _transit(
    src: ExaminerSource, codes: list[str], ev: dict[str, object], rng: _Rng
) -> tuple[str, list[str]]:
    name = src.source
    if name == _MEX:
        return ",".join(codes), ["iso3"]
    sep = {_LON: " > ", _PAR: ", ", _MAD: " / ", _PTY: "/"}[name]
    parts: list[str] = []
    tags: list[str] = []
    for c in codes:
        cell, tag = _country(src, c, "transit_countries", ev, rng)
        parts.append(cell)
        if tag:
            tags.append(tag)
    return sep.join(parts), tags


def _day_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date in the desk's style; return (cell, tag)."""
    name = src.source
    if name == _LON:
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", "dd_mon_yyyy"
    if name == _PAR:
        if rng.random() < 0.1:
            return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}", "two_digit_year"
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ""
    if name == _MAD:
        u = float(rng.random())
        if u < 0.08:
            return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", "text_date"
        if u < 0.15:
            return int((ts - pd.Timestamp("1899-12-30")).days), "excel_serial"
        return ts.to_pydatetime(), "excel_date"
    if name == _MEX:
        if rng.random() < 0.6:
            hh, mm, ss = (int(x) for x in rng.integers((7, 0, 0), (20, 60, 60)))
            return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:{ss:02d}", "iso_datetime"
        return f"{ts:%Y-%m-%d}", ""
    return f"{ts.day}/{ts.month}/{ts.year}", "d_m_yyyy"


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag)."""
    name = src.source
    u = float(rng.random())
    if partial_ok and name == _LON and u < 0.05:  # logged by referral month only
        return (
            f"{MONTHS[ts.month - 1]} {ts.year}",
            ts.to_period("M").start_time,
            "month",
            ("month_only"),
        )
    if partial_ok and name == _MAD and u < 0.05:
        month = _MONTHS["es"][ts.month - 1]
        return f"{month} {ts.year}", ts.to_period("M").start_time, "month", "month_only"
    if partial_ok and name == _PAR and u < 0.05:  # from the quarterly return
        return f"T{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter", ("quarter_only")
    cell, tag = _day_cell(src, ts, rng)
    return cell, ts.normalize(), "day", tag


def _count(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, str]:
    """Write the number of persons in the desk's style; return (cell, tag)."""
    name = src.source
    if name == _MEX:
        return n, ""
    if name == _MAD:
        if n >= 1000 and rng.random() < 0.7:
            return f"{n:,}".replace(",", "."), "thousands"
        return n, ""
    if n >= 1000 and rng.random() < 0.7:
        if name == _PAR:
            return f"{n:,}".replace(",", choice(rng, ("\u00a0", " "))), "thousands"
        return f"{n:,}", "thousands"  # London and Panama: 1,234
    if name == _PAR and rng.random() < 0.04:
        return f"{n} pers.", "count_words"
    return str(n), ""


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (``8°30'12"N``) and the value it reads as."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    text = f"{deg}°{minutes:02d}'{seconds:02d}\"{pos if value >= 0 else neg}"
    return text, sign * round(total / 3600, 6)


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Return (cells, expected lat, expected lon, tag)."""
    name = src.source
    u = float(rng.random())
    if blank:
        return {}, None, None, "blank_coordinates"
    if u < 0.05:
        return {}, None, None, "coords_missing"
    if name == _LON:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "coords_pair"
    if name == _PAR:
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, "decimal_comma"
    if name == _MAD:
        return {"lat": float(lat), "lon": float(lon)}, lat, lon, ""
    if name == _MEX:
        if u < 0.08:  # the system's default position: no position
            return {"lat": 0.0, "lon": 0.0}, None, None, "coords_placeholder"
        return {"lat": round(float(lat), 6), "lon": round(float(lon), 6)}, lat, lon, ""
    lat_text, lat_val = _dms(lat, "N", "S")
    lon_text, lon_val = _dms(lon, "E", "W")
    return {"coordinates": f"{lat_text} {lon_text}"}, lat_val, lon_val, "dms"


def _fit(src: ExaminerSource, text: str) -> str:
    """Return the text if the file's encoding holds it, else without its accents."""
    return text if fits(text, src) else _strip_accents(text)


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk ``src`` does: (cells, expected values, tags)."""
    voice = _VOICES[src.source]
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    date_cell, day, precision, tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = date_cell
    tags += [tag] if tag else []

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, voice.crime[crime])
    expl = ev["exploitation"]
    if expl is None:
        idx = int(rng.integers(len(voice.no_exploitation)))
        cells["exploitation"] = voice.no_exploitation[idx]
    else:
        cells["exploitation"] = choice(rng, voice.exploitation[str(expl)])

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    n_exp: int | None = n
    if rng.random() < 0.015:
        idx = int(rng.integers(len(voice.count_unknown)))
        cells["n_persons"] = voice.count_unknown[idx]
        n_exp = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, n, rng)
        tags += [tag] if tag else []

    sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    sus_exp: int | None = sus
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        sus_exp = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.04:
        idx = int(rng.integers(len(voice.suspects_unknown)))
        cells["n_suspects"] = voice.suspects_unknown[idx]
        sus_exp = None
        tags.append("suspects_placeholder")
    elif sus == 0 and voice.zero and rng.random() < 0.6:
        word = choice(rng, voice.zero)
        cells["n_suspects"] = word
        tags.append("zero_word" if not word.isdigit() else "zero")
    else:
        cells["n_suspects"] = sus if src.format in ("xlsx", "jsonl") else str(sus)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        gender_exp = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, voice.gender[gender])
        gender_exp = gender

    age = str(ev["age_group"])
    age_exp = age
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, voice.not_recorded)
        age_exp = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, voice.age[age])

    country_exp: dict[str, str | None] = {}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None:
            cells[col] = None
            country_exp[col] = None
        elif forced_blank == col:
            cells[col] = None
            country_exp[col] = None
            tags.append(f"blank_{col}")
        else:
            text, tag = _country(src, str(code), col, ev, rng)
            cells[col] = _fit(src, text)
            country_exp[col] = str(code)
            tags += tag.split(";") if tag else []

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        text, more = _transit(src, str(transit).split("|"), ev, rng)
        cells["transit_countries"] = _fit(src, text)
        tags += [f"transit_{t}" for t in dict.fromkeys(more)]

    mode = str(ev["transport_mode"])
    mode_exp = mode
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, voice.not_recorded)
        mode_exp = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, voice.mode[mode])

    coords, lat, lon, tag = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coords)
    tags += [tag] if tag else []

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, voice.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = voice.offence_sep.join(words)
        tags += ["offence_list"] if len(words) > 1 else []

    if voice.remarks:
        cells["remarks"] = choice(rng, voice.remarks) or None

    if src.encoding == "cp1252":  # every cell of a cp1252 file must fit its encoding
        for key, val in cells.items():
            if isinstance(val, str):
                cells[key] = _fit(src, val)

    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": n_exp,
        "n_suspects": sus_exp,
        "gender": gender_exp,
        "age_group": age_exp,
        **country_exp,
        "transit_countries": transit,
        "transport_mode": mode_exp,
        "lat": lat,
        "lon": lon,
        "linked_offences": offences,
    }
    return cells, expected, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date typed ten years on (``2023`` -> ``2033``): a decade-digit slip."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or future."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "future_date":
        cell, _ = _day_cell(src, _future(ts), rng)
        if isinstance(cell, int):  # an Excel serial would hide the slip; write the date
            return _future(ts).to_pydatetime()
        return cell
    day, month = choice(rng, ("30/2", "31/2", "31/4", "31/6")).split("/")
    d, m = int(day), int(month)
    if name == _LON:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{ts.year}"
    if name == _MEX:
        return f"{ts.year}-{m:02d}-{d:02d}"
    if name == _PTY:
        return f"{d}/{m}/{ts.year}"
    return f"{d:02d}/{m:02d}/{ts.year}"  # Paris; Madrid types it as text


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the extraction date on the desk's note row."""
    name = src.source
    if name == _LON:
        return f"{last.day:02d}-{MONTHS[last.month - 1][:3]}-{last.year}"
    if name == _MAD:
        return last.to_pydatetime()
    if name == _PTY:
        return f"{last.day}/{last.month}/{last.year}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND314_SOURCES,
    primary={"GBR": _LON, "FRA": _PAR, "ESP": _MAD, "USA": _MEX, "PAN": _PTY},
    compilation=_LON,  # the London desk compiles the Italian, Greek, Croatian, Polish alerts
    secondary={
        ("channel", "FRA"): _LON,
        ("channel", "GBR"): _PAR,
        ("thb_vnm_gbr", "GBR"): _PAR,
        ("darien", "PAN"): _MEX,
        ("thb_rou_esp", "ITA"): _MAD,
        ("wmed", "ESP"): _PAR,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=314_2718,
    blank_share=0.3,
)


def make_blind314(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five visa application centres' referral logs.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``vfs_global_london_ld.csv`` (English, UTF-8 with BOM, ``,``),
        ``tlscontact_paris_ld.csv`` (French, cp1252, ``;``),
        ``bls_international_madrid_ld.xlsx`` (Spanish), ``vfs_global_mexico_ld.jsonl``
        (Spanish enum words and ISO codes) and ``vfs_global_panama_ld.csv`` (Spanish,
        UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind314(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['vfs_global_london_ld.csv', 'tlscontact_paris_ld.csv',
     'bls_international_madrid_ld.xlsx', 'vfs_global_mexico_ld.jsonl',
     'vfs_global_panama_ld.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
