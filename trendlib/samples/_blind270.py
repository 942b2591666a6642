"""Examiner variant ``blind270``: migrant-health teams logging group arrivals (``*_jl.*``).

Five health and surveillance teams that see migrants soon after they arrive, each
writing its log the way its own tool and staff do:

``gsf_littoral_jl.csv``
    Gynécologie Sans Frontières, health outreach (*maraudes*) on the Calais and Dunkirk
    coast. French, cp1252, ``;``, CRLF (a spreadsheet kept by volunteers): day-first
    dates (some with a two-digit year, a few month-only ``09/2022``), nationalities as
    French adjectives (``afghan``, ``kurde irakien``), ``Angleterre`` for the United
    Kingdom, counts such as ``env. 40`` or ``trois``, ``MNA`` for unaccompanied minors,
    ``small boat`` for the crossing, coordinates with a decimal comma, a few names
    garbled by a copy from a UTF-8 export; no suspects, origin or offence columns.
``eody_ric_medical_jl.csv``
    Greece's National Public Health Organisation (EODY), medical units of the
    reception and identification centres (Lesvos, Samos, Evros). English, UTF-16 with
    a BOM, tab-separated (Excel's "Unicode text"): day-first dates, ``EL`` (the EU's
    code) for Greece, ``UAM`` and "pending age assessment", ``SoM`` / ``VoT suspected``
    flags, positions in degrees and decimal minutes (``39°12.07'N 26°18.26'E``),
    facilitators ``none`` / ``nil``.
``gorgas_erm_jl.xlsx``
    Instituto Conmemorativo Gorgas (ICGES), health surveillance at Panama's migrant
    reception stations in Darién. Spanish, XLSX: real Excel dates, some serial numbers
    and typed text (``17/05/2023``, ``mayo 2023``), ``NNA`` for children, feminine
    nationality adjectives (``venezolana``), ``EE.UU.``, counts ``1,250`` and
    ``s/d``, ``matrimonio servil``.
``redivi_semtsi_jl.csv``
    +Redivi, the Spanish network of clinics for imported diseases in migrants
    (SEMTSI), a REDCap export. Spanish, UTF-8 with a BOM, ``,``: ISO dates (some typed
    day-first, a few ``2022-05`` or ``T2 2022``), ``España (Canarias)``, ``MENA``,
    ``H`` and ``varones`` for men, ``cayuco``, ``patera``, ``salto de valla``, thousands with a
    dot (``1.250``), transit ``directo``, rescue positions ``28,1034; -15,4021``.
``geosentinel_istm_jl.jsonl``
    GeoSentinel (ISTM and CDC), the compilation of its clinics in Italy, Croatia,
    Poland, the United Kingdom and the United States. English JSON lines from its API:
    ISO dates, ``17 May 2023``, ``2023-Q2``; countries as ISO alpha-2, alpha-3 or
    numeric codes (``UK`` for the United Kingdom) or names; routes as ``TUR-BGR-SRB``;
    counts and coordinates as JSON numbers; ``UASC``; some records sent twice.

The truth expects what a careful analyst reads from each cell: a demonym is its country,
``EL`` is Greece, ``1.250`` persons in a Spanish file is 1250, a month-only date is the
month's first day at month precision, a cell saying "not counted" or "unknown" gives
no value, and an empty gender, age or mode is ``unknown``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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

__all__ = ["EXAMINER", "SOURCES", "make_blind270"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_GSF = "gsf_littoral"
_EODY = "eody_ric_medical"
_GORGAS = "gorgas_erm"
_REDIVI = "redivi_semtsi"
_GEO = "geosentinel_istm"

# --------------------------------------------------------------------------------------
# Words of the five teams
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
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
_LANG = {"en": 0, "fr": 1, "es": 2}

# Nationality adjectives as each team writes them (French: masculine; Spanish: the
# feminine of "nacionalidad venezolana").
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
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
    },
    "fr": {
        "AFG": "afghan",
        "ALB": "albanais",
        "BGD": "bangladais",
        "CHN": "chinois",
        "CIV": "ivoirien",
        "CMR": "camerounais",
        "COL": "colombien",
        "DZA": "algérien",
        "ECU": "équatorien",
        "EGY": "égyptien",
        "ERI": "érythréen",
        "GIN": "guinéen",
        "GMB": "gambien",
        "GTM": "guatémaltèque",
        "HND": "hondurien",
        "HTI": "haïtien",
        "IRN": "iranien",
        "IRQ": "irakien",
        "MAR": "marocain",
        "MEX": "mexicain",
        "MLI": "malien",
        "NGA": "nigérian",
        "PAK": "pakistanais",
        "ROU": "roumain",
        "SEN": "sénégalais",
        "SYR": "syrien",
        "TUN": "tunisien",
        "TUR": "turc",
        "VEN": "vénézuélien",
        "VNM": "vietnamien",
        "YEM": "yéménite",
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CHN": "china",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "ERI": "eritrea",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "PAK": "pakistaní",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "TUN": "tunecina",
        "TUR": "turca",
        "VEN": "venezolana",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
}

# Slips of the pen each team makes (only for names it writes often).
_TYPOS: dict[str, dict[str, str]] = {
    _GSF: {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "IRQ": "Irack",
        "ALB": "Albannie",
        "SYR": "Syire",
        "IRN": "Irann",
    },
    _EODY: {"AFG": "Afganistan", "PAK": "Pakstan", "IRQ": "Irak", "CMR": "Cameroun"},
    _GORGAS: {
        "VEN": "Venezuala",
        "HTI": "Haity",
        "ECU": "Equador",
        "COL": "Colonbia",
        "CHN": "Chyna",
    },
    _REDIVI: {"MAR": "Marrueco", "DZA": "Argelía", "SEN": "Senegall", "ROU": "Rumania"},
}

_NUMBER_WORDS = {
    "fr": ("une", "deux", "trois", "quatre", "cinq", "six"),
    "es": ("una", "dos", "tres", "cuatro", "cinco", "seis"),
}

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

# vocabulary column -> team -> design word -> the team's words (first = the usual one)
_VOCAB: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "crime_type": {
        _GSF: {
            "smuggling": ("passage", "réseau de passeurs", "aide au passage"),
            "trafficking": ("suspicion de traite", "TEH", "victime de traite"),
            "both": ("traite + passage", "passage / traite"),
        },
        _EODY: {
            "smuggling": ("SoM", "smuggled", "Smuggling"),
            "trafficking": ("VoT suspected", "THB indicators", "potential VoT"),
            "both": ("SoM + VoT", "SoM/THB"),
        },
        _GORGAS: {
            "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes", "TIM"),
            "trafficking": ("Trata de personas", "posible trata"),
            "both": ("Trata y tráfico", "trata / tráfico"),
        },
        _REDIVI: {
            "smuggling": (
                "Tráfico de migrantes",
                "favorecimiento inmigración irregular",
                "tráfico ilícito",
            ),
            "trafficking": ("Trata (TSH)", "posible víctima de trata", "trata de seres humanos"),
            "both": ("trata + tráfico", "ambos (trata y tráfico)"),
        },
        _GEO: {
            "smuggling": ("smuggling", "SoM", "migrant smuggling"),
            "trafficking": ("trafficking", "THB", "human trafficking"),
            "both": ("trafficking & smuggling", "THB+SoM"),
        },
    },
    "exploitation": {
        _GSF: {
            "sexual": ("exploitation sexuelle", "prostitution"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à délinquer", "deal forcé"),
            "organ_removal": ("trafic d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        _EODY: {
            "sexual": ("sexual", "sexual exploitation"),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality", "criminal activities"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        _GORGAS: {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        _REDIVI: {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("explotación laboral", "laboral"),
            "forced_criminality": ("actividades delictivas", "comisión de delitos"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        _GEO: {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("criminal exploitation", "forced criminality"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
    },
    "gender": {
        _GSF: {"female": ("F", "femmes"), "male": ("H", "hommes"), "mixed": ("H/F", "mixte")},
        _EODY: {"female": ("F", "Female"), "male": ("M", "Male", "men"), "mixed": ("M/F", "Mixed")},
        _GORGAS: {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Grupo mixto"),
        },
        _REDIVI: {
            "female": ("mujeres", "mujer"),
            "male": ("hombres", "varones", "H"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        _GEO: {"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
    },
    "age_group": {
        _GSF: {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs + mineurs", "familles avec enfants"),
        },
        _EODY: {
            "adult": ("Adults", "adult"),
            "child": ("UAM", "Minors"),
            "mixed": ("Adults + minors", "adults and children"),
        },
        _GORGAS: {
            "adult": ("Adultos", "adultos"),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        _REDIVI: {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA"),
            "mixed": ("adultos y menores", "mixto"),
        },
        _GEO: {
            "adult": ("adult", "18+"),
            "child": ("minor", "UASC", "<18"),
            "mixed": ("mixed", "adults+minors"),
        },
    },
    "transport_mode": {
        _GSF: {
            "sea": ("small boat", "bateau", "zodiac"),
            "land": ("camion", "poids lourd", "à pied"),
            "air": ("avion",),
        },
        _EODY: {"sea": ("Sea", "boat", "dinghy"), "land": ("Land", "land border"), "air": ("Air",)},
        _GORGAS: {
            "land": ("Terrestre", "a pie", "caminando"),
            "sea": ("Marítimo", "lancha"),
            "air": ("Aéreo",),
        },
        _REDIVI: {
            "sea": ("embarcación", "marítimo"),
            "land": ("terrestre", "autobús"),
            "air": ("aéreo", "avión"),
        },
        _GEO: {
            "sea": ("sea", "boat"),
            "land": ("land", "lorry", "on foot"),
            "air": ("air", "flight"),
        },
    },
    "linked_offences": {
        _GORGAS: {
            "document_fraud": ("documentos falsos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("estupefacientes", "drogas"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
        _REDIVI: {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("tráfico de drogas", "hachís"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        _GEO: {
            "document_fraud": ("document fraud", "false papers"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

# What each team writes when it does not know a value (the truth then expects none).
_UNKNOWN: dict[str, str] = {
    _GSF: "NSP",
    _EODY: "not recorded",
    _GORGAS: "No determinado",
    _REDIVI: "NC",
    _GEO: "not recorded",
}
_AGE_UNKNOWN = {
    _GSF: "NSP",
    _EODY: "pending age assessment",
    _GORGAS: "No determinado",
    _REDIVI: "pendiente determinación edad",
    _GEO: "not recorded",
}
_EXPL_UNKNOWN = {
    _GSF: "à préciser",
    _EODY: "not assessed",
    _GORGAS: "por determinar",
    _REDIVI: "NC",
    _GEO: "not specified",
}
# A count cell that says the group was not counted: the record stays, with no count.
_COUNT_PLACEHOLDER = {_GSF: "NC", _EODY: "not counted", _GORGAS: "s/d", _REDIVI: "desconocido"}
# A facilitators cell that says the number is not known.
_SUSPECTS_UNKNOWN = {_EODY: "unknown", _GORGAS: "s/d", _REDIVI: "NC"}


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
#: The variant's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_GSF,
        filename=f"{_GSF}_jl.csv",
        ref="GSF-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date maraude",
            "detection_country": "Pays",
            "nationality": "Nationalité",
            "n_persons": "Nb personnes",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "crime_type": "Signalement",
            "exploitation": "Forme d'exploitation",
            "transit_countries": "Parcours",
            "destination_country": "Destination souhaitée",
            "transport_mode": "Mode de passage",
            "lat": "Latitude",
            "lon": "Longitude",
        },
        note="Extraction base maraudes GSF - données non consolidées",
        total="TOTAL",
        bad_count=("plusieurs", "groupe", "beaucoup"),
        repeats=False,
    ),
    ExaminerSource(
        source=_EODY,
        filename=f"{_EODY}_jl.csv",
        ref="EODY/{year}/{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date of arrival",
            "detection_country": "Country",
            "nationality": "Nationality (declared)",
            "origin_country": "Country of origin",
            "n_persons": "No. of persons screened",
            "gender": "Sex",
            "age_group": "Age category",
            "crime_type": "Protection flag",
            "exploitation": "Exploitation type (VoT)",
            "n_suspects": "Facilitators reported",
            "transit_countries": "Route",
            "destination_country": "Intended destination",
            "transport_mode": "Arrival mode",
            "coordinates": "Position",
        },
        note="Provisional data - pending validation by EODY",
        total="Total",
        bad_count=("several", "large group", "tbc"),
        repeats=False,
    ),
    ExaminerSource(
        source=_GORGAS,
        filename=f"{_GORGAS}_jl.xlsx",
        ref="ICGES-ERM-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Código",
            "event_date": "Fecha de llegada",
            "detection_country": "País",
            "crime_type": "Tipo de caso",
            "exploitation": "Tipo de explotación",
            "n_persons": "Personas atendidas",
            "n_suspects": "Guías / coyotes",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "Destino",
            "transport_mode": "Medio de desplazamiento",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares, sujetas a validación por Epidemiología",
        total="TOTAL GENERAL",
        bad_count=("varios", "grupo", "muchos"),
        repeats=True,
    ),
    ExaminerSource(
        source=_REDIVI,
        filename=f"{_REDIVI}_jl.csv",
        ref="RDV{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "ID registro",
            "event_date": "Fecha de llegada",
            "detection_country": "País de llegada",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino declarado",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de llegada",
            "n_persons": "Nº personas",
            "gender": "Sexo",
            "age_group": "Edad",
            "crime_type": "Sospecha",
            "exploitation": "Finalidad de explotación",
            "n_suspects": "Nº patrones / facilitadores",
            "linked_offences": "Otros delitos",
            "coordinates": "Coordenadas rescate",
        },
        note="Nota: exportación REDCap, registros pendientes de validación por el centro",
        total="Total",
        bad_count=("varios", "grupo", "muchos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_GEO,
        filename=f"{_GEO}_jl.jsonl",
        ref="GS-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "report_id",
            "event_date": "date_seen",
            "detection_country": "country_seen",
            "crime_type": "case_type",
            "exploitation": "exploitation_type",
            "n_persons": "group_size",
            "n_suspects": "facilitators",
            "gender": "sex",
            "age_group": "age_band",
            "nationality": "nationality",
            "origin_country": "country_of_birth",
            "destination_country": "intended_destination",
            "transit_countries": "travel_route",
            "transport_mode": "arrival_mode",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "associated_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "tbc", "many"),
        repeats=True,
    ),
)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and tags of one row being written."""

    def __init__(self, src: ExaminerSource, ev: Mapping[str, object]) -> None:
        self.src = src
        self.ev = ev
        self.cells: _Cells = {}
        self.tags: list[str] = []
        self.exp: dict[str, object] = {
            "event_date": pd.Timestamp(ev["event_date"]),  # type: ignore[arg-type]
            "date_precision": "day",
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": _int(ev["n_persons"]),
            "n_suspects": _int(ev["n_suspects"]),
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": None,
            "lon": None,
            "linked_offences": ev["linked_offences"],
        }
        for col in ("origin_country", "n_suspects", "linked_offences"):
            if col not in src.headers:  # the team keeps no such column
                self.exp[col] = None
        if "n_suspects" not in src.headers:
            self.tags.append("blank_n_suspects")

    def text(self, col: str) -> str | None:
        """Return the true value of ``col`` as text (None if missing)."""
        value = self.ev.get(col)
        return None if value is None else str(value)

    def blank(self, col: str) -> None:
        """Leave ``col`` empty where a second report does not give it."""
        if col == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                if key in self.src.headers:
                    self.cells[key] = None
            self.exp["lat"] = self.exp["lon"] = None
        else:
            self.cells[col] = None
            self.exp[col] = "unknown" if col == "gender" else None
        self.tags.append(f"blank_{col}")

    def result(self) -> tuple[_Cells, dict[str, object], list[str]]:
        """Return (cells, expected values, tags)."""
        return self.cells, self.exp, self.tags


def _int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word most of the time, another wording otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _case(rng: _Rng, text: str, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of ``text`` with probability ``rate``."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    return out, out != text


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _vocab(row: _Row, rng: _Rng, col: str, value: str, *, case_rate: float = 0.05) -> str:
    text = _word(rng, _VOCAB[col][row.src.source][value])
    text, changed = _case(rng, text, case_rate)
    if changed:
        row.tags.append(f"case:{col}")
    return text


def _fit(row: _Row, text: str, fallback: str) -> str:
    return text if fits(text, row.src) else fallback


# --------------------------------------------------------------------------------------
# Cells shared by the teams (each with its own words)
# --------------------------------------------------------------------------------------
def _crime_and_exploitation(row: _Row, rng: _Rng, *, smuggling_word: str | None) -> None:
    """Crime type (always given) and form of exploitation (trafficking rows)."""
    crime = str(row.ev["crime_type"])
    row.cells["crime_type"] = _vocab(row, rng, "crime_type", crime)
    expl = row.text("exploitation")
    if expl is None:  # pure smuggling: nothing to say, or the team's "not applicable"
        row.cells["exploitation"] = smuggling_word if rng.random() < 0.7 else None
        row.exp["exploitation"] = None
        return
    if rng.random() < 0.05:
        row.cells["exploitation"] = _EXPL_UNKNOWN[row.src.source]
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
        return
    row.cells["exploitation"] = _vocab(row, rng, "exploitation", expl)


def _gender_age_mode(row: _Row, rng: _Rng, forced_blank: str | None) -> None:
    """Sex, age group and transport mode, with the team's unknown words."""
    if forced_blank == "gender" or rng.random() < 0.03:
        row.blank("gender")
    else:
        row.cells["gender"] = _vocab(row, rng, "gender", str(row.ev["gender"]))
    if rng.random() < 0.03:
        row.cells["age_group"] = _AGE_UNKNOWN[row.src.source]
        row.exp["age_group"] = "unknown"
        row.tags.append("na_word")
    else:
        row.cells["age_group"] = _vocab(row, rng, "age_group", str(row.ev["age_group"]))
    if rng.random() < 0.03:
        row.cells["transport_mode"] = _UNKNOWN[row.src.source]
        row.exp["transport_mode"] = "unknown"
        row.tags.append("na_word")
    else:
        row.cells["transport_mode"] = _vocab(
            row, rng, "transport_mode", str(row.ev["transport_mode"])
        )


def _suspects(row: _Row, rng: _Rng, forced_blank: str | None, *, zero: str | None) -> None:
    """Count of facilitators: a number, the team's zero word, or "not known"."""
    if "n_suspects" not in row.src.headers:
        return
    if forced_blank == "n_suspects":
        row.blank("n_suspects")
        return
    n = _int(row.ev["n_suspects"])
    numeric = row.src.format != "csv"
    if n is None:
        row.cells["n_suspects"] = None
        row.tags.append("blank_n_suspects")
        return
    if rng.random() < 0.05:
        row.cells["n_suspects"] = _SUSPECTS_UNKNOWN[row.src.source]
        row.exp["n_suspects"] = None
        row.tags.append("suspects_placeholder")
        return
    if n == 0 and zero is not None and rng.random() < 0.4:
        row.cells["n_suspects"] = zero
        row.tags.append("zero_word")
        return
    row.cells["n_suspects"] = n if numeric else str(n)


def _nationality(
    row: _Row,
    rng: _Rng,
    forced_blank: str | None,
    styles: Mapping[str, float],
    *,
    blank_word: str | None,
) -> None:
    """Nationality in one of the team's ``styles`` (weights)."""
    if forced_blank == "nationality":
        row.blank("nationality")
        return
    iso = row.text("nationality")
    if iso is None:
        row.cells["nationality"] = None
        return
    if rng.random() < 0.03:
        row.blank("nationality")
        row.cells["nationality"] = blank_word
        return
    text, tag = _country(row, rng, iso, styles)
    if tag not in ("typo", "mojibake"):  # a garbled name keeps the case it was garbled in
        text, changed = _case(rng, text, 0.06)
        if changed:
            row.tags.append("case:nationality")
    row.cells["nationality"] = text
    if tag:
        row.tags.append(f"{tag}:nationality")


def _country(row: _Row, rng: _Rng, iso: str, styles: Mapping[str, float]) -> tuple[str, str | None]:
    """Write ``iso`` in a style drawn from ``styles``; return (text, tag or None)."""
    keys = list(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    lang = row.src.language
    name = _name(iso, lang)
    alpha2, numeric = iso_codes(iso)
    if style == "demonym" and iso in _DEMONYMS[lang]:
        text = _DEMONYMS[lang][iso]
        if lang == "fr" and iso in ("IRQ", "IRN") and rng.random() < 0.3:
            text = f"kurde {text}"  # Kurds of Iraq and Iran, as the camps say it
        return _fit(row, text, name), "demonym"
    if style == "typo" and iso in _TYPOS.get(row.src.source, {}):
        return _TYPOS[row.src.source][iso], "typo"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, row.src):
            return garbled, "mojibake"
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return ("UK" if iso == "GBR" else alpha2), "iso2"
    if style == "numeric":
        return numeric, "numeric"
    return _fit(row, name, iso), None


def _places(
    row: _Row, rng: _Rng, styles: Mapping[str, float], *, unknown: str | None, sep: str
) -> None:
    """Origin, destination and transit countries (those the team has columns for)."""
    for col in ("origin_country", "destination_country"):
        if col not in row.src.headers:
            continue
        iso = row.text(col)
        if iso is None:
            row.cells[col] = None
        elif rng.random() < 0.03:
            row.cells[col] = unknown
            row.exp[col] = None
            row.tags.append(f"unknown:{col}")
        else:
            text, tag = _country(row, rng, iso, styles)
            row.cells[col] = text
            if tag:
                row.tags.append(f"{tag}:{col}")
    transit = row.text("transit_countries")
    if transit is None:
        row.cells["transit_countries"] = None
        return
    names = [_fit(row, _name(iso, row.src.language), iso) for iso in transit.split("|")]
    row.cells["transit_countries"] = sep.join(names)


# --------------------------------------------------------------------------------------
# Gynécologie Sans Frontières (French, cp1252, ";")
# --------------------------------------------------------------------------------------
def _render_gsf(
    src: ExaminerSource,
    ev: Mapping[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    row = _Row(src, ev)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    u = rng.random()
    if partial_ok and u < 0.04:  # the sheet of a busy month, kept by month
        row.cells["event_date"] = f"{ts.month:02d}/{ts.year}"
        row.exp["event_date"] = ts.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif u < 0.2:
        row.cells["event_date"] = ts.strftime("%d/%m/%y")
        row.tags.append("two_digit_year")
    else:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    if forced_blank == "detection_country":
        row.blank("detection_country")
    else:
        iso = str(ev["detection_country"])
        row.cells["detection_country"] = (
            choice(rng, ("France", "France", "France", "FRANCE", "FR"))
            if iso == "FRA"
            else _name(iso, "fr")
        )
    _nationality(
        row,
        rng,
        forced_blank,
        {"name": 0.45, "demonym": 0.4, "typo": 0.07, "mojibake": 0.05, "iso3": 0.03},
        blank_word="NSP",
    )
    n = _int(ev["n_persons"])
    assert n is not None  # every true event has a count
    u = rng.random()
    if u < 0.02:
        row.cells["n_persons"] = _COUNT_PLACEHOLDER[_GSF]
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    elif n <= len(_NUMBER_WORDS["fr"]) and u < 0.4:
        row.cells["n_persons"] = _NUMBER_WORDS["fr"][n - 1]
        row.tags.append("count_word")
    elif u < 0.1:
        row.cells["n_persons"] = f"env. {n}"
        row.tags.append("approx_count")
    elif n >= 1000:
        row.cells["n_persons"] = f"{n // 1000} {n % 1000:03d}"
        row.tags.append("thousands:n_persons")
    else:
        row.cells["n_persons"] = str(n)
    _gender_age_mode(row, rng, forced_blank)
    _crime_and_exploitation(row, rng, smuggling_word=None)
    _places(
        row,
        rng,
        {"name": 0.9, "typo": 0.1},
        unknown="NSP",
        sep=choice(rng, (" > ", ", ")),
    )
    dest = row.text("destination_country")
    if dest == "GBR" and row.cells.get("destination_country") is not None:
        row.cells["destination_country"] = choice(
            rng, ("Angleterre", "UK", "Royaume-Uni", "UK", "GB")
        )
        row.tags.append("alias:destination_country")
    if forced_blank == "coordinates" or rng.random() < 0.08:
        if forced_blank == "coordinates":
            row.blank("coordinates")
        else:
            row.cells["lat"] = row.cells["lon"] = None
            row.tags.append("coords_missing")
    else:
        lat = round(float(ev["lat"]), 4)  # type: ignore[arg-type]
        lon = round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        row.cells["lat"] = f"{lat:.4f}".replace(".", ",")
        row.cells["lon"] = f"{lon:.4f}".replace(".", ",")
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("decimal_comma")
    return row.result()


# --------------------------------------------------------------------------------------
# EODY medical units (English, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _dmm(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees and decimal minutes (``39°12.07'N``) and the value it reads as."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 60, 2)  # minutes, to the hundredth
    deg, minutes = divmod(total, 60)
    minutes = round(minutes, 2)
    text = f"{int(deg)}°{minutes:05.2f}'{hemi}"
    read = (int(deg) + minutes / 60) * (1 if value >= 0 else -1)
    return text, read


def _render_eody(
    src: ExaminerSource,
    ev: Mapping[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    row = _Row(src, ev)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    u = rng.random()
    if partial_ok and u < 0.03:
        row.cells["event_date"] = f"{ts.month:02d}/{ts.year}"
        row.exp["event_date"] = ts.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif u < 0.15:
        row.cells["event_date"] = ts.strftime("%d.%m.%Y")
    else:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    if forced_blank == "detection_country":
        row.blank("detection_country")
    else:
        iso = str(ev["detection_country"])
        if iso == "GRC":
            text = choice(rng, ("EL", "EL", "EL", "EL", "Greece", "Greece", "Greece", "GR"))
            if text == "EL":
                row.tags.append("el_code")
        else:
            text = _name(iso, "en")
        row.cells["detection_country"] = text
    _nationality(
        row,
        rng,
        forced_blank,
        {"name": 0.5, "demonym": 0.3, "iso3": 0.12, "typo": 0.08},
        blank_word="not recorded",
    )
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        row.cells["n_persons"] = _COUNT_PLACEHOLDER[_EODY]
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    else:
        row.cells["n_persons"] = f"{n:,}" if n is not None and n >= 1000 else str(n)
    _gender_age_mode(row, rng, forced_blank)
    _crime_and_exploitation(row, rng, smuggling_word="N/A")
    _suspects(row, rng, forced_blank, zero=choice(rng, ("none", "nil")))
    styles = {"name": 0.95, "typo": 0.05}
    _places(row, rng, styles, unknown="unknown", sep=" -> ")
    transit = row.cells.get("transit_countries")
    if isinstance(transit, str) and "Turkey" in transit and ts.year >= 2022 and rng.random() < 0.5:
        row.cells["transit_countries"] = transit.replace("Turkey", "Türkiye")
        row.tags.append("alias:transit_countries")
    if forced_blank == "coordinates":
        row.blank("coordinates")
    elif rng.random() < 0.12:
        row.cells["coordinates"] = None
        row.tags.append("coords_missing")
    else:
        lat_t, lat = _dmm(float(ev["lat"]), "N", "S")  # type: ignore[arg-type]
        lon_t, lon = _dmm(float(ev["lon"]), "E", "W")  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("dmm_coords")
    return row.result()


# --------------------------------------------------------------------------------------
# ICGES at the reception stations of Darién (Spanish, XLSX)
# --------------------------------------------------------------------------------------
def _render_gorgas(
    src: ExaminerSource,
    ev: Mapping[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    row = _Row(src, ev)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    u = rng.random()
    if partial_ok and u < 0.04:
        row.cells["event_date"] = f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
        row.exp["event_date"] = ts.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif u < 0.11:  # a cell formatted "General": the date shows as its serial number
        row.cells["event_date"] = int((ts - _EXCEL_EPOCH).days)
        row.tags.append("excel_serial")
    elif u < 0.28:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
        row.tags.append("text_date")
    else:
        row.cells["event_date"] = ts.to_pydatetime()
    if forced_blank == "detection_country":
        row.blank("detection_country")
    else:
        iso = str(ev["detection_country"])
        row.cells["detection_country"] = (
            choice(rng, ("Panamá", "Panamá", "Panamá", "PANAMÁ", "PA"))
            if iso == "PAN"
            else _name(iso, "es")
        )
    _crime_and_exploitation(row, rng, smuggling_word="No aplica")
    n = _int(ev["n_persons"])
    assert n is not None  # every true event has a count
    u = rng.random()
    if u < 0.02:
        row.cells["n_persons"] = _COUNT_PLACEHOLDER[_GORGAS]
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    elif n >= 1000 and u < 0.6:
        row.cells["n_persons"] = f"{n:,}"  # Panama writes thousands with a comma
        row.tags.append("thousands:n_persons")
    elif n <= len(_NUMBER_WORDS["es"]) and u < 0.2:
        row.cells["n_persons"] = _NUMBER_WORDS["es"][n - 1]
        row.tags.append("count_word")
    elif u < 0.12:
        row.cells["n_persons"] = str(n)
        row.tags.append("text_count")
    else:
        row.cells["n_persons"] = n
    _suspects(row, rng, forced_blank, zero="ninguno")
    _gender_age_mode(row, rng, forced_blank)
    _nationality(
        row,
        rng,
        forced_blank,
        {"name": 0.45, "demonym": 0.35, "iso3": 0.12, "typo": 0.08},
        blank_word="s/d",
    )
    _places(row, rng, {"name": 0.9, "iso3": 0.1}, unknown="s/d", sep=" - ")
    if row.text("destination_country") == "USA" and row.cells.get("destination_country"):
        if row.cells["destination_country"] != "USA" and rng.random() < 0.5:
            row.cells["destination_country"] = choice(rng, ("EE.UU.", "EEUU", "USA"))
            row.tags.append("alias:destination_country")
    if forced_blank == "coordinates":
        row.blank("coordinates")
    elif rng.random() < 0.06:
        row.cells["lat"] = row.cells["lon"] = None
        row.tags.append("coords_missing")
    else:
        lat = round(float(ev["lat"]), 5)  # type: ignore[arg-type]
        lon = round(float(ev["lon"]), 5)  # type: ignore[arg-type]
        if rng.random() < 0.1:  # typed into a text cell
            row.cells["lat"], row.cells["lon"] = f"{lat:.5f}", f"{lon:.5f}"
            row.tags.append("text_coords")
        else:
            row.cells["lat"], row.cells["lon"] = lat, lon
        row.exp["lat"], row.exp["lon"] = lat, lon
    _offences(row, rng, sep=", ")
    return row.result()


def _offences(row: _Row, rng: _Rng, *, sep: str) -> None:
    offences = row.text("linked_offences")
    if offences is None:
        row.cells["linked_offences"] = None
        return
    words = [_word(rng, _VOCAB["linked_offences"][row.src.source][o]) for o in offences.split("|")]
    row.cells["linked_offences"] = sep.join(words)


# --------------------------------------------------------------------------------------
# +Redivi (Spanish, REDCap CSV: UTF-8 with BOM, ",")
# --------------------------------------------------------------------------------------
_CANARIAS = ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote")


def _render_redivi(
    src: ExaminerSource,
    ev: Mapping[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    row = _Row(src, ev)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    u = rng.random()
    if partial_ok and u < 0.03:
        row.cells["event_date"] = ts.strftime("%Y-%m")
        row.exp["event_date"] = ts.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif partial_ok and u < 0.05:
        row.cells["event_date"] = f"T{ts.quarter} {ts.year}"
        row.exp["event_date"] = ts.to_period("Q").start_time
        row.exp["date_precision"] = "quarter"
        row.tags.append("partial_date")
    elif u < 0.15:  # typed by hand in a text field
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
        row.tags.append("text_date")
    else:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")
    hotspot = str(ev.get("hotspot") or "")
    if forced_blank == "detection_country":
        row.blank("detection_country")
    else:
        iso = str(ev["detection_country"])
        text = _name(iso, "es")
        if iso == "ESP" and hotspot in _CANARIAS and rng.random() < 0.5:
            text = "España (Canarias)"
            row.tags.append("region:detection_country")
        elif iso == "ESP" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
            text = f"España ({hotspot})"
            row.tags.append("region:detection_country")
        row.cells["detection_country"] = text
    _nationality(
        row,
        rng,
        forced_blank,
        {"name": 0.6, "demonym": 0.3, "typo": 0.06, "iso2": 0.04},
        blank_word="NC",
    )
    if row.text("nationality") == "GIN" and row.cells.get("nationality") == "Guinea":
        if rng.random() < 0.5:
            row.cells["nationality"] = "Guinea Conakry"
            row.tags.append("alias:nationality")
    _places(row, rng, {"name": 1.0}, unknown="NC", sep=" / ")
    if row.text("transit_countries") is None and rng.random() < 0.4:
        row.cells["transit_countries"] = choice(rng, ("directo", "ninguno"))
        row.tags.append("direct_word")
    # how they came, in the words of each coast
    corridor = str(ev["corridor"])
    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        row.cells["transport_mode"] = _UNKNOWN[_REDIVI]
        row.exp["transport_mode"] = "unknown"
        row.tags.append("na_word")
    elif mode == "sea" and corridor == "watl":
        row.cells["transport_mode"] = choice(rng, ("cayuco", "cayuco", "embarcación"))
    elif mode == "sea" and corridor == "wmed":
        row.cells["transport_mode"] = choice(rng, ("patera", "patera", "neumática", "embarcación"))
    elif mode == "land" and corridor == "wmed":
        row.cells["transport_mode"] = choice(rng, ("salto de valla", "terrestre"))
    else:
        row.cells["transport_mode"] = _vocab(row, rng, "transport_mode", mode)
    n = _int(ev["n_persons"])
    assert n is not None  # every true event has a count
    if rng.random() < 0.02:
        row.cells["n_persons"] = _COUNT_PLACEHOLDER[_REDIVI]
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.7:
        row.cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"  # Spanish thousands point
        row.tags.append("thousands:n_persons")
    else:
        row.cells["n_persons"] = str(n)
    if forced_blank == "gender" or rng.random() < 0.03:
        row.blank("gender")
    else:
        row.cells["gender"] = _vocab(row, rng, "gender", str(ev["gender"]))
    if rng.random() < 0.03:
        row.cells["age_group"] = _AGE_UNKNOWN[_REDIVI]
        row.exp["age_group"] = "unknown"
        row.tags.append("na_word")
    else:
        row.cells["age_group"] = _vocab(row, rng, "age_group", str(ev["age_group"]))
    _crime_and_exploitation(row, rng, smuggling_word=None)
    _suspects(row, rng, forced_blank, zero=None)
    _offences(row, rng, sep="; ")
    if forced_blank == "coordinates":
        row.blank("coordinates")
    elif mode != "sea" or rng.random() < 0.2:  # a position only for a rescue at sea
        row.cells["coordinates"] = None
        row.tags.append("coords_missing")
    else:
        lat = round(float(ev["lat"]), 4)  # type: ignore[arg-type]
        lon = round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{lat:.4f}; {lon:.4f}".replace(".", ",")
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("decimal_comma")
    return row.result()


# --------------------------------------------------------------------------------------
# GeoSentinel (English JSON lines, the compilation)
# --------------------------------------------------------------------------------------
def _render_geo(
    src: ExaminerSource,
    ev: Mapping[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    row = _Row(src, ev)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    u = rng.random()
    if partial_ok and u < 0.03:
        row.cells["event_date"] = ts.strftime("%Y-%m")
        row.exp["event_date"] = ts.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif partial_ok and u < 0.05:
        row.cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
        row.exp["event_date"] = ts.to_period("Q").start_time
        row.exp["date_precision"] = "quarter"
        row.tags.append("partial_date")
    elif u < 0.17:
        row.cells["event_date"] = f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
        row.tags.append("long_date")
    elif u < 0.25:
        row.cells["event_date"] = ts.strftime("%Y-%m-%dT00:00:00Z")
        row.tags.append("iso_datetime")
    else:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")
    if forced_blank == "detection_country":
        row.blank("detection_country")
    else:
        iso = str(ev["detection_country"])
        text, tag = _country(row, rng, iso, {"iso2": 0.65, "numeric": 0.15, "name": 0.2})
        row.cells["detection_country"] = text
        if tag:
            row.tags.append(f"{tag}:detection_country")
    _crime_and_exploitation(row, rng, smuggling_word=None)
    n = _int(ev["n_persons"])
    if rng.random() < 0.02:
        row.cells["n_persons"] = "unk"
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    else:
        row.cells["n_persons"] = n
    if forced_blank == "n_suspects" or rng.random() < 0.1:
        row.blank("n_suspects")
    else:
        row.cells["n_suspects"] = _int(ev["n_suspects"])
    _gender_age_mode(row, rng, forced_blank)
    _nationality(
        row,
        rng,
        forced_blank,
        {"name": 0.4, "iso3": 0.3, "iso2": 0.1, "demonym": 0.15, "numeric": 0.05},
        blank_word=None,
    )
    _places(row, rng, {"name": 0.6, "iso3": 0.3, "iso2": 0.1}, unknown=None, sep=", ")
    transit = row.text("transit_countries")
    if transit is not None and rng.random() < 0.7:
        row.cells["transit_countries"] = transit.replace("|", "-")
        row.tags.append("iso3:transit_countries")
    if forced_blank == "coordinates":
        row.blank("coordinates")
    elif rng.random() < 0.07:
        row.cells["lat"] = row.cells["lon"] = None
        row.tags.append("coords_missing")
    else:
        lat = round(float(ev["lat"]), 4)  # type: ignore[arg-type]
        lon = round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = lat, lon
        row.exp["lat"], row.exp["lon"] = lat, lon
    _offences(row, rng, sep="; ")
    return row.result()


_RENDERERS: dict[str, Callable[..., tuple[_Cells, dict[str, object], list[str]]]] = {
    _GSF: _render_gsf,
    _EODY: _render_eody,
    _GORGAS: _render_gorgas,
    _REDIVI: _render_redivi,
    _GEO: _render_geo,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    return _RENDERERS[src.source](src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source in (_REDIVI, _GEO):
            return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-13-{ts.day:02d}"))
        return choice(rng, (f"31/02/{ts.year}", f"30/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}"))
    future = ts.replace(year=ts.year + 10)  # a slip of the year's digit
    if src.source == _GORGAS:
        return future.to_pydatetime()
    if src.source in (_REDIVI, _GEO):
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row (the extraction's last day)."""
    if src.source == _GORGAS:
        return last.to_pydatetime()
    if src.source in (_REDIVI, _GEO):
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The variant: who reports which event first, and who may report it again.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"FRA": _GSF, "GRC": _EODY, "PAN": _GORGAS, "ESP": _REDIVI},
    compilation=_GEO,
    secondary={
        ("watl", "ESP"): _GEO,
        ("wmed", "ESP"): _GEO,
        ("thb_rou_esp", "ESP"): _GEO,
        ("emed", "GRC"): _GEO,
        ("channel", "FRA"): _GEO,
        ("darien", "PAN"): _GEO,
        ("thb_rou_esp", "ITA"): _REDIVI,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=270,
    blank_share=0.3,
)


def make_blind270(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five migrant-health teams of ``blind270`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gsf_littoral_jl.csv`` (French, cp1252, ``;``), ``eody_ric_medical_jl.csv``
        (English, UTF-16, tab), ``gorgas_erm_jl.xlsx`` (Spanish),
        ``redivi_semtsi_jl.csv`` (Spanish, UTF-8 with BOM, ``,``) and
        ``geosentinel_istm_jl.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind270(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gsf_littoral_jl.csv', 'eody_ric_medical_jl.csv', 'gorgas_erm_jl.xlsx',
     'redivi_semtsi_jl.csv', 'geosentinel_istm_jl.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-16', 'utf-8', 'utf-8-sig', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['Case ID', 'Date of arrival', 'Country']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
