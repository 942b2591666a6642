"""Examiner variant ``blind207``: five faith-based and diaspora networks (files ``*_ha.*``).

The set is written as five church, mosque and religious-network desks would send their
registers of arrivals, departures and cases to an analyst hub, each in its own working
language and with its own tool:

``cee_migraciones_ha.xlsx``
    Departamento de Migraciones of the Conferencia Episcopal Española (Spanish). The
    diocesan desks (Canarias, Tenerife, Cádiz y Ceuta, Almería, Huelva) fill one Excel
    register: real Excel dates, some typed ``dd/mm/yyyy`` or month-only (``mayo 2023``)
    and, from the anti-trafficking department's quarterly returns, ``T2 2023``;
    nationalities often as demonyms (``senegalesa``, ``maliense``), arrival means in the
    desks' words (``cayuco``, ``patera``, ``salto de valla``), ``s/d`` for an unknown
    count, small victim counts typed as words. No suspects, coordinates or linked
    offences: the Church does not record them.
``talitha_kum_ha.jsonl``
    Talitha Kum (UISG, Rome), the religious sisters' anti-trafficking network (English).
    A case-management database export: ISO dates or the tool's timestamps
    (``2023-05-17T14:22:05.000+02:00``), month-only ``2023-05`` when a survivor recalls
    no day, countries as ISO alpha-3 choice codes, the site's country as its UN M49
    numeric code (``"380"``), geopoints as ``lat lon altitude accuracy``.
``secours_islamique_fr_ha.csv``
    Secours Islamique France, exile programme on the Opal coast and mission in Senegal
    (French, cp1252, ``;``, CRLF). Calais and Dunkirk events, and pirogue arrivals in the
    Canaries reported by the Senegal office, whose rows were pasted from a UTF-8 sheet
    and carry mojibake (``SÃ©nÃ©gal``). Decimal-comma coordinates, ``NC`` (non
    communiqué) for unknown counts, ``aucun`` for no smuggler, ``Angleterre`` for the UK.
``usccb_mrs_ha.csv``
    USCCB Migration and Refugee Services, diocesan border ministries (English, UTF-8 with
    BOM, ``,``). US dates ``m/d/yyyy``, citizenship as names or ISO alpha-2 codes, the
    sponsor's ``City, ST`` as final destination, ``Family unit`` and ``UAC`` age groups.
``act_alliance_ha.xlsx``
    ACT Alliance secretariat (Geneva), compiling its members' incident reports from
    Greece, Croatia, Poland, the UK and Panama, and second reports of events in Italy,
    France and the US (English). Typed dates ``17 May 2023`` beside real Excel dates,
    bare serial numbers and ``Q2 2023``; the Panamanian member's country names in Spanish,
    some garbled (``PanamÃ¡``); coordinates as ``lat, long`` or in degrees, minutes and
    seconds.

The truth says what a careful analyst reads from each cell: a demonym is the country, a
month or quarter is its first day, an ``s/d`` count is unknown (the record is kept), a
vague count word (``varios``) is not a number (the row is quarantined), a column the
agency never keeps expects nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

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

__all__ = ["SOURCES", "make_blind207"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_CEE = "cee_migraciones_ha"
_TK = "talitha_kum_ha"
_SIF = "secours_islamique_fr_ha"
_USC = "usccb_mrs_ha"
_ACT = "act_alliance_ha"

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_CEE,
        filename=f"{_CEE}.xlsx",
        ref="CEE-DM/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº registro",
            "event_date": "Fecha",
            "detection_country": "País",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "Destino",
            "transport_mode": "Medio de llegada",
        },
        note="Nota: datos provisionales facilitados por las delegaciones diocesanas",
        total="TOTAL",
        bad_count=("varios", "numerosos", "un grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=_TK,
        filename=f"{_TK}.jsonl",
        ref="TK-{yy:02d}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "date_of_encounter",
            "detection_country": "site_country_m49",
            "crime_type": "case_type",
            "exploitation": "exploitation_form",
            "n_persons": "no_of_persons",
            "n_suspects": "suspected_perpetrators",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_route",
            "destination_country": "intended_destination",
            "transport_mode": "means_of_travel",
            "coordinates": "gps",
            "linked_offences": "related_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "many"),
        repeats=False,
    ),
    ExaminerSource(
        source=_SIF,
        filename=f"{_SIF}.csv",
        ref="SIF/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date",
            "detection_country": "Pays",
            "crime_type": "Type de fait",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires - extraction du tableau de suivi, non vérifiées",
        total="Total",
        bad_count=("plusieurs", "nombreux"),
        repeats=True,
    ),
    ExaminerSource(
        source=_USC,
        filename=f"{_USC}.csv",
        ref="MRS-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Intake ID",
            "event_date": "Date Encountered",
            "detection_country": "Encounter Country",
            "crime_type": "Case Type",
            "exploitation": "Exploitation Type",
            "n_persons": "# Individuals",
            "n_suspects": "# Suspected Smugglers",
            "gender": "Gender",
            "age_group": "Age Group",
            "nationality": "Country of Citizenship",
            "origin_country": "Country of Origin",
            "transit_countries": "Countries Transited",
            "destination_country": "Final Destination",
            "transport_mode": "Mode of Entry",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Other Charges",
        },
        note="Note: preliminary data from diocesan partners, subject to revision",
        total="Grand Total",
        bad_count=("multiple", "several"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ACT,
        filename=f"{_ACT}.xlsx",
        ref="ACT/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Ref.",
            "event_date": "Date of incident",
            "detection_country": "Country",
            "crime_type": "Incident type",
            "exploitation": "Exploitation",
            "n_persons": "No. of people",
            "n_suspects": "Facilitators",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (transit)",
            "destination_country": "Intended destination",
            "transport_mode": "Means of transport",
            "coordinates": "Location (lat, long)",
            "linked_offences": "Related offences",
        },
        note="Compiled from member reports; figures not verified by the secretariat",
        total="TOTAL",
        bad_count=("dozens", "several"),
        repeats=True,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}

# --------------------------------------------------------------------------------------
# Words of each agency
# --------------------------------------------------------------------------------------
_Words = Mapping[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    _CEE: {
        "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
        "trafficking": ("Trata de seres humanos", "trata de personas", "TSH"),
        "both": ("Trata y tráfico", "trata + tráfico de migrantes"),
    },
    _TK: {
        "smuggling": ("Smuggling of migrants", "SOM"),
        "trafficking": ("Human trafficking", "Trafficking in persons", "THB"),
        "both": ("Trafficking & smuggling",),
    },
    _SIF: {
        "smuggling": ("trafic de migrants", "trafic illicite de migrants"),
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "both": ("traite et trafic", "TEH + trafic de migrants"),
    },
    _USC: {
        "smuggling": ("Human smuggling", "Smuggling", "Alien smuggling"),
        "trafficking": ("Human trafficking", "Trafficking"),
        "both": ("Smuggling/Trafficking",),
    },
    _ACT: {
        "smuggling": ("Smuggling", "Migrant smuggling"),
        "trafficking": ("Trafficking", "Human trafficking"),
        "both": ("Smuggling and trafficking", "Smuggling/trafficking"),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    _CEE: {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas", "otra"),
        "unknown": ("sin determinar", "no consta"),
    },
    _TK: {
        "sexual": ("Sexual exploitation", "sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activities", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("unknown", "not disclosed"),
    },
    _SIF: {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("NC", "non renseigné"),
    },
    _USC: {
        "sexual": ("Sex trafficking", "Sex"),
        "forced_labour": ("Labor trafficking", "Labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Unknown",),
    },
    _ACT: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal activities", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not known",),
    },
}
_GENDER: dict[str, _Words] = {
    _CEE: {
        "male": ("varones", "hombres"),
        "female": ("mujeres",),
        "mixed": ("ambos sexos", "hombres y mujeres"),
        "unknown": ("no consta",),
    },
    _TK: {
        "male": ("male", "M", "men"),
        "female": ("female", "F", "women"),
        "mixed": ("mixed",),
        "unknown": ("unknown",),
    },
    _SIF: {
        "male": ("H", "hommes"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "hommes et femmes"),
        "unknown": ("NC",),
    },
    _USC: {
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed",),
        "unknown": ("Unknown",),
    },
    _ACT: {
        "male": ("Men", "Male"),
        "female": ("Women", "Female"),
        "mixed": ("Mixed", "Men and women"),
        "unknown": ("Not known",),
    },
}
_AGE: dict[str, _Words] = {
    _CEE: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores no acompañados"),
        "mixed": ("adultos y menores",),
        "unknown": ("no consta",),
    },
    _TK: {
        "adult": ("adult",),
        "child": ("minor", "child"),
        "mixed": ("adults & minors", "mixed"),
        "unknown": ("unknown",),
    },
    _SIF: {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
        "unknown": ("NC",),
    },
    _USC: {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "UAC"),
        "mixed": ("Family unit", "Adults/Minors"),
        "unknown": ("Unknown",),
    },
    _ACT: {
        "adult": ("Adults",),
        "child": ("Children", "Minors", "UASC"),
        "mixed": ("Mixed", "Adults and children"),
        "unknown": ("Not known",),
    },
}
# Transport words by source, then by corridor ("*" = any corridor), then by mode.
_TRANSPORT: dict[str, dict[str, _Words]] = {
    _CEE: {
        "watl": {"sea": ("cayuco", "embarcación")},
        "wmed": {
            "sea": ("patera", "neumática", "embarcación"),
            "land": ("salto de valla", "a pie", "vehículo"),
        },
        "*": {
            "sea": ("embarcación",),
            "land": ("autobús", "vehículo particular", "por carretera"),
            "air": ("avión", "vía aérea"),
        },
    },
    _TK: {
        "*": {
            "sea": ("boat", "sea"),
            "land": ("overland", "road"),
            "air": ("flight", "air"),
        },
    },
    _SIF: {
        "watl": {"sea": ("pirogue", "embarcation")},
        "channel": {
            "sea": ("small boat", "bateau pneumatique", "embarcation"),
            "land": ("camion", "poids lourd"),
        },
        "*": {
            "sea": ("small boat", "bateau pneumatique", "embarcation"),
            "land": ("camion", "poids lourd", "à pied"),
            "air": ("avion",),
        },
    },
    _USC: {"*": {"land": ("On foot", "Land", "Vehicle"), "sea": ("Boat",), "air": ("Air",)}},
    _ACT: {
        "darien": {"land": ("On foot", "Walking", "On foot (jungle)")},
        "channel": {"land": ("Lorry", "HGV", "Truck")},
        "thb_vnm_gbr": {"land": ("Lorry", "Car", "Coach")},
        "thb_nga_ita": {"land": ("Bus", "Car")},
        "us_mex": {"land": ("On foot", "Vehicle")},
        "*": {
            "sea": ("Boat", "Dinghy", "Rubber boat"),
            "land": ("On foot", "Walking", "Car"),
            "air": ("Flight", "Plane"),
        },
    },
}
_TRANSPORT_UNKNOWN = {
    _CEE: ("no consta",),
    _TK: ("unknown",),
    _SIF: ("NC",),
    _USC: ("Unknown",),
    _ACT: ("Not known",),
}
_OFFENCES: dict[str, _Words] = {
    _TK: {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug-related", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    _SIF: {
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _USC: {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug smuggling", "Narcotics"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    _ACT: {
        "document_fraud": ("document fraud", "forged papers"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {_TK: ("; ",), _SIF: (" / ", ", "), _USC: (", ",), _ACT: ("; ", ", ")}
_TRANSIT_SEP = {_CEE: (" - ",), _TK: (" > ",), _SIF: (", ", " / "), _USC: ("; ",), _ACT: (" > ",)}
_COUNT_PLACEHOLDER = {_CEE: "s/d", _TK: "unknown", _SIF: "NC", _USC: "Unk", _ACT: "n/k"}
_SUSPECT_PLACEHOLDER = {_TK: "unknown", _SIF: "NC", _USC: "Unknown", _ACT: "n/k"}
_DIRECT_WORD = {_CEE: "directo", _ACT: "Direct"}
_ZERO_WORD = {_TK: "none", _SIF: "aucun", _ACT: "nil"}
_UNKNOWN_COUNTRY = {
    _CEE: "no consta",
    _TK: "unknown",
    _SIF: "inconnu",
    _USC: "Unknown",
    _ACT: "Not known",
}
_NUMBER_WORDS_ES = {1: "una", 2: "dos", 3: "tres"}

# --------------------------------------------------------------------------------------
# Countries as each agency writes them
# --------------------------------------------------------------------------------------
_DEMONYM_ES = {
    "SEN": "senegalesa",
    "MLI": "maliense",
    "MAR": "marroquí",
    "GMB": "gambiana",
    "GIN": "guineana",
    "CIV": "marfileña",
    "DZA": "argelina",
    "ROU": "rumana",
}
_DEMONYM_FR = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "SEN": "sénégalaise",
    "MLI": "malienne",
    "MAR": "marocaine",
    "GMB": "gambienne",
    "GIN": "guinéenne",
    "CIV": "ivoirienne",
}
_DEMONYM_EN = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "MAR": "Moroccan",
    "TUR": "Turkish",
    "YEM": "Yemeni",
    "IRN": "Iranian",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "VNM": "Vietnamese",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "COL": "Colombian",
    "CHN": "Chinese",
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "GIN": "Guinean",
    "NGA": "Nigerian",
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
}
# Common other names an agency writes (each unambiguous for a careful analyst).
_ALIAS_ES = {
    "GIN": "Guinea Conakry",
    "ROU": "Rumania",
    "GBR": "Inglaterra",
    "USA": "EE. UU.",
    "ESP": "Espana",
}
_ALIAS_FR = {"GBR": "Angleterre", "VNM": "Vietnam", "DEU": "RFA"}
_ALIAS_EN = {
    "SYR": "Syrian Arab Republic",
    "CIV": "Ivory Coast",
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "GBR": "UK",
    "MKD": "Macedonia",
    "BIH": "Bosnia",
    "USA": "USA",
    "RUS": "Russian Federation",
    "IRN": "Iran (Islamic Republic of)",
}
# Small slips of the keyboard, one per country, each still readable as the country.
_TYPO_ES = {
    "MAR": "Maruecos",
    "SEN": "Senegall",
    "GIN": "Guinnea",
    "DZA": "Argellia",
    "GMB": "Ganbia",
    "CIV": "Costa de Marfíl",
    "MLI": "Mallí",
}
_TYPO_FR = {
    "AFG": "Afganistan",
    "IRN": "Irann",
    "SYR": "Sirie",
    "ALB": "Albannie",
    "ERI": "Erythrée",
    "IRQ": "Iraq",
    "SEN": "Sénegal",
}
_TYPO_EN = {
    "TUN": "Tunesia",
    "EGY": "Egpyt",
    "BGD": "Bangaldesh",
    "NGA": "Nigeira",
    "PAK": "Pakisatn",
    "SYR": "Syira",
    "AFG": "Afghanistn",
    "IRQ": "Irak",
    "VEN": "Venezuala",
    "GTM": "Guatamala",
    "HND": "Hondouras",
    "ECU": "Equador",
}
_US_CITIES = (
    "Houston, TX",
    "Chicago, IL",
    "New York, NY",
    "Denver, CO",
    "Los Angeles, CA",
    "Atlanta, GA",
    "Phoenix, AZ",
    "Miami, FL",
)


def _name(iso: str, lang: str) -> str:
    """Return the country's usual name in ``lang`` (en, fr, es)."""
    col = {"en": 1, "fr": 2, "es": 3}[lang]
    return str(COUNTRIES[iso][col])


def _case(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of ``text`` with probability ``rate``."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    return out, out != text


def _country_cee(iso: str, field: str, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if field == "detection_country":
        if r < 0.1:
            return "ESPAÑA", "case"
        return ("Espana", "alias") if r < 0.15 else ("España", None)
    if field == "nationality" and iso in _DEMONYM_ES and r < 0.45:
        return _DEMONYM_ES[iso], "demonym"
    r = rng.random()
    if r < 0.06 and iso in _TYPO_ES:
        return _TYPO_ES[iso], "typo"
    if r < 0.16 and iso in _ALIAS_ES:
        return _ALIAS_ES[iso], "alias"
    if r < 0.2:
        return _name(iso, "es").upper(), "case"
    return _name(iso, "es"), None


def _country_tk(iso: str, field: str, rng: _Rng) -> tuple[str, str | None]:
    if field == "detection_country":  # the site list is keyed by its UN M49 code
        return iso_codes(iso)[1], "m49"
    r = rng.random()
    if r < 0.8:
        return iso, "iso3"
    if iso in _ALIAS_EN and r < 0.88:
        return _ALIAS_EN[iso], "alias"
    return _name(iso, "en"), None


def _country_sif(iso: str, field: str, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if field == "detection_country":
        if iso == "ESP":
            return ("Espagne (Canaries)", "place") if r < 0.6 else ("Espagne", None)
        if iso == "GBR":
            return ("Angleterre", "alias") if r < 0.4 else ("Royaume-Uni", None)
        return ("FR", "iso2") if r < 0.1 else (_name(iso, "fr"), None)
    if field == "destination_country" and iso == "GBR":
        if r < 0.35:
            return "Angleterre", "alias"
        return ("UK", "alias") if r < 0.5 else ("Royaume-Uni", None)
    if field == "nationality" and iso in _DEMONYM_FR and r < 0.4:
        return _DEMONYM_FR[iso], "demonym"
    r = rng.random()
    if r < 0.05 and iso in _TYPO_FR:
        return _TYPO_FR[iso], "typo"
    if r < 0.1 and iso in _ALIAS_FR:
        return _ALIAS_FR[iso], "alias"
    if r < 0.15:
        return _name(iso, "fr").upper(), "case"
    return _name(iso, "fr"), None


def _country_usc(iso: str, field: str, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if field == "detection_country":
        if r < 0.3:
            return "US", "iso2"
        return ("United States", None) if r < 0.5 else ("USA", "alias")
    if field == "destination_country" and iso == "USA":
        if r < 0.3:
            return choice(rng, _US_CITIES), "city"
        return ("USA", "alias") if r < 0.7 else ("United States", None)
    if field in ("nationality", "origin_country") and r < 0.25:
        return iso_codes(iso)[0], "iso2"
    if r < 0.3 and iso in _TYPO_EN:
        return _TYPO_EN[iso], "typo"
    if r < 0.34:
        return _name(iso, "en").upper(), "case"
    return _name(iso, "en"), None


def _country_act(
    iso: str, field: str, rng: _Rng, spanish: bool, hotspot: str
) -> tuple[str, str | None]:
    r = rng.random()
    if spanish:  # the Panamanian member types in Spanish; its sheet was saved badly
        name = _name(iso, "es")
        bad = mojibake(name)
        if bad is not None and r < 0.45:
            return bad, "mojibake"
        return name, "spanish"
    if field == "detection_country":
        if iso == "GBR":
            return ("UK", "alias") if r < 0.5 else ("United Kingdom", None)
        if iso == "GRC" and hotspot in ("Lesbos", "Samos", "Evros") and r < 0.15:
            return f"{hotspot}, Greece", "place"
        return _name(iso, "en"), None
    if field == "nationality" and iso in _DEMONYM_EN and r < 0.15:
        return _DEMONYM_EN[iso], "demonym"
    r = rng.random()
    if r < 0.15:
        return iso, "iso3"
    if r < 0.25 and iso in _ALIAS_EN:
        return _ALIAS_EN[iso], "alias"
    if r < 0.3 and iso in _TYPO_EN:
        return _TYPO_EN[iso], "typo"
    name = _name(iso, "en")
    bad = mojibake(name)
    if bad is not None and r < 0.5:
        return bad, "mojibake"
    return name, None


def _country(
    src: ExaminerSource, iso: str, field: str, rng: _Rng, ev: Mapping[str, object]
) -> tuple[str, str | None]:
    """Write one country the source's way; return (cell, tag kind or None)."""
    corridor = str(ev["corridor"])
    if src.source == _CEE:
        return _country_cee(iso, field, rng)
    if src.source == _TK:
        return _country_tk(iso, field, rng)
    if src.source == _SIF:
        return _country_sif(iso, field, rng)
    if src.source == _USC:
        return _country_usc(iso, field, rng)
    return _country_act(iso, field, rng, corridor == "darien", str(ev.get("hotspot")))


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
# Share of first reports whose date is a month or a quarter only.
_PARTIAL_SHARE = {_CEE: 0.08, _TK: 0.08, _SIF: 0.07, _USC: 0.04, _ACT: 0.12}


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _us_day(ts: pd.Timestamp | dt.date) -> str:
    return f"{ts.month}/{ts.day}/{ts.year}"


def _write_date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, crime: str
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write the event date; return (cell, expected date, precision, tag or None).

    Both reports of a duplicated event give the day (``partial_ok`` is false for them).
    """
    name = src.source
    partial = rng.random() < _PARTIAL_SHARE[name] and partial_ok
    r = rng.random()
    day = ts.normalize()
    month, quarter = _month_start(ts), _quarter_start(ts)
    if name == _CEE:
        if partial and crime != "smuggling":  # the anti-trafficking quarterly return
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
        if partial:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month, "month", "partial_date"
        if r < 0.84:
            return day.to_pydatetime(), day, "day", None
        return day.strftime("%d/%m/%Y"), day, "day", "text_date"
    if name == _TK:
        if partial:  # the survivor recalls the month only
            return day.strftime("%Y-%m"), month, "month", "partial_date"
        if r < 0.75:
            return day.strftime("%Y-%m-%d"), day, "day", None
        hour, minute = 8 + int(rng.integers(11)), int(rng.integers(60))
        zone = "+02:00" if 4 <= ts.month <= 10 else "+01:00"  # Rome, summer time
        stamp = f"{day.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:05.000{zone}"
        return stamp, day, "day", "timestamp"
    if name == _SIF:
        if partial:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", "partial_date"
        if r < 0.95:
            return day.strftime("%d/%m/%Y"), day, "day", None
        return day.strftime("%d/%m/%y"), day, "day", "short_year"
    if name == _USC:
        if partial:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", "partial_date"
        if r < 0.85:  # the intake system's m/d/yyyy; typed dates are zero-padded
            return _us_day(day), day, "day", "us_date"
        return day.strftime("%m/%d/%Y"), day, "day", "us_date"
    # ACT Alliance: typed dates, real Excel dates, bare serials, months and quarters
    if partial and r < 0.55:
        return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", "partial_date"
    if partial:
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    if r < 0.6:
        return f"{day.day} {MONTHS[ts.month - 1]} {ts.year}", day, "day", None
    if r < 0.85:
        return day.to_pydatetime(), day, "day", None
    serial = int((day - _EXCEL_EPOCH).days)  # a General-format cell shows the number
    return serial, day, "day", "excel_serial"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a bad date: none, an impossible day or a year mistyped into the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        return {
            _CEE: f"31/02/{y}",
            _TK: f"{y}-02-30",
            _SIF: f"30/02/{y}",
            _USC: f"2/30/{y}",
            _ACT: f"31 February {y}",
        }[src.source]
    future = pd.Timestamp(year=y + 10, month=ts.month, day=min(ts.day, 28))  # 2023 -> 2033
    if src.source == _CEE:
        return future.to_pydatetime()
    if src.source == _TK:
        return future.strftime("%Y-%m-%d")
    if src.source == _SIF:
        return future.strftime("%d/%m/%Y")
    if src.source == _USC:
        return _us_day(future)
    return f"{future.day} {MONTHS[future.month - 1]} {future.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extraction after the last event."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.source == _CEE:
        return day.to_pydatetime()
    if src.source == _SIF:
        return day.strftime("%d/%m/%Y")
    if src.source == _USC:
        return _us_day(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _write_persons(
    src: ExaminerSource, n: int, rng: _Rng, crime: str
) -> tuple[object, int | None, str | None]:
    """Write the number of persons; return (cell, expected count, tag or None)."""
    name = src.source
    if rng.random() < 0.02:
        return _COUNT_PLACEHOLDER[name], None, "count_placeholder"
    big = n >= 1000
    if name == _CEE:
        if big and rng.random() < 0.5:  # typed into a text cell, Spanish thousands dot
            return f"{n // 1000}.{n % 1000:03d}", n, "thousands"
        if crime != "smuggling" and n in _NUMBER_WORDS_ES and rng.random() < 0.3:
            return _NUMBER_WORDS_ES[n], n, "count_word"
        return n, n, None
    if name == _TK:
        return n, n, None
    if name == _SIF:
        if big:
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", n, "thousands"
        return str(n), n, None
    if name == _USC:
        return (f"{n:,}", n, "thousands") if big else (str(n), n, None)
    if big and rng.random() < 0.6:
        return f"{n:,}", n, "thousands"
    return n, n, None


def _write_suspects(
    src: ExaminerSource, n: object, rng: _Rng
) -> tuple[object, int | None, str | None]:
    """Write the number of suspects; return (cell, expected count, tag or None)."""
    name = src.source
    if n is None:
        return None, None, None
    k = int(n)  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.05:
        return _SUSPECT_PLACEHOLDER[name], None, "suspects_placeholder"
    if r < 0.08:
        return None, None, "empty:n_suspects"
    if k == 0 and name in _ZERO_WORD and rng.random() < 0.4:
        return _ZERO_WORD[name], 0, "zero_word"
    if src.format == "csv":
        return str(k), k, None
    return k, k, None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write ``value`` in degrees, minutes and seconds; return (text, value it reads as)."""
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round(((a - deg) * 60 - minutes) * 60, 1)
    if sec >= 60:
        sec, minutes = 0.0, minutes + 1
    if minutes >= 60:
        minutes, deg = 0, deg + 1
    read = deg + minutes / 60 + sec / 3600
    hemi = pos if value >= 0 else neg
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}", (read if value >= 0 else -read)


def _write_place(
    src: ExaminerSource, ev: Mapping[str, object], rng: _Rng, cells: _Cells, blank: bool
) -> tuple[float | None, float | None, str | None]:
    """Fill the coordinate cells; return (expected lat, expected lon, tag or None)."""
    name = src.source
    if name == _CEE:
        return None, None, "coords_missing"  # the Church keeps no coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])
    no_gps = {_TK: 0.2, _SIF: 0.06, _USC: 0.1, _ACT: 0.12}[name]
    if name == _SIF and (corridor == "watl" or str(ev["detection_country"]) == "GBR"):
        no_gps = 1.0  # the Senegal office and the Calais team cannot place an arrival abroad
    if blank or rng.random() < no_gps:
        return None, None, "blank_coordinates" if blank else "coords_missing"
    if name == _TK:  # geopoint: latitude longitude altitude accuracy
        alt = round(float(rng.uniform(0, 40)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        cells["coordinates"] = f"{lat:.5f} {lon:.5f} {alt} {acc}"
        return lat, lon, "geopoint"
    if name == _SIF:
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        return lat, lon, "decimal_comma"
    if name == _USC:
        la, lo = round(lat, 4), round(lon, 4)
        cells["lat"], cells["lon"] = f"{la:.4f}", f"{lo:.4f}"
        return la, lo, None
    if rng.random() < 0.2:
        t_lat, r_lat = _dms(lat, "N", "S")
        t_lon, r_lon = _dms(lon, "E", "W")
        cells["coordinates"] = f"{t_lat} {t_lon}"
        return round(r_lat, 6), round(r_lon, 6), "dms_coords"
    cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    return lat, lon, None


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _word(table: _Words, key: str, rng: _Rng) -> str:
    forms = table[key]
    return forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    name = src.source
    has = set(src.headers)
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []
    if forced_blank:
        tags.append(f"blank_{forced_blank}")
    corridor = str(ev["corridor"])
    crime = str(ev["crime_type"])
    case_rate = {_CEE: 0.04, _TK: 0.0, _SIF: 0.06, _USC: 0.02, _ACT: 0.05}[name]
    blank_rate = {_CEE: 0.03, _TK: 0.02, _SIF: 0.04, _USC: 0.03, _ACT: 0.04}[name]

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, tag = _write_date(src, ts, rng, partial_ok=partial_ok, crime=crime)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    if tag:
        tags.append(tag)

    text, noisy = _case(_word(_CRIME[name], crime, rng), rng, case_rate)
    cells["crime_type"], exp["crime_type"] = text, crime
    if noisy:
        tags.append("case:crime_type")

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        exp["exploitation"] = None if crime == "smuggling" else "unknown"
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, _EXPLOITATION[name]["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(_EXPLOITATION[name], str(expl), rng)
        exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    persons, exp["n_persons"], tag = _write_persons(src, n_persons, rng, crime)
    cells["n_persons"] = persons
    if tag:
        tags.append(tag)

    exp["n_suspects"] = None
    if "n_suspects" in has and forced_blank != "n_suspects":
        cells["n_suspects"], exp["n_suspects"], tag = _write_suspects(src, ev["n_suspects"], rng)
        if tag:
            tags.append(tag)

    for col, table in (("gender", _GENDER), ("age_group", _AGE)):
        r = rng.random()
        if col == forced_blank or r < blank_rate:
            exp[col] = "unknown"
            if col != forced_blank:
                tags.append(f"empty:{col}")
        elif r < blank_rate + 0.02:
            cells[col] = choice(rng, table[name]["unknown"])
            exp[col] = "unknown"
            tags.append(f"unknown:{col}")
        else:
            text, noisy = _case(_word(table[name], str(ev[col]), rng), rng, case_rate)
            cells[col], exp[col] = text, ev[col]
            if noisy:
                tags.append(f"case:{col}")

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        r = rng.random()
        if iso is None or col == forced_blank:
            exp[col] = None
            continue
        if col != "detection_country" and r < blank_rate:
            exp[col] = None
            tags.append(f"empty:{col}")
            continue
        if col != "detection_country" and r < blank_rate + 0.015:
            cells[col] = _UNKNOWN_COUNTRY[name]
            exp[col] = None
            tags.append(f"unknown:{col}")
            continue
        text, kind = _country(src, str(iso), col, rng, ev)
        text, noisy = _case(text, rng, case_rate) if kind is None else (text, False)
        cells[col], exp[col] = text, iso
        if kind:
            tags.append(f"{kind}:{col}")
        if noisy:
            tags.append(f"case:{col}")

    transit = ev["transit_countries"]
    exp["transit_countries"] = None
    if transit is None:  # a direct crossing: some desks say so in words
        if name in _DIRECT_WORD and rng.random() < 0.5:
            cells["transit_countries"] = _DIRECT_WORD[name]
            tags.append("direct_word")
    elif rng.random() >= blank_rate:
        sep = choice(rng, _TRANSIT_SEP[name])
        parts = [_country(src, c, "transit_countries", rng, ev)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = sep.join(parts)
        exp["transit_countries"] = transit
    else:
        tags.append("empty:transit_countries")

    mode = str(ev["transport_mode"])
    words = _TRANSPORT[name].get(corridor, {})
    words = words if mode in words else _TRANSPORT[name]["*"]
    r = rng.random()
    if r < blank_rate:
        exp["transport_mode"] = "unknown"
        tags.append("empty:transport_mode")
    elif r < blank_rate + 0.015:
        cells["transport_mode"] = choice(rng, _TRANSPORT_UNKNOWN[name])
        exp["transport_mode"] = "unknown"
        tags.append("unknown:transport_mode")
    else:
        text, noisy = _case(_word(words, mode, rng), rng, case_rate)
        cells["transport_mode"], exp["transport_mode"] = text, mode
        if noisy:
            tags.append("case:transport_mode")

    lat, lon, tag = _write_place(src, ev, rng, cells, blank=forced_blank == "coordinates")
    exp["lat"], exp["lon"] = lat, lon
    if tag:
        tags.append(tag)

    offences = ev["linked_offences"]
    exp["linked_offences"] = None
    if "linked_offences" in has and offences is not None:
        sep = choice(rng, _OFFENCE_SEP[name])
        said = [_word(_OFFENCES[name], o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = sep.join(said)
        exp["linked_offences"] = offences
    if name == _SIF and corridor == "watl" and rng.random() < 0.6:
        # the Senegal office's rows, pasted from its UTF-8 sheet into the ANSI register
        for col, value in cells.items():
            bad = mojibake(value) if isinstance(value, str) else None
            if bad is not None:
                cells[col] = bad
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"ESP": _CEE, "ITA": _TK, "FRA": _SIF, "USA": _USC},
    compilation=_ACT,
    secondary={
        ("watl", "ESP"): _SIF,  # the Senegal office hears of the pirogue's arrival
        ("thb_rou_esp", "ESP"): _TK,  # sisters' shelters in Huelva and Almería
        ("cmed", "ITA"): _ACT,
        ("thb_nga_ita", "ITA"): _ACT,
        ("channel", "FRA"): _ACT,
        ("channel", "GBR"): _SIF,
        ("us_mex", "USA"): _ACT,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=207_4311,
    blank_share=0.35,
)


def make_blind207(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five faith-network submissions of ``blind207``.

    Spain's events go to the Spanish bishops' migrations department, Italy's to Talitha
    Kum, France's to Secours Islamique France, the United States' to USCCB Migration and
    Refugee Services, and every other country's to the ACT Alliance compilation. Some
    events are reported a second time (the Senegal office on Canary arrivals, Talitha
    Kum's Spanish shelters, ACT members in Italy, France and the US, the Calais team on
    Dover arrivals), a day apart at most.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``cee_migraciones_ha.xlsx``, ``talitha_kum_ha.jsonl``,
        ``secours_islamique_fr_ha.csv``, ``usccb_mrs_ha.csv`` and
        ``act_alliance_ha.xlsx``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind207(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cee_migraciones_ha.xlsx', 'talitha_kum_ha.jsonl', 'secours_islamique_fr_ha.csv',
     'usccb_mrs_ha.csv', 'act_alliance_ha.xlsx']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'cp1252', 'utf-8-sig', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° fiche', 'Date', 'Pays']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
