"""Examiner set ``blind258`` (files ``*_iz.*``): five statistics and crime-observatory units.

Written by an examiner who never saw the cleaner, from how these offices publish their
case- and incident-level extracts:

``ons_cjc_iz.csv``
    Office for National Statistics, Centre for Crime and Justice (UK). English, UTF-8
    with BOM, ``,``. Dates "17 May 2023", "May 2023" or "Apr to Jun 2023"; the GSS
    shorthand ``[x]`` (not available), ``[c]`` (confidential) and ``[z]`` (not
    applicable); counts with ``,`` thousands; nationality as a demonym ("Albanian");
    the detecting nation written "England" or "Scotland"; ``Longitude`` before
    ``Latitude``, as data.police.uk does.
``sdse_justice_iz.csv``
    Ministère de la Justice, SG/SDSE (France), extract of the Cassiopée statistical file.
    French, cp1252, ``;``. Dates ``dd/mm/yyyy``, "courant mai 2023", "T2 2023"; offence
    labels in capitals without accents; countries in French (some in capitals, some
    garbled by a UTF-8/cp1252 round trip); "aucun" suspect; counts with a space as
    thousands separator; no coordinates.
``inec_pa_iz.xlsx``
    Instituto Nacional de Estadística y Censo (Panamá). Spanish workbook. Real Excel
    dates, "mayo de 2023", "II trimestre 2023"; nationality as a Spanish demonym
    ("venezolana"); country of origin as its ISO numeric (M49) code; the INEC legend
    "-" (nil), "..." (not available), ".." (not applicable), stated in the note row;
    coordinates as numbers or in degrees, minutes and seconds.
``bjs_fjsp_iz.jsonl``
    U.S. Bureau of Justice Statistics, Federal Justice Statistics Program. English JSON
    lines. Dates ``MM/DD/YYYY`` (or ``MM/YYYY``); countries in capitals, the country of
    apprehension as an ISO alpha-2 code; offences with their U.S. Code sections; no
    coordinates.
``transcrime_iz.csv``
    Transcrime (Università Cattolica, Milan), a research dataset compiled from court
    files and open sources for the European events no other source reports. English,
    saved from an Italian-locale Excel as "Unicode text": UTF-16, tab-delimited, decimal
    commas, ``.`` thousands; ISO alpha-3 codes, transit chains joined by ``>``; a few
    dates left as Excel serial numbers and a few countries written in Italian; it holds
    a few exact repeated rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["EXAMINER", "SOURCES", "make_blind258"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
ONS = ExaminerSource(
    source="ons_cjc",
    filename="ons_cjc_iz.csv",
    ref="CJC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident reference",
        "event_date": "Date recorded",
        "crime_type": "Offence group",
        "exploitation": "Exploitation type",
        "n_persons": "Number of people",
        "n_suspects": "Suspects identified",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Countries of transit",
        "destination_country": "Intended destination",
        "detection_country": "Country where detected",
        "police_force": "Police force area",
        "transport_mode": "Method of travel",
        "lon": "Longitude",
        "lat": "Latitude",
        "linked_offences": "Related offences",
    },
    note="Source: Office for National Statistics. Figures are provisional and may be revised",
    total="Total",
    bad_count=("several", "multiple", "tbc"),
    repeats=False,
)

SDSE = ExaminerSource(
    source="sdse_justice",
    filename="sdse_justice_iz.csv",
    ref="P{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° parquet",
        "court": "Juridiction",
        "event_date": "Date des faits",
        "crime_type": "Nature d'infraction",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nombre de victimes ou personnes convoyées",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majorité",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "linked_offences": "Infractions connexes",
    },
    note="Source : Ministère de la Justice/SG/SDSE, fichier statistique Cassiopée - "
    "données provisoires",
    total="TOTAL GENERAL",
    bad_count=("plusieurs", "nombreux", "?"),
    repeats=False,
)

INEC = ExaminerSource(
    source="inec_pa",
    filename="inec_pa_iz.xlsx",
    ref="DAR-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. de registro",
        "event_date": "Fecha del hecho",
        "province": "Provincia",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas",
        "n_suspects": "Imputados",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen (código)",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de desplazamiento",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: (-) cantidad nula o cero; (...) información no disponible; "
    "(..) dato no aplicable. Fuente: INEC, cifras preliminares",
    total="Total",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
)

BJS = ExaminerSource(
    source="bjs_fjsp",
    filename="bjs_fjsp_iz.jsonl",
    ref="1:{yy:02d}-cr-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_number",
        "district": "district",
        "event_date": "arrest_date",
        "crime_type": "offense",
        "exploitation": "trafficking_type",
        "n_persons": "aliens_or_victims",
        "n_suspects": "codefendants",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "apprehension_country",
        "transport_mode": "entry_method",
        "linked_offences": "related_charges",
    },
    note=None,
    total="ALL CASES",
    bad_count=("multiple", "several", "unk. group"),
    repeats=False,
)

TRANSCRIME = ExaminerSource(
    source="transcrime",
    filename="transcrime_iz.csv",
    ref="TC{year}_{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "ID",
        "event_date": "Date",
        "route": "Route",
        "crime_type": "Crime",
        "exploitation": "Exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transport_mode": "Mode",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Linked crimes",
    },
    note="Note: dataset compiled from court files and open sources, last update",
    total="Total",
    bad_count=("several", "dozens", "n. unknown"),
    repeats=True,
)

#: The set's sources, in the order their submissions are returned.
SOURCES: Final[tuple[ExaminerSource, ...]] = (ONS, SDSE, INEC, BJS, TRANSCRIME)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "ons_cjc": {
        "trafficking": ("Modern slavery",),
        "smuggling": ("Assisting unlawful immigration (s.25 IA 1971)",),
        "both": ("Modern slavery and assisting unlawful immigration",),
    },
    "sdse_justice": {
        "trafficking": ("TRAITE DES ETRES HUMAINS",),
        "smuggling": (
            "AIDE A L'ENTREE OU AU SEJOUR IRREGULIER D'UN ETRANGER",
            "AIDE A L'ENTREE IRREGULIERE D'UN ETRANGER EN BANDE ORGANISEE",
        ),
        "both": ("TRAITE DES ETRES HUMAINS ET AIDE AU SEJOUR IRREGULIER",),
    },
    "inec_pa": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    "bjs_fjsp": {
        "trafficking": ("Human trafficking (18 USC 1581-1597)",),
        "smuggling": ("Alien smuggling (8 USC 1324)", "Bringing in and harboring aliens"),
        "both": ("Alien smuggling; human trafficking",),
    },
    "transcrime": {
        "trafficking": ("Trafficking in human beings", "THB"),
        "smuggling": ("Migrant smuggling", "SoM"),
        "both": ("THB and migrant smuggling", "THB/SoM"),
    },
}

_EXPLOIT: dict[str, dict[str, str]] = {
    "ons_cjc": {
        "sexual": "Sexual exploitation",
        "forced_labour": "Labour exploitation",
        "forced_criminality": "Criminal exploitation",
        "organ_removal": "Organ harvesting",
        "forced_marriage": "Forced marriage",
        "other": "Other exploitation",
    },
    "sdse_justice": {
        "sexual": "exploitation sexuelle",
        "forced_labour": "travail ou services forcés",
        "forced_criminality": "contrainte à commettre tout crime ou délit",
        "organ_removal": "prélèvement d'organes",
        "forced_marriage": "mariage forcé",
        "other": "autre",
    },
    "inec_pa": {
        "sexual": "Explotación sexual comercial",
        "forced_labour": "Trabajo forzoso",
        "forced_criminality": "Actividades delictivas forzadas",
        "organ_removal": "Extracción de órganos",
        "forced_marriage": "Matrimonio servil",
        "other": "Otra",
    },
    "bjs_fjsp": {
        "sexual": "Sex trafficking",
        "forced_labour": "Labor trafficking",
        "forced_criminality": "Forced criminal activity",
        "organ_removal": "Organ removal",
        "forced_marriage": "Forced marriage",
        "other": "Other",
    },
    "transcrime": {
        "sexual": "sexual",
        "forced_labour": "labour",
        "forced_criminality": "forced criminality",
        "organ_removal": "organ removal",
        "forced_marriage": "forced marriage",
        "other": "other",
    },
}
#: What each source writes in the exploitation cell of a smuggling case.
_NO_EXPLOIT: dict[str, str | None] = {
    "ons_cjc": "[z]",
    "sdse_justice": None,
    "inec_pa": "..",
    "bjs_fjsp": None,
    "transcrime": "n.a.",
}

_GENDER: dict[str, dict[str, str]] = {
    "ons_cjc": {"female": "Female", "male": "Male", "mixed": "Male and female"},
    "sdse_justice": {"female": "Féminin", "male": "Masculin", "mixed": "Mixte"},
    "inec_pa": {"female": "Mujeres", "male": "Hombres", "mixed": "Ambos sexos"},
    "bjs_fjsp": {"female": "Female", "male": "Male", "mixed": "Both"},
    "transcrime": {"female": "F", "male": "M", "mixed": "M/F"},
}
_AGE: dict[str, dict[str, str]] = {
    "ons_cjc": {"child": "Under 18", "adult": "18 and over", "mixed": "Adults and children"},
    "sdse_justice": {"child": "Mineur", "adult": "Majeur", "mixed": "Majeurs et mineurs"},
    "inec_pa": {
        "child": "Menores de 18 años",
        "adult": "18 años y más",
        "mixed": "Adultos y menores",
    },
    "bjs_fjsp": {"child": "Juvenile", "adult": "Adult", "mixed": "Adult and juvenile"},
    "transcrime": {"child": "Minors", "adult": "Adults", "mixed": "Adults & minors"},
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "ons_cjc": {
        "sea": ("Small boat", "Sea"),
        "land": ("Vehicle (HGV)", "Land"),
        "air": ("Air",),
    },
    "sdse_justice": {
        "sea": ("embarcation légère (small boat)", "voie maritime"),
        "land": ("voie routière", "poids lourd"),
        "air": ("voie aérienne",),
    },
    "inec_pa": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("A pie", "Terrestre"),
        "air": ("Aéreo",),
    },
    "bjs_fjsp": {
        "sea": ("Maritime",),
        "land": ("Land - on foot", "Land - vehicle"),
        "air": ("Air",),
    },
    "transcrime": {"sea": ("Sea",), "land": ("Land",), "air": ("Air",)},
}
#: The "not known" word of age and transport cells.
_NOT_KNOWN: dict[str, str] = {
    "ons_cjc": "Not known",
    "sdse_justice": "non précisé",
    "inec_pa": "No declarado",
    "bjs_fjsp": "Unknown",
    "transcrime": "n.a.",
}
_OFFENCES: dict[str, dict[str, str]] = {
    "ons_cjc": {
        "document_fraud": "Possession of false identity documents",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drug offences",
        "cybercrime": "Computer misuse",
        "terrorism": "Terrorism",
    },
    "sdse_justice": {
        "document_fraud": "faux et usage de faux",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "trafic de stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    "inec_pa": {
        "document_fraud": "Falsificación de documentos",
        "corruption": "Corrupción de servidores públicos",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Narcotráfico",
        "cybercrime": "Delitos informáticos",
        "terrorism": "Terrorismo",
    },
    "bjs_fjsp": {
        "document_fraud": "Fraud and misuse of visas (18 USC 1546)",
        "corruption": "Bribery of public officials (18 USC 201)",
        "money_laundering": "Money laundering (18 USC 1956)",
        "illicit_goods": "Drug trafficking (21 USC 841)",
        "cybercrime": "Computer fraud (18 USC 1030)",
        "terrorism": "Terrorism",
    },
    "transcrime": {
        "document_fraud": "document fraud",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "drug trafficking",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
}
_OFFENCE_SEP: dict[str, str] = {
    "ons_cjc": "; ",
    "sdse_justice": ", ",
    "inec_pa": "; ",
    "bjs_fjsp": "; ",
    "transcrime": ", ",
}

# Country wording of the set's own (beyond the names of trendlib.samples._tables).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "NGA": "Nigerian",
}
_DEMONYM_ES: dict[str, str] = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
_NAME_EN: dict[str, str] = {"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast"}
_TYPO: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "SYR": "Syira",
        "ALB": "Albnia",
        "VNM": "Veitnam",
        "IRQ": "Irak",
        "IRN": "Irn",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythrée", "SYR": "Syrei", "ALB": "Albanei"},
    "es": {"VEN": "Venezula", "ECU": "Ecudor", "COL": "Colmbia", "HTI": "Haiti"},
}
_ITALIAN: dict[str, str] = {
    "ITA": "Italia",
    "GRC": "Grecia",
    "HRV": "Croazia",
    "POL": "Polonia",
    "ESP": "Spagna",
}
_FOLD = str.maketrans("ÉÈÊËÀÂÎÏÔÛÙÇ", "EEEEAAIIOUUC")
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
_ROMAN = ("I", "II", "III", "IV")
_QUARTER_EN = ("Jan to Mar", "Apr to Jun", "Jul to Sep", "Oct to Dec")

# Places the agencies name beside the event.
_FORCE = {
    "Dover": "Kent",
    "London": "Metropolitan Police",
    "Birmingham": "West Midlands",
    "Glasgow": "Police Scotland",
    "Calais": "Kent",
    "Dunkirk/Gravelines": "Kent",
}
_COURT = {
    "Calais": "TJ Boulogne-sur-Mer",
    "Dunkirk/Gravelines": "TJ Dunkerque",
    "Dover": "JIRS Lille",
}
_DISTRICT = {
    "Nogales (Sonora/Arizona)": "D. Ariz.",
    "Sasabe": "D. Ariz.",
    "El Paso": "W.D. Tex.",
    "Rio Grande Valley": "S.D. Tex.",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    """Return the country's plain name in ``lang``."""
    row = COUNTRIES.get(iso)
    if row is None:
        return iso
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _period(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, month: float, quarter: float) -> str:
    """Draw the precision a row gives its date: ``day``, ``month`` or ``quarter``."""
    r = rng.random()
    if partial_ok and r < quarter:
        return "quarter"
    if partial_ok and r < quarter + month:
        return "month"
    return "day"


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    """Return the first day of the row's period."""
    if precision == "quarter":
        return ts.to_period("Q").start_time
    if precision == "month":
        return ts.to_period("M").start_time
    return ts.normalize()


def _typed_count(src: ExaminerSource, n: int) -> object:
    """Return a plain count as the file holds it (text in CSV, a number elsewhere)."""
    return str(n) if src.format == "csv" else n


def _offences(src: ExaminerSource, value: object) -> str | None:
    """Write the truth's ``|``-joined offences in the source's words, in order."""
    if value is None:
        return None
    words = _OFFENCES[src.source]
    return _OFFENCE_SEP[src.source].join(words[o] for o in str(value).split("|"))


def _base(ev: dict[str, object]) -> dict[str, object]:
    """Return the expected values of a row that reports the event fully, at day precision."""
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS if f != "date_precision"}
    exp["date_precision"] = "day"
    return exp


# --------------------------------------------------------------------------------------
# One writer per agency
# --------------------------------------------------------------------------------------
def _ons(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _base(ev)
    tags: list[str] = []
    prec = _period(ts, rng, partial_ok, month=0.1, quarter=0.05)
    if prec == "day":
        cells["event_date"] = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    elif prec == "month":
        cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.year}"
        tags.append("month_only")
    else:
        cells["event_date"] = f"{_QUARTER_EN[(ts.month - 1) // 3]} {ts.year}"
        tags.append("quarter_only")
    exp["event_date"], exp["date_precision"] = _start(ts, prec), prec

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    cells["exploitation"] = (
        _EXPLOIT[src.source][str(ev["exploitation"])]
        if ev["exploitation"] is not None
        else _NO_EXPLOIT[src.source]
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.025:
        cells["n_persons"], exp["n_persons"] = "[x]", None
        tags.append("count_placeholder")
    elif r < 0.035:
        cells["n_persons"], exp["n_persons"] = "[c]", None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = f"{n:,}"
        tags.append("thousands")
    else:
        cells["n_persons"] = str(n)
    if rng.random() < 0.04:
        cells["n_suspects"], exp["n_suspects"] = "[x]", None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = str(int(ev["n_suspects"]))  # type: ignore[call-overload]
    cells["gender"] = _GENDER[src.source][str(ev["gender"])]
    cells["age_group"] = _AGE[src.source][str(ev["age_group"])]
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")

    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.04 and nat in _TYPO["en"]:
        cells["nationality"] = _TYPO["en"][nat]
        tags.append("typo")
    elif r < 0.85 and nat in _DEMONYM_EN:
        cells["nationality"] = _DEMONYM_EN[nat]
        tags.append("demonym")
    else:
        cells["nationality"] = _NAME_EN.get(nat, _name(nat, "en"))
    origin = str(ev["origin_country"])
    cells["origin_country"] = _NAME_EN.get(origin, _name(origin, "en"))
    cells["transit_countries"] = (
        "; ".join(_NAME_EN.get(c, _name(c, "en")) for c in str(ev["transit_countries"]).split("|"))
        if ev["transit_countries"] is not None
        else None
    )
    dest = str(ev["destination_country"])
    if dest == "GBR":
        cells["destination_country"] = "UK" if rng.random() < 0.4 else "United Kingdom"
    else:
        cells["destination_country"] = _name(dest, "en")
    det = str(ev["detection_country"])
    if det == "GBR" and rng.random() < 0.5:
        cells["detection_country"] = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
        tags.append("home_nation")
    else:
        cells["detection_country"] = _name(det, "en")
    cells["police_force"] = _FORCE.get(str(ev["hotspot"]))

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    elif ev["corridor"] == "channel" and mode == "sea":
        cells["transport_mode"] = "Small boat"
    else:
        cells["transport_mode"] = _MODE[src.source][mode][-1]
    if rng.random() < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = round(float(ev["lat"]), 6), round(float(ev["lon"]), 6)  # type: ignore[arg-type]
        cells["lat"], cells["lon"] = f"{lat:.6f}", f"{lon:.6f}"
        exp["lat"], exp["lon"] = lat, lon
    cells["linked_offences"] = _offences(src, ev["linked_offences"])
    return cells, exp, tags


def _fr_country(iso: str, rng: _Rng, tags: list[str], src: ExaminerSource) -> str:
    name = _name(iso, "fr")
    r = rng.random()
    if r < 0.04 and iso in _TYPO["fr"]:
        tags.append("typo")
        return _TYPO["fr"][iso]
    if r < 0.09:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    if r < 0.3:
        tags.append("upper")
        return name.upper().translate(_FOLD)
    return name


def _sdse(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _base(ev)
    tags: list[str] = []
    prec = _period(ts, rng, partial_ok, month=0.08, quarter=0.04)
    if prec == "day":
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    elif prec == "month":
        cells["event_date"] = f"courant {_MONTHS_FR[ts.month - 1]} {ts.year}"
        tags.append("month_only")
    else:
        cells["event_date"] = f"T{(ts.month - 1) // 3 + 1} {ts.year}"
        tags.append("quarter_only")
    exp["event_date"], exp["date_precision"] = _start(ts, prec), prec
    cells["court"] = _COURT.get(str(ev["hotspot"]), "JIRS Lyon")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    cells["exploitation"] = (
        _EXPLOIT[src.source][str(ev["exploitation"])]
        if ev["exploitation"] is not None
        else _NO_EXPLOIT[src.source]
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"], exp["n_persons"] = "NC", None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = f"{n:,}".replace(",", "\u00a0")
        tags.append("thousands")
    else:
        cells["n_persons"] = str(n)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if k == 0 and rng.random() < 0.5:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = _GENDER[src.source][str(ev["gender"])]
    cells["age_group"] = _AGE[src.source][str(ev["age_group"])]
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    cells["nationality"] = _fr_country(str(ev["nationality"]), rng, tags, src)
    cells["origin_country"] = _fr_country(str(ev["origin_country"]), rng, tags, src)
    cells["transit_countries"] = (
        " / ".join(_name(c, "fr") for c in str(ev["transit_countries"]).split("|"))
        if ev["transit_countries"] is not None
        else None
    )
    dest = str(ev["destination_country"])
    r = rng.random()
    if dest == "GBR" and r < 0.15:
        cells["destination_country"] = "Angleterre"
        tags.append("alias")
    elif r < 0.3:
        cells["destination_country"] = iso_codes(dest)[0]
        tags.append("iso2")
    else:
        cells["destination_country"] = _name(dest, "fr")
    det = str(ev["detection_country"])
    if rng.random() < 0.1:
        cells["detection_country"] = iso_codes(det)[0]
        tags.append("iso2")
    else:
        cells["detection_country"] = _name(det, "fr")
    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"], exp["transport_mode"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _MODE[src.source][mode])
    exp["lat"] = exp["lon"] = None
    tags.append("coords_missing")
    cells["linked_offences"] = _offences(src, ev["linked_offences"])
    return cells, exp, tags


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a decimal degree as degrees, minutes and seconds; return it and its reading."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    secs = round((a - deg - minutes / 60) * 3600, 1)
    if secs >= 60:
        secs = 0.0
        minutes += 1
    if minutes >= 60:
        minutes = 0
        deg += 1
    read = deg + minutes / 60 + secs / 3600
    return f"{deg}°{minutes:02d}'{secs:04.1f}\"{hemi}", (read if value >= 0 else -read)


def _inec(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _base(ev)
    tags: list[str] = []
    prec = _period(ts, rng, partial_ok, month=0.07, quarter=0.04)
    if prec == "day":
        cells["event_date"] = ts.normalize().to_pydatetime()
        tags.append("excel_date")
    elif prec == "month":
        cells["event_date"] = f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"
        tags.append("month_only")
    else:
        cells["event_date"] = f"{_ROMAN[(ts.month - 1) // 3]} trimestre {ts.year}"
        tags.append("quarter_only")
    exp["event_date"], exp["date_precision"] = _start(ts, prec), prec
    cells["province"] = "Darién" if ev["detection_country"] == "PAN" else None

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    cells["exploitation"] = (
        _EXPLOIT[src.source][str(ev["exploitation"])]
        if ev["exploitation"] is not None
        else _NO_EXPLOIT[src.source]
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"], exp["n_persons"] = "...", None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = "...", None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.6:
        cells["n_suspects"] = "-"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    cells["gender"] = _GENDER[src.source][str(ev["gender"])]
    cells["age_group"] = _AGE[src.source][str(ev["age_group"])]
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.05 and nat in _TYPO["es"]:
        cells["nationality"] = _TYPO["es"][nat]
        tags.append("typo")
    elif r < 0.85 and nat in _DEMONYM_ES:
        cells["nationality"] = _DEMONYM_ES[nat] if r < 0.6 else _DEMONYM_ES[nat].capitalize()
        tags.append("demonym")
    else:
        cells["nationality"] = _name(nat, "es")
    cells["origin_country"] = iso_codes(str(ev["origin_country"]))[1]
    tags.append("iso_numeric")
    cells["transit_countries"] = (
        ", ".join(_name(c, "es") for c in str(ev["transit_countries"]).split("|"))
        if ev["transit_countries"] is not None
        else None
    )
    dest = str(ev["destination_country"])
    if dest == "USA" and rng.random() < 0.35:
        cells["destination_country"] = "EE.UU."
        tags.append("alias")
    else:
        cells["destination_country"] = _name(dest, "es")
    det = str(ev["detection_country"])
    if rng.random() < 0.15:
        cells["detection_country"] = _name(det, "es").replace("á", "a")
    else:
        cells["detection_country"] = _name(det, "es")
    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"], exp["transport_mode"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _MODE[src.source][mode])
    r = rng.random()
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if r < 0.05:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.15:
        cells["lat"], exp["lat"] = _dms(lat, "N", "S")
        cells["lon"], exp["lon"] = _dms(lon, "E", "O")
        tags.append("dms")
    else:
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    cells["linked_offences"] = _offences(src, ev["linked_offences"])
    return cells, exp, tags


def _bjs(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _base(ev)
    tags: list[str] = ["us_date"]
    prec = _period(ts, rng, partial_ok, month=0.05, quarter=0.0)
    if prec == "day":
        cells["event_date"] = ts.strftime("%m/%d/%Y")
    else:
        cells["event_date"] = ts.strftime("%m/%Y")
        tags.append("month_only")
    exp["event_date"], exp["date_precision"] = _start(ts, prec), prec
    cells["district"] = _DISTRICT.get(str(ev["hotspot"]), "S.D. Fla.")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    cells["exploitation"] = (
        _EXPLOIT[src.source][str(ev["exploitation"])]
        if ev["exploitation"] is not None
        else _NO_EXPLOIT[src.source]
    )
    if rng.random() < 0.03:
        cells["n_persons"], exp["n_persons"] = None, None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_suspects"] = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["gender"] = _GENDER[src.source][str(ev["gender"])]
    cells["age_group"] = _AGE[src.source][str(ev["age_group"])]
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    tags.append("upper")
    cells["nationality"] = _name(str(ev["nationality"]), "en").upper()
    cells["origin_country"] = _name(str(ev["origin_country"]), "en").upper()
    cells["transit_countries"] = (
        ", ".join(_name(c, "en").upper() for c in str(ev["transit_countries"]).split("|"))
        if ev["transit_countries"] is not None
        else None
    )
    dest = str(ev["destination_country"])
    cells["destination_country"] = (
        choice(rng, ("UNITED STATES", "USA")) if dest == "USA" else _name(dest, "en").upper()
    )
    cells["detection_country"] = iso_codes(str(ev["detection_country"]))[0]
    tags.append("iso2")
    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"], exp["transport_mode"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _MODE[src.source][mode])
    exp["lat"] = exp["lon"] = None
    tags.append("coords_missing")
    cells["linked_offences"] = _offences(src, ev["linked_offences"])
    return cells, exp, tags


def _tc_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    if rng.random() < 0.9:
        tags.append("iso3")
        return iso
    return _NAME_EN.get(iso, _name(iso, "en"))


def _transcrime(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp = _base(ev)
    tags: list[str] = []
    prec = _period(ts, rng, partial_ok, month=0.1, quarter=0.06)
    if prec == "day":
        if rng.random() < 0.05:
            cells["event_date"] = str((ts.normalize() - _EXCEL_EPOCH).days)
            tags.append("excel_serial")
        else:
            cells["event_date"] = ts.strftime("%d/%m/%Y")
    elif prec == "month":
        cells["event_date"] = ts.strftime("%m/%Y")
        tags.append("month_only")
    else:
        cells["event_date"] = f"Q{(ts.month - 1) // 3 + 1} {ts.year}"
        tags.append("quarter_only")
    exp["event_date"], exp["date_precision"] = _start(ts, prec), prec
    cells["route"] = ev["route_name"]

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.source][crime])
    cells["exploitation"] = (
        _EXPLOIT[src.source][str(ev["exploitation"])]
        if ev["exploitation"] is not None
        else _NO_EXPLOIT[src.source]
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"], exp["n_persons"] = "n.a.", None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = f"{n:,}".replace(",", ".")
        tags.append("thousands")
    else:
        cells["n_persons"] = str(n)
    if rng.random() < 0.04:
        cells["n_suspects"], exp["n_suspects"] = "n.a.", None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = str(int(ev["n_suspects"]))  # type: ignore[call-overload]
    cells["gender"] = _GENDER[src.source][str(ev["gender"])]
    cells["age_group"] = _AGE[src.source][str(ev["age_group"])]
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    cells["nationality"] = _tc_country(str(ev["nationality"]), rng, tags)
    cells["origin_country"] = _tc_country(str(ev["origin_country"]), rng, tags)
    cells["destination_country"] = _tc_country(str(ev["destination_country"]), rng, tags)
    cells["transit_countries"] = (
        " > ".join(str(ev["transit_countries"]).split("|"))
        if ev["transit_countries"] is not None
        else None
    )
    det = str(ev["detection_country"])
    if det in _ITALIAN and rng.random() < 0.08:
        cells["detection_country"] = _ITALIAN[det]
        tags.append("italian_name")
    else:
        cells["detection_country"] = _NAME_EN.get(det, _name(det, "en"))
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = _NOT_KNOWN[src.source], "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _MODE[src.source][mode][0]
    r = rng.random()
    if r < 0.04:
        cells["lat"] = cells["lon"] = "n.a."
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    elif r < 0.08:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = round(float(ev["lat"]), 4), round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        cells["lat"], cells["lon"] = f"{lat:.4f}".replace(".", ","), f"{lon:.4f}".replace(".", ",")
        exp["lat"], exp["lon"] = lat, lon
        tags.append("decimal_comma")
    cells["linked_offences"] = _offences(src, ev["linked_offences"])
    return cells, exp, tags


_Writer = Callable[[ExaminerSource, dict[str, object], _Rng, bool], _Out]
_WRITERS: dict[str, _Writer] = {
    "ons_cjc": _ons,
    "sdse_justice": _sdse,
    "inec_pa": _inec,
    "bjs_fjsp": _bjs,
    "transcrime": _transcrime,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: ``(cells, expected values, tags)``."""
    cells, exp, tags = _WRITERS[src.source](src, ev, rng, partial_ok)
    if forced_blank is not None:  # a second report that leaves one field out
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            cells["lat"] = cells["lon"] = None
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"], exp["gender"] = None, "unknown"
        else:
            cells[forced_blank], exp[forced_blank] = None, None
    return cells, exp, tags


def _future_year(year: int) -> int:
    """Return the year keyed with two digits swapped (2023 -> 2203)."""
    text = str(year)
    return int(text[0] + text[2] + text[1] + text[3]) if text[1] != text[2] else year + 200


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, as the agency gets it wrong."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        day = ts.normalize().replace(day=min(ts.day, 28), year=_future_year(ts.year))
        return {
            "ons_cjc": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
            "sdse_justice": day.strftime("%d/%m/%Y"),
            "inec_pa": day.to_pydatetime(),
            "bjs_fjsp": day.strftime("%m/%d/%Y"),
            "transcrime": day.strftime("%d/%m/%Y"),
        }[src.source]
    y = ts.year
    options: dict[str, tuple[str, ...]] = {
        "ons_cjc": (f"30 February {y}", f"31 June {y}"),
        "sdse_justice": (f"31/02/{y}", f"00/{ts.month:02d}/{y}"),
        "inec_pa": (f"30/02/{y}", f"31/04/{y}"),
        "bjs_fjsp": (f"02/30/{y}", f"{ts.month:02d}/32/{y}"),
        "transcrime": (f"31/04/{y}", f"31/09/{y}"),
    }
    return choice(rng, options[src.source])


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date on the source's note row (the day of its last event)."""
    if src.source == "ons_cjc":
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    if src.source == "inec_pa":
        return last.normalize().to_pydatetime()
    if src.source == "bjs_fjsp":
        return last.strftime("%m/%d/%Y")
    return last.strftime("%d/%m/%Y")


#: The variant: sources, routing of the events and the agencies' ways of writing.
EXAMINER: Final[Examiner[ExaminerSource]] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "ons_cjc",
        "FRA": "sdse_justice",
        "PAN": "inec_pa",
        "USA": "bjs_fjsp",
    },
    compilation="transcrime",
    secondary={
        ("channel", "FRA"): "ons_cjc",
        ("channel", "GBR"): "sdse_justice",
        ("thb_vnm_gbr", "GBR"): "transcrime",
        ("thb_nga_ita", "ITA"): "sdse_justice",
        ("darien", "PAN"): "bjs_fjsp",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=258,
    blank_share=0.3,
)


def make_blind258(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the ``blind258`` set.

    The UK's ONS reports the events detected in the United Kingdom, France's SDSE those
    detected in France, Panama's INEC those of Panama, the U.S. BJS those of the United
    States; Transcrime's research dataset compiles every other one (Italy, Greece,
    Spain, Croatia, Poland). Some Channel, Darién and trafficking cases are reported a
    second time by another of them; Transcrime's file holds a few exact repeated rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ons_cjc_iz.csv``, ``sdse_justice_iz.csv``, ``inec_pa_iz.xlsx``,
        ``bjs_fjsp_iz.jsonl`` and ``transcrime_iz.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind258(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ons_cjc_iz.csv', 'sdse_justice_iz.csv', 'inec_pa_iz.xlsx', 'bjs_fjsp_iz.jsonl',
     'transcrime_iz.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° parquet', 'Juridiction', 'Date des faits']
    >>> all(len(s.expected) > 3 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
