"""Examiner sample set ``blind362`` (files ``*_mz.*``): vehicles, ports and load cars.

Five agencies that meet migrant smuggling and trafficking where vehicles are checked or
used, each writing the way its own tools export:

``dover_port_police_mz.csv``
    Port of Dover Police (the Dover Harbour Board's own force), English, UTF-8 with BOM,
    ``,``. An occurrence log from its records system: day-first dates (some with the
    time of the occurrence), UK offence wording (``s.25 Facilitation``, ``MSA 2015``),
    NRM exploitation categories, nationalities as demonyms (``Afghan``, ``Vietnamese``),
    the country as ``England`` or ``Scotland``, ``UASC`` for unaccompanied children,
    ``HGV`` / ``Van`` / ``Small boat`` as the method of entry, ``approx. 40`` head
    counts, one ``lat, lon`` cell. No destination column (every case is UK-bound).
``dnred_fr_mz.csv``
    Direction nationale du renseignement et des enquêtes douanières (French customs
    intelligence: vehicle export checks, supply of boats and vans to the Channel
    coast), French, cp1252, ``;``. Day-first dates (some with a two-digit year, a few
    ``mai 2023``), ``aide à l'ECSI`` and ``TEH``, upper-case country names and
    nationalities as French adjectives (``afghane``), ``Angleterre`` for the United
    Kingdom, ``PL`` / ``VL`` / ``fourgon`` / ``small boat`` as the vector, ``MNA``,
    ``néant`` and ``NC``, latitude and longitude with a decimal comma.
``dgrie_es_mz.xlsx``
    Ministerio del Interior, Dirección General de Relaciones Internacionales y
    Extranjería (Spain's national compilation of irregular-entry detections), Spanish.
    Real Excel dates, some typed as text or left as serial numbers, a few quarters
    (``T2 2023``); ``favorecimiento de la inmigración irregular`` and ``art. 177 bis``;
    ``varones`` / ``V`` / ``M`` (mujeres) and ``MENA``; ``patera``, ``cayuco``,
    ``oculto en vehículo``; ``1.234`` with a Spanish thousands dot; coordinates in
    degrees, minutes and seconds; country names garbled by a bad import (``MalÃ­``).
``ect_strike_force_mz.csv``
    The U.S. Department of Justice and HSI Extraterritorial Criminal Travel Strike
    Force case tracker, English, UTF-16 (Excel "Unicode Text"), tab-delimited.
    Month-first U.S. dates throughout, ``8 USC 1324`` offences, CBP-style upper-case
    citizenships (``CHINA, PEOPLES REPUBLIC OF``), ``SA`` / ``UC`` / ``FMUA`` age
    categories, load vehicles and tractor-trailers, ``1,234`` counts; Panamanian
    partner rows keep the partner's Spanish country names (``Haití``, ``Panamá``).
``guardian_data_desk_mz.jsonl``
    The Guardian's migration data desk (a compiled incident log built from official
    statements in Italy, Greece, Croatia and Poland, and news of other events), English
    keys and words, UTF-8: ISO dates, month-only (``2023-05``) and quarter
    (``2023-Q2``) dates for items taken from monthly or quarterly figures, ISO alpha-3
    detection countries, common English names (``Turkey``, ``Ivory Coast``).

Each event is first reported by the source of its detection country (the Guardian's desk
for every other country); a share is reported again by a second source (the Channel on
the other side of it, the Guardian's desk for Spain, Panama, the United States and the
Viet Nam-United Kingdom flow). The truth expects what a careful analyst reads from each
cell: an unreadable or undecidable cell is planted as a bad row, a blank or ``unknown``
and tagged so in ``messiness``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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

__all__ = ["BLIND362", "SOURCES", "make_blind362"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]

_DOVER = "dover_port_police"
_DNRED = "dnred_fr"
_DGRIE = "dgrie_es"
_ECT = "ect_strike_force"
_GUARDIAN = "guardian_data_desk"


@dataclass(frozen=True)
class MzSource(ExaminerSource):
    """A ``blind362`` source: the shared fields plus the agency's own wording.

    Attributes
    ----------
    words : mapping
        Vocabulary column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the agency's words.
    not_known : tuple of str
        What the agency writes in a cell it does not know.
    na_words : mapping
        ``age_group`` / ``transport_mode`` -> words that give no usable value (read as
        ``unknown``).
    count_placeholder : tuple of str
        What it writes for a head count not yet known (the record stays, no count).
    zero_word : str
        Its word for "no suspects".
    offence_sep : str
        Separator of its linked-offence lists.
    transit_sep : str
        Separator of its transit-country lists.
    """

    words: Mapping[str, Words]
    not_known: tuple[str, ...]
    na_words: Mapping[str, tuple[str, ...]]
    count_placeholder: tuple[str, ...]
    zero_word: str
    offence_sep: str
    transit_sep: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_EN_MONTHS = (
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

_DOVER_WORDS: dict[str, Words] = {
    "crime_type": {
        "smuggling": (
            "s.25 Facilitation",
            "Facilitation (s.25 IA 1971)",
            "Immigration facilitation",
        ),
        "trafficking": ("MSA 2015 s.2 Human trafficking", "Modern slavery", "MSHT"),
        "both": ("s.25 Facilitation + MSA s.2", "Facilitation & modern slavery"),
    },
    "exploitation": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal (cannabis cultivation)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
    },
    "age_group": {
        "adult": ("Adult", "Adults"),
        "child": ("UASC", "Minor", "U18"),
        "mixed": ("Adults & minors", "Mixed (inc. UASC)"),
    },
    "transport_mode": {
        "sea": ("Small boat", "RHIB", "Small boat (dinghy)", "Ferry - foot passenger"),
        "land": ("HGV - concealed in trailer", "Van", "Car (concealed in boot)", "Coach"),
        "air": ("Air", "Flight (LHR)"),
    },
    "linked_offences": {
        "document_fraud": ("False documents", "Forged passport"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering (POCA)",),
        "illicit_goods": ("Drugs (MDA 1971)", "Cannabis"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism Act",),
    },
}

_DNRED_WORDS: dict[str, Words] = {
    "crime_type": {
        "smuggling": (
            "aide à l'ECSI",
            "Aide à l'entrée et au séjour irréguliers",
            "filière d'immigration irrégulière",
        ),
        "trafficking": ("TEH", "traite des êtres humains"),
        "both": ("TEH + aide à l'ECSI", "traite et aide à l'ECSI"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "conditions de travail indignes"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "male": ("H", "hommes"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F"),
    },
    "age_group": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation pneumatique", "taxi-boat"),
        "land": ("PL", "poids lourd", "VL", "fourgon"),
        "air": ("aérien",),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}

_DGRIE_WORDS: dict[str, Words] = {
    "crime_type": {
        "smuggling": (
            "favorecimiento de la inmigración irregular",
            "inmigración ilegal (art. 318 bis CP)",
            "tráfico ilícito de migrantes",
        ),
        "trafficking": ("trata de seres humanos (art. 177 bis CP)", "TSH"),
        "both": ("trata + favorecimiento inmigración irregular", "177 bis y 318 bis CP"),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "gender": {
        "male": ("varones", "V", "hombres"),
        "female": ("mujeres", "M"),
        "mixed": ("mixto", "ambos sexos"),
    },
    "age_group": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "transport_mode": {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("oculto en vehículo", "doble fondo de turismo", "camión", "a pie"),
        "air": ("vía aérea", "avión"),
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

_ECT_WORDS: dict[str, Words] = {
    "crime_type": {
        "smuggling": ("8 USC 1324 - Alien Smuggling", "Alien smuggling", "Human smuggling"),
        "trafficking": ("18 USC 1590 - Trafficking", "Human trafficking"),
        "both": ("1324 / 1590", "Smuggling & trafficking"),
    },
    "exploitation": {
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Forced labor", "Labor"),
        "forced_criminality": ("Compelled criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
    },
    "age_group": {
        "adult": ("SA", "Adult"),
        "child": ("UC", "Minor"),
        "mixed": ("FMUA", "Adults w/ minors"),
    },
    "transport_mode": {
        "sea": ("Maritime", "Panga"),
        "land": ("Load vehicle", "Tractor-trailer", "Pedestrian", "Bus", "On foot"),
        "air": ("Commercial air",),
    },
    "linked_offences": {
        "document_fraud": ("Fraudulent documents",),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Drug smuggling"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
}

_GUARDIAN_WORDS: dict[str, Words] = {
    "crime_type": {
        "smuggling": ("people smuggling", "smuggling"),
        "trafficking": ("human trafficking", "trafficking"),
        "both": ("trafficking and smuggling",),
    },
    "exploitation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ trafficking",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {
        "male": ("men", "male"),
        "female": ("women", "female"),
        "mixed": ("mixed", "men and women"),
    },
    "age_group": {
        "adult": ("adults",),
        "child": ("children", "minors"),
        "mixed": ("adults and children", "mixed"),
    },
    "transport_mode": {
        "sea": ("boat", "dinghy", "fishing boat", "sailing yacht"),
        "land": ("car", "van", "lorry", "on foot"),
        "air": ("plane",),
    },
    "linked_offences": {
        "document_fraud": ("fake documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

# Demonyms and adjectives the agencies write in a nationality cell.
_EN_DEMONYM = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "DEU": "German",
    "FRA": "French",
}
_FR_ADJECTIVE = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
# CBP-style upper-case names where they differ from the plain name.
_CBP_NAME = {"CHN": "CHINA, PEOPLES REPUBLIC OF", "USA": "UNITED STATES"}
_EN_COMMON = {
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "VNM": "Vietnam",
    "SYR": "Syria",
    "GBR": "UK",
    "USA": "US",
    "RUS": "Russia",
    "GMB": "The Gambia",
    "MKD": "North Macedonia",
    "BIH": "Bosnia",
}


# Conveyances that depend on where the event was met: (source, mode, place) -> words.
_CONVEYANCE: dict[tuple[str, str, str], tuple[str, ...]] = {
    (_ECT, "land", "PAN"): (
        "On foot",
        "Bus (ETRM transfer)",
        "Pickup truck",
        "On foot (jungle trail)",
    ),
    (_ECT, "land", "USA"): ("Load vehicle", "Tractor-trailer", "Pedestrian", "Passenger vehicle"),
    (_DOVER, "sea", "inland"): ("Ferry - foot passenger", "RoRo ferry (concealed)"),
    (_DOVER, "land", "inland"): ("HGV - concealed in trailer", "Van", "Car (concealed in boot)"),
}


def _place(ev: Mapping[str, object]) -> str:
    """Where an event was met, as far as the agencies' words depend on it."""
    if ev.get("detection_country") == "GBR":
        lat = ev.get("lat")
        return "inland" if isinstance(lat, float) and lat > 51.3 else "Dover"
    return str(ev.get("detection_country"))


def _name(iso: str, lang: str) -> str:
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_HEADERS_DOVER = {
    "source_ref": "Occurrence No.",
    "event_date": "Date/Time of Occurrence",
    "crime_type": "Offence",
    "exploitation": "Exploitation Type (NRM)",
    "n_persons": "No. of Persons",
    "n_suspects": "Suspects Arrested",
    "gender": "Sex",
    "age_group": "Age Group",
    "nationality": "Nationality",
    "origin_country": "Country of Origin",
    "detection_country": "Location (Country)",
    "transit_countries": "Route (via)",
    "transport_mode": "Method of Entry / Conveyance",
    "coordinates": "Lat/Long",
    "linked_offences": "Linked Offences",
}
_HEADERS_DNRED = {
    "source_ref": "N° de procédure",
    "event_date": "Date de constatation",
    "crime_type": "Nature de l'infraction",
    "exploitation": "Forme d'exploitation",
    "n_persons": "Nb de personnes",
    "n_suspects": "Nb mis en cause",
    "gender": "Sexe",
    "age_group": "Majeurs/Mineurs",
    "nationality": "Nationalité",
    "origin_country": "Pays de provenance",
    "destination_country": "Pays de destination",
    "detection_country": "Pays de constatation",
    "transit_countries": "Pays de transit",
    "transport_mode": "Vecteur",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Infractions connexes",
}
_HEADERS_DGRIE = {
    "source_ref": "Nº Registro",
    "event_date": "Fecha del hecho",
    "crime_type": "Tipología delictiva",
    "exploitation": "Finalidad de la explotación",
    "n_persons": "Nº de personas",
    "n_suspects": "Nº de detenidos",
    "gender": "Sexo",
    "age_group": "Edad",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "destination_country": "País de destino",
    "detection_country": "País de detección",
    "transit_countries": "Países de tránsito",
    "transport_mode": "Medio de transporte",
    "coordinates": "Coordenadas",
    "linked_offences": "Delitos conexos",
}
_HEADERS_ECT = {
    "source_ref": "Case #",
    "event_date": "Encounter Date",
    "crime_type": "Offense",
    "exploitation": "Exploitation",
    "n_persons": "Aliens Encountered",
    "n_suspects": "Smuggling Subjects",
    "gender": "Sex",
    "age_group": "Demographic",
    "nationality": "Citizenship",
    "origin_country": "Country of Departure",
    "destination_country": "Intended Destination",
    "detection_country": "Encounter Country",
    "transit_countries": "Transit Countries",
    "transport_mode": "Conveyance",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Related Offenses",
}
_HEADERS_GUARDIAN = {
    "source_ref": "id",
    "event_date": "date",
    "crime_type": "incident_type",
    "exploitation": "exploitation",
    "n_persons": "people",
    "n_suspects": "arrests",
    "gender": "sex",
    "age_group": "age",
    "nationality": "nationality",
    "origin_country": "origin",
    "destination_country": "destination",
    "detection_country": "country_iso3",
    "transit_countries": "via",
    "transport_mode": "transport",
    "lat": "lat",
    "lon": "lng",
    "linked_offences": "related_crimes",
}

SOURCES: tuple[MzSource, ...] = (
    MzSource(
        source=_DOVER,
        filename=f"{_DOVER}_mz.csv",
        ref="PODP/{seq:05d}/{yy:02d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers=_HEADERS_DOVER,
        note="Extract from NICHE RMS - figures provisional and subject to review",
        total="TOTAL",
        bad_count=("see MG11", "#REF!", "various"),
        repeats=False,
        words=_DOVER_WORDS,
        not_known=("Not recorded", "N/K"),
        na_words={"age_group": ("Age disputed",), "transport_mode": ("N/A",)},
        count_placeholder=("TBC", "N/K"),
        zero_word="None",
        offence_sep=" / ",
        transit_sep=" > ",
    ),
    MzSource(
        source=_DNRED,
        filename=f"{_DNRED}_mz.csv",
        ref="DNRED-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers=_HEADERS_DNRED,
        note="Extraction DNRED - données provisoires - diffusion restreinte",
        total="TOTAL GÉNÉRAL",
        bad_count=("cf. PV", "plusieurs", "#VALEUR!"),
        repeats=True,
        words=_DNRED_WORDS,
        not_known=("NC", "non renseigné"),
        na_words={"age_group": ("âge non déterminé",), "transport_mode": ("NR",)},
        count_placeholder=("NC",),
        zero_word="néant",
        offence_sep=" + ",
        transit_sep=" - ",
    ),
    MzSource(
        source=_DGRIE,
        filename=f"{_DGRIE}_mz.xlsx",
        ref="DGRIE/{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers=_HEADERS_DGRIE,
        note="Fuente: DGRIE. Datos provisionales, sujetos a revisión",
        total="TOTAL",
        bad_count=("varios", "ver atestado", "#¡VALOR!"),
        repeats=False,
        words=_DGRIE_WORDS,
        not_known=("s/d", "no consta"),
        na_words={"age_group": ("edad sin determinar",), "transport_mode": ("no consta",)},
        count_placeholder=("s/d", "pendiente"),
        zero_word="ninguno",
        offence_sep=", ",
        transit_sep=" / ",
    ),
    MzSource(
        source=_ECT,
        filename=f"{_ECT}_mz.csv",
        ref="ECT-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers=_HEADERS_ECT,
        note="Source: ECT case tracker - LAW ENFORCEMENT SENSITIVE",
        total="Grand Total",
        bad_count=("see ROI", "multiple", "#N/A"),
        repeats=False,
        words=_ECT_WORDS,
        not_known=("UNK", "N/A"),
        na_words={"age_group": ("UNK",), "transport_mode": ("N/A",)},
        count_placeholder=("UNK", "pending"),
        zero_word="None",
        offence_sep="; ",
        transit_sep="/",
    ),
    MzSource(
        source=_GUARDIAN,
        filename=f"{_GUARDIAN}_mz.jsonl",
        ref="gdn-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers=_HEADERS_GUARDIAN,
        note="Figures compiled from official statements; may be revised",
        total="total",
        bad_count=("dozens", "several hundred", "unclear"),
        repeats=True,
        words=_GUARDIAN_WORDS,
        not_known=("unknown", "not given"),
        na_words={"age_group": ("not given",), "transport_mode": ("not given",)},
        count_placeholder=("unknown", "not given"),
        zero_word="none",
        offence_sep=", ",
        transit_sep=", ",
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(src: MzSource, col: str, value: str, rng: _Rng) -> str:
    forms = src.words[col][value]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _country(
    src: MzSource, iso: str, col: str, rng: _Rng, ev: Mapping[str, object]
) -> tuple[str, str | None]:
    """Write one country cell as the agency does; return (text, tag or None)."""
    r = rng.random()
    a2, _ = iso_codes(iso)
    if src.source == _DOVER:
        if col == "detection_country":
            if iso == "GBR":
                lat = ev.get("lat")
                scot = isinstance(lat, float) and lat > 55.0
                if r < 0.8:
                    return ("Scotland" if scot else "England"), "home_nation"
                return choice(rng, ("UK", "GB")), "alias"
            return (_name(iso, "en") if r < 0.7 else a2), ("iso2" if r >= 0.7 else None)
        if col == "nationality" and iso in _EN_DEMONYM and r < 0.75:
            return _EN_DEMONYM[iso], "demonym"
        if r < 0.06:
            return _name(iso, "en").upper(), "case"
        if r < 0.1 and iso in _EN_COMMON:
            return _EN_COMMON[iso], "alias"
        return _name(iso, "en"), None
    if src.source == _DNRED:
        if col == "nationality" and iso in _FR_ADJECTIVE and r < 0.4:
            return _FR_ADJECTIVE[iso], "adjective"
        if iso == "GBR" and r < 0.35:
            return "Angleterre", "alias"
        if col == "detection_country" and r > 0.85:
            return a2, "iso2"
        name = _name(iso, "fr")
        if r < 0.75:
            return name.upper(), "case"
        return name, None
    if src.source == _DGRIE:
        name = _name(iso, "es")
        if r < 0.1:
            garbled = mojibake(name)
            if garbled is not None:
                return garbled, "mojibake"
        if r < 0.16:
            return a2, "iso2"
        if r < 0.26:
            return name.upper(), "case"
        return name, None
    if src.source == _ECT:
        if ev.get("detection_country") == "PAN" and col != "detection_country" and r < 0.7:
            return _name(iso, "es"), "partner_spanish"  # rows passed on by Panama
        if col == "detection_country" and iso == "PAN" and r < 0.4:
            return choice(rng, ("Panamá", "PA")), "partner_spanish"
        if col == "detection_country" and iso == "USA":
            return choice(rng, ("USA", "US", "UNITED STATES")), "alias"
        if r < 0.12:
            return a2, "iso2"
        return _CBP_NAME.get(iso, _name(iso, "en").upper()), "case"
    # the Guardian's data desk
    if col == "detection_country":
        return iso, "iso3"
    if iso in _EN_COMMON and r < 0.5:
        return _EN_COMMON[iso], "alias"
    return _name(iso, "en"), None


def _transit(src: MzSource, value: str, rng: _Rng, ev: Mapping[str, object]) -> str:
    codes = value.split("|")
    if src.source == _ECT:
        return src.transit_sep.join(iso_codes(c)[0] for c in codes)  # "GT/MX"
    if src.source == _GUARDIAN:
        return src.transit_sep.join(_EN_COMMON.get(c, _name(c, "en")) for c in codes)
    lang = src.language
    names = [_name(c, lang) for c in codes]
    if src.source == _DNRED:
        names = [n.upper() for n in names]
    return src.transit_sep.join(names)


def _count_cell(src: MzSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    if src.format == "xlsx":
        if n >= 1000:
            return f"{n // 1000}.{n % 1000:03d}", "thousands:n_persons"
        return n, None
    if src.format == "jsonl":
        return n, None
    if n >= 1000:
        sep = "," if src.language == "en" else " "
        return f"{n // 1000}{sep}{n % 1000:03d}", "thousands:n_persons"
    return str(n), None


def _date_cell(
    src: MzSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a date; return (cell, expected date, precision, tag)."""
    r = rng.random()
    if src.source == _DOVER:
        if r < 0.3:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return ts.strftime("%d/%m/%Y") + f" {hh:02d}:{mm:02d}", ts, "day", "datetime"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src.source == _DNRED:
        if partial_ok and r < 0.05:
            cell = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
            return cell, ts.to_period("M").start_time, "month", "partial_date"
        if r < 0.25:
            return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src.source == _DGRIE:
        if partial_ok and r < 0.05:
            cell = f"T{ts.quarter} {ts.year}"
            return cell, ts.to_period("Q").start_time, "quarter", "partial_date"
        if r < 0.15:
            serial = int((ts - pd.Timestamp("1899-12-30")).days)
            return serial, ts, "day", "excel_serial"
        if r < 0.35:
            return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
        return ts.to_pydatetime(), ts, "day", None
    if src.source == _ECT:
        if r < 0.15:
            return ts.strftime("%Y-%m-%d"), ts, "day", None
        return ts.strftime("%m/%d/%Y"), ts, "day", "month_first"
    if partial_ok and r < 0.06:
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month", "partial_date"
    if partial_ok and r < 0.09:
        cell = f"{ts.year}-Q{ts.quarter}"
        return cell, ts.to_period("Q").start_time, "quarter", "partial_date"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}"


def _coord_cells(src: MzSource, lat: float, lon: float, rng: _Rng) -> dict[str, object]:
    if src.source == _DOVER:
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}
    if src.source == _DGRIE:
        if rng.random() < 0.8:
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if src.source == _DNRED:
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if src.source == _ECT:
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


def _fit(src: MzSource, text: str) -> str:
    if fits(text, src):
        return text
    return text.encode(src.encoding, errors="replace").decode(src.encoding)


# --------------------------------------------------------------------------------------
# One event
# --------------------------------------------------------------------------------------
def _render(
    src: MzSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    has = set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision, tag = _date_cell(src, ts, rng, partial_ok)
    if tag:
        tags.append(tag)
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    exp["exploitation"] = expl
    if expl is not None:
        if rng.random() < 0.04:
            cells["exploitation"] = choice(rng, src.not_known)
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = _word(src, "exploitation", str(expl), rng)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    exp["n_persons"] = n
    r = rng.random()
    if r < 0.015:
        cells["n_persons"] = choice(rng, src.count_placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif src.source == _DOVER and ev["transport_mode"] == "sea" and 5 < n < 1000 and r < 0.2:
        cells["n_persons"] = choice(rng, ("approx. ", "c.", "approx ")) + str(n)
        tags.append("approx_count")
    else:
        cells["n_persons"], tag = _count_cell(src, n, rng)
        if tag:
            tags.append(tag)

    s = ev["n_suspects"]
    exp["n_suspects"] = s
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.not_known)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif s == 0 and r < 0.35:
        cells["n_suspects"] = src.zero_word
        tags.append("zero_word")
    else:
        cells["n_suspects"] = int(s) if src.format != "csv" else str(s)  # type: ignore[call-overload]

    gender = str(ev["gender"])
    exp["gender"] = gender
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.not_known)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        exp[col] = value
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.na_words[col])
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        elif col == "transport_mode" and (src.source, value, _place(ev)) in _CONVEYANCE:
            cells[col] = choice(rng, _CONVEYANCE[(src.source, value, _place(ev))])
        else:
            cells[col] = _word(src, col, value, rng)

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        exp[col] = iso if col in has else None
        if col not in has or iso is None:
            continue
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if col in ("nationality", "origin_country") and rng.random() < 0.03:
            cells[col] = choice(rng, src.not_known)
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        text, tag = _country(src, str(iso), col, rng, ev)
        cells[col] = _fit(src, text)
        if tag:
            tags.append(f"{tag}:{col}")

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is not None:
        cells["transit_countries"] = _fit(src, _transit(src, str(transit), rng, ev))

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = lat, lon
    if forced_blank == "coordinates" or rng.random() < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        cells.update(_coord_cells(src, lat, lon, rng))

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    return cells, exp, tags


def _bad_date(src: MzSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible or centuries ahead (a typo)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source == _ECT:
            return f"02/30/{ts.year}"
        if src.source == _GUARDIAN:
            return f"{ts.year}-02-30"
        if src.source == _DGRIE:
            return f"31/06/{ts.year}"
        return f"30/02/{ts.year}"
    future = ts.replace(year=ts.year + 180)  # 2023 typed as 2203
    if src.source == _ECT:
        return future.strftime("%m/%d/%Y")
    if src.source == _GUARDIAN:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: MzSource, last: pd.Timestamp) -> object:
    """Write the note row's date: the day of extraction, three days after the last row."""
    day = last + pd.Timedelta(days=3)
    if src.source == _DGRIE:
        return day.to_pydatetime()
    if src.source == _ECT:
        return day.strftime("%m/%d/%Y")
    if src.source == _GUARDIAN:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


#: The ``blind362`` examiner: sources, routing and writers.
BLIND362: Examiner[MzSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _DOVER, "FRA": _DNRED, "ESP": _DGRIE, "USA": _ECT, "PAN": _ECT},
    compilation=_GUARDIAN,
    secondary={
        ("channel", "FRA"): _DOVER,
        ("channel", "GBR"): _DNRED,
        ("thb_vnm_gbr", "GBR"): _GUARDIAN,
        ("wmed", "ESP"): _GUARDIAN,
        ("watl", "ESP"): _GUARDIAN,
        ("darien", "PAN"): _GUARDIAN,
        ("us_mex", "USA"): _GUARDIAN,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=362,
    blank_share=0.3,
)


def make_blind362(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind362`` agencies would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dover_port_police_mz.csv``, ``dnred_fr_mz.csv``, ``dgrie_es_mz.xlsx``,
        ``ect_strike_force_mz.csv`` and ``guardian_data_desk_mz.jsonl``, each with its
        expected rows (``truth_rows.csv``).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind362(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dover_port_police_mz.csv', 'dnred_fr_mz.csv', 'dgrie_es_mz.xlsx',
     'ect_strike_force_mz.csv', 'guardian_data_desk_mz.jsonl']
    >>> subs[1].encoding, subs[1].delimiter, subs[3].encoding, ord(subs[3].delimiter)
    ('cp1252', ';', 'utf-16', 9)
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND362, truth, seed=seed)
