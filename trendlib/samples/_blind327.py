"""Examiner sample set ``blind327`` (files ``*_lq.*``): money-transfer compliance units.

Five agencies that sit on the money side of smuggling and trafficking write the true
events the way their own case tools export them. Each row is a case the unit opened on
transfers that paid a facilitator or an exploiter, described by the law-enforcement event
it is linked to (date of the interception, the group, the route):

``remitly_fiu_lq.jsonl``
    Remitly's Global Financial Intelligence Unit (Seattle / Dublin), the compilation
    source: English snake_case keys of its case API, UPPER_SNAKE enums, ISO alpha-2
    codes, comma-joined routes, ISO dates (``2023-05`` or ``2023-Q2`` when the linked
    event is only known to the month or quarter), decimal coordinates, a transfer
    amount in US dollars. UTF-8.
``hmrc_amls_msb_lq.xlsx``
    HMRC Anti-Money Laundering Supervision, money service businesses (the UK supervisor
    that registers hawala operators): a hand-kept workbook in English with UK words
    (``OIC``, ``MSHT``, NRM exploitation types, ``Nil``, ``n/k``), demonyms for
    nationality, real Excel dates beside a few typed day-first dates and ``Q2 2023``,
    a location name but no coordinates, an ``OFFICIAL-SENSITIVE`` caveat row.
``nickel_conformite_lq.csv``
    Nickel (Financière des Paiements Électroniques, an ACPR-supervised payment
    institution), its AML compliance desk: French, cp1252, ``;``, CRLF, day-first dates
    (some with a two-digit year), ``mai 2023`` / ``T2 2023``, French country names
    often in capitals, ISO alpha-3 nationalities from the identity-document scan,
    ``AESI`` / ``TEH``, decimal-comma coordinates, ``NC`` and ``aucun``.
``smallworld_es_pbc_lq.csv``
    Small World Financial Services Spain, its AML unit (PBC/FT, reports to SEPBLAC):
    Spanish, UTF-8 with BOM, ``,``, day-first dates or ``05/2023``, Spanish names with
    some mojibake from an agent-network import, ``1.250`` thousands, amounts in euros
    with decimal commas, a place name but no coordinates.
``prontogiros_pa_lq.csv``
    Pronto Giros, a Panamanian remittance house (compliance officer): Spanish,
    UTF-16 with tabs (the "Unicode text" export of its spreadsheet), day-first dates
    mixed with Excel serial numbers, ``mayo 2023``, Spanish demonyms, ``NNA`` for
    minors, ISO numeric codes for the destination, ``lat, lon`` pairs, ``1,250``.

A careful analyst reads every planted habit back to the true value, so the truth expects
the true event there; what cannot be read (a placeholder count, a missing location, a
"not known" age group) is expected blank or ``unknown`` and tagged.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind327"]

_Rng = np.random.Generator

_REMITLY = "remitly_fiu"
_HMRC = "hmrc_amls_msb"
_NICKEL = "nickel_conformite"
_SMALLWORLD = "smallworld_es_pbc"
_PRONTO = "prontogiros_pa"


@dataclass(frozen=True)
class _Agency(ExaminerSource):
    """A source of this set: the shared fields plus what only this set needs.

    Attributes
    ----------
    has_coordinates : bool
        Whether the agency's file gives the point of detection.
    """

    has_coordinates: bool = True


#: The five sources, in the order :func:`make_blind327` returns them.
SOURCES: tuple[_Agency, ...] = (
    _Agency(
        source=_REMITLY,
        filename="remitly_fiu_lq.jsonl",
        ref="FIU-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "linked_event_date",
            "crime_type": "typology",
            "exploitation": "exploitation_type",
            "n_persons": "persons_count",
            "n_suspects": "subjects_count",
            "gender": "persons_gender",
            "age_group": "age_bracket",
            "nationality": "nationality_iso2",
            "origin_country": "origin_country_iso2",
            "destination_country": "destination_country_iso2",
            "detection_country": "interdiction_country_iso2",
            "transit_countries": "transit_route_iso2",
            "transport_mode": "travel_mode",
            "lat": "interdiction_lat",
            "lon": "interdiction_lng",
            "linked_offences": "related_typologies",
            "amount": "amount_usd",
        },
        note=None,
        total="SUMMARY",
        bad_count=("MULTIPLE", "SEVERAL"),
        repeats=False,
    ),
    _Agency(
        source=_HMRC,
        filename="hmrc_amls_msb_lq.xlsx",
        ref="AMLS/MSB/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "HMRC case ref",
            "event_date": "Date of LEA event",
            "crime_type": "Crime category",
            "exploitation": "NRM exploitation type",
            "n_persons": "No. of persons",
            "n_suspects": "No. of suspects",
            "gender": "Sex",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country encountered",
            "transit_countries": "Transit countries (in order)",
            "transport_mode": "Method of travel",
            "place": "Location",
            "linked_offences": "Linked offences",
        },
        note="OFFICIAL-SENSITIVE: provisional extract, not for onward dissemination",
        total="Total",
        bad_count=("several", "tbc"),
        repeats=False,
        has_coordinates=False,
    ),
    _Agency(
        source=_NICKEL,
        filename="nickel_conformite_lq.csv",
        ref="LCB-{yy:02d}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Tranche d'âge",
            "nationality": "Nationalité (pièce d'identité)",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays d'interpellation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction outil LCB-FT - données provisoires, ne pas diffuser",
        total="TOTAL",
        bad_count=("plusieurs", "une dizaine"),
        repeats=True,
    ),
    _Agency(
        source=_SMALLWORLD,
        filename="smallworld_es_pbc_lq.csv",
        ref="SWES/PBC/{year}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipología",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº investigados",
            "gender": "Sexo",
            "age_group": "Franja de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "place": "Lugar",
            "linked_offences": "Delitos conexos",
            "amount": "Importe operaciones (EUR)",
        },
        note="Nota: datos remitidos a requerimiento de la autoridad, provisionales",
        total="TOTAL",
        bad_count=("varios", "numerosos"),
        repeats=False,
        has_coordinates=False,
    ),
    _Agency(
        source=_PRONTO,
        filename="prontogiros_pa_lq.csv",
        ref="PG-{seq:04d}-{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. Caso",
            "event_date": "Fecha",
            "crime_type": "Tipo de delito",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Cant. personas",
            "n_suspects": "Cant. involucrados",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "destination_country": "País destino (cód. ISO)",
            "detection_country": "País donde se detectó",
            "transit_countries": "Ruta (tránsito)",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas GPS",
            "place": "Lugar",
            "linked_offences": "Delitos relacionados",
        },
        note="Nota: información sujeta a verificación del oficial de cumplimiento",
        total="TOTAL GENERAL",
        bad_count=("varios", "un grupo"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: English demonyms, as UK case sheets write nationality.
_DEMONYM_EN = {
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
#: Spanish demonyms (feminine, as in "nacionalidad venezolana") of Darién nationalities.
_DEMONYM_ES = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
#: Aliases an agency writes instead of the name: language -> ISO3 -> aliases.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "SYR": ("Syrian Arab Republic",),
        "USA": ("USA", "U.S."),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "CIV": ("Ivory Coast",),
    },
    "fr": {
        "GBR": ("Angleterre",),
        "VNM": ("Vietnam",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "GIN": ("Guinea Conakry",),
        "USA": ("EE.UU.", "EEUU"),
        "VEN": ("Venezuela (Rep. Bolivariana)",),
        "CHN": ("R.P. China",),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
    },
}
_TRANSIT_SEP = {_HMRC: ", ", _NICKEL: " / ", _SMALLWORLD: " - ", _PRONTO: " > "}
_OFFENCE_SEP = {_HMRC: "; ", _NICKEL: ", ", _SMALLWORLD: "; ", _PRONTO: " / "}

#: agency -> crime type -> written words.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _REMITLY: {
        "smuggling": ("HUMAN_SMUGGLING",),
        "trafficking": ("HUMAN_TRAFFICKING",),
        "both": ("HUMAN_TRAFFICKING_AND_SMUGGLING",),
    },
    _HMRC: {
        "smuggling": ("OIC", "OIC", "Organised immigration crime"),
        "trafficking": ("MSHT", "MSHT", "Modern slavery / human trafficking"),
        "both": ("OIC & MSHT", "MSHT + OIC"),
    },
    _NICKEL: {
        "smuggling": ("AESI", "Aide à l'entrée et au séjour irréguliers", "Trafic de migrants"),
        "trafficking": ("TEH", "Traite des êtres humains"),
        "both": ("TEH + AESI", "Traite et trafic de migrants"),
    },
    _SMALLWORLD: {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de seres humanos", "Trata"),
        "both": ("Trata + tráfico de migrantes", "Trata y tráfico"),
    },
    _PRONTO: {
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _REMITLY: {
        "sexual": ("SEXUAL_EXPLOITATION",),
        "forced_labour": ("FORCED_LABOR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    _HMRC: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _NICKEL: {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    _SMALLWORLD: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Criminalidad forzada", "Actividades delictivas"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    _PRONTO: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _REMITLY: {"female": ("FEMALE",), "male": ("MALE",), "mixed": ("MIXED",)},
    _HMRC: {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male and female"),
    },
    _NICKEL: {"female": ("Femmes", "F"), "male": ("Hommes", "H"), "mixed": ("Mixte",)},
    _SMALLWORLD: {
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Hombre"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    _PRONTO: {
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto",),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _REMITLY: {"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    _HMRC: {
        "child": ("Minor", "Child", "U18"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    _NICKEL: {
        "child": ("Mineurs", "Mineur"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    _SMALLWORLD: {
        "child": ("Menores", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    _PRONTO: {
        "child": ("NNA", "Menores"),
        "adult": ("Adultos",),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
}
#: Words for an age group the agency does not know (expected ``unknown``).
_AGE_NOT_KNOWN = {
    _REMITLY: "UNKNOWN",
    _HMRC: "n/k",
    _NICKEL: "NC",
    _SMALLWORLD: "s/d",
    _PRONTO: "N/D",
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    _REMITLY: {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    _HMRC: {
        "sea": ("Small boat", "Sea", "Maritime"),
        "land": ("HGV", "Lorry", "Land"),
        "air": ("Air", "Flight"),
    },
    _NICKEL: {
        "sea": ("Maritime", "Small boat", "Embarcation"),
        "land": ("Terrestre", "Poids lourd", "Routier"),
        "air": ("Aérien",),
    },
    _SMALLWORLD: {
        "sea": ("Marítimo", "Cayuco", "Patera"),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo", "Avión"),
    },
    _PRONTO: {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie (selva)", "Caminando"),
        "air": ("Aéreo",),
    },
}
_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    _REMITLY: {
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("NARCOTICS",),
        "cybercrime": ("CYBER_ENABLED_FRAUD",),
        "terrorism": ("TERRORIST_FINANCING",),
    },
    _HMRC: {
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery and corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorist financing",),
    },
    _NICKEL: {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("financement du terrorisme",),
    },
    _SMALLWORLD: {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("financiación del terrorismo",),
    },
    _PRONTO: {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Financiamiento del terrorismo",),
    },
}
#: Placeholders for a count the agency does not know (a record with no count).
_COUNT_NOT_KNOWN = {_HMRC: "n/k", _NICKEL: "NC", _SMALLWORLD: "s/d", _PRONTO: "N/D"}
#: Words for "no suspect" (expected 0).
_ZERO = {
    _HMRC: ("Nil", "nil"),
    _NICKEL: ("aucun",),
    _SMALLWORLD: ("ninguno",),
    _PRONTO: ("ninguno",),
}
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
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _typo(name: str) -> str | None:
    """Swap two letters in the middle of a long name (None if it would not change it).

    Examples
    --------
    >>> _typo("Afghanistan")
    'Afghnaistan'
    >>> _typo("Mali") is None
    True
    """
    if len(name) < 7:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: _Agency, iso: str, rng: _Rng, *, role: str) -> tuple[str, list[str]]:
    """Write one country as the agency does; return (cell, tags)."""
    agency = src.source
    lang = src.language
    r = float(rng.random())
    if agency == _REMITLY:
        alpha2 = iso_codes(iso)[0]
        return (alpha2.lower(), ["country_case"]) if r < 0.03 else (alpha2, ["iso2"])
    if agency == _HMRC and role == "nationality" and r < 0.8:
        return _DEMONYM_EN[iso], ["demonym"]
    if agency == _NICKEL and role == "nationality" and r < 0.6:
        return iso, ["iso3"]  # read from the machine-readable zone of the ID document
    if agency == _PRONTO and role == "nationality" and iso in _DEMONYM_ES and r < 0.4:
        return _DEMONYM_ES[iso], ["demonym"]
    if agency == _PRONTO and role == "destination_country":
        return iso_codes(iso)[1], ["iso_numeric"]
    name = _name(iso, lang)
    r = float(rng.random())
    aliases = _ALIASES[lang].get(iso, ())
    if aliases and r < 0.25:
        return choice(rng, aliases), ["alias"]
    r = float(rng.random())
    if agency == _SMALLWORLD and r < 0.08:
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, ["mojibake"]
    if r < 0.03:
        typo = _typo(name)
        if typo is not None:
            return typo, ["typo"]
    upper_rate = {_NICKEL: 0.4, _PRONTO: 0.15}.get(agency, 0.05)
    if float(rng.random()) < upper_rate:
        return name.upper(), ["country_case"]
    if float(rng.random()) < 0.03:
        return f" {name} ", ["spaces"]
    return name, []


def _date(
    src: _Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a date as the agency does; return (cell, expected date, precision, tags)."""
    agency = src.source
    r = float(rng.random()) if partial_ok else 1.0
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    if agency == _REMITLY:
        if r < 0.03:
            return ts.strftime("%Y-%m"), month, "month", ["date_month"]
        if r < 0.05:
            return f"{ts.year}-Q{q}", quarter, "quarter", ["date_quarter"]
        return ts.strftime("%Y-%m-%d"), ts, "day", ["date_iso"]
    if agency == _HMRC:
        if r < 0.03:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month, "month", ["date_month"]
        if r < 0.06:
            return f"Q{q} {ts.year}", quarter, "quarter", ["date_quarter"]
        if float(rng.random()) < 0.15:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if agency == _NICKEL:
        if r < 0.03:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", ["date_month"]
        if r < 0.06:
            return f"T{q} {ts.year}", quarter, "quarter", ["date_quarter"]
        if float(rng.random()) < 0.1:
            return ts.strftime("%d/%m/%y"), ts, "day", ["date_2digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", ["date_dmy"]
    if agency == _SMALLWORLD:
        if r < 0.04:
            return ts.strftime("%m/%Y"), month, "month", ["date_month"]
        return ts.strftime("%d/%m/%Y"), ts, "day", ["date_dmy"]
    # Pronto Giros
    if r < 0.04:
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month, "month", ["date_month"]
    if float(rng.random()) < 0.2:
        serial = int((ts.normalize() - _EXCEL_EPOCH).days)
        return str(serial), ts, "day", ["excel_serial"]
    return ts.strftime("%d/%m/%Y"), ts, "day", ["date_dmy"]


def _thousands(n: int, agency: str, rng: _Rng) -> tuple[str, list[str]]:
    if n < 1000:
        return str(n), []
    sep = {_NICKEL: choice(rng, ("\u00a0", " ")), _SMALLWORLD: ".", _PRONTO: ","}.get(agency)
    if sep is None:
        return str(n), []
    return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands"]


def _persons(src: _Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons; return (cell, expected, tags)."""
    agency = src.source
    if agency == _REMITLY:
        return n, n, []
    r = float(rng.random())
    if r < 0.03:
        return _COUNT_NOT_KNOWN[agency], None, ["count_placeholder"]
    if agency == _HMRC:
        return n, n, []
    if agency == _PRONTO and r < 0.08 and n < 1000:
        unit = "persona" if n == 1 else "personas"
        return f"{n} {unit}", n, ["count_unit"]
    text, tags = _thousands(n, agency, rng)
    return text, n, tags


def _suspects(src: _Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects; return (cell, expected, tags)."""
    agency = src.source
    if agency == _REMITLY:
        return n, n, []
    r = float(rng.random())
    if r < 0.04:
        return _COUNT_NOT_KNOWN[agency], None, ["suspects_placeholder"]
    if n == 0 and r < 0.55:
        return choice(rng, _ZERO[agency]), 0, ["zero_word"]
    return (n if src.format == "xlsx" else str(n)), n, []


def _coords(
    src: _Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the point of detection; return (cells, expected lat, expected lon, tags)."""
    agency = src.source
    if not src.has_coordinates:
        return {}, None, None, ["coords_missing"]
    if agency != _REMITLY and float(rng.random()) < 0.04:
        return {}, None, None, ["coords_missing"]
    la, lo = round(float(lat), 5), round(float(lon), 5)
    if agency == _REMITLY:
        return {"lat": la, "lon": lo}, la, lo, []
    if agency == _NICKEL:
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, ["decimal_comma"]
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ["coords_pair"]


def _words(table: dict[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    return choice(rng, table[key])


def _amount(agency: str, n: int, rng: _Rng) -> object:
    """Return a plausible total of the case's transfers (not an event field)."""
    value = round(float(rng.uniform(180, 950)) * max(1, min(n, 40)), 2)
    if agency == _REMITLY:
        return value
    text = f"{value:,.2f}"  # 12,345.67 -> 12.345,67
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _render(
    src: _Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    agency = src.source
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, prec, t = _date(src, ts, rng, partial_ok=partial_ok)
    exp["event_date"], exp["date_precision"] = day, prec
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _words(_CRIME[agency], crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _words(_EXPLOITATION[agency], str(expl), rng)
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tags += t
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, k, rng)
    tags += t

    gender = str(ev["gender"])
    cells["gender"] = _words(_GENDER[agency], gender, rng)
    exp["gender"] = gender
    age = str(ev["age_group"])
    if float(rng.random()) < 0.015:
        cells["age_group"], exp["age_group"] = _AGE_NOT_KNOWN[agency], "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _words(_AGE[agency], age, rng), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        cells[col], t = _country(src, iso, rng, role=col)
        exp[col] = iso
        tags += t

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        direct = agency == _HMRC and float(rng.random()) < 0.3
        cells["transit_countries"] = "Direct" if direct else None
        tags += ["transit_direct_word"] if direct else []
    else:
        codes = str(transit).split("|")
        if agency == _REMITLY:
            cells["transit_countries"] = ",".join(iso_codes(c)[0] for c in codes)
        else:
            parts = []
            for c in codes:
                text, t = _country(src, c, rng, role="transit")
                parts.append(text.strip())
                tags += [x for x in t if x != "spaces"]
            cells["transit_countries"] = _TRANSIT_SEP[agency].join(parts)
        tags.append("transit_list")

    mode = str(ev["transport_mode"])
    if agency != _REMITLY and float(rng.random()) < 0.01:
        cells["transport_mode"], exp["transport_mode"] = _AGE_NOT_KNOWN[agency], "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = _words(_MODE[agency], mode, rng), mode

    coord_cells, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
    )
    cells.update(coord_cells)
    tags += t
    if "place" in src.headers:
        place = str(ev["hotspot"])
        if agency == _PRONTO:  # Spanish place names, with the province
            place = {"Darién gap": "Tapón del Darién"}.get(place, place) + ", Darién"
        cells["place"] = place

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_words(_OFFENCE[agency], o, rng) for o in str(offences).split("|")]
        sep = "," if agency == _REMITLY else _OFFENCE_SEP[agency]
        cells["linked_offences"] = sep.join(words)
    if "amount" in src.headers:
        cells["amount"] = _amount(agency, n, rng)

    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"] = None
            exp["gender"] = "unknown"
        else:
            cells[forced_blank] = None
            exp[forced_blank] = None
    if src.format == "csv":
        for key, value in cells.items():  # every cell a CSV file holds is text
            if value is not None and not isinstance(value, str):
                cells[key] = str(value)
    return cells, exp, tags


def _bad_date(src: _Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible or years ahead (a typed year)."""
    agency = src.source
    if kind == "no_date":
        return None
    if kind == "future_date":
        ahead = ts + pd.DateOffset(years=10)  # 2023 typed 2033
        if agency == _HMRC:
            return ahead.to_pydatetime()
        if agency == _REMITLY:
            return ahead.strftime("%Y-%m-%d")
        return ahead.strftime("%d/%m/%Y")
    # impossible day of the month, in the agency's style
    day, month = choice(rng, ("31/04", "30/02", "31/06", "31/09", "31/11")).split("/")
    if agency == _REMITLY:
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: _Agency, last: pd.Timestamp) -> object:
    """Date of the extract written on the note row: a few days after the last event."""
    day = last + pd.Timedelta(days=5)
    if src.source == _HMRC:
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


#: The set: who reports what first, and who may report it again.
EXAMINER: Examiner[_Agency] = Examiner(
    sources=SOURCES,
    primary={"GBR": _HMRC, "FRA": _NICKEL, "ESP": _SMALLWORLD, "PAN": _PRONTO},
    compilation=_REMITLY,
    secondary={
        ("channel", "FRA"): _HMRC,  # UK hawala paying for the crossing
        ("channel", "GBR"): _NICKEL,  # accounts opened in Calais
        ("wbal", "HRV"): _HMRC,
        ("thb_vnm_gbr", "GBR"): _NICKEL,
        ("watl", "ESP"): _NICKEL,
        ("cmed", "ITA"): _NICKEL,
        ("wmed", "ESP"): _REMITLY,
        ("thb_rou_esp", "ESP"): _REMITLY,
        ("thb_rou_esp", "ITA"): _SMALLWORLD,
        ("thb_nga_ita", "ITA"): _SMALLWORLD,
        ("darien", "PAN"): _REMITLY,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=327,
    blank_share=0.35,
)


def make_blind327(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five money-transfer compliance units of ``blind327``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``remitly_fiu_lq.jsonl``, ``hmrc_amls_msb_lq.xlsx``, ``nickel_conformite_lq.csv``,
        ``smallworld_es_pbc_lq.csv`` and ``prontogiros_pa_lq.csv``, each with its expected
        rows (see the module docstring for each agency's habits).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind327(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['remitly_fiu_lq.jsonl', 'hmrc_amls_msb_lq.xlsx', 'nickel_conformite_lq.csv',
     'smallworld_es_pbc_lq.csv', 'prontogiros_pa_lq.csv']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
