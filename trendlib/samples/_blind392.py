"""Examiner sample set ``blind392`` (files ``*_od.*``): shipping agents' port desks.

Five sources that the cleaner has never seen, each written the way its desk keeps its
incident log of stowaways, clandestine entrants, smuggled seafarers and exploited crews:

``cory_brothers_uk_od.csv``
    Cory Brothers Shipping Agency, UK port desk (Felixstowe, Southampton): English,
    UTF-8 with BOM, ``,``; day-first dates (``17/05/2023``, ``17 May 2023``,
    ``17-May-23``), nationalities as demonyms or Home Office three-letter codes,
    ``UASC`` for an unaccompanied child, ship positions in degrees and decimal minutes
    (``51°07.2'N 001°19.2'E``), ``nil`` suspects, ``TBC`` counts.
``umep_le_havre_od.csv``
    Union Maritime et Portuaire du Havre, commission sûreté (the agents maritimes'
    pooled log of passagers clandestins on the Channel): French, cp1252, ``;``, CRLF;
    ``17/05/2023`` or ``17/05/23`` and a few months only (``mai 2023``); nationalities
    as adjectives (``afghane``); ``MNA``; decimal-comma latitude and longitude; some
    cells pasted from UTF-8 mails are mojibake (``Ã©rythrÃ©enne``).
``berge_maritima_od.xlsx``
    Bergé Marítima, consignatario de buques (Algeciras, Las Palmas, Huelva): Spanish
    workbook with real Excel dates, a few typed dates and bare Excel serials; Spanish
    penal-code articles for the crime (``318 bis``, ``177 bis``), ``MENA``, ISO alpha-2
    crew-list codes, counts like ``3 (tres)`` or ``1.250``, positions ``28º 06,2' N``.
``wilhelmsen_pa_od.csv``
    Wilhelmsen Ships Service Panamá (crew changes at Balboa and Cristóbal): Spanish,
    UTF-8, ``;``; system date-times (``2023-05-17 14:30``) and ``17/05/2023``;
    nationalities as feminine adjectives (``venezolana``), ``NNA`` for children, GPS
    pairs or degrees-minutes-seconds; the file was exported twice over an overlapping
    range, so some rows are exact repeats.
``fonasba_digest_od.jsonl``
    FONASBA (the federation of national shipbrokers' and agents' associations) members'
    incident digest, the compilation: English keys, ISO alpha-2 codes, ISO dates plus
    months (``2023-05``) and quarters (``Q2 2023``) from quarterly returns, transit and
    related offences as JSON arrays.

A careful analyst reads every written cell as the truth says: a blank, ``n/k``-style
word or ``TBC`` count is planted on purpose and expected as unknown or missing (tags
``count_placeholder``, ``suspects_placeholder``, ``blank_<field>``, ``na_word``,
``coords_missing``, ``coords_placeholder``, ``empty:<field>``, ``unknown:exploitation``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND392_SOURCES", "make_blind392"]

_Rng = np.random.Generator

_CORY = "cory_brothers_uk"
_UMEP = "umep_le_havre"
_BERGE = "berge_maritima"
_WSS = "wilhelmsen_pa"
_FONASBA = "fonasba_digest"

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish), hand-written so the set stays stable.
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2}

# Nationalities as each desk writes them: English demonyms, French adjectives (feminine,
# "nationalité afghane"), Spanish adjectives (masculine in Spain, feminine in Panama).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan", "ALB": "Albanian", "BGD": "Bangladeshi", "CHN": "Chinese",
    "CIV": "Ivorian", "CMR": "Cameroonian", "COL": "Colombian", "DZA": "Algerian",
    "ECU": "Ecuadorian", "EGY": "Egyptian", "ERI": "Eritrean", "GIN": "Guinean",
    "GMB": "Gambian", "GTM": "Guatemalan", "HND": "Honduran", "HTI": "Haitian",
    "IRN": "Iranian", "IRQ": "Iraqi", "MAR": "Moroccan", "MEX": "Mexican", "MLI": "Malian",
    "NGA": "Nigerian", "PAK": "Pakistani", "ROU": "Romanian", "SEN": "Senegalese",
    "SYR": "Syrian", "TUN": "Tunisian", "TUR": "Turkish", "VEN": "Venezuelan",
    "VNM": "Vietnamese", "YEM": "Yemeni",
}  # fmt: skip
_ADJ_FR: dict[str, str] = {
    "AFG": "afghane", "ALB": "albanaise", "BGD": "bangladaise", "CHN": "chinoise",
    "CIV": "ivoirienne", "CMR": "camerounaise", "COL": "colombienne", "DZA": "algérienne",
    "ECU": "équatorienne", "EGY": "égyptienne", "ERI": "érythréenne", "GIN": "guinéenne",
    "GMB": "gambienne", "GTM": "guatémaltèque", "HND": "hondurienne", "HTI": "haïtienne",
    "IRN": "iranienne", "IRQ": "irakienne", "MAR": "marocaine", "MEX": "mexicaine",
    "MLI": "malienne", "NGA": "nigériane", "PAK": "pakistanaise", "ROU": "roumaine",
    "SEN": "sénégalaise", "SYR": "syrienne", "TUN": "tunisienne", "TUR": "turque",
    "VEN": "vénézuélienne", "VNM": "vietnamienne", "YEM": "yéménite",
}  # fmt: skip
_ADJ_ES: dict[str, str] = {
    "AFG": "afgano", "ALB": "albanés", "BGD": "bangladesí", "CHN": "chino",
    "CIV": "marfileño", "CMR": "camerunés", "COL": "colombiano", "DZA": "argelino",
    "ECU": "ecuatoriano", "EGY": "egipcio", "ERI": "eritreo", "GIN": "guineano",
    "GMB": "gambiano", "GTM": "guatemalteco", "HND": "hondureño", "HTI": "haitiano",
    "IRN": "iraní", "IRQ": "iraquí", "MAR": "marroquí", "MEX": "mexicano", "MLI": "maliense",
    "NGA": "nigeriano", "PAK": "paquistaní", "ROU": "rumano", "SEN": "senegalés",
    "SYR": "sirio", "TUN": "tunecino", "TUR": "turco", "VEN": "venezolano",
    "VNM": "vietnamita", "YEM": "yemení",
}  # fmt: skip
_ADJ_ES_F: dict[str, str] = {
    "VEN": "venezolana", "ECU": "ecuatoriana", "HTI": "haitiana", "COL": "colombiana",
    "CHN": "china", "MEX": "mexicana", "GTM": "guatemalteca", "HND": "hondureña",
    "CMR": "camerunesa", "IRQ": "iraquí", "AFG": "afgana", "SYR": "siria", "PAK": "paquistaní",
}  # fmt: skip

# Small slips of the pen each desk makes (one letter off, a missing accent), by the
# form they slip in. A careful analyst still reads the country.
_TYPOS: dict[str, dict[str, str]] = {
    _CORY: {
        "Iraqi": "Iraqui", "Eritrean": "Eritrian", "Albanian": "Albainian",
        "Vietnamese": "Vietnamise", "Afghanistan": "Afganistan", "Eritrea": "Eritria",
    },
    _UMEP: {
        "afghane": "afghanne", "érythréenne": "érythréene", "irakienne": "irakiene",
        "Afghanistan": "Afganistan", "Royaume-Uni": "Royaume Uni", "albanaise": "albannaise",
    },
    _BERGE: {
        "Marruecos": "Marrueco", "Mauritania": "Mauritana", "senegalés": "senegales",
        "marroquí": "marroqui", "Argelia": "Argelía", "Senegal": "Senengal",
    },
    _WSS: {
        "venezolana": "venesolana", "Colombia": "Colonbia", "ecuatoriana": "equatoriana",
        "Venezuela": "Venezuel",
    },
    _FONASBA: {"Italy": "Itlay", "Afghanistan": "Afganistan", "Pakistan": "Pakistn"},
}  # fmt: skip


def _name(iso: str, lang: str) -> str:
    """Return the country's name in ``lang`` (pycountry's English name if not listed)."""
    names = _NAMES.get(iso)
    if names is not None:
        return names[_LANG_COL[lang]]
    country = pycountry.countries.get(alpha_3=iso)
    return str(country.name) if country is not None else iso


def _alpha2(iso: str) -> str:
    country = pycountry.countries.get(alpha_3=iso)
    return str(country.alpha_2) if country is not None else iso


# --------------------------------------------------------------------------------------
# Each desk's wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """The words one desk writes for the design's vocabularies."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    exploitation_unknown: str
    exploitation_na: str | None  # written in a smuggling row's exploitation cell, or None
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    na_word: str  # not known, in the age and conveyance columns
    nationality_unknown: str | None  # written when the nationality is not established
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    direct: str | None  # written for a direct crossing (no transit), or None (blank)
    zero: tuple[str, ...]  # no suspect
    suspects_placeholder: str
    count_placeholder: str
    bad_count: tuple[str, ...]
    coords_placeholder: str | None


_WORDS: dict[str, _Wording] = {
    _CORY: _Wording(
        crime={
            "smuggling": ("Clandestine entry", "People smuggling", "Facilitated illegal entry"),
            "trafficking": ("Modern slavery", "Human trafficking", "Suspected trafficking (MS)"),
            "both": ("People smuggling + modern slavery", "Clandestine entry / trafficking"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        exploitation_unknown="Not known",
        exploitation_na="n/a",
        gender={"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
        age={
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "UASC", "Child"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        mode={
            "sea": ("Small boat", "Vessel", "RHIB"),
            "land": ("HGV", "Lorry", "Trailer"),
            "air": ("Flight", "Air"),
        },
        na_word="N/K",
        nationality_unknown="Undocumented",
        offences={
            "document_fraud": ("False documents", "Forged docs"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Contraband"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        transit_sep=", ",
        direct="Direct",
        zero=("nil", "None"),
        suspects_placeholder="n/k",
        count_placeholder="TBC",
        bad_count=("several", "a number"),
        coords_placeholder="n/k",
    ),
    _UMEP: _Wording(
        crime={
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Passagers clandestins (aide à l'entrée)",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("Trafic de migrants + TEH", "Aide à l'entrée irrégulière et traite"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        exploitation_unknown="non déterminée",
        exploitation_na=None,
        gender={
            "male": ("H", "homme(s)", "masculin"),
            "female": ("F", "femme(s)", "féminin"),
            "mixed": ("mixte", "H/F"),
        },
        age={
            "adult": ("majeur(s)", "adulte(s)"),
            "child": ("mineur(s)", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        mode={
            "sea": ("small boat", "embarcation", "navire"),
            "land": ("poids lourd", "PL", "camion"),
            "air": ("avion", "aérien"),
        },
        na_word="NC",
        nationality_unknown="indéterminée",
        offences={
            "document_fraud": ("usage de faux documents", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=", ",
        transit_sep=" / ",
        direct="direct",
        zero=("néant", "0"),
        suspects_placeholder="NC",
        count_placeholder="non communiqué",
        bad_count=("plusieurs", "une dizaine"),
        coords_placeholder=None,
    ),
    _BERGE: _Wording(
        crime={
            "smuggling": (
                "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
                "Tráfico ilícito de migrantes",
                "318 bis",
            ),
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH", "177 bis"),
            "both": ("177 bis y 318 bis", "Trata y tráfico de migrantes"),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        exploitation_unknown="sin determinar",
        exploitation_na="no procede",
        gender={
            "male": ("Hombres", "Varones", "Varón"),
            "female": ("Mujeres", "Mujer"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        mode={
            "sea": ("Patera", "Neumática", "Embarcación"),
            "land": ("Terrestre", "Vehículo", "Camión"),
            "air": ("Aéreo", "Avión"),
        },
        na_word="s/d",
        nationality_unknown="sin determinar",
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        transit_sep="-",
        direct="directo",
        zero=("ninguno", "0"),
        suspects_placeholder="s/d",
        count_placeholder="s/d",
        bad_count=("varios", "numerosos"),
        coords_placeholder="s/d",
    ),
    _WSS: _Wording(
        crime={
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata de personas y tráfico de migrantes", "Trata / tráfico"),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        exploitation_unknown="No determinada",
        exploitation_na=None,
        gender={
            "male": ("Masculino", "Hombres"),
            "female": ("Femenino", "Mujeres"),
            "mixed": ("Mixto", "Ambos"),
        },
        age={
            "adult": ("Adultos",),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        mode={
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aéreo",),
        },
        na_word="N/D",
        nationality_unknown="No determinada",
        offences={
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=", ",
        transit_sep=" - ",
        direct=None,
        zero=("ninguno", "0"),
        suspects_placeholder="N/D",
        count_placeholder="N/D",
        bad_count=("varios", "grupo"),
        coords_placeholder="N/D",
    ),
    _FONASBA: _Wording(
        crime={
            "smuggling": ("migrant smuggling", "smuggling"),
            "trafficking": ("human trafficking", "THB"),
            "both": ("smuggling and trafficking",),
        },
        exploitation={
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        exploitation_unknown="unknown",
        exploitation_na=None,
        gender={"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed",)},
        age={"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed",)},
        mode={"sea": ("sea",), "land": ("land",), "air": ("air",)},
        na_word="unknown",
        nationality_unknown=None,
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="",  # a JSON array
        transit_sep="",  # a JSON array
        direct=None,
        zero=(),
        suspects_placeholder="n/k",
        count_placeholder="n/k",
        bad_count=("several", "multiple"),
        coords_placeholder=None,
    ),
}

_WORD_NUMBERS = {
    "en": ("One", "Two", "Three"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MESES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
BLIND392_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_CORY,
        filename=f"{_CORY}_od.csv",
        ref="CBS/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident No.",
            "event_date": "Date of Discovery",
            "crime_type": "Incident Type",
            "exploitation": "MS Category",
            "n_persons": "No. of Persons",
            "n_suspects": "Facilitators Detained",
            "gender": "Sex",
            "age_group": "Adult/Minor",
            "nationality": "Nationality (claimed)",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country Discovered",
            "transit_countries": "Route (via)",
            "transport_mode": "Conveyance",
            "coordinates": "Position",
            "linked_offences": "Other Offences",
        },
        note="Note: provisional - figures subject to Border Force confirmation",
        total="TOTAL",
        bad_count=_WORDS[_CORY].bad_count,
        repeats=False,
    ),
    ExaminerSource(
        source=_UMEP,
        filename=f"{_UMEP}_od.csv",
        ref="UMEP-SUR-{year}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "event_date": "Date du constat",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination déclarée",
            "detection_country": "Pays du constat",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires, consolidation en cours avec la PAF",
        total="Total général",
        bad_count=_WORDS[_UMEP].bad_count,
        repeats=False,
    ),
    ExaminerSource(
        source=_BERGE,
        filename=f"{_BERGE}_od.xlsx",
        ref="BM-{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Ref. expediente",
            "event_date": "Fecha detección",
            "crime_type": "Tipo de hecho",
            "exploitation": "Finalidad explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio",
            "coordinates": "Posición",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos provisionales pendientes de confirmar por Capitanía Marítima",
        total="TOTAL",
        bad_count=_WORDS[_BERGE].bad_count,
        repeats=False,
    ),
    ExaminerSource(
        source=_WSS,
        filename=f"{_WSS}_od.csv",
        ref="WSS-PA-{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "No. Reporte",
            "event_date": "Fecha/Hora",
            "crime_type": "Tipo de incidente",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. personas",
            "n_suspects": "Cant. sospechosos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País donde se detectó",
            "transit_countries": "Tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: información preliminar sujeta a verificación",
        total="TOTAL GENERAL",
        bad_count=_WORDS[_WSS].bad_count,
        repeats=True,
    ),
    ExaminerSource(
        source=_FONASBA,
        filename=f"{_FONASBA}_od.jsonl",
        ref="FON-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "ref",
            "event_date": "date",
            "crime_type": "offence",
            "exploitation": "exploitation_type",
            "n_persons": "persons",
            "n_suspects": "facilitators",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "incident_country",
            "transit_countries": "via",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL (all members)",
        bad_count=_WORDS[_FONASBA].bad_count,
        repeats=False,
    ),
)
_BY_NAME = {s.source: s for s in BLIND392_SOURCES}

#: Detection country -> the desk that first reports its events (FONASBA the rest).
_PRIMARY = {"GBR": _CORY, "FRA": _UMEP, "ESP": _BERGE, "PAN": _WSS}
#: (corridor, detection country) -> the desk that may report the event again.
_SECONDARY = {
    ("channel", "FRA"): _CORY,  # the UK agent hears of clandestines found at Calais
    ("channel", "GBR"): _UMEP,  # Le Havre's agents log landings on the English side
    ("watl", "ESP"): _FONASBA,
    ("wmed", "ESP"): _FONASBA,
    ("thb_rou_esp", "ESP"): _FONASBA,
    ("darien", "PAN"): _FONASBA,
    ("thb_vnm_gbr", "GBR"): _FONASBA,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _swap_year(ts: pd.Timestamp) -> int:
    """Return the year typed with two digits swapped (2023 -> 2203), in the future."""
    text = f"{ts.year:04d}"
    year = int(text[0] + text[2] + text[1] + text[3])
    return year if year > 2100 else ts.year + 200


def _safe_day(year: int, month: int, day: int) -> dt.datetime:
    try:
        return dt.datetime(year, month, day)
    except ValueError:  # 29 February of a year that has none
        return dt.datetime(year, month, 28)


def _hhmm(rng: _Rng) -> str:
    return f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 12)) * 5:02d}"


def _date_cell(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the date the desk's way; return (cell, expected date, precision)."""
    r = rng.random()
    s = src.source
    month = ts.to_period("M").start_time
    if s == _CORY:
        if r < 0.7:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.9:
            return f"{ts.day} {_MONTHS_LONG_EN[ts.month - 1]} {ts.year}", ts, "day"
        return f"{ts.day:02d}-{_MONTHS_EN[ts.month - 1]}-{ts.year % 100:02d}", ts, "day"
    if s == _UMEP:
        if partial_ok and r < 0.06:  # a report filed late, dated to the month only
            tags.append("partial_date")
            return f"{_MOIS[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return ts.strftime("%d/%m/%y"), ts, "day"
    if s == _BERGE:
        if r < 0.7:
            return ts.to_pydatetime(), ts, "day"
        if r < 0.85:
            tags.append("date_text")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.95:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
        tags.append("date_text")
        return f"{ts.day} de {_MESES[ts.month - 1]} de {ts.year}", ts, "day"
    if s == _WSS:
        if r < 0.6:
            return f"{ts.strftime('%Y-%m-%d')} {_hhmm(rng)}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    # FONASBA: ISO days, plus months and quarters from members' quarterly returns
    if partial_ok and r < 0.07:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), month, "month"
    if partial_ok and r < 0.13:
        tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return an unreadable, missing or mistyped (future) date as the desk writes it."""
    if kind == "no_date":
        return None
    s = src.source
    if kind == "bad_date":  # a day the month does not have
        if s in (_CORY, _BERGE):
            return f"31/{'02' if s == _CORY else '06'}/{ts.year}"
        if s == _UMEP:
            return f"30/02/{ts.year}"
        if s == _WSS:
            return f"{ts.year}-02-30 {_hhmm(rng)}"
        return f"{ts.year}-04-31"
    year = _swap_year(ts)  # future_date: two digits of the year swapped
    if s == _BERGE:
        return _safe_day(year, ts.month, ts.day)
    if s == _WSS:
        return f"{year}-{ts.month:02d}-{ts.day:02d} {_hhmm(rng)}"
    if s == _FONASBA:
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the extraction day (the last row's)."""
    if src.source == _BERGE:
        return last.to_pydatetime()
    if src.source == _WSS:
        return f"{last.strftime('%Y-%m-%d')} 23:59"
    if src.source == _FONASBA:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _noise(text: str, rng: _Rng, tags: list[str], col: str, src: ExaminerSource) -> str:
    """Mojibake (the Le Havre log only) and changes of case or spacing."""
    if src.source == _UMEP and rng.random() < 0.1:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            text = garbled
            tags.append(f"mojibake:{col}")
    r = rng.random()
    if r < 0.015:
        tags.append(f"case:{col}")
        return text.upper()
    if r < 0.03:
        tags.append(f"case:{col}")
        return text.lower()
    if r < 0.04:
        tags.append(f"case:{col}")
        return f" {text}  "
    return text


def _country(iso: str, col: str, src: ExaminerSource, rng: _Rng, tags: list[str]) -> str:
    """Write a country cell (nationality, origin, destination or detection)."""
    s, lang = src.source, src.language
    r = rng.random()
    name = _name(iso, lang)
    if s == _CORY:
        if col == "nationality":
            if r < 0.75 and iso in _DEMONYM_EN:
                text, kind = _DEMONYM_EN[iso], "demonym"
            elif r < 0.9:
                text, kind = iso, "iso3"
            else:
                text, kind = name, "name"
        elif iso == "GBR" and r < 0.6:
            text, kind = "UK", "alias"
        elif iso == "USA" and r < 0.6:
            text, kind = "USA", "alias"
        else:
            text, kind = name, "name"
    elif s == _UMEP:
        if col == "nationality" and r < 0.7 and iso in _ADJ_FR:
            text, kind = _ADJ_FR[iso], "demonym"
        elif col == "destination_country" and iso == "GBR" and r < 0.35:
            text, kind = "Angleterre", "alias"  # what the passengers declare
        elif col == "detection_country" and r < 0.2:
            text, kind = _alpha2(iso), "iso2"
        else:
            text, kind = name, "name"
    elif s == _BERGE:
        if col == "nationality" and r < 0.55 and iso in _ADJ_ES:
            text, kind = _ADJ_ES[iso], "demonym"
        elif col == "nationality" and r < 0.75:
            text, kind = _alpha2(iso), "iso2"  # crew-list (FAL form) codes
        elif col == "origin_country" and r < 0.2:
            text, kind = _alpha2(iso), "iso2"
        elif iso == "USA" and r < 0.8:
            text, kind = "EE.UU.", "alias"
        else:
            text, kind = name, "name"
    elif s == _WSS:
        if col == "nationality" and r < 0.7 and iso in _ADJ_ES_F:
            text, kind = _ADJ_ES_F[iso], "demonym"
        elif col == "nationality" and r < 0.8:
            text, kind = iso, "iso3"
        elif iso == "USA" and r < 0.7:
            text, kind = choice(rng, ("EE.UU.", "EEUU")), "alias"
        else:
            text, kind = name, "name"
    else:  # FONASBA: members mostly key ISO alpha-2 codes
        if r < 0.7:
            text, kind = _alpha2(iso), "iso2"
        elif iso == "GBR" and r < 0.8:
            text, kind = "UK", "alias"
        else:
            text, kind = name, "name"
    typo = _TYPOS[s].get(text)
    if typo is not None and rng.random() < 0.12:
        text, kind = typo, "typo"
    if kind not in ("name",):
        tags.append(f"{kind}:{col}")
    return _noise(text, rng, tags, col, src) if kind not in ("iso2", "iso3") else text


def _transit(value: str | None, src: ExaminerSource, rng: _Rng, tags: list[str]) -> object:
    """Write the ordered transit countries in the desk's way."""
    w = _WORDS[src.source]
    if value is None:
        if src.source == _FONASBA:
            return []
        return w.direct if w.direct is not None and rng.random() < 0.4 else None
    codes = value.split("|")
    if src.source == _FONASBA:
        return [_alpha2(c) for c in codes]
    parts = []
    for c in codes:
        name = _name(c, src.language)
        typo = _TYPOS[src.source].get(name)
        if typo is not None and rng.random() < 0.08:
            name = typo
            tags.append("typo:transit_countries")
        parts.append(name)
    return w.transit_sep.join(parts)


def _offences(value: str | None, src: ExaminerSource, rng: _Rng) -> object:
    w = _WORDS[src.source]
    if value is None:
        return [] if src.source == _FONASBA else None
    words = [choice(rng, w.offences[o]) for o in value.split("|")]
    return words if src.source == _FONASBA else w.offence_sep.join(words)


def _count(n: int, src: ExaminerSource, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count: digits, a thousands separator, or a word for a small number."""
    s = src.source
    if n >= 1000:
        tags.append(f"thousands:{col}")
        if s == _CORY or s == _WSS:
            return f"{n:,}"
        if s == _UMEP:
            return f"{n // 1000}{choice(rng, (' ', chr(0xA0)))}{n % 1000:03d}"
        if s == _BERGE and rng.random() < 0.7:
            return f"{n // 1000}.{n % 1000:03d}"
        return n
    if s == _CORY and 1 <= n <= 3 and rng.random() < 0.15:
        tags.append(f"count_word:{col}")
        return _WORD_NUMBERS["en"][n - 1]
    if s == _BERGE and 1 <= n <= 10 and rng.random() < 0.08:
        tags.append(f"count_word:{col}")
        return f"{n} ({_WORD_NUMBERS['es'][n - 1]})"
    if src.format == "csv":
        return str(n)
    return n


def _dm(value: float, pos: str, neg: str, width: int, deg: str, dec: str, gap: str) -> str:
    """Degrees and decimal minutes, the way a ship's position is written."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    d, rest = divmod(tenths, 600)
    minutes = f"{rest // 10:02d}{dec}{rest % 10}"
    return f"{d:0{width}d}{deg}{gap}{minutes}'{gap}{hemi}"


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    d, rest = divmod(tenths, 36000)
    m, rest = divmod(rest, 600)
    return f"{d}°{m:02d}'{rest // 10:02d}.{rest % 10}\"{hemi}"


def _coords(lat: float, lon: float, src: ExaminerSource, rng: _Rng) -> dict[str, object]:
    s = src.source
    if s == _CORY:
        pos = f"{_dm(lat, 'N', 'S', 2, '°', '.', '')} {_dm(lon, 'E', 'W', 3, '°', '.', '')}"
        return {"coordinates": pos}
    if s == _BERGE:
        la = _dm(lat, "N", "S", 2, "º", ",", " ")
        lo = _dm(lon, "E", "W", 3, "º", ",", " ")
        return {"coordinates": f"{la} - {lo}"}
    if s == _WSS:
        if rng.random() < 0.15:
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if s == _UMEP:
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    return {"lat": round(lat, 4), "lon": round(lon, 4)}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does; return (cells, expected values, tags)."""
    w = _WORDS[src.source]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(choice(rng, w.crime[crime]), rng, tags, "crime_type", src)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say, or the desk's "not applicable"
        na = w.exploitation_na is not None and rng.random() < 0.3
        cells["exploitation"] = w.exploitation_na if na else None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = w.exploitation_unknown
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        word = choice(rng, w.exploitation[str(expl)])
        cells["exploitation"] = _noise(word, rng, tags, "exploitation", src)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = w.count_placeholder
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(n, src, rng, tags, "n_persons")
        exp["n_persons"] = n

    k = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or k is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = w.suspects_placeholder
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and w.zero and r < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, w.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(int(k), src, rng, tags, "n_suspects")  # type: ignore[call-overload]
        exp["n_suspects"] = int(k)  # type: ignore[call-overload]

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else w.na_word
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noise(choice(rng, w.gender[gender]), rng, tags, "gender", src)
        exp["gender"] = gender

    for col, table in (("age_group", w.age), ("transport_mode", w.mode)):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col] = w.na_word if rng.random() < 0.6 else None
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            options = table[value]
            if col == "transport_mode" and src.source == _BERGE and value == "sea":
                if ev["corridor"] == "watl":  # the Atlantic route's wooden canoes
                    options = ("Cayuco", "Neumática")
            cells[col] = _noise(choice(rng, options), rng, tags, col, src)
            exp[col] = value

    nat = ev["nationality"]
    if nat is None or forced_blank == "nationality" or rng.random() < 0.02:
        blank = forced_blank == "nationality" or w.nationality_unknown is None
        cells["nationality"] = None if blank else w.nationality_unknown
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(str(nat), "nationality", src, rng, tags)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country"):
        place = ev[col]
        if place is None or rng.random() < 0.03:
            cells[col] = None
            exp[col] = None
            tags.append(f"empty:{col}")
        else:
            cells[col] = _country(str(place), col, src, rng, tags)
            exp[col] = str(place)

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(det, "detection_country", src, rng, tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(None if transit is None else str(transit), src, rng, tags)
    exp["transit_countries"] = None if transit is None else str(transit)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    keys = ("lat", "lon") if "lat" in src.headers else ("coordinates",)
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(keys))
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    elif r < 0.03:
        cells.update(dict.fromkeys(keys))
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    elif r < 0.04 and w.coords_placeholder is not None:
        cells.update(dict.fromkeys(keys, w.coords_placeholder))
        tags.append("coords_placeholder")
        exp["lat"] = exp["lon"] = None
    else:
        cells.update(_coords(lat, lon, src, rng))
        exp["lat"], exp["lon"] = lat, lon

    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(None if offences is None else str(offences), src, rng)
    exp["linked_offences"] = None if offences is None else str(offences)
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND392_SOURCES,
    primary=_PRIMARY,
    compilation=_FONASBA,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=392,
    blank_share=0.35,
)


def make_blind392(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five shipping-agent desks of set ``blind392`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``cory_brothers_uk_od.csv`` (English, UTF-8 with BOM, ``,``),
        ``umep_le_havre_od.csv`` (French, cp1252, ``;``), ``berge_maritima_od.xlsx``
        (Spanish), ``wilhelmsen_pa_od.csv`` (Spanish, UTF-8, ``;``) and
        ``fonasba_digest_od.jsonl`` (English keys, the compilation), each with the
        expected reading of every written row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind392(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cory_brothers_uk_od.csv', 'umep_le_havre_od.csv', 'berge_maritima_od.xlsx',
     'wilhelmsen_pa_od.csv', 'fonasba_digest_od.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date du constat', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
