"""Examiner sample set ``blind385`` (files ``*_nw.*``): staffing-sector compliance desks.

Five compliance desks of payroll, umbrella and temporary-work companies report the
workers they found trafficked or smuggled, each the way its own case tool exports:

``giant_umbrella_uk_nw.csv``
    Giant Group (UK umbrella payroll) compliance and safeguarding referral log. English,
    UTF-8 with BOM, ``,``; UK day-first dates (``17/05/2023``, ``17 May 2023``, ``May 2023``,
    ``Q2 2023``); nationalities as demonyms (``Vietnamese``); UK modern-slavery wording;
    routes joined by ``" > "``; ``Nil`` for no perpetrator; no coordinates. Re-sent once, so
    some rows repeat exactly.
``synergie_vigilance_nw.jsonl``
    Groupe Synergie's duty-of-vigilance (*devoir de vigilance*) alert register, compiled from
    its subsidiaries: the compilation source. French keys and values, UTF-8; ISO dates, month
    (``2023-05``) and quarter (``T2 2023``) dates; French legal wording (``aide à l'entrée
    irrégulière``, ``sans objet``); coordinates with a decimal comma; a subsidiary's own
    country name (``Italia``, ``Polska``, ``Hrvatska``) or ISO alpha-2 code; names garbled
    by a UTF-8 file read as cp1252 (mojibake).
``adecco_es_cumplimiento_nw.csv``
    Adecco España (ETT) compliance: the ethics channel's case log. Spanish, cp1252, ``;``;
    ``dd/mm/yyyy`` and ``dd/mm/yy`` dates, ``05/2023`` and ``2º trim. 2023``; upper-case
    country names; masculine demonyms; ``Varón``/``Mujer``; ``MENA``; ``art. 318 bis``
    for smuggling; thousands with a point (``1.250``); no coordinates.
``manpowergroup_mx_repse_nw.csv``
    ManpowerGroup México's REPSE subcontracting compliance desk. Mexican Spanish, UTF-16
    (Excel "Unicode text"), tab-delimited; ``17/05/2023`` and ``17/may/2023``; ``H``/``M``
    (hombre, mujer); ``NNA``; feminine nationality adjectives (``Hondureña``); ``EUA``;
    ``tráfico de personas`` for smuggling (Mexican usage); ``12 personas``; thousands with
    a comma; one ``lat,lon`` cell; ``S/F`` (no date). Re-sent once, so some rows repeat.
``grupo_verdeza_pa_nw.xlsx``
    Grupo Verdeza (Panama private employment agency) case workbook. Spanish; real Excel
    dates, pasted Excel serial numbers and ``dd-mm-yyyy`` text; ISO alpha-3 nationalities
    now and then; coordinates in degrees, minutes and seconds.

Detection countries route each event to its first source: the United Kingdom to the
umbrella desk, Spain to the ETT, the United States (US-Mexico border) to the REPSE desk,
Panama to the agency, every other country (France, Italy, Greece, Croatia, Poland) to
the Synergie compilation. A Channel, Romania-Spain/Italy or Darién event may be reported a
second time by another desk.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND385", "SOURCES", "make_blind385"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_UK = "giant_umbrella_uk"
_FR = "synergie_vigilance"
_ES = "adecco_es_cumplimiento"
_MX = "manpowergroup_mx_repse"
_PA = "grupo_verdeza_pa"

#: The record fields a truth row expects, in :data:`trendlib.schema.EVENT_FIELDS` order.
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

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_UK,
        filename=f"{_UK}_nw.csv",
        ref="GUK-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Referral ID",
            "event_date": "Date of Incident",
            "detection_country": "Country Identified",
            "crime_type": "Concern Category",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Workers",
            "n_suspects": "No. of Alleged Perpetrators",
            "gender": "Sex",
            "age_group": "Age Band",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Route Via",
            "destination_country": "Intended Destination",
            "transport_mode": "Method of Travel",
            "linked_offences": "Associated Risks",
        },
        note="Note: export from the compliance case system - figures provisional until closed",
        total="TOTAL WORKERS",
        bad_count=("several", "multiple", "a number of"),
        repeats=True,
    ),
    ExaminerSource(
        source=_FR,
        filename=f"{_FR}_nw.jsonl",
        ref="SYN-VIG-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "id_signalement",
            "event_date": "date_des_faits",
            "detection_country": "pays_des_faits",
            "crime_type": "qualification",
            "exploitation": "forme_exploitation",
            "n_persons": "nb_personnes_concernees",
            "n_suspects": "nb_auteurs_presumes",
            "gender": "sexe",
            "age_group": "majeur_mineur",
            "nationality": "nationalite",
            "origin_country": "pays_origine",
            "transit_countries": "pays_transit",
            "destination_country": "pays_destination",
            "transport_mode": "mode_transport",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "infractions_connexes",
        },
        note=None,
        total="TOTAL GROUPE",
        bad_count=("plusieurs", "une dizaine", "quelques-uns"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ES,
        filename=f"{_ES}_nw.csv",
        ref="CE-{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº Expediente",
            "event_date": "Fecha hechos",
            "crime_type": "Tipología",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº personas afectadas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País destino",
            "detection_country": "País detección",
            "transport_mode": "Medio de transporte",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos extraídos del canal ético, pendientes de validación",
        total="TOTAL",
        bad_count=("varios", "un grupo", "numerosos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MX,
        filename=f"{_MX}_nw.csv",
        ref="MX-REPSE-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Folio",
            "event_date": "Fecha del evento",
            "crime_type": "Tipo de caso",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Personas involucradas",
            "n_suspects": "Probables responsables",
            "gender": "Sexo",
            "age_group": "Grupo de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "País de destino",
            "detection_country": "País donde se detectó",
            "transport_mode": "Medio de transporte",
            "coordinates": "Geolocalización",
            "linked_offences": "Delitos asociados",
        },
        note="Nota: información preliminar, sujeta a validación del área de Cumplimiento REPSE",
        total="Total",
        bad_count=("varias", "un grupo", "varios"),
        repeats=True,
    ),
    ExaminerSource(
        source=_PA,
        filename=f"{_PA}_nw.xlsx",
        ref="GV-{seq:04d}-{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "No. de caso",
            "event_date": "Fecha",
            "crime_type": "Delito",
            "exploitation": "Fin de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Cantidad de implicados",
            "gender": "Género",
            "age_group": "Rango de edad",
            "nationality": "Nacionalidad",
            "origin_country": "Procedencia",
            "transit_countries": "Tránsito",
            "destination_country": "Destino final",
            "detection_country": "País",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas",
            "linked_offences": "Otros delitos",
        },
        note="Nota: registro interno de la agencia, no constituye denuncia",
        total="TOTAL",
        bad_count=("varios", "grupo familiar", "muchos"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Words of the five desks
# --------------------------------------------------------------------------------------
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "DZA": "Algerian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_ES_DEMONYM = {  # masculine, as a Spanish HR file writes "nacionalidad"
    "CIV": "marfileño",
    "DZA": "argelino",
    "GIN": "guineano",
    "GMB": "gambiano",
    "MAR": "marroquí",
    "MLI": "maliense",
    "NGA": "nigeriano",
    "ROU": "rumano",
    "SEN": "senegalés",
}
_MX_DEMONYM = {  # feminine, as a Mexican form writes "nacionalidad: mexicana"
    "CHN": "China",
    "COL": "Colombiana",
    "ECU": "Ecuatoriana",
    "GTM": "Guatemalteca",
    "HND": "Hondureña",
    "HTI": "Haitiana",
    "MEX": "Mexicana",
    "VEN": "Venezolana",
}
#: A subsidiary of the French group writes its own country in its own language.
_LOCAL_NAME = {"ITA": "Italia", "POL": "Polska", "HRV": "Hrvatska", "ESP": "España"}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _UK: {
        "trafficking": ("Modern Slavery", "Modern slavery / human trafficking"),
        "smuggling": ("Facilitation (people smuggling)", "Facilitated illegal entry"),
        "both": ("Modern Slavery & Facilitation",),
    },
    _FR: {
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
        ),
        "both": ("TEH et aide à l'entrée irrégulière",),
    },
    _ES: {
        "trafficking": ("Trata de seres humanos", "TSH"),
        "smuggling": ("Favorecimiento inmigración irregular (art. 318 bis)", "Art. 318 bis CP"),
        "both": ("TSH + art. 318 bis",),
    },
    _MX: {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de personas", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
    _PA: {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    _UK: {
        "forced_labour": ("Labour Exploitation",),
        "sexual": ("Sexual Exploitation",),
        "forced_criminality": ("Criminal Exploitation",),
        "forced_marriage": ("Forced Marriage",),
        "organ_removal": ("Organ Harvesting",),
        "other": ("Other",),
        "unknown": ("Not yet known",),
        "none": ("N/A",),
    },
    _FR: {
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "sexual": ("exploitation sexuelle",),
        "forced_criminality": ("contrainte à commettre tout crime ou délit",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre forme",),
        "unknown": ("à déterminer",),
        "none": ("sans objet",),
    },
    _ES: {
        "forced_labour": ("Laboral",),
        "sexual": ("Sexual",),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras",),
        "unknown": ("Pendiente de determinar",),
        "none": ("No procede",),
    },
    _MX: {
        "forced_labour": ("Trabajo forzado", "Explotación laboral"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
        "unknown": ("Por determinar",),
        "none": ("No aplica",),
    },
    _PA: {
        "forced_labour": ("Laboral",),
        "sexual": ("Sexual",),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio servil",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otro",),
        "unknown": ("En investigación",),
        "none": ("",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _UK: {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "Male & female")},
    _FR: {"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte",)},
    _ES: {"male": ("Varón",), "female": ("Mujer",), "mixed": ("Ambos sexos",)},
    _MX: {"male": ("H", "Hombre"), "female": ("M", "Mujer"), "mixed": ("Mixto", "Ambos")},
    _PA: {"male": ("Masculino",), "female": ("Femenino",), "mixed": ("Mixto",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _UK: {
        "adult": ("18+", "Adult"),
        "child": ("Under 18", "Minor"),
        "mixed": ("Mixed (adults & minors)",),
    },
    _FR: {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    _ES: {
        "adult": ("Mayor de edad",),
        "child": ("Menor", "MENA"),
        "mixed": ("Mayores y menores",),
    },
    _MX: {
        "adult": ("Adultos",),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA",),
    },
    _PA: {
        "adult": ("Adultos",),
        "child": ("Menores",),
        "mixed": ("Adultos y menores",),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    _UK: {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry/HGV", "Vehicle", "Coach"),
        "air": ("Flight",),
    },
    _FR: {
        "sea": ("voie maritime", "embarcation"),
        "land": ("voie terrestre", "camion"),
        "air": ("voie aérienne",),
    },
    _ES: {
        "sea": ("Marítimo", "Patera", "Cayuco"),
        "land": ("Terrestre", "Autobús"),
        "air": ("Aéreo", "Avión"),
    },
    _MX: {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Tractocamión"),
        "air": ("Aéreo",),
    },
    _PA: {
        "sea": ("Lancha", "Marítimo"),
        "land": ("Terrestre", "A pie"),
        "air": ("Aéreo",),
    },
}
#: "Not applicable" written for an age group or a way of travel (read as ``unknown``).
_NA_WORD = {_UK: "N/A", _FR: "non renseigné", _ES: "No consta", _MX: "No aplica", _PA: "N/A"}
_OFFENCE: dict[str, dict[str, str]] = {
    _UK: {
        "document_fraud": "Right to work document fraud",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Cannabis cultivation",
        "cybercrime": "Cyber-enabled",
        "terrorism": "Terrorism",
    },
    _FR: {
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    _ES: {
        "document_fraud": "Falsedad documental",
        "corruption": "Cohecho",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Contra la salud pública (drogas)",
        "cybercrime": "Ciberdelito",
        "terrorism": "Terrorismo",
    },
    _MX: {
        "document_fraud": "Uso de documento falso",
        "corruption": "Cohecho",
        "money_laundering": "Operaciones con recursos de procedencia ilícita",
        "illicit_goods": "Contrabando de mercancía",
        "cybercrime": "Delitos informáticos",
        "terrorism": "Terrorismo",
    },
    _PA: {
        "document_fraud": "Falsificación de documentos",
        "corruption": "Corrupción de servidores públicos",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Tráfico de drogas",
        "cybercrime": "Delitos informáticos",
        "terrorism": "Terrorismo",
    },
}
_OFFENCE_SEP = {_UK: ", ", _FR: " ; ", _ES: " / ", _MX: ", ", _PA: "; "}
_TRANSIT_SEP = {_UK: " > ", _FR: ", ", _ES: " - ", _MX: " - ", _PA: ", "}
_DIRECT = {_UK: "Direct", _FR: "direct", _ES: "Directo", _MX: "Directo", _PA: ""}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}
_MX_MONTHS = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _hit(rng: _Rng, share: float) -> bool:
    return bool(rng.random() < share)


def _typo(text: str) -> str:
    """Swap two letters in the middle of a long name (a clerk's slip)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _split(codes: object) -> list[str]:
    return [] if codes is None else str(codes).split("|")


def _count(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts


def _precision(rng: _Rng, partial_ok: bool, month: float, quarter: float) -> str:
    u = rng.random()
    if not partial_ok:
        return "day"
    if u < quarter:
        return "quarter"
    if u < quarter + month:
        return "month"
    return "day"


def _later(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date a clerk meant, typed with the year's digits swapped (2023 -> 2203)."""
    return pd.Timestamp(year=2200 + ts.year % 100, month=ts.month, day=min(ts.day, 28))


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (0.1") of a coordinate, and the value it reads as."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    read = tenths / 36000
    return text, read if value >= 0 else -read


# --------------------------------------------------------------------------------------
# Country cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _uk_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    if iso == "GBR":
        return choice(rng, ("UK", "United Kingdom", "England", "UK"))
    if iso == "USA":
        return choice(rng, ("USA", "United States"))
    name = "Vietnam" if iso == "VNM" and _hit(rng, 0.6) else _name(iso, "en")
    if _hit(rng, 0.03) and _typo(name) != name:
        tags.append("typo")
        return _typo(name)
    return name


def _uk_nationality(iso: str, rng: _Rng, tags: list[str]) -> str:
    word = _EN_DEMONYM.get(iso) or _name(iso, "en")
    if _hit(rng, 0.03) and _typo(word) != word:
        tags.append("typo")
        return _typo(word)
    if _hit(rng, 0.06):
        tags.append("case")
        return word.lower()
    return word


def _fr_country(iso: str, rng: _Rng, tags: list[str], *, local: bool = False) -> str:
    if local and iso in _LOCAL_NAME and _hit(rng, 0.15):
        tags.append("local_name")
        return _LOCAL_NAME[iso]
    if local and _hit(rng, 0.08):
        tags.append("iso2")
        return str(COUNTRIES[iso][0])
    name = _name(iso, "fr")
    garbled = mojibake(name)
    if garbled is not None and _hit(rng, 0.12):
        tags.append("mojibake")
        return garbled
    if _hit(rng, 0.04):
        tags.append("case")
        return name.upper()
    return name


def _es_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    name = _name(iso, "es")
    if iso == "CIV" and _hit(rng, 0.5):
        name = "Costa de Marfil"
    if _hit(rng, 0.02) and _typo(name) != name:
        tags.append("typo")
        name = _typo(name)
    if _hit(rng, 0.35):
        tags.append("case")
        return name.upper()
    return name


def _es_nationality(iso: str, rng: _Rng, tags: list[str]) -> str:
    word = _ES_DEMONYM.get(iso) or _name(iso, "es")
    if _hit(rng, 0.35):
        tags.append("case")
        return word.upper()
    return word


def _mx_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    if iso == "USA":
        return choice(rng, ("EUA", "EE.UU.", "Estados Unidos", "EUA"))
    if iso == "MEX":
        return choice(rng, ("México", "Mexico", "México"))
    name = _name(iso, "es")
    if _hit(rng, 0.05):
        tags.append("spacing")
        return name + " "
    return name


def _mx_nationality(iso: str, rng: _Rng, tags: list[str]) -> str:
    word = _MX_DEMONYM.get(iso) or _name(iso, "es")
    if _hit(rng, 0.08):
        tags.append("case")
        return word.upper()
    return word


def _pa_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    if iso == "USA":
        return choice(rng, ("Estados Unidos", "EEUU", "Estados Unidos"))
    if iso == "PAN":
        return choice(rng, ("Panamá", "PANAMA", "Rep. de Panamá"))
    name = _name(iso, "es")
    if _hit(rng, 0.1):
        tags.append("case")
        return name.upper()
    return name


def _pa_nationality(iso: str, rng: _Rng, tags: list[str]) -> str:
    if _hit(rng, 0.15):
        tags.append("iso3")
        return iso
    return _pa_country(iso, rng, tags)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _uk_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> str:
    if precision == "month":
        return f"{_MONTHS['en'][ts.month - 1]} {ts.year}"
    if precision == "quarter":
        return f"Q{ts.quarter} {ts.year}"
    if _hit(rng, 0.3):
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
    return ts.strftime("%d/%m/%Y")


def _fr_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> str:
    if precision == "month":
        return ts.strftime("%Y-%m")
    if precision == "quarter":
        return f"T{ts.quarter} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _es_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> str:
    if precision == "month":
        return ts.strftime("%m/%Y")
    if precision == "quarter":
        return f"{ts.quarter}º trim. {ts.year}"
    return ts.strftime("%d/%m/%y" if _hit(rng, 0.2) else "%d/%m/%Y")


def _mx_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> str:
    if precision == "month":
        return f"{_MX_MONTHS[ts.month - 1]} {ts.year}"
    if _hit(rng, 0.25):
        return f"{ts.day:02d}/{_MONTHS['es'][ts.month - 1]}/{ts.year}"
    return ts.strftime("%d/%m/%Y")


def _pa_date(ts: pd.Timestamp, precision: str, rng: _Rng) -> object:
    if precision == "month":
        return f"{_MONTHS['es'][ts.month - 1]}-{ts.year}"
    u = rng.random()
    if u < 0.15:  # pasted as values: the Excel serial number stays
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if u < 0.25:
        return ts.strftime("%d-%m-%Y")
    return ts.normalize().to_pydatetime()


_DATE = {_UK: _uk_date, _FR: _fr_date, _ES: _es_date, _MX: _mx_date, _PA: _pa_date}
#: (share of month-only dates, share of quarter-only dates) where a source may give them.
_PARTIAL = {
    _UK: (0.05, 0.02),
    _FR: (0.08, 0.04),
    _ES: (0.05, 0.02),
    _MX: (0.05, 0.0),
    _PA: (0.05, 0.0),
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    name = src.source
    if kind == "no_date":
        return "S/F" if name == _MX and _hit(rng, 0.5) else None
    if kind == "bad_date":  # a day that does not exist
        if name == _FR:
            return f"{ts.year}-02-30"
        if name == _ES:
            return f"31/02/{ts.strftime('%y')}"
        return f"31/02/{ts.year}"
    later = _later(ts)
    if name == _PA:
        return later.to_pydatetime()
    return _DATE[name](later, "day", rng)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date a clerk writes on the note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    if src.source == _PA:
        return day.to_pydatetime()
    if src.source == _FR:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _write_country(name: str, iso: object, rng: _Rng, tags: list[str], role: str) -> str | None:
    """Write one ISO code as the source writes a country in that role (``nat``, ``det``, ...)."""
    if iso is None:
        return None
    code = str(iso)
    if name == _UK:
        return _uk_nationality(code, rng, tags) if role == "nat" else _uk_country(code, rng, tags)
    if name == _FR:
        return _fr_country(code, rng, tags, local=role == "det")
    if name == _ES:
        return _es_nationality(code, rng, tags) if role == "nat" else _es_country(code, rng, tags)
    if name == _MX:
        if role == "det" and _hit(rng, 0.1):
            tags.append("iso2")
            return str(COUNTRIES[code][0])
        return _mx_nationality(code, rng, tags) if role == "nat" else _mx_country(code, rng, tags)
    return _pa_nationality(code, rng, tags) if role == "nat" else _pa_country(code, rng, tags)


def _persons_cell(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> object:
    name = src.source
    if n >= 1000:
        tags.append("thousands_sep")
        sep = {_UK: ",", _FR: "\u202f", _ES: ".", _MX: ","}.get(name)
        if sep is None:
            return n
        return _thousands(n, sep)
    if name == _MX and _hit(rng, 0.12):
        tags.append("count_words")
        return f"{n} personas" if n != 1 else "1 persona"
    return n if src.format == "xlsx" else str(n)


def _suspects_cell(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, bool]:
    """Return the cell of the suspects count, and whether it gives the count."""
    name = src.source
    if _hit(rng, 0.02):
        tags.append("suspects_placeholder")
        word = {_UK: "n/k", _FR: "NC", _ES: "N/D", _MX: "Se desconoce", _PA: "N/D"}[name]
        return word, False
    if n == 0 and _hit(rng, 0.5):
        tags.append("zero_word")
        word = {_UK: "Nil", _FR: "aucun", _ES: "ninguno", _MX: "Ninguno", _PA: "ninguno"}[name]
        return word, True
    return (n if src.format == "xlsx" else str(n)), True


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source writes it: (cells, expected values, tags)."""
    name = src.source
    tags: list[str] = []
    cells: _Cells = {}
    exp: dict[str, object] = {f: ev.get(f) for f in _FIELDS}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    month, quarter = _PARTIAL[name]
    precision = _precision(rng, partial_ok, month, quarter)
    if precision != "day":
        tags.append(f"{precision}_date")
    cells["event_date"] = _DATE[name](ts, precision, rng)
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision

    # what happened
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[name][crime])
    words = _EXPLOIT[name]
    if ev["exploitation"] is None:
        cells["exploitation"] = words["none"][0] or None
        exp["exploitation"] = None
    elif _hit(rng, 0.03):
        tags.append("exploitation_unknown")
        cells["exploitation"] = words["unknown"][0]
        exp["exploitation"] = "unknown"
    else:
        cells["exploitation"] = choice(rng, words[str(ev["exploitation"])])

    # counts
    persons = _count(ev["n_persons"])
    if _hit(rng, 0.02):
        tags.append("count_placeholder")
        cells["n_persons"] = {_UK: "TBC", _FR: "NC", _ES: "s/d", _MX: "S/D", _PA: "N/D"}[name]
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _persons_cell(src, persons, rng, tags)
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"] = None
        exp["n_suspects"] = None
    else:
        cell, known = _suspects_cell(src, _count(ev["n_suspects"]), rng, tags)
        cells["n_suspects"] = cell
        if not known:
            exp["n_suspects"] = None

    # who
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells["gender"] = choice(rng, _GENDER[name][str(ev["gender"])])
    if _hit(rng, 0.02):
        tags.append("na_word")
        cells["age_group"] = _NA_WORD[name]
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = choice(rng, _AGE[name][str(ev["age_group"])])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"] = None
        exp["nationality"] = None
    else:
        cells["nationality"] = _write_country(name, ev["nationality"], rng, tags, "nat")

    # where
    cells["origin_country"] = _write_country(name, ev["origin_country"], rng, tags, "origin")
    cells["destination_country"] = _write_country(
        name, ev["destination_country"], rng, tags, "dest"
    )
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"] = None
        exp["detection_country"] = None
    else:
        cells["detection_country"] = _write_country(name, ev["detection_country"], rng, tags, "det")
    stops = _split(ev["transit_countries"])
    if stops:
        parts = [_write_country(name, c, rng, tags, "transit") for c in stops]
        cells["transit_countries"] = _TRANSIT_SEP[name].join(p or "" for p in parts)
    else:
        cells["transit_countries"] = _DIRECT[name] or None
    mode = str(ev["transport_mode"])
    if name == _UK and crime != "smuggling" and _hit(rng, 0.04):
        tags.append("na_word")  # found at a workplace: "method of travel" does not apply
        cells["transport_mode"] = _NA_WORD[name]
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = choice(rng, _MODE[name][mode])

    # coordinates
    _place(src, ev, rng, cells, exp, tags, forced_blank)

    # linked offences, in the truth's order
    offences = _split(ev["linked_offences"])
    cells["linked_offences"] = (
        _OFFENCE_SEP[name].join(_OFFENCE[name][o] for o in offences) if offences else None
    )

    for key, value in cells.items():  # a cp1252 file cannot hold every name
        if isinstance(value, str) and not fits(value, src):
            raise DataContractError(f"{key}={value!r} does not fit {src.encoding}.")
    return cells, exp, tags


def _place(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: _Cells,
    exp: dict[str, object],
    tags: list[str],
    forced_blank: str | None,
) -> None:
    """Write the coordinates as the source does (or note that it has none)."""
    name = src.source
    lat, lon = ev["lat"], ev["lon"]
    if name in (_UK, _ES):  # case logs of HR desks: no place column at all
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
        return
    if forced_blank == "coordinates" or lat is None or lon is None:
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
        return
    if _hit(rng, 0.1):
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
        return
    la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    if name == _FR:
        tags.append("decimal_comma")
        cells["lat"] = f"{la:.5f}".replace(".", ",")
        cells["lon"] = f"{lo:.5f}".replace(".", ",")
        exp["lat"], exp["lon"] = round(la, 5), round(lo, 5)
    elif name == _MX:
        cells["coordinates"] = f"{la:.5f},{lo:.5f}"
        exp["lat"], exp["lon"] = round(la, 5), round(lo, 5)
    else:
        tags.append("dms")
        lat_text, lat_read = _dms(la, "N", "S")
        lon_text, lon_read = _dms(lo, "E", "W")
        cells["coordinates"] = f"{lat_text} {lon_text}"
        exp["lat"], exp["lon"] = round(lat_read, 6), round(lon_read, 6)


#: The variant: its five sources, their routing and their ways of writing.
BLIND385: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _UK, "ESP": _ES, "USA": _MX, "PAN": _PA},
    compilation=_FR,
    secondary={
        ("channel", "FRA"): _UK,
        ("channel", "GBR"): _FR,
        ("thb_vnm_gbr", "GBR"): _FR,
        ("thb_rou_esp", "ESP"): _FR,
        ("thb_rou_esp", "ITA"): _ES,
        ("darien", "PAN"): _MX,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=385,
    blank_share=0.3,
)


def make_blind385(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five staffing-sector compliance desks of ``blind385``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``giant_umbrella_uk_nw.csv`` (English, UTF-8 with BOM, ``,``),
        ``synergie_vigilance_nw.jsonl`` (French, UTF-8; the compilation),
        ``adecco_es_cumplimiento_nw.csv`` (Spanish, cp1252, ``;``),
        ``manpowergroup_mx_repse_nw.csv`` (Mexican Spanish, UTF-16, tab) and
        ``grupo_verdeza_pa_nw.xlsx`` (Panamanian Spanish), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind385(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['giant_umbrella_uk_nw.csv', 'synergie_vigilance_nw.jsonl',
     'adecco_es_cumplimiento_nw.csv', 'manpowergroup_mx_repse_nw.csv',
     'grupo_verdeza_pa_nw.xlsx']
    >>> [(s.encoding, s.delimiter) for s in subs][2:4]
    [('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[0].frame.columns[:3].tolist()
    ['Referral ID', 'Date of Incident', 'Country Identified']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND385, truth, seed=seed)
