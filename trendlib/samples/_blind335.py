"""Examiner sample set ``blind335`` (files ``*_ly.*``): food, port-health and agri inspectors.

Five agencies that have not written for trendlib before, each in its own working language
and with the habits of its own tools:

``dover_pha_ly.xlsx``
    Dover Port Health Authority (Dover District Council environmental health officers).
    English, an Excel workbook kept by hand next to the port-health system: real Excel
    dates (a few typed as text), nationalities as demonyms (``Afghan``, ``Iraqi
    (Kurdish)``), ``UK`` / ``GB`` / ``Scotland``, ``Nil`` suspects, ``TBC`` counts,
    routes joined by ``" > "``, ``N/A`` exploitation for clandestine entrants.
``cofepris_cos_ly.csv``
    COFEPRIS, Comisión de Operación Sanitaria (Mexican federal sanitary verification):
    findings of persons in verified cargo at the northern border. Spanish (Mexico),
    cp1252, ``,``; day-first dates, a few with the time and a few as Excel serials;
    ``Sexo`` written ``H`` / ``M`` (hombre / mujer); feminine gentilicios
    (``HONDUREÑA``); ``EUA`` for the United States; counts as in an acta
    (``3 (tres)``, ``1,250``); Mexican legal wording (``Tráfico de indocumentados``,
    ``Operaciones con recursos de procedencia ilícita``).
``copeg_darien_ly.jsonl``
    COPEG, the Panama–United States commission against cattle screwworm, whose
    quarantine inspectors man the Darién checkpoints: a field-app (ODK/KoBo) export.
    Spanish keys, choice names as values (``trafico_migrantes``, ``estados_unidos``,
    ``nna``), select-multiple answers space-separated, ISO dates and timestamps with the
    UTC offset, the GPS point as ``"lat lon altitude accuracy"``.
``aica_inspeccion_ly.csv``
    AICA, Spain's Agencia de Información y Control Alimentarios (agri-food chain
    inspectors in the Huelva, Almería and Canary fields and packing houses). Spanish,
    UTF-8 with BOM, ``;``; decimal commas; month (``05/2023``) and quarter (``T2 2023``)
    dates; Criminal Code articles (``art. 318 bis CP``); mojibake in country names
    pasted from an older cp1252 extraction; ``s/d`` counts.
``euromed_droits_ly.csv``
    EuroMed Droits, the Euro-Mediterranean human-rights network: a compilation of the
    incidents its members and the press report, saved by Excel as *Texte Unicode*
    (UTF-16, tab-delimited). French; plural demonyms (``Tunisiens``); ``env. 40``
    counts; ``1 250`` with a narrow no-break space; coordinates pasted from a map
    (``35.50123, 12.60345``); dates day-first, long (``17 mai 2023``), by month
    (``mai 2023``) or by quarter (``T2 2023``).

Port health reports the United Kingdom, COFEPRIS the United States, COPEG Panama, AICA
Spain; EuroMed Droits compiles everything else (France, Italy, Greece, Croatia, Poland)
and reports again a share of the Channel and of the Spanish sea arrivals; port health
hears of Channel departures from Calais and Dunkirk, AICA of Romanian field workers found
in Italy. The ground truth expects what a careful analyst reads in each cell: a count
``TBC`` or ``s/d`` is no count, ``Nil`` / ``ninguno`` / ``aucun`` suspects are zero, an
age written ``Not recorded`` is ``unknown``, ``env. 40`` is 40.
"""

from __future__ import annotations

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND335", "SOURCES", "make_blind335"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_Rendered = tuple[_Cells, _Cells, list[str]]

# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
DOVER = ExaminerSource(
    source="dover_pha",
    filename="dover_pha_ly.xlsx",
    ref="DPHA/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "PHA Ref",
        "event_date": "Date of Inspection",
        "crime_type": "Referral Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "Drivers / Suspects Held",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality (as stated)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Found In",
        "transit_countries": "Route Travelled",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other Offences Noted",
    },
    note="Provisional – extract from Uniform, not yet QA'd by Port Health",
    total="TOTAL",
    bad_count=("several", "lorry load", "multiple"),
    repeats=True,
)
COFEPRIS = ExaminerSource(
    source="cofepris_cos",
    filename="cofepris_cos_ly.csv",
    ref="COS/VS/{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio del acta",
        "event_date": "Fecha de verificación",
        "crime_type": "Hecho detectado",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo (H/M)",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información preliminar, sujeta a validación por la COS",
    total="TOTAL GENERAL",
    bad_count=("varios", "los que resulten", "grupo"),
    repeats=False,
)
COPEG = ExaminerSource(
    source="copeg_darien",
    filename="copeg_darien_ly.jsonl",
    ref="uuid:cpg-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "meta_instance_id",
        "event_date": "fecha_inspeccion",
        "crime_type": "tipo_caso",
        "exploitation": "forma_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "guias_retenidos",
        "gender": "sexo_grupo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_inspeccion",
        "transit_countries": "ruta_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "gps_punto",
        "linked_offences": "otros_delitos",
    },
    note=None,
    total="total",
    bad_count=("muchos", "varios grupos"),
    repeats=True,
)
AICA = ExaminerSource(
    source="aica_inspeccion",
    filename="aica_inspeccion_ly.csv",
    ref="AICA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha actuación",
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
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales. Fuente: actas de inspección AICA",
    total="TOTAL",
    bad_count=("varios", "numerosos", "cuadrilla"),
    repeats=True,
)
EUROMED = ExaminerSource(
    source="euromed_droits",
    filename="euromed_droits_ly.csv",
    ref="EMD-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date de l'incident",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Passeurs / auteurs interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité(s)",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de l'incident",
        "transit_countries": "Pays de transit",
        "transport_mode": "Voie",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Compilation non exhaustive – sources : membres du réseau, presse, ONG",
    total="Total",
    bad_count=("plusieurs dizaines", "nombreux"),
    repeats=False,
)

#: The five sources, in the order :func:`make_blind335` returns them.
SOURCES: tuple[ExaminerSource, ...] = (DOVER, COFEPRIS, COPEG, AICA, EUROMED)

# --------------------------------------------------------------------------------------
# Wording shared by the renderers
# --------------------------------------------------------------------------------------
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "SDN": "Sudanese",
    "TUR": "Turkish",
}
_EN_TYPO = {"ERI": "Eritera", "AFG": "Afganistan", "IRQ": "Irag", "VNM": "Veitnam"}
_MX_GENTILICIO = {
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "COL": "colombiana",
    "HTI": "haitiana",
    "CHN": "china",
}
_MX_NAME = {"USA": ("EUA", "E.U.A.", "ESTADOS UNIDOS", "Estados Unidos de América")}
_ODK_NAME = {
    "VEN": "venezuela",
    "ECU": "ecuador",
    "HTI": "haiti",
    "COL": "colombia",
    "CHN": "china",
    "USA": "estados_unidos",
    "MEX": "mexico",
    "PAN": "panama",
}
_ES_TYPO = {"MAR": "Marrueco", "SEN": "Senega", "GMB": "Ganbia", "ROU": "Rumania"}
_FR_DEMONYM = {
    "AFG": "Afghans",
    "ALB": "Albanais",
    "BGD": "Bangladais",
    "CIV": "Ivoiriens",
    "CMR": "Camerounais",
    "DZA": "Algériens",
    "EGY": "Égyptiens",
    "ERI": "Érythréens",
    "GIN": "Guinéens",
    "GMB": "Gambiens",
    "IRN": "Iraniens",
    "IRQ": "Irakiens",
    "MAR": "Marocains",
    "MLI": "Maliens",
    "NGA": "Nigérians",
    "PAK": "Pakistanais",
    "ROU": "Roumains",
    "SEN": "Sénégalais",
    "SYR": "Syriens",
    "TUN": "Tunisiens",
    "TUR": "Turcs",
    "VNM": "Vietnamiens",
    "YEM": "Yéménites",
}
_FR_TYPO = {"SYR": "Syrie ", "ERI": "Erythrée", "BGD": "Bengladesh", "TUN": "Tunise"}
_FR_MONTHS = (
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
_ES_MONTHS_SHORT: tuple[str, ...] = (
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
_EN_MONTHS_SHORT: tuple[str, ...] = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_ES_NUMBERS: tuple[str, ...] = (
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


def _name(iso: str, lang: str) -> str:
    """Country name in English, French or Spanish (the samples' country table)."""
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun")
    return text.translate(table)


def _truth(ev: dict[str, object]) -> _Cells:
    """Return the event's values as the expected record (before a renderer changes them)."""
    keys = (
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
    exp: _Cells = {k: ev.get(k) for k in keys}
    exp["event_date"] = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp["date_precision"] = "day"
    return exp


def _codes(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _word(rng: _Rng, words: dict[str, tuple[str, ...]], value: object) -> str | None:
    """One of the agency's words for a vocabulary value (None for a missing value)."""
    if value is None:
        return None
    return choice(rng, words[str(value)])


def _int(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _blank_forced(
    forced: str | None, cells: _Cells, exp: _Cells, tags: list[str], *, coords: tuple[str, ...]
) -> None:
    """Blank the field a second report leaves out; the truth expects nothing there."""
    if forced is None:
        return
    tags.append(f"blank_{forced}")
    if forced == "coordinates":
        for c in coords:
            cells[c] = None
        exp["lat"] = exp["lon"] = None
    elif forced == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[forced] = None
        exp[forced] = None


# --------------------------------------------------------------------------------------
# Dover Port Health Authority (English, XLSX)
# --------------------------------------------------------------------------------------
_DOVER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("Clandestine entry", "Clandestine entrants found", "Facilitation"),
        "trafficking": ("Modern slavery", "Modern slavery / HT", "Human trafficking"),
        "both": ("Clandestine entry + modern slavery", "Facilitation & MS concerns"),
    },
    "exploitation": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Forced labour", "Labour (food business)"),
        "forced_criminality": ("Criminal", "Criminal (cannabis cultivation)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M & F"),
    },
    "age_group": {
        "adult": ("Adult", "18+"),
        "child": ("Minor", "UASC", "Child"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Small boat", "RHIB", "Sea"),
        "land": ("HGV", "Lorry", "Refrigerated trailer", "Van"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("Forged documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering", "POCA"),
        "illicit_goods": ("Illicit tobacco", "Drugs"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
}


def _dover_country(iso: str, rng: _Rng, tags: list[str], *, role: str, lat: float) -> str:
    r = rng.random()
    if iso == "GBR":
        if role == "detection" and lat > 55.0 and r < 0.4:
            tags.append("constituent_country")
            return "Scotland"
        return choice(rng, ("UK", "UK", "United Kingdom", "GB"))
    if role == "nationality":
        if iso == "IRQ" and r < 0.2:
            tags.append("demonym")
            return "Iraqi (Kurdish)"
        if iso in _EN_DEMONYM and r < 0.65:
            tags.append("demonym")
            return _EN_DEMONYM[iso]
    if iso in _EN_TYPO and r > 0.96:
        tags.append("typo")
        return _EN_TYPO[iso]
    if r > 0.9:
        tags.append("iso2")
        return iso_codes(iso)[0]
    return _name(iso, "en")


def _render_dover(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, forced: str | None
) -> _Rendered:
    exp = _truth(ev)
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.82:
        cells["event_date"] = ts.to_pydatetime()
        tags.append("excel_date")
    elif r < 0.94:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("date_text")
    else:
        cells["event_date"] = f"{ts.day} {_EN_MONTHS_SHORT[ts.month - 1]} {ts.year}"
        tags.append("date_long")
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _DOVER_WORDS["crime_type"], crime)
    if crime == "smuggling":
        cells["exploitation"] = "N/A"
    else:
        cells["exploitation"] = _word(rng, _DOVER_WORDS["exploitation"], ev["exploitation"])
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        cells["n_persons"] = "TBC"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = n
    k = _int(ev["n_suspects"])
    if k == 0 and rng.random() < 0.6:
        cells["n_suspects"] = "Nil"
        tags.append("zero_word")
    elif rng.random() < 0.03:
        cells["n_suspects"] = "N/K"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = k
    if rng.random() < 0.03:
        cells["gender"] = "Not recorded"
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, _DOVER_WORDS["gender"], ev["gender"])
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, ("Not recorded", "N/K"))
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _DOVER_WORDS["age_group"], ev["age_group"])
    lat = float(ev["lat"])  # type: ignore[arg-type]
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        cells[col] = _dover_country(str(ev[col]), rng, tags, role=role, lat=lat)
    cells["transit_countries"] = (
        " > ".join(_name(c, "en") for c in _codes(ev["transit_countries"])) or None
    )
    cells["transport_mode"] = _word(rng, _DOVER_WORDS["transport_mode"], ev["transport_mode"])
    if rng.random() < 0.1:  # inland referrals often carry no location
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"] = round(lat, 4)
        cells["lon"] = round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        exp["lat"], exp["lon"] = cells["lat"], cells["lon"]
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        "; ".join(choice(rng, _DOVER_WORDS["linked_offences"][o]) for o in offences) or None
    )
    if rng.random() < 0.05:
        cells["crime_type"] = str(cells["crime_type"]).upper()
        tags.append("case")
    _blank_forced(forced, cells, exp, tags, coords=("lat", "lon"))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# COFEPRIS, Comisión de Operación Sanitaria (Spanish, Mexico; cp1252 CSV)
# --------------------------------------------------------------------------------------
_COFEPRIS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Tráfico de indocumentados",
            "Tráfico de migrantes",
            "TRAFICO DE INDOCUMENTADOS",
        ),
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
    "gender": {
        "male": ("H", "Hombre", "HOMBRES"),
        "female": ("M", "Mujer", "MUJERES"),
        "mixed": ("H y M", "Mixto"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "transport_mode": {
        "land": ("Terrestre", "Tractocamión", "Caja seca refrigerada", "Autobús"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Contra la salud", "Mercancía ilícita"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}


def _cofepris_country(iso: str, rng: _Rng, tags: list[str], *, role: str) -> str:
    r = rng.random()
    if iso in _MX_NAME:
        return choice(rng, _MX_NAME[iso])
    if role == "nationality" and iso in _MX_GENTILICIO and r < 0.75:
        tags.append("gentilicio")
        word = _MX_GENTILICIO[iso]
        return word.upper() if r < 0.45 else word.capitalize()
    name = _name(iso, "es")
    if r > 0.6:
        tags.append("case")
        return _strip_accents(name).upper()
    return name


def _cofepris_count(n: int, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    if n <= 10 and r < 0.3:
        tags.append("count_word")
        return f"{n} ({_ES_NUMBERS[n]})"
    if n >= 1000:
        tags.append("thousands")
        return f"{n:,}"
    return str(n)


def _render_cofepris(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, forced: str | None
) -> _Rendered:
    exp = _truth(ev)
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.72:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    elif r < 0.86:
        hour, minute = int(rng.integers(6, 23)), int(rng.integers(0, 60))
        cells["event_date"] = ts.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}"
        tags.append("datetime")
    else:
        cells["event_date"] = str((ts.normalize() - _EXCEL_EPOCH).days)
        tags.append("serial_date")
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _COFEPRIS_WORDS["crime_type"], crime)
    if crime == "smuggling":
        cells["exploitation"] = choice(rng, ("No aplica", "N/A"))
    else:
        cells["exploitation"] = _word(rng, _COFEPRIS_WORDS["exploitation"], ev["exploitation"])
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, ("S/D", "Por determinar"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _cofepris_count(n, rng, tags)
    k = _int(ev["n_suspects"])
    if k == 0 and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, ("Ninguno", "ninguno"))
        tags.append("zero_word")
    elif rng.random() < 0.03:
        cells["n_suspects"] = "Se desconoce"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _cofepris_count(k, rng, tags)
    gender = _word(rng, _COFEPRIS_WORDS["gender"], ev["gender"])
    if gender in ("H", "M"):
        tags.append("sex_letter")
    cells["gender"] = gender
    if rng.random() < 0.03:
        cells["age_group"] = "Se desconoce"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _COFEPRIS_WORDS["age_group"], ev["age_group"])
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        cells[col] = _cofepris_country(str(ev[col]), rng, tags, role=role)
    cells["transit_countries"] = (
        " - ".join(_strip_accents(_name(c, "es")).upper() for c in _codes(ev["transit_countries"]))
        or None
    )
    cells["transport_mode"] = _word(rng, _COFEPRIS_WORDS["transport_mode"], ev["transport_mode"])
    lat, lon = f"{float(ev['lat']):.6f}", f"{float(ev['lon']):.6f}"  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.03:  # longitude typed in the latitude box: a latitude cannot be -110
        cells["lat"], cells["lon"] = lon, lat
        tags.append("coords_swapped")
    elif r > 0.95:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"], cells["lon"] = lat, lon
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        " / ".join(choice(rng, _COFEPRIS_WORDS["linked_offences"][o]) for o in offences) or None
    )
    _blank_forced(forced, cells, exp, tags, coords=("lat", "lon"))
    for col, value in cells.items():  # the file is cp1252: nothing else can be written
        if isinstance(value, str) and not fits(value, src):
            cells[col] = _strip_accents(value)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# COPEG Darién checkpoints (Spanish; ODK/KoBo JSON lines)
# --------------------------------------------------------------------------------------
_COPEG_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("trafico_migrantes",),
        "trafficking": ("trata_personas",),
        "both": ("trata_y_trafico",),
    },
    "exploitation": {
        "sexual": ("sexual",),
        "forced_labour": ("laboral",),
        "forced_criminality": ("actividades_delictivas",),
        "organ_removal": ("extraccion_organos",),
        "forced_marriage": ("matrimonio_forzado",),
        "other": ("otra",),
    },
    "gender": {"male": ("masculino",), "female": ("femenino",), "mixed": ("mixto",)},
    "age_group": {"adult": ("adultos",), "child": ("nna",), "mixed": ("adultos_y_nna",)},
    "transport_mode": {
        "land": ("a_pie", "bus", "vehiculo_particular"),
        "sea": ("lancha",),
        "air": ("avioneta",),
    },
    "linked_offences": {
        "document_fraud": ("documentos_falsos",),
        "corruption": ("soborno",),
        "money_laundering": ("blanqueo_capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delito_informatico",),
        "terrorism": ("terrorismo",),
    },
}


def _copeg_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    if iso in _ODK_NAME and rng.random() < 0.9:
        tags.append("odk_choice")
        return _ODK_NAME[iso]
    tags.append("iso2")
    return iso_codes(iso)[0]  # the first form version listed countries by ISO code


def _render_copeg(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Rendered:
    exp = _truth(ev)
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.65:
        hour, minute = int(rng.integers(5, 19)), int(rng.integers(0, 60))
        second = int(rng.integers(0, 60))
        stamp = f"T{hour:02d}:{minute:02d}:{second:02d}.000-05:00"
        cells["event_date"] = ts.strftime("%Y-%m-%d") + stamp
        tags.append("iso_datetime_offset")
    else:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _COPEG_WORDS["crime_type"], crime)
    cells["exploitation"] = (
        None
        if crime == "smuggling"
        else _word(rng, _COPEG_WORDS["exploitation"], ev["exploitation"])
    )
    if rng.random() < 0.02:
        cells["n_persons"] = None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _int(ev["n_persons"])
    cells["n_suspects"] = _int(ev["n_suspects"])
    cells["gender"] = _word(rng, _COPEG_WORDS["gender"], ev["gender"])
    cells["age_group"] = _word(rng, _COPEG_WORDS["age_group"], ev["age_group"])
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        cells[col] = _copeg_country(str(ev[col]), rng, tags)
    cells["transit_countries"] = (
        ", ".join(_name(c, "es") for c in _codes(ev["transit_countries"])) or None
    )
    cells["transport_mode"] = _word(rng, _COPEG_WORDS["transport_mode"], ev["transport_mode"])
    if rng.random() < 0.04:  # no GPS fix under the forest canopy
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        alt = round(float(rng.uniform(8, 140)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        cells["coordinates"] = f"{ev['lat']} {ev['lon']} {alt} {acc}"
        tags.append("odk_geopoint")
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        " ".join(choice(rng, _COPEG_WORDS["linked_offences"][o]) for o in offences) or None
    )
    _blank_forced(forced, cells, exp, tags, coords=("coordinates",))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# AICA (Spanish, Spain; UTF-8 with BOM, ";")
# --------------------------------------------------------------------------------------
_AICA_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Contra los derechos de los ciudadanos extranjeros",
            "Art. 318 bis CP",
        ),
        "trafficking": ("Trata de seres humanos", "TSH", "Art. 177 bis CP"),
        "both": ("Trata y favorecimiento inmigración ilegal", "Arts. 177 bis y 318 bis CP"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Laboral (campaña agrícola)"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {
        "male": ("Varones", "Hombre"),
        "female": ("Mujeres", "Mujer"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "age_group": {
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Patera", "Cayuco", "Embarcación neumática", "Vía marítima"),
        "land": ("Vía terrestre", "Camión", "Furgoneta", "Salto de valla"),
        "air": ("Vía aérea", "Avión"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
}


def _aica_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    name = _name(iso, "es")
    r = rng.random()
    garbled = mojibake(name)
    if garbled is not None and r < 0.3:
        tags.append("mojibake")
        return garbled
    if iso in _ES_TYPO and r > 0.95:
        tags.append("typo")
        return _ES_TYPO[iso]
    if r > 0.8:
        tags.append("case")
        return name.upper()
    return name


def _render_aica(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Rendered:
    exp = _truth(ev)
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.07:
        cells["event_date"] = ts.strftime("%m/%Y")
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("month")
    elif partial_ok and r < 0.1:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("quarter")
    elif r < 0.85:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    else:
        cells["event_date"] = f"{ts.day:02d}-{_ES_MONTHS_SHORT[ts.month - 1]}-{ts.year}"
        tags.append("date_short")
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _AICA_WORDS["crime_type"], crime)
    if crime == "smuggling":
        cells["exploitation"] = "No procede"
    else:
        cells["exploitation"] = _word(rng, _AICA_WORDS["exploitation"], ev["exploitation"])
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = f"{n:,}".replace(",", ".")
        tags.append("thousands")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    if rng.random() < 0.03:
        cells["n_suspects"] = "No consta"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = _word(rng, _AICA_WORDS["gender"], ev["gender"])
    if rng.random() < 0.03:
        cells["age_group"] = "No consta"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _AICA_WORDS["age_group"], ev["age_group"])
    if rng.random() < 0.03:
        cells["transport_mode"] = "No consta"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(rng, _AICA_WORDS["transport_mode"], ev["transport_mode"])
    for col in ("nationality", "origin_country", "destination_country"):
        cells[col] = _aica_country(str(ev[col]), rng, tags)
    det = str(ev["detection_country"])
    if rng.random() < 0.15:
        cells["detection_country"] = det
        tags.append("iso3")
    else:
        cells["detection_country"] = _aica_country(det, rng, tags)
    cells["transit_countries"] = (
        " - ".join(_name(c, "es") for c in _codes(ev["transit_countries"])) or None
    )
    if rng.random() < 0.06:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"] = f"{float(ev['lat']):.5f}".replace(".", ",")  # type: ignore[arg-type]
        cells["lon"] = f"{float(ev['lon']):.5f}".replace(".", ",")  # type: ignore[arg-type]
        tags.append("decimal_comma")
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        ", ".join(choice(rng, _AICA_WORDS["linked_offences"][o]) for o in offences) or None
    )
    _blank_forced(forced, cells, exp, tags, coords=("lat", "lon"))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# EuroMed Droits compilation (French; UTF-16, tab)
# --------------------------------------------------------------------------------------
_EUROMED_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière", "passeurs"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite et trafic", "TEH + trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F"),
    },
    "age_group": {
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "MNA"),
        "mixed": ("adultes et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("voie maritime", "embarcation", "bateau pneumatique"),
        "land": ("voie terrestre", "à pied", "camion"),
        "air": ("voie aérienne", "avion"),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}


def _euromed_country(iso: str, rng: _Rng, tags: list[str], *, role: str, female: bool) -> str:
    r = rng.random()
    if role == "nationality" and iso in _FR_DEMONYM and r < 0.5:
        tags.append("demonym")
        word = _FR_DEMONYM[iso]
        return word[:-1] + "es" if female and word.endswith("ns") else word
    if r > 0.9:
        tags.append("iso3")
        return iso
    if iso in _FR_TYPO and r > 0.86:
        tags.append("typo")
        return _FR_TYPO[iso]
    return _name(iso, "fr")


def _euromed_count(n: int, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    if n >= 1000:
        tags.append("thousands")
        sep = "\u202f" if r < 0.5 else "\u00a0"
        return f"{n // 1000}{sep}{n % 1000:03d}"
    if n >= 20 and r < 0.08:
        tags.append("count_approx")
        return f"env. {n}"
    return str(n)


def _render_euromed(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Rendered:
    exp = _truth(ev)
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.12:
        cells["event_date"] = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("month")
    elif partial_ok and r < 0.16:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("quarter")
    elif r < 0.7:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    else:
        day = "1er" if ts.day == 1 else str(ts.day)
        cells["event_date"] = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        tags.append("date_long")
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _EUROMED_WORDS["crime_type"], crime)
    if crime == "smuggling":
        cells["exploitation"] = choice(rng, ("sans objet", "–"))
    else:
        cells["exploitation"] = _word(rng, _EUROMED_WORDS["exploitation"], ev["exploitation"])
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        cells["n_persons"] = "n.c."
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _euromed_count(n, rng, tags)
    k = _int(ev["n_suspects"])
    if k == 0 and rng.random() < 0.5:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    elif rng.random() < 0.06:
        cells["n_suspects"] = "?"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = str(k)
    if rng.random() < 0.04:
        cells["gender"] = "non précisé"
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, _EUROMED_WORDS["gender"], ev["gender"])
    if rng.random() < 0.04:
        cells["age_group"] = "non précisé"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _EUROMED_WORDS["age_group"], ev["age_group"])
    female = ev["gender"] == "female"
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        cells[col] = _euromed_country(str(ev[col]), rng, tags, role=role, female=female)
    cells["transit_countries"] = (
        ", ".join(_name(c, "fr") for c in _codes(ev["transit_countries"])) or None
    )
    cells["transport_mode"] = _word(rng, _EUROMED_WORDS["transport_mode"], ev["transport_mode"])
    if rng.random() < 0.25:  # press reports rarely give a point
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"] = f"{ev['lat']}, {ev['lon']}"
        tags.append("coords_pair")
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        " ; ".join(choice(rng, _EUROMED_WORDS["linked_offences"][o]) for o in offences) or None
    )
    _blank_forced(forced, cells, exp, tags, coords=("coordinates",))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Rendered:
    """Write one true event the way ``src`` writes it: ``(cells, expected, tags)``."""
    if src is DOVER:
        return _render_dover(src, ev, rng, forced_blank)
    if src is COFEPRIS:
        return _render_cofepris(src, ev, rng, forced_blank)
    if src is COPEG:
        return _render_copeg(src, ev, rng, partial_ok, forced_blank)
    if src is AICA:
        return _render_aica(src, ev, rng, partial_ok, forced_blank)
    return _render_euromed(src, ev, rng, partial_ok, forced_blank)


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its year mistyped two centuries on (2023 -> 2203)."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 180, month=ts.month, day=day)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src is COPEG:
            return f"{ts.year}-02-30"
        if src is DOVER:
            return f"31/02/{ts.year}"
        return choice(rng, (f"31/02/{ts.year}", f"00/{ts.month:02d}/{ts.year}"))
    later = _future(ts)
    if src is DOVER:
        return later.to_pydatetime()
    if src is COPEG:
        return later.strftime("%Y-%m-%d")
    return later.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the extraction date written on a source's note row."""
    day = last + pd.Timedelta(days=9)
    if src is DOVER:
        return day.to_pydatetime()
    if src is EUROMED:
        return f"{day.day} {_FR_MONTHS[day.month - 1]} {day.year}"
    return day.strftime("%d/%m/%Y")


_PRIMARY = {
    "GBR": DOVER.source,
    "USA": COFEPRIS.source,
    "PAN": COPEG.source,
    "ESP": AICA.source,
}
_SECONDARY = {
    ("channel", "FRA"): DOVER.source,
    ("channel", "GBR"): EUROMED.source,
    ("wmed", "ESP"): EUROMED.source,
    ("watl", "ESP"): EUROMED.source,
    ("thb_rou_esp", "ITA"): AICA.source,
}

#: The variant: five agencies, routing, renderer and bad-row wording.
BLIND335: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=EUROMED.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=335,
    blank_share=0.3,
)


def make_blind335(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind335`` submissions (files ``*_ly.*``).

    Dover Port Health Authority (English XLSX), COFEPRIS (Mexican Spanish, cp1252 CSV),
    COPEG Darién (Spanish ODK JSON lines), AICA (Spanish, UTF-8 with BOM, ``;``) and the
    EuroMed Droits compilation (French, UTF-16, tab). See the module docstring for each
    agency's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same cells.

    Returns
    -------
    list of Submission
        One per agency, in the order of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind335(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dover_pha_ly.xlsx', 'cofepris_cos_ly.csv', 'copeg_darien_ly.jsonl',
     'aica_inspeccion_ly.csv', 'euromed_droits_ly.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-8-sig', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['Folio del acta', 'Fecha de verificación', 'Hecho detectado']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(BLIND335, truth, seed=seed)
