"""Examiner set ``blind321`` (files ``*_lk.*``): SIM-card sellers' and telecom compliance desks.

Five desks that never reported to this project before, each writing the way its own case
system exports, and none written with the cleaner in view:

``lebara_uk_lel_lk.csv``
    Lebara Mobile UK, Law Enforcement Liaison desk (English, UTF-8 with BOM, ``,``). Logs
    the police requests about SIM cards sold to smugglers and to the phones of trafficked
    people: UK offence words (``OIC``, ``MSHT``), demonyms for nationality, home nations
    ("England", "Scotland") for the country of incident, day-first dates and
    "17 May 2023", cell-site latitude and longitude, "Nil" suspects.
``sfr_sol_lk.csv``
    SFR (Altice France), Service des Obligations Légales (French, cp1252, ``;``). Judicial
    requisitions about prepaid lines bought for Channel crossings: ``AESI`` / ``TEH``
    qualifications, timestamps ``17/05/2023 14:32``, "T2 2023", counts with a space as
    thousands separator, "Néant", relay coordinates in degrees-minutes-seconds
    (``O`` for west), transit countries joined by `` - `` and a few country names copied
    from a UTF-8 web form (mojibake).
``digi_spain_requerimientos_lk.xlsx``
    Digi Spain Telecom, requerimientos judiciales (Spanish workbook). Criminal-code
    wording (art. 177 bis / 318 bis CP), feminine nationality adjectives ("marroquí",
    "rumana"), real Excel dates beside typed ones and bare serial numbers, "Varón",
    "Patera", "Cayuco", latitude and longitude as numbers or typed with a decimal comma;
    merged monthly extracts repeat some rows.
``asep_pa_prepago_lk.csv``
    Autoridad Nacional de los Servicios Públicos (ASEP, Panama), audit of prepaid-SIM
    registration at the points of sale of the Darién route (Spanish, UTF-16 with BOM,
    tab: Excel's "Unicode text"). Upper-case country names and migration-form ISO3 codes,
    ``NNA`` for minors, counts such as "35 personas" and "1,250", "17 de mayo de 2023",
    "II trimestre de 2023", coordinates as one "lat, long" cell.
``lycamobile_lel_lk.jsonl``
    Lycamobile group Law Enforcement Liaison (English JSON lines): the compilation of the
    requests its national operators (Italy, Poland, the United States) and its roaming
    desk received; ISO alpha-2 codes (with the usual ``UK`` and EU ``EL``), transit and
    linked offences as JSON arrays, ISO dates and timestamps, ``2023-05`` and
    ``2023-Q2``.

The truth says what a careful analyst reads from each cell; a cell that says "not known"
expects no value (or ``unknown`` for a vocabulary), and rows no analyst could date or
count are planted as bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

__all__ = ["BLIND321", "SOURCES", "SimDesk", "make_blind321"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]

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
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class SimDesk(ExaminerSource):
    """A telecom desk of this set: the shared fields plus its own words.

    Attributes
    ----------
    crime : mapping
        Crime type -> the desk's words for it.
    exploitation : mapping
        Form of exploitation -> words; key ``"none"`` holds what a smuggling row shows
        (``""`` = a blank cell), key ``"unknown"`` the words for a form not known.
    gender, age, transport : mapping
        Vocabulary word -> the desk's words.
    offences : mapping
        Linked offence -> the desk's words.
    offence_sep : str
        Separator of linked offences in one cell (``""``: written as a JSON array).
    transit_sep : tuple of str
        Separators of transit countries (``()``: written as a JSON array).
    not_known : tuple of str
        Words for a sex, age group or travel mode not recorded.
    count_unknown : tuple of str
        Words of a count cell that says the count is not known.
    zero_words : tuple of str
        Words for "no suspect".
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    transport: Words
    offences: Words
    offence_sep: str
    transit_sep: tuple[str, ...]
    not_known: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
#: Nationality as an English demonym (UK desks write "Vietnamese", not "Viet Nam").
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: French demonyms (masculine), as a requisition names a person's nationality.
_DEMONYM_FR = {
    "AFG": "afghan",
    "ALB": "albanais",
    "DZA": "algérien",
    "EGY": "égyptien",
    "ERI": "érythréen",
    "IRN": "iranien",
    "IRQ": "irakien",
    "MAR": "marocain",
    "PAK": "pakistanais",
    "SYR": "syrien",
    "TUR": "turc",
    "VNM": "vietnamien",
}
#: Spanish demonyms, feminine to agree with "nacionalidad" ("de nacionalidad marroquí").
_DEMONYM_ES = {
    "AFG": "afgana",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "VEN": "venezolana",
}

_LEBARA = SimDesk(
    source="lebara_uk_lel",
    filename="lebara_uk_lel_lk.csv",
    ref="LEL-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "LEL Case Ref",
        "event_date": "Incident Date",
        "force": "Requesting Force",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "detection_country": "Country of Incident",
        "transport_mode": "Method of Travel",
        "lat": "Cell Site Lat",
        "lon": "Cell Site Long",
        "sims": "SIMs Linked",
        "linked_offences": "Linked Offences",
    },
    note="Note: provisional - extracted from the LEL case log, not for onward disclosure",
    total="TOTAL",
    bad_count=("Several", "Multiple", "Group"),
    repeats=False,
    crime={
        "trafficking": ("Modern Slavery / Human Trafficking", "MSHT", "Modern slavery"),
        "smuggling": ("Organised Immigration Crime", "OIC", "Facilitation (s.25 IA 1971)"),
        "both": ("MSHT + OIC", "OIC & Modern Slavery"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not stated", "Not known"),
        "none": ("", "", "N/A"),
    },
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "Male/Female")},
    age={"adult": ("Adult", "18+"), "child": ("Minor", "U18"), "mixed": ("Adults & minors",)},
    transport={
        "sea": ("Small boat", "Small boat", "RHIB"),
        "land": ("HGV", "Lorry", "Car", "Coach"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Document fraud", "False ID documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Controlled drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=(),
    not_known=("Not recorded", "N/K"),
    count_unknown=("Not known", "N/K"),
    zero_words=("Nil", "None"),
)

_SFR = SimDesk(
    source="sfr_sol",
    filename="sfr_sol_lk.csv",
    ref="SOL/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier SOL",
        "event_date": "Date des faits",
        "requerant": "Service requérant",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transport_mode": "Mode de passage",
        "coordinates": "Coordonnées relais (WGS84)",
        "lines": "Nb lignes SIM",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction SOL - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("Plusieurs", "Groupe", "Nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée et au séjour irréguliers", "AESI", "Filière d'immigration"),
        "both": ("TEH + AESI", "Traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "unknown": ("Non précisé", "Inconnue"),
        "none": ("", "", "Sans objet"),
    },
    gender={
        "female": ("Féminin", "Femmes"),
        "male": ("Masculin", "Hommes"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    age={
        "adult": ("Majeur(s)", "Majeurs"),
        "child": ("Mineur(s)", "Mineurs"),
        "mixed": ("Majeurs et mineurs",),
    },
    transport={
        "sea": ("Small boat", "Embarcation", "Voie maritime"),
        "land": ("Poids lourd", "PL", "Véhicule léger"),
        "air": ("Voie aérienne",),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_sep=" / ",
    transit_sep=(" - ",),
    not_known=("Non renseigné", "Inconnu"),
    count_unknown=("Inconnu", "NC"),
    zero_words=("Néant", "Aucun"),
)

_DIGI = SimDesk(
    source="digi_spain_requerimientos",
    filename="digi_spain_requerimientos_lk.xlsx",
    ref="REQ-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº requerimiento",
        "event_date": "Fecha de los hechos",
        "organo": "Órgano requirente",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "lines": "Líneas afectadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos a fecha de extracción, pendientes de validación por Cumplimiento",
    total="TOTAL GENERAL",
    bad_count=("Varios", "Grupo numeroso"),
    repeats=True,
    crime={
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata de seres humanos"),
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "Contra los derechos de los ciudadanos extranjeros",
            "Inmigración ilegal",
        ),
        "both": ("Trata de seres humanos e inmigración ilegal",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "unknown": ("No consta",),
        "none": ("", "", "No procede"),
    },
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Varón", "Hombres"),
        "mixed": ("Ambos sexos", "Hombres y mujeres"),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "Menor de edad"),
        "mixed": ("Mayores y menores",),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Terrestre", "Vehículo", "Camión"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    transit_sep=(", ",),
    not_known=("No consta", "Sin datos"),
    count_unknown=("No consta", "s/d"),
    zero_words=("Ninguno",),
)

_ASEP = SimDesk(
    source="asep_pa_prepago",
    filename="asep_pa_prepago_lk.csv",
    ref="DNTEL-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha del hallazgo",
        "punto": "Punto de venta",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Infractores identificados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas (lat, long)",
        "sims": "SIM sin registro",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar sujeta a verificación de la DNTEL",
    total="Total",
    bad_count=("Varios", "Grupo"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
        "unknown": ("No determinada",),
        "none": ("", "No aplica"),
    },
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={"adult": ("Adultos",), "child": ("NNA", "Menores de edad"), "mixed": ("Adultos y NNA",)},
    transport={"sea": ("Lancha",), "land": ("A pie", "Terrestre", "Caminando"), "air": ("Aéreo",)},
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando", "Narcotráfico"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep="; ",
    transit_sep=(" - ", " / "),
    not_known=("No determinado", "ND"),
    count_unknown=("Por determinar", "ND"),
    zero_words=("Ninguno",),
)

_LYCA = SimDesk(
    source="lycamobile_lel",
    filename="lycamobile_lel_lk.jsonl",
    ref="LYC{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "opco": "opco",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_count",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality_iso2",
        "origin_country": "origin_iso2",
        "transit_countries": "transit_iso2",
        "destination_country": "destination_iso2",
        "detection_country": "country_iso2",
        "transport_mode": "travel_mode",
        "lat": "cell_lat",
        "lon": "cell_lng",
        "sims": "sim_count",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("multiple", "several"),
    repeats=False,
    crime={
        "trafficking": ("human_trafficking",),
        "smuggling": ("people_smuggling",),
        "both": ("trafficking_and_smuggling",),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABOUR",),
        "forced_criminality": ("CRIMINAL",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
        "unknown": ("UNKNOWN",),
        "none": ("",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
    age={"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED",)},
    transport={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    offences={
        "document_fraud": ("DOC_FRAUD",),
        "corruption": ("BRIBERY",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("DRUGS",),
        "cybercrime": ("CYBER",),
        "terrorism": ("TERRORISM",),
    },
    offence_sep="",
    transit_sep=(),
    not_known=("UNKNOWN",),
    count_unknown=("unknown",),
    zero_words=(),
)

#: The set's five desks, in the order of the submissions.
SOURCES: tuple[SimDesk, ...] = (_LEBARA, _SFR, _DIGI, _ASEP, _LYCA)


# --------------------------------------------------------------------------------------
# Dates: each desk's own styles (day first everywhere but the ISO JSON export)
# --------------------------------------------------------------------------------------
_DateCell = tuple[object, pd.Timestamp, str, str | None]


def _month(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * (ts.quarter - 1) + 1, 1)


def _clock(ts: pd.Timestamp, rng: _Rng) -> str:
    return f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"


def _partial(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    """Return ``"month"``, ``"quarter"`` or ``"day"`` (the precision the clerk gave)."""
    if not partial_ok:
        return "day"
    r = rng.random()
    return "month" if r < p_month else "quarter" if r < p_month + p_quarter else "day"


def _date_lebara(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    kind = _partial(rng, partial_ok, 0.05, 0.03)
    if kind == "month":
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "partial_date"
    if kind == "quarter":
        return f"Q{ts.quarter} {ts.year}", _quarter(ts), "quarter", "partial_date"
    if rng.random() < 0.2:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_words"
    return ts.strftime("%d/%m/%Y"), ts, "day", None


def _date_sfr(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    kind = _partial(rng, partial_ok, 0.05, 0.03)
    if kind == "month":
        text = choice(rng, (f"{_MONTHS_FR[ts.month - 1]} {ts.year}", ts.strftime("%m/%Y")))
        return text, _month(ts), "month", "partial_date"
    if kind == "quarter":
        return f"T{ts.quarter} {ts.year}", _quarter(ts), "quarter", "partial_date"
    if rng.random() < 0.25:
        return f"{ts.strftime('%d/%m/%Y')} {_clock(ts, rng)}", ts, "day", "date_time"
    return ts.strftime("%d/%m/%Y"), ts, "day", None


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _date_digi(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    kind = _partial(rng, partial_ok, 0.04, 0.03)
    if kind == "month":
        return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", _month(ts), "month", "partial_date"
    if kind == "quarter":
        text = choice(rng, (f"T{ts.quarter} {ts.year}", f"{ts.quarter}.º trimestre {ts.year}"))
        return text, _quarter(ts), "quarter", "partial_date"
    r = rng.random()
    if r < 0.12:
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
    if r < 0.2:
        return _excel_serial(ts), ts, "day", "excel_serial"
    return ts.to_pydatetime(), ts, "day", None


def _date_asep(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    kind = _partial(rng, partial_ok, 0.05, 0.03)
    if kind == "month":
        return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", _month(ts), "month", "partial_date"
    if kind == "quarter":
        text = f"{_ROMAN[ts.quarter - 1]} trimestre de {ts.year}"
        return text, _quarter(ts), "quarter", "partial_date"
    if rng.random() < 0.2:
        text = f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}"
        return text, ts, "day", "date_words"
    return ts.strftime("%d/%m/%Y"), ts, "day", None


def _date_lyca(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    kind = _partial(rng, partial_ok, 0.05, 0.04)
    if kind == "month":
        return ts.strftime("%Y-%m"), _month(ts), "month", "partial_date"
    if kind == "quarter":
        return f"{ts.year}-Q{ts.quarter}", _quarter(ts), "quarter", "partial_date"
    if rng.random() < 0.35:
        return f"{ts.strftime('%Y-%m-%d')}T{_clock(ts, rng)}:00Z", ts, "day", "date_time"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateCell]] = {
    _LEBARA.source: _date_lebara,
    _SFR.source: _date_sfr,
    _DIGI.source: _date_digi,
    _ASEP.source: _date_asep,
    _LYCA.source: _date_lyca,
}


def _bad_date(src: SimDesk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: blank, impossible (30 February) or years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the year mistyped ten years on
        late = ts.replace(year=ts.year + 10)
        if src.format == "xlsx":
            return late.to_pydatetime()
        return late.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")
    if src.format == "jsonl":
        return f"{ts.year}-02-30"
    day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "00/05")).split("/")
    return f"{day}/{month}/{ts.year}"


def _note_date(src: SimDesk, last: pd.Timestamp) -> object:
    """Return the extraction date a clerk writes on the note row (the last event's day)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_NAME_COL = {"en": 1, "fr": 2, "es": 3}


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_NAME_COL[lang]])


def _typo(name: str) -> str:
    """Return ``name`` as typed in a hurry: a doubled letter typed once, else two swapped."""
    for i in range(1, len(name)):
        if name[i] == name[i - 1] and name[i].isalpha():
            return name[:i] + name[i + 1 :]
    i = len(name) // 2
    if len(name) >= 6 and name[i - 1].isalpha() and name[i].isalpha() and name[i - 1] != name[i]:
        return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :]
    return name


def _country(src: SimDesk, iso: str, col: str, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    """Write one country as the desk does; return (text, tag or ``""``)."""
    alpha2, _ = iso_codes(iso)
    r = rng.random()
    if src is _LYCA:
        if iso == "GBR" and r < 0.6:
            return "UK", f"alias:{col}"
        if iso == "GRC" and r < 0.3:
            return "EL", f"alias:{col}"
        return alpha2, f"iso2:{col}"
    if src is _LEBARA:
        if col == "detection_country" and iso == "GBR":
            if r < 0.15:
                scot = ev.get("hotspot") == "Glasgow"
                return ("Scotland" if scot else "England"), "subnational:detection_country"
            return ("UK" if r < 0.65 else "United Kingdom"), ""
        if col == "nationality" and iso in _DEMONYM_EN and r < 0.55:
            return _DEMONYM_EN[iso], "demonym:nationality"
        if r > 0.97:
            return str(COUNTRIES[iso][5]), f"typo:{col}"
        if r > 0.92 and COUNTRIES[iso][4]:
            return str(COUNTRIES[iso][4][0]), f"alias:{col}"
        return (_name(iso, "en").upper() if r > 0.88 else _name(iso, "en")), ""
    if src is _SFR:
        name = _name(iso, "fr")
        if col == "detection_country":
            if iso == "GBR" and r < 0.15:
                return "UK", "alias:detection_country"
            return (alpha2 if r < 0.1 else name), (f"iso2:{col}" if r < 0.1 else "")
        if col == "nationality" and iso in _DEMONYM_FR and r < 0.2:
            return _DEMONYM_FR[iso], "demonym:nationality"
        garbled = mojibake(name)
        if r > 0.93 and garbled is not None and fits(garbled, src):
            return garbled, f"mojibake:{col}"
        if r > 0.85:
            return name.upper(), ""
        if r < 0.04:
            return alpha2, f"iso2:{col}"
        return name, ""
    if src is _DIGI:
        name = _name(iso, "es")
        if col == "detection_country":
            return (name.upper() if r < 0.15 else alpha2 if r < 0.25 else name), ""
        if col == "nationality" and iso in _DEMONYM_ES and r < 0.6:
            text = _DEMONYM_ES[iso]
            return (text.upper() if r < 0.08 else text), "demonym:nationality"
        if r > 0.97 and _typo(name) != name:
            return _typo(name), f"typo:{col}"
        return (name.upper() if r > 0.85 else name), ""
    # ASEP (Panama): forms in capitals, the migration service's ISO3 codes
    name = _name(iso, "es")
    if col == "detection_country":
        return choice(rng, ("Panamá", "Panamá", "PANAMÁ", "Panama", "Rep. de Panamá")), ""
    if r < 0.2:
        return iso, f"iso3:{col}"
    if col == "nationality" and iso in _DEMONYM_ES and r < 0.4:
        return _DEMONYM_ES[iso].upper(), "demonym:nationality"
    if iso == "USA" and r < 0.55:
        return choice(rng, ("EE.UU.", "EEUU", "USA")), f"alias:{col}"
    if r > 0.97 and _typo(name) != name:
        return _typo(name).upper(), f"typo:{col}"
    return (name.upper() if r < 0.75 else name), ""


# --------------------------------------------------------------------------------------
# Counts, coordinates, context columns
# --------------------------------------------------------------------------------------
def _count(src: SimDesk, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count of persons as the desk does; return (cell, tag)."""
    if src.format in ("xlsx", "jsonl"):
        return n, ""
    if n >= 1000:
        sep = {"en": ",", "fr": choice(rng, (" ", "\u00a0"))}.get(src.language, ",")
        return f"{n // 1000}{sep}{n % 1000:03d}", "thousands:n_persons"
    if src is _ASEP and rng.random() < 0.15:
        return f"{n} persona{'s' if n != 1 else ''}", "count_words"
    return str(n), ""


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{hemi}"


def _coordinates(src: SimDesk, lat: float, lon: float, rng: _Rng) -> dict[str, object]:
    if src is _SFR:  # relay position as in the operator's site register
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}
    if src is _ASEP:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if src is _DIGI:
        if rng.random() < 0.15:  # typed over the cell with a decimal comma
            return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return {"lat": round(lat, 5), "lon": round(lon, 5)}
    if src is _LYCA:
        return {"lat": round(lat, 5), "lon": round(lon, 5)}
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}


_UK_FORCE = {
    "London": ("Metropolitan Police", "NCA"),
    "Birmingham": ("West Midlands Police", "NCA"),
    "Glasgow": ("Police Scotland",),
    "Dover": ("Kent Police", "Immigration Enforcement", "NCA"),
}
_FR_SERVICE = ("OCRIEST", "BMR Coquelles", "DZPAF Pas-de-Calais", "SR Lille", "JIRS Lille")
_ES_ORGANO = {
    "Gran Canaria": ("UCRIF Canarias", "Juzgado de Instrucción de Las Palmas"),
    "Tenerife": ("UCRIF Canarias", "Guardia Civil - Comandancia de Santa Cruz"),
    "El Hierro": ("Guardia Civil - Comandancia de Santa Cruz",),
    "Lanzarote": ("UCRIF Canarias",),
    "Ceuta": ("Guardia Civil - Comandancia de Ceuta",),
    "Melilla": ("Policía Nacional - UCRIF Melilla",),
    "Huelva": ("Guardia Civil - EMUME Huelva", "Inspección de Trabajo (Huelva)"),
}
_PA_PUNTO = {
    "Bajo Chiquito": ("Kiosco comunitario Bajo Chiquito", "Vendedor ambulante Bajo Chiquito"),
    "Lajas Blancas": ("Tienda ETRM Lajas Blancas", "Kiosco Lajas Blancas"),
}
_LYCA_OPCO = {
    "ITA": "Lycamobile Italy",
    "POL": "Lycamobile Poland",
    "USA": "Lycamobile USA",
    "ESP": "Lycamobile Spain",
    "GBR": "Lycamobile UK",
}


def _context(src: SimDesk, ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    """Return the desk's own columns beside the record (requesting unit, SIM lines)."""
    sims = int(rng.integers(1, 13))
    hotspot = str(ev.get("hotspot") or "")
    det = str(ev.get("detection_country") or "")
    if src is _LEBARA:
        force = choice(rng, _UK_FORCE.get(hotspot, ("NCA", "Kent Police")))
        return {"force": force, "sims": str(sims)}
    if src is _SFR:
        return {"requerant": choice(rng, _FR_SERVICE), "lines": str(sims)}
    if src is _DIGI:
        key = "Almería" if hotspot.startswith("Almería") else hotspot
        organo = _ES_ORGANO.get(key, ("Policía Nacional - UCRIF Almería", "Juzgado de Guardia"))
        return {"organo": choice(rng, organo), "lines": sims}
    if src is _ASEP:
        punto = _PA_PUNTO.get(hotspot, ("Distribuidor autorizado Metetí", "Agente Yaviza"))
        return {"punto": choice(rng, punto), "sims": str(sims)}
    return {"opco": _LYCA_OPCO.get(det, "Roaming desk (London)"), "sims": sims}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Pick the usual word 65 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _blank(src: SimDesk, rng: _Rng, words: tuple[str, ...]) -> object:
    """Return a cell left empty or filled with one of ``words``."""
    if src.format == "jsonl":
        return None
    return None if rng.random() < 0.5 else choice(rng, words)


#: The fields of a requisition's web form (the SFR rows that may arrive garbled).
_FORM_FIELDS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "transit_countries",
    "destination_country",
    "detection_country",
    "transport_mode",
    "linked_offences",
)


def _render(
    src: SimDesk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(t: str) -> None:
        if t:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tag(t or "")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime[crime])
    exp["crime_type"] = crime
    if crime == "smuggling":
        cells["exploitation"] = choice(rng, src.exploitation["none"]) or None
        exp["exploitation"] = None
    else:
        form = str(ev["exploitation"])
        if rng.random() < 0.04:
            cells["exploitation"] = choice(rng, src.exploitation["unknown"])
            exp["exploitation"] = "unknown"
            tag("unknown:exploitation")
        else:
            cells["exploitation"] = _word(rng, src.exploitation[form])
            exp["exploitation"] = form

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tag(t)

    sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = None if src.format == "jsonl" else choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif sus == 0 and src.zero_words and r < 0.3:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tag("zero_word")
    else:
        cells["n_suspects"] = sus if src.format != "csv" else str(sus)
        exp["n_suspects"] = sus

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else _blank(src, rng, src.not_known)
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, src.gender[gender]), gender

    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.not_known), "unknown"
            tag(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(rng, table[value]), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col != "detection_country" and rng.random() < 0.025:
            cells[col], exp[col] = _blank(src, rng, src.not_known), None
            tag(f"blank_{col}" if col == "nationality" else f"unknown:{col}")
            continue
        cells[col], t = _country(src, str(iso), col, ev, rng)
        exp[col] = iso
        tag(t)

    transit = ev["transit_countries"]
    if "transit_countries" not in has:
        exp["transit_countries"] = None
    elif transit is None:
        none_word = {_DIGI.source: "Ninguno", _ASEP.source: "Directo"}.get(src.source)
        cells["transit_countries"] = none_word if none_word and rng.random() < 0.25 else None
        exp["transit_countries"] = None
    else:
        parts = [_country(src, p, "transit_countries", ev, rng)[0] for p in str(transit).split("|")]
        if src.transit_sep:
            cells["transit_countries"] = choice(rng, src.transit_sep).join(parts)
        else:
            cells["transit_countries"] = parts
        exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.04:
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        cells.update(_coordinates(src, lat, lon, rng))
        exp["lat"], exp["lon"] = lat, lon
        if src is _DIGI and isinstance(cells.get("lat"), str):
            tag("decimal_comma:coordinates")

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words) if src.offence_sep else words

    if src is _SFR and rng.random() < 0.1:
        # the requisition came in through the web form (UTF-8) and was pasted into the
        # cp1252 register: its accented words are garbled, the meaning stays
        garbled = False
        for col in _FORM_FIELDS:
            written = cells.get(col)
            moji = mojibake(written) if isinstance(written, str) else None
            if moji is not None and fits(moji, src):
                cells[col], garbled = moji, True
        tag("mojibake:row" if garbled else "")

    cells.update(_context(src, ev, rng))
    return cells, exp, tags


#: Where each event is first reported: the desk of its detection country, else Lycamobile.
_PRIMARY = {
    "GBR": _LEBARA.source,
    "FRA": _SFR.source,
    "ESP": _DIGI.source,
    "PAN": _ASEP.source,
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): _LEBARA.source,
    ("channel", "GBR"): _SFR.source,
    ("thb_vnm_gbr", "GBR"): _LYCA.source,
    ("wmed", "ESP"): _LYCA.source,
    ("watl", "ESP"): _LYCA.source,
    ("thb_rou_esp", "ESP"): _LYCA.source,
}

#: The variant: five telecom desks, their routing and their way of writing a row.
BLIND321: Examiner[SimDesk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_LYCA.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=321_0321,
    blank_share=0.35,
)


def make_blind321(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five telecom desks of set ``blind321`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``lebara_uk_lel_lk.csv``, ``sfr_sol_lk.csv``, ``digi_spain_requerimientos_lk.xlsx``,
        ``asep_pa_prepago_lk.csv`` and ``lycamobile_lel_lk.jsonl``, each with the
        expected reading of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind321(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['lebara_uk_lel_lk.csv', 'sfr_sol_lk.csv', 'digi_spain_requerimientos_lk.xlsx',
     'asep_pa_prepago_lk.csv', 'lycamobile_lel_lk.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier SOL', 'Date des faits', 'Service requérant']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND321, truth, seed=seed)
