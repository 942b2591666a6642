"""Examiner sample set ``blind312``: renewable-energy compliance desks (files ``*_lb.*``).

Five desks of the wind and solar industry that log exploited site workers and
smuggled crews met on or near their projects, each in its own working language and
with the export habits of its own tools:

``renewableuk_modern_slavery_lb.xlsx``
    The incident-sharing log of the UK wind and solar contractors under RenewableUK
    (English). A spreadsheet kept by hand: real Excel dates beside typed "17 May 2023"
    and "May 2023", nationality as a demonym ("Vietnamese"), the site country as
    "England" or "Scotland", UK category words ("Modern slavery", "OIC"),
    ``lat, long`` pasted from a map, routes joined by ``" > "``.
``edf_renouvelables_vigilance_lb.csv``
    The duty-of-vigilance alert register of EDF Renouvelables' French sites (French,
    cp1252, ``;``, CRLF). Day-first dates with a few two-digit years and "T2 2023"
    quarters, country names in capitals, "Angleterre" for the United Kingdom,
    French legal wording ("aide à l'entrée irrégulière", "mis en cause"), decimal
    commas, thousands with a space.
``iberdrola_canal_etico_lb.csv``
    Iberdrola's ethics-channel export of human-rights incidents at its Spanish solar
    farms (and a few of its sites abroad) (Spanish, UTF-8 with BOM, ``,``). Day-first
    dates, Excel serials where a column lost its format, "05/2023" months, Spanish
    penal-code wording ("318 bis", "finalidad"), thousands with a dot, a batch of
    rows garbled by a double UTF-8 decoding (mojibake); the desk re-sends some rows.
``acciona_energia_ddhh_lb.csv``
    The human-rights desk of Acciona Energía's wind and solar builds in Mexico and
    Panama (Mexican Spanish). Saved from Excel as "Texto Unicode": UTF-16, tab
    separated. "tráfico de personas" for smuggling, "probables responsables",
    "NNA" for minors, "EUA" for the United States, nationality as an adjective
    ("venezolana"), coordinates in degrees-minutes-seconds with ``O`` (oeste) for west.
``solarpower_europe_ssi_lb.jsonl``
    The Solar Stewardship Initiative's compiled incident feed (SolarPower Europe;
    English JSON lines): the events no member desk above reports (Italy, Greece,
    Croatia, Poland) and second reports of some others. ISO codes, ISO dates with a
    few "2023/05/17", "2023-05" and "Q2 2023", numbers as JSON numbers; the feed
    re-delivers some records.

The shared machinery (:mod:`trendlib.samples._examiner`) routes the events, plants the
cross-source duplicates, bad rows, garbage rows and exact repeats; this module writes the
cells and says, in the truth, what a careful analyst reads from each of them.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["BLIND312", "SOURCES", "Desk", "make_blind312"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
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
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A renewable-energy desk: what the machinery reads plus the desk's own wording.

    Attributes
    ----------
    words : mapping
        Vocabulary column -> canonical word -> the desk's spellings (first = usual).
    unknown : tuple of str
        What the desk writes when a value is not known.
    count_unknown : tuple of str
        What it writes in the persons column when the number is not known.
    zero : tuple of str
        Words it writes for no suspect at all.
    direct : tuple of str
        Words it writes in the route column for a direct journey.
    no_offence : tuple of str
        Words it writes when no other offence is linked.
    not_applicable : tuple of str
        What it writes as the form of exploitation of a pure smuggling case.
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked-offence lists.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    direct: tuple[str, ...]
    no_offence: tuple[str, ...]
    not_applicable: tuple[str, ...]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# The desks' words
# --------------------------------------------------------------------------------------
_RUK = "renewableuk_modern_slavery"
_EDF = "edf_renouvelables_vigilance"
_IBE = "iberdrola_canal_etico"
_ACC = "acciona_energia_ddhh"
_SSI = "solarpower_europe_ssi"

_WORDS_EN_UK: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("Modern slavery", "MS / human trafficking", "Human trafficking"),
        "smuggling": ("Organised immigration crime", "OIC", "OIC (facilitation)"),
        "both": ("Modern slavery + OIC", "MS & OIC"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "child": ("Child", "Minor", "U18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Sea", "Boat"),
        "land": ("Lorry / HGV", "Overland", "Vehicle"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("document fraud", "false ID docs"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "cannabis cultivation"),
        "cybercrime": ("cyber-enabled",),
        "terrorism": ("terrorism",),
    },
}

_WORDS_FR: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants", "passage (small boat)"),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "female": ("F", "femmes"),
        "male": ("H", "hommes"),
        "mixed": ("mixte", "H et F"),
    },
    "age_group": {
        "child": ("mineurs", "MNA"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("poids lourd", "routier", "camion"),
        "air": ("aérien", "avion"),
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

_WORDS_ES: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("trata de seres humanos", "trata (art. 177 bis)", "TSH"),
        "smuggling": (
            "favorecimiento de la inmigración irregular",
            "tráfico de migrantes",
            "art. 318 bis",
        ),
        "both": ("trata y tráfico de migrantes", "177 bis + 318 bis"),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "gender": {
        "female": ("mujeres", "mujer"),
        "male": ("varones", "hombre"),
        "mixed": ("mixto", "ambos sexos"),
    },
    "age_group": {
        "child": ("menores", "menor de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "transport_mode": {
        "sea": ("patera", "cayuco", "embarcación"),
        "land": ("terrestre", "furgoneta", "a pie"),
        "air": ("aéreo", "avión"),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}

_WORDS_MX: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("trata de personas", "Trata"),
        "smuggling": ("tráfico de personas", "tráfico ilícito de migrantes"),
        "both": ("trata y tráfico de personas", "trata / tráfico"),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzado", "explotación laboral"),
        "forced_criminality": ("utilización en actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzoso",),
        "other": ("otra",),
    },
    "gender": {
        "female": ("Mujer", "mujeres"),
        "male": ("Hombre", "hombres"),
        "mixed": ("Mixto", "hombres y mujeres"),
    },
    "age_group": {
        "child": ("NNA", "menores"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    "transport_mode": {
        "sea": ("lancha", "marítimo"),
        "land": ("terrestre", "a pie", "tráiler"),
        "air": ("aéreo", "vuelo comercial"),
    },
    "linked_offences": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    },
}

_WORDS_SSI: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "trafficking": ("THB", "trafficking in human beings"),
        "smuggling": ("SoM", "migrant smuggling"),
        "both": ("THB/SoM", "THB and SoM"),
    },
    "exploitation": {
        "sexual": ("sexual",),
        "forced_labour": ("forced labour", "labour"),
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
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[Desk, ...] = (
    Desk(
        source=_RUK,
        filename=f"{_RUK}_lb.xlsx",
        ref="RUK-MS-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Incident ref",
            "event_date": "Date of incident",
            "site": "Site / project",
            "detection_country": "Country (site)",
            "crime_type": "Category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of people involved",
            "n_suspects": "Suspected perpetrators",
            "gender": "Sex",
            "age_group": "Adult / child",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route travelled",
            "destination_country": "Intended destination",
            "transport_mode": "Mode of travel",
            "coordinates": "Location (lat, long)",
            "linked_offences": "Associated offences",
        },
        note="Shared under the RenewableUK supply-chain protocol - OFFICIAL-SENSITIVE",
        total="TOTAL",
        bad_count=("several", "a number", "multiple"),
        repeats=False,
        words=_WORDS_EN_UK,
        unknown=("Not known", "n/k", "Unknown"),
        count_unknown=("tbc", "not known"),
        zero=("none", "nil"),
        direct=("Direct",),
        no_offence=("none",),
        not_applicable=("N/A", "n/a"),
        transit_sep=" > ",
        offence_sep="; ",
    ),
    Desk(
        source=_EDF,
        filename=f"{_EDF}_lb.csv",
        ref="VIG-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° alerte",
            "event_date": "Date des faits",
            "site": "Site / parc",
            "detection_country": "Pays du site",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes concernées",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays traversés",
            "destination_country": "Destination déclarée",
            "transport_mode": "Mode de passage",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction du registre d'alertes (plan de vigilance) - données provisoires",
        total="Total général",
        bad_count=("plusieurs", "nombreux"),
        repeats=False,
        words=_WORDS_FR,
        unknown=("NC", "inconnu", "non renseigné"),
        count_unknown=("NC", "inconnu"),
        zero=("aucun", "néant"),
        direct=("direct",),
        no_offence=("néant",),
        not_applicable=("sans objet", "SO"),
        transit_sep=" - ",
        offence_sep=", ",
    ),
    Desk(
        source=_IBE,
        filename=f"{_IBE}_lb.csv",
        ref="CE-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha del hecho",
            "detection_country": "País",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas afectadas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales, exportación del canal ético",
        total="TOTAL",
        bad_count=("varios", "numerosos"),
        repeats=True,
        words=_WORDS_ES,
        unknown=("desconocido", "s/d", "sin datos"),
        count_unknown=("s/d", "desconocido"),
        zero=("ninguno",),
        direct=("directo",),
        no_offence=("ninguno",),
        not_applicable=("no aplica",),
        transit_sep=", ",
        offence_sep=" / ",
    ),
    Desk(
        source=_ACC,
        filename=f"{_ACC}_lb.csv",
        ref="DDHH-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Folio",
            "event_date": "Fecha del evento",
            "detection_country": "País del evento",
            "crime_type": "Tipo de delito",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Personas involucradas",
            "n_suspects": "Probables responsables",
            "gender": "Sexo",
            "age_group": "Grupo de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "Destino",
            "transport_mode": "Medio de traslado",
            "coordinates": "Coordenadas (GMS)",
            "linked_offences": "Delitos asociados",
        },
        note="Nota: información preliminar, sujeta a validación",
        total="Total",
        bad_count=("varios", "un grupo"),
        repeats=False,
        words=_WORDS_MX,
        unknown=("sin dato", "se desconoce", "N/D"),
        count_unknown=("sin dato", "por determinar"),
        zero=("ninguno",),
        direct=("directo",),
        no_offence=("ninguno",),
        not_applicable=("no aplica", "N/A"),
        transit_sep=" / ",
        offence_sep=", ",
    ),
    Desk(
        source=_SSI,
        filename=f"{_SSI}_lb.jsonl",
        ref="SSI-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "incident_date",
            "detection_country": "country_code",
            "crime_type": "category",
            "exploitation": "exploitation_form",
            "n_persons": "persons",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality_iso3",
            "origin_country": "origin_country",
            "transit_countries": "transit",
            "destination_country": "destination_country",
            "transport_mode": "transport",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "linked_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "many"),
        repeats=True,
        words=_WORDS_SSI,
        unknown=("unknown",),
        count_unknown=("unknown",),
        zero=("none",),
        direct=("direct",),
        no_offence=(),
        not_applicable=("n/a",),
        transit_sep="-",
        offence_sep="; ",
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}

# English demonyms (the UK desk writes nationality as an adjective).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MKD": "North Macedonian",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "PAN": "Panamanian",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "USA": "American",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
# Mexican/Panamanian forms write "Nacionalidad: venezolana"; others by country name.
_DEMONYM_MX: dict[str, str] = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
}
# Place names of the sites, as the French desk writes them (cp1252-safe).
_SITE_FR = {
    "Dunkirk/Gravelines": "Dunkerque - Gravelines",
    "Dover": "Douvres",
    "London": "Londres",
    "Glasgow": "Glasgow",
    "Birmingham": "Birmingham",
}
_SITE_EN = {"Dunkirk/Gravelines": "Dunkirk (Gravelines)"}


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _usual(rng: _Rng, forms: tuple[str, ...], p: float = 0.7) -> str:
    """Draw the first (usual) form with probability ``p``, another one otherwise."""
    if len(forms) == 1 or rng.random() < p:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _swap_letters(text: str) -> str | None:
    """Two middle letters swapped (a typing slip), or None if the name is too short."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: Desk, iso: str, col: str, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    """Write one country as the desk does; return (cell, messiness tag or "")."""
    name = src.source
    r = rng.random()
    if name == _RUK:
        if col == "detection_country" and iso == "GBR":
            home = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
            return choice(rng, (home, home, "UK", "United Kingdom")), "region:detection_country"
        if col == "nationality":
            if r < 0.9:
                return _DEMONYM_EN[iso], "demonym:nationality"
            text = _name(iso, "en")
        elif iso == "GBR" and r < 0.5:
            return "UK", f"alias:{col}"
        else:
            text = _name(iso, "en")
        typo = _swap_letters(text)
        if typo is not None and rng.random() < 0.04:
            return typo, f"typo:{col}"
        return text, ""
    if name == _EDF:
        if iso == "GBR" and col != "detection_country" and r < 0.5:
            return choice(rng, ("Angleterre", "ANGLETERRE")), f"alias:{col}"
        text = _name(iso, "fr")
        if r > 0.96:
            return iso_codes(iso)[0], f"iso2:{col}"
        if r > 0.92:
            typo = _swap_letters(text)
            if typo is not None:
                return typo.upper(), f"typo:{col}"
        return (text.upper() if r < 0.55 else text), ""
    if name == _IBE:
        text = _name(iso, "es")
        if r < 0.08:
            return text.upper(), ""
        return text, ""
    if name == _ACC:
        if iso == "USA" and col in ("destination_country", "detection_country"):
            return choice(rng, ("EUA", "EUA", "Estados Unidos", "EE. UU.")), f"alias:{col}"
        if col == "nationality" and iso in _DEMONYM_MX and r < 0.85:
            text = _DEMONYM_MX[iso]
            return (text.upper() if rng.random() < 0.3 else text), "demonym:nationality"
        text = _name(iso, "es")
        return (text.upper() if r > 0.85 else text), ""
    # the compilation: ISO codes (the site country as alpha-2), a few names from members
    if col == "detection_country":
        return iso_codes(iso)[0], ""
    if col in ("nationality", "transit_countries"):
        return iso, ""
    if r < 0.7:
        return iso, ""
    if r < 0.85:
        return iso_codes(iso)[0], f"iso2:{col}"
    return _name(iso, "en"), ""


def _date(src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, str]:
    """Write a date as the desk does; return (cell, precision, tag)."""
    r = rng.random()
    name = src.source
    m = ts.month - 1
    if name == _RUK:
        if partial_ok and r < 0.08:
            return f"{MONTHS[m]} {ts.year}", "month", "partial_date"
        if r > 0.86:
            return f"{ts.day} {MONTHS[m]} {ts.year}", "day", "text_date"
        return ts.to_pydatetime(), "day", ""
    if name == _EDF:
        if partial_ok and r < 0.07:
            return f"T{ts.quarter} {ts.year}", "quarter", "partial_date"
        if r > 0.92:
            return ts.strftime("%d/%m/%y"), "day", "two_digit_year"
        return ts.strftime("%d/%m/%Y"), "day", ""
    if name == _IBE:
        if partial_ok and r < 0.09:
            text = ts.strftime("%m/%Y") if rng.random() < 0.5 else f"{_MESES[m]} {ts.year}"
            return text, "month", "partial_date"
        if r > 0.85:
            return str((ts.normalize() - _EXCEL_EPOCH).days), "day", "excel_serial"
        return ts.strftime("%d/%m/%Y"), "day", ""
    if name == _ACC:
        if partial_ok and r < 0.05:
            return f"{_MESES[m][:3]}-{ts.year}", "month", "partial_date"
        if r > 0.68:
            return f"{ts.day:02d}-{_MESES[m][:3]}-{ts.year}", "day", "month_abbrev"
        return ts.strftime("%d/%m/%Y"), "day", ""
    if partial_ok and r < 0.07:
        return ts.strftime("%Y-%m"), "month", "partial_date"
    if partial_ok and r < 0.14:
        return f"Q{ts.quarter} {ts.year}", "quarter", "partial_date"
    if r > 0.86:
        return ts.strftime("%Y/%m/%d"), "day", "slash_date"
    return ts.strftime("%Y-%m-%d"), "day", ""


def _thousands(src: Desk, n: int) -> str:
    sep = {_RUK: ",", _EDF: " ", _IBE: ".", _ACC: ",", _SSI: ","}[src.source]
    return f"{n // 1000}{sep}{n % 1000:03d}" if n >= 1000 else str(n)


def _count(src: Desk, n: int) -> object:
    """Return a count as the desk's file holds it (numbers in XLSX and JSON, text in CSV)."""
    if src.format in ("xlsx", "jsonl"):
        return n
    return _thousands(src, n)


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds (one decimal) with a hemisphere letter."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\" {hemi}"


def _dms_value(value: float) -> float:
    """Return the value a reader of :func:`_dms` gets back."""
    total = round(abs(value) * 36000)
    return (1 if value >= 0 else -1) * total / 36000


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write a location; return (cells, expected lat, expected lon, tag)."""
    pair = "coordinates" in src.headers
    empty: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
    if blank:
        return empty, None, None, "blank_coordinates"
    r = rng.random()
    if r < 0.04:
        return empty, None, None, "coords_missing"
    if r < 0.055:
        word = choice(rng, src.unknown)
        cells: dict[str, object] = {"coordinates": word} if pair else {"lat": word, "lon": word}
        return cells, None, None, "coords_placeholder"
    name = src.source
    if name == _RUK:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, ""
    if name == _EDF:
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            "decimal_comma",
        )
    if name == _ACC:
        text = f"{_dms(lat, 'N', 'S')}, {_dms(lon, 'E', 'O')}"
        return {"coordinates": text}, _dms_value(lat), _dms_value(lon), "dms"
    if name == _IBE:
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, ""
    return {"lat": lat, "lon": lon}, lat, lon, ""


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk ``src`` does.

    Parameters
    ----------
    src : Desk
        The desk.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``"coordinates"`` for a pair, ``"site"`` for a place).
    expected : dict
        What a careful analyst reads: the record-frame value of every field.
    tags : list of str
        Messiness tags of the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 41, "n_suspects": 0, "gender": "male",
    ...       "age_group": "adult", "nationality": "AFG", "origin_country": "AFG",
    ...       "destination_country": "GBR", "detection_country": "FRA",
    ...       "transit_countries": "DEU|FRA", "transport_mode": "sea", "lat": 50.95,
    ...       "lon": 1.85, "linked_offences": None, "hotspot": "Calais"}
    >>> cells, exp, tags = render(SOURCES[1], ev, np.random.default_rng(5),
    ...                           partial_ok=False, forced_blank=None)
    >>> exp["crime_type"], exp["n_persons"], exp["transit_countries"]
    ('smuggling', 41, 'DEU|FRA')
    """
    tags: list[str] = []
    exp: dict[str, object] = {}
    cells: dict[str, object] = {}
    words = src.words
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    cells["event_date"], prec, tag = _date(src, ts, rng, partial_ok)
    exp["date_precision"] = prec
    if prec == "month":
        exp["event_date"] = ts.to_period("M").start_time
    elif prec == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
    else:
        exp["event_date"] = ts.normalize()
    tags.append(tag)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _usual(rng, words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) if rng.random() < 0.5 else None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = None if rng.random() < 0.5 else choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _usual(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = expl

    # persons and suspects
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons)
        exp["n_persons"] = persons
        if persons >= 1000 and src.format == "csv":
            tags.append("thousands:n_persons")
    suspects = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or suspects is None or r < 0.04:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.07:
        cells["n_suspects"] = choice(rng, src.unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(suspects) == 0 and rng.random() < 0.45:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, int(suspects))  # type: ignore[call-overload]
        exp["n_suspects"] = int(suspects)  # type: ignore[call-overload]

    # sex, age group, transport
    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.03:
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif r < 0.05:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _usual(rng, words["gender"][gender])
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        r = rng.random()
        if r < 0.03:
            cells[col] = None if rng.random() < 0.4 else choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _usual(rng, words[col][value])
            exp[col] = value

    # countries
    for col, share in (
        ("nationality", 0.05),
        ("origin_country", 0.03),
        ("destination_country", 0.04),
        ("detection_country", 0.0),
    ):
        iso = ev[col]
        r = rng.random()
        if forced_blank == col or iso is None or r < share:
            blank = forced_blank == col or iso is None or r < share * 0.6
            cells[col] = None if blank else choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        cells[col], tag = _country(src, str(iso), col, ev, rng)
        exp[col] = iso
        tags.append(tag)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.direct) if rng.random() < 0.3 else None
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, tag = _country(src, iso, "transit_countries", ev, rng)
            parts.append(text)
            tags.append(tag)
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit

    # place
    site = str(ev.get("hotspot") or "")
    if src.source == _RUK:
        cells["site"] = _SITE_EN.get(site, site)
    elif src.source == _EDF:
        text = _SITE_FR.get(site, site)
        cells["site"] = text if fits(text, src) else None
    coords, exp["lat"], exp["lon"], tag = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coords)
    tags.append(tag)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        none_word = bool(src.no_offence) and rng.random() < 0.25
        cells["linked_offences"] = choice(rng, src.no_offence) if none_word else None
        exp["linked_offences"] = None
    else:
        cells["linked_offences"] = src.offence_sep.join(
            _usual(rng, words["linked_offences"][o]) for o in str(offences).split("|")
        )
        exp["linked_offences"] = offences

    # spelling noise: case and spacing (hand-kept sheets), mojibake (the Iberdrola batch)
    if src.format != "jsonl":
        for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
            word = cells.get(col)
            if isinstance(word, str) and rng.random() < 0.04:
                cells[col] = choice(rng, (word.upper(), word.lower(), f" {word} ", f"{word}  "))
                tags.append(f"case:{col}")
    if src.source == _IBE and rng.random() < 0.1:
        for col, cell in list(cells.items()):
            garbled = mojibake(cell) if isinstance(cell, str) and col != "event_date" else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, [t for t in tags if t]


def bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row as the desk would have mistyped it.

    Parameters
    ----------
    src : Desk
        The desk.
    ts : Timestamp
        The event's true date.
    kind : str
        ``"no_date"`` (left blank), ``"bad_date"`` (a day that does not exist) or
        ``"future_date"`` (the year mistyped ten years ahead).
    rng : numpy.random.Generator
        Generator of the choice of impossible day.

    Returns
    -------
    object
        The cell (None when blank).

    Examples
    --------
    >>> bad_date(SOURCES[4], pd.Timestamp("2022-03-14"), "future_date",
    ...          np.random.default_rng(0))
    '2032-03-14'
    """
    if kind == "no_date":
        return None
    if kind == "future_date":
        late = ts.replace(year=ts.year + 10)
        if src.source == _RUK:
            return late.to_pydatetime()
        return late.strftime("%Y-%m-%d" if src.source == _SSI else "%d/%m/%Y")
    day, month = choice(rng, ("30-02", "31-02", "31-04", "31-06", "31-09", "31-11")).split("-")
    if src.source == _SSI:
        return f"{ts.year}-{month}-{day}"
    if src.source == _ACC and rng.random() < 0.5:
        return f"{day}-{_MESES[int(month) - 1][:3]}-{ts.year}"
    return f"{day}/{month}/{ts.year}"


def note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the day of its last row).

    Parameters
    ----------
    src : Desk
        The desk.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        A spreadsheet date for the XLSX log, text otherwise.
    """
    if src.source == _RUK:
        return last.to_pydatetime()
    if src.source == _SSI:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: routing of the events and the desks' writers.
BLIND312: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={"GBR": _RUK, "FRA": _EDF, "ESP": _IBE, "PAN": _ACC, "USA": _ACC},
    compilation=_SSI,
    secondary={
        ("channel", "FRA"): _RUK,
        ("channel", "GBR"): _EDF,
        ("thb_vnm_gbr", "GBR"): _SSI,
        ("thb_rou_esp", "ESP"): _SSI,
        ("thb_rou_esp", "ITA"): _IBE,
        ("emed", "GRC"): _IBE,
        ("blr_pol", "POL"): _IBE,
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=312,
    blank_share=0.35,
)


def make_blind312(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five renewable-energy desks of ``blind312`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``renewableuk_modern_slavery_lb.xlsx``, ``edf_renouvelables_vigilance_lb.csv``,
        ``iberdrola_canal_etico_lb.csv``, ``acciona_energia_ddhh_lb.csv`` and
        ``solarpower_europe_ssi_lb.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind312(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['renewableuk_modern_slavery_lb.xlsx', 'edf_renouvelables_vigilance_lb.csv',
     'iberdrola_canal_etico_lb.csv', 'acciona_energia_ddhh_lb.csv',
     'solarpower_europe_ssi_lb.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° alerte', 'Date des faits', 'Site / parc']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(BLIND312, truth, seed=seed)
