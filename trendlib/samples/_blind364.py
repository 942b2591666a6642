"""Examiner sample set ``blind364`` (files ``*_nb.*``): fire and rescue services.

Five agencies that meet smuggled and exploited people while answering emergency calls
or inspecting unsafe premises, each writing its export its own way:

``kfrs_safeguarding_nb.csv``
    Kent Fire and Rescue Service, safeguarding and protection referrals log (English,
    UTF-8 with BOM, ``,``). Day-first dates with the time of call, nationalities as
    demonyms ("Afghan", "Vietnamese"; "Kurdish" is no nationality and reads as blank),
    the UK nation ("England", "Scotland", "UK") as the place of detection, "N/A -
    premises" as the conveyance of people found in buildings, "n/k" counts.
``sdis59_cta_codis_nb.csv``
    Service départemental d'incendie et de secours du Nord, CTA-CODIS extraction
    (French, cp1252, ``;``, CRLF). Date and time of the call, nationalities as French
    adjectives ("afghane", "érythréenne"), declared destination ("Angleterre"),
    decimal-comma coordinates, "NC" counts, "aucun" suspect.
``aptb_intervenciones_nb.xlsx``
    Asociación Profesional de Técnicos de Bomberos, interventions with migrants sent in
    by its member services (Spanish). Real Excel dates, dates typed as text, Excel
    serials left as numbers and month-only dates ("mayo 2023"); "subsahariana" and
    "magrebí" (no country) read as blank; a Google Maps "lat, lon" cell.
``sume911_pa_nb.jsonl``
    SUME 911 Panamá, ambulance and rescue calls in Darién (Spanish JSON lines). ISO
    timestamps with the UTC-5 offset, ISO alpha-2 codes, transit countries and linked
    offences as JSON arrays, some text garbled to mojibake upstream, records sent twice
    by the paging export.
``ctif_incident_digest_nb.csv``
    CTIF (International Association of Fire and Rescue Services) incident digest
    compiled from its national committees and the press (English, UTF-16 with BOM,
    tab-delimited: Excel's "Unicode text"). "17 May 2023", "May 2023" and "Q2 2023"
    dates, routes as "Turkey > Bulgaria > Serbia", thousands commas. It reports every
    event no national source reports (Italy, Greece, Croatia, Poland, United States)
    and a second time some events the others report.

The wording, the date styles and the cells are this module's; the machinery that
chooses which source reports which event is :mod:`trendlib.samples._examiner`.
"""

from __future__ import annotations

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

__all__ = ["make_blind364"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_UTC5 = "-05:00"
_MESES = (
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

KFRS = "kfrs_safeguarding_nb"
SDIS = "sdis59_cta_codis_nb"
APTB = "aptb_intervenciones_nb"
SUME = "sume911_pa_nb"
CTIF = "ctif_incident_digest_nb"

_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=KFRS,
        filename=f"{KFRS}.csv",
        ref="KF{yy:02d}{seq:06d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident No",
            "event_date": "Date/Time of Call",
            "detection_country": "Nation",
            "crime_type": "Safeguarding Concern",
            "exploitation": "Exploitation Type",
            "n_persons": "Persons Found",
            "n_suspects": "Suspected Offenders",
            "gender": "Sex",
            "age_group": "Age Band",
            "nationality": "Nationality (as stated)",
            "transport_mode": "Conveyance",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Other Offences Noted",
        },
        note="OFFICIAL-SENSITIVE - extract from KFRS safeguarding log, figures provisional",
        total="Total",
        bad_count=("several", "multiple", "a number"),
        repeats=True,
    ),
    ExaminerSource(
        source=SDIS,
        filename=f"{SDIS}.csv",
        ref="{year}-{seq:06d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° intervention",
            "event_date": "Date/heure appel",
            "crime_type": "Motif du signalement",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes prises en charge",
            "n_suspects": "Nb passeurs présumés",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
            "nationality": "Nationalité déclarée",
            "destination_country": "Destination déclarée",
            "detection_country": "Pays",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction CTA-CODIS - données provisoires, non consolidées",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "une dizaine", "nombreux"),
        repeats=False,
    ),
    ExaminerSource(
        source=APTB,
        filename=f"{APTB}.xlsx",
        ref="APTB/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº registro",
            "service": "Servicio de bomberos",
            "event_date": "Fecha intervención",
            "detection_country": "País",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Personas atendidas",
            "n_suspects": "Presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "Destino",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos remitidos por los servicios miembros, pendientes de validación",
        total="TOTAL",
        bad_count=("varios", "decenas", "un grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=SUME,
        filename=f"{SUME}.jsonl",
        ref="DAR-{yy:02d}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "id_incidente",
            "event_date": "fecha_hora",
            "place": "lugar",
            "detection_country": "pais",
            "crime_type": "tipo_caso",
            "exploitation": "tipo_explotacion",
            "n_persons": "personas_atendidas",
            "n_suspects": "presuntos_traficantes",
            "gender": "sexo",
            "age_group": "grupo_etario",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "transit_countries": "paises_transito",
            "destination_country": "pais_destino",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL",
        bad_count=("varios", "grupo grande", "sin contar"),
        repeats=True,
    ),
    ExaminerSource(
        source=CTIF,
        filename=f"{CTIF}.csv",
        ref="CTIF-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Digest ID",
            "event_date": "Date",
            "detection_country": "Country",
            "member": "Member association",
            "crime_type": "Category",
            "exploitation": "Exploitation",
            "n_persons": "People found",
            "n_suspects": "Suspects held",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "transit_countries": "Route (transit)",
            "destination_country": "Destination",
            "transport_mode": "Transport",
            "lat": "Lat",
            "lon": "Lon",
            "linked_offences": "Other offences",
        },
        note="Note: compiled from national committees' returns and press; dates may be approximate",
        total="Total",
        bad_count=("dozens", "several", "a group"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    KFRS: {
        "trafficking": ("Modern slavery", "Human trafficking", "Modern Slavery/HT"),
        "smuggling": ("Clandestine entrants", "People smuggling", "Clandestine entry"),
        "both": ("Modern slavery + smuggling", "Trafficking & smuggling"),
    },
    SDIS: {
        "trafficking": ("Traite des êtres humains", "TEH", "traite des personnes"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Filière de passage",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    APTB: {
        "trafficking": ("trata de seres humanos", "TSH", "trata"),
        "smuggling": (
            "tráfico de migrantes",
            "favorecimiento de la inmigración irregular",
            "tráfico ilícito de migrantes",
        ),
        "both": ("trata y tráfico de migrantes",),
    },
    SUME: {
        "trafficking": ("trata de personas", "posible trata de personas"),
        "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
        "both": ("trata y tráfico",),
    },
    CTIF: {
        "trafficking": ("Human trafficking", "THB"),
        "smuggling": ("Migrant smuggling", "People smuggling"),
        "both": ("Trafficking & smuggling",),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    KFRS: {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal (cannabis cultivation)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    SDIS: {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    APTB: {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    SUME: {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("tráfico de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    CTIF: {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}
#: What a source writes as the exploitation of a pure smuggling case ("" = blank cell).
_EXPL_NA = {
    KFRS: ("N/A", ""),
    SDIS: ("sans objet", ""),
    APTB: ("no procede", ""),
    SUME: ("",),
    CTIF: ("n/a", ""),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    KFRS: {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "M & F")},
    SDIS: {
        "female": ("F", "femme(s)", "féminin"),
        "male": ("H", "homme(s)", "masculin"),
        "mixed": ("mixte", "H/F"),
    },
    APTB: {
        "female": ("mujeres", "mujer"),
        "male": ("hombres", "varones"),
        "mixed": ("ambos sexos", "mixto"),
    },
    SUME: {"female": ("femenino", "F"), "male": ("masculino", "M"), "mixed": ("mixto",)},
    CTIF: {"female": ("female", "women"), "male": ("male", "men"), "mixed": ("mixed",)},
}
_GENDER_UNKNOWN = {
    KFRS: "Not known",
    SDIS: "indéterminé",
    APTB: "sin determinar",
    SUME: "no registrado",
    CTIF: "not stated",
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    KFRS: {
        "child": ("Child", "Under 18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Mixed"),
    },
    SDIS: {
        "child": ("mineur(s)", "MNA"),
        "adult": ("majeur(s)", "adulte(s)"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    APTB: {
        "child": ("menores", "menor de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores",),
    },
    SUME: {
        "child": ("NNA", "menor de edad"),
        "adult": ("adulto", "adultos"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    CTIF: {"child": ("minor", "child"), "adult": ("adult",), "mixed": ("adults and minors",)},
}
_AGE_UNKNOWN = {
    KFRS: "Not recorded",
    SDIS: "non renseigné",
    APTB: "s/d",
    SUME: "sin dato",
    CTIF: "not stated",
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    KFRS: {
        "sea": ("Small boat", "Dinghy", "Boat"),
        "land": ("HGV", "Lorry", "Van", "Car"),
        "air": ("Air", "Flight"),
    },
    SDIS: {
        "sea": ("embarcation", "small boat", "bateau pneumatique"),
        "land": ("poids lourd", "PL", "camion", "VL"),
        "air": ("avion",),
    },
    APTB: {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("vehículo", "camión", "a pie"),
        "air": ("avión", "vía aérea"),
    },
    SUME: {
        "sea": ("lancha", "marítimo"),
        "land": ("terrestre", "a pie", "caminando"),
        "air": ("aéreo",),
    },
    CTIF: {
        "sea": ("boat", "sea"),
        "land": ("land", "truck", "vehicle", "on foot"),
        "air": ("air",),
    },
}
_OFFENCES: dict[str, dict[str, str]] = {
    KFRS: {
        "document_fraud": "False documents",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs (cannabis cultivation)",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    SDIS: {
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    APTB: {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "ciberdelincuencia",
        "terrorism": "terrorismo",
    },
    SUME: {
        "document_fraud": "falsificación de documentos",
        "corruption": "corrupción",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "drogas",
        "cybercrime": "delitos informáticos",
        "terrorism": "terrorismo",
    },
    CTIF: {
        "document_fraud": "document fraud",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "drug trafficking",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
}
_OFFENCE_SEP = {KFRS: "; ", SDIS: " / ", APTB: ", ", CTIF: ", "}
#: (zero suspects word, count not known, suspects not known)
_COUNT_WORDS = {
    KFRS: ("None", "n/k", "n/k"),
    SDIS: ("aucun", "NC", "NC"),
    APTB: ("ninguno", "s/d", "s/d"),
    SUME: ("ninguno", "sin dato", "sin dato"),
    CTIF: ("none", "not stated", "not stated"),
}

# Nationalities as the agencies write them when not as a country name.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: Other English names a clerk writes (the digest, the fire service's log).
_ALIAS_EN = {
    "CIV": "Ivory Coast",
    "SYR": "Syrian Arab Republic",
    "TUR": "Turkey",
    "USA": "USA",
    "GBR": "UK",
    "VNM": "Vietnam",
    "RUS": "Russian Federation",
    "MKD": "Macedonia",
    "BIH": "Bosnia",
    "GMB": "The Gambia",
}
_SPANISH_TYPO = {
    "Marruecos": "Marrueco",
    "Senegal": "Senega",
    "Mauritania": "Mauritnia",
    "Argelia": "Algelia",
    "Guinea": "Guniea",
    "Gambia": "Gambía",
    "Rumanía": "Rumanìa",
}
_APTB_SERVICE = {
    "Ceuta": "SEIS Ceuta",
    "Melilla": "Bomberos de Melilla",
    "Almería": "Bomberos Ayto. de Almería",
    "Gran Canaria": "Consorcio de Emergencias de Gran Canaria",
    "Tenerife": "Consorcio de Bomberos de Tenerife",
    "El Hierro": "Bomberos Cabildo de El Hierro",
    "Lanzarote": "Consorcio de Seguridad y Emergencias de Lanzarote",
    "Huelva": "Consorcio Provincial de Bomberos de Huelva",
    "Almería (El Ejido)": "Consorcio de Bomberos del Poniente Almeriense",
}
_SUME_PLACE = {
    "Darién gap": "Sector Tuquesa, Darién",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "ERM Lajas Blancas",
}
_CTIF_MEMBER = {
    "ITA": "CNVVF (Italy)",
    "GRC": "Hellenic Fire Service",
    "HRV": "HVZ (Croatia)",
    "POL": "PSP (Poland)",
    "USA": "US national committee",
    "GBR": "UK national committee",
    "FRA": "FNSPF (France)",
    "ESP": "APTB (Spain)",
    "PAN": "Panama (press)",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(code: str, lang: str) -> str:
    return str(COUNTRIES[code][{"en": 1, "fr": 2, "es": 3}[lang]])


def _time(rng: _Rng) -> tuple[int, int, int]:
    return int(rng.integers(24)), int(rng.integers(60)), int(rng.integers(60))


def _date_cell(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected day, precision) of a good date, in the source's style."""
    hh, mm, ss = _time(rng)
    r = rng.random()
    if src.source == KFRS:
        if r < 0.85:
            tags.append("date_time")
            return f"{ts:%d/%m/%Y} {hh:02d}:{mm:02d}", ts, "day"
        return f"{ts:%d/%m/%Y}", ts, "day"
    if src.source == SDIS:
        tags.append("date_time")
        return f"{ts:%d/%m/%Y} {hh:02d}:{mm:02d}:{ss:02d}", ts, "day"
    if src.source == APTB:
        if partial_ok and r < 0.06:
            tags.append("month_only")
            return f"{_MESES[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
        if r < 0.11:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        if r < 0.27:
            tags.append("date_text")
            return f"{ts:%d/%m/%Y}", ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if src.source == SUME:
        tags.append("iso_offset")
        return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:{ss:02d}{_UTC5}", ts, "day"
    # CTIF digest
    if partial_ok and r < 0.10:
        tags.append("month_only")
        return f"{MONTHS[ts.month - 1]} {ts.year}", ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.16:
        tags.append("quarter_only")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that cannot be used: blank, impossible day, decade-ahead typo."""
    if kind == "no_date":
        return None
    hh, mm, ss = _time(rng)
    if kind == "bad_date":
        day, month = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11))[int(rng.integers(6))]
        y = ts.year
        if src.source == KFRS:
            return f"{day:02d}/{month:02d}/{y} {hh:02d}:{mm:02d}"
        if src.source == SDIS:
            return f"{day:02d}/{month:02d}/{y} {hh:02d}:{mm:02d}:{ss:02d}"
        if src.source == APTB:
            return f"{day:02d}/{month:02d}/{y}"
        if src.source == SUME:
            return f"{y}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}{_UTC5}"
        return f"{day} {MONTHS[month - 1]} {y}"
    # future: the decade typed wrong (2023 -> 2033)
    fut = ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    if src.source == KFRS:
        return f"{fut:%d/%m/%Y} {hh:02d}:{mm:02d}"
    if src.source == SDIS:
        return f"{fut:%d/%m/%Y} {hh:02d}:{mm:02d}:{ss:02d}"
    if src.source == APTB:
        return fut.to_pydatetime()
    if src.source == SUME:
        return f"{fut:%Y-%m-%d}T{hh:02d}:{mm:02d}:{ss:02d}{_UTC5}"
    return f"{fut.day} {MONTHS[fut.month - 1]} {fut.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date of the source's note row: the day of the extract, after its last row."""
    day = last + pd.Timedelta(days=3)
    if src.source == APTB:
        return day.to_pydatetime()
    if src.source == CTIF:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day:%d/%m/%Y}"


def _nationality(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    """Return (cell, expected ISO3) of the nationality, in the source's words."""
    code = str(ev["nationality"])
    corridor = str(ev["corridor"])
    r = rng.random()
    if src.source == KFRS:
        if code in ("IRQ", "IRN", "SYR") and r < 0.06:
            tags.append("blank_nationality_kurdish")  # an ethnicity: no country to read
            return "Kurdish", None
        if r < 0.09:
            tags.append("blank_nationality_unknown")
            return "Not known", None
        if code in _DEMONYM_EN and r < 0.75:
            tags.append("demonym")
            return _DEMONYM_EN[code], code
        if code in _ALIAS_EN and r < 0.85:
            tags.append("alias")
            return _ALIAS_EN[code], code
        return _name(code, "en"), code
    if src.source == SDIS:
        if r < 0.03:
            tags.append("blank_nationality_unknown")
            return "inconnue", None
        if code in _DEMONYM_FR and r < 0.65:
            tags.append("demonym")
            word = _DEMONYM_FR[code]
            return (word.upper() if rng.random() < 0.15 else word), code
        return _name(code, "fr"), code
    if src.source == APTB:
        if corridor == "watl" and code in ("SEN", "MLI", "GMB", "GIN", "CIV") and r < 0.07:
            tags.append("blank_nationality_region")  # a region, not a country
            return choice(rng, ("subsahariana", "subsahariano")), None
        if corridor == "wmed" and code in ("MAR", "DZA") and r < 0.06:
            tags.append("blank_nationality_region")
            return "magrebí", None
        return _es_country(code, rng, tags), code
    if src.source == SUME:
        return _sume_country(code, rng, tags), code
    return _ctif_country(code, rng, tags), code


def _es_country(code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country as the Spanish association's clerks type it."""
    name = _name(code, "es")
    r = rng.random()
    if r < 0.08:
        tags.append("upper")
        return name.upper()
    if r < 0.12:
        tags.append("spacing")
        return f" {name} "
    if r < 0.16 and name in _SPANISH_TYPO:
        tags.append("typo")
        return _SPANISH_TYPO[name]
    if code == "ROU" and r < 0.5:
        return "Rumania"
    return name


def _sume_country(code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country as the Panamanian dispatch system stores it (codes, mojibake)."""
    name = _name(code, "es")
    if code == "USA":
        name = choice(rng, ("Estados Unidos", "EE.UU.", "EEUU"))
    r = rng.random()
    if r < 0.15:
        tags.append("iso2")
        return iso_codes(code)[0]
    garbled = mojibake(name)
    if garbled is not None and r < 0.30:
        tags.append("mojibake")
        return garbled
    if r < 0.48:
        tags.append("upper")
        return name.upper()
    return name


def _ctif_country(code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country as the English digest writes it (names, aliases, ISO3 codes)."""
    name = _name(code, "en")
    r = rng.random()
    if code in _ALIAS_EN and r < 0.2:
        tags.append("alias")
        return _ALIAS_EN[code]
    if r < 0.3:
        tags.append("iso3")
        return code
    if r < 0.35:
        tags.append("lower")
        return name.lower()
    return name


def _country(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    if src.source == APTB:
        return _es_country(code, rng, tags)
    if src.source == SUME:
        return _sume_country(code, rng, tags)
    return _ctif_country(code, rng, tags)


def _detection(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[str, str]:
    code = str(ev["detection_country"])
    r = rng.random()
    if src.source == KFRS:
        if r < 0.3:
            return "UK", code
        tags.append("uk_nation")
        return ("Scotland" if ev.get("hotspot") == "Glasgow" else "England"), code
    if src.source == SDIS:
        return ("France" if r < 0.6 else "FRANCE" if r < 0.85 else "FR"), code
    if src.source == APTB:
        return ("España" if r < 0.85 else "ESPAÑA"), code
    if src.source == SUME:
        if r < 0.3:
            tags.append("iso2")
            return "PA", code
        return ("Panamá" if r < 0.85 else "PANAMÁ"), code
    if r < 0.35:
        tags.append("iso2")
        return iso_codes(code)[0], code
    return _ctif_country(code, rng, tags), code


def _transit(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[object, str | None]:
    raw = ev["transit_countries"]
    if raw is None:
        if src.source == APTB and rng.random() < 0.5:
            tags.append("transit_direct")
            return "directo", None
        return None, None
    codes = str(raw).split("|")
    if src.source == SUME:
        tags.append("json_array")
        return [_sume_country(c, rng, tags) for c in codes], str(raw)
    if src.source == APTB:
        return ", ".join(_es_country(c, rng, tags) for c in codes), str(raw)
    return " > ".join(_ctif_country(c, rng, tags) for c in codes), str(raw)


def _offences(src: ExaminerSource, ev: dict[str, object]) -> tuple[object, str | None]:
    raw = ev["linked_offences"]
    if raw is None:
        return None, None
    words = [_OFFENCES[src.source][w] for w in str(raw).split("|")]
    if src.source == SUME:
        return words, str(raw)
    return _OFFENCE_SEP[src.source].join(words), str(raw)


def _persons(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    unknown = _COUNT_WORDS[src.source][1]
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return unknown, None
    if src.format != "csv":
        return n, n
    if n >= 1000 and src.source == CTIF:
        tags.append("thousands")
        return f"{n:,}", n
    if n >= 1000 and src.source == SDIS:
        tags.append("thousands")
        return f"{n:,}".replace(",", "\u00a0"), n
    return str(n), n


def _suspects(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    zero, unknown = _COUNT_WORDS[src.source][0], _COUNT_WORDS[src.source][2]
    r = rng.random()
    if r < 0.04:
        tags.append("suspects_placeholder")
        return unknown, None
    if n == 0 and r < 0.5:
        tags.append("zero_word")
        return zero, 0
    return (n if src.format != "csv" else str(n)), n


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place, in the source's style."""
    r = rng.random()
    if src.source == APTB:
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": "sin coordenadas"}, None, None
        if r < 0.1:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        tags.append("coords_pair")
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if r < 0.05:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    if src.source == SUME:
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, round(lat, 6), round(lon, 6)
    if src.source == SDIS:
        tags.append("decimal_comma")
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, round(lat, 5), round(lon, 5)
    if src.source == CTIF:
        return {"lat": f"{lat:.3f}", "lon": f"{lon:.3f}"}, round(lat, 3), round(lon, 3)
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, round(lat, 5), round(lon, 5)


def _garble(src: ExaminerSource, text: str, rng: _Rng, tags: list[str]) -> str:
    """Garble some of SUME 911's accented words, as its middleware does."""
    if src.source != SUME or rng.random() >= 0.15:
        return text
    garbled = mojibake(text)
    if garbled is None:
        return text
    tags.append("mojibake")
    return garbled


#: Tags of a field's cell, dropped when a second report leaves the field blank.
_FIELD_TAGS: dict[str, tuple[str, ...]] = {
    "n_suspects": ("zero_word", "suspects_placeholder"),
    "nationality": ("demonym", "blank_nationality"),
    "coordinates": ("coords_", "decimal_comma"),
    "gender": ("blank_gender",),
}


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
    cols = src.headers
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, day, precision = _date_cell(src, ts, rng, partial_ok, tags)
    cells["event_date"] = date_cell
    crime = str(ev["crime_type"])
    cells["crime_type"] = _garble(src, choice(rng, _CRIME[s][crime]), rng, tags)
    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": None,
        "origin_country": None,
        "destination_country": None,
        "transit_countries": None,
    }
    # exploitation: a word for trafficking, the source's "not applicable" for smuggling
    if ev["exploitation"] is None:
        na = choice(rng, _EXPL_NA[s])
        cells["exploitation"] = na or None
    else:
        form = str(ev["exploitation"])
        cells["exploitation"] = _garble(src, choice(rng, _EXPL[s][form]), rng, tags)
        exp["exploitation"] = form
    # counts
    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_sus, rng, tags)
    # gender and age
    gender = str(ev["gender"])
    if rng.random() < 0.02:
        tags.append("blank_gender_unknown_word")
        cells["gender"], exp["gender"] = _GENDER_UNKNOWN[s], "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[s][gender]), gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("unknown_na_word")
        cells["age_group"], exp["age_group"] = _AGE_UNKNOWN[s], "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[s][age]), age
    # countries
    cells["nationality"], exp["nationality"] = _nationality(src, ev, rng, tags)
    cells["detection_country"], exp["detection_country"] = _detection(src, ev, rng, tags)
    if "origin_country" in cols:
        code = str(ev["origin_country"])
        cells["origin_country"], exp["origin_country"] = _country(src, code, rng, tags), code
    if "destination_country" in cols:
        code = str(ev["destination_country"])
        if s == SDIS:
            word = choice(rng, ("Angleterre", "Royaume-Uni", "UK", "GB"))
            cells["destination_country"] = word if code == "GBR" else _name(code, "fr")
        else:
            cells["destination_country"] = _country(src, code, rng, tags)
        exp["destination_country"] = code
    if "transit_countries" in cols:
        cells["transit_countries"], exp["transit_countries"] = _transit(src, ev, rng, tags)
    # transport: people found in premises have no conveyance in the fire log
    mode = str(ev["transport_mode"])
    if s == KFRS and ev["corridor"] == "thb_vnm_gbr" and mode == "land" and rng.random() < 0.5:
        tags.append("premises_na_word")
        cells["transport_mode"], exp["transport_mode"] = "N/A - premises", "unknown"
    else:
        word = choice(rng, _MODE[s][mode])
        cells["transport_mode"], exp["transport_mode"] = _garble(src, word, rng, tags), mode
    # place
    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells.update(place)
    cells["linked_offences"], exp["linked_offences"] = _offences(src, ev)
    hotspot = str(ev.get("hotspot") or "")
    if "service" in cols:
        cells["service"] = _APTB_SERVICE.get(hotspot, "Servicio no identificado")
    if "place" in cols:
        cells["place"] = _garble(src, _SUME_PLACE.get(hotspot, "Darién"), rng, tags)
    if "member" in cols:
        cells["member"] = _CTIF_MEMBER.get(str(ev["detection_country"]), "")
    # a second report may leave out one field the first gives
    if forced_blank is not None:
        stale = _FIELD_TAGS.get(forced_blank, ())
        tags[:] = [t for t in tags if not t.startswith(stale)]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                if key in cols:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"], exp["gender"] = None, "unknown"
        else:
            cells[forced_blank], exp[forced_blank] = None, None
    # the CSV encodings hold every cell written (cp1252 above all)
    assert all(fits(v, src) for v in cells.values() if isinstance(v, str))
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=_SOURCES,
    primary={"GBR": KFRS, "FRA": SDIS, "ESP": APTB, "PAN": SUME},
    compilation=CTIF,
    secondary={
        ("channel", "GBR"): CTIF,
        ("channel", "FRA"): CTIF,
        ("thb_vnm_gbr", "GBR"): CTIF,
        ("watl", "ESP"): CTIF,
        ("wmed", "ESP"): CTIF,
        ("thb_rou_esp", "ESP"): CTIF,
        ("darien", "PAN"): CTIF,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=364_000,
    blank_share=0.3,
)


def make_blind364(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind364`` examiner set (files ``*_nb.*``).

    Four national fire and rescue (or emergency) sources report the events detected in
    their country (United Kingdom, France, Spain, Panama); the CTIF digest reports
    every other event and a second time some of theirs. See the module docstring for
    each agency's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``kfrs_safeguarding_nb.csv``, ``sdis59_cta_codis_nb.csv``,
        ``aptb_intervenciones_nb.xlsx``, ``sume911_pa_nb.jsonl`` and
        ``ctif_incident_digest_nb.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind364(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['kfrs_safeguarding_nb.csv', 'sdis59_cta_codis_nb.csv', 'aptb_intervenciones_nb.xlsx',
     'sume911_pa_nb.jsonl', 'ctif_incident_digest_nb.csv']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    [('utf-8-sig', ','), ('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° intervention', 'Date/heure appel', 'Motif du signalement']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
