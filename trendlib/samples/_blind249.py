"""Examiner variant ``blind249``: utilities' revenue-protection and security desks (``*_iq.*``).

Five sources that no other sample set uses, four of them energy utilities whose fraud,
revenue-protection or security units log the premises and sites where their staff (or
the police they work with) found people, and one commercial security-intelligence feed
the utilities' security teams subscribe to:

``ukpn_rps_iq.csv``
    UK Power Networks, Revenue Protection Services (England). English; CSV written by
    Excel's "CSV UTF-8" (UTF-8 with BOM), ``,``. Day-first UK dates (``17/05/2023``,
    ``17-May-23``, ``May 2023``), nationalities as demonyms (``Vietnamese``),
    ``Modern Slavery`` / ``OIC`` categories, ``n/k`` for not known, ``none`` arrests,
    ``1,204`` counts, route lists joined by ``" > "``. Reports the events detected in
    the United Kingdom.
``enedis_fraude_iq.csv``
    Enedis, lutte contre la fraude (Hauts-de-France). French; cp1252, ``;``, CRLF.
    ``17/05/2023`` and ``17/05/2023 14:32`` timestamps, quarters ``T2 2023``, country
    names often in capitals or without accents, decimal commas, ``1 204`` counts with a
    no-break space, ``NC`` (non communiqué), ``aucun``. Events detected in France;
    re-sends a few rows.
``endesa_seguridad_iq.xlsx``
    Endesa (Enel group), Dirección de Seguridad / control de fraude. Spanish; XLSX with
    real Excel dates and numbers, some typed-in text dates (``17/05/2023``), ``mayo
    2023``, quarters written ``2T 2023`` as the company writes its results, ISO alpha-3
    nationalities copied from police forms, ``s/d``, ``ninguno``, ``1.204`` counts typed
    as text. Events detected in Spain and, for the group's Italian side, Italy.
``ensa_perdidas_iq.csv``
    ENSA (Elektra Noreste, grupo EPM), control de pérdidas, Panamá. Spanish; Excel
    "Texto Unicode" (UTF-16 with BOM, tab-delimited). ``17/05/2023`` dates and Excel
    serials (``45063``) where the column lost its format, mojibake country names
    (``HaitÃ­``), ``NNA`` for minors, ``aprox. 350`` counts, coordinates as one
    ``lat, lon`` pair or in degrees-minutes-seconds. Events detected in Panama.
``dragonfly_sias_iq.jsonl``
    Dragonfly security intelligence feed (English, JSON lines, UTF-8): ISO datetimes,
    ISO alpha-2 country codes (``UK`` for the United Kingdom), JSON numbers and nulls.
    The compilation: everything no utility reports (Greece, Croatia, Poland, the United
    States), and second reports of the sea and Channel crossings, the Darién, and the
    exploitation cases found in the United Kingdom and in Spain.

Every cell the truth expects is what a careful analyst reads from it; cells such an
analyst could not read are planted as bad rows (quarantined), blanks or "not known"
words, each tagged in ``messiness``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["EXAMINER", "SOURCES", "Agency", "make_blind249"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: English demonyms a UK revenue-protection officer writes for a nationality.
_DEMONYMS: dict[str, str] = {
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


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of ``blind249`` with its own way of writing cells.

    Attributes
    ----------
    date_style : str
        ``"uk"``, ``"fr"``, ``"xlsx"``, ``"pa"`` or ``"iso"``.
    country_style : str
        ``"en"`` (names, demonym nationalities), ``"fr"`` (names, capitals, no accents),
        ``"es"`` (names, ISO alpha-3 nationalities), ``"es_moji"`` (names, mojibake) or
        ``"iso2"`` (codes).
    coord_style : str
        ``"dot"``, ``"comma"``, ``"excel"``, ``"pair_dms"`` or ``"json"``.
    words : mapping
        Vocabulary column -> canonical word -> the agency's words.
    unknown : tuple of str
        The agency's words for "not known".
    zero : str
        The agency's word for no suspect.
    placeholder : str
        What the agency writes for a count it does not know.
    transit_sep, offence_sep : str
        Separators of transit countries and of linked offences.
    thousands : str
        Thousands separator of written counts (``""``: counts are numbers).
    anomalies : tuple of str
        Values of the utility's own fraud-type column (empty: no such column).
    """

    date_style: str
    country_style: str
    coord_style: str
    words: _Words
    unknown: tuple[str, ...]
    zero: str
    placeholder: str
    transit_sep: str
    offence_sep: str
    thousands: str
    anomalies: tuple[str, ...]


_ENGLISH_OFFENCES = {
    "document_fraud": ("Forged documents", "False ID"),
    "corruption": ("Bribery",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drugs", "Drugs (cannabis)"),
    "cybercrime": ("Cyber-enabled crime",),
    "terrorism": ("Terrorism",),
}

_UKPN = Agency(
    source="ukpn_rps_iq",
    filename="ukpn_rps_iq.csv",
    ref="RPS-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "RP Case Ref",
        "event_date": "Date of Visit",
        "anomaly": "Interference Type",
        "crime_type": "Police Referral Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Occupants Found",
        "n_suspects": "Arrests",
        "gender": "Occupant Sex",
        "age_group": "Age Band",
        "nationality": "Occupant Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route Travelled",
        "destination_country": "Final Destination",
        "detection_country": "Country",
        "transport_mode": "Means of Entry",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other Offences",
    },
    note="Extract from RPS case system - figures subject to change",
    total="TOTAL",
    bad_count=("several", "a number of"),
    repeats=False,
    date_style="uk",
    country_style="en",
    coord_style="dot",
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery", "MSHT"),
            "smuggling": ("Organised Immigration Crime", "OIC"),
            "both": ("MSHT & OIC", "Modern Slavery / OIC"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation",),
            "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("M & F", "Mixed")},
        "age_group": {
            "child": ("Minor (U18)", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors",),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB"),
            "land": ("Lorry", "Vehicle"),
            "air": ("Flight",),
        },
        "linked_offences": _ENGLISH_OFFENCES,
    },
    unknown=("n/k", "N/K", "Not known"),
    zero="none",
    placeholder="n/k",
    transit_sep=" > ",
    offence_sep="; ",
    thousands=",",
    anomalies=("Meter bypass", "Cut-out tampered", "Direct connection to mains", "Meter reversed"),
)

_ENEDIS = Agency(
    source="enedis_fraude_iq",
    filename="enedis_fraude_iq.csv",
    ref="HDF-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date constat",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes présentes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "anomaly": "Type de fraude constatée",
    },
    note="Extraction outil fraude - document interne Enedis, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    date_style="fr",
    country_style="fr",
    coord_style="comma",
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Aide à l'entrée et au séjour irréguliers", "Filière d'immigration"),
            "both": ("TEH + aide au séjour irrégulier",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {"female": ("F",), "male": ("H",), "mixed": ("H/F", "Mixte")},
        "age_group": {
            "child": ("Mineur", "Mineurs"),
            "adult": ("Majeur", "Majeurs"),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Embarcation", "Small boat"),
            "land": ("Poids lourd", "Véhicule léger"),
            "air": ("Voie aérienne",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NC", "inconnu"),
    zero="aucun",
    placeholder="NC",
    transit_sep=" / ",
    offence_sep=" + ",
    thousands="\u00a0",
    anomalies=(
        "Shunt compteur",
        "Branchement direct sur réseau",
        "Compteur manipulé",
        "Raccordement sauvage",
    ),
)

_ENDESA = Agency(
    source="endesa_seguridad_iq",
    filename="endesa_seguridad_iq.xlsx",
    ref="EXP-{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha inspección",
        "anomaly": "Tipo de anomalía",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Personas",
        "n_suspects": "Detenidos",
        "nationality": "Nacionalidad",
        "gender": "Sexo",
        "age_group": "Edad",
        "origin_country": "País origen",
        "transit_countries": "Tránsito",
        "destination_country": "País destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales - Dirección de Seguridad",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    date_style="xlsx",
    country_style="es",
    coord_style="excel",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH"),
            "smuggling": ("Inmigración ilegal", "Favorecimiento inmigración irregular"),
            "both": ("Trata + inmigración ilegal",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Hombre"),
            "mixed": ("Ambos sexos", "Ambos"),
        },
        "age_group": {
            "child": ("Menores", "Menor"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación"),
            "land": ("Vehículo", "A pie", "Furgoneta"),
            "air": ("Avión",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("s/d", "S/D", "desconocido"),
    zero="ninguno",
    placeholder="s/d",
    transit_sep=", ",
    offence_sep=" / ",
    thousands=".",
    anomalies=("Enganche ilegal", "Puente en contador", "Contador manipulado", "Acometida directa"),
)

_ENSA = Agency(
    source="ensa_perdidas_iq",
    filename="ensa_perdidas_iq.csv",
    ref="PRD-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
        "anomaly": "Irregularidad detectada",
    },
    note="Nota: cifras preliminares sujetas a revisión",
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    date_style="pa",
    country_style="es_moji",
    coord_style="pair_dms",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso",),
            "forced_criminality": ("Delincuencia forzada",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {"female": ("Femenino",), "male": ("Masculino",), "mixed": ("Mixto",)},
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos", "Adulto"),
            "mixed": ("Adultos y NNA",),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("A pie", "Terrestre"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("por confirmar", "N/D"),
    zero="ninguno",
    placeholder="por confirmar",
    transit_sep=" - ",
    offence_sep=", ",
    thousands=",",
    anomalies=(
        "Conexión ilegal",
        "Medidor intervenido",
        "Puente en medidor",
        "Conexión directa a red",
    ),
)

_DRAGONFLY = Agency(
    source="dragonfly_sias_iq",
    filename="dragonfly_sias_iq.jsonl",
    ref="DF-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "occurred_at",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "people_involved",
        "n_suspects": "arrests",
        "gender": "gender",
        "age_group": "age_profile",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_code",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="FEED TOTAL",
    bad_count=("dozens", "several"),
    repeats=True,
    date_style="iso",
    country_style="iso2",
    coord_style="json",
    words={
        "crime_type": {
            "trafficking": ("Human trafficking",),
            "smuggling": ("Migrant smuggling", "People smuggling"),
            "both": ("Human trafficking / migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown",),
    zero="none",
    placeholder="unknown",
    transit_sep=",",
    offence_sep=", ",
    thousands="",
    anomalies=(),
)

#: The five sources of ``blind249``, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_UKPN, _ENEDIS, _ENDESA, _ENSA, _DRAGONFLY)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write a date the agency's way; return (cell, expected date, precision)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src.date_style == "uk":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{MONTHS[m]} {ts.year}", month, "month"
        if r < 0.2:
            tags.append("date_dd_mon_yy")
            return f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year % 100:02d}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src.date_style == "fr":
        if partial_ok and r < 0.06:
            tags.append("partial_date")
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        if r < 0.3:
            tags.append("date_time")
            hh, mm = int(rng.integers(6, 23)), int(rng.integers(0, 60))
            return f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src.date_style == "xlsx":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_MONTHS_ES[m]} {ts.year}", month, "month"
        if partial_ok and r < 0.08:
            tags.append("partial_date")
            return f"{ts.quarter}T {ts.year}", quarter, "quarter"
        if r < 0.22:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if src.date_style == "pa":
        if r < 0.2:
            tags.append("excel_serial")
            return str((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
        if r < 0.3:
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    # "iso": a feed's timestamps (UTC, same calendar day) or plain dates
    if partial_ok and r < 0.05:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), month, "month"
    if r < 0.6:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00Z", ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day_month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11"))
        if src.date_style == "iso":
            d, mo = day_month.split("/")
            return f"{ts.year}-{mo}-{d}"
        return f"{day_month}/{ts.year}"
    # future: the year mistyped (2023 -> 2033, or 2123)
    year = ts.year + (10 if src.date_style in ("uk", "pa") else 100)
    if src.date_style == "xlsx":
        return datetime(year, ts.month, ts.day)
    if src.date_style == "iso":
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the extraction date written on the agency's note row."""
    day = last + pd.Timedelta(days=3)
    if src.date_style == "xlsx":
        return day.to_pydatetime()
    if src.date_style == "iso":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _country(src: Agency, iso: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Write one ISO alpha-3 code the agency's way (a careful analyst reads it back)."""
    row = COUNTRIES[iso]
    r = rng.random()
    style = src.country_style
    if style == "iso2":
        code = iso_codes(iso)[0]
        if iso == "GBR" and r < 0.3:
            tags.append(f"alias:{col}")
            return "UK"
        if col == "nationality":  # the feed names nationalities
            name = str(row[4][0]) if iso == "VNM" else str(row[1])
            return name
        tags.append(f"iso2:{col}")
        return code
    if style == "en":
        if col == "nationality" and iso in _DEMONYMS and r < 0.75:
            tags.append(f"demonym:{col}")
            return _DEMONYMS[iso]
        if iso in ("GBR", "VNM", "USA") and r < 0.85:
            tags.append(f"alias:{col}")
            return {"GBR": "UK", "VNM": "Vietnam", "USA": "USA"}[iso]
        if r > 0.96:
            tags.append(f"typo:{col}")
            return str(row[5])
        return str(row[1])
    if style == "fr":
        name = str(row[2])
        if r < 0.3:
            tags.append(f"upper:{col}")
            return _strip_accents(name).upper()
        if r < 0.4 and _strip_accents(name) != name:
            tags.append(f"no_accent:{col}")
            return _strip_accents(name)
        return name
    name = str(row[3])
    if style == "es":
        if col == "nationality" and r < 0.25:
            tags.append(f"iso3:{col}")
            return iso
        if r > 0.93 and _strip_accents(name) != name:
            tags.append(f"no_accent:{col}")
            return _strip_accents(name)
        return name
    # "es_moji": names, some garbled by a UTF-8 / cp1252 mix-up upstream
    garbled = mojibake(name)
    if garbled is not None and r < 0.35:
        tags.append(f"mojibake:{col}")
        return garbled
    if r > 0.95:
        tags.append(f"upper:{col}")
        return name.upper()
    return name


def _word(src: Agency, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Return the agency's word for a canonical vocabulary value (case or spacing may vary)."""
    word = choice(rng, src.words[col][value])
    if src.format != "jsonl" and rng.random() < 0.04:
        tags.append(f"case:{col}")
        return word.upper() if len(word) > 3 else f" {word} "
    return word


def _count(src: Agency, n: int) -> object:
    """Write a count: a JSON or Excel number, or text with thousands separators."""
    if src.format in ("jsonl", "xlsx") and not (src.format == "xlsx" and n >= 1000):
        return n
    if n >= 1000 and src.thousands:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees-minutes-seconds text of a coordinate and the value it encodes."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    mins, sec10 = divmod(rest, 600)
    text = f"{deg}°{mins:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    back = round(tenths / 36000, 6)
    return text, back if value >= 0 else -back


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells and the expected (lat, lon)."""
    if rng.random() < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    style = src.coord_style
    if style == "json":
        return {"lat": lat, "lon": lon}, lat, lon
    if style == "dot":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon
    if style == "comma":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            (lat),
            lon,
        )
    if style == "excel":
        if rng.random() < 0.15:
            tags.append("decimal_comma")
            t_lat, t_lon = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
            return {"lat": t_lat, "lon": t_lon}, lat, lon
        return {"lat": lat, "lon": lon}, lat, lon
    # "pair_dms": one "lat, lon" cell, some in degrees, minutes and seconds
    if rng.random() < 0.25:
        tags.append("coords_dms")
        t_lat, e_lat = _dms(lat, "N", "S")
        t_lon, e_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    exploited = crime in ("trafficking", "both")
    if exploited and ev["exploitation"] is not None:
        if rng.random() < 0.03:
            tags.append("unknown:exploitation")
            cells["exploitation"] = choice(rng, src.unknown)
            exp["exploitation"] = "unknown"
        else:
            cells["exploitation"] = _word(src, "exploitation", str(ev["exploitation"]), rng, tags)
            exp["exploitation"] = ev["exploitation"]
    else:
        cells["exploitation"] = None
        exp["exploitation"] = "unknown" if exploited else None

    # counts
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.012:
        tags.append("count_placeholder")
        cells["n_persons"] = src.placeholder if src.format != "jsonl" else None
        exp["n_persons"] = None
    elif src.source == "ensa_perdidas_iq" and r < 0.06 and n_persons >= 10:
        tags.append("approx_count")
        cells["n_persons"] = f"aprox. {n_persons}"
        exp["n_persons"] = n_persons
    elif src.format == "xlsx" and n_persons >= 1000 and r < 0.5:
        tags.append("thousands:n_persons")
        cells["n_persons"] = f"{n_persons // 1000}.{n_persons % 1000:03d}"
        exp["n_persons"] = n_persons
    else:
        if n_persons >= 1000 and src.thousands and src.format == "csv":
            tags.append("thousands:n_persons")
        cells["n_persons"] = n_persons if src.format == "xlsx" else _count(src, n_persons)
        exp["n_persons"] = n_persons
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif r < 0.02:
        tags.append("suspects_placeholder")
        cells["n_suspects"] = choice(rng, src.unknown) if src.format != "jsonl" else None
        exp["n_suspects"] = None
    elif n_sus == 0 and r < 0.6:
        tags.append("zero_word")
        cells["n_suspects"], exp["n_suspects"] = src.zero, 0
    else:
        cells["n_suspects"] = _count(src, n_sus)
        exp["n_suspects"] = n_sus

    # people
    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.02:
        tags.append("blank_gender")  # the "not known" word: the group's sex is not given
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            tags.append("na_word")
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
        else:
            cells[col] = _word(src, col, value, rng, tags)
            exp[col] = value

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.015:
        tags.append("blank_nationality")  # written as "not known"
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
    else:
        cells["nationality"] = _country(src, nat, rng, "nationality", tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
        elif rng.random() < 0.02:
            tags.append(f"unknown:{col}")
            cells[col], exp[col] = choice(rng, src.unknown), None
        else:
            cells[col] = _country(src, str(iso), rng, col, tags)
            exp[col] = iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, det, rng, "detection_country", tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [_country(src, c, rng, "transit_countries", tags) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit

    # place
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        coord_cells, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(coord_cells)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [choice(rng, src.words["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = offences
    if src.anomalies and exploited:  # premises cases: the utility's own fraud finding
        cells["anomaly"] = choice(rng, src.anomalies)
    return cells, exp, tags


#: The variant: who reports which events, and how each agency writes them.
EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "ukpn_rps_iq",
        "FRA": "enedis_fraude_iq",
        "ESP": "endesa_seguridad_iq",
        "ITA": "endesa_seguridad_iq",
        "PAN": "ensa_perdidas_iq",
    },
    compilation="dragonfly_sias_iq",
    secondary={
        ("channel", "FRA"): "dragonfly_sias_iq",
        ("channel", "GBR"): "dragonfly_sias_iq",
        ("thb_vnm_gbr", "GBR"): "dragonfly_sias_iq",
        ("cmed", "ITA"): "dragonfly_sias_iq",
        ("watl", "ESP"): "dragonfly_sias_iq",
        ("wmed", "ESP"): "dragonfly_sias_iq",
        ("darien", "PAN"): "dragonfly_sias_iq",
        ("thb_rou_esp", "ESP"): "dragonfly_sias_iq",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=249,
    blank_share=0.3,
)


def make_blind249(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind249`` sources do (files ``*_iq.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ukpn_rps_iq.csv`` (English, UTF-8 with BOM, ``,``), ``enedis_fraude_iq.csv``
        (French, cp1252, ``;``), ``endesa_seguridad_iq.xlsx`` (Spanish),
        ``ensa_perdidas_iq.csv`` (Spanish, UTF-16, tab) and ``dragonfly_sias_iq.jsonl``
        (English, UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind249(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ukpn_rps_iq.csv', 'enedis_fraude_iq.csv', 'endesa_seguridad_iq.xlsx',
     'ensa_perdidas_iq.csv', 'dragonfly_sias_iq.jsonl']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date constat', 'Qualification pénale']
    """
    return make_examined(EXAMINER, truth, seed=seed)
